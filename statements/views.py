"""Reader-facing pages and exports.

Every list (timeline, actor, event) and every export is `StatementFilter` over
`Statement.objects.for_reading()`; an invalid query string is reported (HTTP 400, with the
problems on the page) and never half-applied. Pages cost a constant number of queries: the
chart (cached, and its totals are the list's count), one page of rows, their events and the
filter form's choices. Deep pages are reached by cursor (keyset), never by a large OFFSET.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from math import ceil

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.http import (
    HttpResponse,
    HttpResponseBadRequest,
    JsonResponse,
    StreamingHttpResponse,
)
from django.shortcuts import get_object_or_404, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.text import slugify

from . import exports, grouping, summary
from .charts import (
    FAILED_SECONDS,
    LIVE_CHART_ROWS,
    Deferred,
    cache_seconds,
    chart_as_json,
    freshness,
    statement_chart,
)
from .corrections import attributed_by_editors, correction_of
from .dbsession import set_statement_timeout
from .facets import LIVE_FACET_ROWS, TOP_SPEAKERS, facet_counts, page_facets
from .facets import as_json as facets_as_json
from .feeds import describe_filters, speaker_of
from .filters import DEFAULT_SORT, READER_STATUSES, SORTS, ActorSearchForm, StatementFilter
from .highlight import Span, context_of, marked_text
from .models import Actor, Event, Precision, Source, Statement
from .said_dates import said_date
from .search import highlight_stems
from .summary import count_filter

COUNT_LIMIT = 10_000  # `page=N` reaches this many rows; cursors (Older/Newer) go on to the end
NEARBY_DAYS = 30


# --------------------------------------------------------------------------- pagination


SHALLOW_PAGES = 10  # numbered links (`page=N`, an OFFSET) only this far; beyond, cursors


@dataclass
class BoundedPage:
    """A page of a list.

    Reached by number (`page=N`, an OFFSET, up to `COUNT_LIMIT` rows deep) or by a cursor
    (`cursor=`, the Newer/Older links: a keyset walk whose cost does not grow with depth, so
    those go on to the end). `count` is exact: it comes with the chart's cached aggregate.
    """

    number: int
    size: int
    count: int | None  # None: not counted yet (a broad search's chart is drawn after the page)
    object_list: list
    has_previous: bool = False
    has_next: bool = False

    @property
    def capped(self) -> bool:
        return self.count is not None and self.count > COUNT_LIMIT

    @property
    def num_pages(self) -> int:
        if self.count is None:  # known to go on one page further at most
            return self.number + self.has_next
        return max(1, ceil(self.count / self.size))

    @property
    def numbered_pages(self) -> int:
        """How many pages `page=N` reaches (an OFFSET costs the rows it skips)."""
        if self.count is None:
            return min(self.num_pages, ceil(COUNT_LIMIT / self.size))
        return max(1, ceil(min(self.count, COUNT_LIMIT) / self.size))

    @property
    def previous_page_number(self) -> int:
        return self.number - 1

    @property
    def next_page_number(self) -> int:
        return self.number + 1

    @property
    def start_index(self) -> int:
        return (self.number - 1) * self.size + 1 if self.object_list else 0

    @property
    def end_index(self) -> int:
        return (self.number - 1) * self.size + len(self.object_list)

    @property
    def page_range(self) -> list[int | None]:
        """Numbered pages to show: the first, and two either side of this one, linked up to
        `SHALLOW_PAGES` (None = a gap). Deeper pages are reached with Older/Newer."""
        linked = min(self.numbered_pages, SHALLOW_PAGES)
        wanted = {p for p in {1, *range(self.number - 2, self.number + 3)} if 1 <= p <= linked}
        if self.num_pages <= SHALLOW_PAGES:
            wanted.add(self.num_pages)
        shown = sorted(wanted | {self.number})
        pages, previous = [], 0
        for n in shown:
            if n - previous > 1:
                pages.append(None)
            pages.append(n)
            previous = n
        if previous < self.num_pages:
            pages.append(None)
        return pages


class PageError(Exception):
    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


def parse_page(value: str | None) -> int:
    if value in (None, ""):
        return 1
    if not value.isascii() or not value.isdigit() or int(value) < 1:
        raise PageError(f"Page (page): “{value}” is not a page number.", 400)
    return int(value)


# ----------------------------------------------------------------- keyset (cursor) pages

# sort -> (first key, second key, ascending). Every sort is (key1, key2, id), one direction,
# nulls last: see filters.SORTS.
SORT_KEYS = {
    "said_desc": ("said_on", "published_on", False),
    "said_asc": ("said_on", "published_on", True),
    "published_desc": ("source__published_on", "said_on", False),
    "published_asc": ("source__published_on", "said_on", True),
}
CURSOR = re.compile(r"([np])\.(\d{1,9})\.(\d{4}-\d\d-\d\d)?\.(\d{4}-\d\d-\d\d)?\.(\d{1,18})")


@dataclass(frozen=True)
class Cursor:
    """A position in a sorted list: the keys of one row, and which way to go from it.

    Written `n.<page>.<key1>.<key2>.<id>` ("n": the rows after it, "p": the rows before it;
    an empty key is a null date), e.g. `n.2.2024-08-09.2024-08-10.8123`.
    """

    forward: bool
    number: int  # the page number this cursor leads to
    first: dt.date | None
    second: dt.date | None
    pk: int

    @classmethod
    def parse(cls, value: str) -> Cursor:
        found = CURSOR.fullmatch(value)
        try:
            if not found:
                raise ValueError(value)
            direction, number, first, second, pk = found.groups()
            cursor = cls(
                forward=direction == "n",
                number=int(number),
                first=dt.date.fromisoformat(first) if first else None,
                second=dt.date.fromisoformat(second) if second else None,
                pk=int(pk),
            )
        except ValueError:
            raise PageError(
                f"Cursor (cursor): “{value[:100]}” is not a position in this list; "
                "start again from the first page.",
                400,
            ) from None
        if cursor.number < 1:
            raise PageError("Cursor (cursor): page numbers start at 1.", 400)
        return cursor

    @classmethod
    def at(cls, statement: Statement, sort: str, *, forward: bool, number: int) -> Cursor:
        key1, key2, _ = SORT_KEYS[sort]
        said, published = statement.said_on, statement.published_on  # the source's, copied
        first, second = (said, published) if key1 == "said_on" else (published, said)
        return cls(forward=forward, number=number, first=first, second=second, pk=statement.pk)

    def __str__(self) -> str:
        keys = [d.isoformat() if d else "" for d in (self.first, self.second)]
        return ".".join(["n" if self.forward else "p", str(self.number), *keys, str(self.pk)])


def _beyond(field: str, value, ascending: bool) -> Q:
    """Strictly later than `value` in an order on `field` (nulls excluded by the comparison)."""
    return Q(**{f"{field}__{'gt' if ascending else 'lt'}": value})


def _after_in_group(field: str, value, pk: int, ascending: bool) -> Q:
    """Among rows sharing the first key: later than (value, pk) in the order (nulls last)."""
    later_id = _beyond("pk", pk, ascending)
    if value is None:
        return Q(**{f"{field}__isnull": True}) & later_id
    return (
        _beyond(field, value, ascending)
        | Q(**{f"{field}__isnull": True})
        | (Q(**{field: value}) & later_id)
    )


def _before_in_group(field: str, value, pk: int, ascending: bool) -> Q:
    """Among rows sharing the first key: earlier than (value, pk) in the order (nulls last)."""
    earlier_id = _beyond("pk", pk, not ascending)
    if value is None:
        return Q(**{f"{field}__isnull": False}) | (Q(**{f"{field}__isnull": True}) & earlier_id)
    return _beyond(field, value, not ascending) | (Q(**{field: value}) & earlier_id)


def keyset_segments(queryset, cursor: Cursor, sort: str) -> list:
    """The rows after (or before) `cursor`, as querysets to read one after the other.

    Each segment opens with a range on the first key (`said_on <= d`: an Index Cond on the
    timeline index), so a deep page costs what a first page costs. The rows whose first key is
    null come after all others; a walk that crosses into them reads a second segment.
    """
    key1, key2, ascending = SORT_KEYS[sort]
    first, second, pk = cursor.first, cursor.second, cursor.pk
    null1, dated1 = Q(**{f"{key1}__isnull": True}), Q(**{f"{key1}__isnull": False})
    if cursor.forward:
        if first is None:
            return [queryset.filter(null1, _after_in_group(key2, second, pk, ascending))]
        inclusive = {f"{key1}__{'gte' if ascending else 'lte'}": first}
        group = Q(**{key1: first}) & _after_in_group(key2, second, pk, ascending)
        return [
            queryset.filter(**inclusive).filter(_beyond(key1, first, ascending) | group),
            queryset.filter(null1),
        ]
    backwards = queryset.reverse()  # nulls first, every key flipped
    if first is None:
        return [
            backwards.filter(null1, _before_in_group(key2, second, pk, ascending)),
            backwards.filter(dated1),
        ]
    inclusive = {f"{key1}__{'lte' if ascending else 'gte'}": first}
    group = Q(**{key1: first}) & _before_in_group(key2, second, pk, ascending)
    return [backwards.filter(**inclusive).filter(_beyond(key1, first, not ascending) | group)]


def _read(segments: list, limit: int) -> list:
    rows: list = []
    for segment in segments:
        if len(rows) >= limit:
            break
        rows += segment.page(0, limit - len(rows))
    return rows


def bounded_page(queryset, number: int, size: int, count: int | None) -> BoundedPage:
    """Page `number` by OFFSET (fine for the first pages; `cursor_page` for deep ones). With
    `count` None (not known yet), one row more is read to tell whether a next page exists."""
    if count is None:
        return _uncounted_page(queryset, number, size)
    page = BoundedPage(number=number, size=size, count=count, object_list=[])
    if number > page.numbered_pages:
        if number <= page.num_pages:
            raise PageError(
                f"Pages by number stop at {COUNT_LIMIT:,} matches. Follow the Older links, "
                "narrow the filters, or download the CSV for all of them.",
                404,
            )
        raise PageError(f"There is no page {number}; the last page is {page.num_pages}.", 404)
    offset = (number - 1) * size
    page.object_list = queryset.page(offset, offset + size)
    page.has_previous = number > 1
    page.has_next = number < page.num_pages
    return page


def _uncounted_page(queryset, number: int, size: int) -> BoundedPage:
    if number > ceil(COUNT_LIMIT / size):
        raise PageError(
            f"Pages by number stop at {COUNT_LIMIT:,} matches. Follow the Older links, "
            "narrow the filters, or download the CSV for all of them.",
            404,
        )
    offset = (number - 1) * size
    rows = queryset.page(offset, offset + size + 1)
    if not rows and number > 1:
        raise PageError(f"There is no page {number}.", 404)
    return BoundedPage(
        number=number,
        size=size,
        count=None,
        object_list=rows[:size],
        has_previous=number > 1,
        has_next=len(rows) > size,
    )


def cursor_page(queryset, cursor: Cursor, sort: str, size: int, count: int | None) -> BoundedPage:
    """The page after or before `cursor`: a keyset walk, as cheap deep as on page 1."""
    page = BoundedPage(number=cursor.number, size=size, count=count, object_list=[])
    rows = _read(keyset_segments(queryset, cursor, sort), size + 1)
    more = len(rows) > size
    if cursor.forward:
        page.object_list = rows[:size]
        page.has_previous = True
        page.has_next = more
    else:
        page.object_list = rows[:size][::-1]
        page.has_previous = more
        page.has_next = True
    return page


def pager_links(request, page: BoundedPage, sort: str) -> dict:
    """Query strings for Newer/Older: a cursor from this page's first/last row, filters kept."""

    def link(**params) -> str:
        query = request.GET.copy()
        for key in ("page", "cursor"):
            query.pop(key, None)
        query.update(params)
        encoded = query.urlencode()
        return f"?{encoded}" if encoded else request.path

    rows = page.object_list
    links = {}
    if page.has_previous and rows:
        number = page.number - 1
        links["previous"] = (
            link()
            if number == 1
            else link(cursor=str(Cursor.at(rows[0], sort, forward=False, number=number)))
        )
    if page.has_next and rows:
        links["next"] = link(
            cursor=str(Cursor.at(rows[-1], sort, forward=True, number=page.number + 1))
        )
    return links


