"""Extraction on US, UK and Russian-exile newsroom styles (1.3): one test per construction,
on sentences written here."""

import datetime as dt

from statements.extraction import ActorEntry, Gazetteer, extract

GAZETTEER = Gazetteer(
    actors=(
        ActorEntry("Vladimir Putin", role="President of Russia", aliases=("Putin",)),
        ActorEntry("Dmitry Peskov", role="Kremlin spokesman", aliases=("Peskov",)),
        ActorEntry(
            "Volodymyr Zelensky", role="President of Ukraine", aliases=("Zelensky", "Zelenskyy")
        ),
        ActorEntry(
            "Lloyd Austin",
            role="US Secretary of Defense (2021–2025)",
            aliases=("Austin",),
            description="United States Secretary of Defense from January 2021 to January 2025.",
        ),
        ActorEntry(
            "Antony Blinken",
            role="US Secretary of State (2021–2025)",
            aliases=("Blinken",),
        ),
        ActorEntry(
            "Dmitry Medvedev",
            role="Deputy Chairman of the Security Council of Russia",
            aliases=("Medvedev",),
        ),
        ActorEntry(
            "Office of the President of Ukraine",
            kind="organisation",
            aliases=("Presidential Office of Ukraine",),
        ),
        ActorEntry(
            "Pete Hegseth",
            role="US Secretary of Defense",
            aliases=("Hegseth",),
            description="US Secretary of Defense since January 2025.",
        ),
        ActorEntry(
            "Grant Shapps",
            role="UK defence secretary (2023–2024)",
            aliases=("Shapps",),
            affiliation="United Kingdom",
        ),
        ActorEntry(
            "Olaf Scholz", role="Chancellor of Germany", affiliation="Germany", aliases=("Scholz",)
        ),
        ActorEntry("German government", kind="state", affiliation="Germany", aliases=("Berlin",)),
        ActorEntry("Russian Defense Ministry", kind="organisation"),
        ActorEntry("Government of Ukraine", kind="state", aliases=("Kyiv", "Ukraine")),
        ActorEntry("Russian government", kind="state", aliases=("Russia", "Moscow")),
    )
)


def run(text: str, published: dt.date | None = dt.date(2024, 3, 15)):
    return extract("Headline\n\n" + text, gazetteer=GAZETTEER, published=published).statements


def only(text: str, published: dt.date | None = dt.date(2024, 3, 15)):
    found = run(text, published)
    assert len(found) == 1, [(s.speaker, s.text) for s in found]
    return found[0]


# --- 1. a bare weekday between the verb and its clause -------------------------------------------


def test_bare_weekday_before_that_clause_dates_the_statement_and_stays_out_of_it():
    s = only("Austin said Wednesday that there was evidence of troops massing near the border.")
    assert s.text == "there was evidence of troops massing near the border"
    assert s.speaker == "Lloyd Austin"
    assert s.said_on == dt.date(2024, 3, 13)


def test_bare_weekday_before_a_clause_without_that():
    s = only("The defense ministry said Tuesday it had intercepted nine drones over the coast.")
    assert s.text == "it had intercepted nine drones over the coast"
    assert s.said_on == dt.date(2024, 3, 12)


# --- 2. the narrator's comment after a complete reported clause ----------------------------------


def test_participle_comment_after_the_reported_clause_is_cut():
    s = only(
        "Ukraine's army said it was pulling its brigades out of the village, ending a "
        "five-month defense of its ruins."
    )
    assert s.text == "it was pulling its brigades out of the village"


def test_appositive_comment_after_the_reported_clause_is_cut():
    s = only(
        "Austin said there was evidence foreign soldiers were in the region, the first public "
        "confirmation by his department."
    )
    assert s.text == "there was evidence foreign soldiers were in the region"


def test_a_move_that_and_which_analysts_said_are_the_narrators():
    found = run(
        "The ministry said it would close the crossing, a move that angered local traders.\n\n"
        "Peskov said the talks had stalled, which analysts said was a sign of a hardening line."
    )
    assert [s.text for s in found] == [
        "it would close the crossing",
        "the talks had stalled",
    ]


def test_comma_phrase_inside_a_quotation_is_kept():
    s = only('Peskov said the offer was "a trap, the first of many" and would be refused.')
    assert s.text.endswith("would be refused")


def test_span_never_opens_with_that():
    s = only("Kommersant reported, citing two sources, that the inquiry had not been closed.")
    assert s.text == "the inquiry had not been closed"
    assert s.speaker == "Kommersant"


def test_that_as_a_determiner_stays():
    s = only("Zelensky said that decision would be reversed within a week.")
    assert s.text == "that decision would be reversed within a week"


