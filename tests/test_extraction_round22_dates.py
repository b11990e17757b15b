"""Extraction 4.5: statement dates, round 22, each rule on sentences written here."""

import datetime as dt

from statements.extraction import extract
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()
PUBLISHED = dt.date(2024, 5, 10)  # a Friday


def dated(text, published=PUBLISHED):
    return [
        (s.speaker, s.text, s.said_on)
        for s in extract(text, gazetteer=GAZETTEER, published=published).statements
    ]


def test_a_day_naming_an_event_after_the_is_not_when_the_words_were_said():
    text = (
        "Talks in Budapest\n\n"
        "“I suggested that they should announce a ceasefire immediately,” Jane Roe told a "
        "press conference following her victory in the May 5 general elections.\n"
    )
    assert dated(text) == [
        (
            "Jane Roe",
            "I suggested that they should announce a ceasefire immediately,",
            dt.date(2024, 5, 10),
        )
    ]


def test_a_day_naming_an_event_dates_the_words_when_the_article_gives_only_its_month():
    text = (
        "Talks in Budapest\n\n"
        "“I suggested that they should announce a ceasefire immediately,” Jane Roe told a "
        "press conference following her victory in the May 5 general elections.\n"
    )
    found = extract(
        text, gazetteer=GAZETTEER, published=dt.date(2024, 5, 1), published_precision="month"
    )
    assert [s.said_on for s in found.statements] == [dt.date(2024, 5, 5)]


def test_a_date_after_since_starts_a_period_and_dates_no_words():
    text = (
        "Talks in Sochi\n\n"
        "“The message is a step towards peace,” Jane Roe told reporters before her first "
        "meeting with the envoy since October last year.\n"
    )
    assert dated(text) == [
        ("Jane Roe", "The message is a step towards peace,", dt.date(2024, 5, 10))
    ]


def test_a_weekday_beats_last_week_in_the_same_sentence():
    text = (
        "Roe calls for talks\n\n"
        "In a border region the army entered last week, Jane Roe told reporters on Tuesday "
        "that the talks had failed.\n"
    )
    assert dated(text) == [("Jane Roe", "the talks had failed", dt.date(2024, 5, 7))]


def test_a_weekday_beats_earlier_this_week_in_the_same_sentence():
    text = (
        "Roe calls for talks\n\n"
        "Jane Roe on Tuesday again proposed establishing a group of countries to broker peace, "
        "saying she had discussed the matter with the envoy earlier this week.\n"
    )
    assert dated(text)[0] == (
        "Jane Roe",
        "proposed establishing a group of countries to broker peace",
        dt.date(2024, 5, 7),
    )


def test_a_lead_does_not_take_last_week_from_its_speakers_next_words():
    text = (
        "Roe calls for talks\n\n"
        "Days after visiting Kyiv, Jane Roe told the envoy that she supports an immediate end "
        "to the war.\n\n"
        "In a meeting with the envoy last week, Roe had pushed for talks, saying that “we should "
        "move in that direction without wasting any time.”\n"
    )
    assert dated(text) == [
        ("Jane Roe", "she supports an immediate end to the war", dt.date(2024, 5, 10)),
        (
            "Jane Roe",
            "“we should move in that direction without wasting any time.”",
            dt.date(2024, 5, 3),
        ),
    ]


PARAPHRASE = (
    "Leaders plan peace mission\n\n"
    "“The envoy has welcomed the initiative and expressed his desire to receive the mission,” "
    "the Kremlin said.\n\n"
    "On Tuesday, the leaders involved had held discussions “exploring ways of bringing an end "
    "to the conflict”, it added.\n"
)


def test_a_date_opening_a_paraphrase_that_quotes_words_is_the_paraphrases():
    assert dated(PARAPHRASE) == [
        (
            "Kremlin",
            "The envoy has welcomed the initiative and expressed his desire to receive the mission,",
            dt.date(2024, 5, 10),
        ),
        ("Kremlin", "exploring ways of bringing an end to the conflict", dt.date(2024, 5, 10)),
    ]


