"""Feeds: `manage.py feeds add URL [--outlet NAME] | list | poll [--all] [--enqueue]`."""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from statements.following import FeedError, add_feed, poll_due_feeds
from statements.models import Feed


class Command(BaseCommand):
    help = "Follow RSS/Atom feeds and news sitemaps: add one, list them, poll the due ones."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        add = sub.add_parser("add", help="follow a feed")
        add.add_argument("url")
        add.add_argument("--outlet", default="", help="credit its articles to this outlet")
        add.add_argument("--interval", type=int, help="minutes between polls (default 10)")
        sub.add_parser("list", help="the feeds, their state and last error")
        poll = sub.add_parser("poll", help="poll every due feed and ingest its new entries")
        poll.add_argument("--all", action="store_true", help="ignore the interval: poll them all")
        poll.add_argument(
            "--enqueue",
            action="store_true",
            help="queue one job per due feed for `db_worker` instead of polling here",
        )

    def handle(self, *args, action, **options):
        getattr(self, f"handle_{action}")(**options)

    def handle_add(self, *, url, outlet, interval, **options):
        if interval is not None and interval < 1:
            raise CommandError("--interval must be at least 1 minute")
        try:
            feed, created = add_feed(url=url, outlet=outlet, poll_interval=interval)
        except FeedError as exc:
            raise CommandError(f"{url}: {exc}") from None
        verb = "Following" if created else "Already following"
        self.stdout.write(self.style.SUCCESS(f"{verb} {feed.url}"))

    def handle_list(self, **options):
        now = timezone.now()
        for feed in Feed.objects.all():
            state = "active" if feed.active else "inactive"
            due = "due" if feed.next_poll_at <= now else f"next {feed.next_poll_at:%Y-%m-%d %H:%M}"
            line = f"{feed.url}  [{state}, every {feed.poll_interval} min, {due}]"
            if feed.outlet:
                line += f"  outlet: {feed.outlet}"
            if feed.last_error:
                line += f"\n    failing x{feed.consecutive_failures}: {feed.last_error}"
            self.stdout.write(line)

    def handle_poll(self, *, all, enqueue, verbosity, **options):
        if enqueue:
            from statements.tasks import poll_feed_task

            feeds = Feed.objects.active() if all else Feed.objects.due(timezone.now())
            ids = list(feeds.values_list("pk", flat=True))
            for pk in ids:
                poll_feed_task.enqueue(feed_id=pk)
            self.stdout.write(self.style.SUCCESS(f"{len(ids)} feed polls queued"))
            return
        results = poll_due_feeds(every=all)
        for result in results:
            style = self.style.ERROR if result.error else self.style.SUCCESS
            self.stdout.write(style(result.summary()))
            if verbosity >= 1:
                for url, reason in result.rejected:
                    self.stderr.write(self.style.WARNING(f"  rejected {url}: {reason}"))
        if not results:
            self.stdout.write("No feed is due.")
