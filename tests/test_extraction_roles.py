"""A role named instead of a person is whoever held the office at the article's date."""

import datetime as dt

import pytest

from statements.extraction import ActorEntry, Gazetteer, extract

GAZETTEER = Gazetteer(
    actors=(
        ActorEntry(
            "Dmytro Kuleba",
            affiliation="Ukraine",
            role="Foreign minister of Ukraine (2020–2024)",
            description="Minister of Foreign Affairs of Ukraine from March 2020 to September 2024.",
        ),
        ActorEntry(
            "Andrii Sybiha",
            affiliation="Ukraine",
            role="Foreign minister of Ukraine",
            description="Minister of Foreign Affairs of Ukraine since September 2024.",
        ),
        ActorEntry(
            "Serhiy Kyslytsya",
            affiliation="Ukraine",
            description="First deputy foreign minister of Ukraine since 2024.",
        ),
        ActorEntry(
            "Kyrylo Budanov",
            affiliation="Ukraine",
            role="Head of Ukraine's military intelligence (HUR)",
            description="Head of the Main Intelligence Directorate of Ukraine since August 2020.",
        ),
    )
)


@pytest.mark.parametrize(
    ("subject", "published", "speaker"),
    [
        ("Ukraine's top diplomat", dt.date(2024, 5, 17), "Dmytro Kuleba"),
        ("Ukraine's top diplomat", dt.date(2025, 2, 1), "Andrii Sybiha"),
        ("The Ukrainian foreign minister", dt.date(2023, 1, 10), "Dmytro Kuleba"),
        ("The head of Ukrainian intelligence", dt.date(2024, 5, 17), "Kyrylo Budanov"),
    ],
)
def test_a_role_is_the_office_holder_at_the_articles_date(subject, published, speaker):
    text = f"{subject} said Russia was preparing a new offensive in the north.\n"
    result = extract(text, gazetteer=GAZETTEER, published=published)
    assert [s.speaker for s in result.statements] == [speaker]


def test_a_role_without_a_country_is_not_guessed():
    text = "The foreign minister said Russia was preparing a new offensive in the north.\n"
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 5, 17))
    assert [s.speaker for s in result.statements] == [None]


def test_an_outlets_language_service_is_the_outlet():
    gazetteer = Gazetteer(actors=(ActorEntry("BBC", kind="media", aliases=("BBC News",)),))
    text = (
        "According to the BBC's Russian service, at least 50,000 Russian soldiers have been "
        "killed.\n\nThe strike killed three people, according to Radio Liberty's Ukrainian "
        "service.\n"
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2024, 5, 17))
    assert [(s.speaker, s.speaker_kind) for s in result.statements] == [
        ("BBC", None),
        ("Radio Liberty", "media"),
    ]


def test_an_acronym_names_a_body():
    text = "UN agency UNICEF said 500 children had been killed since the start of the war.\n"
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 5, 17))
    assert [(s.speaker, s.speaker_kind) for s in result.statements] == [("UNICEF", "organisation")]


def test_an_aide_to_the_president_is_not_the_president_and_tenures_follow_the_office():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Vladimir Putin",
                affiliation="Russia",
                role="President of Russia",
                description="President of Russia (2000–2008, since 2012).",
            ),
            ActorEntry(
                "Dmitry Medvedev",
                affiliation="Russia",
                description="President of Russia 2008–2012, deputy chairman of the Security "
                "Council since 2020.",
            ),
            ActorEntry("Yuri Ushakov", affiliation="Russia", description="Aide to the President."),
            ActorEntry("German government", kind="state", affiliation="Germany"),
        )
    )
    text = (
        "The Russian president said Kyiv should recognize the referenda.\n\n"
        "Germany's government said new sanctions were being prepared.\n"
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2024, 5, 17))
    assert [s.speaker for s in result.statements] == ["Vladimir Putin", "German government"]


def test_the_body_and_role_phrase_is_the_person_of_that_role():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Dmitry Peskov", affiliation="Russia", role="Kremlin spokesman"),
            ActorEntry("Yuri Ushakov", affiliation="Russia", role="Presidential aide"),
            ActorEntry("Kremlin", kind="organisation", affiliation="Russia"),
        )
    )
    text = (
        "Kremlin foreign policy adviser Yuri Ushakov said the talks had gone well.\n\n"
        "According to the Kremlin adviser, the meeting focused on prisoner exchanges.\n\n"
        "The Kremlin spokesman said the meeting was useful.\n"
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2025, 11, 26))
    assert [s.speaker for s in result.statements] == [
        "Yuri Ushakov",
        "Yuri Ushakov",
        "Dmitry Peskov",
    ]


def test_unnamed_officials_of_a_known_body_speak_as_that_body():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Pentagon", kind="organisation", aliases=("US Defense Department",)),
            ActorEntry("US State Department", kind="organisation", aliases=("State Department",)),
            ActorEntry("US government", kind="state", aliases=("U.S. government",)),
        )
    )
    text = (
        "A senior U.S. defense official said Kyiv would get more air defence systems.\n\n"
        "Russia conducted more than 60 missile strikes over the weekend, the official said.\n\n"
        "A State Department spokesman said the visit had been cancelled at short notice.\n\n"
        "Two U.S. officials told reporters the talks would resume next month.\n"
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2022, 6, 27))
    assert [s.speaker for s in result.statements] == [
        "Pentagon",
        "Pentagon",
        "US State Department",
        "US officials",
    ]


FORCES = Gazetteer(
    actors=(
        ActorEntry(
            "Russian Armed Forces",
            kind="organisation",
            affiliation="Russia",
            aliases=("Armed Forces of the Russian Federation",),
        ),
        ActorEntry(
            "Ukrainian Armed Forces",
            kind="organisation",
            affiliation="Ukraine",
            aliases=("Armed Forces of Ukraine",),
        ),
    )
)


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("A top Russian general", "Russian Armed Forces"),
        ("Two Ukrainian commanders", "Ukrainian Armed Forces"),
        ("A general", None),  # no country: no side
    ],
)
def test_an_unnamed_general_speaks_for_his_countrys_armed_forces(subject, speaker):
    text = f"{subject} said the Kremlin will ramp up its air defenses near Finland.\n"
    found = extract(text, gazetteer=FORCES, published=dt.date(2023, 4, 11)).statements
    assert [(s.speaker, s.text) for s in found] == [
        (speaker, "the Kremlin will ramp up its air defenses near Finland")
    ]


def test_an_indefinite_commander_is_no_holder_of_an_office_named_commander():
    gazetteer = Gazetteer(
        actors=(
            *FORCES.actors,
            ActorEntry(
                "Petro Hrabets",
                affiliation="Ukraine",
                role="Commander of the Ukrainian Navy",
            ),
        )
    )
    text = (
        "A Ukrainian commander said the enemy was attacking the town from three sides.\n\n"
        "“We have never seen such an assault on the town before,” said a Ukrainian commander.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2023, 4, 11)).statements
    assert [s.speaker for s in found] == ["Ukrainian Armed Forces"] * 2


TENURES = Gazetteer(
    actors=(
        ActorEntry(
            "Oleksii Reznikov",
            affiliation="Ukraine",
            role="Defence minister of Ukraine (2021–2023)",
            description="Minister of Defence of Ukraine from November 2021 to September 2023.",
        ),
        ActorEntry(
            "Rustem Umerov",
            affiliation="Ukraine",
            role="Secretary of the NSDC (defence minister 2023–2025)",
            description="Defence minister from September 2023 to July 2025, then secretary of the "
            "National Security and Defence Council.",
        ),
        ActorEntry(
            "Denys Shmyhal",
            affiliation="Ukraine",
            role="Defence minister of Ukraine (prime minister 2020–2025)",
            description="Prime minister of Ukraine from March 2020 to July 2025, then defence "
            "minister.",
        ),
        ActorEntry(
            "Volodymyr Zelensky",
            affiliation="Ukraine",
            role="President of Ukraine",
            description="President of Ukraine since 2019.",
        ),
        ActorEntry(
            "Oleg Soskin",
            affiliation="Ukraine",
            description="Ukrainian economist, former adviser to President Leonid Kuchma.",
        ),
    )
)


@pytest.mark.parametrize(
    ("subject", "published", "speaker"),
    [
        ("Ukraine's defence minister", dt.date(2022, 6, 1), "Oleksii Reznikov"),
        ("Ukraine's defence minister", dt.date(2024, 6, 1), "Rustem Umerov"),  # not the PM
        ("Ukraine's defence minister", dt.date(2025, 9, 1), "Denys Shmyhal"),  # "then ..."
        ("The Ukrainian president", dt.date(2024, 6, 1), "Volodymyr Zelensky"),  # not an adviser
        ("The Ukrainian leader", dt.date(2024, 6, 1), "Volodymyr Zelensky"),
    ],
)
def test_an_office_is_its_holder_on_the_day_by_the_tenures_the_gazetteer_gives(
    subject, published, speaker
):
    text = f"{subject} said the front line was holding.\n"
    found = extract(text, gazetteer=TENURES, published=published).statements
    assert [s.speaker for s in found] == [speaker]


@pytest.mark.parametrize(
    ("published", "speaker"),
    [
        (dt.date(2021, 6, 1), "Mara Tamm"),  # her earlier office, in its years
        (dt.date(2024, 6, 1), "Jaan Kask"),  # by then her successor's
    ],
)
def test_a_national_office_held_before_a_new_post_is_found_by_its_years(published, speaker):
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Mara Tamm",
                affiliation="European Union",
                role="EU trade commissioner",
                description="Prime minister of Estonia (2019–2022); EU trade commissioner since 2023.",
            ),
            ActorEntry(
                "Jaan Kask",
                affiliation="Estonia",
                role="Prime minister of Estonia",
                description="Prime minister of Estonia since 2023.",
            ),
        )
    )
    text = "The Estonian prime minister said the border would stay open.\n"
    found = extract(text, gazetteer=gazetteer, published=published).statements
    assert [s.speaker for s in found] == [speaker]


def test_a_countrys_body_named_by_a_possessive_is_that_countrys_body():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Ukrainian Armed Forces", kind="organisation", aliases=("Ukrainian army",)),
            ActorEntry("Russian Armed Forces", kind="organisation", aliases=("Russian forces",)),
            ActorEntry(
                "UK Ministry of Defence",
                kind="organisation",
                aliases=("British Defence Ministry",),
            ),
        )
    )
    text = (
        "Russian forces shelled twelve villages in the Sumy region overnight, Ukraine's army "
        "said.\n\n"
        "The column has barely moved in three days, the United Kingdom's defence ministry "
        "said.\n"
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2023, 6, 1))
    assert [(s.speaker, s.speaker_mention) for s in result.statements] == [
        ("Ukrainian Armed Forces", "Ukraine's army"),
        ("UK Ministry of Defence", "United Kingdom's defence ministry"),
    ]


def test_a_described_office_is_the_person_whose_role_holds_its_words():
    text = (
        "Kyrylo Budanov said Ukraine needed more long-range drones.\n\n"
        "The military intelligence chief also said the front was stable.\n"
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 2, 1))
    assert [(s.speaker, s.speaker_mention) for s in result.statements] == [
        ("Kyrylo Budanov", "Kyrylo Budanov"),
        ("Kyrylo Budanov", "The military intelligence chief"),
    ]


def test_a_role_named_before_its_holder_is_the_person_named_next_with_that_title():
    text = (
        "Three people were wounded by shelling in the Kherson region on Monday, the regional "
        "governor said.\n\n"
        "Governor Oleksandr Prokudin wrote on Telegram that a school had been damaged.\n"
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 2, 1))
    assert [(s.speaker, s.speaker_mention) for s in result.statements] == [
        ("Oleksandr Prokudin", "the regional governor"),
        ("Oleksandr Prokudin", "Governor Oleksandr Prokudin"),
    ]


@pytest.mark.parametrize(
    ("subject", "published", "speaker"),
    [
        ("Kyiv's mayor", dt.date(2023, 6, 1), "Vitali Klitschko"),
        ("The mayor of Kyiv", dt.date(2023, 6, 1), "Vitali Klitschko"),
        ("The Kyiv mayor", dt.date(2023, 6, 1), "Vitali Klitschko"),
        ("The IAEA chief", dt.date(2023, 6, 1), "Rafael Grossi"),
        ("The head of the IAEA", dt.date(2023, 6, 1), "Rafael Grossi"),
        ("NATO's secretary general", dt.date(2023, 6, 1), "Jens Stoltenberg"),
        ("The NATO chief", dt.date(2025, 3, 1), "Mark Rutte"),
        ("The NATO Secretary-General", dt.date(2023, 6, 1), "Jens Stoltenberg"),
    ],
)
def test_a_bodys_or_places_role_is_the_person_the_gazetteer_gives_that_role(
    subject, published, speaker
):
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Vitali Klitschko", role="Mayor of Kyiv"),
            ActorEntry("Rafael Grossi", role="Director General of the IAEA"),
            ActorEntry("IAEA", kind="organisation"),
            ActorEntry("NATO", kind="organisation"),
            ActorEntry(
                "Jens Stoltenberg",
                role="NATO Secretary General (2014–2024)",
                description="Secretary General of NATO from October 2014 to October 2024.",
            ),
            ActorEntry(
                "Mark Rutte",
                role="NATO Secretary General",
                description="Secretary General of NATO since October 2024.",
            ),
            ActorEntry("Government of Ukraine", kind="state", aliases=("Kyiv", "Ukraine")),
        )
    )
    text = f"{subject} said the situation remained dangerous.\n"
    [s] = extract(text, gazetteer=gazetteer, published=published).statements
    assert (s.speaker, s.speaker_mention) == (speaker, subject)


