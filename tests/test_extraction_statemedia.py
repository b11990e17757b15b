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
        ActorEntry(
            "Ivan Sorin",
            affiliation="Russia",
            role="Deputy foreign minister of Russia",
            aliases=("Sorin",),
        ),
        ActorEntry(
            "Anton Lebedev",
            affiliation="Russia",
            role="Foreign Minister of Russia",
            aliases=("Lebedev",),
        ),
        ActorEntry(
            "Pyotr Belov",
            affiliation="Russia",
            role="Defence Minister of Russia",
            aliases=("Belov",),
        ),
        ActorEntry(
            "Semyon Glebov",
            affiliation="Russia",
            role="Russia's ambassador to the United States",
            aliases=("Glebov",),
        ),
        ActorEntry("Lev Korov", role="Chairman of the Grand Assembly", aliases=("Korov",)),
        ActorEntry(
            "Nadia Vetrova",
            affiliation="Russia",
            role="Russia's permanent representative to the international organisations in Vienna",
            aliases=("Vetrova",),
        ),
        ActorEntry(
            "Roman Fedin",
            affiliation="Russia",
            role="Kremlin spokesman",
            description="Press secretary of the President of Russia.",
            aliases=("Fedin",),
        ),
        ActorEntry("Government of Russia", kind="state", affiliation="Russia"),
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


