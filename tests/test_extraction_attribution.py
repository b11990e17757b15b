"""Who a reporting clause names, in constructions where a nearer word used to win: a place or
body inside an apposition, a month that is a first name, a name given after a description,
pronouns after a newly introduced person, unnamed sources described in words."""

import datetime as dt

import pytest

from statements.extraction import ActorEntry, Gazetteer, extract

GAZETTEER = Gazetteer(
    actors=(
        ActorEntry(
            "Volodymyr Zelensky", role="President of Ukraine", aliases=("Zelensky", "Zelenskyy")
        ),
        ActorEntry("Rustem Umerov", role="Defence Minister of Ukraine", aliases=("Umerov",)),
        ActorEntry("Dmitry Medvedev", role="Deputy chairman of the Security Council of Russia"),
        ActorEntry("Office of the President of Ukraine", kind="organisation"),
        ActorEntry("Examplian Grain Agency", kind="organisation"),
        ActorEntry("Government of Ukraine", kind="state", aliases=("Kyiv", "Ukraine")),
        ActorEntry("Government of Russia", kind="state", aliases=("Moscow", "Russia")),
        ActorEntry("Reuters", kind="media"),
        ActorEntry("BBC", kind="media"),
        ActorEntry("Meduza", kind="media"),
    ),
    events=(),
)


def statements(text):
    return extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 15)).statements


def only(text):
    found = statements(text)
    assert len(found) == 1, [s.text for s in found]
    return found[0]


# --- a name with an apposition ------------------------------------------------------------------


def test_a_place_inside_the_apposition_is_not_the_speaker():
    s = only("Olena Marchuk, a Kyiv lawyer who advises conscripts, said the new rules were unfair.")
    assert (s.speaker, s.speaker_kind) == ("Olena Marchuk", "person")


def test_a_body_inside_the_apposition_is_not_the_speaker():
    s = only(
        'Petro Sydorenko, the head of Zelensky\'s office, told reporters: "We will not give up."'
    )
    assert s.speaker == "Petro Sydorenko"


def test_a_known_person_inside_the_apposition_is_not_the_speaker():
    s = only("Hanna Kovalenko, a lawyer advising Zelensky, said the decree was ready.")
    assert s.speaker == "Hanna Kovalenko"


def test_a_relative_clause_of_place_inside_the_apposition_is_not_the_speaker():
    s = only(
        "Taras Hnatiuk, the mayor of Lutsk, where the new depot is sited, told a local paper "
        "that the water supply was restored."
    )
    assert (s.speaker, s.speaker_kind) == ("Taras Hnatiuk", "person")


def test_he_is_never_a_body_named_later_in_the_sentence():
    # "he" with no one named before it: not "Regional Council", a body the clause names.
    s = only("The storm passed.\n\nHe said he would brief the Regional Council on Monday.")
    assert s.speaker is None


def test_a_named_sayer_after_an_according_to_opening_speaks_the_clause():
    found = statements(
        "Mayor Taras Hnatiuk spoke on local radio. According to early estimates, Hnatiuk said "
        "the bridge was damaged by two shells."
    )
    assert [(s.speaker, s.text) for s in found] == [
        ("Taras Hnatiuk", "the bridge was damaged by two shells")
    ]


def test_a_prepositional_which_clause_has_its_own_subject():
    s = only(
        "Moscow kept its own losses quiet over the winter, during which Kyiv mounted a push "
        "that Zelensky has since said failed to reach its aims."
    )
    assert (s.speaker, s.text) == ("Volodymyr Zelensky", "failed to reach its aims")


def test_a_places_possessive_role_before_the_name_belongs_to_the_attribution():
    s = only("Two bridges were closed after the storm, Lutsk's mayor, Taras Hnatiuk, said.")
    assert (s.speaker, s.text) == ("Taras Hnatiuk", "Two bridges were closed after the storm")


# --- months that are first names ----------------------------------------------------------------


def test_a_month_followed_by_a_surname_is_a_first_name():
    found = statements('May Olsen said the aid would come. "It is late," said June Park, a nurse.')
    assert [s.speaker for s in found] == ["May Olsen", "June Park"]


def test_a_month_after_a_preposition_is_a_date():
    found = statements("In May Ukrainian officials said the aid had arrived.")
    assert [(s.speaker, s.speaker_mention) for s in found] == [
        ("Ukrainian officials", "In May Ukrainian officials")
    ]


# --- a name given after a description ------------------------------------------------------------


def test_a_first_name_given_after_a_description_is_a_new_person():
    found = statements(
        "A 29-year-old medic who asked to be identified only by her first name, Iryna, said the "
        'shelling lasted all night. "We ran out of bandages," she said.'
    )
    assert [(s.speaker, s.speaker_kind) for s in found] == [("Iryna", "person")] * 2


def test_a_call_sign_is_a_new_person():
    s = only("A soldier who gave only his call sign, Bison, said the unit had run out of shells.")
    assert (s.speaker, s.speaker_kind) == ("Bison", "person")


# --- pronouns after a newly introduced person ----------------------------------------------------


def test_he_after_a_new_person_in_subject_position_is_not_the_famous_minister():
    found = statements(
        "Umerov said on Monday that the army would hold.\n\n"
        "Taras Bondar, a soldier, told the BBC that the unit was exhausted.\n\n"
        '"We had no choice," he said.'
    )
    assert [s.speaker for s in found] == ["Rustem Umerov", "Taras Bondar", "Taras Bondar"]
    assert found[1].via == "BBC"


def test_he_after_a_new_person_introduced_as_an_object():
    found = statements(
        "Umerov said on Monday that the army would hold.\n\n"
        "The BBC spoke to Taras Bondar, a 40-year-old soldier in Pokrovsk.\n\n"
        '"We had no choice," he said.'
    )
    assert [s.speaker for s in found] == ["Rustem Umerov", "Taras Bondar"]


# --- told <outlet> that ----------------------------------------------------------------------


def test_the_outlet_told_is_via_and_the_pronoun_is_the_speaker():
    found = statements(
        "Oksana Lysenko spoke to reporters on Monday. She told Meduza that the decision was final."
    )
    assert [(s.speaker, s.via) for s in found] == [("Oksana Lysenko", "Meduza")]


# --- possessive body, role, name -----------------------------------------------------------------


def test_a_name_ending_the_subject_beats_the_body_before_it():
    s = only("Russia's Security Council deputy chairman Dmitry Medvedev said the West would pay.")
    assert s.speaker == "Dmitry Medvedev"


# --- unnamed sources described in words, and new actors' names ------------------------------------


def test_residents_of_a_place_are_named_place_first():
    s = only("Residents of Kherson said the water had risen overnight.")
    assert (s.speaker, s.speaker_kind) == ("Kherson residents", "group")


def test_people_familiar_with_the_matter_keep_their_description():
    found = statements(
        "People familiar with the matter said the talks had stalled. "
        "A person familiar with the plans said the deal was close."
    )
    assert [s.speaker for s in found] == [
        "People familiar with the matter",
        "Person familiar with the plans",
    ]
    assert found[1].speaker_mention == "A person familiar with the plans"


def test_the_government_is_the_country_the_article_named_last():
    found = statements(
        "Russia rejected the plan. The government said the proposal was unacceptable."
    )
    assert [s.speaker for s in found] == ["Government of Russia"]


