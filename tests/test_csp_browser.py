"""Issue 10: with `Content-Security-Policy: default-src 'self'`, Chromium reports no violation
on the reader's pages, the chart legend keeps its colours and the speaker suggestions (a
same-origin fetch) still work."""

import os
from pathlib import Path

import pytest

from tests.factories import ActorFactory, StatementFactory

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
CHROMIUM = Path("/usr/bin/chromium")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="Debian's Chromium is not at /usr/bin/chromium"
    ),
]


def test_pages_break_no_csp_rule_in_chromium(live_server, db, settings):
    from playwright.sync_api import sync_playwright

    settings.WARLOG_CHART_CACHE_SECONDS = 0
    peskov = ActorFactory(name="Dmitry Peskov", affiliation="Russia")
    statement = StatementFactory(actor=peskov, text="the ceasefire proposal was unacceptable")
    urls = ["/", f"/actors/{peskov.slug}/", f"/statements/{statement.pk}/"]
    urls.append(f"/sources/{statement.source_id}/")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        try:
            page = browser.new_page()
            violations = []
            page.on(
                "console",
                lambda m: violations.append(m.text) if "Content Security Policy" in m.text else 0,
            )
            for url in urls:
                response = page.goto(live_server.url + url)
                assert response.headers["content-security-policy"].startswith("default-src 'self'")
            page.goto(live_server.url + "/")
            colour = page.locator(".legend .swatch rect").first.get_attribute("fill")
            assert colour.startswith("#")
            with page.expect_response(lambda r: "/actors.json?q=pes" in r.url) as suggested:
                page.locator("input[data-autocomplete]").fill("pes")
            assert suggested.value.status == 200
            page.wait_for_function(
                "document.querySelector('#' + document.querySelector('input[data-autocomplete]')"
                ".getAttribute('list')).options.length > 0"
            )
            assert violations == []
        finally:
            browser.close()
