"""Facets too costly to count before answering are filled in by the page's script, in Chromium."""

import datetime as dt

import pytest

from statements.models import Source
from tests.factories import ActorFactory, EventFactory, StatementFactory
from tests.test_browser import ARTIFACTS, browser, page  # noqa: F401 - fixtures

pytestmark = pytest.mark.browser


def test_uncounted_facets_get_their_counts_after_the_page_shows(
    page,  # noqa: F811 - the fixture imported above
    live_server,
    db,
    settings,
    monkeypatch,
):
    settings.WARLOG_CHART_CACHE_SECONDS = 0
    monkeypatch.setattr("statements.facets.LIVE_FACET_ROWS", 0)  # as if a million statements
    actor = ActorFactory(name="Kaja Kallas", affiliation="Estonia")
    event = EventFactory(name="Vilnius summit", starts_on=dt.date(2023, 7, 11))
    for n in range(3):
        statement = StatementFactory(actor=actor, said_on=dt.date(2023, 7, 11 + n))
        statement.events.add(event)
        Source.objects.filter(pk=statement.source_id).update(outlet="Baltic Wire")
    StatementFactory(actor=actor, said_on=dt.date(2023, 8, 1))

    response = page.goto(live_server.url + "/")
    html = response.text()
    # Served without the costly counts: the options are there, uncounted.
    assert '<option value="vilnius-summit">Vilnius summit</option>' in html
    assert 'data-facets-pending="event outlet"' in html
    page.locator("#id_event option", has_text="Vilnius summit (3)").wait_for(state="attached")
    page.locator("#id_outlet option", has_text="Baltic Wire (3)").wait_for(state="attached")
    assert '<option value="2023">2023 (4)</option>' in html  # the summary counted it at once
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "facets-filled-by-script.png"), full_page=False)


def test_a_broad_searchs_chart_and_count_are_drawn_after_the_page_shows(
    page,  # noqa: F811 - the fixture imported above
    live_server,
    db,
    settings,
    monkeypatch,
    tmp_path,
):
    from statements import charts

    settings.CACHES = {
        "default": {**settings.CACHES["default"], "LOCATION": str(tmp_path / "cache")}
    }
    settings.WARLOG_CHART_CACHE_SECONDS = 600
    # As if the planner expected a million matches.
    monkeypatch.setattr(charts, "estimated_rows", lambda queryset: charts.LIVE_CHART_ROWS + 1)
    actor = ActorFactory(name="Kaja Kallas", affiliation="Estonia")
    for n in range(3):
        StatementFactory(actor=actor, said_on=dt.date(2023, 7, 11 + n), text=f"a strike {n}")
    StatementFactory(actor=actor, said_on=dt.date(2023, 9, 1), text="another strike")

    response = page.goto(live_server.url + "/?q=strike")
    html = response.text()
    assert 'data-chart="/chart.json?q=strike"' in html and 'class="chart-fold"' not in html
    page.locator("details.chart-fold svg.chart").wait_for(state="attached")
    assert page.locator("#results-count").inner_text().startswith("4 statements")
    assert page.locator("#results-count").get_attribute("data-count") == "4"
    assert page.locator("[data-chart]").count() == 0
    assert page.locator(".chart-data tbody tr").count() == 2  # July and September 2023
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "broad-search-chart-after-the-page.png"), full_page=False)
