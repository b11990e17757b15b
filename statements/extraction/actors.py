"""Finding actor mentions in text and resolving them to canonical gazetteer entries.

Known names come from the gazetteer only (aliases plus a transliteration-tolerant key);
capitalised names it does not know become new actors with a guessed kind.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from .matching import PhraseMatcher, glued_joint
from .names import digraph_spelling, translit_key
from .places import CITIES
from .results import ActorEntry, Gazetteer
from .vocabulary import COUNTRY_WORDS, alternation, entries, mapping
from .vocabulary import GROUP_NOUNS as VOCAB_GROUP_NOUNS

PERSON, ORGANISATION, MEDIA, STATE, GROUP = "person", "organisation", "media", "state", "group"

# Words that, leading a capitalised run, describe the person rather than name them.
TITLES = frozenset(entries("titles"))
_ROYAL_TITLES = frozenset(entries("royal_titles"))
_ORG_WORDS = re.compile(rf"\b(?:{alternation(entries('organisation_words'))})\b")
_MEDIA_WORDS = re.compile(rf"\b(?:{alternation(entries('media_words'))})\b")
# An outlet's one-word name built on a media word ("SANews", "KyivPost", "MoscowTimes").
_MEDIA_COMPOUND = re.compile(r"[A-Z][A-Za-z]*?[a-z]?(?:News|Times|Post|Press|TV|Radio|Media|Daily)")
_GROUP_NOUNS = alternation(VOCAB_GROUP_NOUNS)
GROUP_NOUN_RE = re.compile(rf"\b(?:{_GROUP_NOUNS})\b", re.IGNORECASE)
GROUP_NOUNS = _GROUP_NOUNS  # the alternation, for patterns built elsewhere

_NOT_NAMES = frozenset(entries("not_names"))
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# Reporting verbs, which may stand before a name ("Said Roe: ..."), never a given name.
_VERB_WORDS = frozenset(
    w.lower() for line in entries("reporting_verbs") for w in line.split("|")[0].split()
)
_PLACE_WORDS = frozenset(w.lower() for w in (*mapping("cities"), *mapping("place_adjectives")))
# (A letter a page lost stays in the word: "Vu\ufffdi\ufffd", "Vu?i?" for "Vučić"; a "?" only
# between letters, never a question's end.)
_NAME_TOKEN = (
    r"(?:[A-ZÀ-ÖØ-Þ](?:[\w’'.\-\ufffd]|\?(?=\w))*"
    # ("Jan van der Meer", "Pierre de la Croix": particles one after another)
    r"|(?:von|van|der|den|de|da|du|di|del|al|bin|el|la)(?=\s+(?:[A-Z]|(?:der|den|la)\s+[A-Z])))"
)
# Words of a name are separated by spaces, never by a line break (a headline's last word and
# the first of the paragraph under it are no one's name).
_GAP = r"[^\S\n]+"
NAME_RUN = re.compile(
    rf"(?<![\w’'.-]){_NAME_TOKEN}(?:(?:{_GAP}(?:of|for|and|on)(?:{_GAP}the)?)?{_GAP}{_NAME_TOKEN})*"
    r"(?<![’'])"
)


# The joint of a name written in camel case ("DeepState", "OpenAI"): a lower-case letter, then a
# capital starting a lower-case word.
_CAMEL_JOINT = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


def normalise_quotes(text: str) -> str:
    """Same length as `text`, with typographic apostrophes made plain."""
    return text.replace("’", "'").replace("‘", "'").replace("`", "'")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    surface: str
    actor: str | None  # canonical name; None only for descriptions that did not resolve
    kind: str
    known: bool  # from the gazetteer


class ActorIndex:
    """The gazetteer compiled for matching. Build once per gazetteer; reuse across articles."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.entries: dict[str, ActorEntry] = {a.name: a for a in gazetteer.actors}
        self._scans: dict[int, tuple] = {}  # id(text) -> (text, mentions, starts)
        # office phrase -> who held it on some day of the war (`roles.office_holder`)
        self.wartime_holders: dict[str, frozenset[str | None]] = {}
        # each person's plain role and description, indexed by word (`roles._roles_naming`)
        self.person_roles: tuple[list[tuple], dict[str, set[int]]] | None = None
        # affiliation -> its organisations with the words of their names (`roles._bodies_of`)
        self.bodies_by_affiliation: dict[str, list[tuple[str, frozenset[str]]]] = {}
        forms: dict[str, str] = {}
        self.keys: dict[str, str] = {}
        for actor in gazetteer.actors:
            for form in (actor.name, *actor.aliases):
                form = normalise_quotes(form.strip())
                if not form:
                    continue
                for variant in {form, form[0].upper() + form[1:]}:
                    forms.setdefault(variant, actor.name)
                if " " in form and (other := _other_spelling(form)) != form:
                    forms.setdefault(other, actor.name)  # "Ministry of Defense" / "Defence"
                if (spaced := _CAMEL_JOINT.sub(" ", form)) != form:
                    forms.setdefault(spaced, actor.name)  # "Deep State" for "DeepState"
                key = translit_key(form)
                if key:
                    self.keys.setdefault(key, actor.name)
                    for other in _given_variants(key):
                        # ("Mikhail Doe" for Mykhailo Doe: the Russian form of the given name)
                        self.keys.setdefault(other, actor.name)
        self.forms = forms
        # surname key -> the one person with that surname (None when several share it)
        self.surnames: dict[str, str | None] = {}
        for actor in gazetteer.actors:
            if actor.kind == PERSON and len(actor.name.split()) >= 2:
                key = translit_key(actor.name.split()[-1])
                if key:
                    seen = self.surnames.get(key, actor.name)
                    self.surnames[key] = actor.name if seen == actor.name else None
        # first letter of a surname key -> [(surname key, person, the person's given-name keys)]
        self._by_initial: dict[str, list[tuple[str, str, frozenset[str]]]] = {}
        self._givens: dict[str, frozenset[str]] = {}  # person -> their given-name keys
        for actor in gazetteer.actors:
            if actor.kind != PERSON:
                continue
            keys = [translit_key(form).split() for form in (actor.name, *actor.aliases)]
            # (an alias written surname first, "Roe Jan", makes no surname of the given name)
            own = keys[0][-1] if keys[0] else ""
            keys = [k[::-1] if len(k) == 2 and k[0] == own != k[1] else k for k in keys]
            given = frozenset(k[0] for k in keys if len(k) >= 2)
            self._givens[actor.name] = given
            for surname in {k[-1] for k in keys if k}:
                self._by_initial.setdefault(surname[0], []).append((surname, actor.name, given))
        # every given name's key the gazetteer and the name lists know (a glued "JaneRoe")
        self.given_names: frozenset[str] = (
            frozenset(g for givens in self._givens.values() for g in givens if len(g) >= 3)
            | frozenset(translit_key(n) for n in entries("female_names"))
            | frozenset(_given_name_forms())
        )
        # every given name as written (small letters), for a person named by it alone
        self.given_words: frozenset[str] = (
            frozenset(
                form.split()[0].lower()
                for actor in gazetteer.actors
                if actor.kind == PERSON
                for form in (actor.name, *actor.aliases)
                if len(form.split()) >= 2
            )
            | frozenset(entries("female_names"))
            | frozenset(w for line in entries("given_name_variants") for w in line.split())
        )
        # a surname's key, as written last in a form ("akufo ado" for "Akufo-Addo") -> the
        # people with that surname (for a name written with middle names, `middle_named`)
        self._full_surnames: dict[str, set[str]] = {}
        for actor in gazetteer.actors:
            if actor.kind != PERSON:
                continue
            for form in (actor.name, *actor.aliases):
                parts = normalise_quotes(form).split()
                if len(parts) >= 2 and (key := translit_key(parts[-1])):
                    self._full_surnames.setdefault(key, set()).add(actor.name)
        self._fuzzy_cache: dict[tuple[str, ...], str | None] = {}
        # A surname whose accented letters a page lost ("Petrovi" for "Petrović"): the surname's letters
        # without its non-ASCII ones -> the one person it can be (None when several).
        self._dropped: dict[str, str | None] = {}
        for actor in gazetteer.actors:
            if actor.kind != PERSON:
                continue
            for form in (actor.name, *actor.aliases):
                last = form.split()[-1] if form.split() else ""
                if last.isascii():
                    continue
                dropped = "".join(c for c in last.lower() if c.isascii() and c.isalpha())
                if len(dropped) >= 3:
                    seen = self._dropped.get(dropped, actor.name)
                    self._dropped[dropped] = actor.name if seen == actor.name else None
        self.folded = {f.lower(): name for f, name in forms.items() if " " in f}
        # Multi-word names match in any case ("Ukraine's air force"); single words only as
        # written, so "it" or "west" in running text is not taken for an actor.
        self.pattern = PhraseMatcher(
            folded=[f for f in forms if " " in f], exact=[f for f in forms if " " not in f]
        )

    def kind_of(self, name: str) -> str:
        entry = self.entries.get(name)
        return entry.kind if entry else PERSON

    def role_text(self, name: str) -> str:
        entry = self.entries.get(name)
        if not entry:
            return ""
        return f"{entry.role} {entry.description} {entry.affiliation}".lower()

    def known_mentions(self, norm_text: str, start: int, end: int) -> list[Mention]:
        """The gazetteer's names in norm_text[start:end]. The whole text is scanned once and
        kept (keyed by the text object), so span after span stays linear in its length."""
        if not self.pattern:
            return []
        cached = self._scans.get(id(norm_text))
        if cached is None or cached[0] is not norm_text:
            found = []
            for a, b in self.pattern.finditer(norm_text):
                surface = norm_text[a:b]
                name = self.forms.get(surface) or self.folded[surface.lower()]
                if " " not in surface and self.kind_of(name) == PERSON:
                    before = _word_before(norm_text, a)
                    if self.another_given_name(before, name):
                        continue  # "Olga Roe" is not the gazetteer's "Anna Roe" (alias "Roe")
                    if self.kind_of(self.forms.get(before, "")) == MEDIA and _is_acronym(before):
                        continue  # "CNN Turk": an outlet's name, not the person "Türk"
                    if (
                        re.fullmatch(r"[A-Z][a-z]{2,}", before)
                        and before.lower() not in TITLES
                        and self.lookup(f"{before} {surface}") == name
                    ):
                        # "Mikhail Podoliak" for the gazetteer's Mykhailo Podolyak (alias
                        # "Podoliak"): the given name in another spelling is part of the name.
                        a -= len(before) + 1
                        surface = norm_text[a:b]
                found.append(Mention(a, b, surface, name, self.kind_of(name), True))
            cached = (norm_text, found, [m.start for m in found])
            if len(self._scans) >= 4:
                self._scans.clear()
            self._scans[id(norm_text)] = cached  # checked by identity when read
        _, found, starts = cached
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        return [m for m in found[lo:hi] if m.end <= end]

    def lookup(self, surface: str) -> str | None:
        """Resolve a capitalised run the alias regex missed (spelling variants, titles; a
        Turkish or Czech spelling's digraphs: "Vereşçuk" for Vereshchuk)."""
        found = self._lookup(surface)
        if found is None and (spelt := digraph_spelling(surface)):
            found = self._lookup(spelt)
        return found

    def _lookup(self, surface: str) -> str | None:
        surface = normalise_quotes(surface)
        if surface in self.forms:
            return self.forms[surface]
        tokens = surface.split()
        titled = False
        royal = False
        while tokens and tokens[0].lower().strip(".") in TITLES:
            royal = royal or tokens[0].lower() in _ROYAL_TITLES
            tokens = tokens[1:]
            titled = True
        if titled and len(tokens) >= 4 and tokens[0] == "of":
            # "Governor of Sevastopol Jane Roe": the title's place, then the name
            rest = tokens[2:] if tokens[1] != "the" else tokens[3:]
            if len(rest) >= 2:
                tokens = rest
        if (
            len(tokens) == 2
            and tokens[0].lower() in _EAST_ASIAN_SURNAMES
            and (reordered := self.forms.get(f"{tokens[1]} {tokens[0]}"))
        ):
            return reordered  # "Kishi Nobuo": the surname written first, as Japanese media do
        if royal and len(tokens) == 1:
            # "Prince Mohammed": a given name; the one royal the gazetteer gives that name
            return self._royal_named(tokens[0])
        for n, candidate in enumerate((" ".join(tokens), tokens[-1] if tokens else "")):
            if n == 1 and (held := self.middle_named(_after_role(tokens))):
                return held  # "Jan Piotr Roe": the gazetteer's Jan Roe, with a middle name
            if _is_acronym(candidate) or any(_is_acronym(t) for t in tokens[:-1]):
                # "UNN" is not the UN ("un" by its key); "CNN Turk" is an outlet, not Türk; an
                # acronym is matched only as written
                if candidate in self.forms:
                    return self.forms[candidate]
                continue
            key = translit_key(candidate)
            if key and key in self.keys:
                if len(tokens) >= 2 and self.another_given_name(tokens[-2], self.keys[key]):
                    return None  # "Olga Roe": another person than the gazetteer's "Anna Roe"
                return self.keys[key]
        if titled and len(tokens) == 1 and (held := self.surnames.get(translit_key(tokens[0]))):
            # "Mr Price", "Gen. Doe": a title and a surname name the one gazetteer person
            # with that surname (never a bare capitalised word: "Price rises").
            return held
        roles = [i for i, t in enumerate(tokens[:-1]) if t.lower().strip(".,") in _ROLE_TITLES]
        if roles:
            # "External Affairs Minister R. Roe": the name after the role
            tokens, titled = tokens[roles[-1] + 1 :], True
        if tokens and 1 <= len(tokens) <= 3 and (held := self._lost_letters(tokens)):
            return held
        if (titled and tokens) or 2 <= len(tokens) <= 3:
            held = self.misspelt(tokens)
            if held is None and len(tokens) >= 2 and "-" in tokens[-1]:
                # "Jane Spolarich-Egger": a double surname whose first part is the known one's
                held = self.misspelt([*tokens[:-1], tokens[-1].split("-")[0]])
            if held is None and titled and len(tokens) == 2:
                held = self.garbled(" ".join(surface.split()[: -len(tokens)]), tokens)
            return held
        if len(tokens) == 1 and tokens[0].lower().endswith(_PLACE_ENDINGS):
            return None  # "Smirnovo", "Pokrovsk": a place, not a surname one letter off
        if len(tokens) == 1 and len(tokens[0]) >= 6 and (held := self._transposed(tokens[0])):
            return held  # "Zelesnky said": two letters of one person's surname swapped
        if len(tokens) == 1 and len(tokens[0]) >= 8 and _NAME_TOKEN.fullmatch(tokens[0]):
            # "Stoltenburg said": a long surname one letter from one person's only
            return self.misspelt(tokens)
        return None

    def _transposed(self, token: str) -> str | None:
        """The one gazetteer person whose surname is `token` with two neighbouring letters
        swapped (not the first letter)."""
        key = translit_key(token)
        found = set()
        for i in range(1, len(key) - 1):
            swapped = key[:i] + key[i + 1] + key[i] + key[i + 2 :]
            if swapped != key and (held := self.surnames.get(swapped)):
                found.add(held)
        return found.pop() if len(found) == 1 else None

    def _royal_named(self, given: str) -> str | None:
        """The one gazetteer person whose name opens with `given` and whose role holds a royal
        title."""
        key = translit_key(given)
        keys = {key, *_given_name_forms().get(key, ())}  # ("Sheikh Mohammed": Mohamed)
        found = {
            a.name
            for a in self.entries.values()
            if a.kind == PERSON
            and translit_key(a.name.split()[0]) in keys
            and any(w in _ROYAL_TITLES for w in (a.role or "").lower().split())
        }
        return found.pop() if len(found) == 1 else None

    def lone_surname(self, token: str) -> str | None:
        """ "Healey said", on a page that never gave the full name: the one gazetteer person with
        that surname, when it is distinctive (five letters or more, not one many people share:
        `data/common_surnames.txt`, nor an East Asian family name)."""
        key = translit_key(token)
        if len(key) < 5 or not token[:1].isupper() or token.lower() in _COMMON_SURNAMES:
            return None
        return self.surnames.get(key)

    def _lost_letters(self, tokens: list[str]) -> str | None:
        """The gazetteer person whose surname this is with its accented letters lost ("Petrovi",
        "Jovan Petrovi" for Jovan Petrović on a page that dropped "ć"), the given
        name, when written, theirs."""
        last = tokens[-1].replace("?", "").replace("\ufffd", "")
        if not last.isascii() or not last.isalpha() or not last[:1].isupper():
            return None
        person = self._dropped.get(last.lower())
        if not person:
            return None
        if len(tokens) >= 2 and not _given_fits(translit_key(tokens[-2]), self._givens[person]):
            return None
        return person

    def another_given_name(self, word: str, person: str) -> bool:
        """`word`, written before a person's surname, is a given name that is not theirs
        ("Olga Roe" for the gazetteer's Anna Roe): a capitalised word of three letters or more,
        no title, office or country word, that fits none of their given names and starts with
        another sound ("Alexei" / "Oleksiy" and "Gennady" / "Hennadiy" fit)."""
        givens = self._givens.get(person)
        if not givens or not re.fullmatch(r"[A-Z][a-zà-öø-ÿ]{2,}", word):
            return False
        lower = word.lower()
        if lower in _NOT_NAMES or lower in TITLES or lower in _ROLE_TITLES or lower in _VERB_WORDS:
            return False
        if lower in COUNTRY_WORDS or lower in _PLACE_WORDS:
            return False
        given = translit_key(word)
        if not given or _given_fits(given, givens):
            return False
        return all(_sound_class(given[0]) != _sound_class(g[0]) for g in givens if g)

    def middle_named(self, tokens: list[str]) -> str | None:
        """The one gazetteer person a name with middle names means ("Jan Piotr Roe", "Ama Kofi
        Mensah Roe-Doe", "Jan P. Roe" for the gazetteer's Jan Roe): three to five name words, the
        first their given name, the last exactly their surname; the words between names or
        initials, none a title, place or common word."""
        if not 3 <= len(tokens) <= 5 or not all(_NAME_OR_INITIAL.fullmatch(t) for t in tokens):
            return None
        for t in tokens[1:-1]:
            low = t.lower().strip(".")
            if low in _NOT_NAMES or low in TITLES or low in _ROLE_TITLES or low in _VERB_WORDS:
                return None
            if low in COUNTRY_WORDS or low in _PLACE_WORDS:
                return None
        given = translit_key(tokens[0])
        people = self._full_surnames.get(translit_key(tokens[-1]), ())
        if len(given) < 2 or not people:
            return None
        found = {p for p in people if _given_fits(given, self._givens.get(p, frozenset()))}
        return found.pop() if len(found) == 1 else None

    def garbled(self, title: str, tokens: list[str]) -> str | None:
        """The one gazetteer person a garbled transliteration with a title means ("Governor
        Mycola Kalashhi" for Governor Mykola Kalashnyk, "Colonel-General Ivan Petrovskaya" for
        Colonel General Ivan Petrovskoi; the title before the name or in apposition after it):
        their given name (not an initial), a surname key sharing their surname's first three
        letters and at least 80% alike (rapidfuzz's indel ratio), and a title word (a rank or
        role noun) of `title` in the person's role or description. Only when no gazetteer
        surname is written exactly."""
        if len(tokens) != 2:
            return None
        given, surname = (translit_key(t) for t in tokens)
        if len(given) < 2 or len(surname) < 5 or " " in surname or surname in self.surnames:
            return None
        words = {
            w
            for t in title.split()
            for w in re.split(r"[-.]+", t.lower().replace("’", "'").removesuffix("'s"))
            if len(w) >= 4 and w not in _GENERIC_TITLE_WORDS and w in _TITLE_RUN_WORDS
        }
        if not words:
            return None
        found = set()
        # "Wang Weiben" for Wang Wenbin: a surname written first is exact, and the given name
        # after it (the garbled part) shares its first two letters, about as long, 60% alike.
        family_first = given in _EAST_ASIAN_SURNAMES
        for known, person, givens in self._by_initial.get(surname[0], ()):
            alike = (
                known[:3] == surname[:3]
                and fuzz.ratio(surname, known) >= 80
                and _given_fits(given, givens)
            ) or (
                family_first
                and given in givens
                and known[:2] == surname[:2]
                and abs(len(known) - len(surname)) <= 1
                and fuzz.ratio(surname, known) >= 60
            )
            if alike and words & set(re.findall(r"[a-z]+", self.role_text(person))):
                found.add(person)
        return found.pop() if len(found) == 1 else None

    def surname_near(self, surname: str) -> bool:
        """Whether a gazetteer person has this surname, or one a letter from it ("Ms Grant"
        with Grants known, "Mr Dombrovun" near two people: no new person to name)."""
        key = translit_key(surname)
        return key in self.surnames or any(
            surname_one_off(key, known) for known, _, _ in self._by_initial.get(key[:1], ())
        )

    def misspelt(self, tokens: list[str]) -> str | None:
        """The one gazetteer person a misspelt or variant name means ("Mr Jonhson", "Anna
        Kowalsky" for Anna Kowalski, "A. Kowalski"): the surname's transliteration key one edit from theirs
        (at least 0.85 alike, five letters or more) or its letters transposed ("Jonhson"), with
        the given name, when there is one, theirs or its initial. None unless exactly one
        person fits."""
        key = tuple(translit_key(t) for t in tokens)
        if key in self._fuzzy_cache:
            return self._fuzzy_cache[key]
        found: set[str] = set()
        exact = False
        surname, given = key[-1], key[0] if len(key) >= 2 else ""
        if len(surname) >= 5 and " " not in surname:
            for known, person, givens in self._by_initial.get(surname[0], ()):
                if given and surname == known and (given in givens or _initial_of(given, givens)):
                    found.add(person)  # "R. Roe", "Jon Roe" for Jonathan Roe: the given name fits
                elif not given and surname == known:
                    exact = True  # a surname someone has exactly is no one's misspelling
                elif surnames_alike(surname, known) and (not given or _given_fits(given, givens)):
                    found.add(person)
                elif given in givens and _two_letters_off(surname, known):
                    found.add(person)  # "Ahmet Yilmazoglo": their given name, a long surname
        self._fuzzy_cache[key] = held = found.pop() if len(found) == 1 and not exact else None
        return held


