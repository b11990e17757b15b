"""Reporting constructions: where a statement's words are and which verb attributes them.

Direct quotes are found through the quotation marks and the attribution next to them;
indirect statements through a reporting verb ("said", "claimed that", "according to",
"drew attention to the fact that", "called for") and the clause it governs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import words
from .places import is_place
from .vocabulary import (
    COORDINATED_ACTS,
    IRREGULAR_PASTS,
    MONTH_RE,
    OUTLET_WORDS,
    PERSON_ROLES,
    PLATFORMS,
    PLURAL_PRESENTS,
    WEEKDAY_RE,
    alternation,
    entries,
    reporting_participles,
    reporting_verbs,
)

_VERB_FORMS = reporting_verbs("clause") + reporting_verbs("inclusive") + reporting_verbs("verdict")
# The past forms of the clause verbs ('"...," underscored the minister': inverted after a quote).
_PAST_CLAUSE_FORMS = tuple(v for v in reporting_verbs("clause") if v.endswith("ed"))
_PAST_INCLUSIVE_FORMS = tuple(v for v in reporting_verbs("inclusive") if v.endswith("ed"))
# '"...," recalls the doctor', '"...," emphasizes Jane Roe': a clause verb's present form (one
# ending in "s" in a family that also has a past) tags a quotation before its subject as the
# past does.
_PRESENT_CLAUSE_FORMS = tuple(
    form
    for line in entries("reporting_verbs")
    if line.partition("|")[2].strip() == "clause"
    for forms in [line.partition("|")[0].split()]
    if any(f.endswith(("ed", "ote", "ought", "elt", "old")) for f in forms)
    for form in forms
    if form.endswith("s") and not form.endswith("ss")
)
# "dismissed the reports as fake": a verdict only when "as" follows.
VERDICT_AS = frozenset(reporting_verbs("verdict"))
# Plural-subject present forms, accepted unless a modal or "to" comes first ("would say").
_BASE_FORMS = reporting_verbs("base")
# "an official report", "a new claim": one word after a singular article; the base form after
# it is a noun ("officials report" takes the plural).
_SINGULAR_BEFORE = re.compile(r"(?:^|\s)(?i:an?)\s+[\w-]+\s+$")
# Verbs whose object, when not a that-clause, is itself the statement ("reiterated his
# willingness to negotiate", "called for a ceasefire", "urged Kyiv to ...").
INCLUSIVE = frozenset(
    reporting_verbs("inclusive") + reporting_verbs("naming") + reporting_verbs("verdict")
)
# "expressed the hope", "voiced deep frustration" (data/expressed_stances.txt): a stance whose
# clause is what was said.
_STANCE = (
    r"(?:(?:the|his|her|their|its|a)\s+)?(?:[a-z]{3,}\s+)??"
    rf"(?:{alternation(entries('expressed_stances'))})\b"
)
# "is warning that", "were insisting on Monday that": a participle's progressive reports its
# that-clause (data/reporting_participles.txt, the "that" frame).
_PROGRESSIVE = (
    r"(?:is|was|are|were)\s+(?:also\s+|now\s+|still\s+)?"
    rf"(?:{alternation(reporting_participles('that'))})(?=\s+(?:[\w’'-]+\s+){{0,2}}?that\s)"
)
# "is convinced that", "is warning Thursday that": the clause after a bare day.
_IS_THAT = re.compile(rf"\s+(?:(?:on\s+)?{WEEKDAY_RE}\s+)?that\s+")
_PHRASAL = (
    # ("drew the world's attention to the fact that": whose attention, in the possessive.)
    r"pointed\s+out|points\s+out|dr(?:ew|aws)\s+(?:(?:the\s+)?[\w-]+(?:['’]s|s['’])\s+)?attention\s+to"
    r"\s+the\s+fact"
    r"|pointed\s+to\s+the\s+fact"
    # "issued a warning that ...": the warning's clause is the statement
    r"|issue[sd]\s+(?:a\s+|an\s+)?(?:[a-z]+\s+)?warning"
    # ("expressed hope and strong expectations that ...": two stances, one clause)
    rf"|(?:expressed|expresses|voiced|voices)\s+{_STANCE}(?:\s+and\s+{_STANCE})?"
    # "reiterated India's position that ...": a held position whose clause is the statement
    r"|(?:reiterated|reiterates|reaffirmed|reaffirms|restated|restates|underlined|underlines)\s+"
    r"(?:(?:the|his|her|their|its|[A-Z][\w-]*['’]s)\s+)?(?:[a-z]{3,}\s+)??"
    rf"(?:{alternation(entries('held_positions'))})(?=\s+that\b)"
    # "made a statement that ...": translated copy's report (a statement's clause).
    r"|made\s+(?:a|the)\s+statement(?=\s+that\b)|makes\s+(?:a|the)\s+statement(?=\s+that\b)"
    r"|made\s+(?:it\s+)?(?:clear|plain)|makes\s+(?:it\s+)?(?:clear|plain)"
    # "made it apparent (evident, known) that": only with "it" and a that-clause.
    r"|(?:made|makes)\s+it\s+(?:apparent|evident|known)(?=\s+that\b)|(?:is|was|are|were)\s+(?:convinced|confident|sure|certain|concerned|worried|hopeful|clear|adamant)"
    r"|called\s+(?:for|on)|calls\s+(?:for|on)"
    r"|(?:did|does|do|would)\s+not\s+rule\s+out|(?:didn|doesn|won)['’]t\s+rule\s+out|ruled\s+out"
    r"|(?:went|goes)\s+on\s+to\s+(?:add|say|note|stress|explain|claim|warn|insist)"
    r"|summed\s+up|sums\s+up"
    # '"...," she shot back.': a retort, only as a tag (not "troops fired back at the column").
    r"|(?:shot|shoots|fired|fires|hit|hits)\s+back(?=\s*[.,;:]|\s+that\b)"
    rf"|{_PROGRESSIVE}"
)
# ("signaled on July 17 that ...": a short time adverbial between a that-verb and "that")
_WHEN_BEFORE_THAT = (
    r"(?:,?\s+(?:on\s+(?:[A-Z]\w+|\d{1,2})(?:\s+\d{1,2}(?:,?\s+\d{4})?)?"
    r"|yesterday|today|earlier|last\s+(?:week|month|year|[A-Z]\w+)),?)?"
)
VERB = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:also\s+|already\s+|repeatedly\s+|previously\s+|long\s+|earlier\s+"
    r"|recently\s+|publicly\s+|since\s+|now\s+)?)?"
    rf"(?<!-)(?P<verb>{_PHRASAL}|{'|'.join(_VERB_FORMS)}|{'|'.join(_BASE_FORMS)}|called|calls"
    rf"|(?:{'|'.join(reporting_verbs('that'))})(?={_WHEN_BEFORE_THAT}\s+that\b))\b"
    # (not "Battlefield reports could not be verified": a noun, its modal after it)
    r"(?!\s+(?:could|can|cannot|can['’]t|couldn['’]t|may|might|must|should)\b)"
)
# ", expressing confidence that ...", ", expressing hope that ...": a stance that governs a clause.
_EXPRESSING = rf"expressing\s+{_STANCE}"
# Participles that report after a comma ("..., stating that ..."): data/reporting_participles.txt.
PARTICIPLES = frozenset(reporting_participles(""))
_ING_THAT = alternation(reporting_participles("that"))
_ING_BARE = alternation(reporting_participles("bare"))
# ", at the same time warning that ...", ", also insisting that ...": an adverb before it.
_ING_ADVERB = r"(?:(?:at\s+the\s+same\s+time|also|again|further|while\s+also)\s+)?"
_ING_ASIDE = (
    r"(?:however|though|nevertheless|nonetheless|moreover|also|too|in\s+turn|"
    rf"{alternation(entries('asides'))})"
)
ING = re.compile(
    # ('as "empty," expressing confidence that ...': the comma may sit inside a closing mark.)
    rf"(?:\bby\s+|,\s+(?=adding(?:,\s+{_ING_ASIDE},)?\s+that\b)|(?:,|(?<=,[”\"]))\s+{_ING_ADVERB}(?=(?:{_ING_THAT}|{_EXPRESSING})"
    # (", adding, however, that ...": an adverb between commas after the participle.)
    rf"(?:,\s+{_ING_ASIDE},)?\s+"
    r"(?:only\s+)?(?:(?:on|in|to|via)\s+[^,;:“”\"]{1,40}?\s+)?that\b)"
    # 'said "..." while pledging that ...': a second report joined by "while" or "before".
    # ('"…", he said, before adding that B': "adding" too.)
    rf"|(?:(?<=\w)|,)\s+(?:while|before)\s+(?=(?:{_ING_THAT}|adding)\s+that\b)"
    # "..., accusing Kyiv of B and saying that C": a second participle's report after "and".
    rf"|(?<=\w)\s+and\s+(?=(?:{_ING_THAT})\s+that\b)"
    # "Examplia stated on Friday – claiming that, in all, ...": a dash before the participle.
    rf"|\s[–—]\s+(?=(?:{_ING_THAT})\s+that\b)"
    r"|,\s+(?=(?:telling|warning|assuring|reminding|informing)\s+(?:[\w’'.-]+\s+){1,12}?that\b)"
    # ", insisting the sides were close": the participle governs a clause without "that" too
    # (_content_start checks that a clause follows).
    # (", further saying they are ready": an adverb before it.)
    rf"|,\s+{_ING_ADVERB}(?=(?:{_ING_BARE})\s+(?!that\b))"
    # "Kyiv condemned the plan – claiming it would ...": a dash before it, no "that".
    rf"|\s[–—]\s+(?=(?:{_ING_BARE})\s+(?!that\b))"
    # "... – describing the situation as "extremely difficult"": a dash, not a comma.
    r"|\s[–—]\s+(?=(?:calling|describing|dismissing|branding|labell?ing)\s)"
    r"|,\s+(?=(?:calling|describing|dismissing|accusing|branding|labell?ing)\s+(?:it|them|this|the|him|her|Moscow|"
    r"Kyiv|Russia|Ukraine|[A-Z]\w+)\b))"
    r"(?P<verb>calling|describing|dismissing|accusing|branding|labell?ing|"
    rf"{alternation(reporting_participles(''))}|telling|"
    rf"assuring|reminding|informing|{_EXPRESSING})\b"
)
_PLATFORM_NAMES = alternation(PLATFORMS)  # (data/platforms.txt: "on Telegram", "on X")
# "posted a video (on Telegram) claiming that ...": a document's participle with no comma.
_DOCUMENT_ING = re.compile(
    r"\b(?:video|statement|post|message|letter|clip|address|appeal|tweet)"
    rf"(?:\s+(?:on|to)\s+(?:{_PLATFORM_NAMES}))?(?P<gap>\s+)"
    rf"(?P<verb>{alternation(reporting_participles('that'))})\b"
)
# "As Peskov put it, ...", "In the words of Zelensky, ...", "In his words, ...": the
# attribution opens the sentence and the words follow its comma.
_AS_ADVERB = r"(?:(?:previously|earlier|already|recently)\s+)?"
_AS_AFTER = (
    r"earlier|previously|before|yesterday|today|this\s+(?:week|month)|last\s+(?:week|month)"
    rf"|on\s+(?-i:[A-Z])[a-z]+|on\s+(?:{_PLATFORM_NAMES}|social\s+media)"
    r"|in\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|report|update|post|"
    r"address|interview|speech|briefing)"
)
AS_PUT = re.compile(
    # ("As previously reported by X, ...": the passive's agent.)
    rf"\b(?:As\s+(?:(?:was|has\s+been|had\s+been)\s+)?{_AS_ADVERB}(?P<pverb>reported|stated|noted|"
    r"announced|said)\s+by\s+(?P<by>(?-i:[A-Z]|the\s)[^,;:“”\"]{1,80}?)"
    rf"|As\s+(?P<who>[^,;:“”\"]{{2,60}}?)\s+(?:has\s+|had\s+)?{_AS_ADVERB}(?P<verb>put\s+it|said|says|"
    r"noted|stressed|explained|wrote|told\s+[^,;:“”\"]{2,40}?|emphasi[sz]ed|pointed\s+out|reported)"
    # ("As X reported earlier on Monday, ...", "As X noted in its latest report, ...": a time,
    # a medium or a document after the verb.)
    rf"(?:\s+(?:{_AS_AFTER})){{0,3}}"
    # ("As stated in the Kremlin's statement, ...": the document's owner.)
    rf"|As\s+(?:was\s+)?{_AS_ADVERB}(?:stated|noted|said|reported|written)\s+in\s+"
    r"(?P<doc>(?:the\s+)?(?-i:[A-Z])[^,;:“”\"]{1,60}?)['’]s\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|report|update|post|address|message|communiqu[eé])"
    # ("In her opinion, ...", "In the view of the ministry, ...": whose view, the same.)
    r"|In\s+(?:the\s+(?:words|opinion|view)\s+of\s+(?P<of>[^,;:“”\"]{2,60}?)"
    r"|(?P<pron>his|her|their)\s+(?:words|opinion|view)"
    # ("In Zelensky's words, ...": the owner of the words.)
    r"|(?P<own>(?-i:[A-Z][\w’'.-]*)(?:\s+(?-i:[A-Z][\w’'.-]*)){0,3})['’]s\s+(?:words|opinion|view)))"
    # ("As reported by X, citing intelligence data, ...": the source's own source, skipped.)
    r"(?:\s*,\s*citing\s+[^,;:“”\"]{2,80}?)?"
    r"\s*,\s+"
)
# "<statement>, as previously reported by X." / "<statement>, as X noted earlier.": the words
# before the comma are X's.
AS_TAIL = re.compile(
    rf",\s+as\s+(?:(?:(?:was|has\s+been|had\s+been)\s+)?{_AS_ADVERB}(?P<pverb>reported|stated|noted|"
    r"confirmed|announced|said)\s+by\s+(?P<by>(?-i:[A-Z]|the\s)[^,;:“”\"]{1,80}?)"
    rf"|(?P<who>(?-i:[A-Z]|the\s|he\b|she\b|they\b)[^,;:“”\"]{{0,60}}?)\s+(?:has\s+|had\s+)?{_AS_ADVERB}"
    r"(?P<verb>said|noted|stressed|explained|wrote|emphasi[sz]ed|pointed\s+out|reported|stated)"
    # ("<statement>, as stated in the Examplian Air Force's statement.": the document's issuer.)
    r"|(?P<dverb>stated|noted|said|reported|announced|indicated)\s+in\s+"
    r"(?P<doc>(?:the|a|an|its|his|her|their)\s+[^,;:“”\"]{0,60}?"
    r"(?:statement|report|update|post|message|summary|bulletin|briefing|communiqu[ée]))"
    r"(?=[\s.!]|$))"
    rf"(?:\s+(?:{_AS_AFTER})){{0,3}}\s*[.!]?\s*$"
)
# After "As X reported,": a subject of its own and its reporting verb with "that".
_OWN_REPORT = re.compile(
    r"[^,;:“”\"]{2,80}?\s+(?:said|says|stated|claimed|noted|"
    r"announced|reported|told\s+[\w-]+(?:\s+[\w-]+)?)\s+that\b"
)
# "Peskov was quoted by TASS as saying that ...": the passive of a report.
# ("was quoted on Friday as saying": a time may stand between "quoted" and "as".)
_QUOTED_WHEN = (
    # ("was reported as saying on the 13 February 2015 that": a day, month and year.)
    r"(?:(?:on|last|this|late|early)\s+(?:the\s+)?[\w’'-]+(?:\s+[A-Z][a-z]+)?(?:,?\s+\d{4})?\s+"
    r"|(?:earlier|later|yesterday|today)\s+)?"
)
_QUOTED_PASSIVE = (
    # ("was reported as saying", "was cited as saying": the same passive.)
    r"(?:was|is|were|are|has\s+been|had\s+been)\s+(?:quoted|reported|cited)\s+(?:by\s+[^,;:“”\"]{2,60}?\s+)?"
    rf"{_QUOTED_WHEN}as\s+(?:saying|stating)"
)
QUOTED_AS = re.compile(
    r"\b(?:was|is|were|are|has\s+been|had\s+been)\s+(?:quoted|reported|cited)\s+(?:by\s+[^,;:“”\"]{2,60}?\s+)?"
    rf"{_QUOTED_WHEN}"
    r"as\s+(?:saying|stating|telling\s+[^,;:“”\"]{2,40}?)"
    # ("as saying on Friday that ...": the day it was said, then the clause.)
    r"(?:\s+(?:on|last|this|late|early)\s+(?:the\s+)?[\w’'-]+(?:\s+[A-Z][a-z]+)?(?:,?\s+\d{4})?"
    r"(?=\s*,?\s*that\s))?"
    # ("was quoted as saying by the agency that ...": the outlet, then the clause.)
    r"(?:\s+by\s+[^,;:“”\"]{2,60}?(?=\s*,?\s*that\s))?\s*(?:,\s*)?(?:that\s+)?"
)
# "<statement>, Jane Doe was quoted as saying (by the agency).": the passive after its clause;
# only adverbials and the quoting outlet may follow.
QUOTED_AS_TAIL = re.compile(
    rf"\s+{_QUOTED_PASSIVE}(?:\s+by\s+[^,;:“”\"]{{2,60}}?)?(?:\s+(?:on|in|at|last|this)\s+[\w’'-]+"
    # ("was quoted as saying on March 23", "... on 23 March, 2022": a day and month.)
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?|\s+[A-Z][a-z]+)?(?:,?\s+\d{4})?)?"
    r"\s*[.!]?\s*$"
)
# "State media quoted Peskov as saying that ...": the speaker is the one quoted, not the
# outlet that quotes.
_SAID_THIS = re.compile(
    r"\b(?:said|says|stated|states|wrote|writes|told|reported|reports)\s+(?:this|so|it)\b"
)
QUOTED_X_AS = re.compile(
    # ("The channel cited Jane Doe as saying that ...", "KAN News reported Doe as saying": "cited"
    # and "reported" as "quoted".)
    r"\b(?:quoted|quotes|cited|cites|reported|reports|reporting)\s+(?P<who>[^,;:“”\"]{2,60}?)"
    # ("cited Jane Doe, the head of the region, as saying": the name, then its apposition.)
    r"(?:,\s+[^,;:“”\"]{2,80},)?"
    r"\s+as\s+(?:saying|stating|telling\s+[^,;:“”\"]{2,40}?)"
    # ("cited sources as saying on Tuesday that ...": the day, then the clause.)
    r"(?:\s+(?:(?:on|last|this)\s+[\w’'-]+|earlier|yesterday|today)(?=,?\s+that\b))?"
    r"\s*(?:,\s*)?(?:that\s+)?"
)
# "<statement>, Examplia News quotes Jane Roe.": an outlet's verb and the person quoted end the
# sentence, with no "as saying" (translated agency copy).
_QUOTES_X_BARE = re.compile(
    r"\b(?:quotes|quoted)\s+(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s*[.!]?\s*$"
)
# "..., with the Treasury saying the move constrains ...": an absolute construction whose
# subject is the speaker.
WITH_SAYING = re.compile(
    r"\bwith\s+(?P<who>(?:the\s+|a\s+|an\s+|his\s+|her\s+|its\s+|their\s+)?"
    rf"(?:[\w’'.-]+\s+){{0,5}}?[\w’'.-]+)"
    # ("with Jane Roe – now the council's deputy head – saying": an aside between dashes)
    r"(?:\s+[–—]\s[^–—;:“”\"]{1,100}?\s[–—])?"
    rf"\s+(?P<verb>{_ING_BARE}|telling)\b"
)
PASSIVE = re.compile(
    r"\b(?:it|this)\s+(?:is|was|has\s+been|had\s+been|were|are)\s+(?:also\s+)?(?:noted|reported|said|"
    r"stated|claimed|alleged|emphasi[sz]ed|stressed|known|announced|believed|argued|suggested|"
    r"understood|learned|learnt)\b|\bit\s+(?:became|has\s+become|becomes)\s+known\b|\bis\s+said\s+to\b"
    r"|\b(?:are|were|was|is)\s+(?:reportedly|allegedly)\b",
    re.IGNORECASE,
)
# "according to X", and the wire's "..., per Doe." / "Per Reuters, ..." (a name: never "per
# day", "per cent", "per the agreement").
# "This was stated by Foreign Minister Jane Doe on Telegram.": the sentence before is the
# statement (Ukrainian outlets' passive back reference); `who` names the speaker.
BACK_PASSIVE = re.compile(
    # ("According to Examplia Radio, this was stated by X.": the outlet that relayed it.)
    r"\s*(?:According\s+to\s+[^,.;:“”\"]{2,60},\s+(?=(?:this|that|it)\s))?"
    r"(?:(?:(?:[Tt]his|[Tt]hat|It|it|These\s+words)\s+(?:was|were|is|has\s+been|had\s+been)\s+(?:also\s+)?"
    r"(?:stated|said|reported|announced|written|posted|noted|emphasi[sz]ed|declared|claimed)"
    # "This was announced in his Telegram channel by ...", "... on Thursday, June 1, by ...":
    # a short adverbial between the verb and its agent.
    # ("This was stated to TASS by ...": the listener, too.)
    r"(?:\s+(?:on|in|at|during|via|through|earlier|today|yesterday|last|this|to)\b[^,.;:“”\"]{0,50}?"
    r"(?:,\s+[^,.;:“”\"]{1,30}?,)?(?=\s+by\b))?"
    # "The statement was made on Wednesday by Jane Doe.": the sentence before is hers.
    r"|(?:The|This|That)\s+(?:(?:relevant|corresponding|same)\s+)?"
    r"(?:statement|announcement|remarks?|comments?)\s+(?:was|were|has\s+been|"
    r"had\s+been)\s+made(?:\s+(?:on|last|this|earlier)\s+[\w’'-]+(?:\s+\(\d+\))?)?"
    # "The number of the injured was named by the head of the region.": the figure given before.
    r"|(?:The|These|This|Such)\s+(?:figures?|numbers?|data|information|details|toll)"
    r"(?:\s+of\s+[^,.;:“”\"\d]{1,40}?)?\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:also\s+)?"
    # ("This information is confirmed by analysts from X.": the claim before is theirs.)
    r"(?:named|given|announced|reported|provided|cited|released|voiced|confirmed|stated)"
    # "This is the warning of the foreign minister, X.": the sentence before is the warning.
    r"|(?:This|That|Such)\s+(?:is|was)\s+(?:also\s+)?the\s+(?:warning|message|assessment|verdict|"
    r"conclusion|position|view)(?=\s+of\s))"
    # "by X", or the body itself after "in" ("This was reported in the General Staff.")
    r"\s+(?:by|of(?<=(?:ing|age|ent|ict|ion|iew)\s{1}of)|in(?=\s+the\s+(?:[A-Z]\w+\s+){0,2}(?:Staff|Ministry|Command|Office|Service|Force|Forces)\b)"
    # "This is stated in the bulletin of the defence ministry.": the document's issuer.
    r"|in\s+(?:the|a|an|its|his|her|their)\s+(?:(?:daily|latest|official|new)\s+)?(?:bulletin|"
    r"statement|report|message|summary|communiqu[ée]|press\s+release|briefing|publication|"
    r"Telegram[\s-]+channel)\s+"
    r"(?:of|by|from))"
    # "About it writes the Examplia Institute in its summary.": translated copy's inverted
    # back reference.
    r"|(?:About|Of)\s+(?:this|it)\s+(?:writes|wrote|reports|reported|says|said|informs|informed)"
    # "That said Deputy Minister Jane Roe on Sunday.": translated copy's inverted "So said X"
    # (never the idiom "That said, ..."): a capitalised title and name only, then a setting.
    r"|(?-i:That|This)\s+(?:said|stated|announced|wrote|reported)"
    r"(?=(?:\s+(?-i:[A-Z][\w’'.-]*)){2,7}\s*(?:[,.;!]|$|\s(?:on|in|at|during|via|to|after)\b))"
    # "The words came from Jane Doe.", "The warning came from the minister.": whose words the
    # sentence before gives.
    r"|(?:The|These|Those)\s+(?:words|warning|remarks|comments|message|appeal|assessment)\s+"
    r"(?:came|come|comes)\s+from)\s+"
    # "by former minister and deputy head of the council, Oleg Rudnev, in ...": the name
    # after the title's comma.
    # ("by the spokesman of the Navy, captain 3rd rank Jane Roe, on radio": a rank before it.)
    r"(?P<who>[^,.;:“”\"]{3,130}?(?:,\s+(?:(?-i:[a-z0-9][\w’'-]*)\s+){0,3}"
    r"(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){1,4}(?=\s*[,.;!]|\s*$))?)"
    r"(?=\s+(?:on|in|at|during|via|through|to|after|while|when|as|for)\b|\s*[,.;!]|\s*$)"
)
# "according to the law", "according to the order published online": a rule or a document
# (data/according_non_sources.txt), not a source; "the decree signed by X" still names X.
_NOT_A_SOURCE = re.compile(
    r"(?:(?:the|a|an|its|their|his|her|our|this|that|[A-Z][\w-]*['’]s)\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?:{alternation(entries('according_non_sources'))})"
    r"(?:\s+(?!by\b)[\w-]+(?:\s+(?!by\b)[\w-]+){0,3})?\s*",
    re.IGNORECASE,
)
# "According to preliminary data, Doe said A": a name and its clause verb open the words after
# the source; the named sayer's own statement, which the source does not speak.
_NAMED_SAYER_OPENS = re.compile(
    r"(?-i:[A-Z][\w’'.-]+)(?:\s+(?-i:[A-Z][\w’'.-]+)){0,3}\s+"
    rf"(?:{alternation(reporting_verbs('clause'))})\b"
)
_OWNERS_WORDS = re.compile(r"['’]s\s+(?:words|remarks|comments|statement|assessment|estimates?)$")
ACCORDING = re.compile(
    # ("As per the analysis of X, A": "according to".)
    r"\baccording\s+to\s+|\bas\s+per\s+|(?:(?<=,\s)|(?<![\w,]\s)\b)(?-i:per|Per)\s+(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)
# ", the commander-in-chief of ...": an apposition that names a person's role.
_ROLE_APPOSITION = re.compile(
    rf"\s*,\s*(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{alternation(sorted(PERSON_ROLES))})\b"
)
NOMINAL = re.compile(
    r"\b(?:claims?|statements?|remarks?|comments?|assertions?|words|warnings?|allegations?|assurances?)"
    r"\s+(?:made\s+)?by\s+(?P<who>[^,;“”\"]{3,80}?)\s+that\s+"
    # "the words of US Secretary of State Marco Rubio that ...": "of" a name, right before "that".
    r"|\b(?:claims?|statements?|remarks?|comments?|assertions?|words|warnings?|allegations?)\s+of\s+"
    r"(?P<of>(?:[\w’'.-]+\s+){0,4}?(?-i:[A-Z][\w’'.-]*)(?:\s+(?-i:[A-Z][\w’'.-]*))*)\s+that\s+",
)
# "Peskov's remark a week earlier that ...", "the Kremlin's claim that ...": the owner said it.
POSSESSIVE_NOMINAL = re.compile(
    r"(?P<who>(?-i:[A-Z][\w.-]*)(?:\s+(?-i:[A-Z][\w.-]*)){0,3})['’]s\s+"
    r"(?:(?:recent|latest|earlier|new|repeated)\s+)?"
    r"(?P<noun>claims?|statements?|remarks?|comments?|assertions?|words|warnings?|allegations?|"
    r"assurances?)\s+(?:(?:[\w-]+\s+){1,3}?(?:earlier|before|ago|later|last\s+\w+)\s+)?that\s+"
)
# "Jane Roe's forecast for this year is that ...": a possessive's view, then "is that".
POSSESSIVE_COPULA = re.compile(
    r"(?P<who>(?-i:[A-Z][\w.-]*)(?:\s+(?-i:[A-Z][\w.-]*)){0,3})['’]s\s+(?:(?:main|latest|own)\s+)?"
    r"(?P<noun>forecast|view|position|assessment|conclusion|message|argument|prediction|belief|"
    r"estimate|stance|verdict)\s+(?:[^,.;:“”\"]{1,40}?\s+)?(?:is|was|remains)\s+that\s+"
)
_NOUN_BEFORE = re.compile(
    r"(?:\b(?-i:media|news|press)|\b(?:the|a|an|his|her|their|its|these|those|such|recent|new|of|and|or|"
    r"earlier|latest|initial|first|unconfirmed|conflicting|numerous|many|several|online|on|about|to|amid|"
    r"despite|following|after|with|over|denied|dismissed|rejected|confirmed|"
    # ("in remarks carried by TASS": a preposition, then a noun.)
    r"in|at|by|for|from|into|under|without)|['’]s)\s+$",
    re.IGNORECASE,
)
VERDICT_ING = frozenset(words("calling describing dismissing accusing branding labeling labelling"))
_PASSIVE_BEFORE = re.compile(
    # ("stands accused of": a copula before the participle, too)
    r"\b(?:was|were|is|are|be|been|being|having|stands?|stood|standing)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_MODAL_BEFORE = re.compile(
    r"\b(?:to|would|could|will|not|did|does|do|may|might|can|should|must|shall|n['’]t|cannot)\s+$",
    re.IGNORECASE,
)
_EXCEPT_TO = re.compile(r"\b(?:except|other\s+than|beyond)\s+to\s+$", re.IGNORECASE)
_DETERMINER_ADVERB = re.compile(
    r"\b(?:the|a|an|its|his|her|their|this|that|these|those)\s+[a-z]+ly\s+$", re.IGNORECASE
)
_PARTICLE_AFTER = re.compile(r"\s+(?:up|off|in|out|back|of|about|over)\b")
_BEGAN_TO = re.compile(
    r"\b(?:began|begun|begins|started|starts|continued|continues|went\s+on"
    # "used his address to warn X that ...": the speech is the occasion of the report.
    r"|used\s+(?:his|her|its|their|the|a|an)\s+(?:[\w’'-]+\s+){1,5}?)\s*to\s+$"
)


def _third_person(verb: str) -> str:
    """ "reflect" -> "reflects", "reach" -> "reaches", "deny" -> "denies"."""
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


_CLAUSE_WORDS = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|could|can|may|might|should|must|"
    r"shall|did|does|do|need|needs|wants|remains|remain|intends|plans|seeks|continues|cannot|"
    r"exists|existed)\b"
    # "Russian forces made gains", "25 settlements, went under ...": an irregular past.
    rf"|(?:(?<=[a-z] )|(?<=[a-z], ))(?:{alternation(IRREGULAR_PASTS)})\b"
    # "the services use various tools": a plural subject's present verb (not after "the", "to").
    # ("America and NATO use Ukraine as ...": an acronym before, a name after, too.)
    r"|(?<=[a-zA-Z] )(?<!\bthe )(?<!\ba )(?<!\bto )(?<!\bof )(?<!\bits )(?<!\btheir )"
    r"(?:use|want|know|expect|plan|hope|seek|intend|control|hold|support|oppose|fear|refuse|keep|"
    # ("its forces now control 386 square miles": a number as the object, too.)
    r"lack|face|try|continue|remain|believe|think|see|agree)\s+(?=[a-zA-Z]|\d)"
    # "the intense battles in the east represent the toughest spot": a plural subject's present
    # verb before a determiner (data/plural_presents.txt).
    r"|(?<=[a-z] )(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bto )(?<!\bof )(?<!\bits )(?<!\btheir )"
    r"(?<!\bhis )(?<!\bher )(?<!\bour )(?<!\bthis )(?<!\bthat )"
    rf"(?:{alternation(PLURAL_PRESENTS)})\s+(?=(?:the|a|an|no|its|their|his|her|our|this|these|"
    r"those|more|all|any|some|every|each|such|only)\s|\d)"
    # "Ukraine's fight reflects NATO's core values": a singular subject's present verb of the
    # same list before a determiner, a capitalised name or a number.
    r"|(?<=[a-z] )(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bto )(?<!\bof )(?<!\bits )(?<!\btheir )"
    r"(?<!\bhis )(?<!\bher )(?<!\bour )(?<!\bthis )(?<!\bthat )"
    rf"(?:{alternation(_third_person(v) for v in PLURAL_PRESENTS)})\s+"
    r"(?=(?:the|a|an|no|its|their|his|her|our|this|these|those|more|all|any|some|every|each|such"
    r"|only)\s|[A-Z][\w’'-]|\d)"
    # "her office expects to publish a plan": a third person's verb before its infinitive.
    r"|\b(?:expects|hopes|aims|refuses|tries|seems|appears|threatens|promises|prefers|wishes|"
    r"declines|fails|struggles|vows|pledges)\s+to\s+(?=[a-z])"
    # "the meetings aim to promote dialogue": a plural subject's verb before its infinitive.
    r"|(?<=[a-z]s )(?:aim|expect|hope|refuse|try|seem|appear|threaten|promise|fail|vow|pledge)"
    r"\s+to\s+(?=[a-z])"
    # "the information looks reliable", "the deal seems unlikely": a copula and its adjective.
    r"|(?<=[a-z] )(?:looks|seems|appears|sounds)\s+(?:(?:very|more|less|increasingly|quite|"
    r"rather|highly)\s+)?(?=(?:likely|unlikely|[a-z]+(?:ble|ful|ous|ive|ent|ant|ic|ed))\b)"
    # (a compound's "-ed" is an adjective: "war-ravaged", "Moscow-backed"; not "re-entered")
    r"|(?<!\w-)\b[a-z]{3,}(?<!e)(?<!hundr)ed\b|\b(?:re|co|pre|de|un)-[a-z]{3,}ed\b|n['’]t\b"
    # ("its forces counter-attacked in the region": a compound's "-ed" after a noun, before a
    # preposition, a determiner or the clause's end, is the verb; not "the war-ravaged town".)
    r"|(?<=[a-z] )(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )"
    r"(?<!\bthis )(?<!\bthat )(?<!\bby )(?<!\bof )[a-z]{2,}-[a-z]{3,}ed"
    r"(?=\s+(?:in|on|at|near|around|across|into|against|with|from|after|overnight|back|the|a|an|"
    r"its|their)\b|\s*[.,;]|\s*$)"
    # "It's not escalatory", "we're ready", "I'm sure": a pronoun's contracted verb.
    r"|\b(?:[Ii]t|[Tt]hat|[Tt]here|[Hh]e|[Ss]he|[Ww]e|[Tt]hey|[Yy]ou|I)['’](?:s|re|m|ve|ll|d)\b"
)
# US style puts a bare weekday between the verb and its clause ("said Wednesday that ...").
_BARE_WEEKDAY = WEEKDAY_RE + r"(?:\s+(?:morning|afternoon|evening|night))?"
# "said Jan. 3 that", "said 3 May that": a day written without "on", as wire copy writes it.
_BARE_DAY = (
    rf"{MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_RE}(?:,?\s+\d{{4}})?"
)
_THAT_GAP_OK = re.compile(
    r"^(?:\s*,?\s*(?:also|only|further|again|then|later|repeatedly|publicly|openly|earlier|previously|"
    r"recently|once|firmly|clearly|explicitly|separately|however|though|nevertheless|nonetheless|"
    r"meanwhile|moreover|instead|too|in\s+turn|in\s+response|in\s+reply|"
    rf"{alternation(entries('asides'))}|"
    r"for\s+(?:his|her|its|their)\s+part|on\s+\S+(?:\s+\S+){0,6}|in\s+\S+(?:\s+\S+){0,9}|"
    r"at\s+\S+(?:\s+\S+){0,8}|during\s+\S+(?:\s+\S+){0,8}|via\s+\S+(?:\s+\S+){0,5}|"
    r"through\s+\S+(?:\s+\S+){0,5}|over\s+\S+(?:\s+\S+){0,4}|to\s+\S+(?:\s+\S+){0,5}|"
    r"last\s+\w+|this\s+\w+|earlier\s+\w+|late|early|afterwards|"
    r"yesterday|today|(?:citing|with\s+reference\s+to)\s+\S+(?:\s+\S+){0,6}|"
    # ("claimed, without providing evidence, that", "said, speaking on condition of anonymity,
    # that": a participle's aside.)
    r"without\s+[a-z]+ing(?:\s+\S+){0,6}|(?:speaking|providing|offering|giving)\s+\S+(?:\s+\S+){0,6}|"
    r"according\s+to\s+\S+(?:\s+\S+){0,5}|"
    r"the\s+(?:day|night|evening|morning|week)\s+before|the\s+(?:previous|next|following)\s+\w+|"
    r"(?:a|one|two|three|four|five|six|several|a\s+few)\s+(?:days?|weeks?|months?|hours?)\s+"
    r"(?:earlier|later|before|ago)|"
    r"(?:before|after|when|while|amid|following|ahead\s+of)\s+[a-z]\S*(?:\s+[^\s,]+){0,8}\s*,|with\s+\S+(?:\s+\S+){0,6}|from\s+\S+(?:\s+\S+){0,5}|,|[–—]"
    rf"|{_BARE_WEEKDAY}|{_BARE_DAY}))*\s*,?\s*$",
    re.IGNORECASE,
)
_VERBS_COMMA = re.compile(r",\s+(?=[A-Z][a-z]|(?:on|in|at|for|as|with|regarding)\s)")
_THAT_SAID = re.compile(r"(?:^|[.!?;:]\s+|\n\s*)(?:That|This|Having)(?:\s+being)?\s+said$")
_RELAY_CLOSES = re.compile(
    r"(?:[\w’'.-]+\s+){1,5}?(?:reported|reports|said|says|wrote|writes|added|told\s+[\w’'.-]+)"
    r"(?:\s+on\s+\w+)?\W*"
)
_QUOTED_LISTENER = re.compile(r"\s*[“\"][A-Z][^“”\"]{1,40}[”\"]\s*(?:(?:on|last|this)\s+\w+\s*)?")
_TOLD_OBJECT = re.compile(
    r"^\s*(?:(?:the|a|an)\s+)?(?:(?:[A-Z][\w’'.-]*\s+){0,5}(?:reporters|journalists|the\s+press|"
    r"lawmakers|parliament|an?\s+\w+\s+(?:newspaper|outlet|broadcaster|agency|channel|audience)|"
    # ("told his Examplian counterpart", "told NATO allies": data/listener_nouns.txt)
    r"(?:(?:his|her|its|their)\s+)?(?:[\w-]+\s+){0,2}(?:"
    rf"{alternation(entries('listener_nouns'))}|reporters|journalists|correspondents|audience|students|deputies|"
    r"delegates|viewers|listeners|media|outlets?|newspaper|broadcaster|agency|channel|"
    r"conference|briefing|forum|meeting|television|TV|radio|summit|rally|crowd|congress|"
    r"assembly|senators|MPs|parliamentarians|ambassadors|envoys|diplomats|counterparts|"
    r"visitors|guests|podcast|magazine|daily|weekly))|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}|me|us|him|her|them)\b"
    # "told a crowd in Lviv the city ...": where the listeners were belongs to the object.
    r"(?:\s+(?:in|at)\s+(?:(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}\b"
    # ("told lawmakers in parliament the ...", "told reporters in the capital ...")
    r"|parliament\b|the\s+(?:capital|chamber|assembly|city)\b))?",
)
_ADVERBIAL_AFTER = re.compile(
    r"^\s*,?\s*(?:(?:on|in|at|during|via|through|last|this|earlier|late|early)\s+(?!least\b|most\b)"
    rf"(?:[\w’'.-]+\s+){{0,3}}?(?:{WEEKDAY_RE}|week|month|weekend|day|morning|evening|afternoon|"
    rf"night|{MONTH_RE}|\d{{1,2}}(?![\d,.]\d))(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?"
    # (whole words: "again" is no adverb inside "warning against")
    rf"|(?:yesterday|today|also|further|again|then|later|repeatedly|publicly|openly|recently)\b"
    # ("said Monday Kyiv had ...": a name may open the clause after the bare weekday.)
    rf"|{_BARE_WEEKDAY}(?=\s+(?:that\s+)?(?:[a-z]|[A-Z][\w’'-]*\s+[a-z]))"
    # "said in a statement the army would hold", "said on Telegram the city was calm": where it
    # was said, then the clause.
    # ("said in an interview with the Examplia Herald the ...", "said in a video address on
    # Tuesday the ...": the outlet, or a time after the medium.)
    r"|(?:in|on|during|via)\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|"
    r"interview|post|video(?:\s+address)?|address|speech|message|briefing|broadcast|letter|tweet|"
    r"visit|trip)"
    # ("in an interview published on Monday the ...": the medium's participle and its day.)
    r"(?:\s+(?:published|aired|broadcast|released|posted)"
    rf"(?:\s+(?:on\s+)?{_BARE_WEEKDAY}|\s+(?:last|this)\s+(?:week|month))?)?"
    # ("in a statement on Telegram the ...", "in an interview with the BBC the ...", "during a
    # visit to Kyiv the ...", "in a video address late on Sunday the ...": where, to whom, when.)
    r"(?:\s+(?:on|to|with|for)\s+(?:(?:the|his|her|its|their)\s+)?"
    r"(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}|social\s+media|state\s+television|television|"
    r"TV|radio)"
    rf"|\s+(?:(?:late|early)\s+)?(?:on\s+)?{_BARE_WEEKDAY})?"
    r"(?=\s+(?:the|a|an|his|her|its|their|he|she|they|it|we|[A-Z][\w’'-]*)\s)"
    # "told journalists at an EU summit in Brussels on Thursday the ...": the occasion.
    r"|(?:at|during)\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}?(?:summit|conference|briefing|rally|"
    r"forum|meeting|session)(?:\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?"
    r"(?=,?\s+(?:on|last|this|the|a|an|his|her|its|their|he|she|they|it|we|[A-Z][\w’'-]*)\s)"
    rf"|on\s+(?:{_PLATFORM_NAMES}|television|state\s+television|TV)"
    r"(?=\s+(?:the|a|an|his|her|its|their|he|she|they|it|we|[A-Z][\w’'-]*)\s))\s*,?",
)
TRAILING_SETTING = re.compile(
    r",\s+(?:(?:speaking|writing|talking|addressing|appearing|commenting)\b(?!\s+(?:of|about|out)\b)"
    r"|in\s+(?:an?|his|her|its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:interview|statement|address|"
    r"post|video|remarks|comments|speech|briefing|message|appearance)\b"
    # ("..., ahead of talks on Friday.": the narrator's placing of the words, not theirs.)
    r"|ahead\s+of\b"
    # ("..., a day after the strike on Friday.": the narrator's placing too.)
    r"|(?:(?:a|one|two|three|several|a\s+few)\s+(?:hours?|days?|weeks?)|hours|days|weeks|shortly|"
    r"just)\s+(?:after|before)\b)"
    # (not "the meeting, held on May 3, a day before the vote, was a nonissue": an aside
    # inside the clause, whose verb comes after it)
    r"(?:(?!,\s+(?:was|were|is|are|has|have|had|will|would|could|should)\b)[^;:“”\"]){0,100}?"
    r"(?=\s*[.!]?\s*$)",
    re.IGNORECASE,
)
TRAILING_CUT = re.compile(
    r"(?:,\s*(?:according\s+to|as\s+(?:quoted|reported|cited)\s+by|citing)\b"
    r"|\s+[–—-]\s+(?:claiming|saying|adding|insisting|noting|arguing|warning|stressing)\b"
    rf"|,\s+(?:{alternation(reporting_participles('second'))})\s+that\b"
    # ('... "for their safety," TASS reports.': the comma inside the closing mark)
    r"|(?:,|(?<=,[”\"’]))\s*(?:he|she|they|it)\s+(?:said|added|noted|stressed|wrote|claimed)\b"
    r"|(?:,|(?<=,[”\"’]))\s*(?-i:[A-Z][\w’'.-]+\s+){1,3}(?:said|added|noted|stressed|wrote|claimed)\b"
    # "X said A, state news agency Y reported.", "..., the presidency said.": the outlet or
    # body that relays the report closes the sentence; it is not part of A.
    # ('..., “Sputnik” reports.', '..., TASS reported, citing the ministry.': the same.)
    r"|(?:,|(?<=,[”\"’])(?=\s))\s*(?:[“\"«]?[\w’'.-]+[”\"»]?\s+){1,6}?(?:reported|reports|said|says|informed|informs|writes|"
    r"wrote)(?:,?\s+citing\s+[^,.;:“”\"]{1,60}?)?(?:\s+on\s+[A-Z][a-z]+day)?(?=\s*[.!]?\s*$)"
    # "..., writes UNN.", "..., reports Ukrinform.": the relaying outlet after its verb
    r"|(?:,|(?<=,[”\"’]))\s*(?:reports|reported|writes|wrote|informs)\s+(?-i:[A-Z][\w’'.-]*)(?:\s+(?-i:[A-Z][\w’'.-]*)){0,3}"
    r"(?=\s*[.!]?\s*$)"
    # "... downed a drone which he described as costly": the narrator's relative clause on
    # what the speaker called it.
    r"|\s+(?:which|that)\s+(?:he|she|they)\s+(?:described|called|termed|branded|labell?ed)\b"
    # 'its troops "took the village", around 30 kilometres (18 miles) northwest of the city':
    # the narrator's geography after a quotation closed.
    r"|(?:(?<=[”\"])\s*,|(?<=,[”\"]))\s+(?:(?:some|about|around|roughly|nearly|almost|"
    r"approximately|just|less\s+than|more\s+than|over|under)\s+)?\d[\d,.]*\s*"
    r"(?:kilomet(?:er|re)s?|km|miles?)\b"
    # "X said A, speaking at a forum on Friday.", "..., in an interview published on Monday.":
    # where and when it was said closes the sentence; it is not part of A.
    rf"|{TRAILING_SETTING.pattern})",
    re.IGNORECASE,
)


# "..., said the head of the RMA Jane Roe, UNN reports.", "..., writes UNN.", "..., an Examplia
# correspondent reports.", "..., Examplia reports with reference to Otheria.": the relaying
# outlet closing the sentence after an inverted attribution; the subject ends before it.
RELAY_TAIL = re.compile(
    r",\s*(?:(?:an?\s+)?(?:[\w’'.-]+\s+){1,4}?(?:correspondent\s+)?(?:reports|reported|writes|informs)"
    r"(?:\s+with\s+reference\s+to\s+[\w’'.-]+(?:\s+[\w’'.-]+){0,2})?"
    r"|(?:reports|reported|writes|informs)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s*[.!]?\s*$"
)

# "..., said Jane Roe, according to the Examplia News Agency (ENA).": the relaying source
# closing the sentence after an inverted attribution; the subject ends before it.
# "men who, according to him, ...", "..., as according to her ...": a subordinate clause whose
# words are the source's.
_SUBORDINATE_ACCORDING = re.compile(r"(?:,\s*|\s)(?:who|which|as|because|since)\s*,?\s*$")
_SOURCE_PRONOUN = re.compile(r"\s*(?i:him|her|them)\b\s*,?\s*")  # "according to him,"
RELAY_ACCORDING = re.compile(r",\s*according\s+to\s+[^,;:“”\"]{2,80}?\s*[.!]?\s*$")


@dataclass
class Hit:
    verb_start: int
    verb_end: int
    verb: str
    form: str  # finite / ing / inclusive / according / nominal / passive / with / as
    content_start: int
    content_end: int
    subject_hint: tuple[int, int] | None = None  # where the speaker is named, when known
    block: bool = False  # "A. B. - Jane Doe said.": a dash attribution closing unquoted words


_THAT_BEFORE = re.compile(r"\bthat\s")
WAS_ASKED = re.compile(r"\b(?:was|were)\s+asked\s+(?:about|whether|if|what|how|why|to\s+comment)\b")
# A sentence opening with a participle's phrase ("Commenting on ...", "Responding to ...",
# "Asked about ...") before its main clause.
_OPENING_PARTICIPLE = re.compile(r"\s*(?:[A-Z][a-z]+ing|Asked)\s+(?:on|to|about)\s")
# ", although Y replied ...", "; but ...": a new clause with a report of its own.
_CLAUSE_BOUNDARY = re.compile(r";|,\s+(?:although|but|while|whereas|though|yet)\b")


def _reported_clause_before(text: str, a: int, at: int) -> bool:
    """Whether `at` lies inside a clause opened by "that" (no new clause opened since)."""
    first = _THAT_BEFORE.search(text, a, at)
    return first is not None and _CLAUSE_BOUNDARY.search(text, first.end(), at) is None


_THAT_COMMA_BEFORE = re.compile(r"\bthat\s*,\s*$")


def _according_hit(m: re.Match, start: int, end: int, who_end: int) -> Hit:
    """An "according to X" attribution: the words text[start:end] are X's (X ends at who_end)."""
    if pair := _TWO_NAMES.fullmatch(m.string, m.end(), who_end):
        who_end = pair.end("first")  # "according to Jane Doe and John Roe": the first named
    return Hit(m.start(), m.end(), "according to", "according", start, end, (m.end(), who_end))


