"""The real pages in real Chromium (Debian's /usr/bin/chromium driven by Playwright)."""

import csv
import datetime as dt
import io
import os
import re
from pathlib import Path

import pytest

from tests.factories import ActorFactory, EventFactory, SourceFactory, StatementFactory

# Playwright's sync API runs an event loop in this thread; Django's ORM refuses to run inside
# one unless told it is safe (the test database calls here are not concurrent).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="Debian's Chromium is not at /usr/bin/chromium"
    ),
]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def corpus(db, settings):
    settings.WARLOG_CHART_CACHE_SECONDS = 0
    settings.WARLOG_PAGE_SIZE = 10
    peskov = ActorFactory(name="Dmitry Peskov", affiliation="Russia", role="Kremlin spokesman")
    zelensky = ActorFactory(name="Volodymyr Zelensky", affiliation="Ukraine", role="President")
    kursk = EventFactory(name="Kursk incursion", starts_on=dt.date(2024, 8, 6))
    text = (
        "MOSCOW, Aug 9 (Test Wire) — Kremlin spokesman Dmitry Peskov said on Friday that "
        'the ceasefire proposal was unacceptable. "We will not negotiate under fire," he '
        "told reporters.\n\nUkraine's president said the operation would go on."
    )
    source = SourceFactory(
        text=text,
        title="Kremlin rejects ceasefire",
        outlet="Test Wire",
        published_on=dt.date(2024, 8, 9),
    )

    def span(piece, **kwargs):
        start = text.index(piece)
        return StatementFactory(
            source=source, text=piece, start=start, end=start + len(piece), **kwargs
        )

    quote = span(
        "We will not negotiate under fire,",
        actor=peskov,
        kind="direct",
        said_on=dt.date(2024, 8, 9),
        via="reporters",
    )
    span("the ceasefire proposal was unacceptable", actor=peskov, said_on=dt.date(2024, 8, 9))
    span("the operation would go on", actor=zelensky, said_on=dt.date(2024, 8, 9))
    quote.events.add(kursk)
    day = dt.date(2022, 3, 1)
    for n in range(24):
        StatementFactory(
            actor=peskov if n % 3 else zelensky,
            said_on=day + dt.timedelta(days=30 * n),
            kind=["direct", "indirect", "mixed"][n % 3],
        )
    return {"peskov": peskov, "zelensky": zelensky, "quote": quote, "source": source}


def screen_count(page) -> int:
    return int(page.locator("#results-count").get_attribute("data-count"))


def test_timeline_filter_follow_and_download(page, live_server, corpus):
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(live_server.url + "/")
    assert page.locator("h1").inner_text() == "Timeline of statements"
    assert screen_count(page) == 27
    assert page.locator("svg.chart a").count() > 10
    page.screenshot(path=str(ARTIFACTS / "timeline.png"), full_page=False)

    # Filter by an actor, as a keyboard user would: type the slug offered by the datalist.
    page.fill("#id_actor_new", corpus["peskov"].slug)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"actor=dmitry-peskov"))
    assert "q=" not in page.url  # the script left the empty fields out of the link
    peskov_count = screen_count(page)
    assert peskov_count == 18
    speakers = page.locator(".statement__speaker").all_inner_texts()
    assert speakers and set(speakers) == {"Dmitry Peskov"}
    assert page.get_by_role("checkbox", name="Dmitry Peskov").is_checked()

    # Follow a statement to its highlighted span in the article.
    quote = corpus["quote"]
    page.locator(f'a[href="/sources/{quote.source_id}/#s{quote.pk}"]').first.click()
    page.wait_for_url(re.compile(rf"/sources/{quote.source_id}/#s{quote.pk}$"))
    mark = page.locator(f"mark#s{quote.pk}")
    assert mark.is_visible()
    assert mark.inner_text().startswith("We will not negotiate under fire,")
    assert page.evaluate("document.querySelector(':target').id") == f"s{quote.pk}"
    page.go_back()
    page.wait_for_url(re.compile(r"actor=dmitry-peskov"))

    # Download the CSV of the filtered view: its data rows equal the screen's count.
    with page.expect_download() as info:
        page.get_by_role("link", name="Download CSV").click()
    download = info.value
    assert re.fullmatch(
        r"warlog-statements-dmitry-peskov-\d{4}-\d{2}-\d{2}\.csv", download.suggested_filename
    )
    content = Path(download.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(content)))
    assert len(rows) == peskov_count
    assert {row["speaker"] for row in rows} == {"Dmitry Peskov"}


def test_chart_bar_narrows_the_dates(page, live_server, corpus):
    page.goto(live_server.url + f"/?actor={corpus['zelensky'].slug}")
    total = screen_count(page)
    page.locator("svg.chart a").first.click()
    page.wait_for_url(re.compile(r"date_from=\d{4}-\d{2}-\d{2}&date_to="))
    assert f"actor={corpus['zelensky'].slug}" in page.url
    assert 0 < screen_count(page) < total
    assert page.locator("#id_date_from").input_value() != ""


def test_bad_filter_shows_a_message(page, live_server, corpus):
    response = page.goto(live_server.url + "/?date_from=2024-02-31")
    assert response.status == 400
    alert = page.get_by_role("alert")
    assert "Enter the start date as YYYY-MM-DD" in alert.inner_text()


def test_phone_width_is_readable(browser, live_server, corpus):
    context = browser.new_context(
        viewport={"width": 375, "height": 812},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
    )
    page = context.new_page()
    page.goto(live_server.url + "/")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "timeline-phone.png"))
    # Nothing but the chart (which scrolls in its own box) is wider than the screen.
    overflow = page.evaluate("document.documentElement.scrollWidth")
    assert overflow <= 375
    body_size = page.evaluate(
        "parseFloat(getComputedStyle(document.querySelector('.statement__text')).fontSize)"
    )
    assert body_size >= 16
    # The skip link is the first stop for keyboard users and leads to the content.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    context.close()
