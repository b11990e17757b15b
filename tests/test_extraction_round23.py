"""Extraction 4.6: what round 23 added, each on sentences written here."""

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


def test_a_pronoun_is_the_one_who_spoke_over_a_known_person_named_as_an_object():
    text = (
        "Headline\n\n"
        "John Roe said the mission would go on.\n\n"
        "The leaders are due to meet with Russian President Vladimir Putin on Saturday.\n\n"
        "However, he said the strikes would not stop the talks."
    )
    assert statements(text) == [
        ("John Roe", "the mission would go on"),
        ("John Roe", "the strikes would not stop the talks"),
    ]


def test_a_known_person_named_as_a_subject_is_still_the_pronoun():
    text = (
        "Headline\n\n"
        "John Roe said the mission would go on.\n\n"
        "Russian President Vladimir Putin met the leaders on Saturday.\n\n"
        "He said the strikes would not stop the talks."
    )
    assert statements(text) == [
        ("John Roe", "the mission would go on"),
        ("Vladimir Putin", "the strikes would not stop the talks"),
    ]


def test_a_turkish_spelling_of_a_name_is_the_gazetteer_person():
    text = "Headline\n\nVereşçuk said they asked the UN for a guarantee of safe passage."
    assert statements(text) == [
        ("Iryna Vereshchuk", "they asked the UN for a guarantee of safe passage")
    ]


def test_the_presidency_alone_is_the_office_of_the_first_president_named():
    text = (
        "Headline\n\n"
        "The Presidency said Cyril Ramaphosa had spoken to his Russian counterpart Vladimir "
        "Putin.\n\n"
        "The Presidency said that Putin had welcomed the initiative."
    )
    assert statements(text) == [
        (
            "Office of the President of South Africa",
            "Cyril Ramaphosa had spoken to his Russian counterpart Vladimir Putin",
        ),
        ("Office of the President of South Africa", "Putin had welcomed the initiative"),
    ]


def test_the_regional_military_administration_is_the_story_regions():
    text = (
        "Headline\n\n"
        "Russian troops shelled Kupiansk and Izium overnight, the regional military "
        "administration said."
    )
    assert statements(text) == [
        (
            "Kharkiv Regional Military Administration",
            "Russian troops shelled Kupiansk and Izium overnight",
        )
    ]


def test_the_regional_military_administration_of_no_one_region_stays_unnamed():
    text = (
        "Headline\n\n"
        "Russian troops shelled Kupiansk and Kherson overnight, the regional military "
        "administration said."
    )
    assert statements(text) == [(None, "Russian troops shelled Kupiansk and Kherson overnight")]


def test_a_titled_name_with_a_patronymic_does_not_break_extraction():
    text = (
        "Headline\n\n"
        "Children’s Rights Commissioner Maria Alekseyevna Lvova-Belova said the children were "
        "safe."
    )
    assert statements(text) == [("Maria Lvova-Belova", "the children were safe")]


def test_an_honorific_and_a_surname_never_named_in_full_name_a_person():
    text = "Headline\n\n“I am very hopeful,” Ms. Griffin said. “Ukrainians do not give up hope.”"
    assert statements(text) == [
        ("Griffin", "I am very hopeful,"),
        ("Griffin", "Ukrainians do not give up hope."),
    ]


def test_an_honorific_and_a_surname_named_in_full_before_are_that_person():
    text = (
        "Headline\n\nTom Griffin, a teacher, joined the rally.\n\n“I am hopeful,” Mr. Griffin said."
    )
    assert statements(text) == [("Tom Griffin", "I am hopeful,")]


def test_the_quotation_after_a_tagged_one_is_the_taggers_not_a_name_inside_it():
    text = (
        "Headline\n\n"
        "“Production can resume only when the city is returned to the Ukrainian government,” "
        "Metinvest says. “A review of the plant will be necessary.”"
    )
    assert statements(text) == [
        (
            "Metinvest",
            "Production can resume only when the city is returned to the Ukrainian government,",
        ),
        ("Metinvest", "A review of the plant will be necessary."),
    ]


