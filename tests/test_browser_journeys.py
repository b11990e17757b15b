"""A reader's journeys in Chromium on the seed articles: everything about Kursk, what Peskov
said in a year (by the facets), Putin against Zelensky. Screenshots go to artifacts/."""

import os
import re

import pytest

from tests.test_browser import ARGS, ARTIFACTS, CHROMIUM

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

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


def count(page) -> int:
    return int(page.locator("#results-count").get_attribute("data-count"))


def test_search_facets_and_compare(browser, live_server, seeds):
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()

    # Everything about Kursk: the article titled so, its event, its words.
    page.goto(live_server.url + "/")
    page.fill("#id_q", "Kursk")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"q=Kursk"))
    assert count(page) == 11
    assert page.locator("mark.hit").first.inner_text() == "Kursk"
    page.screenshot(path=str(ARTIFACTS / "journey-kursk.png"))

    # What Peskov said: his facet checkbox shows the count the list then has.
    page.goto(live_server.url + "/")
    option = page.locator('.facet--speakers label:has(input[value="dmitry-peskov"])')
    shown = int(option.locator(".count").inner_text())
    option.locator("input").check()
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r"actor=dmitry-peskov"))
    assert count(page) == shown
    year = page.locator("#id_year option").nth(1)  # the busiest year first
    label = year.inner_text()
    page.select_option("#id_year", year.get_attribute("value"))
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r"year=\d{4}"))
    assert count(page) == int(re.search(r"\((\d+)\)", label).group(1))
    assert set(page.locator(".statement__speaker").all_inner_texts()) == {"Dmitry Peskov"}
    page.screenshot(path=str(ARTIFACTS / "journey-peskov-year.png"))

    # Putin against Zelensky, month by month.
    page.goto(live_server.url + "/compare/")
    page.fill("#compare-actor-1", "Vladimir Putin")
    page.fill("#compare-actor-2", "Zelenskyy")
    page.get_by_role("button", name="Compare").click()
    page.wait_for_url(re.compile(r"/compare/\?actor="))
    headers = page.locator("table.compare thead th").all_inner_texts()
    assert headers[0] == "Month"
    assert headers[1].startswith("Vladimir Putin")
    assert headers[2].startswith("Volodymyr Zelensky")  # typed as "Zelenskyy", an alias
    assert page.locator("table.compare tbody tr").count() >= 3
    page.screenshot(path=str(ARTIFACTS / "journey-compare.png"), full_page=True)
    context.close()
