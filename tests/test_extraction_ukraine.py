"""Extraction on Ukrainian outlets in English, Ukrainian official pages and live blogs: one test
per construction, on sentences and names written here."""

import datetime as dt

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
