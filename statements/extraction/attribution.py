"""Attribution: who said each statement in the body, read paragraph by paragraph.

Input: the body paragraphs (`clean.Paragraph`) of an article, in order, with its
`formats.Layout`. Output: `ExtractedStatement`s (`Reader.finish`), each with its speaker,
kind (direct / indirect / mixed), date (`statement_dates`), channel (`via`) and events.

`Reader` walks the paragraphs and keeps the discourse state: who spoke last, a colon's
pending introduction, a transcript's running speaker. Per sentence it takes quotations
(`sentences.quote_spans`) and reporting verbs (`quotes.verb_hits`) and finds each one's
subject through `speakers.Discourse` (names, pronouns, descriptions) and `coreference`
(unnamed sources and groups referred to again). Layout blocks (transcript turns, Q&A,
speeches) are read by `turns.LayoutTurns`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import clean
from .actors import GROUP, MEDIA, ORGANISATION, PERSON, STATE, TITLE_HEADS, ActorIndex
from .coreference import (
    ONE_OF_THEM,
    THE_SOURCE,
    Coreference,
    name_described_people,
    name_lead_described_official,
    name_lead_official,
    name_lone_roles,
    name_people_in_full,
    name_revealed_sources,
)
from .dates import DAY, DateMention, find_dates, issued_document
from .events import link_events
from .formats import QUOTE_MARK, Layout
from .lexicon import words
from .places import (
    BARE_OFFICIALS,
    CITY_REGIONS,
    city_in,
    dateline_city,
    side_of,
    story_city,
    story_region,
    story_side,
)
from .quotes import (
    ACCORDING,
    AFTER_ATTRIBUTION,
    AS_TAIL,
    BACK_PASSIVE,
    BEFORE_ATTRIBUTION,
    DASH_INVERTED,
    DASH_NAME,
    FRAGMENT_GOES_ON,
    LEAD_ADVERB,
    MANNER_PHRASE,
    NAME_COLON,
    NAME_ROLE_COLON,
    PARTICIPLES,
    QUOTED_AS_TAIL,
    QUOTED_X_AS,
    RELAY_ACCORDING,
    RELAY_TAIL,
    SECOND_ING,
    SETTING_OPENS,
    VERB,
    VERDICT_AS,
    VERDICT_ING,
    WAS_ASKED,
    WITH_SAYING,
    Hit,
    continued_tags,
    coordinated_clauses,
    cut_trailing,
    has_finite_verb,
    looks_like_clause,
    quoted_fragment,
    verb_hits,
)
from .results import ExtractedStatement
from .roles import (
    body_of_country,
    body_of_official,
    country_of,
    government_of_official,
    role_holder,
    state_of,
)
from .sentences import QuoteSpan, after_marker, quote_spans, sentences
from .speakers import (
    DOCUMENT_FROM,
    FIRST_PREDICATE,
    OPENING_SUBORDINATE,
    PREPOSITIONS,
    Discourse,
    Speaker,
    could_be_a_speaker,
    group_name,
    new_actor_name,
    tenures,
)
from .statement_dates import Dating, in_relative_clause
from .turns import LayoutTurns, minus
from .via import find_via, share_via
from .vocabulary import (
    COORDINATED_THAT_VERBS,
    COORDINATED_VERBS,
    IRREGULAR_PASTS,
    MONTH_NAME_RE,
    OUTLET_WORDS,
    PERSON_ROLES,
    WEEKDAY_RE,
    alternation,
    entries,
    reporting_participles,
    reporting_verbs,
)

# "former army engineer", "British fighter": a role noun that describes a person.
_PERSON_ROLE_WORD = re.compile(rf"\b(?i:{alternation(sorted(PERSON_ROLES))})s?\b")
# "told Jane Roe to leave", 'told the envoy to "leave"': a listener, then the request.
_TOLD_TO_REQUEST = re.compile(
    r"\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+\s+"
    r"[“\"]?(?:not\s+)?to\s+[“\"]?[a-z]"
)
# Verbs that report only before "that" ("recognized that ...", "considers that ..."); their
# "that" may be a demonstrative ("considers that an important step").
_THAT_ONLY_VERBS = frozenset(reporting_verbs("that"))
# A reporting verb's past forms that tag a quotation from the next sentence ("…." Roe warned.).
_TAG_PASTS = tuple(v for v in reporting_verbs("clause") if v.endswith("ed"))
# A sentence that is one quotation, its closing mark the last character.
_WHOLE_QUOTE = re.compile(r'[“"«„][^“”"«»„]+[”"»“]')

_CLAUSE_BOUNDARY = re.compile(
    # (", during which Kyiv waged ...": a relative clause after a preposition has its own subject;
    # a pronoun stands for the main clause's: ", after which he stated".)
    r"(?:,\s+(?:during|in|after|before|under|through|by|since)\s+which\s+"
    r"|[;:]\s+|,\s+(?:while|whereas|although|though|but|as|after|because|since|when|where|even\s+as|"
    r"and\s+(?=[A-Z]))\s+|\s+(?:while|whereas|although|though|as|after|because|since|when|"
    r"if|unless|but(?!\s+also\b))\s+)",
)
# "Jane Doe, when asked if the truce was over, said": the question put to the subject, between
# commas before its verb, holds no clause of the sentence's own.
_ASKED_ASIDE = re.compile(
    r"(?<=[A-Za-z]),\s+(?:(?:when|while|after|once|if)\s+)?(?:asked|pressed|questioned)\b"
    r"[^;:“”\"()]{2,140},\s*$"
)
# "Jane Doe, after talks with John Roe in Paris, said": a setting opened by a subordinator
# between commas right before the verb (data/subject_asides.txt).
_SUBJECT_ASIDE = re.compile(
    rf"(?<=[\w.’'”)]),\s+(?:{alternation(entries('subject_asides'))})\s[^;:“”\"()]{{2,160}},\s*$"
)
# "X, the commander of the armed forces": a name, then its apposition.
_NAME_APPOSITION = re.compile(r"(?P<name>[^,]+),\s+(?:the|an?)\s[^,]+$")


def _without_apposition(words: str) -> str:
    """The words before an apposition ("X, the commander of the armed forces" -> "X"): its
    nouns ("armed", "forces") are no verbs of a clause."""
    m = _NAME_APPOSITION.fullmatch(words.strip())
    return m["name"] if m else words


# "Asked about a report that A, X said ...": the question put to X, up to its comma.
_ASKED_OPENING = re.compile(
    r"(?:When\s+|After\s+being\s+)?Asked\s+(?:about|whether|if)\b[^;:“”\"]{3,200}?,"
)
# "after a closed-door meeting ...": a noun phrase, the setting of what follows.
_SETTING_NOUN = re.compile(
    r"(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|call|visit|session|"
    r"briefing|conference|summit|consultations|discussions?|trip|tour)\b"
)
_FINITE_WORD = re.compile(r"\b(?:[a-z]{3,}ed(?![\w-])|was|were|is|are|has|have|had|will)\b")
_COUNTERPART_BEFORE = re.compile(r"\b(?:his|her|their)\s+(?:[A-Z][\w-]*\s+)?counterparts?,?\s+$")
_MINISTRY_FULL_NAMES = {
    "ministry of foreign affairs": "foreign ministry",
    "foreign office": "foreign ministry",
    "ministry of defence": "defence ministry",
    "ministry of defense": "defence ministry",
}
_SOURCE_DOCUMENT = re.compile(
    r"\s*(?:an?|the)\s+(?:\w+\s+)?(?:statement|report|post|message|video|data|figures|estimate|"
    r"assessment|update|briefing|communiqu[ée]|release|readout)\s+(?:from|by|of|issued\s+by|published\s+by)\s+"
)
_BACK_REFERENCE = re.compile(
    r"[^.;:“”\"]{3,120}?\s(?:(?P<verb>reported|said|announced|wrote|stated|posted|confirmed|informed"
    # "X told the channel's presenter this.": the listener, then "this".
    r"|told(?=\s+[^.;:“”\",]{1,40}?\s+(?:about\s+)?this\b))"
    r"\s+(?:(?<=told\s)[^.;:“”\",]{1,40}?\s+)?"
    r"(?:about\s+|of\s+)?(?:this|it)\b(?!\s+(?:was|is|would|will|had|has|could)\b)"
    # ("X made this statement during a briefing at ...")
    # (the occasion after it may run long: "during the ceremony held on 4 March to sign ...")
    # ("X shared this update on May 6", "X gave these figures")
    r"|(?P<made>made|shared|gave|provided|issued)\s+(?:this|these)\s+(?:statement|remarks|comments?|"
    r"update|information|news|figures|data|assessment|estimate)\b"
    r"|(?P<made2>made)\s+the\s+(?:statement|remarks|comments?)\b)[^“”\";:]{0,200}$"
)
_ACCORDING_BACK = re.compile(
    r"(?:That|This)(?:['’]s|\s+(?:is|was))\s+according\s+to\s+(?P<who>[^.;:“”\",]{3,120}?)\s*"
    r"(?:,\s*(?:the\s+)?[^.;:“”\",]{2,60}?\s(?:reports?|reported|writes)\s*)?[.!]?\s*$"
)
_AS_REPORTED = re.compile(
    r"\bAs\s+(?P<x>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\s+(?:has\s+|had\s+)?(?:reported|reports)"
)
_AS_REPORTED_BY = re.compile(
    r"\s*As\s+(?:previously\s+|earlier\s+)?reported\s+by\s+(?P<x>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})"
)
# ", as this year's summit host, " right before the verb: the subject's role in apposition.
_AS_ROLE = re.compile(
    # ("his departure as NATO's secretary-general, noting": a role after a noun, no comma)
    r"(?:,\s+|\s+(?=as\s+(?:the|an?|his|her|its|their|[A-Z][\w’'.-]*['’]s)\s))"
    r"as\s+(?!(?:he|she|they|we|it|I|if|well|soon|long|much|many|far|usual)\b)"
    r"(?:(?!\b(?:is|was|were|are|has|have|had|will|would)\b)[^,;:“”\"]){2,60}"
    r"(?<![a-z]ed)(?<!said),\s*$"
)
# " as Estonia's foreign minister and [said]": a role after "as", then a verb joined to the one
# before it (no verb of its own between: "as the mayor said" is a clause).
_AS_ROLE_AND = re.compile(
    r"\s+as\s+(?!(?:he|she|they|we|it|I|if|well|soon|long|much|many|far|usual)\b)"
    r"(?:(?!\b(?:is|was|were|are|has|have|had|will|would|said|says)\b)[^,;:“”\"]){2,60}"
    r"(?<![a-z]ed)\s+and(?:\s+(?:also|then|later|\w+ly))?\s*$"
)
# The verbs of a document's words ("It also reads that ...").
_DOCUMENT_VERBS = frozenset(("reads", "read", "states", "stated", "says", "notes", "stresses"))
# "the ministry" alone; a headline closed by a defence ministry ("...: MoD", "..., Defense
# Ministry says").
_BARE_MINISTRY = re.compile(r"(?:[Tt]he\s+)?ministry")
# "the Foreign Office spokesperson": the body without its speaker's title.
_SPOKES_TAIL = re.compile(r"(?:['’]s)?\s+(?:spokes(?:person|man|woman)|press\s+secretary)$", re.I)
_HEADLINE_MOD = re.compile(
    r"(?::\s*|[,–—-]\s*(?:the\s+)?)(?:MoD|MOD|(?:[Dd]efen[cs]e\s+[Mm]inistry|[Mm]inistry\s+of\s+"
    r"[Dd]efen[cs]e)(?:\s+(?:says|said|reports))?)\s*[.!]?\s*$"
)
_LEADING_ADVERBIAL = re.compile(r"[^,;:“”\"]{3,80},\s+")
_THAT_AFTER = re.compile(r"\s+that\s")
_LEADING_ACCORDING = re.compile(r"\s*(?:[Aa]ccording\s+to|[Aa]s\s+per)\s+[^,;:“”\"]{1,60},\s+")
# "The spokesman for the Kremlin", "Kremlin adviser": a person's title set off before the name.
_TITLE_APPOSITION = re.compile(
    rf"(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){{0,2}}(?i:{alternation(tuple(PERSON_ROLES))})"
    r"(?:\s+(?:for|of|to)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?"
)
_ACCORDING_ONLY = re.compile(r"\s*(?:[Aa]ccording\s+to|[Aa]s\s+per)\s+[^,;:“”\"]{1,80}")
# The common nouns of bodies ("the administration", "the agency"): no new body's name alone.
_GENERIC_BODY_NOUNS = frozenset(entries("organisation_heads")) | {"administration"}
# "the representative office": a definite description of two to four lower-case words.
_THE_WORDS = re.compile(r"[Tt]he\s+(?P<words>[a-z][\w-]*(?:\s[a-z][\w-]*){1,3})")
# A sentence about the air war: a bare "the ministry" in it is the defence ministry.
_AIR_WAR = re.compile(
    r"\b(?:drones?|UAVs?|unmanned\s+aerial|missiles?|air\s+defen[cs]es?|shot\s+down|"
    r"intercepted)\b",
    re.IGNORECASE,
)
# The side an air-war sentence gives the defender: "Russian air defences downed ...",
# "... over Russian regions", "Ukraine's air defence": the country whose ministry reports it
# (the attacker's "Ukrainian drones" gives none).
_DEFENDERS_SIDE = re.compile(
    r"\b(?P<side>[A-Z][a-z]+(?:ian|ish|ese|'s|’s))\s+(?:air\s+defen[cs]es?|"
    r"air\s+defen[cs]e\s+(?:units|systems|forces|crews)|airspace|skies|regions?|territory)\b"
)
_PASSIVE_AGENT_BEFORE = re.compile(
    rf"\b(?:{alternation(entries('passive_agent_participles'))})\s+by\s+"
    r"(?:(?:the\s+)?[A-Z][\w.’'-]*\s+){0,3}$"
)
# "KHARKIV, Ukraine (AP) - ", and without the comma "KYIV (Reuters) - ".
_DATELINE = re.compile(
    # "BEIJING, Oct. 28 (Xinhua) -- ": the dot of an abbreviated month is no sentence's end.
    r"[A-Z][A-Z .'-]{2,40}(?:,(?:[^.()]|(?<=\b[A-Z][a-z]{2})\.|(?<=\b[A-Z][a-z]{3})\.){0,40}?|\s)\(\w[\w ]{0,20}\)"
    r"\s*[-–—]+\s*"
    # "CAPE TOWN -", "KYIV, May 9 -": a place in capitals (and a day), then a dash
    r"|[A-Z][A-Z'.-]+(?:\s[A-Z][A-Z'.-]+){0,2}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"\s+[-–—]+\s+"
    # "ISTANBUL, Turkey - ": a place in capitals, its country as written, a dash
    r"|[A-Z][A-Z'.-]+(?:\s[A-Z][A-Z'.-]+){0,2},\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\s+[-–—]+\s+"
    # "NEW DELHI: ", "ISLAMABAD : ": a place in capitals and a colon (South Asian and Gulf copy).
    r"|[A-Z][A-Z'.-]{2,}(?:\s[A-Z][A-Z'.-]+){0,2}\s?:\s+"
    # "KYIV >> ": a place in capitals and arrows (a US paper's reprint of wire copy)
    r"|[A-Z][A-Z'.-]{2,}(?:\s[A-Z][A-Z'.-]+){0,2}\s+>>\s+"
    # "Turin, 2 June (Agency) – ": a place written in lower case, its day and month ("July 3
    # (Reuters) - ": or the day and month alone).
    rf"|(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s*)?(?:\d{{1,2}}\s+{MONTH_NAME_RE}|{MONTH_NAME_RE}\s+\d{{1,2}})"
    r"\s*\(\w[\w ]{0,20}\)\s*[-–—]+\s*"
    # "CAIRO, MENA- ": the agency's name in capitals, its dash glued to it.
    r"|[A-Z][A-Z'.-]{2,}(?:\s[A-Z][A-Z'.-]+){0,2},\s*[A-Z]{2,10}\s*[-–—]+\s+"
    # "YALTA, May 3 A driver ...": a translated agency's dateline that lost its
    # "– RIA Novosti." (a month written out, then the sentence's capital).
    rf"|[A-Z][A-Z'.-]{{2,}}(?:\s[A-Z][A-Z'.-]+){{0,2}},\s*{MONTH_NAME_RE}\s+\d{{1,2}}"
    r"\s+(?=[A-Z][a-z]*\s)"
    # "Examplia News Agency, Beijing, May 12 (Reporter Jane Roe) ": an agency's dateline that
    # names the agency first and its reporters after the day (Chinese agencies' copy).
    rf"|(?:[A-Z][\w’'-]*\s+){{0,3}}Agency,?\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s*"
    rf"(?:{MONTH_NAME_RE}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_NAME_RE})\s*"
    r"(?:\((?i:reporters?|correspondents?)\b[^()]{0,80}\)\s*)?"
)
# "In a separate statement Jane Doe claimed ...": the setting, without its comma, before the
# subject.
_LEADING_SETTING = re.compile(
    # ("In it he states:", "In the video, she says": the document named before.)
    r"(?:In|On)\s+(?:it|this|that|them)\s*,?\s+(?=(?:he|she|they|it)\s)"
    r"|(?:In|At|During|On)\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|"
    r"interview|briefing|post|address|speech|message|video|comments?|remarks|conversation)\s+"
    # ("In a message posted to his Telegram channel, Jane Doe stressed": the document's
    # participle and its place.)
    r"(?:(?:posted|published|released|issued|shared|sent|given|made)\s+[^,;:“”\"]{1,60},\s+)?"
    r"(?=\w)"
    # ("In it she states:": the document named in the sentence before.)
    r"|(?:In|On)\s+(?:it|them)\s+(?=[a-z]|[A-Z][a-z]+\s)"
)
_DOCUMENT_PARTICIPLE = re.compile(
    r"\b(?i:in|on|via|through)\s+(?:an?|the|his|her|its|their)\s+(?:[a-z]+\s+)?(?:statement|report|"
    r"post|message|release|video|address|letter|note|update|bulletin|interview|comment|appeal)"
    # ("In an interview with the Examplia Herald published on Sunday, X said: ...": the
    # document's outlet or listener between the noun and its participle.)
    r"(?:\s+(?:with|to|for)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})?\s+$"
)
_NAME_JUST_BEFORE = re.compile(r"\b[A-Z][\w’'-]+\s+$")
# What a document is ("a statement issued ...", "a video posted ..."), never a report of its own.
_DOCUMENT_MADE = frozenset(
    words("published posted aired released broadcast shown recorded issued shared sent given made")
)
# An interview write-up's topic line: a bullet, the topic, a colon ("► one year of war:").
_TOPIC_LINE = re.compile(r"\s*[►▶➤•▪]\s*[^\n]{3,200}:\s*")
_ASIDE_SAY = re.compile(r",\s*(?:I|we)\s+(?:would|must|should|can|could|might|have\s+to)\s+$")
_DOCUMENT_READ = re.compile(
    r",\s+(?P<subj>(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|report|"
    r"message|post|release|document|communiqu[ée]|letter|bulletin))\s+(?P<verb>read|reads)"
    r"\s*[.!]?\s*$"
)
_LEADING_SUBORDINATOR = re.compile(
    r"(?:After|While|Although|Though|As|Because|Since|When|If|Unless|Whereas|Before|Once)\s+"
)
# Where a statement ends when another reporting verb follows: "X said A, after Y called for B"
# holds two statements, X's (A) and Y's (called for B).
# "denied the claim, and local bloggers reported that B": a second subject's own report (its
# "that" lies past the verb, so this is looked for up to the second report's words).
_AND_ANOTHER_REPORTS = re.compile(
    r",\s+and\s+(?=(?:[\w’'.-]+\s+){1,5}?(?:also\s+)?(?:said|says|reported|reports|claimed|"
    r"claims|stated|announced|wrote|insisted|warned|confirmed)\s+that\b)"
)
# "did not rule out A, however, the ministry stated that B": a named reporter's own clause,
# after a sentence adverb.
_ADVERB_NEW_REPORTER = re.compile(
    r",\s+(?:however|meanwhile|nevertheless|in\s+turn),\s+(?=(?:the\s+)?[A-Z][^,;]{0,80}$)"
)
# ", identified by the call sign Hawk", ", known by the nickname Wolf": an apposition naming
# an unnamed subject by call sign.
_CALL_SIGN_APPOSED = re.compile(
    r",\s+(?:identified|known|referred\s+to)\s+(?:only\s+)?(?:by|as)\s+(?:the\s+|his\s+|her\s+)?"
    r"(?:call[- ]?sign|nickname|nom\s+de\s+guerre)\s+[“\"‘]?[A-Z][\w’'-]*[\w-][”\"’]?"
)
# "in a video that showed him ...": a medium's relative clause (its verb right after "that"),
# not the reported clause ("at a briefing that the envoy would ...").
_MEDIUMS_RELATIVE = re.compile(
    r"\b(?:video|post|statement|interview|message|address|speech|clip)\s+that\s+"
    r"(?:[a-z]+ed|was|were|is|are|has|had|shows|appears)\b"
)
# ", who estimates ...", ", which runs ...": a relative clause after an inverted subject.
_INVERTED_WHO = re.compile(r",\s+(?:who|which)\s+(?!(?:is|was|are|were)\s+(?:the|a|an)\s)[a-z]")
# A clause whose only quotation marks enclose short phrases ('are "ready to work" with').
_PHRASES_QUOTED = re.compile(r'[^“”"]*(?:(?:“[^“”"]{1,60}”|"[^“”"]{1,60}")[^“”"]*)+')
_STRONG_BOUNDARY = re.compile(
    r"(?:,|\s[–—])\s+(?:while|whereas|although|(?:even\s+)?though|but|after|before|since|when|because|"
    r"where)\s+|;\s+"
    r"|\s+as\s+(?=(?:he|she|they|we)\s+[a-z]+)"
    # "said A after Ukraine demanded B", "said A but his spokesman said B": another report.
    r"|\s+after\s+(?=(?:[\w’'.-]+\s+){1,6}?(?:said|says|demanded|called|urged|announced|told|warned|"
    r"claimed|insisted)\b)"
    r"|\s+but\s+(?=(?:his|her|its|their|the|a|an)\s+(?:[\w’'.-]+\s+){0,3}?(?:said|says|told|added)\b)"
    # 'admits that "A" but he insists B': the same speaker's second report.
    r"|(?:,|\s[–—])?\s+(?:but|and)\s+(?=(?:he|she|they)\s+(?:also\s+)?(?:said|says|insists|insisted|"
    r"added|adds|warned|warns|stressed|stresses|argued|argues|noted|notes|believes|believed|claim|"
    r"claims|claimed)\b)"
)
# ", and the Examplian president said": a second subject (a few words, no comma) before a verb
# (", while the ministry said", ", whereas Kyiv said": a contrast opens one too).
_AND_REPORTER = re.compile(
    r",\s+(?:and|while|whereas)\s+(?P<who>(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)\s+(?:also\s+|later\s+|then\s+)?$"
)
# "said A and Jane Roe said B", "said A and the Examplian president said B": the same without
# the comma (a capitalised name, or a title the gazetteer resolves to a person).
_AND_PERSON = re.compile(
    r"\s+and\s+(?P<who>(?-i:[A-Z])[\w’'.-]+(?:\s+(?-i:[A-Z])[\w’'.-]+){0,3}"
    r"|(?-i:the)\s+(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+)\s+(?:also\s+|later\s+)?$"
)
_NO_REPORTER = frozenset(words("it this that there which who what"))
# ", while <outlet> cited X as saying": a conjunction opening another report.
_CONJUNCT_REPORT = re.compile(r",\s+(?:while|whereas|and|but)\s+")
_AND_COLON_VERB = re.compile(
    r"\s+and\s+(?:then\s+)?(?:continued|added|said|went\s+on|stressed|explained)\s*:$"
)
# "... a summit where, Austin said, the allies will ...": a subordinator right before a
# parenthetical attribution; the reported clause is the one after it.
_SUBORDINATOR_END = re.compile(
    r"\b(?:where|because|when|whether|if|since|although|though|while|unless|until)\s*$"
)
_MODAL_END = re.compile(r"\b(?:would|will|could|can|should|must|might|may|did|does|do)\s*$")
_PARENTHETICAL_REST = re.compile(
    r",\s+(?:(?:was|were|is|are|would|will|had|has|have|could|can|should|must|might|may|did|does|"
    r"do|remained|remains|wanted|wants|needed|needs)\b|[a-z]+ed\s)"
)
# "said he and Jane Doe", "and said they" before a later verb: a reporting verb opens the words,
# so they are that verb's frame and its clause's subject, never an inverted attribution's
# subject.
_FRAME_OPENS = re.compile(rf"(?:(?:and|but|then|also|later)\s+)*(?:{VERB.pattern})\s+\S")
# "and Jane Doe said the sides" before a later verb: a subject, its reporting verb and the
# start of its clause.
_FRAME_INSIDE = re.compile(
    r"(?:^|\s)(?P<verb>said|says|told\s+\w+|tells\s+\w+|wrote|writes|[a-z]{3,}ed)\s+"
    r"(?:he|she|they|we|it|I|the|his|her|their|its|[A-Z])"
)


def _framed_inside(subject: str) -> bool:
    """Whether the words before a later verb hold a report's frame of their own ("and Jane
    Doe said the sides [agreed]"): that verb is inside the report's clause."""
    return any(VERB.fullmatch(m.group("verb").split()[0]) for m in _FRAME_INSIDE.finditer(subject))


