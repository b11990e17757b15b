"""Score the extractor against hand annotations: `manage.py evaluate GOLD_DIR TEXT_DIR`."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from statements.documents import DocumentError, read_document
from statements.extraction import EXTRACTOR_VERSION, extract_document
from statements.gazetteer import gazetteer_from_fixtures
from warlog_dev.evaluation import GoldError, SpeakerMatcher, evaluate_files, pair_files, report_json
from warlog_dev.evaluation import report as build_report


class Command(BaseCommand):
    help = (
        "Run extraction on each article of TEXT_DIR that a gold file of GOLD_DIR annotates and "
        "report precision, recall, F1, speaker and date accuracy, trap hits and publication "
        "dates, per file and in total. Needs no database."
    )
    requires_system_checks: list[str] = []

    def add_arguments(self, parser):
        parser.add_argument("gold_dir", type=Path, help="Directory of gold *.json files.")
        parser.add_argument("text_dir", type=Path, help="Directory of the annotated articles.")
        parser.add_argument(
            "--verbose",
            action="store_true",
            help="List misses, false statements, wrong speakers, wrong dates and trap hits.",
        )
        parser.add_argument(
            "--published-from-gold",
            action="store_true",
            help=(
                "Give each article its gold publication date as a sidecar would (as the held-out "
                "set is scored); a sidecar's own date is replaced."
            ),
        )
        parser.add_argument(
            "--json", dest="json_path", type=Path, help="Also write the full report as JSON."
        )

    def handle(
        self,
        *args,
        gold_dir: Path,
        text_dir: Path,
        verbose: bool,
        json_path,
        published_from_gold: bool,
        **options,
    ):
        for directory in (gold_dir, text_dir):
            if not directory.is_dir():
                raise CommandError(f"{directory} is not a directory")
        gazetteer = gazetteer_from_fixtures()
        try:
            scores = evaluate_files(
                pair_files(gold_dir, text_dir),
                read=read_document,  # as `ingest` and `extract` read: sidecar metadata included
                extract=lambda document: extract_document(document, gazetteer=gazetteer),
                speakers=SpeakerMatcher.from_gazetteer(gazetteer),
                published_from_gold=published_from_gold,
            )
        except (GoldError, DocumentError) as exc:
            raise CommandError(str(exc)) from exc
        if json_path:
            payload = report_json(scores, extractor=EXTRACTOR_VERSION)
            json_path.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", "utf-8")
        self.stdout.write(
            "\n".join(build_report(scores, verbose=verbose, extractor=EXTRACTOR_VERSION))
        )
