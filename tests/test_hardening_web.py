"""Issue 10, the web side: control characters, parameter validation, the query-string cap,
JSON pages, negation-only searches, the statement timeout, CSP and login throttling."""

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.http import HttpResponse
from django.test import RequestFactory

from tests.factories import ActorFactory, StatementFactory
from warlog.middleware import StatementTimeoutMiddleware

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def peskov_statements():
    peskov = ActorFactory(name="Dmitry Peskov")
    statements = [
        StatementFactory(
            actor=peskov,
            text=f"the ceasefire talks number {n} stalled",
            said_on=dt.date(2024, 1, 1) + dt.timedelta(days=n),
        )
        for n in range(7)
    ]
    return peskov, statements


# --------------------------------------------------------------------------- XML controls


@pytest.mark.parametrize("query", ["q=%01", "outlet=%1b", "q=a%0bb", "actor=%07", "q=%ef%bf%be"])
def test_control_characters_in_the_atom_query_are_a_400_not_a_500(client, query):
    StatementFactory()
    response = client.get(f"/statements.atom?{query}")
    assert response.status_code == 400
    assert b"control characters" in response.content


def test_a_stored_escape_character_does_not_break_the_feed(client):
    """Rows stored before ingestion stripped them (or typed into the admin) still render."""
    peskov = ActorFactory(name="Dmitry Peskov")
    StatementFactory(actor=peskov, text="we will \x1b[1mnever\x07 give up", via="TV\x0c1")
    response = client.get(f"/statements.atom?actor={peskov.slug}")
    assert response.status_code == 200
    item = ET.fromstring(response.content).find(f"{ATOM}entry")
    assert item.find(f"{ATOM}title").text == "Dmitry Peskov: we will [1mnever give up"
    assert "\x1b" not in response.content.decode()


def test_an_ingested_article_with_escape_and_bell_gives_a_valid_feed(client, tmp_path, settings):
    from statements.ingest import ingest_paths

    directory = tmp_path / "fixtures"
    directory.mkdir()
    actors = [{"name": "Dmitry Peskov", "affiliation": "Russia", "aliases": ["Peskov"]}]
    (directory / "actors.json").write_text(json.dumps(actors))
    (directory / "events.json").write_text("[]")
    settings.WARLOG_FIXTURES_DIR = directory
    article = (
        "Talks stall\n\nDmitry Peskov said: “It is impos\x1bsible to defeat Russia on the "
        "battlefield\x07, everyone knows.”\n" + "He spoke in Moscow on Friday. " * 10 + "\n"
    )
    (tmp_path / "a.txt").write_text(article)
    assert ingest_paths(paths=[tmp_path / "a.txt"]).files_ingested == 1
    response = client.get("/statements.atom?actor=dmitry-peskov")
    assert response.status_code == 200
    (item,) = ET.fromstring(response.content).findall(f"{ATOM}entry")
    assert "impossible to defeat Russia on the battlefield" in item.find(f"{ATOM}title").text


# --------------------------------------------------------------------------- parameters


@pytest.mark.parametrize(
    "url",
    [
        "/actors.json?q=a%00b",
        "/?q=a%00b",
        "/statements.csv?outlet=%00",
        "/statements.json?x%00=1",
        "/actors/nobody/?page=%00",
        "/admin/login/?next=%00",
    ],
)
def test_nul_anywhere_in_the_query_is_a_400(client, url):
    assert client.get(url).status_code == 400


def test_actors_json_validates_q_like_the_search_box(client):
    ActorFactory(name="Dmitry Peskov")
    assert client.get("/actors.json?q=pes").json()["results"][0]["name"] == "Dmitry Peskov"
    response = client.get("/actors.json?q=" + "p" * 201)
    assert response.status_code == 400
    assert response.json() == {
        "errors": ["q: Ensure this value has at most 200 characters (it has 201)."]
    }


@pytest.mark.parametrize("url", ["/", "/statements.json", "/statements.atom", "/actors.json"])
def test_a_query_string_over_the_cap_is_a_400_and_not_echoed(client, url):
    StatementFactory()
    response = client.get(f"{url}?q={'a' * 100_000}")
    assert response.status_code == 400
    assert len(response.content) < 5_000
    assert "at most 4,096 are accepted" in response.content.decode()


def test_a_query_string_under_the_cap_is_served(client):
    StatementFactory()
    assert client.get(f"/?outlet={'a' * 150}&unknown={'b' * 3800}").status_code == 200


# --------------------------------------------------------------------------- JSON pages


def page_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return json.loads(b"".join(response.streaming_content))


def test_statements_json_is_paged_by_cursor_with_a_next_link(client, peskov_statements):
    _, statements = peskov_statements
    newest_first = [s.pk for s in sorted(statements, key=lambda s: s.said_on, reverse=True)]
    url, seen, pages = "/statements.json?limit=3&q=ceasefire", [], 0
    while url:
        body = page_of(client, url)
        assert body["limit"] == 3
        assert len(body["results"]) <= 3
        seen += [row["id"] for row in body["results"]]
        url = body["next"]
        pages += 1
        if url:
            assert url.startswith("http://testserver/statements.json?")
            assert "q=ceasefire" in url and "limit=3" in url
    assert pages == 3
    assert seen == newest_first


def test_statements_json_default_and_largest_page(client, peskov_statements, settings):
    settings.WARLOG_JSON_PAGE_SIZE = 2
    body = page_of(client, "/statements.json")
    assert len(body["results"]) == 2
    assert body["previous"] is None
    assert "cursor=n.2." in body["next"]
    assert len(page_of(client, "/statements.json?limit=1000")["results"]) == 7


