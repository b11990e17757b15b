"""Extraction 2.8: constructions of Russian state media and machine-translated copy, sentences
and names invented here."""

import datetime as dt

import pytest

from statements.extraction import ActorEntry, Gazetteer, extract

GAZETTEER = Gazetteer(
    actors=(
        ActorEntry("Pavel Zorin", role="Governor of Sorokino Region", aliases=("Zorin",)),
        ActorEntry("Oleg Rudnev", role="Deputy Chairman of the Council", aliases=("Rudnev",)),
        ActorEntry("Irina Lapina", role="Foreign Ministry spokeswoman", aliases=("Lapina",)),
        ActorEntry(
            "Boris Ulin",
            affiliation="Russia",
            role="Russian-installed head of occupied Lomov region",
            aliases=("Ulin",),
        ),
        ActorEntry("Grand Assembly", kind="organisation", affiliation="Russia"),
        ActorEntry("Lev Korov", role="Chairman of the Grand Assembly", aliases=("Korov",)),
        ActorEntry("TASS", kind="media"),
        ActorEntry("RIA Novosti", kind="media"),
        ActorEntry("Sputnik", kind="media"),
    )
)
MONDAY = dt.date(2023, 6, 5)


def run(text: str, published: dt.date | None = MONDAY):
    return extract(text, gazetteer=GAZETTEER, published=published)


def found(text: str):
    return [(s.speaker, s.kind, s.text) for s in run(text).statements]


# --- "This was announced ... by X": the sentence before is X's -----------------------------


def test_this_was_announced_in_a_channel_by_x_makes_the_sentence_before_xs():
    assert found(
        "Two schools in the border district were damaged by shelling overnight. "
        "This was announced in his Telegram channel by the governor of the region Pavel Zorin."
    ) == [
        (
            "Pavel Zorin",
            "indirect",
            "Two schools in the border district were damaged by shelling overnight",
        )
    ]


def test_this_was_announced_on_a_date_by_x_makes_the_sentence_before_xs():
    assert found(
        "Evacuated residents receive all the help they need. "
        "This was announced on Thursday, June 1, by the governor of the region Pavel Zorin."
    ) == [("Pavel Zorin", "indirect", "Evacuated residents receive all the help they need")]


def test_this_was_stated_by_a_title_then_the_name_after_a_comma():
    assert found(
        "Peace talks will not resume while the shelling of border villages goes on. "
        "This was stated by former prime minister and current deputy head of the council, "
        "Oleg Rudnev, in an interview with the agency."
    ) == [
        (
            "Oleg Rudnev",
            "indirect",
            "Peace talks will not resume while the shelling of border villages goes on",
        )
    ]


def test_a_quote_then_this_was_stated_by_x_is_xs_direct_statement():
    assert found(
        "“The West is slowly losing interest in the conflict.” This was stated by former prime "
        "minister and current deputy head of the council, Oleg Rudnev, in an interview with TASS."
    ) == [("Oleg Rudnev", "direct", "The West is slowly losing interest in the conflict.")]


# --- an outlet's trailing "..., RIA Novosti reports." is not part of the statement -----------


def test_a_trailing_agency_report_after_quoted_fragments_is_not_a_quote_of_the_agency():
    assert found(
        "Zorin said that the enemy was trying “to break through” and “to seize the bridge”, "
        "RIA Novosti reports."
    ) == [
        (
            "Pavel Zorin",
            "mixed",
            "the enemy was trying “to break through” and “to seize the bridge”",
        )
    ]


def test_a_trailing_quoted_agency_name_is_cut_from_the_statement():
    assert found("Zorin said that schools would reopen on Monday, “Sputnik” reports.") == [
        ("Pavel Zorin", "indirect", "schools would reopen on Monday")
    ]


def test_a_quoted_agency_name_after_reported_is_not_a_quote():
    # read as the unquoted ", reported RIA News." is: the agency's report
    assert found(
        "Rudnev entered the hall when Zorin had already started speaking via video link, "
        'reported "RIA News".'
    ) == [
        (
            "RIA News",
            "indirect",
            "Rudnev entered the hall when Zorin had already started speaking via video link",
        )
    ]


