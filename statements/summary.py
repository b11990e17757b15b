"""The statement counts summary: statements by day (and month) × speaker × kind × review status.

The chart and the facets count statements under the reader's filters. Aggregating the
statement table for that costs ~1 s at a million rows; the summary (`DailyCount`,
`MonthlyCount`, a few hundred thousand and ~170 thousand narrow rows) answers the same
question for every filter it can express: speaker, affiliation (through the speaker), kind,
review status, dates and year, collapsed or not. Other filters (search, event, outlet,
article) still count the statements themselves.

Kept exact on write, by key: every write to a statement names the (speaker, day) pairs it
touched (`touch`), old and new, and once the transaction commits those pairs are recounted
from the statement table (`refresh`), their months from the days. The writes are caught in one
place each: `StatementQuerySet.update/delete/bulk_create/bulk_update` (admin, review, grouping,
ingestion, curation), `post_save`/`post_delete` of a statement and `pre_delete` of an actor
(its statements become unattributed). Anything written behind the ORM's back (COPY, raw SQL)
calls `rebuild()` (`manage.py rebuild_summary`), as `generate_synthetic` does.

Pairs touched in a transaction are also recounted before this thread next reads the summary,
so a request (or a test) that writes and then reads sees its own writes.
"""

from __future__ import annotations

import calendar
import datetime as dt
import threading
from collections import defaultdict
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import connections, transaction
from django.db.models import Count, F, Q, Sum
from django.db.models.functions import ExtractYear, TruncMonth, TruncWeek, TruncYear

from .models import Actor, DailyCount, MonthlyCount, ReviewStatus, Statement, YearlyCount

Pair = tuple[int | None, dt.date | None]  # (actor_id, said_on)

LOCK_ID = 0x5741524C  # "WARL": one summary writer at a time (PostgreSQL advisory lock)
BATCH = 300  # (speaker, day) conditions per recount query
KEY_FIELDS = frozenset({"actor", "actor_id", "said_on"})
COUNTED_FIELDS = KEY_FIELDS | {"kind", "review_status", "is_lead"}

_pending = threading.local()


# --------------------------------------------------------------------------- on write


def _queue(using: str) -> set[Pair]:
    queues = _pending.__dict__.setdefault("queues", {})
    return queues.setdefault(using, set())


def touch(pairs: Iterable[Pair], *, using: str = "default") -> None:
    """Recount `pairs` once the current transaction commits (at once outside one), or at the
    end of a `deferred()` block."""
    pairs = set(pairs)
    _queue(using).update(pairs)
    # Registered on every touch: pairs left queued by a rolled-back transaction must not
    # keep a later one's identical pairs from being recounted (the first flush does it all).
    if pairs and not getattr(_pending, "deferred", 0):
        transaction.on_commit(lambda: flush(using=using), using=using)


@contextmanager
def deferred(*, using: str = "default"):
    """Recount once, at the end of the block, what its transactions touched: for a batch
    (an ingest run commits once per article, and each recount costs ~30 ms at 1M). Readers
    see the old counts until the block ends; a crash inside it leaves them stale until
    `rebuild()`."""
    _pending.deferred = getattr(_pending, "deferred", 0) + 1
    try:
        yield
    finally:
        _pending.deferred -= 1
        if not _pending.deferred and not connections[using].in_atomic_block:
            flush(using=using)


def flush(*, using: str = "default") -> None:
    """Recount the pairs this thread has touched and not recounted yet."""
    queue = _queue(using)
    if queue:
        pairs = set(queue)
        queue.clear()
        refresh(pairs, using=using)


def keys_of(queryset) -> set[Pair]:
    """The (speaker, day) pairs of the statements in `queryset`."""
    return set(queryset.order_by().values_list("actor_id", "said_on").distinct())


def keys_of_ids(ids: list[int], *, using: str = "default") -> set[Pair]:
    keys: set[Pair] = set()
    for start in range(0, len(ids), 10_000):
        chunk = ids[start : start + 10_000]
        keys |= keys_of(Statement.objects.using(using).filter(pk__in=chunk))
    return keys


