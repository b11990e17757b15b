"""Extraction on Ukrainian outlets in English, Ukrainian official pages and live blogs: one test
per construction, on sentences and names written here."""

import datetime as dt

import pytest

from statements.extraction import ActorEntry, Gazetteer, extract

GAZETTEER = Gazetteer(
    actors=(
        ActorEntry(
            "Olena Marchuk",
            role="Governor of Poltava region",
            affiliation="Ukraine",
            aliases=("Marchuk",),
        ),
        ActorEntry(
            "Taras Hlushko",
            role="Minister of Culture of Ukraine",
            affiliation="Ukraine",
            aliases=("Hlushko",),
        ),
        ActorEntry("Government of Ukraine", kind="state", aliases=("Kyiv", "Ukraine")),
        ActorEntry("Russian government", kind="state", aliases=("Russia", "Moscow")),
    )
)


def run(text: str, published: dt.date | None = dt.date(2024, 3, 15)):
    return extract("Headline\n\n" + text, gazetteer=GAZETTEER, published=published).statements


def texts(text: str):
    return [(s.speaker, s.kind, s.text) for s in run(text)]


# --- 1. a closing mark the paragraph never opened, then its attribution -------------------------


def test_closing_mark_without_an_opening_one_quotes_the_paragraph_from_its_start():
    found = texts(
        "Marchuk visited the shelters on Monday.\n\n"
        "We will rebuild every bridge in the region. Nobody will be left behind,” Marchuk said."
    )
    assert found == [
        (
            "Olena Marchuk",
            "direct",
            "We will rebuild every bridge in the region. Nobody will be left behind,",
        )
    ]


def test_closing_mark_without_an_opening_one_before_an_inverted_attribution():
    found = texts(
        "Hlushko spoke to reporters.\n\n"
        'If the halls reopen, we will tour every town. The stage is a front too," said Hlushko.'
    )
    assert found == [
        (
            "Taras Hlushko",
            "direct",
            "If the halls reopen, we will tour every town. The stage is a front too,",
        )
    ]


def test_last_paragraph_of_a_running_quotation_holding_a_reporting_verb_is_all_quoted():
    found = texts(
        '"The choir sang in the metro every night.\n\n'
        "People came with their children. And you say that this is useless. Fine, I will not "
        'argue," Hlushko said.'
    )
    assert found[-1] == (
        "Taras Hlushko",
        "direct",
        "People came with their children. And you say that this is useless. Fine, I will not "
        "argue,",
    )


# --- 2. a paragraph without quotation marks, closed by a dash and its attribution ---------------


def test_unquoted_paragraph_closed_by_a_dash_and_the_attribution_is_quoted():
    found = texts(
        "Hlushko spoke to reporters in Lviv.\n\n"
        "I have said that as long as there is a war, we need the concerts. We must make them "
        "better - the Minister emphasized."
    )
    assert found == [
        (
            "Taras Hlushko",
            "direct",
            "I have said that as long as there is a war, we need the concerts. We must make them "
            "better",
        )
    ]


def test_dash_closed_paragraph_after_a_sentence_that_reports_on_its_own():
    found = texts(
        "Marchuk met the mayors on Friday.\n\n"
        "She emphasized that the help of partners remains critical. A strong army is a "
        "guarantee of a lasting peace - Marchuk noted."
    )
    assert found == [
        ("Olena Marchuk", "indirect", "the help of partners remains critical"),
        ("Olena Marchuk", "direct", "A strong army is a guarantee of a lasting peace"),
    ]


def test_dash_closed_paragraph_with_the_attribution_inverted():
    found = texts(
        "Marchuk met the mayors on Friday.\n\n"
        "They agreed to stay in touch about the situation at the front and the needs of the "
        "towns - added Marchuk."
    )
    assert found == [
        (
            "Olena Marchuk",
            "direct",
            "They agreed to stay in touch about the situation at the front and the needs of the "
            "towns",
        )
    ]


# --- 3. "This is reported by X" / "This was reported in X" / "X informed about this" -------------


def test_present_passive_back_reference_names_the_body():
    found = texts(
        "Over the past day, the invading army lost another 900 soldiers and 12 tanks.\n\n"
        "This is reported by the Government of Ukraine."
    )
    assert found == [
        (
            "Government of Ukraine",
            "indirect",
            "Over the past day, the invading army lost another 900 soldiers and 12 tanks",
        )
    ]


