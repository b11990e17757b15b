"""Background jobs (django-tasks, database backend): run by `manage.py db_worker`.

Each job takes ids and URLs (JSON), does its work through the same services a command uses,
and returns a small JSON summary that the admin shows. Fetching and polling never run inside a
web request: the admin queues these.
"""

from __future__ import annotations

from django_tasks import task

from .articles import ingest_url
from .following import ingest_entry, poll_feed
from .models import Feed, FeedEntry


@task()
def ingest_url_task(url: str) -> dict:
    """Fetch one URL and ingest it (the admin's "Add article" with a URL)."""
    return ingest_url(url=url).as_dict()


@task()
def ingest_entry_task(entry_id: int) -> dict:
    """Fetch and ingest one feed entry, recording the outcome on the entry."""
    entry = FeedEntry.objects.select_related("feed").filter(pk=entry_id).first()
    if entry is None:
        return {"status": "gone", "entry_id": entry_id}
    if entry.source_id is not None:
        return {"status": "already ingested", "source_id": entry.source_id}
    return ingest_entry(entry).as_dict()


@task()
def poll_feed_task(feed_id: int) -> dict:
    """Poll one feed; its new entries become `ingest_entry_task` jobs."""
    feed = Feed.objects.filter(pk=feed_id, active=True).first()
    if feed is None:
        return {"status": "gone or inactive", "feed_id": feed_id}
    result = poll_feed(feed, enqueue=True)
    return {"status": "failed" if result.error else "polled", "summary": result.summary()}