def test_a_state_sure_of_a_claim_then_this_was_stated_by_x_makes_the_claim_xs():
    # "Russia is sure that A. This was stated by X": the state's view, which X gave.
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Irina Lapina", role="Foreign Ministry spokeswoman", aliases=("Lapina",)),
            ActorEntry("Government of Russia", kind="state", aliases=("Russia",)),
        )
    )
    text = (
        "Russia is sure that the border raids are planned abroad. "
        "This was stated by Foreign Ministry spokeswoman Irina Lapina on state television."
    )
    result = extract(text, gazetteer=gazetteer, published=MONDAY)
    assert [(s.speaker, s.kind, s.text) for s in result.statements] == [
        ("Irina Lapina", "indirect", "Russia is sure that the border raids are planned abroad")
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


def test_this_was_stated_after_an_outlet_points_back_to_the_whole_paragraph_before():
    assert found(
        "Border villages will be evacuated if the shelling goes on. Buses are already waiting "
        "in the regional centre.\n\n"
        "According to Lomov Radio, this was stated by the governor of the region Pavel Zorin."
    ) == [
        (
            "Pavel Zorin",
            "indirect",
            "Border villages will be evacuated if the shelling goes on. Buses are already waiting "
            "in the regional centre",
        )
    ]


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


def test_an_agency_after_a_quotation_closing_with_its_comma_is_cut():
    # the comma inside the closing mark: '"...," TASS reports.'
    assert found(
        'Zorin said the ferries stopped running, and that crews were sent ashore "for their '
        'own good," TASS reports.'
    ) == [
        ("Pavel Zorin", "indirect", "the ferries stopped running"),
        ("Pavel Zorin", "mixed", 'crews were sent ashore "for their own good,"'),
    ]


# --- "the head of the region", "the Assembly speaker": the office holder spoken of ----------


def test_the_head_of_the_region_is_the_governor_just_quoted():
    assert found(
        "Governor Pavel Zorin said the night in the border district was restless. "
        "The head of the region added that there was no information about casualties."
    ) == [
        ("Pavel Zorin", "indirect", "the night in the border district was restless"),
        ("Pavel Zorin", "indirect", "there was no information about casualties"),
    ]


@pytest.mark.parametrize("department", ["defense department", "military department"])
def test_the_head_of_a_described_ministry_is_its_minister_just_named(department):
    assert found(
        "The army lost 90 tanks, Defence Minister Pyotr Belov said at a board meeting.\n\n"
        f"According to the head of the {department}, the army also lost 12 aircraft."
    ) == [
        ("Pyotr Belov", "indirect", "The army lost 90 tanks"),
        ("Pyotr Belov", "indirect", "the army also lost 12 aircraft"),
    ]


def test_the_head_of_a_described_ministry_nobody_holds_is_not_guessed():
    assert found("According to the head of the defense department, the army lost 12 aircraft.") == [
        (None, "indirect", "the army lost 12 aircraft"),
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


def test_pointed_out_at_a_press_conference_is_the_setting_not_a_statement():
    assert found(
        "Moscow sees no chance for direct contacts with the other side, Oleg Rudnev said. "
        '"We welcome proposals from other countries," he pointed out at a press conference '
        "dedicated to preparations for a summit."
    ) == [
        (
            "Oleg Rudnev",
            "indirect",
            "Moscow sees no chance for direct contacts with the other side",
        ),
        ("Oleg Rudnev", "direct", "We welcome proposals from other countries,"),
    ]


# --- a role the lead leaves unnamed, named in the next paragraph ---------------------------


def test_a_capitalised_title_in_the_lead_is_the_person_named_next():
    assert [
        (s.speaker, s.speaker_mention)
        for s in run(
            "The Russian Deputy Foreign Minister has said that the raid ended any chance of "
            "talks.\n\nDuring a meeting with the envoy, Ivan Sorin said that the raid was "
            "barbaric."
        ).statements
    ] == [
        ("Ivan Sorin", "The Russian Deputy Foreign Minister"),
        ("Ivan Sorin", "Ivan Sorin"),
    ]


def test_a_countrys_ambassador_to_a_capital_in_the_lead_is_the_person_named_next():
    assert [
        (s.speaker, s.speaker_mention)
        for s in run(
            "Russia's ambassador to Washington says U.S. authorities tried to persuade him to "
            "defect.\n\nSpeaking to state TV on Wednesday, Semyon Glebov said the agency was "
            "encouraging defections among diplomats."
        ).statements
    ] == [
        ("Semyon Glebov", "Russia's ambassador to Washington"),
        ("Semyon Glebov", "Semyon Glebov"),
    ]


# --- a ministry's press conference transcript: questions labelled with the asking outlet ----


def test_outlet_labelled_questions_make_a_transcript_of_the_spokeswomans_answers():
    text = (
        "Foreign Ministry spokeswoman Irina Lapina hosted a regular press conference. Some of "
        "the transcripts are as follows:\n\n"
        "Reuters: Strong explosions hit several cities this morning. What is your comment?\n\n"
        "Irina Lapina: We have noticed the reports. We hope the situation eases soon.\n\n"
        "AFP reporter: You just said that you hope the situation eases. Are you worried?\n\n"
        "Irina Lapina: Our position is consistent. All parties should settle their "
        "differences through dialogue.\n"
    )
    assert found(text) == [
        (
            "Irina Lapina",
            "direct",
            "We have noticed the reports. We hope the situation eases soon.",
        ),
        (
            "Irina Lapina",
            "direct",
            "Our position is consistent. All parties should settle their differences through "
            "dialogue.",
        ),
    ]


# --- a ministry's pages: a statement, a briefing, an interview under their headings ---------


def test_a_statement_heading_under_the_missions_line_makes_the_page_the_speakers():
    text = (
        "Permanent Mission of Russia to the UN:\n\n"
        "Statement by Permanent Representative Nadia Vetrova at the Council briefing "
        "(Geneva, July 9, 2024)\n\n"
        "The rules are the same for everyone and have served this Council for decades.\n\n"
        "We regret that the other side cannot act on its own even in procedural matters.\n"
    )
    assert found(text) == [
        (
            "Nadia Vetrova",
            "direct",
            "The rules are the same for everyone and have served this Council for decades.",
        ),
        (
            "Nadia Vetrova",
            "direct",
            "We regret that the other side cannot act on its own even in procedural matters.",
        ),
    ]


def test_a_press_briefing_heading_with_a_long_title_makes_the_page_the_speakers():
    text = (
        "Press briefing by Permanent Representative of Russia to the International "
        "Organizations in Vienna Nadia Vetrova following the session of the Board\n\n"
        "Overall, I am satisfied with the session. We wanted to draw attention to the "
        "dangerous shelling of the plant.\n"
    )
    assert found(text) == [
        (
            "Nadia Vetrova",
            "direct",
            "Overall, I am satisfied with the session. We wanted to draw attention to the "
            "dangerous shelling of the plant.",
        )
    ]


def test_an_interview_by_heading_makes_the_unlabelled_answers_the_interviewees():
    text = (
        "Interview by Permanent Representative Nadia Vetrova to the Zvezda newspaper\n\n"
        "What is the attitude of the other side towards the safety of its plants?\n\n"
        "Its specialised bodies deal with the safety of the four plants in the usual way.\n"
    )
    assert found(text) == [
        (
            "Nadia Vetrova",
            "direct",
            "Its specialised bodies deal with the safety of the four plants in the usual way.",
        )
    ]


def test_plain_questions_answered_after_a_dash_are_an_interview():
    text = (
        "Russian envoy weighs in on relations with the West\n\n"
        "Russian envoy Nadia Vetrova\n\n"
        "The president has just visited the capital. What are the results of the trip?\n\n"
        "— We all saw a theatrical show. He came to beg for money and weapons.\n"
    )
    assert found(text) == [
        (
            "Nadia Vetrova",
            "direct",
            "We all saw a theatrical show. He came to beg for money and weapons.",
        )
    ]


def test_a_closing_mark_glued_to_said_ends_a_quotation_run_over_two_paragraphs():
    text = (
        "Governor Pavel Zorin said the village was shelled.\n\n"
        "“There is shelling of our village from across the border.\n\n"
        "There is one victim, a young man with a shrapnel wound. He is now receiving the "
        "necessary care, ”said the governor.\n"
    )
    assert found(text) == [
        ("Pavel Zorin", "indirect", "the village was shelled"),
        ("Pavel Zorin", "direct", "There is shelling of our village from across the border."),
        (
            "Pavel Zorin",
            "direct",
            "There is one victim, a young man with a shrapnel wound. He is now receiving the "
            "necessary care,",
        ),
    ]


# --- a block quotation that lost its marks, then a line that only names its speaker -------


def test_a_line_that_only_names_the_speaker_makes_the_paragraph_before_theirs():
    text = (
        "Zorin announced a partial evacuation of the district.\n\n"
        "We cannot risk the safety of people and will provide funds for travel and meals\n\n"
        "Zorin said in a statement.\n\n"
        "A temporary relocation will be organized within the region for all of them\n\n"
        "  • added the acting head of the region.\n"
    )
    assert found(text) == [
        (
            "Pavel Zorin",
            "direct",
            "We cannot risk the safety of people and will provide funds for travel and meals",
        ),
        (
            "Pavel Zorin",
            "direct",
            "A temporary relocation will be organized within the region for all of them",
        ),
    ]


# --- machine-translated copy ----------------------------------------------------------------


def test_according_to_a_name_then_another_name_is_the_sources_claim_about_the_second():
    assert found(
        "According to Rudnev, Pavel Zorin, when giving orders to shell the villages, stood on a "
        "par with terrorists."
    ) == [
        (
            "Oleg Rudnev",
            "indirect",
            "Pavel Zorin, when giving orders to shell the villages, stood on a par with terrorists",
        )
    ]


def test_a_section_label_in_capitals_is_not_part_of_the_statement():
    assert found(
        "Zorin spoke on Monday.\n\nUNDER THE RADAR – The long-term consequences of the new "
        "weapons can be very serious. This was stated by Oleg Rudnev."
    ) == [
        (
            "Oleg Rudnev",
            "indirect",
            "The long-term consequences of the new weapons can be very serious",
        )
    ]


def test_commented_on_the_words_of_someone_is_no_statement_of_the_commenter():
    assert found("Rudnev commented on the words of the governor about the evacuation.") == []


def test_the_minister_of_a_field_of_a_country_is_that_countrys_minister():
    assert [
        (s.speaker, s.speaker_mention)
        for s in run(
            "The army met on Monday. “Today, everything is going exactly to plan,” the Minister "
            "of Defence of Russia said."
        ).statements
    ] == [("Pyotr Belov", "the Minister of Defence of Russia")]


def test_an_attribution_set_off_after_an_opening_adverbial_governs_the_clause_after_it():
    assert found(
        "Rudnev spoke on Monday. In the last ten days, he specified, the army has been carrying "
        'out "furious attacks with great strength".'
    ) == [
        (
            "Oleg Rudnev",
            "mixed",
            'the army has been carrying out "furious attacks with great strength"',
        )
    ]


def test_a_two_word_place_after_in_is_not_the_person_him_refers_to():
    assert found(
        "At a press conference in New York on July 17, Foreign Minister Oleg Rudnev told what "
        "a solution might look like. According to him, the West must stop arming the other side."
    ) == [("Oleg Rudnev", "indirect", "the West must stop arming the other side")]


def test_the_press_secretary_of_the_president_of_a_country_is_that_offices_spokesman():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Ivan Petrov", role="President of Russia", affiliation="Russia", aliases=("Petrov",)
            ),
            ActorEntry(
                "Kremlin", kind="organisation", affiliation="Russia", role="Presidential office"
            ),
            ActorEntry("Oleg Sidorov", role="Kremlin spokesman", affiliation="Russia"),
            ActorEntry("Government of Russia", kind="state", aliases=("Russia",)),
        )
    )
    text = (
        "The West is not interested in peace, the press secretary of the President of Russia "
        "said. Talks are not on the agenda, the spokesman for the Russian President added."
    )
    assert [
        (s.speaker, s.text) for s in extract(text, gazetteer=gazetteer, published=MONDAY).statements
    ] == [
        ("Oleg Sidorov", "The West is not interested in peace"),
        ("Oleg Sidorov", "Talks are not on the agenda"),
    ]


