"""`manage.py extract`: JSON and text output, clear errors, no database."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from statements.documents import DocumentError, read_document

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


def test_binary_file_is_a_command_error_naming_it(tmp_path):
    bad = tmp_path / "binary.txt"
    bad.write_bytes(b"Zelensky said\x00\x01\x02 nothing.")
    with pytest.raises(CommandError, match="binary.txt.*binary"):
        call_command("extract", str(bad), stdout=StringIO())


def extracted(path):
    out = StringIO()
    call_command("extract", str(path), stdout=out)
    return json.loads(out.getvalue())[0]


def test_reads_files_as_ingest_does_bom_and_cp1252(tmp_path, article):
    plain = extracted(article)
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    western = tmp_path / "western.txt"
    western.write_bytes(ARTICLE.replace("reporters", "reporters at Café Müller").encode("cp1252"))

    assert extracted(bom)["statements"] == plain["statements"]  # offsets not shifted by the BOM
    assert [s["speaker"] for s in extracted(western)["statements"]] == [
        "Volodymyr Zelensky",
        "Dmitry Peskov",
    ]


def test_a_saved_html_page_is_read_through_its_main_text(tmp_path):
    page = tmp_path / "page.html"
    paragraphs = "".join(f"<p>{line}</p>" for line in ARTICLE.split("\n\n"))
    page.write_text(
        f"<html><head><title>Talks</title></head><body><nav>Home | World</nav>"
        f"<article>{paragraphs}</article><footer>All rights reserved</footer></body></html>",
        "utf-8",
    )
    speakers = [s["speaker"] for s in extracted(page)["statements"]]
    assert speakers == ["Volodymyr Zelensky", "Dmitry Peskov"]


def test_the_sidecar_dates_the_article_and_its_relative_dates(tmp_path):
    path = tmp_path / "rel.txt"
    path.write_text("Peskov told reporters on Friday that the Kremlin saw no basis.\n", "utf-8")
    (tmp_path / "rel.json").write_text(
        json.dumps({"published": "2024-03-03", "outlet": "Example News"}), "utf-8"
    )
    result = extracted(path)
    assert (result["published"], result["outlet"]) == ("2024-03-03", "Example News")
    assert result["published_evidence"] == "sidecar rel.json"
    assert [s["said_on"] for s in result["statements"]] == ["2024-03-01"]


def test_a_sidecar_that_cannot_be_used_is_left_out_with_a_warning_naming_why(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("Peskov told reporters on Friday that the Kremlin saw no basis.\n", "utf-8")
    (tmp_path / "bad.json").write_text(json.dumps({"published": "n/a"}), "utf-8")
    result = extracted(path)
    assert result["published"] is None
    assert result["warnings"][0] == (
        "sidecar bad.json: published 'n/a' is not a date (write YYYY-MM-DD, or YYYY-MM / YYYY "
        "when only that is known); the sidecar was left out"
    )
    assert [s["speaker"] for s in result["statements"]] == ["Dmitry Peskov"]


def test_ingest_still_refuses_a_sidecar_that_cannot_be_used(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("Peskov told reporters on Friday that the Kremlin saw no basis.\n", "utf-8")
    (tmp_path / "bad.json").write_text(json.dumps({"published": "n/a"}), "utf-8")
    with pytest.raises(DocumentError) as refused:
        read_document(path)
    assert refused.value.reason.startswith("sidecar bad.json: published 'n/a' is not a date")


def test_seed_articles_extract_with_the_project_gazetteer(settings):
    out = StringIO()
    seeds = sorted((settings.WARLOG_FIXTURES_DIR / "articles").glob("*.txt"))
    call_command("extract", *map(str, seeds), stdout=out)
    data = json.loads(out.getvalue())
    assert len(data) == len(seeds) == 5
    conflicted = [d for d in data if d["warnings"]]
    assert len(conflicted) == 1 and conflicted[0]["published"] == "2022-03-25"
    assert all(len(d["statements"]) >= 9 for d in data)


def test_one_unreadable_file_fails_the_command_after_the_others_are_printed(tmp_path, article):
    bad = tmp_path / "binary.txt"
    bad.write_bytes(b"Zelensky said\x00\x01\x02 nothing.")
    out = StringIO()
    with pytest.raises(CommandError, match="binary.txt.*binary"):
        call_command("extract", str(article), str(bad), str(article), stdout=out)
    data = json.loads(out.getvalue())
    assert [d["file"] for d in data] == [str(article), str(bad), str(article)]
    assert len(data[0]["statements"]) == len(data[2]["statements"]) == 2
    assert "binary" in data[1]["error"]
    assert (data[1]["statements"], data[1]["published"]) == ([], None)
    assert set(data[1]) == set(data[0]) | {"error"}


def test_a_fault_extracting_one_file_costs_only_that_file(tmp_path, article, monkeypatch):
    from statements.management.commands import extract as command

    real = command.extract_document

    def faulty(document, *, gazetteer):  # a fault injected: no known input causes one
        if "second" in document.text:
            raise IndexError("string index out of range")
        return real(document, gazetteer=gazetteer)

    monkeypatch.setattr(command, "extract_document", faulty)
    second = tmp_path / "b.txt"
    second.write_text("Peskov said the second round would start soon.\n", encoding="utf-8")
    out = StringIO()
    with pytest.raises(CommandError, match="b.txt: extraction failed .IndexError"):
        call_command("extract", str(article), str(second), stdout=out)
    data = json.loads(out.getvalue())
    assert [len(d["statements"]) for d in data] == [2, 0]
    assert data[1]["error"] == "extraction failed (IndexError('string index out of range'))"


def test_a_sidecar_giving_only_the_month_dates_undated_statements_by_that_month(tmp_path):
    path = tmp_path / "month.txt"
    path.write_text(
        "Peskov told reporters on Friday that the Kremlin saw no basis for talks.\n\n"
        "“Nothing has changed,” Zelensky said.\n",
        "utf-8",
    )
    (tmp_path / "month.json").write_text(json.dumps({"published": "2023-08"}), "utf-8")
    result = extracted(path)
    assert (result["published"], result["published_precision"]) == ("2023-08-01", "month")
    assert [(s["speaker"], s["said_on"], s["said_on_precision"]) for s in result["statements"]] == [
        ("Dmitry Peskov", "2023-08-01", "month"),  # which Friday of August is not known
        ("Volodymyr Zelensky", "2023-08-01", "month"),
    ]
