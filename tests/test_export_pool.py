"""The export pool: the full CSV download on a small gunicorn of its own
(gunicorn_export.conf.py), which the proxy routes `/statements.csv` to (deploy/nginx.conf,
docker-compose.yml). It streams one download at a time, whole, at a lower CPU priority."""

import http.client
import os
import re
import socket
import subprocess
import sys
import threading
import time

import yaml

from tests.gunicorn_support import GUNICORN, ROOT, slow_stream_app
from tests.gunicorn_support import load_conf as gunicorn_conf

CONF = ROOT / "gunicorn_export.conf.py"
# Streams 5 chunks over 3 s: longer than the 2 s timeout the test gives gunicorn (a gthread
# worker reports about once a second, so 1 s would leave no margin on a loaded machine).
SLOW_STREAM_APP = slow_stream_app(chunks=5, pause=0.6, line=b"row %d\r\n", content_type="text/csv")


def load_conf(monkeypatch):
    return gunicorn_conf(CONF, monkeypatch, "EXPORT_THREADS", "EXPORT_NICENESS", "GUNICORN_BIND")


def test_one_threaded_worker_streams_one_download_at_a_time(monkeypatch):
    from gunicorn.config import Config

    conf = load_conf(monkeypatch)
    assert (conf.worker_class, conf.workers, conf.threads) == ("gthread", 1, 1)
    assert conf.graceful_timeout == 600  # a deploy waits for a download in progress
    names = {n for n in vars(conf) if not n.startswith("_") and n != "os"}
    assert names == {n for n in names if n in Config().settings}  # none silently ignored


def test_the_worker_lowers_its_own_cpu_priority_by_ten():
    # In a child process: a niceness, once raised, cannot be lowered again.
    script = (
        "import importlib.util, os\n"
        f"spec = importlib.util.spec_from_file_location('c', {str(CONF)!r})\n"
        "conf = importlib.util.module_from_spec(spec); spec.loader.exec_module(conf)\n"
        "before = os.nice(0); conf.post_fork(None, None); print(os.nice(0) - before)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "EXPORT_NICENESS"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env
    )
    assert result.stdout.strip() == "10"


def _get(port: int, results: list, started: float) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    connection.request("GET", "/statements.csv")
    response = connection.getresponse()
    body = response.read()
    results.append((response.status, body, time.monotonic() - started))
    connection.close()


def test_two_downloads_arrive_whole_one_after_the_other(tmp_path):
    (tmp_path / "slowstream.py").write_text(SLOW_STREAM_APP)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "EXPORT_NICENESS": "0"}
    server = subprocess.Popen(
        [str(GUNICORN), "-c", str(CONF), "--pythonpath", str(tmp_path), "--timeout", "2"]
        + ["--bind", f"127.0.0.1:{port}", "--access-logfile", "/dev/null", "slowstream:app"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "gunicorn did not start"
                time.sleep(0.1)
        results: list = []
        started = time.monotonic()
        clients = [threading.Thread(target=_get, args=(port, results, started)) for _ in range(2)]
        for client in clients:
            client.start()
        for client in clients:
            client.join(timeout=30)
    finally:
        server.terminate()
        server.wait(timeout=20)
    expected = b"".join(b"row %d\r\n" % n for n in range(5))
    assert [(status, body) for status, body, _ in results] == [(200, expected)] * 2
    first, second = sorted(seconds for _, _, seconds in results)
    # One thread: the second stream starts when the first has ended, and takes 3 s itself
    # (streamed side by side, both would end together).
    assert second - first >= 2.5


def test_the_proxy_sends_the_csv_download_and_nothing_else_to_the_export_pool():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert (
        "gunicorn -c gunicorn_export.conf.py --bind 0.0.0.0:8001" in services["export"]["command"]
    )
    assert "gunicorn -c gunicorn.conf.py --bind 0.0.0.0:8000" in services["web"]["command"]
    assert services["proxy"]["ports"] == ["8000:8080"]
    assert "ports" not in services["web"]  # reached through the proxy only
    nginx = (ROOT / "deploy" / "nginx.conf").read_text()
    routes = dict(re.findall(r"location ([^{]+?) \{\s*proxy_pass http://(\w+);", nginx))
    assert routes == {"= /statements.csv": "warlog_export", "/": "warlog_web"}
    assert "server export:8001;" in nginx and "server web:8000;" in nginx
