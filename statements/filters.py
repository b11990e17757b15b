"""StatementFilter: the single definition of "a filtered view".

The timeline, the actor and event pages, the CSV and JSON exports and the Atom feed all build
this one FilterSet from the query string, so a shared link shows, downloads and subscribes to
the same rows. An invalid FilterSet's `.qs` silently drops the invalid fields, so callers must
check `is_valid()` first (see `views.filter_statements`).
"""

from __future__ import annotations

import datetime as dt
import re

import django_filters
from django import forms
from django.db import connections
from django.db.models import F
from django_filters import fields as filter_fields

from .models import (
    Actor,
    Event,
    ReviewStatus,
    Source,
    Statement,
    StatementKind,
    normalize_alias,
)
from .search import compile_search

# sort key -> (label, ORDER BY). Each ordering ends in a unique column so pages never overlap.
SORTS: dict[str, tuple[str, tuple]] = {
    "said_desc": ("Newest said first", Statement.TIMELINE_ORDER),
    "said_asc": (
        "Oldest said first",
        (
            F("said_on").asc(nulls_last=True),
            F("published_on").asc(nulls_last=True),
            "id",
        ),
    ),
    "published_desc": (
        "Newest published first",
        (
            F("source__published_on").desc(nulls_last=True),
            F("said_on").desc(nulls_last=True),
            "-id",
        ),
    ),
    "published_asc": (
        "Oldest published first",
        (F("source__published_on").asc(nulls_last=True), F("said_on").asc(nulls_last=True), "id"),
    ),
}
DEFAULT_SORT = "said_desc"

# What a reader may filter on: rejected statements are hidden from readers altogether.
READER_STATUSES = [(s.value, s.label) for s in ReviewStatus if s != ReviewStatus.REJECTED]

MAX_QUERY_LENGTH = 200
ISO_DATE = ["%Y-%m-%d"]


def affiliation_choices() -> list[tuple[str, str]]:
    """Every affiliation some actor has (a DISTINCT over an indexed column of a small table)."""
    values = (
        Actor.objects.exclude(affiliation="")
        .order_by("affiliation")
        .values_list("affiliation", flat=True)
        .distinct()
    )
    return [(value, value) for value in values]


def _present(values) -> list[str]:
    """The non-blank strings of a repeatable parameter (an emptied form field sends `actor=`)."""
    return [v.strip() for v in values or [] if isinstance(v, str) and v.strip()]


def _refuse_nul(values: list[str]) -> None:
    """PostgreSQL cannot compare text with NUL in it: refuse it before it reaches a query."""
    if any("\x00" in value for value in values):
        raise forms.ValidationError("Null characters are not allowed.", code="null_characters")


_SEARCH_TOKEN = re.compile(r'"[^"]*"?|\S+')
NEGATION_ONLY = (
    "“-word” leaves out statements containing that word; a search needs a word to look for "
    "as well (e.g. “ceasefire -talks”). Exclusions alone would read every statement."
)


def has_indexable_terms(text: str, *, using: str = "default") -> bool:
    """Whether a search can be answered from the index: not only exclusions (`-word`), and no
    exclusion as an `or` alternative. On PostgreSQL, also what `querytree` makes of it ('T':
    nothing indexable, e.g. a stop word beside an exclusion)."""
    tokens = _SEARCH_TOKEN.findall(text)
    negative = [t for t in tokens if t.startswith("-") and len(t) > 1]
    if negative:
        positive = [t for t in tokens if t not in negative and t.lower() != "or"]
        if not positive or any(t.lower() == "or" for t in tokens):
            return False
        connection = connections[using]
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT querytree(websearch_to_tsquery('english', %s))", [text.strip()]
                )
                return cursor.fetchone()[0] != "T"
    return True


class SearchField(forms.CharField):
    """The search box: at most `MAX_QUERY_LENGTH` characters, no NUL (CharField's own
    validator), and something to look for (see `has_indexable_terms`)."""

    def validate(self, value):
        super().validate(value)
        if value and not has_indexable_terms(value):
            raise forms.ValidationError(NEGATION_ONLY, code="negation_only")


class SearchFilter(django_filters.CharFilter):
    field_class = SearchField


class ActorSearchForm(forms.Form):
    """`/actors.json?q=`: the speaker box's suggestions, with the search box's rules."""

    q = forms.CharField(required=False, max_length=MAX_QUERY_LENGTH)

    def error_messages(self) -> list[str]:
        return [f"{field}: {error}" for field, errors in self.errors.items() for error in errors]


class EventField(filter_fields.ModelChoiceField):
    def to_python(self, value):
        if isinstance(value, str):
            _refuse_nul([value])
        return super().to_python(value)


class EventFilter(django_filters.ModelChoiceFilter):
    field_class = EventField


class ActorField(filter_fields.ModelMultipleChoiceField):
    """Actors by slug, repeatable; any unknown value makes the whole filter invalid.

    A reader without JavaScript may type a name instead of picking a suggestion, so a value that
    is no slug is also tried as a name or alias (compared as `normalize_alias` does). Cleans to
    a list of actors.
    """

    def clean(self, value):
        values = _present(value)
        if not values:
            return []
        _refuse_nul(values)
        by_slug = {actor.slug: actor for actor in self.queryset.filter(slug__in=values)}
        actors, unknown = [], []
        for value in values:
            actor = by_slug.get(value) or self._by_name(value)
            if actor is None:
                unknown.append(value)
            elif actor not in actors:
                actors.append(actor)
        if unknown:
            raise forms.ValidationError(
                "No actor is called “%(value)s”.", params={"value": "”, “".join(unknown)}
            )
        return actors

    def _by_name(self, value: str) -> Actor | None:
        norm = normalize_alias(value)
        if not norm:
            return None
        return (
            self.queryset.filter(name__iexact=value).first()
            or self.queryset.filter(aliases__normalized=norm).first()
        )


