"""`manage.py ingest` and `manage.py load_gazetteer`: bad files named, good ones landed, exit 1."""

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from statements.models import Actor, Event, Source, Statement
from tests.ingest_cli import run

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("small_gazetteer")]

ARTICLE = (
    "Talks stall\n\n"
    "Dmitry Peskov said: “It is impossible to defeat Russia on the battlefield, everyone knows.”\n"
    "Volodymyr Zelensky said: “We will not give up a single metre of our land to anybody.”\n"
)
RUSSIAN = "Переговоры\n\nДмитрий Песков заявил: “Победить Россию на поле боя невозможно, это ясно всем.”\n"
PAGE = f"""<html><head><title>Talks stall</title></head><body><nav>Menu | Subscribe</nav>
<article><h1>Talks stall</h1><p>{ARTICLE.splitlines()[2]}</p>
<p>He spoke to reporters in Moscow on Friday, a day after the latest round of shelling.</p>
</article><footer>All rights reserved</footer></body></html>"""


@pytest.fixture
def mixed_inputs(tmp_path):
    """Good and bad articles side by side, as a real crawl delivers them."""
    good = tmp_path / "articles"
    (good / "nested").mkdir(parents=True)
    (good / "good.txt").write_text(ARTICLE, "utf-8")
    (good / "good.json").write_text(json.dumps({"url": "https://news.example/good"}))
    (good / "nested" / "page.html").write_text(PAGE, "utf-8")
    (good / "cyrillic.txt").write_bytes(RUSSIAN.encode("cp1251"))
    (good / "notes.md").write_text("not an article: ignored when reading a directory")
    bad = {
        "empty.txt": b"",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
        "undecodable.txt": b"Peskov said \x81\x8d\x98\x9d\x8f\x90 nothing at all",
        "huge.txt": (ARTICLE * 40).encode(),
        "bad-sidecar.txt": ARTICLE.replace("Talks", "Other talks").encode(),
    }
    for name, data in bad.items():
        (good / name).write_bytes(data)
    (good / "bad-sidecar.json").write_text('{"url": "https://news.example/x", ')
    missing = tmp_path / "missing.txt"
    return good, missing


def test_good_files_land_and_each_bad_one_is_named(mixed_inputs):
    directory, missing = mixed_inputs
    stdout, stderr, error = run(directory, missing, "--max-bytes", "2000")

    assert error is not None and error.returncode == 1
    assert sorted(Source.objects.values_list("file_name", flat=True)) == [
        "cyrillic.txt",
        "good.txt",
        "page.html",
    ]
    assert Source.objects.get(file_name="cyrillic.txt").text == RUSSIAN
    assert Source.objects.get(file_name="good.txt").url == "https://news.example/good"
    assert "Subscribe" not in Source.objects.get(file_name="page.html").text
    assert Statement.objects.filter(source__file_name="good.txt").count() >= 2

    rejected = {line for line in stderr.splitlines() if line.startswith("rejected ")}
    expected = {
        "empty.txt": "empty",
        "binary.txt": "binary",
        "undecodable.txt": "not UTF-8",
        "huge.txt": "size limit of 2,000 bytes",
        "bad-sidecar.txt": "sidecar bad-sidecar.json is not valid JSON",
    }
    for name, reason in expected.items():
        assert any(
            line.startswith(f"rejected {directory / name}: ") and reason in line
            for line in rejected
        ), name
    assert f"rejected {missing}: no such file" in rejected
    assert len(rejected) == 6
    assert stdout.strip().splitlines()[-1] == (
        "3 files ingested, 0 unchanged, 6 rejected; statements: "
        f"{Statement.objects.count()} created, 0 updated, 0 deleted, 0 kept for editors"
    )


def test_all_good_exits_zero_and_rerun_reports_unchanged(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    stdout, stderr, error = run(tmp_path)
    assert error is None and stderr == ""
    assert stdout.startswith("1 files ingested, 0 unchanged, 0 rejected")

    stdout, _, error = run(tmp_path)
    assert error is None
    assert stdout.startswith("0 files ingested, 1 unchanged, 0 rejected")


def test_verbosity_two_prints_a_line_per_file_and_zero_prints_nothing(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE + "\nMore.\n", "utf-8")
    stdout, _, _ = run(tmp_path, verbosity=2)
    assert f"ingested {tmp_path / 'a.txt'}: " in stdout
    assert f"ingested {tmp_path / 'b.txt'}: " in stdout

    (tmp_path / "c.txt").write_bytes(b"")
    stdout, stderr, error = run(tmp_path, verbosity=0)
    assert stdout == ""
    assert stderr.strip() == f"rejected {tmp_path / 'c.txt'}: empty file"
    assert error is not None


def test_dry_run_writes_nothing(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    stdout, _, error = run(tmp_path, "--dry-run")
    assert error is None
    assert stdout.startswith("Dry run, nothing written. Would be: 1 files ingested")
    assert not Source.objects.exists()
    assert not Statement.objects.exists()
    assert not Actor.objects.exists()


def test_load_gazetteer_prints_counts_and_is_idempotent():
    stdout = StringIO()
    call_command("load_gazetteer", stdout=stdout, stderr=StringIO())
    assert "1 actors, 2 aliases, 0 events created" in stdout.getvalue()
    stdout = StringIO()
    call_command("load_gazetteer", stdout=stdout, stderr=StringIO())
    assert "0 actors, 0 aliases, 0 events created" in stdout.getvalue()
    assert Actor.objects.count() == 1


def test_load_gazetteer_says_clearly_when_fixtures_are_missing(settings, tmp_path):
    settings.WARLOG_FIXTURES_DIR = tmp_path / "nowhere"
    stdout, stderr = StringIO(), StringIO()
    call_command("load_gazetteer", stdout=stdout, stderr=stderr)
    assert f"{tmp_path / 'nowhere' / 'actors.json'} not found" in stderr.getvalue()
    assert f"{tmp_path / 'nowhere' / 'events.json'} not found" in stderr.getvalue()
    assert not Actor.objects.exists()
    assert not Event.objects.exists()


def test_load_gazetteer_rejects_a_broken_fixture(small_gazetteer):
    (small_gazetteer / "actors.json").write_text('[{"aliases": []}]')
    with pytest.raises(CommandError, match="actors.json: not a valid gazetteer file"):
        call_command("load_gazetteer", stdout=StringIO(), stderr=StringIO())


@pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="runs its own SQLite file; once per suite is enough",
)
def test_exit_status_on_a_freshly_migrated_database(tmp_path):
    """The real process: migrate, then ingest with no other step; 1 when a file was rejected."""
    repo = Path(__file__).resolve().parent.parent
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'fresh.sqlite3'}"}
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, "utf-8")

    def manage(*args):
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=repo,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    assert manage("migrate", "-v", "0").returncode == 0
    (tmp_path / "in" / "b.txt").write_bytes(b"")
    run = manage("ingest", str(tmp_path / "in"))
    assert run.returncode == 1
    assert f"rejected {tmp_path / 'in' / 'b.txt'}: empty file" in run.stderr
    assert "1 files ingested, 0 unchanged, 1 rejected" in run.stdout
