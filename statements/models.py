"""Warlog's data model: who (Actor) said what (Statement), where it was reported (Source),
and what it was about (Event).

Field names are a contract shared by ingestion, the filters, the exports and the admin.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import connections, models
from django.db.models import F, OuterRef, Q, Subquery
from django.db.models.functions import Left
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from simple_history.models import HistoricalRecords

from .extraction.names import fold


class Precision(models.TextChoices):
    DAY = "day", "day"
    MONTH = "month", "month"
    YEAR = "year", "year"
    UNKNOWN = "unknown", "unknown"


def normalize_alias(value: str) -> str:
    """The form in which two spellings of one name compare equal (`extraction.names.fold`).

    Case, accents, punctuation and spacing are ignored: "Zelenskyy", "zelenskyy" and
    "Zelenskyy." normalise alike; transliteration variants ("Zelensky") are separate aliases.
    """
    return fold(value)


def unique_slug(model: type[models.Model], value: str, *, max_length: int = 200) -> str:
    """A slug for `value` that no row of `model` uses yet."""
    base = (slugify(value, allow_unicode=False) or "item")[: max_length - 8]
    slug, n = base, 2
    while model._default_manager.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


# --------------------------------------------------------------------------- actors


class ActorQuerySet(models.QuerySet):
    def with_statement_count(self):
        return self.annotate(statement_count=models.Count("statements"))

    def matching(self, text: str):
        """Actors whose name or alias contains `text` (for autocomplete)."""
        norm = normalize_alias(text)
        return self.filter(
            Q(name__icontains=text) | Q(aliases__normalized__contains=norm)
        ).distinct()


class ActorKind(models.TextChoices):
    PERSON = "person", "person"
    ORGANISATION = "organisation", "organisation"
    MEDIA = "media", "media"
    STATE = "state", "state"
    GROUP = "group", "group"


class Actor(models.Model):
    Kind = ActorKind

    name = models.CharField(
        max_length=200, unique=True, help_text="Canonical English form, e.g. “Volodymyr Zelensky”."
    )
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.PERSON)
    affiliation = models.CharField(
        max_length=100,
        blank=True,
        db_index=True,
        help_text="Country or bloc the actor speaks for, e.g. Russia, Ukraine, United States, NATO.",
    )
    role = models.CharField(max_length=200, blank=True, help_text="e.g. “Kremlin spokesman”.")
    wikidata_id = models.CharField(max_length=20, blank=True, help_text="e.g. Q3874799")
    description = models.TextField(blank=True)
    auto_created = models.BooleanField(
        default=False,
        help_text="Created by ingestion for a name not in the gazetteer; worth an editor's look.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # Indexed: the newest edit is part of the data's freshness (`charts.freshness`).
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    history = HistoricalRecords()
    objects = ActorQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=ActorKind.values), name="actor_kind_valid"),
        ]
        # Merging folds duplicates into one actor and deletes them; it is its own right, apart
        # from deleting an actor outright (which would leave its statements unattributed).
        permissions = [("merge_actor", "Can merge duplicate actors")]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Actor, self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("statements:actor", kwargs={"slug": self.slug})

    def other_names(self) -> list[str]:
        """Aliases other than the canonical name itself (uses prefetched aliases)."""
        own = normalize_alias(self.name)
        return [a.alias for a in self.aliases.all() if a.normalized != own]


class ActorAlias(models.Model):
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(max_length=200, help_text="Another spelling or form of the name.")
    normalized = models.CharField(max_length=200, unique=True, editable=False)

    class Meta:
        ordering = ["alias"]
        verbose_name_plural = "actor aliases"

    def __str__(self) -> str:
        return self.alias

    def save(self, *args, **kwargs):
        self.normalized = normalize_alias(self.alias)
        super().save(*args, **kwargs)


# --------------------------------------------------------------------------- sources


class SourceQuerySet(models.QuerySet):
    # A statement keeps a copy of its article's publication date (`COPIED_FROM_SOURCE`):
    # every write of it copies it on.

    def update(self, **kwargs):
        if not set(COPIED_FROM_SOURCE) & kwargs.keys():
            return super().update(**kwargs)
        ids = list(self.values_list("pk", flat=True))  # before: the filter may be on the date
        updated = super().update(**kwargs)
        copy_source_dates(ids, using=self.db)
        return updated

    update.alters_data = True

    def bulk_update(self, objs, fields, *args, **kwargs):
        objs = list(objs)
        updated = super().bulk_update(objs, fields, *args, **kwargs)
        if set(COPIED_FROM_SOURCE) & set(fields):
            copy_source_dates([o.pk for o in objs], using=self.db)
        return updated

    bulk_update.alters_data = True

    def with_statement_count(self):
        return self.annotate(statement_count=models.Count("statements"))

    def outlets(self) -> list[str]:
        """The distinct outlets of these sources, sorted ("" among them if a source has none).

        Of the whole table, on PostgreSQL: a walk of the outlet index from each value to the
        next (a loose index scan, one probe per outlet: ~20 at 1M) rather than a DISTINCT that
        reads every source (50,000 at 1M: 25-55 ms on every admin changelist, load 3-7).
        """
        connection = connections[self.db]
        if self.query.where or connection.vendor != "postgresql":
            return list(self.order_by("outlet").values_list("outlet", flat=True).distinct())
        table = connection.ops.quote_name(self.model._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(
                f"""WITH RECURSIVE walk(outlet) AS (
                        (SELECT outlet FROM {table} ORDER BY outlet LIMIT 1)
                        UNION ALL
                        SELECT (SELECT s.outlet FROM {table} s WHERE s.outlet > walk.outlet
                                ORDER BY s.outlet LIMIT 1)
                        FROM walk WHERE walk.outlet IS NOT NULL
                    )
                    SELECT outlet FROM walk WHERE outlet IS NOT NULL"""
            )
            return [outlet for (outlet,) in cursor.fetchall()]

    def with_headline(self):
        """Annotate the start of the text, enough for `Source.headline` with `text` deferred."""
        return self.annotate(text_start=Left("text", HEADLINE_CHARS * 2))


HEADLINE_CHARS = 120


def headline_of(text: str) -> str:
    """The first non-empty line of `text`, cut at a word boundary near HEADLINE_CHARS."""
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if len(line) <= HEADLINE_CHARS:
        return line
    return line[:HEADLINE_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"


class Source(models.Model):
    title = models.CharField(max_length=500, blank=True)
    outlet = models.CharField(max_length=200, blank=True, db_index=True)
    url = models.URLField(max_length=2000, blank=True, db_index=True)
    published_on = models.DateField(null=True, blank=True, db_index=True)
    published_precision = models.CharField(
        max_length=10, choices=Precision.choices, default=Precision.UNKNOWN
    )
    published_evidence = models.TextField(blank=True)
    date_warning = models.TextField(
        blank=True, help_text="Why the article's own date is doubtful; empty when it is not."
    )
    text = models.TextField(help_text="The article's content as received, unchanged.")
    content_hash = models.CharField(max_length=64, unique=True, help_text="SHA-256 of the text.")
    file_name = models.CharField(max_length=500, blank=True, db_index=True)
    syndicated_from = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="copies",
        help_text="The stored article this one is a near-copy of (the same wire story under "
        "another outlet); its statements are kept once, on that article.",
    )
    extractor_version = models.CharField(max_length=40, blank=True)
    curated_fields = models.JSONField(
        default=list,
        blank=True,
        help_text="Fields an editor changed; ingestion never overwrites them.",
    )
    ingested_at = models.DateTimeField(auto_now_add=True)
    # Indexed: the newest edit is part of the data's freshness (`charts.freshness`).
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    # Fields an editor can correct (the text is evidence, never edited).
    EDITABLE_FIELDS = ("title", "outlet", "url", "published_on", "published_precision")

    history = HistoricalRecords(excluded_fields=["text", "ingested_at", "updated_at"])
    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["-published_on", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(published_precision__in=Precision.values),
                name="source_published_precision_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.headline or self.file_name or f"Source {self.pk}"

    def save(self, *args, **kwargs):
        new = self.pk is None  # a new article has no statements to follow it yet
        super().save(*args, **kwargs)
        fields, deferred = kwargs.get("update_fields"), self.get_deferred_fields()
        saved = {
            name: getattr(self, name)
            for name in COPIED_FROM_SOURCE
            if name not in deferred and (fields is None or name in fields)
        }
        known = getattr(self, "_copied", {})
        if saved and not new and saved.items() - known.items():
            statements = Statement.objects.using(kwargs.get("using") or self._state.db)
            statements.filter(source_id=self.pk).exclude(**saved).update(**saved)
        self._copied = {**known, **saved}

    def get_absolute_url(self) -> str:
        return reverse("statements:source", kwargs={"pk": self.pk})

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        # What its statements copied (`COPIED_FROM_SOURCE`), so a save that changes it copies
        # it on.
        loaded = instance.__dict__
        instance._copied = {n: loaded[n] for n in COPIED_FROM_SOURCE if n in loaded}
        return instance

    @property
    def headline(self) -> str:
        """What a source with no title is called: the first line of its text."""
        start = getattr(self, "text_start", None)
        return headline_of(start if start is not None else self.text)


# What a statement keeps of its article, under the same field names: `published_on`, the
# timeline's second key, so that one index on the statement table holds the whole order
# (see migration 0009).
COPIED_FROM_SOURCE = ("published_on",)


def copied_from_source(source: Source) -> dict[str, object]:
    """The values a statement of `source` copies from it, by field name.

    Every ORM write fills them (`Statement.save`, `StatementQuerySet.bulk_create`) and every
    write of a source's date copies it on (`Source.save`, `SourceQuerySet.update` and
    `bulk_update`). A writer that goes around the ORM (COPY, raw SQL) writes them too, e.g.
    `Statement(source=source, **values, **copied_from_source(source))`.
    """
    return {name: getattr(source, name) for name in COPIED_FROM_SOURCE}


def fill_source_copies(statements, *, using: str = "default") -> None:
    """Set `copied_from_source` on statements about to be written: from each one's source
    when it is at hand (`Statement(source=source)`), else read in one query."""
    missing = {s.source_id for s in statements if not Statement.source.is_cached(s)}
    read = Source.objects.using(using).only(*COPIED_FROM_SOURCE).in_bulk(missing) if missing else {}
    for statement in statements:
        cached = Statement.source.is_cached(statement)
        source = statement.source if cached else read.get(statement.source_id)
        if source is not None:
            for name, value in copied_from_source(source).items():
                setattr(statement, name, value)


def copy_source_dates(source_ids, *, using: str = "default") -> int:
    """Copy `COPIED_FROM_SOURCE` from these sources onto their statements; returns the rows
    updated."""
    statements = Statement.objects.using(using)
    return _copy_in_chunks(list(source_ids), lambda chunk: statements.filter(source_id__in=chunk))


def _copy_in_chunks(ids: list, statements_of, size: int = 5000) -> int:
    """Copy from the source, in SQL, onto `statements_of(chunk)` for each chunk of `ids`."""
    copies = {
        name: Subquery(Source.objects.filter(pk=OuterRef("source_id")).values(name)[:1])
        for name in COPIED_FROM_SOURCE
    }
    return sum(
        statements_of(ids[at : at + size]).update(**copies) for at in range(0, len(ids), size)
    )


# --------------------------------------------------------------------------- events


class Event(models.Model):
    name = models.CharField(max_length=300)
    slug = models.SlugField(max_length=200, unique=True)
    starts_on = models.DateField(db_index=True)
    ends_on = models.DateField(null=True, blank=True)
    precision = models.CharField(max_length=10, choices=Precision.choices, default=Precision.DAY)
    description = models.TextField(blank=True)
    keywords = models.JSONField(
        default=list,
        blank=True,
        help_text=(
            'Other names of the event, e.g. ["Kursk incursion", "Kursk offensive"]. A statement is '
            "linked to the event when its sentence names it and it was said during the event or "
            "shortly after; a place name alone is not a name of the event."
        ),
    )

    class Meta:
        ordering = ["starts_on", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(precision__in=Precision.values),
                name="event_precision_valid",
            ),
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=F("starts_on")),
                name="event_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Event, self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("statements:event", kwargs={"slug": self.slug})


class SourceBand(models.Model):
    """One band of a source's MinHash signature: sources sharing a band are near-copy
    candidates (see `statements.syndication`). Looked up by `key`, never scanned."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="bands")
    key = models.BigIntegerField(db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["source", "key"], name="source_band_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.source_id}:{self.key}"


# --------------------------------------------------------------------------- statements


class Cluster(models.Model):
    """One statement as reported by one or more articles: its reports are the statements
    pointing here (see `statements.grouping`). Exactly one report leads the group (shown on
    the collapsed timeline); `reports` counts the reports, syndicated copies of their
    articles included."""

    reports = models.PositiveIntegerField(
        default=1, help_text="Reports of this statement, syndicated copies included."
    )
    closed = models.BooleanField(
        default=False,
        help_text="An editor split this report out of another group: grouping adds no report "
        "to it (an editor still may).",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "statement group"
        ordering = ["-id"]

    def __str__(self) -> str:
        return f"Group {self.pk} ({self.reports} report{'s' if self.reports != 1 else ''})"


FENCE = 1_000_000_000  # a LIMIT no subquery reaches: it keeps the planner from flattening it


class StatementQuerySet(models.QuerySet):
    # Writes that change what the chart and the facets count tell `summary` which
    # (speaker, day) pairs to recount, old and new (see statements/summary.py).

    def update(self, **kwargs):
        from . import summary

        moved = bool({"source", "source_id"} & kwargs.keys())  # its article's date follows
        counted = bool(summary.COUNTED_FIELDS & kwargs.keys())
        if not (moved or counted):
            return super().update(**kwargs)
        touched = summary.keys_of(self) if counted else set()
        rekeyed = moved or bool(summary.KEY_FIELDS & kwargs.keys())
        ids = list(self.values_list("pk", flat=True)) if rekeyed else []
        updated = super().update(**kwargs)
        if moved:
            _copy_in_chunks(
                ids, lambda chunk: Statement.objects.using(self.db).filter(pk__in=chunk)
            )
        if counted:
            touched |= summary.keys_of_ids(ids, using=self.db)
            summary.touch(touched, using=self.db)
        return updated

    update.alters_data = True

    def delete(self):
        from . import summary

        touched = summary.keys_of(self)
        deleted = super().delete()
        summary.touch(touched, using=self.db)
        return deleted

    delete.alters_data = True
    delete.queryset_only = True

    def bulk_create(self, objs, *args, **kwargs):
        from . import summary

        objs = list(objs)
        fill_source_copies(objs, using=self.db)
        created = super().bulk_create(objs, *args, **kwargs)
        summary.inserted(objs, using=self.db)
        for obj in created:
            summary.remember_key(obj)
        return created

    bulk_create.alters_data = True

    def bulk_update(self, objs, fields, *args, **kwargs):
        from . import summary

        objs = list(objs)
        names = {self.model._meta.get_field(name).name for name in fields}
        if "source" in names:
            fill_source_copies(objs, using=self.db)
            fields = [*fields, *(set(COPIED_FROM_SOURCE) - names)]
        if not summary.COUNTED_FIELDS & names:
            return super().bulk_update(objs, fields, *args, **kwargs)
        # What each row was counted under: remembered when it was read, else read now.
        touched = {o._summary_key for o in objs if hasattr(o, "_summary_key")}
        unknown = [o.pk for o in objs if not hasattr(o, "_summary_key")]
        touched |= summary.keys_of_ids(unknown, using=self.db) if unknown else set()
        updated = super().bulk_update(objs, fields, *args, **kwargs)
        touched |= {(o.actor_id, o.said_on) for o in objs}
        summary.touch(touched, using=self.db)
        for obj in objs:
            summary.remember_key(obj)
        return updated

    bulk_update.alters_data = True

    def visible(self):
        """What readers see: everything but rejected statements."""
        return self.exclude(review_status=Statement.ReviewStatus.REJECTED)

    def for_timeline(self):
        """Visible statements, newest said first, unknown dates after (by publication date)."""
        return (
            self.visible()
            .select_related("actor", "source")
            .prefetch_related("events")
            .order_by(*Statement.TIMELINE_ORDER)
        )

    def for_reading(self):
        """The timeline as pages and feeds show it: article bodies left in the database."""
        return self.for_timeline().defer("source__text", "source__published_evidence")

    def page(self, start: int, stop: int) -> list[Statement]:
        """Rows [start, stop) of this ordered list, chosen before they are joined to anything.

        A subquery picks the page's ids from the statement table alone (the whole order is
        there: `published_on` is copied from the source), and only those rows are joined to
        their article and speaker. A plain slice joins every candidate first and sorts the
        joined rows: a filter that does not follow an index (an event's 5,083 statements) paid
        for 5,083 joins on every page (EXPLAIN at 1M: docs/performance.md).
        """
        return list(self.filter(pk__in=self.values("pk")[start:stop]))

    def search(self, text: str):
        """Statements `text` finds in their words, speaker (names and aliases), events or
        article title, spellings alike: see `statements.search`."""
        from .search import apply

        return apply(self, text)

    def in_event(self, event):
        """Statements linked to `event`, its ids read first.

        The LIMIT fences the subquery: PostgreSQL then reads the event's statement ids
        (index-only on the link table) and sorts those, where a plain join let it walk the whole
        timeline looking for rows that cluster in a few weeks (busiest event: 454 -> 31 ms).
        """
        links = Statement.events.through.objects.filter(event=event)
        return self.filter(pk__in=links.values("statement_id")[:FENCE])

    def said_between(self, start: dt.date | None = None, end: dt.date | None = None):
        """Statements said within [start, end], both inclusive; open where None."""
        qs = self
        if start is not None:
            qs = qs.filter(said_on__gte=start)
        if end is not None:
            qs = qs.filter(said_on__lte=end)
        return qs

    def by_actors(self, slugs):
        return self.filter(actor__slug__in=list(slugs))

    def by_affiliations(self, affiliations):
        return self.filter(actor__affiliation__in=list(affiliations))

    def unattributed(self):
        return self.filter(actor__isnull=True)

    def leads(self):
        """One statement per group: the report that speaks for it (see `grouping`)."""
        return self.filter(is_lead=True)

    def untouched(self):
        """Statements no editor has reviewed or changed: ingestion may rewrite them."""
        return self.filter(review_status=Statement.ReviewStatus.UNREVIEWED, curated_fields=[])


class StatementKind(models.TextChoices):
    DIRECT = "direct", "direct quote"
    INDIRECT = "indirect", "reported"
    MIXED = "mixed", "partly quoted"


class ReviewStatus(models.TextChoices):
    UNREVIEWED = "unreviewed", "unreviewed"
    VERIFIED = "verified", "verified"
    REJECTED = "rejected", "rejected"


class Statement(models.Model):
    Kind = StatementKind
    ReviewStatus = ReviewStatus

    # Fields an editor can change; a change marks the field curated (see `curated_fields`).
    EDITABLE_FIELDS = (
        "actor",
        "speaker_mention",
        "kind",
        "said_on",
        "said_on_precision",
        "said_on_evidence",
        "via",
        "events",
        "review_status",
    )
    # Newest said first; among statements said the same day (or undated), the most recently
    # published article first. `published_on` is the article's, copied (`copied_from_source`).
    TIMELINE_ORDER = (
        F("said_on").desc(nulls_last=True),
        F("published_on").desc(nulls_last=True),
        "-id",
    )

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="statements")
    actor = models.ForeignKey(
        Actor,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="statements",
        help_text="Who said it; empty when the speaker could not be attributed.",
    )
    speaker_mention = models.CharField(
        max_length=300, blank=True, help_text="The words in the article that name the speaker."
    )
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.INDIRECT)
    text = models.TextField(help_text="The statement as it appears in the article.")
    start = models.PositiveIntegerField(help_text="Offset of the text in the source (characters).")
    end = models.PositiveIntegerField(help_text="End offset of the text in the source.")
    said_on = models.DateField(
        null=True, blank=True, help_text="When it was said (not when it was published)."
    )
    said_on_precision = models.CharField(
        max_length=10, choices=Precision.choices, default=Precision.UNKNOWN
    )
    said_on_evidence = models.CharField(
        max_length=300, blank=True, help_text="The words the date was read from."
    )
    via = models.CharField(
        max_length=200, blank=True, help_text="Outlet, interview or channel it came through."
    )
    published_on = models.DateField(
        null=True,
        blank=True,
        editable=False,
        help_text="Its article's publication date, copied from the source (the timeline's "
        "second key); kept equal to it on every write.",
    )
    events = models.ManyToManyField(Event, blank=True, related_name="statements")
    event_evidence = models.JSONField(
        default=dict,
        blank=True,
        help_text="Why each event link was made, by event slug.",
    )
    cluster = models.ForeignKey(
        Cluster,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="statements",
        help_text="The group of reports of the same statement in other articles.",
    )
    is_lead = models.BooleanField(
        default=True,
        db_default=True,  # a row written outside the ORM (COPY, raw SQL) stands alone too
        help_text="The report that speaks for its group on the timeline.",
    )
    review_status = models.CharField(
        max_length=12, choices=ReviewStatus.choices, default=ReviewStatus.UNREVIEWED
    )
    curated_fields = models.JSONField(
        default=list,
        blank=True,
        help_text="Fields an editor changed; ingestion never overwrites them.",
    )
    version = models.PositiveIntegerField(
        default=1, help_text="Incremented on every save; a stale edit is refused."
    )
    review_reason = models.CharField(
        max_length=500,
        blank=True,
        help_text="Why this statement needs an editor's look again (set by re-extraction).",
    )
    claimed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="The editor reviewing it in the queue right now.",
    )
    claimed_until = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(
        excluded_fields=[
            "created_at",
            "updated_at",
            "is_lead",
            "claimed_by",
            "claimed_until",
            *COPIED_FROM_SOURCE,  # the source's history has them
        ]
    )
    objects = StatementQuerySet.as_manager()

    class Meta:
        ordering = [F("said_on").desc(nulls_last=True), F("id").desc()]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "start", "end"], name="statement_unique_span"
            ),
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="statement_span_valid"),
            models.CheckConstraint(
                condition=Q(kind__in=StatementKind.values), name="statement_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(review_status__in=ReviewStatus.values),
                name="statement_review_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(said_on_precision__in=Precision.values),
                name="statement_said_on_precision_valid",
            ),
            models.UniqueConstraint(
                fields=["cluster"], condition=Q(is_lead=True), name="statement_one_lead_per_group"
            ),
        ]
        indexes = [
            models.Index(fields=["-said_on", "-id"], name="statement_timeline_idx"),
            models.Index(fields=["actor", "said_on"], name="statement_actor_date_idx"),
            models.Index(fields=["review_status", "said_on"], name="statement_status_date_idx"),
            models.Index(fields=["kind", "said_on"], name="statement_kind_date_idx"),
            models.Index(fields=["review_status", "id"], name="statement_review_queue_idx"),
            # The counts summary recounts a (speaker, day) from this alone (PostgreSQL).
            models.Index(
                fields=["actor", "said_on"],
                include=["kind", "review_status", "is_lead"],
                name="statement_summary_idx",
            ),
        ]

    def __str__(self) -> str:
        who = self.actor.name if self.actor_id else (self.speaker_mention or "Unattributed")
        short = self.text if len(self.text) <= 80 else self.text[:77] + "…"
        return f"{who}: {short}"

    def save(self, *args, **kwargs):
        fields = kwargs.get("update_fields")
        if fields is None or {"source", "source_id", *COPIED_FROM_SOURCE} & set(fields):
            if self.source_id is not None:  # else the database refuses the row anyway
                fill_source_copies([self], using=kwargs.get("using") or self._state.db or "default")
            if fields is not None:
                kwargs["update_fields"] = {*fields, *COPIED_FROM_SOURCE}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("statements:statement", kwargs={"pk": self.pk})

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        # What the summary counted this row under, for a save that moves it (summary.py).
        if "actor_id" in instance.__dict__ and "said_on" in instance.__dict__:
            instance._summary_key = (instance.actor_id, instance.said_on)
        return instance

    @property
    def is_curated(self) -> bool:
        return self.review_status != self.ReviewStatus.UNREVIEWED or bool(self.curated_fields)


