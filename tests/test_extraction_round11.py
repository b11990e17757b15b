"""Extraction 3.3: mechanisms behind misses and wrong speakers of set R (opened in round 11),
each on sentences written here."""

import datetime as dt

from statements.extraction import extract
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()


def statements(text):
    found = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 15)).statements
    return [(s.speaker, s.kind, s.text) for s in found]


def test_a_subordinate_clause_opening_the_sentence_is_not_its_subject_for_a_later_he():
    assert statements(
        "Later, as Dmitry Kuleba toured Lviv, Volodymyr Zelensky recorded a short address. "
        "He claims the northern front is stable."
    ) == [("Volodymyr Zelensky", "indirect", "the northern front is stable")]


def test_an_aside_between_dashes_inside_the_reported_clause():
    assert statements(
        "Zelensky posted a video on Monday. He says the shift in Moscow’s targets – from "
        "depots to power plants – proves that the sanctions are biting."
    ) == [
        (
            "Volodymyr Zelensky",
            "indirect",
            "the shift in Moscow’s targets – from depots to power plants – proves that the "
            "sanctions are biting",
        )
    ]


def test_a_pledge_inside_the_reported_clause_does_not_cancel_the_report():
    assert statements(
        "Peskov spoke on Friday. He added that the convoy will arrive by the weekend, as "
        "Belarus has promised to open the road."
    ) == [
        (
            "Dmitry Peskov",
            "indirect",
            "the convoy will arrive by the weekend, as Belarus has promised to open the road",
        )
    ]


def test_it_after_a_subordinate_clause_is_that_clauses_state():
    assert statements(
        "Although the Kremlin has repeatedly denied the leak, it said that a draft of the "
        "memorandum was being prepared."
    ) == [("Kremlin", "indirect", "a draft of the memorandum was being prepared")]


def test_the_clause_of_a_leading_subordinate_ends_at_its_comma():
    assert statements(
        "While Ukraine has previously turned down such terms, it stated that it would study "
        "the new draft closely."
    ) == [("Government of Ukraine", "indirect", "it would study the new draft closely")]


def test_plural_reports_from_a_body_indicate_that():
    assert statements(
        "Recent reports from the Institute for the Study of War indicate that Russian units "
        "are regrouping near Kupiansk."
    ) == [
        (
            "Institute for the Study of War",
            "indirect",
            "Russian units are regrouping near Kupiansk",
        )
    ]


def test_a_camel_case_name_written_as_two_words():
    assert statements(
        "According to the monitoring group Deep State, the village of Examplivka is now under "
        "Russian control."
    ) == [("DeepState", "indirect", "the village of Examplivka is now under Russian control")]


def test_an_outlet_citing_a_person_before_that():
    assert statements(
        "The Kommersant newspaper said earlier, citing negotiator Ivan Examplov, that the two "
        "lists differ by three hundred names."
    ) == [("Ivan Examplov", "indirect", "the two lists differ by three hundred names")]


def test_a_participle_after_a_dash_reports_without_that():
    assert statements(
        "Kyiv rejected the corridor proposal – insisting it would lead refugees into Belarus."
    ) == [("Government of Ukraine", "indirect", "it would lead refugees into Belarus")]


def test_and_says_after_a_clause_that_reports_nothing():
    assert statements(
        "Volodymyr Zelensky is working from his office in Kyiv and says he will stay in the "
        "capital."
    ) == [("Volodymyr Zelensky", "indirect", "he will stay in the capital")]


def test_a_dash_and_but_they_claim_starts_a_second_report():
    assert statements(
        "Ukraine’s military says shelling of the city went on overnight – but they claim the "
        "assault on the bridge has stalled."
    ) == [
        ("Ukrainian Armed Forces", "indirect", "shelling of the city went on overnight"),
        ("Ukrainian Armed Forces", "indirect", "the assault on the bridge has stalled"),
    ]


def test_the_un_human_rights_commission_is_the_ohchr():
    assert statements(
        "The UN Human Rights Commission said at least 400 civilians were killed in the month."
    ) == [("OHCHR", "indirect", "at least 400 civilians were killed in the month")]


