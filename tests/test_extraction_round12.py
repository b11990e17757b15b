"""Extraction 3.4: mechanisms found in round 12, each on sentences written here."""

import datetime as dt

from statements.extraction import extract
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()


def statements(text):
    found = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 15)).statements
    return [(s.speaker, s.kind, s.text) for s in found]


def test_an_interviewers_question_first_in_the_article_loses_no_paragraph(caplog):
    # The question's report is refused; that once crashed the paragraph (IndexError, logged),
    # losing the answer written in the same paragraph.
    found = statements(
        "Q: Do you still believe that the bridge will reopen before winter?\n"
        "A: The engineers told me the repairs will take three more months."
    )
    assert "extraction failed" not in caplog.text
    assert found == []


def test_an_adverb_between_commas_after_adding_opens_a_second_report():
    assert statements(
        "The Kremlin said on Monday that Moscow was ready for more talks, adding, however, "
        "that the two drafts remain far apart."
    ) == [
        ("Kremlin", "indirect", "Moscow was ready for more talks"),
        ("Kremlin", "indirect", "the two drafts remain far apart"),
    ]


def test_exists_is_a_clause_verb_and_an_accusation_ends_the_report():
    assert statements(
        "Jane Roe said grave danger exists from flooding of the valley, accusing Kyiv of "
        "planning to blow up a dam and saying that water will be released."
    ) == [
        ("Jane Roe", "indirect", "grave danger exists from flooding of the valley"),
        ("Jane Roe", "indirect", "water will be released"),
    ]


def test_acting_before_a_title_after_a_comma_is_no_participle_phrase():
    assert statements(
        "On Monday, acting governor Alexei Smirnov said that all residents are being moved."
    ) == [("Alexei Smirnov", "indirect", "all residents are being moved")]


def test_a_distance_after_a_closed_quotation_is_the_narrators_geography():
    assert statements(
        "MOSCOW: The Russian defence ministry said its troops “took the hamlet of Lypove”, "
        "around 30 kilometres (18 miles) north of the city."
    ) == [("Russian Defense Ministry", "mixed", "its troops “took the hamlet of Lypove”")]


def test_a_distance_inside_an_unquoted_report_stays():
    assert statements(
        "The Romanian Defense Ministry said it had found drone debris on an island, some 20 "
        "kilometers from the border."
    ) == [
        (
            "Romanian Defense Ministry",
            "indirect",
            "it had found drone debris on an island, some 20 kilometers from the border",
        )
    ]


def test_holds_that_reports_a_position():
    assert statements(
        "The Russian Foreign Ministry holds that the talks should resume in Geneva."
    ) == [("Russian Foreign Ministry", "indirect", "the talks should resume in Geneva")]


def test_an_age_inside_a_role_description_does_not_hide_the_role():
    assert (
        statements(
            "Putin spoke on Friday. The answer, the 71-year-old Kremlin chief said, would be "
            "to shoot the missiles down."
        )[0][0]
        == "Vladimir Putin"
    )


def test_an_agency_reporting_after_a_quotation_its_speaker_introduced_only_relays_it():
    found = extract(
        "Dmitry Peskov spoke on Friday. Asked about the bridge, the spokesman said, “The "
        "West is silent. That is nothing new,” TASS reported.",
        gazetteer=GAZETTEER,
        published=dt.date(2024, 3, 15),
    ).statements
    assert [(s.speaker, s.via, s.text) for s in found] == [
        ("Dmitry Peskov", "TASS", "The West is silent. That is nothing new,")
    ]


def test_a_country_adjective_finds_an_office_holder_whose_role_names_no_country():
    assert statements(
        "The Russian Security Council's deputy chairman said the West is tired of Kyiv."
    ) == [("Dmitry Medvedev", "indirect", "the West is tired of Kyiv")]
    assert statements("The West is weary, said Russia's Security Council deputy chairman.") == [
        ("Dmitry Medvedev", "indirect", "The West is weary")
    ]


def test_an_interviewers_labelled_question_relays_no_statement_and_runs_on():
    assert statements(
        "Sergey Lavrov: Thank you for having me.\n\n"
        "Question: I think you would agree with what the chancellor said about the risks. "
        "We must keep that in mind.\n\n"
        "A historian at Yale said that the crisis is as grave as in 1962. How real is it?\n\n"
        "Sergey Lavrov: Russia is already doing a great deal to calm it."
    ) == [("Sergei Lavrov", "direct", "Russia is already doing a great deal to calm it.")]


