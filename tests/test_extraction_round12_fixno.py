"""Round 12 (sets N and O): mechanisms found on sets N and O, each on sentences written here."""

import datetime as dt

from statements.extraction import extract
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()


def statements(text, **meta):
    found = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 15), **meta).statements
    return [(s.speaker, s.kind, s.text) for s in found]


def test_a_retort_shot_back_tags_the_quotation_before_it():
    found = statements(
        "“You have no leverage now,” Jane Roe told John Doe during the meeting.\n\n"
        "“We are not bluffing,” Doe shot back."
    )
    assert found == [
        ("Jane Roe", "direct", "You have no leverage now,"),
        ("John Doe", "direct", "We are not bluffing,"),
    ]


def test_fired_back_without_a_quotation_or_clause_reports_nothing():
    assert statements("The soldiers fired back. The column withdrew to the river.") == []


def test_a_relative_clause_with_a_subject_gap_reports_nothing():
    found = statements(
        "The council listed several conditions that it said had not been met. "
        "Jane Roe said she had been warned."
    )
    assert found == [("Jane Roe", "indirect", "she had been warned")]


def test_an_announced_noun_phrase_with_only_a_relative_clause_is_no_statement():
    found = statements(
        "The government has announced a curfew, which will take effect on Friday.\n\n"
        "Years later the president announced a “special campaign” to remove the mayor that "
        "escalated the fighting into a full assault on the region.\n\n"
        "The mayor announced a curfew would begin at ten. "
        "Jane Roe said a soldier who was wounded on Monday had died."
    )
    assert found == [
        (None, "indirect", "a curfew would begin at ten"),
        ("Jane Roe", "indirect", "a soldier who was wounded on Monday had died"),
    ]


def test_a_caption_with_a_credit_via_getty_is_no_statement():
    found = statements(
        "Soldiers rest near the front line on Sunday, the Examplia Institute said. "
        "Jane Roe / AFP via Getty\n\n"
        "Jane Roe said the town would hold."
    )
    assert found == [("Jane Roe", "indirect", "the town would hold")]


def test_a_closing_according_to_outranks_an_opening_one():
    found = statements(
        "The mayor spoke on Monday.\n\n"
        "According to early data, 137 soldiers have died since the assault began, "
        "according to Jane Roe.\n\n"
        "According to Jane Roe, the bridge was hit."
    )
    assert found == [
        ("Jane Roe", "indirect", "137 soldiers have died since the assault began"),
        ("Jane Roe", "indirect", "the bridge was hit"),
    ]
