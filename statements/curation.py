"""Editorial curation: the services behind the admin's saves and bulk actions.

Every change an editor makes goes through here, so three rules hold everywhere:

- the fields the editor touched are added to `Statement.curated_fields` (ingestion never
  overwrites them);
- `Statement.version` goes up by one, so a form opened before the change is refused as stale;
- a history record names the editor (django-simple-history).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import F, QuerySet
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from . import grouping
from .models import Actor, ActorAlias, Event, Statement, normalize_alias

EDITORS_GROUP = "Editors"

# Editable fields stored on the statement row itself (`events` is many-to-many).
SCALAR_EDITABLE_FIELDS = tuple(f for f in Statement.EDITABLE_FIELDS if f != "events")


class StaleEdit(Exception):
    """A save based on an outdated version of a statement; the newer edit stays."""

    def __init__(self, statement: Statement):
        self.statement = statement
        super().__init__(stale_edit_message(statement))


def stale_edit_message(statement: Statement) -> str:
    """Who last changed `statement` and when, phrased for an editor whose form is stale."""
    last = statement.history.select_related("history_user").first()
    who = "an unknown user"
    when = "an unknown time"
    if last is not None:
        if last.history_user is not None:
            who = last.history_user.get_username()
        when = timezone.localtime(last.history_date).strftime("%Y-%m-%d %H:%M:%S %Z")
    return (
        f"This statement was changed by {who} at {when} since you opened it; "
        "reload to see their edit."
    )


def with_curated(existing: Iterable[str], touched: Iterable[str]) -> list[str]:
    """`existing` plus the editable fields in `touched`, in the model's field order."""
    marked = set(existing) | (set(touched) & set(Statement.EDITABLE_FIELDS))
    known = [f for f in Statement.EDITABLE_FIELDS if f in marked]
    return known + sorted(marked - set(Statement.EDITABLE_FIELDS))


# --------------------------------------------------------------------------- one statement


@transaction.atomic
def save_statement_edit(
    *, statement: Statement, submitted_version: int, changed_fields: Iterable[str] = (), user=None
) -> Statement:
    """Save an editor's edit of `statement` unless someone saved it since the editor opened it.

    `statement` carries the edited values (unsaved); `submitted_version` is the version the
    editor's form was built from. Raises `StaleEdit` (and changes nothing) when the row has moved
    on. The version check and the increment are one conditional UPDATE, so of two concurrent saves
    of the same version exactly one wins.
    """
    current = Statement.objects.select_for_update().get(pk=statement.pk)
    claimed = Statement.objects.filter(pk=statement.pk, version=submitted_version).update(
        version=F("version") + 1
    )
    if not claimed:
        raise StaleEdit(current)

    differing = {
        name
        for name in SCALAR_EDITABLE_FIELDS
        if getattr(current, Statement._meta.get_field(name).attname)
        != getattr(statement, Statement._meta.get_field(name).attname)
    }
    statement.curated_fields = with_curated(current.curated_fields, differing | set(changed_fields))
    statement.version = submitted_version + 1
    if user is not None:
        statement._history_user = user
    statement.save()
    grouping.refresh([statement.cluster_id])  # a verified or rejected report may lead anew
    return statement


# --------------------------------------------------------------------------- bulk actions


def _locked_rows(statements) -> list[Statement]:
    """The statements, freshly read and locked for update (a queryset or an iterable)."""
    if isinstance(statements, QuerySet):
        pks = statements.order_by().values("pk")
    else:
        pks = [s.pk for s in statements]
    return list(Statement.objects.select_for_update().filter(pk__in=pks).order_by("pk"))


def _save_curated(rows: list[Statement], *, fields: list[str], touched: str, user, reason: str):
    """Write `fields` of `rows`, mark `touched` curated, bump versions, one history row each."""
    now = timezone.now()
    for row in rows:
        row.curated_fields = with_curated(row.curated_fields, [touched])
        row.version += 1
        row.updated_at = now
    bulk_update_with_history(
        rows,
        Statement,
        fields=[*fields, "curated_fields", "version", "updated_at"],
        batch_size=500,
        default_user=user,
        default_change_reason=reason,
    )


