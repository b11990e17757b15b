"""The check set stays scorable: its tuning half (tests/data/check_articles) and its held-out
half (tests/data/holdout_articles), gold beside each (see check_articles/README.md); so does
set D (tests/data/setd_articles, see its README).

Accuracy floors are in test_extraction_gold.py (the held-out half's too since extractor 2.3,
which was tuned on it: see holdout_articles/README.md); here only that every gold file still locates in its article, that each
half keeps its size, and that each excerpt and sidecar follows the corpus conventions (at most
3,000 characters; url and outlet; an ISO `published` only where the page states one).
"""

from __future__ import annotations

import datetime as dt
import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

DATA = Path(__file__).resolve().parent / "data"
HALVES = {
    # name: (files, required, optional, traps)
    "check": (21, 109, 29, 19),
    "holdout": (20, 89, 31, 26),
    # set D (tests/data/setd_articles): 22 more real articles, see its README
    "setd": (22, 92, 26, 9),
    # set F (tests/data/setf_articles): 30 more real articles, see its README
    "setf": (30, 179, 59, 13),
}


@pytest.mark.parametrize("half", sorted(HALVES))
def test_every_gold_file_scores_against_its_article(half, tmp_path):
    report = tmp_path / "report.json"
    articles, gold = DATA / f"{half}_articles", DATA / f"{half}_gold"
    call_command("evaluate", str(gold), str(articles), "--json", str(report), stdout=StringIO())
    total = json.loads(report.read_text("utf-8"))["total"]
    counts = (total["files"], total["required"], total["optional"], total["traps"])
    assert counts == HALVES[half]


@pytest.mark.parametrize("half", sorted(HALVES))
def test_excerpts_and_sidecars_follow_the_corpus_conventions(half):
    articles, gold = DATA / f"{half}_articles", DATA / f"{half}_gold"
    texts = sorted(articles.glob("*.txt"))
    assert [t.stem for t in texts] == sorted(g.stem for g in gold.glob("*.json"))
    for text in texts:
        assert len(text.read_text("utf-8")) <= 3000, text.name
        sidecar = json.loads(text.with_suffix(".json").read_text("utf-8"))
        assert set(sidecar) <= {"url", "outlet", "title", "published"}, text.name
        assert sidecar["url"].startswith("http") and sidecar["outlet"], text.name
        if "published" in sidecar:
            dt.date.fromisoformat(sidecar["published"])
