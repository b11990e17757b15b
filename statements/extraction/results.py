"""The extraction package's vocabulary: what goes in (a gazetteer) and what comes out.

Pure Python, no Django: the ingest service turns these into model rows, the `extract`
command prints them, `evaluate` scores them.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

# The evidence of a statement dated only by its article: the article's own date, or, when the
# article states none, the newest date it tells. Readers are shown these as approximations.
ARTICLE_DATE_EVIDENCE = "the article's date"
NEWEST_DATE_EVIDENCE = "the newest date the article tells (its own date is unknown)"


@dataclass(frozen=True)
class ActorEntry:
    """One known actor: canonical name plus the other forms it appears under."""

    name: str
    kind: str = "person"  # person / organisation / media / state / group
    affiliation: str = ""
    role: str = ""
    aliases: tuple[str, ...] = ()
    wikidata_id: str = ""
    description: str = ""


@dataclass(frozen=True)
class EventEntry:
    """A dated happening statements can be linked to through its keywords."""

    slug: str
    name: str
    starts_on: dt.date
    ends_on: dt.date | None = None
    precision: str = "day"
    keywords: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class Gazetteer:
    actors: tuple[ActorEntry, ...] = ()
    events: tuple[EventEntry, ...] = ()

    @classmethod
    def from_files(cls, actors_path: Path | None, events_path: Path | None = None) -> Gazetteer:
        """Read the fixture files (`fixtures/actors.json`, `fixtures/events.json`)."""
        actors: tuple[ActorEntry, ...] = ()
        events: tuple[EventEntry, ...] = ()
        if actors_path is not None:
            actors = tuple(
                actor_entry_from_dict(d) for d in json.loads(actors_path.read_text("utf-8"))
            )
        if events_path is not None:
            events = tuple(
                event_entry_from_dict(d) for d in json.loads(events_path.read_text("utf-8"))
            )
        return cls(actors=actors, events=events)


def actor_entry_from_dict(d: dict) -> ActorEntry:
    return ActorEntry(
        name=d["name"],
        kind=d.get("kind", "person"),
        affiliation=d.get("affiliation", ""),
        role=d.get("role", ""),
        aliases=tuple(d.get("aliases", ())),
        wikidata_id=d.get("wikidata_id", ""),
        description=d.get("description", ""),
    )


def event_entry_from_dict(d: dict) -> EventEntry:
    ends_on = d.get("ends_on")
    return EventEntry(
        slug=d["slug"],
        name=d["name"],
        starts_on=dt.date.fromisoformat(d["starts_on"]),
        ends_on=dt.date.fromisoformat(ends_on) if ends_on else None,
        precision=d.get("precision", "day"),
        keywords=tuple(d.get("keywords", ())),
        description=d.get("description", ""),
    )


@dataclass
class ExtractedStatement:
    speaker: str | None  # canonical actor name, or None when unattributed
    speaker_mention: str  # the words naming the speaker ("He", "Kremlin spokesman Dmitry Peskov")
    kind: str  # direct / indirect / mixed
    text: str  # == article_text[start:end]
    start: int
    end: int
    said_on: dt.date | None = None
    said_on_precision: str = "unknown"  # day / month / year / unknown
    said_on_evidence: str = ""
    via: str = ""
    events: list[str] = field(default_factory=list)  # event slugs
    event_evidence: dict[str, str] = field(default_factory=dict)  # event slug -> why it links
    speaker_kind: str | None = None  # for a speaker not in the gazetteer: guessed Actor.kind

    def to_json(self) -> dict:
        data = asdict(self)
        data["said_on"] = self.said_on.isoformat() if self.said_on else None
        return data


@dataclass
class ArticleExtraction:
    published: dt.date | None
    published_precision: str = "unknown"
    published_evidence: str = ""
    warnings: list[str] = field(default_factory=list)
    statements: list[ExtractedStatement] = field(default_factory=list)
    title: str = ""  # the article's headline when one can be told apart, else ""

    def to_json(self) -> dict:
        return {
            "published": self.published.isoformat() if self.published else None,
            "published_precision": self.published_precision,
            "published_evidence": self.published_evidence,
            "warnings": list(self.warnings),
            "title": self.title,
            "statements": [s.to_json() for s in self.statements],
        }
