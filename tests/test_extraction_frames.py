"""Extraction 1.6: reporting frames seen in wire copy and Ukrainian outlets, sentences written here."""

import datetime as dt

import pytest

from statements.extraction import ActorEntry, Gazetteer, extract

GAZETTEER = Gazetteer(
    actors=(
        ActorEntry("Dmitry Peskov", role="Kremlin spokesman", aliases=("Peskov",)),
        ActorEntry("Volodymyr Zelensky", role="President of Ukraine", aliases=("Zelensky",)),
        ActorEntry("Rustem Umerov", role="Defence Minister of Ukraine", aliases=("Umerov",)),
        ActorEntry("Dmytro Kuleba", role="Foreign Minister of Ukraine", aliases=("Kuleba",)),
        ActorEntry("Joe Biden", role="President of the United States", aliases=("Biden",)),
        ActorEntry("Government of Ukraine", kind="state", aliases=("Kyiv", "Ukraine")),
        ActorEntry("Reuters", kind="media"),
    )
)
THURSDAY = dt.date(2024, 3, 7)


def run(text: str, published: dt.date | None = THURSDAY):
    return extract(text, gazetteer=GAZETTEER, published=published)


def test_participle_frame_after_a_non_reporting_verb_names_the_platform():
    text = "Zelensky praised the vote, posting on Telegram that the aid would reach the front soon."
    [s] = run(text).statements
    assert (s.speaker, s.text, s.via) == (
        "Volodymyr Zelensky",
        "the aid would reach the front soon",
        "Telegram",
    )


def test_saying_in_a_statement_that_is_the_subjects_statement():
    text = (
        "Zelensky thanked the senators, saying in a statement that Ukraine would repay the trust."
    )
    [s] = run(text).statements
    assert (s.speaker, s.text) == ("Volodymyr Zelensky", "Ukraine would repay the trust")


def test_pluperfect_with_an_interjected_clause_before_that_is_dated_by_its_weekday():
    text = (
        "Peskov had said on Tuesday, after the drones were shot down, that the talks would go on."
    )
    [s] = run(text).statements
    assert (s.speaker, s.text, s.said_on) == (
        "Dmitry Peskov",
        "the talks would go on",
        dt.date(2024, 3, 5),
    )


def test_possessive_relative_clause_between_subject_and_verb_keeps_the_subject():
    text = "Iryna Melnyk, whose son serves near Pokrovsk, said she waited all night for news."
    [s] = run(text).statements
    assert (s.speaker, s.text) == ("Iryna Melnyk", "she waited all night for news")


def test_a_reporting_verb_inside_a_possessive_relative_clause_is_background():
    text = "Peskov, whose office had denied the reports, said that the meeting was not planned."
    [s] = run(text).statements
    assert (s.speaker, s.text) == ("Dmitry Peskov", "the meeting was not planned")


def test_unnamed_group_drops_a_leading_conjunction_and_number_word():
    text = "And three EU diplomats said the summit would be postponed."
    [s] = run(text).statements
    assert (s.speaker, s.text) == ("EU diplomats", "the summit would be postponed")


def test_officials_in_a_capital_capitalised_at_sentence_start_are_that_countrys_officials():
    text = "Officials in Kyiv said the missile struck a grain terminal."
    [s] = run(text).statements
    assert (s.speaker, s.text) == ("Ukrainian officials", "the missile struck a grain terminal")


def test_the_source_is_the_single_unnamed_source_introduced_before():
    text = (
        "A Ukrainian intelligence source said two radars were destroyed.\n\n"
        "The source said the operation took three weeks to plan."
    )
    speakers = [s.speaker for s in run(text).statements]
    assert speakers == ["Ukrainian intelligence source", "Ukrainian intelligence source"]


def test_a_dotted_country_and_role_before_a_known_person_is_that_person_not_a_new_actor():
    text = (
        "U.S. President Joe Biden spoke to reporters at the White House.\n\n"
        "He said the sanctions would be tightened."
    )
    [s] = run(text).statements
    assert (s.speaker, s.text) == ("Joe Biden", "the sanctions would be tightened")


# --- extraction 1.8: attributions that open the sentence, passive quoting ------------------


def test_as_x_put_it_and_in_the_words_of_x_open_a_statement():
    from tests.test_extraction_statements import run

    said = [
        (s.speaker, s.text)
        for s in run("As Peskov put it, the talks have reached a dead end.").statements
    ]
    assert said == [("Dmitry Peskov", "the talks have reached a dead end")]
    said = [
        (s.speaker, s.text)
        for s in run("In the words of Zelensky, Ukraine will never give up Crimea.").statements
    ]
    assert said == [("Volodymyr Zelensky", "Ukraine will never give up Crimea")]
    said = [
        (s.speaker, s.speaker_mention, s.text)
        for s in run(
            "Zelensky spoke on Monday. In his words, the army is not ready for a new offensive."
        ).statements
    ]
    assert said == [("Volodymyr Zelensky", "his", "the army is not ready for a new offensive")]


def test_quoted_as_saying_is_a_report():
    from tests.test_extraction_statements import run

    [s] = run("Peskov was quoted by TASS as saying that the talks had stalled.").statements
    assert (s.speaker, s.text) == ("Dmitry Peskov", "the talks had stalled")


def test_according_to_x_who_the_relative_clause_is_not_the_words():
    from tests.test_extraction_statements import run

    [s] = run(
        "According to Peskov, who spoke to reporters on Monday, the talks had stalled."
    ).statements
    assert (s.speaker, s.text) == ("Dmitry Peskov", "the talks had stalled")


def test_adding_after_an_anaphoric_report_keeps_the_subject():
    from tests.test_extraction_statements import run

    [s] = run("Peskov said so in a comment to TASS, adding that Russia would respond.").statements
    assert (s.speaker, s.text) == ("Dmitry Peskov", "Russia would respond")


def test_not_ruling_something_out_is_a_report_of_it():
    from tests.test_extraction_statements import run

    [s] = run("Peskov did not rule out that the talks could resume in April.").statements
    assert (s.speaker, s.text) == ("Dmitry Peskov", "the talks could resume in April")


def test_a_closing_attribution_takes_the_whole_sentence_before_it():
    from tests.test_extraction_statements import run

    [s] = run(
        "The Kremlin believes that the talks will resume in April, Peskov told reporters."
    ).statements
    assert (s.speaker, s.text) == (
        "Dmitry Peskov",
        "The Kremlin believes that the talks will resume in April",
    )


def test_an_irregular_past_makes_the_reported_words_a_clause():
    [s] = run("Zelensky said Russian forces made gains near Avdiivka.").statements
    assert (s.speaker, s.text) == ("Volodymyr Zelensky", "Russian forces made gains near Avdiivka")


def test_media_say_is_a_report_and_media_reports_a_noun():
    [s] = run("Ukrainian media say several explosions have been heard in Kyiv.").statements
    assert s.text == "several explosions have been heard in Kyiv"
    assert run("Ukrainian media reports of explosions in Kyiv spread fast.").statements == []


def test_went_on_to_add_that_is_a_report():
    [s] = run("Zelensky went on to add that the mayors stayed in their cities.").statements
    assert (s.speaker, s.text) == ("Volodymyr Zelensky", "the mayors stayed in their cities")


def test_arguing_that_after_a_first_report_is_a_second_statement():
    texts = [
        s.text
        for s in run(
            "Peskov said on Wednesday that Moscow wanted to review the grain deal, arguing that "
            "most of the grain ended up in rich countries."
        ).statements
    ]
    assert texts == [
        "Moscow wanted to review the grain deal",
        "most of the grain ended up in rich countries",
    ]


def test_branding_someone_with_a_quotation_is_a_statement_without_as():
    [s] = run("Peskov branded the Ukrainian government “terrorists” on Friday.").statements
    assert (s.speaker, s.text) == (
        "Dmitry Peskov",
        "branded the Ukrainian government “terrorists” on Friday",
    )


def test_in_what_he_called_is_the_narrators_not_a_trailing_attribution():
    [s] = run(
        "Speaking at a meeting in the Kremlin, Peskov said 25 settlements, went under Russian "
        "control in what he called “a liberation”."
    ).statements
    assert (s.speaker, s.text) == (
        "Dmitry Peskov",
        "25 settlements, went under Russian control in what he called “a liberation”",
    )


def test_according_to_a_named_report_keeps_the_coordinated_second_statement():
    texts = [
        (s.speaker, s.text)
        for s in run(
            "Zelensky said that the mayors stayed in their cities and stressed that the "
            "councils were never evacuated, according to the Interfax report."
        ).statements
    ]
    assert texts == [
        ("Volodymyr Zelensky", "the mayors stayed in their cities"),
        ("Volodymyr Zelensky", "the councils were never evacuated"),
    ]


def test_but_says_in_the_present_is_a_second_statement_of_the_same_subject():
    texts = [
        (s.speaker, s.text)
        for s in run(
            "Peskov accuses the West of raising thoughts of “nuclear war”, but says the idea "
            "is “not in the heads of Russians”."
        ).statements
    ]
    assert texts == [
        ("Dmitry Peskov", "accuses the West of raising thoughts of “nuclear war”"),
        ("Dmitry Peskov", "the idea is “not in the heads of Russians”"),
    ]


def test_according_to_after_a_comma_inside_the_closing_quotation_mark():
    [s] = run("The strikes were “a war crime,” according to Kuleba.").statements
    assert (s.speaker, s.kind, s.text) == (
        "Dmytro Kuleba",
        "mixed",
        "The strikes were “a war crime,”",
    )


