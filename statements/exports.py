"""CSV and JSON exports of a filtered statement queryset: the columns, defined once.

Both stream and never hold all rows at once, so memory stays flat for a million rows.

The CSV has two writers that produce the same bytes for the same rows (`csv_stream` picks):
- on PostgreSQL, `copy_csv_chunks`: the filtered queryset itself, compiled with every cell
  (neutralisation, events, permalink) computed in SQL, streamed by `COPY (...) TO STDOUT`;
- elsewhere, `csv_chunks` over `export_batches`: tuples from
  `.values_list(...).iterator(chunk_size=2000)` written by Python's `csv` module (also the
  reference the PostgreSQL writer is tested against).

The CSV contract, byte for byte: UTF-8, a BOM, a header row of `COLUMNS`, rows in the
timeline's order; Python's `csv` excel dialect: `,` between cells, every line (header
included) ended by CRLF, a cell in double quotes only if it holds a `,`, a `"` (doubled), a CR
or an LF (line breaks inside a quoted cell are kept as they are in the text). Empty and
missing values are the same empty, unquoted cell (no NULL/"" distinction: spreadsheets have
none). Dates are ISO `YYYY-MM-DD`; events are slugs in slug order joined by "; "; a
free-text cell that begins with = + - @, a tab or a CR is prefixed with `'`.

Events are joined in the database on PostgreSQL (a `StringAgg` subquery per row, in the same
statement); elsewhere they are fetched once per chunk of rows.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import F, Func, OuterRef, Subquery, TextField, Value
from django.db.models.functions import Cast, Coalesce

from .dbsession import set_statement_timeout
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
    "cluster_id",
    "reports",
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


def _event_slugs_joined(*, neutralised: bool = False) -> Subquery:
    """PostgreSQL: the statement's event slugs in slug order joined by `EVENT_SEPARATOR`,
    NULL when it has none (a subquery per row, evaluated in the same statement).

    `neutralised` applies `_Neutralised` inside the subquery, where PostgreSQL computes the
    repeated aggregate once; outside, each mention of the subquery would run it again.
    """
    from django.contrib.postgres.aggregates import StringAgg

    through = Statement.events.through
    slugs = StringAgg("event__slug", delimiter=EVENT_SEPARATOR, order_by="event__slug")
    joined = (
        through.objects.filter(statement_id=OuterRef("pk"))
        .order_by()
        .values("statement_id")
        .annotate(slugs=_Neutralised(slugs) if neutralised else slugs)
        .values("slugs")
    )
    return Subquery(joined, output_field=TextField())


# The statement's group and its size (a statement never grouped is a group of one).
_GROUP = ("cluster_id", "export_reports")


def export_batches(queryset) -> Iterator[list[tuple]]:
    """The rows of `queryset` in its order, in batches of `CHUNK` tuples:
    the `_SELECT` values, then the event slugs joined by `EVENT_SEPARATOR`, then review_status,
    cluster_id and reports.
    """
    queryset = (
        queryset.prefetch_related(None)
        .select_related(None)
        .annotate(
            export_speaker=Coalesce("actor__name", "speaker_mention"),
            export_reports=Coalesce("cluster__reports", Value(1)),
        )
    )
    if connections[queryset.db].vendor == "postgresql":
        queryset = queryset.annotate(
            export_events=Coalesce(_event_slugs_joined(), Value(""), output_field=TextField())
        )
        rows = queryset.values_list(*_SELECT, "export_events", "review_status", *_GROUP)
        yield from _batched(rows.iterator(chunk_size=CHUNK), CHUNK)
        return
    rows = queryset.values_list(*_SELECT, "review_status", *_GROUP)
    for batch in _batched(rows.iterator(chunk_size=CHUNK), CHUNK):
        events = _event_slugs_by_statement([row[0] for row in batch])
        yield [
            (*values, EVENT_SEPARATOR.join(events.get(values[0], [])), status, cluster, reports)
            for *values, status, cluster, reports in batch
        ]


def export_rows(queryset, *, permalink: Callable[[int], str]) -> Iterator[dict]:
    """One dict per statement, keys exactly `COLUMNS`, in the queryset's order (for JSON).

    `events` is a list of event slugs; `permalink` turns an id into the statement's URL.
    """
    for batch in export_batches(queryset):
        for *values, events, status, cluster, reports in batch:
            row = dict(zip(COLUMNS, values, strict=False))
            row["events"] = events.split(EVENT_SEPARATOR) if events else []
            row["review_status"] = status
            row["permalink"] = permalink(row["id"])
            row["cluster_id"] = cluster
            row["reports"] = reports
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
                cluster,
                reports,
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
                cluster,
                reports,
            ) in batch
        )
        yield buffer.getvalue()


def csv_stream(queryset, *, permalink: tuple[str, str]) -> Iterator[str | bytes]:
    """The CSV of `queryset` (the contract in the module docstring): written by PostgreSQL
    itself on PostgreSQL, by Python's `csv` elsewhere."""
    if connections[queryset.db].vendor == "postgresql":
        return copy_csv_chunks(queryset, permalink=permalink)
    return csv_chunks(export_batches(queryset), permalink=permalink)