def test_british_honorifics_are_titles():
    assert statements("City council leader Cllr Jane Roe said the hall would house families.") == [
        ("Jane Roe", "indirect", "the hall would house families")
    ]
    assert statements("However, Lord Smithson argued that Britain must help Poland first.") == [
        ("Lord Smithson", "indirect", "Britain must help Poland first")
    ]


def test_doubled_typographic_apostrophes_close_a_quotation():
    assert statements(
        "Jaishankar spoke on Friday. ‘‘Appreciate the call from Blinken,’’ he said in a post."
    ) == [("Subrahmanyam Jaishankar", "direct", "Appreciate the call from Blinken,")]


def test_but_pledged_that_is_a_second_report_of_the_same_subject():
    assert statements(
        "Zelensky said there was no formal deal on a truce but pledged that Ukraine would "
        "hold its fire."
    ) == [
        ("Volodymyr Zelensky", "indirect", "there was no formal deal on a truce"),
        ("Volodymyr Zelensky", "indirect", "Ukraine would hold its fire"),
    ]


def test_a_named_subject_in_a_document_reports_and_the_documents_participle_does_not():
    assert statements(
        "Prigozhin spoke on Thursday. Prigozhin in the clip claimed that the unit had lost "
        "many men."
    ) == [("Yevgeny Prigozhin", "indirect", "the unit had lost many men")]
    assert statements("Russia in a statement posted on Telegram said the port was shut.") == [
        ("Russian government", "indirect", "the port was shut")
    ]


def test_a_documents_verb_in_a_relative_clause_gives_way_to_the_speakers():
    assert statements(
        "In a video that was posted on Thursday, Wagner chief Yevgeny Prigozhin said in "
        'Russian: "We have a third of the shells we need!"'
    ) == [("Yevgeny Prigozhin", "direct", "We have a third of the shells we need!")]


def test_a_concession_can_open_the_reported_clause():
    assert statements(
        "Zelensky said although the troops are giving everything, nobody can tell how long "
        "the war will go on."
    ) == [
        (
            "Volodymyr Zelensky",
            "indirect",
            "although the troops are giving everything, nobody can tell how long the war will "
            "go on",
        )
    ]


def test_a_quotation_signed_by_a_name_and_a_title_on_the_next_line():
    assert statements(
        '"The people of the city have faced months of shelling that killed many."\n\n'
        "Jane Roe, Examplia Watch’s Senior Crisis Adviser"
    ) == [
        (
            "Jane Roe",
            "direct",
            "The people of the city have faced months of shelling that killed many.",
        )
    ]


def test_a_relative_clause_on_the_subjects_place_names_no_speaker():
    assert (
        statements(
            "A top official in the Kursk region of Russia that borders Ukraine said Thursday "
            "that fighting goes on."
        )[0][0]
        is None
    )


def test_what_the_speaker_called_it_is_the_narrators_relative_clause():
    assert statements(
        "Jane Roe told television that the crews had downed a drone which she described as "
        "the costliest in the arsenal."
    ) == [("Jane Roe", "indirect", "the crews had downed a drone")]


def test_confirming_that_after_a_report_is_a_second_report():
    assert statements(
        "Peskov noted that it was a hypothetical statement, confirming that there are no "
        "such plans."
    ) == [
        ("Dmitry Peskov", "indirect", "it was a hypothetical statement"),
        ("Dmitry Peskov", "indirect", "there are no such plans"),
    ]


def test_a_nominal_report_in_an_opening_participle_phrase_ends_at_its_comma():
    assert statements(
        "Commenting on remarks by US President Donald Trump that he would send envoys, "
        "Peskov noted that it was a hypothetical statement."
    ) == [
        ("Donald Trump", "indirect", "he would send envoys"),
        ("Dmitry Peskov", "indirect", "it was a hypothetical statement"),
    ]


def test_a_quotation_that_is_the_whole_clause_ends_before_the_narrators_as():
    assert statements(
        "Prime Minister Keir Starmer warned that “the Kremlin cannot be trusted” as Moscow "
        "keeps delaying the talks."
    ) == [("Keir Starmer", "mixed", "“the Kremlin cannot be trusted”")]


def test_an_office_with_its_capitalised_remit_is_its_holder_not_a_name():
    assert statements(
        "The Russian Commissioner for Human Rights has accused Kyiv of stalling, warning that "
        "the swaps are losing their effect."
    ) == [
        ("Tatyana Moskalkova", "indirect", "accused Kyiv of stalling"),
        ("Tatyana Moskalkova", "indirect", "the swaps are losing their effect"),
    ]


