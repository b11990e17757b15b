"""The admin index's review backlog: `{% load review %}{% review_backlog as backlog %}`."""

from django import template

from statements import review

register = template.Library()


@register.simple_tag
def review_backlog():
    """Sources with statements awaiting review (each with `awaiting`), most first."""
    return review.backlog_by_source()