def test_an_agency_report_citing_a_ministry_is_cut_from_the_claim():
    assert found(
        "Rudnev said the incursion had ended any chance of talks, TASS reported, citing the "
        "ministry's statement on its website."
    ) == [("Oleg Rudnev", "indirect", "the incursion had ended any chance of talks")]


# --- "the head of the region", "the Assembly speaker": the office holder spoken of ----------


def test_the_head_of_the_region_is_the_governor_just_quoted():
    assert found(
        "Governor Pavel Zorin said the night in the border district was restless. "
        "The head of the region added that there was no information about casualties."
    ) == [
        ("Pavel Zorin", "indirect", "the night in the border district was restless"),
        ("Pavel Zorin", "indirect", "there was no information about casualties"),
    ]


def test_the_acting_governor_of_a_named_region_is_its_installed_head():
    assert [
        (s.speaker, s.speaker_mention)
        for s in run(
            "Ulin said that the troops were leaving the city. In addition, the acting governor "
            "of the Lomov region said that the museum was being emptied. Prior to this, the "
            "acting head of the region reported that summonses were being handed out."
        ).statements
    ] == [
        ("Boris Ulin", "Ulin"),
        ("Boris Ulin", "the acting governor of the Lomov region"),
        ("Boris Ulin", "the acting head of the region"),
    ]


def test_the_assembly_speaker_is_its_chairman_not_the_assembly():
    assert [
        s.speaker
        for s in run(
            '"The regime has become a terrorist one," the Grand Assembly speaker wrote. '
            "In conclusion, the speaker of the Grand Assembly wrote that there could be no talks."
        ).statements
    ] == ["Lev Korov", "Lev Korov"]


# --- a title, a relative clause or "as X" between the statement and its verb ---------------


def test_a_lower_case_title_before_the_name_is_not_part_of_the_statement():
    assert found(
        "Residents of 18 villages will be relocated due to shelling, acting governor of the "
        "region, Pavel Zorin, said on Friday."
    ) == [("Pavel Zorin", "indirect", "Residents of 18 villages will be relocated due to shelling")]


def test_a_known_name_then_a_relative_clause_then_said_closes_the_statement():
    assert found(
        "Moscow sees no chance for direct contacts with the other side, Deputy Foreign "
        "Minister Oleg Rudnev, who also heads the delegation, said."
    ) == [
        ("Oleg Rudnev", "indirect", "Moscow sees no chance for direct contacts with the other side")
    ]


def test_a_long_title_and_a_relative_clause_with_a_quoted_word():
    assert found(
        "Moscow remains open to proposals on resolving the crisis, Russian Deputy Foreign "
        'Minister Oleg Rudnev, who serves as the bloc\'s "sherpa," said.'
    ) == [("Oleg Rudnev", "indirect", "Moscow remains open to proposals on resolving the crisis")]


def test_as_x_and_a_title_told_an_outlet_makes_the_statement_xs():
    assert found(
        "The words were described by some as an agreement between the two capitals, as Oleg "
        "Rudnev, deputy head of the council, told Izvestia on June 1."
    ) == [
        (
            "Oleg Rudnev",
            "indirect",
            "The words were described by some as an agreement between the two capitals",
        )
    ]


def test_a_dateline_with_an_abbreviated_month_is_no_part_of_the_statement():
    result = run(
        "SORGRAD, Sept. 28 (Xinhua) -- Sorgrad welcomes the willingness of both sides to "
        "resume talks, spokeswoman Irina Lapina said on Friday."
    )
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Irina Lapina", "Sorgrad welcomes the willingness of both sides to resume talks")
    ]


@pytest.mark.parametrize("dateline", ["SORGRAD: ", "NEW SORGRAD : "])
def test_a_dateline_closed_by_a_colon_is_no_part_of_the_statement(dateline):
    result = run(f"{dateline}The talks will resume next week, spokeswoman Irina Lapina said.")
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Irina Lapina", "The talks will resume next week")
    ]