def test_a_tenure_from_one_month_to_another_of_the_same_year_ends_that_year():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Liz Truss",
                affiliation="United Kingdom",
                role="Prime minister of the United Kingdom (2022)",
                description="Prime minister of the United Kingdom from September to October 2022.",
            ),
            ActorEntry(
                "Rishi Sunak",
                affiliation="United Kingdom",
                role="Prime minister of the United Kingdom (2022–2024)",
                description="Prime minister of the United Kingdom from October 2022 to July 2024.",
            ),
        )
    )
    text = "Britain's prime minister said London would send more tanks.\n"
    [s] = extract(text, gazetteer=gazetteer, published=dt.date(2023, 6, 15)).statements
    assert (s.speaker, s.speaker_mention) == ("Rishi Sunak", "Britain's prime minister")


def test_a_role_is_matched_by_all_its_words_not_by_a_country_and_one_word():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Sergei Surovikin",
                affiliation="Russia",
                role="Army general (commander in Ukraine 2022–2023)",
            ),
            ActorEntry("Government of Ukraine", kind="state", aliases=("Ukraine",)),
        )
    )
    text = "Ukraine's prosecutor general said 500 children had been killed.\n"
    [s] = extract(text, gazetteer=gazetteer, published=dt.date(2023, 1, 15)).statements
    assert (s.speaker, s.speaker_mention) == (None, "Ukraine's prosecutor general")


@pytest.mark.parametrize(
    ("published", "speaker"),
    [(dt.date(2023, 6, 15), "Valery Zaluzhny"), (dt.date(2024, 6, 15), "Oleksandr Syrskyi")],
)
def test_a_countrys_top_commander_is_the_commander_in_chief_on_the_day(published, speaker):
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Valery Zaluzhny",
                affiliation="Ukraine",
                role="Commander-in-Chief of the Armed Forces of Ukraine (2021–2024)",
                description="Commander-in-Chief of the Armed Forces of Ukraine from July 2021 "
                "to February 2024; ambassador to the United Kingdom since 2024.",
            ),
            ActorEntry(
                "Oleksandr Syrskyi",
                affiliation="Ukraine",
                role="Commander-in-Chief of the Armed Forces of Ukraine",
                description="Commander of the Ground Forces (2019–2024); Commander-in-Chief of "
                "the Armed Forces of Ukraine since February 2024.",
            ),
        )
    )
    text = "Ukraine's top commander said the front was holding.\n"
    [s] = extract(text, gazetteer=gazetteer, published=published).statements
    assert (s.speaker, s.speaker_mention) == (speaker, "Ukraine's top commander")


def test_a_bodys_spokesman_is_the_person_whose_role_is_that_bodys_spokesman():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Dmitry Peskov", affiliation="Russia", role="Kremlin spokesman"),
            ActorEntry("Vladimir Putin", affiliation="Russia", role="President of Russia"),
            ActorEntry("Kremlin", kind="organisation", affiliation="Russia"),
        )
    )
    text = "The Kremlin's spokesman said the talks were off.\n"
    [s] = extract(text, gazetteer=gazetteer, published=dt.date(2024, 5, 1)).statements
    assert (s.speaker, s.speaker_mention) == ("Dmitry Peskov", "The Kremlin's spokesman")


def test_the_head_of_state_is_the_president_spoken_of_or_the_countrys_president():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Ivan Borsk", affiliation="Belarus", role="President of Belarus"),
            ActorEntry("Petr Volkov", affiliation="Russia", role="President of Russia"),
            ActorEntry("Belarusian government", kind="state", affiliation="Belarus"),
            ActorEntry("Russian government", kind="state", affiliation="Russia"),
        )
    )
    text = (
        "President Ivan Borsk said the talks should start in Minsk.\n\n"
        "Concrete steps have to be drafted, the head of state stressed.\n\n"
        "The Russian head of state said the offensive would go on.\n"
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2022, 2, 24))
    assert [(s.speaker, s.speaker_mention) for s in result.statements] == [
        ("Ivan Borsk", "Ivan Borsk"),
        ("Ivan Borsk", "the head of state"),
        ("Petr Volkov", "The Russian head of state"),
    ]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("The head of the UN nuclear watchdog", "Ana Ruiz"),
        ("The head of the watchdog", "Ana Ruiz"),
        ("The commander of the Volk mercenary force", "Oleg Marin"),
        ("The watchdog", "IAEA"),
    ],
)
def test_a_body_described_by_an_alias_or_its_head_noun_and_the_leader_of_that_body(
    subject, speaker
):
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("IAEA", kind="organisation", aliases=("nuclear watchdog",)),
            ActorEntry("Ana Ruiz", role="Director General of the IAEA"),
            ActorEntry("Volk Group", kind="group", aliases=("Volk",)),
            ActorEntry(
                "Oleg Marin", affiliation="Russia", role="Founder and head of the Volk Group"
            ),
            ActorEntry("United Nations", kind="organisation", aliases=("UN",)),
            ActorEntry(
                "Russian government", kind="state", affiliation="Russia", aliases=("Russia",)
            ),
        )
    )
    text = (
        "The IAEA sent a team to the plant on Monday.\n\n"
        f"{subject} said the situation remained dangerous.\n"
    )
    *_, last = extract(text, gazetteer=gazetteer, published=dt.date(2023, 4, 18)).statements
    assert (last.speaker, last.speaker_mention) == (speaker, subject)


def test_the_presidents_office_is_the_presidential_office_of_the_president_spoken_of():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Taras Koval", affiliation="Ukraine", role="President of Ukraine"),
            ActorEntry(
                "Office of the President of Ukraine",
                kind="organisation",
                affiliation="Ukraine",
                role="Presidential office",
            ),
            ActorEntry("Government of Ukraine", kind="state", affiliation="Ukraine"),
        )
    )
    text = (
        "President Taras Koval visited the front on Monday.\n\n"
        "He toured two cities, and the president’s office said the visit would go on until "
        "Friday.\n"
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2023, 3, 28))
    assert [(s.speaker, s.speaker_mention) for s in result.statements] == [
        ("Office of the President of Ukraine", "the president’s office")
    ]


def test_the_presidents_spokesman_is_the_spokesman_of_the_presidents_office():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Pavel Orlov", affiliation="Russia", role="President of Russia"),
            ActorEntry("Ilya Sorin", affiliation="Russia", role="Kremlin spokesman"),
            ActorEntry(
                "Kremlin",
                kind="organisation",
                affiliation="Russia",
                role="Office of the President of Russia",
            ),
        )
    )
    text = (
        "President Pavel Orlov met the governor on Monday.\n\n"
        "The president’s spokesman said the talks had been useful.\n"
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2023, 3, 28))
    assert [(s.speaker, s.speaker_mention) for s in result.statements] == [
        ("Ilya Sorin", "The president’s spokesman")
    ]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Orlov's spokesman", "Ilya Sorin"),
        ("Orlov's chief of staff", "Nina Gromova"),
        ("Orlov's deputy spokesman", "Kremlin"),
    ],
)
def test_a_leaders_spokesman_or_chief_of_staff_is_the_person_holding_that_post(subject, speaker):
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Pavel Orlov", affiliation="Russia", role="President of Russia", aliases=("Orlov",)
            ),
            ActorEntry("Ilya Sorin", affiliation="Russia", role="Kremlin spokesman"),
            ActorEntry("Nina Gromova", affiliation="Russia", role="Head of the Kremlin"),
            ActorEntry(
                "Kremlin",
                kind="organisation",
                affiliation="Russia",
                role="Office of the President of Russia",
            ),
        )
    )
    text = f"{subject} said the talks had been useful.\n"
    [s] = extract(text, gazetteer=gazetteer, published=dt.date(2023, 3, 28)).statements
    assert (s.speaker, s.speaker_mention) == (speaker, subject)


def test_an_under_secretary_does_not_hold_the_secretarys_office():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Ann Reed",
                affiliation="United States",
                role="Secretary of State (2021–2025)",
                description="US Secretary of State from January 2021 to January 2025.",
            ),
            ActorEntry(
                "Bob Lane",
                affiliation="United States",
                role="Under Secretary of State for Political Affairs (2021–2024)",
            ),
            ActorEntry("US government", kind="state", affiliation="United States"),
        )
    )
    text = "The top U.S. diplomat said Washington would not recognise the vote.\n"
    [s] = extract(text, gazetteer=gazetteer, published=dt.date(2023, 6, 15)).statements
    assert (s.speaker, s.speaker_mention) == ("Ann Reed", "The top U.S. diplomat")


def test_an_ambassador_to_a_body_is_a_person_never_the_bodys_head():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("United Nations", kind="organisation", aliases=("UN",)),
            ActorEntry("Ana Ruiz", role="UN Secretary-General"),
            ActorEntry("Government of Ukraine", kind="state", affiliation="Ukraine"),
        )
    )
    text = (
        "Ana Ruiz opened the session on Monday.\n\n"
        "Ukraine’s ambassador to the United Nations said the vote was historic.\n"
    )
    *_, s = extract(text, gazetteer=gazetteer, published=dt.date(2023, 6, 15)).statements
    assert (s.speaker, s.speaker_mention) == (None, "Ukraine’s ambassador to the United Nations")


def test_a_body_described_by_words_another_body_lacks_is_not_that_body():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Military Intelligence of Ukraine",
                kind="organisation",
                affiliation="Ukraine",
                aliases=("military intelligence service",),
            ),
            ActorEntry("Government of Ukraine", kind="state", affiliation="Ukraine"),
        )
    )
    text = (
        "Ukraine's military intelligence service said the strike hit a depot.\n\n"
        "Ukraine's state emergency service said rescuers were still searching the rubble.\n\n"
        "The service said the depot had burned for hours.\n"
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2023, 6, 15))
    assert [s.speaker for s in result.statements] == [
        "Military Intelligence of Ukraine",
        None,
        "Military Intelligence of Ukraine",
    ]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("The governor of the Poltava region", "Olha Bilyk"),
        ("The Poltava regional governor", "Olha Bilyk"),
        ("The Russian-appointed governor of the occupied Sumy region", None),
    ],
)
def test_a_regions_governor_is_the_gazetteers_governor_of_that_region_and_no_other(
    subject, speaker
):
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Olha Bilyk", affiliation="Ukraine", role="Governor of Poltava region"),
            ActorEntry("Government of Ukraine", kind="state", affiliation="Ukraine"),
        )
    )
    text = (
        f"Governor Olha Bilyk said a drone hit a farm.\n\n{subject} said power had been restored.\n"
    )
    *_, s = extract(text, gazetteer=gazetteer, published=dt.date(2024, 11, 12)).statements
    assert (s.speaker, s.speaker_mention) == (speaker, subject)


def test_a_bodys_chief_named_by_the_bodys_noun_is_its_top_official():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("NATO", kind="organisation", aliases=("North Atlantic Alliance",)),
            ActorEntry("Lars Berg", role="NATO Secretary General"),
        )
    )
    text = (
        "NATO ministers met in Brussels on Tuesday.\n\n"
        "The alliance's chief said the decision was final.\n"
    )
    *_, s = extract(text, gazetteer=gazetteer, published=dt.date(2024, 11, 12)).statements
    assert (s.speaker, s.speaker_mention) == ("Lars Berg", "The alliance's chief")


@pytest.mark.parametrize(
    ("published", "speaker"),
    [(dt.date(2023, 10, 10), "Marta Vidal"), (dt.date(2025, 3, 10), "Liis Tamm")],
)
def test_of_two_holders_of_a_role_the_dated_tenure_covers_its_days_the_open_one_follows(
    published, speaker
):
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("European Union", kind="organisation", aliases=("EU",)),
            ActorEntry("Marta Vidal", role="EU foreign policy chief (2019–2024)"),
            ActorEntry("Liis Tamm", role="EU foreign policy chief"),
            ActorEntry("Ivan Hora", affiliation="Ukraine", role="Commander-in-Chief of the army"),
        )
    )
    text = (
        "Ivan Hora said the front was holding.\n\n"
        "The EU's foreign policy chief said Europe would keep supporting Kyiv.\n"
    )
    *_, s = extract(text, gazetteer=gazetteer, published=published).statements
    assert (s.speaker, s.speaker_mention) == (speaker, "The EU's foreign policy chief")


def test_the_head_of_a_countrys_ministry_is_its_minister_and_its_press_service_the_body():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Oleg Vasin",
                affiliation="Russia",
                role="Foreign minister of Russia",
                description="Minister of Foreign Affairs of Russia since 2004.",
            ),
            ActorEntry("Ukrainian Air Force", kind="organisation", affiliation="Ukraine"),
            ActorEntry(
                "Ivan Hora", affiliation="Ukraine", role="Commander-in-Chief of the Armed Forces"
            ),
            ActorEntry("Russian government", kind="state", affiliation="Russia"),
        )
    )
    text = (
        "Ivan Hora visited the front on Friday.\n\n"
        "The head of the Russian Foreign Ministry said sanctions had failed.\n\n"
        "The press service of the Ukrainian Air Force said 20 drones were shot down.\n"
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2024, 10, 10))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Oleg Vasin", "sanctions had failed"),
        ("Ukrainian Air Force", "20 drones were shot down"),
    ]


