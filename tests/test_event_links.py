"""Event links that hold: the event is named (its name or another name) and the statement was
said during the event or shortly after. Checked on the rule and on the seed articles."""

import datetime as dt
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from statements.extraction.events import EventIndex, link_events
from statements.extraction.results import EventEntry
from statements.models import Statement

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "articles"

KHERSON = EventEntry(
    slug="kherson-liberation",
    name="Kherson liberated",
    starts_on=dt.date(2022, 11, 11),
    keywords=("liberation of Kherson",),
)
TALKS = EventEntry(
    slug="istanbul-talks",
    name="Istanbul talks",
    starts_on=dt.date(2022, 3, 29),
    ends_on=dt.date(2022, 3, 30),
    keywords=("Istanbul negotiations",),
)


def links(sentence: str, said_on):
    hits = EventIndex([KHERSON, TALKS]).find(sentence)
    return [
        (link.slug, link.reason)
        for link in link_events(hits, sentence=(0, len(sentence)), said_on=said_on)
    ]


def test_a_named_event_links_during_its_window_and_shortly_after():
    assert links("He praised the liberation of Kherson.", dt.date(2022, 11, 11)) == [
        (
            "kherson-liberation",
            "names “liberation of Kherson”; said 2022-11-11, during the event (2022-11-11)",
        )
    ]
    assert links("The Istanbul negotiations went well, he said.", dt.date(2022, 4, 9)) == [
        (
            "istanbul-talks",
            "names “Istanbul negotiations”; said 2022-04-09, 10 days after the event "
            "(2022-03-29 to 2022-03-30)",
        )
    ]


def test_a_place_name_alone_or_a_date_long_after_is_no_link():
    assert links("Troops must leave the Kherson region, he said.", dt.date(2022, 11, 12)) == []
    assert links("He recalled the liberation of Kherson.", dt.date(2024, 12, 8)) == []
    assert (
        links("He spoke of the liberation of Kherson before it happened.", dt.date(2022, 10, 1))
        == []
    )
    assert links("He praised the liberation of Kherson.", None) == []


@pytest.fixture
def seeds(db):
    call_command("ingest", str(SEEDS), stdout=StringIO())


def events_of(text_start: str) -> dict[str, str]:
    statement = Statement.objects.get(text__startswith=text_start)
    assert sorted(statement.event_evidence) == sorted(e.slug for e in statement.events.all())
    return statement.event_evidence


def test_putins_peace_conditions_are_not_the_liberation_of_kherson(seeds):
    assert events_of("pre-conditions for peace included the withdrawal") == {}


def test_naryshkins_special_military_operation_is_not_the_invasions_start(seeds):
    assert events_of("Moscow is close to achieving all of the objectives") == {}


def test_a_ceasefire_remark_is_not_the_us_election(seeds):
    assert events_of("Putin was open to discussing a Ukraine ceasefire") == {}


def test_links_that_hold_on_the_seeds_say_why(seeds):
    assert events_of("Ukrainian troops could not achieve a breakthrough") == {
        "zaluzhny-economist-interview": "names “interview with The Economist”; said 2023-11-01, "
        "during the event (2023-11-01)"
    }
    linked = Statement.events.through.objects.values_list("event__slug", flat=True)
    assert sorted(set(linked)) == [
        "counteroffensive-2023",
        "eastern-economic-forum-2024",
        "first-phase-ends",
        "zaluzhny-economist-interview",
    ]
