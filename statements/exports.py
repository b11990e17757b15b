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


def export_rows(queryset, *, permalink: Callable[[int], str]) -> Iterator[dict]:
    """One dict per statement, keys exactly `COLUMNS`, in the queryset's order.

    `events` is a list of event slugs; `permalink` turns an id into the statement's URL.
    """
    queryset = (
        queryset.prefetch_related(None)
        .select_related(None)
        .annotate(export_speaker=Coalesce("actor__name", "speaker_mention"))
    )
    on_postgres = connections[queryset.db].vendor == "postgresql"
    if on_postgres:
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
        for *values, events, status in rows.iterator(chunk_size=CHUNK):
            yield _row(values, events.split(EVENT_SEPARATOR) if events else [], status, permalink)
        return
    rows = queryset.values_list(*_SELECT, "review_status")
    for batch in _batched(rows.iterator(chunk_size=CHUNK), CHUNK):
        events = _event_slugs_by_statement([row[0] for row in batch])
        for *values, status in batch:
            yield _row(values, events.get(values[0], []), status, permalink)


def _row(values: list, events: list[str], status: str, permalink: Callable[[int], str]) -> dict:
    row = dict(zip(COLUMNS, values, strict=False))
    row["events"] = events
    row["review_status"] = status
    row["permalink"] = permalink(row["id"])
    return row


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = EVENT_SEPARATOR.join(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return neutralise(str(value)) if isinstance(value, str) else str(value)


def csv_chunks(rows: Iterable[dict], *, batch: int = 500) -> Iterator[str]:
    """A UTF-8 BOM and header, then the rows as CSV text in batches of `batch` rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    yield "\ufeff" + buffer.getvalue()
    for group in _batched(rows, batch):
        buffer.seek(0)
        buffer.truncate()
        writer.writerows([_cell(row[column]) for column in COLUMNS] for row in group)
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
