"""The one name normaliser: how two spellings of a name are compared, at three strengths.

- `fold`: case, accents, punctuation and spacing ignored ("Zelenskyy." = "zelenskyy"), and the
  letters that carry no separable accent written as their plain forms ("ł" = "l", "ø" = "o",
  "ß" = "ss"); the form aliases are stored and looked up in (models.normalize_alias).
- `fold_endings`: `fold`, and each word's final -y/-i/-iy/-yy/-ii/-yi made one, so
  Zelenskyy / Zelenskiy / Zelensky compare equal (how evaluation compares speakers).
- `translit_key`: `fold`, then the common spelling variants of transliteration from Cyrillic
  (kh/h, y/i/j, ie/e, doubled letters) made one (how extraction matches a name it meets in the
  text to a gazetteer alias).
"""

from __future__ import annotations

import functools
import re
import unicodedata

_NOT_WORD = re.compile(r"[^\w\s']")
# Letters Unicode does not decompose into a base letter and an accent (NFKD leaves "ł" whole).
_PLAIN_LETTERS = str.maketrans(
    {
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "ø": "o",
        "ħ": "h",
        "ı": "i",
        "ŧ": "t",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
    }
)
_ENDING = re.compile(r"(?:iy|yy|ii|yi|y|i)$")
_TRANSLIT = [
    # German and Polish spellings of the same sounds ("Januschewych" / "Yanushevych", a letter
    # apart for the surname test)
    (re.compile(r"tsch"), "ch"),
    (re.compile(r"sch"), "sh"),
    (re.compile(r"sz"), "sh"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"(?:iy|yy|yi|ii|ij|yj)\b"), "i"),
    (re.compile(r"y"), "i"),
    (re.compile(r"j"), "i"),
    (re.compile(r"ie"), "e"),
    (re.compile(r"ye"), "e"),
    (re.compile(r"ks"), "x"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"(.)\1"), r"\1"),
]


def fold(value: str) -> str:
    """Case, accents, punctuation and spacing ignored."""
    decomposed = unicodedata.normalize("NFKD", value)
    # ASCII holds no combining mark: skip the walk over every character (most texts).
    stripped = (
        decomposed
        if decomposed.isascii()
        else "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    )
    stripped = stripped.replace("’", "'").replace("‘", "'").casefold()
    if not stripped.isascii():
        stripped = stripped.translate(_PLAIN_LETTERS)
    stripped = _NOT_WORD.sub(" ", stripped).replace("'", "")
    return " ".join(stripped.split())


def fold_endings(value: str) -> str:
    """`fold`, with transliteration endings of words longer than three letters made one."""
    return " ".join(_ENDING.sub("y", w) if len(w) > 3 else w for w in fold(value).split())


# Letters that Turkish, Czech, Croatian and Latvian spellings of a Slavic name use for the
# English digraphs ("Vereşçuk", "Vereščuk" for Vereshchuk).
_DIGRAPH_LETTERS = str.maketrans(
    {"ş": "sh", "Ş": "Sh", "š": "sh", "Š": "Sh", "ç": "ch", "Ç": "Ch", "č": "ch", "Č": "Ch"}
    | {"ž": "zh", "Ž": "Zh"}
)


def digraph_spelling(value: str) -> str | None:
    """The name with Turkish, Czech, Croatian or Latvian letters written as English digraphs
    ("Vereşçuk" -> "Vereshchuk"), when it has any: a second form to look up (English text
    writes "Vucic" for Vučić, so the plain fold stays the first)."""
    if value.isascii():
        return None
    spelt = value.translate(_DIGRAPH_LETTERS)
    return spelt if spelt != value else None


@functools.lru_cache(maxsize=8192)
def translit_key(value: str) -> str:
    """`fold`, Latin letters only, with transliteration variants made one."""
    s = fold(value).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z ]", "", s)
    for pattern, repl in _TRANSLIT:
        s = pattern.sub(repl, s)
    return " ".join(s.split())
