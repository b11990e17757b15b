"""Measuring near-copy detection (statements.syndication) on real articles.

Copies are made from each article as syndication changes it: re-wrapped at 72 columns (wire
copy), re-headlined with furniture added (another site's page), cut to its first two thirds
(a reprint that drops the end), and all three at once. Every other pair of distinct articles is
a negative, many on the same subject and quoting the same people.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path

from statements import syndication

FURNITURE = (
    "Advertisement",
    "Share this article",
    "Read more: Ukraine war latest, live updates",
    "Sign up for our newsletter",
    "© All rights reserved. Follow us on Telegram",
)


def rewrap(text: str, width: int = 72) -> str:
    lines = []
    for line in text.split("\n"):
        current = ""
        for word in line.split(" "):
            if current and len(current) + 1 + len(word) > width:
                lines.append(current)
                current = word
            else:
                current = f"{current} {word}" if current else word
        lines.append(current)
    return "\n".join(lines)


def reheadlined(text: str) -> str:
    body = text.split("\n", 1)[1] if "\n" in text else text
    return "\n\n".join(
        ["ANOTHER OUTLET'S HEADLINE FOR THE SAME STORY", FURNITURE[0], body, *FURNITURE[1:]]
    )


def cut(text: str) -> str:
    return text[: len(text) * 2 // 3]


COPIES = {
    "re-wrapped": rewrap,
    "re-headlined": reheadlined,
    "cut": cut,
    "all three": lambda text: rewrap(cut(reheadlined(text))),
}


@dataclass
class CopyScores:
    articles: int = 0
    copies: dict[str, list[float]] = field(default_factory=dict)  # kind -> containments
    found_by_bands: int = 0  # copies whose band keys meet the original's
    copies_total: int = 0
    negatives: list[float] = field(default_factory=list)
    negatives_sharing_a_band: int = 0  # candidates the index returns that verification drops
    closest_negative: tuple[float, str, str] = (0.0, "", "")

    def summary(self) -> str:
        lines = [f"{self.articles} articles; {len(self.negatives)} pairs of different articles"]
        for kind, values in self.copies.items():
            detected = sum(v >= syndication.CONTAINMENT for v in values)
            lines.append(
                f"  {kind}: containment min {min(values):.2f}, {detected}/{len(values)} "
                "called copies"
            )
        lines.append(
            f"  copies found through the band index: {self.found_by_bands}/{self.copies_total}"
        )
        wrong = sum(v >= syndication.CONTAINMENT for v in self.negatives)
        score, a, b = self.closest_negative
        lines.append(
            f"  different articles: containment max {score:.2f} ({a} / {b}); {wrong} called "
            f"copies; {self.negatives_sharing_a_band} share a band key"
        )
        return "\n".join(lines)


def measure(paths: list[Path]) -> CopyScores:
    texts = {p.name: p.read_text(encoding="utf-8") for p in paths}
    shingled = {name: syndication.shingles(text) for name, text in texts.items()}
    keys = {name: set(syndication.band_keys(value)) for name, value in shingled.items()}
    scores = CopyScores(articles=len(texts))
    for name, text in texts.items():
        original = shingled[name]
        own_keys = keys[name]
        for kind, make in COPIES.items():
            copy = syndication.shingles(make(text))
            scores.copies.setdefault(kind, []).append(syndication.containment(original, copy))
            scores.copies_total += 1
            if own_keys & set(syndication.band_keys(copy)):
                scores.found_by_bands += 1
    for a, b in itertools.combinations(sorted(texts), 2):
        value = syndication.containment(shingled[a], shingled[b])
        scores.negatives.append(value)
        scores.negatives_sharing_a_band += bool(keys[a] & keys[b])
        if value > scores.closest_negative[0]:
            scores.closest_negative = (value, a, b)
    return scores
