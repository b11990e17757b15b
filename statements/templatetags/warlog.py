"""Presentation helpers for statements: dates with their precision, speakers, quotes."""

from __future__ import annotations

from functools import lru_cache

from django import template
from django.urls import get_script_prefix, reverse
from django.utils.html import format_html, format_html_join

from statements import said_dates
from statements.models import Actor, Event, Source, Statement
from statements.search import highlight

register = template.Library()


@register.simple_tag
def said_date(statement: Statement):
    """When it was said, no more precise than known: "said 10 Nov 2023", "said Nov 2023";
    "≈ published 10 Nov 2023" when the article's publication date is the only date."""
    date = said_dates.said_date(statement)
    if not date.iso:
        return date.label
    verb, day = date.verb, date.day_text
    if date.approximate:
        return format_html(
            '<span class="date date--approx">{} <time datetime="{}">{}</time>'
            '<span class="visually-hidden"> (when it was said is not stated)</span></span>',
            verb,
            date.iso,
            day,
        )
    return format_html(
        '<span class="date">said <time datetime="{}">{}</time></span>', date.iso, day
    )


@register.filter
def speaker(statement: Statement) -> str:
    if statement.actor_id:
        return statement.actor.name
    return statement.speaker_mention or "Unattributed"


@register.filter
def outlet(statement: Statement) -> str:
    source = statement.source
    return source.outlet or source.title or source.file_name or f"Article {source.pk}"


@register.filter
def get_count(counts: dict, key: str) -> str:
    return f"{counts.get(key, 0):,}"


@register.simple_tag
def options(control) -> str:
    """The <option>s of a select from `(choices, selected value)`, in one pass."""
    choices, selected = control
    return format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        ((value, " selected" if value == selected else "", label) for value, label in choices),
    )


# model -> (URL name, keyword, attribute, placeholder the converter accepts)
_URLS = {
    Statement: ("statements:statement", "pk", "pk", "0"),
    Source: ("statements:source", "pk", "pk", "0"),
    Actor: ("statements:actor", "slug", "slug", "placeholder"),
    Event: ("statements:event", "slug", "slug", "placeholder"),
}


@lru_cache(maxsize=64)
def _url_around(model: type, prefix: str) -> tuple[str, str]:
    name, keyword, _, placeholder = _URLS[model]
    head, _, tail = reverse(name, kwargs={keyword: placeholder}).rpartition(placeholder)
    return head, tail


@register.filter
def url(obj) -> str:
    """`obj.get_absolute_url()` without a `reverse()` per row (a list page links ~150 times):
    the URL is reversed once around a placeholder and the key put in its place."""
    model = obj._meta.concrete_model
    head, tail = _url_around(model, get_script_prefix())
    return f"{head}{getattr(obj, _URLS[model][2])}{tail}"


@register.filter
def hits(text: str, stems) -> str:
    """The statement's text with the words the search looked for marked (`search.highlight`)."""
    return highlight(text, stems) if stems else text


@register.simple_tag
def facet_options(options) -> str:
    """A facet as the <option>s of a select: "label (count)", the chosen one selected (a
    facet not counted yet: "label")."""
    return format_html_join(
        "",
        '<option value="{}"{}>{}{}</option>',
        (
            (o.value, " selected" if o.selected else "", o.label, _in_brackets(o.count))
            for o in options
        ),
    )


def _in_brackets(count: int | None) -> str:
    return "" if count is None else f" ({count:,})"


def _count(count: int | None) -> str:
    return "" if count is None else f"{count:,}"


@register.simple_tag
def facet_checks(name: str, options) -> str:
    """A facet as checkboxes named `name`, each with its count."""
    return format_html_join(
        "",
        '<label class="check"><input type="checkbox" name="{}" value="{}"{}> {} '
        '<span class="count">{}</span></label>',
        (
            (name, o.value, " checked" if o.selected else "", o.label, _count(o.count))
            for o in options
        ),
    )


@register.filter
def unselected(options) -> list:
    return [o for o in options if not o.selected]