# ", after which " right before a pronoun subject: the main clause's subject acts again.
# ("..., during which he said", "..., where he confirmed": the main clause's subject.)
_WHICH_BEFORE = re.compile(
    r",\s+(?:(?:during|in|at|on|after|before|under|through|by|since)\s+which|where|when)\s+$"
)
_APPOSITION_BEFORE_VERB = re.compile(r",\s+(?:one|a|an|the|some|part)\s[^,;:“”\"]{3,140},\s*$")
# "..., who said": a relative clause whose subject is the name just before the comma.
# ", in which Jane Roe said": a relative clause after a preposition, with a subject of its
# own of up to six words before the verb.
_WHICH_REPORTER = re.compile(
    r",\s+(?:during|in|at|on|after|before|under|through|by)\s+which\s+"
    r"(?=(?:[\w’'.-]+\s+){1,6}?(?:also\s+|later\s+|then\s+)?$)"
)
_WHO_BEFORE = re.compile(r",\s+who\s+(?:also\s+|later\s+|then\s+)?$")
_ROLE_APPOSED = re.compile(
    r",\s+(?:the|a|an|his|her|its|their)\s[^,;:“”\"]{2,100}"
    # "Jane Roe from the Kyiv region, who said": where the person is from
    r"|\s+(?:from|of|in)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)+(?:region|oblast|city|village|town|area)"
)
# "the head of the country's X agency": a person described by the body they lead.
_HEAD_OF = re.compile(r"\s*(?i:the)\s+(?:head|chief|director)\s+of\s+[^,;:“”\"]+$")
_RELATIVE_BEFORE_VERB = re.compile(
    # ("X, which works alongside the agencies ABC, DEF and GHI, added": a list's commas inside)
    r",\s+(?:who|whose|which|whom|where)\s+"
    r"(?:[^,;:“”\"]|,\s*(?=[A-Z][\w’'.-]*(?:,|\s+and\s)))"
    r"{3,140},\s*$"
    # "Jane Roe who served as director of X until 2020 told Y": no commas around it
    r"|(?<=[a-z])\s+who\s+(?:served|serves|was|is|worked|works|headed|heads|led|leads)\s+as\s"
    r"[^,;:“”\"]{3,140}?\s*$"
)
_LINK_BEFORE_QUOTE = re.compile(
    r"(?:,\s*|\s+)(?:and\s+)?(?:adding|saying|added|said|he\s+added|she\s+added)\s*[,:]?\s*$"
)
# '"...", — stated in the document.', '"...," it is said in the statement.': a translated
# impersonal report; the words are the document's issuer's.
_STATED_IN_DOCUMENT = re.compile(
    r"\s*,?\s*(?:[–—-]\s*)?(?:(?:it\s+)?(?:is|was)\s+)?(?:stated|said|noted|written|emphasi[sz]ed)"
    r"\s+in\s+(?P<doc>(?:the|this|that)\s+(?:document|statement|message|communiqu[ée]|release|"
    r"post|letter|appeal|declaration))\b(?=\s*[.!]?\s*$)"
)
# "... said she could not confirm it": a clause's subject right after the verb.
_CLAUSE_AFTER_VERB = re.compile(
    r"\s+(?:that\s+)?(?:he|she|it|they|we|I|there|the|his|her|its|their)\s"
)
# "the missiles that it says ...": a noun, a relative "that" or "which", a pronoun or a name.
_RELATIVE_BEFORE = re.compile(
    r"\b(?P<noun>[a-z]{3,})\s+(?:that|which)\s+(?:it|he|she|they|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
    r"\s+$"
)
# "demands that it said had not been met": an auxiliary right after the verb, no subject.
_SUBJECT_GAP = re.compile(
    r"(?:had|has|have|was|were|is|are|would|will|could|might|should)\s+(?:not\s+|never\s+|already\s+)?"
    r"(?:been|be|[a-z]+ed|[a-z]+en)\b"
)
# "The strike, which Kyiv said killed 12 people, came at night": a report in a relative clause
# set in commas inside the sentence's subject; the main clause's verb follows its comma.
_SUBJECT_RELATIVE = re.compile(
    r",\s*(?:which|who|that)\s+(?:the\s+)?[A-Z][^,;:“”\"]{1,60}?\s+(?:also\s+)?$"
)
_MAIN_VERB_AFTER_COMMA = re.compile(
    rf",\s+(?:also\s+|then\s+|later\s+)?(?:[a-z]{{3,}}ed|{alternation(IRREGULAR_PASTS)}"
    r"|has|have|had|was|were|is|are|will|would|could|can|did|does)\b"
)
# "..., adding: “…”": a participle introduces the quotation, not the clause before it.
_PARTICIPLE_COLON = re.compile(r",\s+[a-z]+ing\s*:\s*$")
# "She was asked by Jane Roe:" right before a quotation: the question put to her.
_ASKED_BEFORE = re.compile(r"\b(?:was|were|is|are|being|been)\s+asked\b[^“”\"«».;]{0,80}[:,]\s*$")
_THAT_AFTER_VERB = re.compile(r"(?:\s+[^,.;:“”\"]{1,60}?)?\s+that\b")
_QUOTED_AS_SAYING = re.compile(
    r"\s*,?\s*(?P<via>[^,.;:“”\"!?]{1,80}?)\s+(?:quoted|cited|reported)\s+(?P<who>him|her|them|"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+as\s+(?:saying|stating|telling|writing)\b"
)  # '"...," agencies quoted X as telling state television': the words are X's
# ", said X when meeting ...", "... while visiting ...": a clause of time after an attribution.
_SETTING_CLAUSE = re.compile(r"\s(?:when|while|after|before|during|as)\s")
# "official data", "the latest figures": numbers without anyone who gives them.
_BARE_DATA = re.compile(
    r"(?:the\s+)?(?:(?:latest|official|preliminary|available|recent|government|customs|trade|"
    r"export|import)\s+)*(?:data|figures|statistics|estimates|records|calculations)",
    re.IGNORECASE,
)
# "(according to) preliminary data from X": figures that X gave.
_DATA_FROM = re.compile(
    r"(?:the\s+)?(?:(?:latest|official|preliminary|initial|first|updated|available|recent|"
    r"government|customs|trade|export|import)\s+)*(?:data|figures|statistics|estimates|records|"
    # ("according to initial information from X": X's)
    r"calculations|information)\s+(?:(?:provided|released|published|issued)\s+)?(?:from|of|by)\s+",
    re.IGNORECASE,
)
# "he received", "they made": a pronoun and its verb, so a reporting word after them is a noun.
_PRONOUN_AND_VERB = re.compile(
    r"(?:he|she|they|we|I|it)\s+(?:\w+ly\s+)?(?!(?:also|then|later|further|again|earlier|once|"
    r"previously|had|has|have|would|will|could|did|does|do|was|were|is|are)\b)[a-z]{3,}",
    re.IGNORECASE,
)
_PARTICIPLE_SETTING = re.compile(
    r"(?:asked|answering|responding|replying|speaking|commenting|referring)\b"
)
# ", X said when asked about ...", ", X told reporters while speaking in Y": a participle's setting
# closing an attribution.
_ASKED_TAIL = re.compile(rf"\s+(?:when|while|after|as|before)\s+{_PARTICIPLE_SETTING.pattern}")
_PREPOSITION_OPENS = re.compile(r"(?:In|At|On|During|With|After|Before|From|Speaking)\s")
# "Speaking from Lviv and standing beside a drone, X pledged to ...": a participle's setting
# opens the sentence; what X said follows the verb, not the words before X.
_SETTING_OPENER = re.compile(
    r"\s*(?:Speaking|Commenting|Addressing|Standing|Talking|Responding|Answering|Replying|"
    r"Referring|Visiting|Appearing)\b"
)
# ', adding "B."', ', before adding that "B"': a second quotation of the sentence's speaker.
_SECOND_ING_BEFORE = re.compile(
    rf"[,”\"]\s+(?:and\s+|before\s+|then\s+)?(?:{'|'.join(sorted(SECOND_ING))})"
    r"(?:\s+that)?\s*[,:]?\s*$"
)
# "in the village of X", "near X": a place is named next.
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:village|town|city|region|district|settlement|oblast|province|port)\s+of"
    r"|\b(?:in|near|outside))\s+$"
)
# '"...," said <description>, Jane Doe.': the name closing an inverted subject.
# ("said Examplia's ambassador to Austria(,) Jane Doe": the role's complement first.)
_NAME_AFTER_DESCRIPTION = re.compile(
    r"(?:\s+(?:to|of|for)\s+[^,.;:“”\"!?]{1,40}?,?|,)\s+"
    r"(?P<name>[A-Z](?:[\w’'-]|\.(?=\w))+(?:\s+[A-Z](?:[\w’'-]|\.(?=\w))+){1,3})"
    r"(?=\s*(?:[.;!?]|$))"
)
_DASHED_RELATIVE = re.compile(r"\s[–—]\s+who\s[^–—\n]{3,200}?\s[–—]")
_PARTICIPLE_ASIDE = re.compile(
    r",\s+(?:using|speaking|giving|declining|asking|requesting|identified|identifying)\b"
)
_ADDRESS_WORDS = re.compile(
    r"\b(?:in\s+(?:a|an|his|her|the)\s+(?:[\w-]+\s+){0,2}(?:address|speech|video\s+message|"
    r"appeal))\b",
    re.IGNORECASE,
)
# A quotation closed at a sentence's end, and the next sentence.
_CLOSED_THEN_CAPITAL = re.compile(r"[.!?][”\"»]\s+(?=[A-Z])")
_PARTICIPLE_WORDS = alternation(list(PARTICIPLES))
# "X said that the leak may serve three goals:" then "- to sow fear;": a list item opening in a
# small letter after its dash continues the clause; a dash before a capital may open a quotation.
_LOWER_LIST_ITEM = re.compile(r"\s*[–—-]\s*[a-z]")
# "has just released this:", "issued the following statement:": a release introduced.
_RELEASED_INTRO = re.compile(
    r"\s(?:has\s+|have\s+|had\s+)?(?:just\s+|also\s+|now\s+|later\s+)?"
    r"(?P<verb>released|issued|published|posted|shared|put\s+out|sent\s+out)\s+"
    r"(?:this|these|the\s+following|(?:a|an|the|this|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:statement|assessment|update|message|comment|response|note|text|readout|summary))\b"
    r"[^:;.!?]{0,60}:\s*$"
)
# Participles that report only after a first report in their sentence ("X said A,
# suggesting that B"); news writes them in its own voice too.
_AFTER_A_REPORT = frozenset(reporting_participles("after"))
# "Responding to reports ...,", "Speaking after the talks,": a participle opening the sentence.
_OPENING_PARTICIPLE = re.compile(r"\s*[A-Z][a-z]+ing\s+[a-z]")
_COMMA = re.compile(r",\s+")
# A reporting participle after a comma, introducing the words after a colon.
_INTRO_PARTICIPLE = re.compile(rf",\s+(?:{_PARTICIPLE_WORDS})\b")
# An article or possessive right before a verb's word makes it a noun ("a report", "his claim").
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|his|her|its|their|this|that)\s+$")
# "Stressing that A, X said": a reporting participle and its that-clause open the sentence.
_FRONTED_ING = re.compile(
    r"\s*(?:(?:Also|And|But|Further|Furthermore|Moreover)\s+)?"
    rf"(?P<verb>(?i:{_PARTICIPLE_WORDS}))\s+that\s+"
)
# "While X claims ...", "Two days after X called for ...": a leading subordinate clause.
# "But, when ...": a connective and its comma opening the sentence.
_CONJUNCTION_COMMA = re.compile(rf"\s*(?i:{alternation(entries('connectives'))}|however),\s+")
_LEADING_SUBORDINATE = re.compile(
    r"\s*(?:(?:[A-Z]\w*|\w+)\s+(?:\w+\s+)?)?(?i:while|whereas|although|though|after|before|since|as|"
    r"because|when|until|once|even\s+though)\s+(?![^,]*\b(?:he|she|they)\s+(?:said|says)\b)"
)
# An outlet or an office, which may relay someone else's words after its verb.
_RELAYING_BODY = re.compile(
    r"\b(?:agency|news|media|outlet|newspaper|broadcaster|channel|television|tv|radio|ministry|"
    r"office|service|website|portal)\b",
    re.IGNORECASE,
)
# "the government", "the state news agency": a body's or an outlet's head noun, last.
_RELAY_HEAD = re.compile(
    r"(?i)\b(?:government|administration|agency|news|media|outlet|newspaper|broadcaster|"
    r"channel|television|tv|radio|ministry|office|service|website|portal)\s*$"
)
# "In the first detailed report on X, ": a leading prepositional phrase and its comma.
_LEADING_PHRASE = re.compile(
    r"(?:(?:In|At|On|During|After|Before|Following|Amid|Despite|Under|For)\s[^,]{3,150}"
    # ("Later, one woman told ...": a connective or an adverb of time opens the sentence.)
    rf"|(?i:{alternation(entries('connectives'))}|later|earlier)),\s+(?=\S)"
)
# "an official who spoke on condition of anonymity", "a source who asked not to be named": the
# terms a source spoke on, inside the attribution's subject.
_ANONYMITY = re.compile(
    r",?\s+who\s+(?:spoke|asked|requested|declined|was\s+not\s+authori[sz]ed|is\s+not\s+authori[sz]ed|"
    r"did\s+not\s+want)\b[^,;:“”\"]{0,60}?(?:anonymity|named|identified|publicly|record)\b,?"
)
_SOURCE_NOTE = re.compile(
    r"(?i:that|this)(?:['’]s|\s+(?:is|was))\s+(?:according\s+to|reported\s+by)\b"
)
# "said Russia, even on a holiday, was ...": after the verb, a subject, an aside between commas
# and its finite verb; not "<statement>, said Russia, ...".
# "The governor, Jane Roe, accused Kyiv of shelling ...": after a verb of the inclusive frame,
# a noun then "of", "to" or "for" is its object, never an inverted subject.
_INCLUSIVE_OBJECT = re.compile(r"\s*[^,.;:“”\"]{1,60}?\s+(?:of|to|for)\s")
_INCLUSIVE = frozenset(reporting_verbs("inclusive"))
# An appeal's verbs: "called on X to", "urged X to" (an inclusive verb's object follows).
_APPEAL_VERBS = _INCLUSIVE | {"called", "calls"}
_ASIDE_THEN_VERB = re.compile(
    r",\s+[^,;:“”\"]{2,60},\s+(?:also\s+|still\s+|only\s+)?(?:is|was|were|are|has|had|have|will|"
    r"would|could|can|must|should|may|might)\b"
)
# "X said this at a briefing", "X said so on Telegram": the object only points back; the words
# were reported before.
_POINTS_BACK = re.compile(
    r"(?:this|so)\s*(?:[,.;]|$|(?:in|at|on|during|to|via|through|after|before|while|when|as|"
    r"from|with|earlier|later|last|yesterday|today)\b)"
)
# "... to keep what she described as ruins": "what" and a pronoun or a name before the verb.
_WHAT_THEY = re.compile(r"\b(?:what|which)\s+(?:he|she|they|it|we|[A-Z][\w’'-]+)\s*$")
# "..., a process he described", "..., charges Kyiv denies": a noun and the clause describing it.
_REDUCED_RELATIVE = re.compile(
    r"(?:a|an|the|this|which)\s+[a-z]+\s+(?:he|she|they|we|it)|[a-z]{3,}s\s+[A-Z][\w’'-]+"
)
# A long subject that is a capitalised title ending in a person's name: "the head of the Kherson
# Regional Military Administration Jane Doe", "Russian First Deputy Permanent Representative to
# the UN Jane Doe" (a title's lower-case words are only its articles and prepositions).
_TITLED_NAME = re.compile(
    r"(?:(?:the|of|to|for|at|in|on|and|head|chief|deputy|first|acting|press|secretary|spokes(?:man|"
    r"woman|person)|governor|mayor|advis[eo]r|minister|commander|representative|ambassador|envoy|"
    r"director|chair(?:man|woman)?|leader"
    # ("the deputy chief of the militia headquarters Colonel Jane Doe": a body's
    # lower-case words in the title.)
    r"|people[’']s|militia|headquarters|administration|ministry|department|council|service|"
    r"office|staff|forces|region|district|republic)\s+|[A-Z][\w’'.-]*\s+){3,14}"
    r"[A-Z][a-z][\w’'-]*\s+[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*)?"
)
# "..., Jane Roe — a teacher from the village — said": an apposition between dashes.
_DASH_APPOSITION = re.compile(r"\s[–—]\s[^–—]{2,80}\s[–—]$")
_DASH_TAG = re.compile(
    r"\s[-–—]\s+(?=(?:[A-Z][\w’'.-]*\s+){1,4}$|(?:he|she)\s+$"
    # "... – the Ministry of Defence announced in London.": a body's capitalised name.
    r"|the\s+(?:[A-Z][\w’'.-]*\s+(?:of\s+(?:the\s+)?)?){1,5}$)"
)
_AND_BEFORE = re.compile(r",?\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$")
# A clause's past-tense verb ("met", "agreed"): "X met him and said ...", where the subject of
# "said" is X, the subject of the first verb, not the object between.
_CLAUSE_PAST = re.compile(
    r"(?<=[\w)])\s+(?:also\s+|then\s+|later\s+|earlier\s+)?"
    rf"(?:[a-z]{{3,}}ed|{alternation(IRREGULAR_PASTS)})\b"
)
# The subject's past verb after an apposition or a time between them ("Jane Roe, the envoy,
# today addressed ...", "The Secretary-General, Jane Roe, today, addressed ...").
_TITLE_APPOSED_LEAD = re.compile(r"\s*(?:[Tt]he\s+)?(?:[\w’'.-]+\s+){0,3}(?P<head>[\w’'.-]+),\s+")
_APPOSED_PAST = re.compile(
    r"(?:,\s+(?:(?:the|a|an|who)\s|[A-Z])[^,;:“”\"]{2,80}(?=,))?"
    r"(?:,?\s+(?:today|yesterday|tonight|on\s+[A-Z][a-z]+day|(?:late|early)\s+on\s+[A-Z][a-z]+day)(?=[\s,]))?"
    r",?\s+(?:also\s+|then\s+|later\s+|earlier\s+)?"
    rf"(?:[a-z]{{3,}}ed|{alternation(IRREGULAR_PASTS)})\b"
)
_ADVERBIAL_TAIL = re.compile(
    r"\s*(?:on|in|at|during|via|through|to|from|after|before|late|early|last|this|earlier|later|"
    r"yesterday|today|tonight|overnight|also|again|then|separately|recently|previously|citing|while|"
    rf"with\s+reference\s+to|{WEEKDAY_RE})\b|\s*(?:[.!?;:)”\"]|$)"
    # ("..., Ukraine said as Moscow pressed on": "as" and a clause of its own, the setting)
    r"|\s*as\s+(?=(?:[A-Z]\w*|the|a|an|he|she|they|it|we|its|his|her|their)\b)"
)
# "..., Jane Doe, a ministry spokeswoman, told reporters.": whom the subject told (a few words,
# then the sentence's end or an adverbial), no inverted subject.
_LISTENER_TAIL = re.compile(
    r"\s*(?:the\s+|a\s+)?[\w’'.-]+(?:\s+(?!that\b)[\w’'.-]+){0,5}?\s*(?:[.!?]\s*)?"
)
_LEADING_THAT = re.compile(
    r"that\s+(?=(?:the|a|an|it|its|he|she|they|we|I|there|his|her|their|[A-Z])\b)"
)
_COLON_TAG = re.compile(
    r"(?P<claim>[^:“”\"]{25,}?):\s+(?P<who>(?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'-]*)\s*\.?\s*"
)
# Verbs by which an outlet relays, at the end of a sentence, what someone said before it.
_RELAYING = frozenset(("reports", "reported", "informs", "informed", "writes"))
_DOCUMENT_MENTION = re.compile(
    r"(?i:the|this|that)\s+(?:post|statement|report|message|update|release|readout)"
)
# "Head of the Examplia Oblast Military Administration": a title taken for a new name.
# "The Foreign Minister", "The Defence Secretary": a capitalised office alone.
_BARE_CAPITAL_ROLE = re.compile(r"[Tt]he\s+(?P<title>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})")
_OFFICE_NOUNS = frozenset(entries("role_titles"))
_CAPITAL_TITLE = re.compile(
    r"(?:Head|Chief|Commander|Governor|Mayor|Spokes(?:man|woman|person)|Director|Chair(?:man|"
    r"woman)?)\s+of\s+"
)
# "the administration", "the regional military administration": a local body referred back.
_THE_HEAD = re.compile(
    r"(?i:the)\s+(?P<place>[A-Z][a-z’'-]+\s+)?(?P<regional>(?:regional|oblast|city)\s+)?"
    r"(?P<head>(?:military\s+)?administration)"
)
_OBLAST = re.compile(r"\b([A-Z][a-z’'-]+)\s+Oblast\b")
# A title in quotation marks: every word capitalised but small ones ("Face the Nation,"), after
# "on", "in", "to", "with", "of" and perhaps an outlet's possessive ("on CBS’ “…”").
_TITLED_WORDS = re.compile(
    r"\s*[A-Z][\w’'-]*(?:\s+(?:the|of|and|a|an|in|on|for|to|[A-Z][\w’'-]*))*[,.]?\s*"
)
_SHOW_BEFORE = re.compile(r"\b(?:on|in|to|with|of|for)\s+(?:[A-Z][\w&.-]*(?:['’]s?)?\s+){0,2}$")
# A one-word answer: "No," "Yes." "Never!"
_ANSWER_WORD = re.compile(
    r"\s*(?:No|Yes|Never|Nothing|Nobody|Absolutely|Certainly|Definitely|Exactly)[,.!]?\s*"
)
# A sentence that ends in an inverted attribution: "..., – said Jane Roe."
_INVERTED_TAG_END = re.compile(
    r"[,–—-]\s+(?:said|added|noted|stressed|stated|explained|replied|continued)\s+"
    r"(?P<who>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})[.:]$"
)
_PLAIN_TAG_END = re.compile(
    r"[,–—-]\s+(?P<who>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})\s+"
    r"(?:said|added|noted|stressed|stated|explained|replied|continued)[.:]$"
)
# "the agency", "the centre": a noun any body may go by (not "the ministry": a ministry's).
_GENERIC_BODY = re.compile(
    r"(?i:the|this)\s+(?P<noun>agency|cent(?:re|er)|headquarters|body|organi[sz]ation)"
    # ("the London-based rights watchdog", "the human rights group": described by its remit)
    r"|(?i:the|this)\s+(?:[\w’'-]+\s+){1,3}?(?P<remit>group|watchdog|monitor|organi[sz]ation)"
)
_BODY_BACK_WINDOW = 1500
# A subject's verb right after it: "X thanked", "X has said", "X, meanwhile, said".
_SUBJECT_VERB = re.compile(
    r"(?:\s*,[^,]{1,30},)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:[a-z]{2,}ed|said|says|told|"
    r"wrote|writes|reports|warns|claims|notes)\b"
)
# "the head of the regional military administration": its region unnamed.
_REGIONAL_HEAD = re.compile(
    # ("the head of the Ukrainian regional military administration": the country's adjective.)
    r"[Tt]he\s+(?:head|chief)\s+of\s+the\s+(?:[A-Z][a-z]+\s+)?regional\s+(?:military|state)\s+"
    r"administration"
)
# "the Examplia region", "Examplia Oblast": a region the sentence names.
_REGION_NAMED = re.compile(r"\b([A-Z][a-z’'-]+)\s+(?:[Oo]blast|[Rr]egion)\b")
# ("X made a statement on the outcome of the talks, <outlet> writes.": the topic, too.)
_SPOKE_ABOUT = re.compile(
    r"\s(?:spoke|talked|commented|made\s+(?:a|the)\s+statement|delivered\s+(?:a|the)\s+statement)"
    r"\s+(?:on|about|regarding)\s"
)
_ACCORDING_BEFORE = re.compile(r"\baccording\s+to\b", re.IGNORECASE)
# (not a number's thousands: "said 5,635 buildings ...")
_TAIL_END = re.compile(r",(?!(?<=\d,)\d{3}\b)|\s[–—]\s")
# ", Jane Doe said": a capitalised name just before the verb.
_NAMED_BEFORE_VERB = re.compile(r",\s+(?:[\w’'.-]+\s+){0,4}(?-i:[A-Z][\w’'-]+)\s+$")
# "told media from home and abroad at a briefing": a listener of a few words, then a setting.
_LISTENER_THEN_SETTING = re.compile(r"\s+(?:[\w’'-]+\s+){1,6}?(?:at|during|on|in)\s")
# What "told" may end a sentence on without an inverted subject: one capitalised name, the
# listener ("..., told Agerpres.").
_LISTENER_ONLY = re.compile(r"\s+(?-i:[A-Z][\w’'.-]*)\s*[.!]?\s*")


def _without_manner(tail: str) -> str:
    """A tail after a reporting verb less its manner ("in a thinly veiled threat") and the
    setting after it ("while on a trip abroad")."""
    if manner := MANNER_PHRASE.match(tail):
        rest = tail[manner.end() :]
        return "" if re.match(r"\s*(?:while|as|when|after)\b", rest) else rest
    return tail


# An inverted subject that is a capitalised name (its title too, and a party or age in
# brackets), then a setting: "said Prime Minister Jane Roe (Party) on Monday in ...".
_NAME_THEN_SETTING = re.compile(
    r"\s*(?:[A-Z][\w’'.-]*\s+){1,5}[A-Z][a-z][\w’'-]+(?:\s+\([^()\n]{1,30}\))?"
    r"(?=\s+(?:on|in|at|during|after|before|when|while|last|this|yesterday|today)\s)"
)
_AUXILIARY = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does)\b"
)
_MEDIUM_TAIL = re.compile(
    r"\s*(?:in|on|at|during|to|via|through)\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}"
    r"(?:interview|statement|video|post|address|speech|briefing|conversation|appearance|message|"
    r"comments?|remarks|broadcast|programme|program|show)\b"
)
# "on his Telegram channel", "on her Facebook page": where it was said, not what about.
_CHANNEL_TAIL = re.compile(
    r"\s*on\s+(?:the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}"
    r"(?:channel|page|account|website|site|feed|blog|profile|app|application|platform)"
    # ("on his Telegram channel Friday": the day after it)
    r"(?:\s+(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday|tonight)(?:\s+(?:morning|afternoon|evening|night))?)?"
    r"\s*[.!]?\s*$"
)
# A report whose verb follows it in a relative clause: "the Washington Post article which
# alleged that ...".
_DOCUMENT_WHICH = re.compile(
    r"(?:[Tt]he\s+|\b)(?P<x>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})(?:['’]s)?\s+"
    r"(?:article|report|investigation|story|piece|analysis|assessment)\s+(?:which|that)\s+"
    r"(?:(?:has|had)\s+)?$"
)
# A verb coordinated with the sentence's first one: "..., but said", "..., and added".
_COORDINATED_VERB = re.compile(r"(?:,\s*|\s+)(?:but|and)\s+(?:also\s+|then\s+|later\s+)?$")
# An inverted attribution to a document: "..., says the statement shared on social networks".
_INVERTED_DOCUMENT = re.compile(
    r"\s*(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:statement|report|post|message|update|"
    r"briefing|communiqu[ée]|readout|release|assessment|bulletin)\b"
)
# "when answering a question": a participle's setting after the verb of saying.
_SETTING_TAIL = (
    r"\s+(?:when|while|after)\s+(?:asked|answering|responding|replying|commenting)\b"
    r"[^,;:“”\"]{0,60}"
)
# '..., the governor wrote on Telegram, noting': the subject stands before the first verb
# (and the channel or place it names).
_SAID_BEFORE_ING = re.compile(
    r"\s+(?:said|says|wrote|writes|added|told\s+\w+)"
    r"(?:\s+(?:on|in|via|at)\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?"
    # ('"...," Doe said at a briefing when answering a question, noting that ...': the setting)
    rf"(?:{_SETTING_TAIL})?"
    r"\s*,?\s*$"
)
_SETTING_BEFORE_ING = re.compile(rf"{_SETTING_TAIL}\s*,?\s*$")
_INFINITIVE_PERFECT = re.compile(r"\s+to\s+(?:have|be|been)\b")
_WHOSE = re.compile(r",\s*whose\b")
_PRONOUN_STAFF = re.compile(r"(his|her)\s+(?:office|press\s+service|administration)", re.IGNORECASE)
# A live blog entry's time before its first sentence: "7 p.m.: ", "9:20 p.m.: ", "15.53 ".
_ENTRY_TIME = re.compile(
    r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.\s?m\.)?|\d{1,2}\s*[ap]\.\s?m\.)(?:\s*[A-Z]{2,4}\b)?"
    r"\s*[:–—-]?\s+(?=[A-Z“\"])"
)
# A syndicator's tag before a republished story's first sentence: "(AGGREGATOR- Outlet) ".
_SOURCE_TAG = re.compile(
    r"\([A-Z][A-Za-z]+\s*[-–]\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\)\s+(?=[A-Z“\"])"
)
# A paragraph that opens with a quotation mark; quotation marks anywhere.
_OPENS_UNCLOSED = re.compile(r"[“\"‘']")
# "he pointed out.", "the PM said, adding ...": a paragraph that opens with the attribution of
# the block quotation above it.
_LOWER_ATTRIBUTION = re.compile(
    r"(?P<subj>he|she|they|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:also\s+)?(?:said|says|added|noted|"
    r"stressed|explained|emphasi[sz]ed|pointed\s+out|continued|concluded|commented|remarked|"
    r"insisted|argued|warned|wrote|underlined|underscored|recalled)\b"
)
# "Prime Minister Jane Doe said," ending a paragraph: the unquoted paragraph after it is hers.
_INTRO_COMMA = re.compile(
    r"\b(?:said|says|added|stated|noted|wrote|commented|explained|declared|stressed)\s*,\s*$"
)
_OPENS_RUN = re.compile(r"[“\"]\s*[A-Z]")  # '"We share ...': a quotation opening a paragraph
_RUN_LIMIT = 8  # the paragraphs a quotation may run on over before it closes
_QUOTE_CHARS = re.compile(r"[“”\"]")
# "Ukrainian officials, meanwhile, say ...": a connective set off by commas between a subject and
# its verb (no inverted attribution after it).
_CONNECTIVE_ASIDE = re.compile(
    rf"(?i:(?:{alternation(entries('connectives'))})|in\s+turn|too|for\s+(?:his|her|its|their)\s+part"
    # ("The PM, though, stressed ...": "though" only between commas, never opening a clause)
    r"|though)"
)
_TRAILING_CONNECTIVE = re.compile(rf"(?<=\w),\s*(?:{_CONNECTIVE_ASIDE.pattern})\s*,\s*$")
# 'reported "RIA News"', '“Sputnik” reports': an outlet's name in quotation marks, no one's
# words.
_OUTLET_IN_QUOTES = re.compile(r"(?:[A-Z][\w’'.-]*\s*){1,4}")
_BEFORE_OUTLET = re.compile(
    r"\b(?:reported|reports|writes|wrote|according\s+to|citing|cited|quoted\s+by"
    # ('In an interview with “Examplia News”, X said': the outlet's name)
    r"|(?:interview|conversation|talk)\s+(?:with|to|for))\s*$",
    re.IGNORECASE,
)
_AFTER_OUTLET = re.compile(r"\s+(?:reports|reported|writes|wrote|informs|informed)\b")


# 'X told "Aktuaalne kaamera" that ...': a programme told, its name quoted, then the clause.
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|telling)\s*$")
_PROGRAMME_IN_QUOTES = re.compile(r"[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,3}")
_THEN_THAT = re.compile(r"\s+(?:(?:on|last|this)\s+\w+\s+)?that\b")


def _quoted_outlet(text: str, q: QuoteSpan) -> bool:
    return bool(
        q.closed
        and q.end - q.start <= 40
        and (
            _OUTLET_IN_QUOTES.fullmatch(text, q.start, q.end)
            and (
                _BEFORE_OUTLET.search(text, max(0, q.open - 30), q.open)
                or _AFTER_OUTLET.match(text, q.outer_end)
            )
            or _PROGRAMME_IN_QUOTES.fullmatch(text, q.start, q.end)
            and _TOLD_BEFORE.search(text, max(0, q.open - 12), q.open)
            and _THEN_THAT.match(text, q.outer_end)
        )
    )


# "on CNN's “State of the Union,”", "in the “Face the Nation” programme": a programme's or
# a book's title in title case after a possessive or "on"/"in"/"the", not anyone's words.
_TITLE_BEFORE = re.compile(r"(?:[A-Za-z]['’]s|\b(?:on|in|the))\s*$")
_TITLE_WORDS = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|the|and|in|on|for|to|a|an))*")


def _quoted_title(text: str, q: QuoteSpan) -> bool:
    inner = text[q.start : q.end].strip(" ,.")
    return bool(
        q.closed
        and 2 <= len(inner.split()) <= 6
        and _TITLE_WORDS.fullmatch(inner)
        and _TITLE_BEFORE.search(text, max(0, q.open - 12), q.open)
    )


