"""Formats: articles that are not running prose. Transcripts, Q&A interviews, published speeches.

Input: the article's text and its body paragraphs. Output: a `Layout` telling the reader which
paragraphs are whose turn, so it can take a turn as a direct statement of its speaker:

- transcripts ("KULEBA: ...", "JANE DOE, HOST: ...", "Sergey Lavrov: ..."): a label opens each
  turn; hosts, anchors, reporters and whoever asks the questions narrate or ask, the others
  speak;
- Q&A interviews ("Q: ... A: ...", "Question: ... Answer: ..."): the answers are the words of
  the person the introduction names;
- unlabelled interviews: a paragraph that is only a question, then the answer, by the person the
  introduction says was interviewed;
- published speeches ("The following is X's nightly address ..."): every paragraph after is X's.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from .actors import normalise_quotes
from .clean import BODY, Paragraph
from .sentences import dash_line_start
from .vocabulary import OUTLET_WORDS, alternation, entries

# What may stand between a label's name and its colon: "(through interpreter)", a language
# ("DOE (UKRAINIAN):"), a recording's time ("Jane Doe (00:53):").
_LABEL_ASIDE = (
    r"(?:\s*\((?:(?:through|via|in|speaking)\b[^)\n]{0,40}|[A-Za-z]{4,20}"
    r"|\d{1,2}:\d{2}(?::\d{2})?)\))?"
)
# "OKSANA MELNYK: ...", "JANE DOE, HOST: ...", "ANCHOR: ...", "[JANE DOE, SPOKESPERSON]: ...".
_CAPS_LABEL = re.compile(
    # ("UKRAINE AMBASSADOR TO THE UNITED STATES JANE DOE:": a title before the name.)
    # ("MARTÍNEZ:": capitals with accents.)
    r"(?:[•*·…]\s*)?\[?(?P<name>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]*){0,7})"
    # ("SEN. JOHN DOE (R-XX), U.S. PRESIDENTIAL CANDIDATE:": a US party and state after the name,
    # a role with abbreviations.)
    r"(?:\s*\((?:R|D|I)(?:-[A-Z]{2})?\))?"
    r"(?:,\s*(?P<role>[A-Z][A-Z .,]{1,40}?))?\]?"
    + _LABEL_ASIDE
    + r":\s*"  # "KULEBA (through interpreter):"
)
# "JANE DOE, Examplian Prime Minister: ...", "JOHN ROE, host of The Evening Show: ...": a name
# in capitals, its title as written.
_CAPS_NAME_TITLED = re.compile(
    r"(?:[•*·]\s*)?\[?(?P<name>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){1,3}),\s+"
    r"(?P<role>[A-Za-z][\w’'.-]*(?:\s+[\w’'.-]+){0,7}?)\]?\s*:\s+(?=[A-Z“\"])"
)
# "Sergey Lavrov: ...", "Q: ...", "Answer: ...".
_TITLE_LABEL = re.compile(
    # ("Speaker 1: When is he going?": a ministry transcript's numbered questioner)
    r"(?:[•*·]\s*)?(?P<name>Q|A|Question|Answer|Ask|Interviewer|Speaker\s+(?:\d{1,2}|[A-Z])\b|"
    r"[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,3}"
    r"|(?:[A-Z]\.\s*){1,2}[A-Z][a-z’'-]+)"  # "D. Peskov:"
    r"(?:,\s+(?P<role>[A-Z][^:.?!\n]{2,100}))?"
    + _LABEL_ASIDE
    + r":(?:\s+|(?=[A-Z“\"]))"  # "Name:Text" glued too
)
# "Q. Will you talk to Putin?" / "A. We will never ...": Q&A labels with a full stop; "Q    Will
# you ...?": a White House transcript's questions, the label set off by spaces.
_QA_DOT = re.compile(
    r"(?:[•*·]\s*)?(?P<name>Q|A|Question|Answer|Ask)(?:\s*\.\s+|[ \t]{2,}|\t)(?=[A-Z“\"])"
)
# "The President. It's very high.": the answering office's label with a full stop, as official
# transcripts that label questions "Q." write it.
_TITLE_DOT = re.compile(
    r"(?P<name>The\s+(?:Vice\s+)?President|The\s+Prime\s+Minister|The\s+Chancellor"
    r"|The\s+Secretary(?:-General)?|The\s+Press\s+Secretary)\.\s+(?=[A-Z“\"])"
)
NARRATOR_ROLE = re.compile(
    r"\b(?:HOST|BYLINE|ANCHOR|CO-HOST|NARRATOR|ANNOUNCER|CORRESPONDENT|REPORTER|PRESENTER|"
    r"INTERVIEWER|MODERATOR)\b",
    re.IGNORECASE,
)
# The narrating voices of a broadcast (not a briefing's moderator, who only gives the floor).
_BROADCAST_ROLE = re.compile(
    r"\b(?:HOST|BYLINE|ANCHOR|CO-HOST|NARRATOR|ANNOUNCER|CORRESPONDENT|REPORTER|PRESENTER)\b",
    re.IGNORECASE,
)
_ROLE_ANYWHERE = re.compile(
    r"(?P<name>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]*){0,3}),\s*(?:HOST|BYLINE|ANCHOR|CO-HOST|"
    r"CORRESPONDENT|REPORTER|PRESENTER|INTERVIEWER|MODERATOR)\s*:"
)
_ASKING = re.compile(
    r"(?:Q|Question|Ask|Interviewer|Speaker\s+(?:\d{1,2}|[A-Z])|Press\s+Corps|Group|Audience|Reporter)",
    re.IGNORECASE,
)
_ANSWERING = re.compile(r"(?:A|Answer)", re.IGNORECASE)
_NOT_A_TURN = re.compile(
    r"(?:UPDATE|UPDATED|BREAKING|WATCH|READ|LIVE|EDITOR|CORRECTION|NOTE|PHOTO|VIDEO|WARNING|"
    r"EXCLUSIVE|ANALYSIS|OPINION|SEE|ALSO|MORE|RELATED|ADVERTISEMENT|SOURCE|QUOTE|DETAILS|"
    r"BACKGROUND|TAGS?|TOPICS?|SHARE|FOLLOW|SUBSCRIBE|NEXT|UP|KEY|LATEST|SUMMARY|CONTEXT|"
    r"REFERENCE|FILE|IMAGE|CREDIT|CAPTION|DISCLAIMER|PLAY)\b",
    re.IGNORECASE,
)
_FURNITURE_WORD = re.compile(
    rf"\b(?:{alternation([*entries('label_furniture'), *entries('weekdays')])})"
    r"(?:['’]s)?\b",
    re.IGNORECASE,
)
# "The following is Ukrainian President Volodymyr Zelensky's nightly address ...".
SPEECH_INTRO = re.compile(
    r"\b(?:the\s+following\s+is|below\s+is|here\s+is)\s+(?:the\s+(?:full\s+)?(?:text|transcript)\s+of\s+)?"
    r"(?P<who>[^.:;]{3,120}?)['’]s?\s+(?:(?:full|nightly|evening|daily|video|televised|annual|"
    r"new\s+year['’]s)\s+)*(?:address|speech|statement|remarks|message|appeal|op-ed|letter)\b",
    re.IGNORECASE,
)
# "The president addressed the nation on Sunday. Here is the full text:", "... The full text of
# the speech is below.", "Jane Doe delivered the following remarks:", "Read the full transcript
# of Jane Doe's speech": the paragraph introduces the speech printed after it, whose speaker it
# names.
FULL_TEXT_INTRO = re.compile(
    r"(?:\b(?:here\s+is|here['’]s|below\s+is|read|see)\s+(?:the\s+|a\s+)?(?:full\s+|complete\s+)?"
    r"(?:text|transcript)(?:\s+of\s+(?P<who>[^.:!?\n]{2,80}?)['’]s?\s+(?:[\w-]+\s+)?"
    r"(?:speech|address|remarks|statement|appeal|message))?\b[^.:!?\n]{0,60}"
    r"|\bthe\s+(?:full\s+|complete\s+)?(?:text|transcript)\s+of\s+(?:the|his|her|their|this)\s+"
    r"(?:speech|address|remarks|statement|appeal|message)\s+(?:is\s+)?(?:below|follows)"
    r"|\b(?:delivered|gave|made|issued|released|published)\s+the\s+following\s+"
    r"(?:remarks|speech|address|statement|message)\b"
    # ("... issued the following statement on 10 May with regard to the meeting of ... the
    # following day:")
    r"[^.:!?\n]{0,200})"
    r"\s*[:.]?\s*$",
    re.IGNORECASE,
)
# "Below, AFP gives a rundown of key quotes from Zelensky's exclusive interview:".
QUOTE_LIST_INTRO = re.compile(
    r"\b(?:quotes?|quotations|remarks|excerpts|highlights|key\s+points|what\s+\w+\s+said)\b"
    r"[^:]{0,120}:\s*$",
    re.IGNORECASE,
)
# "The main thing from Jane Doe's statements at the briefing:", "Key points of X's
# speech:": a list of someone's claims, one a line, with or without quotation marks.
CLAIM_LIST_INTRO = re.compile(
    r"\b(?:main\s+(?:thing|things|points)|key\s+(?:points|statements|takeaways|theses)|theses"
    r"|takeaways|statements)\b[^:]{0,120}:\s*$",
    re.IGNORECASE,
)
_FROM_STATEMENT = re.compile(
    r"\s*(?i:from|excerpts?\s+from|highlights\s+from)\s+(?i:the|a|an)\s+(?i:statement|remarks|speech|"
    r"address|briefing|interview|comments?)\s+(?i:by|of)\s+(?P<who>[A-Z][^\n:]{2,120}?)"
    r"(?:\s+(?i:at|on|to|during|in|before)\s[^\n:]*)?\s*:?\s*"
)
_STATEMENTS_OF = re.compile(
    r"\s*(?i:highlights|excerpts|key\s+points)\s+(?i:from|of)\s+(?P<who>[A-Z][^\n:;]{2,80}?)['’]s?\s+"
    r"(?i:statements?|remarks|speech|address|comments)\s*[:;.]?\s*"
)
_CLAIMS_SOURCE = re.compile(r"\b(?:from|of|by)\s+(?P<who>[^:]{2,120}?)\s*:\s*$")
# A list item's marker: "- ", "1. ", or a bullet sign, which pages glue to the item ("▪️Text").
LIST_ITEM = re.compile(r"(?:[-–—*]\s+|\d{1,2}[.)]\s+|[•·▪■◾◼●►♦🔹🔸📌✅]\ufe0f?\s*)")
BULLET = re.compile(r"[•·▪■◾◼●►♦🔹🔸📌✅]")
# Whom an interview's introduction names: "Meduza asks X", "an interview with X", "spoke to X".
# "Jane Doe told Examplia Today in an interview that ...": a news story may say so too, so
# only with two questions answered is the page the interview.
# ('X told "Evening News" that ...', "..., according to Speaker Jane Roe.": whose words an
# interview's lead reports)
_TOLD_PROGRAMME = re.compile(
    r"\btold\s+(?:the\s+)?[“\"]?[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,3}?[”\"]?\s+that\b"
    r"|\baccording\s+to\s+(?:[A-Z][\w’'.-]*\s+){1,4}[A-Z][\w’'.-]*\s*[.,]"
)
_IN_AN_INTERVIEW = re.compile(r"\b(?:[Ii]n|[Ff]or)\s+an?\s+(?:exclusive\s+)?interview\b")
_INTERVIEWEE = re.compile(
    r"(?:\basks|\b[Ii]nterview(?:ed|s)?\s+with|\bspoke\s+(?:to|with)|\btalk(?:ed|s)?\s+(?:to|with)|"
    r"\bturned\s+to|\bsat\s+down\s+with|\binterviewed"
    # ("Interview by Ambassador Jane Doe to the Daily Star": a ministry's heading.)
    r"|^\s*[Ii]nterview\s+(?:by|of|given\s+by)"
    # ("Jane Doe answered our questions ahead of the summit": the name before the words.)
    r"|\banswer(?:ed|s)\s+(?:\w+\s+){0,2}questions\b[^.\n]{0,80}?"
    r"|\bgave\s+(?:an?\s+)?(?:exclusive\s+)?interview\s+to"
    r"|\b[Gg]uest\s+(?:today\s+|this\s+week\s+|of\s+(?:the|our)\s+\w+\s+)?(?:is|was))\s+",
    re.MULTILINE,
)


@dataclass
class Turn:
    label: str  # the label as written ("KULEBA", "Sergey Lavrov", "A")
    start: int  # where the turn's words start (after the label)
    asks: bool  # an interviewer's / host's turn


@dataclass
class Layout:
    """Which body paragraphs open a turn (by index), and who the interviewee is."""

    transcript: bool = False
    turns: dict[int, Turn] = field(default_factory=dict)
    askers: set[str] = field(default_factory=set)
    interview_questions: set[int] = field(default_factory=set)  # unlabelled Q&A: question paras
    items_bulleted: bool = False  # a list of claims whose lines so far had bullets
    speech_from: int | None = None  # paragraph index after which the speech runs
    speech_by: tuple[int, int] | None = None  # the words naming the speech's speaker
    quotes_from: int | None = None  # "key quotes from X's interview:": quotes after it are X's
    claims_listed: bool = False  # "the main thing from X's statements:": bare claims, one a line
    monologue: bool = False  # one titled voice's transcript: unlabelled paragraphs run its turn
    narrated: bool = False  # a broadcast's report: a host, anchor or reporter narrates
    issued: bool = False  # a body's statement as issued: its unattributed paragraphs are its own
    untitled_interview: bool = (
        False  # opens with a question, no introduction: whose, the title says
    )
    opens_answering: bool = False  # an interview's page that opens inside its answers
    initials: str | None = None  # "AB:" answering "XYZ: ...?": the interviewee's initials
    attributed: bool = False  # "The following is attributable to X:": each sentence after is X's
    # The page's trusted title names the speech its text prints ("Address by Jane Doe", "Jane
    # Doe's address to the nation", "Jane Doe: We will rebuild"), which the text does not show:
    # the words of the title that name the speaker.
    speech_titled: str | None = None
    speech_to: int | None = None  # the paragraph (an op-ed's note on its author) ending the speech


# "XYZ: ...?" / "AB: ...": an interview's turns labelled with the initials of who speaks.
_INITIALS_LABEL = re.compile(r"(?:[•*·]\s*)?(?P<name>[A-Z]{2,4})\s*:\s+(?=[A-Z“\"‘'])")


def _initials_interview(text: str, body: list[Paragraph]) -> tuple[list, str, str] | None:
    """Two short capitals labels ("XYZ:", "AB:") taking turns, one label's turns every one a
    question and the other's none: an interview labelled with initials. Returns the labelled
    paragraphs, the asking label and the answering one."""
    labels = [
        (p, m)
        for p in body
        if (m := _INITIALS_LABEL.match(text, p.start, p.end))
        and not _NOT_A_TURN.fullmatch(m.group("name"))
    ]
    names = [m.group("name") for _, m in labels]
    if len(set(names)) != 2 or any(a == b for a, b in zip(names, names[1:], strict=False)):
        return None
    asks = {n: [] for n in names}
    for p, m in labels:
        asks[m.group("name")].append("?" in text[m.end() : p.end])
    askers = [n for n, asked in asks.items() if all(asked)]
    answerers = [n for n, asked in asks.items() if not any(asked)]
    if len(askers) != 1 or len(answerers) != 1:
        return None
    return labels, askers[0], answerers[0]


# "President of Ruritania John Roe: ...", "Minister of Foreign Affairs Jane Doe: ...": a
# title with "of" before a full name, as official transcripts label their one speaker.
_TITLED_LABEL = re.compile(
    r"[A-Z][a-z]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]+){0,5}\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w’'-]+\s+){1,3}(?P<name>[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+):\s+(?=[A-Z])"
)
# "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs: ...": an honorific, a name, its title
# after a comma, then the colon of a transcript's label (a UN summary's "JANE ROE, Minister of
# X: <paraphrase>" has no honorific: the briefing's indirect claim).
_NAME_TITLE_LABEL = re.compile(
    r"(?:Mr|Ms|Mrs|Dr)\.?\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),\s+"
    r"(?:[A-Z][\w’'-]*\s+){0,3}(?:Minister|Secretary|Spokesperson|Spokesman|Spokeswoman|President|"
    r"Ambassador|Chancellor|Premier|Governor|Mayor|Director|Commissioner)\b[^:\n]{0,60}:\s+(?=[A-Z])"
)
QUOTE_MARK = re.compile(r"[“”«»\"]")


# "Peskov: ..." in an interview whose questions are labelled: a surname alone is a label there
# (elsewhere "Kyiv: ..." is a live blog's dateline).
_SURNAME_LABEL = re.compile(r"(?:[•*·]\s*)?(?P<name>[A-Z][a-z’'-]{2,})\s*:\s+(?=[A-Z“\"])")


# "Reuters:", "AFP:", "Bloomberg reporter:": the outlet asking at a press conference.
_PRESS_LABEL = re.compile(
    r"(?:[•*·]\s*)?(?P<name>[A-Z][\w&.’'-]+(?:\s+[A-Z][\w&.’'-]+){0,2})"
    r"(?:\s+(?P<role>reporter|correspondent|journalist))?\s*:\s+(?=[A-Z“\"])"
)


def turn_label(text: str, start: int, end: int) -> re.Match | None:
    """The label opening a transcript turn at text[start:end], or None."""
    for pattern in (_CAPS_LABEL, _TITLE_LABEL, _QA_DOT, _TITLE_DOT):
        label = pattern.match(text, start, end)
        if label is None:
            continue
        name = label.group("name")
        if pattern is _CAPS_LABEL and len(name.replace(".", "")) < 3:
            continue
        if _NOT_A_TURN.match(name) or _FURNITURE_WORD.search(name):
            continue  # "UPDATE: ...", "Source: ...", "Monday's Coverage:": page furniture
        if label.end() >= end:
            continue  # "Source:" on a line of its own
        return label
    return None


# "(As delivered)", "(Check against delivery)": the lines after it are a speech's own words.
_DELIVERY_MARK = re.compile(
    r"(?:^|\()\s*(?:as\s+delivered|as\s+prepared(?:\s+for\s+delivery)?|check\s+against\s+"
    r"delivery)\s*\)?\s*[!.]?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# "• 05 Jul. 2024 -", "• |", "• Last updated: 05 Jul. 2024 16:17": a page's date lines.
_STAMP_LINE = re.compile(
    r"\s*[•*·]?\s*(?:(?i:last\s+updated|updated|published|posted)\s*:?\s*)?"
    r"(?:[\w.:,/-]+\s*){0,6}?\d[\w.:,/-]*(?:\s+[\w.:,/-]+){0,4}[\s|-]*"
    r"|\s*[•*·]?\s*[|-]?\s*"
)
# "by the Secretary General Jane Doe following the meeting of ministers": whose speech it is.
_SPEECH_BY = re.compile(
    r"(?:^|\s)by\s+(?P<who>[^\n]{3,200}?)"
    r"(?:\s+(?:following|ahead|at|during|after|before|on|to|in|with|for)\b[^\n]*)?\s*$",
    re.IGNORECASE | re.MULTILINE,
)


_SPEECH_HEADING = re.compile(
    # ("Ukraine: Press remarks by ...", "Kyiv summit – Speech by ...": the topic before it.)
    r"(?:[^\n]{0,200}?(?:\s[–—-]|:)\s+)?(?i:(?:opening\s+|closing\s+|keynote\s+)?"
    r"(?:video\s+|evening\s+|nightly\s+|televised\s+|press\s+)?"
    r"(?:address|speech|remarks|(?:press\s+)?briefing|press\s+conference)\s+(?:by|of)"
    r"|(?:open\s+)?(?:letter|appeal)\s+(?:by|of|from))\s+"
    r"(?P<who>(?:the\s+)?[A-Z][^\n:;]{2,120}?)"
    r"(?:\s+(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|on|at|to|in|during|following|before|after)\b[^\n]*"
    # ", Moscow, July 17, 2025": the place and the date after the name.
    r"|,\s*(?:[A-Z][\w’'-]+\s*){1,3},\s*(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)[^\n]*)?"
    r"\s*[.!]?\s*$"
)
_SPEECH_KIND_LINE = re.compile(
    r"\s*(?i:(?:opening\s+|closing\s+|keynote\s+)?(?:video\s+|press\s+)?"
    r"(?:address|speech|remarks|briefing|press\s+conference|statement))\s*"
)
_SPEECH_BY_LINE = re.compile(
    r"\s*by\s+(?P<who>(?:the\s+)?[A-Z][^\n:;]{2,120}?)"
    r"(?:\s+(?:on|at|to|in|during|following|before|after)\b[^\n]*)?\s*[.!]?\s*"
)
# "Statement of the Ministry of Foreign Affairs of Ruritania on the missile strikes",
# "Statement by the Spokesperson on ...", "Comment of the Press Department regarding ...": the
# page is the body's statement as it issued it (a ministry's site, or an outlet reprinting it).
_ISSUED_HEADING = re.compile(
    r"\s*(?i:official\s+)?(?:Statement|STATEMENT|Comment|COMMENT|Declaration|DECLARATION)\s+"
    r"(?i:of|by|from)\s+(?P<who>(?i:the\s+)?[A-Z][^\n:]{2,150}?)"
    r"(?:\s+(?i:on|regarding|concerning|about|in\s+connection\s+with|following|over)\s[^\n]*)?\s*$"
)

# "Jane Doe’s statement on the school truce", "The Ministry's Statement regarding ...": the
# same, its issuer in the possessive.
_OWN_STATEMENT_HEADING = re.compile(
    r"\s*(?P<who>(?:The\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.-]*){0,6})['’]s?\s+"
    r"(?i:official\s+)?(?:statement|STATEMENT|Statement|declaration|Declaration)"
    r"(?:\s+(?i:on|regarding|concerning|about|in\s+connection\s+with|following|over)\s[^\n]*)?\s*$"
)

# "The following is attributable to Spokesperson Jane Doe:", "The below statement is attributable
# to ...", "Readout attributable to the Spokesperson on ...": a government's release whose body,
# a readout in the third person, is the named spokesperson's.
_ATTRIBUTABLE = re.compile(
    r"\s*(?:(?i:the\s+)?(?i:following|below)(?:\s+(?i:statement|readout|text))?\s+(?i:is|are)\s+"
    r"|(?:Statement|STATEMENT|Readout|READOUT)\s+)(?i:attributable\s+to)\s+"
    r"(?P<who>(?i:the\s+)?[A-Z][^\n:]{2,150}?)"
    r"(?:\s+(?i:on|regarding|concerning|about|following)\s[^\n:]*)?\s*:?\s*"
)


def _attributable(text: str, heads: list[Paragraph], body: list[Paragraph]):
    """The line saying whose the release's paragraphs are (its paragraph index, the span naming
    them), among the page's first lines."""
    for p in [*heads[-6:], *body[:4]]:
        if m := _ATTRIBUTABLE.fullmatch(text, p.start, p.end):
            return p.index, (m.start("who"), m.end("who"))
    return None


