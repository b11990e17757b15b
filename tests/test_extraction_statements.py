"""Extraction on plain strings: one test per construction of issue 3, on sentences written here."""

import datetime as dt

import pytest

from statements.extraction import ActorEntry, EventEntry, Gazetteer, extract

GAZETTEER = Gazetteer(
    actors=(
        ActorEntry("Vladimir Putin", role="President of Russia", aliases=("Putin",)),
        ActorEntry("Dmitry Peskov", role="Kremlin spokesman", aliases=("Peskov", "Dmitri Peskov")),
        ActorEntry(
            "Volodymyr Zelensky",
            role="President of Ukraine",
            aliases=("Zelensky", "Zelenskyy", "Vladimir Zelensky"),
        ),
        ActorEntry("Maria Zakharova", role="Foreign Ministry spokeswoman", aliases=("Zakharova",)),
        ActorEntry("Andriy Yermak", role="Head of the presidential office", aliases=("Yermak",)),
        ActorEntry("Leonid Kuchma", role="Former president of Ukraine", aliases=("Kuchma",)),
        ActorEntry("Kremlin", kind="organisation"),
        ActorEntry("Kremlin sources", kind="group"),
        ActorEntry(
            "Russian Defense Ministry",
            kind="organisation",
            aliases=("Russian Defence Ministry", "Russia's Defense Ministry"),
        ),
        ActorEntry("Government of Ukraine", kind="state", aliases=("Kyiv", "Ukraine")),
        ActorEntry("Reuters", kind="media"),
        ActorEntry("The Guardian", kind="media", aliases=("Guardian",)),
        ActorEntry("TASS", kind="media"),
    ),
    events=(
        EventEntry(
            "grain-deal", "Grain deal", dt.date(2022, 7, 22), keywords=("grain deal", "Black Sea")
        ),
        EventEntry("future-summit", "A later summit", dt.date(2030, 1, 1), keywords=("summit",)),
    ),
)


def run(text, published=dt.date(2024, 3, 15)):
    return extract(text, gazetteer=GAZETTEER, published=published)


def only(text, published=dt.date(2024, 3, 15)):
    result = run(text, published)
    assert len(result.statements) == 1, [s.text for s in result.statements]
    return result.statements[0]


def test_offsets_always_slice_the_given_text():
    text = "Kyiv – “We will hold the line,” Zelensky said.\n\nPeskov said the talks were over."
    for s in run(text).statements:
        assert text[s.start : s.end] == s.text


# --- direct quotes -----------------------------------------------------------------------------


def test_curly_quote_with_attribution_after():
    s = only("“Nobody is going to negotiate under fire,” Zakharova told reporters on Tuesday.")
    assert (s.speaker, s.kind, s.text) == (
        "Maria Zakharova",
        "direct",
        "Nobody is going to negotiate under fire,",
    )
    assert s.said_on == dt.date(2024, 3, 12)


def test_straight_quotes_and_inverted_attribution():
    s = only('"The front is holding in every sector," said Zelensky.')
    assert s.speaker == "Volodymyr Zelensky"
    assert s.text == "The front is holding in every sector,"


def test_colon_introduced_quote():
    s = only("Peskov said: “The president has not taken any such decision.”")
    assert (s.speaker, s.kind) == ("Dmitry Peskov", "direct")
    assert s.text == "The president has not taken any such decision."


def test_quote_continuing_in_next_paragraph_belongs_to_last_speaker():
    text = (
        "Yermak said on Monday: “We have received the first draft of the document.\n\n"
        "“Our partners understand that no deal can be signed without us.”"
    )
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Andriy Yermak", "Andriy Yermak"]
    assert statements[1].speaker_mention == "(continuation)"
    assert statements[1].text.startswith("Our partners understand")


def test_single_scare_quote_is_not_a_direct_statement():
    statements = run("Troops shelled the so-called “buffer zone” overnight.").statements
    assert statements == []


# --- indirect and mixed ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "verb",
    ["said", "claimed", "insisted", "stated", "noted", "admitted", "denied", "warned", "believes"],
)
def test_reporting_verb_with_that_clause(verb):
    s = only(f"Putin {verb} that Western weapons would not change the outcome.")
    assert (s.speaker, s.kind) == ("Vladimir Putin", "indirect")
    assert s.text == "Western weapons would not change the outcome"


def test_reporting_verb_without_that():
    s = only("Zakharova claimed the drones had been launched from Ukrainian territory.")
    assert s.text == "the drones had been launched from Ukrainian territory"


def test_according_to_leading():
    s = only("According to the Russian Defense Ministry, air defences downed 12 drones overnight.")
    assert s.speaker == "Russian Defense Ministry"
    assert s.text == "air defences downed 12 drones overnight"


def test_according_to_trailing():
    s = only("The convoy had crossed the border before dawn, according to Kremlin sources.")
    assert s.speaker == "Kremlin sources"
    assert s.text == "The convoy had crossed the border before dawn"


def test_told_someone_that():
    s = only("Peskov told journalists in Moscow that the summit was not on the agenda.")
    assert s.speaker == "Dmitry Peskov"
    assert s.text == "the summit was not on the agenda"