# A quotation of some length (not a word in scare quotes: 'the "Shaheds"').
_LONG_QUOTATION = re.compile(r"[“\"][^“”\"]{30,}[”\"]")
_CLOSING_MARK = re.compile(r"[.!?]?['’\"”]?\s*,")
# "said:", "said on Monday:": an attribution that introduces what follows it.
_COLON_AFTER_VERB = re.compile(
    r"(?:\s+(?:on|in|at|during|to|via|from|of|about)\s+[^,.;:“”\"]{1,60}?)?\s*:"
)
# A quotation that opens in the middle of a clause: after a word, not after a colon, a comma or
# the sentence's start.
# (a word before the mark: "in August “if ...”" too, a capital inside the clause)
_INSIDE_CLAUSE = re.compile(r"\b[a-zA-Z][\w’'-]*\s+$")
_DASH_BEFORE_QUOTE = re.compile(r"[.,]\s*[–—]\s*$")
_DASH_AFTER_QUOTE = re.compile(r"[.,]?\s*[–—]\s")
# An attribution's capitalised subject right after a quotation's close ('"B" Jane Doe said').
_CAPITAL_SUBJECT = re.compile(r"\s+[A-Z]")
# A quotation's closing mark, then a short capitalised subject up to the sentence's verb.
_QUOTE_THEN_SUBJECT = re.compile(r"[”\"](?=\s+[A-Z][^,;:“”\"]{1,60}$)")
# A title in apposition after the name, to the sentence's end (", press secretary of X.").
_TITLE_TO_END = re.compile(r",\s+(?:(?:the|a|an)\s+)?[a-z][^,;:“”\"!?()]{2,120}?[.!]?\s*")
# What may follow a closing attribution's verb to the sentence's end: "on Friday", "in a
# statement", "late on Tuesday".
_ENDS_AFTER_VERB = re.compile(
    # ("told media from home and abroad": the listeners and where they are from)
    r"(?:\s+(?:reporters|journalists|correspondents|(?:the\s+)?media|the\s+press)"
    r"(?:\s+from\s+[a-z]+(?:\s+and\s+[a-z]+)?)?)?"
    r"(?:\s+(?:on|in|at|during|via|late|early|earlier|last|this|yesterday|today|overnight)\b"
    r"[^,;:“”\"]{0,80})?"
    # ("... the president said Thursday.": the day, with no "on")
    rf"(?:\s+{WEEKDAY_RE}\b[^,;:“”\"]{{0,50}})?"
    # ('..., X said, adding that B.': a second report of its own follows.)
    rf"(?:,\s+(?:{'|'.join(sorted(SECOND_ING))})\b.*"
    # ('A "B," he said after meeting Y', 'A "B", he added, citing Y': a setting, no words.)
    r"|,?\s+(?:after|before|while|when|citing|referring\s+to|speaking)\s[^“”\"]*"
    # ("..., Ukraine said as Moscow pressed on": "as" and a clause of its own)
    r"|,?\s+as\s+(?=(?:[A-Z]\w*|the|a|an|he|she|they|it|we|its|his|her|their)\b)[^“”\"]*)?[\s.!]*",
    re.DOTALL,
)
# Verbs of a stance whose short object is only the frame of a "saying" that follows.
_STANCE_FRAMES = frozenset(
    words(
        "condemned condemns criticised criticized criticises criticizes denounced denounces "
        "rebuked rebukes accused accuses"
    )
)
# A sentence's first past-tense verb after its subject ("... Jane Doe, commented on").
_FIRST_PAST = re.compile(
    r"(?<=[\w,)])\s+(?:also\s+|then\s+|later\s+|earlier\s+)?(?:[a-z]{3,}ed|said|told|wrote|spoke|gave|made)\b"
)
# A subject's verb right after it: "Jane Doe thanked", "Jane Doe also expressed".
# '"Why ...," the host asked': a question in quotation marks, someone else's.
_ASKED_AFTER = re.compile(r"[\s,–—-]*(?:[\w’'.-]+\s+){1,4}ask(?:ed|s)\b")
# A link ending a paragraph's last sentence (a post's copy), its stop lost or after it.
_LINK_TAIL = re.compile(r"(?<=\w)\s+(?:https?://|www\.|pic\.twitter\.com/)\S+\s*$")
_PRONOUN_SUBJECT = re.compile(r"\s*(He|She)\b")
_WHAT_PRONOUN = re.compile(r"\s*(?:This|That)\s+(?:is|was)\s+(?:exactly\s+)?what\s+(he|she)\b")
# "He said this in an interview ... on May 4.", "She made these remarks on Monday.": a sentence
# that only points back to words already attributed, telling when they were said.
_SAID_THIS_ON = re.compile(
    r"\s*(?:He|She|They|(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}))\s+(?:also\s+)?"
    r"(?:(?:said|stated|wrote|told\s+[^.;:“”\"]{1,40}?)\s+(?:this|so|it)\b"
    r"|made\s+(?:this|these|the)\s+(?:statement|remarks|comments?)\b)"
)
_SAID_THIS = re.compile(r"\s+(?:said|told|wrote)\s+(?:this|so|it)\b")  # "He said this in ..."
# 'saying “', 'told reporters: “': a frame that introduces the quotation right after it.
# "Jane Roe, a pensioner from X, shared her fears: ‘…’", "The governor’s words carried a grim
# urgency: “…”": the sentence's subject, a short predicate and a colon right before the mark.
_COLON_INTRODUCED = re.compile(
    # ('Pressed on the talks, Jane Roe was blunt: “…”': a participle's setting before her.)
    r"\s*(?:[A-Z][a-z]+(?:ed|ing)\s[^,:;“”\"‘’()]{1,120},\s+)?"
    r"(?P<who>(?:The\s+)?[A-Z][^,:;“”\"‘’()]{1,40}?)"
    r"(?:(?P<own>['’]s)\s+(?:words|message|reply|answer|response|remarks|post|statement|tone|voice)"
    r"|,\s+[^,:;“”\"‘’]{3,80},)?"
    # ('lashed out at the Examplian leader: “…”': a name may close the predicate.)
    r"\s+(?P<pred>[a-z][\w’'-]*(?:\s+(?:[a-z][\w’'-]*|[A-Z][\w’'-]*)){1,6})\s*:\s*"
)
# (not "X visited the square where a sign read: …", "X said what happened next: …")
_COLON_PREDICATE_NOT = re.compile(
    r"\b(?:where|which|who|whom|that|when|while|as|if|what|how|why|because|asked|question)\b"
)
_INTRODUCED_QUOTATION = re.compile(
    rf"(?:\b(?:{alternation(reporting_participles('quote'))})\b,?|:)\s*[“\"]?\s*$"
)
# "A, the governor said, adding: “B”": a trailing attribution between commas, right before the
# participle, whose subject the participle shares (not the clause's own subject).
_TRAILING_BEFORE_PARTICIPLE = re.compile(
    r",\s+(?P<who>(?:the\s+|[A-Z])[^,;:“”\"()]{1,60}?)\s+(?:also\s+)?"
    rf"(?P<verb>{'|'.join(v for v in reporting_verbs('clause') if v.endswith('ed') or v == 'said')}|wrote|told\s+[^,;:“”\"]{{1,30}}?)"
    r"\s*,?\s*$"
)
# "Jane Doe said on Monday.", "the ministry added.": a sentence that is only an attribution.
_BARE_ATTRIBUTION = re.compile(
    # ('"…." Examplian Foreign Minister Jane Roe warned.', '"…." the foreign minister said.')
    # ('"…." Kremlin spokesman Jane Roe said.', '"…." Examplia's foreign minister said.')
    # ('"…". The spokesman for the Kremlin, Jane Roe said.': a title set off before the name)
    r"\s*(?P<title>[Tt]he\s+[a-z]+\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2},\s+)?"
    r"(?:(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,4}\s+[A-Z][\w’'.-]*|(?:the\s+)?[A-Z][\w’'.-]*"
    r"|[A-Z][\w.-]*['’]s\s+[a-z]+(?:\s+[a-z]+){0,2}|the\s+[a-z]+(?:\s+[a-z]+){0,2})"
    # ('"…." Jane Roe, the Examplian defence minister, said.': her title in apposition.)
    r"(?:,\s+(?:the|a|an)\s[^,;:“”\"]{2,80},)?"
    r"\s+(?:also\s+)?"
    rf"(?:said|says|added|adds|wrote|writes|explains|{alternation(_TAG_PASTS)}|"
    r"told\s+(?:[A-Z][\w’'.-]*|reporters|journalists))"
    rf"(?:\s+(?:on|in|at|late|early|last|this)\s+[\w’'-]+(?:\s+[\w’'-]+){{0,3}}|\s+{WEEKDAY_RE})?"
    # ('"..." Jane Doe explained,' ending the paragraph: a comma the page left for a stop;
    # '"...." Jane Doe said, adding that B': a participle's report after the tag)
    r"\s*(?:\.|,(?=\s*$)|,(?=\s+(?:adding|explaining|noting|stressing|saying)\b))\s*"
)
# A speaker's own first person ("We have taken in ...", "... by our teams"), not "World War I"
# (case kept: "US" is a country).
_FIRST_PERSON_WORDS = re.compile(r"\b(?:[Ww]e|[Oo]urs?|us|[Mm]y|me)\b|(?<!War )\bI\b")
# "You just said that ...": a reporter's words put back to the one asked.
_YOU = re.compile(r"\s*(?i:you|your)\b")
# "WAR STRATEGY – ", "DEPLETED URANIUM – ": a section's label in capitals before a dash.
_RUBRIC = re.compile(r"(?:[A-Z]{2,}[A-Z'’-]*\s+){1,4}[A-Z]{2,}[A-Z'’-]*\s+[–—-]\s+(?=[A-Z“\"])")
# "Jane Doe said in a statement.", "• added the acting head of the region.": a paragraph that is
# nothing but an attribution.
_REPORT_VERB = r"(?:said|added|wrote|stated|noted|stressed|emphasi[sz]ed)"
_ATTRIBUTION_LINE = re.compile(
    r"\s*[•*·–—-]?\s*(?:(?P<who>(?:[A-Z][\w’'.-]*|[Tt]he\s+[a-z]+)(?:\s+[\w’'.-]+){0,8}?)\s+"
    rf"(?:also\s+)?{_REPORT_VERB}|{_REPORT_VERB}\s+(?P<who2>[^.,;:“”\"]{{3,100}}?))"
    r"(?:\s+(?:in|on|at)\s+(?:an?\s+|the\s+|his\s+|her\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2})?\s*\.?\s*"
)
# ", as Jane Doe, the envoy in Vienna, told the newspaper": the name after "as" is the source.
# "Jane Roe told John Doe (that)", "Jane Roe said (that)": a named person's report opening a
# clause.
_NAMED_REPORT = re.compile(
    r"(?P<who>(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,2})\s+"
    r"(?:(?:also|recently|earlier|previously|once|later)\s+)?"
    r"(?:told\s+(?:(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,2}|him|her|them|reporters|"
    r"journalists|(?:the|his|her|their)\s+[a-z][\w’'-]*)|said|stressed|noted|added|insisted)\s+(?:that\s+)?"
)
_AS_NAME_TOLD = re.compile(
    r",\s+as\s+(?P<who>(?-i:[A-Z])[\w’'.-]+(?:\s+(?-i:[A-Z])[\w’'.-]+){1,3})"
    r"(?:,\s+[^,;:“”\"]{2,140}?,)?\s+(?P<verb>told|said|wrote|noted|explained|stated|stressed)\b"
)
# "acting governor of the region", "deputy head of the council": a title in lower case.
_LOWER_ROLE = re.compile(
    rf"(?:[a-z][\w’'-]*\s+){{0,3}}(?:{alternation(sorted(PERSON_ROLES))})\b(?:\s+(?:of|to|for)\s+.*)?"
)
# "the Ukrainian governor of the region": a determiner, up to three words of any case, a role.
_DETERMINED_ROLE = re.compile(
    rf"(?:the|an?)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{alternation(sorted(PERSON_ROLES))})\b"
    r"(?:\s+(?:of|to|for)\s+.*)?"
)
# "Jane Roe, 54,": a person's age in commas after the name.
_AGE = re.compile(r"\d{1,3}")
_AGE_AFTER = re.compile(r",\s*\d{1,3}$")
_APPOSITION_WORD = re.compile(r"(?:the|a|an|his|her|its|their|who|whose)\s|[a-z]")
# "Lviv's mayor", "the region's acting governor": a place's possessive before a lower-case role.
_POSSESSIVE_ROLE = re.compile(
    rf"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?['’]s\s+{_LOWER_ROLE.pattern}"
)


def _has_quote_or_verb(phrase: str) -> bool:
    return bool(re.search(r"[“”\"]", phrase) or VERB.search(phrase))


# The newsroom's first person ("our correspondent", "we will bring you updates"): the writer
# speaks, not the speaker before (data/newsroom_nouns.txt).
_NEWSROOM_VOICE = re.compile(
    rf"\b[Oo]ur\s+(?:[\w-]+\s+)?(?:{alternation(entries('newsroom_nouns'))})\b|\b(?i:you|your)\b"
)
# A third person ("he", "her"): a narrator's sentence, no speaker's own run-on.
_THIRD_PERSON = re.compile(r"\b(?:he|she|his|her|him|hers|himself|herself)\b", re.IGNORECASE)
# "According to him, A.": a pronoun's report opening the sentence (its next plain sentence
# goes on with it).
_ACCORDING_PRONOUN = re.compile(r"\s*According\s+to\s+(?:him|her)\b")


@dataclass
class Found:
    """A statement found, with where it was found."""

    statement: ExtractedStatement
    paragraph: int
    sentence: tuple[int, int]
    region: str  # the attribution words (sentence minus the statement's own words)
    region_dates: list[tuple[DateMention, object]] = field(default_factory=list)
    explicit_via: bool = False
    sourced_only: bool = False  # "according to X": a claim on record, not an utterance that day


_PERSON_PRONOUN_OPENS = re.compile(r"\s*(?:He|She)\s")
# ", citing the ministry's spokeswoman Jane Doe." after an outlet's verb: whom it relays.
# ", citing Jane Doe", "with reference to Jane Doe" (a translation's "со ссылкой на"), after
# the outlet's verb or its inverted subject ("..., reports RIA Novosti, citing X").
_CITING = re.compile(
    r"(?:\s+[A-Z][^,.;\n]{1,40}?|\s+(?:earlier|later|previously|today|yesterday|on\s+[A-Z]\w+))?"
    r"\s*,?\s*(?:citing|with\s+reference\s+to|referring\s+to)\s+"
    r"(?P<who>[^.;\n]{3,120})"
)


# "<outlet>, citing (quoting) Jane Doe, reported": whom the outlet relays, in apposition to it
# before its verb.
_CITING_BEFORE = re.compile(r",\s*(?:citing|quoting)\s+(?P<who>[^,;.\n“”\"]{3,120}?)\s*,\s*$")


# "the head of the regional military administration", "the region's governor": a definite
# office an outlet cites (not "sources", "a report").
_CITED_ROLE = re.compile(
    r"[Tt]he\s+(?:[\w’'-]+\s+){0,2}?(?:head|chief|governor|mayor|spokes(?:man|woman|person)|"
    r"minister|commander)\b(?:\s+of\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,5})?"
)


# "said Mr Roe offered ...", "reported that Jane Roe gave ...": a reporting verb, then a
# clause opened by a named subject and its past verb.
_REPORTED_SUBJECT = re.compile(
    r"\b(?:said|says|reported|reports|wrote)\s+(?:that\s+)?"
    r"(?P<who>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,2})\s+"
    rf"(?:[a-z]{{3,}}ed|{alternation(IRREGULAR_PASTS)})\b"
)


def _is_outlet(index: ActorIndex, speaker: Speaker | None) -> bool:
    """An outlet: a known medium, or one its description calls so ("the TASS news agency")."""
    if speaker is None:
        return False
    if speaker.kind == MEDIA or (speaker.known and index.kind_of(speaker.name or "") == MEDIA):
        return True
    words = re.findall(r"[a-z]+", (speaker.context or speaker.mention).lower())
    return any(w in OUTLET_WORDS for w in words)


_POSSESSIVE_AFTER = re.compile(r"['’]s?\s+(?!own\b)[a-z]")


_REST_BLANK = re.compile(r"[\s.,]*")
_QUOTED_RUN = re.compile(r"[“\"]([^“”\"]*)[”\"]")
# A title's capitalised words before a name that opens a sentence ("French President ").
_TITLE_LEAD = re.compile(r"\s*(?:[A-Z][\w’'.-]*\s+){0,4}")
# The name's verb: a word in small letters after it ("Jane Roe confirmed", "Roe also said").
_VERB_AFTER_NAME = re.compile(
    r"(?:,\s+(?:the|a|an|who)\s[^,;:“”\"]{2,80},)?\s+(?:[a-z]+ly\s+|also\s+|has\s+|had\s+)?"
    r"(?!(?:and|or|of|in|on|at|to|for|with|from|by|who|which|whose|is|was|has|had)\b)[a-z]{2,}\b"
)
# Narration that brings in another voice ("an official", "the ministry", "she"...): no bridge.
_SOMEONE_ELSE = re.compile(
    r"\b(?:officials?|spokes(?:man|woman|person)|ministry|minister|president|governor|mayor|"
    r"army|military|sources?|residents?|analysts?|experts?|witness(?:es)?|he|she|they|we|I)\b",
    re.IGNORECASE,
)


# "the regional governor", "the head of the regional military administration": a region's head
# with no region named.
_STORY_REGION_HEAD = re.compile(
    r"(?i:the\s+)?(?:(?:regional|oblast)\s+(?:military\s+)?(?:governor|head|chief)"
    r"|(?i:governor|head)\s+of\s+the\s+(?:region|oblast)"
    r"|(?i:head)\s+of\s+the\s+(?:regional|oblast)\s+(?:military\s+|state\s+)?administration)"
)
_STORY_REGION_BODY = re.compile(
    r"(?i:(?:the\s+)?(?:regional|oblast)\s+(?:military(?:[- ]civil(?:ian)?)?\s+|state\s+)?"
    r"administration)"
)
# "the military administration in Sumy", "the Odesa Military Administration" (a city's or a
# region's name; "Kryvyi Rih" is in data/city_regions.txt)
_PLACED_MILITARY_ADMINISTRATION = re.compile(
    r"(?:(?i:the)\s+)?(?:(?i:regional|oblast)\s+)?(?i:military\s+administration)\s+(?:in|of)\s+"
    r"(?:the\s+)?(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?:\s+(?i:region|oblast))?"
    r"|(?:(?i:the)\s+)?(?P<place2>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?i:military\s+administration)"
)
# "the Russians", "the Ukrainians": a nation named by its people, alone.
_THE_NATION = re.compile(r"(?i:the)\s+(?P<demonym>[A-Z][a-z]+(?:an|ian|ese|ish|i))s")
_STORY_MAYOR = re.compile(r"(?i:the\s+)?(?:city(?:['’]s)?\s+)?(?i:mayor)")
_SMALLER_PLACES_MAYOR = re.compile(
    r"(?i)\b(?:village|town|settlement|district|community|hromada)(?:['’]s)?\s+(?:\w+\s+)?mayor"
    r"|\bmayor\s+of\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:village|town|settlement|district|community)"
)
# A subject's head before where it is: "the local military administration" of "the local
# military administration in Kupiansk district of Kharkiv province".
_HEAD_BEFORE_PLACE = re.compile(
    r"(?P<head>(?:[Tt]he\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:in|at|of|from)\s+(?:the\s+)?[A-Z]"
)