def test_the_official_representative_of_a_ministry_is_its_spokeswoman():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Russian Foreign Ministry", kind="organisation", affiliation="Russia"),
            ActorEntry(
                "Irina Lapina",
                role="Russian Foreign Ministry spokeswoman",
                affiliation="Russia",
                aliases=("Lapina",),
            ),
        )
    )
    text = (
        "The West is not interested in peace, the official representative of the Russian "
        "Foreign Ministry said. Talks are off, a spokesman for the Russian Foreign Ministry said."
    )
    assert [s.speaker for s in extract(text, gazetteer=gazetteer, published=MONDAY).statements] == [
        "Irina Lapina",
        "Russian Foreign Ministry",
    ]


def test_the_head_of_the_foreign_ministry_is_the_foreign_minister_just_named():
    assert found(
        "Lebedev met his counterpart on Monday. The West is not interested in peace, the head "
        "of the Foreign Ministry noted."
    ) == [("Anton Lebedev", "indirect", "The West is not interested in peace")]


def test_an_agency_writing_with_reference_to_someone_relays_their_claim():
    assert found(
        "The enemy is regrouping near the city, writes RIA Novosti with reference to Zorin. "
        "Reserves are arriving from the north, RIA Novosti reports citing Zorin."
    ) == [
        ("Pavel Zorin", "indirect", "The enemy is regrouping near the city"),
        ("Pavel Zorin", "indirect", "Reserves are arriving from the north"),
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


# --- 2.9-ru2: Russian punctuation of quotations, translated datelines ------------------------


def test_a_dash_after_the_closing_comma_still_attributes_the_quotation():
    assert found("“The ferry timetable stays as it is until the spring”, – said Lapina.") == [
        ("Irina Lapina", "direct", "The ferry timetable stays as it is until the spring")
    ]


def test_a_quotation_interrupted_by_its_attribution_between_dashes_is_two_direct_statements():
    assert found(
        "“Our partners raise it at every meeting, – said Lebedev. – About the harbour, nobody "
        "asks. We explain the facts to them.”"
    ) == [
        ("Anton Lebedev", "direct", "Our partners raise it at every meeting"),
        (
            "Anton Lebedev",
            "direct",
            "About the harbour, nobody asks. We explain the facts to them.",
        ),
    ]


def test_this_was_announced_by_x_takes_a_sentence_whose_verb_comes_late():
    assert found(
        "The number of wounded after the overnight strike on the depot in the north of the "
        "district has grown to six. This was announced by the governor of the region Pavel Zorin "
        "in Telegram-channel."
    ) == [
        (
            "Pavel Zorin",
            "indirect",
            "The number of wounded after the overnight strike on the depot in the north of the "
            "district has grown to six",
        )
    ]


def test_quoted_as_saying_after_a_long_lowercase_title_before_a_known_name():
    assert found(
        "No more than three consular officers remain in the capital, official spokeswoman of the "
        "Foreign Ministry Irina Lapina was quoted by TASS as saying on Saturday."
    ) == [
        ("Irina Lapina", "indirect", "No more than three consular officers remain in the capital")
    ]


def test_an_agency_dateline_with_a_glued_dash_is_no_part_of_the_statement():
    assert found(
        "CAIRO, MENA- Evacuated residents receive all the help they need, Zorin said on Saturday."
    ) == [("Pavel Zorin", "indirect", "Evacuated residents receive all the help they need")]


def test_a_translated_dateline_without_its_agency_is_cut_and_dates_the_statement():
    result = run(
        "SOROKINO, June 4 A resident of the border village was wounded in the shelling, "
        "reported the governor of the region Pavel Zorin in the Telegram channel."
    )
    assert [(s.speaker, s.text, s.said_on) for s in result.statements] == [
        (
            "Pavel Zorin",
            "A resident of the border village was wounded in the shelling",
            dt.date(2023, 6, 4),
        )
    ]


def test_the_press_secretary_of_the_leader_then_the_name_is_the_press_secretary():
    assert found(
        "The press secretary of the Russian leader Roman Fedin said that the president will visit "
        "the region before the end of the year."
    ) == [
        (
            "Roman Fedin",
            "indirect",
            "the president will visit the region before the end of the year",
        )
    ]


def test_according_to_a_persons_statements_is_that_persons_claim():
    assert found(
        "Defence Minister Pyotr Belov spoke at the board. According to Belov's statements, the "
        "bridge over the canal had been repaired in three days."
    ) == [("Pyotr Belov", "indirect", "the bridge over the canal had been repaired in three days")]


def test_a_coming_date_in_the_paragraph_does_not_date_its_statements_a_year_back():
    result = run(
        "The council meeting is scheduled for June 9. “We will send a delegation to it,” "
        "Lebedev said in an interview.",
        published=MONDAY,
    )
    assert [(s.speaker, s.text, s.said_on) for s in result.statements] == [
        ("Anton Lebedev", "We will send a delegation to it,", MONDAY)
    ]


def test_x_told_a_listener_this_makes_the_sentence_before_xs():
    assert found(
        "The harvest in the district is half done. A deal has been reached that the grain will "
        "leave by rail next week. Deputy foreign minister Ivan Sorin told the channel's presenter "
        "this."
    ) == [
        (
            "Ivan Sorin",
            "indirect",
            "A deal has been reached that the grain will leave by rail next week",
        )
    ]


def test_the_separatists_are_a_group_not_their_leader_named_before():
    result = run(
        "The separatist leader Pavel Zorin left the town on Monday. The separatists claim that "
        "the bridge was mined overnight."
    )
    assert [(s.speaker, s.speaker_mention, s.text) for s in result.statements] == [
        (None, "The separatists", "the bridge was mined overnight")
    ]


def test_a_street_in_a_list_of_streets_is_no_speaker():
    result = run(
        "Windows were broken along Garden Street, Mill Street, the mayor of the city also "
        "indicated that the damage was caused by a drone."
    )
    assert [(s.speaker, s.speaker_mention, s.text) for s in result.statements] == [
        (None, "the mayor of the city", "the damage was caused by a drone")
    ]


def test_a_verb_before_its_subject_after_a_dash_closes_the_quotation():
    assert found("“Every voter came of their own free will,” — reminded Lebedev.") == [
        ("Anton Lebedev", "direct", "Every voter came of their own free will,")
    ]


def test_summed_up_before_its_subject_closes_the_quotation():
    assert found("“The schedule of the talks will not change,” summed up Lebedev.") == [
        ("Anton Lebedev", "direct", "The schedule of the talks will not change,")
    ]


def test_this_is_stated_in_the_bulletin_of_a_body_makes_the_sentence_before_its():
    assert found(
        "Over the past day, the eastern group repelled four attacks near the river crossing. "
        "This is stated in the bulletin of the Grand Assembly."
    ) == [
        (
            "Grand Assembly",
            "indirect",
            "Over the past day, the eastern group repelled four attacks near the river crossing",
        )
    ]


def test_this_was_reported_in_the_telegram_channel_of_x_makes_the_sentence_before_xs():
    assert found(
        "Two schools in the border district were damaged by shelling overnight. This was reported "
        "in the Telegram channel of the governor of the region Pavel Zorin."
    ) == [
        (
            "Pavel Zorin",
            "indirect",
            "Two schools in the border district were damaged by shelling overnight",
        )
    ]


def test_a_message_posted_to_a_channel_is_no_speaker_the_name_after_it_is():
    assert found(
        "In a message posted to his Telegram channel, Zorin emphasized the gravity of the "
        "situation, stating, “Stay in the shelters until the all-clear!”"
    ) == [("Pavel Zorin", "direct", "Stay in the shelters until the all-clear!")]


def test_a_message_posted_to_a_channel_then_said_that():
    assert found(
        "In a message posted to his Telegram channel, Zorin said that the ferry crossing would "
        "stay closed until noon."
    ) == [("Pavel Zorin", "indirect", "the ferry crossing would stay closed until noon")]


def test_reporting_that_after_a_comma_is_the_subjects_claim():
    assert found(
        "The Grand Assembly has issued a short update, reporting that its engineers have "
        "restored power to twelve villages."
    ) == [("Grand Assembly", "indirect", "its engineers have restored power to twelve villages")]


def test_i_would_say_between_commas_is_an_aside_not_an_attribution():
    assert (
        found("The harvest festival was lively, colourful and, I would say, surprisingly calm.")
        == []
    )


def test_the_statement_read_attributes_a_quotation_and_a_clause_to_the_body():
    assert found(
        "The eastern group has repaired two bridges, the Grand Assembly said on Friday. "
        '"The units have cleared 30 kilometres of road," the statement read. '
        "The crews have also restored the rail link to the port, the statement read."
    ) == [
        ("Grand Assembly", "indirect", "The eastern group has repaired two bridges"),
        ("Grand Assembly", "direct", "The units have cleared 30 kilometres of road,"),
        ("Grand Assembly", "indirect", "The crews have also restored the rail link to the port"),
    ]


def test_short_quoted_words_one_after_another_nest_inside_the_quotation():
    assert found(
        "“I told the reporter “maybe”, and you know that “maybe” is not yes. So we will keep "
        "talking”, – said Sorin."
    ) == [
        (
            "Ivan Sorin",
            "direct",
            "I told the reporter “maybe”, and you know that “maybe” is not yes. So we will keep "
            "talking",
        )
    ]


def test_the_russian_diplomat_is_not_the_american_official_just_named():
    result = run(
        "Deputy foreign minister Ivan Sorin met U.S. Deputy Secretary of State Tom Harlan on "
        "Tuesday. “The talks will go on”, – said the Russian diplomat."
    )
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Ivan Sorin", "The talks will go on")
    ]


