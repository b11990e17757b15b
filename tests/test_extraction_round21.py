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


def test_a_that_clause_before_a_colon_and_a_quotation_is_a_statement_of_its_own():
    text = (
        "Jane Roe spoke to reporters. She said that talks with the Examplian leader are"
        ' impossible: "We are not afraid of their rhetoric. This is a bluff."'
    )
    assert statements(text) == [
        ("Jane Roe", "We are not afraid of their rhetoric. This is a bluff."),
        ("Jane Roe", "talks with the Examplian leader are impossible"),
    ]


def test_a_sentence_glued_to_an_initialism_is_a_sentence_of_its_own():
    text = (
        "Jane Roe said she was working with European leaders on the situation.U.S. official"
        " John Doe said the seizure was a dangerous escalation."
    )
    assert statements(text) == [
        ("Jane Roe", "she was working with European leaders on the situation"),
        ("John Doe", "the seizure was a dangerous escalation"),
    ]


def test_a_span_of_time_opening_the_sentence_without_a_comma_is_no_part_of_the_subject():
    text = "Hours before flying to Moscow Witkoff said negotiations were down to one issue."
    assert statements(text) == [("Steve Witkoff", "negotiations were down to one issue")]


def test_a_one_word_name_beside_an_age_is_the_person_a_later_she_means():
    text = (
        "“We teach every day,” said teacher Tetiana Petrenko.\n"
        "Alisa, 13, stayed in the shelter for a month when the war broke out.\n"
        "‘It was home, in addition to school, for some time,’ she said."
    )
    assert [s for s, _ in statements(text)] == ["Tetiana Petrenko", "Alisa"]


def test_a_call_sign_in_quotation_marks_before_the_verb_is_the_speaker():
    text = (
        "A drone unit sergeant of the 155th Brigade, “Dzhokhar” told Examplia TV that the"
        " invaders are unlikely to relish the prospect of urban warfare."
    )
    assert statements(text) == [
        ("Dzhokhar", "the invaders are unlikely to relish the prospect of urban warfare")
    ]


@pytest.mark.parametrize(
    "frame",
    [
        "The ministry reiterated Examplia's position that",
        "The ministry expressed hope and strong expectations that",
    ],
)
def test_a_held_position_or_two_stances_before_that_report_the_clause(frame):
    text = f"{frame} continued dialogue will lead to a diplomatic solution."
    assert [said for _, said in statements(text)] == [
        "continued dialogue will lead to a diplomatic solution"
    ]


@pytest.mark.parametrize(
    "label, speaker",
    [
        ("Michael Roe, former army engineer:", "Michael Roe"),
        ("Michael Roe:", "Michael Roe"),
        ("Jax, British fighter:", "Jax"),
    ],
)
def test_a_new_persons_name_and_role_before_a_colon_tag_the_quotation(label, speaker):
    text = (
        "Volunteers are boarding a train to Kyiv.\n\n"
        f"{label} “I’m a little nervous, to be honest, but it’s not about me.”"
    )
    assert statements(text) == [
        (speaker, "I’m a little nervous, to be honest, but it’s not about me.")
    ]


def test_a_heading_before_a_colon_tags_no_quotation():
    text = (
        "Volunteers are boarding a train to Kyiv.\n\n"
        "Live Updates: “I’m a little nervous, to be honest, but it’s not about me.”"
    )
    assert statements(text) == []


def test_its_body_is_the_body_of_the_country_named_before():
    text = (
        "Ukraine condemned the vote. Its foreign ministry said any such balloting in the occupied"
        " regions would be null and void."
    )
    assert statements(text, published=dt.date(2023, 8, 10))[-1] == (
        "Ukrainian Foreign Ministry",
        "any such balloting in the occupied regions would be null and void",
    )


def test_a_body_in_a_capital_is_that_countrys_body():
    text = "The defence ministry in Moscow said Ukrainian troops were surrendering."
    assert statements(text) == [("Russian Defense Ministry", "Ukrainian troops were surrendering")]


def test_a_one_word_name_with_a_persons_role_in_apposition_is_the_person_a_later_he_means():
    text = (
        "“We hide when they shell,” says Dima.\n"
        "Alessandro, another Ukrainian soldier, tries to reach his grandson in Poland. “My family"
        " is safe there, while we deal with this,” he said."
    )
    assert [s for s, _ in statements(text)] == ["Dima", "Alessandro"]


def test_a_nickname_closing_the_sentence_before_is_the_pronouns_person():
    text = (
        "“We will wait and see,” said Jane Roe. Even veterans might struggle in the war zones"
        " warned a British soldier who identified himself only by his nickname, Kruger. He said"
        " he had served in the army for seven years."
    )
    assert statements(text)[-1] == ("Kruger", "he had served in the army for seven years")


def test_a_lone_surname_label_opens_the_named_persons_address():
    text = (
        "Kyiv mayor Vitali Klitschko briefs on the situation\n\n"
        "The mayor Vitali Klitschko continues to provide information on the situation in Kyiv.\n\n"
        "Klitschko: Dear friends! Dear Kyivans!\n\n"
        "Russia suffers losses but still keeps trying to destroy our country.\n\n"
        "I call on Kyivans to trust a warning siren and go down to a shelter."
    )
    assert statements(text) == [
        (
            "Vitali Klitschko",
            "Russia suffers losses but still keeps trying to destroy our country.",
        ),
        (
            "Vitali Klitschko",
            "I call on Kyivans to trust a warning siren and go down to a shelter.",
        ),
    ]


def test_a_statement_by_line_ending_in_a_colon_introduces_the_paragraphs_under_it():
    text = (
        "On 28 January, President of Latvia Egils Levits met the Prime Minister.\n"
        "Statement by President Levits’ following the meeting:\n"
        "‘During today’s meeting, officials and I exchanged views on Russia’s aggressive policy.\n"
        "We discussed the response of NATO to Russia’s demands."
    )
    assert [s for s, _ in statements(text, published=dt.date(2022, 1, 28))] == [
        "Egils Levits",
        "Egils Levits",
    ]


def test_a_persons_description_in_small_letters_then_one_name_is_that_person():
    text = (
        "“The shelling comes like clockwork,” says mother of two Arina, the fear palpable in her"
        " voice."
    )
    assert statements(text) == [("Arina", "The shelling comes like clockwork,")]


def test_a_phrase_quoted_inside_a_clause_with_a_singular_present_verb_is_still_a_clause():
    text = (
        "Speaking alongside the president, Jane Roe said Examplia's “fight for freedom” reflects"
        " NATO's core principles and values."
    )
    assert statements(text) == [
        ("Jane Roe", "Examplia's “fight for freedom” reflects NATO's core principles and values")
    ]


def test_the_person_asked_in_the_sentence_before_answers():
    text = (
        "In the April 10 edition, Scott Pelley asked Zelenskyy to help the world understand the"
        " struggle. He responded, “We are defending the ability of a person to live in the modern"
        " world.”"
    )
    assert statements(text, published=dt.date(2022, 4, 12))[-1] == (
        "Volodymyr Zelensky",
        "We are defending the ability of a person to live in the modern world.",
    )
