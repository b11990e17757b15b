#!/usr/bin/env python3
"""Warlog beside Datasette over HTTP: the cases of issue 16, in one interleaved run.

    scripts/httpbench.py --warlog http://127.0.0.1:8000 --datasette http://127.0.0.1:8001/warlog
    scripts/httpbench.py ... --samples 50 --deep 20 --json httpbench.json
    scripts/httpbench.py ... --downloads 2          # timeline latency while 2 full CSVs stream

Both servers serve the same statements: Datasette a SQLite file made from Warlog's own CSV
export by scripts/datasette_export.py (table `statements`, FTS5, `statement_events`). Each case
is the same question asked of both, as a reader would ask it in a browser: Warlog's timeline
page with its filters, Datasette's table page sorted by `said_on` descending (the timeline's
order) with the same filters; deep pages are reached by following each page's own "Older" /
"Next page" link `--deep` times. The parameters (busiest speaker, busiest event) are looked up
through Datasette's SQL API, so this script needs neither Django nor the database.

Samples are interleaved (case by case, request by request, the server that goes first
alternating) so that the load of a shared machine falls on both alike; the first request of each
case is reported apart ("first": cold if the servers were just started). The load average is
read before and after each case. Only the standard library is used.
"""

import argparse
import html
import http.client
import json
import os
import re
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from urllib.parse import urlencode, urljoin, urlsplit

TIMEOUT = 120  # seconds a response may take before it counts as an error

WARLOG_COUNT = re.compile(r'id="results-count" data-count="(\d+)"')
DATASETTE_COUNT = re.compile(r"([\d,]+)\s+rows?\b")
WARLOG_OLDER = re.compile(r'<a rel="next" href="([^"]+)"')
DATASETTE_NEXT = re.compile(r'<a href="([^"]+)">Next page')


@dataclass
class Fetch:
    status: int
    ms: float
    body: bytes
    headers: dict = field(default_factory=dict)


def fetch(url: str, *, timeout: float = TIMEOUT, headers: dict | None = None) -> Fetch:
    """GET `url` on a fresh connection; the time is until the last byte of the body."""
    parts = urlsplit(url)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    started = time.perf_counter()
    connection = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=timeout)
    try:
        connection.request("GET", path, headers={"Accept-Encoding": "identity", **(headers or {})})
        response = connection.getresponse()
        body = response.read()
        return Fetch(
            response.status,
            (time.perf_counter() - started) * 1000,
            body,
            dict(response.getheaders()),
        )
    except (OSError, http.client.HTTPException):
        return Fetch(0, (time.perf_counter() - started) * 1000, b"")
    finally:
        connection.close()


def loadavg() -> float:
    try:
        with open("/proc/loadavg") as handle:
            return float(handle.read().split()[0])
    except OSError:
        return float("nan")


def percentile(values: list[float], fraction: float) -> float | None:
    """Linear interpolation between closest ranks (numpy's default)."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * fraction
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def count_in(body: bytes, pattern: re.Pattern) -> int | None:
    found = pattern.search(body.decode("utf-8", "replace"))
    return int(found.group(1).replace(",", "")) if found else None


# --- the two servers -----------------------------------------------------------------------


@dataclass
class Server:
    name: str
    base: str  # Warlog's root, or Datasette's database URL (…/warlog)
    count_pattern: re.Pattern
    next_pattern: re.Pattern

    def url(self, params: dict) -> str:
        raise NotImplementedError

    def follow(self, url: str, times: int) -> str:
        """The URL reached by following the page's next ("Older") link `times` times."""
        for _ in range(times):
            page = fetch(url)
            found = self.next_pattern.search(page.body.decode("utf-8", "replace"))
            if page.status != 200 or not found:
                raise SystemExit(f"httpbench: {self.name}: no next link on {url}")
            url = urljoin(url, html.unescape(found.group(1)))
        return url


