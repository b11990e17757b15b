"""Several `db_worker` processes on one PostgreSQL queue: every job runs once."""

import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django_tasks_db.models import DBTaskResult

from statements.models import Source
from statements.tasks import ingest_url_task
from tests.conftest import article_html

ROOT = Path(__file__).resolve().parent.parent
URLS = 200


def worker_env() -> dict[str, str]:
    """The environment of a worker process pointed at the test database."""
    db = connection.settings_dict
    user = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    url = f"postgres://{user}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DATABASE_URL=url,
        WARLOG_FETCH_ALLOW_PRIVATE="1",
        WARLOG_FETCH_HOST_INTERVAL="0",
        DJANGO_DEBUG="1",
    )
    return env


def start_worker(n: int) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "manage.py",
            "db_worker",
            "--batch",
            "--no-reload",
            "--no-startup-delay",
            "--interval",
            "0",
            "--worker-id",
            f"test-worker-{n}",
        ],
        cwd=ROOT,
        env=worker_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="SKIP LOCKED across processes")
# Real commits (the workers are other processes). Not serialized_rollback: restoring the
# serialized contents after a flush that re-created content types fails on their unique key,
# and pytest-django runs transactional tests last, this file's last of all.
@pytest.mark.django_db(transaction=True)
def test_two_workers_ingest_200_queued_urls_each_fetched_once(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    for n in range(URLS):
        httpserver.expect_request(f"/news/{n}.html").respond_with_data(
            article_html(title=f"Article {n}", marker=f"brigade number {n}"),
            content_type="text/html",
        )
    call_command("load_gazetteer", stdout=StringIO())  # as a deployment does before workers start
    for n in range(URLS):
        ingest_url_task.enqueue(url=httpserver.url_for(f"/news/{n}.html"))

    workers = [start_worker(n) for n in range(2)]
    outputs = [w.communicate(timeout=600)[0] for w in workers]
    assert [w.returncode for w in workers] == [0, 0], outputs

    results = [r.task_result for r in DBTaskResult.objects.all()]
    assert [e.traceback for r in results for e in r.errors] == []
    assert [r.return_value for r in results if r.return_value["status"] != "ingested"] == []
    assert Source.objects.count() == URLS
    fetched = [r.path for r, _ in httpserver.log if r.path.startswith("/news/")]
    assert len(fetched) == URLS and len(set(fetched)) == URLS  # each URL fetched exactly once
    statuses = set(DBTaskResult.objects.values_list("status", flat=True))
    assert statuses == {"SUCCESSFUL"}
    # Both workers took jobs: the queue was shared, not drained by one.
    by_worker = {
        worker_id
        for ids in DBTaskResult.objects.values_list("worker_ids", flat=True)
        for worker_id in ids
    }
    assert by_worker == {"test-worker-0", "test-worker-1"}
