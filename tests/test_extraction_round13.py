"""Extraction 3.5: mechanisms found in round 13, each on sentences written here."""

import datetime as dt

from statements.extraction import extract
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()


def statements(text, published=dt.date(2024, 3, 15)):
    found = extract(text, gazetteer=GAZETTEER, published=published).statements
    return [(s.speaker, s.kind, s.text) for s in found]


def test_a_question_its_own_frame_introduces_takes_no_tag_from_the_next_sentence():
    assert statements(
        "Yermak doubted that the talks would lead anywhere, saying “Who else can sign the deal?” "
        "Kuleba said that only the president can sign it."
    ) == [
        ("Andriy Yermak", "direct", "Who else can sign the deal?"),
        ("Dmytro Kuleba", "indirect", "only the president can sign it"),
    ]


def test_a_question_without_a_frame_still_takes_the_tag_after_it():
    assert statements("“Who else can sign the deal?” Kuleba asked.") == [
        ("Dmytro Kuleba", "direct", "Who else can sign the deal?")
    ]


def test_a_pronoun_after_a_sentence_ending_in_a_quoted_question_is_that_sentences_subject():
    assert statements(
        "Zelensky announced on Monday that he was ready to travel to the talks.\n\n"
        "Yermak doubted that anyone else in Moscow could decide, saying “Who else is there?” "
        "He implied that only the Kremlin leader could end the war."
    ) == [
        ("Volodymyr Zelensky", "indirect", "he was ready to travel to the talks"),
        ("Andriy Yermak", "direct", "Who else is there?"),
        ("Andriy Yermak", "indirect", "only the Kremlin leader could end the war"),
    ]


def test_a_pronoun_after_a_sentence_with_an_according_to_source_is_that_source():
    assert statements(
        "“We will hold the line,” Zelensky said.\n\n"
        "The southern push is a risky plan, one that, according to Michael Clarke, is the "
        "“hardest route”. He added that the army might try a second thrust further east."
    )[-1] == ("Michael Clarke", "indirect", "the army might try a second thrust further east")


def test_a_surname_with_zh_written_as_j_is_the_gazetteer_person():
    assert statements(
        "Razvojayev stated that rescue teams were at work near the harbour.",
        published=dt.date(2023, 9, 23),
    ) == [("Mikhail Razvozhayev", "indirect", "rescue teams were at work near the harbour")]


def test_the_minister_is_the_minister_just_named_not_the_prime_minister_who_spoke():
    found = statements(
        "Prime Minister Narendra Modi said on Thursday that talks were the only way forward.\n"
        "Later, External Affairs Minister Subrahmanyam Jaishankar’s call with Washington lasted "
        "an hour.\n"
        "“We discussed the evacuation of our students,” the minister wrote.",
        published=dt.date(2022, 2, 25),
    )
    assert found[-1] == (
        "Subrahmanyam Jaishankar",
        "direct",
        "We discussed the evacuation of our students,",
    )
