"""Offices: a role named instead of a person ("Ukraine's top diplomat", "the head of Ukrainian
intelligence") resolved to whoever held that office at the article's date.

Input: the role phrase, the actor index and the article's date. Output: a canonical actor name,
or None when the phrase names no country, no office in `data/offices.txt`, or no single holder.
Tenures are read from the gazetteer's descriptions and roles ("from March 2020 to September
2024", "since August 2020", "(2021–2025)").
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from .actors import ORGANISATION, PERSON, ActorIndex
from .vocabulary import (
    BODY_QUALIFIERS,
    MONTH_NAME_RE,
    PERSON_ROLES,
    UNNAMED_PEOPLE,
    alternation,
    entries,
    mapping,
)

_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH = MONTH_NAME_RE
# "from March 2020 to September 2024", "from 2019 to 2024", "from September to October 2022"
# (the first year is the second's).
_FROM_TO = re.compile(
    rf"\bfrom\s+(?:(?P<m1>{_MONTH})\s+(?=\d|(?:to|until)\s+{_MONTH}\s+\d))?(?P<y1>\d{{4}}\s+)?"
    rf"(?:to|until)\s+(?:(?P<m2>{_MONTH})\s+)?(?P<y2>\d{{4}})",
    re.IGNORECASE,
)
_SINCE = re.compile(rf"\bsince\s+(?:(?P<m>{_MONTH})\s+)?(?P<y>\d{{4}})", re.IGNORECASE)
_GOVERNMENT_LED = frozenset(entries("government_led_states"))
_YEARS = re.compile(r"\(?(?P<y1>\d{4})\s*[–-]\s*(?P<y2>\d{4})\)?")


@functools.cache
def _countries() -> dict[str, str]:
    """word -> affiliation ("ukraine's" -> "Ukraine")."""
    out = {}
    for affiliation, words_ in mapping("countries").items():
        for word in words_.split():
            out[word.replace("_", " ")] = affiliation
    return out


@functools.cache
def _offices() -> list[tuple[re.Pattern[str], str]]:
    table = mapping("offices")
    return [
        (re.compile(rf"\b{re.escape(phrase)}\b"), office)
        for phrase, office in sorted(table.items(), key=lambda kv: -len(kv[0]))
    ]


def canonical_office(text: str) -> str:
    """`text` lower case with every way of naming an office written as the office
    (`data/offices.txt`: "PM" -> "prime minister", "top diplomat" -> "foreign minister")."""
    return _canonical(text)


@functools.lru_cache(maxsize=8192)
def _canonical(text: str) -> str:
    low = " ".join(text.lower().replace("’", "'").split())
    for pattern, office in _offices():
        low = pattern.sub(office, low)
    return low


# "... of Ukraine", "... of the United States": an office of the country named after it.
_OF_COUNTRY = re.compile(r"(?=\s+of\s+(?:the\s+)?(?P<country>[a-z][a-z .-]*[a-z])$)")
_AFFILIATIONS = {affiliation.lower(): affiliation for affiliation in mapping("countries")}


@functools.lru_cache(maxsize=4096)
def _country_of(phrase: str) -> tuple[str | None, str]:
    """The affiliation a phrase names and the phrase without it."""
    low = " ".join(phrase.lower().replace("’", "'").split())
    for of in _OF_COUNTRY.finditer(low):
        # (the last "of" first: "the minister of foreign affairs of ukraine")
        if affiliation := _AFFILIATIONS.get(of["country"]):
            return affiliation, low[: of.start()].strip()  # "the president of ukraine"
    for word, affiliation in sorted(_countries().items(), key=lambda kv: -len(kv[0])):
        pattern = rf"(?<![\w.]){re.escape(word)}(?![\w'])"
        if re.search(pattern, low):
            return affiliation, " ".join(re.sub(pattern, " ", low).split())
    return None, low


def without_country(phrase: str) -> str:
    """The phrase, lower-cased, without the country it names ("Ukraine's state emergency
    service" -> "state emergency service")."""
    return _country_of(phrase)[1]


def country_of(phrase: str) -> str | None:
    """The affiliation a phrase names ("the US president" -> "United States"), if any."""
    return _country_of(phrase)[0]


def _month_date(month: str | None, year: str, *, first: bool) -> dt.date:
    y = int(year)
    if not month:
        return dt.date(y, 1, 1) if first else dt.date(y, 12, 31)
    n = _MONTHS.index(month.lower()[:3]) + 1
    if first:
        return dt.date(y, n, 1)
    return dt.date(y + (n == 12), n % 12 + 1, 1) - dt.timedelta(days=1)


def _office_at(canonical: str, office: str) -> re.Match | None:
    """The office itself, not a deputy's, a former holder's or an aide's ("deputy foreign
    minister", "under secretary of state", "aide to the president", "adviser to President X",
    "the president's envoy", "president pro tempore")."""
    return re.search(
        rf"(?<!deputy )(?<!vice )(?<!former )(?<!ex-)(?<!under )(?<!assistant )"
        rf"(?<!of the )(?<!to the )(?<!for the )(?<!to )"
        # ("president pro tempore of the Senate": another office)
        rf"\b{re.escape(office)}\b(?!['’]s)(?!\s+pro\s+tempore)",
        canonical,
    )


def _segment(text: str, start: int) -> str:
    """text[start:] up to the next comma or stop outside brackets."""
    depth = 0
    for i in range(start, len(text)):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and (
            ch in ",;" or (ch == "." and (i + 1 == len(text) or text[i + 1] == " "))
        ):
            return text[start:i]
    return text[start:]


_NEVER = re.compile(r"(?!)")
_THEN = re.compile(r"\bthen\s+(?:the\s+)?$")


def _other_offices() -> dict[str, re.Pattern[str]]:
    offices = set(mapping("offices").values()) | {"president", "prime minister"}
    return {
        office: re.compile(
            r"\b(?:" + "|".join(re.escape(o) for o in sorted(offices - {office})) + r")\b"
        )
        for office in offices
    }


_OTHER_OFFICE = _other_offices()


def _held(text: str, office: str, when: dt.date) -> bool | None:
    """Whether `text` (a role or description) says its subject held `office` on `when`: True,
    False, or None when it does not name the office. The dates that follow the office up to the
    next comma outside brackets are its tenures ("President of Russia (2000–2008, since
    2012)"); none there means it is held."""
    canonical = _canonical(text)
    at = _office_at(canonical, office)
    if at is None:
        return None
    tail = _segment(canonical, at.end())
    # "Defence minister (prime minister 2020–2025)": dates after another office are its own.
    if other := _OTHER_OFFICE.get(office, _NEVER).search(tail):
        tail = tail[: other.start()]
    if _THEN.search(canonical, 0, at.start()) and (
        ended := list(_FROM_TO.finditer(canonical, 0, at.start()))
    ):
        # "Prime minister from March 2020 to July 2025, then defence minister": since then.
        last = ended[-1]
        return _month_date(last["m2"], last["y2"], first=True) <= when
    verdicts = []
    for m in _FROM_TO.finditer(tail):
        since = _month_date(m["m1"], (m["y1"] or m["y2"]).strip(), first=True)
        verdicts.append(since <= when <= _month_date(m["m2"], m["y2"], first=False))
    if not verdicts:
        verdicts += [int(m["y1"]) <= when.year <= int(m["y2"]) for m in _YEARS.finditer(tail)]
    verdicts += [_month_date(m["m"], m["y"], first=True) <= when for m in _SINCE.finditer(tail)]
    return any(verdicts) if verdicts else True


def _war_days() -> list[dt.date]:
    """Days to ask who held an office when an article's date is unknown: each half-year from
    the full-scale invasion to today."""
    today, day, days = dt.date.today(), dt.date(2022, 2, 24), []
    while day <= today:
        days.append(day)
        day = day.replace(year=day.year + (day.month > 6), month=(day.month + 6 - 1) % 12 + 1)
    return days


def _held_for_country(of_country: re.Pattern[str], description: str, office, when) -> bool:
    """Whether a description gives the office of the country with its tenure, covering `when`
    ("Prime minister of Estonia (2021–2024)"; without years it says nothing of the date)."""
    canonical = _canonical(description)
    if (at := of_country.search(canonical)) is None:
        return False
    tail = _segment(canonical, at.end())
    if not any(p.search(tail) for p in (_YEARS, _FROM_TO, _SINCE)):
        return False
    return bool(_held(description, office, when))


# The offices that lead a country, in the order "the X leader" is read (head of state first).
LEADING_OFFICES = ("president", "prime minister", "chancellor")


# "Russia's senior diplomat": a possessive country, then a description of one of its offices.
_POSSESSED = re.compile(r"(?:the\s+)?(?P<country>[a-z.]+(?:\s[a-z.]+)?'s)\s+(?P<rest>.+)")
# "the head of diplomacy in Moscow": an office placed by its country's capital (or name).
_IN_PLACE = re.compile(r"(?:the\s+)?(?P<rest>.+?)\s+in\s+(?P<place>[a-z][a-z .-]*[a-z])")


_HEAD_OF_GOVERNMENT = re.compile(r"(?:the\s+)?head\s+of\s+the\s+(?P<country>[a-z]+)\s+government")


def _office_phrase(phrase: str) -> str:
    """The phrase with its country written as a possessive where only that form names an
    office: "Russia's senior diplomat" -> "russia's foreign minister"
    (`data/possessive_offices.txt`), "the head of diplomacy in Moscow" -> "moscow's head of
    diplomacy"."""
    low = " ".join(phrase.lower().replace("’", "'").split())
    if (m := _HEAD_OF_GOVERNMENT.fullmatch(low)) and m["country"] in _countries():
        # "the head of the Slovak government": the Slovak head of government
        return f"{m['country']} head of government"
    if (m := _POSSESSED.fullmatch(low)) and m["country"] in _countries():
        if office := mapping("possessive_offices").get(m["rest"]):
            return f"{m['country']} {office}"
        return phrase
    if (
        (m := _IN_PLACE.fullmatch(low))
        and f"{m['place']}'s" in _countries()
        and _country_of(m["rest"])[0] is None
    ):
        return f"{m['place']}'s {m['rest']}"
    return phrase


def office_holder(
    phrase: str, index: ActorIndex, when: dt.date | None, named: frozenset[str] = frozenset()
) -> str | None:
    """Who held the office `phrase` names in the country it names, on `when`. With no date,
    the one person who held it throughout the full-scale war, if one did ("Ukraine's
    president" on an undated page; not "the US president"), else the one of its holders the
    article names (`named`)."""
    phrase = _office_phrase(phrase)
    if when is None:
        holders = set(_wartime_holders(phrase, index))
        if len(holders) > 1 and len(holders & named) == 1:
            return next(iter(holders & named))  # "The Polish president said ... Duda added"
        return holders.pop() if len(holders) == 1 else None
    if re.match(r"(?i)(?:an?|one|another)\s", phrase.strip()):
        # "a senior Russian diplomat", "a top Ukrainian general": one of many, no office's holder
        return None
    affiliation, rest = _country_of(phrase)
    if affiliation is None:
        return None
    rest = re.sub(r"^(?:the|a|an)\s+", "", rest)
    if rest == "leader":
        # "the Russian leader", "the German leader": the head of state, else of government
        # (a prime minister or a chancellor), at that date.
        # Where the president is ceremonial (`data/government_led_states.txt`), the head of
        # government first ("the Italian leader": the prime minister).
        country = phrase[: len(phrase) - len("leader")]
        offices = LEADING_OFFICES
        if affiliation in _GOVERNMENT_LED:
            offices = ("prime minister", "chancellor", "president")
        for office in offices:
            if holder := office_holder(f"{country}{office}", index, when):
                return holder
        return None
    office = _canonical(rest)
    if office not in set(mapping("offices").values()):
        return None
    holders = set()
    # "Prime minister of Estonia (2021–2024)" in the description of someone who now speaks
    # for another body: the office of that country, held for the years given.
    of_country = re.compile(
        rf"\b{re.escape(office)}\s+of\s+(?:the\s+)?{re.escape(affiliation.lower())}\b"
    )
    for entry in index.entries.values():
        if entry.kind != PERSON:
            continue
        if entry.affiliation != affiliation:
            if _held_for_country(of_country, entry.description, office, when):
                holders.add(entry.name)
            continue
        verdicts = [
            v
            for v in (_held(entry.description, office, when), _held(entry.role, office, when))
            if v is not None
        ]
        if verdicts and verdicts[0]:
            holders.add(entry.name)
    holder = _one_holder(holders, index, when)
    if named and holder not in named and _names_the_office(named, index, affiliation, office):
        # "The Prime Minister of X, <name>, ..." then "the X prime minister said": the office's
        # holder the article itself named, when the page's date gives another (a later viewing
        # date, an estimate) and only one of the office's wartime holders is named.
        wartime = _wartime_holders(phrase, index) & named
        if len(wartime) == 1:
            return next(iter(wartime))
    return holder


def leads_a_country(role: str, when: dt.date | None) -> bool:
    """Whether a gazetteer role gives its holder a country's leading office (president, prime
    minister, chancellor; not a deputy's or a former one), held on `when` when it is known."""
    for office in LEADING_OFFICES:
        if when is None:
            if _office_at(_canonical(role), office) and not _YEARS.search(role):
                return True
        elif _held(role, office, when):
            return True
    return False


def _wartime_holders(phrase: str, index: ActorIndex) -> frozenset[str | None]:
    """Who held the office `phrase` names on each half-year of the full-scale war (None where
    no one the gazetteer knows did), asked once per gazetteer."""
    if phrase not in index.wartime_holders:
        index.wartime_holders[phrase] = frozenset(
            office_holder(phrase, index, day) for day in _war_days()
        )
    return index.wartime_holders[phrase]


def _names_the_office(named: frozenset[str], index: ActorIndex, affiliation: str, office: str):
    """Whether one of the `named` people of that country has `office` in their role or
    description (a cheap test before asking who held it on each day of the war)."""
    for name in named:
        entry = index.entries.get(name)
        if entry is None or entry.kind != PERSON or entry.affiliation != affiliation:
            continue
        if any(_office_at(_canonical(t), office) for t in (entry.role, entry.description)):
            return True
    return False


def state_of(phrase: str, index: ActorIndex) -> str | None:
    """The gazetteer state of the country a phrase names ("Germany's government")."""
    affiliation, _ = _country_of(phrase)
    if affiliation is None:
        return None
    states = [
        e.name for e in index.entries.values() if e.kind == "state" and e.affiliation == affiliation
    ]
    return states[0] if len(states) == 1 else None


_UNNAMED = re.compile(
    r"^(?:(?:a|an|the|this|that|another|one|two|three|four|several|some|senior|top|high-ranking|"
    r"unnamed|anonymous|other|former|\d+)\s+)*(?P<qualifier>.+?)\s+"
    r"(?:official|officials|spokesman|spokeswoman|spokesperson|representative|source|sources)$",
    re.IGNORECASE,
)


_MILITARY = re.compile(
    r"^(?:(?:a|an|the|this|that|another|one|two|three|four|several|some|senior|top|high-ranking|"
    r"unnamed|anonymous|other|\d+)\s+)*(?P<country>[\w.'’]+)\s+"
    rf"(?:{alternation(entries('military_people'))})$",
    re.IGNORECASE,
)


def _armed_forces_of(mention: str, index: ActorIndex) -> str | None:
    """ "A top Russian general": the armed forces of the country, when the gazetteer knows
    them ("Russian Armed Forces", "Armed Forces of Ukraine")."""
    m = _MILITARY.match(" ".join(mention.split()))
    if m is None:
        return None
    word = re.sub(r"\b([A-Z])\.([A-Z])\.", r"\1\2", m.group("country"))
    affiliation, rest = _country_of(word)
    if affiliation is None or rest:
        return None
    for form in (
        f"{word} Armed Forces",
        f"Armed Forces of {affiliation}",
        f"{affiliation} Armed Forces",
    ):
        name = index.lookup(form)
        if name and index.kind_of(name) == "organisation":
            return name
    return None


def body_of_official(mention: str, index: ActorIndex) -> str | None:
    """ "a senior State Department official", "a senior U.S. defense official", "British
    defence officials": unnamed people speaking for a body the gazetteer knows speak as that
    body. A qualifier that is only a country ("two U.S. officials") names no body. An unnamed
    general or commander ("a top Russian general") speaks for the country's armed forces."""
    if forces := _armed_forces_of(mention, index):
        return forces
    m = _UNNAMED.match(" ".join(mention.replace("’", "'").split()))
    if m is None:
        return None
    qualifier = re.sub(r"\b([A-Z])\.([A-Z])\.", r"\1\2", m.group("qualifier").strip())
    affiliation, rest = _country_of(qualifier)
    if not rest or rest in ("the", "local", "regional", "government"):
        return None
    forms = [qualifier, f"{qualifier} department", f"{qualifier} ministry"]
    if affiliation is not None:
        country = qualifier[: len(qualifier) - len(rest)].strip()
        forms += [f"department of {rest} of {affiliation}", f"ministry of {rest} of {affiliation}"]
        forms += [f"{country} department of {rest}", f"{country} ministry of {rest}"]
    else:
        forms += [f"department of {rest}", f"ministry of {rest}"]
    for form in forms:
        name = index.lookup(form) or index.folded.get(" ".join(form.lower().split()))
        if name and index.kind_of(name) == "organisation":
            return name
    return None


_ONE_OFFICIAL = re.compile(
    r"^(?:(?:a|an|another|one|the|this|that|senior|top|high-ranking|unnamed|anonymous)\s+)*"
    r"(?P<country>[\w.'’]+)\s+(?:government\s+)?official$",
    re.IGNORECASE,
)


def government_of_official(mention: str, index: ActorIndex) -> str | None:
    """ "Another U.S. official", "a senior Ukrainian official": one unnamed official described
    only by a country speaks for that country's government (its gazetteer state). Officials in
    the plural stay a group ("Ukrainian officials")."""
    m = _ONE_OFFICIAL.match(" ".join(mention.split()))
    if m is None:
        return None
    word = re.sub(r"\b([A-Z])\.([A-Z])\.", r"\1\2", m.group("country"))
    affiliation, rest = _country_of(word)
    return state_of(word, index) if affiliation is not None and not rest else None


# Other words for a ministry's name: "foreign affairs ministry" is the "foreign ministry".
_BODY_SYNONYMS = {"foreign affairs ministry": "foreign ministry"}
_BODY_SYNONYM = re.compile(rf"\b(?:{'|'.join(_BODY_SYNONYMS)})\b", re.IGNORECASE)
_POSSESSIVE_COUNTRY = re.compile(r"(?:^|\s)[\w.]+['’]s?\s", re.IGNORECASE)


def body_of_country(phrase: str, index: ActorIndex) -> str | None:
    """ "Ukraine's army", "the United Kingdom's defence ministry": the body of the country the
    possessive names, by a form the gazetteer gives it ("Ukrainian army", "British Defence
    Ministry", "Ministry of Defence of the United Kingdom"); never another country's body."""
    synonym = _BODY_SYNONYM.search(phrase)
    if not _POSSESSIVE_COUNTRY.search(f" {phrase} ") and not synonym:
        return None
    affiliation, rest = _country_of(phrase)
    rest = re.sub(r"^(?:the|its)\s+", "", rest)
    # "Ukraine's Foreign Affairs Ministry", "the Ukrainian Foreign Affairs Ministry": its
    # foreign ministry
    rest = _BODY_SYNONYM.sub(lambda b: _BODY_SYNONYMS[b.group().lower()], rest)
    if affiliation is None or not rest or len(rest.split()) > 3:
        return None
    words_ = [w.replace("_", " ") for w in mapping("countries")[affiliation].split()]
    forms = [f"{w} {rest}" for w in (*words_, affiliation.lower()) if not w.endswith(("'", "'s"))]
    forms += [f"{rest} of {affiliation}", f"{rest} of the {affiliation}"]
    if (bare := re.sub(r"\s+(?:agency|service)$", "", rest)) != rest and len(bare.split()) >= 2:
        # "Ukraine's military intelligence agency": the body the gazetteer names without the
        # generic noun ("Ukrainian military intelligence").
        forms += [f"{w} {bare}" for w in (*words_, affiliation.lower()) if not w.endswith("'")]
    for form in forms:
        name = index.folded.get(" ".join(form.lower().split()))
        if name and index.kind_of(name) != PERSON:
            return name
    return None


# "Ukraine's state-owned railway", "the Ukrainian nuclear energy operator": a body the page
# describes, not names. The head's kind and the words that tell bodies apart, as data.
_HEAD_KINDS = {
    w: frozenset(line.split()) for line in entries("body_head_kinds") for w in line.split()
}
_DESCRIPTION_FILLERS = frozenset(entries("body_description_fillers"))


def described_body(phrase: str, index: ActorIndex) -> str | None:
    """ "Ukraine's state-owned railway", "the Ukrainian nuclear energy operator": the one
    gazetteer body of the country the phrase names whose name, aliases or role hold the head
    noun (or a noun of its kind, `data/body_head_kinds.txt`) and most of the describing words.
    A word that many of the country's bodies share ("state") counts for less than one that only
    a few do ("nuclear"); a tie is no one."""
    affiliation, rest = _country_of(phrase)
    if affiliation is None:
        return None
    words_ = [w for w in re.split(r"[\s-]+", rest.replace("'s", "")) if w]
    if not words_ or words_[-1] not in _HEAD_KINDS:
        return None
    head, describing = words_[-1], {w for w in words_[:-1] if w not in _DESCRIPTION_FILLERS}
    bodies = _bodies_of(index, affiliation)
    fitting = [(name, held) for name, held in bodies if held & _HEAD_KINDS[head]]
    if not fitting or not describing:
        return fitting[0][0] if len(fitting) == 1 else None
    share = {w: sum(1 for _, held in bodies if w in held) for w in describing}
    scored = []
    for name, held in fitting:
        matched = [w for w in describing if w in held]
        if 2 * len(matched) >= len(describing):
            # (on a tie, the body named by the head noun itself: "operator" over "company")
            scored.append((sum(1 / share[w] for w in matched), head in held, name))
    scored.sort(reverse=True)
    if not scored or (len(scored) > 1 and scored[0][:2] == scored[1][:2]):
        return None
    return scored[0][2]


_MINISTRY_FIELD = re.compile(
    r"(?:the\s+)?(?:(?P<field>[a-z]+(?:\s+[a-z]+){0,2})\s+ministry"
    r"|ministry\s+(?:of|for)\s+(?P<field_of>[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,2}))"
)


def unlisted_ministry(phrase: str, index: ActorIndex) -> str | None:
    """ "Ukraine's infrastructure ministry", "the Ministry of Infrastructure of Ukraine" when the
    gazetteer lists no such ministry: named as the gazetteer names the country's ministries
    ("Ukrainian Infrastructure Ministry" beside its "Ukrainian Energy Ministry"); None for a
    country whose ministries the gazetteer does not name that way."""
    affiliation, rest = _country_of(phrase)
    if affiliation is None or not (field := _MINISTRY_FIELD.fullmatch(rest)):
        return None
    words_ = (field["field"] or field["field_of"]).split()
    if any(w in _DESCRIPTION_FILLERS - {"and"} or w in _HEAD_KINDS for w in words_):
        return None
    adjectives = {
        name.split()[0]
        for name, _ in _bodies_of(index, affiliation)
        if name.endswith(" Ministry") and len(name.split()) == 3
    }
    if len(adjectives) != 1:
        return None
    field_ = (w if w == "and" else w.capitalize() for w in words_)
    name = " ".join((adjectives.pop(), *field_, "Ministry"))
    return None if name.lower() in index.folded else name  # (a listed one is read elsewhere)


def _bodies_of(index: ActorIndex, affiliation: str) -> list[tuple[str, frozenset[str]]]:
    """The gazetteer's organisations of `affiliation`, each with the words (lower case, plural
    -s dropped too) of its name, aliases and role; read once per gazetteer and country."""
    cache = index.bodies_by_affiliation
    if affiliation not in cache:
        out = []
        for entry in index.entries.values():
            if entry.kind != ORGANISATION or entry.affiliation != affiliation:
                continue
            text = " ".join((entry.name, *entry.aliases, entry.role)).lower().replace("’", "'")
            held = set(re.split(r"[\s-]+", text.replace("'s", "")))
            held |= {w[:-1] for w in held if w.endswith("s") and len(w) > 3}
            out.append((entry.name, frozenset(held)))
        cache[affiliation] = out
    return cache[affiliation]


_LEADING = tuple(entries("leading_roles"))
_ORG_HEADS = frozenset(entries("organisation_heads"))
_LEADING_ALT = "|".join(sorted(_LEADING, key=len, reverse=True))
_TRAILING_TITLE = re.compile(rf"(?<=[A-Z]\w)\s+(?i:{_LEADING_ALT.replace(' ', '[- ]')})\s*$")
PERSON_ROLE_WORDS = tuple(r for r in PERSON_ROLES if r not in _LEADING)
# Each role word as a whole word (compiled once: a phrase is tested against all of them).
_ROLE_WORD_RES = {r: re.compile(rf"\b{r}\b") for r in (*PERSON_ROLE_WORDS, *_LEADING)}
_NOT_THE_HOLDER = re.compile(rf"\b(?:{alternation(entries('role_qualifiers'))})\b")
# A body or place a role phrase names: a run of capitalised words ("European Union's").
_ANCHOR = re.compile(r"(?<![\w’'])[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*")
_ROLE_FILLER = frozenset(("the", "of", "to", "at", "for", "in", "a", "an"))
# Nouns of the place a role is of ("the governor of the Kharkiv region", "the Kharkiv regional
# governor"): the place names it, the noun adds nothing to the role.
# Offices a country has one of in each region or city: a country alone names no holder.
_LOCAL_OFFICE = re.compile(r"\b(?:governor|mayor)s?\b")
_PLACE_NOUNS = frozenset(("region", "regional", "oblast", "province", "city"))
# Other spellings of places (`data/place_spellings.txt`): "the Mykolayiv region" is the
# gazetteer's "Mykolaiv region".
PLACE_SPELLINGS = mapping("place_spellings")
_PLACE_SPELLING = re.compile(rf"(?<![\w-])(?:{alternation(list(PLACE_SPELLINGS))})(?![\w-])")
_COMPASS = r"(?:north|south|east|west|north-?east|south-?east|north-?west|south-?west)"
# "the governor of the northern region of Sumy": the region of the place, as "the
# Sumy region"; "... region in the north of the country": where it lies adds nothing.
_REGION_OF_PLACE = re.compile(
    rf"\b(?:the\s+)?(?:{_COMPASS}(?:ern)?\s+)?(?P<noun>region|oblast|province)\s+of\s+"
    r"(?P<place>(?-i:[A-Z])[\w'’-]+)",
    re.IGNORECASE,
)
# "the mayor of Examplia's front line city of Kharkiv", "the governor of the southern port of
# Odesa": the place after its description (a possessive country, up to three words and the
# place noun) is what the role is of.
_DESCRIBED_PLACE_OF = re.compile(
    r"(?<=\bof\s)(?:the\s+)?(?:(?-i:[A-Z])[\w-]*['’]s\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:city|town|village|port)\s+of\s+(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)
_WHERE_IT_LIES = re.compile(
    rf",?\s+in\s+the\s+(?:far\s+)?{_COMPASS}(?:\s+of\s+(?:the\s+country|(?-i:[A-Z])\w+))?\s*$",
    re.IGNORECASE,
)


_WORDS = re.compile(r"\w+")
_INDEFINITE = re.compile(r"\s*(?:an?|another|one)\s", re.IGNORECASE)
_UNNAMED_NOUNS = frozenset(UNNAMED_PEOPLE)
_BODY_QUALIFIER = re.compile(rf"(?i)(?<=\bthe\s)(?:{alternation(BODY_QUALIFIERS)})\s+")
# "the official", "the senior diplomat": a country's unnamed person, no office's title
_BARE_UNNAMED = re.compile(
    rf"(?:the\s+)?(?:(?:senior|top|high-ranking|former)\s+)?"
    rf"(?:{'|'.join(n for n in UNNAMED_PEOPLE if n not in ('commander', 'officer'))})"
)


@functools.lru_cache(maxsize=8192)
def _plain(text: str) -> str:
    low = text.lower().replace("’", "'").replace("secretary-general", "secretary general")
    # one word for a spokesman, whatever the title ("spokeswoman", "press secretary")
    low = re.sub(r"\bspokes(?:man|woman|person)\b|\bpress secretary\b", "spokesperson", low)
    return " ".join(low.replace("director-general", "director general").split())


def _with_country(role: str, affiliation: str) -> str:
    """A role that names no country read with the holder's ("deputy chairman of the security
    council" of Russia's Medvedev: "... of russia"), so that "the Russian Security Council's
    deputy chairman" finds him."""
    if not affiliation or _country_of(role)[0] is not None:
        return role
    return f"{role} of {_plain(affiliation)}"


def _roles_naming(index: ActorIndex, forms: list[set[str]]) -> list[tuple]:
    """The gazetteer persons whose role holds a word of one of the names of each anchor:
    (name, role, description as `_plain` writes them, the role's qualifiers such as "deputy"),
    in gazetteer order. The roles are read and indexed by word once per gazetteer."""
    if index.person_roles is None:
        roles = [
            (e.name, _with_country(role, e.affiliation), _plain(e.description), kept)
            for e in index.entries.values()
            if e.kind == PERSON
            for role in (_plain(e.role),)
            for kept in (set(_NOT_THE_HOLDER.findall(role)),)
        ]
        by_word: dict[str, set[int]] = {}
        for i, (_, role, _, _) in enumerate(roles):
            for word in set(_WORDS.findall(role)):
                by_word.setdefault(word, set()).add(i)
        index.person_roles = (roles, by_word)
    roles, by_word = index.person_roles
    chosen: set[int] | None = None
    for names in forms:
        rows = set()
        for form in names:
            if words := _WORDS.findall(form):
                rows |= by_word.get(words[0], set())
        chosen = rows if chosen is None else chosen & rows
    return [roles[i] for i in sorted(chosen or ())]


# A body whose "speaker" leads it.
_LEGISLATURE = re.compile(rf"(?i)\b(?:{alternation(entries('legislature_words'))})\b")


def role_holder(
    phrase: str, index: ActorIndex, when: dt.date | None, named: frozenset[str] = frozenset()
) -> str | None:
    """ "Kyiv's mayor", "the mayor of Kyiv", "the IAEA chief", "NATO's secretary general",
    "Russia's ambassador to the UN": the one gazetteer person whose role names every body or
    place of the phrase and its role ("Mayor of Kyiv"); a body's chief or head is whoever
    holds its top office (`data/leading_roles.txt`), on the article's date when the
    gazetteer gives tenures."""
    # "the NATO Secretary General": a title written in capitals after the body is no part of
    # the body's name
    phrase = _TRAILING_TITLE.sub(lambda t: t.group().lower(), phrase)
    phrase = _BODY_QUALIFIER.sub("", phrase)  # "the self-proclaimed X Republic"
    phrase = re.sub(r"\bCEO\b", "ceo", phrase)  # ("the Gazprom CEO": a title, not a name)
    phrase = _PLACE_SPELLING.sub(lambda p: PLACE_SPELLINGS[p.group()], phrase)
    phrase = _WHERE_IT_LIES.sub("", phrase)
    phrase = _DESCRIBED_PLACE_OF.sub("", phrase)
    phrase = _REGION_OF_PLACE.sub(lambda r: f"the {r['place']} {r['noun']}", phrase)
    anchors = [re.sub(r"^The\s+", "", a.group()) for a in _ANCHOR.finditer(phrase)]
    anchors = [a for a in anchors if a.lower() not in _ROLE_FILLER]
    if _INDEFINITE.match(phrase) and all(not _country_of(a)[1] for a in anchors):
        # "a Ukrainian commander": one of the country's many, not the holder of an office
        # whose title holds the word ("Commander of the Ukrainian Air Force")
        return None
    if _INDEFINITE.match(phrase) and phrase.split()[-1].lower() in _UNNAMED_NOUNS:
        # "a Russian-installed regional official": one of many the article does not name,
        # never the gazetteer person whose role happens to hold those words
        return None
    country, rest = _country_of(phrase)
    if country and _BARE_UNNAMED.fullmatch(rest):
        # "The Russian official also said": someone the article spoke of (coreference's to
        # find), never the gazetteer person whose role holds "... official" ("Russian-installed
        # official in ...")
        return None
    if (
        not country
        and anchors
        and _BARE_UNNAMED.fullmatch(
            " ".join(re.sub(r"['’]s\b", " ", _ANCHOR.sub(" ", phrase)).split())
        )
    ):
        # "the senior UN official": someone the article spoke of, never the gazetteer person
        # whose role holds "UNICEF official"
        return None
    if country and re.fullmatch(r"(?:the\s+)?(?:minister|secretary)", rest.strip(), re.I):
        # "the British minister said": a minister of the country the article named (any
        # ministry); never the prime minister, whose title merely holds the word
        ministers = {
            n
            for n in named
            if (entry := index.entries.get(n))
            and entry.affiliation == country
            and re.search(r"(?i)\b(?:minister|secretary)\b", entry.role)
            and not re.search(r"(?i)\bprime\s+minister\b", entry.role)
        }
        return ministers.pop() if len(ministers) == 1 else None
    low = _plain(_ANCHOR.sub(" ", phrase))
    described = [
        w
        for w in re.findall(r"[\w-]+", low)
        if w not in _ROLE_FILLER and w not in _PLACE_NOUNS and w != "s"
    ]
    roles = [r for r, word in _ROLE_WORD_RES.items() if word.search(low)]
    qualifiers = set(_NOT_THE_HOLDER.findall(low))
    if (
        described in (["representative"], ["official", "representative"], ["speaker"])
        and anchors
        and all(
            index.kind_of(name := index.lookup(re.sub(r"['’]s$", "", a)) or PERSON)
            == "organisation"
            # (a parliament's speaker leads it)
            and not (described == ["speaker"] and _LEGISLATURE.search(f"{a} {name}"))
            for a in anchors
        )
    ):
        # "the Examplian Foreign Ministry's (official) representative", "the Kremlin speaker": a
        # known body's spokesperson (translations of the Russian titles), not an envoy of a
        # country nor the body's head
        return role_holder(
            re.sub(r"(?i)\b(?:(?:official\s+)?representative|speaker)\b", "spokesperson", phrase),
            index,
            when,
            named,
        )
    if not anchors or not roles:
        return None
    if _LOCAL_OFFICE.search(low) and all(
        a.lower() in _countries() or a in _countries().values() for a in anchors
    ):
        return None  # "the Russian regional governor": a country has many; its region is unsaid
    leading = [r for r in _LEADING if _ROLE_WORD_RES[r].search(low)]
    if leading and len(described) == len(leading[0].split()):
        attempts = [(_LEADING, [])]  # "the UN chief": whoever holds the body's top office
    else:
        # "Russia's ambassador", "prosecutor general": the role as written. "The UN refugee
        # chief", "the UN High Commissioner for Refugees": first the body's top office in the
        # field its other words name, then (none or several hold it) the role as written.
        field = _field_of(described, leading[0].split()) if leading else []
        written = ((" ".join(described),), [])
        attempts = [(_LEADING, field), written] if field else [written]
    forms = []
    for anchor in anchors:
        anchor = re.sub(r"['’]s$", "", anchor)
        name = index.lookup(anchor) or index.folded.get(anchor.lower())
        if name is None and (country := _countries().get(anchor.lower().replace("’", "'"))):
            # "Russia's ambassador to the US": a country's short form, the role its name
            forms.append({_plain(anchor), _plain(country)})
            continue
        if (
            name is None
            and anchor.lower() in _ORG_HEADS
            and not re.search(rf"\b{re.escape(anchor)}\s+of\s", phrase)
        ):
            # "the Alliance chief": the alliance named before (the caller's to find), not
            # any body whose name holds the word ("Alliance for ...").
            return None
        entry = index.entries.get(name) if name and index.kind_of(name) != PERSON else None
        aliases = (entry.name, *entry.aliases) if entry and entry.kind != "state" else ()
        if entry and entry.kind == "state":
            aliases = (
                entry.name,
            )  # "Russian" names Russia ("... of the Security Council of Russia")
        forms.append({_plain(f) for f in (anchor, *aliases)})
    # One pattern per anchor (any of its names), and one per wanted office, compiled once.
    anchor_patterns = [
        re.compile(
            rf"(?<!\w)(?:{'|'.join(re.escape(f) for f in sorted(fs, key=len, reverse=True))})(?!\w)"
        )
        for fs in forms
    ]
    # "the U.S. ambassador to Examplia": the anchor after "to" is where the envoy is sent,
    # so a role must name it after "to" too (not Examplia's ambassador to the United States)
    host = next(
        (
            re.compile(rf"\bto\s+(?:the\s+)?{p.pattern}")
            for a, p in zip(anchors, anchor_patterns, strict=True)
            if re.search(rf"\bto\s+(?:the\s+)?{re.escape(a)}", phrase)
        ),
        None,
    )
    # (the filler words the description dropped may stand between the role's words: "the
    # Kremlin chief of staff" is the "Chief of staff of the Presidential Administration")
    gap = r"(?:\s+(?:of|the|for|to|at|in|a|an))*\s+"

    def holder(wanted: tuple[str, ...], field: list[str]) -> str | None:
        """The one holder of a wanted office (of `field`, when given)."""
        wanted_patterns = [(w, re.compile(rf"\b{gap.join(w.split())}\b")) for w in wanted]
        holders: set[str] = set()
        for name, text, description, kept in _roles_naming(index, forms):
            if not all(p.search(text) for p in anchor_patterns):
                continue
            if host is not None and not host.search(text):
                continue
            if kept != qualifiers:
                continue  # a deputy, an adviser or a spokesman only for a phrase that says so
            # ("refugee" finds "Refugees": the field's words cut to six letters)
            if not all(re.search(rf"\b{re.escape(w[:6])}", text) for w in field):
                continue
            held = [w for w, pattern in wanted_patterns if pattern.search(text)]
            if not held:
                continue
            # (_held reads the texts through the offices table: the office is compared as written
            # there, "foreign policy chief" as "foreign minister".)
            office = _canonical(held[0])
            if field:
                # ("High Commissioner for Human Rights", whose tenure the offices table reads as
                # that of a rights ombudsman): the title with its field, where the texts name it
                fielded = _canonical(f"{held[0]} for {' '.join(field)}")
                if _office_at(_canonical(description), fielded):
                    office = fielded
            if when is not None and False in (
                _held(description, office, when),
                _held(text, office, when),
            ):
                continue
            holders.add(name)
        if wanted is _LEADING and len(holders) > 1:
            # "the NATO chief": of the body's offices its chief's is the leading title written
            # next to the body ("NATO Secretary General", "Director General of the IAEA"), not a
            # commander or a committee's chair within it ("NATO Supreme Allied Commander"), nor
            # an office inside it the generic word names ("the UN chief", not "UN humanitarian
            # chief").
            top = {
                h
                for h in holders
                if _leads_body(_plain(index.entries[h].role), anchor_patterns, field=bool(field))
            }
            holders = top or holders
        if wanted is _LEADING and len(holders) > 1:
            # "the Crimea head": of the body's leading offices, the one the phrase names, when a
            # holder's role names it too (not the speaker of its legislature).
            named_title = {
                h for h in holders if re.search(rf"\b{leading[0]}\b", _plain(index.entries[h].role))
            }
            holders = named_title or holders
        one = _one_holder(holders, index, when)
        if len(holders & named) == 1 and (one is None or one not in named):
            # "the NATO chief" on a day the tenures do not settle, or "a foreign ministry
            # spokesperson" after the article named one of the several who hold it: the holder
            # the article named
            return next(iter(holders & named))
        if (
            named
            and one not in named
            and (spoken := _countrys_person_named(index, anchors, wanted, qualifiers, named))
        ):
            # "Jane Roe spoke with ... The US envoy said": the country's person with that role whom
            # the article names ("Special envoy" of the United States), not another holder.
            return spoken
        return one

    for wanted, field in attempts:
        if (found := holder(wanted, field)) is not None:
            return found
    return None


def _field_of(described: list[str], title: list[str]) -> list[str]:
    """The words that name the field of a leading title within a body: "refugee chief" ->
    ["refugee"], "human rights chief" -> ["human", "rights"]; none when the title is not
    among the words, or more than two others stand beside it."""
    n = len(title)
    for i in range(len(described) - n + 1):
        if described[i : i + n] == title:
            rest = described[:i] + described[i + n :]
            return rest if 0 < len(rest) <= 2 else []
    return []


def _countrys_person_named(index, anchors, wanted, qualifiers, named) -> str | None:
    """The one person in `named` of the country the anchors name (each only a country) whose
    gazetteer role holds the wanted office."""
    countries = {_country_of(a) for a in anchors}
    if len(countries) != 1 or (country := next(iter(countries)))[1] or country[0] is None:
        return None
    found = {
        name
        for name in named
        if (entry := index.entries.get(name)) is not None
        and entry.kind == PERSON
        and entry.affiliation == country[0]
        and set(_NOT_THE_HOLDER.findall(_plain(entry.role))) == qualifiers
        and any(re.search(rf"\b{re.escape(w)}\b", _plain(entry.role)) for w in wanted)
    }
    return next(iter(found)) if len(found) == 1 else None


def _leads_body(role: str, anchor_patterns: list[re.Pattern[str]], *, field: bool = False) -> bool:
    """Is the role's leading title written next to one of the anchors' names: "nato secretary
    general", "director general of the iaea" (tenures in brackets aside)? With `field`, the
    title may name its field after it ("un high commissioner for human rights")."""
    role = re.sub(r"\s*\([^)]*\)", "", role).strip()
    fielded = r"(?:\s+(?:for|on)\s+.+)?" if field else ""
    for p in anchor_patterns:
        for m in p.finditer(role):
            before, after = role[: m.start()].strip(), role[m.end() :].strip()
            if re.fullmatch(rf"(?:{_LEADING_ALT}){fielded}", after) and not before:
                return True
            if re.fullmatch(rf"(?:{_LEADING_ALT})\s+of(?:\s+the)?", before) and not after:
                return True
    return False


def _one_holder(holders: set[str], index: ActorIndex, when: dt.date | None) -> str | None:
    """The one holder, else None. Of several, the one whose role gives a tenure the day lies
    inside, before its last year ("EU foreign policy chief (2019–2024)" in 2023, not the
    open-ended "EU foreign policy chief", its successor); in a tenure's last year, whose end
    the years do not tell, no one."""
    if len(holders) > 1 and when is not None:
        inside = {
            h
            for h in holders
            for m in _YEARS.finditer(index.entries[h].role)
            if int(m["y1"]) <= when.year < int(m["y2"])
        }
        holders = inside if len(inside) == 1 else holders
    return next(iter(holders)) if len(holders) == 1 else None