@transaction.atomic
def mark_reviewed(*, statements, status: str, user=None) -> int:
    """Set the review status of `statements` (verified / rejected / unreviewed)."""
    if status not in Statement.ReviewStatus.values:
        raise ValueError(f"Unknown review status {status!r}")
    rows = [
        s
        for s in _locked_rows(statements)
        if s.review_status != status or "review_status" not in s.curated_fields
    ]
    for row in rows:
        row.review_status = status
    _save_curated(
        rows,
        fields=["review_status"],
        touched="review_status",
        user=user,
        reason=f"Marked {status}",
    )
    grouping.refresh({row.cluster_id for row in rows})  # the lead is never a rejected report
    return len(rows)


@transaction.atomic
def reassign_speaker(*, statements, actor: Actor | None, user=None) -> int:
    """Attribute `statements` to `actor` (None: unattributed); the speaker becomes curated."""
    actor_id = actor.pk if actor is not None else None
    rows = [
        s
        for s in _locked_rows(statements)
        if s.actor_id != actor_id or "actor" not in s.curated_fields
    ]
    for row in rows:
        row.actor_id = actor_id
    _save_curated(
        rows,
        fields=["actor"],
        touched="actor",
        user=user,
        reason=f"Speaker set to {actor}" if actor else "Speaker cleared",
    )
    return len(rows)


@transaction.atomic
def link_event(*, statements, event: Event, user=None) -> int:
    """Link `statements` to `event`; their events become curated. Returns how many were linked."""
    rows = _locked_rows(statements)
    Through = Statement.events.through
    already = set(
        Through.objects.filter(event=event, statement__in=[r.pk for r in rows]).values_list(
            "statement_id", flat=True
        )
    )
    fresh = [r for r in rows if r.pk not in already]
    Through.objects.bulk_create(
        [Through(statement_id=r.pk, event_id=event.pk) for r in fresh], ignore_conflicts=True
    )
    touched = [r for r in rows if r.pk not in already or "events" not in r.curated_fields]
    _save_curated(touched, fields=[], touched="events", user=user, reason=f"Linked to {event}")
    return len(fresh)


# --------------------------------------------------------------------------- actors


@dataclass(frozen=True)
class MergeResult:
    kept: Actor
    merged_name: str
    statements_moved: int
    aliases_moved: int
    aliases_added: int


@transaction.atomic
def merge_actors(*, keep: Actor, merge: Actor, user=None) -> MergeResult:
    """Fold the duplicate `merge` into `keep`, then delete it.

    Its statements move to `keep` (their speaker marked curated, so re-ingestion keeps them
    there); its aliases move too, and its name becomes one more alias of `keep`.
    """
    if keep.pk == merge.pk:
        raise ValueError("An actor cannot be merged into itself.")
    locked = {a.pk: a for a in Actor.objects.select_for_update().filter(pk__in=[keep.pk, merge.pk])}
    if len(locked) != 2:
        raise Actor.DoesNotExist("One of the actors to merge no longer exists.")
    keep, merge = locked[keep.pk], locked[merge.pk]
    merged_name = merge.name

    moved = reassign_speaker(
        statements=Statement.objects.filter(actor=merge), actor=keep, user=user
    )
    aliases_moved = ActorAlias.objects.filter(actor=merge).update(actor=keep)

    added = 0
    existing = set(ActorAlias.objects.values_list("normalized", flat=True).filter(actor=keep))
    if normalize_alias(merged_name) not in existing:
        clash = ActorAlias.objects.filter(normalized=normalize_alias(merged_name))
        if not clash.exists():
            ActorAlias.objects.create(actor=keep, alias=merged_name)
            added = 1

    if user is not None:
        merge._history_user = user
        keep._history_user = user
    merge._change_reason = f"Merged into {keep.name} (#{keep.pk})"
    merge.delete()
    keep._change_reason = f"Merged {merged_name} into this actor"
    keep.save()
    return MergeResult(
        kept=keep,
        merged_name=merged_name,
        statements_moved=moved,
        aliases_moved=aliases_moved,
        aliases_added=added,
    )


# --------------------------------------------------------------------------- editors


def create_editor(*, username: str, email: str = "", password: str | None = None):
    """A staff user in the Editors group. Returns (user, password); generates one if not given."""
    User = get_user_model()
    group = Group.objects.get(name=EDITORS_GROUP)
    password = password or secrets.token_urlsafe(18)
    with transaction.atomic():
        user = User.objects.create_user(
            username=username, email=email, password=password, is_staff=True
        )
        user.groups.add(group)
    return user, password
