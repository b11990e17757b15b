"""Measure the reader-facing pages, the CSV export and ingestion on the current database.

Everything goes through the real URLs with Django's test `Client` (in process: the time is the
server's time, no network), so it measures whatever the views do. A benchmark, not a test:
nothing here asserts a threshold. `manage.py benchmark` prints the results as a table and can
write them as JSON; docs/performance.md records them for N = 1,000,000 on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import math
import os
import random
import re
import resource
import shutil
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from io import StringIO
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.core.management import get_commands
from django.db import connection, transaction
from django.db.models import Count
from django.test import Client
from django.test.utils import CaptureQueriesContext

from statements import summary
from statements.documents import is_article_path
from statements.ingest import RECOUNT_EVERY, ingest_paths
from statements.models import Actor, Event, Source, Statement

TIMELINE_URL = "/"
CSV_URL = "/statements.csv"
ADMIN_URL = "/admin/statements/statement/"
DEEP_PAGE_CAP = 1000  # page 1000 of 50 rows: an OFFSET of ~50,000
SEARCH_WORD = "grain"
COMBINATION_WORD = "drones"


# ----------------------------------------------------------------------- cases


@dataclass(frozen=True)
class Case:
    name: str
    params: dict[str, str]

    def query(self, **extra) -> str:
        return urlencode({**self.params, **extra})


def timeline_cases() -> list[Case]:
    """The filter combinations of issue 7, with values picked from the data (worst cases)."""
    busiest = (
        Statement.objects.exclude(actor=None)
        .values("actor")
        .annotate(n=Count("id"))
        .order_by("-n", "actor")
        .first()
    )
    actor_slug = (
        Actor.objects.filter(pk=busiest["actor"]).values_list("slug", flat=True).first()
        if busiest
        else None
    )
    affiliation = (
        Actor.objects.exclude(affiliation="")
        .values("affiliation")
        .annotate(n=Count("statements"))
        .order_by("-n", "affiliation")
        .values_list("affiliation", flat=True)
        .first()
    )
    through = Statement.events.through
    top_event = (
        through.objects.values("event")
        .annotate(n=Count("id"))
        .order_by("-n", "event")
        .values_list("event", flat=True)
        .first()
    )
    event_slug = Event.objects.filter(pk=top_event).values_list("slug", flat=True).first()
    cases = [Case("none", {})]
    if actor_slug:
        cases.append(Case("actor", {"actor": actor_slug}))
    if affiliation:
        cases.append(
            Case(
                "affiliation+dates",
                {"affiliation": affiliation, "date_from": "2023-01-01", "date_to": "2023-06-30"},
            )
        )
    if event_slug:
        cases.append(Case("event", {"event": event_slug}))
    cases.append(Case("q", {"q": SEARCH_WORD}))
    combination = {"kind": "direct", "q": COMBINATION_WORD, "date_from": "2022-06-01"}
    if affiliation:
        combination["affiliation"] = affiliation
    cases.append(Case("combination", combination))
    return cases


def matching_count(case: Case) -> int | None:
    """How many rows the filter selects, by the project's own StatementFilter (None if absent)."""
    try:
        from django.http import QueryDict

        from statements.filters import StatementFilter
    except ImportError:
        return None
    data = QueryDict(case.query())
    filterset = StatementFilter(data, queryset=Statement.objects.visible())
    if not filterset.is_valid():
        return None
    return filterset.qs.order_by().count()


def page_limit() -> int | None:
    """The rows the views will page through at most (views.COUNT_LIMIT), if they bound it."""
    try:
        from statements import views
    except ImportError:
        return None
    return getattr(views, "COUNT_LIMIT", None)


def deep_page(count: int | None, page_size: int, limit: int | None = None) -> int:
    """A page 80% of the way through the result (as far as the views page), at most page 1000."""
    if not count:
        return 1
    if limit:
        count = min(count, limit)
    pages = max(1, math.ceil(count / page_size))
    return max(1, min(DEEP_PAGE_CAP, int(pages * 0.8)))


