"""Round 12 (set X): mechanisms found on set X, each on sentences written here."""

import datetime as dt

from statements.extraction import extract
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()


def statements(text, **meta):
    found = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 15), **meta).statements
    return [(s.speaker, s.kind, s.text) for s in found]


def test_an_unintroduced_interviews_first_answer_names_the_interviewee_in_its_label():
    found = statements(
        "Minister Roe, suppose the other side offers a truce tomorrow on its own terms. "
        "Would you accept it?\n\n"
        "Jane Roe: That is a question about a world that does not exist. I keep to our borders "
        "and our people decide.\n\n"
        "Is the northern neighbour waiting for the war to end?\n\n"
        "The northern neighbour wants neither side to win outright. It waits for its moment."
    )
    assert found == [
        (
            "Jane Roe",
            "direct",
            "That is a question about a world that does not exist. I keep to our borders and "
            "our people decide.",
        ),
        (
            "Jane Roe",
            "direct",
            "The northern neighbour wants neither side to win outright. It waits for its moment.",
        ),
    ]


def test_an_interviews_page_that_opens_inside_its_answers():
    found = statements(
        "I wake up before dawn most days, and my first hour is for the maps. I read the "
        "reports from the night before anyone calls me.\n\n"
        "We also walk every evening, the two of us, for half an hour. It keeps my head clear "
        "and I sleep better for it.\n\n"
        "Q: You have led the region for three years. How has it changed?\n\n",
        title="Interview: Jane Roe on mornings and maps",
    )
    assert found == [
        (
            "Jane Roe",
            "direct",
            "I wake up before dawn most days, and my first hour is for the maps. I read the "
            "reports from the night before anyone calls me.",
        ),
        (
            "Jane Roe",
            "direct",
            "We also walk every evening, the two of us, for half an hour. It keeps my head "
            "clear and I sleep better for it.",
        ),
    ]


def test_a_transcript_turn_runs_on_over_a_paragraph_with_scare_quotes():
    found = statements(
        "Minister Jane Roe spoke to the Examplia Weekly about the front.\n\n"
        "EXAMPLIA WEEKLY: What do you expect this winter?\n\n"
        "ROE: Our plan is to hold every line we have and to take back the rest.\n\n"
        "A “pause” in the fighting is possible. I do not believe in a “settlement” now, "
        "because we are at war and we will defend ourselves.\n\n"
        "EXAMPLIA WEEKLY: How many troops face you?\n\n"
        "ROE: I may be wrong, but I count about forty brigades."
    )
    assert [f for f in found if f[1] == "direct"] == [
        (
            "Jane Roe",
            "direct",
            "Our plan is to hold every line we have and to take back the rest.",
        ),
        (
            "Jane Roe",
            "direct",
            "A “pause” in the fighting is possible. I do not believe in a “settlement” now, "
            "because we are at war and we will defend ourselves.",
        ),
        ("Jane Roe", "direct", "I may be wrong, but I count about forty brigades."),
    ]


def test_the_military_administration_there_is_the_named_citys():
    found = statements(
        "Eight drones were shot down over the outskirts of Kyiv overnight, the military "
        "administration there said.\n\n"
        "It said falling wreckage damaged a garage.\n\n"
        '"Nobody was hurt," the administration said on Telegram.'
    )
    assert found == [
        (
            "Kyiv City Military Administration",
            "indirect",
            "Eight drones were shot down over the outskirts of Kyiv overnight",
        ),
        ("Kyiv City Military Administration", "indirect", "falling wreckage damaged a garage"),
        ("Kyiv City Military Administration", "direct", "Nobody was hurt,"),
    ]


def test_what_she_described_as_inside_a_clause_attributes_no_quotation():
    found = statements(
        "Jane Roe, the head of the regional administration, said that it “serves no purpose” "
        "to defend what she described as flattened trenches any longer."
    )
    assert found == [
        (
            "Jane Roe",
            "mixed",
            "it “serves no purpose” to defend what she described as flattened trenches any longer",
        )
    ]


