"""Articles from the web and from editors: a URL or pasted text in, a Source out.

    ingest_url(url="https://example.org/a.html")        # fetch -> page -> Document -> ingest
    add_text_article(text=..., title=..., outlet=...)    # what an editor pasted -> ingest
    queue_url(url=...)                                   # the same as ingest_url, in a worker

Every path ends in `ingest.ingest_document`, the service files go through. A URL already
ingested (compared normalised, so tracking links match) is not fetched again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings

from .documents import Document, DocumentError, read_page
from .fetching import HTML_TYPES, Fetcher, FetchError, check_address, shared_fetcher
from .ingest import IngestResult, ingest_document
from .links import is_web_url, normalize_url
from .models import Source


class ArticleError(Exception):
    """An article that cannot be added; `reason` says why."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(reason)


@dataclass(frozen=True)
class Hints:
    """What a feed says about an entry; the page's own metadata wins over it."""

    title: str = ""
    outlet: str = ""  # the feed's outlet (an editor's choice) wins over the page's site name
    outlet_fallback: str = ""  # a name the feed gives (news:name), used when the page has none
    published: dt.date | None = None
    published_evidence: str = ""


@dataclass
class ArticleResult:
    url: str
    status: str  # "ingested", "unchanged", "already ingested" or "rejected"
    source_id: int | None = None
    reason: str = ""
    ingest: IngestResult = field(default_factory=IngestResult)

    def as_dict(self) -> dict:
        """JSON-able, for a task's return value."""
        return {
            "url": self.url,
            "status": self.status,
            "source_id": self.source_id,
            "reason": self.reason,
            "statements_created": self.ingest.statements_created,
        }


def already_ingested(url: str) -> Source | None:
    return Source.objects.filter(url=normalize_url(url)).only("pk").order_by("pk").first()


def ingest_url(
    *,
    url: str,
    fetcher: Fetcher | None = None,
    hints: Hints | None = None,
    dry_run: bool = False,
) -> ArticleResult:
    """Fetch one article and ingest it; never raises for a bad URL or page (status "rejected")."""
    if not is_web_url(url):
        return ArticleResult(url=url, status="rejected", reason="not an http(s) URL")
    if (source := already_ingested(url)) is not None:
        return ArticleResult(url=url, status="already ingested", source_id=source.pk)
    fetcher = fetcher or shared_fetcher()
    try:
        page = fetcher.fetch(url, accept=HTML_TYPES)
        document = read_page(
            content=page.content, url=normalize_url(page.final_url), charset=page.charset
        )
    except FetchError as exc:
        return ArticleResult(url=url, status="rejected", reason=exc.reason)
    except DocumentError as exc:
        return ArticleResult(url=url, status="rejected", reason=exc.reason)
    if hints is not None:
        document = _with_hints(document, hints)
    result = ingest_document(document=document, dry_run=dry_run)
    if result.rejected:
        return ArticleResult(
            url=url, status="rejected", reason=result.rejected[0][1], ingest=result
        )
    status = "unchanged" if result.files_unchanged else "ingested"
    source_id = result.source_ids[0] if result.source_ids and not dry_run else None
    return ArticleResult(url=url, status=status, source_id=source_id, ingest=result)


def _with_hints(document: Document, hints: Hints) -> Document:
    changes: dict = {}
    if hints.outlet:
        changes["outlet"] = hints.outlet
    elif not document.outlet and hints.outlet_fallback:
        changes["outlet"] = hints.outlet_fallback
    if not document.title and hints.title:
        changes["title"] = hints.title
    if document.published is None and hints.published is not None:
        changes["published"] = hints.published
        changes["published_evidence"] = hints.published_evidence
    return dataclasses.replace(document, **changes)


def add_text_article(
    *,
    text: str,
    title: str = "",
    outlet: str = "",
    url: str = "",
    published: dt.date | None = None,
    entered_by: str = "an editor",
) -> ArticleResult:
    """Ingest text an editor pasted, with the metadata they gave (trusted like a sidecar)."""
    text = text.replace("\r\n", "\n").strip()
    if not text:
        raise ArticleError("the text is empty")
    size = len(text.encode("utf-8"))
    if size > settings.WARLOG_MAX_ARTICLE_BYTES:
        raise ArticleError(
            f"the text is {size:,} bytes, over the size limit of "
            f"{settings.WARLOG_MAX_ARTICLE_BYTES:,} bytes"
        )
    if url and not is_web_url(url):
        raise ArticleError("the URL must be an http(s) URL")
    document = Document(
        path=Path(""),
        text=text + "\n",
        encoding="utf-8",
        url=normalize_url(url),
        outlet=outlet.strip(),
        title=title.strip(),
        published=published,
        published_evidence=f"entered by {entered_by}" if published else "",
    )
    result = ingest_document(document=document)
    if result.rejected:
        raise ArticleError(result.rejected[0][1])
    status = "unchanged" if result.files_unchanged else "ingested"
    return ArticleResult(url=url, status=status, source_id=result.source_ids[0], ingest=result)


def check_url(url: str) -> str:
    """The normalised URL an editor asked for, or ArticleError (before anything is queued)."""
    if not is_web_url(url):
        raise ArticleError("enter an http(s) URL")
    try:
        check_address(url)
    except FetchError as exc:
        raise ArticleError(exc.reason) from None
    return normalize_url(url)


def queue_url(*, url: str):
    """Queue `ingest_url` for a worker; returns the task result (its `id` to follow it)."""
    from .tasks import ingest_url_task

    return ingest_url_task.enqueue(url=check_url(url))
