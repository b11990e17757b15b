"""Formats that are not running prose: transcripts, Q&A interviews, published speeches."""

import datetime as dt

from statements.extraction import ActorEntry, Gazetteer, extract

GAZETTEER = Gazetteer(
    actors=(
        ActorEntry(
            "Sergei Lavrov", role="Foreign Minister of Russia", aliases=("Lavrov", "Sergey Lavrov")
        ),
        ActorEntry("Dmytro Kuleba", role="Foreign Minister of Ukraine", aliases=("Kuleba",)),
        ActorEntry("Volodymyr Zelensky", role="President of Ukraine", aliases=("Zelensky",)),
        ActorEntry("Andrii Yusov", role="HUR representative", aliases=("Yusov",)),
    )
)


def run(text):
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 5, 17))
    return [(s.speaker, s.kind, s.text) for s in result.statements]


def test_single_word_labels_make_a_transcript_and_the_asking_voice_is_the_interviewer():
    text = (
        "We went to meet the foreign minister in Kyiv.\n\n"
        "KELLY: How many Russian troops are on your borders now?\n\n"
        "KULEBA: It's somewhere in between 100,000 and 130,000, and the number keeps growing.\n\n"
        "KELLY: And is it still growing, in your view?\n\n"
        "KULEBA: Slowly but steadily, and we watch every single unit that moves.\n\n"
        "KULEBA: Good to meet you.\n"
    )
    assert run(text) == [
        ("Dmytro Kuleba", "direct", "It's somewhere in between 100,000 and 130,000, and the number keeps growing."),
        ("Dmytro Kuleba", "direct", "Slowly but steadily, and we watch every single unit that moves."),
    ]  # fmt: skip


def test_an_interview_with_a_programme_is_the_answers_of_the_person_its_question_addresses():
    text = (
        "17 May 2024\n\n"
        "Minister Kuleba, thank you very much for talking with us. Let us start with the front. "
        "Are you worried about the coming weeks?\n\n"
        "First of all, I think that the coming weeks will be hard, but we are ready for them and "
        "our partners know what we need.\n"
    )
    result = extract(
        text,
        gazetteer=GAZETTEER,
        published=dt.date(2024, 5, 17),
        title="Minister's interview with Evening Hour News",
        url="https://gov.example/news/ministers-interview-with-evening-news,123",
    )
    assert [s.speaker for s in result.statements] == ["Dmytro Kuleba"]


def test_question_and_answer_labels_give_the_answers_to_the_interviewee():
    text = (
        "In an interview with CBS, Russian Foreign Minister Sergey Lavrov spoke about the talks.\n\n"
        "Question: Good morning, Minister. What made the strike on Kyiv worth it?\n\n"
        "Answer: We only target military goals or civilian sites used by the military.\n\n"
        "Question: Will there be a ceasefire soon, do you think?\n\n"
        "Answer: We are ready for serious and respectful negotiations at any time.\n"
    )
    assert [(s, t) for s, _, t in run(text)][-2:] == [
        ("Sergei Lavrov", "We only target military goals or civilian sites used by the military."),
        ("Sergei Lavrov", "We are ready for serious and respectful negotiations at any time."),
    ]


def test_an_interview_whose_text_never_names_the_interviewee_takes_them_from_its_url():
    text = (
        "Exclusive interview\n\n"
        "Q: How do you see the situation at the front this winter?\n\n"
        "A: It is difficult but under control, and we expect more air defence this spring.\n\n"
        "Q: Will there be talks this year?\n\n"
        "A: Talks are only possible when the troops leave.\n"
    )
    result = extract(
        text,
        gazetteer=GAZETTEER,
        published=dt.date(2023, 11, 20),
        url="https://news.example/2023/11/20/interview-dmytro-kuleba-front-winter",
    )
    assert [(s.speaker, s.speaker_mention, s.text) for s in result.statements] == [
        ("Dmytro Kuleba", "Dmytro Kuleba", "It is difficult but under control, and we expect more air defence this spring."),
        ("Dmytro Kuleba", "Dmytro Kuleba", "Talks are only possible when the troops leave."),
    ]  # fmt: skip
    # Two people in the URL: it says nothing about whose answers these are.
    two = extract(
        text,
        gazetteer=GAZETTEER,
        published=dt.date(2023, 11, 20),
        url="https://news.example/2023/11/20/sergei-lavrov-and-dmytro-kuleba-interview",
    )
    assert [s.speaker for s in two.statements] == []


def test_remarks_printed_under_a_heading_and_a_name_line_are_the_speakers():
    text = (
        "Geneva\n\n"
        "12 March 2024\n\n"
        "Foreign Minister’s remarks at the press encounter following the talks\n\n"
        "Dmytro Kuleba, Minister for Foreign Affairs\n\n"
        "We came here to ask for one thing: more air defence, and we will keep asking.\n\n"
        "Our partners know what is at stake for all of Europe this spring.\n"
    )
    assert run(text) == [
        ("Dmytro Kuleba", "direct", "We came here to ask for one thing: more air defence, and we will keep asking."),
        ("Dmytro Kuleba", "direct", "Our partners know what is at stake for all of Europe this spring."),
    ]  # fmt: skip


def test_printed_remarks_keep_the_speakers_own_reports_and_end_at_the_questions():
    text = (
        "Geneva\n\n"
        "12 March 2024\n\n"
        "Foreign Minister’s remarks at the press encounter following the talks\n\n"
        "Dmytro Kuleba, Minister for Foreign Affairs\n\n"
        "The restraint we urged last month has not been heard, and the front is moving.\n\n"
        "Q: Thank you, Minister. What did your counterpart say about the talks?\n\n"
        "Sergei Lavrov said the talks would go on.\n"
    )
    assert run(text) == [
        ("Dmytro Kuleba", "direct", "The restraint we urged last month has not been heard, and the front is moving."),
        ("Sergei Lavrov", "indirect", "the talks would go on"),
    ]  # fmt: skip


def test_a_statement_whose_copy_lost_every_full_stop_is_read_as_prose():
    text = (
        "Statement by Sergei Lavrov at the Council meeting on the crisis\n\n"
        "Thank you Madam President\n\n"
        "1\n\n"
        "We meet today at a dangerous moment for the whole of the region and for its people\n\n"
        "2\n\n"
        "The talks we proposed in the spring were turned down by the other side without a reply\n\n"
        "3\n\n"
        "Our position on the sanctions has not changed since the spring and it will not change\n\n"
        "4\n\n"
        "We call on all sides to return to the table without conditions and without further delay\n"
    )
    assert [t for s, _, t in run(text) if s == "Sergei Lavrov"] == [
        "We meet today at a dangerous moment for the whole of the region and for its people",
        "The talks we proposed in the spring were turned down by the other side without a reply",
        "Our position on the sanctions has not changed since the spring and it will not change",
        "We call on all sides to return to the table without conditions and without further delay",
    ]


def test_a_members_name_and_title_lines_over_a_parliament_record_give_the_words_to_them():
    text = (
        "PARLIAMENTARY DEBATE\n\n"
        "Examplia - 3 March 2024 (Commons Chamber)\n\n"
        "14:02:11\n\n"
        "Mr Dmytro Kuleba\n\n"
        "The Secretary of State for Foreign Affairs\n\n"
        "With your leave, I shall brief members on events along the frontier since Monday.\n\n"
        "In the last two days we have seen more troops arrive, and the drills have been extended.\n"
    )
    assert run(text) == [
        ("Dmytro Kuleba", "direct", "With your leave, I shall brief members on events along the frontier since Monday."),
        ("Dmytro Kuleba", "direct", "In the last two days we have seen more troops arrive, and the drills have been extended."),
    ]  # fmt: skip


def test_a_label_that_only_asks_makes_the_surname_labels_answers():
    text = (
        "Dmytro Kuleba talked to Examplia Radio correspondent Jane Roe in Kyiv on Monday.\n\n"
        "ERN: Where do you see the city in a year from now?\n\n"
        "Kuleba: The city will be free, and it will be rebuilt by its own people.\n\n"
        "ERN: Your general indicated that there may be a new push in the spring. Is it coming?\n\n"
        "Kuleba: We are working with our partners every day, and we are ready.\n"
    )
    assert run(text) == [
        ("Dmytro Kuleba", "direct", "The city will be free, and it will be rebuilt by its own people."),
        ("Dmytro Kuleba", "direct", "We are working with our partners every day, and we are ready."),
    ]  # fmt: skip


def test_a_speech_heading_naming_the_speaker_gives_the_paragraphs_to_them():
    text = (
        "REMARKS BY SERGEI LAVROV AT THE PRESS CONFERENCE\n\n"
        "We have always been open to talks, and we remain open today.\n\n"
        "The West must stop supplying weapons if it wants a settlement.\n"
    )
    assert [(s, t) for s, _, t in run(text)] == [
        ("Sergei Lavrov", "We have always been open to talks, and we remain open today."),
        ("Sergei Lavrov", "The West must stop supplying weapons if it wants a settlement."),
    ]


def test_an_interview_the_address_calls_one_gives_the_answers_to_the_name_in_it():
    text = (
        "The war did not start this year. What do you make of the anniversary?\n\n"
        "It all began eight years ago, with the attempted annexation of the peninsula.\n\n"
        "Will your country hold out to the end?\n\n"
        "Our soldiers hold the line for every family in Europe, not only ours.\n"
    )
    result = extract(
        text,
        gazetteer=GAZETTEER,
        published=dt.date(2022, 3, 1),
        url="https://news.example/exclusive-interview-olena-marchuk-ambassador-in-greece/",
    )
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Olena Marchuk", "It all began eight years ago, with the attempted annexation of the peninsula."),
        ("Olena Marchuk", "Our soldiers hold the line for every family in Europe, not only ours."),
    ]  # fmt: skip


def test_an_interviewers_request_without_a_question_mark_is_a_question():
    text = (
        "The strike hit a school in the night. We would like your view on that.\n\n"
        "First of all, this war began long before the strike for my people.\n\n"
        "Will your country hold out to the end?\n\n"
        "Our soldiers hold the line for every family in Europe, not only ours.\n"
    )
    result = extract(
        text,
        gazetteer=GAZETTEER,
        published=dt.date(2022, 3, 1),
        url="https://news.example/exclusive-interview-olena-marchuk-ambassador-in-greece/",
    )
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Olena Marchuk", "First of all, this war began long before the strike for my people."),
        ("Olena Marchuk", "Our soldiers hold the line for every family in Europe, not only ours."),
    ]  # fmt: skip


def test_title_case_name_labels():
    text = (
        "Here is the interview in full:\n\n"
        "Question: Minister, is Moscow ready to make any concessions at all?\n\n"
        "Sergey Lavrov: We are always ready for serious and respectful negotiations.\n\n"
        "Question: And what about the guarantees you are asking for?\n\n"
        "Sergey Lavrov: Guarantees must be firm, or the ceasefire will be used to rearm.\n"
    )
    assert [s for s, _, _ in run(text)] == ["Sergei Lavrov", "Sergei Lavrov"]


def test_a_published_speech_is_its_speakers_paragraph_by_paragraph():
    text = (
        "Editor's note: The following is Ukrainian President Volodymyr Zelensky's nightly "
        "address to the nation as it appears on the presidential website:\n\n"
        "Today I will start with a story about one person, a journalist we all knew.\n\n"
        "Eternal memory to him and to all our heroes who gave their lives for Ukraine!\n"
    )
    assert run(text) == [
        ("Volodymyr Zelensky", "direct", "Today I will start with a story about one person, a journalist we all knew."),
        ("Volodymyr Zelensky", "direct", "Eternal memory to him and to all our heroes who gave their lives for Ukraine!"),
    ]  # fmt: skip


def test_an_unlabelled_interview_gives_each_answer_to_the_person_interviewed():
    text = (
        "How has the war changed the region? Meduza asks human rights expert Varvara Pakhomenko.\n\n"
        "You worked in the Donbas for many years. Were you expecting this war?\n\n"
        "When the “republics” were recognized, the first question raised was: within what borders.\n"
    )
    assert run(text) == [
        ("Varvara Pakhomenko", "direct", "When the “republics” were recognized, the first question raised was: within what borders."),
    ]  # fmt: skip