def _conditions(pairs: set[Pair], field: str) -> Iterable[Q]:
    """OR-ed conditions selecting `pairs` on (actor_id, `field`), a few hundred at a time."""
    days_of: dict[int | None, set] = defaultdict(set)
    for actor, day in pairs:
        days_of[actor].add(day)
    parts: list[Q] = []
    for actor, days in days_of.items():
        dated = sorted(d for d in days if d is not None)
        for start in range(0, len(dated), BATCH):
            parts.append(Q(actor_id=actor, **{f"{field}__in": dated[start : start + BATCH]}))
        if None in days:
            parts.append(Q(actor_id=actor, **{f"{field}__isnull": True}))
    for start in range(0, len(parts), BATCH):
        condition = Q()
        for part in parts[start : start + BATCH]:
            condition |= part
        yield condition


def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _year_end(day: dt.date) -> dt.date:
    return day.replace(month=12, day=31)


def _within(periods: set[Pair], field: str, period_end) -> Iterable[Q]:
    """OR-ed conditions selecting the finer rows (`field`) inside each (speaker, period)."""
    parts = []
    for actor, start in periods:
        if start is None:
            parts.append(Q(actor_id=actor, **{f"{field}__isnull": True}))
        else:
            parts.append(Q(actor_id=actor, **{f"{field}__range": (start, period_end(start))}))
    for first in range(0, len(parts), BATCH):
        condition = Q()
        for part in parts[first : first + BATCH]:
            condition |= part
        yield condition


def _daily_rows(queryset):
    return (
        queryset.order_by()
        .values("said_on", "actor_id", "kind", "review_status")
        # COUNT(*), not of the id: the covering index holds every column this reads.
        .annotate(statements=Count("*"), leads=Count("is_lead", filter=Q(is_lead=True)))
    )


def _rolled_up(queryset, field: str, trunc):
    """Finer summary rows summed into coarser periods (days into months, months into years)."""
    return (
        queryset.order_by()
        .annotate(period=trunc(field))
        .values("period", "actor_id", "kind", "review_status")
        .annotate(n=Sum("statements"), ln=Sum("leads"))
    )


def _insert(model, columns: str, queryset, using: str) -> None:
    """INSERT INTO model (columns) SELECT … : the aggregate never leaves the database."""
    sql, params = queryset.query.sql_with_params()
    table = connections[using].ops.quote_name(model._meta.db_table)
    with connections[using].cursor() as cursor:
        cursor.execute(f"INSERT INTO {table} ({columns}) {sql}", params)


DAILY_COLUMNS = "day, actor_id, kind, review_status, statements, leads"
MONTHLY_COLUMNS = "month, actor_id, kind, review_status, statements, leads"
YEARLY_COLUMNS = "year, actor_id, kind, review_status, statements, leads"


def _lock(using: str) -> None:
    connection = connections[using]
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [LOCK_ID])


def refresh(pairs: Iterable[Pair], *, using: str = "default") -> None:
    """Recount the (speaker, day) pairs, and their months, from the statement table."""
    pairs = set(pairs)
    if not pairs:
        return
    with transaction.atomic(using=using):
        # Serialised, so two recounts of one pair cannot both insert it; each recount runs
        # after the lock, so it sees every write committed before it.
        _lock(using)
        for condition in _conditions(pairs, "day"):
            DailyCount.objects.using(using).filter(condition).delete()
        dated = {pair for pair in pairs if pair[1] is not None}
        for condition in _conditions(dated, "said_on"):
            statements = Statement.objects.using(using).filter(condition)
            _insert(DailyCount, DAILY_COLUMNS, _daily_rows(statements), using)
        # A speaker's undated statements are one large key (20k for the busiest at 1M): each
        # its own query, an index-only scan of `statement_summary_idx`, not a heap read in an OR.
        for actor, _ in pairs - dated:
            statements = Statement.objects.using(using).filter(actor_id=actor, said_on=None)
            _insert(DailyCount, DAILY_COLUMNS, _daily_rows(statements), using)
        months = {(actor, day.replace(day=1) if day else None) for actor, day in pairs}
        for condition in _conditions(months, "month"):
            MonthlyCount.objects.using(using).filter(condition).delete()
        for condition in _within(months, "day", _month_end):
            days = DailyCount.objects.using(using).filter(condition)
            _insert(MonthlyCount, MONTHLY_COLUMNS, _rolled_up(days, "day", TruncMonth), using)
        years = {(actor, day.replace(month=1, day=1) if day else None) for actor, day in pairs}
        for condition in _conditions(years, "year"):
            YearlyCount.objects.using(using).filter(condition).delete()
        for condition in _within(years, "month", _year_end):
            months_ = MonthlyCount.objects.using(using).filter(condition)
            _insert(YearlyCount, YEARLY_COLUMNS, _rolled_up(months_, "month", TruncYear), using)


