"""The scorer on hand-made gold/extraction pairs, and the `evaluate` command on a temp dir."""

from __future__ import annotations

import datetime as dt
import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from statements.extraction import ActorEntry, ArticleExtraction, ExtractedStatement, Gazetteer
from warlog_dev.evaluation import (
    GoldError,
    Span,
    SpeakerMatcher,
    assign,
    date_is_right,
    fold_name,
    locate,
    parse_gold,
    published_is_right,
    score_article,
)

ARTICLE = (
    "Kremlin spokesman Dmitry Peskov said the talks were over. "
    "Zelenskyy said: “We will not give up our land, not now and not later.” "
    "Read also: Putin says nothing new in a long speech. "
    "Analysts believe winter will slow the fighting."
)
PESKOV = "the talks were over"
ZELENSKY = "We will not give up our land, not now and not later."
TRAP = "Putin says nothing new in a long speech"
ANALYSTS = "winter will slow the fighting"

GAZETTEER = Gazetteer(
    actors=(
        ActorEntry(name="Dmitry Peskov", aliases=("Peskov",)),
        ActorEntry(name="Volodymyr Zelensky", aliases=("Zelensky", "Vladimir Zelensky")),
        ActorEntry(name="Vladimir Putin", aliases=("Putin",)),
    )
)
SPEAKERS = SpeakerMatcher.from_gazetteer(GAZETTEER)


def gold_item(text: str, speaker: str, **extra) -> dict:
    return {"speaker": speaker, "speaker_mention": speaker, "kind": "direct", "text": text,
            "said_on": "2023-11-10", **extra}  # fmt: skip


def gold(*items: dict, traps=(TRAP,), published="2023-11-10"):
    data = {"published": published, "statements": list(items), "traps": list(traps)}
    return parse_gold(data, article_text=ARTICLE, name="g.json")


def found(text: str, speaker: str | None = None, said_on="2023-11-10", *, offset=0, cut=0):
    """An extracted statement for `text` in ARTICLE, shifted by `offset`, shortened by `cut`."""
    start = ARTICLE.index(text) + offset
    end = start + len(text) - cut
    return ExtractedStatement(
        speaker=speaker,
        speaker_mention=speaker or "",
        kind="direct",
        text=ARTICLE[start:end],
        start=start,
        end=end,
        said_on=dt.date.fromisoformat(said_on) if said_on else None,
    )


def score(gold_article, *statements, published=dt.date(2023, 11, 10)):
    extraction = ArticleExtraction(published=published, statements=list(statements))
    return score_article(gold_article, extraction, speakers=SPEAKERS)


# --------------------------------------------------------------------------- matching


def test_exact_match_is_found_with_speaker_and_date():
    result = score(
        gold(gold_item(PESKOV, "Dmitry Peskov"), gold_item(ZELENSKY, "Volodymyr Zelensky")),
        found(PESKOV, "Dmitry Peskov"),
        found(ZELENSKY, "Volodymyr Zelensky"),
    )
    t = result.tally
    assert (t.required, t.found, t.false) == (2, 2, 0)
    assert (t.precision, t.recall, t.f1) == (1.0, 1.0, 1.0)
    assert (t.speaker_accuracy, t.date_accuracy) == (1.0, 1.0)
    assert result.published_right


def test_nothing_extracted_scores_zero():
    t = score(gold(gold_item(PESKOV, "Dmitry Peskov"))).tally
    assert (t.found, t.precision, t.recall, t.f1) == (0, 0.0, 0.0, 0.0)


def test_a_span_mostly_inside_gold_covering_half_is_found():
    # Starts 2 characters early (the quote mark) and covers 60% of the gold statement.
    cut = int(len(ZELENSKY) * 0.4)
    t = score(gold(gold_item(ZELENSKY, "Volodymyr Zelensky")), found(ZELENSKY, offset=-2, cut=cut))
    assert (t.tally.found, t.tally.false) == (1, 0)


