"""Settings of the database session a request runs in (PostgreSQL only)."""

from __future__ import annotations

from django.db import DEFAULT_DB_ALIAS, connections


def set_statement_timeout(milliseconds: int, *, using: str = DEFAULT_DB_ALIAS) -> None:
    """PostgreSQL: cut any statement of this connection that runs longer (0: no limit).

    Session-wide (a plain SET, not SET LOCAL: outside a transaction each query is its own), and
    set again at the start of every request, so a persistent connection always carries the
    value of the request it serves. A no-op on other databases."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config('statement_timeout', %s, false)", [str(milliseconds)])


QUERY_CANCELED = "57014"  # SQLSTATE of a statement cut by statement_timeout


def cut_by_timeout(error: Exception) -> bool:
    """Whether a database error is PostgreSQL cancelling a statement at its timeout."""
    return getattr(error.__cause__, "sqlstate", None) == QUERY_CANCELED
