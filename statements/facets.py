"""Facets: for each filter, its options with how many statements each would show.

Each facet is counted under every *other* current filter (the facet's own selection left out,
as Datasette does), so an option's count is the number of rows the list shows once that option
is chosen alone. Options with no statements are hidden, except the ones already selected; the
rest are ordered by count. One grouped aggregate query per facet (six in all), never one per
option.

Cost: the speaker, affiliation, kind and year facets come from the counts summary
(`statements.summary`) whenever it can answer the other filters (speaker, affiliation, kind,
status, dates, year): a GROUP BY over ~170 thousand monthly rows at a million statements. The
event and outlet facets, and every facet under a search, an event or an outlet, aggregate the
statements (~1 s each at a million rows unfiltered): a page counts those only over a few
statements (`LIVE_FACET_ROWS`) and otherwise lists their options uncounted for its script to
fill in from `/facets.json`, which counts them all. Each facet is cached under the filter's
SQL and the data's freshness (`charts.cache_key`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from django.core.cache import cache
from django.db.models import Count
from django.db.models.functions import ExtractYear

from . import summary
from .charts import cache_key, cache_seconds
from .filters import StatementFilter, affiliation_choices
from .models import Event, Source, StatementKind

FACETS = ("actor", "affiliation", "kind", "event", "outlet", "year")
TOP_SPEAKERS = 10
# A page counts a facet the summary cannot answer only over this many statements (~0.1 s at a
# million rows); beyond, its script asks /facets.json (computed once, then cached).
LIVE_FACET_ROWS = 20_000


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    count: int | None  # None: not counted yet (see `page_facets`)
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


# Each facet's (value, label) columns. "event" goes through the link table (a statement has
# several events); the others have one value per statement.
COLUMNS = {
    "actor": ("actor__slug", "actor__name"),
    "affiliation": ("actor__affiliation", "actor__affiliation"),
    "kind": ("kind", "kind"),
    "event": ("events__slug", "events__name"),
    "outlet": ("source__outlet", "source__outlet"),
    "year": ("year", "year"),
}


def _rows(name: str, queryset) -> list[tuple[str, str, int]]:
    """(value, label, count) for one facet: one GROUP BY query."""
    if name == "year":
        queryset = queryset.annotate(year=ExtractYear("said_on"))
    rows = queryset.values_list(*COLUMNS[name])
    return _labelled(name, rows.annotate(n=Count("pk")).order_by())


def _rows_together(names: list[str], queryset) -> dict[str, list[tuple[str, str, int]]]:
    """`_rows` of several single-valued facets over the same statements, from one GROUP BY on
    all their columns, summed per facet here: one pass over the rows (an event's 5,083
    statements: ~25 ms an aggregate, five of them before) instead of one per facet."""
    if "year" in names:
        queryset = queryset.annotate(year=ExtractYear("said_on"))
    columns = list(dict.fromkeys(column for name in names for column in COLUMNS[name]))
    totals: dict[str, dict[tuple, int]] = {name: {} for name in names}
    for row in queryset.values(*columns).annotate(n=Count("pk")).order_by():
        for name in names:
            key = tuple(row[column] for column in COLUMNS[name])
            totals[name][key] = totals[name].get(key, 0) + row["n"]
    return {
        name: _labelled(name, [(*key, n) for key, n in counted.items()])
        for name, counted in totals.items()
    }


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
    return sorted(options, key=lambda o: (-(o.count or 0), o.label))


def _summarised(filterset: StatementFilter, name: str, fixed: dict | None):
    """The facet's rows from the summary, or None when it cannot answer the other filters."""
    if name not in summary.SUMMARY_FACETS:
        return None
    counted = summary.count_filter(filterset, fixed=fixed, omit=name)
    if counted is None:
        return None
    return _labelled(name, summary.facet_rows(name, counted, using=filterset.queryset.db))


def _base_key(filterset: StatementFilter) -> str:
    """The facets' cache keys begin so (the filter's SQL and the data's freshness); "" when
    not caching."""
    return cache_key(filterset.qs) + ":facet:" if cache_seconds() else ""


