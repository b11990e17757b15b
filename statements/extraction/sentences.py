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
    with no double quotation marks may quote with single ones ('...' or ‘...’); any paragraph
    may hold a dash-opened quotation ("– Let me remind you ... – he said.")."""
    if (marked := _marked_quotation(text, start, end)) is not None:
        return [marked]
    if not _DOUBLE.search(text, start, end):
        return (
            _single_quote_spans(text, start, end)
            or _dash_quote_spans(text, start, end)
            or _dash_closed_paragraph(text, start, end)
        )
    spans = _split_interrupted(text, _double_quote_spans(text, start, end))
    dashed = [
        d
        for d in _dash_quote_spans(text, start, end)
        if not any(q.open <= d.open < q.outer_end or d.open <= q.open < d.outer_end for q in spans)
    ]
    return sorted(spans + dashed, key=lambda q: q.open) if dashed else spans


def _next_curly_open(text: str, i: int, end: int) -> int:
    at = text.find("“", i, end)
    return end if at < 0 else at


def _double_quote_spans(text: str, start: int, end: int) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    open_char = ""
    mixed = _mixed_closes(text, start, end)
    nested = _nested_closes(text, start, end)
    i = start
    if (head := _closed_from_start(text, start, end)) is not None:
        spans.append(head)
        i = head.close + 1
    while i < end:
        ch = text[i]
        if open_at is None:
            if ch == '"' and i in mixed:
                # '"We will talk. I say, "Call him." He never called,” the minister said.': a
                # straight mark the page closed with a curly one; straight marks inside nest.
                close = mixed[i]
                spans.append(QuoteSpan(i, i + 1, close, close))
                i = close + 1
                continue
            if ch in OPENERS or (ch == '"' and _opens_straight(text, i, start)):
                open_at, open_char = i, ch
            elif ch == "”" and _opens_straight(text, i, start):
                # ”Under a pretext, ...,” the statement reads.': a page that opens with the
                # closing mark, where a space or the paragraph's start comes before it.
                open_at, open_char = i, "“"
            elif (
                ch in '”"'
                and not spans
                and text[i - 1 : i] in (",", ".", "!", "?")
                and _CLOSING_TAG.match(text, i + 1, end)
            ):
                # 'A. B. C,” he said.' with no opening mark in the paragraph: the page lost it;
                # the quotation runs from the paragraph's start to the mark its attribution
                # closes.
                spans.append(QuoteSpan(start, start, i, i))
        else:
            closes = (
                (ch == '"' and open_char == '"')
                or (ch in "”»" and open_char != '"')
                or (ch == "“" and open_char == "„")
                # '“We will act," X said.': a curly opening the page closed with a straight mark,
                # where no curly closing mark follows in the paragraph (or none before the next
                # curly opening: '“A," X wrote. “B.”').
                or (
                    ch == '"'
                    and open_char == "“"
                    and not text[i - 1].isspace()
                    and (i + 1 >= end or text[i + 1] in _CLOSE_AFTER)
                    and "”" not in text[i : _next_curly_open(text, i, end)]
                )
            )
            if closes:
                spans.append(QuoteSpan(open_at, open_at + 1, i, i))
                open_at = None
            elif ch in "“«" and open_char == ch and i in nested:
                # '“If they believe an effort to take “only,” in quotation marks, the east can
                # succeed, they are fooling themselves,” he said.': a quotation inside.
                i = nested[i] + 1
                continue
            elif ch in "“«" and open_char in "“«":
                # A new opening mark before the old one closed: the old one ran on unclosed,
                # unless an attribution inside it shows where the page lost its closing mark.
                if tag := _TAG_INSIDE.search(text, open_at + 1, i):
                    spans.append(QuoteSpan(open_at, open_at + 1, tag.start() + 1, tag.start() + 1))
                else:
                    spans.append(
                        QuoteSpan(open_at, open_at + 1, _rstrip(text, open_at + 1, i), None)
                    )
                open_at, open_char = i, ch
        i += 1
    if open_at is not None:
        said = _ATTRIBUTION_ENDS.search(text, open_at + 1, end)
        lost = None if said else _LOST_CLOSE.search(text, open_at + 1, end)
        if said and not _DOUBLE.search(text, open_at + 1, end):
            # “Last night, air defences destroyed 56 drones, the ministry said.": the page lost
            # the closing mark; the attribution that ends the paragraph closes the quotation.
            spans.append(QuoteSpan(open_at, open_at + 1, said.start(), said.start()))
        elif tag := _TAG_INSIDE.search(text, open_at + 1, end):
            # '“A, he said. B.': the attribution inside shows where the closing mark was lost.
            spans.append(QuoteSpan(open_at, open_at + 1, tag.start() + 1, tag.start() + 1))
        elif lost and not _DOUBLE.search(text, open_at + 1, end):
            # “A. B. C., says the agency's report. D, the agency adds.": a full stop then a
            # comma where the closing mark was lost, and an attribution ending its sentence
            # inside the paragraph: the quotation ends at the full stop.
            spans.append(QuoteSpan(open_at, open_at + 1, lost.start() + 1, lost.start() + 1))
        else:
            spans.append(QuoteSpan(open_at, open_at + 1, _rstrip(text, open_at + 1, end), None))
    return spans


def _closed_from_start(text: str, start: int, end: int) -> QuoteSpan | None:
    """'We will rebuild. No one is left behind," the governor said.': the paragraph's first mark
    closes a quotation it never opened (the page lost the opening mark, or the quotation runs on
    from the paragraph before); an attribution follows the mark, so the quotation is the
    paragraph from its start."""
    first = _DOUBLE.search(text, start, end)
    if first is None or text[first.start()] not in '"”' or not text[start : start + 1].isupper():
        return None
    close = first.start()
    if text[close - 1] not in ",.!?" or len(text[start:close].split()) < 4:
        return None
    if not _SAID_AFTER_CLOSE.match(text, close + 1, end):
        return None
    return QuoteSpan(start, start, close, close)


def _nested_closes(text: str, start: int, end: int) -> dict[int, int]:
    """Each "“" whose next two curly marks are both "”": it may nest inside an open quotation,
    closed by the first of them (the second closes the outer one). Guillemets nest alike
    ('«Why do we say «never again» and stay silent?»')."""
    guillemets = [i for i in range(start, end) if text[i] in "«»"]
    nested = {
        a: b
        for a, b, c in zip(guillemets, guillemets[1:], guillemets[2:], strict=False)
        if text[a] == "«" and text[b] == "»" and text[c] == "»"
    }
    return nested | _nested_curly(text, start, end)


def _nested_curly(text: str, start: int, end: int) -> dict[int, int]:
    marks = [i for i in range(start, end) if text[i] in "“”"]
    last_close = max((i for i in marks if text[i] == "”"), default=-1)
    return {
        a: b
        for a, b, c in zip(marks, marks[1:], marks[2:], strict=False)
        if text[a] == "“"
        and text[b] == "”"
        and (
            text[c] == "”"
            # '“I told him “maybe”, and “maybe” is not yes”, – he said.': short
            # quoted words, one after another, inside the quotation the last mark closes.
            or (len(text[a:b].split()) <= 3 and b < last_close and text[c] == "“")
        )
    }


def _mixed_closes(text: str, start: int, end: int) -> dict[int, int]:
    """In a paragraph with no "“", the straight marks a "”" closes: the first opening straight
    mark before each "”" when an odd number of straight marks lies between them (the opener and
    pairs nested inside); an even number means the straight marks pair among themselves."""
    if "”" not in text[start:end]:
        return {}
    pairs: dict[int, int] = {}
    straight: list[int] = []  # straight marks since the last "”"
    curly = False  # a "“" opened, which the next "”" closes
    for i in range(start, end):
        ch = text[i]
        if ch == '"':
            straight.append(i)
        elif ch == "“":
            # ('"A,” X – who said B was “C” – said': a curly pair after the straight opener's
            # close pairs on its own.)
            curly, straight = True, []
        elif ch == "”" and curly:
            curly, straight = False, []
        elif ch == "”":
            after = text[i + 1] if i + 1 < end else " "
            opener = straight[0] if straight else None
            if (
                opener is not None
                and len(straight) % 2 == 1
                and after in _CLOSE_AFTER
                and _opens_straight(text, opener, start)
            ):
                pairs[opener] = i
            straight = []
    return pairs


# ", the ministry said." ending a paragraph: a closing attribution.
# A post's speech-balloon marker ("💬", "🗣️") opening a paragraph: what follows it is a quotation.
_QUOTE_MARKERS = "\U0001f4ac\U0001f5e3"
_MARKER_OPENS = re.compile("[" + _QUOTE_MARKERS + "]\ufe0f?[ \t]*")


def after_marker(text: str, start: int, end: int) -> int:
    """Where a paragraph's words start: after a leading speech balloon ("💬 “…”"), else at its
    start."""
    m = _MARKER_OPENS.match(text, start, end)
    return m.end() if m else start


def _marked_quotation(text: str, start: int, end: int) -> QuoteSpan | None:
    """'💬 How can we talk of peace? ... I said: “No!” We want peace.': a paragraph a Telegram
    post's write-up opens with a speech balloon and no quotation mark after it is one quotation
    to the paragraph's end (quotation marks inside it nest), unless an attribution ends it ('💬
    The talks will go on, the minister said.'). None for any other paragraph."""
    m = _MARKER_OPENS.match(text, start, end)
    if m is None or m.end() >= end or text[m.end()] in OPENERS + '"':
        return None
    b = _rstrip(text, m.end(), end)
    if _ATTRIBUTION_ENDS.search(text, m.end(), b) or _CLOSING_TAG.search(text, m.end(), b):
        return None
    return QuoteSpan(m.start(), m.end(), b, None)