def test_a_span_covering_too_little_is_neither_found_nor_false():
    cut = int(len(ZELENSKY) * 0.7)  # 30% of the gold: goes to it, but does not find it
    result = score(gold(gold_item(ZELENSKY, "Volodymyr Zelensky")), found(ZELENSKY, cut=cut))
    assert (result.tally.found, result.tally.false) == (0, 0)
    assert [g.text for g in result.misses] == [ZELENSKY]


def test_a_span_split_over_two_extractions_is_found_once():
    # Characters [0, 20) and [15, 35) of a 52-character gold: each alone under half, together 35.
    assert len(ZELENSKY) == 52
    first = found(ZELENSKY, "Zelensky", cut=32)
    second = found(ZELENSKY, "Zelensky", offset=15, cut=32)
    g = gold(gold_item(ZELENSKY, "Volodymyr Zelensky"))
    assert score(g, first).tally.found == 0
    assert score(g, second).tally.found == 0
    t = score(g, first, second).tally
    assert (t.found, t.false, t.precision) == (1, 0, 1.0)


def test_a_long_span_swallowing_the_gold_is_false():
    # The whole article covers all of the gold statement but only a sliver of it overlaps.
    whole = ExtractedStatement(None, "", "direct", ARTICLE, 0, len(ARTICLE))
    result = score(gold(gold_item(PESKOV, "Dmitry Peskov"), traps=()), whole)
    assert (result.tally.found, result.tally.false) == (0, 1)


def test_a_span_covering_most_of_a_gold_with_some_context_is_found():
    # Covers the whole gold plus a reporting clause: 19 of 38 characters overlap (>= 1/4).
    start = ARTICLE.index("Dmitry Peskov said")
    end = ARTICLE.index(PESKOV) + len(PESKOV)
    span = ExtractedStatement("Dmitry Peskov", "", "indirect", ARTICLE[start:end], start, end)
    t = score(gold(gold_item(PESKOV, "Dmitry Peskov", said_on=None)), span).tally
    assert (t.found, t.false) == (1, 0)


def test_assign_picks_the_gold_overlapping_most():
    statements = gold(gold_item(PESKOV, "Dmitry Peskov"), gold_item(ZELENSKY, "x")).statements
    start = ARTICLE.index(ZELENSKY) - 5
    assert assign(Span(start, start + 30), statements) == 1
    assert assign(Span(0, 3), statements) is None


def test_unmatched_extractions_are_false_statements():
    result = score(gold(gold_item(PESKOV, "Dmitry Peskov")), found(PESKOV), found(ANALYSTS))
    assert result.tally.false == 1
    assert [s.text for s in result.false_statements] == [ANALYSTS]
    assert result.tally.precision == 0.5


def test_optional_items_neither_count_nor_penalise():
    g = gold(gold_item(PESKOV, "Dmitry Peskov"), gold_item(ANALYSTS, "Analysts", optional=True))
    with_optional = score(g, found(PESKOV, "Dmitry Peskov"), found(ANALYSTS)).tally
    without = score(g, found(PESKOV, "Dmitry Peskov")).tally
    assert (with_optional.required, with_optional.optional) == (1, 1)
    assert (with_optional.found, with_optional.false, with_optional.neutral) == (1, 0, 1)
    assert with_optional.f1 == without.f1 == 1.0


def test_trap_hits_are_counted_and_are_false_statements():
    result = score(gold(gold_item(PESKOV, "Dmitry Peskov")), found(PESKOV), found(TRAP, cut=10))
    assert (result.tally.traps, result.tally.trap_hits, result.tally.false) == (1, 1, 1)
    assert [h.trap for h in result.trap_hits] == [TRAP]


def test_no_trap_hit_when_extraction_stays_clear():
    result = score(gold(gold_item(PESKOV, "Dmitry Peskov")), found(PESKOV))
    assert result.tally.trap_hits == 0


# --------------------------------------------------------------------------- speakers and dates


