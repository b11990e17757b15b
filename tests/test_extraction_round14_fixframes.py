"""Round 14 (fixframes): reporting frames and speaker phrases, each on sentences written here."""

import datetime as dt

from statements.extraction import extract
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()


def statements(text, published=dt.date(2024, 3, 15)):
    found = extract(text, gazetteer=GAZETTEER, published=published).statements
    return [(s.speaker, s.kind, s.text) for s in found]


def test_a_light_verb_and_a_stance_noun_report_their_clause():
    assert statements(
        "Along with this, Medvedev made it apparent that the new launchers pose no threat."
    ) == [("Dmitry Medvedev", "indirect", "the new launchers pose no threat")]
    assert statements(
        "On Sunday, Medvedev voiced his displeasure that the envoys had yet to reply."
    ) == [("Dmitry Medvedev", "indirect", "the envoys had yet to reply")]


def test_a_subject_that_claims_to_have_done_something_claims_it():
    assert statements(
        "Ukraine claims to have retaken about 1,200 square kilometres of land this month, "
        "dealing a heavy blow to the invaders."
    ) == [
        (
            "Government of Ukraine",
            "indirect",
            "to have retaken about 1,200 square kilometres of land this month",
        )
    ]


def test_a_relative_clause_that_claims_to_have_done_something_reports_nothing():
    assert statements("Shelling went on in the four regions Russia claims to have annexed.") == []


def test_a_trailing_as_stated_in_a_bodys_statement_is_the_bodys():
    assert statements(
        "Radar crews, fighter jets, mobile fire teams, and other parts of the country's "
        "air defence network all took part in repelling the raid, as stated in the Ukrainian "
        "Air Force's statement."
    ) == [
        (
            "Ukrainian Air Force",
            "indirect",
            "Radar crews, fighter jets, mobile fire teams, and other parts of the country's air "
            "defence network all took part in repelling the raid",
        )
    ]


def test_as_stated_in_a_report_of_no_one_is_no_statement():
    assert statements("The bridge was hit twice, as stated in the report.") == []


def test_a_hyphenated_past_verb_makes_a_reported_clause():
    assert statements("Ukraine said its brigades counter-attacked near the river.") == [
        ("Government of Ukraine", "indirect", "its brigades counter-attacked near the river")
    ]
    assert statements("Kuleba said the war-ravaged town needs help.") == [
        ("Dmytro Kuleba", "indirect", "the war-ravaged town needs help")
    ]


def test_two_subjects_that_claim_to_have_done_something_are_the_narrators_summary():
    assert statements("Examplia and Ukraine claimed to have downed each other's drones.") == []


def test_a_participle_after_an_adverb_reports_a_second_statement():
    assert statements(
        "“We are moving north now,” Jane Roe told Examplia News, further saying they are ready "
        "to hold the line."
    ) == [
        ("Jane Roe", "direct", "We are moving north now,"),
        ("Jane Roe", "indirect", "they are ready to hold the line"),
    ]


def test_before_adding_that_opens_a_second_statement():
    assert statements(
        "“We do not feel any support,” Jane Roe said, before adding that the town will most "
        "likely fall."
    ) == [
        ("Jane Roe", "direct", "We do not feel any support,"),
        ("Jane Roe", "indirect", "the town will most likely fall"),
    ]


def test_a_person_described_then_named_by_a_call_sign_is_the_call_sign():
    assert statements(
        "“We are moving north now,” another gunner, codenamed Heron, told Examplia News."
    ) == [("Heron", "direct", "We are moving north now,")]
    assert statements(
        'In a cellar near the station, a medic who goes by the call sign "Wren" said the '
        "bandages had run out."
    ) == [("Wren", "indirect", "the bandages had run out")]


def test_a_rank_before_a_given_name_alone_is_dropped():
    assert statements(
        "Among the men freed was Sergeant Taras, who had been held for a year. “I never gave "
        "up,” he told reporters."
    ) == [("Taras", "direct", "I never gave up,")]


def test_the_mayor_of_a_described_city_is_its_mayor():
    assert statements(
        "The mayor of Ukraine's battered border city of Kharkiv on Monday said the trams "
        "would run again."
    ) == [("Ihor Terekhov", "indirect", "the trams would run again")]


def test_a_relative_clause_between_dashes_reports_and_ends_at_its_dash():
    assert statements(
        "Zelenskyy – who told Ukrainians earlier that Russia has singled him out – said in a "
        "video message that the capital would hold."
    ) == [
        ("Volodymyr Zelensky", "indirect", "Russia has singled him out"),
        ("Volodymyr Zelensky", "indirect", "the capital would hold"),
    ]


def test_a_quotation_tagged_past_a_relative_clause_between_dashes():
    assert statements(
        '"We will get through this night,” Zelenskyy – who told Ukrainians earlier that Russia '
        "has called him “enemy No. 1” – said in a video message."
    ) == [
        ("Volodymyr Zelensky", "direct", "We will get through this night,"),
        ("Volodymyr Zelensky", "mixed", "Russia has called him “enemy No. 1”"),
    ]


def test_a_summarys_items_in_headline_style_with_their_source_are_statements():
    text = (
        "Troops enter the capital\n\n"
        "In Summary\n"
        "  • Russian tanks in the western suburbs of the capital Kyiv, Ukraine says\n"
        "  • Smoke seen over the river port\n"
        "  • At least 12 schools hit by Russian shelling, Ukraine says\n"
        "  • Zelensky addressed the nation on Friday evening and pleaded for more help\n"
        "  • He says 40 Ukrainian citizens - both soldiers and civilians - died on Friday\n\n"
        "The tanks were first seen at dawn near the ring road and later moved on toward the "
        "centre of the city.\n"
    )
    assert [(s, t) for s, _, t in statements(text)] == [
        ("Government of Ukraine", "Russian tanks in the western suburbs of the capital Kyiv"),
        ("Government of Ukraine", "At least 12 schools hit by Russian shelling"),
        (
            "Volodymyr Zelensky",
            "40 Ukrainian citizens - both soldiers and civilians - died on Friday",
        ),
    ]
