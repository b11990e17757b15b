"""Extraction 3.6: mechanisms found in round 14, each on sentences written here."""

import datetime as dt

from statements.extraction import extract
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()


def statements(text, published=dt.date(2024, 3, 15)):
    found = extract(text, gazetteer=GAZETTEER, published=published).statements
    return [(s.speaker, s.kind, s.text) for s in found]


def test_an_inverted_titled_name_followed_only_by_its_setting_is_the_speaker():
    assert statements(
        "Examplia, May 2 (Agency) - We will not send weapons to anyone at all, said Prime "
        "Minister Jane Roe (Unity) on Tuesday in the context of the planned regional summit in "
        "Vienna, adding that she wants to raise several issues there."
    ) == [
        ("Jane Roe", "indirect", "We will not send weapons to anyone at all"),
        ("Jane Roe", "indirect", "she wants to raise several issues there"),
    ]


def test_a_titled_name_followed_by_its_own_verb_is_what_was_said():
    assert statements(
        "Kuleba said Prime Minister Jane Roe on Tuesday had left the talks early, as expected."
    ) == [
        (
            "Dmytro Kuleba",
            "indirect",
            "Prime Minister Jane Roe on Tuesday had left the talks early, as expected",
        )
    ]


def test_a_pronoun_tagging_its_own_sentence_is_that_sentences_subject():
    assert statements(
        "Turkish President Jane Roe will meet her Russian counterpart Vladimir Putin on Monday "
        "to discuss the grain corridor, she announced on Sunday. Roe will, she said, try to "
        "convince Putin to resume the shipments."
    ) == [
        (
            "Jane Roe",
            "indirect",
            "Turkish President Jane Roe will meet her Russian counterpart Vladimir Putin on "
            "Monday to discuss the grain corridor",
        ),
        (
            "Jane Roe",
            "indirect",
            "Roe will, she said, try to convince Putin to resume the shipments",
        ),
    ]


def test_a_pronoun_tagging_a_sentence_about_someone_else_stays_with_the_last_speaker():
    assert statements(
        "Peskov said Moscow was talking to Washington about a settlement. Russian President "
        "Vladimir Putin remained open to talks with all parties, he added."
    ) == [
        ("Dmitry Peskov", "indirect", "Moscow was talking to Washington about a settlement"),
        (
            "Dmitry Peskov",
            "indirect",
            "Russian President Vladimir Putin remained open to talks with all parties",
        ),
    ]


def test_a_given_name_glued_to_a_surname_is_the_person_with_the_space_put_back():
    assert statements(
        "Humanitarian aid for the country is starting to wane, JaneRoberts, the Examplian deputy health minister, stated on Sunday.\n\n"
        "Roberts said that more aid was needed."
    ) == [
        ("Jane Roberts", "indirect", "Humanitarian aid for the country is starting to wane"),
        ("Jane Roberts", "indirect", "more aid was needed"),
    ]


def test_an_age_written_before_a_name_is_no_part_of_it():
    assert statements("Twenty-seven-year-old Jane Roberts said she had lost her home.") == [
        ("Jane Roberts", "indirect", "she had lost her home")
    ]


def test_an_airport_is_no_one_a_pronoun_could_stand_for():
    assert statements(
        "Pavlo Marchenko, a deputy minister, arrived on Monday.\n\nMarchenko spoke in a cargo "
        "yard near Examplia’s Chopin Airport during a delivery of beds. He thanked the donors."
        "\n\n“We need more help now,” he said."
    ) == [("Pavlo Marchenko", "direct", "We need more help now,")]


def test_the_office_of_a_president_the_gazetteer_lacks_is_named_like_the_others():
    assert statements(
        "President Macky Sall held talks in Sochi. Sall’s office said that the talks had been "
        "useful.",
        published=dt.date(2022, 6, 4),
    ) == [("Office of the President of Senegal", "indirect", "the talks had been useful")]


def test_an_ambassador_is_the_one_sent_to_the_country_after_to():
    found = [
        statements(f"{who} said that the sanctions would fail.", published=dt.date(2023, 3, 10))
        for who in ("Russia’s ambassador to the US", "The U.S. ambassador to Ukraine")
    ]
    assert found == [
        [("Anatoly Antonov", "indirect", "the sanctions would fail")],
        [(None, "indirect", "the sanctions would fail")],
    ]


def test_a_lead_role_is_the_person_a_later_paragraph_names_with_that_title():
    assert statements(
        "Three people were hurt when a drone hit a building in a border city, the regional "
        "governor said.\n\nThe attack came as the fighting in the south grew, a week after "
        "President Vladimir Putin spoke of new strikes.\n\nIn a Telegram post, regional "
        "governor Alexander Gusev said the three residents were hurt by broken glass.",
        published=dt.date(2023, 6, 9),
    ) == [
        (
            "Alexander Gusev",
            "indirect",
            "Three people were hurt when a drone hit a building in a border city",
        ),
        ("Alexander Gusev", "indirect", "the three residents were hurt by broken glass"),
    ]


def test_a_rank_before_a_new_persons_given_name_and_surname_is_no_part_of_the_name():
    assert statements("US Army Officer Jeff Lamer said that the drones were cheap.") == [
        ("Jeff Lamer", "indirect", "the drones were cheap")
    ]


