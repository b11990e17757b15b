"""Scoring extraction against hand annotations (the format of ../shared/gold). Pure Python.

A gold file holds, for one article, the statements a reader finds in it (`text` is a verbatim
substring of the article), the `traps` that look like statements but are not part of it, and
the article's `published` date. `score_article` compares one `ArticleExtraction` with it:

- Spans. Each gold `text` is located in the article: its only occurrence, or, when it occurs
  more than once, the occurrence with the fewest characters between it and an occurrence of its
  `speaker_mention` (the first one on a tie or when the mention is absent). Every occurrence of a trap string counts.
- Matching. Each extracted span goes to the gold statement it overlaps most, provided it lies
  mostly inside it (more than half of the extracted span) or covers most of it (more than half
  of the gold) while at least a quarter of the extracted span overlaps. The choice is made
  first, the condition checked after: a span that overlaps one statement most but fails the
  test goes nowhere. A gold statement is found when the spans it received cover at least half
  of it. Spans that go nowhere are false statements. Spans given to an `optional` gold item
  are neither right nor wrong, and optional items are not counted as gold.
- Precision = found / (found + false statements); recall = found / required gold statements.
- Speaker and date accuracy are measured over found statements, on the span that covers most of
  the gold statement. Speakers compare through the gazetteer's aliases and a folding of
  transliteration endings (Zelenskyy / Zelenskiy / Zelensky). A date is right when it lies in
  `said_on_range`, or within a day of `said_on` (in the same month for `YYYY-MM`, the same
  year for `YYYY`); a gold statement with neither is right only when nothing was extracted.
- Trap hits: traps with an occurrence that some extracted span overlaps (each span listed).
- Publication: the extracted `published` date against the gold one (same granularity).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from statements.extraction.dates import metadata_date
from statements.extraction.names import fold_endings
from statements.extraction.results import ArticleExtraction, ExtractedStatement, Gazetteer

INSIDE_SHARE = 0.5  # more than this share of the extracted span inside the gold one
COVER_SHARE = 0.5  # or more than this share of the gold statement covered ...
MIN_OVERLAP_SHARE = 0.25  # ... with at least this share of the extracted span overlapping
FOUND_SHARE = 0.5  # a gold statement is found when its spans cover at least this share


class GoldError(ValueError):
    """A gold file that cannot be scored (unreadable, or a `text` not in the article)."""


# --------------------------------------------------------------------------- gold


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def __len__(self) -> int:
        return max(0, self.end - self.start)

    def overlap(self, other: Span) -> int:
        return max(0, min(self.end, other.end) - max(self.start, other.start))


@dataclass(frozen=True)
class GoldStatement:
    speaker: str | None
    speaker_mention: str
    kind: str
    text: str
    span: Span
    said_on: str | None  # "YYYY-MM-DD", "YYYY-MM", "YYYY" or None
    said_on_range: tuple[dt.date, dt.date] | None = None
    via: str | None = None
    optional: bool = False


@dataclass(frozen=True)
class Trap:
    text: str
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class GoldArticle:
    name: str  # the gold file's name
    source_file: str  # the article file it annotates
    published: str | None
    statements: tuple[GoldStatement, ...]
    traps: tuple[Trap, ...] = ()

    @property
    def required(self) -> tuple[GoldStatement, ...]:
        return tuple(g for g in self.statements if not g.optional)


def text_file_name(gold: Mapping, gold_path: Path) -> str:
    """The article a gold file annotates: its `source_file`, else the same stem in `.txt`."""
    return gold.get("source_file") or f"{gold_path.stem}.txt"


def read_gold(path: Path) -> dict:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path.name}: not a readable JSON file ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("statements"), list):
        raise GoldError(f"{path.name}: no `statements` list")
    return data


def parse_gold(data: Mapping, *, article_text: str, name: str = "") -> GoldArticle:
    """Turn a gold file's JSON into spans located in `article_text`."""
    statements = []
    for i, item in enumerate(data["statements"]):
        text = item.get("text") or ""
        start = locate(article_text, text, near=item.get("speaker_mention") or "")
        if start is None:
            raise GoldError(f"{name}: statement {i} is not in the article: {text[:60]!r}")
        statements.append(
            GoldStatement(
                speaker=item.get("speaker"),
                speaker_mention=item.get("speaker_mention") or "",
                kind=item.get("kind") or "",
                text=text,
                span=Span(start, start + len(text)),
                said_on=_partial_date(item.get("said_on"), name=name),
                said_on_range=_date_range(item.get("said_on_range"), name=name),
                via=item.get("via"),
                optional=bool(item.get("optional")),
            )
        )
    traps = tuple(
        Trap(text=t, spans=tuple(Span(s, s + len(t)) for s in _occurrences(article_text, t)))
        for t in data.get("traps", [])
        if t
    )
    return GoldArticle(
        name=name,
        source_file=data.get("source_file") or "",
        published=_partial_date(data.get("published"), name=name),
        statements=tuple(statements),
        traps=traps,
    )


