"""A wire-style article written for these tests: the constructions real news uses together."""

import datetime as dt

from statements.extraction import ActorEntry, Gazetteer, extract

GAZETTEER = Gazetteer(
    actors=(
        ActorEntry("Volodymyr Zelensky", aliases=("Zelensky", "Zelenskiy", "Zelenskyy")),
        ActorEntry("Dmitry Peskov", role="Kremlin spokesman", aliases=("Peskov",)),
        ActorEntry("Vladimir Putin", role="President of Russia", aliases=("Putin",)),
        ActorEntry("Maria Zakharova", role="Foreign Ministry spokeswoman", aliases=("Zakharova",)),
        ActorEntry("Russian Foreign Ministry", kind="organisation"),
        ActorEntry(
            "Russian Defense Ministry", kind="organisation", aliases=("Russia's Defence Ministry",)
        ),
        ActorEntry("Ukrainian Air Force", kind="organisation", aliases=("Ukraine's Air Force",)),
        ActorEntry("Government of Ukraine", kind="state", aliases=("Kyiv", "Ukraine")),
        ActorEntry("Russian government", kind="state", aliases=("Russia", "Moscow")),
    )
)

ARTICLE = """\
KYIV, Oct 14 (Reuters) - Russia launched dozens of drones at energy sites overnight, Ukrainian officials said on Saturday, as Kyiv urged its allies to speed up air defence deliveries.

"The enemy is trying to plunge our cities into darkness," Zelenskiy said in his nightly video address. "We will respond."

Ukraine's air force said it had shot down 31 of the 40 drones. Regional governor Oleh Synenko said in a Telegram post that two people were wounded.

Kremlin spokesman Dmitry Peskov told reporters the strikes were a response to attacks on Russian territory. He declined to comment on reports that Moscow was preparing a new offensive.

"There can be no talks while Kyiv refuses to recognise reality," Peskov said, adding that President Vladimir Putin had not changed his position.

According to a statement from Russia's Defence Ministry, Russian forces captured a village in the Luhansk region.

Maria Zakharova, the Russian Foreign Ministry spokeswoman, said that Western arms deliveries were prolonging the conflict. She also accused NATO of direct involvement in the war.

(Reporting by Jane Roe; Editing by John Doe)
"""


def test_wire_story_statements_and_speakers():
    result = extract(ARTICLE, gazetteer=GAZETTEER, published=dt.date(2023, 10, 14))
    got = [(s.speaker, s.kind, s.text) for s in result.statements]
    assert got == [
        (
            "Ukrainian officials",
            "indirect",
            "Russia launched dozens of drones at energy sites overnight",
        ),
        (
            "Government of Ukraine",
            "indirect",
            "urged its allies to speed up air defence deliveries",
        ),
        ("Volodymyr Zelensky", "direct", "The enemy is trying to plunge our cities into darkness,"),
        ("Volodymyr Zelensky", "direct", "We will respond."),
        ("Ukrainian Air Force", "indirect", "it had shot down 31 of the 40 drones"),
        ("Oleh Synenko", "indirect", "two people were wounded"),
        (
            "Dmitry Peskov",
            "indirect",
            "the strikes were a response to attacks on Russian territory",
        ),
        (
            "Dmitry Peskov",
            "direct",
            "There can be no talks while Kyiv refuses to recognise reality,",
        ),
        ("Dmitry Peskov", "indirect", "President Vladimir Putin had not changed his position"),
        (
            "Russian Defense Ministry",
            "indirect",
            "Russian forces captured a village in the Luhansk region",
        ),
        ("Maria Zakharova", "indirect", "Western arms deliveries were prolonging the conflict"),
        ("Maria Zakharova", "indirect", "accused NATO of direct involvement in the war"),
    ]
    first = result.statements[0]
    assert first.speaker_mention == "Ukrainian officials"
    assert first.said_on == dt.date(2023, 10, 14)  # "on Saturday", the article's own day
    assert result.statements[5].via == "Telegram"
    assert result.statements[5].speaker_kind == "person"
    for s in result.statements:
        assert ARTICLE[s.start : s.end] == s.text


def test_the_spokesperson_or_the_head_is_the_person_the_article_named_with_that_title():
    text = (
        "The figures were reported by a local channel, citing Marko Dovhan, spokesperson for "
        "the southern group of forces, on Monday.\n\n"
        '"The enemy lost forty vehicles," the spokesperson stated.\n\n'
        "Twelve homes were damaged, said head of the Regional Military Administration Ilko "
        "Marchuk.\n\n"
        "The head of the Administration also noted that the markets stayed open.\n"
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 4))
    assert [(s.speaker, s.speaker_mention, s.text) for s in result.statements] == [
        ("Marko Dovhan", "the spokesperson", "The enemy lost forty vehicles,"),
        ("Ilko Marchuk", "Ilko Marchuk", "Twelve homes were damaged"),
        ("Ilko Marchuk", "The head of the Administration", "the markets stayed open"),
    ]