def test_a_relative_clause_with_its_own_report_ends_the_reported_clause():
    found = statements(
        "The Examplia Herald reports that twelve boats were sunk in the raid, which the paper "
        "said were sent from the northern bay.\n\n"
        "Jane Roe said the strike, which she said was planned for weeks, killed nobody."
    )
    assert found == [
        ("Examplia Herald", "indirect", "twelve boats were sunk in the raid"),
        ("Jane Roe", "indirect", "the strike, which she said was planned for weeks, killed nobody"),
    ]


def test_a_given_name_in_another_spelling_before_a_known_surname_alias():
    # The gazetteer's Mykhailo Podolyak, aliases "Podoliak" and "Mikhail Podolyak": the two
    # spellings mixed are still his name, not the president named in the apposition.
    found = statements(
        "Mikhail Podoliak, a senior aide to President Volodymyr Zelensky, said on Friday that "
        "the grain corridor would stay open."
    )
    assert found == [
        ("Mykhailo Podolyak", "indirect", "the grain corridor would stay open"),
    ]


def test_a_surname_is_the_person_named_in_full_twice_not_a_relative_named_once():
    found = statements(
        "Jane Roe, the mayor, said on Monday that the dam would hold.\n\n"
        "Jane Roe added that the spillway had been repaired. Reports had named her cousin, "
        "Peter Roe, as a contractor on the dam.\n\n"
        '"I answer for my own decisions, not for my relatives," Roe told the Examplia Weekly.'
    )
    assert found == [
        ("Jane Roe", "indirect", "the dam would hold"),
        ("Jane Roe", "indirect", "the spillway had been repaired"),
        ("Jane Roe", "direct", "I answer for my own decisions, not for my relatives,"),
    ]


def test_implied_that_reports_a_clause():
    found = statements(
        "Jane Roe implied that only the cabinet could approve the loan. The implied threat "
        "was not lost on the bankers."
    )
    assert found == [("Jane Roe", "indirect", "only the cabinet could approve the loan")]


def test_a_lede_over_a_source_line_naming_a_person_is_theirs():
    found = statements(
        "Drones struck a fuel depot near Examplograd overnight; two tanks burned down.\n"
        "Source: Jane Roe, Head of Examplograd Oblast State Administration, on Telegram\n"
        "Details: Roe said that firefighters had put out the blaze by morning.\n"
    )
    assert found == [
        (
            "Jane Roe",
            "indirect",
            "Drones struck a fuel depot near Examplograd overnight; two tanks burned down",
        ),
        ("Jane Roe", "indirect", "firefighters had put out the blaze by morning"),
    ]


def test_stated_in_the_document_after_a_quotation_is_the_issuers():
    found = statements(
        "The Foreign Ministry of Examplia condemned the remarks. This is stated in the "
        "statement of the ministry.\n\n"
        "“The remarks are one more attempt to meddle in our affairs and to divide our "
        "people”, — stated in the document.\n"
    )
    assert found == [
        ("Foreign Ministry of Examplia", "indirect", "condemned the remarks"),
        (
            "Foreign Ministry of Examplia",
            "direct",
            "The remarks are one more attempt to meddle in our affairs and to divide our people",
        ),
    ]


def test_the_head_of_a_named_region_opening_the_story_is_its_governor_on_the_day():
    found = statements(
        "The head of Ukraine's Odesa region has said its ferry piers cannot all be guarded at once."
    )
    assert found == [
        ("Oleh Kiper", "indirect", "its ferry piers cannot all be guarded at once"),
    ]


def test_a_reported_clause_ends_at_a_colon_before_a_quotation_of_the_same_speaker():
    found = statements(
        "Jane Roe told the Examplia Weekly that the old guns could not cover all the bays as "
        "they were too far apart: “So we guard the city first. The rest must wait.”"
    )
    assert found == [
        ("Jane Roe", "direct", "So we guard the city first. The rest must wait."),
        (
            "Jane Roe",
            "indirect",
            "the old guns could not cover all the bays as they were too far apart",
        ),
    ]