_SPELLINGS = {
    **mapping("spelling_variants"),
    **{a: b for b, a in mapping("spelling_variants").items()},
}
_SPELLING = re.compile(rf"\b(?i:{'|'.join(_SPELLINGS)})\b")


def _other_spelling(form: str) -> str:
    """The form with each word of `data/spelling_variants.txt` in its other spelling, its case
    kept ("Ministry of Defence" -> "Ministry of Defense")."""

    def swap(m: re.Match) -> str:
        other = _SPELLINGS[m.group().lower()]
        return other.capitalize() if m.group()[0].isupper() else other

    return _SPELLING.sub(swap, form)


# A name's word or an initial ("Jan", "Roe-Doe", "O'Roe", "P.").
_NAME_OR_INITIAL = re.compile(r"[A-ZÀ-ÖØ-Þ](?:[a-zß-öø-ÿ]+(?:[-’'][A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)*|\.)")
# Title words too common to tell one office from another ("Deputy", "Head", "Chief").
_GENERIC_TITLE_WORDS = frozenset(entries("office_generic_words"))


def _after_role(tokens: list[str]) -> list[str]:
    """The words after a run's last role title ("Examplian President Jan Roe" -> "Jan Roe")."""
    roles = [i for i, t in enumerate(tokens[:-1]) if t.lower().strip(".,") in _ROLE_TITLES]
    return tokens[roles[-1] + 1 :] if roles else tokens


