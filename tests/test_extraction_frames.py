"""Extraction 1.6: reporting frames seen in wire copy and Ukrainian outlets, sentences written here."""

import datetime as dt

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
        "Zelensky responded to a question about Peskov’s comment a day earlier that the talks had "
        "failed.\n"
    )
    assert _said(run(text)) == [("Dmitry Peskov", "the talks had failed")]


def test_a_clause_whose_verb_is_in_quotation_marks_is_still_a_clause():
    text = (
        "Zelensky, speaking alongside the visiting minister at a briefing, said he “welcomes” "
        "the visit, the first in a decade, but stressed that Ukraine needs a lasting peace.\n"
    )
    assert _said(run(text)) == [
        ("Volodymyr Zelensky", "he “welcomes” the visit, the first in a decade"),
        ("Volodymyr Zelensky", "Ukraine needs a lasting peace"),
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
        "the raids at the end of 2023, but said that the army had new drones.\n"
    )
    assert _said(run(text)) == [("Rustem Umerov", "the army had new drones")]


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
