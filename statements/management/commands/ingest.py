"""Ingest article files: `manage.py ingest PATH... [--dry-run] [--max-bytes N]`;
`manage.py ingest --reextract [PATH...]` runs the current extractor again (on the files given,
else on every stored source)."""

import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from statements.ingest import article_files, ingest_paths
from statements.ingest import reextract as reextract_sources
from statements.models import Source

# Runs of at least this many files get a progress bar (on a terminal, at the default verbosity).
PROGRESS_BAR_FROM = 20


class Command(BaseCommand):
    help = (
        "Extract statements from article files (.txt, saved .html pages; directories are read "
        "recursively) and store them. Safe to re-run: unchanged files are skipped and editors' "
        "changes are kept. Exits 1 when any file was rejected."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", metavar="PATH", help="files or directories")
        parser.add_argument(
            "--reextract",
            action="store_true",
            help=(
                "extract again even what has not changed: the files given, else every stored "
                "source (editors' statements are kept, re-anchored or flagged for review)"
            ),
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="report what would change, and write nothing",
        )
        parser.add_argument(
            "--max-bytes",
            type=int,
            default=settings.WARLOG_MAX_ARTICLE_BYTES,
            help="reject files larger than this (default: %(default)s)",
        )

    def handle(self, *args, paths, dry_run, max_bytes, verbosity, reextract, **options):
        if max_bytes <= 0:
            raise CommandError("--max-bytes must be a positive number of bytes")
        if not paths and not reextract:
            raise CommandError("give the files or directories to ingest (or --reextract)")
        total = len(list(article_files(paths))) if paths else Source.objects.count()
        bar = None
        if verbosity == 1 and total >= PROGRESS_BAR_FROM and sys.stderr.isatty():
            bar = tqdm(total=total, unit="file", file=sys.stderr)

        def on_file(path, file_result):
            if bar is not None:
                bar.update()
            for rejected_path, reason in file_result.rejected:
                message = self.style.ERROR(f"rejected {rejected_path}: {reason}")
                if bar is not None:
                    bar.write(message, file=sys.stderr)
                else:
                    self.stderr.write(message)
            if verbosity >= 2 and not file_result.rejected:
                if file_result.files_unchanged:
                    self.stdout.write(f"unchanged {path}")
                else:
                    self.stdout.write(f"ingested {path}: {file_result.statement_summary()}")
            if verbosity >= 1:
                for note in file_result.notes:
                    self.stdout.write(self.style.WARNING(note))

        try:
            run = reextract_sources if reextract else ingest_paths
            result = run(paths=paths, dry_run=dry_run, max_bytes=max_bytes, on_file=on_file)
        finally:
            if bar is not None:
                bar.close()

        if verbosity >= 1:
            prefix = "Dry run, nothing written. Would be: " if dry_run else ""
            style = self.style.WARNING if result.rejected else self.style.SUCCESS
            self.stdout.write(style(prefix + result.summary()))
        if result.rejected:
            raise CommandError(f"{result.files_rejected} of {total} files rejected", returncode=1)
