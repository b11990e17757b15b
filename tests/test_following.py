"""Articles and feeds from a local web server, through the ingest service."""

import datetime as dt
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from statements.articles import ingest_url
from statements.documents import read_page
from statements.fetching import Fetcher
from statements.following import parse_feed, poll_due_feeds, poll_feed
from statements.models import Feed, FeedEntry, Source
from tests.conftest import article_html

pytestmark = pytest.mark.django_db

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Kyiv Ledger</title><link>{base}</link>
<item><title>Feed title one</title><link>{base}/news/one.html?utm_source=rss</link>
<pubDate>Fri, 10 Nov 2023 08:00:00 GMT</pubDate></item>
<item><title>Feed title two</title><link>{base}/news/two.html</link>
<pubDate>Sat, 11 Nov 2023 09:00:00 GMT</pubDate></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ledger</title><id>urn:x</id>
<updated>2023-11-12T00:00:00Z</updated>
<entry><title>Atom one</title><id>urn:1</id><link href="{base}/atom/one.html"/>
<updated>2023-11-12T00:00:00Z</updated></entry>
</feed>"""

NEWS_SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>{base}/sitemap/one.html</loc>
<news:news><news:publication><news:name>Sitemap Daily</news:name><news:language>en</news:language>
</news:publication><news:publication_date>2023-11-09T10:00:00+00:00</news:publication_date>
<news:title>Sitemap headline</news:title></news:news></url>
</urlset>"""


def serve_article(web, path, **kwargs):
    web.expect_request(path).respond_with_data(
        article_html(**kwargs), content_type="text/html; charset=utf-8"
    )


def requests_to(web, path):
    return [r for r, _ in web.log if r.path == path]


# --------------------------------------------------------------------------- one article


def test_read_page_takes_title_outlet_date_and_evidence_from_the_page():
    document = read_page(
        content=article_html(title="Kremlin rules out talks").encode(),
        url="https://ledger.example/news/a.html",
        charset="utf-8",
    )
    assert document.title == "Kremlin rules out talks"
    assert document.outlet == "Kyiv Ledger"
    assert document.url == "https://ledger.example/news/a.html"
    assert document.published == dt.date(2023, 11, 10)
    assert document.published_evidence == "page metadata: article:published_time"
    assert "There is nothing to discuss at this moment" in document.text
    assert "All rights reserved" not in document.text


def test_a_date_in_the_url_path_is_the_evidence_when_the_page_states_none():
    html = article_html().replace(
        '<meta property="article:published_time" content="2023-11-10T08:30:00+00:00">', ""
    )
    document = read_page(
        content=html.encode(), url="https://ledger.example/2023/11/08/talks.html", charset=None
    )
    assert document.published == dt.date(2023, 11, 8)
    assert document.published_evidence == "page URL: /2023/11/08/"


def test_ingest_url_creates_a_source_from_the_page(web):
    serve_article(web, "/news/a.html", title="Kremlin rules out talks")
    result = ingest_url(url=web.url_for("/news/a.html"), fetcher=Fetcher())
    assert result.status == "ingested"
    source = Source.objects.get(pk=result.source_id)
    assert (source.title, source.outlet, source.url) == (
        "Kremlin rules out talks",
        "Kyiv Ledger",
        web.url_for("/news/a.html"),
    )
    assert source.published_on == dt.date(2023, 11, 10)
    assert source.published_evidence == "page metadata: article:published_time"
    assert source.statements.filter(actor__name="Dmitry Peskov").exists()


def test_two_tracking_links_to_one_article_are_one_source_fetched_once(web):
    serve_article(web, "/news/a.html")
    fetcher = Fetcher()
    first = ingest_url(
        url=web.url_for("/news/a.html") + "?utm_source=tg&utm_medium=social", fetcher=fetcher
    )
    second = ingest_url(url=web.url_for("/news/a.html") + "?fbclid=abc#comments", fetcher=fetcher)
    assert first.status == "ingested" and second.status == "already ingested"
    assert second.source_id == first.source_id
    assert Source.objects.count() == 1
    assert Source.objects.get().url == web.url_for("/news/a.html")
    assert len(requests_to(web, "/news/a.html")) == 1


