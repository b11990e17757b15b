"""Extraction, round 14 (fixlayout): layouts that lost statements, on sentences written here."""

import datetime as dt

from statements.extraction import extract
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()


def statements(text, published=dt.date(2024, 3, 15)):
    found = extract(text, gazetteer=GAZETTEER, published=published).statements
    return [(s.speaker, s.kind, s.text) for s in found]


def test_a_key_points_list_under_a_lead_naming_the_speaker_is_the_speakers():
    text = (
        "Zelensky met reporters from regional newspapers. Key points:\n\n"
        "Zelensky met reporters from regional newspapers. Key points:\n\n"
        "  • On the harvest and the ports: The grain will leave through the western route. "
        "We expect the first ships in a fortnight.\n"
        "  • The new battalions will be trained at home and abroad.\n"
        "  • Regarding the winter: Our engineers are repairing every substation they can.\n\n"
        "PLEASE DONATE TODAY! Our small newsroom has worked around the clock since the war began.\n"
    )
    assert statements(text) == [
        (
            "Volodymyr Zelensky",
            "indirect",
            "The grain will leave through the western route. We expect the first ships in a "
            "fortnight",
        ),
        ("Volodymyr Zelensky", "indirect", "The new battalions will be trained at home and abroad"),
        ("Volodymyr Zelensky", "indirect", "Our engineers are repairing every substation they can"),
    ]


def test_a_quotation_after_a_glued_bullet_sign_in_a_list_of_statements():
    text = (
        "President Volodymyr Zelensky answered questions from students in Lviv.\n"
        "Main statements:\n"
        '\U0001f449"Every town we hold is a town that keeps its school."\n'
        '\U0001f449"Nobody here has asked me to give up the south."\n'
    )
    assert statements(text) == [
        ("Volodymyr Zelensky", "direct", "Every town we hold is a town that keeps its school."),
        ("Volodymyr Zelensky", "direct", "Nobody here has asked me to give up the south."),
    ]


def test_a_footers_appeal_inside_a_quotation_is_someones_words():
    text = (
        "Prime Minister Denys Shmyhal met the donors in Warsaw on Friday.\n\n"
        "“The reconstruction fund is open to every willing partner. Our friends abroad keep "
        "promising to support us,” the Prime Minister of Ukraine said.\n"
    )
    assert statements(text) == [
        (
            "Denys Shmyhal",
            "direct",
            "The reconstruction fund is open to every willing partner. Our friends abroad keep "
            "promising to support us,",
        )
    ]


def test_an_unclosed_quotation_ends_at_the_attribution_inside_it():
    text = (
        "Jane Roe, the regional governor, spoke to reporters on Friday.\n\n"
        "“The convoy was stopped twice at the checkpoint near the river, she said. The drivers "
        "were told to wait for “further orders” until the evening, she added.\n"
    )
    assert statements(text) == [
        (
            "Jane Roe",
            "direct",
            "The convoy was stopped twice at the checkpoint near the river,",
        ),
        (
            "Jane Roe",
            "mixed",
            "The drivers were told to wait for “further orders” until the evening",
        ),
    ]


def test_an_unclosed_quotation_with_no_other_mark_ends_at_the_attribution_inside_it():
    text = (
        "Jane Roe, the regional governor, spoke to reporters on Friday.\n\n"
        "“The convoy was stopped twice at the checkpoint near the river, she said. The drivers "
        "were told to wait until the evening.\n"
    )
    assert statements(text)[0] == (
        "Jane Roe",
        "direct",
        "The convoy was stopped twice at the checkpoint near the river,",
    )


def test_one_question_and_the_answer_labelled_with_the_introduced_persons_surname():
    text = (
        "Examplia TV spoke on Tuesday with the historian and author Jane Roe about the winter.\n\n"
        "Below is an edited transcript of the conversation.\n\n"
        "Ask: The first snow is falling on the front. What should we expect in the coming weeks?\n\n"
        "Roe: I expect both armies to dig in and wait. I do not think either side can move much "
        "before the spring.\n"
    )
    assert statements(text) == [
        (
            "Jane Roe",
            "direct",
            "I expect both armies to dig in and wait. I do not think either side can move much "
            "before the spring.",
        )
    ]


def test_a_quoted_outlet_name_that_lost_its_opening_mark_is_the_subject():
    text = "Ukrainska Pravda\\” reported that the northern bridge had been closed to lorries for a week.\n"
    assert statements(text) == [
        (
            "Ukrainska Pravda",
            "indirect",
            "the northern bridge had been closed to lorries for a week",
        )
    ]
