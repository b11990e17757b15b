"""Extraction 4.3: what round 20 added, each on sentences written here."""

import datetime as dt

import pytest

from statements.extraction import extract
from statements.extraction.actors import strip_titles
from statements.extraction.quotes import looks_like_clause
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()
DAY = dt.date(2024, 5, 1)


def statements(text, published=DAY):
    return [
        (s.speaker, s.text)
        for s in extract(text, gazetteer=GAZETTEER, published=published).statements
    ]


@pytest.mark.parametrize(
    "frame",
    [
        "Jane Roe told reporters on Monday,",
        "Jane Roe told lawmakers in Examplia City late on Monday,",
        "Jane Roe told members,",
        "Jane Roe told the Examplia Times earlier this week,",
    ],
)
def test_a_listener_then_a_time_before_the_quotation(frame):
    text = f'{frame} "The crisis in the east has not abated and civilians are dying."'
    assert statements(text) == [
        ("Jane Roe", "The crisis in the east has not abated and civilians are dying.")
    ]


def test_a_quoted_phrase_inside_a_fronted_report_before_an_inverted_tag():
    text = (
        "The case against the commander will be dropped, he “will go to Examplia,” said "
        "Jane Roe, press secretary of the president."
    )
    assert statements(text) == [
        ("Jane Roe", "The case against the commander will be dropped, he “will go to Examplia")
    ]


def test_a_long_title_ending_in_a_name_then_the_setting():
    text = (
        "The trial of the captured fighters cannot but take place, said the head of the "
        "Examplia republic Jane Roe at a meeting in the State Duma."
    )
    assert statements(text) == [
        ("Jane Roe", "The trial of the captured fighters cannot but take place")
    ]


def test_a_patronymic_is_left_out_of_a_new_persons_name():
    assert strip_titles("Ambassador Alexey Yurievich Roe") == "Alexey Roe"
    assert strip_titles("Oleksandr Volodymyrovych Roe") == "Oleksandr Roe"
    assert strip_titles("Hans Ulrich Roe") == "Hans Ulrich Roe"


def test_a_colon_introduction_after_a_fronted_participle_hands_on_the_block():
    text = (
        "Responding to reports that talks would take place later today, Jane Roe said that the "
        "West would not be deterred from pursuing further sanctions:\n\n"
        "Britain is clear that there cannot be a military solution to the conflict.\n\n"
        "We have delivered a careful response to the illegal activity.\n\n"
        "For the latest updates visit the summit's homepage.\n\n"
        "Follow @foreignoffice for the latest updates."
    )
    assert [s for s, _ in statements(text)] == ["Jane Roe", "Jane Roe", "Jane Roe"]
    assert (
        statements(text)[-1][1] == "We have delivered a careful response to the illegal activity."
    )


@pytest.mark.parametrize("modifier", ["ruling party", "governing party", "leading"])
def test_an_ing_modifier_opens_no_setting(modifier):
    text = f"Meanwhile, {modifier} lawmaker Jane Roe said that most had been recruited."
    assert statements(text) == [("Jane Roe", "most had been recruited")]


def test_a_role_of_a_named_place_the_gazetteer_cannot_fill_is_an_unnamed_person():
    text = (
        "The head of the military administration of Examplia City said that a part of the city "
        "was without electricity."
    )
    found = extract(text, gazetteer=GAZETTEER, published=DAY).statements
    assert [(s.speaker, s.speaker_mention, s.text) for s in found] == [
        (
            None,
            "The head of the military administration of Examplia City",
            "a part of the city was without electricity",
        )
    ]


def test_a_release_introduced_with_a_colon():
    text = (
        "The Pentagon has just released this, though:\n"
        '"We continue to assess limited progress by the ground forces."\n'
        '"The capital remains under bombardment."'
    )
    assert statements(text) == [
        ("Pentagon", "We continue to assess limited progress by the ground forces."),
        ("Pentagon", "The capital remains under bombardment."),
    ]


def test_a_headline_naming_someones_statement():
    text = (
        "Jane Roe’s statement on the school truce\n\n"
        "We hope that the renewed obligations of the parties will contribute to stability.\n\n"
        "Children on both sides of the contact line should be able to go to school in peace."
    )
    assert statements(text) == [
        (
            "Jane Roe",
            "We hope that the renewed obligations of the parties will contribute to stability.",
        ),
        (
            "Jane Roe",
            "Children on both sides of the contact line should be able to go to school in peace.",
        ),
    ]


def test_a_speech_heading_broken_over_two_lines():
    text = (
        "Press conference\n\n"
        "by Secretary General Jane Roe following the meeting of the commission\n\n"
        "Good afternoon.\n\n"
        "We have just finished an extraordinary meeting of the commission.\n\n"
        "Allies discussed the serious situation in the strait."
    )
    assert [t for _, t in statements(text)] == [
        "We have just finished an extraordinary meeting of the commission.",
        "Allies discussed the serious situation in the strait.",
    ]
    assert {s for s, _ in statements(text)} == {"Jane Roe"}


def test_a_live_blog_entry_signed_by_its_reporter_is_no_letter():
    text = (
        "Examplia Live Day 365\n\n"
        "Yesterday's live coverage can be found here. An archive of our live blogs is here.\n\n"
        "Please help us continue providing this service by making a donation to our costs.\n\n"
        "The president has made comments today in Ruritania that will prove controversial. "
        "The president bragged that Examplia was losing this war.\n\n"
        "A local TV station had photos from the scene:\n\n"
        "— John Doe\n\n"
        "Next entry"
    )
    found = extract(text, gazetteer=GAZETTEER, published=DAY).statements
    assert [(s.speaker_mention, s.text) for s in found] == [
        ("The president", "Examplia was losing this war")
    ]