# "Remarks by the Prime Minister at the summit", "SPEECH BY JANE DOE TO PARLIAMENT", "Jane
# Doe's remarks following the meeting": the page prints someone's speech as they gave it.
_PRINTED_SPEECH = re.compile(
    r"\s*(?:(?i:(?:opening|closing|keynote|introductory|welcoming)\s+)(?i:statement|intervention)"
    # ("Statement attributed to the High Commissioner, Jane Doe": the body's release of her words.)
    r"|Statements?|STATEMENTS?|Intervention|INTERVENTION)\s+(?i:by|attributed\s+to)\s+(?P<who>(?i:the\s+)?[A-Z][^\n:]{2,150}?)"
    r"(?:\s+(?i:at|to|during|before|following|after|on|in|regarding|concerning|about|for|with)"
    r"\s[^\n]*)?\s*"
    r"|\s*(?P<owner>[A-Z][^\n:]{2,80}?)['’]s\s+(?i:(?:opening|closing|keynote)\s+)?"
    r"(?i:remarks|speech|address|statement)\s+(?i:at|to|during|before|following|after)\s[^\n]*"
)
_SPEECH_HEADS = 6  # the lines above a printed speech that may name it
_NAME_AFTER_TITLE = re.compile(
    r"\s+for\s+[A-Z][^\n,:]{2,60},\s*(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,2})\s*$"
)


