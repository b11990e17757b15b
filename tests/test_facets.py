"""Facets: every filter's options with counts under the other filters, as JSON and on the page."""

import datetime as dt
import json

import pytest
from django.http import QueryDict

from statements import summary
from statements.facets import FACETS, facet_counts
from statements.filters import StatementFilter
from statements.models import Source, Statement
from tests.factories import ActorFactory, EventFactory, StatementFactory


def rows_of(client, query: str) -> int:
    """How many rows /statements.json returns, following `next` links if it pages."""
    url, total = f"/statements.json?{query}", 0
    while url:
        response = client.get(url)
        assert response.status_code == 200, query
        data = json.loads(b"".join(response.streaming_content))
        total += len(data["results"])
        url = data.get("next")
    return total


@pytest.mark.parametrize("base", ["", "kind=direct", "q=Kyiv", "affiliation=Russia&year=2022"])
def test_every_facet_count_equals_the_rows_that_facet_returns(client, seeds, base):
    facets = client.get(f"/facets.json?{base}").json()
    assert sorted(facets) == sorted(FACETS)
    checked = 0
    for name, options in facets.items():
        for option in options:
            # The facet's value chosen alone (replacing any choice of the same facet).
            params = QueryDict(base, mutable=True)
            params.setlist(name, [option["value"]])
            query = params.urlencode()
            assert option["count"] == rows_of(client, query), (name, option)
            checked += 1
    assert checked >= 8


def test_seed_facets_have_counts_labels_and_order(client, seeds):
    facets = client.get("/facets.json").json()
    speakers = facets["actor"]
    peskov = next(o for o in speakers if o["value"] == "dmitry-peskov")
    assert peskov["label"] == "Dmitry Peskov"
    assert (
        peskov["count"] == Statement.objects.visible().filter(actor__slug="dmitry-peskov").count()
    )
    for options in facets.values():
        counts = [o["count"] for o in options]
        assert counts == sorted(counts, reverse=True)
        assert 0 not in counts
    assert {o["value"] for o in facets["kind"]} == {"direct", "indirect", "mixed"}
    visible = Statement.objects.visible()
    busiest = max(range(2022, 2025), key=lambda y: visible.filter(said_on__year=y).count())
    assert facets["year"][0]["value"] == str(busiest)
    assert sum(o["count"] for o in facets["year"]) == visible.exclude(said_on=None).count()


@pytest.mark.django_db
def test_outlet_facet_replaces_the_free_text_box(client):
    for outlet in ("Reuters", "Reuters", "TASS"):
        Source.objects.filter(pk=StatementFactory().source_id).update(outlet=outlet)
    assert client.get("/facets.json").json()["outlet"] == [
        {"value": "Reuters", "label": "Reuters", "count": 2},
        {"value": "TASS", "label": "TASS", "count": 1},
    ]
    html = client.get("/?outlet=TASS").content.decode()
    assert '<option value="TASS" selected>TASS (1)</option>' in html
    assert '<option value="Reuters">Reuters (2)</option>' in html
    assert 'type="text" name="outlet"' not in html


@pytest.mark.django_db
def test_a_facet_is_counted_under_the_other_filters_not_its_own(client):
    ru = ActorFactory(name="Russian Speaker", affiliation="Russia")
    ua = ActorFactory(name="Ukrainian Speaker", affiliation="Ukraine")
    event = EventFactory(name="Talks")
    StatementFactory(actor=ru, kind="direct", said_on=dt.date(2023, 1, 2)).events.add(event)
    StatementFactory(actor=ru, kind="indirect", said_on=dt.date(2024, 1, 2))
    StatementFactory(actor=ua, kind="direct", said_on=dt.date(2024, 5, 2))
    facets = client.get("/facets.json?affiliation=Russia&kind=direct").json()
    # affiliation: under kind=direct only (its own choice left out)
    assert facets["affiliation"] == [
        {"value": "Russia", "label": "Russia", "count": 1},
        {"value": "Ukraine", "label": "Ukraine", "count": 1},
    ]
    # kind: under affiliation=Russia only
    assert [(o["value"], o["count"]) for o in facets["kind"]] == [("direct", 1), ("indirect", 1)]
    assert facets["event"] == [{"value": event.slug, "label": "Talks", "count": 1}]
    assert facets["year"] == [{"value": "2023", "label": "2023", "count": 1}]


@pytest.mark.django_db
def test_one_grouped_query_per_facet_then_one_cached_read(django_assert_num_queries, rf, settings):
    StatementFactory.create_batch(5)
    summary.flush()  # the writes' recount, which a commit would have run
    settings.WARLOG_CHART_CACHE_SECONDS = 0
    filterset = StatementFilter(rf.get("/?kind=direct").GET, queryset=Statement.objects.all())
    assert filterset.is_valid()
    with django_assert_num_queries(len(FACETS)):
        uncached = facet_counts(filterset)
    settings.WARLOG_CHART_CACHE_SECONDS = 60
    facet_counts(filterset)
    with django_assert_num_queries(1):  # the data's freshness (one query): the cache key
        assert facet_counts(filterset) == uncached


def test_invalid_filter_is_a_400(client, db):
    response = client.get("/facets.json?date_from=2024-02-31")
    assert response.status_code == 400
    assert "Enter the start date as YYYY-MM-DD" in response.content.decode()


def test_speakers_beyond_the_top_ten_are_behind_more(client, db):
    for n in range(12):
        StatementFactory.create_batch(12 - n, actor=ActorFactory(name=f"Speaker {n:02d}"))
    html = client.get("/").content.decode()
    top, _, more = html.partition('<details class="facet__more">')
    assert "Speaker 00 <span" in top and "Speaker 09 <span" in top
    assert "Speaker 10 <span" in more and "Speaker 11 <span" in more
    assert "2 more speakers" in more


def test_the_single_valued_facets_counted_in_one_pass_equal_one_query_each(
    seeds, django_assert_num_queries
):
    from statements.facets import _rows, _rows_together

    statements = Statement.objects.visible().order_by()
    names = ["actor", "affiliation", "kind", "outlet", "year"]
    with django_assert_num_queries(1):
        together = _rows_together(names, statements)
    assert {name: sorted(rows) for name, rows in together.items()} == {
        name: sorted(_rows(name, statements)) for name in names
    }
    assert sum(n for _, _, n in together["kind"]) == statements.count()
