"""Extraction 3.6: mechanisms found in round 14, each on sentences written here."""

import datetime as dt

from statements.extraction import extract
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()


def statements(text, published=dt.date(2024, 3, 15)):
    found = extract(text, gazetteer=GAZETTEER, published=published).statements
    return [(s.speaker, s.kind, s.text) for s in found]


def test_an_inverted_titled_name_followed_only_by_its_setting_is_the_speaker():
    assert statements(
        "Examplia, May 2 (Agency) - We will not send weapons to anyone at all, said Prime "
        "Minister Jane Roe (Unity) on Tuesday in the context of the planned regional summit in "
        "Vienna, adding that she wants to raise several issues there."
    ) == [
        ("Jane Roe", "indirect", "We will not send weapons to anyone at all"),
        ("Jane Roe", "indirect", "she wants to raise several issues there"),
    ]


def test_a_titled_name_followed_by_its_own_verb_is_what_was_said():
    assert statements(
        "Kuleba said Prime Minister Jane Roe on Tuesday had left the talks early, as expected."
    ) == [
        (
            "Dmytro Kuleba",
            "indirect",
            "Prime Minister Jane Roe on Tuesday had left the talks early, as expected",
        )
    ]


def test_a_pronoun_tagging_its_own_sentence_is_that_sentences_subject():
    assert statements(
        "Turkish President Jane Roe will meet her Russian counterpart Vladimir Putin on Monday "
        "to discuss the grain corridor, she announced on Sunday. Roe will, she said, try to "
        "convince Putin to resume the shipments."
    ) == [
        (
            "Jane Roe",
            "indirect",
            "Turkish President Jane Roe will meet her Russian counterpart Vladimir Putin on "
            "Monday to discuss the grain corridor",
        ),
        (
            "Jane Roe",
            "indirect",
            "Roe will, she said, try to convince Putin to resume the shipments",
        ),
    ]


def test_a_pronoun_tagging_a_sentence_about_someone_else_stays_with_the_last_speaker():
    assert statements(
        "Peskov said Moscow was talking to Washington about a settlement. Russian President "
        "Vladimir Putin remained open to talks with all parties, he added."
    ) == [
        ("Dmitry Peskov", "indirect", "Moscow was talking to Washington about a settlement"),
        (
            "Dmitry Peskov",
            "indirect",
            "Russian President Vladimir Putin remained open to talks with all parties",
        ),
    ]
