"""Near-copy detection measured on the real articles (docs/evaluation.md, "Syndicated copies")."""

from pathlib import Path

from statements import syndication
from warlog_dev.syndication_evaluation import measure

ROOT = Path(__file__).parent.parent
ARTICLES = sorted((ROOT / "tests" / "data" / "dev_articles").glob("*.txt")) + sorted(
    (ROOT / "fixtures" / "articles").glob("*.txt")
)


def test_copies_are_found_and_different_articles_are_not():
    scores = measure(ARTICLES)
    assert scores.articles == 51
    for kind, values in scores.copies.items():
        assert min(values) >= syndication.CONTAINMENT, kind
    assert scores.found_by_bands == scores.copies_total == 4 * 51
    assert max(scores.negatives) < syndication.CONTAINMENT
    assert len(scores.negatives) == 51 * 50 // 2


def test_a_headline_or_a_stub_is_never_called_a_copy():
    line = "Kremlin says the talks with Ukraine are frozen for now and will not resume soon"
    assert syndication.band_keys(syndication.shingles(line)) == []
    assert syndication.is_copy(syndication.shingles(line), syndication.shingles(line)) is False