def test_passive_back_reference_with_the_body_after_in():
    gazetteer = Gazetteer(actors=(ActorEntry("Ruritanian General Staff", kind="organisation"),))
    found = extract(
        "Headline\n\nDuring the past day, the invading army lost 1,100 soldiers killed and "
        "wounded.\n\nThis was reported in the Ruritanian General Staff.",
        gazetteer=gazetteer,
        published=dt.date(2024, 3, 15),
    ).statements
    assert [(s.speaker, s.text) for s in found] == [
        (
            "Ruritanian General Staff",
            "During the past day, the invading army lost 1,100 soldiers killed and wounded",
        )
    ]


def test_passive_back_reference_with_a_platform_before_by():
    found = texts(
        "Air defence destroyed 14 drones over the southern regions overnight.\n"
        "This was reported on Facebook by Olena Marchuk."
    )
    assert found == [
        (
            "Olena Marchuk",
            "indirect",
            "Air defence destroyed 14 drones over the southern regions overnight",
        )
    ]


def test_informed_about_this_refers_back_to_the_sentence_before():
    found = texts(
        "A man was injured in the night and he received shrapnel wounds. Olena Marchuk, "
        "the head of the regional military administration, informed about this on Telegram."
    )
    assert found == [
        (
            "Olena Marchuk",
            "indirect",
            "A man was injured in the night and he received shrapnel wounds",
        )
    ]


def test_reported_in_a_city_is_no_back_reference():
    assert (
        texts("Two people were injured in the shelling of a school.\n\nThis was reported in Kyiv.")
        == []
    )


# --- 4. "the head of the RMA": the regional military administration's head named before ---------


def test_head_of_the_rma_is_the_head_a_back_reference_introduced():
    found = texts(
        "Four people were wounded in the shelling of the region over the past day.\n\n"
        "The head of the Poltava regional military administration, Olena Marchuk, reported "
        "this on Telegram.\n\n"
        "“A 30-year-old man stepped on an unknown explosive near the lake, he was taken to "
        "hospital,” wrote the head of the RMA."
    )
    assert found[-1] == (
        "Olena Marchuk",
        "direct",
        "A 30-year-old man stepped on an unknown explosive near the lake, he was taken to "
        "hospital,",
    )


def test_rma_head_after_a_closing_mark_the_paragraph_never_opened():
    found = texts(
        "The head of the Poltava regional military administration, Olena Marchuk, ordered a "
        "meeting on the shelters.\n\n"
        'The results of the meeting will be reported publicly at a briefing," the RMA head '
        "promised."
    )
    assert found[-1] == (
        "Olena Marchuk",
        "direct",
        "The results of the meeting will be reported publicly at a briefing,",
    )


# --- 5. "Source: X on Facebook" above a "Quote:" block --------------------------------------------


def test_source_line_with_a_channel_names_the_misspelt_speaker():
    found = texts(
        "Olena Marchuck has summed up the meeting of the mayors.\n\n"
        "Source: Marchuck on Facebook\n\n"
        "Quote: “The main goal is to prepare the defence of the region for the winter ahead.”"
    )
    assert found == [
        (
            "Olena Marchuk",
            "direct",
            "The main goal is to prepare the defence of the region for the winter ahead",
        )
    ]


# --- 6. a live blog entry's time opening the paragraph ------------------------------------------


def test_entry_time_is_not_part_of_the_statement():
    found = texts(
        "Live updates\n\n"
        "7 p.m.: Russia has moved 40 battalions to the southern front, Marchuk said Thursday.\n\n"
        "15.53 Hlushko says the theatres of the region will reopen in the spring."
    )
    assert found == [
        ("Olena Marchuk", "indirect", "Russia has moved 40 battalions to the southern front"),
        ("Taras Hlushko", "indirect", "the theatres of the region will reopen in the spring"),
    ]


# --- 7. the relaying outlet after its verb: ", writes UNN." ---------------------------------------


def test_outlet_after_writes_closes_the_reported_clause():
    found = texts(
        "Marchuk announced that she had ordered the roads to the border reopened next week, "
        "writes Poltava Daily."
    )
    assert found == [
        (
            "Olena Marchuk",
            "indirect",
            "she had ordered the roads to the border reopened next week",
        )
    ]


# --- 8. a "Quote:" block over three paragraphs, the middle one without marks ---------------------


