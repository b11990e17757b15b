"""The fetcher against a local server: redirects, errors, retries, limits, robots, addresses."""

import time

import pytest
from werkzeug import Response

from statements.fetching import FEED_TYPES, HTML_TYPES, Fetcher, FetchError, user_agent
from tests.conftest import article_html


def test_a_page_is_fetched_with_warlogs_user_agent(web, settings):
    settings.WARLOG_CONTACT_URL = "https://warlog.test/contact"
    web.expect_request("/a.html").respond_with_data(
        article_html(), content_type="text/html; charset=utf-8"
    )
    with Fetcher() as fetcher:
        page = fetcher.fetch(web.url_for("/a.html"))
    assert page.status == 200
    assert page.content_type == "text/html" and page.charset == "utf-8"
    assert b"Kremlin rules out talks" in page.content
    request = [r for r, _ in web.log if r.path == "/a.html"][0]
    assert request.headers["User-Agent"] == user_agent()
    assert user_agent().startswith("Warlog/") and user_agent().endswith(
        "(+https://warlog.test/contact)"
    )


def test_redirects_are_followed_and_the_final_url_kept(web):
    web.expect_request("/short").respond_with_response(
        Response(status=301, headers={"Location": "/middle"})
    )
    web.expect_request("/middle").respond_with_response(
        Response(status=302, headers={"Location": web.url_for("/final.html")})
    )
    web.expect_request("/final.html").respond_with_data(article_html(), content_type="text/html")
    with Fetcher() as fetcher:
        page = fetcher.fetch(web.url_for("/short"))
    assert page.url == web.url_for("/short")
    assert page.final_url == web.url_for("/final.html")


def test_a_redirect_loop_is_refused(web):
    web.expect_request("/loop").respond_with_response(
        Response(status=302, headers={"Location": "/loop"})
    )
    with Fetcher() as fetcher, pytest.raises(FetchError, match="more than 5 redirects"):
        fetcher.fetch(web.url_for("/loop"))


def test_404_is_an_error_and_not_retried(web):
    web.expect_request("/missing").respond_with_data("nope", status=404)
    with Fetcher() as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(web.url_for("/missing"))
    assert caught.value.reason == "HTTP 404 NOT FOUND"
    assert len([r for r, _ in web.log if r.path == "/missing"]) == 1


def test_500_is_retried_with_backoff_then_reported(web):
    web.expect_request("/broken").respond_with_data("oops", status=500)
    with Fetcher(retries=2) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(web.url_for("/broken"))
    assert caught.value.reason == "HTTP 500 INTERNAL SERVER ERROR (after 3 tries)"
    assert len([r for r, _ in web.log if r.path == "/broken"]) == 3


def test_429_then_success_honours_retry_after(web):
    web.expect_oneshot_request("/busy").respond_with_response(
        Response("slow down", status=429, headers={"Retry-After": "1"})
    )
    web.expect_oneshot_request("/busy").respond_with_data(article_html(), content_type="text/html")
    started = time.monotonic()
    with Fetcher(retries=2) as fetcher:
        page = fetcher.fetch(web.url_for("/busy"))
    assert page.status == 200
    assert time.monotonic() - started >= 1.0  # waited as asked, not the 0.01 s backoff


def test_a_slow_response_times_out(web):
    def slow(request):
        time.sleep(1.5)
        return Response(article_html(), content_type="text/html")

    web.expect_request("/slow").respond_with_handler(slow)
    with Fetcher(timeout=0.3, retries=0) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(web.url_for("/slow"))
    assert caught.value.reason.startswith("timed out")


def test_an_oversized_body_is_cut_off_while_streaming(web):
    sent = []

    def endless(request):
        def chunks():
            for _ in range(1000):  # 64 MB if read to the end
                sent.append(1)
                yield b"<p>" + b"x" * 65_530 + b"</p>"

        return Response(chunks(), content_type="text/html")  # no Content-Length

    web.expect_request("/huge").respond_with_handler(endless)
    with Fetcher(max_bytes=200_000) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(web.url_for("/huge"))
    assert caught.value.reason == "larger than the size limit of 200,000 bytes"
    assert len(sent) < 100  # the server was not read to the end


def test_a_declared_oversized_body_is_refused_before_reading(web):
    web.expect_request("/big").respond_with_data("x" * 5000, content_type="text/html")
    with Fetcher(max_bytes=1000) as fetcher, pytest.raises(FetchError, match="5000 declared"):
        fetcher.fetch(web.url_for("/big"))


def test_a_non_html_content_type_is_refused(web):
    web.expect_request("/doc.pdf").respond_with_data(b"%PDF-1.4", content_type="application/pdf")
    with Fetcher() as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(web.url_for("/doc.pdf"), accept=HTML_TYPES)
    assert caught.value.reason == (
        "content type application/pdf is not one of application/xhtml+xml, text/html"
    )


