"""Extraction on wire, agency and live-blog prose: one test per construction, sentences written here.

These cover what other outlets do that the seed articles do not: datelines, attribution after
the statement, appositions around names, told-objects, page furniture of news sites.
"""

import datetime as dt

import pytest

from statements.extraction import ActorEntry, Gazetteer, extract

GAZETTEER = Gazetteer(
    actors=(
        ActorEntry("Vladimir Putin", role="President of Russia", aliases=("Putin",)),
        ActorEntry("Dmitry Peskov", role="Kremlin spokesman", aliases=("Peskov",)),
        ActorEntry(
            "Volodymyr Zelensky",
            role="President of Ukraine",
            aliases=("Zelensky", "Zelenskyy", "Zelenskiy"),
        ),
        ActorEntry("Sergei Lavrov", role="Foreign Minister of Russia", aliases=("Lavrov",)),
        ActorEntry("Maria Zakharova", role="Foreign Ministry spokeswoman", aliases=("Zakharova",)),
        ActorEntry("Rafael Grossi", role="Director General of the IAEA", aliases=("Grossi",)),
        ActorEntry(
            "Russian Defense Ministry",
            kind="organisation",
            aliases=("Russian Defence Ministry", "Russia's Defence Ministry"),
        ),
        ActorEntry("Ukrainian Air Force", kind="organisation", aliases=("Ukraine's air force",)),
        ActorEntry("Government of Ukraine", kind="state", aliases=("Kyiv", "Ukraine")),
        ActorEntry("Russian government", kind="state", aliases=("Russia", "Moscow")),
        ActorEntry("TASS", kind="media"),
        ActorEntry("Reuters", kind="media"),
    )
)


def run(text: str, published: dt.date | None = dt.date(2024, 5, 14)):
    return extract(text, gazetteer=GAZETTEER, published=published)


def triples(text: str, published: dt.date | None = dt.date(2024, 5, 14)):
    return [(s.speaker, s.kind, s.text) for s in run(text, published).statements]


# --- page furniture --------------------------------------------------------------------------


def test_teaser_titles_after_a_bare_read_next_marker_produce_nothing():
    text = (
        "Peskov said the talks would resume next month.\n\n"
        'Read Next\nWorld\nLatvia says Russia is preparing "hybrid attacks"\n'
        "Zelensky says the front line is holding\n"
    )
    assert [s.text for s in run(text).statements] == ["the talks would resume next month"]


def test_author_note_and_membership_appeal_produce_nothing():
    text = (
        "Peskov said the talks would resume next month.\n\n"
        "Note from the author:\nHello, I am Ivan. I wrote this story to explain what is at "
        "stake. If you value our reporting, consider becoming a member.\n"
    )
    assert [s.text for s in run(text).statements] == ["the talks would resume next month"]


def test_wire_photo_caption_does_not_date_the_article():
    text = (
        "Zelensky says allies must act faster\n\n"
        "March 3, 20249:02 AM GMT+1Updated 2 hours ago\n\n"
        "[1/2] Rescuers work at a damaged building in Kharkiv, Ukraine, March 1, 2024. "
        "REUTERS/Staff Purchase Licensing Rights, opens new tab\n\n"
        "KYIV, March 3 (Reuters) - Zelensky said on Sunday that allies had to act faster.\n"
    )
    result = run(text, published=None)
    assert result.published == dt.date(2024, 3, 3)
    assert [(s.text, s.said_on) for s in result.statements] == [
        ("allies had to act faster", dt.date(2024, 3, 3))
    ]


# --- names -----------------------------------------------------------------------------------


def test_place_and_role_before_a_new_name_are_not_part_of_the_name():
    text = (
        "Kherson Governor Ivan Petrenko said that two bridges had been damaged. "
        "Odesa regional Gov. Petro Marchenko said that the port was working normally."
    )
    assert [s.speaker for s in run(text).statements] == ["Ivan Petrenko", "Petro Marchenko"]


def test_name_particle_is_not_read_inside_a_lowercase_word():
    text = "The regional Gov. Petro Marchenko said that the port was working normally."
    assert [s.speaker for s in run(text).statements] == ["Petro Marchenko"]


@pytest.mark.parametrize(
    ("people", "speaker"),
    [
        (("Olivia Grant",), "Olivia Grant"),
        (("Olivia Grant", "Tom Grant"), None),  # two Grants: no guess
    ],
)
def test_a_title_and_a_surname_name_the_one_gazetteer_person_with_that_surname(people, speaker):
    gazetteer = Gazetteer(actors=tuple(ActorEntry(p, role="Spokesperson") for p in people))
    text = "Ms Grant said the sanctions would stay in place.\n"
    [s] = extract(text, gazetteer=gazetteer, published=dt.date(2022, 2, 25)).statements
    assert (s.speaker, s.speaker_mention) == (speaker, "Ms Grant")


# --- attribution after the statement ---------------------------------------------------------


def test_trailing_attribution_followed_by_an_appended_phrase():
    text = (
        "KYIV, May 14 (Reuters) - Russian drones hit a power plant in the Sumy region on Tuesday, "
        "Ukraine's air force said, in what officials called the heaviest strike this month."
    )
    assert triples(text) == [
        (
            "Ukrainian Air Force",
            "indirect",
            "Russian drones hit a power plant in the Sumy region on Tuesday",
        )
    ]


def test_trailing_attribution_with_a_date_and_an_apposition_after_it():
    text = (
        "Ukrainian troops have retaken three villages near Vovchansk, Zelensky said on May 13, "
        "the first such gain reported from the area in weeks."
    )
    result = run(text)
    assert [(s.speaker, s.text, s.said_on) for s in result.statements] == [
        (
            "Volodymyr Zelensky",
            "Ukrainian troops have retaken three villages near Vovchansk",
            dt.date(2024, 5, 13),
        )
    ]


# --- direct quotes ---------------------------------------------------------------------------


def test_quote_attributed_after_it_to_a_name_with_an_apposition():
    text = (
        "“The situation at the plant is stable,” Rafael Grossi, the head of the U.N. nuclear "
        "agency, told reporters after his visit. “We will keep experts there.”"
    )
    assert triples(text) == [
        ("Rafael Grossi", "direct", "The situation at the plant is stable,"),
        ("Rafael Grossi", "direct", "We will keep experts there."),
    ]


# --- told ------------------------------------------------------------------------------------


def test_told_a_described_outlet_with_a_date_then_that():
    text = "Lavrov told state news agency TASS on Monday that the proposal was unacceptable."
    (s,) = run(text).statements
    assert (s.speaker, s.text, s.via, s.said_on) == (
        "Sergei Lavrov",
        "the proposal was unacceptable",
        "TASS",
        dt.date(2024, 5, 13),
    )


def test_told_an_unnamed_broadcaster_then_that():
    text = "A Russian-installed official, Ivan Sidorenko, told regional television that the bridge had been hit."
    assert triples(text) == [("Ivan Sidorenko", "indirect", "the bridge had been hit")]


def test_told_reporters_while_something_happened_then_that():
    text = (
        "Zelensky told reporters as his plane landed in Warsaw that the summit would be decisive."
    )
    assert triples(text) == [("Volodymyr Zelensky", "indirect", "the summit would be decisive")]


def test_told_reporters_followed_by_a_clause_keeps_the_clause():
    text = "Peskov told reporters the Kremlin had no doubt that the strikes were planned in London."
    assert triples(text) == [
        (
            "Dmitry Peskov",
            "indirect",
            "the Kremlin had no doubt that the strikes were planned in London",
        )
    ]


def test_said_on_that_day_is_a_date_not_the_start_of_the_clause():
    text = "The deal expired on May 10. Peskov said on that day that Moscow would not extend it."
    assert triples(text) == [("Dmitry Peskov", "indirect", "Moscow would not extend it")]


# --- one sentence, several statements --------------------------------------------------------


def test_adding_that_after_a_full_that_clause_is_a_second_statement():
    text = (
        "Zakharova wrote on her Telegram channel that the sanctions had failed completely, "
        "adding that Europe would pay for its own decisions."
    )
    assert triples(text) == [
        ("Maria Zakharova", "indirect", "the sanctions had failed completely"),
        ("Maria Zakharova", "indirect", "Europe would pay for its own decisions"),
    ]


def test_and_urged_after_a_that_clause_is_a_second_statement_by_the_same_speaker():
    text = (
        "Lavrov said that the West was pushing Kyiv towards escalation and urged "
        "European capitals to stop arms deliveries."
    )
    assert triples(text) == [
        ("Sergei Lavrov", "indirect", "the West was pushing Kyiv towards escalation"),
        ("Sergei Lavrov", "indirect", "urged European capitals to stop arms deliveries"),
    ]