# "Examplia claims to have ...", "The Examplian army claimed to be ...": a subject of up to five
# words (a determiner may lead) opening the clause; never a noun then another subject ("the
# regions Russia claims to have annexed": a relative clause), nor two subjects ("Examplia and
# Ruritania claimed to have downed each other's drones": the narrator's summary).
_CLAIMS_TO_SUBJECT = re.compile(
    r"(?!.*\b(?:and|or)\s)\s*(?:(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}"
    r"(?:[a-z][\w’'-]*\s+)?(?:[\w’'.-]+\s*)?"
)


def _clause_opening(text: str, a: int, at: int) -> int:
    """Where the clause ending at `at` opens: after the sentence's last comma before it."""
    comma = text.rfind(",", a, at)
    return comma + 1 if comma >= 0 else a


# "<statement>, continues the mayor(, who ...)." and "<statement>, Jane Roe continues.": a
# closing tag after a comma, its subject a name of one to three capitalised words or a short
# description after the verb.
_CONTINUED_BEFORE_NAME = re.compile(r",\s+(?:[A-Z][\w’'.-]*\s+){1,3}$")
_CONTINUED_AFTER_NAME = re.compile(r"\s*[.!]?\s*$")
_CONTINUED_INVERTED = re.compile(
    r"\s+(?:(?:the|a)\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+\s*(?:[.!]?\s*$|,\s+who\b)"
)


