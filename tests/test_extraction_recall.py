"""Extraction 1.5: reporting constructions that news prose uses and 1.4 missed, on sentences
written here (one test per mechanism, plus the narration that must stay narration)."""

import datetime as dt

from tests.test_extraction_statements import run


def statements(text):
    return [(s.speaker, s.kind, s.text) for s in run(text).statements]


def test_two_coordinated_reporting_verbs_give_two_statements():
    assert statements(
        "Zelensky claimed that the offensive had stalled, and said the army would hold the city."
    ) == [
        ("Volodymyr Zelensky", "indirect", "the offensive had stalled"),
        ("Volodymyr Zelensky", "indirect", "the army would hold the city"),
    ]
    assert statements(
        "Peskov claimed that the talks were over and said that Moscow would respond."
    ) == [
        ("Dmitry Peskov", "indirect", "the talks were over"),
        ("Dmitry Peskov", "indirect", "Moscow would respond"),
    ]


def test_present_tense_report_without_that():
    [(speaker, kind, said)] = statements("Peskov says he expects an answer from Washington soon.")
    assert (speaker, kind, said) == (
        "Dmitry Peskov",
        "indirect",
        "he expects an answer from Washington soon",
    )


def test_told_me_with_a_clause_and_a_relative_clause_on_the_subject():
    # Two that-clauses of one verb are two statements (extraction 1.8).
    assert statements(
        "Zakharova, who speaks for the ministry, told me the embassy will stay open, and that "
        "staff had been reduced."
    ) == [
        ("Maria Zakharova", "indirect", "the embassy will stay open"),
        ("Maria Zakharova", "indirect", "staff had been reduced"),
    ]


def test_broadcast_quote_marker():
    [s] = run('Zelensky said, quote, "We are not going to give up the east."').statements
    assert (s.speaker, s.kind, s.text) == (
        "Volodymyr Zelensky",
        "direct",
        "We are not going to give up the east.",
    )


def test_declined_to_comment_telling_reporters_that():
    [s] = run(
        "Peskov declined to comment, telling reporters that “the president has said everything” "
        "on the matter."
    ).statements
    assert s.speaker == "Dmitry Peskov"
    assert s.kind == "mixed"
    assert s.text.startswith("“the president has said everything”")


def test_relative_clause_between_unnamed_subject_and_verb():
    assert statements(
        "A senior U.S. official, who spoke on condition of anonymity to discuss the intelligence, "
        "said the battalions were moving north and that their orders were unclear."
    ) == [
        ("US official", "indirect", "the battalions were moving north"),
        ("US official", "indirect", "their orders were unclear"),
    ]


def test_background_in_a_relative_clause_is_narration():
    assert (
        statements("Slovakia, which had threatened to veto earlier packages, let this one pass.")
        == []
    )


def test_that_clause_then_adding_a_quote():
    for joint in (", adding, ", ", adding: "):
        found = statements(
            "Zelensky wrote on Telegram that most of the drones had been shot down over the "
            f"capital{joint}“We need more systems, and we need them now.”"
        )
        assert sorted(found) == [
            ("Volodymyr Zelensky", "direct", "We need more systems, and we need them now."),
            (
                "Volodymyr Zelensky",
                "indirect",
                "most of the drones had been shot down over the capital",
            ),
        ]


def test_called_the_move_a_quoted_verdict_and_accused():
    assert statements(
        "Foreign Ministry spokeswoman Maria Zakharova called the sanctions “another cynical act” "
        "and accused London of “stealing Russian assets”."
    ) == [
        ("Maria Zakharova", "mixed", "called the sanctions “another cynical act”"),
        ("Maria Zakharova", "mixed", "accused London of “stealing Russian assets”"),
    ]


def test_one_and_another_are_members_of_the_group_named_before():
    found = statements(
        "NATO diplomats were unimpressed.\n\n"
        "“It was theatre,” said one, who asked not to be named. "
        "“Nobody in the room took it seriously,” said another diplomat."
    )
    assert found == [
        ("NATO diplomats", "direct", "It was theatre,"),
        ("NATO diplomats", "direct", "Nobody in the room took it seriously,"),
    ]


def test_spokesman_quoted_him_as_saying():
    result = run(
        "Putin received the envoy on Thursday.\n\n"
        "“We have no reason to hurry,” his spokesman Dmitry Peskov quoted him as saying."
    )
    [s] = result.statements
    assert (s.speaker, s.kind, s.via) == ("Vladimir Putin", "direct", "Dmitry Peskov")


def test_one_official_said_is_one_of_the_officials_named_before():
    found = statements(
        "Two senior U.S. officials told reporters the talks had gone better than planned.\n\n"
        "One official said the other delegation was “more flexible than we thought.”"
    )
    assert [speaker for speaker, _, _ in found] == ["US officials", "US officials"]


def test_had_written_that():
    [s] = run("On Tuesday, Zelensky had written on Twitter that the delay was absurd.").statements
    assert (s.speaker, s.text) == ("Volodymyr Zelensky", "the delay was absurd")


def test_the_narrators_caveat_is_not_part_of_the_statement():
    for caveat in (", which could not be independently verified.", ". This could not be verified."):
        [s] = run(f"Zelensky said 20 drones were shot down overnight{caveat}").statements
        assert s.text == "20 drones were shot down overnight"


def test_a_bare_quotation_paragraph_after_a_persons_report_is_theirs():
    found = statements(
        "Olena Hrytsenko, an energy analyst in Kyiv, told the BBC that the grid would hold.\n\n"
        "“The repairs are fast now. The crews have learned a lot since the first winter.”"
    )
    assert found == [
        ("Olena Hrytsenko", "indirect", "the grid would hold"),
        (
            "Olena Hrytsenko",
            "direct",
            "The repairs are fast now. The crews have learned a lot since the first winter.",
        ),
    ]
    # A report that does not end its paragraph hands nothing on.
    found = statements(
        "Olena Hrytsenko told the BBC that the grid would hold. The night was quiet.\n\n"
        "“The repairs are fast now. The crews have learned a lot.”"
    )
    assert [speaker for speaker, _, _ in found] == ["Olena Hrytsenko"]


# --- extraction 1.8: families missed on the real development corpus -------------------------


def test_a_participle_after_a_report_is_a_second_statement_without_that():
    assert statements(
        "Peskov said that he was sending an envoy to Ankara, insisting the sides were close to a deal."
    ) == [
        ("Dmitry Peskov", "indirect", "he was sending an envoy to Ankara"),
        ("Dmitry Peskov", "indirect", "the sides were close to a deal"),
    ]


def test_with_x_saying_names_the_speaker_of_the_clause():
    assert statements(
        "Washington imposed sanctions on two banks, with Peskov saying the move was unlawful."
    ) == [("Dmitry Peskov", "indirect", "the move was unlawful")]


def test_warning_someone_that_is_a_report():
    [(speaker, kind, said)] = statements(
        "The ministry summoned the ambassador on Monday, warning him that Moscow may respond "
        "in kind."
    )
    assert (kind, said) == ("indirect", "Moscow may respond in kind")


def test_a_second_report_joined_by_but_has_its_own_statement():
    said = [
        s[2]
        for s in statements(
            "The Kremlin said on Monday that Putin was serious about the talks but his spokesman "
            "said he could say no more about them."
        )
    ]
    assert said == ["Putin was serious about the talks", "he could say no more about them"]


def test_a_bare_quotation_after_an_indirect_report_is_the_same_speakers():
    assert statements(
        "Zelensky insisted, however, that it was too early to write off the country. "
        "“I’m not in despair at all. We are not shouting for help.”"
    ) == [
        ("Volodymyr Zelensky", "indirect", "it was too early to write off the country"),
        (
            "Volodymyr Zelensky",
            "direct",
            "I’m not in despair at all. We are not shouting for help.",
        ),
    ]


def test_report_dated_the_day_before_keeps_its_clause():
    assert statements("Peskov had said the day before that the sides were close to a deal.") == [
        ("Dmitry Peskov", "indirect", "the sides were close to a deal")
    ]


def test_a_plural_noun_that_looks_like_a_verb_reports_nothing():
    assert (
        statements(
            "He has rebuffed all diplomatic calls and sanctions threatened by the West, and the "
            "army moved on."
        )
        == []
    )


def test_the_narrators_after_clause_ends_the_report_and_has_its_own():
    assert statements(
        "The Kremlin said on Sunday Russia was willing to negotiate, after Zelensky called for "
        "“an immediate ceasefire and talks.”"
    ) == [
        ("Kremlin", "indirect", "Russia was willing to negotiate"),
        ("Volodymyr Zelensky", "mixed", "called for “an immediate ceasefire and talks.”"),
    ]