def test_drew_attention_and_expressed_the_opinion():
    text = (
        "Yermak drew attention to the fact that the reserves had already been moved. "
        "Zakharova expressed the opinion that the sanctions would backfire on Europe."
    )
    assert [s.text for s in run(text).statements] == [
        "the reserves had already been moved",
        "the sanctions would backfire on Europe",
    ]


def test_called_the_situation_is_mixed():
    s = only("Zelensky called the shelling of the port “a deliberate act of terror” on Monday.")
    assert s.kind == "mixed"
    assert s.text.startswith("called the shelling")


def test_trailing_attribution_after_a_paraphrase():
    s = only("The offensive has stalled because of the mud, Yermak said.")
    assert s.speaker == "Andriy Yermak"
    assert s.text == "The offensive has stalled because of the mud"


def test_nominal_claims_by_someone_that():
    s = only("This follows claims by Zakharova that the mission had been sabotaged.")
    assert s.speaker == "Maria Zakharova"
    assert s.text == "the mission had been sabotaged"


def test_passive_it_was_reported_has_no_speaker_and_no_statement():
    assert run("It was reported that the bridge had been damaged by the strike.").statements == []


# --- speakers ----------------------------------------------------------------------------------


def test_title_and_name_resolve_to_the_named_person():
    s = only("Kremlin spokesman Dmitry Peskov said the decree had been signed.")
    assert s.speaker == "Dmitry Peskov"
    assert s.speaker_mention == "Dmitry Peskov"


def test_transliteration_variant_is_the_same_actor():
    s = only("Vladimir Zelensky said the counteroffensive would continue.")
    assert s.speaker == "Volodymyr Zelensky"


MISSPELT = Gazetteer(
    actors=(
        ActorEntry("Teodor Vasylenchuk", role="Mayor of Lutsk", aliases=("Vasylenchuk",)),
        ActorEntry("Aivars Balondis", role="Foreign minister", aliases=("Balondis",)),
        ActorEntry("Ivan Dombrovan", role="Governor", aliases=("Dombrovan",)),
        ActorEntry("Pavlo Dombrovin", role="General", aliases=("Dombrovin",)),
        ActorEntry("Mirela Costin", role="Mayor of Brasov"),
    )
)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # one letter dropped, with the given name theirs
        ("Mayor Teodor Vasylenhuk said the bridge would reopen.", "Teodor Vasylenchuk"),
        # a title and a surname with two letters swapped
        ("Minister Balodnis said the bridge would reopen.", "Aivars Balondis"),
        ("Mr Balodnis said the bridge would reopen.", "Aivars Balondis"),
        # the given name is another's: a different person
        ("Mayor Olena Vasylenhuk said the bridge would reopen.", "Olena Vasylenhuk"),
        # the surname theirs, with their initial; a like given name is someone else's
        ("Mayor M. Costin said the bridge would reopen.", "Mirela Costin"),
        ("Mayor Marina Costin said the bridge would reopen.", "Marina Costin"),
        # as near to two people: neither
        ("Mr Dombrovun said the bridge would reopen.", None),
    ],
)
def test_a_misspelt_name_is_the_one_gazetteer_person_it_is_one_edit_from(sentence, speaker):
    [s] = extract(sentence, gazetteer=MISSPELT, published=dt.date(2024, 3, 15)).statements
    assert s.speaker == speaker
    assert s.text == "the bridge would reopen"


NAMES = Gazetteer(
    actors=(
        ActorEntry("Dragan Mirković", role="President of Examplia", aliases=("Mirković",)),
        ActorEntry("Kemal Yıldızoğlu", role="Foreign minister", aliases=("Kemal Yildizoglu",)),
        ActorEntry("Aivars Balondiskis", role="Foreign minister", aliases=("Balondiskis",)),
        ActorEntry("Oleh Horodenkov", role="Governor"),
        ActorEntry("Ivan Horodenko", role="General"),
        ActorEntry("Serhiy Bratovan", role="Adviser", aliases=("Bratovan Serhiy",)),
    )
)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a page that lost the accented letters of a surname
        ("Mirkovi said the bridge would reopen.", "Dragan Mirković"),
        ("President Dragan Mirkovi said the bridge would reopen.", "Dragan Mirković"),
        ("President Dragan Mirkovi\ufffd said the bridge would reopen.", "Dragan Mirković"),
        ("Mirkovi? said the bridge would reopen.", "Dragan Mirković"),
        ("Mayor Petra Mirkovi said the bridge would reopen.", "Petra Mirkovi"),
        # two letters off a long surname, with the person's own given name
        ("Minister Kemal Yildishoglu said the bridge would reopen.", "Kemal Yıldızoğlu"),
        ("Minister Selim Yildishoglu said the bridge would reopen.", "Selim Yildishoglu"),
        # a long surname alone, one letter off
        ("Balondiskas said the bridge would reopen.", "Aivars Balondiskis"),
        # a title's complement before the name
        (
            "Minister of Agriculture and Fisheries Tarja Lind said the bridge would reopen.",
            "Tarja Lind",
        ),
        # a compound rank
        ("Col.-Gen. Tarja Lind said the bridge would reopen.", "Tarja Lind"),
    ],
)
def test_a_new_name_is_written_as_an_annotator_would_or_is_the_gazetteer_person(sentence, speaker):
    [s] = extract(sentence, gazetteer=NAMES, published=dt.date(2024, 3, 15)).statements
    assert s.speaker == speaker
    assert s.text == "the bridge would reopen"


