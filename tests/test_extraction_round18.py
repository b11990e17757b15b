"""Extraction 4.1: what round 18 added, each on sentences written here."""

import datetime as dt

import pytest

from statements.extraction import extract
from statements.extraction.actors import ActorIndex
from statements.extraction.roles import described_body, unlisted_ministry
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()
INDEX = ActorIndex(GAZETTEER)
DAY = dt.date(2024, 5, 1)


def statements(text, published=DAY):
    return [
        (s.speaker, s.text)
        for s in extract(text, gazetteer=GAZETTEER, published=published).statements
    ]


@pytest.mark.parametrize(
    ("phrase", "body"),
    [
        ("Ukraine's state-owned railway", "Ukrzaliznytsia"),
        ("the Ukrainian nuclear energy operator", "Energoatom"),
        ("Ukraine's state security service", "SBU"),
        ("Russia's aviation watchdog", "Rosaviatsia"),
        ("Ukraine's top private energy provider", "DTEK"),
    ],
)
def test_a_described_body_is_the_one_body_of_its_country_the_words_fit(phrase, body):
    assert described_body(phrase, INDEX) == body


@pytest.mark.parametrize(
    "phrase",
    [
        "Ukraine's state service",  # several of Ukraine's services are state services
        "the Examplian railway",  # no country the gazetteer knows
        "Ukraine's brave soldiers",  # not a body's head noun
    ],
)
def test_a_description_that_fits_no_one_body_is_no_one(phrase):
    assert described_body(phrase, INDEX) is None


def test_a_described_body_speaks():
    text = "Ukraine's state-owned railway said its online systems had been hit by a cyber-attack.\n"
    assert statements(text) == [
        ("Ukrzaliznytsia", "its online systems had been hit by a cyber-attack")
    ]


def test_the_countrys_body_is_of_the_country_the_sentence_before_opens_with():
    text = (
        "The United Arab Emirates said it had mediated an exchange of prisoners between "
        "Russia and Ukraine.\n\n"
        "The country’s foreign affairs ministry said that 190 prisoners had been released.\n"
    )
    assert statements(text)[-1] == (
        "Emirati Foreign Ministry",
        "190 prisoners had been released",
    )


def test_the_countrys_body_with_no_country_before_it_is_not_guessed():
    text = "The country's state security service said that its officers were on board.\n"
    assert statements(text) == [(None, "its officers were on board")]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Ukraine's sports ministry", "Ukrainian Sports Ministry"),
        ("the Ministry of Youth and Sports of Ukraine", "Ukrainian Youth and Sports Ministry"),
        ("the Estonian ministry of economic affairs", "Estonian Economic Affairs Ministry"),
        ("Examplia's sports ministry", None),  # no country the gazetteer knows
        ("Ukraine's defence ministry", None),  # listed: read by its gazetteer forms
        ("Ukraine's main ministry", None),  # a filler, not a field
    ],
)
def test_a_ministry_the_gazetteer_does_not_list_is_named_as_it_names_the_countrys(phrase, name):
    assert unlisted_ministry(phrase, INDEX) == name


def test_ukraines_and_russias_common_ministries_are_listed():
    text = (
        "Russia's finance ministry said the deficit had widened.\n\n"
        "Ukraine's Ministry of Justice said the law was in force.\n"
    )
    assert statements(text) == [
        ("Russian Finance Ministry", "the deficit had widened"),
        ("Ukrainian Justice Ministry", "the law was in force"),
    ]


def test_a_party_before_a_title_is_no_part_of_the_name():
    text = (
        "Republican Senator Jon Examplesson said the sanctions did not go far enough.\n\n"
        "Labour MP Jane Testwood said Britain should do more.\n"
    )
    assert statements(text) == [
        ("Jon Examplesson", "the sanctions did not go far enough"),
        ("Jane Testwood", "Britain should do more"),
    ]


def test_a_washington_based_think_tank_is_the_isw():
    text = "Russia's offensive has stalled, a U.S.-based think tank said on Tuesday.\n"
    assert statements(text) == [
        ("Institute for the Study of War", "Russia's offensive has stalled")
    ]


def test_statements_by_a_person_head_a_printed_speech():
    text = (
        "Skip to main content\n\n"
        "Statements by M. François Hollande, President of the Republic, in his joint "
        "declaration with the Chancellor of Germany\n\n"
        "A week ago, the Chancellor and I took an initiative to find a solution to this "
        "conflict.\n\n"
        "The ceasefire will take effect at midnight. All the issues were dealt with in this "
        "text.\n"
    )
    assert statements(text) == [
        (
            "François Hollande",
            "A week ago, the Chancellor and I took an initiative to find a solution to this "
            "conflict.",
        ),
        (
            "François Hollande",
            "The ceasefire will take effect at midnight. All the issues were dealt with in this "
            "text.",
        ),
    ]


def test_whoever_sits_down_with_an_outlet_answers_its_questions():
    text = (
        "On Monday, envoy Kurt Volker sat down with VOA to discuss the summit.\n\n"
        "Question: Thank you for coming. What is on the agenda?\n\n"
        "Ambassador Volker: This meeting will be about a peacekeeping operation. That has been "
        "on the table for a long time.\n"
    )
    assert statements(text) == [
        (
            "Kurt Volker",
            "This meeting will be about a peacekeeping operation. That has been on the table for "
            "a long time.",
        )
    ]


def test_a_name_and_title_alone_on_a_line_label_the_lines_below_it():
    text = (
        "The talks ended two hours ago. The leaders came out to the journalists.\n\n"
        "Vladimir Putin, President of the Russian Federation:\n"
        "Despite all the difficulties, we still managed to agree on the essentials.\n"
        "We worked in the conditions that we have.\n"
    )
    assert statements(text) == [
        (
            "Vladimir Putin",
            "Despite all the difficulties, we still managed to agree on the essentials.",
        ),
        ("Vladimir Putin", "We worked in the conditions that we have."),
    ]


def test_a_citys_government_is_the_citys_not_the_countrys_named_before():
    text = (
        "Rescuers searched the rubble, The Washington Post reported.\n\n"
        "The Dnipro city government said that at least 72 people were wounded.\n"
    )
    assert statements(text)[-1] == ("Dnipro City Government", "at least 72 people were wounded")