def test_a_plural_subject_with_a_present_verb_is_a_clause():
    assert statements("Peskov said the special services use various tools for this purpose.") == [
        ("Dmitry Peskov", "indirect", "the special services use various tools for this purpose")
    ]


def test_demanded_reports_what_was_demanded():
    assert statements("Zelensky demanded on Saturday in Kyiv that Putin agree to a ceasefire.") == [
        ("Volodymyr Zelensky", "indirect", "Putin agree to a ceasefire")
    ]


def test_a_raising_verb_and_a_verb_pair_are_no_reports():
    assert statements(
        "Peskov said the regions that Russia claims to have annexed would stay Russian."
    ) == [
        (
            "Dmitry Peskov",
            "indirect",
            "the regions that Russia claims to have annexed would stay Russian",
        )
    ]
    assert (
        statements(
            "Facts either observed by the reporter, or reported and verified from knowledgeable sources."
        )
        == []
    )


def test_the_words_of_a_named_person_that_is_their_claim():
    assert statements(
        "Commenting on the words of Kremlin spokesman Peskov that the war could end this year, "
        "Zelensky said nothing."
    ) == [("Dmitry Peskov", "indirect", "the war could end this year")]
    assert statements("He dismissed claims of victory that the army had made.") == []


def test_an_inverted_attribution_to_a_document_keeps_the_words_before_it():
    assert statements(
        "The Russian Defense Ministry issued a statement on Monday. Russia's priority is the "
        "defence of Donbas, says the statement published on its website."
    ) == [("Russian Defense Ministry", "indirect", "Russia's priority is the defence of Donbas")]


def test_a_sentence_adverb_before_a_parenthetical_attribution():
    assert statements(
        "Besides, Peskov said, Russia has already achieved most of its goals in the region."
    ) == [
        ("Dmitry Peskov", "indirect", "Russia has already achieved most of its goals in the region")
    ]


def test_two_that_clauses_of_one_verb_are_two_statements():
    assert statements(
        "Zelensky insisted, however, that it was too early to write off the country, and that "
        "he remained positive."
    ) == [
        ("Volodymyr Zelensky", "indirect", "it was too early to write off the country"),
        ("Volodymyr Zelensky", "indirect", "he remained positive"),
    ]


def test_quoted_fragments_inside_a_reported_clause_make_a_mixed_statement():
    assert statements(
        "Peskov said “some aspects” of the proposal “can be viewed positively,” but added that "
        "“many require special discussions.”"
    ) == [
        ("Dmitry Peskov", "mixed", "“some aspects” of the proposal “can be viewed positively,”"),
        ("Dmitry Peskov", "mixed", "“many require special discussions.”"),
    ]
    assert statements('Peskov said: "We will respond."') == [
        ("Dmitry Peskov", "direct", "We will respond.")
    ]


def test_with_an_unnamed_speaker_saying_still_reports():
    assert statements(
        "Peskov left the meeting upbeat, with his spokesman saying that the talks “are going well.”"
    ) == [("Dmitry Peskov's spokesman", "mixed", "the talks “are going well.”")]


def test_an_after_clause_holding_another_report_ends_the_first_one():
    assert statements(
        "Peskov said he could say no more about the talks after Kyiv demanded that Putin attend in person."
    ) == [
        ("Dmitry Peskov", "indirect", "he could say no more about the talks"),
        ("Government of Ukraine", "indirect", "Putin attend in person"),
    ]


def test_proposed_reports_a_proposal_but_not_without_an_object():
    assert statements(
        "Putin on Sunday proposed direct talks with Ukraine aimed at ending the war."
    ) == [
        ("Vladimir Putin", "indirect", "proposed direct talks with Ukraine aimed at ending the war")
    ]
    assert statements("The talks he has proposed in Turkey will start soon, Peskov said.") == [
        ("Dmitry Peskov", "indirect", "The talks he has proposed in Turkey will start soon")
    ]


def test_a_clause_joined_with_its_own_pronoun_subject_is_a_second_statement():
    assert statements(
        "Putin also said that Russia was close to an agreement in 2022 and he wanted Kyiv "
        "to be guided by national interests."
    ) == [
        ("Vladimir Putin", "indirect", "Russia was close to an agreement in 2022"),
        ("Vladimir Putin", "indirect", "he wanted Kyiv to be guided by national interests"),
    ]


def test_told_someone_to_do_something_is_the_instruction():
    assert statements(
        "After Peskov publicly told Zelensky to accept the offer, Zelensky said he would come "
        "to Istanbul."
    ) == [
        ("Dmitry Peskov", "indirect", "told Zelensky to accept the offer"),
        ("Volodymyr Zelensky", "indirect", "he would come to Istanbul"),
    ]
    assert statements("Putin proposed direct talks with Kyiv and, after that, said nothing.") == [
        ("Vladimir Putin", "indirect", "proposed direct talks with Kyiv")
    ]


def test_a_quotation_run_on_into_a_paragraph_without_an_opening_mark():
    assert statements(
        'Peskov told reporters: "Russia is ready for talks. We have said so many times.\n\n'
        'But the other side must show that it is ready too."\n\n'
        "The war continues.\n"
    ) == [
        ("Dmitry Peskov", "direct", "Russia is ready for talks. We have said so many times."),
        ("Dmitry Peskov", "direct", "But the other side must show that it is ready too."),
    ]


def test_media_reported_an_event_without_a_clause():
    assert statements(
        "Ukrainian media reported explosions near the intelligence headquarters in Kyiv."
    ) == [("Ukrainian media", "indirect", "explosions near the intelligence headquarters in Kyiv")]
    assert statements("The BBC reported on the strikes.") == []


# --- extraction 2.1: constructions of set E (invented sentences) ----------------------------


def test_a_second_verb_joined_by_and_that_gives_a_second_statement():
    assert statements(
        "Zakharova indicated that there was no proof of the drone's origin and asserted that the "
        "ministry had all the data."
    ) == [
        ("Maria Zakharova", "indirect", "there was no proof of the drone's origin"),
        ("Maria Zakharova", "indirect", "the ministry had all the data"),
    ]


def test_a_report_in_a_where_clause_is_its_own_statement():
    assert statements(
        "Peskov said that the talks would resume in Istanbul, where Zakharova said today that "
        "both delegations had arrived."
    ) == [
        ("Dmitry Peskov", "indirect", "the talks would resume in Istanbul"),
        ("Maria Zakharova", "indirect", "both delegations had arrived"),
    ]


def test_is_concerned_that_reports_a_stance():
    assert statements(
        "Zelensky is concerned that the promised shells will arrive too late for the front."
    ) == [
        ("Volodymyr Zelensky", "indirect", "the promised shells will arrive too late for the front")
    ]


def test_according_to_a_channel_then_someones_quotation_gives_only_the_quotation():
    assert statements(
        "According to the broadcaster, asked about the blocked aid package, Zelensky said: "
        '"We will manage all of this."'
    ) == [("Volodymyr Zelensky", "direct", "We will manage all of this.")]


def test_a_noun_with_its_relative_clause_is_not_an_attribution():
    assert statements(
        "Zelensky stated that Kyiv is buying shells from third countries, a process he described "
        "during an interview with a French paper."
    ) == [("Volodymyr Zelensky", "indirect", "Kyiv is buying shells from third countries")]


def test_the_setting_of_an_interview_is_not_a_statement():
    assert (
        statements(
            "In an exclusive interview with a television host, Zelensky also responded to questions "
            "about a new offensive in the coming weeks."
        )
        == []
    )


def test_is_convinced_with_a_colon_introduces_a_quotation():
    assert statements(
        "Zelensky spoke in Kyiv. He is convinced: “The most urgent need is air defence, and the "
        "war will last longer without it.”"
    ) == [
        (
            "Volodymyr Zelensky",
            "direct",
            "The most urgent need is air defence, and the war will last longer without it.",
        )
    ]


def test_reiterating_that_after_a_report_is_a_second_statement():
    assert statements(
        "Zelensky says he does not expect a breakthrough this week, reiterating that the army "
        "will hold the city."
    ) == [
        ("Volodymyr Zelensky", "indirect", "he does not expect a breakthrough this week"),
        ("Volodymyr Zelensky", "indirect", "the army will hold the city"),
    ]


def test_expressing_confidence_that_after_a_quoted_verdict_is_a_second_statement():
    assert statements(
        'Peskov dismissed the proposal as "empty and false," expressing confidence that the '
        "talks will fail."
    ) == [
        ("Dmitry Peskov", "mixed", 'dismissed the proposal as "empty and false,"'),
        ("Dmitry Peskov", "indirect", "the talks will fail"),
    ]


def test_a_reporting_word_after_a_pronoun_and_its_verb_is_a_noun_not_an_attribution():
    assert statements(
        "Peskov also said that in 2023, when the talks stalled, he received calls from "
        "European diplomats."
    ) == [
        ("Dmitry Peskov", "indirect", "in 2023, when the talks stalled, he received calls from European diplomats"),
    ]  # fmt: skip


