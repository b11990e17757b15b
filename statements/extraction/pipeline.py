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

from . import clean
from .actors import ActorIndex, normalise_quotes
from .attribution import Reader
from .dates import DAY, entry_heading, numeric_order
from .events import EventIndex
from .formats import BULLET, metadata_words, origin_title, read_layout
from .layout import (
    after_tooltip,
    blank_described_ages,
    blank_nicknames,
    comma_before_that,
    contracted_has,
    repair_scraped,
    unglue_closing_quotes,
    unwrap,
)
from .publication import article_date
from .results import ArticleExtraction, Gazetteer
from .turns import called_an_interview

EXTRACTOR_VERSION = "4.6"

logger = logging.getLogger(__name__)

_INDEX_CACHE: dict[int, tuple[Gazetteer, ActorIndex, EventIndex]] = {}


def _index_for(gazetteer: Gazetteer) -> tuple[ActorIndex, EventIndex]:
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
    text = repair_scraped(text)  # same length: escapes, entities and mojibake decoded
    text = unwrap(text)  # same length: every offset below is one into the original
    text = unglue_closing_quotes(text)  # same length too
    text = blank_nicknames(text)  # same length: 'Jane "The Hawk" Roe' is Jane Roe
    text = blank_described_ages(text)  # same length: "the 71-year-old Kremlin chief"
    text = contracted_has(text)  # same length: "Jane Doe’s warned that" is "Jane Doe warned"
    text = comma_before_that(text)  # same length: "noted, that" is "noted  that"
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
    reader.discourse.metadata = metadata_words(title, url, outlet)
    reader.page_text = " ".join(text[p.start : p.end] for p in paras if p.label != clean.BODY)
    reader.discourse.register_people([(p.start, p.end) for p in body])
    # ("Mykolaiv will hold, – governor Vitaliy Kim" over "Kim insisted that ...": the headline's
    # gazetteer person is the one a surname alone means)
    reader.discourse.register_people(
        [(p.start, p.end) for p in paras if p.label == clean.HEADLINE], known_only=True
    )
    reader.quotation_runs(body)
    first_body = body[0].index if body else len(paras)
    # (A heading right under a first line that introduces it counts: "Permanent Mission of
    # X:" then "Statement by Jane Doe at the Council".)
    introduces = bool(body) and text[body[0].start : body[0].end].rstrip().endswith(":")
    # (So do the headings under a first body line that is only the page's furniture, a short
    # line above them: "Donate to X!" then "Briefing by Spokeswoman Jane Doe, City, date".)
    furniture = len(body) > 1 and len(text[body[0].start : body[0].end].split()) <= 12
    heads = [
        p
        for p in paras
        if p.index < first_body
        or (introduces and p.label == clean.HEADLINE and p.index == first_body + 1)
        or (furniture and p.label == clean.HEADLINE and first_body < p.index < body[1].index)
    ]
    reader.layout = read_layout(
        text,
        body,
        heads,
        interview=called_an_interview(title, url),
        title=title or origin_title(outlet),
        outlet=outlet,
    )
    reader.transcript = reader.layout.transcript
    reader.interviewee = reader.layout_speaker(paras, title, url)
    reader.own_voice = reader.byline_body(
        [p for p in paras if p.index < first_body]
    ) or reader.release_dateline(body)
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
    # A line between two body paragraphs that is a name alone ("Back to news list", then
    # "Jane Roe" over a sidebar's quotation) ends the story that a bare quotation after it could
    # run on from.
    between: list[clean.Paragraph] = []
    for p in paras:
        if p.label == clean.BODY:
            if p.index > first_body and any(clean.is_name_line(text, q) for q in between):
                reader.last_para_direct = None
            between = []
        elif p.label != clean.JUNK:
            between.append(p)
        if reader.embedded_post(p, previous):
            previous = None
            continue
        if reader.signed_quotation(p, previous) or reader.signed_block(p, previous):
            previous = None
            continue
        if p.label in (clean.BODY, clean.CAPTION) and reader.glued_signature(p):
            previous = p
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
        s.start = after_tooltip(text, s.start, s.end)
        s.text = original[s.start : s.end]
    return ArticleExtraction(
        published=date.date,
        published_precision=date.precision,
        published_evidence=date.evidence,
        warnings=[*date.warnings, *failures],
        statements=statements,
        title=clean.title_of(text, paras),
    )
