"""Measure what grouping costs per ingested statement on the current database."""

from django.core.management.base import BaseCommand

from warlog_dev.grouping_cost import measure


class Command(BaseCommand):
    help = (
        "Take the statements of N random sources out of their groups and place them again "
        "(rolled back): milliseconds per statement, queries per source, candidates read."
    )

    def add_arguments(self, parser):
        parser.add_argument("--sources", type=int, default=300, metavar="N")
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, sources, seed, **options):
        cost = measure(samples=sources, seed=seed)
        self.stdout.write(self.style.SUCCESS(cost.summary()))
        for label, statements, ms in cost.by_density():
            self.stdout.write(
                f"  {label} candidates per statement: {statements:,} statements, "
                f"{ms:.2f} ms per statement"
            )
