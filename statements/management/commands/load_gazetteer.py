"""Load the fixture gazetteer (actors, aliases, events) into the database where missing."""

from django.core.management.base import BaseCommand, CommandError

from statements.gazetteer import FixtureError, load_fixtures


class Command(BaseCommand):
    help = (
        "Create the actors, aliases and events of fixtures/actors.json and fixtures/events.json "
        "that the database lacks. Actors editors merged away are not recreated."
    )

    def handle(self, *args, **options):
        try:
            counts = load_fixtures()
        except FixtureError as exc:
            raise CommandError(str(exc)) from exc
        for path in counts.missing:
            self.stderr.write(self.style.WARNING(f"{path} not found: nothing loaded from it"))
        self.stdout.write(self.style.SUCCESS(f"Gazetteer: {counts}"))