class Reader(LayoutTurns):
    """Reads the body paragraphs in order, keeping the discourse and date context."""

    def __init__(self, text, norm, index: ActorIndex, events, reference: dt.date | None):
        self.text = text
        self.norm = norm
        self.index = index
        self.events = sorted(events, key=lambda e: e[0])
        self.reference = reference
        self._titled_holders: dict[tuple, set[str]] = {}
        self.page_text = ""  # the page around the article: header, byline, footer
        self.discourse = Discourse(index, text, reference=reference)
        self.coreference = Coreference(text, norm, index, self.discourse)
        self.dating = Dating(text, reference)
        self.found: list[Found] = []
        self.body_start = len(text)  # where the first body paragraph starts
        self.dateline_city: str | None = None  # the last dateline's: "KYIV, Ukraine (AP) —"
        self.previous_plain = None  # the last sentence that held no statement, with its dates
        self.plain_from: int | None = None  # the first sentence of a paragraph all plain so far
        # the last sentence whose statements were all a state's ("Russia is sure that A"), with
        # where its statements start among those found
        self.previous_state_said = None
        self.pending_intro: Speaker | None = None  # "X said:" ending the previous paragraph
        self.last_para_direct: Speaker | None = None  # speaker of a quote ending the paragraph
        # the quotation's speaker was carried over one paragraph of narration (BBC style)
        self.bridged = False
        self.earlier_body: clean.Paragraph | None = None  # the body paragraph before last_body
        self.transcript = False  # a broadcast transcript: "NAME: words" turns
        self.transcript_speaker: Speaker | None = None  # whose turn runs on
        self.in_question = False  # an interviewer's labelled question runs on
        self.transcript_people: dict[str, str] = {}  # surname label -> the full name
        self.layout = Layout()  # transcript turns, Q&A, a published speech (formats.py)
        self.interviewee: Speaker | None = None  # whose answers / speech the layout holds
        self.own_voice: Speaker | None = None  # the body whose own statement the page is
        self.quote_runs_on: Speaker | None = None  # a quotation left open at a paragraph's end
        self.opened_quote: clean.Paragraph | None = None  # '"A.' left open, no one named yet
        # Paragraphs inside a quotation that runs on over three or more paragraphs ('"A.' /
        # 'B.' / 'C," she said.'): held, unread as prose, until the closing one names the speaker.
        self.run_middles: set[int] = set()
        self.held: list[clean.Paragraph] = []
        self.last_body: clean.Paragraph | None = None  # the body paragraph read before
        self.own_words_next: Speaker | None = None  # the speaker of the last sentence read

    # --- paragraphs -------------------------------------------------------------------------

    def quotation_runs(self, body: list[clean.Paragraph]) -> None:
        """Finds the quotations that run on over three or more body paragraphs: one opened and
        left open ('"We share a neighbourhood.'), paragraphs without a quotation mark (or each
        opened again and left open, the classic style), then one whose only mark closes the
        quotation before its attribution ('..., which they show," he noted.'). The paragraphs
        between are the quotation's, not the writer's prose."""
        i = 0
        while i < len(body):
            if not self._opens_unclosed(body[i]):
                i += 1
                continue
            j = i + 1
            while j < len(body) and j - i <= _RUN_LIMIT and self._run_goes_on(body[j]):
                j += 1
            if (
                j < len(body)
                and j - i >= 2
                and self._closes_attributed(body[j])
                # (a last paragraph opened again ends a run whose every paragraph opens: one
                # without marks before it is narration after a quotation the page left open)
                and (
                    not self._opens_unclosed(body[j], closed=True)
                    or all(self._opens_unclosed(q) for q in body[i + 1 : j])
                )
            ):
                self.run_middles.update(q.index for q in body[i + 1 : j])
            i = j

    def _opens_unclosed(self, p: clean.Paragraph, closed: bool = False) -> bool:
        """Whether the paragraph opens a quotation and leaves it open (or, `closed`, opens one
        that it closes later)."""
        marks = _QUOTE_CHARS.findall(self.text, p.start, p.end)
        return (
            len(marks) == 1 + closed
            and marks[0] in '“"'
            and bool(_OPENS_RUN.match(self.text, p.start))
        )

    def _run_goes_on(self, p: clean.Paragraph) -> bool:
        return not _QUOTE_CHARS.search(self.text, p.start, p.end) or self._opens_unclosed(p)

    def _closes_attributed(self, p: clean.Paragraph) -> bool:
        marks = list(_QUOTE_CHARS.finditer(self.text, p.start, p.end))
        if len(marks) == 2 and marks[0].start() == p.start and marks[0].group() in '“"':
            # ('"C," said Jane Doe.' after paragraphs each opened again: the classic style,
            # whose last paragraph opens once more before it closes.)
            marks = marks[1:]
        return (
            len(marks) == 1
            and marks[0].group() in '”"'
            and marks[0].start() > p.start + 1
            and bool(AFTER_ATTRIBUTION.match(self.text, marks[0].end(), p.end))
        )

    def _lost_marks(
        self, p: clean.Paragraph, speaker: Speaker | None, before: list[clean.Paragraph | None]
    ) -> bool:
        """A paragraph right after one that reported a named person, with no quotation marks,
        in the first person (twice or more), reporting no one and naming no person: that
        person's words, their block quotation's marks lost. Only in running prose (no
        transcript, speech, interview or list), and never in a page written in the first
        person (the paragraph before is narration: no "I" or "we" outside quotation marks)."""
        text, layout = self.text, self.layout
        if speaker is None or not speaker.name or speaker.mention == "(continuation)":
            return False
        if (
            layout.transcript
            or layout.speech_from is not None
            or layout.quotes_from is not None
            or layout.interview_questions
            or self.interviewee is not None
            or self.own_voice is not None
        ):
            return False
        if self.discourse.kind_of(speaker.name) != "person":
            return False
        words_ = text[p.start : p.end]
        if (
            len(_FIRST_PERSON_WORDS.findall(words_)) < 2
            or len(words_.split()) < 12
            or _QUOTE_CHARS.search(words_)
            or words_.lstrip().startswith(("'", "‘"))  # (a single-quoted one left open)
            or _NEWSROOM_VOICE.search(words_)  # ("our correspondent", "we will bring you ...")
            or VERB.search(words_)
            or words_.rstrip().endswith(("?", ":"))
        ):
            return False
        if any(
            m.kind not in ("place", "city", "country", "region")
            for m in self.discourse.mentions(p.start, p.end)
        ):
            return False  # (nor a body, an outlet: "We are the news team of the Examplia Post.")
        # (the two paragraphs before are narration: no "I" or "we" outside quotation marks)
        for b in before:
            if b is None:
                continue  # (the page's start: no narration before the report)
            spans = [(q.open, q.outer_end) for q in quote_spans(text, b.start, b.end)]
            if _FIRST_PERSON_WORDS.search(minus(text, b.start, b.end, spans)):
                return False
        return True

    def paragraph(self, p: clean.Paragraph) -> None:
        self.body_start = min(self.body_start, p.start)
        if p.index in self.run_middles:
            self.held.append(p)  # inside a quotation run: read when the run closes
            return
        previous, self.last_body = self.last_body, p
        earlier, self.earlier_body = self.earlier_body, previous
        if previous is not None:
            self._quotation_before_attribution(previous, p)
        if city := dateline_city(self.text, p.start, p.end):
            self.dateline_city = city  # a wire story's, or a live blog entry's
        asking = False
        if self.transcript:
            turn = self.layout.turns.get(p.index)
            # "Q: Your minister indicated that A. Is it coming?": the premise of a question.
            asking = bool(
                turn and turn.asks and self.text[turn.start : p.end].rstrip().endswith("?")
            )
            p = self._transcript_turn(p)
            if p is None:
                return
        elif self._block_turn(p) or self._name_tagged_quote(p):
            return
        text = self.text
        quotes = [
            q
            for q in quote_spans(text, p.start, p.end)
            if not _quoted_outlet(text, q) and not _quoted_title(text, q)
        ]
        sents = sentences(text, p.start, p.end, quotes)
        if sents and (
            stamp := _ENTRY_TIME.match(text, sents[0][0], sents[0][1])
            or _SOURCE_TAG.match(text, sents[0][0], sents[0][1])
        ):
            # "7 p.m.: Russia has ..., an official said.", "15.53 The ministry says ...": a live
            # blog entry's time opens the paragraph; the sentence starts after it.
            sents[0] = (stamp.end(), sents[0][1])
        if sents and (link := _LINK_TAIL.search(text, sents[-1][0], sents[-1][1])):
            # "A, Jane Doe said on Monday https://t.co/Ab12": a post's copy ends with its link,
            # no part of the sentence (its attribution ends before it).
            sents[-1] = (sents[-1][0], link.start())
        self.dating.start_paragraph()
        self.dating.heading(text, p.start, p.end)
        previous_direct = self.last_para_direct
        bridged, self.bridged = self.bridged, False
        if not quotes and not bridged and self._lost_marks(p, previous_direct, [previous, earlier]):
            # "X said that A." then "The partners gave us much, we thank them, but it is not
            # enough.": a block quotation that lost its marks, in X's first person.
            self.dating.start_paragraph()
            end = p.end
            while end > p.start and text[end - 1].isspace():
                end -= 1
            dates = self.dating.sentence_dates(p.start, end, [])
            self._add(previous_direct, "direct", p.start, end, p, (p.start, end), "", dates, None)
            self.discourse.note(previous_direct.name, previous_direct.kind, previous_direct.mention)
            self.last_para_direct = None
            return
        intro = self.pending_intro
        self.pending_intro = None
        self.last_para_direct = None
        sentence_speaker: Speaker | None = None
        speakers_para: list[Speaker] = []
        found_before = len(self.found)
        opened_before, self.opened_quote = self.opened_quote, None
        according_carry: Speaker | None = None  # "According to him, A." just before
        own_words_carry: Speaker | None = None  # the one speaker of the sentence before
        for si, (sa, sb) in enumerate(sents):
            sq = [q for q in quotes if sa <= q.open < sb]
            dates = self.dating.sentence_dates(sa, sb, quotes)
            found_before = len(self.found)
            if (
                self.previous_plain is None
                and (state_said := self.previous_state_said) is not None
                and state_said[2] is p
                and BACK_PASSIVE.match(text, sa, sb)
            ):
                # "Russia is sure that A. This was stated by spokesman Jane Roe.": the state
                # spoke through Roe; the sentence before is hers, read again as hers.
                del self.found[state_said[4] :]
                self.previous_plain = state_said[:4]
            self.previous_state_said = None
            consumed: list[tuple[int, int]] = []
            speakers_here: list[Speaker] = []
            for q in sq:
                words = len(text[q.start : q.end].split())
                if (
                    words <= 4
                    and not text[p.start : q.open].strip()
                    and not text[q.outer_end : p.end].strip(" \n.")
                    and not re.search(r"[.!?,;…]", text[q.start : q.end])
                ):
                    continue  # '“Problem to solve”' alone on its line: a subheading quoting
                if _ASKED_BEFORE.search(text, sa, q.open) and text[q.end - 1 : q.end] == "?":
                    continue  # 'She was asked by X: “Do you think ...?”': the question put to her
                if (
                    words <= 5
                    and _TITLED_WORDS.fullmatch(text, q.start, q.end)
                    and _SHOW_BEFORE.search(text, max(sa, q.open - 40), q.open)
                ):
                    continue  # 'In an interview on CBS’ “Face the Nation,” X said ...': a show
                speaker, mention_note, verb_span = self._direct_attribution(q, sa, sb, si, sents, p)
                if speaker is None and q.closed and (said := self._said_that_colon(q, sa)):
                    speaker = said  # 'X told Y that A: “B.”': B is X's too
                if verb_span and quoted_fragment(text, verb_span, q, sb):
                    continue  # 'said "parts" of the plan "could work"': a mixed clause
                if (
                    verb_span
                    and verb_span[0] >= q.outer_end
                    and words <= 4
                    and text[sa : q.open].strip()
                    and len(text[verb_span[1] : sb].split()) >= 4
                    and _CLAUSE_AFTER_VERB.match(text, verb_span[1], sb)
                    and looks_like_clause(text[verb_span[1] : sb])
                ):
                    # 'the claim that he was a "spy chief," Roe said she could not confirm it':
                    # a phrase quoted in the sentence's opening; Roe's report is the clause after
                    # her verb.
                    continue
                if (
                    speaker is not None
                    and verb_span
                    and verb_span[0] >= q.outer_end
                    and speaker.name
                    and speaker.kind in (MEDIA, ORGANISATION)
                    and (before := self._reports_before(sa, q.open)) is not None
                    and re.search(r"\w", text[before[1] : q.open])
                ):
                    # 'Jane Roe said the city "will never surrender", the agency reported.': a
                    # quotation inside a person's reported clause, which an outlet or a body
                    # relays ('the spokesman said, "...", the agency reported' is read by
                    # `_direct_attribution`: his words, relayed).
                    continue
                if (
                    (
                        len(text[q.outer_end : verb_span[0]].split()) >= 3
                        if verb_span
                        else any(o.open > q.open for o in sq)
                    )
                    and "," not in text[q.end - 1 : q.outer_end + 1]
                    and words <= 8
                    and q.closed
                    and not text[sa : q.open].strip()
                    and FRAGMENT_GOES_ON.match(text, q.outer_end, sb)
                    and looks_like_clause(re.sub(r"[“”\"]", "", text[q.start : sb]))
                ):
                    # '“Twenty drones” missed their targets due to “jamming,” it added.': a
                    # phrase quoted at the start of the reported clause; one mixed statement.
                    continue
                if (
                    verb_span
                    and verb_span[0] >= q.outer_end
                    and words <= 8
                    and (
                        "," in text[q.end - 1 : q.outer_end + 1]
                        # ('A as "B" Prime Minister Jane Doe said': the comma left out.)
                        or _CAPITAL_SUBJECT.match(text, q.outer_end, verb_span[1])
                    )
                    and (
                        _ENDS_AFTER_VERB.fullmatch(text, verb_span[1], sb)
                        # ('A, he "B," said Jane Doe, press secretary of X.': her title after.)
                        or (
                            _TITLE_TO_END.fullmatch(text, verb_span[1], sb)
                            and not looks_like_clause(text[verb_span[1] : sb])
                        )
                    )
                    and _INSIDE_CLAUSE.search(text, sa, q.open)
                    and (
                        looks_like_clause(text[sa : q.open])
                        # (a long subject: its verb past the first fifteen words)
                        or (
                            len(text[sa : q.open].split()) > 15
                            and has_finite_verb(text[sa : q.open])
                        )
                    )
                ):
                    # 'A, while they suffer "colossal losses," the minister noted.': a phrase
                    # quoted inside the reported clause; the sentence is one mixed statement.
                    continue
                if (
                    speaker is None
                    and speakers_here
                    and q.closed
                    and (ing := _SECOND_ING_BEFORE.search(text, sa, q.open))
                ):
                    # '"A," the colonel said, adding "B."', '..., before adding that "B"': the
                    # same speaker's second quotation (an unclosed one may run on past its
                    # words: the clause after "adding" is read as a report instead).
                    speaker, verb_span = speakers_here[-1], (ing.start(), ing.end())
                if (
                    speaker is None
                    and speakers_here
                    and text[q.open] in "–—"
                    and any(
                        o.close is not None and text[o.close] == "," for o in sq if o.open < q.open
                    )
                ):
                    # '“A, – said X. – B.”': the quotation's second part, after the attribution
                    # that interrupted it (sentences.py split it at the dashes), is X's too.
                    speaker = speakers_here[-1]
                if (
                    speaker is None
                    and speakers_here
                    and q.closed
                    and _DASH_BEFORE_QUOTE.search(text, sa, q.open)
                    and any(
                        _DASH_AFTER_QUOTE.match(text, o.outer_end) for o in sq if o.open < q.open
                    )
                ):
                    # '“A”, – he said. – “B”.': a second quotation after the dashed attribution
                    # of the first is the same speaker's.
                    speaker = speakers_here[-1]
                if speaker is None and speakers_para and q.open == sa > p.start:
                    last = speakers_para[-1]
                    speaker = Speaker(last.name, "(continuation)", last.kind, -1, -1)
                if (
                    speaker is None
                    # ("💬 “…”": a post's speech balloon before the mark opens nothing else)
                    and q.open in (p.start, after_marker(text, p.start, p.end))
                    and not _ASKED_AFTER.match(text, q.outer_end, sb)
                    # ('"It is premature to say" that A, B told reporters.': a quoted phrase
                    # opening a reported clause, not a run-on quotation)
                    and not _THAT_AFTER.match(text, q.outer_end, sb)
                ):
                    # (a paragraph that ends introducing someone's words with a colon hands them
                    # on, over any quotation before it in that paragraph)
                    carried = (
                        intro if intro is not None and intro.name else previous_direct or intro
                    )
                    if bridged and not (
                        q.closed and _REST_BLANK.fullmatch(text, q.outer_end, p.end)
                    ):
                        carried = None  # after narration only a paragraph that is all quotation
                    if carried is not None and (carried.name or carried.mention):
                        # A quotation run on over paragraphs: the words are the same speaker's,
                        # named or not ("the leaders said: "A. / "B.").
                        speaker = Speaker(carried.name, "(continuation)", carried.kind, -1, -1)
                one_word_answer = (
                    words == 1
                    and verb_span is not None
                    and not text[sa : q.open].strip()
                    and _ANSWER_WORD.fullmatch(text, q.start, q.end)
                )
                if (
                    speaker is None
                    or (words < 2 and not one_word_answer)
                    or (words < 3 and verb_span is None)
                ):
                    continue  # (but '“No,” Peskov replied': a one-word answer, its tag given)
                a, b = q.start, q.end
                while a < b and text[a].isspace():
                    a += 1
                if b <= a:
                    continue
                consumed.append((q.open, q.outer_end))
                if verb_span and not (
                    q.closed
                    and not _PARTICIPLE_COLON.search(text, sa, q.open)
                    and self._said_that_colon(q, sa)
                ):
                    # ('He said that A: “B”': the verb frames A too, its own statement)
                    consumed.append(verb_span)
                region = minus(text, sa, sb, [(q.open, q.outer_end)])
                self._add(speaker, "direct", a, b, p, (sa, sb), region, dates, mention_note)
                speakers_here.append(speaker)
                self.last_para_direct = speaker
            for q in quotes:
                if q.closed and sa <= q.open < sb:
                    continue
                if q.open < sa and q.end > sa and not q.closed:
                    consumed.append((sa, min(sb, q.end)))
            direct_here = list(speakers_here)
            speakers_para.extend(direct_here)
            early_back = None
            if (
                not direct_here
                and self.previous_plain is not None
                and BACK_PASSIVE.match(text, sa, sb)
            ):
                # "This was reported on Telegram by the head of X, Jane Roe.": the sentence
                # before is Roe's; the passive's "by" is no one's report of its own.
                early_back = self._back_reference(sa, sb, p, dates)
            spoke = (
                []
                if early_back
                else self._indirect(
                    sa, sb, p, consumed, quotes, dates, (direct_here or [sentence_speaker])[-1]
                )
            )
            if not spoke and not direct_here and (tagged := self._colon_tag(sa, sb, p, dates)):
                spoke = [tagged]
            speakers_here.extend(spoke)
            # "X insisted that A. "B."": a bare quotation after X's report is X's too.
            speakers_para.extend(s for s in spoke if s.name)
            if spoke:
                # "X told the BBC that A." then a paragraph that is one bare quotation: X's
                # words, when X is a person the article named, or a body ("The ministry said
                # that A." then its statement's words), and the report ends the paragraph (so
                # do two reports of X's: "X admits A but he insists B.").
                last = spoke[-1]
                ends = sb >= p.end - 1 and len({s.name for s in spoke}) == 1
                named = last.name and self.discourse.kind_of(last.name) in (
                    "person",
                    "organisation",
                )
                self.last_para_direct = last if ends and named else None
            back = early_back
            if early_back:
                speakers_here.append(early_back)
            elif not speakers_here and (
                back := self._back_reference(sa, sb, p, dates) or self._attribution_line(sa, sb, p)
            ):
                speakers_here.append(back)
            if not speakers_here and not sq and (own := self._own_voice_claim(sa, sb, p, dates)):
                speakers_here.append(own)
            if (
                not speakers_here
                and according_carry is not None
                and (carried := self._according_run_on(according_carry, sa, sb, p, dates))
            ):
                speakers_here.append(carried)
            if (
                not speakers_here
                and not sq
                and own_words_carry is not None
                and not any(q.open < sa < q.end for q in quotes)  # (not inside a quotation)
                and (carried := self._first_person_run_on(own_words_carry, sa, sb, p, dates))
            ):
                speakers_here.append(carried)
            own_words_carry = (
                speakers_here[0]
                if speakers_here
                and speakers_here[0].name
                and len({s.name for s in speakers_here}) == 1
                and speakers_here[0].kind != MEDIA
                else None
            )
            according_carry = (
                spoke[0]
                if len(spoke) == 1 and spoke[0].name and _ACCORDING_PRONOUN.match(text, sa, sb)
                else None
            )
            self.previous_plain = None if speakers_here else (sa, sb, p, dates)
            if speakers_here or (si > 0 and self.plain_from is None):
                self.plain_from = None
            elif si == 0:
                self.plain_from = sa  # where this paragraph's run of plain sentences opens
            if speakers_here and all(
                # ("The authorities of the region announced A. This was announced by the head
                # of the region's administration, Jane Roe.": an unnamed subject's too.)
                sp.kind == "state" or sp.name is None
                for sp in speakers_here
            ):
                self.previous_state_said = (sa, sb, p, dates, found_before)
            if text[sa:sb].rstrip().endswith(":") or _INTRO_COMMA.search(text, sa, sb):
                intro = self._intro_speaker(sa, sb) or intro
                if sb >= p.end - 1:
                    self.pending_intro = intro
            if speakers_here:
                sentence_speaker = speakers_here[0]
                # ('"A," Jane Roe said, alluding to John Doe's words that B.': the quotation's
                # speaker is the one a later "she added" means; the aside's is noted first.)
                aside = [sp for sp in spoke if direct_here and sp not in direct_here]
                for s in [*aside, *(sp for sp in speakers_here if sp not in aside)]:
                    self.discourse.note(s.name, s.kind, s.context)
                if back is not None:
                    # "The head of the regional military administration, Jane Doe, reported
                    # this.": her description is noted, so "the head of the RMA" is her later;
                    # then she is the last one named ("..., the message stated": hers).
                    self._note_subject(sa, sb, quotes)
                    self.discourse.note(back.name, back.kind, back.context)
                    if (
                        sb >= p.end - 1
                        and back.name
                        and self.discourse.kind_of(back.name) == "person"
                    ):
                        # "Mayor Jane Roe announced this." then a paragraph that is one bare
                        # quotation: Roe's words.
                        self.last_para_direct = back
            else:
                self._note_subject(sa, sb, quotes)
            if quotes and not quotes[-1].closed and quotes[-1].open >= sa and speakers_here:
                self.quote_runs_on = self.last_para_direct  # 'X said: "A.' then 'B."'
            told_of = (
                self._people_told_of(sa, sb)
                if any(d.kind in ("weekday", "relative") for d, _ in dates)
                else []
            )
            self.dating.advance(
                dates,
                told_of,
                said=[
                    (f.statement.start, f.statement.end, f.statement.speaker)
                    for f in self.found[found_before:]
                ],
                persons=frozenset(p for p in told_of if self.discourse.kind_of(p) == "person"),
                voices=any(
                    self.discourse.kind_of(p)
                    in ("person", "organisation", "state", "media", "group")
                    for p in told_of
                ),
            )
            if len(self.found) == found_before and self.found:
                self._said_this_on(sa, sb, dates)
        self.own_words_next = own_words_carry
        if len(self.found) == found_before and sents and not quotes:
            # "Jane Doe thanked the envoys for their help." then a paragraph that is one bare
            # quotation: the words of the person the paragraph was about.
            self.last_para_direct = self._acting_person(*sents[-1])
            if (
                self.last_para_direct is None
                and previous_direct is not None
                and previous_direct.name
                and not bridged
                and not any(
                    m.kind not in ("place", "city", "country", "region")
                    for m in self.discourse.mentions(p.start, p.end)
                )
                and not _SOMEONE_ELSE.search(text, p.start, p.end)
            ):
                # '"A," said Jane Doe.' then a paragraph of narration naming no one, then one
                # that is only a quotation: Doe's still (the quotation runs on past the
                # narration; once, and never after a paragraph that names someone).
                self.last_para_direct = previous_direct
                self.bridged = True
        if (opened_before is not None or self.held) and len(self.found) > found_before:
            count = len(self.found)
            self._opened_quote_ends(opened_before, p, found_before)
            if self.held:
                self._held_run_ends(found_before + len(self.found) - count)
        self.held = []
        if asking:
            # An interviewer's question reports no one's claim of its own: only the words of
            # someone it names stay ("President Doe has said A. What do you make of it?").
            self.found[found_before:] = [
                f for f in self.found[found_before:] if f.statement.speaker
            ]
        last = self.found[-1].statement if len(self.found) > found_before else None
        if (
            last is not None
            and last.kind == "direct"
            and last.speaker
            and self.discourse.kind_of(last.speaker) == "person"
            and (
                _ADDRESS_WORDS.search(text, p.start, p.end)
                # 'Jane Doe said: "A. B.' left open at the paragraph's end: the page dropped the
                # marks of the quotation running on.
                or (quotes and not quotes[-1].closed and last.start >= quotes[-1].start)
            )
        ):
            # '"...," Jane Doe said in her nightly address.': first-person paragraphs after it
            # may copy the address on (`_unquoted_run`).
            self.address_run = Speaker(last.speaker, last.speaker_mention, "person", -1, -1)
        if len(self.found) == found_before and _OPENS_UNCLOSED.match(text, p.start):
            marks = [q for q in quotes if q.open == p.start]
            if not marks or not marks[0].closed:
                # '"A. B.' with no closing mark: the quotation may close, attributed, in the
                # next paragraph.
                self.opened_quote = p

    def _opened_quote_ends(
        self, opened: clean.Paragraph | None, p: clean.Paragraph, first: int
    ) -> None:
        """'"A. B.' then '"C," Jane Doe said.' (or 'C," Jane Doe said.'): the quotation opened
        in the paragraph before runs on into this one, whose attribution names its speaker.
        (`opened` is None when a run of held paragraphs stands between: `_held_run_ends`.)"""
        head = self.found[first]
        statement = head.statement
        if not statement.speaker:
            return
        text = self.text
        if statement.start - p.start > 2 or statement.kind == "indirect":
            # "...', he adds." closing a quotation the paragraph never opened: the whole
            # paragraph up to the closing mark is the quotation, with the one before it.
            close = _CLOSING_MARK.match(text, statement.end)
            if close is None or _QUOTE_CHARS.search(text, p.start, statement.start):
                return
            end = statement.end
            while end > p.start and text[end - 1] in "'’\"” ,.":
                end -= 1
            statement.start, statement.end, statement.kind = p.start, end, "direct"
            statement.text = text[p.start : end]
        if opened is None:
            return
        if _QUOTE_CHARS.search(self.text, opened.start + 1, opened.end):
            return  # a paragraph with quotations of its own inside: not one running quotation
        start, end = opened.start + 1, opened.end
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if len(self.text[start:end].split()) < 4:
            return
        speaker = Speaker(statement.speaker, "(continuation)", statement.speaker_kind, -1, -1)
        dates = self.dating.sentence_dates(opened.start, opened.end, [])
        self._add(
            speaker, "direct", start, end, opened, (opened.start, opened.end), "", dates, None
        )
        self.found.insert(first, self.found.pop())

    def _quotation_before_attribution(self, before: clean.Paragraph, p: clean.Paragraph) -> None:
        """'We view the matter from a pro-trade angle,' then a paragraph 'he pointed
        out.' (a block quotation whose marks the page drew as a box): the paragraph before,
        left open on a comma, without quotation marks and with no statement of its own, is the
        words of the one the lower-case attribution names."""
        text = self.text
        if not text[p.start : p.start + 1].islower() or p.index != before.index + 1:
            return
        m = _LOWER_ATTRIBUTION.match(text, p.start, p.end)
        if m is None:
            return
        end = before.end
        while end > before.start and text[end - 1].isspace():
            end -= 1
        if (
            text[end - 1 : end] != ","
            or _QUOTE_CHARS.search(text, before.start, end)
            or len(text[before.start : end].split()) < 4
        ):
            return
        speaker = self.coreference.referred(
            self.discourse.subject(m.start("subj"), m.end("subj")), m.start("subj")
        )
        if speaker is None or not speaker.name:
            return
        # ("They believe this war can be won," then "he explained.": the report read inside the
        # quotation is part of the quoted words.)
        while self.found and self.found[-1].paragraph == before.index:
            self.found.pop()
        dates = self.dating.sentence_dates(p.start, p.end, [])
        region = text[p.start : m.end()]
        self._add(
            speaker, "direct", before.start, end, before, (before.start, end), region, dates, None
        )

    def _held_run_ends(self, at: int) -> None:
        """The paragraphs held inside a quotation run are the words of the speaker its closing
        paragraph names (the statement now at `at`); they go in before that statement."""
        closing = self.found[at].statement
        if not closing.speaker or closing.kind != "direct":
            return
        speaker = Speaker(closing.speaker, "(continuation)", closing.speaker_kind, -1, -1)
        for p in self.held:
            start, end = p.start, p.end
            if self.text[start] in '“"':
                start += 1
            while end > start and self.text[end - 1].isspace():
                end -= 1
            if len(self.text[start:end].split()) < 4:
                continue
            dates = self.dating.sentence_dates(p.start, p.end, [])
            self._add(speaker, "direct", start, end, p, (p.start, p.end), "", dates, None)
            self.found.insert(at, self.found.pop())
            at += 1

    def _unnamed_body_before(self, paragraph: int) -> bool:
        """Whether the last statement, in this paragraph or the one before, was a body's that
        no name resolved ("the ministry said")."""
        if not self.found or self.found[-1].paragraph < paragraph - 1:
            return False
        last = self.found[-1].statement
        mention = last.speaker_mention.strip()
        return (
            last.speaker is None
            and mention.lower().startswith("the ")
            and could_be_a_speaker(mention)
            and not re.search(r"(?i)\b(?:official|source|people|person|man|woman)s?\b", mention)
        )

    def _sentence_subject(self, sa: int, limit: int) -> Speaker | None:
        """The subject before a sentence's first past-tense verb ("The President of Ruritania,
        Jane Doe, commented on ..."), when it names someone."""
        verb = _FIRST_PAST.search(self.text, sa, limit)
        if verb is None or verb.start() - sa > 120:
            return None
        if re.search(r"[“”\"]", self.text[sa : verb.start()]):
            return None
        speaker = self.discourse.subject(sa, verb.start())
        if speaker is None or not (speaker.name or could_be_a_speaker(speaker.mention)):
            return None
        return speaker

    def _acting_person(self, sa: int, sb: int) -> Speaker | None:
        """The person a sentence opens with as its subject ("Ruritanian President Jane Doe
        thanked ...", or "She said this in an interview ..." of a person named before), named
        in full or known."""
        if (what := _WHAT_PRONOUN.match(self.text, sa, sb)) and _CLAUSE_PAST.match(
            self.text, what.end(), sb
        ):
            # "Acting governor Jane Doe. This is what she admitted at the meeting with X.": a
            # pointer to her words, she the person named just before it.
            named = [
                m
                for m in self.discourse.mentions(max(self.body_start, sa - 300), sa)
                if m.actor and self._is_person(m)
            ]
            if named and self.discourse.gender(named[-1].actor) in (
                "m" if what.group(1) == "he" else "f",
                "?",
            ):
                last = named[-1]
                return Speaker(last.actor, last.surface, "person", last.start, last.end, last.known)
        if (he := _PRONOUN_SUBJECT.match(self.text, sa, sb)) and (
            _CLAUSE_PAST.match(self.text, he.end(), sb) or _SAID_THIS.match(self.text, he.end(), sb)
        ):
            speaker = self.discourse.pronoun(he.group(1), he.start(1), he.end(1))
            return speaker if speaker.name and speaker.kind == "person" else None
        for m in self.discourse.mentions(sa, sb):
            if m.start - sa > 60 or VERB.search(self.text, sa, m.start):
                return None
            if re.search(r"[,;:]", self.text[sa : m.start]) and not (
                (lead := _TITLE_APPOSED_LEAD.fullmatch(self.text, sa, m.start))
                and lead["head"].lower() in TITLE_HEADS
            ):
                # "After meeting Jane Doe, the envoy ...": not the subject ("The chancellor,
                # Jane Doe, addressed ...": her title in apposition is)
                return None
            if not m.actor or not self._is_person(m) or _POSSESSIVE_AFTER.match(self.text, m.end):
                return None
            if not (
                _CLAUSE_PAST.match(self.text, m.end, sb)
                or _APPOSED_PAST.match(self.text, m.end, sb)
            ):
                return None
            return Speaker(m.actor, m.surface, "person", m.start, m.end, m.known)
        return None

    def _plain_claim_end(self, sa: int, sb: int) -> int | None:
        """Where the sentence text[sa:sb] ends (trailing space aside) if it is a plain claim of
        five words or more that reports no one's words: no reporting verb, no "according to",
        no question and no introducing colon; else None."""
        text = self.text
        if VERB.search(text, sa, sb) or ACCORDING.search(text, sa, sb):
            return None
        end = sb
        while end > sa and text[end - 1].isspace():
            end -= 1
        if len(text[sa:end].split()) < 5 or text[end - 1 : end] in ("?", ":"):
            return None
        return end

    def _according_run_on(self, source: Speaker, sa, sb, p, dates) -> Speaker | None:
        """ "According to him, A. B.": the plain sentence right after a pronoun's "according
        to" report, in the same paragraph, that reports no one else's words, goes on with the
        report (the same speaker's claim)."""
        text = self.text
        end = self._plain_claim_end(sa, sb)
        if end is None or not looks_like_clause(text[sa:end]):
            return None
        if text[end - 1] in ".!":
            end -= 1
        speaker = Speaker(source.name, "(continuation)", source.kind, -1, -1)
        region = minus(text, p.start, p.end, [(sa, end)])
        self._add(speaker, "indirect", sa, end, p, (sa, sb), region, dates, None)
        return speaker

    def _first_person_run_on(self, source: Speaker, sa, sb, p, dates) -> Speaker | None:
        """ "X stressed that A. We have taken in a million refugees.": a plain sentence in the
        first person right after X's statement, in the same paragraph, that reports no one's
        words and speaks of no third person, is X's own claim (the page dropped the marks).
        A narrator's first person comes with a third person ("as we said, he tied ...")."""
        text = self.text
        end = self._plain_claim_end(sa, sb)
        if end is None or text[end - 1] == "?" or not looks_like_clause(text[sa:end]):
            return None
        if (
            not _FIRST_PERSON_WORDS.search(text, sa, end)
            or _THIRD_PERSON.search(text, sa, end)
            or _NEWSROOM_VOICE.search(text, sa, end)
        ):
            return None
        if text[end - 1] in ".!":
            end -= 1
        speaker = Speaker(source.name, "(continuation)", source.kind, -1, -1)
        region = minus(text, p.start, p.end, [(sa, end)])
        self._add(speaker, "indirect", sa, end, p, (sa, sb), region, dates, None)
        return speaker

    def _own_voice_claim(self, sa, sb, p, dates) -> Speaker | None:
        """A sentence of a body's own statement (a ministry's statement, a think tank's
        assessment) that reports no one else's words: the body's claim."""
        text = self.text
        if self.own_voice is None or (end := self._plain_claim_end(sa, sb)) is None:
            return None
        region = minus(text, p.start, p.end, [(sa, end)])
        self._add(self.own_voice, "indirect", sa, end, p, (sa, sb), region, dates, None)
        return self.own_voice

    def _attribution_line(self, sa, sb, p) -> Speaker | None:
        """A paragraph that only names who said the paragraph before ("Jane Doe said in a
        statement.", "• added the acting head of the region."): a page that lost its block
        quotation's marks; the paragraph before, which no one was said to say, is theirs."""
        text = self.text
        if text[p.start : sa].strip() or text[sb : p.end].strip():
            return None
        line = _ATTRIBUTION_LINE.fullmatch(text, sa, sb)
        if line is None:
            return None
        # The paragraph before (a lost block quotation is often read as a caption: no full stop).
        end = p.start
        while end > 0 and (text[end - 1].isspace() or text[end - 1] in "•*·–—-"):
            end -= 1
        start = text.rfind("\n", 0, end) + 1
        if start >= end or any(start <= f.statement.start < end for f in self.found):
            return None
        if _QUOTE_CHARS.search(text, start, end) or VERB.search(text, start, end):
            return None
        while end > start and text[end - 1] in " .;:,":
            end -= 1
        words = text[start:end]
        if len(words.split()) < 6 or not looks_like_clause(words):
            return None
        who = "who" if line.group("who") else "who2"
        speaker = self.discourse.subject(line.start(who), line.end(who))
        if speaker is None or not speaker.name:
            return None
        dates = self.dating.sentence_dates(start, end, [])
        self._add(speaker, "direct", start, end, p, (start, end), "", dates, None)
        return speaker

    def _people_told_of(self, sa: int, sb: int) -> list[str]:
        """The people a sentence names; a sentence opened by "He" or "She" ("She was in Odesa
        on Monday.") tells of the person the article spoke of last."""
        # (not a dateline's city in capitals, "MOSCOW, 10 November –", a name the gazetteer lacks)
        people = [
            m.actor
            for m in self.discourse.mentions(sa, sb)
            if m.actor and not (not m.known and m.surface.isupper())
        ]
        if (
            not people
            and _PERSON_PRONOUN_OPENS.match(self.text, sa)
            and self.discourse.salient
            and self.discourse.salient[-1].kind == "person"
        ):
            people = [self.discourse.salient[-1].name]
        return people

    def _said_this_on(self, sa, sb, dates) -> None:
        """ "A, X said. He said this in an interview on May 4.": the day told after the words
        dates them, and the speaker's undated words just before."""
        m = _SAID_THIS_ON.match(self.text, sa, sb)
        if not m:
            return
        day = next(
            ((d, r) for d, r in dates if d.start >= m.end() and r.date and r.precision == DAY),
            None,
        )
        last = self.found[-1].statement
        if day is None or not last.speaker:
            return
        if m.group("name") and m.group("name").split()[-1] not in last.speaker:
            return
        for f in reversed(self.found):
            s = f.statement
            if s.speaker != last.speaker or s.said_on is not None or s.said_on_evidence:
                break
            s.said_on, s.said_on_precision = day[1].date, DAY
            s.said_on_evidence = f"told after the words: {day[0].text}"

    def _cited_source(self, start: int, end: int) -> Speaker | None:
        """Whom an outlet cites in text[start:end]: the person named there, else the first
        known body that is not itself an outlet ("a statement by the General Staff")."""
        if person := self.first_person_in(start, end):
            return person  # ("citing Jane Roe at a briefing with John Doe": Roe)
        for m in self.discourse.mentions(start, end):
            if m.known and m.actor and not _POSSESSIVE_AFTER.match(self.text, m.end):
                kind = self.discourse.kind_of(m.actor)
                if kind in (ORGANISATION, STATE):
                    return Speaker(m.actor, m.surface, kind, m.start, m.end, True)
                return None
        return None

    def _back_reference(self, sa, sb, p, dates) -> Speaker | None:
        """ "X reported this on Telegram": the sentence before, which no one was said to say,
        is X's statement."""
        previous = self.previous_plain
        m = _BACK_REFERENCE.match(self.text, sa, sb)
        passive = None if m else BACK_PASSIVE.match(self.text, sa, sb)
        # "That's according to the regional administration, <outlet> reports.": the source of
        # the sentence before, as with "This was stated by X".
        passive = passive or (None if m else _ACCORDING_BACK.match(self.text, sa, sb))
        if previous is None or not (m or passive):
            return None
        if passive:  # "This was stated by X on Telegram."
            who_start, who_end = passive.span("who")
            for known in self.index.known_mentions(self.norm, who_start, sb):
                if known.start < who_end < known.end:
                    who_end = known.end  # "by the Institute for the Study of War": its full name
            named = self.text.rfind(",", who_start, who_end)
            # "by the head of Examplia RMA, Jane Roe": Roe, not the RMA
            person = self.person_in(named + 1, who_end) if named > 0 else None
            speaker = person or self.discourse.subject(who_start, who_end)
            if (speaker is None or not speaker.name) and passive.re is _ACCORDING_BACK:
                # "according to the regional administration's press service": the body's
                owner = re.search(
                    r"['’]s\s+press\s+(?:service|office)$", self.text[who_start:who_end]
                )
                body_end = who_start + owner.start() if owner else who_end
                speaker = self.discourse.subject(who_start, body_end)
                body = self.text[who_start:body_end]
                if (speaker is None or not speaker.name) and _THE_HEAD.fullmatch(body.strip()):
                    # "the regional military administration": named by the sentence before
                    speaker = Speaker(None, body, None, who_start, body_end, False)
            elif (speaker is None or not speaker.name) and who_end < sb:
                # "by analysts from the Examplia Institute for the Study of Y": a name that
                # runs past the word ("for") the agent was cut at.
                end = len(self.text[:sb].rstrip(" .!"))
                speaker = self.discourse.subject(who_start, end) or speaker
            if (
                _is_outlet(self.index, speaker)
                and (cited := _CITING.match(self.text, who_end, sb))
                and (source := self._cited_source(cited.start("who"), cited.end("who")))
            ):
                # "This was reported by Examplia News, citing a statement from Jane Roe.": Roe's.
                speaker = source
        else:
            verb = next(g for g in ("verb", "made", "made2") if m.group(g))
            speaker = self._subject_before(sa, m.start(verb), m.group(verb))
        if speaker is None or not (
            speaker.name or (passive and passive.re is _ACCORDING_BACK and speaker.mention)
        ):
            return None
        pa, pb, pp, pdates = previous
        last_sentence = pa
        if (
            (passive or m)
            and pp.index != p.index
            and self.plain_from is not None
            and pp.start <= self.plain_from < pa
            and not self.text[p.start : sa].strip()
            and not _QUOTE_CHARS.search(self.text, self.plain_from, pa)
        ):
            # "A. B.\n\nThis was stated by X.": a passive paragraph of its own points back to
            # the whole paragraph before, when nothing in it was anyone's statement; so does
            # "X made this statement during ..." or "X said this on air" opening a paragraph.
            pa = self.plain_from
        start = pa
        lead = _LEADING_ADVERBIAL.match(self.text, pa, pb)
        if lead and any(lead.start() <= d.start < lead.end() for d, _ in pdates):
            start = lead.end()  # "Overnight and on the morning of March 22, <statement>"
        if dateline := _DATELINE.match(self.text, start, pb):
            start = dateline.end()  # "Turin, 2 June (Agency) – <statement>"
        if source := _LEADING_ACCORDING.match(self.text, start, pb):
            # "According to government estimates, A. X said this.": the source note opens no
            # words of X's
            start = source.end()
        end = cut_trailing(self.text, start, pb)
        said = self.text[start:end]
        # The sentence is named as said, so its verb may come late ("The number of wounded after
        # the overnight strike on the depot in the north has grown to six."), or follow a long
        # leading phrase ("After the night-time shelling of a suburb, two houses burned down").
        # (Of a whole paragraph, its last sentence is read: the one the reference follows.)
        checked = said if start >= last_sentence else self.text[last_sentence:end]
        if len(said.split()) < 4 or not (
            looks_like_clause(checked)
            or has_finite_verb(checked)
            or looks_like_clause(checked.partition(", ")[2])
        ):
            return None
        region = self.text[sa:sb] + " " + self.text[pa:start]
        kind = "indirect"
        if _WHOLE_QUOTE.fullmatch(self.text, start, end):
            # '"The West is tired." This was stated by X.': the quote is X's own words.
            start, end, kind = start + 1, end - 1, "direct"
        # ("This was stated by X on Monday", "X shared this update on May 6": the day told in
        # the back reference dates the words too.)
        self._add(speaker, kind, start, end, pp, (pa, pb), region, pdates + list(dates), None)
        return speaker

    # --- direct quotes ----------------------------------------------------------------------

    def _relative_gap(self, sa: int, sb: int, h) -> bool:
        """'... the missiles that it says Russia had launched.': the verb reports inside a
        relative clause whose object is the noun before "that"; the few words after it to the
        sentence's end are no clause of their own."""
        text = self.text
        rel = _RELATIVE_BEFORE.search(text, max(sa, h.verb_start - 80), h.verb_start)
        if rel is None:
            return False
        rest = text[h.verb_end : sb].strip(" .!?\n")
        # ("a series of demands that it said had not been met": the verb runs straight into an
        # auxiliary; the relative clause's subject is the noun before "that".)
        if _SUBJECT_GAP.match(rest):
            return len(rest.split()) <= 4
        if VERB.fullmatch(rel.group("noun")):
            return False
        return 0 < len(rest.split()) <= 4

    def _reports_before(self, sa: int, at: int) -> tuple[Speaker, int] | None:
        """The person the sentence opens with and where their reporting verb ends, before the
        quotation at `at` ("Jane Roe said the city “...”", "the spokesman said, “...”"); else
        None."""
        text = self.text
        if QUOTE_MARK.search(text, sa, at):
            return None
        for v in VERB.finditer(text, sa, at):
            speaker = self.discourse.subject(sa, v.start())
            if speaker is not None and speaker.name and speaker.kind == PERSON:
                return speaker, v.end()
            return None
        return None

    def _given_name_first(self, name: str) -> bool:
        """A new name of two or three words whose first is a given name the lists know
        ("Michael Roe"), as no heading's words are ("Live Updates")."""
        words_ = name.split()
        return 2 <= len(words_) <= 3 and words_[0].lower() in self.index.given_words

    def _said_that_colon(self, q: QuoteSpan, sa: int) -> Speaker | None:
        """The named subject of the sentence's "X said that A:" before a quotation that opens
        after its colon ('X told Y that A: “B.”'), else None."""
        text = self.text
        if not text[sa : q.open].rstrip().endswith(":"):
            return None
        if QUOTE_MARK.search(text, sa, q.open):
            return None
        verb = next(
            (
                v
                for v in VERB.finditer(text, sa, q.open)
                # ("told the Examplia Weekly that": a listener between the verb and "that")
                if _THAT_AFTER_VERB.match(text, v.end(), q.open)
            ),
            None,
        )
        if verb is None:
            return None
        speaker = self.discourse.subject(sa, verb.start())
        return speaker if speaker is not None and speaker.name else None

    def _direct_attribution(self, q: QuoteSpan, sa, sb, si, sents, p):
        text = self.text
        unresolved = None
        if (topic := self._topic_answer(q, sa, sb)) is not None:
            return topic, None, None
        if q.closed and (m := _QUOTED_AS_SAYING.match(text, q.outer_end, sb)):
            # '"...," his spokesman X quoted him as saying': the words are the leader's.
            who = m.group("who")
            if who.lower() in ("him", "her", "them"):
                speaker = self.discourse.pronoun(who, m.start("who"), m.end("who"))
            else:
                speaker = self.discourse.subject(m.start("who"), m.end("who"))
            relay = self.discourse.subject(m.start("via"), m.end("via"))
            if speaker is not None and (speaker.name or _unresolved_speaker(speaker)):
                return speaker, relay.name if relay else None, (q.outer_end, m.end())
        if q.closed and (m := _STATED_IN_DOCUMENT.match(text, q.outer_end, sb)):
            doc = Speaker(None, m.group("doc"), None, m.start("doc"), m.end("doc"), False)
            speaker = self.coreference.referred(doc, q.open)
            if speaker is not None and speaker.name:
                return speaker, None, (q.outer_end, m.end())
        if q.closed:
            limit = sb
            bare = None
            if (
                q.outer_end >= sb - 1
                and si + 1 < len(sents)
                and (
                    text[q.end - 1 : q.end] in ("!", "?", "…")
                    or text[q.end - 3 : q.end] == "..."
                    or not text[sa : q.open].strip()
                    and (bare := _BARE_ATTRIBUTION.match(text, *sents[si + 1]))
                    and (bare.end() == sents[si + 1][1] or text[bare.end() - 1] != ".")
                )
                # ('X questioned the plan, saying: "Who decides?" Y said that …': a quotation
                # its own frame introduces takes no tag from the next sentence.)
                and not _INTRODUCED_QUOTATION.search(text, sa, q.open)
            ):
                # '"Russian troops are shelling Kherson!" Prokudin wrote.': the exclamation
                # (a question, a trailing ellipsis) ended the sentence, the attribution follows in the next one; so does a full
                # stop when the next sentence is nothing but the attribution ('"The bridge is
                # open." Jane Doe said on Monday.').
                limit = sents[si + 1][1]
            # ('"A". Jane Roe said': the page put the full stop after the closing mark)
            tag_at = q.outer_end + (limit > sb and text[q.outer_end : q.outer_end + 1] == ".")
            if limit > sb and bare is not None and bare.group("title"):
                tag_at = bare.end("title")  # (the title set off before the name: the name's)
            m = DASH_INVERTED.match(text, tag_at, limit) or AFTER_ATTRIBUTION.match(
                text, tag_at, limit
            )
            if (
                m
                and m.group("subj")
                and re.match(r"(?:but|and|while)\s", m.group("subj").strip())
                and looks_like_clause(text[m.end() : limit])
            ):
                m = None  # '"A" but he insists B': a second report of its own, not A's tag
            if (
                m
                and m.groupdict().get("unclosed")
                and not text[m.start("subj") : m.end("subj")].strip()[:1].isupper()
            ):
                m = None  # '"A" will be taken, an official said': no name before the apposition
            if m and m.group("verb2") in ("told", "tells"):
                m = None  # '"...," told Agerpres.': the outlet told, not the speaker (unnamed)
            if m and m.group("subj") and _WHAT_THEY.search(m.group("subj")):
                # 'said it "makes no sense" to keep what she described as ruins': a relative
                # clause describing the clause's object, not the quotation's attribution.
                m = None
            if (
                m
                and (lead := (m.group("subj") or "").split(maxsplit=1))
                and lead[0][:1].islower()
                and not VERB.fullmatch(lead[0])
                and (lead[0] in PREPOSITIONS or re.fullmatch(r"[a-z]{3,}(?:ed|ing)", lead[0]))
            ):
                # 'the mood was "calm" compared with the terror people felt': the clause goes
                # on after the quotation; the verb at its end is a relative clause's.
                m = None
            subject = m and (m.group("subj2") or m.group("subj") or "").strip()
            if subject and (one := ONE_OF_THEM.fullmatch(subject)):
                # '"...," said one, who asked not to be named': one of the group named before.
                group = self.coreference.last_group(one.group("noun"), q.open)
                if group is not None:
                    return group, None, (q.outer_end, m.end())
            if m:
                if m.group("subj") is not None:
                    seg_a, seg_b = m.start("subj"), m.end("subj")
                    verb_span = (q.outer_end, m.end())
                else:
                    seg_a, seg_b = m.start("subj2"), m.end("subj2")
                    verb_span = (q.outer_end, m.end())
                    named = _NAME_AFTER_DESCRIPTION.match(text, seg_b, limit)
                    if named and re.search(r"\b[a-z]{3,}\b", text[seg_a:seg_b]):
                        # '"...," said the head of the district council, Jane Doe.': the
                        # description, then the person's name in apposition, is hers
                        seg_b = named.end("name")
                if aside := _PARTICIPLE_ASIDE.search(text, seg_a, seg_b):
                    # '"...," an officer, using the call sign "Hawk", told AFP': the subject
                    # ends before the participle's aside.
                    seg_b = aside.start()
                elif signed := _CALL_SIGN_APPOSED.match(text, seg_b, limit):
                    # '"...," said one soldier, identified by the call sign Hawk.': the soldier
                    # is named by the call sign the apposition gives
                    seg_b = signed.end()
                if m.group("subj") is not None and (
                    dashed := _DASHED_RELATIVE.search(text, seg_a, seg_b)
                ):
                    # '"...," Jane Roe – who told Examplians earlier that A – said': the subject
                    # ends before the relative clause, whose own report (A) stays to be read.
                    seg_b = dashed.start()
                    verb_span = (m.start("verb"), m.end())
                subject = text[seg_a:seg_b]
                # A name, or a name with an apposition ("X, the head of the agency,"); a long
                # title only when a known person's name ends it ("said the head of the
                # Ministry of Defence of the Republic of Ruritania Belov").
                head = subject.strip()
                if doc := DOCUMENT_FROM.match(head):
                    # '"…," a press release from Examplia's Ministry of External Affairs
                    # stated': the issuer's words are the ones counted, not the document's.
                    head = doc.group("who")
                head_words = len(head.split(",")[0].split())
                if head_words <= 14 and len(subject.split()) <= 20:
                    speaker = self.coreference.referred(self.discourse.subject(seg_a, seg_b), seg_a)
                    if head_words > 8 and not (
                        speaker is not None
                        and speaker.known
                        and speaker.end >= seg_b - 1
                        and self.discourse.kind_of(speaker.name or "") == "person"
                    ):
                        speaker = None
                    if (
                        speaker is not None
                        and speaker.kind != "person"
                        and (relayed := self.discourse.relayed(m.end(), limit))
                    ):
                        # '"…," state TV said in a report on Roe's comments': Roe's words, which
                        # the outlet (or body) relays.
                        return relayed, speaker.name or speaker.mention, verb_span
                    if (
                        speaker is not None
                        and speaker.name
                        and self.discourse.kind_of(speaker.name) in (MEDIA, ORGANISATION)
                        and (before := BEFORE_ATTRIBUTION.search(text, sa, q.open))
                        and (
                            inner := self._subject_before(
                                sa, before.start("verb"), before.group("verb")
                            )
                        )
                        and inner.name
                    ):
                        # 'The spokesman said, "…," TASS reported': the spokesman's words,
                        # which the agency (or a body) relays
                        return inner, speaker.name, (before.start("verb"), before.end())
                    if speaker and speaker.name:
                        return speaker, None, verb_span
                    if _unresolved_speaker(speaker):
                        # '"...," she said': a quote with a reporting frame is a statement
                        # even when no one it could be is in sight.
                        unresolved = (speaker, None, verb_span)
        cited = QUOTED_X_AS.search(text, sa, q.open)
        if cited and (who := self.discourse.subject(*cited.span("who"))) is not None:
            # 'The think tank cited a senior official as saying: "…"': the one cited
            who = self.coreference.referred(who, cited.start("who"))
            if who is not None and (who.name or _unresolved_speaker(who)):
                return who, None, (cited.start(), cited.end())
        m = BEFORE_ATTRIBUTION.search(text, sa, q.open)
        while m and (
            _DOCUMENT_PARTICIPLE.search(text, max(sa, m.start("verb") - 120), m.start("verb"))
            # ("In a video that was posted on Thursday, X said: …": the document's verb.)
            or (
                m.group("verb").split()[0] in _DOCUMENT_MADE
                and BEFORE_ATTRIBUTION.search(text, m.end("verb"), q.open)
            )
        ):
            # "In a message posted to his channel, X wrote: "…"": the verb after the document's
            # participle attributes the quotation.
            m = BEFORE_ATTRIBUTION.search(text, m.end("verb"), q.open)
        if m:
            speaker = self._subject_before(sa, m.start("verb"), m.group("verb"))
            if speaker and speaker.name:
                return speaker, None, (m.start("verb"), m.end())
            if unresolved is None and _unresolved_speaker(speaker):
                unresolved = (speaker, None, (m.start("verb"), m.end()))
        tag = DASH_NAME.fullmatch(text, q.outer_end, sb) if q.closed else None
        tag = tag or NAME_COLON.fullmatch(text, sa, q.open)
        appositive = None if tag else NAME_ROLE_COLON.fullmatch(text, sa, q.open)
        # ("Jax, British fighter:": a role that describes a person)
        described = bool(appositive and _PERSON_ROLE_WORD.search(appositive["role"]))
        tag = tag or appositive
        if tag is not None:
            # "Zelensky: “...”", "“...” — Zelensky.": a known person's name tags the quotation.
            speaker = self.discourse.subject(tag.start("who"), tag.end("who"))
            if (
                described
                and speaker is not None
                and not speaker.known
                and len(tag["who"].split()) == 1
            ):
                # "Jax, British fighter: “…”": a one-word name, a person by the role after it
                who = tag["who"]
                self.discourse.new_actors.setdefault(who, "person")
                speaker = Speaker(who, who, "person", tag.start("who"), tag.end("who"), False)
            # A known body tags it too ("The Examplian Defence Ministry: “...”"), and so does a
            # new name after its title ("Defence Minister Jane Roe: “...”"), never a bare new
            # name ("Live Updates: “...”").
            if (
                speaker is not None
                and speaker.name
                and (
                    speaker.known
                    and self.discourse.kind_of(speaker.name) in ("person", "organisation")
                    or not speaker.known
                    and speaker.kind == "person"
                    and (
                        speaker.mention.endswith(" " + speaker.name)
                        # ("Michael Roe: “…”": a new name opening with a given name; "Jax,
                        # British fighter: “…”": a name its role describes)
                        or self._given_name_first(speaker.name)
                        or described
                    )
                )
            ):
                return speaker, None, (tag.start(), tag.end())
        if (intro := _COLON_INTRODUCED.fullmatch(text, sa, q.open)) is not None and not (
            _COLON_PREDICATE_NOT.search(intro.group("pred"))
        ):
            # "Jane Roe, a pensioner from X, shared her fears: ‘…’", "The governor’s words
            # carried a warning: ‘…’": a short predicate without a reporting verb, then a colon;
            # the sentence's subject (a person, or a known body) speaks.
            # ("Jane Roe’s words": the owner of the words, read with them)
            who_end = intro.start("pred") - 1 if intro.group("own") else intro.end("who")
            who = self.discourse.subject(intro.start("who"), who_end)
            who = who and self.coreference.referred(who, intro.start("who"))
            if (
                who is not None
                and who.name
                and (
                    who.kind == "person"
                    or who.known
                    and self.discourse.kind_of(who.name) in ("person", "organisation")
                )
            ):
                return who, None, (intro.start("pred"), intro.end())
        if (
            not q.closed
            and text[q.open : q.open + 1] in "–—-"
            and (who := self._dash_runs_on(q, p))
        ):
            return who, None, None  # '– A, – said Jane Roe. – B.': hers too
        if si > 0:
            pa, pb = sents[si - 1]
            prev = text[pa:pb].rstrip()
            m = re.search(r"\b(\w+)[.:]$", prev)
            # '... Rubio said. "<quote>"': only a quote that opens the sentence runs on from it.
            opens = not text[sa : q.open].strip() or prev.endswith(":")
            if m and opens and VERB.fullmatch(m.group(1)):
                verb_at = pb - len(m.group())
                closed = max(pa, *(text.rfind(c, pa, verb_at) + 1 for c in '”"'))
                speaker = self._subject_before(pa, verb_at, m.group(1))
                tagged = next(
                    (
                        f.statement
                        for f in reversed(self.found)
                        if pa <= f.statement.start < closed and f.statement.speaker
                    ),
                    None,
                )
                if tagged is not None and speaker is not None and 0 <= speaker.start < closed:
                    # ('“A,” Metinvest says. “B.”': B is the one A was given to, not a name
                    # read inside A)
                    speaker = Speaker(
                        tagged.speaker,
                        tagged.speaker_mention,
                        self.discourse.kind_of(tagged.speaker),
                        -1,
                        -1,
                    )
                if (
                    speaker
                    and speaker.name
                    and self.discourse.kind_of(speaker.name) == "media"
                    and (said := _SAID_BEFORE_OUTLET.search(text, pa, speaker.start))
                    and (inner := self._subject_before(pa, said.start("verb"), said["verb"]))
                    and inner.name
                ):
                    # '"…," he said, Reuters reported. "…"': the words run on from the one the
                    # outlet reports, not from the outlet
                    return inner, None, None
                if speaker and speaker.name:
                    return speaker, None, None
        if unresolved is None and (named := self._narrated_subject(q, sa, sb, sents)):
            return named, None, None
        return unresolved or (None, None, None)

    def _dash_runs_on(self, q: QuoteSpan, p) -> Speaker | None:
        """A dash-opened quotation right after a sentence that ends in its attribution ("– A,
        – said Jane Roe. – B." or "- A, Jane Roe said. – B."): the same speaker's."""
        before = self.text[p.start : q.open].rstrip()
        tag = _INVERTED_TAG_END.search(before) or _PLAIN_TAG_END.search(before)
        if tag is None:
            return None
        who = self.discourse.subject(p.start + tag.start("who"), p.start + tag.end("who"))
        return who if who is not None and who.name else None

    def _whole_sentence(self, q: QuoteSpan, sa, sb) -> bool:
        """Whether a closed quotation is its whole sentence (nothing before it, nothing but
        marks after it)."""
        return (
            not self.text[sa : q.open].strip()
            and q.closed
            and bool(_REST_BLANK.fullmatch(self.text, q.outer_end, sb))
        )

    def _topic_answer(self, q: QuoteSpan, sa, sb) -> Speaker | None:
        """'► the risk of the tanks coming too late:' then a paragraph that is one quotation:
        an interview write-up's topic line and the interviewee's answer (the page's interviewee,
        else the person spoken of last)."""
        text = self.text
        if not self._whole_sentence(q, sa, sb):
            return None
        before = text[:sa].rstrip()
        line = before[before.rfind("\n") + 1 :]
        if not _TOPIC_LINE.fullmatch(line):
            return None
        if self.interviewee is not None and self.interviewee.name:
            return self.interviewee
        for s in reversed(self.discourse.salient[-6:]):
            if s.kind == "person" and s.name:
                return Speaker(s.name, s.name, "person", q.open, q.open, True)
        return None

    def _narrated_subject(self, q: QuoteSpan, sa, sb, sents) -> Speaker | None:
        """'Jane Roe confirmed her plan to visit the port. "Our aim is clear."': a sentence that is
        all quotation, right after one whose subject is a named person (the gazetteer's or a new
        name) and in which no one else speaks, is that person's."""
        text = self.text
        if not self._whole_sentence(q, sa, sb):
            return None
        si = next((i for i, (a, _) in enumerate(sents) if a == sa), 0)
        asked = self._asked_just_before(sa) if si == 0 else None
        if si > 0:
            pa, pb = sents[si - 1]
        elif asked:
            pa, pb = asked  # "Jane Doe was asked about the border." then her answer, quoted
        elif (before := self._unquoted_paragraph_before(sa)) is not None:
            pa, pb = before  # "She does not know if she can return." then her words, alone
        else:
            return None
        if any(len(quoted.split()) >= 5 for quoted in _QUOTED_RUN.findall(text, pa, pb)):
            return None  # a quotation of its own before: the rules above read its attribution
        if (he := _PRONOUN_SUBJECT.match(text, pa, pb)) and not verb_hits(text, pa, pb):
            # "She does not know if she will ever return." then “…”: the person she is
            referent = self.discourse.pronoun(he[1], he.start(1), he.end(1))
            if referent.name and self.discourse.kind_of(referent.name) == "person":
                return Speaker(referent.name, "(continuation)", "person", -1, -1)
            return None
        mentions = [m for m in self.discourse.mentions(pa, pb) if m.actor]
        if not mentions:
            return None
        first = mentions[0]
        person = (
            self.discourse.kind_of(first.actor) == "person"
            if first.known
            else first.kind == "person"
        )
        if (
            not person
            or not _TITLE_LEAD.fullmatch(text, pa, first.start)
            or not (asked or _VERB_AFTER_NAME.match(text, first.end, pb))
        ):
            return None
        for h in verb_hits(text, pa, pb):
            said = self._subject_before(pa, h.verb_start, h.verb)
            if said is not None and said.name != first.actor:
                return None  # someone else speaks in it
        return Speaker(first.actor, "(continuation)", "person", -1, -1)

    def _unquoted_paragraph_before(self, sa: int) -> tuple[int, int] | None:
        """The last sentence of the paragraph right before `sa` (the start of a paragraph),
        when that paragraph holds no quotation mark: narration about someone."""
        pb = len(self.text[:sa].rstrip())
        if pb <= 0 or self.text[pb - 1 : pb] not in ".!?":
            return None
        pa = self.text.rfind("\n", 0, pb) + 1
        if QUOTE_MARK.search(self.text, pa, pb):
            return None
        stop = max(self.text.rfind(". ", pa, pb - 1), self.text.rfind("? ", pa, pb - 1))
        return (stop + 2 if stop >= 0 else pa), pb

    def _asked_just_before(self, sa: int) -> tuple[int, int] | None:
        """The span of the paragraph right before `sa` when it is one sentence saying that
        someone was asked a question ("President Jane Doe was asked about the border."), else
        None."""
        pb = len(self.text[:sa].rstrip())
        pa = self.text.rfind("\n", 0, pb) + 1
        line = self.text[pa:pb]
        if not WAS_ASKED.search(line) or re.search(r"[.!?]\s+[A-Z]", line):
            return None
        return pa, pb

    def _fits(self, speaker: Speaker, pronoun: str) -> bool:
        """Whether "he" / "she" can be this person."""
        if not speaker.name or self.discourse.kind_of(speaker.name) != "person":
            return False
        wanted = {"he": "m", "she": "f"}.get(pronoun.lower())
        return wanted is not None and self.discourse.gender(speaker.name) == wanted

    def _subject_before(self, sa: int, verb_start: int, verb: str) -> Speaker | None:
        seg = self._segment_start(sa, verb_start)
        # ("X thanked Y, stating that ...": the participle's subject opens the sentence.)
        leftmost = verb.split()[0] in PARTICIPLES or verb.startswith("by ")
        if leftmost:
            for m in WITH_SAYING.finditer(self.text, sa, verb_start + len(verb) + 1):
                if m.start("verb") == verb_start and (
                    (absolute := self.discourse.subject(m.start("who"), m.end("who")))
                    and absolute.name
                ):
                    # "Moscow reacted with glee, with Jane Roe saying on Telegram: “…”": the
                    # absolute's own subject speaks
                    return absolute
            if trailing := _TRAILING_BEFORE_PARTICIPLE.search(self.text, sa, verb_start):
                # "A, the governor said, adding: “B”": the trailing attribution's subject
                who = self.discourse.subject(trailing.start("who"), trailing.end("who"))
                who = who and self.coreference.referred(who, trailing.start("who"))
                if who is not None and who.name:
                    return who
        speaker = self.discourse.subject(seg, verb_start, leftmost=leftmost)
        if (speaker is None or speaker.name is None) and (
            rel := _RELATIVE_BEFORE_VERB.search(self.text, seg, verb_start)
        ):
            speaker = self.discourse.subject(seg, rel.start(), leftmost=leftmost) or speaker
        if speaker is None and seg > sa:
            speaker = self.discourse.subject(sa, seg, leftmost=True)
        return speaker

    def _first_clause_subject(self, sa: int, seg: int) -> Speaker | None:
        """The subject of the sentence's first clause: the words before its first clause
        boundary ("X, the head of Y, did not confirm | that ...")."""
        boundary = _CLAUSE_BOUNDARY.search(self.text, sa, seg)
        end = boundary.start() if boundary else seg
        found = self.discourse.subject(sa, end)
        if (
            (found is None or not found.name)
            and (predicate := FIRST_PREDICATE.search(self.text, sa, end))
            and len(self.text[sa : predicate.start()].split()) <= 12
            and (before := self.discourse.subject(sa, predicate.start())) is not None
            and before.name
        ):
            # "The head of the Examplian Ministry of Foreign Affairs thanked A, but said that
            # B": the description before the first clause's verb, not the clause's whole words
            return before
        return found

    def _segment_start(self, sa: int, verb_start: int) -> int:
        lead = (
            _LEADING_SUBORDINATOR.match(self.text, sa, verb_start)
            or _LEADING_SETTING.match(self.text, sa, verb_start)
            # "SEOUL (Yonhap) -- Officials said": the dateline is no part of the subject
            or _DATELINE.match(self.text, sa, verb_start)
        )
        start = lead.end() if lead else sa
        if asked := _ASKED_ASIDE.search(self.text, sa, verb_start):
            verb_start = asked.start()  # "X, when asked if A was over, said": the question's
        elif (
            (aside := _SUBJECT_ASIDE.search(self.text, sa, verb_start))
            and re.search(r"\w", self.text[start : aside.start()])
            and not looks_like_clause(_without_apposition(self.text[start : aside.start()]))
        ):
            # "X, after talks with Y in Z, told reporters ...", "X, while visiting A, said":
            # a setting between commas after the subject holds no clause of the sentence's own.
            verb_start = aside.start()
        elif rel := _RELATIVE_BEFORE_VERB.search(self.text, sa, verb_start):
            # "X, who took office after his party won, said": the relative clause's own "after"
            # is no boundary of the sentence's.
            verb_start = rel.start()
        for m in _CLAUSE_BOUNDARY.finditer(self.text, sa, verb_start):
            if _AS_ROLE.match(self.text, m.start(), verb_start):
                continue  # "Jane Doe, as the summit's host, said": a role, not a clause
            if m.group().lstrip(", ").startswith("where") and _RELATIVE_BEFORE_VERB.match(
                self.text, m.start(), verb_start
            ):
                continue  # "X, the mayor of Y, where the port is, said": a place's relative clause
            if _AS_ROLE_AND.match(self.text, m.start(), verb_start):
                continue  # "X welcomed Y's election as Estonia's minister and said": X's verbs
            if (
                m.group().strip() == "after"
                and _SETTING_NOUN.match(self.text, m.end(), verb_start)
                and not _FINITE_WORD.search(self.text, m.end(), verb_start)
            ):
                continue  # "X after a meeting with the envoys says": a setting, not a clause
            start = m.end()
        return start

    def _intro_speaker(self, sa: int, sb: int) -> Speaker | None:
        """The speaker of a sentence that ends in a colon, introducing a quotation."""
        # ('X told Y: "A." Z, however, stated:': the colon's own clause, after the quotation)
        for after in _CLOSED_THEN_CAPITAL.finditer(self.text, sa, sb):
            sa = after.end()
        # ("But, when Y reminded him that A, X laughed and said:": the main clause's verb, not
        # the leading subordinate clause's)
        if opening := OPENING_SUBORDINATE.match(self.text, sa, sb):
            sa = opening.end()
        if _OPENING_PARTICIPLE.match(self.text, sa, sb):
            # ("Responding to reports that A, X said that B:", "Speaking after the talks, the
            # minister said:": the main clause after the participle's setting)
            for comma in _COMMA.finditer(self.text, sa, sb):
                first = VERB.search(self.text, comma.end(), sb)
                if first is not None and (
                    speaker := self._subject_before(comma.end(), first.start(), first.group("verb"))
                ):
                    return speaker
        first = VERB.search(self.text, sa, sb)
        if first is not None:
            return self._subject_before(sa, first.start(), first.group("verb"))
        if (
            (colon := _COLON_INTRODUCED.fullmatch(self.text, sa, sb))
            and not _COLON_PREDICATE_NOT.search(colon["pred"])
            and (speaker := self._subject_before(sa, colon.start("pred"), colon["pred"].split()[0]))
            and speaker.name
            and (speaker.known or speaker.kind == PERSON)
        ):
            # "Jane Roe, visibly frustrated, lashed out at the leader:" then the quotation
            return speaker
        if released := _RELEASED_INTRO.search(self.text, sa, sb):
            # "The Pentagon has just released this, though:", "X issued the following
            # statement:": the words that follow are the release's
            return self._subject_before(sa, released.start("verb"), released.group("verb"))
        for h in verb_hits(self.text, sa, sb):
            if h.form == "according":
                # "According to the mayor, one person died:": the source's words follow.
                source = self._hit_speaker(h, sa, [], None)
                if source is not None and source.name:
                    return source
        # "X, however, appeared unconvinced, stating on Telegram:": the participle's subject.
        ing = _INTRO_PARTICIPLE.search(self.text, sa, sb)
        if ing is None:
            return None
        verb = ing.group().lstrip(", ").strip()
        speaker = self._subject_before(sa, ing.start(), verb)
        lead = self.text[sa : ing.start()].split(",")[0]
        if (speaker is None or not speaker.name) and len(lead.split()) <= 4:
            # ("Jane Roe, however, appeared unconvinced, stating:": the name opening it)
            speaker = self.first_person_in(sa, sa + len(lead)) or speaker
        return speaker

    def _colon_tag(self, sa, sb, p, dates) -> Speaker | None:
        """ "Russia has lost 2,800 troops in its invasion: Deputy Defence Minister Hanna Malyar."
        A claim tagged with its source after a colon, as headlines and live blogs write."""
        m = _COLON_TAG.fullmatch(self.text, sa, sb)
        if m is None or not looks_like_clause(m.group("claim")):
            return None
        speaker = self.discourse.subject(m.start("who"), m.end("who"))
        if speaker is None or not speaker.name or not speaker.known and speaker.kind != "person":
            return None
        start, end = m.start("claim"), cut_trailing(self.text, m.start("claim"), m.end("claim"))
        region = self.text[m.end("claim") : sb]
        self._add(speaker, "indirect", start, end, p, (sa, sb), region, dates, None)
        return speaker

    # --- indirect statements ----------------------------------------------------------------

    def _indirect(self, sa, sb, p, consumed, quotes, dates, sentence_speaker) -> list[Speaker]:
        text = self.text
        inside_quote = [(q.start, q.end) for q in quotes]

        def blocked(pos: int) -> bool:
            return any(a <= pos < b for a, b in consumed) or any(
                a <= pos < b for a, b in inside_quote
            )

        hits = [
            h
            for h in verb_hits(text, sa, sb)
            if not blocked(h.verb_start)
            # "X, which had threatened to veto ..., did not": the narrator's background.
            and not (h.form == "inclusive" and in_relative_clause(text, sa, h.verb_start))
            # "X, whose office had denied the report, said ...": a possessive relative is the
            # narrator's background on X, never X's report.
            and not _WHOSE.match(text, max(sa, text.rfind(",", sa, h.verb_start)), sb)
            # "regions that Russia claims to have annexed", "he is said to be": a stance, not
            # a report.
            and not (
                _INFINITIVE_PERFECT.match(text, h.verb_end, sb)
                # (not "Examplia claims to have retaken ...": verb_hits kept the subject's claim)
                and not (h.form == "inclusive" and text.startswith("to ", h.content_start))
            )
            # "In a message posted to his channel, X said": a participle of the document (not
            # "Jane Doe in the video claimed that": the subject's name before the document).
            and not (
                (
                    doc := _DOCUMENT_PARTICIPLE.search(
                        text, max(sa, h.verb_start - 120), h.verb_start
                    )
                )
                and not (
                    _NAME_JUST_BEFORE.search(text, max(sa, doc.start() - 60), doc.start())
                    and h.verb.split()[0] not in _DOCUMENT_MADE
                )
            )
            # "Asked about a newspaper report that A, X said": the question's topic.
            and not ((asked := _ASKED_OPENING.match(text, sa, sb)) and h.verb_start < asked.end())
            and not self._relative_gap(sa, sb, h)
        ]
        # ("But, when Y reminded him that A, X said ...": the conjunction's comma aside)
        lead_at = conj.end() if (conj := _CONJUNCTION_COMMA.match(text, sa, sb)) else sa
        for h in hits:
            if (
                h.form in ("finite", "that", "inclusive")
                and _LEADING_SUBORDINATE.match(text, lead_at, h.verb_start)
                and "," not in text[lead_at : h.verb_start]
                and (comma := _main_clause_comma(text, h.content_start, h.content_end, sb)) > 0
                # not "As X reported earlier,"
                and (
                    len(text[h.content_start : comma].split()) >= 3
                    or not re.search(r"(?i:\bas)\s", text[sa : h.verb_start])
                )
            ):
                # "While Moscow claims A, its forces control B", "Two days after Kyiv called
                # for talks, TASS quoted ...": the report inside a leading subordinate clause
                # ends with the clause.
                h.content_end = comma
        for h in hits:
            if (
                (rel := _SUBJECT_RELATIVE.search(text, max(sa, h.verb_start - 80), h.verb_start))
                and not FIRST_PREDICATE.search(text, lead_at, rel.start() + 1)
                and (main := _MAIN_VERB_AFTER_COMMA.search(text, h.content_start, h.content_end))
            ):
                # "The strike, which Kyiv said killed 12 people, came at night": the relative
                # clause ends where the main clause's verb follows its comma.
                h.content_end = main.start()
        trailing = self._trailing_hits(sa, sb, blocked)
        if tail := AS_TAIL.search(text, sa, sb):
            # "<statement>, as X noted earlier.": verb_hits read the "as" attribution already
            trailing = [t for t in trailing if not tail.start() <= t.verb_start < tail.end()]
        inverted = {h.verb_start for h in trailing}
        # ", says the statement": the verb is the trailing attribution's, not a frame of its own.
        hits = [h for h in hits if h.verb_start not in inverted or h.form != "finite"]
        hits.extend(trailing)
        hits.sort(key=lambda h: h.verb_start)
        accepted: list[tuple[Hit, Speaker | None]] = []
        if fronted := self._fronted_participle(sa, sb):
            # "Stressing that A, Jane Roe said B": A is Roe's report too; no verb inside A
            # frames a report of its own.
            hits = [
                h
                for h in hits
                if not fronted[0].content_start <= h.verb_start < fronted[0].content_end
            ]
            accepted.append(fronted)
        for h in hits:
            if (
                h.form == "ing"
                and h.verb in _AFTER_A_REPORT
                and not accepted
                and sentence_speaker is None
                and not any(sa <= q.open < h.verb_start for q in quotes)
            ):
                continue  # "The strike hit the plant, suggesting that ...": the story's own voice
            outer = next(
                ((o, s) for o, s in accepted if o.content_start <= h.verb_start < o.content_end),
                None,
            )
            same = next(((o, s) for o, s in accepted if o.content_start == h.content_start), None)
            if same:
                # "X commented on the article which alleged that C": C is the nearer verb's.
                _discard(accepted, same)
            if outer is not None and outer is not same:
                o, _ = outer
                boundary = _STRONG_BOUNDARY.search(text, o.content_start, h.verb_end)
                if boundary is None and h.form == "that":
                    boundary = _AND_ANOTHER_REPORTS.search(text, o.content_start, h.content_start)
                if boundary is None and h.form in ("finite", "that"):
                    boundary = self._and_new_reporter(o, h) or _ADVERB_NEW_REPORTER.search(
                        text, o.content_start, h.verb_start
                    )
                if boundary is None and h.form in ("finite", "that") and o.form == "inclusive":
                    # "X voiced solidarity after the summit, in which Trump said B": the relative
                    # clause has its own subject and report, which close X's noun phrase (not
                    # "said a remark, in which Y said A, is B": the relative is the clause's).
                    boundary = _WHICH_REPORTER.search(text, o.content_start, h.verb_start)
                if boundary is None and h.form == "as" and h.subject_hint:
                    # "X said A, while news agencies cited Jane Roe as saying B": the second
                    # report, joined by a conjunction, closes the first.
                    boundary = next(
                        reversed(
                            list(_CONJUNCT_REPORT.finditer(text, o.content_start, h.verb_start))
                        ),
                        None,
                    )
                if boundary:
                    o.content_end = boundary.start()
                elif (
                    h.form == "trailing"
                    and h.content_start <= o.verb_start
                    and self._hit_speaker(h, sa, accepted, sentence_speaker) is None
                ):
                    # "X noted that A, allowing states to act": no one found for the trailing
                    # verb; X's report stands.
                    continue
                elif h.form == "trailing" and h.content_start <= o.verb_start:
                    if o.form == "according" and _is_outlet(
                        self.index, self._hit_speaker(h, sa, accepted, sentence_speaker)
                    ):
                        # "According to minister X, A, TASS reported": X's words, which the
                        # outlet relays.
                        continue
                    if (
                        o.form in ("finite", "that")
                        and outer[1] is not None
                        and outer[1].name
                        and outer[1].kind == "person"
                        and (relay := self._hit_speaker(h, sa, accepted, sentence_speaker))
                        is not None
                        and relay.name != outer[1].name
                        and o.verb.split()[0] in ("said", "says", "stated", "added", "noted")
                        and (
                            (relay.name and self.discourse.kind_of(relay.name) != "person")
                            or _RELAY_HEAD.search(relay.mention)
                        )
                        and h.content_end > o.content_start
                    ):
                        # "Jane Doe said A, the government said": her words, which the body
                        # relays (not "The Commission believes A, official X said").
                        o.content_end = min(o.content_end, h.content_end)
                        continue
                    # "The Commission believes that A, official X said": X said all of it.
                    _discard(accepted, outer)
                elif (
                    h.form == "ing"
                    and o.form in ("finite", "that")
                    and (inner := _REPORTED_SUBJECT.match(text, o.verb_start, h.verb_start))
                    and (said := self.discourse.subject(inner.start("who"), inner.end("who")))
                    and said.name
                    and said.kind == "person"
                    and not _is_outlet(self.index, said)
                ):
                    # "The network said Mr Roe offered rare details, saying there are ...": the
                    # participle goes with the reported clause's subject, who spoke.
                    o.content_end = h.verb_start
                    accepted.append((h, said))
                    continue
                elif (
                    o.form == "according"
                    and h.form in ("finite", "that")
                    and h.verb_start - o.content_start < 80
                    and outer[1] is not None
                    and outer[1].name
                    and not getattr(
                        self._hit_speaker(h, sa, accepted, sentence_speaker), "name", None
                    )
                ):
                    # "According to him, the donors have announced their willingness to ...":
                    # no one named declares; the whole clause is his report.
                    continue
                elif (
                    o.form == "according"
                    and h.form in ("finite", "that")
                    and h.verb_start - o.content_start < 80
                ) or (
                    h.form == "ing"
                    and o.form in ("finite", "that")
                    and h.verb_start - o.verb_end < 60
                    and not looks_like_clause(text[o.content_start : h.verb_start])
                ):
                    _discard(accepted, outer)
                    if h.form == "ing" and outer[1] is not None and outer[1].name:
                        # "X emphasised the need for Y, saying that B": X says B.
                        accepted.append((h, outer[1]))
                        continue
                elif (
                    _is_outlet(self.index, outer[1])
                    and h.form in ("finite", "that")
                    and h.verb_start - o.content_start < 80
                    and (inner := self._hit_speaker(h, sa, accepted, sentence_speaker))
                    and inner.name
                    and not _is_outlet(self.index, inner)
                ):
                    # "The broadcaster reported that the minister stressed that C": C is the
                    # minister's, which the outlet relays.
                    _discard(accepted, outer)
                elif (
                    outer[1] is not None
                    and outer[1].name
                    and h.form == "that"
                    and h.verb_start - o.content_start < 100
                    and (inner := self._hit_speaker(h, sa, accepted, sentence_speaker))
                    and inner.name
                    and inner.name != outer[1].name
                    and self.discourse.kind_of(inner.name) == "person"
                    and inner.mention.strip()[:1].isupper()
                    and inner.start >= o.content_start
                    and _NESTED_LEAD.fullmatch(text, o.content_start, inner.start)
                    # (not "Putin has repeatedly stressed that", "Xi had earlier called Putin and
                    # expressed": a stance recalled, which the outer speaker reports)
                    and _NESTED_VERB_GAP.fullmatch(text, inner.end, h.verb_start)
                    and not _RECALLED_STANCE.search(text, inner.end, h.verb_end)
                ):
                    # "The Kremlin said that Putin told Obama on Sunday that C", "Hua said that on
                    # Feb 16, President Xi emphasized that C": C is the one named who said it.
                    _discard(accepted, outer)
                elif (
                    h.form == "ing"
                    and h.verb.split()[0] in ("saying", "stating")
                    and o.form == "inclusive"
                    and o.verb.split()[0] in _STANCE_FRAMES
                    and len(text[o.verb_end : h.verb_start].split()) <= 8
                ):
                    # "X condemned the strikes, saying they broke the law": the condemnation is
                    # the frame of what X said, not a statement of its own.
                    _discard(accepted, outer)
                    accepted.append((h, outer[1]))
                    continue
                elif (
                    h.form == "ing"
                    and o.form in ("finite", "that")
                    and re.match(r"\s*[–—]", text[h.verb_start : h.verb_start + 4])
                    and not re.match(
                        r"\s*[–—]\s+(?:\w+\s+)?that\b", text[h.verb_start : h.verb_end + 6]
                    )
                ):
                    # "X said A – claiming B": the dash's participle goes on with the report,
                    # one statement.
                    continue
                elif h.form == "ing" and _second_ing(h.verb):
                    # "said that A, adding that B", "said A, insisting B": two statements.
                    o.content_end = h.verb_start
                elif h.form == "ing" and h.verb in VERDICT_ING and o.form == "inclusive":
                    # "condemned the strikes, describing them as a crime": the condemnation and
                    # the verdict, two statements of the same speaker.
                    o.content_end = h.verb_start
                    accepted.append((h, outer[1]))
                    continue
                elif (
                    h.form == "with" and (cut := text.rfind(",", o.content_start, h.verb_start)) > 0
                ):
                    # "Both said the call went well, with X stating B": two statements, the
                    # second X's.
                    o.content_end = cut
                elif (
                    h.verb.split()[0] in COORDINATED_VERBS
                    or (h.verb.split()[0] in COORDINATED_THAT_VERBS and h.form == "that")
                ) and (conj := _AND_BEFORE.search(text, o.content_start, h.verb_start)):
                    # "said that A and urged B": the second verb shares the first one's subject.
                    o.content_end = conj.start()
                    accepted.append((h, outer[1]))
                    continue
                else:
                    continue
            if h.form == "passive":
                accepted.append((h, None))
                continue
            own = _AS_REPORTED.search(text, sa, h.verb_end)
            if own and own.end() == h.verb_end and own.group("x") in self.page_text:
                continue  # "As Ukrinform reported, ...": the site recalls its own earlier news
            if (
                (by := _AS_REPORTED_BY.match(text, sa, h.content_start))
                and h.subject_hint
                and by.start("x") == h.subject_hint[0]
                and by.group("x") in self.page_text
            ):
                continue  # "As reported by Ukrinform, ...": the same
            speaker = self._hit_speaker(h, sa, accepted, sentence_speaker)
            if same is not None and h.form == "ing" and same[1] is not None and same[1].name:
                # "X commented on the vote, stating that C": C is the participle's, whose
                # subject is the verb's before it.
                speaker = same[1]
            if speaker is None:
                continue
            if (
                speaker.name is None
                and speaker.mention.strip().lower() == "it"
                and h.verb in _DOCUMENT_VERBS
                and (issuer := self.coreference.last_publisher(sa))
            ):
                # "X published a report. It also reads that ...": the publisher's words.
                speaker = Speaker(
                    issuer.name, speaker.mention, issuer.kind, speaker.start, speaker.end
                )
            if (
                speaker.name is None
                and speaker.mention.strip().lower() == "it"
                # ('"...," the ministry said.' then "It said A.": the same unnamed body.)
                and not self._unnamed_body_before(p.index)
            ):
                continue  # "it also calls for ...": a plan or a text, no one we can tell
            if speaker.name is None and speaker.mention.lower().split()[-1:] == ["you"]:
                continue  # "you told us that you thought ...?": an interviewer recalls
            accepted.append((h, speaker))
        spoke = []
        sentence_text = text[sa:sb].rstrip()
        colon_intro = sentence_text.endswith(":")
        # "He reported that A and continued:" then a quotation: A is a statement; the colon is
        # the second verb's.
        and_colon = _AND_COLON_VERB.search(sentence_text) if colon_intro else None
        for h, speaker in accepted:
            if speaker is None:
                continue
            if and_colon and h.verb_start < sa + and_colon.start() < h.content_end:
                h.content_end = sa + and_colon.start()
                if looks_like_clause(text[h.content_start : h.content_end]):
                    colon_intro_here = False
                else:
                    continue
            else:
                colon_intro_here = colon_intro
            # ("According to the mayor, one person died:" then his quotation: the clause is the
            # source's statement before its words.)
            # (nor "He said that the front is hard:" then a quotation: a that-clause of its own,
            # reported before the words that bear it out)
            own_clause = (
                h.form == "that"
                and re.search(r"\bthat\s*$", text[max(sa, h.content_start - 6) : h.content_start])
                and h.content_end >= sb - 1
                and looks_like_clause(text[h.content_start : sb])
                and len(text[h.content_start : sb].split()) >= 6
            )
            if (colon_intro_here and h.form != "according" and not own_clause) and (
                (
                    text[sb : sb + 40].lstrip()[:1]
                    in ("“", '"', "«", "„", "–", "—", "-", "‘", "'", "")
                    and not _LOWER_LIST_ITEM.match(text, sb)
                )
                or h.content_end < sb - 1
                or not looks_like_clause(text[h.content_start : sb])
                or len(text[h.content_start : sb].split()) < 6
            ):
                # "X said:" then a quotation: the words follow the colon. But "X pointed out
                # that the leaders agree that three principles must hold:" then a list: the
                # clause itself is a statement.
                continue
            start = h.content_start
            if (h.form == "trailing" and h.content_end >= sb) or (
                h.form == "according" and h.content_start < h.verb_start < h.content_end
            ):
                # "Most of them, she said, were ...": the attribution sits inside the words.
                end = cut_trailing(text, h.verb_end, sb)
            else:
                end = cut_trailing(text, start, min(h.content_end, sb))
            while start < end and text[start] in " ,:":
                start += 1
            # A span opens after the conjunction, never with it ("said, citing X, that it ...").
            if lead := _LEADING_THAT.match(text, start, end):
                start = lead.end()
            dateline = _DATELINE.match(text, start, end)
            if dateline:
                start = dateline.end()
            if end - start < 12 or len(text[start:end].split()) < 3:
                continue
            if clash := [a for a, b in consumed if a < end and start < b]:
                if min(clash) <= start:
                    continue
                # "wrote that A, adding, "B."": B is a direct statement of its own; A ends
                # where the attribution of B begins.
                end = cut_trailing(text, start, min(clash))
                if lead := _LINK_BEFORE_QUOTE.search(text, start, end):
                    end = cut_trailing(text, start, lead.start())
            if end - start < 12 or len(text[start:end].split()) < 3:
                continue
            if text[start] in "?!–—-":
                continue  # "Do you really believe that? – she asked": a question, no clause
            if h.form != "trailing" and _POINTS_BACK.match(text, start, end):
                continue  # "X said this at a briefing, TASS reported": nothing new is said
            if (
                h.form == "trailing"
                and _POINTS_BACK.match(text, h.verb_end + 1, sb)
                and not looks_like_clause(text[start:end])
            ):
                # "Adviser to the head of X, member of Y Jane Roe said this on air.": the title
                # before the name's comma is no statement; "this" points back to the words
                # before the sentence
                continue
            if _SOURCE_NOTE.match(text, start, end):
                continue  # "That's according to CNN, Ukrinform reports.": a note of the source
            if (
                h.form == "according"
                and any(a >= end for a, _ in consumed)
                and (
                    not looks_like_clause(text[start:end])
                    or _PARTICIPLE_SETTING.match(text, start, end)
                )
            ):
                # "According to X, answering a question about Y, Z said: "..."": what X tells
                # is Z's quotation that follows, not the words before it.
                continue
            if (
                h.form in ("finite", "ing")
                and h.verb not in VERDICT_ING
                and not looks_like_clause(text[start:end])
            ) or (h.form == "finite" and _NAME_AND_APPOSITION.fullmatch(text, start, end)):
                # ("The talks failed, said Jane Doe, a retired colonel.": what follows "said" is
                # who said it, not what.)
                continue
            if (
                h.verb.split()[-1] in _THAT_ONLY_VERBS
                and re.match(r"\s+that\s", text[h.verb_end : start + 1])
                and not looks_like_clause(text[start:end])
            ):
                continue  # "Examplia considers that an important step": "that" points, no clause
            if (
                h.form == "trailing"
                and _PREPOSITION_OPENS.match(text, start, end)
                and not looks_like_clause(text[start:end])
            ):
                continue  # "In an interview with X, Y responded to ...": a setting, not words
            if (
                h.block
                and not any(f.statement.start >= p.start for f in self.found)
                and not _LONG_QUOTATION.search(text, p.start, start)
            ):
                # "A. B. C. - Jane Doe explained.": the dash attribution after a full stop closes
                # the paragraph's unquoted words, all of them (a style of Ukrainian outlets).
                self._add(speaker, "direct", p.start, end, p, (sa, sb), "", dates, None)
                spoke.append(speaker)
                continue
            for a, b in coordinated_clauses(text, start, end):
                kind = "mixed" if re.search(r"[“”\"]", text[a:b]) else "indirect"
                region = minus(text, sa, sb, [(a, b)])
                said_by = speaker
                if (a > start or h.form == "trailing") and (inner := self._named_report(a, b)):
                    # "It said A and that Jane Roe told John Doe B": B is hers; so is "Jane Roe
                    # said that B, John Doe recalled.
                    said_by, a = inner
                before = len(self.found)
                self._add(said_by, kind, a, b, p, (sa, sb), region, dates, None)
                if len(self.found) > before:  # (`_add` may refuse: a question, another language)
                    self.found[-1].sourced_only = h.form == "according" and not (
                        h.subject_hint
                        and issued_document(text[h.subject_hint[0] : h.subject_hint[1]])
                    )
            spoke.append(speaker)
        return spoke

    def _fronted_participle(self, sa, sb) -> tuple[Hit, Speaker] | None:
        """ "Stressing that the borders cannot be moved by force, Jane Roe said ...": a sentence
        that opens with a reporting participle and its that-clause, then the main clause's
        subject and its reporting verb. The clause is the subject's report."""
        text = self.text
        m = _FRONTED_ING.match(text, sa, sb)
        if m is None:
            return None
        comma = text.find(",", m.end(), sb)
        while comma > 0:
            # (the main verb may frame a quotation, which the quotation rules took already)
            main = VERB.search(text, comma, sb)
            if main is None:
                return None
            between = text[comma + 1 : main.start()]
            if "," not in between and len(between.split()) <= 8:
                speaker = self._subject_before(comma + 1, main.start(), main["verb"])
                if speaker is None or not speaker.name:
                    return None
                end = cut_trailing(text, m.end(), comma)
                if len(text[m.end() : end].split()) < 3:
                    return None
                return Hit(
                    m.start("verb"), m.end("verb"), m["verb"].lower(), "ing", m.end(), end
                ), speaker
            comma = text.find(",", comma + 1, sb)
        return None

    def _and_new_reporter(self, o: Hit, h: Hit) -> re.Match | None:
        """ "X said A, and the Examplian president said B": a second subject and its reporting
        verb after ", and" close the first report and open one of their own."""
        m = _AND_REPORTER.search(self.text, o.content_start, h.verb_start)
        bare = m is None and (m := _AND_PERSON.search(self.text, o.content_start, h.verb_start))
        if m is None or not has_finite_verb(self.text[o.content_start : m.start()]):
            return None
        if len(self.text[o.content_start : m.start()].split()) < 3:
            return None
        if len(re.findall(r"[“”\"]", self.text[o.content_start : m.start()])) % 2:
            return None  # inside a quotation
        who = self.coreference.referred(
            self.discourse.subject(m.start("who"), m.end("who")), m.start("who")
        )
        if who is None or who.mention.strip().lower() in _NO_REPORTER:
            return None
        if bare and not (who.name and who.known and self.discourse.kind_of(who.name) == "person"):
            return None  # "and" without a comma: only a gazetteer person's name opens a report
        return m

    def _named_report(self, a: int, b: int) -> tuple[Speaker, int] | None:
        """A coordinated clause that opens with a named person's own report ("Jane Roe told
        John Doe (that) B", "Jane Roe said B"): her, and where B starts."""
        m = _NAMED_REPORT.match(self.text, a, b)
        if m is None or not looks_like_clause(self.text[m.end() : b]):
            return None
        who = self.discourse.subject(m.start("who"), m.end("who") + 1)
        if who is None or not who.name or who.kind != "person":
            return None
        return who, m.end()

    def _trailing_hits(self, sa, sb, blocked) -> list[Hit]:
        """ "<statement>, Putin said." and "<statement>, said Peskov." """
        text = self.text
        out = []
        taken = set()
        if (as_who := _AS_NAME_TOLD.search(text, sa, sb)) and not blocked(as_who.start("verb")):
            before = text[sa : as_who.start()]
            after = re.sub(r"[“”\"]", "", text[as_who.end() : sb])
            if (
                len(before.split()) >= 4
                and looks_like_clause(before)
                and not _QUOTE_CHARS.search(before)
                # (not "A, as Sir John said the West stood ...": his clause follows the verb)
                and (as_who.group("verb") == "told" or not looks_like_clause(after))
            ):
                # "<statement>, as Jane Doe, the envoy, told Izvestia on June 1.": hers.
                hit = Hit(
                    as_who.start("verb"),
                    as_who.end("verb"),
                    as_who.group("verb"),
                    "trailing",
                    sa,
                    as_who.start(),
                )
                hit.subject_hint = (as_who.start("who"), as_who.end("who"))
                out.append(hit)
                taken.add(as_who.start("verb"))
        found = sorted(
            [*VERB.finditer(text, sa, sb), *continued_tags(text, sa, sb)], key=lambda m: m.start()
        )
        for m in found:
            if m.start() in taken:
                continue
            if blocked(m.start()) or m.group("verb") in ("asked", "asks"):
                continue  # ("..., asked X": a question; the request "asked X to ..." follows)
            if _DETERMINER_BEFORE.search(text, max(sa, m.start() - 12), m.start()):
                continue  # "..., he would submit a report": a noun after its article
            if re.search(r"\b(?i:according)\s+to\s+$", text[max(sa, m.start() - 16) : m.start()]):
                continue  # "..., according to reports from X": the noun, the source's document
            if re.search(r"\b[a-z]{3,}ing\s+$", text[max(sa, m.start() - 20) : m.start()]):
                continue  # "..., allowing states to act": a noun after a participle
            if _ASIDE_SAY.search(text, max(sa, m.start() - 30), m.start()) and text[
                m.end() : m.end() + 1
            ] in (",", "—", "–"):
                continue  # "..., lively and, I would say, calm": the speaker's aside
            # What follows the verb up to the next comma: adverbials only ("on Tuesday", "in a
            # statement"); after that comma comes an appended phrase ("..., the ministry said, in
            # what would be the first ...").
            tail = _TAIL_END.split(text[m.end() : sb], maxsplit=1)[0]
            # "<statement>, Jane Doe told reporters when asked about the talks.": the setting
            # after the attribution is no clause of its own.
            asked = _ASKED_TAIL.search(tail)
            core = tail[: asked.start()] if asked else tail
            if _COLON_AFTER_VERB.match(text, m.end(), sb):
                continue  # "Noting the shortages, X said: "..."": the words follow the colon
            if m.group("verb").split()[0] in _INCLUSIVE and re.match(r"\s+to\s+[a-z]", tail):
                continue  # "A, as France has promised to help": a pledge, no attribution of A
            if re.search(r"\s(?:on|upon|for)$", m.group("verb")) or (
                m.group("verb").split()[0] in _APPEAL_VERBS
                and re.match(r"\s+(?:on|upon|for)\s", tail)
            ):
                continue  # "X, the ombudsman, called on Kyiv to ...": an appeal, no inverted subject
            if m.group("verb") in ("told", "tells") and _TOLD_TO_REQUEST.match(text, m.end(), sb):
                # "In a heated exchange, X told Y to "leave"": the request after the listener is
                # what was said; the words before the comma are no clause of X's.
                continue
            document = _INVERTED_DOCUMENT.match(tail)
            if (
                document
                and text[sa : m.start()].rstrip().endswith(",")
                # (not "X, a teacher, demanded the release of ...": an act's object)
                and m.group("verb").split()[0] not in _INCLUSIVE
            ):
                # "..., says the statement shared on social networks": the document speaks.
                hit = Hit(
                    m.start(),
                    m.end(),
                    m.group("verb"),
                    "trailing",
                    sa,
                    text.rfind(",", sa, m.start()),
                )
                hit.subject_hint = (m.end(), m.end() + document.end())
                out.append(hit)
                continue
            # ("..., the governor said Saturday as Kyiv said B": the clause after "as" is the
            # setting, another report; the attribution ends before it.)
            own = _SETTING_CLAUSE.split(tail, maxsplit=1)[0]
            if own == tail or len(own.split()) > 3 or VERB.search(own) or "that" in own.split():
                own = tail
            named = _NAME_THEN_SETTING.match(tail)
            named_then_setting = named is not None and not _AUXILIARY.search(tail, named.end())
            if (
                # ("said Governor X in a video that showed him ...": the medium's relative
                # clause, no reported one)
                re.search(
                    r"\bthat\b", own if not _MEDIUMS_RELATIVE.search(own) else _before_medium(own)
                )
                # (", said President X when meeting the press with ...": the clause of time is
                # the setting, not part of the subject's length.)
                or (
                    len(_SETTING_CLAUSE.split(tail, maxsplit=1)[0].split()) > 14
                    # (", stated the representative of the Main Directorate of ... Jane Roe in
                    # an interview with ...": a long title ending in a name, then the medium.)
                    and not _TITLED_NAME.fullmatch(_before_medium(tail).strip())
                    # (", said the head of the X republic Jane Roe at a meeting in the Duma":
                    # a long title ending in a name, then where it was said.)
                    and not _TITLED_NAME.fullmatch(_before_setting(tail).strip())
                    # (", said Prime Minister Jane Roe (Party) on Monday in the context of the
                    # coming summit in ...": a capitalised name, then only its setting.)
                    and not named_then_setting
                    # (", Jane Doe said on Tuesday at the end of a long meeting of ...": the
                    # subject before the verb, a long setting after it.)
                    and not (
                        _NAMED_BEFORE_VERB.search(text, sa, m.start())
                        and (
                            re.match(r"\s+(?:on|at|in|during|after)\b", tail)
                            # (", Li told media from home and abroad at a briefing on ...":
                            # the listener, then the setting)
                            or (
                                m.group("verb") in ("told", "tells")
                                and _LISTENER_THEN_SETTING.match(tail)
                            )
                        )
                        and not looks_like_clause(tail)
                    )
                )
                # ('said he “welcomes” the talks': a clause, its verb in quotation marks; but
                # "warned in a veiled threat": how it was said; the setting after it aside)
                # (", said X in an extended interview for Y": the medium's words, its participle
                # too, are no clause: cut before the clause is looked for)
                or (
                    looks_like_clause(
                        re.sub(
                            r"[“”\"]",
                            "",
                            _before_medium(_without_manner(core if own is tail else own)),
                        )
                    )
                    and not _MEDIUM_TAIL.match(tail)
                    and not named_then_setting
                )
            ):
                continue
            comma = text.rfind(",", sa, m.start())
            while (
                comma > sa
                and text[comma - 1 : comma].isdigit()
                and text[comma + 1 : comma + 2].isdigit()
            ):
                # "..., including 1,030 people added to them": a number's thousands, no comma
                # setting off an attribution
                comma = text.rfind(",", sa, comma)
            dash = _DASH_TAG.search(text, max(sa, comma + 1), m.start())
            block = False
            if dash is not None:
                # "<statement> - Jane Doe said on Telegram.": a dash, not a comma, sets the
                # attribution off (a style of Ukrainian outlets).
                comma = dash.start() + 1
                block = text[dash.start() - 1 : dash.start()] in (".", "!", "?", "…")
            if unmarked := _QUOTE_THEN_SUBJECT.search(text, max(sa, comma), m.start()):
                # 'A as "B" Prime Minister Jane Doe said': a phrase quoted at the end of the
                # clause, then the attribution with its comma left out.
                opened = max(
                    text.rfind("“", sa, unmarked.start()), text.rfind('"', sa, unmarked.start())
                )
                if opened >= 0 and len(text[sa:opened].split()) >= 3:
                    comma = unmarked.start()
            if comma < 0:
                continue
            clause_start = sa
            if _SETTING_OPENER.match(text, sa, comma):
                opener_end = text.find(",", sa, comma)
                if opener_end < 0 or not looks_like_clause(text[opener_end + 1 : comma]):
                    continue
                # "Speaking for the region, the towns need more generators, Jane Doe said": the
                # setting, then the statement in its own clause.
                clause_start = (
                    opener_end
                    + 1
                    + len(text[opener_end + 1 :])
                    - len(text[opener_end + 1 :].lstrip())
                )
            if _ACCORDING_ONLY.fullmatch(text, sa, comma):
                continue  # "According to X, A and B insist on it.": no statement before the comma
            if _TITLE_APPOSITION.fullmatch(text[clause_start:comma].strip()):
                continue  # "The spokesman for the Kremlin, Jane Roe said": her title, no claim
            if text[comma - 1 : comma + 1] in ("”,", '",'):
                # '"...," Jane Doe said': the quotation's own attribution; but 'the allies gave
                # the go-ahead to "begin the work", the minister added': a phrase quoted at the
                # end of a clause that opened before it.
                opened = max(text.rfind("“", sa, comma - 1), text.rfind('"', sa, comma - 1))
                if (
                    opened < 0
                    or len(text[sa:opened].split()) < 3
                    or text[sa:opened].count('"') % 2
                    or VERB.search(text, sa, opened)  # "X told Y he was "sure", Z said": X's
                ):
                    continue
            if m.group("verb") in _RELAYING and (
                VERB.search(text, sa, comma)
                or _ACCORDING_BEFORE.search(text, sa, comma)
                or BACK_PASSIVE.match(text, sa, comma)
                or _SPOKE_ABOUT.search(text, sa, comma)
            ):
                # "X reported this on Telegram, <outlet> reports", "..., X said, <agency>
                # informs", "A, according to X, head of ..., <outlet> reports": the outlet
                # relays what the earlier verb's subject (or the source named) said; "The
                # relevant statement was made by X on Facebook, an Examplia correspondent
                # reports": X's, said before; "X spoke about the night attack, UNN reports":
                # the topic of what X said, which follows.
                continue
            subject = text[comma + 1 : m.start()].strip()
            if text[comma + 1 : comma + 2] in ("”", '"'):
                opened = max(text.rfind("“", sa, comma), text.rfind('"', sa, comma))
                if opened >= 0 and len(text[opened:comma].split()) <= 4:
                    # '..., they suffer "heavy losses," the minister said': a phrase quoted
                    # inside the clause, then the subject.
                    subject = subject.lstrip('”"’').strip()
            # ("..., 25 settlements, went under control in what he called ...": no subject; but
            # "..., an official who spoke on condition of anonymity said": a source's terms.)
            bare_subject = _DASH_APPOSITION.sub("", _ANONYMITY.sub("", subject))
            if re.search(
                r"\b(?:which|who|what|that|was|were|is|are|been|be|being)\b", bare_subject
            ):
                continue
            if _FRAME_OPENS.match(bare_subject) or _framed_inside(bare_subject):
                # "X, in his nightly address, said he and Y agreed to ...": the words before the
                # verb open another report's frame ("said he and Y"), not an inverted subject.
                continue
            if ACCORDING.match(subject):
                continue  # "..., according to the Interfax report.": a noun, not a verb
            if subject and subject.split(maxsplit=1)[0].lower() in PREPOSITIONS:
                continue  # "..., including 1,030 people added to them": a phrase, no subject
            if _PRONOUN_AND_VERB.fullmatch(subject):
                continue  # "..., he received calls from generals": the object, a plural noun
            if m.group("verb").split()[0] in VERDICT_AS or _REDUCED_RELATIVE.fullmatch(subject):
                # "X stated that A, a process he described in an interview": a noun and the
                # clause describing it, not an attribution of A.
                continue
            inverted = False
            prev = text.rfind(",", sa, comma) if subject else -1
            if (
                prev - sa >= 20
                and _LOWER_ROLE.fullmatch(subject.lower())
                and len(text[prev + 1 : comma].split()) <= 4
                and text[prev + 1 : comma].strip()[:1].isupper()
                and self._named_at_end(prev + 1, comma)
                and (not tail.strip(" .!") or _ADVERBIAL_TAIL.match(tail))
                and looks_like_clause(text[sa:prev])
                and not _QUOTE_CHARS.search(text, sa, prev)
            ):
                # "<statement>, Jane Doe, deputy minister said in an interview": the name before
                # a title whose closing comma the page dropped.
                hit = Hit(m.start(), m.end(), m.group("verb"), "trailing", sa, prev)
                hit.subject_hint = (prev + 1, comma)
                out.append(hit)
                continue
            if not subject:
                aside_at = text.rfind(",", sa, comma)
                if (
                    aside_at - sa >= 3
                    and _CONNECTIVE_ASIDE.fullmatch(text[aside_at + 1 : comma].strip())
                    and not looks_like_clause(text[sa:aside_at])
                ):
                    continue  # "Ukrainian officials, meanwhile, say ...": the verb's own subject
                if re.match(r"ha(?:s|ve|d)\b", m.group()) and (
                    tail.strip(" .!") and not _ADVERBIAL_TAIL.match(tail)
                ):
                    # "Kyiv, for its part, has accused ...": the subject is before; but
                    # "<statement>, Jane Doe, the governor, has said.": an attribution.
                    continue
                if relative := _RELATIVE_BEFORE_VERB.search(text, sa, m.start()):
                    # "<statement>, Minister Jane Doe, who heads the delegation, said.": the
                    # name before the relative clause closes the statement.
                    named = text.rfind(",", sa, relative.start())
                    if (
                        named - sa >= 20
                        and (not tail.strip(" .!") or _ADVERBIAL_TAIL.match(tail))
                        and len(text[named + 1 : relative.start()].split()) <= 8
                        and self._named_at_end(named + 1, relative.start(), new_people=True)
                        and looks_like_clause(text[sa:named])
                        and not _QUOTE_CHARS.search(text, sa, named)
                    ):
                        hit = Hit(m.start(), m.end(), m.group("verb"), "trailing", sa, named)
                        hit.subject_hint = (named + 1, relative.start())
                        out.append(hit)
                    continue  # "X, whose region was shelled, said ...": X is the subject
                if re.match(r"\s*(?:this|it|that|so)\b", tail):
                    continue  # "X, Y, reported this on Telegram": Y is the subject, not after
                if re.match(
                    r"\s*(?:on|about|upon)\s+(?:the|an?|his|her|its|their)\s", tail
                ) and not (_MEDIUM_TAIL.match(tail) or _CHANNEL_TAIL.match(tail)):
                    # "X, Y, commented on the downing of ...": the topic; Y before it (but
                    # "..., Jane Doe, adviser to the mayor, said on her Telegram channel.": the
                    # channel it was said on, the subject between the commas)
                    continue
                listener = m.group("verb") in ("told", "tells") and _LISTENER_TAIL.fullmatch(tail)
                if (not tail.strip() or _ADVERBIAL_TAIL.match(tail) or listener) and (
                    back := self._subject_in_commas(sa, comma)
                ):
                    # "<statement>, Jane Doe, the governor, said." and "<statement>, governor
                    # Jane Doe, said.": nothing after the verb names anyone; the subject stands
                    # between the commas before it.
                    hit = Hit(m.start(), m.end(), m.group("verb"), "trailing", sa, back[0])
                    hit.subject_hint = back[1]
                    out.append(hit)
                    continue
                if _ASIDE_THEN_VERB.match(text, m.end() + len(tail), sb):
                    continue  # "X said Russia, even on a holiday, was ...": a clause's subject
                if m.group("verb").split()[0] in _INCLUSIVE and _INCLUSIVE_OBJECT.match(tail):
                    continue  # "X, Y, accused Kyiv of ...": Kyiv is the object
                if m.group("verb") in ("told", "tells") and _LISTENER_ONLY.fullmatch(tail):
                    continue  # "..., X said on Tuesday, told Agerpres.": the outlet listened
                if (
                    text[m.end() : m.end() + 1] == ","
                    and not looks_like_clause(text[sa:comma])
                    and looks_like_clause(text[m.end() + 1 : sb])
                ):
                    # "The attaché, Colonel Jane Roe, has said, in spite of A, B.": the words
                    # before are the subject, no clause; the report follows the verb's comma
                    continue
                inverted = True
            elif len(bare_subject.split()) > 7 and not (
                (len(subject.split()) <= 14 and self._named_at_end(comma + 1, m.start()))
                or (len(subject.split()) <= 17 and _TITLED_NAME.fullmatch(subject))
                # ("..., the head of the country's defence intelligence agency has warned.": a
                # head described by the office's remit)
                or (len(bare_subject.split()) <= 10 and _HEAD_OF.match(bare_subject))
            ):
                # A long subject only as a title ending in a known name ("..., the General
                # Staff of the Armed Forces of Ukraine reports"), or a capitalised title
                # ending in any name ("..., the head of the Kherson Regional Military
                # Administration Jane Roe said").
                continue
            if (
                not inverted
                and core.strip()
                and m.group("verb") not in ("told", "tells")
                and not _ADVERBIAL_TAIL.match(core)
            ):
                continue  # "..., Putin announced a partial mobilization": an act, not a report
            after = text[m.end() : sb]
            if (
                not inverted
                and _SUBORDINATOR_END.search(text, sa, comma)
                and (clause := re.match(r",\s+", after[len(tail) :]))
                and looks_like_clause(after[len(tail) + clause.end() :])
            ):
                # "... a summit where, Austin said, the allies will ...": the clause after the
                # attribution is the report; the words before it are the story's.
                hit = Hit(
                    m.start(),
                    m.end(),
                    m.group("verb"),
                    "trailing",
                    m.end() + len(tail) + clause.end(),
                    sb,
                )
                hit.subject_hint = (comma + 1, m.start())
                out.append(hit)
                continue
            if (
                not inverted
                and (
                    _PARENTHETICAL_REST.match(after[len(tail) :])
                    # "It would, Lavrov said, be helpful": a modal before, its verb after
                    or (
                        _MODAL_END.search(text, sa, comma)
                        and re.match(r",\s+[a-z]", after[len(tail) :])
                    )
                )
            ):
                # "Russia, he said, was ready to talk": the attribution sits inside the statement.
                hit = Hit(m.start(), m.end(), m.group("verb"), "trailing", sa, sb)
                hit.subject_hint = (comma + 1, m.start())
                out.append(hit)
                continue
            front = text[sa:comma].strip()
            rest = after[len(tail) :]
            if (
                not inverted
                and (not tail.strip() or _ADVERBIAL_TAIL.match(tail))
                and rest.startswith(",")
                and 1 <= len(front.split()) <= 5
                and front[:1].isupper()
                and not LEAD_ADVERB.match(front)
                and not _PREPOSITION_OPENS.match(front)
                and not _QUOTE_CHARS.search(front)
                and not looks_like_clause(front)
                and not re.fullmatch(r"(?i:earlier|later|then|now|meanwhile|however|also)", front)
                # (not ", noting that ...", ", and ...": a second report or clause after it)
                and not re.match(
                    r"(?:[a-z]+ing|and|but|or|as|while|which|who|when|after)\b", rest.lstrip(" ,")
                )
                and looks_like_clause(front + " " + rest.lstrip(" ,"))
            ):
                # "Ukrainians, she said, refuse to give up hope": a short subject, the aside,
                # then its present-tense verb (the auxiliaries and "-ed" verbs are above).
                hit = Hit(m.start(), m.end(), m.group("verb"), "trailing", sa, sb)
                hit.subject_hint = (comma + 1, m.start())
                out.append(hit)
                continue
            # "In the last ten days, he specified, the army ...": a short adverbial opens it
            # ("In a basement under the town's church, she explained, children ...").
            setting = (
                _PREPOSITION_OPENS.match(text, sa)
                and len(text[sa:comma].split()) <= 9
                and not looks_like_clause(text[sa:comma])
            )
            if comma - sa < 20 or setting:
                if (
                    not inverted
                    and not tail.strip()
                    and (LEAD_ADVERB.fullmatch(text[sa:comma].strip()) or setting)
                    and looks_like_clause(after.lstrip(" ,"))
                ):
                    # "Besides, Psaki said, Russia has already lost": the words follow.
                    hit = Hit(m.start(), m.end(), m.group("verb"), "trailing", m.end(), sb)
                    hit.content_start = m.end() + len(after) - len(after.lstrip(" ,"))
                    hit.subject_hint = (comma + 1, m.start())
                    out.append(hit)
                    continue
                short = text[sa:comma]
                if not (
                    re.fullmatch(r"\s*[.!]?\s*", after[len(tail) :])
                    and len(short.split()) >= 3
                    and looks_like_clause(short)
                    and not LEAD_ADVERB.match(short.strip())
                ):
                    continue  # "Besides, he said": no statement before the attribution
                # "Kyiv will win, Jane Doe said.": a short statement, the sentence ends after it.
            hit = Hit(m.start(), m.end(), m.group("verb"), "trailing", clause_start, comma)
            if inverted and (setting := _SETTING_CLAUSE.search(text, m.end(), sb)):
                hit.subject_hint = (m.end(), setting.start())  # "said X when meeting Y": X
            else:
                after_comma = m.start() - len(subject) - 1 if subject else comma + 1
                hit.subject_hint = (m.end(), sb) if inverted else (after_comma, m.start())
                if inverted and (
                    relay := RELAY_TAIL.search(text, m.end(), sb)
                    or RELAY_ACCORDING.search(text, m.end(), sb)
                ):
                    hit.subject_hint = (m.end(), relay.start())  # "said X, UNN reports.": X
                elif inverted and (who := _INVERTED_WHO.search(text, m.end(), sb)):
                    # "..., continues the mayor, who estimates the losses at ...": the mayor; the
                    # relative clause describes him
                    hit.subject_hint = (m.end(), who.start())
                if not inverted and (anon := _ANONYMITY.search(text, after_comma, m.start())):
                    hit.subject_hint = (after_comma, anon.start())
            hit.block = block
            out.append(hit)
        if (
            (m := _DOCUMENT_READ.search(text, sa, sb))
            and not blocked(m.start("verb"))
            and len(text[sa : m.start()].split()) >= 4
            and looks_like_clause(text[sa : m.start()])
        ):
            # "The crews restored the rail link to the port, the statement read.": the document's
            # words, as with "the statement said".
            hit = Hit(m.start("verb"), m.end("verb"), "said", "trailing", sa, m.start())
            hit.subject_hint = (m.start("subj"), m.end("subj"))
            out.append(hit)
        if (m := QUOTED_AS_TAIL.search(text, sa, sb)) and not blocked(m.start()):
            # "Kyiv will win, Jane Doe was quoted as saying by the agency.": a short subject
            # after the statement's comma.
            comma = text.rfind(",", sa, m.start())
            subject = text[comma + 1 : m.start()].strip()
            if (
                comma - sa >= 20
                and subject
                # ("..., official spokeswoman of the Foreign Ministry Jane Doe was quoted as
                # saying": a longer title before a known name.)
                and (
                    len(subject.split()) <= 7
                    or (len(subject.split()) <= 12 and self._named_at_end(comma + 1, m.start()))
                )
                and text[comma - 1 : comma] not in ("”", '"')
                and not re.search(r"\b(?:which|who|what|that)\b", subject)
                and looks_like_clause(text[sa:comma])
            ):
                hit = Hit(m.start(), m.end(), "quoted as saying", "trailing", sa, comma)
                hit.subject_hint = (comma + 1, m.start())
                out.append(hit)
        # ("..., officials said in a video posted on Monday.": the participle describes the
        # setting's noun; the words are the earlier verb's.)
        return [
            h
            for h in out
            if not (
                h.verb.endswith("ed")
                and any(
                    o.verb_end <= h.verb_start
                    and (o.content_start, o.content_end) == (h.content_start, h.content_end)
                    and SETTING_OPENS.match(text, o.verb_end)
                    and not re.search(r"\b(?:which|who|that)\b", text[o.verb_end : h.verb_start])
                    for o in out
                )
            )
        ]

    def _named_at_end(self, a: int, b: int, *, new_people: bool = False) -> bool:
        """Does a known actor's name end text[a:b] (spaces aside)? With `new_people`, the full
        name of a person the gazetteer lacks counts too ("..., Jane Roe, who chairs ...")."""
        while b > a and self.text[b - 1].isspace():
            b -= 1
        known = [
            m
            for m in self.discourse.mentions(a, b)
            if m.known or (new_people and m.kind == PERSON and len(m.surface.split()) >= 2)
        ]
        return bool(known) and known[-1].end >= b - 1

    def _subject_in_commas(self, sa: int, comma: int) -> tuple[int, tuple[int, int]] | None:
        """The subject of a verb whose comma closes it ("..., Jane Doe, the governor, said",
        "..., governor Jane Doe, said"): (where the words before it end, the subject's span)."""
        text = self.text
        first = text.rfind(",", sa, comma)
        if first < 0:
            return None
        chunk = text[first + 1 : comma].strip()
        second = text.rfind(",", sa, first)
        named = text[second + 1 : first].strip() if second >= 0 else ""
        if second >= 0 and _AGE.fullmatch(named):
            # "..., Jane Roe, 54, a teacher, said": the age between the name and its apposition
            second = text.rfind(",", sa, second)
            named = text[second + 1 : first].strip() if second >= 0 else ""
            named = _AGE_AFTER.sub("", named)
        if (
            (_APPOSITION_WORD.match(chunk) or _AGE.fullmatch(chunk))
            and named
            # ("Russian Deputy Foreign Minister Jane Doe, who ...,": a longer title before a
            # known name.)
            and (
                len(named.split()) <= 5
                or (len(named.split()) <= 8 and self._named_at_end(second + 1, first))
            )
            and named[:1].isupper()
            and not _has_quote_or_verb(named)
        ):
            end, span = second, (second + 1, comma)  # "Jane Doe, the governor,"
        elif (
            chunk
            and len(chunk.split()) <= 6
            and re.search(r"\b[A-Z][a-z]", chunk)
            and not _has_quote_or_verb(chunk)
        ):
            end, span = first, (first + 1, comma)  # "governor Jane Doe,"
            if (
                second >= 0
                and (
                    _LOWER_ROLE.fullmatch(named)
                    or _POSSESSIVE_ROLE.fullmatch(named)
                    # ("..., the Ukrainian governor of the region, Jane Doe, said")
                    or _DETERMINED_ROLE.fullmatch(named)
                )
                and not _has_quote_or_verb(named)
                and len(named.split()) <= 10
            ):
                # "<statement>, acting governor of the region, Jane Doe, said": the title
                # before the name belongs to the attribution too.
                end = second
        else:
            return None
        before = text[sa:end]
        if (
            len(before.split()) < 4
            or not looks_like_clause(before)
            # (a phrase quoted inside the clause is the subject's too: 'A are "ready to
            # work", Jane Doe, the agency's head, said')
            or (re.search(r"[“”\"]", before) and not _PHRASES_QUOTED.fullmatch(before))
        ):
            return None
        speaker = self.discourse.subject(*span)
        if (speaker is None or not speaker.name) and end == first and second >= 0:
            # "..., Jane Doe, India's permanent representative to the UN, said": a capitalised
            # apposition no one holds; the name before it is the subject.
            if (
                named[:1].isupper()
                and len(named.split()) <= 4
                and not _has_quote_or_verb(named)
                and (found := self.discourse.subject(second + 1, first)) is not None
                and found.name
                and found.kind == "person"
                and len(text[sa:second].split()) >= 4
                and looks_like_clause(text[sa:second])
            ):
                return second, (second + 1, comma)
            return None
        if speaker is None or not speaker.name:
            return None
        if (
            end == first
            and second >= 0
            and named[:1].isupper()
            and len(named.split()) <= 4
            and not _has_quote_or_verb(named)
            and (found := self.discourse.subject(second + 1, first)) is not None
            and found.name == speaker.name
        ):
            # "..., Jane Doe, Ruritania's foreign minister, said": the office's holder is the
            # name before it, no part of the words.
            return second, (second + 1, comma)
        return end, span

    def _hit_speaker(self, h: Hit, sa: int, accepted, sentence_speaker) -> Speaker | None:
        if h.form == "anaphoric":
            return None
        if h.subject_hint is None and (who := _WHO_BEFORE.search(self.text, sa, h.verb_start)):
            # "The plan was backed by X, who said the deal was fair": X, named before "who".
            named = [m for m in self.discourse.mentions(sa, who.start()) if m.actor]
            # "X, the agency's country director, who reported that ...": X, then a role.
            apposed = next(
                (
                    m
                    for m in reversed(named)
                    if _ROLE_APPOSED.fullmatch(self.text, m.end, who.start())
                ),
                None,
            )
            if named and (named[-1].end >= who.start() - 1 or apposed is not None):
                m = named[-1] if named[-1].end >= who.start() - 1 else apposed
                self.discourse.remember_new(m)
                kind = self.discourse.kind_of(m.actor) if m.known else m.kind
                return Speaker(m.actor, m.surface, kind, m.start, m.end, m.known)
            return None
        if h.subject_hint is not None:
            a, b = h.subject_hint
            lead = _SOURCE_DOCUMENT.match(self.text, a, b)
            if lead:
                a = lead.end()
            possessive = {"his": "him", "her": "her", "their": "them"}.get(self.text[a:b].lower())
            if h.form == "as" and possessive:
                # "In his words, ...": the person the narrative is about; unknown, no statement.
                spoken = self.discourse.pronoun(possessive, a, b)
                if spoken is None or not spoken.name:
                    return None
                return Speaker(spoken.name, self.text[a:b], spoken.kind, a, b)
            if h.form in ("nominal", "as", "according") and re.match(
                r"['’]s\b", self.text[b : b + 2]
            ):
                # "Putin's comment that ...", "In Putin's words, ...", "according to Putin's
                # words, ...": the owner of the words, named in the possessive.
                owners = [m for m in self.discourse.mentions(a, b) if m.actor]
                if not owners:
                    return None
                m = owners[-1]
                self.discourse.remember_new(m)
                kind = self.discourse.kind_of(m.actor) if m.known else m.kind
                return Speaker(m.actor, m.surface, kind, m.start, m.end, m.known)
            speaker = self.coreference.referred(
                self.discourse.subject(a, b), min(a, h.content_start)
            )
            relays = _is_outlet(self.index, speaker) or (
                # "..., DAN reported, citing X": an acronym the gazetteer lacks that reports
                # citing someone is an agency
                speaker is not None
                and speaker.name not in self.index.entries
                and re.fullmatch(r"[A-Z]{2,6}", speaker.name or "") is not None
            )
            # ("It was reported by X, citing Y": the citing follows the agent, not the verb)
            cite_from = h.subject_hint[1] if h.form == "as" and h.subject_hint else h.verb_end
            if relays and (cited := _CITING.match(self.text, cite_from)):
                if person := self._cited_source(cited.start("who"), cited.end("who")):
                    # "..., the agency reported, citing spokeswoman Jane Doe.": Doe's statement
                    # (or the body's: "citing a statement by the General Staff").
                    return person
                if role := _CITED_ROLE.match(self.text, cited.start("who"), cited.end("who")):
                    # "..., the network reported, citing the head of the regional military
                    # administration.": the official cited (named later, by coreference)
                    held = self.discourse.subject(role.start(), role.end())
                    if held is not None and held.name and held.kind == "person":
                        return held
                    return Speaker(None, role.group(), None, role.start(), role.end(), False)
            if (
                h.form == "trailing"
                and speaker is not None
                and speaker.name is None
                and not could_be_a_speaker(speaker.mention)
            ):
                return None  # "..., the first such gain reported from the area"
            if h.form == "according" and _BARE_DATA.fullmatch(self.text[a:b].strip()):
                return None  # "..., according to official data": figures, no one speaking
            if (
                h.form == "according"
                and (speaker is None or not speaker.name)
                and (data := _DATA_FROM.match(self.text, a, b))
                and (source := self.discourse.subject(data.end(), b))
                and source.name
            ):
                # "according to preliminary data from the regional emergency centre": the body
                # whose figures they are
                return source
            if speaker is None and h.form in ("according", "nominal", "with", "as"):
                phrase = self.text[a:b].strip()
                if phrase:
                    return Speaker(None, phrase, None, a, b, False)
            if (speaker is None or speaker.name is None) and (
                staff := _PRONOUN_STAFF.fullmatch(self.text[a:b].strip())
            ):
                # "..., his office said": the office of the person "his" refers to.
                # (the person the sentence names last before it, else whom "his" refers to)
                word = "him" if staff.group(1).lower() == "his" else "her"
                person = self.person_in(sa, a) or self.discourse.pronoun(word, a, b)
                body = person and person.name and self.discourse._leaders_body(person.name)
                if body:
                    return Speaker(body, staff.group(), self.index.kind_of(body), a, b)
            if speaker is None and h.form == "trailing" and h.content_start < h.verb_start:
                # "..., regional governors said.": people described, not named.
                phrase = self.text[a:b].strip()
                if len(phrase.split()) <= 4 and could_be_a_speaker(phrase):
                    return Speaker(None, phrase, None, a, b, False)
            return speaker
        if h.form == "ing" and _second_ing(h.verb) and self.text[h.verb_start] in ", ":
            # ", insisting B" goes with the statement before it; "by insisting" has a subject.
            prior = [s for _, s in accepted if s is not None]
            if prior:
                return prior[-1]
            if h.verb == "adding" and sentence_speaker is not None:
                return sentence_speaker
        # ("X gave no details, except to say ...": the infinitive shares the sentence's subject.)
        leftmost = h.form == "ing" or self.text[max(sa, h.verb_start - 3) : h.verb_start] == "to "
        seg = self._segment_start(sa, h.verb_start)
        if h.form == "ing" and (setting := _SETTING_BEFORE_ING.search(self.text, sa, h.verb_start)):
            # '"...," Doe said when answering a question, noting that B': the setting's "when"
            # is no clause boundary; the subject stands before the verb it follows.
            seg = self._segment_start(sa, setting.start())
        end = h.verb_start
        if (
            (cited := _CITING_BEFORE.search(self.text, seg, end))
            and _is_outlet(self.index, self.discourse.subject(seg, cited.start()))
            and (person := self.person_in(cited.start("who"), cited.end("who")))
        ):
            # "Examplia's ABC news agency, quoting local official Jane Doe, reported that":
            # the official's statement, the outlet only relays it.
            return person
        if h.verb.split()[0].endswith("ing") and (
            said := _SAID_BEFORE_ING.search(self.text, seg, end)
        ):
            end = said.start()  # '"...," this official said, noting that ...': "this official"
        if rel := _RELATIVE_BEFORE_VERB.search(self.text, seg, end):
            # "A senior official, who spoke on condition of anonymity, said ...": the subject
            # stands before the relative clause.
            end = rel.start()
        elif (
            (appos := _APPOSITION_BEFORE_VERB.search(self.text, seg, end))
            and re.search(r"\w", self.text[seg : appos.start()])
            and self.discourse.subject(seg, end, leftmost=leftmost) is None
        ):
            # "The head of X region, one of four areas annexed last year, said ...": no one
            # read with the apposition; the subject stands before it.
            end = appos.start()
        doc = _DOCUMENT_WHICH.search(self.text, seg, end)
        author = self.discourse.subject(doc.start("x"), doc.end("x")) if doc else None
        if author is not None and author.name:
            return author  # "the Washington Post article which alleged that ...": the outlet's
        speaker = self.discourse.subject(seg, end, leftmost=leftmost)
        if (
            not leftmost
            and (joined := _AND_BEFORE.search(self.text, seg, h.verb_start))
            and (past := _CLAUSE_PAST.search(self.text, seg, joined.start()))
            and not re.search(r"[,;:“”\"]", self.text[seg : past.start()])
            and (first := self.discourse.subject(seg, past.start())) is not None
            and first.name
        ):
            # "Jane Doe met him and said that ...", "X agreed with Y and stressed that ...":
            # the verbs share the first one's subject.
            speaker = first
        if (
            speaker is not None
            and speaker.mention.lower() in ("he", "she")
            and _WHICH_BEFORE.search(self.text, sa, seg)
            and (subject := self._sentence_subject(sa, seg) or self.first_person_in(sa, seg))
            and self._fits(subject, speaker.mention)
        ):
            # "X held a meeting of the council, after which he stated that ...": the pronoun
            # is the main clause's subject, who did what the relative clause follows.
            speaker = Speaker(
                subject.name, speaker.mention, subject.kind, speaker.start, speaker.end
            )
        if (
            speaker is not None
            and speaker.mention.lower() in ("he", "she", "they")
            and (prior := [s for _, s in accepted if s is not None and s.name])
            and (speaker.name is None or self._fits(prior[-1], speaker.mention))
        ):
            # "X called it a "slog" as he said that ...", "Blinken described an invasion as
            # imminent, although he expressed the hope that ...": the sentence's own subject,
            # not the last person of the sentence before.
            speaker = Speaker(
                prior[-1].name, speaker.mention, prior[-1].kind, speaker.start, speaker.end
            )
        if (
            h.form == "ing"
            and speaker is not None
            and speaker.name
            and speaker.kind != "person"
            and (subject := self._sentence_subject(sa, h.verb_start)) is not None
            and subject.name
            and subject.kind == "person"
            and subject.start <= speaker.start < subject.end
        ):
            # "The Kremlin spokesman lashed out at X, saying that ...": the person the subject
            # names by role, not the body inside the role's words.
            speaker = subject
        if speaker is None and (
            h.form == "ing" or _AND_BEFORE.search(self.text, seg, h.verb_start)
        ):
            # "X dismissed the promises as "empty," expressing confidence that ...", "The
            # chief declined to comment and stated that ...": the sentence's subject.
            speaker = self._sentence_subject(sa, h.verb_start)
        elif (
            speaker is not None
            and speaker.name is None
            and h.form == "ing"
            and _TOLD_PRONOUN.match(self.text, h.verb_end)
            and (subject := self._sentence_subject(sa, h.verb_start)) is not None
            and subject.name
        ):
            # "The ministry summoned Examplia's envoy, warning him that ...": the one warned is
            # the object; the sentence's subject warns.
            speaker = subject
        if (
            h.form in ("finite", "that")
            and _is_outlet(self.index, speaker)
            and (cited := _CITING.match(self.text, h.verb_end, h.content_start))
            and (person := self._cited_source(cited.start("who"), cited.end("who")))
        ):
            # "The newspaper said earlier, citing ombudswoman Jane Roe, that C": Roe's words,
            # which the outlet relays.
            speaker = person
        speaker = self.coreference.referred(speaker, seg)
        if (
            speaker is not None
            and speaker.name is None
            and (the := THE_SOURCE.fullmatch(speaker.mention.strip()))
        ):
            # "The source said ..." after "a Ukrainian security source said": the same source.
            speaker = self.coreference.last_source(the.group("noun"), seg) or speaker
        if speaker is None and (
            one := ONE_OF_THEM.fullmatch(self.text[seg:end].strip(" -–•*").strip())
        ):
            # "One official said ...": one of the officials the article spoke of before.
            speaker = self.coreference.last_group(one.group("noun"), seg)
        if speaker is None:
            if aside := _TRAILING_CONNECTIVE.search(self.text, seg, end):
                end = aside.start()  # "Ukrainian emergency services, meanwhile, say": the aside
                # ("The PM, though, stressed": the subject before the aside, read again)
                again = self.discourse.subject(seg, end, leftmost=leftmost)
                again = self.coreference.referred(again, seg) if again is not None else None
                if again is not None and again.name:
                    return again
            rest = self.text[seg:end].strip(" ,")
            rest = re.sub(r"^(?:but|and|also|then|so|yet)\b\s*", "", rest, flags=re.IGNORECASE)
            if (lead := _LEADING_PHRASE.match(rest)) and not re.search(r"[“”\"]", rest):
                # "In the first report on what X would accept, the five officials said": a
                # leading phrase, then the subject after its comma.
                seg += len(self.text[seg:end]) - len(self.text[seg:end].lstrip(" ,")) + lead.end()
                rest = rest[lead.end() :]
            if not rest or re.fullmatch(r"(?:\w+ly\s*)+", rest):
                prior = [s for _, s in accepted if s is not None]
                if prior:
                    return prior[-1]
                if seg > sa and _COORDINATED_VERB.search(self.text, sa, seg):
                    # "X did not confirm A on Monday, but said that B": X said B.
                    first = self._first_clause_subject(sa, seg)
                    if first is not None and first.name:
                        return first
                speaker = self.discourse.subject(sa, seg, leftmost=True) if seg > sa else None
                return speaker or sentence_speaker
            if (
                (
                    len(rest.split()) <= 5
                    # ("regional governors said": a lowercase description of people speaks too.)
                    and (rest[:1].isupper() or could_be_a_speaker(rest))
                    # ("the five current and former Russian officials said": a longer description
                    # of a group.)
                    or (
                        len(rest.split()) <= 8
                        and could_be_a_speaker(rest.lower())
                        and not _RELAYING_BODY.search(rest)
                    )
                    # ("The local military administration in Kupiansk district of Kharkiv
                    # province said": a description of a body or of people, then where it is.)
                    or (
                        len(rest.split()) <= 12
                        and (head := _HEAD_BEFORE_PLACE.match(rest))
                        and could_be_a_speaker(head["head"].lower())
                        and not _RELAYING_BODY.search(rest)
                    )
                )
                and not re.search(r"[“”\",]", rest)
                and not _is_time_only(rest)
            ):
                return Speaker(None, rest, None, seg, end, False)
        return speaker

    # --- bookkeeping ------------------------------------------------------------------------

    def _note_subject(self, sa, sb, quotes) -> None:
        if _BYLINE_OPENS.match(self.text, sa, sb):
            return  # "By Jane Roe, Kyiv correspondent": the reporter, whom no "he" means
        if (office := self.discourse.office_subject(sa, sb)) is not None:
            # "In an interview with X, the Ukrainian president is dismissive of ...": the
            # office holder is the subject, not the interviewer.
            self.discourse.note(office.name, "person", office.mention)
            return
        # "Meanwhile, as Jane Roe spoke in Paris, John Doe released a video.": the opening
        # subordinate clause's people are not the sentence's subject.
        opening = OPENING_SUBORDINATE.match(self.text, sa, sb)
        main = (
            opening.end()
            if opening and self.text[opening.end() : opening.end() + 1].isupper()
            else sa
        )
        if not any(m.actor and self._is_person(m) for m in self.discourse.mentions(main, sb)):
            main = sa
        for m in self.discourse.mentions(main, sb):
            if any(q.start <= m.start < q.end for q in quotes):
                continue
            if self.text.count("(", sa, m.start) > self.text.count(")", sa, m.start):
                continue  # "(Jane Roe/for The Examplian Post)": a photo credit or an aside
            if _POSSESSIVE_AFTER.match(self.text, m.end):
                continue  # "asked about Putin's visit, he declined": a possessive is no subject
            if _PASSIVE_AGENT_BEFORE.search(self.text, max(sa, m.start - 60), m.start):
                # "The principles put forward by President Jane Roe are clear": the passive's
                # agent, not the sentence's subject (nor the "he" of the next sentence).
                continue
            if _COUNTERPART_BEFORE.search(self.text, max(sa, m.start - 60), m.start):
                # "He made the remarks while talking to his Ukrainian counterpart, Jane Roe":
                # the one he spoke to, not the "he" of the next sentence.
                continue
            if not m.known and _PLACE_BEFORE.search(self.text, max(sa, m.start - 40), m.start):
                # "A drone struck a car in the village of Nizhnye Kolosovo": a place the
                # gazetteer lacks, never a person a later "the mayor" or "he" means.
                continue
            if m.actor and self._is_person(m):
                # The subject, or a person the article introduces in full as an object ("The
                # BBC spoke to Taras Bondar, a soldier"): a later "he" is more likely them than
                # someone famous named paragraphs before.
                if not self.discourse._attached(sa, m) or (not m.known and " " in m.actor):
                    self.discourse.remember_new(m)
                    self.discourse.note(
                        m.actor,
                        "person",
                        self.text[sa : m.end],
                        # "The leaders are due to meet with Russian President X": a known
                        # person named after a preposition of the clause is its object
                        named_as_object=m.known and self._after_preposition_in_clause(sa, m.start),
                    )
                return

    def _after_preposition_in_clause(self, sa: int, at: int) -> bool:
        """Whether a lower-case preposition comes before `at` in its clause (after the last
        comma, dash, bracket or relative word of the sentence from `sa`): "are due to meet
        with Russian President X"."""
        clause = _CLAUSE_BREAK.split(self.text[sa:at])[-1]
        return any(word in PREPOSITIONS for word in re.findall(r"\b[a-z]+\b", clause))

    # --- recording --------------------------------------------------------------------------

    def _add(self, speaker: Speaker, kind, start, end, p, sentence, region, dates, note) -> None:
        """Record a statement: its canonical speaker, its date and its channel."""
        if speaker.name is None and _YOU.match(speaker.mention):
            return  # "You just said that ...": a reporter's question put back to the speaker
        if _in_another_language(self.text[start:end]):
            return  # "EN DIRECT | Conférence de presse ...": a line in another language
        if kind != "direct" and _QUESTION_SENTENCE.fullmatch(self.text, *sentence):
            return  # "What evidence would confirm the claim that X said A?": a question
        if _A_QUESTION_TAG.match(self.text, end) or _QUESTION_READ_END.search(self.text[start:end]):
            # '“…?” was the first question a student asked', '…, another question read': the
            # words are a question put to the speaker, not a statement
            return
        if rubric := _RUBRIC.match(self.text, start, end):
            start = rubric.end()  # "WAR STRATEGY – The army can reach ...": the section's label
        if (
            speaker.name
            and speaker.name not in self.index.entries
            and speaker.name.lower() in _GENERIC_BODY_NOUNS
        ):
            # "The administration said": a body's common noun alone names no body (a body
            # said before, or no one)
            speaker.name = None
        if (
            speaker.name
            and speaker.name not in self.index.entries
            and _CAPITAL_TITLE.match(speaker.name)
            and (holder := self._titled_before(speaker.name, start))
        ):
            # "the Head of the Examplia Oblast Military Administration emphasized" after "Jane
            # Roe, Head of Examplia Oblast Military Administration, said": Roe, not a new name.
            speaker.name, speaker.kind = holder, "person"
        if (
            speaker.name is None
            and (bare := _BARE_CAPITAL_ROLE.fullmatch(speaker.mention.strip()))
            and bare.group("title").split()[-1].lower() in _OFFICE_NOUNS
            and (holder := self._bare_title_holder(bare.group("title"), start))
        ):
            # "The Foreign Minister also noted ...": the person the article named with that
            # role before, else the holder on the article's day in the country it is about.
            speaker.name, speaker.kind = holder, "person"
        if (
            speaker.name is None
            or speaker.kind == "state"
            or (speaker.name not in self.index.entries and speaker.kind == "organisation")
        ) and (
            # ("the Kyiv regional military administration": a state's mention, "Kyiv", in it)
            body := self._body_referred_back(speaker.context or speaker.mention, sentence)
        ):
            speaker.name, speaker.kind = body, "organisation"
        if (
            speaker.name is None
            and _REGIONAL_HEAD.fullmatch(" ".join(speaker.mention.split()))
            and (head := self._regional_head_of_sentence(sentence))
        ):
            # "According to the head of the regional military administration, a drone was shot
            # down over the Examplia region": the head of the one region the sentence names
            speaker.name, speaker.kind = head, "person"
        if speaker.name is None and (body := self._generic_body_back(speaker.mention, start)):
            # '"...," the centre said' after "Examplia's Coordination Centre for Refugees
            # thanked ...": the body the article named last
            speaker.name, speaker.kind = body, "organisation"
        if speaker.name is None and (earlier := self._shortened_mention(speaker.mention)):
            # "the representative office of Examplia stated ... The representative office
            # stated": the speaker of the fuller mention just before
            speaker.name, speaker.kind = earlier.speaker, earlier.speaker_kind or speaker.kind
        if (
            speaker.name not in self.index.entries
            and (bare := BARE_OFFICIALS.fullmatch(speaker.mention.strip()))
            and (
                sided := self._sided_officials(bare.group("local") or bare.group("here"), sentence)
            )
        ):
            speaker.name, speaker.kind = sided, GROUP
        elif (
            speaker.name not in self.index.entries
            and (
                speaker.kind == "organisation"
                or (
                    _BARE_MINISTRY.fullmatch(speaker.mention.strip())
                    and (self._headline_mod() or _AIR_WAR.search(self.text, *sentence))
                )
            )
            # ("the post said": a body's post, referred back already; not the national post.)
            and not _DOCUMENT_MENTION.fullmatch(speaker.mention.strip())
            and (body := self._national_body(speaker.mention, sentence))
        ):
            # "MOSCOW (Reuters) - ..., the Defence Ministry said": the country's ministry.
            speaker.name, speaker.kind = body, self.index.kind_of(body)
        elif (body := self._dateline_countrys_body(speaker)) is not None:
            # "ISLAMABAD: The Foreign Office spokesperson said": Pakistan's, not the UK's.
            speaker.name, speaker.kind = body, self.index.kind_of(body)
        elif speaker.name is None and (body := body_of_official(speaker.mention, self.index)):
            # "a senior State Department official": the body speaks.
            speaker.name, speaker.kind = body, "organisation"
        elif speaker.name is None and (
            state := government_of_official(speaker.mention, self.index)
        ):
            speaker.name, speaker.kind = state, "state"
        elif speaker.name is None and (named := group_name(speaker.mention)):
            speaker.name, speaker.kind, speaker.context = named, GROUP, speaker.mention
        if speaker.name and speaker.name not in self.index.entries:
            speaker.name = new_actor_name(speaker.name, speaker.kind)
        statement = ExtractedStatement(
            speaker=speaker.name,
            speaker_mention=speaker.mention,
            kind=kind,
            text=self.text[start:end],
            start=start,
            end=end,
            speaker_kind=None
            if (speaker.name and speaker.name in self.index.entries)
            else (speaker.kind or "person"),
        )
        self.dating.date(statement, sentence, region, dates)
        via = find_via(region, self.index) or (note or "")
        self.found.append(Found(statement, p.index, sentence, region, explicit_via=bool(via)))
        statement.via = via

    def _titled_before(self, title: str, pos: int) -> str | None:
        """The person of a statement before whose sentence gives them this capitalised title,
        else the one person of the last statements, or named in the 3,000 characters before
        `pos`, whose gazetteer role is that title."""
        wanted = re.sub(r"\bthe\s+", "", title.lower()).strip()
        for f in reversed(self.found[-8:]):
            name = f.statement.speaker
            if not name or name == title or self.discourse.kind_of(name) != "person":
                continue
            said = self.text[f.sentence[0] : f.sentence[1]] + " " + f.region
            words = re.sub(r"\bthe\s+", "", said.lower())
            if wanted in " ".join(words.split()):
                return name
        # "Jane Roe said ... The Head of the Secretariat of the President stressed": the one person
        # of the last statements whose gazetteer role is that title
        candidates = {f.statement.speaker for f in self.found[-8:]} | {
            name for _, name in self.discourse.people_named(max(0, pos - 3000), pos)
        }
        holders = {
            name
            for name in candidates
            if name in self.index.entries
            and self.discourse.kind_of(name) == "person"
            and self._holds(name, wanted, dated=False)
        }
        if not holders and self.reference is not None:
            # no one named holds it: the one gazetteer person holding it on the article's day
            holders = self._holders_on_the_day(wanted)
        return holders.pop() if len(holders) == 1 else None

    def _bare_title_holder(self, title: str, pos: int) -> str | None:
        """ "The Foreign Minister also noted": the person named before with that title
        (`_titled_before`), else, when none was, the one holder on the article's day from the
        country the headline or the opening names."""
        if named := self._titled_before(title, pos):
            return named
        if self.reference is None:
            return None
        wanted = title.lower()
        if any(
            name in self.index.entries
            and self.discourse.kind_of(name) == "person"
            and self._holds(name, wanted, dated=False)
            for _, name in self.discourse.people_named(max(0, pos - 3000), pos)
        ):
            return None  # two or more named before with that title: no guess by country
        holders = self._holders_on_the_day(wanted)
        country = self._headline_country()
        if country is not None:
            chosen = {h for h in holders if self.index.entries[h].affiliation == country}
        else:
            # the one holder whose country the first line and the opening 600 characters name
            end = min(len(self.text), self._first_line_end() + 600)
            states = {
                self.index.entries[m.actor].affiliation
                for m in self.index.known_mentions(self.discourse.norm, 0, end)
                if m.actor and self.index.kind_of(m.actor) == "state"
            }
            chosen = {h for h in holders if self.index.entries[h].affiliation in states}
        return chosen.pop() if len(chosen) == 1 else None

    def _holders_on_the_day(self, title: str) -> set[str]:
        """The gazetteer people whose dated tenure of an office of these words covers the
        article's date (read once per title and article)."""
        key = (title, self.reference)
        if key not in self._titled_holders:
            self._titled_holders[key] = {
                entry.name
                for entry in self.index.entries.values()
                if entry.kind == "person" and self._holds(entry.name, title, dated=True)
            }
        return set(self._titled_holders[key])

    def _holds(self, name: str, title: str, *, dated: bool) -> bool:
        """Whether the gazetteer gives `name` the office of this title (no deputy or adviser
        unless the title says so), and, when its tenure of that office is dated, on the
        article's day (`dated`: only then)."""
        entry = self.index.entries[name]
        if not _title_words_in(title, entry.role.lower()):
            return False
        if set(re.findall(r"[a-z]+", entry.role.lower())) & _QUALIFIERS - set(title.split()):
            return False
        spans = [
            (since, until)
            for held, since, until in tenures(entry.description) or tenures(entry.role)
            if _title_words_in(title, held.lower())
        ]
        if self.reference is None or not spans:
            return not dated
        return any(since <= self.reference <= until for since, until in spans)

    def _role(self, name: str) -> str:
        """A gazetteer person's role, lower case."""
        return self.index.entries[name].role.lower().replace("’", "'")

    def _regional_head_of_sentence(self, sentence: tuple[int, int]) -> str | None:
        """The gazetteer's head of the one region (oblast) the sentence names."""
        places = {m.group(1) for m in _REGION_NAMED.finditer(self.text, *sentence)}
        if len(places) != 1:
            return None
        phrase = f"the governor of the {places.pop()} region"
        return role_holder(phrase, self.index, self.reference)

    def _shortened_mention(self, mention: str) -> ExtractedStatement | None:
        """A recent statement whose speaker the article named by this definite description
        followed by "of ..." ("the representative office" after "the representative office of
        Examplia"), when one of the last four statements was so attributed."""
        the = _THE_WORDS.fullmatch(" ".join(mention.split()))
        if the is None:
            return None
        prefix = re.compile(rf"(?:^|\bthe\s){re.escape(the.group('words').lower())}\s+of\s")
        for f in reversed(self.found[-4:]):
            said_by = f"{f.statement.speaker_mention} {f.region}".lower()
            if f.statement.speaker and prefix.search(" ".join(said_by.split())):
                return f.statement
        return None

    def _body_referred_back(self, mention: str, sentence: tuple[int, int]) -> str | None:
        """ "the administration said" after "the Examplia Oblast Military Administration
        reported": the body that spoke just before, its name ending in that noun; "the regional
        military administration reported" in a sentence naming "Examplia Oblast": that oblast's."""
        the = _THE_HEAD.fullmatch(mention.strip())
        if the is None:
            return None
        head = the.group("head").lower()
        if the.group("place") and the.group("regional") and head == "military administration":
            # "the Examplia regional military administration reported"
            level = "City" if the.group("regional").strip().lower() == "city" else "Oblast"
            return self._military_administration(the.group("place").strip(), level)
        for f in reversed(self.found[-4:]):
            name = f.statement.speaker
            if name and name.lower().endswith(" " + head) and name.lower() != head:
                return name
        if the.group("regional") and head == "military administration":
            oblasts = {m.group(1) for m in _OBLAST.finditer(self.text, *sentence)}
            if len(oblasts) == 1:
                return self._military_administration(oblasts.pop())
            # ("... over the Examplia region": the region's administration, when the gazetteer
            # has it)
            regions = {m.group(1) for m in _REGION_NAMED.finditer(self.text, *sentence)}
            if len(regions) == 1:
                return self._military_administration(regions.pop(), known_only=True)
        return None

    def _generic_body_back(self, mention: str, at: int) -> str | None:
        """ "the centre said", "the agency reported": a noun that any body may go by, for the
        gazetteer's body named last before (one whose name holds the noun first)."""
        the = _GENERIC_BODY.fullmatch(" ".join(mention.split()))
        if the is None:
            return None
        noun = (the.group("noun") or the.group("remit")).lower()
        bodies = [
            m
            for m in self.index.known_mentions(self.norm, max(0, at - _BODY_BACK_WINDOW), at)
            if m.kind == ORGANISATION and m.actor
        ]
        same = [
            m.actor
            for m in bodies
            if any(noun in form.lower() for form in (m.actor, *self.index.entries[m.actor].aliases))
        ]
        # (else the body that did something: "X thanked the Red Cross", X, not the Red Cross)
        acting = [m.actor for m in bodies if _SUBJECT_VERB.match(self.text, m.end)]
        return (same or acting or [None])[-1]

    def _military_administration(
        self, place: str, level: str = "Oblast", *, known_only: bool = False
    ) -> str | None:
        """The place's military administration: the gazetteer's name for it, else (unless
        `known_only`) the name the text's words make ("Examplia Oblast Military Administration")."""
        name = f"{place} {level} Military Administration"
        return self.index.forms.get(name) or (None if known_only else name)

    def _national_body(self, mention: str, sentence: tuple[int, int]) -> str | None:
        """A body named without its country ("the Defence Ministry"): the gazetteer's body of
        that name of the dateline's country (not of a city the sentence names: a ministry
        speaks of places, it is not in them)."""
        if country_of(mention) is not None:
            return None
        rest = re.sub(r"^the\s+", "", " ".join(mention.split()), flags=re.IGNORECASE)
        # "ABU DHABI (WAM) -- The Ministry of Foreign Affairs said": the ministry's full name
        rest = _MINISTRY_FULL_NAMES.get(rest.lower(), rest)
        if _BARE_MINISTRY.fullmatch(mention.strip()):
            # "the ministry said" under "...: MoD" or "..., Defense Ministry says"
            # (or in a sentence about drones and missiles: "Air defences downed 30 drones
            # over the Bryansk region, the ministry said")
            military = _AIR_WAR.search(self.text, *sentence)
            rest = "defence ministry" if self._headline_mod() or military else ""
        if not rest:
            return None
        side = side_of(self.dateline_city) if self.dateline_city else None
        country = country_of(side) if side else self._headline_country()
        if rest == "defence ministry" and (defender := self._defenders_country(sentence)):
            # "KYIV (Reuters) - Russian air defences destroyed 40 drones over Russian regions,
            # the ministry said": the side the sentence gives its air defence, not the dateline's
            country = defender
        if country is None and (story := self._story_side()):
            # "... over the Belgorod and Kursk regions, the Defense Ministry said": the country
            # whose places the headline and the opening name
            country = country_of(story)
        if country is None:
            return None
        return self._countrys_body(country, rest)

    def _countrys_body(self, country: str, body: str) -> str | None:
        """The gazetteer's `body` ("foreign ministry") of `country`."""
        # ("the United Arab Emirates' foreign ministry": a plural name's possessive)
        owner = f"{country}'" if country.endswith("s") else f"{country}'s"
        return body_of_country(f"{owner} {body}", self.index)

    def _dateline_countrys_body(self, speaker: Speaker) -> str | None:
        """A known body named without its country ("the Foreign Office (spokesperson)") under
        another country's dateline: that country's body of the same name, if the gazetteer has
        it. Only an explicit dateline overrides the name's usual owner."""
        entry = self.index.entries.get(speaker.name or "")
        if not self.dateline_city or (
            speaker.name and (entry is None or entry.kind != "organisation")
        ):
            return None
        mention = _SPOKES_TAIL.sub("", " ".join(speaker.mention.split()))
        if country_of(mention) is not None or not re.match(r"(?i)(?:the\s+)?[A-Z]", mention):
            return None
        side = side_of(self.dateline_city)
        country = country_of(side) if side else None
        if country is None:
            return None
        rest = re.sub(r"^the\s+", "", mention, flags=re.IGNORECASE)
        body = self._countrys_body(country, rest) or self._countrys_body(
            country, _MINISTRY_FULL_NAMES.get(rest.lower(), rest)
        )
        if body is None or body == speaker.name:
            return None
        other = self.index.entries.get(body)
        if other is None or (entry is not None and other.affiliation == entry.affiliation):
            return None
        norm = self.discourse.norm
        if speaker.name and any(
            m.actor == speaker.name and country_of(norm[max(0, m.start - 25) : m.end]) is not None
            for m in self.index.known_mentions(norm, 0, speaker.start)
        ):
            # "Russia's defence ministry said ... “…,” the defence ministry said": the body the
            # article named before, whatever the dateline
            return None
        return body

    def _defenders_country(self, sentence: tuple[int, int]) -> str | None:
        """The one country an air-war sentence gives its air defence, regions or airspace."""
        sides = {
            country_of(m.group("side")) for m in _DEFENDERS_SIDE.finditer(self.text, *sentence)
        }
        sides.discard(None)
        return sides.pop() if len(sides) == 1 else None

    def _first_line_end(self) -> int:
        end = self.text.find("\n")
        return len(self.text) if end < 0 else end

    def _headline_mod(self) -> bool:
        """The first line ends by naming a defence ministry ("...: MoD", "..., Defense
        Ministry says")."""
        return bool(_HEADLINE_MOD.search(self.text, 0, self._first_line_end()))

    def _story_side(self) -> str | None:
        """The country side of the cities the first line and the opening 600 characters name."""
        return story_side(self.text, 0, min(len(self.text), self._first_line_end() + 600))

    def _headline_country(self) -> str | None:
        """The country whose state opens the text's first line as its subject ("Russia downs
        40 drones overnight, defence ministry says"): the one the story is about."""
        end = self.text.find("\n")
        end = len(self.text) if end < 0 else end
        first = next(iter(self.index.known_mentions(self.discourse.norm, 0, end)), None)
        if (
            first is None
            or self.text[: first.start].strip() not in ("", "The")
            or self.index.kind_of(first.actor or "") != "state"
            or not re.match(r"\s+[a-z]+s?\b", self.text[first.end : end])
        ):
            return None
        return self.index.entries[first.actor].affiliation or None

    def _sided_officials(self, local: str | None, sentence: tuple[int, int]) -> str | None:
        """Officials the text gives no side: local ones are the city's the sentence names
        ("Local officials said missiles hit the outskirts of Lviv" -> "Lviv officials"), else
        the dateline city's; bare ones speak for the dateline's country ("KYIV, Ukraine (AP)
        — Authorities said" -> "Ukrainian officials")."""
        if local:
            city = city_in(self.text, *sentence) or self.dateline_city
            return f"{city} officials" if city else None
        if (opened := _PLACE_OPENER.match(self.text, *sentence)) and (
            side := side_of(opened.group("place"))
        ):
            return f"{side} officials"  # "In Kyiv, officials said": the place the sentence opens
        side = side_of(self.dateline_city) if self.dateline_city else None
        return f"{side} officials" if side else None

    def _name_story_place_heads(self, found) -> None:
        """ "..., the regional governor said." in a story whose cities all lie in one region
        ("Kupiansk"), where no one named holds the role: that region's governor on the
        article's day; "the mayor" of a story about one city: its mayor."""
        for f in found:
            s = f.statement
            mention = " ".join(s.speaker_mention.split())
            if _STORY_REGION_BODY.fullmatch(mention) and s.speaker in (None, mention):
                # "the regional military administration said": the story's region's
                region = story_region(self.text, 0, len(self.text))
                body = f"{region} Regional Military Administration"
                if region and body in self.index.entries:
                    s.speaker, s.speaker_kind = body, ORGANISATION
                continue
            if (placed := _PLACED_MILITARY_ADMINISTRATION.fullmatch(mention)) and s.speaker in (
                None,
                mention,
            ):
                # "the military administration in Sumy", "the Odesa Military Administration":
                # the region's, the city's region when a city is named
                place = placed["place"] or placed["place2"]
                region = CITY_REGIONS.get(place, place)
                body = f"{region} Regional Military Administration"
                if body in self.index.entries:
                    s.speaker, s.speaker_kind = body, ORGANISATION
                continue
            if s.speaker:
                continue
            if (people := _THE_NATION.fullmatch(mention)) and (
                state := state_of(f"the {people['demonym']} government", self.index)
            ):
                # "the Russians said": the country's government speaking, as its state
                s.speaker, s.speaker_kind = state, STATE
                continue
            if _STORY_REGION_HEAD.fullmatch(mention):
                region = story_region(self.text, 0, len(self.text))
                phrase = f"the governor of {region} region" if region else None
            elif _STORY_MAYOR.fullmatch(mention) and not _SMALLER_PLACES_MAYOR.search(self.text):
                # ("..., the mayor said." in a story about one city: its mayor; not where the
                # story speaks of a village's or a town's mayor)
                city = story_city(self.text, 0, len(self.text))
                phrase = f"the mayor of {city}" if city else None
            else:
                continue
            if phrase and (head := role_holder(phrase, self.index, self.reference)):
                s.speaker, s.speaker_kind = head, "person"

    def finish(self) -> list[ExtractedStatement]:
        """The statements found, dated, with their channels and their events."""
        found = self.found = _without_interviewers_questions(
            _without_repeats(self.found), self.text
        )
        name_revealed_sources(found, self.text, self.index, self.body_start)
        name_described_people(found, self.index, self.text)
        name_lead_official(found, self.index)
        name_lead_described_official(found, self.index, self.text, self.body_start)
        name_lone_roles(found, self.index)
        name_people_in_full(found, self.index, self.text)
        self._name_story_place_heads(found)
        found = self.found = [f for f in found if not _no_one_speaks(f.statement)]
        self.dating.inherit(found)
        share_via(found)
        for f in found:
            links = link_events(
                self.events, sentence=f.sentence, said_on=f.statement.said_on or self.reference
            )
            f.statement.events = [link.slug for link in links]
            f.statement.event_evidence = {link.slug: link.reason for link in links}
        return [f.statement for f in found]


