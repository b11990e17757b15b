"""Following feeds: RSS, Atom and news sitemaps polled for new articles.

    poll_due_feeds(now=timezone.now())          # every feed whose time has come
    poll_feed(feed, enqueue=True)               # one feed; its new entries become worker jobs

A poll is one conditional request (`If-None-Match` / `If-Modified-Since` from the last answer);
a 304 costs nothing more. A new entry (by normalised URL, whichever feed lists it) is recorded
as a `FeedEntry` and fetched once; an entry already ingested is never fetched again, and one
whose fetch failed is tried again on the next polls (changed feed or not), up to
MAX_ENTRY_ATTEMPTS tries in all. A failing feed
records its error, waits 2, 4, 8… times its interval (at most MAX_BACKOFF) and never stops the
others.

Entries of one feed queued for workers are spaced `WARLOG_FETCH_HOST_INTERVAL` apart
(`run_after`), so several workers together still ask one site for one page per interval.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from dataclasses import dataclass, field
from urllib.parse import urljoin

import feedparser
from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from lxml import etree

from .articles import Hints, ingest_url
from .documents import _parse_date
from .fetching import FEED_TYPES, Fetcher, FetchError, shared_fetcher
from .links import is_web_url, normalize_url
from .models import Feed, FeedEntry, Source

logger = logging.getLogger(__name__)

MAX_ENTRIES_PER_POLL = 200
MAX_ENTRY_ATTEMPTS = 3
MAX_BACKOFF = dt.timedelta(days=1)
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"


class FeedError(Exception):
    """A feed document that cannot be read as RSS, Atom or a news sitemap."""


@dataclass(frozen=True)
class Entry:
    url: str  # normalised
    title: str = ""
    published: dt.date | None = None
    outlet: str = ""  # a news sitemap's publication name


@dataclass
class PollResult:
    feed_url: str
    not_modified: bool = False
    entries: int = 0  # listed in the feed
    new: int = 0  # seen for the first time
    queued: int = 0  # handed to workers
    ingested: int = 0  # ingested here (not queued)
    rejected: list[tuple[str, str]] = field(default_factory=list)
    error: str = ""

    def summary(self) -> str:
        if self.error:
            return f"{self.feed_url}: failed: {self.error}"
        if self.not_modified:
            return f"{self.feed_url}: not modified"
        return (
            f"{self.feed_url}: {self.entries} entries, {self.new} new, {self.ingested} ingested, "
            f"{self.queued} queued, {len(self.rejected)} rejected"
        )


# --------------------------------------------------------------------------- reading feeds


def parse_feed(content: bytes, *, base_url: str) -> list[Entry]:
    """The entries of an RSS/Atom feed or a news sitemap, newest first as the feed lists them."""
    head = content[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if b"<urlset" in head or b"<sitemapindex" in head:
        return _parse_sitemap(content)
    parsed = feedparser.parse(
        io.BytesIO(content),
        response_headers={"content-location": base_url},
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    if not parsed.entries and (parsed.bozo or not parsed.version):
        reason = getattr(parsed, "bozo_exception", None) or "no entries, not RSS or Atom"
        raise FeedError(f"not a feed ({reason})")
    entries = []
    for item in parsed.entries:
        link = urljoin(base_url, item.get("link", ""))  # a relative link is the feed's
        if not is_web_url(link):
            continue
        stamp = item.get("published_parsed") or item.get("updated_parsed")
        entries.append(
            Entry(
                url=normalize_url(link),
                title=(item.get("title") or "").strip()[:500],
                published=dt.date(*stamp[:3]) if stamp else None,
            )
        )
    return entries


def _parse_sitemap(content: bytes) -> list[Entry]:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(content, parser)
    except etree.XMLSyntaxError as exc:
        raise FeedError(f"not a sitemap ({exc})") from None
    if etree.QName(root).localname == "sitemapindex":
        raise FeedError("a sitemap index, not a news sitemap: add one of its sitemaps instead")
    ns = {"s": SITEMAP_NS, "n": NEWS_NS}
    entries = []
    for node in root.iterfind("s:url", ns):
        link = (node.findtext("s:loc", "", ns) or "").strip()
        if not is_web_url(link):
            continue
        date = (node.findtext("n:news/n:publication_date", "", ns) or "").strip()
        entries.append(
            Entry(
                url=normalize_url(link),
                title=(node.findtext("n:news/n:title", "", ns) or "").strip()[:500],
                published=_parse_date(date) if date else None,
                outlet=(node.findtext("n:news/n:publication/n:name", "", ns) or "").strip()[:200],
            )
        )
    return entries


# --------------------------------------------------------------------------- polling


def poll_due_feeds(
    *, now: dt.datetime | None = None, every: bool = False, enqueue: bool = False
) -> list[PollResult]:
    """Poll each due feed (each active feed with `every`); one failing feed stops nothing."""
    now = now or timezone.now()
    feeds = Feed.objects.active() if every else Feed.objects.due(now)
    results = []
    for feed in feeds.order_by("next_poll_at", "pk"):
        results.append(poll_feed(feed, enqueue=enqueue))
    return results


def poll_feed(feed: Feed, *, fetcher: Fetcher | None = None, enqueue: bool = False) -> PollResult:
    """Poll one feed. Its new entries are ingested here, or queued for workers with `enqueue`."""
    fetcher = fetcher or shared_fetcher()
    result = PollResult(feed_url=feed.url)
    try:
        page = fetcher.fetch(
            feed.url, accept=FEED_TYPES, etag=feed.etag, last_modified=feed.last_modified
        )
        pending = []
        if page.not_modified:
            result.not_modified = True
        else:
            entries = parse_feed(page.content, base_url=page.final_url)[:MAX_ENTRIES_PER_POLL]
            result.entries = len(entries)
            pending = _register(feed, entries, result)
        pending += _worth_retrying(feed, exclude={row.pk for row in pending})
        _follow(feed, pending, result, fetcher=fetcher, enqueue=enqueue)
    except (FetchError, FeedError) as exc:
        result.error = getattr(exc, "reason", None) or str(exc)
    except Exception as exc:  # a bug met by one feed must not stop the others
        logger.exception("polling %s failed", feed.url)
        result.error = f"{type(exc).__name__}: {exc}"
    _record(feed, result, page=None if result.error else page)
    return result


def _register(feed: Feed, entries: list[Entry], result: PollResult) -> list[FeedEntry]:
    """Record the entries seen for the first time; return those to fetch."""
    known = {e.url: e for e in FeedEntry.objects.filter(url__in=[entry.url for entry in entries])}
    ingested = set(
        Source.objects.filter(url__in=[entry.url for entry in entries]).values_list(
            "url", flat=True
        )
    )
    pending = []
    for entry in entries:
        row = known.get(entry.url)
        if row is None:
            try:
                with transaction.atomic():
                    row = FeedEntry.objects.create(
                        feed=feed,
                        url=entry.url,
                        title=entry.title,
                        outlet=entry.outlet,
                        published=entry.published,
                    )
            except IntegrityError:  # another poller recorded it a moment ago: theirs to fetch
                continue
            result.new += 1
            if entry.url in ingested:  # ingested before from a file, a form or another feed
                row.source = Source.objects.filter(url=entry.url).order_by("pk").first()
                row.save(update_fields=["source"])
                continue
            pending.append(row)
    return pending


def _worth_retrying(feed: Feed, *, exclude: set[int]) -> list[FeedEntry]:
    """This feed's entries whose fetch failed before, fewer than MAX_ENTRY_ATTEMPTS times."""
    failed = FeedEntry.objects.filter(
        feed=feed, source__isnull=True, attempts__gt=0, attempts__lt=MAX_ENTRY_ATTEMPTS
    ).exclude(error="")
    return list(failed.exclude(pk__in=exclude).order_by("pk"))


