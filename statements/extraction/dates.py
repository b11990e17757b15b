"""Dates: finding date phrases, resolving them against an anchor, and dating the article.

Resolution is deliberate about its anchor: weekdays and "last week" count back from the
article's date, "that day" / "the same day" from the last date the narrative mentioned, a month
and day without a year take the year that puts them on or before the anchor. dateparser parses
the phrases; it is slow, so only candidate phrases reach it, and results are cached.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import email.utils
import functools
import re
from dataclasses import dataclass

import dateparser

from .vocabulary import MONTH_RE, WEEKDAY_RE

DAY, MONTH, YEAR, UNKNOWN = "day", "month", "year", "unknown"

# The start of the full-scale invasion: the zero of "the Nth day of the war" counts.
INVASION_START = dt.date(2022, 2, 24)

# The first year of the war: the newest date an undated page tells is one of its years.
_FIRST_WAR_YEAR = 2014
_MONTH = MONTH_RE
_WEEKDAY = WEEKDAY_RE
_NUM_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("numeric", re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")),
    (
        "month_day",
        re.compile(
            rf"\b(?:{_WEEKDAY},?\s+)?({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|km|troops|people))"
            rf"(?:,?\s+(\d{{4}})(?:\b|(?=\d{{1,2}}:\d\d)))?(\s+of\s+the\s+same\s+year)?"
        ),
    ),
    (
        "day_month",
        re.compile(
            rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})(?![a-z])(?:,?\s+(\d{{4}})(?:\b|(?=\d{{1,2}}:\d\d)))?"
        ),
    ),
    (
        "anaphoric",
        re.compile(
            r"\b(?:(?:earlier|later)\s+(?:that|the\s+same)\s+day|(?:on\s+)?(?:that|the\s+same)\s+day"
            r"|the\s+(?:next|following|previous)\s+day|the\s+day\s+before|the\s+day\s+after"
            r"|(?:a|one|two|three|four|five|six|\d)\s+days?\s+(?:earlier|before|later))\b",
            re.IGNORECASE,
        ),
    ),
    # "on Wednesday of last week", "Wednesday last week": that weekday of the week before.
    ("weekday", re.compile(rf"\b(on\s+)?({_WEEKDAY})(\s+(?:of\s+)?last\s+week)\b")),
    (
        "relative",
        re.compile(
            r"\b(?:yesterday|today|(?:last|this|earlier\s+this)\s+(?:week|month|weekend)"
            r"|(?:over|at|during)\s+the\s+weekend"
            r"|(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?)\s+ago)\b",
            re.IGNORECASE,
        ),
    ),
    ("weekday", re.compile(rf"\b(?:(last|this|on|late|early)\s+)?({_WEEKDAY})\b")),
    (
        "month",
        re.compile(
            rf"\b(?:[Ii]n\s+(?:early\s+|mid-?|late\s+)?|[Aa]t\s+the\s+(?:end|start|beginning)\s+of\s+)"
            rf"({_MONTH})(?:\s+(\d{{4}}))?\b(?!\s+\d)"
        ),
    ),
    # "in 2023", "last year", "earlier this year": a year, told by its first day.
    (
        "year",
        re.compile(
            r"\b(?:(?:[Ii]n|[Dd]uring)\s+((?:19|20)\d{2})\b(?![-–/]\d)"
            r"|((?i:last|earlier\s+this))\s+year\b)"
        ),
    ),
]
_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d{2})(?![\d/-])")
# Before a date that starts a period ("since the invasion on February 24"), in its clause.
_SINCE_BEFORE = re.compile(r"\bsince\b[^.;,:]{0,45}$", re.IGNORECASE)
# Before a year that only starts a period ("since 2016", "back in 2014", "as early as 2019").
_BOUND_YEAR = re.compile(r"\b(?:since|back\s+in|as\s+(?:early|far\s+back)\s+as)\s+$", re.IGNORECASE)
# After a year that describes a noun ("its 1991 borders", "the 2014 agreements"), not a time.
_ATTRIBUTIVE_YEAR = re.compile(
    r"\s+(?!(?:and|or|to|in|on|at|for|when|while|with|as|after|before|until|by|that|which|was|were|is|are|has|had|the|a|an|alone|onwards?)\b)[a-z]{3,}"
)
_WAR_DAY = re.compile(
    r"\b(\d{1,4})(?:st|nd|rd|th)\s+day\s+(?:of|since)\s+(?:the\s+|Russia['’]s\s+)?(?:full[- ]scale\s+)?(?:invasion|war)\b",
    re.IGNORECASE,
)
_WAR_SPAN = re.compile(
    r"\b(more\s+than\s+|almost\s+|nearly\s+|about\s+|around\s+|over\s+)?(a|an|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|\d+)\s+(day|week|month|year)s?\s+(?:into|after\s+the\s+start\s+of|"
    r"since\s+the\s+start\s+of|after)\s+([^.,;]{3,80})",
    re.IGNORECASE,
)
_EARLIER_UNSPECIFIED = re.compile(
    r"\b(?:previously|in\s+the\s+past|repeatedly|has\s+long|have\s+long|had\s+long|once\s+said"
    r"|had\s+(?:\w+ly\s+)?(?:said|insisted|claimed|stated|argued|warned)"
    # "A few days earlier, X said", "Recall that X said": some unstated day before.
    r"|(?:a\s+few|several|some)\s+(?:days|weeks|months)\s+(?:earlier|before|ago)"
    r"|^\s*(?:days|weeks|months)\s+(?:earlier|before|ago)|^\s*recall\s+that)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    kind: str
    text: str
    groups: tuple


def find_dates(text: str, start: int, end: int) -> list[DateMention]:
    """Date phrases in text[start:end], longest first where they overlap, in text order.

    The whole text is scanned once and kept (keyed by the text object itself), so asking for
    one sentence after another stays linear in the text's length."""
    if len(text) < _SCAN_FROM:
        found, starts = _scan_dates(text)
    else:
        cached = _SCANS.get(id(text))
        if cached is None or cached[0] is not text:
            cached = (text, _scan_dates(text))
            if len(_SCANS) >= 8:
                _SCANS.clear()
            _SCANS[id(text)] = cached
        found, starts = cached[1]
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end)
    return [d for d in found[lo:hi] if d.end <= end]


