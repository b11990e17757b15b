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
from .vocabulary import entries, reporting_verbs

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
        return _join_broken_lines(text, lines, bodies)
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


# A line broken off inside a sentence: it ends on a word (or a comma), at least six words long.
_BROKEN_OFF = re.compile(r"(?:\S+[ \t]+){5,}[\w,]+[ \t]*")
# The line that carries the sentence on: a small letter, then at least two more words.
_CARRIES_ON = re.compile(r"[ \t]*[a-z][\w’'-]*,?(?:[ \t]+\S+){2,}")


# A quotation closed on its comma at a line's end ('..., we stay the course,”'), and the next
# line only its attribution ("Jane Doe stated on X.", "The council's statement also said.").
_CLOSED_ON_COMMA = re.compile(r".*\w[,，][”\"][ \t]*")
_ATTRIBUTION_LINE = re.compile(
    r"[ \t]*[A-Z][\w’'.-]*(?:[ \t]+[\w’'.-]+){0,5}?(?:[ \t]+also)?[ \t]+"
    r"(?:said|says|stated|states|added|adds|told\s+\w+|wrote|writes|posted|noted|explained|"
    r"declared|announced|stressed|insisted|emphasi[sz]ed|tweeted|continued|concluded)"
    r"(?:[ \t]+(?:on|in|at|via)[ \t]+[^.“”\"\n]{1,40})?[ \t]*\.[ \t]*"
)


def _join_broken_lines(text: str, lines: list[str], bodies: list[str]) -> str:
    """In text written a paragraph a line, the breaks a copy left inside a sentence ("... we will
    come back to the" / "question of supplies. ..."): a long line ending on a word,
    the next going on in small letters, is one paragraph with it; so is a quotation closed on
    its comma and the next line that only attributes it."""
    out = None
    at = 0
    for i, line in enumerate(bodies[:-1]):
        at += len(lines[i])
        nxt = bodies[i + 1]
        if (
            (
                (_BROKEN_OFF.fullmatch(line) and _CARRIES_ON.match(nxt))
                or (_CLOSED_ON_COMMA.fullmatch(line) and _ATTRIBUTION_LINE.fullmatch(nxt))
            )
            and not _ITEM_START.match(nxt)
            and not is_furniture(nxt.strip())
        ):
            out = out or list(text)
            out[at] = " "
        at += 1
    return "".join(out) if out else text


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


# 'Denis "White Fox" Karpenko': a nickname in quotation marks between a given name and a
# surname (at most three capitalised words).
_NICKNAME = re.compile(
    r"\b(?P<given>[A-Z][a-z]{1,15} )(?P<nick>[“\"‘'][A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}[”\"’'])"
    r"(?= [A-Z][a-z])"
)


def blank_nicknames(text: str) -> str:
    """Same length, with a nickname quoted inside a name made spaces: 'Denis "White Fox"
    Karpenko' is the person Denis Karpenko, and the nickname no quotation of his."""
    return _NICKNAME.sub(lambda m: m["given"] + " " * len(m["nick"]), text)


# "Joe Roe’s warned that ...", "Jane Doe's used her speech to ...": a name's "’s" standing for
# "has" before a past participle and what the verb governs (not "Roe's stated aim": a possessive
# before its noun).
_CONTRACTED_HAS = re.compile(
    r"(?P<name>\b[A-Z][a-z][\w-]*)['’]s(?=\s+(?:[a-z]{2,}ed|said|told|been|made|given|written|spoken|sent)"
    r"\s+(?:that|his|her|its|their|the|a|an|it|him|them|to|on|in|reporters|journalists)\b)"
)


# "the 71-year-old Kremlin chief", "a 45-year-old regional governor": an age inside a
# description that ends in a role noun (data/role_titles.txt).
_AGE_IN_DESCRIPTION = re.compile(
    r"(?i:\b(?:the|a|an)\s+)(?P<age>\d{2,3}-year-old\s+)"
    rf"(?=(?:[\w’'-]+\s+){{0,3}}(?i:{'|'.join(entries('role_titles'))})\b)"
)


def blank_described_ages(text: str) -> str:
    """Same length, with an age inside a role's description made spaces: "the 71-year-old
    Kremlin chief said" is "the Kremlin chief", whom the role names."""
    return _AGE_IN_DESCRIPTION.sub(
        lambda m: m.group()[: m.start("age") - m.start()] + " " * len(m["age"]), text
    )


def contracted_has(text: str) -> str:
    """Same length: a name's "’s" that stands for "has" before a participle made spaces, so the
    name is the verb's subject ("Jane Doe’s warned that ...", British live blogs' style)."""
    return _CONTRACTED_HAS.sub(lambda m: m["name"] + "  ", text)


