"""The curation services on the real database: what they change, mark curated and record."""

import pytest
from django.db import connection

from statements import curation
from statements.admin import EstimatedCountPaginator, estimated_row_count
from statements.models import Actor, ActorAlias, Statement
from tests.factories import ActorAliasFactory, ActorFactory, EventFactory, StatementFactory

pytestmark = pytest.mark.django_db


def test_with_curated_keeps_model_order_and_ignores_non_editable_fields():
    assert curation.with_curated(["review_status"], ["text", "actor", "events"]) == [
        "actor",
        "events",
        "review_status",
    ]


def test_save_statement_edit_marks_differences_and_bumps_version(editor_user):
    statement = StatementFactory(kind="indirect")
    statement.kind = "direct"
    curation.save_statement_edit(statement=statement, submitted_version=1, user=editor_user)
    statement.refresh_from_db()
    assert statement.kind == "direct"
    assert statement.curated_fields == ["kind"]
    assert statement.version == 2
    assert statement.history.first().history_user == editor_user


def test_a_stale_save_changes_nothing_and_names_the_last_editor(editor_user):
    statement = StatementFactory(via="")
    mine = Statement.objects.get(pk=statement.pk)
    theirs = Statement.objects.get(pk=statement.pk)
    theirs.via = "RT"
    curation.save_statement_edit(statement=theirs, submitted_version=1, user=editor_user)

    mine.via = "TASS"
    with pytest.raises(curation.StaleEdit, match=r"changed by ed at .* reload to see their edit"):
        curation.save_statement_edit(statement=mine, submitted_version=1)

    statement.refresh_from_db()
    assert statement.via == "RT"
    assert statement.version == 2
    assert statement.history.count() == 2  # created + the one accepted edit


def test_mark_reviewed_records_one_history_row_per_statement(editor_user):
    statements = StatementFactory.create_batch(3)
    qs = Statement.objects.filter(pk__in=[s.pk for s in statements[:2]])
    assert curation.mark_reviewed(statements=qs, status="verified", user=editor_user) == 2
    verified = Statement.objects.filter(review_status="verified")
    assert set(verified) == set(statements[:2])
    assert all(s.curated_fields == ["review_status"] and s.version == 2 for s in verified)
    record = statements[0].history.first()
    assert record.history_user == editor_user
    assert record.history_change_reason == "Marked verified"
    # Repeating it is a no-op: nothing new to record.
    assert curation.mark_reviewed(statements=qs, status="verified", user=editor_user) == 0
    with pytest.raises(ValueError):
        curation.mark_reviewed(statements=qs, status="approved")


def test_reassign_speaker_accepts_a_list_and_marks_actor_curated():
    statements = StatementFactory.create_batch(2)
    target = ActorFactory()
    assert curation.reassign_speaker(statements=statements, actor=target) == 2
    assert set(target.statements.all()) == set(statements)
    assert all(s.curated_fields == ["actor"] for s in target.statements.all())


def test_link_event_is_idempotent():
    statements = StatementFactory.create_batch(2)
    event = EventFactory()
    assert curation.link_event(statements=statements, event=event) == 2
    assert curation.link_event(statements=statements, event=event) == 0
    assert event.statements.count() == 2
    assert all(s.version == 2 and s.curated_fields == ["events"] for s in event.statements.all())


def test_merge_actors_moves_everything_in_one_go(editor_user):
    keep = ActorFactory(name="Dmitry Peskov")
    ActorAliasFactory(actor=keep, alias="Peskov")
    dup = ActorFactory(name="Dmitri Peskov")
    ActorAliasFactory(actor=dup, alias="D. Peskov")
    StatementFactory.create_batch(2, actor=dup)

    result = curation.merge_actors(keep=keep, merge=dup, user=editor_user)

    assert (result.statements_moved, result.aliases_moved, result.aliases_added) == (2, 1, 1)
    assert not Actor.objects.filter(pk=dup.pk).exists()
    assert set(keep.aliases.values_list("alias", flat=True)) == {
        "Peskov",
        "D. Peskov",
        "Dmitri Peskov",
    }
    assert keep.statements.count() == 2
    assert all("actor" in s.curated_fields for s in keep.statements.all())
    deleted = Actor.history.filter(id=dup.pk, history_type="-").get()
    assert deleted.history_user == editor_user
    assert deleted.history_change_reason == f"Merged into Dmitry Peskov (#{keep.pk})"


def test_merge_refuses_itself_and_a_vanished_actor():
    keep = ActorFactory()
    with pytest.raises(ValueError):
        curation.merge_actors(keep=keep, merge=keep)
    dup = ActorFactory()
    StatementFactory(actor=dup)
    dup_pk = dup.pk
    Actor.objects.filter(pk=dup_pk).delete()
    with pytest.raises(Actor.DoesNotExist):
        curation.merge_actors(keep=keep, merge=dup)
    assert ActorAlias.objects.filter(actor=keep).count() == 0


def test_paginator_counts_exactly_off_postgresql_or_when_filtered():
    StatementFactory.create_batch(3)
    paginator = EstimatedCountPaginator(Statement.objects.all(), 2)
    paginator.exact_below = 0
    filtered = EstimatedCountPaginator(Statement.objects.filter(kind="indirect"), 2)
    filtered.exact_below = 0
    assert filtered.count == 3
    if connection.vendor != "postgresql":
        assert estimated_row_count(Statement) is None
        assert paginator.count == 3


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_class statistics")
def test_paginator_uses_planner_estimate_on_a_big_unfiltered_table():
    StatementFactory.create_batch(4)
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {Statement._meta.db_table}")
    assert estimated_row_count(Statement) == 4
    paginator = EstimatedCountPaginator(Statement.objects.all(), 2)
    paginator.exact_below = 1
    Statement.objects.all()[0].delete()  # the estimate lags; an exact count would say 3
    assert paginator.count == 4


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="the planner's estimate")
def test_paginator_shows_the_planner_estimate_for_a_filter_matching_many_rows():
    StatementFactory.create_batch(5, kind="direct")
    StatementFactory(kind="indirect")
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {Statement._meta.db_table}")
    many = EstimatedCountPaginator(Statement.objects.filter(kind="direct"), 2)
    many.count_cap = 3
    few = EstimatedCountPaginator(Statement.objects.filter(kind="indirect"), 2)
    few.count_cap = 3
    Statement.objects.filter(kind="direct")[0].delete()  # the estimate lags: 5, not 4
    assert (many.count, few.count) == (5, 1)