def locate(text: str, needle: str, *, near: str = "") -> int | None:
    """Where `needle` starts in `text`; of several occurrences, the one nearest to `near`."""
    starts = list(_occurrences(text, needle))
    if not starts:
        return None
    if len(starts) == 1 or not near:
        return starts[0]
    mentions = list(_occurrences(text, near))
    if not mentions:
        return starts[0]
    size, mention_size = len(needle), len(near)

    def gap(start: int) -> int:  # characters between the occurrence and the nearest mention
        return min(max(0, start - (m + mention_size), m - (start + size)) for m in mentions)

    return min(starts, key=gap)


def _occurrences(text: str, needle: str) -> Iterable[int]:
    if not needle:
        return
    at = text.find(needle)
    while at != -1:
        yield at
        at = text.find(needle, at + 1)


_PARTIAL_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _partial_date(value, *, name: str) -> str | None:
    """A gold date as given (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), checked to be one."""
    if not value:
        return None
    try:
        if not isinstance(value, str) or not _PARTIAL_DATE.fullmatch(value):
            raise ValueError(value)
        dt.date.fromisoformat((value + "-01-01")[:10])
    except ValueError as exc:
        raise GoldError(f"{name}: bad date {value!r}") from exc
    return value


def _date_range(value, *, name: str) -> tuple[dt.date, dt.date] | None:
    if not value:
        return None
    try:
        low, high = (dt.date.fromisoformat(v) for v in value)
    except (TypeError, ValueError) as exc:
        raise GoldError(f"{name}: bad said_on_range {value!r}") from exc
    return low, high


# --------------------------------------------------------------------------- comparing values


def fold_name(value: str) -> str:
    """A name reduced so transliteration variants compare equal (`extraction.names`).

    Case, accents and punctuation go; each word's final -y/-i/-iy/-yy/-ii/-yi becomes -y, so
    Zelenskyy, Zelenskiy and Zelensky, or Valerii and Valery, fold alike.
    """
    return fold_endings(value)


@dataclass(frozen=True)
class SpeakerMatcher:
    """Compares speaker names through the gazetteer's aliases and transliteration folding."""

    canonical: Mapping[str, str]  # folded name or alias -> canonical name

    @classmethod
    def from_gazetteer(cls, gazetteer: Gazetteer | None) -> SpeakerMatcher:
        canonical: dict[str, str] = {}
        for actor in gazetteer.actors if gazetteer else ():
            canonical.setdefault(fold_name(actor.name), actor.name)
        for actor in gazetteer.actors if gazetteer else ():
            for alias in actor.aliases:
                canonical.setdefault(fold_name(alias), actor.name)
        return cls(canonical=canonical)

    def resolve(self, name: str) -> str:
        folded = fold_name(name)
        return fold_name(self.canonical.get(folded, name))

    def same(self, extracted: str | None, gold: str | None) -> bool:
        if not extracted or not gold:
            return not extracted and not gold
        return self.resolve(extracted) == self.resolve(gold)


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def date_is_right(
    extracted: dt.date | str | None,
    gold: str | None,
    gold_range: tuple[dt.date, dt.date] | None = None,
) -> bool:
    """Whether an extracted date agrees with a gold `said_on` / `said_on_range`."""
    found = _as_date(extracted)
    if not gold and not gold_range:
        return found is None
    if found is None:
        return False
    if gold_range and gold_range[0] <= found <= gold_range[1]:
        return True
    return bool(gold) and _near(found, gold, tolerance=dt.timedelta(days=1))


def published_is_right(extracted: dt.date | str | None, gold: str | None) -> bool:
    found = _as_date(extracted)
    if not gold:
        return found is None
    return found is not None and _near(found, gold, tolerance=dt.timedelta(0))


