"""Telling the article's own prose from the page furniture scraped along with it.

Nothing is deleted (offsets must stay those of the text as given): the text is cut into
paragraphs and each paragraph is labelled. Only `body` paragraphs can hold statements;
captions and headers still count as evidence for the article's date.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .quotes import RELAY_TAIL, VERB
from .vocabulary import alternation, entries

BODY = "body"
HEADLINE = "headline"  # a title or subheading: no statements, no dates
CAPTION = "caption"  # a photo caption: no statements, but evidence of when
JUNK = "junk"  # ads, teasers of other articles, comment forms, footers

# A line that is nothing but a page widget.
_FURNITURE = re.compile(
    r"""^\W*(?:
        advertisement|advertising|sponsored(?:\ content)?|ad
      | leave\ a\ (?:reply|comment)|comments?|post\ a\ comment|add\ comment
      | stay\ connected|follow\ us.*|share(?:\ this)?(?:\ article)?|tags?:.*|topics?:.*
      | latest\ (?:articles|posts|news|stories)|most\ (?:read|popular)|trending(?:\ now)?
      | related(?:\ articles|\ posts|\ stories|\ news|\ content)?|you\ may\ also\ like
      | recommended(?:\ for\ you)?|more\ (?:from|on)\ .{0,40}|other\ topics\ of\ interest
      | see\ also|popular\ (?:articles|posts)|editor'?s\ picks?|subscribe.*|sign\ up.*
      | photo(?:\ credit)?s?\s*:.*|image(?:\ credit)?s?\s*:.*|source\s*:.{0,60}
      | \(\w{1,12}\)|loading…?|read\ more\W*|read\ next\W*|continue\ reading\W*
      | most\ (?:viewed|shared|watched)|more\ (?:stories|coverage|news)|up\ next|top\ stories
      | explore\ more.*|reuse\ this\ content|copy(?:\ link)?|link\ copied|key\ events
      | show\ key\ events(?:\ only)?|note\ from\ the\ (?:author|editor)|become\ a\ member.*
      | support\ us.*|our\ standards.*|related\ coverage|(?:additional\ )?(?:reporting|writing|editing|edited)\ by\ .*
      | (?:ai\ )?brief|key\ (?:points|takeaways|highlights)|(?:story\ )?highlights|summary
      | in\ brief|quick\ read|at\ a\ glance|tl;?\ ?dr
    )\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