FULL_NAMES = Gazetteer(
    actors=(
        ActorEntry(
            "Kwaku Mensah-Boateng", role="President of Examplia", aliases=("Mensah-Boateng",)
        ),
        ActorEntry("Pavel Dombrovin", role="Defence minister of Examplia", aliases=("Dombrovin",)),
        ActorEntry(
            "Petro Sadovskoi",
            role="Head of the Examplian General Staff's operations directorate",
            description="Colonel General; head of operations of the Examplian General Staff.",
            aliases=("Sadovskoi", "Sadovskoy"),
        ),
        ActorEntry("Mykola Bondarchuk", role="Governor of Examplia region"),
        ActorEntry("Ivan Bondarchenko", role="Mayor of Exampleton"),
    )
)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a given name, middle names and a surname: the gazetteer person of that given name and
        # surname
        (
            "Examplian President Kwaku Ofori Danso Mensah-Boateng said the bridge would reopen.",
            "Kwaku Mensah-Boateng",
        ),
        ("Minister Pavel Ilyich Dombrovin said the bridge would reopen.", "Pavel Dombrovin"),
        ("Pavel I. Dombrovin said the bridge would reopen.", "Pavel Dombrovin"),
        # another given name: another person
        (
            "Minister Olga Ilyinichna Dombrovin said the bridge would reopen.",
            "Olga Ilyinichna Dombrovin",
        ),
        # a garbled or feminine-ending transliteration after a title the person's role holds
        ("Colonel-General Petro Sadovskaya said the bridge would reopen.", "Petro Sadovskoi"),
        ("Governor Mycola Bondarchhi said the bridge would reopen.", "Mykola Bondarchuk"),
        # no title, a title the person's role lacks, or another given name: no merge
        ("Mayor Mycola Bondarchhi said the bridge would reopen.", "Mycola Bondarchhi"),
        ("Governor Olena Bondarchhi said the bridge would reopen.", "Olena Bondarchhi"),
        ("Mycola Bondarchhi said the bridge would reopen.", "Mycola Bondarchhi"),
        # the title in apposition after the name
        (
            "Mycola Bondarchhi, governor of the northern region, said the bridge would reopen.",
            "Mykola Bondarchuk",
        ),
        ("Mycola Bondarchhi, a local farmer, said the bridge would reopen.", "Mycola Bondarchhi"),
    ],
)
def test_a_name_with_middle_names_or_garbled_letters_is_the_gazetteer_person(sentence, speaker):
    [s] = extract(sentence, gazetteer=FULL_NAMES, published=dt.date(2024, 3, 15)).statements
    assert s.speaker == speaker
    assert s.text == "the bridge would reopen"


@pytest.mark.parametrize("rank", ["Lt. Gen.", "Brig. Gen.", "Gov.", "Sen.", "Dr.", "Pvt."])
def test_an_inverted_attribution_keeps_the_rank_before_the_name(rank):
    text = f'"The bridge will reopen in May," said {rank} Tarja Lind, who visited the site.'
    [s] = extract(text, gazetteer=NAMES, published=dt.date(2024, 3, 15)).statements
    assert (s.speaker, s.text) == ("Tarja Lind", "The bridge will reopen in May,")


def test_a_legislators_party_and_state_is_no_speaker():
    text = '"The bridge will reopen in May," Sen. Tarja Lind, R-Texas, said.'
    [s] = extract(text, gazetteer=NAMES, published=dt.date(2024, 3, 15)).statements
    assert (s.speaker, s.text) == ("Tarja Lind", "The bridge will reopen in May,")


def test_a_surname_one_person_has_exactly_is_not_misspelt_for_another():
    # The article's own Marta Horodenkov: not the gazetteer's Ivan Horodenko, one letter off.
    text = (
        "Marta Horodenkov, a farmer, met the delegation on Monday.\n\n"
        "Horodenkov said the bridge would reopen.\n"
    )
    found = extract(text, gazetteer=NAMES, published=dt.date(2024, 3, 15)).statements
    assert [(s.speaker, s.text) for s in found] == [("Marta Horodenkov", "the bridge would reopen")]


def test_a_capitalised_speaker_title_in_apposition_is_the_named_persons():
    text = "Tarja Lind, Speaker of the Air Force of Examplia, said that the bridge would reopen."
    [s] = extract(text, gazetteer=NAMES, published=dt.date(2024, 3, 15)).statements
    assert (s.speaker, s.text) == ("Tarja Lind", "the bridge would reopen")


@pytest.mark.parametrize(
    "title", ["Brig. Gen.", "Rear Admiral", "Father", "Undersecretary", "Commissioner", "Rev."]
)
def test_a_rank_or_honorific_is_no_part_of_a_new_name(title):
    text = f'"The bridge will reopen in May," {title} Tarja Lind said.'
    [s] = extract(text, gazetteer=NAMES, published=dt.date(2024, 3, 15)).statements
    assert (s.speaker, s.text) == ("Tarja Lind", "The bridge will reopen in May,")


