"""Issue 10, start-up: the pickle cache lives in a directory only the server can write."""

import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from warlog.directories import private_directory

ROOT = Path(__file__).resolve().parent.parent


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_default_cache_is_inside_the_data_directory_not_a_shared_temp_dir():
    location = Path(settings.CACHES["default"]["LOCATION"])
    assert location == Path(settings.WARLOG_DATA_DIR) / "cache"
    # (Not the shared temp dir nor a folder right in it; a checkout may itself live under /tmp.)
    assert Path(tempfile.gettempdir()) not in (location, location.parent)
    assert mode(location) == 0o700


def test_a_missing_cache_directory_is_created_private(tmp_path):
    path = private_directory(tmp_path / "a" / "cache", setting="WARLOG_CACHE_DIR")
    assert path.is_dir()
    assert mode(path) == 0o700
    assert mode(tmp_path / "a") == 0o700  # parents too: created under umask 077


@pytest.mark.parametrize("bits", [0o777, 0o770, 0o1777, 0o722])
def test_a_group_or_world_writable_cache_directory_is_refused(tmp_path, bits):
    shared = tmp_path / "warlog-cache"
    shared.mkdir()
    shared.chmod(bits)
    with pytest.raises(ImproperlyConfigured, match="writable by its group or by everyone"):
        private_directory(shared, setting="WARLOG_CACHE_DIR")


def test_a_cache_directory_owned_by_someone_else_is_refused(tmp_path, monkeypatch):
    planted = tmp_path / "warlog-cache"
    planted.mkdir(mode=0o700)
    owner = planted.stat().st_uid
    monkeypatch.setattr(os, "geteuid", lambda: owner + 1)  # as if another user had made it
    with pytest.raises(ImproperlyConfigured, match=f"is owned by uid {owner}, not by this"):
        private_directory(planted, setting="WARLOG_CACHE_DIR")


def test_the_server_refuses_to_start_with_a_world_writable_cache_dir(tmp_path):
    shared = tmp_path / "warlog-cache"
    shared.mkdir()
    shared.chmod(0o777)
    done = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env={**os.environ, "WARLOG_CACHE_DIR": str(shared)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "ImproperlyConfigured: WARLOG_CACHE_DIR" in done.stderr
    assert "writable by its group or by everyone (mode 0777)" in done.stderr