# A line that starts a teaser of another article or a footer of the page.
_TEASER_START = re.compile(
    r"^\W*(?:read\s+(?:also|more)|also\s+read|see\s+also|related|recommended|watch|listen"
    r"|more\s+on\s+this|related\s+articles?)\s*:",
    re.IGNORECASE,
)
_FOOTER = re.compile(
    r"(?:to\s+suggest\s+a\s+correction|highlight\s+the\s+text\s+and\s+press|your\s+email\s+address"
    r"|required\s+fields\s+are\s+marked|all\s+rights\s+reserved|cookie|newsletter|copyright\s+©"
    r"|click\s+here\s+to|sign\s+up\s+for|sign\s+up\s+here|if\s+you\s+value\s+our|becom(?:e|ing)\s+a\s+member(?!\s+(?:of|state)\b)"
    r"|support\s+(?:us|our\s+journalism|now)|your\s+support\s+helps|donate\s+now|make\s+a\s+donation"
    r"|quality\s+journalism|turn\s+on\s+javascript|purchase\s+licensing\s+rights"
    r"|trust\s+principles|contributed\s+to\s+this\s+report|^follow\s+.{0,40}\bcoverage\b"
    # ("Follow @foreignoffice for the latest updates", "For the latest updates visit the
    # summit's homepage": the page points the reader elsewhere.)
    r"|^follow\s+@\w|^follow\s+.{0,60}\bon\s+(?:twitter|x|facebook|telegram|instagram)\b"
    r"|^for\s+(?:the\s+)?(?:latest|more|further)\s+(?:updates|information|news)\b.{0,40}\bvisit\b"
    r"|^(?:additional\s+)?(?:reporting|writing|editing)\s+by\s)",
    re.IGNORECASE,
)
# A word each of _FOOTER's forms holds: a line without any is no footer (checked first, for
# speed: an alternation of case-blind phrases is slow to search).
_FOOTER_WORDS = (
    "correction",
    "highlight",
    "email",
    "required",
    "reserved",
    "cookie",
    "newsletter",
    "copyright",
    "click",
    "sign",
    "value",
    "becom",
    "support",
    "donat",
    "journalism",
    "javascript",
    "licensing",
    "principles",
    "contributed",
    "follow",
    "visit",
    "reporting",
    "writing",
    "editing",
)
# Signs of a photo caption anywhere in a paragraph.
_CAPTION_MARK = re.compile(
    r"(?:\((?:photo|image|picture|pictured)\b[^)]*\)|\bphoto\s*/\s*illustration\b"
    # ("... (Examplia News photo/Jane Roe, Reuters)": an agency's photo credit in brackets.)
    r"|\([^()]{0,60}\bphoto\s*/\s*[A-Z][^()]{0,80}\)"
    r"|\b(?:photo|image)\s+(?:credit|courtesy)\b|\b(?:photo|image)\s+by\s+(?-i:[A-Z])|\bin\s+this\s+(?:pool\s+)?(?:photo|photograph|picture|image|handout)\b"
    r"|/\s*(?:AFP|Reuters|AP|Getty(?:\s+Images)?|EPA|POOL)\s*\)|\bGetty\s+Images\b"
    # ("... Jane Roe / AFP via Getty": an agency's picture credit distributed by Getty.)
    r"|/\s*[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}\s+via\s+Getty\b"
    r"|\((?:AP|AFP|EPA|Reuters)\s+Photo\b|\b(?:REUTERS|AFP|EPA|AP|TASS|SPUTNIK)/\s*[A-Z]"
    r"|\b(?:Photograph|Photo|Photos|Image|Picture)\s*:\s*[A-Z][\w .&/-]{0,60}$|©"
    # "... in Kyiv, 24 February 2022. JANE ROE/PAP/EPA": a photographer in capitals, an agency.
    r"|(?-i:\b[A-Z]{2,}(?:\s+[A-Z]{2,}){1,3}\s*/\s*[A-Z]{2,}(?:\s*/\s*[A-Z]{2,})*)\W*$)",
    re.IGNORECASE,
)
_CAPTION_WORDS = ("photo", "image", "picture", "handout", "getty", "/", "©")  # as _FOOTER_WORDS
# "X warned that <clause>": a report and its clause, which no caption writes.
# A reporting verb and its "that" ("said that the ..."), the clause's verb anywhere after.
_VERB_THAT = re.compile(r"\b(?P<verb>[a-z]+)\s+that\s+(?:the|a|an|[A-Z]|it|they|he|she|we|this)")
_REPORTED_THAT = re.compile(
    # (a long subject: "said that the message about the attack by the military is a fake")
    r"\b(?P<verb>[a-z]+)\s+that\s+(?:[\w’'-]+\s+){1,12}?(?:had|has|have|was|were|is|are|will|would)\b"
)
# "admitted the troops have taken ...": a verb, then a clause with "that" or without it.
_REPORTED_BARE = re.compile(
    r"\b(?=(?P<verb>[a-z]+)\s+(?:that\s+)?(?:[\w’'-]+\s+){1,5}?(?:had|has|have|was|were|is|are|"
    r"will|would)\b)"
)
# A reporting verb and its clause's subject: "said the strikes ...", "said that ...".
_REPORTED_WORD = re.compile(
    r"\b(?P<verb>[a-z]+)\s+(?:that\s+)?(?:the|a|an|his|her|its|their|[A-Z]\w*)\b"
)
# (Closing marks include guillemets and the German "“": 'said: «We will win.»'.)
_TERMINAL = re.compile(r"""[.!?:;…]["”’')\]»“]*\s*$|["”»“]\s*$""")
_SENTENCE_END = re.compile(r"[.!?…][)\]]?\s*$|[.!?,][”\"’'»“]\s*$")
_STAMP = re.compile(
    r"\W*(?:published|updated|posted|first\s+published|last\s+updated|last\s+modified)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_NEXT_SENTENCE = re.compile(r"[.!?…][”\"’']?\s+[“\"]?[A-Z]")
_STORY_OPENER = re.compile(
    rf"(?<=[a-z’'])\s+(?P<word>(?:{alternation(entries('sentence_openers'))})\s)"
)
_GLUED_LABEL = re.compile(
    r"(?<=[a-z][.?!])(?=(?:[A-Z][a-z’'-]+\s+){1,2}[A-Z][a-z’'-]+(?:,\s+[A-Z][^:.?!\n]{2,60})?:\s*[A-Z“\"])"
)
_LINE_LABEL = re.compile(
    r"^[ \t]*(?:[•*·][ \t]*)?(?:[A-Z][a-z’'-]+[ \t]+){1,2}[A-Z][a-z’'-]+(?:,[ \t]+[A-Z][^:.?!\n]{2,60})?:",
    re.MULTILINE,
)
_QUOTE_THEN_SAID = re.compile(
    r"[,.!?][\"”'’]\s+(?:[A-Z][\w’'.-]+\s+){1,4}(?:said|says|told|added|stated|wrote)\b"
    # '"...," he said' and '"...," the governor said' with the page's full stop lost
    r"|[,!?][\"”]\s+(?:he|she|they|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:said|says|added|stated|wrote)\s*$"
)
# A transcript turn's label: "Sergey Lavrov: ", "LAVROV: ".
_SPEAKER_LABEL = re.compile(
    r"(?:[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,3}|[A-Z]{3,}(?:\s+[A-Z]{2,}){0,3}):\s+\S"
)
_BULLET_GLYPH = re.compile(r"[•·▪●◦*—–-]\s+(?=\S)")
_BULLET = re.compile(r"[—–•*·-]\s+\S.*[^—–-]$")
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "over",
        "the",
        "to",
        "up",
        "via",
        "vs",
        "with",
        "is",
        "are",
        "was",
        "its",
    ]
)


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    label: str
    index: int  # position among all paragraphs


