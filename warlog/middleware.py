"""Request-wide protections that hold for every URL, the admin's included.

- `RequestLimitsMiddleware`: a query string longer than `WARLOG_MAX_QUERY_STRING` bytes, or
  holding a character no parameter may carry (NUL and the other controls XML 1.0 forbids: no
  filter, search or page number needs them, PostgreSQL refuses NUL in text, and the Atom feed
  cannot carry them), is answered 400 before any view runs.
- `StatementTimeoutMiddleware`: on PostgreSQL, each web request runs with `statement_timeout`
  set (`WARLOG_STATEMENT_TIMEOUT_MS`), so no anonymous request holds a connection and a worker
  for long; a query cut short answers 503. The admin (signed-in editors, whose bulk actions
  may touch many rows) has a longer one (`WARLOG_ADMIN_STATEMENT_TIMEOUT_MS`). Management commands (ingest, benchmark,
  generate_synthetic) never pass through middleware, so they run without a timeout.
- `ContentSecurityPolicyMiddleware`: `default-src 'self'` on every response (the pages load
  one script and one stylesheet of their own and carry no inline script or style).
"""

from __future__ import annotations

from django.conf import settings
from django.db import OperationalError
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import render

from statements.dbsession import set_statement_timeout
from statements.text import has_xml_forbidden

QUERY_CANCELED = "57014"  # SQLSTATE of a statement cut by statement_timeout


MACHINE_SUFFIXES = (".json", ".csv", ".atom")


def _plain(response_class, message: str) -> HttpResponse:
    return response_class(message + "\n", content_type="text/plain; charset=utf-8")


def _refused(request, message: str) -> HttpResponse:
    """400: plain text for the exports and feeds, the site's error notice for pages."""
    if request.path.endswith(MACHINE_SUFFIXES):
        return _plain(HttpResponseBadRequest, message)
    return render(request, "refused.html", {"errors": [message]}, status=400)


class RequestLimitsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        limit = settings.WARLOG_MAX_QUERY_STRING
        raw = request.META.get("QUERY_STRING", "")
        if len(raw) > limit:
            return _refused(
                request,
                f"The query string is {len(raw):,} bytes long; at most {limit:,} are accepted. "
                "Narrow the filters, or download the CSV and filter it locally.",
            )
        for key, values in request.GET.lists():
            if any(has_xml_forbidden(text) for text in (key, *values)):
                return _refused(
                    request,
                    f"The parameter “{key[:100].encode('unicode_escape').decode()}” holds "
                    "control characters (such as NUL or ESC), which no parameter accepts.",
                )
        return self.get_response(request)


class StatementTimeoutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        admin = request.path.startswith(settings.WARLOG_ADMIN_PREFIX)
        set_statement_timeout(
            settings.WARLOG_ADMIN_STATEMENT_TIMEOUT_MS
            if admin
            else settings.WARLOG_STATEMENT_TIMEOUT_MS
        )
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, OperationalError) and (
            getattr(exception.__cause__, "sqlstate", None) == QUERY_CANCELED
        ):
            response = _plain(
                HttpResponse,
                "This request took too long and was stopped. Narrow the filters "
                "(a speaker, a date range), or download the CSV.",
            )
            response.status_code = 503
            response["Retry-After"] = "30"
            return response
        return None


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            admin = request.path.startswith(settings.WARLOG_ADMIN_PREFIX)
            response["Content-Security-Policy"] = (
                settings.WARLOG_ADMIN_CSP if admin else settings.WARLOG_CSP
            )
        return response
