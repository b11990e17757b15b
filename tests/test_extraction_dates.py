"""Statement dates (extraction 1.8): families of date errors met on the real development
corpus, on text written here, with the article's date given as a sidecar gives it."""

import datetime as dt

from statements.extraction import extract
from tests.test_extraction_news import GAZETTEER

PUBLISHED = dt.date(2022, 3, 2)  # a Wednesday


def dated(text, published=PUBLISHED):
    result = extract(text, gazetteer=GAZETTEER, published=published)
    return [(s.speaker, s.text, s.said_on) for s in result.statements]


def test_a_timeline_entry_heading_dates_its_entry_until_the_next_heading():
    assert dated(
        "Here are the key events of the week.\n\n"
        "February 21: Putin recognises two separatist regions.\n\n"
        "Zelensky urged people to remain calm, saying, “We are not afraid of anyone.”\n\n"
        "February 22: Parliament authorises the use of force.\n\n"
        "Peskov said the move was a response to Western pressure.\n"
    ) == [
        ("Volodymyr Zelensky", "We are not afraid of anyone.", dt.date(2022, 2, 21)),
        ("Volodymyr Zelensky", "urged people to remain calm", dt.date(2022, 2, 21)),
        ("Dmitry Peskov", "the move was a response to Western pressure", dt.date(2022, 2, 22)),
    ]


def test_days_counted_from_the_date_the_narrative_told():
    assert dated(
        "Peskov said on Monday that Russia was ready to talk.\n\n"
        "Zelensky had said the day before that Ukraine would not give up land.\n"
    ) == [
        ("Dmitry Peskov", "Russia was ready to talk", dt.date(2022, 2, 28)),
        ("Volodymyr Zelensky", "Ukraine would not give up land", dt.date(2022, 2, 27)),
    ]
    assert dated(
        "Peskov said on Monday that Russia was ready to talk. "
        "Zakharova had said two days earlier that the offer stood.\n"
    ) == [
        ("Dmitry Peskov", "Russia was ready to talk", dt.date(2022, 2, 28)),
        ("Maria Zakharova", "the offer stood", dt.date(2022, 2, 26)),
    ]


def test_according_to_a_statement_issued_with_the_news_is_dated_as_the_article():
    assert dated(
        "According to the statement, Ukrainian forces have lost up to 560 soldiers in the past day."
    ) == [(None, "Ukrainian forces have lost up to 560 soldiers in the past day", PUBLISHED)]


def test_according_to_a_source_is_dated_as_the_article_when_its_date_is_known():
    # A claim on record "according to" a source, with no date of its own, stands as of the
    # article's date when the page is dated (a sidecar or a header) ...
    assert dated("According to officials, the bridge has been closed for repairs.") == [
        (None, "the bridge has been closed for repairs", PUBLISHED)
    ]
    # ... but not as of the newest date an undated page happens to tell.
    assert dated(
        "Officials met on March 1, 2022 to discuss the floods.\n\n"
        "According to officials, the bridge has been closed for repairs.",
        published=None,
    ) == [(None, "the bridge has been closed for repairs", None)]


def test_earlier_time_words_inside_a_quotation_do_not_undate_the_attribution():
    said = dated(
        "Those are the goals of the alliance, Peskov said, adding: “We will never send troops, "
        "as was never the case in the past.”"
    )
    assert ("Dmitry Peskov", "Those are the goals of the alliance", PUBLISHED) in said
    assert dated(
        "“We have repeatedly stressed the need for talks,” Zakharova said, adding, "
        "“All sides must show restraint.”"
    ) == [
        ("Maria Zakharova", "We have repeatedly stressed the need for talks,", PUBLISHED),
        ("Maria Zakharova", "All sides must show restraint.", PUBLISHED),
    ]
    # Said of the attribution itself, the words stay undated.
    assert dated("Peskov had previously said the goals of the alliance were limited.") == [
        ("Dmitry Peskov", "the goals of the alliance were limited", None)
    ]


