"""Quotation spans and sentence segmentation inside one paragraph (offsets of the article)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .vocabulary import reporting_verbs

OPENERS = "“«„"
CLOSERS = "”»“"  # a German „…“ closes with “


@dataclass(frozen=True)
class QuoteSpan:
    open: int  # offset of the opening mark
    start: int  # first character inside
    end: int  # one past the last character inside
    close: int | None  # offset of the closing mark; None when the quote runs on past the paragraph

    @property
    def closed(self) -> bool:
        return self.close is not None

    @property
    def outer_end(self) -> int:
        return self.close + 1 if self.close is not None else self.end


def quote_spans(text: str, start: int, end: int) -> list[QuoteSpan]:
    """Pair quotation marks in text[start:end]; straight quotes pair by position. A paragraph
    with no double quotation marks may quote with single ones ('...' or ‘...’)."""
    if not _DOUBLE.search(text, start, end):
        return _single_quote_spans(text, start, end)
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    open_char = ""
    i = start
    while i < end:
        ch = text[i]
        if open_at is None:
            if ch in OPENERS or (ch == '"' and _opens_straight(text, i, start)):
                open_at, open_char = i, ch
        else:
            closes = (
                (ch == '"' and open_char == '"')
                or (ch in "”»" and open_char != '"')
                or (ch == "“" and open_char == "„")
            )
            if closes:
                spans.append(QuoteSpan(open_at, open_at + 1, i, i))
                open_at = None
            elif ch in "“«" and open_char in "“«":
                # A new opening mark before the old one closed: the old one ran on unclosed.
                spans.append(QuoteSpan(open_at, open_at + 1, _rstrip(text, open_at + 1, i), None))
                open_at, open_char = i, ch
        i += 1
    if open_at is not None:
        said = _ATTRIBUTION_ENDS.search(text, open_at + 1, end)
        if said and not _DOUBLE.search(text, open_at + 1, end):
            # “Last night, air defences destroyed 56 drones, the ministry said.": the page lost
            # the closing mark; the attribution that ends the paragraph closes the quotation.
            spans.append(QuoteSpan(open_at, open_at + 1, said.start(), said.start()))
        else:
            spans.append(QuoteSpan(open_at, open_at + 1, _rstrip(text, open_at + 1, end), None))
    return spans


# ", the ministry said." ending a paragraph: a closing attribution.
_ATTRIBUTION_ENDS = re.compile(
    r",\s+(?:[\w’'.-]+\s+){1,5}?(?:"
    + "|".join(reporting_verbs("clause"))
    + r")(?:\s+(?:on|in)\s+[\w\s]{1,30}?)?\s*\.\s*$"
)


_DOUBLE = re.compile(r"[“”«»„\"]")
_OPEN_BEFORE = " \t\n([—–-:"
_CLOSE_AFTER = " \t\n,.;:!?)—–-"


def _single_quote_spans(text: str, start: int, end: int) -> list[QuoteSpan]:
    """'...' and ‘...’ quotations: an opening mark after a space and before a word, a closing one
    after a word and before a space or punctuation (so "don't" and "Putin's" are no marks)."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    for i in range(start, end):
        ch = text[i]
        if ch not in "'‘’":
            continue
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if open_at is None:
            if ch in "'‘" and before in _OPEN_BEFORE and not after.isspace():
                open_at = i
        elif ch in "'’" and not before.isspace() and after in _CLOSE_AFTER:
            if len(text[open_at + 1 : i].split()) >= 3:
                spans.append(QuoteSpan(open_at, open_at + 1, i, i))
            open_at = None
    return spans


def _opens_straight(text: str, i: int, start: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before in ',."' and after.isupper():
        return True  # glued by a scraper: 'Also,"Naturally', 'Accords.""The only issue'
    return (before.isspace() or before in "([:—–-") and not after.isspace()


def _rstrip(text: str, a: int, b: int) -> int:
    while b > a and text[b - 1].isspace():
        b -= 1
    return b


_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "lt",
        "col",
        "maj",
        "sgt",
        "capt",
        "cpt",
        "adm",
        "gov",
        "sen",
        "rep",
        "prof",
        "st",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "vs",
        "etc",
        "jr",
        "sr",
        "inc",
        "corp",
        "ltd",
        "co",
        "mt",
        "ft",
        "approx",
        "dept",
        "est",
        "fig",
        "lit",
        "univ",
    ]
)
_BOUNDARY = re.compile(
    r"[.!?…]+[”\"’'»)\]]*(?=\s+[“\"«(\[‘']?[A-Z0-9])"
    # Sentences a scraper glued together: "said in a statement.According to officials".
    r"|(?<=[a-z]{3})[.!?][”\"’]?(?=[A-Z][a-z])"
    # ... and a sentence glued to the quotation that follows it: "Peskov said.“The ball ...".
    r"|(?<=[a-z]{3})[.!?](?=[“«]\s*[A-Z])"
)


def sentences(text: str, start: int, end: int, quotes: list[QuoteSpan]) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end]; never split inside a closed quotation."""
    protected = [(q.start, q.end) for q in quotes if q.closed]
    out: list[tuple[int, int]] = []
    s = start
    for m in _BOUNDARY.finditer(text, start, end):
        cut = m.end()
        if any(a < m.start() < b and m.end() <= b for a, b in protected):
            continue
        word = re.search(r"([A-Za-z]+)\.?$", text[s : m.start() + 1])
        if m.group().startswith(".") and word:
            w = word.group(1)
            if w.lower() in _ABBREVIATIONS or (len(w) == 1 and w.isupper()):
                continue
        out.append((s, cut))
        s = cut
        while s < end and text[s].isspace():
            s += 1
    if s < end:
        out.append((s, end))
    return out
