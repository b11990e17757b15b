"""gunicorn.conf.py: the values docs/performance.md justifies, and what they promise a download."""

import http.client
import signal
import socket
import subprocess
import time

import pytest

from tests.factories import StatementFactory
from tests.gunicorn_support import GUNICORN, ROOT, slow_stream_app
from tests.gunicorn_support import load_conf as gunicorn_conf

CONF = ROOT / "gunicorn.conf.py"
# A WSGI app that streams 10 chunks over 5 s: longer than the 2 s timeout the test gives. (A
# gthread worker reports to the arbiter about once a second, so a 1 s timeout would leave no
# margin on a loaded machine: the test would measure the load, not the worker class.)
SLOW_STREAM_APP = slow_stream_app(
    chunks=10, pause=0.5, line=b"chunk %d\n", content_type="text/plain"
)


def load_conf(monkeypatch):
    return gunicorn_conf(CONF, monkeypatch, "WEB_CONCURRENCY", "GUNICORN_THREADS", "GUNICORN_BIND")


def test_config_loads_with_the_measured_values(monkeypatch):
    conf = load_conf(monkeypatch)
    assert conf.wsgi_app == "warlog.wsgi"
    assert conf.bind == ["127.0.0.1:8000"]
    assert conf.worker_class == "gthread"
    assert (conf.workers, conf.threads) == (3, 4)
    assert (conf.timeout, conf.graceful_timeout) == (30, 120)
    assert not hasattr(conf, "max_requests")
    assert conf.control_socket_disable is True


def test_workers_and_threads_follow_the_environment(monkeypatch):
    monkeypatch.setenv("WEB_CONCURRENCY", "5")
    monkeypatch.setenv("GUNICORN_THREADS", "8")
    monkeypatch.setenv("GUNICORN_BIND", "0.0.0.0:9000")
    conf = gunicorn_conf(CONF, monkeypatch)
    assert (conf.workers, conf.threads, conf.bind) == (5, 8, ["0.0.0.0:9000"])


def gunicorn_gets(tmp_path, *options: str, signal_after_headers=None) -> tuple[int, bytes]:
    """Serve the slow stream with gunicorn.conf.py and `options`; GET it whole.

    `signal_after_headers`: sent to gunicorn's master once the response has begun."""
    (tmp_path / "slowstream.py").write_text(SLOW_STREAM_APP)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [str(GUNICORN), "-c", str(CONF), "--pythonpath", str(tmp_path), "--workers", "1"]
        + ["--timeout", "2", "--bind", f"127.0.0.1:{port}", "--access-logfile", "/dev/null"]
        + [*options, "slowstream:app"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                connection.request("GET", "/")
                break
            except ConnectionRefusedError:
                assert time.monotonic() < deadline, "gunicorn did not start"
                time.sleep(0.1)
        response = connection.getresponse()
        if signal_after_headers is not None:
            server.send_signal(signal_after_headers)
        try:
            body = response.read()
        except http.client.IncompleteRead as cut:
            body = cut.partial
        return response.status, body
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_a_stream_longer_than_the_timeout_arrives_whole(tmp_path):
    status, body = gunicorn_gets(tmp_path)
    assert status == 200
    assert body.splitlines() == [b"chunk %d" % n for n in range(10)]


def test_a_shutdown_lets_a_stream_being_sent_finish(tmp_path):
    """A deploy's SIGTERM waits up to graceful_timeout (120 s) for the download to end."""
    status, body = gunicorn_gets(tmp_path, signal_after_headers=signal.SIGTERM)
    assert status == 200
    assert body.splitlines() == [b"chunk %d" % n for n in range(10)]


def test_the_sync_worker_would_cut_it_short_as_a_200(tmp_path):
    """Why the config is gthread: the same stream under the default worker is killed mid-way."""
    status, body = gunicorn_gets(tmp_path, "--worker-class", "sync", "--threads", "1")
    assert status == 200
    assert len(body.splitlines()) < 10


def test_every_name_in_the_file_is_a_gunicorn_setting(monkeypatch):
    """gunicorn ignores names it does not know: a misspelled setting would silently not apply."""
    from gunicorn.config import Config

    conf = load_conf(monkeypatch)
    names = {n for n in vars(conf) if not n.startswith("_") and n != "os"}
    assert names == {n for n in names if n in Config().settings}
    assert {"worker_class", "workers", "threads", "timeout", "graceful_timeout"} <= names


class Log:
    def __init__(self):
        self.lines: list[str] = []

    def info(self, message, *args):
        self.lines.append(message % args)

    def exception(self, message, *args):
        self.lines.append("ERROR " + message % args)


class Worker:
    def __init__(self, app_uri: str, wsgi):
        self.app = type("App", (), {"app_uri": app_uri})()
        self.wsgi = wsgi
        self.log = Log()


@pytest.fixture
def wsgi_without_closing_connections():
    """Django's WSGI application; the test's transaction kept open between its requests (as
    the test client does)."""
    from django.core.signals import request_finished, request_started
    from django.core.wsgi import get_wsgi_application
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield get_wsgi_application()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.mark.django_db
def test_a_new_worker_warms_up_on_the_pages_before_its_first_request(
    monkeypatch, settings, wsgi_without_closing_connections
):
    settings.ALLOWED_HOSTS = ["warlog.example"]
    settings.SECURE_SSL_REDIRECT = True  # as in production: the warm-up asks as https
    StatementFactory(text="words for the warm-up page")
    from django.template import engines

    templates = engines["django"].engine.template_loaders[0]  # the cached loader
    templates.reset()
    conf = load_conf(monkeypatch)
    worker = Worker("warlog.wsgi", wsgi_without_closing_connections)
    conf.post_worker_init(worker)
    assert [line.rsplit(" in ", 1)[0] for line in worker.log.lines] == [
        "warm-up: / 200",
        "warm-up: /?q=warmup 200",
        "warm-up: /about/ 200",
    ]
    # The templates are compiled and kept: the first reader's page compiles none.
    assert {"statements/timeline.html", "statements/about.html"} <= set(
        templates.get_template_cache
    )


def test_another_application_is_not_warmed_up(monkeypatch):
    conf = load_conf(monkeypatch)
    called = []
    worker = Worker("slowstream:app", lambda environ, start_response: called.append(1) or [])
    conf.post_worker_init(worker)
    assert called == [] and worker.log.lines == []


def test_a_failed_warm_up_is_logged_and_the_worker_still_starts(monkeypatch):
    conf = load_conf(monkeypatch)

    def broken(environ, start_response):
        raise RuntimeError("no database")

    worker = Worker("warlog.wsgi", broken)
    conf.post_worker_init(worker)
    assert worker.log.lines == ["ERROR warm-up failed"]