def test_the_subject_stands_before_an_apposition_that_opens_with_one_of():
    result = run(
        "The regional head, one of four officials appointed by Moscow last year, said the "
        "defenders had been pushed back into the city centre."
    )
    assert [(s.speaker, s.speaker_mention, s.text) for s in result.statements] == [
        (None, "The regional head", "the defenders had been pushed back into the city centre"),
    ]


def test_according_to_bare_data_is_no_statement_but_according_to_a_body_is():
    assert (
        statements("Grain makes up a fifth of the country's exports, according to official data.")
        == []
    )
    result = run("Grain makes up a fifth of the country's exports, according to the farm ministry.")
    assert [(s.speaker_mention, s.text) for s in result.statements] == [
        ("the farm ministry", "Grain makes up a fifth of the country's exports"),
    ]


def test_a_participle_setting_before_the_subject_is_not_what_the_subject_said():
    assert statements(
        "Speaking from Lviv and standing beside a wrecked drone, Ostap Hrytsenko pledged to "
        "rebuild the river bridge."
    ) == [
        ("Ostap Hrytsenko", "indirect", "pledged to rebuild the river bridge"),
    ]  # fmt: skip


def test_said_this_or_said_so_with_only_a_setting_after_is_no_statement():
    assert (
        statements("Zakharova said this at a briefing in Moscow, TASS quoted her as saying.") == []
    )
    assert statements("Peskov said so in an interview with state television on Sunday.") == []


def test_said_then_a_subject_interrupted_by_an_aside_is_a_clause_not_an_inverted_attribution():
    assert statements(
        "President Ostap Hrytsenko, commenting on the night's attack, said Russia, even on a "
        "holiday, was only concerned with hurting civilians."
    ) == [
        ("Ostap Hrytsenko", "indirect", "Russia, even on a holiday, was only concerned with hurting civilians"),
    ]  # fmt: skip


def test_a_plural_subjects_present_emphasize_reports_a_clause():
    result = run(
        "The institute's analysts emphasize that the offensive is taking place in poor weather."
    )
    assert [(s.speaker_mention, s.kind, s.text) for s in result.statements] == [
        ("The institute's analysts", "indirect", "the offensive is taking place in poor weather"),
    ]


def test_appealed_to_someone_to_act_is_a_report_like_urged():
    assert statements(
        "The deputy prime minister, Olena Hrytsak, appealed to residents of the occupied south "
        "to leave by all possible means."
    ) == [
        ("Olena Hrytsak", "indirect", "appealed to residents of the occupied south to leave by all possible means"),
    ]  # fmt: skip


def test_and_a_second_subject_reporting_that_ends_the_first_verbs_object():
    assert statements(
        "Peskov denied the claim, and several military bloggers reported that the troops were "
        "still holding the western district."
    ) == [
        ("Military bloggers", "indirect", "the troops were still holding the western district"),
    ]  # fmt: skip


def test_a_clause_quoting_two_phrases_then_attributed_with_a_day_is_one_mixed_statement():
    assert statements(
        "Cheap imports would “crash the local market,” and so the ban will “help prevent "
        "unrest,” the Kremlin said on Friday."
    ) == [
        ("Kremlin", "mixed", "Cheap imports would “crash the local market,” and so the ban will “help prevent unrest"),
    ]  # fmt: skip


def test_a_quotation_run_over_two_paragraphs_keeps_its_short_contracted_close():
    assert statements(
        '"It\'s a defensive weapons system.\n\nIt\'s not escalatory," Peskov said during a '
        "press conference on Wednesday."
    ) == [
        ("Dmitry Peskov", "direct", "It's a defensive weapons system."),
        ("Dmitry Peskov", "direct", "It's not escalatory,"),
    ]  # fmt: skip


def test_a_noun_and_its_present_tense_verb_make_the_reported_clause():
    assert statements(
        "Two U.S. officials said the package also includes an older version of the missiles."
    ) == [
        ("US officials", "indirect", "the package also includes an older version of the missiles"),
    ]  # fmt: skip
    assert statements("Peskov denied the reports of shelling near the plant.") == []


def test_a_closing_attribution_whose_source_spoke_on_condition_of_anonymity():
    result = run(
        "The new battery gives the army “a shield for its cities,” a senior defence official "
        "who spoke on condition of anonymity told reporters on Wednesday."
    )
    assert [(s.speaker_mention, s.kind, s.text, s.said_on) for s in result.statements] == [
        ("a senior defence official", "mixed", "The new battery gives the army “a shield for its cities", dt.date(2024, 3, 13)),
    ]  # fmt: skip


def test_a_second_quotation_after_adding_is_the_same_speakers():
    assert statements(
        '"The enemy wants a buffer zone along the border," Peskov said, adding "it will not '
        'get one this summer."'
    ) == [
        ("Dmitry Peskov", "direct", "The enemy wants a buffer zone along the border,"),
        ("Dmitry Peskov", "direct", "it will not get one this summer."),
    ]  # fmt: skip
    assert statements(
        "“We do not have enough shells”, Peskov said, before adding that “the town may fall”."
    ) == [
        ("Dmitry Peskov", "direct", "We do not have enough shells"),
        ("Dmitry Peskov", "direct", "the town may fall"),
    ]  # fmt: skip


def test_who_reported_after_a_name_and_its_role_is_the_names_report():
    assert statements(
        "Also briefing the council was Matthew Hollingsby, the agency's country director, who "
        "reported that one in five families face severe food insecurity."
    ) == [
        ("Matthew Hollingsby", "indirect", "one in five families face severe food insecurity"),
    ]  # fmt: skip


def test_began_to_claim_that_reports_a_clause():
    assert statements(
        "During the meeting, the envoy, Vasily Petrenko, began to claim that the memorandum was "
        "the best offer for Kyiv."
    ) == [
        ("Vasily Petrenko", "indirect", "the memorandum was the best offer for Kyiv"),
    ]  # fmt: skip


def test_drew_someones_attention_to_the_fact_that_reports_a_clause():
    assert statements(
        "The relief director, Edem Vosornu, drew the world's attention to the fact that the war "
        "affects millions of people every day."
    ) == [
        ("Edem Vosornu", "indirect", "the war affects millions of people every day"),
    ]  # fmt: skip


def test_thats_according_to_an_outlet_is_a_note_of_the_source_not_a_statement():
    assert statements("That's according to the Guardian, TASS reports.") == []


def test_characterized_x_as_y_is_a_verdict_like_described():
    assert statements('Peskov characterized the grain deal as a "vital initiative" for the region.') == [
        ("Dmitry Peskov", "mixed", 'characterized the grain deal as a "vital initiative" for the region'),
    ]  # fmt: skip
    assert statements("Peskov characterized the grain deal in detail.") == []


def test_a_curly_opening_closed_by_a_straight_mark_ends_the_quotation_there():
    text = (
        "“The end of the corridor will raise food prices everywhere. We will not hesitate to "
        'act," Peskov told journalists on the plane.\n\n'
        '“I believed the country would defend itself," Peskov said while pledging that Russia '
        'would do "the utmost to stop it."'
    )
    assert statements(text) == [
        ("Dmitry Peskov", "direct", "The end of the corridor will raise food prices everywhere. We will not hesitate to act,"),
        ("Dmitry Peskov", "direct", "I believed the country would defend itself,"),
        ("Dmitry Peskov", "mixed", 'Russia would do "the utmost to stop it."'),
    ]  # fmt: skip


def test_a_quotation_closed_by_the_post_reads_is_the_posts_author():
    text = (
        "Peskov announced this on Telegram, TASS reports.\n"
        '"As a result of the night\'s work, all twelve drones were shot down," the post reads.\n'
    )
    assert statements(text) == [
        ("Dmitry Peskov", "direct", "As a result of the night's work, all twelve drones were shot down,"),
    ]  # fmt: skip


def test_a_dash_attribution_after_a_full_stop_closes_all_the_paragraphs_unquoted_words():
    text = (
        "Peskov spoke to the press on Monday.\n\n"
        'There is no reason to panic. Only a few "drones" reached the city. Most of them were '
        "decoys. - Peskov explained, responding to a question about the night's attack.\n"
    )
    assert statements(text) == [
        ("Dmitry Peskov", "direct", 'There is no reason to panic. Only a few "drones" reached the city. Most of them were decoys'),
    ]  # fmt: skip


def test_a_dash_before_a_bodys_name_sets_off_a_closing_attribution():
    assert statements(
        "Russia is sticking to its goal – control over the southern regions – the Defence "
        "Ministry announced in London on Monday."
    ) == [
        ("Defence Ministry", "indirect", "Russia is sticking to its goal – control over the southern regions"),
    ]  # fmt: skip


