"""Round 13, set AF (fixaf): mechanisms found in its misses, each on sentences written here."""

import datetime as dt

from statements.extraction import extract
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()


def statements(text, published=dt.date(2023, 5, 13), **metadata):
    found = extract(text, gazetteer=GAZETTEER, published=published, **metadata).statements
    return [(s.speaker, s.kind, s.text) for s in found]


def test_a_garbled_given_name_after_an_east_asian_surname_with_the_title_before_it():
    # the family name exact, the given name garbled, the title in commas before the name
    assert statements(
        "A spokesperson of the Chinese Foreign Ministry, Wang Weibon, told a briefing that "
        "Beijing wanted a ceasefire soon. He said that the envoy would visit four capitals."
    ) == [
        ("Wang Wenbin", "indirect", "Beijing wanted a ceasefire soon"),
        ("Wang Wenbin", "indirect", "the envoy would visit four capitals"),
    ]


def test_a_garbled_east_asian_given_name_needs_the_title():
    assert statements("Wang Weibon said that Beijing wanted a ceasefire soon.") == [
        ("Wang Weibon", "indirect", "Beijing wanted a ceasefire soon")
    ]


def test_the_ministry_no_text_names_is_the_body_the_address_names():
    text = (
        "“We condemn the shelling of the port town. Those who ordered it will answer for it,” "
        "the ministry said in a statement on Friday."
    )
    url = "https://example.org/news/lithuanian-foreign-ministry-condemns-shelling/"
    assert statements(text, url=url) == [
        (
            "Lithuanian Foreign Ministry",
            "direct",
            "We condemn the shelling of the port town. Those who ordered it will answer for it,",
        )
    ]
    assert statements(text, outlet="Examplia Daily (Lithuanian Foreign Ministry statement)")[0][
        0
    ] == ("Lithuanian Foreign Ministry")
    assert statements(text)[0][0] is None


def test_a_relative_clause_after_a_preposition_with_its_own_reporter_closes_the_report():
    assert statements(
        "European leaders voiced their support for Kyiv after the stormy meeting, during which "
        "Trump said the Ukrainian president was not “serious about talks”.",
        published=dt.date(2025, 3, 1),
    ) == [
        ("European leaders", "indirect", "their support for Kyiv after the stormy meeting"),
        ("Donald Trump", "mixed", "the Ukrainian president was not “serious about talks”"),
    ]


def test_an_absolute_with_phrase_and_a_dashed_aside_before_its_participle():
    assert statements(
        "The Kremlin greeted the quarrel warmly, with Dmitry Medvedev – these days a deputy "
        "head of the security council – saying that the guest had been put in his place.",
        published=dt.date(2025, 3, 1),
    ) == [("Dmitry Medvedev", "indirect", "the guest had been put in his place")]


def test_an_absolute_with_phrase_introducing_a_quotation_after_a_colon():
    assert statements(
        "The Kremlin greeted the quarrel warmly, with Dmitry Medvedev saying on his channel: "
        "“The guest got what he deserved.”",
        published=dt.date(2025, 3, 1),
    ) == [("Dmitry Medvedev", "direct", "The guest got what he deserved.")]


def test_a_bare_weekday_between_a_role_subject_and_its_verb():
    assert statements(
        "Turkey's president Thursday told his Greek counterpart he was “hopeful” a deal on the "
        "straits was near.",
        published=dt.date(2022, 11, 3),
    ) == [("Recep Tayyip Erdoğan", "mixed", "he was “hopeful” a deal on the straits was near")]


def test_but_and_a_report_after_a_perfect_predicate_with_a_number_share_the_subject():
    assert statements(
        "Moscow has massed more than 40,000 soldiers along the river, but has insisted that "
        "the drills are routine.",
        published=dt.date(2022, 2, 13),
    ) == [("Russian government", "indirect", "the drills are routine")]


def test_a_scraped_name_links_tooltip_is_no_part_of_the_sentence():
    found = statements(
        "Foreign Minister Dmytro KulebaDmytro KulebaKuleba meets envoys in RomeTalks on grain "
        "resume in IstanbulMORE on Monday said a diplomatic path remains open.\n"
        "He said President ZelenskyVolodymyr ZelenskyZelensky visits troops on the front lineMORE "
        "made the same point to the visiting envoys on Sunday.",
        published=dt.date(2023, 5, 15),
    )
    assert [(s, k) for s, k, _ in found] == [
        ("Dmytro Kuleba", "indirect"),
        ("Dmytro Kuleba", "indirect"),
    ]
    assert found[0][2] == "a diplomatic path remains open"
    assert found[1][2] == "made the same point to the visiting envoys on Sunday"