def test_the_same_source_is_whoever_spoke_last():
    text = (
        '"Six missiles were fired at the base," General Ilko Marchuk told reporters.\n\n'
        "They were launched from the sea, according to the same source.\n"
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 4))
    assert [(s.speaker, s.speaker_mention) for s in result.statements] == [
        ("Ilko Marchuk", "General Ilko Marchuk"),
        ("Ilko Marchuk", "the same source"),
    ]


def test_the_experts_after_a_think_tank_are_the_think_tanks():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Centre for War Studies",
                kind="organisation",
                role="Think tank",
                aliases=("CWS",),
            ),
        )
    )
    text = (
        "The CWS published the estimate in a new report on Monday.\n"
        "The US experts observed that the thaw would slow heavy equipment.\n"
    )
    (s,) = extract(text, gazetteer=gazetteer, published=dt.date(2024, 12, 6)).statements
    assert (s.speaker, s.speaker_mention, s.text) == (
        "Centre for War Studies",
        "The US experts",
        "the thaw would slow heavy equipment",
    )


def test_a_think_tank_confirmed_information_and_its_bare_analysts_are_the_think_tanks():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry(
                "Centre for the Study of Frontiers",
                kind="organisation",
                role="Think tank",
                aliases=("CSF",),
            ),
        )
    )
    text = (
        "The army keeps pressing towards the river crossing near the old mill. This information "
        "is confirmed by analysts from the Centre for the Study of Frontiers (CSF). They stress "
        "that the push will go on through the winter.\n"
        "Even so, analysts are confident that the losses will not stop the command.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2024, 12, 6)).statements
    assert [(s.speaker, s.speaker_mention) for s in found] == [
        ("Centre for the Study of Frontiers", "Centre for the Study of Frontiers"),
        ("Centre for the Study of Frontiers", "They"),
        ("Centre for the Study of Frontiers", "analysts"),
    ]


def test_a_bodys_own_analysis_is_the_bodys():
    gazetteer = Gazetteer(
        actors=(ActorEntry("Centre for War Studies", kind="organisation", aliases=("CWS",)),)
    )
    text = "The CWS’s analysis reveals that the northern group lacks reserves.\n"
    (s,) = extract(text, gazetteer=gazetteer, published=dt.date(2024, 12, 6)).statements
    assert (s.speaker, s.text) == ("Centre for War Studies", "the northern group lacks reserves")


def test_the_spokesman_with_no_body_spoken_of_is_the_person_just_quoted_unless_a_leader():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Ilya Marin", role="Installed official in the occupied Lomov region"),
            ActorEntry("Oleg Tarov", role="President of Examplia"),
        )
    )
    for name, speaker in (("Ilya Marin", "Ilya Marin"), ("Oleg Tarov", None)):
        text = (
            f"{name} said the attack on the bridge had been repelled overnight.\n\n"
            "The defenders were forced to bring up reserves from the south, the spokesman added.\n"
        )
        found = extract(text, gazetteer=gazetteer, published=dt.date(2024, 12, 6)).statements
        assert [s.speaker for s in found] == [name, speaker]


def test_the_spokesman_after_a_body_spoke_is_the_bodys_spokesman_or_the_body():
    gazetteer = Gazetteer(
        actors=(
            ActorEntry("Northern Ministry of Defence", kind="organisation"),
            ActorEntry("Ilya Gorin", role="Northern Ministry of Defence spokesman"),
            ActorEntry("Southern Ministry of Energy", kind="organisation"),
        )
    )
    text = (
        "The Southern Ministry of Energy said power was restored. The spokesman said repairs "
        "would take weeks.\n\n"
        "The Northern Ministry of Defence said its troops took a village. The spokesman said "
        "losses were heavy.\n"
    )
    found = extract(text, gazetteer=gazetteer, published=dt.date(2025, 6, 2)).statements
    assert [(s.speaker, s.speaker_mention) for s in found] == [
        ("Southern Ministry of Energy", "Southern Ministry of Energy"),
        ("Southern Ministry of Energy", "The spokesman"),
        ("Northern Ministry of Defence", "Northern Ministry of Defence"),
        ("Ilya Gorin", "The spokesman"),
    ]


def test_a_channel_a_later_paragraph_names_is_not_shared_back_to_earlier_paragraphs():
    text = (
        "Peskov said the strikes would go on until the border towns were safe.\n\n"
        "“Nobody wants a long war,” Peskov added.\n\n"
        "On May 2, in an interview with Examplia TV, Peskov said that the talks could resume.\n"
    )
    result = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 5, 20))
    assert [(s.speaker, s.via) for s in result.statements] == [
        ("Dmitry Peskov", ""),
        ("Dmitry Peskov", ""),
        ("Dmitry Peskov", "Examplia TV"),
    ]
