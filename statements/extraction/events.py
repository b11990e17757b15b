"""Linking statements to the events they speak of.

A statement is linked to an event when both hold:

- its sentence *names* the event: the event's name or one of its other names (the gazetteer's
  `keywords`, which hold names of the event, never a bare place: "Kherson" is a region, "the
  liberation of Kherson" an event);
- it was said while the event happened or shortly after (`SHORTLY_AFTER`): a statement made two
  years on that mentions "the special military operation" speaks of the war, not of the day it
  began.

Each link carries its reason in words, which editors see beside it.
Input: the event hits of an article (`EventIndex.find`), a statement's sentence span and date.
Output: `EventLink`s.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .actors import normalise_quotes
from .matching import PhraseMatcher
from .results import EventEntry

SHORTLY_AFTER = dt.timedelta(days=14)
_WORD = re.compile(r"\w+")
_FUNCTION_WORDS = frozenset({"the", "of", "in", "into", "on", "at", "a", "an", "and", "to", "s"})


@dataclass(frozen=True)
class EventLink:
    slug: str
    reason: str


class EventIndex:
    """Every name of every event in one pattern: one scan of the text finds them all."""

    def __init__(self, events) -> None:
        self.by_name: dict[str, list[EventEntry]] = {}
        for event in events:
            for name in dict.fromkeys((*event.keywords, event.name)):
                entries = self.by_name.setdefault(normalise_quotes(name).lower(), [])
                if event not in entries:
                    entries.append(event)
        self.pattern = PhraseMatcher(folded=self.by_name)

    def find(self, norm_text: str) -> list[tuple[int, str, EventEntry]]:
        """(offset, the words found, event) for every name of an event in `norm_text`."""
        return [
            (a, norm_text[a:b], event)
            for a, b in self.pattern.finditer(norm_text)
            for event in self.by_name[norm_text[a:b].lower()]
        ]

    def named_loosely(self, phrase: str) -> EventEntry | None:
        """The event whose name's words all stand in `phrase`, in any order and with other
        words between: "the offensive in the Russian region of Kursk" names the "offensive in
        Kursk". Only for anchoring a date ("a month after the start of ..."), never for links;
        the longest such name wins, and a one-word name must match as itself (`find`)."""
        if found := self.find(normalise_quotes(phrase)):
            return found[0][2]
        words = set(_WORD.findall(normalise_quotes(phrase).lower()))
        best, best_size = None, 1
        for name, events in self.by_name.items():
            content = set(_WORD.findall(name)) - _FUNCTION_WORDS
            if len(content) > best_size and content <= words:
                best, best_size = events[0], len(content)
        return best


def link_events(
    hits: list[tuple[int, str, EventEntry]], *, sentence: tuple[int, int], said_on: dt.date | None
) -> list[EventLink]:
    """The events a statement whose sentence spans `sentence`, said on `said_on`, refers to."""
    sa, sb = sentence
    links: dict[str, EventLink] = {}
    for start, words, event in hits:
        if not sa <= start < sb or event.slug in links:
            continue
        when = timing(event, said_on)
        if when is not None:
            links[event.slug] = EventLink(event.slug, f"names “{words}”; said {when}")
    return list(links.values())


def timing(event: EventEntry, said_on: dt.date | None) -> str | None:
    """How `said_on` relates to `event` in words, or None when it is outside its window."""
    if said_on is None:
        return None
    last = event.ends_on or event.starts_on
    if said_on < event.starts_on or said_on > last + SHORTLY_AFTER:
        return None
    window = event.starts_on.isoformat()
    if event.ends_on:
        window += f" to {event.ends_on.isoformat()}"
    if said_on <= last:
        return f"{said_on.isoformat()}, during the event ({window})"
    days = (said_on - last).days
    return f"{said_on.isoformat()}, {days} day{'s' if days != 1 else ''} after the event ({window})"
