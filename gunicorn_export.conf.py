"""gunicorn settings for Warlog's export pool: `gunicorn -c gunicorn_export.conf.py`.

The full CSV download (`/statements.csv`) is served by this second, small gunicorn, and the
proxy sends that one path here (docs/deployment.md, "The export pool"; docker-compose.yml's
`export` service); pages, the paged JSON and the admin stay on `gunicorn.conf.py`'s pool.
Measured at 1M statements (docs/deployment.md): two full downloads on the page pool made the
timeline 2-3 times slower than quiet, as they kept both cores busy.

- One process with `EXPORT_THREADS` threads (default 1): at most that many CSVs stream at
  once, whatever arrives; more wait in the listen queue (`backlog`) until one ends, holding no
  page worker. A download costs ~16 CPU-s at 1M rows, ~80 % of it in PostgreSQL's COPY, so
  the number streaming at once is what bounds what they take from the pages.
- The worker runs at a lower CPU priority (`EXPORT_NICENESS`, default 10; Linux `nice`), so
  the Python that relays the COPY yields to the pages; PostgreSQL's side is paced by it (the
  COPY waits while its socket is full) and by the thread count.
- gthread, as the page pool, so `timeout` never cuts a stream being sent; `graceful_timeout`
  600 s lets a deploy wait for a download in progress (a full export takes 0.5-1 min, more to
  a slow reader).
"""

import os

wsgi_app = "warlog.wsgi"
bind = [os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")]

worker_class = "gthread"
workers = 1
threads = int(os.environ.get("EXPORT_THREADS", "1"))
backlog = 64

timeout = 30
graceful_timeout = 600
keepalive = 5

accesslog = "-"
control_socket_disable = True

_niceness = int(os.environ.get("EXPORT_NICENESS", "10"))


def post_fork(server, worker):
    """The worker (not the arbiter, which only watches) gives way to the page pool."""
    os.nice(_niceness)
