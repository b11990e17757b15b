"""Layout: hard-wrapped text reads as its paragraphs; offsets stay those of the original."""

import datetime as dt
import textwrap

from statements.extraction import ActorEntry, Gazetteer, extract
from statements.extraction.layout import contracted_has, repair_scraped, unwrap

GAZETTEER = Gazetteer(
    actors=(
        ActorEntry("Dmitry Peskov", role="Kremlin spokesman", aliases=("Peskov",)),
        ActorEntry("Volodymyr Zelensky", role="President of Ukraine", aliases=("Zelensky",)),
    )
)
PARAGRAPHS = [
    "Kremlin Says Talks Are Off",
    "Kremlin spokesman Dmitry Peskov told reporters on Tuesday that there was no basis for any "
    "negotiations with Kyiv as long as the Ukrainian side kept attacking Russian border regions.",
    "“We will not give up a single metre of our land, not now and not ever, whatever the "
    "Kremlin claims about the talks,” Zelensky said in his nightly video address on Tuesday.",
]


def test_a_nickname_quoted_inside_a_name_is_no_quotation_and_leaves_the_name():
    # (csweep) 'Ivo "Grey Owl" Roe': the person Ivo Roe; the nickname is none of his words.
    for text in (
        "Ivo \u201cGrey Owl\u201d Roe, the commander of the volunteer unit, said that the units "
        "had crossed the border.\n",
        'The units had crossed the border, said Ivo "Grey Owl" Roe.\n',
    ):
        found = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 1)).statements
        assert [(s.speaker, s.kind) for s in found] == [("Ivo Roe", "indirect")]
        assert found[0].text in (
            "the units had crossed the border",
            "The units had crossed the border",
        )
    # a quotation of capitalised words after a lower-case word stays one
    text = "\u201cWe Will Win,\u201d Roe said.\n"
    found = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 1)).statements
    assert [(s.kind, s.text) for s in found] == [("direct", "We Will Win,")]


def wrapped(width: int, separator: str = "\n\n") -> str:
    return separator.join(textwrap.fill(p, width) for p in PARAGRAPHS) + "\n"


def test_unwrap_keeps_the_length_and_turns_wrapping_breaks_into_spaces():
    text = wrapped(60)
    flat = unwrap(text)
    assert len(flat) == len(text)
    assert flat.rstrip("\n").split("\n\n") == PARAGRAPHS


def test_unwrap_leaves_one_paragraph_per_line_text_alone():
    text = "\n".join(PARAGRAPHS) + "\n"
    assert unwrap(text) == text


def test_single_newline_text_breaks_paragraphs_after_a_sentence_and_a_short_headline():
    flat = unwrap(wrapped(60, separator="\n"))
    assert flat.rstrip("\n").split("\n") == PARAGRAPHS


def test_a_page_widget_after_a_full_line_stays_a_line_of_its_own():
    text = textwrap.fill(PARAGRAPHS[1], 70) + "\nAdvertisement\n" + textwrap.fill(PARAGRAPHS[2], 70)
    assert "\nAdvertisement\n" in unwrap(text)


def test_wrapped_article_gives_the_statements_of_the_unwrapped_one_at_original_offsets():
    for separator in ("\n\n", "\n"):
        text = wrapped(64, separator)
        result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 5, 15))
        assert [(s.speaker, s.kind) for s in result.statements] == [
            ("Dmitry Peskov", "indirect"),
            ("Volodymyr Zelensky", "direct"),
        ]
        for s in result.statements:
            assert s.text == text[s.start : s.end]
            assert " ".join(s.text.split()).startswith(("there was no basis", "We will not give"))
        assert [s.said_on for s in result.statements] == [dt.date(2024, 5, 14)] * 2


def test_glued_sentences_are_two_sentences():
    text = (
        "Peskov said the strike hit a grain terminal in a statement.According to "
        "Ukrainian officials, three people were killed in the attack on the port.\n"
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 5, 15))
    assert [s.text for s in result.statements] == [
        "the strike hit a grain terminal in a statement",
        "three people were killed in the attack on the port",
    ]
    assert [s.speaker for s in result.statements] == ["Dmitry Peskov", "Ukrainian officials"]


def test_a_narrow_ragged_column_joins_lines_that_go_on_in_small_letters():
    text = (
        "war in ukraine\n\n"
        "The Pentagon is reluctant to\n"
        "publicly rate Ukraine's chances of\n"
        "regaining all of its territory.\n"
        "“We are careful in the way we\n"
        "talk about progress in the war,\n"
        "especially when it comes to Ukrai-\n"
        "nian capabilities and efforts,” a\n"
        "senior U.S. defense official said.\n"
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2022, 5, 8))
    assert [(s.speaker, s.speaker_mention) for s in result.statements] == [
        ("US defense official", "a senior U.S. defense official")
    ]
    assert result.statements[0].text.startswith("We are careful in the way we\ntalk about")


