"""Presentation helpers for statements: dates with their precision, speakers, quotes."""

from __future__ import annotations

from django import template
from django.utils.html import format_html, format_html_join

from statements.models import Precision, Statement

register = template.Library()


@register.simple_tag
def said_date(statement: Statement):
    """The date said, no more precise than known: "10 Nov 2023", "Nov 2023", "2023", or
    "reported 2023-11-10" (the publication date) when the date said is unknown."""
    day, precision = statement.said_on, statement.said_on_precision
    if day is not None and precision != Precision.UNKNOWN:
        if precision == Precision.YEAR:
            return format_html('<time datetime="{}">{}</time>', f"{day:%Y}", f"{day:%Y}")
        if precision == Precision.MONTH:
            return format_html('<time datetime="{}">{}</time>', f"{day:%Y-%m}", f"{day:%b %Y}")
        return format_html(
            '<time datetime="{}">{} {}</time>', day.isoformat(), day.day, f"{day:%b %Y}"
        )
    published = statement.source.published_on
    if published is None:
        return "date unknown"
    return format_html(
        'reported <time datetime="{}">{}</time>', published.isoformat(), published.isoformat()
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
