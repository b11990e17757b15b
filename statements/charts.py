"""Statement counts over time as an inline SVG bar chart, built server-side.

One GROUP BY query (by month, stacked by the speaker's affiliation) for the current filter;
when the filtered statements fall within three months, a second query over those few rows
counts them by week. Each bar is a link narrowing `date_from`/`date_to` to that bar, so clicking
drills down without JavaScript. A data table beside the chart is the text alternative.

Aggregating a million rows costs more than a page should, so results are cached for
`WARLOG_CHART_CACHE_SECONDS` (default 600) under a key made of the database, the aggregate's SQL
and the newest statement's id and update time: new or re-ingested statements show at once (an
editor's change to an older statement shows when the entry expires). The cache is the project's
default, shared by the gunicorn workers (settings.CACHES: files), so a filter is aggregated once
per period, not once per worker. The totals are exact, so the lists take their count from here.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import OperationalError, connections
from django.db.models import BooleanField, Count, ExpressionWrapper, F, Q, Subquery
from django.http import QueryDict
from django.template.loader import render_to_string
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from . import summary
from .dbsession import cut_by_timeout
from .models import Actor, DailyCount, Source, Statement
from .summary import CountFilter

# Okabe–Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"]
OTHER_COLOUR = "#8a8a8a"
OTHER = "Other"
UNATTRIBUTED = "Unattributed"
UNAFFILIATED = "No affiliation"
WEEKLY_UP_TO_MONTHS = 3  # dates within three months are counted by week
MAX_MONTH_BARS = 96  # beyond eight years of months, bars become years

WIDTH, HEIGHT = 720, 200
LEFT, RIGHT, TOP, BOTTOM = 52, 8, 12, 30


@dataclass
class Bar:
    start: dt.date
    end: dt.date
    label: str
    counts: dict[str, int]
    href: str = ""

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class Chart:
    granularity: str  # "week" | "month" | "year"
    bars: list[Bar]
    series: list[tuple[str, str, int]]  # (affiliation, colour, total)
    undated: int
    stack: str = "affiliation"  # what the colours are: "affiliation" | "speaker"
    svg: SafeString = field(default_factory=SafeString)
    html: SafeString = field(default_factory=SafeString)  # _chart.html, drawn with the SVG

    @property
    def dated(self) -> int:
        return sum(bar.total for bar in self.bars)


# --------------------------------------------------------------------------- data


def _affiliation(row: dict) -> str:
    if row["actor_id"] is None:
        return UNATTRIBUTED
    return row["actor__affiliation"] or UNAFFILIATED


def _speaker(row: dict) -> str:
    return row["actor__name"] if row["actor_id"] is not None else UNATTRIBUTED


def grouped_counts(rows, bucket, stack: str, total) -> list[dict]:
    """`rows` (statements or summary rows) counted by `bucket` and the stack's series, as dicts
    of bucket, actor_id, actor__name or actor__affiliation, n. Stacked by affiliation, the
    speakers are not grouped on (a million statements have ~2,000 of them, a month's bars
    twenty affiliations): only whether there is one, `actor_id` standing for it (0 or None)."""
    rows = rows.order_by().annotate(bucket=bucket)
    if stack == "speaker":
        return list(rows.values("bucket", "actor_id", "actor__name").annotate(n=total))
    unattributed = ExpressionWrapper(Q(actor__isnull=True), output_field=BooleanField())
    counted = (
        rows.annotate(unattributed=unattributed)
        .values("bucket", "unattributed", "actor__affiliation")
        .annotate(n=total)
    )
    return [
        {
            "bucket": row["bucket"],
            "actor_id": None if row["unattributed"] else 0,
            "actor__affiliation": row["actor__affiliation"],
            "n": row["n"],
        }
        for row in counted
    ]


def _counts(queryset, trunc, stack: str) -> list[dict]:
    return grouped_counts(queryset, trunc("said_on"), stack, Count("pk"))


def _grouped(
    rows: list[dict], stack: str = "affiliation"
) -> tuple[dict[dt.date, dict[str, int]], int]:
    series_of = _speaker if stack == "speaker" else _affiliation
    buckets: dict[dt.date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    undated = 0
    for row in rows:
        if row["bucket"] is None:
            undated += row["n"]
        else:
            bucket = row["bucket"]
            bucket = bucket.date() if isinstance(bucket, dt.datetime) else bucket
            buckets[bucket][series_of(row)] += row["n"]
    return buckets, undated


def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _next_month(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def _period_start(day: dt.date, granularity: str) -> dt.date:
    if granularity == "week":
        return day - dt.timedelta(days=day.weekday())
    if granularity == "month":
        return day.replace(day=1)
    return day.replace(month=1, day=1)


def _span(buckets, start: dt.date | None, end: dt.date | None) -> tuple[dt.date, dt.date]:
    """The first and last day the bars cover: the chosen dates where given, else the data's."""
    first = start or min(buckets)
    last = end or max(buckets)
    return (min(first, last), max(first, last))