def test_a_list_of_key_quotes_belongs_to_the_person_it_introduces():
    text = (
        "Zelensky spoke to AFP on Friday about the main challenges facing his country.\n\n"
        "Below, AFP gives a rundown of key quotes from Zelensky's exclusive interview:\n\n"
        '"They started their operation. It could consist of several waves."\n\n'
        'Russian forces are "five to ten kilometres from the border to the point where we '
        'stopped them."\n\n'
        "The interview was recorded in Kyiv.\n"
    )
    assert run(text) == [
        ("Volodymyr Zelensky", "direct", "They started their operation. It could consist of several waves."),
        ("Volodymyr Zelensky", "mixed", 'Russian forces are "five to ten kilometres from the border to the point where we stopped them."'),
    ]  # fmt: skip


def test_source_and_quote_blocks_give_the_quotation_to_the_source():
    text = (
        "Andrii Yusov, a representative of Defence Intelligence, has commented on the article.\n\n"
        "Source: Yusov on the national joint 24/7 newscast\n\n"
        'Quote: "I think that Ukraine should discuss such things when it is necessary."\n\n'
        'Quote from Zelensky: "We will not give up our land, not now and not ever."\n'
    )
    assert run(text) == [
        ("Andrii Yusov", "direct", "I think that Ukraine should discuss such things when it is necessary"),
        ("Volodymyr Zelensky", "direct", "We will not give up our land, not now and not ever"),
    ]  # fmt: skip


def test_a_voice_whose_only_turn_is_a_question_asks():
    text = (
        "CHANG: Hi. OK, so how did Zelensky address those objections from some Republicans?\n\n"
        "KULEBA: We explained that every dollar is accounted for and that the aid saves lives.\n\n"
        "KULEBA: Ukraine will keep fighting for every village until the occupiers leave.\n"
    )
    assert [s for s, _, _ in run(text)] == ["Dmytro Kuleba", "Dmytro Kuleba"]


def test_a_short_turn_that_claims_something_is_a_statement_a_courtesy_is_not():
    text = (
        "FAREED ZAKARIA, CNN HOST: Russia launched the largest air attack on Kyiv yet.\n\n"
        "ZELENSKY, UKRAINIAN PRESIDENT: It's our land.\n\n"
        "ZAKARIA: Thank you for joining us, Mr. President.\n\n"
        "ZELENSKY: Yes, it is.\n"
    )
    assert run(text) == [("Volodymyr Zelensky", "direct", "It's our land.")]


def test_a_turn_the_page_cut_off_mid_sentence_is_still_a_turn():
    text = (
        "Here is the interview in full:\n\n"
        "Question: What made the strike on Kyiv worth it, Minister?\n\n"
        "Sergey Lavrov: We only target military goals or civilian sites used by the military. "
        "President Putin said this many times, and this time is no differe\n"
    )
    assert run(text) == [
        (
            "Sergei Lavrov",
            "direct",
            "We only target military goals or civilian sites used by the military. President "
            "Putin said this many times, and this time is no differe",
        )
    ]


def test_turns_a_page_glued_together_and_an_anchor_who_introduces_the_others():
    text = (
        "Read the Full Transcript\n\n"
        "  • Judy Woodruff:The war is now nearly seven months old.Nick Schifrin sat down this "
        "morning with Ukraine’s foreign minister, Dmytro Kuleba.\n"
        "  • Nick Schifrin:Mr. Foreign Minister, thank you. We have spent the last week in "
        "Kharkiv.Can you talk to Russia diplomatically?Dmytro Kuleba, Ukrainian Minister of "
        "Foreign Affairs: As a diplomat, I have to be ready to talk even with the devil.\n"
    )
    assert run(text) == [
        (
            "Dmytro Kuleba",
            "direct",
            "As a diplomat, I have to be ready to talk even with the devil.",
        )
    ]


def test_an_unnamed_officials_label_in_a_briefing_transcript_speaks_for_the_body():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Pentagon",
                kind="organisation",
                role="United States Department of Defense",
                aliases=("Department of Defense", "US Defense Department"),
            ),
        )
    )
    text = (
        "Background briefing on the war.\n\n"
        "SENIOR DEFENSE OFFICIAL: We have observed continued naval activity off the coast.\n\n"
        "Q: Are they sort of stopped there?\n\n"
        "SENIOR DEFENSE OFFICIAL: They have not moved in the last day, as far as we can tell.\n"
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2022, 3, 15))
    assert [(s.speaker, s.speaker_mention) for s in result.statements] == [
        ("Pentagon", "Senior Defense Official"),
        ("Pentagon", "Senior Defense Official"),
    ]


def test_a_statement_issued_after_said_colon_runs_on_without_quotation_marks():
    text = (
        "LONDON: The minister issued a statement after the strikes.\n\n"
        "Foreign Minister Dmytro Kuleba said:\n\n"
        "The assault on our cities is an unprovoked attack against a sovereign state.\n\n"
        "We will continue to work with our partners to hold Russia to account.\n\n"
        "The statement came after a night of strikes on Kharkiv.\n\n"
        '"We are not afraid," Kuleba told reporters on Friday.\n'
    )
    assert run(text) == [
        ("Dmytro Kuleba", "direct", "The assault on our cities is an unprovoked attack against a sovereign state."),
        ("Dmytro Kuleba", "direct", "We will continue to work with our partners to hold Russia to account."),
        ("Dmytro Kuleba", "direct", "We are not afraid,"),
    ]  # fmt: skip


def test_a_transcript_turn_runs_on_over_unlabelled_paragraphs():
    text = (
        "KULEBA: Good afternoon. Let me start with the situation in the east.\n\n"
        "QUESTION: Good afternoon.\n\n"
        "KULEBA: The Russian army keeps shelling Kharkiv every night.\n\n"
        "This is a dangerous moment for Europe and for freedom everywhere.\n\n"
        "We commend the people of Kharkiv for their courage.\n\n"
        "QUESTION: What do you expect from the summit?\n"
    )
    assert run(text)[-3:] == [
        ("Dmytro Kuleba", "direct", "The Russian army keeps shelling Kharkiv every night."),
        ("Dmytro Kuleba", "direct", "This is a dangerous moment for Europe and for freedom everywhere."),
        ("Dmytro Kuleba", "direct", "We commend the people of Kharkiv for their courage."),
    ]  # fmt: skip


def test_a_turn_on_a_page_that_is_a_transcript_from_its_top_runs_on_in_the_third_person():
    # No narrator speaks between a pure transcript's turns: the last turn runs on over
    # paragraphs that report what others agreed.
    text = (
        "Briefing by the Foreign Minister\n\n"
        "MODERATOR: Thanks for joining us. The minister has a few words first.\n\n"
        "MR. KULEBA: Good morning. Today the three ministers met in Vilnius.\n\n"
        "The ministers reaffirmed their support for the grain corridor.\n\n"
        "The ministers call on the aggressor to stop the strikes on the ports.\n"
    )
    assert run(text)[-2:] == [
        ("Dmytro Kuleba", "direct", "The ministers reaffirmed their support for the grain corridor."),
        ("Dmytro Kuleba", "direct", "The ministers call on the aggressor to stop the strikes on the ports."),
    ]  # fmt: skip


def test_an_interview_introduction_ending_in_a_colon_gives_the_quotation_to_the_interviewee():
    text = (
        "In an exclusive interview with Foreign Minister Dmytro Kuleba, the minister spoke to "
        "our reporter about the summit and what the union should do:\n"
        "“This is a very important test for the European Union.\n"
        "We expect the EU to maintain unity and to roll the sanctions over.”\n"
    )
    assert run(text) == [
        ("Dmytro Kuleba", "direct", "This is a very important test for the European Union."),
        ("Dmytro Kuleba", "direct", "We expect the EU to maintain unity and to roll the sanctions over."),
    ]  # fmt: skip


def test_q_and_a_labels_with_a_full_stop_give_the_answers_without_the_label():
    text = (
        "Our correspondent spoke with Foreign Minister Dmytro Kuleba in Kyiv.\n\n"
        "Q. Will you talk to Putin?\n\n"
        "A. We will never negotiate with people who bomb our cities every night.\n\n"
        "Q. What do you need most from the West?\n\n"
        "A. Air defense, and we need it now, before the winter comes.\n"
    )
    assert run(text) == [
        ("Dmytro Kuleba", "direct", "We will never negotiate with people who bomb our cities every night."),
        ("Dmytro Kuleba", "direct", "Air defense, and we need it now, before the winter comes."),
    ]  # fmt: skip


def test_a_label_with_an_interpreters_note_before_its_colon_opens_a_turn():
    text = (
        "ZELENSKY (through interpreter): Russia has once again shown that it wants war.\n\n"
        "KELLY: Thank you, Mr President.\n\n"
        "ZELENSKY: We will answer this attack with everything we have.\n"
    )
    assert run(text) == [
        ("Volodymyr Zelensky", "direct", "Russia has once again shown that it wants war."),
        ("Volodymyr Zelensky", "direct", "We will answer this attack with everything we have."),
    ]


def test_a_list_after_said_colon_is_the_speakers_item_by_item_and_ends_with_the_list():
    text = (
        "The ministry gave its account on Monday. Kuleba said in a briefing:\n\n"
        "- Russian forces shelled three villages near Kharkiv overnight.\n"
        "- Air defences shot down 12 drones over the Odesa region.\n\n"
        "Russia has not commented on the strikes so far this week.\n"
    )
    assert run(text) == [
        ("Dmytro Kuleba", "direct", "Russian forces shelled three villages near Kharkiv overnight."),
        ("Dmytro Kuleba", "direct", "Air defences shot down 12 drones over the Odesa region."),
    ]  # fmt: skip


def test_a_statement_that_read_colon_is_its_authors():
    text = (
        "Kuleba's statement read:\n\n"
        "Russia's missile strike on Kharkiv is a war crime. We call on our partners to respond.\n"
    )
    assert run(text) == [
        ("Dmytro Kuleba", "direct", "Russia's missile strike on Kharkiv is a war crime. We call on our partners to respond."),
    ]  # fmt: skip


def test_a_surname_or_an_initialled_name_labels_the_answers_of_a_labelled_interview():
    initialled = (
        "Question: Will the talks resume?\n\n"
        "S. Lavrov: We are always ready for serious negotiations with Kyiv.\n\n"
        "Question: And the guarantees?\n\n"
        "S. Lavrov: Guarantees must be firm, or the ceasefire will be used to rearm.\n"
    )
    surname = initialled.replace("Question:", "Interviewer:").replace("S. Lavrov:", "Lavrov:")
    expected = [
        ("Sergei Lavrov", "direct", "We are always ready for serious negotiations with Kyiv."),
        ("Sergei Lavrov", "direct", "Guarantees must be firm, or the ceasefire will be used to rearm."),
    ]  # fmt: skip
    assert run(initialled) == expected
    assert run(surname) == expected


# --- extraction 2.1: formats of set E (invented sentences) ----------------------------------


def test_a_list_of_claims_under_a_speakers_statements_gives_each_line_to_the_speaker():
    text = (
        "Key points from Sergey Lavrov's statements at the press conference:\n"
        "Moscow sees no sign that Kyiv wants to negotiate on any terms other than its own;\n"
        "The West is dragging the conflict out with new weapons and with every promise it makes to "
        "Kyiv about membership;\n"
        'Lavrov called the latest sanctions package "theft";\n'
        "The talks in Istanbul showed that a compromise on the grain corridor is possible — "
        "Lavrov.\n"
        "Russia will answer any strike on its territory with measures that the General Staff has "
        "already prepared for that case.\n"
        "Video: a news agency\n"
    )
    assert run(text) == [
        ("Sergei Lavrov", "indirect", "Moscow sees no sign that Kyiv wants to negotiate on any terms other than its own"),
        ("Sergei Lavrov", "indirect", "The West is dragging the conflict out with new weapons and with every promise it makes to Kyiv about membership"),
        ("Sergei Lavrov", "mixed", 'called the latest sanctions package "theft"'),
        ("Sergei Lavrov", "indirect", "The talks in Istanbul showed that a compromise on the grain corridor is possible"),
        ("Sergei Lavrov", "indirect", "Russia will answer any strike on its territory with measures that the General Staff has already prepared for that case"),
    ]  # fmt: skip