# ----------------------------------------------------------------------- measuring


@dataclass
class Timing:
    status: int
    cold_ms: float
    samples_ms: list[float] = field(default_factory=list)
    queries: list[int] = field(default_factory=list)

    def summary(self) -> dict:
        ms = sorted(self.samples_ms)
        return {
            "status": self.status,
            "cold_ms": round(self.cold_ms, 2),
            "p50_ms": round(statistics.median(ms), 2),
            "p95_ms": round(_percentile(ms, 95), 2),
            "max_ms": round(ms[-1], 2),
            "queries": max(self.queries),
            "queries_constant": len(set(self.queries)) == 1,
            "samples": len(ms),
        }


def _percentile(sorted_values: list[float], pct: float) -> float:
    """Nearest-rank percentile of an already sorted list."""
    rank = max(1, math.ceil(pct / 100 * len(sorted_values)))
    return sorted_values[rank - 1]


def _consume(response) -> int:
    """Read the whole response (streamed or not); return its size in bytes."""
    if response.streaming:
        return sum(len(chunk) for chunk in response.streaming_content)
    return len(response.content)


def time_get(client: Client, url: str, *, repeat: int) -> Timing:
    # The first request pays for cold caches (the chart's cached aggregate, first-use imports).
    started = time.perf_counter()
    _consume(client.get(url, secure=True))
    cold_ms = (time.perf_counter() - started) * 1000
    timing = None
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url, secure=True)
            _consume(response)
            elapsed = (time.perf_counter() - started) * 1000
        if timing is None:
            timing = Timing(status=response.status_code, cold_ms=cold_ms)
        timing.samples_ms.append(elapsed)
        timing.queries.append(len(queries))
    return timing


def bench_timeline(client: Client, *, repeat: int, log: Callable[[str], None]) -> list[dict]:
    page_size = settings.WARLOG_PAGE_SIZE
    results = []
    for case in timeline_cases():
        count = matching_count(case)
        deep = deep_page(count, page_size, page_limit())
        row = {"case": case.name, "params": case.params, "rows": count, "deep_page": deep}
        cursor = deep_cursor(case, deep, page_size)
        deep_params = {"cursor": str(cursor)} if cursor else {}
        for label, extra in (("first", {}), ("deep", deep_params)):
            url = f"{TIMELINE_URL}?{case.query(**extra)}".rstrip("?")
            row[label] = {"url": url, **time_get(client, url, repeat=repeat).summary()}
            log(f"  timeline {case.name:<18} {label:<5} {row[label]['p95_ms']:>9.1f} ms p95")
        results.append(row)
    return results


def bench_admin(client: Client, *, repeat: int) -> dict:
    """The admin's statement changelist, as a superuser created and rolled back here."""
    from django.contrib.auth import get_user_model

    result: dict = {}

    class _Rollback(Exception):
        pass

    try:
        with transaction.atomic():
            user = get_user_model().objects.create_superuser(
                username=f"benchmark-{time.time_ns()}", password=None
            )
            client.force_login(user)
            result = {"url": ADMIN_URL, **time_get(client, ADMIN_URL, repeat=repeat).summary()}
            # A search for the busiest speaker's surname: what an editor types.
            busiest = (
                Actor.objects.annotate(n=Count("statements")).order_by("-n").first()
                if Actor.objects.exists()
                else None
            )
            if busiest is not None:
                url = f"{ADMIN_URL}?{urlencode({'q': busiest.name.split()[-1]})}"
                result["search"] = {"url": url, **time_get(client, url, repeat=repeat).summary()}
            client.logout()
            raise _Rollback
    except _Rollback:
        pass
    return result


# ----------------------------------------------------------------------- EXPLAIN

INDEX_USED = re.compile(r"(?:Bitmap Index|Index Only|Index) Scan(?: Backward)? using (\w+)")
EXECUTION = re.compile(r"Execution Time: ([\d.]+) ms")


