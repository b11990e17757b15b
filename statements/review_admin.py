"""The review queue's admin page: `/admin/statements/statement/review/`.

GET shows the next statement (claimed for this editor) with its paragraph, what the extractor
chose and why, and a form to correct it; POST records a decision (verify, reject, skip) and
redirects to the next one. The rules (claims, locking) are in `statements.review`.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone

from . import curation, review
from .forms import ReviewForm
from .models import Actor, Statement

SKIPPED_KEY = "review_skipped"
SKIPPED_KEPT = 500  # at most this many skipped statements remembered per session


def filters_from(data) -> review.ReviewFilters:
    def number(name):
        value = data.get(name, "")
        return int(value) if value.isdigit() else None

    return review.ReviewFilters(
        source=number("source"), actor=number("actor"), outlet=data.get("outlet", "")[:200]
    )


def queue_url(filters: review.ReviewFilters) -> str:
    url = reverse("admin:statements_statement_review")
    query = filters.as_query()
    return f"{url}?{urlencode(query)}" if query else url


def review_queue_view(modeladmin, request):
    # The filters travel in the query string, also when a decision is posted (the form's own
    # fields, such as `actor`, are the statement's).
    filters = filters_from(request.GET)
    if request.method == "POST":
        return _decide(modeladmin, request, filters)

    skipped = request.session.get(SKIPPED_KEY, [])
    if request.GET.get("restart"):
        request.session[SKIPPED_KEY] = skipped = []
    statement = review.claim_next(user=request.user, filters=filters, skipped=skipped)
    form = ReviewForm(instance=statement) if statement is not None else None
    return _render(modeladmin, request, filters, statement, form, skipped)


def _render(modeladmin, request, filters, statement, form, skipped):
    awaiting = filters.apply(review.awaiting_review())
    media = modeladmin.media + form.media if form is not None else modeladmin.media
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": "Review statements",
        "subtitle": None,
        "opts": Statement._meta,
        "statement": statement,
        "form": form,
        "media": media,
        "filters": filters,
        "awaiting": awaiting.count(),
        "skipped": len(skipped),
        "sources": review.backlog_by_source(),
        "outlets": sorted(
            {o for o in awaiting.values_list("source__outlet", flat=True).distinct() if o}
        ),
        "actors": Actor.objects.filter(pk__in=review.awaiting_review().values("actor_id")).order_by(
            "name"
        ),
        "context": modeladmin.source_context(statement) if statement is not None else "",
        "claimed_until": timezone.localtime(statement.claimed_until) if statement else None,
        "events": list(statement.events.all()) if statement is not None else [],
        "queue_url": queue_url(filters),
        "filter_query": urlencode(filters.as_query()),
    }
    return TemplateResponse(request, "admin/statements/statement/review.html", context)


def _decide(modeladmin, request, filters):
    statement = get_object_or_404(
        Statement.objects.select_related("source"), pk=request.POST.get("statement")
    )
    decision = request.POST.get("decision")
    next_url = queue_url(filters)
    if decision == review.SKIP:
        skipped = request.session.get(SKIPPED_KEY, [])
        request.session[SKIPPED_KEY] = [*skipped, statement.pk][-SKIPPED_KEPT:]
        review.release(statement=statement, user=request.user)
        return HttpResponseRedirect(next_url)
    if decision not in review.DECISIONS:
        messages.error(request, "Unknown decision.")
        return HttpResponseRedirect(next_url)

    form = ReviewForm(request.POST, instance=statement)
    if not form.is_valid():
        skipped = request.session.get(SKIPPED_KEY, [])
        return _render(modeladmin, request, filters, statement, form, skipped)
    try:
        saved = review.decide(
            statement=form.instance,
            user=request.user,
            decision=decision,
            version=form.cleaned_data["version"],
            changed_fields=form.changed_data,
        )
    except review.ClaimLost:
        messages.error(request, "Another editor is reviewing this statement; it was left to them.")
        return HttpResponseRedirect(next_url)
    except curation.StaleEdit as stale:
        messages.error(request, str(stale))
        return HttpResponseRedirect(next_url)
    if "events" in form.changed_data:
        saved.events.set(form.cleaned_data["events"])
        curation.sync_event_evidence(statements=[saved])
    what = "verified" if decision == review.VERIFY else "rejected"
    edited = [f for f in form.changed_data if f != "version"]
    note = f" (corrected: {', '.join(edited)})" if edited else ""
    messages.success(request, f"Statement {saved.pk} {what}{note}.")
    return HttpResponseRedirect(next_url)