# "Gladkov noted, that ...": a comma before "that", as translated copy writes it (German and
# Russian punctuation), after a reporting verb.
_COMMA_THAT = re.compile(r"(?P<verb>[A-Za-z]+),(?=\s+that\s)")
_CLAUSE_VERBS = frozenset(v for v in reporting_verbs("clause") if " " not in v)


def comma_before_that(text: str) -> str:
    """Same length: the comma of "noted, that" made a space, so the verb governs its clause;
    not after an inserted tag ("X suggested, the paper writes, that ..."), whose comma closes
    it."""
    out = None
    for m in _COMMA_THAT.finditer(text):
        if m["verb"] not in _CLAUSE_VERBS:
            continue
        opened = max(text.rfind(c, 0, m.start()) for c in ".!?\n")
        if "," not in text[opened + 1 : m.start()]:
            out = out or list(text)
            out[m.end() - 1] = " "
    return "".join(out) if out else text


def unglue_closing_quotes(text: str) -> str:
    """Same length: ', ”said' becomes ',” said' (offsets hold)."""
    return _GLUED_CLOSE.sub(lambda m: m.group(1) + " ", text)


# --- text as scrapers leave it ------------------------------------------------------------------
# A page saved from a JSON feed keeps its escapes ('\u0022', '\r\n', '\u0026#039;'), an HTML
# page its entities ('&quot;', '&#8217;'), a page decoded in the wrong code page its mojibake
# ('â€œ', 'โ'). `repair_scraped` turns each into the character it stands for, padded with spaces
# to the same length: a quotation mark's padding goes on the side away from the words it
# marks, a letter's or an apostrophe's after the rest of its word (offsets hold at every
# word's edges).