# A breadcrumb: "Home", the sections, then the headline cut off with an ellipsis.
_BREADCRUMB = re.compile(r"Home\s+(?P<cut>.{20,}?)\s*(?:\.\.\.|…)")


def is_furniture(line: str) -> bool:
    """A line that is nothing but a page widget ("Advertisement", "Read more", "Tags: ...")."""
    return bool(_FURNITURE.match(line) or _TEASER_START.match(line))


def _is_title_case(line: str) -> bool:
    words = _WORD.findall(line)
    if len(words) < 3:
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not content:
        return False
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised / len(content) >= 0.8


# Scraper leftovers on a line of their own: an image URL, an XPath, a bare time stamp.
_LEFTOVER = re.compile(
    r"\W*(?:https?://\S+|www\.\S+|/{1,2}(?:html|body|div|span|article)\b\S*|"
    r"(?:\d{1,2}[:.]\d{2}|\d{1,2})\s*(?:[ap]\.?m\.?)?\.?\s*(?-i:[A-Z]{2,4})?"
    r"(?:\s*[,/|]\s*(?:\d{1,2}[:.]\d{1,2}|\d{1,2})\s*(?:[ap]\.?m\.?)?\s*(?-i:[A-Z]{2,4})?)*)\W*$",
    re.IGNORECASE,
)


