import datetime as dt

import pytest
from django.db import IntegrityError, transaction

from statements.models import ActorAlias, Statement, normalize_alias

from .factories import ActorFactory, SourceFactory, StatementFactory

pytestmark = pytest.mark.django_db


def test_alias_normalisation_ignores_case_accents_and_punctuation():
    assert normalize_alias("  Zelenskyy. ") == normalize_alias("zelenskyy")
    assert normalize_alias("Kuleba’s") == normalize_alias("Kuleba's")
    assert normalize_alias("Zelensky") != normalize_alias("Zelenskyy")


def test_alias_unique_after_normalisation():
    actor = ActorFactory(name="Volodymyr Zelensky")
    ActorAlias.objects.create(actor=actor, alias="Zelenskyy")
    with pytest.raises(IntegrityError), transaction.atomic():
        ActorAlias.objects.create(actor=actor, alias="ZELENSKYY.")


def test_actor_slug_is_generated_and_unique():
    a = ActorFactory(name="Dmitry Peskov")
    assert a.slug == "dmitry-peskov"
    assert a.get_absolute_url() == "/actors/dmitry-peskov/"


def test_statement_span_is_unique_per_source():
    st = StatementFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Statement.objects.create(source=st.source, text=st.text, start=st.start, end=st.end)


def test_check_constraint_rejects_unknown_kind():
    source = SourceFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Statement.objects.create(source=source, text="x", start=0, end=1, kind="rumour")


def test_check_constraint_rejects_empty_span():
    source = SourceFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Statement.objects.create(source=source, text="x", start=3, end=3)


def test_timeline_order_puts_unknown_dates_last_and_hides_rejected():
    new = StatementFactory(said_on=dt.date(2024, 1, 1))
    old = StatementFactory(said_on=dt.date(2022, 3, 1))
    undated = StatementFactory(said_on=None, said_on_precision="unknown")
    StatementFactory(said_on=dt.date(2025, 1, 1), review_status="rejected")
    assert list(Statement.objects.for_timeline()) == [new, old, undated]


def test_said_between_is_inclusive_on_both_ends():
    a = StatementFactory(said_on=dt.date(2023, 11, 1))
    b = StatementFactory(said_on=dt.date(2023, 11, 30))
    StatementFactory(said_on=dt.date(2023, 12, 1))
    got = set(Statement.objects.said_between(dt.date(2023, 11, 1), dt.date(2023, 11, 30)))
    assert got == {a, b}


def test_untouched_excludes_reviewed_and_curated():
    plain = StatementFactory()
    StatementFactory(review_status="verified")
    StatementFactory(curated_fields=["actor"])
    assert list(Statement.objects.untouched()) == [plain]


def test_editors_group_corrects_sources_and_merges_actors_but_deletes_neither():
    from django.contrib.auth.models import Group

    perms = set(Group.objects.get(name="Editors").permissions.values_list("codename", flat=True))
    assert {"change_statement", "change_actor", "view_source", "change_source"} <= perms
    assert "merge_actor" in perms
    assert {"delete_source", "delete_actor", "delete_statement"} & perms == set()


def test_other_names_leave_out_the_canonical_name():
    actor = ActorFactory(name="Valery Zaluzhny")
    ActorAlias.objects.create(actor=actor, alias="Valery Zaluzhny")
    ActorAlias.objects.create(actor=actor, alias="Valerii Zaluzhnyi")
    assert actor.other_names() == ["Valerii Zaluzhnyi"]
