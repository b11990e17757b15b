"""Places that name unnamed officials: the city of a wire dateline and the cities a sentence
names.

Input: the text and a span (the first body paragraph, a statement's sentence). Output: a
city ("Lviv") or the adjective of its country ("Ukrainian"), from `data/cities.txt` and
`data/place_adjectives.txt`. Used to give a side to officials the text gives none:
"Local officials said four missiles hit the outskirts of Lviv" -> "Lviv officials";
"KYIV, Ukraine (AP) — Authorities said ..." -> "Ukrainian officials".
"""

from __future__ import annotations

import re

from .vocabulary import PLACE_ADJECTIVES, alternation, mapping

CITIES: dict[str, str] = mapping("cities")
CITY_REGIONS: dict[str, str] = mapping("city_regions")
_REGION_CITY = re.compile(rf"\b(?:{alternation(list(CITY_REGIONS))})\b")
_COUNTRY_NAMES = frozenset(name.lower() for name in mapping("countries"))
_CITY = re.compile(rf"\b(?:{alternation(list(CITIES))})\b")
# "KYIV, Ukraine (AP) —", "MOSCOW (Reuters) -", "KHARKIV, Ukraine, March 3 (Reuters) -".
# ("KYIV >> Officials said", "WASHINGTON — Officials said", "ISLAMABAD: Officials said": the
# city alone before its mark.)
_DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+)?)"
    r"(?:(?=,|\s*\()[^.\n]{0,50}?[-–—]|\s+(?:>>|[—–]|--)\s|\s?:\s)"
)
# Unnamed officials the text gives no side: "Authorities", "Local officials".
BARE_OFFICIALS = re.compile(
    r"(?:the\s+)?(?:(?P<local>local|regional|city|municipal)\s+)?(?:officials|authorities)"
    r"(?:\s+(?P<here>(?:in|of)\s+the\s+(?:region|city|area|town|oblast|province)))?",
    re.IGNORECASE,
)


def is_place(word: str) -> bool:
    """Whether a capitalised word is a country or a city the lists know ("Kherson", "Ukraine")."""
    return word.lower() in _COUNTRY_NAMES or word in CITIES


def dateline_city(text: str, start: int, end: int) -> str | None:
    """The city of a wire dateline opening text[start:end], spelt as in the city list."""
    m = _DATELINE.match(text, start, end)
    if m is None:
        return None
    place = m.group("place").title()
    city = next((city for city in CITIES if city.lower() == place.lower()), None)
    if m.group().rstrip().endswith(":") and (city or place.lower() in _COUNTRY_NAMES):
        return city  # "ISLAMABAD: ...", "KYIV: ..." (not a digest's rubric, "RUSSIA: ...")
    if city is None and place.lower() in PLACE_ADJECTIVES:
        return place  # "ABU DHABI (WAM) --": a capital the place adjectives know
    return city


def city_in(text: str, start: int, end: int) -> str | None:
    """The first listed city text[start:end] names."""
    m = _CITY.search(text, start, end)
    return " ".join(m.group().split()) if m else None


def side_of(city: str) -> str | None:
    """The adjective of the country a city is in: "Kyiv" -> "Ukrainian"."""
    return CITIES.get(city) or PLACE_ADJECTIVES.get(city.lower())


def story_side(text: str, start: int, end: int) -> str | None:
    """The adjective of the one country whose listed cities text[start:end] names most (two at
    least, more than any other's): "drones downed over Belgorod and Kursk" -> "Russian"."""
    # ("St\nPetersburg": a name broken over lines is the listed name.)
    return _named_most(
        CITIES[" ".join(m.group().split())] for m in _CITY.finditer(text, start, end)
    )


def _named_most(names) -> str | None:
    """The name given most, twice at least and more often than any other."""
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def story_region(text: str, start: int, end: int) -> str | None:
    """The one region whose cities (data/city_regions.txt) text[start:end] names, if its cities
    name no other: "Kupiansk" -> "Kharkiv"."""
    regions = {
        CITY_REGIONS[" ".join(m.group().split())] for m in _REGION_CITY.finditer(text, start, end)
    }
    return regions.pop() if len(regions) == 1 else None


def story_city(text: str, start: int, end: int) -> str | None:
    """The listed city text[start:end] names most, twice at least and more often than any
    other: the city a local story is about."""
    return _named_most(" ".join(m.group().split()) for m in _CITY.finditer(text, start, end))