# --------------------------------------------------------------------------- shared list


def filtered(request, base=None) -> StatementFilter:
    return StatementFilter(
        request.GET, queryset=base if base is not None else Statement.objects.for_reading()
    )


def export_query(request, **fixed) -> str:
    """The current query string without `page`/`cursor`, with `fixed` parameters set."""
    query = request.GET.copy()
    query.pop("page", None)
    query.pop("cursor", None)
    for key, value in fixed.items():
        if value not in query.getlist(key):
            query.appendlist(key, value)
    return query.urlencode()


def date_heading(statement: Statement, sort: str) -> str:
    """The heading a statement is listed under, following the list's sort."""
    if sort.startswith("published"):
        day = statement.source.published_on
        return f"Published {long_date(day)}" if day else "Publication date unknown"
    day, precision = statement.said_on, statement.said_on_precision
    if day is None or precision == Precision.UNKNOWN:
        return "Date not stated"
    if precision == Precision.YEAR:
        return f"{day:%Y}"
    if precision == Precision.MONTH:
        return f"{day:%B %Y}"
    return long_date(day)


def long_date(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def statement_list(request, *, template: str, context: dict, base=None, fixed=None):
    """Render a filtered, paged, charted list of statements (timeline, actor, event)."""
    key = page_cache_key(request)
    cached = cache.get(key) if key else None
    if cached is not None:
        html, awaits = cached
        # A page whose chart was left to its script is kept until that chart is counted (by
        # the script's /chart.json): then the next reader gets the chart and count inline.
        if not awaits or cache.get(awaits) is None:
            return HttpResponse(html)
    response = _statement_list(request, template=template, context=context, base=base, fixed=fixed)
    deferred = response.chart_deferred
    # A chart that timed out is tried again after a while: its note is not kept.
    if key and response.status_code == 200 and not (deferred and deferred.failed):
        awaits = deferred.awaits if deferred else ""
        cache.set(key, (response.content, awaits), page_cache_seconds())
    return response


def _statement_list(request, *, template: str, context: dict, base=None, fixed=None):
    filterset = filtered(request, base)
    errors: list[str] = []
    status = 200
    page = chart = deferred = None
    collapse = False
    if filterset.is_valid():
        sort = filterset.form.cleaned_data.get("sort") or DEFAULT_SORT
        size = settings.WARLOG_PAGE_SIZE
        try:
            qs = filterset.qs
            collapse = collapsed(request, filterset)
            if collapse:
                qs = qs.leads()
            cursor = Cursor.parse(request.GET["cursor"]) if request.GET.get("cursor") else None
            number = parse_page(request.GET.get("page"))
            chart = list_chart(
                request, filterset, fixed=fixed, collapse=collapse, defer_above=LIVE_CHART_ROWS
            )
            if isinstance(chart, Deferred):
                deferred, chart, count = chart, None, None
            else:
                count = chart.dated + chart.undated if chart else 0
            if cursor:
                page = cursor_page(qs, cursor, sort, size, count)
            else:
                page = bounded_page(qs, number, size, count)
        except PageError as error:
            errors, status, page = [str(error)], error.status, None
    else:
        errors, status = filterset.error_messages(), 400
    if errors:
        sort = DEFAULT_SORT
    groups: list[tuple[str, list[Statement]]] = []
    reports = grouping.summaries(page.object_list) if page else {}
    for statement in page.object_list if page else []:
        statement.reports = reports.get(statement.cluster_id)
        heading = date_heading(statement, sort)
        if not groups or groups[-1][0] != heading:
            groups.append((heading, []))
        groups[-1][1].append(statement)
    query = export_query(request, **(fixed or {}))
    active = filterset.active() if not errors else {}
    facets, pending = {}, []
    if not errors:
        # Not counted yet: more rows than a page counts live (the facets wait for the script).
        live_rows = page.count if page and page.count is not None else LIVE_FACET_ROWS + 1
        facets, pending = page_facets(filterset, fixed=fixed, live_rows=live_rows if page else 0)
    context = {
        **context,
        "filter": filterset,
        "form": filterset.form,
        "active": active,
        "described": describe_filters(filterset) if not errors else "",
        "errors": errors,
        "page": page,
        "pager": pager_links(request, page, sort) if page else {},
        "count_limit": COUNT_LIMIT,
        "collapsed": collapse,
        "groups": groups,
        "selected_actors": selected_actors(filterset, errors),
        "more_open": bool(errors) or bool(set(active) & MORE_FILTERS),
        "chart": chart,
        "chart_deferred": deferred,
        "sorts": [(key, label) for key, (label, _) in SORTS.items()],
        "export_query": f"?{query}" if query else "",
        "controls": filter_controls(filterset),
        "facets": facets,
        "facets_pending": pending,
        "top_speakers": TOP_SPEAKERS,
        "search_stems": highlight_stems(active.get("q", "")),
    }
    response = render(request, template, context, status=status)
    response.chart_deferred = deferred
    return response


def page_cache_seconds() -> int:
    """How long a rendered list page is kept (`WARLOG_PAGE_CACHE_SECONDS`, default: the chart's
    `WARLOG_CHART_CACHE_SECONDS`; the key follows the data, so this only bounds the space)."""
    return getattr(settings, "WARLOG_PAGE_CACHE_SECONDS", cache_seconds())


def page_cache_key(request) -> str:
    """The cache key of a rendered list page: the full URL (filters, page, cursor), whether
    the reader is staff (the header differs) and the data's freshness; empty when not caching.
    A repeated page is then one cache read: rendering its 50 cards and filters was ~2/3 of a
    warm page's time, its queries most of the rest."""
    if not page_cache_seconds():
        return ""
    summary.flush()  # this thread's own writes first: they change the freshness
    raw = f"{request.get_full_path()}|{request.user.is_staff}|{freshness()!r}"
    return "warlog:page:" + hashlib.sha256(raw.encode()).hexdigest()


def list_chart(request, filterset, *, fixed=None, collapse: bool, defer_above=None):
    """The chart of a valid filterset's list (`statement_chart`), whose totals are its count:
    from the summary where it can answer the filters; a search aggregated in its counting form."""
    counted = count_filter(filterset, fixed=fixed, leads=collapse)
    aggregated = filterset.counted_qs() if "q" in filterset.active() else filterset.qs
    if collapse:
        aggregated = aggregated.leads()
    return statement_chart(
        aggregated,
        query=request.GET,
        counted=counted,
        defer_above=defer_above,
        **chart_options(filterset, fixed),
    )


REPORT_FILTERS = {"outlet", "source"}  # they pick reports, not statements: nothing to collapse


def collapsed(request, filterset: StatementFilter) -> bool:
    """One card per group of reports (the default), or every report (`collapse=0`, or a
    filter on the outlet or article, which selects reports)."""
    value = request.GET.get("collapse", "1")
    if value not in ("0", "1"):
        raise PageError(f"Collapse (collapse): “{value[:20]}” is neither 1 nor 0.", 400)
    return value == "1" and not (set(filterset.active()) & REPORT_FILTERS)


STACK_BY_SPEAKER_UP_TO = 5


def chart_options(filterset: StatementFilter, fixed: dict | None) -> dict:
    """The chart follows the chosen dates (date_from/date_to, or the year) and stacks by
    speaker when one to five speakers are chosen (by affiliation otherwise)."""
    data = filterset.form.cleaned_data
    start, end = data.get("date_from"), data.get("date_to")
    if data.get("year"):
        year_start, year_end = dt.date(data["year"], 1, 1), dt.date(data["year"], 12, 31)
        start = max(start, year_start) if start else year_start
        end = min(end, year_end) if end else year_end
    speakers = len(data.get("actor") or []) or (1 if fixed and "actor" in fixed else 0)
    stack = "speaker" if 1 <= speakers <= STACK_BY_SPEAKER_UP_TO else "affiliation"
    return {"start": start, "end": end, "stack": stack}


MORE_FILTERS = {
    "affiliation",
    "kind",
    "event",
    "status",
    "outlet",
    "year",
    "date_from",
    "date_to",
    "sort",
}


def selected_actors(filterset: StatementFilter, errors: list[str]) -> list[tuple[str, str]]:
    """(value, label) of the actors in the query, for the removable speaker checkboxes."""
    if not errors:
        return [(a.slug, a.name) for a in filterset.form.cleaned_data.get("actor") or []]
    return [(v, v) for v in filterset.data.getlist("actor") if v.strip()]


def filter_controls(filterset: StatementFilter) -> dict:
    """The selects that are not facets, each as (choices, selected value), for loops that
    render them in one pass (Django's widgets render a template per option: ~10 ms a page).
    The faceted filters come from `facets.facet_counts`; actor suggestions from `/actors.json`."""
    form = filterset.form

    def chosen(name: str) -> str:
        value = form[name].value()
        return value if isinstance(value, str) else ""

    return {
        "status": (READER_STATUSES, chosen("status")),
        "sort": ([(key, label) for key, (label, _) in SORTS.items()], chosen("sort")),
    }


# --------------------------------------------------------------------------- pages


def timeline(request):
    return statement_list(request, template="statements/timeline.html", context={})


def actor_detail(request, slug):
    actor = get_object_or_404(Actor.objects.prefetch_related("aliases"), slug=slug)
    return statement_list(
        request,
        template="statements/actor_detail.html",
        context={"actor": actor},
        base=Statement.objects.for_reading().filter(actor=actor),
        fixed={"actor": actor.slug},
    )


def event_detail(request, slug):
    event = get_object_or_404(Event, slug=slug)
    return statement_list(
        request,
        template="statements/event_detail.html",
        context={"event": event},
        base=Statement.objects.for_reading().in_event(event),
        fixed={"event": event.slug},
    )


def source_detail(request, pk):
    source = get_object_or_404(Source, pk=pk)
    statements = list(
        source.statements.visible().select_related("actor").order_by("start", "end", "pk")
    )
    spans = [Span(s.pk, s.start, s.end, speaker_of(s), s.get_absolute_url()) for s in statements]
    return render(
        request,
        "statements/source_detail.html",
        {
            "source": source,
            "statements": statements,
            "article": marked_text(source.text, spans),
            "export_query": f"?source={source.pk}",
        },
    )


def statement_detail(request, pk):
    visible = Statement.objects.all() if request.user.is_staff else Statement.objects.visible()
    statement = get_object_or_404(
        visible.select_related("actor", "source").prefetch_related("events"), pk=pk
    )
    context_html, trimmed_before, trimmed_after = context_of(
        statement.source.text, statement.start, statement.end
    )
    return render(
        request,
        "statements/statement_detail.html",
        {
            "statement": statement,
            "said": said_date(statement),
            "permalink": request.build_absolute_uri(statement.get_absolute_url()),
            "context_html": context_html,
            "trimmed_before": trimmed_before,
            "trimmed_after": trimmed_after,
            "nearby": nearby_statements(statement),
            "correction": correction_of(statement),
            "attributed_by_editors": attributed_by_editors(statement),
            "reports": grouping.summaries([statement]).get(statement.cluster_id),
            "admin_url": admin_change_url(statement) if request.user.is_staff else None,
        },
    )


def nearby_statements(statement: Statement, limit: int = 10) -> list[Statement]:
    """Other statements by the same speaker within `NEARBY_DAYS` of this one."""
    day = statement.said_on or statement.source.published_on
    if not statement.actor_id or day is None:
        return []
    window = dt.timedelta(days=NEARBY_DAYS)
    around = Q(said_on__range=(day - window, day + window)) | Q(
        said_on__isnull=True, source__published_on__range=(day - window, day + window)
    )
    others = Statement.objects.for_reading().filter(around, actor_id=statement.actor_id).leads()
    if statement.cluster_id is not None:
        others = others.exclude(cluster_id=statement.cluster_id)  # listed as its reports
    return list(others.exclude(pk=statement.pk)[:limit])


def admin_change_url(statement: Statement) -> str | None:
    try:
        return reverse("admin:statements_statement_change", args=[statement.pk])
    except NoReverseMatch:
        return None


def actor_autocomplete(request):
    """`/actors.json?q=pes`: up to 20 actors whose name or alias contains q (the search box's
    rules: an invalid q is a 400 with the problems, as for every other parameter)."""
    form = ActorSearchForm(request.GET)
    if not form.is_valid():
        return JsonResponse({"errors": form.error_messages()}, status=400)
    text = form.cleaned_data["q"]
    actors = Actor.objects.all()
    if text:
        actors = actors.matching(text)
    rows = actors.order_by("name").values("slug", "name", "affiliation")[:20]
    return JsonResponse({"results": list(rows)})


# --------------------------------------------------------------------------- exports


def _valid_filter_or_400(request):
    filterset = filtered(request)
    if filterset.is_valid():
        return filterset, None
    problems = "\n".join(filterset.error_messages())
    return filterset, HttpResponseBadRequest(
        f"Invalid filter:\n{problems}\n", content_type="text/plain; charset=utf-8"
    )


def _permalink_around(request) -> tuple[str, str]:
    """The absolute statement URL around its id: (head, tail), for `head + id + tail`."""
    head, _, tail = request.build_absolute_uri(
        reverse("statements:statement", kwargs={"pk": 0})
    ).rpartition("0")
    return head, tail


def _permalink(request):
    """id -> absolute statement URL, without a `reverse()` per row."""
    head, tail = _permalink_around(request)
    return lambda pk: f"{head}{pk}{tail}"


def statements_csv(request):
    """Every matching row, streamed: the bulk export (the only unpaged one). Its query may run
    longer than a page's (`WARLOG_EXPORT_STATEMENT_TIMEOUT_MS`); the proxy limits how often."""
    filterset, error = _valid_filter_or_400(request)
    if error:
        return error
    set_statement_timeout(settings.WARLOG_EXPORT_STATEMENT_TIMEOUT_MS)
    chunks = exports.csv_stream(filterset.qs, permalink=_permalink_around(request))
    response = StreamingHttpResponse(chunks, content_type="text/csv; charset=utf-8")
    filename = csv_filename(filterset)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def facets_json(request):
    """`/facets.json?<filters>`: each facet's options with counts under the other filters."""
    filterset, error = _valid_filter_or_400(request)
    if error:
        return error
    return JsonResponse(facets_as_json(facet_counts(filterset)))


def chart_json(request):
    """`/chart.json?<filters>`: the list's chart, drawn after a page that left it (a broad
    search): its count, bars and series, and `html`, the chart as the page shows it. A chart
    whose aggregate ran out of time recently is a 503 at once, not tried again."""
    filterset, error = _valid_filter_or_400(request)
    if error:
        return error
    try:
        collapse = collapsed(request, filterset)
    except PageError as exc:
        return HttpResponseBadRequest(f"{exc}\n", content_type="text/plain; charset=utf-8")
    chart = list_chart(request, filterset, collapse=collapse)
    if isinstance(chart, Deferred):
        response = JsonResponse(
            {"error": "Counting these statements took too long; try again in a few minutes."},
            status=503,
        )
        response["Retry-After"] = str(FAILED_SECONDS)
        return response
    html = chart.html.strip() if chart else ""
    return JsonResponse(
        {
            "count": chart.dated + chart.undated if chart else 0,
            "collapsed": collapse,
            **(chart_as_json(chart) if chart else {}),
            "html": html,
        }
    )


def csv_filename(filterset: StatementFilter) -> str:
    """`warlog-statements-dmitry-peskov-direct-quote-2024-08-09.csv`: the filter in words."""
    described = slugify(describe_filters(filterset))[:80].strip("-")
    middle = f"-{described}" if described else ""
    return f"warlog-statements{middle}-{timezone.localdate():%Y-%m-%d}.csv"


def parse_limit(value: str | None) -> int:
    """`limit=`: rows per JSON page, from 1 to `WARLOG_JSON_MAX_PAGE_SIZE`."""
    largest = settings.WARLOG_JSON_MAX_PAGE_SIZE
    if value in (None, ""):
        return min(settings.WARLOG_JSON_PAGE_SIZE, largest)
    if not value.isascii() or not value.isdigit() or not 1 <= int(value) <= largest:
        raise PageError(
            f"Limit (limit): “{value[:20]}” is not a number of rows from 1 to {largest:,}.", 400
        )
    return int(value)


def statements_json(request):
    """One page of the matching rows (`limit=`, default `WARLOG_JSON_PAGE_SIZE`), in the
    list's order, and absolute `next`/`previous` links that walk on by cursor (keyset, as the
    timeline's Older/Newer). `{"next": ..., "columns": [...], "results": [...]}`; the CSV is
    the bulk export."""
    filterset, error = _valid_filter_or_400(request)
    if error:
        return error
    try:
        size = parse_limit(request.GET.get("limit"))
        cursor = Cursor.parse(request.GET["cursor"]) if request.GET.get("cursor") else None
    except PageError as exc:
        return HttpResponseBadRequest(f"{exc}\n", content_type="text/plain; charset=utf-8")
    sort = filterset.form.cleaned_data.get("sort") or DEFAULT_SORT
    qs = filterset.qs
    if cursor:
        page = cursor_page(qs, cursor, sort, size, count=0)
    else:
        rows = list(qs[: size + 1])
        page = BoundedPage(
            number=1, size=size, count=0, object_list=rows[:size], has_next=len(rows) > size
        )
    links = {
        name: request.build_absolute_uri(link if link.startswith("/") else request.path + link)
        for name, link in pager_links(request, page, sort).items()
    }
    ids = [statement.pk for statement in page.object_list]
    rows = exports.export_rows(
        Statement.objects.filter(pk__in=ids).order_by(*SORTS[sort][1]),
        permalink=_permalink(request),
    )
    meta = {
        "filters": export_query(request),
        "described": describe_filters(filterset),
        "generated_at": timezone.now().isoformat(timespec="seconds"),
        "limit": size,
        "next": links.get("next"),
        "previous": links.get("previous"),
    }
    return StreamingHttpResponse(
        exports.json_chunks(rows, meta=meta), content_type="application/json; charset=utf-8"
    )
