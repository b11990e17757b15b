"""Extraction 3.4, set Z (round 12): mechanisms found on set Z, each on sentences written here."""

import datetime as dt

from statements.extraction import extract
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()


def statements(text):
    found = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 15)).statements
    return [(s.speaker, s.kind, s.text) for s in found]


def test_a_clause_ending_in_a_colon_before_a_list_of_small_letter_items_is_a_statement():
    found = statements(
        "The Institute for the Study of War said the front was calm.\n"
        "ISW emphasizes that the spreading of such rumours may serve several goals for the Kremlin:\n"
        "-\n"
        "to scare the public before the winter;\n"
        "-\n"
        "to feed the story of an unavoidable win.\n"
    )
    assert (
        "Institute for the Study of War",
        "indirect",
        "the spreading of such rumours may serve several goals for the Kremlin",
    ) in found


def test_a_participle_after_the_verbs_setting_opens_a_second_statement_of_the_speaker():
    found = statements(
        "Spokeswoman Jane Doe spoke on Monday. “The harbour is closed. The ships are waiting,” "
        "Doe said at a daily press conference when responding to a question, noting that "
        "restoring the ferry line is the most urgent task."
    )
    assert found == [
        ("Jane Doe", "direct", "The harbour is closed. The ships are waiting,"),
        ("Jane Doe", "indirect", "restoring the ferry line is the most urgent task"),
    ]


def test_a_quotation_closed_on_its_comma_and_a_line_attributing_it_are_one_paragraph():
    found = statements(
        "Council President Jane Doe has welcomed the decision taken by the ministers.\n"
        "“I welcome the agreement on our new ferry package. The council is checking more "
        "boats,”\n"
        "Doe stated on X.\n"
    )
    assert found == [
        (
            "Jane Doe",
            "direct",
            "I welcome the agreement on our new ferry package. The council is checking more boats,",
        )
    ]


def test_a_dateline_whose_parenthesis_is_an_outlets_name_is_no_release_of_the_body_inside_it():
    # "Brussels" inside "Brussels Evening Courier" is no issuer: the story's sentences that report
    # no one stay no one's.
    found = statements(
        "Brussels (Brussels Evening Courier) – Council President Jane Doe has welcomed the new "
        "ferry package.\n"
        "A day earlier, Doe held a meeting with Admiral John Roe before he left for Graz.\n"
    )
    assert found == []


def test_as_per_and_the_analysis_of_a_named_body_give_the_source():
    found = statements(
        "As per the analysis of the US-based Institute for the Study of War (ISW), the "
        "offensive is likely to slow in the coming weeks."
    )
    assert found == [
        (
            "Institute for the Study of War",
            "indirect",
            "the offensive is likely to slow in the coming weeks",
        )
    ]


def test_implied_and_suspects_that_report_and_acknowledging_opens_a_second_statement():
    assert statements(
        "As the vote neared, Jane Doe implied he was working for the other party."
    ) == [("Jane Doe", "indirect", "he was working for the other party")]
    assert statements(
        "Jane Doe suspects that the defenders may be forced to leave the port before winter."
    ) == [("Jane Doe", "indirect", "the defenders may be forced to leave the port before winter")]
    assert statements(
        "Jane Doe also said that the envoy would travel to Vienna, acknowledging that the "
        "crisis has had a big impact on trade."
    ) == [
        ("Jane Doe", "indirect", "the envoy would travel to Vienna"),
        ("Jane Doe", "indirect", "the crisis has had a big impact on trade"),
    ]


def test_a_quotation_ending_the_clause_before_a_closing_attribution_and_its_setting_is_mixed():
    assert statements(
        "President John Roe spoke in Graz.\n"
        "The safety of the valley is increasingly “tied to that of the wider world”, he added, "
        "citing the floods."
    ) == [
        (
            "John Roe",
            "mixed",
            "The safety of the valley is increasingly “tied to that of the wider world”",
        )
    ]
    assert statements(
        "President John Roe spoke in Graz.\n"
        "The two mayors will discuss the ferry deal in August “if the visit takes place,” he "
        "said after twice announcing the visit."
    ) == [
        (
            "John Roe",
            "mixed",
            "The two mayors will discuss the ferry deal in August “if the visit takes place",
        )
    ]


