"""Extraction 4.5: what round 22 added, each on sentences written here."""

import datetime as dt

import pytest

from statements.extraction import extract
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()
DAY = dt.date(2024, 5, 1)


def statements(text, published=DAY):
    return [
        (s.speaker, s.text)
        for s in extract(text, gazetteer=GAZETTEER, published=published).statements
    ]


def dated(text, published=DAY):
    return [
        (s.speaker, s.text, s.said_on)
        for s in extract(text, gazetteer=GAZETTEER, published=published).statements
    ]


def test_image_by_inside_a_quotation_makes_no_photo_caption():
    text = "Jane Roe spoke on Monday. “We lost our image by failing the country,” she said."
    assert statements(text) == [("Jane Roe", "We lost our image by failing the country,")]


def test_a_photo_credit_still_makes_a_caption():
    text = "Residents clear rubble in Kharkiv on Monday. Image by John Doe."
    assert statements(text) == []


def test_an_aged_person_noun_is_the_person_last_spoken_of():
    text = (
        "Olga Marchenko steps off a rubber boat in Kherson.\n"
        "“I am not afraid now, but it was scary at home,” the 65-year-old retiree said."
    )
    assert statements(text) == [
        ("Olga Marchenko", "I am not afraid now, but it was scary at home,")
    ]


@pytest.mark.parametrize(
    "subject", ["Another Kupiansk local Nadiya", "Local resident Nadiya", "Izium resident Nadiya"]
)
def test_a_capitalised_description_before_a_first_name_names_that_person(subject):
    text = f"{subject} said that she was given a room with her mother."
    assert statements(text) == [("Nadiya", "she was given a room with her mother")]


@pytest.mark.parametrize("verb", ["quoted", "reported", "cited"])
def test_the_passive_of_a_report_with_a_day_before_that(verb):
    text = (
        f"Kremlin spokesman Dmitry Peskov was {verb} as saying on the 13 February 2015 that "
        "Russia was a guarantor of the settlement."
    )
    assert dated(text) == [
        ("Dmitry Peskov", "Russia was a guarantor of the settlement", dt.date(2015, 2, 13))
    ]


def test_a_quotation_whose_every_paragraph_opens_again_is_one_speakers():
    text = (
        "The party met on Monday.\n\n"
        "“The council has hurt the country's reputation for good.\n\n"
        "“Worse still, the council is watching as the war sends the region towards hunger.\n\n"
        "“For once, stand up and fight for the region before it is too late,” said Roe."
    )
    assert [s for s, _ in statements(text)] == ["Roe", "Roe", "Roe"]


def test_narration_after_a_quotation_left_open_is_no_part_of_it():
    text = (
        "“It happened so fast,” he told reporters at the hospital, naming no one else.\n\n"
        "“I was covered in rubble up to my waist and something started to burn.\n\n"
        "Civilians have been caught in heavy shelling of their homes around the city.\n\n"
        "“At least three people were killed last night,” said reporter Jane Roe."
    )
    assert [t for _, t in statements(text)] == [
        "It happened so fast,",
        "I was covered in rubble up to my waist and something started to burn.",
        "At least three people were killed last night,",
    ]


def test_a_number_as_the_object_of_a_plural_subjects_present_verb():
    text = (
        "Headline\n\nThe Ukrainian Defence Ministry said its forces now control 386 square miles."
    )
    assert statements(text) == [
        ("Ukrainian Defense Ministry", "its forces now control 386 square miles")
    ]


def test_an_opening_phrase_without_its_comma_before_the_name():
    text = "Headline\n\nIn that address Jane Roe said the council must act to end the war."
    assert statements(text) == [("Jane Roe", "the council must act to end the war")]


def test_likewise_between_the_subject_and_its_verb_is_no_part_of_it():
    text = (
        "Headline\n\nThe Russian Defence Ministry said strikes hit a depot. "
        "The ministry likewise said rockets had struck close to the station."
    )
    assert [s for s, _ in statements(text)] == [
        "Russian Defense Ministry",
        "Russian Defense Ministry",
    ]