def test_a_dash_opened_interview_gives_the_answers_to_the_person_the_introduction_names():
    text = (
        "Foreign Minister Dmytro Kuleba came to Brussels, where our agency got a short "
        "interview on the eve of the summit.\n"
        "- Do you believe that the allies will keep sending shells next year?\n"
        "- We have their word, and we have the contracts signed this spring.\n"
        "The rest depends on the factories, not on politics.\n"
        "- Will the summit open the door to membership?\n"
        "- The door is open already; the question is only when we walk through it.\n"
    )
    assert run(text) == [
        ("Dmytro Kuleba", "direct", "We have their word, and we have the contracts signed this spring."),
        ("Dmytro Kuleba", "direct", "The rest depends on the factories, not on politics."),
        ("Dmytro Kuleba", "direct", "The door is open already; the question is only when we walk through it."),
    ]  # fmt: skip


def test_one_titled_label_opens_a_monologue_whose_unlabelled_paragraphs_run_its_turn():
    text = (
        "The minister held a meeting with the ambassadors in Moscow.\n\n"
        "* * *\n\n"
        "Minister of Foreign Affairs of Russia Sergei Lavrov: Good afternoon, colleagues. "
        "Today we will discuss the grain deal and the security of shipping.\n\n"
        "The western partners keep breaking their promises on fertiliser exports.\n\n"
        "Without these exports the deal cannot be extended beyond the summer.\n"
    )
    assert run(text) == [
        ("Sergei Lavrov", "direct", "Good afternoon, colleagues. Today we will discuss the grain deal and the security of shipping."),
        ("Sergei Lavrov", "direct", "The western partners keep breaking their promises on fertiliser exports."),
        ("Sergei Lavrov", "direct", "Without these exports the deal cannot be extended beyond the summer."),
    ]  # fmt: skip


def test_a_titled_label_before_a_quotation_is_no_monologue():
    text = (
        "Minister of Foreign Affairs of Russia Sergei Lavrov: “The deal is over.”\n\n"
        "The western partners keep breaking their promises on fertiliser exports.\n"
    )
    assert run(text) == []


def test_what_an_interviewer_recalls_the_interviewee_told_them_is_no_statement():
    text = (
        "Here is the transcript:\n\n"
        "JANE DOE: Thank you for having us. And you did tell us that you thought the front was "
        "stable. Do you worry that people are forgetting the war?\n\n"
        "DMYTRO KULEBA: Of course I worry. The war is still here, every single day.\n\n"
        "JANE DOE: What do you expect from the summit?\n\n"
        "DMYTRO KULEBA: We expect more air defence systems.\n"
    )
    assert run(text) == [
        ("Dmytro Kuleba", "direct", "Of course I worry. The war is still here, every single day."),
        ("Dmytro Kuleba", "direct", "We expect more air defence systems."),
    ]  # fmt: skip


# --- extraction 2.5: formats of set F (invented sentences) ----------------------------------


def test_bulleted_claims_glued_to_their_markers_and_without_full_stops_are_the_listed_speakers():
    text = (
        "The two ministers met in Geneva. Main points of Sergey Lavrov's remarks:\n"
        "▪️ Moscow will send a delegation to the next round in June\n"
        "▪️The grain corridor can reopen once the ports are cleared of mines\n"
        "▪️ Kuleba asked for a pause that Russia does not need\n"
    )
    assert run(text) == [
        ("Sergei Lavrov", "indirect", "Moscow will send a delegation to the next round in June"),
        ("Sergei Lavrov", "indirect", "The grain corridor can reopen once the ports are cleared of mines"),
        ("Sergei Lavrov", "indirect", "Kuleba asked for a pause that Russia does not need"),
    ]  # fmt: skip


def test_bulleted_claims_in_lower_case_after_a_statement_on_a_topic_are_the_speakers():
    text = (
        "Foreign Minister Sergey Lavrov made a statement on the results of the meeting, "
        "Examplia News writes.\n"
        "Main statements:\n"
        "• the delegation is pleased with the result of the talks;\n"
        "• a large exchange of prisoners has been agreed;\n"
    )
    assert run(text) == [
        ("Sergei Lavrov", "indirect", "the delegation is pleased with the result of the talks"),
        ("Sergei Lavrov", "indirect", "a large exchange of prisoners has been agreed"),
    ]


def test_a_speech_printed_as_delivered_gives_its_unquoted_lines_to_the_speaker_of_its_by_line():
    text = (
        "Doorstep statement\n"
        "by Foreign Minister Dmytro Kuleba ahead of the meeting of the Ukraine Defence Contact Group\n"
        "(As delivered)\n"
        "We have just agreed on three new air defence packages with our partners.\n"
        "Every one of them will save lives in our cities this winter.\n"
    )
    assert run(text) == [
        ("Dmytro Kuleba", "direct", "We have just agreed on three new air defence packages with our partners."),
        ("Dmytro Kuleba", "direct", "Every one of them will save lives in our cities this winter."),
    ]  # fmt: skip


def test_a_transcript_label_with_an_honorific_gives_the_name_the_introduction_wrote_in_full():
    text = (
        "MR. HOLT: Welcome. We are joined today by Ukraine's Ambassador to Canada, Iryna "
        "Kovalchuk. Ambassador, how is the winter going?\n"
        "AMB. KOVALCHUK: The winter is hard, but our power grid has held against every attack.\n"
        "MR. HOLT: And the spring?\n"
        "AMB. KOVALCHUK: In spring we expect the new air defence systems to reach the front.\n"
    )
    assert run(text) == [
        ("Iryna Kovalchuk", "direct", "The winter is hard, but our power grid has held against every attack."),
        ("Iryna Kovalchuk", "direct", "In spring we expect the new air defence systems to reach the front."),
    ]  # fmt: skip


ISSUERS = Gazetteer(
    actors=(
        ActorEntry(
            "Ruritanian Foreign Ministry",
            kind="organisation",
            aliases=("Ministry of Foreign Affairs of Ruritania", "Ruritania's Foreign Ministry"),
        ),
        ActorEntry("Mara Velkova", role="Foreign Minister of Ruritania", aliases=("Velkova",)),
    )
)


def test_a_statement_headed_as_issued_by_a_body_gives_its_unattributed_paragraphs_to_the_body():
    text = (
        "Statement of the Ministry of Foreign Affairs of Ruritania on the night's missile strikes\n\n"
        "3 March 2024\n\n"
        "The aggressor keeps targeting homes and schools. Every object hit was civilian.\n\n"
        "Minister Mara Velkova called on partners to send more air defence systems.\n\n"
        "The regime must understand that the world will not look away.\n"
    )
    result = extract(text, gazetteer=ISSUERS, published=dt.date(2024, 3, 3))
    assert [(s.speaker, s.kind, s.text) for s in result.statements] == [
        ("Ruritanian Foreign Ministry", "direct", "The aggressor keeps targeting homes and schools. Every object hit was civilian."),
        ("Mara Velkova", "indirect", "called on partners to send more air defence systems"),
        ("Ruritanian Foreign Ministry", "direct", "The regime must understand that the world will not look away."),
    ]  # fmt: skip


def test_a_headline_about_a_statement_is_not_an_issued_statement():
    text = (
        "Velkova's statement on the strikes angers neighbours\n\n"
        "The aggressor keeps targeting homes and schools, residents say.\n"
    )
    result = extract(text, gazetteer=ISSUERS, published=dt.date(2024, 3, 3))
    assert [(s.speaker, s.text) for s in result.statements] == [
        (None, "The aggressor keeps targeting homes and schools")
    ]


def test_an_embedded_post_and_its_signature_line_are_the_authors_direct_statement():
    people = Gazetteer(
        actors=(ActorEntry("Mara Velkova", role="Foreign Minister", aliases=("Velkova",)),)
    )
    text = (
        "The minister reacted within the hour.\n\n"
        "They hit our power plants again tonight. We need more air defence now. "
        "pic.twitter.com/abc123\n\n"
        "— Mara Velkova (@MVelkova) March 3, 2024\n\n"
        "The strikes went on until dawn.\n"
    )
    result = extract(text, gazetteer=people, published=dt.date(2024, 3, 4))
    assert [(s.speaker, s.kind, s.text, s.said_on) for s in result.statements] == [
        (
            "Mara Velkova",
            "direct",
            "They hit our power plants again tonight. We need more air defence now.",
            dt.date(2024, 3, 3),
        )
    ]


def test_guillemets_closing_a_paragraph_end_its_sentence():
    people = Gazetteer(
        actors=(ActorEntry("Mara Velkova", role="Foreign Minister", aliases=("Velkova",)),)
    )
    result = extract(
        "Velkova said on Monday: «The city will be rebuilt, every house of it.»\n",
        gazetteer=people,
        published=dt.date(2024, 3, 4),
    )
    assert [(s.speaker, s.kind, s.text) for s in result.statements] == [
        ("Mara Velkova", "direct", "The city will be rebuilt, every house of it.")
    ]


def test_a_transcript_turn_runs_on_through_a_paragraph_where_the_speaker_reports_someone():
    people = Gazetteer(
        actors=(ActorEntry("Mara Velkova", role="Foreign Minister", aliases=("Velkova",)),)
    )
    text = (
        "Question: Has the president agreed to meet his counterpart?\n\n"
        "Mara Velkova: Those are speculations spread by our opponents. It was not discussed.\n\n"
        "The president called after that meeting, and he said that we are ready to continue "
        "the talks. And we suggested raising the level of the delegations.\n\n"
        "Question: Thank you.\n"
    )
    result = extract(text, gazetteer=people, published=dt.date(2024, 3, 4))
    assert [(s.speaker, s.kind, s.text) for s in result.statements] == [
        ("Mara Velkova", "direct", "Those are speculations spread by our opponents. It was not discussed."),
        ("Mara Velkova", "direct", "The president called after that meeting, and he said that we are ready to continue the talks. And we suggested raising the level of the delegations."),
    ]  # fmt: skip


def test_a_dash_led_paragraph_that_only_attributes_gives_it_the_paragraph_before():
    people = Gazetteer(
        actors=(ActorEntry("Mara Velkova", role="Foreign Minister", aliases=("Velkova",)),)
    )
    text = (
        "The country relies on building up its own industry.\n\n"
        "Ruritania, together with its partners, should also increase weapons production\n\n"
        "- Foreign Minister Mara Velkova said, referring to similar statements from abroad.\n"
    )
    result = extract(text, gazetteer=people, published=dt.date(2024, 3, 4))
    assert [(s.speaker, s.kind, s.text) for s in result.statements] == [
        (
            "Mara Velkova",
            "indirect",
            "Ruritania, together with its partners, should also increase weapons production",
        )
    ]


def test_a_bulleted_list_of_claims_ends_at_the_first_line_without_a_bullet():
    text = (
        "Sergey Lavrov spoke to reporters in Moscow on Friday.\n\n"
        "Here are the key takeaways:\n\n"
        "● Moscow sees no sign that Kyiv wants to negotiate on any terms but its own;\n\n"
        "● The West is dragging the conflict out with every promise it makes to Kyiv.\n\n"
        "It is worth recalling that the parliament adopted a resolution on the talks in March.\n\n"
        "The opposition collected signatures for an alternative text the same week.\n"
    )
    assert run(text) == [
        ("Sergei Lavrov", "indirect", "Moscow sees no sign that Kyiv wants to negotiate on any terms but its own"),
        ("Sergei Lavrov", "indirect", "The West is dragging the conflict out with every promise it makes to Kyiv"),
    ]  # fmt: skip


