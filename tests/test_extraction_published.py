"""The publication date is read, never invented: a header, dateline, byline or "Published"
line, the URL's date, else unknown (relative dates then count from the newest date told)."""

import datetime as dt

import pytest

from statements.extraction import ActorEntry, EventEntry, Gazetteer, extract
from statements.extraction.dates import url_date, year_from_weekday

GAZETTEER = Gazetteer(
    actors=(ActorEntry("Dmitry Peskov", role="Kremlin spokesman", aliases=("Peskov",)),),
    events=(
        EventEntry(
            "full-scale-invasion",
            "Russia's full-scale invasion of Ukraine",
            dt.date(2022, 2, 24),
            keywords=("special military operation",),
        ),
    ),
)
BODY = "Peskov told reporters on Friday that the Kremlin saw no basis for any talks.\n"


def published(text, **metadata):
    result = extract(text, gazetteer=GAZETTEER, **metadata)
    return result.published, result.published_evidence


def test_an_event_the_text_mentions_is_not_the_articles_date():
    text = "Peskov said the special military operation would go on until its goals were met.\n"
    date, evidence = published(text)
    assert date is None
    assert evidence.startswith("unknown")


def test_a_deadline_is_not_the_articles_date():
    text = "Peskov said the grain deal expires on July 18, 2023, and would not be extended.\n"
    assert published(text)[0] is None


def test_a_year_less_header_takes_the_year_its_weekday_matches():
    text = "Sunday, April 14\n\n" + BODY
    date, evidence = published(text)
    assert date == dt.date(2024, 4, 14)
    assert "Sunday, April 14" in evidence


def test_year_from_weekday_stays_in_the_window():
    assert year_from_weekday(4, 14, 6, latest=dt.date(2024, 12, 31)) == 2024
    assert year_from_weekday(4, 14, 6, latest=dt.date(2024, 3, 1)) == 2019
    assert year_from_weekday(2, 29, 1, latest=dt.date(2019, 1, 1)) is None


def test_a_byline_beats_the_sites_clock_above_it():
    text = "Saturday, Jun 25, 2022\n\nScholz says Russia will not win\n\nDW, 27 May 2022\n\n" + BODY
    assert published(text)[0] == dt.date(2022, 5, 27)


def test_a_dateline_with_its_year():
    text = "MOSCOW, 10 November 2023 – " + BODY
    assert published(text)[0] == dt.date(2023, 11, 10)


def test_a_year_less_dateline_takes_the_year_its_lead_weekday_matches():
    text = "MOSCOW, July 6. /TASS/. Peskov told reporters on Thursday that talks were over.\n"
    assert published(text)[0] == dt.date(2023, 7, 6)


@pytest.mark.parametrize(
    ("url", "date"),
    [
        ("https://news.example/2024/12/08/kremlin-talks", dt.date(2024, 12, 8)),
        ("https://news.example/world/2023-05-07-peskov.html", dt.date(2023, 5, 7)),
        ("https://news.example/threats/2022/06/air-defense/368643/", None),
        ("https://news.example/post/8379", None),
    ],
)
def test_url_date(url, date):
    assert url_date(url) == date


def test_the_url_dates_an_article_without_a_header():
    text = "MOSCOW (Reuters) – " + BODY
    date, evidence = published(text, url="https://news.example/2024/12/08/kremlin-talks")
    assert date == dt.date(2024, 12, 8)
    assert "URL" in evidence
    result = extract(text, gazetteer=GAZETTEER, url="https://news.example/2024/12/08/x")
    assert [s.said_on for s in result.statements] == [dt.date(2024, 12, 6)]


def test_a_list_items_date_above_the_story_is_not_the_articles():
    text = "- Sputnik International, 1920, 25.02.2022\nRussia's Special Operation\n\n" + BODY
    assert published(text)[0] is None


def test_a_date_under_the_sites_weather_widget_is_not_the_articles():
    text = "6.6 C\n\nSunday, February 25, 2024\n\nPutin talks about the war\n\n" + BODY
    assert published(text)[0] is None