@pytest.mark.parametrize(
    "opening",
    [
        "Under-Secretary-General Tarja Lind",
        "Under-Secretary-General for Bridge Affairs Tarja Lind",
        "Assistant Secretary-General Tarja Lind",
        "Addressing the Assembly, Under-Secretary-General Tarja Lind",
        "Briefing the Council, Under-Secretary-General for Bridge Affairs Tarja Lind",
    ],
)
def test_a_hyphenated_international_rank_is_a_title_not_an_adverbial(opening):
    # "Under-" opens no adverbial ("Under the plan, ..."): the rank is the name's title.
    text = f"{opening} said that the bridge would reopen in the spring."
    [s] = extract(text, gazetteer=NAMES, published=dt.date(2024, 3, 15)).statements
    assert (s.speaker, s.text) == ("Tarja Lind", "the bridge would reopen in the spring")


@pytest.mark.parametrize(
    "rank",
    [
        "Under-Secretary-General for Bridge Affairs and Ferry Coordinator",
        "Assistant Secretary-General for the North, the Lakes and the Coast in the Office of Works",
    ],
)
def test_a_hyphenated_rank_in_apposition_leaves_the_name_the_speaker(rank):
    text = f"Tarja Lind, {rank}, told the Council that the bridge would reopen in the spring."
    [s] = extract(text, gazetteer=NAMES, published=dt.date(2024, 3, 15)).statements
    assert (s.speaker, s.text) == ("Tarja Lind", "the bridge would reopen in the spring")


def test_a_capitalised_title_in_apposition_leaves_the_name_the_speaker():
    text = (
        "Tarja Lind, Northern Relief Fund Resident and Humanitarian Coordinator in Examplia, "
        "reported that the bridge would reopen in the spring."
    )
    [s] = extract(text, gazetteer=NAMES, published=dt.date(2024, 3, 15)).statements
    assert (s.speaker, s.text) == ("Tarja Lind", "the bridge would reopen in the spring")


def test_a_given_name_alone_is_not_the_person_an_alias_writes_surname_first():
    # "Bratovan Serhiy" (surname first) makes "Serhiy" no one's surname to misspell.
    text = "Defence Minister Serhiy said that the bridge would reopen."
    [s] = extract(text, gazetteer=NAMES, published=dt.date(2024, 3, 15)).statements
    assert (s.speaker, s.text) == (None, "the bridge would reopen")


def test_pronoun_goes_to_earlier_subject_not_last_name_seen():
    text = (
        "Peskov said that Putin had approved the plan. "
        "He added that the talks would resume after the holidays."
    )
    assert [s.speaker for s in run(text).statements] == ["Dmitry Peskov", "Dmitry Peskov"]


def test_she_skips_the_male_speaker():
    text = (
        "Peskov said the exchange had been agreed. Zakharova said that the list was ready. "
        "Later, Peskov said the date was not fixed. She added that Kyiv had delayed it."
    )
    assert run(text).statements[-1].speaker == "Maria Zakharova"


def test_description_refers_back():
    text = (
        "Former adviser to Leonid Kuchma Ivan Horbenko said that the front was stable. "
        "Kuchma's ex-adviser also noted that the reserves were exhausted."
    )
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Ivan Horbenko", "Ivan Horbenko"]
    assert statements[0].speaker_kind == "person"


def test_the_president_and_the_outlet():
    text = (
        "The Guardian reported that the convoy had turned back. The outlet also claimed that "
        "the crews were conscripts. Putin spoke in Moscow. “Nothing has changed,” the president said."
    )
    speakers = [s.speaker for s in run(text).statements]
    assert speakers == ["The Guardian", "The Guardian", "Vladimir Putin"]


def test_unknown_names_become_new_actors_with_a_kind():
    text = (
        "Analyst Olena Marchuk said that the shelling had intensified. "
        "The Institute of Frontline Studies said the figures were underestimated."
    )
    statements = run(text).statements
    assert [(s.speaker, s.speaker_kind) for s in statements] == [
        ("Olena Marchuk", "person"),
        ("Institute of Frontline Studies", "organisation"),
    ]


# --- dates -------------------------------------------------------------------------------------


def test_explicit_month_day_takes_the_year_before_the_article():
    s = only(
        "Putin said on December 28 that the army had taken the initiative.", dt.date(2024, 1, 5)
    )
    assert (s.said_on, s.said_on_precision) == (dt.date(2023, 12, 28), "day")
    assert "December 28" in s.said_on_evidence


def test_abbreviated_month_and_numeric_day_month():
    text = (
        "Peskov said on Nov. 19 that the goals had not changed.\n\n"
        "“We are ready,” Zakharova said on Friday (08/03/2024)."
    )
    first, second = run(text).statements
    assert first.said_on == dt.date(2023, 11, 19)
    assert second.said_on == dt.date(2024, 3, 8)


def test_relative_dates_against_the_article_date():
    text = (
        "Last week, Yermak said that the list had been handed over.\n\n"
        "Zakharova said on Monday that the reply had not arrived."
    )
    first, second = run(text, dt.date(2024, 3, 15)).statements  # a Friday
    assert dt.date(2024, 3, 4) <= first.said_on <= dt.date(2024, 3, 10)
    assert second.said_on == dt.date(2024, 3, 11)


