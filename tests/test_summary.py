"""The counts summary stays equal to a fresh aggregate of the statements through every write."""

import datetime as dt
from collections import Counter
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db.models import Count, Q
from django.db.models.functions import TruncMonth, TruncYear

from statements import summary
from statements.curation import mark_reviewed, merge_actors, reassign_speaker
from statements.facets import facet_counts
from statements.filters import StatementFilter
from statements.models import Actor, DailyCount, MonthlyCount, Source, Statement, YearlyCount
from tests.factories import ActorFactory, StatementFactory


def fresh_daily() -> Counter:
    rows = Statement.objects.order_by().values("said_on", "actor_id", "kind", "review_status")
    counted = rows.annotate(n=Count("pk"), leads=Count("pk", filter=Q(is_lead=True)))
    return Counter(
        {
            (r["said_on"], r["actor_id"], r["kind"], r["review_status"]): (r["n"], r["leads"])
            for r in counted
        }
    )


def fresh_by(trunc) -> Counter:
    rows = (
        Statement.objects.order_by()
        .annotate(m=trunc("said_on"))
        .values("m", "actor_id", "kind", "review_status")
        .annotate(n=Count("pk"), leads=Count("pk", filter=Q(is_lead=True)))
    )
    return Counter(
        {(r["m"], r["actor_id"], r["kind"], r["review_status"]): (r["n"], r["leads"]) for r in rows}
    )


def stored(model, field) -> Counter:
    rows = model.objects.values_list(
        field, "actor_id", "kind", "review_status", "statements", "leads"
    )
    keys = [row[:4] for row in rows]
    assert len(keys) == len(set(keys)), "a key counted twice"
    return Counter({row[:4]: (row[4], row[5]) for row in rows})


def assert_summary_is_fresh():
    assert stored(DailyCount, "day") == fresh_daily()
    assert stored(MonthlyCount, "month") == fresh_by(TruncMonth)
    assert stored(YearlyCount, "year") == fresh_by(TruncYear)


@pytest.mark.django_db(transaction=True)
def test_summary_equals_a_fresh_aggregate_after_every_kind_of_write():
    """Each write commits on its own here, so the recount runs from `on_commit`, as in
    production (no read flushes it first: the tables are read directly)."""
    call_command("load_gazetteer", stdout=StringIO())
    call_command("ingest", str(settings.WARLOG_FIXTURES_DIR / "articles"), stdout=StringIO())
    assert Statement.objects.count() > 50
    assert_summary_is_fresh()
    assert DailyCount.objects.exists()

    # An editor's edit through the model: a new date moves the statement to another day.
    statement = Statement.objects.filter(actor__isnull=False, said_on__isnull=False).first()
    statement.said_on = dt.date(2019, 5, 17)
    statement.kind = "direct"
    statement.save()
    assert_summary_is_fresh()
    assert DailyCount.objects.filter(day=dt.date(2019, 5, 17)).exists()

    # Reattribution (bulk_update, as the admin action does), to someone and to no one.
    someone = ActorFactory(name="Summary Test Speaker")
    moved = Statement.objects.filter(actor__isnull=False).order_by("pk")[:4]
    reassign_speaker(
        statements=Statement.objects.filter(pk__in=[s.pk for s in moved]), actor=someone
    )
    assert_summary_is_fresh()
    reassign_speaker(
        statements=Statement.objects.filter(pk__in=[s.pk for s in moved][:2]), actor=None
    )
    assert_summary_is_fresh()

    # Rejection (review status), and a group's lead changing (queryset update).
    rejected = Statement.objects.order_by("-pk")[:3]
    mark_reviewed(
        statements=Statement.objects.filter(pk__in=[s.pk for s in rejected]), status="rejected"
    )
    assert_summary_is_fresh()
    Statement.objects.filter(pk__in=Statement.objects.order_by("pk").values("pk")[:5]).update(
        is_lead=False
    )
    assert_summary_is_fresh()
    Statement.objects.filter(actor=someone).update(said_on=dt.date(2020, 1, 1))
    assert_summary_is_fresh()

    # Deletes: one statement, a queryset, an article (cascade), a speaker (SET NULL), a merge.
    Statement.objects.order_by("pk").first().delete()
    assert_summary_is_fresh()
    Statement.objects.filter(pk__in=Statement.objects.order_by("-pk").values("pk")[:2]).delete()
    assert_summary_is_fresh()
    Source.objects.order_by("pk").first().delete()
    assert_summary_is_fresh()
    busiest = Actor.objects.annotate(n=Count("statements")).filter(n__gt=0).order_by("-n").first()
    busiest.delete()
    assert_summary_is_fresh()
    keep, merge = Actor.objects.annotate(n=Count("statements")).filter(n__gt=0)[:2]
    merge_actors(keep=keep, merge=merge)
    assert_summary_is_fresh()

    # A new statement through bulk_create (ingestion writes this way).
    StatementFactory.create_batch(3, actor=keep, said_on=dt.date(2024, 2, 29))
    assert_summary_is_fresh()


