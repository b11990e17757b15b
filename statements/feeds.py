"""An Atom feed of any filtered view: `/statements.atom?<the timeline's query>`."""

from __future__ import annotations

import datetime as dt

from django.contrib.syndication.views import Feed
from django.http import HttpResponseBadRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.text import Truncator

from .filters import StatementFilter
from .models import Statement
from .text import xml_safe

FEED_SIZE = 50


def _query(filterset) -> str:
    query = filterset.data.copy()
    query.pop("page", None)
    query.pop("cursor", None)
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else ""


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min, tzinfo=dt.UTC)


def _xml_safe(value):
    if isinstance(value, str):
        return xml_safe(value)
    if isinstance(value, list | tuple):
        return [_xml_safe(item) for item in value]
    return value


class XmlSafeAtom1Feed(Atom1Feed):
    """Atom whose every text value is stripped of the characters XML 1.0 forbids (a stored
    escape character, a control typed into a filter) rather than failing mid-document."""

    def __init__(self, *args, **kwargs):
        super().__init__(*map(_xml_safe, args), **{k: _xml_safe(v) for k, v in kwargs.items()})

    def add_item(self, *args, **kwargs):
        super().add_item(*map(_xml_safe, args), **{k: _xml_safe(v) for k, v in kwargs.items()})


class StatementFeed(Feed):
    feed_type = XmlSafeAtom1Feed
    description_template = None

    def __call__(self, request, *args, **kwargs):
        filterset = StatementFilter(request.GET, queryset=Statement.objects.for_reading())
        if not filterset.is_valid():
            problems = "\n".join(filterset.error_messages())
            return HttpResponseBadRequest(
                f"Invalid filter:\n{problems}\n", content_type="text/plain; charset=utf-8"
            )
        request.warlog_filterset = filterset  # one FilterSet per request; the Feed is shared
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        return request.warlog_filterset

    def title(self, filterset):
        described = describe_filters(filterset)
        return f"Warlog: {described}" if described else "Warlog: latest statements"

    def link(self, filterset):
        return reverse("statements:timeline") + _query(filterset)

    def subtitle(self, filterset):
        return "Who said what, and when, in the Russia–Ukraine war."

    def feed_url(self, filterset):
        return reverse("statements:statements_atom") + _query(filterset)

    def items(self, filterset):
        return filterset.qs[:FEED_SIZE]

    def item_title(self, statement):
        return f"{speaker_of(statement)}: {Truncator(statement.text).chars(100)}"

    def item_description(self, statement):
        said = statement.said_on.isoformat() if statement.said_on else "date not stated"
        via = f" via {statement.via}" if statement.via else ""
        outlet = statement.source.outlet or statement.source.title
        return (
            f"“{statement.text}” — {speaker_of(statement)}, {said}{via}. "
            f"{statement.get_kind_display()}, reported by {outlet}."
        )

    def item_link(self, statement):
        return statement.get_absolute_url()

    def item_guid(self, statement):
        return f"warlog-statement-{statement.pk}"

    item_guid_is_permalink = False

    def item_author_name(self, statement):
        return speaker_of(statement)

    def item_pubdate(self, statement):
        day = statement.said_on or statement.source.published_on
        return _midnight(day) if day else statement.created_at

    def item_updateddate(self, statement):
        return statement.updated_at or timezone.now()

    def item_categories(self, statement):
        return [event.name for event in statement.events.all()]


def speaker_of(statement: Statement) -> str:
    if statement.actor_id:
        return statement.actor.name
    return statement.speaker_mention or "Unattributed"


def describe_filters(filterset: StatementFilter) -> str:
    """The active filters in words: "Dmitry Peskov · direct quote · from 2023-11-01"."""
    active = filterset.active()
    words = []
    if "actor" in active:
        words.append(", ".join(actor.name for actor in active["actor"]))
    if "affiliation" in active:
        words.append(", ".join(active["affiliation"]))
    if "kind" in active:
        words.append(Statement.Kind(active["kind"]).label)
    if "event" in active:
        words.append(active["event"].name)
    if "source" in active:
        words.append(f"in “{active['source']}”")
    if "outlet" in active:
        words.append(f"reported by {active['outlet']}")
    if "status" in active:
        words.append(active["status"])
    if "date_from" in active:
        words.append(f"from {active['date_from'].isoformat()}")
    if "date_to" in active:
        words.append(f"until {active['date_to'].isoformat()}")
    if "q" in active:
        words.append(f"matching “{active['q']}”")
    return " · ".join(words)