class Warlog(Server):
    def __init__(self, base: str):
        super().__init__("warlog", base.rstrip("/"), WARLOG_COUNT, WARLOG_OLDER)

    def url(self, params: dict) -> str:
        query = {}
        for key, value in params.items():
            query[{"speaker": "actor", "search": "q"}.get(key, key)] = value
        return f"{self.base}/" + (f"?{urlencode(query)}" if query else "")


class Datasette(Server):
    table = "statements"

    def __init__(self, base: str):
        super().__init__("datasette", base.rstrip("/"), DATASETTE_COUNT, DATASETTE_NEXT)

    def url(self, params: dict) -> str:
        query = {}
        for key, value in params.items():
            if key == "speaker":
                query["speaker_slug"] = value
            elif key == "search":
                query["_search"] = value
            elif key == "date_from":
                query["said_on__gte"] = value
            elif key == "date_to":
                query["said_on__lte"] = value
            elif key == "event":
                through = {"table": "statement_events", "column": "event_id", "value": value}
                query["_through"] = json.dumps(through, separators=(",", ":"))
            else:
                query[key] = value
        query["_sort_desc"] = "said_on"
        return f"{self.base}/{self.table}?{urlencode(query)}"

    def sql(self, statement: str) -> list[dict]:
        page = fetch(f"{self.base}.json?{urlencode({'sql': statement, '_shape': 'array'})}")
        if page.status != 200:
            raise SystemExit(f"httpbench: Datasette answered {page.status} to {statement!r}")
        return json.loads(page.body)


# --- the cases -----------------------------------------------------------------------------


@dataclass
class Case:
    name: str
    warlog: dict  # parameters in Warlog's terms (speaker slug, event slug, …)
    datasette: dict  # the same question in Datasette's (event id instead of slug)
    deep: int = 0  # follow the next link this many times from the first page


def discover_cases(datasette: Datasette | None, args) -> list[Case]:
    """The cases of issue 16, with the busiest speaker and event of this corpus (asked of
    Datasette; without it, `--speaker` and `--event` name them)."""
    if datasette is None:
        speaker, event = args.speaker, {"id": 0, "slug": args.event}
    else:
        speaker = datasette.sql(
            "select speaker_slug, count(*) as n from statements where speaker_slug != '' "
            "group by speaker_slug order by n desc limit 1"
        )[0]["speaker_slug"]
        event = datasette.sql(
            "select e.id, e.slug, count(*) as n from statement_events l join events e "
            "on e.id = l.event_id group by e.id order by n desc limit 1"
        )[0]
    half = {"date_from": args.date_from, "date_to": args.date_to}
    both = lambda params: (params, params)  # noqa: E731 - the same parameters for both
    return [
        Case("unfiltered", *both({})),
        Case("busiest actor", *both({"speaker": speaker})),
        Case("actor + date range", *both({"speaker": speaker, **half})),
        Case(f"q={args.word}", *both({"search": args.word})),
        Case(f"q={args.name} (a speaker's name)", *both({"search": args.name})),
        Case(
            f"affiliation {args.affiliation} + kind {args.kind}",
            *both({"affiliation": args.affiliation, "kind": args.kind}),
        ),
        Case(f"deep page ({args.deep} x Older)", *both({}), deep=args.deep),
        Case("busiest event", {"event": event["slug"]}, {"event": str(event["id"])}),
    ]


# --- measuring -----------------------------------------------------------------------------


@dataclass
class Result:
    case: str
    urls: dict[str, str]
    rows: dict[str, int | None]
    first_ms: dict[str, float]
    samples_ms: dict[str, list[float]] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    load: tuple[float, float] = (0.0, 0.0)

    def p(self, server: str, fraction: float) -> float | None:
        return percentile(self.samples_ms.get(server, []), fraction)