def test_the_company_is_a_company_first_met_in_the_article_that_spoke_last():
    text = (
        "Headline\n\n"
        "Euroclear said that this would shatter its reputation.\n\n"
        "“It is our role to inform decision-makers,” the company said."
    )
    assert statements(text) == [
        ("Euroclear", "this would shatter its reputation"),
        ("Euroclear", "It is our role to inform decision-makers,"),
    ]


def test_a_body_described_by_its_kind_then_named():
    text = (
        "Headline\n\n"
        "Slovakian oil transporter Transpetrol said the ban did not affect other exporters."
    )
    assert statements(text) == [("Transpetrol", "the ban did not affect other exporters")]


def test_a_person_described_by_a_company_role_is_no_body():
    text = "Headline\n\nThe head of the company Jan Kowal said the ban did not affect exporters."
    assert statements(text) == [("Jan Kowal", "the ban did not affect exporters")]


def test_a_role_noun_as_representative_makes_a_speaker():
    text = (
        "Headline\n\n"
        "The Examplian special representative for Ruritania said that Examplia was considering "
        "sending weapons."
    )
    assert statements(text) == [(None, "Examplia was considering sending weapons")]


@pytest.mark.parametrize(
    ("name", "description"),
    [("Metinvest", "largest steelmaker"), ("Naftogaz", "largest energy company")],
)
def test_a_name_before_its_countrys_description_is_the_subject(name, description):
    text = (
        f"Headline\n\n{name}, Ukraine’s {description}, has announced that it cannot enforce "
        "its supply contracts."
    )
    assert statements(text) == [(name, "it cannot enforce its supply contracts")]


def test_a_countrys_description_after_a_place_is_the_subject():
    text = "Headline\n\nIn Kyiv, Ukraine's interim government said it will not recognise the vote."
    assert statements(text) == [("Government of Ukraine", "it will not recognise the vote")]


def test_a_setting_then_a_colon_then_unquoted_words():
    text = (
        "Headline\n\n"
        "John Roe wrote in a note on his Telegram page: Today, Examplia has become a testing "
        "ground for new weapons."
    )
    assert statements(text) == [
        ("John Roe", "Today, Examplia has become a testing ground for new weapons")
    ]


@pytest.mark.parametrize("subject", ["America and NATO", "the allies"])
def test_a_plural_subjects_present_verb_before_a_name(subject):
    text = f"Headline\n\nJohn Roe said {subject} use Examplia as a testing ground."
    assert statements(text) == [("John Roe", f"{subject} use Examplia as a testing ground")]


def test_an_epithet_before_a_countrys_leader_is_no_part_of_the_office():
    text = (
        "Headline\n\n"
        "The authoritarian Belarusian leader said he did not know whether Russia had such plans."
    )
    assert statements(text, published=dt.date(2022, 9, 1)) == [
        ("Alexander Lukashenko", "he did not know whether Russia had such plans")
    ]


def test_words_before_a_given_name_describe_the_person():
    text = "Headline\n\nUkrainian New Yorker Ian Kowal said it was awful."
    assert statements(text) == [("Ian Kowal", "it was awful")]


def test_a_cleric_goes_by_title_and_name():
    text = "Headline\n\nHis Eminence Metropolitan Antony said the nation had suffered enough."
    assert statements(text) == [("Metropolitan Antony", "the nation had suffered enough")]


def test_a_pronoun_after_a_subject_who_acted_on_a_day_is_that_subject():
    text = (
        "Headline\n\n"
        "The analysts are cautious, said John Doe.\n\n"
        "President Jim Roe on Friday issued only a vague report after the army denied reports "
        "that an offensive had begun. He said he was in contact with the forces."
    )
    assert statements(text)[-1] == ("Jim Roe", "he was in contact with the forces")