_JSON_ESCAPE = re.compile(r"\\(?:u[0-9a-fA-F]{4}|[nrt\"/\\])")
_HTML_ENTITY = re.compile(r"&(?:#\d{2,5}|#x[0-9a-fA-F]{2,4}|[a-zA-Z]{2,7});")
_NAMED_ENTITIES = {
    "quot": '"',
    "amp": "&",
    "apos": "'",
    "lt": "<",
    "gt": ">",
    "nbsp": " ",
    "rsquo": "’",
    "lsquo": "‘",
    "ldquo": "“",
    "rdquo": "”",
    "mdash": "—",
    "ndash": "–",
    "hellip": "…",
    "laquo": "«",
    "raquo": "»",
}
# UTF-8 read as Windows-1252: the sequences of typographic marks and accented letters.
_CP1252_HIGH = (
    "\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
# UTF-8 read as Windows-1253 (Greek): "β€”" for "—", "β€œ" for "“".
_CP1253_HIGH = "".join(
    sorted({bytes([b]).decode("cp1253", errors="ignore") for b in range(0x80, 0xC0)} - {""})
)
_MOJIBAKE = re.compile(
    rf"â€[{_CP1252_HIGH}]|â€|Ã[{_CP1252_HIGH}]|β€[{re.escape(_CP1253_HIGH)}{_CP1252_HIGH}]"
)
_LONE_LEAD_BYTE = re.compile(r"(?:(?<=[\s(\[])|^)â(?=[A-Z])", re.MULTILINE)
_THAI_MARK = "โ"  # a typographic mark's first byte read as Thai (TIS-620)
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_ESCAPE_EVIDENCE = re.compile(r"\\(?:u[0-9a-fA-F]{4}|[nr\"])|&(?:#\d{2,5}|quot|amp);|â€|β€")
_SEQUENCE = re.compile(
    rf"(?:\\u0026(?:#\d{{2,5}}|[a-zA-Z]{{2,7}});|{_JSON_ESCAPE.pattern}|{_HTML_ENTITY.pattern}"
    rf"|{_MOJIBAKE.pattern})"
)
_QUOTE_MARKS = '"“”«»'


_WORD_REST = re.compile(r"[^\s\\&\"“”«»]*")  # the rest of a word after an escape in it


def _decode(seq: str) -> str | None:
    """The character an escape, an entity or a mojibake sequence stands for."""
    if seq.startswith("\\u0026") and len(seq) > 6:
        return _decode("&" + seq[6:])
    if seq.startswith("\\u"):
        return chr(int(seq[2:], 16))
    if seq.startswith("\\"):
        return {"n": "\n", "r": " ", "t": " "}.get(seq[1], seq[1])
    if seq.startswith("&#x"):
        return chr(int(seq[3:-1], 16))
    if seq.startswith("&#"):
        return chr(int(seq[2:-1]))
    if seq.startswith("&"):
        return _NAMED_ENTITIES.get(seq[1:-1])
    if seq.startswith("β"):
        # (a byte Windows-1253 leaves undefined shows as Windows-1252's: "β€œ")
        last = seq[2]
        try:
            byte = last.encode("cp1253") if last in _CP1253_HIGH else last.encode("cp1252")
            return (b"\xe2\x80" + byte).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return None
    try:
        return seq.encode("cp1252", errors="strict").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return {"â€œ": "“", "â€\x9d": "”", "â€": "”"}.get(seq)


# A photo credit a scraper glued to the first word of the line after it: "BBC/Jane DoeIvan
# tells me: ...", "AFP via Getty ImagesThe town has held" (agencies: data/photo_agencies.txt).
_PHOTO_AGENCIES = entries("photo_agencies")
_GLUED_CREDIT = re.compile(
    r"^[ \t]*(?:[A-Z][\w&.-]*(?:[ \t][A-Z][\w&.-]*)?[ \t]?/[ \t]?(?:[A-Z][a-z’'-]+[ \t]){1,2}"
    r"[A-Z][a-z’'-]+|(?:[A-Z][\w&.-]*[ \t]){0,3}(?:via[ \t])?(?:"
    + "|".join(re.escape(a).replace(r"\ ", r"[ \t]") for a in _PHOTO_AGENCIES)
    + r"))(?=[A-Z][a-z])",
    re.MULTILINE,
)


# An HTML tag a scraper left in the text ("... Federation.< /p>", "<br/>", "<strong>").
_HTML_TAG = re.compile(
    r"<\s*/?\s*(?:p|br|div|span|strong|em|b|i|u|a|li|ul|ol|h[1-6]|blockquote|figure|figcaption"
    r"|img|section|article|header|footer)\b[^<>\n]{0,300}?/?\s*>",
    re.IGNORECASE,
)


# "''We will hold,'' he said": two apostrophes for a quotation mark.
# ("’’" and "‘‘" too: typographic apostrophes doubled for a double mark, as Indian papers write)
_TWO_APOSTROPHES = re.compile(r"(?<!['’‘])(?:''|’’|‘‘)(?!['’‘])")
_OPENING_AS_CLOSING = re.compile(r"(?<=[\w.,!?…])“(?=[\s.,;:!?)]|$)")


# "Quote" (its icon's name) at a line's start, glued to a quotation's opening mark.
_QUOTE_ICON = re.compile(r"(?m)^[ \t]*Quote(?=[“\"«])")


def _two_apostrophes(m: re.Match) -> str:
    before = m.string[m.start() - 1] if m.start() else " "
    return ' "' if before.isspace() or before in "([" else '" '


_LINE_ENDS = str.maketrans({"\r": "\n", "\u2028": "\n", "\u2029": "\n"})


def repair_scraped(text: str) -> str:
    """`text` with JSON escapes, HTML entities and mojibake decoded, same length (see above);
    a glued photo credit's last letter becomes the line break the scraper lost (the credit
    loses a letter, the story's line its credit)."""
    if "\r" in text or "\u2028" in text or "\u2029" in text:
        # Windows ("\r\n") and old Mac ("\r") line ends, Unicode line and paragraph
        # separators: every line ends with "\n" (a space before it, where two characters were)
        text = text.replace("\r\n", " \n").translate(_LINE_ENDS)
    if _ESCAPE_EVIDENCE.search(text):
        text = _repair_sequences(text)
    if "/" in text or any(agency in text for agency in _PHOTO_AGENCIES):
        text = _GLUED_CREDIT.sub(lambda m: m.group()[:-1] + "\n", text)
    if "<" in text:
        text = _HTML_TAG.sub(lambda m: " " * len(m.group()), text)  # "< /p>", "<br/>": spaces
    if "''" in text or "’’" in text or "‘‘" in text:
        text = _TWO_APOSTROPHES.sub(_two_apostrophes, text)
    if "„" not in text and "“" in text:
        # '“We will hold,“ he said': an opening mark where the closing one belongs (after the
        # quotation's words and before a space or a stop) is the closing one.
        text = _OPENING_AS_CLOSING.sub("”", text)
    if "â" in text:
        # "âViolence becomes ...": a typographic mark's UTF-8 lead byte read as Windows-1252 or
        # Latin-1, its two continuation bytes (control characters there) dropped; at a word's
        # start before a capital only an opening quotation mark leaves it.
        text = _LONE_LEAD_BYTE.sub("“", text)
    if "Quote" in text:
        # 'Quote"China will ..."': a block quotation's icon, scraped as its label's word glued
        # to the opening mark at the line's start; spaces, so the line is the bare quotation.
        text = _QUOTE_ICON.sub(lambda m: " " * len(m.group()), text)
    if text.count(_THAI_MARK) >= 2 and len(_THAI.findall(text)) == text.count(_THAI_MARK):
        text = _repair_thai_marks(text)
    if "MORE" in text:
        text = _NAME_TOOLTIP.sub(_blank_tooltip, text)
    if "[" in text:
        # '“…,” [Maj. Gen. Jan] Roe [the chief of X] said': an editor's brackets in the tag
        # that follows a quotation; the name's brackets become spaces, the apposition's commas.
        text = _BRACKETED_NAME.sub(lambda m: f" {m.group('inner')} ", text)
        text = _BRACKETED_APPOSITION.sub(lambda m: f", {m.group('apposition')},", text)
    if "”" in text:
        # 'Strana.ua\” reported that ...' at a line's start: an outlet's quoted name whose
        # opening mark the page lost (its closing one escaped); the name is the subject.
        text = _LOST_OPEN_NAME.sub(lambda m: m.group("name") + " " * len(m.group("mark")), text)
    return text


_BRACKETED_NAME = re.compile(r"(?<=[”\"],\s)\[(?P<inner>[A-Z][^\]\[\n]{0,40})\](?=\s[A-Z])")
_BRACKETED_APPOSITION = re.compile(
    r"\s\[(?P<apposition>(?:the|a|an)\s[^\]\[\n]{3,120})\]"
    r"(?=\s+(?:said|says|told|tells|added|adds|stated|wrote|noted|explained)\b)"
)
_LOST_OPEN_NAME = re.compile(
    r"^(?P<name>[A-Z][\w.’'-]+(?:[ \t][A-Z][\w.’'-]+){0,2})(?P<mark>\\?”)"
    r"(?=[ \t]+(?:reported|reports|said|says|wrote|writes|claimed|claims|stated|states)\b)",
    re.MULTILINE,
)


# "Secretary Jane DoeJane DoeDoe warns X of ...Other headline hereMORE on Sunday said": a
# scraped name link's tooltip (the full name again, glued to the surname, then its teaser
# headlines and "MORE").
_NAME_TOOLTIP = re.compile(
    r"(?P<surname>[A-Z][\w’'-]+)(?P<tip>[A-Z][\w’'.-]+(?:\s[A-Z][\w’'.-]+){0,2}\s(?P=surname)"
    r"[^\n]{0,600}?MORE)(?=[\s,.])"
)


# What `_blank_tooltip` leaves: a long run of spaces inside a line.
_TOOLTIP_BLANK = re.compile(r"(?<=\S) {24,}(?=\S)")


def after_tooltip(text: str, start: int, end: int) -> int:
    """Where a statement spanning `start`–`end` starts once a blanked tooltip within its first
    three words is left out ("President Jane Doe<tooltip blanked>MORE expressed ...": what is
    said starts after the tooltip, not on the name before it)."""
    blank = _TOOLTIP_BLANK.search(text, start, end)
    if blank and len(text[start : blank.start()].split()) <= 3:
        return blank.end()
    return start


def _blank_tooltip(m: re.Match) -> str:
    """The tooltip's words as spaces (same length), the glued surname kept."""
    return m.group("surname") + " " * len(m.group("tip"))


def _repair_sequences(text: str) -> str:
    out: list[str] = []
    at = 0
    for m in _SEQUENCE.finditer(text):
        if m.start() < at:
            continue  # inside a word already rewritten
        char = _decode(m.group())
        if char is None or len(char) != 1:
            continue
        out.append(text[at : m.start()])
        width = m.end() - m.start()
        before = next((c for piece in reversed(out) for c in reversed(piece)), " ")
        if char in _QUOTE_MARKS or char == "\n":
            opening = before.isspace() or before in "([—–-" or char in "“«"
            if char == "\n":
                out.append("\n" + " " * (width - 1))
            elif opening and char not in "”»":
                out.append(" " * (width - 1) + char)
            else:
                out.append(char + " " * (width - 1))
            at = m.end()
            continue
        if char.isspace():
            out.append(" " * width)
            at = m.end()
            continue
        # A letter or an apostrophe inside a word: the rest of the word moves up to it and the
        # padding follows the word ("Russia\u0026#039;s" -> "Russia's" and spaces).
        rest = _WORD_REST.match(text, m.end()).group()
        out.append(char + rest + " " * (width - 1))
        at = m.end() + len(rest)
    out.append(text[at:])
    repaired = "".join(out)
    return repaired if len(repaired) == len(text) else text


def _repair_thai_marks(text: str) -> str:
    """'โWe are ready,โ Doe said', 'Doeโs plan', 'not yet โ later': each mark by its
    neighbours (an opening or a closing quotation mark, an apostrophe, a dash)."""
    out = list(text)
    for i, c in enumerate(text):
        if c != _THAI_MARK:
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before.isalpha() and after.isalpha():
            out[i] = "’"
        elif before.isspace() and after.isspace():
            out[i] = "—"
        elif before.isspace() or before in "([":
            out[i] = "“"
        else:
            out[i] = "”"
    return "".join(out)
