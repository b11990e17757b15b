"""A statement's card, as the timeline, actor, event and statement pages list it.

`templates/statements/_statement.html` is the card's markup as a template, the readable
definition; `statement_card` writes the same HTML, byte for byte, in one Python function.
A list page shows 50 cards: the template engine took ~17 ms of CPU a page to render them (two
thirds of an uncached page's rendering, issue 16), this function ~1 ms. Nothing in a card
depends on the reader: it is the same for staff and the public, and the only request-dependent
input is the search's stems (the words highlighted). `tests/test_cards.py` renders both for
varied statements and holds them equal: change the two together.
"""

from __future__ import annotations

from html import escape

from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator

from .corrections import corrected
from .grouping import GroupSummary
from .models import Statement
from .search import highlight
from .templatetags.warlog import outlet, said_date, speaker, url

CONTINUATION = "(continuation)"


def statement_cards(statements, search_stems=None) -> SafeString:
    """Several cards, one after the other (a day of the timeline)."""
    return mark_safe("".join([statement_card(s, search_stems) for s in statements]))  # noqa: S308


def statement_card(statement: Statement, search_stems=None) -> SafeString:
    """The card's HTML: `_statement.html` rendered for `statement` (every value escaped)."""
    pk = statement.pk
    kind = statement.kind
    actor = statement.actor if statement.actor_id else None
    rejected = " statement--rejected" if statement.review_status == "rejected" else ""
    if actor is not None:
        who = f'<a href="{escape(url(actor))}">{escape(actor.name)}</a>'
    else:
        who = escape(speaker(statement))
    affiliation = (
        f'<span class="tag tag--affiliation">{escape(actor.affiliation)}</span>'
        if actor is not None and actor.affiliation
        else ""
    )
    mention = statement.speaker_mention
    if mention == CONTINUATION:
        mentioned = '<span class="mention">quote continued</span>'
    elif actor is not None and mention and mention != actor.name:
        mentioned = f'<span class="mention">as “{escape(mention)}”</span>'
    else:
        mentioned = ""
    text = highlight(statement.text, search_stems) if search_stems else escape(statement.text)
    if kind == "direct":
        body = (
            '\n  <blockquote class="statement__text statement__text--quote">'
            f"<p><q>{text}</q></p></blockquote>\n  "
        )
    else:
        body = f'\n  <p class="statement__text">{text}</p>\n  '
    via = f'<span class="meta-item">via {escape(statement.via)}</span>' if statement.via else ""
    reports = _reports(statement.reports) if getattr(statement, "reports", None) else ""
    events = list(statement.events.all())
    if events:
        links = "".join(
            f'<a class="tag tag--event" href="{escape(url(event))}">{escape(event.name)}</a>'
            for event in events
        )
        events_html = (
            '\n  <p class="statement__events"><span class="visually-hidden">Events: </span>'
            f"{links}</p>\n  "
        )
    else:
        events_html = ""
    source_url = escape(url(statement.source))
    return mark_safe(  # noqa: S308 - every value above went through escape (or highlight)
        f'<article class="statement statement--{escape(kind)}{rejected}" '
        f'aria-labelledby="st{pk}-who">\n'
        '  <header class="statement__who">\n'
        f'    <h3 class="statement__speaker" id="st{pk}-who">{who}</h3>\n'
        f"    {affiliation}\n"
        f"    {mentioned}\n"
        "  </header>\n"
        f"  {body}\n"
        '  <p class="statement__meta">\n'
        f'    <span class="tag tag--kind">{escape(statement.get_kind_display())}</span>\n'
        f'    <span class="meta-item">{_said(statement)}</span>\n'
        f"    {via}\n"
        f'    <span class="meta-item">in <a href="{source_url}#s{pk}">'
        f"{escape(outlet(statement))}</a></span>\n"
        f"    {review_status(statement)}\n\n"
        f'    <a class="meta-item permalink" href="{escape(url(statement))}">Details'
        '<span class="visually-hidden"> of this statement</span></a>\n'
        "  </p>\n"
        f"  {reports}\n"
        f"  {events_html}\n"
        "</article>\n"
    )


def _said(statement: Statement) -> str:
    said = said_date(statement)
    return said if isinstance(said, SafeString) else escape(said)


def review_status(statement: Statement) -> str:
    """`_review_status.html` without its closing newline."""
    status = statement.review_status
    if status == "verified":
        tag = '<span class="tag tag--verified" title="An editor checked it against the article">✓ verified</span>'
    elif status == "rejected":
        tag = '<span class="tag tag--rejected">rejected</span>'
    else:
        tag = (
            '<span class="tag tag--unreviewed" title="As extracted automatically; no editor has '
            'checked it yet">unreviewed</span>'
        )
    what = corrected(statement)
    if what:
        names = escape(", ").join(escape(name) for name in what)
        tag += (
            f' <span class="tag tag--corrected" title="Corrected by the editors: {names}">'
            "corrected</span>"
        )
    return tag


def _day(day) -> str:
    return f"{day.day} {day:%b %Y}"


def _reports(summary: GroupSummary) -> str:
    """`_reports.html` for the card's group of reports."""
    first = summary.first
    on = (
        f' on <time datetime="{first.published_on:%Y-%m-%d}">{_day(first.published_on)}</time>'
        if first.published_on
        else ""
    )
    items = []
    for line in summary.lines:
        external = "" if line.statement else ' rel="external noopener"'
        item = f'<li><a href="{escape(line.href)}"{external}>{escape(line.outlet)}</a>'
        if line.published_on:
            item += f", {_day(line.published_on)}"
        reported = line.statement
        if reported:
            quoted = escape(Truncator(reported.text).chars(200))
            if reported.kind == "direct":
                quoted = f"<q>{quoted}</q>"
            item += (
                f': <span class="tag tag--kind">{escape(reported.get_kind_display())}</span> '
                f"{quoted}"
            )
            if reported.via:
                item += f' <span class="muted">via {escape(reported.via)}</span>'
        else:
            item += ' <span class="muted">(a syndicated copy of the same article)</span>'
        items.append(item + "</li>\n    ")
    return (
        '<details class="statement__reports">\n'
        f"  <summary>Reported by {summary.reports} sources, first by {escape(first.outlet)}"
        f"{on}</summary>\n"
        '  <ul class="reports">\n    '
        f"{''.join(items)}\n"
        "  </ul>\n"
        "</details>\n"
    )