def test_scraper_leftovers_are_junk():
    from statements.extraction import clean

    text = "10am EST, 6pm EAT\nhttps://img.example.com/a.jpg\n/html/body/div[2]/p[3]\n5 May\n"
    labels = [p.label for p in clean.paragraphs(text)]
    assert labels == [clean.JUNK, clean.JUNK, clean.JUNK, clean.HEADLINE]


def test_a_repeated_headline_is_read_once():
    text = (
        "Peskov says the Kremlin saw no basis for talks with Kyiv this year.\n\n"
        "Peskov says the Kremlin saw no basis for talks with Kyiv this year.\n\n"
        "He spoke to reporters in Moscow on Tuesday.\n"
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 5, 15))
    assert [(s.speaker, s.start) for s in result.statements] == [("Dmitry Peskov", 12)]


def test_a_quotation_and_its_attribution_cut_off_mid_sentence_is_body_not_a_caption():
    from statements.extraction import clean

    text = (
        "Talks went on.\n'The language of ultimatums is unacceptable for Russia,' Peskov said when"
    )
    assert [p.label for p in clean.paragraphs(text)] == [clean.BODY, clean.BODY]


def test_a_live_blog_lead_without_its_full_stop_is_body_and_a_caption_stays_a_caption():
    text = (
        "04:31 PM GMT\n\n"
        "Ukraine unity at ‘most difficult point’\n\n"
        "President Volodymyr Zelensky warned that Ukraine had reached the hardest point for "
        "maintaining the unity crucial to sustaining the war effort\n\n"
        "Ukrainian servicemen fire a howitzer at Russian positions near the town of Bakhmut on "
        "Friday morning\n"
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 2, 25))
    assert [(s.speaker, s.text) for s in result.statements] == [
        (
            "Volodymyr Zelensky",
            "Ukraine had reached the hardest point for maintaining the unity crucial to "
            "sustaining the war effort",
        )
    ]


def test_a_feed_teaser_cut_off_behind_show_more_is_junk():
    text = (
        "News Feed\n\n"
        '"The fire in Warsaw was arson ordered by the Russian services," Peskov said on X.\n\n'
        "Show More\n\n"
        "Zelensky told reporters that the front line was holding near Kharkiv.\n"
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 5, 15))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Volodymyr Zelensky", "the front line was holding near Kharkiv")
    ]


def test_a_bulleted_item_starts_after_its_bullet():
    text = (
        "3. Explosions heard in Kyiv\n\n"
        "  • Ukrainian media say several explosions have been heard in the capital.\n"
        "- Ukrainian officials say the air-raid sirens sounded for three hours.\n"
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2022, 3, 3))
    assert [(s.speaker_mention, s.text) for s in result.statements] == [
        ("Ukrainian media", "several explosions have been heard in the capital"),
        ("Ukrainian officials", "the air-raid sirens sounded for three hours"),
    ]


def test_a_long_stand_first_the_body_repeats_is_read_once():
    lead = (
        "Kremlin spokesman Dmitry Peskov on Tuesday said Moscow saw no basis for talks with Kyiv "
        "this year and would not send a delegation to the conference planned in Geneva next month."
    )
    text = f"{lead}\n\nTalks stalled in the spring.\n\n{lead}\n\nHe spoke to reporters in Moscow.\n"
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 5, 15))
    assert [(s.speaker, s.start, s.text) for s in result.statements] == [
        (
            "Dmitry Peskov",
            len("Kremlin spokesman Dmitry Peskov on Tuesday said "),
            "Moscow saw no basis for talks with Kyiv this year and would not send a delegation to "
            "the conference planned in Geneva next month",
        )
    ]


def test_a_stand_first_cut_off_with_an_ellipsis_then_given_in_full_is_read_once():
    text = (
        "Peskov said the delegation would not travel to the talks, since the hosts had not...\n"
        "Peskov said the delegation would not travel to the talks, since the hosts had not "
        "sent an invitation.\n"
        "The conference opens on Friday.\n"
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 5, 15))
    assert [(s.speaker, s.text) for s in result.statements] == [
        (
            "Dmitry Peskov",
            "the delegation would not travel to the talks, since the hosts had not sent an "
            "invitation",
        )
    ]


# --- text as scrapers leave it (2.9-rec3) -------------------------------------------------------