def test_dots_leave_an_all_caps_acronym_in_a_new_name():
    s = only("The U.A.E. Foreign Ministry said it had mediated the exchange.")
    assert s.speaker == "UAE Foreign Ministry"


def test_analysts_stay_a_plain_group():
    s = only("Analysts said the offensive had stalled.")
    assert (s.speaker, s.speaker_kind) == ("Analysts", "group")


# --- an unnamed official, named later -----------------------------------------------------------

REVEAL_GAZETTEER = Gazetteer(
    actors=(
        ActorEntry(
            "Pentagon",
            kind="organisation",
            role="United States Department of Defense",
            aliases=("Department of Defense",),
        ),
        ActorEntry("Jake Sullivan", role="US National Security Adviser", aliases=("Sullivan",)),
        ActorEntry(
            "Mykhailo Podolyak",
            role="Adviser to the head of the Office of the President",
            aliases=("Podolyak",),
        ),
    ),
    events=(),
)


def speakers_of(text):
    found = extract(text, gazetteer=REVEAL_GAZETTEER, published=dt.date(2023, 3, 1)).statements
    return [(s.speaker, s.text[:30]) for s in found]


def test_an_unnamed_official_named_in_the_next_paragraph_is_that_person():
    text = (
        "A senior Pentagon official has called the front lines a “grinding slog” as he said "
        "that Russian forces are unlikely to make big gains next year.\n\n"
        "“You may see small portions of territory change hands in the coming weeks,” Colin "
        "Kahl, under secretary of defence for policy, told lawmakers on Tuesday.\n\n"
        "Washington does not rule out that the war might last for years, the senior Pentagon "
        "official said.\n"
    )
    assert speakers_of(text) == [
        ("Colin Kahl", "called the front lines a “grin"),
        ("Colin Kahl", "Russian forces are unlikely to"),
        ("Colin Kahl", "You may see small portions of "),
        ("Colin Kahl", "Washington does not rule out t"),
    ]


def test_a_presidential_official_named_next_by_a_presidential_adviser():
    text = (
        "KYIV (Reuters) - The leak of classified documents looks like a Russian operation to "
        "sow doubts, a Ukrainian presidential official said on Friday.\n\n"
        "Mykhailo Podolyak told Reuters that the leaked data was a mix of real and fake "
        "information.\n"
    )
    assert [s for s, _ in speakers_of(text)] == ["Mykhailo Podolyak", "Mykhailo Podolyak"]


def test_a_person_of_another_office_named_next_is_not_the_unnamed_official():
    text = (
        "The Pentagon is looking at what air defenses it can give Ukraine, a senior defense "
        "official said Monday.\n\n"
        "Those systems will be part of an upcoming security package, National Security "
        "Adviser Jake Sullivan told reporters Monday.\n\n"
        "Over the weekend, Russia conducted more than 60 missile strikes across Ukraine, the "
        "official said.\n"
    )
    assert [s for s, _ in speakers_of(text)] == ["Pentagon", "Jake Sullivan", "Pentagon"]


def test_the_official_named_in_apposition():
    text = (
        "Russian forces shelled the port overnight, a regional official said on Tuesday.\n\n"
        "The official, Ivan Petrenko, said two warehouses had burned down.\n"
    )
    assert [s for s, _ in speakers_of(text)] == ["Ivan Petrenko", "Ivan Petrenko"]


# --- two statements in one sentence -------------------------------------------------------------


def test_a_clause_after_after_holds_another_speakers_statement():
    text = (
        "MOSCOW (Reuters) - The Kremlin said on Sunday Russia was willing to negotiate over "
        "Ukraine, after US President-elect Donald Trump called for “an immediate ceasefire "
        "and talks.”\n"
    )
    gazetteer = Gazetteer(
        actors=(ActorEntry("Kremlin", kind="organisation"), ActorEntry("Donald Trump")),
        events=(),
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2024, 12, 8)).statements
    assert [(s.speaker, s.text) for s in found] == [
        ("Kremlin", "Russia was willing to negotiate over Ukraine"),
        ("Donald Trump", "called for “an immediate ceasefire and talks.”"),
    ]


def test_claims_to_have_is_a_stance_and_the_sentence_is_the_trailing_speakers():
    gazetteer = Gazetteer(actors=(ActorEntry("Vladimir Putin", aliases=("Putin",)),), events=())
    text = (
        "Ukraine risks renewed conflict if it does not recognize the referenda in four regions "
        "that Russia claims to have annexed, Russian President Vladimir Putin said in an "
        "interview.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2024, 3, 1)).statements
    assert [(s.speaker, s.text) for s in found] == [
        (
            "Vladimir Putin",
            "Ukraine risks renewed conflict if it does not recognize the referenda in four "
            "regions that Russia claims to have annexed",
        )
    ]


def test_the_statement_is_the_reporting_bodys_not_a_body_named_after_it():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Russian Defense Ministry",
                kind="organisation",
                aliases=("Russia's Ministry of Defense",),
            ),
            ActorEntry("Russian Armed Forces", kind="organisation"),
        ),
        events=(),
    )
    text = (
        "Russia launched an operation to liberate the republics of Donetsk and Lugansk.\n\n"
        "MOSCOW (Sputnik) - Russia's Ministry of Defense reported on the progress of the "
        "operation and the achievements of the Russian Armed Forces.\n\n"
        "According to the statement, the Ukrainian forces have lost up to 560 servicepeople in "
        "the past 24 hours.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2024, 6, 19)).statements
    assert [(s.speaker, s.speaker_mention) for s in found] == [
        ("Russian Defense Ministry", "the statement")
    ]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("A Ukrainian government adviser", "Ukrainian government adviser"),
        ("A Russian law enforcement representative", "Russian law enforcement representative"),
        ("Another U.S. official", "US official"),
        ("Kyiv", "Government of Ukraine"),
    ],
)
def test_an_unnamed_adviser_or_representative_is_not_the_government_named_in_the_phrase(
    subject, speaker
):
    text = f"{subject} said Russian troop movements suggested a new offensive.\n"
    assert only(text).speaker == speaker


def test_counted_sources_are_the_described_sources_named_before():
    text = (
        "Reuters reported the visit on Monday, citing four sources familiar with the matter.\n\n"
        "The envoy hopes the meeting could help restart talks, two sources told Reuters.\n"
    )
    found = statements(text)
    assert [(s.speaker, s.speaker_mention, s.text) for s in found][-1] == (
        "Sources familiar with the matter",
        "two sources",
        "The envoy hopes the meeting could help restart talks",
    )


def test_counted_sources_with_nothing_to_refer_to_stay_unnamed():
    assert only("Two sources said the talks were going well.\n").speaker is None