def test_a_quotation_the_page_left_unclosed_ends_at_the_attribution_closing_the_paragraph():
    [s] = run(
        "“Last night, air defences destroyed 56 drones over the border regions, Peskov said.\n\n"
        "The talks will resume next week.\n"
    ).statements
    assert (s.speaker, s.kind, s.text) == (
        "Dmitry Peskov",
        "direct",
        "Last night, air defences destroyed 56 drones over the border regions",
    )


def test_a_stance_noun_after_expressed_or_stressed_is_the_statement():
    found = [
        (s.speaker, s.text)
        for s in run(
            "Kuleba expressed grave concern about the rapidly deteriorating situation. "
            "Kuleba stressed the need for an urgent de-escalation and reiterated his call on all "
            "parties to exercise restraint."
        ).statements
    ]
    assert found == [
        ("Dmytro Kuleba", "grave concern about the rapidly deteriorating situation"),
        ("Dmytro Kuleba", "the need for an urgent de-escalation"),
        ("Dmytro Kuleba", "reiterated his call on all parties to exercise restraint"),
    ]


def test_a_name_and_a_present_tense_verb_open_a_reported_clause():
    found = [
        (s.speaker, s.text)
        for s in run(
            "Kuleba said Russia uses hunger as a weapon. Peskov said the West hopes to weaken "
            "Russia. Zelensky said Russian forces near Kharkiv."
        ).statements
    ]
    assert found == [
        ("Dmytro Kuleba", "Russia uses hunger as a weapon"),
        ("Dmitry Peskov", "the West hopes to weaken Russia"),
    ]


def test_per_x_is_according_to_x_and_per_day_is_not():
    found = [
        (s.speaker, s.text)
        for s in run(
            "The strikes killed five people in Kharkiv, per Kuleba. "
            "Russia fires 40 missiles per day at Ukrainian cities. "
            "The troops, per the agreement, withdrew from the city on Friday."
        ).statements
    ]
    assert found == [("Dmytro Kuleba", "The strikes killed five people in Kharkiv")]


def test_this_was_stated_by_x_makes_the_sentence_before_xs_statement():
    [s] = run(
        "Russian troops shelled Kharkiv overnight, killing five people. "
        "This was stated by Foreign Minister Dmytro Kuleba on Telegram."
    ).statements
    assert (s.speaker, s.kind, s.text) == (
        "Dmytro Kuleba",
        "indirect",
        "Russian troops shelled Kharkiv overnight, killing five people",
    )


def test_informed_that_is_the_subjects_statement_not_the_outlets_that_reported_it():
    text = (
        "Zelensky on Tuesday informed that he was proud of the regional governors, Reuters "
        "reported. He also noted that none of them had left the country."
    )
    assert [(s.speaker, s.speaker_mention) for s in run(text).statements] == [
        ("Volodymyr Zelensky", "Zelensky"),
        ("Volodymyr Zelensky", "He"),
    ]


# --- extraction 2.7: frames on invented people --------------------------------------------------

INVENTED = Gazetteer(
    actors=(
        ActorEntry("Ivan Dobrev", role="Defence Minister of Russia", aliases=("Dobrev",)),
        ActorEntry("Olena Marchuk", role="Foreign Minister of Ukraine", aliases=("Marchuk",)),
        ActorEntry("Tomas Berglund", role="Secretary General of NATO", aliases=("Berglund",)),
        ActorEntry("Government of Ukraine", kind="state", aliases=("Kyiv", "Ukraine")),
        ActorEntry("Russian government", kind="state", aliases=("Russia", "Moscow")),
    )
)


def invented(text: str) -> list[tuple[str | None, str, str]]:
    found = extract(text, gazetteer=INVENTED, published=THURSDAY).statements
    return [(s.speaker, s.kind, s.text) for s in found]


def test_stating_after_a_verb_that_reports_nothing_is_the_subjects_statement():
    assert invented(
        "Dobrev highlighted the gains of his troops, stating that 40 villages had been taken."
    ) == [("Ivan Dobrev", "indirect", "40 villages had been taken")]
    assert invented(
        "Marchuk contested the figures, stating only 3,000 soldiers had been killed."
    ) == [("Olena Marchuk", "indirect", "only 3,000 soldiers had been killed")]


def test_emphasizing_that_after_thanks_is_the_subjects_statement():
    assert invented(
        "Marchuk thanked Berglund for the aid, emphasizing that the alliance had kept its word."
    ) == [("Olena Marchuk", "indirect", "the alliance had kept its word")]


def test_a_participle_and_a_comma_introduce_a_quotation():
    assert invented(
        'Berglund appealed to both sides for restraint, warning, "Nobody wins a nuclear war."'
    ) == [("Tomas Berglund", "direct", "Nobody wins a nuclear war.")]
    assert invented(
        'Asked about a visit, Marchuk declined to answer, stating, "We speak at the right time."'
    ) == [("Olena Marchuk", "direct", "We speak at the right time.")]


def test_a_participle_with_its_object_before_a_colon_introduces_a_quotation():
    assert invented(
        '"Only Kyiv decides," Marchuk said, promising more help: "We will not stop until it is free."'
    ) == [
        ("Olena Marchuk", "direct", "Only Kyiv decides,"),
        ("Olena Marchuk", "direct", "We will not stop until it is free."),
    ]


def test_according_to_a_source_with_an_apposition_ending_the_sentence():
    assert invented(
        "The depot was shelled overnight, according to Ivan Dobrev, the defence minister."
    ) == [("Ivan Dobrev", "indirect", "The depot was shelled overnight")]
    assert invented(
        "Two bridges were damaged, including a rail bridge, according to Dobrev, "
        "secretary of the security council."
    ) == [("Ivan Dobrev", "indirect", "Two bridges were damaged, including a rail bridge")]
    assert invented(
        "The depot was shelled overnight, according to Dobrev, who spoke on television."
    ) == [("Ivan Dobrev", "indirect", "The depot was shelled overnight")]


def test_a_trailing_attribution_whose_subject_stands_between_commas():
    assert invented(
        "Shelling killed two people in the south, Ivan Dobrev, the regional governor, said."
    ) == [("Ivan Dobrev", "indirect", "Shelling killed two people in the south")]
    assert invented("Shelling killed two people in the south, governor Ivan Dobrev, said.") == [
        ("Ivan Dobrev", "indirect", "Shelling killed two people in the south")
    ]


def test_a_trailing_lowercase_description_of_people_is_a_speaker():
    [s] = extract(
        "Shelling killed five people in the east on Saturday, Ruritanian governors said.",
        gazetteer=INVENTED,
        published=THURSDAY,
    ).statements
    assert (s.speaker, s.speaker_mention, s.text) == (
        "Ruritanian governors",
        "Ruritanian governors",
        "Shelling killed five people in the east on Saturday",
    )


def test_a_group_named_by_its_level_before_its_side_is_named_side_first():
    [s] = invented(
        "Drones hit two power plants overnight, regional Ruritanian officials said on Sunday."
    )
    assert s == (
        "Ruritanian regional officials",
        "indirect",
        "Drones hit two power plants overnight",
    )


def test_told_a_broadcaster_or_an_audience_then_a_clause_without_that():
    assert invented("Dobrev told state television the offensive was going to plan.") == [
        ("Ivan Dobrev", "indirect", "the offensive was going to plan")
    ]
    assert invented("Berglund told the summit the alliance would stand firm.") == [
        ("Tomas Berglund", "indirect", "the alliance would stand firm")
    ]
    assert invented("Marchuk told a crowd in Lviv the bridge would be rebuilt.") == [
        ("Olena Marchuk", "indirect", "the bridge would be rebuilt")
    ]


def test_a_short_statement_before_a_trailing_attribution():
    assert invented("Kyiv will win, Marchuk said.") == [
        ("Olena Marchuk", "indirect", "Kyiv will win")
    ]
    assert invented("Besides, Marchuk said, the bridge is open again.") == [
        ("Olena Marchuk", "indirect", "the bridge is open again")
    ]


def test_a_quotation_closed_by_a_full_stop_then_a_sentence_that_only_attributes_it():
    assert invented('"The bridge is open." Dobrev said on Monday.') == [
        ("Ivan Dobrev", "direct", "The bridge is open.")
    ]
    assert invented('"The bridge is open." Dobrev said the repairs took a week.') == [
        ("Ivan Dobrev", "indirect", "the repairs took a week")
    ]


def test_hinted_that_is_a_report():
    assert invented("Marchuk hinted that more sanctions were coming.") == [
        ("Olena Marchuk", "indirect", "more sanctions were coming")
    ]


def test_a_bare_quotation_paragraph_after_a_paragraph_about_a_person_is_theirs():
    assert invented(
        "Marchuk thanked the allies for their support.\n\n"
        '"We agreed with our partners that Kyiv would get more air defence this winter."\n'
    ) == [
        (
            "Olena Marchuk",
            "direct",
            "We agreed with our partners that Kyiv would get more air defence this winter.",
        )
    ]
    assert (
        invented(
            "After meeting Marchuk, the envoy flew to Warsaw.\n\n"
            '"We agreed with our partners that Kyiv would get more air defence this winter."\n'
        )
        == []
    )


def test_earlier_between_a_name_and_its_past_reporting_verb_is_an_adverb():
    assert invented('Dobrev earlier described the meeting as "very productive".') == [
        ("Ivan Dobrev", "mixed", 'described the meeting as "very productive"')
    ]
    assert invented("The earlier claims were denied by the ministry on Monday.") == []


def test_a_setting_without_its_comma_before_the_subject():
    assert invented(
        "In a separate statement ministry spokesman Ivan Dobrev claimed the units had retreated."
    ) == [("Ivan Dobrev", "indirect", "the units had retreated")]