def test_an_appeal_after_a_title_and_name_in_commas_is_the_named_persons():
    assert statements(
        "Ukraine’s human rights ombudsman, Dmytro Lubinets, called on Moscow to let the monitors "
        "visit the camps."
    ) == [
        (
            "Dmytro Lubinets",
            "indirect",
            "called on Moscow to let the monitors visit the camps",
        )
    ]


def test_agreed_to_a_plan_is_an_acceptance_not_a_report():
    assert (
        statements("Both Putin and Zelensky agreed to the mission that was planned in May.") == []
    )


def test_a_setting_opened_by_on_between_the_subject_and_said():
    assert statements(
        "Grossi, on his third trip to the station which has been occupied since early March "
        "2022, said that the cooling ponds are at a safe level."
    ) == [("Rafael Grossi", "indirect", "the cooling ponds are at a safe level")]


def test_a_phrase_quoted_at_the_start_of_a_clause_tagged_by_it_added():
    text = (
        "Ukraine’s air force said Russia launched a wide range of missiles overnight.\n\n"
        "“About a dozen drones” never reached the city because of “intense jamming by our "
        "crews,” it added.\n"
    )
    assert statements(text)[1:] == [
        (
            "Ukrainian Air Force",
            "mixed",
            "“About a dozen drones” never reached the city because of “intense jamming by our "
            "crews",
        )
    ]


def test_a_past_participle_set_off_by_commas_is_no_report():
    assert (
        statements(
            "The army still lacks long-range drones. The Swedish jets, pledged only last month, will "
            "not arrive before winter."
        )
        == []
    )


def test_a_royal_title_before_a_given_name_is_that_royal_not_a_surname():
    assert statements("Prince Mohammed said that the kingdom stood ready to host the talks.") == [
        ("Mohammed bin Salman", "indirect", "the kingdom stood ready to host the talks")
    ]


def test_with_a_spokeswoman_telling_journalists_a_clause():
    assert statements(
        "Beijing’s foreign ministry said the envoys met in Shanghai, with spokeswoman Jane "
        "Examplova telling reporters they “discussed the grain corridor”."
    ) == [
        ("Chinese Foreign Ministry", "indirect", "the envoys met in Shanghai"),
        ("Jane Examplova", "mixed", "they “discussed the grain corridor”"),
    ]


def test_a_surname_with_two_neighbouring_letters_swapped():
    assert statements("Erdgoan said that Ankara would host a third round in June.") == [
        ("Recep Tayyip Erdoğan", "indirect", "Ankara would host a third round in June")
    ]


def test_who_said_after_a_name_and_where_the_person_is_from():
    assert statements(
        "The monitors interviewed Olena Examplenko from the Sumy region, who said her house was "
        "shelled twice in one night."
    ) == [("Olena Examplenko", "indirect", "her house was shelled twice in one night")]


def test_a_possessive_forecast_is_that():
    assert statements(
        "Budanov’s forecast for the spring is that Moscow will try to cut the road to Kharkiv."
    ) == [("Kyrylo Budanov", "indirect", "Moscow will try to cut the road to Kharkiv")]


def test_a_relative_clauses_he_is_the_sentences_subject():
    assert statements(
        "Head of the SBU Vasyl Maliuk gave an interview to Ivan Examplov, where he confirmed "
        "for the first time that the raid on the bridge was an SBU operation."
    ) == [("Vasyl Maliuk", "indirect", "the raid on the bridge was an SBU operation")]


def test_a_participle_after_the_reported_clause_is_no_trailing_attribution():
    assert statements(
        "Yermak noted that afterwards, new rules were agreed, allowing states to sign separate "
        "deals."
    ) == [
        (
            "Andriy Yermak",
            "indirect",
            "afterwards, new rules were agreed, allowing states to sign separate deals",
        )
    ]


def test_a_capitalised_name_after_the_is_a_thing_not_a_person_he_may_mean():
    text = (
        "Yermak said that no deals exist yet.\n\n"
        "Any future deal would follow the principles outlined in the Peace Charter.\n\n"
        "“Ukraine is not negotiating with Russia,” he stressed.\n"
    )
    assert [s for s, _, _ in statements(text)] == ["Andriy Yermak", "Andriy Yermak"]


