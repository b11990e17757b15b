"""What readers are told about the editors' work on a statement.

    note = correction_of(statement)   # -> Correction | None
    note.on, note.what                # date(2026, 12, 2), ["speaker", "date"]

Only what changed and when: never who, never an admin link.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils import timezone

from .models import Statement

# The editable fields, as a reader names what was corrected (several fields, one name).
CORRECTED_AS = {
    "actor": "speaker",
    "speaker_mention": "speaker",
    "said_on": "date",
    "said_on_precision": "date",
    "said_on_evidence": "date",
    "kind": "kind of statement",
    "via": "channel",
    "events": "events",
}


@dataclass(frozen=True)
class Correction:
    on: dt.date | None
    what: list[str]


def corrected(statement: Statement) -> list[str]:
    """What the editors corrected, in readers' words, in a stable order (no query)."""
    names = [CORRECTED_AS[f] for f in statement.curated_fields or () if f in CORRECTED_AS]
    return list(dict.fromkeys(names))


def attributed_by_editors(statement: Statement) -> bool:
    return "actor" in (statement.curated_fields or ())


def correction_of(statement: Statement) -> Correction | None:
    """The editors' correction of `statement` and the day of their last change, or None."""
    what = corrected(statement)
    if not what:
        return None
    last = (
        statement.history.filter(history_user__isnull=False)
        .order_by("-history_date")
        .values_list("history_date", flat=True)
        .first()
    )
    return Correction(on=timezone.localdate(last) if last else None, what=what)
