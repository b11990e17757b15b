"""History an editor can read: who changed what, in words.

    entry = describe(record)   # a simple-history record -> HistoryEntry
    entry.sentence             # "ed changed the speaker and the review status."
    entry.changes              # [Change("speaker", "Vladimir Putin", "Dmitry Peskov"), ...]

Field labels, not column names; lists as lists; choices by their labels; nothing said about a
change reason there is none of. `ReadableHistoryAdmin` puts it on the admin's history page.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.exceptions import FieldDoesNotExist

# What a reader calls a field, where its verbose name says it less well.
LABELS = {
    "actor": "speaker",
    "speaker_mention": "speaker as named in the article",
    "kind": "kind of statement",
    "said_on": "date said",
    "said_on_precision": "precision of the date said",
    "said_on_evidence": "evidence for the date said",
    "via": "channel",
    "review_status": "review status",
    "review_reason": "reason to review again",
    "curated_fields": "fields kept as the editors set them",
    "event_evidence": "why events are linked",
    "published_on": "publication date",
    "published_precision": "precision of the publication date",
    "published_evidence": "evidence for the publication date",
    "url": "URL",
    "date_warning": "date warning",
}
# Book-keeping a reader need not follow.
HIDDEN = {"version", "content_hash", "extractor_version", "file_name", "curated_fields"}
NO_VALUE = "(none)"


@dataclass(frozen=True)
class Change:
    label: str
    old: str | list[str]
    new: str | list[str]

    @property
    def is_list(self) -> bool:
        return isinstance(self.old, list) or isinstance(self.new, list)


@dataclass(frozen=True)
class HistoryEntry:
    who: str
    action: str  # "created", "changed", "deleted"
    reason: str
    changes: list[Change] = field(default_factory=list)

    @property
    def sentence(self) -> str:
        if self.action != "changed":
            return f"{self.who} {self.action} it."
        if not self.changes:
            return f"{self.who} saved it without changing anything shown here."
        labels = [f"the {c.label}" for c in self.changes]
        listed = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]
        return f"{self.who} changed {listed}."


def describe(record) -> HistoryEntry:
    """One history record of a statement, source or actor, in words."""
    user = record.history_user
    who = user.get_username() if user is not None else "Ingestion"
    if user is None and not (record.history_change_reason or "").startswith("ingestion"):
        who = "The system"
    reason = record.history_change_reason or ""
    if reason == "ingestion":
        reason = ""  # said by `who` already
    action = {"+": "created", "-": "deleted"}.get(record.history_type, "changed")
    if action != "changed":
        return HistoryEntry(who=who, action=action, reason=reason)
    previous = record.prev_record
    if previous is None:
        return HistoryEntry(who=who, action="changed", reason=reason)
    delta = record.diff_against(previous, foreign_keys_are_objs=True)
    model = record.instance_type
    order = {f.name: i for i, f in enumerate(model._meta.get_fields())}
    changes = [
        Change(label_of(model, c.field), shown(model, c.field, c.old), shown(model, c.field, c.new))
        for c in sorted(delta.changes, key=lambda c: order.get(c.field, len(order)))
        if c.field not in HIDDEN
    ]
    return HistoryEntry(who=who, action=action, reason=reason, changes=changes)


def label_of(model, name: str) -> str:
    if name in LABELS:
        return LABELS[name]
    try:
        return str(model._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:
        return name.replace("_", " ")


def shown(model, name: str, value) -> str | list[str]:
    """A field's value as a reader reads it."""
    if value is None or value == "":
        return NO_VALUE
    if isinstance(value, dict):
        return [f"{k}: {v}" for k, v in value.items()] or [NO_VALUE]
    if isinstance(value, list | tuple):
        return [label_of(model, str(v)) if name == "curated_fields" else str(v) for v in value]
    try:
        model_field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return str(value)
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    return str(value)


class ReadableHistoryAdmin:
    """Mixin for a `SimpleHistoryAdmin`: its history page lists entries in words (one column,
    fits a phone) instead of a wide table of column names."""

    object_history_template = "admin/statements/object_history.html"
    object_history_list_template = "admin/statements/history_list.html"
    history_list_display = ("described",)

    def described(self, record) -> HistoryEntry:
        return describe(record)
