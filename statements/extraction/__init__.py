"""Statement extraction: raw news text in, dataclasses out. No Django imports here.

    from statements.extraction import extract, Gazetteer
    result = extract(text, gazetteer=gazetteer)          # -> ArticleExtraction

`published` (a date from a sidecar or header the caller trusts) overrides inference.
"""

from .pipeline import EXTRACTOR_VERSION, extract, extract_document
from .results import ActorEntry, ArticleExtraction, EventEntry, ExtractedStatement, Gazetteer

__all__ = [
    "EXTRACTOR_VERSION",
    "ActorEntry",
    "ArticleExtraction",
    "EventEntry",
    "ExtractedStatement",
    "Gazetteer",
    "extract",
    "extract_document",
]
