"""The gazetteer in the database: loading the fixtures into it, and reading it back.

The fixtures (`fixtures/actors.json`, `fixtures/events.json`) only seed the database. Once an
actor is there, editors own it: they add aliases and merge duplicates. So loading the fixtures
again never recreates an actor whose name or alias already belongs to another actor (that is
how a merge survives), and ingestion resolves speakers through the database, not the files.

Every actor's canonical name is also stored as one of its aliases, so the unique normalised
alias guards against two actors named alike, and a merge that moves the merged-away actor's
aliases carries its name along.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction

from . import locks
from .extraction import ActorEntry, EventEntry, Gazetteer
from .extraction.results import actor_entry_from_dict, event_entry_from_dict
from .models import Actor, ActorAlias, Event, normalize_alias


class FixtureError(Exception):
    """A fixture file that exists but cannot be read as a gazetteer."""


@dataclass
class FixtureCounts:
    actors: int = 0
    aliases: int = 0
    events: int = 0
    skipped_actors: list[str] = field(default_factory=list)  # already known under another actor
    skipped_aliases: list[str] = field(default_factory=list)  # would collide with another actor
    missing: list[Path] = field(default_factory=list)  # fixture files not found

    def __str__(self) -> str:
        return (
            f"{self.actors} actors, {self.aliases} aliases, {self.events} events created; "
            f"{len(self.skipped_actors)} actors and {len(self.skipped_aliases)} aliases "
            "skipped as already known"
        )


def fixture_paths() -> tuple[Path, Path]:
    directory = Path(settings.WARLOG_FIXTURES_DIR)
    return directory / "actors.json", directory / "events.json"


def gazetteer_from_fixtures() -> Gazetteer:
    """The gazetteer as the fixture files define it, without the database (extract, evaluate)."""
    return Gazetteer.from_files(*fixture_paths())


def load_fixtures(
    *, actors_path: Path | None = None, events_path: Path | None = None
) -> FixtureCounts:
    """Create the fixture actors, aliases and events the database lacks. Idempotent, also
    when two processes load at once (the second waits for the first, then adds nothing)."""
    default_actors, default_events = fixture_paths()
    actors_path = actors_path or default_actors
    events_path = events_path or default_events
    counts = FixtureCounts()
    actors = _read_entries(actors_path, actor_entry_from_dict, counts)
    events = _read_entries(events_path, event_entry_from_dict, counts)
    with transaction.atomic():
        # Two runs loading at once: the second waits, then finds everything there.
        locks.hold("warlog:gazetteer")
        _load_actors(actors, counts)
        _load_events(events, counts)
    return counts


def _read_entries(path: Path, parse, counts: FixtureCounts) -> list:
    if not path.is_file():
        counts.missing.append(path)
        return []
    try:
        return [parse(item) for item in json.loads(path.read_text("utf-8"))]
    except (ValueError, KeyError, TypeError) as exc:
        raise FixtureError(f"{path}: not a valid gazetteer file ({exc!r})") from exc


def _load_actors(entries: list[ActorEntry], counts: FixtureCounts) -> None:
    # Every name and alias already in the database, normalised, with the actor it belongs to.
    owner: dict[str, int] = dict(ActorAlias.objects.values_list("normalized", "actor_id"))
    names = set()
    for actor_id, name in Actor.objects.values_list("id", "name"):
        owner.setdefault(normalize_alias(name), actor_id)
        names.add(name)

    new_aliases: list[ActorAlias] = []
    for entry in entries:
        forms = [entry.name, *entry.aliases]
        if entry.name in names:
            continue  # loaded before: editors own it now
        if any(normalize_alias(form) in owner for form in forms):
            counts.skipped_actors.append(entry.name)  # e.g. merged into another actor
            continue
        actor = Actor(
            name=entry.name,
            kind=entry.kind,
            affiliation=entry.affiliation,
            role=entry.role,
            wikidata_id=entry.wikidata_id,
            description=entry.description,
        )
        actor.save()  # one by one: a unique slug each, and a history record
        names.add(actor.name)
        counts.actors += 1
        for form in forms:
            normalized = normalize_alias(form)
            if not normalized:
                continue
            if normalized in owner:
                if owner[normalized] != actor.pk:
                    counts.skipped_aliases.append(form)
                continue
            owner[normalized] = actor.pk
            new_aliases.append(ActorAlias(actor=actor, alias=form, normalized=normalized))
    ActorAlias.objects.bulk_create(new_aliases)
    counts.aliases += len(new_aliases)


def _load_events(entries: list[EventEntry], counts: FixtureCounts) -> None:
    existing = set(Event.objects.values_list("slug", flat=True))
    new = [
        Event(
            slug=entry.slug,
            name=entry.name,
            starts_on=entry.starts_on,
            ends_on=entry.ends_on,
            precision=entry.precision,
            keywords=list(entry.keywords),
            description=entry.description,
        )
        for entry in entries
        if entry.slug not in existing
    ]
    Event.objects.bulk_create(new)
    counts.events += len(new)


# --------------------------------------------------------------------------- reading it back


_last_read: Gazetteer | None = None


def gazetteer_from_db() -> Gazetteer:
    """The gazetteer as editors left it: every actor with all its aliases, every event.

    When it equals the one read last, that same object is returned: extraction indexes a
    gazetteer once per object, so a worker ingesting page after page (each page its own run)
    keeps one warm index instead of building, and keeping, one per page."""
    global _last_read
    aliases: dict[int, list[str]] = {}
    for actor_id, alias in ActorAlias.objects.order_by("pk").values_list("actor_id", "alias"):
        aliases.setdefault(actor_id, []).append(alias)
    actor_fields = ("pk", "name", "kind", "affiliation", "role", "wikidata_id", "description")
    actors = tuple(
        ActorEntry(
            name=name,
            kind=kind,
            affiliation=affiliation,
            role=role,
            aliases=tuple(a for a in aliases.get(pk, ()) if a != name),
            wikidata_id=wikidata_id,
            description=description,
        )
        for pk, name, kind, affiliation, role, wikidata_id, description in Actor.objects.order_by(
            "pk"
        ).values_list(*actor_fields)
    )
    event_fields = ("slug", "name", "starts_on", "ends_on", "precision", "keywords", "description")
    events = tuple(
        EventEntry(
            slug=slug,
            name=name,
            starts_on=starts_on,
            ends_on=ends_on,
            precision=precision,
            keywords=tuple(keywords or ()),
            description=description,
        )
        for slug, name, starts_on, ends_on, precision, keywords, description in (
            Event.objects.order_by("starts_on", "pk").values_list(*event_fields)
        )
    )
    gazetteer = Gazetteer(actors=actors, events=events)
    if gazetteer != _last_read:
        _last_read = gazetteer
    return _last_read


class ActorIndex:
    """Which actor a speaker's name means: by canonical name, else by any normalised alias.

    Built once per ingestion run (two queries); names of actors created during the run are
    added with `remember` once their file's transaction has committed.
    """

    def __init__(self, by_name: dict[str, int], by_alias: dict[str, int]):
        self._by_name = by_name
        self._by_alias = by_alias

    @classmethod
    def from_db(cls) -> ActorIndex:
        by_name = {name: pk for pk, name in Actor.objects.values_list("pk", "name")}
        by_alias = dict(ActorAlias.objects.values_list("normalized", "actor_id"))
        for name, pk in by_name.items():
            by_alias.setdefault(normalize_alias(name), pk)
        return cls(by_name, by_alias)

    def resolve(self, name: str) -> int | None:
        if name in self._by_name:
            return self._by_name[name]
        return self._by_alias.get(normalize_alias(name))

    def remember(self, name: str, pk: int) -> None:
        self._by_name[name] = pk
        self._by_alias.setdefault(normalize_alias(name), pk)
