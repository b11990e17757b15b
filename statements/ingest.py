"""Ingestion: the one service that writes extraction results to the database.

    result = ingest_paths(paths=[Path("fixtures/articles")])   # -> IngestResult

Each file lands whole or not at all (its own transaction). Re-running is safe:

- the same text again (same SHA-256) is skipped as unchanged, unless the extractor has been
  upgraded since, in which case it is extracted again;
- a changed text for the same URL (from the sidecar) or the same file name updates that source
  in place;
- statements are upserted by their span (source, start, end). Editors win: a statement an editor
  reviewed is never modified or deleted, a field an editor changed (`curated_fields`) is never
  overwritten, and such statements are counted as "kept for editors".
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path

from django.db import IntegrityError, OperationalError, transaction
from django.db.models import Q
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from . import anchoring, grouping, locks, summary, syndication
from .anchoring import at_word_edges
from .documents import (
    Document,
    DocumentError,
    is_article_path,
    outlet_from_url,
    read_document,
)
from .extraction import EXTRACTOR_VERSION, ExtractedStatement, Gazetteer, extract_document
from .gazetteer import ActorIndex, gazetteer_from_db, load_fixtures
from .links import normalize_url
from .models import Actor, ActorAlias, Event, Precision, Source, Statement, normalize_alias
from .sources import curated_values

logger = logging.getLogger(__name__)

CHANGE_REASON = "ingestion"
WRITE_ATTEMPTS = 3  # a file (or a new actor) lost to a concurrent writer is written again

# A source's publication date read from outside its text (a sidecar, the page's metadata): kept
# when the stored text is extracted again.
OUTSIDE_THE_TEXT = ("sidecar ", "page metadata")

# The statement fields ingestion fills from an extraction, and may refresh while untouched.
# "events" is handled apart (many-to-many).
EXTRACTED_FIELDS = (
    "actor",
    "speaker_mention",
    "kind",
    "text",
    "said_on",
    "said_on_precision",
    "said_on_evidence",
    "via",
)

# A stored field that an editor's change of another field protects: why an event link was made
# belongs to the links.
CURATED_AS = {"event_evidence": "events"}


# --------------------------------------------------------------------------- results


@dataclass
class IngestResult:
    files_ingested: int = 0
    files_unchanged: int = 0
    statements_created: int = 0
    statements_updated: int = 0
    statements_deleted: int = 0
    statements_kept: int = 0  # curated by an editor, left as the editor made them
    files_syndicated: int = 0  # near-copies of a stored article: statements kept there
    rejected: list[tuple[Path, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # things an editor may want to look at
    source_ids: list[int] = field(default_factory=list)  # the sources written or found unchanged

    @property
    def files_rejected(self) -> int:
        return len(self.rejected)

    def add(self, other: IngestResult) -> None:
        for name in (
            "files_ingested",
            "files_unchanged",
            "statements_created",
            "statements_updated",
            "statements_deleted",
            "statements_kept",
            "files_syndicated",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.rejected.extend(other.rejected)
        self.notes.extend(other.notes)
        self.source_ids.extend(other.source_ids)

    def summary(self) -> str:
        copies = f" ({self.files_syndicated} syndicated copies)" if self.files_syndicated else ""
        return (
            f"{self.files_ingested} files ingested{copies}, {self.files_unchanged} unchanged, "
            f"{self.files_rejected} rejected; statements: {self.statements_created} created, "
            f"{self.statements_updated} updated, {self.statements_deleted} deleted, "
            f"{self.statements_kept} kept for editors"
        )

    def statement_summary(self) -> str:
        return (
            f"{self.statements_created} created, {self.statements_updated} updated, "
            f"{self.statements_deleted} deleted, {self.statements_kept} kept for editors"
        )


# --------------------------------------------------------------------------- entry points


def ingest_file(
    *,
    path: Path | str,
    dry_run: bool = False,
    gazetteer: Gazetteer | None = None,
    max_bytes: int | None = None,
) -> IngestResult:
    """Ingest one article file; a bad file is reported in `result.rejected`, never raised."""
    return _ingest(
        files=[Path(path)], dry_run=dry_run, gazetteer=gazetteer, max_bytes=max_bytes, on_file=None
    )


def ingest_paths(
    *,
    paths: Iterable[Path | str],
    dry_run: bool = False,
    gazetteer: Gazetteer | None = None,
    max_bytes: int | None = None,
    on_file: Callable[[Path, IngestResult], None] | None = None,
) -> IngestResult:
    """Ingest files and directories (recursively: .txt, .html, .htm), each file in its own
    transaction. With `dry_run`, everything is rolled back at the end and the result says what
    would have changed. `on_file(path, file_result)` is called after each file."""
    return _ingest(
        files=list(article_files(paths)),
        dry_run=dry_run,
        gazetteer=gazetteer,
        max_bytes=max_bytes,
        on_file=on_file,
    )


def reextract(
    *,
    paths: Iterable[Path | str] = (),
    dry_run: bool = False,
    gazetteer: Gazetteer | None = None,
    max_bytes: int | None = None,
    on_file: Callable[[Path, IngestResult], None] | None = None,
) -> IngestResult:
    """Run the current extractor again, even on what has not changed since the last run.

    With `paths`, those files are read (a changed text updates its source, as `ingest_paths`
    does); without, every stored source is read again from its stored text. Statements are
    reconciled as ingestion always does: untouched ones replaced, an editor's kept (re-anchored
    to their words, or flagged for review, when the text changed).
    """
    if paths:
        return _ingest(
            files=list(article_files(paths)),
            dry_run=dry_run,
            gazetteer=gazetteer,
            max_bytes=max_bytes,
            on_file=on_file,
            force=True,
        )
    result = IngestResult()
    with transaction.atomic() if dry_run else nullcontext():
        run = _Run.start(gazetteer=gazetteer, max_bytes=max_bytes)
        for pk in Source.objects.order_by("pk").values_list("pk", flat=True).iterator():
            source = Source.objects.get(pk=pk)
            file_result = run.reextract_stored(source)
            result.add(file_result)
            if on_file is not None:
                on_file(Path(source.file_name or f"source {pk}"), file_result)
        if dry_run:
            transaction.set_rollback(True)
    return result


def ingest_document(
    *, document: Document, dry_run: bool = False, gazetteer: Gazetteer | None = None
) -> IngestResult:
    """Ingest a document already read (a fetched page, pasted text) exactly as a file is."""
    with transaction.atomic() if dry_run else nullcontext():
        result = _Run.start(gazetteer=gazetteer, max_bytes=None).write(document)
        if dry_run:
            transaction.set_rollback(True)
    return result


# The summary tables: what a file inserts is added to them in the file's own transaction
# (`summary.tallied`); what it updates or deletes (an article read again) is recounted by
# (speaker, day), once per RECOUNT_EVERY files (readers see the counts of the last batch
# meanwhile; the statements themselves are visible as each file commits).
RECOUNT_EVERY = 50


def _ingest(
    *, files: list[Path], dry_run, gazetteer, max_bytes, on_file, force: bool = False
) -> IngestResult:
    result = IngestResult()
    # Outside a dry run, each file commits on its own; in a dry run, an outer transaction holds
    # them all (as savepoints), and the fixtures, and is rolled back at the end.
    with transaction.atomic() if dry_run else nullcontext():
        run = _Run.start(gazetteer=gazetteer, max_bytes=max_bytes)
        for start in range(0, len(files), RECOUNT_EVERY):
            # A recount (~30 ms a file at 1M) is paid once per batch of files.
            with summary.deferred():
                for path in files[start : start + RECOUNT_EVERY]:
                    file_result = run.ingest(path, force=force)
                    result.add(file_result)
                    if on_file is not None:
                        on_file(path, file_result)
        if dry_run:
            transaction.set_rollback(True)
    return result


def article_files(paths: Iterable[Path | str]) -> Iterator[Path]:
    """The files to ingest: each file named, and the articles under each directory named,
    in a stable order. A sidecar (.json) is metadata, not an article."""
    for item in paths:
        path = Path(item)
        if path.is_dir():
            # Every entry named like an article that is not a directory (symbolic links, FIFOs
            # and devices included): `read_document` refuses those by name, so they are
            # reported rather than silently read or skipped. Symlinked folders are not entered.
            yield from sorted(
                p for p in path.rglob("*") if is_article_path(p) and not _is_real_dir(p)
            )
        else:
            yield path  # a missing or unreadable path is reported when it is read


def _is_real_dir(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


# --------------------------------------------------------------------------- one run


@dataclass
class _Run:
    """What one ingestion run reads once and shares between its files."""

    gazetteer: Gazetteer
    actors: ActorIndex
    events: dict[str, int]  # event slug -> pk
    max_bytes: int | None

    @classmethod
    def start(cls, *, gazetteer: Gazetteer | None, max_bytes: int | None) -> _Run:
        if not Actor.objects.exists() or not Event.objects.exists():
            load_fixtures()
        return cls(
            gazetteer=gazetteer if gazetteer is not None else gazetteer_from_db(),
            actors=ActorIndex.from_db(),
            events=dict(Event.objects.values_list("slug", "pk")),
            max_bytes=max_bytes,
        )

    def ingest(self, path: Path, *, force: bool = False) -> IngestResult:
        try:
            document = read_document(path, max_bytes=self.max_bytes)
        except DocumentError as exc:
            return IngestResult(rejected=[(path, exc.reason)])
        return self.write(document, force=force)

    def reextract_stored(self, source: Source) -> IngestResult:
        """Extract a stored source again from its stored text, with what is known of it."""
        trusted = "published_on" in source.curated_fields or source.published_evidence.startswith(
            OUTSIDE_THE_TEXT
        )
        document = Document(
            path=Path(source.file_name),  # "" for pasted text: no file name, as stored
            text=source.text,
            encoding="utf-8",
            url=source.url,
            published=source.published_on if trusted else None,
            published_evidence=source.published_evidence if trusted else "",
            published_precision=source.published_precision if trusted else Precision.DAY,
        )
        return self.write(document, force=True)

    def write(self, document: Document, *, force: bool = False) -> IngestResult:
        """Write one document read already; with `force`, extract it again even unchanged."""
        path = document.path
        try:
            for attempt in range(1, WRITE_ATTEMPTS + 1):
                result = IngestResult()
                writer = _SourceWriter(self, document, result)
                try:
                    with transaction.atomic(), summary.tallied():
                        writer.lock()
                        writer.write(force=force)
                    break
                except (IntegrityError, OperationalError) as exc:
                    # Another writer got there first (a unique row it inserted, a deadlock):
                    # everything of this file was rolled back; on the next attempt its rows
                    # are visible, and an article it stored is "unchanged".
                    retry = isinstance(exc, IntegrityError) or locks.is_retryable(exc)
                    if not retry or attempt == WRITE_ATTEMPTS:
                        raise
        except Exception as exc:  # one broken file must not stop the run; its rows rolled back
            logger.exception("ingesting %s failed", path)
            return IngestResult(
                rejected=[(path, f"ingestion failed ({type(exc).__name__}: {exc})")]
            )
        # The file's transaction committed (or, in a dry run, its savepoint did): its new actors
        # exist from now on for the files that follow.
        for name, pk in writer.new_actors.items():
            self.actors.remember(name, pk)
        return result


class _SourceWriter:
    """Writes one document: its source row, its statements, their actors and events."""

    def __init__(self, run: _Run, document: Document, result: IngestResult):
        self.run = run
        self.document = document
        self.result = result
        self.text = document.text
        self.content_hash = hashlib.sha256(self.text.encode("utf-8")).hexdigest()
        self.new_actors: dict[str, int] = {}
        self.created_source = False  # the source row is new (not an article stored before)

    def lock(self) -> None:
        """Hold this article's names (its text, its URL or file name) until the transaction
        ends: a concurrent writer of the same article waits, then finds it stored."""
        url, file_name = normalize_url(self.document.url), self.document.file_name
        locks.hold(
            f"warlog:source:hash:{self.content_hash}",
            f"warlog:source:url:{url}" if url else f"warlog:source:file:{file_name}",
        )

    def write(self, *, force: bool = False) -> None:
        """Write the document; with `force`, extract it again even when nothing changed."""
        source, same_article = self._stored()
        if source is not None:
            if not force and (
                source.syndicated_from_id
                or (
                    source.extractor_version == EXTRACTOR_VERSION
                    and not self._metadata_changed(source)
                )
            ):
                self.result.files_unchanged += 1
                self.result.source_ids.append(source.pk)
                return
            old_text = None  # the same text, read by a newer extractor
        else:
            source = same_article
            old_text = source.text if source is not None else None

        document = self.document
        if source is not None and "published_on" in source.curated_fields:
            # An editor's correction outranks the sidecar: relative dates count from it.
            document = replace(
                document,
                published=source.published_on,
                published_evidence="corrected by the editors",
                published_precision=source.published_precision,
            )
        extraction = extract_document(document, gazetteer=self.run.gazetteer)
        existing = []
        if source is not None:
            existing = list(source.statements.select_for_update().order_by("pk"))
        # An article with no statements of its own yet may be a copy of one already stored.
        copy_of = None if existing else syndication.find_original(self.text, exclude=source)
        self.created_source = source is None
        source = self._save_source(source, extraction, copy_of=copy_of)
        self.result.files_ingested += 1
        self.result.source_ids.append(source.pk)
        if copy_of is not None:
            self.result.files_syndicated += 1
            grouping.refresh_copies_of(copy_of)
            return
        _StatementReconciler(self, source, existing, old_text).run(
            [s for s in extraction.statements if self._span_is_valid(s)]
        )
        syndication.remember(source, new=self.created_source)
        if existing:  # else its statements were grouped as they were inserted
            grouping.place_source(source, previous_groups={s.cluster_id for s in existing})

    def _metadata_changed(self, source: Source) -> bool:
        """A sidecar added or edited since the text was ingested: its values differ from the
        source's (the published date re-dates every relative date, so the text is re-read)."""
        document, curated = self.document, set(source.curated_fields)
        return (
            (
                "published_on" not in curated
                and document.published is not None
                and (document.published, document.published_precision)
                != (source.published_on, source.published_precision)
            )
            or ("url" not in curated and bool(document.url and document.url != source.url))
            or (
                "outlet" not in curated
                and bool(document.outlet and document.outlet[:200] != source.outlet)
            )
            or (
                "title" not in curated
                and bool(document.title and document.title[:500] != source.title)
            )
        )

    def _stored(self) -> tuple[Source | None, Source | None]:
        """The stored source with this very text (SHA-256), else None and the source this
        document is a new version of, locked for the update: same URL (normalised), else
        same file name; the same file name also when an editor corrected the URL. A document
        with neither (pasted text) is a new article. One query for a new article."""
        url, file_name = normalize_url(self.document.url), self.document.file_name
        match = Q(content_hash=self.content_hash)
        if url:
            match |= Q(url=url)
        if file_name:
            match |= Q(file_name=file_name)
        # Newest first; the text is read again (locked) only for the source updated.
        stored = sorted(Source.objects.filter(match).defer("text"), key=lambda s: -s.pk)
        for source in stored:
            if source.content_hash == self.content_hash:
                return source, None
        if url:
            same = [s for s in stored if s.url == url]
        else:
            same = [s for s in stored if s.url == "" and s.file_name == file_name]
        if not same and file_name:
            same = [s for s in stored if s.file_name == file_name and "url" in s.curated_fields]
        if not same:
            return None, None
        return None, Source.objects.select_for_update().get(pk=same[0].pk)

    def _save_source(self, source: Source | None, extraction, *, copy_of: Source | None) -> Source:
        document = self.document
        if source is None:
            source = Source(content_hash=self.content_hash)
        source.syndicated_from = copy_of
        source.text = self.text
        source.content_hash = self.content_hash
        source.file_name = document.file_name
        source.extractor_version = EXTRACTOR_VERSION
        if document.url:
            source.url = normalize_url(document.url)
        # The sidecar wins; else what the source already says (an editor may have fixed it);
        # else what can be inferred.
        curated = curated_values(source) if source.pk else {}
        source.title = self._fitted("title", document.title or source.title or extraction.title)
        source.outlet = self._fitted(
            "outlet", document.outlet or source.outlet or outlet_from_url(source.url)
        )
        if document.published is not None:
            source.published_on = document.published
            source.published_precision = _choice(
                document.published_precision, Precision, Precision.DAY
            )
            source.published_evidence = document.published_evidence
        else:
            source.published_on = extraction.published
            source.published_precision = _choice(
                extraction.published_precision, Precision, Precision.UNKNOWN
            )
            source.published_evidence = extraction.published_evidence
        source.date_warning = "; ".join(extraction.warnings)
        for name, value in curated.items():  # an editor's corrections stay
            setattr(source, name, value)
        source._change_reason = CHANGE_REASON
        source.save()
        return source

    def _fitted(self, name: str, value: str) -> str:
        """`value` cut to the Source field's length, with a note saying so when it was."""
        limit = Source._meta.get_field(name).max_length
        if len(value) <= limit:
            return value
        self.result.notes.append(
            f"{self.document.path}: the {name} is {len(value):,} characters long; "
            f"only its first {limit:,} were stored"
        )
        return value[:limit]

    def _span_is_valid(self, s: ExtractedStatement) -> bool:
        if 0 <= s.start < s.end <= len(self.text):
            return True
        logger.warning(
            "%s: extractor gave an invalid span %s:%s", self.document.path, s.start, s.end
        )
        return False

    # ------------------------------------------------------------------ lookups

    def actor_id(self, s: ExtractedStatement) -> int | None:
        """The actor a speaker name means; a name no actor carries gets a new actor."""
        name = (s.speaker or "").strip()[:200]
        if not name or not normalize_alias(name):
            return None
        known = self.run.actors.resolve(name)
        if known is not None:
            return known
        if name in self.new_actors:
            return self.new_actors[name]
        kind = _choice(s.speaker_kind, Actor.Kind, Actor.Kind.PERSON)
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                with transaction.atomic():  # a savepoint: a lost race undoes only this actor
                    actor = Actor(name=name, kind=kind, auto_created=True)
                    actor.save()
                    ActorAlias.objects.create(actor=actor, alias=name)
                pk = actor.pk
                break
            except IntegrityError:
                # Another writer created this name (or an alias it normalises to) since the
                # run started; else its slug was taken meanwhile, and a new one is chosen.
                pk = _existing_actor(name)
                if pk is not None:
                    break
                if attempt == WRITE_ATTEMPTS:
                    raise
        self.new_actors[name] = pk
        return pk

    def event_ids(self, s: ExtractedStatement) -> set[int]:
        return {self.run.events[slug] for slug in s.events if slug in self.run.events}


