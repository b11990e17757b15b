"""Extraction 3.9: what round 16 added, each on sentences written here."""

import datetime as dt

import pytest

from statements.extraction import extract
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()


def speakers(text, published):
    return [s.speaker for s in extract(text, gazetteer=GAZETTEER, published=published).statements]


@pytest.mark.parametrize(
    ("subject", "published", "speaker"),
    [
        # The gazetteer knows the holders of the war's main offices since 2014, not only 2022's.
        ("Ukraine's defence minister", dt.date(2017, 4, 7), "Stepan Poltorak"),
        ("Ukraine's defence minister", dt.date(2021, 1, 10), "Andriy Taran"),
        ("The Ukrainian prime minister", dt.date(2017, 6, 1), "Volodymyr Groysman"),
        ("Ukraine's interior minister", dt.date(2018, 6, 1), "Arsen Avakov"),
        ("The US secretary of state", dt.date(2017, 6, 1), "Rex Tillerson"),
        ("The British prime minister", dt.date(2018, 6, 1), "Theresa May"),
        ("The German foreign minister", dt.date(2019, 6, 1), "Heiko Maas"),
    ],
)
def test_an_office_before_the_full_scale_war_has_its_holder(subject, published, speaker):
    text = f"{subject} said the ceasefire in the east was being broken every night.\n"
    assert speakers(text, published) == [speaker]


def test_a_surname_alone_finds_a_pre_war_minister():
    text = (
        '"We are ready to defend our borders, and Europe\'s," Poltorak said at a briefing. '
        "He said the army had been rebuilt.\n"
    )
    assert speakers(text, dt.date(2017, 4, 7)) == ["Stepan Poltorak", "Stepan Poltorak"]


def test_a_separatist_leader_of_2014_to_2018_is_known():
    text = "Separatist leader Alexander Zakharchenko said his forces would not withdraw.\n"
    assert speakers(text, dt.date(2016, 3, 2)) == ["Oleksandr Zakharchenko"]


def test_a_role_no_pass_named_is_the_one_speaker_titled_so():
    text = (
        "The withdrawal was only meant to save face, said MP Jane Roe.\n\n"
        "A Ukrainian member of parliament said the talks could not be trusted.\n"
    )
    assert speakers(text, dt.date(2024, 3, 15)) == ["Jane Roe", "Jane Roe"]


def test_a_lone_role_finds_its_holder_in_an_appositive():
    text = (
        "Jane Roe, the mayor of Examplia, said the bridge was hit.\n\n"
        "The city had no power, the city’s acting mayor said.\n"
    )
    assert speakers(text, dt.date(2024, 3, 15)) == ["Jane Roe", "Jane Roe"]


def test_a_lone_role_stays_unnamed_when_two_speakers_hold_one():
    text = (
        "The withdrawal was only meant to save face, said MP Jane Roe.\n\n"
        "The army needed more shells, said MP John Doe.\n\n"
        "A Ukrainian member of parliament said the talks could not be trusted.\n"
    )
    assert speakers(text, dt.date(2024, 3, 15)) == ["Jane Roe", "John Doe", None]


def test_a_gazetteer_role_titles_a_speaker_named_by_surname():
    text = (
        '"We are ready to defend Europe," Poltorak said.\n\n'
        "According to the minister, the Kremlin will try to destroy NATO.\n"
    )
    assert speakers(text, dt.date(2017, 4, 7)) == ["Stepan Poltorak", "Stepan Poltorak"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The Black Sea Fleet’s press service said two drones were shot down overnight.",
            "Black Sea Fleet",
        ),
        ("The Kremlin’s press service said the call had lasted an hour.", "Kremlin"),
        # aliases the gazetteer gained this round
        (
            "The port was hit overnight, Ukraine’s southern military command said.",
            "Southern Defence Forces of Ukraine",
        ),
        (
            "Three people were rescued from the rubble, the SES said.",
            "State Emergency Service of Ukraine",
        ),
    ],
)
def test_a_known_body_speaks_through_its_press_service(sentence, speaker):
    assert speakers(sentence + "\n", dt.date(2024, 3, 15)) == [speaker]


def test_a_person_named_inside_a_quotation_is_not_the_pronouns_subject():
    text = (
        "The presidency's spokesman, John Doe, confirmed that the call had taken place.\n\n"
        "\"The call followed President Putin's request to brief the president. President Putin "
        'expressed his thanks for the mediation," said Doe.\n\n'
        'He added that the president "welcomed the briefing."\n'
    )
    assert speakers(text, dt.date(2024, 3, 15)) == ["John Doe", "John Doe", "John Doe"]


@pytest.mark.parametrize(
    ("subject", "published", "speaker"),
    [
        # the top office of a field within a body: "High Commissioner for Refugees"
        ("The UN refugee chief", dt.date(2023, 3, 3), "Filippo Grandi"),
        ("The UN human rights chief", dt.date(2023, 3, 3), "Volker Türk"),
        ("The UN human rights chief", dt.date(2021, 3, 3), "Michelle Bachelet"),
        # the body's own top office is unchanged
        ("The UN chief", dt.date(2023, 3, 3), "António Guterres"),
        ("The UN humanitarian chief", dt.date(2023, 3, 3), "Martin Griffiths"),
    ],
)
def test_a_bodys_chief_of_a_field_is_that_offices_holder(subject, published, speaker):
    text = f"{subject} said the strikes on the power grid had to stop.\n"
    assert speakers(text, published) == [speaker]


