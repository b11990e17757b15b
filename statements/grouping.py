"""Grouping: one statement, many reports.

When a spokesman says something, many outlets report it: rewrites that quote the same
sentence, paraphrases in other words. Each report stays a `Statement` of its own (its source
span, outlet, date and `via` are its evidence); reports of the same remark share a `Cluster`.

Two reports are the same statement when they are by the same actor, said within `WINDOW_DAYS`
of each other, come from different articles, and (`same_statement`) share at least
`MIN_SHARED_STEMS` content stems and

- a run of `WORD_RUN` words in a row (the same quotation, however punctuated), or
- content stems alike: rapidfuzz's token-set ratio >= `PARAPHRASE_SCORE` (reported speech, a
  reworded or translated quotation).

The thresholds are measured on real report pairs: docs/evaluation.md, "Grouping".

Grouping is incremental (`place`, called by ingestion for a source's statements): a new report
is compared with the same actor's reports within the window nearest to it in time, at most
2 x `NEAREST` of them, read in order from the (actor, said_on) index, so its cost does not grow
with the table. It joins the group of the most
similar one, or starts its own. Existing groups are never merged automatically.

Editors decide last (`split`, `merge`): the reports they place carry "cluster" in their
`curated_fields`, and grouping never moves such a report again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

import snowballstemmer
from django.db import connections, transaction
from django.db.models import Count, F
from rapidfuzz import fuzz
from simple_history.utils import bulk_update_with_history

from . import summary
from .extraction.lexicon import words as word_list
from .models import Cluster, Source, Statement, normalize_alias

WINDOW_DAYS = 3
WORD_RUN = 8  # words in a row two reports share: the same quotation
PARAPHRASE_SCORE = 70.0  # rapidfuzz token-set ratio of the content stems (0-100)
MIN_SHARED_STEMS = 2  # content stems two reports of one remark always share
NEAREST = 50  # candidates on each side of a statement's day, nearest in time first
CURATED = "cluster"  # the mark in `curated_fields` of a report an editor placed

# Function words: they make two different sentences look alike.
STOPWORDS = frozenset(
    word_list(
        """a an the and or but if of to in on at by for with from as into about over after
        before than that this these those it its is are was were be been being has have had
        will would could should may might must can do does did not no so such he she they we
        you i his her their our your them him us me who whom which what when where there here
        said says say saying told tells also would just very more most now then"""
    )
)
# Words nearly every statement about this war holds: shared, they say nothing.
COMMON_WORDS = frozenset(
    word_list(
        """russia russian russians ukraine ukrainian ukrainians kyiv kiev moscow war west
        western president united states u s military forces force armed country countries
        authorities government conflict regime"""
    )
)
# One stem per word, remembered: the stemmer is pure Python, a vocabulary is small.
_stem = lru_cache(maxsize=65536)(snowballstemmer.stemmer("english").stemWord)

# The report that speaks for a group: a direct quote before a partial one before a paraphrase.
KIND_RANK = {Statement.Kind.DIRECT: 0, Statement.Kind.MIXED: 1, Statement.Kind.INDIRECT: 2}


# --------------------------------------------------------------------------- similarity


@dataclass(frozen=True)
class Report:
    """What `same_statement` compares: a statement's kind and text."""

    kind: str
    text: str


@lru_cache(maxsize=8192)
def text_words(text: str) -> tuple[str, ...]:
    """Normalised words: case, accents, punctuation and spacing ignored (memoised: a report
    is compared with many candidates)."""
    return tuple(normalize_alias(text).split())


@lru_cache(maxsize=8192)
def content_stems(text: str) -> frozenset[str]:
    """The stems of the words that carry the remark: no function words, no words every
    statement about the war holds ("defeated" and "defeat" alike)."""
    return frozenset(
        _stem(word)
        for word in text_words(text)
        if word not in STOPWORDS and word not in COMMON_WORDS
    )


@lru_cache(maxsize=8192)
def word_runs(text: str) -> frozenset[tuple[str, ...]]:
    """Every run of `WORD_RUN` words in a row in `text` (its normalised words).

    Two texts share a run of `WORD_RUN` words exactly when these sets meet: a set
    intersection, where `longest_run` aligns the two word lists (~50 times slower; it is
    kept for ranking the matches, which are few)."""
    words = text_words(text)
    return frozenset(words[i : i + WORD_RUN] for i in range(len(words) - WORD_RUN + 1))