@pytest.mark.parametrize(
    ("path", "respond", "reason"),
    [
        ("/gone.html", {"response_data": "x", "status": 404}, "HTTP 404 NOT FOUND"),
        (
            "/file.pdf",
            {"response_data": b"%PDF", "content_type": "application/pdf"},
            "content type application/pdf",
        ),
        (
            "/empty.html",
            {
                "response_data": "<html><head><title>Empty</title></head><body><img src=x.png></body></html>",
                "content_type": "text/html",
            },
            "no article text found",
        ),
    ],
)
def test_bad_pages_are_rejected_by_name_and_nothing_is_written(web, path, respond, reason):
    web.expect_request(path).respond_with_data(**respond)
    result = ingest_url(url=web.url_for(path), fetcher=Fetcher())
    assert result.status == "rejected"
    assert reason in result.reason
    assert Source.objects.count() == 0


def test_ingest_command_takes_urls_beside_files(web, tmp_path):
    serve_article(web, "/news/a.html")
    (tmp_path / "b.txt").write_text(
        "Kremlin spokesman Dmitry Peskov said on Monday that the talks were over.\n"
    )
    out = StringIO()
    call_command("ingest", web.url_for("/news/a.html"), str(tmp_path), stdout=out)
    assert "2 files ingested, 0 unchanged, 0 rejected" in out.getvalue()
    assert set(Source.objects.values_list("file_name", flat=True)) == {"a.html", "b.txt"}


def test_ingest_command_reports_a_rejected_url(web):
    web.expect_request("/gone.html").respond_with_data("x", status=404)
    err = StringIO()
    with pytest.raises(CommandError, match="1 of 1 files or URLs rejected"):
        call_command("ingest", web.url_for("/gone.html"), stdout=StringIO(), stderr=err)
    assert f"rejected {web.url_for('/gone.html')}: HTTP 404 NOT FOUND" in err.getvalue()


# --------------------------------------------------------------------------- feeds


def test_rss_atom_and_news_sitemaps_are_read():
    base = "https://ledger.example"
    rss = parse_feed(RSS.format(base=base).encode(), base_url=base + "/feed.xml")
    assert [(e.url, e.title, e.published) for e in rss] == [
        (f"{base}/news/one.html", "Feed title one", dt.date(2023, 11, 10)),
        (f"{base}/news/two.html", "Feed title two", dt.date(2023, 11, 11)),
    ]
    relative = parse_feed(RSS.format(base="").encode(), base_url=base + "/feeds/main.xml")
    assert [e.url for e in relative] == [f"{base}/news/one.html", f"{base}/news/two.html"]
    atom = parse_feed(ATOM.format(base=base).encode(), base_url=base + "/atom.xml")
    assert [(e.url, e.title, e.published) for e in atom] == [
        (f"{base}/atom/one.html", "Atom one", dt.date(2023, 11, 12))
    ]
    sitemap = parse_feed(NEWS_SITEMAP.format(base=base).encode(), base_url=base + "/sitemap.xml")
    assert [(e.url, e.title, e.published, e.outlet) for e in sitemap] == [
        (f"{base}/sitemap/one.html", "Sitemap headline", dt.date(2023, 11, 9), "Sitemap Daily")
    ]


def serve_feed(web, path, body, content_type="application/rss+xml"):
    web.expect_request(path, headers={"If-None-Match": '"feed-v1"'}).respond_with_data(
        "", status=304
    )
    web.expect_request(path).respond_with_data(
        body,
        content_type=content_type,
        headers={"ETag": '"feed-v1"', "Last-Modified": "Sat, 11 Nov 2023 10:00:00 GMT"},
    )


