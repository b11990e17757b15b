import json

import pytest


@pytest.fixture
def editor_user(db, django_user_model):
    """A staff user in the Editors group (not a superuser)."""
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(
        username="ed", password="correct-horse-battery", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor_user):
    """The test client, logged in as `editor_user`."""
    assert client.login(username="ed", password="correct-horse-battery")
    return client


@pytest.fixture
def seeds(db, settings):
    """The gazetteer and the seed articles (fixtures/articles), ingested as `make demo` does."""
    from io import StringIO

    from django.core.management import call_command

    settings.WARLOG_CHART_CACHE_SECONDS = 0
    call_command("load_gazetteer", stdout=StringIO())
    call_command("ingest", str(settings.WARLOG_FIXTURES_DIR / "articles"), stdout=StringIO())


ARTICLE_HTML = """<!doctype html>
<html><head>
<meta charset="utf-8">
<title>{title} | Kyiv Ledger</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Kyiv Ledger">
<meta property="article:published_time" content="{published}T08:30:00+00:00">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>{title}</h1>
<p>Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow saw no basis for talks with Kyiv
while Western weapons kept arriving at the front.</p>
<p>"There is nothing to discuss at this moment," Peskov told reporters in Moscow, adding that the
Kremlin would watch the situation closely over the coming weeks.</p>
<p>Ukrainian President Volodymyr Zelensky said in his nightly address that Ukraine would not
give up any territory and that {marker} remained the priority for the army.</p>
</article>
<footer>Copyright Kyiv Ledger. All rights reserved.</footer>
</body></html>
"""


def article_html(title="Kremlin rules out talks", published="2023-11-10", marker="air defence"):
    """A news page as a site serves it: metadata in <head>, the article among menus."""
    return ARTICLE_HTML.format(title=title, published=published, marker=marker)


@pytest.fixture
def web(httpserver, settings):
    """A local web server that Warlog may fetch from: private addresses allowed, no politeness
    delay, quick retries; it serves a permissive robots.txt unless a test replaces it."""
    settings.WARLOG_FETCH_ALLOW_PRIVATE = True
    settings.WARLOG_FETCH_HOST_INTERVAL = 0.0
    settings.WARLOG_FETCH_BACKOFF = 0.01
    settings.WARLOG_FETCH_TIMEOUT = 2.0
    httpserver.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nAllow: /\n", content_type="text/plain"
    )
    return httpserver


@pytest.fixture
def small_gazetteer(tmp_path_factory, settings):
    """A one-actor gazetteer (Dmitry Peskov, alias Peskov) and no events, as the fixtures."""
    directory = tmp_path_factory.mktemp("fixtures")
    actors = [{"name": "Dmitry Peskov", "affiliation": "Russia", "aliases": ["Peskov"]}]
    (directory / "actors.json").write_text(json.dumps(actors), "utf-8")
    (directory / "events.json").write_text("[]", "utf-8")
    settings.WARLOG_FIXTURES_DIR = directory
    return directory


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    """Pages rendered, not served from the page cache (whose hits carry no template context
    for tests to read); tests of the page cache set it themselves."""
    settings.WARLOG_PAGE_CACHE_SECONDS = 0


@pytest.fixture(scope="session", autouse=True)
def _one_request_at_a_time():
    """A live server on the in-memory SQLite test database shares the test's one connection with
    its request threads: two requests at once (a page's chart and its facet counts, fetched
    together) would use that connection from two threads, which can hang the run. The live
    server (one for the session, started after this) answers one request at a time; Django then
    closes each connection."""
    from django.core.servers.basehttp import WSGIServer
    from django.test.testcases import LiveServerThread

    class OneAtATime(WSGIServer):
        # (the live server's thread holds the test's connections itself: LiveServerThread.run)
        def __init__(self, *args, connections_override=None, **kwargs):
            super().__init__(*args, **kwargs)

    threaded = LiveServerThread.server_class
    LiveServerThread.server_class = OneAtATime
    yield
    LiveServerThread.server_class = threaded


@pytest.fixture(autouse=True)
def _summary_shared_with_the_live_server(request, monkeypatch):
    """A live server answers in its own thread, which would not see the counts-summary
    recounts this test's writes queued (they run on commit, and a `db` test never commits;
    see statements/summary.py). One queue for every thread here, so its reads flush them."""
    if "live_server" not in request.fixturenames:
        return
    from statements import summary

    shared: dict = {}
    monkeypatch.setattr(summary, "_queue", lambda using: shared.setdefault(using, set()))