@lru_cache(maxsize=8192)
def _stem_line(text: str) -> str:
    return " ".join(sorted(content_stems(text)))


def longest_run(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """The length of the longest run of words `a` and `b` share, in order and in a row."""
    if not a or not b:
        return 0
    return SequenceMatcher(None, a, b, autojunk=False).find_longest_match().size


def paraphrase_score(a: str, b: str) -> float:
    """rapidfuzz's token-set ratio of the two texts' content stems (0-100)."""
    return fuzz.token_set_ratio(_stem_line(a), _stem_line(b))


def same_statement(a: Report, b: Report) -> bool:
    """Whether two reports (by the same speaker, days apart at most) carry the same remark:
    they share `MIN_SHARED_STEMS` content stems, and a run of `WORD_RUN` words (a quotation,
    however it is punctuated) or their content stems are alike (reported speech, a reworded
    or translated quotation)."""
    if len(content_stems(a.text) & content_stems(b.text)) < MIN_SHARED_STEMS:
        return False  # the cheap test first: most candidates share almost nothing
    if not word_runs(a.text).isdisjoint(word_runs(b.text)):
        return True  # a run of WORD_RUN words in a row: longest_run(...) >= WORD_RUN
    return paraphrase_score(a.text, b.text) >= PARAPHRASE_SCORE


def within_window(a: dt.date | None, b: dt.date | None) -> bool:
    """Whether two days are close enough for one remark to be reported on both."""
    return a is not None and b is not None and abs((a - b).days) <= WINDOW_DAYS


def similarity(a: Report, b: Report) -> float:
    """How alike two reports are, to choose between several matches (higher is closer)."""
    wa, wb = text_words(a.text), text_words(b.text)
    return longest_run(wa, wb) + fuzz.token_set_ratio(" ".join(wa), " ".join(wb)) / 100


def _report(statement: Statement | Candidate) -> Report:
    return Report(kind=statement.kind, text=statement.text)


# --------------------------------------------------------------------------- placing reports


def _day(statement: Statement) -> dt.date | None:
    return statement.said_on or statement.source.published_on


@dataclass(frozen=True)
class Candidate:
    """A stored report that a new one may join (a row, not a model: there may be hundreds)."""

    pk: int
    kind: str
    text: str
    actor_id: int
    cluster_id: int
    said_on: dt.date
    source_id: int


CANDIDATE_FIELDS = ("pk", "kind", "text", "actor_id", "cluster_id", "said_on", "source_id")


def candidates(statements: list[Statement]) -> list[Candidate]:
    """Reports that may be the same statement as one of `statements`: by the same actor, said
    within `WINDOW_DAYS` of it, in another article, not rejected, in a group that is open (a
    report an editor split out stands alone).

    Bounded: for each (actor, day) of `statements`, the `NEAREST` reports said on that day or
    after it and the `NEAREST` said before it, nearest in time first, each half read in order
    from the (actor, said_on DESC NULLS LAST, id DESC) index and stopped at its LIMIT. So a
    statement meets at most 2 x `NEAREST` candidates however many reports its speaker has in
    the window: the cost of placing it does not grow with the table (docs/evaluation.md). One
    query for all of `statements`."""
    days = sorted(
        {(s.actor_id, day) for s in statements if s.actor_id is not None and (day := _day(s))}
    )
    if not days:
        return []
    exclude = [s.pk for s in statements if s.pk is not None]
    if connections[Statement.objects.db].vendor == "postgresql":
        rows = _nearest_postgresql(days, exclude)
    else:
        rows = _nearest_union(days, exclude)
    found: dict[int, Candidate] = {}
    for pk, kind, text, actor_id, cluster_id, said_on, source_id in rows:
        if isinstance(said_on, str):  # SQLite's driver returns a date column as text
            said_on = dt.date.fromisoformat(said_on)
        found.setdefault(pk, Candidate(pk, kind, text, actor_id, cluster_id, said_on, source_id))
    return list(found.values())


def _nearest_postgresql(days: list[tuple[int, dt.date]], exclude: list[int]) -> list[tuple]:
    """`candidates` on PostgreSQL: one LATERAL subquery run per (actor, day), planned once
    (as many ORM subqueries in a UNION took 60 ms to plan for a 20-statement article)."""
    statement, cluster = Statement._meta.db_table, Cluster._meta.db_table
    columns = "s.id, s.kind, s.text, s.actor_id, s.cluster_id, s.said_on, s.source_id"
    where = (
        "s.actor_id = k.actor_id AND NOT (s.id = ANY(%(exclude)s::bigint[])) "
        "AND s.review_status <> %(rejected)s AND NOT g.closed"
    )
    sql = f"""
        SELECT c.* FROM unnest(%(actors)s::bigint[], %(days)s::date[]) AS k(actor_id, day)
        CROSS JOIN LATERAL (
            (SELECT {columns} FROM {statement} s JOIN {cluster} g ON g.id = s.cluster_id
             WHERE {where} AND s.said_on >= k.day AND s.said_on <= k.day + %(window)s::integer
             ORDER BY s.said_on ASC NULLS FIRST, s.id ASC LIMIT %(nearest)s::integer)
            UNION ALL
            (SELECT {columns} FROM {statement} s JOIN {cluster} g ON g.id = s.cluster_id
             WHERE {where} AND s.said_on < k.day AND s.said_on >= k.day - %(window)s::integer
             ORDER BY s.said_on DESC NULLS LAST, s.id DESC LIMIT %(nearest)s::integer)
        ) AS c
    """
    params = {
        "actors": [actor_id for actor_id, _ in days],
        "days": [day for _, day in days],
        "exclude": exclude,
        "rejected": Statement.ReviewStatus.REJECTED.value,
        "window": WINDOW_DAYS,
        "nearest": NEAREST,
    }
    with connections[Statement.objects.db].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _nearest_union(days: list[tuple[int, dt.date]], exclude: list[int]) -> list[tuple]:
    """`candidates` elsewhere (SQLite): the same two ranges per (actor, day) as ORM
    querysets, in one UNION ALL."""
    base = (
        Statement.objects.exclude(pk__in=exclude)
        .exclude(review_status=Statement.ReviewStatus.REJECTED)
        .exclude(cluster__isnull=True)
        .exclude(cluster__closed=True)
        .values_list(*CANDIDATE_FIELDS)
    )
    window = dt.timedelta(days=WINDOW_DAYS)
    parts = []
    for actor_id, day in days:
        mine = base.filter(actor_id=actor_id)
        parts.append(
            mine.filter(said_on__gte=day, said_on__lte=day + window).order_by(
                F("said_on").asc(nulls_first=True), "pk"
            )[:NEAREST]
        )
        parts.append(
            mine.filter(said_on__lt=day, said_on__gte=day - window).order_by(
                F("said_on").desc(nulls_last=True), "-pk"
            )[:NEAREST]
        )
    return _union_all(parts)


def _union_all(querysets: list) -> list[tuple]:
    """The rows of every sliced queryset, in one statement. Each is wrapped as a derived
    table, which SQLite and PostgreSQL both allow to keep its own ORDER BY and LIMIT in a
    compound query (Django's `union()` refuses sliced querysets on SQLite)."""
    connection = connections[querysets[0].db]
    sqls, params = [], []
    for i, queryset in enumerate(querysets):
        sql, part_params = queryset.query.get_compiler(connection=connection).as_sql()
        sqls.append(f"SELECT * FROM ({sql}) AS nearest_{i}")
        params.extend(part_params)
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(sqls), params)
        return cursor.fetchall()


