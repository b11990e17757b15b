"""Extraction 4.6: what round 23 added, each on sentences written here."""

import datetime as dt

from statements.extraction import extract
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()
DAY = dt.date(2024, 5, 1)


def statements(text, published=DAY):
    return [
        (s.speaker, s.text)
        for s in extract(text, gazetteer=GAZETTEER, published=published).statements
    ]


def test_a_pronoun_is_the_one_who_spoke_over_a_known_person_named_as_an_object():
    text = (
        "Headline\n\n"
        "John Roe said the mission would go on.\n\n"
        "The leaders are due to meet with Russian President Vladimir Putin on Saturday.\n\n"
        "However, he said the strikes would not stop the talks."
    )
    assert statements(text) == [
        ("John Roe", "the mission would go on"),
        ("John Roe", "the strikes would not stop the talks"),
    ]


def test_a_known_person_named_as_a_subject_is_still_the_pronoun():
    text = (
        "Headline\n\n"
        "John Roe said the mission would go on.\n\n"
        "Russian President Vladimir Putin met the leaders on Saturday.\n\n"
        "He said the strikes would not stop the talks."
    )
    assert statements(text) == [
        ("John Roe", "the mission would go on"),
        ("Vladimir Putin", "the strikes would not stop the talks"),
    ]
