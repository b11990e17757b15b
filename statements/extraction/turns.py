"""Reading a layout's blocks: transcript turns ("LAVROV: ..."), answers in a Q&A interview,
the paragraphs of a published speech, lists of someone's quotes, and "Source: X" /
"Quote from X:" blocks.

Input: a body paragraph and the article's `formats.Layout`. Output: direct statements of the
turn's speaker (or of the interviewee), recorded through the reader's `_add`; the narration
left to read as prose. `LayoutTurns` is mixed into `attribution.Reader`, whose state it uses
(`layout`, `interviewee`, `transcript_speaker`, `discourse`, `dating`).
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from . import clean
from .actors import (
    ORGANISATION,
    PERSON,
    TITLE_HEADS,
    TITLES,
    ActorIndex,
    Mention,
    normalise_quotes,
    strip_titles,
)
from .dates import DAY
from .formats import (
    CLAIM_LIST_INTRO,
    LIST_ITEM,
    QUOTE_MARK,
    courtesy,
    interviewee_span,
    only_asks,
    short_claim,
    turn_label,
)
from .quotes import RELAY_TAIL, VERB, looks_like_clause
from .roles import body_of_official, role_holder
from .sentences import glued_bullet, quote_spans, sentences
from .speakers import Discourse, Speaker
from .vocabulary import COUNTRY_WORDS, entries

# "On Tuesday's sanctions:", "On seeking military aid and a closer alliance:": the topic an
# excerpt of an interview answers, a line of its own.
_TOPIC_LINE = re.compile(r"\s*(?:On|About|Regarding)\s+[^“”\"\n:]{3,160}:\s*")
# A bare title, no name in it: "Secretary-General", "High Commissioner".
_BARE_ROLE = re.compile(r"[A-Z][\w-]+(?:[ -](?:[A-Z][\w-]+|of|for|the)){0,4}")
# "Prime Minister Jane Doe said," ending the paragraph before (rec3: the comma as a colon).
_SAID_COMMA = re.compile(r"\b(?:said|says|added|stated|noted|wrote|commented|explained)\s*,\s*$")
_STAGE_DIRECTION = re.compile(
    r"\s*\((?:[Tt]hrough|[Vv]ia|[Ss]peaking|[Ll]aughter|[Cc]rosstalk|[Nn]on-)[^)]{0,40}\)\s*"
)
# "Source: Yusov on the national newscast" and "Quote from Yusov: "..."" (Ukrainian outlets).
_SOURCE_LINE = re.compile(r"^[^\w\n]*Source\s*:[ \t]*(?P<who>[^\n]{2,120})", re.MULTILINE)
_ANY_MARK = re.compile(r"[“”«»\"]")
_ENDS_LINE = re.compile(r"[^\S\n]*(?:\n|$)")
# "Details:", "Background:" opening a line: the page's next block, not the quotation.
_LABEL_LINE = re.compile(r"\n[^\w\n]*(?!Advertisement)[A-Z][a-z]+(?:\s[a-z]+)?\s*:")
_SOURCE_CHANNEL = re.compile(r"\s(?:on|in|at|during|via|to|for|with)\s")
# ("Roe’s quote: "..."": the owner before the label.)
_QUOTE_LABEL = re.compile(
    r"\W*(?:(?P<owner>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})['’]s\s+(?:quote|Quote)"
    r"|(?:Quote|Quotation)(?:\s+(?:from|by)\s+(?P<who>[^:\n]{2,60}?))?)\s*:\s*"
)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|we|We|my|My|our|Our|me|us)\b")
# "reportedly", "allegedly": a narrator's hedge on what others report (`_unquoted_run`).
_NARRATOR_HEDGE = re.compile(r"\b(?:reportedly|allegedly)\b", re.IGNORECASE)
_FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|I['’]m|I['’]ve|my|My|me)\b")
# A question's label ("Q:", "Question:") opening a paragraph.
_ASKS = re.compile(r"Q|Question", re.IGNORECASE)
# A turn that puts its question to "you" ("You have said ...?", "Do you ...?").
_YOU_ASKED = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)
# An address's salutation ("Dear Ukrainians!", "Dear friends!", "Ladies and gentlemen!").
_SALUTATION = re.compile(r"\s*(?:(?:My\s+)?Dear\s|Ladies\s+and\s+gentlemen\b)")
# A word or two in quotation marks ('“Facts” is the word'): no quotation of someone's words.
_SCARE_QUOTED = re.compile(r"[“\"][\w’'-]+(?:\s[\w’'-]+)?[”\"]")
# A short greeting line of a speech ("Wishing you good health!", "Glory to Ukraine!").
_GREETING = re.compile(r"\s*(?:[\w’'-]+[ ,]+){0,5}[\w’'-]+\s*!\s*")
_BULLET_BEFORE = re.compile(r"(?<=\n)[ \t]*[•·▪●◦*—–-][ \t]+$")
_LIST_ITEM = LIST_ITEM
# A list item's topic label before its claim: "On the peace plan: ", "Regarding sanctions: ".
_TOPIC_LABEL = re.compile(
    r"(?:On|About|Regarding|Concerning|As\s+for)\s+[^:.!?\n“”\"]{2,90}:\s+(?=[A-Z“\"])"
)
_DOCUMENT_READ = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:statement|message|post|letter|address|speech|appeal)\s+"
    r"(?:read|reads|went|goes|ran|runs)(?:\s+as\s+follows)?\s*:\s*$"
)
# "... — Putin." ending a line of a list: the name tags the claim.
_DASH_TAG = re.compile(r"\s[—–-]\s*(?P<who>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})\s*$")


def _given_name_before(text: str, surname: str) -> str | None:
    """The first "Jane Doe" the text writes for a label's "DOE" (one scan, kept by the caller)."""
    m = re.search(
        rf"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:\s+[A-Z]\.)?\s+({re.escape(surname)})\b", text
    )  # ("Tomas K. Vell": the middle initial is passed over)
    if m is None or m.group(1).lower() in TITLES:
        return None
    return f"{m.group(1)} {m.group(2)}"


# "08:02 p.m. Jane Doe: Russia must stop ...": an entry's time, a name, a colon, a claim.
_NAME_COLON = re.compile(
    r"(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s+)?"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
    # ("JANE DOE, Examplian Prime Minister: ...": the title after the name.)
    r"(?:,\s+[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,5})?\s*:\s+(?P<claim>[A-Z])"
)
# '"We will not give up," Jane Doe.': a quotation closed by nothing but its speaker's name.
# "Examplia Weekly. Will ...", "Jane Doe. We hope ...": a label of one to four capitalised words
# and a full stop opening a turn, then its words.
# "What about the next steps? They are ...": a short question opening a paragraph, words after it.
_RUN_IN_QUESTION = re.compile(r"\s*[A-Z][^.?!\n]{2,80}\?\s+(?=[A-Z“\"])")
_LABEL_THEN_WORDS = re.compile(
    r"[ \t]*(?P<who>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,3})\.[ \t]+(?=[A-Z])"
)
_NAME_TAG = re.compile(r"\s*(?P<who>(?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'-]+)\s*\.\s*")
_NEXT_LINE = re.compile(r"\s*([^\n]{1,2000})")
# "And [Examplian] President [Jane] Roe said that ...": a turn's sentence relaying a named
# person's words (an editor's brackets in the name).
_RELAYED_REPORT = re.compile(
    r"\s*(?:(?:And|But|So|Then|Also)\s+)?"
    r"(?P<who>(?:\[?[A-Z][\w’'.-]*\]?\s+){0,4}\[?[A-Z][\w’'.-]*\]?)\s+(?:also\s+)?"
    r"(?:said|told\s+(?:me|us)|assured\s+(?:me|us)|stated|explained)\s+that\s+"
)
# "— Jane Doe (@janedoe) March 3, 2024": the signature under an embedded post.
_POST_SIGNATURE = re.compile(
    r"\s*[—–-]\s*(?P<who>[^()@\n]{2,60}?)\s*\(@\w{1,30}\)\s*(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})?\s*"
)
# "— Jane Doe" or "- Jane Doe, mayor of Examplia" alone under a quotation: a pull quote's
# signature.
_QUOTE_SIGNATURE = re.compile(
    r"[ \t]*[—–-][ \t]*(?P<who>[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3})"
    r"(?:[ \t]*,[ \t]*[^\n,;:“”\"]{2,80})?[ \t.]*"
)
# "Jane Doe, High Representative for Foreign Affairs" alone on a line: a name, then its title
# after a comma (a block quotation's signature under it).
_NAME_TITLE_LINE = re.compile(
    r"[ \t]*(?P<who>[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3})[ \t]*,[ \t]*"
    r"(?P<title>[^\n,;:“”\"().!?]{3,100})[ \t]*"
)
# "[…]", "[...]", "(…)": words the page left out of a quotation.
_ELISION = re.compile(r"\s*[\[(](?:…|\.\.\.)[\])]\s*")
# A paragraph that is one quotation and nothing else: '"We will hold the line."'
_WHOLE_QUOTATION = re.compile(r"\s*[“\"«](?P<words>[^“”\"«»]{10,2000}?)[”\"»]\s*")
_DASH_ONLY = re.compile(r"[ \t]*[-–—][ \t]*")
# "– Foreign Minister Jane Doe said, referring to ...", "— said Jane Doe.": an attribution alone.
_DASH_ATTRIBUTION = re.compile(
    r"[-–—\s]*(?:(?P<who>[A-Z][^,.;:“”\"]{2,80}?)\s+(?:said|added|noted|stressed|stated|wrote|"
    # ("– Jane Doe summarized.": a summing-up of the paragraph before)
    r"emphasi[sz]ed|explained|summari[sz]ed|summed\s+up|concluded|clarified|specified)"
    r"|(?:said|added|noted|stressed|stated|wrote|summari[sz]ed|summed\s+up|concluded)\s+"
    r"(?P<who2>[A-Z][^,.;:“”\"]{2,80}?))"
    r"(?:\s+(?:on|in|via)\s+[^,.;:“”\"]{2,40}?)?"  # "— Jane Doe wrote on social media."
    r"\s*(?:[,.]|$)"
)
# A word or two in quotation marks ('A night attack by the "Shahed"'): a name, not a quotation.
_SHORT_QUOTED = re.compile(r"[“\"«][^“”\"«»\n]{1,30}[”\"»]")
# "Geneva (ICRC) - ", "NEW YORK (UNICEF) – ": a release's place, its issuer in parentheses.
_RELEASE_DATELINE = re.compile(
    r"\s*[A-Z][\w’'.-]+(?:[ ,]+[A-Z][\w’'.-]+){0,3}\s*\((?P<who>[A-Z][\w&.’' -]{1,60}?)\)\s*[-–—]\s"
)
# "for states", "member states", "the claims": a word the verbs' list holds, used as a noun.
_NOUN_BEFORE = re.compile(
    r"\b(?:for|of|the|all|member|other|between|among|many|some|these|those|its|their|our)\s+$",
    re.IGNORECASE,
)
# "... for saving lives. Jane Doe Examplian MFA chief": a sentence's end, a full name, a title.
_GLUED_SIGNATURE = re.compile(
    r"(?<=[.!?])[ \t]+(?P<who>[A-Z][\w’'-]+[ \t]+[A-Z][\w’'-]+)"
    r"(?:[ \t]+[\w’'-]+){1,6}[ \t]*$"
)
# A release's footer: "###", "For further information, contact ...", "Media contact:".
_RELEASE_END = re.compile(
    r"\s*(?:#{3}|-{3}|\*{3}|(?i:for\s+(?:further|more)\s+information|(?:media|press)\s+contacts?\b"
    r"|contact\s*:|you\s+are\s+subscribed|this\s+(?:e-?mail|message)\s+was\s+sent))"
)
_LINK = re.compile(r"https?://|www\.|@\w")
_LINK_TAIL = re.compile(r"(?:\s*(?:pic\.twitter\.com/\S+|https?://\S+))+\s*$")
# "..., he said.", "The ministry added": a paragraph that reports someone in the third person is
# narration again, not the statement running on.
_NARRATED = re.compile(
    r"\b(?:he|she|it|they|the\s+\w+)\s+(?:also\s+)?(?:said|says|added|adds|noted|stressed|wrote|"
    r"told|explained|continued)\b|\b(?:said|says|added)\s+(?:the|he|she|it|they)\b"
    # "The statement came after a night of strikes": the narrator speaks of the statement.
    r"|\baccording\s+to\b"
    r"|\b(?:the|his|her|its|their)\s+(?:statement|remarks|comments|speech|address|announcement|"
    r"interview|message)\s+(?:came|comes|was|is|followed|follows|went|goes|marked|marks)\b",
    re.IGNORECASE,
)


