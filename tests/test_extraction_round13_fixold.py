"""Round 13, the older tuned sets (fixold): general mechanisms behind their wrong speakers and
misses, each on sentences written here."""

import datetime as dt

from statements.extraction import extract
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()


def statements(text, published=dt.date(2024, 3, 15)):
    found = extract(text, gazetteer=GAZETTEER, published=published).statements
    return [(s.speaker, s.kind, s.text) for s in found]


def test_an_unquoted_statement_run_ends_at_a_paragraph_that_narrates():
    found = statements(
        "Oleksiy Kuleba said the shelters were open. In a post on Telegram, he wrote:\n\n"
        "The enemy attacked our towns again at dawn. We have damage in two villages.\n\n"
        "All crews are working on the spot. The fires will be put out by the evening.\n\n"
        "The Examplia City Transport Company halted its trams for three hours on Monday.\n\n"
        "Missiles also reportedly hit the port of Odesa in the early hours.\n\n"
        "Mayor Jane Roe reported that two warehouses burned down near the harbour.\n\n"
        "Volodymyr Zelensky said in his evening address:\n\n"
        "The air defence worked well tonight. I thank every crew for this work."
    )
    assert found == [
        ("Oleksiy Kuleba", "indirect", "the shelters were open"),
        (
            "Oleksiy Kuleba",
            "direct",
            "The enemy attacked our towns again at dawn. We have damage in two villages.",
        ),
        (
            "Oleksiy Kuleba",
            "direct",
            "All crews are working on the spot. The fires will be put out by the evening.",
        ),
        ("Jane Roe", "indirect", "two warehouses burned down near the harbour"),
        (
            "Volodymyr Zelensky",
            "direct",
            "The air defence worked well tonight. I thank every crew for this work.",
        ),
    ]


def test_a_bare_ministry_is_the_ministry_of_the_minister_its_sentence_names():
    assert statements(
        "Sergei Shoigu, Russia's defence minister, has inspected units near the border, "
        "the ministry said on Tuesday.\n\n"
        '"The minister met the commanders of the units," the ministry said.'
    ) == [
        (
            "Russian Defense Ministry",
            "indirect",
            "Sergei Shoigu, Russia's defence minister, has inspected units near the border",
        ),
        ("Russian Defense Ministry", "direct", "The minister met the commanders of the units,"),
    ]
