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
is compared with the same actor's reports within the window, found through the (actor,
said_on) index, so its cost does not grow with the table. It joins the group of the most
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
from django.db import transaction
from django.db.models import Count, Q
from rapidfuzz import fuzz
from simple_history.utils import bulk_update_with_history

from .extraction.lexicon import words as word_list
from .models import Cluster, Source, Statement, normalize_alias

WINDOW_DAYS = 3
WORD_RUN = 8  # words in a row two reports share: the same quotation
PARAPHRASE_SCORE = 70.0  # rapidfuzz token-set ratio of the content stems (0-100)
MIN_SHARED_STEMS = 2  # content stems two reports of one remark always share
MAX_CANDIDATES = 500
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


def longest_run(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """The length of the longest run of words `a` and `b` share, in order and in a row."""
    if not a or not b:
        return 0
    return SequenceMatcher(None, a, b, autojunk=False).find_longest_match().size


def paraphrase_score(a: str, b: str) -> float:
    """rapidfuzz's token-set ratio of the two texts' content stems (0-100)."""
    return fuzz.token_set_ratio(
        " ".join(sorted(content_stems(a))), " ".join(sorted(content_stems(b)))
    )


def same_statement(a: Report, b: Report) -> bool:
    """Whether two reports (by the same speaker, days apart at most) carry the same remark:
    they share `MIN_SHARED_STEMS` content stems, and a run of `WORD_RUN` words (a quotation,
    however it is punctuated) or their content stems are alike (reported speech, a reworded
    or translated quotation)."""
    if len(content_stems(a.text) & content_stems(b.text)) < MIN_SHARED_STEMS:
        return False  # the cheap test first: most candidates share almost nothing
    if longest_run(text_words(a.text), text_words(b.text)) >= WORD_RUN:
        return True
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


def _window(statement: Statement) -> tuple[dt.date, dt.date] | None:
    day = _day(statement)
    if statement.actor_id is None or day is None:
        return None
    return day - dt.timedelta(days=WINDOW_DAYS), day + dt.timedelta(days=WINDOW_DAYS)


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


def candidates(statements: list[Statement]) -> list[Candidate]:
    """Reports that may be the same statement as one of `statements`: by the same actor, said
    within `WINDOW_DAYS` of it, in another article, not rejected, in a group that is open (a
    report an editor split out stands alone). One query: a range scan on the (actor, said_on)
    index per distinct (actor, window)."""
    ranges = {(s.actor_id, w) for s in statements if (w := _window(s)) is not None}
    if not ranges:
        return []
    wanted = Q()
    for actor_id, window in ranges:
        wanted |= Q(actor_id=actor_id, said_on__range=window)
    rows = (
        Statement.objects.filter(wanted)
        .exclude(pk__in=[s.pk for s in statements])
        .exclude(review_status=Statement.ReviewStatus.REJECTED)
        .exclude(cluster__isnull=True)
        .exclude(cluster__closed=True)
        .order_by("-pk")
        .values_list("pk", "kind", "text", "actor_id", "cluster_id", "said_on", "source_id")
    )
    return [Candidate(*row) for row in rows[: MAX_CANDIDATES * len(ranges)]]


def best_match(statement: Statement, pool: Iterable[Candidate]) -> Candidate | None:
    """The most similar report in `pool` that is the same statement, or None."""
    day = _day(statement)
    report = _report(statement)
    matches = [
        other
        for other in pool
        if other.actor_id == statement.actor_id
        and other.source_id != statement.source_id
        and within_window(day, other.said_on)
        and same_statement(report, _report(other))
    ]
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
    if alone:
        clusters = Cluster.objects.bulk_create(Cluster() for _ in alone)
        for statement, cluster in zip(alone, clusters, strict=True):
            statement.cluster_id = cluster.pk
            touched.add(cluster.pk)
    if moved or alone:
        for statement in [*moved, *alone]:
            statement.is_lead = False  # `refresh` chooses each group's lead
        Statement.objects.bulk_update([*moved, *alone], ["cluster", "is_lead"])
    touched.discard(None)
    refresh(touched)
    return touched


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


def lead_key(statement: Statement):
    """The report that speaks for a group sorts first: not rejected, a direct quote before a
    partial one before a paraphrase, verified before unreviewed, the earliest article."""
    published = statement.source.published_on
    return (
        statement.review_status == Statement.ReviewStatus.REJECTED,
        KIND_RANK.get(statement.kind, 3),
        statement.review_status != Statement.ReviewStatus.VERIFIED,
        published is None,
        published or dt.date.min,
        statement.pk,
    )


def origin_key(statement: Statement):
    """The earliest report sorts first (publication date, then when it was said)."""
    published = statement.source.published_on
    return (published is None, published or dt.date.min, statement.pk)


def refresh(cluster_ids: Iterable[int]) -> None:
    """Recount each group's reports, choose its lead; delete groups left empty."""
    ids = sorted({pk for pk in cluster_ids if pk is not None})
    if not ids:
        return
    members: dict[int, list[Statement]] = {pk: [] for pk in ids}
    for statement in (
        Statement.objects.filter(cluster_id__in=ids)
        .select_related("source")
        .only(
            "pk",
            "kind",
            "review_status",
            "is_lead",
            "cluster_id",
            "source__id",
            "source__published_on",
        )
    ):
        members[statement.cluster_id].append(statement)
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
    demote, promote, recounted = [], [], []
    for pk, group in members.items():
        if not group:
            continue
        lead = min(group, key=lead_key)
        demote += [s.pk for s in group if s.is_lead and s.pk != lead.pk]
        if not lead.is_lead:
            promote.append(lead.pk)
        sources = {s.source_id for s in group}
        reports = len(group) + sum(copies.get(source_id, 0) for source_id in sources)
        recounted.append(Cluster(pk=pk, reports=reports))
    if recounted:
        Cluster.objects.bulk_update(recounted, ["reports"])
    # Demote first: one lead per group is a constraint.
    if demote:
        Statement.objects.filter(pk__in=demote).update(is_lead=False)
    if promote:
        Statement.objects.filter(pk__in=promote).update(is_lead=True)


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
