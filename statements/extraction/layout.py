"""Layout: undo hard wrapping, so a line break inside a paragraph reads as a space.

Input: the article's text as given. Output: a text of exactly the same length in which each
line break that only wraps a paragraph (wire copy, e-mailed releases and plain-text feeds break
lines at ~70 columns) is a space. Every later stage works on that text, so every offset they
report is an offset into the original.

A break is a wrap when the text is hard-wrapped (most of its lines are no longer than a common
width and many of them are full) and the line before it is full (the next word would have fit
on it otherwise), or the line after it goes on in small letters (ragged and justified columns). In text whose paragraphs are not separated by blank lines, a line that ends a
sentence also ends its paragraph.
"""

from __future__ import annotations

import re

from .clean import is_furniture

# The widest column a hard-wrapped text is taken to break at; lines longer than this are
# paragraphs written on one line.
_MAX_WIDTH = 110
_MIN_WIDTH = 30
_SENTENCE_END = re.compile(r"""[.!?…:]["”’»)\]]*\s*$""")
# A line that goes on with a sentence: it starts with a small letter.
_CONTINUES = re.compile(r"\s*[a-z]")
# A line that starts an item of its own, never a continuation.
_ITEM_START = re.compile(
    r"\s*(?:[-–—•*·]\s|[•·▪■◾◼●►♦🔹🔸📌✅]|\d{1,2}[.)]\s|[A-Z][A-Z .'’-]{1,40}:\s|Q:|A:)"
)


def unwrap(text: str) -> str:
    """`text` with wrapping line breaks turned into spaces (same length, same offsets)."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    bodies = [line.rstrip("\r") for line in lines]
    width = _wrap_width(bodies)
    if width is None:
        return text
    blank_separated = any(not b.strip() for b in bodies[1:-1])
    out = list(text)
    at = 0
    for i, line in enumerate(bodies[:-1]):
        at += len(lines[i])  # the offset of the "\n" ending line i
        nxt = bodies[i + 1]
        if _is_wrap(line, nxt, width, blank_separated):
            out[at] = " "
            if lines[i].endswith("\r"):
                out[at - 1] = " "
        at += 1
    return "".join(out)


def _wrap_width(lines: list[str]) -> int | None:
    """The column the text is wrapped at, or None when it is not hard-wrapped."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 4:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not _MIN_WIDTH <= width <= _MAX_WIDTH:
        return None
    full = sum(
        1
        for line, nxt in zip(lines, lines[1:], strict=False)
        if line.strip() and nxt.strip() and _is_full(line, nxt, width)
    )
    return width if full >= max(2, 0.25 * len(lengths)) else None


def _is_full(line: str, nxt: str, width: int) -> bool:
    """The next line's first word would not have fit on this line."""
    words = nxt.split()
    return bool(words) and len(line.rstrip()) + 1 + len(words[0]) > width


def _is_wrap(line: str, nxt: str, width: int, blank_separated: bool) -> bool:
    if not line.strip() or not nxt.strip() or _ITEM_START.match(nxt):
        return False
    if is_furniture(nxt.strip()):
        return False  # "Advertisement", "Other topics of interest": a widget on a line of its own
    if _CONTINUES.match(nxt) and not _SENTENCE_END.search(line):
        return True  # "... in the way we" / "talk about ...": a ragged or justified column
    if not _is_full(line, nxt, width):
        return False  # a short line ending on purpose: a headline, a byline, a last line
    return blank_separated or not _SENTENCE_END.search(line)


# ', ”said the governor': a translation's closing mark glued to the verb after it, a space
# before it. Reading it as '”, said' needs the mark after the comma and the space after it.
_GLUED_CLOSE = re.compile(
    r"(?<=[,.!?]) ([”\"])(?=(?:said|says|added|adds|wrote|writes|noted|notes|stressed|stresses|"
    r"emphasi[sz]ed|explained|continued|concluded|told|he|she|they)\b)"
)


def unglue_closing_quotes(text: str) -> str:
    """Same length: ', ”said' becomes ',” said' (offsets hold)."""
    return _GLUED_CLOSE.sub(lambda m: m.group(1) + " ", text)
