"""Editors' corrections of a source (title, outlet, URL, publication date), and what follows
from them.

    result = save_source_edit(source=edited, changed_fields=form.changed_data, user=editor)

The fields an editor changed are added to `Source.curated_fields`: ingestion and re-extraction
never overwrite them. A corrected publication date re-dates the statements whose date was read
from it ("the article's date", "on Friday", "last week"): the article is read again with the
corrected date, and every statement whose date then comes out differently takes the new one,
unless an editor set that statement's date.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from .extraction import extract
from .gazetteer import gazetteer_from_db
from .models import Precision, Source, Statement

REDATE_REASON = "Re-dated from the corrected publication date"
EDITOR_EVIDENCE = "corrected by an editor"

# Correcting the date also settles its precision: the editor saw both.
TOUCHES_ALSO = {"published_on": ("published_precision",)}


@dataclass(frozen=True)
class SourceEdit:
    source: Source
    redated: int  # statements re-dated from the corrected publication date


def with_curated(existing: Iterable[str], touched: Iterable[str]) -> list[str]:
    """`existing` plus the editable fields in `touched`, in the model's field order."""
    marked = set(existing) | (set(touched) & set(Source.EDITABLE_FIELDS))
    for name in list(marked):
        marked.update(TOUCHES_ALSO.get(name, ()))
    return [f for f in Source.EDITABLE_FIELDS if f in marked]


@transaction.atomic
def save_source_edit(*, source: Source, changed_fields: Iterable[str], user=None) -> SourceEdit:
    """Save an editor's correction of `source` (carrying the edited values, unsaved)."""
    current = Source.objects.select_for_update().get(pk=source.pk)
    differing = {
        name for name in Source.EDITABLE_FIELDS if getattr(current, name) != getattr(source, name)
    }
    touched = differing | (set(changed_fields) & set(Source.EDITABLE_FIELDS))
    source.curated_fields = with_curated(current.curated_fields, touched)
    redate = current.published_on != source.published_on
    if redate:
        source.published_evidence = EDITOR_EVIDENCE
    if user is not None:
        source._history_user = user
    source.save()
    redated = redate_statements(source=source, user=user) if redate else 0
    return SourceEdit(source=source, redated=redated)


def curated_values(source: Source) -> dict:
    """The values of `source` an editor set, which ingestion must leave as they are."""
    values = {name: getattr(source, name) for name in source.curated_fields or ()}
    if "published_on" in values:
        values["published_evidence"] = source.published_evidence
    return values


@transaction.atomic
def redate_statements(*, source: Source, user=None, gazetteer=None) -> int:
    """Re-date `source`'s statements from its (corrected) publication date.

    The article is read again with that date; a statement found at the same span whose date now
    reads differently takes the new date, its precision and evidence. Statements whose date an
    editor set are left alone. Returns how many statements changed.
    """
    extraction = extract(
        source.text,
        gazetteer=gazetteer if gazetteer is not None else gazetteer_from_db(),
        published=source.published_on,
        published_precision=(source.published_precision if source.published_on else Precision.DAY),
    )
    found = {(s.start, s.end): s for s in extraction.statements}
    changed = []
    now = timezone.now()
    for statement in source.statements.select_for_update().order_by("pk"):
        if "said_on" in (statement.curated_fields or ()):
            continue
        item = found.get((statement.start, statement.end))
        if item is None:
            continue
        precision = (
            item.said_on_precision
            if item.said_on_precision in Precision.values
            else Precision.UNKNOWN
        )
        new = (item.said_on, precision, (item.said_on_evidence or "")[:300])
        if new == (statement.said_on, statement.said_on_precision, statement.said_on_evidence):
            continue
        statement.said_on, statement.said_on_precision, statement.said_on_evidence = new
        statement.version += 1
        statement.updated_at = now
        changed.append(statement)
    if changed:
        bulk_update_with_history(
            changed,
            Statement,
            ["said_on", "said_on_precision", "said_on_evidence", "version", "updated_at"],
            default_user=user,
            default_change_reason=REDATE_REASON,
        )
    return len(changed)