def test_answers_in_an_interview_take_the_day_the_article_says_it_was_held():
    from statements.extraction import ActorEntry, Gazetteer

    gazetteer = Gazetteer(actors=(ActorEntry("Dmytro Kuleba", aliases=("Kuleba",)),))
    result = extract(
        "Meduza spoke to Dmytro Kuleba about the war.\n\n"
        "Please note. This interview was conducted on February 28, 2022.\n\n"
        "Q: Will Ukraine negotiate?\n\n"
        "A: We will talk, but we will not give up a single region of our country.\n",
        gazetteer=gazetteer,
        published=PUBLISHED,
    )
    assert [(s.speaker, s.text, s.said_on) for s in result.statements] == [
        (
            "Dmytro Kuleba",
            "We will talk, but we will not give up a single region of our country.",
            dt.date(2022, 2, 28),
        )
    ]


def test_a_live_blog_date_line_dates_the_entries_under_it():
    assert dated(
        "Live updates\n\n"
        "February 27, 2022\n\n"
        "10:30 a.m. Peskov told reporters the delegation was ready to travel to Belarus.\n\n"
        "March 1, 2022\n\n"
        "9:15 a.m. Zelensky said the city of Kharkiv had been shelled overnight.\n"
    ) == [
        ("Dmitry Peskov", "the delegation was ready to travel to Belarus", dt.date(2022, 2, 27)),
        (
            "Volodymyr Zelensky",
            "the city of Kharkiv had been shelled overnight",
            dt.date(2022, 3, 1),
        ),
    ]


def test_the_date_of_the_event_a_count_runs_since_does_not_date_the_statement():
    assert dated(
        "Peskov said 498 Russian soldiers had been killed in Ukraine, the first toll since "
        "President Vladimir Putin launched his invasion on February 24. Zelensky said the real "
        "toll was likely higher.\n"
    ) == [
        ("Dmitry Peskov", "498 Russian soldiers had been killed in Ukraine", PUBLISHED),
        ("Volodymyr Zelensky", "the real toll was likely higher", PUBLISHED),
    ]


def test_according_to_a_statement_from_a_named_issuer_is_dated_by_the_article():
    text = (
        "Ukraine has been invited to a meeting of the alliance's foreign ministers next week, "
        "according to a statement from the military alliance headquartered in Brussels.\n"
    )
    assert dated(text) == [
        (
            None,
            "Ukraine has been invited to a meeting of the alliance's foreign ministers next week",
            PUBLISHED,
        )
    ]


def test_the_date_the_war_began_told_as_background_dates_no_statement():
    text = (
        "On February 24, 2022, Russia launched its full-scale invasion of Ukraine. Peskov "
        "claimed that the border towns were calm.\n\n"
        "“We see no threat,” he said.\n"
    )
    # No article date: the war's start is no estimate of it either.
    result = extract(text, gazetteer=GAZETTEER, published=None)
    assert [(s.speaker, s.said_on) for s in result.statements] == [
        ("Dmitry Peskov", None),
        ("Dmitry Peskov", None),
    ]
    # With the article's date, the statements take it, not the war's start.
    assert [
        s.said_on for s in extract(text, gazetteer=GAZETTEER, published=PUBLISHED).statements
    ] == [
        PUBLISHED,
        PUBLISHED,
    ]


def test_a_day_told_inside_the_words_dates_neither_the_speaker_nor_the_paragraph():
    # PUBLISHED is a Wednesday: "last Thursday" is February 24, when the agreeing took place.
    said = dated(
        "Peskov said on Tuesday that the delegations had agreed to meet last Thursday. "
        "He said the talks would be difficult. "
        "Zakharova said the venue was not yet chosen.\n"
    )
    assert said == [
        ("Dmitry Peskov", "the delegations had agreed to meet last Thursday", dt.date(2022, 3, 1)),
        ("Dmitry Peskov", "the talks would be difficult", dt.date(2022, 3, 1)),
        ("Maria Zakharova", "the venue was not yet chosen", PUBLISHED),
    ]


