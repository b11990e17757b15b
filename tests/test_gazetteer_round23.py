"""Gazetteer round 23: economic, energy, legal, humanitarian and church bodies."""

import datetime as dt

import pytest

from statements.extraction import extract
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()
DAY = dt.date(2024, 5, 1)


def speakers(text, published=DAY):
    return [s.speaker for s in extract(text, gazetteer=GAZETTEER, published=published).statements]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The EBRD said it would lend 300 million euros to Ukraine's power grid this year.",
            "European Bank for Reconstruction and Development",
        ),
        (
            "Euroclear said on Tuesday that it held 190 billion euros of Russian assets.",
            "Euroclear",
        ),
        (
            "Metinvest said its plant in Zaporizhzhia had resumed production after the strike.",
            "Metinvest",
        ),
        (
            "The Ukrainian Grain Association said exports would fall by a tenth this season.",
            "Ukrainian Grain Association",
        ),
        (
            "Transpetrol said oil deliveries through the Druzhba pipeline had stopped.",
            "Transpetrol",
        ),
        (
            "Sberbank said it would keep its branches in the occupied regions open.",
            "Sberbank",
        ),
        (
            "The Orthodox Church of Ukraine said the service would be held in Ukrainian.",
            "Orthodox Church of Ukraine",
        ),
        (
            "The International Organization for Migration said 3.7 million people were displaced.",
            "International Organization for Migration",
        ),
    ],
)
def test_new_bodies_resolve_as_speakers(text, speaker):
    assert speaker in speakers(text)