def test_wrong_speaker_is_reported_with_both_names():
    result = score(
        gold(gold_item(ZELENSKY, "Volodymyr Zelensky")), found(ZELENSKY, "Vladimir Putin")
    )
    assert result.tally.speaker_accuracy == 0.0
    assert [(m.gold.speaker, m.extracted.speaker) for m in result.wrong_speakers] == [
        ("Volodymyr Zelensky", "Vladimir Putin")
    ]


@pytest.mark.parametrize(
    "extracted", ["Volodymyr Zelenskyy", "Zelenskiy", "Zelensky", "Vladimir Zelensky", "ZELENSKYY"]
)
def test_transliteration_variants_of_the_speaker_match(extracted):
    assert SPEAKERS.same(extracted, "Volodymyr Zelensky")


def test_vladimir_zelensky_is_not_putin():
    assert not SPEAKERS.same("Vladimir Zelensky", "Vladimir Putin")
    assert not SPEAKERS.same(None, "Vladimir Putin")
    assert SPEAKERS.same(None, None)


def test_fold_name_folds_transliteration_endings():
    assert fold_name("Valerii Zaluzhnyi") == fold_name("Valery Zaluzhny")
    assert fold_name("Oleksandr Syrskyi") == fold_name("Oleksandr Syrskiy")
    assert fold_name("Sergei") == fold_name("Sergey")
    assert fold_name("Erdoğan") == fold_name("Erdogan")
    assert fold_name("Peskov") != fold_name("Putin")


def test_fold_name_writes_letters_without_a_separable_accent_plainly():
    # "ł", "ø", "đ" do not decompose into a letter and an accent; they still fold to theirs.
    assert fold_name("Jarosław Wąsowski") == fold_name("Jaroslaw Wasowski")
    assert fold_name("Søren Đurić") == fold_name("Soren Duric")
    # Folding is not fuzzy: a misspelt name stays a different name.
    assert fold_name("Kowalczyk") != fold_name("Kowalcyk")


def test_dates_within_a_day_are_right():
    assert date_is_right(dt.date(2023, 11, 11), "2023-11-10")
    assert date_is_right("2023-11-09", "2023-11-10")
    assert not date_is_right(dt.date(2023, 11, 12), "2023-11-10")
    assert not date_is_right(None, "2023-11-10")


def test_month_only_gold_accepts_any_day_of_that_month():
    assert date_is_right(dt.date(2023, 6, 28), "2023-06")
    assert not date_is_right(dt.date(2023, 7, 1), "2023-06")


def test_ranges_bound_the_date():
    bounds = (dt.date(2023, 11, 1), dt.date(2023, 11, 10))
    assert date_is_right(dt.date(2023, 11, 5), None, bounds)
    assert not date_is_right(dt.date(2023, 10, 31), None, bounds)
    assert not date_is_right(None, None, bounds)
    # A range and a said_on: either makes the date right.
    assert date_is_right(dt.date(2023, 11, 11), "2023-11-10", bounds)


def test_null_gold_date_wants_null():
    assert date_is_right(None, None)
    assert not date_is_right(dt.date(2023, 11, 10), None)


def test_wrong_date_is_reported_for_a_found_statement():
    result = score(
        gold(gold_item(PESKOV, "Dmitry Peskov", said_on="2023-06")),
        found(PESKOV, "Peskov", said_on="2023-11-10"),
    )
    assert (result.tally.found, result.tally.speaker_right, result.tally.date_right) == (1, 1, 0)
    assert [m.gold.said_on for m in result.wrong_dates] == ["2023-06"]


def test_speaker_and_date_come_from_the_span_covering_most():
    big = found(ZELENSKY, "Volodymyr Zelensky", cut=15)
    small = found(ZELENSKY, "Vladimir Putin", said_on=None, offset=len(ZELENSKY) - 15)
    t = score(gold(gold_item(ZELENSKY, "Volodymyr Zelensky")), small, big).tally
    assert (t.found, t.speaker_right, t.date_right) == (1, 1, 1)