def _is_acronym(word: str) -> bool:
    """An acronym naming a body or outlet ("UNN", "CNN"), not a title ("PM", "MP")."""
    return bool(_ACRONYM.fullmatch(word)) and word.lower() not in TITLES | _ROLE_TITLES


def _word_before(text: str, at: int) -> str:
    """The word ending one space before `at` ("" when none does)."""
    if at < 2 or text[at - 1] != " ":
        return ""
    start = at - 1
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start : at - 1]


# Initial letters that transliterations of one given name swap ("Alexei" / "Oleksiy",
# "Gennady" / "Hennadiy", "Yevhen" / "Evgeny", "Kirill" / "Cyril").
_SOUND_CLASSES = {c: cls for cls in ("aoe", "iy", "gh", "kc", "vw", "fp") for c in cls}


def _sound_class(letter: str) -> str:
    return _SOUND_CLASSES.get(letter, letter)


def surnames_alike(surname: str, known: str) -> bool:
    """One surname key a misspelling of the other (both keys of `translit_key`); never a
    woman's form of a man's surname or the other way round ("Sokolova" / "Sokolov")."""
    if surname == known or abs(len(surname) - len(known)) > 1 and "zh" not in known:
        return False
    if (
        surname.endswith("a")
        and surname[:-1] == known
        or known.endswith("a")
        and known[:-1] == surname
    ):
        return False
    if Levenshtein.normalized_similarity(surname, known) >= 0.85:
        return True
    if "zh" in known and known.replace("zh", "i") == surname:
        return True  # ж written "j" ("Razvojayev" for Razvozhayev; keys write j as i)
    # Two letters swapped ("Jonhson", "Macorn"): the same letters, the same last letter.
    return (
        len(surname) >= 6
        and surname[-1] == known[-1]
        and sorted(surname) == sorted(known)
        and Levenshtein.distance(surname, known) <= 2
    )