# Subject words that name no one, as their last words (data/no_one_subjects.txt): a clause's
# loose end ("Sub-zero temperatures and"), a quantifier ("Not one", "the latter"), a picture
# that shows ("The video").
_NO_ONE = re.compile(rf"(?:^|\s)(?:{alternation(entries('no_one_subjects'))})$", re.IGNORECASE)


def _no_one_speaks(statement: ExtractedStatement) -> bool:
    """An unattributed statement whose subject words name no one (see `_NO_ONE`)."""
    return statement.speaker is None and bool(_NO_ONE.search(statement.speaker_mention.strip()))


_ASKERS = alternation(entries("interviewer_nouns"))
_NAME_WORDS = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}"
# "was interviewed by the BBC's Jane Roe", "host Jane Roe", "Jane Roe, the presenter,": the
# person asking the questions.
_INTERVIEWER = (
    re.compile(rf"\binterviewed\s+by\s+(?:the\s+)?(?:[A-Z][\w.]*['’]s\s+)?(?P<name>{_NAME_WORDS})"),
    re.compile(rf"\b(?:{_ASKERS})\s+(?P<name>{_NAME_WORDS})"),
    re.compile(
        rf"(?P<name>{_NAME_WORDS}),\s+(?:the\s+|a\s+)?(?:\w+\s+)?"
        rf"(?:{_ASKERS})\b(?!\s+[A-Z])"
    ),
)
_QUESTION_ONLY = re.compile(r"(?:[^.!?]*\?[”\"’]?\s*)+")


