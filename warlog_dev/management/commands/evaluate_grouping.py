"""Precision and recall of grouping on labelled report pairs."""

from django.core.management.base import BaseCommand, CommandError

from warlog_dev.grouping_evaluation import score_file


class Command(BaseCommand):
    help = "Score grouping on pairs files (tests/data/report_pairs/pairs.json format)."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PAIRS_JSON")
        parser.add_argument("--verbose", action="store_true", help="List every mistake.")

    def handle(self, *args, paths, verbose, **options):
        for path in paths:
            try:
                scores = score_file(path)
            except (OSError, ValueError, KeyError) as exc:
                raise CommandError(f"{path}: {exc}") from None
            self.stdout.write(f"{path}: {scores.summary()}")
            if verbose:
                for what, pair in scores.mistakes:
                    a, b = pair["a"], pair["b"]
                    self.stdout.write(
                        f"  {what}: [{pair.get('kind', '')}] {a['speaker']}: "
                        f"“{a['text'][:90]}” / “{b['text'][:90]}”"
                    )