# --- 3. broadcast transcripts --------------------------------------------------------------------

TRANSCRIPT = """MARY LANE, HOST:

The power cuts are back in Odesa.

PETER HOLT, BYLINE: At a bakery near the port, the ovens run on a generator.

IRYNA SOKIL: (Through interpreter) We bake at night when the grid comes back.

HOLT: Sokil has kept the shop open through two winters.

IRYNA SOKIL: (Through interpreter) My staff sleep here when the sirens go.

I cannot ask them to walk home in the dark.

The port has been struck four times since January.

ANCHOR: That report from Peter Holt in Odesa."""


def test_transcript_turns_are_direct_statements_and_narration_is_skipped():
    found = run(TRANSCRIPT)
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        ("Iryna Sokil", "direct", "We bake at night when the grid comes back."),
        ("Iryna Sokil", "direct", "My staff sleep here when the sirens go."),
        ("Iryna Sokil", "direct", "I cannot ask them to walk home in the dark."),
    ]


def test_a_single_furniture_label_does_not_make_a_transcript():
    found = run("UPDATE: The article was revised.\n\nPeskov said the talks would resume soon.")
    assert [s.speaker for s in found] == ["Dmitry Peskov"]


# --- 4. naming something: "called X 'Y'", "calling it ...", "accused X of ..." ---------------------


def test_called_x_a_y_without_quotation_marks_is_a_statement():
    s = only("Zelensky called the shelling of the hospital a war crime.")
    assert s.speaker == "Volodymyr Zelensky"
    assert s.text == "called the shelling of the hospital a war crime"


def test_called_a_meeting_is_not_a_statement():
    assert run("Zelensky called a meeting of his military commanders.") == []


def test_calling_it_after_another_verb_is_the_subjects_mixed_statement():
    s = only('Zelensky welcomed the package, calling it a "lifeline" for the front.')
    assert s.speaker == "Volodymyr Zelensky"
    assert s.kind == "mixed"
    assert s.text == 'calling it a "lifeline" for the front'


def test_accused_x_of_quote_is_mixed():
    s = only('Medvedev accused Kyiv of "nuclear blackmail" in a post.')
    assert s.speaker == "Dmitry Medvedev"
    assert s.text.startswith('accused Kyiv of "nuclear blackmail"')


# --- 7. outlets and verdicts ----------------------------------------------------------------------


def test_dismissed_as_quote_is_a_statement():
    s = only('Peskov dismissed the leaked memo as "a crude forgery" on Friday.')
    assert s.speaker == "Dmitry Peskov"
    assert s.text.startswith('dismissed the leaked memo as "a crude forgery"')


def test_dismissed_an_official_is_not_a_statement():
    assert run("Putin dismissed the deputy defense minister in May.") == []


def test_asked_about_participle_is_not_a_statement():
    s = only(
        "Asked about the drone strikes on Tuesday, Peskov said the Kremlin had nothing to add."
    )
    assert s.text == "the Kremlin had nothing to add"
    assert s.said_on == dt.date(2024, 3, 12)


# --- 8. announcing an act is narration ------------------------------------------------------------


def test_announced_an_act_after_an_introductory_phrase_is_narration():
    assert (
        run("In a televised address to the nation, Putin announced a partial mobilization.") == []
    )


def test_announced_that_after_an_introductory_phrase_is_a_statement():
    s = only("In a televised address, Putin announced that reservists would report within days.")
    assert s.text == "reservists would report within days"
    assert s.speaker == "Vladimir Putin"


# --- 5. people outside the gazetteer, titles, acronyms --------------------------------------------


def test_one_word_name_with_a_personal_apposition_is_the_speaker_and_he_refers_back():
    found = run(
        "Zelensky has asked allies for more air defense. Bohdan, a 27-year-old medic, said "
        'the unit had lost three vehicles this week.\n\n"We drive only at night now," he said.'
    )
    assert [(s.speaker, s.speaker_mention) for s in found] == [
        ("Bohdan", "Bohdan"),
        ("Bohdan", "he"),
    ]


def test_female_given_name_in_apposition_is_she():
    found = run(
        'Halyna, a nurse in the city hospital, said the wards were full.\n\n"We have no beds left," '
        "she said."
    )
    assert [s.speaker for s in found] == ["Halyna", "Halyna"]


def test_ranks_and_retired_are_stripped_from_a_new_person():
    s = only("Retired Army Col. Mark Fenton said the offensive had stalled.")
    assert s.speaker == "Mark Fenton"