def rebuild(*, using: str = "default") -> int:
    """Recount everything (after a bulk load behind the ORM's back). Returns the daily rows."""
    with transaction.atomic(using=using):
        _lock(using)
        _queue(using).clear()
        for model in (YearlyCount, MonthlyCount, DailyCount):
            model.objects.using(using).all().delete()
        statements = Statement.objects.using(using)
        _insert(DailyCount, DAILY_COLUMNS, _daily_rows(statements), using)
        days = DailyCount.objects.using(using)
        _insert(MonthlyCount, MONTHLY_COLUMNS, _rolled_up(days, "day", TruncMonth), using)
        months = MonthlyCount.objects.using(using)
        _insert(YearlyCount, YEARLY_COLUMNS, _rolled_up(months, "month", TruncYear), using)
        rows = DailyCount.objects.using(using).count()
    connection = connections[using]
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            for model in (DailyCount, MonthlyCount, YearlyCount):
                cursor.execute(f"ANALYZE {model._meta.db_table}")
    return rows


# --------------------------------------------------------------------- signal receivers


def remember_key(instance: Statement) -> None:
    instance._summary_key = (instance.__dict__.get("actor_id"), instance.__dict__.get("said_on"))


def statement_pre_save(sender, instance, raw=False, using=None, **kwargs):
    if instance.pk is not None and not hasattr(instance, "_summary_key") and not raw:
        old = (
            Statement.objects.using(using)
            .filter(pk=instance.pk)
            .values_list("actor_id", "said_on")
            .first()
        )
        instance._summary_old = old


def statement_saved(sender, instance, using=None, **kwargs):
    old = getattr(instance, "_summary_key", None) or getattr(instance, "_summary_old", None)
    new = (instance.actor_id, instance.said_on)
    touch({new, old} if old else {new}, using=using)
    remember_key(instance)


def statement_deleted(sender, instance, using=None, **kwargs):
    touch({(instance.actor_id, instance.said_on)}, using=using)


def actor_pre_delete(sender, instance, using=None, **kwargs):
    """The actor's statements become unattributed (SET_NULL, an UPDATE no hook sees)."""
    days = (
        Statement.objects.using(using)
        .filter(actor_id=instance.pk)
        .order_by()
        .values_list("said_on", flat=True)
        .distinct()
    )
    touch({pair for day in days for pair in ((instance.pk, day), (None, day))}, using=using)


def connect_signals() -> None:
    from django.db.models.signals import post_delete, post_save, pre_delete, pre_save

    pre_save.connect(statement_pre_save, sender=Statement, dispatch_uid="summary_pre_save")
    post_save.connect(statement_saved, sender=Statement, dispatch_uid="summary_saved")
    post_delete.connect(statement_deleted, sender=Statement, dispatch_uid="summary_deleted")
    pre_delete.connect(actor_pre_delete, sender=Actor, dispatch_uid="summary_actor_deleted")


# --------------------------------------------------------------------------- on read

SUMMARY_FILTERS = frozenset(
    {"actor", "affiliation", "kind", "status", "date_from", "date_to", "year", "sort"}
)


@dataclass(frozen=True)
class CountFilter:
    """The part of a filter the summary can answer (see `count_filter`)."""

    actor_ids: tuple[int, ...] = ()
    actor_slugs: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()
    kind: str = ""
    status: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    leads: bool = False  # count only the collapsed timeline's cards

    @property
    def level(self) -> str:
        """The coarsest table whose periods the dates cover whole: year, month or day."""
        start = self.start
        after = self.end + dt.timedelta(days=1) if self.end and self.end < dt.date.max else None
        if (start is None or (start.month, start.day) == (1, 1)) and (
            after is None or (after.month, after.day) == (1, 1)
        ):
            return "year"
        if (start is None or start.day == 1) and (after is None or after.day == 1):
            return "month"
        return "day"


