"""Syndicated articles: recognising a near-copy of an article already stored.

The same wire story reaches Warlog under several outlets: reformatted, re-wrapped, with another
headline or other furniture around it. Its statements are stored once, on the first copy that
arrived; each later copy is kept as a `Source` with `syndicated_from` set and no statements, so
its URL and outlet count as further reports of those statements.

    text -> shingles (normalised words, furniture lines dropped)
         -> MinHash signature (datasketch) -> band keys, stored in `SourceBand`
         -> candidates: stored sources sharing a band key (an indexed lookup)
         -> verified: shingle containment of the smaller text in the larger >= CONTAINMENT

The band keys are the only index: finding candidates costs the same with ten or a million
sources. The thresholds are measured in `docs/evaluation.md` ("Syndicated copies").
"""

from __future__ import annotations

import hashlib
from functools import cache, lru_cache

from .extraction import clean
from .models import Source, SourceBand, normalize_alias

SHINGLE_WORDS = 5  # a shingle is five consecutive words
NUM_PERM = 128
# The LSH bands are tuned for this Jaccard similarity (datasketch picks bands x rows that
# minimise false positives plus false negatives around it); verification then decides.
CANDIDATE_JACCARD = 0.3
# A copy: at least this share of the smaller text's shingles are in the larger one's.
CONTAINMENT = 0.5
MIN_SHINGLES = 20  # shorter texts (a headline, a stub) are never called copies
MAX_CANDIDATES = 20


def body_words(text: str) -> list[str]:
    """The article's words, normalised (case, accents, punctuation, spacing), without the
    lines extraction labels as furniture (ads, teasers, footers, share buttons)."""
    kept = [text[p.start : p.end] for p in clean.paragraphs(text) if p.label != clean.JUNK]
    return normalize_alias(" ".join(kept)).split()


def shingles(text: str) -> set[str]:
    words = body_words(text)
    return {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def containment(a: set[str], b: set[str]) -> float:
    """The share of the smaller set found in the larger (1.0: one is inside the other)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def is_copy(a: set[str], b: set[str]) -> bool:
    return min(len(a), len(b)) >= MIN_SHINGLES and containment(a, b) >= CONTAINMENT


# The LSH bands x rows that datasketch's `MinHashLSH(threshold=CANDIDATE_JACCARD,
# num_perm=NUM_PERM)` chooses (it integrates false-positive and false-negative rates with
# scipy, ~0.5 s of imports a run would pay for two numbers; a test checks they agree).
BANDS, ROWS = 37, 3


@cache
def _permutations():
    """The affine permutations (a odd, b) of datasketch 2.0's default MinHash scheme
    ("affine32") for seed 1, drawn as it draws them."""
    import numpy as np

    generator = np.random.RandomState(1)
    a = generator.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _minhash(shingle_set):
    """The MinHash signature of `shingle_set` as datasketch 2.0's `MinHash(num_perm=NUM_PERM,
    seed=1).update_batch(...)` computes it (SHA-1's first 32 bits of each shingle, mixed by
    MurmurHash3's finalizer, then h * a + b modulo 2^32, the least of each), as uint32
    bytes. Written out so ingestion needs numpy only (a test compares it with datasketch)."""
    import numpy as np

    a, b = _permutations()
    hashed = np.array(
        [
            int.from_bytes(hashlib.sha1(s.encode("utf-8")).digest()[:4], "little")
            for s in sorted(shingle_set)
        ],
        dtype=np.uint32,
    ).reshape(-1, 1)
    hashed ^= hashed >> np.uint32(16)
    hashed *= np.uint32(0x85EBCA6B)
    hashed ^= hashed >> np.uint32(13)
    hashed *= np.uint32(0xC2B2AE35)
    hashed ^= hashed >> np.uint32(16)
    return (hashed * a + b).min(axis=0).astype(np.uint32)


def band_keys(shingle_set: set[str] | frozenset[str]) -> list[int]:
    """The signed 64-bit keys of the MinHash signature's bands (empty for a short text)."""
    if len(shingle_set) < MIN_SHINGLES:
        return []
    signature = _minhash(shingle_set)
    keys = []
    for band in range(BANDS):
        chunk = signature[band * ROWS : (band + 1) * ROWS]
        digest = hashlib.blake2b(band.to_bytes(2, "big") + chunk.tobytes(), digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return keys


@lru_cache(maxsize=4)
def _signature(text: str) -> tuple[frozenset[str], tuple[int, ...]]:
    """The shingles and band keys of an article being ingested: `find_original` and then
    `remember` ask for the same text's, one after the other (a MinHash of every shingle)."""
    own = frozenset(shingles(text))
    return own, tuple(band_keys(own))


def find_original(text: str, *, exclude: Source | None = None) -> Source | None:
    """The stored article (not itself a copy, nor `exclude`) that `text` is a near-copy of,
    or None."""
    own, keys = _signature(text)
    if not keys:
        return None
    # The band lookup first, on its own: an index lookup by key, which finds nothing for
    # most articles (originals). As a join or a semi-join, PostgreSQL could walk every
    # source (or every band) in id order to merge them (50 ms at 50,000 sources).
    sharing = set(SourceBand.objects.filter(key__in=keys).values_list("source_id", flat=True))
    if not sharing:
        return None
    candidates = (
        Source.objects.filter(pk__in=sharing, syndicated_from__isnull=True)
        .exclude(pk=exclude.pk if exclude is not None else None)
        .order_by("pk")
        .only("pk", "text")[:MAX_CANDIDATES]
    )
    best, best_score = None, 0.0
    for candidate in candidates:
        theirs = shingles(candidate.text)
        if is_copy(own, theirs):
            score = containment(own, theirs)
            if score > best_score:
                best, best_score = candidate, score
    return best


def remember(source: Source, *, new: bool = False) -> None:
    """Store the band keys of `source` (an original) so later copies find it; a `new` source
    has none stored yet."""
    if not new:
        SourceBand.objects.filter(source=source).delete()
    keys = set(_signature(source.text)[1])
    SourceBand.objects.bulk_create(SourceBand(source=source, key=key) for key in keys)