_CONTINUED = re.compile(r"\b(?P<verb>continue[sd])\b")


def continued_tags(text: str, a: int, b: int) -> list[re.Match]:
    """ "<statement>, continues the mayor.", "<statement>, Jane Roe continued.": "continue(d/s)"
    as a closing tag only (never "the fighting continued into the night")."""
    out = []
    for m in _CONTINUED.finditer(text, a, b):
        before = text[a : m.start()]
        if _CONTINUED_BEFORE_NAME.search(before):
            if _CONTINUED_AFTER_NAME.fullmatch(text, m.end(), b):
                out.append(m)
        elif before.rstrip().endswith(",") and _CONTINUED_INVERTED.match(text, m.end(), b):
            out.append(m)
    return out


def verb_hits(text: str, a: int, b: int) -> list[Hit]:
    """Reporting verbs in the sentence text[a:b] with the clause each one governs."""
    hits: list[Hit] = []
    for m in PASSIVE.finditer(text, a, b):
        if re.search(r"(?:reportedly|allegedly)$", m.group(), re.IGNORECASE) and ACCORDING.search(
            text, m.end(), b
        ):
            # "A helicopter was reportedly lured ..., according to a report from X": the hedge
            # defers to the source the sentence names; the words are X's.
            continue
        if agent := _PASSIVE_AGENT.match(text, m.end(), b):
            # "It was reported by TASS that ...": the agent is the source.
            hit = Hit(m.start(), m.end(), m.group(), "as", agent.end(), b)
            hit.subject_hint = (agent.start("who"), agent.end("who"))
            hits.append(hit)
            continue
        after = re.match(r"\s*(?:that\s+)?", text[m.end() : b])
        hits.append(Hit(m.start(), m.end(), m.group(), "passive", m.end() + after.end(), b))
    for m in NOMINAL.finditer(text, a, b):
        who = "who" if m.group("who") is not None else "of"
        hits.append(
            Hit(
                m.start(), m.start(who), "claims", "nominal", m.end(), b, (m.start(who), m.end(who))
            )
        )
    for m in [*POSSESSIVE_NOMINAL.finditer(text, a, b), *POSSESSIVE_COPULA.finditer(text, a, b)]:
        hits.append(
            Hit(
                m.start("noun"),
                m.end("noun"),
                "claims",
                "nominal",
                m.end(),
                b,
                (m.start("who"), m.end("who")),
            )
        )
    # "A, according to X, head of ..., UNN reports.": the source's words end before the outlet.
    relay = RELAY_TAIL.search(text, a, b)
    opened = a  # after a leading "According to early data," that a closing source outranks
    for m in ACCORDING.finditer(text, a, b):
        ab = relay.start() if relay and relay.start() > m.end() else b
        if _VERB_COMMA_BEFORE.search(text, a, m.start()):
            continue  # "X said, according to TASS, that C": the agency relays X's words
        if _THAT_COMMA_BEFORE.search(text, a, m.start()):
            continue  # "X said that, according to early data, C": X's aside in X's clause
        if _INVERTED_BEFORE.search(text, a, m.start()) and _according_closes(text, m.end(), b):
            continue  # "A, said Jane Roe, according to Examplia News.": the outlet relays hers
        if _REPORTED_THIS.search(text, a, m.start()):
            continue  # "X announced this on Telegram, according to Examplia News": X's, said before
        who_end = _according_end(text, m.end(), ab)
        if who_end is None:
            continue
        if _NOT_A_SOURCE.fullmatch(text, m.end(), who_end):
            continue  # "according to the law, we have no such right": a rule, no one's words
        if m.start() > a and _SAID_THIS.search(text, a, m.start()):
            continue  # "X said this at a briefing, according to a correspondent": no statement
        apposed = _APPOSED_NAME.match(text, who_end, ab)
        if apposed and re.fullmatch(r"(?:[A-Z][\w’'.-]*\s*){1,3}", text[m.end() : who_end]):
            # "According to Doe, Ivan Petrov, when giving orders, ...": a name already; the next
            # one is the statement's subject, not the source's apposition.
            apposed = None
        if apposed:
            who_end = apposed.end("name")  # "According to the governor of X, Ivan Petrov, ..."
        elif title := _TITLE_APPOSITION.match(text, who_end, ab):
            who_end = title.end()  # "According to Jane Roe, head of the Examplia MVA, ..."
        if _SECOND_SOURCE_TO_END.match(text, who_end, ab) and _COMMA_BEFORE.search(
            text, a, m.start()
        ):
            # "<statement>, according to Jane Doe, the mayor of X, and John Roe, head of Y.": one
            # statement of two sources; the first named speaks for both.
            hits.append(_according_hit(m, a, m.start(), who_end))
            continue
        comma = re.match(r"\s*,\s*", text[who_end:ab])
        if (
            comma
            and (tail := _APPOSITION_TO_END.match(text, who_end, ab))
            and (
                tail.group("rel")
                or not looks_like_clause(text[who_end + comma.end() : ab])
                # ("..., the commander of Examplia's armed forces.": a role, whatever its remit)
                or _ROLE_APPOSITION.match(text, who_end, ab)
            )
            and _COMMA_BEFORE.search(text, a, m.start())
        ):
            # "<statement>, according to Jane Doe, the regional governor." and "..., according to
            # Doe, who spoke on television.": the source's apposition ends the sentence.
            end = who_end if tail.group("rel") else tail.end("app")
            hits.append(_according_hit(m, a, m.start(), end))
            continue
        if comma and (second := _SECOND_SOURCE.match(text, who_end, ab)):
            # "According to Jane Doe, head of X, and John Roe, mayor of Y, <statement>": the
            # second source is skipped; the first named speaks for both.
            comma = _Skip(second.end() - who_end)
        if comma and (relative := _RELATIVE_AFTER.match(text, who_end, ab)):
            # "According to Peskov, who spoke to reporters, the talks ...": skip the relative.
            comma = re.match(r"\s*,\s*", text[who_end : relative.end()])
            comma = _Skip(relative.end() - who_end) if comma else None
        if (
            comma
            and m.start() > a
            and _CLAUSE_AFTER_SOURCE.match(text, who_end + comma.end(), ab)
            and _COMMA_BEFORE.search(text, a, m.start())
            and looks_like_clause(text[a : m.start()])
        ):
            # "<statement>, according to the grid operator, as temperatures fell.": an adverbial
            # clause after the source is the writer's; the statement is the clause before.
            hits.append(_according_hit(m, a, m.start(), who_end))
            continue
        if (
            not comma
            and not text[a : m.start()].strip()
            and (split := _SOURCE_THEN_CLAUSE.match(text, m.end(), who_end))
            and not _NOT_A_SOURCE.fullmatch(text, m.end(), split.end("who"))
            and looks_like_clause(text[split.end() : ab])
        ):
            # "According to the governor the strike hit a school.": no comma after a short
            # source (a pronoun, a name, "the" and up to three lower-case words) at the start.
            hits.append(_according_hit(m, split.end(), ab, split.end("who")))
            continue
        if (
            m.start() - a <= 40
            and comma
            and not text[a : m.start()].strip()
            and _NAMED_SAYER_OPENS.match(text, who_end + comma.end(), ab)
        ):
            continue  # "According to early data, Doe said A": Doe's, read by the verb's frame
        if (
            m.start() - a > 40
            and _SUBORDINATE_ACCORDING.search(text, a, m.start())
            and (own := _SOURCE_PRONOUN.match(text, m.end(), ab))
            and looks_like_clause(text[own.end() : ab])
        ):
            # "men who, according to him, had been killed ...", "X blamed Y, as according to
            # her shells were used": the source's words are the rest of the subordinate clause.
            pronoun_end = m.end() + len(text[m.end() : own.end()].rstrip(" ,"))
            hits.append(_according_hit(m, own.end(), ab, pronoun_end))
            continue
        if (
            m.start() - a <= 40
            and comma
            and not text[a : m.start()].strip()
            and (closing := ACCORDING.search(text, who_end + comma.end(), ab))
            and _COMMA_BEFORE.search(text, who_end, closing.start())
            and _according_closes(text, closing.end(), ab)
        ):
            # "According to early data, A, according to Jane Roe.": the source closing the
            # sentence speaks; the opening phrase only qualifies her words.
            opened = who_end + comma.end()
            continue
        if m.start() - a <= 40 and comma:
            # "According to X, <statement>."; "The strikes, according to X, killed five": the
            # subject before it belongs to the statement, which runs through it.
            subject_first = (
                m.start() > a
                and _COMMA_BEFORE.search(text, a, m.start())
                and not looks_like_clause(text[a : m.start()])
                and not re.match(r"\s*(?:that|which|who)\b", text[who_end + comma.end() : ab])
            )
            hits.append(
                _according_hit(m, a if subject_first else who_end + comma.end(), ab, who_end)
            )
        elif re.match(
            # ("A, according to X, with many more missing.": an absolute phrase after it)
            r"\s*(?:[.!?]?\s*$|;\s|,\s+with\s+(?!(?:him|her|them)\b))",
            text[who_end:ab],
        ) and _COMMA_BEFORE.search(text, a, m.start()):
            # "<statement>, according to X." and "were “a war crime,” according to X": the comma
            # may sit inside the closing quotation mark.
            hits.append(_according_hit(m, opened, m.start(), who_end))
    for h in hits:
        if (
            h.form == "according"
            and h.subject_hint
            and (words := _OWNERS_WORDS.search(text, *h.subject_hint))
        ):
            # "according to Peskov's words, ...": the words' owner is the source.
            h.subject_hint = (h.subject_hint[0], words.start())
        if (
            h.form == "according"
            and h.subject_hint
            and (posted := _DOCUMENT_POSTED.search(text, *h.subject_hint))
        ):
            # "according to the ministry statement posted on Telegram, ...": the document, not
            # where it was posted, is the source.
            h.subject_hint = (h.subject_hint[0], posted.start("participle") - 1)
    for m in ING.finditer(text, a, b):
        if m.group().startswith("by") and _reported_clause_before(text, a, m.start()):
            # "X added that the council errs by insisting that the port stay shut": the participle is
            # the reported clause's own (the council's), not a second report of X's.
            continue
        if m.group("verb") in VERDICT_ING:
            # ", calling it a "historic step"": the whole phrase is what was said.
            hits.append(Hit(m.start(), m.end(), m.group("verb"), "ing", m.start("verb"), b))
            continue
        start = _content_start(text, m.end(), b, m.group("verb"))
        if start is not None:
            hits.append(Hit(m.start(), m.end(), m.group("verb"), "ing", start, b))
    for m in _DOCUMENT_ING.finditer(text, a, b):
        # "X posted a video on Telegram claiming (that) C": the document's claim is X's.
        start = _content_start(text, m.end(), b, m.group("verb"))
        if start is not None and not any(h.verb_start == m.start("verb") for h in hits):
            hits.append(Hit(m.start("gap"), m.end(), m.group("verb"), "ing", start, b))
    for m in AS_PUT.finditer(text, a, b):
        if (m.group("who") or m.group("by")) is not None and _OWN_REPORT.match(text, m.end(), b):
            continue  # "As Reuters reported, the ministry stated that ...": the ministry speaks
        who = next(g for g in ("who", "by", "doc", "of", "pron", "own") if m.group(g) is not None)
        verb = m.group("verb") or m.group("pverb") or "words"
        hit = Hit(m.start(who), m.end(who) if who == "pron" else m.end(), verb, "as", m.end(), b)
        if who in ("who", "by"):
            vg = "verb" if who == "who" else "pverb"
            hit.verb_start, hit.verb_end = m.start(vg), m.end(vg)
        hit.subject_hint = (m.start(who), m.end(who))
        hits.append(hit)
    if (m := AS_TAIL.search(text, a, b)) and (
        looks_like_clause(text[a : m.start()])
        # ("Units, aircraft, fire groups and other parts of the air defence all played a role,
        # as stated in X's statement": a long subject; its verb comes after fifteen words.)
        or (m.group("doc") and _CLAUSE_WORDS.search(text, a, m.start()))
    ):
        who, vg = next(
            (w, v) for w, v in (("who", "verb"), ("doc", "dverb"), ("by", "pverb")) if m.group(w)
        )
        hit = Hit(m.start(vg), m.end(vg), m.group(vg), "trailing", a, m.start())
        hit.subject_hint = (m.start(who), m.end(who))
        hits.append(hit)
    for m in QUOTED_AS.finditer(text, a, b):
        if looks_like_clause(text[m.end() : b]):
            hits.append(Hit(m.start(), m.end(), "quoted as saying", "finite", m.end(), b))
    for m in QUOTED_X_AS.finditer(text, a, b):
        if any(h.verb_start <= m.start() < h.verb_end for h in hits):
            continue
        hit = Hit(m.start(), m.end(), "quoted as saying", "as", m.end(), b)
        if (
            re.fullmatch(r"[\s.!]*", text[m.end() : b])
            and (comma := text.rfind(", ", a, m.start())) > a
            and len(text[comma : m.start()].split()) <= 5
            # ("X said this at a briefing, TASS quoted her as saying": no statement of its own)
            and not _SAID_THIS.search(text, a, comma)
        ):
            # "<statement>, Interfax cited the FSB as saying.": the words before the outlet.
            hit = Hit(m.start(), m.end(), "quoted as saying", "trailing", a, comma)
        hit.subject_hint = (m.start("who"), m.end("who"))
        hits.append(hit)
    if (
        (m := _QUOTES_X_BARE.search(text, a, b))
        and not any(h.verb_start <= m.start() < h.verb_end for h in hits)
        and (comma := text.rfind(", ", a, m.start())) > a
        and len(text[comma : m.start()].split()) <= 5
        and not _SAID_THIS.search(text, a, comma)
    ):
        hit = Hit(m.start(), m.end(), "quoted as saying", "trailing", a, comma)
        hit.subject_hint = (m.start("who"), m.end("who"))
        hits.append(hit)
    for m in WITH_SAYING.finditer(text, a, b):
        dashed = [
            h
            for h in hits
            if h.form == "ing"
            and h.verb_start <= m.start("verb") < h.verb_end
            and text[h.verb_start : m.start("verb")].strip() in ("–", "—")
        ]
        if dashed and m.start("who") < dashed[0].verb_start:
            # "with Jane Roe – now the council's deputy head – saying": the dash closes the
            # aside; the participle is the absolute's, Roe's
            hits = [h for h in hits if h not in dashed]
        if any(h.verb_start <= m.start("verb") < h.verb_end for h in hits):
            continue
        start = _content_start(text, m.end(), b, m.group("verb"))
        if start is not None:
            # "with X stating A and Y calling it B": A ends where the second absolute begins.
            second = _AND_ABSOLUTE.search(text, start, b)
            hit = Hit(
                m.start("verb"),
                m.end(),
                m.group("verb"),
                "with",
                start,
                second.start() if second else b,
            )
            hit.subject_hint = (m.start("who"), m.end("who"))
            hits.append(hit)
    for m in STANCE_OBJECT.finditer(text, a, b):
        if not _PASSIVE_BEFORE.search(text, a, m.start()):
            joined = _OBJECT_AND_THAT.match(text, m.end("verb"), b)
            if (
                joined
                and not VERB.search(text, m.end("verb"), joined.start("and"))
                and looks_like_clause(text[joined.end() : b])
            ):
                # "stressed the importance of A and that B": two reports of the verb's
                hits.append(
                    Hit(
                        m.start(),
                        m.end("verb"),
                        m.group("verb"),
                        "inclusive",
                        m.start("obj"),
                        joined.start("and"),
                    )
                )
                hits.append(Hit(m.start(), m.end("verb"), m.group("verb"), "that", joined.end(), b))
                continue
            hits.append(
                Hit(m.start(), m.end("verb"), m.group("verb"), "inclusive", m.start("obj"), b)
            )
    asides = []  # the relaying outlets set between commas after a report's verb
    for m in VERB.finditer(text, a, b):
        verb = m.group("verb")
        before = text[a : m.start()]
        if any(x.start() < m.start() < x.end() for x in asides):
            continue  # "X argued, the daily writes, that ...": the outlet only relays
        noun = _NOUN_BEFORE.search(before)
        began = _BEGAN_TO.search(before) and re.match(
            r"\s+(?:[A-Z][\w’'-]*\s+){0,3}that\b", text[m.end() : b]
        )
        if began or _EXCEPT_TO.search(before):
            noun = None  # "began to claim that ...": a verb after "to", the report is made
        if noun and _is_past(verb) and _NAME_EARLIER.search(before):
            noun = None  # "Jane Doe earlier claimed": an adverb after the subject, not "earlier claims"
        if (
            noun
            # "media reports" is a noun; "social media reported" a verb
            # ("Ukrainian media say", but "media reports of explosions")
            and not (
                noun.group().strip() in ("media", "news", "press")
                and (_is_past(verb) or verb not in _ALSO_NOUNS)
            )
            and not m.group().startswith(("has", "have", "had"))
            # ("X is in his office and says ...": a present form that is no noun, after "and")
            and not (_PAST_AFTER_AND.search(before) and (_is_past(verb) or verb not in _ALSO_NOUNS))
        ):
            continue
        first = verb.split()[0]
        if verb in _ALSO_NOUNS and re.match(r"\s+[a-z]{3,}ing\s+that\b", text[m.end() : b]):
            continue  # "follows reports suggesting that ...": a noun and its participle
        if verb in _ALSO_NOUNS and not _is_past(verb) and re.match(r"\s+of\s", text[m.end() : b]):
            continue  # "according to the situation report of the staff": a noun and its owner
        if verb in _ALSO_NOUNS and not _is_past(verb) and _MADE_BEFORE.search(before):
            continue  # "X has made comments in Y that ...": the object of "made", a noun
        if (
            verb in _ALSO_NOUNS
            and not _is_past(verb)
            and _VERB_AFTER_NOUN.match(text, m.end(), b)
            and _DETERMINED_BEFORE.search(before)
        ):
            continue  # "The ABC report says that ...": a noun, the verb after it reports
        if _DOCUMENT_POSTED_BEFORE.search(text, a, m.end()) and ACCORDING.search(before):
            continue  # "According to the statement posted on Telegram, ...": the document's
        if before.rstrip().endswith(",") and NP_PARTICIPLE.match(text, m.end(), b):
            continue  # "..., says the statement shared on X": inverted; the words come before
        if _COMPOUND_AFTER.get(verb.lower()) and _COMPOUND_AFTER[verb.lower()].match(
            text, m.end(), b
        ):
            continue  # "the think tank said": a noun (data/verb_noun_compounds.txt)
        if (
            _is_past(verb)
            and before.rstrip().endswith(",")
            and _PARTICIPLE_APPOSITION.match(text, m.end(), b)
        ):
            continue  # "F-16s, promised only recently, are late": a participle in commas
        if verb == "states" and _NOUN_STATES.match(text, m.end(), b):
            continue  # "member states are alarmed", "the states contributed": the noun
        if first in ("declared", "declares") and _DECLARED_ACT.match(text, m.end(), b):
            continue  # "Putin declared war on Thursday": an act, no report
        if first in ("agreed", "agrees") and re.match(
            r"\s+(?:to|on|upon|with)\s", text[m.end() : b]
        ):
            continue  # "both sides agreed to the plan": an acceptance, no report
        if re.match(r"\s+to\s+(?:have|be)\b", text[m.end() : b]):
            if first in ("claims", "claimed") and _CLAIMS_TO_SUBJECT.fullmatch(
                text, _clause_opening(text, a, m.start()), m.start()
            ):
                # "Examplia claims to have retaken 300 square kilometres, dealing ...": the
                # sentence's own subject claims it; the claim ends at the comma.
                to = m.end() + text[m.end() : b].index("to")
                comma = text.find(", ", to, b)
                hits.append(
                    Hit(m.start(), m.end(), verb, "inclusive", to, comma if comma > 0 else b)
                )
            continue  # "territory Russia claims to have annexed": a raising verb, not a report
        if verb.endswith("s") and re.match(r"\s+(?:and|or)\s", text[m.end() : b]):
            continue  # "rebuffed diplomatic calls and sanctions": a plural noun, not a verb
        if verb in ("called", "calls") and _WHAT_BEFORE.search(before):
            continue  # 'what Moscow calls its "special military operation"': a name for it
        if first in ("called", "calls", "thought", "thinks") and _PARTICLE_AFTER.match(
            text, m.end(), b
        ):
            continue  # "called up reservists", "thought of the plan": another verb, no report
        if _WHETHER_BEFORE.search(before):
            continue  # "asked whether Peskov believed there was a line": a question, not a claim
        if (
            first in _BASE_FORMS
            and _MODAL_BEFORE.search(before)
            # "began to claim that ...", "continues to insist that ...": the report is made.
            and not began
            # "gave no details, except to say ...": what was said after all.
            and not _EXCEPT_TO.search(before)
        ):
            continue
        if first in ("is", "was", "are", "were") and not _IS_THAT.match(text, m.end(), b):
            continue
        if first in _BASE_FORMS and _SINGULAR_BEFORE.search(before):
            continue  # "An official report emerged": a noun after "an", not a plural's verb
        if any(h.verb_start <= m.start() < h.verb_end for h in hits):
            continue
        if first.endswith("s") and any(
            h.form == "that" and h.content_start == m.start() for h in hits
        ):
            continue  # "claimed that calls for talks are a ploy": the clause's subject, a noun
        if re.match(r"\s+by\b", text[m.end() : b]) or _PASSIVE_BEFORE.search(before):
            continue  # a participle: "territory claimed by separatists"
        if _DETERMINER_ADVERB.search(before):
            continue  # "the previously reported drop": an adjective, not a report
        aside = _RELAY_ASIDE.match(text, m.end(), b)
        if aside and looks_like_clause(text[aside.end() : b]):
            asides.append(aside)
            hits.append(Hit(m.start(), m.end(), verb, "that", aside.end(), b))
            continue
        start = _content_start(text, m.end(), b, verb)
        if start == _TOLD_TO:
            # "told Zelensky to accept, Zelensky said ...": the instruction ends at the comma.
            comma = text.find(",", m.end(), b)
            end = comma if comma > 0 else b
            hits.append(Hit(m.start(), m.end(), verb, "inclusive", m.start("verb"), end))
            continue
        form = (
            "that"
            if start is not None and re.search(r"\bthat\W*$", text[m.end() : start])
            else "finite"
        )
        if verb in ("called", "calls") and _CALLED_QUOTE.match(text, m.end(), b):
            start = None  # "called the move "another cruel act"": the naming is the statement
        if form == "finite" and first in INCLUSIVE and verb not in ("called", "calls"):
            start = None  # "urged its allies to ...": the verb is part of what was said
        if first in VERDICT_AS:
            # "dismissed the reports as "another fake"": a verdict; "dismissed the general": not.
            # "branded Zelensky's government “terrorists”": a brand in quotation marks, no "as".
            branded = first in ("branded", "brands") and _CALLED_QUOTE.match(text, m.end(), b)
            described = first in _DESCRIBED and _DESCRIBED_AS.match(text, m.end(), b)
            if not _DISMISSED_AS.match(text, m.end(), b) and not branded and not described:
                continue
            start = None
        if start is None and (first in INCLUSIVE or verb.startswith(("called", "calls"))):
            if (
                verb in ("called", "calls")
                and not re.search(r"[“\"]", text[m.end() : b])
                and not _CALLED_X_A_Y.match(text, m.end(), b)
            ):
                continue
            if _NO_OBJECT.match(text, m.end(), b):
                continue  # "the talks he has proposed in Turkey will start": no object, no report
            start, form = m.start("verb"), "inclusive"
        if (
            start is None
            and verb in ("reported", "reports")
            and (event := _REPORTED_EVENT.match(text, m.end(), b))
        ):
            start, form = m.end() + event.start(1) - m.end(), "inclusive"  # the event reported
        if (
            (
                start is None
                or form == "inclusive"
                # ("stressed the importance Ankara attaches to A": a stance noun's contact
                # clause read as the report)
                or (form == "finite" and _STANCE_NOUN_OPENS.match(text, start, b))
            )
            and first in _CLAUSE_FIRSTS
            and (joined := _OBJECT_AND_THAT.match(text, m.end(), b))
            and not VERB.search(text, m.end(), joined.start("and"))
            and looks_like_clause(text[joined.end() : b])
        ):
            # "stressed the importance of A and that B": the object, then a that-clause of the
            # same verb (B a report of its own; the object a noun phrase's, when it is one).
            if start is not None:
                hits.append(Hit(m.start(), m.end(), verb, form, start, joined.start("and")))
            hits.append(Hit(m.start(), m.end(), verb, "that", joined.end(), b))
            continue
        if start is None:
            continue
        if _STANCE_TOPIC.match(text, m.end(), b):
            continue  # "reiterated its stance on the war.": what it spoke of, not what it said
        end = b
        if form == "inclusive" and (named := _NAMED_THEN_AND.match(text, m.end(), b)):
            end = named.end("name")  # 'called X a "Y" and spoke of Z': the naming ends at "Y"
        if re.search(r",\s+who\s+(?:also\s+)?$", before) and (
            main := _MAIN_VERB_AFTER.search(text, start, b)
        ):
            end = main.start()  # "X, who said A, left early": the relative clause ends at A
        elif re.search(r"\s[–—]\s+who\s+(?:[^–—“”\"]*\s)?$", before) and (
            dash := _SPACED_DASH.search(text, start, b)
        ):
            # "X – who told Examplians earlier that A – said ...": the relative clause between
            # dashes ends at the closing one.
            end = dash.start()
        elif re.search(r",\s+which\s+(?:also\s+)?$", before) and (
            main := _WHICH_MAIN_VERB.search(text, start, b)
        ):
            end = main.start()  # "The attack, which concludes the visit, has shaken ...": ends
        hit = Hit(m.start(), m.end(), verb, form, start, end)
        if dashed := _DASHED_RELATIVE_BEFORE.search(text, a, m.start()):
            # "X – who told Examplians earlier that A – said B": the subject stands before the
            # relative clause between dashes, after the sentence's last comma or quotation.
            opens = max(text.rfind(c, a, dashed.start()) for c in ',“”"')
            hit.subject_hint = (max(a, opens + 1), dashed.start())
        if began and (used := re.search(r"\bused\s", before)):
            # "Biden used his address to warn Putin that ...": the words after "that", the
            # subject before "used".
            that = re.search(r"\bthat\s+", text[m.end() : b])
            hit.content_start = m.end() + that.end()
            hit.subject_hint = (a, a + used.start())
        hits.append(hit)
    hits.sort(key=lambda h: h.verb_start)
    # ("President Jane Doe was asked about the border, as reported by X": a question put to
    # her, no one's claim.)
    hits = [
        h
        for h in hits
        if not (
            h.form in ("as", "trailing") and WAS_ASKED.search(text, h.content_start, h.content_end)
        )
    ]
    if _OPENING_PARTICIPLE.match(text, a, b):
        for n in hits:
            later = [
                h.verb_start
                for h in hits
                if h.form in ("finite", "that") and n.content_start < h.verb_start < n.content_end
            ]
            comma = text.rfind(", ", n.content_start, later[0]) if later else -1
            if n.form == "nominal" and comma > n.content_start:
                # "Commenting on remarks by X that C, Jane Doe noted that A": C ends at the
                # comma that closes the opening phrase; A is the main clause's report.
                n.content_end = comma
    return _without_setting_participles(text, hits)