def test_quote_block_runs_through_a_paragraph_without_marks():
    found = texts(
        "Marchuk has said the region must prepare its shelters for the winter.\n\n"
        "Source: Olena Marchuk in an evening address\n\n"
        'Quote: "I am grateful to every volunteer for the help they gave us this week.\n\n'
        "And we must do everything to prepare the shelters. The cold will come early.\n\n"
        'Next week our work will be devoted to exactly this, the heating of the schools."\n\n'
        "Details: The regional council will meet on Monday."
    )
    assert [(speaker, text) for speaker, kind, text in found if kind == "direct"] == [
        ("Olena Marchuk", "I am grateful to every volunteer for the help they gave us this week"),
        (
            "Olena Marchuk",
            "And we must do everything to prepare the shelters. The cold will come early.",
        ),
        (
            "Olena Marchuk",
            "Next week our work will be devoted to exactly this, the heating of the schools.",
        ),
    ]


def test_quote_block_does_not_run_over_a_label_line():
    found = texts(
        "Marchuk has said the region must prepare its shelters for the winter.\n\n"
        "Source: Olena Marchuk in an evening address\n\n"
        'Quote: "I am grateful to every volunteer for the help they gave us this week.\n\n'
        "Details: The regional council will meet on Monday to discuss the heating.\n\n"
        'Mayors said: "We are ready."'
    )
    assert [text for speaker, kind, text in found if speaker == "Olena Marchuk"] == [
        "the region must prepare its shelters for the winter",
        "I am grateful to every volunteer for the help they gave us this week",
    ]


# --- 9. an author's blurb: what a reporter writes about is no statement --------------------------


def test_reporter_who_writes_mostly_about_a_topic_says_nothing():
    assert (
        texts(
            "Olena Marchuk is a reporter at the Poltava Daily who writes mostly about "
            "culture-related topics."
        )
        == []
    )


def test_about_before_a_number_still_opens_a_claim():
    assert texts("Marchuk said about 200 soldiers were killed in the attack.") == [
        ("Olena Marchuk", "indirect", "about 200 soldiers were killed in the attack")
    ]


# --- 10. "Experts at X (ACRONYM) believe": the body speaks --------------------------------------


def test_experts_at_a_body_with_its_acronym_are_the_body():
    gazetteer = Gazetteer(
        actors=(ActorEntry("Centre for Eastern Studies", kind="organisation", aliases=("CES",)),)
    )
    found = extract(
        "Headline\n\nExperts at the Centre for Eastern Studies (CES) believe that the Kremlin "
        "still hopes to outlast Western support.",
        gazetteer=gazetteer,
        published=dt.date(2024, 3, 15),
    ).statements
    assert [(s.speaker, s.text) for s in found] == [
        ("Centre for Eastern Studies", "the Kremlin still hopes to outlast Western support")
    ]


# --- 11. an outlet's acronym is not a body's one letter shorter ---------------------------------


def test_outlet_acronym_is_not_the_un():
    gazetteer = Gazetteer(
        actors=(ActorEntry("United Nations", kind="organisation", aliases=("UN", "U.N.")),)
    )
    found = extract(
        "Headline\n\nThe roads to the border will reopen next week, UNN reports.\n\n"
        "Aid convoys will follow the roads, the UN said.",
        gazetteer=gazetteer,
        published=dt.date(2024, 3, 15),
    ).statements
    assert [(s.speaker, s.text) for s in found] == [
        ("UNN", "The roads to the border will reopen next week"),
        ("United Nations", "Aid convoys will follow the roads"),
    ]


# --- 12. a quotation and "he said" with the page's full stop lost -------------------------------


def test_quotation_and_pronoun_attribution_without_a_full_stop_is_body():
    found = texts(
        "Marchuk spoke to reporters on Monday.\n\n"
        '"All this, including the shelling of our towns, is a policy of terror pursued by '
        'Russia," she said\n\n'
        "Moscow has denied targeting civilians."
    )
    assert found == [
        (
            "Olena Marchuk",
            "direct",
            "All this, including the shelling of our towns, is a policy of terror pursued by "
            "Russia,",
        )
    ]


def test_syndicators_tag_is_not_part_of_the_first_sentence():
    found = texts(
        "(NEWSWIRE- Poltava Daily) In the Poltava region, four people were wounded over the "
        "past day.\n\n"
        "The head of the Poltava regional military administration, Olena Marchuk, reported "
        "this on Telegram."
    )
    assert found == [
        (
            "Olena Marchuk",
            "indirect",
            "In the Poltava region, four people were wounded over the past day",
        )
    ]


# --- 13. "X issued a warning that ..." ----------------------------------------------------------


def test_issued_a_warning_that_reports_the_clause():
    assert texts(
        "Marchuk on May 9 issued an urgent warning that Russia could launch a massive attack "
        "in the coming days."
    ) == [("Olena Marchuk", "indirect", "Russia could launch a massive attack in the coming days")]