def test_a_name_then_a_title_without_its_closing_comma_before_said():
    assert found(
        "The sooner the port reopens, the better it will be for the farmers, Ivan Sorin, First "
        "Deputy Foreign Minister of Russia said in an interview with a weekly."
    ) == [
        (
            "Ivan Sorin",
            "indirect",
            "The sooner the port reopens, the better it will be for the farmers",
        )
    ]


def test_made_a_statement_that_reports_the_clause():
    assert found(
        "Deputy Chairman of the Council Oleg Rudnev made a statement that the grain corridor "
        "would stay open through the winter."
    ) == [("Oleg Rudnev", "indirect", "the grain corridor would stay open through the winter")]


def test_an_italian_agency_dateline_is_cut_from_a_back_referenced_statement():
    result = run(
        "Turin, 2 June (Agency) – The ferry service to the island will resume next month, after "
        "the repairs. This was stated by Foreign Ministry spokeswoman Irina Lapina."
    )
    assert [(s.speaker, s.text, s.said_on) for s in result.statements] == [
        (
            "Irina Lapina",
            "The ferry service to the island will resume next month, after the repairs",
            dt.date(2023, 6, 2),
        )
    ]


def test_a_representative_of_a_minister_named_after_the_title_is_the_minister_not_the_state():
    assert found(
        "“Every voter came of their own free will,” said the representative of Russia Pyotr Belov."
    ) == [("Pyotr Belov", "direct", "Every voter came of their own free will,")]