def test_a_city_name_broken_over_lines_loses_no_paragraph():
    text = (
        "Mothers protest in Russia\n\n"
        "Jane Roe is the mother of a conscript from Belgorod who joined the new St\n\n"
        "Petersburg protests. “He is a normal civilian,” Roe said."
    )
    result = extract(text, gazetteer=GAZETTEER, published=DAY)
    assert [s.text for s in result.statements] == ["He is a normal civilian,"]
    assert result.warnings == []


@pytest.mark.parametrize(
    "introduction, said_by, speaker",
    [
        (
            "Olga Tsukanova is the mother of a conscript from Astrakhan who joined the new St",
            "Tsukanova",
            "Olga Tsukanova",
        ),
        ("Her husband was shot in March. Courtesy of Iryna Abramova", "Abramova", "Iryna Abramova"),
        (
            "Dmytro and Tanya Shvets spent 23 days in a basement in Mariupol.",
            "Dmytro",
            "Dmytro Shvets",
        ),
    ],
)
def test_one_name_is_the_full_name_the_page_gives_once(introduction, said_by, speaker):
    text = f"Headline\n\n{introduction}\n\n“There was nothing left in our city,” {said_by} said."
    assert statements(text) == [(speaker, "There was nothing left in our city,")]


def test_one_name_given_in_two_full_names_stays_as_it_is():
    text = (
        "Headline\n\nOlga Tsukanova and Anna Tsukanova are mothers of conscripts in the new St\n\n"
        "“There was nothing left in our city,” Tsukanova said."
    )
    assert statements(text) == [("Tsukanova", "There was nothing left in our city,")]


def test_a_long_description_of_a_body_and_where_it_is_still_speaks():
    text = (
        "Headline\n\nThe local military administration in Kupiansk district of Kharkiv province "
        "said residents must comply with the evacuation order."
    )
    assert statements(text) == [(None, "residents must comply with the evacuation order")]


def test_a_plural_title_before_coordinated_names():
    text = (
        "Headline\n\nThe meeting between Presidents Putin and Ramaphosa ended. "
        "Putin said Moscow has never refused to negotiate."
    )
    assert statements(text) == [("Vladimir Putin", "Moscow has never refused to negotiate")]


def test_a_sentence_adverb_without_its_comma_before_the_subject():
    text = "Headline\n\nLater Ukraine said two of its ships were being towed."
    assert statements(text) == [("Government of Ukraine", "two of its ships were being towed")]


@pytest.mark.parametrize("mark", ['"', "“"])
def test_a_programme_told_by_its_quoted_name_then_the_clause(mark):
    close = '"' if mark == '"' else "”"
    text = (
        f"Headline\n\nJane Roe told {mark}Evening News{close} that the allies are taking steps "
        "to improve their defences."
    )
    assert statements(text) == [
        ("Jane Roe", "the allies are taking steps to improve their defences")
    ]


def test_telling_them_before_a_colon_introduces_the_quotation():
    text = (
        "Headline\n\nPresident Putin has addressed the mothers of soldiers, telling them: "
        "“I know how worried you are.”"
    )
    assert statements(text) == [("Vladimir Putin", "I know how worried you are.")]


def test_a_place_described_between_commas_after_a_role_leaves_the_role_the_subject():
    text = (
        "Headline\n\nThe mayor of Kharkiv, Ukraine’s second largest city, said on Telegram that "
        "the shelling struck civilian infrastructure."
    )
    assert statements(text) == [("Ihor Terekhov", "the shelling struck civilian infrastructure")]


def test_a_title_and_surname_is_the_full_name_the_page_gives():
    text = (
        "Headline\n\nThe flag was raised by councillors including Darryl Smalley, the executive "
        "member for culture, on Monday\n\nCllr Smalley said he hoped it would serve as an act "
        "of solidarity."
    )
    assert statements(text) == [
        ("Darryl Smalley", "he hoped it would serve as an act of solidarity")
    ]


