"""What the gunicorn configuration tests share: loading a config file as gunicorn does, and a
WSGI app that streams for longer than the timeout the tests give gunicorn."""

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).with_name("gunicorn")


def slow_stream_app(*, chunks: int, pause: float, line: bytes, content_type: str) -> str:
    """A module's source whose `app` streams `chunks` lines (`line % n`), `pause` s apart."""
    return f"""
import time

def app(environ, start_response):
    start_response("200 OK", [("Content-Type", {content_type!r})])
    for n in range({chunks}):
        time.sleep({pause})
        yield {line!r} % n
"""


def load_conf(path: Path, monkeypatch, *environment: str):
    """The config module at `path`, read with the `environment` variables it reads unset."""
    for name in environment:
        monkeypatch.delenv(name, raising=False)
    spec = importlib.util.spec_from_file_location(path.stem.replace(".", "_"), path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
