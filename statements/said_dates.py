"""Honest dates for readers: when a statement was said, how precisely, and how we know.

Extraction dates a statement from words in the article ("on Friday", "Nov. 19"); when the
article gives none, the statement takes its speaker's previous date or, failing that, the
article's own publication date, and its evidence says so ("as the speaker's previous statement
(as the speaker's previous statement (the article's date))"). Readers see instead:

- "said 10 Nov 2023" (or "said Nov 2023", "said 2023" at month or year precision),
- "≈ published 10 Nov 2023" when the only date is the article's,
- one clean evidence phrase: "“Nov. 19”, carried over from the speaker's previous statement".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .extraction.results import ARTICLE_DATE_EVIDENCE, NEWEST_DATE_EVIDENCE
from .models import Precision, Statement

ARTICLE_DATE = ARTICLE_DATE_EVIDENCE
_CARRIED = re.compile(r"^as the speaker's previous statement \((.*)\)$")
_SAME_PARAGRAPH = re.compile(r"^same paragraph(?:, of the speaker)?: (.*)$")


def day_label(day: dt.date, precision: str = Precision.DAY) -> str:
    """10 Nov 2023 / Nov 2023 / 2023, no more precise than known."""
    if precision == Precision.YEAR:
        return f"{day:%Y}"
    if precision == Precision.MONTH:
        return f"{day:%b %Y}"
    return f"{day.day} {day:%b %Y}"


def iso_label(day: dt.date, precision: str = Precision.DAY) -> str:
    """The `<time datetime>` value at the same precision."""
    if precision == Precision.YEAR:
        return f"{day:%Y}"
    if precision == Precision.MONTH:
        return f"{day:%Y-%m}"
    return day.isoformat()


@dataclass(frozen=True)
class Evidence:
    words: str  # the words the date was read from ("" when none)
    carried: bool = False  # taken from the speaker's previous statement
    same_paragraph: bool = False
    from_article: bool = False  # the only date is the article's publication date
    estimated: bool = False  # the article states no date: the newest date it tells stands in

    def __str__(self) -> str:
        if self.estimated:
            text = (
                "the newest date the article tells: the article states neither its own date "
                "nor when this was said"
            )
        elif self.from_article:
            text = "the article's publication date: the article does not say when it was said"
        elif self.words:
            text = f"“{self.words}”"
            if self.same_paragraph:
                text += " in the same paragraph"
        else:
            return ""
        if self.carried:
            text += ", carried over from the speaker's previous statement"
        return text


def read_evidence(raw: str) -> Evidence:
    """Extraction's evidence string, its nesting unwrapped."""
    words, carried = (raw or "").strip(), False
    while found := _CARRIED.match(words):
        words, carried = found.group(1).strip(), True
    same = _SAME_PARAGRAPH.match(words)
    if same:
        words = same.group(1).strip()
    if words == ARTICLE_DATE:
        return Evidence("", carried=carried, from_article=True)
    if words == NEWEST_DATE_EVIDENCE:
        return Evidence("", carried=carried, from_article=True, estimated=True)
    return Evidence(words, carried=carried, same_paragraph=bool(same))


@dataclass(frozen=True)
class SaidDate:
    day: dt.date | None
    precision: str
    published: dt.date | None
    evidence: Evidence

    @property
    def approximate(self) -> bool:
        """True when the article's publication date is all we have."""
        return self.day is None or self.precision == Precision.UNKNOWN or self.evidence.from_article

    @property
    def verb(self) -> str:
        if self.evidence.estimated and self.day:
            return "≈ said by"
        return "said" if not self.approximate else "≈ published"

    @property
    def day_text(self) -> str:
        if self.evidence.estimated and self.day:
            return day_label(self.day)
        if not self.approximate:
            return day_label(self.day, self.precision)
        return day_label(self.published) if self.published else ""

    @property
    def label(self) -> str:
        """ "said 10 Nov 2023", "≈ published 10 Nov 2023" or "date unknown"."""
        return f"{self.verb} {self.day_text}" if self.day_text else "date unknown"

    @property
    def iso(self) -> str:
        if self.evidence.estimated and self.day:
            return self.day.isoformat()
        if not self.approximate:
            return iso_label(self.day, self.precision)
        return self.published.isoformat() if self.published else ""

    @property
    def precision_note(self) -> str:
        if self.approximate:
            return ""
        if self.precision == Precision.MONTH:
            return "only the month is known"
        if self.precision == Precision.YEAR:
            return "only the year is known"
        return ""


def said_date(statement: Statement) -> SaidDate:
    return SaidDate(
        day=statement.said_on,
        precision=statement.said_on_precision,
        published=statement.source.published_on,
        evidence=read_evidence(statement.said_on_evidence),
    )