# "said in an interview with the BBC published on Sunday that ...", "said, citing intelligence
# reports, that ...": a verb form inside the setting between a verb and its clause (a
# participle describing the setting's noun, a noun like "reports") reports nothing itself.
SETTING_OPENS = re.compile(r"\s+(?:in|during|at|on|with|after|via|through)\s|,\s*[a-z]+ing\s")
_MEDIUM_PARTICIPLES = frozenset(words("published posted aired released broadcast shown recorded"))
_RELATIVE_WORD = re.compile(r"\b(?:which|who|that)\b")
_WORD_BEFORE = re.compile(r"([\w’'-]+)\s+$")


def _without_setting_participles(text: str, hits: list[Hit]) -> list[Hit]:
    kept: list[Hit] = []
    for h in hits:
        # (From a window before the verb: a search from the text's start is quadratic.)
        before = _WORD_BEFORE.search(text, max(0, h.verb_start - 300), h.verb_start)
        noun_before = (
            before is not None
            and before.group(1).islower()
            and before.group(1) not in ("he", "she", "they", "it", "we", "i", "you")
        )
        if (noun_before or h.verb in _MEDIUM_PARTICIPLES) and any(
            o.verb_end <= h.verb_start < o.content_start == h.content_start
            and SETTING_OPENS.search(text, o.verb_end, h.verb_start)
            # (not "commented on the article which alleged that ...": the article's report)
            and not _RELATIVE_WORD.search(text, o.verb_end, h.verb_start)
            for o in kept
        ):
            continue
        kept.append(h)
    return kept