def test_a_compound_adjective_in_ed_after_a_trailing_attribution_is_no_clause():
    assert statements(
        "Poland will have the last word on the pipeline, Prime Minister Donald Tusk said "
        "Friday in a sharpening of his stance toward the flood-hit region.",
        published=dt.date(2025, 2, 22),
    ) == [("Donald Tusk", "indirect", "Poland will have the last word on the pipeline")]


def test_three_paragraphs_cut_off_with_an_ellipsis_in_a_row_are_teasers():
    found = statements(
        "“We condemn the attack,” the Lithuanian Foreign Ministry said in a statement.\n"
        '"Nobody in this room will change the position of our voters,"…\n'
        "From angry posts on social media to sharp words from analysts, the plan of…\n"
        "According to the local portal, the alliance now faces a different map of…",
        published=dt.date(2015, 1, 24),
    )
    assert found == [("Lithuanian Foreign Ministry", "direct", "We condemn the attack,")]


def test_a_phrase_quoted_at_a_clauses_end_then_told_media_and_a_long_setting():
    assert statements(
        'The envoy crossed the frontier at dawn ahead of "a nine-hour drive to the capital", '
        "Li told media from home and abroad at a press event on Friday in Beijing about the tour.",
        published=dt.date(2023, 6, 2),
    ) == [
        (
            "Li",
            "mixed",
            'The envoy crossed the frontier at dawn ahead of "a nine-hour drive to the capital"',
        )
    ]


def test_told_media_then_a_long_setting_closes_an_unquoted_statement():
    assert statements(
        "The envoy crossed the frontier at dawn ahead of a nine-hour drive to the capital, "
        "Li told media from home and abroad at a press event on Friday in Beijing about the tour.",
        published=dt.date(2023, 6, 2),
    ) == [
        (
            "Li",
            "indirect",
            "The envoy crossed the frontier at dawn ahead of a nine-hour drive to the capital",
        )
    ]


def test_as_confirmed_by_a_body_closing_the_sentence():
    assert statements(
        "The Russian leader will receive the American envoy in Moscow next week, as confirmed "
        "by the Kremlin.",
        published=dt.date(2025, 12, 1),
    ) == [
        (
            "Kremlin",
            "indirect",
            "The Russian leader will receive the American envoy in Moscow next week",
        )
    ]


def test_a_bodys_report_noun_before_its_own_verb_is_no_verb():
    assert statements(
        "The ISW report says that the offensive near the river has stalled.",
        published=dt.date(2025, 12, 1),
    ) == [
        ("Institute for the Study of War", "indirect", "the offensive near the river has stalled")
    ]


def test_it_after_a_sentence_opened_by_a_bodys_report_is_that_body():
    assert statements(
        "Contrary to earlier boasts, the ISW report dismisses claims of a rapid breakthrough. It "
        "suggests that the Kremlin wants to wear down Western resolve.",
        published=dt.date(2025, 12, 1),
    ) == [
        (
            "Institute for the Study of War",
            "indirect",
            "the Kremlin wants to wear down Western resolve",
        )
    ]


def test_a_present_verb_before_a_quoted_name_opens_a_clause():
    assert statements(
        "The bloc widened its blacklist, with the European Commission saying the step limits “Moscow’s "
        "access to Western chips and machine tools”.",
        published=dt.date(2022, 2, 22),
    ) == [
        (
            "European Commission",
            "mixed",
            "the step limits “Moscow’s access to Western chips and machine tools”",
        )
    ]


def test_a_verbs_object_then_and_that_and_a_clause_are_two_reports():
    assert statements(
        "Sikorski stressed the importance of grain corridors and that Poland would keep its "
        "border open to trucks.",
        published=dt.date(2025, 5, 27),
    ) == [
        ("Radosław Sikorski", "indirect", "the importance of grain corridors"),
        ("Radosław Sikorski", "indirect", "Poland would keep its border open to trucks"),
    ]
    assert statements(
        "Sikorski again stressed the importance Warsaw gives to grain corridors and that Poland "
        "would keep its border open to trucks.",
        published=dt.date(2025, 5, 27),
    ) == [("Radosław Sikorski", "indirect", "Poland would keep its border open to trucks")]


def test_a_capitals_place_and_its_country_then_a_dash_is_a_dateline():
    assert statements(
        "ANKARA, Turkey - Turkey's president Thursday told his Greek counterpart he was "
        "“hopeful” a deal on the straits was near.",
        published=dt.date(2022, 11, 3),
    ) == [("Recep Tayyip Erdoğan", "mixed", "he was “hopeful” a deal on the straits was near")]