def best_match(statement: Statement, pool: Iterable[Candidate]) -> Candidate | None:
    """The most similar report in `pool` that is the same statement, or None."""
    day = _day(statement)
    report = _report(statement)
    # Read once, not per candidate (model attributes go through descriptors).
    actor_id, source_id, stems = statement.actor_id, statement.source_id, None
    matches = []
    for other in pool:
        if other.actor_id != actor_id or other.source_id == source_id:
            continue
        if not within_window(day, other.said_on):
            continue
        stems = stems if stems is not None else content_stems(report.text)
        # `same_statement`'s cheap first test, inline: most candidates fail it.
        if len(stems & content_stems(other.text)) < MIN_SHARED_STEMS:
            continue
        if same_statement(report, _report(other)):
            matches.append(other)
    if not matches:
        return None
    return max(matches, key=lambda other: (similarity(report, _report(other)), -other.pk))


def _company(statements: list[Statement]) -> dict[int, list[Statement]]:
    """The members of the groups `statements` are in (one query)."""
    ids = {s.cluster_id for s in statements if s.cluster_id is not None}
    company: dict[int, list[Statement]] = {}
    for other in Statement.objects.filter(cluster_id__in=ids).only(
        "pk", "kind", "text", "actor_id", "cluster_id"
    ):
        company.setdefault(other.cluster_id, []).append(other)
    return company