def test_it_said_after_an_unnamed_body_said_is_that_bodys_statement():
    found = extract(
        "Air defences destroyed 56 drones overnight, the ministry said.\n\n"
        "It said 11 drones were shot down over the border region.\n",
        gazetteer=INVENTED,
        published=THURSDAY,
    ).statements
    assert [(s.speaker, s.speaker_mention, s.text) for s in found] == [
        (None, "the ministry", "Air defences destroyed 56 drones overnight"),
        (None, "It", "11 drones were shot down over the border region"),
    ]
    assert invented("It said 11 drones were shot down over the border region.") == []


def test_a_condemnation_framing_a_saying_clause_is_not_a_statement_of_its_own():
    assert invented("Marchuk condemned the strikes, saying they broke every rule of war.") == [
        ("Olena Marchuk", "indirect", "they broke every rule of war")
    ]
    assert invented(
        "Dobrev accused Berglund of prolonging the war, saying that it was about ambition."
    ) == [("Ivan Dobrev", "indirect", "it was about ambition")]


def test_a_quotation_attributed_by_an_appeal_is_the_appellants_and_the_appeal_no_statement():
    assert invented('"This is the time to decide on membership," Marchuk called on Europe.') == [
        ("Olena Marchuk", "direct", "This is the time to decide on membership,")
    ]


def test_a_plural_noun_of_report_before_a_participle_is_no_reporting_verb():
    assert (
        invented(
            "The visit follows reports suggesting that Marchuk might travel to Warsaw next month."
        )
        == []
    )


def test_an_age_in_apposition_between_the_name_and_said():
    assert invented('"Every house will be rebuilt," Marchuk, 52, said.') == [
        ("Olena Marchuk", "direct", "Every house will be rebuilt,")
    ]


def test_reads_the_statement_after_a_quotation_gives_it_to_the_body_that_issued_it():
    people = Gazetteer(
        actors=(
            ActorEntry(
                "Ruritanian Foreign Ministry",
                kind="organisation",
                aliases=("Ruritania's Foreign Ministry",),
            ),
        )
    )
    found = extract(
        "Ruritania's Foreign Ministry condemned the strike on Monday.\n\n"
        '"The talks are a waste of time," reads the statement published by the ministry.\n',
        gazetteer=people,
        published=THURSDAY,
    ).statements
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        ("Ruritanian Foreign Ministry", "indirect", "condemned the strike on Monday"),
        ("Ruritanian Foreign Ministry", "direct", "The talks are a waste of time,"),
    ]


def test_two_quoted_fragments_joined_by_and_a_modal_are_one_mixed_clause():
    assert invented('Berglund said "Moscow chose this war" and would "pay the price".') == [
        ("Tomas Berglund", "mixed", '"Moscow chose this war" and would "pay the price"')
    ]


def test_a_phrase_quoted_inside_a_clause_before_a_trailing_attribution_is_one_mixed_statement():
    assert invented(
        'The offensive has failed, while the attackers suffer "heavy losses," Dobrev noted.'
    ) == [
        (
            "Ivan Dobrev",
            "mixed",
            'The offensive has failed, while the attackers suffer "heavy losses',
        )
    ]
    assert invented('"Our losses are heavy," Dobrev noted.') == [
        ("Ivan Dobrev", "direct", "Our losses are heavy,")
    ]


def test_a_participle_after_a_quoted_verdict_has_the_sentences_subject():
    assert invented(
        'Dobrev dismissed the promises as "empty and false," expressing confidence that the '
        "plan would fail."
    ) == [
        ("Ivan Dobrev", "mixed", 'dismissed the promises as "empty and false,"'),
        ("Ivan Dobrev", "indirect", "the plan would fail"),
    ]


def test_a_second_verb_after_and_has_the_sentences_subject():
    assert invented(
        "Marchuk declined to comment on these reports and stated that she has no quarrel with anyone."
    ) == [("Olena Marchuk", "indirect", "she has no quarrel with anyone")]
    assert invented(
        "The Foreign Minister of Ruritania, Olena Marchuk, commented on the vote, stating that "
        "with this vote the region had hoped to receive money from Moscow."
    ) == [
        (
            "Olena Marchuk",
            "indirect",
            "with this vote the region had hoped to receive money from Moscow",
        )
    ]


def test_what_someone_calls_a_thing_is_a_name_and_does_not_cut_the_report_around_it():
    assert invented(
        "Dobrev said his troops were advancing along the front, but that supplies were crucial "
        'to the success of what Moscow calls its "special operation".'
    ) == [
        (
            "Ivan Dobrev",
            "mixed",
            "his troops were advancing along the front, but that supplies were crucial to the "
            'success of what Moscow calls its "special operation"',
        )
    ]


def test_according_to_between_a_subject_and_its_verb_keeps_the_whole_sentence():
    assert invented("The strikes, according to Dobrev, killed five people in the city.") == [
        ("Ivan Dobrev", "indirect", "The strikes, according to Dobrev, killed five people in the city")
    ]  # fmt: skip


def test_said_according_to_an_agency_that_is_the_speakers_statement():
    agency = Gazetteer(
        actors=(*INVENTED.actors, ActorEntry("Ruritanian Wire", kind="media", aliases=("RW",)))
    )
    found = extract(
        "Dobrev said, according to Ruritanian Wire, that the strikes killed five people.",
        gazetteer=agency,
        published=THURSDAY,
    ).statements
    assert [(s.speaker, s.text) for s in found] == [
        ("Ivan Dobrev", "the strikes killed five people")
    ]


def test_more_verbs_that_report_a_clause():
    for verb in ("assessed", "concluded", "disclosed", "lamented", "countered", "affirmed"):
        assert invented(f"Marchuk {verb} that the troops had withdrawn from the city.") == [
            ("Olena Marchuk", "indirect", "the troops had withdrawn from the city")
        ]


def test_a_verb_followed_by_a_question_word_reports_a_topic_not_a_claim():
    assert invented("Marchuk specified under what conditions the talks may begin.") == []
    assert invented("Marchuk explained how the troops had withdrawn from the city.") == []


def test_with_x_stating_after_a_report_is_a_second_statement_of_x():
    assert invented(
        "Both sides said the call was constructive, with Dobrev stating it went very well and "
        "Berglund calling it substantive."
    ) == [
        (None, "indirect", "the call was constructive"),
        ("Ivan Dobrev", "indirect", "it went very well"),
    ]


def test_conveyed_to_someone_that_is_a_report():
    assert invented("Marchuk conveyed to Berglund that dialogue was the best way forward.") == [
        ("Olena Marchuk", "indirect", "dialogue was the best way forward")
    ]


def _said(result):
    return [(s.speaker, s.text) for s in result.statements]


def test_an_outlet_quoting_someone_as_saying_gives_the_words_to_the_one_quoted():
    text = "State television quoted Peskov as saying that the Kremlin saw no basis for talks.\n"
    assert _said(run(text)) == [("Dmitry Peskov", "the Kremlin saw no basis for talks")]


def test_a_clause_opening_with_a_plural_noun_that_is_also_a_verb_is_still_the_claim():
    text = "Peskov claimed that calls for a ceasefire were a Western ploy.\n"
    assert _said(run(text)) == [("Dmitry Peskov", "calls for a ceasefire were a Western ploy")]


def test_a_teaser_glued_to_the_storys_paragraph_is_cut_off_and_the_story_kept():
    text = (
        "Read also: Minister warns allies about delays in shell deliveries across Europe In a "
        "post on Telegram, Zelensky said that the front line was holding despite the shortages. "
        "He added that new brigades were ready. The statement came after a night of heavy "
        "shelling of the Kharkiv region, in which two people were injured and dozens of homes "
        "were damaged.\n"
    )
    assert _said(run(text)) == [
        ("Volodymyr Zelensky", "the front line was holding despite the shortages"),
        ("Volodymyr Zelensky", "new brigades were ready"),
    ]


def test_a_long_title_after_the_quote_ending_in_a_known_name_is_that_person():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Oleg Marin", role="Foreign Minister of Russia", aliases=("Marin",)),
            ActorEntry(
                "Russian Foreign Ministry",
                kind="organisation",
                aliases=("Ministry of Foreign Affairs of the Russian Federation",),
            ),
        )
    )
    text = (
        "“We see no basis for talks,” said the head of the Ministry of Foreign Affairs of the "
        "Russian Federation Marin.\n"
    )
    result = extract(text, gazetteer=gazetteer, published=THURSDAY)
    assert _said(result) == [("Oleg Marin", "We see no basis for talks,")]


def test_a_claim_named_by_its_owners_possessive_is_the_owners_statement():
    text = (
        "Zelensky replied to a question about Peskov’s remark a week earlier that the talks had "
        "failed.\n"
    )
    assert _said(run(text)) == [("Dmitry Peskov", "the talks had failed")]


def test_a_clause_whose_verb_is_in_quotation_marks_is_still_a_clause():
    text = (
        "Zelensky, speaking beside his guest at a press event, said he “values” the aid, the "
        "largest this year, but stressed that the army needs more shells.\n"
    )
    assert _said(run(text)) == [
        ("Volodymyr Zelensky", "he “values” the aid, the largest this year"),
        ("Volodymyr Zelensky", "the army needs more shells"),
    ]


def test_a_participles_phrase_between_subject_and_verb_is_not_the_subject():
    text = "Zelensky, visiting Kyiv's suburbs on Tuesday, said that the brigades were ready.\n"
    assert _said(run(text)) == [("Volodymyr Zelensky", "the brigades were ready")]


def test_a_request_to_someone_is_a_statement_and_a_question_is_not():
    text = (
        "Zelensky asked Biden to consider a faster delivery of air defence systems.\n\n"
        "Peskov asked the reporters whether they had read the decree.\n"
    )
    assert _said(run(text)) == [
        ("Volodymyr Zelensky", "asked Biden to consider a faster delivery of air defence systems")
    ]


