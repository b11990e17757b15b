"""`manage.py extract FILE... --format json|text`: statements found in article files, no database."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from statements.documents import DocumentError, read_document
from statements.extraction import Gazetteer, extract_document
from statements.gazetteer import gazetteer_from_fixtures

logger = logging.getLogger(__name__)

STATEMENT_FIELDS = (
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
)


def article_json(path: Path, *, gazetteer: Gazetteer) -> dict:
    """What extraction finds in one file, read exactly as `ingest` reads it (encodings, BOM,
    saved HTML pages, the sidecar's metadata). Raises `DocumentError` for a file that cannot
    be read; a sidecar that cannot be used is left out with a warning naming why (the text's
    statements are not lost to a bad metadata field)."""
    sidecar_problems: list[str] = []
    document = read_document(path, sidecar_problems=sidecar_problems)
    for problem in sidecar_problems:
        logger.warning("%s: %s", path, problem)
    result = extract_document(document, gazetteer=gazetteer).to_json()
    return {
        "file": str(path),
        "url": document.url,
        "outlet": document.outlet,
        "title": document.title or result["title"],
        "published": result["published"],
        "published_precision": result["published_precision"],
        "published_evidence": result["published_evidence"],
        "warnings": sidecar_problems + result["warnings"],
        "statements": [{k: s[k] for k in STATEMENT_FIELDS} for s in result["statements"]],
    }


def unreadable_json(path: Path, reason: str) -> dict:
    """A file that could not be read: the same keys as a read one (so a consumer iterating the
    statements finds none), plus the reason."""
    return {
        "file": str(path),
        "error": reason,
        "url": "",
        "outlet": "",
        "title": "",
        "published": None,
        "published_precision": "unknown",
        "published_evidence": "",
        "warnings": [reason],
        "statements": [],
    }


def as_text(article: dict) -> str:
    lines = [
        f"== {article['file']}",
        f"published: {article['published'] or 'unknown'} ({article['published_precision']})"
        + (f" — {article['published_evidence']}" if article["published_evidence"] else ""),
    ]
    lines += [f"warning: {w}" for w in article["warnings"]]
    lines.append(f"{len(article['statements'])} statement(s)")
    for n, s in enumerate(article["statements"], 1):
        said = s["said_on"] or "date unknown"
        speaker = s["speaker"] or "(unknown speaker)"
        lines.append(f"{n:>3}. {speaker} [{s['kind']}], {said} ({s['said_on_precision']})")
        lines.append(f"     named as: {s['speaker_mention']}")
        if s["via"]:
            lines.append(f"     via: {s['via']}")
        if s["events"]:
            lines.append(f"     events: {', '.join(s['events'])}")
        lines.append(f"     “{s['text']}”  [{s['start']}:{s['end']}]")
    return "\n".join(lines)


class Command(BaseCommand):
    help = "Print the statements extracted from article text files (no database needed)."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
        parser.add_argument("--format", choices=("json", "text"), default="json")

    def handle(self, *args, files, format, **options):
        gazetteer = gazetteer_from_fixtures()
        articles, failed = [], []
        for path in files:
            try:
                articles.append(article_json(path, gazetteer=gazetteer))
            except DocumentError as exc:
                # One unreadable file does not cost the others their output: it is listed
                # with its reason, and the command fails after printing the rest.
                articles.append(unreadable_json(path, exc.reason))
                failed.append(str(exc))
            except Exception as exc:
                # A fault of the extractor's on one file (logged with its traceback) is
                # treated the same way: the other files' statements are still printed.
                logger.exception("extraction failed on %s", path)
                articles.append(unreadable_json(path, f"extraction failed ({exc!r})"))
                failed.append(f"{path}: extraction failed ({exc!r})")
        if format == "json":
            self.stdout.write(json.dumps(articles, ensure_ascii=False, indent=2))
        else:
            self.stdout.write(
                "\n\n".join(
                    f"== {a['file']}\nerror: {a['error']}" if "error" in a else as_text(a)
                    for a in articles
                )
            )
        if failed:
            raise CommandError("could not read or extract " + "; ".join(failed))
