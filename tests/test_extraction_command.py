"""`manage.py extract`: JSON and text output, clear errors, no database."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

ARTICLE = (
    "Kyiv, March 3, 2024\n\n"
    "“We will not trade land for peace,” Zelensky said in a video address.\n\n"
    "Peskov told reporters that the Kremlin saw no basis for talks.\n"
)


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_json_output_has_one_object_per_file_with_true_offsets(article):
    out = StringIO()
    call_command("extract", str(article), str(article), "--format", "json", stdout=out)
    data = json.loads(out.getvalue())
    assert [d["file"] for d in data] == [str(article)] * 2
    first = data[0]
    assert first["published"] == "2024-03-03"
    assert first["published_precision"] == "day"
    assert first["warnings"] == []
    statements = first["statements"]
    assert [(s["speaker"], s["kind"]) for s in statements] == [
        ("Volodymyr Zelensky", "direct"),
        ("Dmitry Peskov", "indirect"),
    ]
    for s in statements:
        assert ARTICLE[s["start"] : s["end"]] == s["text"]
        assert set(s) == {
            "speaker",
            "speaker_mention",
            "kind",
            "text",
            "start",
            "end",
            "said_on",
            "said_on_precision",
            "said_on_evidence",
            "via",
            "events",
        }
    assert statements[0]["said_on"] == "2024-03-03"


def test_text_output_is_readable(article):
    out = StringIO()
    call_command("extract", str(article), "--format", "text", stdout=out)
    text = out.getvalue()
    assert "published: 2024-03-03 (day)" in text
    assert "Dmitry Peskov [indirect]" in text
    assert "the Kremlin saw no basis for talks" in text


def test_missing_file_is_a_command_error_naming_it(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(CommandError, match="nope.txt"):
        call_command("extract", str(missing), stdout=StringIO())


def test_non_utf8_file_is_a_command_error_naming_it(tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Zelensky said “déjà vu”.".encode("latin-1", "replace") + b"\xff")
    with pytest.raises(CommandError, match="latin1.txt.*UTF-8"):
        call_command("extract", str(bad), stdout=StringIO())


def test_seed_articles_extract_with_the_project_gazetteer(settings):
    out = StringIO()
    seeds = sorted((settings.WARLOG_FIXTURES_DIR / "articles").glob("*.txt"))
    call_command("extract", *map(str, seeds), stdout=out)
    data = json.loads(out.getvalue())
    assert len(data) == len(seeds) == 5
    conflicted = [d for d in data if d["warnings"]]
    assert len(conflicted) == 1 and conflicted[0]["published"] == "2022-03-25"
    assert all(len(d["statements"]) >= 9 for d in data)