def test_he_in_a_subordinate_clause_is_the_main_clauses_speaker_not_the_last_sentences():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Emmanuel Macron", role="President of France", aliases=("Macron",)),
            ActorEntry("Antony Blinken", role="US Secretary of State", aliases=("Blinken",)),
        ),
        events=(),
    )
    text = (
        "French President Emmanuel Macron held direct talks this morning with Moscow. "
        "Meanwhile, US Secretary of State Antony Blinken described a Russian invasion as "
        "imminent, although he expressed the hope that international efforts can still make "
        "a difference.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2022, 2, 20)).statements
    assert [(s.speaker, s.speaker_mention) for s in found] == [
        ("Antony Blinken", "Antony Blinken"),
        ("Antony Blinken", "he"),
    ]


def test_an_outlets_article_which_alleged_is_the_outlets_claim_not_the_commenters():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Andrii Yusov", aliases=("Yusov",)),
            ActorEntry("The Washington Post", kind="media", aliases=("Washington Post",)),
        ),
        events=(),
    )
    text = (
        "Andrii Yusov, a representative of Defence Intelligence, has commented on the "
        "Washington Post article which alleged that Wagner leader Yevgeny Prigozhin had been in "
        "contact with Ukraine's intelligence.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2023, 5, 15)).statements
    assert [(s.speaker, s.text) for s in found] == [
        (
            "The Washington Post",
            "Wagner leader Yevgeny Prigozhin had been in contact with Ukraine's intelligence",
        )
    ]


def test_one_official_of_a_country_speaks_for_its_government_and_this_official_is_the_same():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "US government",
                kind="state",
                affiliation="United States",
                aliases=("United States", "Washington"),
            ),
        ),
        events=(),
    )
    text = (
        "Another U.S. official put it a different way. “A lot of people have read too much "
        "into the comments,” this official said, noting that the United States has from the "
        "start sought a strategic defeat for Russia.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2022, 5, 8)).statements
    assert [(s.speaker, s.text) for s in found][-1] == (
        "US government",
        "the United States has from the start sought a strategic defeat for Russia",
    )
    assert {s.speaker for s in found} == {"US government"}


# --- organisations are not people ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("The World Food Programme", "World Food Programme"),
        ("Human Rights Watch", "Human Rights Watch"),
        ("Doctors Without Borders", "Doctors Without Borders"),
        (
            "The Economic Community of West African States",
            "Economic Community of West African States",
        ),
    ],
)
def test_an_unknown_organisation_is_typed_as_one(subject, speaker):
    found = only(f"{subject} said the strikes may amount to war crimes.\n")
    assert (found.speaker, found.speaker_kind) == (speaker, "organisation")


@pytest.mark.parametrize(
    ("subject", "speaker", "kind"),
    [
        ("A spokesperson for the Office of the President of Ukraine", "Office of the President of Ukraine", None),
        ("A spokeswoman for Human Rights Watch", "Human Rights Watch", "organisation"),
    ],
)  # fmt: skip
def test_a_spokesperson_for_a_body_is_the_body_speaking(subject, speaker, kind):
    found = only(f"{subject} said the sanctions would stay in place.\n")
    assert (found.speaker, found.speaker_kind) == (speaker, kind)


def test_it_with_nothing_it_could_be_reports_nothing():
    text = (
        "He came armed with a plan. Not only does it ask for long-range weapons, but it also "
        "calls for an immediate invitation to join NATO at a later date.\n"
    )
    assert statements(text) == []


@pytest.mark.parametrize(
    "subject",
    ["A senior adviser to Zelensky", "A spokesman for Zelensky", "Zelensky's spokesman"],
)
def test_a_leaders_staff_speaks_for_the_leaders_office(subject):
    found = only(f"{subject} promised an investigation into the video.\n")
    assert (found.speaker, found.speaker_mention) == ("Office of the President of Ukraine", subject)


def test_the_official_after_a_named_official_is_that_person():
    text = (
        "Vadym Skibitskyi, a senior Ukrainian intelligence official, said Russia was preparing "
        "a new offensive. The official added that the attack could come in the summer.\n"
    )
    assert [s.speaker for s in statements(text)] == ["Vadym Skibitskyi", "Vadym Skibitskyi"]


# --- connectives and "the latter" -------------------------------------------------------------


@pytest.mark.parametrize("connective", ["However", "Meanwhile", "Nevertheless"])
def test_a_connective_without_a_comma_is_not_part_of_the_speaker(connective):
    found = only(f"{connective} Russia said the talks in Geneva had brought nothing new.")
    assert (found.speaker, found.speaker_mention) == ("Government of Russia", "Russia")


@pytest.mark.parametrize(
    ("which", "speaker"), [("latter", "Rustem Umerov"), ("former", "Volodymyr Zelensky")]
)
def test_the_latter_and_the_former_are_the_last_two_people_named(which, speaker):
    found = only(
        f"Volodymyr Zelensky praised Rustem Umerov after the {which} said the new brigades "
        "were ready for the front."
    )
    assert (found.speaker, found.speaker_mention) == (speaker, f"the {which}")


def test_a_new_body_named_by_an_organisation_word_is_an_organisation():
    found = only("The US Treasury said that the new sanctions would cut off two more banks.")
    assert (found.speaker, found.speaker_kind) == ("US Treasury", "organisation")


def test_a_new_name_ending_in_international_is_an_organisation():
    found = only("Amnesty International said the strike on the theatre was a war crime.")
    assert (found.speaker, found.speaker_kind) == ("Amnesty International", "organisation")


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "The national grid operator Ukrenergo said power had been restored.",
            "Ukrenergo",
            "organisation",
        ),
        ("Russian energy giant Gazprom said gas supplies were stable.", "Gazprom", "organisation"),
        (
            "The independent news website Holod reported that the convoy had turned back.",
            "Holod",
            "media",
        ),
    ],
)
def test_a_body_named_by_one_word_after_its_description_is_that_body(text, speaker, kind):
    found = only(text)
    assert (found.speaker, found.speaker_kind) == (speaker, kind)


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "Naftogaz, Ukraine's state energy company, said gas supplies were stable.",
            "Naftogaz",
            "organisation",
        ),
        (
            "Holod, an independent Russian outlet, reported that the convoy had turned back.",
            "Holod",
            "media",
        ),
    ],
)
def test_a_one_word_name_described_as_a_body_in_apposition_is_that_body(text, speaker, kind):
    found = only(text)
    assert (found.speaker, found.speaker_kind) == (speaker, kind)


def test_a_one_word_name_after_a_personal_description_is_a_person():
    found = only("A resident of Bakhmut, Olha, said the shelling had not stopped for a week.")
    assert (found.speaker, found.speaker_kind) == ("Olha", "person")


def test_a_description_naming_a_country_is_not_another_countrys_person():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Volodymyr Zelensky", affiliation="Ukraine", role="President of Ukraine"),
            ActorEntry(
                "Joe Biden", affiliation="United States", role="President of the United States"
            ),
            ActorEntry(
                "Donald Trump", affiliation="United States", role="President of the United States"
            ),
        ),
        events=(),
    )
    text = (
        "Volodymyr Zelensky said the aid was vital.\n\n"
        "The US president said the aid would continue.\n"
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2023, 6, 1))
    assert [(s.speaker, s.speaker_mention) for s in result.statements] == [
        ("Volodymyr Zelensky", "Volodymyr Zelensky"),
        (None, "The US president"),
    ]


@pytest.mark.parametrize(
    "subject",
    ["A statement from the BBC", "The BBC's statement", "But a short statement by the BBC"],
)
def test_a_document_issued_by_a_body_is_the_bodys_statement(subject):
    found = only(f"{subject} said the interview had been edited for length.")
    assert (found.speaker, found.speaker_mention) == ("BBC", "BBC")


def test_a_countrys_media_speak_as_a_group_and_the_media_refers_back_to_them():
    found = statements(
        "Ukrainian social media reported that explosions were heard near the port. Traffic "
        "was blocked in the area, the media said."
    )
    assert [(s.speaker, s.speaker_mention, s.speaker_kind) for s in found] == [
        ("Ukrainian social media", "Ukrainian social media", "group"),
        ("Ukrainian social media", "the media", "group"),
    ]


