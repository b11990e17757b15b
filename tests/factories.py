"""factory_boy factories: build rows for tests without JSON fixtures."""

import datetime as dt
import hashlib

import factory

from statements.models import Actor, ActorAlias, Event, Source, Statement


class ActorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Actor
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Test Actor {n}")
    kind = Actor.Kind.PERSON
    affiliation = "Russia"
    role = "spokesperson"


class ActorAliasFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActorAlias

    actor = factory.SubFactory(ActorFactory)
    alias = factory.Sequence(lambda n: f"Alias {n}")


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    title = factory.Sequence(lambda n: f"Article {n}")
    outlet = "Test Outlet"
    url = factory.Sequence(lambda n: f"https://news.example/article-{n}")
    published_on = dt.date(2023, 11, 10)
    published_precision = "day"
    text = factory.Sequence(lambda n: f"Article number {n}. Somebody said something newsworthy.")
    content_hash = factory.LazyAttribute(lambda o: hashlib.sha256(o.text.encode()).hexdigest())
    file_name = factory.Sequence(lambda n: f"article-{n}.txt")


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    name = factory.Sequence(lambda n: f"Event {n}")
    starts_on = dt.date(2023, 11, 1)
    precision = "day"
    keywords = factory.LazyFunction(list)


class StatementFactory(factory.django.DjangoModelFactory):
    """A statement whose span really is in its source: the source text is built around it."""

    class Meta:
        model = Statement

    class Params:
        prefix = "Reporters heard this: "

    text = factory.Sequence(lambda n: f"statement number {n} about the front")
    actor = factory.SubFactory(ActorFactory)
    speaker_mention = factory.LazyAttribute(lambda o: o.actor.name if o.actor else "")
    kind = Statement.Kind.INDIRECT
    said_on = dt.date(2023, 11, 10)
    said_on_precision = "day"
    source = factory.LazyAttribute(lambda o: SourceFactory(text=f"{o.prefix}{o.text}. The end."))
    start = factory.LazyAttribute(lambda o: o.source.text.index(o.text))
    end = factory.LazyAttribute(lambda o: o.source.text.index(o.text) + len(o.text))