def test_rebuild_command_recounts_what_was_written_behind_its_back(db):
    StatementFactory.create_batch(4, said_on=dt.date(2024, 3, 5))
    summary.flush()
    DailyCount.objects.all().delete()
    MonthlyCount.objects.all().delete()
    out = StringIO()
    call_command("rebuild_summary", stdout=out)
    assert "Summary rebuilt" in out.getvalue()
    assert_summary_is_fresh()
    assert sum(DailyCount.objects.values_list("statements", flat=True)) == 4


def test_a_write_is_counted_before_the_same_thread_reads(db):
    """Inside one transaction (a request, a test), the reader sees its own writes."""
    StatementFactory.create_batch(3, kind="direct", said_on=dt.date(2024, 3, 5))
    filterset = StatementFilter({}, queryset=Statement.objects.all())
    assert filterset.is_valid()
    kinds = {option.value: option.count for option in facet_counts(filterset)["kind"]}
    assert kinds == {"direct": 3}


def test_facets_that_the_summary_answers_do_not_read_the_statements(db, django_assert_num_queries):
    actor = ActorFactory(affiliation="Ukraine")
    StatementFactory.create_batch(3, actor=actor, kind="direct", said_on=dt.date(2024, 3, 5))
    StatementFactory(actor=actor, kind="indirect", said_on=dt.date(2023, 7, 1))
    summary.flush()
    filterset = StatementFilter({"kind": "direct"}, queryset=Statement.objects.all())
    assert filterset.is_valid()
    counted = summary.count_filter(filterset, omit="actor")
    assert counted is not None
    with django_assert_num_queries(1) as captured:
        rows = summary.facet_rows("actor", counted)
    assert rows == [(actor.slug, actor.name, 3)]
    assert "statements_statement" not in captured.captured_queries[0]["sql"]
    searched = StatementFilter({"q": "peace"}, queryset=Statement.objects.all())
    assert searched.is_valid()
    assert summary.count_filter(searched) is None  # search: counted on the statements


@pytest.mark.parametrize(
    "query, level",
    [
        ({}, "year"),
        ({"year": "2023"}, "year"),
        ({"date_from": "2023-01-01", "date_to": "2024-12-31"}, "year"),
        ({"date_from": "2024-01-01", "date_to": "2024-03-31"}, "month"),
        ({"date_to": "2024-02-29"}, "month"),
        ({"date_from": "2024-01-02"}, "day"),
        ({"year": "2023", "date_to": "2023-06-15"}, "day"),
    ],
)
def test_the_dates_choose_the_coarsest_table_that_covers_them(db, query, level):
    filterset = StatementFilter(query, queryset=Statement.objects.all())
    assert filterset.is_valid()
    assert summary.count_filter(filterset).level == level


def test_counts_by_any_level_agree_with_the_statements(db):
    actor = ActorFactory()
    for day in ("2023-01-31", "2023-02-01", "2023-12-31", "2024-01-01", "2024-02-29"):
        StatementFactory(actor=actor, said_on=dt.date.fromisoformat(day))
    for query, expected in [
        ({}, 5),
        ({"year": "2023"}, 3),
        ({"date_from": "2023-02-01", "date_to": "2024-01-31"}, 3),
        ({"date_from": "2023-01-31", "date_to": "2023-02-01"}, 2),
    ]:
        filterset = StatementFilter(query, queryset=Statement.objects.all())
        assert filterset.is_valid()
        rows = summary.facet_rows("actor", summary.count_filter(filterset))
        assert rows == [(actor.slug, actor.name, expected)], query


@pytest.mark.django_db(transaction=True)
def test_grouping_writes_leads_behind_the_orm_and_the_summary_still_counts_them():
    from statements import grouping

    speaker = ActorFactory(name="Grouped Speaker")
    statements = [
        StatementFactory(actor=speaker, text=f"remark {n} about talks", is_lead=False)
        for n in range(3)
    ]
    assert_summary_is_fresh()
    grouping.place(Statement.objects.filter(pk__in=[s.pk for s in statements]))
    assert Statement.objects.filter(is_lead=True).count() == 3  # each a group of its own
    assert_summary_is_fresh()


@pytest.mark.django_db(transaction=True)
def test_a_deferred_batch_is_recounted_once_at_its_end():
    actor = ActorFactory()
    with summary.deferred():
        StatementFactory.create_batch(2, actor=actor, said_on=dt.date(2024, 5, 1))
        StatementFactory(actor=actor, said_on=None)
        assert not DailyCount.objects.exists()  # committed, not recounted yet
    assert_summary_is_fresh()
    assert sum(DailyCount.objects.values_list("statements", flat=True)) == 3


def test_ingestion_counts_its_statements_in_its_own_transaction(db, monkeypatch):
    """Ingestion adds what it inserts to the summary before
    its transaction commits: nothing is left for a recount, which here never runs."""
    recounted = []
    monkeypatch.setattr(summary, "refresh", lambda pairs, **kwargs: recounted.append(pairs))
    call_command("load_gazetteer", stdout=StringIO())
    call_command("ingest", str(settings.WARLOG_FIXTURES_DIR / "articles"), stdout=StringIO())
    assert Statement.objects.count() > 50
    assert_summary_is_fresh()
    summary.flush()
    assert recounted == []