def test_earlier_that_day_and_the_same_day_use_the_narrative_anchor():
    text = (
        "On March 2, the Guardian reported that a deal was close.\n\n"
        "Earlier that day, Peskov said that no deal was close.\n\n"
        "On the same day, Zakharova said the report was false."
    )
    assert [s.said_on for s in run(text, dt.date(2024, 3, 15)).statements] == [
        dt.date(2024, 3, 2)
    ] * 3


def test_unknown_time_stays_none():
    s = only("Putin had previously insisted that the territories were not negotiable.")
    assert s.said_on is None


def test_header_date_and_conflict_with_the_text():
    text = (
        "Tuesday, May 2, 2023\n\nOn the 10th day of the invasion, Zelensky said that the "
        "capital would hold."
    )
    result = extract(text, gazetteer=GAZETTEER)
    assert result.published == dt.date(2022, 3, 5)
    assert result.warnings and "conflict" in result.warnings[0]
    assert result.statements[0].said_on == dt.date(2022, 3, 5)


def test_years_after_a_start_the_text_dates_count_from_that_year_not_a_like_named_event():
    text = (
        "Tuesday, March 7, 2023\n\nNine years after the war started in 2014, Zelensky said "
        "that the front would hold."
    )
    result = extract(text, gazetteer=GAZETTEER)
    assert (result.published, result.warnings) == (dt.date(2023, 3, 7), [])


def test_a_text_never_places_itself_after_today():
    # Forty years after the invasion of 2022 is after today: a misread, not the article's date.
    text = "Tuesday, May 2, 2023\n\n40 years into the war, Zelensky said that the front would hold."
    result = extract(text, gazetteer=GAZETTEER)
    assert (result.published, result.warnings) == (dt.date(2023, 5, 2), [])


def test_without_header_the_published_date_is_unknown_but_anchors_relative_dates():
    text = (
        "On March 29, 2023, Peskov said that the offer was still open. On April 3, Putin said it had expired. "
        "On Friday, Lavrov said the talks were over for good.\n"
    )
    result = extract(text, gazetteer=GAZETTEER)
    assert (result.published, result.published_precision) == (None, "unknown")
    assert result.published_evidence.startswith("unknown: no header, dateline")
    assert [s.said_on for s in result.statements] == [
        dt.date(2023, 3, 29),
        dt.date(2023, 4, 3),
        dt.date(2023, 3, 31),  # the Friday before the newest date told
    ]


# --- via and events ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "via"),
    [
        ("Peskov said the goals were unchanged, as quoted by TASS.", "TASS"),
        ("Yermak said in an interview with The Guardian that talks were frozen.", "The Guardian"),
        ("Zelensky said on his Telegram channel that the power had been restored.", "Telegram"),
        ("Putin wrote on X that the referendum was legitimate.", "X"),
        ("Kremlin sources told Reuters that the decision had been postponed.", "Reuters"),
    ],
)
def test_via(sentence, via):
    assert only(sentence).via == via


def test_event_linking_needs_a_name_and_a_date_within_the_events_window():
    sentence = "Zakharova said the grain deal had been violated by the summit organisers."
    s = only(sentence, published=dt.date(2022, 7, 30))
    assert s.events == ["grain-deal"]  # eight days after; the 2030 summit had not happened
    assert s.event_evidence == {
        "grain-deal": "names “grain deal”; said 2022-07-30, 8 days after the event (2022-07-22)"
    }
    assert only(sentence).events == []  # in 2024 the deal is history, not this event's news


# --- what is not the article -------------------------------------------------------------------


def test_teasers_captions_and_footers_produce_nothing():
    text = (
        "Peskov said the exchange would go ahead.\n\n"
        "Read Also: “We Will Win” – Zelensky Says Army Is Ready\n"
        "Soldiers rest near Kupiansk (Photo by John Doe / AFP)\n\n"
        "- Advertisement -\n\nLeave a Reply\n\nYour email address will not be published.\n\n"
        "To suggest a correction, write to us here"
    )
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Dmitry Peskov"]


PRONOUNS = Gazetteer(
    actors=(
        ActorEntry(
            "Bohdan Marchenko",
            affiliation="Ukraine",
            role="President of Ukraine",
            description="President of Ukraine since 2019.",
            aliases=("Marchenko",),
        ),
        ActorEntry("Arne Lindqvist", role="Head of the atomic agency", aliases=("Lindqvist",)),
    )
)


def test_he_after_a_sentence_about_an_office_is_its_holder_not_the_interviewer():
    text = (
        "In an interview with Jill Porter, the Ukrainian president is dismissive of the "
        "blockade and talks about his family. He says the war will end when the troops leave.\n"
    )
    [s] = extract(text, gazetteer=PRONOUNS, published=dt.date(2023, 5, 1)).statements
    assert (s.speaker, s.speaker_mention) == ("Bohdan Marchenko", "He")
    assert s.text == "the war will end when the troops leave"


