"""The extraction pipeline: layout → clean → formats → publication date → segment → quotes and
frames → speakers → dates → events (see README.md for each stage's module, input and output).

`extract` runs the article-level stages and hands the body paragraphs to `_Reader`, which reads
them in order: per paragraph, a transcript turn / speech / quote-list block (formats), else
sentences with their quotations (direct statements) and reporting verbs (indirect ones), each
attributed through `speakers.Discourse` and dated through `dates.resolve`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from . import clean
from .actors import GROUP, MEDIA, ActorIndex, Mention, normalise_quotes
from .dates import (
    DAY,
    UNKNOWN,
    DateMention,
    earlier_unspecified,
    entry_heading,
    find_dates,
    interview_held,
    issued_document,
    metadata_years,
    numeric_order,
    resolve,
    url_date,
    weekday_header,
)
from .dates import dateline as find_dateline
from .dates import header_date as find_header_date
from .dates import publication_date as infer_publication_date
from .events import EventIndex, link_events
from .formats import Layout, interviewee_span, read_layout, short_claim
from .layout import unwrap
from .lexicon import words
from .quotes import (
    AFTER_ATTRIBUTION,
    BEFORE_ATTRIBUTION,
    DASH_NAME,
    LEAD_ADVERB,
    NAME_COLON,
    NP_PARTICIPLE,
    SECOND_ING,
    VERB,
    VERDICT_ING,
    Hit,
    coordinated_clauses,
    cut_trailing,
    looks_like_clause,
    quoted_fragment,
    verb_hits,
)
from .results import (
    ARTICLE_DATE_EVIDENCE,
    NEWEST_DATE_EVIDENCE,
    ArticleExtraction,
    ExtractedStatement,
    Gazetteer,
)
from .roles import body_of_official
from .sentences import QuoteSpan, quote_spans, sentences
from .speakers import Discourse, Speaker, could_be_a_speaker, group_name, new_actor_name

EXTRACTOR_VERSION = "1.8"

# Where a reporting clause's subject may begin: after these, a new clause starts.
_CLAUSE_BOUNDARY = re.compile(
    r"(?:[;:]\s+|,\s+(?:while|whereas|although|though|but|as|after|because|since|when|even\s+as|"
    r"and\s+(?=[A-Z]))\s+|\s+(?:while|whereas|although|though|as|after|because|since|when|"
    r"if|unless)\s+)",
)
_SPECIFICITY = {
    "iso": 0,
    "numeric": 0,
    "month_day": 1,
    "day_month": 1,
    "anaphoric": 2,
    "relative": 3,
}
_SOURCE_DOCUMENT = re.compile(
    r"\s*(?:an?|the)\s+(?:\w+\s+)?(?:statement|report|post|message|video|data|figures|estimate|"
    r"assessment|update|briefing|communiqu[ée]|release|readout)\s+(?:from|by|of|issued\s+by|published\s+by)\s+"
)
# "X reported this on Telegram", "X said this in a video address": the words before are X's.
_BACK_REFERENCE = re.compile(
    r"[^.;:“”\"]{3,120}?\s(?P<verb>reported|said|announced|wrote|stated|posted|confirmed)\s+"
    r"(?:this|it)\b(?!\s+(?:was|is|would|will|had|has|could)\b)[^“”\";:]{0,120}$"
)
_AS_REPORTED = re.compile(
    r"\bAs\s+(?P<x>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\s+(?:has\s+|had\s+)?(?:reported|reports)"
)
_LEADING_ADVERBIAL = re.compile(r"[^,;:“”\"]{3,80},\s+")
_DATELINE = re.compile(r"[A-Z][A-Z .'-]{2,40},[^.()]{0,40}?\(\w[\w ]{0,20}\)\s*[-–—]+\s*")
_LEADING_SUBORDINATOR = re.compile(
    r"(?:After|While|Although|Though|As|Because|Since|When|If|Unless|Whereas|Before|Once)\s+"
)
_STRONG_BOUNDARY = re.compile(
    r",\s+(?:while|whereas|although|though|but)\s+|;\s+|\s+as\s+(?=(?:he|she|they|we)\s+[a-z]+)"
    # "said A but his spokesman said B": a new subject and its own reporting verb.
    # "said A, after Trump called for B": the narrator's "after" clause has a report of its own.
    r"|,\s+(?:(?:hours|days|weeks|shortly|just|a\s+day)\s+)?after\s+"
    r"|\s+after\s+(?=(?:[\w’'.-]+\s+){1,6}?(?:said|says|demanded|called|urged|announced|told|warned|"
    r"claimed|insisted)\b)"
    r"|\s+but\s+(?=(?:his|her|its|their|the|a|an)\s+(?:[\w’'.-]+\s+){0,3}?(?:said|says|told|added)\b)"
)
_PLATFORMS = (
    r"YouTube|Telegram|Truth\s+Social|Twitter|Facebook|Instagram|TikTok|VKontakte|VK|LinkedIn|"
    r"Threads|Weibo|WhatsApp|Rumble|Substack|X"
)
_VIA_PATTERNS = [
    # "told state news agency TASS", "in an interview with Ukrainian outlet Liga.net"
    re.compile(
        r"\b(?:told|speaking\s+to|in\s+(?:an?\s+)?(?:interview|comments)\s+(?:with|to))\s+(?:the\s+)?"
        r"(?:[\w-]+\s+){0,3}?(?:news\s+agency|agency|outlet|newspaper|broadcaster|channel|television|"
        r"TV|website|magazine|daily|radio|station)\s+(?P<x>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})"
    ),
    re.compile(r"\bas\s+(?:quoted|reported|cited)\s+by\s+(?P<x>.{2,60})"),
    re.compile(
        r"\b(?:in|during)\s+(?:an?|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:interview|conversation|talk|comments?|"
        r"statement|article|op-ed|column|essay|remarks)\s+(?:with|to|for|in|on|published\s+(?:by|in))\s+"
        r"(?:(?:his|her|their|its|the)\s+)?(?:[a-z][\w-]*\s+){0,3}(?P<x>[A-Z].{1,60})"
    ),
    re.compile(
        r"\baccording\s+to\s+(?:an?|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:interview|article|post|statement)"
        r"\s+(?:with|to|in|on|by)\s+(?:(?:his|her|their|its|the)\s+)?(?:[a-z][\w-]*\s+){0,3}(?P<x>[A-Z].{1,60})"
    ),
    re.compile(
        rf"\b(?:on|via|in\s+a\s+post\s+on|in\s+a\s+\w+\s+on|wrote\s+on|posted\s+on|through)\s+"
        rf"(?:(?:his|her|their|its|the|an?)\s+)?(?:official\s+|personal\s+)?[“\"]?(?P<p>{_PLATFORMS})(?![\w-])"
    ),
    re.compile(
        rf"\b(?P<p>{_PLATFORMS})(?:[’'”\"]?)\s+(?:channel|account|page|platform|post|video|blog)\b"
    ),
    re.compile(
        r"\b(?:conference|forum|event|summit|briefing|meeting|panel)\s+(?:organi[sz]ed|hosted|held)\s+by\s+(?P<x>[A-Z].{1,60})"
    ),
    re.compile(
        r"\b(?:told|speaking\s+to|in\s+comments\s+to|said\s+to)\s+(?P<m>(?:the\s+)?[A-Z].{1,60})"
    ),
]
# After "X, he said," the rest of the sentence's predicate ("..., was ready to talk").
_PARENTHETICAL_REST = re.compile(
    r",\s+(?:(?:was|were|is|are|would|will|had|has|have|could|can|should|must|might|may|did|does|"
    r"do|remained|remains|wanted|wants|needed|needs)\b|[a-z]+ed\s)"
)
# Reporting verbs that, joined by "and" to an earlier one, start a statement of their own.
_COORDINATED_VERBS = frozenset(
    words(
        "urged called accused warned insisted stressed denied dismissed rejected demanded appealed added "
        "said claimed stated noted wrote told"
    )
)
# ", who spoke on condition of anonymity," between a subject and its verb.
_RELATIVE_BEFORE_VERB = re.compile(r",\s+(?:who|whose|which|whom)\s+[^,;:“”\"]{3,140},\s*$")
_LINK_BEFORE_QUOTE = re.compile(
    r"(?:,\s*|\s+)(?:and\s+)?(?:adding|saying|added|said|he\s+added|she\s+added)\s*[,:]?\s*$"
)
_QUOTED_AS_SAYING = re.compile(
    r"\s*,?\s*(?P<via>[^,.;:“”\"!?]{1,80}?)\s+quoted\s+(?P<who>him|her|them|"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+as\s+saying\b"
)
_ONE_OF_THEM = re.compile(
    r"(?:one|another|a\s+(?:second|third|fourth))(?:\s+(?:senior\s+|western\s+|other\s+)?"
    r"(?P<noun>diplomat|official|source|analyst|resident|soldier|officer|expert|lawmaker|"
    r"negotiator|commander))?(?:\s+(?:said|added|told\s+\w+))?",
    re.IGNORECASE,
)
_GROUP_PHRASE = re.compile(
    r"(?:[A-Z][\w.-]*\s+)?(?:(?:senior|western|other|several|two|three|some|many)\s+)*"
    r"(?:[A-Z][\w.-]*\s+)?(?P<noun>diplomats|officials|sources|analysts|residents|soldiers|"
    r"officers|experts|lawmakers|negotiators|commanders)\b"
)
_THE_SOURCE = re.compile(r"(?:the|that|this)\s+(?P<noun>source|official|diplomat|insider)", re.I)
_A_SOURCE = re.compile(
    r"\b[Aa]n?\s+(?:[A-Z][\w.-]*\s+|[a-z][\w-]*\s+){1,4}?(?P<noun>source|official|diplomat|insider)\b"
)
_AND_BEFORE = re.compile(r",?\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$")
_NOT_A_CHANNEL = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|"
    r"Oct|Nov|Dec)\b"
)
# What may follow a trailing "..., X said" up to the next comma: when, where, how.
_ADVERBIAL_TAIL = re.compile(
    r"\s*(?:on|in|at|during|via|through|to|from|after|before|late|early|last|this|earlier|later|"
    r"yesterday|today|tonight|overnight|also|again|then|separately|recently|previously|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\s*(?:[.!?;:)”\"]|$)"
)
_LEADING_THAT = re.compile(
    r"that\s+(?=(?:the|a|an|it|its|he|she|they|we|I|there|his|her|their|[A-Z])\b)"
)
_STAGE_DIRECTION = re.compile(
    r"\s*\((?:[Tt]hrough|[Vv]ia|[Ss]peaking|[Ll]aughter|[Cc]rosstalk|[Nn]on-)[^)]{0,40}\)\s*"
)
# "Source: Yusov on the national newscast" and "Quote from Yusov: "..."" (Ukrainian outlets).
_SOURCE_LINE = re.compile(r"^[^\w\n]*Source\s*:[ \t]*(?P<who>[^\n]{2,120})", re.MULTILINE)
_QUOTE_LABEL = re.compile(
    r"\W*(?:Quote|Quotation)(?:\s+(?:from|by)\s+(?P<who>[^:\n]{2,60}?))?\s*:\s*"
)
_COLON_TAG = re.compile(
    r"(?P<claim>[^:“”\"]{25,}?):\s+(?P<who>(?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'-]*)\s*\.?\s*"
)
# Where the words after a trailing "..., X said on Monday" end: a comma or a dash.
_TAIL_END = re.compile(r",|\s[–—]\s")
# "... has said in an interview aired by X": where and how it was said, not a clause.
_MEDIUM_TAIL = re.compile(
    r"\s*(?:in|on|at|during|to|via|through)\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}"
    r"(?:interview|statement|video|post|address|speech|briefing|conversation|appearance|message|"
    r"comments?|remarks|broadcast|programme|program|show)\b"
)
_THE_GROUP = re.compile(
    r"(?:the|these|those)\s+(?P<noun>diplomats|officials|sources|analysts|residents|soldiers|"
    r"officers|experts|lawmakers|negotiators|commanders)",
    re.IGNORECASE,
)
_THE_DOCUMENT = re.compile(
    r"(?:the|that|this)\s+(?:statement|report|post|message|communiqu[ée]|readout|release|update)",
    re.IGNORECASE,
)
_AFTER_ATTRIBUTION_CLAUSE = re.compile(
    r"\b(?:said|says|told|added|wrote|stated|claimed|noted)\b[^,.;]{0,60},\s+(?!(?:on|in|at)\s)"
)
_LIST_ITEM = re.compile(r"\s*[-–—•*·]\s")
_WHOSE = re.compile(r",\s*whose\b")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|we|We|my|My|our|Our|me|us)\b")


_METADATA_LINE = re.compile(
    r"\W*(?:published|updated|posted|first\s+published|last\s+updated|date)\b", re.IGNORECASE
)
_FULL_DATELINE = re.compile(
    r"[A-Z][A-Za-z .'’-]{2,40},\s*(?:\w+\s+){0,1}\d{1,2}\s+\w+\.?,?\s+\d{4}\b"
    r"|[A-Z][A-Za-z .'’-]{2,40},\s*\w+\.?\s+\d{1,2},?\s+\d{4}\b"
)
_CAP_RUN = re.compile(r"(?:The\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+)?[A-Z][\w’'.&-]*){0,4}")


@dataclass
class _Found:
    statement: ExtractedStatement
    paragraph: int
    sentence: tuple[int, int]
    region: str  # the attribution words (sentence minus the statement's own words)
    region_dates: list[tuple[DateMention, object]] = field(default_factory=list)
    explicit_via: bool = False
    sourced_only: bool = False  # "according to X": a claim on record, not an utterance that day


_INDEX_CACHE: dict[int, tuple[Gazetteer, ActorIndex, list]] = {}


def _index_for(gazetteer: Gazetteer) -> tuple[ActorIndex, list]:
    cached = _INDEX_CACHE.get(id(gazetteer))
    if cached is None or cached[0] is not gazetteer:
        cached = (gazetteer, ActorIndex(gazetteer), EventIndex(gazetteer.events))
        _INDEX_CACHE[id(gazetteer)] = cached
    return cached[1], cached[2]


def extract_document(document, *, gazetteer: Gazetteer) -> ArticleExtraction:
    """Extract from a read document (`statements.documents.Document`, or anything with `text`,
    `published`, `outlet`, `url` and `title`): its trusted metadata goes to `extract`."""
    return extract(
        document.text,
        gazetteer=gazetteer,
        published=getattr(document, "published", None),
        outlet=getattr(document, "outlet", "") or "",
        url=getattr(document, "url", "") or "",
        title=getattr(document, "title", "") or "",
        published_evidence=getattr(document, "published_evidence", "") or "",
    )


def extract(
    text: str,
    *,
    gazetteer: Gazetteer,
    published: dt.date | None = None,
    outlet: str = "",
    url: str = "",
    title: str = "",
    published_evidence: str = "",
) -> ArticleExtraction:
    """Find the statements in one article's text.

    `published`, `outlet`, `url` and `title` are metadata the caller trusts (a sidecar, a
    page's own metadata): `published` anchors every relative date; the outlet is who speaks
    in "according to <outlet>'s sources"."""
    original = text
    text = unwrap(text)  # same length: every offset below is one into the original
    index, events = _index_for(gazetteer)
    norm = normalise_quotes(text)
    paras = clean.paragraphs(text)
    body = [p for p in paras if p.label == clean.BODY]

    order = numeric_order(text)
    # The header's date: one written so it reads only one way ("July 12, 2023") beats an
    # ambiguous numeric one above it ("07/12/2023").
    headers = []
    for p in paras:
        if p.label == clean.BODY:
            break
        # A photo caption dates the photo, not the article.
        if _LIST_ITEM.match(text, p.start, p.end):
            continue  # "- Sputnik International, 25.02.2022": a teaser's or a menu's date
        if p.label != clean.CAPTION and (found := find_header_date(text, p.start, p.end, order)):
            headers.append(found)
    if not headers:
        # A "Published 14 Feb 2024" line that the page put below the story.
        headers = [
            found
            for p in paras
            if p.label != clean.CAPTION
            and _METADATA_LINE.match(text, p.start, p.end)
            and len(text[p.start : p.end].split()) <= 15
            if (found := find_header_date(text, p.start, p.end, order))
        ][:1]
    if len(headers) > 1 and any(not _bare_date_line(h[1]) for h in headers):
        # "Saturday, Jun 25, 2022" alone on a line is often the site's clock; a byline
        # ("DW, 27 May 2022") or a "Published ..." line dates the article itself.
        headers = [h for h in headers if not _bare_date_line(h[1])]
    header = next((h[:2] for h in headers if h[2]), headers[0][:2] if headers else None)
    if header is None and body and _FULL_DATELINE.match(text, body[0].start, body[0].end):
        # "MOSCOW, 10 November 2023 – ...": a dateline with its year.
        found = find_header_date(text, body[0].start, min(body[0].end, body[0].start + 80), order)
        if found:
            header = (found[0], text[body[0].start : body[0].start + 40].strip())
    if header is None:
        # "Sunday, April 14": a year-less header whose weekday tells the year.
        header = next(
            (
                found
                for p in paras
                if p.label != clean.BODY and p.label != clean.CAPTION
                if (found := weekday_header(text, p.start, p.end, today=dt.date.today()))
            ),
            None,
        )
    wire_dateline = find_dateline(text, body[0].start, body[0].end) if body else None
    copyright_years = tuple(
        y for p in paras if p.label != clean.BODY for y in metadata_years(text, p.start, p.end)
    )
    body_spans = [(p.start, p.end) for p in body]
    evidence_spans = [(p.start, p.end) for p in paras if p.label in (clean.BODY, clean.CAPTION)]
    event_hits = events.find(norm)
    event_dates = {}
    body_starts = [a for a, _ in body_spans]
    for start, keyword, event in event_hits:
        at = bisect.bisect_right(body_starts, start) - 1
        in_body = at >= 0 and start < body_spans[at][1]
        if in_body and (any(c.isupper() for c in keyword) or " " in keyword):
            event_dates.setdefault(event.slug, (event.starts_on, event.name))

    def event_start_for(phrase: str) -> dt.date | None:
        event = events.named_loosely(phrase)
        return event.starts_on if event else None

    pub = infer_publication_date(
        text,
        header=header,
        body_spans=body_spans,
        evidence_spans=evidence_spans,
        event_dates=list(event_dates.values()),
        event_start_for=event_start_for,
        today=dt.date.today(),
        dateline=wire_dateline,
        metadata_years=copyright_years,
        order=order,
    )
    warnings = list(pub.warnings)
    if published is None and pub.date is None and (from_url := url_date(url)):
        published, published_evidence = from_url, f"the date in the URL {url}"
    if published is not None:
        if pub.date and abs((pub.date - published).days) > 45:
            warnings.append(
                f"the given date {published.isoformat()} differs from the text's {pub.date.isoformat()}"
            )
        pub_date, pub_precision, pub_evidence = (
            published,
            DAY,
            published_evidence or "given by the caller",
        )
    else:
        pub_date, pub_precision, pub_evidence = pub.date, pub.precision, pub.evidence
    reference = pub_date
    if reference is None and pub.estimate is not None:
        reference = pub.estimate[0]
        pub_evidence += (
            f"; relative dates are counted from {pub.estimate[1]!r}, the newest date told"
        )

    reader = _Reader(text, norm, index, event_hits, reference)
    reader.estimated_reference = pub_date is None and reference is not None
    reader.order = order
    reader.page_text = " ".join(text[p.start : p.end] for p in paras if p.label != clean.BODY)
    reader.discourse.register_people(body_spans)
    reader.layout = read_layout(text, body)
    reader.transcript = reader.layout.transcript
    if reader.transcript or reader.layout.interview_questions:
        first_turn = min(reader.layout.turns, default=None)
        intro = [(p.start, p.end) for p in paras if first_turn is None or p.index < first_turn]
        reader.interviewee = reader.interviewee_in(intro)
    if reader.layout.speech_by is not None:
        reader.interviewee = reader.person_in(*reader.layout.speech_by)
        if reader.interviewee is None and reader.layout.quotes_from is not None:
            reader.interviewee = reader.interviewee_in([(p.start, p.end) for p in paras[:8]])
    if (held := interview_held(text, body_spans)) is not None:
        r = resolve(held, reference=reference, narrative=None)
        reader.interview_date = (r.date, held.text) if r.date and r.precision == DAY else None
    # A live blog's "February 27, 2022" lines between entries; when there are such lines among
    # the entries, the one just above the first entry heads it too.
    first_body = body[0].index if body else len(paras)
    headings = [
        p.index
        for p in paras
        if p.label == clean.HEADLINE and entry_heading(text, p.start, p.end) is not None
    ]
    if any(i > first_body for i in headings):
        headings = [i for i in headings if i > first_body] + [
            i for i in headings if i < first_body
        ][-1:]
    else:
        headings = []
    for p in paras:
        if p.label == clean.BODY:
            reader.paragraph(p)
        elif p.index in headings:
            reader.entry_heading(p)
    statements = reader.finish()
    for s in statements:
        s.text = original[s.start : s.end]
    return ArticleExtraction(
        published=pub_date,
        published_precision=pub_precision if pub_date else UNKNOWN,
        published_evidence=pub_evidence,
        warnings=warnings,
        statements=statements,
        title=clean.title_of(text, paras),
    )


class _Reader:
    """Reads the body paragraphs in order, keeping the discourse and date context."""

    def __init__(self, text, norm, index: ActorIndex, events, reference: dt.date | None):
        self.text = text
        self.norm = norm
        self.index = index
        self.events = sorted(events, key=lambda e: e[0])
        self.reference = reference
        self.page_text = ""  # the page around the article: header, byline, footer
        self.order = "dmy"  # how the article writes slashed dates (dates.numeric_order)
        self.discourse = Discourse(index, text, reference=reference)
        self.found: list[_Found] = []
        self.narrative: dt.date | None = None
        self.entry_date: tuple[dt.date, str] | None = None  # a timeline entry's heading date
        self.interview_date: tuple[dt.date, str] | None = None  # "interview was conducted on"
        # Set again for each paragraph (here too, for a transcript turn read before any prose).
        self.para_date: tuple[dt.date, str] | None = None
        self.person_dates: dict[str, tuple[dt.date, str]] = {}
        self.para_undated = False
        self.same_year: int | None = None
        self.previous_plain = None  # the last sentence that held no statement, with its dates
        self.pending_intro: Speaker | None = None  # "X said:" ending the previous paragraph
        self.last_para_direct: Speaker | None = None  # speaker of a quote ending the paragraph
        self.transcript = False  # a broadcast transcript: "NAME: words" turns
        self.transcript_speaker: Speaker | None = None  # whose turn runs on
        self.quote_runs_on: Speaker | None = None  # a labelled quotation left open at its end
        self.transcript_people: dict[str, str] = {}  # surname label -> the full name
        self.layout = Layout()  # transcript turns, Q&A, a published speech (formats.py)
        self.interviewee: Speaker | None = None  # whose answers / speech the layout holds
        self.estimated_reference = False  # the reference is the newest date told, not the header

    # --- paragraphs -------------------------------------------------------------------------

    def paragraph(self, p: clean.Paragraph) -> None:
        if self.transcript:
            p = self._transcript_turn(p)
            if p is None:
                return
        elif self._block_turn(p):
            return
        text = self.text
        quotes = quote_spans(text, p.start, p.end)
        sents = sentences(text, p.start, p.end, quotes)
        self.para_date: tuple[dt.date, str] | None = None
        self.entry_heading(p)
        # A weekday or relative date told of someone ("X spoke at the conference last
        # Saturday"): it dates that person's words later in the paragraph.
        self.person_dates: dict[str, tuple[dt.date, str]] = {}
        self.para_undated = False
        previous_direct = self.last_para_direct
        intro = self.pending_intro
        self.pending_intro = None
        self.last_para_direct = None
        sentence_speaker: Speaker | None = None
        speakers_para: list[Speaker] = []
        for si, (sa, sb) in enumerate(sents):
            sq = [q for q in quotes if sa <= q.open < sb]
            dates = self._sentence_dates(sa, sb, quotes)
            consumed: list[tuple[int, int]] = []
            speakers_here: list[Speaker] = []
            for q in sq:
                words = len(text[q.start : q.end].split())
                speaker, mention_note, verb_span = self._direct_attribution(q, sa, sb, si, sents, p)
                if verb_span and quoted_fragment(text, verb_span, q, sb):
                    continue  # 'said "some aspects" of it "can be viewed positively"': mixed
                if speaker is None and speakers_para and q.open == sa > p.start:
                    last = speakers_para[-1]
                    speaker = Speaker(last.name, "(continuation)", last.kind, -1, -1)
                if speaker is None and q.open == p.start:
                    carried = previous_direct or intro
                    if carried is not None and (carried.name or carried.mention):
                        # A quotation run on over paragraphs: the words are the same speaker's,
                        # named or not ("the leaders said: "A. / "B.").
                        speaker = Speaker(carried.name, "(continuation)", carried.kind, -1, -1)
                if speaker is None or words < 2 or (words < 3 and verb_span is None):
                    continue
                a, b = q.start, q.end
                while a < b and text[a].isspace():
                    a += 1
                if b <= a:
                    continue
                consumed.append((q.open, q.outer_end))
                if verb_span:
                    consumed.append(verb_span)
                region = _minus(text, sa, sb, [(q.open, q.outer_end)])
                self._add(speaker, "direct", a, b, p, (sa, sb), region, dates, mention_note)
                speakers_here.append(speaker)
                self.last_para_direct = speaker
            for q in quotes:
                if q.closed and sa <= q.open < sb:
                    continue
                if q.open < sa and q.end > sa and not q.closed:
                    consumed.append((sa, min(sb, q.end)))
            direct_here = list(speakers_here)
            speakers_para.extend(direct_here)
            spoke = self._indirect(
                sa, sb, p, consumed, quotes, dates, (direct_here or [sentence_speaker])[-1]
            )
            if not spoke and not direct_here and (tagged := self._colon_tag(sa, sb, p, dates)):
                spoke = [tagged]
            speakers_here.extend(spoke)
            # "X insisted that A. "B."": a bare quotation after X's report is X's too.
            speakers_para.extend(s for s in spoke if s.name)
            if spoke:
                # "X told the BBC that A." then a paragraph that is one bare quotation: X's
                # words, when X is a person the article named and the report ends the paragraph.
                last = spoke[-1]
                ends = sb >= p.end - 1 and len(spoke) == 1
                named = last.name and self.discourse.kind_of(last.name) == "person"
                self.last_para_direct = last if ends and named else None
            if not speakers_here and (back := self._back_reference(sa, sb, p, dates)):
                speakers_here.append(back)
            self.previous_plain = None if speakers_here else (sa, sb, p, dates)
            if text[sa:sb].rstrip().endswith(":"):
                intro = self._intro_speaker(sa, sb) or intro
                if sb >= p.end - 1:
                    self.pending_intro = intro
            if speakers_here:
                sentence_speaker = speakers_here[0]
                for s in speakers_here:
                    self.discourse.note(s.name, s.kind, s.context)
            else:
                self._note_subject(sa, sb, quotes)
            if quotes and not quotes[-1].closed and quotes[-1].open >= sa and speakers_here:
                self.quote_runs_on = self.last_para_direct  # 'X said: "A.' then 'B."'
            self._advance_narrative(
                dates,
                [m.actor for m in self.discourse.mentions(sa, sb) if m.actor]
                if any(d.kind in ("weekday", "relative") for d, _ in dates)
                else [],
            )

    def entry_heading(self, p: clean.Paragraph) -> None:
        """ "February 21: ..." or a "February 21, 2022" line: a timeline's or live blog's entry,
        whose words are dated so until the next heading."""
        if (head := entry_heading(self.text, p.start, p.end)) is not None:
            r = resolve(head, reference=self.reference, narrative=self.narrative)
            self.entry_date = (r.date, head.text) if r.date and r.precision == DAY else None

    # --- broadcast transcripts ("NAME: words", "NAME, HOST: words") -----------------------------

    def _transcript_turn(self, p: clean.Paragraph) -> clean.Paragraph | None:
        """A speaker's turn in a transcript is a direct statement of theirs; a host's, anchor's,
        reporter's or interviewer's turn is narration, read as prose. Returns the prose left."""
        text = self.text
        turn = self.layout.turns.get(p.index)
        if turn is None:
            running = self.transcript_speaker
            speech = _FIRST_PERSON.search(text, p.start, p.end) and not re.search(
                r"[“”\"]", text[p.start : p.end]
            )
            if running is not None and speech:
                self._turn_statement(running, p.start, p)
                return None
            self.transcript_speaker = None
            return p
        if turn.asks:
            self.transcript_speaker = None
            return (
                clean.Paragraph(turn.start, p.end, p.label, p.index) if turn.start < p.end else None
            )
        name = turn.label
        if re.fullmatch(r"(?i:a|answer)", name):
            speaker = self.interviewee
            if speaker is None or not speaker.name:
                return None
        else:
            surname = name.split()[-1]
            shown = " ".join(w.capitalize() if w.isupper() else w for w in name.split())
            shown = re.sub(r"(?<=[-'’])[a-z]", lambda m: m.group().upper(), shown)
            full = self.transcript_people.get(surname.upper()) if len(name.split()) == 1 else None
            canonical = self.index.lookup(full or shown) or full or shown
            if len(name.split()) > 1:
                self.transcript_people[surname.upper()] = canonical
            kind = self.index.kind_of(canonical) if canonical in self.index.entries else "person"
            speaker = Speaker(canonical, shown, kind, p.start, p.start + len(name))
        self.transcript_speaker = speaker
        self._turn_statement(speaker, turn.start, p)
        return None

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
        name = max(counts, key=lambda n: counts[n])
        m = first[name]
        return Speaker(name, m.surface, "person", m.start, m.end, m.known)

    def _listed_quote(self, p: clean.Paragraph, speaker: Speaker) -> bool:
        """A paragraph of a list of someone's quotes: a bare quotation is theirs, and so is a
        paragraph mixing the narrator's words with theirs when no one else is said to say it.
        A paragraph without quotation marks ends the list."""
        text = self.text
        quotes = quote_spans(text, p.start, p.end)
        if not quotes:
            self.layout.quotes_from = None
            return False
        self.pending_intro = speaker  # '"...," he said': read as prose, "he" is the speaker
        self.last_para_direct = speaker
        first = quotes[0]
        if VERB.search(_minus(text, p.start, p.end, [(q.open, q.outer_end) for q in quotes])):
            return False
        end = p.end
        while end > p.start and text[end - 1].isspace():
            end -= 1
        if len(quotes) == 1 and first.open == p.start and first.outer_end >= end:
            start, stop, kind = first.start, first.end, "direct"
        else:
            start, stop, kind = p.start, end, "mixed"
        if len(text[start:stop].split()) < 4:
            return False
        dates = self._sentence_dates(p.start, p.end, quotes)
        region = _minus(text, p.start, p.end, [(start, stop)])
        self._add(speaker, kind, start, stop, p, (p.start, p.end), region, dates, None)
        return True

    def _is_person(self, m: Mention) -> bool:
        kind = self.discourse.kind_of(m.actor or "") if m.known else m.kind
        return kind == "person"

    def person_in(self, a: int, b: int) -> Speaker | None:
        """The last person text[a:b] names ("Ukrainian President Volodymyr Zelensky")."""
        people = [m for m in self.discourse.mentions(a, b) if m.actor and self._is_person(m)]
        if not people:
            return None
        m = people[-1]
        self.discourse.remember_new(m)
        return Speaker(m.actor, m.surface, "person", m.start, m.end, m.known)

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
            source = sources[-1]
            speaker = self.person_in(source.start("who"), source.end("who"))
        if label.group("who"):
            named = self.discourse.subject(label.start("who"), label.end("who"))
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
        dates = self._sentence_dates(p.start, p.end, quotes)
        region = _minus(text, p.start, p.end, [(start, end)])
        self._add(speaker, "direct", start, end, p, (p.start, p.end), region, dates, None)
        self.discourse.note(speaker.name, speaker.kind, speaker.mention)
        if quotes and not quotes[-1].closed:
            self.quote_runs_on = speaker
        return True

    def _quote_ends_here(self, p: clean.Paragraph, speaker: Speaker) -> bool:
        """The paragraph after one whose quotation ran on unclosed, with no opening mark of its
        own and the closing mark at its end: the rest of the same quotation."""
        text = self.text
        end = p.end
        while end > p.start and text[end - 1].isspace():
            end -= 1
        marks = re.findall(r"[“”«»\"]", text[p.start : end])
        if end <= p.start or len(marks) != 1 or marks[0] not in '"”»' or text[end - 1] != marks[0]:
            return False
        body_end = end - 1
        while body_end > p.start and text[body_end - 1] in " .":
            body_end -= 1
        if len(text[p.start : body_end].split()) < 4:
            return False
        dates = self._sentence_dates(p.start, p.end, [])
        self._add(speaker, "direct", p.start, end - 1, p, (p.start, p.end), "", dates, None)
        return True

    def _block_turn(self, p: clean.Paragraph) -> bool:
        """A paragraph of a published speech, or an answer in an unlabelled interview: the
        whole paragraph is the speaker's. Returns whether it was taken."""
        runs_on, self.quote_runs_on = self.quote_runs_on, None
        if runs_on is not None and self._quote_ends_here(p, runs_on):
            return True
        if self._labelled_quote(p):
            return True
        layout, speaker = self.layout, self.interviewee
        if speaker is None or not speaker.name:
            return False
        if layout.quotes_from is not None and p.index > layout.quotes_from:
            return self._listed_quote(p, speaker)
        if layout.speech_from is not None and p.index > layout.speech_from:
            self._turn_statement(speaker, p.start, p)
            return True
        if layout.interview_questions and p.index not in layout.interview_questions:
            asked = [q for q in layout.interview_questions if q < p.index]
            opens_quote = self.text[p.start : p.start + 1] in ("“", '"', "«")
            if asked and not opens_quote:
                self._turn_statement(speaker, p.start, p)
                return True
        return False

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
        region = text[p.start : start]
        dates = self._sentence_dates(p.start, start, [])
        self._add(speaker, "direct", start, end, p, (p.start, p.end), region, dates, None)
        self.discourse.note(speaker.name, speaker.kind, speaker.mention)
        said = self.found[-1].statement
        if said.said_on is None and not said.said_on_evidence and self.interview_date:
            # An answer in an interview the article says was held on a given day.
            said.said_on, said.said_on_precision = self.interview_date[0], DAY
            said.said_on_evidence = f"the interview's date: {self.interview_date[1]}"

    def _back_reference(self, sa, sb, p, dates) -> Speaker | None:
        """ "X reported this on Telegram": the sentence before, which no one was said to say,
        is X's statement."""
        previous = self.previous_plain
        m = _BACK_REFERENCE.match(self.text, sa, sb)
        if previous is None or not m:
            return None
        speaker = self._subject_before(sa, m.start("verb"), m.group("verb"))
        if speaker is None or not speaker.name:
            return None
        pa, pb, pp, pdates = previous
        start = pa
        lead = _LEADING_ADVERBIAL.match(self.text, pa, pb)
        if lead and any(lead.start() <= d.start < lead.end() for d, _ in pdates):
            start = lead.end()  # "Overnight and on the morning of March 22, <statement>"
        end = cut_trailing(self.text, start, pb)
        if len(self.text[start:end].split()) < 4 or not looks_like_clause(self.text[start:end]):
            return None
        region = self.text[sa:sb] + " " + self.text[pa:start]
        self._add(speaker, "indirect", start, end, pp, (pa, pb), region, pdates, None)
        return speaker

    # --- direct quotes ----------------------------------------------------------------------

    def _direct_attribution(self, q: QuoteSpan, sa, sb, si, sents, p):
        text = self.text
        unresolved = None
        if q.closed and (m := _QUOTED_AS_SAYING.match(text, q.outer_end, sb)):
            # '"...," his spokesman X quoted him as saying': the words are the leader's.
            who = m.group("who")
            if who.lower() in ("him", "her", "them"):
                speaker = self.discourse.pronoun(who, m.start("who"), m.end("who"))
            else:
                speaker = self.discourse.subject(m.start("who"), m.end("who"))
            relay = self.discourse.subject(m.start("via"), m.end("via"))
            if speaker is not None and (speaker.name or _unresolved_speaker(speaker)):
                return speaker, relay.name if relay else None, (q.outer_end, m.end())
        if q.closed:
            limit = sb
            if (
                text[q.end - 1 : q.end] in ("!", "?")
                and q.outer_end >= sb - 1
                and si + 1 < len(sents)
            ):
                # '"Russian troops are shelling Kherson!" Prokudin wrote.': the exclamation
                # ended the sentence, the attribution follows in the next one.
                limit = sents[si + 1][1]
            m = AFTER_ATTRIBUTION.match(text, q.outer_end, limit)
            subject = m and (m.group("subj2") or m.group("subj") or "").strip()
            if subject and (one := _ONE_OF_THEM.fullmatch(subject)):
                # '"...," said one, who asked not to be named': one of the group named before.
                group = self._last_group(one.group("noun"), q.open)
                if group is not None:
                    return group, None, (q.outer_end, m.end())
            if m:
                if m.group("subj") is not None:
                    seg_a, seg_b = m.start("subj"), m.end("subj")
                    verb_span = (q.outer_end, m.end())
                else:
                    seg_a, seg_b = m.start("subj2"), m.end("subj2")
                    verb_span = (q.outer_end, m.end())
                subject = text[seg_a:seg_b]
                # A name, or a name with an apposition ("X, the head of the agency,").
                if len(subject.split(",")[0].split()) <= 8 and len(subject.split()) <= 20:
                    speaker = self.discourse.subject(seg_a, seg_b)
                    if speaker and speaker.name:
                        return speaker, None, verb_span
                    if _unresolved_speaker(speaker):
                        # '"...," she said': a quote with a reporting frame is a statement
                        # even when no one it could be is in sight.
                        unresolved = (speaker, None, verb_span)
        m = BEFORE_ATTRIBUTION.search(text, sa, q.open)
        if m:
            speaker = self._subject_before(sa, m.start("verb"), m.group("verb"))
            if speaker and speaker.name:
                return speaker, None, (m.start("verb"), m.end())
            if unresolved is None and _unresolved_speaker(speaker):
                unresolved = (speaker, None, (m.start("verb"), m.end()))
        tag = DASH_NAME.fullmatch(text, q.outer_end, sb) if q.closed else None
        tag = tag or NAME_COLON.fullmatch(text, sa, q.open)
        if tag is not None:
            # "Zelensky: “...”", "“...” — Zelensky.": a known name tags the quotation.
            speaker = self.discourse.subject(tag.start("who"), tag.end("who"))
            if (
                speaker is not None
                and speaker.name
                and speaker.known
                and self.discourse.kind_of(speaker.name) == "person"
            ):
                return speaker, None, (tag.start(), tag.end())
        if si > 0:
            pa, pb = sents[si - 1]
            prev = text[pa:pb].rstrip()
            m = re.search(r"\b(\w+)[.:]$", prev)
            # '... Rubio said. "<quote>"': only a quote that opens the sentence runs on from it.
            opens = not text[sa : q.open].strip() or prev.endswith(":")
            if m and opens and VERB.fullmatch(m.group(1)):
                speaker = self._subject_before(pa, pb - len(m.group()), m.group(1))
                if speaker and speaker.name:
                    return speaker, None, None
        return unresolved or (None, None, None)

    def _referred(self, speaker: Speaker | None, at: int) -> Speaker | None:
        """An unresolved subject that refers back: "the officials" to the last group of
        officials the article named, "the statement" to the last body or person that spoke."""
        if speaker is None or speaker.name is not None:
            return speaker
        mention = speaker.mention.strip()
        if the := _THE_SOURCE.fullmatch(mention):
            # "the official said" after "a senior defense official said": the same one.
            return self._last_source(the.group("noun"), at) or speaker
        if group := _THE_GROUP.fullmatch(mention):
            # "the officials" after "two Ukrainian officials had confirmed ...".
            return self._last_group(group.group("noun").rstrip("s"), at) or speaker
        if _THE_DOCUMENT.fullmatch(mention):
            # "the statement said": the words of whoever issued it.
            if self.discourse.salient:
                last = self.discourse.salient[-1]
                return Speaker(last.name, mention, last.kind, speaker.start, speaker.end)
            bodies = [
                m
                for m in self.index.known_mentions(self.norm, max(0, at - 3000), at)
                if self.index.kind_of(m.actor or "") == "organisation"
            ]
            if bodies:
                return Speaker(
                    bodies[-1].actor, mention, "organisation", speaker.start, speaker.end
                )
        return speaker

    def _last_group(self, noun: str | None, before: int) -> Speaker | None:
        """The unnamed group an article last spoke of ("EU diplomats were less charitable"),
        whose members "one" and "another diplomat" are."""
        window = max(0, before - 2000)
        named = None
        for m in _GROUP_PHRASE.finditer(self.text, window, before):
            fits = noun is None or m.group("noun").startswith(noun.lower())
            if fits and (name := group_name(m.group())):
                named = (name, m)  # the last one that names its side ("Ukrainian officials")
        if named is None:
            return None
        name, last = named
        return Speaker(name, last.group(), GROUP, last.start(), last.end(), False)

    def _last_source(self, noun: str, before: int) -> Speaker | None:
        """The single unnamed source the article last introduced ("a Ukrainian security
        source"), whom a later "the source" means."""
        last = None
        for m in _A_SOURCE.finditer(self.text, max(0, before - 2000), before):
            if m.group("noun").lower() == noun.lower():
                last = m
        if last is None:
            return None
        if body := body_of_official(last.group(), self.index):
            return Speaker(body, last.group(), "organisation", last.start(), last.end())
        if not (name := group_name(last.group())):
            return None
        return Speaker(name, last.group(), GROUP, last.start(), last.end(), False)

    def _subject_before(self, sa: int, verb_start: int, verb: str) -> Speaker | None:
        seg = self._segment_start(sa, verb_start)
        leftmost = verb.startswith(("saying", "adding", "writing", "by "))
        speaker = self.discourse.subject(seg, verb_start, leftmost=leftmost)
        if (speaker is None or speaker.name is None) and (
            rel := _RELATIVE_BEFORE_VERB.search(self.text, seg, verb_start)
        ):
            speaker = self.discourse.subject(seg, rel.start(), leftmost=leftmost) or speaker
        if speaker is None and seg > sa:
            speaker = self.discourse.subject(sa, seg, leftmost=True)
        return speaker

    def _segment_start(self, sa: int, verb_start: int) -> int:
        lead = _LEADING_SUBORDINATOR.match(self.text, sa, verb_start)
        start = lead.end() if lead else sa
        for m in _CLAUSE_BOUNDARY.finditer(self.text, sa, verb_start):
            start = m.end()
        return start

    def _intro_speaker(self, sa: int, sb: int) -> Speaker | None:
        """The speaker of a sentence that ends in a colon, introducing a quotation."""
        first = VERB.search(self.text, sa, sb)
        return self._subject_before(sa, first.start(), first.group("verb")) if first else None

    def _colon_tag(self, sa, sb, p, dates) -> Speaker | None:
        """ "Russia has lost 2,800 troops in its invasion: Deputy Defence Minister Hanna Malyar."
        A claim tagged with its source after a colon, as headlines and live blogs write."""
        m = _COLON_TAG.fullmatch(self.text, sa, sb)
        if m is None or not looks_like_clause(m.group("claim")):
            return None
        speaker = self.discourse.subject(m.start("who"), m.end("who"))
        if speaker is None or not speaker.name or not speaker.known and speaker.kind != "person":
            return None
        start, end = m.start("claim"), cut_trailing(self.text, m.start("claim"), m.end("claim"))
        region = self.text[m.end("claim") : sb]
        self._add(speaker, "indirect", start, end, p, (sa, sb), region, dates, None)
        return speaker

    # --- indirect statements ----------------------------------------------------------------

    def _indirect(self, sa, sb, p, consumed, quotes, dates, sentence_speaker) -> list[Speaker]:
        text = self.text
        inside_quote = [(q.start, q.end) for q in quotes]

        def blocked(pos: int) -> bool:
            return any(a <= pos < b for a, b in consumed) or any(
                a <= pos < b for a, b in inside_quote
            )

        hits = [
            h
            for h in verb_hits(text, sa, sb)
            if not blocked(h.verb_start)
            # "X, which had threatened to veto ..., did not": the narrator's background.
            and not (h.form == "inclusive" and _in_relative_clause(text, sa, h.verb_start))
            # "X, whose office had denied the report, said ...": a possessive relative is the
            # narrator's background on X, never X's report.
            and not _WHOSE.match(text, max(sa, text.rfind(",", sa, h.verb_start)), sb)
        ]
        hits.extend(self._trailing_hits(sa, sb, blocked))
        hits.sort(key=lambda h: h.verb_start)
        accepted: list[tuple[Hit, Speaker | None]] = []
        for h in hits:
            displaced = None
            outer = next(
                ((o, s) for o, s in accepted if o.content_start <= h.verb_start < o.content_end),
                None,
            )
            if outer is not None:
                o, _ = outer
                boundary = _STRONG_BOUNDARY.search(text, o.content_start, h.verb_end)
                if (
                    h.form == "trailing"
                    and h.content_start <= o.verb_start < h.content_end < h.verb_start
                    and o.form not in ("according", "trailing")
                ):
                    # "Washington does not rule out that A, the official said.": the whole
                    # sentence before the closing attribution is the official's (when the
                    # official is someone).
                    displaced = outer
                    if boundary:
                        o.content_end = boundary.start()
                elif boundary:
                    o.content_end = boundary.start()
                elif (
                    o.form == "according"
                    and h.form in ("finite", "that")
                    and h.verb_start - o.content_start < 80
                ) or (
                    h.form == "ing"
                    and o.form in ("finite", "that")
                    and h.verb_start - o.verb_end < 60
                    and not looks_like_clause(text[o.content_start : h.verb_start])
                ):
                    accepted.remove(outer)
                elif h.form == "ing" and h.verb in SECOND_ING:
                    # "said that A, adding that B", "said A, insisting B": two statements.
                    o.content_end = h.verb_start
                elif h.verb.split()[0] in _COORDINATED_VERBS and (
                    conj := _AND_BEFORE.search(text, o.content_start, h.verb_start)
                ):
                    # "said that A and urged B": the second verb shares the first one's subject.
                    o.content_end = conj.start()
                    accepted.append((h, outer[1]))
                    continue
                else:
                    continue
            if h.form == "passive":
                accepted.append((h, None))
                continue
            own = _AS_REPORTED.search(text, sa, h.verb_end)
            if own and own.end() == h.verb_end and own.group("x") in self.page_text:
                continue  # "As Ukrinform reported, ...": the site recalls its own earlier news
            speaker = self._hit_speaker(h, sa, accepted, sentence_speaker)
            if speaker is None:
                continue
            if displaced is not None:
                accepted.remove(displaced)
            accepted.append((h, speaker))
        spoke = []
        sentence_text = text[sa:sb].rstrip()
        colon_intro = sentence_text.endswith(":")
        for h, speaker in accepted:
            if speaker is None or colon_intro:
                continue
            start = h.content_start
            if h.form == "trailing" and h.content_end >= sb:
                # "Most of them, she said, were ...": the attribution sits inside the words.
                end = cut_trailing(text, h.verb_end, sb)
            else:
                end = cut_trailing(text, start, min(h.content_end, sb))
            while start < end and text[start] in " ,:":
                start += 1
            # A span opens after the conjunction, never with it ("said, citing X, that it ...").
            if lead := _LEADING_THAT.match(text, start, end):
                start = lead.end()
            dateline = _DATELINE.match(text, start, end)
            if dateline:
                start = dateline.end()
            if end - start < 12 or len(text[start:end].split()) < 3:
                continue
            if clash := [a for a, b in consumed if a < end and start < b]:
                if min(clash) <= start:
                    continue
                # "wrote that A, adding, "B."": B is a direct statement of its own; A ends
                # where the attribution of B begins.
                end = cut_trailing(text, start, min(clash))
                if lead := _LINK_BEFORE_QUOTE.search(text, start, end):
                    end = cut_trailing(text, start, lead.start())
            if end - start < 12 or len(text[start:end].split()) < 3:
                continue
            if (
                h.form in ("finite", "ing")
                and h.verb not in VERDICT_ING
                and not looks_like_clause(text[start:end])
            ):
                continue
            for a, b in coordinated_clauses(text, start, end):
                kind = "mixed" if re.search(r"[“”\"]", text[a:b]) else "indirect"
                region = _minus(text, sa, sb, [(a, b)])
                self._add(speaker, kind, a, b, p, (sa, sb), region, dates, None)
                self.found[-1].sourced_only = h.form == "according" and not (
                    h.subject_hint and issued_document(text[h.subject_hint[0] : h.subject_hint[1]])
                )
            spoke.append(speaker)
        return spoke

    def _trailing_hits(self, sa, sb, blocked) -> list[Hit]:
        """ "<statement>, Putin said." and "<statement>, said Peskov." """
        text = self.text
        out = []
        for m in VERB.finditer(text, sa, sb):
            if blocked(m.start()):
                continue
            # What follows the verb up to the next comma: adverbials only ("on Tuesday", "in a
            # statement"); after that comma comes an appended phrase ("..., the ministry said, in
            # what would be the first ...").
            tail = _TAIL_END.split(text[m.end() : sb], maxsplit=1)[0]
            comma = text.rfind(",", sa, m.start())
            # "..., says the statement shared on social networks": an inverted attribution
            # whose subject a participle describes, not a clause.
            inverted_np = (
                comma >= 0 and not text[comma + 1 : m.start()].strip() and NP_PARTICIPLE.match(tail)
            )
            if (
                re.search(r"\bthat\b", tail)
                or len(tail.split()) > 14
                or (looks_like_clause(tail) and not _MEDIUM_TAIL.match(tail) and not inverted_np)
            ):
                continue
            if comma < 0 or text[comma - 1 : comma + 1] in ("”,", '",'):
                continue
            if m.group("verb") in ("reports", "reported") and VERB.search(text, sa, comma):
                continue  # "X reported this on Telegram, <outlet> reports": the outlet's line
            subject = text[comma + 1 : m.start()].strip()
            if re.search(r"\b(?:which|who|that|was|were|is|are|been|be|being)\b", subject):
                continue
            inverted = False
            if not subject:
                if _RELATIVE_BEFORE_VERB.search(text, sa, m.start()):
                    continue  # "X, whose region was shelled, said ...": X is the subject
                if re.match(r"\s*(?:this|it|that|so)\b", tail):
                    continue  # "X, Y, reported this on Telegram": Y is the subject, not after
                inverted = True
            elif len(subject.split()) > 7:
                continue
            if (
                not inverted
                and tail.strip()
                and m.group("verb") not in ("told", "tells")
                and not _ADVERBIAL_TAIL.match(tail)
            ):
                continue  # "..., Putin announced a partial mobilization": an act, not a report
            after = text[m.end() : sb]
            if not inverted and _PARENTHETICAL_REST.match(after[len(tail) :]):
                # "Russia, he said, was ready to talk": the attribution sits inside the statement.
                hit = Hit(m.start(), m.end(), m.group("verb"), "trailing", sa, sb)
                hit.subject_hint = (comma + 1, m.start())
                out.append(hit)
                continue
            if comma - sa < 20:
                if (
                    not inverted
                    and not tail.strip()
                    and LEAD_ADVERB.fullmatch(text[sa:comma].strip())
                    and looks_like_clause(after.lstrip(" ,"))
                ):
                    # "Besides, Psaki said, Russia has already lost": the words follow.
                    hit = Hit(m.start(), m.end(), m.group("verb"), "trailing", m.end(), sb)
                    hit.content_start = m.end() + len(after) - len(after.lstrip(" ,"))
                    hit.subject_hint = (comma + 1, m.start())
                    out.append(hit)
                continue
            hit = Hit(m.start(), m.end(), m.group("verb"), "trailing", sa, comma)
            hit.subject_hint = (m.end(), sb) if inverted else (comma + 1, m.start())
            if inverted_np:
                # "says the statement shared on ...": the speaker is "the statement".
                noun = re.match(r"\s*(?:the|a|an|its|his|her|their)\s+[a-z]+", tail)
                hit.subject_hint = (m.end(), m.end() + noun.end())
            out.append(hit)
        return out

    def _hit_speaker(self, h: Hit, sa: int, accepted, sentence_speaker) -> Speaker | None:
        if h.form == "anaphoric":
            return None
        if h.subject_hint is not None:
            a, b = h.subject_hint
            lead = _SOURCE_DOCUMENT.match(self.text, a, b)
            if lead:
                a = lead.end()
            possessive = {"his": "him", "her": "her", "their": "them"}.get(self.text[a:b].lower())
            if h.form == "as" and possessive:
                # "In his words, ...": the person the narrative is about; unknown, no statement.
                spoken = self.discourse.pronoun(possessive, a, b)
                if spoken is None or not spoken.name:
                    return None
                return Speaker(spoken.name, self.text[a:b], spoken.kind, a, b)
            speaker = self._referred(self.discourse.subject(a, b), min(a, h.content_start))
            if (
                h.form == "trailing"
                and speaker is not None
                and speaker.name is None
                and not could_be_a_speaker(speaker.mention)
            ):
                return None  # "..., the first such gain reported from the area"
            if speaker is None and h.form in ("according", "nominal", "with", "as"):
                phrase = self.text[a:b].strip()
                if phrase:
                    return Speaker(None, phrase, None, a, b, False)
            return speaker
        if h.form == "ing" and h.verb in SECOND_ING and self.text[h.verb_start] in ", ":
            # ", insisting B" goes with the statement before it; "by insisting" has a subject.
            prior = [s for _, s in accepted if s is not None]
            if prior:
                return prior[-1]
            if h.verb == "adding" and sentence_speaker is not None:
                return sentence_speaker
        leftmost = h.form == "ing"
        seg = self._segment_start(sa, h.verb_start)
        end = h.verb_start
        if rel := _RELATIVE_BEFORE_VERB.search(self.text, seg, end):
            # "A senior official, who spoke on condition of anonymity, said ...": the subject
            # stands before the relative clause.
            end = rel.start()
        speaker = self.discourse.subject(seg, end, leftmost=leftmost)
        if (
            speaker is not None
            and speaker.name is None
            and speaker.mention.lower() in ("he", "she", "they")
            and (prior := [s for _, s in accepted if s is not None and s.name])
        ):
            # "X called it a "slog" as he said that ...": the sentence's own subject.
            speaker = Speaker(
                prior[-1].name, speaker.mention, prior[-1].kind, speaker.start, speaker.end
            )
        speaker = self._referred(speaker, seg)
        if (
            speaker is not None
            and speaker.name is None
            and (the := _THE_SOURCE.fullmatch(speaker.mention.strip()))
        ):
            # "The source said ..." after "a Ukrainian security source said": the same source.
            speaker = self._last_source(the.group("noun"), seg) or speaker
        if speaker is None and (
            one := _ONE_OF_THEM.fullmatch(self.text[seg:end].strip(" -–•*").strip())
        ):
            # "One official said ...": one of the officials the article spoke of before.
            speaker = self._last_group(one.group("noun"), seg)
        if speaker is None:
            rest = self.text[seg:end].strip(" ,")
            rest = re.sub(r"^(?:but|and|also|then|so|yet)\b\s*", "", rest, flags=re.IGNORECASE)
            if not rest or re.fullmatch(r"(?:\w+ly\s*)+", rest):
                prior = [s for _, s in accepted if s is not None]
                if prior:
                    return prior[-1]
                speaker = self.discourse.subject(sa, seg, leftmost=True) if seg > sa else None
                return speaker or sentence_speaker
            if (
                len(rest.split()) <= 5
                and rest[:1].isupper()
                and not re.search(r"[“”\",]", rest)
                and not _is_time_only(rest)
            ):
                return Speaker(None, rest, None, seg, end, False)
        return speaker

    # --- bookkeeping ------------------------------------------------------------------------

    def _note_subject(self, sa, sb, quotes) -> None:
        for m in self.discourse.mentions(sa, sb):
            if any(q.start <= m.start < q.end for q in quotes):
                continue
            if m.actor and self.discourse.kind_of(m.actor) == "person":
                # The subject, or a person the article introduces in full as an object ("The
                # BBC spoke to Taras Bondar, a soldier"): a later "he" is more likely them than
                # someone famous named paragraphs before.
                if not self.discourse._attached(sa, m) or (not m.known and " " in m.actor):
                    self.discourse.remember_new(m)
                    self.discourse.note(m.actor, "person", self.text[sa : m.end])
                return

    def _sentence_dates(self, sa, sb, quotes):
        out = []
        narrative = self.narrative
        for d in find_dates(self.text, sa, sb):
            if any(q.start <= d.start < q.end for q in quotes):
                continue
            r = resolve(
                d,
                reference=self.reference,
                narrative=narrative,
                same_year=self.same_year,
                order=self.order,
            )
            if d.kind == "numeric" and r.date and not _weekday_ok(self.text, d, r.date):
                r = resolve(
                    DateMention(
                        d.start, d.end, d.kind, d.text, (d.groups[1], d.groups[0], d.groups[2])
                    ),
                    reference=self.reference,
                    narrative=narrative,
                )
            out.append((d, r))
            if r.date and r.precision == DAY:
                narrative = r.date
        for y in re.finditer(r"\b((?:19|20)\d{2})\b", self.text[sa:sb]):
            self.same_year = int(y.group(1))
        return out

    def _advance_narrative(self, dates, people: list[str]) -> None:
        for d, r in dates:
            if r.date and r.precision == DAY:
                self.narrative = r.date
                if d.kind not in ("weekday", "relative"):
                    self.para_date = (r.date, d.text)
                else:
                    for name in people:
                        self.person_dates[name] = (r.date, d.text)

    def _add(self, speaker: Speaker, kind, start, end, p, sentence, region, dates, note) -> None:
        text = self.text
        if speaker.name is None and (body := body_of_official(speaker.mention, self.index)):
            # "a senior State Department official": the body speaks.
            speaker.name, speaker.kind = body, "organisation"
        elif speaker.name is None and (named := group_name(speaker.mention)):
            speaker.name, speaker.kind, speaker.context = named, GROUP, speaker.mention
        if speaker.name and speaker.name not in self.index.entries:
            speaker.name = new_actor_name(speaker.name, speaker.kind)
        statement = ExtractedStatement(
            speaker=speaker.name,
            speaker_mention=speaker.mention,
            kind=kind,
            text=text[start:end],
            start=start,
            end=end,
            speaker_kind=None
            if (speaker.name and speaker.name in self.index.entries)
            else (speaker.kind or "person"),
        )
        sa, sb = sentence
        own = [
            (d, r)
            for d, r in dates
            if r.date is not None
            and not (start <= d.start < end)
            and not _in_relative_clause(text, sa, d.start)
            # "..., the official said, possibly in reaction to ... last week": a date in what
            # the narrator appends after the attribution is not when it was said.
            and not (d.start >= end and _AFTER_ATTRIBUTION_CLAUSE.search(text, end, d.start))
        ]
        if own:
            # The most explicit phrase wins: "on Friday (08/03/2024)" is dated by the numbers.
            d, r = min(own, key=lambda dr: _SPECIFICITY.get(dr[0].kind, 9))
            statement.said_on, statement.said_on_precision = r.date, r.precision
            statement.said_on_evidence = d.text
        elif earlier_unspecified(region) or self.para_undated:
            # Words from some earlier, unstated time, and whatever answers them in the paragraph.
            statement.said_on_evidence = "an earlier, unstated time"
            self.para_undated = True
        elif self.para_date is not None:
            statement.said_on, statement.said_on_precision = self.para_date[0], DAY
            statement.said_on_evidence = f"same paragraph: {self.para_date[1]}"
        elif self.entry_date is not None:
            statement.said_on, statement.said_on_precision = self.entry_date[0], DAY
            statement.said_on_evidence = f"the entry's heading: {self.entry_date[1]}"
        elif speaker.name in self.person_dates:
            when, phrase = self.person_dates[speaker.name]
            statement.said_on, statement.said_on_precision = when, DAY
            statement.said_on_evidence = f"same paragraph, of the speaker: {phrase}"
        via = _find_via(text, region, self.index) or (note or "")
        self.found.append(_Found(statement, p.index, sentence, region, explicit_via=bool(via)))
        statement.via = via

    def finish(self) -> list[ExtractedStatement]:
        found = self.found
        # Dates: a statement without its own takes its speaker's last one, else the article's.
        for i, f in enumerate(found):
            s = f.statement
            if s.said_on is not None or s.said_on_evidence:
                if not s.said_on:
                    s.said_on_evidence = ""
                continue
            prev = next(
                (
                    g.statement
                    for g in reversed(found[max(0, i - 3) : i])
                    if g.statement.speaker == s.speaker and s.speaker
                ),
                None,
            )
            if prev is not None and prev.said_on is not None:
                s.said_on, s.said_on_precision = prev.said_on, prev.said_on_precision
                s.said_on_evidence = prev.said_on_evidence
                if not s.said_on_evidence.startswith("as the speaker's previous statement"):
                    s.said_on_evidence = (
                        f"as the speaker's previous statement ({prev.said_on_evidence})"
                    )
            elif self.reference is not None and not f.sourced_only:
                s.said_on, s.said_on_precision = self.reference, DAY
                s.said_on_evidence = (
                    NEWEST_DATE_EVIDENCE if self.estimated_reference else ARTICLE_DATE_EVIDENCE
                )
        # Via: shared along a run of statements by one speaker.
        for i, f in enumerate(found):
            if f.statement.via:
                continue
            for step in (-1, 1):
                j = i + step
                while 0 <= j < len(found) and found[j].statement.speaker == f.statement.speaker:
                    if found[j].explicit_via:
                        f.statement.via = found[j].statement.via
                        break
                    j += step
                if f.statement.via or not f.statement.speaker:
                    break
        for f in found:
            links = link_events(
                self.events, sentence=f.sentence, said_on=f.statement.said_on or self.reference
            )
            f.statement.events = [link.slug for link in links]
            f.statement.event_evidence = {link.slug: link.reason for link in links}
        return [f.statement for f in found]


def _is_time_only(phrase: str) -> bool:
    """ "Sunday", "On Monday", "Last week": a time, never a speaker."""
    rest = list(phrase)
    for d in find_dates(phrase, 0, len(phrase)):
        rest[d.start : d.end] = " " * (d.end - d.start)
    left = re.sub(
        r"(?i)\b(?:on|in|last|this|early|late|earlier|later|week|weekend)\b", " ", "".join(rest)
    )
    return not re.search(r"[A-Za-z]", left)


def _bare_date_line(line: str) -> bool:
    """A line holding a date and nothing else (a weekday, a time and punctuation at most)."""
    rest = list(line)
    for d in find_dates(line, 0, len(line)):
        rest[d.start : d.end] = " " * (d.end - d.start)
    words_left = re.findall(r"[A-Za-z]{2,}", "".join(rest))
    return all(re.fullmatch(r"(?i:am|pm|gmt|utc|[a-z]{3}day|[a-z]{3})", w) for w in words_left)


def _unresolved_speaker(speaker: Speaker | None) -> bool:
    """A subject that names no actor we can tell but is plainly someone: a pronoun, a role or
    a body ("she", "the ministry", "a senior official")."""
    if speaker is None or not speaker.mention:
        return False
    mention = speaker.mention.strip()
    return mention.lower() in ("he", "she", "they", "it") or could_be_a_speaker(mention)


def _weekday_ok(text: str, d: DateMention, date: dt.date) -> bool:
    from .dates import weekday_agrees

    return weekday_agrees(text, d, date)


def _in_relative_clause(text: str, sa: int, pos: int) -> bool:
    chunk_start = text.rfind(",", sa, pos)
    if chunk_start < 0:
        return False
    return bool(re.match(r",\s*(?:which|who|whose|whom|that|where|when)\b", text[chunk_start:pos]))


def _minus(text: str, a: int, b: int, holes: list[tuple[int, int]]) -> str:
    chars = list(text[a:b])
    for h0, h1 in holes:
        for i in range(max(a, h0), min(b, h1)):
            chars[i - a] = " "
    return "".join(chars)


def _find_via(text: str, region: str, index: ActorIndex) -> str:
    region = normalise_quotes(region)
    for pattern in _VIA_PATTERNS:
        m = pattern.search(region)
        if not m:
            continue
        groups = m.groupdict()
        if groups.get("p"):
            return re.sub(r"\s+", " ", groups["p"])
        raw = re.sub(r"^the\s+", "", groups.get("x") or groups.get("m") or "")  # "told the BBC"
        run = _CAP_RUN.match(raw)
        if not run:
            continue
        name = run.group().strip(" .’'")
        if _NOT_A_CHANNEL.match(name):
            continue  # "in a statement on Sunday", "in an interview in Kyiv"
        canonical = index.lookup(name)
        if canonical and index.kind_of(canonical) == "state":
            continue
        if groups.get("m") is not None:
            if canonical and index.kind_of(canonical) == MEDIA:
                return canonical
            continue
        return canonical or name
    return ""
