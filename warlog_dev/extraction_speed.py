"""Extraction speed: `python -m warlog_dev.extraction_speed [SIZE ...]` (sizes in bytes).

Throughput on the ordinary articles of the development corpus and the seeds, then the time one
article of each SIZE takes (the corpus repeated to that length), as CPU time of this process so
that a busy machine does not distort the ratio between sizes.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(sizes: list[int]) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "warlog.settings")
    import django

    django.setup()
    from statements.extraction import extract
    from statements.gazetteer import gazetteer_from_fixtures

    gazetteer = gazetteer_from_fixtures()
    paths = sorted((ROOT / "tests/data/dev_articles").glob("*.txt"))
    paths += sorted((ROOT / "fixtures/articles").glob("*.txt"))
    articles = [p.read_text("utf-8") for p in paths]
    for text in articles:  # warm up: caches, dateparser's lazy set-up
        extract(text, gazetteer=gazetteer)
    start, count = time.process_time(), 0
    for _ in range(3):
        for text in articles:
            extract(text, gazetteer=gazetteer)
            count += 1
    spent = time.process_time() - start
    mean = sum(map(len, articles)) / len(articles)
    print(f"{count / spent:.1f} articles per CPU-second ({count} articles of {mean:.0f} chars)")
    corpus = "\n\n".join(articles)
    for size in sizes:
        text = (corpus * (size // len(corpus) + 1))[:size]
        start = time.process_time()
        found = extract(text, gazetteer=gazetteer).statements
        print(
            f"{size / 1e6:.2f} MB: {time.process_time() - start:.2f} CPU-s, {len(found)} statements"
        )


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [200_000, 800_000, 5_000_000])