def filtered_queryset(case: Case):
    """The timeline's queryset for `case`, as the project's StatementFilter builds it."""
    from django.http import QueryDict

    from statements.filters import StatementFilter

    base = Statement.objects.all()
    base = base.for_reading() if hasattr(base, "for_reading") else base.for_timeline()
    filterset = StatementFilter(QueryDict(case.query()), queryset=base)
    filterset.is_valid()
    return filterset.qs


def deep_cursor(case: Case, deep: int, page_size: int):
    """The cursor of the Older link that leads to page `deep` (None for page 1), as a reader
    walking the pages would follow it: after the last row of page `deep - 1`."""
    if deep <= 1:
        return None
    from statements.views import Cursor

    qs = filtered_queryset(case)
    last_of_previous = qs[(deep - 1) * page_size - 1]  # one OFFSET, outside the timings
    return Cursor.at(
        last_of_previous, case.params.get("sort", "said_desc"), forward=True, number=deep
    )


def explain_plans(log: Callable[[str], None]) -> list[dict]:
    """EXPLAIN ANALYZE of each case's page query (first and deep) and of its COUNT(*)."""
    if connection.vendor != "postgresql":
        return []
    size = settings.WARLOG_PAGE_SIZE
    results = []
    for case in timeline_cases():
        qs = filtered_queryset(case)
        started = time.perf_counter()
        count = qs.order_by().count()
        count_ms = (time.perf_counter() - started) * 1000
        row = {"case": case.name, "rows": count, "count_ms": round(count_ms, 1)}
        deep = deep_page(count, size, page_limit())
        cursor = deep_cursor(case, deep, size)
        for label, offset in (("first", 0), ("deep", (deep - 1) * size)):
            page_qs = qs[offset : offset + size]
            if label == "deep" and cursor:  # what the Older link runs: a keyset walk
                from statements.views import keyset_segments

                segment = keyset_segments(qs, cursor, case.params.get("sort", "said_desc"))[0]
                page_qs = segment[: size + 1]
            plan = page_qs.explain(analyze=True, buffers=True)
            found = EXECUTION.search(plan)
            row[label] = {
                "offset": offset,
                "execution_ms": float(found.group(1)) if found else None,
                "indexes": sorted(set(INDEX_USED.findall(plan))),
                "plan": plan,
            }
            log(f"  explain {case.name:<18} {label:<5} {row[label]['execution_ms']} ms")
        results.append(row)
    return results


# ----------------------------------------------------------------------- CSV export


def _rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux: the process's peak resident set so far.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _count_stream(chunks: Iterable[bytes | str]) -> tuple[int, int]:
    """(newlines, bytes) of a stream of chunks."""
    lines = size = 0
    for chunk in chunks:
        if isinstance(chunk, str):
            chunk = chunk.encode()
        elif isinstance(chunk, memoryview):  # psycopg's COPY blocks
            chunk = chunk.tobytes()
        lines += chunk.count(b"\n")
        size += len(chunk)
    return lines, size


COPY_SQL = """
COPY (
  SELECT s.id, s.said_on, s.said_on_precision, COALESCE(a.name, s.speaker_mention),
         a.slug, a.affiliation, s.kind, s.text, s.via, src.outlet, src.title, src.url,
         src.published_on,
         COALESCE((SELECT string_agg(e.slug, '; ' ORDER BY e.slug)
                     FROM statements_statement_events se
                     JOIN statements_event e ON e.id = se.event_id
                    WHERE se.statement_id = s.id), ''),
         s.review_status, 'https://testserver/statements/' || s.id || '/',
         s.cluster_id, COALESCE(c.reports, 1)
    FROM statements_statement s
    JOIN statements_source src ON src.id = s.source_id
    LEFT JOIN statements_actor a ON a.id = s.actor_id
    LEFT JOIN statements_cluster c ON c.id = s.cluster_id
   WHERE s.review_status <> 'rejected' {extra}
   ORDER BY s.said_on DESC NULLS LAST, src.published_on DESC NULLS LAST, s.id DESC
) TO STDOUT WITH (FORMAT csv, HEADER)
"""