def _scan_dates(text: str) -> tuple[list[DateMention], list[int]]:
    taken: list[tuple[int, int]] = []  # sorted, non-overlapping spans already found
    found: list[DateMention] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            a, b = m.start(), m.end()
            i = bisect.bisect_left(taken, (a, b))
            if (i > 0 and taken[i - 1][1] > a) or (i < len(taken) and taken[i][0] < b):
                continue
            taken.insert(i, (a, b))
            found.append(DateMention(a, b, kind, m.group(), m.groups()))
    found.sort(key=lambda d: d.start)
    return found, [d.start for d in found]


_SCAN_FROM = 300  # shorter texts (a phrase, a line) are scanned on each call
_SCANS: dict[int, tuple[str, tuple[list[DateMention], list[int]]]] = {}


@functools.lru_cache(maxsize=4096)
def _dateparser(phrase: str, base: dt.date | None) -> dt.date | None:
    settings = {"PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first"}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def _month_number(name: str) -> int:
    return _dateparser(f"{name.rstrip('.')} 15 2001", None).month  # type: ignore[union-attr]


def _with_year(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The date with this month and day on or just after `anchor`, else the year before."""
    for year in (anchor.year, anchor.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate <= anchor + dt.timedelta(days=2):
            return candidate
    return None


@dataclass(frozen=True)
class Resolved:
    date: dt.date | None
    precision: str


def resolve(
    mention: DateMention,
    *,
    reference: dt.date | None,
    narrative: dt.date | None,
    same_year: int | None = None,
    order: str = "dmy",
) -> Resolved:
    """Resolve one mention. `reference`: the article's date; `narrative`: the last date told;
    `order`: how the document writes ambiguous slashed dates ("dmy" or "mdy", see numeric_order)."""
    g = mention.groups
    kind = mention.kind
    if kind == "iso":
        return _safe(int(g[0]), int(g[1]), int(g[2]), DAY)
    if kind == "numeric":
        a, b, year = int(g[0]), int(g[1]), int(g[2])
        # Day first (the international order; always for the dotted European form), unless
        # the document writes month first or that is impossible.
        if order == "mdy" and "." not in mention.text and a <= 12:
            a, b = b, a
        day, month = (a, b) if b <= 12 else (b, a)
        return _safe(year, month, day, DAY)
    if kind in ("month_day", "day_month"):
        month_name, day = (g[0], int(g[1])) if kind == "month_day" else (g[1], int(g[0]))
        month = _month_number(month_name)
        year = g[2]
        if year:
            return _safe(int(year), month, day, DAY)
        if kind == "month_day" and g[3] and same_year:
            return _safe(same_year, month, day, DAY)
        anchor = reference or narrative
        if anchor is None:
            return Resolved(None, UNKNOWN)
        return Resolved(_with_year(month, day, anchor), DAY)
    if kind == "anaphoric":
        if narrative is None:
            return Resolved(None, UNKNOWN)
        phrase = mention.text.lower()
        shift = 0
        if "next" in phrase or "following" in phrase or "day after" in phrase:
            shift = 1
        elif "previous" in phrase or "day before" in phrase:
            shift = -1
        if count := re.fullmatch(
            r"(a|one|two|three|four|five|six|\d)\s+days?\s+(earlier|before|later)", phrase
        ):
            # "two days earlier": counted from the date the narrative last told.
            n = _NUM_WORDS.get(count.group(1)) or int(count.group(1))
            shift = n if count.group(2) == "later" else -n
        return Resolved(narrative + dt.timedelta(days=shift), DAY)
    if kind == "relative":
        if reference is None:
            return Resolved(None, UNKNOWN)
        phrase = re.sub(r"^earlier\s+", "", mention.text.lower())
        if phrase == "this week" and mention.text.lower().startswith("earlier"):
            # "earlier this week": a day between the week's Monday and the article's eve; the
            # middle of that span (the article's day itself on a Monday).
            back = (reference.weekday() + 1) // 2
            return Resolved(reference - dt.timedelta(days=back), DAY)
        if re.fullmatch(r"(?:over|at|during)\s+the\s+weekend", phrase):
            # "over the weekend": the weekend the article falls in, else the one before it;
            # its Saturday, a day from either of its days.
            back = (reference.weekday() - 5) % 7
            return Resolved(reference - dt.timedelta(days=back), DAY)
        if phrase in ("this week", "this weekend"):
            return Resolved(reference, DAY)
        if phrase == "this month":
            return Resolved(reference.replace(day=1), MONTH)  # a month is told by its first day
        parsed = _dateparser(phrase, reference)
        precision = MONTH if "month" in phrase else DAY
        return Resolved(parsed, precision if parsed else UNKNOWN)
    if kind == "weekday":
        if reference is None:
            return Resolved(None, UNKNOWN)
        target = list(calendar.day_name).index(g[1])
        if len(g) > 2 and g[2]:
            monday_before = reference - dt.timedelta(days=reference.weekday() + 7)
            return Resolved(monday_before + dt.timedelta(days=target), DAY)
        back = (reference.weekday() - target) % 7
        if (g[0] or "").lower() == "last" and back == 0:
            back = 7
        if (g[0] or "").lower() == "this" and target > reference.weekday():
            # "A rally is being held this Saturday" in Thursday's paper: the week's coming
            # day, after the article's (which no one can have spoken on).
            return Resolved(reference + dt.timedelta(days=target - reference.weekday()), DAY)
        return Resolved(reference - dt.timedelta(days=back), DAY)
    if kind == "month":
        month = _month_number(g[0])
        if g[1]:
            return _safe(int(g[1]), month, 1, MONTH)
        anchor = reference or narrative
        if anchor is None:
            return Resolved(None, UNKNOWN)
        year = anchor.year if month <= anchor.month else anchor.year - 1
        return Resolved(dt.date(year, month, 1), MONTH)
    if kind == "year":
        if g[0]:
            return _safe(int(g[0]), 1, 1, YEAR)
        if reference is None:
            return Resolved(None, UNKNOWN)
        back = 1 if g[1].lower() == "last" else 0
        return Resolved(dt.date(reference.year - back, 1, 1), YEAR)
    return Resolved(None, UNKNOWN)


def _safe(year: int, month: int, day: int, precision: str) -> Resolved:
    try:
        return Resolved(dt.date(year, month, day), precision)
    except ValueError:
        return Resolved(None, UNKNOWN)


_SLASHED = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")


def numeric_order(text: str) -> str:
    """How the document writes slashed dates: "mdy" (07/12/2023 = July 12) or "dmy".

    Evidence, strongest first: a slashed date that can only be read one way (13/07 or 07/13);
    an ambiguous one whose reading the text also spells out ("07/12/2023" beside "July 12,
    2023") or whose weekday the text names beside it; the months the text names in words.
    Without evidence, day first (the international order)."""
    slashed = [tuple(map(int, m.groups())) for m in _SLASHED.finditer(text)]
    if not slashed:
        return "dmy"
    for a, b, _ in slashed:
        if a > 12 >= b:
            return "dmy"
        if b > 12 >= a:
            return "mdy"
    spelled: set[dt.date] = set()
    months: set[int] = set()
    for d in find_dates(text, 0, len(text)):
        if d.kind in ("month_day", "day_month"):
            month_name = d.groups[0] if d.kind == "month_day" else d.groups[1]
            months.add(_month_number(month_name))
            if d.groups[2]:
                r = resolve(d, reference=None, narrative=None)
                if r.date:
                    spelled.add(r.date)
        elif d.kind == "month":
            months.add(_month_number(d.groups[0]))
    votes = 0
    for m in _SLASHED.finditer(text):
        a, b, year = map(int, m.groups())
        readings = {"dmy": _safe(year, b, a, DAY).date, "mdy": _safe(year, a, b, DAY).date}
        for order, date in readings.items():
            mention = DateMention(m.start(), m.end(), "numeric", m.group(), m.groups())
            sign = 1 if order == "mdy" else -1
            if date in spelled:
                votes += 3 * sign
            if date and _weekday_named(text, mention, date):
                votes += 2 * sign
            if date and date.month in months:
                votes += sign
    return "mdy" if votes > 0 else "dmy"


def _weekday_named(text: str, mention: DateMention, date: dt.date) -> bool:
    before = text[max(0, mention.start - 14) : mention.start]
    m = re.search(rf"({_WEEKDAY})\W*$", before)
    return bool(m) and calendar.day_name[date.weekday()] == m.group(1)


def weekday_agrees(text: str, mention: DateMention, date: dt.date) -> bool:
    """A weekday named right before a numeric date must agree with it ("Friday (10/11/2023)")."""
    before = text[max(0, mention.start - 14) : mention.start]
    m = re.search(rf"({_WEEKDAY})\W*$", before)
    return not m or calendar.day_name[date.weekday()] == m.group(1)


_INTERVIEW_HELD = re.compile(
    r"\b(?:interview|conversation|talk|exchange|discussion)\s+(?:was\s+|has\s+been\s+)?"
    r"(?:conducted|recorded|held|given|filmed|taped)\s+(?:on\s+)?|\binterview\s+took\s+place\s+(?:on\s+)?",
    re.IGNORECASE,
)


def interview_held(text: str, spans: list[tuple[int, int]]) -> DateMention | None:
    """ "This interview was conducted on February 28, 2022": the day the answers were given,
    which the publication may follow by days."""
    for a, b in spans:
        for m in _INTERVIEW_HELD.finditer(text, a, b):
            for d in find_dates(text, m.end(), min(b, m.end() + 40)):
                if d.start == m.end() and d.kind in ("month_day", "day_month", "iso", "numeric"):
                    return d
    return None


def entry_heading(text: str, start: int, end: int) -> DateMention | None:
    """The date that heads a timeline's or a live blog's entry: "February 21: Putin ...",
    "28 February 2022 – Officials warn ..." or a line that is that date alone. It dates the
    entry's words until the next heading."""
    head = re.match(r"[\s•*–—-]*", text[start:end])
    at = start + head.end()
    for d in find_dates(text, at, min(end, at + 60)):
        if d.start != at or d.kind in ("weekday", "relative"):
            return None
        rest = text[d.end : end]
        if re.match(r"\s*:|\s+[–—-]\s+\w", rest) or not rest.strip(" \t.,–—-"):
            return d
        return None
    return None


# "according to the statement", "according to a White House pool report": a document issued
# with the news, so its claims are dated as the article; "according to officials" is not.
_ISSUED_DOCUMENT = re.compile(
    r"(?:the|a|an|its|his|her|their|this|[\w’'.-]+['’]s)?\s*(?:[\w’'.-]+\s+){0,4}?"
    r"(?:statement|report|update|briefing|bulletin|summary|communiqu[eé]|press\s+release|"
    r"(?:prelim\w*|preliminary|initial|latest|official)\s+(?:data|figures|information))"
    # "a statement from the military alliance headquartered in Brussels": the issuer after it
    r"(?:\s+(?:from|by|of|issued\s+by|released\s+by)\s+[^,;:]{2,80})?\s*$",
    re.IGNORECASE,
)


def issued_document(source: str) -> bool:
    """The source of an "according to" is a document issued with the news, not a body."""
    return bool(_ISSUED_DOCUMENT.fullmatch(source.strip()))


def earlier_unspecified(text: str) -> bool:
    """An attribution that places the words at some earlier, unstated time. Words inside a
    quotation ("we have repeatedly stressed", "in the past") are the speaker's, not the
    attribution's."""
    return bool(_EARLIER_UNSPECIFIED.search(_QUOTED.sub(_blank, text)))


# A quotation, closed or running to the end of the text.
_QUOTED = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _add(date: dt.date, n: int, unit: str) -> dt.date:
    if unit == "day":
        return date + dt.timedelta(days=n)
    if unit == "week":
        return date + dt.timedelta(weeks=n)
    months = n * (12 if unit == "year" else 1)
    y, m = divmod(date.month - 1 + months, 12)
    day = min(date.day, calendar.monthrange(date.year + y, m + 1)[1])
    return dt.date(date.year + y, m + 1, day)


@dataclass
class PublicationDate:
    date: dt.date | None
    precision: str
    evidence: str
    warnings: list[str]
    # When no header, dateline or byline dates the article: the newest past date its prose
    # tells (never an event's date, never a deadline). Not the publication date; only an
    # anchor for "on Friday" in the statements, which say so in their evidence.
    estimate: tuple[dt.date, str] | None = None


# Words before a date that make it a deadline or a plan, not something that has happened.
_FUTURE_BEFORE = re.compile(
    r"\b(?:until|till|by|before|expir\w*|deadline|due|scheduled|planned|set|will|would|next|"
    r"ahead\s+of|from|starting|begins?|opens?)\b[^.;]{0,25}$",
    re.IGNORECASE,
)


def year_from_weekday(
    month: int, day: int, weekday: int, *, latest: dt.date, earliest_year: int = _FIRST_WAR_YEAR
) -> int | None:
    """The year in which `month`/`day` falls on `weekday`, between `earliest_year` and
    `latest`: the latest such year, or None when no year in the window matches."""
    for year in range(latest.year, earliest_year - 1, -1):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date <= latest and date.weekday() == weekday:
            return year
    return None


def weekday_header(
    text: str, start: int, end: int, *, today: dt.date
) -> tuple[dt.date, str] | None:
    """A year-less header date that names its weekday ("Sunday, April 14"): the year in which
    that weekday matches (2014 to today), else None."""
    m = re.search(
        rf"\b({_WEEKDAY}),?\s+(?:({_MONTH})\s+(\d{{1,2}})|(\d{{1,2}})\s+({_MONTH}))\b(?!,?\s*\d{{4}})",
        text[start:end],
    )
    if not m:
        return None
    month = _month_number(m.group(2) or m.group(5))
    day = int(m.group(3) or m.group(4))
    weekday = list(calendar.day_name).index(m.group(1))
    year = year_from_weekday(month, day, weekday, latest=today)
    if year is None:
        return None
    return dt.date(year, month, day), text[start:end].strip()


def war_time_evidence(text: str, event_start_for) -> list[tuple[dt.date, str, str]]:
    """(date, precision, phrase) from "the 30th day of the invasion", "a month into the war"."""
    out = []
    for m in _WAR_DAY.finditer(text):
        date = INVASION_START + dt.timedelta(days=int(m.group(1)) - 1)
        out.append((date, DAY, m.group()))
    for m in _WAR_SPAN.finditer(text):
        qualifier, number, unit, what = m.groups()
        n = int(number) if number.isdigit() else _NUM_WORDS.get(number.lower(), 1)
        # "nine years after the war started in 2014": the year the text gives is the start,
        # not the gazetteer's date of an event the words resemble; the result is a year.
        stated = _STATED_YEAR.search(what)
        if stated and unit.lower() == "year":
            out.append((dt.date(int(stated.group(1)) + n, 1, 1), YEAR, m.group()))
            continue
        # ("a day after Russian strikes targeted the grid": a clause telling a new happening,
        # not the name of one the gazetteer dates.)
        base = None if _CLAUSE_PAST.search(what) else event_start_for(what)
        if base is None and re.search(r"\b(?:invasion|war)\b", what, re.IGNORECASE):
            base = INVASION_START
        if base is None or stated:
            continue
        out.append(
            (_add(base, n, unit.lower()), DAY if unit.lower() == "day" else MONTH, m.group())
        )
    return out


_CLAUSE_PAST = re.compile(
    r"\b(?:[a-z]{3,}ed|struck|hit|began|broke)\s+(?:the|a|an|its|their|on|at|in)\b"
)
_STATED_YEAR = re.compile(r"\b(?:in|of)\s+((?:19|20)\d{2})\b")


_DATELINE = re.compile(
    rf"^[A-Z][A-Z .'’-]{{2,40}}(?:,\s*[A-Z][\w ]{{2,30}})?,\s*({_MONTH})\s+(\d{{1,2}})\b(?![,.]?\s*\d{{4}})"
)
_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*((?:19|20)\d{2})\b", re.IGNORECASE)


def dateline(text: str, start: int, end: int) -> DateMention | None:
    """The month and day of a wire dateline opening a paragraph: "KYIV, Nov 19 (Reuters) -"."""
    m = _DATELINE.match(text[start:end])
    if not m:
        return None
    return DateMention(
        start + m.start(1), start + m.end(2), "month_day", m.group(), (m[1], m[2], None, None)
    )


_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?!\d)")


def url_date(url: str) -> dt.date | None:
    """The date a news URL carries in its path ("/2024/12/08/...", "/2023-05-07-..."), or None."""
    m = _URL_DATE.search(url or "")
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def metadata_years(text: str, start: int, end: int) -> list[int]:
    """Years of a copyright line ("© 2023 Reuters")."""
    return [int(y) for y in _COPYRIGHT_YEAR.findall(text, start, end)]


# "Today: Friday, January 24, 2025", "Today is 24.01.2025": a page's display of the day it was
# viewed.
_TODAY_BEFORE = re.compile(r"(?i)\btoday\s*(?:is\s+|:\s*|,\s*)?(?:[A-Z][a-z]+day,?\s*)?$")


def header_date(
    text: str, start: int, end: int, order: str = "dmy"
) -> tuple[dt.date, str, bool] | None:
    """The first full date in text[start:end], the line it sits on, and whether it is written
    so it can be read only one way (spelled out, ISO, dotted, or a day above 12)."""
    for d in find_dates(text, start, end):
        if _TODAY_BEFORE.search(text, max(start, d.start - 24), d.start):
            continue  # "Today: January 24, 2025": the site's clock, not the article's date
        if d.kind in ("iso", "numeric") or (d.kind in ("month_day", "day_month") and d.groups[2]):
            r = resolve(d, reference=None, narrative=None, order=order)
            if r.date:
                certain = d.kind != "numeric" or "." in d.text or r.date.day > 12
                return r.date, text[start:end].strip(), certain
    return None


# "On February 24, 2022, Russia launched its full-scale invasion": the date of the war's start,
# told as background, dates no statement of the paragraph.
WAR_BEGAN_AFTER = re.compile(
    r"\s*,?\s*(?:[A-Z][\w’'.-]*\s+){1,3}(?:launched|initiated|began|started|unleashed)\s+"
    r"(?:(?:its|a|the|his|her)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:invasion|special\s+military\s+operation|war|offensive\s+against)\b"
)


def _conflicts(estimate: dt.date, precision: str, header: dt.date) -> bool:
    """Whether the text's own placing in time ("a month into the war") contradicts a header
    date: by more than 45 days, or, for a year only, by its year."""
    if precision == YEAR:
        return estimate.year != header.year
    return abs((estimate - header).days) > 45


def publication_date(
    text: str,
    *,
    header: tuple[dt.date, str] | None,
    body_spans: list[tuple[int, int]],
    evidence_spans: list[tuple[int, int]],
    event_dates: list[tuple[dt.date, str]],
    event_start_for,
    today: dt.date,
    dateline: DateMention | None = None,
    metadata_years: tuple[int, ...] = (),
    order: str = "dmy",
) -> PublicationDate:
    """The date the content was written: the header, unless the text says otherwise.

    `dateline`: the month and day of a wire dateline ("KYIV, Nov 19 (Reuters) -"), which wins
    over a header a few days off (an "Updated" stamp); without a header, its year comes from the
    page's metadata (a copyright line) or the years the text names."""
    war = []
    for a, b in evidence_spans:
        war.extend(war_time_evidence(text[a:b], event_start_for))
    warnings: list[str] = []
    war = [w for w in war if w[0] <= today]  # a text cannot place itself in the future
    war_estimate = max(war, key=lambda w: w[0]) if war else None

    if header is not None:
        date, line = header
        if war_estimate and _conflicts(war_estimate[0], war_estimate[1], date):
            warnings.append(
                f"date conflict: the header says {date.isoformat()} but the text places itself "
                f"at {war_estimate[0].isoformat()} ({war_estimate[2]!r}); statements are dated by the text"
            )
            return PublicationDate(
                war_estimate[0], war_estimate[1], f"text: {war_estimate[2]!r}", warnings
            )
        if dateline is not None:
            month = _month_number(dateline.groups[0])
            on_line = _with_year(month, int(dateline.groups[1]), date)
            if on_line and on_line != date and (date - on_line).days <= 3:
                return PublicationDate(on_line, DAY, f"dateline: {dateline.text!r}", warnings)
        return PublicationDate(date, DAY, f"header: {line!r}", warnings)

    # No header: the newest dated thing the text tells about, years inferred from the text.
    years = []
    # The years the text places things in; not a period's start ("since 2016", "back in 2014")
    # nor a year describing a noun ("its 1991 borders"): a partial date takes none of those.
    told_years: list[int] = []
    absolute: list[tuple[dt.date, str]] = []
    partial: list[DateMention] = []
    for a, b in body_spans:
        for d in find_dates(text, a, b):
            if _FUTURE_BEFORE.search(text, max(a, d.start - 40), d.start):
                continue  # "the deal expires on July 18": a deadline, not news of that day
            if _SINCE_BEFORE.search(text, max(a, d.start - 50), d.start):
                continue  # "since the invasion on February 24": a period's start, not news
            if WAR_BEGAN_AFTER.match(text, d.end, b):
                continue  # "On February 24, 2022, Russia launched ...": background, not news
            if d.kind in ("iso", "numeric") or (
                d.kind in ("month_day", "day_month") and d.groups[2]
            ):
                r = resolve(d, reference=None, narrative=None, order=order)
                if r.date and r.date <= today:
                    absolute.append((r.date, d.text))
                    years.append(r.date.year)
                    told_years.append(r.date.year)
            elif d.kind in ("month_day", "day_month") and not (
                d.kind == "month_day" and d.groups[3]
            ):
                partial.append(d)
        for y in _YEAR.finditer(text, a, b):
            if int(y.group()) > today.year:
                continue
            years.append(int(y.group()))
            if not _BOUND_YEAR.search(text, max(a, y.start() - 20), y.start()) and not (
                _ATTRIBUTIVE_YEAR.match(text, y.end(), b)
            ):
                told_years.append(int(y.group()))
    years.extend(date.year for date, _ in event_dates)
    told_years.extend(date.year for date, _ in event_dates)
    if war_estimate:
        years.append(war_estimate[0].year)
        told_years.append(war_estimate[0].year)
    dateline_guess = None
    if dateline is not None:
        month, day = _month_number(dateline.groups[0]), int(dateline.groups[1])
        lead_end = body_spans[0][1] if body_spans else 0
        named = [
            list(calendar.day_name).index(w)
            for w in re.findall(_WEEKDAY, text[dateline.start : lead_end])
        ]
        if metadata_years:
            year = max(metadata_years)
            r = resolve(dateline, reference=dt.date(year, 12, 31), narrative=None)
            if r.date and r.date <= today:
                return PublicationDate(
                    r.date, DAY, f"dateline: {dateline.text!r}, year of the copyright", warnings
                )
        # A year-less dateline takes the year in which a weekday its lead names ("said on
        # Thursday") falls on that day, no earlier than the latest year the text names.
        floor = max(years) if years else _FIRST_WAR_YEAR
        for weekday in named:
            year = year_from_weekday(month, day, weekday, latest=today, earliest_year=floor)
            if year is not None:
                evidence = f"dateline: {dateline.text!r}, the year its weekday matches"
                return PublicationDate(dt.date(year, month, day), DAY, evidence, warnings)
        if years:
            r = resolve(dateline, reference=dt.date(max(years), 12, 31), narrative=None)
            if r.date and r.date <= today:
                dateline_guess = (r.date, dateline.text)
        warnings.append(
            f"the dateline {dateline.text.strip()!r} gives no year; the publication date is unknown"
        )
    # Nothing on the page dates it: the publication date stays unknown. The newest past date
    # the prose tells (not an event's date, not a deadline) anchors relative dates only.
    # (Only dates of the war's years: "destroyed by the Bolsheviks in 1936" dates no article.)
    candidates = list(absolute)
    war_years = [y for y in told_years if y >= _FIRST_WAR_YEAR]
    if war_years:
        year_end = dt.date(max(war_years), 12, 31)
        for d in partial:
            r = resolve(d, reference=year_end, narrative=None)
            if r.date:
                candidates.append((r.date, d.text))
    candidates = [c for c in candidates if c[0].year >= _FIRST_WAR_YEAR and c[0] <= today]
    if war_estimate and (
        not candidates or war_estimate[0] > max(c[0] for c in candidates) + dt.timedelta(days=7)
    ):
        candidates.append((war_estimate[0], war_estimate[2]))
    estimate = max(candidates, key=lambda c: c[0]) if candidates else None
    if dateline_guess is not None:
        estimate = dateline_guess
    return PublicationDate(
        None,
        UNKNOWN,
        "unknown: no header, dateline, byline or 'Published' line dates the article",
        warnings,
        estimate=estimate,
    )


# --------------------------------------------------------------------------- metadata

_YEAR_MONTH = re.compile(r"((?:19|20)\d\d)-(0[1-9]|1[0-2])")
_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")
_MONTH_NAME = re.compile(r"[A-Za-z]{3}")
# "Published: …", "Updated on …": a label copied with the date.
_DATE_LABEL = re.compile(r"(?i)(?:published|posted|updated|date|first published)(?: on)?\s*:?\s+")
# Numeric days: "2023/03/06", "2023.3.6"; "06.03.2023" (day first); "25/10/2022" or
# "10/25/2022" (the part above 12 is the day); a time may follow.
_NUMERIC_YMD = re.compile(r"((?:19|20)\d\d)([-/.])(\d{1,2})\2(\d{1,2})(?:[ T].*)?")
_NUMERIC_DMY = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2((?:19|20)\d\d)(?:[ T,].*)?")
_MONTH_YEAR = re.compile(rf"({_MONTH}\.?),?\s+((?:19|20)\d\d)")
_EPOCH = re.compile(r"1\d{9}(?:\d{3})?")  # seconds (or milliseconds) since 1970


def metadata_date(value: str) -> tuple[dt.date, str]:
    """A date given as metadata (a sidecar's `published`): the date and its precision.

    Read: `2023-03-06`, an ISO timestamp, an RFC 2822 date ("Mon, 06 Mar 2023 10:00:00 GMT"),
    a date with its month spelled out ("6 March 2023", "March 6, 2023"), a day in digits
    ("2023/03/06", "06.03.2023", "25/10/2022", "10/25/2022 1:20 PM"), a Unix timestamp, any
    of them after a "Published:" label; `2023-03` or "March 2023" (a month, kept as its first
    day) and `2023` (a year). A ValueError says why anything else is not ("10/11/2023": which
    is the day?)."""
    value = (
        _DATE_LABEL.sub("", value.strip(), count=1)
        if _DATE_LABEL.match(value.strip())
        else value.strip()
    )
    if (numeric := _numeric_date(value)) is not None:
        return numeric, DAY
    try:
        return dt.date.fromisoformat(value), DAY
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(value).date(), DAY
    except ValueError:
        pass
    if _YEAR_MONTH.fullmatch(value):
        return dt.date(int(value[:4]), int(value[5:7]), 1), MONTH
    if _YEAR_ONLY.fullmatch(value):
        return dt.date(int(value), 1, 1), YEAR
    if _MONTH_NAME.search(value):
        try:
            return email.utils.parsedate_to_datetime(value).date(), DAY
        except (TypeError, ValueError, IndexError):
            pass
        parsed = dateparser.parse(
            value,
            languages=["en"],
            settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
        )
        if parsed is not None:
            return parsed.date(), DAY
        if m := _MONTH_YEAR.fullmatch(value):  # "March 2023": the month alone
            return dt.date(int(m[2]), _month_number(m[1]), 1), MONTH
    raise ValueError("is not a date (write YYYY-MM-DD, or YYYY-MM / YYYY when only that is known)")


def _numeric_date(value: str) -> dt.date | None:
    """A day written in digits other than ISO's: "2023/03/06", "06.03.2023", "25/10/2022",
    "10/25/2022", a Unix timestamp. A ValueError for a slashed day whose day and month could be
    either way round ("10/11/2023"), or for no such day."""
    if _EPOCH.fullmatch(value):
        seconds = int(value) / (1000 if len(value) == 13 else 1)
        return dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date()
    if m := _NUMERIC_YMD.fullmatch(value):
        year, month, day = int(m[1]), int(m[3]), int(m[4])
    elif m := _NUMERIC_DMY.fullmatch(value):
        first, second, year = int(m[1]), int(m[3]), int(m[4])
        if m[2] == "." or first > 12:
            day, month = first, second
        elif second > 12:
            day, month = second, first
        elif first == second:
            day = month = first
        else:
            raise ValueError("is ambiguous: day/month or month/day? (write YYYY-MM-DD)")
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError("is not a date (no such day)") from None
