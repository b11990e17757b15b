"""Floors on the hand-annotated sets: the seeds as received, the seeds hard-wrapped as wire copy
is, and the real development corpus. A regression below a floor fails here, never skips."""

from __future__ import annotations

import json
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def evaluate(gold_dir: Path, text_dir: Path, tmp_path: Path, *options: str) -> dict:
    report = tmp_path / "report.json"
    call_command(
        "evaluate", str(gold_dir), str(text_dir), "--json", str(report), *options, stdout=StringIO()
    )
    return json.loads(report.read_text("utf-8"))["total"]


@pytest.fixture(scope="module")
def shared() -> Path:
    assert (SHARED / "gold").is_dir(), f"{SHARED} (../shared beside the checkout) is missing"
    return SHARED


def test_seeds_as_received(shared, tmp_path):
    total = evaluate(shared / "gold", REPO / "fixtures" / "articles", tmp_path)
    assert (total["required"], total["files"], total["traps"]) == (65, 5, 13)
    assert total["f1"] >= 0.97
    assert total["speaker_accuracy"] >= 0.97
    assert total["date_accuracy"] >= 0.95
    assert total["trap_hits"] == 0


@pytest.mark.parametrize("width", [72, 80])
def test_seeds_hard_wrapped(shared, tmp_path, width):
    out = tmp_path / "wrapped"
    subprocess.run(
        [sys.executable, str(shared / "tools" / "rewrap.py"), str(shared / "gold"),
         str(shared / "seeds"), str(out), str(width)],
        check=True, capture_output=True,
    )  # fmt: skip
    total = evaluate(out / "gold", out / "text", tmp_path)
    assert total["required"] == 65
    assert total["f1"] >= 0.95
    assert total["speaker_accuracy"] >= 0.95
    assert total["trap_hits"] <= 1


DEV = (REPO / "tests" / "data" / "dev_gold", REPO / "tests" / "data" / "dev_articles")


def test_real_development_corpus(tmp_path):
    """Real articles from other outlets and formats (tests/data/dev_articles, with gold).
    Measured with extractor 1.9 (recall and dates of 1.8-recall with the speaker work of 1.8):
    see the figures in the docstring of the date test below."""
    total = evaluate(*DEV, tmp_path)
    assert total["files"] >= 40
    assert total["precision"] >= 0.97
    assert total["recall"] >= 0.94
    assert total["f1"] >= 0.95
    assert total["speaker_accuracy"] >= 0.94
    assert total["trap_hits"] <= 2


def test_real_development_corpus_with_publication_dates_given(tmp_path):
    """As the held-out set is scored: each article's date in its sidecar (`--published-from-
    gold`). Measured with extractor 1.9: date 0.89 (1.7: 0.88 on fewer statements found)."""
    total = evaluate(*DEV, tmp_path, "--published-from-gold")
    assert total["published_right"] >= total["files"] - 1
    assert total["date_accuracy"] >= 0.86


CHECK = (REPO / "tests" / "data" / "check_gold", REPO / "tests" / "data" / "check_articles")


def test_check_set_speakers(tmp_path):
    """The tuning set from outlets the dev corpus does not cover (tests/data/check_articles),
    scored as the held-out set is. Extractor 1.9: speaker 0.82, P 0.96, traps 1; 2.0: speaker
    0.89 with the statements the recall rules now find (P 0.99, R 0.96, F1 0.98, traps 0; the
    speakers left need gazetteer entries or knowledge the text does not give)."""
    total = evaluate(*CHECK, tmp_path, "--published-from-gold")
    assert total["files"] == 21
    assert total["precision"] >= 0.95
    assert total["speaker_accuracy"] >= 0.87
    assert total["recall"] >= 0.94
    assert total["trap_hits"] <= 1


SET_D = (REPO / "tests" / "data" / "setd_gold", REPO / "tests" / "data" / "setd_articles")


def test_set_d_speakers(tmp_path):
    """Set D (tests/data/setd_articles, see its README): 22 real articles from outlets no other
    set uses, annotated before the extractor ran on them. Unseen, extractor 2.0 scored P 0.91,
    R 0.87, F1 0.89, speaker 0.84 (dates from gold); 2.1, with the speaker families found in
    it, speaker 0.95 (the speakers left need knowledge the text does not give); 2.3, with the
    recall and precision families found in it, P 0.97, R 0.96, F1 0.96, traps 0/9."""
    total = evaluate(*SET_D, tmp_path, "--published-from-gold")
    assert total["files"] == 22
    assert total["precision"] >= 0.95
    assert total["recall"] >= 0.94
    assert total["f1"] >= 0.94
    assert total["speaker_accuracy"] >= 0.93
    assert total["trap_hits"] == 0


SET_F = (REPO / "tests" / "data" / "setf_gold", REPO / "tests" / "data" / "setf_articles")


def test_set_f_speakers(tmp_path):
    """Set F (tests/data/setf_articles, see its README): 30 real articles annotated before the
    extractor ran on them. Unseen, extractor 2.4 scored P 0.96, R 0.74, F1 0.84, speaker 0.82,
    date 0.65 (dates from gold); 2.5, with the families found in it (bulleted claim lists, speeches
    printed as delivered, quotations closed by a bare name, speaker name forms), P 0.97, R 0.91,
    F1 0.94, speaker 0.91, date 0.62 (as many dates right as before, of more statements found).
    2.7 (round 5's recall, speaker and gazetteer work): P 0.99, R 0.98, F1 0.99, speaker 0.99,
    date 0.67 (a month-only header dates its page's statements)."""
    total = evaluate(*SET_F, tmp_path, "--published-from-gold")
    assert total["files"] == 30
    assert total["precision"] >= 0.97
    assert total["recall"] >= 0.96
    assert total["f1"] >= 0.97
    assert total["speaker_accuracy"] >= 0.97
    assert total["date_accuracy"] >= 0.64
    assert total["trap_hits"] == 0


HOLDOUT = (REPO / "tests" / "data" / "holdout_gold", REPO / "tests" / "data" / "holdout_articles")


def test_former_held_out_set_speakers(tmp_path):
    """The check set's held-out half (tests/data/holdout_articles), held out through extractor
    2.2 (P 0.97, R 0.85, F1 0.91, speaker 0.82, date 0.93, traps 0/26) and tuned on from 2.3:
    speaker 0.96 (74 of 77), R 0.87, F1 0.92, date 0.96, no trap; 2.7: P 0.99, R 1.00, F1 0.99,
    speaker 0.99."""
    total = evaluate(*HOLDOUT, tmp_path, "--published-from-gold")
    assert total["files"] == 20
    assert total["precision"] >= 0.97
    assert total["recall"] >= 0.97
    assert total["f1"] >= 0.97
    assert total["speaker_accuracy"] >= 0.97
    assert total["date_accuracy"] >= 0.95
    assert total["trap_hits"] == 0
