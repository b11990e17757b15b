"""Round 15 (fixmiss): missed statements; frames, quotation pairing and layouts, on sentences
written here."""

import datetime as dt

from statements.extraction import extract
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()

HEAD = "Examplia under fire\n\nThe town of Examplia has been shelled for weeks.\n\n"
TAIL = "\n\nThe shelling went on through the night."


def statements(text, published=dt.date(2024, 3, 15)):
    found = extract(HEAD + text + TAIL, gazetteer=GAZETTEER, published=published).statements
    return [(s.speaker, s.kind, s.text) for s in found]


def test_a_present_tense_verb_before_its_subject_tags_a_quotation():
    assert statements(
        "“We can take five hundred people out of the town every day,” reassures Jane Roe.\n\n"
        "“Nobody here sleeps more than four hours a night,” summarizes John Doe."
    ) == [
        ("Jane Roe", "direct", "We can take five hundred people out of the town every day,"),
        ("John Doe", "direct", "Nobody here sleeps more than four hours a night,"),
    ]


def test_recalls_before_its_subject_tags_a_quotation():
    assert statements(
        "“The bakery was the last shop still open in the square,” recalls Jane Roe."
    ) == [("Jane Roe", "direct", "The bakery was the last shop still open in the square,")]


def test_reflected_after_its_subject_tags_a_quotation():
    assert statements(
        "“There was a quiet park where children played. Now it is a minefield,” Jane Roe reflected."
    ) == [
        (
            "Jane Roe",
            "direct",
            "There was a quiet park where children played. Now it is a minefield,",
        )
    ]


def test_continues_closes_an_indirect_statement():
    assert statements(
        "Jane Roe, the mayor, said the water plant was hit twice.\n\n"
        "A third of the schools in the district have lost their roofs, Jane Roe continues.\n\n"
        "Most of the families have already left the district, continued the mayor."
    ) == [
        ("Jane Roe", "indirect", "the water plant was hit twice"),
        ("Jane Roe", "indirect", "A third of the schools in the district have lost their roofs"),
        ("Jane Roe", "indirect", "Most of the families have already left the district"),
    ]


def test_continued_is_no_tag_of_a_narrative_clause():
    assert (
        statements(
            "The depot was hit again, and the fighting continued.\n\n"
            "The convoy left the town, the shelling continued."
        )
        == []
    )


def test_a_colon_after_a_short_predicate_introduces_the_subjects_words():
    assert statements(
        "John Doe, a 70-year-old pensioner from the town, shared his worries: ‘Every night "
        "we wait for the next strike.’\n\n"
        "Zelensky’s words carried a grim urgency: “The enemy keeps trying to scare the people "
        "of the town.”"
    ) == [
        ("John Doe", "direct", "Every night we wait for the next strike."),
        (
            "Volodymyr Zelensky",
            "direct",
            "The enemy keeps trying to scare the people of the town.",
        ),
    ]


def test_a_colon_block_runs_on_to_the_line_its_mark_closes():
    assert statements(
        "Jane Roe struck a grim tone: ‘The enemy keeps trying to scare the people of the town.\n"
        "We must stay calm and careful in the face of such attacks.’"
    ) == [
        ("Jane Roe", "direct", "The enemy keeps trying to scare the people of the town."),
        ("Jane Roe", "direct", "We must stay calm and careful in the face of such attacks."),
    ]


def test_a_colon_after_a_place_or_a_relative_clause_introduces_no_one():
    assert (
        statements(
            "Volodymyr Zelensky visited the square where a sign read: “Welcome to the town of "
            "heroes.”\n\n"
            "Examplia faces a hard choice: “Stay or go.”"
        )
        == []
    )


def test_a_second_verb_with_its_own_that_clause_opens_a_second_statement():
    assert statements(
        "Jane Roe said that troops were trying to advance in the east and assessed that the "
        "situation at the front was still difficult."
    ) == [
        ("Jane Roe", "indirect", "troops were trying to advance in the east"),
        ("Jane Roe", "indirect", "the situation at the front was still difficult"),
    ]
