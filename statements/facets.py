"""Facets: for each filter, its options with how many statements each would show.

Each facet is counted under every *other* current filter (the facet's own selection left out,
as Datasette does), so an option's count is the number of rows the list shows once that option
is chosen alone. Options with no statements are hidden, except the ones already selected; the
rest are ordered by count. One grouped aggregate query per facet (six in all), never one per
option.

Cost: each query aggregates the rows the other filters leave. At the seed scale that is a few
milliseconds; at a million statements an unfiltered facet is a scan of the whole table, so the
six results are cached together, like the chart, under the filter's SQL and the newest
statement (`charts.cache_key`): one cache read per page once warm.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from django.core.cache import cache
from django.db.models import Count
from django.db.models.functions import ExtractYear

from . import summary
from .charts import cache_key, cache_seconds
from .filters import StatementFilter
from .models import StatementKind

FACETS = ("actor", "affiliation", "kind", "event", "outlet", "year")
TOP_SPEAKERS = 10


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    count: int
    selected: bool = False

    def as_json(self) -> dict:
        data = asdict(self)
        del data["selected"]
        return data


def _without(filterset: StatementFilter, name: str):
    """The filterset's queryset with every valid filter applied but `name` (and the sort)."""
    queryset = filterset.queryset
    for field, value in filterset.form.cleaned_data.items():
        if field in (name, "sort") or value in (None, "", [], ()):
            continue
        queryset = filterset.filters[field].filter(queryset, value)
    return queryset.order_by()


def _rows(name: str, queryset) -> list[tuple[str, str, int]]:
    """(value, label, count) for one facet: one GROUP BY query."""
    if name == "actor":
        rows = queryset.values_list("actor__slug", "actor__name")
    elif name == "affiliation":
        rows = queryset.values_list("actor__affiliation", "actor__affiliation")
    elif name == "kind":
        rows = queryset.values_list("kind", "kind")
    elif name == "event":
        rows = queryset.values_list("events__slug", "events__name")
    elif name == "outlet":
        rows = queryset.values_list("source__outlet", "source__outlet")
    else:
        rows = queryset.annotate(year=ExtractYear("said_on")).values_list("year", "year")
    return _labelled(name, rows.annotate(n=Count("pk")).order_by())


def _labelled(name: str, counted) -> list[tuple[str, str, int]]:
    labels = dict(StatementKind.choices)
    return [
        (str(value), labels.get(label, str(label)) if name == "kind" else str(label), n)
        for value, label, n in counted
        if value not in (None, "")
    ]


def _selected(filterset: StatementFilter, name: str) -> dict[str, str]:
    """The facet's chosen values -> their labels."""
    value = filterset.form.cleaned_data.get(name)
    if value in (None, "", []):
        return {}
    if name == "actor":
        return {actor.slug: actor.name for actor in value}
    if name == "event":
        return {value.slug: value.name}
    if name == "affiliation":
        return {v: v for v in value}
    if name == "kind":
        return {value: StatementKind(value).label}
    return {str(value): str(value)}


def _options(filterset: StatementFilter, name: str, counts) -> list[Option]:
    selected = _selected(filterset, name)
    options = [Option(v, label, n, v in selected) for v, label, n in counts]
    found = {option.value for option in options}
    # A chosen value the other filters leave empty still shows (and can be unticked).
    options += [Option(v, label, 0, True) for v, label in selected.items() if v not in found]
    return sorted(options, key=lambda o: (-o.count, o.label))


def _facet(filterset: StatementFilter, name: str, fixed: dict | None):
    """One facet's (value, label, count) rows: from the summary when it can answer the other
    filters, else one GROUP BY over the statements."""
    if name in summary.SUMMARY_FACETS:
        counted = summary.count_filter(filterset, fixed=fixed, omit=name)
        if counted is not None:
            rows = summary.facet_rows(name, counted, using=filterset.queryset.db)
            return _labelled(name, rows)
    return _rows(name, _without(filterset, name))


def _count(filterset: StatementFilter, fixed: dict | None) -> dict[str, list[tuple[str, str, int]]]:
    return {name: _facet(filterset, name, fixed) for name in FACETS}


def facet_counts(
    filterset: StatementFilter, *, fixed: dict | None = None
) -> dict[str, list[Option]]:
    """Every facet's options for a valid filterset (cached for `cache_seconds()`). `fixed`:
    the filters the page itself applies (an actor's or an event's page), as in `views`."""
    if cache_seconds():
        key = cache_key(filterset.qs) + ":facets"
        counts = cache.get(key)
        if counts is None:
            counts = _count(filterset, fixed)
            cache.set(key, counts, cache_seconds())
    else:
        counts = _count(filterset, fixed)
    return {name: _options(filterset, name, counts[name]) for name in FACETS}


def as_json(facets: dict[str, list[Option]]) -> dict[str, list[dict]]:
    return {name: [option.as_json() for option in options] for name, options in facets.items()}