def test_a_village_with_a_place_ending_is_no_misspelt_surname():
    assert statements(
        "Balitsky announced that families would leave.\n"
        "The settlements are Timoshovka, Smirnovo and Tarasovka.\n"
        "According to him, the move “will be organized within the region.”"
    ) == [
        ("Yevgeny Balitsky", "indirect", "families would leave"),
        ("Yevgeny Balitsky", "mixed", "the move “will be organized within the region.”"),
    ]


def test_a_person_named_by_a_given_name_alone_is_the_one_a_pronoun_stands_for():
    assert statements(
        "Maxim was at home when the shells began to hit his village.\n\n"
        "Shrapnel ripped through his arm.\n\n"
        "“It happened so fast,” he told reporters on Thursday from a hospital."
    ) == [("Maxim", "direct", "It happened so fast,")]


def test_a_given_name_that_is_also_part_of_a_full_name_in_the_text_is_that_persons():
    assert statements(
        "Defence Minister Chiu Kuo-cheng spoke in Taipei.\n\n"
        "“The military faces China,” Chiu said on Friday."
    ) == [("Chiu Kuo-cheng", "direct", "The military faces China,")]


def test_a_body_named_inside_the_quotation_a_description_tags_is_not_that_description():
    assert statements(
        "Russian troops are approaching the capital from the east, the Ukrainian military "
        "reported.\n\n“The enemy was repelled by the Russian forces in the north,” the army "
        "said in a message on Facebook."
    ) == [
        (
            "Ukrainian Armed Forces",
            "indirect",
            "Russian troops are approaching the capital from the east",
        ),
        (
            "Ukrainian Armed Forces",
            "direct",
            "The enemy was repelled by the Russian forces in the north,",
        ),
    ]


def test_a_role_no_one_in_the_body_holds_is_the_headlines_person_whose_role_it_is():
    assert statements(
        "Zaluzhny: the counter-offensive is hard\n\n"
        "The Commander-in-Chief believes that the allies would never attack without air "
        "superiority.",
        published=dt.date(2023, 7, 1),
    ) == [
        (
            "Valery Zaluzhny",
            "indirect",
            "the allies would never attack without air superiority",
        )
    ]


def test_a_lead_role_with_what_it_heads_is_the_person_named_next_with_that_role():
    assert statements(
        "Two officials were killed when a bomb exploded in their offices, the head of the "
        "separatist administration said.\n\n"
        "“The Kyiv regime has crossed all limits,” Leonid Pasechnik said in a statement.",
        published=dt.date(2022, 9, 16),
    ) == [
        (
            "Leonid Pasechnik",
            "indirect",
            "Two officials were killed when a bomb exploded in their offices",
        ),
        ("Leonid Pasechnik", "direct", "The Kyiv regime has crossed all limits,"),
    ]


def test_according_to_a_persons_statement_to_an_outlet_is_that_persons():
    assert statements(
        "Kharkiv Mayor Ihor Terekhov reported this on Telegram.\n\n"
        "According to Terekhov's statement to Suspilne, four drones hit the city.",
        published=dt.date(2024, 5, 1),
    ) == [("Ihor Terekhov", "indirect", "four drones hit the city")]


def test_an_editors_brackets_in_a_tag_after_a_quotation_keep_the_name_and_apposition():
    assert statements(
        "Two reporters write:\n\n“It is unpleasant to admit, but it is the truth,” [Maj. Gen. "
        "Kyrylo] Budanov [the chief of the intelligence directorate] said.",
        published=dt.date(2023, 5, 6),
    ) == [("Kyrylo Budanov", "direct", "It is unpleasant to admit, but it is the truth,")]


def test_a_rank_before_a_lone_given_name_is_no_part_of_the_name():
    assert statements(
        "Sergeant Andriy, 34, said that the shelling had not stopped. “We hold the line,” he said."
    ) == [
        ("Andriy", "indirect", "the shelling had not stopped"),
        ("Andriy", "direct", "We hold the line,"),
    ]


def test_a_relative_named_by_one_word_after_a_personal_noun_is_a_person():
    assert statements(
        "Tania's sister Olena says: “It is a happy moment that I could save them.”\n"
        "“They were so tired,” she said."
    ) == [
        ("Olena", "direct", "It is a happy moment that I could save them."),
        ("Olena", "direct", "They were so tired,"),
    ]


def test_a_womans_surname_is_never_the_gazetteer_man_with_its_masculine_form():
    assert statements(
        "Irina Sokolova’s husband called her last month.\n\nSokolova said she cried for him too."
    ) == [("Irina Sokolova", "indirect", "she cried for him too")]  # (4.5: her full name)


def test_a_platform_in_a_capitalised_run_is_never_the_interviewee():
    assert statements(
        "This interview was taken via WhatsApp Video Chat on October 6.\n\n"
        "“We were at work when the rockets fell,” Andrii told us."
    ) == [("Andrii", "direct", "We were at work when the rockets fell,")]


def test_a_lone_teaser_cut_off_with_an_ellipsis_is_no_statement():
    assert statements(
        "Kharkiv Mayor Ihor Terekhov said that the city had been hit twice overnight.\n\n"
        "Ukraine’s security service, the SBU, said it has exposed a network of …\n\n"
        "“We are restoring power,” Terekhov said."
    ) == [
        ("Ihor Terekhov", "indirect", "the city had been hit twice overnight"),
        ("Ihor Terekhov", "direct", "We are restoring power,"),
    ]


def test_a_story_paragraph_cut_off_after_its_sentences_is_kept():
    assert statements(
        "“The losses are heavy,” the minister Rustem Umerov stated. During the call, the …"
    ) == [("Rustem Umerov", "direct", "The losses are heavy,")]