def test_a_month_told_of_one_statement_is_not_carried_to_the_speakers_next_words():
    assert dated(
        "Recalling his tour of the region last month, Peskov said the partners had been helpful.\n\n"
        "“The risk remains high,” Peskov said.\n"
    ) == [
        ("Dmitry Peskov", "the partners had been helpful", dt.date(2022, 2, 1)),
        ("Dmitry Peskov", "The risk remains high,", PUBLISHED),
    ]


def test_earlier_this_week_is_a_day_before_the_article_within_its_week():
    # Wednesday's article: Monday or Tuesday; the middle of the span, Tuesday.
    assert dated("Earlier this week, Peskov said the offer stood.") == [
        ("Dmitry Peskov", "the offer stood", dt.date(2022, 3, 1))
    ]
    # A Sunday's article: Monday to Saturday; Thursday.
    assert dated(
        "Earlier this week, Peskov said the offer stood.", published=dt.date(2022, 3, 6)
    ) == [("Dmitry Peskov", "the offer stood", dt.date(2022, 3, 3))]
    # "this week" alone stays the article's day.
    assert dated("Peskov said this week that the offer stood.") == [
        ("Dmitry Peskov", "the offer stood", PUBLISHED)
    ]


def test_a_day_the_narrative_tells_in_the_week_before_the_article_dates_the_story():
    # PUBLISHED is Wednesday March 2: the story happened on Saturday February 26.
    assert dated(
        "On February 26, the ministers of the region met in the capital.\n\n"
        "“We will stand together,” Zakharova said.\n\n"
        "Peskov said the meeting was useful.\n"
    ) == [
        ("Maria Zakharova", "We will stand together,", dt.date(2022, 2, 26)),
        ("Dmitry Peskov", "the meeting was useful", dt.date(2022, 2, 26)),
    ]
    # Not a day long before the article, nor the day the invasion began.
    for day in ("On February 12", "On February 24"):
        assert dated(
            f"{day}, the ministers of the region met in the capital.\n\n"
            "“We will stand together,” Zakharova said.\n"
        ) == [("Maria Zakharova", "We will stand together,", PUBLISHED)]
    # A speaker dated before keeps that date; a day told in a statement's sentence is its own.
    assert dated(
        "Zakharova said on Tuesday that talks were possible.\n\n"
        "On February 26, the ministers of the region met in the capital.\n\n"
        "“We will stand together,” Zakharova said.\n"
    ) == [
        ("Maria Zakharova", "talks were possible", dt.date(2022, 3, 1)),
        ("Maria Zakharova", "We will stand together,", dt.date(2022, 3, 1)),
    ]


def test_a_day_told_right_after_a_speakers_verb_dates_that_speaker_not_the_paragraph():
    assert dated(
        "Zakharova claimed on February 27 that the talks had failed. "
        "The talks will resume next month, Peskov said.\n"
    ) == [
        ("Maria Zakharova", "the talks had failed", dt.date(2022, 2, 27)),
        ("Dmitry Peskov", "The talks will resume next month", PUBLISHED),
    ]
    # A day that opens the sentence sets the paragraph's scene: it dates them both.
    assert dated(
        "On February 27, Zakharova said that the talks had failed. "
        "The talks will resume next month, Peskov said.\n"
    ) == [
        ("Maria Zakharova", "the talks had failed", dt.date(2022, 2, 27)),
        ("Dmitry Peskov", "The talks will resume next month", dt.date(2022, 2, 27)),
    ]


def test_a_leads_undated_words_take_the_day_the_speaker_is_next_said_to_have_spoken():
    # PUBLISHED is Wednesday March 2; "on Monday" is February 28.
    assert dated(
        "Peskov has warned that the talks could collapse.\n\n"
        "“The risk is high,” Peskov said on Monday.\n"
    ) == [
        ("Dmitry Peskov", "the talks could collapse", dt.date(2022, 2, 28)),
        ("Dmitry Peskov", "The risk is high,", dt.date(2022, 2, 28)),
    ]
    # Another speaker's day is not his.
    assert dated(
        "Peskov has warned that the talks could collapse.\n\n"
        "“The risk is high,” Zakharova said on Monday.\n"
    )[0] == ("Dmitry Peskov", "the talks could collapse", PUBLISHED)