# ", Minister Jane Doe has reported" ending a line: an attribution after the words it reports.
# A summary's item that ends with its source ("..., Examplia says") or opens with a pronoun's
# report ("• She says ...").
_BULLET_TAGGED = re.compile(
    r",\s+(?:[A-Z][\w’'.-]*\s+){1,5}(?:says|said|claims|claimed|reports|warns|insists)\s*$"
)
_BULLET_PRONOUN_SAYS = re.compile(
    r"[—–•*·-]\s+(?:He|She|They|It)\s+(?:says|said|claims|claimed|warns|warned|adds|added)\s"
)
_CLAUSE_THEN_SAID = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|must)\b.{3,}?,\s+"
    # ("Kremlin spokesman Jane Roe said": a title's small-letter word before the name)
    r"(?:(?:[A-Z][\w’'.-]*\s+)+[a-z]+\s+)?(?:[A-Z][\w’'.-]*\s+){1,5}(?:has\s+|have\s+)?(?:said|says|reported|reports|claimed|claims|"
    r"warned|warns|stated|states|announced|announces)"
    # ("..., Jane Doe said on Monday while meeting with X": a short setting after the verb.)
    r"(?:\s+(?:on|in|at|during|while|after|before|when)\s[^,;:!?“”\"]{1,80})?$"
)
# A link a post's copy ends with ("... Jane Doe said on Monday https://t.co/Ab12"): no words of
# the paragraph's, which is labelled without it.
_LINK_TAIL = re.compile(
    r"\s+(?:https?://|www\.|pic\.twitter\.com/)\S+$"
    # ("... said in a statement on Monday. Advertisement": an ad slot's label glued on)
    r"|(?<=[.!?”\"])\s+(?:Advertisement|ADVERTISEMENT)$"
)
# A wire credit glued after the last sentence: "... help us.” (Reporting by X; Editing by Y)".
_CREDIT_TAIL = re.compile(
    r"(?<=[.!?”\"’'])\s*\((?:(?i:additional\s+)?(?i:reporting|writing|editing|compiled)\s+(?i:by)\b[^()]*"
    # ('"...." (Reuters)': the agency's credit closing the story's last paragraph.)
    r"|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\)\s*$"
    # ('..., the minister said. Source: Examplia News Tuesday, May 5 | 11:59': the source line
    # a scraper glued to the lead.)
    r"|(?<=[.!?”\"’'])\s+Source:\s+[A-Z][^\n.!?]{1,80}$"
)


def _glued_story(text: str, start: int, end: int) -> int | None:
    """Where the story starts in a "Read also: <another article's title> In a post on Monday,
    X said ..." line: a scraper glued the teaser to the story's paragraph (a teaser is a title
    and a sentence or two at most). The story opens with a word that opens sentences, written
    after a lower-case word of the title; else after the first sentence."""
    line = text[start:end]
    if not _TEASER_START.match(line):
        return None
    if len(_WORD.findall(line)) <= 45 or len(_NEXT_SENTENCE.findall(line)) < 2:
        return None
    if opener := _STORY_OPENER.search(text, start, end):
        return opener.start("word")
    first = _NEXT_SENTENCE.search(text, start, end)
    return first.end() - 1 if first else None


# "..., Ukraine said. (Representational)": a stock picture's caption, its note at its end (read
# before the credit in brackets is cut off).
_STOCK_PICTURE = re.compile(
    r"\((?i:representational|representative|file)(?i:\s+(?:image|photo|picture|pic))?\)\s*$"
)


def _inside_quotation(line: str, i: int) -> bool:
    """Whether line[i] lies inside a quotation that closes after it ('“Our partners stand ready to
    support us,” the minister said.': someone's words, no footer's appeal)."""
    before, after = line[:i], line[i:]
    curly = before.count("“") + before.count("«") > before.count("”") + before.count("»")
    straight = before.count('"') % 2 == 1
    return (curly and ("”" in after or "»" in after)) or (straight and '"' in after)


