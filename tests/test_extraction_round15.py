"""Extraction 3.8: mechanisms found in round 15, each on sentences written here."""

import datetime as dt

from statements.extraction import extract
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()


def statements(text, published=dt.date(2024, 3, 15)):
    found = extract(text, gazetteer=GAZETTEER, published=published).statements
    return [(s.speaker, s.kind, s.text) for s in found]


def test_a_paragraph_that_lost_only_its_last_full_stop_is_prose():
    assert statements(
        "Examplia's mayor Jane Roe said two depots and a bakery were hit overnight in the "
        "strikes. She said the injured included a teenager, and crews were still fighting "
        "the fires"
    ) == [
        ("Jane Roe", "indirect", "two depots and a bakery were hit overnight in the strikes"),
        (
            "Jane Roe",
            "indirect",
            "the injured included a teenager, and crews were still fighting the fires",
        ),
    ]


def test_a_caption_without_a_full_stop_stays_a_caption():
    assert (
        statements(
            "Jane Roe speaks to reporters at the city hall of Examplia on Tuesday, May 2. She said "
            "the bridge would be rebuilt by the end of the year. (John Doe - Agency)\n\n"
            "The bridge was closed to traffic on Monday."
        )
        == []
    )


def test_an_attribution_followed_by_as_and_a_clause_of_its_own():
    assert statements(
        "Six people were killed on Monday in a strike on a school in the city of Kharkiv, "
        "Ukraine said as Moscow pressed on with its offensive for the fifth day."
    ) == [
        (
            "Government of Ukraine",
            "indirect",
            "Six people were killed on Monday in a strike on a school in the city of Kharkiv",
        )
    ]


def test_a_clause_that_goes_on_after_its_quoted_phrase_is_one_mixed_statement():
    assert statements(
        "Ukrainian lawmaker Jane Roe spent the night in a metro station with her daughter.\n\n"
        "She told a radio station the mood was “quiet and defiant” compared with the panic "
        "people felt in the first weeks."
    ) == [
        (
            "Jane Roe",
            "mixed",
            "the mood was “quiet and defiant” compared with the panic people felt in the first weeks",
        )
    ]


def test_shared_that_reports_a_clause():
    assert statements(
        "Kharkiv governor Oleh Syniehubov shared that a fire broke out at a depot."
    ) == [("Oleh Syniehubov", "indirect", "a fire broke out at a depot")]


def test_the_centre_is_the_body_that_acted_last_not_its_object():
    assert statements(
        "Ukraine's co-ordination centre for the treatment of prisoners of war thanked the Red "
        "Cross for its help. The centre said the men came from four regions.\n"
        "“We will name every one of them,” the centre said in a statement."
    ) == [
        (
            "Coordination Headquarters for the Treatment of Prisoners of War",
            "indirect",
            "the men came from four regions",
        ),
        (
            "Coordination Headquarters for the Treatment of Prisoners of War",
            "direct",
            "We will name every one of them,",
        ),
    ]


def test_the_agency_is_the_body_named_before_under_another_noun():
    assert statements(
        "The State Emergency Service of Ukraine rejected the claims. “The rescue work goes on "
        "day and night,” the agency said."
    ) == [
        ("State Emergency Service of Ukraine", "direct", "The rescue work goes on day and night,")
    ]


def test_a_regional_administration_by_its_older_name_is_the_military_administration():
    assert statements(
        "Eleven people died in the strike, the Odessa regional administration said in a statement."
    ) == [
        ("Odesa Regional Military Administration", "indirect", "Eleven people died in the strike")
    ]


def test_dash_quotations_with_an_inverted_attribution_and_a_continuation():
    assert statements(
        "According to Pushilin, the shelling went on all night.\n\n"
        "– Our units advance, but slower than we hoped, – said Pushilin. – This is the "
        "northern direction. We want to push them back far from the city.\n\n"
        "-Kyiv keeps shelling the suburbs, Pushilin said. – It gives such orders every day."
    ) == [
        ("Denis Pushilin", "indirect", "the shelling went on all night"),
        ("Denis Pushilin", "direct", "Our units advance, but slower than we hoped,"),
        (
            "Denis Pushilin",
            "direct",
            "This is the northern direction. We want to push them back far from the city.",
        ),
        ("Denis Pushilin", "direct", "Kyiv keeps shelling the suburbs"),
        ("Denis Pushilin", "direct", "It gives such orders every day."),
    ]


def test_a_plural_noun_before_a_modal_is_no_reporting_verb():
    assert statements(
        "Frontline reports could not be independently verified.\n\n"
        "Examplia's officials said the bridge was closed on Monday."
    ) == [("Examplia's officials", "indirect", "the bridge was closed on Monday")]