def test_a_paragraph_that_lost_its_opening_mark_is_quoted_up_to_the_closing_one():
    text = (
        "Peskov spoke about the summit in Minsk.\n\n"
        "At the meeting, the minister spoke very clearly about our position. Russia has "
        "co-sponsored the resolution,” Peskov said.\n"
    )
    assert statements(text) == [
        ("Dmitry Peskov", "direct", "At the meeting, the minister spoke very clearly about our position. Russia has co-sponsored the resolution,"),
    ]  # fmt: skip


def test_but_he_insists_after_a_quoted_report_is_a_second_report_not_the_quotations_tag():
    assert statements(
        "Peskov admits that “the port is the most painful topic” but he insists the talks on it "
        "are now the only way forward."
    ) == [
        ("Dmitry Peskov", "mixed", "“the port is the most painful topic”"),
        ("Dmitry Peskov", "indirect", "the talks on it are now the only way forward"),
    ]  # fmt: skip


def test_is_clear_that_reports_a_clause():
    assert statements(
        "Peskov is clear that the supply of long-range missiles will decide the outcome."
    ) == [
        ("Dmitry Peskov", "indirect", "the supply of long-range missiles will decide the outcome"),
    ]  # fmt: skip


def test_a_bare_quotation_after_a_paragraph_of_two_reports_by_one_speaker_is_theirs():
    text = (
        "Peskov admits that the port is painful but he insists the talks are the only way.\n\n"
        "“This is being done under the auspices of the United Nations.” He is pleased with the "
        "progress so far.\n"
    )
    assert statements(text) == [
        ("Dmitry Peskov", "indirect", "the port is painful"),
        ("Dmitry Peskov", "indirect", "the talks are the only way"),
        ("Dmitry Peskov", "direct", "This is being done under the auspices of the United Nations."),
    ]  # fmt: skip


def test_called_up_and_thought_of_are_other_verbs_not_reports():
    assert (
        statements(
            "The government has called up reserve soldiers and Western leaders have announced "
            "sanctions."
        )
        == []
    )
    assert statements("Asked what she thought of Putin's speech, the pensioner shrugged.") == []


def test_a_quotation_closed_by_the_age_of_an_unnamed_speaker_is_a_statement():
    result = run(
        '"We never know how long we will get," the 29-year-old, who declined to give his last '
        "name, told AFP."
    )
    assert [(s.speaker_mention, s.kind, s.text) for s in result.statements] == [
        ("the 29-year-old", "direct", "We never know how long we will get,"),
    ]


def test_a_short_quoted_name_inside_a_closing_attributions_subject():
    text = (
        '"When we reach the city centre, our mission will be partly done," a senior officer from '
        'the brigade, using the call sign "Hawk", told AFP.\n\n'
        "“We demand that our men come home before the winter,” the Way Home (“Put Domoi”) "
        "movement wrote on its Telegram channel on Friday.\n"
    )
    assert [(s.kind, s.text) for s in run(text).statements] == [
        ("direct", "When we reach the city centre, our mission will be partly done,"),
        ("direct", "We demand that our men come home before the winter,"),
    ]


def test_a_condemnation_then_describing_them_as_is_two_statements():
    assert statements(
        "Peskov strongly condemned the new sanctions, describing them as an attack on “the "
        "entire world economy.”"
    ) == [
        ("Dmitry Peskov", "indirect", "condemned the new sanctions"),
        ("Dmitry Peskov", "mixed", "describing them as an attack on “the entire world economy.”"),
    ]  # fmt: skip


def test_asked_someone_not_to_or_a_quoted_request_is_a_report():
    assert statements("Zelensky asked Syrskyi “not to forget the training of new brigades.”") == [
        ("Volodymyr Zelensky", "mixed", "asked Syrskyi “not to forget the training of new brigades.”"),
    ]  # fmt: skip
    assert statements("Zelensky asked the ministry to comment on the plan.") == []


def test_a_long_description_of_a_group_after_a_leading_phrase_is_the_speaker():
    result = run(
        "In the first detailed account of what the Kremlin would accept, the five current and "
        "former Russian officials said Moscow could agree to a freeze of the front line."
    )
    assert [(s.kind, s.text) for s in result.statements] == [
        ("indirect", "Moscow could agree to a freeze of the front line"),
    ]
    assert result.statements[0].speaker_mention.endswith("officials")


def test_a_report_inside_a_leading_subordinate_clause_ends_with_the_clause():
    assert statements(
        "Two days after Peskov called for new talks in Istanbul, TASS quoted an unnamed source "
        "as saying that the negotiators may meet there on Thursday."
    ) == [
        ("Dmitry Peskov", "indirect", "called for new talks in Istanbul"),
        (None, "indirect", "the negotiators may meet there on Thursday"),
    ]  # fmt: skip


def test_used_an_address_to_warn_someone_that_reports_the_clause():
    assert statements(
        "Zelensky used his nightly address to warn Vladimir Putin that Ukraine would never give up "
        "the south."
    ) == [
        ("Volodymyr Zelensky", "indirect", "Ukraine would never give up the south"),
    ]  # fmt: skip


def test_as_someone_announced_an_act_then_a_main_clause_is_no_statement():
    assert (
        statements(
            "As Putin announced an attack on the country, his envoy was chairing the council's "
            "meeting in New York."
        )
        == []
    )


def test_a_reporting_verb_in_a_which_clause_ends_before_the_main_verb():
    assert (
        statements("The attack, which concludes the envoy's visit to Kyiv, has shaken the city.")
        == []
    )


# --- extraction 2.9-rec3: frames found on real pages -------------------------------------------


def test_an_initial_and_a_surname_after_according_to_and_an_inverted_verb():
    assert statements(
        "Defence Minister Ivan Petrovas visited the capital. According to I. Petrovas, the "
        "pressure will grow. “Our fight is the same fight,” underscored I. Petrovas."
    ) == [
        ("Ivan Petrovas", "indirect", "the pressure will grow"),
        ("Ivan Petrovas", "direct", "Our fight is the same fight,"),
    ]


def test_an_inverted_attribution_with_a_relative_clause_on_its_subject():
    assert statements(
        "“We will support the army by every means,” said Defence Minister Ivan Petrovas who "
        "visited the capital on Wednesday."
    ) == [("Ivan Petrovas", "direct", "We will support the army by every means,")]


def test_a_third_persons_verb_before_an_infinitive_opens_the_clause():
    assert statements("Peskov said his team expects to publish a report next week.") == [
        ("Dmitry Peskov", "indirect", "his team expects to publish a report next week")
    ]


def test_a_long_setting_between_said_and_that():
    assert statements(
        "Zakharova said on the air of the state television channel that the corridor depends "
        "on Moscow."
    ) == [("Maria Zakharova", "indirect", "the corridor depends on Moscow")]


def test_a_participle_after_a_dash_or_after_while():
    assert statements(
        "Kyiv reported the figures on Monday – claiming that the army had repelled 90 attacks."
    ) == [("Government of Ukraine", "indirect", "the army had repelled 90 attacks")]
    assert statements(
        "“We will keep pushing,” Peskov said, while admitting that the talks would take time."
    ) == [
        ("Dmitry Peskov", "direct", "We will keep pushing,"),
        ("Dmitry Peskov", "indirect", "the talks would take time"),
    ]


def test_made_plain_reconfirmed_and_in_her_opinion():
    assert statements("Zakharova made plain that the embassy would stay open.") == [
        ("Maria Zakharova", "indirect", "the embassy would stay open")
    ]
    assert statements("Zelensky has reconfirmed that the army will not withdraw.") == [
        ("Volodymyr Zelensky", "indirect", "the army will not withdraw")
    ]
    assert statements(
        "Zakharova spoke on state television. In her opinion, the sanctions only hurt Europe."
    ) == [("Maria Zakharova", "indirect", "the sanctions only hurt Europe")]


def test_according_to_a_rule_or_a_document_is_no_source():
    assert statements("According to the law, we do not have such a right.") == []
    assert (
        statements(
            "According to the decree signed on Friday, Olena Sirko was appointed to head the board."
        )
        == []
    )


def test_said_this_according_to_a_correspondent_is_no_statement():
    assert (
        statements(
            "Zelensky said this in a video address on Tuesday, according to a correspondent."
        )
        == []
    )


def test_remarks_carried_by_an_agency_and_a_previously_reported_event_are_not_reports():
    assert statements("“We are careful,” Peskov said, in remarks carried by TASS.") == [
        ("Dmitry Peskov", "direct", "We are careful,")
    ]
    assert statements(
        "Peskov said the level had stabilised following the previously reported drop in supply."
    ) == [
        (
            "Dmitry Peskov",
            "indirect",
            "the level had stabilised following the previously reported drop in supply",
        )
    ]