def _issued_statement(text: str, heads: list[Paragraph]) -> tuple[int, tuple[int, int]] | None:
    """The first heading naming a body's issued statement, or someone's printed speech: (its
    paragraph index, the span naming the body or the speaker). The line under a speech's
    heading names the speaker when it is only their name and title ("Jane Doe, Secretary of
    State")."""
    for p in heads[:3]:
        if m := _ISSUED_HEADING.fullmatch(text, p.start, p.end) or _OWN_STATEMENT_HEADING.fullmatch(
            text, p.start, p.end
        ):
            return p.index, (m.start("who"), m.end("who"))
    for i, p in enumerate(heads[:_SPEECH_HEADS]):
        if m := _PRINTED_SPEECH.fullmatch(text, p.start, p.end):
            group = "who" if m.group("who") else "owner"
            if i + 1 < len(heads) and _NAME_LINE.fullmatch(
                text, heads[i + 1].start, heads[i + 1].end
            ):
                return p.index, (heads[i + 1].start, heads[i + 1].end)
            if named := _NAME_AFTER_TITLE.match(text, m.end(group), p.end):
                # "Statement attributed to the High Commissioner for Refugees, Jane Doe": the
                # title's "for ..." is no setting; the name closing the line is the speaker.
                return p.index, (m.start(group), named.end("name"))
            return p.index, (m.start(group), m.end(group))
    return None


# "Mr Jane Doe" alone on a line, then perhaps "The Secretary of State for Defence": a
# parliament's record of one member's contribution, whose words follow.
_HONORIFIC_NAME = re.compile(
    r"\s*(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Baroness|Lady)\.?\s+[A-Z][\w’'-]+"
    r"(?:\s+[A-Z][\w’'-]+){0,3}\s*"
)
_TITLE_UNDER_NAME = re.compile(r"\s*(?:The|the)\s+[A-Z][^\n.:;!?]{3,100}")


def _named_contribution(
    text: str, heads: list[Paragraph], body: list[Paragraph]
) -> tuple[int, tuple[int, int]] | None:
    """The member's name line ("Mr Jane Doe"), with their title line under it ("The Minister
    for Europe"), right above the body: a parliament's record of their contribution (paragraph
    index of the last of those lines, the span naming the member)."""
    if not heads or not body:
        return None
    last = heads[-1]
    if last.index + 1 != body[0].index:
        return None
    if _HONORIFIC_NAME.fullmatch(text, last.start, last.end):
        return last.index, (last.start, last.end)
    if len(heads) >= 2 and _TITLE_UNDER_NAME.fullmatch(text, last.start, last.end):
        name = heads[-2]
        if name.index + 1 == last.index and _HONORIFIC_NAME.fullmatch(text, name.start, name.end):
            return last.index, (name.start, name.end)
    return None


# A speech's salutation alone on its line: "Madam President,", "Distinguished colleagues,",
# "Ladies and gentlemen!", "Excellencies,", "Fellow citizens,".
_SALUTATION_LINE = re.compile(
    r"(?m)^[ \t]*(?:(?:Madam|Mr\.?|Mister)\s+(?:President|Speaker|Chair(?:man|woman|person)?|"
    r"Secretary-General)|(?:Distinguished|Dear|Honou?rable|Esteemed|Fellow)\s+(?:colleagues|guests|"
    r"friends|members|delegates|citizens|compatriots)|Ladies\s+and\s+gentlemen|Excellenc(?:y|ies))"
    r"[ \t]*[,!][ \t]*$"
)
# A name alone on its line ("Olaf Scholz"), above a speech.
_BARE_NAME_LINE = re.compile(r"\s*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}\s*")


def _saluted_speech(
    text: str, heads: list[Paragraph], body: list[Paragraph]
) -> tuple[int, tuple[int, int]] | None:
    """A page that prints a speech: a person's name alone on one of its first lines, and a
    salutation alone on its line ("Madam President,") before the body's third paragraph. The
    paragraphs from the salutation on are the named person's (paragraph index before them, the
    span naming the speaker)."""
    if len(body) < 3:
        return None
    named = [p for p in heads[-4:] if _BARE_NAME_LINE.fullmatch(text, p.start, p.end)]
    saluted = _SALUTATION_LINE.search(text, heads[-1].end if heads else 0, body[2].start)
    if not named or saluted is None:
        return None
    after = next((p for p in body if p.start > saluted.start()), None)
    if after is None:
        return None
    name = named[-1]
    return after.index - 1, (name.start, name.end)


# "Jane Doe, Secretary-General": a name, then its title, alone on a line.
_NAME_LINE = re.compile(r"\s*[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3},\s+[^\n,.:;]{2,80}\s*")