def test_he_opening_a_text_is_the_person_the_next_sentences_name():
    text = (
        "He told reporters on Friday that four inspectors remained at the plant.\n"
        "Earlier this week, Lindqvist led the mission to the plant.\n"
    )
    [s] = extract(text, gazetteer=PRONOUNS, published=dt.date(2023, 5, 1)).statements
    assert (s.speaker, s.speaker_mention) == ("Arne Lindqvist", "He")
    assert s.text == "four inspectors remained at the plant"


CLAUSES = Gazetteer(
    actors=(
        ActorEntry("Examplian government", kind="state", aliases=("Examplia",)),
        ActorEntry("Lena Voss", role="Mayor of Brightwater", aliases=("Voss",)),
    )
)


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        # a verb joined by "and" to the one before it shares the clause's subject
        (
            "Mayor Lena Voss cited, among other things, the losses at the port and said that "
            "the blockade had failed.",
            "Lena Voss",
            "the blockade had failed",
        ),
        # "and the mayor said": a second clause with a subject of its own
        (
            "Mayor Lena Voss visited the school. Soldiers entered the town and the mayor said "
            "the damage was severe.",
            "Lena Voss",
            "the damage was severe",
        ),
    ],
)
def test_a_verb_after_and_has_the_subject_of_its_own_clause(text, speaker, said):
    found = extract(text, gazetteer=CLAUSES, published=dt.date(2023, 5, 1)).statements
    assert (found[-1].speaker, found[-1].text) == (speaker, said)


def test_a_name_never_runs_over_a_line_break():
    # The headline's last word and the first word under it are no one's name.
    text = "Briefing\n\nDunmore left the meeting upbeat, with his spokesman saying the talks went well."
    [s] = extract(text, gazetteer=Gazetteer(), published=dt.date(2023, 5, 1)).statements
    assert (s.speaker, s.speaker_mention, s.text) == (None, "his spokesman", "the talks went well")


@pytest.mark.parametrize(
    ("later", "speaker"),
    [
        ("Kowalcyk said", "Anna Kowalczyk"),  # a letter dropped from the surname named before
        ("Kowalski said", "Kowalski"),  # another surname: someone else
    ],
)
def test_a_misspelt_surname_is_the_one_person_the_article_named_so(later, speaker):
    text = (
        "Local resident Anna Kowalczyk described the night of the attack.\n\n"
        f"{later} the windows of the flat had been blown out.\n"
    )
    found = extract(text, gazetteer=Gazetteer(), published=dt.date(2023, 5, 1)).statements
    assert (found[-1].speaker, found[-1].text) == (
        speaker,
        "the windows of the flat had been blown out",
    )


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("Local resident Tudor Ciocean", "Ciochan said"),  # "ce" written as it sounds
        ("Local resident Tudor Ciocean", "Ciocan said"),
    ],
)
def test_a_surname_one_letter_off_is_the_person_the_article_named(first, later):
    text = (
        f"{first} described the night of the attack.\n\n"
        f"{later} the windows of the flat had been blown out.\n"
    )
    found = extract(text, gazetteer=Gazetteer(), published=dt.date(2023, 5, 1)).statements
    assert found[-1].speaker == "Tudor Ciocean"


