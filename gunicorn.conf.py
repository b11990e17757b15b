"""gunicorn settings for Warlog: `gunicorn -c gunicorn.conf.py warlog.wsgi`.

Why these values (measured at 1M statements, see docs/performance.md, "Over HTTP"):

- worker_class "gthread": a worker answers other requests while one of its threads streams a
  CSV or JSON download. With the default "sync" worker each download holds a whole process, so
  two downloads on a 3-worker server leave one process for every page (issue 16 measured a
  timeline request waiting 17.8 s behind two CSV downloads).
- timeout: the arbiter kills a worker whose main loop has not reported for `timeout` seconds.
  A sync worker reports only between requests, so a download longer than the timeout was
  killed mid-stream (the client got HTTP 200 and truncated, invalid JSON). A gthread worker's
  main loop reports every second whatever its threads are doing, so the timeout never cuts a
  response being streamed; it still catches a wedged process. Slow SQL is bounded by the
  database's statement timeout, not by gunicorn.
- graceful_timeout: on a restart or a deploy (SIGHUP/SIGTERM) a worker gets this long to finish
  what it is serving and is then killed, which would cut a download short. A full CSV export
  of 1M statements streams in 10-20 s on this machine (more to a slow reader), so a worker
  gets two minutes.
- workers x threads: 2 CPU cores. Pages are CPU-bound Python (one thread of a process runs at
  a time), so there is one process per core plus one, and the threads are for requests that
  mostly wait (downloads, PostgreSQL). Each thread holds its own database connection:
  workers x threads connections at most (12). Measured with two full CSV downloads (969,975
  rows, 375 MiB each) beside the timeline (`scripts/httpbench.py --downloads 2`, 1M
  statements, load 7-10 on the 2 cores), timeline p50 / p95 during the downloads: 3 x 4
  340-370 / 774-799 ms, 2 x 6 347 / 909 ms, 4 x 3 312 / 850 ms; every download whole. No
  count did better than the noise: the two cores are the limit, so 3 x 4 stays.
- Memory: a worker starts at 72 MB and peaked at 91 MB while streaming a full CSV beside the
  timeline (datasketch, with numpy and scipy, is imported only by ingestion).
- No control socket: its default path (~/.gunicorn/gunicorn.ctl) is shared by every gunicorn
  the user runs, so a second server (a test, a load test) takes it from the first; nothing
  here uses gunicornc.
- No max_requests: a recycled worker is a graceful stop, with the same risk to a download and
  a cold first request after it; nothing here leaks enough to need it.
- post_worker_init: a new worker renders the timeline, a search and a plain page for itself
  (`warlog.warmup`) before it takes requests, so its first reader does not pay for the URL
  resolver, compiling templates, lazy imports and a first connection.
"""

import os

wsgi_app = "warlog.wsgi"
# Loopback unless told otherwise (docker-compose.yml passes --bind 0.0.0.0:8000).
bind = [os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")]

worker_class = "gthread"
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))

timeout = 30
graceful_timeout = 120
keepalive = 5

accesslog = "-"
control_socket_disable = True


def post_worker_init(worker):
    """Warm the worker up (warlog/warmup.py) when it serves Warlog; any failure is only logged:
    a worker that could not warm up still serves."""
    if getattr(worker.app, "app_uri", wsgi_app) != wsgi_app:
        return  # another application (the tests serve their own)
    try:
        from warlog.warmup import warm_up

        for path, status, ms in warm_up(worker.wsgi):
            worker.log.info("warm-up: %s %s in %.0f ms", path, status, ms)
    except Exception:  # never keep a worker from serving
        worker.log.exception("warm-up failed")