def test_a_quotation_running_on_over_paragraphs_without_marks_is_the_closing_speakers():
    text = (
        "The remarks were made by Defence Minister Ivan Petrovas on Monday.\n\n"
        '"We share the same threats and the same challenges.\n\n'
        "I met the Examplian premier last week, and I told him that our allies stand with him.\n\n"
        'We respect the resolve of the soldiers and of the farmers," he noted.\n\n'
        "The talks will resume in May."
    )
    assert statements(text) == [
        ("Ivan Petrovas", "direct", "We share the same threats and the same challenges."),
        (
            "Ivan Petrovas",
            "direct",
            "I met the Examplian premier last week, and I told him that our allies stand with him.",
        ),
        ("Ivan Petrovas", "direct", "We respect the resolve of the soldiers and of the farmers,"),
    ]


def test_a_quotation_run_without_a_closing_attribution_stays_prose():
    text = (
        '"We share the same threats and the same challenges.\n\n'
        "Zakharova said the embassy would stay open.\n\n"
        "The talks will resume in May, officials said."
    )
    assert statements(text) == [
        ("Maria Zakharova", "indirect", "the embassy would stay open"),
        (None, "indirect", "The talks will resume in May"),
    ]


def test_pointing_out_that_opens_a_second_statement():
    assert statements(
        "Zakharova said that the grain corridor was fragile, pointing out that the navies must "
        "clear the mines first."
    ) == [
        ("Maria Zakharova", "indirect", "the grain corridor was fragile"),
        ("Maria Zakharova", "indirect", "the navies must clear the mines first"),
    ]


def test_a_statement_the_page_repeats_word_for_word_is_kept_once():
    text = (
        "Dmitry Peskov admitted that no visit was planned while the embargo lasted.\n\n"
        "MOSCOW, January 11. No prospect for talks can be seen, Peskov told reporters.\n\n"
        "Peskov admitted that no visit was planned while the embargo lasted."
    )
    assert statements(text) == [
        ("Dmitry Peskov", "indirect", "no visit was planned while the embargo lasted"),
        ("Dmitry Peskov", "indirect", "No prospect for talks can be seen"),
    ]


def test_a_relative_clause_between_the_subject_and_its_verb_still_makes_a_clause():
    assert statements(
        "Peskov said the level in the reservoir, which provides water for the plant, had "
        "stabilised in recent weeks."
    ) == [
        (
            "Dmitry Peskov",
            "indirect",
            "the level in the reservoir, which provides water for the plant, had stabilised in "
            "recent weeks",
        )
    ]


def test_a_stance_with_a_possessive_determiner():
    assert statements("Zakharova once again stressed Moscow's readiness for talks.") == [
        ("Maria Zakharova", "indirect", "Moscow's readiness for talks")
    ]


def test_a_dash_closed_paragraph_may_open_with_a_figure():
    assert statements(
        "390 soldiers are at home! Kyiv is taking back its citizens under the agreements - said "
        "Yermak."
    ) == [
        (
            "Andriy Yermak",
            "direct",
            "390 soldiers are at home! Kyiv is taking back its citizens under the agreements",
        )
    ]


def test_the_owner_of_the_words_in_a_possessive():
    assert statements("In Zelensky's words, the army will never surrender.") == [
        ("Volodymyr Zelensky", "indirect", "the army will never surrender")
    ]
    assert statements("According to Peskov's words, the talks are over.") == [
        ("Dmitry Peskov", "indirect", "the talks are over")
    ]


def test_where_it_was_said_between_said_and_its_clause():
    assert statements("Yermak said in a statement the army would hold the line.") == [
        ("Andriy Yermak", "indirect", "the army would hold the line")
    ]
    assert statements("Zakharova said on Telegram the embassy would stay open.") == [
        ("Maria Zakharova", "indirect", "the embassy would stay open")
    ]


def test_the_statement_read_after_a_quotation():
    assert statements(
        'The Kremlin issued a statement on Monday. "The talks are over," the statement read.'
    ) == [("Kremlin", "direct", "The talks are over,")]


def test_a_block_quotation_without_marks_under_said_comma_or_over_he_pointed_out():
    text = (
        "Defence Minister Ivan Petrovas said,\n\n"
        "We were nearly drowned out by the protests; the delegates met our "
        "plan with silence.\n\n"
        "We view the matter from an entirely separate, pro-trade angle,\n\n"
        "he pointed out.\n\n"
        "They think the dispute can be settled,\n\n"
        "he explained, noting that only three delegations hold the contrary position."
    )
    assert statements(text) == [
        (
            "Ivan Petrovas",
            "direct",
            "We were nearly drowned out by the protests; the delegates met our plan with silence.",
        ),
        (
            "Ivan Petrovas",
            "direct",
            "We view the matter from an entirely separate, pro-trade angle,",
        ),
        ("Ivan Petrovas", "direct", "They think the dispute can be settled,"),
        ("Ivan Petrovas", "indirect", "only three delegations hold the contrary position"),
    ]


def test_a_quotation_of_an_unnamed_soldier_or_medic_is_a_statement():
    assert statements("“Morale is very low,” said the soldier, who asked not to be named.") == [
        (None, "direct", "Morale is very low,")
    ]
    assert statements("“His condition is serious,” the medic said.") == [
        (None, "direct", "His condition is serious,")
    ]


def test_told_listeners_at_an_occasion_then_the_clause_without_that():
    assert statements(
        "Jane Roe told journalists at an EU summit in Examplia on Thursday the sanctions would "
        "not work."
    ) == [("Jane Roe", "indirect", "the sanctions would not work")]


def test_cited_sources_as_saying_on_a_day_that():
    assert statements(
        "Two agencies and a newspaper cited Examplian government sources as saying on Tuesday "
        "that the talks would resume next week."
    ) == [("Examplian government sources", "indirect", "the talks would resume next week")]


def test_a_noun_and_a_present_verb_with_its_preposition_open_a_clause():
    assert statements(
        "Jane Roe said the package builds on earlier measures against the fleet."
    ) == [("Jane Roe", "indirect", "the package builds on earlier measures against the fleet")]


def test_according_to_two_sources_with_titles_is_one_statement_of_the_first():
    assert statements(
        "The cuts were severe, according to Jane Roe, the mayor of Examplia, and John Doe, head "
        "of the regional administration."
    ) == [("Jane Roe", "indirect", "The cuts were severe")]


def test_a_quotation_paragraph_signed_with_a_name_below_is_theirs():
    assert statements(
        "The town came under attack again on Monday night.\n\n"
        "“The front is holding and we will not retreat from the river.”\n"
        "- Jane Roe\n\n"
        "“We will rebuild every house in this town, whatever it takes.”\n\n"
        "— John Doe, mayor of Examplia\n"
    ) == [
        ("Jane Roe", "direct", "The front is holding and we will not retreat from the river."),
        ("John Doe", "direct", "We will rebuild every house in this town, whatever it takes."),
    ]


def test_a_quotation_paragraph_after_one_of_narration_runs_on_from_the_speaker_before():
    assert statements(
        "“We will never leave this town,” said Jane Roe.\n\n"
        "The remarks came after a night of heavy shelling.\n\n"
        "“Our people are strong and they will endure the winter.”"
    ) == [
        ("Jane Roe", "direct", "We will never leave this town,"),
        ("Jane Roe", "direct", "Our people are strong and they will endure the winter."),
    ]
    # Narration that brings in another voice, or two paragraphs of it, carries nothing over.
    for narration in (
        "Officials said the shelling lasted all night.",
        "The remarks came after a night of shelling.\n\nThe town lost power at dawn.",
    ):
        found = statements(
            "“We will never leave this town,” said Jane Roe.\n\n"
            f"{narration}\n\n"
            "“Our people are strong and they will endure the winter.”"
        )
        assert [s for s in found if s[1] == "direct"] == [
            ("Jane Roe", "direct", "We will never leave this town,")
        ]


def test_a_demonstrative_that_with_its_verb_is_the_clauses_subject():
    assert statements("Jane Roe said that was a question for the other side.") == [
        ("Jane Roe", "indirect", "that was a question for the other side")
    ]


def test_a_wire_dateline_of_a_month_and_day_alone_is_cut():
    [s] = run(
        "July 3 (Reuters) - A missile strike on the region on Wednesday killed one person, "
        "Jane Roe said.",
        published=dt.date(2024, 7, 3),
    ).statements
    assert (s.speaker, s.text, s.said_on) == (
        "Jane Roe",
        "A missile strike on the region on Wednesday killed one person",
        dt.date(2024, 7, 3),
    )


def test_an_abbreviation_opening_the_clause_keeps_it_a_clause():
    # "U.S." is no sentence's end: the clause after "said" is the speaker's, and the claim it
    # names stays inside it.
    assert statements(
        "Jane Roe said U.S. President John Doe's claim that the city had fallen was false."
    ) == [
        (
            "Jane Roe",
            "indirect",
            "U.S. President John Doe's claim that the city had fallen was false",
        )
    ]