def _label_line(line: str) -> str:
    stripped = line.strip()
    if _STOCK_PICTURE.search(stripped):
        return CAPTION
    if (credit := _CREDIT_TAIL.search(stripped)) and credit.start() > 0:
        stripped = stripped[: credit.start()]  # the paragraph is labelled by its sentences
    if (link := _LINK_TAIL.search(stripped)) and link.start() > 0:
        stripped = stripped[: link.start()]
    if _LEFTOVER.fullmatch(stripped):
        return JUNK
    low = stripped.lower()
    if (
        _FURNITURE.match(stripped)
        or _TEASER_START.match(stripped)
        or (
            any(w in low for w in _FOOTER_WORDS)
            and (footer := _FOOTER.search(stripped))
            and not _inside_quotation(stripped, footer.start())
        )
    ):
        return JUNK
    if any(w in low for w in _CAPTION_WORDS) and _CAPTION_MARK.search(stripped):
        return CAPTION
    words = len(_WORD.findall(stripped))
    terminal = _TERMINAL.search(stripped) is not None
    if _STAMP.match(stripped) and words <= 15:
        return HEADLINE  # "Updated June 15, 2023 at 1:02 a.m.": a time stamp, not prose
    if _BULLET.match(stripped) and words > 12:
        return BODY  # "— Fox News says one of its journalists was killed": a summary's item
    if (
        _BULLET.match(stripped)
        and words >= 8
        and not _is_title_case(stripped)
        and any(VERB.fullmatch(m.group("verb")) for m in _REPORTED_BARE.finditer(stripped))
    ):
        return BODY  # "• The mayor of Kherson admitted the troops have taken the city"
    if (
        _BULLET.match(stripped)
        and words >= 6
        and not _is_title_case(stripped)
        and (_BULLET_TAGGED.search(stripped) or _BULLET_PRONOUN_SAYS.match(stripped))
    ):
        # "• Troops in the capital's north, Examplia says", "• He says 137 soldiers died": a
        # summary's item in headline style, with its source.
        return BODY
    if not terminal and words > 40:
        return BODY  # prose cut off mid-sentence, far longer than any caption
    if not terminal and _QUOTE_THEN_SAID.search(stripped):
        return BODY  # "'...,' Peskov said when" cut off: a quotation and its attribution
    if (
        not terminal
        and words >= 10
        and not _is_title_case(stripped)
        and _CLAUSE_THEN_SAID.search(stripped)
    ):
        return BODY  # a standfirst without its full stop: "Kyiv's forces are dwindling, X has said"
    if not terminal and _SPEAKER_LABEL.match(stripped) and words > 12:
        return BODY  # "Sergey Lavrov: We only target ..." cut off: a turn, not a caption
    if (
        not terminal
        and words > 12
        and any(VERB.fullmatch(m.group("verb")) for m in _REPORTED_THAT.finditer(stripped))
    ):
        return BODY  # a live blog's lead without its full stop: "Zelensky warned that ..."
    if (
        not terminal
        and words > 16
        and RELAY_TAIL.search(stripped)
        and any(VERB.fullmatch(m.group("verb")) for m in _VERB_THAT.finditer(stripped))
    ):
        # A lead that lost its full stop after its relaying outlet, its clause without an
        # auxiliary near "that": "X said that the bloc's plans show its role, Examplia News reports"
        return BODY
    if (
        not terminal
        and words >= 20
        and stripped[-1:].isalnum()
        and "/" not in stripped[-40:]
        and not _is_title_case(stripped)
        and _SENTENCE_INSIDE.search(stripped)
        and any(VERB.fullmatch(m.group("verb")) for m in _REPORTED_WORD.finditer(stripped))
    ):
        # A paragraph of several sentences that lost only its last full stop ("X said the
        # strikes hit a depot. He said the wounded included a child"): prose, not a caption.
        return BODY
    if not terminal:
        # No closing punctuation: a headline, a caption, a date line or a teaser title.
        return HEADLINE if _is_title_case(stripped) or words <= 12 else CAPTION
    return BODY


