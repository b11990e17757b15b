"""Finding a statement's words again in a changed article.

    found = anchor(new_text, statement.text, near=statement.start)   # -> Anchor | None

First the exact words (the occurrence nearest the old offset, whole words only), else the most
similar passage (rapidfuzz's best partial alignment, nearest the old offset first), widened to
whole words. A passage less similar than `THRESHOLD` is returned with `matched` False: the
statement then needs an editor's look, and the offsets still fall on word boundaries.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

THRESHOLD = 85.0  # percent similarity (rapidfuzz partial ratio) a re-anchored statement needs
NEARBY = 3  # first look within this many statement lengths of the old offset


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    score: float  # 100 for the exact words

    @property
    def exact(self) -> bool:
        return self.score >= 100.0

    @property
    def matched(self) -> bool:
        return self.score >= THRESHOLD


def anchor(text: str, needle: str, *, near: int) -> Anchor | None:
    """Where `needle` is in `text` now (see the module docstring); None for empty input."""
    if not needle.strip() or not text.strip():
        return None
    exact = _nearest_exact(text, needle, near)
    if exact is not None:
        return Anchor(exact, exact + len(needle), 100.0)
    reach = NEARBY * len(needle)
    lo, hi = max(0, near - reach), min(len(text), near + len(needle) + reach)
    best = _best_alignment(text, needle, lo, hi)
    if best is None or best.score < THRESHOLD:
        anywhere = _best_alignment(text, needle, 0, len(text))
        if anywhere is not None and (best is None or anywhere.score > best.score):
            best = anywhere
    return best


def at_word_edges(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] begins and ends between words, not inside one."""
    inside_start = 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum()
    inside_end = 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum()
    return not inside_start and not inside_end


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """`start`-`end` widened to whole words (and clipped to the text)."""
    start, end = min(max(0, start), len(text)), min(max(0, end), len(text))
    start, end = _widen_to_words(text, start, end)
    return (start, end) if end > start else (0, len(text))


def _nearest_exact(text: str, needle: str, near: int) -> int | None:
    best = None
    start = text.find(needle)
    while start != -1:
        whole_words = at_word_edges(text, start, start + len(needle))
        if whole_words and (best is None or abs(start - near) < abs(best - near)):
            best = start
        start = text.find(needle, start + 1)
    return best


def _best_alignment(text: str, needle: str, lo: int, hi: int) -> Anchor | None:
    found = fuzz.partial_ratio_alignment(needle, text[lo:hi])
    if found is None or found.dest_end <= found.dest_start:
        return None
    start, end = _widen_to_words(text, lo + found.dest_start, lo + found.dest_end)
    # Punctuation the statement does not begin or end with is the passage's neighbours'.
    while end > start and not text[end - 1].isalnum() and needle[-1].isalnum():
        end -= 1
    while start < end and not text[start].isalnum() and needle[0].isalnum():
        start += 1
    if end <= start:
        return None
    return Anchor(start, end, round(found.score, 1))


def _widen_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
