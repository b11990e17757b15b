"""The channel of a statement (`via`): the outlet, platform or event through which it was said.

Input: a statement's attribution words (its sentence minus its own words). Output: the
channel's name ("TASS", "Telegram"), canonical when the gazetteer knows it, else "".
`share_via` then gives a run of statements by one speaker the channel one of them names.
"""

from __future__ import annotations

import re

from .actors import MEDIA, ActorIndex, normalise_quotes
from .vocabulary import MONTH_RE, PLATFORMS, WEEKDAY_RE, alternation

_PLATFORMS = alternation(PLATFORMS)
_VIA_PATTERNS = [
    # "told state news agency TASS", "in an interview with Ukrainian outlet Liga.net"
    re.compile(
        r"\b(?:told|[Ss]peaking\s+to|[Ii]n\s+(?:an?\s+)?(?:interview|comments)\s+(?:with|to))\s+(?:the\s+)?"
        r"(?:[\w-]+\s+){0,3}?(?:news\s+agency|agency|outlet|newspaper|broadcaster|channel|television|"
        r"TV|website|magazine|daily|radio|station)\s+"
        r"(?P<x>[A-Z][\w.&’'-]*(?:\s+(?:[a-z]\s+)?[A-Z][\w.&’'-]*){0,3})"
    ),
    re.compile(r"\bas\s+(?:quoted|reported|cited)\s+by\s+(?P<x>.{2,60})"),
    # "Roe was quoted by Examplia News as saying": the outlet (only a known one)
    re.compile(r"\b(?:was|were|is|are|been)\s+quoted\s+by\s+(?P<m>(?:the\s+)?[A-Z].{1,60})"),
    # "According to X, A, Examplia News reported.": the outlet that relays X (only a known one)
    re.compile(r",\s*(?P<m>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,2})\s+(?:reported|reports)\b"),
    re.compile(
        r"\b(?:in|during)\s+(?:an?|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:interview|conversation|talk|comments?|"
        r"statement|article|op-ed|column|essay|remarks)\s+(?:with|to|for|in|on|published\s+(?:by|in))\s+"
        r"(?:(?:his|her|their|its|the)\s+)?(?:[a-z][\w-]*\s+){0,3}(?P<x>[A-Z].{1,60})"
    ),
    re.compile(
        r"\baccording\s+to\s+(?:an?|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:interview|article|post|statement)"
        r"\s+(?:with|to|in|on|by)\s+(?:(?:his|her|their|its|the)\s+)?(?:[a-z][\w-]*\s+){0,3}(?P<x>[A-Z].{1,60})"
    ),
    re.compile(
        rf"\b(?:on|via|in\s+a\s+post\s+on|in\s+a\s+\w+\s+on|wrote\s+on|posted\s+on|through)\s+"
        rf"(?:(?:his|her|their|its|the|an?)\s+)?(?:official\s+|personal\s+)?[“\"]?(?P<p>{_PLATFORMS})(?![\w-])"
    ),
    re.compile(
        rf"\b(?P<p>{_PLATFORMS})(?:[’'”\"]?)\s+(?:channel|account|page|platform|post|video|blog)\b"
    ),
    re.compile(
        r"\b(?:conference|forum|event|summit|briefing|meeting|panel)\s+(?:organi[sz]ed|hosted|held)\s+by\s+(?P<x>[A-Z].{1,60})"
    ),
    re.compile(
        r"\b(?:told|[Ss]peaking\s+to|[Ii]n\s+comments\s+to|said\s+to)\s+(?P<m>(?:the\s+)?[A-Z].{1,60})"
    ),
    # "Examplia News quoted Roe as saying that": the outlet that quoted (only a known outlet)
    re.compile(
        r"(?P<m>(?:\bthe\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})\s+quoted\s+"
        r"(?:\S+\s+){1,4}?as\s+(?:saying|telling|stating|writing)\b"
    ),
]
# "in a statement on Sunday", "in an interview in May": a time, not a channel.
_NOT_A_CHANNEL = re.compile(rf"(?:{WEEKDAY_RE}|{MONTH_RE})\b")
_CAP_RUN = re.compile(r"(?:The\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+|[a-z]\s+)?[A-Z][\w’'.&-]*){0,4}")


def find_via(region: str, index: ActorIndex) -> str:
    """The channel the attribution words `region` name, else ""."""
    region = normalise_quotes(region)
    for pattern in _VIA_PATTERNS:
        m = pattern.search(region)
        if not m:
            continue
        groups = m.groupdict()
        if groups.get("p"):
            return re.sub(r"\s+", " ", groups["p"])
        raw = re.sub(r"^the\s+", "", groups.get("x") or groups.get("m") or "")  # "told the BBC"
        run = _CAP_RUN.match(raw)
        if not run:
            continue
        name = run.group().strip(" .’'")
        if _NOT_A_CHANNEL.match(name):
            continue  # "in a statement on Sunday", "in an interview in Kyiv"
        canonical = index.lookup(name)
        if canonical and index.kind_of(canonical) == "state":
            continue
        if groups.get("m") is not None:
            if canonical and index.kind_of(canonical) == MEDIA:
                return canonical
            continue
        return canonical or name
    return ""


def share_via(found) -> None:
    """A channel is shared along a run of statements by one speaker. `found`: the article's
    `attribution.Found` records, in order."""
    for i, f in enumerate(found):
        if f.statement.via:
            continue
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(found) and found[j].statement.speaker == f.statement.speaker:
                if step == 1 and found[j].paragraph != f.paragraph:
                    # A channel a later paragraph names ("On May 2, in an interview with
                    # Examplia TV, she said ...") is another occasion's: shared back only
                    # within the paragraph.
                    break
                if found[j].explicit_via:
                    f.statement.via = found[j].statement.via
                    break
                j += step
            if f.statement.via or not f.statement.speaker:
                break
