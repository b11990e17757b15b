"""Following the news, measured: queued URL ingests per second with K workers, and the cost of
an idle poll of unchanged feeds. Everything is served by a local server in this process
(loopback only); what the run writes is deleted at the end.

    manage.py bench_follow --urls 200 --workers 1 2 4 --feeds 50
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.test.utils import override_settings
from django_tasks_db.models import DBTaskResult

from statements.fetching import Fetcher
from statements.following import poll_feed
from statements.models import Feed, FeedEntry, Source

ROOT = Path(settings.BASE_DIR)

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="Bench Ledger">
<meta property="article:published_time" content="2023-11-10T08:00:00+00:00"></head>
<body><nav>Home</nav><article><h1>{title}</h1>
<p>Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow saw no basis for talks with Kyiv
while weapons kept arriving, in remarks about brigade number {n}.</p>
<p>"There is nothing to discuss at this moment," Peskov told reporters in Moscow.</p>
<p>Ukrainian President Volodymyr Zelensky said Ukraine would not give up any territory.</p>
</article></body></html>"""

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {n}</title>
<item><title>Entry {n}</title><link>{base}/news/feed-{n}.html</link></item></channel></rss>"""


class _Handler(BaseHTTPRequestHandler):
    requests: list[tuple[str, str]] = []  # (path, If-None-Match)

    def do_GET(self):  # noqa: N802 (http.server's name)
        _Handler.requests.append((self.path, self.headers.get("If-None-Match", "")))
        if self.path == "/robots.txt":
            return self._send(404, b"", "text/plain")
        if self.path.startswith("/feeds/"):
            n = self.path.split("/")[-1].split(".")[0]
            etag = f'"feed-{n}"'
            if self.headers.get("If-None-Match") == etag:
                return self._send(304, b"", "application/rss+xml", etag)
            base = f"http://{self.headers['Host']}"
            return self._send(
                200, FEED.format(n=n, base=base).encode(), "application/rss+xml", etag
            )
        n = self.path.split("/")[-1].split(".")[0]
        page = PAGE.format(title=f"Bench article {n}", n=n).encode()
        return self._send(200, page, "text/html; charset=utf-8")

    def _send(self, status, body, content_type, etag=""):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if etag:
            self.send_header("ETag", etag)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class LocalSite:
    def __enter__(self):
        _Handler.requests = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    @property
    def requests(self):
        return _Handler.requests


def _worker_env() -> dict[str, str]:
    db = connection.settings_dict
    env = dict(os.environ)
    if connection.vendor == "postgresql":
        user = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
        env["DATABASE_URL"] = f"postgres://{user}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    env.update(WARLOG_FETCH_ALLOW_PRIVATE="1", WARLOG_FETCH_HOST_INTERVAL="0")
    return env


def bench_workers(*, urls: int, workers: int, log=print) -> dict:
    """Queue `urls` URL ingests, start `workers` db_worker processes, time until all are done."""
    from statements.tasks import ingest_url_task

    with LocalSite() as site:
        for n in range(urls):
            ingest_url_task.enqueue(url=f"{site.base}/news/w{workers}-{n}.html")
        load = os.getloadavg()[0]
        cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        procs = [
            subprocess.Popen(
                [
                    sys.executable,
                    "manage.py",
                    "db_worker",
                    "--batch",
                    "--no-reload",
                    "--no-startup-delay",
                    "--interval",
                    "0",
                    "--verbosity",
                    "0",
                ],
                cwd=ROOT,
                env=_worker_env(),
            )
            for _ in range(workers)
        ]
        for proc in procs:
            proc.wait()
        elapsed = time.perf_counter() - started
        cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (cpu_after.ru_utime + cpu_after.ru_stime) - (
            cpu_before.ru_utime + cpu_before.ru_stime
        )
        created = Source.objects.filter(url__startswith=site.base).count()
        pages = [p for p, _ in site.requests if p.startswith("/news/")]
        Source.objects.filter(url__startswith=site.base).delete()
    DBTaskResult.objects.all().delete()
    row = {
        "workers": workers,
        "urls": urls,
        "sources": created,
        "fetches": len(pages),
        "distinct_fetches": len(set(pages)),
        "seconds": round(elapsed, 2),
        "urls_per_second": round(urls / elapsed, 1),
        "worker_cpu_ms_per_url": round(cpu * 1000 / urls, 1),
        "load_average_at_start": round(load, 1),
    }
    log(f"  {workers} worker(s): {row}")
    return row


def bench_idle_poll(*, feeds: int, log=print) -> dict:
    """Poll `feeds` feeds once (filling them), then time a second, idle poll of them all."""
    with (
        LocalSite() as site,
        override_settings(WARLOG_FETCH_ALLOW_PRIVATE=True, WARLOG_FETCH_HOST_INTERVAL=0),
    ):
        made = [Feed.objects.create(url=f"{site.base}/feeds/{n}.xml") for n in range(feeds)]
        with Fetcher() as fetcher:
            first = [poll_feed(feed, fetcher=fetcher) for feed in made]
            sources_before = Source.objects.count()
            site.requests.clear()
            started = time.perf_counter()
            again = Feed.objects.filter(pk__in=[f.pk for f in made])
            second = [poll_feed(feed, fetcher=fetcher) for feed in again]
            elapsed = time.perf_counter() - started
        conditional = [tag for path, tag in site.requests if path.startswith("/feeds/") and tag]
        row = {
            "feeds": feeds,
            "first_poll_ingested": sum(r.ingested for r in first),
            "idle_requests": len(site.requests),
            "idle_conditional_requests": len(conditional),
            "idle_not_modified": sum(r.not_modified for r in second),
            "idle_ingested": Source.objects.count() - sources_before,
            "idle_seconds": round(elapsed, 3),
            "ms_per_feed": round(elapsed * 1000 / feeds, 2),
        }
        Source.objects.filter(url__startswith=site.base).delete()
        FeedEntry.objects.filter(feed__in=made).delete()
        Feed.objects.filter(pk__in=[f.pk for f in made]).delete()
    log(f"  idle poll: {row}")
    return row