def test_asserting_after_a_first_clause_opens_a_second_statement():
    text = (
        "Zelensky said on Thursday that the offensive had begun, asserting that his commanders "
        "were confident.\n"
    )
    assert _said(run(text)) == [
        ("Volodymyr Zelensky", "the offensive had begun"),
        ("Volodymyr Zelensky", "his commanders were confident"),
    ]


def test_a_stance_without_a_clause_gives_its_subject_to_the_participle_after_it():
    text = (
        "The Ukrainian Defence Minister emphasised the significance of a realistic plan, saying "
        "that the front would hold.\n"
    )
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Oksana Hray",
                affiliation="Ukraine",
                role="Defence Minister of Ukraine",
                description="Minister of Defence of Ukraine since 2023.",
            ),
        )
    )
    result = extract(text, gazetteer=gazetteer, published=THURSDAY)
    assert _said(result) == [("Oksana Hray", "the front would hold")]


def test_a_places_body_in_lower_case_is_that_body():
    text = "Kherson city council reported that two people were injured overnight.\n"
    assert _said(run(text)) == [("Kherson City Council", "two people were injured overnight")]


def test_a_verb_coordinated_after_a_denial_keeps_the_sentences_subject():
    text = (
        "Ukraine's defence minister, Rustem Umerov, did not confirm that his troops were behind "
        "the raids last week, but said that the army had new drones.\n"
    )
    assert _said(run(text)) == [("Rustem Umerov", "the army had new drones")]


def test_a_trailing_attribution_that_ends_in_a_colon_introduces_what_follows():
    assert invented(
        "Noting problems with water and power in many regions, Marchuk said: "
        '"The situation in the capital is bad."'
    ) == [("Olena Marchuk", "direct", "The situation in the capital is bad.")]


def test_a_quotation_opened_in_one_paragraph_and_attributed_at_the_end_of_the_next():
    first = "We need a united response. I have started consultations with our allies."
    assert invented(f'"{first}\n\n"Europe depends on how we act now," Marchuk said.\n') == [
        ("Olena Marchuk", "direct", first),
        ("Olena Marchuk", "direct", "Europe depends on how we act now,"),
    ]
    assert invented(
        f"Marchuk spoke on Monday.\n\n'{first}\n\nEurope depends on how we act. We must "
        "act responsibly', she adds.\n"
    ) == [
        ("Olena Marchuk", "direct", first),
        ("Olena Marchuk", "direct", "Europe depends on how we act. We must act responsibly"),
    ]


def test_his_office_said_after_a_sentence_about_a_leader_is_that_leaders_government():
    people = Gazetteer(
        actors=(
            ActorEntry(
                "Aron Kessel",
                affiliation="Ruritania",
                role="Prime Minister of Ruritania",
                aliases=("Kessel",),
            ),
            ActorEntry("Ruritanian government", kind="state", affiliation="Ruritania"),
        )
    )
    found = extract(
        "In a call on Sunday, Prime Minister Aron Kessel agreed to hold talks this week and "
        "called for a ceasefire, his office said.",
        gazetteer=people,
        published=THURSDAY,
    ).statements
    assert [(s.speaker, s.text) for s in found] == [
        (
            "Ruritanian government",
            "In a call on Sunday, Prime Minister Aron Kessel agreed to hold talks this week and "
            "called for a ceasefire",
        )
    ]


def test_a_reporting_participle_after_a_main_verb_that_reports_nothing_is_the_subjects():
    text = (
        "Zelensky contested the figures in February, stating that only a fraction of the losses "
        "had been counted.\n\n"
        "Peskov declined to answer, warning, “Such questions only fuel the tension.”\n\n"
        "Umerov praised the new brigades, emphasising that the front line would hold.\n\n"
        "Kuleba conveyed to his counterpart that dialogue was the only way forward.\n"
    )
    assert _said(run(text)) == [
        ("Volodymyr Zelensky", "only a fraction of the losses had been counted"),
        ("Dmitry Peskov", "Such questions only fuel the tension."),
        ("Rustem Umerov", "the front line would hold"),
        ("Dmytro Kuleba", "dialogue was the only way forward"),
    ]


def test_it_was_stated_by_someone_that_is_their_statement():
    assert invented("It was stated by Dobrev that the bridge had been closed.") == [
        ("Ivan Dobrev", "indirect", "the bridge had been closed")
    ]
    assert invented("It was reported that the bridge had been closed.") == []


def test_passive_quoted_as_saying_after_a_quotation_is_the_quoted_persons():
    text = '"No deal is close," Peskov was quoted as saying by a state news agency.'
    [s] = run(text).statements
    assert (s.speaker, s.text, s.kind) == ("Dmitry Peskov", "No deal is close,", "direct")


def test_passive_quoted_as_saying_after_a_clause_names_its_subject():
    text = "The convoy will reach the city within days, Marta Kovalenko was quoted as saying."
    [s] = run(text).statements
    assert (s.speaker, s.text) == ("Marta Kovalenko", "The convoy will reach the city within days")


def test_quoted_as_saying_by_an_outlet_then_that_keeps_the_outlet_out_of_the_text():
    text = "Umerov was quoted as saying by a news agency that the brigade had been reinforced."
    [s] = run(text).statements
    assert (s.speaker, s.text) == ("Rustem Umerov", "the brigade had been reinforced")


def test_capitalised_title_to_a_body_then_a_new_name_is_that_persons():
    text = (
        "Russia's Permanent Representative to the UN Pavel Orlov said that the strikes "
        "were legitimate."
    )
    [s] = run(text).statements
    assert (s.speaker, s.text) == ("Pavel Orlov", "the strikes were legitimate")


def test_trailing_title_to_the_unnamed_office_then_a_name_is_that_persons():
    text = "The talks are frozen, Deputy Assistant to the President Jonas Brill said on Monday."
    [s] = run(text).statements
    assert (s.speaker, s.text) == ("Jonas Brill", "The talks are frozen")


def test_an_outlet_relaying_the_report_at_the_sentence_end_is_not_in_the_text():
    text = "Peskov said the convoy had been stopped, state news agency Novinar reported."
    [s] = run(text).statements
    assert (s.speaker, s.text) == ("Dmitry Peskov", "the convoy had been stopped")


def test_a_relay_citing_another_outlet_at_the_sentence_end_is_not_in_the_text():
    text = "Zelensky said more air defence would arrive soon, Vestnik reports citing Daily Kurier."
    [s] = run(text).statements
    assert (s.speaker, s.text) == ("Volodymyr Zelensky", "more air defence would arrive soon")


def test_quoted_with_a_day_before_as_saying_is_the_subjects():
    text = "Umerov was quoted on Friday as saying that the brigade had been reinforced."
    [s] = run(text).statements
    assert (s.speaker, s.text, s.said_on) == (
        "Rustem Umerov",
        "the brigade had been reinforced",
        dt.date(2024, 3, 1),
    )


def test_an_outlet_citing_a_person_as_telling_reporters_gives_the_persons_words():
    text = '"There is no obstacle to the deal," a TV channel cited Kuleba as telling reporters.'
    [s] = run(text).statements
    assert (s.speaker, s.text) == ("Dmytro Kuleba", "There is no obstacle to the deal,")


def test_a_new_name_right_after_a_bodys_name_is_its_officers():
    text = (
        "On Monday, the head of the Ukrainian Grain Association Mykola Horbenko said that "
        "the navy could escort the ships."
    )
    [s] = run(text).statements
    assert (s.speaker, s.text) == ("Mykola Horbenko", "the navy could escort the ships")


def test_a_verb_coordinated_after_a_pronoun_object_keeps_the_first_subject():
    text = (
        "Kuleba came to the meeting. Alliance chief Jens Halvorsen agreed with him and "
        "emphasized that Ukraine is defending itself."
    )
    [s] = run(text).statements
    assert (s.speaker, s.text) == ("Jens Halvorsen", "Ukraine is defending itself")


def test_met_a_known_person_and_said_is_the_subjects_statement():
    text = "Marta Kovalenko met Zelensky and said that the convoy would leave on Friday."
    [s] = run(text).statements
    assert (s.speaker, s.text) == ("Marta Kovalenko", "the convoy would leave on Friday")


def test_a_role_in_apposition_opened_by_as_keeps_the_subject():
    text = (
        "Marta Kovalenko, as this year's summit host, told a news conference that the "
        "talks would resume."
    )
    [s] = run(text).statements
    assert (s.speaker, s.text) == ("Marta Kovalenko", "the talks would resume")


def test_reminded_that_reports_a_clause():
    text = "Kuleba reminded reporters that the brigade had held the line for a month."
    [s] = run(text).statements
    assert (s.speaker, s.text) == ("Dmytro Kuleba", "the brigade had held the line for a month")


def test_the_statement_was_made_by_gives_the_sentence_before_its_speaker():
    text = (
        "The capital will host the next round of talks in the spring.\n\n"
        "The statement was made on Wednesday by Marta Kovalenko, a foreign policy adviser."
    )
    [s] = run(text).statements
    assert (s.speaker, s.text) == (
        "Marta Kovalenko",
        "The capital will host the next round of talks in the spring",
    )


def test_a_clause_ending_in_a_quoted_phrase_before_the_comma_is_attributed_after_it():
    text = (
        "Kuleba spoke on Monday. The allies have given the team the go-ahead to "
        '"begin the preparations", the minister added.'
    )
    [s] = run(text).statements
    assert (s.speaker, s.kind, s.text) == (
        "Dmytro Kuleba",
        "mixed",
        'The allies have given the team the go-ahead to "begin the preparations"',
    )


