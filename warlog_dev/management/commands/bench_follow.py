"""Measure queued URL ingests per second with 1, 2, 4 workers and an idle poll of N feeds."""

import json as jsonlib

from django.core.management.base import BaseCommand

from warlog_dev.webbench import bench_idle_poll, bench_workers


class Command(BaseCommand):
    help = (
        "Serve articles and feeds from a local server, queue --urls URL ingests and time "
        "--workers db_worker processes draining them; then poll --feeds unchanged feeds twice "
        "and time the idle second poll. Deletes what it wrote. Run it on a scratch database."
    )

    def add_arguments(self, parser):
        parser.add_argument("--urls", type=int, default=200)
        parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
        parser.add_argument("--feeds", type=int, default=50)
        parser.add_argument("--json", metavar="FILE")

    def handle(self, *args, urls, workers, feeds, json: str | None = None, **options):
        log = self.stdout.write
        results = {"workers": [bench_workers(urls=urls, workers=k, log=log) for k in workers]}
        results["idle_poll"] = bench_idle_poll(feeds=feeds, log=log)
        if json:
            with open(json, "w") as fh:
                fh.write(jsonlib.dumps(results, indent=2))
