"""URL normalisation: the one form in which two links to the same article compare equal.

    normalize_url("HTTPS://www.Example.org:443/a.html?utm_source=rss&id=3#top")
    -> "https://www.example.org/a.html?id=3"

courlan does the work (lower-case scheme and host, default ports dropped, tracking parameters
such as `utm_*`, `fbclid`, `gclid` removed, query parameters sorted); the fragment, which never
reaches the server, is dropped here. Sources, feed entries and the fetcher's "already ingested"
check all compare URLs in this form.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

import courlan

WEB_SCHEMES = frozenset({"http", "https"})


def is_web_url(value: str) -> bool:
    """Whether `value` is an absolute http(s) URL with a host (a command-line argument, a link)."""
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in WEB_SCHEMES and bool(parts.hostname)


def normalize_url(url: str) -> str:
    """The comparable form of an http(s) URL; "" stays ""."""
    url = url.strip()
    if not url:
        return ""
    try:
        normalized = courlan.normalize_url(url)
    except ValueError:
        normalized = url
    parts = urlsplit(normalized)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))