def test_the_number_was_named_by_makes_the_sentence_before_the_agents():
    assert statements(
        "Fourteen people were injured in the night attack on the city. The number of the injured "
        "was named by Jane Roe, head of the regional administration."
    ) == [("Jane Roe", "indirect", "Fourteen people were injured in the night attack on the city")]


def test_a_question_put_to_the_subject_between_commas_keeps_the_subject():
    for aside in ("when asked if the truce was over", "asked about the truce"):
        assert statements(f"Jane Roe, {aside}, said that it had already been a month.") == [
            ("Jane Roe", "indirect", "it had already been a month")
        ]


def test_expressed_regrets_or_hopes_in_the_plural_that():
    assert statements(
        "Jane Roe expressed regrets that the chancellor gave the meeting little time. "
        "John Doe expressed hopes that the talks would resume."
    ) == [
        ("Jane Roe", "indirect", "the chancellor gave the meeting little time"),
        ("John Doe", "indirect", "the talks would resume"),
    ]


def test_a_prepositional_present_before_a_capitalised_possessive_opens_a_clause():
    assert statements(
        "Jane Roe said the package builds on Examplia’s earlier gift of 90 trucks."
    ) == [("Jane Roe", "indirect", "the package builds on Examplia’s earlier gift of 90 trucks")]


def test_the_report_a_question_was_about_is_no_statement():
    assert statements(
        "Asked about a newspaper report that the sides had made progress on a plan, Jane Roe "
        "said: “It is not right at all, not at all.”"
    ) == [("Jane Roe", "direct", "It is not right at all, not at all.")]


def test_according_to_two_sources_before_the_statement_is_the_first_ones():
    for sources in (
        "Jane Roe, head of the regional administration, and John Doe, mayor of Examplia",
        "Jane Roe and John Doe",
    ):
        assert statements(f"According to {sources}, the power was restored by the evening.") == [
            ("Jane Roe", "indirect", "the power was restored by the evening")
        ]


def test_saying_about_what_something_was_is_a_topic_not_the_words():
    assert statements("Jane Roe spoke at length and said about how the war began.") == []
    assert statements("Jane Roe says about the first day of the war.") == []


def test_a_short_regular_past_makes_the_words_after_said_a_clause():
    assert statements("The ministry said three people died in the fire.\n") == [
        (None, "indirect", "three people died in the fire")
    ]
    assert statements("The ministry said the raiders used small boats.\n") == [
        (None, "indirect", "the raiders used small boats")
    ]


def test_a_participle_setting_after_the_attribution_keeps_it_an_attribution():
    # ", X told reporters when asked about ...": the setting is no clause of its own.
    assert statements(
        "The bridge will reopen by spring, Jane Roe told reporters when asked about the repairs."
    ) == [("Jane Roe", "indirect", "The bridge will reopen by spring")]
    assert statements("The port stays closed, Jane Roe said while answering questions.") == [
        ("Jane Roe", "indirect", "The port stays closed")
    ]


def test_quoted_as_saying_on_a_day_and_month():
    assert statements(
        "The navy watches the coast with ships and planes, Jane Roe was quoted as saying on "
        "March 12."
    ) == [("Jane Roe", "indirect", "The navy watches the coast with ships and planes")]


def test_highlighted_recommended_and_published_report_a_clause():
    assert statements("Jane Roe highlighted that, on 3 May, the agency will open an office.") == [
        ("Jane Roe", "indirect", "on 3 May, the agency will open an office")
    ]
    assert statements("Jane Roe recommended that the council meet again in June.") == [
        ("Jane Roe", "indirect", "the council meet again in June")
    ]
    assert statements(
        "As Jane Roe published on her Telegram channel, the convoy was seen near the river."
    ) == [("Jane Roe", "indirect", "the convoy was seen near the river")]
    assert statements("The ministry published a video of the damaged bridge.") == []


def test_a_quotation_whose_opening_mark_the_page_spaced_from_its_words_runs_on():
    assert statements(
        "“The line is holding,” Jane Roe continued. “ Well, the enemy has not advanced at all.”"
    ) == [
        ("Jane Roe", "direct", "The line is holding,"),
        ("Jane Roe", "direct", "Well, the enemy has not advanced at all."),
    ]


def test_spoke_of_a_topic_then_a_colon_introduces_the_quotation():
    assert statements(
        "Jane Roe also spoke of the need for more air defence: “Every night the drones come. "
        "We need more systems.”"
    ) == [("Jane Roe", "direct", "Every night the drones come. We need more systems.")]
    assert statements("Jane Roe spoke about the war with “great sadness” in her voice.") == []


def test_passive_back_references_an_outlet_leads_or_translated_copy_inverts():
    assert statements(
        "The ministry is preparing to receive a million refugees.\n\n"
        "According to Examplia Radio, this was stated by Deputy Minister Jane Roe."
    ) == [("Jane Roe", "indirect", "The ministry is preparing to receive a million refugees")]
    assert statements(
        "The army keeps trying to take the town in the east. This information is confirmed by "
        "analysts from the Kremlin."
    ) == [("Kremlin", "indirect", "The army keeps trying to take the town in the east")]
    assert statements(
        "The offensive is built on slow tactical advances. About it writes Reuters in its summary "
        "of August 27."
    ) == [("Reuters", "indirect", "The offensive is built on slow tactical advances")]


def test_an_inverted_attribution_whose_title_lost_its_closing_comma():
    assert statements(
        '"The threat of a drone strike has not passed," Ivan Petrenko, governor of the border '
        "province that faces the river said on Telegram.\n"
    ) == [("Ivan Petrenko", "direct", "The threat of a drone strike has not passed,")]
    # No name before the comma: the words before it are no subject, the official speaks.
    assert statements(
        'Jane Doe promised an emergency meeting where "lasting decisions" will be taken, an '
        "official said.\n"
    ) == [
        (
            None,
            "mixed",
            'Jane Doe promised an emergency meeting where "lasting decisions" will be taken',
        )
    ]


def test_the_statement_was_made_during_a_long_occasion_refers_back():
    assert statements(
        "The reserve brigades will not cross the border and have no orders to do so. Jane Roe "
        "made the statement during the ceremony held on 4 March to open the new bridge over "
        "the river in the northern part of the capital, Examplia News has learned."
    ) == [
        (
            "Jane Roe",
            "indirect",
            "The reserve brigades will not cross the border and have no orders to do so",
        )
    ]


def test_a_phrase_quoted_at_the_clause_end_then_the_attribution_without_a_comma():
    assert statements(
        "Examplia will never accept the seized valleys as "
        '"anything other than Ruritanian land" Prime Minister Jane Doe said, adding that '
        "the invader was breaking the law.\n"
    ) == [
        (
            "Jane Doe",
            "mixed",
            'Examplia will never accept the seized valleys as "anything other than Ruritanian land',
        ),
        ("Jane Doe", "indirect", "the invader was breaking the law"),
    ]


def test_a_quotation_paragraph_ending_in_the_agency_credit_runs_on():
    assert statements(
        "Ships were seen near the coast on Monday, officials in the port reported.\n\n"
        '"We will not let them pass," Jane Doe said in a statement on Friday.\n\n'
        '"The bridge will be rebuilt within a year." (Reuters)\n'
    )[-2:] == [
        ("Jane Doe", "direct", "We will not let them pass,"),
        ("Jane Doe", "direct", "The bridge will be rebuilt within a year."),
    ]


def test_a_quotation_in_single_marks_runs_on_into_the_next_paragraph():
    assert statements(
        "The mayor said the wounded had been treated. ‘These were no accidents,’ Jane Doe "
        "added. ‘Five shells hit the market in the morning.\n"
        "This is a campaign against the town that must be stopped.’\n"
        "The account matches an earlier one.\n"
    ) == [
        (None, "indirect", "the wounded had been treated"),
        ("Jane Doe", "direct", "These were no accidents,"),
        ("Jane Doe", "direct", "Five shells hit the market in the morning."),
        ("Jane Doe", "direct", "This is a campaign against the town that must be stopped."),
    ]


def test_in_it_before_the_subject_of_a_colon_introduction_is_the_document():
    assert statements(
        "Jane Doe lashed out at the council in a video on Friday.\n\n"
        "In it she states:\n\n"
        "“Listen to me! These are our fathers and sons! We are short of everything.\n\n"
        "You who sit in warm offices, think about it. They came to serve and gave their lives.”\n"
    ) == [
        (
            "Jane Doe",
            "direct",
            "Listen to me! These are our fathers and sons! We are short of everything.",
        ),
        (
            "Jane Doe",
            "direct",
            "You who sit in warm offices, think about it. They came to serve and gave their lives.",
        ),
    ]


