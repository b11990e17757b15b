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
