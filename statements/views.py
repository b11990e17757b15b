"""Reader-facing pages and exports.

Every list (timeline, actor, event) and every export is `StatementFilter` over
`Statement.objects.for_reading()`; an invalid query string is reported (HTTP 400, with the
problems on the page) and never half-applied. Pages cost a constant number of queries: a
bounded count (up to `COUNT_LIMIT`), one page of rows, their events, the chart (cached) and
the filter form's choices.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from math import ceil

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.http import HttpResponseBadRequest, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from . import exports
from .charts import statement_chart
from .feeds import describe_filters, speaker_of
from .filters import DEFAULT_SORT, SORTS, StatementFilter
from .highlight import Span, context_of, marked_text
from .models import Actor, Event, Precision, Source, Statement

COUNT_LIMIT = 10_000  # beyond this a list says "10,000+" and pages stop; the exports go on
DATALIST_LIMIT = 500
NEARBY_DAYS = 30


# --------------------------------------------------------------------------- pagination


@dataclass
class BoundedPage:
    """A page of a list whose size is only counted up to `COUNT_LIMIT`."""

    number: int
    size: int
    count: int  # exact when not `capped`
    object_list: list

    @property
    def capped(self) -> bool:
        return self.count > COUNT_LIMIT

    @property
    def num_pages(self) -> int:
        return max(1, ceil(min(self.count, COUNT_LIMIT) / self.size))

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.num_pages

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
        """Page numbers to link: the first, the last, and two either side (None = a gap)."""
        wanted = {1, self.num_pages, *range(self.number - 2, self.number + 3)}
        pages, previous = [], 0
        for n in sorted(p for p in wanted if 1 <= p <= self.num_pages):
            if n - previous > 1:
                pages.append(None)
            pages.append(n)
            previous = n
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


def bounded_page(queryset, number: int, size: int) -> BoundedPage:
    count = queryset.order_by().values("pk")[: COUNT_LIMIT + 1].count()
    page = BoundedPage(number=number, size=size, count=count, object_list=[])
    if number > page.num_pages:
        if page.capped:
            raise PageError(
                f"Only the first {COUNT_LIMIT:,} matches can be paged through. "
                "Narrow the filters, or download the CSV for all of them.",
                404,
            )
        raise PageError(f"There is no page {number}; the last page is {page.num_pages}.", 404)
    offset = (number - 1) * size
    page.object_list = list(queryset[offset : offset + size])
    return page


# --------------------------------------------------------------------------- shared list


def filtered(request, base=None) -> StatementFilter:
    return StatementFilter(
        request.GET, queryset=base if base is not None else Statement.objects.for_reading()
    )


def export_query(request, **fixed) -> str:
    """The current query string without `page`, with `fixed` parameters set."""
    query = request.GET.copy()
    query.pop("page", None)
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
    filterset = filtered(request, base)
    errors: list[str] = []
    status = 200
    page = chart = None
    if filterset.is_valid():
        try:
            number = parse_page(request.GET.get("page"))
            qs = filterset.qs
            page = bounded_page(qs, number, settings.WARLOG_PAGE_SIZE)
            chart = statement_chart(qs, query=request.GET)
        except PageError as error:
            errors, status = [str(error)], error.status
    else:
        errors, status = filterset.error_messages(), 400
    sort = (filterset.form.cleaned_data.get("sort") if not errors else None) or DEFAULT_SORT
    groups: list[tuple[str, list[Statement]]] = []
    for statement in page.object_list if page else []:
        heading = date_heading(statement, sort)
        if not groups or groups[-1][0] != heading:
            groups.append((heading, []))
        groups[-1][1].append(statement)
    query = export_query(request, **(fixed or {}))
    active = filterset.active() if not errors else {}
    context = {
        **context,
        "filter": filterset,
        "form": filterset.form,
        "active": active,
        "described": describe_filters(filterset) if not errors else "",
        "errors": errors,
        "page": page,
        "count_limit": COUNT_LIMIT,
        "groups": groups,
        "selected_actors": selected_actors(filterset, errors),
        "more_open": bool(errors) or bool(set(active) & MORE_FILTERS),
        "chart": chart,
        "sorts": [(key, label) for key, (label, _) in SORTS.items()],
        "export_query": f"?{query}" if query else "",
        "actor_options": actor_options(),
    }
    return render(request, template, context, status=status)


MORE_FILTERS = {"affiliation", "kind", "event", "status", "outlet", "date_from", "date_to", "sort"}


def selected_actors(filterset: StatementFilter, errors: list[str]) -> list[tuple[str, str]]:
    """(value, label) of the actors in the query, for the removable speaker checkboxes."""
    if not errors:
        return [(a.slug, a.name) for a in filterset.form.cleaned_data.get("actor") or []]
    return [(v, v) for v in filterset.data.getlist("actor") if v.strip()]


def actor_options() -> list[tuple[str, str]]:
    """(slug, name) of actors with statements, for the actor filter's <datalist>."""
    has_statements = Exists(Statement.objects.filter(actor=OuterRef("pk")))
    return list(
        Actor.objects.filter(has_statements)
        .order_by("name")
        .values_list("slug", "name")[:DATALIST_LIMIT]
    )


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
            "context_html": context_html,
            "trimmed_before": trimmed_before,
            "trimmed_after": trimmed_after,
            "nearby": nearby_statements(statement),
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
    return list(
        Statement.objects.for_reading()
        .filter(around, actor_id=statement.actor_id)
        .exclude(pk=statement.pk)[:limit]
    )


def admin_change_url(statement: Statement) -> str | None:
    try:
        return reverse("admin:statements_statement_change", args=[statement.pk])
    except NoReverseMatch:
        return None


def actor_autocomplete(request):
    """`/actors.json?q=pes`: up to 20 actors whose name or alias contains q."""
    text = request.GET.get("q", "").strip()[:100]
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


def _permalink(request):
    """id -> absolute statement URL, without a `reverse()` per row."""
    head, _, tail = request.build_absolute_uri(
        reverse("statements:statement", kwargs={"pk": 0})
    ).rpartition("0")
    return lambda pk: f"{head}{pk}{tail}"


def statements_csv(request):
    filterset, error = _valid_filter_or_400(request)
    if error:
        return error
    rows = exports.export_rows(filterset.qs, permalink=_permalink(request))
    response = StreamingHttpResponse(
        exports.csv_chunks(rows), content_type="text/csv; charset=utf-8"
    )
    filename = f"warlog-statements-{timezone.localdate():%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def statements_json(request):
    """All matching rows as one streamed JSON document (no paging): `{"results": [...]}`."""
    filterset, error = _valid_filter_or_400(request)
    if error:
        return error
    rows = exports.export_rows(filterset.qs, permalink=_permalink(request))
    meta = {
        "filters": export_query(request),
        "described": describe_filters(filterset),
        "generated_at": timezone.now().isoformat(timespec="seconds"),
    }
    return StreamingHttpResponse(
        exports.json_chunks(rows, meta=meta), content_type="application/json; charset=utf-8"
    )