def test_issued_a_warning_without_a_clause_says_nothing():
    assert texts("Marchuk issued a warning to the residents of the border villages.") == []


# --- 14. a plural subject's present "maintain that" / "estimate that" ---------------------------


def test_plural_present_maintain_that_reports_the_whole_clause():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Centre for Eastern Studies", kind="organisation", aliases=("CES",)),
            ActorEntry("Olena Marchuk", role="Governor of Poltava region", aliases=("Marchuk",)),
        )
    )
    found = extract(
        "Headline\n\nAnalysts at the Centre for Eastern Studies (CES) maintain that Marchuk "
        "believes she can hold the region through the winter.",
        gazetteer=gazetteer,
        published=dt.date(2024, 3, 15),
    ).statements
    assert [(s.speaker, s.text) for s in found] == [
        (
            "Centre for Eastern Studies",
            "Marchuk believes she can hold the region through the winter",
        )
    ]


# --- 15. "the minister" is not the first deputy minister just named ------------------------------


def test_the_minister_is_not_a_deputy_minister_named_just_before():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Petro Dovhan", role="Minister of Defence of Ruritania", aliases=("Dovhan",)
            ),
            ActorEntry(
                "Ivan Korol",
                role="First deputy minister at the Ruritanian Defence Ministry",
                aliases=("Korol",),
            ),
        )
    )
    found = extract(
        "Headline\n\nRuritanian Defence Minister Petro Dovhan has met the British ambassador.\n\n"
        "The minister introduced the ambassador to one of his deputies – Lieutenant General "
        "Ivan Korol, who is in charge of new weapons.\n\n"
        "The minister said that all purchases should be transparent.",
        gazetteer=gazetteer,
        published=dt.date(2024, 3, 15),
    ).statements
    assert [(s.speaker, s.text) for s in found] == [
        ("Petro Dovhan", "all purchases should be transparent")
    ]


def test_the_minister_is_still_the_deputy_minister_when_no_one_else_holds_the_office():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Ivan Korol",
                role="Deputy minister at the Ruritanian Foreign Ministry",
                aliases=("Korol",),
            ),
        )
    )
    found = extract(
        "Headline\n\nRuritania's Minister of Culture, Ivan Korol, said that the concert halls "
        "will reopen in the spring.\n\n"
        "The Minister added that the orchestras will tour the front-line towns.",
        gazetteer=gazetteer,
        published=dt.date(2024, 3, 15),
    ).statements
    assert [(s.speaker, s.text) for s in found] == [
        ("Ivan Korol", "the concert halls will reopen in the spring"),
        ("Ivan Korol", "the orchestras will tour the front-line towns"),
    ]


# --- the relaying outlet after an attribution ("..., UNN reports.") ------------------------------


def test_inverted_attribution_with_a_title_before_the_name_then_the_relaying_outlet():
    found = run(
        "A granary was damaged in the district, no injuries yet, said the head of the RMA "
        "Olena Marchuk, Examplia News reports."
    )
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        ("Olena Marchuk", "indirect", "A granary was damaged in the district, no injuries yet")
    ]


@pytest.mark.parametrize(
    "subject", ["the head of the region, Olena Marchuk,", "Olena Marchuk,", "Ivanna Petryk,"]
)
def test_inverted_attribution_then_according_to_the_relaying_outlet(subject):
    found = run(
        f"A granary was damaged in the district, no injuries yet, said {subject} according to "
        "the Examplia News Agency (ENA)."
    )
    speaker = "Ivanna Petryk" if "Petryk" in subject else "Olena Marchuk"
    assert [(s.speaker, s.text) for s in found] == [
        (speaker, "A granary was damaged in the district, no injuries yet")
    ]


def test_an_unknown_agencys_acronym_reporting_citing_someone_relays_them():
    found = run("A granary was damaged in the district, ENA reported, citing Olena Marchuk.")
    assert [(s.speaker, s.text) for s in found] == [
        ("Olena Marchuk", "A granary was damaged in the district")
    ]


def test_according_to_a_titled_source_then_the_relaying_outlet():
    found = run(
        "Sirens sounded twice in the town of Poltava, according to Olena Marchuk, head of the "
        "Poltava RMA, Examplia reports."
    )
    assert [(s.speaker, s.text) for s in found] == [
        ("Olena Marchuk", "Sirens sounded twice in the town of Poltava")
    ]