def test_and_vowed_is_a_commitment_not_a_second_statement():
    text = "Kyiv said the talks had stalled and vowed to keep fighting for every village."
    assert [s.text for s in run(text).statements] == [
        "the talks had stalled and vowed to keep fighting for every village"
    ]


def test_quoted_words_inside_a_reported_clause_make_one_mixed_statement():
    text = 'Zelensky said Putin "will only understand strength" and called on allies to send jets.'
    assert triples(text) == [
        ("Volodymyr Zelensky", "mixed", 'Putin "will only understand strength"'),
        ("Volodymyr Zelensky", "indirect", "called on allies to send jets"),
    ]


def test_quote_inside_a_later_sentence_is_not_attributed_by_a_said_ending_the_one_before():
    text = (
        '"We are ready," Peskov said. He added that Moscow would judge Kyiv by "actions, not '
        'words" in the coming weeks.'
    )
    assert triples(text) == [
        ("Dmitry Peskov", "direct", "We are ready,"),
        (
            "Dmitry Peskov",
            "mixed",
            'Moscow would judge Kyiv by "actions, not words" in the coming weeks',
        ),
    ]


# --- attribution inside and around the statement ---------------------------------------------


def test_parenthetical_attribution_inside_the_statement():
    text = "The offensive, Peskov said, had achieved all of its goals for the spring."
    assert triples(text) == [
        (
            "Dmitry Peskov",
            "indirect",
            "The offensive, Peskov said, had achieved all of its goals for the spring",
        )
    ]


def test_according_to_a_role_with_the_name_in_apposition():
    text = (
        "According to the mayor of the city of Sumy, Oleksii Drozdenko, three schools were "
        "damaged overnight."
    )
    assert triples(text) == [
        ("Oleksii Drozdenko", "indirect", "three schools were damaged overnight")
    ]


def test_trailing_attribution_then_adding_that():
    text = (
        "Russia launched 52 drones at Ukraine overnight, Ukraine's air force said, adding that "
        "44 of them had been shot down."
    )
    assert triples(text) == [
        ("Ukrainian Air Force", "indirect", "Russia launched 52 drones at Ukraine overnight"),
        ("Ukrainian Air Force", "indirect", "44 of them had been shot down"),
    ]


def test_one_word_body_named_in_apposition_is_the_speaker():
    text = (
        "Ukraine's state railway company, Ukrzaliznytsia, said on Monday that trains to "
        "Kharkiv were running with delays."
    )
    (s,) = run(text).statements
    assert (s.speaker, s.speaker_kind) == ("Ukrzaliznytsia", "organisation")


def test_via_is_not_the_day_of_the_statement():
    text = "Peskov said in a statement on Sunday that the Kremlin had not received the proposal."
    (s,) = run(text).statements
    assert (s.via, s.said_on) == ("", dt.date(2024, 5, 12))


# --- unnamed sources and descriptions --------------------------------------------------------


def test_unnamed_sources_get_a_descriptive_speaker_and_are_referred_back_to():
    text = (
        "Two senior U.S. officials said the aid package would be announced next week. "
        "The officials said the package would include air defence missiles. "
        "One of the officials added that no date had been set for the talks."
    )
    assert [s.speaker for s in run(text).statements] == ["US officials"] * 3


def test_bare_officials_name_no_one():
    text = "Officials said the attack had damaged a grain terminal in the port."
    assert [s.speaker for s in run(text).statements] == [None]


def test_definite_description_points_back_to_the_last_person():
    text = (
        "Maria Zakharova held her weekly briefing on Thursday. According to the diplomat, "
        "Western countries had broken every promise they made. The spokeswoman said that "
        "Moscow would respond."
    )
    assert [s.speaker for s in run(text).statements] == ["Maria Zakharova"] * 2


def test_an_outlet_relaying_what_someone_said_is_not_the_speaker():
    text = "The details were handed to the other side, Putin said, TASS informs.\n"
    assert [(s.speaker, s.text) for s in run(text).statements] == [
        ("Vladimir Putin", "The details were handed to the other side")
    ]


def test_an_official_in_the_lead_is_the_official_the_next_paragraph_names_with_a_title():
    text = (
        "ODESA, Ukraine (AP) — Two missiles struck the port city, killing one person, an "
        "official said Monday.\n"
        "The missiles hit a warehouse, Interior Minister Olena Hrytsak said. Four people were "
        "wounded, she said.\n"
    )
    assert [(s.speaker, s.speaker_mention) for s in run(text).statements] == [
        ("Olena Hrytsak", "an official"),
        ("Olena Hrytsak", "Interior Minister Olena Hrytsak"),
        ("Olena Hrytsak", "she"),
    ]


def test_an_official_later_in_the_article_is_not_given_the_next_name():
    text = (
        "Interior Minister Olena Hrytsak said two missiles struck the port city.\n"
        "A warehouse burned for hours, an official said.\n"
        "Mayor Petro Savchuk said the port was working again.\n"
    )
    assert [s.speaker for s in run(text).statements] == ["Olena Hrytsak", None, "Petro Savchuk"]


# --- the article's date ----------------------------------------------------------------------


def test_dateline_without_a_year_takes_it_from_the_copyright_line():
    text = (
        "MOSCOW, June 14 (Reuters) - Peskov said on Wednesday that Moscow was ready to talk.\n\n"
        "© 2023 Reuters. All rights reserved.\n"
    )
    result = run(text, published=None)
    assert (result.published, result.statements[0].said_on) == (
        dt.date(2023, 6, 14),
        dt.date(2023, 6, 14),
    )


def test_dateline_year_agrees_with_the_weekday_of_the_lead():
    text = (
        "MOSCOW, July 20. /TASS/. The talks cannot resume, Zakharova said at a briefing on "
        "Thursday. She said the deal had been a failure since July 2022.\n"
    )
    assert run(text, published=None).published == dt.date(2023, 7, 20)


def test_dateline_wins_over_an_updated_stamp_a_day_later():
    text = (
        "Kremlin ready for talks\n\nUpdated June 15, 2023 at 1:02 a.m.\n\n"
        "MOSCOW, June 14 (Reuters) - Peskov said on Wednesday that Moscow was ready to talk.\n"
    )
    result = run(text, published=None)
    assert (result.published, [s.text for s in result.statements]) == (
        dt.date(2023, 6, 14),
        ["Moscow was ready to talk"],
    )


def test_published_line_below_the_story_dates_it():
    text = (
        "Zelensky said on Monday evening that the talks had been constructive.\n\n"
        "Published 14 Feb 2024\n"
    )
    result = run(text, published=None)
    assert (result.published, result.statements[0].said_on) == (
        dt.date(2024, 2, 14),
        dt.date(2024, 2, 12),
    )


def test_live_blog_stamp_and_entry_times():
    text = (
        "Russia-Ukraine war live: drones hit Odesa\n\nTue 11 Mar 2025 09.00 GMT\n\n"
        "12.05 GMT\n\nZelensky said on Monday that the talks had been constructive.\n"
    )
    result = run(text, published=None)
    assert (result.published, result.statements[0].said_on) == (
        dt.date(2025, 3, 11),
        dt.date(2025, 3, 10),
    )


def test_declined_to_comment_saying_only_that():
    text = (
        "Peskov declined to comment on the report, saying only that the Kremlin was following "
        "the situation closely."
    )
    assert triples(text) == [
        ("Dmitry Peskov", "indirect", "the Kremlin was following the situation closely")
    ]


def test_a_claim_tagged_with_its_source_after_a_colon():
    found = run(
        "Russia has lost 2,800 troops and 80 tanks in its invasion of Ukraine: Zelensky.\n\n"
        "The latest developments on the war: Kyiv Independent.\n"
    ).statements
    assert [(s.speaker, s.text) for s in found] == [
        (
            "Volodymyr Zelensky",
            "Russia has lost 2,800 troops and 80 tanks in its invasion of Ukraine",
        )
    ]


def test_tweeting_introduces_a_quotation():
    found = run(
        "Peskov accused Kyiv of stalling, tweeting, “Responsibility is inevitable.”"
    ).statements
    assert [(s.speaker, s.kind, s.text) for s in found][0] == (
        "Dmitry Peskov",
        "direct",
        "Responsibility is inevitable.",
    )


def test_a_trailing_attribution_before_a_dash_keeps_the_statement_before_it():
    found = run(
        "Ukraine is sending a delegation to London on Wednesday for talks with Western allies, "
        "Zelensky said on Monday – as Putin separately raised the possibility of bilateral talks.",
        published=dt.date(2024, 5, 15),
    ).statements
    assert [(s.speaker, s.text, s.said_on) for s in found] == [
        (
            "Volodymyr Zelensky",
            "Ukraine is sending a delegation to London on Wednesday for talks with Western allies",
            dt.date(2024, 5, 13),
        )
    ]