def _near(found: dt.date, gold: str, *, tolerance: dt.timedelta) -> bool:
    if len(gold) == 4:  # YYYY
        return found.year == int(gold)
    if len(gold) == 7:  # YYYY-MM
        return found.isoformat()[:7] == gold
    return abs(found - dt.date.fromisoformat(gold)) <= tolerance


# --------------------------------------------------------------------------- scoring


@dataclass
class Tally:
    """Counts that add up over files; the ratios are computed from them."""

    required: int = 0
    optional: int = 0
    found: int = 0
    false: int = 0
    neutral: int = 0  # extracted spans given to optional gold items
    speaker_right: int = 0
    date_right: int = 0
    traps: int = 0
    trap_hits: int = 0  # traps that some extracted span overlaps
    published_right: int = 0
    files: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(**{k: getattr(self, k) + getattr(other, k) for k in self.__dataclass_fields__})

    @property
    def precision(self) -> float:
        claimed = self.found + self.false
        if not claimed:
            return 0.0 if self.required else 1.0
        return self.found / claimed

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.found if self.found else 0.0

    @property
    def date_accuracy(self) -> float:
        return self.date_right / self.found if self.found else 0.0

    def figures(self) -> dict:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "date_accuracy": round(self.date_accuracy, 4),
            **{k: getattr(self, k) for k in self.__dataclass_fields__},
        }


@dataclass(frozen=True)
class Mismatch:
    gold: GoldStatement
    extracted: ExtractedStatement


@dataclass(frozen=True)
class TrapHit:
    trap: str
    extracted: ExtractedStatement


@dataclass
class ArticleScore:
    name: str
    tally: Tally
    published_gold: str | None = None
    published_extracted: dt.date | None = None
    misses: list[GoldStatement] = field(default_factory=list)
    false_statements: list[ExtractedStatement] = field(default_factory=list)
    wrong_speakers: list[Mismatch] = field(default_factory=list)
    wrong_dates: list[Mismatch] = field(default_factory=list)
    trap_hits: list[TrapHit] = field(default_factory=list)

    @property
    def published_right(self) -> bool:
        return bool(self.tally.published_right)

    def to_json(self) -> dict:
        def stmt(s: ExtractedStatement) -> dict:
            return s.to_json()

        def gold(g: GoldStatement) -> dict:
            return {
                "speaker": g.speaker,
                "text": g.text,
                "start": g.span.start,
                "end": g.span.end,
                "said_on": g.said_on,
                "said_on_range": [d.isoformat() for d in g.said_on_range or ()] or None,
            }

        return {
            "file": self.name,
            **self.tally.figures(),
            "published_gold": self.published_gold,
            "published_extracted": _iso(self.published_extracted),
            "misses": [gold(g) for g in self.misses],
            "false_statements": [stmt(s) for s in self.false_statements],
            "wrong_speakers": [
                {"gold": gold(m.gold), "extracted": stmt(m.extracted)} for m in self.wrong_speakers
            ],
            "wrong_dates": [
                {"gold": gold(m.gold), "extracted": stmt(m.extracted)} for m in self.wrong_dates
            ],
            "trap_hits": [{"trap": h.trap, "extracted": stmt(h.extracted)} for h in self.trap_hits],
        }


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def assign(extracted: Span, gold: Sequence[GoldStatement]) -> int | None:
    """Index of the gold statement an extracted span goes to, or None when it goes nowhere."""
    size = len(extracted)
    if not size:
        return None
    best, best_overlap = None, 0
    for i, g in enumerate(gold):
        overlap = extracted.overlap(g.span)
        if overlap > best_overlap:
            best, best_overlap = i, overlap
    if best is None:
        return None  # overlaps nothing
    gold_size = len(gold[best].span)
    inside = best_overlap > INSIDE_SHARE * size
    covers = best_overlap > COVER_SHARE * gold_size and best_overlap >= MIN_OVERLAP_SHARE * size
    return best if inside or covers else None


def covered(target: Span, spans: Iterable[Span]) -> int:
    """How many characters of `target` the union of `spans` covers."""
    pieces = sorted(
        (max(s.start, target.start), min(s.end, target.end)) for s in spans if s.overlap(target)
    )
    total, reach = 0, target.start
    for start, end in pieces:
        start = max(start, reach)
        if end > start:
            total += end - start
            reach = end
    return total