def test_leading_according_to_then_reports_and_the_outlet():
    found = run(
        "According to Poltava Governor Olena Marchuk, the invaders shelled the depot, there "
        "is smoke over the old market, reports Examplia."
    )
    assert [(s.speaker, s.text) for s in found] == [
        (
            "Olena Marchuk",
            "the invaders shelled the depot, there is smoke over the old market",
        )
    ]


# --- a regional administration's report referred back ("the post said", "the administration") --


def test_the_post_and_the_administration_refer_back_to_the_regional_administration():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Examplia Post",
                kind="organisation",
                affiliation="Ukraine",
                aliases=("Ukrainian Post",),
            ),
            ActorEntry("Government of Ukraine", kind="state", aliases=("Kyiv", "Ukraine")),
        )
    )
    found = extract(
        "Headline\n\n"
        "Russian forces shelled four border communities in Poltava Oblast on April 21, the "
        "Poltava Oblast Military Administration reported on Facebook.\n\n"
        "The hamlets were shelled after dusk, the post said.\n\n"
        "Russian forces used mortars, according to the administration.",
        gazetteer=gazetteer,
        published=dt.date(2024, 4, 22),
    ).statements
    assert [(s.speaker, s.text) for s in found] == [
        (
            "Poltava Oblast Military Administration",
            "Russian forces shelled four border communities in Poltava Oblast on April 21",
        ),
        ("Poltava Oblast Military Administration", "The hamlets were shelled after dusk"),
        ("Poltava Oblast Military Administration", "Russian forces used mortars"),
    ]


def test_the_regional_military_administration_of_the_oblast_the_sentence_names():
    found = run(
        "Russian troops fired 70 shells at three communities in Poltava Oblast on March 14, the "
        "regional military administration reported on Facebook."
    )
    assert [(s.speaker, s.text) for s in found] == [
        (
            "Poltava Oblast Military Administration",
            "Russian troops fired 70 shells at three communities in Poltava Oblast on March 14",
        )
    ]


# --- "Source: Name, Title, on Telegram" -------------------------------------------------------


def test_source_line_names_the_person_before_the_capitalised_title():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Ivan Petrenko", role="Governor of Poltava region", affiliation="Ukraine"),
            ActorEntry(
                "Mykola Petrenko", role="Minister of Sport of Ukraine", affiliation="Ukraine"
            ),
        )
    )
    found = extract(
        "Headline\n\n"
        "Russian troops attacked the city on Saturday evening.\n\n"
        "Source: Ivan Petrenko, Head of Poltava Oblast State Administration, on Telegram\n\n"
        "Details: Petrenko reported the movement of enemy boats after 19:00.\n\n"
        "Quote: “Russians have struck at the city. A fire broke out. There are no casualties.”\n\n"
        "Details: Petrenko said that up to ten explosions were heard in the city.",
        gazetteer=gazetteer,
        published=dt.date(2024, 3, 16),
    ).statements
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        ("Ivan Petrenko", "indirect", "the movement of enemy boats after 19:00"),
        (
            "Ivan Petrenko",
            "direct",
            "Russians have struck at the city. A fire broke out. There are no casualties",
        ),
        ("Ivan Petrenko", "indirect", "up to ten explosions were heard in the city"),
    ]


# --- '"..." - said X, title, on Telegram.' and "X’s quote:" ----------------------------------


def test_quotation_then_a_dash_and_an_inverted_attribution_with_a_title():
    found = texts(
        '"Sirens are sounding over the port! Please stay in the shelters!" - said Olena '
        "Marchuk, head of the Poltava RMA, on Telegram."
    )
    assert found == [
        (
            "Olena Marchuk",
            "direct",
            "Sirens are sounding over the port! Please stay in the shelters!",
        )
    ]


def test_possessive_quote_label_under_a_source_line():
    found = texts(
        "Hlushko visited the museum.\n\n"
        "Source: Olena Marchuk, head of the regional state administration\n\n"
        "Marchuk’s quote: “Two barns burned, one tractor lost. Nobody was hurt.\n\n"
        "Once more, the shelling has hit the farms.”"
    )
    assert found == [
        ("Olena Marchuk", "direct", "Two barns burned, one tractor lost. Nobody was hurt"),
        ("Olena Marchuk", "direct", "Once more, the shelling has hit the farms."),
    ]


# --- the lead's statement named after it ------------------------------------------------------