def surname_one_off(surname: str, known: str) -> bool:
    """A surname key one letter off another of five letters or more, the first two the same
    ("Rechan" / "Recean", a transliteration of "ce"): a looser test, only for the surname of
    someone the same article named in full."""
    return (
        surnames_alike(surname, known)
        or len(known) >= 5
        and surname[:2] == known[:2]
        and Levenshtein.distance(surname, known) == 1
    )


def _two_letters_off(surname: str, known: str) -> bool:
    """A long surname key two edits from another with the same first letter ("Yilmazoglo" /
    "Yilmazoglu"): a misspelling only with the person's own given name before it."""
    return (
        len(known) >= 7
        and surname[:1] == known[:1]
        and abs(len(surname) - len(known)) <= 2
        and Levenshtein.distance(surname, known) <= 2
    )


def _initial_of(given: str, givens: frozenset[str]) -> bool:
    """An initial ("r") of one of a person's given names."""
    return len(given) == 1 and any(g.startswith(given) for g in givens)


def _given_fits(given: str, givens: frozenset[str]) -> bool:
    """A given name (or an initial) compatible with one of a person's given names."""
    if given in givens or _initial_of(given, givens):
        return True
    if len(given) == 1:
        return False
    return any(
        g[:1] == given[:1] and Levenshtein.normalized_similarity(given, g) >= 0.8 for g in givens
    )


# A word of four letters or more and a full stop with a space after it: a sentence's end, not
# an initial ("P. Roe") or an abbreviation ("Gen.", "U.S.").
_WORD_AND_STOP = re.compile(r"\b([A-Z][a-z]{3,})\.\s+")