def _follow(feed, pending, result: PollResult, *, fetcher: Fetcher, enqueue: bool) -> None:
    if enqueue:
        from .tasks import ingest_entry_task

        spacing = dt.timedelta(seconds=settings.WARLOG_FETCH_HOST_INTERVAL)
        start = timezone.now()
        for n, row in enumerate(pending):
            ingest_entry_task.using(run_after=start + n * spacing).enqueue(entry_id=row.pk)
            result.queued += 1
        return
    for row in pending:
        outcome = ingest_entry(row, fetcher=fetcher)
        if outcome.status == "rejected":
            result.rejected.append((row.url, outcome.reason))
        else:
            result.ingested += 1


def ingest_entry(row: FeedEntry, *, fetcher: Fetcher | None = None):
    """Fetch and ingest one feed entry, recording the outcome on it."""
    feed = row.feed
    hints = Hints(
        title=row.title,
        outlet=feed.outlet,
        outlet_fallback=row.outlet,
        published=row.published,
        published_evidence="feed entry date",
    )
    outcome = ingest_url(url=row.url, fetcher=fetcher, hints=hints)
    row.attempts += 1
    row.fetched_at = timezone.now()
    row.error = outcome.reason if outcome.status == "rejected" else ""
    row.source_id = outcome.source_id
    row.save(update_fields=["attempts", "fetched_at", "error", "source"])
    return outcome


def _record(feed: Feed, result: PollResult, *, page) -> None:
    now = timezone.now()
    feed.last_polled_at = now
    interval = dt.timedelta(minutes=feed.poll_interval)
    if result.error:
        feed.consecutive_failures += 1
        feed.last_error = f"{now:%Y-%m-%d %H:%M} UTC: {result.error}"
        backoff = interval * 2 ** min(feed.consecutive_failures, 10)
        feed.next_poll_at = now + min(backoff, MAX_BACKOFF)
    else:
        feed.consecutive_failures = 0
        feed.last_error = ""
        feed.next_poll_at = now + interval
        if page is not None and not page.not_modified:
            feed.etag = page.etag[:500]
            feed.last_modified = page.last_modified[:100]
    feed.save(
        update_fields=[
            "last_polled_at",
            "consecutive_failures",
            "last_error",
            "next_poll_at",
            "etag",
            "last_modified",
        ]
    )


def add_feed(*, url: str, outlet: str = "", poll_interval: int | None = None) -> tuple[Feed, bool]:
    """Register a feed (its URL as given, normalised); (feed, created)."""
    if not is_web_url(url):
        raise FeedError("not an http(s) URL")
    defaults = {"outlet": outlet}
    if poll_interval is not None:
        defaults["poll_interval"] = poll_interval
    return Feed.objects.get_or_create(url=normalize_url(url), defaults=defaults)
