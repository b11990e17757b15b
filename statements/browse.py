"""Browsing beside the timeline: speakers, events, articles, the about page and compare.

Each index is one aggregate query over a small table joined to the statements (counts of
visible statements, newest date said), paged by number; /compare/ reads 2-4 speakers'
statements month by month with a window function, so no cell costs a query of its own.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count, F, Max, Q, Window
from django.db.models.functions import RowNumber, TruncMonth
from django.http import QueryDict
from django.shortcuts import render

from .charts import cache_key, cache_seconds
from .extraction.results import ARTICLE_DATE_EVIDENCE, NEWEST_DATE_EVIDENCE
from .filters import StatementFilter
from .models import Actor, Event, ReviewStatus, Source, Statement

PAGE_SIZE = 50
COMPARE_MIN, COMPARE_MAX = 2, 4
PER_CELL = 3  # statements shown per speaker and month; the rest are a link
# Statements readers see, as a condition on a joined row (a negated Q on a multi-valued
# relation would become a NOT EXISTS over the whole actor instead).
VISIBLE = Q(statements__review_status__in=[s for s in ReviewStatus if s != ReviewStatus.REJECTED])


def _page(request, rows):
    paginator = Paginator(rows, PAGE_SIZE)
    return paginator.get_page(request.GET.get("page"))


def _cached(compute, *parts):
    """`compute()`, cached like the chart (`charts.cache_key`: the newest statement and
    `parts`): the indexes aggregate every statement, seconds at a million rows."""
    if not cache_seconds():
        return compute()
    key = cache_key(Statement.objects.all(), *parts)
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, cache_seconds())
    return value


# --------------------------------------------------------------------------- actors


def actor_index(request):
    """`/actors/?q=&affiliation=&sort=count|name`: speakers with statements."""
    text = request.GET.get("q", "").strip()[:100]
    affiliation = request.GET.get("affiliation", "").strip()[:100]
    sort = request.GET.get("sort") if request.GET.get("sort") in ("count", "name") else "count"
    actors = Actor.objects.all()
    if text:
        actors = actors.matching(text)
    if affiliation:
        actors = actors.filter(affiliation=affiliation)
    actors = (
        actors.annotate(
            n=Count("statements", filter=VISIBLE),
            last=Max("statements__said_on", filter=VISIBLE),
        )
        .filter(n__gt=0)
        .order_by(*(("-n", "name") if sort == "count" else ("name",)))
    )
    affiliations = (
        Actor.objects.exclude(affiliation="")
        .filter(VISIBLE)
        .values_list("affiliation")
        .annotate(n=Count("statements"))
        .order_by("-n", "affiliation")
    )
    return render(
        request,
        "statements/actor_index.html",
        {
            "page": _page(
                request, _cached(lambda: list(actors), "actors", text, affiliation, sort)
            ),
            "q": text,
            "affiliation": affiliation,
            "affiliations": _cached(lambda: list(affiliations), "affiliations"),
            "sort": sort,
        },
    )


# --------------------------------------------------------------------------- events


def event_index(request):
    """`/events/`: every event on a time line, by year, with its statement count."""
    counted = Event.objects.annotate(n=Count("statements", filter=VISIBLE)).order_by(
        "starts_on", "name"
    )
    events = _cached(lambda: list(counted), "events")
    years: dict[int, list[Event]] = defaultdict(list)
    for event in events:
        years[event.starts_on.year].append(event)
    most = max((event.n for event in events), default=0) or 1
    return render(
        request,
        "statements/event_index.html",
        {"years": sorted(years.items()), "most": most, "total": len(events)},
    )


# --------------------------------------------------------------------------- sources


def source_index(request):
    """`/sources/?outlet=`: articles, newest published first, by outlet. Statement counts are
    read for the page's articles only (one GROUP BY over their ids)."""
    outlet = request.GET.get("outlet", "").strip()[:200]
    sources = Source.objects.defer("text", "published_evidence")
    if outlet:
        sources = sources.filter(outlet=outlet)
    outlets = (
        Source.objects.exclude(outlet="")
        .values_list("outlet")
        .annotate(n=Count("pk"))
        .order_by("-n", "outlet")
    )
    page = _page(request, sources.order_by(F("published_on").desc(nulls_last=True), "-pk"))
    counts = dict(
        Statement.objects.visible()
        .filter(source_id__in=[source.pk for source in page.object_list])
        .values_list("source_id")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for source in page.object_list:
        source.n = counts.get(source.pk, 0)
    return render(
        request,
        "statements/source_index.html",
        {
            "page": page,
            "outlet": outlet,
            "outlets": _cached(lambda: list(outlets), "outlets"),
        },
    )


# --------------------------------------------------------------------------- about


def about(request):
    """`/about/`: what Warlog holds, counted once per cache period (a scan at 1M rows)."""
    key = cache_key(Statement.objects.all(), "about")
    figures = cache.get(key) if cache_seconds() else None
    if figures is None:
        figures = _figures()
        if cache_seconds():
            cache.set(key, figures, cache_seconds())
    return render(request, "statements/about.html", {"figures": figures})


def _figures() -> dict:
    visible = Statement.objects.visible()
    figures = visible.aggregate(
        statements=Count("pk"),
        verified=Count("pk", filter=Q(review_status=ReviewStatus.VERIFIED)),
        dated=Count("pk", filter=Q(said_on__isnull=False)),
        from_article=Count(
            "pk",
            filter=Q(said_on_evidence__contains=ARTICLE_DATE_EVIDENCE)
            | Q(said_on_evidence__contains=NEWEST_DATE_EVIDENCE),
        ),
    )
    figures["sources"] = Source.objects.count()
    figures["actors"] = visible.exclude(actor=None).values("actor_id").distinct().count()
    return figures


# --------------------------------------------------------------------------- compare


@dataclass
class Cell:
    statements: list[Statement] = field(default_factory=list)
    count: int = 0
    href: str = ""


@dataclass
class Row:
    label: str
    month: dt.date | None
    cells: list[Cell]


def _month_end(day: dt.date) -> dt.date:
    following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def compare(request):
    """`/compare/?actor=A&actor=B[&q=...]`: two to four speakers side by side by month."""
    filterset = StatementFilter(request.GET, queryset=Statement.objects.for_reading())
    errors, actors, rows = [], [], []
    status = 200
    if not filterset.is_valid():
        errors, status = filterset.error_messages(), 400
    else:
        actors = filterset.form.cleaned_data.get("actor") or []
        if len(actors) > COMPARE_MAX:
            errors, status = [f"Compare at most {COMPARE_MAX} speakers at once."], 400
        elif len(actors) >= COMPARE_MIN:
            rows = _cached(
                lambda: _compare_rows(filterset, actors, request.GET),
                "compare",
                str(filterset.qs.query),
            )
    return render(
        request,
        "statements/compare.html",
        {
            "filter": filterset,
            "actors": actors if not errors else [],
            "slots": _slots(request, actors if not errors else []),
            "rows": rows,
            "errors": errors,
            "q": request.GET.get("q", ""),
            "width": max(len(actors), 1),
        },
        status=status,
    )


def _slots(request, actors) -> list[tuple[int, str]]:
    """The form's speaker boxes: the chosen speakers, then empty boxes up to four."""
    values = [a.slug for a in actors] or [v for v in request.GET.getlist("actor") if v.strip()]
    values = values[:COMPARE_MAX]
    return list(enumerate(values + [""] * (COMPARE_MAX - len(values)), start=1))


def _compare_rows(filterset, actors, query: QueryDict) -> list[Row]:
    qs = filterset.qs.order_by()
    month = TruncMonth("said_on")
    counts = {
        (row["actor_id"], _day(row["m"]) if row["m"] else None): row["n"]
        for row in qs.annotate(m=month).values("actor_id", "m").annotate(n=Count("pk"))
    }
    ranked = qs.annotate(
        m=month,
        rank=Window(
            RowNumber(),
            partition_by=[F("actor_id"), month],
            order_by=[F("said_on").asc(nulls_last=True), F("pk").asc()],
        ),
    ).filter(rank__lte=PER_CELL)
    shown: dict[tuple[int, dt.date | None], list[Statement]] = defaultdict(list)
    for statement in ranked.order_by("said_on", "pk"):
        key = _day(statement.m) if statement.m else None
        shown[(statement.actor_id, key)].append(statement)
    months = sorted({m for _, m in counts if m is not None}, reverse=True)
    rows = []
    for m in [*months, None]:
        cells = []
        for actor in actors:
            n = counts.get((actor.pk, m), 0)
            params = QueryDict(mutable=True)
            params["actor"] = actor.slug
            if query.get("q"):
                params["q"] = query["q"]
            if m is not None:
                params["date_from"], params["date_to"] = m.isoformat(), _month_end(m).isoformat()
            cells.append(Cell(shown.get((actor.pk, m), []), n, "/?" + params.urlencode()))
        if any(cell.count for cell in cells):
            rows.append(Row(f"{m:%B %Y}" if m else "Date not stated", m, cells))
    return rows


def _day(value) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value