def test_a_japanese_name_written_surname_first_is_the_gazetteers_person():
    text = (
        "Headline\n\nJapanese Defense Minister Kishi Nobuo said Japan would continue to provide "
        "support. Kishi said a plane left on Tuesday."
    )
    assert [s for s, _ in statements(text)] == ["Nobuo Kishi", "Nobuo Kishi"]


@pytest.mark.parametrize(
    "subject, speaker",
    [
        ("The Treasury Department", "US Treasury Department"),
        ("Russia's National Antiterrorism Committee", "National Antiterrorism Committee"),
        ("The Dutch-led Joint Investigation Team", "Joint Investigation Team"),
        ("Ukraine’s air defense forces", "Ukrainian Air Force"),
        ("The Baza news outlet", "Baza"),
    ],
)
def test_bodies_the_gazetteer_now_knows(subject, speaker):
    text = f"Headline\n\n{subject} said the evidence was solid."
    assert statements(text) == [(speaker, "the evidence was solid")]


def test_a_listed_city_ending_in_a_is_no_woman_a_pronoun_means():
    text = (
        "Headline\n\nOlga Marchenko steps off a rubber boat in Kherson.\n\n"
        "Her house was flooded after the dam was destroyed upstream. Officials in towns "
        "downstream from Nova Kakhovka ordered evacuations.\n\n"
        "“The water went up in an instant,” she added."
    )
    assert statements(text) == [("Olga Marchenko", "The water went up in an instant,")]


@pytest.mark.parametrize(
    "act",
    [
        "describing the alliance as a party to the conflict",
        "expressing concern for the civilians",
        "calling for talks",
        "urging both sides to stop",
    ],
)
def test_the_speakers_further_act_after_a_comma_ends_the_clause(act):
    text = f"Headline\n\nJane Roe said the shipments were an immediate threat, {act}."
    assert statements(text) == [("Jane Roe", "the shipments were an immediate threat")]


def test_photos_posted_are_no_claim():
    text = "Headline\n\nJane Roe posted photos of destroyed storage facilities on Telegram."
    assert statements(text) == []


def test_a_stored_pages_date_line_is_no_part_of_the_subject():
    text = " date 2025-04-14 World leaders have said the attack on the city was a war crime."
    assert statements(text, published=dt.date(2025, 4, 14)) == [
        ("World leaders", "the attack on the city was a war crime")
    ]


def test_the_regional_governor_of_a_story_whose_cities_lie_in_one_region():
    text = (
        "Headline\n\nRussian forces are shelling Kupiansk and the villages around it.\n"
        "The shelling kills up to 10 civilians in the city each week, the regional governor said."
    )
    assert statements(text, published=dt.date(2024, 8, 20)) == [
        ("Oleh Syniehubov", "The shelling kills up to 10 civilians in the city each week")
    ]


def test_no_regional_governor_when_the_cities_lie_in_two_regions():
    text = (
        "Headline\n\nRussian forces are shelling Kupiansk and Pokrovsk.\n"
        "The shelling kills up to 10 civilians in the city each week, the regional governor said."
    )
    assert statements(text, published=dt.date(2024, 8, 20)) == [
        (None, "The shelling kills up to 10 civilians in the city each week")
    ]


def test_the_mayor_of_a_story_about_one_city():
    text = (
        "Headline\n\nRussian forces shelled Kharkiv overnight. Three districts of Kharkiv were hit.\n"
        "The city's water supply was cut, the mayor said."
    )
    assert statements(text, published=dt.date(2023, 8, 20)) == [
        ("Ihor Terekhov", "The city's water supply was cut")
    ]