@transaction.atomic
def place(statements: Iterable[Statement], *, also_refresh: Iterable[int] = ()) -> set[int]:
    """Put each of `statements` (new or changed reports) in a group, and bring the groups
    touched (and `also_refresh`, e.g. groups that lost a deleted report) up to date.

    A report an editor placed stays where it is; a grouped report that still matches another
    report (same actor) of its group stays; any other joins the group of its best match among
    `candidates`, or a group of its own. A constant number of queries for any number of
    statements. Returns the ids of the groups touched.
    """
    pending = [s for s in statements if CURATED not in (s.curated_fields or ())]
    company = _company(pending)
    by_actor: dict[int, list[Candidate]] = {}
    for candidate in candidates(pending):
        by_actor.setdefault(candidate.actor_id, []).append(candidate)
    moved: list[Statement] = []
    alone: list[Statement] = []  # those that need a group of their own
    touched = set(also_refresh)
    for statement in pending:
        current = statement.cluster_id
        others = [o for o in company.get(current, []) if o.pk != statement.pk]
        report = _report(statement)
        if any(
            o.actor_id == statement.actor_id and same_statement(report, _report(o)) for o in others
        ):
            continue
        match = best_match(statement, by_actor.get(statement.actor_id, ()))
        if match is None:
            if current is None or others:
                alone.append(statement)
                touched.add(current)
            continue
        if match.cluster_id != current:
            touched |= {current, match.cluster_id}
            statement.cluster_id = match.cluster_id
            moved.append(statement)
    for statement in moved:
        statement.is_lead = False  # `refresh` chooses each group's lead
    new_groups = _new_groups(alone)
    if moved or alone:
        _update_columns(
            Statement,
            {s.pk: (s.cluster_id, s.is_lead) for s in [*moved, *alone]},
            ("cluster_id", "is_lead"),
        )
        # Written behind the ORM: the summary counts leads, so name the keys to recount.
        summary.touch({(s.actor_id, s.said_on) for s in [*moved, *alone]})
    touched.discard(None)
    refresh(touched)
    return touched | new_groups


def place_new(statements: list[Statement], *, new_source: bool = False) -> None:
    """Group reports about to be inserted (an article's first statements, in the order they
    will be inserted), so that each is inserted grouped: one INSERT, no UPDATE after it. As
    `place` places reports not grouped yet: each joins the group of its best match among
    `candidates` (whose lead and report count are brought up to date first, counting it),
    or leads a new group of its own. A `new_source` has no syndicated copies yet (they would
    count as reports of its groups)."""
    by_actor: dict[int, list[Candidate]] = {}
    for candidate in candidates(statements):
        by_actor.setdefault(candidate.actor_id, []).append(candidate)
    alone: list[Statement] = []
    joining: dict[int, list[Statement]] = {}
    for statement in statements:
        match = best_match(statement, by_actor.get(statement.actor_id, ()))
        if match is None:
            alone.append(statement)
        else:
            statement.cluster_id = match.cluster_id
            joining.setdefault(match.cluster_id, []).append(statement)
    if joining:
        _join(joining)
    _new_groups(alone, copies={} if new_source else None)


# The PostgreSQL array type of each column `_update_columns` writes.
_ARRAY_TYPES = {"cluster_id": "bigint[]", "is_lead": "boolean[]", "reports": "integer[]"}


def _update_columns(model, values: dict[int, tuple], columns: tuple[str, ...]) -> None:
    """Set `columns` of each row `pk -> values` of `model` in one UPDATE.

    On PostgreSQL, an `UPDATE ... FROM unnest(arrays)`: Django's `bulk_update` builds a
    `CASE WHEN id = ... THEN ...` expression per row and column, which cost more CPU than
    the rest of placing an article's statements. Elsewhere, `bulk_update`. Written behind
    the ORM: a caller that changes `Statement.is_lead` tells `summary` what to recount."""
    connection = connections[model.objects.db]
    if connection.vendor != "postgresql":
        objects = [
            model(pk=pk, **dict(zip(columns, row, strict=True))) for pk, row in values.items()
        ]
        model.objects.bulk_update(objects, [c.removesuffix("_id") for c in columns])
        return
    table = connection.ops.quote_name(model._meta.db_table)
    names = [connection.ops.quote_name(c) for c in columns]
    arrays = ", ".join(f"%s::{_ARRAY_TYPES[c]}" for c in columns)
    assignments = ", ".join(f"{name} = v.{name}" for name in names)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} AS t SET {assignments} "
            f"FROM unnest(%s::bigint[], {arrays}) AS v(id, {', '.join(names)}) WHERE t.id = v.id",
            [list(values), *([row[i] for row in values.values()] for i in range(len(columns)))],
        )