def test_a_countrys_two_word_adjective_is_not_a_new_name():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Thabo Mokoena",
                role="President of South Africa",
                affiliation="South Africa",
                aliases=("Mokoena",),
            ),
        )
    )
    text = (
        "Mokoena met the delegation. African leaders, the South African president also said, "
        "have been discussing how to end the war."
    )
    [s] = extract(text, gazetteer=gazetteer, published=THURSDAY).statements
    assert (s.speaker, s.text) == (
        "Thabo Mokoena",
        "African leaders, the South African president also said, have been discussing how "
        "to end the war",
    )


def test_a_capitalised_head_of_state_is_the_leader_just_quoted():
    text = (
        "Zelensky said the winter would be hard. The Head of State stressed that the grid "
        "would hold."
    )
    statements = run(text).statements
    assert [(s.speaker, s.text) for s in statements] == [
        ("Volodymyr Zelensky", "the winter would be hard"),
        ("Volodymyr Zelensky", "the grid would hold"),
    ]


def test_a_long_capitalised_title_ending_in_a_name_after_the_statement_is_its_subject():
    text = (
        "Two villages were shelled overnight, the head of the Kherson Regional Military "
        "Administration Oleksa Marchuk said on Monday."
    )
    [s] = run(text).statements
    assert (s.speaker, s.text) == ("Oleksa Marchuk", "Two villages were shelled overnight")


def test_an_attribution_set_off_by_a_dash_after_an_unquoted_statement():
    text = "Two people were wounded in the shelling of the district - Kuleba said on Telegram."
    [s] = run(text).statements
    assert (s.speaker, s.text, s.via) == (
        "Dmytro Kuleba",
        "Two people were wounded in the shelling of the district",
        "Telegram",
    )


def test_a_dateline_without_a_comma_is_not_in_the_statement():
    text = "KYIV (Newswire) - Two people were killed on Thursday, Kuleba said."
    [s] = run(text).statements
    assert (s.speaker, s.text) == ("Dmytro Kuleba", "Two people were killed on Thursday")


def test_told_reporters_then_a_clause_with_put_as_its_verb():
    text = "Kuleba told reporters the estimates put the number of wounded at 3,000."
    [s] = run(text).statements
    assert (s.speaker, s.text) == (
        "Dmytro Kuleba",
        "the estimates put the number of wounded at 3,000",
    )


def test_abbreviated_ranks_before_the_name_after_a_quotation():
    text = (
        '"The situation is quite difficult," Col. Gen. Oleksa Marchuk, the commander of the '
        "ground forces, said in a statement."
    )
    [s] = run(text).statements
    assert (s.speaker, s.kind, s.text) == (
        "Oleksa Marchuk",
        "direct",
        "The situation is quite difficult,",
    )


def test_a_countrys_presidency_is_its_presidential_office():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Office of the President of Ukraine",
                kind="organisation",
                affiliation="Ukraine",
                role="Presidential office",
            ),
            ActorEntry("Government of Ukraine", kind="state", affiliation="Ukraine"),
        )
    )
    text = "The talks in Geneva were constructive, the Ukrainian presidency said."
    [s] = extract(text, gazetteer=gazetteer, published=THURSDAY).statements
    assert (s.speaker, s.text) == (
        "Office of the President of Ukraine",
        "The talks in Geneva were constructive",
    )


def test_a_countrys_presidency_without_an_office_is_its_state():
    gazetteer = Gazetteer(
        actors=(ActorEntry("Government of Ruritania", kind="state", affiliation="Turkey"),)
    )
    text = "The talks in Geneva were constructive, the Turkish presidency said."
    [s] = extract(text, gazetteer=gazetteer, published=THURSDAY).statements
    assert (s.speaker, s.text) == (
        "Government of Ruritania",
        "The talks in Geneva were constructive",
    )


def test_the_press_secretary_of_a_countrys_president_is_that_offices_spokesman():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Ivan Petrov", role="President of Russia", affiliation="Russia", aliases=("Petrov",)
            ),
            ActorEntry(
                "Kremlin", kind="organisation", affiliation="Russia", role="Presidential office"
            ),
            ActorEntry("Oleg Sidorov", role="Kremlin spokesman", affiliation="Russia"),
        )
    )
    text = 'Petrov spoke in Moscow. "No, it is unrealistic," the press secretary of the Russian president said.'
    [s] = extract(text, gazetteer=gazetteer, published=THURSDAY).statements
    assert (s.speaker, s.text) == ("Oleg Sidorov", "No, it is unrealistic,")


def test_the_high_representative_is_the_eu_foreign_policy_chief():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Anna Lindqvist",
                role="EU foreign policy chief",
                affiliation="European Union",
                aliases=("Lindqvist",),
                description="High Representative of the EU for Foreign Affairs since 2023.",
            ),
            ActorEntry("European Union", kind="organisation", aliases=("EU",)),
        )
    )
    text = (
        "Lindqvist arrived in Brussels. The High Representative believes that speed of "
        "support means lives."
    )
    [s] = extract(text, gazetteer=gazetteer, published=THURSDAY).statements
    assert (s.speaker, s.text) == ("Anna Lindqvist", "speed of support means lives")


def test_a_counterpart_named_in_the_setting_before_the_verb_is_not_the_speaker():
    text = (
        "Kuleba in a telephone conversation with his Ruritanian counterpart Pavel Orlov on "
        "Saturday emphasised the need for talks."
    )
    [s] = run(text).statements
    assert (s.speaker, s.text) == ("Dmytro Kuleba", "the need for talks")


def test_she_after_a_woman_named_with_a_given_name_from_the_list():
    text = (
        "Finance Minister Zainab Okafor said that fertiliser prices had doubled.\n\n"
        '"Potash is scarce and very expensive," she said.'
    )
    statements = run(text).statements
    assert [(s.speaker, s.text) for s in statements] == [
        ("Zainab Okafor", "fertiliser prices had doubled"),
        ("Zainab Okafor", "Potash is scarce and very expensive,"),
    ]


def test_a_known_person_after_a_capitalised_title_to_a_body_is_that_person():
    text = (
        "Ukraine's Permanent Representative to the UN Dmytro Kuleba said that the strikes went on."
    )
    [s] = run(text).statements
    assert (s.speaker, s.text) == ("Dmytro Kuleba", "the strikes went on")


def test_a_body_relaying_a_persons_words_with_a_quoted_phrase_leaves_them_the_persons():
    text = (
        'Zelensky told Kuleba he was "confident" that a way out could be found "on a '
        'constructive basis", the Ukrainian government said.'
    )
    [s] = run(text).statements
    assert (s.speaker, s.kind, s.text) == (
        "Volodymyr Zelensky",
        "mixed",
        'he was "confident" that a way out could be found "on a constructive basis"',
    )


def test_a_perfect_tense_after_a_commas_aside_is_not_an_inverted_attribution():
    text = (
        "Peskov, for his part, has accused Kyiv of curbing the rights of ethnic Russians living "
        "in its east, charges Kyiv denies.\n"
    )
    assert [s.speaker for s in run(text).statements] == ["Dmitry Peskov"]


def test_a_clause_opening_with_at_least_a_number_is_not_an_adverbial_of_time():
    text = "Umerov said at least 10,000 soldiers had been trained abroad.\n"
    assert _said(run(text)) == [
        ("Rustem Umerov", "at least 10,000 soldiers had been trained abroad")
    ]


def test_according_to_x_then_an_adverbial_clause_takes_the_clause_before():
    text = (
        "Power was cut in four eastern districts of the country overnight, according to grid "
        "operator Nordline Energy, as temperatures fell below freezing."
    )
    [s] = run(text).statements
    assert (s.speaker, s.text) == (
        "Nordline Energy",
        "Power was cut in four eastern districts of the country overnight",
    )


def test_a_title_of_a_ministry_named_with_its_complement_then_the_name_is_that_person():
    text = (
        'Secretary General of the Ministry of Defence Marten Kask said: "The reserve units are '
        'still arriving at the border."'
    )
    [s] = run(text).statements
    assert (s.speaker, s.text) == (
        "Marten Kask",
        "The reserve units are still arriving at the border.",
    )


def test_bare_officials_in_a_sentence_opened_by_a_city_are_that_countrys_officials():
    text = "In Kyiv, officials said the relief convoy had reached the river crossing."
    [s] = run(text).statements
    assert (s.speaker, s.text) == (
        "Ukrainian officials",
        "the relief convoy had reached the river crossing",
    )


def test_told_the_envoys_without_that_is_a_report_to_listeners():
    text = "Kuleba told the visiting envoys his country would not trade land for a truce."
    [s] = run(text).statements
    assert (s.speaker, s.text) == (
        "Dmytro Kuleba",
        "his country would not trade land for a truce",
    )


def test_the_n_year_old_is_the_person_last_spoken_of():
    text = (
        "Peskov spoke to reporters in the morning. The 57-year-old said the Kremlin saw no "
        "reason to change its position."
    )
    [s] = run(text).statements
    assert (s.speaker, s.text) == (
        "Dmitry Peskov",
        "the Kremlin saw no reason to change its position",
    )


def test_the_leader_of_an_unnamed_country_is_the_leader_spoken_of():
    text = (
        '"We will keep every agreement we signed," Biden said.\n\n'
        '"Nobody should read more into it," the leader of the allied country noted.'
    )
    found = run(text).statements
    assert [(s.speaker, s.text) for s in found] == [
        ("Joe Biden", "We will keep every agreement we signed,"),
        ("Joe Biden", "Nobody should read more into it,"),
    ]