def test_json_escapes_and_entities_are_decoded_in_the_same_length():
    text = (
        "Kyiv said the city\\u0026#039;s mayor was safe.\\r\\n\\r\\n\\u0022We hold,\\u0022 he said."
    )
    repaired = repair_scraped(text)
    assert len(repaired) == len(text)
    assert repaired == (
        'Kyiv said the city\'s           mayor was safe.  \n   \n      "We hold,"      he said.'
    )
    assert repair_scraped("He said &quot;no&quot; to the plan.") == (
        'He said      "no"      to the plan.'
    )


def test_mojibake_quotation_marks_are_read_as_the_marks_they_stand_for():
    assert repair_scraped("He said â€œwe will winâ€\x9d and Sorinâ€™s aides agreed.") == (
        "He said   “we will win”   and Sorin’s   aides agreed."
    )
    assert repair_scraped("โWe are ready,โ Sorin said. It is not yet โ Belovโs words.") == (
        "“We are ready,” Sorin said. It is not yet — Belov’s words."
    )


def test_statements_in_json_escaped_copy_keep_the_original_offsets():
    text = (
        "Kremlin spokesman Dmitry Peskov spoke on Tuesday.\\r\\n\\r\\n\\u0022We will not "
        "negotiate under fire,\\u0022 Peskov told reporters.\\r\\n\\r\\nThe talks are off."
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 15))
    assert [(s.speaker, s.kind, s.text) for s in result.statements] == [
        ("Dmitry Peskov", "direct", "We will not negotiate under fire,")
    ]
    [s] = result.statements
    assert text[s.start : s.end] == s.text


def test_a_summary_or_a_teaser_list_under_its_heading_is_not_the_story():
    text = (
        "MOSCOW: The Kremlin said on Friday that it saw no reason to hope for a quick deal.\n\n"
        "AI Brief\n"
        "- Moscow played down talk of a deal, saying nothing is settled yet.\n"
        "- The Kremlin said many details are open before any summit.\n\n"
        "“Many details are still open,” Peskov told reporters.\n\n"
        "Read also:\n"
        "• “Talks are paused”: Peskov said the envoys would not travel to Geneva"
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 15))
    assert [(s.speaker, s.kind, s.text) for s in result.statements] == [
        (None, "indirect", "it saw no reason to hope for a quick deal"),
        ("Dmitry Peskov", "direct", "Many details are still open,"),
    ]


def test_a_photo_credit_glued_to_the_next_line_is_cut_off_it():
    text = (
        "Kremlin spokesman Dmitry Peskov met a group of foreign reporters on Tuesday.\n\n"
        "BBC/Jane RoePeskov tells me: “Now you can judge it for yourself.”"
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 15))
    assert [(s.speaker, s.kind, s.text) for s in result.statements] == [
        ("Dmitry Peskov", "direct", "Now you can judge it for yourself.")
    ]


def test_a_photo_agencys_credit_glued_to_the_next_line_gets_its_line_break_back():
    assert repair_scraped("AFP via Getty ImagesThe town has held for a week.") == (
        "AFP via Getty Image\nThe town has held for a week."
    )


def test_an_html_tag_left_in_the_text_is_read_as_spaces():
    assert repair_scraped("Kyiv is ready.< /p>\n<p>The talks go on.</p>") == (
        "Kyiv is ready.     \n   The talks go on.    "
    )


def test_two_apostrophes_and_an_opening_mark_for_a_closing_one_are_quotation_marks():
    assert repair_scraped("''We will hold,'' he said.") == ' "We will hold,"  he said.'
    assert repair_scraped("“We will hold,“ he said.") == "“We will hold,” he said."
    assert repair_scraped("„Wir halten,“ sagte er.") == "„Wir halten,“ sagte er."
    text = "“We will not give up the east,“ Zelensky said."
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 15))
    assert [(s.speaker, s.kind, s.text) for s in result.statements] == [
        ("Volodymyr Zelensky", "direct", "We will not give up the east,")
    ]


def test_a_sentence_broken_across_lines_in_one_line_paragraph_text_is_joined():
    text = (
        "The ministry said on Monday that the convoy had reached the\n"
        "eastern border crossing shortly before dawn.\n"
        "The next convoy is due next week, officials said.\n"
    )
    flat = unwrap(text)
    assert len(flat) == len(text)
    assert flat.count("\n") == 2 and "the eastern border" in flat


def test_an_initialism_ends_a_sentence_before_a_word_that_only_opens_one():
    from statements.extraction.sentences import sentences

    text = "The envoy arrived in Washington, D.C. The talks begin on the U.S. Army base tomorrow."
    parts = [text[a:b].strip() for a, b in sentences(text, 0, len(text), [])]
    assert parts == [
        "The envoy arrived in Washington, D.C.",
        "The talks begin on the U.S. Army base tomorrow.",
    ]


