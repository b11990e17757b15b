"""The statements-over-time chart: counts, stacking, links that narrow the dates, caching."""

import datetime as dt
import re
from html import unescape

import pytest
from django.http import QueryDict

from statements.charts import chart_data, render_svg
from statements.models import Statement
from tests.factories import ActorFactory, StatementFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus():
    russia = ActorFactory(affiliation="Russia")
    ukraine = ActorFactory(affiliation="Ukraine")
    for day, actor in [
        (dt.date(2023, 1, 5), russia),
        (dt.date(2023, 1, 20), ukraine),
        (dt.date(2023, 1, 21), ukraine),
        (dt.date(2023, 4, 2), russia),
        (dt.date(2023, 6, 30), russia),
    ]:
        StatementFactory(actor=actor, said_on=day)
    StatementFactory(actor=russia, said_on=None)
    StatementFactory(actor=None, said_on=dt.date(2023, 4, 3))
    StatementFactory(actor=russia, said_on=dt.date(2023, 2, 1), review_status="rejected")
    return russia, ukraine


def test_monthly_counts_stacked_by_affiliation(corpus):
    chart = chart_data(Statement.objects.for_reading())
    assert chart.granularity == "month"
    assert [bar.label for bar in chart.bars] == [
        "January 2023",
        "February 2023",
        "March 2023",
        "April 2023",
        "May 2023",
        "June 2023",
    ]
    assert chart.bars[0].counts == {"Russia": 1, "Ukraine": 2}
    assert chart.bars[1].counts == {}  # the rejected statement is not counted; gaps are kept
    assert chart.bars[3].counts == {"Russia": 1, "Other": 1}  # unattributed
    assert chart.undated == 1
    assert [name for name, _, _ in chart.series] == ["Russia", "Ukraine", "Other"]


def test_short_ranges_are_weekly(corpus):
    chart = chart_data(
        Statement.objects.for_reading().said_between(dt.date(2023, 1, 1), dt.date(2023, 1, 31))
    )
    assert chart.granularity == "week"
    assert [bar.start for bar in chart.bars] == [
        dt.date(2023, 1, 2),
        dt.date(2023, 1, 9),
        dt.date(2023, 1, 16),
    ]
    assert [bar.total for bar in chart.bars] == [1, 0, 2]


def test_bars_link_to_their_date_range_keeping_other_filters(corpus):
    russia, _ = corpus
    chart = chart_data(Statement.objects.for_reading())
    svg = render_svg(chart, query=QueryDict(f"actor={russia.slug}&page=3&kind=indirect"))
    links = [unescape(href) for href in re.findall(r'<a href="([^"]+)"', svg)]
    assert len(links) == 3  # January, April, June: an empty month is no link (nor a Tab stop)
    january = QueryDict(links[0][1:])
    assert january["date_from"] == "2023-01-01" and january["date_to"] == "2023-01-31"
    assert january["actor"] == russia.slug and january["kind"] == "indirect"
    assert "page" not in january
    assert 'aria-label="January 2023: 3 statements (Russia 1, Ukraine 2)"' in svg
    assert "<title>January 2023: 3 statements (Russia 1, Ukraine 2)</title>" in svg


def test_the_chart_spans_the_chosen_dates(corpus):
    chart = chart_data(
        Statement.objects.for_reading().said_between(dt.date(2022, 11, 1), dt.date(2023, 8, 31)),
        start=dt.date(2022, 11, 1),
        end=dt.date(2023, 8, 31),
    )
    assert chart.granularity == "month"
    assert chart.bars[0].label == "November 2022" and chart.bars[-1].label == "August 2023"
    assert len(chart.bars) == 10


def test_a_year_is_charted_whole_by_month(client, settings, corpus):
    settings.WARLOG_CHART_CACHE_SECONDS = 0
    html = client.get("/?year=2023").content.decode()
    desc = re.search(r'<desc id="chart-desc">([^<]+)</desc>', html).group(1)
    assert desc.startswith("Statements per month, January 2023 to December 2023")


def test_a_few_speakers_are_stacked_by_speaker(client, settings, corpus):
    settings.WARLOG_CHART_CACHE_SECONDS = 0
    russia, ukraine = corpus
    html = client.get(f"/?actor={russia.slug}&actor={ukraine.slug}").content.decode()
    legend = re.search(r'<ul class="legend" aria-label="Speaker colours">.*?</ul>', html, re.S)
    assert russia.name in legend.group(0) and ukraine.name in legend.group(0)
    assert "stacked by speaker." in html
    everyone = client.get("/").content.decode()
    assert 'aria-label="Affiliation colours"' in everyone


def test_tick_labels_stay_few_enough_for_a_phone():
    from statements.charts import Bar, Chart

    for months in (5, 12, 24, 48, 90):
        bars = []
        day = dt.date(2020, 1, 1)
        for _ in range(months):
            bars.append(Bar(day, day, f"{day:%B %Y}", {"Russia": 1}))
            day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        chart = Chart("month", bars, [("Russia", "#000", months)], 0)
        svg = render_svg(chart, query=QueryDict(""))
        ticks = re.findall(r'<text class="axis" x="[\d.]+" y="194">([^<]+)</text>', svg)
        assert 1 <= len(ticks) <= 8, (months, ticks)