def _without_interviewers_questions(found: list, text: str) -> list:
    """Without the quoted questions of the interviewer the article names ("“Why is that
    funny?” Roe asked" after "interviewed by the BBC's Jane Roe"): questions put, no one's
    statement."""
    askers = {m["name"].split()[-1] for pattern in _INTERVIEWER for m in pattern.finditer(text)}
    if not askers:
        return found
    return [
        f
        for f in found
        if not (
            f.statement.speaker
            and f.statement.speaker.split()[-1] in askers
            and _QUESTION_ONLY.fullmatch(f.statement.text.strip(' “”"’,'))
        )
    ]


_REPEAT_KEY = re.compile(r"[\W_]+")  # a statement's words, without marks or spacing
# '..., he said, Reuters reported.': the attribution an outlet's report wraps.
_SAID_BEFORE_OUTLET = re.compile(r"\s(?P<verb>said|says|added|wrote)\s*,\s*(?:the\s+)?$")
# "In Kyiv, officials said": a sentence opened by the city (or country) its officials are in.
_PLACE_OPENER = re.compile(r"\s*In\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s")


_NAME_WORD_THEN_SETTING = re.compile(
    r"[A-Z][a-z][\w’'-]*(?P<cut>\s+)(?:on|in|at|during|after|before|when|while)\s"
)


