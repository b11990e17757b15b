"""Recount the statement counts summary from the statement table (after a bulk load)."""

import time

from django.core.management.base import BaseCommand

from statements.summary import rebuild


class Command(BaseCommand):
    help = (
        "Recount the chart and facet summary (statements by day, month, speaker, kind and "
        "review status) from the statements. Writes through the ORM keep it current; run this "
        "after loading statements behind its back (COPY, raw SQL)."
    )

    def handle(self, *args, **options):
        started = time.perf_counter()
        rows = rebuild()
        seconds = time.perf_counter() - started
        self.stdout.write(
            self.style.SUCCESS(f"Summary rebuilt: {rows:,} daily rows in {seconds:.1f} s.")
        )