def test_timeline_shows_the_chart_with_a_text_alternative(client, settings, corpus):
    settings.WARLOG_CHART_CACHE_SECONDS = 0
    html = client.get("/").content.decode()
    assert '<svg class="chart"' in html and 'aria-describedby="chart-desc"' in html
    assert "Statements per month" in html
    assert "1 statement without a known date is not charted" in html
    assert (
        '<th scope="row"><a href="?date_from=2023-01-01&amp;date_to=2023-01-31">January 2023</a></th>'
        in html
    )


def test_chart_follows_the_filter(client, settings, corpus):
    settings.WARLOG_CHART_CACHE_SECONDS = 0
    _, ukraine = corpus
    html = client.get(f"/?actor={ukraine.slug}").content.decode()
    assert "Statements per week" in html
    assert "Russia" not in re.search(r'<ul class="legend".*?</ul>', html, re.S).group(0)


@pytest.fixture
def file_cache(settings, tmp_path):
    """The project's cache backend (files, shared by workers) in a directory of this test's."""
    settings.CACHES = {
        "default": {**settings.CACHES["default"], "LOCATION": str(tmp_path / "cache")}
    }
    settings.WARLOG_CHART_CACHE_SECONDS = 600
    settings.WARLOG_PAGE_CACHE_SECONDS = 600
    return tmp_path / "cache"


def test_cached_chart_is_refreshed_by_a_new_statement(client, file_cache, corpus):
    before = client.get("/").content.decode()
    assert "January 2023: 3 statements" in before
    again = client.get("/").content.decode()
    assert "January 2023: 3 statements" in again
    StatementFactory(actor=corpus[0], said_on=dt.date(2023, 1, 9))
    after = client.get("/").content.decode()
    assert "January 2023: 4 statements" in after


def test_chart_and_count_are_shared_through_the_file_cache(client, file_cache, corpus):
    first = client.get("/?kind=indirect").content.decode()
    assert "<strong>7</strong> statements" in first
    assert any(file_cache.iterdir())  # on disk: every worker process reads the same entries
    assert "<strong>7</strong> statements" in client.get("/?kind=indirect&page=1").content.decode()


def test_an_edit_to_an_older_statement_shows_at_once(client, file_cache, corpus):
    assert "<strong>7</strong> statements" in client.get("/?kind=indirect").content.decode()
    # The cache key follows the newest summary row too: the recount of the edited
    # statement's day inserts one, so the cached total is not served.
    Statement.objects.filter(pk=Statement.objects.order_by("pk").values("pk")[:1]).update(
        kind="direct"
    )
    assert "<strong>6</strong> statements" in client.get("/?kind=indirect").content.decode()


def test_an_editors_correction_of_an_article_or_a_speaker_shows_at_once(client, file_cache, corpus):
    russia, _ = corpus
    StatementFactory(actor=russia, said_on=None)
    assert "Russia’s spokesman" not in client.get("/").content.decode()
    russia.name = "Russia’s spokesman"
    russia.save()  # the name is on the cards of a page already cached
    assert client.get("/").content.decode().count("Russia’s spokesman") >= 1
    undated = Statement.objects.filter(said_on=None).order_by("pk")
    first, second = undated[0], undated[1]
    first.source.published_on, second.source.published_on = dt.date(2023, 1, 1), dt.date(2024, 1, 1)
    first.source.save()
    second.source.save()
    page = client.get("/?sort=said_desc").content.decode()
    later = page.index(f'id="st{second.pk}-who"')
    assert later < page.index(f'id="st{first.pk}-who"')  # undated ones ordered by article date
    first.source.published_on = dt.date(2025, 1, 1)
    first.source.save()  # an article's date corrected: the cached order is not served
    page = client.get("/?sort=said_desc").content.decode()
    assert page.index(f'id="st{first.pk}-who"') < page.index(f'id="st{second.pk}-who"')


def test_a_repeated_page_reuses_its_rendered_cards_until_the_data_changes(
    client, file_cache, corpus, monkeypatch
):
    from statements import cards

    rendered: list[int] = []
    write_card = cards.statement_card

    def counted(statement, search_stems=None):
        rendered.append(statement.pk)
        return write_card(statement, search_stems)

    monkeypatch.setattr(cards, "statement_card", counted)
    first = client.get("/?kind=indirect").content.decode()
    assert len(rendered) == 7
    rendered.clear()
    assert client.get("/?kind=indirect").content.decode() == first
    assert rendered == []
    StatementFactory(actor=corpus[0], said_on=dt.date(2023, 1, 9), kind="indirect")
    after = client.get("/?kind=indirect").content.decode()
    assert len(rendered) == 8
    assert "<strong>8</strong> statements" in after