def paragraphs(text: str) -> list[Paragraph]:
    """Cut `text` into non-empty lines and label each one."""
    raw: list[tuple[int, int, str]] = []
    bulleted: list[bool] = []  # the line opens with a bullet glyph ("• ", "- ")
    # A transcript whose page glued the turns together ("... we see?Dmytro Kuleba, Minister of
    # Foreign Affairs: It's ..."): each label opens a paragraph of its own.
    glued = list(_GLUED_LABEL.finditer(text))
    labelled = len(glued) + len(_LINE_LABEL.findall(text))
    cuts = [m.start() for m in glued] if glued and labelled >= 3 else []
    for m in re.finditer(r"[^\n]+", text):
        pieces = [m.start(), *(c for c in cuts if m.start() < c < m.end()), m.end()]
        if (story := _glued_story(text, m.start(), m.end())) is not None:
            pieces = [m.start(), story, m.end()]  # the teaser, then the story
        for a, b in zip(pieces, pieces[1:], strict=False):
            line = text[a:b]
            if not line.strip():
                continue
            lead = len(line) - len(line.lstrip())
            start, end = a + lead, a + len(line.rstrip())
            label = _label_line(text[start:end])
            if label == BODY and (glyph := _BULLET_GLYPH.match(text, start, end)):
                start = glyph.end()  # "• Ukrainian media say ...": the item starts after it
            raw.append((start, end, label))
            bulleted.append(bool(_BULLET_GLYPH.match(text, a + lead, end)))

    labels = [label for _, _, label in raw]
    lines = [text[s:e].strip() for s, e, _ in raw]
    seen_titles: dict[str, int] = {}
    first_body = next((i for i, label in enumerate(labels) if label == BODY), len(labels))
    for i, line in enumerate(lines):
        # A teaser block: a headline that recurs, or one next to a related-content marker,
        # takes the paragraph after it (the teaser's summary) with it.
        is_title = labels[i] in (HEADLINE, CAPTION) and _is_title_case(line)
        repeated = is_title and line in seen_titles and seen_titles[line] > first_body
        near_marker = is_title and any(
            0 <= j < len(lines) and _FURNITURE.match(lines[j]) and _is_marker(lines[j])
            for j in (i - 1, i + 1)
        )
        if is_title:
            seen_titles.setdefault(line, i)
        if repeated or near_marker:
            labels[i] = JUNK
            if repeated:
                labels[seen_titles[line]] = JUNK
            nxt = i + 1
            if nxt < len(labels) and labels[nxt] == BODY and not _is_marker(lines[nxt]):
                labels[nxt] = JUNK
        if _TEASER_START.match(line):
            # "Read also: <title>" is sometimes followed by the bare title on the next line.
            nxt = i + 1
            if nxt < len(labels) and labels[nxt] != BODY:
                labels[nxt] = JUNK
    for i, line in enumerate(lines):
        if (crumb := _BREADCRUMB.fullmatch(line)) and any(
            crumb.group("cut")[-30:] in other for j, other in enumerate(lines) if j != i
        ):
            # "Home News Analysis The Long Road Back: Why...": the page's path, ending in its
            # headline cut short, which a line of its own prints in full.
            labels[i] = JUNK
    for i, line in enumerate(lines):
        if _FURNITURE.match(line) and _is_marker(line):
            # A bare "Read next" / "Most popular": the lines after it are teaser titles, up to
            # the next paragraph that ends like a sentence.
            j = i + 1
            while j < len(lines) and (labels[j] != BODY or not _SENTENCE_END.search(lines[j])):
                labels[j] = JUNK
                j += 1
    for i, line in enumerate(lines):
        if (
            labels[i] != BODY
            and line.endswith(",")
            and (
                _SAID_COMMA_END.search(line)
                or (
                    i + 1 < len(lines)
                    and labels[i + 1] == BODY
                    and _LOWER_ATTRIBUTION.match(lines[i + 1])
                )
            )
        ):
            # "Prime Minister Jane Doe said," over a block quotation, and a block quotation left
            # open on its comma over "he pointed out.": the story's lines, not headings.
            labels[i] = BODY
    prose_lines: list[int] | None = None  # the story's own paragraphs of 8 words or more
    for i, line in enumerate(lines):
        if marker := _LIST_MARKER.fullmatch(line):
            # "AI Brief", "Key points", "Read also:" over a bulleted list: the page's summary of
            # the story or its teasers of others, not the story's prose.
            j = i + 1
            while j < len(lines) and bulleted[j]:
                j += 1
            if prose_lines is None:  # (counted once a page: a page may hold many lists)
                prose_lines = [
                    k
                    for k, other in enumerate(lines)
                    if labels[k] == BODY and len(_WORD.findall(other)) >= 8
                ]
            inside = bisect.bisect_left(prose_lines, j) - bisect.bisect_left(prose_lines, i)
            prose = len(prose_lines) - inside
            if marker.group("teaser") or prose >= _PROSE_BESIDE_SUMMARY:
                # (A summary is the page's only copy of the story when no prose stands beside
                # it: "At a glance" over three bullets and then the site's own links.)
                labels[i + 1 : j] = [JUNK] * (j - i - 1)
    for i, line in enumerate(lines):
        if _SHOW_MORE.fullmatch(line) and i > 0 and labels[i - 1] == BODY:
            # A feed's teaser of another item, cut off behind a "Show more" button.
            labels[i - 1] = JUNK
    for i, line in enumerate(lines[1:], start=1):
        if (
            _PHOTO_CREDIT.match(line)
            and labels[i - 1] == BODY
            and not _QUOTE_MARK.search(lines[i - 1])
        ):
            # "Credit: Jane Doe" closes the photo's caption above it (a quotation above it is
            # the story's, with the credit of a photo below)
            labels[i - 1] = CAPTION
    for i, line in enumerate(lines[:-1]):
        if _VIDEO_DURATION.fullmatch(line):
            # "Duration: 35 seconds" under an embedded video: the player's furniture, and the
            # paragraph under it the video's caption ("X has condemned ..."), not the story's.
            labels[i] = JUNK
            if labels[i + 1] == BODY:
                labels[i + 1] = CAPTION
    seen_lines: dict[str, int] = {}
    for i, line in enumerate(lines):
        # (Compared without quotation marks: 'X calls strikes "barbaric"' then the same title
        # without them.)
        key = " ".join(_QUOTE_CHARS.sub("", line.lower()).split())
        if key in seen_lines and len(key.split()) >= 5:
            # A headline, caption or lead the page repeats (a stand-first of any length the
            # body opens with again): read it once.
            first = seen_lines[key]
            if labels[i] == HEADLINE and labels[first] == BODY and first < first_body + 1:
                # The copy is a headline: so is the page's first line it repeats, which a
                # closing quotation mark made look like a sentence.
                labels[first] = HEADLINE
            labels[i] = JUNK
        seen_lines.setdefault(key, i)
    if BODY not in labels and labels.count(CAPTION) >= _UNPUNCTUATED_PAGE:
        # A page whose text lost every full stop (a statement's PDF copied as text): no line
        # ends like a sentence, so its long lines, taken for captions, are its prose.
        labels = [
            BODY if label == CAPTION and len(_WORD.findall(lines[i])) >= 8 else label
            for i, label in enumerate(labels)
        ]
    for i, line in enumerate(lines[:-1]):
        # A stand-first cut off with an ellipsis that the next paragraph opens with in full
        # ("Officials said the bridge will reopen, but traffic..." then "Officials said the
        # bridge will reopen, but traffic will be limited."): a teaser of the story, read once.
        cut = _ELLIPSIS_END.search(line)
        if (
            cut
            and len(line[: cut.start()].split()) >= 5
            and lines[i + 1].startswith(line[: cut.start()].rstrip())
        ):
            labels[i] = JUNK
    run: list[int] = []
    for i in [*range(len(lines)), len(lines)]:
        # A run of teasers cut off mid-sentence ("From mocking posts to harsh criticism, the
        # decision of…", '"We can shout, but it won't change anything,"…'), three or more
        # in a row: related stories' snippets, none the story's own.
        if (
            i < len(lines)
            and labels[i] == BODY
            and (_CUT_TEASER.search(lines[i]) or _CUT_HEADLINE.search(lines[i]))
        ):
            run.append(i)
            continue
        if len(run) >= _TEASER_RUN:
            for j in run:
                labels[j] = JUNK
        for j in run if len(run) < _TEASER_RUN else ():
            if _cut_headline(lines[j]):
                labels[j] = JUNK
        run = []
    return [Paragraph(s, e, labels[i], i) for i, (s, e, _) in enumerate(raw)]