def test_a_date_inside_reported_words_dates_no_later_statement_of_the_paragraph():
    # The date belongs to the event Peskov reports, not to anyone's speaking; the next
    # sentence of the paragraph is dated by the article, not by that event.
    assert dated(
        "Peskov says the convoy crossed the river on Feb. 12 to guard the depots. "
        "Zelensky says the claim is a pretext.\n"
    ) == [
        ("Dmitry Peskov", "the convoy crossed the river on Feb. 12 to guard the depots", PUBLISHED),
        ("Volodymyr Zelensky", "the claim is a pretext", PUBLISHED),
    ]


def test_a_few_days_earlier_is_an_unstated_day_not_the_speakers_last_one():
    assert dated(
        "Peskov spoke to reporters on Monday. “Nothing has changed,” Peskov said.\n\n"
        "A few days earlier, Peskov said the talks had stalled.\n\n"
        "Recall that Peskov said the envoys would meet again.\n"
    ) == [
        ("Dmitry Peskov", "Nothing has changed,", dt.date(2022, 2, 28)),
        ("Dmitry Peskov", "the talks had stalled", None),
        ("Dmitry Peskov", "the envoys would meet again", None),
    ]


def test_a_sentence_pointing_back_to_the_words_tells_when_they_were_said():
    assert dated(
        "Zakharova says the talks have failed.\n\n"
        "She said this to a radio station during a visit on February 20, but it was "
        "aired only on Monday.\n\n"
        "“Nobody listens to us,” Zakharova said.\n"
    ) == [
        ("Maria Zakharova", "the talks have failed", dt.date(2022, 2, 20)),
        ("Maria Zakharova", "Nobody listens to us,", dt.date(2022, 2, 20)),
    ]
    # Someone else's name: not the words before.
    assert dated(
        "Zakharova says the talks have failed.\n\n"
        "Peskov said this in an interview on February 20.\n"
    )[0] == ("Maria Zakharova", "the talks have failed", PUBLISHED)


def test_a_live_page_summary_sourced_by_according_to_takes_the_pages_date():
    assert dated(
        "Shelling hit the port of Izmail twice overnight, according to the regional governor, "
        "Jane Roe.\n"
    ) == [("Jane Roe", "Shelling hit the port of Izmail twice overnight", PUBLISHED)]


def test_a_trailing_setting_closes_the_reported_clause_and_dates_it():
    # ", speaking ... on Friday", ", in an interview published on Monday": when and where the
    # words were said, not part of them.
    assert dated(
        "Jane Doe said the depot had reopened, speaking at a forum in Lviv on Friday."
    ) == [("Jane Doe", "the depot had reopened", dt.date(2022, 2, 25))]
    assert dated(
        "The ministry said the depot had reopened, in an interview published on Monday."
    ) == [(None, "the depot had reopened", dt.date(2022, 2, 28))]
    assert dated("“The depot has reopened,” Jane Doe said, speaking on Friday.") == [
        ("Jane Doe", "The depot has reopened,", dt.date(2022, 2, 25))
    ]


def test_a_day_written_without_on_between_the_verb_and_that_dates_the_words():
    assert dated("Jane Doe said Feb. 25 that the depot had reopened.") == [
        ("Jane Doe", "the depot had reopened", dt.date(2022, 2, 25))
    ]
    assert dated("Jane Doe said 25 February that the depot had reopened.") == [
        ("Jane Doe", "the depot had reopened", dt.date(2022, 2, 25))
    ]


