"""PostgreSQL-only indexes for the timeline's sort, its filters and full-text search.

These are expression / NULLS LAST / GIN indexes that SQLite cannot build (SQLite's DESC already
puts NULLs last, and it has no full-text operator), so they are not in `Meta.indexes`: the
operations below do nothing on another database, and `makemigrations` sees no model change.
Built CONCURRENTLY (so a deployed database keeps accepting writes), hence `atomic = False`.
See docs/performance.md for the query shapes each one serves and the EXPLAIN before/after.
"""

from django.db import migrations

# name -> (table, definition). Expressions must match, character for character after
# PostgreSQL's normalisation, what the ORM generates; see docs/performance.md.
INDEXES = {
    # Timeline order: said_on DESC NULLS LAST (then source.published_on, id: an incremental
    # sort finishes each said_on group). The existing statement_timeline_idx is NULLS FIRST.
    "statement_said_nl_id_idx": (
        "statements_statement",
        '("said_on" DESC NULLS LAST, "id" DESC)',
    ),
    # One or several actors' timelines (actor pages, ?actor=, affiliation via actor ids).
    "statement_actor_said_nl_idx": (
        "statements_statement",
        '("actor_id", "said_on" DESC NULLS LAST, "id" DESC)',
    ),
    # ?status=verified walks only the verified rows in timeline order.
    "statement_status_said_nl_idx": (
        "statements_statement",
        '("review_status", "said_on" DESC NULLS LAST, "id" DESC)',
    ),
    # StatementQuerySet.search(): SearchVector("text", "speaker_mention", config="english").
    "statement_search_gin_idx": (
        "statements_statement",
        "USING gin (to_tsvector('english'::regconfig, "
        "COALESCE(\"text\", '') || ' ' || COALESCE(\"speaker_mention\", '')))",
    ),
    # ... or the speaker's name: SearchVector("name", config="english") on Actor.
    "actor_name_search_gin_idx": (
        "statements_actor",
        "USING gin (to_tsvector('english'::regconfig, COALESCE(\"name\", '')))",
    ),
    # ?event=: the event's statement ids straight from the index (index-only scan).
    "statement_events_event_stmt_idx": (
        "statements_statement_events",
        '("event_id", "statement_id")',
    ),
    # ?outlet= is an iexact lookup: UPPER(outlet) = UPPER(%s).
    "source_outlet_upper_idx": ("statements_source", '(UPPER("outlet"::text))'),
    # sort=published_desc: newest publication first, NULLS LAST.
    "source_published_nl_idx": (
        "statements_source",
        '("published_on" DESC NULLS LAST, "id" DESC)',
    ),
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    tables = set()
    for name, (table, definition) in INDEXES.items():
        schema_editor.execute(
            f'CREATE INDEX CONCURRENTLY IF NOT EXISTS "{name}" ON "{table}" {definition}'
        )
        tables.add(table)
    # Expression indexes get statistics only from ANALYZE; the planner needs them to
    # estimate how many rows a full-text query matches.
    for table in sorted(tables):
        schema_editor.execute(f'ANALYZE "{table}"')


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f'DROP INDEX CONCURRENTLY IF EXISTS "{name}"')


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("statements", "0002_editors_group"),
    ]

    operations = [migrations.RunPython(create_indexes, drop_indexes, elidable=False)]
