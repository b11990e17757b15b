"""The extraction pipeline: it orchestrates the stages, each in its own module.

    layout (layout.unwrap) → clean (clean.paragraphs) → formats (formats.read_layout)
    → publication date (publication.article_date)
    → per body paragraph, in order (attribution.Reader):
        segment (sentences) → quotes and frames (quotes) → speakers (speakers, coreference)
        → dates of statements (statement_dates) → channel (via)
    → events (events.link_events, in Reader.finish)

Input: an article's text and the metadata the caller trusts. Output: an `ArticleExtraction`.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from urllib.parse import unquote, urlsplit

from . import clean
from .actors import TITLE_HEADS, ActorIndex, normalise_quotes
from .attribution import Reader
from .dates import DAY, entry_heading, numeric_order
from .events import EventIndex
from .formats import BULLET, read_layout
from .layout import unglue_closing_quotes, unwrap
from .publication import article_date
from .results import ArticleExtraction, Gazetteer
from .speakers import Speaker
from .vocabulary import COUNTRY_WORDS, entries

NOT_NAMES = frozenset(entries("not_names"))

EXTRACTOR_VERSION = "2.8"

logger = logging.getLogger(__name__)

_INDEX_CACHE: dict[int, tuple[Gazetteer, ActorIndex, EventIndex]] = {}


def _index_for(gazetteer: Gazetteer) -> tuple[ActorIndex, EventIndex]:
    cached = _INDEX_CACHE.get(id(gazetteer))
    if cached is None or cached[0] is not gazetteer:
        cached = (gazetteer, ActorIndex(gazetteer), EventIndex(gazetteer.events))
        _INDEX_CACHE[id(gazetteer)] = cached
    return cached[1], cached[2]


_INTERVIEW_LABEL = re.compile(r"(?i)\binterview")
# "/exclusive-interview-with-jane-doe-ambassador-in-x/": the two words after "interview (with)"
# in an address's last part, a name the gazetteer may not hold.
_INTERVIEWEE_IN_PATH = re.compile(r"interview(?:-with)?-([a-z]{2,})-([a-z]{3,})(?:-|/|$)")


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
        w in NOT_NAMES or w in TITLE_HEADS or w in COUNTRY_WORDS for w in named.groups()
    ):
        name = " ".join(w.capitalize() for w in named.groups())
        return Speaker(index.lookup(name) or name, name, "person", 0, 0, False)
    return None


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
        published_precision=getattr(document, "published_precision", DAY) or DAY,
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
    published_precision: str = DAY,
) -> ArticleExtraction:
    """Find the statements in one article's text.

    `published`, `outlet`, `url` and `title` are metadata the caller trusts (a sidecar, a
    page's own metadata): `published` anchors every relative date (`published_precision`
    "month" / "year" when only that much is known: `published` is the period's first day); the outlet is who speaks
    in "according to <outlet>'s sources"."""
    original = text
    text = unwrap(text)  # same length: every offset below is one into the original
    text = unglue_closing_quotes(text)  # same length too
    index, events = _index_for(gazetteer)
    norm = normalise_quotes(text)
    paras = clean.paragraphs(text)
    body = [p for p in paras if p.label == clean.BODY]
    order = numeric_order(text)
    event_hits = events.find(norm)
    date = article_date(
        text,
        paras,
        order=order,
        events=events,
        event_hits=event_hits,
        published=published,
        published_evidence=published_evidence,
        url=url,
        published_precision=published_precision,
    )

    reader = Reader(text, norm, index, event_hits, date.reference)
    reader.dating.estimated_reference = date.estimated
    if date.date is not None and date.precision != DAY:
        reader.dating.article = (date.date, date.precision)  # what undated statements inherit
    reader.dating.order = order
    reader.page_text = " ".join(text[p.start : p.end] for p in paras if p.label != clean.BODY)
    reader.discourse.register_people([(p.start, p.end) for p in body])
    first_body = body[0].index if body else len(paras)
    # (A heading right under a first line that introduces it counts: "Permanent Mission of
    # X:" then "Statement by Jane Doe at the Council".)
    introduces = bool(body) and text[body[0].start : body[0].end].rstrip().endswith(":")
    heads = [
        p
        for p in paras
        if p.index < first_body
        or (introduces and p.label == clean.HEADLINE and p.index == first_body + 1)
    ]
    reader.layout = read_layout(
        text, body, heads, interview=bool(_INTERVIEW_LABEL.search(f"{title} {url}"))
    )
    reader.transcript = reader.layout.transcript
    if reader.transcript or reader.layout.interview_questions:
        first_turn = min(reader.layout.turns or reader.layout.interview_questions, default=None)
        intro = [(p.start, p.end) for p in paras if first_turn is None or p.index < first_turn]
        named = reader.interviewee_in(intro)
        if named is None or not named.known:
            # A person the gazetteer knows, named by the title or the address, before a name
            # the introduction may only seem to hold ("After the Second World War, ...").
            named = person_in_metadata(index, title, url) or named
        reader.interviewee = named
    if reader.layout.issued:
        # A body's statement ("Statement of the Ministry of ..."), or a person's printed speech
        # ("Remarks by the Secretary-General ..." over "Jane Doe, Secretary-General").
        reader.interviewee = reader.issuer_in(*reader.layout.speech_by) or reader.person_in(
            *reader.layout.speech_by
        )
    elif reader.layout.speech_by is not None:
        reader.interviewee = reader.person_in(*reader.layout.speech_by)
        if reader.interviewee is None and reader.layout.speech_from is not None:
            # "Press briefing by Permanent Representative of X to Y in Vienna Jane Doe
            # following ...": the title outran the words read as the speaker's; the first
            # person the heading's line names.
            a = reader.layout.speech_by[0]
            line_end = text.find("\n", a)
            reader.interviewee = reader.first_person_in(a, line_end if line_end > 0 else len(text))
        if reader.interviewee is None and reader.layout.claims_listed:
            # "Key takeaways from the ISW:": a known body's claims.
            reader.interviewee = reader.issuer_in(*reader.layout.speech_by)
        if reader.interviewee is None and reader.layout.quotes_from is not None:
            reader.interviewee = reader.interviewee_in([(p.start, p.end) for p in paras[:8]])
    reader.own_voice = reader.byline_body([p for p in paras if p.index < first_body])
    reader.dating.interview(text, [(p.start, p.end) for p in body])
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
    # A list of claims whose bulleted lines the cleaner took for headings ("▪️ Talks resume in
    # May"): the bulleted lines after the list's introduction are read as its items.
    claims_from = reader.layout.quotes_from if reader.layout.claims_listed else None
    previous = None
    failures: list[str] = []
    for p in paras:
        if reader.embedded_post(p, previous):
            previous = None
            continue
        if p.label == clean.BODY and reader.attribution_paragraph(p, previous):
            previous = p
            continue
        if p.label != clean.JUNK:
            previous = p
        if p.label == clean.BODY or (
            claims_from is not None and p.index > claims_from and BULLET.match(text, p.start)
        ):
            try:
                reader.paragraph(p)
            except Exception as exc:
                # Real pages hold shapes no test has met: a fault reading one paragraph loses
                # that paragraph, said in the warnings and the log, not the article.
                logger.exception("extraction failed on the paragraph at %d", p.start)
                failures.append(f"the paragraph at {p.start} was skipped ({exc!r})")
        elif p.index in headings:
            reader.dating.heading(text, p.start, p.end)
    statements = reader.finish()
    for s in statements:
        s.text = original[s.start : s.end]
    return ArticleExtraction(
        published=date.date,
        published_precision=date.precision,
        published_evidence=date.evidence,
        warnings=[*date.warnings, *failures],
        statements=statements,
        title=clean.title_of(text, paras),
    )