def test_a_day_between_a_verb_that_opens_the_words_and_their_content_dates_them():
    assert dated("Jane Doe vowed on Friday to rebuild the depot before winter.") == [
        ("Jane Doe", "vowed on Friday to rebuild the depot before winter", dt.date(2022, 2, 25))
    ]
    assert dated("Jane Doe urged the council on Monday to rebuild the depot.") == [
        ("Jane Doe", "urged the council on Monday to rebuild the depot", dt.date(2022, 2, 28))
    ]
    # A day inside what is urged is not the urging's.
    assert dated("Jane Doe urged the council to rebuild the depot by Monday.") == [
        ("Jane Doe", "urged the council to rebuild the depot by Monday", PUBLISHED)
    ]


def test_a_month_told_of_a_statement_carries_to_its_speakers_next_words_in_the_paragraph():
    assert dated("“The depot has reopened,” Peskov said last month. “The crews are safe.”") == [
        ("Dmitry Peskov", "The depot has reopened,", dt.date(2022, 2, 1)),
        ("Dmitry Peskov", "The crews are safe.", dt.date(2022, 2, 1)),
    ]


def test_a_day_after_the_articles_dates_no_statement_of_the_paragraph():
    assert dated(
        "On January 1, 2023, the toll road will close. Jane Doe said the depot had reopened."
    ) == [("Jane Doe", "the depot had reopened", PUBLISHED)]


def test_the_day_of_a_coming_event_the_words_precede_does_not_date_them():
    assert dated("Ahead of talks on Friday, Jane Doe said the depot had reopened.") == [
        ("Jane Doe", "the depot had reopened", PUBLISHED)
    ]
    assert dated("Ahead of Friday's vote, Jane Doe said the depot had reopened.") == [
        ("Jane Doe", "the depot had reopened", PUBLISHED)
    ]


def test_over_the_weekend_is_the_saturday_of_the_last_weekend():
    # A Wednesday's article: the weekend before it.
    assert dated("Jane Doe said over the weekend that the depot had reopened.") == [
        ("Jane Doe", "the depot had reopened", dt.date(2022, 2, 26))
    ]
    # A Sunday's article: its own weekend.
    assert dated(
        "At the weekend, Jane Doe said the depot had reopened.", published=dt.date(2022, 3, 6)
    ) == [("Jane Doe", "the depot had reopened", dt.date(2022, 3, 5))]


def test_a_weekday_the_narrative_tells_dates_the_story_unless_it_is_to_come():
    # Wednesday's article; the narrative's Monday is the story's day ...
    assert dated(
        "On Monday, Jane Doe toured the port.\n\n“The crews are safe,” Jane Doe said.\n"
    ) == [("Jane Doe", "The crews are safe,", dt.date(2022, 2, 28))]
    # ... but a Friday that is to come names no day anyone spoke on.
    for narrative in (
        "The ministers will meet in Vienna on Friday.",
        "Talks are scheduled for Friday.",
        "The ministers meet again next Friday.",
    ):
        assert dated(f"{narrative}\n\n“The crews are safe,” Jane Doe said.\n") == [
            ("Jane Doe", "The crews are safe,", PUBLISHED)
        ]


def test_a_wire_datelines_day_yields_to_the_day_the_sentence_says_the_words_were_said():
    assert dated(
        "KYIV, March 1 (Wire) - Jane Doe said on Monday that the depot had reopened.\n"
    ) == [("Jane Doe", "the depot had reopened", dt.date(2022, 2, 28))]
    # Without a day of its own, the words take the dateline's.
    assert dated("KYIV, March 1 (Wire) - Jane Doe said that the depot had reopened.\n") == [
        ("Jane Doe", "the depot had reopened", dt.date(2022, 3, 1))
    ]


def test_a_narrators_ahead_of_closes_the_reported_clause():
    assert dated("Jane Doe said the depot had reopened, ahead of talks on Friday.") == [
        ("Jane Doe", "the depot had reopened", PUBLISHED)
    ]