def test_a_body_the_article_named_with_its_country_beats_the_dateline():
    text = (
        "KYIV, June 5 (Agency) - Russia’s defence ministry said Ukraine had attacked on Sunday "
        "with six battalions in the south.\n"
        "“The enemy did not achieve its tasks,” the defence ministry said in a statement.\n"
    )
    assert speakers(text, dt.date(2023, 6, 5)) == [
        "Russian Defense Ministry",
        "Russian Defense Ministry",
    ]


def test_under_a_dateline_an_unqualified_ministry_is_still_the_datelines():
    text = (
        "KYIV, June 5 (Agency) - “The enemy did not achieve its tasks,” the defence ministry "
        "said in a statement.\n"
    )
    assert speakers(text, dt.date(2023, 6, 5)) == ["Ukrainian Defense Ministry"]


def test_a_wire_leads_described_governor_is_the_one_named_next():
    text = (
        "A regional governor in southern Examplia says enemy troops are retreating and blowing "
        "up bridges.\n\n"
        "Examplia region governor Jane Roe claimed Wednesday on Telegram that the enemy was on "
        "the defensive.\n"
    )
    assert speakers(text, dt.date(2022, 11, 9)) == ["Jane Roe", "Jane Roe"]


def test_a_that_verb_may_have_its_day_before_that():
    text = (
        "Jane Roe signaled on July 17 that the end of the grain deal ends the related pact, "
        "Agency reports.\n"
    )
    found = extract(text, gazetteer=GAZETTEER, published=dt.date(2023, 7, 18)).statements
    assert [(s.speaker, s.text, s.said_on) for s in found] == [
        ("Jane Roe", "the end of the grain deal ends the related pact", dt.date(2023, 7, 17))
    ]


def test_a_leaders_special_representative_is_the_envoy_who_spoke():
    text = (
        "“The war has gone on for too long,” Kellogg said.\n\n"
        "“That is exactly why we are returning to London next week,” said Trump’s special "
        "representative.\n"
    )
    assert speakers(text, dt.date(2025, 4, 20)) == ["Keith Kellogg", "Keith Kellogg"]


def test_a_comma_before_that_in_translated_copy_still_governs_the_clause():
    text = "Residents will be moved.\n\nGladkov noted, that the rooms are warm and safe.\n"
    found = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 1)).statements
    assert [(s.speaker, s.text) for s in found] == [
        ("Vyacheslav Gladkov", "the rooms are warm and safe")
    ]


def test_an_inserted_tags_comma_before_that_is_left_alone():
    text = (
        "Residents will be moved.\n\n"
        "Governor Jane Roe suggested, the newspaper writes, that the rooms are warm.\n"
    )
    assert speakers(text, dt.date(2024, 3, 1)) == ["Jane Roe"]


@pytest.mark.parametrize(("ask", "answer"), [("Question", "Answer"), ("Ask", "Answer")])
def test_question_and_answer_labels_with_a_full_stop(ask, answer):
    text = (
        "Examplia's governor Jane Roe gave an interview to the agency last Thursday.\n\n"
        f"{ask}. What is your main request to your allies?\n\n"
        f"{answer}. The region needs air defence before the winter comes.\n"
    )
    found = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 1)).statements
    assert [(s.speaker, s.text) for s in found] == [
        ("Jane Roe", "The region needs air defence before the winter comes.")
    ]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        # bodies the gazetteer gained this round
        ("The Voronezh regional administration", "Voronezh regional government"),
        ("The Kherson regional prosecutor's office", "Kherson Regional Prosecutor's Office"),
        ("The CSTO", "Collective Security Treaty Organization"),
        (
            "Ukraine's Ministry of Reintegration",
            "Ministry of Reintegration of Temporarily Occupied Territories",
        ),
    ],
)
def test_bodies_added_to_the_gazetteer(subject, speaker):
    text = f"{subject} said the drone attack had damaged two houses.\n"
    assert speakers(text, dt.date(2023, 6, 5)) == [speaker]


def test_a_statement_by_someone_quoting_them_paragraph_by_paragraph():
    text = (
        "Statement by Jane Roe, Agency Representative to Examplia\n"
        "“Two children have reportedly been killed in a wave of attacks across the country.\n"
        "“Over the last six days, attacks have hit four cities and their power plants.”\n"
    )
    found = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 1, 5)).statements
    assert [(s.speaker, s.text) for s in found] == [
        (
            "Jane Roe",
            "Two children have reportedly been killed in a wave of attacks across the country.",
        ),
        (
            "Jane Roe",
            "Over the last six days, attacks have hit four cities and their power plants.",
        ),
    ]