def test_a_one_word_name_described_as_a_person_stays_a_person():
    found = only("Taras, a 31-year-old drone operator, said the front was holding.")
    assert (found.speaker, found.speaker_kind) == ("Taras", "person")


@pytest.mark.parametrize(
    "text",
    [
        '"We will hold," said Olena, a nurse at the clinic.',
        "A nurse, Olena, said the hospital had been hit twice.",
    ],
)
def test_a_one_word_name_beside_a_personal_noun_is_a_person(text):
    found = only(text)
    assert (found.speaker, found.speaker_kind) == ("Olena", "person")


@pytest.mark.parametrize(
    "body", ["European Parliament", "Arab League", "Commonwealth of Independent States"]
)
def test_a_new_bloc_or_assembly_is_an_organisation(body):
    found = only(f"The {body} said it was deeply concerned about the shelling of the plant.")
    assert (found.speaker, found.speaker_kind) == (body, "organisation")


def test_an_office_title_does_not_point_back_to_someone_who_holds_another_office():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Joe Biden", affiliation="United States", role="President of the United States"
            ),
            ActorEntry(
                "Wang Yi",
                affiliation="China",
                role="Foreign minister of China",
                description="Chinese foreign minister (2013–2022, again since July 2023).",
            ),
        ),
        events=(),
    )
    text = (
        "Joe Biden said the call had been useful.\n\n"
        "The chancellor said Germany would send more tanks.\n\n"
        "China's top diplomat said Beijing wanted peace.\n"
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2023, 6, 15))
    assert [(s.speaker, s.speaker_mention) for s in result.statements] == [
        ("Joe Biden", "Joe Biden"),
        (None, "The chancellor"),
        (None, "China's top diplomat"),
    ]


def test_a_verb_joined_after_an_as_role_shares_the_subject_of_the_verb_before():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Kaarel Pruuden",
                affiliation="Estonia",
                role="Foreign minister of Estonia",
                aliases=("Pruuden",),
            ),
        )
    )
    text = (
        "Linas Varkaitis welcomed the re-election of Kaarel Pruuden as Estonia's foreign "
        "minister and said the two countries would keep working on the ferry line.\n"
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2024, 3, 15))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Linas Varkaitis", "the two countries would keep working on the ferry line"),
    ]


def test_a_joint_subject_of_names_of_one_kind_is_the_first_named():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Ruritanian government", kind="state", aliases=("Ruritania",)),
            ActorEntry("Sylvanian government", kind="state", aliases=("Sylvania",)),
        )
    )
    text = (
        "Ruritania and Sylvania said they would send more field hospitals to the region.\n\n"
        "Sylvanian envoy Marta Kolvek said the first convoy had left.\n"
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2024, 3, 15))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Ruritanian government", "they would send more field hospitals to the region"),
        ("Marta Kolvek", "the first convoy had left"),
    ]


def test_a_title_then_a_name_in_commas_before_has_said_is_the_named_speaker():
    text = (
        "Four houses were damaged in the night attack, the head of the regional military "
        "administration, Orest Dzyublyk, has said on Wednesday.\n"
    )
    result = extract(text, gazetteer=Gazetteer(actors=()), published=dt.date(2024, 3, 15))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Orest Dzyublyk", "Four houses were damaged in the night attack"),
    ]


def test_a_document_as_subject_is_the_words_of_whoever_published_it_before():
    text = (
        "The Orlan Heritage Fund published a report on Monday on the damage to museums.\n\n"
        "The document states that 40 museums have been damaged in the region.\n"
    )
    result = extract(text, gazetteer=Gazetteer(actors=()), published=dt.date(2024, 3, 15))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Orlan Heritage Fund", "40 museums have been damaged in the region"),
    ]


def test_a_sides_group_in_a_place_is_the_group_not_the_place():
    text = (
        "Moscow-appointed authorities in southern Ukraine's occupied Velyka Tsvitna district "
        "said three people had been wounded by shelling.\n"
    )
    result = extract(text, gazetteer=Gazetteer(actors=()), published=dt.date(2024, 3, 15))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Moscow-appointed authorities", "three people had been wounded by shelling"),
    ]


def test_a_quote_told_to_an_outlet_with_no_subject_is_the_last_speakers():
    gazetteer = Gazetteer(actors=(ActorEntry("Radiopress", kind="media"),))
    text = (
        "Sorin Valeanu, the head of the port authority, said on Monday the cranes would be "
        'repaired. "We have spare parts for two more weeks," told Radiopress.\n'
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2024, 3, 15))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Sorin Valeanu", "the cranes would be repaired"),
        ("Sorin Valeanu", "We have spare parts for two more weeks,"),
    ]


def test_a_statement_then_an_outlet_citing_a_body_as_saying_is_the_bodys():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Borealis Wire", kind="media"),
            ActorEntry("Coastal Guard Service", kind="organisation"),
        )
    )
    text = (
        "Two smugglers were detained near the ferry terminal, Borealis Wire cited the Coastal "
        "Guard Service as saying.\n"
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2024, 3, 15))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Coastal Guard Service", "Two smugglers were detained near the ferry terminal"),
    ]


def test_an_age_describes_the_person_given_that_age_never_a_band():
    text = (
        "Bohdan Zelmarenko, 68, met the singer Ostap Kirshenko, 34, at the hall on Saturday. "
        "They then joined the band Frostline Echo on stage.\n\n"
        '"We did not expect such a welcome," the 68-year-old said.\n'
    )
    result = extract(text, gazetteer=Gazetteer(actors=()), published=dt.date(2024, 3, 15))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Bohdan Zelmarenko", "We did not expect such a welcome,"),
    ]


@pytest.mark.parametrize(
    ("headline", "subject"),
    [
        ("Eleven drones downed over Kursk and Belgorod regions: MoD", "the ministry"),
        (
            "Eleven drones downed over Kursk and Belgorod regions, Defense Ministry says",
            "the ministry",
        ),
        ("Eleven drones downed overnight", "the Defense Ministry"),
    ],
)
def test_a_ministry_without_a_country_is_that_of_the_country_the_story_is_in(headline, subject):
    gazetteer = Gazetteer(
        actors=(ActorEntry("Russian Defence Ministry", kind="organisation", affiliation="Russia"),)
    )
    text = (
        f"{headline}\n\nAir defence units downed eleven drones over the Kursk and Belgorod "
        f"regions overnight, {subject} said.\n"
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2024, 3, 15))
    assert [(s.speaker, s.text) for s in result.statements] == [
        (
            "Russian Defence Ministry",
            "Air defence units downed eleven drones over the Kursk and Belgorod regions overnight",
        ),
    ]


def test_a_definite_role_is_its_holder_named_with_that_title_paragraphs_later():
    text = (
        "Four houses were damaged in the night attack, the regional governor said.\n\n"
        "The drones came in from the north shortly after midnight.\n\n"
        "Air defence units shot down six of them, the Air Force said.\n\n"
        "Emergency crews worked through the morning to clear the rubble.\n\n"
        '"Nobody was killed, but two people are in hospital," Governor Ostap Vilkhovy said.\n'
    )
    result = extract(text, gazetteer=Gazetteer(actors=()), published=dt.date(2024, 3, 15))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Ostap Vilkhovy", "Four houses were damaged in the night attack"),
        ("Air Force", "Air defence units shot down six of them"),
        ("Ostap Vilkhovy", "Nobody was killed, but two people are in hospital,"),
    ]