def test_the_head_of_a_regions_military_administration_is_its_governor():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Olha Bilyk", affiliation="Ukraine", role="Governor of Poltava region"),
            ActorEntry("Government of Ukraine", kind="state", affiliation="Ukraine"),
        )
    )
    text = "The head of the Poltava Oblast Military Administration said a drone hit a farm.\n"
    [s] = extract(text, gazetteer=gazetteer, published=dt.date(2024, 10, 10)).statements
    assert s.speaker == "Olha Bilyk"


def test_a_spokesperson_of_a_body_the_gazetteer_lacks_is_the_person_introduced_so():
    gazetteer = Gazetteer(actors=(ActorEntry("Government of Ukraine", kind="state"),))
    text = (
        "The Foreign Ministry's spokesperson Taras Lysko said Kyiv had summoned the envoy.\n\n"
        "The Foreign Ministry spokesperson said the note had been delivered.\n"
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2024, 2, 16))
    assert [s.speaker for s in result.statements] == ["Taras Lysko", "Taras Lysko"]


def test_a_countrys_ombudsman_is_the_person_the_gazetteer_gives_that_role():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Olena Shvets", affiliation="Ukraine", role="Human rights ombudsman of Ukraine"
            ),
            ActorEntry("Government of Ukraine", kind="state", affiliation="Ukraine"),
        )
    )
    text = "Ukraine's human rights ombudsman said children had been deported.\n"
    [s] = extract(text, gazetteer=gazetteer, published=dt.date(2024, 2, 16)).statements
    assert s.speaker == "Olena Shvets"


def test_a_countrys_side_is_its_state_and_a_role_named_by_its_own_words_its_holder():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Russian government", kind="state", affiliation="Russia"),
            ActorEntry("Government of Ukraine", kind="state", affiliation="Ukraine"),
            ActorEntry("Pavel Orlov", affiliation="Russia", role="President of Russia"),
            ActorEntry("Artur Zeev", affiliation="Russia", role="Head of the Karelian Republic"),
        )
    )
    text = (
        "President Pavel Orlov spoke on Monday.\n\n"
        "The Russian side said the talks were over.\n\n"
        "The other side said nothing had been agreed.\n\n"
        "The head of the Karelian Republic said his fighters were ready.\n"
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2024, 10, 3))
    assert [(s.speaker, s.speaker_mention) for s in result.statements] == [
        ("Russian government", "The Russian side"),
        (None, "The other side"),
        ("Artur Zeev", "The head of the Karelian Republic"),
    ]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("The German leader", "Karl Lenz"),
        ("The Kremlin's press secretary", "Ilya Sorin"),
        ("Russia's foreign ministry spokeswoman", "Vera Belova"),
    ],
)
def test_a_leader_spokesman_or_body_role_is_the_holder_by_any_title_of_the_office(subject, speaker):
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Karl Lenz", affiliation="Germany", role="Chancellor of Germany"),
            ActorEntry("Ilya Sorin", affiliation="Russia", role="Kremlin spokesman"),
            ActorEntry(
                "Vera Belova", affiliation="Russia", role="Russian Foreign Ministry spokeswoman"
            ),
            ActorEntry("Kremlin", kind="organisation", affiliation="Russia"),
            ActorEntry(
                "Russian Foreign Ministry",
                kind="organisation",
                affiliation="Russia",
                aliases=("Russia's Foreign Ministry",),
            ),
            ActorEntry("German government", kind="state", affiliation="Germany"),
            ActorEntry("Russian government", kind="state", affiliation="Russia"),
        )
    )
    text = f"{subject} said the talks had been useful.\n"
    [s] = extract(text, gazetteer=gazetteer, published=dt.date(2024, 6, 11)).statements
    assert (s.speaker, s.speaker_mention) == (speaker, subject)


def test_a_known_bodys_possessive_role_is_the_person_the_gazetteer_gives_it():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Russian Defense Ministry",
                kind="organisation",
                affiliation="Russia",
                aliases=("Russian defence ministry",),
            ),
            ActorEntry(
                "Oleg Marin", affiliation="Russia", role="Russian Defence Ministry spokesman"
            ),
        )
    )
    text = "The Russian defence ministry's spokesman said the strikes hit military targets.\n"
    [s] = extract(text, gazetteer=gazetteer, published=dt.date(2023, 12, 10)).statements
    assert s.speaker == "Oleg Marin"


def test_an_office_is_not_the_last_person_whose_description_only_names_its_holder():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Joe Park",
                affiliation="United States",
                role="President of the United States (2021–2025)",
            ),
            ActorEntry(
                "Sam Fox",
                affiliation="United States",
                role="President of the United States",
                description="45th (2017–2021) and 47th (from January 2025) President of the US.",
            ),
            ActorEntry(
                "Ann Lee",
                affiliation="United States",
                role="National Security Council spokesman (2022–2025)",
                description="Spokesman under President Park.",
            ),
            ActorEntry("US government", kind="state", affiliation="United States"),
        )
    )
    text = (
        "Ann Lee told reporters the meeting was set.\n\n"
        "The U.S. president said Washington would keep helping Kyiv.\n"
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2023, 12, 10))
    assert [s.speaker for s in result.statements] == ["Ann Lee", "Joe Park"]


def test_an_unnamed_governments_spokesman_is_described_and_the_spokesperson_is_the_same():
    gazetteer = Gazetteer(
        actors=(ActorEntry("UK government", kind="state", aliases=("UK Government",)),)
    )
    text = (
        "A UK government spokesman said the sanctions would stay in place.\n\n"
        "“We remain firm in our support,” the spokesperson added.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2022, 4, 16)).statements
    assert [(s.speaker, s.text) for s in found] == [
        ("UK government spokesman", "the sanctions would stay in place"),
        ("UK government spokesman", "We remain firm in our support,"),
    ]


def test_unnamed_members_of_a_known_body_speak_as_that_body_and_coordinated_sides_as_a_group():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Jamestown Foundation", kind="organisation", aliases=("JF",)),
            ActorEntry("Government of Ukraine", kind="state", aliases=("Ukraine",)),
        )
    )
    text = (
        "Military analysts at JF say the bridgehead is holding.\n\n"
        "Researchers at the Jamestown Foundation said the offensive had slowed.\n\n"
        "Ukrainian and Russian negotiators confirmed that a new round would take place.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2023, 5, 2)).statements
    assert [(s.speaker, s.text) for s in found] == [
        ("Jamestown Foundation", "the bridgehead is holding"),
        ("Jamestown Foundation", "the offensive had slowed"),
        ("Ukrainian and Russian negotiators", "a new round would take place"),
    ]


def test_its_governor_or_mayor_is_the_holder_of_that_role_of_the_place_named_before():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Olha Bilyk", affiliation="Ukraine", role="Governor of Poltava region"),
            ActorEntry("Petro Sanko", affiliation="Ukraine", role="Mayor of Uman"),
        )
    )
    text = (
        "Drones hit two depots overnight as the attacks on the Poltava region went on, "
        "its governor said.\n\n"
        "A missile struck a school in Uman, its mayor said on Telegram.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2024, 3, 2)).statements
    assert [(s.speaker, s.text) for s in found] == [
        (
            "Olha Bilyk",
            "Drones hit two depots overnight as the attacks on the Poltava region went on",
        ),
        ("Petro Sanko", "A missile struck a school in Uman"),
    ]


def test_a_countrys_leader_is_its_head_of_government_where_the_president_is_ceremonial():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Hans Adler", affiliation="Germany", role="President of Germany"),
            ActorEntry(
                "Karl Brenner",
                affiliation="Germany",
                role="Chancellor of Germany",
                description="Chancellor of Germany since May 2021.",
            ),
            ActorEntry("Luc Morel", affiliation="France", role="President of France"),
            ActorEntry("Paul Roux", affiliation="France", role="Prime minister of France"),
        )
    )
    text = (
        "The German leader said more air defence was on its way.\n\n"
        "The French leader said Europe had to rearm.\n\n"
        "The German president said the alliance stood firm.\n"
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2023, 6, 1))
    assert [(s.speaker, s.speaker_mention) for s in result.statements] == [
        ("Karl Brenner", "The German leader"),
        ("Luc Morel", "The French leader"),
        ("Hans Adler", "The German president"),
    ]


BARE_ROLES = Gazetteer(
    actors=(
        ActorEntry(
            "Jonas Vaitkus",
            affiliation="Lithuania",
            role="President of Lithuania",
            description="President of Lithuania since July 2019.",
        ),
        ActorEntry(
            "Marek Zielny",
            affiliation="Poland",
            role="Foreign minister of Poland (2019–2023)",
            description="Minister of Foreign Affairs of Poland from August 2019 to December 2023.",
        ),
        ActorEntry(
            "Ewa Brzoza",
            affiliation="Poland",
            role="Foreign minister of Poland",
            description="Minister of Foreign Affairs of Poland since December 2023.",
        ),
    )
)


@pytest.mark.parametrize(
    ("subject", "published", "speaker", "mention"),
    [
        (
            "Lithuanian president also said",
            dt.date(2022, 3, 1),
            "Jonas Vaitkus",
            "Lithuanian president",
        ),
        (
            "But Lithuanian President said",
            dt.date(2022, 3, 1),
            "Jonas Vaitkus",
            "Lithuanian President",
        ),
        (
            "Polish foreign minister told reporters",
            dt.date(2022, 3, 1),
            "Marek Zielny",
            "Polish foreign minister",
        ),
        (
            "Polish Foreign Minister told reporters",
            dt.date(2024, 6, 1),
            "Ewa Brzoza",
            "Polish Foreign Minister",
        ),
        # an office the gazetteer gives no one: unnamed, and not a person called so
        ("Latvian president said", dt.date(2022, 3, 1), None, "Latvian president"),
    ],
)
def test_a_countrys_office_without_an_article_is_its_holder_at_the_articles_date(
    subject, published, speaker, mention
):
    text = f"{subject} that the border would stay open.\n"
    [s] = extract(text, gazetteer=BARE_ROLES, published=published).statements
    assert s.speaker == speaker
    assert s.text == "the border would stay open"
    assert s.speaker_mention == mention


PLACES = Gazetteer(
    actors=(
        ActorEntry("Hanna Lysenko", affiliation="Ukraine", role="Mayor of Pryvilne"),
        ActorEntry("Taras Bondar", affiliation="Ukraine", role="Governor of Zelenodolsk Oblast"),
        ActorEntry(
            "Ivan Tkachuk",
            affiliation="Ukraine",
            role="Head of the Pryvilne Regional Military Administration",
        ),
    )
)


def test_the_mayor_no_one_spoke_of_is_the_mayor_of_the_place_the_sentence_names_before():
    text = "Troops were shelling Pryvilne, where the mayor said that 40 houses had burned.\n"
    [s] = extract(text, gazetteer=PLACES, published=dt.date(2023, 5, 1)).statements
    assert (s.speaker, s.speaker_mention) == ("Hanna Lysenko", "the mayor")
    assert s.text == "40 houses had burned"


def test_a_participle_after_a_verb_and_its_channel_has_the_verbs_subject():
    text = (
        "A depot was hit, local governor Taras Bondar reports.\n\n"
        "“The enemy used drones,” the governor wrote on Telegram, noting that no one was hurt.\n"
    )
    found = extract(text, gazetteer=PLACES, published=dt.date(2023, 5, 1)).statements
    assert [(s.speaker, s.text) for s in found[-2:]] == [
        ("Taras Bondar", "The enemy used drones,"),
        ("Taras Bondar", "no one was hurt"),
    ]


def test_the_official_before_anyone_spoke_is_the_person_just_named():
    text = (
        "Local media wrote to the head of the Pryvilne Regional Military Administration Ivan "
        "Tkachuk.\n"
        "“A fire broke out at a depot,” the official said.\n"
        "The administrative officer added that the damage was being assessed.\n"
    )
    found = extract(text, gazetteer=PLACES, published=dt.date(2023, 5, 1)).statements
    assert [(s.speaker, s.speaker_mention, s.text) for s in found[-2:]] == [
        ("Ivan Tkachuk", "the official", "A fire broke out at a depot,"),
        ("Ivan Tkachuk", "The administrative officer", "the damage was being assessed"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        # "his": the leader the pronoun means; his office's spokesman
        (
            "President Pavel Orlov met the governor. His spokesman said",
            "Ilya Sorin",
            "His spokesman",
        ),
        # a person who leads nothing: his own spokesman, someone unnamed
        (
            "Envoy Marta Vos met the governor. Vos's spokeswoman said",
            "Marta Vos's spokeswoman",
            "Vos's spokeswoman",
        ),
        (
            "Envoy Karel Dusek met the governor. His spokesman said",
            "Karel Dusek's spokesman",
            "His spokesman",
        ),
        # a possessive written with the apostrophe alone
        (
            "Envoy Laila Ozols met the governor. Ozols' spokeswoman said",
            "Laila Ozols's spokeswoman",
            "Ozols' spokeswoman",
        ),
        # "but" opens the second report's clause: "he" before it is not its subject
        (
            "President Pavel Orlov said he was ready but his spokesman said",
            "Ilya Sorin",
            "his spokesman",
        ),
    ],
)
def test_his_spokesman_is_the_spokesman_of_the_person_he_means(text, speaker, mention):
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Pavel Orlov", affiliation="Russia", role="President of Russia"),
            ActorEntry("Ilya Sorin", affiliation="Russia", role="Kremlin spokesman"),
            ActorEntry(
                "Kremlin",
                kind="organisation",
                affiliation="Russia",
                role="Office of the President of Russia",
            ),
            ActorEntry("Karel Dusek", affiliation="Czechia", role="Special envoy"),
        )
    )
    found = extract(
        f"{text} the talks had been useful.\n", gazetteer=gazetteer, published=dt.date(2023, 3, 28)
    ).statements
    assert (found[-1].speaker, found[-1].speaker_mention, found[-1].text) == (
        speaker,
        mention,
        "the talks had been useful",
    )