def unquoted_statement(
    text: str, start: int, end: int, speaker: Speaker, *, scare_quotes: bool = False
) -> bool:
    """A paragraph that can be a statement's words without quotation marks (a government
    statement after "Foreign Secretary X said:", a turn running on in a transcript): no
    quotation marks (`scare_quotes`: but a word or two quoted), no one reported in the third
    person, and the speaker not named in it."""
    words_ = text[start:end]
    if scare_quotes:
        words_ = _SCARE_QUOTED.sub(" ", words_)
    if QUOTE_MARK.search(words_) or _NARRATED.search(words_):
        return False
    name = (speaker.name or speaker.mention or "").split()
    return not (name and re.search(rf"\b{re.escape(name[-1])}\b", words_))


def minus(text: str, a: int, b: int, holes: list[tuple[int, int]]) -> str:
    """text[a:b] with the `holes` blanked (same length)."""
    chars = list(text[a:b])
    for h0, h1 in holes:
        for i in range(max(a, h0), min(b, h1)):
            chars[i - a] = " "
    return "".join(chars)


_INTERVIEW_LABEL = re.compile(r"(?i)\binterview")
_NOT_NAMES = frozenset(entries("not_names"))
# "/exclusive-interview-with-jane-doe-ambassador-in-x/": the two words after "interview (with)"
# in an address's last part, a name the gazetteer may not hold.
# "President Doe, thank you very much for talking with us.": whom an interviewer addresses.
_ADDRESSED = re.compile(
    r"\s*(?P<who>(?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'-]+),\s+(?:thank\s+you|thanks|welcome)\b"
)
# ("interview-with-news-hour": the programme that asked, no one's name; data/media_words.txt)
_MEDIA_WORDS = frozenset(word.lower() for word in entries("media_words"))
_INTERVIEWEE_IN_PATH = re.compile(r"interview(?:-with)?-([a-z]{2,})-([a-z]{3,})(?:-|/|$)")


# "Jane Doe: The two lessons of the war": a title that opens with the speaker's name.
_TITLE_NAMES = re.compile(r"\s*(?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'.-]+\s*[:–—]\s")


# A label that is a title alone: "The President", "THE PRIME MINISTER" (capitalised).
_BARE_TITLE = re.compile(
    r"(?:The\s+)?(?P<title>President|Prime\s+Minister|Chancellor|Secretary(?:-General)?)",
    re.IGNORECASE,
)


def person_in_metadata(index: ActorIndex, title: str, url: str) -> Speaker | None:
    """The one gazetteer person an article's trusted title or its URL's path names
    ("/2023/05/02/interview-jane-doe-on-the-front"), else the name after "interview" in the
    path: whose answers an interview is when its text never names them. None when none, or
    more than one, is named."""
    path = unquote(urlsplit(url).path) if url else ""
    for label in (title, re.sub(r"[-_/+.]+", " ", path)):
        norm = normalise_quotes(label)
        people = {
            m.actor: m for m in index.known_mentions(norm, 0, len(norm)) if m.kind == "person"
        }
        if len(people) == 1:
            m = next(iter(people.values()))
            mention = m.surface if m.surface[:1].isupper() else m.actor
            return Speaker(m.actor, mention, "person", 0, 0, True)
    if (named := _INTERVIEWEE_IN_PATH.search(path.lower())) and not any(
        w in _NOT_NAMES or w in TITLE_HEADS or w in COUNTRY_WORDS or w in _MEDIA_WORDS
        for w in named.groups()
    ):
        name = " ".join(w.capitalize() for w in named.groups())
        return Speaker(index.lookup(name) or name, name, "person", 0, 0, False)
    return None


_CLERGY_IN_PATH = re.compile(
    r"(?:^|[-/_])(?P<title>"
    + "|".join(entries("clergy_titles"))
    + r")-(?P<name>[a-z]{3,})(?=[-/_.]|$)"
)


def clergy_in_path(url: str) -> Speaker | None:
    """ "/news/1234-archbishop-daniel-on-the-church": one cleric named by title and name in the
    address (an interview page whose text gives only his office), else None."""
    path = unquote(urlsplit(url).path).lower() if url else ""
    found = {
        (m["title"], m["name"])
        for m in _CLERGY_IN_PATH.finditer(path)
        if not (
            m["name"] in _NOT_NAMES
            or m["name"] in TITLE_HEADS
            or m["name"] in TITLES
            or m["name"] in COUNTRY_WORDS
            or m["name"] in _MEDIA_WORDS
        )
    }
    if len(found) != 1:
        return None
    name = " ".join(w.capitalize() for w in next(iter(found)))
    return Speaker(name, name, "person", 0, 0, False)


def called_an_interview(title: str, url: str) -> bool:
    """The page's trusted title or address calls it an interview."""
    return bool(_INTERVIEW_LABEL.search(f"{title} {url}"))


# "As the President said, A", "As the minister put it, A": a turn relaying someone's words.
_RELAYS_REPORT = re.compile(
    r"\s*(?:And\s+|But\s+)?[Aa]s\s+(?:[\w’'.-]+\s+){1,6}?(?:said|says|put\s+it|noted)\s*,"
)


# A paragraph that is one quotation and nothing else: “A.” (or “A. with the quotation going on
# in the next paragraph, as English prints a quotation of several paragraphs).
_WHOLE_QUOTED = re.compile(r"\s*[“\"](?P<words>[^“”\"]{10,}?)[”\"]?\s*")


