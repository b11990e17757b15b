"""Attribution: who is the subject of a reporting clause, and who a pronoun or description means.

`Discourse` reads an article front to back. It remembers who has been speaking (and who has
been the subject of a sentence), so "he" goes to the last male person in subject position, not
just the last name seen, and "the outlet" to the last media actor.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from .actors import (
    _NOT_NAMES,
    COMPLEMENTED_TITLES,
    GROUP,
    GROUP_NOUN_RE,
    GROUP_NOUNS,
    MEDIA,
    ORGANISATION,
    PARTY_STATE,
    PERSON,
    STATE,
    TITLE_HEADS,
    TITLES,
    ActorIndex,
    Mention,
    guess_kind,
    normalise_quotes,
    strip_titles,
    surname_one_off,
    titled_surname,
    translit_key,
    unknown_name_mentions,
)
from .dates import find_dates
from .lexicon import words
from .names import fold
from .places import CITIES
from .roles import (
    LEADING_OFFICES,
    PLACE_SPELLINGS,
    body_of_country,
    canonical_office,
    country_of,
    described_body,
    leads_a_country,
    office_holder,
    role_holder,
    state_of,
    unlisted_ministry,
    without_country,
)
from .vocabulary import (
    BODY_QUALIFIERS,
    COUNTRY_WORDS,
    IRREGULAR_PASTS,
    MONTH_NAME_RE,
    MONTH_RE,
    OUTLET_WORDS,
    PERSON_ROLES,
    PLACE_ADJECTIVES,
    SOURCE_NOUNS,
    SUBORDINATORS,
    UNNAMED_PEOPLE,
    WEEKDAY_RE,
    alternation,
    entries,
    mapping,
)

PREPOSITIONS = frozenset(entries("prepositions"))
_DETERMINERS = frozenset(words("the a an this that these those his her its their our"))
# "its governor", "its mayor": the role of the place named just before.
_ITS_ROLE = re.compile(
    r"\s*(?P<its>[Ii]ts|(?:[Tt]he\s+)?(?:region|city|oblast|province)['’]s|[Tt]he\s+regional)\s+"
    r"(?:(?:acting|interim)\s+)?(?P<role>governor|mayor|head|leader)\s*"
)
_ITS_ROLE_AT_END = re.compile(rf"(?:^|(?<=\s))(?:{_ITS_ROLE.pattern})$")
# "its finance minister", "its foreign minister": a country's office, the country named before.
_ITS_OFFICE = re.compile(
    r"\s*[Ii]ts\s+(?P<office>(?:[a-z-]+\s+){0,2}(?:minister|president|premier|chancellor))\s*"
)
# "the plant's operator", "the port's owner": the body that runs a facility named before (not
# "the plant's management": who runs a seized plant is another matter).
_THINGS_BODY = re.compile(
    r"\s*(?P<phrase>[Tt]he\s+(?P<thing>plant|station|facility|port|dam|mine|airport|refinery|"
    r"factory|terminal|pipeline)['’]s\s+(?:operator|owner|operating\s+company))\s*"
)
# "the village's mayor", "the town's head": the role of a place described, not of a person.
_A_PLACES_ROLE = re.compile(
    r"(?i:the)\s+(?i:village|town|city|settlement|district|community|municipality)['’]s\s"
)
# A chunk that opens with its predicate: "did not identify the man", "has declined to ...".
# ("avoided answering the question directly", "declined to give figures": a past tense, then
# its object or infinitive.)
_PREDICATE_FIRST = re.compile(
    r"\s*(?:(?:also|again|then)\s+)?"
    r"(?:(?:did|does|do|has|have|had|was|were|is|are|would|will|could|can)\s+(?:not\s+)?[a-z]"
    rf"|(?:[a-z]{{3,}}ed|{alternation(IRREGULAR_PASTS)})\s+(?:to\s+|the\s+)?[a-z]{{2,}}ing\b"
    rf"|(?:[a-z]{{3,}}ed|{alternation(IRREGULAR_PASTS)})\s+(?:to|the|a|an|any|his|her|their|its|this|that|these|those)\s)"
)
# A description of a place in apposition: "the country's third largest port in the west".
_PLACE_APPOSITION = re.compile(
    r"\s*(?:the|a|an)\s+(?:[\w’'-]+\s+){0,5}?(?:city|capital|town|port|region|village)\b[^,]*"
)
# "The mayor of Kharkiv, ": a role of a place, the place last, before a comma.
_ROLE_OF_PLACE_BEFORE = re.compile(
    r"\b(?:mayor|governor|head|chief)\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]+"
    r"(?:\s+(?-i:[A-Z])[\w’'-]+)?\s*,\s*$",
    re.IGNORECASE,
)
# "the regional military administration", "the city council": a place's body, the place
# named before it in the sentence.
_THE_LOCAL_BODY = re.compile(
    r"(?:[Tt]he\s+)?(?P<level>regional|city|oblast)\s+(?:military\s+|state\s+)?"
    r"(?:administration|council)"
    # ("the military administration there": the place's body, its level the place's)
    # ("the city administration there": the city's, named before)
    r"|(?:[Tt]he\s+)?(?:(?P<there_level>city|regional)\s+)?(?:military\s+|state\s+)?"
    r"(?P<body>administration|council)\s+there"
)
_OWNER_BEFORE = re.compile(r"(?<![\w.])[A-Z][\w.]+(?:\s[A-Z][\w.]+)?['’]s\s+$")
_NOT_A_PLACE = re.compile(rf"{WEEKDAY_RE}|{MONTH_NAME_RE}|The|A|An|In|On|At", re.IGNORECASE)
_ADJECTIVES_OF_PLACES = frozenset(a.lower() for a in PLACE_ADJECTIVES.values())
# "Ukrainian", "American", "Chinese": a country's adjective, as a noun a person from it.
_COUNTED_PEOPLE = re.compile(
    r"(?i:one|a|an|two|three|four|five|several|some|many|\d+)\s+(?:[\w-]+\s+)?[A-Z][\w-]+"
)
_DEMONYM_NOUNS = frozenset(
    w for w in COUNTRY_WORDS if re.fullmatch(r"[a-z]+(?:ian|ean|can|ese|ish|ch)|german|moldovan", w)
)
_NAMED_PLACE = re.compile(
    r"\b(?P<place>[A-Z][\w'’-]+)(?:\s+(?P<noun>region|oblast|Oblast|Region|province|city))?\b"
)
_OPENERS = frozenset(words("The A An This That These Those It He She They We In On At As But And"))
# A comma-separated chunk beginning with one of these is an adverbial, not the subject.
_ING_MODIFIERS = alternation(w for w in entries("role_modifiers") if w.endswith("ing"))
_ADVERBIAL_START = re.compile(
    # (Not an acronym in capitals: "WHO chief Jane Doe", "US officials".)
    r"^\s*(?!(?-i:[A-Z]{2,})\b)(?:in|on|at|during|via|through|after|before|following|citing|according|despite|while|when|"
    r"with|without|for|by|from|under|as|speaking|commenting|writing|responding|referring|asked|"
    r"which|who|whom|whose|that|where|also|however|meanwhile|earlier|later|last|this|back|then|"
    r"moreover|besides|furthermore|additionally|still|yet|now|today|yesterday|separately|similarly|likewise|"
    r"instead|thus|therefore|in\s+turn|in\s+addition|in\s+fact|but|and|so|or|since|around|about|"
    r"just|even|only|once|nevertheless|nonetheless|overall|notably|indeed|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    # "Hours before flying to Moscow Jane Roe said": a span of time before or after an event
    r"|(?:(?:a\s+few|several|two|three|\d+)\s+)?(?:hours|days|weeks|months|minutes|moments)"
    r"\s+(?:before|after|later|earlier|ago)|shortly|soon"
    # "X, visiting Odesa on Friday, said": a participle's phrase sets the scene
    # (not a role's modifier: "acting governor Jane Doe", "outgoing minister ...")
    rf"|(?!(?:{_ING_MODIFIERS})\b)(?-i:[a-z]{{3,}}ing))\b"
    # ("Under-Secretary-General Jane Doe said": a hyphenated title, not "under")
    r"(?!-)",
    re.IGNORECASE,
)
# How an apposition after a name opens: "a Kyiv lawyer", "the head of ...", "deputy head",
# "who advises ...", "Ukraine's intelligence chief".
_AGE = re.compile(r"\d{1,3}")  # "Jane Roe, 58, said"
# "Alisa, 13,", "15-year-old Angelina": an age beside a one-word name.
_AGE_APPOSED = re.compile(r",\s*\d{1,2},")
_AGED_BEFORE = re.compile(r"\b\d{1,2}-year-old\s+$")
_OPENS_HERE = re.compile(r"(?:^|[.!?”\"\n]\s*|\n)$")
# "Furthermore,", "Elsewhere,", "Eventually,": a sentence adverb's form, no name.
_SENTENCE_ADVERB_FORM = re.compile(r"(?:ly|more|where|theless|wise|ward|wards)$")
# "Alessandro, another Ukrainian soldier,": a role noun of a person in apposition.
_ROLE_APPOSED_AFTER = re.compile(
    r",\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:{alternation(sorted(PERSON_ROLES))})\b"
)
_APPOSITION_START = re.compile(
    r"(?:[a-z]|[A-Z][\w-]*['’]s\s"
    # "Jane Doe, Head of the Regional Administration, said": a capitalised title and "of"
    # ("First Deputy Head of ...": qualifiers one after another.)
    rf"|(?i:(?:deputy|acting|first|former|chief|vice)\s+){{0,3}}(?i:{alternation(entries('role_titles'))}|mp|member)"
    r"\s+(?:of|for|to|at|in)\s"
    # "Jane Doe, Under-Secretary-General for Humanitarian Affairs, told": a hyphenated rank
    r"|(?i:(?:under|assistant|deputy)[-\s])?(?i:secretary-general)\s+(?:of|for|to|at|in)\s)"
)
# A capitalised title in apposition: "United Nations Resident and Humanitarian Coordinator in
# Examplia", "Examplian Deputy Foreign Minister" (capitalised words and "and", ending in a
# role noun, then "of"/"in" ... or nothing).
_TITLE_APPOSED = re.compile(
    r"(?P<title>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|and))*)(?:\s+(?:of|for|to|at|in|on)\s|\s*$)"
)


def _capitalised_title(words: str) -> bool:
    m = _TITLE_APPOSED.match(words)
    return bool(m) and m["title"].split()[-1].lower() in TITLE_HEADS


_FAMILIAR = re.compile(
    r"(?:^|(?<=[\s,]))(?:(?:a|an|the|two|three|four|several|some|other|many|senior)\s+)*"
    r"(?P<who>(?:people|person|sources?|officials?|insiders?)\s+(?:familiar|close|briefed)\s+"
    r"(?:with|to|on)\s+[^,;:\"“”]{3,60}?)\s*,?\s*$",
    re.IGNORECASE,
)
# The same description anywhere in a text (coreference looks back for it).
FAMILIAR_ANYWHERE = re.compile(
    r"(?P<who>(?P<noun>people|persons?|sources?|officials?|insiders?)\s+(?:familiar|close|briefed)\s+"
    r"(?:with|to|on)\s+[^,;:.\"“”]{3,60}?)(?=\s*[,;:.\"“”]|\s+(?:said|told|say)\b)",
    re.IGNORECASE,
)
# "... by her first name, Iryna": a name given after a description of its bearer.
_GIVEN_NAME = re.compile(
    r"(?:(?P<whose>his|her|their)\s+)?(?:(?:first|given|last|middle)\s+name|call[\s-]?sign|"
    r"nickname|nom\s+de\s+guerre|pseudonym|name)\s*[,:]?\s*$",
    re.IGNORECASE,
)
# A capitalised title without "the" ("Kremlin Spokesman", "Estonian Prime Minister"): the
# nouns that end it, and the title words written lower case when it is read as a role.
_ADVERBS = frozenset(words("also then later again earlier meanwhile"))
_INDEFINITE_OPENERS = frozenset(words("A An One Another Some Two Three Several"))
_TITLE_WORDS = frozenset(
    [*TITLE_HEADS, *entries("titles"), *(w for p in mapping("offices") for w in p.split())]
)
# ("city's" written with either apostrophe)
_LOCAL_BODY_WORDS = alternation(entries("local_bodies")).replace("'", "['’]")
_LOCAL_BODY = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w’'-]+\s+){1,2}"
    rf"(?:{_LOCAL_BODY_WORDS})"
)
_CONJUNCTION = re.compile(
    rf"^\s*(?:(?:{alternation(entries('connectives'))})\b(?!,)\s*)+", re.IGNORECASE
)
_SENTENCE_STOP = re.compile(r"(?<=[a-z]{2})[.!?]+\s*$")
_TRAILING_ADVERBS = re.compile(
    r"(?:\s+(?:\w+ly|also|further|again|then|later|earlier|still|has|have|had|already|once|now))+$",
    re.IGNORECASE,
)
# ("the Rosatom CEO": a role noun written as an acronym in capitals)
_ROLE_AFTER = re.compile(
    # (in capitals too: "the UN Secretary-General")
    rf"(?:\s+[\w-]+){{0,2}}?\s+(?:(?i:{alternation(entries('role_nouns'))})|CEO)\b"
)
_PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "they": "p", "them": "p", "it": "n"}
_PRONOUN_RE = re.compile(r"\b(he|she|they|it|him|her|them)\b", re.IGNORECASE)
_MEDIA_HEADS = OUTLET_WORDS
_STATE_HEADS = frozenset(entries("state_heads"))
_ORG_HEADS = frozenset(entries("organisation_heads"))
_HONORIFICS = frozenset(words("mr mrs ms miss mx"))
_CLERICAL_TITLES = frozenset(words("metropolitan patriarch archbishop bishop cardinal"))
# "the company", "the firm", "the lender" (data/body_head_kinds.txt, the companies' line)
_COMPANY_HEADS = frozenset(entries("body_head_kinds")[0].split())
# "..., was quoted by The Guardian as (saying)": the passive of a report, ending the words
# before the verb.
_QUOTED_BY_AS = re.compile(
    r"\s+(?:was|is|were|are|has\s+been|had\s+been)\s+(?:also\s+)?quoted\s+"
    r"(?:by\s+[^,;:“”\"]{2,60}?)?(?:\s+(?:on|last|this)\s+[\w’'-]+)?(?:\s+as)?\s*$"
)
_DESCRIPTION = re.compile(
    r"(?:^|\s)((?:the|a|an|this|that|(?-i:(?:[A-Z][\w]*\s+){0,2})[A-Z][\w]*['’]s)\s+"
    r"(?:[\w-]+\s+|(?:[A-Z]\.){2,}\s+){0,3}[\w-]+)\s*$"
    # "One resident said", "another soldier told": one unnamed person of a kind
    r"|^\s*((?:one|another)\s+(?!of\b)(?:[\w-]+\s+){0,2}[\w-]+)\s*$",
    re.IGNORECASE,
)
_MALE_A_NAMES = frozenset(entries("male_names_in_a"))
# "who", "whom", "which" opening a relative clause whose own subject follows ("who Jane Roe").
_RELATIVE_OPENER = re.compile(r"\s*(?:who|whom|which)\s+(?=[A-Z])")
# "the Estonian intelligence service", "the Latvian border guard": a country's body by its kind.
_NATIONAL_BODY = re.compile(
    r"(?:[Tt]he\s+)?(?P<adj>[A-Z][a-z]+)\s+(?P<noun>(?:(?!(?:of|head|chief|leader)\b)[a-z][\w-]*\s+){0,2}"
    rf"(?:{alternation(entries('national_body_nouns'))}))"
)
_GOVERNING_BODIES = frozenset(("government", "parliament"))
_ADJECTIVE_ENDING = re.compile(r"(?:ish|ian|ese|an|ic|i)$")
# "The Albanese Government", "the Starmer government": a leader's government.
_LEADERS_GOVERNMENT = re.compile(
    r"(?:[Tt]he\s+)?(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:[Gg]overnment|[Aa]dministration|[Cc]abinet)"
)
# A capitalised name right before an abbreviation in brackets: "Air Navigation Agency (ANA)".
_NAME_BEFORE_BRACKET = re.compile(
    r"(?:\bThe\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+(?:of|for|and|on|the)?\s*[A-Z][\w’'-]*){1,8})\s*$"
)


def _spells(name: str, acronym: str) -> bool:
    """Whether the capitalised words of a name begin with the abbreviation's letters, in order
    ("Polish Air Navigation Services Agency", "PANSA")."""
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return initials.upper() == acronym.upper().replace(".", "")


_HYPHENATED_TITLES = frozenset(("secretary-general", "attorney-general", "governor-general"))
# "the head of the military administration of Examplia City": a person's role, its remit
# ending in a capitalised name.
_ROLE_OF_SOMEWHERE = re.compile(
    rf"(?i:the|an?)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{alternation(sorted(PERSON_ROLES))})\s+(?:of|for|in)\s+"
    r"(?:[a-z][\w’'-]*\s+){0,4}(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*"
)


# "the BBC's Russian service", "Radio Liberty's Ukrainian edition".
# How far back a description ("the ministry", "the government") looks for what it names.
_LOOK_BACK = 6000
_PRONOUN_REACH = 600  # how far back a pronoun's referent is looked for outside the salient list
_QUOTED = re.compile(r'"[^"\n]{1,600}"|“[^”\n]{1,600}”')
_OUTLET_SERVICE = re.compile(
    r"\s*(?:[Tt]he\s+)?(?P<outlet>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s\s+"
    r"(?:[A-Z][a-z]+(?:-language)?\s+)?(?:service|edition|bureau|desk|website|channel)\s*"
)
# A time before a subject, without a comma: "Sunday Zelensky said", "Late Sunday officials".
_LEADING_TIME = re.compile(
    # ("Meanwhile, on Friday the ministry claims": a connective before the time)
    r"\s*(?:(?:meanwhile|however|separately|also|still|then)\s*,?\s+)?"
    # ("Earlier today officials said", "Last week the ministry announced")
    rf"(?:(?:late|early|earlier|later|on|last|this|by)\s+)*(?:{WEEKDAY_RE}|today|tonight|yesterday"
    r"|(?<=this\s)(?:week|month|year|weekend|morning|afternoon|evening)"
    r"|(?<=last\s)(?:week|month|year|weekend|night))"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s+(?=\S)",
    re.IGNORECASE,
)
_QUOTE_CHARS = '"“”‘’'
# "He said <clause>, " before "adding": the report whose subject a participle shares.
_SAID_THEN_CLAUSE = re.compile(
    r"\s(?:said|says|stated|states|told\s+(?:reporters|journalists|[A-Z][\w’'-]+))\s+"
    r"(?:that\s+)?[^“”\"!?;:]{3,200}?,\s*$"
)
_PARTICIPLE_AT = re.compile(r"\s*(?:adding|noting|stressing|insisting|explaining|saying)\b")
_TRAILING_REPORT = re.compile(r"\s+(?:said|says|wrote|writes|reported|reports|stated)\s*,\s*$")
# ", which the White House said would ...": a relative clause whose own subject reports.
_OBJECT_RELATIVE = re.compile(
    r",\s*which\s+(?P<subj>(?:the\s+)?[A-Z][^,;:“”\"]{1,60}?|officials|the\s+[a-z]+)\s*$"
)
# A sentence just ended before a pronoun ("... Ukraine set out a plan. It said").
_PRIME_MINISTER = re.compile(r"\bprime\s+minister")
# ", he said": a tag's pronoun right after the comma closing the words it attributes.
_TAG_COMMA_BEFORE = re.compile(r",\s+$")
# "he said,", "she added.", "he said, adding": a tag that closes (or is set in) the words.
_TAG_CLOSES = re.compile(r"\w+\s+(?:also\s+)?(?:said|says|added|adds|noted|told\s+\w+)\s*[,.;]")
_SENTENCE_END_BEFORE = re.compile(r"[.!?][”\"’]?\s+$")
_ACCORDING_TO = re.compile(r"\b[Aa]ccording\s+to\s+(?:(?:the\s+)?[a-z][\w-]*\s+){0,3}")
# '“…,” it said': the quotation right before a tag's pronoun.
_QUOTATION_BEFORE_TAG = re.compile(r'(?:"[^"\n]{3,600}"|“[^“”\n]{3,600}”)\s*$')
_REPORTED_IN = re.compile(
    r"\b(?:said|says|told|tells|according|reported|stated|added|claimed|wrote)\b"
    # ("debunks claims of ...", "reports of shelling": the nouns)
    r"|\b(?:reports|claims)\b(?!\s+(?:of|about)\b)"
)
# "On Tuesday, ", "Earlier, ": words opening a sentence before its subject.
# "While Ukraine rejected the terms, " right before a pronoun: a subordinate clause opening the
# sentence; its subject is the pronoun's.
OPENING_SUBORDINATE = re.compile(
    r"\s*(?:[A-Z]\w*,\s+)?(?P<lead>(?i:while|whereas|although|though|after|before|because|since|"
    r"when|once|as|even\s+as|even\s+though|as\s+soon\s+as)\s+)[^,;:“”\"]{3,160},\s+"
)
_SUBORDINATE_VERB = re.compile(
    r"\s+(?:(?:has|had|have|also|still|[a-z]+ly)\s+){0,3}(?:[a-z]+ed|[a-z]{3,}s|set|put|saw|met)\b"
)
_OPENING_ADVERBIAL = re.compile(r"\s*(?:[A-Z][\w ]{0,30},\s+)")
# "Ukraine set out", "Russia has rejected": a verb (or an auxiliary) right after the subject.
_VERB_AFTER_SUBJECT = re.compile(
    r"\s+(?:has\s+|had\s+|have\s+|also\s+)?[a-z]+ed\b|\s+set\s|\s+put\s"
    # "the ABC report debunks ...": the body's document, then its present verb
    r"|['’]?s?\s+(?:report|analysis|assessment|study|update)\s+(?:also\s+)?[a-z]{3,}(?:s|ed)\b"
)
# "The minister's remarks came after", "His comments come as": a sentence about someone's words.
_REMARKS_OPEN = re.compile(
    r"\s*(?:[A-Z][\w ]{0,30},\s+)?(?:(?:The|the)\s+(?:[\w.-]+\s+){0,3}?[\w.-]+['’]s|His|Her)\s+"
    r"(?:latest\s+|recent\s+|earlier\s+)?(?:remarks|comments|words|statement|warning|appeal)\s+"
    r"(?:also\s+)?(?:come|came|follow|followed)\b"
)
# A chunk that is a subordinate clause ("when Jane Roe reminded him ..."), or whose opening
# subordinator the segment left out just before it: no main subject.
_SUBORDINATE_CHUNK = re.compile(rf"\s*(?i:{alternation(SUBORDINATORS)})\s+\S")
_SUBORDINATOR_BEFORE = re.compile(rf"\b(?i:{alternation(SUBORDINATORS)})\s*$")
# "In a post on Twitter, " opening the sentence of a pronoun: its setting.
_SETTING_BEFORE_PRONOUN = re.compile(
    r"\s*(?:In|On|At|Via|Through)\s+(?:an?|the|its|their|his|her)\s+[^,.;:“”\"]{2,60},\s+"
)
# "'s general staff rejected": a state's body as a sentence's subject, then its verb.
_STATES_BODY_SUBJECT = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,3}?[\w-]+(?=\s+(?:has\s+|had\s+|also\s+)?[a-z]{3,}ed\b)"
)
# The title or office before the name that opens a sentence ("Head of the Agency ").
_SUBJECT_TITLES = re.compile(r"\s*(?:(?:[A-Z][\w.’'-]*|of|the|and|for)\s+){0,6}")
# A person's title words before the name that opens a sentence ("President ", "The envoy ").
_TITLES_BEFORE_SUBJECT = re.compile(r"\s*(?:(?:The|the)\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}")
# "Jane Roe will meet ...", "Roe is expected to ...": a modal or auxiliary after the subject.
_MODAL_AFTER_SUBJECT = re.compile(
    r"\s+(?:will|would|can|could|must|should|may|might|is|was|has|had|plans|wants|hopes)\b"
)
# The person's verb after the name (an apposition, an adverb or an auxiliary between).
# A run of sentences opening with "he" or "she" (the chain `_pronoun_chain_subject` follows).
_GENDER_PRONOUN_OPENS = {
    "m": re.compile(r"\s*[Hh]e\s+[a-z]"),
    "f": re.compile(r"\s*[Ss]he\s+[a-z]"),
}
_CHAIN_HOPS = 3
# " date 2022-04-26 Jane Roe ...": the page's date line, glued to its first paragraph.
_PAGE_DATE_PREFIX = re.compile(r"\s*date\s+(?:19|20)\d\d-\d\d(?:-\d\d)?\s+")
# A quotation that opens a sentence, then its comma: '“…”, ' or '"…," '.
_QUOTATION_OPENS = re.compile(
    r"\s*[“\"][^“”\"]{1,1500}[”\"]\s*,?\s*|\s*[“\"][^“”\"]{1,1500}[,.!?][”\"]\s*"
)
# The head of the run: its subject, an apposition perhaps, then a verb in lower case.
_CHAIN_HEAD_VERB = re.compile(r"(?:,\s+(?:the|a|an|who)\s[^,;:“”\"]{2,80},)?\s+[a-z]{2,}\b")
# "the politician, a former member of ...": a person's head, then an apposition describing them
# by a body they belong to.
_HEAD_THEN_MEMBER_OF = re.compile(
    r"\s*(?P<head>[Tt]he\s+(?:[a-z-]+\s+){0,2}[a-z-]+),\s+an?\s+"
    r"(?:(?:former|senior|leading|founding|longtime|long-time|veteran)\s+)?"
    r"(?:member|leader|figure|founder|co-founder|supporter|veteran|deputy|lawmaker)\s+(?:of|in)\s"
)
# "In an interview with Reuters he": an opening phrase without its comma, then the pronoun.
_INTRO_THEN_PRONOUN = re.compile(
    r"\s*(?:In|At|On|During|After|Before|Later|Earlier|Speaking|Writing|with|to|for|in|at|on)\s"
    r"[^,;:“”\"]{2,80}?\s"
    r"(?P<pron>he|she|they)\s*"
)
# "In that address Jane Roe said", "During the call Roe said": an opening phrase of small
# words, its comma left out, then the subject's name.
# ("Later Ukraine said": a sentence adverb, its comma left out.)
_INTRO_THEN_NAME = re.compile(
    r"\s*(?:(?:In|At|During|After|Before|Following)\s+(?:the|that|this|his|her|its|their|a|an)\s+"
    r"(?:[a-z][\w-]*\s+){1,4}|(?:Later|Earlier|Meanwhile|Separately|Previously|Subsequently)\s+)"
    r"(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})\s*"
)
# "The mayor of Kharkiv, Ukraine's second largest city, said": the place described between
# commas after the role.
_ROLE_THEN_PLACE_APPOSED = re.compile(
    r"\s*(?P<role>(?:[Tt]he\s+)?(?:[\w-]+\s+){0,3}?[\w-]+\s+of\s+(?:the\s+)?[A-Z][\w’'-]+"
    r"(?:\s+[A-Z][\w’'-]+)?),\s+(?:[A-Z][\w’'-]*['’]s|the|a|an)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:city|capital|town|region|port|village|province|oblast|country)\b[^,;:“”\"]{0,40},\s*"
)
# "By " opening a line before a name: a byline.
_BYLINE_BEFORE = re.compile(r"(?:^|\n)\s*By\s+$")
_PERSON_VERB_AFTER = re.compile(
    r"(?:,\s+(?:the|a|an|who)\s[^,;:“”\"]{2,80},)?"
    # ("Jane Roe on Friday issued ...": a day between the subject and its verb)
    r"(?:\s+(?:on|late|early)\s+(?:[A-Z][a-z]+day|[A-Z][a-z]+\s+\d{1,2})(?:\s+(?:morning|night|evening))?)?"
    r"\s+(?:(?:has|had|have|was|were|is|also|then|later|[a-z]+ly)\s+)*"
    r"(?:[a-z]{3,}ed|said|told|met|spoke|made|went|came|gave|took|held|saw|thanked|urged)\b"
)
# "X asked Jane Roe to describe the scene", "asked Roe whether ...": the person asked.
_ASKED_SOMEONE = re.compile(
    r"\basked\s+(?P<who>(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+)\s+"
    r"(?:to|about|whether|if|what|how|why|when|for)\b"
)
# "the bloc's top diplomat": a role of a body a head noun refers back to.
_BODYS_ROLE = re.compile(r"[Tt]he\s+(?P<head>[a-z]+)['’]s\s+(?P<role>[a-z]+(?:\s+[a-z]+){0,2})")
# "the prosecutor general's office": the office of a title, in lower case.
_TITLES_OFFICE = re.compile(r"(?:[Tt]he\s+)?(?P<title>(?:[a-z]+\s+){0,2}[a-z]+)['’]s\s+office")
# "Ukrainian officials on Monday said", "officials this week said": a time between the
# subject and its verb is no part of the subject.
_TRAILING_TIME = re.compile(
    # ("Examplia's president Tuesday told": the wire's bare weekday too)
    rf"\s+(?:(?:(?:late|early)\s+)?(?:on\s+)?(?:{WEEKDAY_RE})(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:earlier|later)\s+(?:this|last)\s+(?:week|month)|(?:this|last)\s+(?:week|month)"
    r"|on\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)|in\s+(?:19|20)\d{2}"
    r"|at\s+the\s+(?:end|start|beginning)\s+of\s+[A-Z][a-z]+"
    # "Ukraine's spy chief last night claimed", "the head of diplomacy then stressed"
    rf"|(?:{alternation(entries('subject_times'))}))\s*$"
)
# "Kovalenko also said", "the mayor reportedly told": an adverb between the subject and its
# verb (written in small letters; "the family", "an ally" are nouns).
_ADVERB_BEFORE_VERB = re.compile(
    rf"(?:\s+(?:{alternation(entries('subject_adverbs'))}"
    rf"|(?!(?i:{alternation(entries('ly_nouns'))})\b)[a-z]{{2,}}ly))+\s*$"
)
# "Ukrainian officials would (later) say", "the ministry did not say": a modal or auxiliary
# between the subject and its verb is no part of the subject.
_TRAILING_MODAL = re.compile(
    r"\s+(?:would|will|could|can|may|might|must|should|did|does|do)"
    r"(?:\s+(?:not|also|later|then|again|now|soon|eventually|[a-z]+ly))?\s*$"
)
# "the official representative of", "the spokeswoman of": one person, the definite article.
_THE_SPOKESPERSON = re.compile(
    r"\s*[Tt]he\s+(?:official\s+)?(?:spokesperson|spokesman|spokeswoman|representative)\s+(?:of|for)\s"
)
# "X after a closed-door meeting with the envoys of A and B says": a setting between the subject
# and its verb, whose names are no speaker.
_TRAILING_SETTING = re.compile(
    r"(?<=[A-Za-z])\s+(?:after|following|during)\s+(?:an?|the|his|her|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:meeting|talks|call|visit|session|briefing|conference|summit|"
    r"consultations|discussions?|trip|tour)\b[^,;:“”\"()]{0,80}?\s*$"
)
# "The minister who yesterday walked away from reporters, today says": a relative clause between
# the subject and its verb.
_TRAILING_WHO = re.compile(
    r"(?<=[A-Za-z])\s+who\s+[^,;:“”\"()]{3,140},(?:\s+(?:today|yesterday|now))?\s*$"
)
# "A top official in the Kursk region of Russia that borders Ukraine said": a relative clause
# on a place, its verb in the present, describing the subject's place (not the speaker).
_TRAILING_PLACE_RELATIVE = re.compile(
    r"(?<=[A-Za-z])\s+(?:that|which)\s+(?:borders|neighbou?rs|lies|sits|adjoins|faces|includes)\b"
    r"[^,;:“”\"()]{0,80}$"
)
# "the Russian Commissioner for Human Rights": capitalised title words, "for"/"of"/"on" and the
# office's capitalised remit.
_OFFICE_WITH_REMIT = re.compile(
    r"(?:[Tt]he\s+)?(?P<title>(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)\s+(?:of|for|on)\s+"
    r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}"
)
# "Two officials who spoke to the Gazette about the dispute have said": the relative clause
# describing the subject, without commas.
_WHO_SPOKE_TO = re.compile(
    r"(?<=[A-Za-z])\s+who\s+(?:spoke|talked|were\s+briefed|was\s+briefed)\s+(?:to|with|on)\s+"
    r"[^,;:“”\"()]{2,140}?(?:\s+(?:have|has|had))?\s*$"
)
# "A spokeswoman for X": one person, named by the gendered title (not "a spokesperson").
_A_SPOKESWOMAN = re.compile(r"\s*(?:[Aa]|[Tt]he)\s+spokes(?:wo)?man\s+(?:for|of)\s")
_SPOKESPERSON_FOR = re.compile(
    r"\s*(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+(?:(?:senior|chief|official|press)\s+)?"
    r"(?:spokesperson|spokesman|spokeswoman|representative|press\s+officer|press\s+secretary|"
    r"press\s+service|press\s+office)\s+"
    r"(?:for|of|at)\s+(?P<body>(?:the\s+)?[A-Z][^,;:“”\"]{1,80}?)\s*,?\s*"
)
# "according to Jane Doe's statements": the words are hers.
# ("according to Jane Doe's statement to the broadcaster", "... address on Telegram": where
# they were given, after them.)
_OWN_WORDS = re.compile(
    r"[’']s\s+(?:statements?|words|remarks|comments|estimates?|data|information|calculations|"
    r"address|speech|post|message|interview)"
    r"(?:\s+(?:to|on|in|at|with|for)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})?\s*"
)
# A country's adjective standing as a noun ("the Examplian said"): one capitalised word.
_DEMONYM = re.compile(r"[A-Z][a-z]{3,}")
# "a Downing Street spokesperson": the words after a body's name that make its voice.
_SPOKESPERSON_AFTER = re.compile(
    r"\s+(?:spokes(?:man|woman|person)|press\s+(?:secretary|service|office))\s*"
)
# "a government spokesperson", "the government spokesman".
_GOVERNMENT_SPOKESPERSON = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he)\s+)?government\s+(?:spokes(?:man|woman|person)|press\s+secretary)"
)
_SPOKESPERSON_ROLE = re.compile(r"(?i)\bspokes|\bpress\s+secretary|\brepresentative\b")
# "Military analysts at ISW", "experts from the IAEA": the body its unnamed members speak for.
_MEMBERS_OF = re.compile(
    r"\s*(?:(?:[Tt]he|[Ss]ome|[Tt]wo|[Tt]hree|[Ss]everal)\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?i:{GROUP_NOUNS}|members)\s+(?:at|of|from|with)\s+"
    # ("Experts at the Institute for the Study of War (ISW)": the acronym after the body's name)
    r"(?P<body>(?:the\s+)?[A-Z][^,;:“”\"]{1,80}?)(?:\s*\([A-Z][A-Za-z]{1,7}\))?\s*,?\s*"
)
# "the Council", "the Commission": a body named by the last word of its name.
_SHORT_BODY = re.compile(r"(?:[Tt]he\s+)?(?P<head>[A-Z][a-z]{3,})")
_LONE_NAME = re.compile(r"[A-Z][\w&-]*[a-zA-Z](?:\.(?:com|net|org|ua|ru))?")
NOT_A_LONE_NAME = frozenset(_NOT_NAMES | TITLES | {"i", "we", "you"})
_PERSON_NOUNS = alternation([*UNNAMED_PEOPLE, *PERSON_ROLES, *entries("personal_nouns")])
# "mother of two Arina", "volunteer medic Oksana": a person's description in small letters,
# then one capitalised name.
_DESCRIBED_FIRST_NAME = re.compile(
    # ("Local resident Nadezhda", "Another Kupyansk local Nadezhda": capitals before the noun.)
    rf"(?:[A-Za-z][\w-]*\s+){{0,3}}(?:{_PERSON_NOUNS})(?:\s+of\s+(?:two|three|four|five|\d))?"
    r"\s+(?P<name>[A-Z][a-z’'-]{2,})"
)
# "Ukraine's largest steelmaker": a country's (or a name's) possessive, then small words only.
_POSSESSIVE_DESCRIPTION = re.compile(
    r"\s*(?:[A-Z][\w.-]*\s+)?[A-Z][\w.-]*['’]s\s+(?:[a-z][\w-]*\s+){0,5}[a-z][\w-]*\s*"
)
_CAPITALISED_RUN = re.compile(r"\s*[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3}\s*")
# "The Brussels-based depository Euroclear", "Slovakian oil transporter Transpetrol": a body
# described in small letters by its kind (data/organisation_heads.txt), then named.
_DESCRIBED_BODY_NAME = re.compile(
    rf"(?:(?i:the)\s+)?(?:[\w-]+\s+){{0,4}}(?:{alternation(sorted(_ORG_HEADS))})"
    r"\s+(?P<name>[A-Z][\w&’'-]+(?:\s+[A-Z][\w&’'-]+){0,3})"
)
_PERSON_BEFORE = re.compile(
    r"(?:^|[\s,(])(?i:an?|the|one)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:{_PERSON_NOUNS})s?\b[^,.;:]{{0,40}},\s*$"
)
# "Tania's sister Olena", "his wife Olga": someone named by one word after a personal noun.
_RELATIVE_NAMED = re.compile(
    rf"(?:[A-Z][\w-]*['’]s|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+)?(?:{_PERSON_NOUNS})\s+"
    r"(?P<name>[A-Z][a-z]{2,})"
)
_DOCUMENT_NOUNS = r"(?:statement|report|communiqu[ée]|readout|release|post|message|update|notice)"
# Documents that are authored rather than issued: "a study published by the institute".
_STUDY_NOUNS = r"(?:study|survey|analysis|assessment|paper|poll|estimate|forecast|review)"
# "A statement from the Kremlin", "a joint statement by the G7", "a study published by X": the
# document and who issued it.
_DOCUMENT_FROM = re.compile(
    r"(?:(?i:an?|the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{_DOCUMENT_NOUNS}|{_STUDY_NOUNS})|(?:(?i:these|those|recent|latest|new)\s+)?(?:[\w-]+\s+)?"
    r"(?i:statements|reports|readouts|releases|posts|messages|updates|studies|surveys|analyses|"
    r"assessments|estimates|reviews))\s+"
    r"(?:from|by|(?:issued|released|published|conducted|carried\s+out|prepared)\s+by"
    # ("the analysis of the US-based Institute for X": "of" a name)
    r"|of(?=\s+(?:the\s+)?(?:[\w-]+\s+)?[A-Z]))\s+(?P<who>.+)"
)
DOCUMENT_FROM = _DOCUMENT_FROM
# "a ministry statement", "the army's" aside: a body's noun (or name) modifying the document.
_DOCUMENT_MODIFIED = re.compile(
    r"(?i:an?|the)\s+(?:(?i:new|latest|brief|short|written|official|separate)\s+)?"
    rf"(?P<body>[\w-]+(?:\s+[\w-]+){{0,2}}?)\s+{_DOCUMENT_NOUNS}"
)
_BODY_NOUN_END = re.compile(
    r"(?i)\b(?:ministry|army|navy|government|office|administration|service)$"
)
# "his report", "her own words", "their latest statement": a pronoun's words or document, the
# whole subject.
_PRONOUNS_OWN = re.compile(
    r"^\s*(?P<phrase>(?P<pron>[Hh]is|[Hh]er|[Tt]heir)\s+(?:own\s+|latest\s+|new\s+)?"
    rf"(?:{_DOCUMENT_NOUNS}s?|{_STUDY_NOUNS}|statements|words|remarks|comments|estimates?|"
    r"data|information|calculations|story|account|forecasts?|predictions?|opinion|views?|"
    r"observations?))\s*$"
)
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they"}
# "The Kremlin's statement", "the ministry's latest update", "the think tank's analysis".
_DOCUMENTS_OWN = re.compile(
    rf"(?P<who>.+?)['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENT_NOUNS}|{_STUDY_NOUNS})"
    # ("the navy's statement on its Telegram channel": where it was posted)
    rf"(?:\s+(?:on|via)\s+(?:the\s+|its\s+)?(?:{alternation(entries('platforms'))})[\w\s-]{{0,30}})?"
)
# "United States officials", "the United Kingdom diplomats": a country's name, then a group.
_STATE_GROUP = re.compile(
    r"(?:[Tt]he\s+)?(?P<country>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s+(?:[a-z-]+\s+){0,2}?"
    rf"(?:{GROUP_NOUNS})"
)
# "the Ukraine air force", "the country's air force": a country's body named by the country's
# name before it, or by "the country's" after the country was named.
_COUNTRY_ADJUNCT = re.compile(
    # ("Its foreign ministry said": the country's, after the country was named)
    r"(?:the\s+)?(?P<country>[Ii]ts(?=\s)|[A-Z][\w.]*(?:\s[A-Z][\w.]*)?|country['’]s)\s+"
    r"(?P<rest>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})"
)
# "the defence ministry in Moscow": a country's body by its kind and the country's capital.
_BODY_IN_CAPITAL = re.compile(
    r"(?:[Tt]he\s+)?(?P<rest>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+in\s+(?P<city>[A-Z][a-z]+)"
)
# "the Ukrainian state power company Examplenergo": a body's description, then its name
# (data/organisation_nouns.txt).
_OF_DESCRIBED_BODY_NAME = re.compile(
    r"(?:the\s+|its\s+)?(?:[\w-]+\s+){0,4}?"
    rf"(?:{alternation(entries('organisation_nouns'))})\s+[A-Z][\w-]*"
)
_APPOSED_BODY = re.compile(
    r"(?:(?i:the|an?)|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){0,4}?"
    rf"(?P<noun>{alternation([*entries('organisation_nouns'), *OUTLET_WORDS])})"
)
# What only describes a person: an age, "his"/"her", a personal role ("a 31-year-old drone
# operator", "her late husband's company").
_PERSONAL = re.compile(
    rf"\d+-year-old|\b(?:his|her|himself|herself)\b|\b(?:{_PERSON_NOUNS})s?\b",
    re.IGNORECASE,
)
# "the leader of the (allied) country": an office of a country the phrase does not name.
_OF_THE_COUNTRY = re.compile(
    r"(?P<role>(?i:the)\s+(?:leader|president|head|prime\s+minister))\s+of\s+the\s+"
    r"(?:[a-z][\w-]*\s+)?(?:country|nation|state|republic)"
)
# "The 64-year-old": a person described by the age alone.
# ("the 65-year-old retiree said": with a noun for a person after the age, as well.)
_AGED = re.compile(
    rf"(?i:the)\s+\d{{2,3}}-year-old(?:\s+(?:[a-z-]+\s+)?(?:{alternation(entries('personal_nouns'))})\b)?"
)
_CAP_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}"
# "Jane Roe, 68," and "68-year-old Jane Roe": a person given an age.
_NAME_AND_AGE = re.compile(
    rf"(?P<name>{_CAP_NAME}),\s+(?P<age>\d{{2,3}})\b(?!\s*(?:%|per|km|kilo|miles))"
    rf"|\b(?P<age2>\d{{2,3}})-year-old\s+(?:[a-z][\w-]*\s+){{0,3}}(?P<name2>{_CAP_NAME})"
    rf"|(?P<name3>{_CAP_NAME}),\s+an?\s+(?P<age3>\d{{2,3}})-year-old\b"
)
# "the band Frostline Echo": a name that is a group's, whoever it is guessed to be.
_BAND_NAME = re.compile(
    rf"\b(?:band|group|ensemble|orchestra|choir|duo|trio|quartet)\s+(?P<name>{_CAP_NAME})"
)
# "..., said Taras, a 31-year-old drone operator": the apposition after a name.
_APPOSITION_AFTER = re.compile(r"\s*,\s*(?i:an?|the)\s+[^,.;:\"“”]{1,60}")
_DESCRIBED_BODY = re.compile(
    r"(?:(?i:the|an?)\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?:[\w-]+\s+){0,3}?"
    rf"(?P<noun>{alternation([*entries('organisation_nouns'), *OUTLET_WORDS])})\s+"
    r"(?P<name>[A-Z][\w&-]*[a-zA-Z])"
)


@dataclass
class Speaker:
    name: str | None
    mention: str
    kind: str | None
    start: int
    end: int
    known: bool = True
    context: str = ""  # the whole subject phrase ("Former adviser to ... Oleg Soskin")


@dataclass
class _Salient:
    name: str
    kind: str
    context: str
    named_as_object: bool = False  # noted as a clause's object, not as one who spoke


def _titled_surface(chunk: str, surface: str) -> bool:
    """Whether a chunk is the name `surface` alone, or after ranks and titles only
    ("Maj. Gen. Jane Doe", "Lieutenant General Jane Doe")."""
    if chunk == surface:
        return True
    if not chunk.endswith(surface):
        return False
    words = chunk[: -len(surface)].split()
    return bool(words) and all(w.strip(".").lower() in TITLES for w in words)


@dataclass
class Discourse:
    index: ActorIndex
    text: str
    norm: str = ""
    salient: list[_Salient] = field(default_factory=list)
    new_actors: dict[str, str] = field(default_factory=dict)  # name -> guessed kind
    _surnames: dict[str, str] = field(default_factory=dict)
    # The article's people: short form (surname, or an East Asian family name) -> [(offset of
    # the full mention, canonical name)], and a gender told by the words around a name.
    _registry: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    reference: dt.date | None = None  # the article's date: who held an office then
    # the trusted title, the address's path and the sidecar's origin note, as words: a body
    # they name is what a bare "the ministry" means when the text names none before it
    metadata: str = ""
    # the text's mentions of heads of state: (offset, country), read when first needed
    _heads_in_text: list[tuple[int, str]] | None = None
    # (start, end) -> the gazetteer's mentions there and the capitalised runs it does not know:
    # they depend on the text alone, and the same stretch is read again by later stages
    _found: dict[tuple[int, int], tuple[list[Mention], list[Mention]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.norm = normalise_quotes(self.text)

    def register_people(self, spans: list[tuple[int, int]], *, known_only: bool = False) -> None:
        """Read the whole article once for people named in full ("Air Force Commander Mykola
        Oleshchuk", "Marta Kowalczyk, a senior fellow at ...", "China's top diplomat Wang Yi"),
        statement or not, so that a later "Oleshchuk" or "Wang" is that person. With
        `known_only` (a headline's spans), only the gazetteer's people."""
        for a, b in spans:
            known = self.index.known_mentions(self.norm, a, b)
            found = [m for m in known if self.index.kind_of(m.actor or "") == PERSON]
            unknown = (
                []
                if known_only
                else unknown_name_mentions(self.text, self.norm, a, b, known, self.index)
            )
            for m in unknown:
                if (
                    m.actor
                    and (m.known or m.kind == PERSON)
                    and len(m.actor.split()) >= 2
                    and self.kind_of(m.actor) == PERSON
                ):
                    found.append(m)
                elif m.kind == GROUP and not m.known:
                    found.extend(_coordinated_people(m, self.index))
            for m in found:
                name = m.actor or ""
                tokens = strip_titles(m.surface).split()
                if (
                    len(tokens) == 1
                    and m.known
                    and name
                    and translit_key(tokens[0]) == translit_key(name.split()[-1])
                ):
                    # "Recean said" (a gazetteer person by surname): a later "Rechan" is his
                    # (not after "Olga Lysak" named in full: "Lysak" is hers, see _namesake)
                    named = self._registry.setdefault(translit_key(tokens[0]), [])
                    if not any(at < m.start and other != name for at, other in named):
                        named.append((m.start, name))
                if len(tokens) < 2 or not name:
                    continue
                for short in _short_forms(tokens):
                    self._registry.setdefault(translit_key(short), []).append((m.start, name))
                gender = _gender_in_context(self.text, a, b, m)
                if gender and name not in self.genders:
                    self.genders[name] = gender

    def _named_in_article(self) -> frozenset[str]:
        """The people the article names in full anywhere, or spoke of."""
        named = {name for entries in self._registry.values() for _, name in entries}
        return frozenset(named | {s.name for s in self.salient if s.kind == PERSON})

    def _named_for(self, pos: int) -> frozenset[str]:
        """The people an office phrase at `pos` may mean when tenures do not settle it: those
        named before it on a dated page, those named anywhere on an undated one."""
        return self._named_in_article() if self.reference is None else self._named_before(pos)

    def _named_before(self, pos: int) -> frozenset[str]:
        """The people the article named in full, or spoke of, before `pos`."""
        named = {name for entries in self._registry.values() for at, name in entries if at < pos}
        return frozenset(named | {s.name for s in self.salient if s.kind == PERSON})

    def people_named(self, start: int, end: int) -> list[tuple[int, str]]:
        """The people the article named in full between `start` and `end`: (offset, name), in
        order."""
        return sorted(
            {
                (at, name)
                for entries in self._registry.values()
                for at, name in entries
                if start <= at < end
            }
        )

    def registered(self, short: str, pos: int) -> str | None:
        """The person a surname-only mention at `pos` means: the last one named in full before
        it, else the first one named after it."""
        key = translit_key(short)
        entries = self._registry.get(key)
        if not entries and len(key) >= 5 and short.lower() not in COUNTRY_WORDS:
            # "Kowalcyk" after "Anna Kowalczyk": a misspelling of one surname the article named
            near = [k for k in self._registry if k[:1] == key[:1] and surname_one_off(key, k)]
            entries = self._registry[near[0]] if len(near) == 1 else None
        if not entries and short[:1].isupper() and short.lower() not in COUNTRY_WORDS:
            # "Retno said" after "Retno Marsudi": the one person named in full before whose
            # given name it is (a name used alone by its first part)
            firsts = {
                (at, name)
                for named in self._registry.values()
                for at, name in named
                if at < pos and len(name.split()) >= 2 and translit_key(name.split()[0]) == key
            }
            if len({name for _, name in firsts}) == 1:
                entries = sorted(firsts)
        if not entries:
            return None
        before = [name for start, name in entries if start < pos]
        if before and before.count(before[-1]) == 1:
            # "Jane Roe said ... Jane Roe, the aide, added ... her brother John Roe ... Roe
            # said": the one named in full twice or more, not a relative named once since
            counts = {name: before.count(name) for name in before}
            salient = [name for name, n in counts.items() if n >= 2]
            if len(salient) == 1:
                return salient[0]
        return before[-1] if before else entries[0][1]

    # --- mentions -------------------------------------------------------------------------

    def mentions(self, start: int, end: int) -> list[Mention]:
        if (found := self._found.get((start, end))) is None:
            known = self.index.known_mentions(self.norm, start, end)
            unknown = unknown_name_mentions(self.text, self.norm, start, end, known, self.index)
            found = self._found[start, end] = (known, unknown)
        known, unknown = found
        out = [self._namesake(m) for m in known]
        for m in unknown:
            if m.kind == "name-fragment":
                name = self._surnames.get(translit_key(m.surface.split()[-1])) or self.registered(
                    m.surface.split()[-1], m.start
                )
                if name is None and len(m.surface.split()) == 1:
                    name = self.registered(m.surface, m.start)
                if name is None and len(m.surface.split()) == 1:
                    name = self.index.lone_surname(m.surface)
                if name is None and (titled := titled_surname(m.surface)):
                    # "said Commander Doe", "Colonel Roe said": a rank before a lone surname
                    # the article never gave in full is a person, named with the rank; but
                    # "Sergeant Andriy" (a given name the name lists know): Andriy.
                    given = titled.split()[-1]
                    if titled.split()[0].lower().rstrip(".") in _HONORIFICS:
                        if self.index.surname_near(given):
                            continue  # "Ms Grant" with two Grants known: no guess
                        titled = given  # "Ms. Griffin": Griffin, the honorific is no rank
                    clerical = [w for w in titled.split() if w.lower() in _CLERICAL_TITLES]
                    if clerical:
                        # "His Eminence Metropolitan Antony": a cleric goes by title and name
                        titled = f"{clerical[-1]} {given}"
                    elif given.lower() in self.index.given_words and not self.index.surnames.get(
                        translit_key(given)
                    ):
                        titled = given
                    out.append(Mention(m.start, m.end, m.surface, titled, PERSON, False))
                    continue
                if (
                    name is None
                    and len(m.surface.split()) == 1
                    and m.surface.lower() not in NOT_A_LONE_NAME
                    and (
                        _AGE_APPOSED.match(self.text, m.end)
                        or _AGED_BEFORE.search(self.text, max(0, m.start - 20), m.start)
                        or _ROLE_APPOSED_AFTER.match(self.text, m.end)
                        # (opening its sentence: "in eastern Europe, a ..." names no one)
                        and _OPENS_HERE.search(self.text, max(0, m.start - 3), m.start)
                        and not _SENTENCE_ADVERB_FORM.search(m.surface)
                        and self._could_be_first_name(m.surface)
                    )
                ):
                    # "Alisa, 13, stayed ...", "15-year-old Angelina": a person named by one
                    # name, whom a later "she" may mean
                    out.append(Mention(m.start, m.end, m.surface, m.surface, PERSON, False))
                    continue
                if name is None:
                    continue
                if name in self.index.entries:
                    m = Mention(m.start, m.end, m.surface, name, self.index.kind_of(name), True)
                    out.append(m)
                    continue
                m = Mention(m.start, m.end, m.surface, name, PERSON, False)
            elif not m.known and m.kind != PERSON:
                owner = _OWNER_BEFORE.search(self.text, max(0, m.start - 40), m.start)
                if owner and (body := body_of_country(owner.group() + m.surface, self.index)):
                    # "Ukraine's Foreign Affairs Ministry": the name after a country's
                    # possessive is that country's body
                    m = Mention(m.start, m.end, m.surface, body, self.index.kind_of(body), True)
                elif body := body_of_country(m.surface, self.index):
                    # "the UK's Ministry of Defence": the gazetteer's body of that country
                    m = Mention(m.start, m.end, m.surface, body, self.index.kind_of(body), True)
                else:
                    m = self._recent_containing(m)
            elif m.known and m.kind == PERSON:
                m = self._namesake(m)  # "Mr Roe" after "Olga Roe": hers, not the gazetteer's
            out.append(m)
        return _outlets_joined(sorted(out, key=lambda m: m.start), self.index)

    def _namesake(self, m: Mention) -> Mention:
        """A gazetteer surname ("Roe") after the article named another person of that surname
        in full ("Olga Roe, a farmer, said ... Roe added"): the article's person."""
        if m.kind != PERSON or not m.actor:
            return m
        surname = m.surface
        if " " in surname:
            # ("Mr Roe", "Dr. Roe": an honorific before the surname)
            *titles, surname = surname.split()
            if not all(t.lower() in TITLES or t.lower().rstrip(".") in TITLES for t in titles):
                return m
        named = self.registered(surname, m.start)
        if not named or named == m.actor:
            return m
        if named in self.index.entries:
            # "Oleksiy Kuleba, the governor, said ... 'Kuleba said'": another gazetteer person
            # of the surname, named in full before it, is the one meant
            before = self._registry.get(translit_key(surname), [])
            if not any(at < m.start and name == named for at, name in before):
                return m
            return Mention(m.start, m.end, m.surface, named, self.index.kind_of(named), True)
        return Mention(m.start, m.end, m.surface, named, PERSON, False)

    def _recent_containing(self, m: Mention) -> Mention:
        """ "the Ministry of Defence" after "British defence officials": the actor just named."""
        needle = m.actor.lower() if m.actor else ""
        for s in reversed(self.salient[-10:]):
            entry = self.index.entries.get(s.name)
            forms = (s.name, *(entry.aliases if entry else ()))
            if needle and any(needle in f.lower() for f in forms):
                return Mention(m.start, m.end, m.surface, s.name, s.kind, True)
        if len(needle.split()) >= 2:
            # "the Ministry of Defence (MoD) said" after "the UK's Ministry of Defence has
            # published ...": the body named before, though it had not spoken
            lo = max(0, m.start - 3000)
            known = self.index.known_mentions(self.norm, lo, m.start)
            unknown = unknown_name_mentions(self.text, self.norm, lo, m.start, known, self.index)
            before = [
                (k.surface, k.actor if k.known else body_of_country(k.surface, self.index))
                for k in sorted({*known, *unknown}, key=lambda k: k.start)
            ]
            for surface, actor in reversed(before):
                entry = self.index.entries.get(actor or "")
                if entry is None or entry.kind != ORGANISATION:
                    continue
                if any(needle in f.lower() for f in (entry.name, surface, *entry.aliases)):
                    return Mention(m.start, m.end, m.surface, entry.name, entry.kind, True)
            if body := self._body_of_speakers_side(needle):
                # "According to the General Staff" after a Ukrainian officer spoke: of the
                # countries' bodies of that name, the one of the side that spoke last
                return Mention(m.start, m.end, m.surface, body, self.index.kind_of(body), True)
        return m

    def _body_of_speakers_side(self, needle: str) -> str | None:
        """Of the gazetteer bodies whose names hold `needle` ("general staff"), the one of the
        country of the last speaker the gazetteer gives a country, if just one is."""
        bodies = _bodies_named(self.index, needle)
        if len(bodies) < 2:
            return None
        for spoke in reversed(self.salient[-5:]):
            entry = self.index.entries.get(spoke.name)
            if entry is not None and entry.affiliation:
                side = [e.name for e in bodies if e.affiliation == entry.affiliation]
                return side[0] if len(side) == 1 else None
        return None

    def remember_new(self, mention: Mention) -> None:
        if mention.known or mention.actor is None:
            return
        self.new_actors.setdefault(mention.actor, mention.kind)
        if mention.kind == PERSON:
            self._surnames.setdefault(translit_key(mention.actor.split()[-1]), mention.actor)

    def note(
        self, name: str | None, kind: str | None, context: str = "", *, named_as_object=False
    ) -> None:
        if name:
            self.salient.append(_Salient(name, kind or PERSON, context, named_as_object))

    def kind_of(self, name: str) -> str:
        return self.new_actors.get(name) or self.index.kind_of(name)

    def gender(self, name: str) -> str:
        if _ROLE_SAYS_SHE.search(self.index.role_text(name)):
            # "spokesman Jane Roe" in the text, "spokeswoman" in the gazetteer: the gazetteer
            return "f"
        return self.genders.get(name) or _gender(name, self.index)

    # --- subjects -------------------------------------------------------------------------

    def subject(self, seg_start: int, verb_start: int, *, leftmost: bool = False) -> Speaker | None:
        """The speaker named in text[seg_start:verb_start], the words before a reporting verb."""
        if intro := _INTRO_THEN_PRONOUN.fullmatch(self.text, seg_start, verb_start):
            # "In an interview with Reuters he said ...": the comma after the opening phrase
            # left out; the pronoun is the subject, not the outlet in the phrase
            return self.pronoun(intro.group("pron"), intro.start("pron"), intro.end("pron"))
        if (
            sign := _CALL_SIGN.search(self.text, seg_start, verb_start)
        ) and _CALL_SIGN_END.fullmatch(self.text, sign.end(), verb_start):
            # "another soldier, codenamed Hawk, told ...", "a soldier who goes by the call sign
            # "Wolf" said": the soldier is named by the call sign alone.
            name = sign.group("name")
            start = sign.start("name")
            return Speaker(
                name, name, PERSON, start, start + len(name), False, self.text[seg_start:verb_start]
            )
        if (quoted := _QUOTED_NAME_SUBJECT.search(self.text, seg_start, verb_start)) and quoted[
            "name"
        ].lower() not in NOT_A_LONE_NAME:
            # 'A drone unit sergeant of the 155th Brigade, “Dzhokhar” told': the soldier,
            # named by the call sign in quotation marks right before the verb
            name = quoted["name"]
            at = quoted.start("name")
            return Speaker(
                name, name, PERSON, at, at + len(name), False, self.text[seg_start:verb_start]
            )
        if header := _PAGE_DATE_PREFIX.match(self.text, seg_start, verb_start):
            seg_start = header.end()  # " date 2025-04-14 World leaders said": the page's date
        if intro := _INTRO_THEN_NAME.fullmatch(self.text, seg_start, verb_start):
            seg_start = intro.start("name")
        if placed := _ROLE_THEN_PLACE_APPOSED.fullmatch(self.text, seg_start, verb_start):
            verb_start = placed.end("role")  # the role's, not the place's description
        found = self._subject(seg_start, verb_start, leftmost=leftmost)
        if (
            found is not None
            and found.name
            and self.kind_of(found.name) == STATE
            and _INTELLIGENCE_UPDATE.search(self.text, seg_start, verb_start)
            and (ministry := self._defence_ministry(found.name))
        ):
            # "In its intelligence update, the United Kingdom said": its defence ministry,
            # which publishes the updates.
            return Speaker(ministry, found.mention, ORGANISATION, found.start, found.end)
        if (
            found is not None
            and found.name
            and self.kind_of(found.name) in (ORGANISATION, STATE)
            and (member := _HEAD_THEN_MEMBER_OF.match(self.text, seg_start, verb_start))
            and member.end() <= found.start
        ):
            # '"...," the politician, a former member of the Party of Regions, added': the person
            # the apposition describes, not the party (the head before it, referred back)
            return self.subject(member.start("head"), member.end("head")) or Speaker(
                None, member.group("head"), PERSON, member.start("head"), member.end("head")
            )
        if found is not None and found.mention[:1] in _QUOTE_CHARS:
            # '" experts note': a quotation's mark is no part of the subject, nor of a name
            # made of its words
            mention = found.mention.lstrip(_QUOTE_CHARS + " ")
            name = None if found.name and found.name[:1] in _QUOTE_CHARS else found.name
            start = found.start + len(found.mention) - len(mention)
            return Speaker(name, mention, found.kind, start, found.end, found.known, found.context)
        return found

    def _defence_ministry(self, state: str) -> str | None:
        entry = self.index.entries.get(state)
        if entry is None or not entry.affiliation:
            return None
        return body_of_country(f"{entry.affiliation}'s defence ministry", self.index)

    def _subject(
        self, seg_start: int, verb_start: int, *, leftmost: bool = False
    ) -> Speaker | None:
        if stop := _SENTENCE_STOP.search(self.text, seg_start, verb_start):
            # '..., emphasised the diplomat.': an inverted subject ends before the sentence's
            # stop ("the U.S." keeps its abbreviation's point)
            verb_start = stop.start()
        if passive := _QUOTED_BY_AS.search(self.text, seg_start, verb_start):
            # "X, a director at a think tank, was quoted by The Guardian as saying": the subject
            # before the passive, not the outlet that quoted
            verb_start, leftmost = passive.start() + 1, False
        if (report := _TRAILING_REPORT.search(self.text, seg_start, verb_start)) and self.text[
            seg_start : report.start()
        ].strip():
            # "..., the city's military administration said, adding, “…”": the subject of
            # "said", which the quotation's "adding" shares
            verb_start = report.start() + 1
        if _PARTICIPLE_AT.match(self.text, verb_start):
            opens = max(
                seg_start - 400, *(self.text.rfind(c, 0, seg_start) + 1 for c in '.!?\n“”"')
            )
            said = _SAID_THEN_CLAUSE.search(self.text, max(0, opens), verb_start)
            if said and self.text[opens : said.start()].strip():
                # "He told reporters the trip came after Examplia took the chair, adding: “…”":
                # the subject of "said", which the participle shares (not the clause's)
                seg_start, verb_start = opens, said.start() + 1
        if (
            leftmost
            and (predicate := FIRST_PREDICATE.search(self.text, seg_start, verb_start))
            and 1 <= len(self.text[seg_start : predicate.start()].split()) <= 8
            and not re.search(r"[“”\"]", self.text[seg_start : predicate.start()])
            and not _REPORT_WORD.search(self.text, seg_start, predicate.start())
            and (found := self._subject(seg_start, predicate.start())) is not None
        ):
            # "Officials declined to comment on the report, but said ...": the subject opens
            # the sentence, before its first predicate ("declined to ..."), not the object.
            return found
        if relative := _OBJECT_RELATIVE.search(self.text, seg_start, verb_start):
            # "boats will go to the army, which the White House said would help": the subject
            # of the relative clause, not the noun it describes
            seg_start = relative.start("subj")
        if (time := _TRAILING_TIME.search(self.text, seg_start, verb_start)) and self.text[
            seg_start : time.start()
        ].strip():
            verb_start = time.start() + 1  # "Ukrainian officials on Monday said"
        if (modal := _TRAILING_MODAL.search(self.text, seg_start, verb_start)) and self.text[
            seg_start : modal.start()
        ].strip():
            verb_start = modal.start() + 1  # "the defence minister would later say"
        if (adverb := _ADVERB_BEFORE_VERB.search(self.text, seg_start, verb_start)) and self.text[
            seg_start : adverb.start()
        ].strip():
            verb_start = adverb.start() + 1  # "Kovalenko also said"
        for between in (_TRAILING_WHO, _WHO_SPOKE_TO, _TRAILING_SETTING, _TRAILING_PLACE_RELATIVE):
            if (m := between.search(self.text, seg_start, verb_start)) and self.text[
                seg_start : m.start()
            ].strip():
                verb_start = m.start() + 1
        when = _LEADING_TIME.match(self.text, seg_start, verb_start)
        if when and guess_kind(self.text[when.end() : verb_start].split()[0]) != MEDIA:
            seg_start = when.end()  # "Late Sunday officials said", not "Sunday Times reporters"
        if (outlet := self._outlet_service(seg_start, verb_start)) is not None:
            return outlet
        second = _AND_A_SUBJECT.search(self.text, seg_start, verb_start)
        if second and not leftmost and _FINITE.search(self.text, seg_start, second.start()):
            # "Troops entered the city and the mayor said": a second clause with its own subject.
            seg_start = second.end()
        joined = _JOINED_VERB.search(self.text, seg_start, verb_start)
        if joined and not leftmost and (first := self._clause_opener(seg_start, joined.start())):
            # "India expressed concern over the war and once again called for talks": the
            # verb after "and" shares the subject of the verb before it, which opens the clause.
            return first
        words = self.text[seg_start:verb_start]
        titled = _STAFF_OF_TITLED.fullmatch(words.strip(" ,"))
        if titled and titled["country2"] and (body := self._titled_leaders_body(titled)):
            # "the press secretary of the President of Russia": that office's spokesman.
            at = seg_start + words.find(titled.group())
            end = at + len(titled.group())
            if holder := self._staff_of(body, titled["staff"]):
                return Speaker(holder, titled.group(), PERSON, at, end)
            return Speaker(body, titled.group(), self.kind_of(body), at, end)
        if (body := self._spokesperson_for(seg_start, verb_start)) is not None:
            return body
        placed = _ONE_IN_COUNTRY.fullmatch(self.text, seg_start, verb_start)
        if placed and self.kind_of(self.index.lookup(placed["country"]) or "") == STATE:
            # "A regional official in eastern Ukraine says": the official, not the country
            verb_start = placed.end("who")
        if (both := _COORDINATED_OFFICIALS.fullmatch(self.text, seg_start, verb_start)) and (
            group := group_name(f"{both['side']} {both['noun']}")
        ):
            # "Examplian military and regional officials said": the side's officials, not its
            # army (one noun for both adjectives)
            return Speaker(group, both["who"], GROUP, both.start("who"), both.end("who"), False)
        if local := _ROLE_OF_A_PLACE.fullmatch(self.text, seg_start, verb_start):
            # "the mayor of a town in eastern Examplia said": an unnamed mayor
            # (whom the article may name next), not the country
            return Speaker(None, local["who"], PERSON, local.start("who"), local.end("who"), False)
        adviser = _ADVISER_TO_TITLE.fullmatch(self.text, seg_start, verb_start)
        if adviser and (found := self._adviser_to_title(adviser)):
            return found
        staff = _STAFF_TO.fullmatch(self.text, seg_start, verb_start)
        if staff and (body := self._leaders_body(staff.group("who"))):
            # "A senior adviser to Zelensky": the leader's office speaks, as for "X's spokesman".
            at, end = staff.span("phrase")
            return Speaker(body, self.text[at:end], self.kind_of(body), at, end)
        chunks = [
            c for c in _chunks(self.text, seg_start, verb_start) if self.text[c[0] : c[1]].strip()
        ]
        if not leftmost and (named := self._name_with_apposition(chunks)) is not None:
            return named
        if not leftmost and (body := self._body_with_apposition(chunks)) is not None:
            return body
        if (abbreviated := self._abbreviated_body(chunks)) is not None:
            return abbreviated
        familiar = _FAMILIAR.search(self.text, seg_start, verb_start)
        if familiar:
            # "people familiar with the matter", "a person close to the plans": described, unnamed.
            phrase = re.sub(r"\s+", " ", familiar.group("who"))
            name = phrase[0].upper() + phrase[1:]
            at, end = familiar.start(), familiar.end("who")
            return Speaker(name, self.text[at:end], GROUP, at, end, False, phrase)
        unresolved = None
        nearest = True
        described_name = False  # a name's possessive description was passed over
        for a, b in reversed(chunks):
            chunk = self.text[a:b]
            bare = _CONJUNCTION.sub("", chunk)
            if (
                len(chunks) == 1
                and _ADVERBIAL_START.match(bare)
                and (person := self._person_closing(a, b)) is not None
            ):
                # "In an interview with CNN Zelensky said": the setting's comma left out; the
                # person named right before the verb is its subject.
                return person
            if (
                nearest
                and _RELATIVE_OPENER.match(bare)
                and (person := self._person_closing(a, b, after_setting=False)) is not None
            ):
                # "members of the commission, who Jane Roe said “…”": the relative clause's own
                # subject reports, not the noun it describes
                return person
            if not bare.strip() or _is_date_only(self.text, a, b) or _ADVERBIAL_START.match(bare):
                continue
            if (
                nearest
                and len(chunks) > 1
                and _POSSESSIVE_DESCRIPTION.fullmatch(bare)
                and (before := chunks[chunks.index((a, b)) - 1])
                and self.text[before[1] : a].strip() == ","
                and (name := _CONJUNCTION.sub("", self.text[slice(*before)]))
                and _CAPITALISED_RUN.fullmatch(name)
                and not name.strip().endswith("ly")  # ("Thirdly, Roe's ...")
                # (a name, not "In Kiev" or a place: "In Kiev, Ukraine's government said")
                and name.split()[0].lower() not in PREPOSITIONS
                and not any(w.lower() in COUNTRY_WORDS or w in CITIES for w in name.split())
            ):
                # "Metinvest, Ukraine's largest steelmaker, said": the name the description is
                # in apposition to, not a body the description fits
                nearest = False
                described_name = True
                continue
            if self.text[a - 1 : a] == "(" and self.text[b : b + 1] == ")" and a - 1 > seg_start:
                continue  # "X of the German Council (DGAP) said": an abbreviation, not the subject
            if leftmost and _PREDICATE_FIRST.match(bare):
                # "The agency, known as the NSS, did not name the courier, saying ...": the
                # participle's subject opens an earlier chunk, not this predicate's object
                continue
            if (
                nearest
                and _PLACE_APPOSITION.fullmatch(bare)
                and _ROLE_OF_PLACE_BEFORE.search(self.text, seg_start, a)
            ):
                # "The mayor of Poltava, the region's largest city, said": the
                # place's description, not the subject
                continue
            if not nearest and unresolved is not None and unresolved.kind == PERSON:
                lone = self._lone_person(a, b)
                if lone is not None:
                    return lone  # "Taras, a 31-year-old drone operator, said"
            if not nearest and not (
                self._apposed_name(a, b) or (described_name and _CAPITALISED_RUN.fullmatch(bare))
            ):
                continue  # an earlier chunk is a subject only as a bare name ("X, the minister, said")
            found = self._subject_in_chunk(a, b, leftmost=leftmost)
            if found and found.name:
                return found
            # An unresolved description ("the deputy head of ...") may stand in apposition to a
            # name before it: look on. A capitalised phrase ("Ukrainian officials") may not.
            unresolved = unresolved or found
            if leftmost or (found and bare.strip()[:1].isupper()):
                break
            nearest = False
        return unresolved

    def _person_closing(self, a: int, b: int, *, after_setting: bool = True) -> Speaker | None:
        """A person's name (of two or more words, or the gazetteer's) that ends the words
        text[a:b], after an opening setting with no comma ("In an interview with CNN Jane
        Doe")."""
        end = b
        while end > a and self.text[end - 1].isspace():
            end -= 1
        last = [m for m in self.mentions(a, b) if m.end == end and m.actor]
        if not last:
            return None
        m = last[-1]
        if self.kind_of(m.actor) != PERSON or not (m.known or len(m.surface.split()) >= 2):
            return None
        if after_setting and not re.search(
            r"(?:^|[,\s])(?:with|to|on|in|at|for|after|before|during)\b", self.text[a : m.start]
        ):
            return None  # (the setting before the name: "In an interview with CNN")
        self.remember_new(m)
        return Speaker(m.actor, m.surface, PERSON, m.start, m.end, m.known, m.surface)

    def relayed(self, at: int, end: int) -> Speaker | None:
        """ "… in a report on Jane Roe's comments", "… in its account of the minister's
        remarks" (the words after an outlet's verb, text[at:end]): the person whose words the
        outlet relays, else None."""
        m = _RELAYED_WORDS.match(self.norm, at, end)
        if m is None:
            return None
        people = [
            x
            for x in self.mentions(m.start("who"), m.end("who"))
            if x.actor and (x.kind if not x.known else self.kind_of(x.actor)) == PERSON
        ]
        if not people:
            return None
        who = people[-1]
        return Speaker(who.actor, who.surface, PERSON, who.start, who.end, who.known, m.group())

    def _clause_opener(self, a: int, b: int) -> Speaker | None:
        """The named subject opening text[a:b] (a clause whose verb comes later), past any
        opening adverbial chunk ("On Monday, ...")."""
        for c, d in _chunks(self.text, a, b):
            bare = _CONJUNCTION.sub("", self.text[c:d])
            if not bare.strip() or _is_date_only(self.text, c, d) or _ADVERBIAL_START.match(bare):
                continue
            if d < b and (
                _SUBORDINATE_CHUNK.match(bare)
                or _SUBORDINATOR_BEFORE.search(self.text, max(0, c - 12), c)
            ):
                continue  # "when Y reminded him of it, X laughed and said": not Y
            found = self._subject_in_chunk(c, d, leftmost=True)
            if (found is None or not found.name) and (
                verb := FIRST_PREDICATE.search(self.text, c, d)
            ):
                # "Ukrainian officials met the envoy and said ...": the words before the first
                # verb's predicate are the subject (an unnamed group too).
                found = self._subject_in_chunk(c, verb.start(), leftmost=True)
                if found is not None and found.kind == GROUP:
                    return found
            return found if found is not None and found.name else None
        return None

    def _national_named(self, word: str, pos: int) -> str | None:
        """The gazetteer person of the nationality `word` ("Examplian", a country's adjective
        used as a noun, no name of a known actor) whom the article named last in the 2,000
        characters before `pos`."""
        low = word.lower()
        if (
            not _DEMONYM.fullmatch(word)
            or low not in COUNTRY_WORDS
            or self.index.lookup(word)
            or not (country := country_of(word))
            or country.lower() == low
        ):
            return None
        named = [
            name
            for _, name in self.people_named(max(0, pos - 2000), pos)
            if name in self.index.entries and self.index.entries[name].affiliation == country
        ]
        return named[-1] if named else None

    def _spokesperson_for(self, a: int, b: int) -> Speaker | None:
        """ "A spokesperson for the European Union", "a representative of the Ukrainian Air
        Force": the body speaks (a person's spokesman stays who he is)."""
        m = _SPOKESPERSON_FOR.fullmatch(self.text, a, b)
        if m is None and (m := _MEMBERS_OF.fullmatch(self.text, a, b)) is not None:
            found = [x for x in self.mentions(*m.span("body")) if x.known]
            named = _TRAILING_ADVERBS.sub("", m["body"])
            if not found and (body := self._short_body(named, m.start("body"))):
                # "Members of the Council" after "the Security Council met": that body.
                at = m.start("body")
                return Speaker(body, named, self.kind_of(body), at, at + len(named))
            if len(found) != 1 or found[0].end < m.start("body") + len(named) - 1:
                return None
            body = found[0]
            if self.kind_of(body.actor) not in (ORGANISATION, MEDIA):
                return None  # "officials of Ukraine": a side, named as a group elsewhere
            return Speaker(body.actor, body.surface, self.kind_of(body.actor), body.start, body.end)
        if m is None:
            return None
        body_a, body_b = m.span("body")
        found = [x for x in self.mentions(body_a, body_b) if x.actor]
        if not found:
            return None
        body = found[-1]
        kind = self.kind_of(body.actor) if body.known else body.kind
        if body.end < body_b - 1:
            return None
        if (
            kind == PERSON
            and body.known
            and body.start > body_a + 4
            and _SPOKESPERSON_ROLE.search(self.index.role_text(body.actor))
        ):
            # "the press secretary of the Russian leader Jane Doe" (translated word order): the
            # name after the title is the spokeswoman's own, when the gazetteer says she is one.
            return Speaker(body.actor, body.surface, PERSON, body.start, body.end, True)
        if (
            kind == PERSON
            and body.known
            and any(o in self.index.role_text(body.actor) for o in (*LEADING_OFFICES, "leader"))
            and (office := self._leaders_body(body.actor))
        ):
            # "a spokesman for Zelensky": the leader's office, as for "Zelensky's spokesman"
            # (a TV host or minister named there leads no office).
            phrase = self.text[a:b].strip(" \t\n,")
            at = a + self.text[a:b].index(phrase)
            return Speaker(office, phrase, self.kind_of(office), at, at + len(phrase))
        if kind not in (ORGANISATION, STATE, MEDIA):
            return None
        if kind == ORGANISATION and _THE_SPOKESPERSON.match(self.text, a, b):
            # "the official representative of the Russian Foreign Ministry", "the spokeswoman
            # of the ministry": its one spokesperson, whom the gazetteer may know.
            for noun in ("spokeswoman", "spokesman", "spokesperson"):
                if holder := role_holder(f"{body.surface} {noun}", self.index, self.reference):
                    phrase = self.text[a:b].strip(" \t\n,")
                    at = a + self.text[a:b].index(phrase)
                    return Speaker(holder, phrase, PERSON, at, at + len(phrase))
        if kind == ORGANISATION and _A_SPOKESWOMAN.match(self.text, a, b):
            # "A spokeswoman for the Russian Foreign Ministry accused ..." after the article
            # named the ministry's spokeswoman: she is the one meant, not an unnamed colleague
            # (named by name: not "the official representative of the ministry" before it)
            named = frozenset(
                k.actor for k in self.index.known_mentions(self.norm, 0, a) if k.actor
            )
            for noun in ("spokeswoman", "spokesman", "spokesperson"):
                holder = role_holder(f"{body.surface} {noun}", self.index, self.reference, named)
                if holder and holder in named:
                    phrase = self.text[a:b].strip(" \t\n,")
                    at = a + self.text[a:b].index(phrase)
                    return Speaker(holder, phrase, PERSON, at, at + len(phrase))
        return Speaker(body.actor, body.surface, kind, body.start, body.end, body.known)

    def _short_body(self, phrase: str, pos: int) -> str | None:
        """ "the Council": the gazetteer body of the last fuller name ending in that word the
        text gave before `pos` ("the Security Council" -> the UN Security Council, the one
        body whose name ends so)."""
        short = _SHORT_BODY.fullmatch(phrase.strip())
        if short is None:
            return None
        head = short["head"]
        fuller = None
        named = re.compile(rf"\b(?!The\b)(?:[A-Z][\w-]+ ){{1,3}}{head}\b")
        for m in named.finditer(self.norm, max(0, pos - _LOOK_BACK), pos):
            fuller = m.group()
        if fuller is None:
            return None
        if (known := self.index.lookup(fuller)) and self.index.kind_of(known) == ORGANISATION:
            return known
        ending = re.compile(rf"(?:^|\s){re.escape(fuller.lower())}$")
        bodies = {
            name
            for form, name in self.index.folded.items()
            if (found := ending.search(form))
            and self.index.kind_of(name) == ORGANISATION
            # "Russian Security Council" is a country's; the bare name is the one that is not
            and form[: found.start()].strip() not in COUNTRY_WORDS
        }
        return bodies.pop() if len(bodies) == 1 else None

    def _outlet_service(self, a: int, b: int) -> Speaker | None:
        """ "the BBC's Russian service", "Radio Liberty's Ukrainian edition": the outlet speaks."""
        m = _OUTLET_SERVICE.fullmatch(self.text, a, b)
        if m is None:
            end = b
            while end > a and self.text[end - 1].isspace():
                end -= 1
            m = _OUTLET_SERVICE.fullmatch(self.text, a, end)
        if m is None:
            return None
        name = m.group("outlet")
        canonical = self.index.lookup(name)
        if canonical is None and (
            known := self.index.known_mentions(self.norm, m.start("outlet"), m.end("outlet"))
        ):
            canonical = known[-1].actor
        if canonical is not None and self.index.kind_of(canonical) != MEDIA:
            return None
        if canonical is None:
            self.new_actors.setdefault(name, MEDIA)
        return Speaker(
            canonical or name,
            self.text[m.start("outlet") : m.end()],
            MEDIA,
            m.start(),
            m.end(),
            canonical is not None,
            m.group(),
        )

    def _name_with_apposition(self, chunks: list[tuple[int, int]]) -> Speaker | None:
        """ "Olena Marchuk, a Kyiv lawyer who advises conscripts, told": in NAME, <apposition>,
        VERB the speaker is NAME; a place, body or person inside the apposition is not."""
        for i, (a, b) in enumerate(chunks[:-1]):
            bare = _CONJUNCTION.sub("", self.text[a:b]).strip()
            if _ADVERBIAL_START.match(bare) or _is_date_only(self.text, a, b):
                continue
            mentions = self.mentions(a, b)
            if (
                len(mentions) != 1
                or not self._apposed_name(a, b)
                or not _titled_surface(bare.strip(" -–—"), mentions[0].surface)
                or self.kind_of(mentions[0].actor or "") != PERSON
            ):
                continue
            after = self.text[chunks[i + 1][0] : chunks[i + 1][1]].strip()
            if _AGE.fullmatch(after) and i + 2 < len(chunks):
                # "Jane Roe, 58, the mayor of the town, said": the age, then the apposition
                after = self.text[chunks[i + 2][0] : chunks[i + 2][1]].strip()
            if not _APPOSITION_START.match(after) and not _capitalised_title(after):
                continue
            found = self._subject_in_chunk(a, b, leftmost=False)
            if found is None or found.kind != PERSON:
                return None
            # The apposition is part of what the article says of the person ("Jane Roe, the
            # regional governor, said ... The governor added"): a later description of the
            # role points back to them.
            described = " ".join(self.text[a:b].strip() for a, b in chunks[i:])
            return dataclasses.replace(found, context=described)
        return None

    def _body_with_apposition(self, chunks: list[tuple[int, int]]) -> Speaker | None:
        """ "Naftogaz, Ukraine's state energy company, said", "Holod, an independent Russian
        outlet, reported": a one-word name the gazetteer does not know, described as a body
        or an outlet, is that body (people get a personal description)."""
        if len(chunks) != 2:
            return None
        (a, b), (c, d) = chunks
        name = _CONJUNCTION.sub("", self.text[a:b]).strip()
        described = _APPOSED_BODY.fullmatch(self.text[c:d].strip())
        if (
            described is None
            or _PERSONAL.search(described.group())
            or not _LONE_NAME.fullmatch(name)
            or name.lower() in NOT_A_LONE_NAME
            or self.index.lookup(name)
        ):
            return None
        kind = MEDIA if described["noun"] in _MEDIA_HEADS else ORGANISATION
        start = a + self.text[a:b].index(name)
        self.new_actors.setdefault(name, kind)
        return Speaker(name, name, kind, start, start + len(name), False, name)

    def _abbreviated_body(self, chunks: list[tuple[int, int]]) -> Speaker | None:
        """ "the Main Directorate of Intelligence (HUR) of the defence ministry said": a body's
        full name, spelt another way than the gazetteer's, then its known acronym in
        parentheses (and perhaps the body it belongs to, "of ..."): the acronym's body speaks,
        not the parent body named after it nor a new name made of the spelt-out words."""
        for i in range(1, len(chunks)):
            a, b = chunks[i]
            pa, pb = chunks[i - 1]
            if self.text[a - 1 : a] != "(" or self.text[b : b + 1] != ")":
                continue
            if not _BODY_NAME_BEFORE_PAREN.fullmatch(self.text, pa, pb):
                continue
            if any(not self.text[x:y].strip().startswith("of ") for x, y in chunks[i + 1 :]):
                continue
            acronym = self.text[a:b].strip()
            known = [m for m in self.mentions(a, b) if m.known and m.actor and m.surface == acronym]
            if len(known) != 1 or self.kind_of(known[0].actor) not in (ORGANISATION, GROUP):
                continue
            if not _ACRONYM_WORD.fullmatch(acronym):
                continue
            m = known[0]
            return Speaker(m.actor, m.surface, self.kind_of(m.actor), m.start, m.end)
        return None

    def _lone_person(self, a: int, b: int) -> Speaker | None:
        """A person the article names by one word only, with a personal description in
        apposition after it ("Olena, a nurse at the clinic, said")."""
        chunk = _CONJUNCTION.sub("", self.text[a:b]).strip()
        if self.mentions(a, b) or not _LONE_NAME.fullmatch(chunk):
            return None
        if chunk.lower() in NOT_A_LONE_NAME or not chunk[1:].islower():
            return None
        start = a + self.text[a:b].index(chunk)
        self.new_actors.setdefault(chunk, PERSON)
        low = chunk.lower()
        if low in _FEMALE_NAMES or (low.endswith("a") and low not in _MALE_A_NAMES):
            self.genders.setdefault(chunk, "f")
        return Speaker(chunk, chunk, PERSON, start, start + len(chunk), False, chunk)

    def _apposed_name(self, a: int, b: int) -> bool:
        mentions = self.mentions(a, b)
        if not mentions:
            return False
        rest = self.text[mentions[-1].end : b].strip(" -–—")
        return not rest or not re.search(
            r"\b[a-z]{3,}ed\b|\b(?:is|was|were|are|has|have|had|will)\b", rest
        )

    def _subject_in_chunk(self, a: int, b: int, *, leftmost: bool) -> Speaker | None:
        chunk_text = self.text[a:b]
        if (issued := self._document_of(a, b)) is not None:
            return issued
        if (led := _LEADERS_GOVERNMENT.fullmatch(chunk_text.strip())) and (
            state := self._government_of(led["who"])
        ):
            # "The Albanese Government has said": the state whose government that leader heads
            start = a + chunk_text.find(led.group())
            return Speaker(state, led.group(), STATE, start, start + len(led.group()))
        if (titled := self._titled_role(a, b)) is not None:
            return titled
        if (
            (chief := _CHIEF_OF.fullmatch(chunk_text.strip()))
            and _OF_DESCRIBED_BODY_NAME.fullmatch(chief["body"])
            and (leader := self._leader_of(chief, a + chunk_text.find(chief.group())))
        ):
            # "The CEO of the Ukrainian state power company X": the holder of X's top office,
            # not X
            return leader
        if (office := self._complemented_office(a, b)) is not None:
            return office
        if (abbreviated := self._abbreviated_office(a, b)) is not None:
            return abbreviated
        if (defined := self._defined_acronym(a, b)) is not None:
            return defined
        grouped = _STATE_GROUP.fullmatch(_CONJUNCTION.sub("", chunk_text).strip())
        if (
            grouped
            and self.kind_of(self.index.lookup(grouped["country"]) or "") == STATE
            and (
                name := group_name(
                    # ("Ukraine officials": "Ukrainian officials")
                    grouped.group().replace(
                        grouped["country"],
                        PLACE_ADJECTIVES.get(grouped["country"].lower(), grouped["country"]),
                        1,
                    )
                )
            )
        ):
            # "United States officials told ...": a group of that side, not the state
            phrase = grouped.group()
            start = a + chunk_text.index(phrase)
            return Speaker(name, phrase, GROUP, start, start + len(phrase), False)
        if (
            (placed := _BODY_IN_CAPITAL.fullmatch(_CONJUNCTION.sub("", chunk_text).strip()))
            and (state := self.index.lookup(placed["city"]))
            and self.kind_of(state) == STATE
            and (entry := self.index.entries.get(state))
            and entry.affiliation
            and (body := body_of_country(f"{entry.affiliation}'s {placed['rest']}", self.index))
        ):
            # "The defence ministry in Moscow said": Russia's defence ministry
            phrase = placed.group()
            start = a + chunk_text.index(phrase)
            return Speaker(body, phrase, self.kind_of(body), start, start + len(phrase))
        if (adjunct := _COUNTRY_ADJUNCT.fullmatch(_CONJUNCTION.sub("", chunk_text).strip())) and (
            body := self._country_adjunct_body(adjunct, a)
        ):
            phrase = adjunct.group()
            start = a + chunk_text.index(phrase)
            return Speaker(body, phrase, self.kind_of(body), start, start + len(phrase))
        if (local := _LOCAL_BODY.fullmatch(_CONJUNCTION.sub("", chunk_text).strip())) and not any(
            m.known for m in self.mentions(a, b)
        ):
            # "Kherson city council reported": the place's body, a new organisation.
            phrase = local.group()
            start = a + chunk_text.index(phrase)
            # ("Kherson city's military administration": the body is the city's, its name
            # without the possessive)
            words_ = re.sub(r"['’]s\b", "", phrase).split()
            # ("The Odessa regional administration": "Odesa Regional Administration", the
            # place as the gazetteer spells it, without the article)
            words_ = [PLACE_SPELLINGS.get(w, w) for w in words_ if w not in ("The", "the")]
            name = " ".join(w if w[:1].isupper() else w.capitalize() for w in words_)
            self.new_actors.setdefault(name, ORGANISATION)
            return Speaker(name, phrase, ORGANISATION, start, start + len(phrase), False, phrase)
        placed = _GROUP_IN_PLACE.match(_CONJUNCTION.sub("", chunk_text))
        if (
            placed
            and _SIDE_MODIFIER.search(placed["group"])
            and (at := chunk_text.find(placed["group"])) >= 0
            and (found := self.description(a + at, a + at + len(placed["group"]))) is not None
            and (found.name or (found.kind == GROUP and group_name(found.mention)))
        ):
            # "Moscow-appointed authorities in southern Ukraine's occupied X region": the
            # group its own words name, never the place it sits in.
            return found
        candidates: list[tuple[int, int, Mention | str]] = []
        modifiers = []
        owners = []
        for m in self.mentions(a, b):
            if _possessive(self.text, m.end) and m.known and self.kind_of(m.actor) != PERSON:
                owners.append(m)  # "the Russian defence ministry's spokesman"
            if _OWN_WORDS.fullmatch(self.text, m.end, b):
                candidates.append((m.start, m.end, m))  # "(according to) Jane Doe's words"
                continue
            if self._attached(a, m) or _possessive(self.text, m.end):
                continue
            kind = self.kind_of(m.actor or "") if m.known else m.kind
            if _ROLE_AFTER.match(self.text, m.end, b) and kind != PERSON:
                modifiers.append((m.start, m.end, m))  # "the Foreign Ministry spokeswoman"
                continue
            candidates.append((m.start, m.end, m))
        for p in _PRONOUN_RE.finditer(self.text, a, b):
            word = p.group(1).lower()
            if p.group(1).isupper() and len(word) > 1:
                continue  # "IT specialists": an acronym, not a pronoun
            if word == "her" and not re.match(r"\s*(?:[,.;:]|$)", self.text[p.end() : b]):
                continue  # "her government": a possessive, not the speaker
            if not _possessive(self.text, p.end()):
                candidates.append((p.start(), p.end(), p.group(1)))
        candidates.sort(key=lambda c: c[0])
        if (
            not candidates
            and not modifiers
            and owners
            and (held := self._role_of_body(owners[-1], b))
        ):
            # "The Russian defence ministry's spokesman": the person with that role.
            at = a + len(chunk_text) - len(chunk_text.lstrip())
            return Speaker(held, self.text[at:b].strip(), PERSON, at, b)
        if not candidates and modifiers and not self._name_before(a):
            if re.match(r"\s*[Tt]he\s", chunk_text) and (role := self._role_named(a, b)):
                return role
            start, _, body = modifiers[-1]
            if body.actor and (held := self._role_of_body(body, b)):
                # "Russia's foreign ministry spokeswoman": the one person the gazetteer gives
                # that body's role.
                return Speaker(held, self.text[start:b].strip(), PERSON, start, b)
            if (
                body.actor
                and not re.match(r"\s*[Tt]he\s", chunk_text)
                and _SPOKESPERSON_AFTER.fullmatch(self.text, body.end, b)
                and (kind := self.kind_of(body.actor)) == ORGANISATION
            ):
                # "a Pentagon spokesperson": no one the gazetteer gives the post; the body
                # speaks through them, as for "a spokesperson for the Pentagon" (a government's
                # spokesman stays "UK government spokesman").
                phrase = chunk_text.strip()
                at = a + chunk_text.index(phrase)
                return Speaker(body.actor, phrase, kind, at, at + len(phrase), True, phrase)
            if (
                _INDEFINITE.match(chunk_text)
                and self.kind_of(modifiers[-1][2].actor or "") == STATE
            ):
                # "a Ukrainian government adviser": one unnamed person, not the government.
                phrase = chunk_text.strip()
                start = a + chunk_text.index(phrase)
                return Speaker(None, phrase, None, start, start + len(phrase), False, phrase)
            candidates = modifiers
        if (
            leftmost
            and candidates
            and (verb := _FINITE.search(self.text, a, candidates[0][0]))
            and re.search(r"[a-z]", self.text[a : verb.start()])
            and (before := self._subject_in_chunk(a, verb.start(), leftmost=False)) is not None
            and before.name
        ):
            # "The Polish president addressed the Assembly, stating that ...": the participle's
            # subject is the one before the main verb, never that verb's object.
            return before
        if candidates:
            pick = (
                candidates[0]
                if leftmost or self._coordinated(candidates)
                else _prefer_person(candidates, self)
            )
            if leftmost and (titled := self._known_person_after_title(candidates, b)):
                pick = titled
            start, end, what = pick
            if isinstance(what, Mention):
                self.remember_new(what)
                context = chunk_text.strip()
                return Speaker(
                    what.actor,
                    self.text[start:end],
                    self.kind_of(what.actor) if what.actor else None,
                    start,
                    end,
                    what.known,
                    context,
                )
            return self.pronoun(what, start, end)
        bare_subject = _CONJUNCTION.sub("", chunk_text).strip()
        country_word = re.sub(r"^[Tt]he\s+", "", bare_subject)
        if country_word != bare_subject and (national := self._national_named(country_word, a)):
            # "Jane Roe said ... the Examplian told his counterpart": the person of that
            # nationality the article just named, not the state
            start = a + chunk_text.index(bare_subject)
            return Speaker(national, bare_subject, PERSON, start, start + len(bare_subject))
        if (
            country_word[:1].isupper()
            and not without_country(country_word)
            and (state := state_of(country_word, self.index))
        ):
            # "The US has said", "The U.S. said": a country's short name alone is its state
            start = a + chunk_text.index(bare_subject)
            return Speaker(state, bare_subject, STATE, start, start + len(bare_subject))
        if (
            (body := _DESCRIBED_BODY_NAME.fullmatch(bare_subject))
            and (name := body["name"]).lower() not in NOT_A_LONE_NAME
            and not self.index.lookup(name)
            and self._could_be_first_name(name.split()[0])
            # (not "the head of the company Jan Roe": a person, named by a given name)
            and " of " not in f" {bare_subject[: body.start('name')]} "
            and translit_key(name.split()[0]) not in self.index.given_names
        ):
            # "The Brussels-based depository Euroclear said": the body the description names
            start = a + chunk_text.rindex(name)
            self.new_actors.setdefault(name, ORGANISATION)
            return Speaker(name, name, ORGANISATION, start, start + len(name), False, bare_subject)
        described = _DESCRIBED_FIRST_NAME.fullmatch(bare_subject)
        if (
            described
            and (name := described["name"]).lower() not in NOT_A_LONE_NAME
            and self._could_be_first_name(name)
        ):
            # "says mother of two Arina", "said volunteer medic Oksana": a person described in
            # small letters, then named by one name
            start = a + chunk_text.rindex(name)
            self.new_actors.setdefault(name, PERSON)
            return Speaker(name, name, PERSON, start, start + len(name), False, bare_subject)
        lone = _LONE_NAME.fullmatch(bare_subject)
        if lone and PARTY_STATE.fullmatch(lone.group()):
            return None  # "Sen. Jane Doe, R-Texas, said": the party and state, no one named
        if lone and lone.group().lower() not in NOT_A_LONE_NAME:
            # "Ukraine's grid operator, Ukrenergo, said": a one-word name standing alone as the
            # subject is a body (companies and agencies go by one word; people by two).
            name = lone.group()
            start = a + chunk_text.index(name)
            given = _GIVEN_NAME.search(self.text, max(0, a - 80), a)
            low = name.lower()
            after = _APPOSITION_AFTER.match(self.text, b, min(len(self.text), b + 80))
            if given is None and (
                _PERSON_BEFORE.search(self.text, max(0, a - 80), a)
                or (after and _PERSONAL.search(after.group()))
                or low in _FEMALE_NAMES
                or low in _MALE_A_NAMES
            ):
                # "A resident of Bakhmut, Olha, said": a person described before the name.
                self.new_actors.setdefault(name, PERSON)
                return Speaker(name, name, PERSON, start, start + len(name), False, name)
            if given:
                # "a medic who gave only her first name, Iryna, said": a person.
                self.new_actors.setdefault(name, PERSON)
                self.genders.setdefault(name, {"her": "f", "his": "m"}.get(given["whose"], "?"))
                return Speaker(name, name, PERSON, start, start + len(name), False, name)
            self.new_actors.setdefault(name, ORGANISATION)
            return Speaker(name, name, ORGANISATION, start, start + len(name), False, name)
        described = _DESCRIBED_BODY.fullmatch(_CONJUNCTION.sub("", chunk_text).strip())
        if (
            described
            and described["name"].lower() not in NOT_A_LONE_NAME
            and not _PERSONAL.search(described.group())
        ):
            # "the national grid operator Ukrenergo", "Russian energy giant Gazprom": the body
            # its description names (an outlet when the noun says so).
            name = described["name"]
            kind = MEDIA if described["noun"] in _MEDIA_HEADS else ORGANISATION
            start = a + chunk_text.rindex(name)
            self.new_actors.setdefault(name, kind)
            return Speaker(name, name, kind, start, start + len(name), False, described.group())
        return self.description(a, b)

    def _known_person_after_title(self, candidates, b: int):
        """ "The Special Representative of the Government on Eurasian Affairs Jane Roe briefed
        the media, saying ...": a capitalised title the text alone reads as a name, then the
        gazetteer person it titles, before the main verb: that person is the subject."""
        first = candidates[0][2]
        if not isinstance(first, Mention) or first.known or len(candidates) < 2:
            return None
        head = re.split(r"\s+of\s+", first.surface)[0].split()  # "Special Representative"
        if not head or head[-1].lower() not in TITLES | TITLE_HEADS:
            return None
        verb = _FINITE.search(self.text, first.end, b)
        limit = verb.start() if verb else b
        for c in candidates[1:]:
            m = c[2]
            if c[0] >= limit or not isinstance(m, Mention):
                return None
            if re.search(r"[,;:]|\band\b", self.text[first.end : c[0]]):
                return None
            if m.known and m.actor and self.kind_of(m.actor) == PERSON:
                return c
        return None

    def _coordinated(self, candidates) -> bool:
        """Names of one kind joined by "and" or commas only ("Germany and France said",
        "Ruritania, Sylvania and Freedonia said"): a joint statement, given to the first named."""
        if len(candidates) < 2 or not all(isinstance(c[2], Mention) for c in candidates):
            return False
        kinds = {self.kind_of(c[2].actor) if c[2].known else c[2].kind for c in candidates}
        if len(kinds) != 1 or not candidates[-1][2].actor:
            return False
        gaps = [self.text[x[1] : y[0]] for x, y in zip(candidates, candidates[1:], strict=False)]
        return all(_JOINING.fullmatch(g) for g in gaps) and bool(_JOINING_AND.fullmatch(gaps[-1]))

    def _complemented_office(self, a: int, b: int) -> Speaker | None:
        """ "The Russian Commissioner for Human Rights said": an office named with its
        capitalised remit (`data/complement_titles.txt`) and no name after it: its holder on
        the article's day, else None."""
        chunk = _CONJUNCTION.sub("", self.text[a:b]).strip()
        m = _OFFICE_WITH_REMIT.fullmatch(chunk)
        if m is None or m["title"].split()[-1].lower() not in COMPLEMENTED_TITLES:
            return None
        holder = office_holder(chunk, self.index, self.reference, self._named_in_article())
        if holder is None:
            return None
        start = a + self.text[a:b].index(chunk)
        return Speaker(holder, chunk, PERSON, start, start + len(chunk))

    def _titled_role(self, a: int, b: int) -> Speaker | None:
        """ "Kremlin Spokesman said", "Estonian Prime Minister said", "IAEA Director General
        said": a title written capitalised, without "the" or a name after it, is the office it
        names, as "the Kremlin spokesman" is; never a person called so, nor the body alone."""
        chunk = _CONJUNCTION.sub("", self.text[a:b]).strip()
        chunk = re.sub(r"^[Tt]he\s+", "", chunk)  # "The Estonian Prime Minister said"
        tokens = chunk.split()
        # ("Kharkiv governor said", "Lithuanian president also stressed": title words may be
        # written in lower case; a name or a country's word is not.)
        if (
            not 2 <= len(tokens) <= 6
            or not tokens[0][:1].isupper()
            or tokens[0] in _INDEFINITE_OPENERS
        ):
            return None  # ("A Ukrainian military spokesman": one of several, not the holder)
        if not all(t[:1].isupper() or t in _TITLE_WORDS or t in _ADVERBS for t in tokens):
            return None
        while tokens and tokens[-1] in _ADVERBS:
            tokens.pop()
            chunk = chunk[: chunk.rindex(" ")].rstrip()
        if len(tokens) < 2 or any(t in _ADVERBS for t in tokens):
            return None
        if tokens[-1].lower() not in TITLE_HEADS:
            return None
        start = a + self.text[a:b].index(chunk)
        end = start + len(chunk)
        mentions = self.mentions(start, end)
        if any(m.known and self.kind_of(m.actor) == PERSON for m in mentions):
            return None
        known = [(m.start, m.end) for m in mentions if m.known]
        words, pos = [], start
        for token in tokens:
            at = self.text.index(token, pos)
            pos = at + len(token)
            low = token.lower()
            keep = (
                token.isupper()
                or low not in _TITLE_WORDS
                or country_of(low) is not None
                or any(x <= at < y for x, y in known)
            )
            words.append(token if keep else low)
        phrase = "the " + " ".join(words)
        if tokens[0].lower() in _ORG_HEADS and (body := self._body_mentioned(tokens[0].lower(), a)):
            # "the Alliance chief": the chief of the alliance named before
            phrase = " ".join(("the", body, *words[1:]))
        holder = office_holder(
            phrase, self.index, self.reference, self._named_in_article()
        ) or role_holder(phrase, self.index, self.reference, self._named_for(a))
        if holder is None:
            return None
        if (the := self.text.rfind("The", a, start)) >= 0 and not self.text[
            the + 3 : start
        ].strip():
            start = the  # the mention keeps its article: "The Kyiv mayor"
        return Speaker(holder, self.text[start:end], PERSON, start, end)

    def _abbreviated_office(self, a: int, b: int) -> Speaker | None:
        """ "PM said", "the PM said": the person just spoken of with that office."""
        chunk = _CONJUNCTION.sub("", self.text[a:b]).strip()
        bare = re.sub(r"^[Tt]he\s+", "", chunk)
        if (
            not re.fullmatch(r"[A-Z]{2,3}", bare)
            or (office := canonical_office(bare)) == bare.lower()
        ):
            return None
        start = a + self.text[a:b].index(chunk)
        for s in reversed(self.salient[-10:]):
            entry = self.index.entries.get(s.name)
            role = entry.role if entry is not None else ""
            if s.kind == PERSON and office in canonical_office(f"{s.context} {role}"):
                return Speaker(s.name, chunk, PERSON, start, start + len(chunk))
        return None

    def _defined_acronym(self, a: int, b: int) -> Speaker | None:
        """ "the MoD said" after "the Russian Ministry of Defense (MoD)": the known body whose
        name the article wrote just before the abbreviation in brackets."""
        chunk = _CONJUNCTION.sub("", self.text[a:b]).strip()
        bare = re.sub(r"^[Tt]he\s+", "", chunk)
        if not _ACRONYM.fullmatch(bare):
            return None
        defined = self.text.rfind(f"({bare})", 0, a)
        if defined < 0:
            return None
        known = [
            k
            for k in self.index.known_mentions(self.norm, max(0, defined - 120), defined)
            if k.actor and not self.text[k.end : defined].strip()
        ]
        start = a + self.text[a:b].index(chunk)
        if not known:
            # "the Polish Air Navigation Services Agency (PANSA)": a body the gazetteer does not
            # know, its capitalised name spelling out the abbreviation's letters.
            named = _NAME_BEFORE_BRACKET.search(self.text, max(0, defined - 120), defined)
            if named is None or not _spells(named["name"], bare):
                return None
            name = named["name"]
            self.new_actors.setdefault(name, ORGANISATION)
            return Speaker(name, chunk, ORGANISATION, start, start + len(chunk), False, name)
        actor = known[-1].actor
        if self.kind_of(actor) not in (ORGANISATION, STATE):
            return None
        return Speaker(actor, chunk, self.kind_of(actor), start, start + len(chunk))

    def _countrys_person_before(self, phrase: str) -> str | None:
        """The person of the country an office phrase names ("the Moldovan leader"), among
        those just spoken of, when the phrase names an office."""
        head = phrase.split()[-1].lower()
        if (country := country_of(phrase)) is None or head not in TITLE_HEADS:
            return None
        offices = (*LEADING_OFFICES, "leader") if head == "leader" else (head,)
        for s in reversed(self.salient[-6:]):
            entry = self.index.entries.get(s.name)
            if (
                s.kind == PERSON
                and entry is not None
                and entry.affiliation == country
                and any(o in entry.role.lower() for o in offices)
            ):
                return s.name
        return None

    def _role_of_body(self, body: Mention, b: int) -> str | None:
        role = re.sub(r"^['’]s?\s+", "", self.text[body.end : b].strip())
        role = re.sub(r"\bCEO\b", "ceo", role)  # ("the Rosatom CEO": its top office)
        role = _TRAILING_ADVERBS.sub("", role).strip()  # ("the Rosatom CEO also said")
        if not role or len(role.split()) > 3:
            return None
        return role_holder(
            f"the {body.actor}'s {role}", self.index, self.reference, self._named_for(body.start)
        )

    def _document_of(self, a: int, b: int) -> Speaker | None:
        """ "A statement from the Kremlin", "the ministry's statement", "a readout by the White
        House": the words of the body or person who issued it."""
        chunk = self.text[a:b]
        bare = _CONJUNCTION.sub("", chunk).rstrip()
        if own := _PRONOUNS_OWN.search(bare):
            # "According to his report", "Her statement said": the words of whom the
            # possessive refers to, as "according to him"
            at = a + own.start("phrase")
            end = a + own.end("phrase")
            word = _POSSESSIVE_PRONOUNS[own["pron"].lower()]
            if one := self._one_person_in_sentence_before(at, _PRONOUNS[word]):
                # "X has reported that Jane Roe sent troops. According to her report, ...":
                # the one person the sentence before names
                return Speaker(one, own["phrase"], PERSON, at, end)
            said_by = self.pronoun(word, at, end)
            if said_by.name:
                return Speaker(said_by.name, own["phrase"], said_by.kind, at, end)
            return None
        doc = _DOCUMENT_FROM.fullmatch(bare) or _DOCUMENTS_OWN.fullmatch(bare)
        if doc is None and (modified := _DOCUMENT_MODIFIED.fullmatch(bare)):
            # "a ministry statement", "a defence ministry statement": the body its modifier
            # describes, as "the ministry" would be
            skipped = len(chunk) - len(_CONJUNCTION.sub("", chunk))
            at, end = a + skipped + modified.start("body"), a + skipped + modified.end("body")
            found = [m for m in self.mentions(at, end) if m.actor]
            body = (
                found[0]
                if len(found) == 1
                and (self.kind_of(found[0].actor) if found[0].known else found[0].kind)
                in (ORGANISATION, STATE, PERSON)
                else None
            )
            if body is not None:
                return Speaker(
                    body.actor,
                    body.surface,
                    self.kind_of(body.actor) if body.known else body.kind,
                    body.start,
                    body.end,
                    body.known,
                    modified.group(),
                )
            if not found and _BODY_NOUN_END.search(modified["body"]):
                described = self.description(a + skipped + modified.start(), end)
                if described is not None and described.name:
                    return dataclasses.replace(described, context=modified.group())
            return None
        if doc is None:
            return None
        skipped = len(chunk) - len(_CONJUNCTION.sub("", chunk))
        who_a, who_b = a + skipped + doc.start("who"), a + skipped + doc.end("who")
        who = _TRAILING_TIME.sub("", self.text[who_a:who_b]).strip()
        leader = _LEADERS_STAFF.fullmatch(who)
        if leader and (body := self._leaders_body(strip_titles(leader.group("who")))):
            # "A readout from Jane Roe's office on Thursday said": the leader's office (or the
            # person the gazetteer gives that office's post), as "Jane Roe's office said"
            person = self._staff_of(body, leader.group("staff"))
            at = who_a + self.text[who_a:who_b].index(who)
            kind = PERSON if person else self.kind_of(body)
            return Speaker(person or body, who, kind, at, at + len(who), True, doc.group())
        found = [m for m in self.mentions(who_a, who_b) if m.actor]
        if not found and (described := self.description(who_a, who_b)) and described.name:
            # "the air force's statement": the body "the air force" describes
            return dataclasses.replace(described, context=doc.group())
        if len(found) != 1:
            return None
        m = found[0]
        self.remember_new(m)
        kind = self.kind_of(m.actor) if m.known else m.kind
        return Speaker(m.actor, m.surface, kind, m.start, m.end, m.known, doc.group())

    def _country_adjunct_body(self, adjunct: re.Match, at: int) -> str | None:
        """ "the Ukraine air force": Ukraine's air force; "the country's air force": the air
        force of the country (a gazetteer state) the article named last before it."""
        country = adjunct["country"]
        if country.lower().startswith("country") or country.lower() == "its":
            # (the sentence's first state, its subject as a rule, not a "Russia-launched"
            # drone's; else the last one named before)
            start = max(0, at - 400, *(self.text.rfind(c, 0, at) + 1 for c in ".\n"))
            states = [
                m.actor
                for m in self.index.known_mentions(self.norm, start, at)
                if m.actor
                and self.kind_of(m.actor) == STATE
                and not self.text.startswith("-", m.end)
            ]
            state = states[0] if states else self._state_before(at)
            entry = self.index.entries.get(state or "")
            if entry is None or not entry.affiliation:
                return None
            country = entry.affiliation
            if (
                adjunct["rest"].split()[-1].lower() in PERSON_ROLES
                and (
                    holder := office_holder(
                        f"{country}'s {adjunct['rest']}",
                        self.index,
                        self.reference,
                        self._named_in_article(),
                    )
                    or role_holder(f"{country}'s {adjunct['rest']}", self.index, self.reference)
                )
                and self.kind_of(holder) == PERSON
            ):
                # "according to the country's energy minister": the holder of that country's
                # office at the article's date
                return holder
        elif not (state := self.index.lookup(country)) or self.kind_of(state) != STATE:
            return None
        return body_of_country(f"{country}'s {adjunct['rest']}", self.index)

    def _role_named(self, a: int, b: int) -> Speaker | None:
        """ "the Kremlin spokesman", "the Kremlin adviser": the one person whose gazetteer role
        is that phrase, else the person the article introduced with its head noun."""
        chunk = self.text[a:b].strip()
        phrase = re.sub(r"^[Tt]he\s+", "", chunk)
        head = phrase.split()[-1].lower()
        start = a + self.text[a:b].index(chunk)
        if holder := office_holder(chunk, self.index, self.reference, self._named_in_article()):
            return Speaker(
                holder, chunk, PERSON, start, start + len(chunk)
            )  # "the top US diplomat"
        if holder := role_holder(chunk, self.index, self.reference, self._named_for(a)):
            return Speaker(holder, chunk, PERSON, start, start + len(chunk))  # "the IAEA chief"
        holders = [
            e.name
            for e in self.index.entries.values()
            if e.kind == PERSON and e.role.lower().startswith(phrase.lower())
        ]
        if len(holders) == 1:
            return Speaker(holders[0], chunk, PERSON, start, start + len(chunk))
        for s in reversed(self.salient[-15:]):
            if s.kind == PERSON and re.search(rf"\b{re.escape(head)}\b", s.context.lower()):
                return Speaker(s.name, chunk, PERSON, start, start + len(chunk))
        return None

    def _name_before(self, a: int) -> bool:
        """Does a bare name stand just before this chunk ("Maria X, the ... spokeswoman")?"""
        prev = self.text.rfind(",", 0, max(0, a - 1))
        start = max(prev + 1, a - 60)
        return a > 0 and self.text[a - 1 : a] in (",", " ") and self._apposed_name(start, a - 1)

    def _attached(self, chunk_start: int, m: Mention) -> bool:
        """Is the mention the object of a preposition ("adviser to X", "head of Russia's X")?"""
        before = self.text[chunk_start : m.start].split()
        if _WITH_COUNTERPART.search(" ".join(before[-5:])):
            return True  # "X in a call with his Russian counterpart Jane Doe said": Doe is X's
        if self._name_after_titled_body(before, m):
            return False
        acronym = False
        for token in reversed(before[-4:]):
            low = token.lower().strip(",()")
            if low in _DETERMINERS or low in BODY_QUALIFIERS or re.search(r"['’]s?$", token):
                continue  # ("head of the self-proclaimed X": a qualifier of the body)
            if re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z]{2,6}", token.strip(",()")):
                acronym = True
                continue  # "head of the UN atomic agency": an acronym modifying the body
            if low in PREPOSITIONS and acronym and self._is_named_person(m):
                # "Russia's envoy to the UN Jane Roe": the body is the object, the person
                # named after it is who the role describes.
                return False
            return low in PREPOSITIONS
        return False

    def _name_after_titled_body(self, before: list[str], m: Mention) -> bool:
        """ "Permanent Representative to the UN Jane Doe", "Deputy Assistant to the President
        Jane Doe": a capitalised title opens the subject and a name ends the run after the
        body (or after "the" and an unnamed office): the name is the titled person's, not the
        preposition's object (as "an adviser to President Jane Doe" is)."""
        kind = self.kind_of(m.actor or "") if m.known else m.kind
        if kind != PERSON or not before or not m.actor or len(m.actor.split()) < 2:
            return False
        lead = re.sub(r"['’]s$", "", before[0]).lower()
        if not before[0][:1].isupper() or not (
            lead in _TITLE_WORDS or lead in _COUNTRY_WORDS or before[0] != lead.capitalize()
        ):
            return False  # the run opens with a title ("Deputy", "Russian", "Russia's")
        at = max((i for i, t in enumerate(before) if t.lower() in PREPOSITIONS), default=None)
        if at is None:
            return False
        prefix = before[at + 1 :]
        if not m.known and m.surface.endswith(m.actor):
            prefix += m.surface[: len(m.surface) - len(m.actor)].split()
        if not prefix or prefix == ["the"]:
            return False
        office = prefix[-1].lower().strip(".,") in TITLE_HEADS
        return not office or (len(prefix) > 1 and prefix[-2].lower() == "the")

    def _is_named_person(self, m: Mention) -> bool:
        kind = self.kind_of(m.actor or "") if m.known else m.kind
        return kind == PERSON and len((m.actor or "").split()) >= 2

    # --- reference ------------------------------------------------------------------------

    def pronoun(self, word: str, start: int, end: int) -> Speaker:
        gender = _PRONOUNS[word.lower()]
        if gender in "np" and (subject := self._subordinate_subject(start)):
            # "While Ukraine has rejected such terms, it said ...": the state or body that is
            # the subject of the subordinate clause opening the pronoun's own sentence.
            return Speaker(subject.actor, word, self.kind_of(subject.actor or ""), start, end)
        if gender == "n" and (subject := self._subject_of_sentence_before(start)):
            # "On Tuesday, Ukraine set out a plan. It said ...": the body or state the sentence
            # before is about, though another spoke earlier
            return Speaker(subject.actor, word, self.kind_of(subject.actor or ""), start, end)
        if (
            gender == "n"
            and not self.salient
            and (tagged := _QUOTATION_BEFORE_TAG.search(self.norm, max(0, start - 620), start))
            and (subject := self._subject_of_sentence_before(tagged.start()))
        ):
            # "The ministry released new figures on Monday. “…,” it said.": a quotation that
            # opens the sentence, tagged by the pronoun, when no one has spoken yet.
            return Speaker(subject.actor, word, self.kind_of(subject.actor or ""), start, end)
        spoken_of = self._quoted_people(start) if gender in "mf" else set()
        if gender in "mf" and (subject := self._person_subject_here(start, gender, spoken_of)):
            # "President Jane Roe will meet her counterpart John Doe on Monday, she announced":
            # the subject of the pronoun's own sentence, over a person named after it
            return Speaker(subject, word, PERSON, start, end)
        if (
            gender in "mf"
            and _SUBORDINATOR_BEFORE.search(self.norm, max(0, start - 12), start)
            and (
                subject := self._opening_person(
                    self._sentence_start(start, 400), start, gender, spoken_of, modal=True
                )
            )
        ):
            # "Adviser Jane Roe made her position clear when she said ...": a subordinate
            # clause's pronoun (data/subordinators.txt) is the sentence's subject, over
            # whoever spoke before
            return Speaker(subject, word, PERSON, start, end)
        if gender in "mf" and (asked := self._asked_person_before(start, gender)):
            # "Pelley asked Zelenskyy to describe the scene. “Death,” he said.": the person
            # asked answers, not the one who asked
            return Speaker(asked, word, PERSON, start, end)
        if gender in "mf" and (subject := self._person_subject_before(start, gender, spoken_of)):
            # "President Roe was received by John Doe and thanked him. He said ...": the person
            # the sentence before is about, over one it names later in it
            return Speaker(subject, word, PERSON, start, end)
        if gender in "mf" and (owner := self._remarks_owner_before(start, gender, spoken_of)):
            # "Roe said ... Her remarks came a day after President Doe said ... She said": the
            # person whose remarks the sentence before is about, not the one it names after
            return Speaker(owner, word, PERSON, start, end)
        if gender in "mf" and (sign := self._call_sign_before(start)):
            # "A third soldier, nicknamed Hawk, has held the town since May. He warned that
            # ...": the soldier the sentence before named by his call sign
            return Speaker(sign, word, PERSON, start, end, False)
        if gender in "mf" and (subject := self._pronoun_chain_subject(start, gender, spoken_of)):
            # "Jane Roe is in Kyiv today. She will meet John Doe. First, she spoke to Ann Poe.
            # “…,” she told her.": the person the run of sentences opening with the pronoun is
            # about, over the people those sentences name after it
            return Speaker(subject, word, PERSON, start, end)
        if gender in "mf" and (source := self._according_source_before(start, gender, spoken_of)):
            # "…, a move that, according to Jane Roe, is risky. She added …": the source of the
            # sentence before, over people quoted earlier.
            return Speaker(source, word, PERSON, start, end)
        recent = self.salient[-12:]
        for i, s in enumerate(reversed(recent)):
            kind = s.kind
            if s.name in spoken_of:
                continue  # "“Putin is not preparing for peace,” he said": not Putin
            if s.named_as_object and any(
                self._could_be_he(x, gender, spoken_of)
                for x in recent[-i - 4 : len(recent) - i - 1]
            ):
                # "Roe said ... The leaders will meet President Doe on Saturday. However, he
                # said ...": the one who spoke just before, over a person named as an object
                continue
            if gender in "mf" and kind == PERSON and self.gender(s.name) in (gender, "?"):
                return Speaker(s.name, word, kind, start, end)
            if gender == "p" and kind in (GROUP, STATE, ORGANISATION, MEDIA):
                return Speaker(s.name, word, kind, start, end)
            if gender == "n" and kind in (ORGANISATION, MEDIA, STATE):
                return Speaker(s.name, word, kind, start, end)
        if gender in "mf" and (named := self._person_named_before(gender, start, spoken_of)):
            # "The remarks came at a briefing by adviser X. “…,” he said": no one has spoken
            # yet, so "he" is the person the sentences just before named.
            return Speaker(named, word, PERSON, start, end)
        if (
            gender in "mf"
            and not self.salient
            and start < _PRONOUN_REACH
            and not any(
                self.kind_of(m.actor or "") == PERSON and m.actor not in spoken_of
                for m in self.mentions(0, start)
            )
            and (named := self._person_named_next(gender, end))
        ):
            # A text that opens with "He told reporters ..." (its lead cut off): the person the
            # next sentences name.
            return Speaker(named, word, PERSON, start, end)
        if (
            gender in "mf"
            and not self.salient
            and start < _PRONOUN_REACH
            and (opener := self._headline_subject(start))
            and opener not in spoken_of
            and self.gender(opener) in (gender, "?")
        ):
            # "X calls for calm at the meeting with Y – Agency" above "According to him, ...":
            # the text opens with a pronoun, and its headline opens with a person
            return Speaker(opener, word, PERSON, start, end)
        if (
            gender in "mf"
            and (only := self._only_person_speaking(spoken_of))
            and not _GENDER_NOUNS[gender].search(
                self.norm, max(0, start - 3 * _PRONOUN_REACH), start
            )
        ):
            # "Jane Roe said ... “…,” he said": one person has spoken, and none of the pronoun's
            # gender is named: a translation's slip, or a given name we cannot tell.
            return Speaker(only, word, PERSON, start, end)
        if (
            gender in "mf"
            and self.salient
            and self.salient[-1].kind == ORGANISATION
            and not any(s.kind == PERSON for s in self.salient[-12:])
            and not any(
                self.kind_of(m.actor or "") == PERSON or m.kind == PERSON
                for m in self.mentions(max(0, start - _PRONOUN_REACH), start)
            )
        ):
            # "“…,” the General Staff said. ... “…,” he added": no person named, so the body's
            # unnamed spokesman, speaking for the body
            last = self.salient[-1]
            return Speaker(last.name, word, last.kind, start, end)
        return Speaker(None, word, None, start, end)

    def _could_be_he(self, s: _Salient, gender: str, spoken_of: set) -> bool:
        """Whether a person noted as a subject or speaker could be the pronoun of `gender`."""
        return (
            gender in "mf"
            and s.kind == PERSON
            and not s.named_as_object
            and s.name not in spoken_of
            and self.gender(s.name) in (gender, "?")
        )

    def _headline_subject(self, pos: int) -> str | None:
        """The person who opens the text's first line (a headline: "Jane Roe calls for ..."),
        when that line ends before `pos`."""
        first = self.norm.find("\n", len(self.norm) - len(self.norm.lstrip()))
        if first < 0 or first >= pos:
            return None
        for m in self.mentions(0, first):
            if not m.actor:
                continue
            before = self.text[: m.start].split()
            if self.kind_of(m.actor) == PERSON and all(
                w.lower().strip(".,") in TITLES for w in before
            ):
                return m.actor
            return None
        return None

    def _subordinate_subject(self, pos: int) -> Mention | None:
        """The known state or body that is the subject of a subordinate clause opening the
        sentence and ending right before the pronoun at `pos` ("Although Kyiv rejected the
        terms, it ...")."""
        start = self._sentence_start(pos, 300)
        opening = OPENING_SUBORDINATE.match(self.norm, start, pos)
        if opening is None or opening.end() != pos:
            return None
        first = next(iter(self.index.known_mentions(self.norm, opening.end("lead"), pos)), None)
        if (
            first is None
            or self.norm[opening.end("lead") : first.start].strip() not in ("", "The", "the")
            or self.kind_of(first.actor or "") not in (STATE, ORGANISATION)
            or not _SUBORDINATE_VERB.match(self.norm, first.end, pos)
        ):
            return None
        return first

    def _subject_of_sentence_before(self, pos: int) -> Mention | None:
        """The known state or body that opens the sentence just before a sentence-initial
        pronoun at `pos` ("On Tuesday, Ukraine set out ..."), as its subject: followed by a
        verb-like word, not by a possessive or a quotation."""
        if not _SENTENCE_END_BEFORE.search(self.norm, max(0, pos - 4), pos):
            # ("... rejected the account. In a post on Twitter, it said": the setting opening
            # the pronoun's sentence aside)
            opens = self._sentence_start(pos)
            if opens >= pos or not _SETTING_BEFORE_PRONOUN.fullmatch(self.norm, opens, pos):
                return None
            pos = opens + len(self.norm[opens:pos]) - len(self.norm[opens:pos].lstrip())
            if not _SENTENCE_END_BEFORE.search(self.norm, max(0, pos - 4), pos):
                return None
        end = self._before_space(pos)
        start = max(self._sentence_start(end - 1), end - 400)
        if _REPORTED_IN.search(self.norm, start, end):
            # "Russia launched 40 drones, the air force said. It said ...": the reporter
            return None
        opener = _OPENING_ADVERBIAL.match(self.norm, start, end)
        at = opener.end() if opener else start
        first = next(iter(self.index.known_mentions(self.norm, at, end)), None)
        if (
            first is not None
            and self.kind_of(first.actor or "") == STATE
            and self.norm[at : first.start].strip() in ("", "The", "the")
            and (owned := _STATES_BODY_SUBJECT.match(self.norm, first.end, end))
            and (body := body_of_country(first.surface + owned.group(), self.index))
        ):
            # "Ukraine's general staff rejected the account.": the state's body
            return Mention(
                first.start, first.end + owned.end() - owned.start(), "", body, ORGANISATION, True
            )
        if (
            first is None
            or self.norm[at : first.start].strip() not in ("", "The", "the")
            or self.kind_of(first.actor or "") not in (STATE, ORGANISATION)
            or not _VERB_AFTER_SUBJECT.match(self.norm, first.end, end)
        ):
            return None
        return first

    def _before_space(self, pos: int) -> int:
        """`pos` moved back over the white space before it."""
        while pos > 0 and self.norm[pos - 1].isspace():
            pos -= 1
        return pos

    def _sentence_start(self, pos: int, reach: int | None = None) -> int:
        """Where the sentence (or line) holding `pos` starts: after the last stop or line break
        before it, at most `reach` characters back."""
        start = max(0, *(self.norm.rfind(c, 0, pos) + 1 for c in ".!?\n"))
        return start if reach is None else max(start, pos - reach)

    def _sentence_before(self, pos: int) -> tuple[int, int] | None:
        """The span of the sentence that ends right before `pos`, if one does."""
        if not _SENTENCE_END_BEFORE.search(self.norm, max(0, pos - 4), pos):
            return None
        end = self._before_space(pos)
        limit = end - 1
        if self.norm[limit : limit + 1] in ("”", '"'):
            # ('X questioned it, saying “Who decides?” He …': the quotation's own "?" ends no
            # sentence; the sentence starts before the quotation opens.)
            limit = max(limit - 400, self.norm.rfind("“", 0, limit), self.norm.rfind('"', 0, limit))
        return max(self._sentence_start(limit), end - 400), end

    def _according_source_before(self, pos: int, gender: str, spoken_of: set) -> str | None:
        """The person (of `gender`) the sentence just before a sentence-initial pronoun at `pos`
        gives as its source ("a move that, according to Jane Roe, is …"): the one who spoke
        last, though nothing was taken from that sentence."""
        if (span := self._sentence_before(pos)) is None:
            return None
        found = None
        for m in _ACCORDING_TO.finditer(self.norm, *span):
            first = next((x for x in self.mentions(m.end(), span[1]) if x.actor), None)
            if (
                first is not None
                and first.start == m.end()
                and self.kind_of(first.actor) == PERSON
                and self.gender(first.actor) in (gender, "?")
                and first.actor not in spoken_of
            ):
                found = first.actor
        return found

    def _could_be_first_name(self, word: str) -> bool:
        """A capitalised word that no country, city or gazetteer entry is ("Alisa", not
        "Moscow" or "Ukraine"): a person's one name when the words around it say so."""
        return (
            word.lower() not in COUNTRY_WORDS and word not in CITIES and not self.index.lookup(word)
        )

    def _asked_person_before(self, pos: int, gender: str) -> str | None:
        """The person (of `gender`) whom the sentence before the pronoun's sentence says was
        asked something ("X asked Jane Roe to describe ...", "When asked by X, ..." aside): the
        one who answers in the pronoun's sentence."""
        span = self._sentence_before(pos) or self._sentence_before(self._sentence_start(pos))
        if span is None:
            return None
        m = _ASKED_SOMEONE.search(self.norm, *span)
        if m is None:
            return None
        person = next(
            (
                x.actor
                for x in self.mentions(m.start("who"), m.end("who"))
                if x.actor and self._mention_kind(x) == PERSON
            ),
            None,
        )
        return person if person and self.gender(person) in (gender, "?") else None

    def _person_subject_before(self, pos: int, gender: str, spoken_of: set) -> str | None:
        """The person (of `gender`) who opens the sentence just before a sentence-initial
        pronoun at `pos` as its subject ("President Jane Roe was received by ..."), followed by
        its verb."""
        if (span := self._sentence_before(pos)) is None:
            return None
        return self._opening_person(*span, gender, spoken_of)

    def _opening_person(
        self,
        start: int,
        end: int,
        gender: str,
        spoken_of: set,
        *,
        modal: bool = False,
        titles: re.Pattern = _TITLES_BEFORE_SUBJECT,
    ) -> str | None:
        """The person (of `gender`, any when "", not one of `spoken_of`) who opens text[start:end]
        as its subject, after an adverbial and `titles` at most, followed by their verb (or,
        with `modal`, an auxiliary: "Jane Roe will meet ...")."""
        opener = _OPENING_ADVERBIAL.match(self.norm, start, end)
        # ("On Monday, Jane Roe met ...": after the adverbial; "Jane Roe, a negotiator in the
        # talks, criticised ...": the comma closed no adverbial, from the start)
        for at in (opener.end(), start) if opener else (start,):
            first = next(
                (m for m in self.mentions(at, end) if m.actor and self._mention_kind(m) == PERSON),
                None,
            )
            if (
                first is not None
                and titles.fullmatch(self.norm, at, first.start)
                and (not gender or self.gender(first.actor) in (gender, "?"))
                and first.actor not in spoken_of
                and not self._inside_quotation(first.start)
                and (
                    _PERSON_VERB_AFTER.match(self.norm, first.end, end)
                    or (modal and _MODAL_AFTER_SUBJECT.match(self.norm, first.end, end))
                )
            ):
                return first.actor
        return None

    def _inside_quotation(self, pos: int) -> bool:
        """Whether `pos` lies inside a quotation of its paragraph: a sentence of someone's
        words ("“… President Roe expressed his thanks,” said Doe.") has no subject a pronoun
        after it could stand for."""
        line = self.norm.rfind("\n", 0, pos) + 1
        end = self.norm.find("\n", pos)
        end = len(self.norm) if end < 0 else end
        return any(q.start() <= pos < q.end() for q in _QUOTED.finditer(self.norm, line, end))

    def _remarks_owner_before(self, pos: int, gender: str, spoken_of: set) -> str | None:
        """The person (of `gender`) whose remarks open, as their subject, the sentence just
        before a sentence-initial pronoun at `pos` ("The minister's remarks come two days after
        ..."): the last one named before that sentence."""
        if (span := self._sentence_before(pos)) is None or not _REMARKS_OPEN.match(
            self.norm, *span
        ):
            return None
        return self._person_named_before(gender, span[0], spoken_of)

    def _call_sign_before(self, pos: int) -> str | None:
        """The call sign of the person who opens, as its subject, the sentence just before a
        sentence-initial pronoun at `pos` ("A third soldier, nicknamed Hawk, has ...")."""
        if (span := self._sentence_before(pos)) is None:
            return None
        opened = _SIGNED_SUBJECT.match(self.text, *span)
        if opened:
            return opened.group("name")
        # "..., warned a soldier who identified himself only by his nickname, Kruger.": the
        # call sign that closes the sentence before, its inverted subject's
        for sign in _CALL_SIGN.finditer(self.text, *span):
            if re.fullmatch(r"[\s,.”\"’]*", self.text[sign.end() : span[1]]):
                return sign.group("name")
        return None

    def _pronoun_chain_subject(self, pos: int, gender: str, spoken_of: set) -> str | None:
        """The person (of `gender`) who opens, as its subject, the sentence before a run of one
        or more sentences that open with the pronoun, when the pronoun at `pos` opens its own
        sentence or follows the quotation that does."""
        start = self._sentence_start(pos, 400)
        head = self.norm[start:pos]
        if head.strip() and not _QUOTATION_OPENS.fullmatch(head):
            return None
        at, hops = start, 0
        while hops <= _CHAIN_HOPS:
            span = self._sentence_before(at)
            if span is None:
                return None
            opener = _OPENING_ADVERBIAL.match(self.norm, *span)
            a = opener.end() if opener else span[0]
            if _GENDER_PRONOUN_OPENS[gender].match(self.norm, a, span[1]):
                stripped = self.norm[span[0] : span[1]]
                hops, at = hops + 1, span[0] + len(stripped) - len(stripped.lstrip())
                continue
            if hops == 0:
                return None
            # (the subject may be what looked like an opening adverbial: "Jane Roe, the envoy,")
            a = (
                span[0]
                + len(self.norm[span[0] : span[1]])
                - len(self.norm[span[0] : span[1]].lstrip())
            )
            if dated := _PAGE_DATE_PREFIX.match(self.norm, a, span[1]):
                a = dated.end()  # " date 2022-04-26 Jane Roe, ...": the page's date line, glued
            first = next((m for m in self.mentions(a, span[1]) if m.actor), None)
            if (
                first is None
                or not _TITLES_BEFORE_SUBJECT.fullmatch(self.norm, a, first.start)
                or self.kind_of(first.actor) != PERSON
                or self.gender(first.actor) not in (gender, "?")
                or first.actor in spoken_of
                or not _CHAIN_HEAD_VERB.match(self.norm, first.end, span[1])
            ):
                return None
            return first.actor
        return None

    def _person_subject_here(self, pos: int, gender: str, spoken_of: set) -> str | None:
        """The person (of `gender`) who opens, as its subject, the sentence in which a pronoun
        at `pos` follows a comma ("Jane Roe will meet John Doe on Monday, she said"; "Roe
        will, she said, try to ..."), unless another person of `gender` spoke last."""
        at = self._before_space(pos)
        if at == 0 or self.norm[at - 1] != ",":
            return None
        subject = self._opening_person(
            self._sentence_start(pos, 400), pos, gender, spoken_of, modal=True
        )
        if subject is None:
            return None
        last = next(
            (
                x.name
                for x in reversed(self.salient[-12:])
                if x.kind == PERSON
                and x.name not in spoken_of
                and self.gender(x.name) in (gender, "?")
            ),
            None,
        )
        # (Not "Peskov said A. President Jane Roe remains open to talks, he added": the
        # sentence's subject is what the one speaking says.)
        return subject if last in (None, subject) else None

    def _one_person_in_sentence_before(self, pos: int, gender: str) -> str | None:
        """The one person (of `gender`) the sentence before the one holding `pos` names
        outside quotations, when `pos` is within its sentence's first three words."""
        if gender not in "mf":
            return None
        here = self._sentence_start(pos)
        if len(self.norm[here:pos].split()) > 3 or here < 2:
            return None
        end = here - 1
        start = self._sentence_start(end, 400)
        people = {
            m.actor
            for m in self.mentions(start, end)
            if m.actor
            and self.kind_of(m.actor) == PERSON
            and self.gender(m.actor) in (gender, "?")
            and self.norm.count("“", start, m.start) == self.norm.count("”", start, m.start)
            and self.norm.count('"', start, m.start) % 2 == 0
        }
        return people.pop() if len(people) == 1 else None

    def _only_person_speaking(self, skip: set[str]) -> str | None:
        """The one person among the recent speakers, when they are all one person."""
        people = {s.name for s in self.salient[-12:] if s.kind == PERSON and s.name}
        return people.pop() if len(people) == 1 and not people & skip else None

    def _person_named_next(self, gender: str, pos: int) -> str | None:
        """The first person (of `gender`) named outside quotations in the few sentences after
        `pos`."""
        b = min(len(self.norm), pos + _PRONOUN_REACH)
        quoted = [q.span() for q in _QUOTED.finditer(self.norm, pos, b)]
        for m in self.mentions(pos, b):
            if any(qa <= m.start < qb for qa, qb in quoted) or not m.actor:
                continue
            if self._mention_kind(m) == PERSON and self.gender(m.actor) in (gender, "?"):
                return m.actor
        return None

    def _mention_kind(self, m: Mention) -> str:
        """The kind of a mentioned actor: a name the gazetteer does not know has the kind its
        words give ("the Security Council": a body), not the index's default, a person."""
        if m.known or m.actor in self.new_actors:
            return self.kind_of(m.actor or "")
        return m.kind

    def _quoted_people(self, pos: int) -> set[str]:
        """People named inside a quotation of the paragraph before `pos`: the speaker a
        pronoun after it stands for speaks of them, so is none of them."""
        line = self.norm.rfind("\n", 0, pos) + 1  # quotations close on their line
        people = set()
        for q in _QUOTED.finditer(self.norm, line, pos):
            for m in self.mentions(q.start(), q.end()):
                if m.actor and self.kind_of(m.actor) == PERSON:
                    people.add(m.actor)
        if _TAG_COMMA_BEFORE.search(self.norm, max(line, pos - 3), pos) and _TAG_CLOSES.match(
            self.norm, pos
        ):
            # "There are no plans for talks with President Roe, he said": the words the tag
            # closes speak of her; the pronoun is someone else (not the subject opening the
            # sentence, "Roe spoke before the meeting, which, he said, ...", unless the tag
            # follows her name: "Roe, he said, could end it")
            opens = self._sentence_start(pos)
            lead = len(self.norm[opens:pos]) - len(self.norm[opens:pos].lstrip())
            for m in self.mentions(opens, pos):
                if not m.actor or self._mention_kind(m) != PERSON:
                    continue
                if m.start == opens + lead and not _TAG_COMMA_BEFORE.fullmatch(
                    self.norm, m.end, pos
                ):
                    continue
                people.add(m.actor)
        return people

    def _person_named_before(self, gender: str, pos: int, skip: set[str]) -> str | None:
        """The last person (of `gender`, any when "") named outside quotations in the two
        paragraphs before `pos`."""
        para = self.norm.rfind("\n\n", 0, pos)
        para = self.norm.rfind("\n\n", 0, para) if para > 0 else para
        a = max(0, para, self.norm.rfind("\n", 0, max(0, pos - _PRONOUN_REACH)) + 1)
        quoted = [q.span() for q in _QUOTED.finditer(self.norm, a, pos)]
        for m in reversed(self.mentions(a, pos)):
            if any(qa <= m.start < qb for qa, qb in quoted) or not m.actor or m.actor in skip:
                continue
            if _BYLINE_BEFORE.search(self.norm, max(0, m.start - 6), m.start):
                continue  # "By Jane Roe, ARD Studio": the reporter, whom no "he" means
            if self._mention_kind(m) == PERSON and (
                not gender or self.gender(m.actor) in (gender, "?")
            ):
                # "X called Y to tell him that ... “…,” he said": the subject of the sentence
                # naming the last person, over the object named after it
                return self._sentence_subject(m.start, gender, skip) or m.actor
        return None

    def _sentence_subject(self, pos: int, gender: str, skip: set[str]) -> str | None:
        """The person (of `gender`, any when "") who opens, as its subject, the sentence that
        holds `pos` and names someone else there: a title or office before the name
        ("Head of the Agency Jane Roe called ..."), their verb after it."""
        return self._opening_person(
            self._sentence_start(pos), pos, gender, skip, titles=_SUBJECT_TITLES
        )

    def _leader_before(self, pos: int) -> str | None:
        """The last person named outside quotations in the two paragraphs before `pos`, or
        spoken of, whose gazetteer role leads a country at the article's date; else the holder
        of a country's leading office those paragraphs name by title ("Hungarian Prime
        Minister")."""
        para = self.norm.rfind("\n\n", 0, pos)
        para = self.norm.rfind("\n\n", 0, para) if para > 0 else para
        a = max(0, para, self.norm.rfind("\n", 0, max(0, pos - _PRONOUN_REACH)) + 1)
        quoted = [q.span() for q in _QUOTED.finditer(self.norm, a, pos)]

        def leads(name: str) -> bool:
            entry = self.index.entries.get(name)
            return (
                entry is not None
                and entry.kind == PERSON
                and leads_a_country(entry.role, self.reference)
            )

        named = {
            m.actor
            for m in self.mentions(a, pos)
            if m.known and m.actor and not any(qa <= m.start < qb for qa, qb in quoted)
        }
        named = {name for name in named if leads(name)}
        spoke = [s.name for s in reversed(self.salient[-15:]) if s.kind == PERSON and leads(s.name)]
        if spoke and (not named or spoke[0] in named):
            return spoke[0]  # the leader last quoted
        if len(named) == 1:
            return next(iter(named))
        if named:
            return None  # "X met Y": two leaders named, neither quoted; the epithet cannot tell
        titles = list(_COUNTRY_LEADER_TITLE.finditer(self.norm, a, pos))
        for m in reversed(titles):
            if any(qa <= m.start() < qb for qa, qb in quoted):
                continue
            phrase = f"the {m.group().lower()}"
            if holder := office_holder(
                phrase, self.index, self.reference, self._named_in_article()
            ):
                return holder
        return None

    def _person_of_country_before(self, country: str | None, stem: str, pos: int) -> str | None:
        """The last gazetteer person of `country` (of any, when None) whose role holds `stem`
        (any role for "counterpart") named outside quotations in the two paragraphs before
        `pos`."""
        para = self.norm.rfind("\n\n", 0, pos)
        para = self.norm.rfind("\n\n", 0, para) if para > 0 else para
        a = max(0, para, self.norm.rfind("\n", 0, max(0, pos - _PRONOUN_REACH)) + 1)
        quoted = [q.span() for q in _QUOTED.finditer(self.norm, a, pos)]
        for m in reversed(self.mentions(a, pos)):
            if not m.known or any(qa <= m.start < qb for qa, qb in quoted):
                continue
            entry = self.index.entries.get(m.actor or "")
            if entry is None or entry.kind != PERSON or country and entry.affiliation != country:
                continue
            if stem == "counterpart" or _role_holds(entry.role, stem):
                return entry.name
        return None

    def _body_named(self, phrase: str, pos: int) -> str | None:
        """ "the foreign ministry": the known body whose name holds those words and which the
        article brought up last, itself or through its country ("China's ...", "Beijing")."""
        words_ = _BODY_DETERMINER.sub("", phrase).lower()
        words_ = _BODY_DESCRIPTIONS.get(" ".join(words_.split()), words_)  # "military department"
        if len(words_.split()) < 2:
            return None
        needle = re.compile(rf"\b{re.escape(words_)}\b")
        candidates = {
            name
            for form, name in self.index.folded.items()
            if needle.search(form) and self.index.kind_of(name) != PERSON
        }
        if not candidates:
            return None
        before = self.norm[max(0, pos - _LOOK_BACK) : pos].lower()
        # The body the article named itself last wins; else the one whose country it named last.
        for own in (True, False):
            best, best_at = None, -1
            for name in sorted(candidates):
                entry = self.index.entries[name]
                forms = [name, *entry.aliases]
                if not own:
                    country = name.split()[0]
                    forms += [
                        f
                        for state in self.index.entries.values()
                        if state.kind == STATE
                        and (
                            state.name.split()[0] == country
                            # ("Government of Ukraine" for the "Ukrainian Interior Ministry")
                            or (entry.affiliation and state.affiliation == entry.affiliation)
                        )
                        for f in (state.name, *state.aliases)
                    ]
                at = max((_last_word(before, f.lower()) for f in forms), default=-1)
                if at > best_at:
                    best, best_at = name, at
            if best_at >= 0:
                return best
            if own and (spoke := [x.name for x in self.salient[-10:] if x.name in candidates]):
                # "the country's air force said ... the air force said": the body that spoke,
                # named by a description, before any body of the country named last
                return spoke[-1]
        return None

    def _role_of_body_spoken_of(self, owned: re.Match, pos: int) -> str | None:
        """The holder of `owned`'s role of the body its head noun refers back to ("the bloc":
        the last body named in the 600 characters before `pos`)."""
        head = owned["head"].lower()
        if head not in _ORG_HEADS:
            return None
        body = self._body_mentioned(head, pos)
        if body is None:
            bodies = [
                m.actor
                for m in self.index.known_mentions(self.norm, max(0, pos - 600), pos)
                if self.index.kind_of(m.actor or "") == ORGANISATION
            ]
            body = bodies[-1] if bodies else None
        if body is None:
            return None
        phrase = f"the {body}'s {owned['role']}"
        return office_holder(
            phrase, self.index, self.reference, self._named_in_article()
        ) or role_holder(phrase, self.index, self.reference, self._named_for(pos))

    def _office_named(self, title: str) -> str | None:
        """The known body "Office of the <title>" ("prosecutor general")."""
        title = " ".join(title.lower().split())
        for form in (f"office of the {title}", f"{title}'s office", f"office of {title}"):
            name = self.index.folded.get(form)
            if name and self.index.kind_of(name) == ORGANISATION:
                return name
        return None

    def _body_mentioned(self, head: str, pos: int) -> str | None:
        """ "the ministry": the last known body before `pos` whose name holds that word."""
        best = None
        line = self.norm.rfind("\n", 0, pos) + 1
        # (a body named inside a quotation of the paragraph is spoken of, not speaking: '“…
        # repelled by the Russian forces …,” the army said')
        quoted = [q.span() for q in _QUOTED.finditer(self.norm, line, pos)]
        for m in self.index.known_mentions(self.norm, max(0, pos - 3000), pos):
            if self.index.kind_of(m.actor or "") != ORGANISATION:
                continue
            if any(qa <= m.start < qb for qa, qb in quoted):
                continue
            if _SILENT_BODY.match(self.text, m.end):
                # ("Examplia's defence ministry has not yet commented. … The ministry said":
                # the body named as silent is not the one that spoke.)
                continue
            entry = self.index.entries[m.actor]
            forms = " ".join((entry.name, m.surface, *entry.aliases)).lower()
            # a role of a few words that ends on the noun says what the body is ("Think
            # tank": "the think tank"; "Russian state gas company": "the company")
            kind_of_body = len(entry.role.split()) <= 6 and entry.role.lower().endswith(head)
            if re.search(rf"\b{re.escape(head)}\b", forms) or kind_of_body:
                best = m.actor
        if best is None and head == "ministry":
            best = self._spoken_ministers_ministry()
        if best is None and self.metadata:
            best = self._body_in_metadata(head)
        return best

    def _spoken_ministers_ministry(self) -> str | None:
        """ "Energy Minister Jane Roe said … The ministry said": the ministry of the one
        minister who spoke, when the text names no ministry that could speak."""
        found = set()
        for s in self.salient:
            entry = self.index.entries.get(s.name or "") if s.kind == PERSON else None
            if entry is None or not entry.affiliation or "deputy" in entry.role.lower():
                continue
            if field := _MINISTER_FIELD.search(entry.role.lower()):
                word = field["field"] or field["of"].split()[0]
                name = {"internal": "interior"}.get(
                    word, "defence" if word.startswith("defen") else word
                )
                if body := body_of_country(f"{entry.affiliation}'s {name} ministry", self.index):
                    found.add(body)
        return found.pop() if len(found) == 1 else None

    def metadata_bodies(self) -> list[Mention]:
        """The known bodies the page's title, address or origin note names."""
        return [
            m
            for m in self.index.known_mentions(self.metadata, 0, len(self.metadata))
            if self.index.kind_of(m.actor or "") == ORGANISATION
        ]

    def _body_in_metadata(self, head: str) -> str | None:
        """ "the ministry said" on a page whose address is ".../examplian-foreign-ministry-
        condemns-attack" and whose text names no ministry: the one known body of that noun the
        title, the address or the origin note names."""
        found = set()
        for m in self.metadata_bodies():
            entry = self.index.entries[m.actor]
            forms = " ".join((entry.name, m.surface, *entry.aliases)).lower()
            if re.search(rf"\b{re.escape(head)}\b", forms):
                found.add(m.actor)
        return found.pop() if len(found) == 1 else None

    def _ministry_head(self, m: re.Match, at: int) -> Speaker | None:
        """ "the head of the Foreign Ministry" (no country): the foreign minister the article
        spoke of last."""
        field = " ".join(
            (m.group("field") or m.group("dept") or m.group("affairs")).lower().split()
        )
        field = "interior" if field == "internal" else field
        field = _DEPARTMENT_FIELDS.get(field, field)
        held = re.compile(rf"\b{field}\s+minister\b|\bminister\s+of\s+{field}")
        for s in reversed(self.salient[-15:]):
            if s.kind != PERSON:
                continue
            roles = f"{s.context} {self.index.role_text(s.name)}".lower()
            if held.search(roles) and "deputy" not in roles:
                return Speaker(s.name, m.group(), PERSON, at, at + len(m.group()))
        if m.group("country") and (
            holder := office_holder(
                f"the {m.group('country')} {m.group('affairs').lower()} minister",
                self.index,
                self.reference,
                self._named_in_article(),
            )
        ):
            # "the head of the Examplian Ministry of Foreign Affairs", no minister spoken of:
            # that country's foreign minister at the article's date
            return Speaker(holder, m.group(), PERSON, at, at + len(m.group()))
        return None

    def _regional_head(self, m: re.Match, at: int) -> Speaker | None:
        """ "the head of the region", "the acting governor of the Kherson region": the region's
        governor or head the article spoke of last (of that place, when it names one)."""
        place = (m.group("place") or "").lower()[:5]
        for s in reversed(self.salient[-15:]):
            if s.kind != PERSON:
                continue
            roles = f"{s.context} {self.index.role_text(s.name)}".lower()
            if re.search(r"\b(?:governor|head|leader)\b", roles) and place in roles:
                return Speaker(s.name, m.group(), PERSON, at, at + len(m.group()))
        if m.group("place") and (
            holder := role_holder(f"the governor of {m.group('place')}", self.index, self.reference)
        ):
            # "The head of the Odesa region has said ..." opening the story: the region's
            # governor on the day, whom the story names only later.
            return Speaker(holder, m.group(), PERSON, at, at + len(m.group()))
        return None

    def description(self, a: int, b: int) -> Speaker | None:
        """ "the president", "The outlet", "Kuchma's ex-adviser": the last fitting actor."""
        chunk = _TRAILING_ADVERBS.sub("", self.text[a:b].rstrip())
        if named := _RELATIVE_NAMED.fullmatch(chunk.strip()):
            # "Jane's sister Olena says": the relative (or colleague) named after the noun
            at = a + chunk.index(named.group()) + named.start("name")
            if (lone := self._lone_person(at, at + len(named["name"]))) is not None:
                return lone
        if (owned := _BODYS_ROLE.fullmatch(chunk.strip())) and (
            holder := self._role_of_body_spoken_of(owned, a)
        ):
            # "the bloc's top diplomat": the holder of that role of the body just named
            at = a + chunk.index(owned.group())
            return Speaker(holder, owned.group(), PERSON, at, at + len(owned.group()))
        if (office := _TITLES_OFFICE.fullmatch(chunk.strip())) and (
            body := self._office_named(office["title"])
        ):
            # "the prosecutor general's office": the gazetteer's "Office of the Prosecutor
            # General"
            at = a + chunk.index(office.group())
            return Speaker(body, office.group(), ORGANISATION, at, at + len(office.group()))
        if (its := _ITS_ROLE_AT_END.search(chunk)) and (held := self._role_of_place_before(its, a)):
            # ("its governor said"; "... residents have been without water and the city's
            # mayor said": the clause's last words)
            return held
        if (its := _ITS_OFFICE.fullmatch(chunk)) and (held := self._countrys_office(its, a)):
            return held
        if (things := _THINGS_BODY.fullmatch(chunk)) and (
            found := self._things_body(things, a + things.start("phrase"))
        ):
            return found
        if which := _LATTER.fullmatch(chunk.strip()):
            return self._latter_or_former(which, a + chunk.index(which.group()))
        if (minister := _MINISTER_OF_OF.fullmatch(chunk.strip())) and (
            holder := office_holder(
                f"{minister['field']} {minister['title']} of {minister['country']}",
                self.index,
                self.reference,
            )
            or role_holder(
                f"{minister['field']} {minister['title']} of {minister['country']}",
                self.index,
                self.reference,
            )
        ):
            # "the Minister of Defense of Russia": the "Defense Minister of Russia".
            at = a + chunk.index(minister.group())
            return Speaker(holder, minister.group(), PERSON, at, at + len(minister.group()))
        if (ministry := _HEAD_OF_MINISTRY.fullmatch(chunk.strip())) and (
            found := self._ministry_head(ministry, a + chunk.index(ministry.group()))
        ):
            return found
        if (local := _THE_LOCAL_BODY.fullmatch(chunk.strip())) and (
            found := self._local_body_of_place(local, a + chunk.index(local.group()))
        ):
            return found
        if (regional := _REGION_HEAD.fullmatch(chunk.strip())) and (
            found := self._regional_head(regional, a + chunk.index(regional.group()))
        ):
            return found
        if aged := _AGED.fullmatch(chunk.strip()):
            # "The 64-year-old said": an age alone describes the person last spoken of.
            person = self._person_of_age(aged.group(), a)
            if person is not None:
                at = a + chunk.index(aged.group())
                return Speaker(person, aged.group(), PERSON, at, at + len(aged.group()))
        if (lady := _FIRST_LADY.fullmatch(chunk.strip())) and (spouse := self._first_lady(a)):
            # "The first lady said": the first lady of the one president the article names
            at = a + chunk.find(lady.group())
            return Speaker(spouse, lady.group(), PERSON, at, at + len(lady.group()))
        owned = _OWNERS_MINISTRY.fullmatch(_CONJUNCTION.sub("", chunk).strip())
        if owned and (found := self._owners_ministry(owned, a + chunk.find(owned.group()))):
            return found
        if (bare := _BARE_MINISTRY.fullmatch(_CONJUNCTION.sub("", chunk).strip())) and (
            found := self._ministers_ministry(bare, a + chunk.find(bare.group()))
        ):
            return found
        if _GOVERNMENT_SPOKESPERSON.fullmatch(_CONJUNCTION.sub("", chunk).strip()) and (
            state := self._leaders_state(a)
        ):
            # "Chancellor Jane Roe ... A government spokesperson said": the government of the
            # head of government (or state) the article spoke of last.
            phrase = _CONJUNCTION.sub("", chunk).strip()
            at = a + chunk.index(phrase)
            return Speaker(state, phrase, STATE, at, at + len(phrase), True, phrase)
        staffed = _OWNERS_STAFF.fullmatch(_CONJUNCTION.sub("", chunk).strip())
        if staffed and (found := self._owners_staff(staffed, a + chunk.find(staffed.group()))):
            return found
        if (
            (pressed := _BODYS_PRESS_SERVICE.fullmatch(chunk.strip()))
            and (body := self.index.lookup(pressed["body"]))
            and self.kind_of(body) in (ORGANISATION, STATE)
        ):
            # "The Black Sea Fleet's press service said": the body speaks through it
            at = a + chunk.find(pressed.group())
            return Speaker(body, pressed.group(), self.kind_of(body), at, at + len(pressed.group()))
        if (body := _NATIONAL_BODY.fullmatch(chunk.strip())) and (
            country_of(f"the {body['adj']} {body['noun']}")
            or (body["noun"] in _GOVERNING_BODIES and _ADJECTIVE_ENDING.search(body["adj"]))
        ):
            # "The Estonian intelligence service", "the Scottish government": a country's (or a
            # nation's) body the gazetteer does not know, named as the page describes it.
            noun = body["noun"]
            name = f"{body['adj']} {noun.capitalize() if noun in _GOVERNING_BODIES else noun}"
            at = a + chunk.find(body.group())
            self.new_actors.setdefault(name, ORGANISATION)
            return Speaker(name, body.group(), ORGANISATION, at, at + len(body.group()), False)
        m = _DESCRIPTION.search(chunk)
        if (
            not m
            and (placed := _ROLE_OF_DESCRIBED_PLACE.fullmatch(chunk.strip()))
            and (holder := role_holder(placed.group(), self.index, self.reference))
        ):
            # "The mayor of Examplia's front line city of Kharkiv": the place's holder of the role
            # (roles.role_holder reads the place after its description).
            at = a + chunk.find(placed.group())
            return Speaker(holder, placed.group(), PERSON, at, at + len(placed.group()))
        lead = re.match(
            rf"\s*(?:(?i:{GROUP_NOUNS}))\s+(?:in|from|of|at)\s+(?:the|this|that)\s", chunk
        )
        if lead and len(chunk.split()) <= 6:
            # "Officials in the region": the officials, not the region.
            phrase = chunk.strip()
            return Speaker(None, phrase, GROUP, a + chunk.find(phrase), a + len(chunk), False)
        if not m:
            group = GROUP_NOUN_RE.search(chunk)
            if group and len(chunk.split()) <= 5:
                phrase = chunk.strip()
                return Speaker(None, phrase, GROUP, a + chunk.find(phrase), a + len(chunk), False)
            if head_of := _HEAD_OF.fullmatch(chunk.strip()):
                return self._head_of(head_of, a + chunk.find(head_of.group()))  # "… in Vilnius"
            if (placed := _OFFICE_IN_CAPITAL.fullmatch(chunk.strip())) and (
                holder := office_holder(
                    placed.group(), self.index, self.reference, self._named_in_article()
                )
            ):
                # "the head of diplomacy in Moscow": the office's holder in that capital's country
                at = a + chunk.find(placed.group())
                return Speaker(holder, placed.group(), PERSON, at, at + len(placed.group()))
            if (bare := self._bare_role(chunk, a)) is not None:
                return bare
            if role := _ROLE_OF_SOMEWHERE.fullmatch(chunk.strip()):
                # "The head of the military administration of Examplia City said": a role of a
                # named place or body the gazetteer cannot fill; an unnamed person who holds it.
                at = a + chunk.find(role.group())
                return Speaker(None, role.group(), PERSON, at, at + len(role.group()), False)
            return None
        g = 1 if m.group(1) is not None else 2
        phrase = m.group(g)
        p_start = a + m.start(g)
        leader = _LEADERS_STAFF.fullmatch(_CONJUNCTION.sub("", chunk).strip())
        if leader and (body := self._leaders_body(strip_titles(leader.group("who")))):
            # "Scholz's spokesman": the leader's office or government speaks, or the person
            # the gazetteer gives that office's post ("Putin's spokesman", "Zelensky's chief
            # of staff": the Kremlin's spokesman, the head of the presidential office).
            if person := self._staff_of(body, leader.group("staff")):
                return Speaker(person, phrase, PERSON, p_start, p_start + len(phrase))
            return Speaker(body, phrase, self.kind_of(body), p_start, p_start + len(phrase))
        bare = _CONJUNCTION.sub("", chunk).strip()
        titled = _TITLED_STAFF.fullmatch(bare) or _STAFF_OF_TITLED.fullmatch(bare)
        if titled and (body := self._titled_leaders_body(titled)):
            # "the president's office": the office of the president the article speaks of;
            # "the president's spokesman": that office's spokesman when the gazetteer has one.
            t_start = a + chunk.find(titled.group())
            if holder := self._staff_of(body, titled["staff"]):
                return Speaker(
                    holder, titled.group(), PERSON, t_start, t_start + len(titled.group())
                )
            return Speaker(
                body, titled.group(), self.kind_of(body), t_start, t_start + len(titled.group())
            )
        office = _OFFICE.fullmatch(chunk.strip())
        if office:
            # "the secretary of state", "the US defense secretary": who the article introduced
            # with that office, else who held it at the article's date.
            holder = self._office_holder(office.group("office")) or office_holder(
                office.group(), self.index, self.reference, self._named_in_article()
            )
            o_start = a + chunk.find(office.group())
            if holder is not None:
                return Speaker(
                    holder, office.group(), PERSON, o_start, o_start + len(office.group())
                )
            return Speaker(
                None, office.group(), PERSON, o_start, o_start + len(office.group()), False
            )
        if role_to := _ROLE_TO.fullmatch(chunk.strip()):
            # "Ukraine's ambassador to the United Nations", "the EU envoy to Kyiv": the person
            # the gazetteer gives that role, else someone unnamed, never the body after "to".
            r_start = a + chunk.find(role_to.group())
            phrase = role_to.group()
            holder = role_holder(phrase, self.index, self.reference)
            return Speaker(
                holder, phrase, PERSON, r_start, r_start + len(phrase), holder is not None
            )
        if governor := _GOVERNOR_OF.fullmatch(chunk.strip()):
            # "the governor of the Kharkiv region": the gazetteer's governor of that region;
            # of a place it gives no governor, someone unnamed (never a governor of elsewhere).
            g_start, phrase = a + chunk.find(governor.group()), governor.group()
            holder = role_holder(phrase, self.index, self.reference)
            if holder or re.search(r"[A-Z]", governor.group("place")):
                return Speaker(holder, phrase, PERSON, g_start, g_start + len(phrase), bool(holder))
        if generic := _OF_THE_COUNTRY.fullmatch(chunk.strip()):
            # "the leader of the allied country": no country named, so the leader spoken of.
            g_start = a + chunk.find(generic.group())
            found = self.description(g_start, g_start + len(generic.group("role")))
            if found is not None and found.name:
                return Speaker(
                    found.name, generic.group(), found.kind, g_start, g_start + len(generic.group())
                )
        if (
            chief := _CHIEF_OF.fullmatch(chunk.strip()) or _BODYS_CHIEF.fullmatch(chunk.strip())
        ) and (leader := self._leader_of(chief, a + chunk.find(chief.group()))):
            return leader
        if (nouned := _NOUN_CHIEF.fullmatch(chunk.strip())) and (
            body := self._body_mentioned(nouned["noun"].lower(), a)
        ):
            # "The alliance leader", "the agency chief": the top office of the body of that
            # kind the article named before (NATO, the IAEA), whoever the page names holding it
            title = f"the {body} {nouned['role'].lower()}"
            if holder := office_holder(
                title, self.index, self.reference, self._named_in_article()
            ) or role_holder(title, self.index, self.reference, self._named_for(a)):
                at = a + chunk.find(nouned.group())
                return Speaker(holder, nouned.group(), PERSON, at, at + len(nouned.group()))
        if head_of := _HEAD_OF.fullmatch(chunk.strip()):
            # "the head of state", "the Belarusian head of state": a person, the country's
            # president (prime minister for "head of government"), never the state itself.
            return self._head_of(head_of, a + chunk.find(head_of.group()))
        if body := body_of_country(phrase, self.index):
            # "Ukraine's army": that country's armed forces, never the forces just spoken of.
            return Speaker(body, phrase, self.kind_of(body), p_start, p_start + len(phrase))
        if body := described_body(phrase, self.index) or self._countrys_described_body(
            phrase, p_start
        ):
            # "Ukraine's state-owned railway": the country's one body that description fits.
            return Speaker(body, phrase, self.kind_of(body), p_start, p_start + len(phrase))
        if body := unlisted_ministry(phrase, self.index):
            # "Ukraine's infrastructure ministry", which the gazetteer does not list
            return Speaker(body, phrase, ORGANISATION, p_start, p_start + len(phrase))
        if self.reference is None and (holder := self._countrys_person_before(phrase)):
            # "Dubrau said ... The Moldovan leader added": with no date to tell who held
            # the office, the country's person just spoken of.
            return Speaker(holder, phrase, PERSON, p_start, p_start + len(phrase))
        plain = _EPITHETS_BEFORE.sub("", phrase)  # "the authoritarian Belarusian leader"
        if holder := office_holder(
            phrase, self.index, self.reference, self._named_in_article()
        ) or (
            plain != phrase
            and office_holder(plain, self.index, self.reference, self._named_in_article())
        ):
            # "Ukraine's top diplomat": who held that office at the article's date.
            return Speaker(holder, phrase, PERSON, p_start, p_start + len(phrase))
        if holder := role_holder(phrase, self.index, self.reference):
            # "Kyiv's mayor", "the mayor of Kyiv": the gazetteer's "Mayor of Kyiv".
            return Speaker(holder, phrase, PERSON, p_start, p_start + len(phrase))
        if _EPITHET_LEADER.fullmatch(phrase) and (leader := self._leader_before(p_start)):
            # "the nationalist leader", "the veteran leader": the country's leader just spoken of
            return Speaker(leader, phrase, PERSON, p_start, p_start + len(phrase))
        head = re.sub(r"^(?:ex|former)-", "", phrase.split()[-1].lower())
        # ("the Secretary-General": the title's last word, as "the Secretary General" has it)
        head = head.rsplit("-", 1)[-1] if head in _HYPHENATED_TITLES else head
        if head == "presidency" and (
            office := self._presidential_office(phrase)
            or (
                re.fullmatch(r"(?i:(?:the\s+)?presidency)", phrase)
                and self._named_presidents_office(a)
            )
        ):
            # "the Ukrainian presidency": the president's office the gazetteer gives that country;
            # "the Presidency" alone: the office of the president the article names first.
            return Speaker(office, phrase, ORGANISATION, p_start, p_start + len(phrase))
        if head in _STATE_HEADS and (state := state_of(phrase, self.index)):
            # "Germany's government", "the Polish government": that country's state.
            return Speaker(state, phrase, STATE, p_start, p_start + len(phrase))
        if head == "side":
            # "the other side", "the Ukrainian side": a side only its country names.
            return Speaker(None, phrase, STATE, p_start, p_start + len(phrase), False)
        if head in _MEDIA_HEADS:
            # "the media": an outlet, or the media the article spoke of ("Ukrainian media")
            wanted = (MEDIA, GROUP) if GROUP_NOUN_RE.fullmatch(head) else (MEDIA,)
            if head in _ORG_HEADS:
                wanted = (MEDIA, ORGANISATION)  # "the agency": a news agency or a state's
        elif head in _STATE_HEADS:
            wanted = (STATE,)
        elif head in _ORG_HEADS:
            wanted = (ORGANISATION,)
        elif GROUP_NOUN_RE.fullmatch(head):
            wanted = (GROUP,)
        else:
            wanted = (PERSON, GROUP)  # "the official" after "US officials said"
        if wanted == (ORGANISATION,) and (body := self._body_named(phrase, p_start)):
            return Speaker(body, phrase, self.kind_of(body), p_start, p_start + len(phrase))
        if re.match(r"(?i)an?\s", phrase) and wanted == (PERSON, GROUP):
            # "a senior U.S. official": someone new, not the official spoken of before.
            return Speaker(None, phrase, PERSON, p_start, p_start + len(phrase), False)
        stem = head[:-1] if head.endswith("s") else head
        if PERSON in wanted and (
            (head != stem and stem in PERSON_ROLES) or _COUNTED.search(phrase)
        ):
            # "the two ministers", "the presidents": several people, never the one just quoted.
            return Speaker(None, phrase, GROUP, p_start, p_start + len(phrase), False)
        described = _described_words(phrase) if PERSON in wanted else None
        # "Ukraine's state emergency service": a body only a body whose names hold "state"
        # and "emergency" can be, not the last service spoken of.
        qualifiers = _body_qualifiers(phrase, head) if wanted == (ORGANISATION,) else set()
        country = country_of(phrase)
        fallback = None
        own = None  # the last to speak of the country the phrase names
        held_back = None  # a holder of the office only behind a qualifier ("deputy minister")
        for s in reversed(self.salient[-15:]):
            if s.kind not in wanted:
                continue
            if qualifiers and not qualifiers <= self._body_words(s.name):
                continue
            entry = self.index.entries.get(s.name)
            if (
                country
                and entry
                and entry.affiliation
                and entry.affiliation != country
                # ("the former Estonian prime minister": a past office of that country the
                # gazetteer describes, though she now speaks for another body)
                and not (
                    re.search(r"\b(?:former|ex-)", phrase.lower())
                    and country.lower() in self.index.role_text(s.name)
                )
            ):
                continue  # "the US president" is not the Ukrainian president just quoted
            if country and entry is None and (told := country_of(s.context)) and told != country:
                continue  # nor "the Russian diplomat" the "U.S. Deputy Secretary X" just named
            roles = f"{s.context} {self.index.role_text(s.name)}".lower()
            if "prime" not in phrase.lower():
                roles = _PRIME_MINISTER.sub("premier", roles)  # "the minister" is no premier
            if (
                stem
                # ("press secretary of the President", "presidential spokesman": the
                # president's staff, not the president)
                and re.search(
                    rf"(?<!under )(?<!to )(?<!for )(?<!of )(?<!of the )(?<!to the )"
                    rf"{re.escape(stem)}(?!ial\b)",
                    roles,
                )
                and stem not in _PLACE_HEADS
                and not (stem in _LEADING_HEADS and not _qualifiers_in(phrase, roles))
            ):
                if _another_office(phrase, stem, self.index.role_text(s.name).lower()):
                    # "the minister" after "his first deputy minister, Jane Roe": someone
                    # spoken of before who holds the bare office is meant, if there is one
                    held_back = held_back or s
                    continue
                return Speaker(s.name, phrase, s.kind, p_start, p_start + len(phrase))
            if (
                s.kind == PERSON
                and (office := _OFFICE_NAMES.get(head))
                and office in self.index.role_text(s.name).lower()
            ):
                # "the premier said" after "Prime Minister John Roe": the office under the
                # name the gazetteer gives its holder's role (data/offices.txt).
                return Speaker(s.name, phrase, s.kind, p_start, p_start + len(phrase))
            if (
                described
                and s.kind == PERSON
                and described <= _role_words(roles)
                # ("The village's mayor" after "in the village of X": X is the place, no holder)
                and not _A_PLACES_ROLE.match(phrase)
            ):
                # "the intelligence chief" after "John Roe, head of military
                # intelligence": every word that describes the office is in the person's role.
                return Speaker(s.name, phrase, s.kind, p_start, p_start + len(phrase))
            if s.kind == GROUP:
                continue  # a group is referred back to by its own noun only
            if fallback is None and (
                s.name in self.index.entries
                or PERSON in wanted
                # ("Euroclear said ... “…,” the company said": a company first met in this
                # article is the company that spoke last)
                or (head in _COMPANY_HEADS and s.kind == ORGANISATION and not s.named_as_object)
            ):
                fallback = s  # a body first met in this article is "the ministry" only by name
            if (
                country
                and own is None
                and s.kind == PERSON
                and entry
                and entry.affiliation == country
            ):
                own = s
        if (
            own is not None
            and fallback is not None
            and fallback is not own
            and not (
                (entry := self.index.entries.get(fallback.name)) and entry.affiliation == country
            )
        ):
            # "“…,” the Russian official said" after the interviewer spoke: the last person of
            # that country who spoke, not the last voice, whose country the text does not tell
            fallback = own
        if (
            GROUP in wanted
            and PERSON not in wanted
            and (group := self._group_named_before(head, p_start))
        ):
            # "Ukrainian social media reported ... the media said": the group just named.
            return Speaker(group, phrase, GROUP, p_start, p_start + len(phrase), False)
        if wanted == (GROUP,):
            return Speaker(None, phrase, GROUP, p_start, p_start + len(phrase), False)
        if (
            wanted == (ORGANISATION,)
            and (body := self._body_mentioned(head, p_start))
            and qualifiers <= self._body_words(body)
        ):
            return Speaker(body, phrase, ORGANISATION, p_start, p_start + len(phrase))
        if fallback is None and head == "government" and (state := self._state_before(p_start)):
            # "Ukraine rejected the plan. The government said": the country the article is on.
            return Speaker(state, phrase, STATE, p_start, p_start + len(phrase))
        if fallback is not None and PERSON not in wanted:
            return Speaker(fallback.name, phrase, fallback.kind, p_start, p_start + len(phrase))
        if (
            PERSON in wanted
            and country
            and (stem in PERSON_ROLES or stem == "counterpart")
            and (named := self._person_of_country_before(country, stem, p_start))
        ):
            # "X met Jane Roe. The Swedish minister said", "his Swedish counterpart": the
            # person of that country the text named last, though no one quoted them yet.
            return Speaker(named, phrase, PERSON, p_start, p_start + len(phrase))
        if (
            PERSON in wanted
            and stem in _OFFICE_TITLES
            and _DEFINITE_ROLE.fullmatch(phrase)
            and (fallback is None or self._holds_another_office(fallback.name, head))
            and (named := self._person_of_country_before(None, stem, p_start))
        ):
            # "… during Foreign Minister Jane Roe's call with ... “…,” the minister tweeted":
            # no one who spoke holds the office; the person just named who does.
            return Speaker(named, phrase, PERSON, p_start, p_start + len(phrase))
        if (
            fallback is None
            and _THE_OFFICIAL.fullmatch(phrase)
            and (named := self._person_named_before("", p_start, set()))
        ):
            # "… a letter to the head of the regional administration, Jane Roe. “…,” the
            # official said": no one has spoken yet; the official is the person just named.
            return Speaker(named, phrase, PERSON, p_start, p_start + len(phrase))
        if _PLACE_ROLE.fullmatch(phrase) and (
            held := self._place_role(head, p_start, p_start + len(phrase))
        ):
            # "… shelling in Mariupol, where the mayor said": no mayor spoken of before; the
            # mayor of the place the sentence named just before.
            return held
        if (
            fallback is not None
            and PERSON in wanted
            and _DEFINITE_ROLE.fullmatch(phrase)
            and (role := self.index.role_text(fallback.name).lower()).strip()
            and not re.search(rf"\b{re.escape(stem)}", role)
            and (holder := self._one_named_holder(stem, p_start, fallback.name))
        ):
            # "... between Jane Roe and her husband ... the first lady said ... The president
            # said": the one person named before whose role is that title, not the last
            # speaker, whose gazetteer role is another.
            return Speaker(holder, phrase, PERSON, p_start, p_start + len(phrase))
        if (
            fallback is not None
            and (_DEFINITE_ROLE.fullmatch(phrase) or _THE_OFFICIAL.fullmatch(phrase))
            and not self._holds_another_office(fallback.name, head)
            # ("the veteran leader" is a country's leader or no one, never the minister just
            # quoted: the epithet rule above)
            and not _EPITHET_LEADER.fullmatch(phrase)
        ):
            # "the diplomat", "the minister": a definite description points back to the last
            # person spoken of when no one's role says so.
            return Speaker(fallback.name, phrase, PERSON, p_start, p_start + len(phrase))
        if (
            _INTELLIGENCE_UPDATE.search(phrase)
            and (country := country_of(phrase))
            and (body := body_of_country(f"{country}'s defence ministry", self.index))
        ):
            # "the latest British intelligence update": the country's defence ministry's.
            return Speaker(body, phrase, ORGANISATION, p_start, p_start + len(phrase))
        if (
            (chief := _CHIEF_OF.fullmatch(chunk.strip()))
            and not _HEAD_OF.fullmatch(chunk.strip())
            and p_start > a + chunk.find(chief.group())
        ):
            # "the head of the Kharkiv OVA", whose holder no one knows: the head, someone
            # unnamed, never the body named after "of".
            c_start = a + chunk.find(chief.group())
            holder = role_holder(chief.group(), self.index, self.reference)
            c_end = c_start + len(chief.group())
            return Speaker(holder, chief.group(), PERSON, c_start, c_end, holder is not None)
        if held_back is not None:  # no one else: the holder of the qualified office after all
            return Speaker(held_back.name, phrase, held_back.kind, p_start, p_start + len(phrase))
        if (
            PERSON in wanted
            and fallback is None
            and re.match(r"[Tt]he\s", phrase)
            and (opener := self._headline_subject(p_start))
            and self._role_says(opener, phrase)
        ):
            # "Jane Roe: we will hold the line" over "The Commander-in-Chief believes that":
            # the person the headline opens with, whose role the description gives
            return Speaker(opener, phrase, PERSON, p_start, p_start + len(phrase))
        # An unmatched personal description ("the deputy head") names nobody we know.
        return Speaker(None, phrase, PERSON, p_start, p_start + len(phrase), False)

    def _role_says(self, name: str, phrase: str) -> bool:
        """Whether every word of a description ("the Commander-in-Chief") is in the gazetteer
        role of `name`."""
        role = self.index.role_text(name).lower()
        words = [w for w in re.findall(r"[a-z][a-z-]*", phrase.lower()) if w != "the"]
        return bool(words) and all(re.search(rf"\b{re.escape(w)}\b", role) for w in words)

    def _named_presidents_office(self, at: int) -> str | None:
        """The presidential office of the first serving president the article names, up to the
        end of the sentence holding `at` (a story's own president comes first: "The Presidency
        said President Roe spoke to his Examplian counterpart Doe")."""
        end = self.norm.find(".", at)
        first = next(
            (
                entry
                for m in self.mentions(0, len(self.norm) if end < 0 else end)
                if m.known
                and (entry := self.index.entries.get(m.actor or "")) is not None
                and entry.kind == PERSON
                and entry.affiliation
                and re.search(r"(?<!former )(?<!vice )(?<!vice-)\bpresident\b", entry.role.lower())
            ),
            None,
        )
        return None if first is None else self._countrys_presidential_office(first.affiliation)

    def _presidential_office(self, phrase: str) -> str | None:
        """The gazetteer's presidential office of the country a phrase names, if one."""
        if (country := country_of(phrase)) is None:
            return None
        return self._countrys_presidential_office(country)

    def _countrys_presidential_office(self, country: str) -> str | None:
        offices = [
            e.name
            for e in self.index.entries.values()
            if e.kind == ORGANISATION
            and e.affiliation == country
            and e.role.lower() == "presidential office"
        ]
        return offices[0] if len(offices) == 1 else None

    def office_subject(self, sa: int, sb: int) -> Speaker | None:
        """The holder of the country's office a sentence opens with, after any adverbial
        ("In an interview on Monday, the Ukrainian president is dismissive of ..."): whom a
        later "he" most likely means, though the sentence reports nothing."""
        at = sa
        comma = self.text.find(",", sa, min(sb, sa + 120))
        if comma > 0 and _ADVERBIAL_START.match(self.text[sa:comma]):
            at = comma + 1
        m = _OFFICE_SUBJECT.match(self.text, at, sb)
        if m is None:
            if (poss := _POSSESSIVE_OFFICE_SUBJECT.match(self.text, at, sb)) is not None:
                # "Examplia's foreign minister arrived in ...": the office's holder, as above.
                who = self.subject(poss.start("np"), poss.end("np"))
                if who is not None and who.name and who.kind == PERSON:
                    return who
            return None
        return self._bare_role(m["np"], m.start("np"))

    def _bare_role(self, chunk: str, a: int) -> Speaker | None:
        """ "Lithuanian president also said", "Ukrainian foreign minister told": a country's
        office without its article, as headlines and translated copy write it, is its holder at
        the article's date, as "the Lithuanian president" is."""
        title = " ".join(_CONJUNCTION.sub("", chunk).split())
        if (
            _CAPITALISED_TITLE.fullmatch(title)
            and title.split()[0].lower() not in _COUNTRY_WORDS
            and (holder := self._titled_person_before(title))
        ):
            # "NATO Secretary General Jane Roe ... Secretary General noted": a capitalised title
            # without its article is the person last spoken of with that title
            start = a + chunk.index(title.split()[0])
            return Speaker(holder, title, PERSON, start, start + len(title))
        bare = _BARE_ROLE.fullmatch(_CONJUNCTION.sub("", chunk).strip())
        if (
            bare is not None
            and bare["country"].lower() not in _COUNTRY_WORDS
            and _REGIONAL_ROLE.fullmatch(bare["np"])
            and (holder := role_holder(f"the {bare['np']}", self.index, self.reference))
        ):
            # "Examplia regional governor said": the region's governor, the article left out.
            start = a + chunk.index(bare["np"])
            return Speaker(holder, bare["np"], PERSON, start, start + len(bare["np"]))
        if bare is None or bare["country"].lower() not in _COUNTRY_WORDS:
            return None
        role = bare["role"].lower()
        if role not in PERSON_ROLES | _OFFICE_TITLES | {"counterpart"}:
            return self._titled_given_name(bare, chunk, a)
        phrase = bare.group()
        start = a + chunk.index(phrase)
        definite = f"the {bare.group('np')}"
        holder = office_holder(
            definite, self.index, self.reference, self._named_in_article()
        ) or role_holder(definite, self.index, self.reference)
        if holder is None and (country := country_of(definite)):
            # "his Swedish counterpart": the person of that country just named
            holder = self._person_of_country_before(country, role, start)
            if holder is None and role == "counterpart":
                # "Putin ... while his Ukrainian counterpart said": the holder, in that
                # country, of the office of the person the possessive refers to.
                holder = self._counterpart_holder(bare["country"], country, start)
        if holder is None:
            return None
        return Speaker(holder, phrase, PERSON, start, start + len(phrase))

    def _counterpart_holder(self, adjective: str, country: str, pos: int) -> str | None:
        """The holder of the office (its role's words before "of": "President of Russia") of
        the last known person of another country named before `pos` in its paragraph, in the
        country `adjective` names ("Ukrainian")."""
        para = max(0, self.norm.rfind("\n", 0, pos) + 1)
        for m in reversed(self.mentions(para, pos)):
            entry = self.index.entries.get(m.actor or "") if m.known else None
            if entry is None or entry.kind != PERSON:
                continue
            if entry.affiliation == country:
                return None
            office = re.match(r"(.+?)\s+of\s+\S", entry.role or "")
            if office is None:
                return None
            definite = f"the {adjective} {office.group(1).lower()}"
            return office_holder(
                definite, self.index, self.reference, self._named_in_article()
            ) or role_holder(definite, self.index, self.reference)
        return None

    def _titled_given_name(self, bare: re.Match, chunk: str, a: int) -> Speaker | None:
        """ "Examplian Defense Minister Ivan has said" (the surname lost): the office's holder
        at the article's date, when that is the given name they bear."""
        given = bare["role"]
        office = bare["np"][: -len(given)].rstrip()
        if (
            not given[:1].isupper()
            or office.split()[-1].lower() not in PERSON_ROLES | _OFFICE_TITLES
        ):
            return None
        definite = f"the {office}"
        holder = office_holder(
            definite, self.index, self.reference, self._named_in_article()
        ) or role_holder(definite, self.index, self.reference)
        if holder is None or holder.split()[0].lower() != given.lower():
            return None
        phrase = bare.group()
        start = a + chunk.index(phrase)
        return Speaker(holder, phrase, PERSON, start, start + len(phrase))

    def _titled_person_before(self, title: str) -> str | None:
        """The person last spoken of whose mention or role gives them this title."""
        words = title.lower().split()
        if words[-1] not in PERSON_ROLES | _OFFICE_TITLES and " ".join(words) not in _LEADING:
            return None
        held = re.compile(r"\b" + r"[\s-]+".join(map(re.escape, words)) + r"\b")
        for s in reversed(self.salient[-15:]):
            if s.kind != PERSON:
                continue
            roles = f"{s.context} {self.index.role_text(s.name)}".lower()
            if held.search(roles) and ("deputy" in words or "deputy" not in roles):
                return s.name
        return None

    def _person_of_age(self, phrase: str, at: int) -> str | None:
        """Whom "the 68-year-old" describes: the last person spoken of given that age ("Jane
        Roe, 68," / "68-year-old Jane Roe"), else the last one given no other age; never a
        name written after "the band" or "the group"."""
        age = re.search(r"\d+", phrase).group()
        window = self.text[max(0, at - 3000) : at]
        ages: dict[str, str] = {}
        for m in _NAME_AND_AGE.finditer(window):
            name = m["name"] or m["name2"] or m["name3"]
            ages[name.split()[-1]] = m["age"] or m["age2"] or m["age3"]
        bands = {m["name"].split()[-1] for m in _BAND_NAME.finditer(window)}
        people = [s.name for s in reversed(self.salient[-15:]) if s.kind == PERSON]
        for name in people:
            if ages.get(name.split()[-1]) == age:
                return name
        return next(
            (n for n in people if n.split()[-1] not in ages and n.split()[-1] not in bands), None
        )

    def _things_body(self, m: re.Match, at: int) -> Speaker | None:
        """After the article named the X Nuclear Power Plant, "the plant's operator" is the
        one body the gazetteer describes as operating or owning that named plant."""
        thing = m["thing"].lower()
        named = [
            x.actor
            for x in self.index.known_mentions(self.norm, max(0, at - 1500), at)
            if x.actor and re.search(rf"\b{thing}\b", x.actor, re.IGNORECASE)
        ]
        if not named:
            return None
        needle = named[-1].lower()
        bodies = [
            e.name
            for e in self.index.entries.values()
            if e.kind != PERSON
            and e.name != named[-1]
            and needle in (text := f"{e.role} {e.description}".lower())
            and re.search(r"\b(?:operat|own)", text)
        ]
        if len(bodies) != 1:
            return None
        phrase = m["phrase"]
        return Speaker(bodies[0], phrase, self.kind_of(bodies[0]), at, at + len(phrase))

    def _adviser_to_title(self, m: re.Match) -> Speaker | None:
        """ "a trade adviser to the Ukrainian president": the adviser the next sentences
        name with that title ("adviser Jane Roe said"), else the office of the president (as
        for "an adviser to Zelensky"); never the president."""
        at, end = m.span("phrase")
        phrase = self.text[at:end]
        after = self.text[end : end + _ADVISER_REACH]
        if named := _ADVISER_NAMED.search(after):
            name = named["name"] or named["name2"]
            person = self.index.lookup(name)
            if person is not None and self.index.kind_of(person) == PERSON:
                return Speaker(person, phrase, PERSON, at, end)
            if person is None:
                self.new_actors.setdefault(name, PERSON)
                return Speaker(name, phrase, PERSON, at, end, False)
        if body := self._titled_leaders_body(m):
            return Speaker(body, phrase, self.kind_of(body), at, end)
        return None

    def _local_body_of_place(self, local: re.Match, at: int) -> Speaker | None:
        """ "..., in the Poltava region, according to the regional military administration":
        the body of the region (or city) the sentence named before it, in title case
        ("Poltava Regional Military Administration"), the gazetteer's when it holds it."""
        start = max(0, at - 300, *(self.text.rfind(c, 0, at) + 1 for c in ".\n"))
        level = local["level"] or local["there_level"]
        regional = level is not None and level.lower() != "city"
        places = [
            p
            for p in _NAMED_PLACE.finditer(self.text, start, at)
            if (
                (p["noun"] is not None and p["noun"].lower() != "city") == regional
                if level is not None
                else p["noun"] is not None or p["place"] in CITIES  # ("About 15 drones")
            )
            and not _NOT_A_PLACE.fullmatch(p["place"])
            and p["place"].lower() not in _ADJECTIVES_OF_PLACES
            # (a capital, "Kyiv", stands for its country but names its city too)
            and (p["place"].lower() not in COUNTRY_WORDS or p["place"] in CITIES)
        ]
        if not places:
            return None
        words_ = local.group().split()
        words_ = words_[1:] if words_[0].lower() == "the" else words_
        if local["there_level"]:
            words_ = words_[:-1]  # "the city administration there": "<City> City Administration"
        elif level is None:
            # "the military administration there": a region's, where the place is one
            noun = places[-1]["noun"]
            words_ = [
                "city" if noun is None or noun.lower() == "city" else "regional",
                *words_[:-1],
            ]
        name = " ".join([places[-1]["place"], *(w.capitalize() for w in words_)])
        phrase = local.group()
        if known := self.index.lookup(name):
            return Speaker(known, phrase, self.kind_of(known), at, at + len(phrase))
        self.new_actors.setdefault(name, ORGANISATION)
        return Speaker(name, phrase, ORGANISATION, at, at + len(phrase), False, phrase)

    def _countrys_office(self, its: re.Match, a: int) -> Speaker | None:
        """ "While the war tears Ukraine apart, its finance minister says": the holder of the
        office in the country the sentence named last before "its"."""
        at = a + its.start("office")
        start = max(0, at - 300, *(self.text.rfind(c, 0, at) + 1 for c in ".\n"))
        countries = [
            m.group()
            for m in re.finditer(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?", self.text[start:at])
            if country_of(f"{m.group()}'s {its.group('office')}")
        ]
        if not countries:
            return None
        office = " ".join(its.group("office").split())
        holder = office_holder(
            f"{countries[-1]}'s {office}", self.index, self.reference, self._named_in_article()
        )
        if holder is None:
            return None
        return Speaker(
            holder, self.text[a + its.start() : a + its.end()].strip(), PERSON, at, a + its.end()
        )

    def _role_of_place_before(self, its: re.Match, a: int) -> Speaker | None:
        """ "… to occupy the Luhansk region, its governor says": the holder of that role of the
        region or city the sentence named last before it."""
        at, end = a + its.start("its"), a + its.end()
        if held := self._place_role(its["role"], at, end):
            return held
        if its["its"].lower().startswith("the city"):
            # "The city's leader added": the city no sentence near names, the last person
            # spoken of when the gazetteer makes them a place's head ("governor of X")
            last = next((s for s in reversed(self.salient[-15:]) if s.kind == PERSON), None)
            if last and last.name and _HEAD_OF_PLACE.search(self.index.role_text(last.name)):
                return Speaker(last.name, self.text[at:end], PERSON, at, end)
        return None

    def _place_role(self, role: str, at: int, end: int) -> Speaker | None:
        """The gazetteer holder of `role` ("governor", "mayor") of the region or city the
        sentence names last before `at`, else None."""
        start = max(0, at - 300, *(self.text.rfind(c, 0, at) + 1 for c in ".\n"))
        # (a sentence's capitalised first word, "The city's residents ...", names no place)
        places = [
            p for p in _NAMED_PLACE.finditer(self.text, start, at) if p["place"] not in _OPENERS
        ]
        if not places and self.text[start - 1 : start] == ".":
            # "Drones hit a depot in the Bryansk region. The regional governor said ...": a role
            # whose sentence names no place is of the place the sentence before (same
            # paragraph) named
            before = max(0, start - 300, self.text.rfind(".", 0, start - 1) + 1)
            before = max(before, self.text.rfind("\n", 0, start - 1) + 1)
            places = list(_NAMED_PLACE.finditer(self.text, before, start - 1))
        if not places:
            return None
        # ("... Ukraine's Poltava region on Friday, the regional governor said": the last
        # place, not a weekday or a month after it, nor a country's adjective: "the southern
        # Russian region of Bryansk" is Bryansk's.)
        last = next(
            (
                p
                for p in reversed(places)
                if not _NOT_A_PLACE.fullmatch(p["place"])
                and p["place"].lower() not in _ADJECTIVES_OF_PLACES
                and p["place"].lower() not in COUNTRY_WORDS
            ),
            places[-1],
        )
        place, role = last["place"], role.lower()
        phrase = f"the {role} of {place}" if last["noun"] is None else f"the {place} {role}"
        holder = role_holder(phrase, self.index, self.reference, self._named_for(at))
        if (
            holder is None
            and role in _CITY_HEADS
            and self.text[at:end].lower().startswith(("the city", "its"))
        ):
            # "wrote the city's mayor", "the city's leader": the city's head, whatever the
            # gazetteer calls the office ("governor of Sevastopol")
            holder = next(
                filter(
                    None,
                    (
                        role_holder(phrase.replace(role, other), self.index, self.reference)
                        for other in _CITY_HEADS
                        if other != role
                    ),
                ),
                None,
            )
        if holder is None:
            return None
        return Speaker(holder, self.text[at:end], PERSON, at, end)

    def _leader_of(self, m: re.Match, at: int) -> Speaker | None:
        """ "The head of the UN atomic agency", "the commander of the country's private
        army": whoever holds the top office of the known body named after "of" (the body the
        description ends on, by any of its gazetteer forms)."""
        if holder := office_holder(m.group(), self.index, self.reference, self._named_in_article()):
            # "the head of the Russian Foreign Ministry": the foreign minister on the day.
            return Speaker(holder, m.group(), PERSON, at, at + len(m.group()))
        if (region := _REGION_ADMINISTRATION.fullmatch(m.group("body"))) and (
            holder := role_holder(f"the governor of {region['place']}", self.index, self.reference)
        ):
            # "the head of the Kharkiv Oblast Military Administration": the region's governor.
            return Speaker(holder, m.group(), PERSON, at, at + len(m.group()))
        body_at = at + m.start("body")
        bodies = [
            x
            for x in self.index.known_mentions(self.norm, body_at, at + m.end())
            if self.kind_of(x.actor or "") != PERSON
        ]
        body = bodies[-1].actor if bodies else None
        head = m.group("body").split()[-1].lower()
        if body is None and head in _ORG_HEADS:
            body = self._body_mentioned(head, at)  # "the head of the alliance": NATO, named before
        if body is None:
            # "the head of the Ruritanian Republic": the role the gazetteer gives in those words
            holder = role_holder(m.group(), self.index, self.reference)
            return Speaker(holder, m.group(), PERSON, at, at + len(m.group())) if holder else None
        holder = role_holder(f"the {body} {m['role'].lower()}", self.index, self.reference)
        if holder is None:
            return None
        phrase = m.group()
        return Speaker(holder, phrase, PERSON, at, at + len(phrase))

    def _owners_staff(self, m: re.Match, at: int) -> Speaker | None:
        """ "his spokesman" (the person "he" would be), "Roe's spokesman" (a person the article
        named whose office the gazetteer does not give): the leader's office or its spokesman
        as for "Putin's spokesman", else that person's spokesman, someone unnamed."""
        whose, staff = m["whose"], " ".join(m["staff"].split())
        end = at + len(m.group())
        if whose.lower() == "its":
            # "The Kremlin said ... Its spokesman added": the body just spoken of, by the
            # person the gazetteer gives its spokesman's role, else the body itself
            body = next(
                (x.name for x in reversed(self.salient[-6:]) if x.kind == ORGANISATION), None
            )
            if body is None or staff == "office":
                return None
            holder = role_holder(f"the {body}'s {staff}", self.index, self.reference)
            if holder is None and staff.startswith("spokes"):
                holder = role_holder(f"the {body}'s spokesman", self.index, self.reference)
            if holder:
                return Speaker(holder, m.group(), PERSON, at, end)
            return Speaker(body, m.group(), ORGANISATION, at, end)
        if whose.lower() in ("his", "her"):
            here = self._sentence_start(at)
            if staff == "office" and any(
                self.kind_of(x.actor or "") == PERSON or not x.known
                for x in self.mentions(here, at)
            ):
                return None  # "X agreed to ..., his office said": the sentence's own person
            owner = self.pronoun("he" if whose.lower() == "his" else "she", at, at + len(whose))
            name = owner.name if owner.kind == PERSON else None
        else:
            people = [
                x
                for x in self.mentions(at, at + len(re.sub(r"['’]s?$", "", whose)))
                if x.actor and (self.kind_of(x.actor) if x.known else x.kind) == PERSON
            ]
            name = people[-1].actor if len(people) == 1 else None
        if not name:
            return None
        entry = self.index.entries.get(name)
        leads = entry is not None and (
            _HEAD_OF_STATE.search(entry.role.lower())
            or _HEAD_OF_GOVERNMENT.search(entry.role.lower())
        )
        if leads and (body := self._office_of(name)):
            holder = self._staff_of(body, staff)
            return Speaker(
                holder or body, m.group(), PERSON if holder else self.kind_of(body), at, end
            )
        if (
            staff == "office"
            and entry is not None
            and entry.affiliation
            and _HEAD_OF_STATE.search(entry.role.lower())
            and "president" in entry.role.lower()
        ):
            # "Sall's office said": a president's office the gazetteer lacks, named as the
            # gazetteer names the others ("Office of the President of Examplia")
            office = f"Office of the President of {entry.affiliation}"
            return Speaker(office, m.group(), ORGANISATION, at, end, False)
        if staff == "office":
            return None  # "his office": only a leader's is a known body
        if name in self.index.entries or self.kind_of(name) == PERSON:
            return Speaker(f"{name}'s {staff.lower()}", m.group(), PERSON, at, end, False)
        return None

    def _leaders_state(self, at: int) -> str | None:
        """The gazetteer state of the head of government or state the sentence names first
        before `at` ("Chancellor Jane Roe assured ..., a government spokesperson said"), else
        of the last one spoken of."""
        here = self._sentence_start(at)
        # (the sentence's first: its subject, not the leader it "assured")
        named = [x.actor for x in self.mentions(here, at) if x.known and x.actor]
        spoken = [x.name for x in reversed(self.salient[-8:]) if x.kind == PERSON]
        for name in (*named, *spoken):
            entry = self.index.entries.get(name)
            if entry is None or not entry.affiliation:
                continue
            role = entry.role.lower()
            if _HEAD_OF_GOVERNMENT.search(role) or _HEAD_OF_STATE.search(role):
                # (read only for this phrase, which is rare: one pass over the gazetteer)
                states = [
                    e.name
                    for e in self.index.entries.values()
                    if e.kind == STATE and e.affiliation == entry.affiliation
                ]
                return states[0] if len(states) == 1 else None
        return None

    def _first_lady(self, at: int) -> str | None:
        """The gazetteer's first lady of the country whose head of state the article names
        nearest to `at` ("The first lady said ... President Roe said": Roe's country's)."""
        if self._heads_in_text is None:
            heads = []
            for m in self.index.known_mentions(self.norm, 0, len(self.text)):
                entry = self.index.entries.get(m.actor or "")
                if entry and entry.affiliation and _HEAD_OF_STATE.search(entry.role.lower()):
                    heads.append((m.start, entry.affiliation))
            self._heads_in_text = heads
        if not self._heads_in_text:
            return None
        nearest = min(self._heads_in_text, key=lambda h: abs(h[0] - at))
        ladies = [
            e.name
            for e in self.index.entries.values()
            if e.affiliation == nearest[1] and e.role.lower().startswith("first lady")
        ]
        return ladies[0] if len(ladies) == 1 else None

    def _owners_ministry(self, m: re.Match, at: int) -> Speaker | None:
        """ "His department said" after a minister was named: the ministry that minister heads
        (the gazetteer's body of their country and field), else no one."""
        whose = m["whose"].lower()
        owner = self.pronoun("he" if whose == "his" else "she", at, at + len(m["whose"]))
        entry = self.index.entries.get(owner.name or "") if owner.kind == PERSON else None
        if entry is None or not entry.affiliation:
            return None
        field = _MINISTER_FIELD.search(entry.role.lower())
        if field is None or "deputy" in entry.role.lower():
            return None
        word = field["field"] or field["of"].split()[0]
        name = {"internal": "interior"}.get(word, "defence" if word.startswith("defen") else word)
        body = body_of_country(f"{entry.affiliation}'s {name} ministry", self.index)
        if body is None:
            return None
        return Speaker(body, m.group(), self.kind_of(body), at, at + len(m.group()))

    def _ministers_ministry(self, m: re.Match, at: int) -> Speaker | None:
        """ "Defence Minister Jane Roe visited the troops, the ministry said": the ministry the
        one minister that the sentence names before the phrase (outside quotations) heads."""
        start = self._sentence_start(at, 400)
        bodies = set()
        for x in self.mentions(start, at):
            entry = self.index.entries.get(x.actor or "")
            if (
                entry is None
                or entry.kind != PERSON
                or not entry.affiliation
                or self.norm.count("“", start, x.start) != self.norm.count("”", start, x.start)
                or self.norm.count('"', start, x.start) % 2
            ):
                continue
            field = _MINISTER_FIELD.search(entry.role.lower())
            if field is None or "deputy" in entry.role.lower():
                continue
            word = field["field"] or field["of"].split()[0]
            name = {"internal": "interior"}.get(
                word, "defence" if word.startswith("defen") else word
            )
            if (
                body := body_of_country(f"{entry.affiliation}'s {name} ministry", self.index)
            ) is None:
                continue
            bodies.add(body)
        if len(bodies) != 1:
            return None
        body = bodies.pop()
        return Speaker(body, m.group(), self.kind_of(body), at, at + len(m.group()))

    def _staff_of(self, body: str, staff: str) -> str | None:
        """The person the gazetteer gives a leader's office's post: its spokesman, or its
        head for the leader's "chief of staff"."""
        staff = " ".join(staff.lower().split())
        if staff.startswith(("spokes", "press secretary")):
            # a press secretary is the office's spokesman by another title
            return role_holder(f"the {body}'s {staff}", self.index, self.reference) or role_holder(
                f"the {body}'s spokesman", self.index, self.reference
            )
        if staff == "chief of staff":
            return role_holder(f"the head of the {body}", self.index, self.reference)
        return None

    def _titled_leaders_body(self, m: re.Match) -> str | None:
        """The office or government of the president (prime minister) a possessive title
        names: the country's holder at the article's date ("the Ukrainian president's
        office"), else the last person spoken of who holds that title."""
        title = " ".join(m["title"].lower().split())
        if m.groupdict().get("country2"):
            who = office_holder(
                f"{title} of {m['country2']}", self.index, self.reference, self._named_in_article()
            )
        elif m["country"]:
            who = office_holder(
                f"{m['country']} {title}", self.index, self.reference, self._named_in_article()
            )
        else:
            titles = _HEAD_OF_STATE if title == "president" else _HEAD_OF_GOVERNMENT
            who = next(
                (
                    s.name
                    for s in reversed(self.salient[-15:])
                    if s.kind == PERSON
                    and titles.search(f"{s.context} {self.index.role_text(s.name)}".lower())
                ),
                None,
            )
        return self._leaders_body(who) if who else None

    def _head_of(self, m: re.Match, at: int) -> Speaker:
        """ "the head of state" after "President Jane Doe said": the last person spoken of
        whose role is the office; with a country ("the Russian head of state"), that country's
        holder of the office at the article's date."""
        phrase = m.group()
        office = "president" if m.group("what").lower() == "state" else "prime minister"
        # "the head of state in Vilnius": the country of its capital
        country = m["country"] or (f"{m['capital']}'s" if m["capital"] else None)
        if country:
            holder = office_holder(
                f"{country} {office}", self.index, self.reference, self._named_in_article()
            )
            return Speaker(holder, phrase, PERSON, at, at + len(phrase), holder is not None)
        titles = _HEAD_OF_STATE if office == "president" else _HEAD_OF_GOVERNMENT
        for s in reversed(self.salient[-15:]):
            roles = f"{s.context} {self.index.role_text(s.name)}".lower()
            if s.kind == PERSON and titles.search(roles):
                return Speaker(s.name, phrase, PERSON, at, at + len(phrase))
        return Speaker(None, phrase, PERSON, at, at + len(phrase), False)

    def _body_words(self, name: str) -> set[str]:
        """The words of a body's name, aliases and role."""
        entry = self.index.entries.get(name)
        forms = (name, *(entry.aliases if entry else ()), entry.role if entry else "")
        return set(re.findall(r"[\w-]+", " ".join(forms).lower()))

    def _one_named_holder(self, stem: str, pos: int, beside: str) -> str | None:
        """The one gazetteer person named in the 3,000 characters before `pos` whose role
        holds `stem` ("president"), of the country of `beside` when several are; else None."""
        found = set()
        for _, name in self.people_named(max(0, pos - 3000), pos):
            entry = self.index.entries.get(name)
            if entry is None or entry.kind != PERSON:
                continue
            if _role_holds(entry.role, stem):
                found.add(name)
        if len(found) > 1 and (near := self.index.entries.get(beside)):
            found = {n for n in found if self.index.entries[n].affiliation == near.affiliation}
        return found.pop() if len(found) == 1 else None

    def _holds_another_office(self, name: str, head: str) -> bool:
        """Does the gazetteer give `name` an office other than the title `head` ("the
        chancellor" is not the US president just quoted)? Generic heads ("the chief", "the
        official") and people the gazetteer gives no role say nothing."""
        role = self.index.role_text(name)
        if head not in _OFFICE_TITLES or not role.strip():
            return False
        if head == "minister":
            role = _PRIME_MINISTER.sub("premier", role.lower())  # a premier is no "minister"
        entry = self.index.entries.get(name)
        if head == "mayor" and entry and _CITY_GOVERNOR.search(entry.role):
            return False  # "the mayor" of a city whose head is its governor ("of Sevastopol")
        return not re.search(rf"\b{re.escape(head)}", role)

    def _group_named_before(self, head: str, pos: int) -> str | None:
        """The last group the text named with this noun in the 400 characters before pos
        ("Ukrainian social media", "Russian military bloggers")."""
        pattern = re.compile(rf"\b[A-Z][\w-]*\s+(?:[a-z][\w-]*\s+){{0,2}}{re.escape(head)}\b")
        last = None
        for m in pattern.finditer(self.text, max(0, pos - 400), pos):
            last = m
        return group_name(last.group()) if last else None

    def _latter_or_former(self, which: re.Match, at: int) -> Speaker:
        """ "Erdogan defended Putin after the latter said": of the last two people named just
        before, the second ("the latter") or the first ("the former")."""
        people: list[str] = []
        for m in self.mentions(max(0, at - 300), at):
            if m.actor and self.kind_of(m.actor) == PERSON and m.actor not in people[-1:]:
                people.append(m.actor)
        phrase = which.group()
        wanted = -1 if which.group("which").lower() == "latter" else -2
        if len(people) >= 2:
            return Speaker(people[wanted], phrase, PERSON, at, at + len(phrase))
        return Speaker(None, phrase, PERSON, at, at + len(phrase), False)

    def _state_before(self, pos: int) -> str | None:
        """The country (a gazetteer state) whose name or alias the article gave last before pos."""
        before = self.norm[max(0, pos - _LOOK_BACK) : pos].lower()
        best, best_at = None, -1
        for entry in self.index.entries.values():
            if entry.kind != STATE:
                continue
            at = max(
                (_last_word(before, f.lower()) for f in (entry.name, *entry.aliases)), default=-1
            )
            if at > best_at:
                best, best_at = entry.name, at
        return best

    def _countrys_described_body(self, phrase: str, pos: int) -> str | None:
        """ "the country's state security service": the body of the country `_subject_country`
        finds, named by a form the gazetteer gives it or by its description."""
        if not (countrys := _THE_COUNTRYS.match(phrase)):
            return None
        country = self._subject_country(pos)
        if not country:
            return None
        rest = phrase[countrys.end() :]
        for named in (f"{country}'s {rest}", f"{rest} of {country}"):
            if body := body_of_country(named, self.index) or described_body(named, self.index):
                return body
        return None

    def _subject_country(self, pos: int) -> str | None:
        """The country "the country" means at `pos`: the first one named in its sentence before
        it, else the first one the sentence before names (its subject: "The United Arab
        Emirates said it mediated an exchange between Russia and Ukraine"), never a guess."""
        start = self._sentence_start(pos)
        spans = [(start, pos)]
        if start and (before := self._sentence_before(start)):
            spans.append(before)
        for a, b in spans:
            for m in self.index.known_mentions(self.norm, a, b):
                if self.index.kind_of(m.actor or "") == STATE:
                    return self.index.entries[m.actor].affiliation or None
        return None

    def _government_of(self, who: str) -> str | None:
        """The state of a gazetteer person who heads a government ("Albanese")."""
        leader = self.index.lookup(who)
        entry = self.index.entries.get(leader or "")
        if entry is None or entry.kind != PERSON or not entry.affiliation:
            return None
        if not re.search(
            r"\b(?:president|prime minister|premier|chancellor)\b", entry.role.lower()
        ):
            return None
        states = [
            e.name
            for e in self.index.entries.values()
            if e.kind == STATE and e.affiliation == entry.affiliation
        ]
        return states[0] if len(states) == 1 else None

    def _leaders_body(self, who: str) -> str | None:
        leader = self.index.lookup(who)
        if leader is None or self.index.kind_of(leader) != PERSON:
            return None
        return self._office_of(leader)

    def _office_of(self, leader: str) -> str | None:
        """The office (else the state) of a gazetteer person who leads a country."""
        entry = self.index.entries.get(leader)
        if entry is None:
            return None
        bodies = [
            e
            for e in self.index.entries.values()
            if e.kind in (ORGANISATION, STATE) and e.affiliation == entry.affiliation
        ]
        if "president" in entry.role.lower():
            for e in bodies:
                forms = " ".join((e.name, e.role, *e.aliases)).lower()
                if "presiden" in forms and ("office" in forms or "administration" in forms):
                    return e.name
        states = [e.name for e in bodies if e.kind == STATE]
        return states[0] if len(states) == 1 else None

    def _office_holder(self, office: str) -> str | None:
        wanted = _office_words(office)
        for s in reversed(self.salient[-15:]):
            if s.kind == PERSON and wanted <= _office_words(s.context):
                return s.name
            entry = self.index.entries.get(s.name)
            if s.kind == PERSON and entry is not None and self.reference is not None:
                # "Roe said … The defence minister added": the person just quoted, whose
                # tenure in that office the gazetteer gives and the article's date falls in.
                for held, since, until in tenures(entry.description) or tenures(entry.role):
                    if wanted <= _office_words(held) and since <= self.reference <= until:
                        return s.name
        if self.reference is None:
            return None
        holders = set()
        for entry in self.index.entries.values():
            if entry.kind != PERSON:
                continue
            held_offices = tenures(entry.description) or tenures(entry.role)
            for held, since, until in held_offices:
                words_ = _office_words(held)
                extra = words_ - wanted - _COUNTRY_WORDS
                if wanted <= words_ and not extra and since <= self.reference <= until:
                    holders.add(entry.name)
        return holders.pop() if len(holders) == 1 else None


def _body_qualifiers(phrase: str, head: str) -> set[str]:
    """The words describing a body beyond its head noun, determiners and country ("the
    state emergency service" -> {"state", "emergency"})."""
    words_ = re.findall(r"[\w-]+", without_country(_BODY_DETERMINER.sub("", phrase)))
    return {w for w in words_ if w not in _DETERMINERS and w != head and w != "s"}


# One-word names of an office ("premier" -> "prime minister").
_OFFICE_NAMES = {k: v for k, v in mapping("offices").items() if " " not in k and k != v}


def _role_words(text: str) -> set[str]:
    low = text.lower().replace("defence", "defense")
    return {re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w'’-]+", low)}


def _described_words(phrase: str) -> set[str]:
    """The words that describe an office between the article and the head noun: "The defense
    intelligence chief" -> {"defense", "intelligence"}; none for "the minister"."""
    words_ = phrase.split()
    if len(words_) < 3 or words_[0].lower() != "the":
        return set()
    return _role_words(" ".join(words_[1:-1])) - _COUNTRY_WORDS


def _office_words(phrase: str) -> set[str]:
    low = re.sub(r"\bu\.s\.|\bunited states\b|\bamerican\b", "us", phrase.lower())
    low = re.sub(r"\bbritish\b|\bbritain['’]s\b|\bu\.k\.", "uk", low).replace("defence", "defense")
    return {w for w in re.findall(r"[\w-]+", low) if w not in _OFFICE_FILLER}


def tenures(text: str) -> list[tuple[str, dt.date, dt.date]]:
    """ "US Secretary of Defense from January 2021 to January 2025": (office, since, until)."""
    out = []
    for m in _TENURE_YEARS.finditer(text):  # "Secretary of State (2021–2025)"
        since = _month_year(None, m.group("y1"), first=True)
        out.append((m.group("office"), since, _month_year(None, m.group("y2"), first=False)))
    for m in _TENURE.finditer(text):
        if m.group("y3"):
            out.append(
                (
                    m.group("office"),
                    _month_year(m.group("m3"), m.group("y3"), first=True),
                    dt.date.max,
                )
            )
            continue
        since = _month_year(m.group("m1"), m.group("y1"), first=True)
        until = (
            _month_year(m.group("m2"), m.group("y2"), first=False) if m.group("y2") else dt.date.max
        )
        out.append((m.group("office"), since, until))
    return out


def _month_year(month: str | None, year: str, *, first: bool) -> dt.date:
    y = int(year)
    if not month:
        return dt.date(y, 1, 1) if first else dt.date(y, 12, 31)
    n = _MONTHS.index(month.lower()[:3]) + 1
    if first:
        return dt.date(y, n, 1)
    return dt.date(y + (n == 12), n % 12 + 1, 1) - dt.timedelta(days=1)


_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH_WORD = MONTH_NAME_RE
_TENURE = re.compile(
    rf"(?P<office>[A-Z][^.;()]*?)\s+(?:from\s+(?:(?P<m1>{_MONTH_WORD})\s+)?(?P<y1>\d{{4}})\s+"
    rf"(?:to|until)\s+(?:(?P<m2>{_MONTH_WORD})\s+)?(?P<y2>\d{{4}})"
    rf"|since\s+(?:(?P<m3>{_MONTH_WORD})\s+)?(?P<y3>\d{{4}}))"
)
_TENURE_YEARS = re.compile(r"(?P<office>[A-Z][^.;()]*?)\s*\((?P<y1>\d{4})\s*[–-]\s*(?P<y2>\d{4})\)")
_LEADERS_STAFF = re.compile(
    # ("President Jane Roe's office": her title and given name before the surname.)
    r"(?P<who>(?:[A-Z][\w.-]+\s+){0,3}[A-Z][\w-]+)['’]s\s+(?P<staff>chief\s+of\s+staff|(?:(?:chief|top|senior|main|"
    r"deputy)\s+)?(?:spokesman|spokeswoman|spokesperson|office|press\s+secretary|press\s+service|"
    r"government|administration|aides?))"
)
_FIRST_LADY = re.compile(r"[Tt]he\s+(?:country['’]s\s+)?[Ff]irst\s+[Ll]ady")
# "His department", "her ministry": the ministry a minister just spoken of heads.
_OWNERS_MINISTRY = re.compile(r"(?P<whose>[Hh]is|[Hh]er)\s+(?:department|ministry)")
# "the ministry" bare: the ministry of the minister its sentence names (`_ministers_ministry`).
_BARE_MINISTRY = re.compile(r"[Tt]he\s+(?:[Mm]inistry|[Dd]epartment)")
# The field of a minister's role: "Foreign minister of Russia", "Minister of Defence".
_MINISTER_FIELD = re.compile(
    r"\b(?P<field>foreign|defen[cs]e|interior|justice|finance|economy|health|energy)\s+minister\b"
    r"|\bminister\s+of\s+(?P<of>foreign\s+affairs|defen[cs]e|internal\s+affairs|justice|finance)"
)
# "... has not (yet) commented", "did not respond to a request for comment": a body named as
# silent, right after its name.
_SILENT_BODY = re.compile(
    r"\s+(?:(?:has|have|had|did|does|do)\s+not|(?:has|have|had|did|does|do)n['’]t)\s+"
    r"(?:yet\s+|immediately\s+|publicly\s+)?"
    r"(?:made\s+any\s+(?:announcements?|statements?|comments?)|commented|comment|responded|respond"
    r"|replied|reply)\b"
    r"|\s+(?:declined|refused)\s+to\s+comment\b"
)
# "his spokesman", "Roe's spokeswoman": a person's own spokesman (see _owners_staff).
# ("His office said": a leader's office; "Its spokesman": the spokesman of the body just
# spoken of.)
_OWNERS_STAFF = re.compile(
    r"(?P<whose>[Hh]is|[Hh]er|[Ii]ts|(?:[A-Z][\w-]+\s+)?[A-Z][\w-]+(?:['’]s|(?<=s)['’]))\s+"
    r"(?P<staff>spokesman|spokeswoman|spokesperson|press\s+secretary|office)"
)
# "The Black Sea Fleet's press service", "the Ministry of Defence of Ukraine's press office":
# a body the gazetteer knows, speaking through its press service.
_BODYS_PRESS_SERVICE = re.compile(
    r"(?:[Tt]he\s+)?(?P<body>[A-Z][\w’'-]*(?:\s+(?:of|the|for|[A-Z][\w’'-]*)){0,6}?)['’]s\s+"
    r"press\s+(?:service|office|centre|center|department)"
)
# "the president's office", "the Ukrainian president's press service".
_TITLED_STAFF = re.compile(
    r"(?:[Tt]he\s+)?(?:(?P<country>[A-Z][\w’'-]*)\s+)?(?P<title>president|prime\s+minister)['’]s\s+"
    r"(?P<staff>office|administration|press\s+(?:service|office|secretary)|spokes(?:man|woman|person))"
)
# "the press secretary of the Russian president", "the spokesman for the prime minister".
_STAFF_OF_TITLED = re.compile(
    r"(?:[Tt]he\s+)?(?P<staff>press\s+(?:service|office|secretary)|spokes(?:man|woman|person))\s+"
    r"(?:of|for)\s+the\s+(?:(?P<country>[A-Z][\w’'-]*)\s+)?(?P<title>(?i:president|prime\s+minister))"
    # ("the press secretary of the President of Russia": the country after the title.)
    r"(?:\s+of\s+(?:the\s+)?(?P<country2>[A-Z][\w’'-]*(?:\s+Federation)?))?"
)
# "A regional official in eastern Ukraine", "a source in Russia": one unnamed person and the
# country they are in.
_ONE_IN_COUNTRY = re.compile(
    r"\s*(?P<who>(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z-]+\s+){0,2}?"
    rf"(?:{alternation(UNNAMED_PEOPLE)}))\s+(?:in|from)\s+"
    r"(?:(?:north|south|east|west|central|north-?east|south-?east|north-?west|south-?west)(?:ern)?\s+)?"
    r"(?P<country>[A-Z][\w’'-]+)\s*,?\s*"
)
# "Examplian military and regional officials": two kinds of one side's officials (no plural
# noun before "and": "Examplian troops and local officials" are two groups).
_COORDINATED_OFFICIALS = re.compile(
    r"\s*(?:(?:[Aa]ccording\s+to|[Tt]he)\s+)?(?P<who>(?P<side>[A-Z][\w’'-]+)\s+[a-z]+(?<!s)\s+and\s+"
    r"[a-z]+\s+(?P<noun>officials|sources|authorities))\s*,?\s*"
)
# "the mayor of a town in eastern Examplia": an unnamed local official, not the country.
_ROLE_OF_A_PLACE = re.compile(
    r"\s*(?P<who>[Tt]he\s+(?:governor|mayor|head)\s+of\s+(?:an?|one)\s+(?:[a-z-]+\s+)?"
    r"(?:region|province|city|town|village|district|oblast)\s+(?:in|of)\s+"
    r"(?:(?:north|south|east|west|central|north-?east|south-?east|north-?west|south-?west)(?:ern)?\s+)?"
    r"(?P<country>[A-Z][\w’'-]+))\s*,?\s*"
)
# "a trade adviser to the Ukrainian president", "a senior aide to the prime minister".
_ADVISER_TO_TITLE = re.compile(
    r"\s*(?P<phrase>(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:adviser|advisor|aide)\s+to\s+the\s+(?:(?P<country>[A-Z][\w’'-]+)\s+)?"
    r"(?P<title>president|prime\s+minister|chancellor))\s*,?\s*"
)
# The adviser named next: "adviser Jane Roe", "Jane Roe, an adviser to ...".
_ADVISER_NAMED = re.compile(
    r"\b(?:[Aa]dviser|[Aa]dvisor|[Aa]ide)\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})"
    r"|(?P<name2>[A-Z][\w’'-]+\s+[A-Z][\w’'-]+),\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:adviser|advisor|aide)\b"
)
_ADVISER_REACH = 600  # how far after "an adviser to the president" the adviser may be named
_STAFF_TO = re.compile(
    r"\s*(?P<phrase>(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+(?:(?:senior|top|chief|close)\s+)?"
    r"(?:adviser|advisor|aide|spokesman|spokeswoman|spokesperson)\s+to\s+"
    r"(?:(?:President|Prime\s+Minister|Chancellor)\s+)?(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?))"
    r"\s*,?\s*"
)
_WITH_COUNTERPART = re.compile(
    r"\b(?:with|to|and)\s+(?:his|her|their|its)\s+(?:[A-Z][\w-]*\s+)?counterparts?$"
)
_OFFICE_FILLER = frozenset(words("the of a an for and"))
_COUNTRY_WORDS = COUNTRY_WORDS
_OFFICE = re.compile(
    r"(?:[Tt]he\s+)(?:(?:U\.S\.|US|UK|British|American|Russian|Ukrainian)\s+)?"
    r"(?:(?:secretary|minister|under\s+secretary)\s+of\s+(?:state|defen[cs]e|the\s+\w+)"
    r"|(?:defen[cs]e|foreign|home|state|treasury|interior)\s+(?:secretary|minister))"
)
_OFFICE = re.compile(rf"(?P<office>{_OFFICE.pattern})")


# Titles of one office each ("the chancellor", "the mayor"); "chief", "head", "leader" are not.
_OFFICE_TITLES = (
    frozenset(entries("role_titles"))
    - frozenset(entries("leading_roles"))
    - {
        "general",
        "adviser",
        "advisor",
        "aide",
    }
)
_LEADING = frozenset(entries("leading_roles"))
# "Secretary General", "Foreign Minister": a title's capitalised words, without an article.
_CAPITALISED_TITLE = re.compile(r"(?:[A-Z][a-z]+[\s-]){0,2}[A-Z][a-z]+")
_LATTER = re.compile(r"[Tt]he\s+(?P<which>latter|former)")
_THE_COUNTRYS = re.compile(r"(?i:the\s+)?(?i:country|nation)['’]s\s+")
_BODY_DETERMINER = re.compile(r"^(?:the|this|that|its|their)\s+", re.IGNORECASE)
_BODY_DESCRIPTIONS = mapping("body_descriptions")


_PERSON_ROLE_HEADS = PERSON_ROLES
# "the Kharkiv Oblast Military Administration", "the Odesa regional state administration".
_REGION_ADMINISTRATION = re.compile(
    r"(?:the\s+)?(?P<place>(?-i:[A-Z])[\w’'-]+)\s+(?:oblast|regional)\s+(?:military\s+|state\s+)?"
    r"administration",
    re.IGNORECASE,
)

# "the alliance's chief", "the agency's top official": the leader of a body named by its noun.
_BODYS_CHIEF = re.compile(
    rf"(?P<body>(?:the|its)\s+[a-z][\w-]*)['’]s\s+(?:top\s+)?"
    rf"(?P<role>{alternation(entries('leading_roles'))})",
    re.IGNORECASE,
)

# "the alliance leader", "the agency's chief" written without the possessive: a noun by which
# a body is referred back to (`data/organisation_heads.txt`), then its top office.
_NOUN_CHIEF = re.compile(
    rf"(?:the\s+)(?P<noun>{alternation(entries('organisation_heads'))})\s+(?:top\s+)?"
    rf"(?P<role>{alternation(entries('leading_roles'))})",
    re.IGNORECASE,
)

# "Ukraine's ambassador to the United Nations", "the EU's special envoy for Ukraine".
_ROLE_TO = re.compile(
    r"(?:(?:the|an?)\s+|(?-i:[A-Z])[\w.’'-]*['’]s\s+)?(?:[\w.-]+\s+){0,2}?"
    r"(?:ambassador|envoy|representative|consul|attach[eé])\s+(?:to|for|at|in)\s+\S.*",
    re.IGNORECASE,
)

# "the EU's foreign policy chief" is not the commander-in-chief just quoted: a leading word
# points back by itself only when the role holds the words before it.
_LEADING_HEADS = frozenset(("chief", "head", "leader", "boss", "commander"))


_QUALIFIERS = alternation(entries("role_qualifiers"))


def _another_office(phrase: str, stem: str, role: str) -> bool:
    """ "the minister" is not the "first deputy minister" just named: the gazetteer role holds
    the stem only behind a qualifier (data/role_qualifiers.txt) the phrase does not say."""
    if not role or re.search(rf"\b(?:{_QUALIFIERS})\b", phrase.lower()):
        return False
    behind = re.compile(rf"\b(?:{_QUALIFIERS})[\s-]+(?:[\w-]+\s+)?{re.escape(stem)}\b")
    bare = re.compile(rf"(?<!under )(?<!to )(?<!for )(?<!of )\b{re.escape(stem)}\b")
    return bool(behind.search(role)) and all(
        behind.search(role, max(0, m.start() - 40), m.end()) for m in bare.finditer(role)
    )


def _qualifiers_in(phrase: str, roles: str) -> bool:
    words_ = re.findall(r"[\w-]+", phrase.lower().replace("’", "'"))
    wanted = {w for w in words_[:-1] if w not in _DETERMINERS and w not in ("s", "top", "new")}
    wanted = {re.sub(r"'s$", "", w) for w in wanted}
    return wanted <= set(re.findall(r"[\w-]+", roles))


# Nouns of places: "the occupied region" is no one whose role is of a region.
_HEAD_OF_PLACE = re.compile(r"(?i)\b(?:governor|mayor|head)\s+of\b")
# "governor of Sevastopol": a city's governor (no region, oblast, province or krai named)
_CITY_GOVERNOR = re.compile(
    r"(?i)\bgovernor\s+of\s+(?!(?:[\w’'-]+\s+){0,3}(?:region|oblast|province|krai|governorate|state|county)\b)"
    r"(?:the\s+city\s+of\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s*(?:$|[,.;(])"
)
# "MoD", "DPR", "ISW": an abbreviation an article may define in brackets after a name.
_ACRONYM = re.compile(r"[A-Z](?:[A-Za-z]{0,5}[A-Z]|[A-Z]{1,6})")
# The titles of a city's head ("the city's mayor" is the governor of a city that has one).
_CITY_HEADS = ("mayor", "governor", "head")
_PLACE_HEADS = frozenset(("region", "oblast", "province", "city", "town", "village", "district"))

# "the governor of the Kharkiv region", "the Russian-appointed mayor of the city".
# "the Minister of Defense of Russia", "Minister of Foreign Affairs of Ruritania": a ministry's
# field between two "of"s (a translation's word order).
_MINISTER_OF_OF = re.compile(
    r"(?:[Tt]he\s+)?(?P<title>(?:(?:First\s+)?Deputy\s+)?Minister)\s+of\s+(?P<field>[A-Z][\w-]+"
    r"(?:\s+(?:and\s+)?[A-Z][\w-]+){0,2})\s+of\s+(?P<country>(?:the\s+)?[A-Z][\w-]+"
    r"(?:\s+[A-Z][\w-]+){0,2})"
)
# "the head of the Foreign Ministry", "the chief of the Defence Ministry": its minister; also
# a translation's description of the ministry ("the head of the defense department").
_HEAD_OF_MINISTRY = re.compile(
    r"(?:[Tt]he\s+)?(?:head|chief)\s+of\s+the\s+(?:(?P<field>Foreign|Defen[cs]e|Interior|Justice|"
    r"Finance|Economy|Health|Energy)\s+Ministry|(?P<dept>(?i:defen[cs]e|military|diplomatic|"
    r"foreign(?:\s+policy)?|interior))\s+(?i:department)"
    # ("the head of the Ukrainian Ministry of Foreign Affairs": a country's adjective, and the
    # ministry's full name)
    r"|(?:(?P<country>[A-Z][a-z]+)\s+)?Ministry\s+of\s+(?P<affairs>Foreign|Defen[cs]e|Internal|Interior)"
    r"(?:\s+Affairs)?)"
)
# The field of a ministry's description: "military department" -> the defence minister.
_DEPARTMENT_FIELDS = {
    "defense": "defen[cs]e",
    "defence": "defen[cs]e",
    "military": "defen[cs]e",
    "diplomatic": "foreign",
    "foreign policy": "foreign",
    "foreign": "foreign",
    "interior": "interior",
}
# "the head of the region", "the acting governor of the Kherson region": the regional head
# spoken of (Russian and occupation officials' usual description).
_REGION_HEAD = re.compile(
    r"(?:the\s+)?(?:(?:acting|interim|temporary|current)\s+)?(?:head|governor|leader|chief)\s+of\s+"
    # ("the head of Ukraine's Odesa region": the country's name before the region's)
    r"(?:the\s+|(?-i:[A-Z])[\w-]+['’]s\s+)(?:(?P<place>(?-i:[A-Z])[\w’'-]+)\s+)?"
    r"(?:region|oblast|republic|territory|krai|province)",
    re.IGNORECASE,
)
_GOVERNOR_OF = re.compile(
    r"(?:the\s+)?(?:[\w.’'-]+\s+){0,2}?(?:governor|mayor|gov\.)\s+of\s+(?P<place>\S.*)",
    re.IGNORECASE,
)

# "the head of the UN atomic agency", "the commander of the country's private army".
_CHIEF_OF = re.compile(
    rf"(?:the\s+)?(?:(?:new|current|then)\s+)?(?P<role>{alternation(entries('leading_roles'))})"
    r"\s+of\s+(?P<body>(?:the\s+)?\S.*)",
    re.IGNORECASE,
)

# "the head of state", "the Belarusian head of state", "Russia's head of government", "the
# head of state in Vilnius".
_HEAD_OF = re.compile(
    r"(?:(?:the|its|their)\s+)?(?:(?P<country>(?-i:[A-Z])[\w'’]*)\s+)?"
    r"(?:head|leader)\s+of\s+(?P<what>state|government)"
    r"(?:\s+in\s+(?P<capital>(?-i:[A-Z])[\w’'-]+))?",
    re.IGNORECASE,
)
# "the nationalist leader", "the veteran leader": a leader described by a word that names no
# country (`data/leader_epithets.txt`).
# An epithet before a nationality or another word of a role ("the authoritarian Belarusian
# leader"): not part of the office (data/leader_epithets.txt).
_EPITHETS_BEFORE = re.compile(
    rf"(?<=\b[Tt]he )(?:(?i:{alternation(entries('leader_epithets'))})\s+)+(?=[A-Za-z])"
)
_EPITHET_LEADER = re.compile(
    rf"[Tt]he\s+(?:(?i:{alternation(entries('leader_epithets'))})\s+){{1,2}}leader"
)
# "Hungarian Prime Minister", "Polish President": a country's leading office as a title.
_COUNTRY_LEADER_TITLE = re.compile(
    rf"\b(?:{'|'.join(re.escape(w.title()) for w in sorted(COUNTRY_WORDS) if w.isalpha())})\s+"
    r"(?:President|Prime\s+Minister|Chancellor)\b"
)
# "the head of diplomacy in Moscow", "the foreign minister in Kyiv": an office, then its place.
_OFFICE_IN_CAPITAL = re.compile(r"[Tt]he\s+(?:[a-z-]+\s+){1,4}in\s+(?-i:[A-Z])[\w'’-]+")
_HEAD_OF_STATE = re.compile(r"(?<!former )(?<!ex-)\b(?:president|king|queen|head of state)\b")
_HEAD_OF_GOVERNMENT = re.compile(
    r"(?<!former )(?<!ex-)\b(?:prime minister|premier|chancellor|head of government)\b"
)

# "the Ukrainian president is ...": a sentence opening with a country's office.
_OFFICE_SUBJECT = re.compile(
    rf"\s*[Tt]he\s+(?P<np>(?-i:[A-Z])[\w-]+\s+(?:[a-z-]+\s+)?(?:{alternation(sorted(PERSON_ROLES))}))"
    r"\s+(?:is|was|has|had|will|would|[a-z]+s|[a-z]+ed)\b"
)
_POSSESSIVE_OFFICE_SUBJECT = re.compile(
    rf"\s*(?P<np>(?-i:[A-Z])[\w-]+['’]s\s+(?:[a-z-]+\s+)?(?:{alternation(sorted(PERSON_ROLES))}))"
    r"\s+(?:is|was|has|had|will|would|[a-z]+s|[a-z]+ed)\b"
)
# A defence ministry's regular intelligence publication ("the latest intelligence update").
_INTELLIGENCE_UPDATE = re.compile(
    r"\bintelligence\s+(?:updates?|assessments?|briefings?|bulletins?)\b", re.IGNORECASE
)
# "... and the mayor [said]": "and" opening a clause with a described subject of its own.
_AND_A_SUBJECT = re.compile(
    r"\s+and\s+(?=(?:the|a|an|his|her|its|their)\s+(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*\s*$"
    # "Blasts rocked the city, and rescuers said": a bare plural group, no determiner
    rf"|(?:[a-z][\w’'-]*\s+)?(?:{GROUP_NOUNS})\s*$)"
)
_FINITE = re.compile(r"\b(?:[a-z]{3,}ed|was|were|is|are|has|had|will)\b")
# "... and once again [called]": a verb joined to the one before it, with no subject of its own.
_JOINED_VERB = re.compile(
    r"(?:\s+|\s*,\s*)(?:and|but)(?:\s+(?:also|then|later|further|again|once\s+again|repeatedly|"
    r"\w+ly))?\s*$"
)
_REPORT_WORD = re.compile(r"\b(?:said|says|told|tells|added|noted|stated)\b")
# "met the envoy", "did not elaborate", "declined to comment": a finite verb opening a predicate.
FIRST_PREDICATE = re.compile(
    rf"\s(?:[a-z]{{3,}}ed|{alternation(IRREGULAR_PASTS)}|did|does|has|have|had|was|were|is|are|"
    r"will|would|could|can)\s+(?=(?:not|to|the|a|an|his|her|its|their|on|in|for|with|no|any|"
    # ("has amassed more than 1,000 troops", "deployed 40 jets": a perfect, a number)
    rf"more|(?:[a-z]{{3,}}ed|{alternation(IRREGULAR_PASTS)})\s+(?:more|\d)|\d[\d,.]*)\s)"
)
# "in a report on Jane Roe's comments to reporters": whose words an outlet's report gives.
_RELAYED_WORDS = re.compile(
    r"\s+(?:on\s+\w+\s+)?in\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:report|story|article|account|summary|dispatch|readout|broadcast)\s+(?:on|of|about)\s+"
    r"(?P<who>(?:the\s+)?(?:[\w.-]+\s+){0,3}?[\w.-]+)'s?\s+(?:[\w-]+\s+)?"
    r"(?:comments|remarks|words|statement|statements|speech|address|call|message|interview)\b"
)
# "the two ministers", "both leaders": several people counted.
_COUNTED = re.compile(r"(?i)\b(?:two|three|four|five|both|several)\s")
# "the official", "the administrative officer": a person in office, described by nothing more.
_THE_OFFICIAL = re.compile(r"[Tt]he\s+(?:[a-z]+\s+)?(?:official|officer)")
# "the mayor", "the regional governor": the role of a place, which a sentence may name before.
_PLACE_ROLE = re.compile(r"[Tt]he\s+(?:(?:local|regional|city)\s+)?(?:mayor|governor)")
_DEFINITE_ROLE = re.compile(
    # (in capitals too: "The Deputy Minister stressed")
    rf"[Tt]he\s+(?:(?i:{alternation(entries('role_modifiers'))})\s+)?(?i:{'|'.join(_PERSON_ROLE_HEADS)})"
)


# "Lithuanian president", "Ukrainian foreign minister": a country word, then an office.
_REGIONAL_ROLE = re.compile(r"[A-Z][\w’'-]+\s+(?:regional|region's|oblast)\s+(?:governor|head)")
_BARE_ROLE = re.compile(
    r"(?:(?:his|her|their|its)\s+)?"
    r"(?P<np>(?P<country>(?-i:[A-Z])[\w.’'-]+)(?:\s+[\w-]+){0,2}?\s+(?P<role>[\w-]+))",
    re.IGNORECASE,
)


_GROUP_LEAD = re.compile(
    r"^(?:(?:but|and|yet|so|also|however|meanwhile|still|a|an|another|one|the|two|three|four|five|several|some|many|other|senior|top|high-ranking|"
    r"unnamed|anonymous|current|number|group|of|\d+),?\s+)+",
    re.IGNORECASE,
)


# A time before a subject: "In May", "On Sunday", "Last week", "Earlier this month".
_LEADING_WHEN = re.compile(
    rf"^(?:(?:in|on|since|by|last|this|earlier|later|late|early|until)\s+)+(?:(?:this|last|that)\s+)?"
    rf"(?:{MONTH_RE}|{WEEKDAY_RE}|\d{{4}}|week|month|year|weekend|morning|evening|night)"
    rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?,?\s+",
    re.IGNORECASE,
)
_UNNAMED_SOURCE = re.compile(
    rf"\b(?:{alternation(SOURCE_NOUNS)}|adviser|advisor|representative|spokes(?:man|woman|person))$"
)
_INDEFINITE = re.compile(r"\s*(?:an?|another|one)\s", re.IGNORECASE)


# Where unnamed sources sit, and the adjective that names them ("officials in Kyiv").
_PLACE_ADJECTIVE = PLACE_ADJECTIVES
_GROUP_AT_PLACE = re.compile(
    rf"(?P<noun>(?i:(?:[a-z]+\s+)?(?:{GROUP_NOUNS}|official|source|diplomat)))\s+(?:in|from)\s+"
    r"(?P<place>(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)$"
)
# Bodies of one country that need the country said ("a State Department official").
_NATIONAL_BODIES = re.compile(r"^(?:State\s+Department|Pentagon|White\s+House|Treasury)\b")


_GROUP_NOUN_AT_END = re.compile(rf"\b(?:{GROUP_NOUNS})$", re.IGNORECASE)  # "... state TV"


@functools.lru_cache(maxsize=1024)
def _bodies_named(index: ActorIndex, needle: str) -> tuple:
    """The gazetteer bodies with a country whose name or an alias holds `needle` as words
    (read once per gazetteer and needle)."""
    pattern = re.compile(rf"\b{re.escape(needle)}\b")
    return tuple(
        e
        for e in index.entries.values()
        if e.kind == ORGANISATION
        and e.affiliation
        and any(pattern.search(f.lower()) for f in (e.name, *e.aliases))
    )


def group_name(mention: str) -> str | None:
    """A descriptive name for unnamed sources: "Two senior U.S. officials" -> "US officials",
    "officials in Kyiv" -> "Ukrainian officials", "a senior State Department official" ->
    "US State Department official".

    A bare "officials", or a group that names no one side ("officials on both sides"): None."""
    phrase = re.sub(r"\b([A-Z])\.([A-Z])\.", r"\1\2", mention.strip(" \t-–—•*·"))
    phrase = _LEADING_WHEN.sub("", phrase)  # "In May Ukrainian officials" -> "Ukrainian officials"
    phrase = _GROUP_LEAD.sub("", phrase).strip(" ,")
    # "United States officials", "U. S. officials": "US officials"
    phrase = re.sub(r"^(?:United\s+States|U\.\s+S\.)(?=\s)", "US", phrase)
    at_place = _GROUP_AT_PLACE.search(phrase)
    if at_place and at_place.start() == 0:
        place = at_place.group("place")
        noun = at_place.group("noun")
        if len(noun.split()) > 1 and country_of(noun.split()[0]) is not None:
            # "Ukrainian officials in Zaporizhzhia": the side the group names itself
            return noun
        noun = noun[0].lower() + noun[1:]
        adjective = _PLACE_ADJECTIVE.get(place.lower())
        if adjective is None:
            # "Officials in Odesa" -> "Odesa officials": a place not on the list names its own.
            if place.lower().startswith("the ") or not GROUP_NOUN_RE.fullmatch(noun.split()[-1]):
                return None
            return f"{place} {noun}"
        phrase = f"{adjective} {noun}"
    if len(phrase.split()) < 2 or len(phrase.split()) > 5:
        return None
    if re.match(r"(?i:his|her|its|their)\s", phrase):
        return None  # "his spokesman": someone's, whom the pronoun names, not a group
    if re.match(r"[\w.-]+['’]s\s", phrase) and not phrase.endswith("s"):
        return None  # "China's top diplomat": one office, its holder unknown, not a group
    if not (GROUP_NOUN_RE.search(phrase) or _UNNAMED_SOURCE.search(phrase)):
        return None
    if not (_GROUP_NOUN_AT_END.search(phrase) or _UNNAMED_SOURCE.search(phrase)):
        return None  # the noun must end the phrase: "officials on both sides" names no side
    if _NATIONAL_BODIES.match(phrase):
        phrase = f"US {phrase}"
    # "regional Ukrainian governors" -> "Ukrainian regional governors": the side first.
    phrase = _LEVEL_THEN_SIDE.sub(lambda m: f"{m.group(2)} {m.group(1).lower()} ", phrase)
    return phrase[0].upper() + phrase[1:]


_LEVEL_THEN_SIDE = re.compile(r"^((?i:regional|local|provincial|municipal))\s+([A-Z][\w-]+)\s")


def _last_word(text: str, form: str) -> int:
    """Where `form` last stands as whole words in `text`, or -1."""
    at = len(text)
    while (at := text.rfind(form, 0, at)) >= 0:
        end = at + len(form)
        if (at == 0 or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            return at
    return -1


def could_be_a_speaker(mention: str) -> bool:
    """An unresolved subject that can still be a speaker: a name, a role or a group of people
    ("Regional officials", "the deputy minister"), not a thing ("the first such gain")."""
    words_ = mention.split()
    if not words_:
        return False
    # The head noun ends the phrase, or stands before its first "of" ("the head of the
    # regional administration", "the press service of the ministry") or other preposition
    # ("the Examplian ambassador to London", "a researcher at the institute").
    before_of = re.split(r"\s(?:of|for|at|in|from|to(?=\s[A-Z]))\s", mention, maxsplit=1)[0].split()
    heads = {re.sub(r"\W+$", "", w[-1]).lower() for w in (words_, before_of) if w}
    return (
        mention.strip()[:1].isupper()
        or any(
            head in _PERSON_ROLE_HEADS
            or head.rstrip("s") in _PERSON_ROLE_HEADS
            or head in _ORG_HEADS
            or head in _STATE_HEADS
            for head in heads
        )
        # "one Ukrainian-American", "two Ukrainians": people named by where they are from (a
        # number or article before the noun; not "talks would involve Russian demands")
        or (
            bool(_COUNTED_PEOPLE.fullmatch(mention.strip()))
            and words_[-1].split("-")[-1].lower().rstrip("s") in _DEMONYM_NOUNS
        )
        or bool(GROUP_NOUN_RE.search(mention))
    )


# "AP News", "Sky TV": a word that closes a known outlet's name.
_OUTLET_TAIL = frozenset(("news", "tv", "radio", "online", "television"))


# What joins names of a joint subject: ", ", " and ", ", and " (with "the" before a name).
_JOINING = re.compile(r"(?:,\s+|,?\s+and\s+)(?:the\s+)?")
_JOINING_AND = re.compile(r",?\s+and\s+(?:the\s+)?")
_ACRONYM_RE = re.compile(r"[A-Z]{2,6}")


def _outlets_joined(mentions: list[Mention], index: ActorIndex) -> list[Mention]:
    """A known outlet followed by "News" or "TV" the gazetteer does not hold ("AP News"): one
    mention of that outlet, not a new actor called "News"."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not m.known
            and m.surface.lower() in _OUTLET_TAIL
            and prev.known
            and index.kind_of(prev.actor or "") == MEDIA
            and m.start - prev.end == 1
        ):
            out[-1] = Mention(
                prev.start, m.end, f"{prev.surface} {m.surface}", prev.actor, MEDIA, True
            )
            continue
        if (
            prev is not None
            and " " not in m.surface
            and m.surface[:1].isupper()
            and prev.known
            and _ACRONYM_RE.fullmatch(prev.surface)
            and index.kind_of(prev.actor or "") == MEDIA
            and m.start - prev.end == 1
        ):
            # "CNN Turk", "RTL Nieuws": an outlet's edition, not the person "Türk"
            surface = f"{prev.surface} {m.surface}"
            known = index.forms.get(surface)
            out[-1] = Mention(
                prev.start, m.end, surface, known or surface, MEDIA, known is not None
            )
            continue
        out.append(m)
    return out


def _prefer_person(candidates, discourse: Discourse):
    """The name nearest the verb, people before institutions ("Kremlin spokesman Dmitry Peskov")."""
    people = [
        c
        for c in candidates
        if isinstance(c[2], str)
        or (
            c[2].actor
            # a name the text alone gives is of the kind its words tell ("TV" is no person)
            and (discourse.kind_of(c[2].actor) if c[2].known else c[2].kind) == PERSON
        )
    ]
    return (people or candidates)[-1]


_GENDER_WORDS = mapping("gender_words")
_WORDS_OF = {g: alternation([w for w, x in _GENDER_WORDS.items() if x == g]) for g in "fm"}
# A gender the words around a name tell ("Ms X", "X, a spokeswoman"; "she" and "her" too).
_FEMALE_WORDS = re.compile(rf"\b(?:{_WORDS_OF['f']}|she|her)\b\.?", re.IGNORECASE)
_MALE_WORDS = re.compile(rf"\b(?:{_WORDS_OF['m']})\b\.?", re.IGNORECASE)
# Nouns that introduce an unnamed woman or man ("a woman in the crowd", "her husband"), whom a
# pronoun after them may stand for.
_GENDER_NOUNS = {g: re.compile(rf"\b(?:{words})\b") for g, words in _WORDS_OF.items()}


def _gender_in_context(text: str, a: int, b: int, m: Mention) -> str | None:
    """A gender the words right around a name tell ("Ms X", "X, a spokeswoman for ...")."""
    before = text[max(a, m.start - 25) : m.start]
    # Only the words of the name's own phrase: "injured a woman, Anna X, the governor": the
    # "woman" before the comma is another person.
    before = re.split(r"[,;:()\n]|(?<=[a-z]{3})\.\s", before)[-1]
    after = text[m.end : min(b, m.end + 60)].split(",")
    apposition = after[1] if len(after) > 1 and not after[0].strip() else ""
    window = f"{before} {m.surface} {apposition}"
    female = _FEMALE_WORDS.search(window)
    male = _MALE_WORDS.search(window)
    if female and not male:
        return "f"
    if male and not female:
        return "m"
    return None


_PLAIN_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?")


def _coordinated_people(m: Mention, index: ActorIndex) -> list[Mention]:
    """The two people of a run that joins two full names by "and" ("Jane Roe and John Doe
    started a fund"): each side two or three plain name words that no country, place or body
    word makes a group ("North Korea and South Korea" is none), so that a later "Roe said" is
    her."""
    left, sep, right = m.surface.partition(" and ")
    if not sep or " and " in right:
        return []
    out = []
    for side, at in ((left, m.start), (right, m.start + len(left) + len(sep))):
        tokens = side.split()
        if not 2 <= len(tokens) <= 3 or not all(_PLAIN_NAME_WORD.fullmatch(t) for t in tokens):
            return []
        if any(t.lower() in COUNTRY_WORDS or t in CITIES for t in tokens):
            return []
        if guess_kind(side) != PERSON or index.lookup(side):
            return []
        out.append(Mention(at, at + len(side), side, side, PERSON, False))
    return out


def _short_forms(tokens: list[str]) -> list[str]:
    """How a full name is shortened later: the surname, or for an East Asian name written
    family name first ("Wang Yi", "Kim Jong Un") the first token."""
    tokens = [t.strip(".,") for t in tokens]
    if tokens[0].lower() in _EAST_ASIAN_SURNAMES and len(tokens) <= 3:
        return [tokens[0]]
    if len(tokens) == 2 and _HYPHENED_GIVEN_NAME.fullmatch(tokens[1]):
        # "Chiu Kuo-cheng", "Lai Ching-te": a hyphened given name after the family name
        return [tokens[0]]
    forms = [tokens[-1]]
    particles = {"von", "van", "der", "de", "da", "al", "bin", "el", "le", "la", "di", "del"}
    if len(tokens) >= 3 and tokens[-2].lower() in particles:
        forms.append(" ".join(tokens[-2:]))  # "von der Leyen"
    return forms


_EAST_ASIAN_SURNAMES = frozenset(entries("east_asian_surnames"))
# A romanised Chinese or Korean given name: "Kuo-cheng", "Ing-wen", "Jae-in".
_HYPHENED_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")
_FEMALE_NAMES = frozenset(fold(n) for n in entries("female_names"))


_ROLE_SAYS_SHE = re.compile(r"\b(?:spokeswoman|chairwoman|businesswoman|she|her)\b")


def _role_holds(role: str, stem: str) -> bool:
    """Whether a gazetteer role holds the title `stem` ("minister" not in "Prime Minister")."""
    role = role.lower()
    if stem == "minister":
        role = _PRIME_MINISTER.sub("", role)
    return bool(re.search(rf"\b{re.escape(stem)}", role))


def _gender(name: str, index: ActorIndex) -> str:
    role = index.role_text(name)
    if _ROLE_SAYS_SHE.search(role):
        return "f"
    tokens = name.split()
    first = fold(tokens[0])  # "Agnès" is "agnes"
    if len(tokens) >= 2 and first in _EAST_ASIAN_SURNAMES:
        return "?"  # the given name comes second and tells an English reader little
    if (len(tokens) >= 2 or first in index.given_words) and (
        first in _FEMALE_NAMES or (first.endswith("a") and first not in _MALE_A_NAMES)
    ):
        return "f"  # (a name of one word only when it is a given name: "Olena")
    if len(tokens) == 1 and first not in index.given_words:
        # "Angelina", "Kruger": a first name, a surname or a nickname the lists do not know;
        # its ending may tell ("Alisa"), else it tells nothing
        return "f" if first.endswith("a") and first not in _MALE_A_NAMES else "?"
    return "m"


def _possessive(text: str, end: int) -> bool:
    return bool(re.match(r"['’]s?\b|['’](?=\s)", text[end : end + 2]))


# The end of a chunk that is a body's capitalised name ("... the Main Directorate of
# Intelligence (HUR)"), not a person's description ("the head of the German Council (DGAP)").
_BODY_NAME_BEFORE_PAREN = re.compile(
    r"\s*(?:[Aa]ccording\s+to\s+)?(?:[Tt]he\s+)?[A-Z][\w’'-]*"
    r"(?:\s+(?:[A-Z][\w’'-]*|of|for|and|on|the))*\s+[A-Z][\w’'-]*\s*"
)
_ACRONYM_WORD = re.compile(r"[A-Z][A-Za-z]{1,6}")


def _chunks(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Split text[a:b] at commas and parentheses outside quotations."""
    out = []
    s = a
    for m in re.finditer(r"[,()]|\s[–—]\s", text[a:b]):
        out.append((s, a + m.start()))
        s = a + m.end()
    out.append((s, b))
    return out


def _is_date_only(text: str, a: int, b: int) -> bool:
    chunk = text[a:b].strip()
    if not chunk:
        return True
    covered = sum(d.end - d.start for d in find_dates(text, a, b))
    return covered > 0 and covered >= len(chunk) - 4


# A described group and where it is: "Russian-installed officials in the occupied X region".
_GROUP_IN_PLACE = re.compile(
    rf"\s*(?P<group>(?:[\w’'-]+\s+){{1,2}}(?i:{GROUP_NOUNS}))\s+(?:in|from|at)\s+\S"
)
# The side a group's modifier tells: "Moscow-appointed", "Russian-installed", "Ukrainian" (the
# adjectives of the places data/place_adjectives.txt gives a side).
_SIDE_MODIFIER = re.compile(
    r"-(?:appointed|installed|backed|controlled|imposed|led)\b"
    rf"|^\s*(?:[Pp]ro-)?(?:{alternation(sorted(set(PLACE_ADJECTIVES.values())))})\b"
)
_GROUP_OF_PLACE = re.compile(
    rf"(?P<noun>{GROUP_NOUNS})\s+(?:of|in|from)\s+(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)",
    re.IGNORECASE,
)


# "the mayor of Examplia's front line city of Kharkiv": a role of a place named after a
# description too long for `_DESCRIPTION`.
_ROLE_OF_DESCRIBED_PLACE = re.compile(
    r"(?:[Tt]he\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:city|town|village|port)\s+of\s+[A-Z][\w'’-]+"
)
# A person described, then named by a call sign or code name only ("another soldier, codenamed
# Hawk,", "a soldier who goes by the call sign "Wolf"", "an officer with the call sign Bison").
_CALL_SIGN = re.compile(
    r"(?:\b(?:code-?named|nicknamed)|\bcall[- ]?sign(?:ed)?|\bnom\s+de\s+guerre"
    r"|\b(?:goes|went|going)\s+by\s+(?:the\s+)?(?:name|nickname)"
    # ("a soldier who identified himself only by his nickname, Kruger")
    r"|\bidentified\s+(?:himself|herself|themselves)\s+(?:only\s+)?"
    r"(?:by\s+(?:his|her|their)\s+(?:nickname|first\s+name|call[- ]?sign)|as))"
    r"\s*,?\s+[“\"‘]?(?P<name>[A-Z][\w’'-]*[\w-](?:\s+[A-Z][\w’'-]*[\w-])?)[”\"’]?"
)
# 'A drone unit sergeant, “Dzhokhar” told': a one-word call sign in quotation marks, right
# before the verb, after a person's description and its comma.
_QUOTED_NAME_SUBJECT = re.compile(
    r"[a-z\d],\s+[“\"‘](?P<name>[A-Z][a-z’'-]{2,})[,]?[”\"’],?\s+(?:also\s+|later\s+)?$"
)
# "A third soldier, nicknamed Hawk, has held ...": a person by call sign opening a sentence.
_SIGNED_SUBJECT = re.compile(
    r"\s*(?:[A-Z][a-z]*\s+){1,2}(?:[a-z-]+\s+)?(?:soldier|fighter|commander|officer|serviceman|"
    r"servicewoman|medic|volunteer|marine|paratrooper|sniper|gunner|pilot|scout)\s*,\s*"
    r"(?:code-?named|nicknamed|call[- ]?signed|known\s+as)\s+[“\"‘']?(?P<name>[A-Z][\w’'-]+)[”\"’']?"
    r"[^,]{0,40},\s+(?:has|had|is|was|who|said|says|told)\b"
)
# After the call sign, before the verb: its comma, an adverb or a day only.
_CALL_SIGN_END = re.compile(
    r"[\s,”\"’]*(?:(?:also|later|then|earlier|(?:on\s+)?[A-Z][a-z]+day"
    # "nicknamed Hawk to protect his identity, said"
    r"|(?:to\s+(?:protect|hide|conceal)\s+(?:his|her|their)\s+identity|for\s+(?:security|safety)\s+reasons))"
    r"[\s,]*)*"
)
# Ranks and titles left before a new person's given name and surname.
# (and a nationality: "Moldovan Alex Bonjoca" is Alex Bonjoca)
_NAME_RANKS = TITLES | {"officer"} | _DEMONYM_NOUNS | _ADJECTIVES_OF_PLACES


def new_actor_name(name: str, kind: str | None) -> str:
    """How a speaker the gazetteer does not know is named: dots out of all-caps acronyms
    ("U.A.E. Foreign Ministry" -> "UAE Foreign Ministry"), no rank before a person's given name
    and surname ("Officer Jeff Lamer" -> "Jeff Lamer"; a rank before a given name alone goes in
    `Discourse.mentions`), a group by its place first ("Residents of Kherson" -> "Kherson
    residents")."""
    name = re.sub(r"\b((?:[A-Z]\.){2,})", lambda m: m.group(1).replace(".", ""), name)
    tokens = name.split()
    while kind == PERSON and len(tokens) > 2 and tokens[0].lower().rstrip(".") in _NAME_RANKS:
        tokens = tokens[1:]  # "Officer Jeff Lamer" (of "US Army Officer ..."): the name
    name = " ".join(tokens)
    group = _GROUP_OF_PLACE.fullmatch(name)
    if kind == GROUP and group and group.group("place")[:1].isupper():
        return f"{group.group('place')} {group.group('noun').lower()}"
    return name
