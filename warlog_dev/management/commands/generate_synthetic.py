"""Fill the database with a realistic, reproducible synthetic corpus (for benchmarks)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from warlog_dev.synthetic import MAX_STATEMENTS, ReplaceRefused, generate_corpus


class Command(BaseCommand):
    help = (
        "Add N synthetic statements over about N/20 sources and N/500 actors (2022-2025, "
        "Zipf-skewed speakers). Adds to what exists unless --replace."
    )

    def add_arguments(self, parser):
        parser.add_argument("--statements", type=int, required=True, metavar="N")
        parser.add_argument("--seed", type=int, default=1, help="Same seed, same corpus.")
        parser.add_argument(
            "--replace",
            action="store_true",
            help=(
                "First delete every statement, source, event and actor. Refused when the "
                "database holds anything not synthetic (unless --yes-really), and always when "
                "DJANGO_DEBUG=0."
            ),
        )
        parser.add_argument(
            "--yes-really",
            action="store_true",
            help="with --replace: delete ingested articles and the gazetteer too",
        )

    def handle(self, *args, statements, seed, replace, yes_really, **options):
        if not 1 <= statements <= MAX_STATEMENTS:
            raise CommandError(
                f"--statements must be from 1 to {MAX_STATEMENTS:,}; got {statements}."
            )
        if replace and not settings.DEBUG:
            raise CommandError(
                "--replace deletes every statement, source, event and actor; it is refused "
                "with DJANGO_DEBUG=0 (a production set-up). Use a development database."
            )
        verbosity = options["verbosity"]

        def progress(done, total):
            if verbosity >= 2:
                self.stdout.write(f"  {done:,} / {total:,} statements")

        try:
            result = generate_corpus(
                statements=statements,
                seed=seed,
                replace=replace,
                delete_real_data=yes_really,
                progress=progress,
            )
        except ReplaceRefused as exc:
            raise CommandError(f"--replace refused: {exc}. Add --yes-really to do it.") from None
        rate = result.statements / result.seconds if result.seconds else 0
        self.stdout.write(
            self.style.SUCCESS(
                f"Added {result.statements:,} statements, {result.sources:,} sources, "
                f"{result.actors:,} actors, {result.events:,} events "
                f"({result.event_links:,} event links) in {result.seconds:.1f} s "
                f"({rate:,.0f} statements/s, {result.method})."
            )
        )
