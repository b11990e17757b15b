"""StatementFilter on its own: every parameter, combinations, and invalid input."""

import datetime as dt

import pytest
from django.http import QueryDict

from statements.filters import SORTS, StatementFilter
from statements.models import Statement
from tests.factories import (
    ActorAliasFactory,
    ActorFactory,
    EventFactory,
    SourceFactory,
    StatementFactory,
)

pytestmark = pytest.mark.django_db


def run(query: str, queryset=None):
    filterset = StatementFilter(
        QueryDict(query), queryset=queryset or Statement.objects.for_reading()
    )
    return filterset


def pks(query: str) -> set[int]:
    filterset = run(query)
    assert filterset.is_valid(), filterset.errors
    return {s.pk for s in filterset.qs}


@pytest.fixture
def world():
    peskov = ActorFactory(name="Dmitry Peskov", affiliation="Russia")
    zelensky = ActorFactory(name="Volodymyr Zelensky", affiliation="Ukraine")
    stoltenberg = ActorFactory(name="Jens Stoltenberg", affiliation="NATO")
    ActorAliasFactory(actor=zelensky, alias="Zelenskyy")
    kursk = EventFactory(name="Kursk incursion")
    tass = SourceFactory(outlet="TASS", text="TASS text", published_on=dt.date(2024, 8, 10))
    s = {
        "peskov_direct": StatementFactory(
            actor=peskov,
            kind="direct",
            text="the ceasefire proposal is unacceptable",
            said_on=dt.date(2024, 8, 9),
        ),
        "peskov_old": StatementFactory(
            actor=peskov, text="talks are frozen", said_on=dt.date(2023, 1, 5)
        ),
        "zelensky": StatementFactory(
            actor=zelensky,
            kind="mixed",
            text="our forces advanced near Sudzha",
            said_on=dt.date(2024, 8, 12),
            review_status="verified",
        ),
        "nato_undated": StatementFactory(
            actor=stoltenberg, text="allies will stand by Kyiv", said_on=None
        ),
        "rejected": StatementFactory(
            actor=peskov, text="a rejected misattribution", review_status="rejected"
        ),
    }
    s["zelensky"].events.add(kursk)
    s["peskov_direct"].events.add(kursk)
    tass_statement = StatementFactory(
        actor=peskov, text="sanctions are illegal", said_on=dt.date(2024, 3, 1)
    )
    Statement.objects.filter(pk=tass_statement.pk).update(source=tass)
    s["tass"] = tass_statement
    return s


def ids(world, *names):
    return {world[name].pk for name in names}


def test_no_filter_is_every_visible_statement(world):
    assert pks("") == ids(world, "peskov_direct", "peskov_old", "zelensky", "nato_undated", "tass")


def test_actor_by_slug_and_repeatable(world):
    peskov = world["peskov_direct"].actor
    zelensky = world["zelensky"].actor
    assert pks(f"actor={peskov.slug}") == ids(world, "peskov_direct", "peskov_old", "tass")
    assert pks(f"actor={peskov.slug}&actor={zelensky.slug}") == ids(
        world, "peskov_direct", "peskov_old", "tass", "zelensky"
    )


def test_actor_by_name_or_alias_when_typed_without_javascript(world):
    assert pks("actor=Zelenskyy") == ids(world, "zelensky")
    assert pks("actor=dmitry+peskov") == ids(world, "peskov_direct", "peskov_old", "tass")


def test_unknown_actor_invalidates_the_whole_filter(world):
    peskov = world["peskov_direct"].actor
    filterset = run(f"actor={peskov.slug}&actor=nobody-at-all&kind=direct")
    assert not filterset.is_valid()
    assert "nobody-at-all" in " ".join(filterset.error_messages())


def test_blank_repeatable_values_are_ignored(world):
    assert pks("actor=&affiliation=") == pks("")


def test_affiliation_repeatable(world):
    assert pks("affiliation=Ukraine") == ids(world, "zelensky")
    assert pks("affiliation=Ukraine&affiliation=NATO") == ids(world, "zelensky", "nato_undated")
    assert not run("affiliation=Atlantis").is_valid()


