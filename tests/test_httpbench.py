"""scripts/httpbench.py: the URLs it asks both servers, and that it reads Warlog's real page."""

import html
import importlib.util
import json
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from tests.factories import StatementFactory

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "httpbench.py"
spec = importlib.util.spec_from_file_location("httpbench", SCRIPT)
httpbench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(httpbench)


def query(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def test_the_same_question_in_each_servers_terms():
    params = {"speaker": "kaja-kallas", "date_from": "2023-01-01", "date_to": "2023-06-30"}
    warlog = httpbench.Warlog("http://127.0.0.1:8000/")
    datasette = httpbench.Datasette("http://127.0.0.1:8001/warlog")
    assert query(warlog.url(params)) == {
        "actor": ["kaja-kallas"],
        "date_from": ["2023-01-01"],
        "date_to": ["2023-06-30"],
    }
    assert datasette.url({}).startswith("http://127.0.0.1:8001/warlog/statements?")
    assert query(datasette.url(params)) == {
        "speaker_slug": ["kaja-kallas"],
        "said_on__gte": ["2023-01-01"],
        "said_on__lte": ["2023-06-30"],
        "_sort_desc": ["said_on"],
    }
    through = query(datasette.url({"event": "7"}))["_through"][0]
    assert json.loads(through) == {"table": "statement_events", "column": "event_id", "value": "7"}
    assert query(warlog.url({"search": "Kallas"})) == {"q": ["Kallas"]}
    assert warlog.url({}) == "http://127.0.0.1:8000/"


def test_percentile_interpolates_between_ranks():
    assert httpbench.percentile([], 0.5) is None
    assert httpbench.percentile([30, 10, 20], 0.5) == 20
    assert httpbench.percentile([10, 20, 30, 40], 0.5) == 25
    assert httpbench.percentile(list(range(1, 101)), 0.95) == pytest.approx(95.05)


@pytest.mark.django_db
def test_reads_the_count_and_the_older_link_of_the_real_timeline(client, settings):
    settings.WARLOG_PAGE_SIZE = 2
    StatementFactory.create_batch(5)
    body = client.get("/").content
    assert httpbench.count_in(body, httpbench.WARLOG_COUNT) == 5
    older = httpbench.WARLOG_OLDER.search(body.decode())
    assert older is not None
    second = client.get(urljoin("/", html.unescape(older.group(1))))
    assert second.status_code == 200
    assert httpbench.count_in(second.content, httpbench.WARLOG_COUNT) == 5


def test_a_datasette_page_link_and_count_are_read():
    body = (
        b"<h3>969,974 rows sorted by said_on descending</h3> ... "
        b'<a href="http://127.0.0.1:8001/warlog/statements?_next=2025-12-30%2C9&amp;'
        b'_sort_desc=said_on">Next page</a>'
    )
    assert httpbench.count_in(body, httpbench.DATASETTE_COUNT) == 969974
    link = httpbench.DATASETTE_NEXT.search(body.decode()).group(1)
    assert "_next=2025-12-30%2C9" in link


def test_logs_in_to_the_admin_and_times_the_changelist(live_server, admin_user):
    StatementFactory.create_batch(3)
    headers = httpbench.admin_login(live_server.url, "admin", "password")
    assert headers["Cookie"].startswith("sessionid=")
    results = httpbench.measure_admin(live_server.url, headers, "Kallas", samples=2)
    assert [r["case"] for r in results] == ["admin changelist", "admin search q=Kallas"]
    assert [(r["first_status"], r["errors"]) for r in results] == [(200, 0), (200, 0)]
    assert all(r["p95"] >= r["p50"] > 0 for r in results)