def _runs_outside(text: str, start: int, end: int, taken: list[Mention]):
    """Capitalised runs, cut where a known mention sits ("Leonid Kuchma Ivan Horbenko")."""
    for m in NAME_RUN.finditer(text, start, end):
        # ("Jane DoeThis is ...": a scraper glued the next sentence's first word on; the run
        # ends at the joint.)
        pieces = [(m.start(), glued_joint(text, m.start(), m.end()) or m.end())]
        lo, hi = m.start(), m.end()
        for t in [t for t in taken if t.start < hi and lo < t.end]:
            pieces = (
                [
                    part
                    for a, b in pieces
                    for part in ((a, min(b, t.start)), (max(a, t.end), b))
                    if part[1] - part[0] > 1
                ]
                if any(t.start < b and a < t.end for a, b in pieces)
                else pieces
            )
        for a, b in pieces:
            for sub in NAME_RUN.finditer(text, a, b):
                at = sub.start()
                for dot in _WORD_AND_STOP.finditer(text, at, sub.end()):
                    if dot.group(1).lower() in TITLES:
                        continue  # "Capt. Jane Doe", "Prof. Roe": an abbreviated title
                    # "… in Vilnius. The Lithuanian said": a sentence ends inside the run
                    yield at, dot.end(1)
                    at = dot.end()
                if at < sub.end():
                    yield at, sub.end()


def guess_kind(surface: str) -> str:
    """The kind of a name the gazetteer does not know, from its words."""
    if _MEDIA_WORDS.search(surface) or _MEDIA_COMPOUND.fullmatch(surface):
        return MEDIA
    if GROUP_NOUN_RE.search(surface):
        return GROUP
    if _ORG_WORDS.search(surface):
        return ORGANISATION
    if " and " in surface:
        return GROUP  # "Donetsk and Lugansk", "France and Germany": never one person
    return PERSON


# Role nouns that, inside a capitalised run, end the description and start the name
# ("Bryansk Governor Alexander Bogomaz", "Sumy Oblast Gov. Ivan Petrenko").
_ROLE_TITLES = frozenset(entries("role_titles"))


# Role titles that end an office's name and never a person's ("External Affairs Minister"),
# unlike "chief", "head" or "general".
_OFFICE_ENDS = _ROLE_TITLES - frozenset(("chief", "head", "general", "gov", "commander"))
# Words of a title written capitalised: titles, role nouns and the words of countries.
# The nouns a title ends with ("Prime Minister", "Spokesman").
TITLE_HEADS = frozenset([*entries("role_titles"), *entries("person_roles")])
_COUNTRY_WORDS = frozenset(
    w.replace("_", " ") for words_ in mapping("countries").values() for w in words_.split()
)
_TITLE_RUN_WORDS = TITLES | TITLE_HEADS | _COUNTRY_WORDS


def _is_title_run(tokens: list[str]) -> bool:
    """Whether a capitalised run is only a title ("Estonian Prime Minister", "Latvia's
    Foreign Minister"): country words and title words ending in a role noun."""
    low = [t.lower().replace("’", "'").strip(".,") for t in tokens]
    if low and low[0] == "the":
        low = low[1:]
    return len(low) >= 2 and low[-1] in TITLE_HEADS and all(w in _TITLE_RUN_WORDS for w in low)


_ADDRESS_WORDS = frozenset(entries("address_words"))
PARTY_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z.]*,?")
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_NAME_TOKEN = re.compile(r"[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?")
_GIVEN_INITIALS = re.compile(r"[A-Z]{2}")
_ORG_WORD_SET = frozenset(entries("organisation_words"))


def _person_after_body(tokens: list[str]) -> int | None:
    """Where a person's name starts in a run that names a body first ("Ukrainian Grain
    Association Jane Doe"): two or three plain name words after the body's last organisation
    word; None when the run is one name."""
    for i in range(len(tokens) - 3, 0, -1):
        if tokens[i] not in _ORG_WORD_SET:
            continue
        tail = tokens[i + 1 :]
        plain = all(
            _NAME_TOKEN.fullmatch(t)
            and t.lower() not in _NOT_NAMES
            and t.lower() not in TITLES
            and t not in _ORG_WORD_SET
            for t in tail
        )
        if 2 <= len(tail) <= 3 and plain and guess_kind(" ".join(tail)) == PERSON:
            return i + 1
        return None
    return None


def strip_titles(surface: str) -> str:
    tokens = surface.split()
    titled = complement = remit_read = False
    while len(tokens) > 1 and tokens[0].lower().strip(".,") in TITLES:
        tokens = tokens[1:]
        titled = True
        remit_read = complement
        if len(tokens) >= 2 and tokens[0] in ("of", "for"):
            tokens = tokens[1:]  # "Secretary of State Jane Doe", "President of Moldova"
            complement = True
    if remit_read and 3 <= len(tokens) <= 4 and all(_plain_name_word(t) for t in tokens):
        return " ".join(tokens)  # "Minister of Defence Jane Mary Doe": the remit read already
    roles = [i for i, t in enumerate(tokens[:-1]) if t.lower().strip(".,") in _ROLE_TITLES]
    if not roles and len(tokens) >= 3:
        # "Local TD Jane Doe", "Council Chief Executive Jane Doe": a title word inside the run,
        # then the two or three plain words of a name
        titled_at = [i for i, t in enumerate(tokens[:-2]) if t.lower().strip(".,") in TITLES]
        if (
            titled_at
            and 2 <= len(tokens) - titled_at[-1] - 1 <= 3
            and all(_plain_name_word(t) for t in tokens[titled_at[-1] + 1 :])
        ):
            roles = titled_at
    if roles:
        tokens = tokens[roles[-1] + 1 :]
        while (
            len(tokens) > 2
            and tokens[0].lower().strip(".,") in TITLES
            and all(_NAME_TOKEN.fullmatch(t) for t in tokens[1:])
        ):
            tokens = tokens[1:]  # "Chief Executive Jane Doe": the title's second word
        if (
            len(tokens) >= 3
            and tokens[0] in ("of", "for")
            and (person := _person_after_complement(tokens[1:]))
        ):
            return person  # "Cabinet Secretary for Justice Jane Doe"
    elif (
        titled
        and (person := _person_after_department(tokens))
        or complement
        and (person := _person_after_complement(tokens))
    ):
        return person
    if len(tokens) == 3 and _PATRONYMIC.fullmatch(tokens[1]):
        return f"{tokens[0]} {tokens[2]}"  # "Alexey Yurievich Doe": the name without the father's
    return " ".join(tokens)


# A Russian or Ukrainian patronymic between the given name and the surname ("Yurievich",
# "Volodymyrovych", "Ivanovna").
_PATRONYMIC = re.compile(
    r"[A-Z][a-z]+(?:[oe]vich|[iy]evich|[oe]vych|[iy]ovych|[oe]vna|[iy]evna|ivna)"
)


_REMIT_WORDS = frozenset(w for line in entries("remit_words") for w in line.split())


def _plain_name_word(t: str) -> bool:
    """A word that may be part of a person's name: no remit, title, place or body word."""
    low = t.lower()
    return bool(
        _NAME_TOKEN.fullmatch(t)
        and low not in _REMIT_WORDS
        and low not in TITLES
        and low not in _NOT_NAMES
        and low not in COUNTRY_WORDS
        and low not in _PLACE_WORDS
        and t not in _ORG_WORD_SET
    )


