"""The one fetcher: every request Warlog makes to the web goes through `Fetcher.fetch`.

    fetcher = Fetcher()
    page = fetcher.fetch(url, accept=HTML_TYPES)          # -> FetchedPage, or FetchError
    page = fetcher.fetch(feed_url, etag=..., last_modified=...)   # page.not_modified on a 304

What it guarantees, whoever calls it (a command, a worker job, a feed poll):

- an http(s) URL only, with a `User-Agent` naming Warlog, its version and the contact URL from
  settings (`WARLOG_CONTACT_URL`);
- no private, loopback, link-local or otherwise non-global address, unless
  `WARLOG_FETCH_ALLOW_PRIVATE` is set: the host is resolved and every address it resolves to is
  checked, before the request and again after each redirect, and the address actually connected
  to is checked before the body is read (a host that resolves differently the second time is
  still refused);
- `robots.txt` honoured (RFC 9309: a missing robots.txt allows everything, an unreachable one
  allows nothing), its `Crawl-delay` respected;
- at most one request per host per `WARLOG_FETCH_HOST_INTERVAL` seconds from this process;
- connect/read timeouts (`WARLOG_FETCH_TIMEOUT`) and a deadline for the whole body
  (`WARLOG_FETCH_DEADLINE`), so a server trickling bytes cannot hold a worker;
- the size limit (`WARLOG_MAX_ARTICLE_BYTES`) enforced while streaming: the body is never read
  past it;
- redirects followed (at most `MAX_REDIRECTS`), the final URL kept;
- retries with exponential backoff on 429 and 5xx (a `Retry-After` of up to `MAX_RETRY_AFTER`
  seconds is honoured) and on connection errors and timeouts;
- `If-None-Match` / `If-Modified-Since` sent when the caller has validators; a 304 is a result,
  not an error.

Everything refused raises `FetchError` with a reason a person can act on.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib.metadata
import ipaddress
import socket
import threading
import time
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver

from .links import WEB_SCHEMES

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/x-rss+xml",
        "application/xml",
        "text/xml",
    }
)
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_REDIRECTS = 5
MAX_RETRY_AFTER = 30.0  # seconds; a server asking for longer is treated as failing now
MAX_CRAWL_DELAY = 30.0
ROBOTS_TTL = 3600.0  # seconds a host's robots.txt is kept
ROBOTS_AGENT = "Warlog"
CHUNK_BYTES = 64 * 1024


class FetchError(Exception):
    """A URL that was not fetched; `reason` says why."""

    def __init__(self, url: str, reason: str, *, status: int | None = None):
        self.url = url
        self.reason = reason
        self.status = status
        super().__init__(f"{url}: {reason}")


class _Retry(Exception):
    """A failure worth another try (429, 5xx, a timeout, a dropped connection)."""

    def __init__(self, reason: str, *, status: int | None = None, after: float | None = None):
        self.reason = reason
        self.status = status
        self.after = after
        super().__init__(reason)


@dataclass(frozen=True)
class FetchedPage:
    url: str  # the URL asked for
    final_url: str  # after redirects
    status: int  # 200 (or another 2xx), or 304 when the validators still hold
    content: bytes = b""
    content_type: str = ""  # media type, lower case, without parameters
    charset: str | None = None  # as the server declared it
    etag: str = ""
    last_modified: str = ""

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def user_agent() -> str:
    try:
        version = importlib.metadata.version("warlog")
    except importlib.metadata.PackageNotFoundError:
        version = "0"
    return f"Warlog/{version} (+{settings.WARLOG_CONTACT_URL})"


def check_address(url: str, *, allow_private: bool | None = None) -> None:
    """Refuse a URL whose host resolves to any non-global address (FetchError)."""
    if allow_private is None:
        allow_private = settings.WARLOG_FETCH_ALLOW_PRIVATE
    parts = urlsplit(url)
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.hostname:
        raise FetchError(url, "not an http(s) URL")
    if allow_private:
        return
    port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    try:
        infos = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(url, f"host {parts.hostname} not found ({exc})") from None
    for info in infos:
        _refuse_private(url, parts.hostname, info[4][0])


def _refuse_private(url: str, host: str, address: str) -> None:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if not ip.is_global or ip.is_multicast:
        raise FetchError(
            url,
            f"refused: {host} is a private or local address ({ip}); "
            "set WARLOG_FETCH_ALLOW_PRIVATE=1 to allow it",
        )


class Fetcher:
    """One HTTP client with its robots.txt cache and per-host clock; reuse it for many URLs."""

    def __init__(
        self,
        *,
        timeout: float | None = None,
        deadline: float | None = None,
        max_bytes: int | None = None,
        host_interval: float | None = None,
        retries: int | None = None,
        backoff: float | None = None,
        allow_private: bool | None = None,
    ):
        def setting(value, name):
            return getattr(settings, name) if value is None else value

        self.timeout = setting(timeout, "WARLOG_FETCH_TIMEOUT")
        self.deadline = setting(deadline, "WARLOG_FETCH_DEADLINE")
        self.max_bytes = setting(max_bytes, "WARLOG_MAX_ARTICLE_BYTES")
        self.host_interval = setting(host_interval, "WARLOG_FETCH_HOST_INTERVAL")
        self.retries = setting(retries, "WARLOG_FETCH_RETRIES")
        self.backoff = setting(backoff, "WARLOG_FETCH_BACKOFF")
        self.allow_private = setting(allow_private, "WARLOG_FETCH_ALLOW_PRIVATE")
        self.user_agent = user_agent()
        # trust_env=False: a proxy from the environment would resolve hosts itself and make the
        # address check meaningless.
        self.client = httpx.Client(
            timeout=httpx.Timeout(self.timeout),
            follow_redirects=False,
            trust_env=False,
            headers={"User-Agent": self.user_agent},
        )
        self._robots: dict[str, tuple[float, RobotFileParser | None]] = {}
        self._last_request: dict[str, float] = {}
        self._lock = threading.Lock()
        self.requests_made = 0  # every request sent, robots.txt and retries included

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ the one entry point

    def fetch(
        self,
        url: str,
        *,
        accept: frozenset[str] | None = HTML_TYPES,
        etag: str = "",
        last_modified: str = "",
    ) -> FetchedPage:
        """GET `url` under every rule above. `accept`: the content types wanted (None: any)."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            check_address(current, allow_private=self.allow_private)
            self._check_robots(current)
            page = self._get_with_retries(current, headers=headers, accept=accept)
            if page.status in REDIRECT_STATUSES:
                current = page.final_url
                continue
            return dataclasses.replace(page, url=url)
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")

    # ------------------------------------------------------------------ requests

    def _get_with_retries(self, url: str, *, headers: dict, accept) -> FetchedPage:
        attempts = self.retries + 1
        for attempt in range(1, attempts + 1):
            try:
                return self._get_once(url, headers=headers, accept=accept)
            except _Retry as retry:
                if attempt == attempts:
                    raise FetchError(
                        url, f"{retry.reason} (after {attempts} tries)", status=retry.status
                    ) from None
                delay = self.backoff * 2 ** (attempt - 1)
                if retry.after is not None:
                    if retry.after > MAX_RETRY_AFTER:
                        raise FetchError(
                            url,
                            f"{retry.reason}; the server asks to retry after {retry.after:.0f} s",
                            status=retry.status,
                        ) from None
                    delay = max(delay, retry.after)
                time.sleep(delay)
        raise AssertionError("unreachable")

    def _get_once(self, url: str, *, headers: dict, accept) -> FetchedPage:
        host = urlsplit(url).netloc.lower()
        self._wait_for_host(host)
        started = time.monotonic()
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                self._check_peer(url, response)
                status = response.status_code
                if status in REDIRECT_STATUSES:
                    location = response.headers.get("location")
                    if not location:
                        raise FetchError(url, f"HTTP {status} redirect without a Location")
                    return FetchedPage(url=url, final_url=urljoin(url, location), status=status)
                if status == 304:
                    return self._page(url, response, b"")
                if status in RETRY_STATUSES:
                    raise _Retry(
                        f"HTTP {status} {response.reason_phrase}".strip(),
                        status=status,
                        after=_retry_after(response.headers.get("retry-after")),
                    )
                if status >= 400 or status < 200:
                    raise FetchError(
                        url, f"HTTP {status} {response.reason_phrase}".strip(), status=status
                    )
                content_type, _ = _content_type(response)
                if accept is not None and content_type not in accept:
                    raise FetchError(
                        url,
                        f"content type {content_type or 'missing'} is not one of "
                        f"{', '.join(sorted(accept))}",
                        status=status,
                    )
                return self._page(url, response, self._read_body(url, response, started))
        except httpx.TimeoutException as exc:
            raise _Retry(f"timed out ({type(exc).__name__})") from None
        except httpx.TransportError as exc:
            raise _Retry(f"connection failed ({type(exc).__name__}: {exc})") from None
        finally:
            self.requests_made += 1

    def _read_body(self, url: str, response: httpx.Response, started: float) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(
                url, f"larger than the size limit of {self.max_bytes:,} bytes ({declared} declared)"
            )
        body = bytearray()
        for chunk in response.iter_bytes(CHUNK_BYTES):
            body += chunk
            if len(body) > self.max_bytes:
                raise FetchError(url, f"larger than the size limit of {self.max_bytes:,} bytes")
            if time.monotonic() - started > self.deadline:
                raise FetchError(url, f"timed out (body not received within {self.deadline} s)")
        return bytes(body)

    @staticmethod
    def _page(url: str, response: httpx.Response, content: bytes) -> FetchedPage:
        content_type, charset = _content_type(response)
        return FetchedPage(
            url=url,
            final_url=str(response.url),
            status=response.status_code,
            content=content,
            content_type=content_type,
            charset=charset,
            etag=response.headers.get("etag", ""),
            last_modified=response.headers.get("last-modified", ""),
        )

    def _check_peer(self, url: str, response: httpx.Response) -> None:
        """The address actually connected to must pass the same check as the resolved ones."""
        if self.allow_private:
            return
        stream = response.extensions.get("network_stream")
        peer = stream.get_extra_info("server_addr") if stream is not None else None
        if peer:
            _refuse_private(url, urlsplit(url).hostname or "", peer[0])

    def _wait_for_host(self, host: str, *, interval: float | None = None) -> None:
        interval = self.host_interval if interval is None else interval
        robots = self._robots.get(host, (0.0, None))[1]
        if robots is not None:
            delay = robots.crawl_delay(ROBOTS_AGENT)
            if delay:
                interval = max(interval, min(float(delay), MAX_CRAWL_DELAY))
        with self._lock:
            now = time.monotonic()
            wait = self._last_request.get(host, -interval) + interval - now
            self._last_request[host] = now + max(wait, 0.0)
        if wait > 0:
            time.sleep(wait)

    # ------------------------------------------------------------------ robots.txt

    def _check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        host = parts.netloc.lower()
        fetched_at, parser = self._robots.get(host, (None, None))
        if fetched_at is None or time.monotonic() - fetched_at > ROBOTS_TTL:
            parser = self._read_robots(f"{parts.scheme}://{parts.netloc}/robots.txt")
            self._robots[host] = (time.monotonic(), parser)
        if parser is None:
            raise FetchError(url, "refused: robots.txt could not be read (server error)")
        if not parser.can_fetch(ROBOTS_AGENT, url):
            raise FetchError(url, "refused: disallowed by robots.txt")

    def _read_robots(self, robots_url: str) -> RobotFileParser | None:
        """The parsed robots.txt; allow-all when it is missing (4xx), None when unreachable."""
        parser = RobotFileParser(robots_url)
        current = robots_url
        try:
            for _hop in range(MAX_REDIRECTS + 1):
                check_address(current, allow_private=self.allow_private)
                page = self._get_with_retries(current, headers={}, accept=None)
                if page.status in REDIRECT_STATUSES:
                    current = page.final_url
                    continue
                parser.parse(page.content.decode("utf-8", errors="replace").splitlines())
                break
            else:
                return None
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500:
                parser.allow_all = True
            else:
                return None
        parser.modified()
        return parser


def _content_type(response: httpx.Response) -> tuple[str, str | None]:
    header = response.headers.get("content-type", "")
    if not header:
        return "", None
    message = Message()
    message["content-type"] = header
    return message.get_content_type().lower(), message.get_param("charset")


def _retry_after(value: str | None) -> float | None:
    if value and value.strip().isdigit():
        return float(value.strip())
    return None


@functools.cache
def shared_fetcher() -> Fetcher:
    """The fetcher of this process (a worker keeps its robots.txt cache and host clock)."""
    return Fetcher()


@receiver(setting_changed)
def _forget_fetcher(*, setting: str, **kwargs) -> None:
    if setting.startswith("WARLOG_") and shared_fetcher.cache_info().currsize:
        shared_fetcher().close()
        shared_fetcher.cache_clear()
