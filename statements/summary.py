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
from django.db.models import Count, F, Q, Sum, Value
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


# ----------------------------------------------------------------- counted where written

Row = tuple[int | None, dt.date | None, str, str]  # (actor_id, said_on, kind, review_status)


class Tally:
    """Statements (and leads) to add to the counts, by row: [statements, leads] each."""

    def __init__(self) -> None:
        self.rows: dict[Row, list[int]] = defaultdict(lambda: [0, 0])

    def add(self, row: Row, *, statements: int = 0, leads: int = 0) -> None:
        counted = self.rows[row]
        counted[0] += statements
        counted[1] += leads


def _tallies(using: str) -> list[Tally]:
    stacks = _pending.__dict__.setdefault("tallies", {})
    return stacks.setdefault(using, [])


@contextmanager
def tallied(*, using: str = "default"):
    """Inside a transaction: count the statements inserted in the block, and the leads that
    change (`inserted`, `leads_changed`), by adding them to the summary's rows at the block's
    end, in the same transaction, instead of recounting their (speaker, day) pairs after the
    commit. For ingestion: a new article's counts commit with its statements, and adding
    costs the same whatever the table's size (a recount reads every statement of the pairs).
    An exception in the block adds nothing (its transaction is rolled back)."""
    tally = Tally()
    stack = _tallies(using)
    stack.append(tally)
    try:
        yield tally
    finally:
        stack.pop()
    add(tally, using=using)


def inserted(statements: Iterable[Statement], *, using: str = "default") -> None:
    """Statements just inserted: added to the counts in a `tallied` block, else recounted."""
    stack = _tallies(using)
    if not stack:
        touch({(s.actor_id, s.said_on) for s in statements}, using=using)
        return
    for s in statements:
        row = (s.actor_id, s.said_on, s.kind, s.review_status)
        stack[-1].add(row, statements=1, leads=int(bool(s.is_lead)))


def leads_changed(rows: Iterable[Row], change: int, *, using: str = "default") -> None:
    """Statements (`rows` as they were written) that became a lead (+1) or stopped being one
    (-1): added to the counts in a `tallied` block, else their pairs recounted."""
    stack = _tallies(using)
    if not stack:
        touch({(actor, day) for actor, day, _, _ in rows}, using=using)
        return
    for row in rows:
        stack[-1].add(row, leads=change)


def _first_of_month(day: dt.date | None) -> dt.date | None:
    return day.replace(day=1) if day else None


def _first_of_year(day: dt.date | None) -> dt.date | None:
    return day.replace(month=1, day=1) if day else None


PERIODS = (
    (DailyCount, "day", lambda day: day),
    (MonthlyCount, "month", _first_of_month),
    (YearlyCount, "year", _first_of_year),
)


@dataclass
class _Change:
    """What adding a tally does to one summary table: rows updated (id -> new counts), rows
    inserted (key -> counts) and rows deleted (ids)."""

    model: type
    field: str
    updated: dict[int, tuple[int, int]]
    inserted: dict[tuple, tuple[int, int]]
    deleted: list[int]


def add(tally: Tally, *, using: str = "default") -> None:
    """Add `tally` to the daily, monthly and yearly rows, in the caller's transaction and
    under the summary's lock (no recount runs in between): the lock, one read of the rows
    concerned in the three tables, and (PostgreSQL) one statement writing them all. Should a
    row not add up (a lead taken from a row that is not there), its pairs are recounted."""
    changes = {row: counted for row, counted in tally.rows.items() if any(counted)}
    if not changes:
        return
    with transaction.atomic(using=using, savepoint=False):
        _lock(using)
        added = {model: _by_period(changes, period) for model, _, period in PERIODS}
        found = _read_rows(added, using=using)
        plan = []
        consistent = True
        for model, field, _ in PERIODS:
            change = _Change(model, field, {}, {}, [])
            for key, (n, leads) in added[model].items():
                pk, before_n, before_leads = found.get((model, key), (None, 0, 0))
                after = (before_n + n, before_leads + leads)
                consistent &= after[0] >= 0 and 0 <= after[1] <= after[0]
                if pk is None:
                    if after[0] > 0:
                        change.inserted[key] = after
                elif after[0] > 0:
                    change.updated[pk] = after
                else:
                    change.deleted.append(pk)
            plan.append(change)
        _write(plan, using=using)
        if not consistent:
            refresh({(actor, day) for actor, day, _, _ in changes}, using=using)


def _by_period(changes: dict[Row, list[int]], period) -> dict[tuple, list[int]]:
    by_key: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    for (actor, day, kind, status), (n, leads) in changes.items():
        counted = by_key[(actor, period(day), kind, status)]
        counted[0] += n
        counted[1] += leads
    return by_key


