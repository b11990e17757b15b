"""Accessibility, measured: axe-core (bundled by axe-playwright-python) in real Chromium on
every kind of reader page, desktop and phone, and the keyboard path to the first result.

The file sorts after test_admin_browser.py on purpose: that test's serialized rollback must
run before the flushes of these live-server tests (as test_browser.py's do)."""

import os

import pytest

from statements.models import Event, Source, Statement
from tests.test_browser import ARGS, ARTIFACTS, CHROMIUM

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="Debian's Chromium is not at /usr/bin/chromium"
    ),
]

BLOCKING = {"serious", "critical"}
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
DESKTOP = {"viewport": {"width": 1280, "height": 900}}


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


def reader_pages() -> dict[str, str]:
    """One page of each kind, on the ingested seeds."""
    statement = Statement.objects.visible().filter(actor__isnull=False, events__isnull=False)
    statement = statement.select_related("actor").order_by("pk").first()
    event = Event.objects.filter(statements__isnull=False).order_by("pk").first()
    return {
        "timeline": "/",
        "timeline-filtered": "/?q=Kyiv&affiliation=Russia&sort=said_asc",
        "actor": statement.actor.get_absolute_url(),
        "event": event.get_absolute_url(),
        "source": Source.objects.order_by("pk").first().get_absolute_url(),
        "statement": statement.get_absolute_url(),
        "compare": "/compare/?actor=vladimir-putin&actor=volodymyr-zelensky",
        "about": "/about/",
        "actors": "/actors/",
        "events": "/events/",
        "sources": "/sources/",
    }


def blocking_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in BLOCKING
    ]


@pytest.mark.parametrize("device", ["desktop", "phone"])
def test_no_serious_or_critical_axe_violation_on_any_reader_page(
    browser, live_server, seeds, device
):
    context = browser.new_context(**(DESKTOP if device == "desktop" else PHONE))
    page = context.new_page()
    ARTIFACTS.mkdir(exist_ok=True)
    found = {}
    for name, url in reader_pages().items():
        response = page.goto(live_server.url + url)
        assert response.status == 200, url
        page.screenshot(path=str(ARTIFACTS / f"a11y-{name}-{device}.png"))
        problems = blocking_violations(page)
        if problems:
            found[name] = problems
    context.close()
    assert found == {}


@pytest.mark.parametrize("device", ["desktop", "phone"])
def test_first_result_is_reached_in_ten_tabs(browser, live_server, seeds, device):
    context = browser.new_context(**(DESKTOP if device == "desktop" else PHONE))
    page = context.new_page()
    page.goto(live_server.url + "/?q=Kyiv")
    first = "document.querySelector('.timeline .statement')"
    tabs = 0
    while tabs < 10:
        page.keyboard.press("Tab")
        tabs += 1
        label = page.evaluate("document.activeElement.textContent.trim()")
        if label == "Skip to results":
            page.keyboard.press("Enter")
        if page.evaluate(f"{first}.contains(document.activeElement)"):
            break
    assert page.evaluate(f"{first}.contains(document.activeElement)"), tabs
    assert tabs == 3  # skip link, "Skip to results" (Enter), the first result's speaker
    context.close()


def test_axe_does_report_a_broken_page(browser):
    """The check above could fail: an image without text and a nameless button are caught."""
    page = browser.new_page()
    page.set_content(
        '<html lang="en"><head><title>t</title></head>'
        '<body><img src="x.png"><button></button></body></html>'
    )
    problems = blocking_violations(page)
    assert [p.split(" ")[0] for p in problems] == ["button-name", "image-alt"]
    page.close()