def test_a_teaser_above_a_read_more_button_is_junk():
    assert statements(
        "Governor Oleh Syniehubov said the shelling went on all night in the villages.\n\n"
        "Examplia to send tanksPrime Minister Jane Roe promises to provide tanks to Ukraine, "
        "amid renewed attacks.\n"
        "Read more »\n"
    ) == [("Oleh Syniehubov", "indirect", "the shelling went on all night in the villages")]


def test_a_lead_spokesman_described_by_body_is_the_one_named_next():
    assert statements(
        "KYIV, Ukraine — Ukraine has damaged a fifth of the enemy's landing ships this year, "
        "the navy spokesman said Tuesday.\n\n"
        "Ukraine’s Navy spokesman Dmytro Pletenchuk said the fleet had moved east."
    ) == [
        (
            "Dmytro Pletenchuk",
            "indirect",
            "Ukraine has damaged a fifth of the enemy's landing ships this year",
        ),
        ("Dmytro Pletenchuk", "indirect", "the fleet had moved east"),
    ]


def test_he_added_is_the_quotations_speaker_not_the_one_his_aside_cites():
    assert statements(
        "“We see some sober voices in Washington,” Lavrov said, apparently alluding to US "
        "President Joe Biden’s words that the US will not send Kyiv “long-range rockets.”\n\n"
        "He added that Moscow had made its position clear many times."
    ) == [
        ("Sergei Lavrov", "direct", "We see some sober voices in Washington,"),
        ("Joe Biden", "mixed", "the US will not send Kyiv “long-range rockets.”"),
        ("Sergei Lavrov", "indirect", "Moscow had made its position clear many times"),
    ]


def test_the_border_guard_service_and_the_dpr_security_ministry_are_known():
    assert statements(
        "Two groups were detained near the border, the DPR Ministry of State Security (MGB) "
        "announced Saturday. The shelling was a provocation, the Ukrainian Border Guard "
        "Service said in a statement."
    ) == [
        ("DPR Ministry of State Security", "indirect", "Two groups were detained near the border"),
        ("State Border Guard Service of Ukraine", "indirect", "The shelling was a provocation"),
    ]


def test_expressed_that_reports_a_clause_and_an_ad_label_ends_no_paragraph():
    assert statements(
        "The depot was hit on Sunday, injuring four workers, Denis Pushilin, the "
        "Russia-installed head of the Donetsk region, said in a statement. Advertisement\n\n"
        "Peskov expressed that Moscow would reach every goal it had set."
    ) == [
        ("Denis Pushilin", "indirect", "The depot was hit on Sunday, injuring four workers"),
        ("Dmitry Peskov", "indirect", "Moscow would reach every goal it had set"),
    ]


def test_a_pronoun_after_a_run_of_sentences_opening_with_it_is_their_subject():
    assert statements(
        "Antonio Guterres, the head of the United Nations, is in Ankara today. He will meet "
        "both the Turkish foreign minister and Recep Tayyip Erdogan. First, he spoke to the "
        "minister about the grain corridor.\n\n"
        "“We want the ships to sail again as soon as possible”, he told the minister."
    ) == [
        ("António Guterres", "direct", "We want the ships to sail again as soon as possible"),
    ]


def test_according_to_his_forecasts_is_his():
    assert statements(
        "About 500 people leave the town every day, said Serhiy Dobryak, head of the town's "
        "military administration. According to his forecasts, trains will run for two more weeks."
    ) == [
        ("Serhiy Dobriak", "indirect", "About 500 people leave the town every day"),
        ("Serhiy Dobriak", "indirect", "trains will run for two more weeks"),
    ]


def test_the_citys_acting_mayor_is_the_gazetteers_acting_mayor():
    assert statements(
        "Russian strikes on Sumy killed more than 20 people, the city’s acting mayor said.",
        published=dt.date(2025, 4, 14),
    ) == [("Artem Kobzar", "indirect", "Russian strikes on Sumy killed more than 20 people")]


def test_a_surname_alone_is_the_gazetteer_person_the_headline_names():
    assert statements(
        "The south will hold, – governor Vitaliy Kim\n\n"
        "Kim insisted that the city had enough water for the winter.",
        published=dt.date(2022, 8, 10),
    ) == [("Vitaliy Kim", "indirect", "the city had enough water for the winter")]


def test_an_apposition_naming_a_party_describes_the_person_before_it():
    assert statements(
        "Odesa mayor Hennadiy Trukhanov spoke to an agency about the city.\n\n"
        "“I serve the people who elected me,” the politician, a former member of the "
        "Party of Regions, added."
    ) == [("Hennadiy Trukhanov", "direct", "I serve the people who elected me,")]