def test_a_countrys_body_with_a_generic_agency_noun_is_the_gazetteers_body():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Signals Directorate",
                kind="organisation",
                affiliation="Ukraine",
                aliases=("Ukrainian signals intelligence",),
            ),
        )
    )
    text = "A spokesperson for Ukraine's signals intelligence agency said the drone was not theirs."
    [s] = extract(text, gazetteer=gazetteer, published=THURSDAY).statements
    assert (s.speaker, s.text) == ("Signals Directorate", "the drone was not theirs")


def test_as_an_outlet_reported_then_a_subject_with_its_own_verb_is_that_subjects():
    text = "As Reuters reported, the ministry stated that the grain convoy had left the port."
    [s] = run(text).statements
    assert (s.speaker, s.speaker_mention, s.text) == (
        None,
        "the ministry",
        "the grain convoy had left the port",
    )


def test_a_relative_who_said_clause_is_the_statement_of_the_name_before_it():
    text = (
        "The proposal was welcomed by Kuleba, who said the plan was fair to both sides.\n\n"
        "Peskov, who said the talks had stalled, left the briefing early.\n"
    )
    assert _said(run(text)) == [
        ("Dmytro Kuleba", "the plan was fair to both sides"),
        ("Dmitry Peskov", "the talks had stalled"),
    ]


def test_a_stance_expressed_with_an_adjective_governs_its_clause():
    text = (
        "Kuleba had earlier expressed deep frustration that the allies gave no date for talks. "
        "Umerov voiced concerns that the ceasefire would not hold."
    )
    assert [(s.speaker, s.text) for s in run(text).statements] == [
        ("Dmytro Kuleba", "the allies gave no date for talks"),
        ("Rustem Umerov", "the ceasefire would not hold"),
    ]


def test_an_aside_between_the_verb_and_that():
    text = "Zelensky stated, just in case, that the grain corridor would stay open all winter."
    [s] = run(text).statements
    assert (s.speaker, s.text) == (
        "Volodymyr Zelensky",
        "the grain corridor would stay open all winter",
    )


def test_a_short_claim_then_a_name_in_apposition_is_the_names():
    text = "The new report seems credible, Jack Smith, a retired navy captain, said earlier."
    [s] = run(text).statements
    assert (s.speaker, s.text) == ("Jack Smith", "The new report seems credible")


def test_what_follows_an_inverted_said_is_who_said_it_not_what():
    # ("The talks failed" is too short to be read as a claim on its own; what matters is that
    # the name after "said" is not taken for the words.)
    assert run("The talks failed, said Jack Smith, a retired army colonel.").statements == []


def test_a_bare_quotation_after_a_paragraph_about_one_person_is_theirs():
    text = (
        "Kuleba gave an interview to a local channel on May 4.\n\n"
        "He said this during his visit, but it was published only on Wednesday.\n\n"
        '"Nobody says it openly, but we will not join this war on either side."\n'
    )
    assert [(s.speaker, s.text) for s in run(text).statements] == [
        ("Dmytro Kuleba", "Nobody says it openly, but we will not join this war on either side."),
    ]


def test_she_when_only_one_person_has_spoken_and_no_woman_is_named():
    text = (
        "Umerov said on Monday that the talks had stalled.\n\n"
        '"We will keep trying, but it is hard," she said.\n'
    )
    assert [(s.speaker, s.text) for s in run(text).statements] == [
        ("Rustem Umerov", "the talks had stalled"),
        ("Rustem Umerov", "We will keep trying, but it is hard,"),
    ]
    text = (
        "Umerov said on Monday that the talks had stalled. A woman in the crowd disagreed.\n\n"
        '"We will keep trying, but it is hard," she said.\n'
    )
    assert [s.speaker for s in run(text).statements] == ["Rustem Umerov", None]


def test_a_given_name_with_an_accent_tells_her_gender():
    gazetteer = Gazetteer(actors=(ActorEntry("Agnès Roe", role="Secretary General"),))
    text = (
        "Agnès Roe visited the city on Monday with John Smith.\n\n"
        '"The shelling of the hospital broke every rule of war," she said.\n'
    )
    [s] = extract(text, gazetteer=gazetteer, published=THURSDAY).statements
    assert (s.speaker, s.text) == (
        "Agnès Roe",
        "The shelling of the hospital broke every rule of war,",
    )


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (
            "The ministry said in a statement that mediation talks have been successful.",
            "mediation talks have been successful",
        ),
        (
            "The ministry said that integration efforts will continue.",
            "integration efforts will continue",
        ),
    ],
)
def test_a_clause_after_that_may_open_with_a_noun_in_tion(sentence, text):
    assert [s.text for s in extract(sentence, gazetteer=Gazetteer(actors=())).statements] == [text]


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("Ruritania reiterated its stance on the war between the two nations.", []),
        ("Ruritania publicly stated its position on the conflict as the war raged on.", []),
        (
            "Ruritania said its position on the war had not changed.",
            ["its position on the war had not changed"],
        ),
    ],
)
def test_a_stance_named_only_by_its_topic_is_no_statement(sentence, texts):
    gazetteer = Gazetteer(actors=(ActorEntry("Ruritania", kind="state"),))
    assert [s.text for s in extract(sentence, gazetteer=gazetteer).statements] == texts


@pytest.mark.parametrize("copula", ["stands", "stood"])
def test_someone_who_stands_accused_makes_no_statement(copula):
    text = (
        f"The commander {copula} accused of leaking the plans to a rival.\n\n"
        "Peskov accused Kyiv of leaking the plans.\n"
    )
    found = run(text).statements
    assert [(s.speaker, s.text) for s in found] == [
        ("Dmitry Peskov", "accused Kyiv of leaking the plans")
    ]


def test_highlighted_and_hoped_report_a_clause():
    assert [(s.speaker, s.text) for s in run(
        "Kuleba highlighted that the new air defence had saved the power plants.\n\n"
        "Peskov hoped that the next round of talks would bring the sides closer.\n"
    ).statements] == [
        ("Dmytro Kuleba", "the new air defence had saved the power plants"),
        ("Dmitry Peskov", "the next round of talks would bring the sides closer"),
    ]  # fmt: skip


@pytest.mark.parametrize("who", ["some residents", "many residents"])
def test_a_quantified_subject_after_an_opening_clause_is_the_speaker(who):
    text = f"As the siege drags on, {who} say they will stay in their homes.\n"
    (s,) = run(text).statements
    assert (s.speaker_mention, s.text) == (who, "they will stay in their homes")


def test_a_report_of_a_body_is_a_noun_not_a_second_frame():
    text = (
        "According to the morning report of Examplian military analysts, the enemy is "
        "trying to cross the river.\n"
    )
    found = run(text).statements
    assert [s.text for s in found] == ["the enemy is trying to cross the river"]


def test_re_emphasized_is_a_reporting_verb():
    text = "Zelensky re-emphasized on Telegram that the front line was holding.\n"
    (s,) = run(text).statements
    assert (s.speaker, s.text, s.via) == (
        "Volodymyr Zelensky",
        "the front line was holding",
        "Telegram",
    )


def test_commented_on_a_topic_is_no_claim():
    # "commented on <noun>" names what the words were about, not the words; a participle's
    # passive agent after it ("launched by ...") is no inverted subject
    for text in (
        "Kuleba commented on Sunday's interception of a drone above a border town.\n",
        "The foreign minister, Dmytro Kuleba, commented on the interception of a glide bomb "
        "above a border town, fired by enemy jets from the east.\n",
    ):
        assert run(text).statements == []
    (s,) = run("Kuleba commented on the strike that the air defence had failed.\n").statements
    assert (s.speaker, s.text) == ("Dmytro Kuleba", "the air defence had failed")


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "Kuleba, after talks with his Polish counterpart in a border town, told a news "
            "conference on Friday that the grain corridor would reopen.",
            "Dmytro Kuleba",
            "the grain corridor would reopen",
        ),
        (
            "Umerov, while touring a drone workshop near the capital, stressed that output had "
            "tripled.",
            "Rustem Umerov",
            "output had tripled",
        ),
        (
            "Kuleba, when visiting the rebuilt bridge outside the city, claimed that repairs were "
            "ahead of schedule.",
            "Dmytro Kuleba",
            "repairs were ahead of schedule",
        ),
        (
            "Umerov, hours after the raid on the airfield, insisted that no jets were lost.",
            "Rustem Umerov",
            "no jets were lost",
        ),
        (
            "Kuleba, because of the fog over the airport, told the forum by video link that the "
            "talks must go on.",
            "Dmytro Kuleba",
            "the talks must go on",
        ),
    ],
)
def test_a_setting_between_commas_after_the_subject_keeps_the_subject(text, speaker, words):
    [s] = run(text).statements
    assert (s.speaker, s.text) == (speaker, words)


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "Peskov said after the first round of talks in more than a month that Moscow would "
            "study the offer.",
            "Dmitry Peskov",
            "Moscow would study the offer",
        ),
        (
            "Kuleba announced during a visit to the frontline towns of the southern region that "
            "new shelters would open.",
            "Dmytro Kuleba",
            "new shelters would open",
        ),
        (
            "Umerov said, speaking at a ceremony in a crowded hangar near Lviv, that two new "
            "brigades were ready.",
            "Rustem Umerov",
            "two new brigades were ready",
        ),
    ],
)
def test_a_long_setting_between_the_verb_and_that_is_skipped(text, speaker, words):
    [s] = run(text).statements
    assert (s.speaker, s.text) == (speaker, words)