# ", left early", ", declined to ...", ", told Reuters": the main clause's verb after a relative
# clause.
_WHICH_MAIN_VERB = re.compile(
    r",\s+(?:has|have|had|is|was|were|are|will|would|could|can|[a-z]{2,}ed|said|says|told|tells|"
    r"wrote|writes)\b"
)
# "X – who told Examplians earlier that A – said": a relative clause between dashes ends right
# before the main verb.
_SPACED_DASH = re.compile(r"\s[–—]\s")
_DASHED_RELATIVE_BEFORE = re.compile(r"\s[–—]\s+who\s[^–—;!?\n]{3,200}?\s[–—]\s*$")
_MAIN_VERB_AFTER = re.compile(rf",\s+(?:[a-z]{{2,}}ed|{alternation(IRREGULAR_PASTS)})\b")
# 'called the strikes "a crime" and spoke of ...': the quoted name, then the subject's next verb.
_NAMED_THEN_AND = re.compile(
    r"[^“”\".;]{1,80}?(?P<name>[“\"][^“”\"]{1,80}[”\"])\s+(?:and|but)\s+(?:also\s+)?[a-z]+(?:ed|ke|ave|ent|ew|old|ote)\b"
)


# "reiterated its stance on the war.", "stated its position on the conflict.": an object that
# names only the topic, with nothing said of it in the sentence.
_STANCE_TOPIC = re.compile(
    r"\s+(?:(?:its|his|her|their|our)\s+)?(?:[a-z]+\s+)?(?:stance|position|stand|views?)\s+"
    r"(?:on|over|regarding|about)\b"
    # ("said its position on the war had not changed": a clause about the stance, a report)
    r"(?![^,;:“”\"]*\b(?:has|have|had|is|are|was|were|will|would|remains?|remained)\b)"
    r"[^,;:“”\"]*$"
)


# "expressed grave concern about ...", "stressed the need for ...": a body's statement whose
# object, a stance noun, is what it said.
STANCE_OBJECT = re.compile(
    r"\b(?P<verb>expressed|expresses|voiced|voices|stressed|stresses|underlined|underlines|"
    r"underscored|underscores|emphasi[sz]ed|emphasi[sz]es|reiterated|reiterates|reaffirmed|"
    r"reaffirms|recalled|recalls|highlighted|highlights)\s+"
    # ("emphasized NATO's readiness to ...": a body's possessive as the determiner.)
    r"(?P<obj>(?:(?:the|their|its|his|her|our|[A-Z][\w-]*['’]s)\s+)?(?:[a-z]+\s+){0,2}?"
    rf"(?:{alternation(entries('stance_nouns'))})\s+(?:about|over|for|of|at|with|to)\b)"
)
# "..., says the statement shared on social networks": a document and a participle.
NP_PARTICIPLE = re.compile(
    r"\s*(?:the|a|an|its|his|her|their)\s+(?:[a-z]+\s+)?(?:statement|report|post|message|release|"
    r"communiqu\w+|document|letter|note|update|bulletin|summary|video|address|announcement)\s+"
    r"(?:[a-z]+ed|shared|issued|posted|sent|published|released|written)\b"
)
# "the ministry statement posted on the Telegram app": a document and the participle that tells
# where it was published (no report of its own).
_DOCUMENT_POSTED = re.compile(
    r"\b(?:statement|report|post|message|release|communiqu\w+|document|letter|note|update|"
    r"bulletin|summary|video|address|announcement)\s+"
    r"(?P<participle>shared|issued|posted|published|released)\s+(?:on|in|to|via|by|late|early|earlier)\b"
)
_DOCUMENT_POSTED_BEFORE = re.compile(
    r"\b(?:statement|report|post|message|release|communiqu\w+|document|letter|note|update|"
    r"bulletin|summary|video|address|announcement)\s+(?:shared|issued|posted|published|released)$"
)
# "called the strikes a crime against humanity": naming something is a verdict, a statement.
_CALLED_X_A_Y = re.compile(
    r"\s+(?!(?:a|an|the\s+(?:police|shots)|for|on|up|off|back|in|out|it\s+quits|upon)\b)"
    # (not "called President Obama Friday to discuss a resolution": a phone call's purpose)
    r"(?:(?!to\b)[\w’'-]+\s+){1,5}?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:crime|act|violation|threat|"
    r"provocation|lie|fake|farce|disgrace|insult|mistake|success|victory|failure|step|attack|"
    r"betrayal|hoax|sham|fabrication|catastrophe|tragedy|war\s+crime|genocide|terror\w*|"
    r"[\w-]+(?:ism|ist|ion|ment|ity))\b"
)
_CALLED_QUOTE = re.compile(r"\s+(?:[\w’'-]+\s+){1,8}?[“\"]")
_DISMISSED_AS = re.compile(r"\s+(?:[\w’'-]+\s+){1,6}?as\s+\S")
# "described Jane Roe, who has backed the plan for years, as “a friend”": a description's
# object may be long, with its own relative clause; without "as" ("described the scene") the
# verb reports nothing.
_DESCRIBED = frozenset(words("described describes"))
_DESCRIBED_AS = re.compile(r"\s+[^.;:!?“”\"]{1,160}?\s+as\s+\S|\s+[^.;:!?“”\"]{1,80}?:\s+\S")
# (", speaking on Friday,", ", in an interview with X,": when and where the source spoke.)
_RELATIVE_AFTER = re.compile(
    r",\s+(?:who|which|speaking|writing|talking|commenting|in\s+(?:an?|his|her|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:interview|statement|address|post|video|remarks|comments|speech))"
    r"\b[^,;:“”\"]{0,120},\s*"
)


@dataclass
class _Skip:
    """A stand-in for a regex match: how far the words start after the source's name."""

    length: int

    def end(self) -> int:
        return self.length


_APPOSED_NAME = re.compile(
    r",\s+(?P<name>[A-Z][\w’'.-]+(?:\s+(?:[A-Z][\w’'.-]+|de|von|van|der|al|bin)){1,3})(?=\s*,)"
)
_MEDIUM_COMMA = re.compile(
    r"\s+(?:on|in|via)\s+(?:(?:his|her|its|their|the)\s+)?(?:Telegram|Facebook|Twitter|X|Instagram|"
    r"YouTube|social\s+(?:media|networks?))(?:\s+(?:channel|page|account|post))?\s*,\s+"
)
_MEDIA_OBJECT = re.compile(
    r"\s+(?:also\s+)?(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:video|videos|photos?|pictures?|footage|images?|clip|map)\b(?!\s+(?:that|saying)\b)"
    # ("posted photos of destroyed facilities": a bare plural, then what it shows)
    r"|\s+(?:also\s+)?(?:videos|photos|pictures|footage|images)\s+(?:of|showing|from)\b"
)
# ", head of the Examplia MVA," after a source's name: the source's title, not the statement.
_TITLE_APPOSITION = re.compile(
    r",\s+(?:the\s+)?(?:head|chief|mayor|governor|spokes(?:man|woman|person)|commander|"
    r"representative|director|chair(?:man|woman)?|secretary)\s+(?:of|for|at)\s+[^,;:“”\"]{2,80}?(?=,)"
)
_SECOND_SOURCE = re.compile(
    r",?\s+and\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}(?:,\s+[^,;:“”\"]{2,100}?)?\s*,\s*"
)
# "Jane Doe and John Roe": two people's full names, one source of a statement.
_TWO_NAMES = re.compile(
    r"(?P<first>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})\s+and\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}"
)
_SECOND_SOURCE_TO_END = re.compile(
    r",?\s+and\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}(?:,\s+[^,;:“”\"]{2,100}?)?\s*[.!]?\s*$"
)
_APPOSITION_TO_END = re.compile(
    r",\s+(?:(?P<rel>(?:who|which)\s)[^;:“”\"]{3,160}?|(?P<app>[^,;:“”\"]{2,100}?))\s*[.!]?\s*$"
)
_NAME_EARLIER = re.compile(
    # ("The president earlier said": a noun ends the subject too, not a determiner: "the
    # earlier reported toll")
    r"(?:\b(?!(?i:the|a|an|its|his|her|their|these|those|such|this|that)\b)[A-Za-z][\w’'.-]*)"
    r"\s+earlier\s+$"
)
_COMMA_BEFORE = re.compile(r",[”\"'’]?\s*$")
# ", as temperatures fell", ", while the army ...", ", leaving thousands ...": an adverbial clause
# or a participle that cannot be the main clause a source's "according to X," opens.
_CLAUSE_AFTER_SOURCE = re.compile(
    r"(?:as|while|whereas|although|though|amid|because|since|after|when|leaving|causing|"
    r"prompting|forcing)\b"
)
# "stressed the importance Ankara attaches to A and that B": an object of up to 25 words, no
# clause's punctuation, then "and that".
_OBJECT_AND_THAT = re.compile(r"\s+[^,;:.“”\"]{3,200}?(?P<and>\s+and)\s+that\s+")
_STANCE_NOUN_OPENS = re.compile(
    r"(?:the|its|their|his|her|our)\s+(?:[a-z]+\s+){0,2}?"
    rf"(?:{alternation(entries('stance_nouns'))})\s+(?-i:[A-Z])"
)
# Verbs that may take a that-clause (their first word).
_CLAUSE_FIRSTS = frozenset(
    v.split()[0] for v in reporting_verbs("that") + reporting_verbs("clause")
)
# "The ABC report | says that": the noun's own reporting verb after it.
_VERB_AFTER_NOUN = re.compile(
    r"\s+(?:also\s+)?(?:says|said|states|stated|suggests|suggested|notes|noted|claims|claimed|"
    r"argues|argued|shows|showed|finds|found|concludes|concluded|warns|warned|adds|added)\b"
)
# "The", "The ISW", "the think tank's": a determiner (and up to three words) before the noun.
_DETERMINED_BEFORE = re.compile(r"\b(?i:the|a|an|this|its|their|his|her)(?:\s+[\w’'.-]+){0,3}\s+$")
# A verb of making or giving right before a form that is also a noun ("made comments",
# "issued claims", "gave answers"): the form is that verb's object.
_MADE_BEFORE = re.compile(
    r"\b(?:made|makes|make|making|issued|issues|gave|gives|giving|offered|offers|posted|"
    r"published|repeated|repeats|dismissed|rejected|denied)\s+(?:(?:further|new|more|similar|"
    r"public|his|her|their|its|the|these|those|such)\s+)?$"
)
_ALSO_NOUNS = frozenset(w for line in entries("verbs_also_nouns") for w in line.split())
_COMPOUNDS: dict[str, list[str]] = {}
for _line in entries("verb_noun_compounds"):
    _first, _, _rest = _line.partition(" ")
    _COMPOUNDS.setdefault(_first, []).append(re.escape(_rest))