OFFICES = Gazetteer(
    actors=(
        ActorEntry(
            "Irina Lungu",
            affiliation="Moldova",
            role="President of Moldova",
            description="President of Moldova since December 2020.",
        ),
        ActorEntry("Ravi Menon", affiliation="India", role="External Affairs Minister of India"),
    )
)


def test_the_head_of_state_in_a_capital_is_that_countrys_president():
    text = "According to the head of state in Chisinau, the drills were meant to intimidate.\n"
    [s] = extract(text, gazetteer=OFFICES, published=dt.date(2023, 5, 1)).statements
    assert (s.speaker, s.speaker_mention) == ("Irina Lungu", "the head of state in Chisinau")
    assert s.text == "the drills were meant to intimidate"


def test_a_capitalised_office_is_no_ones_name():
    text = (
        "External Affairs Minister R. Menon held talks on Thursday.\n\n"
        "“Dialogue is the best way forward,” the External Affairs Minister wrote.\n"
    )
    [s] = extract(text, gazetteer=OFFICES, published=dt.date(2023, 5, 1)).statements
    assert (s.speaker, s.speaker_mention) == ("Ravi Menon", "the External Affairs Minister")


def test_members_of_a_body_named_by_its_last_word_are_the_body_named_in_full_before():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Examplian Security Council",
                kind="organisation",
                aliases=("Examplian Union Security Council",),
            ),
            ActorEntry("Moldovan Security Council", kind="organisation", affiliation="Moldova"),
        )
    )
    text = (
        "The Security Council met on Saturday. Members of the Council expressed concern about "
        "the shelling. Members of the Council also stressed the need for restraint.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2023, 5, 1)).statements
    assert [(s.speaker, s.text) for s in found] == [
        ("Examplian Security Council", "concern about the shelling"),
        ("Examplian Security Council", "the need for restraint"),
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("In its weekly intelligence update, Estonia said", "Estonian Ministry of Defence"),
        ("According to the latest Estonian intelligence update,", "Estonian Ministry of Defence"),
        # no intelligence publication: the state itself
        ("On Friday, Estonia said", "Estonian government"),
    ],
)
def test_a_states_intelligence_update_is_its_defence_ministrys(sentence, speaker):
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Estonian government", kind="state", affiliation="Estonia", aliases=("Estonia",)
            ),
            ActorEntry(
                "Estonian Ministry of Defence",
                kind="organisation",
                affiliation="Estonia",
                aliases=("Estonian defence ministry",),
            ),
        )
    )
    text = f"{sentence} that the enemy had lost a third of its tanks.\n".replace(", that", ",")
    [s] = extract(text, gazetteer=gazetteer, published=dt.date(2023, 5, 1)).statements
    assert (s.speaker, s.text) == (speaker, "the enemy had lost a third of its tanks")


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Estonian Prime Minister", "Ana Vale"),
        ("Estonia’s Foreign Minister", "Rui Monte"),
        ("Atlantic Alliance Spokesman", "Ivo Sand"),
        ("The Estonian prime minister", "Ana Vale"),
        ("Estonian prime minister also", "Ana Vale"),
    ],
)
def test_a_title_written_capitalised_without_the_is_its_holder(subject, speaker):
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Estonia", kind="state", affiliation="Estonia"),
            ActorEntry(
                "Ana Vale",
                affiliation="Estonia",
                role="Prime minister of Estonia",
                description="Prime minister of Estonia since 2020.",
            ),
            ActorEntry(
                "Rui Monte",
                affiliation="Estonia",
                role="Foreign minister of Estonia",
                description="Minister of Foreign Affairs of Estonia since 2021.",
            ),
            ActorEntry("Atlantic Alliance", kind="organisation", aliases=("the Alliance",)),
            ActorEntry(
                "Ivo Sand", affiliation="Atlantic Alliance", role="Atlantic Alliance spokesman"
            ),
        )
    )
    text = f"{subject} said the border would stay open.\n"
    found = extract(text, gazetteer=gazetteer, published=dt.date(2023, 6, 1)).statements
    assert [(s.speaker, s.speaker_mention) for s in found] == [
        (speaker, subject.removesuffix(" also"))
    ]


def test_an_opposition_leader_is_not_the_countrys_leader_and_an_undated_leader_is_the_one_named():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Belarus", kind="state", affiliation="Belarus"),
            ActorEntry(
                "Ales Dubrau",
                affiliation="Belarus",
                role="President of Belarus",
                aliases=("Dubrau",),
            ),
            ActorEntry("Vera Mikh", affiliation="Belarus", role="Belarusian opposition leader"),
        )
    )
    text = (
        "Dubrau said on state television that his army would stay at home.\n\n"
        "The Belarusian leader also claimed that the exercises were purely defensive.\n"
    )
    found = extract(text, gazetteer=gazetteer).statements  # undated: no office holder by date
    assert [(s.speaker, s.speaker_mention) for s in found] == [
        ("Ales Dubrau", "Dubrau"),
        ("Ales Dubrau", "The Belarusian leader"),
    ]


def test_undated_an_office_held_by_one_person_through_the_war_is_theirs_and_a_shared_one_nobodys():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Ivan Bilyk",
                affiliation="Ukraine",
                role="President of Ukraine",
                description="President of Ukraine since 2019.",
            ),
            ActorEntry(
                "Tom Reed",
                affiliation="United States",
                role="President of the United States (2021–2025)",
                description="President of the United States from January 2021 to January 2025.",
            ),
            ActorEntry(
                "Ann Cole",
                affiliation="United States",
                role="President of the United States",
                description="President of the United States since January 2025.",
            ),
        )
    )
    text = (
        "Ukraine's president said the ports were at a standstill.\n\n"
        "The US president said more air defence was on its way.\n"
    )
    found = extract(text, gazetteer=gazetteer).statements  # no date: no sidecar, no header
    assert [(s.speaker, s.speaker_mention) for s in found] == [
        ("Ivan Bilyk", "Ukraine's president"),
        (None, "The US president"),
    ]


def test_an_abbreviated_office_is_the_person_just_spoken_of_with_it():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Nino Beridze",
                affiliation="Georgia",
                role="Prime minister of Georgia",
                aliases=("Beridze",),
            ),
        )
    )
    text = (
        "Prime Minister Nino Beridze gave an interview to a television channel on Monday.\n\n"
        "Asked about sanctions, the PM said the country would not join them.\n\n"
        "PM said: “We will not do anything that could worsen our position.”\n"
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2022, 2, 23)).statements
    assert [(s.speaker, s.speaker_mention) for s in found] == [
        ("Nino Beridze", "the PM"),
        ("Nino Beridze", "PM"),
    ]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("The head of Polish diplomacy", "Marek Zielny"),
    ],
)
def test_the_head_of_a_countrys_diplomacy_is_its_foreign_minister(subject, speaker):
    text = f"{subject} said that the border would stay open.\n"
    [s] = extract(text, gazetteer=BARE_ROLES, published=dt.date(2022, 3, 1)).statements
    assert (s.speaker, s.speaker_mention) == (speaker, subject)


COUNTERPARTS = Gazetteer(
    actors=(
        ActorEntry("Petro Hnatiuk", affiliation="Ukraine", role="Foreign minister of Ukraine"),
        ActorEntry("Maria Lind", affiliation="Sweden", role="Foreign minister of Sweden"),
    )
)


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        # a country's person named (not quoted) just before
        ("The Swedish minister", "Maria Lind"),
        ("His Swedish counterpart", "Maria Lind"),
        ("Her Ukrainian counterpart", "Petro Hnatiuk"),
        # several people: not one of them
        ("The two ministers", None),
    ],
)
def test_a_countrys_person_named_before_is_the_one_its_description_means(subject, speaker):
    text = f"Hnatiuk met Lind in Stockholm on Monday. {subject} said the talks were useful.\n"
    text = "Petro Hnatiuk and Maria Lind spoke by phone.\n\n" + text
    found = extract(text, gazetteer=COUNTERPARTS, published=dt.date(2023, 5, 1)).statements
    assert (found[-1].speaker, found[-1].speaker_mention, found[-1].text) == (
        speaker,
        subject,
        "the talks were useful",
    )


def test_the_head_of_a_body_no_one_holds_is_an_unnamed_person_never_the_body():
    text = "Two houses burned down in the village overnight, the head of the Pryvilne OVA said.\n"
    [s] = extract(text, gazetteer=PLACES, published=dt.date(2023, 5, 1)).statements
    assert (s.speaker, s.speaker_mention, s.text) == (
        None,
        "the head of the Pryvilne OVA",
        "Two houses burned down in the village overnight",
    )


@pytest.mark.parametrize(
    ("subject", "published", "speaker"),
    [
        ("The President of Lithuania", dt.date(2022, 3, 1), "Jonas Vaitkus"),
        ("The Foreign Minister of Poland", dt.date(2022, 3, 1), "Marek Zielny"),
        ("The Foreign Minister of Poland", dt.date(2024, 6, 1), "Ewa Brzoza"),
    ],
)
def test_an_office_of_a_country_named_after_it_is_its_holder(subject, published, speaker):
    text = f"{subject} said that the border would stay open.\n"
    [s] = extract(text, gazetteer=BARE_ROLES, published=published).statements
    assert (s.speaker, s.speaker_mention) == (speaker, subject)


ENVOYS = Gazetteer(
    actors=(
        ActorEntry(
            "Ilya Sorin",
            affiliation="Russia",
            role="Permanent Representative of Russia to the UN",
            aliases=("Sorin",),
        ),
        ActorEntry(
            "Pavel Orlov",
            affiliation="Russia",
            role="Security Council secretary",
            description="Russian defence minister from 2012 to May 2024, then Security Council "
            "secretary.",
            aliases=("Orlov",),
        ),
    )
)


def test_a_name_after_a_role_to_a_body_is_the_roles_holder_not_the_bodys_object():
    text = (
        "Russia's permanent representative to the UN Ilya Sorin said the draft was unacceptable.\n"
    )
    [s] = extract(text, gazetteer=ENVOYS, published=dt.date(2023, 5, 1)).statements
    assert (s.speaker, s.speaker_mention) == ("Ilya Sorin", "Ilya Sorin")


@pytest.mark.parametrize(
    ("published", "speaker"), [(dt.date(2023, 5, 1), "Pavel Orlov"), (dt.date(2025, 5, 1), None)]
)
def test_the_office_after_its_holder_spoke_is_them_while_they_held_it(published, speaker):
    text = "Orlov said the troops were ready. The defence minister added that more would come.\n"
    found = extract(text, gazetteer=ENVOYS, published=published).statements
    assert (found[-1].speaker, found[-1].speaker_mention) == (speaker, "The defence minister")


@pytest.mark.parametrize(
    ("published", "speaker"),
    [(dt.date(2023, 5, 1), "Anna Holm"), (dt.date(2025, 5, 1), "Lena Berg")],
)
def test_the_eus_top_diplomat_is_its_foreign_policy_chief_on_the_day(published, speaker):
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Anna Holm",
                affiliation="European Union",
                role="EU foreign policy chief (2019–2024)",
                description="EU foreign policy chief from 2019 to November 2024.",
            ),
            ActorEntry(
                "Lena Berg",
                affiliation="European Union",
                role="EU foreign policy chief",
                description="EU foreign policy chief since December 2024.",
            ),
        )
    )
    text = "The EU's top diplomat said that sanctions would follow.\n"
    [s] = extract(text, gazetteer=gazetteer, published=published).statements
    assert (s.speaker, s.speaker_mention) == (speaker, "The EU's top diplomat")


ALLIANCE = Gazetteer(
    actors=(
        ActorEntry("NATO", kind="organisation", aliases=("North Atlantic Alliance",)),
        ActorEntry(
            "Jens Stoltenberg",
            role="NATO Secretary General (2014–2024)",
            description="Secretary General of NATO from October 2014 to October 2024.",
        ),
        ActorEntry(
            "Mark Rutte",
            role="NATO Secretary General",
            description="Secretary General of NATO since October 2024.",
        ),
        ActorEntry("Ann Doe", role="NATO Supreme Allied Commander Europe"),
        ActorEntry("Bo Roe", role="Chair of the NATO Military Committee"),
        ActorEntry("Cy Poe", role="Leader of the Alliance for Ruritanian Unity"),
    )
)


