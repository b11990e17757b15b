"""A web worker's warm-up, before it takes its first request (gunicorn.conf.py calls it).

A new worker pays, on its first request, for what every later one shares: the URL resolver,
compiling the templates, the imports Django makes lazily, the search's word lists, a database
connection and the aggregates the file cache did not hold yet (~0.7-1.7 s at 1M statements).
`warm_up` asks the worker's own WSGI application for a few pages first, as a reader would, so
that cost is paid before the worker accepts connections.
"""

from __future__ import annotations

import io
import sys
import time

# The unfiltered timeline (chart, facets, cards), a search (its word lists and lookups; a word
# no statement holds, so cheap at any size) and a plain page.
WARM_PATHS = ("/", "/?q=warmup", "/about/")


def warm_up(application, *, paths=WARM_PATHS) -> list[tuple[str, int, float]]:
    """GET each of `paths` from the WSGI `application`; (path, HTTP status, ms) for each."""
    from django.conf import settings

    host = _host(settings.ALLOWED_HOSTS)
    results = []
    for path in paths:
        started = time.perf_counter()
        status = _get(application, path, host)
        results.append((path, status, round((time.perf_counter() - started) * 1000, 1)))
    return results


def _host(allowed: list[str]) -> str:
    """A host name the site answers to (the request must pass ALLOWED_HOSTS)."""
    for host in allowed:
        if host and host != "*":
            return host.lstrip(".")
    return "localhost"


def _get(application, path: str, host: str) -> int:
    route, _, query = path.partition("?")
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": route,
        "QUERY_STRING": query,
        "SERVER_NAME": host,
        "SERVER_PORT": "443",
        "HTTP_HOST": host,
        "REMOTE_ADDR": "127.0.0.1",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "https",  # as behind the proxy: no redirect to https
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    statuses = []
    body = application(environ, lambda status, headers, exc_info=None: statuses.append(status))
    try:
        for _ in body:
            pass
    finally:
        if hasattr(body, "close"):
            body.close()
    return int(statuses[0].split()[0]) if statuses else 0
