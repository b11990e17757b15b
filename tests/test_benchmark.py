"""The benchmark command on a small synthetic corpus: the report's shape and its numbers.

No timing thresholds here (timings belong in docs/performance.md, not in a pass/fail test).
"""

import hashlib
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from statements.models import Source, Statement
from warlog_dev.benchmarking import deep_page, make_article_copies, timeline_cases
from warlog_dev.synthetic import generate_corpus


@pytest.fixture
def small_corpus(db):
    return generate_corpus(statements=600, seed=5)


def test_cases_cover_the_filter_combinations(small_corpus):
    names = [case.name for case in timeline_cases()]
    assert names == ["none", "actor", "affiliation+dates", "event", "q", "combination"]


def test_deep_page_is_inside_the_result_and_capped():
    assert deep_page(1000, 50) == 16
    assert deep_page(3, 50) == 1
    assert deep_page(0, 50) == 1
    assert deep_page(10_000_000, 50) == 1000
    assert deep_page(10_000_000, 50, limit=10_000) == 160


def test_article_copies_differ(tmp_path):
    paths = make_article_copies(tmp_path, 12)
    digests = {hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}
    assert len(paths) == len(digests) == 12


def test_benchmark_writes_the_report(small_corpus, tmp_path):
    target = tmp_path / "bench.json"
    out = StringIO()
    sources_before = Source.objects.count()
    call_command(
        "benchmark",
        "--repeat",
        "2",
        "--ingest-files",
        "5",
        "--no-csv-memory",
        "--json",
        str(target),
        stdout=out,
    )
    report = json.loads(target.read_text())
    assert "timeline" in out.getvalue() and "csv" in out.getvalue()
    assert report["database"]["statements"] == 600

    assert [row["case"] for row in report["timeline"]][0] == "none"
    for row in report["timeline"]:
        for page in ("first", "deep"):
            assert row[page]["p50_ms"] > 0 and row[page]["p95_ms"] >= row[page]["p50_ms"]
            assert row[page]["queries"] >= 1 and row[page]["samples"] == 2
    assert report["admin"]["p95_ms"] > 0

    visible = Statement.objects.visible().count()
    by_case = {row["case"]: row for row in report["csv"]}
    assert by_case["all"]["django"]["available"], by_case["all"]["django"]
    assert by_case["all"]["django"]["rows"] == visible
    assert by_case["all"]["django"]["rows_per_s"] > 0
    if connection.vendor == "postgresql":
        assert by_case["all"]["copy"]["rows"] == visible
        assert by_case["all"]["ratio"] > 0
        assert by_case["actor"]["copy"]["rows"] == by_case["actor"]["django"]["rows"] > 0
        assert {row["case"] for row in report["explain"]} == {r["case"] for r in report["timeline"]}
    else:
        assert "skipped" in by_case["all"]["copy"]

    assert report["ingest"]["available"] is True
    assert report["ingest"]["articles_per_s"] > 0
    assert report["ingest"]["sources_created"] == 5
    assert Source.objects.count() == sources_before  # the ingestion was rolled back


def test_benchmark_refuses_bad_arguments(db):
    with pytest.raises(CommandError, match="--repeat"):
        call_command("benchmark", "--repeat", "0", stdout=StringIO())