def test_a_company_title_before_the_name_is_no_part_of_it():
    assert statements(
        "Examplecorp CEO Anders Examplesen said that the group would leave Russia."
    ) == [("Anders Examplesen", "indirect", "the group would leave Russia")]


def test_a_relative_clause_without_commas_between_the_name_and_its_verb():
    text = (
        "Analyst Jane Examplova said on Monday that the front was stable. Examplova who served "
        "as head of the institute until 2019 told the BBC: “Both armies are exhausted.”"
    )
    assert statements(text) == [
        ("Jane Examplova", "indirect", "the front was stable"),
        ("Jane Examplova", "direct", "Both armies are exhausted."),
    ]


def test_states_before_a_verb_of_its_own_is_the_plural_noun():
    assert statements("Several member states are worried by the strikes on the border.") == []
    assert statements("Kallas declined to say how much the states contributed last year.") == []


def test_declaring_war_or_martial_law_is_an_act_not_a_report():
    assert (
        statements("Russia declared war on Thursday and by Friday its tanks were near the capital.")
        == []
    )
    assert statements("Zelensky declared martial law across the country within hours.") == []


def test_an_unnamed_spokesperson_is_the_one_of_several_holders_the_article_named():
    text = (
        "Chinese foreign ministry spokesperson Mao Ning on Monday said that Beijing would keep "
        "up its contacts.\n"
        "A Chinese foreign ministry spokesperson on Monday said all sides had welcomed the "
        "envoy's tour.\n"
    )
    found = extract(text, gazetteer=GAZETTEER, published=dt.date(2023, 5, 29)).statements
    assert [s.speaker for s in found] == ["Mao Ning", "Mao Ning"]


def test_the_first_day_of_a_span_does_not_date_the_paragraphs_words():
    text = (
        "On his tour from May 15 to 26, the envoy met officials in five capitals. He listened "
        "to every side, Peskov said.\n"
    )
    [found] = extract(text, gazetteer=GAZETTEER, published=dt.date(2023, 5, 29)).statements
    assert (found.speaker, found.said_on) == ("Dmitry Peskov", dt.date(2023, 5, 29))


def test_a_given_name_used_alone_after_the_full_name():
    assert statements(
        "Foreign Minister Retno Marsudi met her German counterpart on Monday. Retno said that "
        "Jakarta kept in touch with both capitals."
    ) == [("Retno Marsudi", "indirect", "Jakarta kept in touch with both capitals")]


def test_a_double_surname_whose_first_part_is_a_known_persons_misspelt_surname():
    assert statements("Mirjana Spolarich-Egger said that the visits must become regular.") == [
        ("Mirjana Spoljaric", "indirect", "the visits must become regular")
    ]


def test_a_role_subject_before_a_participle_is_the_roles_holder_not_its_body():
    assert statements(
        "The Kremlin spokesman criticised the EU ministers, saying that their sanctions had "
        "raised prices at home."
    ) == [("Dmitry Peskov", "indirect", "their sanctions had raised prices at home")]


def test_the_company_is_the_body_whose_role_calls_it_a_company():
    text = "Gazprom halted the flows on Friday. The company said that the turbine was stuck abroad."
    assert statements(text) == [("Gazprom", "indirect", "the turbine was stuck abroad")]


def test_a_relay_after_the_day_of_the_named_speakers_verb():
    assert statements(
        "Moscow sees no sign of a deal yet, Kremlin spokesperson Dmitry Peskov said on Tuesday, "
        "according to the TASS news agency."
    ) == [("Dmitry Peskov", "indirect", "Moscow sees no sign of a deal yet")]


def test_an_attribution_between_a_modal_and_its_verb():
    assert statements("It would, Lavrov said, be useful if the envoys came to Moscow first.") == [
        (
            "Sergei Lavrov",
            "indirect",
            "It would, Lavrov said, be useful if the envoys came to Moscow first",
        )
    ]