def _bars(
    buckets: dict[dt.date, dict[str, int]],
    granularity: str,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> list[Bar]:
    """One bar per period from the first to the last, empty periods included; the periods
    run over the chosen date range (`start`, `end`) where one is given."""
    if not buckets:
        return []
    first, last = (_period_start(d, granularity) for d in _span(buckets, start, end))
    bars = []
    if granularity == "week":
        day = first
        while day <= last:
            end = day + dt.timedelta(days=6)
            bars.append(Bar(day, end, f"week of {day.day} {day:%b %Y}", dict(buckets.get(day, {}))))
            day += dt.timedelta(days=7)
    elif granularity == "month":
        day = first
        while day <= last:
            bars.append(Bar(day, _month_end(day), f"{day:%B %Y}", dict(buckets.get(day, {}))))
            day = _next_month(day)
    else:
        years: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for day, counts in buckets.items():
            for key, n in counts.items():
                years[day.year][key] += n
        for year in range(first.year, last.year + 1):
            bars.append(
                Bar(
                    dt.date(year, 1, 1), dt.date(year, 12, 31), str(year), dict(years.get(year, {}))
                )
            )
    return bars


def _series(bars: list[Bar]) -> list[tuple[str, str, int]]:
    """The six largest series (affiliations or speakers) get colours; the rest are summed
    into "Other"."""
    totals: dict[str, int] = defaultdict(int)
    for bar in bars:
        for key, n in bar.counts.items():
            totals[key] += n
    ranked = sorted(totals.items(), key=lambda item: (-item[1], item[0]))
    named = [(key, n) for key, n in ranked if key not in (UNATTRIBUTED, UNAFFILIATED)]
    kept = [key for key, _ in named[: len(PALETTE)]]
    series = [(key, PALETTE[i], totals[key]) for i, key in enumerate(kept)]
    rest = sum(n for key, n in ranked if key not in kept)
    if rest:
        series.append((OTHER, OTHER_COLOUR, rest))
        for bar in bars:
            other = sum(n for key, n in bar.counts.items() if key not in kept)
            bar.counts = {key: n for key, n in bar.counts.items() if key in kept}
            if other:
                bar.counts[OTHER] = other
    return series


def chart_data(
    queryset,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    stack: str = "affiliation",
    counted: CountFilter | None = None,
) -> Chart:
    """Counts for `queryset` (any filtered Statement queryset), by week, month or year, over
    the date range [start, end] where given (else the data's own), stacked by `stack`
    ("affiliation", or "speaker" when a few speakers are chosen). With `counted` (the same
    filter as the summary can answer it), the counts come from the summary table."""

    # Without the summary, the rows are counted once, by day, and rolled up here into months
    # or weeks: a short span (the busiest event's 5,083 rows: ~25 ms an aggregate) is then
    # not aggregated twice, by month and again by week.
    daily = _counts(queryset, F, stack) if counted is None else []

    def counts(granularity: str) -> list[dict]:
        if counted is not None:
            return summary.chart_rows(counted, granularity, stack, using=queryset.db)
        return [
            {**row, "bucket": row["bucket"] and _period_start(row["bucket"], granularity)}
            for row in daily
        ]

    buckets, undated = _grouped(counts("month"), stack)
    granularity = "month"
    if buckets:
        first, last = _span(buckets, start, end)
        months = (last.year - first.year) * 12 + last.month - first.month + 1
        if months <= WEEKLY_UP_TO_MONTHS:
            buckets, undated = _grouped(counts("week"), stack)
            granularity = "week"
        elif months > MAX_MONTH_BARS:
            granularity = "year"
    bars = _bars(buckets, granularity, start, end)
    return Chart(
        granularity=granularity, bars=bars, series=_series(bars), undated=undated, stack=stack
    )


def freshness() -> tuple | None:
    """What changes when what a page shows does, in one query: the newest statement, the
    newest summary row (every recount inserts rows, so an edit to an old statement shows at
    once), and the newest edit of an article (its date orders the timeline) and of a speaker
    (its name is on every card), each read from the end of an index."""

    def newest(model, field: str) -> Subquery:
        return Subquery(model.objects.order_by(f"-{field}").values(field)[:1])

    return (
        Statement.objects.order_by("-pk")
        .annotate(
            summary=newest(DailyCount, "pk"),
            sources=newest(Source, "updated_at"),
            actors=newest(Actor, "updated_at"),
        )
        .values_list("pk", "updated_at", "summary", "sources", "actors")
        .first()
    )


def cache_key(queryset, *extra) -> str:
    """A key for what `queryset` counts now: its SQL and the data's `freshness()`."""
    newest = freshness()
    try:
        sql, params = queryset.order_by().values("pk").query.sql_with_params()
    except EmptyResultSet:  # none(): a search with nothing to look for
        sql, params = "EMPTY", ()
    database = connections[queryset.db].settings_dict["NAME"]  # one cache, several databases
    raw = f"{database}|{sql}|{params!r}|{newest!r}|{extra!r}"
    return "warlog:chart:" + hashlib.sha256(raw.encode()).hexdigest()


def cache_seconds() -> int:
    return getattr(settings, "WARLOG_CHART_CACHE_SECONDS", 600)


def cached_chart_data(queryset) -> Chart:
    if not cache_seconds():
        return chart_data(queryset)
    key = cache_key(queryset)
    chart = cache.get(key)
    if chart is None:
        chart = chart_data(queryset)
        cache.set(key, chart, cache_seconds())
    return chart


# --------------------------------------------------------------------------- drawing


def _num(value: float) -> str:
    """A coordinate as SVG wants it: two decimals at most, no trailing zeros."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _nice_max(value: int) -> int:
    """A round top for the y axis whose half is a whole number too."""
    if value <= 10:
        return max(2, value + value % 2)
    magnitude = 10 ** (len(str(value)) - 1)
    for step in (1, 2, 4, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return value


def _tick_label(bar: Bar, index: int, granularity: str, count: int) -> str:
    if granularity == "year":
        return bar.label
    if granularity == "week":
        every = -(-count // 7)  # at most seven labels
        return f"{bar.start.day} {bar.start:%b}" if index % every == 0 else ""
    # At most about seven labels, so they stay apart on a 390 px phone too.
    if count <= 7:
        return f"{bar.start:%b}" if bar.start.month != 1 else f"{bar.start:%Y}"
    if count <= 24:
        if bar.start.month == 1:
            return f"{bar.start:%Y}"
        return f"{bar.start:%b}" if bar.start.month in (4, 7, 10) and index else ""
    if bar.start.month == 1 or index == 0:
        every = -(-count // 84)  # one label a year, every other year beyond seven
        return f"{bar.start:%Y}" if bar.start.year % every == 0 or index == 0 else ""
    return ""


def _describe(bar: Bar, series: list[tuple[str, str, int]]) -> str:
    parts = [f"{key} {bar.counts[key]:,}" for key, _, _ in series if bar.counts.get(key)]
    noun = "statement" if bar.total == 1 else "statements"
    detail = f" ({', '.join(parts)})" if parts else ""
    return f"{bar.label}: {bar.total:,} {noun}{detail}"


def render_svg(chart: Chart, *, query: QueryDict) -> SafeString:
    """The chart as inline SVG; each bar links to `query` narrowed to the bar's dates."""
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    top = _nice_max(max((bar.total for bar in chart.bars), default=0))
    slot = plot_w / max(len(chart.bars), 1)
    gap = min(2.0, slot * 0.15)
    colours = {key: colour for key, colour, _ in chart.series}
    parts = []
    for tick in (0, top // 2, top):
        y = TOP + plot_h - plot_h * tick / top
        label = f"{tick:,}"
        parts.append(
            format_html(
                '<line class="grid" x1="{}" x2="{}" y1="{}" y2="{}"/>'
                '<text class="axis" x="{}" y="{}" text-anchor="end">{}</text>',
                LEFT,
                WIDTH - RIGHT,
                _num(y),
                _num(y),
                LEFT - 6,
                _num(y + 4),
                label,
            )
        )
    for index, bar in enumerate(chart.bars):
        x = LEFT + index * slot
        params = query.copy()
        params.pop("page", None)
        params.pop("cursor", None)
        params["date_from"], params["date_to"] = bar.start.isoformat(), bar.end.isoformat()
        bar.href = "?" + params.urlencode()
        description = _describe(bar, chart.series)
        y = TOP + plot_h
        rects = []
        for key, _, _ in chart.series:
            n = bar.counts.get(key, 0)
            if not n:
                continue
            h = plot_h * n / top
            y -= h
            rects.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>',
                    _num(x + gap / 2),
                    _num(y),
                    _num(max(slot - gap, 0.5)),
                    _num(h),
                    colours[key],
                )
            )
        if bar.total:
            parts.append(
                format_html(
                    '<a href="{}" aria-label="{}"><title>{}</title>'
                    '<rect class="hit" x="{}" y="{}" width="{}" height="{}"/>{}</a>',
                    bar.href,
                    description,
                    description,
                    _num(x),
                    TOP,
                    _num(slot),
                    plot_h,
                    SafeString("".join(rects)),
                )
            )
        # An empty period is a gap in the chart, not a link: nothing to reach by Tab.
        tick = _tick_label(bar, index, chart.granularity, len(chart.bars))
        if tick:
            parts.append(
                format_html(
                    '<text class="axis" x="{}" y="{}">{}</text>',
                    _num(x + 1),
                    HEIGHT - 6,
                    tick,
                )
            )
    summary = (
        f"Statements per {chart.granularity}, {chart.bars[0].label} to {chart.bars[-1].label}, "
        f"{chart.dated:,} in all, stacked by "
        f"{'speaker' if chart.stack == 'speaker' else 'the speaker' + chr(39) + 's affiliation'}."
        if chart.bars
        else "No dated statements."
    )
    return format_html(
        '<svg class="chart" viewBox="0 0 {} {}" preserveAspectRatio="xMidYMid meet" '
        'role="group" aria-labelledby="chart-title" aria-describedby="chart-desc">'
        '<title id="chart-title">Statements over time</title><desc id="chart-desc">{}</desc>'
        '<line class="baseline" x1="{}" x2="{}" y1="{}" y2="{}"/>{}</svg>',
        WIDTH,
        HEIGHT,
        summary,
        LEFT,
        WIDTH - RIGHT,
        TOP + plot_h,
        TOP + plot_h,
        format_html_join("", "{}", ((part,) for part in parts)),
    )