def copy_export(actor_id: int | None) -> dict:
    """The same columns and rows written by PostgreSQL itself: the physical limit."""
    extra = "AND s.actor_id = %s" if actor_id else ""
    sql = COPY_SQL.format(extra=extra)
    started = time.perf_counter()
    with connection.cursor() as cursor:
        query = cursor.mogrify(sql, [actor_id]) if actor_id else sql
        with cursor.copy(query) as copy:
            lines, size = _count_stream(copy)
    seconds = time.perf_counter() - started
    rows = max(0, lines - 1)
    return {"rows": rows, "seconds": round(seconds, 3), "rows_per_s": round(rows / seconds)}


def django_export(client: Client, url: str, *, memory: bool) -> dict:
    rss_before = _rss_mb()
    started = time.perf_counter()
    response = client.get(url, secure=True)
    if response.status_code != 200:
        _consume(response)
        return {"url": url, "status": response.status_code, "available": False}
    try:
        lines, size = _count_stream(
            response.streaming_content if response.streaming else [response.content]
        )
    except Exception as exc:  # a streamed body fails after the 200 went out: report it
        return {"url": url, "status": 200, "available": False, "error": repr(exc)[:300]}
    seconds = time.perf_counter() - started
    rows = max(0, lines - 1)
    result = {
        "url": url,
        "status": 200,
        "available": True,
        "streaming": response.streaming,
        "rows": rows,
        "bytes": size,
        "seconds": round(seconds, 3),
        "rows_per_s": round(rows / seconds) if seconds else None,
        "rss_peak_mb": round(_rss_mb(), 1),
        "rss_growth_mb": round(_rss_mb() - rss_before, 1),
    }
    if memory:
        # A second pass under tracemalloc: the peak of Python allocations during the export.
        tracemalloc.start()
        response = client.get(url, secure=True)
        _consume(response)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        result["tracemalloc_peak_mb"] = round(peak / 2**20, 1)
    return result


def python_writer_export(params: dict[str, str]) -> dict:
    """The same filter through the pure-Python writer (SQLite's path, and the reference the
    PostgreSQL COPY writer is tested against), outside the view: its rows/s on this database."""
    from statements.exports import csv_chunks, export_batches

    queryset = filtered_queryset(Case("csv", params))
    started = time.perf_counter()
    lines, size = _count_stream(
        csv_chunks(export_batches(queryset), permalink=("https://testserver/statements/", "/"))
    )
    seconds = time.perf_counter() - started
    rows = max(0, lines - 1)
    return {"rows": rows, "seconds": round(seconds, 3), "rows_per_s": round(rows / seconds)}


def bench_csv(client: Client, *, memory: bool, log: Callable[[str], None]) -> list[dict]:
    busiest = (
        Statement.objects.exclude(actor=None)
        .values("actor", "actor__slug")
        .annotate(n=Count("id"))
        .order_by("-n", "actor")
        .first()
    )
    targets = [("all", {}, None)]
    if busiest:
        targets.append(("actor", {"actor": busiest["actor__slug"]}, busiest["actor"]))
    results = []
    for name, params, actor_id in targets:
        url = f"{CSV_URL}?{urlencode(params)}".rstrip("?")
        row = {"case": name, "django": django_export(client, url, memory=memory)}
        if connection.vendor == "postgresql":
            row["copy"] = copy_export(actor_id)
            row["python_writer"] = python_writer_export(params)
            if row["django"].get("available") and row["copy"]["rows_per_s"]:
                row["ratio"] = round(row["django"]["rows_per_s"] / row["copy"]["rows_per_s"], 3)
                row["python_writer_ratio"] = round(
                    row["python_writer"]["rows_per_s"] / row["copy"]["rows_per_s"], 3
                )
        else:
            row["copy"] = {"skipped": "COPY needs PostgreSQL"}
        log(f"  csv {name}: {row}")
        results.append(row)
    return results


