"""`{{ statement|corrected_what }}`: what the editors corrected, in readers' words."""

from django import template

from statements import corrections

register = template.Library()


@register.filter
def corrected_what(statement) -> list[str]:
    return corrections.corrected(statement)