def _delivered_speech(
    text: str, heads: list[Paragraph], body: list[Paragraph]
) -> tuple[int, tuple[int, int]] | None:
    """A speech or press conference printed as delivered: a "(As delivered)" mark ending one of
    the first lines, a "by X" line just above it or before it on its line; the lines after the
    mark are X's (paragraph index of the mark, span naming X). Date and bullet lines in
    between ("• 05 Jul. 2024 -", "• Last updated: ...") are passed over."""
    top = [*heads, *body[:2]]
    for i, p in enumerate(top):
        if (mark := _DELIVERY_MARK.search(text, p.start, p.end)) is None:
            continue
        above = [
            q for q in top[max(0, i - 6) : i] if not _STAMP_LINE.fullmatch(text, q.start, q.end)
        ]
        for q in reversed([*above[-2:], p]):
            if m := _SPEECH_BY.search(text, q.start, min(q.end, mark.start())):
                return p.index, (m.start("who"), m.end("who"))
        return None
    return None


_STAMP = r"\(\d{1,2}:\d{2}(?::\d{2})?\)"
# "Jane Doe (00:53):", "Press Secretary Jane Doe: (01:07)", "Speaker X (00:07):": a label with the
# recording's time, alone on its line.
_LINE_LABEL = re.compile(
    r"[ \t]*(?P<name>[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,6})[ \t]*"
    rf"(?:{_STAMP}[ \t]*:|:[ \t]*{_STAMP})[ \t]*"
)
# "Jane Doe, President of Examplia:" alone on its line, the words on the lines below: a
# broadcast's or a meeting's transcript.
# (Title case: "MARY LANE, HOST:" alone on its line is a broadcast's narrator, not a speaker.)
_TITLED_LINE_LABEL = re.compile(
    r"[ \t]*(?P<name>[A-Z][a-z’'][\w’'.-]*(?:[ \t]+[A-Z][a-z’'.][\w’'.-]*){1,3}),[ \t]*"
    r"[A-Z][\w’'-]*(?:[ \t]+(?:[A-Z][\w’'-]*|of|the|and|for|on)){0,9}[ \t]*:[ \t]*"
)


def _label_line(text: str, start: int, end: int) -> re.Match | None:
    return _LINE_LABEL.fullmatch(text, start, end) or _TITLED_LINE_LABEL.fullmatch(text, start, end)


@dataclass
class _LineLabel:
    """A label on the line above its words, read like a `turn_label` match."""

    name: str
    at: int  # where the words start

    def group(self, _: str) -> str:
        return self.name

    def groupdict(self) -> dict[str, str | None]:
        return {"name": self.name, "role": None}

    def end(self) -> int:
        return self.at


def _line_label_above(text: str, start: int) -> re.Match | None:
    """The label alone on the last non-blank line before `start`, if that line is one."""
    end = start
    while end > 0 and text[end - 1] in " \t\n\r":
        end -= 1
    if end == start or "\n" not in text[end:start]:
        return None
    line = text.rfind("\n", 0, end) + 1
    if end - line > 80:
        return None
    return _label_line(text, line, end)


# A briefer's title or honorific opening a lone label: "MR DOE", "BRIGADIER GENERAL JANE DOE",
# "PRESS SECRETARY JOHN DOE" (not a dateline's "NEW DELHI:").
_BRIEFER = re.compile(
    r"(?:MR|MS|MRS|DR|SECRETARY|GENERAL|BRIGADIER|ADMIRAL|AMBASSADOR|PRESIDENT|MINISTER|"
    r"SPOKESPERSON|SPOKESMAN|SPOKESWOMAN|COLONEL|PRESS\s+SECRETARY|DEPUTY|UNDER\s+SECRETARY|"
    r"LIEUTENANT|MAJOR|SENATOR|GOVERNOR|MAYOR)\b\.?"
)


# "Statement by President Jane Roe following the meeting:", "Remarks by the minister on the
# talks:": a line naming whose statement follows its colon.
_STATEMENT_BY_INTRO = re.compile(
    r"\s*(?i:statement|remarks|comment|address|message)\s+(?i:by|of|from)\s+"
    r"(?P<who>(?:the\s+)?[A-Z][^\n:’']{2,80}?)['’]?"
    r"(?:\s+(?i:on|regarding|about|following|after|at|to)\s[^\n:]*)?\s*:\s*"
)


def _statement_intro(text: str, body: list[Paragraph]) -> tuple[Paragraph, re.Match] | None:
    """The line among the first six body paragraphs that introduces, with its colon, the
    statement of the person or body it names, followed by more paragraphs."""
    for p in body[:6]:
        if p.index != body[-1].index and (m := _STATEMENT_BY_INTRO.fullmatch(text, p.start, p.end)):
            return p, m
    return None


def _surname_label(text: str, body: list[Paragraph]) -> tuple[Paragraph, re.Match] | None:
    """The one paragraph among the first six that opens with the surname of the person the
    page named in full above it and a colon ("Kyiv mayor Vitali Roe briefs ..." then "Roe: Dear
    friends! ..."), when no other paragraph opens so and the words after it say "I" or "we"."""
    found = [
        (p, m)
        for p in body
        if (m := _SURNAME_LABEL.match(text, p.start, p.end)) and m.end() < p.end
    ]
    if len(found) != 1 or found[0][0].index not in {b.index for b in body[:6]}:
        return None
    p, m = found[0]
    name = m.group("name")
    if (
        _NOT_A_TURN.match(name)
        or _FURNITURE_WORD.search(name)
        or QUOTE_MARK.search(text, m.end(), p.end)
        or not re.search(rf"\b[A-Z][a-z]+\s+{re.escape(name)}\b", text[: p.start])
        or not _FIRST_PERSON_WORD.search(text, m.end(), body[-1].end)
    ):
        return None
    return p, m


def _lone_briefer(text: str, body: list[Paragraph], labels: list) -> bool:
    """One voice's labels, the first among the first six body paragraphs (a page's furniture
    may come first), by a titled briefer
    ("MR DOE:", "[JANE DOE, DEPARTMENT SPOKESPERSON]:") or a recording's time-stamped label
    ("Jane Doe (00:53):" on its own line)."""
    p, m = labels[0]
    if p.index not in {b.index for b in body[:6]} or _ASKING.fullmatch(m.group("name")):
        return False
    if isinstance(m, _LineLabel):
        return True
    name = m.group("name")
    # "VELL: Good afternoon." and "VELL: You are welcome." under a heading that names Tomas K.
    # Vell: one voice labelled twice whom the page names in full (not "KYIV:", "WATCH:").
    twice = (
        len(labels) >= 2
        and len(name.split()) == 1
        and re.search(rf"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+{re.escape(name.title())}\b", text)
        # ("RUSSIA: Moscow says ..." twice is a digest's rubric; a briefer says "I" or "we".)
        and any(_FIRST_PERSON_WORD.search(text, lm.end(), lp.end) for lp, lm in labels)
    )
    if not name.isupper():
        return _titled_voice(text, body, p, m)
    return bool(
        (_BRIEFER.match(name) or m.groupdict().get("role") or twice)
        and not NARRATOR_ROLE.search(m.groupdict().get("role") or "")
        and not NARRATOR_ROLE.fullmatch(name)
    )


# A title that is one word with its office in it, as Germanic languages write it
# ("Statsminister", "Außenminister", "Premierminister").
_COMPOUND_TITLE = re.compile(r"[A-ZÄÖÜÅÆØ][a-zäöüßåæø]{2,}minister", re.IGNORECASE)


def _titled_voice(text: str, body: list[Paragraph], p: Paragraph, m: re.Match) -> bool:
    """ "Prime Minister Jane Doe: Welcome, everybody. ..." (a doorstep's or press conference's
    transcript, its label maybe in the page's own language: "Statsminister Jane Doe:"): one
    title-case label, a title then a two-word name, opening the body's first paragraphs (none
    before it in quotation marks), no quotation mark in its turn, and the turn or the paragraph
    after it in the first person. The one voice's turn runs on."""
    if isinstance(m, _LineLabel) or m.groupdict().get("role"):
        return False
    words = m.group("name").split()
    if len(words) < 3 or not (words[0].lower() in _OFFICES or _COMPOUND_TITLE.fullmatch(words[0])):
        return False
    place = next(i for i, b in enumerate(body) if b.index == p.index)
    if place > 2 or any(QUOTE_MARK.search(text, b.start, b.end) for b in body[: place + 1]):
        return False
    after = body[place + 1 : place + 2]
    return any(
        _FIRST_PERSON_WORD.search(text, b.start if b is not p else m.end(), b.end)
        for b in [p, *after]
    )


# "ABC News' Jane Roe interviewed President John Doe", "Jane Roe sat down with John Doe" (not
# "Doe spoke to the AP": who speaks to whom does not tell who asks).
_INTERVIEWER = re.compile(
    r"\b(?P<asks>[A-Z][\w’'-]+)\s+(?:interviewed|sat\s+down\s+with)\s+"
    r"(?P<whom>(?:[\w’'.-]+\s+){0,5}[\w’'.-]+)"
)


# "VOA", "the BBC", "the Kommersant newspaper" (an acronym, or a name and an outlet noun of
# `data/outlet_words.txt`): an outlet, whom someone sits down with to be interviewed.
_AN_OUTLET = re.compile(
    rf"(?:the\s+)?(?:[A-Z]{{2,6}}\b|(?:[A-Z][\w’'-]+\s+){{1,2}}(?i:{alternation(tuple(OUTLET_WORDS))})\b)"
)


# "the first question from the Ruritanian media, Jane Roe", "next question, Jane Roe": the asker.
_GIVEN_THE_FLOOR = re.compile(
    r"\bquestions?\b(?:\s+(?:is\s+)?(?:from|goes\s+to|to)\b)?[^.?!:]{0,60}?,\s*"
    r"(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
)


