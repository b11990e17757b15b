"""Dating statements: when each statement was said.

Input: the dates found in a statement's sentence (`dates.find_dates`, resolved by
`dates.resolve` against the article's date and the narrative's last date), the paragraph's
context and the statements found before. Output: each `ExtractedStatement`'s `said_on`,
`said_on_precision` and `said_on_evidence`.

`Dating` follows the article as `attribution.Reader` reads it: the narrative date (the last
full date told), the paragraph's date, dates told of a person ("X spoke last Saturday"), and
whether a paragraph speaks of "an earlier, unstated time". `inherit` then gives a statement
without a date of its own its speaker's previous date, else the article's.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re

from .dates import (
    DAY,
    INVASION_START,
    MONTH,
    WAR_BEGAN_AFTER,
    YEAR,
    DateMention,
    Resolved,
    dateline,
    earlier_unspecified,
    entry_heading,
    find_dates,
    interview_held,
    resolve,
    weekday_agrees,
)
from .results import ARTICLE_DATE_EVIDENCE, NEWEST_DATE_EVIDENCE, ExtractedStatement
from .vocabulary import (
    IRREGULAR_PASTS,
    MONTH_RE,
    alternation,
    entries,
    reporting_participles,
    reporting_verbs,
)

# The most explicit date phrase in a sentence wins: "on Friday (08/03/2024)" by its numbers.
_SPECIFICITY = {
    "iso": 0,
    "numeric": 0,
    "month_day": 1,
    "day_month": 1,
    "anaphoric": 2,
    "relative": 3,
    "weekday": 3,
}
# ("told Putin on Monday" beside "an incursion last week": a weekday names a day; "last week",
# "this month" only a span, and give way to it.)
_SPAN_RELATIVE = re.compile(r"\b(?:week|weekend|month)s?\b", re.IGNORECASE)
_WEEK_OR_MONTH = re.compile(r"\b(?:week|month)s?\b", re.IGNORECASE)
# How far before the article's date a day the narrative tells may be the story's day.
_STORY_DAYS = 7
# How many statements ahead a lead's undated words look for their speaker's dated ones.
_NEXT_WINDOW = 3
# How many statements back undated words look for their speaker's last dated ones: a story
# returns to its lead's speaker after the other voices ("X said on Monday A." ... "B," X said.).
_BACK_WINDOW = 8
# A reporting verb right before a date ("as the envoy claimed on October 13"): the speaker's day.
_VERB_ON = re.compile(rf"\b(?:{alternation(reporting_verbs('clause'))})\s+(?:on\s+)?$")
# Date phrases counted from the article's date ("on Friday", "yesterday", "last week").
_COUNTED = ("weekday", "relative")
# "its first death toll since President Vladimir Putin launched his invasion on": the date that
# follows is the event's, which the words are counted from, not when anyone spoke.
_SINCE_EVENT = re.compile(
    r"\bsince\s+(?:[\w’'.-]+\s+){1,10}?"
    rf"(?:[a-z]+ed|{alternation(IRREGULAR_PASTS)})"
    r"\s+(?:[\w’'.-]+\s+){0,4}?(?:on|in)\s+$"
    # ("since the start of Russia's war on February 24": the start of what is told, by its noun.)
    r"|\bsince\s+the\s+(?:start|beginning|outbreak|launch|onset)\s+of\s+(?:[\w’'.-]+\s+){1,6}?"
    r"(?:on|in)\s+$"
)
# "the invasion that began on February 24", "the war launched by Moscow in Feb. 24": a day
# after a noun naming the war is the war's start, which the words are told long after.
_WAR_START_NAMED = re.compile(
    rf"\b(?:{alternation(entries('war_start_nouns'))})\b(?:\s+[\w’'.-]+){{0,6}}?\s+(?:on|in)\s+$",
    re.IGNORECASE,
)
# The "that" a verb's day comes before ("said Friday (September 30) that"), and what may stand
# beside the day there: "on", a comma, the brackets of a day repeated by its date.
_THAT_AFTER_DAY = re.compile(r"\bthat\b")
_DAY_FILLER = re.compile(r"(?:\s|on\b|[(),])*", re.IGNORECASE)
# "told Putin during a meeting in 2022 that ...": a year that opens the report.
_THAT_AFTER_YEAR = re.compile(r"\s*,?\s*that\b")
# A clause about what is to come, up to a weekday ("will hold a virtual summit on").
_COMING_IN_CLAUSE = re.compile(
    r"\b(?:will|shall|due\s+to|scheduled\s+(?:to|for)|set\s+to|expected\s+to)\b[^,;:.“”\"]*$",
    re.IGNORECASE,
)
# "her first meeting with him since October last year", "since last month": the start of a
# period, not when anyone spoke.
_SINCE_DATE = re.compile(r"\bsince\s+(?:[\w’'.-]+\s+){0,3}$", re.IGNORECASE)
# "January 23-24": the last day of a span told by its first and last days.
_DAY_SPAN_END = re.compile(r"\s*[-–]\s*(\d{1,2})\b(?![-–/.:]?\d|\s*(?:%|percent))")
# "following his victory in the April 3 general elections": a day naming an event by its date
# (after an article, before the event's noun), not when anyone spoke.
_DATE_NAMES_EVENT = re.compile(r"\b(?:the|its|his|her|their)\s+$", re.IGNORECASE)
_EVENT_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|to|in|on|at|for|when|while|with|as|after|before|until|by|that|which|"
    r"was|were|is|are|has|had|the|a|an|of|this|last|next)\b)[A-Za-z][a-z]{2,}\b(?!['’]s)",
    re.IGNORECASE,
)
# "Ahead of talks on Friday, X said ...", "ahead of Friday's vote": the date of a coming
# event, which the words precede.
_AHEAD_OF = re.compile(
    r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+advance\s+of|in\s+preparation\s+for)"
    r"\s+(?:[\w’'.-]+\s+){0,6}?$",
    re.IGNORECASE,
)
# ", who spoke on Sunday,", ", who was speaking at a forum on Sunday,": a relative clause that
# tells when the speaker spoke.
# ("the interview, which was published on Monday,": when the words came out.)
_SPOKE_CLAUSE = re.compile(
    r",\s*who\s+(?:was\s+|had\s+been\s+)?(?:spoke|speaking|talked|talking|addressed|addressing|"
    r"made\s+(?:the|his|her|their)\s+(?:remarks|comments)|appeared|wrote|posted)\b"
    r"|(?:(?<=interview)|(?<=remarks)|(?<=comments)|(?<=address)|(?<=speech)|(?<=statement)"
    r"|(?<=briefing))"
    r",\s*(?:which|that)\s+(?:was|were|had\s+been)\s+"
    r"(?:published|broadcast|aired|released|recorded|posted|issued|televised)\b"
)
# The words of a sentence about what is to come.
_TO_COME = re.compile(
    r"\b(?:will|shall|would|due\s+to|scheduled|expected\s+to|set\s+to|plans?\s+to|planned|"
    r"next|upcoming|ahead\s+of)\b",
    re.IGNORECASE,
)
# ("..., she said, speaking on Friday.": the participle tells when she spoke; it is no aside.)
# "vowed on Friday to rebuild ...", "urged Kyiv on Friday to ...": a statement whose words open
# with its verb (and the verb's object); a date between them and the words is the speaking's.
_VERB_LED = re.compile(
    rf"(?:{alternation([*reporting_verbs('clause'), *reporting_verbs('inclusive'), *reporting_verbs('verdict'), *reporting_verbs('naming')])})"
    r"(?:\s+(?!(?:to|that|for|on|of|as)\b)[\w’'.-]+){0,3}?\s+(?:on\s+)?",
    re.IGNORECASE,
)
_AFTER_ATTRIBUTION_CLAUSE = re.compile(
    r"\b(?:said|says|told|added|wrote|stated|claimed|noted)\b[^,.;]{0,60},\s+"
    r"(?!(?:on|in|at|speaking|writing|talking|addressing)\s)"
    # ("told students in Kiev, Ukraine, May 18.": a place's country and the day go on the
    # attribution; they are no appended clause.)
    rf"(?!(?:[A-Z][\w’'.-]*\s+){{0,2}}[A-Z][\w’'.-]*,\s+(?:{MONTH_RE})\b|(?:{MONTH_RE})\s+\d)"
)

# "On Tuesday, the leaders had held discussions “exploring ways ...”, it added.": words quoted
# inside a paraphrase whose reporting clause closes the sentence; a date opening the sentence
# is the paraphrase's, not the adding's.
_TRAILING_ATTRIBUTION = re.compile(
    r"[\s”\"’'.!?]*,[\s”\"’']*(?:[\w’'.-]+\s+){1,5}?"
    rf"(?:{alternation(reporting_verbs('clause'))})\b(?:\s+(?:on|in|at)\b|[\s.,;”\"]*$)",
    re.IGNORECASE,
)
_CLAUSE_VERB = re.compile(rf"\b(?:{alternation(reporting_verbs('clause'))})\b", re.IGNORECASE)

# "about which", "to whom", "during which": a relative clause opened by a preposition, up to
# the next comma.
_PREPOSITIONAL_RELATIVE = re.compile(
    r"\b(?:about|of|on|in|at|to|with|for|from|by|during|after|before|under|against)\s+"
    r"(?:which|whom|whose)\b[^,;:]*$",
    re.IGNORECASE,
)

# A reporting verb or participle opening further reported words: "and recalled that",
# "adding that".
_NEXT_REPORT = re.compile(
    rf"\b(?:{alternation([*reporting_verbs('clause'), *reporting_participles('that')])})"
    r"\s+that\b",
    re.IGNORECASE,
)

# Words that go on, after a statement, with a clause of its own subject: "and he planned to".
_COORDINATED_CLAUSE = re.compile(
    r"[\s”\"’']*,?\s*(?:and|but)\s+(?:he|she|it|they|we)\s+[a-z]", re.IGNORECASE
)


class Dating:
    """The date context of one article, read front to back."""

    def __init__(self, text: str, reference: dt.date | None):
        self.text = text
        self.reference = reference  # the article's date (or the newest date it tells)
        self.estimated_reference = False  # the reference is the newest date told, not the header
        # The article's date when only its month or year is known: (first day, precision).
        self.article: tuple[dt.date, str] | None = None
        self.order = "dmy"  # how the article writes slashed dates (dates.numeric_order)
        self.narrative: dt.date | None = None
        self.same_year: int | None = None
        self.entry_date: tuple[dt.date, str] | None = None  # a timeline entry's heading date
        self.interview_date: tuple[dt.date, str] | None = None  # "interview was conducted on"
        # The story's day: the last day a narrative sentence (one without statements) told,
        # when it falls in the week before the article's; what an undated statement of a
        # speaker not dated before takes instead of the article's date.
        self.told: tuple[dt.date, str] | None = None
        # Whose story's day it is when a weekday told it ("On Monday, X toured the port."):
        # the people that sentence names; None for a day told by its date (everyone's).
        self.told_of: set[str] | None = None
        self.fallback: dict[int, tuple[ExtractedStatement, tuple[dt.date, str]]] = {}
        # The words of the statements dated so far in the current sentence: "X said A in
        # 2022 and that B": a day inside A's words dates neither A nor B.
        self.sentence_words: tuple[tuple[int, int], list[tuple[int, int]]] = ((-1, -1), [])
        self.start_paragraph()

    def heading(self, text: str, start: int, end: int) -> None:
        """ "February 21: ..." or a "February 21, 2022" line: a timeline's or live blog's entry,
        whose words are dated so until the next heading."""
        if (head := entry_heading(text, start, end)) is not None:
            r = resolve(head, reference=self.reference, narrative=self.narrative)
            self.entry_date = (r.date, head.text) if r.date and r.precision == DAY else None

    def interview(self, text: str, spans: list[tuple[int, int]]) -> None:
        """ "This interview was conducted on February 28, 2022": the answers' day."""
        if (held := interview_held(text, spans)) is not None:
            r = resolve(held, reference=self.reference, narrative=None)
            self.interview_date = (r.date, held.text) if r.date and r.precision == DAY else None

    def start_paragraph(self) -> None:
        self.para_date: tuple[dt.date, str] | None = None
        self.para_owners: set[str | None] | None = None
        # A weekday or relative date told of someone ("X spoke at the conference last
        # Saturday"): it dates that person's words later in the paragraph.
        self.person_dates: dict[str, tuple[dt.date, str]] = {}
        self.para_undated = False

    def sentence_dates(self, sa, sb, quotes):
        """The dates text[sa:sb] tells outside quotations, each with its resolution."""
        out = []
        narrative = self.narrative
        for d in find_dates(self.text, sa, sb):
            if any(q.start <= d.start < q.end for q in quotes):
                continue
            if _SINCE_EVENT.search(self.text, max(sa, d.start - 120), d.start):
                continue  # "since Putin launched his invasion on February 24": an event's date
            if _AHEAD_OF.search(self.text, max(sa, d.start - 80), d.start):
                continue  # "ahead of talks on Friday": a coming event's day
            if _SINCE_DATE.search(self.text, max(sa, d.start - 60), d.start):
                continue  # "since October last year": a period's start
            if (
                d.kind in ("month_day", "day_month")
                and self._article_day_known()
                and _DATE_NAMES_EVENT.search(self.text, max(sa, d.start - 8), d.start)
                and _EVENT_NOUN_AFTER.match(self.text, d.end, sb)
            ):
                # "after the April 3 general elections": an event named by its day, which
                # the words follow; the article's own day dates them better, when it is known.
                continue
            if WAR_BEGAN_AFTER.match(self.text, d.end, sb):
                continue  # "On February 24, 2022, Russia launched ...": the war's start
            r = resolve(
                d,
                reference=self.reference,
                narrative=narrative,
                same_year=self.same_year,
                order=self.order,
            )
            if (
                d.kind == "month_day"
                and r.date
                and (last := _DAY_SPAN_END.match(self.text, d.end))
                and r.date.day < int(last.group(1)) <= 31
            ):
                # "held on Friday and Saturday, January 23-24": the span's last day is the
                # day the story has reached.
                with contextlib.suppress(ValueError):
                    r = Resolved(r.date.replace(day=int(last.group(1))), r.precision)
            if d.kind == "numeric" and r.date and not weekday_agrees(self.text, d, r.date):
                r = resolve(
                    DateMention(
                        d.start, d.end, d.kind, d.text, (d.groups[1], d.groups[0], d.groups[2])
                    ),
                    reference=self.reference,
                    narrative=narrative,
                )
            if r.date and d.kind in _COUNTED and self.article is not None and narrative is None:
                # "on Friday" counted from an article known only by its month: that month
                # (the article's own, not the one before, when counted from its first days).
                month = self.article[0] if self.article[1] == MONTH else r.date.replace(day=1)
                r = Resolved(month, MONTH)
            out.append((d, r))
            if r.date and r.precision == DAY:
                narrative = r.date
        for y in re.finditer(r"\b((?:19|20)\d{2})\b", self.text[sa:sb]):
            self.same_year = int(y.group(1))
        return out

    def advance(
        self,
        dates,
        people: list[str],
        said: list[tuple[int, int, str | None]] = (),
        persons: frozenset[str] = frozenset(),
        voices: bool = True,
    ) -> None:
        """After a sentence: its full dates move the narrative on. `people`: the actors the
        sentence names; `persons`: those of them that are people; `voices`: whether any of
        them can speak (a person or a body, not only places)."""
        for d, r in dates:
            if (
                r.date
                and r.precision == DAY
                and not self._coming(d, r.date)
                and not self._after(r.date)
                and not (not said and self._weekday_to_come(d))
            ):
                self.narrative = r.date
                if not said and d.kind != "relative" and r.date != INVASION_START:
                    # The story's day: a day the narrative tells in the week before the
                    # article's ("On March 29, the ministers met."), never the invasion's.
                    recent = self.reference and 0 < (self.reference - r.date).days <= _STORY_DAYS
                    self.told = (r.date, d.text) if recent else None
                    # A weekday is the story's day of the people its sentence names; of every
                    # voice when it names only bodies ("The Kremlin answered questions on
                    # Friday.": its spokesman's words that follow are that day's too); of no one
                    # when it names no voice ("Drones struck the port on Monday.").
                    told = persons & set(people)
                    if d.kind != "weekday":
                        self.told_of = None
                    else:
                        self.told_of = told or (None if voices else frozenset())
                if any(a <= d.start < b for a, b, _ in said):
                    # "X said they had agreed to the talks last Thursday": the agreeing's day,
                    # told inside X's words, dates neither X nor the paragraph.
                    continue
                if self._war_start_recalled(r.date):
                    # "about a quarter got out after Russia invaded Ukraine on Feb. 24": the
                    # war's start told weeks later is background, not the paragraph's day.
                    continue
                if d.kind not in ("weekday", "relative") and not self._span_start(d):
                    self.para_date = (r.date, d.text)
                    # "..., as the envoy claimed on October 13.": a day told right after a
                    # named speaker's verb is that speaker's, not the paragraph's other voices'.
                    owners = {w for _, _, w in said}
                    bound = _VERB_ON.search(self.text, max(0, d.start - 40), d.start)
                    self.para_owners = owners if bound and None not in owners else None
                else:
                    for name in people:
                        self.person_dates[name] = (r.date, d.text)

    def _background_year(self, d: DateMention, r: Resolved) -> bool:
        """Whether `d` tells only a year before the article's (a page dated to the day), not
        right before the report's "that" ("told him during a meeting in 2022 that ..."): the
        year of something told in passing ("a book published in 1941"), not of the words."""
        return (
            r.precision == YEAR
            and d.kind == "year"
            and d.groups[0] is not None  # a year told by its number, not "last year"
            and r.date is not None
            and self._article_day_known()
            and r.date.year < self.reference.year
            and not _THAT_AFTER_YEAR.match(self.text, d.end)
        )

    def _dates_before_that(self, d: DateMention, start: int, end: int, dates) -> bool:
        """Whether `d` is in days that open the words' span before its "that" ("said Friday
        (September 30) that Kyiv would ...": the span took the day the verb tells)."""
        that = _THAT_AFTER_DAY.search(self.text, start, min(end, start + 60))
        if that is None or d.end > that.start():
            return False
        rest = self.text[start : that.start()]
        for other, _ in dates:
            if start <= other.start and other.end <= that.start():
                rest = rest.replace(other.text, " ")
        return _DAY_FILLER.fullmatch(rest) is not None

    def _opens_paraphrase(self, d: DateMention, start: int, end: int, sb: int) -> bool:
        """Whether `d` opens a paraphrase that quotes the statement's words in its course and
        whose reporting clause follows them ("On Tuesday, the leaders had held discussions
        “A”, it added.")."""
        gap = self.text[d.end : start]
        return (
            len(re.findall(r"[A-Za-z]{2,}", gap)) >= 3
            and not _CLAUSE_VERB.search(gap)
            and _TRAILING_ATTRIBUTION.match(self.text, end, sb) is not None
        )

    def _war_start_recalled(self, when: dt.date) -> bool:
        """Whether `when` is the invasion's first day, told more than a week after it."""
        return (
            when == INVASION_START
            and self.reference is not None
            and (self.reference - when).days > _STORY_DAYS
        )

    def _article_day_known(self) -> bool:
        """Whether the article's date is known to the day (not a month, not an estimate)."""
        return self.reference is not None and self.article is None and not self.estimated_reference

    def _span_start(self, d: DateMention) -> bool:
        """The first day of a span ("from May 15 to 26", "between 3 and 5 June"): how long
        something went on, not the day anyone spoke."""
        return bool(
            re.search(r"\b(?:from|between)\s+$", self.text[max(0, d.start - 12) : d.start])
            and re.match(
                r"\s*(?:to|until|till|through|and|-|–)\s*\d", self.text[d.end : d.end + 12]
            )
        )

    def _in_dateline(self, d: DateMention) -> bool:
        """Whether `d` is the month and day of a wire dateline opening its line."""
        if d.kind != "month_day":
            return False
        line = self.text.rfind("\n", 0, d.start) + 1
        head = dateline(self.text, line, min(len(self.text), d.end + 40))
        return head is not None and head.start == d.start

    def _weekday_to_come(self, d: DateMention) -> bool:
        """A weekday in a sentence about what is to come ("The ministers will meet on Friday.",
        "Talks are scheduled for Friday."): counted back from the article's date it would
        name last week's day, which no one spoke on."""
        if d.kind != "weekday":
            return False
        text = self.text
        start = max(text.rfind(".", 0, d.start), text.rfind("\n", 0, d.start), d.start - 120) + 1
        end = text.find(".", d.end, d.end + 120)
        return bool(_TO_COME.search(text, start, end if end >= 0 else d.end + 120))

    def _after(self, when: dt.date) -> bool:
        """A day after the article's ("On January 1, 2026, the transit will stop." in a story
        of 2025): what is to come, when no one can have spoken."""
        return self.reference is not None and not self.estimated_reference and when > self.reference

    def _coming(self, d: DateMention, when: dt.date) -> bool:
        """A day and month without a year that fall in the weeks after the article's date
        ("The meeting is scheduled for May 5." in a story of May 2): a coming
        event's date, which a year back would misdate the paragraph's statements."""
        if d.kind not in ("month_day", "day_month") or d.groups[2] or self.reference is None:
            return False
        try:
            ahead = when.replace(year=when.year + 1)
        except ValueError:
            return False
        return 0 < (ahead - self.reference).days <= 45

    def date(self, statement: ExtractedStatement, sentence, region: str, dates) -> None:
        """Date a statement from its sentence's dates, else its paragraph's."""
        text = self.text
        start, end = statement.start, statement.end
        sa, sb = sentence
        if self.sentence_words[0] != (sa, sb):
            self.sentence_words = ((sa, sb), [])
        others = self.sentence_words[1]
        others.append((start, end))
        own = [
            (d, r)
            for d, r in dates
            if r.date is not None
            and not self._after(r.date)
            and (
                not (start <= d.start < end)
                or _VERB_LED.fullmatch(text, start, d.start)
                or self._dates_before_that(d, start, end, dates)
            )
            and not any(a <= d.start < b for a, b in others[:-1])
            # ("asked about the stance about which the minister spoke in March, X said":
            # the minister's day, not X's.)
            and not _PREPOSITIONAL_RELATIVE.search(
                text, max(sa, text.rfind(",", sa, d.start)), d.start
            )
            and (
                not in_relative_clause(text, sa, d.start)
                # ("X, who spoke on Sunday, said ...": the clause tells when X spoke.)
                or _SPOKE_CLAUSE.match(text, text.rfind(",", sa, d.start), d.start) is not None
            )
            # "..., the official said, possibly in reaction to ... last week": a date in what
            # the narrator appends after the attribution is not when it was said.
            and not (d.start >= end and _AFTER_ATTRIBUTION_CLAUSE.search(text, end, d.end))
            # ("He said A, and recalled that Kiev had backed out in 2022": the date is in the
            # next report's words.)
            and not (d.start >= end and _NEXT_REPORT.search(text, end, d.start))
            # ("... they still believed A and he planned to convene advisers on Sunday": the
            # date is in the coordinated clause's words.)
            and not (d.start >= end and _COORDINATED_CLAUSE.match(text, end, d.start))
            and not (d.end <= start and self._opens_paraphrase(d, start, end, sb))
            # ("Jane Roe, elected mayor in 2014, said", "a book published in 1941": a year
            # before the article's is background, unless it opens the report.)
            and not self._background_year(d, r)
            # ("NATO will hold a summit on Friday, diplomats said": the coming Friday, which
            # counted back would be last week's.)
            and not (
                d.kind == "weekday"
                and _COMING_IN_CLAUSE.search(text, max(sa, d.start - 100), d.start)
            )
            # ("X said the economy was livening up after the war launched by Moscow in Feb.
            # 24": the invasion's first day, told months later, is when the war began.)
            and not (
                self._war_start_recalled(r.date)
                and _WAR_START_NAMED.search(text, max(sa, d.start - 80), d.start)
            )
        ]
        if own:
            # The most explicit phrase wins: "on Friday (08/03/2024)" is dated by the numbers.
            # ("KYIV, May 6 (Reuters) - X said on Monday": the dateline's is the filing day,
            # any other day the sentence tells is the speaking's.)
            d, r = min(
                own,
                key=lambda dr: (
                    10
                    if self._in_dateline(dr[0])
                    else 4
                    if dr[0].kind == "relative" and _SPAN_RELATIVE.search(dr[0].text)
                    else _SPECIFICITY.get(dr[0].kind, 9)
                ),
            )
            statement.said_on, statement.said_on_precision = r.date, r.precision
            statement.said_on_evidence = d.text
        elif earlier_unspecified(region) or self.para_undated:
            # Words from some earlier, unstated time, and whatever answers them in the paragraph.
            statement.said_on_evidence = "an earlier, unstated time"
            self.para_undated = True
        elif self.para_date is not None and (
            self.para_owners is None or statement.speaker in self.para_owners
        ):
            statement.said_on, statement.said_on_precision = self.para_date[0], DAY
            statement.said_on_evidence = f"same paragraph: {self.para_date[1]}"
        elif statement.speaker in self.person_dates:
            when, phrase = self.person_dates[statement.speaker]
            statement.said_on, statement.said_on_precision = when, DAY
            statement.said_on_evidence = f"same paragraph, of the speaker: {phrase}"
        elif self.entry_date is not None:
            statement.said_on, statement.said_on_precision = self.entry_date[0], DAY
            statement.said_on_evidence = f"the entry's heading: {self.entry_date[1]}"
        elif self.told is not None and (self.told_of is None or statement.speaker in self.told_of):
            self.fallback[id(statement)] = (statement, self.told)

    def inherit(self, found) -> None:
        """A statement without its own date takes its speaker's last one, else the article's.
        `found`: the article's `attribution.Found` records, in order."""
        for i, f in enumerate(found):
            s = f.statement
            if s.said_on is not None or s.said_on_evidence:
                if not s.said_on:
                    s.said_on_evidence = ""
                continue
            before = next(
                (
                    g
                    for g in reversed(found[max(0, i - _BACK_WINDOW) : i])
                    if g.statement.speaker == s.speaker and s.speaker
                ),
                None,
            )
            prev = before.statement if before is not None else None
            if (
                # "last month" dated the speaker's words before; the next ones of a page dated
                # to the day are not carried back to a whole month, unless they go on in the
                # same paragraph ("“A,” X said last month. “B.”").
                prev is not None
                and before.paragraph != f.paragraph
                and prev.said_on_precision != DAY
                and self.article is None
                and self.reference is not None
                and not self.estimated_reference
            ):
                prev = None
            if prev is not None and prev.said_on is not None:
                s.said_on, s.said_on_precision = prev.said_on, prev.said_on_precision
                s.said_on_evidence = prev.said_on_evidence
                if not s.said_on_evidence.startswith("as the speaker's previous statement"):
                    s.said_on_evidence = (
                        f"as the speaker's previous statement ({prev.said_on_evidence})"
                    )
            elif (nxt := self._next_own(found, i)) is not None:
                s.said_on, s.said_on_precision = nxt.said_on, DAY
                s.said_on_evidence = f"as the speaker's next statement ({nxt.said_on_evidence})"
            elif (
                (story := self.fallback.get(id(s)))
                and story[0] is s
                and not self.estimated_reference
            ):
                s.said_on, s.said_on_precision = story[1][0], DAY
                s.said_on_evidence = f"the story's day: {story[1][1]}"
            elif self.article is not None:
                # "according to X" without a date of its own: on record as of the article's date.
                s.said_on, s.said_on_precision = self.article
                s.said_on_evidence = ARTICLE_DATE_EVIDENCE
            elif self.reference is not None and not (f.sourced_only and self.estimated_reference):
                s.said_on, s.said_on_precision = self.reference, DAY
                s.said_on_evidence = (
                    NEWEST_DATE_EVIDENCE if self.estimated_reference else ARTICLE_DATE_EVIDENCE
                )

    def _next_own(self, found, i: int) -> ExtractedStatement | None:
        """A lead's undated words ("X has warned that A.") then "B, X said on Monday.": the
        speaker's next statement dated by its own phrase in the week before the article's,
        when no other date of the speaker's comes between."""
        s = found[i].statement
        if not s.speaker or self.reference is None or self.estimated_reference:
            return None
        for g in found[i + 1 : i + 1 + _NEXT_WINDOW]:
            n = g.statement
            if n.speaker != s.speaker or (n.said_on is None and not n.said_on_evidence):
                continue
            if (
                n.said_on is not None
                and n.said_on_precision == DAY
                and 0 < (self.reference - n.said_on).days <= _STORY_DAYS
                # ("In a meeting last week, X had pushed for talks": a span told of later
                # words is background, not the day of the lead's news.)
                and not _WEEK_OR_MONTH.search(n.said_on_evidence)
            ):
                return n
            return None
        return None


def in_relative_clause(text: str, sa: int, pos: int) -> bool:
    """Whether `pos` lies in a ", which/who ..." clause of the sentence starting at `sa`."""
    chunk_start = text.rfind(",", sa, pos)
    if chunk_start < 0:
        return False
    return bool(re.match(r",\s*(?:which|who|whose|whom|that|where|when)\b", text[chunk_start:pos]))
