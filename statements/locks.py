"""Keeping concurrent writers apart: PostgreSQL transaction-scoped advisory locks.

Two `ingest` runs (or feed workers) may write the same article or load the gazetteer at the
same moment. Each such write holds a named lock for its transaction, so the second writer waits
for the first to commit and then sees its rows ("unchanged", "already loaded") instead of
failing on a unique constraint. SQLite serialises writers by itself: there the lock is a no-op.
"""

from __future__ import annotations

from django.db import DEFAULT_DB_ALIAS, OperationalError, connections

# SQLSTATEs after which a transaction may simply be run again.
RETRYABLE = frozenset({"40P01", "40001"})  # deadlock detected, serialization failure


def hold(*names: str, using: str = DEFAULT_DB_ALIAS) -> None:
    """Inside a transaction: wait until no other transaction holds any of `names`, then hold
    them until this one ends. Taken in sorted order, so two holders never deadlock."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        # One round trip; output expressions are evaluated after the ORDER BY (PostgreSQL 9.6+).
        cursor.execute(
            "SELECT pg_advisory_xact_lock(hashtextextended(name, 0)) "
            "FROM unnest(%s::text[]) WITH ORDINALITY AS held(name, n) ORDER BY n",
            [sorted(set(names))],
        )


def is_retryable(exc: BaseException) -> bool:
    """A deadlock or serialization failure: running the transaction again may succeed."""
    if not isinstance(exc, OperationalError):
        return False
    return getattr(exc.__cause__, "sqlstate", None) in RETRYABLE