def test_a_date_line_giving_only_the_month_dates_the_article_by_its_month():
    result = extract(" date 2022-08 Talks stall again\n\n" + BODY, gazetteer=GAZETTEER)
    assert (result.published, result.published_precision) == (dt.date(2022, 8, 1), "month")
    assert "date 2022-08" in result.published_evidence
    [statement] = result.statements
    assert (statement.said_on, statement.said_on_precision) == (dt.date(2022, 8, 1), "month")


def test_a_month_given_by_the_caller_keeps_its_precision():
    result = extract(
        BODY, gazetteer=GAZETTEER, published=dt.date(2023, 3, 1), published_precision="month"
    )
    assert (result.published, result.published_precision) == (dt.date(2023, 3, 1), "month")
    assert [(s.said_on, s.said_on_precision) for s in result.statements] == [
        (dt.date(2023, 3, 1), "month")  # "on Friday": some Friday of that March
    ]


@pytest.mark.parametrize(
    "context",
    [
        "Peskov said the border would return to its 1991 lines one day.",
        "Peskov said the sanctions had been in place since 2016.",
        "Peskov said the dispute began back in 2014.",
    ],
)
def test_a_year_that_only_describes_or_starts_a_period_gives_no_year_to_a_bare_date(context):
    text = f"In an interview on May 12, Peskov spoke about the talks.\n\n{context}\n"
    result = extract(text, gazetteer=GAZETTEER)
    assert result.published is None
    assert {s.said_on for s in result.statements} == {None}


def test_a_date_after_since_starts_a_period_and_anchors_nothing():
    text = (
        "Since the invasion on February 24 last year, the war has gone on.\n\n"
        "Peskov said on Monday that the talks had stalled.\n"
    )
    result = extract(text, gazetteer=GAZETTEER)
    assert [s.said_on for s in result.statements] == [None]


def test_the_sites_clock_above_the_headline_is_not_the_articles_date():
    text = (
        "Dark Mode\n\nWednesday, 08 May 2025\n\nKremlin rules out any talks this spring\n\n" + BODY
    )
    assert published(text)[0] is None


def test_a_stamped_date_below_the_sites_clock_dates_the_article():
    text = (
        "Flag Tuesday, 16 April 2024\n\nAll news\n\n24 February 2022, 12:22\n\n"
        "Kremlin rules out any talks this spring\n\n" + BODY
    )
    assert published(text)[0] == dt.date(2022, 2, 24)


def test_a_clock_whose_weekday_the_lead_tells_dates_the_article():
    text = "Friday, May 24, 2024\n\nKremlin rules out any talks this spring\n\n" + BODY
    assert published(text)[0] == dt.date(2024, 5, 24)


def test_a_date_under_the_headline_is_a_byline_not_a_clock():
    text = (
        "Kremlin rules out any talks this spring\n\nby Jane Roe\nWednesday, 08 May 2024\n\n" + BODY
    )
    assert published(text)[0] == dt.date(2024, 5, 8)


def test_a_live_pages_dated_entries_are_not_its_date():
    text = (
        "Spring updates: reactions in Examplia\n\n"
        "3 March 2022 – Examplian army: morale is low\n\n"
        "The army's report says the invading troops lack food and fuel.\n\n"
        "2 March 2022 – Examplian minister: borders stay open\n\n" + BODY
    )
    assert published(text)[0] is None


def test_a_live_pages_dated_entry_heading_dates_its_statements():
    text = (
        "Spring updates: reactions in Examplia\n\n"
        "3 March 2022 – Examplian minister: borders stay open\n\n"
        "Peskov told reporters that the border posts would stay closed for now.\n\n"
        "2 March 2022 – Examplian army: morale is low\n\n"
        "Peskov said that the Kremlin saw no basis for any talks.\n"
    )
    result = extract(text, gazetteer=GAZETTEER)
    assert result.published is None
    assert [s.said_on for s in result.statements] == [dt.date(2022, 3, 3), dt.date(2022, 3, 2)]


def test_a_photo_credited_in_capitals_is_a_caption_not_the_articles_date():
    text = (
        "Kremlin rules out any talks this spring\n\n"
        "Queues at a border post in Examplia, 24 February 2022. JANE ROE/XPA/EPA\n\n" + BODY
    )
    result = extract(text, gazetteer=GAZETTEER)
    assert result.published is None
    # Relative dates count from the photo's date when nothing else in the text is dated.
    assert [s.said_on for s in result.statements] == [dt.date(2022, 2, 18)]


