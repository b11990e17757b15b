"""`Statement.published_on`: the article's publication date, copied onto each statement so the
timeline's order is held by one table's indexes. It must equal the source's after every write:
a new statement, a source's date edited (admin, `save`, queryset `update`, `bulk_update`), a
statement moved to another article; migration 0009 fills it; the order is the one it was.
"""

import datetime as dt

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from statements.filters import SORTS
from statements.models import Source, Statement, copied_from_source
from tests.factories import EventFactory, SourceFactory, StatementFactory

D1, D2, D3 = dt.date(2024, 3, 1), dt.date(2024, 3, 2), dt.date(2024, 3, 3)


def made(*, published: dt.date | None, said: dt.date | None = D1) -> Statement:
    """A statement said on `said`, in an article of its own published on `published`."""
    statement = StatementFactory.build()  # only for a fresh text
    source = SourceFactory(published_on=published, text=f"Heard: {statement.text}. The end.")
    return StatementFactory(text=statement.text, said_on=said, source=source)


def copies() -> dict[int, dt.date | None]:
    return dict(Statement.objects.values_list("pk", "published_on"))


def in_sync() -> bool:
    return all(
        s.published_on == s.source.published_on for s in Statement.objects.select_related("source")
    )


@pytest.mark.django_db
def test_a_new_statement_copies_its_articles_date():
    statement = made(published=D1)
    statement.refresh_from_db()
    assert statement.published_on == D1
    assert copied_from_source(statement.source) == {"published_on": D1}


@pytest.mark.django_db
def test_bulk_create_copies_the_date_with_or_without_the_source_at_hand():
    source = SourceFactory(published_on=D2, text="One. Two. Three.")
    at_hand = Statement(source=source, text="One", start=0, end=3)
    by_id = Statement(source_id=source.pk, text="Two", start=5, end=8)
    Statement.objects.bulk_create([at_hand, by_id])
    assert sorted(Statement.objects.values_list("text", "published_on")) == [
        ("One", D2),
        ("Two", D2),
    ]


@pytest.mark.django_db
def test_saving_a_source_with_a_new_date_redates_its_statements_copies():
    statement = made(published=D1)
    other = made(published=D1)
    source = Source.objects.get(pk=statement.source_id)
    source.published_on = D3
    source.save()
    assert copies() == {statement.pk: D3, other.pk: D1}
    source.published_on = None
    source.save(update_fields=["published_on"])
    assert copies() == {statement.pk: None, other.pk: D1}


@pytest.mark.django_db
def test_saving_a_source_without_changing_its_date_writes_no_statement():
    statement = made(published=D1)
    source = Source.objects.get(pk=statement.source_id)
    source.title = "Another title"
    with CaptureQueriesContext(connection) as queries:
        source.save()
    written = [q["sql"].split()[0:3] for q in queries.captured_queries]
    assert written == [
        ["UPDATE", '"statements_source"', "SET"],
        ["INSERT", "INTO", '"statements_historicalsource"'],
    ]


@pytest.mark.django_db
def test_a_queryset_update_of_sources_dates_follows_to_their_statements():
    first = made(published=D1)
    second = made(published=D1)
    third = made(published=D2)
    # The filter is on the very date being changed: the sources are read before it changes.
    assert Source.objects.filter(published_on=D1).update(published_on=D3) == 2
    assert copies() == {first.pk: D3, second.pk: D3, third.pk: D2}
    source = Source.objects.get(pk=third.source_id)
    source.published_on = None
    Source.objects.bulk_update([source], ["published_on"])
    assert copies() == {first.pk: D3, second.pk: D3, third.pk: None}
    assert in_sync()


@pytest.mark.django_db
def test_a_statement_moved_to_another_article_takes_that_articles_date():
    statement = made(published=D1)
    elsewhere = SourceFactory(published_on=D2)
    Statement.objects.filter(pk=statement.pk).update(source=elsewhere)
    assert copies() == {statement.pk: D2}
    statement.refresh_from_db()
    statement.source = SourceFactory(published_on=D3)
    statement.save(update_fields=["source"])
    assert copies() == {statement.pk: D3}