def _counted(
    filterset: StatementFilter, fixed: dict | None, live_rows: int | None, base: str
) -> dict[str, list[tuple[str, str, int]] | None]:
    """Each facet's (value, label, count) rows, or None for a facet left uncounted.

    From the cache, else from the summary when it can answer the other filters, else one
    GROUP BY over the statements: always when `live_rows` is None (`/facets.json`), on a page
    only when the rows it lists (`live_rows`) are few and the facet's own filter is not set
    (dropping it could widen the count to the whole table).
    """
    caching = bool(base)
    found = cache.get_many([base + name for name in FACETS]) if caching else {}
    active = filterset.active()
    everything: list[int] = []  # visible statements, read once if needed

    def few(name: str) -> bool:
        if live_rows is None:
            return True
        if name not in active:
            return live_rows <= LIVE_FACET_ROWS
        if not everything:  # without its own filter, a facet may count up to all of them
            everything.append(summary.visible_total(using=filterset.queryset.db))
        return everything[0] <= LIVE_FACET_ROWS

    counts, fresh = {}, {}
    for name in FACETS:
        rows = found.get(base + name)
        if rows is None:
            rows = _summarised(filterset, name, fixed)
        counts[name] = rows
    live = [name for name in FACETS if counts[name] is None and few(name)]
    # The facets whose own filter is not set all count the same statements (every filter
    # applied): one pass serves them; the event facet and a chosen facet count apart.
    together = [name for name in live if name != "event" and name not in active]
    filterset.counting = True  # a search in its aggregate form (search.term_filter)
    try:
        if len(together) > 1:
            counts.update(_rows_together(together, _without(filterset, together[0])))
        for name in live:
            if counts[name] is None:
                counts[name] = _rows(name, _without(filterset, name))
    finally:
        filterset.counting = False
    for name in FACETS:
        if counts[name] is not None and base + name not in found:
            fresh[base + name] = counts[name]
    if caching and fresh:
        cache.set_many(fresh, cache_seconds())
    return counts


def _uncounted(
    filterset: StatementFilter, name: str, choices: list[tuple[str, str]]
) -> list[Option]:
    """A facet's options without counts (its page's script fills them in from /facets.json):
    enough to choose from without JavaScript."""
    selected = _selected(filterset, name)
    options = [Option(value, label, None, value in selected) for value, label in choices]
    shown = {option.value for option in options}
    options += [Option(v, label, None, True) for v, label in selected.items() if v not in shown]
    return options


def _choices(name: str) -> list[tuple[str, str]]:
    """A facet's (value, label) choices, each read from a small table or an index."""
    if name == "actor":
        choices: list[tuple[str, str]] = []
    elif name == "affiliation":
        choices = affiliation_choices()
    elif name == "kind":
        choices = list(StatementKind.choices)
    elif name == "event":
        choices = list(Event.objects.order_by("name").values_list("slug", "name"))
    elif name == "outlet":
        choices = [(outlet, outlet) for outlet in Source.objects.outlets() if outlet]
    else:
        choices = [(str(year), str(year)) for year in summary.years()]
    return choices


def _cached_choices(names: list[str], base: str) -> dict[str, list[tuple[str, str]]]:
    """`_choices` of each of `names`, kept with the facets (`base`) while the data is the same."""
    found = dict.fromkeys(names)
    if base:
        cached = cache.get_many([f"{base}choices:{name}" for name in names])
        found.update({name: cached.get(f"{base}choices:{name}") for name in names})
    fresh = {name: _choices(name) for name, choices in found.items() if choices is None}
    if base and fresh:
        cache.set_many({f"{base}choices:{n}": c for n, c in fresh.items()}, cache_seconds())
    return {**found, **fresh}


def page_facets(
    filterset: StatementFilter, *, fixed: dict | None = None, live_rows: int
) -> tuple[dict[str, list[Option]], list[str]]:
    """The facets a page shows at once, and the names of those left to its script (counts
    that would aggregate more than `LIVE_FACET_ROWS` statements the summary cannot answer for,
    e.g. the events and outlets of a million statements: ~1 s each)."""
    base = _base_key(filterset)
    counts = _counted(filterset, fixed, live_rows, base)
    choices = _cached_choices([name for name, rows in counts.items() if rows is None], base)
    facets = {
        name: _options(filterset, name, rows)
        if rows is not None
        else _uncounted(filterset, name, choices[name])
        for name, rows in counts.items()
    }
    return facets, [name for name, rows in counts.items() if rows is None]


def facet_counts(
    filterset: StatementFilter, *, fixed: dict | None = None
) -> dict[str, list[Option]]:
    """Every facet's options for a valid filterset, all counted (cached for `cache_seconds()`).
    `fixed`: the filters the page itself applies (an actor's or an event's page)."""
    counts = _counted(filterset, fixed, None, _base_key(filterset))
    return {name: _options(filterset, name, counts[name]) for name in FACETS}


def as_json(facets: dict[str, list[Option]]) -> dict[str, list[dict]]:
    return {name: [option.as_json() for option in options] for name, options in facets.items()}