def test_a_report_then_and_continued_colon_keeps_the_report():
    text = (
        "Medinsky spoke after the round. He reported that the other side had agreed to study "
        "the plan and continued:\n"
        "“Our second idea is a short truce along the line.”\n"
    )
    assert statements(text) == [
        ("Vladimir Medinsky", "indirect", "the other side had agreed to study the plan"),
        ("Vladimir Medinsky", "direct", "Our second idea is a short truce along the line."),
    ]


def test_telling_a_listener_with_a_long_setting_then_that_is_a_second_report():
    assert statements(
        "Rutte repeated that his view of the Kremlin was unchanged, telling reporters after the "
        "summit in the Dutch capital that he did not trust Moscow."
    ) == [
        ("Mark Rutte", "indirect", "his view of the Kremlin was unchanged"),
        ("Mark Rutte", "indirect", "he did not trust Moscow"),
    ]


def test_a_role_after_as_without_a_comma_is_no_clause_boundary():
    assert statements(
        "Peskov tied the remarks to Rutte’s first months as NATO’s secretary-general, noting, "
        "“He will not answer for these words.”"
    ) == [("Dmitry Peskov", "direct", "He will not answer for these words.")]


def test_a_weekday_of_last_week_is_that_day_of_the_week_before():
    text = "Smirnov admitted on Wednesday of last week that the border villages had been lost.\n"
    [found] = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 8, 22)).statements
    assert found.said_on == dt.date(2024, 8, 14)


def test_a_short_quoted_subheading_alone_on_its_line_is_no_statement():
    text = (
        "“We will act together,” Zelensky added.\n"
        "“A shared task”\n"
        "The president met the prime minister on Wednesday.\n"
    )
    assert statements(text) == [("Volodymyr Zelensky", "direct", "We will act together,")]


def test_a_line_in_another_language_is_no_statement():
    text = (
        "The Elysee published a video of the press conference on Thursday.\n"
        "EN DIRECT | Conférence de presse à l'issue du sommet des alliés.\n"
        "Macron said the talks “must not limit the Ukrainian army”.\n"
    )
    assert statements(text) == [
        ("Emmanuel Macron", "mixed", "the talks “must not limit the Ukrainian army”")
    ]
    assert statements("Peskov said: “Мы не согласны с этим решением.”") == []


def test_a_live_blogs_section_label_is_no_speaker():
    text = (
        "Tuesday’s Coverage: Kyiv says the grid plan is ready\n"
        "Original Entry: Russia launched another wave of drones at the power plants overnight.\n"
        "Zelensky said the repairs would take weeks.\n"
    )
    assert statements(text) == [("Volodymyr Zelensky", "indirect", "the repairs would take weeks")]


def test_a_hosts_label_in_capitals_with_accents_asks():
    text = (
        "JOSÉ NÚÑEZ, HOST:\n"
        "Dmytro Kuleba was Ukraine's foreign minister. Do you see any change after the meeting?\n"
        "DMYTRO KULEBA: Well, one thing changed. The leaders avoided a quarrel this time.\n"
        "NÚÑEZ: I wanted to ask how the president did, given that the spring meeting went badly.\n"
        "KULEBA: A long road starts with one step.\n"
    )
    assert [s for s, _, _ in statements(text)] == ["Dmytro Kuleba", "Dmytro Kuleba"]


def test_a_report_inside_a_question_is_no_statement():
    text = (
        "Questions for readers\n"
        "- What would confirm the claim that Peskov said the talks were over?\n"
    )
    assert statements(text) == []


def test_a_report_then_a_dash_and_a_participle_stays_one_statement():
    assert statements(
        "Peskov said the army did not rule out more strikes on the port – claiming the earlier "
        "ones had not been planned."
    ) == [("Dmitry Peskov", "indirect", "the army did not rule out more strikes on the port")]


def test_a_day_after_a_clause_telling_strikes_is_no_dated_event():
    text = (
        "date 2026-01-21\n\n"
        "Half of Kyiv is still without power a day after Russian strikes targeted the city's "
        "energy infrastructure, Zelensky said on Wednesday.\n"
    )
    found = extract(text, gazetteer=GAZETTEER)
    assert found.published == dt.date(2026, 1, 21)