def test_a_cached_page_costs_fewer_queries_than_a_cold_one(client, file_cache, corpus):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as cold:
        client.get("/?q=statement")
    with CaptureQueriesContext(connection) as warm:
        client.get("/?q=statement")
    aggregates = [q["sql"] for q in warm.captured_queries if "GROUP BY" in q["sql"]]
    assert aggregates == [] and len(warm.captured_queries) < len(cold.captured_queries)


# ----------------------------------------------------------------- a chart drawn after the page


def chart_of(page: str) -> str:
    start = page.index('<details class="chart-fold"')
    return page[start : page.index("</details>\n", page.index("</figure>", start)) + 11]


def test_chart_json_gives_the_count_the_bars_and_the_chart_as_the_page_draws_it(
    client, file_cache, corpus
):
    page = client.get("/?q=statement").content.decode()
    response = client.get("/chart.json?q=statement")
    assert response.status_code == 200
    data = response.json()
    assert data["count"] == 7 and (data["dated"], data["undated"]) == (6, 1)
    assert data["granularity"] == "month" and data["stack"] == "affiliation"
    assert data["series"] == [
        {"name": "Russia", "colour": "#0072B2", "total": 3},
        {"name": "Ukraine", "colour": "#D55E00", "total": 2},
        {"name": "Other", "colour": "#8a8a8a", "total": 1},
    ]
    january = data["bars"][0]
    assert (january["label"], january["start"], january["total"]) == (
        "January 2023",
        "2023-01-01",
        3,
    )
    assert january["href"] == "?q=statement&date_from=2023-01-01&date_to=2023-01-31"
    assert data["html"] == chart_of(page).strip()


def test_chart_json_of_an_invalid_filter_is_a_400(client, corpus):
    assert client.get("/chart.json?date_from=yesterday").status_code == 400


@pytest.fixture
def broad(monkeypatch):
    """The planner expects more rows than a page aggregates itself."""
    from statements import charts

    monkeypatch.setattr(charts, "estimated_rows", lambda queryset: charts.LIVE_CHART_ROWS + 1)


def test_a_broad_search_leaves_its_chart_and_count_to_the_script(client, file_cache, corpus, broad):
    page = client.get("/?q=statement").content.decode()
    assert 'data-chart="/chart.json?q=statement"' in page
    assert '<strong>Counting…</strong> <span data-noun="statement">statements</span>' in page
    assert "data-count=" not in page and 'class="chart-fold"' not in page
    assert page.count('<article class="statement') == 7  # the list itself is all there
    assert 'data-facets-pending="' in page  # and its facets wait for the script as well
    assert client.get("/chart.json?q=statement").json()["count"] == 7
    # Drawn once (by the script's request), the chart is cached: the page shows it at once.
    again = client.get("/?q=statement").content.decode()
    assert 'data-count="7"' in again and 'class="chart-fold"' in again
    assert "data-chart=" not in again


def test_a_broad_search_page_is_kept_until_its_chart_is_counted(client, file_cache, corpus, broad):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    first = client.get("/?q=statement").content.decode()
    with CaptureQueriesContext(connection) as repeated:
        again = client.get("/?q=statement").content.decode()
    assert again == first and "data-chart=" in again
    # One cache read: the data's freshness (one query), no search, list or facets (PostgreSQL
    # also sets the request's statement timeout).
    read = [q["sql"] for q in repeated.captured_queries if "set_config" not in q["sql"]]
    assert len(read) == 1 and read[0].startswith('SELECT "statements_statement"."id"')
    assert client.get("/chart.json?q=statement").json()["count"] == 7
    counted = client.get("/?q=statement").content.decode()
    assert 'data-count="7"' in counted and "data-chart=" not in counted


def test_an_uncounted_list_still_pages_on(client, settings, file_cache, corpus, broad):
    settings.WARLOG_PAGE_SIZE = 3
    first = client.get("/?q=statement").content.decode()
    assert 'rel="next"' in first and "showing 1–3" in first
    third = client.get("/?q=statement&page=3").content.decode()
    assert "showing 7–7" in third and 'rel="next"' not in third
    assert client.get("/?q=statement&page=4").status_code == 404


class Cancelled(Exception):
    sqlstate = "57014"  # what psycopg reports for a statement cut by statement_timeout


def test_a_timed_out_chart_is_remembered_and_not_tried_again(
    client, file_cache, corpus, monkeypatch
):
    from django.db import OperationalError

    from statements import charts

    tries = []

    def too_slow(*args, **kwargs):
        tries.append(1)
        raise OperationalError("canceling statement due to statement timeout") from Cancelled()

    monkeypatch.setattr(charts, "chart_data", too_slow)
    page = client.get("/?q=statement")
    assert page.status_code == 200 and tries == [1]
    assert "took too long just now, so there is no chart" in page.content.decode()
    assert page.content.decode().count('<article class="statement') == 7
    response = client.get("/chart.json?q=statement")
    assert response.status_code == 503 and response["Retry-After"] == "300"
    assert "took too long" in response.json()["error"]
    assert client.get("/?q=statement").status_code == 200
    assert tries == [1]  # neither the script's request nor the next page tried again
