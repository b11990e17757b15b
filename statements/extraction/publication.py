"""The article's own date: when it was published, or unknown.

Input: the text, its labelled paragraphs (`clean.paragraphs`), the event names it mentions
(`events.EventIndex.find`) and the metadata the caller trusts (a sidecar's `published`, the
URL). Output: an `ArticleDate`: the publication date with its precision and evidence (from a
header, byline, "Published ..." line, dateline or the URL; never an event's date), and the
`reference` that relative dates ("on Friday") are counted from — the publication date, else an
estimate (the newest date the text tells), flagged as such.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass, field, replace

from . import clean
from .dates import (
    DAY,
    MONTH,
    UNKNOWN,
    YEAR,
    entry_heading,
    find_dates,
    metadata_years,
    url_date,
    weekday_header,
)
from .dates import dateline as find_dateline
from .dates import header_date as find_header_date
from .dates import publication_date as infer_publication_date
from .events import EventIndex
from .vocabulary import WEEKDAY_RE

_LIST_ITEM = re.compile(r"\s*[-–—•*·]\s")
_METADATA_LINE = re.compile(
    r"\W*(?:published|updated|posted|first\s+published|last\s+updated|date)\b", re.IGNORECASE
)
_DATE_PREFIX = re.compile(r"\s*date\s+(?:19|20)\d\d-\d\d-\d\d\b")
_UPDATED = re.compile(r"\W*(?:last\s+)?updated\b", re.IGNORECASE)
# A page's metadata line giving only a month: "date 2022-08", "Published: 2022-08".
_MONTH_LINE = re.compile(
    r"\W*(?:published|updated|posted|date)\W*\s*(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])(?![\d-])",
    re.IGNORECASE,
)
_FULL_DATELINE = re.compile(
    r"[A-Z][A-Za-z .'’-]{2,40},\s*(?:\w+\s+){0,1}\d{1,2}\s+\w+\.?,?\s+\d{4}\b"
    r"|[A-Z][A-Za-z .'’-]{2,40},\s*\w+\.?\s+\d{1,2},?\s+\d{4}\b"
)


@dataclass
class ArticleDate:
    date: dt.date | None
    precision: str
    evidence: str
    warnings: list[str] = field(default_factory=list)
    reference: dt.date | None = None  # what relative dates are counted from
    estimated: bool = False  # the reference is the newest date told, not the article's date


EARLIEST_PUBLISHED = dt.date(2013, 11, 1)


def article_date(
    text: str,
    paras: list[clean.Paragraph],
    *,
    order: str,
    events: EventIndex,
    event_hits: list,
    published: dt.date | None,
    published_evidence: str,
    url: str,
    published_precision: str = DAY,
) -> ArticleDate:
    """The article's date from the caller's metadata, else from the page itself.

    `published_precision` "month" or "year": the caller knows only that much (`published` is
    the period's first day); relative dates are then counted from the newest date the text
    tells within the period, else from the period's last day (a month's only)."""
    body = [p for p in paras if p.label == clean.BODY]
    # The header's date: one written so it reads only one way ("July 12, 2023") beats an
    # ambiguous numeric one above it ("07/12/2023").
    headers = []
    clocks = []
    listed = []  # bulleted date lines
    entry_lines = sum(1 for p in paras if _dated_entry(text, p.start, p.end))
    if (
        paras
        and paras[0].label in (clean.BODY, clean.CAPTION)
        and _DATE_PREFIX.match(text, paras[0].start)
    ):
        # " date 2023-11-26 Jane Doe said ...": the page's date line, glued to its first
        # paragraph (or to a photo's caption) by the scraper.
        first = paras[0]
        if found := find_header_date(text, first.start, min(first.end, first.start + 24), order):
            headers.append(found)
    for i, p in enumerate(paras):
        if p.label == clean.BODY:
            break
        if i and _WEATHER.fullmatch(text, paras[i - 1].start, paras[i - 1].end):
            continue  # "6.6 C" then "Sunday, February 25, 2024": the site's weather and clock
        # A photo caption dates the photo, not the article.
        if _LIST_ITEM.match(text, p.start, p.end):
            # "- Sputnik International, 25.02.2022": a teaser's or a menu's date; but
            # "- 4.09.2025, 21:51" alone is the page's stamp when no other line dates it.
            if _bare_date_line(text[p.start : p.end]) and (
                found := find_header_date(text, p.start, p.end, order)
            ):
                (clocks if _site_clock(text, paras, i, found[1], order) else listed).append(found)
            continue
        if entry_lines >= 2 and _dated_entry(text, p.start, p.end):
            continue  # "28 February 2022 – Officials warn ...": a live page's entry, one of many
        if _PHOTO_LINE.search(text, p.start, p.end):
            continue  # ("... is pictured 13 Feb 2024. (Agency photo/Jane Roe)": the photo's day)
        if p.label != clean.CAPTION and (found := find_header_date(text, p.start, p.end, order)):
            if _site_clock(text, paras, i, found[1], order):
                clocks.append(found)
            else:
                headers.append(found)
    if not headers and not clocks:
        headers = listed[:1]
    if not headers and not clocks and body:
        # A standfirst above the stamp: "Erdogan to discuss grain deal" / "Russia-Ukraine
        # conflict enters its 509th day." / "July 17, 2023" / the story. A short date line
        # between the first body paragraph and the next one dates the article, unless the page
        # is a timeline or a live page whose dated headings head its entries.
        headings = sum(
            1
            for p in paras
            if p.label == clean.HEADLINE
            and entry_heading(text, p.start, p.end) is not None
            and find_header_date(text, p.start, p.end, order)
        )
        for p in paras[body[0].index + 1 :]:
            if p.label == clean.BODY or headings > 1:
                break
            if p.label == clean.CAPTION or _LIST_ITEM.match(text, p.start, p.end):
                continue
            found = find_header_date(text, p.start, p.end, order)
            if found and len(_words_besides_dates(found[1])) <= 3:
                headers.append(found)
                break
    # "Tuesday, 16 April 2024" above the headline, with no time of day, which the lead's
    # weekday does not bear out: the site's clock (the day the page was saved), not the
    # article's date. Kept aside: a text that places itself elsewhere in time still says so.
    clock = clocks[0][:2] if clocks and not headers else None
    if not headers:
        # A "Published 14 Feb 2024" line that the page put below the story.
        headers = [
            found
            for p in paras
            if p.label != clean.CAPTION
            and _METADATA_LINE.match(text, p.start, p.end)
            and len(text[p.start : p.end].split()) <= 15
            if (found := find_header_date(text, p.start, p.end, order))
        ][:1]
    # A header date before the war's first months dates no article about it ("May 19, 1883"
    # in a history box): the plausible window opens in 2013, the protests before the war.
    headers = [h for h in headers if h[0] >= EARLIEST_PUBLISHED]
    if len(headers) > 1 and any(not _bare_date_line(h[1]) for h in headers):
        # "Saturday, Jun 25, 2022" alone on a line is often the site's clock; a byline
        # ("DW, 27 May 2022") or a "Published ..." line dates the article itself.
        headers = [h for h in headers if not _bare_date_line(h[1])]
    header = next((h[:2] for h in headers if h[2]), headers[0][:2] if headers else None)
    if header is not None and _UPDATED.match(header[1]):
        # A live page "Updated: March 25, 2022" over entries headed "March 23, 2022": the
        # page's date is the newest entry's day, not the day of its last change.
        entries = [
            (found[0], found[1])
            for p in paras
            if p.label == clean.HEADLINE
            and entry_heading(text, p.start, p.end) is not None
            and (found := find_header_date(text, p.start, p.end, order))
            and header[0] - dt.timedelta(days=45) <= found[0] <= header[0]
        ]
        if entries:
            header = max(entries, key=lambda e: e[0])
    if header is None and body and _FULL_DATELINE.match(text, body[0].start, body[0].end):
        # "MOSCOW, 10 November 2023 – ...": a dateline with its year.
        found = find_header_date(text, body[0].start, min(body[0].end, body[0].start + 80), order)
        if found:
            header = (found[0], text[body[0].start : body[0].start + 40].strip())
    if header is None:
        # "Sunday, April 14": a year-less header whose weekday tells the year.
        header = next(
            (
                found
                for p in paras
                if p.label != clean.BODY and p.label != clean.CAPTION
                if (found := weekday_header(text, p.start, p.end, today=dt.date.today()))
            ),
            None,
        )
    wire_dateline = find_dateline(text, body[0].start, body[0].end) if body else None
    copyright_years = tuple(
        y for p in paras if p.label != clean.BODY for y in metadata_years(text, p.start, p.end)
    )
    body_spans = [(p.start, p.end) for p in body]
    evidence_spans = [(p.start, p.end) for p in paras if p.label in (clean.BODY, clean.CAPTION)]
    event_dates = {}
    body_starts = [a for a, _ in body_spans]
    for start, keyword, event in event_hits:
        at = bisect.bisect_right(body_starts, start) - 1
        in_body = at >= 0 and start < body_spans[at][1]
        if in_body and (any(c.isupper() for c in keyword) or " " in keyword):
            event_dates.setdefault(event.slug, (event.starts_on, event.name))

    def event_start_for(phrase: str) -> dt.date | None:
        event = events.named_loosely(phrase)
        return event.starts_on if event else None

    def infer(header):
        return infer_publication_date(
            text,
            header=header,
            body_spans=body_spans,
            evidence_spans=evidence_spans,
            event_dates=list(event_dates.values()),
            event_start_for=event_start_for,
            today=dt.date.today(),
            dateline=wire_dateline,
            metadata_years=copyright_years,
            order=order,
        )

    if header is None and clock is not None:
        if _lead_names_weekday(text, body, clock[0]):
            header = clock  # "Sunday, May 26, 2024" over "X said on Sunday ...": the day itself
        elif not infer(clock).evidence.startswith("header:"):
            header = clock  # the text places itself in time ("the 30th day of the war")
    pub = infer(header)
    aired = _transcript_aired(text, body[:2], order)
    if (
        aired
        and (pub.date is None or pub.evidence.startswith("header:"))
        and (pub.date is None or pub.date > aired[0])
    ):
        # "a transcript of an interview that aired Sunday, March 6, 2022": the broadcast's
        # day, not the day a later page reprinted it.
        pub = replace(pub, date=aired[0], precision=DAY, evidence=f"transcript: {aired[1]!r}")
    if pub.date is None and pub.estimate is None:
        # "A queue at the border, 24 February 2022. JANE ROE/AGENCY": a photo's date is not
        # the article's, but relative dates ("on Thursday") count from it when nothing else
        # in the text is dated.
        photos = [
            (found[0], found[1])
            for p in paras
            if p.label == clean.CAPTION
            if (found := find_header_date(text, p.start, p.end, order))
            and found[2]
            and found[0] <= dt.date.today()
        ]
        if photos:
            pub = replace(pub, estimate=max(photos, key=lambda c: c[0]))
    warnings = list(pub.warnings)
    if published is None and pub.date is None and (from_url := url_date(url)):
        published, published_evidence = from_url, f"the date in the URL {url}"
    month = (
        _MONTH_LINE.match(text, paras[0].start, paras[0].end)
        if published is None and pub.date is None and paras and paras[0].label != clean.BODY
        else None
    )
    if month:  # "date 2022-08" above the headline: the page gives only the month
        published = dt.date(int(month["y"]), int(month["m"]), 1)
        published_precision = MONTH
        published_evidence = f"the page's date line {month.group().strip()!r} (a month)"
    if published is not None:
        if pub.date and abs((pub.date - published).days) > 45:
            warnings.append(
                f"the given date {published.isoformat()} differs from the text's {pub.date.isoformat()}"
            )
        pub_date, pub_precision, pub_evidence = (
            published,
            published_precision,
            published_evidence or "given by the caller",
        )
    else:
        pub_date, pub_precision, pub_evidence = pub.date, pub.precision, pub.evidence
    reference = pub_date
    if pub_date is not None and pub_precision in (MONTH, YEAR):
        reference = _reference_within(pub_date, pub_precision, pub.estimate)
    elif reference is None and pub.estimate is not None:
        reference = pub.estimate[0]
        pub_evidence += (
            f"; relative dates are counted from {pub.estimate[1]!r}, the newest date told"
        )
    return ArticleDate(
        date=pub_date,
        precision=pub_precision if pub_date else UNKNOWN,
        evidence=pub_evidence,
        warnings=warnings,
        reference=reference,
        estimated=pub_date is None and reference is not None,
    )


def _reference_within(
    first: dt.date, precision: str, estimate: tuple[dt.date, str] | None
) -> dt.date | None:
    """What relative dates count from when only the month or year of the article is known."""
    if precision == MONTH:
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    else:
        last = first.replace(month=12, day=31)
    if estimate is not None and first <= estimate[0] <= last:
        return estimate[0]
    return min(last, dt.date.today()) if precision == MONTH else None


# A photo's caption, whatever the cleaner labelled it: its date is the photo's.
_PHOTO_LINE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:\w+\s+)?pictured\b|\bphoto\s*/\s*[A-Z]", re.IGNORECASE
)
# A theme's weather widget above its clock: "6.6 C", "-3°C", "72 °F".
_WEATHER = re.compile(r"\s*-?\d{1,2}(?:[.,]\d)?\s*°?\s*[CF]\s*")


def _bare_date_line(line: str) -> bool:
    """A line holding a date and nothing else (a weekday, a time and punctuation at most)."""
    rest = list(line)
    for d in find_dates(line, 0, len(line)):
        rest[d.start : d.end] = " " * (d.end - d.start)
    words_left = re.findall(r"[A-Za-z]{2,}", "".join(rest))
    return all(re.fullmatch(r"(?i:am|pm|gmt|utc|[a-z]{3}day|[a-z]{3})", w) for w in words_left)


_TIME_OF_DAY = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b[ap]\.?m\b", re.IGNORECASE)
_WEEKDAY_WORD = re.compile(rf"\b({WEEKDAY_RE}|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b")


def _words_besides_dates(line: str) -> list[str]:
    rest = list(line)
    for d in find_dates(line, 0, len(line)):
        rest[d.start : d.end] = " " * (d.end - d.start)
    return [w for w in re.findall(r"[A-Za-z]{2,}", "".join(rest)) if not _WEEKDAY_WORD.fullmatch(w)]


def _is_title(text: str, p: clean.Paragraph, order: str) -> bool:
    """A headline: four words or more, no date."""
    return (
        p.label == clean.HEADLINE
        and len(re.findall(r"[A-Za-z]{2,}", text[p.start : p.end])) >= 4
        and find_header_date(text, p.start, p.end, order) is None
    )


def _site_clock(text: str, paras: list[clean.Paragraph], i: int, line: str, order: str) -> bool:
    """ "Tuesday, 16 April 2024" (or "Flag Tuesday, ...") above the article's headline, with no
    time of day and no byline: the day shown by the site's clock. A byline's date sits under
    the headline ("Scholz says ..." then "Sunday, April 2, 2023")."""
    if not _WEEKDAY_WORD.search(line) or _TIME_OF_DAY.search(line):
        return False
    if len(_words_besides_dates(line)) > 1:
        return False
    if any(_is_title(text, p, order) for p in paras[:i]):
        return False
    for p in paras[i + 1 :]:
        if p.label == clean.BODY:
            return False
        if _is_title(text, p, order):
            return True
    return False


def _lead_names_weekday(text: str, body: list[clean.Paragraph], date: dt.date) -> bool:
    """Whether the lead tells of the clock's weekday ("Lavrov said on Sunday"): the clock then
    shows the article's own day."""
    for p in body[:2]:
        for m in _WEEKDAY_WORD.finditer(text, p.start, p.end):
            if calendar.day_name[date.weekday()].lower().startswith(m.group(1).lower()):
                return True
    return False