_ATTRIBUTION_ENDS = re.compile(
    r",\s+(?:[\w’'.-]+\s+){1,5}?(?:"
    + "|".join(reporting_verbs("clause"))
    + r")(?:\s+(?:on|in)\s+[\w\s]{1,30}?)?\s*\.\s*$"
)


_DOUBLE = re.compile(r"[“”«»„\"]")
# '“There were cases where ... ‘as a preventive measure,’ he said. Such tactics ...': an
# attribution that ends its sentence inside a quotation the page never closed; the quotation
# ends at the comma before it.
_TAG_INSIDE = re.compile(
    r"(?<=\w)[,!?][’']?\s+(?:he|she|they|the\s+[a-z]+(?:\s+[a-z]+){0,2}|[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})"
    r"\s+(?:" + "|".join(reporting_verbs("clause")) + r")\.(?=\s+[A-Z])"
)
# '… before the end of the month., says the agency report. The …': a sentence's stop glued to
# the comma of its attribution (the closing mark between them lost), the attribution ending its
# own sentence mid-paragraph (a verb then its subject, or a subject then its verb).
_LOST_CLOSE = re.compile(
    r"(?<=\w)[.!?],\s+(?:(?:"
    + "|".join(reporting_verbs("clause"))
    + r")\s+(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,4}?"
    r"|(?:he|she|they|the\s+[\w’'.-]+(?:\s+[\w’'.-]+){0,3}?|[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})"
    r"\s+(?:" + "|".join(reporting_verbs("clause")) + r"))\.(?=\s+[A-Z])"
)
# A closing attribution that ends the paragraph: ' Jane Doe said.', ' he added on Monday.'
_CLOSING_TAG = re.compile(
    r"\s+(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|he|she|they|the\s+[a-z]+(?:\s+[a-z]+){0,2})"
    r"\s+(?:said|says|added|adds|told|wrote|stated|noted|stressed|insisted|explained|"
    r"emphasi[sz]ed)\b[^“”«»\"]{0,150}$"
)
# '," the governor said.', '," said Jane Doe.': an attribution right after a closing mark that
# ends its sentence.
_CLOSE_VERBS = "|".join(reporting_verbs("clause") + reporting_verbs("inclusive"))
_SAID_AFTER_CLOSE = re.compile(
    r"\s+(?:(?:he|she|they|the\s+[A-Za-z]+(?:\s+[a-z]+){0,3}|[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})"
    r"\s+(?:also\s+)?(?:" + _CLOSE_VERBS + r")\b"
    r"|(?:" + _CLOSE_VERBS + r")\s+(?:the\s+[a-z]+|[A-Z][\w’'.-]+))"
    r"[^.!?\"“”]{0,60}[.!?]?\s*$"
)
# '“We will keep working, – said the diplomat. – Nothing is decided yet.”': the attribution
# interrupts the quotation between dashes (a Russian quotation in translation); the comma before
# the first dash closes its first part, the second dash opens its second.
_INTERRUPTING_TAG = re.compile(
    r",\s*[–—]\s+(?:(?:" + _CLOSE_VERBS + r")\s+[^–—“”«»\"\n]{1,80}?"
    r"|(?:he|she|they|[A-Z][^–—“”«»\"\n,.]{0,60}?)\s+(?:" + _CLOSE_VERBS + r"))"
    r"[.,]\s*(?P<dash>[–—])\s+(?=\S)"
)


