"""What grouping costs per ingested statement on the current database.

    measure(samples=300) -> GroupingCost

Statements (with a speaker and a date) of randomly chosen sources are taken out of their
groups, in memory, and placed again with `grouping.place`, one source at a time, as ingestion
does after writing a source; everything happens in a transaction that is rolled back. The
cost of placing a statement depends on how many reports the same speaker has within the
window (the candidates), found through the (actor, said_on) index, not on the table's size.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.db.models import Max, Min
from django.test.utils import CaptureQueriesContext

from statements import grouping
from statements.models import Source, Statement


@dataclass
class GroupingCost:
    table: int  # statements in the database
    sources: int
    statements: int
    seconds: float
    queries: int
    candidates: int  # candidates read, over all sources
    # per source: (statements, candidates, seconds), to compare like with like across tables
    samples: list[tuple[int, int, float]] = field(default_factory=list)

    @property
    def ms_per_statement(self) -> float:
        return 1000 * self.seconds / self.statements if self.statements else 0.0

    def summary(self) -> str:
        per_source = self.queries / self.sources if self.sources else 0
        per_statement = self.candidates / self.statements if self.statements else 0
        return (
            f"{self.table:,} statements in the table: placed {self.statements:,} statements "
            f"of {self.sources} sources in {self.seconds:.2f} s = "
            f"{self.ms_per_statement:.2f} ms per statement; {per_source:.1f} queries per "
            f"source; {per_statement:.0f} candidates per statement"
        )

    def by_density(self, bounds=(0, 10, 30, 100, 300)) -> list[tuple[str, int, float]]:
        """(candidates per statement, statements, ms per statement) for sources grouped by how
        many candidates each of their statements meets: the cost at equal density."""
        rows = []
        edges = [*bounds, None]
        for low, high in zip(edges, edges[1:], strict=False):
            picked = [
                (n, seconds)
                for n, found, seconds in self.samples
                if found / n >= low and (high is None or found / n < high)
            ]
            statements = sum(n for n, _ in picked)
            if statements:
                label = f"{low}-{high}" if high is not None else f"{low}+"
                ms = 1000 * sum(seconds for _, seconds in picked) / statements
                rows.append((label, statements, ms))
        return rows


class _Rollback(Exception):
    pass


def measure(*, samples: int = 300, seed: int = 1) -> GroupingCost:
    rng = random.Random(seed)
    bounds = Source.objects.aggregate(low=Min("pk"), high=Max("pk"))
    table = Statement.objects.count()
    cost = GroupingCost(table=table, sources=0, statements=0, seconds=0.0, queries=0, candidates=0)
    if bounds["low"] is None:
        return cost
    try:
        with transaction.atomic():
            for _ in range(samples):
                pk = rng.randint(bounds["low"], bounds["high"])
                statements = list(
                    Statement.objects.filter(source_id=pk, actor__isnull=False)
                    .select_related("source")
                    .order_by("pk")
                )
                if not statements:
                    continue
                for statement in statements:
                    statement.cluster_id = None  # as if just written
                found = len(grouping.candidates(statements))
                cost.candidates += found
                with CaptureQueriesContext(connection) as queries:
                    started = time.perf_counter()
                    grouping.place(statements)
                    seconds = time.perf_counter() - started
                cost.seconds += seconds
                cost.samples.append((len(statements), found, seconds))
                cost.queries += len(queries.captured_queries)
                cost.sources += 1
                cost.statements += len(statements)
            raise _Rollback
    except _Rollback:
        pass
    return cost