def test_publication_date():
    assert published_is_right(dt.date(2023, 11, 10), "2023-11-10")
    assert not published_is_right(dt.date(2023, 11, 11), "2023-11-10")
    assert not published_is_right(None, "2023-11-10")
    result = score(gold(gold_item(PESKOV, "x")), published=dt.date(2023, 2, 1))
    assert not result.published_right


# --------------------------------------------------------------------------- gold spans


def test_repeated_gold_text_is_located_near_its_speaker_mention():
    text = "Putin said no. Later Peskov said no. Then more."
    assert locate(text, "no", near="Peskov") == text.index("no.", 20)
    assert locate(text, "no") == text.index("no")
    assert locate(text, "absent") is None


def test_gold_text_missing_from_the_article_is_an_error():
    with pytest.raises(GoldError, match="not in the article"):
        gold(gold_item("words nobody wrote", "x"))


@pytest.mark.parametrize("bad", ["2023-13-01", "10/11/2023", "2023-02-30"])
def test_malformed_gold_dates_are_errors(bad):
    with pytest.raises(GoldError, match="bad date"):
        gold(gold_item(PESKOV, "x", said_on=bad))


def test_every_occurrence_of_a_trap_counts():
    parsed = parse_gold(
        {"statements": [], "traps": ["Read also"]},
        article_text="Read also: a. Text. Read also: b.",
    )
    assert [s.start for s in parsed.traps[0].spans] == [0, 20]


# --------------------------------------------------------------------------- the command


def write_case(tmp_path: Path, *, article: str, statements: list[dict], traps=()) -> Path:
    gold_dir, text_dir = tmp_path / "gold", tmp_path / "text"
    gold_dir.mkdir()
    text_dir.mkdir()
    (text_dir / "a.txt").write_text(article, "utf-8")
    payload = {"source_file": "a.txt", "published": "2023-11-10", "statements": statements,
               "traps": list(traps)}  # fmt: skip
    (gold_dir / "a.json").write_text(json.dumps(payload), "utf-8")
    return tmp_path


def test_command_prints_a_table_and_a_total_line(tmp_path):
    # The gold names another speaker on purpose, so the verbose listing has a line to show.
    article = "Friday, 10 November 2023\n\nDmitry Peskov said: “The Kremlin sees no reason to change course.”\n"
    root = write_case(
        tmp_path,
        article=article,
        statements=[gold_item("The Kremlin sees no reason to change course.", "Sergei Lavrov")],
    )
    out = StringIO()
    json_path = tmp_path / "report.json"
    call_command(
        "evaluate", str(root / "gold"), str(root / "text"), "--verbose",
        "--json", str(json_path), stdout=out,
    )  # fmt: skip
    lines = out.getvalue().strip().splitlines()
    assert lines[-1].startswith("TOTAL P=1.00 R=1.00 F1=1.00 speaker=0.00")
    assert any(line.startswith("a.json") for line in lines)
    assert "speaker  gold 'Sergei Lavrov', extracted 'Dmitry Peskov'" in out.getvalue()
    report = json.loads(json_path.read_text("utf-8"))
    assert report["total"]["found"] == 1
    assert report["files"][0]["wrong_speakers"][0]["gold"]["speaker"] == "Sergei Lavrov"


def test_command_rejects_a_missing_directory(tmp_path):
    with pytest.raises(CommandError, match="not a directory"):
        call_command("evaluate", str(tmp_path / "nope"), str(tmp_path), stdout=StringIO())


def test_command_rejects_a_gold_file_without_its_article(tmp_path):
    root = write_case(tmp_path, article="x", statements=[])
    (root / "text" / "a.txt").unlink()
    with pytest.raises(CommandError, match="no article a.txt"):
        call_command("evaluate", str(root / "gold"), str(root / "text"), stdout=StringIO())


def test_command_rejects_gold_text_not_in_the_article(tmp_path):
    root = write_case(tmp_path, article="Some text.", statements=[gold_item("Other text", "x")])
    with pytest.raises(CommandError, match="not in the article"):
        call_command("evaluate", str(root / "gold"), str(root / "text"), stdout=StringIO())