def test_a_second_quotation_after_a_dashed_attribution_is_the_same_speakers():
    assert statements(
        "Jane Doe said the army would use the weapons at home.\n"
        "“Today we have the tanks that partners gave us. Jets will let us close the sky”, – "
        "she said. – “The sad part is that with those guns last spring, the fighting would have ended”.\n"
    ) == [
        ("Jane Doe", "indirect", "the army would use the weapons at home"),
        (
            "Jane Doe",
            "direct",
            "Today we have the tanks that partners gave us. Jets will let us close the sky",
        ),
        (
            "Jane Doe",
            "direct",
            "The sad part is that with those guns last spring, the fighting would have ended",
        ),
    ]


def test_an_adverb_of_manner_between_the_verb_and_its_colon():
    assert statements(
        'When questioned about the imports, Jane Roe responded directly: "We buy grain, yes. '
        'It is not cheap."\n'
    ) == [("Jane Roe", "direct", "We buy grain, yes. It is not cheap.")]


def test_in_it_he_states_then_a_quotation_in_the_next_paragraph():
    assert statements(
        "Jane Roe posted a video from the front last night.\n\nIn it she says:\n\n"
        "“We are short of shells. Send them now!”"
    ) == [("Jane Roe", "direct", "We are short of shells. Send them now!")]


def test_a_quotation_left_open_runs_on_over_a_first_person_paragraph_without_marks():
    assert statements(
        "Jane Roe said: “Whatever some may try, you have no reason to worry.\n\n"
        "I repeat it for the third time: our soldiers stay on our own side of the river.\n\n"
        "The talks resume in Examplia next week, officials said."
    ) == [
        ("Jane Roe", "direct", "Whatever some may try, you have no reason to worry."),
        ("Jane Roe", "direct", "I repeat it for the third time: our soldiers stay on our own side of the river."),
        (None, "indirect", "The talks resume in Examplia next week"),
    ]  # fmt: skip


def test_a_programmes_title_in_quotation_marks_is_no_ones_words():
    assert statements(
        "In an interview on Examplia TV’s “Sunday Morning Report,” Jane Roe said the talks "
        "had failed because of the strikes."
    ) == [("Jane Roe", "indirect", "the talks had failed because of the strikes")]


def test_a_phrase_quoted_after_a_possessive_stays_in_the_inclusive_report():
    assert statements(
        "Jane Roe said that the aid would go on, and she vowed to continue Examplia’s “biggest "
        "rescue mission yet” for as long as families needed it."
    ) == [
        ("Jane Roe", "indirect", "the aid would go on"),
        ("Jane Roe", "mixed", "she vowed to continue Examplia’s “biggest rescue mission yet” for as long as families needed it"),
    ]  # fmt: skip


def test_a_bare_attribution_sentence_with_explained_after_a_closed_quotation():
    for end in (".", ","):
        assert statements(
            f"“We confirmed our support for the coalition. This year we give more than last "
            f"year.” Jane Roe explained{end}"
        ) == [
            (
                "Jane Roe",
                "direct",
                "We confirmed our support for the coalition. This year we give more than last year.",
            )
        ]


def test_a_reported_clause_ending_in_a_colon_before_a_list_is_a_statement():
    assert statements(
        "Jane Roe noted that the heads of the alliance share a view that three rules "
        "must be kept:\nFirst — the borders must be respected.\n"
    )[0] == (
        "Jane Roe",
        "indirect",
        "the heads of the alliance share a view that three rules must be kept",
    )
    # Before a quotation the colon only introduces the words.
    assert statements(
        "Jane Roe said the talks must follow three principles that everyone knows:\n"
        "“First, the borders. Second, the people.”\n"
    ) == [("Jane Roe", "direct", "First, the borders. Second, the people.")]


def test_a_colon_after_the_verbs_own_words_opens_the_quotation():
    # 'said of the future: "…"', 'told a local radio station in an interview: "…"'.
    text = (
        "Officials met in the capital on Monday.\n\n"
        "Zelensky told a local radio station in an interview: “We will not trade our land.”\n\n"
        "In another comment, Peskov said of the talks: “Nothing has been agreed so far.”\n"
    )
    assert statements(text) == [
        ("Volodymyr Zelensky", "direct", "We will not trade our land."),
        ("Dmitry Peskov", "direct", "Nothing has been agreed so far."),
    ]


def test_a_setting_participle_then_a_clause_before_a_trailing_attribution():
    # "Speaking for the region, <clause>, X said": the clause after the setting is X's.
    assert statements(
        "Speaking for the region, the towns need more generators before winter, Peskov said."
    ) == [("Dmitry Peskov", "indirect", "the towns need more generators before winter")]


def test_a_connective_of_consequence_before_a_parenthetical_attribution():
    assert statements("By doing so, Peskov insisted, the envoys have broken the rules.") == [
        ("Dmitry Peskov", "indirect", "the envoys have broken the rules")
    ]
    assert statements("As a result, Zelensky said, the talks are over.") == [
        ("Volodymyr Zelensky", "indirect", "the talks are over")
    ]


def test_a_trailing_attribution_followed_by_an_as_clause_of_another_report():
    assert statements(
        "A drone attack on the border town killed two people, Jane Roe said on Saturday as "
        "officials in the capital said the strikes had hit a power plant.\n"
    ) == [
        ("Jane Roe", "indirect", "A drone attack on the border town killed two people"),
        (None, "indirect", "the strikes had hit a power plant"),
    ]


def test_even_though_before_a_second_report_ends_the_first_statement():
    assert statements(
        "Jane Roe says her country will not take sides in the conflict, even though she says "
        "the war must end to spare poorer countries.\n"
    ) == [
        ("Jane Roe", "indirect", "her country will not take sides in the conflict"),
        ("Jane Roe", "indirect", "the war must end to spare poorer countries"),
    ]


def test_a_number_after_including_is_no_trailing_subject():
    # "added to" after a count is no report, and the comma inside "2,140" sets nothing off
    assert statements(
        "According to Zelensky, the army has trained 18,600 recruits, including 2,140 "
        "volunteers added to the rolls this month.\n"
    ) == [
        (
            "Volodymyr Zelensky",
            "indirect",
            "the army has trained 18,600 recruits, including 2,140 volunteers added to the "
            "rolls this month",
        )
    ]


def test_a_first_person_sentence_after_a_statement_runs_on_in_its_paragraph():
    # The page dropped the marks of the speaker's own words: "We ..." right after the report.
    assert statements(
        "The country sent more aid than ever to its neighbour, the minister Jana Kovarova "
        "stressed. We have opened our schools to forty thousand children."
    ) == [
        ("Jana Kovarova", "indirect", "The country sent more aid than ever to its neighbour"),
        ("Jana Kovarova", "indirect", "We have opened our schools to forty thousand children"),
    ]


def test_a_narrators_first_person_with_a_third_person_stays_narration():
    # "as we said" with "he": the writer's look back, not the speaker's words.
    assert statements(
        "The talks would go on next week, the minister Jana Kovarova said. Later that day he "
        "visited a school in the east, as we reported earlier."
    ) == [("Jana Kovarova", "indirect", "The talks would go on next week")]


def test_a_phrase_quoted_inside_a_clause_before_said_and_a_bare_weekday():
    # AP style: "said Thursday" (no "on"); the quoted phrase stays inside one mixed statement.
    assert statements(
        "There is “no chance” Russia will cross the river this year, the country's President "
        "Vladimir Putin said Thursday."
    ) == [("Vladimir Putin", "mixed", "There is “no chance” Russia will cross the river this year")]


def test_a_first_person_paragraph_after_a_speakers_statement_is_theirs():
    # The paragraph before ends with her report; this one is her plain first person.
    assert statements(
        "On Monday, the envoy Jana Kovarova said that the region needs more air defence.\n\n"
        "The allies have sent us many systems and we are grateful, but it is not yet enough.\n"
    ) == [
        ("Jana Kovarova", "indirect", "the region needs more air defence"),
        (
            "Jana Kovarova",
            "direct",
            "The allies have sent us many systems and we are grateful, but it is not yet enough.",
        ),
    ]


def test_a_first_person_paragraph_that_narrates_a_third_person_stays_prose():
    # One first-person word and a "he": the writer's paragraph.
    assert statements(
        "On Monday, the envoy Jana Kovarova said that the region needs more air defence.\n\n"
        "Our correspondent met him later at the border, where he inspected a new shelter.\n"
    ) == [("Jana Kovarova", "indirect", "the region needs more air defence")]


def test_an_inverted_attribution_with_a_participle_before_its_medium():
    # "in a televised address": the medium's adjective in -ed is no clause of its own.
    assert statements(
        "The front will hold through the winter, said Kremlin spokesman Dmitry Peskov in a "
        "televised address to the nation."
    ) == [("Dmitry Peskov", "indirect", "The front will hold through the winter")]