def test_a_rights_watchdog_described_by_its_remit_is_the_body_that_spoke_before():
    assert statements(
        "Shelling of the city “may amount to war crimes,” Amnesty International said Friday.\n"
        "The London-based rights watchdog said in a statement that it had documented five "
        "attacks."
    ) == [
        ("Amnesty International", "direct", "may amount to war crimes,"),
        ("Amnesty International", "indirect", "it had documented five attacks"),
    ]


def test_was_adamant_that_and_an_adverbial_set_off_before_a_colon():
    assert statements(
        "President Volodymyr Zelensky was adamant that the city would never fall.\n\n"
        "Guterres added, in a press conference: “We must reopen the ports before winter.”"
    ) == [
        ("Volodymyr Zelensky", "indirect", "the city would never fall"),
        ("António Guterres", "direct", "We must reopen the ports before winter."),
    ]


def test_an_aside_of_time_inside_the_clause_is_no_trailing_setting():
    assert statements(
        "Jane Roe said the council meeting, held on Jan. 31, a day before the vote, was a nonissue."
    ) == [
        (
            "Jane Roe",
            "indirect",
            "the council meeting, held on Jan. 31, a day before the vote, was a nonissue",
        )
    ]


def test_a_region_named_in_capitals_is_a_place_not_a_person():
    assert statements(
        "General Valery Gerasimov listed two escalations. One was the raid into Russia’s "
        "Belgorod Region in May. The other was the supply of long-range missiles, he added.",
        published=dt.date(2024, 12, 18),
    ) == [
        ("Valery Gerasimov", "indirect", "The other was the supply of long-range missiles"),
    ]


def test_surname_labels_after_full_name_labels_are_turns_too():
    assert statements(
        "Jane Roe: Good evening, minister. Thank you for your time.\n\n"
        "Dmytro Kuleba: It's my pleasure.\n\n"
        "Roe: Is the gas cut a technical problem? Or is it an act of war?\n\n"
        "Kuleba: For decades Russia used gas as a weapon. It should not come as a surprise.\n\n"
        "Roe: Will the sanctions hold?\n\n"
        "Kuleba: Europe will not bend to the pressure of Russia.",
        published=dt.date(2022, 7, 20),
    ) == [
        ("Dmytro Kuleba", "direct", "It's my pleasure."),
        (
            "Dmytro Kuleba",
            "direct",
            "For decades Russia used gas as a weapon. It should not come as a surprise.",
        ),
        ("Dmytro Kuleba", "direct", "Europe will not bend to the pressure of Russia."),
    ]


def test_in_an_interview_with_a_capital_opens_an_unlabelled_interview():
    assert statements(
        "Andriy Melnyk's country is at war. In an interview, the ambassador talks about the "
        "mistakes that made the war possible.\n\n"
        "Mr. Ambassador, what does a day of war look like for you?\n\n"
        "My days cannot be planned at the moment, everything keeps changing.\n\n"
        "How do you work with the capital?\n\n"
        "There are video calls with our other ambassadors every morning.",
        published=dt.date(2022, 5, 10),
    ) == [
        (
            "Andriy Melnyk",
            "direct",
            "My days cannot be planned at the moment, everything keeps changing.",
        ),
        (
            "Andriy Melnyk",
            "direct",
            "There are video calls with our other ambassadors every morning.",
        ),
    ]


def test_in_an_interview_with_an_outlet_then_the_pronoun_without_a_comma():
    assert statements(
        "Oleh Syniehubov, the governor, toured the city on Monday.\n\n"
        "In an interview with an agency he said that the hardest fighting is near the border:\n\n"
        "“Now the main thing is to stop the enemy. The front line is stable.”",
        published=dt.date(2024, 6, 10),
    ) == [
        ("Oleh Syniehubov", "indirect", "the hardest fighting is near the border"),
        (
            "Oleh Syniehubov",
            "direct",
            "Now the main thing is to stop the enemy. The front line is stable.",
        ),
    ]


def test_a_question_with_the_interviewers_remark_after_it_is_still_a_question():
    assert statements(
        "In an interview, the ambassador Andriy Melnyk talks about the war.\n\n"
        "What does a day look like for you?\n\n"
        "My days cannot be planned at the moment, everything keeps changing.\n\n"
        "How do you work with the capital?\n\n"
        "There are video calls with our other ambassadors every morning.\n\n"
        "Are you also talking about your role? There is no shortage of criticism.\n\n"
        "As an ambassador, I must defend the interests of my country.",
        published=dt.date(2022, 5, 10),
    ) == [
        (
            "Andriy Melnyk",
            "direct",
            "My days cannot be planned at the moment, everything keeps changing.",
        ),
        (
            "Andriy Melnyk",
            "direct",
            "There are video calls with our other ambassadors every morning.",
        ),
        ("Andriy Melnyk", "direct", "As an ambassador, I must defend the interests of my country."),
    ]


