"""The admin of statement groups (reports of one statement in several articles).

An editor sees a group's reports, splits a report out of its group (a button on each report),
merges groups (an action on the list), and, on a report's change form, may apply its new review
status or speaker to the other reports of its group. Splits and merges go through
`grouping.split` / `grouping.merge`: recorded in each report's history and never undone by
re-ingestion or re-grouping.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import OuterRef, Subquery
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from . import curation, grouping
from .models import Cluster, Source, Statement


def group_link(statement: Statement) -> str:
    """The statement's group in the admin, with its size (for the statement change form)."""
    if statement.cluster_id is None:
        return "—"
    cluster = statement.cluster
    url = reverse("admin:statements_cluster_change", args=[cluster.pk])
    placed = grouping.CURATED in (statement.curated_fields or ())
    return format_html(
        '<a href="{}">{}</a>{}',
        url,
        cluster,
        " — placed by an editor" if placed else "",
    )


def apply_to_group(*, statement: Statement, changed: list[str], user) -> int:
    """Give the other reports of `statement`'s group its review status and speaker, where the
    editor changed them. Returns how many reports changed."""
    others = grouping.others_in_group(statement)
    n = 0
    if "review_status" in changed:
        n = curation.mark_reviewed(statements=others, status=statement.review_status, user=user)
    if "actor" in changed:
        n = max(n, curation.reassign_speaker(statements=others, actor=statement.actor, user=user))
    return n


class ReportInline(admin.TabularInline):
    model = Statement
    fk_name = "cluster"
    verbose_name = "report"
    verbose_name_plural = "reports (earliest article first)"
    fields = (
        "report",
        "speaker",
        "kind",
        "said_on",
        "outlet",
        "published",
        "review_status",
        "split",
    )
    readonly_fields = fields
    extra = 0
    max_num = 0
    can_delete = False
    show_change_link = True

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("actor", "source")
            .defer("source__text", "source__published_evidence")
            .order_by("source__published_on", "pk")
        )

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="text")
    def report(self, obj):
        text = obj.text if len(obj.text) <= 160 else obj.text[:157] + "…"
        return format_html("{}{}", "★ " if obj.is_lead else "", text)

    @admin.display(description="speaker")
    def speaker(self, obj):
        return obj.actor.name if obj.actor_id else obj.speaker_mention

    @admin.display(description="outlet")
    def outlet(self, obj):
        return obj.source.outlet or obj.source

    @admin.display(description="published")
    def published(self, obj):
        return obj.source.published_on or "—"

    @admin.display(description="")
    def split(self, obj):
        url = reverse("admin:statements_cluster_split", args=[obj.cluster_id, obj.pk])
        return format_html(
            '<button type="submit" class="button" formaction="{}" formmethod="post">'
            "Split out</button>",
            url,
        )


class SeveralReportsFilter(admin.SimpleListFilter):
    title = "size"
    parameter_name = "several"

    def lookups(self, request, model_admin):
        return [("1", "more than one report")]

    def queryset(self, request, queryset):
        return queryset.filter(reports__gt=1) if self.value() == "1" else queryset


@admin.register(Cluster)
class ClusterAdmin(admin.ModelAdmin):
    list_display = ("__str__", "lead_text", "reports", "updated_at")
    list_filter = (SeveralReportsFilter,)
    readonly_fields = ("reports", "syndicated_copies", "closed", "created_at", "updated_at")
    fields = readonly_fields
    inlines = (ReportInline,)
    actions = ("merge_groups",)
    show_full_result_count = False

    def get_queryset(self, request):
        lead = Statement.objects.filter(cluster=OuterRef("pk"), is_lead=True).values("text")[:1]
        return super().get_queryset(request).annotate(lead_text=Subquery(lead))

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="syndicated copies")
    def syndicated_copies(self, obj):
        """Articles that are near-copies of the reports' articles (each counts as a report)."""
        copies = Source.objects.filter(syndicated_from__statements__cluster=obj).distinct()
        return (
            format_html_join(
                ", ",
                '<a href="{}">{}</a>',
                (
                    (reverse("admin:statements_source_change", args=[c.pk]), c.outlet or c)
                    for c in copies.only("pk", "outlet", "title", "file_name")
                ),
            )
            or "—"
        )

    @admin.display(description="statement (its lead report)")
    def lead_text(self, obj):
        text = obj.lead_text or ""
        return text if len(text) <= 120 else text[:117] + "…"

    @admin.action(description="Merge selected groups into one", permissions=["change"])
    def merge_groups(self, request, queryset):
        ids = list(queryset.values_list("pk", flat=True))
        if len(ids) < 2:
            self.message_user(request, "Select two groups or more to merge.", messages.WARNING)
            return
        cluster = grouping.merge(ids, user=request.user)
        self.message_user(request, f"Merged {len(ids)} groups into {cluster}.", messages.SUCCESS)

    def get_urls(self):
        split = self.admin_site.admin_view(self.split_view)
        return [
            path(
                "<int:cluster_id>/split/<int:statement_id>/", split, name="statements_cluster_split"
            ),
            *super().get_urls(),
        ]

    def split_view(self, request, cluster_id, statement_id):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not request.user.has_perm("statements.change_statement"):
            raise PermissionDenied
        statement = get_object_or_404(Statement, pk=statement_id, cluster_id=cluster_id)
        cluster = grouping.split(statement, user=request.user)
        self.message_user(
            request, f"“{statement}” now stands alone, in {cluster}.", messages.SUCCESS
        )
        return HttpResponseRedirect(reverse("admin:statements_cluster_change", args=[cluster_id]))