_COMPOUND_AFTER = {v: re.compile(rf"\s+(?:{'|'.join(r)})\b", re.I) for v, r in _COMPOUNDS.items()}
_PAST_AFTER_AND = re.compile(r"\b(?:and|or)\s+$")


def _is_past(verb: str) -> bool:
    """ "and urged", "and said": a verb; "and claims", "and reports": perhaps a noun."""
    first = verb.split()[0]
    return first.endswith("ed") or first in ("said", "told", "wrote", "thought")


# "According to the governor the strike ...": the source, then a clause's subject without a comma.
_SOURCE_THEN_CLAUSE = re.compile(
    r"(?P<who>him|her|them|(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+"
    r"|the(?:\s+(?!(?:of|for|in|at|on|to|and|the|a|an)\b)[a-z][\w-]*){1,3})"
    r"\s+(?=(?:the|a|an|he|she|it|they|we|there|this|these|[A-Z][a-z]+)\s)"
)


def _according_end(text: str, start: int, b: int) -> int | None:
    # ("according to A. Doe, ...": an initial's stop is part of the name; so is a title's,
    # "according to Mr. Doe", "according to Gen. Doe".)
    m = re.match(rf"(?:\b[A-Z]\.|{_TITLE_ABBREVIATION}|[^,.;“”\"]){{2,90}}", text[start:b])
    if not m:
        return None
    end = start + len(m.group().rstrip())
    return end


# "responded to fears (claims, reports, criticism) that ...": someone else's words, the topic.
_TO_OTHERS_CLAIM = re.compile(
    r"\s+to\s+(?:the\s+|these\s+|those\s+|such\s+|growing\s+|[A-Z][\w’'-]*['’]s\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:fears?|claims?|reports?|accusations?|allegations?|suggestions?|"
    r"criticism|concerns?|rumou?rs?|speculation|charges?|complaints?|warnings?|assertions?)"
    r"\s+(?:that|of|about)\b"
)


# " in a note on his Telegram page: ", " on Tuesday: ": a setting, then a colon and an unquoted
# capitalised clause.
_SETTING_COLON = re.compile(r"\s+(?:in|on|at|during|to|via)\s[^:.;“”\"\n]{1,80}:\s*(?=[A-Z])")


def _content_start(text: str, pos: int, b: int, verb: str) -> int | None:
    """Where the reported clause starts after the verb, or None when there is no clause."""
    rest = text[pos:b]
    if (medium := _MEDIUM_COMMA.match(rest)) and looks_like_clause(rest[medium.end() :]):
        # "As X posted on Telegram, the decision was supported ...": the words after the medium
        return pos + medium.end()
    if (setting := _SETTING_COLON.match(rest)) and looks_like_clause(rest[setting.end() :]):
        # "X wrote in a note on his Telegram page: Today, Ukraine has become ...": the words
        # after the setting's colon, not quoted
        return pos + setting.end()
    if (degree := _HOW_DEGREE.match(rest)) and verb.split()[0] in _DEGREE_VERBS:
        return pos + degree.end()  # "stressed how vital the plan is": a claim of degree
    if _WH_CLAUSE.match(rest):
        return None  # "specified under what conditions talks may begin": a topic, no claim
    if _TOPIC_ABOUT.match(rest):
        return None  # "a reporter who writes mostly about culture": a topic, no claim
    if verb in _TOPIC_ON_VERBS and _TOPIC_ON.match(rest):
        return None  # "X commented on the downing of a drone": the topic, no claim
    if _MEDIA_OBJECT.match(rest):
        return None  # "posted a video showing the damaged roof": footage, no claim
    if verb.startswith(("drew", "draws", "pointed to")) or re.match(
        r"(?:expressed|expresses|is|was|are|were|made|makes)\b", verb
    ):
        m = _IS_THAT.match(rest)
        return pos + m.end() if m else None
    if verb.startswith(("called", "calls")) and verb not in ("called", "calls"):
        return None
    if (
        verb in ("told", "tells", "asked", "asks")
        and (obj := _TOLD_OBJECT.match(rest))
        # ('asked Kyiv "not to forget ...": a quoted or negative request too.)
        and re.match(
            # ('told X to "leave the room"': the quotation may open after "to".)
            r"\s+[“\"]?(?:not\s+)?to\s+[“\"]?(?!(?:comment|respond|confirm|reply)\b)[a-z]",
            rest[obj.end() :],
        )
    ):
        # "told Zelensky to accept", "asked Kyiv to consider a truce": the instruction or the
        # request is the statement (not "asked the ministry to comment").
        return _TOLD_TO
    if verb in ("asked", "asks"):
        return None  # "asked whether", "asked about": a question, not a claim
    if verb in ("answered", "answers") and re.match(r"\s+(?:\w+\s+){0,2}?questions\b", rest):
        return None  # "X answers questions about the abuses": an interview's topic, no claim
    if verb in ("commented", "comments") and re.match(
        r"\s+(?:on|upon)\s+(?:the\s+)?(?:words|statements?|remarks|comments|claims)\s+(?:of|by)\b",
        rest,
    ):
        return None  # "commented on the words of X": someone else's words, the topic
    if dem := _THAT_SUBJECT.match(rest):
        return pos + dem.end()  # "said that was a question for X": "that" is the subject
    if verb.startswith(("respond", "react", "repl", "answer")) and _TO_OTHERS_CLAIM.match(rest):
        # "Jane Roe responds to fears that the war has stalled": the clause is the fears', the
        # topic she answers, not her claim
        return None
    gap_limit = 160
    that = None
    for that in re.finditer(rf"\bthat\b(?!\s+{_TIME_NOUN})", rest[:gap_limit]):
        if not (rest[: that.start()].strip() and _RELATIVE_THAT.match(rest, that.end())):
            break
        # ("warned after the strike that killed five people that ...": a relative clause's
        # "that" inside the setting; the clause's own "that" comes later.)
    else:
        that = None
    if that:
        gap = rest[: that.start()]
        if verb in _OBJECT_THEN_THAT:
            obj = _TOLD_OBJECT.match(gap)
            gap = gap[obj.end() :] if obj else gap
            if _told_object_gap(rest[: that.start()]) or _QUOTED_LISTENER.fullmatch(gap):
                gap = ""  # ('told "Aktuaalne kaamera" that': a programme's name in quotes)
        if (
            not re.search(r"[“”\"]", gap)
            # ("said in a statement A and that B": "that" opens the second clause; A comes first)
            and not re.search(r"\b(?:and|but)\s*$", gap)
            and (_THAT_GAP_OK.match(gap) or _setting_gap(gap, text[pos + that.end() : b]))
            # ("said on Wednesday it saw no progress on the deal that Moscow views as ...": the
            # clause came first; this "that" is a relative pronoun inside it)
            and not _PRONOUN_CLAUSE_IN_GAP.search(gap)
            and _clause_after_that(text[pos + that.end() : b])
        ):
            after = pos + that.end()
            while after < b and text[after] in " ,":
                after += 1
            return after if after < b else None
    if verb in ("told", "tells"):
        obj = _TOLD_OBJECT.match(rest)
        if not obj:
            return None
        return _clause_after_listener(text, pos, obj, b, subject_first=False)
    if verb in _OBJECT_THEN_THAT and (obj := _TOLD_OBJECT.match(rest)):
        # "assured Jane Doe Examplia would ...", "warned reporters the war would ...": the one
        # told, then the clause; but "warned Russia would pay": no listener, the clause's subject.
        start = _clause_after_listener(text, pos, obj, b, subject_first=True)
        if start is not None:
            return start
    if (
        verb in ("said", "stated", "noted", "added", "stressed", "emphasized", "emphasised")
        and (comma := _VERBS_COMMA.match(rest))
        # (not "A, Jane Roe said, the agency reported.": the relaying outlet closes it)
        and not _RELAY_CLOSES.fullmatch(rest, comma.end())
        # (nor "That said, the minister expects ...": a discourse marker, no report)
        and not _THAT_SAID.search(text, max(0, pos - 30), pos)
    ):
        # "The spokesperson said, China has always ...": the verb's comma, then the clause (a
        # translated briefing's style).
        return _bare_clause_start(text, pos + comma.end(), b, after_comma=True)
    return _bare_clause_start(text, pos, b)


def _clause_after_listener(
    text: str, pos: int, obj: re.Match, b: int, *, subject_first: bool
) -> int | None:
    """Where the clause starts after a listener (`obj`, matched at `pos`). With
    `subject_first`, only a clause opening with its subject (a capitalised word, a determiner
    or a pronoun) counts: the listener may be the clause's own subject."""
    candidates = []
    if (
        (run := _CAPITAL_RUN.fullmatch(obj.group()) or _PLACE_RUN_END.search(obj.group()))
        and (after := re.match(r"\s+([a-z][\w’'-]*)", text[pos + obj.end() : b]))
        and not _OPENS_CLAUSE_OR_SETTING.fullmatch(after.group(1))
        and not after.group(1).endswith("ly")  # "told Examplia Radio recently ..."
    ):
        # "told Jane Doe Examplia supports the plan", "told Examplia Radio Ruritania's army
        # was ...": a verb or a noun right after the capitalised listener, so the run took the
        # clause's subject too; the subject is its last word.
        candidates.append(pos + run.start("run") + run.group("run").rstrip().rfind(" ") + 1)
    candidates.append(pos + obj.end())
    for at in candidates:
        start = _bare_clause_start(text, at, b)
        if start is None:
            continue
        if subject_first and not _SUBJECT_OPENS.match(text, start, b):
            continue
        return start
    return None


# A clause that opens with its subject: a capitalised word, a determiner or a pronoun.
_SUBJECT_OPENS = re.compile(
    r"(?:[A-Z][\w’'.-]*|the|a|an|this|these|those|his|her|its|their|our|he|she|it|they|we|you|"
    r"there|some|many|most|all|no|any|each|every|both|several)\s"
)
# A listener named by capitalised words alone ("Jane Doe", "Examplia Radio").
_CAPITAL_RUN = re.compile(r"\s*(?P<run>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,4})")
# The listener's place in capitals last ("told reporters at the Pentagon Examplia had ...",
# "told a conference in Munich Examplian forces were ..."): it may have taken the clause's
# subject too.
_PLACE_RUN_END = re.compile(
    r"\s(?:in|at)\s+(?:the\s+)?(?P<run>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,2})$"
)
# The words that open a clause or a setting after a listener ("told Jane Doe the army ...",
# "told Jane Doe on Monday ..."): no subject was taken into the listener's name.
_OPENS_CLAUSE_OR_SETTING = re.compile(
    r"the|a|an|this|that|these|those|his|her|its|their|our|my|your|he|she|it|they|we|you|there|"
    r"some|many|most|all|no|any|each|every|both|several|one|two|three|four|five|on|in|at|during|"
    r"last|earlier|late|early|yesterday|today|also|after|before|while|when|as|if|via|by|"
    r"to|of|for|with|from|and|or|but|not|only|more|about|over|almost|nearly"
)


def _bare_clause_start(text: str, pos: int, b: int, *, after_comma: bool = False) -> int | None:
    """Where a clause without "that" starts at or after `pos` (past the adverbials of time and
    place and the manner of the report), or None when no clause follows. (`after_comma`: the
    verb's comma came first, "said, on regional issues, China ...": an adverbial set off by
    commas opens the clause.)"""
    rest = text[pos:b]
    comma_after_adverbial = False
    while True:
        adv = _ADVERBIAL_AFTER.match(rest)
        if not adv or not adv.group().strip(" ,"):
            break
        pos += adv.end()
        rest = text[pos:b]
        comma_after_adverbial = adv.group().rstrip().endswith(",")
    if comma_after_adverbial and not after_comma:
        return None  # "said on May 13, the first such ...": an apposition, not what was said
    if manner := MANNER_PHRASE.match(rest):
        # "warns in a thinly veiled threat while abroad": how it was said, not what
        pos += manner.end()
        rest = text[pos:b]
    if _MEDIUM_PHRASE.match(rest):
        return None  # "said in an interview aired by X": where it was said; the words are elsewhere
    m = re.match(r"\s*:?\s*", rest)
    pos += m.end()
    rest = text[pos:b]
    if _QUOTED_HEAD.match(rest):
        # 'said "some aspects" of the proposal "can be viewed positively"': a mixed clause.
        return pos if looks_like_clause(re.sub(r"[“”\"]", "", rest)) else None
    if not rest or rest[0] in ',.;:)“”"–—' or not looks_like_clause(rest):
        return None
    if re.match(r"(?:and|or|but|nor)\b", rest):
        return None  # "reported and verified from sources": a second verb, not a clause
    if (
        (cond := _CONDITION_FIRST.match(rest))
        and looks_like_clause(rest[cond.end() :])
        and not re.match(r"(?:and|or|but|nor|adding|saying|while|as)\b", rest[cond.end() :])
        and not _NEGATED_BEFORE.search(text, max(0, pos - 40), pos)
    ):
        return pos  # "said if true, the reports are ...": a condition, then the claim
    if re.match(
        r"(?:as|while|after|when|because|although|though|if|amid|before|since|despite)\b", rest
    ):
        return None  # "said on Saturday, as Kyiv urged ...": the report ended before the comma
    return pos


# "said if true, the reports are ...", "warned if talks fail, the war would go on": a short
# condition, its comma, then the claim ("did not say if ..." asks, it claims nothing).
# ("said although X, Y", "said unless X, Y": a concession or a condition the claim opens with.)
_CONDITION_FIRST = re.compile(
    r"(?:if|although|though|even\s+though|unless|once)\s[^,;:.?!“”\"]{2,120},\s*"
)
_NEGATED_BEFORE = re.compile(r"\b(?:not|n['’]t|never)\s+(?:\w+\s+)?$")
# "said that was a question for X", "said that would be a mistake": a demonstrative "that"
# with its verb right after it is the clause's subject, not its complementiser.
_THAT_SUBJECT = re.compile(
    r"\s+(?=that\s+(?:was|is|were|would|will|could|should|might|must|has|had)\s)"
)
# An inclusive verb followed by a place or a time and no object ("proposed in Turkey will"),
# unless a "to"-infinitive or a clause follows ("vowed in a statement to fight on").
_NO_OBJECT = re.compile(r"\s+(?:in|at|by|from|with|during)\s+(?!(?:\S+\s+){0,7}?(?:to|that)\s)")
# "in a thinly veiled threat", "in an apparent reference to the talks": the manner of a report
# (data/manner_nouns.txt).
MANNER_PHRASE = re.compile(
    r"\s*(?:in|with)\s+(?:an?|the|what\s+(?:was|appeared\s+to\s+be))\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:{alternation(entries('manner_nouns'))})\b(?:\s+to\s+[^,;:“”\"]{{1,60}}?(?=[,;:.]|\s+(?:while|as|after|when)\b))?"
)
_TOLD_TO = -1  # _content_start's answer for "told X to ...": an inclusive report
# "Ukrainian media reported explosions near ...": what was reported, without a clause.
_REPORTED_EVENT = re.compile(
    rf"\s+((?:[\w-]+\s+){{0,2}}?(?:{alternation(entries('reported_events'))})\b)(?=\s+(?:in|near|at|on|over|across|around|from)\b)"
)
_QUOTED_HEAD = re.compile(r"[“\"][^“”\"]{1,80}[”\"]\s+[a-z]")
_MEDIUM_PHRASE = re.compile(
    r"\s*(?:in|on|during)\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}"
    r"(?:interview|video|broadcast|programme|program|show|appearance)"
    # ("in an interview with the BBC published on Sunday": the one it was given to between.)
    r"(?:\s+(?:with|to|for|on)(?:\s+[\w’'.-]+){1,5}?)?\s+"
    r"(?:aired|published|posted|released|broadcast|shown|recorded)\b"
    # ('pointed out at a press conference dedicated to the summit': where, not what.)
    r"|\s*(?:at|during)\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}"
    r"(?:press\s+conference|news\s+conference|briefing|meeting|forum|session)"
    r"(?=\s+(?:dedicated|devoted|held|organi[sz]ed|following|on|in|at|with|of)\b|\s*[,.;]|\s*$)"
    # ("said, in remarks carried by the agency.": the words that carried them are elsewhere.)
    r"|\s*(?:in|with)\s+(?:(?:his|her|their|its|the)\s+)?(?:[\w-]+\s+)?(?:remarks|comments|"
    r"words|statements?)\s+(?:reported|carried|cited|quoted|published|broadcast|aired|made)\b"
)
# Verbs with a person between them and their clause: "told reporters that", "warning him that".
_OBJECT_THEN_THAT = frozenset(
    words(
        "told tells telling warned warns warning assured assures assuring reminded reminding informed informing"
    )
)
# "A, said the head of the region, Jane Roe, " before "according to <outlet>": an inverted
# attribution the closing "according to" only relays.
_INVERTED_BEFORE = re.compile(
    r",\s*(?:said|stated|added|noted|stressed|announced|emphasi[sz]ed|reported)\s+"
    r"[^.;:“”\"]{2,120}?,\s*$"
)