def test_polling_an_rss_feed_ingests_each_entry_once_then_polls_conditionally(web):
    base = web.url_for("").rstrip("/")
    serve_feed(web, "/feed.xml", RSS.format(base=base))
    serve_article(web, "/news/one.html", title="Page title one", marker="one")
    serve_article(web, "/news/two.html", title="Page title two", marker="two")
    feed = Feed.objects.create(url=web.url_for("/feed.xml"))

    first = poll_feed(feed, fetcher=Fetcher())
    assert (first.entries, first.new, first.ingested, first.rejected) == (2, 2, 2, [])
    titles = set(Source.objects.values_list("title", "outlet", "url"))
    assert titles == {
        ("Page title one", "Kyiv Ledger", f"{base}/news/one.html"),
        ("Page title two", "Kyiv Ledger", f"{base}/news/two.html"),
    }
    feed.refresh_from_db()
    assert (feed.etag, feed.last_modified) == ('"feed-v1"', "Sat, 11 Nov 2023 10:00:00 GMT")

    second = poll_feed(feed, fetcher=Fetcher())
    assert second.not_modified and second.ingested == 0
    assert Source.objects.count() == 2
    assert len(requests_to(web, "/news/one.html")) == 1
    assert requests_to(web, "/feed.xml")[-1].headers["If-None-Match"] == '"feed-v1"'


def test_a_changed_feed_fetches_only_its_new_entries(web):
    base = web.url_for("").rstrip("/")
    web.expect_oneshot_request("/feed.xml").respond_with_data(
        RSS.format(base=base), content_type="application/rss+xml"
    )
    more = RSS.format(base=base).replace(
        "</channel>",
        f"<item><title>Three</title><link>{base}/news/three.html</link></item></channel>",
    )
    web.expect_oneshot_request("/feed.xml").respond_with_data(more, content_type="text/xml")
    for name in ("one", "two", "three"):
        serve_article(web, f"/news/{name}.html", title=f"Title {name}", marker=name)
    feed = Feed.objects.create(url=web.url_for("/feed.xml"), outlet="The Ledger")
    poll_feed(feed, fetcher=Fetcher())
    again = poll_feed(feed, fetcher=Fetcher())
    assert (again.entries, again.new, again.ingested) == (3, 1, 1)
    assert [len(requests_to(web, f"/news/{n}.html")) for n in ("one", "two", "three")] == [1, 1, 1]
    assert set(Source.objects.values_list("outlet", flat=True)) == {"The Ledger"}


def test_atom_feed_and_news_sitemap_entries_are_ingested(web):
    base = web.url_for("").rstrip("/")
    web.expect_request("/atom.xml").respond_with_data(
        ATOM.format(base=base), content_type="application/atom+xml"
    )
    web.expect_request("/sitemap.xml").respond_with_data(
        NEWS_SITEMAP.format(base=base), content_type="application/xml"
    )
    serve_article(web, "/atom/one.html", title="Atom page", marker="atom")
    serve_article(web, "/sitemap/one.html", title="Sitemap page", marker="sitemap")
    Feed.objects.create(url=web.url_for("/atom.xml"))
    Feed.objects.create(url=web.url_for("/sitemap.xml"))
    results = poll_due_feeds()
    assert [r.ingested for r in results] == [1, 1]
    assert set(Source.objects.values_list("title", flat=True)) == {"Atom page", "Sitemap page"}


def test_a_failing_feed_backs_off_and_does_not_stop_the_others(web):
    base = web.url_for("").rstrip("/")
    web.expect_request("/broken.xml").respond_with_data("down", status=503)
    web.expect_request("/feed.xml").respond_with_data(
        RSS.format(base=base), content_type="application/rss+xml"
    )
    serve_article(web, "/news/one.html", marker="one")
    serve_article(web, "/news/two.html", marker="two")
    broken = Feed.objects.create(url=web.url_for("/broken.xml"), poll_interval=10)
    Feed.objects.create(url=web.url_for("/feed.xml"))

    before = timezone.now()
    results = {r.feed_url: r for r in poll_due_feeds()}
    assert results[broken.url].error == "HTTP 503 SERVICE UNAVAILABLE (after 3 tries)"
    assert results[web.url_for("/feed.xml")].ingested == 2
    broken.refresh_from_db()
    assert broken.consecutive_failures == 1
    assert "HTTP 503 SERVICE UNAVAILABLE" in broken.last_error
    # Twice the interval after one failure; not due on the next regular poll.
    assert broken.next_poll_at >= before + dt.timedelta(minutes=20)
    assert not Feed.objects.due(timezone.now() + dt.timedelta(minutes=11)).filter(pk=broken.pk)

    poll_due_feeds(every=True)
    broken.refresh_from_db()
    assert broken.consecutive_failures == 2
    assert broken.next_poll_at >= timezone.now() + dt.timedelta(minutes=39)