def test_robots_txt_disallow_is_honoured(httpserver, settings):
    settings.WARLOG_FETCH_ALLOW_PRIVATE = True
    httpserver.expect_request("/robots.txt").respond_with_data(
        "User-agent: Warlog\nDisallow: /private/\n", content_type="text/plain"
    )
    httpserver.expect_request("/private/a.html").respond_with_data("secret")
    httpserver.expect_request("/public/a.html").respond_with_data(
        article_html(), content_type="text/html"
    )
    with Fetcher(host_interval=0) as fetcher:
        with pytest.raises(FetchError, match="refused: disallowed by robots.txt"):
            fetcher.fetch(httpserver.url_for("/private/a.html"))
        assert fetcher.fetch(httpserver.url_for("/public/a.html")).status == 200
    paths = [r.path for r, _ in httpserver.log]
    assert "/private/a.html" not in paths
    assert paths.count("/robots.txt") == 1  # read once per host


def test_a_missing_robots_txt_allows_everything(httpserver, settings):
    settings.WARLOG_FETCH_ALLOW_PRIVATE = True
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/a.html").respond_with_data(article_html(), content_type="text/html")
    with Fetcher(host_interval=0) as fetcher:
        assert fetcher.fetch(httpserver.url_for("/a.html")).status == 200


def test_private_addresses_are_refused_without_the_setting(httpserver, settings):
    settings.WARLOG_FETCH_ALLOW_PRIVATE = False
    httpserver.expect_request("/a.html").respond_with_data(article_html(), content_type="text/html")
    with Fetcher() as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(httpserver.url_for("/a.html"))
    assert caught.value.reason.startswith("refused: localhost is a private or local address (")
    assert httpserver.log == []  # not even robots.txt was asked for


@pytest.mark.parametrize(
    "url", ["http://localhost:9/", "http://10.1.2.3/", "http://[::1]/", "http://169.254.169.254/"]
)
def test_every_local_or_private_form_is_refused(url, settings):
    settings.WARLOG_FETCH_ALLOW_PRIVATE = False
    with Fetcher() as fetcher, pytest.raises(FetchError, match="private or local address"):
        fetcher.fetch(url)


def test_a_redirect_to_a_private_address_is_refused(web, settings, monkeypatch):
    """The address check runs again after each redirect (here only 10.x counts as private, so
    that the loopback test server itself may answer)."""
    import statements.fetching as fetching

    settings.WARLOG_FETCH_ALLOW_PRIVATE = False
    refuse = fetching._refuse_private
    monkeypatch.setattr(
        fetching,
        "_refuse_private",
        lambda url, host, address: (
            refuse(url, host, address) if address.startswith("10.") else None
        ),
    )
    web.expect_request("/go").respond_with_response(
        Response(status=302, headers={"Location": "http://10.0.0.1/admin"})
    )
    with Fetcher() as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(web.url_for("/go"))
    assert caught.value.url == "http://10.0.0.1/admin"
    assert caught.value.reason.startswith("refused: 10.0.0.1 is a private or local address")
    assert [r.path for r, _ in web.log] == ["/robots.txt", "/go"]


def test_conditional_requests_get_304(web):
    web.expect_request("/feed.xml", headers={"If-None-Match": '"v1"'}).respond_with_data(
        "", status=304
    )
    web.expect_request("/feed.xml").respond_with_data(
        "<rss version='2.0'><channel></channel></rss>",
        content_type="application/rss+xml",
        headers={"ETag": '"v1"', "Last-Modified": "Fri, 10 Nov 2023 08:00:00 GMT"},
    )
    with Fetcher() as fetcher:
        first = fetcher.fetch(web.url_for("/feed.xml"), accept=FEED_TYPES)
        second = fetcher.fetch(
            web.url_for("/feed.xml"),
            accept=FEED_TYPES,
            etag=first.etag,
            last_modified=first.last_modified,
        )
    assert (first.status, first.etag, first.last_modified) == (
        200,
        '"v1"',
        "Fri, 10 Nov 2023 08:00:00 GMT",
    )
    assert second.not_modified and second.content == b""
    last = [r for r, _ in web.log if r.path == "/feed.xml"][-1]
    assert last.headers["If-Modified-Since"] == "Fri, 10 Nov 2023 08:00:00 GMT"


def test_one_request_per_host_per_interval(web):
    web.expect_request("/a.html").respond_with_data(article_html(), content_type="text/html")
    with Fetcher(host_interval=0.4) as fetcher:
        started = time.monotonic()
        for _ in range(3):
            fetcher.fetch(web.url_for("/a.html"))
        elapsed = time.monotonic() - started
    # robots.txt + 3 pages = 4 requests, 3 waits of 0.4 s between them
    assert elapsed >= 1.2