@pytest.mark.parametrize(
    ("text", "published", "speakers"),
    [
        # the body's chief is its top office, not a commander or a committee's chair in it
        (
            "The NATO chief said allies would send more shells.\n",
            dt.date(2025, 3, 1),
            ["Mark Rutte"],
        ),
        (
            "Allies will send more shells, the NATO Secretary General said.\n",
            dt.date(2023, 6, 1),
            ["Jens Stoltenberg"],
        ),
        # "the Alliance" is the alliance named before, not a party whose name holds the word
        (
            "NATO will hold a summit in July.\n\n"
            "The Alliance chief said allies would send more shells.\n",
            dt.date(2023, 6, 1),
            ["Jens Stoltenberg"],
        ),
        # on an unknown day, the holder the article named
        (
            "NATO will hold a summit, Mark Rutte said.\n\n"
            '"Allies will send more shells," the NATO Secretary General said.\n',
            None,
            ["Mark Rutte", "Mark Rutte"],
        ),
    ],
)
def test_a_bodys_chief_is_the_holder_of_its_top_office(text, published, speakers):
    found = extract(text, gazetteer=ALLIANCE, published=published).statements
    assert [s.speaker for s in found] == speakers


def test_the_regions_governor_is_the_governor_of_the_region_the_sentence_names():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Ivo Darn",
                role="Governor of Ostrava region (2022–2023)",
                description="Governor of Ostrava region from 2022 to 2023.",
            ),
            ActorEntry("Ola Berg", role="Governor of Ostrava region"),
        )
    )
    text = "Two people were killed in the Ostrava region, the region's governor said.\n"
    found = extract(text, gazetteer=gazetteer, published=dt.date(2022, 10, 6)).statements
    assert [(s.speaker, s.speaker_mention) for s in found] == [
        ("Ivo Darn", "the region's governor")
    ]


def test_the_regions_governor_on_an_unknown_day_is_the_governor_named_next():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Ivo Darn", role="Governor of Ostrava region (2022–2023)"),
            ActorEntry("Ola Berg", role="Governor of Ostrava region"),
        )
    )
    text = (
        "Two people were killed in the Ostrava region, the region’s governor said.\n\n"
        "Ivo Darn, the governor, wrote that a bridge was hit.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=None).statements
    assert [s.speaker for s in found] == ["Ivo Darn", "Ivo Darn"]


def test_an_office_on_an_unknown_day_is_the_holder_the_article_names():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Jan Wolny",
                affiliation="Poland",
                role="President of Poland (2015–2025)",
                description="President of Poland from August 2015 to August 2025.",
            ),
            ActorEntry(
                "Karol Nowy",
                affiliation="Poland",
                role="President of Poland",
                description="President of Poland since August 2025.",
            ),
        )
    )
    text = (
        "The Polish president described the declaration as an expression of solidarity.\n\n"
        "Jan Wolny and his counterparts signed it on Monday.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=None).statements
    assert [s.speaker for s in found] == ["Jan Wolny"]


def test_a_bodys_spokesman_on_an_unknown_day_is_the_one_the_article_names():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Ministry of Wells", kind="organisation"),
            ActorEntry("Ada Sorn", role="Ministry of Wells spokesperson (2021–2022)"),
            ActorEntry("Bert Kall", role="Ministry of Wells spokesperson (2022–2025)"),
        )
    )
    text = (
        "Aid is not expected again, the Ministry of Wells's spokesman said on Tuesday.\n\n"
        "Bert Kall, speaking at a base, said the focus remained on the budget.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=None).statements
    assert [s.speaker for s in found] == ["Bert Kall", "Bert Kall"]


def test_the_blocs_spokeswoman_is_the_holder_of_that_role_of_the_body_just_named():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Northern Union", kind="organisation", aliases=("NU",)),
            ActorEntry("Lena Vik", role="Northern Union spokeswoman"),
        )
    )
    text = (
        "Northern Union ministers agreed that any attack would bring sanctions, the bloc's "
        "spokeswoman said on Monday.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2023, 5, 1)).statements
    assert [(s.speaker, s.speaker_mention) for s in found] == [
        ("Lena Vik", "the bloc's spokeswoman")
    ]


def test_a_governor_of_a_region_is_the_governor_named_after_a_state_spoke_between():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Ivo Darn", role="Governor of Ostrava region"),
            ActorEntry("Ruritanian government", kind="state", aliases=("Ruritania",)),
        )
    )
    text = (
        "The governor of Ruritania’s Ostrava region said a civilian had been killed.\n\n"
        "Ruritania says the region has come under attack since May.\n\n"
        "Ivo Darn, writing later on Telegram, said seven people were wounded.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=None).statements
    assert [s.speaker for s in found] == ["Ivo Darn", "Ruritanian government", "Ivo Darn"]


def test_a_surname_of_the_gazetteer_with_another_given_name_is_another_person():
    gazetteer = Gazetteer(
        actors=(ActorEntry("Taras Melnivets", affiliation="Ukraine", aliases=("Melnivets",)),)
    )
    text = (
        "Olexander Melnivets, a beekeeper from the village, said the shelling had burnt his "
        "hives.\n\nMelnivets said he would rebuild them by spring.\n\n"
        "Taras Melnivets said the bridge would be repaired.\n\n"
        'Said Melnivets: "The ferry will run again in May."\n'
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2024, 5, 17))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Olexander Melnivets", "the shelling had burnt his hives"),
        ("Olexander Melnivets", "he would rebuild them by spring"),
        ("Taras Melnivets", "the bridge would be repaired"),
        ("Taras Melnivets", "The ferry will run again in May."),
    ]


def test_an_acronym_or_an_outlets_edition_is_not_an_actor_whose_name_it_resembles():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("United Nations", kind="organisation", aliases=("UN",)),
            ActorEntry("Karel Brünn", affiliation="International", aliases=("Brünn",)),
            ActorEntry("ZTV", kind="media"),
        )
    )
    text = (
        "A shell hit a grain silo near the port, UNN reported, citing the regional police.\n\n"
        "The talks will resume in Ankara next week, ZTV Brunn reported on Tuesday.\n"
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2024, 5, 17))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("UNN", "A shell hit a grain silo near the port"),
        ("ZTV Brunn", "The talks will resume in Ankara next week"),
    ]


def test_a_participles_subject_is_the_sentence_subject_not_the_main_verbs_object():
    gazetteer = Gazetteer(
        actors=(
            *GAZETTEER.actors,
            ActorEntry("Velmar Council", kind="organisation", affiliation="International"),
        )
    )
    text = (
        "The Ukrainian foreign minister addressed the Velmar Council on Tuesday, stating that "
        "the blockade of the ports must end.\n"
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2023, 1, 10))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Dmytro Kuleba", "the blockade of the ports must end"),
    ]


def test_a_facilitys_operator_is_the_body_the_gazetteer_gives_as_running_it():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Dniprovka Hydro Plant", kind="organisation", affiliation="Ukraine"),
            ActorEntry(
                "Hydrovolt",
                kind="organisation",
                affiliation="Ukraine",
                description="State hydropower operator, owner of the Dniprovka Hydro Plant.",
            ),
        )
    )
    text = (
        "A drone struck the Dniprovka Hydro Plant overnight.\n\n"
        "The plant's operator said the turbines had not been damaged.\n\n"
        "The plant's management said the dam gates were closed.\n"
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2024, 5, 17))
    assert [(s.speaker, s.text) for s in result.statements if s.speaker] == [
        ("Hydrovolt", "the turbines had not been damaged"),
    ]


def test_the_premier_is_the_prime_minister_named_before():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Kenji Arakawa",
                affiliation="Japan",
                role="Prime minister of Japan (2021–2024)",
                aliases=("Arakawa",),
            ),
        )
    )
    text = (
        "Prime Minister Arakawa met reporters after the security council meeting.\n\n"
        '"We discussed the tense situation there," the premier said.'
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2022, 2, 24))
    assert [(s.speaker, s.speaker_mention, s.text) for s in result.statements] == [
        ("Kenji Arakawa", "the premier", "We discussed the tense situation there,")
    ]


@pytest.mark.parametrize(
    "subject",
    [
        "The governor of the southern region of Mykolaiv",
        "The governor of the Mykolayiv region in the south of the country",
        "The governor of the Nikolaev region",
    ],
)
def test_a_governor_of_a_region_written_another_way_is_that_regions_governor(subject):
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Petro Lanko", affiliation="Ukraine", role="Governor of Mykolaiv region"),
        )
    )
    text = f"{subject} said a drone hit a school overnight.\n"
    (s,) = extract(text, gazetteer=gazetteer, published=dt.date(2024, 8, 6)).statements
    assert (s.speaker, s.speaker_mention) == ("Petro Lanko", subject)


@pytest.mark.parametrize(
    ("where", "subject"),
    [
        ("in Ukraine's central Poltava region on Friday", "the regional governor"),
        ("on Friday in the central Ukrainian region of Poltava", "the region's governor"),
    ],
)
def test_the_regional_governor_is_the_governor_of_the_region_the_sentence_names(where, subject):
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Ivan Savko", affiliation="Ukraine", role="Governor of Poltava region"),
            ActorEntry("Oleh Rudko", affiliation="Ukraine", role="Ukrainian governor of Crimea"),
        )
    )
    text = (
        f"KYIV, May 3 (Reuters) - Two people were hurt when a missile hit a village {where}, "
        f"{subject} said.\n"
    )
    (s,) = extract(text, gazetteer=gazetteer, published=dt.date(2024, 5, 3)).statements
    assert (s.speaker, s.speaker_mention, s.text) == (
        "Ivan Savko",
        subject,
        f"Two people were hurt when a missile hit a village {where}",
    )


def test_a_surname_two_gazetteer_people_share_is_the_one_the_article_named_before():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Taras Bondar",
                affiliation="Ukraine",
                role="Foreign minister of Ukraine",
                aliases=("Bondar",),
            ),
            ActorEntry("Mykola Bondar", affiliation="Ukraine", role="Governor of Sumy region"),
        )
    )
    text = (
        "Drones hit the Sumy region overnight, the governor, Mykola Bondar, said.\n\n"
        "“Rescuers are at the scene,” Bondar said.\n"
    )
    statements = extract(text, gazetteer=gazetteer, published=dt.date(2024, 5, 3)).statements
    assert [(s.speaker, s.speaker_mention) for s in statements] == [
        ("Mykola Bondar", "Mykola Bondar"),
        ("Mykola Bondar", "Bondar"),
    ]


@pytest.mark.parametrize(
    ("named", "speaker"),
    [
        ("Oleksii Reznikov", "Oleksii Reznikov"),  # the holder the page named, not the date's
        ("Rustem Umerov", "Rustem Umerov"),  # the date's holder, named
        ("Oleg Soskin", "Rustem Umerov"),  # no holder of the office named: the date's
    ],
)
def test_an_office_the_page_names_a_holder_of_is_that_holder_on_a_later_page_date(named, speaker):
    text = (
        f"Ukraine's defence minister, {named}, visited the plant on Monday.\n\n"
        "The Ukrainian defence minister said the front line was holding.\n"
    )
    found = extract(text, gazetteer=TENURES, published=dt.date(2024, 6, 1)).statements
    assert [s.speaker for s in found] == [speaker]


@pytest.mark.parametrize(
    ("first", "body"),
    [
        ("Colonel Marko Dovhan said the enemy was repelled.", "General Staff of Ukraine"),
        ("The Russian Defence Ministry said the enemy was repelled.", "Russian General Staff"),
    ],
)
def test_a_bodys_name_two_countries_bodies_share_is_the_one_of_the_side_that_spoke_last(
    first, body
):
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Marko Dovhan", affiliation="Ukraine", role="Spokesman of the army"),
            ActorEntry(
                "Russian Defence Ministry",
                kind="organisation",
                affiliation="Russia",
            ),
            ActorEntry(
                "General Staff of Ukraine",
                kind="organisation",
                affiliation="Ukraine",
                aliases=("Ukrainian General Staff",),
            ),
            ActorEntry(
                "Russian General Staff",
                kind="organisation",
                affiliation="Russia",
                aliases=("Russia's General Staff",),
            ),
        )
    )
    text = f"{first}\n\nAccording to the General Staff, 64 assaults were repelled near the river.\n"
    *_, s = extract(text, gazetteer=gazetteer, published=dt.date(2025, 2, 6)).statements
    assert (s.speaker, s.speaker_mention) == (body, "General Staff")


def test_a_places_role_before_the_places_description_is_the_roles_holder():
    gazetteer = Gazetteer(
        actors=(ActorEntry("Ihor Danko", affiliation="Ukraine", role="Mayor of Poltava"),)
    )
    text = (
        "The mayor of Poltava, the region's largest city in the centre, said two missiles hit "
        "a depot.\n"
    )
    (s,) = extract(text, gazetteer=gazetteer, published=dt.date(2024, 5, 3)).statements
    assert (s.speaker, s.speaker_mention) == ("Ihor Danko", "The mayor of Poltava")


