"""Extraction 3.9: what round 16 added, each on sentences written here."""

import datetime as dt

import pytest

from statements.extraction import extract
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()


def speakers(text, published):
    return [s.speaker for s in extract(text, gazetteer=GAZETTEER, published=published).statements]


@pytest.mark.parametrize(
    ("subject", "published", "speaker"),
    [
        # The gazetteer knows the holders of the war's main offices since 2014, not only 2022's.
        ("Ukraine's defence minister", dt.date(2017, 4, 7), "Stepan Poltorak"),
        ("Ukraine's defence minister", dt.date(2021, 1, 10), "Andriy Taran"),
        ("The Ukrainian prime minister", dt.date(2017, 6, 1), "Volodymyr Groysman"),
        ("Ukraine's interior minister", dt.date(2018, 6, 1), "Arsen Avakov"),
        ("The US secretary of state", dt.date(2017, 6, 1), "Rex Tillerson"),
        ("The British prime minister", dt.date(2018, 6, 1), "Theresa May"),
        ("The German foreign minister", dt.date(2019, 6, 1), "Heiko Maas"),
    ],
)
def test_an_office_before_the_full_scale_war_has_its_holder(subject, published, speaker):
    text = f"{subject} said the ceasefire in the east was being broken every night.\n"
    assert speakers(text, published) == [speaker]


def test_a_surname_alone_finds_a_pre_war_minister():
    text = (
        '"We are ready to defend our borders, and Europe\'s," Poltorak said at a briefing. '
        "He said the army had been rebuilt.\n"
    )
    assert speakers(text, dt.date(2017, 4, 7)) == ["Stepan Poltorak", "Stepan Poltorak"]


def test_a_separatist_leader_of_2014_to_2018_is_known():
    text = "Separatist leader Alexander Zakharchenko said his forces would not withdraw.\n"
    assert speakers(text, dt.date(2016, 3, 2)) == ["Oleksandr Zakharchenko"]
