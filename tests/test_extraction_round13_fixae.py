"""Round 13, set AE (fixae): mechanisms found on set AE, each on sentences written here."""

import datetime as dt

from statements.extraction import extract
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()


def statements(text, published=dt.date(2024, 3, 15)):
    found = extract(text, gazetteer=GAZETTEER, published=published).statements
    return [(s.speaker, s.kind, s.text) for s in found]


def test_the_countrys_official_is_the_person_spoken_of_not_a_role_holder():
    # "The Russian official" names no office: not the gazetteer's "Russian-installed official"
    assert statements(
        "Kremlin spokesman Dmitry Peskov said that the talks had stalled.\n"
        "The Russian official also said that Moscow was still waiting for an answer."
    ) == [
        ("Dmitry Peskov", "indirect", "the talks had stalled"),
        ("Dmitry Peskov", "indirect", "Moscow was still waiting for an answer"),
    ]


def test_a_role_of_a_self_proclaimed_body_is_its_holder():
    assert statements(
        "The leader of the self-proclaimed Donetsk People’s Republic said the mines would "
        "reopen by summer."
    ) == [("Denis Pushilin", "indirect", "the mines would reopen by summer")]


def test_a_bodys_adviser_is_the_aide_named_next():
    # the gazetteer calls him an "aide"; the lead calls him the Kremlin's adviser
    assert statements(
        "The Kremlin's senior foreign policy adviser said on Monday that the summit date "
        "was not set.\n\nYuri Ushakov also said that the envoys would meet again.",
        published=dt.date(2025, 3, 10),
    ) == [
        ("Yuri Ushakov", "indirect", "the summit date was not set"),
        ("Yuri Ushakov", "indirect", "the envoys would meet again"),
    ]


def test_the_citys_mayor_and_leader_are_a_city_governor_spoken_of():
    assert statements(
        "Governor Mikhail Razvozhayev said that a drone was downed over the bay.\n\n"
        "“The harbour is calm again,” wrote the city’s mayor.\n\n"
        "The city’s leader added that the ferries would run on time.\n\n"
        "Earlier, Razvozhayev wrote that the sirens had stopped. The mayor stated that no one "
        "was hurt.",
        published=dt.date(2023, 10, 2),
    ) == [
        ("Mikhail Razvozhayev", "indirect", "a drone was downed over the bay"),
        ("Mikhail Razvozhayev", "direct", "The harbour is calm again,"),
        ("Mikhail Razvozhayev", "indirect", "the ferries would run on time"),
        ("Mikhail Razvozhayev", "indirect", "the sirens had stopped"),
        ("Mikhail Razvozhayev", "indirect", "no one was hurt"),
    ]


def test_a_title_with_its_place_before_a_misspelt_name_is_the_known_person():
    assert statements(
        "The Governor of Sevastopol Mikhail Razvojayev said that the ferry crossing was closed.",
        published=dt.date(2023, 10, 2),
    ) == [("Mikhail Razvozhayev", "indirect", "the ferry crossing was closed")]


def test_an_abbreviation_defined_in_brackets_names_the_body_later():
    assert statements(
        "The governor cited the Russian Ministry of Defense (MoD) as saying that a depot was "
        "hit. According to the MoD, four drones were downed over the sea."
    ) == [
        ("Russian Defense Ministry", "indirect", "a depot was hit"),
        ("Russian Defense Ministry", "indirect", "four drones were downed over the sea"),
    ]


def test_a_spokeswoman_for_a_ministry_is_its_spokeswoman_the_article_named():
    assert statements(
        "Zakharova said that the grain deal was over.\n\n"
        "A spokeswoman for the Russian Foreign Ministry accused the West of stalling, adding "
        "that the ports stayed closed.",
        published=dt.date(2023, 7, 20),
    ) == [
        ("Maria Zakharova", "indirect", "the grain deal was over"),
        ("Maria Zakharova", "indirect", "accused the West of stalling"),
        ("Maria Zakharova", "indirect", "the ports stayed closed"),
    ]


def test_a_spokeswoman_for_a_ministry_no_one_named_stays_the_ministry():
    assert statements(
        "Lavrov said that the grain deal was over.\n\n"
        "A spokeswoman for the Russian Foreign Ministry said that the ports stayed closed.",
        published=dt.date(2023, 7, 20),
    )[-1] == ("Russian Foreign Ministry", "indirect", "the ports stayed closed")


def test_a_quoted_outlet_after_an_interview_with_is_no_quotation():
    assert statements(
        "In a long interview with “Examplia Evening News”, Zakharova said that the grain deal "
        "was over.",
        published=dt.date(2023, 7, 20),
    ) == [("Maria Zakharova", "indirect", "the grain deal was over")]


def test_a_title_set_off_before_the_name_is_no_claim_and_the_quotation_before_is_theirs():
    # translated copy: the full stop after the closing mark, the title before the name
    assert statements(
        "“The harvest is going according to plan”. The spokesman for the Kremlin, Dmitri "
        "Peskov said, explaining that he had not seen the figures."
    ) == [
        ("Dmitry Peskov", "direct", "The harvest is going according to plan"),
        ("Dmitry Peskov", "indirect", "he had not seen the figures"),
    ]


def test_a_quotation_then_a_tag_with_a_participles_report_in_the_next_sentence():
    assert statements(
        "“The harvest is going according to plan.” Dmitri Peskov said, adding that the "
        "figures were not final."
    ) == [
        ("Dmitry Peskov", "direct", "The harvest is going according to plan."),
        ("Dmitry Peskov", "indirect", "the figures were not final"),
    ]