def test_a_villages_mayor_is_not_the_citys():
    text = (
        "Headline\n\nDrones struck Belgorod overnight and a village outside Belgorod.\n"
        "The village’s mayor, who spoke on condition of anonymity, was shaken. "
        "“It’s not just the car,” the mayor said."
    )
    assert statements(text, published=dt.date(2025, 6, 20)) == [(None, "It’s not just the car,")]


def test_questions_answered_after_a_person_told_a_programme_make_an_interview():
    text = (
        "Minister: the country improves its defences\n\n"
        "The drone incursion was a serious incident, Defence Minister Hanno Pevkur said.\n"
        'Pevkur told "Evening News" that the allies are taking steps to improve their defences.\n'
        "Is Russia testing the alliance and the American president's reaction?\n"
        "Certainly this is an extremely serious incident. The fact that so many drones reach "
        "allied territory is unprecedented. Equally unprecedented is that our allies had to shoot "
        "them down over their own land.\n"
        "People want to know — will we wake up one morning to find drones have strayed here?\n"
        "This incident showed, of course, that these were drones aimed at the west of the country. "
        "That they reached this far shows how the war can spill over, and we have to be ready."
    )
    assert [s for s, _ in statements(text)] == ["Hanno Pevkur"] * 4


def test_questions_answered_after_an_according_to_lead_make_an_interview():
    text = (
        "Minister: the country improves its defences\n\n"
        "The drone incursion was a serious incident, according to Defence Minister Hanno Pevkur.\n"
        "Is Russia testing the alliance and the American president's reaction?\n"
        "Certainly this is an extremely serious incident. The fact that so many drones reach "
        "allied territory is unprecedented. Equally unprecedented is that our allies had to shoot "
        "them down over their own land.\n"
        "People want to know — will we wake up one morning to find drones have strayed here?\n"
        "This incident showed, of course, that these were drones aimed at the west of the country. "
        "That they reached this far shows how the war can spill over, and we have to be ready."
    )
    assert [s for s, _ in statements(text)] == ["Hanno Pevkur"] * 3


def test_a_year_before_the_war_dates_no_undated_page():
    text = (
        "Missile strikes cathedral\n\n"
        "In the early hours of July 23, a missile struck the cathedral in Odesa. "
        "The church said the altar was destroyed.\n\n"
        "The president said the cathedral had been destroyed by the Bolsheviks in 1936."
    )
    result = extract(text, gazetteer=GAZETTEER)
    assert [s.said_on for s in result.statements] == [None, None]


@pytest.mark.parametrize(
    "sentence, said",
    [
        (
            "The spokesperson said, on regional issues, China has always promoted peace talks.",
            "on regional issues, China has always promoted peace talks",
        ),
        (
            "Colonel Jane Roe has said, in spite of the aggression, Ukraine will surely win the war.",
            "in spite of the aggression, Ukraine will surely win the war",
        ),
    ],
)
def test_the_verbs_comma_then_its_clause(sentence, said):
    assert [t for _, t in statements(f"Headline\n\n{sentence}")] == [said]


def test_a_relaying_outlet_after_the_verbs_comma_is_no_clause():
    text = "Headline\n\nThe talks will resume, Jane Roe said, the agency reported."
    assert statements(text) == [("Jane Roe", "The talks will resume")]


def test_a_report_line_without_its_full_stop_and_a_long_subject_is_prose():
    text = (
        "Kramatorsk: the statements are a provocation\n\n"
        "The Russian Ministry of Defense said that the message about the inflicted missile "
        "attack by the Russian military is a fake\n\n"
        "The ministry added that the missiles were used only by Ukraine."
    )
    assert [t for _, t in statements(text)] == [
        "the message about the inflicted missile attack by the Russian military is a fake",
        "the missiles were used only by Ukraine",
    ]


def test_a_countrys_defense_chief_is_its_defense_minister():
    text = "Headline\n\nThe Turkish defense chief said there is a consensus on the talks."
    assert statements(text, published=dt.date(2022, 7, 13)) == [
        ("Hulusi Akar", "there is a consensus on the talks")
    ]