def _own_voice_gazetteer():
    return Gazetteer(
        actors=(
            ActorEntry(
                "Ruritanian Foreign Ministry",
                kind="organisation",
                aliases=("Ministry of Foreign Affairs of Ruritania",),
            ),
            ActorEntry("Centre for Eastern Studies", kind="organisation"),
            ActorEntry("Reuters", kind="media"),
            ActorEntry("Sergei Lavrov", role="Foreign Minister of Russia", aliases=("Lavrov",)),
        )
    )


def test_a_bodys_own_statement_gives_it_every_sentence_that_reports_no_one_else():
    text = (
        "Statement of the Ministry of Foreign Affairs of Ruritania on the missile attack\n\n"
        "Overnight, Russia launched another massive missile attack on Ruritanian cities.\n\n"
        "Russia continues to target civilians. The objects attacked were exclusively civilian.\n\n"
        "Lavrov said the strikes hit military targets.\n"
    )
    result = extract(text, gazetteer=_own_voice_gazetteer(), published=dt.date(2024, 1, 2))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Ruritanian Foreign Ministry", "Overnight, Russia launched another massive missile attack on Ruritanian cities."),
        ("Ruritanian Foreign Ministry", "Russia continues to target civilians. The objects attacked were exclusively civilian."),
        ("Sergei Lavrov", "the strikes hit military targets"),
    ]  # fmt: skip


def test_a_think_tanks_name_above_its_assessment_is_its_byline_but_an_outlets_is_not():
    body = "Russian forces are unlikely to make significant gains near the town in the near term.\n"
    think_tank = extract(
        "Centre for Eastern Studies\n\n" + body, gazetteer=_own_voice_gazetteer()
    ).statements
    outlet = extract("Reuters\n\n" + body, gazetteer=_own_voice_gazetteer()).statements
    assert [s.speaker for s in think_tank] == ["Centre for Eastern Studies"]
    assert outlet == []


def test_a_dash_opened_question_that_ends_with_a_remark_still_asks():
    text = (
        "Our guest in this series of talks with commanders is Taras Hnatyuk, a battalion "
        "commander. Taras Hnatyuk fought near the river in the first winter.\n"
        "- You volunteered in the first week. Why did you decide so quickly? You were far "
        "from the front at the time.\n"
        "- The decision was simple. My village had already been shelled twice by then.\n"
    )
    assert run(text) == [
        ("Taras Hnatyuk", "direct", "The decision was simple. My village had already been shelled twice by then."),
    ]  # fmt: skip


def test_an_interview_titled_so_whose_first_answer_alone_is_labelled():
    text = (
        "Interview with a tank commander: “The nights are the hardest”\n"
        "Ostap Melnychuk commands a tank company in the south. He is on a short leave.\n"
        "nordradio.ua: How does it feel to be back home?\n"
        "Ostap Melnychuk: It feels strange, because the front is always on my mind.\n"
        "Will the summer be quieter?\n"
        "I doubt it. The enemy is bringing more artillery every week.\n"
    )
    assert run(text) == [
        ("Ostap Melnychuk", "direct", "It feels strange, because the front is always on my mind."),
        ("Ostap Melnychuk", "direct", "I doubt it. The enemy is bringing more artillery every week."),
    ]  # fmt: skip


def test_a_speech_as_delivered_whose_by_line_is_separated_by_date_lines():
    text = (
        "Press conference\n"
        "by Foreign Minister Dmytro Kuleba following the meeting of the council\n"
        "• 04 Mar. 2024 -\n"
        "• |\n"
        "• Last updated: 04 Mar. 2024 17:02\n"
        "(As delivered)\n"
        "Our partners have agreed to speed up the deliveries of air defence.\n"
    )
    assert run(text) == [
        ("Dmytro Kuleba", "direct", "Our partners have agreed to speed up the deliveries of air defence."),
    ]  # fmt: skip


def test_key_takeaways_from_a_think_tank_are_the_think_tanks_claims():
    text = (
        "Key takeaways from the Centre for Eastern Studies:\n"
        "- Russian forces are unlikely to reach the river before the autumn rains begin.\n"
        "- The Kremlin is preparing another wave of mobilisation for the winter campaign.\n"
    )
    result = extract(text, gazetteer=_own_voice_gazetteer(), published=dt.date(2024, 1, 2))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Centre for Eastern Studies", "Russian forces are unlikely to reach the river before the autumn rains begin"),
        ("Centre for Eastern Studies", "The Kremlin is preparing another wave of mobilisation for the winter campaign"),
    ]  # fmt: skip


def test_a_page_headed_address_by_a_person_is_that_persons_speech():
    text = (
        "Address by President Volodymyr Zelensky 14/05/2024 10:30 P.M.\n"
        "Our air defence held tonight – address by the President of Ukraine\n"
        "Good evening, fellow Ukrainians!\n"
        "Tonight our air defence destroyed every missile aimed at the capital.\n"
    )
    assert run(text) == [
        ("Volodymyr Zelensky", "direct", "Tonight our air defence destroyed every missile aimed at the capital."),
    ]  # fmt: skip


def test_a_note_on_the_speech_s_source_is_no_part_of_the_speech():
    text = (
        "Address by President Volodymyr Zelensky 14/05/2024 10:30 P.M.\n"
        "The recording was shared by the presidential press office, reports Examplia Daily.\n"
        "Tonight our air defence destroyed every missile aimed at the capital.\n"
    )
    assert run(text) == [
        ("Volodymyr Zelensky", "direct", "Tonight our air defence destroyed every missile aimed at the capital."),
    ]  # fmt: skip


def test_a_headline_about_an_address_by_someone_is_no_speech():
    text = (
        "Lavrov condemned the address by Zelensky to the summit.\n"
        "Lavrov said the speech had changed nothing.\n"
    )
    assert run(text) == [
        ("Sergei Lavrov", "indirect", "condemned the address by Zelensky to the summit"),
        ("Sergei Lavrov", "indirect", "the speech had changed nothing"),
    ]


def test_a_capitals_label_with_a_long_title_before_the_name_opens_the_named_persons_turn():
    text = (
        "The following is a transcript of an interview with Foreign Minister Dmytro Kuleba.\n\n"
        "JANE HOLT: Minister, thank you for joining us. What is happening in the south?\n\n"
        "UKRAINIAN FOREIGN MINISTER DMYTRO KULEBA: Our troops are holding every position along "
        "the river.\n\n"
        "JANE HOLT: And the talks?\n\n"
        "KULEBA: There will be no talks while the shelling goes on.\n"
    )
    assert run(text) == [
        ("Dmytro Kuleba", "direct", "Our troops are holding every position along the river."),
        ("Dmytro Kuleba", "direct", "There will be no talks while the shelling goes on."),
    ]  # fmt: skip


def test_bulleted_lines_under_from_the_statement_by_someone_are_their_claims():
    text = (
        "From the statement by Foreign Minister Sergey Lavrov at the ministerial meeting\n\n"
        "▪️ The West is dragging the conflict out with every new delivery of weapons.\n\n"
        "▪️ Moscow remains open to talks that take the realities on the ground into account.\n"
    )
    assert run(text) == [
        ("Sergei Lavrov", "indirect", "The West is dragging the conflict out with every new delivery of weapons"),
        ("Sergei Lavrov", "indirect", "Moscow remains open to talks that take the realities on the ground into account"),
    ]  # fmt: skip


def test_first_person_paragraphs_after_a_quotation_from_an_address_copy_the_address_on():
    text = (
        "“Today I spoke with our partners in Europe,” Zelensky said in his nightly address on "
        "Tuesday.\n\n"
        "Glory to Ukraine!\n\n"
        "It was a difficult day for our cities. We are restoring power where we can, and I thank "
        "all our repair crews.\n\n"
        "Air raid alerts continued across the country overnight.\n"
    )
    assert run(text) == [
        ("Volodymyr Zelensky", "direct", "Today I spoke with our partners in Europe,"),
        ("Volodymyr Zelensky", "direct", "It was a difficult day for our cities. We are restoring power where we can, and I thank all our repair crews."),
    ]  # fmt: skip


def test_an_address_copied_from_its_salutation_runs_on_without_first_person_words():
    text = (
        "“We have come a long way and we stand firm,” Zelensky said in his nightly address on "
        "Tuesday.\n\n"
        "Dear compatriots!\n\n"
        "The five hundredth day of this war – a hard day.\n\n"
        "“Unity” is the word for today.\n\n"
        "Zelensky later met the visiting envoys in Kyiv.\n"
    )
    assert run(text) == [
        ("Volodymyr Zelensky", "direct", "We have come a long way and we stand firm,"),
        ("Volodymyr Zelensky", "direct", "The five hundredth day of this war – a hard day."),
        ("Volodymyr Zelensky", "direct", "“Unity” is the word for today."),
    ]


def test_a_numbered_speaker_asks_in_a_ministry_briefing_transcript():
    gazetteer = Gazetteer(actors=(ActorEntry("Obi Nwankwo", aliases=("Nwankwo",)),))
    text = (
        "Shri Obi Nwankwo, Official Spokesperson: A very good evening to all of you. We are "
        "closely following the situation in Ukraine.\n\n"
        "Speaker 1: When is the minister reaching France?\n\n"
        "Shri Obi Nwankwo, Official Spokesperson: I think on Sunday, he should be there on the "
        "20th."
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2022, 2, 17))
    assert [(s.speaker, s.kind, s.text) for s in result.statements] == [
        (
            "Obi Nwankwo",
            "direct",
            "A very good evening to all of you. We are closely following the situation in Ukraine.",
        ),
        ("Obi Nwankwo", "direct", "I think on Sunday, he should be there on the 20th."),
    ]


BRIEFING_GAZETTEER = Gazetteer(
    actors=(
        ActorEntry("Janet Roe", role="Department spokesperson", aliases=("Roe",)),
        ActorEntry("Volodymyr Zelensky", role="President of Ukraine", aliases=("Zelensky",)),
        ActorEntry("Tomas Vell", role="Press secretary", aliases=("Vell",)),
    )
)


def run_briefing(text):
    result = extract(text, gazetteer=BRIEFING_GAZETTEER, published=dt.date(2024, 5, 17))
    return [(s.speaker, s.kind, s.text) for s in result.statements]


def test_a_briefers_lone_label_runs_on_over_the_unlabelled_paragraphs_of_the_opening():
    text = (
        "Department Press Briefing\n\n"
        "2:31 p.m. EDT\n\n"
        "MS ROE: Good afternoon. Three quick notes to start, then your questions.\n\n"
        "The strikes on the grid this week were a deliberate attack on civilians in winter.\n\n"
        "Separately, the Secretary spoke with his Ruritanian counterpart yesterday about more "
        "air defence.\n"
    )
    assert run_briefing(text) == [
        ("Janet Roe", "direct", "The strikes on the grid this week were a deliberate attack on civilians in winter."),
        ("Janet Roe", "direct", "Separately, the Secretary spoke with his Ruritanian counterpart yesterday about more air defence."),
    ]  # fmt: skip


def test_a_lone_capitals_label_without_a_title_is_no_briefing():
    text = (
        "NEW DELHI: India abstained in the vote on the resolution on Thursday.\n\n"
        "The strikes on the grid this week hit three regions, officials said.\n"
    )
    assert run_briefing(text) == [  # (the dateline's officials, not a briefer)
        ("Indian officials", "indirect", "The strikes on the grid this week hit three regions"),
    ]


def test_bracketed_labels_and_labels_with_a_language_or_a_time_open_turns():
    text = (
        "… QUESTION: Has there been any follow-up with the Russians since then?\n\n"
        "[JANET ROE, DEPARTMENT SPOKESPERSON]: We have always been open to talks when our "
        "allies ask for them.\n\n"
        "QUESTION: And with Kyiv?\n\n"
        "ZELENSKY (UKRAINIAN): We are under attack every single night and we need air defence.\n"
    )
    assert run_briefing(text) == [
        ("Janet Roe", "direct", "We have always been open to talks when our allies ask for them."),
        ("Volodymyr Zelensky", "direct", "We are under attack every single night and we need air defence."),
    ]  # fmt: skip