def _new_groups(statements: list[Statement], *, copies: dict[int, int] | None = None) -> set[int]:
    """A group of its own for each of `statements`, made as `refresh` would leave it (the
    statement leads it; its reports are it and its article's syndicated copies: `copies`,
    source id -> copies, read here unless given), so a new article's many new groups cost no
    recount."""
    if not statements:
        return set()
    if copies is None:
        copies = dict(
            Source.objects.filter(syndicated_from_id__in={s.source_id for s in statements})
            .values_list("syndicated_from_id")
            .annotate(n=Count("pk"))
            .order_by()
        )
    clusters = Cluster.objects.bulk_create(
        Cluster(reports=1 + copies.get(s.source_id, 0)) for s in statements
    )
    for statement, cluster in zip(statements, clusters, strict=True):
        statement.cluster_id = cluster.pk
        statement.is_lead = True
    return {cluster.pk for cluster in clusters}


def place_source(source: Source, *, previous_groups: Iterable[int] = ()) -> set[int]:
    """Ingestion's hook: group the statements of `source` after they were written.
    `previous_groups` are the groups its statements were in before (some may be gone)."""
    statements = list(source.statements.select_related("source").order_by("pk"))
    return place(statements, also_refresh=previous_groups)


def regroup_all(*, progress=None) -> int:
    """Place the statements of every stored article, oldest first, as if each had just been
    ingested (after an upgrade that brought grouping, or a bulk load that bypassed ingestion).
    Editors' placements stay; one transaction per article. Returns the articles read."""
    done = 0
    for source in Source.objects.filter(syndicated_from__isnull=True).order_by("pk").iterator():
        place_source(source)
        done += 1
        if progress is not None:
            progress(done)
    return done


def refresh_copies_of(source: Source) -> None:
    """A syndicated copy of `source` arrived or left: its groups' report counts change."""
    refresh(
        set(source.statements.exclude(cluster__isnull=True).values_list("cluster_id", flat=True))
    )


# --------------------------------------------------------------------------- groups


@dataclass
class Member:
    """A report as choosing a group's lead reads it (a row, not a model: refreshing groups
    reads many)."""

    pk: int | None  # None: a new report, not inserted yet (`statement`)
    kind: str
    review_status: str
    is_lead: bool
    source_id: int
    published_on: dt.date | None  # its article's
    statement: Statement | None = None


def lead_key(report: Member):
    """The report that speaks for a group sorts first: not rejected, a direct quote before a
    partial one before a paraphrase, verified before unreviewed, the earliest article."""
    published = report.published_on
    return (
        report.review_status == Statement.ReviewStatus.REJECTED,
        KIND_RANK.get(report.kind, 3),
        report.review_status != Statement.ReviewStatus.VERIFIED,
        published is None,
        published or dt.date.min,
        report.pk,
    )


def refresh(cluster_ids: Iterable[int]) -> None:
    """Recount each group's reports, choose its lead; delete groups left empty."""
    ids = sorted({pk for pk in cluster_ids if pk is not None})
    if not ids:
        return
    members = _members(ids)
    copies = dict(
        Source.objects.filter(
            syndicated_from__statements__cluster_id__in=ids,
        )
        .values_list("syndicated_from_id")
        .annotate(n=Count("pk", distinct=True))
    )
    empty = [pk for pk, group in members.items() if not group]
    if empty:
        Cluster.objects.filter(pk__in=empty).delete()
    _settle(members, copies, key=lead_key)


def _members(ids: list[int]) -> dict[int, list[Member]]:
    """cluster id -> its reports, with what `lead_key` reads."""
    members: dict[int, list[Member]] = {pk: [] for pk in ids}
    rows = Statement.objects.filter(cluster_id__in=ids).values_list(
        "pk", "kind", "review_status", "is_lead", "source_id", "source__published_on", "cluster_id"
    )
    for *report, cluster_id in rows.order_by():
        members[cluster_id].append(Member(*report))
    return members