def _interviewers(
    text: str, heads: list[Paragraph], body: list[Paragraph], first_turn: int
) -> set[str]:
    """The surnames (upper case) of whoever the introduction says interviewed or spoke to
    someone: the last capitalised word before "interviewed", "spoke to", "sat down with"."""
    found, asked = set(), set()
    for p in [*heads, *(b for b in body if b.index < first_turn)]:
        for m in _INTERVIEWER.finditer(text, p.start, p.end):
            if _AN_OUTLET.match(m.group("whom")):
                continue  # "Jane Roe sat down with VOA": the outlet asks, Roe answers
            found.add(m.group("asks").upper())
            asked.update(w.upper() for w in re.findall(r"[A-Z][\w’'-]+", m.group("whom")))
    return found - asked  # ("Jane Roe interviewed John Doe ... Doe interviewed by ...")


def _asks_outside_quotes(text: str, p: Paragraph) -> bool:
    """A paragraph that quotes a word or two but ends asking ("... divided it into “before”
    and “after”: how did it begin for you?"), not a quotation ending in a question."""
    words = text[p.start : p.end].strip()
    return words.endswith("?") and words[:1] not in "“\"«'‘"


_FIRST_PERSON_WORD = re.compile(r"\b(?:I|we|We|I['’]ll|we['’]ll|We['’]ll|our|Our)\b")
_FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|I['’]m|I['’]ve|my|My|me)\b")


def _opens_asking(
    text: str, body: list[Paragraph], questions: set[int], *, plural: bool = False
) -> bool:
    """The text opens with a question (after short lines of page furniture) and the paragraph
    after it answers in the first person ("How could the work grow further?" then
    "Thank you first for inviting me. I am glad ..."): an interview whose
    introduction the page left out."""
    for i, p in enumerate(body[:4]):
        if len(text[p.start : p.end].split()) < 8 and p.index not in questions:
            continue  # "back", "on Jun 24, 2024"
        if p.index not in questions or i + 1 >= len(body):
            return False
        answer = body[i + 1]
        # ("We have restored power ...": an answer for a government speaks for "we", where the
        # title names who answers.)
        person = _FIRST_PERSON if plural else _FIRST_PERSON_SINGULAR
        return answer.index not in questions and bool(person.search(text, answer.start, answer.end))
    return False


# An interviewer's request that ends its paragraph with no question mark: "We would like your view
# on this.", "Tell us about the first day.", "Please comment on the decision."
_REQUEST_END = re.compile(
    r"(?:^|[.!?]\s+)[^.?!“”\"]*\b(?:your\s+(?:comment|comments|view|views|opinion|assessment)|"
    r"tell\s+us|comment\s+on)\b[^.?!“”\"]*[.!]?\s*$",
    re.IGNORECASE,
)


# An interviewer's remark that trails off for the interviewee to take up, addressing them: "X
# calls them aggressors, when you lost a million people…".
_TRAILING_REMARK = re.compile(r"(?s)(?=.*\b(?:you|your)\b).*(?:…|\.\.\.)\s*$", re.IGNORECASE)


def _asks_without_mark(text: str, p: Paragraph) -> bool:
    words = text[p.start : p.end]
    return (
        len(words.split()) <= 60
        and not _FIRST_PERSON_SINGULAR.search(words)
        and (
            bool(_REQUEST_END.search(words))
            or len(words.split()) <= 40
            and not re.search(r"[“”\"]", words)
            and bool(_TRAILING_REMARK.match(words))
        )
    )


# "On what she is hearing from friends in Kyiv:": a topic line over an interview's answer.
_TOPIC_OF_ANSWER = re.compile(r"\s*On\s+[^\n.?!]{3,160}:\s*")
# A paragraph's first sentence, a question: "Are you also talking about your role?"
_FIRST_QUESTION = re.compile(r"\s*[A-Z][^.!?“”\"]{5,200}\?(?=\s+[A-Z])")


def _is_question(text: str) -> bool:
    stripped = text.strip()
    return stripped.endswith("?") and len(stripped.split()) <= 250


def _with_surname_labels(text: str, body: list[Paragraph], labels: list, keep) -> list:
    """`labels` and the body's unlabelled paragraphs that open with a surname's label ("Roe:
    ...") that `keep(paragraph, name)` accepts, in the text's order."""
    labelled = {p.index for p, _ in labels}
    added = [
        (p, m)
        for p in body
        if p.index not in labelled
        and (m := _SURNAME_LABEL.match(text, p.start, p.end))
        and keep(p, m.group("name"))
    ]
    return sorted(labels + added, key=lambda pm: pm[0].index)


def _only_asks(text: str, labels: list) -> bool:
    """One voice asks every question ("VOA: ... Where do you see it?" twice or more) and no other
    label is read: its answers are labelled with the interviewee's surname ("Doe: ...")."""
    names = {_key(m.group("name")) for _, m in labels}
    return (
        len(names) == 1
        and len(labels) >= 2
        and all(_is_question(text[m.end() : p.end]) for p, m in labels)
    )


# A title that is a name and a claim: "Jane Doe: We will rebuild every city".
_NAME_COLON_TITLE = re.compile(
    # ("President of Ruritania Jane Roe: ...": a title with "of" before the name.)
    r"\s*(?P<who>(?:[A-Z][\w’'.-]+\s+(?:(?:of|the|for|and)\s+){0,2}){1,8}[A-Z][\w’'.-]+)"
    r"\s*:\s+\S[^\n]*"
)
_FIRST_PERSON = re.compile(r"\b(?:I|I['’]m|I['’]ve|we|We|my|My|our|Our|me|us)\b")
_REPORTS = re.compile(
    r"\b(?:said|says|told|tells|stated|states|noted|notes|added|adds|stressed|stresses|explained"
    r"|explains|insisted|insists|warned|warns|according\s+to|reportedly|wrote|writes|claimed)\b"
    # (a paragraph opened with a single quotation mark: 'We need ...)
    r"|\A\s*[‘']"
)


def _own_voice(text: str, body: list[Paragraph]) -> bool:
    """The body's first paragraphs speak in the first person and report no one: no quotation
    marks, no reporting verbs; most say "I", "we" or "our". A speech or an op-ed, not a
    reporter's story about one."""
    opening = [p for p in body if len(text[p.start : p.end].split()) >= 6][:4]
    if len(opening) < 2:
        return False
    # (One paragraph may quote someone: "As a nurse told me, “...”".)
    citing = [
        p
        for p in opening
        if QUOTE_MARK.search(text, p.start, p.end) or _REPORTS.search(text[p.start : p.end])
    ]
    if len(citing) > 1 or (citing and citing[0] is opening[0]):
        return False
    return (
        sum(bool(_FIRST_PERSON.search(text, p.start, p.end)) for p in opening) * 3
        >= len(opening) * 2
    )


def _answers_before(text: str, body: list[Paragraph], question: int) -> bool:
    """Two or more body paragraphs before the first question, each of them speaking in the first
    person and none opening with a quotation mark, most of them saying "I": an interview's
    answers, the page opening inside them."""
    before = [p for p in body if p.index < question and len(text[p.start : p.end].split()) >= 6]
    return (
        len(before) >= 2
        and all(
            _FIRST_PERSON.search(text, p.start, p.end) and text[p.start] not in "“\"«‘'"
            for p in before
        )
        and sum(bool(_FIRST_PERSON_SINGULAR.search(text, p.start, p.end)) for p in before) * 2
        > len(before)
    )


# "By Jane Doe" (", Foreign Minister of Ruritania") alone on a line above the text: its author.
_BYLINE = re.compile(
    r"\s*(?i:by)\s+(?P<who>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})(?:,\s*(?P<office>[^\n]{2,100}))?\s*"
)
_OFFICES = frozenset(entries("titles")) - frozenset(entries("newsroom_roles"))


def _holds_office(words: str | None) -> bool:
    """The words after a byline's name give an office ("Foreign Minister of Ruritania"), not a
    newsroom's role or an outlet."""
    return bool(words) and any(w in _OFFICES for w in re.findall(r"[a-z]+", words.lower()))


# "Jane Doe is the Foreign Minister of Ruritania.": an op-ed's note on its author, at its end.
_AUTHOR_NOTE = re.compile(
    r"\s*(?P<who>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})\s+(?:is|was|serves\s+as)\s+"
    r"(?:the|a|an)\s+[^\n]{3,200}?[.]\s*"
)


def _authored(
    text: str, heads: list[Paragraph], body: list[Paragraph]
) -> tuple[int | None, tuple[int, int]] | None:
    """An op-ed or a letter in its author's own voice: a "By Jane Doe" line above it or a note
    on the author ("Jane Doe is the ...") closing it. Returns the note's paragraph index (where
    the author's words end; None for a byline) and the span naming the author."""
    for p in heads[-4:]:
        # ("By Jane Doe, Foreign Minister of Ruritania": an office-holder's op-ed; not a
        # reporter's "By John Roe, Kyiv correspondent" over a dispatch in the first person.)
        if (m := _BYLINE.fullmatch(text, p.start, p.end)) and _holds_office(m.group("office")):
            return None, m.span("who")
    for p in body[-3:]:
        if m := _AUTHOR_NOTE.fullmatch(text, p.start, p.end):
            return p.index, m.span("who")
    # "Sincerely," then "Jane Doe", or "— Jane Doe, Foreign Minister of Ruritania": a letter's
    # signature, on the lines right after its last paragraph (or as its last paragraph).
    for p, ends in ((body[-1], None), *(((body[-2], body[-1].index),) if len(body) > 1 else ())):
        # (The cleaner may keep the signature as the last body paragraph: the words end there.)
        tail = (text, p.end, min(len(text), p.end + 400))
        if m := _SIGNATURE.match(*tail) or _NAME_SIGNATURE.match(*tail):
            if (
                m.re is _SIGNATURE
                and not m.group("title")
                and not _FIRST_PERSON_SINGULAR.search(text, body[0].start, p.end)
            ):
                # "— Jane Doe" alone under words that never say "I": a live blog's entry
                # signed by its reporter, whose newsroom says "our", not a letter.
                continue
            return ends, m.span("who")
    return None


