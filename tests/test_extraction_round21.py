"""Extraction 4.4: what round 21 added, each on sentences written here."""

import datetime as dt

import pytest

from statements.extraction import extract
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()
DAY = dt.date(2024, 5, 1)


def statements(text, published=DAY):
    return [
        (s.speaker, s.text)
        for s in extract(text, gazetteer=GAZETTEER, published=published).statements
    ]


@pytest.mark.parametrize("adverb", ["also", "reportedly", "further", "separately", "also publicly"])
def test_an_adverb_between_a_new_surname_and_its_verb_is_no_part_of_the_name(adverb):
    text = f"Kovalenko {adverb} said the situation in the city is extremely dire."
    assert statements(text) == [("Kovalenko", "the situation in the city is extremely dire")]


def test_a_noun_in_ly_closing_the_subject_stays_in_it():
    text = "The Kovalenko family said the situation in the city is extremely dire."
    [(speaker, said)] = statements(text)
    assert said == "the situation in the city is extremely dire"
    assert speaker is None


def test_a_mayor_before_a_lone_new_surname_names_a_person():
    text = "Mayor Kovalenko said the situation in the city is extremely dire."
    assert statements(text) == [("Mayor Kovalenko", "the situation in the city is extremely dire")]


@pytest.mark.parametrize(
    "sentence, said",
    [
        (
            "Kyiv was hit in attacks that Moscow said were aimed at energy infrastructure.",
            "were aimed at energy infrastructure",
        ),
        (
            "The city saw strikes which Moscow said had targeted military depots overnight.",
            "had targeted military depots overnight",
        ),
    ],
)
def test_a_restrictive_relative_clause_reports_what_its_subject_said(sentence, said):
    assert statements(sentence) == [("Russian government", said)]


def test_a_few_words_after_a_relative_report_are_still_no_statement():
    text = "Examplia listed a series of demands that it said had not been met."
    assert statements(text) == []


@pytest.mark.parametrize(
    "sentence, said",
    [
        (
            "The strike, which Kyiv said killed 12 civilians, came at night.",
            "killed 12 civilians",
        ),
        (
            "The drones, which Kyiv said had been launched from Belarus, hit a depot.",
            "had been launched from Belarus",
        ),
    ],
)
def test_a_report_in_a_relative_clause_inside_the_subject_ends_at_its_comma(sentence, said):
    assert statements(sentence) == [("Government of Ukraine", said)]