def _settle(members: dict[int, list[Member]], copies: dict[int, int], *, key) -> None:
    """Write each group's report count (its reports and their articles' `copies`) and make
    the first report by `key` its lead. A report not inserted yet only has its statement's
    `is_lead` set, to be inserted so."""
    demote, promote, recounted = [], [], {}
    for pk, group in members.items():
        if not group:
            continue
        lead = min(group, key=key)
        for report in group:
            if report.statement is not None:
                report.statement.is_lead = report.is_lead = report is lead
        demote += [s.pk for s in group if s.is_lead and s is not lead and s.pk is not None]
        if not lead.is_lead:
            promote.append(lead.pk)
        sources = {s.source_id for s in group}
        recounted[pk] = (len(group) + sum(copies.get(source_id, 0) for source_id in sources),)
    if recounted:
        _update_columns(Cluster, recounted, ("reports",))
    # Demote first: one lead per group is a constraint.
    _set_lead(demote, False)
    _set_lead(promote, True)


def _join(joining: dict[int, list[Statement]]) -> None:
    """Before new reports (`joining`: cluster id -> reports) are inserted into existing
    groups: each group's report count and lead as `refresh` would leave them after the
    INSERT, so that no inserted row is updated again. The new reports sort after every
    stored one of equal rank, in the order given (the order their ids will be drawn in)."""
    members = _members(sorted(joining))
    order = {}
    for cluster_id, statements in joining.items():
        for n, statement in enumerate(statements):
            report = Member(
                None,
                statement.kind,
                statement.review_status,
                False,
                statement.source_id,
                statement.source.published_on,
                statement=statement,
            )
            members[cluster_id].append(report)
            order[id(report)] = n
    sources = {s.source_id for group in members.values() for s in group}
    copies = dict(
        Source.objects.filter(syndicated_from_id__in=sources)
        .values_list("syndicated_from_id")
        .annotate(n=Count("pk"))
        .order_by()
    )

    def key(report: Member):
        *rank, pk = lead_key(report)
        return (*rank, pk is None, pk or 0, order.get(id(report), 0))

    _settle(members, copies, key=key)


def _set_lead(ids: list[int], value: bool) -> None:
    """Set `is_lead` of these statements in one UPDATE, and tell the summary which of its rows
    gained or lost a lead, as the UPDATE read them (RETURNING: a row an editor changed
    meanwhile is counted as it now is)."""
    if not ids:
        return
    connection = connections[Statement.objects.db]
    table = connection.ops.quote_name(Statement._meta.db_table)
    marks = ", ".join(["%s"] * len(ids))
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET is_lead = %s WHERE id IN ({marks}) AND is_lead <> %s "
            "RETURNING actor_id, said_on, kind, review_status",
            [value, *ids, value],
        )
        rows = [
            (actor, dt.date.fromisoformat(day) if isinstance(day, str) else day, kind, status)
            for actor, day, kind, status in cursor.fetchall()
        ]
    summary.leads_changed(rows, 1 if value else -1)


# --------------------------------------------------------------------------- editors


def _mark_placed(statements: list[Statement], *, user, reason: str) -> None:
    """Record an editor's placement: "cluster" curated, version up, a history row."""
    for statement in statements:
        marked = list(statement.curated_fields or [])
        if CURATED not in marked:
            marked.append(CURATED)
        statement.curated_fields = marked
        statement.version += 1
        statement._history_user = user
    bulk_update_with_history(
        statements,
        Statement,
        ["cluster", "curated_fields", "version"],
        default_user=user,
        default_change_reason=reason,
    )


@transaction.atomic
def split(statement: Statement, *, user=None) -> Cluster:
    """Take one report out of its group into a group of its own, for good."""
    statement = Statement.objects.select_for_update().get(pk=statement.pk)
    old = statement.cluster_id
    cluster = Cluster.objects.create(closed=True)
    statement.cluster_id = cluster.pk
    statement.is_lead = False
    Statement.objects.filter(pk=statement.pk).update(is_lead=False)
    _mark_placed([statement], user=user, reason=f"split out of group {old}")
    refresh([old, cluster.pk])
    return cluster