# "Jane Doe, Minister of Foreign Affairs of Ruritania" on the line after the text: its signer.
_NAME_SIGNATURE = re.compile(
    r"\s*(?P<who>[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3}),[ \t]*[A-Z][^\n.!?]{2,100}[ \t]*(?:\n|$)"
)
# A letter's valediction and signature, or a dashed signature, with the signer's title.
_SIGNATURE = re.compile(
    r"\s*(?:(?i:sincerely(?:\s+yours)?|yours(?:\s+(?:sincerely|faithfully|truly))?|respectfully"
    r"(?:\s+yours)?|with\s+(?:respect|gratitude|best\s+wishes)|(?:best|kind|warm)\s+regards)"
    r"\s*[,.]?\s*\n|[—–-][ \t]*)"
    r"\s*(?P<who>[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3})(?:,[ \t]*(?P<title>[^\n]{2,100}))?"
    r"[ \t]*(?:\n|$)"
)


# What an introduction or a heading says of a speech it prints: "Jane Doe addresses the nation",
# "In his evening address, Jane Doe said:", "Transcript: Jane Doe on the talks".
_SPEECH_EVENT = re.compile(
    r"\b(?:address(?:es|ed)?|speech|remarks|transcript|appeal(?:s|ed)?|message|spoke|speaks"
    r"|delivered|delivers)\b",
    re.IGNORECASE,
)


def _introduced_speech(
    text: str, heads: list[Paragraph], body: list[Paragraph]
) -> tuple[int, tuple[int, int]] | None:
    """A heading or a first paragraph telling of someone's address, speech or remarks, in the
    third person, with every paragraph after it in the speaker's own voice: the page prints
    the speech. Returns the paragraph index after which the speech runs and the introduction's
    span (whose last person gives it)."""
    for p in [*heads[-3:], *body[:1]]:
        event = _SPEECH_EVENT.search(text, p.start, p.end)
        if event is None or _FIRST_PERSON.search(text, p.start, p.end):
            continue
        after = [q for q in body if q.index > p.index]
        if _own_voice(text, after):
            # (The words before the event name the speaker: "Jane Doe addresses the nation on
            # Unity Day"; else the line's first person: "In his address, Jane Doe said:".)
            return (p.index if p in body else body[0].index - 1), (p.start, event.start())
    return None


def _speaks(text: str, body: list[Paragraph], after: int) -> bool:
    """Someone speaks in the first paragraphs after paragraph `after`: one says "I", "we" or
    "our" (a printed speech, not a reporter's story under a speech's heading)."""
    opening = [p for p in body if p.index > after][:4]
    return any(_FIRST_PERSON.search(text, p.start, p.end) for p in opening)


# A sidecar's note on the material's origin, in brackets after the outlet's name ("Example Blog
# (text of the President of Ruritania's nightly address)", "(press remarks of the EU High
# Representative)"): whose speech the page prints.
_ORIGIN_NOTE = re.compile(r"\((?:[^();]*;\s*)*(?P<note>[^();]+)\)\s*$")
_ORIGIN_SPEECH = re.compile(
    r"(?:(?:the\s+)?(?:full\s+)?(?:text|transcript)\s+of\s+)?(?:(?P<owner>.+?)['’]s\s+"
    r"(?:[a-z]+\s+)?(?:address|speech|remarks|statement)"
    r"|(?:[A-Za-z]+\s+)?(?:[a-z]+\s+)?(?:address|speech|remarks|statement)\s+(?:of|by)\s+(?P<who>.+))",
    re.IGNORECASE,
)


def origin_title(outlet: str) -> str:
    """A title for the speech a sidecar's outlet note says the page prints ("Address by the
    President of Ruritania"), or ""."""
    if (note := _ORIGIN_NOTE.search(outlet or "")) is None:
        return ""
    if (m := _ORIGIN_SPEECH.fullmatch(note["note"].strip())) is None:
        return ""
    return f"Address by {(m['owner'] or m['who']).strip()}"


def _titled_speech(title: str) -> str | None:
    """The words of a page's title naming whose speech the page prints: "Address by Jane Doe",
    "Jane Doe's address to the nation", "Jane Doe: We will rebuild every city"."""
    title = title.strip()
    if not title:
        return None
    for pattern in (_SPEECH_HEADING, _PRINTED_SPEECH, FULL_TEXT_INTRO):
        if (m := pattern.fullmatch(title)) is not None:
            group = "owner" if "owner" in m.re.groupindex and m.group("owner") else "who"
            if m.group(group):
                return m.group(group)
    if m := _NAME_COLON_TITLE.fullmatch(title):
        return m.group("who")
    if (event := _SPEECH_EVENT.search(title)) and event.start() > 0:
        return title[: event.start()]  # "Jane Doe addresses the nation on Unity Day"
    return None


def _names_outlet(label: str, outlet: str) -> bool:
    """The label is the outlet's name, or a name in the sidecar's note on the material's origin
    ("Example Daily (Examplia Weekly interview)": a run of capitalised words, as written)."""
    runs = re.findall(r"[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)*", outlet or "")
    return _key(label) in {_key(r) for r in runs}


_INTERVIEW_WORD = re.compile(r"\b[Ii]nterview(?:ed|s)?\b")