def test_the_head_of_a_countrys_government_is_its_head_of_government():
    assert statements(
        "The head of the Slovak government promised that he would work with the Commission "
        "for three more days."
    ) == [
        (
            "Robert Fico",
            "indirect",
            "he would work with the Commission for three more days",
        )
    ]


def test_a_labelled_turn_asking_you_a_question_is_no_statement():
    assert statements(
        "Vladimir Putin: It will be on my part, I promise.\n\n"
        "Jane Roe: On our part as well.\n\n"
        "Vladimir Putin: Excellent.\n\n"
        "Jane Roe: You have said more than once that all the goals will be met. Have they "
        "changed?\n\n"
        "Vladimir Putin: No, they are changing with the situation."
    ) == [
        ("Vladimir Putin", "direct", "It will be on my part, I promise."),
        ("Vladimir Putin", "direct", "No, they are changing with the situation."),
    ]


def test_a_speech_under_its_speakers_name_and_a_salutation_is_the_speakers():
    found = statements(
        "Skip to content\n\nOlaf Scholz\n\nGerman chancellor\n\n"
        "A note on the speech, written by the archive in its own words.\n\n"
        "Madam President,\nDistinguished colleagues,\n"
        "The attack on our neighbour marks a turning point for the continent.\n"
        "We will stand by the people under fire.\n"
        "That is our duty."
    )
    assert found[:2] == [
        (
            "Olaf Scholz",
            "direct",
            "The attack on our neighbour marks a turning point for the continent.",
        ),
        ("Olaf Scholz", "direct", "We will stand by the people under fire."),
    ]


def test_highlights_from_a_ministers_statements_are_his():
    found = statements(
        "The minister spoke after the meeting in Antalya.\n\n"
        "Highlights from Minister Sergei Lavrov’s statements;\n\n"
        "We are working to stop the fighting and to bring the sides together.\n\n"
        "Both sides wanted the talks to be held here."
    )
    assert [(s, t) for s, _, t in found] == [
        ("Sergei Lavrov", "We are working to stop the fighting and to bring the sides together."),
        ("Sergei Lavrov", "Both sides wanted the talks to be held here."),
    ]


def test_a_label_of_a_name_and_its_title_after_a_comma_opens_a_speech():
    assert statements(
        "Opening Remarks\n\n"
        "Mr. Jane Roe, Minister for Foreign Affairs: On hearing the news, I summoned the "
        "ambassador.\n\n"
        "It is deeply regrettable that the border was crossed."
    ) == [
        ("Jane Roe", "direct", "On hearing the news, I summoned the ambassador."),
        ("Jane Roe", "direct", "It is deeply regrettable that the border was crossed."),
    ]


def test_a_quotation_under_a_write_ups_topic_line_is_the_interviewees_answer():
    assert statements(
        "The defence minister Boris Pistorius gave an interview in Kyiv on Tuesday.\n\n"
        "► the risk of the tanks arriving late:\n\n"
        "“We must do everything to prevent that. That is what counts.”\n\n"
        "► a year of war:\n\n"
        "“It is a brutal war of attrition.”"
    )[-2:] == [
        (
            "Boris Pistorius",
            "direct",
            "We must do everything to prevent that. That is what counts.",
        ),
        ("Boris Pistorius", "direct", "It is a brutal war of attrition."),
    ]


def test_the_answer_under_a_line_saying_someone_was_asked_is_theirs():
    assert statements(
        "President Tokayev was asked about relations with Russia, as reported by the press "
        "service.\n\n"
        '"Indeed, our two countries share a very long border. We have traditions of '
        'cooperation."'
    ) == [
        (
            "Kassym-Jomart Tokayev",
            "direct",
            "Indeed, our two countries share a very long border. We have traditions of "
            "cooperation.",
        )
    ]


def test_a_speech_heading_with_a_topic_before_its_colon_is_no_transcript_label():
    found = statements(
        "Eastern Partnership: Speech by High Representative Josep Borrell at the plenary\n\n"
        "Eastern Partnership: Speech by High Representative Josep Borrell at the plenary\n\n"
        "Madam Chair, Honourable Members,\n\n"
        "The war has changed the security landscape of our continent.\n\n"
        "We will keep supporting our partners."
    )
    assert found == [
        ("Josep Borrell", "direct", "The war has changed the security landscape of our continent."),
        ("Josep Borrell", "direct", "We will keep supporting our partners."),
    ]
