"""`SourceQuerySet.outlets`: every distinct outlet, sorted, as a DISTINCT lists them, read on
PostgreSQL by walking the outlet index (the admin's outlet filters and the timeline's uncounted
outlet options ask for it on every page)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from statements.models import Source
from tests.factories import SourceFactory, StatementFactory

pytestmark = pytest.mark.django_db


def test_outlets_are_every_distinct_outlet_sorted_as_a_distinct_gives_them():
    for outlet in ["Reuters", "", "Kyiv Post", "reuters", "Reuters", "Ämter", "AP"]:
        SourceFactory(outlet=outlet)
    distinct = list(Source.objects.order_by("outlet").values_list("outlet", flat=True).distinct())
    assert Source.objects.outlets() == distinct
    assert sorted(Source.objects.outlets()) == sorted(
        {"Reuters", "", "Kyiv Post", "reuters", "Ämter", "AP"}
    )
    assert Source.objects.filter(outlet__in=["AP", "Reuters"]).outlets() == ["AP", "Reuters"]
    assert Source.objects.none().outlets() == []


def test_no_source_no_outlet():
    assert Source.objects.outlets() == []


def test_the_admin_changelist_lists_every_outlet_without_a_distinct_on_postgresql(
    editor_client,
):
    for outlet in ["Reuters", "Kyiv Post", "AP"]:
        source = SourceFactory(outlet=outlet, text=f"{outlet}: said this.")
        StatementFactory(text="said this", source=source)
    with CaptureQueriesContext(connection) as queries:
        response = editor_client.get("/admin/statements/statement/")
    html = response.content.decode()
    for outlet in ["Reuters", "Kyiv Post", "AP"]:
        assert f"?source__outlet={outlet.replace(' ', '+')}" in html
    distinct = [q for q in queries.captured_queries if 'DISTINCT "statements_source"' in q["sql"]]
    assert len(distinct) == (0 if connection.vendor == "postgresql" else 1)