def _split_interrupted(text: str, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    out: list[QuoteSpan] = []
    for q in spans:
        tag = _INTERRUPTING_TAG.search(text, q.start, q.end) if q.closed else None
        if tag is None:
            out.append(q)
            continue
        comma, dash = tag.start(), tag.start("dash")
        out.append(QuoteSpan(q.open, q.start, comma, comma))
        out.append(QuoteSpan(dash, tag.end(), q.end, q.close))
    return out


_OPEN_BEFORE = " \t\n([—–-:"
_CLOSE_AFTER = " \t\n,.;:!?)—–-"


_SAYER = (
    r"(?:(?:he|she|they|the\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})\s+"
    r"(?:also\s+)?(?:" + "|".join(reporting_verbs("clause")) + r"|replies|replied)\b"
    # ("..., – said Jane Roe. – B": the verb before its subject, as translated copy puts it)
    r"|(?:said|added|noted|stressed|stated|explained|emphasi[sz]ed|replied|continued)\s+"
    r"(?:he|she|[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})[.,!?])"
)
# Where a dash-opened quotation ends: at a dash before its attribution ("– Let me remind you ...
# – he said."), or at the comma before one that ends the sentence ("- I can only say ..., he
# says.").
_DASH_CLOSE = re.compile(
    rf"\s(?P<dash>[–—-])\s+(?={_SAYER})|(?P<comma>,)\s+(?={_SAYER}[^.!?\n]{{0,80}}[.!?]?\s*(?:$|\s[A-Z]))"
)


# The next dash-opened quotation ("... replied. – Do you ..."): one quotation's attribution
# comes before it.
_NEXT_DASH_OPEN = re.compile(r"[.!?…][”\"]?\s[–—-]\s+(?=[A-Z])")


def _dash_close(text: str, first: int, end: int) -> re.Match | None:
    """The attribution closing a dash-opened quotation that starts at `first`, before the next
    dash-opened one."""
    following = _NEXT_DASH_OPEN.search(text, first, end)
    return _DASH_CLOSE.search(text, first, following.start() + 1 if following else end)


def _dash_quote_spans(text: str, start: int, end: int) -> list[QuoteSpan]:
    """Quotations opened by a dash, as translated Scandinavian, Polish and Russian copy writes
    them: a dash at the paragraph's start or after a sentence, a capital after it, and an
    attribution closing it ("- I can only say ..., he says.", "... year. – Let me remind you
    ... – he said.")."""
    spans: list[QuoteSpan] = []
    i = start
    if dash_line_start(text, start):
        # clean.py starts the paragraph after its dash: the quotation opens at the start.
        close = _dash_close(text, start, end)
        if close is not None and text[start : start + 1].isupper():
            mark = close.start("dash") if close.group("dash") else close.start("comma")
            stop = close.start() if close.group("dash") else mark
            if len(text[start:stop].split()) >= 3:
                spans.append(QuoteSpan(start, start, stop, mark))
                i = mark + 1
    while i < end:
        ch = text[i]
        opens = (
            ch in "–—-"
            and (text[i + 1 : i + 2] == " " or (i == start and text[i + 1 : i + 2].isupper()))
            and (i == start or _after_sentence(text, i, start))
        )
        if not opens:
            i += 1
            continue
        first = i + 1
        while first < end and text[first] == " ":
            first += 1
        if first >= end or not text[first].isupper():
            i += 1
            continue
        close = _dash_close(text, first, end)
        if close is None and spans and _after_sentence(text, i, start):
            # "– A, – said Jane Roe. – B.": the same speaker goes on after the attribution, to
            # the paragraph's end.
            stop = _rstrip(text, first, end)
            if len(text[first:stop].split()) >= 3:
                spans.append(QuoteSpan(i, first, stop, None))
            break
        if close is None or len(text[first : close.start()].split()) < 3:
            i += 1
            continue
        mark = close.start("dash") if close.group("dash") else close.start("comma")
        stop = close.start() if close.group("dash") else mark
        spans.append(QuoteSpan(i, first, stop, mark))
        i = mark + 1
    return spans


# "... for the future - the minister emphasized.", "... on the front - added the head of the
# office": a paragraph's words closed by a dash and their attribution at its end.
_DASH_SAID_AT_END = re.compile(
    r"\s[–—-]\s+(?:(?:he|she|they|the\s+[A-Za-z]+(?:\s+[a-z]+)?|[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})"
    r"\s+(?:also\s+)?(?:" + "|".join(reporting_verbs("clause")) + r")"
    r"|(?:" + "|".join(reporting_verbs("clause")) + r")\s+(?:the\s+\w+|[A-Z][\w’'.-]+))"
    # a few more words ("on Facebook", "of the Ministry of Culture"), never a clause of its own
    r"(?:\s+(?!that\b)[\w’'.,-]+){0,8}?[.!?]?\s*$"
)
# "He emphasized that A.": a paragraph's first sentence that reports on its own.
_REPORT_OPENS = re.compile(
    r"(?:He|She|They|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:also\s+)?(?:"
    + "|".join(reporting_verbs("clause"))
    + r")\b[^.!?]*[.!?]\s+(?=[A-Z])"
)


def _dash_closed_paragraph(text: str, start: int, end: int) -> list[QuoteSpan]:
    """A paragraph of a speaker's words with no quotation marks, closed by a dash and the
    attribution ("We need the telethon while the war lasts. We must improve it - the minister
    emphasized."), as Ukrainian outlets write quotations: the words from the paragraph's start
    (or from after a first sentence that reports on its own: "He emphasized that A. B - X
    noted.") to the dash."""
    said = _DASH_SAID_AT_END.search(text, start, end)
    # ("390 Ukrainians are home! ... - said X.": a figure may open the words.)
    if said is None or not (text[start : start + 1].isupper() or text[start : start + 1].isdigit()):
        return []
    first = start
    if opens := _REPORT_OPENS.match(text, start, said.start()):
        first = opens.end()
    stop = _rstrip(text, first, said.start())
    if len(text[first:stop].split()) < 5 or text[stop - 1] == ")":
        return []  # "KYIV, March 3 (Reuters) - Jane Doe said on Sunday.": a dateline's dash
    return [QuoteSpan(first, first, stop, said.start() + 1)]


def dash_line_start(text: str, start: int) -> bool:
    """A dash opened the line and clean.py started the paragraph after it ("- I can ...")."""
    j = start
    while j > 0 and start - j < 2 and text[j - 1] in " \t":
        j -= 1
    if j == start or j == 0 or text[j - 1] not in "–—-":
        return False
    j -= 1
    while j > 0 and text[j - 1] in " \t" and start - j < 5:
        j -= 1
    return j == 0 or text[j - 1] == "\n"


def _after_sentence(text: str, i: int, start: int) -> bool:
    """A space before text[i] and a sentence's end before it ("war. – ", "changed.” – ")."""
    if i - 2 < start or text[i - 1] != " ":
        return False
    j = i - 2
    if text[j] in '”"' and j - 1 >= start:
        j -= 1
    return text[j] in ".!?…"


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
    if (
        open_at is not None
        and text[open_at] == "‘"
        and len(text[open_at + 1 : end].split()) >= 3
        and _SENTENCE_OPENED.search(text, start, open_at + 2)
    ):
        # "‘These are no accidents,’ she added. ‘Six attacks were carried out.": a curly mark
        # opening a sentence, left open at the paragraph's end (the quotation runs on).
        spans.append(QuoteSpan(open_at, open_at + 1, _rstrip(text, open_at + 1, end), None))
    return spans


# A quotation's mark that opens a sentence: at the paragraph's start, or after a sentence's end.
_SENTENCE_OPENED = re.compile(r"(?:^|(?<=[.!?’”])\s+|(?<=:)\s+)‘[A-Z]$", re.MULTILINE)


# 'He says," We will listen."': a reporting verb's comma with the opening mark glued to it and
# the space after the mark.
_VERB_COMMA_GLUED = re.compile(r"\b(?:" + "|".join(reporting_verbs("clause")) + r"),$")


def glued_bullet(marker: str) -> bool:
    """Whether the characters between a line's start and its opening quotation mark are a
    bullet sign glued to the mark: one or two characters, none ASCII ('👉', or its mojibake)."""
    return 0 < len(marker) <= 2 and not any(c.isascii() for c in marker)


def _opens_straight(text: str, i: int, start: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before in ',."' and after.isupper():
        return True  # glued by a scraper: 'Also,"Naturally', 'Accords.""The only issue'
    if after.isupper() and glued_bullet(text[start:i]):
        return True  # '👉"Victory is ...': a bullet sign (or its mojibake) glued to the mark
    if (
        before == ","
        and after == " "
        and text[i + 2 : i + 3].isupper()
        and _VERB_COMMA_GLUED.search(text, max(start, i - 20), i)
    ):
        return True
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
        "brig",
        "cmdr",
        "cpl",
        "pvt",
        "rev",
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
    # ('he continued. “ Well, ...': a curly opening mark the page spaced from its first word.)
    r"[.!?…]+[”\"’'»)\]]*(?=\s+(?:[“«]\s?|[\"(\[‘'])?[A-Z0-9])"
    # Sentences a scraper glued together: "said in a statement.According to officials".
    r"|(?<=[a-z]{3})[.!?][”\"’]?(?=[A-Z][a-z])"
    # ("on the situation.U.S. Secretary of State ...": glued to an initialism or an acronym)
    r"|(?<=[a-z]{3})[.!?][”\"’]?(?=(?:[A-Z]\.){2}\s|[A-Z]{2,}\s+[A-Z])"
    # ... and a sentence glued to the quotation that follows it: "Peskov said.“The ball ...".
    r"|(?<=[a-z]{3})[.!?](?=[“«]\s*[A-Z])"
    # ... and with the stop lost too: "the acting governor, Jane DoeThis is what she said"
    # (a word that only opens a sentence, glued to a capitalised word's small letters).
    r"|(?<=[a-z]{3})(?=(?:The|This|These|Those|He|She|It|They|We|His|Her|Their)\s+[a-z])"
)


# The capitalised word a sentence's first word was glued to.
_GLUED_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][a-z]{2,}$")
# "wrote on X. “...": the platform X ends the sentence, no initial of a name.
_PLATFORM_X_END = re.compile(r"\b(?:on|via)\s+X\.$")
# "D.C.", "U.S.": letters and full stops, ending the text before a boundary.
_INITIALISM_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}$")
# A capitalised word that opens a sentence, never goes on with a name ("the U.S. Army").
_OPENS_SENTENCE = re.compile(r"\s+(?:The|He|She|It|They|We|This|These|Those|His|Her|Their|Its)\s")