def _before_setting(tail: str) -> str:
    """ "the head of the X republic Jane Roe at a meeting in Y": the words up to the first
    capitalised word followed by a setting."""
    setting = _NAME_WORD_THEN_SETTING.search(tail)
    return tail[: setting.start("cut")] if setting else tail


def _before_medium(tail: str) -> str:
    """ "the spokesman X in an interview with Y": the words before the medium."""
    medium = next(
        (
            m
            for m in re.finditer(r"\s(?=in|on|at|during|to|via)\b", tail)
            if _MEDIUM_TAIL.match(tail, m.start())
        ),
        None,
    )
    return tail[: medium.start()] if medium else tail


def _is_time_only(phrase: str) -> bool:
    """ "Sunday", "On Monday", "Last week": a time, never a speaker."""
    rest = list(phrase)
    for d in find_dates(phrase, 0, len(phrase)):
        rest[d.start : d.end] = " " * (d.end - d.start)
    left = re.sub(
        r"(?i)\b(?:on|in|last|this|early|late|earlier|later|week|weekend)\b", " ", "".join(rest)
    )
    return not re.search(r"[A-Za-z]", left)


def _unresolved_speaker(speaker: Speaker | None) -> bool:
    """A subject that names no actor we can tell but is plainly someone: a pronoun, a role or
    a body ("she", "the ministry", "a senior official")."""
    if speaker is None or not speaker.mention:
        return False
    mention = speaker.mention.strip()
    return (
        mention.lower() in ("he", "she", "they", "it")
        or could_be_a_speaker(mention)
        # "the 29-year-old": a person described by age
        or bool(re.fullmatch(r"(?i:the|an?)\s+[\w-]+-year-old", mention))
    )