def test_a_recordings_labels_on_their_own_lines_give_the_next_paragraph_to_the_speaker():
    text = (
        "Press Briefing by Press Secretary Tomas Vell 2/27/24\n\n"
        "Speaker X (00:07):\n\n"
        "Good afternoon.\n\n"
        "Press Secretary Tomas Vell (00:10):\n\n"
        "Examplia has lost two harbours in recent weeks because of the funding gap.\n\n"
        "Speaker X (01:12):\n\n"
        "Will the President call the Speaker today about the package?\n\n"
        "Tomas Vell: (01:20)\n\n"
        "The President has been clear that the package must pass this week.\n"
    )
    assert run_briefing(text) == [
        ("Tomas Vell", "direct", "Examplia has lost two harbours in recent weeks because of the funding gap."),
        ("Tomas Vell", "direct", "The President has been clear that the package must pass this week."),
    ]  # fmt: skip


def test_spaced_q_labels_and_the_named_interviewer_ask():
    text = (
        "Ruritania Radio's Anna Pell interviewed President Volodymyr Zelensky in Kyiv.\n\n"
        "PELL: Mr President, thank you. Let us start with the strikes of the last few nights.\n\n"
        "ZELENSKY: They launched almost five hundred drones in one night against our cities.\n\n"
        "PELL: An extraordinary week for your army.\n\n"
        "ZELENSKY: Our soldiers did what others said could not be done.\n\n"
        "Q    Will you meet the Russian leader this year, Mr President?\n\n"
        "ZELENSKY: Only when there is something real to sign.\n"
    )
    assert run_briefing(text) == [
        ("Volodymyr Zelensky", "direct", "They launched almost five hundred drones in one night against our cities."),
        ("Volodymyr Zelensky", "direct", "Our soldiers did what others said could not be done."),
        ("Volodymyr Zelensky", "direct", "Only when there is something real to sign."),
    ]  # fmt: skip


def test_a_briefing_heading_under_a_line_of_page_furniture_makes_the_page_the_briefing():
    text = (
        "Donate to the relief fund today!\n\n"
        "The Ministry of Foreign Affairs\n\n"
        "Briefing by Spokeswoman Janet Roe, Capital City, July 17, 2025\n\n"
        "17 July 2025 19:33\n\n"
        "The regime continues to carry out attacks against civilians and civilian infrastructure.\n\n"
        "Over the past week, twenty people were injured by artillery and drones in the border areas.\n"
    )
    assert run_briefing(text) == [
        ("Janet Roe", "direct", "The regime continues to carry out attacks against civilians and civilian infrastructure."),
        ("Janet Roe", "direct", "Over the past week, twenty people were injured by artillery and drones in the border areas."),
    ]  # fmt: skip


def test_dashed_questions_that_quote_a_word_still_ask():
    text = (
        "Our guest for this series of interviews is Janet Roe, a sapper commander.\n\n"
        "- Every interview starts with the question that split life into “before” and “after”: "
        "how did the invasion begin for you?\n\n"
        "- For me it began at the front, where we were preparing a rotation that night.\n\n"
        "- How long will demining take?\n\n"
        "- Decades, if nothing changes in the way we work.\n"
    )
    assert run_briefing(text) == [
        ("Janet Roe", "direct", "For me it began at the front, where we were preparing a rotation that night."),
        ("Janet Roe", "direct", "Decades, if nothing changes in the way we work."),
    ]  # fmt: skip


def test_an_interviewers_labelled_question_answered_after_a_dash():
    text = (
        "Volodymyr Zelensky spoke to four local newspapers on Friday.\n\n"
        'Anna Pell: Let us begin with a question from a reader. "Is your resignation one of '
        'their aims this year?"\n\n'
        "— I have read many different theories about what they plan for me.\n\n"
        "I have accepted this, and so have my parents.\n\n"
        "— It is not important, I know what they mean.\n"
    )
    assert run_briefing(text) == [
        ("Volodymyr Zelensky", "direct", "I have read many different theories about what they plan for me."),
        ("Volodymyr Zelensky", "direct", "I have accepted this, and so have my parents."),
        ("Volodymyr Zelensky", "direct", "It is not important, I know what they mean."),
    ]  # fmt: skip


def test_a_page_opening_with_a_question_answered_in_the_first_person_is_an_interview():
    text = (
        "Ruritania is among the closest allies on demining. How could the work grow "
        "further?\n\n"
        "Thank you first for inviting me. I am glad to speak as ambassador.\n\n"
        "Our allies still plan by the rules of old wars, and that has to change.\n\n"
        "What do you expect from the next summit?\n\n"
        "I expect decisions on long-range weapons, not more declarations.\n"
    )
    result = extract(
        text,
        gazetteer=BRIEFING_GAZETTEER,
        published=dt.date(2025, 7, 26),
        title="Janet Roe: The two main lessons of the war",
    )
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Janet Roe", "Thank you first for inviting me. I am glad to speak as ambassador."),
        ("Janet Roe", "Our allies still plan by the rules of old wars, and that has to change."),
        ("Janet Roe", "I expect decisions on long-range weapons, not more declarations."),
    ]  # fmt: skip


def test_an_explainer_opening_with_a_question_is_no_interview():
    text = (
        "What does the Kremlin want from the talks in the coming weeks of the year?\n\n"
        "Analysts say Moscow wants to keep the land it holds and to block any security "
        "guarantees.\n"
    )
    result = extract(
        text,
        gazetteer=BRIEFING_GAZETTEER,
        published=dt.date(2025, 7, 26),
        title="Janet Roe on what the Kremlin wants",
    )
    assert [(s.speaker, s.kind) for s in result.statements] == [("Analysts", "indirect")]


def test_a_turn_that_only_thanks_or_keeps_house_is_no_statement_a_thanks_then_a_claim_is():
    text = (
        "MS ROE: Good afternoon. With that, Tomas, the podium is yours.\n\n"
        "VELL: Thanks, Janet.  And thanks for having me again so soon after my previous "
        "visit here.\n\n"
        "Q    Will the package pass?\n\n"
        "VELL: Thank you. This conflict must stop, and the package will pass this week.\n"
    )
    assert run_briefing(text) == [
        ("Tomas Vell", "direct", "Thank you. This conflict must stop, and the package will pass this week."),
    ]  # fmt: skip


def test_a_post_then_a_dash_line_naming_its_author_and_the_platform():
    text = (
        "The president reacted to the night attack on Monday.\n\n"
        'Another night of "Shahed" drones over our towns. One person was killed '
        "and five injured, among them a teenager. I share the grief of the families.\n\n"
        "- Zelensky wrote on social media.\n"
    )
    assert run_briefing(text) == [
        ("Volodymyr Zelensky", "indirect", 'Another night of "Shahed" drones over our towns. One person was killed and five injured, among them a teenager. I share the grief of the families'),
    ]  # fmt: skip


def test_a_label_whose_title_runs_long_still_opens_the_turn():
    text = (
        "Ambassador Anna Pell, Director, Eurasia Programme, Ruritania Council: Mr President, were "
        "the leaders of the day ready to recognise the new state?\n\n"
        "President Volodymyr Zelensky, Head, Ukrainian delegation to the Contact Group (TCG); "
        "former actor: I doubt it. They would have accepted a looser status only.\n"
    )
    assert run_briefing(text) == [
        ("Volodymyr Zelensky", "direct", "I doubt it. They would have accepted a looser status only."),
    ]  # fmt: skip


def test_a_surname_labelled_twice_is_a_briefer_named_in_full_by_the_heading():
    text = (
        "Press Secretary Tomas K. Vell Holds a Press Briefing\n\n"
        "VELL:  Good afternoon, everyone. I see more of you than usual today.\n\n"
        "(CROSSTALK)\n\n"
        "VELL:  You are welcome. A couple of items at the top, then we will get to your questions.\n\n"
        "The Secretary will travel tomorrow to meet allied defence ministers about the buildup.\n"
    )
    assert run_briefing(text) == [
        ("Tomas Vell", "direct", "Good afternoon, everyone. I see more of you than usual today."),
        ("Tomas Vell", "direct", "The Secretary will travel tomorrow to meet allied defence ministers about the buildup."),
    ]  # fmt: skip


def test_a_digests_country_rubric_labelled_twice_is_no_briefer():
    text = (
        "RUSSIA: Moscow says its forces took two villages in the east overnight.\n\n"
        "RUSSIA: The defence ministry says it downed forty drones.\n\n"
        "The strikes hit three regions, officials said.\n"
    )
    assert run_briefing(text) == [
        ("Moscow", "indirect", "its forces took two villages in the east overnight"),
        (None, "indirect", "it downed forty drones"),
        (None, "indirect", "The strikes hit three regions"),
    ]


def test_a_dateline_place_labelled_twice_is_no_briefer():
    text = (
        "KYIV: Air raid sirens sounded across the capital overnight.\n\n"
        "KYIV: The city's metro stations were opened as shelters.\n\n"
        "The strikes hit three regions, officials said.\n"
    )
    assert [s for s, _, _ in run_briefing(text)] == ["Ukrainian officials"]  # the dateline's


def test_the_one_a_moderator_gives_the_question_to_asks():
    text = (
        "Moderator (01:27):\n\n"
        "Ladies and gentlemen, we now begin the president's press conference. The first "
        "question goes to the national media, Anna Pell.\n\n"
        "Anna Pell (01:48):\n\n"
        "Mr. President, Anna Pell, Morning Post. I have a question about the conditions for "
        "membership. Who will define them? Is it security alone, or reforms as well?\n\n"
        "Volodymyr Zelensky (02:30):\n\n"
        "We have received unity, and the leaders support the future of Ukraine in the alliance.\n"
    )
    assert run_briefing(text) == [
        ("Volodymyr Zelensky", "direct", "We have received unity, and the leaders support the future of Ukraine in the alliance."),
    ]  # fmt: skip


def test_a_live_blog_line_of_a_name_and_a_colon_is_that_persons_claim():
    text = (
        "Mar. 1\n\n"
        "08:05 p.m. The air alarm sounded twelve times in the capital today.\n\n"
        "08:02 p.m. Zelensky: Moscow has to halt the shelling of our ports before any talks.\n\n"
        "07:50 p.m. Kyiv: About 300 tanks are parked near the northern border.\n"
    )
    assert run_briefing(text) == [
        ("Volodymyr Zelensky", "indirect", "Moscow has to halt the shelling of our ports before any talks"),
    ]  # fmt: skip


def test_a_line_of_a_name_its_title_and_a_colon_is_that_persons_claim():
    text = (
        "The council met late on Monday at Kyiv's request.\n\n"
        "VOLODYMYR ZELENSKY, President of Ukraine: Every week of delay costs lives, because civilians are "
        "dying every day.\n"
    )
    assert run_briefing(text) == [
        ("Volodymyr Zelensky", "indirect", "Every week of delay costs lives, because civilians are dying every day"),
    ]  # fmt: skip


def test_a_quoted_post_closed_by_tweets_and_the_authors_name_and_title():
    text = (
        "The council met late on Monday at Kyiv's request.\n\n"
        "“Today, the entire membership is under attack,” tweets Volodymyr Zelensky, President "
        "of Ukraine since 2019.\n"
    )
    assert run_briefing(text) == [
        ("Volodymyr Zelensky", "direct", "Today, the entire membership is under attack,"),
    ]


def test_an_op_ed_opening_with_a_question_in_the_first_person_is_no_ones_interview():
    text = (
        "What does the Kremlin really want from the talks in the coming weeks of the year?\n\n"
        "I have spent years studying the Kremlin, and my answer is simple: time.\n\n"
        "Time lets it rebuild the army that the war has cost it so dearly.\n"
    )
    result = extract(
        text,
        gazetteer=BRIEFING_GAZETTEER,
        published=dt.date(2025, 7, 26),
        title="Why Janet Roe's plan will fail",
    )
    assert [(s.speaker, s.text) for s in result.statements] == []


