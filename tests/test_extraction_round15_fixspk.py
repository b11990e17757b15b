"""Round 15 (fixspk): wrong speakers, each mechanism on sentences written here."""

import datetime as dt

from statements.extraction import extract
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()


def statements(text, published=dt.date(2021, 3, 10)):
    found = extract(text, gazetteer=GAZETTEER, published=published).statements
    return [(s.speaker, s.kind, s.text) for s in found]


def test_a_capitalised_minister_of_a_field_of_a_country_is_the_holder():
    assert statements(
        "The Minister of Foreign Affairs of Ukraine believes that the talks on the grain "
        "corridor will resume in spring."
    ) == [("Dmytro Kuleba", "indirect", "the talks on the grain corridor will resume in spring")]


def test_the_head_of_a_countrys_ministry_by_its_full_name_is_its_minister():
    assert statements(
        "The head of the Ukrainian Ministry of Foreign Affairs said that the embassy in the "
        "port city would reopen next month."
    ) == [("Dmytro Kuleba", "indirect", "the embassy in the port city would reopen next month")]


def test_a_description_before_the_first_clauses_verb_is_the_subject_of_but_said():
    assert statements(
        "The head of the Ukrainian Ministry of Foreign Affairs praised the outgoing cabinet for "
        "its patience, but said that he saw the old sanctions policy as a missed chance."
    ) == [
        (
            "Dmytro Kuleba",
            "indirect",
            "he saw the old sanctions policy as a missed chance",
        )
    ]


def test_a_pronoun_chain_under_a_glued_page_date_line():
    assert statements(
        " date 2022-04-26 Jane Roe, the head of the relief agency, is in Examplia today. She "
        "is going to meet the foreign minister and then Vladimir Putin. First, she spoke to "
        "Sergei Lavrov about the corridors.\n\n"
        "“We want the corridors opened this week”, she told the foreign minister. Later she "
        "will fly home.",
        published=dt.date(2022, 4, 26),
    ) == [("Jane Roe", "direct", "We want the corridors opened this week")]


def test_according_to_initial_information_from_a_body_is_the_bodys():
    assert statements(
        "According to initial information from Energoatom, the reactor block kept working "
        "and no leak was recorded.",
        published=dt.date(2022, 8, 27),
    ) == [("Energoatom", "indirect", "the reactor block kept working and no leak was recorded")]


def test_gazetteer_spellings_of_the_nuclear_operator_and_british_military_intelligence():
    assert statements(
        "The reactor hall was not damaged, Enerhoatom said on Telegram.\n\n"
        "British military intelligence said that the convoy had barely moved in three days.",
        published=dt.date(2022, 8, 27),
    ) == [
        ("Energoatom", "indirect", "The reactor hall was not damaged"),
        ("UK Ministry of Defence", "indirect", "the convoy had barely moved in three days"),
    ]
