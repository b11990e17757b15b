"""Round 13, set AD (fixad): mechanisms behind its wrong speakers, false statements and misses,
each on sentences written here."""

import datetime as dt

from statements.extraction import extract
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()


def statements(text, published=dt.date(2024, 3, 15)):
    found = extract(text, gazetteer=GAZETTEER, published=published).statements
    return [(s.speaker, s.kind, s.text) for s in found]


def test_two_full_names_joined_by_and_are_each_registered_for_a_later_surname():
    assert statements(
        "The singer Jane Roe and the painter John Doe have opened a shelter for families. "
        "Roe, who grew up in Odesa, said she had never been so moved."
    ) == [("Jane Roe", "indirect", "she had never been so moved")]
    assert statements(
        "Jane Roe and John Doe have opened a shelter for families. "
        "Doe told reporters the shelter would stay open all winter."
    ) == [("John Doe", "indirect", "the shelter would stay open all winter")]


def test_a_known_acronym_in_parentheses_after_a_bodys_spelt_out_name_is_the_speaker():
    assert statements(
        "According to the Chief Directorate of Intelligence (HUR) of the Ukrainian defence "
        "ministry, a patrol boat was sunk near the bridge."
    ) == [("HUR", "indirect", "a patrol boat was sunk near the bridge")]
    assert statements(
        "The Chief Directorate of Intelligence (HUR) said the convoy had turned back."
    ) == [("HUR", "indirect", "the convoy had turned back")]


def test_a_russian_transliteration_of_a_ukrainian_deputy_minister_is_the_gazetteer_person():
    assert statements(
        "Deputy Economy Minister Olexander Griban spoke at a meeting on Monday. "
        "“The damage runs into billions,” Griban said."
    ) == [("Oleksandr Hryban", "direct", "The damage runs into billions,")]


def test_a_title_before_a_names_comma_then_said_this_is_no_statement_but_a_back_reference():
    assert statements(
        "The talks could resume once the other side stops its shelling of the port.\n\n"
        "Adviser to the Head of the Office of the President, member of the delegation "
        "Mykhailo Podolyak said this on the air of a morning show."
    ) == [
        (
            "Mykhailo Podolyak",
            "indirect",
            "The talks could resume once the other side stops its shelling of the port",
        )
    ]


def test_made_this_statement_opening_a_paragraph_takes_the_whole_plain_paragraph_before():
    assert statements(
        "Today the air force guards not only our cities but also the skies of two neighbours. "
        "So it is only sensible to give it more launchers as soon as possible.\n\n"
        "Dmytro Kuleba, Minister of Foreign Affairs of Ukraine, made this statement during a "
        "security forum in Odesa."
    ) == [
        (
            "Dmytro Kuleba",
            "indirect",
            "Today the air force guards not only our cities but also the skies of two "
            "neighbours. So it is only sensible to give it more launchers as soon as possible",
        )
    ]


def test_translated_that_said_title_and_name_points_back_to_the_sentence_before():
    assert statements(
        "According to official estimates, the port lost half of its cranes in the strikes. "
        "That said Deputy Infrastructure Minister Jane Roe on Monday at a cabinet session."
    ) == [("Jane Roe", "indirect", "the port lost half of its cranes in the strikes")]
    assert (
        statements(
            "The port lost half of its cranes. That said, Minister Jane Roe expects a quick repair."
        )
        == []
    )


def test_responding_to_fears_that_is_the_topic_not_the_responders_claim():
    assert statements("Jane Roe responded to fears that the dam had been mined.") == []
    assert statements("The governor responds to claims that the shelters are full.") == []
    assert statements("Jane Roe responded that the dam had not been mined.") == [
        ("Jane Roe", "indirect", "the dam had not been mined")
    ]


def test_declared_its_independence_is_an_act_not_a_report():
    assert statements(
        "Here are the main points so far:\n\n"
        "    • The mayor says the ferry will run again from Monday\n"
        "    • The breakaway synod has declared its independence and severed all links with the "
        "patriarch"
    ) == [(None, "indirect", "the ferry will run again from Monday")]


def test_a_bare_quotation_under_a_sidebars_name_line_does_not_run_on_from_the_story():
    text = (
        "Jane Roe spoke at the forum in Lviv on Friday.\n\n"
        "«We will rebuild every school in the region before winter», — said Jane Roe.\n\n"
        "Back to news list\nJohn Doe\nSenior Fellow, Example Institute, 2019\n"
        "«History never repeats itself, but it often rhymes with what we forget.»"
    )
    assert statements(text) == [
        ("Jane Roe", "direct", "We will rebuild every school in the region before winter")
    ]


def test_a_day_after_since_the_start_of_dates_no_statement_of_the_sentence():
    found = extract(
        "Jane Roe said on Monday that the plant was safe.\n\n"
        "In the interview, Jane Roe claimed that 40 homes had been hit, and that 12 schools had "
        "been closed since the start of the war on February 24.",
        gazetteer=GAZETTEER,
        published=dt.date(2022, 12, 8),
    ).statements
    assert [(s.text, s.said_on) for s in found] == [
        ("the plant was safe", dt.date(2022, 12, 5)),
        ("40 homes had been hit", dt.date(2022, 12, 5)),
        (
            "12 schools had been closed since the start of the war on February 24",
            dt.date(2022, 12, 5),
        ),
    ]


def test_a_curly_quotation_closed_by_a_straight_mark_before_the_next_curly_one():
    assert statements(
        "Jane Roe pleaded with the ministers to act.\n\n"
        '“The warnings have been ignored for years," Roe wrote in an essay for a think tank. '
        "“I have tried again and again to alert my colleagues to the danger.”"
    ) == [
        ("Jane Roe", "direct", "The warnings have been ignored for years,"),
        (
            "Jane Roe",
            "direct",
            "I have tried again and again to alert my colleagues to the danger.",
        ),
    ]


def test_reportedly_defers_to_the_source_an_according_to_names():
    assert statements(
        "A patrol boat was reportedly sunk near the bridge overnight, according to a report "
        "from Ukraine’s military intelligence."
    ) == [("HUR", "indirect", "A patrol boat was reportedly sunk near the bridge overnight")]
