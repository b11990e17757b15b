"""Shared by the `ingest` command tests: a runner that captures the command's output."""

from io import StringIO

from django.core.management import call_command
from django.core.management.base import CommandError


def run(*args, verbosity=1):
    """`manage.py ingest ARGS`: (stdout, stderr, the CommandError or None)."""
    stdout, stderr = StringIO(), StringIO()
    error = None
    try:
        call_command("ingest", *map(str, args), verbosity=verbosity, stdout=stdout, stderr=stderr)
    except CommandError as exc:
        error = exc
    return stdout.getvalue(), stderr.getvalue(), error