def read_layout(
    text: str,
    body: list[Paragraph],
    heads: list[Paragraph] = (),
    *,
    interview: bool = False,
    title: str = "",
    outlet: str = "",
) -> Layout:
    """`heads`: the page's paragraphs above the body (a transcript's "by X" and "(As
    delivered)" lines). `interview`: the page's trusted title or address calls it an interview
    ("/exclusive-interview-jane-doe/"), though its text may not say so. `outlet`: the sidecar's
    outlet (and its note on the material's origin), whose name labelling a turn asks."""
    layout = Layout()
    if (initialled := _initials_interview(text, body)) is not None:
        # "XYZ: ... What is your view?" / "AB: We hold the line. ...": the asking label's turns
        # are questions, the other's the interviewee's (whose initials the page's title or
        # introduction resolves); unlabelled paragraphs run the turn before them on.
        pairs, asker, layout.initials = initialled
        layout.transcript = True
        layout.askers.add(_key(asker))
        for p, m in pairs:
            name = m.group("name")
            layout.turns[p.index] = Turn(name, m.end(), name == asker)
        return layout
    labels = [
        (p, m)
        for p in body
        if (m := turn_label(text, p.start, p.end))
        # ("Eastern Partnership: Speech by Jane Doe at the plenary": a speech's heading.)
        and not _SPEECH_HEADING.fullmatch(text, p.start, p.end)
    ]
    # "Jane Doe (00:53):" alone on its line, the words on the next: a recording's transcript.
    label_lines = {p.index: m for p in body if (m := _label_line(text, p.start, p.end))}
    ends = {p.index: p.end for p in body}
    labelled = {p.index for p, _ in labels} | set(label_lines)
    labels = sorted(
        labels
        + [
            (p, _LineLabel(m.group("name"), p.start))
            for p in body
            if p.index not in labelled and (m := _line_label_above(text, p.start))
        ],
        key=lambda pm: pm[0].index,
    )
    if labels:
        # "JANE DOE, Examplian Prime Minister: ..." the first time, "JANE DOE: ..." after: a
        # transcript gives a voice's title (not in capitals) once, where the same name labels
        # other turns.
        named = {_key(m.group("name")) for _, m in labels}
        taken = {p.index for p, _ in labels}
        titled = [
            (p, m)
            for p in body
            if p.index not in taken
            and (m := _CAPS_NAME_TITLED.match(text, p.start, p.end))
            and _key(m.group("name")) in named
            and m.end() < p.end
        ]
        labels = sorted(labels + titled, key=lambda pm: pm[0].index)
    if labels and not any(_ASKING.fullmatch(m.group("name")) for _, m in labels):
        # "Reuters: ... What is your comment?" then "Jane Doe: ...": a ministry's press
        # conference transcript, each question labelled with the outlet that asked it.
        labelled = {p.index for p, _ in labels}
        press = [
            (p, m)
            for p in body
            if p.index not in labelled
            and (m := _PRESS_LABEL.match(text, p.start, p.end))
            and not _NOT_A_TURN.match(m.group("name"))
            and "?" in text[m.end() : p.end]
        ]
        labels = sorted(labels + press, key=lambda pm: pm[0].index)
    if any(_ASKING.fullmatch(m.group("name")) for _, m in labels) or _only_asks(text, labels):
        labels = _with_surname_labels(
            text, body, labels, lambda p, name: not _NOT_A_TURN.match(name)
        )
    # "Corinna Roe: ..." and "John Doe: ..." first, then "Roe: ..." and "Doe: ...": the
    # surnames of the full names that labelled turns before, labels too.
    full = [(p, m.group("name")) for p, m in labels if len(m.group("name").split()) >= 2]
    if full:
        surnames = {name.split()[-1] for _, name in full}
        first_full = min(p.index for p, _ in full)
        labels = _with_surname_labels(
            text, body, labels, lambda p, name: p.index > first_full and name in surnames
        )
    names = [m.group("name") for _, m in labels]
    # A transcript: at least two labelled turns by two voices, not just a "Source:" line.
    voices = len({_key(n) for n in names})
    with_role = any(
        m.groupdict().get("role")
        or len(m.group("name").split()) > 1
        # ("DOE (UKRAINIAN):", "DOE (through interpreter):": a transcript's note on the voice.)
        or (isinstance(m, re.Match) and "(" in text[m.end("name") : m.end()])
        for _, m in labels
    )
    asked_and_answered = any(_ASKING.fullmatch(n) for n in names) and any(
        _ANSWERING.fullmatch(n) for n in names
    )  # "Q: ... A: ...": two labels are enough
    if not asked_and_answered and any(_ASKING.fullmatch(n) for n in names):
        # "Q: ...?" then "Roe: We expect ...": a question label and the surname of a person the
        # introduction names in full ("... sat down with the analyst Jane Roe"): two are enough.
        first = min(p.start for p, _ in labels)
        intro = text[body[0].start : first] if body else ""
        asked_and_answered = any(
            not _ASKING.fullmatch(n)
            and len(n.split()) == 1
            and re.search(rf"\b[A-Z][a-z’'-]+\s+{re.escape(n)}\b", intro)
            for n in names
        )
    if voices == 1 and _lone_briefer(text, body, labels):
        # "MR DOE: Good afternoon. A couple of items at the top." then unlabelled paragraphs
        # (a briefing's opening, before any question): the one briefer's turn runs on.
        layout.transcript = layout.monologue = True
        for p, m in labels:
            layout.turns[p.index] = Turn(m.group("name"), m.end(), False)
        for i in label_lines:
            layout.turns[i] = Turn("", ends[i], True)
        return layout
    if not labels and (intro := _statement_intro(text, body)) is not None:
        # "Statement by President Jane Roe following the meeting:" then her statement
        p, m = intro
        layout.transcript = layout.monologue = True
        layout.turns[p.index] = Turn(m.group("who"), p.end, False)
        return layout
    if not labels and (lone := _surname_label(text, body)) is not None:
        # "Kyiv mayor Vitali Roe briefs ..." then "Roe: Dear friends! ..." and his address
        p, m = lone
        layout.transcript = layout.monologue = True
        layout.turns[p.index] = Turn(m.group("name"), m.end(), False)
        return layout
    if not labels:
        # "President of Ruritania John Roe: Good afternoon, colleagues." then unlabelled
        # paragraphs: a transcript of one titled voice (a meeting's opening remarks, a speech).
        for p in body:
            m = _TITLED_LABEL.match(text, p.start, p.end) or _NAME_TITLE_LABEL.match(
                text, p.start, p.end
            )
            if m and m.end() < p.end and not QUOTE_MARK.search(text, p.start, p.end):
                layout.transcript = layout.monologue = True
                layout.turns[p.index] = Turn(m.group("name"), m.end(), False)
                return layout
    if voices >= 2 and (len(labels) >= 3 or with_role or asked_and_answered):
        layout.transcript = True
        asked: dict[str, list[bool]] = {}
        for p, m in labels:
            asked.setdefault(_key(m.group("name")), []).append(_is_question(text[m.end() : p.end]))
        for _, m in labels:
            name = m.group("name")
            role = m.groupdict().get("role") or ""
            if _BROADCAST_ROLE.search(role) or _BROADCAST_ROLE.fullmatch(name):
                layout.narrated = True  # "JANE ROE, BYLINE:": a reporter narrates between turns
            if (
                NARRATOR_ROLE.search(role)
                or NARRATOR_ROLE.fullmatch(name)
                or _ASKING.fullmatch(name)
            ):
                layout.askers.add(_key(name))
                layout.askers.add(_key(name.split()[-1]))
        first_p, first = labels[0]
        surnames = {_key(m.group("name").split()[-1]) for _, m in labels} - {
            _key(first.group("name").split()[-1])
        }
        opening = text[first.end() : first_p.end].upper()
        if any(re.search(rf"\b{re.escape(s)}\b", opening) for s in surnames):
            # The first voice introduces the others by name ("Nick Schifrin sat down with
            # Ukraine's foreign minister, Dmytro Kuleba"): the programme's anchor.
            layout.askers.add(_key(first.group("name")))
        for p, m in labels:
            # A moderator's "the first question from the Ruritanian media, Jane Roe": Roe asks.
            if _key(m.group("name")) not in layout.askers:
                continue
            for given in _GIVEN_THE_FLOOR.finditer(text, m.end(), p.end):
                named = {w.upper() for w in re.findall(r"[A-Z][\w’'-]+", given.group("who"))}
                layout.askers.update(k for k in asked if k.split()[-1] in named)
        for surname in _interviewers(text, heads, body, first_p.index):
            # "ABC News' Jane Roe interviewed President John Doe": Roe asks.
            if surname in asked or any(k.split()[-1] == surname for k in asked):
                layout.askers.update(k for k in asked if k.split()[-1] == surname)
        for _, m in labels:
            # "EXAMPLIA WEEKLY: ..." on the outlet's own page: the outlet asks.
            if _names_outlet(m.group("name"), outlet):
                layout.askers.add(_key(m.group("name")))
        for m in _ROLE_ANYWHERE.finditer(text):
            # "MICHEL MARTIN, HOST:" where the page glued something before it: still a host.
            layout.askers.add(_key(m.group("name").split()[-1]))
        speakers = [k for k in asked if k not in layout.askers]
        if len(speakers) >= 2 and not any(_ASKING.fullmatch(n) for n in names):
            # (Not where a "Q:" label asks: "MR. DOE: Oh, is that right? ..." is the briefer
            # bantering, the questions are Q's.)
            # Of the voices left, one that mostly asks is the interviewer.
            for k in speakers:
                share = sum(asked[k]) / len(asked[k])
                if share >= 0.5 and (len(asked[k]) >= 2 or all(asked[k])):
                    layout.askers.add(k)
        for p, m in labels:
            key = _key(m.group("name"))
            label = m.group("name")
            if len(label.split()) > 4:
                # A long title ends with the name, its initial kept ("PRESS SECRETARY JANE
                # Q. DOE": "JANE Q. DOE").
                words = label.split()
                keep = 3 if re.fullmatch(r"[A-Z]\.", words[-2]) else 2
                label = " ".join(words[-keep:])
            layout.turns[p.index] = Turn(label, m.end(), key in layout.askers)
        for i in label_lines:
            layout.turns[i] = Turn("", ends[i], True)  # the label's own line: no words
        return layout
    if (delivered := _delivered_speech(text, heads, body)) is not None:
        layout.speech_from, layout.speech_by = delivered
        return layout
    if (attributed := _attributable(text, heads, body)) is not None:
        layout.speech_from, layout.speech_by = attributed
        layout.attributed = True
        return layout
    if (issued := _issued_statement(text, heads)) is not None:
        layout.speech_from, layout.speech_by = issued
        layout.issued = True
        return layout
    if (contribution := _named_contribution(text, heads, body)) is not None:
        layout.speech_from, layout.speech_by = contribution
        return layout
    if (saluted := _saluted_speech(text, heads, body)) is not None:
        layout.speech_from, layout.speech_by = saluted
        return layout
    for p in [*heads[-3:], *body[:3]]:
        # "Highlights from Minister Jane Doe’s statements;" then her words, paragraph after
        # paragraph: the page's excerpt of her statement.
        if m := _STATEMENTS_OF.fullmatch(text, p.start, p.end):
            layout.speech_from, layout.speech_by = p.index, (m.start("who"), m.end("who"))
            return layout
    first = sorted([*heads, *body[:2]], key=lambda p: p.index)[:4]
    headed = [(p, m) for p in first if (m := _SPEECH_HEADING.match(text, p.start, p.end))]
    if not headed:
        # "Press conference" over "by NATO Secretary General Jane Doe following the meeting":
        # the heading broken over two lines.
        headed = [
            (q, m)
            for p, q in itertools.pairwise(first)
            if _SPEECH_KIND_LINE.fullmatch(text, p.start, p.end)
            and (m := _SPEECH_BY_LINE.fullmatch(text, q.start, q.end))
        ]
    if headed:
        # "Address by President Jane Doe 25/03/2022 11:00 P.M.", "... – address by the
        # President of Ruritania Jane Doe": the page is the speech; what follows is hers (from
        # the last heading naming the same speaker: a page may print its title twice).
        p, m = headed[0]
        for q, n in headed[1:]:
            if n.group("who") == m.group("who"):
                p, m = q, n
        layout.speech_from, layout.speech_by = p.index, (m.start("who"), m.end("who"))
        return layout
    for p in heads:
        # "From the statement by Permanent Representative Jane Doe at the briefing" above
        # bulleted lines: the lines are the statement's claims.
        if (
            (m := _FROM_STATEMENT.fullmatch(text, p.start, p.end))
            and body
            and LIST_ITEM.match(text, body[0].start, body[0].end)
        ):
            layout.quotes_from, layout.claims_listed = p.index, True
            layout.speech_by = (m.start("who"), m.end("who"))
            return layout
    for p in [*heads[-3:], *body]:
        if _INTERVIEW_WORD.search(text, p.start, p.end):
            continue  # "Jane Doe Interview: Read the Transcript": questions and answers, no speech
        if (m := FULL_TEXT_INTRO.search(text, p.start, p.end)) and _speaks(text, body, p.index):
            # The speaker is named in the introduction, before the words announcing the text
            # (or after them: "Read the full transcript of Jane Doe's speech").
            layout.speech_from = p.index
            layout.speech_by = (
                m.span("who")
                if m.group("who")
                else (p.start, m.start())
                if m.start() > p.start + 2
                else m.span()
            )
            return layout
    for p in body:
        claims = CLAIM_LIST_INTRO.search(text, p.start, p.end)
        if claims or QUOTE_LIST_INTRO.search(text, p.start, p.end):
            layout.quotes_from = p.index
            # The introduction's own sentence names the speaker ("They met in Geneva. Main
            # points of X's remarks:"), not the sentences before it.
            at = (claims or QUOTE_LIST_INTRO.search(text, p.start, p.end)).start()
            opens = max(text.rfind(". ", p.start, at) + 2, p.start)
            layout.speech_by = (opens, p.end)
            if claims and (source := _CLAIMS_SOURCE.search(text, claims.start(), p.end)):
                # "Key takeaways from the ISW:": the words after "from" name whose claims.
                layout.speech_by = (source.start("who"), p.end)
            layout.claims_listed = claims is not None
            return layout
        if m := SPEECH_INTRO.search(text, p.start, p.end):
            layout.speech_from = p.index
            layout.speech_by = (m.start("who"), m.end("who"))
            return layout
    if body and not interview and (who := _titled_speech(title)) and _own_voice(text, body):
        # The title names a speech the text prints without a heading: every paragraph is the
        # speaker's.
        layout.speech_from, layout.speech_titled = body[0].index - 1, who
        return layout
    if body and (introduced := _introduced_speech(text, heads, body)) is not None:
        layout.speech_from, layout.speech_by = introduced
        return layout
    if body and (authored := _authored(text, heads, body)) and _own_voice(text, body):
        # An op-ed or a letter: the author's words, up to the note on the author.
        layout.speech_to, layout.speech_by = authored
        layout.speech_from = body[0].index - 1
        return layout
    # An unlabelled interview: question paragraphs, each followed by its answer.
    questions = [
        p.index
        for p in body
        if (
            _is_question(text[p.start : p.end])
            and (not re.search(r"[“”\"]", text[p.start : p.end]) or _asks_outside_quotes(text, p))
        )
        # ("On the leadership of the country:" over the answer: a radio interview's topic line,
        # in the interviewer's place)
        or _TOPIC_OF_ANSWER.fullmatch(text, p.start, p.end)
    ]
    intro = "\n".join(text[p.start : p.end] for p in [*heads[-3:], *body[:4]])
    # An interview answers its questions: some question's next paragraph is a body paragraph
    # that does not ask. ("Will there be a war?" "Will the UK join?" then a link's headline:
    # a page's teaser links, however much its story speaks of talks.)
    in_body = {p.index for p in body}
    answers = sum(q + 1 in in_body and q + 1 not in questions for q in questions)
    if answers and (
        interview
        or _INTERVIEWEE.search(intro)
        # ('X told "Evening News" that ...', then questions each answered: the interview)
        or (answers >= 2 and (_IN_AN_INTERVIEW.search(intro) or _TOLD_PROGRAMME.search(intro)))
    ):
        # ("... We would like your view on that." asks without a question mark.)
        asks = {p.index for p in body if _asks_without_mark(text, p)}
        # ("Are you talking about your role? There is no shortage of criticism.": a question,
        # then the interviewer's short remark on it)
        asks |= {
            p.index
            for p in body
            if p.index > min(questions, default=p.index)
            and (first := _FIRST_QUESTION.match(text, p.start, p.end))
            and len(first.group().split()) >= 6
            and len(text[first.end() : p.end].split()) <= 12
        }
        # ("TIME: You declared the battle for the east." the outlet's label opens a question.)
        asks |= {p.index for p, m in labels if _names_outlet(m.group("name"), outlet)}
        layout.interview_questions = set(questions) | asks
        return layout
    if interview and questions and not answers and _answers_before(text, body, min(questions)):
        # The page called an interview opens inside its answers, in the first person, and its
        # only questions come after them (an excerpt of a transcript): the paragraphs before the
        # first question answer too.
        layout.interview_questions = set(questions)
        layout.opens_answering = True
        return layout
    if _opens_asking(
        text, body, set(questions), plural=bool(_NAME_COLON_TITLE.fullmatch(title.strip()))
    ):
        layout.interview_questions = set(questions)
        layout.untitled_interview = True
        return layout
    # A question, then an answer opened by a dash ("What are the results of the trip?" then
    # "— We all saw a show. ..."): an interview whose answers alone are dashed.
    following = {a.index: b for a, b in zip(body, body[1:], strict=False)}
    dash_answered = [
        q
        for q in questions
        if (nxt := following.get(q)) is not None
        and dash_line_start(text, nxt.start)
        and not _is_question(text[nxt.start : nxt.end])
    ]
    if dash_answered and len(dash_answered) * 2 >= len(questions):
        layout.interview_questions = set(questions)
        return layout
    # "- How could the West ...?" then "- First, we cannot be intimidated ...": questions and
    # answers both opened by a dash (Ukrainian and Russian outlets' interviews), with no label.
    dashed = {p.index for p in body if dash_line_start(text, p.start)}
    # A dashed question may end with a remark ("- You left early. Why? You were far away."):
    # among dashed paragraphs, one that asks anything (outside quotation marks) is a question.
    dashed_questions = {
        p.index
        for p in body
        if p.index in dashed
        and "?" in text[p.start : p.end]
        and (not re.search(r"[“”\"]", text[p.start : p.end]) or _asks_outside_quotes(text, p))
    }
    # "Jane Roe: Let us begin with a question from our readers. ...?" then "— I have heard
    # ...": the interviewer's labelled questions, each answered after a dash.
    dashed_questions |= {
        p.index
        for p, m in labels
        if "?" in text[m.end() : p.end] and not _ANSWERING.fullmatch(m.group("name"))
    }
    following = {a.index: b for a, b in zip(body, body[1:], strict=False)}
    answered = [
        q
        for q in sorted(dashed_questions)
        if (nxt := following.get(q)) is not None
        and nxt.index in dashed
        and nxt.index not in dashed_questions
    ]
    if answered:
        layout.interview_questions = dashed_questions
    return layout


