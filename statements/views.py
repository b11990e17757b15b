"""Placeholder pages until the timeline issue lands."""

from django.http import HttpResponse

from .models import Statement


def timeline(request):
    count = Statement.objects.visible().count()
    return HttpResponse(f"<h1>Warlog</h1><p>{count} statements.</p>")


def placeholder(request, **kwargs):
    return HttpResponse("<p>Coming soon.</p>")