def test_an_exclamation_or_question_ending_a_quote_keeps_its_attribution():
    found = run(
        "“Russian troops are shelling Kherson!” Peskov wrote.\n\n"
        "“Why would we stop now?” Zelensky asked reporters on Monday.\n"
    ).statements
    assert [(s.speaker, s.text) for s in found] == [
        ("Dmitry Peskov", "Russian troops are shelling Kherson!"),
        ("Volodymyr Zelensky", "Why would we stop now?"),
    ]


def test_reported_this_on_telegram_is_the_previous_sentence_of_the_named_official():
    found = run(
        "The Russian army is shelling Kherson.\n"
        "The head of the regional administration, Oleksandr Prokudin, reported this on "
        "Telegram, Ukrinform reports.\n"
    ).statements
    assert [(s.speaker, s.text, s.via) for s in found] == [
        ("Oleksandr Prokudin", "The Russian army is shelling Kherson", "Telegram")
    ]


def test_said_in_an_interview_aired_by_and_a_whether_clause():
    found = run(
        "Western countries have broken every boundary in their stand-off with Moscow, Peskov "
        "has said in an interview aired by Russian journalist Pavel Zarubin.\n\n"
        "Peskov was asked whether Zelensky believed there was a line the West would not cross.\n"
    ).statements
    assert [(s.speaker, s.text) for s in found] == [
        ("Dmitry Peskov", "Western countries have broken every boundary in their stand-off with Moscow")
    ]  # fmt: skip


def test_the_statement_and_the_officials_refer_back():
    found = run(
        "Russia's Defence Ministry reported on the progress of the operation.\n\n"
        "Ukraine has lost up to 560 soldiers in the past 24 hours, the statement said.\n\n"
        "Reuters said two Ukrainian officials had confirmed the talks. One of the officials "
        "said the offer had been made more than once, but the officials said Kyiv had "
        "rejected it.\n"
    ).statements
    assert [s.speaker for s in found] == [
        "Russian Defense Ministry",
        "Reuters",
        "Ukrainian officials",
        "Ukrainian officials",
    ]


def test_a_date_the_narrator_appends_after_the_attribution_does_not_date_the_statement():
    found = run(
        "Russia conducted more than 60 missile strikes across Ukraine, Peskov said, possibly "
        "in reaction to the arrival of rocket artillery over the last week.",
        published=dt.date(2022, 6, 27),
    ).statements
    assert [s.said_on for s in found] == [dt.date(2022, 6, 27)]


def _speakers(text):
    found = extract(text, gazetteer=GAZETTEER, published=dt.date(2022, 6, 5)).statements
    return [(s.speaker, s.text) for s in found]


def test_bare_authorities_speak_for_the_datelines_country():
    text = (
        "KYIV, Ukraine (AP) — A barrage of Russian cruise missiles hit the capital early "
        "Sunday. Authorities said two people were taken to hospital with burns.\n"
    )
    assert _speakers(text) == [
        ("Ukrainian officials", "two people were taken to hospital with burns")
    ]


def test_a_capitals_city_and_a_colon_is_a_dateline_too():
    text = "KYIV: Authorities said two people were taken to hospital with burns.\n"
    assert _speakers(text) == [
        ("Ukrainian officials", "two people were taken to hospital with burns")
    ]


def test_local_officials_are_the_officials_of_the_city_the_sentence_names():
    text = (
        "The war moved west on Saturday.\n\n"
        "Local officials said four missiles hit the outskirts of Lviv, injuring five people.\n"
    )
    assert _speakers(text) == [
        ("Lviv officials", "four missiles hit the outskirts of Lviv, injuring five people")
    ]


def test_local_officials_without_a_city_or_dateline_stay_as_written():
    text = "Local officials said four missiles hit the outskirts of the city overnight.\n"
    assert _speakers(text) == [
        ("Local officials", "four missiles hit the outskirts of the city overnight")
    ]


def test_a_trailing_speaker_said_the_whole_sentence_with_its_belief_clause():
    gazetteer = Gazetteer(
        actors=(ActorEntry("European Commission", kind="organisation"),), events=()
    )
    text = (
        "The European Commission (EC) believes that Russia is deliberately attacking Ukraine's "
        "food reserves, European agriculture official Janusz Wojciechowski said Wednesday.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2022, 3, 23)).statements
    assert [(s.speaker, s.text) for s in found] == [
        (
            "Janusz Wojciechowski",
            "The European Commission (EC) believes that Russia is deliberately attacking "
            "Ukraine's food reserves",
        )
    ]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Sunday Zelensky", "Volodymyr Zelensky"),  # a weekday without its comma is no name
        ("Ukrainian and Western officials", "Ukrainian and Western officials"),
        ("U.S. and Ukrainian officials", "US and Ukrainian officials"),
    ],
)
def test_time_and_sides_before_a_subject(subject, speaker):
    assert _speakers(f"{subject} said the front line was stable.\n") == [
        (speaker, "the front line was stable")
    ]


def test_an_inverted_attribution_to_a_statement_is_the_last_speakers_document():
    text = (
        "Russia's defence ministry published a new report on Tuesday.\n\n"
        "Russia's priority is the seizure of Kharkiv and the fall of Mariupol, says the "
        "statement shared on social networks.\n"
    )
    assert _speakers(text) == [
        ("Russian Defense Ministry", "Russia's priority is the seizure of Kharkiv and the fall of Mariupol")
    ]  # fmt: skip


def test_officials_in_the_city_are_the_officials_of_the_datelines_city():
    text = "KHARKIV, Ukraine (AP) — Officials in the city said the power plant was safe.\n"
    assert _speakers(text) == [("Kharkiv officials", "the power plant was safe")]


# --- extraction 2.1: wire and translated copy of set E (invented sentences) -----------------


def test_a_quotation_before_a_glued_wire_credit_is_read():
    text = (
        "Zelensky spoke to reporters in Kyiv on Tuesday.\n\n"
        "He did not give details. He added, “Our air defence needs more missiles.” "
        "(Reporting by Jane Doe; Editing by John Roe)\n"
    )
    assert triples(text) == [
        ("Volodymyr Zelensky", "direct", "Our air defence needs more missiles."),
    ]


def test_a_lead_with_a_glued_source_line_is_read():
    text = (
        "Kyiv news roundup\n\n"
        "The army has taken back two villages in the east, Zelensky said. Source: Examplia News "
        "Tuesday, May 14, 2024 | 11:59\n"
    )
    assert triples(text) == [
        ("Volodymyr Zelensky", "indirect", "The army has taken back two villages in the east"),
    ]


def test_dash_opened_quotations_of_translated_copy():
    text = (
        "The forum ended on Friday. – We will finish what we started, and nobody will stop us "
        "– Putin said.\n\n"
        "- I can only say that the bridge was used to move troops to the front, Zelensky says.\n"
    )
    assert triples(text) == [
        ("Vladimir Putin", "direct", "We will finish what we started, and nobody will stop us"),
        ("Volodymyr Zelensky", "direct", "I can only say that the bridge was used to move troops to the front"),
    ]  # fmt: skip


def test_a_quotation_opened_with_a_closing_mark_and_the_statement_reads():
    text = (
        "The Russian Defence Ministry issued a statement on Monday.\n\n"
        "”Under a false pretext, Kyiv is preparing another attack on the bridge,” the statement "
        "reads.\n"
    )
    assert triples(text) == [
        ("Russian Defense Ministry", "direct", "Under a false pretext, Kyiv is preparing another attack on the bridge,"),
    ]  # fmt: skip


def test_a_standfirst_without_its_full_stop_ends_in_its_attribution():
    text = (
        "Moscow's forces are running out of shells despite supplies from abroad, Zelensky has "
        "said\n\n"
        "Zelensky spoke in Kyiv on Tuesday.\n"
    )
    assert triples(text) == [
        ("Volodymyr Zelensky", "indirect", "Moscow's forces are running out of shells despite supplies from abroad"),
    ]  # fmt: skip


def test_a_dash_dialogue_gives_the_answers_not_the_questions():
    text = (
        "Zakharova gave an interview to a British channel last week.\n\n"
        "– If you have no quarrel with Ukrainians, why do your missiles hit their cities – the "
        "host asked.\n\n"
        "– Our strikes target only military infrastructure, and the West knows it very well – "
        "Zakharova replied. – Do you really believe that? – the host asked in response.\n"
    )
    assert triples(text) == [
        ("Maria Zakharova", "direct", "Our strikes target only military infrastructure, and the West knows it very well"),
    ]  # fmt: skip


def test_a_pronoun_after_a_quotation_is_not_the_person_the_quotation_speaks_of():
    text = (
        "IAEA chief Rafael Grossi said the plant was stable on Monday.\n\n"
        "Putin visited the occupied region last week.\n\n"
        "Still, “we see no sign that Putin wants to hand the plant back,” he said.\n"
    )
    found = run(text).statements
    assert [(s.speaker, s.text) for s in found] == [
        ("Rafael Grossi", "the plant was stable on Monday"),
        ("Rafael Grossi", "we see no sign that Putin wants to hand the plant back,"),
    ]