class LayoutTurns:
    """The layout-driven half of `attribution.Reader`."""

    statement_run: Speaker | None = None  # whose unquoted statement runs on (`_unquoted_run`)
    address_run: Speaker | None = None  # whose address the paragraphs after a quotation of it copy
    address_in_full = False  # the copied address opened with its salutation ("Dear friends!")
    run_listed = False  # the run is a list of items ("- ...", "• ...")

    def _transcript_turn(self, p: clean.Paragraph) -> clean.Paragraph | None:
        """A speaker's turn in a transcript is a direct statement of theirs; a host's, anchor's,
        reporter's or interviewer's turn is narration, read as prose. Returns the prose left."""
        text = self.text
        turn = self.layout.turns.get(p.index)
        if turn is None:
            running = self.transcript_speaker
            # "MR PRICE: ..." then paragraphs without a label: the same turn while they speak
            # in the first person, or lead to a paragraph that does ("This is a dangerous
            # moment for Europe." then "We commend ..."); a narrator's line ends it.
            speech = (
                running is not None
                and (
                    unquoted_statement(text, p.start, p.end, running)
                    # "Putin called after that, and he said that we are ready ...": the speaker
                    # reports someone in the first person; the turn runs on.
                    # (a word or two in quotation marks, 'the “cool-down” is possible', quotes
                    # no one)
                    or (
                        not QUOTE_MARK.search(_SCARE_QUOTED.sub(" ", text[p.start : p.end]))
                        and len(_FIRST_PERSON.findall(text, p.start, p.end)) >= 2
                    )
                )
                and (
                    self.layout.monologue
                    or _FIRST_PERSON.search(text, p.start, p.end)
                    or self._first_person_follows(p.end)
                    # A page that is a transcript from its top ("MODERATOR: ..." then "MR DOE:
                    # ..."), not a broadcast's report: no narrator speaks between the turns, so
                    # the turn runs on over paragraphs in the third person ("The ministers
                    # reaffirmed ...").
                    or (
                        self.layout.transcript
                        and not self.layout.narrated
                        and min(self.layout.turns, default=99) <= 3
                    )
                )
            )
            if running is not None and speech:
                if running.name:  # (an interviewee no one names: the turn, but no statement)
                    self._turn_statement(running, p.start, p)
                return None
            if not (
                running is not None
                and self.layout.transcript
                and not self.layout.narrated
                and min(self.layout.turns, default=99) <= 3
                and _RELAYS_REPORT.match(text, p.start, p.end)
            ):
                # ("As the President said, A." in a transcript from its top: the speaker relays
                # someone's words, read as prose; the turn runs on after it.)
                self.transcript_speaker = None
            if self.in_question and not self.layout.narrated:
                # "Question: ..." then a paragraph with no label: the question runs on
                self._question_dates(p.start, p.end)
                return None
            return p
        asked = self.text[turn.start : p.end].rstrip().endswith("?")
        if turn.asks:
            self.transcript_speaker = None
            if not self.layout.narrated and (_ASKS.fullmatch(turn.label.strip(" .:")) or asked):
                # "Question: I think you will agree with what X said ...": an interviewer's
                # question in a transcript is no one's statement, nor are the claims it relays
                self.in_question = True
                self._question_dates(turn.start, p.end)
                return None
            return (
                clean.Paragraph(turn.start, p.end, p.label, p.index) if turn.start < p.end else None
            )
        self.in_question = False
        if asked and not self.layout.narrated and _YOU_ASKED.search(self.text, turn.start, p.end):
            # "JOURNALIST: You have said more than once that ...? ": a question put to the
            # interviewee (its label none of the askers'), no one's statement
            self.transcript_speaker = None
            self._question_dates(turn.start, p.end)
            return None
        name = turn.label
        if (
            name
            and name == self.layout.initials
            # ("ROE:" under a heading that names Jane Roe: a surname, read as one below)
            and (self.interviewee is not None or not self._surname_named(name, p.start))
        ):
            speaker = self.interviewee or Speaker(
                None, name, "person", p.start, p.start + len(name)
            )
        elif re.fullmatch(r"(?i:a|answer)", name):
            speaker = self.interviewee
            if speaker is None or not speaker.name:
                return None
        else:
            surname = name.split()[-1]
            shown = " ".join(w.capitalize() if w.isupper() else w for w in name.split())
            shown = re.sub(r"(?<=[-'’])[a-z]", lambda m: m.group().upper(), shown)
            full = self.transcript_people.get(surname.upper()) if len(name.split()) == 1 else None
            bare = strip_titles(shown)  # "AMB. DOE:" is Doe, whom the introduction names in full
            # ("VELL:" under a heading that names Tomas K. Vell: the one the page names.)
            if full is None and len(bare.split()) == 1:
                key = bare.upper()
                if key not in self.transcript_people:  # one look per surname ("" for none)
                    self.transcript_people[key] = (
                        self.discourse.registered(bare, p.start)
                        or _given_name_before(self.text, bare)
                        or ""
                    )
                full = self.transcript_people[key] or None
            if full is None and (title := _BARE_TITLE.fullmatch(shown)):
                # "THE PRESIDENT:", "The President.": the page's own holder of that title
                full = self._page_title_holder(title["title"]) or None
            # "SENIOR DEFENSE OFFICIAL:" in a background briefing: the body speaks.
            canonical = (
                self.index.lookup(full or shown)
                or body_of_official(shown, self.index)
                or full
                or bare
            )
            if len(name.split()) > 1:
                self.transcript_people[surname.upper()] = canonical
            kind = self.index.kind_of(canonical) if canonical in self.index.entries else "person"
            speaker = Speaker(canonical, shown, kind, p.start, p.start + len(name))
        self.transcript_speaker = speaker
        if speaker.name:
            self._turn_statement(speaker, turn.start, p)
        return None

    def _question_dates(self, start: int, end: int) -> None:
        """An interviewer's question says nothing, but its dates move the story on ("On
        February 28 the talks began. What happened then?")."""
        self.dating.start_paragraph()
        self.dating.advance(self.dating.sentence_dates(start, end, []), [])

    def _page_title_holder(self, title: str) -> str:
        """The first person the page names whose gazetteer role is `title` ("President of the
        United States" for "President", not a "Vice President"), or ""."""
        key = f"THE {title.upper()}"
        if key not in self.transcript_people:
            holder = ""
            wanted = re.compile(rf"(?<!vice )\b{re.escape(title.lower())}\b")
            for m in self.discourse.mentions(0, len(self.text)):
                entry = self.index.entries.get(m.actor or "") if m.known else None
                if (
                    entry is not None
                    and entry.kind == "person"
                    and wanted.search(entry.role.lower())
                ):
                    holder = entry.name
                    break
            self.transcript_people[key] = holder
        return self.transcript_people[key]

    def _surname_named(self, label: str, at: int) -> bool:
        """A capitals label ("ROE") that is the surname of someone the page names ("Jane
        Roe")."""
        bare = label.title()
        if bare.upper() not in self.transcript_people:
            self.transcript_people[bare.upper()] = (
                self.discourse.registered(bare, at) or _given_name_before(self.text, bare) or ""
            )
        return bool(self.transcript_people[bare.upper()])

    def _first_person_follows(self, end: int) -> bool:
        """The next paragraph, unlabelled and unquoted, speaks in the first person."""
        text = self.text
        m = _NEXT_LINE.match(text, end)
        if m is None or turn_label(text, m.start(1), m.end(1)) is not None:
            return False
        following = m.group(1)
        return bool(_FIRST_PERSON.search(following)) and not QUOTE_MARK.search(following)

    def layout_speaker(self, paras: list[clean.Paragraph], title: str, url: str) -> Speaker | None:
        """Whose words the layout holds: an interview's interviewee (named by its introduction,
        else by the page's trusted title or address), a published statement's body, a printed
        speech's speaker, the person a list of quotes or claims belongs to. None for prose."""
        layout, text = self.layout, self.text
        speaker = None
        if self.transcript or layout.interview_questions:
            first_turn = min(layout.turns or layout.interview_questions, default=None)
            intro = [(p.start, p.end) for p in paras if first_turn is None or p.index < first_turn]
            speaker = self.interviewee_in(intro)
            if speaker is None or not speaker.known:
                # A person the gazetteer knows, named by the title or the address, before a
                # name the introduction may only seem to hold ("After the Second World War").
                speaker = person_in_metadata(self.index, title, url) or speaker
            if speaker is None or not speaker.known:
                # "/archbishop-daniel-slams-...": a cleric the address names, where the text
                # gives only his office ("Head of the Church")
                speaker = clergy_in_path(url) or speaker
            if speaker is None and (named := _TITLE_NAMES.match(title, 0, len(title))):
                # "Jane Doe: We will not trade land", a name the gazetteer does not hold.
                speaker = self.person_named_in(title[: named.end()])
            if speaker is None and called_an_interview(title, ""):
                speaker = self.person_named_in(title)  # "Interview: Jane Doe on the talks"
            if (speaker is None or not speaker.known) and first_turn is not None:
                # "President Doe, thank you for talking with us. ...": the person the first
                # question addresses
                speaker = self._addressed(paras, first_turn) or speaker
            if layout.interview_questions and (labelled := self._first_answer_label(paras)):
                # "Examplia Weekly. Will the ships sail?" / "Jane Doe. We hope so. ...": the
                # first exchange labelled, the outlet asking, the interviewee answering.
                speaker = labelled[0]
            if (
                layout.untitled_interview
                and speaker is not None
                and not _TITLE_NAMES.match(title, 0, len(title))
            ):
                speaker = None  # no introduction, and no title opening "Jane Doe: ...": no one's
            if layout.interview_questions and (named := self._first_answer_named(paras)):
                # "Will you sign?" / "Jane Doe: This is a hypothetical. ...": the first answer
                # opens with the full name of the person answering.
                speaker = named
        if layout.initials:
            # "AB:" answering: the person the title, the headings or the introduction name whose
            # initials they are (else no one: the label alone names no one).
            first_turn = min(layout.turns, default=0)
            spans = [(p.start, p.end) for p in paras if p.index < first_turn]
            speaker = self._initialled(layout.initials, title, spans)
        if layout.attributed:
            # "The following is attributable to Spokesperson Jane Doe:": the person, else the body.
            speaker = self.person_in(*layout.speech_by) or self.issuer_in(*layout.speech_by)
        elif layout.issued:
            # A body's statement ("Statement of the Ministry of ..."), or a person's printed
            # speech ("Remarks by the Secretary-General ..." over "Jane Doe, Secretary-General").
            speaker = (
                self.issuer_in(*layout.speech_by)
                or self.person_in(*layout.speech_by)
                or self._metadata_bodys_holder(text[slice(*layout.speech_by)])
            )
        elif layout.speech_titled is not None:
            speaker = person_in_metadata(self.index, layout.speech_titled, "")
            speaker = speaker or self.person_named_in(layout.speech_titled)
            # ("Secretary-General's remarks to the Press" on the UN's page: the holder of the
            # office of the body the page's address or origin names)
            speaker = speaker or self._metadata_bodys_holder(layout.speech_titled)
        elif layout.speech_by is not None:
            speaker = self.person_in(*layout.speech_by)
            if speaker is None and layout.speech_from is not None:
                # "Press briefing by Permanent Representative of X to Y in Vienna Jane Doe
                # following ...": the title outran the words read as the speaker's; the first
                # person the heading's line names.
                a = layout.speech_by[0]
                line_end = text.find("\n", a)
                speaker = self.first_person_in(a, line_end if line_end > 0 else len(text))
            if speaker is None and layout.claims_listed:
                speaker = self.issuer_in(*layout.speech_by)  # "Key takeaways from the ISW:"
            if speaker is None and layout.quotes_from is not None:
                speaker = self.interviewee_in([(p.start, p.end) for p in paras[:8]])
            if speaker is None and layout.claims_listed:
                speaker = self._claims_introducer(paras)
        return speaker

    def _metadata_bodys_holder(self, role: str) -> Speaker | None:
        """The holder, at the article's date, of `role` (a bare title: "Secretary-General") in
        a body the page's metadata names (its address, its origin note), when exactly one
        such body has one."""
        role = re.sub(r"(?i)^the\s+", "", role.strip())
        if not _BARE_ROLE.fullmatch(role):
            return None
        holders = {
            holder
            for m in self.discourse.metadata_bodies()
            if (
                holder := role_holder(
                    f"the {m.surface} {role}", self.index, self.discourse.reference
                )
            )
        }
        if len(holders) != 1:
            return None
        return Speaker(holders.pop(), role, PERSON, 0, 0, True)

    def _claims_introducer(self, paras: list[clean.Paragraph]) -> Speaker | None:
        """A list of claims whose introduction names no one ("Key points:", "Main statements:")
        under a lead that names its speaker ("Jane Roe held a press conference. Key points:",
        "Jane Roe spoke to foreign journalists." then "Main statements:"): the one person the
        introduction's paragraph and the paragraph above it name; else None."""
        at = next((i for i, p in enumerate(paras) if p.index == self.layout.quotes_from), None)
        if at is None:
            return None
        above = [p for p in paras[:at] if p.label != clean.JUNK][-1:]
        people: dict[str, Mention] = {}
        for p in [*above, paras[at]]:
            for m in self.discourse.mentions(p.start, p.end):
                if m.actor and self._is_person(m):
                    people.setdefault(m.actor, m)
        if len(people) != 1:
            return None
        m = next(iter(people.values()))
        self.discourse.remember_new(m)
        return Speaker(m.actor, m.surface, "person", m.start, m.end, m.known)

    def _first_answer_label(self, paras: list[clean.Paragraph]) -> tuple[Speaker, int] | None:
        """An unlabelled interview whose first exchange alone carries labels ending in a full
        stop: the question opened by its asker ("Examplia Weekly. Will ...?"), the answer by a
        person's name ("Jane Doe. We hope so."). The person, and where the answer's words
        start; else None."""
        text, questions = self.text, self.layout.interview_questions
        first = min(questions)
        at = next((i for i, p in enumerate(paras) if p.index == first), None)
        if at is None or at + 1 >= len(paras):
            return None
        question, answer = paras[at], paras[at + 1]
        if answer.index in questions or not _LABEL_THEN_WORDS.match(
            text, question.start, question.end
        ):
            return None
        tag = _LABEL_THEN_WORDS.match(text, answer.start, answer.end)
        if tag is None:
            return None
        speaker = self.discourse.subject(tag.start("who"), tag.end("who"))
        if speaker is None or not speaker.name or speaker.kind != "person":
            return None
        if speaker.start != tag.start("who") or speaker.end != tag.end("who"):
            return None  # the label is the name and nothing else
        return speaker, tag.end()

    def _first_answer_named(self, paras: list[clean.Paragraph]) -> Speaker | None:
        """The person an unlabelled interview's first answer names in a label of its own
        ("Jane Doe: We hope so. ..."), the question above it unlabelled; else None."""
        text, questions = self.text, self.layout.interview_questions
        at = next((i for i, p in enumerate(paras) if p.index == min(questions)), None)
        if at is None or at + 1 >= len(paras):
            return None
        question, answer = paras[at], paras[at + 1]
        if answer.index in questions or turn_label(text, question.start, question.end):
            return None
        label = turn_label(text, answer.start, answer.end)
        if label is None or len(label.group("name").split()) < 2:
            return None
        speaker = self.discourse.subject(label.start("name"), label.end("name"))
        if speaker is None or not speaker.name or speaker.kind != "person":
            return None
        if speaker.start != label.start("name") or speaker.end != label.end("name"):
            return None  # the label is the name and nothing else
        return speaker

    def _initialled(
        self, initials: str, title: str, spans: list[tuple[int, int]]
    ) -> Speaker | None:
        """The one person the page's title or the lines above its first turn name whose first
        and last names' initials (or every name's) are `initials` ("Jane Q. Doe" for "JD" or
        "JQD")."""
        norm = normalise_quotes(title)
        mentions = [m for m in self.index.known_mentions(norm, 0, len(norm)) if m.kind == "person"]
        for a, b in spans:
            mentions += [m for m in self.discourse.mentions(a, b) if m.actor and self._is_person(m)]
        found: dict[str, Mention] = {}
        for m in mentions:
            for name in (m.actor, m.surface):
                words = re.findall(r"[^\W\d_][\w’'-]*", name or "")
                if len(words) < 2 or not all(w[0].isupper() for w in (words[0], words[-1])):
                    continue
                if initials in (words[0][0] + words[-1][0], "".join(w[0] for w in words)):
                    found.setdefault(m.actor, m)
        if len(found) != 1:
            return None
        m = next(iter(found.values()))
        mention = m.surface if m.surface[:1].isupper() else m.actor
        return Speaker(m.actor, mention, "person", m.start, m.end, m.known)

    def _addressed(self, paras: list[clean.Paragraph], first_turn: int) -> Speaker | None:
        """The gazetteer person an interview's first question opens by addressing ("Minister
        Doe, thank you for ...")."""
        question = next((p for p in paras if p.index == first_turn), None)
        if question is None:
            return None
        m = _ADDRESSED.match(self.text, question.start, question.end)
        if m is None:
            return None
        found = [x for x in self.discourse.mentions(*m.span("who")) if x.known and x.actor]
        if len(found) != 1 or self.index.kind_of(found[0].actor) != "person":
            return None
        x = found[0]
        return Speaker(x.actor, x.surface, "person", x.start, x.end, True)

    def interviewee_in(self, spans: list[tuple[int, int]]) -> Speaker | None:
        """The person an interview's introduction names as interviewed, else the person it
        names most often."""
        if (named := interviewee_span(self.text, spans)) is not None and (
            speaker := self.person_in(*named)
        ):
            return speaker
        counts: dict[str, int] = {}
        first: dict[str, Mention] = {}
        for a, b in spans:
            for m in self.discourse.mentions(a, b):
                if m.actor and self._is_person(m):
                    counts[m.actor] = counts.get(m.actor, 0) + 1
                    first.setdefault(m.actor, m)
        if not counts:
            return None
        # Of as many mentions, a person the gazetteer knows ("the Secretary of State for
        # Defence, Jane Doe, ... John Roe's rhetoric": Doe, not a name misread in a title).
        name = max(counts, key=lambda n: (counts[n], first[n].known))
        m = first[name]
        return Speaker(name, m.surface, "person", m.start, m.end, m.known)

    def _listed_quote(self, p: clean.Paragraph, speaker: Speaker) -> bool:
        """A paragraph of a list of someone's quotes: a bare quotation is theirs, and so is a
        paragraph mixing the narrator's words with theirs when no one else is said to say it.
        A paragraph without quotation marks ends the list."""
        text = self.text
        quotes = quote_spans(text, p.start, p.end)
        if not quotes and self.layout.claims_listed:
            return self._listed_claim(p, speaker)
        if not quotes and _TOPIC_LINE.fullmatch(text, p.start, p.end):
            return True  # "On Tuesday's sanctions:" above the next quotation: the list goes on
        if not quotes:
            self.layout.quotes_from = None
            return False
        self.pending_intro = speaker  # '"...," he said': read as prose, "he" is the speaker
        self.last_para_direct = speaker
        first = quotes[0]
        if VERB.search(minus(text, p.start, p.end, [(q.open, q.outer_end) for q in quotes])):
            return False
        end = p.end
        while end > p.start and text[end - 1].isspace():
            end -= 1
        marker = text[p.start : first.open]  # '👉"Victory ..."': a bullet sign glued to the mark
        opens = not marker or glued_bullet(marker)
        if len(quotes) == 1 and opens and first.outer_end >= end:
            start, stop, kind = first.start, first.end, "direct"
        else:
            start, stop, kind = p.start, end, "mixed"
        if len(text[start:stop].split()) < 4:
            return False
        dates = self.dating.sentence_dates(p.start, p.end, quotes)
        region = minus(text, p.start, p.end, [(start, stop)])
        self._add(speaker, kind, start, stop, p, (p.start, p.end), region, dates, None)
        return True

    def _name_tagged_quote(self, p: clean.Paragraph) -> bool:
        """A paragraph that is one quotation, its words ending in a comma, then a name and a
        full stop with no verb ('"We will hold the line," Jane Doe.'): the person's words."""
        text = self.text
        quotes = quote_spans(text, p.start, p.end)
        if len(quotes) != 1 or quotes[0].open != p.start or not quotes[0].closed:
            return False
        q = quotes[0]
        if text[q.end - 1 : q.end] != "," or len(text[q.start : q.end].split()) < 4:
            return False
        tag = _NAME_TAG.fullmatch(text, q.close + 1, p.end)
        if tag is None or (speaker := self.person_in(tag.start("who"), tag.end("who"))) is None:
            return False
        dates = self.dating.sentence_dates(p.start, p.end, quotes)
        region = text[q.close + 1 : p.end]
        self._add(speaker, "direct", q.start, q.end - 1, p, (p.start, p.end), region, dates, None)
        self.discourse.note(speaker.name, speaker.kind, speaker.mention)
        self.last_para_direct = speaker
        return True

    def _listed_claim(self, p: clean.Paragraph, speaker: Speaker) -> bool:
        """A line of a list of someone's claims ("Europe has become the main obstacle to peace;"):
        the line is their indirect statement. A line that names the speaker is read as prose
        ("X called the talks speculation;"); a line that does not end like a list item (no full
        stop or semicolon: a credit, a heading) ends the list."""
        text = self.text
        start, end = p.start, p.end
        if item := _LIST_ITEM.match(text, start, end):
            start = item.end()
        if topic := _TOPIC_LABEL.match(text, start, end):
            start = topic.end()  # "On the peace plan: It will be ready in May.": the topic's label
        while end > start and text[end - 1] in " .;":
            end -= 1
        words_ = text[start:end].split()
        # A bulleted line needs no full stop ("▪️ Talks will resume in May"): the marker ends it.
        ends_like_item = item is not None or text[p.end - 1 : p.end] in (".", ";")
        if not ends_like_item or not 4 <= len(words_) <= 60:
            self.layout.quotes_from = None
            return False
        name = (speaker.name or speaker.mention or "").split()
        tag = _DASH_TAG.search(text, start, end)
        if tag and name and tag.group("who").split()[-1] == name[-1]:
            end = tag.start()  # "Our relations have sunk to their lowest point — Putin."
        if name and re.search(rf"\b{re.escape(name[-1])}\b", text[start:end]):
            return False
        if not re.match(r"[A-Z0-9]", text[start : start + 1]) and not (
            # "• the delegation is satisfied with the result;": a bulleted clause in lower case
            (item is not None or _BULLET_BEFORE.search(text, max(0, p.start - 8), p.start))
            and looks_like_clause(text[start:end])
        ):
            return False
        dates = self.dating.sentence_dates(p.start, p.end, [])
        region = minus(text, p.start, p.end, [(start, end)])
        self._add(speaker, "indirect", start, end, p, (p.start, p.end), region, dates, None)
        return True

    def _is_person(self, m: Mention) -> bool:
        kind = self.discourse.kind_of(m.actor or "") if m.known else m.kind
        return kind == "person"

    def embedded_post(self, p: clean.Paragraph, previous: clean.Paragraph | None) -> bool:
        """A post embedded in the page: its words, then a signature line "— Jane Doe (@janedoe)
        March 3, 2024". The paragraph before the signature is the author's direct statement.
        Returns whether `p` was such a signature."""
        text = self.text
        sign = _POST_SIGNATURE.fullmatch(text, p.start, p.end)
        if sign is None:
            return False
        if previous is None or any(f.paragraph == previous.index for f in self.found):
            return True  # the words were read already (someone was said to say them)
        speaker = self.discourse.subject(sign.start("who"), sign.end("who"))
        if speaker is None or not speaker.name:
            return True
        start, end = previous.start, previous.end
        if link := _LINK_TAIL.search(text, start, end):
            end = link.start()  # "... now. pic.twitter.com/abc": the embedded picture's link
        while end > start and text[end - 1].isspace():
            end -= 1
        if len(text[start:end].split()) < 4 or QUOTE_MARK.search(text, start, end):
            return True
        if speaker.kind == "media" and not _FIRST_PERSON.search(text, start, end):
            # "Officials head to Examplia for talks https://t.co/x" signed "— Examplia News
            # (@examplianews)": an outlet's post sharing its story is a headline, no statement.
            return True
        dates = self.dating.sentence_dates(p.start, p.end, [])
        region = text[p.start : p.end]
        self._add(speaker, "direct", start, end, previous, (start, end), region, dates, None)
        return True

    def signed_quotation(self, p: clean.Paragraph, previous: clean.Paragraph | None) -> bool:
        """A paragraph that is only a quotation, then a line "— Jane Doe" (a pull quote signed
        with a person's name): the quotation is that person's direct statement. Returns whether
        `p` was such a signature and the quotation was taken."""
        text = self.text
        if previous is None or previous.label != clean.BODY:
            return False
        sign = _QUOTE_SIGNATURE.fullmatch(text, p.start, p.end)
        # ("Jane Doe, Senior Adviser at Examplia Watch" alone under it: a name and its title.)
        titled = None if sign else _NAME_TITLE_LINE.fullmatch(text, p.start, p.end)
        if titled is not None and not VERB.search(titled.group("title")):
            sign = titled
        if sign is None or any(f.paragraph == previous.index for f in self.found):
            return False
        quoted = _WHOLE_QUOTATION.fullmatch(text, previous.start, previous.end)
        if quoted is None or len(quoted.group("words").split()) < 4:
            return False
        speaker = self.discourse.subject(sign.start("who"), sign.end("who"))
        if speaker is None or not speaker.name or speaker.kind != "person":
            return False
        if (
            sign is titled
            and not speaker.known
            and not any(w in TITLE_HEADS for w in sign.group("title").lower().split())
        ):
            return False  # a new name signs only with a title's word ("Jane Doe, minister")
        start, end = quoted.span("words")
        dates = self.dating.sentence_dates(p.start, p.end, [])
        region = text[p.start : p.end]
        self._add(speaker, "direct", start, end, previous, (start, end), region, dates, None)
        self.discourse.note(speaker.name, speaker.kind, speaker.mention)
        return True

    def signed_block(self, p: clean.Paragraph, previous: clean.Paragraph | None) -> bool:
        """A block quotation without marks, then its signature alone on the next line, "Jane
        Doe, High Representative for Foreign Affairs": a paragraph in the first person, with no
        quotation mark and nothing read from it, signed by a person's name and a title (no
        verb); the paragraph is that person's direct statement, one per part the page cut at
        "[…]". Returns whether taken."""
        text = self.text
        if previous is None or previous.label != clean.BODY:
            return False
        sign = _NAME_TITLE_LINE.fullmatch(text, p.start, p.end)
        # (a report read from it whose speaker no one could name gives way: "the Council has
        # confirmed its agreement" in the signed words is no one's report)
        if sign is None or any(
            f.paragraph == previous.index and f.statement.speaker for f in self.found
        ):
            return False
        title = sign.group("title")
        if VERB.search(title):
            return False
        start, end = previous.start, previous.end
        words_ = text[start:end]
        if len(words_.split()) < 8 or not _FIRST_PERSON.search(words_) or QUOTE_MARK.search(words_):
            return False
        speaker = self.discourse.subject(sign.start("who"), sign.end("who"))
        if speaker is None or not speaker.name or speaker.kind != "person":
            return False
        if not speaker.known and not any(w in TITLE_HEADS for w in title.lower().split()):
            return False  # a new name signs only with a title's word ("Jane Doe, minister")
        self.found = [f for f in self.found if f.paragraph != previous.index]
        dates = self.dating.sentence_dates(p.start, p.end, [])
        region = text[p.start : p.end]
        parts, at = [], start
        for cut in _ELISION.finditer(text, start, end):
            parts.append((at, cut.start()))
            at = cut.end()
        parts.append((at, end))
        for a, b in parts:
            while b > a and text[b - 1].isspace():
                b -= 1
            if len(text[a:b].split()) >= 4:
                self._add(speaker, "direct", a, b, previous, (a, b), region, dates, None)
        self.discourse.note(speaker.name, speaker.kind, speaker.mention)
        return True

    def glued_signature(self, p: clean.Paragraph) -> bool:
        """A block quotation that lost its marks, its signature glued to its end ("... we need
        more systems. Jane Doe Examplian Foreign Minister"): a paragraph in the first person,
        without quotation marks, ending in a sentence, then a gazetteer person's full name and
        a title with no verb; the words before the name are that person's. Returns whether
        taken."""
        text = self.text
        sign = _GLUED_SIGNATURE.search(text, p.start, p.end)
        if sign is None or QUOTE_MARK.search(text, p.start, p.end):
            return False
        start, end = p.start, sign.start("who")
        while end > start and text[end - 1].isspace():
            end -= 1
        words_ = text[start:end]
        if len(words_.split()) < 8 or not _FIRST_PERSON.search(words_):
            return False
        people = [
            m
            for m in self.discourse.mentions(sign.start("who"), sign.end())
            if m.known and m.actor and self._is_person(m)
        ]
        # (the name, then its title: "Jane Doe Examplian MFA chief")
        if len(people) != 1 or people[0].start != sign.start("who") or " " not in people[0].surface:
            return False
        who = people[0]
        title = text[who.end : sign.end()]
        if not any(w in TITLE_HEADS for w in title.lower().split()) or VERB.search(title):
            return False
        speaker = Speaker(who.actor, who.surface, "person", who.start, who.end, True)
        dates = self.dating.sentence_dates(p.start, p.end, [])
        region = text[end : p.end]
        self._add(speaker, "direct", start, end, p, (start, end), region, dates, None)
        self.discourse.note(speaker.name, speaker.kind, speaker.mention)
        self.last_para_direct = speaker
        return True

    def attribution_paragraph(self, p: clean.Paragraph, previous: clean.Paragraph | None) -> bool:
        """ "Kyiv must build more weapons" then a paragraph "– Foreign Minister Jane Doe said,
        referring to ...": a paragraph that only attributes the one before it (Ukrainian and
        Russian outlets' layout); the words before are the speaker's. Returns whether taken."""
        text = self.text
        if previous is None or previous.label not in (clean.BODY, clean.HEADLINE):
            return False
        dash = text.rfind("\n", 0, p.start) + 1
        if not _DASH_ONLY.fullmatch(text, dash, p.start) and not _DASH_ONLY.match(text, p.start):
            return False
        m = _DASH_ATTRIBUTION.match(text, p.start, p.end)
        if m is None or any(f.paragraph == previous.index for f in self.found):
            return False
        who = "who" if m.group("who") else "who2"
        speaker = self.discourse.subject(m.start(who), m.end(who))
        if speaker is None or not speaker.name:
            return False
        start, end = previous.start, previous.end
        while end > start and text[end - 1] in " \n.":
            end -= 1
        if len(text[start:end].split()) < 4 or QUOTE_MARK.search(
            minus(text, start, end, [m.span() for m in _SHORT_QUOTED.finditer(text, start, end)])
        ):
            return False
        dates = self.dating.sentence_dates(p.start, p.end, [])
        region = text[p.start : p.end]
        self._add(speaker, "indirect", start, end, previous, (start, end), region, dates, None)
        self.discourse.note(speaker.name, speaker.kind, speaker.mention)
        return True

    def issuer_in(self, a: int, b: int) -> Speaker | None:
        """The known body (or person) text[a:b] names ("the Ministry of Foreign Affairs of X")."""
        speaker = self.discourse.subject(a, b)
        return speaker if speaker is not None and speaker.name and speaker.known else None

    def byline_body(self, heads: list[clean.Paragraph]) -> Speaker | None:
        """The organisation whose own assessment the text is: a line above the story that is
        only its full name (a think tank's or an agency's byline; not an outlet's, not a one-word
        section tag). None for ordinary news. (A "Statement of the Ministry of ..." heading is
        read by `formats` as an issued statement.)"""
        for p in heads:
            if p.label == clean.CAPTION:
                continue
            found = [m for m in self.discourse.mentions(p.start, p.end) if m.known and m.actor]
            if len(found) != 1 or self.discourse.kind_of(found[0].actor) != "organisation":
                continue
            m = found[0]
            if (
                m.surface == self.text[p.start : p.end].strip(" .:\n")
                and len(m.surface.split()) >= 3
            ):
                return Speaker(m.actor, m.surface, "organisation", m.start, m.end, True)
        return None

    def release_dateline(self, body: list[clean.Paragraph]) -> Speaker | None:
        """The organisation a news release's dateline names in parentheses ("Geneva (ICRC) - A
        team of ..."): the release is its own statement. Not an agency's ("KYIV (AP) —", an
        outlet), nor a state's."""
        for p in body[:2]:
            m = _RELEASE_DATELINE.match(self.text, p.start, p.end)
            if m is None:
                continue
            found = [x for x in self.discourse.mentions(*m.span("who")) if x.known and x.actor]
            if (
                len(found) == 1
                and self.discourse.kind_of(found[0].actor) == "organisation"
                # (not "Brussels (Brussels Morning Post) –": a body's name inside an outlet's)
                and found[0].surface.strip() == m.group("who").strip()
            ):
                x = found[0]
                return Speaker(x.actor, x.surface, "organisation", x.start, x.end, True)
        return None

    def person_in(self, a: int, b: int) -> Speaker | None:
        """The last person text[a:b] names ("Ukrainian President Volodymyr Zelensky")."""
        people = [m for m in self.discourse.mentions(a, b) if m.actor and self._is_person(m)]
        if not people:
            return None
        m = people[-1]
        self.discourse.remember_new(m)
        return Speaker(m.actor, m.surface, "person", m.start, m.end, m.known)

    def person_named_in(self, words: str) -> Speaker | None:
        """The last person a string outside the text names (the page's trusted title), the
        gazetteer's or new."""
        other = Discourse(self.index, words, reference=self.discourse.reference)
        people = [m for m in other.mentions(0, len(words)) if m.actor and m.kind == "person"]
        if not people:
            # "the President of Ruritania": the office's holder at the article's date
            held = other.subject(0, len(words))
            if held is not None and held.name and held.kind == "person":
                return Speaker(held.name, words, "person", 0, 0, True)
            return None
        m = people[-1]
        return Speaker(m.actor, m.surface, "person", 0, 0, m.known)

    def first_person_in(self, a: int, b: int) -> Speaker | None:
        """The first person text[a:b] names."""
        people = [m for m in self.discourse.mentions(a, b) if m.actor and self._is_person(m)]
        if not people:
            return None
        m = people[0]
        self.discourse.remember_new(m)
        return Speaker(m.actor, m.surface, "person", m.start, m.end, m.known)

    def _source_person(self, source: re.Match) -> Speaker | None:
        """The person a "Source:" line names."""
        text = self.text
        # "Source: Jane Doe on Facebook": the name ends before its channel
        channel = _SOURCE_CHANNEL.search(text, source.start("who"), source.end("who"))
        who_end = channel.start() if channel else source.end("who")
        # "Source: Jane Roe, Head of Examplia Oblast State Administration, on Telegram": the
        # name before the comma, not the capitalised title after it.
        comma = text.find(",", source.start("who"), who_end)
        named = self.person_in(source.start("who"), comma) if comma > 0 else None
        return named if named is not None else self.person_in(source.start("who"), who_end)

    def _source_line(self, p: clean.Paragraph) -> None:
        """A "Source: Jane Roe, ..." line above (the cleaner does not make it a paragraph of the
        body): Roe is the article's person from here on ("Details: Roe reported ..." before the
        quotation)."""
        noted = self.__dict__.setdefault("_sources_noted", set())
        for source in _SOURCE_LINE.finditer(self.text, max(0, p.start - 800), p.end):
            if source.start() in noted:
                continue
            noted.add(source.start())
            self.discourse.register_people([(source.start("who"), source.end("who"))])
            if (person := self._source_person(source)) and person.name:
                self.discourse.note(person.name, person.kind, person.mention)

    def _sourced_lede(self, p: clean.Paragraph) -> bool:
        """The story's first paragraph, a claim in the narrator's words that quotes and reports
        no one, with the line right under it a "Source: Jane Roe, Head of ..., on Telegram"
        naming a person: her indirect statement (Ukrainian outlets' layout)."""
        text = self.text
        if p.start != self.body_start or self.layout.transcript or self.interviewee is not None:
            return False
        ends = _ENDS_LINE.match(text, p.end)
        source = ends and _SOURCE_LINE.match(text, ends.end())
        if source is None or QUOTE_MARK.search(text, p.start, p.end) or self._reporting_verbs(p):
            return False
        speaker = self._source_person(source)
        if speaker is None or not speaker.name or speaker.kind != "person":
            return False
        end = p.end
        while end > p.start and text[end - 1] in " \n.":
            end -= 1
        if len(text[p.start : end].split()) < 6:
            return False
        dates = self.dating.sentence_dates(p.start, p.end, [])
        self._add(speaker, "indirect", p.start, end, p, (p.start, p.end), "", dates, None)
        self.discourse.note(speaker.name, speaker.kind, speaker.mention)
        return True

    def _labelled_quote(self, p: clean.Paragraph) -> bool:
        """ "Source: X on TV" / "Quote from X: "..."" blocks: the quotation is X's."""
        text = self.text
        label = _QUOTE_LABEL.match(text, p.start, p.end)
        if label is None:
            return False
        speaker = None
        window = max(0, p.start - 800)
        sources = list(_SOURCE_LINE.finditer(text, window, p.start))
        if sources:  # the last "Source:" line above names whose quotation follows
            speaker = self._source_person(sources[-1])
        who = "who" if label.group("who") else "owner"
        if label.group(who):
            named = self.discourse.subject(label.start(who), label.end(who))
            if (
                who == "owner"
                and speaker is not None
                and speaker.name
                and speaker.name.split()[-1] == label.group(who).split()[-1]
            ):
                named = speaker  # "Source: Jane Roe, ..." then "Roe’s quote:": the same Roe
            speaker = named if named is not None and named.name else speaker
        if speaker is None or not speaker.name:
            return False
        start, end = label.end(), p.end
        quotes = quote_spans(text, start, end)
        if quotes and quotes[0].open == start:
            start, end = quotes[0].start, quotes[0].end
        while end > start and text[end - 1] in ' \n."”':
            end -= 1
        if len(text[start:end].split()) < 4:
            return False
        dates = self.dating.sentence_dates(p.start, p.end, quotes)
        region = minus(text, p.start, p.end, [(start, end)])
        self._add(speaker, "direct", start, end, p, (p.start, p.end), region, dates, None)
        self.discourse.note(speaker.name, speaker.kind, speaker.mention)
        if quotes and not quotes[-1].closed:
            self.quote_runs_on = speaker
        return True

    def _name_colon_claim(self, p: clean.Paragraph) -> bool:
        """ "08:02 p.m. Jane Doe: Russia must stop the shelling before any talks." (a live blog's
        entry, a digest's line): a known person's name, a colon, then their claim in the
        narrator's words; an indirect statement of theirs. Not in interviews, speeches or lists,
        whose labels are read by the layout."""
        layout, text = self.layout, self.text
        if layout.interview_questions or layout.speech_from is not None:
            return False
        if layout.quotes_from is not None:
            return False
        m = _NAME_COLON.match(text, p.start, p.end)
        if m is None or QUOTE_MARK.search(text, m.start("claim"), p.end):
            return False
        people = [
            x
            for x in self.discourse.mentions(m.start("name"), m.end("name"))
            if x.known and x.actor and self._is_person(x)
        ]
        if len(people) != 1 or people[0].surface != m.group("name"):
            return False
        start, end = m.start("claim"), p.end
        while end > start and text[end - 1] in " \n.":
            end -= 1
        if len(text[start:end].split()) < 5 or text[end - 1 : end] == "?":
            return False
        who = people[0]
        speaker = Speaker(who.actor, who.surface, "person", who.start, who.end, True)
        dates = self.dating.sentence_dates(p.start, p.end, [])
        region = text[p.start : start]
        self._add(speaker, "indirect", start, end, p, (p.start, p.end), region, dates, None)
        self.discourse.note(speaker.name, speaker.kind, speaker.mention)
        return True

    def _quote_ends_here(self, p: clean.Paragraph, speaker: Speaker) -> bool:
        """The paragraph after one whose quotation ran on unclosed, with no opening mark of its
        own and the closing mark at its end: the rest of the same quotation."""
        text = self.text
        end = p.end
        while end > p.start and text[end - 1].isspace():
            end -= 1
        marks = re.findall(r"[“”«»\"]", text[p.start : end])
        if (
            not marks
            and end - p.start > 2
            and text[end - 1] == "’"
            and text[end - 2] in ".!?"
            and "‘" not in text[p.start : end]
        ):
            marks = ["’"]  # "‘A. / B.’": a quotation in single marks closes here
        if end <= p.start or len(marks) != 1 or marks[0] not in '"”»’' or text[end - 1] != marks[0]:
            return False
        body_end = end - 1
        while body_end > p.start and text[body_end - 1] in " .":
            body_end -= 1
        if len(text[p.start : body_end].split()) < 4:
            return False
        dates = self.dating.sentence_dates(p.start, p.end, [])
        self._add(speaker, "direct", p.start, end - 1, p, (p.start, p.end), "", dates, None)
        return True

    def _quote_runs_through(self, p: clean.Paragraph, speaker: Speaker) -> bool:
        """'Quote: "A.' / 'B.' / 'C."': a paragraph with no quotation marks between one whose
        quotation ran on unclosed and the paragraph that closes it (no label line such as
        "Details:" between) is the same quotation."""
        text = self.text
        if _ANY_MARK.search(text, p.start, p.end):
            return False
        close = _ANY_MARK.search(text, p.end, min(len(text), p.end + 1500))
        if (
            close is None
            or text[close.start()] not in '"”»'
            or not _ENDS_LINE.match(text, close.end())
            or _LABEL_LINE.search(text, p.end, close.start())
        ):
            return False
        end = p.end
        while end > p.start and text[end - 1].isspace():
            end -= 1
        if len(text[p.start : end].split()) < 4:
            return False
        dates = self.dating.sentence_dates(p.start, p.end, [])
        self._add(speaker, "direct", p.start, end, p, (p.start, p.end), "", dates, None)
        return True

    def _block_turn(self, p: clean.Paragraph) -> bool:
        """A paragraph of a published speech, or an answer in an unlabelled interview: the
        whole paragraph is the speaker's. Returns whether it was taken."""
        runs_on, self.quote_runs_on = self.quote_runs_on, None
        if runs_on is not None and self._quote_ends_here(p, runs_on):
            return True
        if runs_on is not None and self._quote_runs_through(p, runs_on):
            self.quote_runs_on = runs_on
            return True
        self._source_line(p)
        if self._labelled_quote(p):
            return True
        if self._name_colon_claim(p):
            return True
        if self._sourced_lede(p):
            return True
        self._interview_intro(p)
        if self._unquoted_run(p):
            return True
        layout, speaker = self.layout, self.interviewee
        if speaker is None or not speaker.name:
            return False
        if layout.quotes_from is not None and p.index > layout.quotes_from:
            if layout.claims_listed and CLAIM_LIST_INTRO.search(self.text, p.start, p.end):
                # "Jane Roe held a press conference. Key points:" printed twice (the page's
                # title over its lead): the list starts after the last introduction.
                layout.quotes_from = p.index
                return True
            line = self.text.rfind("\n", 0, p.start) + 1  # the cleaner may start after "● "
            while line < p.start and self.text[line] in " \t":
                line += 1  # "  • We have an agreement.": an indented bullet
            bulleted = _LIST_ITEM.match(self.text, line, p.end) is not None
            if bulleted or not layout.items_bulleted:
                layout.items_bulleted |= bulleted
                return self._listed_quote(p, speaker)
            # After bulleted lines, a line without a bullet is the story going on: prose.
            layout.quotes_from = None
            return False
        if layout.speech_to is not None and p.index >= layout.speech_to:
            layout.speech_from = layout.speech_to = None  # "Jane Doe is the ...": the op-ed ended
        if layout.speech_from is not None and p.index > layout.speech_from:
            if (label := turn_label(self.text, p.start, p.end)) and _ASKS.fullmatch(
                label.group("name")
            ):
                # "Q: Thank you, Secretary-General. ...": the questions after the remarks; the
                # speech has ended.
                layout.speech_from = None
                return False
            if layout.attributed:
                return self._attributed_sentences(p, speaker)
            if (
                RELAY_TAIL.search(self.text, p.start, p.end)
                and not _FIRST_PERSON.search(self.text, p.start, p.end)
                and not re.search(r"[“”\"«»]", self.text[p.start : p.end])
            ):
                # "The video was posted by the press service, reports Examplia.": the page's
                # note on its source, no words of the speech.
                return True
            if whole := _WHOLE_QUOTED.fullmatch(self.text, p.start, p.end):
                # "Statement by Jane Roe" over “A.” / “B. (each paragraph opening the
                # quotation again): the release quotes its own speaker, paragraph by paragraph.
                words = clean.Paragraph(whole.start("words"), whole.end("words"), p.label, p.index)
                self._turn_statement(speaker, words.start, words)
                return True
            if layout.issued and (
                not (
                    unquoted_statement(self.text, p.start, p.end, speaker)
                    or self._cites_words(p, speaker)
                )
                or (
                    self._reporting_verbs(p)
                    # ("The diplomacy we urged is failing": the speaker's own report.)
                    and not _FIRST_PERSON.search(self.text, p.start, p.end)
                    and not self._own_country_reports(p, speaker)
                )
            ):
                # "The minister, Jane Doe, called on ...": the statement reports someone, or
                # quotes them; the paragraph is read as prose.
                return False
            self._turn_statement(speaker, p.start, p)
            return True
        if p.index in layout.interview_questions:
            # The interviewer's question: not a statement, but its dates move the story on
            # ("On February 28 the talks began. What happened then?").
            self.dating.start_paragraph()
            self.dating.advance(self.dating.sentence_dates(p.start, p.end, []), [])
            return True
        if layout.interview_questions and p.index not in layout.interview_questions:
            asked = [q for q in layout.interview_questions if q < p.index]
            opens_quote = self.text[p.start : p.start + 1] in ("“", '"', "«")
            # (a page that opens inside an answer, the question before it on another page: its
            # first body paragraph, in the first person and quoting no one, is the answer's end)
            inside = (
                not asked
                and self.body_start == p.start
                and bool(_FIRST_PERSON_SINGULAR.search(self.text, p.start, p.end))
                and not QUOTE_MARK.search(self.text, p.start, p.end)
            )
            # (an interview's page that opens inside its answers: every paragraph before its
            # first question answers)
            inside = inside or (not asked and layout.opens_answering)
            if (asked or inside) and not opens_quote:
                # "Jane Doe: It feels strange ...": an answer the page labels with the name.
                label = turn_label(self.text, p.start, p.end)
                start = label.end() if label else p.start
                if (
                    label is None
                    and (tag := _LABEL_THEN_WORDS.match(self.text, p.start, p.end))
                    and (named := self.discourse.subject(tag.start("who"), tag.end("who")))
                    and named.name == speaker.name
                ):
                    start = tag.end()  # "Jane Doe. We hope so.": the interviewee's label
                if label is None and p.index - 1 not in layout.interview_questions:
                    start = self._run_in_question(p) or start
                self._turn_statement(speaker, start, p)
                return True
        return False

    def _run_in_question(self, p: clean.Paragraph) -> int | None:
        """An answer paragraph that follows another answer but opens with a short question of
        the interviewer's, in no one's first person ("What about the talks? They resume in May."):
        a rewritten page ran the next question into its answer. Where the answer's words start,
        else None."""
        m = _RUN_IN_QUESTION.match(self.text, p.start, p.end)
        if m is None or _FIRST_PERSON.search(m.group(0)) or QUOTE_MARK.search(m.group(0)):
            return None
        return m.end()

    def _reporting_verbs(self, p: clean.Paragraph) -> list[re.Match]:
        """The paragraph's reporting verbs, but a word of the verbs' list used as a noun ("all
        member states", "the Charter's demand for states to")."""
        text = self.text
        return [
            v
            for v in VERB.finditer(text, p.start, p.end)
            if not _NOUN_BEFORE.search(text, max(p.start, v.start() - 20), v.start())
        ]

    def _own_country_reports(self, p: clean.Paragraph, speaker: Speaker) -> bool:
        """In an envoy's printed speech, every reporting verb's subject is the speaker's own
        country ("At the last two meetings Examplia urged that talks be given a chance"): the
        speaker reports their country's stand, in its name."""
        entry = self.index.entries.get(speaker.name or "")
        if entry is None or entry.kind != "person" or not entry.affiliation:
            return False
        own = re.compile(rf"\b{re.escape(entry.affiliation)}\s+(?:has\s+|had\s+|also\s+)?$")
        hits = self._reporting_verbs(p)
        return bool(hits) and all(
            own.search(self.text, max(p.start, h.start() - 40), h.start()) for h in hits
        )

    def _cites_words(self, p: clean.Paragraph, speaker: Speaker) -> bool:
        """A paragraph of an issued statement or a printed speech that quotes a text's words
        without anyone said to say them ('The Charter's demand that states "settle their
        disputes by peaceful means" has been ignored'): the speaker's own words, citing. Not a
        paragraph that opens with a quotation, nor one with a reporting verb."""
        text = self.text
        if text[p.start : p.start + 1] in "“\"«‘'":
            return False
        if self._reporting_verbs(p):
            return False
        bare = _ANY_MARK.sub(" ", text[p.start : p.end])
        return unquoted_statement(bare, 0, len(bare), speaker)

    def _attributed_sentences(self, p: clean.Paragraph, speaker: Speaker) -> bool:
        """A paragraph of a release "attributable to" its spokesperson: each of its sentences (a
        readout's "The Secretary met today with ...") is the spokesperson's. A paragraph that
        quotes someone is read as prose; the release's footer ("###", "For further information,
        contact ...", an address) ends it."""
        text = self.text
        if _RELEASE_END.match(text, p.start, p.end):
            self.layout.speech_from = None
            return False
        if _ANY_MARK.search(text, p.start, p.end) or not unquoted_statement(
            text, p.start, p.end, speaker
        ):
            return False
        self.dating.start_paragraph()
        for a, b in sentences(text, p.start, p.end, []):
            while b > a and text[b - 1].isspace():
                b -= 1
            said = text[a:b]
            if len(said.split()) < 6 or not said.endswith((".", "!")) or _LINK.search(said):
                continue
            dates = self.dating.sentence_dates(a, b, [])
            self._add(speaker, "direct", a, b, p, (a, b), "", dates, None)
        self.discourse.note(speaker.name, speaker.kind, speaker.mention)
        return True

    def _interview_intro(self, p: clean.Paragraph) -> None:
        """ "In an exclusive interview with X, the leader spoke to euronews about ...:" ending the
        paragraph before, with no reporting verb to name the speaker: what follows is X's."""
        if self.pending_intro is not None:
            return
        end = p.start
        while end > 0 and self.text[end - 1].isspace():
            end -= 1
        if end == 0 or self.text[end - 1] != ":" or end < self.body_start:
            return
        start = self.text.rfind("\n", 0, end) + 1
        if VERB.search(self.text, start, end):
            return  # "X said:": the reader has its speaker already
        if (named := interviewee_span(self.text, [(start, end)])) is not None:
            self.pending_intro = self.person_in(*named)
        elif document := _DOCUMENT_READ.search(self.text, start, end):
            # "Kuleba's statement read:": the statement's author speaks.
            self.pending_intro = self.person_in(start, document.start())

    def _unquoted_run(self, p: clean.Paragraph) -> bool:
        """ "Foreign Secretary Liz Truss said:" ending a paragraph, then paragraphs without
        quotation marks: a statement published as it was issued, each paragraph the speaker's
        words, until a quotation or a paragraph that narrates."""
        speaker, self.statement_run = self.statement_run, None
        listed, self.run_listed = self.run_listed, False
        address, self.address_run = self.address_run, None
        in_full, self.address_in_full = self.address_in_full, False
        if address is not None and _GREETING.fullmatch(self.text, p.start, p.end):
            self.address_run = address  # "Wishing you good health!": the address goes on
            # ("Dear compatriots!": the page copies the address from its salutation on.)
            self.address_in_full = in_full or bool(_SALUTATION.match(self.text, p.start, p.end))
            return True
        if (
            speaker is None
            and address is not None
            and unquoted_statement(self.text, p.start, p.end, address, scare_quotes=in_full)
            and (in_full or len(_FIRST_PERSON.findall(self.text, p.start, p.end)) >= 2)
        ):
            # '"...," Jane Doe said in her nightly address.' then paragraphs in the first person
            # with no quotation marks: the page copies the address on.
            self.address_run, self.address_in_full = address, in_full
            self._turn_statement(address, p.start, p)
            return True
        layout = self.layout
        if layout.claims_listed and layout.quotes_from is not None and p.index > layout.quotes_from:
            return False  # a line of a list of claims: its introduction names the speaker
        before = self.text[max(0, p.start - 80) : p.start]
        bullet = _BULLET_BEFORE.search(before)  # clean.py starts an item after its bullet
        if bullet:
            before = before[: bullet.start()]
        if speaker is None and (before.rstrip().endswith(":") or _SAID_COMMA.search(before)):
            speaker = self.pending_intro  # the paragraph before ended "X said:" (or "X said,")
            listed = None  # the first paragraph tells whether the run is a list
        if speaker is None or not speaker.name:
            return False
        if not unquoted_statement(self.text, p.start, p.end, speaker):
            return False
        if not _FIRST_PERSON.search(self.text, p.start, p.end) and (
            _NARRATOR_HEDGE.search(self.text, p.start, p.end)
            or self._opens_with_other(p, speaker)
            or self._person_reports(p, speaker)
        ):
            # "Troops reportedly struck ...", "The Examplia City Administration issued alerts at
            # midnight.", "Acting Mayor Jane Roe reported that ...": in the third person, a
            # narrator's hedge, a person or a body other than the speaker as the paragraph's
            # subject, or another person's report: the story goes on; the statement has ended.
            return False
        start = p.start
        if item := _LIST_ITEM.match(self.text, p.start, p.end):
            start = item.end()  # "1. Russian forces destroyed three depots.": one item
        item = item or bullet
        if listed is not None and listed != bool(item):
            return False  # the list has ended: "Ukraine has not commented."
        if not re.match(r"[A-Z0-9]", self.text[start : start + 1]):
            return False
        self.pending_intro = None
        self._turn_statement(speaker, start, p)
        self.statement_run, self.run_listed = speaker, bool(item)
        return True

    def _person_reports(self, p: clean.Paragraph, speaker: Speaker) -> bool:
        """A reporting verb of the paragraph whose subject is a person other than the speaker."""
        text = self.text
        for v in self._reporting_verbs(p):
            sa = max(p.start, *(text.rfind(c, p.start, v.start()) + 1 for c in ".!?"))
            who = self.discourse.subject(sa, v.start())
            if (
                who is not None
                and who.name
                and who.name != speaker.name
                and self.discourse.kind_of(who.name) == PERSON
            ):
                return True
        return False

    def _opens_with_other(self, p: clean.Paragraph, speaker: Speaker) -> bool:
        """The paragraph opens with ("The") a person or an organisation, not the speaker."""
        text = self.text
        start = p.start
        if opener := re.match(r"The\s+", text[p.start : p.start + 4]):
            start += opener.end()
        # (the names run on from the opening: "Examplia City Administration" is a place's name,
        # then the body's)
        for m in sorted(self.discourse.mentions(p.start, p.end), key=lambda m: m.start):
            if m.start < start:
                continue
            if m.start > start:
                return False
            if m.kind in (PERSON, ORGANISATION) and m.actor and m.actor != speaker.name:
                return True
            start = m.end + 1 if text[m.end : m.end + 1] == " " else m.end
        return False

    def _relayed_reports(
        self, speaker: Speaker, start: int, end: int
    ) -> list[tuple[int, int, Speaker, int, int]]:
        """The sentences of a turn in which the speaker relays a named person's words ("And
        [Examplian] President [Jane] Roe said that they expect A."): (sentence start, end, the
        person, the clause's start, end). Only a person the gazetteer knows, not the speaker."""
        text = self.text
        out = []
        for sa, sb in sentences(text, start, end, []):
            m = _RELAYED_REPORT.match(text, sa, sb)
            if m is None or _FIRST_PERSON.search(m.group("who")) or QUOTE_MARK.search(text, sa, sb):
                continue
            who = self.discourse.subject(m.start("who"), m.end("who"))
            if (
                who is None
                or not who.name
                or who.name == speaker.name
                or who.name not in self.index.entries
                or self.index.kind_of(who.name) != "person"
            ):
                continue
            out.append((sa, sb, who, m.end(), sb))
        return out

    def _turn_statement(self, speaker: Speaker, start: int, p) -> None:
        text = self.text
        while (stage := _STAGE_DIRECTION.match(text, start, p.end)) and stage.end() > start:
            start = stage.end()
        end = p.end
        while end > start and text[end - 1].isspace():
            end -= 1
        words_ = len(text[start:end].split())
        if words_ < 3 or (words_ < 6 and not short_claim(text, start, end)):
            return  # "Good to meet you.", "Yes, it is.": courtesy, not a statement
        if courtesy(text, start, end):
            return  # "Thanks, Jane. And thanks for having me back here."
        if only_asks(text, start, end):
            return  # "Oh, is that so? Shall we call it Friday then?": banter, no claim
        region = text[p.start : start]
        # (a turn is a paragraph of its own: the paragraph before dates it no more)
        self.dating.start_paragraph()
        dates = self.dating.sentence_dates(p.start, start, [])
        relayed = self._relayed_reports(speaker, start, end)
        if not relayed:
            self._add(speaker, "direct", start, end, p, (p.start, p.end), region, dates, None)
        else:
            # "You know, A. And President Jane Roe said that B. And C.": the speaker relays
            # another's words; those are Roe's (indirect), the turn's own words around them
            # the speaker's.
            at = start
            for sa, sb, who, ca, cb in relayed:
                for a, b in ((at, sa), (ca, cb)):
                    while b > a and (text[b - 1].isspace() or text[b - 1] in ".!?"):
                        b -= 1
                    b += 1 if a == at and text[b : b + 1] in (".", "!", "?") else 0
                    if len(text[a:b].split()) < 3:
                        continue
                    if a == at:
                        self._add(speaker, "direct", a, b, p, (p.start, p.end), region, dates, None)
                    else:
                        said = self.dating.sentence_dates(sa, sb, [])
                        self._add(who, "indirect", a, b, p, (sa, sb), text[sa:ca], said, None)
                at = sb
                while at < end and text[at].isspace():
                    at += 1
            if len(text[at:end].split()) >= 3:
                self._add(speaker, "direct", at, end, p, (p.start, p.end), region, dates, None)
        self.discourse.note(speaker.name, speaker.kind, speaker.mention)
        said = self.found[-1].statement
        if said.said_on is None and not said.said_on_evidence and self.dating.interview_date:
            # An answer in an interview the article says was held on a given day.
            said.said_on, said.said_on_precision = self.dating.interview_date[0], DAY
            said.said_on_evidence = f"the interview's date: {self.dating.interview_date[1]}"