def test_a_surname_one_letter_off_a_gazetteer_person_named_by_surname_is_theirs():
    gazetteer = Gazetteer(actors=(ActorEntry("Tudor Vicean", aliases=("Vicean",)),))
    text = (
        "Vicean described the night of the attack.\n\n"
        "Vichan said the windows of the flat had been blown out.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2023, 5, 1)).statements
    assert found[-1].speaker == "Tudor Vicean"


def test_an_office_of_a_place_names_no_person_of_that_place():
    # "The President of Examplia": a title and its place, no one called "of Examplia".
    text = (
        "The President of Examplia, Mara Lind, arrived on Monday.\n\n"
        "Examplia said the border would stay open.\n"
    )
    [s] = extract(text, gazetteer=Gazetteer(), published=dt.date(2023, 5, 1)).statements
    assert (s.speaker, s.text) == ("Examplia", "the border would stay open")


@pytest.mark.parametrize(
    "source",
    [
        "according to a study published by the Northern Economic Institute",
        "according to a survey by the Northern Economic Institute",
    ],
)
def test_a_study_is_the_words_of_the_body_that_published_it(source):
    text = f"The blockade cost the region two billion euros in 2022, {source}.\n"
    [s] = extract(text, gazetteer=Gazetteer(), published=dt.date(2023, 5, 1)).statements
    assert (s.speaker, s.text) == (
        "Northern Economic Institute",
        "The blockade cost the region two billion euros in 2022",
    )


def test_a_name_never_runs_over_the_end_of_a_sentence():
    # "… in Dunmore. The Examplian said": no one called "Dunmore. The Examplian".
    text = "Olga Brandt met Ivo Kask in Dunmore. The Examplian said the talks were over.\n"
    [s] = extract(text, gazetteer=Gazetteer(), published=dt.date(2023, 5, 1)).statements
    assert (s.speaker, s.speaker_mention, s.text) == (None, "The Examplian", "the talks were over")


def test_an_abbreviated_title_and_an_initial_stay_in_the_name():
    text = "Capt. Ivo Kask said the talks were over.\n"
    [s] = extract(text, gazetteer=Gazetteer(), published=dt.date(2023, 5, 1)).statements
    assert (s.speaker, s.text) == ("Ivo Kask", "the talks were over")


def test_one_of_a_group_named_under_a_headline_is_that_group_without_the_headline():
    text = "Briefing\n\nU.S. officials said more aid would come. One official said sanctions would follow.\n"
    found = extract(text, gazetteer=Gazetteer(), published=dt.date(2023, 5, 1)).statements
    assert [(s.speaker, s.text) for s in found] == [
        ("US officials", "more aid would come"),
        ("US officials", "sanctions would follow"),
    ]


def test_the_report_is_its_issuers_though_others_were_named_since():
    text = (
        "A report by the Northern Strategy Institute says morale is low.\n\n"
        "Ivan Petrov, a brigade spokesman, said the front was stable.\n\n"
        "“The number of the captured is significant,” the report says.\n"
    )
    found = extract(text, gazetteer=Gazetteer(), published=dt.date(2023, 5, 1)).statements
    assert (found[-1].speaker, found[-1].speaker_mention) == (
        "Northern Strategy Institute",
        "the report",
    )


def test_a_name_with_a_hyphened_given_name_is_shortened_to_its_family_name():
    text = (
        "The navy is watching the strait, Minister of Defence Pak Min-seok said on Friday.\n\n"
        "“What our navy faces is the fleet across the water,” Pak said.\n\n"
        "He said the fleet continues to train every week.\n"
    )
    assert [s.speaker for s in run(text).statements] == ["Pak Min-seok"] * 3


def test_a_participle_after_the_subjects_predicate_is_the_subjects():
    text = (
        "The ministry spokesperson, Jane Doeva, avoided answering the question directly, saying "
        "that she had no figures.\n\n"
        "“We are friends with both countries,” she said.\n"
    )
    assert [s.speaker for s in run(text).statements] == ["Jane Doeva", "Jane Doeva"]


def test_online_comments_that_is_a_noun_and_its_clause():
    text = (
        "These cases are not alike, Jane Doeva said, referring to posts on social media that set the "
        "island on par with the mainland.\n"
    )
    assert [(s.speaker, s.text) for s in run(text).statements] == [
        ("Jane Doeva", "These cases are not alike")
    ]


def test_a_gazetteer_person_after_a_capitalised_title_is_the_participles_subject():
    text = (
        "The Special Representative of the Government on Northern Affairs Dmitry Peskov briefed "
        "the media on his trip, saying that the talks will go on.\n"
    )
    assert [(s.speaker, s.text) for s in run(text).statements] == [
        ("Dmitry Peskov", "the talks will go on")
    ]


def test_a_district_named_in_capitals_is_no_person_a_pronoun_could_mean():
    text = (
        "Governor Ivan Doev spoke late on Monday.\n\n"
        "Elsewhere, in Northwood District, a drone hit a water tower.\n\n"
        "Doev said that crews were ready. ”Repairs will begin soon after the checks,” he "
        "wrote, pointing to the damage.\n\n"
        "In the Southwood District, drones struck two farms.\n"
    )
    assert [s.speaker for s in run(text).statements] == ["Ivan Doev", "Ivan Doev"]


def test_a_pronoun_opening_the_body_is_the_person_opening_the_headline():
    text = (
        "Peskov calls the coming meeting with Zelensky a show – Daily Paper\n\n"
        "Date: March 14, 2024\n\n"
        "According to him, the vote will be one more piece of theatre for television.\n"
    )
    assert [s.speaker for s in run(text).statements] == ["Dmitry Peskov"]


def test_a_participle_after_a_reported_clause_is_its_named_subjects():
    text = (
        "Reuters said Mr Peskov offered rare details on the talks, saying there are some 40 "
        "delegates currently in the city.\n"
    )
    assert [(s.speaker, s.text) for s in run(text).statements] == [
        ("Reuters", "Mr Peskov offered rare details on the talks"),
        ("Dmitry Peskov", "there are some 40 delegates currently in the city"),
    ]


def test_a_rank_before_a_lone_unknown_surname_names_a_person():
    # A rank or honorific, then a surname the article never gave in full: the person so
    # named, rank kept; a surname given in full before is that person.
    def said(text):
        return [(s.speaker, s.text) for s in run(text).statements]

    assert said('"The line is holding at every post," said Commander Varnok.') == [
        ("Commander Varnok", "The line is holding at every post,")
    ]
    assert said("Colonel Drabek said the pontoon crossing had been lost overnight.") == [
        ("Colonel Drabek", "the pontoon crossing had been lost overnight")
    ]
    assert said("Gen. Ostrova told reporters that the brigade would pull back.") == [
        ("Gen. Ostrova", "the brigade would pull back")
    ]
    assert said('Colonel Ivo Drabek leads the unit. "We will stay," Colonel Drabek said.') == [
        ("Ivo Drabek", "We will stay,")
    ]


def test_according_to_without_a_comma_and_before_a_semicolon():
    def said(text):
        return [(s.speaker, s.text) for s in run(text).statements]

    assert said("According to Jane Varnok the depot burned for two days.") == [
        ("Jane Varnok", "the depot burned for two days")
    ]
    assert said("The depot burned for two days, according to Jane Varnok; the road is shut.") == [
        ("Jane Varnok", "The depot burned for two days")
    ]
    assert said("According to the plan the convoy left at dawn.") == []


def test_the_plain_sentence_after_according_to_him_goes_on_with_his_report():
    def said(text):
        return [(s.speaker, s.text) for s in run(text).statements]

    assert said(
        "Zelensky met the envoys on Monday. According to him, the partners sent the shells "
        "late. Allied plants now work in three shifts to make up for it."
    ) == [
        ("Volodymyr Zelensky", "the partners sent the shells late"),
        ("Volodymyr Zelensky", "Allied plants now work in three shifts to make up for it"),
    ]
    # A sentence that reports someone else's words is theirs.
    assert said(
        "Zelensky met the envoys on Monday. According to him, the partners sent the shells "
        "late. Peskov said the shells were of no use."
    ) == [
        ("Volodymyr Zelensky", "the partners sent the shells late"),
        ("Dmitry Peskov", "the shells were of no use"),
    ]


def test_a_lead_by_an_unnamed_commander_is_the_commander_named_next():
    statements = run(
        '"The enemy attacks every night and we hold," said a Ukrainian commander.\n\n'
        "Commander Varnok runs the defence from a cellar.\n\n"
        '"We have lost two posts this week," said Commander Varnok.'
    ).statements
    assert [s.speaker for s in statements] == ["Commander Varnok", "Commander Varnok"]


def test_a_base_form_after_a_singular_article_is_a_noun_not_a_report():
    found = run("A local report later surfaced that the ferry had been damaged.\n").statements
    assert found == []
    s = only("Officials report that the ferry was damaged.\n")
    assert (s.speaker_mention, s.text) == ("Officials", "the ferry was damaged")


def test_a_verb_inside_an_about_whether_phrase_makes_no_reported_clause():
    found = run(
        "The army has maintained careful silence about whether its new push is under way.\n"
    )
    assert found.statements == []
    s = only("The minister said the debate about whether to rebuild the pier is over.\n")
    assert s.text == "the debate about whether to rebuild the pier is over"


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Mikhail Doroshenko", "Mykhailo Doroshenko"),
        ("Tatiana Kovalchuk", "Tetiana Kovalchuk"),
        ("Sergey Hrytsenko", "Serhiy Hrytsenko"),
        ("Oleh Marchenko", "Oleg Marchenko"),
    ],
)
def test_a_given_names_russian_or_ukrainian_form_is_the_same_person(written, canonical):
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Mykhailo Doroshenko"),
            ActorEntry("Tetiana Kovalchuk"),
            ActorEntry("Serhiy Hrytsenko"),
            ActorEntry("Oleg Marchenko"),
        )
    )
    text = f"{written} said the bridge would reopen next week.\n"
    [s] = extract(text, gazetteer=gazetteer, published=dt.date(2024, 3, 15)).statements
    assert s.speaker == canonical


