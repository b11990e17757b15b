"""The editorial admin: fix attributions, verify or reject statements, merge duplicate actors.

Ingested evidence (source text, span) is read-only; attribution is editable. Every save and
bulk action goes through `statements.curation`, which marks what the editor touched as curated,
bumps `Statement.version` (optimistic locking) and records who did it in the history.
"""

from __future__ import annotations

import datetime as dt
import json

from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import connections, transaction
from django.db.models import Count, IntegerField, Max, Min, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator
from django.utils.translation import gettext
from simple_history.admin import SimpleHistoryAdmin

from . import articles, curation, grouping, sources
from .admin_groups import apply_to_group, group_link
from .forms import (
    AddArticleForm,
    LinkEventForm,
    MergeActorsForm,
    ReassignSpeakerForm,
    SourceAdminForm,
    StatementAdminForm,
)
from .history import ReadableHistoryAdmin
from .models import (
    Actor,
    ActorAlias,
    Event,
    Feed,
    FeedEntry,
    Source,
    Statement,
    StatementQuerySet,
    normalize_alias,
)
from .review_admin import review_queue_view

ACTION_TEMPLATE = "admin/statements/action_form.html"
CONTEXT_CHARS = 600  # at most this much of a paragraph either side of a statement's span


class EstimatedCountPaginator(Paginator):
    """A paginator that does not count a huge table row by row.

    On PostgreSQL an unfiltered queryset's count comes from the planner's statistics
    (`pg_class.reltuples`, kept current by autovacuum) once the table holds more than
    `exact_below` rows. A filtered queryset whose planner estimate (EXPLAIN, ~1 ms) is above
    `count_cap` rows shows that estimate (a search for a busy speaker's name matched 200,000
    rows and took 0.7 s to count exactly; a COUNT over a LIMIT was slower still, as it walks
    rows one by one instead of reading the indexes); below, it is counted exactly. Other
    databases count exactly. Only the last page number of a huge list may be off.
    """

    exact_below = 100_000
    count_cap = 10_000

    @cached_property
    def count(self) -> int:
        qs = self.object_list
        if isinstance(qs, QuerySet) and not qs.query.is_sliced:
            if connections[qs.db].vendor != "postgresql":
                return super().count
            if not qs.query.where:
                estimate = estimated_row_count(qs.model, using=qs.db)
                if estimate is not None and estimate >= self.exact_below:
                    return estimate
                return super().count
            estimate = estimated_filter_rows(qs)
            if estimate is not None and estimate > self.count_cap:
                return estimate
            return super().count
        return super().count


def estimated_row_count(model, *, using: str = "default") -> int | None:
    """The planner's estimate of the rows in `model`'s table (PostgreSQL only), else None."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(%s)",
            [connection.ops.quote_name(model._meta.db_table)],
        )
        row = cursor.fetchone()
    return int(row[0]) if row and row[0] is not None and row[0] >= 0 else None


def estimated_filter_rows(queryset: QuerySet) -> int | None:
    """The planner's estimate of the rows `queryset` returns (PostgreSQL), else None."""
    try:
        plan = json.loads(queryset.order_by().explain(format="json"))
    except (ValueError, TypeError):
        return None
    return int(plan[0]["Plan"]["Plan Rows"])


def actors_named(text: str) -> list[int]:
    """The actors whose name or an alias holds `text` as whole words ("Volkov" is
    "Elena Volkov"), case, accents and punctuation ignored; none for a term too short."""
    folded = normalize_alias(text)
    if len(folded) < 3:
        return []
    as_words = (
        Q(normalized=folded)
        | Q(normalized__startswith=f"{folded} ")
        | Q(normalized__endswith=f" {folded}")
        | Q(normalized__contains=f" {folded} ")
    )
    by_alias = ActorAlias.objects.filter(as_words).values_list("actor_id", flat=True)
    # Names are not stored folded: the few names holding the longest word are compared here.
    # (A name spelled with accents the search leaves out is found by its alias, or else by
    # the full search below.)
    longest = max(folded.split(), key=len)
    candidates = Actor.objects.filter(name__icontains=longest).values_list("pk", "name")
    by_name = [pk for pk, name in candidates if f" {folded} " in f" {normalize_alias(name)} "]
    return sorted({*by_alias, *by_name})


