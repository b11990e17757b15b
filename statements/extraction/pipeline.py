"""The extraction pipeline (stub: the extraction issue fills it in)."""

from __future__ import annotations

import datetime as dt
import re

from .results import ArticleExtraction, ExtractedStatement, Gazetteer

EXTRACTOR_VERSION = "0.0-stub"

_QUOTE = re.compile(r"“([^”]{10,})”")


def extract(
    text: str,
    *,
    gazetteer: Gazetteer,
    published: dt.date | None = None,
) -> ArticleExtraction:
    """Find the statements in one article's text."""
    statements = [
        ExtractedStatement(
            speaker=None,
            speaker_mention="",
            kind="direct",
            text=m.group(1),
            start=m.start(1),
            end=m.end(1),
        )
        for m in _QUOTE.finditer(text)
    ]
    return ArticleExtraction(
        published=published,
        published_precision="day" if published else "unknown",
        statements=statements,
    )