@pytest.mark.parametrize("limit", ["0", "1001", "-1", "ten", "１"])
def test_statements_json_limit_out_of_range_is_a_400(client, limit):
    response = client.get(f"/statements.json?limit={limit}")
    assert response.status_code == 400
    assert "Limit (limit)" in response.content.decode()


def test_csv_stays_the_unpaged_bulk_export(client, peskov_statements, settings):
    settings.WARLOG_JSON_PAGE_SIZE = 2
    response = client.get("/statements.csv")
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert len(lines) == 1 + 7


# --------------------------------------------------------------------------- searches


@pytest.mark.parametrize("q", ["-talks", "-talks -ceasefire", "ceasefire or -talks"])
@pytest.mark.parametrize("url", ["/", "/statements.json", "/statements.csv", "/statements.atom"])
def test_a_search_of_exclusions_only_is_refused(client, peskov_statements, url, q):
    response = client.get(url, {"q": q})
    assert response.status_code == 400
    assert "a search needs a word to look for" in response.content.decode()


def test_an_exclusion_beside_a_word_is_searched(client, peskov_statements):
    response = client.get("/statements.json", {"q": "ceasefire -talks"})
    assert response.status_code == 200


# --------------------------------------------------------------------------- statement timeout


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="statement_timeout is PostgreSQL's")
def test_web_requests_run_with_a_statement_timeout_and_a_slow_query_is_a_503(settings):
    settings.WARLOG_STATEMENT_TIMEOUT_MS = 5000

    def show(request):
        with connection.cursor() as cursor:
            cursor.execute("SHOW statement_timeout")
            return HttpResponse(cursor.fetchone()[0])

    assert StatementTimeoutMiddleware(show)(RequestFactory().get("/")).content == b"5s"
    settings.WARLOG_ADMIN_STATEMENT_TIMEOUT_MS = 60_000
    admin = StatementTimeoutMiddleware(show)(RequestFactory().get("/admin/statements/"))
    assert admin.content == b"1min"

    settings.WARLOG_STATEMENT_TIMEOUT_MS = 50

    def slow(request):
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_sleep(1)")
        return HttpResponse("done")

    middleware = StatementTimeoutMiddleware(slow)
    try:
        slow_response = middleware(RequestFactory().get("/"))
    except Exception as exc:  # what the handler does with a view's exception
        slow_response = middleware.process_exception(None, exc)
    assert slow_response.status_code == 503


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="statement_timeout is PostgreSQL's")
def test_commands_run_without_a_timeout_and_the_csv_export_with_a_long_one_then_none(
    client, settings
):
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] == "0"  # not in the connection options: commands unbounded
    settings.WARLOG_EXPORT_STATEMENT_TIMEOUT_MS = 600_000
    response = client.get("/statements.csv")
    with connection.cursor() as cursor:  # the filter's queries, before the stream
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] == "10min"
    b"".join(response.streaming_content)
    with connection.cursor() as cursor:  # the COPY itself: never cut once its 200 is sent
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] == "0"


# --------------------------------------------------------------------------- CSP


INLINE = re.compile(r"\sstyle=|<style|<script(?![^>]*\ssrc=)|\son[a-z]+=", re.IGNORECASE)


def test_pages_send_a_csp_and_hold_no_inline_script_or_style(client, peskov_statements):
    peskov, statements = peskov_statements
    statement = statements[0]
    pages = [
        "/",
        "/?q=ceasefire",
        f"/actors/{peskov.slug}/",
        f"/statements/{statement.pk}/",
        f"/sources/{statement.source_id}/",
        "/no-such-page/",
        "/?date_from=soon",
    ]
    for url in pages:
        response = client.get(url)
        assert response["Content-Security-Policy"].startswith("default-src 'self';"), url
        html = response.content.decode()
        assert INLINE.findall(html) == [], url
    assert 'class="swatch"' in client.get("/").content.decode()  # the chart legend is there


def test_the_admin_allows_inline_style_only(client):
    policy = client.get("/admin/login/")["Content-Security-Policy"]
    assert policy.startswith("default-src 'self'; style-src 'self' 'unsafe-inline';")
    assert "script-src" not in policy


# --------------------------------------------------------------------------- login throttling


def test_admin_login_is_locked_after_five_failures(client, editor_user):
    statuses = [
        client.post(
            "/admin/login/?next=/admin/", {"username": "ed", "password": "wrong"}
        ).status_code
        for _ in range(5)
    ]
    assert statuses == [200, 200, 200, 200, 429]
    locked = client.post(
        "/admin/login/?next=/admin/", {"username": "ed", "password": "correct-horse-battery"}
    )
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session
    other = client.post(
        "/admin/login/?next=/admin/",
        {"username": "ed", "password": "correct-horse-battery"},
        REMOTE_ADDR="10.0.0.9",
    )
    assert other.status_code == 302  # the same editor from another address is not locked out


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/sources/99999999999999999999/", 404),
        ("/statements/9223372036854775808/", 404),
        ("/actors/%00/", 404),
        ("/?source=99999999999999999999", 400),
        ("/?page=99999999999999999999", 404),
        ("/statements.json?cursor=n.2.2024-01-01..999999999999999999", 200),
    ],
)
def test_ids_beyond_the_database_integers_are_not_server_errors(client, url, status):
    assert client.get(url).status_code == status