@transaction.atomic
def merge(clusters: Iterable[Cluster | int], *, user=None) -> Cluster:
    """Make one group of several (into the oldest); every report in it is placed for good."""
    ids = sorted({c.pk if isinstance(c, Cluster) else c for c in clusters})
    if len(ids) < 2:
        raise ValueError("Merging needs two groups or more.")
    target = ids[0]
    statements = list(
        Statement.objects.select_for_update().filter(cluster_id__in=ids).order_by("pk")
    )
    Statement.objects.filter(cluster_id__in=ids[1:]).update(is_lead=False)
    for statement in statements:
        statement.cluster_id = target
    _mark_placed(statements, user=user, reason=f"merged groups {', '.join(map(str, ids))}")
    refresh(ids)
    return Cluster.objects.get(pk=target)


def others_in_group(statement: Statement):
    """The other reports of `statement`'s group."""
    if statement.cluster_id is None:
        return Statement.objects.none()
    return Statement.objects.filter(cluster_id=statement.cluster_id).exclude(pk=statement.pk)


# --------------------------------------------------------------------------- for the pages


@dataclass(frozen=True)
class ReportLine:
    """One report of a group as a reader sees it: an article that carried the statement."""

    outlet: str
    published_on: dt.date | None
    href: str  # the span in Warlog's copy of the article, or a syndicated copy's own URL
    statement: Statement | None = None  # None: a syndicated copy (its text is the original's)
    arrived: int = 0  # the article's id: of two published the same day, the first stored


@dataclass(frozen=True)
class GroupSummary:
    reports: int
    lines: list[ReportLine]  # earliest first

    @property
    def first(self) -> ReportLine:
        return self.lines[0]


def _line_key(line: ReportLine):
    return (line.published_on is None, line.published_on or dt.date.min, line.arrived)


def summaries(statements: Iterable[Statement]) -> dict[int, GroupSummary]:
    """cluster id -> its reports, for the groups of `statements` that have more than one
    (three queries at most, whatever the number of statements)."""
    ids = {s.cluster_id for s in statements if s.cluster_id is not None}
    counts = dict(Cluster.objects.filter(pk__in=ids, reports__gt=1).values_list("pk", "reports"))
    if not counts:
        return {}
    members = (
        Statement.objects.visible()
        .filter(cluster_id__in=counts)
        .select_related("source")
        .defer("source__text", "source__published_evidence")
    )
    lines: dict[int, list[ReportLine]] = {pk: [] for pk in counts}
    by_source: dict[int, list[int]] = {}
    for statement in members:
        source = statement.source
        lines[statement.cluster_id].append(
            ReportLine(
                outlet=_outlet(source),
                published_on=source.published_on,
                href=f"{source.get_absolute_url()}#s{statement.pk}",
                statement=statement,
                arrived=source.pk,
            )
        )
        by_source.setdefault(source.pk, []).append(statement.cluster_id)
    for copy in Source.objects.filter(syndicated_from_id__in=by_source).only(
        "pk", "outlet", "title", "file_name", "url", "published_on", "syndicated_from_id"
    ):
        for cluster_id in set(by_source[copy.syndicated_from_id]):
            lines[cluster_id].append(
                ReportLine(
                    outlet=_outlet(copy),
                    published_on=copy.published_on,
                    href=copy.url or copy.get_absolute_url(),
                    arrived=copy.pk,
                )
            )
    return {
        pk: GroupSummary(reports=counts[pk], lines=sorted(group, key=_line_key))
        for pk, group in lines.items()
        if group
    }


def _outlet(source: Source) -> str:
    return source.outlet or source.title or source.file_name or f"Article {source.pk}"


def ensure_groups() -> int:
    """Give every statement without a group one of its own (after migrating, or after a
    bulk load that bypassed ingestion): set-based SQL, no per-row work. Returns how many."""
    from django.db import connection

    missing = Statement.objects.filter(cluster__isnull=True)
    count = missing.count()
    if not count:
        return 0
    offset = (Cluster.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
    cluster_table = Cluster._meta.db_table
    statement_table = Statement._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {cluster_table} (id, reports, closed, created_at, updated_at) "
            f"SELECT id + %s, 1, %s, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM {statement_table} "
            "WHERE cluster_id IS NULL",
            [offset, False],
        )
        cursor.execute(
            f"UPDATE {statement_table} SET cluster_id = id + %s, is_lead = %s "
            "WHERE cluster_id IS NULL",
            [offset, True],
        )
        for sql in connection.ops.sequence_reset_sql(_no_style(), [Cluster]):
            cursor.execute(sql)
    return count


def _no_style():
    from django.core.management.color import no_style

    return no_style()