@dataclass(frozen=True)
class Deferred:
    """A chart the page leaves to its script (`/chart.json`): more statements than a page
    should aggregate before answering, or (`failed`) an aggregate that recently ran out of
    time, which is not tried again until `FAILED_SECONDS` have passed."""

    failed: bool = False
    awaits: str = ""  # the cache key of the aggregate that, once counted, makes it drawable


# A page aggregates a search's chart (which the summary cannot answer) itself only when the
# planner expects at most this many rows; beyond, /chart.json draws it after the page (a search
# matching 471,235 of a million statements: 2.5-3.4 s, enough to pass the statement timeout
# under load).
LIVE_CHART_ROWS = 20_000
FAILED_SECONDS = 300


def estimated_rows(queryset) -> int | None:
    """The planner's estimate of the rows `queryset` holds (PostgreSQL), else None."""
    if connections[queryset.db].vendor != "postgresql":
        return None
    try:
        plan = queryset.order_by().explain(format="json")
    except EmptyResultSet:
        return 0
    if not plan:  # none(): a search with nothing to look for
        return 0
    return int(json.loads(plan)[0]["Plan"]["Plan Rows"])


def statement_chart(
    queryset,
    *,
    query: QueryDict,
    start: dt.date | None = None,
    end: dt.date | None = None,
    stack: str = "affiliation",
    counted: CountFilter | None = None,
    defer_above: int | None = None,
) -> Chart | Deferred | None:
    """The chart for a filtered queryset, ready for the template (None when nothing matches).

    Drawn once per filter and cache period too: the SVG's links depend on the query string
    (without `page`/`cursor`), the bars on the rows. A chart whose aggregate was cut by the
    statement timeout is remembered as failed for `FAILED_SECONDS` and answered `Deferred(failed=
    True)` meanwhile, not tried again per request. With `defer_above` (a page), a chart neither
    cached nor answered by the summary is `Deferred` when the planner expects more rows than
    that, and a timeout is answered `Deferred(failed=True)`; without (`/chart.json`), raised.
    """

    def data() -> Chart:
        return chart_data(queryset, start=start, end=end, stack=stack, counted=counted)

    if not cache_seconds():
        if defer_above is not None and counted is None:
            estimate = estimated_rows(queryset)
            if estimate is not None and estimate > defer_above:
                return Deferred()
        chart = _drawn(data(), query)
        return chart if chart.bars or chart.undated else None
    links = query.copy()
    links.pop("page", None)
    links.pop("cursor", None)
    key = cache_key(queryset, start, end, stack)
    drawn_key = f"{key}:drawn:" + hashlib.sha256(links.urlencode().encode()).hexdigest()
    chart = cache.get(drawn_key)
    if chart is None:
        chart = cache.get(key)
        if chart is None:
            marks = cache.get_many([f"{key}:failed", f"{key}:broad"])
            if marks.get(f"{key}:failed"):
                return Deferred(failed=True)
            if defer_above is not None and counted is None:
                if marks.get(f"{key}:broad"):  # the planner's word, asked once per period
                    return Deferred(awaits=key)
                estimate = estimated_rows(queryset)
                if estimate is not None and estimate > defer_above:
                    cache.set(f"{key}:broad", True, cache_seconds())
                    return Deferred(awaits=key)
            try:
                chart = data()
            except OperationalError as error:
                if not cut_by_timeout(error):
                    raise
                cache.set(f"{key}:failed", True, FAILED_SECONDS)
                if defer_above is None:
                    raise
                return Deferred(failed=True)
            cache.set(key, chart, cache_seconds())
        chart = _drawn(chart, query)
        cache.set(drawn_key, chart, cache_seconds())
    return chart if chart.bars or chart.undated else None


def chart_as_json(chart: Chart) -> dict:
    """The chart's numbers for `/chart.json`."""
    return {
        "granularity": chart.granularity,
        "stack": chart.stack,
        "dated": chart.dated,
        "undated": chart.undated,
        "series": [
            {"name": name, "colour": colour, "total": total} for name, colour, total in chart.series
        ],
        "bars": [
            {
                "label": bar.label,
                "start": bar.start.isoformat(),
                "end": bar.end.isoformat(),
                "total": bar.total,
                "counts": bar.counts,
                "href": bar.href,
            }
            for bar in chart.bars
        ],
    }


def _drawn(chart: Chart, query: QueryDict) -> Chart:
    """The chart with its SVG and its whole markup (`_chart.html`: the legend and the table
    too, ~3 ms of a page's rendering), kept with it in the cache."""
    if chart.bars:
        chart.svg = render_svg(chart, query=query)
    chart.html = render_to_string("statements/_chart.html", {"chart": chart})
    return chart
