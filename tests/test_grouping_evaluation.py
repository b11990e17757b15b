"""Grouping measured on labelled report pairs (docs/evaluation.md, "Grouping")."""

from pathlib import Path

from warlog_dev.grouping_evaluation import grouped, score_file

DATA = Path(__file__).parent / "data"


def test_grouping_precision_and_recall_on_real_report_pairs():
    """Reports of one remark by different outlets, and near-misses (corpus-b, real pages)."""
    scores = score_file(DATA / "report_pairs" / "pairs.json")
    assert scores.true_positives + scores.false_negatives == 41
    assert scores.precision >= 0.95
    assert scores.recall >= 0.85


def test_grouping_precision_on_same_speaker_same_day_statements():
    """The hardest negatives: one speaker's different statements in one article."""
    scores = score_file(DATA / "grouping" / "same_article_pairs.json")
    assert scores.false_positives + scores.true_negatives == 56
    assert scores.precision >= 0.9


def test_the_date_window_keeps_a_repeated_line_on_other_days_apart():
    said = {
        "speaker": "Jens Stoltenberg",
        "kind": "direct",
        "text": "We must prepare for a long war.",
    }
    assert grouped({**said, "said_on": "2022-04-07"}, {**said, "said_on": "2022-04-09"}) is True
    assert grouped({**said, "said_on": "2022-04-07"}, {**said, "said_on": "2022-06-19"}) is False
    other = {**said, "speaker": "Joe Biden", "said_on": "2022-04-07"}
    assert grouped({**said, "said_on": "2022-04-07"}, other) is False