# A paragraph cut off by the page: its last word (or a quotation's comma and closing mark)
# right before the ellipsis, no sentence's stop.
_CUT_TEASER = re.compile(r"(?:\w|,[”\"’']?)(?:\.\.\.|…)$")
_TEASER_RUN = 3
# A headline cut off with a spaced or bare ellipsis after a word: "..., the SBU, said it has
# exposed a …", "X reported that Y intends to remove ... graves ...".
_CUT_HEADLINE = re.compile(r"\w\s?(?:\.\.\.|…)$")
_SENTENCE_INSIDE = re.compile(r"[.!?][”\"’']?\s+[A-Z“\"]")


def _cut_headline(line: str) -> bool:
    """A lone teaser of another story, cut off: one sentence of 6 to 25 words, no quotation
    mark and no speaker's label ("KULEBA: ..."), ending in a word and an ellipsis."""
    words = line.split()
    return (
        bool(_CUT_HEADLINE.search(line))
        and 6 <= len(words) <= 25
        and not _SENTENCE_INSIDE.search(line)
        and not any(mark in line for mark in '“”"«»')
        and not re.match(r"[A-Z][A-Z’' .-]+:", line)
    )


_UNPUNCTUATED_PAGE = 4  # the long lines without a full stop that make a page unpunctuated