def _existing_actor(name: str) -> int | None:
    """The actor called `name`, else the one owning its normalised alias (None if neither)."""
    pk = Actor.objects.filter(name=name).values_list("pk", flat=True).first()
    if pk is None:
        pk = (
            ActorAlias.objects.filter(normalized=normalize_alias(name))
            .values_list("actor_id", flat=True)
            .first()
        )
    return pk


def _choice(value: str | None, choices, default: str) -> str:
    return value if value in choices.values else default


# --------------------------------------------------------------------------- statements


class _StatementReconciler:
    """Brings a source's statements in line with a fresh extraction, editors' work first."""

    def __init__(
        self,
        writer: _SourceWriter,
        source: Source,
        existing: list[Statement],
        old_text: str | None,
    ):
        self.writer = writer
        self.source = source
        self.existing = existing
        self.old_text = old_text  # the source's previous text when it changed, else None
        self.result = writer.result
        self.event_ids: dict[int, set[int]] = {}
        self.curated_spans: list[tuple[int, int]] = []
        if existing:
            through = Statement.events.through
            for statement_id, event_id in through.objects.filter(
                statement__in=[s.pk for s in existing]
            ).values_list("statement_id", "event_id"):
                self.event_ids.setdefault(statement_id, set()).add(event_id)

    def run(self, extracted: list[ExtractedStatement]) -> None:
        by_span, to_delete, moved = self._existing_by_span()
        to_create: list[tuple[Statement, set[int]]] = []
        to_update: list[Statement] = []
        update_fields: set[str] = set()
        events_changed: dict[int, set[int]] = {}
        refreshed: set[int] = set()
        seen: set[tuple[int, int]] = set()

        for item in extracted:
            span = (item.start, item.end)
            if span in seen:
                continue
            seen.add(span)
            values = self._values(item)
            events = self.writer.event_ids(item)
            statement = by_span.get(span)
            if statement is None:
                if not self._overlaps_curated(*span):  # else: a new double of an edited one
                    to_create.append((Statement(source=self.source, **values), events))
                continue
            if statement.review_status != Statement.ReviewStatus.UNREVIEWED:
                continue  # reviewed by an editor: left exactly as it is
            curated = set(statement.curated_fields or ())
            changed = [
                name
                for name, value in values.items()
                if CURATED_AS.get(name, name.removesuffix("_id")) not in curated
                and getattr(statement, name) != value
            ]
            for name in changed:
                setattr(statement, name, values[name])
            update_fields.update(changed)
            if "events" not in curated and self.event_ids.get(statement.pk, set()) != events:
                events_changed[statement.pk] = events
                changed.append("events")
            if changed:
                refreshed.add(statement.pk)
                if statement.pk not in moved:
                    to_update.append(statement)

        # Untouched statements the extractor no longer finds are gone; curated ones stay.
        for span, statement in by_span.items():
            if span not in seen and not statement.is_curated:
                to_delete.append(statement)

        for statement in self.existing:
            if statement.is_curated and statement.pk not in refreshed:
                self.result.statements_kept += 1

        self._delete(to_delete)
        self._update(to_update, moved, update_fields, events_changed)
        self._create(to_create)
        self.result.statements_updated += len(refreshed)

    def _existing_by_span(
        self,
    ) -> tuple[dict[tuple[int, int], Statement], list[Statement], set[int]]:
        """The existing statements keyed by their span in the (new) text, those to delete, and
        the pks of curated statements re-anchored because the text changed.

        A curated statement whose words are no longer at its offsets is found again
        (`anchoring.anchor`): the exact words, else the most similar passage; too little alike,
        it is flagged for an editor with the reason. Either way its offsets fall between words.
        An untouched statement overlapping a curated one is that statement's older double: gone.
        """
        by_span: dict[tuple[int, int], Statement] = {}
        to_delete: list[Statement] = []
        moved: set[int] = set()
        curated = [s for s in self.existing if s.is_curated]
        untouched = [s for s in self.existing if not s.is_curated]
        new_text = self.source.text
        for statement in curated:
            misplaced = new_text[statement.start : statement.end] != statement.text
            if (
                misplaced or not at_word_edges(new_text, statement.start, statement.end)
            ) and self._reanchor(statement, new_text):
                moved.add(statement.pk)
            if (statement.start, statement.end) in by_span:
                continue  # two curated statements found on one passage: the first keeps it
            by_span[(statement.start, statement.end)] = statement
        self.curated_spans = [(s.start, s.end) for s in by_span.values()]
        for statement in untouched:
            span = (statement.start, statement.end)
            if span in by_span or self._overlaps_curated(*span):
                to_delete.append(statement)  # a curated statement holds these words now
            else:
                by_span[span] = statement
        return by_span, to_delete, moved

    def _reanchor(self, statement: Statement, new_text: str) -> bool:
        """Move `statement` to its words in the changed text, or flag it; True if it changed."""
        path = self.writer.document.path
        found = anchoring.anchor(new_text, statement.text, near=statement.start)
        if found is None:
            return False
        span = (found.start, found.end)
        if span != (statement.start, statement.end) and any(
            s.pk != statement.pk and (s.start, s.end) == span for s in self.existing if s.is_curated
        ):
            found = None  # another curated statement holds these very words
        if found is not None and found.matched:
            if not found.exact:
                self.result.notes.append(
                    f"{path}: statement {statement.pk} (curated) re-anchored to a changed "
                    f"wording ({found.score:.0f}% alike)"
                )
            statement.start, statement.end = found.start, found.end
            statement.text = new_text[found.start : found.end]
            statement._change_reason = (
                "Re-anchored to the changed article"
                if found.exact
                else f"Re-anchored to the changed article's wording ({found.score:.0f}% alike)"
            )
            return True
        score = f"{found.score:.0f}% alike" if found is not None else "its words are taken"
        if statement.review_status != Statement.ReviewStatus.REJECTED:
            # Back in the review queue; its status stays what the editor made it.
            statement.review_reason = (
                "The article changed and this statement's words are no longer in it "
                f"(closest passage: {score}); check its text and offsets."
            )[:500]
        if found is not None:
            # The editor's text stays; its offsets point at the closest whole words.
            statement.start, statement.end = found.start, found.end
        elif not at_word_edges(new_text, statement.start, statement.end):
            statement.start, statement.end = anchoring.whole_words(
                new_text, statement.start, statement.end
            )
        statement._change_reason = "Flagged for review: the article changed"
        self.result.notes.append(f"{path}: statement {statement.pk} (curated) flagged: {score}")
        return True

    def _overlaps_curated(self, start: int, end: int) -> bool:
        return any(start < b and a < end for a, b in self.curated_spans)

    def _values(self, item: ExtractedStatement) -> dict:
        return {
            "actor_id": self.writer.actor_id(item),
            "speaker_mention": (item.speaker_mention or "")[:300],
            "kind": _choice(item.kind, Statement.Kind, Statement.Kind.INDIRECT),
            "text": self.source.text[item.start : item.end],
            "start": item.start,
            "end": item.end,
            "said_on": item.said_on,
            "said_on_precision": _choice(item.said_on_precision, Precision, Precision.UNKNOWN),
            "said_on_evidence": (item.said_on_evidence or "")[:300],
            "via": (item.via or "")[:200],
            "event_evidence": dict(item.event_evidence),
        }

    def _delete(self, statements: list[Statement]) -> None:
        if statements:
            Statement.objects.filter(pk__in=[s.pk for s in statements]).delete()
            self.result.statements_deleted += len(statements)

    def _update(
        self,
        statements: list[Statement],
        moved: set[int],
        fields: set[str],
        events_changed: dict[int, set[int]],
    ) -> None:
        moved_statements = [s for s in self.existing if s.pk in moved]
        now = timezone.now()
        for statement in [*statements, *moved_statements]:
            statement.version += 1
            statement.updated_at = now  # bulk_update does not apply auto_now
        if moved_statements:
            # One by one: a curated statement may move onto a span another one just left.
            for statement in moved_statements:
                statement._change_reason = CHANGE_REASON
                statement.save()
        if statements:
            fields = {"actor" if f == "actor_id" else f for f in fields} | {"version"}
            bulk_update_with_history(
                statements,
                Statement,
                sorted(fields | {"updated_at"}),
                default_change_reason=CHANGE_REASON,
            )
        if events_changed:
            through = Statement.events.through
            through.objects.filter(statement_id__in=list(events_changed)).delete()
            through.objects.bulk_create(
                through(statement_id=pk, event_id=event_id)
                for pk, events in events_changed.items()
                for event_id in events
            )

    def _create(self, pending: list[tuple[Statement, set[int]]]) -> None:
        if not pending:
            return
        statements = [statement for statement, _ in pending]
        # An article's first statements are grouped before they are inserted; others are
        # placed with the article's statements once they are all written.
        if not self.existing:
            grouping.place_new(statements, new_source=self.writer.created_source)
        created = bulk_create_with_history(
            statements, Statement, default_change_reason=CHANGE_REASON
        )
        through = Statement.events.through
        links = [
            through(statement_id=statement.pk, event_id=event_id)
            for statement, (_, events) in zip(created, pending, strict=True)
            for event_id in events
        ]
        if links:
            through.objects.bulk_create(links)
        self.result.statements_created += len(created)
