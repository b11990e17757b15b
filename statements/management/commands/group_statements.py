"""Group the reports of one statement across the articles already stored."""

from django.core.management.base import BaseCommand

from statements.grouping import ensure_groups, regroup_all


class Command(BaseCommand):
    help = (
        "Place every stored statement in a group with its reports in other articles (what "
        "ingestion does for new ones). Editors' splits and merges are kept."
    )

    def handle(self, *args, **options):
        alone = ensure_groups()
        verbosity = options["verbosity"]

        def progress(done):
            if verbosity >= 2 and done % 1000 == 0:
                self.stdout.write(f"  {done:,} articles")

        articles = regroup_all(progress=progress)
        self.stdout.write(
            self.style.SUCCESS(
                f"{alone:,} statements given a group of their own; {articles:,} articles grouped."
            )
        )