class NonBlankMultipleChoiceField(filter_fields.MultipleChoiceField):
    def to_python(self, value):
        return _present(value)


class ActorFilter(django_filters.ModelMultipleChoiceFilter):
    field_class = ActorField


class AffiliationFilter(django_filters.MultipleChoiceFilter):
    field_class = NonBlankMultipleChoiceField


class YearFilter(django_filters.NumberFilter):
    field_class = forms.IntegerField


class StatementFilterForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            raise forms.ValidationError(
                "The start date (%(start)s) is after the end date (%(end)s).",
                params={"start": start.isoformat(), "end": end.isoformat()},
            )
        return cleaned


class StatementFilter(django_filters.FilterSet):
    actor = ActorFilter(
        label="Speaker",
        queryset=Actor.objects.all(),
        to_field_name="slug",
        method="filter_actor",
    )
    affiliation = AffiliationFilter(
        label="Affiliation",
        choices=affiliation_choices,
        method="filter_affiliation",
        widget=forms.CheckboxSelectMultiple,
    )
    kind = django_filters.ChoiceFilter(
        label="Kind", choices=StatementKind.choices, empty_label="Any kind"
    )
    event = EventFilter(
        label="Event",
        queryset=Event.objects.only("slug", "name", "starts_on"),
        to_field_name="slug",
        method="filter_event",
        empty_label="Any event",
        error_messages={"invalid_choice": "No event has the slug “%(value)s”."},
    )
    source = django_filters.ModelChoiceFilter(
        label="Article",
        queryset=Source.objects.only("id", "title", "file_name"),
        widget=forms.HiddenInput,
        error_messages={"invalid_choice": "No article has the id “%(value)s”."},
    )
    outlet = django_filters.CharFilter(
        label="Outlet", field_name="source__outlet", lookup_expr="iexact", max_length=200
    )
    status = django_filters.ChoiceFilter(
        label="Review status",
        field_name="review_status",
        choices=READER_STATUSES,
        empty_label="Any status",
    )
    date_from = django_filters.DateFilter(
        label="Said from",
        field_name="said_on",
        lookup_expr="gte",
        input_formats=ISO_DATE,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Enter the start date as YYYY-MM-DD."},
    )
    date_to = django_filters.DateFilter(
        label="Said until",
        field_name="said_on",
        lookup_expr="lte",
        input_formats=ISO_DATE,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Enter the end date as YYYY-MM-DD."},
    )
    year = YearFilter(
        label="Year said",
        method="filter_year",
        min_value=1900,
        max_value=2100,
        error_messages={"invalid": "Enter the year as four digits, e.g. 2023."},
    )
    q = SearchFilter(label="Search", method="filter_search", max_length=MAX_QUERY_LENGTH)
    sort = django_filters.ChoiceFilter(
        label="Sort",
        choices=[(key, label) for key, (label, _) in SORTS.items()],
        method="filter_sort",
        empty_label=None,
    )

    class Meta:
        model = Statement
        fields: list[str] = []
        form = StatementFilterForm

    def filter_actor(self, queryset, name, value):
        return queryset.filter(actor__in=[actor.pk for actor in value])

    def filter_affiliation(self, queryset, name, value):
        return queryset.by_affiliations(value)

    def filter_event(self, queryset, name, value):
        return queryset.in_event(value)

    def filter_year(self, queryset, name, value):
        year = value
        return queryset.said_between(dt.date(year, 1, 1), dt.date(year, 12, 31))

    def filter_search(self, queryset, name, value):
        # Resolved once per FilterSet: the facets apply the same search five more times.
        compiled = getattr(self, "_search", None)
        if compiled is None or (compiled.text, compiled.using) != (value, queryset.db):
            compiled = self._search = compile_search(value, using=queryset.db)
        return compiled.apply(queryset, counting=self.counting)

    counting = False  # True: the chart's and facets' form of a search (`search.term_filter`)

    def counted_qs(self):
        """`qs` as the chart and the facets aggregate it: the same rows, a search's matches
        read so that no row's text is parsed (see `search.term_filter`)."""
        self.counting = True
        try:
            return self.filter_queryset(self.queryset.all())
        finally:
            self.counting = False

    def filter_sort(self, queryset, name, value):
        return queryset.order_by(*SORTS[value][1])

    # ------------------------------------------------------------------ for the templates

    def active(self) -> dict:
        """The valid, non-empty cleaned values (after `is_valid()`), for "active filter" chips."""
        return {
            name: value
            for name, value in self.form.cleaned_data.items()
            if value not in (None, "", [], ()) and not (name == "sort" and value == DEFAULT_SORT)
        }

    def error_messages(self) -> list[str]:
        """Every problem with the query string as plain sentences, naming the parameter."""
        messages = []
        for field, errors in self.form.errors.items():
            label = self.form.fields[field].label if field in self.form.fields else None
            for error in errors:
                messages.append(f"{label} ({field}): {error}" if label else error)
        return messages
