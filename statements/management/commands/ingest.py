"""Ingest articles: `manage.py ingest PATH_OR_URL... [--dry-run] [--max-bytes N]`."""

import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from statements.articles import ingest_url
from statements.fetching import Fetcher
from statements.ingest import IngestResult, article_files, ingest_paths
from statements.links import is_web_url

# Runs of at least this many files get a progress bar (on a terminal, at the default verbosity).
PROGRESS_BAR_FROM = 20


class Command(BaseCommand):
    help = (
        "Extract statements from article files (.txt, saved .html pages; directories are read "
        "recursively) and web pages (http(s) URLs, fetched politely) and store them. Safe to "
        "re-run: unchanged files and URLs already ingested are skipped and editors' changes are "
        "kept. Exits 1 when any file or URL was rejected."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "paths", nargs="+", metavar="PATH_OR_URL", help="files, directories or http(s) URLs"
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

    def handle(self, *args, paths, dry_run, max_bytes, verbosity, **options):
        if max_bytes <= 0:
            raise CommandError("--max-bytes must be a positive number of bytes")
        urls = [p for p in paths if is_web_url(p)]
        paths = [p for p in paths if not is_web_url(p)]
        total = len(list(article_files(paths))) + len(urls)
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
            result = IngestResult()
            if paths:
                result = ingest_paths(
                    paths=paths, dry_run=dry_run, max_bytes=max_bytes, on_file=on_file
                )
            if urls:
                with Fetcher(max_bytes=max_bytes) as fetcher:
                    for url in urls:
                        article = ingest_url(url=url, fetcher=fetcher, dry_run=dry_run)
                        if article.status == "rejected":
                            article.ingest.rejected[:] = [(url, article.reason)]
                        elif article.status == "already ingested":
                            article.ingest.files_unchanged += 1
                        result.add(article.ingest)
                        on_file(url, article.ingest)
        finally:
            if bar is not None:
                bar.close()

        if verbosity >= 1:
            prefix = "Dry run, nothing written. Would be: " if dry_run else ""
            style = self.style.WARNING if result.rejected else self.style.SUCCESS
            self.stdout.write(style(prefix + result.summary()))
        if result.rejected:
            raise CommandError(
                f"{result.files_rejected} of {total} files or URLs rejected", returncode=1
            )