def test_by_insisting_inside_a_reported_clause_is_that_clauses_own():
    assert found(
        "Sorin added that the council was erring by insisting that the port stay closed."
    ) == [
        ("Ivan Sorin", "indirect", "the council was erring by insisting that the port stay closed")
    ]


def test_by_insisting_after_a_new_clause_is_a_report_of_its_own():
    assert found(
        "Sorin said that the siege would last for months, although Belov answered that "
        "view by insisting that the port would open soon."
    ) == [
        ("Ivan Sorin", "indirect", "the siege would last for months"),
        ("Pyotr Belov", "indirect", "the port would open soon"),
    ]


def test_responded_by_saying_that_still_reports():
    assert found("Sorin responded by saying that the talks were over.") == [
        ("Ivan Sorin", "indirect", "the talks were over")
    ]


def test_a_bodys_acronym_before_a_new_name_is_no_part_of_the_name():
    assert found("The bridge will reopen in May, the head of NRC Igor Plotnik said on Friday.") == [
        ("Igor Plotnik", "indirect", "The bridge will reopen in May")
    ]


def test_a_long_title_with_a_bodys_lowercase_words_before_a_ranked_new_name():
    assert found(
        "The report about mines on the beach near the pier is false, the deputy chief of the "
        "militia headquarters Colonel Igor Yashko told the local information centre."
    ) == [("Igor Yashko", "indirect", "The report about mines on the beach near the pier is false")]


