"""Round 12 (sets M and Q): mechanisms found on sets M and Q, each on sentences written here."""

import datetime as dt

from statements.extraction import extract
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()


def statements(text, **meta):
    found = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 15), **meta).statements
    return [(s.speaker, s.kind, s.text) for s in found]


def test_a_bare_plural_group_after_and_reports_in_its_own_clause():
    found = statements(
        "Two loud blasts shook the harbour town at night, and rescuers said three people were "
        "hurt when a bakery was hit."
    )
    assert [(kind, text) for _, kind, text in found] == [
        ("indirect", "three people were hurt when a bakery was hit")
    ]


def test_according_to_a_pronoun_inside_a_relative_clause():
    found = statements(
        "Jane Roe runs the northern brigade. On Monday Roe shared a long list of the old "
        "bridges which, according to her, had been mined because the engineers feared a raid."
    )
    assert found == [
        (
            "Jane Roe",
            "indirect",
            "had been mined because the engineers feared a raid",
        )
    ]


def test_according_to_a_pronoun_after_as():
    found = statements(
        "Jane Roe runs the northern brigade. In a short video, Roe blamed the neighbours for "
        "the fire at the depot, as according to her the shells came from across the river."
    )
    assert found == [("Jane Roe", "indirect", "the shells came from across the river")]