def test_a_regions_body_named_in_lower_case_is_that_regions_and_he_is_its_spokesman():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "General Staff of Ukraine",
                kind="organisation",
                affiliation="Ukraine",
                aliases=("General Staff of the Armed Forces of Ukraine",),
            ),
        )
    )
    text = (
        "Russian forces launched 23 drones at the harbour, the General Staff of the Armed Forces of "
        "Ukraine said.\n\n"
        "“Two of the drones fell in a field,” he added.\n\n"
        "A Russian shell damaged a school in the Poltava region in the past day, according to "
        "the regional military administration.\n\n"
        "“The roof will be repaired this week,” he said.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2023, 2, 27)).statements
    assert [(s.speaker, s.speaker_mention) for s in found] == [
        ("General Staff of Ukraine", "General Staff of the Armed Forces of Ukraine"),
        ("General Staff of Ukraine", "he"),
        ("Poltava Regional Military Administration", "the regional military administration"),
        ("Poltava Regional Military Administration", "he"),
    ]


ADVISERS = Gazetteer(
    actors=(
        ActorEntry("Petro Holub", affiliation="Ukraine", role="President of Ukraine"),
        ActorEntry(
            "Office of the President of Ukraine",
            kind="organisation",
            affiliation="Ukraine",
            role="Office of the President of Ukraine",
        ),
        ActorEntry("Government of Ukraine", kind="state", affiliation="Ukraine"),
        ActorEntry(
            "Ukrainian Foreign Ministry",
            kind="organisation",
            affiliation="Ukraine",
            aliases=("Ministry of Foreign Affairs of Ukraine",),
        ),
    )
)


def test_an_adviser_to_the_president_is_the_adviser_named_next_never_the_president():
    text = (
        "Sunflower oil sales could rise by a third, a trade adviser to the Ukrainian president "
        "said on Sunday.\n\n"
        "The mills could process 12 million tonnes, adviser Taras Moroz said.\n"
    )
    found = extract(text, gazetteer=ADVISERS, published=dt.date(2022, 7, 24)).statements
    assert [(s.speaker, s.speaker_mention) for s in found] == [
        ("Taras Moroz", "a trade adviser to the Ukrainian president"),
        ("Taras Moroz", "Taras Moroz"),
    ]


def test_an_adviser_to_the_president_not_named_speaks_for_the_presidents_office():
    text = "A senior adviser to the Ukrainian president said the talks would resume.\n"
    (s,) = extract(text, gazetteer=ADVISERS, published=dt.date(2022, 7, 24)).statements
    assert (s.speaker, s.speaker_mention) == (
        "Office of the President of Ukraine",
        "A senior adviser to the Ukrainian president",
    )


@pytest.mark.parametrize(
    ("subject", "mention"),
    [
        ("Ukraine's Foreign Affairs Ministry", "Ukraine's Foreign Affairs Ministry"),
        ("The Ukrainian Foreign Affairs Ministry", "Ukrainian Foreign Affairs Ministry"),
    ],
)
def test_a_countrys_foreign_affairs_ministry_is_its_foreign_ministry(subject, mention):
    text = f"{subject} said the strike was a provocation.\n"
    (s,) = extract(text, gazetteer=ADVISERS, published=dt.date(2022, 7, 24)).statements
    assert (s.speaker, s.speaker_mention) == ("Ukrainian Foreign Ministry", mention)


def test_a_places_body_in_lower_case_is_named_without_the_article_and_as_the_place_is_spelt():
    text = "The Odessa regional administration said a ferry terminal was closed for repairs.\n"
    (s,) = extract(text, gazetteer=Gazetteer(actors=()), published=dt.date(2022, 2, 24)).statements
    assert (s.speaker, s.speaker_mention) == (
        "Odesa Regional Administration",
        "The Odessa regional administration",
    )


TITLED = Gazetteer(
    actors=(
        ActorEntry("Alliance", kind="organisation"),
        ActorEntry("Mara Lund", affiliation="Alliance", role="Secretary General of the Alliance"),
    )
)


def test_a_capitalised_title_without_its_article_is_the_person_last_given_it():
    text = (
        "Alliance Secretary General Mara Lund visited the capital on Monday.\n\n"
        "Secretary General noted that the allies would keep up their support."
    )
    found = extract(text, gazetteer=TITLED, published=dt.date(2023, 4, 20)).statements
    assert [(s.speaker, s.speaker_mention) for s in found] == [
        ("Mara Lund", "Secretary General"),
    ]


def test_a_capitalised_title_no_one_was_given_is_not_guessed():
    text = "Secretary General noted that the allies would keep up their support."
    found = extract(text, gazetteer=TITLED, published=dt.date(2023, 4, 20)).statements
    assert [(s.speaker, s.speaker_mention) for s in found] == [(None, "Secretary General")]


BELOV = Gazetteer(
    actors=(
        ActorEntry(
            "Pyotr Belov",
            affiliation="Russia",
            role="Defence minister of Russia",
            description="Minister of Defence of Russia since 2021.",
        ),
    )
)


@pytest.mark.parametrize(("given", "speaker"), [("Pyotr", "Pyotr Belov"), ("Ivan", None)])
def test_an_office_and_the_holders_given_name_without_the_surname_is_the_holder(given, speaker):
    text = f"Russian Defence Minister {given} has said that the army would advance."
    found = extract(text, gazetteer=BELOV, published=dt.date(2023, 4, 20)).statements
    assert [s.speaker for s in found] == [speaker]


MINISTRY = Gazetteer(
    actors=(
        ActorEntry("Ivan Sorin", affiliation="Russia", role="Foreign minister of Russia"),
        ActorEntry("Olga Petrova", affiliation="Russia", role="Deputy foreign minister of Russia"),
        ActorEntry(
            "Russian Foreign Ministry",
            kind="organisation",
            affiliation="Russia",
            aliases=("Russia's Foreign Ministry",),
        ),
    )
)


@pytest.mark.parametrize(
    ("person", "speaker"), [("Ivan Sorin", "Russian Foreign Ministry"), ("Olga Petrova", None)]
)
def test_his_or_her_department_is_the_ministry_the_minister_just_named_heads(person, speaker):
    pronoun = "His" if person.startswith("Ivan") else "Her"
    text = (
        f"{person} arrived in the capital on Monday.\n\n"
        f"{pronoun} department said that the talks would not resume."
    )
    found = extract(text, gazetteer=MINISTRY, published=dt.date(2023, 4, 20)).statements
    assert [(s.speaker, s.speaker_mention) for s in found] == [(speaker, f"{pronoun} department")]


FAMILY = Gazetteer(
    actors=(
        ActorEntry("Anton Hrabar", affiliation="Ukraine", role="President of Ukraine"),
        ActorEntry("Lesia Hrabar", affiliation="Ukraine", role="First Lady of Ukraine"),
        ActorEntry("Marek Dvorak", affiliation="Czech Republic", role="President of Czechia"),
    )
)


@pytest.mark.parametrize(
    ("named", "speaker"),
    [
        ("Anton Hrabar", "Lesia Hrabar"),
        ("Marek Dvorak, then Anton Hrabar", None),
        ("the mayor", None),
    ],
)
def test_the_first_lady_is_the_wife_of_the_president_named_nearest(named, speaker):
    text = (
        "The first lady said she woke up to strange sounds that morning.\n\n"
        f"Later, {named} said the night had been long."
    )
    found = extract(text, gazetteer=FAMILY, published=dt.date(2023, 4, 20)).statements
    assert (found[0].speaker, found[0].speaker_mention) == (speaker, "The first lady")


REGIONS = Gazetteer(
    actors=(
        ActorEntry("Pavel Zorin", affiliation="Russia", role="Governor of Sorokino region"),
        ActorEntry("Ilya Tarasov", affiliation="Russia", role="Governor of Lomov region"),
    )
)


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        ("Drones hit a fuel depot in Russia's Sorokino region overnight.", "Pavel Zorin"),
        ("Drones hit a fuel depot in the Lomov region overnight.", "Ilya Tarasov"),
        ("Drones hit a fuel depot overnight.", None),
    ],
)
def test_a_regional_governor_opening_a_sentence_is_of_the_region_the_one_before_named(
    before, speaker
):
    text = f"{before} The regional governor said no one was hurt.\n"
    found = extract(text, gazetteer=REGIONS, published=dt.date(2023, 4, 20)).statements
    assert [(s.speaker, s.speaker_mention) for s in found] == [(speaker, "The regional governor")]


def test_an_alias_written_surname_first_makes_no_surname_of_the_given_name():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Serhiy Roewicz", role="Spokesman of a city council", aliases=("Roewicz Sergey",)
            ),
            BELOV.actors[0],
        )
    )
    text = "Russian Defence Minister Sergei has said that the army would advance."
    found = extract(text, gazetteer=gazetteer, published=dt.date(2023, 4, 20)).statements
    assert [s.speaker for s in found] == [None]


@pytest.mark.parametrize("title", ["The Deputy Minister", "The deputy minister", "The Minister"])
def test_a_capitalised_definite_title_is_the_person_just_quoted(title):
    text = (
        "The deputy minister of transport of Examplia, Ivan Horak, said the bridge would reopen.\n\n"
        '"We have repaired the supports," Horak said.\n\n'
        f"{title} stressed that trains would run by the summer.\n"
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 5, 17))
    assert [s.speaker for s in result.statements] == ["Ivan Horak"] * 3


def test_a_role_repeated_paragraph_after_paragraph_is_the_person_later_named_with_it():
    text = (
        "Examplia can count on our support, the Trade Secretary has told the country.\n"
        "The visit comes ahead of a fair in the capital.\n"
        "While there, the Trade Secretary met the prime minister and the mayor.\n"
        "It is the fourth meeting in as many weeks.\n"
        "The talks were held in the old palace.\n"
        "The Trade Secretary's visit builds on his trip to the north last week.\n"
        "Officials expect more visits in the spring.\n"
        "Trade Secretary John Roebuck said:\n"
        "We will keep helping Examplia rebuild its ports and its railways.\n"
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 5, 17))
    assert [s.speaker for s in result.statements] == ["John Roebuck", "John Roebuck"]


def test_an_opposition_leader_title_is_cut_from_the_name():
    text = "Opposition Leader Jane Roebuck, however, said the aid came too late.\n"
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 5, 17))
    assert [s.speaker for s in result.statements] == ["Jane Roebuck"]


def test_a_countrys_role_is_the_person_named_with_it_not_another_holder():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Tom Vance", affiliation="United States", role="Special envoy"),
            ActorEntry(
                "Rick Dale", affiliation="United States", role="US presidential envoy for Asia"
            ),
        )
    )
    text = (
        "Tom Vance said on Monday that the Russian side wanted a deal.\n\n"
        "The US envoy suggested that the two presidents could talk before the summit.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2025, 4, 11)).statements
    assert [s.speaker for s in found][-1] == "Tom Vance"


def test_a_counterpart_of_a_country_not_named_is_that_countrys_holder_of_the_same_office():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Ivan Belov", affiliation="Russia", role="Foreign minister of Russia"),
            *GAZETTEER.actors,
        )
    )
    text = (
        "Ivan Belov was due to fly to the talks on Friday, while his Ukrainian counterpart said "
        "Belov would have to withdraw the troops first.\n"
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2023, 6, 1))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Dmytro Kuleba", "Belov would have to withdraw the troops first")
    ]


def test_a_countrys_regional_governor_is_no_governor_whose_role_only_names_the_country():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Russian government", kind="state", aliases=("Russia",)),
            ActorEntry(
                "Ivan Testov", affiliation="Russia", role="Russian-installed governor of Sampleport"
            ),
            ActorEntry("Petr Probov", affiliation="Russia", role="Governor of Samplov region"),
        )
    )
    text = (
        "A drone attack on the border region of Samplov killed two people, the Russian "
        "regional governor said.\n\n"
        "The drone was shot down over a village, Samplov Governor Petr Probov said.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=None).statements
    assert [s.speaker for s in found] == ["Petr Probov", "Petr Probov"]


def test_the_eam_is_the_external_affairs_minister_just_spoken_of():
    gazetteer = Gazetteer(
        actors=(ActorEntry("Ravi Examkar", role="External affairs minister of Examplia"),)
    )
    text = (
        "Examplia has a clear position, External Affairs Minister Ravi Examkar said on Tuesday.\n\n"
        "“We have spoken about this for a long time now,” the EAM said.\n"
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2024, 5, 17))
    assert [s.speaker for s in result.statements] == ["Ravi Examkar", "Ravi Examkar"]


def test_a_regional_governor_without_the_article_is_the_regions_governor():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Olha Bilyk", affiliation="Ukraine", role="Governor of Poltava region"),
            ActorEntry("Government of Ukraine", kind="state", affiliation="Ukraine"),
        )
    )
    text = "Meanwhile, Poltava regional governor said that a convoy was hit on Friday.\n"
    result = extract(text, gazetteer=gazetteer, published=dt.date(2024, 11, 12))
    assert [(s.speaker, s.speaker_mention, s.text) for s in result.statements] == [
        ("Olha Bilyk", "Poltava regional governor", "a convoy was hit on Friday")
    ]