_ELLIPSIS_END = re.compile(r"\s*(?:\.\.\.|…)$")
_SAID_COMMA_END = re.compile(r"\b(?:said|says|added|stated|noted|wrote|commented|explained),$")
_LOWER_ATTRIBUTION = re.compile(
    r"(?:he|she|they|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:also\s+)?(?:said|says|added|noted|stressed|"
    r"explained|emphasi[sz]ed|pointed\s+out|continued|concluded|commented|remarked|insisted|"
    r"argued|warned|wrote|underlined|underscored|recalled)\b"
)
# A heading over a bulleted list that is no part of the story: a summary or teasers.
_LIST_MARKER = re.compile(
    r"\W*(?:(?:ai\s+)?brief|key\s+(?:points|takeaways|highlights)|(?:story\s+)?highlights|summary"
    r"|in\s+brief|quick\s+read|at\s+a\s+glance|tl;?\s?dr|(?P<teaser>read\s+(?:also|more|next)"
    r"|also\s+read|see\s+also|related(?:\s+(?:articles|stories|news))?|more\s+on\s+this))\W*",
    re.IGNORECASE,
)
# A summary list is dropped only beside this many paragraphs of the story's own prose (8+ words).
_PROSE_BESIDE_SUMMARY = 1
_PHOTO_CREDIT = re.compile(r"(?:photo\s+|image\s+)?credits?\s*:\s*\S", re.IGNORECASE)
_QUOTE_MARK = re.compile(r"[\"“”«»]")
_VIDEO_DURATION = re.compile(
    r"\W*(?:video\s+)?(?:duration|length|runtime)\s*:?\s*"
    r"(?:\d{1,2}:\d{2}(?::\d{2})?|\d+\s*(?:h|hours?|m|mins?|minutes?)\b(?:\s*\d+\s*(?:s|secs?|seconds?)\b)?"
    r"|\d+\s*(?:s|secs?|seconds?)\b)\W*",
    re.IGNORECASE,
)
_QUOTE_CHARS = re.compile(r"[\"“”«»„‘’]")
_SHOW_MORE = re.compile(
    # ("Read more »": a button under a teaser; "Read more:" introduces the site's links)
    r"\W*(?:(?:show|see|view)\s+(?:more|full\s+(?:post|story|text))\W*|read\s+more\s*[»›>→…]+\s*)",
    re.IGNORECASE,
)


def _is_marker(line: str) -> bool:
    return bool(
        re.match(
            r"^\W*(?:related|other\s+topics|you\s+may\s+also|recommended|more\s+(?:from|on|stories)"
            r"|see\s+also|read\s+(?:also|more|next)|also\s+read|most\s+(?:popular|read|viewed|shared)"
            r"|up\s+next|top\s+stories|note\s+from\s+the)",
            line,
            re.IGNORECASE,
        )
    )


def title_of(text: str, paras: list[Paragraph]) -> str:
    """The first headline-like line before any body paragraph, else ""."""
    for p in paras:
        if p.label == BODY:
            return ""
        if p.label == HEADLINE:
            line = text[p.start : p.end]
            if len(_WORD.findall(line)) >= 4 and not re.search(r"\d{4}", line):
                return line
    return ""


# A line that is a person's name alone: two or three capitalised words.
_NAME_LINE = re.compile(r"\s*[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2}\s*")


def is_name_line(text: str, paragraph: Paragraph) -> bool:
    """Whether a paragraph is a person's name alone ("Jane Roe" over a sidebar's quotation)."""
    return bool(_NAME_LINE.fullmatch(text, paragraph.start, paragraph.end))