def test_an_all_caps_acronym_is_not_a_pronoun():
    found = run(
        "Retired Army Col. Mark Fenton said the offensive had stalled.\n\n"
        "IT specialists said the servers had been down since noon."
    )
    assert [(s.speaker, s.speaker_mention) for s in found] == [
        ("Mark Fenton", "Retired Army Col. Mark Fenton"),
        ("IT specialists", "IT specialists"),
    ]


def test_the_us_defense_secretary_is_who_held_the_office_at_the_articles_date():
    text = "The US defense secretary said more shells would be sent within weeks."
    assert only(text, dt.date(2024, 3, 15)).speaker == "Lloyd Austin"
    assert only(text, dt.date(2025, 6, 1)).speaker == "Pete Hegseth"


def test_an_office_two_countries_held_at_once_stays_unresolved():
    s = only("The defense secretary said more shells would be sent within weeks.")
    assert s.speaker is None


def test_the_secretary_of_state_is_the_person_the_article_introduced_in_that_office():
    found = run(
        "Secretary of State Jane Holloway met her counterpart in Warsaw on Monday.\n\n"
        "The secretary of state said the alliance would not be divided."
    )
    assert found[-1].speaker == "Jane Holloway"


def test_a_leaders_spokesman_is_the_leaders_government():
    s = only("Scholz's spokesman said the missiles would not be delivered this year.")
    assert s.speaker == "German government"


def test_a_leaders_office_in_an_apposition_is_not_the_speaker():
    s = only("Ivan Sirko, the head of Zelensky's office, said the talks had been useful.")
    assert s.speaker == "Ivan Sirko"


def test_role_words_before_a_known_name_give_the_person():
    s = only("The Security Council deputy chairman Dmitry Medvedev said the West would regret it.")
    assert s.speaker == "Dmitry Medvedev"


# --- 6. attribution inside the words --------------------------------------------------------------


def test_pronoun_attribution_inside_an_unquoted_sentence_keeps_the_whole_sentence():
    found = run(
        "Anna Petrova, a sociologist, studied the draft notices. Most of those called up, she "
        "said, were men from villages."
    )
    assert found[-1].speaker == "Anna Petrova"
    assert found[-1].text == "Most of those called up, she said, were men from villages"


def test_the_minister_refers_to_the_minister_named_in_the_paragraph_before():
    found = run(
        "Education Minister Oksen Lisovyi visited a school in Kharkiv on Monday.\n\n"
        '"Pupils will not be moved again," the minister said.'
    )
    assert [(s.speaker, s.kind) for s in found] == [("Oksen Lisovyi", "direct")]


def test_single_quotation_marks_quote_when_a_paragraph_has_no_double_ones():
    found = run(
        "Peskov said many leaders had welcomed the approach.\n"
        "'This approach has met with understanding and support from many leaders.'\n"
        "Asked again, Peskov said: 'That's all. I've said everything I could about this.'\n"
    )
    assert [(s.speaker, s.kind, s.text) for s in found][1:] == [
        ("Dmitry Peskov", "direct", "This approach has met with understanding and support from many leaders."),
        ("Dmitry Peskov", "direct", "That's all. I've said everything I could about this."),
    ]  # fmt: skip


def test_verdicts_with_as_and_rebukes_are_statements():
    found = run(
        "Zelensky rejected the claims as false.\n\n"
        "The court rejected the appeal on Monday.\n\n"
        "Zelensky rebuked the network for suggesting Moscow is not ready to make concessions.\n"
    )
    assert [(s.speaker, s.text) for s in found] == [
        ("Volodymyr Zelensky", "rejected the claims as false"),
        ("Volodymyr Zelensky", "rebuked the network for suggesting Moscow is not ready to make concessions"),
    ]  # fmt: skip


def test_called_x_a_quote_then_as_he_said_are_two_statements_of_the_subject():
    found = run(
        "Zelensky has called the war’s frontlines in the east a “grinding slog” as he said that "
        "Russian forces are unlikely to make significant gains this year."
    )
    assert [(s.speaker, s.text) for s in found] == [
        ("Volodymyr Zelensky", "called the war’s frontlines in the east a “grinding slog”"),
        ("Volodymyr Zelensky", "Russian forces are unlikely to make significant gains this year"),
    ]


def test_a_known_person_tags_a_quotation_with_a_colon_or_a_dash():
    from tests.test_extraction_statements import run

    found = run(
        "Zelensky: “We will win this war and rebuild every city.”\n\n"
        "“Russia will pay for this crime” — Zelensky.\n\n"
        "Kyiv: “The city is calm tonight.”\n"
    ).statements
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        ("Volodymyr Zelensky", "direct", "We will win this war and rebuild every city."),
        ("Volodymyr Zelensky", "direct", "Russia will pay for this crime"),
    ]