# --------------------------------------------------------------------------- counts


class StatementCount(models.Model):
    """How many statements one speaker said on one day (or month) as one kind with one review
    status: the summary the chart and the facets read instead of the statement table.

    Kept equal to a fresh aggregate of `Statement` by `statements.summary`, which recomputes
    the (speaker, day) pairs a write touched once its transaction commits; `manage.py
    rebuild_summary` recomputes it all. `statements` counts every report, `leads` the ones
    shown on the collapsed timeline (`is_lead`). Rejected statements are kept, under their
    status, so "visible" is a filter here as on the statements.
    """

    actor = models.ForeignKey(
        Actor,
        on_delete=models.DO_NOTHING,
        db_constraint=False,  # an actor's delete recounts its days (summary.py), no cascade
        null=True,
        related_name="+",
    )
    kind = models.CharField(max_length=10, choices=StatementKind.choices)
    review_status = models.CharField(max_length=12, choices=ReviewStatus.choices)
    statements = models.PositiveIntegerField()
    leads = models.PositiveIntegerField()

    class Meta:
        abstract = True


class DailyCount(StatementCount):
    day = models.DateField(null=True, help_text="`said_on`; empty for undated statements.")

    class Meta:
        indexes = [
            models.Index(fields=["actor", "day"], name="dailycount_actor_day_idx"),
            models.Index(fields=["day"], name="dailycount_day_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.day} {self.actor_id} {self.kind} {self.review_status}: {self.statements}"


class MonthlyCount(StatementCount):
    month = models.DateField(null=True, help_text="First day of the month; empty: undated.")

    class Meta:
        indexes = [
            models.Index(fields=["actor", "month"], name="monthlycount_actor_month_idx"),
            models.Index(fields=["month"], name="monthlycount_month_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.month} {self.actor_id} {self.kind} {self.review_status}: {self.statements}"


class YearlyCount(StatementCount):
    year = models.DateField(null=True, help_text="1 January of the year; empty: undated.")

    class Meta:
        indexes = [
            models.Index(fields=["actor", "year"], name="yearlycount_actor_year_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.year} {self.actor_id} {self.kind} {self.review_status}: {self.statements}"


# --------------------------------------------------------------------------- feeds


class FeedQuerySet(models.QuerySet):
    def active(self):
        return self.filter(active=True)

    def due(self, now: dt.datetime):
        """Active feeds whose next poll time has come (backoff included)."""
        return self.active().filter(next_poll_at__lte=now)


class Feed(models.Model):
    """An RSS/Atom feed or a news sitemap that Warlog polls for new articles."""

    url = models.URLField(max_length=2000, unique=True)
    outlet = models.CharField(
        max_length=200,
        blank=True,
        help_text="The outlet its articles are credited to; empty: the site name each page gives.",
    )
    active = models.BooleanField(default=True, help_text="Inactive feeds are never polled.")
    poll_interval = models.PositiveIntegerField(
        default=10,
        validators=[MinValueValidator(1)],
        help_text="Minutes between polls (a failing feed waits longer: 2, 4, 8… times this).",
    )
    etag = models.CharField(max_length=500, blank=True, editable=False)
    last_modified = models.CharField(max_length=100, blank=True, editable=False)
    last_polled_at = models.DateTimeField(null=True, blank=True, editable=False)
    next_poll_at = models.DateTimeField(default=timezone.now, help_text="When it is polled next.")
    last_error = models.TextField(blank=True, editable=False)
    consecutive_failures = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = FeedQuerySet.as_manager()

    class Meta:
        ordering = ["url"]
        indexes = [models.Index(fields=["active", "next_poll_at"], name="feed_due_idx")]

    def __str__(self) -> str:
        return self.url


class FeedEntry(models.Model):
    """An article a feed listed, by its normalised URL: fetched once, whichever feed lists it."""

    feed = models.ForeignKey(Feed, on_delete=models.CASCADE, related_name="entries")
    url = models.URLField(max_length=2000, unique=True)
    title = models.CharField(max_length=500, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    published = models.DateField(null=True, blank=True)
    source = models.ForeignKey(
        Source, on_delete=models.SET_NULL, null=True, blank=True, related_name="feed_entries"
    )
    attempts = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    first_seen_at = models.DateTimeField(auto_now_add=True)
    fetched_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-first_seen_at", "-id"]
        verbose_name_plural = "feed entries"

    def __str__(self) -> str:
        return self.title or self.url