def test_a_year_or_the_end_of_a_month_told_of_the_speaking_dates_the_words():
    assert [
        (s.said_on, s.said_on_precision)
        for s in extract(
            "Jane Doe said in 2019 that the depot had reopened.",
            gazetteer=GAZETTEER,
            published=PUBLISHED,
        ).statements
    ] == [(dt.date(2019, 1, 1), "year")]
    assert dated("Last year, Jane Doe said the depot had reopened.") == [
        ("Jane Doe", "the depot had reopened", dt.date(2021, 1, 1))
    ]
    assert dated("Jane Doe said at the end of January that the depot had reopened.") == [
        ("Jane Doe", "the depot had reopened", dt.date(2022, 1, 1))
    ]


def test_a_day_inside_one_statements_words_does_not_date_the_next_of_the_sentence():
    assert dated("Jane Doe said the depot had reopened in 2019 and she wanted the crews paid.") == [
        ("Jane Doe", "the depot had reopened in 2019", PUBLISHED),
        ("Jane Doe", "she wanted the crews paid", PUBLISHED),
    ]


def test_a_relative_clause_that_tells_when_the_speaker_spoke_dates_the_words():
    assert dated("Jane Doe, who spoke on Friday, said the depot had reopened.") == [
        ("Jane Doe", "the depot had reopened", dt.date(2022, 2, 25))
    ]
    # A clause about something else the speaker did does not.
    assert dated("Jane Doe, who visited the port on Friday, said the depot had reopened.") == [
        ("Jane Doe", "the depot had reopened", PUBLISHED)
    ]


def test_a_setting_after_an_according_to_source_is_skipped_and_dates_the_words():
    assert dated("According to Jane Doe, speaking on Friday, the depot had reopened.") == [
        ("Jane Doe", "the depot had reopened", dt.date(2022, 2, 25))
    ]


def test_a_narrators_a_day_after_closes_the_reported_clause():
    assert dated(
        "Jane Doe said on Saturday that the depot had reopened, a day after the storm on Friday."
    ) == [("Jane Doe", "the depot had reopened", dt.date(2022, 2, 26))]


def test_a_speakers_day_carries_to_their_words_after_several_other_voices():
    statements = dated(
        "Jane Doe said on Monday that the depot had reopened.\n\n"
        "Ann Bell said the roads were icy. Tom Hale said the school was closed.\n\n"
        "Kim Roe said the bridge was shut. Lee Park said the ferry was late.\n\n"
        "“The crews are safe,” Doe said.\n"
    )
    assert statements[0] == ("Jane Doe", "the depot had reopened", dt.date(2022, 2, 28))
    assert statements[-1] == ("Jane Doe", "The crews are safe,", dt.date(2022, 2, 28))
    # The other voices keep the article's date.
    assert {s[2] for s in statements[1:-1]} == {PUBLISHED}


def test_a_weekday_told_in_a_sentence_opened_by_she_is_the_last_named_persons():
    assert dated(
        "Jane Doe arrived in the port city.\n\n"
        "She was in the capital on Monday.\n\n"
        "“The crews are safe,” she told reporters.\n"
    ) == [("Jane Doe", "The crews are safe,", dt.date(2022, 2, 28))]


def test_an_interview_which_was_published_on_a_day_dates_the_words_in_it():
    assert dated(
        "In the interview, which was published on Monday, Jane Doe said the depot had reopened."
    ) == [("Jane Doe", "the depot had reopened", dt.date(2022, 2, 28))]
    # A relative clause of another noun does not.
    assert dated(
        "Jane Doe, citing a report, which was published on Monday, said the depot had reopened."
    ) == [("Jane Doe", "the depot had reopened", PUBLISHED)]


def test_a_year_or_weekend_between_a_pronoun_and_its_verb_keeps_the_speaker():
    for when, day in (
        ("last year", dt.date(2021, 1, 1)),
        ("over the weekend", dt.date(2022, 2, 26)),
        ("at the end of January", dt.date(2022, 1, 1)),
    ):
        assert dated(
            f"Jane Doe toured the port.\n\nShe {when} said that the depot had reopened.\n"
        ) == [("Jane Doe", "the depot had reopened", day)]