def sentences(text: str, start: int, end: int, quotes: list[QuoteSpan]) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end]; never split inside a closed quotation."""
    protected = [(q.start, q.end) for q in quotes if q.closed]
    out: list[tuple[int, int]] = []
    s = start
    for m in _BOUNDARY.finditer(text, start, end):
        cut = m.end()
        if any(a < m.start() < b and m.end() <= b for a, b in protected):
            continue
        if not m.group() and not _GLUED_BEFORE.search(text, s, m.start()):
            continue  # a lost stop only after a capitalised word ("Jane DoeThis is ..."), no
            # camel-cased one ("McThe")
        word = re.search(r"([A-Za-z]+)\.?$", text[s : m.start() + 1])
        if m.group().startswith(".") and word:
            w = word.group(1)
            # ("in Washington, D.C. The talks ...": an initialism ends the sentence when a word
            # that only opens one follows.)
            if (
                (w.lower() in _ABBREVIATIONS or (len(w) == 1 and w.isupper()))
                and not (
                    _INITIALISM_END.search(text, s, m.start() + 1)
                    and _OPENS_SENTENCE.match(text, m.end())
                )
                and not _PLATFORM_X_END.search(text, s, m.start() + 1)
            ):
                continue
        out.append((s, cut))
        s = cut
        while s < end and text[s].isspace():
            s += 1
    if s < end:
        out.append((s, end))
    return out
