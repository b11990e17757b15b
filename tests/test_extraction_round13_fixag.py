"""Round 13, set AG (fixag): mechanisms found in its misses, each on sentences written here."""

import datetime as dt

from statements.extraction import extract
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()


def statements(text, published=dt.date(2023, 5, 13), **metadata):
    found = extract(text, gazetteer=GAZETTEER, published=published, **metadata).statements
    return [(s.speaker, s.kind, s.text) for s in found]


def test_gazetteer_spellings_of_bodies_and_a_grain_handler():
    assert statements(
        "Russia's Emergency Ministry said that four rescue teams had reached the village. "
        "Ukraine's defence forces said that the bridge was still standing. "
        "The Russian leadership denies that its troops hit the hospital. "
        "Grain handler Viterra said its terminal in the port was closed for a week."
    ) == [
        ("Russian Emergencies Ministry", "indirect", "four rescue teams had reached the village"),
        ("Ukrainian Armed Forces", "indirect", "the bridge was still standing"),
        ("Russian government", "indirect", "its troops hit the hospital"),
        ("Viterra", "indirect", "its terminal in the port was closed for a week"),
    ]


def test_klitsko_is_the_kyiv_mayor():
    assert statements("Vitali Klitsko said that the metro stations were open as shelters.") == [
        ("Vitali Klitschko", "indirect", "the metro stations were open as shelters")
    ]


def test_a_quotation_after_a_participle_that_follows_a_trailing_attribution():
    # "A, the governor said, adding: “B”": the participle's subject is the governor, not A's
    assert statements(
        "Odesa governor Oleh Kiper wrote on Telegram that the alert had ended. "
        "A drone struck a grain silo near the harbour, the governor said, adding: “The blaze "
        "is out. Nobody was hurt.”"
    ) == [
        ("Oleh Kiper", "indirect", "the alert had ended"),
        ("Oleh Kiper", "direct", "The blaze is out. Nobody was hurt."),
        ("Oleh Kiper", "indirect", "A drone struck a grain silo near the harbour"),
    ]


def test_an_unnamed_subjects_report_then_this_was_announced_by_a_named_official():
    # the back reference names who spoke for the unnamed authorities: the sentence is hers
    assert statements(
        "The authorities of the Poltava region announced a curfew in three villages near the "
        "border because of the shelling. This was announced by the head of the Poltava Regional "
        "Military Administration, Filip Pronin, on local radio."
    ) == [
        (
            "Filip Pronin",
            "indirect",
            "The authorities of the Poltava region announced a curfew in three villages near the "
            "border because of the shelling",
        )
    ]


def test_according_to_a_document_posted_on_a_platform_is_the_issuers():
    assert statements(
        "The Russian Defence Ministry said its units had shot down nine drones over Bryansk. "
        "According to the ministry statement posted on the Telegram messaging app, two more were "
        "downed over the sea."
    ) == [
        (
            "Russian Defense Ministry",
            "indirect",
            "its units had shot down nine drones over Bryansk",
        ),
        ("Russian Defense Ministry", "indirect", "two more were downed over the sea"),
    ]


def test_the_countrys_minister_is_the_holder_of_that_countrys_office():
    assert statements(
        "Ukraine’s grid was hit “harder than ever”, according to the country’s energy minister, "
        "as the frost set in.",
        published=dt.date(2024, 11, 28),
    ) == [("Herman Halushchenko", "mixed", "Ukraine’s grid was hit “harder than ever”")]


def test_the_ministry_is_the_spoken_ministers_not_a_body_named_as_silent():
    assert statements(
        "Energy Minister Herman Halushchenko said that six power plants had been damaged. "
        "Russia’s Ministry of Defence has not yet commented on the strikes. "
        "The ministry said it was the ninth attack on power plants this winter.",
        published=dt.date(2024, 11, 28),
    ) == [
        ("Herman Halushchenko", "indirect", "six power plants had been damaged"),
        (
            "Ukrainian Energy Ministry",
            "indirect",
            "it was the ninth attack on power plants this winter",
        ),
    ]


def test_the_ceo_of_a_described_company_is_its_chief_not_the_company():
    assert statements(
        "The CEO of the Ukrainian state power company Ukrenergo said two substations were out.",
        published=dt.date(2023, 1, 14),
    ) == [("Volodymyr Kudrytskyi", "indirect", "two substations were out")]
    assert statements(
        "The national grid operator Ukrenergo said two substations were out.",
        published=dt.date(2023, 1, 14),
    ) == [("Ukrenergo", "indirect", "two substations were out")]


def test_the_city_administration_there_is_the_named_citys():
    assert statements(
        "The port city of Izmail lost its water supply after the strike, the city administration "
        "there said."
    ) == [
        (
            "Izmail City Administration",
            "indirect",
            "The port city of Izmail lost its water supply after the strike",
        )
    ]


def test_a_trailing_title_with_a_nationality_then_the_name_in_commas():
    assert statements(
        "The strikes also hit the port of Ochakiv, the Ukrainian governor of the region, Vitaliy "
        "Kim, said on the Telegram messaging app."
    ) == [("Vitaliy Kim", "indirect", "The strikes also hit the port of Ochakiv")]


def test_according_to_reports_from_a_named_official():
    assert statements(
        "Two schools were damaged in the night, according to reports from regional Governor "
        "Yevgeny Balitsky."
    ) == [("Yevgeny Balitsky", "indirect", "Two schools were damaged in the night")]


def test_a_dash_paragraph_that_sums_up_attributes_the_paragraph_before():
    assert statements(
        "Mayor Vitali Klitschko said that the metro was open.\n\n"
        "In the Obolonskyi district, debris damaged a parked car. The fire was put out.\n\n"
        "– Klitschko summarized."
    ) == [
        ("Vitali Klitschko", "indirect", "the metro was open"),
        (
            "Vitali Klitschko",
            "indirect",
            "In the Obolonskyi district, debris damaged a parked car. The fire was put out",
        ),
    ]
