"""Finding many known phrases (gazetteer names and aliases, event keywords) in one pass.

A regex alternation of hundreds of case-insensitive names costs microseconds per character;
this indexes the phrases by their first word and compares only the few that start with the
word at hand, so a text is scanned in time linear in its length.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .vocabulary import entries

_FIRST_WORD = re.compile(r"\w+")


class PhraseMatcher:
    """Phrases to find as whole words: `folded` ones in any case, the others as written.

    At one position a folded phrase beats an exact one, and a longer one a shorter one; matches
    never overlap (leftmost first), as a regex alternation ordered that way would find them.
    A match must not run on into a word, nor into a hyphenated compound ("Kremlin-backed")."""

    def __init__(self, folded: Iterable[str] = (), exact: Iterable[str] = ()) -> None:
        self._folded: dict[str, list[str]] = {}
        self._exact: dict[str, list[str]] = {}
        for phrase in set(folded):
            self._add(self._folded, phrase.lower(), folded=True)
        for phrase in set(exact):
            self._add(self._exact, phrase, folded=False)
        for table in (self._folded, self._exact):
            for phrases in table.values():
                phrases.sort(key=len, reverse=True)

    @staticmethod
    def _add(table: dict[str, list[str]], phrase: str, *, folded: bool) -> None:
        first = _FIRST_WORD.match(phrase)
        if first is None or first.start() != 0:
            return
        key = first.group().lower() if folded else first.group()
        table.setdefault(key, []).append(phrase)

    def __bool__(self) -> bool:
        return bool(self._folded or self._exact)

    def finditer(self, text: str) -> Iterable[tuple[int, int]]:
        """(start, end) of each match in `text`, in order."""
        pos = 0
        n = len(text)
        folded, exact = self._folded, self._exact
        for w in _FIRST_WORD.finditer(text):  # each match starts a word
            word = w.group()
            # (Most words start no phrase: looked up before any call, for speed.)
            by_folded, by_exact = folded.get(word.lower()), exact.get(word)
            if by_folded is None and by_exact is None:
                continue
            at = w.start()
            if at < pos:
                continue
            end = self._match(text, at, by_folded or (), by_exact or (), n)
            if end is not None:
                yield at, end
                pos = end

    @staticmethod
    def _match(text: str, at: int, by_folded, by_exact, n: int) -> int | None:
        if by_folded:
            window = text[at : at + len(by_folded[0])]  # the longest phrase first
            low = window.lower()
            if len(low) != len(window):  # a letter whose small form is longer ("İ")
                low = None
            for phrase in by_folded:
                end = at + len(phrase)
                if (
                    low.startswith(phrase) if low is not None else text[at:end].lower() == phrase
                ) and _ends_word(text, end):
                    return end
        for phrase in by_exact:
            end = at + len(phrase)
            if end <= n and text.startswith(phrase, at) and _ends_word(text, end):
                return end
        return None


# Function words (data/not_names.txt) that a scraper's lost space leaves glued to the word
# before: "Jane DoeThis is what she said", "Jane DoeFrom Examplia"; in small letters only a
# relative pronoun after a capitalised word ("President Jane Doewhich is ...").
_GLUE_WORDS = frozenset(w for w in entries("not_names") if len(w) > 1)
_GLUED_WORD = re.compile(r"[A-Z][a-z]+(?![\w’'-])")
_GLUED_RELATIVE = re.compile(r"(?:which|who|whom|whose)(?![\w’'-])")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][a-z]{2,}$")
# Where two words may have been glued: a small letter, then a capital (or a relative pronoun).
_JOINT = re.compile(r"(?<=[a-z])(?=[A-Z][a-z]|(?:which|who|whom|whose)(?![\w’'-]))")


def glued_word_at(text: str, at: int) -> int | None:
    """Where a function word glued to the word before `at` ends ("Jane DoeThis is ...": at the
    "T", the end of "This"), else None. Only at a small letter's joint with a capital, or a
    capitalised word's with a relative pronoun."""
    if at <= 0 or at >= len(text) or not text[at - 1].islower():
        return None
    if text[at].isupper():
        word = _GLUED_WORD.match(text, at)
        if word is None or word.group().lower() not in _GLUE_WORDS:
            return None
        return word.end()
    word = _GLUED_RELATIVE.match(text, at)
    if word is None or not _CAPITALISED_BEFORE.search(text, max(0, at - 40), at):
        return None
    return word.end()


def glued_joint(text: str, start: int, end: int) -> int | None:
    """The first joint in text[start:end] where a function word is glued to the word before
    it, else None."""
    for m in _JOINT.finditer(text, start, end):
        if glued_word_at(text, m.start()) is not None:
            return m.start()
    return None


def _ends_word(text: str, end: int) -> bool:
    if glued_word_at(text, end) is not None:
        return True  # "Jane DoeThis is ...": a lost space, the name ends at the joint
    if end < len(text) and (text[end].isalnum() or text[end] == "_"):
        return False
    rest = text[end : end + 2]
    return not (rest.startswith("-") or rest in ("'-", "’-"))