# "28 February 2022 – Officials warn ...": a date opening a line, then a dash and a title.
def _dated_entry(text: str, start: int, end: int) -> bool:
    head = re.match(r"[\s•*]*", text[start:end])
    at = start + head.end()
    for d in find_dates(text, at, min(end, at + 40)):
        if d.start != at or d.kind not in ("month_day", "day_month", "iso", "numeric"):
            return False
        return re.match(r"\s*[–—-]\s+\w", text[d.end : end]) is not None
    return False


_TRANSCRIPT_AIRED = re.compile(
    r"\btranscripts?\b.{0,200}?\b(?:aired|was\s+broadcast|broadcast)\s+(?:on\s+)?",
    re.IGNORECASE,
)


def _transcript_aired(
    text: str, lead: list[clean.Paragraph], order: str
) -> tuple[dt.date, str] | None:
    """The broadcast day a transcript's introduction gives: "The following is a transcript of
    an interview with X that aired Sunday, March 6, 2022, on ..." (its year written)."""
    for p in lead:
        for m in _TRANSCRIPT_AIRED.finditer(text, p.start, p.end):
            found = find_header_date(text, m.end(), min(p.end, m.end() + 40), order)
            if found and found[0] <= dt.date.today():
                return found[0], text[m.start() : min(p.end, m.end() + 30)].strip()
    return None
