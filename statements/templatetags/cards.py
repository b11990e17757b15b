"""`{% load cards %}{% statement_cards statements search_stems %}`: a day's statement cards,
written by `statements.cards` (the HTML of `_statement.html`, without the template engine)."""

from django import template

from statements import cards

register = template.Library()


@register.simple_tag
def statement_cards(statements, search_stems=None):
    return cards.statement_cards(statements, search_stems)