def test_a_relative_clause_with_its_own_after_keeps_the_subject_before_it():
    text = (
        "Umerov, who was appointed last year after his predecessor resigned, told reporters "
        "the front line was stable."
    )
    [s] = run(text).statements
    assert (s.speaker, s.text) == ("Rustem Umerov", "the front line was stable")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Kuleba told Biden Kyiv expects a decision within days.",
            "Kyiv expects a decision within days",
        ),
        ("Kuleba told Biden the decision was welcome.", "the decision was welcome"),
        (
            "Kuleba told Examplia Radio Ukraine's army needed more shells.",
            "Ukraine's army needed more shells",
        ),
        (
            "Kuleba told his Examplian counterpart Kyiv expects the loan by spring.",
            "Kyiv expects the loan by spring",
        ),
        ("Kuleba told Examplian allies Ukraine will hold the line.", "Ukraine will hold the line"),
        (
            "Kuleba told Examplia Radio recently Kyiv was ready for a swap.",
            "Kyiv was ready for a swap",
        ),
    ],
)
def test_told_a_named_listener_then_a_capitalised_subject_splits_the_names(text, words):
    [s] = run(text).statements
    assert (s.speaker, s.text) == ("Dmytro Kuleba", words)


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "Zelensky, in a video address on Sunday, said he and Biden agreed to expand air "
            "defence cooperation.",
            "Volodymyr Zelensky",
            "he and Biden agreed to expand air defence cooperation",
        ),
        (
            "Peskov, speaking to state television, claimed he and Kuleba's predecessor agreed on "
            "the text years ago.",
            "Dmitry Peskov",
            "he and Kuleba's predecessor agreed on the text years ago",
        ),
    ],
)
def test_said_he_and_another_then_a_verb_is_no_inverted_attribution(text, speaker, words):
    [s] = run(text).statements
    assert (s.speaker, s.text) == (speaker, words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Kuleba assured Biden Ukraine would repay every loan.", "Ukraine would repay every loan"),
        (
            "Kuleba warned reporters the winter would be hard.",
            "the winter would be hard",
        ),
        # no listener: the name after the verb is the clause's subject
        ("Kuleba warned Kyiv would answer every strike.", "Kyiv would answer every strike"),
    ],
)
def test_a_listener_before_a_bare_clause_after_warned_or_assured(text, words):
    [s] = run(text).statements
    assert (s.speaker, s.text) == ("Dmytro Kuleba", words)


@pytest.mark.parametrize(
    "text",
    [
        "Kuleba flew to Warsaw on Monday, and said they agreed on a joint drone plant.",
        "The round in Geneva ended late, and Kuleba said the sides agreed on a joint drone plant.",
    ],
)
def test_a_later_verb_inside_a_reported_clause_is_no_inverted_attribution(text):
    [s] = run(text).statements
    assert s.speaker == "Dmytro Kuleba"
    assert s.text.endswith("agreed on a joint drone plant")


def test_a_pronoun_after_after_which_is_the_main_clauses_subject():
    text = (
        "Kuleba said the border crossings were open.\n\n"
        "On Monday, Ukrainian Defence Minister Rustem Umerov chaired a session of the war "
        "cabinet, after which he stated that the reserves were ready for rotation.\n"
    )
    found = [(s.speaker, s.text) for s in run(text).statements]
    assert ("Rustem Umerov", "the reserves were ready for rotation") in found


@pytest.mark.parametrize("copula", ["looks credible", "seems unlikely", "appears very plausible"])
def test_a_copula_and_its_adjective_make_the_statement_before_a_trailing_attribution(copula):
    text = (
        f"The account of the night raid on the river port {copula}, Jane Roe, a retired "
        "naval officer, said earlier."
    )
    [s] = run(text).statements
    assert (s.speaker, s.text) == (
        "Jane Roe",
        f"The account of the night raid on the river port {copula}",
    )


def test_a_relative_clauses_report_ends_before_the_main_clauses_told():
    text = "Kyiv, which has denied shelling the dam, told Examplia Radio the claims were invented."
    found = [(s.speaker, s.text) for s in run(text).statements]
    assert ("Government of Ukraine", "the claims were invented") in found
    assert all("told" not in words for _, words in found)


def test_a_relative_that_inside_the_setting_opens_no_reported_clause():
    text = "Kuleba spoke after the raid that damaged two grain silos near the port."
    assert run(text).statements == []
    text = "Kuleba warned after the raid that damaged two grain silos near the port."
    assert run(text).statements == []


def test_a_quotation_opening_on_the_reported_clauses_verb_is_a_mixed_statement():
    text = (
        "Asked whether the talks were at risk, Jan Novak said the delegation “prefers not to "
        "comment on the progress of the negotiations.”\n\n"
        "Marta Kowal posted a video on Telegram claiming the army is sending only a third of the "
        "shells her unit needs."
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 15))
    assert [(s.speaker, s.kind, s.text) for s in result.statements] == [
        (
            "Jan Novak",
            "mixed",
            "the delegation “prefers not to comment on the progress of the negotiations.”",
        ),
        (
            "Marta Kowal",
            "indirect",
            "the army is sending only a third of the shells her unit needs",
        ),
    ]


def test_a_fronted_reporting_participle_is_the_main_subjects_report():
    text = (
        "Stressing that the border cannot be moved by force, Jan Novak said, “We will keep "
        "helping our neighbour.”\n\n"
        "Noting that the corridor had worked for a year, Marta Kowal said it should reopen."
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 15))
    assert sorted((s.speaker, s.kind, s.text) for s in result.statements) == [
        ("Jan Novak", "direct", "We will keep helping our neighbour."),
        ("Jan Novak", "indirect", "the border cannot be moved by force"),
        ("Marta Kowal", "indirect", "it should reopen"),
        ("Marta Kowal", "indirect", "the corridor had worked for a year"),
    ]


def test_the_narrators_reading_of_why_words_were_said_is_not_part_of_them():
    text = (
        "Jan Novak insisted he was not “taking back” his remarks, seeking to separate his hopes "
        "from any change of policy.\n\n"
        "Marta Kowal said the talks would resume, in an apparent bid to calm the markets."
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 15))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Jan Novak", "he was not “taking back” his remarks"),
        ("Marta Kowal", "the talks would resume"),
    ]


def test_a_reporting_word_after_an_article_is_a_noun_not_a_trailing_attribution():
    text = (
        "Jan Novak also noted that the dam is in a fragile state, and added that in May, he "
        "would send a report to the council."
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 15))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Jan Novak", "the dam is in a fragile state"),
        ("Jan Novak", "in May, he would send a report to the council"),
    ]


# Round 10 sweep (rsweep): reported speech without quotation marks, the mechanisms a grid of
# invented variants showed failing.


@pytest.mark.parametrize("listener", ["the state news agency", "Examplia news agency"])
def test_a_news_agency_listener_after_an_inverted_told_is_no_clause(listener):
    text = f"The convoy carried only tinned food and blankets, Kuleba told {listener}."
    [s] = run(text).statements
    assert (s.speaker, s.kind, s.text) == (
        "Dmytro Kuleba",
        "indirect",
        "The convoy carried only tinned food and blankets",
    )


def test_a_participle_inside_the_setting_reports_nothing():
    text = (
        "Ukrainian officials said in an interview with a local radio station published on "
        "Sunday that the convoy carried only tinned food."
    )
    [s] = run(text).statements
    assert (s.speaker, s.text) == ("Ukrainian officials", "the convoy carried only tinned food")


def test_an_inverted_attribution_keeps_its_setting_participle():
    text = (
        "The convoy carried only tinned food and blankets, Ukrainian officials said in a video "
        "posted on Monday."
    )
    [s] = run(text).statements
    assert (s.speaker, s.text) == (
        "Ukrainian officials",
        "The convoy carried only tinned food and blankets",
    )


def test_a_medium_with_its_interviewer_and_participle_is_where_it_was_said():
    text = (
        "The convoy carried only tinned food and blankets, Kuleba said in an interview with a "
        "local radio station published on Sunday."
    )
    [s] = run(text).statements
    assert (s.speaker, s.text) == (
        "Dmytro Kuleba",
        "The convoy carried only tinned food and blankets",
    )


def test_a_relative_clauses_participle_in_the_setting_still_reports():
    text = (
        "Kuleba commented on the Examplia Times article which alleged that the envoy had met "
        "the rebels twice."
    )
    [s] = run(text).statements
    assert s.text == "the envoy had met the rebels twice"
    assert s.speaker != "Dmytro Kuleba"


@pytest.mark.parametrize("modal", ["would later say", "would eventually say", "will later say"])
def test_a_modal_between_the_subject_and_its_verb_is_no_part_of_the_subject(modal):
    text = f"Ukrainian officials {modal} that the convoy carried only tinned food."
    [s] = run(text).statements
    assert (s.speaker, s.text) == ("Ukrainian officials", "the convoy carried only tinned food")


@pytest.mark.parametrize(
    ("listener", "clause"),
    [
        ("lawmakers in parliament", "the convoy carried only tinned food"),
        ("reporters at the Pentagon", "Kyiv had no plans to leave the town"),
        ("a security forum in Munich", "Russian forces were massing near the border"),
        (
            "a local radio station in an interview published on Monday",
            "Kyiv had no plans to leave the town",
        ),
    ],
)
def test_a_listener_with_its_place_then_a_clause_without_that(listener, clause):
    [s] = run(f"Kuleba told {listener} {clause}.").statements
    assert (s.speaker, s.kind, s.text) == ("Dmytro Kuleba", "indirect", clause)


@pytest.mark.parametrize(
    "aside",
    [
        "without providing evidence",
        "without giving details",
        "speaking on condition of anonymity",
        "citing intelligence reports",
    ],
)
def test_a_participles_aside_between_the_verb_and_that(aside):
    text = f"Ukrainian officials claimed, {aside}, that the convoy carried only tinned food."
    [s] = run(text).statements
    assert (s.speaker, s.kind, s.text) == (
        "Ukrainian officials",
        "indirect",
        "the convoy carried only tinned food",
    )