def score_article(
    gold: GoldArticle,
    extraction: ArticleExtraction,
    *,
    speakers: SpeakerMatcher | None = None,
) -> ArticleScore:
    """Compare one article's extraction with its gold annotation."""
    speakers = speakers or SpeakerMatcher(canonical={})
    statements = list(gold.statements)
    tally = Tally(
        files=1,
        required=len(gold.required),
        optional=len(statements) - len(gold.required),
        traps=len(gold.traps),
    )
    score = ArticleScore(
        name=gold.name,
        tally=tally,
        published_gold=gold.published,
        published_extracted=extraction.published,
    )

    received: dict[int, list[ExtractedStatement]] = {}
    for item in extraction.statements:
        span = Span(item.start, item.end)
        for trap in gold.traps:
            if any(span.overlap(t) for t in trap.spans):
                score.trap_hits.append(TrapHit(trap=trap.text, extracted=item))
                break
        target = assign(span, statements)
        if target is None:
            score.false_statements.append(item)
        elif statements[target].optional:
            tally.neutral += 1
        else:
            received.setdefault(target, []).append(item)
    tally.false = len(score.false_statements)
    tally.trap_hits = len({h.trap for h in score.trap_hits})

    for i, g in enumerate(statements):
        if g.optional:
            continue
        items = received.get(i, [])
        spans = [Span(s.start, s.end) for s in items]
        if not items or covered(g.span, spans) < FOUND_SHARE * len(g.span):
            score.misses.append(g)
            continue
        tally.found += 1
        best = max(items, key=lambda s: Span(s.start, s.end).overlap(g.span))
        if speakers.same(best.speaker, g.speaker):
            tally.speaker_right += 1
        else:
            score.wrong_speakers.append(Mismatch(gold=g, extracted=best))
        if date_is_right(best.said_on, g.said_on, g.said_on_range):
            tally.date_right += 1
        else:
            score.wrong_dates.append(Mismatch(gold=g, extracted=best))

    tally.published_right = int(published_is_right(extraction.published, gold.published))
    return score


def total(scores: Iterable[ArticleScore]) -> Tally:
    result = Tally()
    for score in scores:
        result = result + score.tally
    return result


# --------------------------------------------------------------------------- a directory


class ArticleText(Protocol):
    """What a reader returns: the article's text (plus whatever metadata the extractor uses)."""

    text: str


Reader = Callable[[Path], ArticleText]
Extractor = Callable[[ArticleText], ArticleExtraction]


def pair_files(gold_dir: Path, text_dir: Path) -> list[tuple[Path, Path]]:
    """Each gold file with the article it annotates; a gold file without one is an error."""
    pairs = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        text_path = text_dir / text_file_name(read_gold(gold_path), gold_path)
        if not text_path.is_file():
            raise GoldError(f"{gold_path.name}: no article {text_path.name} in {text_dir}")
        pairs.append((gold_path, text_path))
    if not pairs:
        raise GoldError(f"no gold files (*.json) in {gold_dir}")
    return pairs


@dataclass(frozen=True)
class PlainText:
    text: str


def read_article(path: Path) -> PlainText:
    """The article as UTF-8, line endings untouched, no metadata (the `evaluate` command reads
    through `statements.documents.read_document` instead, as `ingest` does)."""
    try:
        return PlainText(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path.name}: not a readable UTF-8 text file ({exc})") from exc


def with_gold_published(document: ArticleText, gold: GoldArticle) -> ArticleText:
    """`document` with the gold's publication date as if its sidecar gave it (a day, or only a
    month or a year, as a sidecar may)."""
    try:
        published, precision = metadata_date(gold.published or "")
    except ValueError:
        return document  # no date: the sidecar would have none
    return dataclasses.replace(
        document, published=published, published_precision=precision, published_evidence="gold"
    )


def evaluate_files(
    pairs: Iterable[tuple[Path, Path]],
    *,
    extract: Extractor,
    speakers: SpeakerMatcher,
    read: Reader = read_article,
    published_from_gold: bool = False,
) -> list[ArticleScore]:
    """Read each article with `read`, run `extract` on it and score it against its gold file.

    `published_from_gold` gives the extractor each article's gold publication date (when the gold
    states a full day) as its sidecar would: how the held-out set is scored, with url, outlet
    and published beside every file.
    """
    scores = []
    for gold_path, text_path in pairs:
        document = read(text_path)
        gold = parse_gold(read_gold(gold_path), article_text=document.text, name=gold_path.name)
        if published_from_gold:
            document = with_gold_published(document, gold)
        scores.append(score_article(gold, extract(document), speakers=speakers))
    return scores