def _person_after_complement(tokens: list[str]) -> str | None:
    """ "(Minister of) Agriculture and Forestry Jane Doe": after a title's "of", the office's
    capitalised complement and then the two plain words of a person's name."""
    if len(tokens) < 3:
        return None
    # ("Minister of Defence Jane Mary Doe": a name of three or four words after the remit)
    cut = len(tokens) - 2
    while cut > 1 and len(tokens) - cut < 4 and tokens[cut - 1].lower() not in _REMIT_WORDS:
        if not _NAME_TOKEN.fullmatch(tokens[cut - 1]) or tokens[cut - 1].lower() in TITLES:
            break
        cut -= 1
    if cut < len(tokens) - 2 and tokens[cut - 1].lower() not in _REMIT_WORDS:
        cut = len(tokens) - 2
    complement, name = tokens[:cut], tokens[cut:]
    if not all(w[:1].isupper() or w in ("and", "the", "of") for w in complement):
        return None
    if complement[-1] in ("and", "the", "of"):
        return None
    plain = all(
        (
            _NAME_TOKEN.fullmatch(t)
            # ("Cathaoirleach of the Council PJ Ryan": a given name in initials)
            or (i == 0 and len(name) == 2 and _GIVEN_INITIALS.fullmatch(t))
        )
        and t.lower() not in _NOT_NAMES
        and t.lower() not in TITLES
        and t.lower() not in _ROLE_TITLES
        and t.lower() not in _REMIT_WORDS  # ("... of the Temporarily Occupied Territories")
        and t not in _ORG_WORD_SET
        for i, t in enumerate(name)
    )
    return " ".join(name) if plain and guess_kind(" ".join(name)) == PERSON else None


def _person_after_department(tokens: list[str]) -> str | None:
    """ "(Secretary General of) the Ministry of Defence Jane Doe": after a title, a body named
    with its complement ("Ministry of Foreign Affairs") and then two plain name words."""
    if tokens and tokens[0] == "the":
        tokens = tokens[1:]
    if len(tokens) < 5 or tokens[0] not in _ORG_WORD_SET or tokens[1] not in ("of", "for"):
        return None
    complement, name = tokens[2:-2], tokens[-2:]
    if complement[-1] in ("and", "the", "of") or not all(
        w[:1].isupper() or w in ("and", "the", "of") for w in complement
    ):
        return None
    plain = all(
        _NAME_TOKEN.fullmatch(t)
        and t.lower() not in _NOT_NAMES
        and t.lower() not in TITLES
        and t not in _ORG_WORD_SET
        for t in name
    )
    return " ".join(name) if plain else None


@functools.cache
def _given_name_forms() -> dict[str, tuple[str, ...]]:
    """Each key of a given name's spelling -> the keys of all its spellings
    (data/given_name_variants.txt: "mikhail mykhailo")."""
    out: dict[str, tuple[str, ...]] = {}
    for line in entries("given_name_variants"):
        keys = tuple(dict.fromkeys(translit_key(f) for f in line.split()))
        for key in keys:
            out[key] = keys
    return out


def _given_variants(key: str) -> list[str]:
    """The key of a name with its given name in each other spelling ("mihail doe" for "mihailo
    doe"); none for a name of one word."""
    words = key.split()
    if len(words) < 2:
        return []
    return [
        " ".join((g, *words[1:])) for g in _given_name_forms().get(words[0], ()) if g != words[0]
    ]


# Months that are also first names: "May Olsen said", "said June Park", "Jan Egeland said".
_MONTH_NAMES = frozenset(entries("month_first_names"))
_MONTH_LEAD = re.compile(
    r"(?:\b(?:in|since|of|by|until|till|last|early|late|mid|next|this|from|to|on|and)|\d)\s*$",
    re.IGNORECASE,
)


def _month_first_name(text: str, a: int, tokens: list[str]) -> bool:
    """Is the month leading this run a first name ("May Olsen") rather than a date ("in May")?"""
    if len(tokens) < 2 or tokens[0].lower() not in _MONTH_NAMES:
        return False
    surname = tokens[1].lower().strip(".,")
    if surname in _NOT_NAMES or surname in TITLES or not tokens[1][1:].islower():
        return False
    return not _MONTH_LEAD.search(text[max(0, a - 12) : a])


# "New York-based", "Kremlin-backed", "Moscow-installed": a place or body made an adjective.
_COMPOUND_ADJECTIVE = re.compile(
    r"-(?:based|backed|installed|appointed|controlled|held|occupied|led|linked|funded|owned|run|"
    r"born|aligned|affiliated|allied|friendly|leaning|made)$"
)


# A region's adjective ("East African", "Central Asian", "Latin American"): no one's name.
_REGION_ADJECTIVE = re.compile(
    r"(?:(?:East|West|North|South|Central|Southeast|South-East|Northeast|Southern|Northern|"
    r"Eastern|Western|Latin|Middle)\s+)?(?:African|Asian|European|American|Arab|Eastern)"
)


_SURNAME_TITLES = frozenset(entries("surname_titles"))


def titled_surname(surface: str) -> str | None:
    """ "Commander Doe", "Lt. Col. Roe": ranks or honorifics, the last of them one that names
    a person (`data/surname_titles.txt`), then one plain surname that is no title, place or
    common word: the person so named (the surface, ranks kept); else None."""
    tokens = surface.split()
    if len(tokens) < 2 or len(tokens) > 4:
        return None
    *titles, surname = tokens
    if titles[-1].lower().rstrip(".") not in _SURNAME_TITLES:
        return None
    if not all(t.lower().rstrip(".") in TITLES or t.lower() in TITLES for t in titles):
        return None
    low = surname.lower()
    if (
        not _NAME_TOKEN.fullmatch(surname)
        or low in TITLES
        or low in _NOT_NAMES
        or low in _PLACE_WORDS
        or low in COUNTRY_WORDS
        or surname in _ORG_WORD_SET
        or low in _VERB_WORDS
    ):
        return None
    return surface


# ", governor of the region,", ", the Chief of the Main Department,": an apposition after a
# name that may give the person's title.
_APPOSED_ROLE = re.compile(r"\s*,\s*(?:the\s+)?(?P<role>[^,.;:“”\"()]{3,80}?)\s*,")
# the title before a name in commas: "The Spokesperson of the X Ministry, <name>,"
_EAST_ASIAN_SURNAMES = frozenset(entries("east_asian_surnames"))
_ROLE_BEFORE = re.compile(r"(?P<role>[A-Z][^,.;:“”\"()]{2,80}?),\s+$")


# "the Special Representative of the Examplian Government on Eurasian Affairs": a capitalised
# chain holding an office noun, up to the "of"/"on"/"for" before a run.
_COMPLEMENT_BEFORE = re.compile(
    r"(?<![\w’'.-])(?P<chain>[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|for|and|on|the))*?)"
    r"\s+(?:of|for|on)(?:\s+the)?\s+$"
)
_COMPLEMENTED_TITLES = _ROLE_TITLES | frozenset(entries("complement_titles"))
COMPLEMENTED_TITLES = _COMPLEMENTED_TITLES  # (read by speakers)