def test_a_transcripts_air_date_beats_a_later_reprints_date():
    text = (
        "October 2, 2023\n\n"
        "Below is a transcript of an interview with the Examplian envoy Jane Roe that aired "
        "Sunday, April 9, 2023, on “Morning Round”.\n\n"
        "HOST: Welcome, Ambassador.\n\nJANE ROE: Thank you for having me.\n"
    )
    date, evidence = published(text)
    assert date == dt.date(2023, 4, 9)
    assert evidence.startswith("transcript:")


def test_a_transcripts_air_date_dates_it_without_a_header():
    text = (
        "This is a transcript of the programme, which was broadcast on 12 May 2024.\n\n"
        "HOST: Welcome back.\n"
    )
    assert published(text)[0] == dt.date(2024, 5, 12)


def test_a_live_pages_update_stamp_gives_way_to_its_newest_entrys_day():
    text = (
        "Live: the war in Examplia\n\n"
        "Follow our live coverage of the war.\n\n"
        "Updated: May 14, 2023 6:10pm\n\n"
        "May 12, 2023\n\n"
        "9:15 a.m. Kremlin says no talks\n\n" + BODY
    )
    date, evidence = published(text)
    assert date == dt.date(2023, 5, 12)
    assert "May 12, 2023" in evidence


def test_an_update_stamp_without_entries_still_dates_the_page():
    text = "Kremlin rules out any talks\n\nUpdated: May 14, 2023 6:10pm\n\n" + BODY
    assert published(text)[0] == dt.date(2023, 5, 14)


def test_the_pages_date_line_glued_to_its_first_paragraph_dates_it():
    text = " date 2024-03-07 " + BODY + "\nHe added that the talks would not resume soon.\n"
    date, evidence = published(text)
    assert date == dt.date(2024, 3, 7)
    assert evidence.startswith("header: 'date 2024-03-07")


def test_the_pages_date_line_glued_to_a_caption_dates_it():
    text = " date 2024-03-07 Jane Roe at the summit. Photo: Example Agency\n\n" + BODY
    assert published(text)[0] == dt.date(2024, 3, 7)


def test_a_stamp_under_the_standfirst_dates_the_article():
    text = (
        "Kremlin rules out any talks\n\n"
        "The war in Examplia enters its third winter.\n\n"
        "Tue, 11 March 2025\n\n" + BODY
    )
    assert published(text)[0] == dt.date(2025, 3, 11)


def test_a_timelines_first_heading_under_its_introduction_is_not_the_articles_date():
    text = (
        "How the crisis unfolded\n\n"
        "The war in Examplia began after weeks of warnings.\n\n"
        "February 21, 2022\n\nThe border posts were closed overnight.\n\n"
        "February 24, 2022\n\n" + BODY
    )
    assert published(text)[0] is None


def test_a_bulleted_stamp_under_the_headline_dates_the_article():
    text = "Kremlin rules out any talks\n- 4.09.2025, 21:51\n- 1,204\n\n" + BODY
    assert published(text)[0] == dt.date(2025, 9, 4)


def test_a_bulleted_clock_above_the_headline_is_not_the_articles_date():
    text = "• Sat. Apr 20th, 2024\n\nKremlin rules out any talks this spring\n\n" + BODY
    assert published(text)[0] is None
    text = "• Sat. Apr 20th, 2024\n\nKremlin rules out any talks\n\nMay 2, 2023\n\n" + BODY
    assert published(text)[0] == dt.date(2023, 5, 2)


def test_a_photo_credits_date_in_brackets_is_no_header():
    text = (
        "Church leader calls for prayer\n\n"
        "Most read\n\n"
        "Churches in Examplia - The Weekly\n"
        "A church destroyed by shelling in Examplivka is pictured 13 Feb 2024. (Examplia News "
        "photo/Jane Roe, Reuters)\n\n"
        "The head of the church said on Sunday that the faithful would rebuild every parish.\n"
    )
    result = extract(text, gazetteer=GAZETTEER)
    assert (result.published, result.published_precision) == (None, "unknown")