def test_the_line_under_a_video_players_duration_is_the_videos_description():
    text = (
        "Watch\n"
        "Duration: 42 seconds\n"
        "The envoy condemned the shelling and called for the chair of the council to step down.\n"
        "The envoy said that the shelling must stop.\n"
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 5, 17))
    assert [s.text for s in result.statements] == ["the shelling must stop"]


def test_a_summary_list_with_no_prose_beside_it_is_the_story():
    text = (
        "Envoy Warns Of Winter Blackouts\n\n"
        "At a glance\n\n"
        "  • Jan Novak, a veteran Examplian diplomat, has warned that the grid could fail by January.\n"
        "  • “Every substation in the east is now a target,” Novak said in a post on Telegram.\n\n"
        "You May Like:\n"
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 15))
    assert [(s.speaker, s.kind, s.text) for s in result.statements] == [
        ("Jan Novak", "indirect", "the grid could fail by January"),
        ("Jan Novak", "direct", "Every substation in the east is now a target,"),
    ]


def test_becoming_a_member_of_an_alliance_is_the_story_not_a_membership_footer():
    text = (
        "“We are confident that Examplia will become a member of the alliance... The wording is "
        "still being discussed”, - Jan Novak noted.\n\n"
        "If you value our reporting, consider becoming a member."
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 15))
    assert [(s.speaker, s.text) for s in result.statements] == [
        (
            "Jan Novak",
            "We are confident that Examplia will become a member of the alliance... The wording "
            "is still being discussed",
        ),
    ]


def test_a_lone_lead_byte_at_a_words_start_before_a_capital_is_an_opening_quotation_mark():
    # (tlayout) A mark's two continuation bytes were dropped as control characters: "â" is left.
    assert repair_scraped('âThe bridges will stand," Roe said. Câmara agreed.') == (
        '“The bridges will stand," Roe said. Câmara agreed.'
    )
    result = extract(
        "Zelensky spoke on Monday.\n\nâOur cities will stand through the winter, and the lights "
        'will come back on,"- said the president.\n',
        gazetteer=GAZETTEER,
        published=dt.date(2024, 3, 15),
    )
    assert [(s.speaker, s.kind, s.text) for s in result.statements] == [
        (
            "Volodymyr Zelensky",
            "direct",
            "Our cities will stand through the winter, and the lights will come back on,",
        )
    ]


def test_a_names_s_standing_for_has_before_a_participle_leaves_the_name_the_subject():
    # (ulayout) "Ivo Roe’s used his speech to warn ... that": British live blogs' "has"; a
    # possessive before its noun ("Roe’s stated aim") stays one.
    text = "Ivo Roe’s used his evening speech to warn that the ferry will stop in May.\n"
    found = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 1)).statements
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        ("Ivo Roe", "indirect", "the ferry will stop in May")
    ]
    text = "Dmitry Peskov's warned that the talks will not resume this month.\n"
    found = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 1)).statements
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        ("Dmitry Peskov", "indirect", "the talks will not resume this month")
    ]
    assert contracted_has("Roe’s stated aim is a bridge.") == "Roe’s stated aim is a bridge."


def test_a_quote_icons_word_glued_to_a_quotation_is_no_part_of_it():
    # (ulayout) 'Quote"..."' lines after "She posted her comments:": the icon's word is blanked,
    # each line a bare quotation running on from the speaker before.
    text = (
        "Zelensky posted his comments on the night of the storm:\n\n"
        'Quote"The harbour will open again in a week, and every family will get its boat back."\n'
        'Quote"We will rebuild the northern pier before the first frost."\n'
    )
    found = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 1)).statements
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        ("Volodymyr Zelensky", "direct", "The harbour will open again in a week, and every family will get its boat back."),
        ("Volodymyr Zelensky", "direct", "We will rebuild the northern pier before the first frost."),
    ]  # fmt: skip


def test_an_attribution_ending_in_a_posts_link_and_a_foreign_line_is_still_read():
    # (slayout) A post copied under the story: its last sentence ends with the tweet's link and
    # no stop, a line in Arabic under it; the line is body and the attribution ends before the
    # link.
    text = (
        "The talks ended without a joint statement, and the delegations left the city at night.\n"
        "If I were in their place, I would look again at the whole proposal, Kremlin spokesman "
        "Dmitry Peskov said on Tuesday after talks at the port https://t.co/Ab12Cd34\n"
        "عاجل | المتحدث باسم الكرملين: لا اتفاق بعد\n"
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 5, 14))
    assert [(s.speaker, s.kind, s.text) for s in result.statements] == [
        ("Dmitry Peskov", "indirect", "If I were in their place, I would look again at the whole proposal"),
    ]  # fmt: skip
