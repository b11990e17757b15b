#!/usr/bin/env python3
"""Warlog's statements as a SQLite file for Datasette, the way a data journalist would make it.

The input is Warlog's own full CSV export (`/statements.csv`: every visible statement, the 16
columns of statements/exports.py), so Datasette serves exactly the rows Warlog serves. The file
gets what `sqlite-utils` gives a careful journalist: the CSV as a `statements` table keyed by
`id`, an index on each column one filters or sorts by, the events split into
`events` + `statement_events` (foreign keys, so Datasette's `_through=` filters by event),
FTS5 over the text and the speaker's name (`enable-fts`), and ANALYZE.

Runs with sqlite-utils, outside the project's virtualenv (Datasette is not a dependency):

    python3 -m venv /work/dsvenv
    /work/dsvenv/bin/pip install datasette==0.65.5 sqlite-utils==4.2.1
    curl -sS -o statements.csv http://127.0.0.1:8000/statements.csv
    /work/dsvenv/bin/python scripts/datasette_export.py statements.csv warlog.db
    /work/dsvenv/bin/datasette inspect warlog.db --inspect-file counts.json   # as `publish` does
    /work/dsvenv/bin/datasette serve -i warlog.db --inspect-file counts.json \
        --setting default_page_size 50 --setting sql_time_limit_ms 20000 \
        --setting suggest_facets off -p 8001
"""

import argparse
import csv
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

# What a reader filters or sorts by on the timeline: one index each (sqlite-utils create-index).
INDEXED = ("said_on", "speaker", "speaker_slug", "affiliation", "kind", "outlet", "review_status")
# sqlite-utils enable-fts warlog.db statements text speaker --fts5 --tokenize porter: English
# stemming, as Warlog's `english` text search config ("strike" finds "strikes").
SEARCHED = ("text", "speaker")
EVENT_SEPARATOR = "; "
BATCH = 20_000


def read_rows(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            row["id"] = int(row["id"])
            for column in ("said_on", "published_on"):
                row[column] = row[column] or None  # a missing date sorts last, not as ""
            yield row


def build(csv_path: Path, db_path: Path) -> dict[str, int]:
    if db_path.exists():
        db_path.unlink()
    db = sqlite_utils.Database(db_path)
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    events: dict[str, int] = {}
    links: list[dict] = []

    def statements() -> Iterator[dict]:
        for row in read_rows(csv_path):
            for slug in filter(None, row["events"].split(EVENT_SEPARATOR)):
                event_id = events.setdefault(slug, len(events) + 1)
                links.append({"statement_id": row["id"], "event_id": event_id})
            yield row

    db["statements"].insert_all(statements(), pk="id", batch_size=BATCH)
    db["events"].insert_all(
        ({"id": number, "slug": slug} for slug, number in events.items()), pk="id"
    )
    db["statement_events"].insert_all(
        links,
        batch_size=BATCH,
        foreign_keys=[("statement_id", "statements", "id"), ("event_id", "events", "id")],
    )
    for column in INDEXED:
        db["statements"].create_index([column])
    db["statement_events"].create_index(["event_id"])
    db["statement_events"].create_index(["statement_id"])
    db["statements"].enable_fts(SEARCHED, fts_version="FTS5", tokenize="porter")
    db.analyze()
    db.execute("VACUUM")
    return {
        "statements": db["statements"].count,
        "events": db["events"].count,
        "statement_events": db["statement_events"].count,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", type=Path, help="Warlog's full /statements.csv")
    parser.add_argument("db", type=Path, help="the SQLite file to (re)create")
    args = parser.parse_args(argv)
    started = time.monotonic()
    counts = build(args.csv, args.db)
    size = args.db.stat().st_size / 2**20
    summary = ", ".join(f"{n:,} {table}" for table, n in counts.items())
    print(f"{args.db}: {summary}; {size:,.0f} MiB in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