def test_warning_against_keeps_its_preposition_whole():
    # "again" is no adverb inside "against": the warning's words start at the preposition.
    assert statements(
        "Peskov said the talks were over, warning against joining those who want more sanctions."
    ) == [
        ("Dmitry Peskov", "indirect", "the talks were over"),
        ("Dmitry Peskov", "indirect", "against joining those who want more sanctions"),
    ]


def test_a_progressive_reporting_verb_with_a_bare_day_governs_its_clause():
    # "is warning Thursday that": the progressive of a reporting participle.
    assert statements(
        "Kremlin spokesman Dmitry Peskov is warning Thursday that new deliveries of arms bring "
        "the risk of a wider war."
    ) == [("Dmitry Peskov", "indirect", "new deliveries of arms bring the risk of a wider war")]
    assert statements("Peskov was insisting that the talks had failed.") == [
        ("Dmitry Peskov", "indirect", "the talks had failed")
    ]


def test_told_someone_to_with_the_instruction_in_quotation_marks():
    # 'told X to "..."': the quoted instruction is the statement (a mixed one).
    assert statements('In a rare exchange, Peskov told Ivanov to "leave the room at once".') == [
        ("Dmitry Peskov", "mixed", 'told Ivanov to "leave the room at once"')
    ]


def test_said_in_a_statement_a_clause_and_that_a_second_one():
    # "said in a statement A and that B": A is the first clause, not skipped for B's "that".
    assert statements(
        "Peskov said in a statement the delegations had discussed the grain deal and that the talks "
        "would resume in May."
    ) == [
        ("Dmitry Peskov", "indirect", "the delegations had discussed the grain deal"),
        ("Dmitry Peskov", "indirect", "the talks would resume in May"),
    ]


def test_a_lead_without_its_full_stop_and_no_auxiliary_after_that_is_body():
    # The copy lost the lead's full stop after the relaying outlet: still prose, not a caption.
    assert statements(
        "Intro line.\n\n"
        "Kremlin spokesman Dmitry Peskov said that the bloc's plans to pool arms deliveries "
        "to the region show its direct part in the conflict, Examplia News reports\n\n"
        "The talks went on late into the night.\n"
    ) == [
        (
            "Dmitry Peskov",
            "indirect",
            "the bloc's plans to pool arms deliveries to the region show its direct part in the "
            "conflict",
        )
    ]


def test_a_live_blogs_first_person_after_a_statement_stays_the_newsrooms():
    # "We will bring you ...", "our correspondent": the newsroom speaks, not the envoy.
    assert statements(
        "On Monday, the envoy Jana Kovarova said that the region needs more air defence.\n\n"
        "We will bring you more updates on our live page as we get them.\n"
    ) == [("Jana Kovarova", "indirect", "the region needs more air defence")]
    assert statements(
        "The region needs more air defence, the envoy Jana Kovarova said. We spoke to our "
        "correspondent at the border about the shelters.\n"
    ) == [("Jana Kovarova", "indirect", "The region needs more air defence")]


def test_a_phrase_quoted_at_the_end_of_a_clause_with_a_long_subject():
    # The clause's verb comes after its first fifteen words: still one mixed statement.
    assert statements(
        "Plans in the capitals of the bloc about letting the army fire long-range missiles at "
        'targets deep inside the country reflect panic and a fear that they cannot win by "fair '
        'means," Kremlin spokesman Dmitry Peskov said on Sunday.'
    ) == [
        (
            "Dmitry Peskov",
            "mixed",
            "Plans in the capitals of the bloc about letting the army fire long-range missiles at "
            'targets deep inside the country reflect panic and a fear that they cannot win by "fair '
            "means",
        )
    ]


def test_an_aside_after_a_short_subject_then_its_present_verb():
    # silv12: "X, she said, <present verb> ...": the words around the aside are one clause; a
    # setting of up to nine words may open it too.
    assert statements(
        "Oksana Melnyk runs a bakery in Lviv.\n\n"
        "Her neighbours, she said, refuse to leave the village.\n\n"
        "In a basement under the old town church, she explained, the pupils sat on mats."
    ) == [
        ("Oksana Melnyk", "indirect", "Her neighbours, she said, refuse to leave the village"),
        ("Oksana Melnyk", "indirect", "the pupils sat on mats"),
    ]
    # An adverb before the verb and a participle after it: the participle reports.
    assert statements(
        "Earlier, the Examplia Border Guard reported on the drone attack on Ivanivka, noting "
        "that two guards had been wounded by the debris."
    ) == [("Examplia Border Guard", "indirect", "two guards had been wounded by the debris")]


def test_a_connective_between_commas_keeps_the_subject_before_it():
    # silv12: ", meanwhile, say more than 1,200 ...": no inverted attribution, and the
    # described subject stays the speaker.
    [(speaker, kind, said)] = statements(
        "Regional rescue services, meanwhile, say more than 1,200 homes lost power."
    )
    assert (kind, said) == ("indirect", "more than 1,200 homes lost power")
    assert speaker is None


def test_people_described_by_who_they_are_speak_after_an_opening_phrase():
    # silv12: "Later, one woman told ...", "At a vigil ..., one Ukrainian-American told ...".
    assert statements(
        "Later, one woman told reporters that her street had been shelled twice.\n\n"
        "At a vigil in the city park, one Ukrainian-American told the paper that his cousins "
        "were sleeping in a metro station."
    ) == [
        (None, "indirect", "her street had been shelled twice"),
        (None, "indirect", "his cousins were sleeping in a metro station"),
    ]


def test_said_if_then_the_claim():
    # silv12: "said if A, B": a condition and its comma open the claim; "did not say if" asks.
    assert statements(
        "The mayor said if the bridge is hit again, the district will be cut off.\n\n"
        "The governor did not say if the bridge would reopen, and the road stayed closed."
    ) == [(None, "indirect", "if the bridge is hit again, the district will be cut off")]


def test_and_a_second_subject_with_its_verb_opens_a_second_report():
    # coord9: ", and <subject> <reporting verb> <clause>" inside a reported clause ends it.
    assert statements(
        "The two envoys said Brussels had offered a credit line, and Ukraine's president said "
        "he welcomed the offer warmly."
    ) == [
        (None, "indirect", "Brussels had offered a credit line"),
        ("Volodymyr Zelensky", "indirect", "he welcomed the offer warmly"),
    ]
    assert statements(
        "Officials said the convoy had reached the depot, and Jane Roe told reporters the "
        "trucks would leave at dawn."
    ) == [
        (None, "indirect", "the convoy had reached the depot"),
        ("Jane Roe", "indirect", "the trucks would leave at dawn"),
    ]


def test_and_a_known_persons_name_with_its_verb_opens_a_report_without_a_comma():
    assert statements(
        "Peskov said the convoy had been stopped and Zelensky said the drivers were safe."
    ) == [
        ("Dmitry Peskov", "indirect", "the convoy had been stopped"),
        ("Volodymyr Zelensky", "indirect", "the drivers were safe"),
    ]


def test_as_reported_by_a_source_opens_the_main_clause_as_its_words():
    # coord9: "As (previously) reported by X, (citing ...,) A" and "As X reported earlier, A".
    assert statements(
        "As earlier reported by Peskov, citing radio intercepts, enemy units are massing near "
        "the northern border."
    ) == [("Dmitry Peskov", "indirect", "enemy units are massing near the northern border")]
    assert statements(
        "As Jane Roe noted on Tuesday, the depot has not received fuel for a week."
    ) == [("Jane Roe", "indirect", "the depot has not received fuel for a week")]
    assert statements(
        "As Peskov reported earlier, the delegation will arrive in the capital on Friday."
    ) == [("Dmitry Peskov", "indirect", "the delegation will arrive in the capital on Friday")]
    assert statements(
        "As Peskov noted earlier on Sunday, the delegation has left for the talks."
    ) == [("Dmitry Peskov", "indirect", "the delegation has left for the talks")]
    assert statements(
        "As stated in the Kremlin's latest statement, the delegation has left for the talks."
    ) == [("Kremlin", "indirect", "the delegation has left for the talks")]
    # ("As expected by analysts" is no report.)
    assert statements("As expected by analysts, the bridge stayed closed all week.") == []


def test_as_reported_by_a_source_after_the_statement():
    # coord9: "<statement>, as (previously) reported by X." and ", as X noted earlier.".
    assert statements("The ferry line will reopen in June, as earlier reported by Peskov.") == [
        ("Dmitry Peskov", "indirect", "The ferry line will reopen in June")
    ]
    assert statements("The ferry line will reopen in June, as Peskov noted on Friday.") == [
        ("Dmitry Peskov", "indirect", "The ferry line will reopen in June")
    ]