_NWANKWO = Gazetteer(
    actors=(
        ActorEntry(
            "Obi Nwankwo", affiliation="Nigeria", role="Foreign minister", aliases=("Nwankwo",)
        ),
        ActorEntry("Government of Ukraine", kind="state", aliases=("Ukraine", "Kyiv")),
        ActorEntry("Russian government", kind="state", aliases=("Russia", "Moscow")),
    )
)


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Obi Nwankwo after a closed-door meeting with the envoys of Russia and "
        "Ukraine says Nigeria cannot condone the violation of borders.",
        "Foreign Minister Obi Nwankwo following a meeting with the envoys of Russia and Ukraine "
        "says Nigeria cannot condone the violation of borders.",
    ],
)
def test_a_setting_between_the_subject_and_its_verb_names_no_speaker(text):
    result = extract(text, gazetteer=_NWANKWO, published=dt.date(2022, 2, 26))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Obi Nwankwo", "Nigeria cannot condone the violation of borders")
    ]


def test_a_relative_clause_between_the_subject_and_its_verb_keeps_the_subject():
    text = (
        "Obi Nwankwo met the envoys of Russia and Ukraine.\n\n"
        "The Minister who yesterday walked away from reporters, today says Nigeria sympathizes "
        "with Ukraine."
    )
    result = extract(text, gazetteer=_NWANKWO, published=dt.date(2022, 2, 26))
    assert [(s.speaker, s.speaker_mention, s.text) for s in result.statements] == [
        ("Obi Nwankwo", "The Minister", "Nigeria sympathizes with Ukraine")
    ]


def test_a_region_s_adjective_is_no_one_a_pronoun_could_be():
    text = (
        "The embassy thanked its hosts, the envoy to the East African nation has said.\n\n"
        '"We appreciate your support," Ambassador Ivan Petrov said in a speech during which he '
        "called on the world to impose sanctions on Russia."
    )
    result = extract(text, gazetteer=_NWANKWO, published=dt.date(2022, 3, 2))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Ivan Petrov", "We appreciate your support,"),
        ("Ivan Petrov", "called on the world to impose sanctions on Russia"),
    ]


@pytest.mark.parametrize(
    ("apposition", "speaker"),
    [
        ("Nigeria's foreign minister", "Obi Nwankwo"),
        ("Ruritania's permanent representative to the UN", "Kumar Menon"),
        ("Permanent Representative to UN Ambassador", "Kumar Menon"),
    ],
)
def test_a_name_then_a_capitalised_apposition_closing_the_sentence_is_the_speaker(
    apposition, speaker
):
    text = (
        "Nigeria is deeply disturbed by the recent turn of developments, "
        f"{speaker}, {apposition}, said."
    )
    result = extract(text, gazetteer=_NWANKWO, published=dt.date(2022, 2, 26))
    assert [(s.speaker, s.text) for s in result.statements] == [
        (speaker, "Nigeria is deeply disturbed by the recent turn of developments")
    ]


def test_he_after_talking_to_his_counterpart_is_not_the_counterpart():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Li Wen", role="President of Ruritania", aliases=("Li",)),
            ActorEntry("Petro Bondar", role="President of Ukraine", aliases=("Bondar",)),
        )
    )
    text = (
        "President Li Wen said on Wednesday that dialogue is the only way out of the crisis.\n\n"
        "He made the remarks while talking to his Ukrainian counterpart, Petro Bondar, over "
        "phone.\n\n"
        "Ruritania will send a special envoy to Ukraine, he said."
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2023, 4, 26))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Li Wen", "dialogue is the only way out of the crisis"),
        ("Li Wen", "Ruritania will send a special envoy to Ukraine"),
    ]


def test_it_after_a_published_document_is_the_publishers_words():
    text = (
        "The Orlan Heritage Fund published a report on Monday on the damage to museums.\n\n"
        "It also states that 40 museums have been damaged in the region.\n"
    )
    result = extract(text, gazetteer=Gazetteer(actors=()), published=dt.date(2024, 3, 15))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Orlan Heritage Fund", "40 museums have been damaged in the region"),
    ]


def test_an_inclusive_verbs_object_after_an_apposed_subject_is_no_inverted_speaker():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Government of Ukraine", kind="state", aliases=("Ukraine", "Kyiv")),
            ActorEntry("Ivan Lomov", affiliation="Russia", role="Governor of Kursk region"),
        )
    )
    text = (
        "The governor of the Kursk region, Ivan Lomov, accused Kyiv of shelling a border village.\n"
    )
    (s,) = extract(text, gazetteer=gazetteer, published=dt.date(2024, 5, 3)).statements
    assert (s.speaker, s.speaker_mention, s.text) == (
        "Ivan Lomov",
        "Ivan Lomov",
        "accused Kyiv of shelling a border village",
    )


def test_a_quoted_phrase_opening_a_reported_clause_is_no_run_on_quotation():
    gazetteer = Gazetteer(
        actors=(ActorEntry("Dmitry Peskov", role="Kremlin spokesman", aliases=("Peskov",)),)
    )
    text = (
        "Russian officials declared their confidence on Monday, saying that the plan "
        "would not be enough.\n\n"
        "“It is too early to say” that a deal is near, Kremlin spokesman Dmitry Peskov told "
        "reporters. “Let us wait.”\n"
    )
    result = extract(text, gazetteer=gazetteer, published=dt.date(2025, 11, 26))
    assert [(s.speaker, s.kind, s.text) for s in result.statements][-2:] == [
        ("Dmitry Peskov", "mixed", "“It is too early to say” that a deal is near"),
        ("Dmitry Peskov", "direct", "Let us wait."),
    ]


def test_according_to_alone_before_the_comma_is_no_statement_of_the_clause_after_it():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Petro Holub", role="President of Ukraine", aliases=("Holub",)),
            ActorEntry("Anna Berg", role="Chancellor of Germany", aliases=("Berg",)),
        )
    )
    text = "According to Holub, the EU leadership and Chancellor Anna Berg insist on it.\n"
    (s,) = extract(text, gazetteer=gazetteer, published=dt.date(2021, 11, 26)).statements
    assert (s.speaker, s.speaker_mention, s.text) == (
        "Petro Holub",
        "Holub",
        "the EU leadership and Chancellor Anna Berg insist on it",
    )


def test_a_quotation_after_cited_x_as_saying_is_xs():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Centre for War Studies", kind="organisation", aliases=("CWS",)),
            ActorEntry("Ivan Petrov", aliases=("Petrov",)),
        )
    )
    text = (
        "The CWS published its assessment on Monday.\n"
        "It cited Ivan Petrov as saying on Sunday: “The army can fight in winter.”\n"
    )
    (s,) = extract(text, gazetteer=gazetteer, published=dt.date(2022, 12, 6)).statements
    assert (s.speaker, s.speaker_mention, s.kind, s.text) == (
        "Ivan Petrov",
        "Ivan Petrov",
        "direct",
        "The army can fight in winter.",
    )


def test_a_participles_subject_opens_the_sentence_not_the_predicates_object():
    gazetteer = Gazetteer(
        actors=(ActorEntry("Northern Security Service", kind="organisation", aliases=("NSS",)),)
    )
    text = (
        "The security service, known as the NSS, did not name the courier, saying she was "
        "from a coastal village.\n"
    )
    (s,) = extract(text, gazetteer=gazetteer, published=dt.date(2021, 2, 16)).statements
    assert (s.speaker, s.speaker_mention, s.text) == (
        "Northern Security Service",
        "NSS",
        "she was from a coastal village",
    )