def test_a_pronoun_before_anyone_spoke_is_the_person_the_paragraph_before_named():
    text = (
        "The remarks came during a briefing by Foreign Minister Sergei Lavrov\n\n"
        "“The talks will go on next week in Istanbul,” he said.\n"
    )
    found = run(text).statements
    assert [(s.speaker, s.text) for s in found] == [
        ("Sergei Lavrov", "The talks will go on next week in Istanbul,"),
    ]


def test_a_countrys_state_television_is_a_described_outlet_not_one_named_tv():
    text = (
        "Russian state TV said the new bridge would open in the spring.\n\n"
        "Belarusian state television said the exercises had ended on Friday.\n"
    )
    found = run(text).statements
    assert [(s.speaker, s.text) for s in found] == [
        ("Russian state TV", "the new bridge would open in the spring"),
        ("Belarusian state television", "the exercises had ended on Friday"),
    ]


def test_a_paragraph_above_a_photo_credit_is_a_caption_whose_people_said_nothing():
    text = (
        "IAEA chief Rafael Grossi said the plant was stable on Monday.\n\n"
        "Foreign Minister Sergei Lavrov meets with Rafael Grossi in Moscow, Feb. 14, 2023.\n"
        "Credit: John Smith\n\n"
        "“The situation remains fragile and we must stay at the plant,” he said.\n"
    )
    found = run(text).statements
    assert [(s.speaker, s.text) for s in found] == [
        ("Rafael Grossi", "the plant was stable on Monday"),
        ("Rafael Grossi", "The situation remains fragile and we must stay at the plant,"),
    ]


def test_a_quotation_opened_straight_and_closed_curly_with_a_straight_quote_inside():
    text = (
        "Zelensky spoke to reporters in Kyiv.\n\n"
        '"We asked them twice. I said, "Call the minister." They never called,” Zelensky said.\n\n'
        '"Nobody answered us. We waited all night,” he added.\n'
    )
    assert triples(text) == [
        ("Volodymyr Zelensky", "direct", 'We asked them twice. I said, "Call the minister." They never called,'),
        ("Volodymyr Zelensky", "direct", "Nobody answered us. We waited all night,"),
    ]  # fmt: skip


def test_agencies_quoted_x_as_telling_gives_the_quotation_to_x():
    text = (
        "“Our forces have pushed the enemy back from the river,” Russian news agencies quoted "
        "Dmitry Peskov as telling state television.\n"
    )
    assert triples(text) == [
        ("Dmitry Peskov", "direct", "Our forces have pushed the enemy back from the river,"),
    ]  # fmt: skip


def test_said_title_name_when_meeting_someone_is_the_titled_speakers_statement():
    text = (
        "Russia is ready to discuss the security of nuclear plants with every side of the conflict, "
        "said Russian President Vladimir Putin when jointly meeting the press with Ukrainian "
        "President Volodymyr Zelensky on Monday.\n"
    )
    assert triples(text) == [
        ("Vladimir Putin", "indirect", "Russia is ready to discuss the security of nuclear plants with every side of the conflict"),
    ]  # fmt: skip


def test_a_quotation_inside_a_quotation_does_not_end_it():
    text = (
        "“If they believe that taking “only,” in quotation marks, the east can work, they are "
        "fooling themselves,” said Zelensky.\n"
    )
    assert triples(text) == [
        ("Volodymyr Zelensky", "direct", "If they believe that taking “only,” in quotation marks, the east can work, they are fooling themselves,"),
    ]  # fmt: skip


# --- extraction 2.5: speaker name forms of set F (invented sentences) -----------------------


def test_an_agency_that_reports_citing_a_person_gives_the_statement_to_that_person():
    text = (
        "Moscow has formally notified Ankara and the United Nations that it will not renew the "
        "corridor agreement, the Interfax news agency reported, citing Foreign Ministry "
        "spokeswoman Maria Zakharova.\n"
    )
    assert triples(text) == [
        ("Maria Zakharova", "indirect", "Moscow has formally notified Ankara and the United Nations that it will not renew the corridor agreement"),
    ]  # fmt: skip


@pytest.mark.parametrize("verb", ["quoting", "citing"])
def test_an_agency_quoting_a_person_in_apposition_before_its_verb_gives_that_persons_words(verb):
    text = (
        f"Examplia's state news agency, {verb} port official Tarja Lindqvist, reported that "
        "the night ferry would not sail until the storm had passed.\n"
    )
    assert triples(text) == [
        ("Tarja Lindqvist", "indirect", "the night ferry would not sail until the storm had passed"),
    ]  # fmt: skip


def test_an_agency_citing_unnamed_sources_before_its_verb_stays_the_speaker():
    text = (
        "Interfax, citing two sources, reported that the night ferry would not sail until the "
        "storm had passed.\n"
    )
    assert [t[0] for t in triples(text)] == ["Interfax"]


def test_a_broadcaster_that_reports_what_a_person_stressed_gives_the_statement_to_that_person():
    text = (
        "TASS reported at noon that President Putin stressed at the council this "
        "morning that the harvest will be shipped through the southern ports.\n"
    )
    assert triples(text) == [
        ("Vladimir Putin", "indirect", "the harvest will be shipped through the southern ports"),
    ]  # fmt: skip


def test_an_honorific_of_clergy_or_diplomats_is_not_part_of_the_speakers_name():
    text = (
        "Archbishop Tomasz Wierzbicki said the churches of the region would open their halls "
        "to the families who fled the shelling.\n"
        "Amb. Olena Hrytsenko said the embassy would extend every visa that expires this month.\n"
    )
    assert triples(text) == [
        ("Tomasz Wierzbicki", "indirect", "the churches of the region would open their halls to the families who fled the shelling"),
        ("Olena Hrytsenko", "indirect", "the embassy would extend every visa that expires this month"),
    ]  # fmt: skip


def test_the_title_of_an_aid_or_rights_worker_is_not_part_of_the_speakers_name():
    text = (
        "Investigator Mariana Kostyuk said the damage was part of a pattern across the region.\n"
        "Humanitarian Coordinator Tomas Ebbe said the convoy would reach the town on Friday.\n"
    )
    assert triples(text) == [
        ("Mariana Kostyuk", "indirect", "the damage was part of a pattern across the region"),
        ("Tomas Ebbe", "indirect", "the convoy would reach the town on Friday"),
    ]  # fmt: skip


def test_a_person_named_only_in_a_possessive_is_not_whom_a_later_he_refers_to():
    text = (
        "Closer ties with both sides are needed, External Affairs Minister K. Raghavan said on "
        "Monday.\n\n"
        "Raghavan expects more contacts. In response to a question regarding Putin's potential "
        'visit to Delhi, he declined to give a date, stating, "We make our positions known at the '
        'right time."\n\n'
        "He stressed that more efforts are needed to end the fighting in the region.\n"
    )
    assert triples(text) == [
        ("K. Raghavan", "indirect", "Closer ties with both sides are needed"),
        ("K. Raghavan", "direct", "We make our positions known at the right time."),
        ("K. Raghavan", "indirect", "more efforts are needed to end the fighting in the region"),
    ]  # fmt: skip


def test_a_quotation_closed_by_a_bare_name_and_a_full_stop_is_that_persons():
    text = (
        "The ministers of the three states met in Riga on Tuesday.\n\n"
        '"Not in a week, not in a month, did the invading army take a single large city. '
        'This is blackmail and nothing more," Janis Ozols.\n'
    )
    assert triples(text) == [
        ("Janis Ozols", "direct", "Not in a week, not in a month, did the invading army take a single large city. This is blackmail and nothing more"),
    ]  # fmt: skip


RELAYS = Gazetteer(
    actors=(
        ActorEntry("Lin Haoran", role="President of the Republic of Examplia", aliases=("Lin",)),
        ActorEntry("Examplia Daily", kind="media"),
    )
)


@pytest.mark.parametrize(
    ("subject", "via"),
    [("state TV said", "state TV"), ("Examplia Daily said", "Examplia Daily")],
)
def test_an_outlets_report_on_someones_comments_gives_their_words(subject, via):
    text = (
        "President Lin Haoran spoke with his neighbours by phone on Monday.\n\n"
        f"“Talks are the only way out,” {subject} in a report on Lin's comments to the "
        "neighbours.\n"
    )
    found = extract(text, gazetteer=RELAYS, published=dt.date(2023, 5, 1)).statements
    assert [(s.speaker, s.text, s.via) for s in found] == [
        ("Lin Haoran", "Talks are the only way out,", via)
    ]