def test_a_question_put_to_the_subject_is_not_their_statement():
    found = statements(
        "Jane Roe spoke to reporters in the capital on Monday.\n\n"
        "She was asked by the Examplia Weekly's John Doe: “Do you think the talks are a waste "
        "of time?” to which Roe responded, “time will tell.”\n"
    )
    assert found == [("Jane Roe", "direct", "time will tell.")]


def test_dashes_and_quotation_marks_read_as_greek_mojibake_are_repaired():
    # "—", "“" as UTF-8 read as Windows-1253: "β€”", "β€œ" (the last byte undefined there).
    found = statements(
        "“We waited β€” we really waited β€” for an answer that never came,” Jane Roe said.\n\n"
        "Roe added that the talks were the β€œonly road” to a truce."
    )
    assert found == [
        ("Jane Roe", "direct", "We waited β€” we really waited β€” for an answer that never came,"),
        ("Jane Roe", "mixed", "the talks were the β€œonly road” to a truce"),
    ]


def test_a_described_subject_then_earlier_said():
    found = statements(
        "Volodymyr Zelensky spoke on Monday.\n\n"
        "The Ukrainian president earlier said the defence of the river ports is the first "
        "task for the state."
    )
    assert found == [
        (
            "Volodymyr Zelensky",
            "indirect",
            "the defence of the river ports is the first task for the state",
        )
    ]


def test_a_quotation_inside_a_persons_reported_clause_relayed_by_an_outlet():
    found = statements(
        "Jane Roe said the town “will never open its gates to the enemy forces”, the Examplia "
        "Agency reported."
    )
    assert found == [
        ("Jane Roe", "mixed", "the town “will never open its gates to the enemy forces”"),
    ]


def test_a_persons_quotation_introduced_by_said_and_relayed_by_an_agency_is_theirs():
    found = extract(
        "On Monday evening, Jane Roe said, “The dams held and nobody in the valley was "
        "hurt tonight,” the Examplia Agency reported.",
        gazetteer=GAZETTEER,
        published=dt.date(2024, 3, 15),
    ).statements
    assert [(s.speaker, s.kind, s.text, s.via) for s in found] == [
        (
            "Jane Roe",
            "direct",
            "The dams held and nobody in the valley was hurt tonight,",
            "Examplia Agency",
        )
    ]


def test_a_short_bulleted_key_development_that_reports_a_clause_is_body():
    found = extract(
        "Enemy troops reached the harbour on Wednesday.\n"
        "In key developments:\n"
        "• Jane Roe admitted enemy forces have taken the harbour\n"
        "• A second round of talks is expected later\n"
        "• Roe Says Harbour Has Fallen To The Enemy\n",
        gazetteer=GAZETTEER,
        published=dt.date(2024, 3, 15),
    ).statements
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        ("Jane Roe", "indirect", "enemy forces have taken the harbour"),
    ]


def test_a_stock_pictures_caption_is_no_statement():
    found = statements(
        "No damage to the dam was reported, Examplia said. (Representational)\n\n"
        "Jane Roe said the reservoir was safe."
    )
    assert found == [("Jane Roe", "indirect", "the reservoir was safe")]


def test_a_report_inside_a_relative_clause_whose_object_is_the_noun_before_it():
    found = statements(
        "Jane Roe said the harbour was calm. She did not explain what happened to the three "
        "boats that she says the enemy had sunk."
    )
    assert found == [("Jane Roe", "indirect", "the harbour was calm")]


def test_a_persons_own_report_relayed_by_the_one_who_recalls_it():
    found = statements(
        "Jane Roe spoke to John Doe on Friday.\n\n"
        "Roe recently said that she would rather die than leave the city, Doe recalled."
    )
    assert found == [("Jane Roe", "indirect", "she would rather die than leave the city")]


def test_a_short_phrase_quoted_before_a_verb_that_reports_a_clause_is_no_quotation():
    found = statements(
        'Asked about the claim that her aunt was a "spy chief," Jane Roe said she could not '
        "confirm any tie between her relative and the agency."
    )
    assert found == [
        (
            "Jane Roe",
            "indirect",
            "she could not confirm any tie between her relative and the agency",
        )
    ]
