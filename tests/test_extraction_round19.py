"""Extraction 4.2: what round 19 added, each on sentences written here."""

import datetime as dt

import pytest

from statements.extraction import extract
from statements.extraction.actors import strip_titles
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()
DAY = dt.date(2024, 5, 1)


def statements(text, published=DAY):
    return [
        (s.speaker, s.text)
        for s in extract(text, gazetteer=GAZETTEER, published=published).statements
    ]


def test_a_numbers_thousands_comma_ends_no_attribution():
    text = "The mayor, Jane Roe, said 5,635 buildings were left without heating."
    assert statements(text) == [("Jane Roe", "5,635 buildings were left without heating")]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Jane Roe said the intense battles in the east represent the toughest spot.",
            "the intense battles in the east represent the toughest spot",
        ),
        (
            "Jane Roe said Examplian forces blew up a gas pipeline in the city.",
            "Examplian forces blew up a gas pipeline in the city",
        ),
        (
            "Jane Roe said Examplia still regularly shells the border villages.",
            "Examplia still regularly shells the border villages",
        ),
        (
            "Jane Roe said Wednesday it now considers the ships military vessels.",
            "it now considers the ships military vessels",
        ),
    ],
)
def test_a_clause_without_that_is_read_by_its_verb(text, said):
    assert statements(text) == [("Jane Roe", said)]


def test_a_noun_after_a_noun_is_no_plural_present():
    # "attack" after "missile" is a noun; the clause's verb is "was"
    assert statements("Jane Roe said the missile attack on the city was cruel.") == [
        ("Jane Roe", "the missile attack on the city was cruel")
    ]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "The agency said the city was being restored to Examplian control and ordered "
            "the remaining troops to surrender.",
            "the city was being restored to Examplian control",
        ),
        (
            "Jane Roe vowed that further sanctions were coming and slammed the referendum.",
            "further sanctions were coming",
        ),
    ],
)
def test_an_act_joined_by_and_ends_the_reported_clause(text, said):
    assert [t for _, t in statements(text)] == [said]


@pytest.mark.parametrize(
    "text",
    [
        # a perfect: the clause's own verbs go on
        "Jane Roe said Kyiv had rejected the offer and criticised Moscow for the strikes.",
        # a series of the clause's own verbs
        "Jane Roe said all parties attached importance to the visit, acknowledged its role, "
        "and thanked the hosts.",
        # a person's clause may go on with her own acts
        "Jane Roe said John Doe was unhappy about it and criticised the plan.",
    ],
)
def test_the_clauses_own_acts_stay_in_it(text):
    (said,) = [t for _, t in statements(text)]
    assert said == text[text.index("said ") + 5 : -1]


def test_and_a_titled_person_opens_a_report_of_their_own():
    text = (
        "The Kremlin said the process would take time and the U.S. president indicated he was "
        "not ready to join Europe with fresh sanctions."
    )
    assert [t for _, t in statements(text, dt.date(2025, 5, 19))] == [
        "the process would take time",
        "he was not ready to join Europe with fresh sanctions",
    ]


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("State Minister of Defence Jane Mary Doe", "Jane Mary Doe"),
        ("Cabinet Secretary for Justice Jane Doe", "Jane Doe"),
        ("Minister of Agriculture and Forestry Jane Doe", "Jane Doe"),
        ("President of Moldova Maia Sandu", "Maia Sandu"),
        ("Local TD Jane Doe", "Jane Doe"),
        ("Council Chief Executive Jane Doe", "Jane Doe"),
    ],
)
def test_a_name_after_a_title_and_its_remit(surface, name):
    assert strip_titles(surface) == name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Winnipegger Yulia Roe said the rally would go on.", "Yulia Roe"),
        (
            "Pastor Andriy Doe of the Nativity Church in Reading said a family arrived.",
            "Andriy Doe",
        ),
        (
            "Examplia’s State Minister of Defence Jane Mary Doe said veterans have been killed.",
            "Jane Mary Doe",
        ),
    ],
)
def test_a_person_is_named_without_the_words_around_the_name(text, speaker):
    assert [s for s, _ in statements(text)] == [speaker]


def test_mr_and_a_surname_is_the_person_the_page_named_not_the_gazetteers():
    text = (
        "Cabinet Secretary for External Affairs Angus Robertson has written to the ambassador.\n\n"
        'In the letter, Mr Robertson said the war had "no conceivable justification".'
    )
    assert [s for s, _ in statements(text)] == ["Angus Robertson"]


def test_a_surname_after_a_full_name_stays_that_persons():
    # the gazetteer's Lysak is someone else; once the page named Oleksandr Lysak, every
    # later "Lysak" is his
    text = (
        "At a news conference, Chargé d’affaires Oleksandr Lysak thanked the Thai government.\n\n"
        "“I’d like to express deepest gratitude,” Lysak said.\n\n"
        "Lysak said no Thai nationals are serving as volunteers.\n\n"
        "“It’s hard to describe the reality with words,” Lysak said."
    )
    assert {s for s, _ in statements(text)} == {"Oleksandr Lysak"}


def test_an_outlet_that_reported_someone_as_saying_relays_their_words():
    text = (
        "Talks were planned.\n\n"
        "“We want the negotiations to take place in Jerusalem,” Examplia News reported "
        "Zelensky as saying."
    )
    assert [s for s, _ in statements(text)] == ["Volodymyr Zelensky"]


def test_a_wars_name_is_never_a_speaker():
    text = (
        "While saying that the war is the worst conflict since World War II, Jane Roe concluded "
        "that the war is a struggle between good and evil."
    )
    assert statements(text) == [("Jane Roe", "the war is a struggle between good and evil")]


def test_a_gazetteer_person_named_after_a_long_title_is_the_gazetteers():
    text = (
        "The so-called Secretary of the Security Council of DNR Alexey Khodakovskiy said the "
        "republics were a transitional phase."
    )
    assert [s for s, _ in statements(text, dt.date(2014, 8, 1))] == ["Alexander Khodakovsky"]


def test_a_remit_ending_a_title_is_no_name():
    text = (
        "A humanitarian corridor opened in the north, reported the Deputy Prime Minister and "
        "Minister for the Reintegration of the Temporarily Occupied Territories, Iryna "
        "Vereshchuk.\n\nShe said the buses would leave at ten."
    )
    assert [s for s, _ in statements(text, dt.date(2022, 3, 8))] == [
        "Iryna Vereshchuk",
        "Iryna Vereshchuk",
    ]