def test_kind_event_source_outlet_status(world):
    assert pks("kind=direct") == ids(world, "peskov_direct")
    kursk = world["zelensky"].events.get()
    assert pks(f"event={kursk.slug}") == ids(world, "zelensky", "peskov_direct")
    assert pks(f"source={world['zelensky'].source_id}") == ids(world, "zelensky")
    assert pks("outlet=tass") == ids(world, "tass")
    assert pks("status=verified") == ids(world, "zelensky")


def test_rejected_is_not_a_reader_status(world):
    filterset = run("status=rejected")
    assert not filterset.is_valid()


def test_dates_inclusive_both_ends(world):
    assert pks("date_from=2024-08-09&date_to=2024-08-12") == ids(world, "peskov_direct", "zelensky")
    assert pks("date_from=2024-08-10") == ids(world, "zelensky")
    assert pks("date_to=2023-01-05") == ids(world, "peskov_old")


@pytest.mark.parametrize(
    "query",
    [
        "date_from=2024-13-01",
        "date_to=yesterday",
        "date_from=09/08/2024",
        "date_from=2024-09-01&date_to=2024-08-01",
        "kind=shouting",
        "event=no-such-event",
        "source=abc",
        "source=999999",
        "source=99999999999999999999999",
        "sort=loudest",
        "q=" + "x" * 201,
        "q=nul%00byte",
    ],
)
def test_invalid_values_are_reported(world, query):
    filterset = run(query)
    assert not filterset.is_valid()
    assert filterset.error_messages()


def test_search_text_and_speaker(world):
    assert pks("q=ceasefire") == ids(world, "peskov_direct")
    assert pks("q=Stoltenberg") == ids(world, "nato_undated")
    # Words from the speaker and the statement together.
    assert pks("q=peskov+ceasefire") == ids(world, "peskov_direct")


def test_combination_of_filters(world):
    peskov = world["peskov_direct"].actor
    assert pks(f"actor={peskov.slug}&date_from=2024-01-01&kind=indirect") == ids(world, "tass")
    assert pks(f"actor={peskov.slug}&affiliation=Ukraine") == set()


def test_sorts(world):
    def order(query):
        filterset = run(query)
        assert filterset.is_valid()
        return [s.pk for s in filterset.qs]

    newest = order("")
    assert newest[:3] == [world["zelensky"].pk, world["peskov_direct"].pk, world["tass"].pk]
    assert newest[-1] == world["nato_undated"].pk  # unknown dates after the dated ones
    oldest = order("sort=said_asc")
    assert oldest[0] == world["peskov_old"].pk and oldest[-1] == world["nato_undated"].pk
    published = order("sort=published_desc")
    assert published[0] == world["tass"].pk  # published 2024-08-10, the rest 2023-11-10


def test_base_queryset_is_intersected(world):
    peskov = world["peskov_direct"].actor
    filterset = run("kind=direct", Statement.objects.for_reading().filter(actor=peskov))
    assert filterset.is_valid()
    assert {s.pk for s in filterset.qs} == ids(world, "peskov_direct")


def test_event_filter_reads_the_event_ids_first_and_returns_the_joined_rows(world):
    kursk = world["zelensky"].events.get()
    other = EventFactory(name="Other event")
    for statement in StatementFactory.create_batch(3):
        statement.events.add(kursk, other)  # several events per statement: no duplicates
    filterset = run(f"event={kursk.slug}&sort=said_asc")
    assert filterset.is_valid()
    fenced = [s.pk for s in filterset.qs]
    joined = list(
        Statement.objects.visible()
        .filter(events=kursk)
        .order_by(*SORTS["said_asc"][1])
        .values_list("pk", flat=True)
    )
    assert fenced == joined and len(fenced) == 5
    sql = str(filterset.qs.query).upper()
    assert "LIMIT" in sql and " IN (SELECT" in sql  # the fenced subquery, not a join