def test_an_outlet_that_quoted_someone_as_saying_is_the_channel():
    text = "Examplia Daily quoted Lin Haoran as saying that talks were the only way out.\n"
    [s] = extract(text, gazetteer=RELAYS, published=dt.date(2023, 5, 1)).statements
    assert (s.speaker, s.via, s.text) == (
        "Lin Haoran",
        "Examplia Daily",
        "talks were the only way out",
    )


@pytest.mark.parametrize(
    ("text", "via"),
    [
        (
            "Speaking to Examplia Daily, Lin Haoran said talks were the only way out.",
            "Examplia Daily",
        ),
        (
            "Lin Haoran was quoted by Examplia Daily as saying that talks were the only way out.",
            "Examplia Daily",
        ),
        (
            "In an interview with the weekly magazine Vesti i Dni, Lin Haoran said talks were the "
            "only way out.",
            "Vesti i Dni",
        ),
    ],
)
def test_the_channel_opening_a_sentence_or_quoting_someone(text, via):
    [s] = extract(text + "\n", gazetteer=RELAYS, published=dt.date(2023, 5, 1)).statements
    assert (s.speaker, s.via) == ("Lin Haoran", via)


LONG_TITLES = Gazetteer(
    actors=(
        ActorEntry("General Staff of the Examplian Armed Forces", kind="organisation"),
        ActorEntry("Ivan Tkachuk", role="Head of the Pryvilne Regional Military Administration"),
    )
)


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        (
            "the General Staff of the Examplian Armed Forces reports",
            "General Staff of the Examplian Armed Forces",
        ),
        (
            "the head of the Pryvilne regional military administration Ivan Tkachuk said",
            "Ivan Tkachuk",
        ),
    ],
)
def test_a_long_title_ending_in_a_known_name_is_a_trailing_subject(subject, speaker):
    text = f"The enemy lost 500 soldiers over the past day, {subject}.\n"
    [s] = extract(text, gazetteer=LONG_TITLES, published=dt.date(2023, 5, 1)).statements
    assert (s.speaker, s.text) == (speaker, "The enemy lost 500 soldiers over the past day")


def test_a_victim_described_before_the_comma_does_not_make_the_speaker_a_woman():
    # "... injured a woman, NAME, the governor, said": "woman" describes a victim, not the
    # governor, so a later "he" is still the governor.
    text = (
        "A drone hit a bakery in the town and injured a 40-year-old woman, Marko Hrytsenko, "
        "the regional governor, said on Telegram.\n\n"
        '"The fire is out," he said.\n'
    )
    assert [s.speaker for s in run(text).statements] == ["Marko Hrytsenko", "Marko Hrytsenko"]


@pytest.mark.parametrize(
    "text",
    [
        # the dateline's country
        "MOSCOW (Reuters) - Air defence units shot down 30 drones overnight, the Defence "
        "Ministry said on Tuesday.\n",
        # the body of that name the article named before
        "Russia's Defence Ministry published new figures.\n\n"
        "Air defence units shot down 30 drones near Kharkiv overnight, the Defence Ministry "
        "said on Tuesday.\n",
    ],
)
def test_a_countrys_body_named_without_the_country_is_the_places_countrys(text):
    assert [s.speaker for s in run(text).statements] == ["Russian Defense Ministry"]


def test_a_body_spelt_the_other_way_or_after_a_possessive_is_the_gazetteers():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "UK Ministry of Defence",
                kind="organisation",
                aliases=("British Ministry of Defence", "UK MoD"),
            ),
        )
    )
    text = (
        "The British Ministry of Defense said the river crossing had failed.\n\n"
        "The UK's Ministry of Defence said losses were heavy.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2023, 5, 1)).statements
    assert [s.speaker for s in found] == ["UK Ministry of Defence", "UK Ministry of Defence"]


THINK_TANKS = Gazetteer(
    actors=(
        ActorEntry(
            "Centre for Frontier Studies",
            kind="organisation",
            role="Think tank",
            aliases=("CFS",),
        ),
        ActorEntry("Ruritanian Army", kind="organisation"),
    )
)


@pytest.mark.parametrize(
    "text",
    [
        # "think tank" is a noun, and "the think tank" the one named before
        "Centre for Frontier Studies: the offensive has stalled\n\n"
        "The U.S. think tank said that the army lacked shells.\n",
        "The army is regrouping, the Centre for Frontier Studies said.\n\n"
        "The think tank also said that the army lacked shells.\n",
        # "the assessment" is the words of whoever issued it
        "The Centre for Frontier Studies said in an assessment published on Friday that the "
        "line would hold.\n\nThe assessment argues that the army lacked shells.\n",
    ],
)
def test_the_think_tank_and_its_assessment_are_the_think_tank_named_before(text):
    found = extract(text, gazetteer=THINK_TANKS, published=dt.date(2023, 5, 1)).statements
    assert {s.speaker for s in found} == {"Centre for Frontier Studies"}
    assert found[-1].text == "the army lacked shells"


def test_a_person_quoted_by_an_outlet_after_an_apposition_is_the_speaker():
    text = (
        "Marta Vell, a director at a Baltic research centre, was quoted by The Daily Courier "
        'as saying: "The assault will fail."\n'
    )
    assert [s.speaker for s in run(text).statements] == ["Marta Vell"]


def test_the_gazetteers_spokeswoman_is_she_though_the_text_calls_her_spokesman():
    gazetteer = Gazetteer(
        actors=(ActorEntry("Lan Qiu", role="Ruritanian Foreign Ministry spokeswoman"),)
    )
    text = (
        "Foreign Ministry spokesman Lan Qiu told a briefing that talks were the only way out.\n\n"
        '"The crisis could have been avoided," she said.\n'
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2023, 5, 1)).statements
    assert [s.speaker for s in found] == ["Lan Qiu", "Lan Qiu"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a time between the subject and its verb
        (
            "Ukrainian officials this week said the ferry had crossed the river.\n",
            "Ukrainian officials",
        ),
        ("Dmitry Peskov on Monday said the ferry had crossed the river.\n", "Dmitry Peskov"),
        # a time adverb without commas: "last night", "then", "yesterday"
        ("Dmitry Peskov last night claimed the ferry had crossed the river.\n", "Dmitry Peskov"),
        (
            "Ukrainian officials yesterday said the ferry had crossed the river.\n",
            "Ukrainian officials",
        ),
        (
            "Ukraine's air force then stressed that the ferry had crossed the river.\n",
            "Ukrainian Air Force",
        ),
        # a country's short name alone, though not an alias ("US officials" are a group)
        ("The U.S. has said the ferry had crossed the river.\n", "US government"),
    ],
)
def test_the_subject_without_a_time_after_it_and_a_country_by_its_short_name(text, speaker):
    gazetteer = Gazetteer(
        actors=(
            *GAZETTEER.actors,
            ActorEntry("US government", kind="state", affiliation="United States"),
        )
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2023, 5, 1)).statements
    assert [s.speaker for s in found] == [speaker]


def test_a_titles_office_and_a_citys_body_by_its_possessive():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Office of the Prosecutor General of Ruritania",
                kind="organisation",
                aliases=("Office of the Prosecutor General",),
            ),
        )
    )
    text = (
        "In the east, the prosecutor general's office said a man was wounded in the town.\n\n"
        "In the south, shelling killed a woman, Zoria city’s military administration said.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2023, 5, 1)).statements
    assert [s.speaker for s in found] == [
        "Office of the Prosecutor General of Ruritania",
        "Zoria City Military Administration",
    ]


def test_the_subject_of_a_relative_clause_reports_not_the_noun_it_describes():
    text = (
        "More shells will be sent to the Ruritanian army, which the Kremlin said would "
        "prolong the war.\n"
    )
    gazetteer = Gazetteer(actors=(ActorEntry("Kremlin", kind="organisation"),))
    found = extract(text, gazetteer=gazetteer, published=dt.date(2023, 5, 1)).statements
    assert [(s.speaker, s.text) for s in found] == [("Kremlin", "would prolong the war")]


def test_the_air_force_and_the_interior_ministry_are_the_bodies_of_the_country_spoken_of():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Ruritanian Air Force", kind="organisation", aliases=("Ruritania's air force",)
            ),
            ActorEntry(
                "Ruritanian Interior Ministry",
                kind="organisation",
                affiliation="Ruritania",
                aliases=("Interior Ministry of Ruritania",),
            ),
            ActorEntry(
                "Government of Ruritania",
                kind="state",
                affiliation="Ruritania",
                aliases=("Ruritania",),
            ),
        )
    )
    text = (
        "Ruritania's air force said 40 drones were shot down overnight.\n\n"
        "The air force said in a statement that six regions were hit.\n\n"
        "Ruritania said the attack was the largest this month.\n\n"
        "The interior ministry said one person had been killed.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2023, 5, 1)).statements
    assert [s.speaker for s in found] == [
        "Ruritanian Air Force",
        "Ruritanian Air Force",
        "Government of Ruritania",
        "Ruritanian Interior Ministry",
    ]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Moscow said there was no progress in the talks.\n\n"
            "On Tuesday, Ukraine presented a framework for a peace deal.\n\n"
            "It said it would also be willing to talk about the peninsula.\n",
            ["Russian government", "Government of Ukraine"],
        ),
        # the sentence before reports someone's words: "it" is the one who reported them
        (
            "Russia launched 40 drones overnight, Ukraine's air force said. It said 35 had "
            "been downed.\n",
            ["Ukrainian Air Force", "Ukrainian Air Force"],
        ),
    ],
)
def test_it_is_the_state_or_body_the_sentence_before_is_about(text, speakers):
    found = run(text).statements
    assert [s.speaker for s in found] == speakers