@pytest.mark.django_db
def test_an_editors_date_correction_in_the_admin_reorders_the_timeline(editor_client):
    # Said the same day: the more recently published article's statement comes first.
    older = made(said=D1, published=D1)
    newer = made(said=D1, published=D2)
    assert list(Statement.objects.for_timeline()) == [newer, older]
    source = older.source
    response = editor_client.post(
        reverse("admin:statements_source_change", args=[source.pk]),
        {
            "title": source.title,
            "outlet": source.outlet,
            "url": source.url,
            "published_on": D3.isoformat(),
            "published_precision": "day",
        },
    )
    assert response.status_code == 302
    assert copies() == {older.pk: D3, newer.pk: D2}
    assert list(Statement.objects.for_timeline()) == [older, newer]


def _expected(statements, sort: str) -> list[int]:
    """The order each sort promises, computed from the sources' own dates."""
    key1, key2 = ("said", "published") if sort.startswith("said") else ("published", "said")
    ascending = sort.endswith("asc")

    def key(s):
        values = {"said": s.said_on, "published": s.source.published_on}
        parts = []
        for name in (key1, key2):
            value = values[name]
            ordinal = value.toordinal() if value else 0
            parts += [value is None, ordinal if ascending else -ordinal]
        return (*parts, s.pk if ascending else -s.pk)

    return [s.pk for s in sorted(statements, key=key)]


@pytest.mark.django_db
@pytest.mark.parametrize("sort", list(SORTS))
def test_every_sort_orders_by_the_sources_dates_as_before(sort):
    rows = [
        made(said=said, published=published)
        for said, published in [
            (D2, D1),
            (D2, D3),
            (D2, None),
            (None, D1),
            (None, None),
            (D1, D2),
            (D3, D2),
            (D2, D3),
        ]
    ]
    # Edited after the statements were written: the copies must follow.
    Source.objects.filter(pk=rows[0].source_id).update(published_on=D3)
    Source.objects.filter(pk=rows[4].source_id).update(published_on=D2)
    statements = list(Statement.objects.select_related("source"))
    order = Statement.objects.visible().order_by(*SORTS[sort][1])
    assert [s.pk for s in order] == _expected(statements, sort)
    assert [s.pk for s in order.page(2, 6)] == _expected(statements, sort)[2:6]


@pytest.mark.django_db
def test_page_picks_the_rows_a_slice_picks_under_a_filter_and_reversed():
    event = EventFactory()
    rows = [made(said=dt.date(2024, 1, 1 + n % 5), published=D1) for n in range(12)]
    for statement in rows[::2]:
        statement.events.add(event)
    in_event = Statement.objects.for_reading().in_event(event)
    assert [s.pk for s in in_event.page(1, 4)] == [s.pk for s in in_event[1:4]]
    backwards = in_event.reverse()
    assert [s.pk for s in backwards.page(0, 3)] == [s.pk for s in backwards[0:3]]
    assert len(in_event.page(0, 50)) == 6


@pytest.mark.django_db(transaction=True)
def test_migration_0009_copies_every_sources_date():
    executor = MigrationExecutor(connection)
    before = [("statements", "0008_summary")]
    latest = executor.loader.graph.leaf_nodes("statements")
    executor.migrate(before)
    try:
        old = executor.loader.project_state(before).apps
        OldSource = old.get_model("statements", "Source")
        OldStatement = old.get_model("statements", "Statement")
        dated = OldSource.objects.create(text="A. B.", content_hash="a", published_on=D1)
        undated = OldSource.objects.create(text="C. D.", content_hash="b", published_on=None)
        for source, text in ((dated, "A"), (dated, "B"), (undated, "C")):
            start = source.text.index(text)
            OldStatement.objects.create(source=source, text=text, start=start, end=start + 1)
        executor = MigrationExecutor(connection)
        executor.migrate([("statements", "0009_statement_published_on")])
        assert sorted(Statement.objects.values_list("text", "published_on")) == [
            ("A", D1),
            ("B", D1),
            ("C", None),
        ]
    finally:
        MigrationExecutor(connection).migrate(latest)
