"""Scoring grouping on labelled report pairs (precision and recall of "the same statement").

A pairs file is a JSON list of `{"a": REPORT, "b": REPORT, "same": bool, "kind": ..., "note":
...}`, a REPORT being `{"speaker", "kind", "text", "said_on", ...}` (the format of
tests/data/report_pairs/pairs.json). Two reports are grouped as `grouping` groups them: the same
speaker, said within the window, and `same_statement`.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from statements.grouping import Report, same_statement, within_window


def _day(value: str | None) -> dt.date | None:
    if not value:
        return None
    return dt.date.fromisoformat(value if len(value) == 10 else f"{value[:7]}-01")


def grouped(a: dict, b: dict) -> bool:
    """Whether grouping puts two reports in one group."""
    return (
        a["speaker"] == b["speaker"]
        and within_window(_day(a.get("said_on")), _day(b.get("said_on")))
        and same_statement(Report(a["kind"], a["text"]), Report(b["kind"], b["text"]))
    )


@dataclass
class PairScores:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    true_negatives: int = 0
    mistakes: list[tuple[str, dict]] = field(default_factory=list)  # ("merged"|"missed", pair)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0

    def summary(self) -> str:
        return (
            f"{self.true_positives + self.false_negatives} same, "
            f"{self.false_positives + self.true_negatives} different: precision "
            f"{self.precision:.3f} ({self.false_positives} wrongly merged), recall "
            f"{self.recall:.3f} ({self.false_negatives} missed)"
        )


def score_pairs(pairs: list[dict]) -> PairScores:
    scores = PairScores()
    for pair in pairs:
        predicted = grouped(pair["a"], pair["b"])
        if predicted and pair["same"]:
            scores.true_positives += 1
        elif predicted:
            scores.false_positives += 1
            scores.mistakes.append(("merged", pair))
        elif pair["same"]:
            scores.false_negatives += 1
            scores.mistakes.append(("missed", pair))
        else:
            scores.true_negatives += 1
    return scores


def score_file(path: Path | str) -> PairScores:
    return score_pairs(json.loads(Path(path).read_text(encoding="utf-8")))