_OFFICE_OF = re.compile(r"\s(?:of|for|on)\s")
_REMIT_TITLES = frozenset(entries("complement_titles"))  # "Commissioner for Human Rights"


def _office_complement(text: str, start: int, a: int, tokens: list[str]) -> int | None:
    """Is the run at `a` the capitalised complement of an office named just before it ("... the
    Special Representative of the Examplian Government on Eurasian Affairs")? Returns how many
    of its tokens to drop (all of them; a run of three words or more may end in a person's name
    "Minister of the Examplian Government for Coastal Affairs Jane Doe": the words before it),
    else None."""
    lead = _COMPLEMENT_BEFORE.search(text, max(start, a - 160), a)
    if lead is None or not any(
        w.lower().strip(".,") in _COMPLEMENTED_TITLES for w in lead.group("chain").split()
    ):
        return None
    if len(tokens) >= 3 and (person := _person_after_complement(tokens)) is not None:
        return len(tokens) - len(person.split())
    return len(tokens)


_PLACE_ENDINGS = tuple(entries("place_endings"))
_PLATFORMS = frozenset(entries("platforms"))


@functools.lru_cache(maxsize=4)
def _words_of(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words `text` writes in small letters (capitalised, as a name would be), and the
    capitalised words it writes next to another capitalised word: read once per text."""
    small = frozenset(w.capitalize() for w in re.findall(r"\b[a-z]+\b", text))
    in_names = frozenset(
        w for pair in re.findall(r"\b([A-Z][\w’'-]*)(?=\s+([A-Z][\w’'-]*))", text) for w in pair
    )
    return small, in_names


def _lone_given_name(text: str, word: str, end: int, index: ActorIndex) -> bool:
    """Whether a lone capitalised `word` ending at `end` names a person by a given name the
    name lists know ("Maxim was at home", "Olga, 45, said"): four letters or more, never
    written in small letters in the text (not "Mark"/"mark") nor as part of a longer name, and
    followed by a small-letter word or a comma."""
    if not (
        len(word) >= 4
        and word.isalpha()
        and word.lower() not in _NOT_NAMES
        and word.lower() in index.given_words
        and translit_key(word) not in index.surnames  # ("Bartholomew": a patriarch's name)
        and re.match(r",|\s+[a-z]", text[end : end + 3])
    ):
        return False
    small, in_names = _words_of(text)
    # (never part of a longer name in the text: "Chiu" of "Chiu Kuo-cheng" is his)
    return word not in small and word not in in_names


# A given name glued to a surname ("JaneRoe"; not "YouTube", "LinkedIn", "McCarthy").
_GLUED_NAME = re.compile(r"(?P<given>[A-Z][a-z]{2,})(?P<surname>[A-Z][a-z]{3,})")
# An age written before a name ("Twenty-seven-year-old", "27-Year-Old").
_AGE_WORD = re.compile(r"(?i)[\w-]+-years?-old")


_WAR_NAME = re.compile(r"\bWar(?:\s+(?:I{1,3}|One|Two))?$")


def unknown_name_mentions(
    text: str, norm_text: str, start: int, end: int, taken: list[Mention], index: ActorIndex
) -> list[Mention]:
    """Capitalised runs in text[start:end] that no known mention covers: new actors."""
    out: list[Mention] = []
    for a, b in _runs_outside(text, start, end, taken):
        opened = a > 0 and text[a - 1] in "‘“\"'«"
        described = bool(re.match(r"(?:An?|The)\s", text[a:b]))  # "‘A Religious Politician’"
        surface = text[a:b].rstrip(".’'")
        tokens = surface.split()
        while (
            tokens
            and tokens[0].lower().strip(".,") in _NOT_NAMES
            and not _month_first_name(text, a, tokens)
        ):
            a += len(tokens[0]) + 1
            tokens = tokens[1:]
        while tokens and tokens[-1].lower().strip(".,") in _NOT_NAMES:
            tokens = tokens[:-1]
        if len(tokens) >= 3 and _AGE_WORD.fullmatch(tokens[0]):
            # "Twenty-seven-year-old Jane Roe": her age, then her name
            a += len(tokens[0]) + 1
            tokens = tokens[1:]
        if len(tokens) >= 3 and _ACRONYM.fullmatch(tokens[0]) and _NAME_TOKEN.fullmatch(tokens[1]):
            # "the head of NRC Jane Doe": the body's acronym, then the person's name.
            a += len(tokens[0]) + 1
            tokens = tokens[1:]
        if not tokens:
            continue
        if (
            len(tokens) == 1
            and (glued := _GLUED_NAME.fullmatch(tokens[0]))
            and translit_key(glued["given"]) in index.given_names
        ):
            # "JaneRoe, the deputy minister, said": a given name and a surname a scraper
            # glued together; the person is named with the space put back
            name = f"{glued['given']} {glued['surname']}"
            resolved = index.lookup(name)
            out.append(
                Mention(a, a + len(tokens[0]), tokens[0], resolved or name, PERSON, bool(resolved))
            )
            continue
        if drop := _office_complement(text, start, a, tokens):
            # "... Representative of the Examplian Government on Eurasian Affairs": the office's
            # remit, no one's name (a name after it is kept)
            if drop == len(tokens):
                continue
            for token in tokens[:drop]:
                a = text.index(token, a) + len(token)
            a = text.index(tokens[drop], a)
            tokens = tokens[drop:]
        last = tokens[-1].lower().strip(".,")
        if len(tokens) <= 4 and (
            (last in TITLES and tokens[0].lower() in COUNTRY_WORDS) or last in _OFFICE_ENDS
        ):
            # "Lithuanian President", "External Affairs Minister": an office, no name
            continue
        if len(tokens) > 1 and last in _ADDRESS_WORDS:
            continue  # "Garden Street", "Mill Square": an address, not a name
        if any(t.strip(".,") in _PLATFORMS for t in tokens):
            continue  # "WhatsApp Video Chat": a platform (data/platforms.txt), never a speaker
        if _WAR_NAME.search(" ".join(tokens)):
            continue  # "World War II", "the Cold War": a war's name, never a speaker
        if len(tokens) == 1 and PARTY_STATE.fullmatch(tokens[0]):
            continue  # "Sen. Jane Doe, R-Texas, said": a legislator's party and state
        surface = " ".join(tokens)
        b = a + len(surface)
        if (
            opened
            and text[b : b + 1] in "’”\"'»"
            and not text[b + 1 : b + 2].isalpha()
            and (described or text[b + 1 : b + 2] == ":")
        ):
            # "‘A Religious Politician’: Head of ...": a quoted phrase (a headline's), a
            # description or a tag before a colon, not a name (a quoted outlet, '"RIA News"', is)
            continue
        if _is_title_run(tokens):
            continue  # "Estonian Prime Minister", "Kremlin Spokesman": an office, not a name
        if len(tokens) > 1 and " ".join(tokens).lower().replace("’", "'") in _COUNTRY_WORDS:
            continue  # "South African", "North Korean": a country's adjective, not a name
        if _REGION_ADJECTIVE.fullmatch(surface):
            continue  # "the East African nation", "Southeast Asian states": a region's adjective
        if GROUP_NOUN_RE.match(text, b + 1) and text[b : b + 1] == " ":
            continue  # "Ukrainian and Western officials": the group's description, not a name
        if re.search(r"['’]s?$", surface):
            continue  # a possessive modifies the noun after it ("Kuchma's adviser")
        if _COMPOUND_ADJECTIVE.search(surface):
            continue  # "the New York-based group", "the Moscow-installed official": a modifier
        word_before = max(start, text.rfind(" ", start, max(start, a - 1)) + 1)
        if word_before < a and GROUP_NOUN_RE.fullmatch(text, word_before, b):
            continue  # "Chinese state TV": a described outlet (a group noun), not one named TV
        if (cut := _person_after_body(tokens)) is not None:
            # "the head of the Kyiv Grain Association Jane Doe": the body, then its officer.
            body = " ".join(tokens[:cut])
            person = " ".join(tokens[cut:])
            known = index.lookup(body)
            kind = index.kind_of(known) if known else ORGANISATION
            out.append(Mention(a, a + len(body), body, known or body, kind, bool(known)))
            out.append(Mention(b - len(person), b, person, person, PERSON, False))
            continue
        if (person := _given_name_anchored(tokens, index)) is not None:
            # "Winnipegger Jane Doe", "Jane Doe of the Examplian Church": the person's name,
            # anchored on a given name the lists know, without the words around it
            first, last = person
            a = text.index(tokens[first], a) if first else a
            tokens = tokens[first:last]
            surface = " ".join(tokens)
            b = a + len(surface)
        resolved = index.lookup(surface)
        if (
            not resolved
            and len(tokens) == 2
            and (role := _APPOSED_ROLE.match(text, b, min(len(text), b + 90)))
        ):
            # "Mycola Kalashhi, governor of the region, said": a garbled transliteration of
            # the gazetteer person whose role the apposition gives
            resolved = index.garbled(role.group("role"), tokens)
        if (
            not resolved
            and len(tokens) == 2
            and text[b : b + 1] == ","
            and (role := _ROLE_BEFORE.search(text, max(0, a - 90), a))
        ):
            # "The Spokesperson of the Examplian Foreign Ministry, Wang Weiben, said": the
            # title in apposition before the garbled name
            resolved = index.garbled(role.group("role"), tokens)
        if resolved:
            out.append(Mention(a, b, surface, resolved, index.kind_of(resolved), True))
            continue
        name = strip_titles(surface)
        if name != surface and len(name.split()) >= 2 and (known := index.lookup(name)):
            # "Secretary of the Security Council of X Jane Doe": the gazetteer's Jane Doe,
            # named after a title the run read whole
            # (the run may hold a patronymic the name leaves out: "Maria Alekseyevna Roe")
            start_of_name = a + max(0, surface.rfind(name.split()[0]))
            out.append(Mention(start_of_name, b, name, known, index.kind_of(known), True))
            continue
        if (office := _OFFICE_OF.search(surface)) and surface[: office.start()].split()[
            -1
        ].lower() in _REMIT_TITLES:
            rest = surface[office.end() :].split()
            if len(rest) < 3 or _person_after_complement(rest) is None:
                continue  # "the Russian Commissioner for Human Rights": an office, no name
        if re.match(r"(?:of|for)\s", name):
            continue  # "the Head of State", "Minister for Veterans": an office, not a name
        if name.lower() in TITLES or len(name) < 2:
            if len(tokens) < 2 or guess_kind(surface) != ORGANISATION:
                continue
            name = surface  # "the European Parliament": a body named by words also titles
        after = b + len(text[b:end]) - len(text[b:end].lstrip())
        if tokens[-1].lower().strip(".,") in _ROLE_TITLES and any(m.start == after for m in taken):
            continue  # "U.S. President Joe Biden": the role of the known person named next
        # "Air Force Commander Mykola Oleshchuk": the name after a role is what is named.
        cut = name != surface and len(name.split()) >= 2
        kind = guess_kind(name if cut else surface)
        if name != surface and kind in (ORGANISATION, MEDIA):
            name = surface  # "UN Development Programme": a body keeps its whole name
        if re.fullmatch(r"[A-Z]{3,8}", name) and name.lower() not in TITLES:
            kind = ORGANISATION  # "UNICEF", "OSCE", "ECOWAS": an acronym names a body
        if kind == PERSON and re.search(r"\b[Ii]n\s$", text[max(0, a - 3) : a]) and name == surface:
            # "a press conference in New York on July 17": a place after "in", no one named.
            kind = "name-fragment"
        if kind == PERSON and name == surface and text[max(0, a - 4) : a] == "the ":
            # "the principles of the Peace Formula": a thing's name after "the", no one's.
            kind = "name-fragment"
        if kind == PERSON and " ".join(surface.split()) in CITIES:
            kind = "name-fragment"  # "Nova Kakhovka": a listed city, no one named
        if kind == PERSON and (len(name.split()) < 2 or len(name.split()) > 4):
            # A lone capitalised word is a person only if it is a surname seen before; the
            # caller checks that. Otherwise it is most likely a place or an adjective.
            kind = "name-fragment"
            if name == surface and _lone_given_name(text, name, b, index):
                kind = PERSON  # "Maxim was at home when ...": a person named by a given name
        out.append(Mention(a, b, surface, name, kind, False))
    return out


def _given_name_anchored(tokens: list[str], index: ActorIndex) -> tuple[int, int] | None:
    """Where a person's name lies in a capitalised run the gazetteer does not know: a given name
    the name lists know, then one or two plain words (the surname), with an unknown word
    before it ("Winnipegger Jane Doe") or "of" and a body after it ("Jane Doe of the Examplian
    Church"). None when the run is the name already, or no given name anchors it."""

    plain = _plain_name_word

    def given(t: str) -> bool:
        return plain(t) and translit_key(t) in index.given_names

    k = 0  # ("Pastor Jane Doe of ...": the titles before the name kept)
    while k < len(tokens) - 2 and tokens[k].lower().strip(".,") in TITLES:
        k += 1
    rest = tokens[k:]
    if len(rest) >= 4 and given(rest[0]) and "of" in rest[2:4]:
        of = rest.index("of", 2)
        if all(plain(t) for t in rest[:of]):
            return 0, k + of
    if (
        3 <= len(rest) <= 5
        and all(
            (plain(t) or t.lower() in _COUNTRY_WORDS)
            and not given(t)
            and translit_key(t) not in index.surnames
            for t in rest[:-2]
        )
        and given(rest[-2])
        and plain(rest[-1])
    ):
        # ("Ukrainian New Yorker Ian Roe": the words before the given name describe him)
        return len(tokens) - 2, len(tokens)
    return None


_COMMON_SURNAMES = frozenset(
    word.lower()
    for line in entries("common_surnames") + entries("east_asian_surnames")
    for word in line.split()
)
