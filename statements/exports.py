"""CSV and JSON exports of a filtered statement queryset: the columns, defined once.

Both stream: rows come from `.values_list(...).iterator(chunk_size=2000)` (a server-side
cursor on PostgreSQL), are written in batches and never held all at once, so memory stays
flat for a million rows. Events are joined in the database on PostgreSQL (a `StringAgg`
subquery per row, in the same statement); elsewhere they are fetched once per chunk of rows.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from django.db import connections
from django.db.models import OuterRef, Subquery, TextField, Value
from django.db.models.functions import Coalesce

from .models import Statement

COLUMNS = (
    "id",
    "said_on",
    "said_on_precision",
    "speaker",
    "speaker_slug",
    "affiliation",
    "kind",
    "text",
    "via",
    "outlet",
    "source_title",
    "source_url",
    "published_on",
    "events",
    "review_status",
    "permalink",
)
# Database expression for every column but `events` and `permalink` (added per row).
_SELECT = (
    "id",
    "said_on",
    "said_on_precision",
    "export_speaker",
    "actor__slug",
    "actor__affiliation",
    "kind",
    "text",
    "via",
    "source__outlet",
    "source__title",
    "source__url",
    "source__published_on",
)
CHUNK = 2000
EVENT_SEPARATOR = "; "
DANGEROUS_FIRST = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """Stop a spreadsheet from reading a cell as a formula (CSV injection)."""
    return "'" + value if value.startswith(DANGEROUS_FIRST) else value


def _batched(iterable: Iterable, size: int) -> Iterator[list]:
    iterator = iter(iterable)
    while batch := list(islice(iterator, size)):
        yield batch


def _event_slugs_by_statement(ids: list[int]) -> dict[int, list[str]]:
    through = Statement.events.through
    slugs: dict[int, list[str]] = {}
    rows = (
        through.objects.filter(statement_id__in=ids)
        .order_by("statement_id", "event__slug")
        .values_list("statement_id", "event__slug")
    )
    for statement_id, slug in rows:
        slugs.setdefault(statement_id, []).append(slug)
    return slugs


def export_batches(queryset) -> Iterator[list[tuple]]:
    """The rows of `queryset` in its order, in batches of `CHUNK` tuples:
    the `_SELECT` values, then the event slugs joined by `EVENT_SEPARATOR`, then review_status.
    """
    queryset = (
        queryset.prefetch_related(None)
        .select_related(None)
        .annotate(export_speaker=Coalesce("actor__name", "speaker_mention"))
    )
    if connections[queryset.db].vendor == "postgresql":
        from django.contrib.postgres.aggregates import StringAgg

        through = Statement.events.through
        slugs = (
            through.objects.filter(statement_id=OuterRef("pk"))
            .order_by()
            .values("statement_id")
            .annotate(
                slugs=StringAgg("event__slug", delimiter=EVENT_SEPARATOR, order_by="event__slug")
            )
            .values("slugs")
        )
        queryset = queryset.annotate(
            export_events=Coalesce(Subquery(slugs), Value(""), output_field=TextField())
        )
        rows = queryset.values_list(*_SELECT, "export_events", "review_status")
        yield from _batched(rows.iterator(chunk_size=CHUNK), CHUNK)
        return
    rows = queryset.values_list(*_SELECT, "review_status")
    for batch in _batched(rows.iterator(chunk_size=CHUNK), CHUNK):
        events = _event_slugs_by_statement([row[0] for row in batch])
        yield [
            (*values, EVENT_SEPARATOR.join(events.get(values[0], [])), status)
            for *values, status in batch
        ]


def export_rows(queryset, *, permalink: Callable[[int], str]) -> Iterator[dict]:
    """One dict per statement, keys exactly `COLUMNS`, in the queryset's order (for JSON).

    `events` is a list of event slugs; `permalink` turns an id into the statement's URL.
    """
    for batch in export_batches(queryset):
        for *values, events, status in batch:
            row = dict(zip(COLUMNS, values, strict=False))
            row["events"] = events.split(EVENT_SEPARATOR) if events else []
            row["review_status"] = status
            row["permalink"] = permalink(row["id"])
            yield row


_DANGEROUS = frozenset(DANGEROUS_FIRST)


def csv_chunks(batches: Iterable[list[tuple]], *, permalink: tuple[str, str]) -> Iterator[str]:
    """A UTF-8 BOM and header, then each batch of `export_batches` as CSV text.

    Written for speed (a million rows): tuples, not dicts; only the free-text cells are
    neutralised (kind, precision and status are constrained choices, dates and ids cannot
    start a formula); the permalink is `head + id + tail`. `csv` writes None as an empty cell
    and a date as its ISO form.
    """
    head, tail = permalink
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    yield "\ufeff" + buffer.getvalue()
    for batch in batches:
        buffer.seek(0)
        buffer.truncate()
        writer.writerows(
            (
                pk,
                said_on,
                precision,
                "'" + speaker if speaker and speaker[0] in _DANGEROUS else speaker,
                "'" + slug if slug and slug[0] in _DANGEROUS else slug,
                "'" + affiliation if affiliation and affiliation[0] in _DANGEROUS else affiliation,
                kind,
                "'" + text if text and text[0] in _DANGEROUS else text,
                "'" + via if via and via[0] in _DANGEROUS else via,
                "'" + outlet if outlet and outlet[0] in _DANGEROUS else outlet,
                "'" + title if title and title[0] in _DANGEROUS else title,
                "'" + url if url and url[0] in _DANGEROUS else url,
                published_on,
                "'" + events if events and events[0] in _DANGEROUS else events,
                status,
                f"{head}{pk}{tail}",
            )
            for (
                pk,
                said_on,
                precision,
                speaker,
                slug,
                affiliation,
                kind,
                text,
                via,
                outlet,
                title,
                url,
                published_on,
                events,
                status,
            ) in batch
        )
        yield buffer.getvalue()


def _json_value(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


def json_chunks(rows: Iterable[dict], *, meta: dict, batch: int = 500) -> Iterator[str]:
    """`{...meta, "columns": [...], "results": [row, ...]}`, streamed in batches of rows."""
    head = json.dumps({**meta, "columns": list(COLUMNS)}, ensure_ascii=False)
    yield head[:-1] + ', "results": ['
    first = True
    for group in _batched(rows, batch):
        encoded = [
            json.dumps({k: _json_value(v) for k, v in row.items()}, ensure_ascii=False)
            for row in group
        ]
        yield ("\n" if first else ",\n") + ",\n".join(encoded)
        first = False
    yield "\n]}\n"