def test_inverted_attribution_with_a_long_title_ending_in_a_name_then_the_interview():
    found = texts(
        "The archive cannot be moved before winter because the roads are mined, stated "
        "the representative of the Main Intelligence Directorate of the Ministry of Defense "
        "Taras Hlushko in an interview with Examplia News.\n\n"
        '"The convoy will need at least three more weeks," he said.'
    )
    assert found == [
        (
            "Taras Hlushko",
            "indirect",
            "The archive cannot be moved before winter because the roads are mined",
        ),
        ("Taras Hlushko", "direct", "The convoy will need at least three more weeks,"),
    ]


def test_this_was_reported_by_the_spokesman_with_a_rank_before_the_name():
    found = texts(
        "The Naval Forces took no part in the exercise near the old lighthouse. This was reported "
        "by the spokesman of the Navy of Ukraine, captain 3rd rank Taras Hlushko, on the radio."
    )
    assert found == [
        (
            "Taras Hlushko",
            "indirect",
            "The Naval Forces took no part in the exercise near the old lighthouse",
        )
    ]


def test_the_relevant_statement_was_made_by_then_the_correspondent_reports():
    found = texts(
        "Thirty-one bridges have been repaired in the past month.\n\n"
        "The relevant statement was made by Taras Hlushko on Facebook, an Examplia "
        "correspondent reports."
    )
    assert found == [
        (
            "Taras Hlushko",
            "indirect",
            "Thirty-one bridges have been repaired in the past month",
        )
    ]


def test_announced_this_according_to_the_outlet_makes_the_sentence_before_the_speakers():
    found = texts(
        "The museum director has resigned and moved to a teaching post.\n\n"
        "Minister Taras Hlushko announced this on Telegram, according to Examplia."
    )
    assert found == [
        (
            "Taras Hlushko",
            "indirect",
            "The museum director has resigned and moved to a teaching post",
        )
    ]


def test_spoke_about_then_the_relaying_outlet_is_no_statement_and_he_is_the_speaker():
    found = texts(
        "Taras Hlushko, head of the Poltava Regional Military Administration, spoke about the "
        "harvest season, Examplia reports.\n\n"
        "He said that the grain stores in the region were nearly full."
    )
    assert found == [
        ("Taras Hlushko", "indirect", "the grain stores in the region were nearly full")
    ]


def test_this_was_reported_by_the_head_of_a_body_then_the_name():
    found = texts(
        "A fire broke out in a bakery near the town's northern gate.\n\n"
        "This was reported on Telegram by the head of the Poltava RMA, Olena Marchuk.\n\n"
        "The inspection of the site will continue in the morning, Marchuk added."
    )
    assert found == [
        (
            "Olena Marchuk",
            "indirect",
            "A fire broke out in a bakery near the town's northern gate",
        ),
        ("Olena Marchuk", "indirect", "The inspection of the site will continue in the morning"),
    ]


def test_this_was_announced_by_a_long_title_then_a_capitalised_rank_and_the_name():
    found = texts(
        "During the past fortnight, 129 patrols were carried out.\n\n"
        "This was announced by the Deputy Chief of the Main Operational Department of the "
        "General Staff of the Armed Forces of Ukraine, Brigadier General Taras Hlushko, Examplia "
        "reports with reference to Otheria."
    )
    assert found == [
        ("Taras Hlushko", "indirect", "During the past fortnight, 129 patrols were carried out")
    ]


def test_this_was_reported_by_after_a_lead_whose_clause_follows_a_long_phrase():
    found = texts(
        "As a result of the heavy rain in two of the villages near the river, a bridge "
        "collapsed.\n\n"
        "This was reported on Telegram by the head of the Poltava RMA, Olena Marchuk."
    )
    assert found == [
        (
            "Olena Marchuk",
            "indirect",
            "As a result of the heavy rain in two of the villages near the river, a bridge "
            "collapsed",
        )
    ]


def test_a_bare_quotation_after_announced_this_is_the_announcers():
    found = texts(
        "Russian drones attack the city. Several explosions rang out.\n\n"
        "Mayor Olena Marchuk announced this, Examplia informs.\n\n"
        '"The city is under the attack of drones."\n\n'
        "Two explosions in the northern district, Marchuk wrote in the Telegram channel."
    )
    assert found == [
        # (the whole plain paragraph before "X announced this" opening its own paragraph, as
        # with "This was announced by X": round 13, set AD)
        (
            "Olena Marchuk",
            "indirect",
            "Russian drones attack the city. Several explosions rang out",
        ),
        ("Olena Marchuk", "direct", "The city is under the attack of drones."),
        ("Olena Marchuk", "indirect", "Two explosions in the northern district"),
    ]