_CABINET = Gazetteer(
    actors=(
        ActorEntry(
            "Jan Nowak",
            affiliation="Poland",
            role="Interior minister of Poland (2019–2023)",
            description="Interior minister of Poland from August 2019 to November 2023.",
        ),
        ActorEntry(
            "Ewa Lis",
            affiliation="Poland",
            role="Interior minister of Poland",
            description="Minister of the Interior and Administration of Poland since December 2023.",
        ),
        ActorEntry(
            "Ewa Kruk",
            affiliation="Poland",
            role="Deputy interior minister of Poland",
            description="Deputy minister of the interior of Poland since 2024.",
        ),
        ActorEntry(
            "Karl Brenner",
            affiliation="Germany",
            role="Interior minister of Germany",
            description="Federal Minister of the Interior of Germany since 2021.",
        ),
        ActorEntry(
            "Luc Morel",
            affiliation="France",
            role="Finance minister of France (2017–2024)",
            description="French Minister of the Economy and Finance from 2017 to September 2024.",
        ),
        ActorEntry(
            "Ivan Sorin",
            affiliation="Examplia",
            role="Energy minister of Examplia",
            description="Minister of Energy of Examplia since May 2024.",
        ),
        ActorEntry(
            "Olga Petrenko",
            affiliation="Ukraine",
            role="Justice minister of Ukraine",
            description="Minister of Justice of Ukraine since 2022.",
        ),
        ActorEntry(
            "Taras Melnyk",
            affiliation="Ukraine",
            role="Health minister of Ukraine",
            description="Minister of Health of Ukraine since 2021.",
        ),
    )
)


@pytest.mark.parametrize(
    ("subject", "published", "speaker"),
    [
        ("The Polish interior minister", dt.date(2022, 3, 1), "Jan Nowak"),
        ("The Polish interior minister", dt.date(2024, 3, 1), "Ewa Lis"),
        ("Poland's interior minister", dt.date(2024, 3, 1), "Ewa Lis"),
        ("Germany's interior minister", dt.date(2024, 3, 1), "Karl Brenner"),
        ("The French economy minister", dt.date(2023, 3, 1), "Luc Morel"),
        ("The French economy minister", dt.date(2025, 3, 1), None),
        ("The Ukrainian justice minister", dt.date(2024, 3, 1), "Olga Petrenko"),
        ("Ukraine's health minister", dt.date(2024, 3, 1), "Taras Melnyk"),
        ("Poland's deputy interior minister", dt.date(2024, 3, 1), "Ewa Kruk"),
    ],
)
def test_a_countrys_cabinet_office_is_its_holder_at_the_date(subject, published, speaker):
    text = f"{subject} said the border crossings would stay closed until spring.\n"
    result = extract(text, gazetteer=_CABINET, published=published)
    assert [s.speaker for s in result.statements] == [speaker]


def test_a_cabinet_office_without_a_country_is_the_holder_just_named():
    text = (
        "Ivan Sorin toured a damaged substation outside the capital on Monday.\n\n"
        "The energy minister said repairs would take at least three weeks.\n"
    )
    result = extract(text, gazetteer=_CABINET, published=dt.date(2025, 3, 1))
    assert [s.speaker for s in result.statements] == ["Ivan Sorin"]


_DIPLOMATS = Gazetteer(
    actors=(
        ActorEntry(
            "Igor Lavin",
            affiliation="Russia",
            role="Foreign minister of Russia",
            description="Minister of Foreign Affairs of Russia since 2004.",
        ),
        ActorEntry("Russia", kind="state", affiliation="Russia"),
    )
)


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Russia's senior diplomat", "Igor Lavin"),
        ("Russia's most senior diplomat", "Igor Lavin"),
        ("The head of diplomacy in Moscow", "Igor Lavin"),
        ("The foreign minister in Moscow", "Igor Lavin"),
        ("A senior Russian diplomat", "Russian diplomat"),
        ("A top Russian diplomat", "Russian diplomat"),
        ("The senior Russian diplomat", "Russian diplomat"),
    ],
)
def test_a_countrys_senior_diplomat_or_head_of_diplomacy_is_its_foreign_minister(subject, speaker):
    text = f"{subject} said the consultations on grain exports would resume next week.\n"
    result = extract(text, gazetteer=_DIPLOMATS, published=dt.date(2024, 3, 1))
    assert [s.speaker for s in result.statements] == [speaker]


_LEADERS = Gazetteer(
    actors=(
        ActorEntry(
            "Gabor Kis",
            affiliation="Hungary",
            role="Prime minister of Hungary",
            description="Prime minister of Hungary since 2010.",
        ),
        ActorEntry(
            "Igor Lavin",
            affiliation="Russia",
            role="Foreign minister of Russia",
            description="Minister of Foreign Affairs of Russia since 2004.",
        ),
        ActorEntry("Hungary", kind="state", affiliation="Hungary"),
    )
)


@pytest.mark.parametrize(
    ("before", "subject", "speaker"),
    [
        ("Gabor Kis flew to the capital for talks", "the nationalist leader", "Gabor Kis"),
        ("Gabor Kis flew to the capital for talks", "the veteran leader", "Gabor Kis"),
        (
            "The Hungarian Prime Minister flew to the capital for talks",
            "the veteran leader",
            "Gabor Kis",
        ),
        ("Igor Lavin flew to the capital for talks", "the veteran leader", None),
        ("Gabor Kis flew to the capital for talks", "the opposition leader", None),
    ],
)
def test_a_leader_by_an_epithet_is_the_countrys_leader_just_spoken_of(before, subject, speaker):
    text = (
        f"{before} on Wednesday.\n\n"
        f"“A pause in the fighting would help everyone,” declared {subject}, who has long "
        "opposed the aid package.\n"
    )
    result = extract(text, gazetteer=_LEADERS, published=dt.date(2024, 7, 3))
    assert [s.speaker for s in result.statements] == [speaker]


def test_a_leader_by_an_epithet_is_the_leader_last_quoted_of_two_named():
    gazetteer = Gazetteer(
        actors=(
            *_LEADERS.actors,
            ActorEntry("Pavel Grom", affiliation="Russia", role="President of Russia"),
        )
    )
    text = (
        "“Both sides must stop shooting,” Gabor Kis said after his call with Pavel Grom.\n\n"
        "The populist leader said the next round would take place in the summer.\n"
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2024, 7, 3))
    assert [s.speaker for s in result.statements] == ["Gabor Kis", "Gabor Kis"]


OFFICE_HEAD = Gazetteer(
    actors=(
        ActorEntry(
            "Taras Hlynka",
            affiliation="Examplia",
            role="Head of the Secretariat of the President of Examplia (2019–2026)",
            aliases=("Hlynka",),
        ),
        ActorEntry(
            "Ivan Horak", affiliation="Examplia", role="Mayor of Exampleton", aliases=("Horak",)
        ),
        ActorEntry(
            "Examplian Foreign Ministry",
            kind="organisation",
            affiliation="Examplia",
            aliases=("Foreign Ministry of Examplia",),
        ),
        ActorEntry(
            "Vera Lisova", affiliation="Examplia", role="Examplian Foreign Ministry spokeswoman"
        ),
    )
)


def test_a_capitalised_office_subject_is_the_person_just_quoted_whose_role_it_is():
    text = (
        "Hlynka said the talks would resume in the spring.\n\n"
        "The Head of the Secretariat of the President stressed that the bridge would reopen.\n"
    )
    found = extract(text, gazetteer=OFFICE_HEAD, published=dt.date(2024, 5, 17)).statements
    assert [s.speaker for s in found] == ["Taras Hlynka", "Taras Hlynka"]


@pytest.mark.parametrize(
    ("published", "speaker"),
    [
        (dt.date(2024, 5, 17), "Taras Hlynka"),  # the holder on the day
        (dt.date(2027, 5, 17), "Head of the Secretariat of the President"),  # no one on the day
        (None, "Head of the Secretariat of the President"),  # an undated page
    ],
)
def test_a_capitalised_office_no_one_named_holds_is_its_holder_on_the_day(published, speaker):
    text = (
        "Horak said the talks would resume in the spring.\n\n"
        "The Head of the Secretariat of the President stressed that the bridge would reopen.\n"
    )
    found = extract(text, gazetteer=OFFICE_HEAD, published=published).statements
    assert [s.speaker for s in found] == ["Ivan Horak", speaker]


def test_a_capitalised_office_is_not_its_deputys():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Olha Deputy",
                affiliation="Examplia",
                role="Deputy head of the Secretariat of the President of Examplia (2019–2026)",
                aliases=("Olha",),
            ),
        )
    )
    text = "The Head of the Secretariat of the President stressed that the bridge would reopen.\n"
    [s] = extract(text, gazetteer=gazetteer, published=dt.date(2024, 5, 17)).statements
    assert s.speaker == "Head of the Secretariat of the President"


@pytest.mark.parametrize(
    "subject",
    [
        "the Examplian Foreign Ministry's representative",
        "the official representative of the Examplian Foreign Ministry",
    ],
)
def test_a_bodys_representative_is_its_spokesperson(subject):
    text = f"According to {subject}, the bridge would reopen in May.\n"
    [s] = extract(text, gazetteer=OFFICE_HEAD, published=dt.date(2024, 5, 17)).statements
    assert s.speaker == "Vera Lisova"


def test_a_countrys_representative_is_no_bodys_spokesperson():
    text = "According to Examplia's representative, the bridge would reopen in May.\n"
    [s] = extract(text, gazetteer=OFFICE_HEAD, published=dt.date(2024, 5, 17)).statements
    assert s.speaker != "Vera Lisova"


NATIONALS = Gazetteer(
    actors=(
        ActorEntry("Examplia", kind="state", affiliation="Ukraine", aliases=("Ukraine",)),
        ActorEntry("Oskar Wendt", affiliation="Russia", role="Ambassador", aliases=("Wendt",)),
        ActorEntry("Russian government", kind="state", affiliation="Russia", aliases=("Russia",)),
    )
)


def test_a_nationality_standing_as_the_subject_is_the_person_of_it_just_named():
    text = (
        "Mr Wendt said the ships had left the port.\n\n"
        '"The port is closed," the Russian told his counterpart.\n'
    )
    found = extract(text, gazetteer=NATIONALS, published=dt.date(2024, 5, 17)).statements
    assert [(s.speaker, s.speaker_mention) for s in found] == [
        ("Oskar Wendt", "Wendt"),
        ("Oskar Wendt", "the Russian"),
    ]


def test_a_nationality_standing_as_the_subject_with_no_one_of_it_named_is_the_state():
    text = '"The port is closed," the Russian told his counterpart.\n'
    [s] = extract(text, gazetteer=NATIONALS, published=dt.date(2024, 5, 17)).statements
    assert s.speaker == "Russian government"


LEADER_OFFICE = Gazetteer(
    actors=(
        ActorEntry(
            "Taras Koval", affiliation="Ukraine", role="President of Ukraine", aliases=("Koval",)
        ),
        ActorEntry(
            "Office of the President of Ukraine",
            kind="organisation",
            affiliation="Ukraine",
            role="Presidential office",
        ),
        ActorEntry("Government of Ukraine", kind="state", affiliation="Ukraine"),
    )
)


@pytest.mark.parametrize(
    "subject", ["A readout from Koval's office on Monday", "A statement from Koval's office"]
)
def test_a_document_from_a_leaders_office_is_the_offices(subject):
    text = f"{subject} said the two sides discussed the grain corridor.\n"
    [s] = extract(text, gazetteer=LEADER_OFFICE, published=dt.date(2023, 3, 28)).statements
    assert (s.speaker, s.speaker_mention) == (
        "Office of the President of Ukraine",
        "Koval's office",
    )


def test_a_named_persons_own_report_coordinated_in_a_bodys_statement_is_theirs():
    text = (
        "A statement from Koval's office said the two sides discussed the grain corridor and "
        "that Koval told the envoy new steps needed to be taken.\n"
    )
    found = extract(text, gazetteer=LEADER_OFFICE, published=dt.date(2023, 3, 28)).statements
    assert [(s.speaker, s.text) for s in found] == [
        ("Office of the President of Ukraine", "the two sides discussed the grain corridor"),
        ("Taras Koval", "new steps needed to be taken"),
    ]