# --------------------------------------------------------------------------- the report


def _ratio(value: float) -> str:
    return f"{value:.2f}"


def _excerpt(text: str, width: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _gold_date(g: GoldStatement) -> str:
    date = g.said_on or "none"
    if g.said_on_range:
        date += f" (range {g.said_on_range[0]}..{g.said_on_range[1]})"
    return date


def details(score: ArticleScore) -> list[str]:
    """What went wrong in one file, for `--verbose`."""
    lines = [
        f"== {score.name}: published gold {score.published_gold or 'none'}, "
        f"extracted {_iso(score.published_extracted) or 'none'}"
        + ("" if score.published_right else "  WRONG")
    ]
    for g in score.misses:
        lines.append(f"  miss     [{g.speaker}] @{g.span.start} “{_excerpt(g.text)}”")
    for s in score.false_statements:
        lines.append(f"  false    [{s.speaker}] @{s.start} “{_excerpt(s.text)}”")
    for m in score.wrong_speakers:
        lines.append(
            f"  speaker  gold {m.gold.speaker!r}, extracted {m.extracted.speaker!r} "
            f"(mention {m.extracted.speaker_mention!r}): “{_excerpt(m.gold.text, 60)}”"
        )
    for m in score.wrong_dates:
        lines.append(
            f"  date     gold {_gold_date(m.gold)}, extracted {_iso(m.extracted.said_on) or 'none'}"
            f": “{_excerpt(m.gold.text, 60)}”"
        )
    for h in score.trap_hits:
        lines.append(
            f"  trap     “{_excerpt(h.trap, 50)}” hit by “{_excerpt(h.extracted.text, 50)}”"
        )
    return lines


_COLUMNS = (
    ("file", 28),
    ("gold", 5),
    ("opt", 4),
    ("found", 6),
    ("false", 6),
    ("P", 6),
    ("R", 6),
    ("F1", 6),
    ("speaker", 8),
    ("date", 6),
    ("traps", 7),
    ("published", 10),
)


def _row(values: Iterable[str]) -> str:
    cells = []
    for (_, width), value in zip(_COLUMNS, values, strict=True):
        cells.append(value.ljust(width) if width == _COLUMNS[0][1] else value.rjust(width))
    return " ".join(cells).rstrip()


def _figures(name: str, t: Tally) -> list[str]:
    return [
        name,
        str(t.required),
        str(t.optional),
        str(t.found),
        str(t.false),
        _ratio(t.precision),
        _ratio(t.recall),
        _ratio(t.f1),
        _ratio(t.speaker_accuracy),
        _ratio(t.date_accuracy),
        f"{t.trap_hits}/{t.traps}",
        f"{t.published_right}/{t.files}",
    ]


def report(scores: list[ArticleScore], *, verbose: bool = False, extractor: str = "") -> list[str]:
    """The printed report: details (verbose), a per-file table, then the totals last."""
    lines: list[str] = []
    if verbose:
        for score in scores:
            lines.extend(details(score))
        lines.append("")
    lines.append(_row(name for name, _ in _COLUMNS))
    lines.extend(_row(_figures(_excerpt(s.name, 28), s.tally)) for s in scores)
    t = total(scores)
    lines.append(_row(_figures("total", t)))
    lines.append("")
    lines.append(
        f"Extractor {extractor or '?'} on {t.files} files: {t.required} gold statements "
        f"(+{t.optional} optional), {t.traps} traps."
    )
    lines.append(
        f"Found {t.found}, missed {t.required - t.found}, false {t.false}; "
        f"wrong speakers {t.found - t.speaker_right}, wrong dates {t.found - t.date_right}."
    )
    lines.append(
        f"TOTAL P={_ratio(t.precision)} R={_ratio(t.recall)} F1={_ratio(t.f1)} "
        f"speaker={_ratio(t.speaker_accuracy)} date={_ratio(t.date_accuracy)} "
        f"traps={t.trap_hits}/{t.traps} published={t.published_right}/{t.files}"
    )
    return lines


def report_json(scores: list[ArticleScore], *, extractor: str = "") -> dict:
    return {
        "extractor": extractor,
        "files": [s.to_json() for s in scores],
        "total": total(scores).figures(),
    }