def test_a_quotation_mark_is_no_part_of_the_speaker():
    text = '"The offensive has stalled for lack of shells," experts note.\n'
    found = run(text).statements
    assert [(s.speaker, s.speaker_mention) for s in found] == [(None, "experts")]


def test_a_quotation_after_said_adding_is_the_subject_of_said():
    text = (
        "In the south, shelling killed a man in a garage, Zoria city's military administration "
        "said, adding, “He died on the spot.”\n"
    )
    found = run(text).statements
    assert [s.speaker for s in found] == ["Zoria City Military Administration"] * 2


def test_an_inverted_speaker_is_the_person_not_the_channel_after_him():
    text = "The army knew of the plans, said agency spokesman Marko Hrytsenko on a national TV.\n"
    assert [s.speaker for s in run(text).statements] == ["Marko Hrytsenko"]


def test_the_air_force_closing_a_later_sentence_is_the_air_force_named_before():
    text = (
        "KYIV (Reuters) - Ukraine's air force said on Monday that it shot down all 18 drones.\n\n"
        "Russia also fired two guided missiles during the night, the air force said in a "
        "statement.\n"
    )
    assert [(s.speaker, s.text) for s in run(text).statements] == [
        ("Ukrainian Air Force", "it shot down all 18 drones"),
        ("Ukrainian Air Force", "Russia also fired two guided missiles during the night"),
    ]


def test_a_syndicators_credit_opening_the_copy_is_not_part_of_the_statement():
    text = "(NEWSWIRE- NewsAgency) Russia fired 40 drones overnight, Ukraine's air force said.\n"
    assert [(s.speaker, s.text) for s in run(text).statements] == [
        ("Ukrainian Air Force", "Russia fired 40 drones overnight"),
    ]


def test_a_quotation_after_he_said_the_outlet_reported_runs_on_from_him_not_the_outlet():
    text = (
        "Volodymyr Zelensky spoke on Friday.\n\n"
        "“Russia is weak,” he said, Reuters reported. “It cannot win on the battlefield.”\n"
    )
    assert [s.speaker for s in run(text).statements] == ["Volodymyr Zelensky"] * 2


def test_a_known_outlet_followed_by_news_is_that_outlet():
    gazetteer = Gazetteer(actors=(ActorEntry("Daily Courier", kind="media", aliases=("DC",)),))
    text = "The bridge was hit twice overnight, DC News reported.\n"
    found = extract(text, gazetteer=gazetteer, published=dt.date(2023, 5, 1)).statements
    assert [(s.speaker, s.speaker_mention) for s in found] == [("Daily Courier", "DC News")]


def test_a_sided_group_in_a_town_keeps_its_side():
    text = "Ukrainian officials in Zoria said the plant had lost power.\n"
    assert [s.speaker for s in run(text).statements] == ["Ukrainian officials"]


def test_an_unnamed_official_whose_relative_clause_is_left_unclosed_is_the_speaker():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Jane Roe", role="Foreign minister of Ruritania"),
            ActorEntry(
                "Ruritanian Foreign Ministry", kind="organisation", aliases=("Foreign Ministry",)
            ),
        )
    )
    text = (
        "Jane Roe arrived in the capital on Tuesday.\n\n"
        "“We are committed to the region,” a senior Foreign Ministry official, who spoke on "
        "condition of anonymity said.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2023, 5, 1)).statements
    assert [s.speaker for s in found] == ["Ruritanian Foreign Ministry"]


def test_the_agency_is_the_state_agency_or_the_news_agency_last_spoken_of():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Ruritanian Security Service", kind="organisation", aliases=("RSS",)),
            ActorEntry("Newsline", kind="media"),
        )
    )
    text = (
        "The RSS said the men had been held since May.\n\n"
        "The agency said sabotage had been prevented.\n\n"
        "Newsline reported that a fourth man was held.\n\n"
        "The agency said he was a courier.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2023, 5, 1)).statements
    assert [s.speaker for s in found] == [
        "Ruritanian Security Service",
        "Ruritanian Security Service",
        "Newsline",
        "Newsline",
    ]


def test_a_capitals_dateline_with_a_dash_is_not_part_of_the_statement():
    text = "KYIV — Russia fired 40 drones overnight, Ukraine's air force said.\n"
    assert [(s.speaker, s.text) for s in run(text).statements] == [
        ("Ukrainian Air Force", "Russia fired 40 drones overnight"),
    ]


def test_the_military_department_is_the_defence_ministry_spoken_of():
    text = (
        "Earlier, Russia's Defence Ministry reported the capture of a village.\n\n"
        "“More than 50 fighters were killed,” the military department said.\n"
    )
    assert [s.speaker for s in run(text).statements] == ["Russian Defense Ministry"]


def test_a_body_named_without_its_country_under_a_headline_about_a_country_is_that_countrys():
    text = (
        "Russia downs 60 drones overnight, ministry says\n\n"
        "Air defence units shot down 60 drones over several regions, the Defence Ministry "
        "said on Tuesday.\n"
    )
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Russian government", kind="state", affiliation="Russia", aliases=("Russia",)
            ),
            ActorEntry(
                "Russian Defense Ministry",
                kind="organisation",
                aliases=("Russian Defence Ministry",),
            ),
        )
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2023, 5, 1)).statements
    assert [s.speaker for s in found] == ["Russian Defense Ministry"]


def test_a_capitalised_meeting_is_no_one_he_could_be():
    gazetteer = Gazetteer(
        actors=(ActorEntry("Obi Nwankwo", affiliation="Nigeria", aliases=("Nwankwo",)),)
    )
    text = (
        "President Obi Nwankwo has promised to protect citizens abroad.\n\n"
        "The President gave the assurance on Thursday at a Townhall Meeting with students.\n\n"
        '"We shall defend our citizens wherever they may be," he said.'
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2022, 3, 4))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Obi Nwankwo", "promised to protect citizens abroad"),
        ("Obi Nwankwo", "We shall defend our citizens wherever they may be,"),
    ]


@pytest.mark.parametrize("closing", ["TASS reported.", "TASS reported on Friday."])
def test_according_to_a_person_then_an_outlet_reported_is_the_person_s_via_the_outlet(closing):
    result = run(
        "According to Russian Deputy Foreign Minister Pavel Orlin, the government is reviewing "
        f"the initiative, {closing}"
    )
    assert [(s.speaker, s.via, s.text) for s in result.statements] == [
        ("Pavel Orlin", "TASS", "the government is reviewing the initiative")
    ]


@pytest.mark.parametrize(
    "listeners", ["the UN Security Council,", "the council,", "the Security Council:"]
)
def test_told_a_body_then_a_quotation_is_the_teller_s(listeners):
    gazetteer = Gazetteer(actors=(ActorEntry("Obi Nwankwo", aliases=("Nwankwo",)),))
    result = extract(
        f'Foreign Minister Obi Nwankwo told {listeners} "The trajectory of the conflict is a '
        'matter of concern for everyone."',
        gazetteer=gazetteer,
        published=dt.date(2022, 9, 23),
    )
    assert [(s.speaker, s.kind, s.text) for s in result.statements] == [
        (
            "Obi Nwankwo",
            "direct",
            "The trajectory of the conflict is a matter of concern for everyone.",
        )
    ]


def test_a_gulf_dateline_gives_an_unqualified_ministry_and_officials_their_country():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Emirati Foreign Ministry",
                kind="organisation",
                affiliation="United Arab Emirates",
                aliases=("UAE Foreign Ministry", "Foreign Ministry of the United Arab Emirates"),
            ),
        )
    )
    text = (
        "ABU DHABI (WAM) -- The Ministry of Foreign Affairs said that the mediation efforts "
        "were successful.\n\nOfficials said the exchange took place at the border."
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2024, 1, 3))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Emirati Foreign Ministry", "the mediation efforts were successful"),
        ("Emirati officials", "the exchange took place at the border"),
    ]