def test_crowed_reports_a_claim():
    text = (
        "9:45 AM ET\n"
        "The army has already seized 38 depots, including 6 fuel stores, the "
        "Kremlin crowed Thursday.\n"
    )
    result = extract(
        text,
        gazetteer=Gazetteer(actors=(ActorEntry("Kremlin", kind="organisation"),)),
        published=dt.date(2022, 2, 24),
    )
    assert [(s.speaker, s.kind, s.text) for s in result.statements] == [
        ("Kremlin", "indirect", "The army has already seized 38 depots, including 6 fuel stores"),
    ]  # fmt: skip


def test_an_outlet_asking_every_question_makes_the_surname_labels_answers():
    text = (
        "Anna Petrenko, Examplia's envoy to Ruritania, talked to the radio on May 16 at a fair "
        "that opened on March 2, 2021.\n\n"
        "ABC: Where do you see the harbour town next year?\n\n"
        "Petrenko: The harbour town will be free again, and we will rebuild every street there.\n\n"
        "ABC: Your deputy minister indicated that the talks may resume in June. Is that so?\n\n"
        "Petrenko: We keep working with our partners every day, and we are grateful for it.\n"
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 5, 17))
    assert [(s.speaker, s.text, s.said_on) for s in result.statements] == [
        ("Anna Petrenko", "The harbour town will be free again, and we will rebuild every street there.", dt.date(2024, 5, 17)),
        ("Anna Petrenko", "We keep working with our partners every day, and we are grateful for it.", dt.date(2024, 5, 17)),
    ]  # fmt: skip


def test_teaser_questions_no_paragraph_answers_make_no_interview():
    # Link teasers above a story that speaks of talks: no question is followed by an answer,
    # so the story's sentences stay prose with their own speakers.
    text = (
        "War diary – Ministers gather as Zelensky says he will talk to anyone\n"
        "- Is a ceasefire coming?\n"
        "- Could the border reopen?\n"
        "- Donate warm coats for the winter\n"
        "Ukrainian President Volodymyr Zelensky says he is ready to talk with the Russian side.\n"
        "Most shops in the capital closed early as the sirens sounded again.\n"
    )
    assert run(text) == [
        ("Volodymyr Zelensky", "indirect", "he is ready to talk with the Russian side"),
    ]


def test_a_briefers_banter_and_greeting_are_no_statements_and_q_alone_asks():
    # "PRESS SECRETARY JANE Q. ROE:" then "MS. ROE:": one briefer (her initial kept); her
    # banter of questions and a greeting broken off are no statements; "Q" is who asks.
    text = (
        "Press Secretary Jane Roe Holds a Press Briefing\n\n"
        "PRESS SECRETARY JANE Q. ROE: Hello, all. Happy Tuesday. You look keen that it...\n\n"
        "Q: We decided it was Wednesday.\n\n"
        "MS. ROE: Oh, is that so? Shall we call it Friday then?\n\n"
        "MS. ROE: Two things at the top. The minister spoke with her Ruritanian counterpart "
        "this morning about air defence for the border towns.\n\n"
        "Q: Will more launchers be sent?\n\n"
        "MS. ROE: More launchers will be sent before the winter.\n"
    )
    assert run(text) == [
        ("Jane Q. Roe", "direct", "Two things at the top. The minister spoke with her Ruritanian counterpart this morning about air defence for the border towns."),
        ("Jane Q. Roe", "direct", "More launchers will be sent before the winter."),
    ]  # fmt: skip


def test_initials_labels_that_take_turns_make_an_interview_resolved_by_the_title():
    text = (
        "ABC: Let me ask about the spring. Do you think the fighting near the river will stop "
        "before the summer comes?\n"
        "DK: Our units have held the river line for three months and they are still holding "
        "it. The pressure has not eased.\n"
        "We expect the enemy to try again in the north, and we have prepared new positions "
        "there.\n"
        "ABC: And what do your partners owe you now?\n"
        "DK: Our partners promised shells in January and only half of them have arrived so far.\n"
    )
    result = extract(
        text,
        gazetteer=GAZETTEER,
        published=dt.date(2024, 5, 17),
        title="Dmytro Kuleba on the river front and the shells",
    )
    said = [(s.speaker, s.kind, s.text[:30]) for s in result.statements]
    assert said == [
        ("Dmytro Kuleba", "direct", "Our units have held the river "),
        ("Dmytro Kuleba", "direct", "We expect the enemy to try aga"),
        ("Dmytro Kuleba", "direct", "Our partners promised shells i"),
    ]


def test_initials_labels_whom_no_one_on_the_page_answers_to_give_no_statement_nor_question():
    text = (
        "ABC: Let me ask about the spring. Do you think the fighting near the river will stop "
        "before the summer comes?\n"
        "XY: Our units have held the river line for three months and they are still holding "
        "it. The pressure has not eased.\n"
    )
    assert run(text) == []


def test_a_release_attributable_to_a_spokesperson_makes_each_readout_sentence_theirs():
    text = (
        "Office of the Spokesperson\n\n"
        "The following is attributable to Spokesperson Jane Roe:\n\n"
        "The Secretary met today with Ukrainian Foreign Minister Dmytro Kuleba in Washington, "
        "D.C. The Secretary underlined the lasting support of the partners for the reforms. "
        "They reviewed the next steps on grain exports through the Black Sea ports.\n\n"
        "###\n\n"
        "For further information, contact the Office of the Spokesperson at the main number.\n"
    )
    said = [(s.speaker, s.kind, s.text[:24]) for s in run_full(text)]
    assert said == [
        ("Jane Roe", "direct", "The Secretary met today "),
        ("Jane Roe", "direct", "The Secretary underlined"),
        ("Jane Roe", "direct", "They reviewed the next s"),
    ]


def test_a_statement_attributable_to_a_spokesperson_heading_reads_like_the_following_line():
    text = (
        "Statement attributable to Spokesperson Jane Roe on the grain talks\n\n"
        "The talks in the capital ended today without an agreement on the port convoys.\n"
    )
    assert [(s.speaker, s.text) for s in run_full(text)] == [
        ("Jane Roe", "The talks in the capital ended today without an agreement on the port convoys.")
    ]  # fmt: skip


def run_full(text):
    return extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 5, 17)).statements


def test_a_release_dateline_naming_a_body_makes_the_release_its_own_but_an_agencys_does_not():
    body = "The relief teams have waited for weeks at the crossing without the permits they need.\n"
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Centre for Eastern Studies", kind="organisation", aliases=("CES",)),
            ActorEntry("Reuters", kind="media"),
        )
    )
    release = extract("Warsaw (CES) - " + body, gazetteer=gazetteer).statements
    wire = extract("Warsaw (Reuters) - " + body, gazetteer=gazetteer).statements
    assert [s.speaker for s in release] == ["Centre for Eastern Studies"]
    assert wire == []


def test_a_printed_speech_keeps_a_paragraph_citing_a_text_and_its_countrys_own_stand():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Jane Roe", role="Examplia's ambassador to the UN", affiliation="Examplia"),
            ActorEntry("Examplia", kind="state"),
        )
    )
    text = (
        "Statement by Ambassador Jane Roe on the crisis\n\n"
        "We meet again on the edge of a war that no one in this room can afford.\n\n"
        "At the last two meetings on the crisis Examplia urged that the talks be given a chance.\n\n"
        "The promise made to all member states to “resolve their disputes by peaceful means” "
        "has been broken tonight.\n"
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2024, 5, 17))
    assert [(s.speaker, s.text[:30]) for s in result.statements] == [
        ("Jane Roe", "We meet again on the edge of a"),
        ("Jane Roe", "At the last two meetings on th"),
        ("Jane Roe", "The promise made to all member"),
    ]


def test_a_capitals_name_titled_once_in_plain_case_labels_its_first_turn_too():
    text = (
        "The minister spoke to the programme after the summit.\n\n"
        "DMYTRO KULEBA, Ukrainian Foreign Minister: We expect the partners to keep every "
        "promise they made this spring.\n\n"
        "JOHN ROE, host of The Evening Show: And if they do not?\n\n"
        "DMYTRO KULEBA: Then the front will pay for every week of delay.\n\n"
        "JOHN ROE: Thank you.\n"
    )
    assert run(text) == [
        ("Dmytro Kuleba", "direct", "We expect the partners to keep every promise they made this spring."),
        ("Dmytro Kuleba", "direct", "Then the front will pay for every week of delay."),
    ]  # fmt: skip


def test_a_block_quotation_whose_signature_is_glued_to_its_end_is_the_signed_persons():
    text = (
        "The foreign minister arrived in the capital for the talks on Tuesday.\n\n"
        "I will not hide it from anyone: our first request today is more air defence. Every "
        "system saves a city. Dmytro Kuleba Ukrainian foreign minister\n\n"
        "The talks continue on Wednesday.\n"
    )
    assert run(text) == [
        ("Dmytro Kuleba", "direct", "I will not hide it from anyone: our first request today is more air defence. Every system saves a city."),
    ]  # fmt: skip


def test_a_first_person_paragraph_after_a_report_of_a_person_is_their_block_quotation():
    text = (
        "The foreign minister arrived in the capital on Tuesday for the talks.\n\n"
        "Two days earlier, Kuleba said that his country still lacks several air defence systems.\n\n"
        "The partners have given us a great deal and we thank them for it, but our cities "
        "still need far more than they have.\n\n"
        "The talks continue on Wednesday.\n"
    )
    assert run(text)[-1] == (
        "Dmytro Kuleba", "direct",
        "The partners have given us a great deal and we thank them for it, but our cities still need far more than they have.",
    )  # fmt: skip


def test_an_opinion_writers_first_person_after_a_report_stays_their_own():
    text = (
        "I have covered this war since its first week, and we all learned to read the signs.\n\n"
        "Two days earlier, Kuleba said that his country still lacks several air defence systems.\n\n"
        "The partners have given us a great deal and we thank them for it, but our cities "
        "still need far more than they have.\n"
    )
    assert [s.speaker for s in run_full(text)] == ["Dmytro Kuleba"]


def test_short_capitals_labels_that_are_a_named_persons_surname_stay_that_person():
    text = (
        "Our reporter spoke to the envoy Anna Li in Geneva about the talks.\n\n"
        "BBC: Will the talks resume in the spring?\n\n"
        "LI: The delegations have agreed to meet again in April, and both sides want that.\n\n"
        "BBC: And the prisoners?\n\n"
        "LI: The next exchange is being prepared and will take place within weeks.\n"
    )
    assert [s.speaker for s in run_full(text)] == ["Anna Li", "Anna Li"]


def test_capitals_labels_with_a_us_party_and_an_abbreviated_role():
    # silv12: a TV transcript's "JANE DOE (R), U.S. SENATE CANDIDATE: ..." and "GOV. JOHN ROE
    # (D-XY), U.S. PRESIDENTIAL CANDIDATE: ..." turns.
    assert run(
        "Read Transcript\n"
        "ANNA KOVAL, INTERNATIONAL HOST: Turning now to the war and the debate in Washington.\n"
        "(BEGIN VIDEO CLIP)\n"
        "JANE DOE (R), U.S. SENATE CANDIDATE: Kyiv needs the shells now. Every month counts.\n"
        "GOV. JOHN ROE (D-NY), U.S. PRESIDENTIAL CANDIDATE: We cannot write a blank cheque.\n"
        "(END VIDEO CLIP)\n"
    ) == [
        ("Jane Doe", "direct", "Kyiv needs the shells now. Every month counts."),
        ("John Roe", "direct", "We cannot write a blank cheque."),
    ]