def _according_closes(text: str, at: int, b: int) -> bool:
    """Whether "according to" at `at` names a source and closes the sentence (no clause after
    it: "according to the Examplia News Agency (ENA)."."""
    rest = text[at:b]
    return bool(re.fullmatch(r"[^,;:“”\"]{2,80}?[.!]?\s*", rest)) and not looks_like_clause(rest)


# "Jane Roe argued, the daily writes, that ...": the outlet relaying the report set
# between commas after its verb; the clause after it is the subject's.
_RELAY_ASIDE = re.compile(
    r",\s*(?:the|an?)\s+(?:[\w’'-]+\s+){0,2}?"
    rf"(?:{alternation(sorted(OUTLET_WORDS))})\s+"
    r"(?P<verb>writes|wrote|reports|reported|says|said|notes|noted|adds|added),\s*(?:that\s+)?"
)


_VERB_COMMA_BEFORE = re.compile(
    r"\b(?:said|says|told\s+\w+|stated|added|claimed|noted|wrote|announced)"
    # ("Peskov said on April 15, according to TASS": the day between the verb and the relay)
    r"(?:\s+(?:on\s+)?(?:\w+day|\w+\s+\d{1,2}|\d{1,2}\s+\w+|today|yesterday|earlier|later))?\s*,\s*$"
)
# "stressed (again) how key the plan would be": "how" and a word of degree, an exclamation.
_HOW_DEGREE = re.compile(
    r"\s+(?:again\s+|once\s+more\s+)?(?=how\s+(?:key|important|vital|crucial|essential|"
    r"critical|necessary|significant|urgent|dangerous|serious|much|deeply|difficult|hard)\b)"
)
_DEGREE_VERBS = frozenset(
    words(
        "stressed stresses emphasised emphasized emphasises emphasizes underlined underlines "
        "underscored underscores highlighted highlights noted notes explained explains"
    )
)
_WH_CLAUSE = re.compile(
    r"\s+(?:(?:under|in|on|at|to|for|about)\s+(?:what|which|whom)|whether|how|why|where)\b"
)
# "writes mostly about culture", "writes on defence topics": what someone writes about, no claim
# (not "said about 200 soldiers died": "about" without an adverb before it may be a number's).
_TOPIC_ABOUT = re.compile(
    r"\s+(?:[a-z]+ly\s+about\b(?![^.;]{0,120}\bthat\b)|(?:about|on)\s+[^,.;]{0,60}\btopics?\b"
    # "says about how he met the first day": what the words were about, not the words.
    r"|about\s+(?:how|what|why|when|where|whether|the|his|her|their|its)\b(?![^.;]{0,120}\bthat\b))"
)
_TOPIC_ON_VERBS = frozenset(entries("topic_on_verbs"))
_TOPIC_ON = re.compile(
    r"\s+(?:(?:earlier|previously|first|also|extensively|widely)\s+)?(?:on|upon)\s+"
    r"(?![^.;]{0,160}\bthat\b)"
)
_AND_ABSOLUTE = re.compile(
    r"\s+and\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,3}(?:calling|saying|stating|describing|adding|insisting)\b"
)
_PASSIVE_AGENT = re.compile(r"\s+by\s+(?P<who>[^,;:“”\"]{2,80}?)\s*,?\s+that\s+")
_WHAT_BEFORE = re.compile(r"\bwhat\s+(?:[\w’'.-]+\s+){1,3}$", re.IGNORECASE)
_WHETHER_BEFORE = re.compile(r"\b(?:whether|if)\s+(?:[\w’'.-]+\s+){0,3}$", re.IGNORECASE)
_TIME_NOUN = r"(?:day|week|month|year|morning|afternoon|evening|night|time|weekend)\b"
_SUBORDINATE_TAIL = re.compile(r"\s+(?:as|when|while|after|before|during)\s+.*$", re.DOTALL)


# "said after the leaders' first meeting in a year that ...": a longer setting between the
# verb and its "that" (data/subject_asides.txt and the prepositions of place and occasion).
_SETTING_GAP = re.compile(
    rf"\s*,?\s*(?P<opener>{alternation(entries('subject_asides'))}|in|at|on|for)\s+[^,;:“”\"()]+?,?\s*"
)
# The openers that may be conjunctions, whose clause may hold its own "that" ("after Kyiv
# decided that"); a preposition's or a participle's phrase holds none ("at a packed stadium").
_CONJUNCTION_OPENERS = frozenset(words("after before while when since"))
# "that killed five people": a relative clause's verb right after "that", no clause's subject.
_RELATIVE_THAT = re.compile(
    rf"\s*(?:[a-z]{{3,}}ed|has|have|had|is|was|are|were|will|would|could|can|may|might|"
    rf"{alternation(IRREGULAR_PASTS)})\b"
)


_PRONOUN_CLAUSE_IN_GAP = re.compile(
    # (after the verb's time, not after a noun: "the video he shared" is a relative clause)
    r"(?:^\s*|\b(?:[A-Z][a-z]+day|today|yesterday|tonight|week|month|year|morning|evening|"
    r"afternoon|night)\s+)(?:it|he|she|they|we)\s+(?:still\s+|also\s+|had\s+|has\s+|have\s+|would\s+|could\s+|"
    r"will\s+|was\s+|were\s+|is\s+|are\s+)?(?:[a-z]{3,}ed|saw|had|has|was|were|is|are|"
    r"sees|knows|knew|made|makes)\b"
)


def _setting_gap(gap: str, after_that: str) -> bool:
    """The words between a verb and its "that" are one setting of up to fifteen words
    ("after the two leaders' first meeting in almost a year"), with no verb or clause of its
    own, and what follows "that" opens a clause, not a relative clause's verb."""
    setting = _SETTING_GAP.fullmatch(gap)
    return (
        setting is not None
        and len(gap.split()) <= 16
        and not VERB.search(gap)
        and not (
            looks_like_clause(gap)
            and (
                setting.group("opener").lower().split()[-1] in _CONJUNCTION_OPENERS
                or re.search(r"\b(?:who|which|where|when|whose)\b", gap)
            )
        )
        and not _RELATIVE_THAT.match(after_that)
    )


def _told_object_gap(gap: str) -> bool:
    """The words between "told" and "that": whom, where and when ("told Russian state television
    on Friday", "told reporters as the delegation arrived in Jeddah"), not a clause of their own."""
    if re.search(r"[“”\";:]", gap) or len(gap.split()) > 16 or not gap.strip():
        return False
    main = _SUBORDINATE_TAIL.sub("", gap)
    return not looks_like_clause(main) and not VERB.search(gap)


def _clause_after_that(rest: str) -> bool:
    """ "that" opens a clause, not a noun phrase ("responded to that assessment"); a clause
    may open with such a noun before another ("said that mediation talks have succeeded"; but
    "said that decision would be reversed": "that" a determiner)."""
    return not re.match(r"\s*[a-z]+(?:ment|tion|sion|ness|ity|ance|ence|ship)\b", rest) or bool(
        _NOUN_OPENS_CLAUSE.match(rest)
    )


_NOUN_OPENS_CLAUSE = re.compile(
    r"\s*[a-z]+(?:ment|tion|sion|ness|ity|ance|ence|ship)(?:\s+[a-z]+){1,2}?\s+(?:is|are|was|were|"
    r"has|have|had|will|would|could|can|may|might|should|must|remains?|remained)\b"
)


def has_finite_verb(text: str) -> bool:
    return bool(_CLAUSE_WORDS.search(text) or VERB.search(text))


# "the U.S.", "the UK", "the U.N.": a state or a body abbreviated in capitals, read as a name.
_ABBREVIATED_STATE = re.compile(
    r"\b(?:[Tt]he\s+)?(?:U\.S\.|U\.K\.|U\.N\.|E\.U\.|US|UK|UN|EU)(?=\s)"
)


def looks_like_clause(text: str) -> bool:
    # A sentence ends at a stop before a capital, not inside "U.S." or "Gen." mid-sentence.
    first = re.split(r"[;:!?]|(?<!\b[A-Z])\.(?=\s+[A-Z“\"]|\s*$)", text, maxsplit=1)[0]
    # ("the level in the reservoir, which provides water for the plant, had stabilised": the
    # relative clause between the subject and its verb is left out.)
    first = _RELATIVE_ASIDE.sub(" ", first, count=1)
    # ("announced a curfew, which takes effect on Friday", "announced an operation to remove him
    # that escalated the war": an indefinite noun phrase whose only verb is its relative
    # clause's.)
    # (Not "said a soldier who was wounded had died": the main clause's verb after it.)
    if (rel := _INDEFINITE_RELATIVE.match(first)) is not None and not _MAIN_AUXILIARY.search(
        first, rel.end()
    ):
        first = first[: rel.end("np")]
    # ("the change in tactic – to striking towns – shows that ...": an aside between dashes.)
    first = _DASH_ASIDE.sub(" ", first, count=1)
    # ("deliberate ambiguity about whether its offensive is under way": the verb is the
    # question's, inside a noun phrase, not a clause's own.)
    if not _DETERMINER_OPENS.match(first):
        first = _ABOUT_WHETHER.split(first, maxsplit=1)[0]
    head = " ".join(first.split()[:15])
    head = _ABBREVIATED_STATE.sub("Examplia", head)  # "the U.S. stands": a state's name
    head = re.sub(r"(?<=\s)[“\"](\w+)[”\"](?=\s)", r"\1", head)  # 'he “welcomes” the talks'
    # ('the Kremlin “prefers not to share ...”': a quotation opening on the clause's verb)
    head = re.sub(r"(?<=\s)[“\"](?=[a-z])", "", head)
    # ('Ukraine's “fight for freedom” reflects ...': a phrase quoted inside the clause, closed)
    head = re.sub(r"(?<=[a-z])[”\"](?=\s+[a-z])", "", head)
    return bool(
        _CLAUSE_WORDS.search(head)
        or _PRONOUN_CLAUSE.match(head)
        or _NAME_PRESENT.match(head)
        or _NOUN_PRESENT.match(head)
    )


# "states" followed by a verb of its own is the plural noun ("member states are ...").
_NOUN_STATES = re.compile(
    r"\s+(?:are|were|have|had|will|would|can|could|should|must|may|might|do|did|[a-z]{3,}ed)\b"
)
# "declared war", "declared martial law", "declared a state of emergency": an act.
# ("declared its independence", "declared their neutrality": the possessive's act too.)
_DECLARED_ACT = re.compile(
    r"\s+(?:(?:its|their|his|her|our)\s+(?:own\s+)?(?:independence|neutrality|sovereignty|autonomy)|"
    r"war|martial\s+law|independence|mobili[sz]ation|a\s+(?:state|day)\s+of|"
    r"an?\s+(?:emergency|ceasefire|truce|mobili[sz]ation|evacuation))\b"
)
# After a past participle set off by commas: adverbs of time only, then the closing comma.
_PARTICIPLE_APPOSITION = re.compile(
    r"(?:\s+(?:[a-z]+ly|only|just|already|earlier|last\s+\w+|in\s+\w+|this\s+\w+))+\s*,"
)
_ABOUT_WHETHER = re.compile(r"\s(?:about|over|as\s+to|on)\s+(?:whether|if)\b")
# ("the debate about whether to join is over": a subject with its determiner, its verb after.)
_DETERMINER_OPENS = re.compile(r"\s*(?i:the|a|an|this|that|these|those|its|his|her|their|our)\s")
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose|where)\s[^,;:“”\"]{1,120},")
_INDEFINITE_RELATIVE = re.compile(
    r"(?P<np>\s*(?:a|an)\s[^;:]*?)(?:,\s+which\s+[\w’'-]+|\s+(?:that|which|who)\s+(?:[a-z]+ed|is|was|are|were|"
    r"has|had|have|will|would)\b)"
)
_MAIN_AUXILIARY = re.compile(
    r"\b(?:is|was|are|were|has|had|have|will|would|could|can|may|might|must|should)\b"
)
# (A hyphen with a space on each side is a dash: "137 citizens - both soldiers and civilians - died".)
_DASH_ASIDE = re.compile(r"\s[–—]\s[^–—;:“”\"]{1,80}\s[–—]\s|\s-\s[^–—;:“”\"-]{1,80}\s-\s")
# "the package also includes older missiles", "the plan envisages talks": a determiner, a noun
# or two and a present-tense verb open a clause (not "the reports of shelling", "the talks in
# Geneva": a preposition after the "-s" word makes it a plural noun).
# "the state news agency": a noun ending in "s" (data/s_ending_nouns.txt), no present verb.
_NOT_A_PRESENT = rf"(?!(?:{alternation(entries('s_ending_nouns'))})\b)"
_NOUN_PRESENT = re.compile(
    r"(?i:the|this|that|its|their|his|her|our|each|every)\s+(?:[a-z][\w-]*\s+){1,3}"
    r"(?:also\s+|still\s+|now\s+|only\s+)?"
    rf"(?:(?:{alternation(entries('prepositional_presents'))})\s+[\w“\"]|{_NOT_A_PRESENT}[a-z]{{3,}}(?<![su])s\s+"
    r"(?!(?:of|in|on|at|for|from|to|by|with|about|and|or|near|across|into|over|under)\b)"
    # ("the move constrains “Russia’s ability ...”": a name, quoted or not, as its object)
    r"(?:a|an|the|no|more|new|some|any|his|her|its|their|our|[a-z]{3,}|\d|[“\"]?[A-Z][a-z]))"
)


# Up to two adverbs between a subject and its verb ("it now considers", "Russia still
# regularly shells").
_CLAUSE_ADVERBS = r"(?:(?:now|still|also|already|again|even|only|just|never|[a-z]+ly)\s+){0,2}"
# "said Russia uses hunger as a weapon", "says the Kremlin sees no point": a name and a present
# tense verb open a clause. Not after an adjective of a place ("Russian forces near Kharkiv").
_NAME_PRESENT = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w-]*(?<!ian)(?<!an)(?<!ese)(?<!ish)(?<!ern)(?<!ic)\s+){1,3}"
    rf"{_CLAUSE_ADVERBS}{_NOT_A_PRESENT}[a-z]{{2,}}(?<![su])s\s+[\w“\"]"
)
# "says he hopes ...", "said they plan ...", "said she heard ...": a pronoun and a finite verb
# open a clause.
_PRONOUN_CLAUSE = re.compile(
    rf"(?:(?:he|she|it)\s+{_CLAUSE_ADVERBS}(?:[a-z]{{2,}}s|[a-z]{{2,}}ed|heard|saw|felt|knew|thought|"
    r"had|was|could|would|did|made|got|took|lost|found|ran|fled|hid|woke)"
    rf"|(?:they|we|I)\s+{_CLAUSE_ADVERBS}[a-z]{{3,}})\b"
)


# News prose appends its own comment to a reported clause: ", ending a four-month defense",
# ", the first public acknowledgment", ", a move that ...", ", which analysts said ...".
NARRATOR_TAIL = re.compile(
    r",\s+(?:(?:ending|marking|capping|bringing|underscoring|underlining|highlighting|signall?ing|"
    r"deepening|dealing|fuell?ing|prompting|raising|sparking|setting\s+off|adding\s+to|"
    r"reversing|escalating|extending)\b"
    # ", seeking to separate A from B", ", in an apparent bid to ...": the narrator's reading of
    # why the words were said
    r"|(?:seeking|trying|attempting|apparently|in\s+an?\s+(?:apparent\s+)?(?:effort|attempt|bid))\s"
    # (", the first ...", not ", the convoy carried only ...": a clause of its own.)
    r"|(?:the|a|an|its|his|her|their)\s+(?:(?![a-z]{3,}ed\b)\w+\s+){0,3}?(?:first|latest|second|"
    r"third|biggest|"
    r"largest|clearest|strongest|most|only|rare|sign|signal|move|step|decision|development|"
    r"admission|acknowledgm?ent|indication|escalation|reversal|claim|assertion)\b"
    # "said A, accusing Kyiv of B": the accusation is a report of its own, not part of A.
    r"|accusing\s+(?:[\w’'.-]+\s+){1,6}?of\b"
    # "said A, praising the move as B", "said A, thanking the allies": the speaker's act after
    # the clause, in the narrator's words.
    r"|(?:praising|thanking|welcoming|hailing|lauding|condemning|denouncing|blaming|"
    r"critici[sz]ing|urging|voicing|slamming|dismissing|rejecting|labell?ing|branding|terming)\s"
    # ("..., describing the US as a party", "..., expressing concern for ...", "..., calling for
    # talks": the speaker's further act, in the narrator's words.)
    r"|describing\s+(?:[\w’'.-]+\s+){1,6}?as\b|expressing\s+(?:(?:deep|grave|serious|strong)\s+)?"
    r"(?:concern|hope|regret|confidence|support|solidarity|gratitude|condolences)\b"
    r"|calling\s+(?:for|on)\b"
    # 'indicated that A, saying, “B”': a participle that opens a quotation of its own.
    r"|(?:saying|adding|noting|stressing|insisting|warning|declaring|explaining)\s*[,:]?\s*[“\"]"
    # ", a process he described in an interview": a noun and a relative clause without "that".
    r"|(?:a|an)\s+[a-z]+\s+(?:he|she|they|it)\s+[a-z]+ed\b"
    r"|which\s+(?:(?:\w+\s+){0,3}(?:analysts|experts|critics|officials|observers|diplomats|"
    r"commentators)\s+(?:say|said|have\s+said|called|described|see|saw)|(?:was|is)\s+"
    r"(?:seen|viewed|widely))\b"
    r"|in\s+what\s+(?:was|is|would\s+be|appeared|analysts|observers)\b"
    # ", which the newspaper said were launched from ...": a report of its own about A's noun.
    r"|which\s+(?:(?:the|this|that|its|his|her)\s+)?(?:[\w’'-]+\s+){0,2}?(?:said|says|reported|"
    r"reports|added|claimed|noted)\b"
    # ", after Trump called for talks": the narrator's account of what came before.
    r"|(?:(?:hours|days|weeks|shortly|just|a\s+day|a\s+week)\s+)?(?:after|amid)\s+"
    r"(?:[\w’'.-]+\s+){1,8}?(?:said|called|announced|demanded|urged|[a-z]{3,}(?<!e)ed)\b"
    r"|(?:which|something\s+that)\s+(?:\w+\s+)?(?:could|can|cannot|has|have)\b[^,.;]{0,30}?"
    r"\b(?:verified|confirmed|verify|confirm)\b"
    # ", without giving details", ", but provided no evidence", ", but did not elaborate": how
    # the speaker said it, in the narrator's words.
    r"|without\s+(?:giving|providing|offering|elaborating|citing|presenting|specifying|"
    r"producing|sharing)\b"
    r"|but\s+(?:gave|provided|offered|presented|cited)\s+no\b"
    r"|but\s+(?:did\s+not|didn['’]t|declined\s+to|would\s+not)\s+(?:elaborate|give\s+details|"
    r"provide\s+(?:details|evidence)|say\s+(?:how|when|where|why|whether|what))\b)"
)