def test_according_to_him_an_unnamed_groups_stance_stays_his_report():
    found = texts(
        "Taras Hlushko commented on the claims.\n\n"
        "According to him, the donors have announced their willingness to fund the clinics."
    )
    assert found == [
        (
            "Taras Hlushko",
            "indirect",
            "the donors have announced their willingness to fund the clinics",
        )
    ]


def test_according_to_x_a_named_persons_report_stays_hers():
    found = texts("According to Hlushko, Olena Marchuk said that the planes will arrive in spring.")
    assert found == [("Olena Marchuk", "indirect", "the planes will arrive in spring")]


def test_according_to_a_source_and_her_title_then_the_clause():
    found = texts(
        "The army shells the suburbs. According to Olena Marchuk, head of Poltava MVA, sirens "
        "are sounding near the port, Examplia reports."
    )
    assert found == [("Olena Marchuk", "indirect", "sirens are sounding near the port")]


def test_posting_a_video_is_no_statement():
    found = texts(
        "Hlushko said the museum was shelled. Hlushko then posted a video showing the damaged "
        "roof of the school."
    )
    assert found == [("Taras Hlushko", "indirect", "the museum was shelled")]


# --- briefings and regional administrations -----------------------------------------------------


def test_made_this_statement_then_the_capitalised_title_is_the_same_person():
    found = texts(
        "The ferry service remains suspended. In the past week, 12 villages lost "
        "power.\n\n"
        "Olena Marchuk, Head of Poltava Oblast Military Administration, made this statement "
        "during a briefing.\n\n"
        "In addition, the Head of the Poltava Oblast Military Administration, emphasized "
        "that the ferry may resume next month."
    )
    assert found == [
        # (the whole plain paragraph before "X made this statement" opening its own paragraph:
        # round 13, set AD)
        (
            "Olena Marchuk",
            "indirect",
            "The ferry service remains suspended. In the past week, 12 villages lost power",
        ),
        ("Olena Marchuk", "indirect", "the ferry may resume next month"),
    ]


def test_the_place_regional_military_administration_reported():
    found = texts(
        "Later, the Poltava regional military administration reported that a school gym "
        "was flooded after the storm."
    )
    assert found == [
        (
            "Poltava Oblast Military Administration",
            "indirect",
            "a school gym was flooded after the storm",
        )
    ]


def test_this_was_reported_in_the_air_force():
    found = texts(
        "At night, repair crews restored 9 radar posts in the central regions.\n\n"
        "This was reported in the Air Force of the Ukrainian Armed Forces."
    )
    assert found == [
        (
            "Air Force of the Ukrainian Armed Forces",
            "indirect",
            "At night, repair crews restored 9 radar posts in the central regions",
        )
    ]


def test_the_capital_regional_military_administration_reported():
    found = texts(
        "Later, the Kyiv regional military administration reported that a school gym "
        "was flooded after the storm."
    )
    assert found == [
        (
            "Kyiv Oblast Military Administration",
            "indirect",
            "a school gym was flooded after the storm",
        )
    ]


def test_the_message_stated_after_this_was_reported_by_a_titled_person_is_hers():
    found = texts(
        "As a result of the storm in two of the villages, the roads were closed.\n\n"
        "This was reported on Telegram by the head of Poltava RMA, Olena Marchuk.\n\n"
        "“Two roads are closed near the villages. Crews are clearing them now,” the "
        "message stated."
    )
    assert found == [
        (
            "Olena Marchuk",
            "indirect",
            "As a result of the storm in two of the villages, the roads were closed",
        ),
        (
            "Olena Marchuk",
            "direct",
            "Two roads are closed near the villages. Crews are clearing them now,",
        ),
    ]


def test_the_official_with_no_unnamed_official_before_is_the_person_just_named():
    found = texts(
        "Taras Hlushko reported the damage in the town.\n\n"
        "The storm reached the regional center at dawn. Trees fell. Repair "
        "crews are clearing the streets, the official wrote."
    )
    assert found == [
        ("Taras Hlushko", "indirect", "the damage in the town"),
        ("Taras Hlushko", "indirect", "Repair crews are clearing the streets"),
    ]


def test_the_official_after_an_unnamed_official_stays_that_official():
    found = texts(
        "A senior US official said the talks would resume. Taras Hlushko, the minister, declined "
        "to comment.\n\n"
        "The plan is ready, the official said."
    )
    assert [(s, t) for s, _, t in found] == [
        ("US official", "the talks would resume"),
        ("US official", "The plan is ready"),
    ]