def test_the_mayor_of_a_town_in_a_country_is_the_mayor_named_next_not_the_country():
    gazetteer = Gazetteer(
        actors=(ActorEntry("Examplian government", kind="state", aliases=("Examplia",)),)
    )
    text = (
        "A civilian was killed in cross-border shelling, the mayor of a town in eastern "
        "Examplia said.\n\n"
        "Northtown Mayor Ivan Petrenko explained that the shell hit a truck.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2023, 3, 28)).statements
    assert [(s.speaker, s.speaker_mention) for s in found] == [
        ("Ivan Petrenko", "the mayor of a town in eastern Examplia"),
        ("Ivan Petrenko", "Northtown Mayor Ivan Petrenko"),
    ]


def test_the_mayor_of_a_town_in_a_country_no_one_named_stays_unnamed():
    gazetteer = Gazetteer(
        actors=(ActorEntry("Examplian government", kind="state", aliases=("Examplia",)),)
    )
    text = (
        "A civilian was killed in cross-border shelling, the mayor of a town in eastern "
        "Examplia said.\n"
    )
    [s] = extract(text, gazetteer=gazetteer, published=dt.date(2023, 3, 28)).statements
    assert (s.speaker, s.speaker_mention) == (None, "the mayor of a town in eastern Examplia")


@pytest.mark.parametrize(
    "title",
    ["The Head of the Secretariat of the President", "The Head of the Presidential Secretariat"],
)
def test_a_capitalised_office_subject_is_the_person_named_before_whose_role_it_is(title):
    text = (
        "Taras Hlynka met the envoys on Monday.\n\n"
        f"{title} stressed that the bridge would reopen.\n"
    )
    found = extract(text, gazetteer=OFFICE_HEAD, published=dt.date(2024, 5, 17)).statements
    assert [s.speaker for s in found] == ["Taras Hlynka"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The depot burned for hours, according to Examplian military and local officials.",
            "Examplian officials",
        ),
        (
            "Examplian army and civil officials said the depot burned for hours.",
            "Examplian officials",
        ),
    ],
)
def test_a_sides_officials_of_two_kinds_are_its_officials(sentence, speaker):
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Examplian Armed Forces",
                kind="organisation",
                affiliation="Ukraine",
                aliases=("Examplian military", "Examplian army"),
            ),
        )
    )
    [s] = extract(sentence, gazetteer=gazetteer, published=dt.date(2024, 3, 15)).statements
    assert s.speaker == speaker


def test_a_lone_distinctive_surname_is_the_one_gazetteer_person_with_it():
    from statements.extraction import ActorEntry, Gazetteer, extract

    people = Gazetteer(
        actors=(
            ActorEntry("Oskar Vandermeer", role="Defence minister of Examplia"),
            ActorEntry("Jane Harris", role="Foreign minister of Examplia"),
        )
    )
    found = extract(
        "Vandermeer said the brigade would be ready by spring.\n\n"
        "Harris said the embassy would stay open.\n",
        gazetteer=people,
    ).statements
    # "Harris" is a surname many share: not taken for the gazetteer's Jane Harris unnamed.
    assert [(s.speaker, s.text) for s in found] == [
        ("Oskar Vandermeer", "the brigade would be ready by spring"),
        ("Harris", "the embassy would stay open"),
    ]


NAP_BODIES = Gazetteer(
    actors=(
        ActorEntry("Northern Alliance Pact", kind="organisation", aliases=("NAP",)),
        ActorEntry(
            "Tarja Lind",
            affiliation="Northern Alliance Pact",
            role="Secretary General of the NAP",
            aliases=("Lind",),
        ),
        ActorEntry("Examplian Atomic Agency", kind="organisation", aliases=("EAA",)),
        ActorEntry(
            "Ivo Petrak",
            affiliation="Examplian Atomic Agency",
            role="Director General of the EAA",
            aliases=("Petrak",),
        ),
    )
)


@pytest.mark.parametrize(
    ("opening", "subject", "speaker"),
    [
        (
            "Ana Roe spoke with NAP Secretary General Tarja Lind.",
            "The alliance leader",
            "Tarja Lind",
        ),
        ("Lind's summary of the NAP call named no date.", "The alliance chief", "Tarja Lind"),
        ("The EAA sent a team to the plant on Monday.", "The agency chief", "Ivo Petrak"),
    ],
)
def test_a_bodys_noun_and_its_top_office_is_the_holder_of_the_body_named_before(
    opening, subject, speaker
):
    text = f"{opening} {subject} said that the bridge would reopen in the spring.\n"
    found = extract(text, gazetteer=NAP_BODIES, published=None).statements
    assert [(s.speaker, s.text) for s in found][-1] == (
        speaker,
        "the bridge would reopen in the spring",
    )


def test_an_indefinite_official_is_not_the_gazetteer_person_whose_role_holds_its_words():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Ivo Petrak",
                affiliation="Examplia",
                role="Examplian-installed official in the occupied Lake region",
                aliases=("Petrak",),
            ),
        )
    )
    text = "The ferry would not sail this week, an Examplian-installed regional official said.\n"
    found = extract(text, gazetteer=gazetteer, published=dt.date(2024, 5, 17)).statements
    assert [(s.speaker, s.text) for s in found] == [
        ("Examplian-installed regional official", "The ferry would not sail this week")
    ]


COMPANIES = Gazetteer(
    actors=(
        ActorEntry("Lakeatom", kind="organisation"),
        ActorEntry("Northgas", kind="organisation"),
        ActorEntry(
            "Ivo Petrak", affiliation="Lakeatom", role="Head of Lakeatom", aliases=("Petrak",)
        ),
        ActorEntry("Ana Kale", affiliation="Northgas", role="Head of Northgas", aliases=("Kale",)),
    )
)


def test_a_companys_ceo_is_the_holder_of_its_top_office():
    text = (
        "Lakeatom CEO Ivo Petrak said the reactor was cold.\n\n"
        "The Northgas CEO said the pipe would stay shut.\n\n"
        "Repairs would take a month, the Lakeatom CEO also said.\n"
    )
    found = extract(text, gazetteer=COMPANIES, published=dt.date(2025, 6, 6)).statements
    assert [s.speaker for s in found] == ["Ivo Petrak", "Ana Kale", "Ivo Petrak"]


def test_a_capitalised_bare_office_is_the_person_named_with_it_else_the_countrys_holder():
    # coord9: "The Foreign Minister also noted ..." is the person the article last named with
    # that role, else the holder on the day in the country the story is about.
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Jana Kowal",
                affiliation="Examplia",
                role="Foreign minister of Examplia",
                description="Minister of Foreign Affairs of Examplia since May 2023.",
            ),
            ActorEntry(
                "Otto Berg",
                affiliation="Otheria",
                role="Foreign minister of Otheria",
                description="Minister of Foreign Affairs of Otheria since June 2022.",
            ),
            ActorEntry(
                "Government of Examplia",
                kind="state",
                affiliation="Examplia",
                aliases=("Examplia",),
            ),
            ActorEntry(
                "Government of Otheria", kind="state", affiliation="Otheria", aliases=("Otheria",)
            ),
        )
    )
    when = dt.date(2024, 5, 17)
    named = (
        "Otheria's foreign minister Otto Berg arrived in the port city on Monday.\n\n"
        "The Foreign Minister then stressed that the ferry line would reopen in June.\n"
    )
    assert [s.speaker for s in extract(named, gazetteer=gazetteer, published=when).statements] == [
        "Otto Berg"
    ]
    unnamed = (
        "Examplia opens its border crossings to grain trucks\n\n"
        "The Foreign Minister said the crossings would stay open through the winter.\n"
    )
    assert [
        s.speaker for s in extract(unnamed, gazetteer=gazetteer, published=when).statements
    ] == ["Jana Kowal"]


UN = Gazetteer(
    actors=(
        ActorEntry("United Nations", kind="organisation", aliases=("UN", "U.N.")),
        ActorEntry("Jane Roe", affiliation="United Nations", role="UN Secretary-General"),
        ActorEntry("John Doe", affiliation="International", role="UN humanitarian chief"),
    )
)


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("The UN chief", "Jane Roe"),
        ("The UN Secretary-General", "Jane Roe"),
        ("The UN secretary-general", "Jane Roe"),
        ("The UN humanitarian chief", "John Doe"),
        ("The UN", "United Nations"),
    ],
)
def test_a_bodys_chief_is_its_top_office_not_an_office_inside_it(subject, speaker):
    # (csweep) "the UN chief" is the holder of the title written next to the body ("UN
    # Secretary-General"), not of "UN humanitarian chief"; a capitalised title after the body
    # makes the phrase a person's, not the body's.
    text = f"{subject} said on Monday that the convoy had reached the town.\n"
    found = extract(text, gazetteer=UN, published=dt.date(2025, 5, 9)).statements
    assert [(s.speaker, s.text) for s in found] == [(speaker, "the convoy had reached the town")]


_VOICES = Gazetteer(
    actors=(
        ActorEntry(
            "Jan Roe",
            affiliation="Examplia",
            role="Chancellor of Examplia",
            aliases=("Roe",),
        ),
        ActorEntry("Examplian government", kind="state", affiliation="Examplia"),
        ActorEntry(
            "Examplian Rail Agency",
            kind="organisation",
            affiliation="Examplia",
            aliases=("Rail Agency",),
        ),
        ActorEntry("Piet Moe", affiliation="Examplia", role="Foreign minister of Examplia"),
    )
)


@pytest.mark.parametrize(
    ("first", "second", "speaker"),
    [
        # (csweep) "a government spokesperson" after the chancellor: her government, and "the
        # spokesperson" after it the same voice
        ("Chancellor Jan Roe", "A government spokesperson", "Examplian government"),
        # a body's unnamed spokesperson whom the gazetteer does not name: the body
        ("Chancellor Jan Roe", "A Rail Agency spokesman", "Examplian Rail Agency"),
        # "the veteran diplomat": the diplomat just quoted
        ("Foreign Minister Piet Moe", "The veteran diplomat", "Piet Moe"),
    ],
)
def test_an_unnamed_voice_of_a_government_or_body_and_a_described_diplomat(first, second, speaker):
    text = (
        f"{first} said on Monday that the ferries would run again in June.\n\n"
        f"{second} said that the harbour would stay closed until the autumn.\n\n"
        "The talks in the lakeside hotel ended late without a joint communique.\n\n"
        "The spokesperson added that the convoy had reached the town.\n"
    )
    found = extract(text, gazetteer=_VOICES, published=dt.date(2025, 5, 9)).statements
    assert [(s.speaker, s.text) for s in found][1] == (
        speaker,
        "the harbour would stay closed until the autumn",
    )
    if second.startswith("A government"):
        assert [s.speaker for s in found][-1] == "Examplian government"


def test_a_government_spokesperson_is_of_the_leader_the_sentence_opens_with():
    # (csweep) "Chancellor X assured Y that ..., a government spokesperson said": X's
    # government, and "the spokesperson" later the same voice.
    text = (
        "Chancellor Jan Roe assured Foreign Minister Piet Moe that the ferries would run again "
        "in June, a government spokesperson said.\n\n"
        "The spokesperson added that the convoy had reached the town.\n"
    )
    found = extract(text, gazetteer=_VOICES, published=dt.date(2025, 5, 9)).statements
    assert [(s.speaker, s.text) for s in found][-1] == (
        "Examplian government",
        "the convoy had reached the town",
    )


def test_a_role_whose_words_the_description_joins_without_of_is_still_the_office():
    # (csweep) "the Palace chief of staff": the "Chief of staff of the Presidential
    # Administration of Examplia", the body the Palace's gazetteer names give.
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Palace",
                kind="organisation",
                affiliation="Examplia",
                aliases=("Presidential Administration of Examplia",),
            ),
            ActorEntry(
                "Ivo Roe",
                affiliation="Examplia",
                role="Chief of staff of the Presidential Administration of Examplia",
            ),
        )
    )
    for subject in ("The Palace chief of staff", "The Palace's chief of staff"):
        text = f"{subject} said on Monday that the convoy had reached the town.\n"
        found = extract(text, gazetteer=gazetteer, published=dt.date(2025, 5, 9)).statements
        assert [(s.speaker, s.text) for s in found] == [
            ("Ivo Roe", "the convoy had reached the town")
        ]


def test_the_countrys_president_is_not_the_president_pro_tempore_of_its_senate():
    # (csweep) a senator described as "president pro tempore of the Senate since January
    # 2025" holds another office; a predecessor whose tenure ended that January is gone.
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Ivo Roe",
                affiliation="United States",
                role="President of the United States (2021–2025)",
                description="President of the United States from January 2021 to January 2025.",
            ),
            ActorEntry(
                "Piet Doe",
                affiliation="United States",
                role="President of the United States",
                description="President of the United States since January 2025.",
            ),
            ActorEntry(
                "Aldo Moe",
                affiliation="United States",
                role="US senator",
                description="Senator; president pro tempore of the Senate since January 2025.",
            ),
        )
    )
    text = "The US president said on Monday that the convoy had reached the town.\n"
    for published, speaker in (
        (dt.date(2023, 6, 1), "Ivo Roe"),
        (dt.date(2025, 3, 14), "Piet Doe"),
    ):
        found = extract(text, gazetteer=gazetteer, published=published).statements
        assert [s.speaker for s in found] == [speaker]


def test_a_former_office_of_another_country_points_back_to_who_held_it():
    # (csweep) "the former Examplian prime minister" after the EU's chief diplomat who was
    # Examplia's prime minister (her gazetteer description says so): her, though her
    # affiliation is now the EU; with no such person named, no one.
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Ida Roe",
                affiliation="European Union",
                role="EU foreign policy chief",
                description="Prime minister of Estonia (2021–2024); EU foreign policy chief.",
            ),
            ActorEntry("Piet Moe", affiliation="Ukraine", role="Foreign minister of Ukraine"),
        )
    )
    for first, speaker in (("EU foreign policy chief Ida Roe", "Ida Roe"), ("Piet Moe", None)):
        text = (
            f"{first} said on Monday that the talks had failed.\n\n"
            "The former Estonian prime minister added that the sanctions would stay.\n"
        )
        found = extract(text, gazetteer=gazetteer, published=dt.date(2025, 5, 9)).statements
        assert [s.speaker for s in found][-1] == speaker