def interviewee_span(text: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where the introduction names whom the interview is with: the words after "asks",
    "an interview with", "spoke to" (up to the next punctuation)."""
    for a, b in spans:
        for m in _INTERVIEWEE.finditer(text, a, b):
            end = re.search(r"[,.;:(]|\s(?:about|on|who|for|in)\s|$", text[m.end() : b])
            stop = m.end() + (end.start() if end else 0)
            if stop > m.end():
                return m.end(), stop
    return None


# A short turn that still claims something ("It's our land."), not a courtesy or a yes.
_SHORT_CLAIM = re.compile(
    r"(?!(?i:thank|thanks|good\s|hello|hi\b|welcome|great\s+to|nice\s+to|pleasure|yes|no\b|"
    r"yeah|okay|ok\b|right|well\b|sure|absolutely|exactly|of\s+course|that['’]s))"
    r"[^?]*\b(?:is|are|was|were|will|can|must|[Ii]t['’]s|[Ww]e['’]re|[Tt]hey['’]re)\b[^?]*[.!]\s*$"
)


# A sentence of thanks or greeting: "Thanks, Jane.", "And thank you for having me back here.";
# or a briefing's housekeeping: "Two items at the top, then your questions.", "With that, Jane,
# the podium is yours."
_COURTESY = re.compile(
    r"(?i:(?:and|well|so|okay|ok)[,\s]+)?(?i:thank|thanks|good\s+(?:morning|afternoon|evening)|"
    r"hello|hi\b|welcome|you['’]re\s+welcome|you\s+are\s+welcome|great\s+to\s+(?:be|see)|"
    r"happy\s+(?:\w+day|holidays|new\s+year)\b|"
    r"nice\s+to\s+(?:be|see)|it['’]s\s+(?:a\s+)?(?:pleasure|great|good)\s+to)"
    r"|[^.!?]*?\b(?i:(?:items?|things?)\s+(?:at|on)\s+the\s+top|the\s+podium\s+is\s+yours|"
    r"(?:take|get\s+to)\s+(?:\w+\s+){0,2}questions|then\s+your\s+questions)\b"
)
_SENTENCE_START = re.compile(r"(?<=[.!?])\s+(?=\S)")


def courtesy(text: str, start: int, end: int) -> bool:
    """A turn whose every sentence thanks or greets ("Thanks, Jane. And thanks for having me
    back at this podium."): no statement, however long."""
    starts = [start, *(m.end() for m in _SENTENCE_START.finditer(text, start, end))]
    ends = [*starts[1:], end]
    # A few words broken off ("Happy Monday. You're all here early that it..."): the speaker
    # was interrupted; the words say nothing either way.
    said = [
        i
        for i, j in zip(starts, ends, strict=True)
        if not (_BROKEN_OFF.search(text, i, j) and len(text[i:j].split()) < 8)
    ]
    return bool(said) and all(_COURTESY.match(text, i, end) for i in said)


_BROKEN_OFF = re.compile(r"(?:\.\.\.|…|--|—)\s*$")


def only_asks(text: str, start: int, end: int) -> bool:
    """A turn whose every sentence asks ("Oh, is that so? Shall we call it Friday then?"):
    the briefer's banter, no claim."""
    starts = [start, *(m.end() for m in _SENTENCE_START.finditer(text, start, end))]
    ends = [*starts[1:], end]
    return all(text[i:j].rstrip().endswith("?") for i, j in zip(starts, ends, strict=True))


def short_claim(text: str, start: int, end: int) -> bool:
    """A turn of three to five words that claims something, not "Thank you." or "Yes, it is."."""
    return bool(_SHORT_CLAIM.match(text, start, end))


def _key(name: str) -> str:
    return name.upper().strip()


__all__ = [
    "BODY",
    "Layout",
    "only_asks",
    "NARRATOR_ROLE",
    "SPEECH_INTRO",
    "LIST_ITEM",
    "BULLET",
    "Turn",
    "courtesy",
    "interviewee_span",
    "read_layout",
    "short_claim",
    "turn_label",
]


def metadata_words(title: str, url: str, outlet: str) -> str:
    """The trusted title, the address's path as words ("/examplian-foreign-ministry-says"),
    and the sidecar outlet's origin note ("Examplia Daily (Examplian Foreign Ministry
    statement)"), one per line, its marks normalised."""
    path = unquote(urlsplit(url).path) if url else ""
    note = _ORIGIN_NOTE.search(outlet or "")
    parts = (title, re.sub(r"[-_/+.]+", " ", path), note["note"] if note else "")
    return normalise_quotes("\n".join(p.strip() for p in parts if p and p.strip()))