# --- a listener after "told" ----------------------------------------------------------------------


@pytest.mark.parametrize("listener", ["reporters", "journalists on Friday", "the BBC"])
def test_a_named_subject_with_an_apposition_told_a_listener(listener):
    s = only(
        f"The convoy reached the border town before dawn, Marta Kowalczyk, a ministry "
        f"spokeswoman for border issues, told {listener}."
    )
    assert (s.speaker, s.text) == (
        "Marta Kowalczyk",
        "The convoy reached the border town before dawn",
    )


def test_an_inverted_description_ends_before_the_sentences_stop():
    found = statements(
        "Rustem Umerov said the depots were full.\n\n"
        "The brigades need more shells. They will get them soon, stressed the minister."
    )
    assert [(s.speaker, s.speaker_mention) for s in found][-1] == ("Rustem Umerov", "the minister")


def test_a_titled_leaders_office_speaks_for_the_leader():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Petro Bondarko", affiliation="Examplia", role="President of Examplia"),
            ActorEntry(
                "Office of the President of Examplia",
                kind="organisation",
                affiliation="Examplia",
                role="Presidential office",
            ),
        )
    )
    text = "President Petro Bondarko’s office on Monday confirmed he had a call with the king.\n"
    result = extract(text, gazetteer=gazetteer, published=dt.date(2024, 5, 17))
    assert [s.speaker for s in result.statements] == ["Office of the President of Examplia"]


def test_a_name_then_a_title_with_several_qualifiers_is_the_speaker():
    text = (
        "In addition, Timur Bekov, First Deputy Head of the Presidential Administration of "
        "Examplia, said that Examplia will not be a tool of anyone.\n"
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 5, 17))
    assert [s.speaker for s in result.statements] == ["Timur Bekov"]


ALSO_GAZETTEER = Gazetteer(
    actors=(
        ActorEntry("Government of Ukraine", kind="state", aliases=("Ukraine", "Kyiv")),
        ActorEntry("Government of Russia", kind="state", aliases=("Russia", "Moscow")),
        ActorEntry("Olena Prykhodko", affiliation="Ukraine", role="Deputy Prime Minister"),
    ),
    events=(),
)


@pytest.mark.parametrize(
    ("side", "speaker"),
    [("Ukrainian", "Olena Prykhodko"), ("Russian", "Russian official")],
)
def test_the_person_who_also_spoke_next_is_the_unnamed_official_of_her_side(side, speaker):
    text = (
        f"A senior {side} official said it was unclear whether the convoy would leave on "
        "Friday.\n\n"
        "Deputy prime minister Olena Prykhodko also said in a video address that the bridge "
        "was closed.\n"
    )
    found = extract(text, gazetteer=ALSO_GAZETTEER, published=dt.date(2023, 3, 1)).statements
    assert [s.speaker for s in found] == [speaker, "Olena Prykhodko"]


@pytest.mark.parametrize(
    "opening", ["Kyiv, however, dismissed the claim", "Kyiv, for its part, rejected the report"]
)
def test_a_participles_subject_is_the_clauses_subject_not_the_object(opening):
    s = only(f"{opening}, saying that it was a ploy to close the sea lanes.")
    assert (s.speaker, s.text) == ("Government of Ukraine", "it was a ploy to close the sea lanes")


def test_the_villages_mayor_is_not_the_village_named_before():
    found = statements(
        "In the village of Upper Dolyna-Druhe, in the Sosnove district, a drone hit a car.\n\n"
        "The village’s mayor confirmed that the car belonged to a farmer.\n"
    )
    assert [(s.speaker, s.speaker_mention) for s in found] == [(None, "The village’s mayor")]


@pytest.mark.parametrize(
    ("second", "mention"),
    [
        ("According to his report, the cranes were damaged.", "his report"),
        ("His statement said the cranes were damaged.", "His statement"),
    ],
)
def test_a_possessive_pronouns_report_is_the_words_of_the_person_it_refers_to(second, mention):
    text = f"Taras Horbenko said the port was open.\n\n{second}\n"
    found = statements(text)
    assert [(s.speaker, s.speaker_mention) for s in found][-1] == ("Taras Horbenko", mention)


def test_a_possessive_pronouns_report_is_of_the_one_person_the_sentence_before_names():
    text = (
        "Taras Horbenko said the port was open.\n\n"
        "The Examplia Herald has reported that Ivan Dorosh sent two brigades to the border. "
        "According to his account, more troops are ready to go.\n"
    )
    found = statements(text)
    assert [(s.speaker, s.speaker_mention) for s in found][-1] == ("Ivan Dorosh", "his account")


@pytest.mark.parametrize("aside", ["the newspaper writes", "the agency reported"])
def test_an_outlet_relaying_between_commas_after_the_verb_is_not_the_speaker(aside):
    text = f"Taras Horbenko argued, {aside}, that the depot should be moved further east.\n"
    [s] = statements(text)
    assert (s.speaker, s.text) == ("Taras Horbenko", "the depot should be moved further east")


def test_a_participle_warning_the_object_is_the_sentence_subjects():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Examplian Foreign Ministry", kind="organisation", affiliation="Examplia"),
        )
    )
    text = (
        "The Examplian Foreign Ministry said on Monday it would expel two diplomats. The "
        "ministry also summoned Otheria's envoy to Exampleton, warning him that it may close "
        "the consulate.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2024, 3, 15)).statements
    assert [(s.speaker, s.text) for s in found][-1] == (
        "Examplian Foreign Ministry",
        "it may close the consulate",
    )


def test_a_participle_after_a_report_shares_the_reports_subject_not_the_clauses():
    text = (
        "Taras Horbenko thanked the mayor.\n\n"
        "He told reporters the visit came soon after Otheria took over the council, adding: "
        "“The port must stay open to every ship.”\n"
    )
    found = {s.text: s.speaker for s in statements(text)}
    assert found["The port must stay open to every ship."] == "Taras Horbenko"


@pytest.mark.parametrize(
    ("lead", "named"),
    [
        (
            "The ferry would not sail this week, a senior harbour official told the board.",
            "Tarja Lindqvist, Director of Harbour Works, said the storm had broken two cranes.",
        ),
        (
            "The ferry would not sail this week, a lake-installed regional official said.",
            '"Two cranes are broken," Tarja Lindqvist, head of the lake region\'s '
            "new administration, said.",
        ),
        (
            "A top harbour official today said the ferry would not sail this week.",
            "The Director of Harbour Works, Tarja Lindqvist said the storm had broken two cranes.",
        ),
    ],
)
def test_the_leads_described_official_is_the_titled_person_the_next_paragraph_names(lead, named):
    text = f"{lead}\n\n{named}\n"
    found = extract(text, gazetteer=Gazetteer(actors=()), published=dt.date(2024, 5, 17))
    assert {s.speaker for s in found.statements} == {"Tarja Lindqvist"}


def test_a_leads_described_official_stays_unnamed_when_the_next_speaker_was_named_before():
    text = (
        "Tarja Lindqvist opened the new pier in May.\n\n"
        "The ferry would not sail this week, a senior port official said.\n\n"
        "Tarja Lindqvist, Director of Harbour Works, said the storm had broken two cranes.\n"
    )
    found = extract(text, gazetteer=Gazetteer(actors=()), published=dt.date(2024, 5, 17))
    assert [s.speaker for s in found.statements] == ["Port official", "Tarja Lindqvist"]


def test_a_bare_quotation_sentence_after_a_named_persons_narration_is_theirs():
    # coord9: 'X <verb> ... . "<quotation>"' in one paragraph, no one else speaking in the
    # sentence before: X's direct statement.
    found = [
        (s.speaker, s.kind, s.text)
        for s in statements(
            'Umerov welcomed the decision to "freeze" the talks for a month. "We need time to '
            'study the proposal carefully."'
        )
    ]
    assert found == [("Rustem Umerov", "direct", "We need time to study the proposal carefully.")]
    # A new name, with its apposition, the same.
    found = [
        (s.speaker, s.kind, s.text)
        for s in statements(
            'Marta Kowalczyk, a volunteer driver, unloaded the last boxes. "We will come back '
            'next week with more."'
        )
    ]
    assert found == [("Marta Kowalczyk", "direct", "We will come back next week with more.")]
    # Someone else speaking in the sentence before: no one's.
    found = [
        (s.speaker, s.text)
        for s in statements(
            'Umerov met the envoy, and Medvedev said the talks were useless. "We need time to '
            'study the proposal carefully."'
        )
    ]
    assert ("Rustem Umerov", "We need time to study the proposal carefully.") not in found


def test_jan_before_a_surname_is_a_given_name_not_the_month():
    text = (
        "Jan Novak, a veteran Examplian diplomat, has warned that the grid could fail by winter.\n\n"
        "“Every substation in the east is now a target,” Jan Novak said.\n\n"
        "The talks ended on Jan. 5, officials said."
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 15))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Jan Novak", "the grid could fail by winter"),
        ("Jan Novak", "Every substation in the east is now a target,"),
        (None, "The talks ended on Jan. 5"),
    ]