def measure_cases(servers: list[Server], cases: list[Case], samples: int) -> list[Result]:
    results = []
    for case in cases:
        load_before = loadavg()
        urls = {}
        for server in servers:
            params = case.warlog if server.name == "warlog" else case.datasette
            urls[server.name] = server.follow(server.url(params), case.deep)
        firsts = {server.name: fetch(urls[server.name]) for server in servers}
        result = Result(
            case=case.name,
            urls=urls,
            rows={s.name: count_in(firsts[s.name].body, s.count_pattern) for s in servers},
            first_ms={name: round(page.ms, 1) for name, page in firsts.items()},
            samples_ms={server.name: [] for server in servers},
            errors={server.name: int(firsts[server.name].status != 200) for server in servers},
        )
        for number in range(samples):
            order = servers if number % 2 == 0 else servers[::-1]
            for server in order:
                page = fetch(urls[server.name])
                if page.status == 200:
                    result.samples_ms[server.name].append(round(page.ms, 2))
                else:
                    result.errors[server.name] += 1
        result.load = (load_before, loadavg())
        results.append(result)
        print_case(result, servers)
    return results


def fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:,.0f}"


def ratio(a: float | None, b: float | None) -> str:
    return "–" if a is None or not b else f"{a / b:.2f}"


def print_header(servers: list[Server]) -> None:
    names = " ".join(f"{s.name + ' p50/p95':>20}" for s in servers)
    print(f"{'case':<34} {names} {'ratio p50/p95':>14} {'first ms':>14} {'rows':>17} load")


def print_case(result: Result, servers: list[Server]) -> None:
    cells = " ".join(
        f"{fmt(result.p(s.name, 0.5)) + ' / ' + fmt(result.p(s.name, 0.95)):>20}" for s in servers
    )
    a, b = servers[0].name, servers[-1].name
    ratios = f"{ratio(result.p(a, 0.5), result.p(b, 0.5))} / {ratio(result.p(a, 0.95), result.p(b, 0.95))}"
    firsts = " / ".join(fmt(result.first_ms[s.name]) for s in servers)
    rows = " / ".join(fmt(result.rows[s.name]) for s in servers)
    errors = sum(result.errors.values())
    print(
        f"{result.case:<34} {cells} {ratios:>14} {firsts:>14} {rows:>17} "
        f"{result.load[0]:.2f}→{result.load[1]:.2f}"
        + (f"  ERRORS {result.errors}" if errors else ""),
        flush=True,
    )


# --- the admin (Warlog only) -----------------------------------------------------------------


def admin_login(base: str, username: str, password: str) -> dict:
    """Log in through /admin/login/ as a browser does; the Cookie header of the session."""
    login = f"{base}/admin/login/"
    page = fetch(login)
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page.body)
    cookie = re.search(r"csrftoken=([^;]+)", page.headers.get("Set-Cookie", ""))
    if page.status != 200 or not token or not cookie:
        raise SystemExit(f"httpbench: no login form at {login} (HTTP {page.status})")
    parts = urlsplit(login)
    connection = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=TIMEOUT)
    form = {
        "csrfmiddlewaretoken": token.group(1).decode(),
        "username": username,
        "password": password,
        "next": "/admin/",
    }
    connection.request(
        "POST",
        parts.path,
        body=urlencode(form),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={cookie.group(1)}",
        },
    )
    response = connection.getresponse()
    response.read()
    session = re.search(r"sessionid=([^;]+)", response.getheader("Set-Cookie") or "")
    connection.close()
    if response.status != 302 or not session:
        raise SystemExit(f"httpbench: logging in as {username} failed (HTTP {response.status})")
    return {"Cookie": f"sessionid={session.group(1)}; csrftoken={cookie.group(1)}"}