def test_an_intro_saying_the_person_answers_questions_makes_the_unlabelled_qa_an_interview():
    found = statements(
        "Examplia: Watching the harm done by the floods\n\n"
        "Since the floods began, the Relief Mission has recorded serious damage. Jane Doe, who "
        "heads the Mission, knows the difficulties of the work. Back from a visit to the "
        "villages, Doe answers questions about the kinds of damage seen and whether the dams held.\n\n"
        "How do these floods compare to other places where you have worked?\n\n"
        "I would say the force of these floods has been much higher than anything I saw before.\n\n"
        "How do you gather the records?\n\n"
        "We talk to farmers. We talk to the mayors. We visit the fields to see the damage.\n"
    )
    assert found == [
        (
            "Jane Doe",
            "direct",
            "I would say the force of these floods has been much higher than anything I saw before.",
        ),
        (
            "Jane Doe",
            "direct",
            "We talk to farmers. We talk to the mayors. We visit the fields to see the damage.",
        ),
    ]


def test_a_turn_relaying_someones_words_in_a_transcript_from_its_top_keeps_the_turn_running():
    found = statements(
        "Press Call by Harbour Spokesman John Roe\n\n"
        "MODERATOR: Hello, everyone. Thanks for joining the call with Spokesman John Roe.\n\n"
        "MR. ROE: Thanks, everybody.\n\n"
        "As you all know, tomorrow is the anniversary of the flood.\n\n"
        "As the mayor said, the flood destroyed the old port.\n\n"
        "But two years later, it’s clear that we were wrong. The town has rebuilt half of what "
        "we lost.\n"
    )
    assert (
        "John Roe",
        "direct",
        "But two years later, it’s clear that we were wrong. The town has rebuilt half of what "
        "we lost.",
    ) in found


def test_a_lead_by_the_head_of_a_body_described_is_the_person_the_next_paragraph_names():
    found = statements(
        "Floods remain the top threat, warns river chief\n\n"
        "The valley’s first priority must remain the dams, as floods are the main threat to the "
        "farms until the end of the decade, the head of the country’s river defence agency has "
        "warned.\n\n"
        "In rare public remarks, John Roe, chief of River Defence, said the dams were ready.\n"
    )
    assert found == [
        (
            "John Roe",
            "indirect",
            "The valley’s first priority must remain the dams, as floods are the main threat to "
            "the farms until the end of the decade",
        ),
        ("John Roe", "indirect", "the dams were ready"),
    ]


def test_a_relative_clause_listing_bodies_between_the_subject_and_its_verb_is_skipped():
    found = statements(
        "In rare remarks, John Roe, chief of River Command, said the dams were ready. Speaking "
        "in Graz, the head of River Command, which works alongside the agencies ABC, DEF and "
        "GHI, added that storms would pose the biggest challenge from 2030."
    )
    assert found == [
        ("John Roe", "indirect", "the dams were ready"),
        ("John Roe", "indirect", "storms would pose the biggest challenge from 2030"),
    ]


def test_as_a_named_person_said_a_clause_is_that_clause_not_the_one_before():
    assert statements(
        "Prime Minister John Roe met the envoy. Among the measures agreed after the summit was "
        "a deal for ferries, as Sir John said the West stood “at a crossroads in history”."
    ) == [("John Roe", "mixed", "the West stood “at a crossroads in history”")]
    assert statements("The tax rise will hurt the farmers, as Jane Doe noted on Monday.") == [
        ("Jane Doe", "indirect", "The tax rise will hurt the farmers")
    ]


def test_stressed_how_vital_is_a_claim_and_though_between_commas_leaves_the_subject():
    assert statements(
        "Prime Minister John Roe met the envoy. The PM, though, stressed again how vital to the "
        "plan the ferries would be."
    ) == [("John Roe", "indirect", "how vital to the plan the ferries would be")]
    assert statements("Jane Doe asked how the ferries would run through the winter.") == []


def test_a_persons_report_relayed_by_a_body_after_it_stays_the_persons():
    assert statements(
        "President Jane Doe spoke by phone with the mayor. Doe said the city will send an envoy "
        "to the valley to help with the talks, the government said."
    ) == [
        ("Jane Doe", "indirect", "the city will send an envoy to the valley to help with the talks")
    ]
    # ("The Commission believes that A, official X said": X said all of it, as before.)
    assert statements(
        "The council believes that the ferries will run again in May, Mayor John Roe said."
    ) == [("John Roe", "indirect", "The council believes that the ferries will run again in May")]


def test_according_to_a_source_then_an_absolute_with_phrase_attributes_the_clause_before():
    assert statements(
        "More than 16,000 sheep have been moved to the hills since the flood, according to the "
        "Ministry of Defence of Ukraine, with many allegedly lost on the way."
    ) == [
        (
            "Ukrainian Defense Ministry",
            "indirect",
            "More than 16,000 sheep have been moved to the hills since the flood",
        )
    ]
