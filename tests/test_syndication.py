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


def test_the_signature_and_bands_are_datasketchs():
    """Ingestion computes MinHash itself (numpy only): the same signature as datasketch's
    `MinHash(num_perm=128, seed=1)` and the same bands as its `MinHashLSH`, so the band keys
    stored before stay valid."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=syndication.CANDIDATE_JACCARD, num_perm=syndication.NUM_PERM)
    assert (lsh.b, lsh.r) == (syndication.BANDS, syndication.ROWS)
    for path in ARTICLES[:10]:
        shingles = syndication.shingles(path.read_text(encoding="utf-8"))
        expected = MinHash(num_perm=syndication.NUM_PERM, seed=1)
        expected.update_batch([s.encode("utf-8") for s in sorted(shingles)])
        assert syndication._minhash(shingles).tolist() == expected.hashvalues.tolist(), path.name