def measure_admin(base: str, headers: dict, name: str, samples: int) -> list[dict]:
    results = []
    for case, path in (
        ("admin changelist", "/admin/statements/statement/"),
        (f"admin search q={name}", f"/admin/statements/statement/?{urlencode({'q': name})}"),
    ):
        load_before = loadavg()
        first = fetch(base + path, headers=headers)
        times = [fetch(base + path, headers=headers) for _ in range(samples)]
        ok = [t.ms for t in times if t.status == 200]
        result = {
            "case": case,
            "url": base + path,
            "first_ms": round(first.ms, 1),
            "first_status": first.status,
            "p50": percentile(ok, 0.5),
            "p95": percentile(ok, 0.95),
            "errors": len(times) - len(ok),
            "load": (load_before, loadavg()),
        }
        print(
            f"warlog {case}: p50/p95 {fmt(result['p50'])}/{fmt(result['p95'])} ms, first "
            f"{fmt(result['first_ms'])} ms (HTTP {first.status}), {result['errors']} errors; "
            f"load {result['load'][0]:.2f}→{result['load'][1]:.2f}",
            flush=True,
        )
        results.append(result)
    return results


# --- downloads beside pages ----------------------------------------------------------------


@dataclass
class Download:
    status: int = 0
    seconds: float = 0.0
    bytes: int = 0
    lines: int = 0
    ends_with_newline: bool = False
    error: str = ""


def download(url: str, into: Download) -> None:
    parts = urlsplit(url)
    started = time.perf_counter()
    connection = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=TIMEOUT)
    last = b""
    try:
        connection.request("GET", f"{parts.path}?{parts.query}")
        response = connection.getresponse()
        into.status = response.status
        while chunk := response.read(1 << 16):
            into.bytes += len(chunk)
            into.lines += chunk.count(b"\n")
            last = chunk
    except (OSError, http.client.HTTPException) as error:
        into.error = f"{type(error).__name__}: {error}"
    finally:
        into.seconds = time.perf_counter() - started
        into.ends_with_newline = last.endswith(b"\n")
        connection.close()


def sample_while(url: str, keep_going, *, minimum: int, pause: float) -> list[float]:
    times = []
    while keep_going() or len(times) < minimum:
        page = fetch(url)
        times.append(round(page.ms, 2) if page.status == 200 else float("inf"))
        time.sleep(pause)
    return times


def measure_downloads(server: Server, export_url: str, k: int, samples: int, pause: float):
    page_url = server.url({})
    fetch(page_url)  # warm
    load_before = loadavg()
    quiet = sample_while(page_url, lambda: False, minimum=samples, pause=pause)
    downloads = [Download() for _ in range(k)]
    threads = [threading.Thread(target=download, args=(export_url, d)) for d in downloads]
    for thread in threads:
        thread.start()
    time.sleep(1.0)  # the exports are under way
    busy = sample_while(
        page_url, lambda: any(t.is_alive() for t in threads), minimum=samples, pause=pause
    )
    for thread in threads:
        thread.join()
    summary = {
        "server": server.name,
        "page": page_url,
        "export": export_url,
        "downloads": [asdict(d) for d in downloads],
        "quiet_ms": {
            "n": len(quiet),
            "p50": percentile(quiet, 0.5),
            "p95": percentile(quiet, 0.95),
        },
        "busy_ms": {
            "n": len(busy),
            "p50": percentile(busy, 0.5),
            "p95": percentile(busy, 0.95),
            "max": max(busy),
        },
        "load": (load_before, loadavg()),
    }
    q, b = summary["quiet_ms"], summary["busy_ms"]
    print(
        f"{server.name}: timeline p50/p95 {fmt(q['p50'])}/{fmt(q['p95'])} ms quiet (n={q['n']}), "
        f"{fmt(b['p50'])}/{fmt(b['p95'])} ms, max {fmt(b['max'])} ms during {k} downloads "
        f"(n={b['n']}); load {summary['load'][0]:.2f}→{summary['load'][1]:.2f}",
        flush=True,
    )
    for d in downloads:
        print(
            f"  download: HTTP {d.status}, {d.bytes / 2**20:,.1f} MiB, {d.lines:,} lines, "
            f"{d.seconds:.1f} s, {'ends with a newline' if d.ends_with_newline else 'CUT SHORT'}"
            + (f", {d.error}" if d.error else ""),
            flush=True,
        )
    return summary