@pytest.mark.parametrize(
    ("subject", "name"),
    [
        ("Dutch envoy Kees van der Meer", "Kees van der Meer"),
        ("French senator Pierre de la Croix", "Pierre de la Croix"),
        ("Mark van den Berg, a Dutch diplomat,", "Mark van den Berg"),
    ],
)
def test_a_new_name_keeps_its_particles_one_after_another(subject, name):
    # (csweep) "van der", "de la": lower-case particles inside a name stay in it.
    found = extract(
        f"{subject} said the talks had failed.\n",
        gazetteer=GAZETTEER,
        published=dt.date(2024, 3, 15),
    ).statements
    assert [(s.speaker, s.text) for s in found] == [(name, "the talks had failed")]


def test_jan_opening_a_new_name_is_a_given_name_not_a_month():
    s = only("“The convoy will leave at dawn,” Jan Novak said.")
    assert (s.speaker, s.kind, s.text) == ("Jan Novak", "direct", "The convoy will leave at dawn,")
    s = only("“The convoy will leave at dawn,” said Jan P. Novak.")
    assert (s.speaker, s.text) == ("Jan P. Novak", "The convoy will leave at dawn,")


def test_the_capitalised_tail_of_an_office_title_is_no_person():
    # (ulayout) "the Special Representative of the Examplian Government on Arctic Affairs": the
    # words after the office's "on" are its remit, no new person; a name after such a remit is.
    from statements.extraction.actors import ActorIndex, normalise_quotes, unknown_name_mentions

    index = ActorIndex(
        Gazetteer(
            actors=(
                ActorEntry(
                    "Government of Examplia", kind="state", aliases=("Examplian Government",)
                ),
            )
        )
    )

    def people(text):
        norm = normalise_quotes(text)
        known = index.known_mentions(norm, 0, len(text))
        found = unknown_name_mentions(text, norm, 0, len(text), known, index)
        return [(m.actor, text[m.start : m.end]) for m in found if m.kind == "person"]

    assert people(
        "Examplia will send the Special Representative of the Examplian Government on Arctic "
        "Affairs to the talks, Mira Halvorsen said."
    ) == [("Mira Halvorsen", "Mira Halvorsen")]
    assert people(
        "The talks were opened by the Minister of the Examplian Government for Coastal Affairs "
        "Jane Doe on Monday."
    ) == [("Jane Doe", "Jane Doe")]