# "Jane Doe, a retired army colonel", "John Roe": a name and its apposition, nothing said.
_NAME_AND_APPOSITION = re.compile(
    r"(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+(?:,\s+(?:a|an|the)\s+[^,;:“”\"]{2,80})?[.\s]*"
)


# A sentence that asks: opened by a question word or an auxiliary, closed by "?".
_QUESTION_SENTENCE = re.compile(
    r"[\s•*·–—-]*(?:What|Why|How|When|Where|Which|Who|Whom|Whose|Did|Does|Do|Is|Are|Was|Were|"
    r"Will|Would|Can|Could|Should|Has|Have|Had)\b[^?]*\?[\s”\"’']*"
)
_FOREIGN_WORDS = frozenset(w for line in entries("foreign_function_words") for w in line.split())
_ENGLISH_WORDS = frozenset(
    words(
        "the of and to in is are was were that for on with by as at it be will have has not this "
        "we they he she our their"
    )
)


def _in_another_language(words: str) -> bool:
    """Words in a language other than English: several function words of another language
    (`data/foreign_function_words.txt`) and none of English's; or mostly letters of another
    script."""
    letters = [c for c in words if c.isalpha()]
    if (
        letters
        and sum(1 for c in letters if c.isascii() or c in "éèàçâêîôûäöüñ’") < len(letters) / 2
    ):
        return True
    tokens = re.findall(r"[^\W\d_]+['’]?", words.lower())
    foreign = sum(
        1 for t in tokens if t in _FOREIGN_WORDS or t.rstrip("'’") + "'" in _FOREIGN_WORDS
    )
    return foreign >= 3 and not any(t in _ENGLISH_WORDS for t in tokens)


def _main_clause_comma(text: str, start: int, end: int, sb: int) -> int:
    """The comma in text[start:end] after which the sentence's main clause opens ("While Moscow
    claims A, its forces control B"), not one inside a list ("the Northern, Eastern and Coastal
    regions"): the first whose next few words hold a verb. -1 when none."""
    comma = text.find(",", start, end)
    while comma > 0:
        head = " ".join(text[comma + 1 : sb].split()[:5])
        if (
            looks_like_clause(head) or re.match(r"(?:it|he|she|they)\s+(?:said|told|wrote)\b", head)
        ) and not re.match(r"(?:and|or|but|nor)\b", head):
            return comma  # (", and Kyiv should ...": the list of what was said goes on)
        comma = text.find(",", comma + 1, end)
    return -1


def _without_repeats(found: list[Found]) -> list[Found]:
    """A statement the page gives twice, word for word, by the same speaker (a stand-first the
    body repeats: "Jane Doe admitted that A" over the story, "Doe admitted that A" in it) is
    kept once, where the page first gives it."""
    seen: set[tuple] = set()
    kept = []
    for f in found:
        key = (f.statement.speaker, _REPEAT_KEY.sub("", f.statement.text.lower()))
        if key not in seen:
            seen.add(key)
            kept.append(f)
    return kept


def _second_ing(verb: str) -> bool:
    """A participle that opens a second statement (", adding that B"); a phrasal one is
    compared whole (", pointing out that B")."""
    return verb in SECOND_ING or verb.split()[0] in SECOND_ING


_QUALIFIERS = frozenset(entries("role_qualifiers"))


# What may open a reported clause before the subject of a report nested in it: nothing, or a
# short adverbial and its comma ("on Feb 16, President Xi emphasized that ...").
_NESTED_LEAD = re.compile(r"\s*(?:(?:[\w.’'-]+\s+){0,3}[\w.’'-]+,\s*)?(?:[A-Z][a-z]+\s+)*")
_NESTED_VERB_GAP = re.compile(r"\s*(?:(?:also|then|later|reportedly|personally)\s+)?")
_RECALLED_STANCE = re.compile(r"\b(?:has|have|had|repeatedly|earlier|always|often|and)\b")
_A_QUESTION_TAG = re.compile(
    r"[\s”\"’?,]*(?:(?:was|is)\s+(?:the|a|an|one|another)\s+(?:\w+\s+)?question\b"
    r"|(?:the|a|an|one|another)\s+(?:\w+\s+)?question\s+(?:read|asked|went|ran)\b)"
)
_QUESTION_READ_END = re.compile(
    r",\s+(?:the|a|an|one|another)\s+(?:\w+\s+)?question\s+(?:read|asked|went|ran)\W*$"
)
# "By Jane Roe, ARD Studio Moscow": a byline opening the sentence.
_BYLINE_OPENS = re.compile(r"\s*By\s+[A-Z][\w’'.-]+\s+[A-Z]")
# Where a clause ends before a name: a comma, a dash, a bracket, or a word that opens a
# relative or subordinate clause ("attacks on power plants – which Jane Roe called ...").
_CLAUSE_BREAK = re.compile(
    r"[,;:()\u2013\u2014]|\b(?:which|who|whom|that|when|while|as|after|before|because|since|where)\b"
)
# "warning him that", "telling them": a participle's object pronoun, the one spoken to.
_TOLD_PRONOUN = re.compile(r"\s+(?:him|her|them)\b")


def _title_words_in(title: str, role: str) -> bool:
    """Whether every word of a title (four letters or more) is in the role, by its first six
    letters ("Head of the Presidential Secretariat" in "Head of the Secretariat of the
    President")."""
    words = [w[:6] for w in re.findall(r"[a-z]{4,}", title)]
    have = {w[:6] for w in re.findall(r"[a-z]{4,}", role)}
    return bool(words) and all(w in have for w in words)


def _discard(accepted: list, entry: tuple) -> None:
    """Drop a frame from the sentence's accepted ones if it is still there: `same` and `outer`
    may be one frame ("The talks, he said, went well, and the rest was up to them, she added":
    both trailing verbs open their words at the sentence's start), dropped once already."""
    if entry in accepted:
        accepted.remove(entry)