def test_the_regional_military_administration_takes_the_gazetteers_name():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Poltava Regional Military Administration",
                kind="organisation",
                affiliation="Ukraine",
                aliases=("Poltava Oblast Military Administration", "Poltava RMA"),
            ),
        )
    )
    found = extract(
        "Headline\n\nRussian troops fired 70 shells at three communities in Poltava Oblast on "
        "March 14, the regional military administration reported on Facebook.",
        gazetteer=gazetteer,
        published=dt.date(2024, 3, 15),
    ).statements
    assert [(s.speaker, s.text) for s in found] == [
        (
            "Poltava Regional Military Administration",
            "Russian troops fired 70 shells at three communities in Poltava Oblast on March 14",
        )
    ]


def test_as_x_posted_on_telegram_then_the_clause_without_the_medium():
    found = texts(
        "As MP Taras Hlushko posted on Telegram, the draft law on libraries was backed by 241 "
        "deputies."
    )
    assert found == [
        (
            "Taras Hlushko",
            "indirect",
            "the draft law on libraries was backed by 241 deputies",
        )
    ]


@pytest.mark.parametrize(
    ("where", "speaker"),
    [
        ("over the Vyshne district of Examplia region", "Olha Roenko"),
        ("over the Examplia and Samplia regions", None),
        ("over the district", None),
    ],
)
def test_the_head_of_the_regional_military_administration_is_of_the_region_the_sentence_names(
    where, speaker
):
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Olha Roenko", affiliation="Ukraine", role="Governor of Examplia region"),
            ActorEntry("Petro Samko", affiliation="Ukraine", role="Governor of Samplia region"),
        )
    )
    text = (
        "According to the head of the regional military administration, one enemy drone "
        f"was shot down {where}.\n"
    )
    (s,) = extract(text, gazetteer=gazetteer, published=dt.date(2023, 5, 1)).statements
    assert (s.speaker, s.speaker_mention) == (
        speaker,
        "the head of the regional military administration",
    )


def test_the_regional_military_administration_is_of_the_one_region_its_sentence_names():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Examplia Regional Military Administration",
                kind="organisation",
                affiliation="Ukraine",
                aliases=("Examplia Oblast Military Administration",),
            ),
        )
    )
    text = "The regional military administration said one drone was shot down over the Examplia region.\n"
    (s,) = extract(text, gazetteer=gazetteer, published=dt.date(2023, 5, 1)).statements
    assert (s.speaker, s.speaker_mention) == (
        "Examplia Regional Military Administration",
        "The regional military administration",
    )


@pytest.mark.parametrize("frame", ["According to {who}, {claim}.", "{Who} said {claim}."])
def test_the_head_of_the_administration_is_the_person_titled_before_a_comma_and_the_name(frame):
    found = texts(
        "The head of the Poltava Regional Military Administration, Olena Marchuk, said the "
        "bridges were open.\n\n"
        + frame.format(
            who="the head of the regional military administration",
            Who="The head of the regional military administration",
            claim="the rumours about an evacuation were false",
        )
    )
    assert found[-1] == (
        "Olena Marchuk",
        "indirect",
        "the rumours about an evacuation were false",
    )


def test_an_outlet_citing_the_head_of_the_regional_administration_gives_the_head():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Olha Roenko", affiliation="Ukraine", role="Governor of Examplia region"),
            ActorEntry("Daily Wire Service", kind="media"),
        )
    )
    text = (
        "The Examplia region's port was damaged by drones early Wednesday, Daily Wire Service "
        "reported, citing the head of the Ukrainian regional military administration.\n"
    )
    (s,) = extract(text, gazetteer=gazetteer, published=dt.date(2023, 5, 1)).statements
    assert (s.speaker, s.speaker_mention) == (
        "Olha Roenko",
        "the head of the Ukrainian regional military administration",
    )


def test_thats_according_to_a_body_makes_the_sentence_before_its_statement():
    # silv12: the Ukrinform style "That's according to X's press service, Ukrinform reports.":
    # the sentence before is the body's (named by the oblast that sentence gives).
    assert texts(
        "Russian drones hit a grain depot in Poltava Oblast overnight, injuring two workers.\n\n"
        "That is according to the oblast military administration's press office, UNN reports."
    ) == [
        (
            "Poltava Oblast Military Administration",
            "indirect",
            "Russian drones hit a grain depot in Poltava Oblast overnight, injuring two workers",
        ),
    ]
    assert texts("That's according to the Guardian, TASS reports.") == []
