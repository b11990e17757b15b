"""Directories the server writes and later trusts: created private, refused when they are not.

The file cache holds pickles, and loading a pickle runs code. A cache directory someone else
owns, or may write to, would let them plant one that runs as the web server's user, so such a
directory stops the process at start (settings import) with `ImproperlyConfigured`.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured


def private_directory(path: str | os.PathLike, *, setting: str) -> Path:
    """`path`, created with mode 0700 if missing; refused unless this process's user owns it
    and neither group nor others may write to it. `setting` names where it was configured."""
    path = Path(path)
    if not path.exists() and not path.is_symlink():
        old_umask = os.umask(0o077)
        try:
            path.mkdir(mode=0o700, parents=True, exist_ok=True)
        finally:
            os.umask(old_umask)
    problem = _problem(path)
    if problem:
        raise ImproperlyConfigured(
            f"{setting} {path} {problem}. It holds pickles the server loads, so only the "
            "server's own user may write there: use a directory it owns with mode 0700 "
            "(e.g. `install -d -m 0700 DIR`), or unset it to use the default."
        )
    return path


def _problem(path: Path) -> str | None:
    uid = os.geteuid()
    try:
        link = os.lstat(path)
        info = os.stat(path)
    except OSError as exc:
        return f"cannot be checked ({exc.strerror or exc})"
    if stat.S_ISLNK(link.st_mode) and link.st_uid != uid:
        return f"is a symbolic link owned by uid {link.st_uid}, not by this process (uid {uid})"
    if not stat.S_ISDIR(info.st_mode):
        return "is not a directory"
    if info.st_uid != uid:
        return f"is owned by uid {info.st_uid}, not by this process (uid {uid})"
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return f"is writable by its group or by everyone (mode {stat.S_IMODE(info.st_mode):04o})"
    return None