# ----------------------------------------------------------------------- ingestion


def _seed_articles() -> list[Path]:
    directory = Path(settings.WARLOG_FIXTURES_DIR) / "articles"
    return sorted(p for p in directory.glob("*") if p.is_file() and is_article_path(p))


def make_article_copies(directory: Path, count: int) -> list[Path]:
    """`count` files cycling through the seed articles, each a little different (own hash)."""
    seeds = _seed_articles()
    paths = []
    for i in range(count):
        seed = seeds[i % len(seeds)]
        text = seed.read_text(encoding="utf-8")
        path = directory / f"{i:05d}_{seed.name}"
        path.write_text(f"{text.rstrip()}\n\nEditor's reference: copy {i + 1}.\n", encoding="utf-8")
        paths.append(path)
    return paths


def make_synthetic_articles(directory: Path, count: int, *, seed: int = 7) -> list[Path]:
    """`count` new articles (each with a sidecar: URL, outlet, publication date) written the
    way `generate_synthetic` writes its sources, by the database's own actors named in full,
    in the same Zipf proportions and on the same days: ingesting them meets the candidates
    (same speaker, same days) a new article meets in this database, and each is an original,
    never a syndicated copy of another."""
    from warlog_dev import synthetic

    rng = random.Random(seed)
    actors = list(Actor.objects.order_by("pk").values_list("name", flat=True)[:2000])
    if not actors:
        return []
    actor_cum = synthetic._cumulative(synthetic._zipf_weights(len(actors), synthetic.ZIPF_ACTORS))
    days, day_cum = synthetic._day_weights()
    paths = []
    for i in range(count):
        published = synthetic._pick(rng, days, day_cum)
        outlet, domain = rng.choice(synthetic.OUTLETS)
        paragraphs = []
        for n in range(rng.randint(*INGEST_STATEMENTS)):
            name = synthetic._pick(rng, actors, actor_cum)
            text = synthetic._statement_text(rng)
            _, _, evidence = synthetic._said(rng, published)
            said = " ".join(filter(None, ("said", evidence)))
            if n == 0:
                paragraphs.append(f"{name}: {text[0].upper()}{text[1:]}")
            if rng.random() < 0.5:
                paragraphs.append(f'"{text[0].upper()}{text[1:]}," {name} {said}.')
            else:
                paragraphs.append(f"{name} {said} that {text}.")
            if rng.random() < 0.3:
                paragraphs.append(rng.choice(synthetic.FILLERS))
        path = directory / f"{i:05d}_synthetic.txt"
        path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        sidecar = {
            "url": f"https://{domain}/bench/{seed}/{i}",
            "outlet": outlet,
            "published": published.isoformat(),
        }
        path.with_suffix(".json").write_text(json.dumps(sidecar), encoding="utf-8")
        paths.append(path)
    return paths


INGEST_STATEMENTS = (6, 18)  # statements an article of `make_synthetic_articles` holds
INGEST_ARTICLES = ("synthetic", "seeds")


class _Rollback(Exception):
    pass