def test_this_was_stated_to_an_agency_by_x_makes_the_sentence_before_xs():
    text = (
        "The regime cares nothing for its own soldiers. This was stated to RIA Novosti by the "
        "official representative of the Russian Foreign Ministry, Maria Zakharova, commenting "
        "on the delayed exchange.\n"
    )
    (s,) = run(text).statements
    assert (s.speaker, s.text) == (
        "Maria Zakharova",
        "The regime cares nothing for its own soldiers",
    )


def test_this_is_the_warning_of_x_makes_the_sentence_before_xs():
    text = (
        "Longer-range rockets for the front could draw outside powers into the war. This is "
        "the warning of the Russian Foreign Minister Sergei Lavrov, speaking on a trip to Asia.\n"
    )
    (s,) = run(text).statements
    assert (s.speaker, s.text) == (
        "Sergei Lavrov",
        "Longer-range rockets for the front could draw outside powers into the war",
    )


def test_an_agency_dateline_naming_the_agency_first_and_its_reporters_after_the_day():
    # ... and "he" after a sentence whose only person is a passive's agent ("put forward by
    # X") is the one who spoke, not X.
    text = (
        "Examplia News Agency, Sorokino, June 2 (Reporter Ivan Petrov and Anna Sidorova) "
        "Governor Pavel Zorin said at a regular briefing that the envoy would visit four "
        "capitals.\n\n"
        "Zorin said that the visit showed the region stood for talks. The principles put "
        "forward by Deputy Chairman Oleg Rudnev guide the mission.\n\n"
        "He said that the region wanted calm.\n"
    )
    result = run(text)
    assert [(s.speaker, s.text, s.said_on) for s in result.statements] == [
        ("Pavel Zorin", "the envoy would visit four capitals", dt.date(2023, 6, 2)),
        ("Pavel Zorin", "the visit showed the region stood for talks", dt.date(2023, 6, 2)),
        ("Pavel Zorin", "the region wanted calm", dt.date(2023, 6, 2)),
    ]


