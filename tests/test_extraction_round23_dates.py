"""Extraction: statement dates, round 23, each rule on sentences written here."""

import datetime as dt

from statements.extraction import extract
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()
PUBLISHED = dt.date(2024, 5, 10)  # a Friday


def dated(text, published=PUBLISHED):
    return [
        (s.speaker, s.text, s.said_on)
        for s in extract(text, gazetteer=GAZETTEER, published=published).statements
    ]


def test_the_wars_first_day_after_a_noun_naming_the_war_dates_no_words():
    text = (
        "Examplia bank holds its rate\n\n"
        "Jane Roe said the economy would grow this year, after falling sharply at the "
        "beginning of the war launched by Moscow on Feb. 24, 2022.\n"
    )
    assert dated(text) == [("Jane Roe", "the economy would grow this year", dt.date(2024, 5, 10))]


def test_the_wars_first_day_still_dates_a_speech_given_on_it():
    text = (
        "Examplia recalls the address\n\n"
        "In an address on February 24, 2022, Jane Roe said the talks had failed.\n"
    )
    assert dated(text) == [("Jane Roe", "the talks had failed", dt.date(2022, 2, 24))]


def test_a_day_the_words_span_took_before_its_that_is_the_verbs():
    text = (
        "Roe rules out talks\n\n"
        "Examplian President Jane Roe said Friday (May 3) that Examplia would not negotiate "
        "while the siege went on.\n"
    )
    assert [(s, d) for s, _, d in dated(text)] == [("Jane Roe", dt.date(2024, 5, 3))]


def test_a_day_inside_the_words_after_their_that_dates_nothing():
    text = (
        "Roe rules out talks\n\n"
        "Examplian President Jane Roe said that Examplia had rejected the offer on Friday "
        "(May 3) and would not negotiate.\n"
    )
    assert [(s, d) for s, _, d in dated(text)] == [("Jane Roe", dt.date(2024, 5, 10))]


def test_this_weekday_later_in_the_week_is_the_coming_day_and_no_storys_day():
    text = (
        "Examplians rally\n\n"
        "A rally in support of Ukraine is being held this Saturday at the Examplia "
        "Legislative Building.\n\n"
        "Jane Roe runs a shop in the city. She said her mother woke up to a country under "
        "attack.\n"
    )
    assert [(s, d) for s, _, d in dated(text, published=dt.date(2024, 5, 9))] == [
        ("Jane Roe", dt.date(2024, 5, 9))
    ]


def test_this_weekday_earlier_in_the_week_is_the_day_gone_by():
    text = (
        "Examplians rally\n\n"
        "Jane Roe said this Monday that her mother woke up to a country under attack.\n"
    )
    assert [(s, d) for s, _, d in dated(text, published=dt.date(2024, 5, 9))] == [
        ("Jane Roe", dt.date(2024, 5, 6))
    ]


def test_a_year_told_in_passing_before_the_articles_dates_no_words():
    text = (
        "Roe warns residents\n\n"
        "Jane Roe, elected mayor of Exampleton in 2014, said she did not want residents who "
        "fled the city to return yet.\n"
    )
    assert [(s, d) for s, _, d in dated(text)] == [("Jane Roe", dt.date(2024, 5, 10))]


def test_a_year_right_before_the_reports_that_still_dates_the_words():
    text = (
        "Roe recalls her warning\n\n"
        "Jane Roe had told the envoy during a meeting in 2022 that the war must end.\n"
    )
    assert [(s, d) for s, _, d in dated(text)] == [("Jane Roe", dt.date(2022, 1, 1))]


def test_a_weekday_in_a_clause_about_what_is_to_come_dates_no_words():
    text = (
        "Alliance meets\n\n"
        "NATO will hold a virtual summit on the invasion of Examplia on Tuesday, diplomats "
        "told AFP, as the alliance announced after an emergency meeting that “additional "
        "measures” were being taken to protect member countries.\n"
    )
    assert [(t, d) for s, t, d in dated(text) if s == "NATO"] == [
        (
            "“additional measures” were being taken to protect member countries",
            dt.date(2024, 5, 10),
        )
    ]


def test_a_weekday_before_the_words_about_what_is_to_come_still_dates_them():
    text = "Roe on talks\n\nJane Roe said on Tuesday that the talks will resume in June.\n"
    assert dated(text) == [("Jane Roe", "the talks will resume in June", dt.date(2024, 5, 7))]