def test_a_dateline_before_officials_is_no_part_of_the_subject():
    result = run("KYIV (Reuters) - Officials said the troops had been moved.")
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Ukrainian officials", "the troops had been moved")
    ]


WIRE_BODIES = Gazetteer(
    actors=(
        *(a for a in GAZETTEER.actors if a.kind != "state"),
        ActorEntry(
            "Government of Ukraine", kind="state", affiliation="Ukraine", aliases=("Ukraine",)
        ),
        ActorEntry("Russian government", kind="state", affiliation="Russia", aliases=("Russia",)),
        ActorEntry("Russian Aerospace Forces", kind="organisation", aliases=("Russian air force",)),
    )
)


def test_a_countrys_body_named_by_the_countrys_name_or_the_countrys_is_that_body():
    text = (
        "KYIV (Reuters) - Ukraine shot down all six Russia-launched drones overnight, the "
        "country's air force said on Friday.\n\n"
        "Russia also fired two missiles, according to the air force's statement on the "
        "Telegram messaging app.\n\n"
        "Russian forces used decoy drones as well, the air force said.\n\n"
        "Four of the drones were downed over the south, the Ukraine air force said.\n"
    )
    result = extract(text, gazetteer=WIRE_BODIES, published=dt.date(2024, 8, 16))
    assert [(s.speaker, s.speaker_mention) for s in result.statements] == [
        ("Ukrainian Air Force", "the country's air force"),
        ("Ukrainian Air Force", "the air force"),
        ("Ukrainian Air Force", "the air force"),
        ("Ukrainian Air Force", "the Ukraine air force"),
    ]


@pytest.mark.parametrize(
    ("dateline", "group"),
    [("KYIV >>", "Ukrainian officials"), ("WASHINGTON —", "US officials")],
)
def test_a_dateline_city_marked_by_arrows_or_a_dash_alone_gives_officials_its_side(dateline, group):
    text = f"{dateline} Officials said on Tuesday that the talks would resume next week.\n"
    (s,) = run(text).statements
    assert (s.speaker, s.speaker_mention) == (group, "Officials")


@pytest.mark.parametrize(
    ("subject", "group"),
    [
        ("United States officials", "US officials"),
        ("Ukraine officials", "Ukrainian officials"),
    ],
)
def test_a_countrys_name_before_a_group_is_that_sides_group_not_the_state(subject, group):
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("US government", kind="state", aliases=("United States", "US")),
            ActorEntry("Government of Ukraine", kind="state", aliases=("Ukraine",)),
        )
    )
    text = f"{subject} told a newspaper on Sunday that the talks would go on.\n"
    (s,) = extract(text, gazetteer=gazetteer, published=dt.date(2022, 11, 6)).statements
    assert (s.speaker, s.speaker_mention) == (group, subject)


def test_officials_who_spoke_to_a_paper_are_the_subject_not_the_topic_they_spoke_about():
    gazetteer = Gazetteer(
        actors=(ActorEntry("US government", kind="state", aliases=("United States", "US")),)
    )
    text = (
        "United States officials told the Journal on Sunday that the adviser met his "
        "counterpart.\n\n"
        "Two officials who spoke to the Journal about the trade dispute with Examplia have "
        "said the adviser proposed a hotline.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2022, 11, 6)).statements
    assert [(s.speaker, s.speaker_mention) for s in found] == [
        ("US officials", "United States officials"),
        ("US officials", "Two officials"),
    ]


def test_an_official_in_a_country_is_the_official_named_next_not_the_country():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Government of Ukraine", kind="state", aliases=("Ukraine",)),
            ActorEntry("Ivan Lyskov", affiliation="Ukraine", role="Governor of Luhansk region"),
        )
    )
    text = (
        "A regional official in eastern Ukraine says a road bridge was destroyed.\n\n"
        "Luhansk regional Governor Ivan Lyskov said on Sunday that a second bridge was damaged.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2022, 4, 24)).statements
    assert [(s.speaker, s.speaker_mention) for s in found] == [
        ("Ivan Lyskov", "A regional official"),
        ("Ivan Lyskov", "Ivan Lyskov"),
    ]


def test_the_ministry_in_a_drone_report_is_the_defence_ministry_of_the_places_country():
    text = (
        "Air defence systems destroyed 30 drones over the Belgorod and Kursk regions "
        "overnight, the ministry said.\n"
        "It said 20 of them were downed over the Belgorod region.\n"
    )
    found = extract(text, gazetteer=WIRE_BODIES, published=dt.date(2025, 12, 13)).statements
    assert [(s.speaker, s.speaker_mention) for s in found] == [
        ("Russian Defense Ministry", "the ministry"),
        ("Russian Defense Ministry", "It"),
    ]


def test_the_ministry_in_a_drone_report_takes_the_side_of_the_air_defence_not_the_dateline():
    text = (
        "KYIV (Reuters) - Russian air defences destroyed 25 Ukrainian drones over Russian "
        "regions overnight, the ministry said.\n"
        "It said 10 of them were downed over the Tambov region.\n"
    )
    ukrainian = ActorEntry(
        "Ukrainian Defense Ministry",
        kind="organisation",
        affiliation="Ukraine",
        aliases=("Ukraine's Defence Ministry",),
    )
    gazetteer = Gazetteer(actors=(*WIRE_BODIES.actors, ukrainian))
    found = extract(text, gazetteer=gazetteer, published=dt.date(2025, 12, 13)).statements
    assert [(s.speaker, s.speaker_mention) for s in found] == [
        ("Russian Defense Ministry", "the ministry"),
        ("Russian Defense Ministry", "It"),
    ]


def test_the_ministry_in_a_report_on_other_matters_is_not_guessed():
    text = "Grain exports rose by a fifth in the Belgorod and Kursk regions, the ministry said.\n"
    (s,) = extract(text, gazetteer=WIRE_BODIES, published=dt.date(2025, 12, 13)).statements
    assert (s.speaker, s.speaker_mention) == (None, "the ministry")


@pytest.mark.parametrize("noun", ["Inspectors", "Monitors"])
def test_inspectors_from_a_known_agency_speak_for_it(noun):
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("WAMA", kind="organisation", aliases=("World Atomic Monitoring Agency",)),
        )
    )
    text = f"{noun} from the World Atomic Monitoring Agency said the reactor hall was intact.\n"
    (s,) = extract(text, gazetteer=gazetteer, published=dt.date(2023, 5, 1)).statements
    assert (s.speaker, s.text) == ("WAMA", "the reactor hall was intact")


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        (
            "The press service of the Grand Assembly said the session would resume.\n\n",
            "Grand Assembly",
        ),
        ("The Grand Assembly said the session would resume.\n\n", None),
    ],
)
def test_a_shortened_definite_description_is_the_speaker_of_its_fuller_mention(before, speaker):
    gazetteer = Gazetteer(actors=(ActorEntry("Grand Assembly", kind="organisation"),))
    text = f"{before}The press service said the vote would be held in the evening.\n"
    found = extract(text, gazetteer=gazetteer, published=dt.date(2023, 5, 1)).statements
    assert (found[-1].speaker, found[-1].speaker_mention) == (speaker, "The press service")


def test_the_spokesman_of_a_body_is_not_a_spokesman_of_another_body_named_inside_its_name():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Examplian Army", kind="organisation", aliases=("Examplian military",)),
            ActorEntry(
                "EMI",
                kind="organisation",
                aliases=("Examplian military intelligence",),
            ),
            ActorEntry("Jan Roe", role="Spokesman for Examplian military intelligence"),
        )
    )
    text = (
        "The Examplian Army said it hit a depot.\n\n"
        "The spokesman said ten drones were used.\n\n"
        "Examplian military intelligence said it hit a ship.\n\n"
        "The spokesman said two boats were used.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2023, 5, 1)).statements
    assert [s.speaker for s in found] == ["Examplian Army", "Examplian Army", "EMI", "Jan Roe"]


@pytest.mark.parametrize("noun", ["administration", "agency", "committee"])
def test_a_bodys_common_noun_alone_is_no_new_body(noun):
    text = f"The {noun} said two people were hurt in the strike.\n"
    (s,) = extract(text, gazetteer=WIRE_BODIES, published=dt.date(2023, 5, 1)).statements
    assert (s.speaker, s.speaker_mention) == (None, f"The {noun}")


TITLED_APPOSITION = Gazetteer(
    actors=(
        ActorEntry("Examplia", kind="state", aliases=("Examplian",)),
        ActorEntry("EMI", kind="organisation", aliases=("Examplia's military intelligence",)),
        ActorEntry(
            "Examplian Armed Forces", kind="organisation", aliases=("Armed Forces of Examplia",)
        ),
        ActorEntry(
            "Petro Samplenko",
            affiliation="Examplia",
            role="Head of Examplia's military intelligence",
        ),
        ActorEntry("Ivan Testenko", affiliation="Examplia", aliases=("Testenko",)),
    )
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Maj. Gen. Ivan Testenko, the head of Examplia's military intelligence agency, told "
        "reporters "
        "that the enemy had no reserves left.",
        "The enemy had no reserves left, said Lieutenant General Ivan Testenko, head of "
        "Examplia's military intelligence, during a forum in the capital.",
        "Ivan Testenko, Commander-in-Chief of the Armed Forces of Examplia, has said that the "
        "enemy had no reserves left.",
    ],
)
def test_a_named_person_with_rank_and_title_in_apposition_is_the_speaker(sentence):
    (s,) = extract(sentence + "\n", gazetteer=TITLED_APPOSITION, published=None).statements
    assert s.speaker == "Ivan Testenko"
    assert s.text.lower() == "the enemy had no reserves left"