def test_a_name_then_its_chair_title_is_the_name():
    assert statements(
        "Oleksandr Merezhko, Chair of the Committee on Foreign Policy, told a newspaper that "
        "his country needs weapons first.",
        published=dt.date(2022, 4, 1),
    ) == [("Oleksandr Merezhko", "indirect", "his country needs weapons first")]


def test_its_finance_minister_is_the_countrys_named_before():
    assert statements(
        "While the war goes on in Ukraine, its finance minister says he sees the first signs "
        "of recovery.",
        published=dt.date(2022, 10, 1),
    ) == [("Serhiy Marchenko", "indirect", "he sees the first signs of recovery")]


def test_the_british_minister_is_the_minister_named_not_the_prime_minister():
    assert statements(
        "UK Defence Secretary Ben Wallace has claimed Putin is trapped in a cage of his own.\n"
        "On Friday, the British minister said Russia's army was exhausted.",
        published=dt.date(2022, 4, 1),
    ) == [
        ("Ben Wallace", "indirect", "Putin is trapped in a cage of his own"),
        ("Ben Wallace", "indirect", "Russia's army was exhausted"),
    ]


def test_a_connective_and_a_day_before_the_subject():
    assert statements(
        "Meanwhile, on Friday the Russian Ministry of Defence claims that Kyiv lost 40 tanks.",
        published=dt.date(2023, 1, 13),
    ) == [("Russian Defense Ministry", "indirect", "Kyiv lost 40 tanks")]


def test_he_after_a_soldier_named_by_his_call_sign():
    assert statements(
        "A third soldier, nicknamed Falcon, has held the line since the spring.\n"
        "He warned that the unit needs more drones.",
        published=dt.date(2023, 10, 20),
    ) == [("Falcon", "indirect", "the unit needs more drones")]


def test_a_shows_title_in_quotation_marks_is_no_quotation():
    assert statements(
        "In an interview on CBS’ “Face the Nation,” Oksana Markarova, the Ukrainian envoy, "
        "said the two allies “see the threat the same way.”",
        published=dt.date(2022, 1, 30),
    ) == [("Oksana Markarova", "mixed", "the two allies “see the threat the same way.”")]


def test_a_one_word_answer_with_its_tag_is_a_statement():
    assert statements(
        "Peskov spoke to reporters. “No,” Peskov replied on Friday when asked if the Kremlin "
        "had talked to him.",
        published=dt.date(2022, 4, 15),
    ) == [("Dmitry Peskov", "direct", "No,")]


def test_a_subject_in_commas_before_has_said_and_its_comma_is_no_statement():
    # (4.5: the clause after the verb's comma is the statement, as the gold of set AW has it.)
    assert statements(
        "The defence attaché of the embassy, Colonel Jane Roe, has said, in spite of the "
        "attacks, the country will surely win.",
        published=dt.date(2022, 5, 13),
    ) == [("Jane Roe", "indirect", "in spite of the attacks, the country will surely win")]


def test_a_radio_interviews_topic_lines_stand_in_for_questions():
    assert statements(
        "Former US ambassador Marie Yovanovitch was interviewed by a radio host this week.\n\n"
        "On what she hears from friends in Kyiv:\n\n"
        "I hear their anger, and their resolve that they are going to win.\n\n"
        "On the country's leadership:\n\n"
        "They are led by a president who has really met his moment.",
        published=dt.date(2022, 3, 3),
    ) == [
        (
            "Marie Yovanovitch",
            "direct",
            "I hear their anger, and their resolve that they are going to win.",
        ),
        (
            "Marie Yovanovitch",
            "direct",
            "They are led by a president who has really met his moment.",
        ),
    ]


def test_a_sites_today_line_is_no_publication_date():
    found = extract(
        "Today: Friday, January 24, 2025\n\n"
        "Ukraine's finance minister says recovery has begun\n\n"
        "May 13, 2022\n\n"
        "Serhiy Marchenko said the economy had begun to recover.",
        gazetteer=GAZETTEER,
    )
    assert (found.published, found.published_evidence) == (
        dt.date(2022, 5, 13),
        "header: 'May 13, 2022'",
    )