@pytest.mark.parametrize(
    "predicate",
    [
        "met the envoy on Monday and said that",
        "declined to comment on the report, but said",
        "did not elaborate, but said",
        "thanked the hosts for their support but said that",
        "visited the depot and said",
    ],
)
def test_a_verb_joined_to_an_earlier_predicate_shares_its_subject(predicate):
    text = f"Ukrainian officials {predicate} the convoy carried only tinned food."
    [s] = run(text).statements
    assert (s.speaker, s.kind, s.text) == (
        "Ukrainian officials",
        "indirect",
        "the convoy carried only tinned food",
    )


def test_a_participles_subject_is_not_a_noun_inside_the_opening_quotation():
    text = (
        "“I think the best thing is to wait,” Kuleba said, noting that the convoy carried only "
        "tinned food."
    )
    speakers = {(s.speaker, s.text) for s in run(text).statements}
    assert ("Dmytro Kuleba", "the convoy carried only tinned food") in speakers


@pytest.mark.parametrize(
    "attribution",
    [
        "Jana Roe, 54, said",
        "Jana Roe, 54, a teacher from the village, said",
        "Jana Roe, who chairs the committee on transport, said",
    ],
)
def test_an_inverted_new_name_with_an_age_or_a_relative_clause(attribution):
    text = f"The convoy carried only tinned food, {attribution}."
    [s] = run(text).statements
    assert (s.speaker, s.kind, s.text) == (
        "Jana Roe",
        "indirect",
        "The convoy carried only tinned food",
    )


@pytest.mark.parametrize(
    "frame", ["did not give details, except to say", "gave no figures other than to say that"]
)
def test_an_infinitive_after_except_reports_for_the_sentences_subject(frame):
    text = f"Ukrainian officials {frame} the convoy carried only tinned food."
    [s] = run(text).statements
    assert (s.speaker, s.kind, s.text) == (
        "Ukrainian officials",
        "indirect",
        "the convoy carried only tinned food",
    )


def test_an_infinitive_after_a_wish_is_no_report():
    assert run("Kyiv wants the envoys to say that the convoy carried only food.").statements == []


@pytest.mark.parametrize(
    "setting",
    [
        "in a statement on Telegram",
        "in an interview with the BBC",
        "during a visit to Lviv",
        "in a video address late on Sunday",
        "in a post on social media",
        "Monday",
    ],
)
def test_a_setting_between_the_verb_and_a_bare_clause_is_no_part_of_it(setting):
    text = f"Jana Roe said {setting} Kyiv had no plans to leave the town."
    [s] = run(text).statements
    assert (s.speaker, s.text) == ("Jana Roe", "Kyiv had no plans to leave the town")


@pytest.mark.parametrize("time", ["late on Sunday", "afterwards", "early on Monday"])
def test_a_time_between_the_verb_and_that(time):
    text = f"Jana Roe said {time} that Kyiv had no plans to leave the town."
    [s] = run(text).statements
    assert (s.speaker, s.text) == ("Jana Roe", "Kyiv had no plans to leave the town")


@pytest.mark.parametrize(
    "manner", ["without giving details", "but gave no details", "but did not elaborate"]
)
def test_the_narrators_note_on_how_it_was_said_ends_the_clause(manner):
    text = f"Jana Roe said Kyiv had no plans to leave the town, {manner}."
    [s] = run(text).statements
    assert (s.speaker, s.text) == ("Jana Roe", "Kyiv had no plans to leave the town")


@pytest.mark.parametrize(
    "act",
    [
        "demanded the immediate release of the prisoners",
        "urged the allies to release the prisoners",
    ],
)
def test_an_act_after_an_apposition_is_no_inverted_documents_attribution(act):
    text = f"Jana Roe, a teacher from the village, {act}."
    [s] = run(text).statements
    assert (s.speaker, s.kind, s.text) == ("Jana Roe", "indirect", act)


def test_an_according_to_aside_inside_the_reported_clause_is_the_speakers():
    text = "Jana Roe said that, according to early data, the convoy carried only tinned food."
    [s] = run(text).statements
    assert (s.speaker, s.text) == (
        "Jana Roe",
        "according to early data, the convoy carried only tinned food",
    )


@pytest.mark.parametrize(
    "subject",
    [
        "Colonel Oleh Marchuk, the commander of the country's armed forces,",
        "Marta Kowalczyk, a senior official who advised the ministry,",
    ],
)
def test_an_apposition_then_a_setting_between_subject_and_verb(subject):
    # (csweep) "X, <apposition>, after talks with Y in Z, said that": the apposition's nouns
    # ("armed forces", "advised") are no clause of the sentence's own.
    text = (
        f"{subject} after talks with Zelensky in Kyiv, said that the crossings would stay shut.\n"
    )
    name = " ".join(subject.split(",")[0].split()[-2:])
    assert _said(run(text)) == [(name, "the crossings would stay shut")]


def test_stance_verbs_report_only_before_that():
    text = (
        "The head of the aid group, Jane Roe, expects that the exchange will take place within "
        "weeks.\n\n"
        "Jan Novak hopes to win support from the ministry, raising hopes that the works resume."
        "\n\n"
        "Marta Kowal recognized that the road to peace would be long.\n\n"
        "The parliament recognized the independence of the breakaway region."
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 15))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Jane Roe", "the exchange will take place within weeks"),
        ("Marta Kowal", "the road to peace would be long"),
    ]


def test_cited_with_an_apposition_and_a_participle_after_an_adverb_report():
    text = (
        "Examplian news agencies cited Jan Novak, the head of the occupied region, as saying "
        "that the shelling had killed two people.\n\n"
        "Marta Kowal praised the volunteers, at the same time warning that the winter would be "
        "hard."
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 15))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Jan Novak", "the shelling had killed two people"),
        ("Marta Kowal", "the winter would be hard"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Jana Roe said — without giving details — that the convoy carried only tinned food.",
        "The convoy carried only tinned food, Jana Roe — a teacher from the village — said.",
    ],
)
def test_an_aside_between_dashes_in_a_reporting_frame(sentence):
    [s] = run(sentence).statements
    assert (s.speaker, s.text.lower()) == ("Jana Roe", "the convoy carried only tinned food")


@pytest.mark.parametrize(
    "role", ["the Examplian ambassador to London", "a researcher at the Examplia institute"]
)
def test_a_role_with_its_place_after_the_head_noun_can_be_an_inverted_speaker(role):
    # The speaker is unnamed (no one holds the role in the gazetteer), but the words are a
    # statement: the head noun stands before "to London", "at the institute".
    [s] = run(f"The talks have stalled for good, {role} has told a British broadcaster.").statements
    assert (s.speaker, s.kind, s.text) == (None, "indirect", "The talks have stalled for good")


@pytest.mark.parametrize(
    "verb", ["shared this update", "gave these figures", "made this statement"]
)
def test_a_back_reference_to_a_shared_update_makes_the_sentence_before_the_persons(verb):
    text = (
        "Examplia and Ruritania have reached a preliminary deal to swap prisoners every month.\n"
        f"Jana Roe, Examplia's human rights commissioner, {verb} on Monday.\n"
    )
    [s] = run(text).statements
    assert (s.speaker, s.kind, s.text) == (
        "Jana Roe",
        "indirect",
        "Examplia and Ruritania have reached a preliminary deal to swap prisoners every month",
    )


@pytest.mark.parametrize("verb", ["shared this update", "reported this"])
def test_the_day_told_in_a_back_reference_dates_the_words(verb):
    text = (
        "Examplia and Ruritania have reached a preliminary deal to swap prisoners every month.\n"
        f"Jana Roe, Examplia's human rights commissioner, {verb} on Monday.\n"
    )
    [s] = run(text).statements  # published on Thursday, 7 March 2024
    assert (s.speaker, s.said_on) == ("Jana Roe", dt.date(2024, 3, 4))


def test_as_with_a_pronoun_closes_a_statement():
    text = (
        "Jana Roe arrived in Lviv on Monday.\n\nThe convoy carried only tinned food, as she said.\n"
    )
    [s] = run(text).statements
    assert (s.speaker, s.kind, s.text) == (
        "Jana Roe",
        "indirect",
        "The convoy carried only tinned food",
    )


def test_a_second_report_joined_by_while_closes_the_first():
    text = (
        "The Examplian general staff said on Tuesday that it was holding 200 prisoners of war, "
        "while news agencies cited Jan Novak, leader of the separatists, as saying that there "
        "were hundreds of prisoners."
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 15))
    assert [(s.speaker, s.text) for s in result.statements] == [
        (None, "it was holding 200 prisoners of war"),
        ("Jan Novak", "there were hundreds of prisoners"),
    ]


def test_according_to_data_from_a_body_and_an_according_intro_before_a_quotation():
    text = (
        "According to preliminary data from the Examplia Emergency Centre, 17 people were "
        "injured. According to Jan Novak, there is already one dead:\n\n"
        "“For the third night running, the enemy is shelling the tram depots.”"
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 15))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Examplia Emergency Centre", "17 people were injured"),
        ("Jan Novak", "there is already one dead"),
        ("Jan Novak", "For the third night running, the enemy is shelling the tram depots."),
    ]


def test_according_to_a_name_after_an_abbreviated_title():
    text = (
        "Jan Novak met the envoys on Monday.\n\n"
        "According to Mr. Novak, it is time to talk with the partners about how the fighting "
        "stops.\n\nAccording to Gen. Marta Kowal, the front is stable."
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 15))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Jan Novak", "it is time to talk with the partners about how the fighting stops"),
        ("Marta Kowal", "the front is stable"),
    ]