def test_an_outlet_quotes_x_closing_the_sentence_makes_the_words_before_xs():
    # "<statement>, Examplia News quotes X." (no "as saying") and "..., TASS quotes X as saying."
    assert found("The bridge will reopen to traffic in a week, TASS quotes Zorin.") == [
        ("Pavel Zorin", "indirect", "The bridge will reopen to traffic in a week")
    ]
    assert found("The bridge will reopen to traffic in a week, TASS quotes Zorin as saying.") == [
        ("Pavel Zorin", "indirect", "The bridge will reopen to traffic in a week")
    ]


@pytest.mark.parametrize(
    ("back", "speaker"),
    [
        ("The words came from Foreign Minister Anton Lebedev.", "Anton Lebedev"),
        ("The warning came from Colonel Oleh Marchuk, a military spokesman.", "Oleh Marchuk"),
        ("Those remarks came from Lapina.", "Irina Lapina"),
    ],
)
def test_a_quotation_then_whose_words_they_came_from(back, speaker):
    # (csweep) '"…" The words came from X.': the quotation before is X's.
    text = (
        "The talks in the lakeside hotel ended late without a joint communique.\n\n"
        f"\u201cWe will not accept any deal that rewards aggression.\u201d {back}\n"
    )
    found = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 5, 9)).statements
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        (speaker, "direct", "We will not accept any deal that rewards aggression.")
    ]
    # Not a source: "The words came as ..." names when, not who.
    text = text.replace(back, "The words came as the talks ended.")
    found = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 5, 9)).statements
    assert [s.speaker for s in found] in ([], [None])


