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


def test_a_second_report_after_while_is_its_own_subjects():
    text = (
        "The White House described the talks as productive, while the Examplian Ministry of"
        " Foreign Affairs said the meetings aim to promote dialogue."
    )
    assert statements(text)[-1] == (
        "Examplian Ministry of Foreign Affairs",
        "the meetings aim to promote dialogue",
    )


def test_a_parenthetical_attribution_after_a_subordinator_reports_the_clause_after_it():
    text = (
        "The aid comes a week before a summit in Washington where, Jane Roe said, the allies"
        " will take steps to build a bridge to membership."
    )
    assert statements(text) == [
        ("Jane Roe", "the allies will take steps to build a bridge to membership")
    ]


def test_and_reminded_him_is_the_reporters_act_not_the_report():
    text = (
        "Jane Roe told him that it must be done on the path of peace, and reminded him of the"
        " importance of dialogue."
    )
    assert statements(text) == [("Jane Roe", "it must be done on the path of peace")]


def test_the_president_is_the_one_named_president_not_the_first_lady_who_spoke_last():
    text = (
        "Kind words were shared yesterday between Volodymyr Zelensky and his wife in their first"
        " joint interview.\n\n"
        "In the interview, the first lady, Olena Zelenska, said: “I can’t say that Volodymyr has"
        " changed since the start of this war.”\n\n"
        "The president said: “We would call while we were eating to feel closer.”"
    )
    assert [s for s, _ in statements(text, published=dt.date(2022, 5, 22))] == [
        "Olena Zelenska",
        "Volodymyr Zelensky",
    ]


def test_an_undersecretary_general_before_a_name_is_that_persons_title():
    text = (
        "UN Undersecretary-General for Political Affairs Jane Roe told council members that the"
        " latest developments mark a dangerous escalation."
    )
    assert statements(text) == [("Jane Roe", "the latest developments mark a dangerous escalation")]