def test_a_bare_quotation_after_narration_of_an_apposed_or_timed_subject_is_theirs():
    text = (
        "The envoy, Jan Novak, today, addressed the assembly in Examplia.\n\n"
        "“We are dealing with an attack on every member of this body.”\n\n"
        "Marta Kowal, the Examplian foreign minister, on Tuesday visited the port.\n\n"
        "“The port will reopen when the mines are cleared.”"
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 15))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Jan Novak", "We are dealing with an attack on every member of this body."),
        ("Marta Kowal", "The port will reopen when the mines are cleared."),
    ]


def test_an_outlet_citing_someone_relays_the_first_person_it_cites():
    text = (
        "The allies are weighing new air defence deliveries. This was reported by Reuters, citing "
        "a statement from Jan Novak at a briefing with Examplian Foreign Minister Marta Kowal.\n\n"
        "The depot burned for two days, the BBC reported, citing Examplian Defence Minister "
        "Marta Kowal at a joint press conference with Jan Novak."
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 15))
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Jan Novak", "The allies are weighing new air defence deliveries"),
        ("Marta Kowal", "The depot burned for two days"),
    ]


def test_a_colon_intro_after_another_speakers_quotation_hands_on_its_own_speaker():
    text = (
        "Asked about the plan, the Examplian government told Reuters: “We are not planning to "
        "send such weapons.” Jan Novak, however, appeared unconvinced, stating on Telegram:\n\n"
        "“Politicians abroad are seriously discussing sending such weapons. This is becoming "
        "frighteningly real.”\n\n"
        "Novak elaborated further, warning:\n\n"
        "  1. Any transfer of such weapons would be seen as a step towards a wider war.\n"
        "  2. The alliance would bear responsibility for the consequences.\n"
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 15))
    assert [s.speaker for s in result.statements][1:] == ["Jan Novak", "Jan Novak", "Jan Novak"]
    assert [s.text for s in result.statements][1:] == [
        "Politicians abroad are seriously discussing sending such weapons. This is becoming "
        "frighteningly real.",
        "Any transfer of such weapons would be seen as a step towards a wider war.",
        "The alliance would bear responsibility for the consequences.",
    ]


def test_a_quotation_trailing_off_in_an_ellipsis_is_the_speaker_named_after_it():
    text = "“We will see what the winter brings…” Ukrainian Defence Minister Rustem Umerov said.\n"
    assert [(s.speaker, s.kind, s.text) for s in statements(text)] == [
        ("Rustem Umerov", "direct", "We will see what the winter brings…")
    ]
    text = (
        "“We will see what the winter brings...” Ukrainian Defence Minister Rustem Umerov said.\n"
    )
    assert [(s.speaker, s.text) for s in statements(text)] == [
        ("Rustem Umerov", "We will see what the winter brings...")
    ]


def test_a_participle_after_an_interview_with_its_outlet_is_no_tag_of_the_quotation():
    text = (
        "In an interview with the Examplia Herald published on Sunday, Rustem Umerov said: "
        "“The winter will decide a great deal on the front.”\n"
    )
    assert [(s.speaker, s.kind, s.text) for s in statements(text)] == [
        ("Rustem Umerov", "direct", "The winter will decide a great deal on the front.")
    ]


def test_it_tagging_a_quotation_is_the_body_the_sentence_before_is_about():
    text = (
        "The Examplian Grain Agency released a list of demands on Monday. "
        "“The list is short and every point on it is urgent,” it said.\n"
    )
    assert [(s.speaker, s.kind, s.text) for s in statements(text)] == [
        (
            "Examplian Grain Agency",
            "direct",
            "The list is short and every point on it is urgent,",
        )
    ]


def test_a_sentence_that_is_only_a_titled_name_and_a_reporting_verb_tags_the_quotation_before():
    text = "“The winter will decide a great deal on the front.” Ukrainian Defence Minister Rustem Umerov warned.\n"
    assert [(s.speaker, s.kind, s.text) for s in statements(text)] == [
        ("Rustem Umerov", "direct", "The winter will decide a great deal on the front.")
    ]
    text = "“The winter will decide a great deal on the front.” Jana Kovar, the Examplian defence minister, conceded.\n"
    assert [(s.speaker, s.kind, s.text) for s in statements(text)] == [
        ("Jana Kovar", "direct", "The winter will decide a great deal on the front.")
    ]
    text = "“The winter will decide a great deal on the front.” Defence spokesman Tomas Varga argued.\n"
    assert [(s.speaker, s.text) for s in statements(text)] == [
        ("Tomas Varga", "The winter will decide a great deal on the front.")
    ]


def test_a_quotation_inside_a_sentence_takes_no_tag_from_the_next_sentence():
    text = (
        "Rustem Umerov said: “The winter will decide a great deal on the front.” "
        "Jana Kovar agreed.\n"
    )
    assert [(s.speaker, s.text) for s in statements(text)] == [
        ("Rustem Umerov", "The winter will decide a great deal on the front.")
    ]


def test_a_bare_quotation_paragraph_after_a_bodys_report_is_the_bodys():
    text = (
        "The Examplian Grain Agency said that the talks had stalled.\n\n"
        "“Nobody should expect quick results from these talks.”\n"
    )
    assert [(s.speaker, s.kind, s.text) for s in statements(text)] == [
        ("Examplian Grain Agency", "indirect", "the talks had stalled"),
        (
            "Examplian Grain Agency",
            "direct",
            "Nobody should expect quick results from these talks.",
        ),
    ]


# --- a role pointing back past another speaker (csweep) ------------------------------------------