def test_a_quotation_whose_closing_mark_was_lost_ends_at_its_mid_paragraph_attribution():
    # (rlayout) '... the month., says the agency report.': the stop glued to the attribution's
    # comma marks where the lost closing mark was; the sentences after it are plain prose, and
    # "..., the organisation further points out." makes the one before it the body's.
    gazetteer = Gazetteer(
        actors=(ActorEntry("Examplian Relief Agency", kind="organisation", aliases=("ERA",)),)
    )
    text = (
        "Aid reaches the camps\n\n"
        "The Examplian Relief Agency (ERA) said on Monday that its convoys had reached the camps.\n\n"
        "\u201cTwo convoys left the depot last week. Another one is leaving today. More trips are "
        "planned before the winter., says the ERA report. The drivers handed out food and "
        "blankets to the families, the organisation further points out. The roads stay closed.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2024, 3, 15)).statements
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        ("Examplian Relief Agency", "indirect", "its convoys had reached the camps"),
        (
            "Examplian Relief Agency",
            "direct",
            "Two convoys left the depot last week. Another one is leaving today. More trips are "
            "planned before the winter.",
        ),
        ("Examplian Relief Agency", "indirect", "The drivers handed out food and blankets to the families"),
    ]  # fmt: skip


# --- words a scraper glued together, no space between them (round 11, slayout) -------------


def test_a_name_glued_to_the_next_sentences_first_word_is_the_person():
    # "Pavel ZorinThis is what he ...": the lost space (and stop) ends the name at the joint;
    # the pointer sentence hands the bare quotation paragraph after it to him.
    text = (
        "The acting head of the region, Pavel ZorinThis is what he conceded today at a session "
        "with the council chairman, Oleg Rudnevwhich is about moving nine hundred people.\n\n"
        "“The move covers three villages of the district with a population of 900 people. So "
        "far 700 of them have left.”\n\n"
        "Zorin noted that the buses would keep running until the last family had gone.\n"
    )
    assert found(text) == [
        ("Pavel Zorin", "direct", "The move covers three villages of the district with a population of 900 people. So far 700 of them have left."),
        ("Pavel Zorin", "indirect", "the buses would keep running until the last family had gone"),
    ]  # fmt: skip


def test_a_known_name_glued_to_a_function_word_still_matches():
    # "Irina LapinaFrom the ministry ...": the gazetteer's name ends where the function word is
    # glued on; the person speaks, not a new "Irina LapinaFrom".
    text = (
        "The council, joined at its session by the spokeswoman, Irina LapinaFrom the "
        "ministry, discussed the convoys.\n\n"
        "She said that the convoys would resume on Friday.\n"
    )
    assert found(text) == [("Irina Lapina", "indirect", "the convoys would resume on Friday")]


def test_a_camel_cased_word_is_not_cut_at_a_short_glued_word():
    from statements.extraction.matching import glued_joint, glued_word_at

    assert glued_joint("Pavel ZorinThis is", 0, 15) == 11
    assert glued_word_at("Oleg Rudnevwhich is", 11) == 16
    assert glued_joint("the DeepState maps", 0, 13) is None  # "State" is no function word
    assert glued_joint("a sandwich shop", 0, 10) is None  # a small-letter word, no name