def count_filter(
    filterset, *, fixed: dict | None = None, leads: bool = False, omit: str = ""
) -> CountFilter | None:
    """`filterset`'s valid filters (but `omit`) as a `CountFilter`, or None when one of them
    (search, event, outlet, article) is not in the summary."""
    fixed = fixed or {}
    if set(fixed) - {"actor"}:
        return None
    data = {
        name: value
        for name, value in filterset.form.cleaned_data.items()
        if name != omit and value not in (None, "", [], ())
    }
    if set(data) - SUMMARY_FILTERS:
        return None
    start, end = data.get("date_from"), data.get("date_to")
    if data.get("year"):
        first, last = dt.date(data["year"], 1, 1), dt.date(data["year"], 12, 31)
        start = max(start, first) if start else first
        end = min(end, last) if end else last
    return CountFilter(
        actor_ids=tuple(actor.pk for actor in data.get("actor", [])),
        actor_slugs=(fixed["actor"],) if "actor" in fixed else (),
        affiliations=tuple(data.get("affiliation", [])),
        kind=data.get("kind", ""),
        status=data.get("status", ""),
        start=start,
        end=end,
        leads=leads,
    )


LEVELS = {"day": (DailyCount, 0), "month": (MonthlyCount, 1), "year": (YearlyCount, 2)}


def level_for(cf: CountFilter, coarsest: str) -> str:
    """`coarsest`, or a finer level if the dates need it."""
    return min(coarsest, cf.level, key=lambda level: LEVELS[level][1])


def counts(cf: CountFilter, *, level: str = "year", using: str = "default"):
    """The summary rows `cf` selects, from the coarsest table its dates allow (at most
    `level`), visible ones only: callers group them and `Sum(count_column(cf))`."""
    flush(using=using)
    field = level_for(cf, level)
    rows = LEVELS[field][0].objects.using(using).all()
    if cf.status:
        rows = rows.filter(review_status=cf.status)
    else:
        rows = rows.exclude(review_status=ReviewStatus.REJECTED)
    if cf.actor_ids:
        rows = rows.filter(actor_id__in=cf.actor_ids)
    if cf.actor_slugs:
        rows = rows.filter(actor__slug__in=cf.actor_slugs)
    if cf.affiliations:
        rows = rows.filter(actor__affiliation__in=cf.affiliations)
    if cf.kind:
        rows = rows.filter(kind=cf.kind)
    if cf.start:  # at a month or year level, the start is the first day of one
        rows = rows.filter(**{f"{field}__gte": cf.start})
    if cf.end:
        rows = rows.filter(**{f"{field}__lte": cf.end})
    return rows.order_by()


def count_column(cf: CountFilter) -> str:
    return "leads" if cf.leads else "statements"


def chart_rows(cf: CountFilter, granularity: str, stack: str, *, using: str = "default"):
    """Rows as `charts._counts` gives them: bucket, actor_id, the stack's key, n."""
    from .charts import grouped_counts

    if granularity == "week":
        rows, bucket = counts(cf, level="day", using=using), TruncWeek("day")
    elif level_for(cf, "month") == "month":
        rows, bucket = counts(cf, level="month", using=using), F("month")
    else:
        rows, bucket = counts(cf, level="day", using=using), TruncMonth("day")
    return grouped_counts(rows, bucket, stack, Sum(count_column(cf)))


def facet_rows(name: str, cf: CountFilter, *, using: str = "default") -> list[tuple]:
    """(value, label, n) for the speaker, affiliation, kind or year facet."""
    rows = counts(cf, using=using)
    if name == "actor":
        rows = rows.values_list("actor__slug", "actor__name")
    elif name == "affiliation":
        rows = rows.values_list("actor__affiliation", "actor__affiliation")
    elif name == "kind":
        rows = rows.values_list("kind", "kind")
    else:
        rows = rows.annotate(y=ExtractYear(level_for(cf, "year"))).values_list("y", "y")
    return [row for row in rows.annotate(n=Sum(count_column(cf))) if row[2]]


SUMMARY_FACETS = frozenset({"actor", "affiliation", "kind", "year"})


def visible_total(*, using: str = "default") -> int:
    """How many statements readers can see (a sum over the monthly rows)."""
    rows = counts(CountFilter(), using=using)
    return rows.aggregate(n=Sum("statements"))["n"] or 0


def years(*, using: str = "default") -> list[int]:
    """Every year some statement was said in, newest first (two index lookups)."""
    dated = YearlyCount.objects.using(using).filter(year__isnull=False)
    first = dated.order_by("year").values_list("year", flat=True).first()
    last = dated.order_by("-year").values_list("year", flat=True).first()
    return list(range(last.year, first.year - 1, -1)) if first and last else []
