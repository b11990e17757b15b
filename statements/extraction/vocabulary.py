"""The extractor's vocabulary, read once from the word lists in `data/` (one entry a line,
`#` starts a comment). Rules are code; the words they are built from are data: to teach the
extractor a new reporting verb or a new place, add a line to the list and a test beside it.
"""

from __future__ import annotations

import functools
import re
from importlib import resources


@functools.cache
def entries(name: str) -> tuple[str, ...]:
    """The non-empty, non-comment lines of `data/NAME.txt`, stripped."""
    text = resources.files(__package__).joinpath("data", f"{name}.txt").read_text("utf-8")
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(line for line in lines if line)


@functools.cache
def mapping(name: str) -> dict[str, str]:
    """`key = value` lines of `data/NAME.txt` (a line without "=" maps to "")."""
    out: dict[str, str] = {}
    for line in entries(name):
        key, _, value = line.partition("=")
        out[key.strip()] = value.strip()
    return out


@functools.cache
def reporting_verbs(frame: str) -> tuple[str, ...]:
    """The forms of the reporting verbs with `frame` ("clause", "inclusive", "base")."""
    out: list[str] = []
    for line in entries("reporting_verbs"):
        forms, _, kind = line.partition("|")
        if kind.strip() == frame:
            out.extend(forms.split())
    return tuple(out)


@functools.cache
def reporting_participles(frame: str) -> tuple[str, ...]:
    """The participles of `data/reporting_participles.txt` with `frame` among their frames
    ("that", "bare", "quote", "second"; "" for all); "_" in a form is a space ("pointing_out")."""
    out: list[str] = []
    for line in entries("reporting_participles"):
        forms, _, frames = line.partition("|")
        if not frame or frame in frames.split():
            out.extend(f.replace("_", " ") for f in forms.split())
    return tuple(out)


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of `words`, longest first, spaces matching any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


WEEKDAYS: tuple[str, ...] = entries("weekdays")
# Irregular past tenses ("met", "gave", "held"), several to a line.
IRREGULAR_PASTS: tuple[str, ...] = tuple(
    w for line in entries("irregular_pasts") for w in line.split()
)
# Present tenses of a plural subject ("the battles represent the ...").
PLURAL_PRESENTS: tuple[str, ...] = entries("plural_presents")
MONTHS: dict[str, str] = mapping("months")  # "September" -> "Sep Sept"
PLACE_ADJECTIVES: dict[str, str] = mapping("place_adjectives")
GROUP_NOUNS: tuple[str, ...] = entries("group_nouns")
SOURCE_NOUNS: tuple[str, ...] = entries("source_descriptors")
PERSON_ROLES: frozenset[str] = frozenset(entries("person_roles"))
OUTLET_WORDS: frozenset[str] = frozenset(entries("outlet_words"))
PLATFORMS: tuple[str, ...] = entries("platforms")
UNNAMED_PEOPLE: tuple[str, ...] = entries("unnamed_people")  # singular: "official"
# "the self-proclaimed X Republic": a qualifier of a body's name, no part of a role
BODY_QUALIFIERS: tuple[str, ...] = entries("body_qualifiers")
# "when", "while", "after": the words opening a subordinate clause before the main clause.
SUBORDINATORS: tuple[str, ...] = entries("subordinators")
COORDINATED_VERBS: frozenset[str] = frozenset(entries("coordinated_verbs"))
COORDINATED_THAT_VERBS: frozenset[str] = frozenset(entries("coordinated_that_verbs"))
# Acts that, joined by "and" to a report, are the reporter's ("said A and ordered B").
COORDINATED_ACTS: tuple[str, ...] = tuple(
    w for line in entries("coordinated_acts") for w in line.split()
)
# The words that name a country in a role ("us", "british", "ukraine's" -> "ukraine"), from
# data/countries.txt and data/place_adjectives.txt.
COUNTRY_WORDS: frozenset[str] = frozenset(
    re.sub(r"['’]s?$", "", word.replace("_", " "))
    for forms in mapping("countries").values()
    for word in forms.split()
) | frozenset(adjective.lower() for adjective in PLACE_ADJECTIVES.values())

WEEKDAY_RE = "(?:" + "|".join(WEEKDAYS) + ")"
MONTH_NAME_RE = "(?:" + "|".join(MONTHS) + ")"
MONTH_RE = (
    "(?:"
    + "|".join(MONTHS)
    + "|"
    + "|".join(rf"{abbr}\.?" for abbrs in MONTHS.values() for abbr in abbrs.split())
    + ")"
)