def test_a_bare_title_label_is_the_page_s_holder_of_that_title():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("John Doe", role="President of Examplia", aliases=("Doe",)),
            ActorEntry("Ivan Roe", role="Vice President of Examplia"),
        )
    )
    text = (
        "John Doe\n\n"
        "Remarks in an Exchange With Reporters\n\n"
        "Q. Mr. President, how high is the threat of an attack right now?\n\n"
        "The President. It is very high. They have not moved any of their troops out.\n\n"
        "Q. Do you think he will go through with this, sir?\n\n"
        "The President. My sense is, this will happen within the next several days.\n"
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2024, 3, 15))
    assert [(s.speaker, s.kind, s.text) for s in result.statements] == [
        ("John Doe", "direct", "It is very high. They have not moved any of their troops out."),
        ("John Doe", "direct", "My sense is, this will happen within the next several days."),
    ]


_SPEECH = (
    "We have restored power to every hospital in the eastern regions this week.\n\n"
    "Our engineers worked through the night, and I am grateful to each of them for that work.\n"
)
_SPEECH_WORDS = [
    "We have restored power to every hospital in the eastern regions this week.",
    "Our engineers worked through the night, and I am grateful to each of them for that work.",
]


def run_titled(text, title=""):
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 5, 17), title=title)
    return [(s.speaker, s.kind, s.text) for s in result.statements]


def test_an_opening_statement_or_press_remarks_heading_prints_the_speakers_words():
    for heading in (
        "Opening statement by Foreign Minister Marta Kovalenko at the press conference",
        "Press remarks by Foreign Minister Marta Kovalenko after the Council",
    ):
        assert run_titled(f"{heading}\n\n{_SPEECH}") == [
            ("Marta Kovalenko", "direct", w) for w in _SPEECH_WORDS
        ]


def test_an_introduction_announcing_the_full_text_gives_the_speech_to_whom_it_names():
    for intro in (
        "Foreign Minister Marta Kovalenko addressed the nation on Sunday. Here is the full text:",
        "Marta Kovalenko spoke at the forum on Sunday. The full text of the speech is below.",
        "Read the full transcript of Marta Kovalenko's speech",
    ):
        assert run_titled(f"{intro}\n\n{_SPEECH}") == [
            ("Marta Kovalenko", "direct", w) for w in _SPEECH_WORDS
        ]


def test_a_speech_named_only_by_the_pages_title_is_its_speakers():
    for title in (
        "Address by Foreign Minister Marta Kovalenko",
        "Marta Kovalenko's address to the nation",
        "Marta Kovalenko: We will rebuild every city",
    ):
        assert run_titled(_SPEECH, title) == [
            ("Marta Kovalenko", "direct", w) for w in _SPEECH_WORDS
        ]


def test_a_title_naming_a_speech_over_a_reporters_story_makes_no_speech():
    text = (
        "Foreign Minister Marta Kovalenko spoke for twenty minutes on Sunday evening.\n\n"
        "The minister said the power grid had been repaired in the east.\n\n"
        "Opposition deputies called the speech too short.\n"
    )
    assert run_titled(text, "Marta Kovalenko's address to the nation") == [
        ("Marta Kovalenko", "indirect", "the power grid had been repaired in the east"),
    ]


def test_an_op_ed_or_letter_in_the_first_person_is_its_authors_up_to_the_note_on_the_author():
    signed = f"Why the grid must hold\n\nBy Marta Kovalenko, Foreign Minister\n\n{_SPEECH}"
    noted = f"Why the grid must hold\n\n{_SPEECH}\nMarta Kovalenko is the foreign minister of Moldova.\n"
    letter = (
        f"Open letter from Foreign Minister Marta Kovalenko to the people of Europe\n\n{_SPEECH}"
    )
    for text in (signed, noted, letter):
        assert run_titled(text) == [("Marta Kovalenko", "direct", w) for w in _SPEECH_WORDS]


_ASKED = (
    "How long can the grid hold out this winter?\n\n"
    "We have restored power to every hospital in the east. The grid will hold if partners help.\n\n"
    "Are you ready to negotiate?\n\n"
    "We are ready to talk about prisoners, but we will not accept a deal that trades our land.\n"
)
_ANSWERS = [
    "We have restored power to every hospital in the east. The grid will hold if partners help.",
    "We are ready to talk about prisoners, but we will not accept a deal that trades our land.",
]


def test_an_unlabelled_interview_is_the_answers_of_the_person_the_title_or_intro_names():
    assert run_titled(_ASKED, "Marta Kovalenko: We will not trade land") == [
        ("Marta Kovalenko", "direct", a) for a in _ANSWERS
    ]
    assert run_titled(_ASKED, "Interview: Marta Kovalenko on the winter") == [
        ("Marta Kovalenko", "direct", a) for a in _ANSWERS
    ]
    intro = "Foreign Minister Marta Kovalenko answered our questions ahead of the summit.\n\n"
    assert run_titled(intro + _ASKED) == [("Marta Kovalenko", "direct", a) for a in _ANSWERS]


def test_a_heading_or_introduction_telling_of_an_address_over_first_person_text_prints_it():
    for intro in (
        "Marta Kovalenko addresses the nation on Unity Day",
        "Foreign Minister Marta Kovalenko addressed the nation on Sunday evening.",
        "In her evening address, Foreign Minister Marta Kovalenko said:",
        "Transcript: Foreign Minister Marta Kovalenko on the grain corridor",
    ):
        assert run_titled(f"{intro}\n\nDear compatriots!\n\n{_SPEECH}") == [
            ("Marta Kovalenko", "direct", w) for w in _SPEECH_WORDS
        ]
    assert run_titled(_SPEECH, "Marta Kovalenko addresses the nation on Unity Day") == [
        ("Marta Kovalenko", "direct", w) for w in _SPEECH_WORDS
    ]


def test_a_speech_heading_over_a_story_told_in_the_third_person_prints_no_speech():
    story = (
        "The minister visited the repaired substation in the eastern region on Sunday.\n\n"
        "A correspondent saw long queues at the only working pharmacy in the town.\n"
    )
    for heading in (
        "Marta Kovalenko addresses the nation on Unity Day",
        "Foreign Minister Marta Kovalenko spoke on Sunday. Here is the full text:",
    ):
        assert run_titled(f"{heading}\n\n{story}") == []


def test_a_letter_signed_after_its_valediction_or_a_dash_is_its_signers():
    for signature in (
        "Sincerely,\n\nMarta Kovalenko\n",
        "— Marta Kovalenko, Minister of Foreign Affairs of Moldova\n",
    ):
        text = f"An open letter to Europe\n\nDear friends,\n\n{_SPEECH}\n{signature}"
        assert run_titled(text) == [("Marta Kovalenko", "direct", w) for w in _SPEECH_WORDS]


def test_an_interview_introducing_its_guest_is_the_guests_answers():
    text = "Our guest today is Foreign Minister Marta Kovalenko.\n\n" + _ASKED
    assert run_titled(text) == [("Marta Kovalenko", "direct", a) for a in _ANSWERS]


def test_an_introduction_saying_whom_spoke_over_first_person_text_prints_the_speech():
    text = f"Foreign Minister Marta Kovalenko spoke to the nation on Sunday.\n\n{_SPEECH}"
    assert run_titled(text) == [("Marta Kovalenko", "direct", w) for w in _SPEECH_WORDS]


def test_a_name_and_title_line_closing_first_person_text_signs_it():
    text = f"{_SPEECH}\nMarta Kovalenko, Minister of Foreign Affairs of Moldova\n"
    assert run_titled(text) == [("Marta Kovalenko", "direct", w) for w in _SPEECH_WORDS]


def test_an_interview_the_introduction_says_was_given_is_the_answers_of_whom_it_names():
    text = "Foreign Minister Marta Kovalenko told Examplia Today in an interview that help is late.\n\n"
    assert run_titled(text + _ASKED) == [
        ("Marta Kovalenko", "indirect", "help is late"),
        *[("Marta Kovalenko", "direct", a) for a in _ANSWERS],
    ]


def test_a_title_giving_the_speakers_office_with_of_before_the_name_names_the_speaker():
    assert run_titled(_SPEECH, "President of Ruritania Jane Roe: We will rebuild") == [
        ("Jane Roe", "direct", w) for w in _SPEECH_WORDS
    ]


def test_a_story_mentioning_an_interview_and_asking_one_question_is_no_interview():
    text = (
        "Foreign Minister Marta Kovalenko said in an interview that help is late.\n\n"
        "The delay leaves the capital with a hard question: what will the winter bring?\n\n"
        "Some fear the grid may fail before the spring if the deliveries slip again.\n"
    )
    assert run_titled(text) == [("Marta Kovalenko", "indirect", "help is late")]


def test_a_reporters_byline_over_a_dispatch_in_the_first_person_makes_no_op_ed():
    text = (
        "By John Roe, staff writer\n\n"
        "I arrived in the town on a cold morning after the shelling had stopped.\n\n"
        "We drove past the burned market, and our driver would not stop the car.\n"
    )
    assert run_titled(text) == []


def test_a_speech_heading_after_a_topic_and_an_exclaimed_delivery_mark():
    gazetteer = Gazetteer(actors=(ActorEntry("Jan Novak", role="Foreign minister of Examplia"),))
    text = (
        "Examplia: Press remarks by Foreign Minister Jan Novak after the ministers' meeting\n"
        "Check against delivery!\n"
        "Good afternoon, and sorry for being so late.\n"
        "Today we agreed to send more air defence systems to our neighbour.\n"
        "I want to be clear: we will keep our promise for as long as it takes.\n"
    )
    result = extract(
        text,
        gazetteer=gazetteer,
        published=dt.date(2024, 3, 15),
        title="Examplia: Press remarks by Foreign Minister Jan Novak after the ministers' meeting",
    )
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Jan Novak", "Today we agreed to send more air defence systems to our neighbour."),
        ("Jan Novak", "I want to be clear: we will keep our promise for as long as it takes."),
    ]


def test_a_sidecar_outlet_note_naming_a_printed_address_gives_its_speaker():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Jan Novak",
                role="President of Examplia",
                description="President of Examplia since 2019.",
            ),
            ActorEntry("Examplia", kind="state"),
        )
    )
    text = (
        "Dear fellow citizens!\n\n"
        "It is late, but the work goes on. Every day we move a little closer to peace.\n\n"
        "Today I spoke with our partners about new air defence systems for our cities.\n"
    )
    result = extract(
        text,
        gazetteer=gazetteer,
        published=dt.date(2024, 3, 15),
        outlet="Example Blog (blog; text of the President of Examplia's nightly address)",
    )
    assert [s.speaker for s in result.statements] == ["Jan Novak"] * 2
    assert result.statements[-1].text == (
        "Today I spoke with our partners about new air defence systems for our cities."
    )


def test_a_block_without_quotation_marks_signed_by_name_and_title_on_the_next_line_is_theirs():
    # (rlayout) a council's press text: the signed block is the signer's, one statement per part
    # the page cut at "[…]"; the narration after the signature is no one's.
    text = (
        "The ministers met in Brussels on Monday to discuss the winter.\n"
        "Today we agreed to send two more field hospitals before the frost sets in. [\u2026] We "
        "will also double the money for the repair of the power grid.\n"
        "Dmytro Kuleba, Minister for Foreign Affairs of Ukraine\n"
        "The meeting ended late in the evening after a long debate.\n"
    )
    assert run(text) == [
        ("Dmytro Kuleba", "direct", "Today we agreed to send two more field hospitals before the frost sets in."),
        ("Dmytro Kuleba", "direct", "We will also double the money for the repair of the power grid."),
    ]  # fmt: skip
    # A name the gazetteer lacks signs only with a title's word.
    unknown = text.replace(
        "Dmytro Kuleba, Minister for Foreign Affairs of Ukraine", "Jana Roe, minister of health"
    )
    assert [s for s, _, _ in run(unknown)] == ["Jana Roe", "Jana Roe"]


