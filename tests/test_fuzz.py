"""Issue 10: random and hostile query strings against every public URL, debug off: no
response is a server error (>= 500). Fixed seed, so a failure reproduces; bounded to seconds.

The URLs are every route of `statements/urls.py` (the test checks none is missing), with real
slugs and ids, so valid filters are exercised beside hostile ones."""

import random
import time
from urllib.parse import quote

import pytest
from django.test import Client
from django.urls import get_resolver

from statements import urls as statement_urls
from tests.factories import ActorFactory, EventFactory, SourceFactory, StatementFactory

pytestmark = pytest.mark.django_db

SEED = 20240224
REQUESTS = 2_000
TIME_BUDGET = 120  # seconds: a guard against a runaway, far above what a run takes

PARAMETERS = [
    "actor", "affiliation", "kind", "event", "source", "outlet", "status", "date_from",
    "date_to", "q", "sort", "page", "cursor", "limit", "format", "next", "x", "",
]  # fmt: skip
HOSTILE = [
    "", "%00", "a%00b", "%01", "%1b", "%07", "a%0bb", "%0c", "%7f", "%c2%85", "%ef%bf%be",
    "%ef%bf%bf", "%ed%a0%80", "%ff%fe", "%c0%af", "%e2%80%ae", "%f0%9f%92%a3", "%", "%%",
    "%zz", "%2", "&", "=", "==", "&&&", "+", "%20", "%0a", "%0d%0a", "%09",
    "-talks", "-a -b", "a or -b", "or", "OR", '"', '"-a"', "'", "' OR 1=1 --", "\\", "%5c",
    "<script>alert(1)</script>", "../../etc/passwd", "*", "?", "#", ";", "!", "()", "&#0;",
    "0", "-1", "1e9", "9" * 30, "9" * 400, "1.5", "nan", "inf", "None", "null", "[]", "{}",
    "true", "2024-02-30", "2024-13-01", "0001-01-01", "9999-12-31", "99999-01-01", "2024-1-1",
    "2023-11-10", "2025-01-01", "24/02/2022", "n.2...", "p.2...", "n.0..2024-01-01.5",
    "n.2.2024-01-01.2024-01-01.1", "p.3..2024-01-01.99", "n.999999999..." + "9" * 18,
    "said_desc", "said_asc", "published_desc", "published_asc", "relevance", "direct",
    "indirect", "mixed", "unreviewed", "verified", "rejected", "Russia", "Ukraine", "NATO",
    "Песков", "Дмитрий Песков", "Zelenskyy", "dmitry-peskov", "kursk-incursion", "1", "2",
    "1000", "1001", "ceasefire", "talks", "the", "a" * 201, "b" * 3000,
]  # fmt: skip


def hostile_query(rng: random.Random, real: list[str]) -> str:
    """A query string of 0-6 parameters, names and values from the hostile lists (or real
    slugs and ids), sometimes raw, sometimes percent-encoded, sometimes mangled."""
    parts = []
    for _ in range(rng.randrange(7)):
        name = rng.choice(PARAMETERS)
        value = rng.choice(HOSTILE + real)
        roll = rng.random()
        if roll < 0.15:
            value = quote(value, safe="")
        elif roll < 0.25:
            value = "".join(rng.choice(HOSTILE[:30]) for _ in range(rng.randrange(1, 4)))
        elif roll < 0.30:
            value = "%" + "".join(rng.choice("0123456789abcdefXYZ%") for _ in range(2))
        if rng.random() < 0.05:
            name = rng.choice(HOSTILE[:30])
        parts.append(f"{name}={value}" if rng.random() < 0.95 else name)
    query = "&".join(parts)
    if rng.random() < 0.01:
        query += "&q=" + "x" * 5000  # over the cap
    return query


@pytest.fixture
def world():
    peskov = ActorFactory(name="Dmitry Peskov", affiliation="Russia")
    zelensky = ActorFactory(name="Volodymyr Zelenskyy", affiliation="Ukraine")
    event = EventFactory(name="Kursk incursion", slug="kursk-incursion")
    statements = [
        StatementFactory(actor=actor, text=f"the ceasefire talks {n} stalled \x1b", kind=kind)
        for n, (actor, kind) in enumerate(
            [(peskov, "direct"), (zelensky, "indirect"), (None, "mixed"), (peskov, "direct")]
        )
    ]
    statements[0].events.add(event)
    undated = SourceFactory(outlet="", title="", published_on=None, text="Somebody said: no.")
    StatementFactory(source=undated, text="no", said_on=None, actor=None)
    return {"actor": peskov, "event": event, "statement": statements[0]}


def public_urls(world) -> list[str]:
    statement = world["statement"]
    return [
        "/",
        "/statements.csv",
        "/statements.json",
        "/statements.atom",
        "/actors.json",
        f"/actors/{world['actor'].slug}/",
        f"/events/{world['event'].slug}/",
        f"/sources/{statement.source_id}/",
        f"/statements/{statement.pk}/",
        "/facets.json",
        "/chart.json",
        "/actors/",
        "/events/",
        "/sources/",
        "/about/",
        "/compare/",
    ]


def read(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def test_every_public_url_is_covered(world):
    names = {pattern.name for pattern in statement_urls.urlpatterns}
    resolved = {get_resolver().resolve(url.split("?")[0]).url_name for url in public_urls(world)}
    assert resolved == names


def test_hostile_query_strings_never_cause_a_server_error(world, settings):
    settings.DEBUG = False
    # The chart cache in memory: each of the ~1,000 distinct filters is a new entry, and the
    # file cache lists its whole directory on every write (culling).
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    client = Client(raise_request_exception=False)
    rng = random.Random(SEED)
    urls = public_urls(world)
    real = [world["actor"].slug, str(world["statement"].source_id), str(world["statement"].pk)]
    failures, statuses = [], {}
    started = time.perf_counter()
    for n in range(REQUESTS):
        url = f"{urls[n % len(urls)]}?{hostile_query(rng, real)}"
        try:
            response = client.get(url)
            read(response)
            status = response.status_code
        except Exception as exc:  # an error while streaming the body
            status = f"{type(exc).__name__}: {exc}"
        statuses[status] = statuses.get(status, 0) + 1
        if not isinstance(status, int) or status >= 500:
            failures.append((url[:300], status))
    elapsed = time.perf_counter() - started
    print(f"{REQUESTS} requests in {elapsed:.1f} s: {sorted(statuses.items(), key=str)}")
    assert failures == []
    assert elapsed < TIME_BUDGET
    assert statuses.get(200, 0) > REQUESTS * 0.2  # valid filters were exercised too
    assert statuses.get(400, 0) > REQUESTS * 0.2
