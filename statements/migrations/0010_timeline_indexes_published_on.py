"""PostgreSQL indexes that hold the whole timeline order, now that a statement carries its
article's date (`Statement.published_on`, migration 0009).

The three timeline indexes of 0003 (all statements, one speaker, one review status) were
`(… said_on DESC NULLS LAST, id DESC)`: the middle key lived in another table, so every page
joined and re-sorted each day's statements (an incremental sort). Their replacements hold
`published_on` between the two, so a page is the first 50 entries of one index.

`statement_page_keys_idx` serves a filter that no index orders, an event's statement ids:
`StatementQuerySet.page` picks the page's ids by looking each candidate up by id and sorting on
the keys, read here without visiting the table (busiest event at 1M, the page query: about
70 ms joined before sorting, 35-40 ms by ids first, 20-25 ms with this index; see
docs/performance.md).

PostgreSQL only, like 0003 (NULLS LAST / INCLUDE, nothing for SQLite to build); built
CONCURRENTLY, so a deployed database keeps taking writes (`atomic = False`).
"""

from django.db import migrations

TABLE = "statements_statement"

# name -> definition
NEW = {
    "statement_said_pub_id_idx": '("said_on" DESC NULLS LAST, "published_on" DESC NULLS LAST, "id" DESC)',
    "statement_actor_said_pub_idx": (
        '("actor_id", "said_on" DESC NULLS LAST, "published_on" DESC NULLS LAST, "id" DESC)'
    ),
    "statement_status_said_pub_idx": (
        '("review_status", "said_on" DESC NULLS LAST, "published_on" DESC NULLS LAST, "id" DESC)'
    ),
    "statement_page_keys_idx": '("id") INCLUDE ("said_on", "published_on", "is_lead", "review_status")',
}
# What 0003 built for the same filters, without the middle key.
OLD = {
    "statement_said_nl_id_idx": '("said_on" DESC NULLS LAST, "id" DESC)',
    "statement_actor_said_nl_idx": '("actor_id", "said_on" DESC NULLS LAST, "id" DESC)',
    "statement_status_said_nl_idx": '("review_status", "said_on" DESC NULLS LAST, "id" DESC)',
}


def _swap(schema_editor, build: dict, drop: dict) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, definition in build.items():
        schema_editor.execute(
            f'CREATE INDEX CONCURRENTLY IF NOT EXISTS "{name}" ON "{TABLE}" {definition}'
        )
    for name in drop:
        schema_editor.execute(f'DROP INDEX CONCURRENTLY IF EXISTS "{name}"')
    schema_editor.execute(f'ANALYZE "{TABLE}"')


def forwards(apps, schema_editor):
    _swap(schema_editor, NEW, OLD)


def backwards(apps, schema_editor):
    _swap(schema_editor, OLD, NEW)


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("statements", "0009_statement_published_on"),
    ]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