def test_a_speech_balloon_paragraph_after_an_attributed_one_is_the_same_speakers():
    # (rlayout) a write-up of a Telegram post marks each quotation with "💬", with or without
    # quotation marks; an unlabelled one runs on from the speaker of the one before, and the
    # marks inside it nest ("I told them: “...”" is still his).
    text = (
        "Foreign Minister Dmytro Kuleba spoke to students in Lviv on Friday.\n\n"
        "\U0001f4ac \u201cWe will keep the schools open all winter,\u201d he said.\n\n"
        "\U0001f4ac Who will teach the children if the teachers leave? Nobody. When the mayor "
        "asked me for generators, I told him: \u201cYou will have them!\u201d We keep our word.\n\n"
        "\U0001f4ac \u201cThe lessons go on in the shelters too.\u201d\n"
    )
    assert run(text) == [
        ("Dmytro Kuleba", "direct", "We will keep the schools open all winter,"),
        (
            "Dmytro Kuleba",
            "direct",
            "Who will teach the children if the teachers leave? Nobody. When the mayor asked me "
            "for generators, I told him: \u201cYou will have them!\u201d We keep our word.",
        ),
        ("Dmytro Kuleba", "direct", "The lessons go on in the shelters too."),
    ]


def test_an_interview_labelled_on_its_first_exchange_only_gives_the_answers_to_the_labelled_name():
    # (rlayout) "Outlet. Question?" / "Name. Answer." once, then unlabelled questions and
    # answers; an interviewer's remark trailing off without a question mark is a question too.
    text = (
        "Our reporter Jana Roe met the foreign minister for an exclusive interview.\n\n"
        "Examplia Weekly. Will the grain ships sail on time this autumn?\n"
        "Dmytro Kuleba. We hope so. The corridor matters for every country that buys our wheat.\n\n"
        "How would you describe your counterpart in Moscow?\n"
        "We have not spoken since the spring. He repeats whatever he is told to repeat.\n\n"
        "Moscow calls your soldiers bandits, when you lost so many people in that war\u2026\n"
        "It is absurd! Our grandfathers fought in that war and we remember them every May.\n"
    )
    assert run(text) == [
        ("Dmytro Kuleba", "direct", "We hope so. The corridor matters for every country that buys our wheat."),
        ("Dmytro Kuleba", "direct", "We have not spoken since the spring. He repeats whatever he is told to repeat."),
        ("Dmytro Kuleba", "direct", "It is absurd! Our grandfathers fought in that war and we remember them every May."),
    ]  # fmt: skip


def test_an_interview_page_that_opens_inside_an_answer_is_the_cleric_its_address_names():
    # (rlayout) the second page of a Q&A: a breadcrumb with the headline cut short, the
    # headline (a quoted phrase in it is no name), an answer's end in the first person, then an
    # unlabelled question and its answer; the address names the cleric, the text his office.
    text = (
        "Home Faith News \u2018A Shepherd Without Sheep\u2019: Head of Examplian Church Abroad Warns...\n\n"
        "\u2018A Shepherd Without Sheep\u2019: Head of Examplian Church Abroad Warns Kyiv Leaders\n\n"
        "I spoke to the families this morning and my heart is with them. Their churches have no roofs left.\n\n"
        "You visited the frontline parishes last month. What did you see there?\n\n"
        "I saw priests who stayed with their people when everyone else had gone.\n"
    )
    result = extract(
        text,
        gazetteer=GAZETTEER,
        published=dt.date(2024, 5, 17),
        title="\u2018A Shepherd Without Sheep\u2019: Head of Examplian Church Abroad Warns Kyiv Leaders",
        url="https://faith.example/news/5521-bishop-ambrose-examplian-church-abroad.html/2",
    )
    assert [(s.speaker, s.kind, s.text) for s in result.statements] == [
        ("Bishop Ambrose", "direct", "I spoke to the families this morning and my heart is with them. Their churches have no roofs left."),
        ("Bishop Ambrose", "direct", "I saw priests who stayed with their people when everyone else had gone."),
    ]  # fmt: skip
    # Without the address, no one: the quoted headline phrase is never a name.
    unnamed = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 5, 17), title="", url="")
    assert "Shepherd Without Sheep" not in {s.speaker for s in unnamed.statements}


def test_an_outlets_labelled_question_and_a_question_run_into_an_answer_are_no_statements():
    # (tlayout) "Read the Transcript" under an interview's title prints questions and answers,
    # no speech; the outlet's label opens a question, even without a question mark; a short
    # question a rewritten page ran into the next answer's paragraph is cut from it.
    text = (
        "Dmytro Kuleba Interview: Read the Transcript\n\n"
        "Jane Roe was an Examplia Weekly correspondent and spoke with Foreign Minister Dmytro "
        "Kuleba in Kyiv. The following is an edited transcript.\n\n"
        "EXAMPLIA WEEKLY: Last week you flew to three capitals in two days.\n\n"
        "We needed every one of those meetings, and each of them brought us closer to the "
        "shells our artillery is waiting for.\n\n"
        "Are you tired?\n\n"
        "Never while the work goes on. The diplomats in my team sleep four hours a night.\n\n"
        "And the winter plans? Ports come first. The grain corridor must stay open until spring, "
        "whatever the weather does.\n"
    )
    result = extract(
        text,
        gazetteer=GAZETTEER,
        published=dt.date(2024, 5, 17),
        title="Dmytro Kuleba Interview: Read the Transcript",
        outlet="Example News (Examplia Weekly interview)",
    )
    assert [(s.speaker, s.kind, s.text) for s in result.statements] == [
        ("Dmytro Kuleba", "direct", "We needed every one of those meetings, and each of them brought us closer to the shells our artillery is waiting for."),
        ("Dmytro Kuleba", "direct", "Never while the work goes on. The diplomats in my team sleep four hours a night."),
        ("Dmytro Kuleba", "direct", "Ports come first. The grain corridor must stay open until spring, whatever the weather does."),
    ]  # fmt: skip


def test_labels_with_a_language_make_a_transcript_whose_interviewer_the_introduction_names():
    # (tlayout) Two labels only, one with the language of the answer in brackets; the
    # introduction says who interviewed whom; an unlabelled paragraph runs the answer on.
    text = (
        "Examplia TV's Jane Roe interviewed Ukrainian President Volodymyr Zelensky in Kyiv.\n\n"
        "ROE: Mr. President, thank you for meeting us. Tell us about the last week.\n\n"
        "ZELENSKY (UKRAINIAN): Thank you for coming. The strikes did not stop a single night, "
        "and our air defence worked until dawn.\n\n"
        "What they say in Moscow is not true. We see every launch, and we count every drone that "
        "crosses the border.\n"
    )
    assert run(text) == [
        ("Volodymyr Zelensky", "direct", "Thank you for coming. The strikes did not stop a single night, and our air defence worked until dawn."),
        ("Volodymyr Zelensky", "direct", "What they say in Moscow is not true. We see every launch, and we count every drone that crosses the border."),
    ]  # fmt: skip


def test_a_statement_attributed_to_a_titled_person_gives_the_unquoted_paragraphs_to_them():
    # (tlayout) "Statement attributed to <title for ...>, <name>" over paragraphs in the first
    # person: each paragraph is the named person's, not the body the title names.
    people = Gazetteer(
        actors=(
            ActorEntry("Jane Roe", role="UN High Commissioner for Refugees", aliases=("Roe",)),
            ActorEntry("United Nations", kind="organisation", aliases=("UN",)),
        )
    )
    text = (
        "Statement attributed to the UN High Commissioner for Refugees, Jane Roe\n\n"
        "In ten days a million people have crossed the western border, most of them mothers "
        "with small children.\n\n"
        "I met families at three crossings this week, and I was moved by the towns that took "
        "them in.\n"
    )
    result = extract(text, gazetteer=people, published=dt.date(2024, 5, 17))
    assert [(s.speaker, s.kind, s.text) for s in result.statements] == [
        ("Jane Roe", "direct", "In ten days a million people have crossed the western border, most of them mothers with small children."),
        ("Jane Roe", "direct", "I met families at three crossings this week, and I was moved by the towns that took them in."),
    ]  # fmt: skip


def test_a_guillemet_quotation_with_guillemets_nested_inside_runs_to_its_own_closing_mark():
    # (tlayout) '«Why do we say «never again» ...?»': the inner pair nests, the outer runs on.
    text = (
        "09:15 p.m. President Zelensky commented on the strike near the memorial: «Why do we "
        "say «never again» every spring if the world stays silent now? Four more people died "
        "tonight».\n"
    )
    assert run(text) == [
        ("Volodymyr Zelensky", "direct", "Why do we say «never again» every spring if the world stays silent now? Four more people died tonight"),
    ]  # fmt: skip


def test_one_titled_label_opening_a_doorstep_transcript_runs_on_over_the_paragraphs_after_it():
    # (ulayout) "Statsminister Jane Doe: ..." (a title-case label, a title in the page's own
    # language, once) opens a prime minister's doorstep; her unlabelled paragraphs run on.
    people = Gazetteer(
        actors=(ActorEntry("Karin Holm", role="Prime Minister of Examplia", aliases=("Holm",)),)
    )
    text = (
        "Doorstep transcript\n\n"
        "Statsminister Karin Holm: Good morning to all of you. The harbour towns have waited "
        "long enough for a decision on the new ferry line.\n\n"
        "The storms of this winter have cost us three bridges. We will rebuild every one of "
        "them before the summer.\n\n"
        "And we are ready to share the bill with our neighbours across the bay.\n"
    )
    result = extract(text, gazetteer=people, published=dt.date(2024, 5, 17))
    assert [(s.speaker, s.kind, s.text) for s in result.statements] == [
        ("Karin Holm", "direct", "Good morning to all of you. The harbour towns have waited long enough for a decision on the new ferry line."),
        ("Karin Holm", "direct", "The storms of this winter have cost us three bridges. We will rebuild every one of them before the summer."),
        ("Karin Holm", "direct", "And we are ready to share the bill with our neighbours across the bay."),
    ]  # fmt: skip


def test_an_outlets_embedded_post_sharing_its_story_is_a_headline_not_a_statement():
    # (ulayout) a news channel's post is its story's headline and link, not its words; a
    # person's post above the same kind of signature still is.
    people = Gazetteer(
        actors=(
            ActorEntry("Mara Velkova", role="Foreign Minister", aliases=("Velkova",)),
            ActorEntry("Examplia News", kind="media"),
        )
    )
    text = (
        "The talks opened on Friday.\n\n"
        "Harbour delegations travel north for a first round of ferry talks https://t.co/xyz1 "
        "pic.twitter.com/abc123\n\n"
        "— Examplia News (@examplianews) March 3, 2024\n\n"
        "We will not sign a deal that closes the northern ports. pic.twitter.com/def456\n\n"
        "— Mara Velkova (@MVelkova) March 3, 2024\n"
    )
    result = extract(text, gazetteer=people, published=dt.date(2024, 3, 4))
    assert [(s.speaker, s.kind, s.text) for s in result.statements] == [
        ("Mara Velkova", "direct", "We will not sign a deal that closes the northern ports."),
    ]


def test_an_answer_relaying_a_named_persons_words_gives_them_to_that_person():
    # (slayout) An answer labelled "<Title> <Name>:" after an unlabelled question; inside it
    # "[Ukrainian] President [Volodymyr] Zelensky said that ..." (an editor's brackets) is
    # Zelensky's report, the rest of the answer the minister's.
    text = (
        "Foreign Minister Dmytro Kuleba spoke with our correspondent in Lviv on Friday.\n\n"
        "Radio Examplia: Thank you for finding the time. Did you expect the attack that week?\n\n"
        "Foreign Minister Dmytro Kuleba: Well, the signs were everywhere. And [Ukrainian] "
        "President [Volodymyr] Zelensky said that his generals expect[ed] the first strikes within two "
        "days. It came sooner, and we moved our staff out of the capital that same night.\n"
    )
    assert run(text) == [
        ("Dmytro Kuleba", "direct", "Well, the signs were everywhere."),
        ("Volodymyr Zelensky", "indirect", "his generals expect[ed] the first strikes within two days"),
        ("Dmytro Kuleba", "direct", "It came sooner, and we moved our staff out of the capital that same night."),
    ]  # fmt: skip