# "said that A, and that B", "said that A and he wanted B": a second clause of the same report.
_AND_THAT = re.compile(r",?\s+and\s+(?:also\s+)?(?:that\s+|(?=(?:he|she|they)\s+(?!said\b)[a-z]+))")


def coordinated_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """ "said that A, and that B": the two clauses a verb governs, each a statement of its own."""
    spans = []
    at = start
    for m in _AND_THAT.finditer(text, start, end):
        before, after = text[at : m.start()], text[m.end() : end]
        if len(re.findall(r"[“”\"]", before)) % 2 or not looks_like_clause(after):
            continue  # inside a quotation, or no clause after "that"
        if has_finite_verb(before) and len(before.split()) >= 3:
            spans.append((at, m.start()))
            at = m.end()
    spans.append((at, end))
    return spans


# A reported clause that is one quotation, then the narrator's subordinate clause: 'warned
# that "X cannot be trusted" as Russia delays the talks' (the words end with the quotation).
_QUOTATION_THEN_SETTING = re.compile(r"(?P<quote>[“\"][^“”\"]{3,300}[”\"])\s+(?:as|while|amid)\s")
# A colon, then a quotation that runs to the clause's end: 'A: “B.”'.
_COLON_QUOTE = re.compile(r":\s*[“\"«][^“”\"«»]{10,}[”\"»]?\s*$")


# "said A and ordered B" (data/coordinated_acts.txt).
_COORDINATED_ACT = re.compile(
    r"(?:,\s*|\s+)and\s+(?:also\s+|then\s+|later\s+|subsequently\s+)?"
    rf"(?:{alternation(COORDINATED_ACTS)})\b"
)
_PERFECT = re.compile(r"\b(?:had|has|have)\s")
_CAPITALISED_OPENING = re.compile(
    r"[“\"]?(?:(?:However|But|And|Now|So),?\s+)?(?P<name>[A-Z][\w’'-]+)"
)


def _person_opens(clause: str) -> bool:
    """Whether a clause opens with a personal pronoun or a capitalised name that is no place."""
    if re.match(r"(?:he|she|they|we|I|you)\b", clause):
        return True
    m = _CAPITALISED_OPENING.match(clause)
    return (
        m is not None
        and not is_place(m.group("name"))
        and m.group("name") not in ("The", "A", "An")
    )


def cut_trailing(text: str, start: int, end: int) -> int:
    """End of the reported clause: before ", according to ...", "– claiming", ", he said", and
    before the narrator's appended comment once the clause before it is complete."""
    m = TRAILING_CUT.search(text, start, end)
    if m and m.start() > start:
        end = m.start()
    if (quoted := _QUOTATION_THEN_SETTING.match(text, start, end)) is not None:
        end = quoted.end("quote")  # 'warned that "X cannot be trusted" as talks stall'
    colon = _COLON_QUOTE.search(text, start, end)
    if (
        colon
        and colon.start() > start
        and re.search(r"\bthat\s*$", text[max(0, start - 10) : start])
        and has_finite_verb(text[start : colon.start()])
    ):
        # 'told X that A: “B.”': the that-clause ends at the colon; the quotation is its own.
        end = colon.start()
    for act in _COORDINATED_ACT.finditer(text, start, end):
        before = text[start : act.start()]
        if (
            len(re.findall(r"[“”\"]", before)) % 2 == 0
            and (has_finite_verb(before) or looks_like_clause(before))
            and not _PERFECT.search(before)
            # (not "said all parties attached importance to A, acknowledged B, and thanked C":
            # a series of the clause's own verbs)
            and not (act.group().startswith(",") and "," in before)
            # (not "said Jane Roe was unhappy and criticised Moscow": a person's clause may go
            # on with her own acts; a place, a thing or a pronoun-less noun cannot)
            and not _person_opens(text[start : act.start()])
        ):
            # "said A and ordered B": the act is the reporter's; the clause ends before it.
            end = act.start()
            break
    for tail in NARRATOR_TAIL.finditer(text, start, end):
        before = text[start : tail.start()]
        inside_quote = len(re.findall(r"[“”\"]", before)) % 2 == 1
        if tail.start() > start and not inside_quote and has_finite_verb(before):
            end = tail.start()
            break
    while end > start and text[end - 1] in " .;:,–—-\n":
        end -= 1
    if tail_conjunction := re.search(r"[\s,]+(?:and|or|but)$", text[start:end]):
        end = start + tail_conjunction.start()  # "proposed talks and, after ...": no "and"
    # Keep a closing quotation mark with the words it closes.
    return end


# --- direct quotes ---------------------------------------------------------------------------

# Abbreviated titles and ranks whose stop ends no sentence ("Col. Gen. Jane Doe said").
_TITLE_ABBREVIATION = r"\b(?:Gen|Lt|Col|Maj|Capt|Cpt|Sgt|Adm|Brig|Cmdr|Cpl|Pvt|Rev|Gov|Sen|Rep|Dr|Prof|Mr|Mrs|Ms|St)\."
AFTER_ATTRIBUTION = re.compile(
    # ('"...," Jane Doe, 52, said': an age in apposition.)
    # ('"...," the Way Home (“Put Domoi”) movement said', '"...," an officer, using the call sign
    # "Hawk", told AFP': a short quoted name inside the subject or its apposition.)
    # ('"...", – said the diplomat.': a dash after the comma, as translated copy writes it.)
    r"\s*,?\s*(?:[–—-]\s+)?"
    # ('"...," Jane Roe – who told Examplians earlier that A – said': a relative clause between
    # dashes inside the subject; its own verb is no attribution.)
    rf"(?:(?P<subj>(?:\b[A-Z]\.|{_TITLE_ABBREVIATION}|\([“\"][^“”\"()]{{1,30}}[”\"]\)"
    r"|\s[–—]\s+who\s[^–—\n]{3,200}?\s[–—]"
    rf"|[^,.;:“”\"!?]){{1,80}}?"
    # ('"...," Jane Doe, a member of the installed main council of the civil-military
    # administration of the Lake region, said': a long title in apposition.)
    r"(?:,\s+(?:\d{2,3}|(?:[^,;:“”\"!?]|[“\"][^“”\",]{1,30}[”\"]){3,160}?),"
    # ('"...," an official, who spoke on condition of anonymity said': the relative clause
    # left unclosed.)
    r"|,\s+who\s+(?:spoke|asked|requested|declined)\s+[^,;:“”\"!?]{3,80}?(?=\s+said\b)"
    # ('"...," Jane Doe, governor of the region that borders X said on Telegram': a title in
    # apposition whose closing comma the page dropped.)
    r"|(?P<unclosed>,\s+(?:the\s+)?[a-z][^,;:“”\"!?]{3,100}?(?=\s+(?:said|told|wrote|added)\b)))?)"
    r"(?<![–—]\swho)\s+(?:(?:has|had)\s+)?"
    r"(?:also\s+|then\s+|later\s+)?"
    rf"(?P<verb>{'|'.join(_VERB_FORMS)}|say|continued|went\s+on|asked|put\s+it"
    # ('"...," Jane Roe shot back.': a retort.)
    r"|(?:shot|shoots|fired|fires|hit|hits)\s+back"
    # ('"...," the post reads.': a document's words.)
    r"|(?:(?<=statement\s)|(?<=post\s)|(?<=message\s)|(?<=letter\s)|(?<=text\s)|(?<=appeal\s)"
    r"|(?<=release\s)|(?<=document\s)|(?<=communiqué\s))(?:reads|read)"
    # '"...," Jane Doe was quoted as saying by the agency.': the passive of a report.
    rf"|{_QUOTED_PASSIVE}"
    # '"It is time to decide," X called on Europe.': an appeal attributes the quotation too.
    r"|called\s+on|calls\s+on|appealed\s+to|appeals\s+to)\b"
    # ('"...," reads the statement published by the ministry': a document's words.)
    # ('"...," underscored A. Doe', '"...," said the minister who visited Kyiv': any past
    # reporting verb before its subject.)
    # ('"...," tweets Jane Doe, <title>': a post's author.)
    r"|(?P<verb2>said|says|added|wrote|writes|told|stressed|noted|insisted|continued|asked|explained|"
    r"tweeted|tweets|posted|"
    # ('"...," – emphasized the diplomat', '– reminded X', '– summed up X': translated copy
    # puts the verb first.)
    r"emphasi[sz]ed|reminded|recalled|concluded|specified|clarified|"
    rf"reads|read|states|stated|pointed\s+out|summed\s+up|{alternation(_PAST_CLAUSE_FORMS)}"
    rf"|continues|{alternation(_PRESENT_CLAUSE_FORMS)}"
    # ('"...," vowed Jane Doe': a promise or an appeal tags a quotation as a report does.)
    rf"|{alternation(_PAST_INCLUSIVE_FORMS)})\s+"
    # ('"...," said Lt. Gen. Jane Doe': a rank's abbreviation inside the subject.)
    rf"(?P<subj2>(?:\b[A-Z]\.|{_TITLE_ABBREVIATION}|[^,.;:“”\"!?]){{1,80}}?"
    # ('"...," said the region's governor, Jane Roe.': the name after the title ends the sentence.)
    # ('"...," said the chairman of the board, Jane Roe, at a press conference.': or its setting.)
    r"(?:,\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*"
    r"(?=\s*[.!?]?\s*$|,?\s+(?:at|in|on|during|after|before|when|while)\s))?)"
    # ('"...," said Jane Doe late on Sunday', '... said the minister Tuesday.': a time after her.)
    r"(?=[,.;:!?]|\s+(?:in|on|at|during|after|before|via|told|to|who|which|late|early|"
    rf"yesterday|overnight|{WEEKDAY_RE})\b|$))"
)
# '"Explosions are heard!" - said Jane Roe, head of the RMA, on Telegram.': a dash, then the
# inverted attribution (a style of Ukrainian outlets).
_REPORTED_THIS = re.compile(
    r"\s(?:reported|said|announced|wrote|stated|posted|confirmed)\s+(?:this|it)\b[^,]*,\s*$"
)
DASH_INVERTED = re.compile(
    r"[^\S\n]*[-–—][^\S\n]*(?P<subj>(?!x)x)?(?P<verb>(?!x)x)?"
    r"(?P<verb2>said|wrote|added|stressed|noted|emphasi[sz]ed|reported|stated)\s+"
    r"(?P<subj2>(?:\b[A-Z]\.|[^,.;:“”\"!?]){1,80}?)(?=[,.;:!?]|\s+(?:in|on|at|during|via)\b|$)"
)
# A time or a place after a listener: "told reporters on Monday", "told lawmakers in Kyiv".
_LISTENER_TIME = (
    r"\s+(?:late\s+|early\s+)?(?:on|in|at|during|last|this|earlier|later|after|before)\b"
)
BEFORE_ATTRIBUTION = re.compile(
    # ('put it bluntly: "…"', 'summed up: "…"': a phrase that reports the words after it.)
    rf"(?P<verb>\b(?:{'|'.join(_VERB_FORMS)}|say|continued|continues|went\s+on|goes\s+on|put\s+it|summed\s+up|"
    r"(?:is|was|are|were)\s+(?:convinced|certain|sure|confident)|"
    r"(?:in\s+a|in\s+his|in\s+her)\s+(?:statement|post|message|address|speech|video))\b"
    # ', warning, "...": a participle; ', promising more help: "...": its object ends in a colon.
    rf"|\b(?:{alternation(reporting_participles('quote'))})(?:\s+[^“”\":.;!?,]{{1,60}}?(?=\s*:))?"
    # 'also spoke of the need to stop the war: "…"': the topic, then a colon and the words.
    r"|\b(?:spoke|speaks|talked|talks|commented|comments|touched|touches|reflected|reflects)\s+"
    r"(?:of|about|on|upon)\s+[^“”\":.;!?]{1,100}?(?=\s*:))"
    # ('responded directly: "…"': an adverb of manner between the verb and the colon.)
    r"(?:(?:\s+[a-z]{3,}ly(?=\s*[,:]))?"
    # ('said late on Sunday, "…"', 'said Tuesday: "…"': a time of day or a bare weekday.)
    r"(?P<adv>(?:\s+(?:late|early)(?=\s+(?:on|in|last|this)\s))?"
    rf"(?:\s+{_BARE_WEEKDAY}(?=\s*[,:])"
    r"|,?\s+(?:on|in|at|during|to|via|through|after|before|while|when|last|this|earlier|later|"
    # (not a possessive before the quotation: 'vowed to continue Examplia's "largest aid
    # operation"' quotes a phrase inside the object)
    r"from|with)\b(?:(?!\bthat\b)[^“”\":.;!?]){1,90}?(?:[,:]|(?<=\d)|\s[A-Z][\w.’']*(?<!['’]s)))?)"
    # ('told the UN Security Council, "…"', 'told the audience: "…"': the listeners)
    r"(?P<obj>(?:(?<=told)|(?<=tells))(?:\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}"
    r"|\s+reporters|\s+journalists|\s+(?:me|us|him|her|them)(?=\s*:)|\s+(?:the\s+)?(?:council|assembly|audience|gathering|"
    r"conference|summit|parliament|lawmakers|delegates|students|crowd|press|media)"
    # ('told his supporters, "…"', 'told her Examplian counterpart: "…"': any short listener
    # right before the punctuation that opens the quotation.)
    r"|\s+(?:(?:his|her|their|its|the|a|an)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+|me|us|him|them"
    # ('told members, "…"', 'told senators: "…"': a bare plural listener.)
    r"|[a-z]{3,}s)"
    rf"(?=\s*[,:]\s*$|{_LISTENER_TIME}))"
    # ('told reporters on Monday, "…"', 'told lawmakers in Kyiv late on Monday: "…"': a time or
    # a place after the listeners.)
    rf"(?:{_LISTENER_TIME}(?:(?!\bthat\b)[^“”\":.;!?,]){{1,60}}?(?=\s*[,:]\s*$))?)?"
    r"\s*[,:]?(?:\s*quote\s*[,:]?)?"
    # ('said of the future: "…"', 'told a local radio station in an interview: "…"': any short
    # words between the verb and the colon that opens the quotation, but no clause of "that".)
    r"|\s+(?!that\b)[^“”\"«»:.;!?,\n]{1,80}?:)\s*$"
)
# "Zelensky: “We will win.”" and "“Russia will pay” — Zelensky.": a name tags the quotation,
# with a colon before it or a dash after it, and no verb.
_TAG_NAME = r"(?P<who>(?:[A-Z][\w’'.-]+\s+){0,4}[A-Z][\w’'.-]+)"
NAME_COLON = re.compile(rf"[\s•*–—-]*{_TAG_NAME}\s*:\s*")
DASH_NAME = re.compile(rf"\s*,?\s*[–—-]\s*{_TAG_NAME}\s*[.!]?\s*")
# "Michael Roe, former army engineer: “…”": a name, its role in apposition, then a colon.
NAME_ROLE_COLON = re.compile(
    r"[\s•*–—-]*(?P<who>(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+),\s+"
    r"(?P<role>[^,:;“”\"«»\n]{3,60}?)\s*:\s*"
)
# Participles that open a statement of their own after a first one ("..., adding that B").
# ("..., reiterating that B", "..., expressing confidence that B": the first word is compared.)
SECOND_ING = frozenset((*reporting_participles("second"), "expressing"))
# A sentence adverb before a parenthetical attribution ("Besides, Psaki said, ...").
LEAD_ADVERB = re.compile(
    r"(?i:besides|however|still|but|now|yet|indeed|meanwhile|instead|moreover|so|and|then|also|"
    r"ultimately|overall|in\s+short|in\s+any\s+case|for\s+now|at\s+the\s+same\s+time|"
    # ("By doing so, Roe insisted, the city has ...": a connective of manner or consequence.)
    r"(?:by|in)\s+doing\s+(?:so|this|that)|as\s+a\s+result|in\s+other\s+words|"
    r"on\s+the\s+contrary|on\s+the\s+other\s+hand|therefore|thus|hence|otherwise)"
)


def quoted_fragment(text: str, verb_span: tuple[int, int], q, sb: int) -> bool:
    """A quotation (a `sentences.QuoteSpan`) the verb runs straight into and the sentence
    continues after ("said "some aspects" of the proposal ..."): words inside a reported
    clause, not a direct quote."""
    if not q.closed or verb_span[0] > q.open or re.search(r"[,:]\s*$", text[verb_span[0] : q.open]):
        return False
    return bool(FRAGMENT_GOES_ON.match(text, q.outer_end, sb))


FRAGMENT_GOES_ON = re.compile(
    r"\s+(?!(?:as|when|while|after|before|because|since|in|on|at|during|to|and|but|he|she|they|"
    r"it|said|says|told|added)\b)[a-z]"
    # 'said "Russia chose this war" and would "pay the price"': the clause's second verb.
    r"|\s+and\s+(?:would|will|could|should|must|might|had|has|have|was|were|is|are)\s"
)
