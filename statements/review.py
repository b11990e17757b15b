"""The review queue: editors work through unreviewed statements one at a time.

    statement = claim_next(user=request.user, filters=ReviewFilters(source=3))
    decide(statement=edited, user=request.user, decision=VERIFY, version=form_version)

Two editors never get the same statement at once: taking one claims it for `CLAIM_FOR`
(`claimed_by`, `claimed_until`). The claim is a conditional UPDATE ("set the claim where it is free
or mine"), so of two editors racing for one row exactly one wins, on SQLite as on PostgreSQL;
PostgreSQL also skips rows another transaction has locked (`SKIP LOCKED`), so racing editors do
not queue behind each other. Saving goes through `curation.save_statement_edit`: a statement
changed since the editor opened it is refused (optimistic locking on `version`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import connections, transaction
from django.db.models import Count, Q
from django.utils import timezone

from . import curation
from .models import Source, Statement

CLAIM_FOR = dt.timedelta(minutes=5)
CANDIDATES = 20  # rows tried per attempt where rows cannot be locked (SQLite)

VERIFY, REJECT, SKIP = "verify", "reject", "skip"
DECISIONS = {
    VERIFY: Statement.ReviewStatus.VERIFIED,
    REJECT: Statement.ReviewStatus.REJECTED,
}


class ClaimLost(Exception):
    """The statement is claimed by another editor (this editor's claim ran out)."""


@dataclass(frozen=True)
class ReviewFilters:
    """What part of the queue an editor works on; all optional."""

    source: int | None = None
    actor: int | None = None
    outlet: str = ""

    def apply(self, qs):
        if self.source:
            qs = qs.filter(source_id=self.source)
        if self.actor:
            qs = qs.filter(actor_id=self.actor)
        if self.outlet:
            qs = qs.filter(source__outlet=self.outlet)
        return qs

    def as_query(self) -> dict[str, str]:
        query = {"source": self.source, "actor": self.actor, "outlet": self.outlet}
        return {k: str(v) for k, v in query.items() if v}


AWAITING = Q(review_status=Statement.ReviewStatus.UNREVIEWED) | (
    ~Q(review_reason="") & ~Q(review_status=Statement.ReviewStatus.REJECTED)
)


def awaiting_review():
    """Statements no editor has decided on yet, and those re-extraction flagged for another look,
    oldest first (ingestion order)."""
    return Statement.objects.filter(AWAITING).order_by("pk")


def free_for(user, *, now: dt.datetime):
    """Statements `user` may take: unclaimed, claimed by `user`, or with a lapsed claim."""
    return Q(claimed_until__isnull=True) | Q(claimed_until__lt=now) | Q(claimed_by=user)


def backlog_by_source() -> list[Source]:
    """Sources with statements awaiting review, most first, each with `awaiting` set."""
    counts = dict(
        Statement.objects.filter(AWAITING)
        .order_by()
        .values("source")
        .annotate(n=Count("pk"))
        .values_list("source", "n")
    )
    sources = list(Source.objects.filter(pk__in=list(counts)).defer("text", "published_evidence"))
    for source in sources:
        source.awaiting = counts[source.pk]
    return sorted(sources, key=lambda source: (-source.awaiting, source.pk))


def claim_next(
    *, user, filters: ReviewFilters = ReviewFilters(), skipped: Iterable[int] = ()
) -> Statement | None:
    """The next statement for `user`, claimed for `CLAIM_FOR`; None when the queue is empty.

    A statement `user` already holds comes first (a reload shows the same one). `skipped` are
    statements this editor passed over in this session.
    """
    now = timezone.now()
    queue = filters.apply(awaiting_review()).exclude(pk__in=list(skipped))
    held = queue.filter(claimed_by=user, claimed_until__gte=now).first()
    if held is not None:
        return _claim(held.pk, user=user, now=now) or None
    skip_locked = connections[queue.db].features.has_select_for_update_skip_locked
    for _attempt in range(3):
        with transaction.atomic():
            free = queue.filter(free_for(user, now=now))
            if skip_locked:
                # One row, locked until the claim commits: concurrent claims each lock a
                # different row and skip the others' instead of waiting for them.
                free = free.select_for_update(skip_locked=True, of=("self",))
                candidates = list(free.values_list("pk", flat=True)[:1])
            else:
                candidates = list(free.values_list("pk", flat=True)[:CANDIDATES])
            if not candidates:
                return None
            for pk in candidates:
                statement = _claim(pk, user=user, now=now)
                if statement is not None:
                    return statement
    return None


def _claim(pk: int, *, user, now: dt.datetime) -> Statement | None:
    """Claim statement `pk` for `user` unless another editor holds it: one conditional UPDATE."""
    taken = Statement.objects.filter(free_for(user, now=now), pk=pk).update(
        claimed_by=user, claimed_until=now + CLAIM_FOR
    )
    if not taken:
        return None
    return Statement.objects.select_related("actor", "source", "claimed_by").get(pk=pk)


def release(*, statement: Statement, user) -> None:
    """Give up `user`'s claim on `statement` (after a decision or a skip)."""
    Statement.objects.filter(pk=statement.pk, claimed_by=user).update(
        claimed_by=None, claimed_until=None
    )


@transaction.atomic
def decide(
    *,
    statement: Statement,
    user,
    decision: str,
    version: int,
    changed_fields: Iterable[str] = (),
) -> Statement:
    """Verify or reject `statement` (carrying the editor's edits, unsaved) and release it.

    Raises `ClaimLost` when another editor holds the statement now, `curation.StaleEdit` when it
    changed since `version`. The edits and the decision are one save, one history record.
    """
    now = timezone.now()
    holder = (
        Statement.objects.filter(pk=statement.pk).values_list("claimed_by", "claimed_until").first()
    )
    if holder and holder[0] not in (None, user.pk) and holder[1] and holder[1] >= now:
        raise ClaimLost(statement)
    statement.review_status = DECISIONS[decision]
    statement.review_reason = ""
    statement.claimed_by = None
    statement.claimed_until = None
    return curation.save_statement_edit(
        statement=statement,
        submitted_version=version,
        changed_fields=[*changed_fields, "review_status"],
        user=user,
    )
