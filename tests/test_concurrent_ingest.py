"""Issue 10: two `manage.py ingest` runs at once, on an empty PostgreSQL database, over the same
200 files: both exit 0, say nothing on stderr, and each file is stored once (the gazetteer
load, the actors and the sources tolerate the other run's inserts)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

from statements.models import Actor, ActorAlias, Source

ROOT = Path(__file__).resolve().parent.parent
FILES = 200


def article_copies(directory: Path, count: int) -> list[Path]:
    """`count` variations of the seed articles (each text distinct, so each is stored)."""
    seeds = sorted((ROOT / "fixtures" / "articles").glob("*.txt"))
    paths = []
    for i in range(count):
        seed = seeds[i % len(seeds)]
        path = directory / f"{i:03d}_{seed.stem}.txt"
        note = f"\nCorrection {i}: an earlier version of this copy misspelled a name.\n"
        path.write_text(seed.read_text("utf-8") + note, "utf-8")
        paths.append(path)
    return paths


def database_url() -> str:
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


@pytest.mark.postgres
# Committed rows (the runs are other processes); no serialized_rollback: it needs no data, and
# reloading the serialized content types after a live-server test's flush collides.
@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL")
def test_two_concurrent_ingest_runs_are_correct_and_quiet(tmp_path):
    article_copies(tmp_path, FILES)
    assert not Actor.objects.exists()  # the gazetteer is loaded by the runs themselves
    env = {**os.environ, "DATABASE_URL": database_url(), "DJANGO_DEBUG": "1"}
    runs = [
        subprocess.Popen(
            [sys.executable, "manage.py", "ingest", str(tmp_path)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=900) for run in runs]
    for run, (stdout, stderr) in zip(runs, outputs, strict=True):
        assert (run.returncode, stderr) == (0, ""), stdout[-2000:]
    summaries = [stdout.strip().splitlines()[-1] for stdout, _ in outputs]
    ingested = [int(s.split(" files ingested")[0]) for s in summaries]
    unchanged = [int(s.split(" unchanged")[0].rsplit(", ", 1)[1]) for s in summaries]
    assert sum(ingested) == FILES, summaries
    assert sum(unchanged) == FILES, summaries  # what the other run stored is "unchanged"
    assert Source.objects.count() == FILES
    assert Source.objects.values("file_name").distinct().count() == FILES
    names = list(Actor.objects.values_list("name", flat=True))
    assert len(names) == len(set(names))
    assert ActorAlias.objects.values("normalized").distinct().count() == ActorAlias.objects.count()


@pytest.mark.django_db
def test_an_actor_another_run_created_meanwhile_is_reused_not_a_failure(
    tmp_path, settings, monkeypatch
):
    """Another process commits a new speaker after this run read its actors: inserting the
    same name again fails in a savepoint, and the other process's actor is used."""
    import json

    from statements import ingest

    fixtures = tmp_path / "fixtures"
    fixtures.mkdir()
    (fixtures / "actors.json").write_text(json.dumps([{"name": "Dmitry Peskov"}]))
    (fixtures / "events.json").write_text("[]")
    settings.WARLOG_FIXTURES_DIR = fixtures
    built = ingest.ActorIndex.from_db

    def index_then_another_process_inserts():
        index = built()
        other = Actor.objects.create(name="Maria Zakharova", auto_created=True)
        ActorAlias.objects.create(actor=other, alias="Maria Zakharova")
        return index

    monkeypatch.setattr(ingest.ActorIndex, "from_db", index_then_another_process_inserts)
    article = tmp_path / "a.txt"
    article.write_text(
        "Talks stall\n\nMaria Zakharova said: “The West will not dictate terms to Moscow, "
        "whatever it hopes for.”\n"
    )
    result = ingest.ingest_paths(paths=[article])
    assert (result.files_ingested, result.rejected) == (1, [])
    (zakharova,) = Actor.objects.filter(name="Maria Zakharova")
    assert list(zakharova.statements.values_list("actor__name", flat=True)) == ["Maria Zakharova"]