def test_the_us_abbreviated_opens_a_reported_clause():
    assert looks_like_clause("the U.S. stands with Examplia.")
    assert looks_like_clause("the US stood with Examplia.")
    assert statements("Jane Roe says the U.S. stands with Examplia.") == [
        ("Jane Roe", "the U.S. stands with Examplia")
    ]


def test_an_apposed_name_with_its_setting_after_a_title():
    text = (
        '"The warhead exploded outside the cockpit," said the chairman of the Security Bureau, '
        "Jane Roe, at a press conference."
    )
    assert statements(text) == [("Jane Roe", "The warhead exploded outside the cockpit,")]


def test_suggesting_reports_only_after_a_first_report():
    reported = (
        "“Examplia is not just a neighbouring country for us,” Jane Roe said, suggesting that "
        "the collapse of the union was a tragedy."
    )
    assert statements(reported) == [
        ("Jane Roe", "Examplia is not just a neighbouring country for us,"),
        ("Jane Roe", "the collapse of the union was a tragedy"),
    ]
    narrated = "The strike hit the plant, suggesting that the attackers had better intelligence."
    assert statements(narrated) == []


def test_a_setting_without_its_comma_before_the_subject():
    text = "In an interview with the channel Jane Roe said that the talks would resume."
    assert statements(text) == [("Jane Roe", "the talks would resume")]


def test_a_sources_role_apposition_closes_the_sentence():
    text = (
        "Russia fired 33 cruise missiles on Saturday, according to General Jane Roe, the "
        "commander-in-chief of Examplia's armed forces."
    )
    assert statements(text) == [("Jane Roe", "Russia fired 33 cruise missiles on Saturday")]


def test_considered_that_reports_but_not_before_a_demonstrative():
    assert statements("Jane Roe considered that important decisions were taken.") == [
        ("Jane Roe", "important decisions were taken")
    ]
    assert statements("Certainly, Examplia considers that an important step.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Pressed on his advice to the president, Jane Roe was blunt: “Make the deal.”",
        "Jane Roe, visibly frustrated, lashed out at the Examplian leader:\n\n“Make the deal.”",
    ],
)
def test_a_predicate_and_a_colon_introduce_the_quotation(text):
    assert statements(text) == [("Jane Roe", "Make the deal.")]


@pytest.mark.parametrize("when", ["Earlier today", "This morning", "Last week", "Yesterday"])
def test_a_leading_time_is_no_part_of_the_subject(when):
    text = f"{when} the Examplian Bureau of Statistics announced that prices had fallen."
    found = extract(text, gazetteer=GAZETTEER, published=DAY).statements
    assert [(s.speaker_mention, s.text) for s in found] == [
        ("Examplian Bureau of Statistics", "prices had fallen")
    ]


def test_subject_words_that_name_no_one_give_no_statement():
    assert statements("Sub-zero temperatures and air strikes have slowed repairs.") == []
    text = "The video, posted to social media and geolocated by reporters, shows the dam breached."
    assert statements(text) == []


def test_a_body_and_its_abbreviation_in_brackets():
    text = (
        "The Examplian Air Navigation Services Agency (EANSA) said the restrictions would apply "
        "from Monday. EANSA said general aviation would be banned."
    )
    assert [s for s, _ in statements(text)] == ["Examplian Air Navigation Services Agency"] * 2


def test_a_leaders_government_and_a_hyphenated_title():
    text = "The Albanese Government has said its troops will not enter the war zone."
    assert statements(text) == [("Australian government", "its troops will not enter the war zone")]
    text = (
        "NATO Secretary General Jens Stoltenberg spoke in Brussels. Later, the "
        "Secretary-General said that important decisions were taken."
    )
    assert statements(text, published=dt.date(2023, 6, 26)) == [
        ("Jens Stoltenberg", "important decisions were taken")
    ]


def test_names_read_after_quantities_initials_and_a_countrys_body():
    text = (
        "Thousands of Examplian refugees have arrived, with Jane Roe, the minister, telling them "
        "they are welcome. He said the government had condemned the invasion."
    )
    assert statements(text)[-1] == ("Jane Roe", "the government had condemned the invasion")
    assert strip_titles("Cathaoirleach of the Council PJ Ryan") == "PJ Ryan"
    assert statements("The Estonian intelligence service said the attack was imminent.") == [
        ("Estonian intelligence service", "the attack was imminent")
    ]


def test_the_clause_ends_before_the_speakers_act():
    text = (
        "Jane Roe said a second batch of fighter jets had arrived from Denmark, praising the move "
        "as an example of leadership."
    )
    assert statements(text) == [
        ("Jane Roe", "a second batch of fighter jets had arrived from Denmark")
    ]


def test_a_nations_government_the_gazetteer_does_not_know():
    assert statements("The Scottish government said it would welcome more refugees.") == [
        ("Scottish Government", "it would welcome more refugees")
    ]
    text = "The Examplian head of government said the debates would reduce the tensions."
    assert statements(text) == [(None, "the debates would reduce the tensions")]


def test_a_subordinate_clauses_pronoun_is_the_sentences_subject():
    text = (
        "Ann Doe said the talks would go on. Adviser Jane Roe made her position clear when she said, "
        "“There are legitimate interests involved.”"
    )
    assert statements(text)[-1] == ("Jane Roe", "There are legitimate interests involved.")


def test_a_relative_clauses_own_subject_reports():
    text = (
        "The sanctions target members of the election commission, who Jane Roe said "
        '"sought to legitimise the attack through sham referenda".'
    )
    assert statements(text) == [
        ("Jane Roe", "sought to legitimise the attack through sham referenda")
    ]
