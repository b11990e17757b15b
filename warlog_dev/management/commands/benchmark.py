"""Measure the timeline, the admin changelist, the CSV export and ingestion on this database."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from warlog_dev.benchmarking import INGEST_ARTICLES, format_table, run_benchmark

SECTIONS = ("explain", "timeline", "admin", "csv", "ingest")


class Command(BaseCommand):
    help = (
        "Benchmark the reader pages (p50/p95 server time and SQL queries per filter, first and "
        "deep page), the CSV export against PostgreSQL COPY, and ingestion of the seed articles "
        "repeated to --ingest-files files (rolled back). Prints a table; --json writes it all."
    )

    def add_arguments(self, parser):
        parser.add_argument("--json", metavar="FILE", help="also write the results here")
        parser.add_argument("--repeat", type=int, default=20, help="samples per page (default 20)")
        parser.add_argument("--ingest-files", type=int, default=1000)
        parser.add_argument(
            "--ingest-articles",
            choices=INGEST_ARTICLES,
            default="synthetic",
            help="new articles by this database's actors (default), or copies of the seeds",
        )
        parser.add_argument(
            "--only",
            action="append",
            choices=SECTIONS,
            help="run only this section (repeatable; default: all)",
        )
        parser.add_argument(
            "--no-csv-memory",
            action="store_true",
            help="skip the second CSV pass under tracemalloc",
        )

    def handle(self, *args, **options):
        if options["repeat"] < 1:
            raise CommandError("--repeat must be at least 1.")
        if options["ingest_files"] < 1:
            raise CommandError("--ingest-files must be at least 1.")
        verbose = options["verbosity"] >= 2
        report = run_benchmark(
            repeat=options["repeat"],
            ingest_files=options["ingest_files"],
            ingest_articles=options["ingest_articles"],
            csv_memory=not options["no_csv_memory"],
            sections=options["only"] or SECTIONS,
            log=(lambda message: self.stderr.write(message)) if verbose else (lambda m: None),
        )
        self.stdout.write(format_table(report))
        if options["json"]:
            Path(options["json"]).write_text(json.dumps(report, indent=2, default=str) + "\n")
            self.stdout.write(self.style.SUCCESS(f"Wrote {options['json']}"))