def count_statements(field: str):
    """How many statements point at the row: one indexed subquery per row shown, so a
    changelist page costs the same however many statements the database holds."""
    counts = (
        Statement.objects.order_by()
        .filter(**{field: OuterRef("pk")})
        .values(field)
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counts, output_field=IntegerField()), Value(0))


def render_action_page(modeladmin, request, queryset, *, form, title: str, action: str):
    """The intermediate page of a bulk action: what will change, and the form to confirm it.

    It posts back to the changelist (same query string, so filters and "select all" hold) with
    the action name, the selection and `apply`.
    """
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": title,
        "subtitle": None,
        "opts": modeladmin.model._meta,
        "form": form,
        "media": modeladmin.media + form.media,
        "action": action,
        "select_across": request.POST.get("select_across", "0"),
        "selected": request.POST.getlist(ACTION_CHECKBOX_NAME),
        "objects": list(queryset[:20]),
        "count": queryset.count(),
        "form_url": request.get_full_path(),
    }
    return TemplateResponse(request, ACTION_TEMPLATE, context)


# --------------------------------------------------------------------------- statements


def calendar_steps(first: dt.date, last: dt.date, kind: str) -> list[dt.date]:
    """Every year, month or day from `first` to `last`, truncated like `QuerySet.dates`."""
    if kind == "year":
        return [dt.date(y, 1, 1) for y in range(first.year, last.year + 1)]
    if kind == "month":
        months = range(first.year * 12 + first.month - 1, last.year * 12 + last.month)
        return [dt.date(m // 12, m % 12 + 1, 1) for m in months]
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


class ChangelistStatementQuerySet(StatementQuerySet):
    """The admin's statements, with a `dates()` that does not read every row.

    The date hierarchy asks for the distinct years (months, days) present: a DISTINCT over
    `date_trunc(said_on)` scans the whole table (about 300 ms at a million rows). Instead, offer
    every period between the first and last date, which MIN/MAX read from the `said_on` index; a
    period with no statement simply lists none.
    """

    def aggregate(self, *args, **kwargs):
        # The date hierarchy asks for these bounds, then `dates()` for the same: read once.
        if not args and kwargs.keys() == {"first", "last"}:
            wanted = (kwargs["first"], kwargs["last"])
            if wanted == (Min("said_on"), Max("said_on")):
                if getattr(self, "_said_bounds", None) is None:
                    self._said_bounds = super().aggregate(**kwargs)
                return dict(self._said_bounds)
        return super().aggregate(*args, **kwargs)

    def dates(self, field_name, kind, order="ASC"):
        if field_name != "said_on" or kind not in ("year", "month", "day"):
            return super().dates(field_name, kind, order)
        bounds = self.aggregate(first=Min(field_name), last=Max(field_name))
        if bounds["first"] is None:
            return []
        steps = calendar_steps(bounds["first"], bounds["last"], kind)
        return steps if order == "ASC" else steps[::-1]


class OutletFilter(admin.AllValuesFieldListFilter):
    """Every outlet, as `AllValuesFieldListFilter` lists them, read by `SourceQuerySet.outlets`
    (an index walk) instead of a DISTINCT over every source on each changelist."""

    def __init__(self, field, request, params, model, model_admin, field_path):
        super().__init__(field, request, params, model, model_admin, field_path)
        self.lookup_choices = Source.objects.outlets()


class NoSpeakerFilter(admin.SimpleListFilter):
    title = "speaker"
    parameter_name = "speaker"

    def lookups(self, request, model_admin):
        return [("none", "No speaker"), ("any", "Has a speaker")]

    def queryset(self, request, queryset):
        if self.value() == "none":
            return queryset.unattributed()
        if self.value() == "any":
            return queryset.filter(actor__isnull=False)
        return queryset


@admin.register(Statement)
class StatementAdmin(ReadableHistoryAdmin, SimpleHistoryAdmin):
    form = StatementAdminForm
    change_form_template = "admin/statements/statement/change_form.html"
    list_display = (
        "speaker",
        "short_text",
        "said",
        "kind",
        "outlet",
        "review_status",
    )
    list_display_links = ("short_text",)
    list_filter = (
        "review_status",
        "kind",
        ("actor__affiliation", admin.AllValuesFieldListFilter),
        "said_on_precision",
        ("source__outlet", OutletFilter),
        "events",
        NoSpeakerFilter,
    )
    search_fields = ("text", "actor__name", "speaker_mention")
    date_hierarchy = "said_on"
    list_select_related = ("actor", "source")
    list_per_page = 50
    show_full_result_count = False
    paginator = EstimatedCountPaginator
    autocomplete_fields = ("actor", "events", "source")
    actions = (
        "mark_verified",
        "mark_rejected",
        "reassign_speaker",
        "link_event",
        "split_from_group",
    )

    evidence_fields = ("source_context", "source_link", "event_reasons", "text", "start", "end")
    fieldsets = (
        (
            "Attribution",
            {
                "classes": ("attribution",),
                "fields": (
                    "actor",
                    "speaker_mention",
                    "kind",
                    ("said_on", "said_on_precision"),
                    "said_on_evidence",
                    "via",
                    "events",
                    "review_status",
                    "version",
                ),
            },
        ),
        (
            "Evidence (from the source, read-only)",
            {"classes": ("evidence",), "fields": evidence_fields},
        ),
        (
            "Curation",
            {"classes": ("curation",), "fields": ("curated_fields", "review_reason", "group")},
        ),
    )
    add_fieldsets = (
        (None, {"fields": ("source", "text", "start", "end")}),
        fieldsets[0],
    )

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        qs = ChangelistStatementQuerySet(model=qs.model, query=qs.query.chain(), using=qs._db)
        # The list shows an outlet, never an article: leave the article texts in the database.
        return qs.select_related("actor", "source").defer(
            "source__text", "source__published_evidence", "source__date_warning"
        )

    def get_urls(self):
        review = path(
            "review/",
            self.admin_site.admin_view(self.review_view),
            name="statements_statement_review",
        )
        return [review, *super().get_urls()]

    def review_view(self, request):
        if not self.has_change_permission(request):
            raise PermissionDenied
        return review_queue_view(self, request)

    def action_checkbox(self, obj):
        # The markup of ModelAdmin.action_checkbox, written at once: its CheckboxInput renders
        # a template per row (a fifth of the changelist's rendering, 50 rows a page).
        return format_html(
            '<input type="checkbox" name="{}" value="{}" class="action-select" aria-label="{}">',
            ACTION_CHECKBOX_NAME,
            obj.pk,
            format_html(gettext("Select this object for an action - {}"), str(obj)),
        )

    def get_search_results(self, request, queryset, search_term):
        # A speaker's name (an actor's name or alias holds it as whole words): that speaker's
        # statements, `actor_id IN (...)` read from the (actor, said_on) index, as an editor
        # looking for a person means (a text search OR-ed with the actor made PostgreSQL walk
        # the timeline computing a text vector per row: 2-3 s at 1M). Anything else: the
        # project's one definition of a search (full text on PostgreSQL, its GIN index).
        actor_ids = actors_named(search_term)
        if actor_ids:
            return queryset.filter(actor_id__in=actor_ids), False
        return queryset.search(search_term), False

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return self.add_fieldsets
        if not grouping.others_in_group(obj).exists():
            return self.fieldsets
        (name, options), *rest = self.fieldsets
        fields = (*options["fields"], "apply_to_group")
        return ((name, {**options, "fields": fields}), *rest)

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ()
        return (*self.evidence_fields, "curated_fields", "review_reason", "group")

    @admin.display(description="group of reports")
    def group(self, obj):
        return group_link(obj)

    # -- columns

    @admin.display(description="speaker", ordering="actor__name")
    def speaker(self, obj):
        if obj.actor_id:
            return obj.actor.name
        return format_html("<em>{}</em>", obj.speaker_mention or "—")

    @admin.display(description="statement")
    def short_text(self, obj):
        return obj.text if len(obj.text) <= 90 else obj.text[:87] + "…"

    @admin.display(description="said on", ordering="said_on")
    def said(self, obj):
        if obj.said_on is None:
            return "—"
        return format_html("{} <small>({})</small>", obj.said_on, obj.said_on_precision)

    @admin.display(description="outlet", ordering="source__outlet")
    def outlet(self, obj):
        return obj.source.outlet

    # -- evidence

    @admin.display(description="context")
    def source_context(self, obj):
        """The paragraph around the statement, the statement marked; every part escaped."""
        text = obj.source.text
        begin = max(text.rfind("\n", 0, obj.start) + 1, obj.start - CONTEXT_CHARS)
        finish = text.find("\n", obj.end)
        finish = len(text) if finish == -1 else finish
        finish = min(finish, obj.end + CONTEXT_CHARS)
        before, span, after = (
            text[begin : obj.start],
            text[obj.start : obj.end],
            text[obj.end : finish],
        )
        return format_html(
            '<div class="statement-context">{}{}<mark>{}</mark>{}{}</div>',
            "…" if begin > 0 and text[begin - 1] != "\n" else "",
            before,
            span,
            after,
            "…" if finish < len(text) and text[finish] != "\n" else "",
        )

    @admin.display(description="why these events")
    def event_reasons(self, obj):
        """Why each event link was made: the words that name the event and when it was said,
        or the editor who linked it."""
        reasons = obj.event_evidence or {}
        if not reasons:
            return "No event linked." if not obj.pk or not obj.events.exists() else "—"
        return format_html(
            '<ul class="event-reasons">{}</ul>',
            format_html_join("", "<li><strong>{}</strong>: {}</li>", sorted(reasons.items())),
        )

    @admin.display(description="source")
    def source_link(self, obj):
        source = obj.source
        url = reverse("admin:statements_source_change", args=[source.pk])
        return format_html(
            '<a href="{}">{}</a><br><small>{} · published {} ({})</small>',
            url,
            source,
            source.outlet or "unknown outlet",
            source.published_on or "—",
            source.published_precision,
        )

    # -- saving

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except curation.StaleEdit as stale:
            return self._refuse_stale(request, stale)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        try:
            with transaction.atomic():
                return super().history_form_view(request, object_id, version_id, extra_context)
        except curation.StaleEdit as stale:
            return self._refuse_stale(request, stale)

    def _refuse_stale(self, request, stale):
        # Only reached when two saves raced past the form's check: the other one won.
        self.message_user(request, str(stale), messages.ERROR)
        url = reverse("admin:statements_statement_change", args=[stale.statement.pk])
        return HttpResponseRedirect(url)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if "events" in form.changed_data:
            curation.sync_event_evidence(statements=[form.instance])

    def save_model(self, request, obj, form, change):
        if not change:
            obj.curated_fields = curation.with_curated([], form.changed_data)
            obj._history_user = request.user
            obj.save()
            return
        curation.save_statement_edit(
            statement=obj,
            submitted_version=form.cleaned_data["version"],
            changed_fields=form.changed_data,
            user=request.user,
        )
        if form.cleaned_data.get("apply_to_group"):
            n = apply_to_group(statement=obj, changed=form.changed_data, user=request.user)
            self.message_user(request, f"Applied to {n} other report(s).", messages.SUCCESS)

    # -- bulk actions

    @admin.action(description="Mark selected statements verified", permissions=["change"])
    def mark_verified(self, request, queryset):
        n = curation.mark_reviewed(
            statements=queryset, status=Statement.ReviewStatus.VERIFIED, user=request.user
        )
        self.message_user(request, f"{n} statement(s) marked verified.", messages.SUCCESS)

    @admin.action(description="Mark selected statements rejected", permissions=["change"])
    def mark_rejected(self, request, queryset):
        n = curation.mark_reviewed(
            statements=queryset, status=Statement.ReviewStatus.REJECTED, user=request.user
        )
        self.message_user(request, f"{n} statement(s) marked rejected.", messages.SUCCESS)

    @admin.action(description="Reassign speaker of selected statements…", permissions=["change"])
    def reassign_speaker(self, request, queryset):
        form = ReassignSpeakerForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            actor = form.cleaned_data["actor"]
            n = curation.reassign_speaker(statements=queryset, actor=actor, user=request.user)
            self.message_user(request, f"{n} statement(s) attributed to {actor}.", messages.SUCCESS)
            return None
        return render_action_page(
            self, request, queryset, form=form, title="Reassign speaker", action="reassign_speaker"
        )

    @admin.action(description="Link selected statements to an event…", permissions=["change"])
    def link_event(self, request, queryset):
        form = LinkEventForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            event = form.cleaned_data["event"]
            n = curation.link_event(statements=queryset, event=event, user=request.user)
            self.message_user(request, f"{n} statement(s) linked to {event}.", messages.SUCCESS)
            return None
        return render_action_page(
            self, request, queryset, form=form, title="Link to an event", action="link_event"
        )

    @admin.action(description="Split selected reports out of their groups", permissions=["change"])
    def split_from_group(self, request, queryset):
        statements = list(queryset.exclude(cluster__isnull=True)[:1000])
        for statement in statements:
            grouping.split(statement, user=request.user)
        self.message_user(
            request, f"{len(statements)} report(s) now stand alone.", messages.SUCCESS
        )


# --------------------------------------------------------------------------- actors


class ActorAliasInline(admin.TabularInline):
    model = ActorAlias
    fields = ("alias",)
    extra = 1


@admin.register(Actor)
class ActorAdmin(ReadableHistoryAdmin, SimpleHistoryAdmin):
    list_display = ("name", "kind", "affiliation", "role", "statement_count", "auto_created")
    list_filter = ("kind", "affiliation", "auto_created")
    search_fields = ("name", "aliases__alias")
    prepopulated_fields = {"slug": ("name",)}
    inlines = (ActorAliasInline,)
    actions = ("merge_into",)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(statement_count=count_statements("actor"))

    @admin.display(description="statements", ordering="statement_count")
    def statement_count(self, obj):
        return obj.statement_count

    def has_merge_permission(self, request):
        return request.user.has_perm("statements.merge_actor")

    @admin.action(description="Merge selected actors into…", permissions=["merge"])
    def merge_into(self, request, queryset):
        selected = list(queryset.order_by("-statement_count", "name"))
        initial = {"keep": selected[0].pk} if selected else None
        form = MergeActorsForm(request.POST if "apply" in request.POST else None, initial=initial)
        if form.is_valid():
            keep = form.cleaned_data["keep"]
            duplicates = [a for a in selected if a.pk != keep.pk]
            if not duplicates:
                self.message_user(
                    request, "Select at least one actor other than the one kept.", messages.WARNING
                )
                return None
            with transaction.atomic():
                results = [
                    curation.merge_actors(keep=keep, merge=dup, user=request.user)
                    for dup in duplicates
                ]
            moved = sum(r.statements_moved for r in results)
            names = ", ".join(r.merged_name for r in results)
            self.message_user(
                request,
                f"Merged {names} into {keep}: {moved} statement(s) moved.",
                messages.SUCCESS,
            )
            return None
        return render_action_page(
            self, request, queryset, form=form, title="Merge actors", action="merge_into"
        )


@admin.register(ActorAlias)
class ActorAliasAdmin(admin.ModelAdmin):
    list_display = ("alias", "actor", "normalized")
    list_select_related = ("actor",)
    search_fields = ("alias", "normalized", "actor__name")
    autocomplete_fields = ("actor",)


# --------------------------------------------------------------------------- sources and events


@admin.register(Source)
class SourceAdmin(ReadableHistoryAdmin, SimpleHistoryAdmin):
    """Sources: editors correct their title, outlet, URL and publication date (never the text);
    new ones come through "Add article" (a URL or pasted text)."""

    list_display = ("name", "outlet", "published_on", "published_precision", "statement_count")
    list_filter = ("published_precision", ("outlet", OutletFilter))
    search_fields = ("title", "outlet", "url", "file_name")
    date_hierarchy = "published_on"
    show_full_result_count = False
    paginator = EstimatedCountPaginator
    form = SourceAdminForm
    readonly_fields = (
        "published_evidence",
        "date_warning",
        "curated_fields",
        "file_name",
        "text",
        "content_hash",
        "extractor_version",
        "ingested_at",
        "updated_at",
    )
    fieldsets = (
        ("What an editor may correct", {"fields": Source.EDITABLE_FIELDS}),
        (
            "As ingested (read-only)",
            {"fields": ("published_evidence", "date_warning", "curated_fields", "file_name")},
        ),
        ("Text (the evidence, read-only)", {"fields": ("text",)}),
        (
            "Ingestion",
            {"fields": ("content_hash", "extractor_version", "ingested_at", "updated_at")},
        ),
    )

    def save_model(self, request, obj, form, change):
        if not change:
            super().save_model(request, obj, form, change)
            return
        result = sources.save_source_edit(
            source=obj, changed_fields=form.changed_data, user=request.user
        )
        if result.redated:
            self.message_user(
                request,
                f"{result.redated} statement(s) dated from the publication date were re-dated.",
                messages.INFO,
            )

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(statement_count=count_statements("source"))
            .with_headline()
            .defer("text")
        )

    @admin.display(description="source", ordering="title")
    def name(self, obj):
        """The title, else the headline, cut to fit a column."""
        return Truncator(str(obj)).chars(90)

    @admin.display(description="statements", ordering="statement_count")
    def statement_count(self, obj):
        return obj.statement_count

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("add-article/", view(self.add_article_view), name="statements_source_add_article"),
            path(
                "add-article/<uuid:job_id>/",
                view(self.article_job_view),
                name="statements_source_article_job",
            ),
            *super().get_urls(),
        ]

    def add_view(self, request, form_url="", extra_context=None):
        return HttpResponseRedirect(reverse("admin:statements_source_add_article"))

    def add_article_view(self, request):
        """Paste a URL (queued for a worker) or text (ingested now); errors are form errors."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = AddArticleForm(request.POST if request.method == "POST" else None)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            try:
                if form.pasted:
                    result = articles.add_text_article(
                        text=data["text"],
                        title=data["title"],
                        outlet=data["outlet"],
                        url=data["url"],
                        published=data["published"],
                        entered_by=request.user.get_username(),
                    )
                    return self._to_statements(request, result.source_id, result.status)
                if (source := articles.already_ingested(data["url"])) is not None:
                    return self._to_statements(request, source.pk, "already ingested")
                job = articles.queue_url(url=data["url"])
            except articles.ArticleError as exc:
                form.add_error("text" if form.pasted else "url", exc.reason)
            else:
                return HttpResponseRedirect(
                    reverse("admin:statements_source_article_job", args=[job.id])
                )
        context = {
            **self.admin_site.each_context(request),
            "title": "Add article",
            "opts": self.model._meta,
            "form": form,
        }
        return TemplateResponse(request, "admin/statements/source/add_article.html", context)

    def article_job_view(self, request, job_id):
        """Where a queued URL stands; once ingested, its statements."""
        from django_tasks.exceptions import TaskResultDoesNotExist

        from .tasks import ingest_url_task

        if not self.has_add_permission(request):
            raise PermissionDenied
        try:
            job = ingest_url_task.get_result(str(job_id))
        except TaskResultDoesNotExist:
            raise Http404("No such job") from None
        outcome = job.return_value if job.status == "SUCCESSFUL" else None
        if outcome and outcome.get("source_id"):
            return self._to_statements(request, outcome["source_id"], outcome["status"])
        context = {
            **self.admin_site.each_context(request),
            "title": "Add article",
            "opts": self.model._meta,
            "job": job,
            "url": job.kwargs.get("url", ""),
            "outcome": outcome,
            "errors": [error.traceback.strip().splitlines()[-1] for error in job.errors],
            "finished": job.is_finished,
            "form": AddArticleForm(initial={"url": job.kwargs.get("url", "")}),
        }
        return TemplateResponse(request, "admin/statements/source/article_job.html", context)

    def _to_statements(self, request, source_id: int, status: str):
        source = Source.objects.only("title", "file_name", "url").with_headline().get(pk=source_id)
        self.message_user(request, f"{source}: {status}. Its statements, ready for review:")
        changelist = reverse("admin:statements_statement_changelist")
        return HttpResponseRedirect(f"{changelist}?source__id__exact={source_id}")


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = (
        "url",
        "outlet",
        "active",
        "poll_interval",
        "last_polled_at",
        "next_poll_at",
        "consecutive_failures",
        "short_error",
    )
    list_filter = ("active",)
    search_fields = ("url", "outlet")
    readonly_fields = (
        "last_polled_at",
        "last_error",
        "consecutive_failures",
        "etag",
        "last_modified",
        "created_at",
    )
    actions = ("poll_now",)

    @admin.display(description="last error")
    def short_error(self, obj):
        return obj.last_error[:120]

    @admin.action(description="Poll now (queued for a worker)", permissions=["change"])
    def poll_now(self, request, queryset):
        from .tasks import poll_feed_task

        count = 0
        for feed in queryset.filter(active=True):
            poll_feed_task.enqueue(feed_id=feed.pk)
            count += 1
        self.message_user(request, f"{count} feed polls queued.", messages.SUCCESS)


@admin.register(FeedEntry)
class FeedEntryAdmin(admin.ModelAdmin):
    list_display = ("url", "feed", "source", "attempts", "error", "first_seen_at")
    list_filter = ("feed",)
    list_select_related = ("feed", "source")
    search_fields = ("url", "title")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ("name", "starts_on", "ends_on", "precision", "statement_count")
    list_filter = ("precision",)
    search_fields = ("name", "slug", "description")
    date_hierarchy = "starts_on"
    prepopulated_fields = {"slug": ("name",)}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(statement_count=count_statements("events"))

    @admin.display(description="statements", ordering="statement_count")
    def statement_count(self, obj):
        return obj.statement_count