@pytest.mark.parametrize(
    ("intro", "role"),
    [
        ("Marta Kowalczyk, the regional governor,", "The governor"),
        ("Marta Kowalczyk, 58, the mayor of the port city,", "The mayor"),
        ("Marta Kowalczyk, 58,", "The 58-year-old"),
    ],
)
def test_a_role_given_in_apposition_is_pointed_back_to_past_another_speaker(intro, role):
    # The apposition is what the article says of the person: "the governor" two paragraphs
    # on is her, though Umerov spoke in between.
    text = (
        f"{intro} said on Monday that the ferries would run again in June.\n\n"
        "Umerov noted that the convoy had reached the town before dawn.\n\n"
        f"{role} added that the harbour would stay closed until the autumn.\n"
    )
    found = [(s.speaker, s.kind, s.text) for s in statements(text)]
    assert found == [
        ("Marta Kowalczyk", "indirect", "the ferries would run again in June"),
        ("Rustem Umerov", "indirect", "the convoy had reached the town before dawn"),
        ("Marta Kowalczyk", "indirect", "the harbour would stay closed until the autumn"),
    ]


def test_the_former_president_is_not_the_spokesman_of_the_president():
    # "press secretary of the President" in the spokesman's gazetteer description names his
    # employer, not his office: "the former president" is the one the article titled so.
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Jan Roe",
                role="Vice-chair of the Examplian Security Council",
                description="President of Examplia 2008-2012.",
            ),
            ActorEntry(
                "Piotr Doe",
                role="Presidential spokesman",
                description="Since 2012 press secretary to the President of Examplia.",
            ),
        )
    )
    text = (
        "Former Examplian President Jan Roe said on Monday that the talks had failed.\n\n"
        "Presidential spokesman Piotr Doe noted that no date had been set.\n\n"
        "The former president added that the new sanctions would change nothing.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2024, 3, 15)).statements
    assert [(s.speaker, s.text) for s in found] == [
        ("Jan Roe", "the talks had failed"),
        ("Piotr Doe", "no date had been set"),
        ("Jan Roe", "the new sanctions would change nothing"),
    ]


# --- possessive pronouns before a staff noun (csweep) --------------------------------------------

STAFF = Gazetteer(
    actors=(
        ActorEntry(
            "Jan Roe", affiliation="Examplia", role="President of Examplia", aliases=("Roe",)
        ),
        ActorEntry(
            "Office of the President of Examplia",
            kind="organisation",
            affiliation="Examplia",
            role="Presidential office",
            aliases=("Examplian presidential office",),
        ),
        ActorEntry(
            "Examplian Foreign Ministry",
            kind="organisation",
            affiliation="Examplia",
            role="Ministry of Foreign Affairs of Examplia",
        ),
        ActorEntry(
            "Ida Doe",
            affiliation="Examplia",
            role="Examplian Foreign Ministry spokeswoman",
            aliases=("Doe",),
        ),
        ActorEntry(
            "Piet Moe",
            affiliation="Examplia",
            role="Foreign minister of Examplia",
            aliases=("Moe",),
        ),
        ActorEntry(
            "Austrian government", kind="state", affiliation="Austria", aliases=("Austria",)
        ),
    )
)


@pytest.mark.parametrize(
    ("first", "second", "speaker"),
    [
        # a leader's "his office" is the leader's office the gazetteer knows
        ("President Jan Roe", "His office", "Office of the President of Examplia"),
        # "its spokeswoman": the body just spoken of, by the person holding that role
        ("The Examplian Foreign Ministry", "Its spokeswoman", "Ida Doe"),
        # a minister's office is no body the gazetteer knows: no one
        ("Foreign Minister Piet Moe", "His office", None),
    ],
)
def test_a_possessive_pronoun_before_office_or_spokesman_is_the_owner_just_spoken_of(
    first, second, speaker
):
    text = (
        f"{first} said on Monday that the ferries would run again in June.\n\n"
        "The talks in the lakeside hotel ended late without a joint communique.\n\n"
        f"{second} said that the harbour would stay closed until the autumn.\n"
    )
    found = extract(text, gazetteer=STAFF, published=dt.date(2025, 5, 9)).statements
    assert [(s.speaker, s.text) for s in found][-1] == (
        speaker,
        "the harbour would stay closed until the autumn",
    )


@pytest.mark.parametrize(
    "described",
    [
        "the head of the regional council",
        "Examplia's ambassador to Austria",
        "a spokeswoman for the governor",
        "the mayor's deputy",
    ],
)
def test_an_inverted_description_then_a_name_in_apposition_is_the_name(described):
    # '"...," said <description>, Jane Roe.': the name closing the inverted subject speaks.
    text = f"\u201cWe will not give up the harbour,\u201d said {described}, Hanna Koval.\n"
    found = extract(text, gazetteer=STAFF, published=dt.date(2025, 5, 9)).statements
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        ("Hanna Koval", "direct", "We will not give up the harbour,")
    ]
    if " to " in described:
        # the role's complement, then the name without a comma
        text = text.replace(", Hanna", " Hanna")
        found = extract(text, gazetteer=STAFF, published=dt.date(2025, 5, 9)).statements
        assert [s.speaker for s in found] == ["Hanna Koval"]


def test_a_place_the_gazetteer_lacks_is_no_person_a_later_role_means():
    # (csweep) "in the village of X" names a place: "the mayor" later is no one known, never X.
    text = (
        "A drone struck a car in the village of Nizhnye Sosnovo on Monday.\n\n"
        "\u201cIt is not just the car,\u201d the mayor said.\n"
    )
    found = statements(text)
    assert [(s.speaker, s.text) for s in found] == [(None, "It is not just the car,")]


def test_he_after_a_sentence_is_its_subject_not_a_person_it_names_later_or_an_outlet():
    text = (
        "President Jan Novak was warmly received by Marta Kowal and he thanked his host for the "
        "meeting, ExampliaNews reports.\n\n"
        "He tabled a ten-point plan, saying it was important to listen to both sides.\n\n"
        "“We are here to listen.”"
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 15))
    assert [(s.speaker, s.text) for s in result.statements][-2:] == [
        ("Jan Novak", "it was important to listen to both sides"),
        ("Jan Novak", "We are here to listen."),
    ]


def test_a_press_release_from_a_ministry_with_a_long_name_is_the_ministrys():
    # (rlayout) the document's words do not count towards the inverted subject's length:
    # only the issuer's name does.
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Examplian Foreign Ministry",
                kind="organisation",
                aliases=("Examplia's Ministry of External Affairs",),
            ),
        )
    )
    text = (
        "\u201cBoth sides agreed to keep the grain corridor open through the winter,\u201d a press "
        "release from Examplia\u2019s Ministry of External Affairs stated.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2024, 3, 15)).statements
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        (
            "Examplian Foreign Ministry",
            "direct",
            "Both sides agreed to keep the grain corridor open through the winter,",
        ),
    ]


def test_an_inverted_subject_in_commas_then_said_on_a_channel_is_the_speaker():
    # (ulayout) "<statement>, Jane Roe, adviser to the mayor, said on her Telegram channel.": the
    # channel it was said on, not a topic ("commented on the downing of ...").
    found = statements(
        "Two bridges over the canal were closed after the night's storm, Ivo Roe, adviser to "
        "the harbour master, said on his Telegram channel.\n"
    )
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        ("Ivo Roe", "indirect", "Two bridges over the canal were closed after the night's storm")
    ]