@pytest.mark.parametrize(
    "tail",
    ["warns in a thinly veiled threat", "said in a veiled threat while on a visit abroad"],
)
def test_an_inverted_attribution_with_its_manner_takes_the_clause_before(tail):
    text = f"Western donors are being dragged into the fighting, Lavrov {tail}.\n"
    (s,) = run(text).statements
    assert (s.speaker, s.text) == (
        "Sergei Lavrov",
        "Western donors are being dragged into the fighting",
    )


def test_a_long_setting_after_said_and_a_listener_after_told_leave_the_named_speaker():
    text = (
        "The alliance will keep helping Kyiv for as long as it takes, Jens Stoltenberg said on "
        "Tuesday after the opening session of a three-day gathering of defence chiefs held in "
        "a northern capital, told Agerpres.\n"
    )
    gazetteer = Gazetteer(actors=(ActorEntry("Jens Stoltenberg", role="NATO Secretary General"),))
    (s,) = extract(text, gazetteer=gazetteer, published=None).statements
    assert (s.speaker, s.text) == (
        "Jens Stoltenberg",
        "The alliance will keep helping Kyiv for as long as it takes",
    )


def test_a_long_title_in_apposition_after_a_quotation_keeps_the_named_speaker():
    text = (
        "“The night ferry will not sail,” Tarja Lindqvist, a member of the lake-installed main "
        "council of the civil-military administration of the Northern Lake region, said Monday.\n"
    )
    assert triples(text) == [("Tarja Lindqvist", "direct", "The night ferry will not sail,")]


# --- direct quotations: the attribution's time and verb (qsweep) --------------------------------


def test_a_quotation_after_a_bare_weekday_or_a_late_time_keeps_only_its_words():
    assert triples("Lavrov said Tuesday, “The convoy will leave at dawn.”") == [
        ("Sergei Lavrov", "direct", "The convoy will leave at dawn.")
    ]
    assert triples("Lavrov said late on Sunday, “The convoy will leave at dawn.”") == [
        ("Sergei Lavrov", "direct", "The convoy will leave at dawn.")
    ]


def test_a_split_quotation_whose_tag_ends_with_a_time_keeps_its_second_half():
    text = "“The convoy left at dawn,” Lavrov said late on Sunday, “and it has not come back.”"
    assert triples(text) == [
        ("Sergei Lavrov", "direct", "The convoy left at dawn,"),
        ("Sergei Lavrov", "direct", "and it has not come back."),
    ]


def test_an_inverted_attribution_followed_by_a_time_is_the_speaker_before_it():
    assert triples("“The convoy will leave at dawn,” said Peskov late on Sunday.") == [
        ("Dmitry Peskov", "direct", "The convoy will leave at dawn,")
    ]
    assert triples("“The convoy will leave at dawn,” said the Kremlin spokesman Tuesday.") == [
        ("Dmitry Peskov", "direct", "The convoy will leave at dawn,")
    ]


def test_an_inverted_promise_or_appeal_tags_the_quotation_before_it():
    assert triples("“We will rebuild every school in the region,” vowed Zelensky.") == [
        ("Volodymyr Zelensky", "direct", "We will rebuild every school in the region,")
    ]
    assert triples("“Send the air defence systems now,” urged Zelensky on Monday.") == [
        ("Volodymyr Zelensky", "direct", "Send the air defence systems now,")
    ]


def test_a_known_body_or_a_titled_new_name_before_a_colon_tags_the_quotation():
    assert triples("Russian Defence Ministry: “The convoy will leave at dawn.”") == [
        ("Russian Defense Ministry", "direct", "The convoy will leave at dawn.")
    ]
    assert triples("Defence Minister Jana Kovar: “The convoy will leave at dawn.”") == [
        ("Jana Kovar", "direct", "The convoy will leave at dawn.")
    ]
    assert triples("Live Updates: “The convoy will leave at dawn.”") == []


def test_told_with_a_listener_in_small_letters_then_a_comma_introduces_the_quotation():
    assert triples("Zelensky told his supporters, “The convoy will leave at dawn.”") == [
        ("Volodymyr Zelensky", "direct", "The convoy will leave at dawn.")
    ]
    text = (
        "Lavrov told his Examplian counterpart, “The convoy will leave at dawn,” and added that "
        "the bridge would open soon."
    )
    assert triples(text) == [
        ("Sergei Lavrov", "direct", "The convoy will leave at dawn,"),
        ("Sergei Lavrov", "indirect", "the bridge would open soon"),
    ]


def test_put_it_summed_up_and_exclaimed_tag_a_quotation():
    assert triples("Lavrov put it bluntly: “The convoy will leave at dawn.”") == [
        ("Sergei Lavrov", "direct", "The convoy will leave at dawn.")
    ]
    assert triples("Zelensky summed up: “The convoy will leave at dawn.”") == [
        ("Volodymyr Zelensky", "direct", "The convoy will leave at dawn.")
    ]
    assert triples("“The convoy will leave at dawn!” Zelensky exclaimed.") == [
        ("Volodymyr Zelensky", "direct", "The convoy will leave at dawn!")
    ]


def test_an_inverted_title_then_the_name_closing_the_sentence_is_that_person():
    assert triples(
        "“The convoy will leave at dawn,” said the committee's chairwoman, Jana Kovar."
    ) == [("Jana Kovar", "direct", "The convoy will leave at dawn,")]
    assert triples(
        "“The convoy will leave at dawn,” said Russia's top diplomat, Sergei Lavrov."
    ) == [("Sergei Lavrov", "direct", "The convoy will leave at dawn,")]


def test_he_after_a_narrated_possessive_office_is_its_holder():
    text = "Russia's foreign minister arrived in Examplograd on Monday. “The convoy will leave at dawn,” he said."
    assert triples(text) == [("Sergei Lavrov", "direct", "The convoy will leave at dawn,")]


def test_the_platform_x_ends_the_sentence_before_the_next_quotation():
    text = "“The convoy will leave at dawn,” Zelensky wrote on X. “The bridge will open in June.”"
    assert triples(text) == [
        ("Volodymyr Zelensky", "direct", "The convoy will leave at dawn,"),
        ("Volodymyr Zelensky", "direct", "The bridge will open in June."),
    ]


def test_a_medium_with_its_outlet_or_a_time_before_a_clause_without_that_is_skipped():
    text = (
        "Lavrov said in a video address on Tuesday the plan was “a reckless gamble” with the port."
    )
    assert triples(text) == [
        ("Sergei Lavrov", "mixed", "the plan was “a reckless gamble” with the port")
    ]
    text = (
        "Lavrov said in an interview with the Examplia Herald the plan was a gamble with the port."
    )
    assert triples(text) == [("Sergei Lavrov", "indirect", "the plan was a gamble with the port")]


def test_told_a_listener_to_after_a_fronted_phrase_is_the_request_not_the_phrase():
    text = "In a heated exchange, Lavrov told Peskov to “leave the chair of the grain council”."
    assert triples(text) == [
        ("Sergei Lavrov", "mixed", "told Peskov to “leave the chair of the grain council”")
    ]
    # (a listener in small letters is no request the frames read yet: nothing, not the phrase)
    text = "In a heated exchange, Lavrov told the envoy to leave the chair of the grain council."
    assert triples(text) == []


def test_a_phrase_quoted_in_a_narrative_sentence_tagged_by_a_bodys_document():
    # (slayout) 'The move came "...," said a ministry statement.': a body's noun modifying the
    # document ("a ministry statement") is the ministry the article named before.
    text = (
        "The Russian Defense Ministry reported on Sunday that the convoy had turned back at the border.\n\n"
        "The decision came \u201cin view of the repeated shelling of the crossing and the roads "
        "leading to it from the south,\u201d said a ministry statement.\n"
    )
    assert triples(text) == [
        ("Russian Defense Ministry", "indirect", "the convoy had turned back at the border"),
        ("Russian Defense Ministry", "direct", "in view of the repeated shelling of the crossing and the roads leading to it from the south,"),
    ]  # fmt: skip
