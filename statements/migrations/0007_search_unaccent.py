"""PostgreSQL search that finds (statements/search.py): `unaccent`, a `warlog` text search
configuration (English stems after unaccent), and GIN indexes on the documents search.py builds.

The documents are `to_tsvector('warlog', D) || to_tsvector('warlog', translate(D, '-‐‑', ''))`
(hyphenated words also joined, so `cease-fire` = `ceasefire`), for D = the statement's text and
speaker mention, and the article's title. The speaker's names are no longer a vector per row:
search reads the Actor/ActorAlias tables first, so the English-config indexes of 0003 that
served the old search are dropped. SQLite has none of this and skips every operation (its
fallback is a Python function registered on each connection).
"""

from django.contrib.postgres.operations import UnaccentExtension
from django.db import migrations

HYPHENS = "-\u2010\u2011"


def _document(*columns: str) -> str:
    joined = " || ' ' || ".join(f"COALESCE(\"{c}\", '')" for c in columns)
    return (
        f"(to_tsvector('warlog'::regconfig, {joined}) || "
        f"to_tsvector('warlog'::regconfig, translate({joined}, '{HYPHENS}', '')))"
    )


INDEXES = {
    "statement_fulltext_idx": ("statements_statement", _document("text", "speaker_mention")),
    "source_title_fulltext_idx": ("statements_source", _document("title")),
}
OLD_INDEXES = {
    "statement_search_gin_idx": (
        "statements_statement",
        "USING gin (to_tsvector('english'::regconfig, "
        "COALESCE(\"text\", '') || ' ' || COALESCE(\"speaker_mention\", '')))",
    ),
    "actor_name_search_gin_idx": (
        "statements_actor",
        "USING gin (to_tsvector('english'::regconfig, COALESCE(\"name\", '')))",
    ),
}


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    execute = schema_editor.execute
    execute(
        "DO $$ BEGIN "
        "IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'warlog') THEN "
        "CREATE TEXT SEARCH CONFIGURATION warlog (COPY = english); "
        "ALTER TEXT SEARCH CONFIGURATION warlog ALTER MAPPING FOR hword, hword_part, word "
        "WITH unaccent, english_stem; "
        "END IF; END $$"
    )
    for name, (table, document) in INDEXES.items():
        execute(f'CREATE INDEX CONCURRENTLY IF NOT EXISTS "{name}" ON "{table}" USING gin ({document})')
    for name in OLD_INDEXES:
        execute(f'DROP INDEX CONCURRENTLY IF EXISTS "{name}"')
    for table in sorted({table for table, _ in INDEXES.values()}):
        execute(f'ANALYZE "{table}"')


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, (table, definition) in OLD_INDEXES.items():
        schema_editor.execute(
            f'CREATE INDEX CONCURRENTLY IF NOT EXISTS "{name}" ON "{table}" {definition}'
        )
    for name in INDEXES:
        schema_editor.execute(f'DROP INDEX CONCURRENTLY IF EXISTS "{name}"')
    schema_editor.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS warlog")


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("statements", "0006_editors_review_sources"),
    ]

    operations = [
        UnaccentExtension(),
        migrations.RunPython(forwards, backwards, elidable=False),
    ]