def test_a_date_right_before_fronted_words_is_still_the_speakers():
    text = "Leaders plan peace mission\n\nOn Tuesday, “we will never give up,” Jane Roe said.\n"
    assert dated(text) == [("Jane Roe", "we will never give up,", dt.date(2024, 5, 7))]


def test_a_day_after_the_place_of_a_closing_attribution_is_the_speakers():
    text = (
        "Tatars mark anniversary\n\n"
        "Nearly half “perished in the first two years after the deportation,” Jane Roe told "
        "university students in Kiev, Ukraine, May 18.\n"
    )
    assert dated(text, published=dt.date(2024, 6, 8)) == [
        (
            "Jane Roe",
            "perished in the first two years after the deportation,",
            dt.date(2024, 5, 18),
        )
    ]


def test_a_date_in_a_relative_clause_opened_by_a_preposition_is_not_the_speakers():
    text = (
        "Ministry keeps its stance\n\n"
        "Asked whether the ministry had changed the stance about which the minister spoke at the "
        "beginning of May, Jane Roe said that the ministry does not disavow its earlier statements.\n"
    )
    assert dated(text, published=dt.date(2024, 5, 20)) == [
        ("Jane Roe", "the ministry does not disavow its earlier statements", dt.date(2024, 5, 20))
    ]


def test_the_wars_first_day_recalled_weeks_later_is_not_the_paragraphs_day():
    text = (
        "Refugees leave the city\n\n"
        "About a quarter of the residents got out shortly after Russia invaded Ukraine on Feb. 24. "
        "Mayor Jane Roe has asserted that several thousand residents were taken away.\n"
    )
    assert dated(text, published=dt.date(2022, 3, 21)) == [
        ("Jane Roe", "several thousand residents were taken away", dt.date(2022, 3, 21))
    ]


def test_a_date_in_the_next_reports_words_does_not_date_the_first():
    text = (
        "Envoys meet\n\n"
        "Jane Roe said the country is willing to engage in constructive dialogue, and recalled "
        "that the other side had backed out of previous negotiations in 2022.\n"
    )
    assert dated(text, published=dt.date(2023, 6, 20))[0] == (
        "Jane Roe",
        "the country is willing to engage in constructive dialogue",
        dt.date(2023, 6, 20),
    )


def test_a_date_in_a_coordinated_clause_after_the_words_does_not_date_them():
    text = (
        "Crisis talks\n\n"
        "Jane Roe said her advisers still believed an attack could come at any time and she "
        "planned to convene them on Sunday to discuss the crisis.\n"
    )
    assert dated(text, published=dt.date(2022, 2, 18))[0] == (
        "Jane Roe",
        "her advisers still believed an attack could come at any time",
        dt.date(2022, 2, 18),
    )


def test_a_weekday_in_an_article_known_by_its_month_stays_in_that_month():
    text = (
        "Envoy warns\n\n"
        "Jane Roe said on Sunday that the protests can lead to terrible consequences.\n\n"
        "Flags were raised during the protest on May 1, 2024 in the capital.\n"
    )
    found = extract(
        text, gazetteer=GAZETTEER, published=dt.date(2024, 5, 1), published_precision="month"
    )
    assert [(s.speaker, s.said_on, s.said_on_precision) for s in found.statements] == [
        ("Jane Roe", dt.date(2024, 5, 1), "month")
    ]


def test_a_span_of_days_tells_the_story_has_reached_its_last_day():
    text = (
        "Talks conclude\n\n"
        "The two-day meetings, held on Thursday and Friday, May 2-3, were part of a brokered "
        "initiative.\n\n"
        "Jane Roe acknowledged that a lot was discussed.\n"
    )
    assert dated(text, published=dt.date(2024, 5, 6)) == [
        ("Jane Roe", "a lot was discussed", dt.date(2024, 5, 3))
    ]