def _read_rows(added: dict, *, using: str) -> dict[tuple, tuple[int, int, int]]:
    """(model, key) -> (id, statements, leads) of the stored rows of `added`'s keys' pairs,
    in one query (a UNION ALL over the tables)."""
    read = _read_postgresql if connections[using].vendor == "postgresql" else _read_orm
    sqls, params = [], []
    for level, (model, field, _) in enumerate(PERIODS):
        pairs = {(actor, start) for actor, start, _, _ in added[model]}
        part_sqls, part_params = read(level, model, field, pairs, using=using)
        sqls += part_sqls
        params += part_params
    found = {}
    with connections[using].cursor() as cursor:
        cursor.execute(" UNION ALL ".join(sqls), params)
        for level, pk, actor, start, kind, status, n, leads in cursor.fetchall():
            if isinstance(start, str):  # SQLite's driver returns a date column as text
                start = dt.date.fromisoformat(start)
            found[(PERIODS[level][0], (actor, start, kind, status))] = (pk, n, leads)
    return found


def _read_postgresql(level: int, model, field: str, pairs: set[Pair], *, using: str):
    """The rows of `pairs` as SELECTs over arrays: no SQL to build per pair (the ORM's OR of
    conditions cost more CPU than the rest of adding a tally). Each kind of pair its own
    SELECT, so that each is an index lookup on (actor_id, `field`)."""
    ops = connections[using].ops
    table, column = ops.quote_name(model._meta.db_table), ops.quote_name(field)
    columns = (
        f"{level}, t.id, t.actor_id, t.{column}, t.kind, t.review_status, t.statements, t.leads"
    )
    both = [(a, d) for a, d in pairs if a is not None and d is not None]
    sqls = [
        f"SELECT {columns} FROM {table} t JOIN unnest(%s::bigint[], %s::date[]) AS k(a, d) "
        f"ON t.actor_id = k.a AND t.{column} = k.d",
        f"SELECT {columns} FROM {table} t WHERE t.actor_id IS NULL AND t.{column} = ANY(%s::date[])",
        f"SELECT {columns} FROM {table} t WHERE t.{column} IS NULL AND t.actor_id = ANY(%s::bigint[])",
        f"SELECT {columns} FROM {table} t WHERE t.actor_id IS NULL AND t.{column} IS NULL AND %s",
    ]
    params = [
        [a for a, _ in both],
        [d for _, d in both],
        [d for a, d in pairs if a is None and d is not None],
        [a for a, d in pairs if d is None and a is not None],
        (None, None) in pairs,
    ]
    return sqls, params


def _read_orm(level: int, model, field: str, pairs: set[Pair], *, using: str):
    """The rows of `pairs` as ORM SELECTs (SQLite)."""
    connection = connections[using]
    sqls, params = [], []
    for condition in _conditions(pairs, field):
        rows = model.objects.using(using).filter(condition).order_by()
        rows = rows.annotate(level=Value(level)).values_list(
            "level", "id", "actor_id", field, "kind", "review_status", "statements", "leads"
        )
        sql, part = rows.query.get_compiler(connection=connection).as_sql()
        sqls.append(f"SELECT * FROM ({sql}) AS rows_{level}_{len(sqls)}")
        params.extend(part)
    return sqls, params


def _write(plan: list[_Change], *, using: str) -> None:
    connection = connections[using]
    if connection.vendor != "postgresql":
        for change in plan:
            rows = change.model.objects.using(using)
            if change.updated:
                objects = [
                    change.model(pk=pk, statements=n, leads=leads)
                    for pk, (n, leads) in change.updated.items()
                ]
                rows.bulk_update(objects, ["statements", "leads"])
            if change.inserted:
                rows.bulk_create(
                    change.model(
                        actor_id=actor,
                        kind=kind,
                        review_status=status,
                        statements=n,
                        leads=leads,
                        **{change.field: start},
                    )
                    for (actor, start, kind, status), (n, leads) in change.inserted.items()
                )
            if change.deleted:
                rows.filter(pk__in=change.deleted).delete()
        return
    # One statement: each table's UPDATE, INSERT and DELETE as a data-modifying CTE.
    parts, params = [], []
    for n, change in enumerate(plan):
        table = connection.ops.quote_name(change.model._meta.db_table)
        if change.updated:
            parts.append(
                f"u{n} AS (UPDATE {table} AS t SET statements = v.n, leads = v.l "
                "FROM unnest(%s::bigint[], %s::integer[], %s::integer[]) AS v(id, n, l) "
                "WHERE t.id = v.id)"
            )
            params += [
                list(change.updated),
                [c[0] for c in change.updated.values()],
                [c[1] for c in change.updated.values()],
            ]
        if change.inserted:
            parts.append(
                f"i{n} AS (INSERT INTO {table} ({change.field}, actor_id, kind, review_status, "
                "statements, leads) SELECT * FROM unnest(%s::date[], %s::bigint[], %s::text[], "
                "%s::text[], %s::integer[], %s::integer[]))"
            )
            keys, counts = list(change.inserted), list(change.inserted.values())
            params += [[k[i] for k in keys] for i in (1, 0, 2, 3)]
            params += [[c[0] for c in counts], [c[1] for c in counts]]
        if change.deleted:
            parts.append(f"d{n} AS (DELETE FROM {table} WHERE id = ANY(%s::bigint[]))")
            params.append(change.deleted)
    if parts:
        with connection.cursor() as cursor:
            cursor.execute(f"WITH {', '.join(parts)} SELECT 1", params)


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