# --- command line --------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--warlog", required=True, help="Warlog's base URL")
    parser.add_argument(
        "--datasette", help="Datasette's database URL (…/warlog); without it, Warlog alone"
    )
    parser.add_argument("--speaker", help="without --datasette: the busiest speaker's slug")
    parser.add_argument("--event", help="without --datasette: the busiest event's slug")
    parser.add_argument("--samples", "-n", type=int, default=50, help="per case and server")
    parser.add_argument("--deep", type=int, default=20, help="Older links to follow")
    parser.add_argument("--word", default="strike")
    parser.add_argument("--name", default="Kallas", help="a speaker's name to search for")
    parser.add_argument("--affiliation", default="Russia")
    parser.add_argument("--kind", default="direct")
    parser.add_argument("--date-from", default="2023-01-01")
    parser.add_argument("--date-to", default="2023-06-30")
    parser.add_argument("--only", action="append", help="run the cases whose name starts so")
    parser.add_argument(
        "--downloads",
        type=int,
        default=0,
        metavar="K",
        help="instead: timeline latency while K full CSV downloads run",
    )
    parser.add_argument("--download-servers", default="warlog,datasette")
    parser.add_argument(
        "--export-base",
        help="Warlog's downloads from this base URL instead (an export pool on its own port, "
        "as the proxy would route them)",
    )
    parser.add_argument(
        "--admin-user",
        help="instead: the admin changelist and a search by --name, logged in as this user "
        "(password in $HTTPBENCH_ADMIN_PASSWORD)",
    )
    parser.add_argument("--pause", type=float, default=0.05, help="seconds between samples")
    parser.add_argument("--json", metavar="FILE", help="write the results here")
    args = parser.parse_args(argv)

    if not args.datasette and not args.admin_user and not (args.speaker and args.event):
        parser.error("without --datasette, give --speaker and --event")
    warlog = Warlog(args.warlog)
    datasette = Datasette(args.datasette) if args.datasette else None
    servers: list[Server] = [warlog, datasette] if datasette else [warlog]
    report: dict = {
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "load_start": loadavg(),
        "servers": {s.name: s.base for s in servers},
        "samples": args.samples,
    }
    if args.admin_user:
        headers = admin_login(warlog.base, args.admin_user, os.environ["HTTPBENCH_ADMIN_PASSWORD"])
        report["admin"] = measure_admin(warlog.base, headers, args.name, args.samples)
    elif args.downloads:
        exports = {"warlog": f"{(args.export_base or warlog.base).rstrip('/')}/statements.csv"}
        if datasette:
            exports["datasette"] = f"{datasette.base}/{datasette.table}.csv?" + urlencode(
                {"_stream": "on", "_size": "max", "_sort_desc": "said_on"}
            )
        report["downloads"] = [
            measure_downloads(s, exports[s.name], args.downloads, args.samples, args.pause)
            for s in servers
            if s.name in args.download_servers.split(",")
        ]
    else:
        cases = discover_cases(datasette, args)
        if args.only:
            cases = [c for c in cases if any(c.name.startswith(o) for o in args.only)]
        print(f"httpbench: {args.samples} samples a case and server, load {report['load_start']}")
        print_header(servers)
        results = measure_cases(servers, cases, args.samples)
        report["cases"] = [
            {
                **asdict(r),
                "p50": {s.name: r.p(s.name, 0.5) for s in servers},
                "p95": {s.name: r.p(s.name, 0.95) for s in servers},
            }
            for r in results
        ]
    report["load_end"] = loadavg()
    print(
        f"httpbench: load average {report['load_start']} at the start, {report['load_end']} at the end"
    )
    if args.json:
        with open(args.json, "w") as handle:
            json.dump(report, handle, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