class _Neutralised(Func):
    """`neutralise` in SQL, an empty value as NULL: PostgreSQL writes NULL as an empty,
    unquoted cell (as Python's `csv` writes "" and None) but would quote an empty string."""

    # ascii(): the first character's code point (0 for ""), compared as integers, no
    # substring built per cell (6 % of the whole COPY at a million rows, against left(x, 1)).
    _codes = ", ".join(str(ord(c)) for c in sorted(DANGEROUS_FIRST))
    template = (
        f"NULLIF(CASE WHEN ascii(%(expressions)s) IN ({_codes}) "
        "THEN '''' || %(expressions)s ELSE %(expressions)s END, '')"
    )
    output_field = TextField()

    def as_sql(self, compiler, connection, **extra_context):
        sql, params = super().as_sql(compiler, connection, **extra_context)
        return sql, (*params, *params, *params)  # the template names its argument 3 times


class _Text(Func):
    """A constrained text column (no formula can start it), an empty value as NULL."""

    template = "NULLIF(%(expressions)s, '')"
    output_field = TextField()


class _IsoDate(Func):
    """`YYYY-MM-DD`, whatever the session's DateStyle (NULL stays NULL)."""

    template = "to_char(%(expressions)s, 'YYYY-MM-DD')"
    output_field = TextField()


def _copy_query(queryset, *, permalink: tuple[str, str]) -> tuple[str, tuple]:
    """`queryset` (the filtered view, its order kept) selecting exactly the CSV cells in
    `COLUMNS` order, compiled to SQL and parameters for `COPY (...) TO STDOUT`."""
    head, tail = permalink
    cells = {
        "id": F("id"),
        "said_on": _IsoDate("said_on"),
        "said_on_precision": _Text("said_on_precision"),
        "speaker": _Neutralised(Coalesce("actor__name", "speaker_mention")),
        "speaker_slug": _Neutralised("actor__slug"),
        "affiliation": _Neutralised("actor__affiliation"),
        "kind": _Text("kind"),
        "text": _Neutralised("text"),
        "via": _Neutralised("via"),
        "outlet": _Neutralised("source__outlet"),
        "source_title": _Neutralised("source__title"),
        "source_url": _Neutralised("source__url"),
        "published_on": _IsoDate("source__published_on"),
        "events": _event_slugs_joined(neutralised=True),
        "review_status": _Text("review_status"),
        "permalink": Func(
            Value(head),
            Cast("id", TextField()),
            Value(tail),
            template="(%(expressions)s)",
            arg_joiner=" || ",
            output_field=TextField(),
        ),
        "cluster_id": F("cluster_id"),
        "reports": Coalesce("cluster__reports", Value(1)),
    }
    assert tuple(cells) == COLUMNS
    names = [f"csv_{column}" for column in COLUMNS]
    rows = (
        queryset.prefetch_related(None)
        .select_related(None)
        .annotate(**dict(zip(names, cells.values(), strict=True)))
        .values_list(*names)
    )
    return rows.query.get_compiler(using=rows.db).as_sql()


COPY_FLUSH_ROWS = 2000


def copy_csv_chunks(queryset, *, permalink: tuple[str, str]) -> Iterator[bytes]:
    """PostgreSQL: the BOM and header (Python's `csv`), then the rows as PostgreSQL's COPY
    writes them, the LF that ends each row made CRLF, in blocks of `COPY_FLUSH_ROWS` rows.

    COPY sends one message per row (the protocol guarantees it), so the last byte of each
    message is the row's end, and line breaks inside quoted cells are left alone. The COPY
    holds the connection until the stream is consumed (as a server-side cursor does); closing
    the generator early cancels it on the server. In autocommit it is its own transaction.
    """
    from psycopg import ClientCursor

    buffer = io.StringIO()
    csv.writer(buffer).writerow(COLUMNS)
    yield ("\ufeff" + buffer.getvalue()).encode()
    try:
        sql, params = _copy_query(queryset, permalink=permalink)
    except EmptyResultSet:  # a filter the ORM knows matches nothing (`none()`, `__in=[]`)
        return
    # The COPY runs without a statement timeout: its clock would count the time the reader
    # takes, and a COPY cut short ends a response whose 200 OK is long sent. The export's
    # timeout (WARLOG_EXPORT_STATEMENT_TIMEOUT_MS) holds for the filter's queries before it;
    # how many COPYs run at once is the export pool's size (docs/deployment.md), and a reader
    # who stops reading is cut by the proxy's timeouts, not here.
    set_statement_timeout(0, using=queryset.db)
    with connections[queryset.db].cursor() as cursor:
        # COPY takes no bound parameters: merge them client-side, as psycopg's own
        # `copy(statement, params)` would (Django's debug cursor passes no params on).
        statement = ClientCursor(cursor.connection).mogrify(
            f"COPY ({sql}) TO STDOUT WITH (FORMAT csv)", params
        )
        with cursor.copy(statement) as copy:
            rows = []
            for row in copy:
                rows.append(row[:-1])
                if len(rows) == COPY_FLUSH_ROWS:
                    rows.append(b"")
                    yield b"\r\n".join(rows)
                    rows.clear()
            if rows:
                rows.append(b"")
                yield b"\r\n".join(rows)


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