def test_a_document_that_is_no_feed_is_an_error(web):
    web.expect_request("/notfeed.xml").respond_with_data("<html>hi</html>", content_type="text/xml")
    feed = Feed.objects.create(url=web.url_for("/notfeed.xml"))
    result = poll_feed(feed, fetcher=Fetcher())
    assert result.error.startswith("not a feed")
    assert FeedEntry.objects.count() == 0


def test_feeds_command_add_list_poll(web):
    base = web.url_for("").rstrip("/")
    serve_feed(web, "/feed.xml", RSS.format(base=base))
    serve_article(web, "/news/one.html", marker="one")
    serve_article(web, "/news/two.html", marker="two")
    out = StringIO()
    call_command("feeds", "add", web.url_for("/feed.xml"), "--outlet", "Ledger", stdout=out)
    assert out.getvalue().strip() == f"Following {web.url_for('/feed.xml')}"
    out = StringIO()
    call_command("feeds", "poll", stdout=out)
    assert "2 entries, 2 new, 2 ingested, 0 queued, 0 rejected" in out.getvalue()
    out = StringIO()
    call_command("feeds", "poll", "--all", stdout=out)
    assert out.getvalue().strip() == f"{web.url_for('/feed.xml')}: not modified"
    out = StringIO()
    call_command("feeds", "list", stdout=out)
    assert out.getvalue().startswith(f"{web.url_for('/feed.xml')}  [active, every 10 min, next ")
    assert "outlet: Ledger" in out.getvalue()
    assert Source.objects.filter(outlet="Ledger").count() == 2


def test_an_entry_that_failed_is_retried_on_later_polls_up_to_three_tries(web):
    base = web.url_for("").rstrip("/")
    serve_feed(web, "/feed.xml", RSS.format(base=base))
    serve_article(web, "/news/two.html", marker="two")
    web.expect_request("/news/one.html").respond_with_data("busy", status=404)
    feed = Feed.objects.create(url=web.url_for("/feed.xml"))
    results = [poll_feed(feed, fetcher=Fetcher()) for _ in range(4)]
    assert [len(r.rejected) for r in results] == [1, 1, 1, 0]  # three tries, then left alone
    assert [r.not_modified for r in results] == [False, True, True, True]
    entry = FeedEntry.objects.get(url=f"{base}/news/one.html")
    assert (entry.attempts, entry.error, entry.source) == (3, "HTTP 404 NOT FOUND", None)
    assert len(requests_to(web, "/news/one.html")) == 3
    assert len(requests_to(web, "/news/two.html")) == 1


@pytest.mark.parametrize(
    ("head", "evidence"),
    [
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2023-11-09T07:30:00Z"}</script>',
            "page metadata: JSON-LD datePublished",
        ),
        ('<meta name="date" content="2023-11-09">', "page metadata: meta date"),
    ],
)
def test_the_evidence_names_where_the_page_states_its_date(head, evidence):
    html = article_html().replace(
        '<meta property="article:published_time" content="2023-11-10T08:30:00+00:00">', head
    )
    document = read_page(content=html.encode(), url="https://ledger.example/a.html")
    assert (document.published, document.published_evidence) == (dt.date(2023, 11, 9), evidence)


def test_feeds_poll_enqueue_queues_one_job_per_due_feed():
    from django_tasks_db.models import DBTaskResult

    due = Feed.objects.create(url="https://ledger.example/feed.xml")
    Feed.objects.create(
        url="https://ledger.example/later.xml",
        next_poll_at=timezone.now() + dt.timedelta(minutes=5),
    )
    Feed.objects.create(url="https://ledger.example/off.xml", active=False)
    out = StringIO()
    call_command("feeds", "poll", "--enqueue", stdout=out)
    assert out.getvalue().strip() == "1 feed polls queued"
    job = DBTaskResult.objects.get()
    assert (job.task_path, job.args_kwargs["kwargs"]) == (
        "statements.tasks.poll_feed_task",
        {"feed_id": due.pk},
    )