def _backend_cpu() -> float | None:
    """CPU seconds used so far by this connection's PostgreSQL backend (utime + stime from
    /proc), or None: another database, or a server on another machine or user."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def bench_ingest(*, files: int, articles: str = "synthetic") -> dict:
    """Ingest `files` articles inside a transaction that is rolled back: new articles in the
    database's own actors and days (`synthetic`), or copies of the seed articles (`seeds`:
    after the first five, every one is a syndicated copy, whose statements are not written)."""
    if "ingest" not in get_commands():
        return {"available": False, "reason": "no ingest command yet"}
    if articles == "seeds" and not _seed_articles():
        return {"available": False, "reason": "no seed articles in fixtures/articles"}
    workdir = Path(tempfile.mkdtemp(prefix="warlog-bench-"))
    result: dict = {}
    try:
        if articles == "seeds":
            make_article_copies(workdir, files)
        elif not make_synthetic_articles(workdir, files):
            return {"available": False, "reason": "no actors in the database"}
        out = StringIO()
        try:
            with transaction.atomic():
                sources_before = Source.objects.count()
                statements_before = Statement.objects.count()
                backend = _backend_cpu()
                started, cpu = time.perf_counter(), time.process_time()
                # In production the summary's touched keys are recounted once per
                # RECOUNT_EVERY files, after their commits; here everything is rolled back
                # (no commit), so recount as often by hand.
                done = itertools.count(1)

                def recount(*_):
                    if next(done) % RECOUNT_EVERY == 0:
                        summary.flush()

                ingested = ingest_paths(paths=[workdir], on_file=recount)
                summary.flush()
                out.write(ingested.summary() + "\n")
                seconds = time.perf_counter() - started
                cpu = time.process_time() - cpu
                backend = _backend_cpu() - backend if backend is not None else None
                result = {
                    "available": True,
                    "articles": articles,
                    "files": files,
                    "seconds": round(seconds, 2),
                    "articles_per_s": round(files / seconds, 1),
                    # this process's CPU (extraction, ORM); PostgreSQL's is the rest
                    "cpu_seconds": round(cpu, 2),
                    # PostgreSQL's for this connection (its backend process, when readable)
                    "db_cpu_seconds": round(backend, 2) if backend is not None else None,
                    # on one core: this process and its PostgreSQL backend, the machine's
                    # other load left out
                    "articles_per_cpu_s": (
                        round(files / (cpu + backend), 1) if backend is not None else None
                    ),
                    "statements_created": Statement.objects.count() - statements_before,
                    "summary": out.getvalue().strip().splitlines()[-1:],
                    "sources_created": Source.objects.count() - sources_before,
                }
                raise _Rollback  # leave the database as it was
        except _Rollback:
            pass
        except Exception as exc:  # the command failed: report, don't crash the benchmark
            result = {"available": False, "reason": f"{type(exc).__name__}: {exc}"}
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return result


# ----------------------------------------------------------------------- all of it


def run_benchmark(
    *,
    repeat: int = 20,
    ingest_files: int = 1000,
    ingest_articles: str = "synthetic",
    csv_memory: bool = True,
    sections: Iterable[str] = ("explain", "timeline", "admin", "csv", "ingest"),
    log: Callable[[str], None] = lambda message: None,
) -> dict:
    sections = set(sections)
    client = Client(HTTP_HOST=_host(), raise_request_exception=False)
    report: dict = {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "database": {
            "vendor": connection.vendor,
            "statements": Statement.objects.count(),
            "actors": Actor.objects.count(),
            "events": Event.objects.count(),
        },
        "settings": {"debug": settings.DEBUG, "page_size": settings.WARLOG_PAGE_SIZE},
        "repeat": repeat,
    }
    if "explain" in sections and connection.vendor == "postgresql":
        log("explain")
        report["explain"] = explain_plans(log)
    if "timeline" in sections:
        log("timeline")
        report["timeline"] = bench_timeline(client, repeat=repeat, log=log)
    if "admin" in sections:
        log("admin changelist")
        report["admin"] = bench_admin(client, repeat=max(3, repeat // 4))
    if "csv" in sections:
        log("csv export")
        report["csv"] = bench_csv(client, memory=csv_memory, log=log)
    if "ingest" in sections:
        log("ingestion")
        report["ingest"] = bench_ingest(files=ingest_files, articles=ingest_articles)
    return report


def _host() -> str:
    for host in settings.ALLOWED_HOSTS:
        if host and "*" not in host and not host.startswith("."):
            return host.strip("[]") if host.startswith("[") else host
    return "localhost"


def format_table(report: dict) -> str:
    lines = [
        f"{report['database']['vendor']}: {report['database']['statements']:,} statements, "
        f"{report['database']['actors']:,} actors; {report['repeat']} samples per page; "
        f"DEBUG={report['settings']['debug']}",
        "",
        f"{'timeline':<20}{'rows':>10}{'page':>6} | {'cold ms':>8}{'p50 ms':>8}{'p95 ms':>8}"
        f"{'SQL':>5}{'HTTP':>6}",
    ]
    for row in report.get("timeline", []):
        for label in ("first", "deep"):
            t = row[label]
            page = 1 if label == "first" else row["deep_page"]
            rows = f"{row['rows']:,}" if row["rows"] is not None else "?"
            lines.append(
                f"{row['case']:<20}{rows:>10}{page:>6} | {t['cold_ms']:>8.1f}"
                f"{t['p50_ms']:>8.1f}{t['p95_ms']:>8.1f}{t['queries']:>5}{t['status']:>6}"
            )
    if report.get("explain"):
        lines += [
            "",
            f"{'EXPLAIN ANALYZE':<20}{'rows':>10}{'count':>8} | {'first ms':>9}{'deep ms':>9}  indexes",
        ]
        for row in report["explain"]:
            used = sorted(set(row["first"]["indexes"]) | set(row["deep"]["indexes"]))
            lines.append(
                f"{row['case']:<20}{row['rows']:>10,}{row['count_ms']:>8.0f} | "
                f"{row['first']['execution_ms']:>9.1f}{row['deep']['execution_ms']:>9.1f}  "
                + ", ".join(used)
            )
    admin = report.get("admin")
    if admin:
        lines.append(
            f"{'admin changelist':<36} | {admin['cold_ms']:>8.1f}{admin['p50_ms']:>8.1f}{admin['p95_ms']:>8.1f}"
            f"{admin['queries']:>5}{admin['status']:>6}"
        )
        if search := admin.get("search"):
            lines.append(
                f"{'admin search ' + search['url'].split('?q=')[1]:<36} | {search['cold_ms']:>8.1f}"
                f"{search['p50_ms']:>8.1f}{search['p95_ms']:>8.1f}"
                f"{search['queries']:>5}{search['status']:>6}"
            )
    if report.get("csv"):
        lines += [
            "",
            f"{'csv':<8}{'rows':>10}{'rows/s':>10}{'COPY/s':>10}{'ratio':>7}"
            f"{'RSS MB':>8}{'trace MB':>9}{'py rows/s':>10}{'py ratio':>9}",
        ]
        for row in report["csv"]:
            d, c = row["django"], row["copy"]
            if not d.get("available"):
                why = d.get("error") or f"HTTP {d['status']}"
                lines.append(f"{row['case']:<8} not available ({why})")
                continue
            lines.append(
                f"{row['case']:<8}{d['rows']:>10,}{d['rows_per_s']:>10,}"
                f"{c.get('rows_per_s', 0):>10,}{row.get('ratio', 0):>7.2f}"
                f"{d['rss_peak_mb']:>8.0f}{d.get('tracemalloc_peak_mb', 0):>9.1f}"
                f"{row.get('python_writer', {}).get('rows_per_s', 0):>10,}"
                f"{row.get('python_writer_ratio', 0):>9.2f}"
            )
    ingest = report.get("ingest")
    if ingest:
        lines.append("")
        if ingest.get("available"):
            lines.append(
                f"ingest ({ingest['articles']}): {ingest['files']} files in "
                f"{ingest['seconds']} s = {ingest['articles_per_s']} articles/s, "
                f"{ingest['statements_created']:,} statements, "
                f"{ingest['cpu_seconds']} s CPU in this process, "
                f"{ingest['db_cpu_seconds']} s in PostgreSQL's backend: "
                f"{ingest['articles_per_cpu_s']} articles per CPU-second"
            )
        else:
            lines.append(f"ingest: not available ({ingest.get('reason')})")
    return "\n".join(lines)