def test_a_bylines_reporter_is_no_pronouns_referent():
    text = (
        "Headline\n\n"
        "By John Roe, Kyiv correspondent\n\n"
        "A fisherman stands on the beach. “You can see the ships from here,” he says."
    )
    assert statements(text) == [(None, "You can see the ships from here,")]


def test_a_paragraph_of_words_alone_after_narration_about_someone_is_theirs():
    text = (
        "Headline\n\n"
        "Many residents fled the city.\n\n"
        "Anna walked out with her son and some things.\n\n"
        "She does not know if she will ever be able to return.\n\n"
        "“I don’t know what will happen – the city is no more.”"
    )
    assert statements(text) == [("Anna", "I don’t know what will happen – the city is no more.")]


def test_words_alone_after_a_quoted_paragraph_are_not_read_from_narration():
    text = (
        "Headline\n\n"
        "Many residents fled the city.\n\n"
        "“We left at night,” one resident said.\n\n"
        "“I don’t know what will happen – the city is no more.”"
    )
    assert [s for s, _ in statements(text)] == [None, None]


def test_a_report_nested_at_the_start_of_another_is_the_one_named_who_said_it():
    text = (
        "Headline\n\n"
        "The Kremlin said that Putin told Obama on Sunday that he believes the vote was legal."
    )
    assert statements(text, published=dt.date(2014, 3, 17)) == [
        ("Vladimir Putin", "he believes the vote was legal")
    ]


def test_a_stance_recalled_inside_a_report_stays_the_reporters():
    text = (
        "Headline\n\n"
        "Jane Roe said that Putin has repeatedly stressed that Moscow will continue its operation."
    )
    assert [s for s, _ in statements(text)] == ["Jane Roe"]


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\u2029"])
def test_windows_and_old_mac_line_ends_read_as_line_breaks(newline):
    text = newline.join(
        [
            "Headline",
            "",
            "Source: the Examplian Defence Ministry",
            "",
            "“We will hold the line,” John Roe said.",
            "",
            "Jane Doe said the talks had failed.",
        ]
    )
    assert statements(text) == [
        ("John Roe", "We will hold the line,"),
        ("Jane Doe", "the talks had failed"),
    ]


def test_a_phone_calls_purpose_is_no_verdict():
    text = (
        "Headline\n\nPutin called President Obama Friday to discuss a resolution to the standoff."
    )
    assert statements(text) == []


def test_a_verdict_with_called_stays():
    text = "Headline\n\nJohn Roe called the strike a war crime."
    assert statements(text) == [("John Roe", "called the strike a war crime")]


def test_reported_on_a_topic_is_no_claim():
    text = "Headline\n\nThe agency reported earlier on the plans for the two envoys to meet."
    assert statements(text) == []


def test_a_question_put_to_the_speaker_is_no_statement():
    text = (
        "Headline\n\n"
        '"Examplia has been at war since 2014. How do you experience this?" was the first '
        'question a student asked the ambassador. "We feel left alone," John Roe answered. On '
        "what grounds he had called for joining the alliance, another question read."
    )
    assert statements(text) == [("John Roe", "We feel left alone,")]


def test_a_statement_about_a_question_stays():
    text = "Headline\n\nJohn Roe said this was the key question of our time."
    assert statements(text) == [("John Roe", "this was the key question of our time")]


@pytest.mark.parametrize(
    ("mention", "body"),
    [
        ("the military administration in Sumy", "Sumy Regional Military Administration"),
        ("the Odesa Military Administration", "Odesa Regional Military Administration"),
    ],
)
def test_a_military_administration_named_by_its_place_is_that_regions(mention, body):
    text = f"Headline\n\nRussian drones hit the city overnight, {mention} said."
    assert statements(text) == [(body, "Russian drones hit the city overnight")]


def test_a_nation_named_by_its_people_speaks_as_its_state():
    text = "Headline\n\nThe Russians said they repelled an attack in the Zaporizhzhia region."
    assert statements(text) == [
        ("Russian government", "they repelled an attack in the Zaporizhzhia region")
    ]
