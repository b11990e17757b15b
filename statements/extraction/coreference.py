"""Coreference of unnamed speakers: whom "the official", "the officials", "one diplomat" and
"the statement" refer back to.

Input: an unresolved subject (`speakers.Speaker` with no name) and its position in the text.
Output: the speaker it refers to (the last unnamed source or group the article introduced,
or the last body or person that spoke), else the subject as it was.
Pronouns and definite descriptions of named actors ("he", "the ministry") are resolved by
`speakers.Discourse`; this module handles the unnamed ones.
"""

from __future__ import annotations

import re

from .actors import GROUP, ORGANISATION, PERSON, TITLES, ActorIndex, normalise_quotes
from .places import CITIES
from .quotes import VERB
from .roles import (
    body_of_official,
    canonical_office,
    country_of,
    government_of_official,
    role_holder,
)
from .speakers import FAMILIAR_ANYWHERE, NOT_A_LONE_NAME, Discourse, Speaker, group_name
from .vocabulary import (
    COUNTRY_WORDS,
    MONTHS,
    PERSON_ROLES,
    PLACE_ADJECTIVES,
    SOURCE_NOUNS,
    UNNAMED_PEOPLE,
    WEEKDAYS,
    alternation,
    entries,
    mapping,
)

_SINGULAR = alternation(UNNAMED_PEOPLE)
_PLURAL = alternation([f"{noun}s" for noun in UNNAMED_PEOPLE])
# "One official said", "another senior diplomat", "a second source".
ONE_OF_THEM = re.compile(
    r"(?:one|another|a\s+(?:second|third|fourth))(?:\s+(?:senior\s+|western\s+|other\s+)?"
    rf"(?P<noun>{_SINGULAR}))?(?:\s+(?:said|added|told\s+\w+))?",
    re.IGNORECASE,
)
# (Its words are separated by spaces, never a line break: "Headline\n\nUS officials".)
_GROUP_PHRASE = re.compile(
    r"(?:[A-Z][\w.-]*[^\S\n]+)?(?:(?:senior|western|other|several|two|three|some|many)[^\S\n]+)*"
    rf"(?:[A-Z][\w.-]*[^\S\n]+)?(?P<noun>{_PLURAL})\b"
)
_SOURCE_NOUNS = rf"{alternation(SOURCE_NOUNS)}|spokes(?:man|woman|person)"
THE_SOURCE = re.compile(rf"(?:the|that|this)\s+(?P<noun>{_SOURCE_NOUNS})", re.I)
_A_SOURCE = re.compile(
    r"\b(?:[Aa]n?|[Aa]nother)\s+(?:[A-Z][\w.-]*\s+|[a-z][\w-]*\s+){1,4}?"
    rf"(?P<noun>{_SOURCE_NOUNS})\b"
)
_APPOSED = re.compile(r"[A-Z][\w’'.-]+\s*,\s*$")
# "two sources", "several officials": people counted, with no side or description.
_COUNTED_GROUP = re.compile(
    rf"(?:two|three|four|five|several|some|other)\s+(?P<noun>{_PLURAL})", re.IGNORECASE
)
_THE_GROUP = re.compile(rf"(?:the|these|those)\s+(?P<noun>{_PLURAL})", re.IGNORECASE)
_THE_DOCUMENT = re.compile(
    r"(?:the|that|this)\s+(?P<noun>statement|report|post|message|communiqu[ée]|readout|release|"
    r"update|assessment|analysis|study|document|text|letter|declaration|resolution|appeal)",
    re.IGNORECASE,
)
# "The Kazimir Foundation published a report on Monday. The document states ...": whoever issued
# the document named before (the capitalised subject of "published", "issued", ...).
_ISSUED_DOCUMENT = re.compile(
    r"(?P<who>(?:[Tt]he\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.-]*){0,5})\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:published|issued|released|adopted|sent|signed|"
    r"circulated|put\s+out)\s+(?:an?|the|its|their|a\s+joint)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:statement|report|document|text|letter|declaration|resolution|communiqu[ée]|appeal|"
    r"study|analysis|assessment|update|message)\b"
)
# "A report by the Latvian security service", "a statement from the ministry".
_A_DOCUMENT_BY = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?P<noun>statement|report|post|"
    r"message|communiqu[ée]|readout|release|update|assessment|analysis|study)\s+"
    r"(?:by|from|of|issued\s+by)\s+"
    r"(?P<who>(?:the\s+)?[A-Z][^,.;:“”\"]{1,60}?)(?=\s+(?:says|said|states|stated|reads|read|"
    r"shows|showed|notes|noted|on|in)\b|\s*[,.;])"
)


# "the spokesperson", "the head of the Administration": a person described by a title alone.
_THE_TITLED = re.compile(
    r"(?:the|that|this)\s+(?P<noun>spokes(?:man|woman|person)|press\s+secretary|head|chief)"
    r"(?:\s+of\s+(?!state\b|government\b)(?:the\s+)?(?P<of>[\w’'-]+(?:\s+[\w’'-]+){0,3}))?",
    re.IGNORECASE,
)
_TITLE_WORDS = {
    "spokes": r"spokes(?:man|woman|person)|press\s+secretary|spokesperson",
    "press ": r"spokes(?:man|woman|person)|press\s+secretary",
    "head": r"head|chief",
    "chief": r"head|chief",
}
# "the US experts", "its analysts", a bare "analysts": a think tank's staff.
_THE_STAFF = re.compile(
    r"(?:(?i:the|its|their)\s+(?:[A-Z][\w.]*\s+)?)?(?P<noun>(?i:experts|analysts|researchers))"
)
_RESEARCH = re.compile(r"\b(?:think[- ]tank|research|institute)\b", re.I)
# "according to the same source", "the same official said": whoever spoke last.
_THE_SAME = re.compile(r"the\s+same\s+(?:source|official|person|spokes(?:man|woman|person))", re.I)
_FULL_NAME = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}")


class Coreference:
    """Resolves unnamed speakers against what the article said before."""

    def __init__(self, text: str, norm: str, index: ActorIndex, discourse: Discourse):
        self.text = text
        self.norm = norm  # the text with its quotation marks normalised (actors.normalise_quotes)
        self.index = index
        self.discourse = discourse

    def referred(self, speaker: Speaker | None, at: int) -> Speaker | None:
        """An unresolved subject that refers back: "the officials" to the last group of
        officials the article named, "the statement" to the last body or person that spoke."""
        if speaker is None:
            return speaker
        mention = speaker.mention.strip()
        the = THE_SOURCE.fullmatch(mention)
        # "the spokesman" whom the discourse resolved as a role ("the Kremlin spokesman" named
        # before) stays that person; an unresolved one is the unnamed spokesman introduced.
        if (staff := _THE_STAFF.fullmatch(mention)) and (
            tank := self.last_research_body(staff.group("noun"), at)
        ):
            # "The ISW said ... The US experts noted ...": the think tank's analysts
            return Speaker(tank, mention, ORGANISATION, speaker.start, speaker.end)
        if _THE_SAME.fullmatch(mention) and self.discourse.salient:
            # "according to the same source": whoever spoke last
            last = self.discourse.salient[-1]
            return Speaker(last.name, mention, last.kind, speaker.start, speaker.end)
        if the and (speaker.name is None or not the.group("noun").lower().startswith("spokes")):
            # "the official said" after "a senior defense official said": the same one, even
            # when a person was named in between ("..., Jake Sullivan told reporters").
            found = (
                self.last_source(the.group("noun"), at)
                or (speaker.name is None and self.titled_person(mention, speaker, at))
                or (speaker.name is None and self.bodys_spokesman(the, speaker))
            )
            if (
                not found
                and (
                    the.group("noun").lower() == "official"
                    or (
                        the.group("noun").lower().startswith("spokes")
                        and self.discourse.salient
                        and not self._leads_or_ministers(self.discourse.salient[-1].name)
                    )
                )
                and speaker.name is None
                and self.discourse.salient
                and self.discourse.salient[-1].kind == "person"
            ):
                # "X, head of the region, reported the attack. ... - wrote the official.": no
                # unnamed official before; the official is the person just named (so is "the
                # spokesman" when no body spoke and that person holds no office of their own
                # that a spokesman would speak for).
                last = self.discourse.salient[-1]
                return Speaker(last.name, speaker.mention, "person", speaker.start, speaker.end)
            return found or speaker
        if speaker.name is None and (titled := self.titled_person(mention, speaker, at)):
            return titled
        if (doc := _THE_DOCUMENT.fullmatch(mention)) and (
            issuer := self.last_issuer(doc.group("noun"), at)
        ):
            # "A report by X says ... “…,” the report says": X's, though others were named
            # since.
            return Speaker(issuer.name, mention, issuer.kind, speaker.start, speaker.end)
        if speaker.name is not None:
            return speaker
        if counted := _COUNTED_GROUP.fullmatch(mention):
            # "two sources told Reuters" after "citing four sources familiar with the matter".
            noun = counted.group("noun").lower()
            if group := self.last_familiar(noun, at) or self.last_group(noun.rstrip("s"), at):
                return Speaker(group.name, mention, GROUP, speaker.start, speaker.end, False)
            return speaker
        if group := _THE_GROUP.fullmatch(mention):
            # "the officials" after "two Ukrainian officials had confirmed ...".
            return self.last_group(group.group("noun").rstrip("s"), at) or speaker
        if _THE_DOCUMENT.fullmatch(mention):
            # "the statement said": the words of whoever issued it.
            if issuer := self.last_publisher(at):
                return Speaker(issuer.name, mention, issuer.kind, speaker.start, speaker.end)
            if self.discourse.salient:
                last = self.discourse.salient[-1]
                return Speaker(last.name, mention, last.kind, speaker.start, speaker.end)
            bodies = [
                m
                for m in self.index.known_mentions(self.norm, max(0, at - 3000), at)
                if self.index.kind_of(m.actor or "") == "organisation"
            ]
            # The body that reported something ("Russia's Ministry of Defense reported on the
            # progress ...") before any other body the text names after it.
            reporting = [m for m in bodies if VERB.match(self.text, _skip_space(self.text, m.end))]
            if bodies:
                last = (reporting or bodies)[-1]
                return Speaker(last.actor, mention, "organisation", speaker.start, speaker.end)
        return speaker

    def _leads_or_ministers(self, name: str | None) -> bool:
        """Whether the gazetteer gives `name` an office a spokesman speaks for (a president,
        a prime minister, a minister): "the spokesman" after them is someone else."""
        role = self.index.role_text(name or "").lower()
        return bool(re.search(r"\b(?:president|prime\s+minister|chancellor|minister|king)\b", role))

    def bodys_spokesman(self, the: re.Match, speaker: Speaker) -> Speaker | None:
        """ "the Defence Ministry said ... The spokesman said": the spokesman of the body that
        spoke last (of the last three speakers), the person the gazetteer gives that post,
        else the body."""
        if not the.group("noun").lower().startswith("spokes"):
            return None
        for spoke in reversed(self.discourse.salient[-3:]):
            if self.index.kind_of(spoke.name) != ORGANISATION:
                continue
            phrase = f"the {spoke.name} spokesman"
            holder = role_holder(phrase, self.index, self.discourse.reference)
            if holder and self._speaks_for(holder, spoke.name):
                return Speaker(holder, speaker.mention, "person", speaker.start, speaker.end)
            return Speaker(spoke.name, speaker.mention, ORGANISATION, speaker.start, speaker.end)
        return None

    def _speaks_for(self, holder: str, body: str) -> bool:
        """Whether the spokesman's gazetteer role names this body, or no other: "Spokesman for
        Examplia's military intelligence" speaks for the intelligence service, not the army."""
        role = normalise_quotes(
            self.index.entries[holder].role if holder in self.index.entries else ""
        )
        bodies = {
            m.actor
            for m in self.index.known_mentions(role, 0, len(role))
            if m.actor and self.index.kind_of(m.actor) == ORGANISATION
        }
        return not bodies or body in bodies

    def last_research_body(self, noun: str, at: int) -> str | None:
        """The think tank or institute that spoke last (of the last three speakers), when the
        article introduced no group of `noun` ("analysts") before `at`."""
        if self.last_group(noun.lower().rstrip("s"), at) is not None:
            return None
        spoke = [x.name for x in self.discourse.salient[-3:]]
        named = [m.actor for m in self.index.known_mentions(self.norm, max(0, at - 1500), at)]
        # (the last body that spoke, else the last one the text named)
        for name in (*reversed(spoke), *reversed(named)):
            entry = self.index.entries.get(name or "")
            if entry is not None and entry.kind == ORGANISATION:
                if _RESEARCH.search(f"{entry.role} {entry.description}"):
                    return entry.name
                return None
        return None

    def titled_person(self, mention: str, speaker: Speaker, at: int) -> Speaker | None:
        """ "the spokesperson", "the head of the administration" that no unnamed source
        explains: the person the article last named with that title, in apposition ("Jane
        Roe, spokesperson for the ...") or before the name ("head of the regional
        administration John Roe"), in the 3,000 characters before `at`."""
        titled = _THE_TITLED.fullmatch(mention)
        if titled is None:
            return None
        noun = titled.group("noun").lower()
        noun_re = _TITLE_WORDS.get(noun[:6], re.escape(noun))
        of_words = re.findall(r"[a-z]{4,}", (titled.group("of") or "").lower())
        found = None
        for start, name in self.discourse.people_named(max(0, at - 3000), at):
            context = self._title_context(start).lower()
            if re.search(rf"\b(?:{noun_re})\b", context) and all(
                w[:-1] in context for w in of_words
            ):
                found = name
        if found is None:
            return None
        kind = self.index.kind_of(found) if found in self.index.entries else "person"
        return Speaker(
            found, mention, kind, speaker.start, speaker.end, found in self.index.entries
        )

    def _title_context(self, start: int) -> str:
        """The words that give a person named in full at `start` a title: those just before
        the name in its clause, and an apposition after it ("Jane Roe, spokesperson for X,")."""
        raw = self.text[max(0, start - 120) : start]
        before = re.split(r"[.!?\n“”\"(),]", raw)[-1]
        if not before.strip() and raw.rstrip().endswith(","):
            # "The head of the Donetsk Regional Military Administration, Jane Roe, said": the
            # title before the name's comma
            before = re.split(r"[.!?\n“”\"()]", raw.rstrip()[:-1])[-1]
            before = before if "," not in before else before.rsplit(",", 1)[-1]
        name = _FULL_NAME.match(self.text, start)
        after = ""
        if name and (
            comma := re.compile(r"\s*,\s*([^,.;:\n“”\"]{1,90})").match(self.text, name.end())
        ):
            after = comma.group(1)
        return f"{before} | {after}"

    def last_issuer(self, noun: str, before: int) -> Speaker | None:
        """Who issued the last document of that noun the text named with its issuer ("a
        report by X") in the 3,000 characters before `before`."""
        last = None
        for m in _A_DOCUMENT_BY.finditer(self.text, max(0, before - 3000), before):
            if m.group("noun").lower() == noun.lower():
                last = m
        return self._issuer(last)

    def last_publisher(self, before: int) -> Speaker | None:
        """Who published the document the article spoke of last, in the 1,500 characters
        before `before` ("X issued a statement on Monday. The document says ...")."""
        last = None
        for m in _ISSUED_DOCUMENT.finditer(self.text, max(0, before - 1500), before):
            last = m
        return self._issuer(last)

    def _issuer(self, document: re.Match | None) -> Speaker | None:
        """The named speaker of a document match's "who" group (an unnamed group by its name)."""
        if document is None:
            return None
        who = self.discourse.subject(*document.span("who"))
        if who is not None and not who.name and (named := group_name(who.mention)):
            who = Speaker(named, who.mention, ORGANISATION, who.start, who.end, False)
        return who if who is not None and who.name else None

    def last_familiar(self, noun: str, before: int) -> Speaker | None:
        """The last "sources familiar with the matter" (of the same noun) the article named."""
        last = None
        for m in FAMILIAR_ANYWHERE.finditer(self.text, max(0, before - 3000), before):
            if m.group("noun").lower().rstrip("s") == noun.rstrip("s"):
                last = m
        if last is None:
            return None
        phrase = " ".join(last.group("who").split())
        name = phrase[0].upper() + phrase[1:]
        return Speaker(name, last.group(), GROUP, last.start(), last.end(), False, phrase)

    def last_group(self, noun: str | None, before: int) -> Speaker | None:
        """The unnamed group an article last spoke of ("EU diplomats were less charitable"),
        whose members "one" and "another diplomat" are."""
        window = max(0, before - 2000)
        named = None
        for m in _GROUP_PHRASE.finditer(self.text, window, before):
            fits = noun is None or m.group("noun").startswith(noun.lower())
            if fits and (name := group_name(m.group())):
                named = (name, m)  # the last one that names its side ("Ukrainian officials")
        if named is None:
            return None
        name, last = named
        return Speaker(name, last.group(), GROUP, last.start(), last.end(), False)

    def last_source(self, noun: str, before: int) -> Speaker | None:
        """The single unnamed source the article last introduced ("a Ukrainian security
        source"), whom a later "the source" means."""
        last = None
        for m in _A_SOURCE.finditer(self.text, max(0, before - 2000), before):
            if _same_noun(m.group("noun"), noun):
                last = m
        if last is None or (
            _APPOSED.search(self.text, max(0, last.start() - 60), last.start())
            and self.text[last.end() : last.end() + 1] == ","
        ):
            return None  # "Vadym Skibitskyi, a senior intelligence official, ...": a named person
        if body := body_of_official(last.group(), self.index):
            return Speaker(body, last.group(), "organisation", last.start(), last.end())
        if state := government_of_official(last.group(), self.index):
            return Speaker(state, last.group(), "state", last.start(), last.end())
        phrase = last.group().strip()
        if said := next((s for s in reversed(self.discourse.salient) if s.context == phrase), None):
            # "A government spokesperson said" resolved to the government (the one the
            # article's leader heads): "the spokesperson" after it is the same voice.
            return Speaker(said.name, last.group(), said.kind, last.start(), last.end())
        if not (name := group_name(last.group())):
            return None
        return Speaker(name, last.group(), GROUP, last.start(), last.end(), False)


# "a senior Pentagon official", "an adviser": a single unnamed person, whose name the article
# may give next.
_UNNAMED_ONE = re.compile(
    rf"(?:an?|the)\s+(?P<desc>(?:[\w.'’-]+\s+){{0,4}}?)(?P<noun>{alternation(SOURCE_NOUNS)})",
    re.IGNORECASE,
)
_SOURCE_NOUN = re.compile(rf"(?i:{alternation(SOURCE_NOUNS)})")
# "The official, Ivan Petrenko, ...": the name given in apposition.
_NAMED_IN_APPOSITION = re.compile(
    rf"\b[Tt]he\s+(?:[\w-]+\s+){{0,3}}?(?P<noun>{alternation(SOURCE_NOUNS)}),\s+"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),"
)
# "Jane Roe also said ...": the speaker of the statement before, named now.
_ALSO_SAID = re.compile(r"\balso\s+(?:said|says|told|stated|noted)\b")
_LOOK_BACK = 20_000  # how far back a revealed name is checked for being new (bounded: linear)
_GENERIC = frozenset(entries("office_generic_words"))
_COUNTRY_WORDS = frozenset(
    word.lower().strip(".") for words in mapping("countries").values() for word in words.split()
) | frozenset(adjective.lower() for adjective in PLACE_ADJECTIVES.values())


def _same_noun(one: str, other: str) -> bool:
    """ "the spokesperson" after "a spokesman": one noun, whichever form."""
    one, other = one.lower(), other.lower()
    return one == other or (one.startswith("spokes") and other.startswith("spokes"))


def _stem(word: str) -> str:
    """A crude stem for comparing office words: "presidential" -> "president", "defence" ->
    "defense", "secretaries" -> "secretarie" (the same on both sides is all that matters)."""
    word = word.lower().strip(".,’'")
    word = re.sub(r"['’]s$", "", word).replace("defence", "defense")
    if word.endswith("ial") and len(word) > 6:
        word = word[:-3]
    return word[:-1] if word.endswith("s") and len(word) > 4 else word


def _office_words(phrase: str, index: ActorIndex) -> set[str]:
    """The telling words of an office: "senior Pentagon" -> {"pentagon", "defense"} (a body the
    gazetteer knows adds the words of its role)."""
    out = set()
    for word in re.findall(r"[\w’'-]+", phrase):
        stem = _stem(word)
        if stem in _GENERIC or stem in _COUNTRY_WORDS or len(stem) < 3:
            continue
        out.add(stem)
        name = index.lookup(word) if word[:1].isupper() else None
        if name and index.kind_of(name) == "organisation" and (entry := index.entries.get(name)):
            out |= _office_words(entry.role, index) if entry.role != phrase else set()
    return out


def name_revealed_sources(found, text: str, index: ActorIndex, body_start: int) -> None:
    """An unnamed official whom the article names next is that person: "A senior defence
    official said ... '...,' Jane Doe, under secretary of defence, told ..."; "..., a
    presidential official said. John Roe told the agency ..."; "The official, Ivan Petrenko,
    said ...".

    The name must come in the next statement by someone else, within a paragraph, be new to
    the body, and hold the office the description gives (a word of it in common: Pentagon ~
    defence, presidential ~ President). Statements of the unnamed speaker up to there, and
    later ones given the same description, become the person's. `found`: `attribution.Found`
    records, in order."""
    for i, f in enumerate(found):
        unnamed = _unnamed_one(f)
        who = f.statement.speaker
        kind = index.kind_of(who) if who in index.entries else f.statement.speaker_kind
        if unnamed is None or not who or kind == "person":
            continue
        person = _revealed(found, i, unnamed, text, index, body_start)
        if person is None:
            continue
        name, kind = person
        desc = _office_words(unnamed.group("desc"), index)
        for g in found[i:]:
            s = g.statement
            if s.speaker != who:
                continue
            mention = _unnamed_one(g)
            same = mention is not None and _office_words(mention.group("desc"), index) == desc
            if g is f or same or (g.paragraph == f.paragraph and g.sentence == f.sentence):
                s.speaker, s.speaker_kind = name, kind


# "the regional governor", "the deputy mayor": a definite role with no name.
_DEFINITE_ROLE = re.compile(
    # ("The Russian Deputy Foreign Minister", "Russia's ambassador to Washington": a title in
    # capitals, a country's possessive, the place the role is for.)
    r"(?:[Tt]he\s+(?:[\w-]+\s+){0,3}?|(?:[Tt]he\s+)?(?:region|city|oblast|province)['’]s\s+"
    # ("The Kremlin's top foreign policy adviser": a body's possessive and three words)
    r"|[Tt]he\s+(?-i:[A-Z])[\w-]+['’]s\s+(?:[\w-]+\s+){1,3}?"
    r"|(?-i:[A-Z])[\w-]+['’]s\s+(?:[\w-]+\s+){0,3}?)"
    rf"(?P<head>(?i:{alternation(tuple(PERSON_ROLES))}))"
    # ("the governor of Russia's Belgorod region", "ambassador to Washington")
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}|\s+(?:to|in|for)\s+[\w\s.-]{2,40}"
    # ("the mayor of a town in eastern Examplia")
    r"|\s+of\s+an?\s+[\w’'-]+(?:\s+[\w’'-]+){0,4})?"
)


def name_described_people(found, index: ActorIndex, text: str = "") -> None:
    """A definite role that no one in the article held before ("..., the regional governor
    said.") is the person named next with that title ("Governor Pavlo Kyrylenko wrote ..."),
    in the same or the next paragraph, or the one after when only states or bodies spoke in
    between ("The governor of X said ... Moscow says ... Jane Roe, writing later, said")."""
    for i, f in enumerate(found):
        s = f.statement
        mention = s.speaker_mention.strip()
        role = _DEFINITE_ROLE.match(mention) if not s.speaker else None
        if role is None or not re.fullmatch(
            r"(?:\s+of\s+the\s+[\w’'-]+(?:\s+[\w’'-]+){0,3})?", mention[role.end() :]
        ):
            # ("the head of the separatist administration": the role, then what it heads)
            continue
        for nxt in found[i + 1 :]:
            if not nxt.statement.speaker:
                continue
            name = nxt.statement.speaker
            entry = index.entries.get(name)
            kind = entry.kind if entry else nxt.statement.speaker_kind
            reach = 2 if nxt is not next(g for g in found[i + 1 :] if g.statement.speaker) else 1
            far = nxt.paragraph > f.paragraph + _TITLED_REACH
            if far and kind != "person":
                break
            if kind != "person":
                continue  # a state or a body spoke in between
            kept = far and _kept_in_view(text, role, f.statement.end, nxt)
            if far and not kept:
                break
            titled = f"{nxt.statement.speaker_mention} {entry.role if entry else ''}".lower()
            head = role.group("head").lower()
            head = _ROLE_SYNONYMS.get(head, re.escape(head))
            if re.search(rf"\b(?:{head})\b", titled) and (
                nxt.paragraph <= f.paragraph + reach
                # "Governor Jane Roe said" paragraphs later, no person spoke in between: named
                # with the very title, she is the governor of the lead.
                or re.search(rf"\b(?:{head})\b", nxt.statement.speaker_mention.lower())
                or _named_with_title(text, head, nxt)
                or kept
            ):
                s.speaker, s.speaker_kind = name, nxt.statement.speaker_kind
            break


def _titled_name(title: str, surname: str) -> str:
    """A pattern: the title (a pattern) right before a name ending in the surname (escaped):
    "regional governor Jane Roe"."""
    return rf"\b(?:{title})\s+(?:[A-Z][\w’'.-]+\s+){{0,2}}{surname}\b"


def _named_with_title(text: str, head: str, nxt) -> bool:
    """Whether the sentence of the statement `nxt` names its speaker right after the title
    `head` ("In a post, regional governor Jane Roe said ...")."""
    if not text or not nxt.statement.speaker:
        return False
    surname = re.escape(nxt.statement.speaker.split()[-1])
    sa, sb = nxt.sentence
    return bool(re.search(_titled_name(f"(?i:{head})", surname), text[sa:sb]))


# Titles that name one role: "the Kremlin's adviser" is the gazetteer's "presidential aide".
_ROLE_SYNONYMS = dict.fromkeys(("adviser", "advisor", "aide"), "adviser|advisor|aide")

# How many paragraphs after a definite role ("the regional governor said") its holder may be
# named with that title, when no other person spoke in between.
_TITLED_REACH = 5


def _kept_in_view(text: str, role: re.Match, after: int, nxt) -> bool:
    """ "..., the Foreign Secretary has told X." then paragraphs that go on about "the Foreign
    Secretary" and then "Foreign Secretary Jane Roe said:": the role, repeated no more than
    `_TITLED_REACH` lines apart, stays in view until its holder is named with it."""
    words = re.sub(r"^(?:[Tt]he)\s+", "", role.group()).split()
    if not text or not words or not nxt.statement.speaker:
        return False
    phrase = r"\s+".join(re.escape(w) for w in words)
    end = nxt.sentence[0]
    surname = re.escape(nxt.statement.speaker.split()[-1])
    if not re.search(
        _titled_name(phrase, surname),
        text[max(0, end - 300) : nxt.statement.start],
    ):
        return False  # never named with the very title
    last = after
    for m in re.finditer(rf"\b{phrase}\b", text[after:end], re.IGNORECASE):
        at = after + m.start()
        if len(re.findall(r"\n\s*\S", text[last:at])) > _TITLED_REACH:
            return False
        last = at
    return len(re.findall(r"\n\s*\S", text[last:end])) <= _TITLED_REACH


# "an official", "a local official": one unnamed official, no office given.
_AN_OFFICIAL = re.compile(r"(?:an?|one)\s+(?:(?:local|regional|senior|city)\s+)?official", re.I)
# A title before a name ("Interior Minister Jane Doe", "Gov. John Roe", "Mayor Ivan Petrenko").
_TITLED = re.compile(rf"\b(?:{alternation(tuple(PERSON_ROLES))}|gov\.?)\s+[A-Z]", re.IGNORECASE)


def name_lead_official(found, index: ActorIndex) -> None:
    """The article's first statement, by "an official" with no office given ("Missiles hit
    the city, an official said."), is by the official the next paragraph names with a
    title ("Interior Minister Jane Doe said"): wire copy names in its second paragraph the
    source its lead left unnamed."""
    if not found:
        return
    first = found[0]
    _name_lead_rank(found, first)
    if first.statement.speaker:
        return
    if not _AN_OFFICIAL.fullmatch(first.statement.speaker_mention.strip()):
        return
    nxt = next((g for g in found[1:] if g.statement.speaker), None)
    if nxt is None or nxt.paragraph != first.paragraph + 1:
        return
    name = nxt.statement.speaker
    entry = index.entries.get(name)
    kind = entry.kind if entry else nxt.statement.speaker_kind
    titled = f"{nxt.region} {nxt.statement.speaker_mention}"
    if kind == "person" and (_TITLED.search(titled) or (entry is not None and entry.role)):
        first.statement.speaker = name
        first.statement.speaker_kind = nxt.statement.speaker_kind


# "a senior United Nations official", "a Russian-installed regional official", "a top
# humanitarian official today": the lead's official, described but not named.
_A_DESCRIBED_OFFICIAL = re.compile(
    r"(?:an?|one)\s+(?:[\w’'-]+\s+){0,4}?officials?(?:\s+(?:today|on\s+\w+day))?"
    # ("..., the head of the country's river agency has warned.": a head described by office)
    r"|the\s+(?:head|chief|director)\s+of\s+(?:[\w’'-]+\s+){0,5}[\w’'-]+"
    # ("..., the navy spokesman said Tuesday.": a body's spokesman, named in the next paragraph)
    r"|the\s+(?:[\w’'-]+\s+){1,3}?spokes(?:man|woman|person)"
    # ("A regional governor in southern X says ...": an office and where it is, the wire lead
    # before the next paragraph names the governor)
    r"|an?\s+(?:[\w’'-]+\s+){0,2}?(?:governor|mayor|minister|prosecutor|lawmaker|envoy)"
    r"\s+(?:in|of|for)\s+(?:(?:north|south|east|west|central)\w*\s+)?[A-Z][\w’'-]+",
    re.I,
)


def name_lead_described_official(found, index: ActorIndex, text: str, body_start: int) -> None:
    """The article's first statement, by an official described but not named ("..., a senior
    United Nations official told the Council."), is by the person the next two paragraphs
    first quote, named with a title beside the name ("Jane Doe, Assistant
    Secretary-General for X, said", "The Director of X, Jane Doe said") and new to the
    article: wire and briefing copy names in its next paragraph the source its lead
    described."""
    if not found:
        return
    first = found[0]
    mention = first.statement.speaker_mention.strip()
    if not mention or not (
        _A_DESCRIBED_OFFICIAL.fullmatch(mention)
        # ("a senior United Nations official" read as the body "United Nations")
        or any(mention in m.group() for m in _A_DESCRIBED_OFFICIAL.finditer(first.region))
    ):
        return
    who = first.statement.speaker
    kind = index.kind_of(who) if who in index.entries else first.statement.speaker_kind
    if who and kind == "person":
        return
    nxt = next(
        (
            g
            for g in found[1:]
            if g.statement.speaker
            and g.statement.speaker != who
            and (
                index.kind_of(g.statement.speaker)
                if g.statement.speaker in index.entries
                else g.statement.speaker_kind
            )
            == "person"
        ),
        None,
    )
    if nxt is None or nxt.paragraph > first.paragraph + 2:
        return
    name = nxt.statement.speaker
    said = nxt.statement.speaker_mention.strip()
    sa, sb = nxt.sentence
    at = text.find(said, sa, sb) if said else -1
    if at < 0 or len(name.split()) < 2:
        return
    titled = (
        _TITLED.search(f"{nxt.region} {said}")
        or re.match(r"\s*,", text[at + len(said) : sb])  # "Jane Doe, Director of X, said"
        or re.search(r",\s*$", text[sa:at])  # "The Director of X, Jane Doe said"
    )
    surname = re.compile(rf"\b{re.escape(name.split()[-1])}\b")
    if not titled or surname.search(text, max(body_start, sa - _LOOK_BACK), first.sentence[0]):
        return
    # The office the description gives is the person's (a word in common, "regional" ~
    # "region"): "a senior defence official" is not the national security adviser named next.
    phrase = next(
        (m.group() for m in _A_DESCRIBED_OFFICIAL.finditer(f"{mention} {first.region}")), ""
    )
    desc = _office_words(phrase, index)
    entry = index.entries.get(name)
    held = _office_words(f"{nxt.region} {entry.role if entry else ''}", index)
    if not any(d[:5] == h[:5] and (d.startswith(h) or h.startswith(d)) for d in desc for h in held):
        return
    described = _A_DESCRIBED_OFFICIAL.fullmatch(mention) is not None
    for f in found:
        s = f.statement
        if f is first or (described and s.speaker == who and s.speaker_mention.strip() == mention):
            s.speaker, s.speaker_kind = name, nxt.statement.speaker_kind


# "a Ukrainian commander", "an army officer": one unnamed serviceman, by rank.
_A_RANK = re.compile(
    r"an?\s+(?:[A-Z][a-z]+\s+|army\s+|military\s+)?"
    r"(?P<head>commander|officer|general|colonel|major|captain|sergeant|lieutenant)",
    re.IGNORECASE,
)


def _name_lead_rank(found, first) -> None:
    """ "<quote>, said a Ukrainian commander." in the lead, then within six paragraphs
    "Commander Roe said", the next other speaker: the rank's person the lead left unnamed."""
    rank = _A_RANK.fullmatch(first.statement.speaker_mention.strip())
    if rank is None:
        return
    nxt = next(
        (
            g
            for g in found[1:]
            if g.statement.speaker and g.statement.speaker != first.statement.speaker
        ),
        None,
    )
    if nxt is None or nxt.paragraph > first.paragraph + 6:
        return
    if nxt.statement.speaker_kind != "person":
        return
    head = rank.group("head").lower()
    if re.match(rf"(?:\S+\s+)*{head}\.?\s+[A-Z]", nxt.statement.speaker_mention, re.I):
        for f in found:
            if f.statement.speaker_mention == first.statement.speaker_mention:
                f.statement.speaker = nxt.statement.speaker
                f.statement.speaker_kind = nxt.statement.speaker_kind


def _skip_space(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t":
        at += 1
    return at


def _unnamed_one(f) -> re.Match | None:
    """The unnamed-person description a statement's speaker was given: its mention, or the
    attribution words holding it ("A senior Pentagon official", resolved to "Pentagon")."""
    mention = f.statement.speaker_mention.strip()
    if not _SOURCE_NOUN.search(mention) and not _SOURCE_NOUN.search(f.region):
        return None  # the common case, decided by one cheap scan
    if m := _UNNAMED_ONE.fullmatch(mention):
        return m
    if not mention or mention.lower() in ("he", "she", "they", "it"):
        return None
    return next(
        (m for m in _UNNAMED_ONE.finditer(f.region) if mention.lower() in m.group().lower()),
        None,
    )


def _revealed(found, i, unnamed, text, index, body_start) -> tuple[str, str | None] | None:
    """The person the unnamed official of found[i] turns out to be (name, speaker kind)."""
    f = found[i]
    after = text[f.sentence[0] : f.sentence[0] + 3000]
    named = _NAMED_IN_APPOSITION.search(after)
    if named and named.group("noun").lower() == unnamed.group("noun").lower():
        name = index.lookup(named.group("name")) or named.group("name")
        return name, None if name in index.entries else "person"
    desc = _office_words(unnamed.group("desc"), index)
    nxt = next((g for g in found[i + 1 :] if g.statement.speaker != f.statement.speaker), None)
    if nxt is None or nxt.paragraph > f.paragraph + 1 or not nxt.statement.speaker:
        return None
    if not desc and not _ALSO_SAID.search(nxt.region):
        return None
    name = nxt.statement.speaker
    kind = index.kind_of(name) if name in index.entries else nxt.statement.speaker_kind
    if kind != "person" or len(name.split()) < 2:
        return None
    surname = name.split()[-1]
    before = re.compile(rf"\b{re.escape(surname)}\b")
    if before.search(text, max(body_start, f.sentence[0] - _LOOK_BACK), f.sentence[0]):
        return None  # named before: a second person, not the official's name
    entry = index.entries.get(name)
    if not desc:
        # "A senior Examplian official said A." then "Deputy Prime Minister Jane Roe also said
        # B": the official with no office given is the one who "also" spoke next (of the side
        # the description gives, when the gazetteer tells hers).
        side = {w.lower() for w in re.findall(r"[\w’'-]+", unnamed.group("desc"))}
        own = PLACE_ADJECTIVES.get(entry.affiliation.lower(), "") if entry else ""
        if own and side & _COUNTRY_WORDS and own.lower() not in side:
            return None
        return name, nxt.statement.speaker_kind
    held = _office_words(nxt.region + " " + (entry.role if entry else ""), index)
    if not desc & held:
        return None
    return name, nxt.statement.speaker_kind


def _lone_role_groups() -> dict[str, str]:
    """head word -> a regex of the words that name the same kind of office."""
    out = {}
    for line in entries("lone_role_heads"):
        words = [w.replace("_", " ") for w in line.split()]
        for word in words:
            out[word] = alternation(words)
    return out


_LONE_HEADS = _lone_role_groups()
# "the minister", "the region's Kremlin-appointed head", "A Ukrainian member of parliament",
# "Hull City Council's leader": a role, up to four words before it, nothing after.
_LONE_ROLE = re.compile(
    r"(?:(?:the|a|an)\s+)?(?P<before>(?:[\w’'-]+\s+){0,4}?)"
    rf"(?P<head>{alternation(tuple(_LONE_HEADS))})",
    re.IGNORECASE,
)


def name_lone_roles(found, index: ActorIndex) -> None:
    """A role that no pass above named ("..., the minister said", "A Ukrainian member of
    parliament said ...") is the one person among the article's named speakers who holds a
    role of that kind: in the words that named them ("Defence Minister Jane Roe", "MP Jane
    Roe") or in the gazetteer. With two or more such people, the words before the role
    ("defence", "refugee") must single one out; else the statement keeps no speaker.

    Input: `attribution.Found` records, in order. Output: their statements, changed in place."""
    titles: dict[str, str] = {}
    for f in found:
        s = f.statement
        who = s.speaker
        if not who:
            continue
        entry = index.entries.get(who)
        if (entry.kind if entry else s.speaker_kind) != "person":
            continue
        known = f"{entry.role} {entry.description}" if entry else ""
        titled = _title_around(f.region, s.speaker_mention)
        titles[who] = f"{titles.get(who, known)} {s.speaker_mention} {titled}".lower()
    if not titles:
        return
    for f in found:
        s = f.statement
        if s.speaker or not (role := _LONE_ROLE.fullmatch(s.speaker_mention.strip())):
            continue
        if _names_an_office(s.speaker_mention):
            continue  # "the (Russian) defence minister": its holder at the date (`roles`), or no one
        alike = _LONE_HEADS[re.sub(r"\s+", " ", role.group("head").lower())]
        country = country_of(s.speaker_mention)
        holders = [
            who
            for who, title in titles.items()
            if re.search(rf"\b(?:{alike})\b", title)
            and not (country and who in index.entries and index.entries[who].affiliation != country)
        ]
        if len(holders) > 1:
            words = {
                _stem(w)
                for w in re.findall(r"[\w’'-]+", role.group("before"))
                if len(w) > 2 and not re.search(r"['’]s$", w)
            }
            holders = [
                who
                for who in holders
                if words and words <= {_stem(w) for w in re.findall(r"[\w’'-]+", titles[who])}
            ]
        if len(holders) == 1:
            s.speaker, s.speaker_kind = holders[0], "person"


# An office of `data/offices.txt` as `roles.canonical_office` writes it ("foreign minister").
_AN_OFFICE = re.compile(rf"\b(?:{alternation(tuple(mapping('offices').values()))})\b")


def _names_an_office(mention: str) -> bool:
    """Whether a phrase names an office of `data/offices.txt` ("the US president")."""
    return _AN_OFFICE.search(canonical_office(mention.lower())) is not None


def _title_around(region: str, mention: str) -> str:
    """The words that title a speaker where the attribution names them: up to four words
    before the name ("said MP Jane Roe") and an appositive after it ("Jane Roe, the region's
    governor, said")."""
    at = region.rfind(mention) if mention else -1
    if at < 0:
        return ""
    before = " ".join(region[:at].split()[-4:])
    after = re.match(r"\s*,\s*((?:the|a|an)\s[^,.;:]{2,80})", region[at + len(mention) :])
    return f"{before} {after.group(1) if after else ''}"


# A word that is no part of a person's name beside a one-word name: a title, a month or a
# weekday, a country's word, a listed city, a function word.
_NO_NAME_PART = frozenset(
    [
        *NOT_A_LONE_NAME,
        *TITLES,
        *(m.lower() for m in MONTHS),
        *(d.lower() for d in WEEKDAYS),
        *COUNTRY_WORDS,
        *(c.lower() for c in CITIES),
        *(w.lower() for w in entries("organisation_words")),
        *entries("organisation_nouns"),
    ]
)
_ONE_WORD = re.compile(r"[A-Z][a-z’'-]{2,}")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w’'-]*[^\S\n]+$")


def name_people_in_full(found, index: ActorIndex, text: str) -> None:
    """A person the article's prose calls by one name ("Tsukanova said", "Dmytro said") whom
    the page names in full only where no speaker is read: a line taken for a heading, a
    caption ("Courtesy of Iryna Abramova"), a couple ("Dmytro and Tanya Shvets"). When the
    text gives that one name in exactly one full name, the speaker is the full name."""
    full_names: dict[str, str | None] = {}
    for f in found:
        s = f.statement
        name = s.speaker
        if (
            not name
            or name in index.entries
            # (a one-word name the lists do not know may have been taken for a body's)
            or s.speaker_kind not in (PERSON, ORGANISATION)
        ):
            continue
        parts = name.split()
        if len(parts) == 2 and parts[0].lower().rstrip(".") in TITLES:
            parts = parts[1:]  # "Cllr Smalley": a title, then the surname
        if len(parts) != 1 or not _ONE_WORD.fullmatch(parts[0]):
            continue
        if parts[0] not in full_names:
            full_names[parts[0]] = _one_full_name(parts[0], text, index)
        if full := full_names[parts[0]]:
            s.speaker, s.speaker_kind = full, PERSON


def _one_full_name(word: str, text: str, index: ActorIndex) -> str | None:
    """The one full name of a person the text writes with `word` as its surname or its given
    name, if it writes exactly one that the gazetteer does not know."""
    word_ = re.escape(word)
    names = set()
    for m in re.finditer(rf"\b(?P<given>[A-Z][a-z’'-]+)[^\S\n]+{word_}\b(?![^\S\n]+[A-Z])", text):
        names.add((m["given"], word))
    surnames = re.finditer(
        rf"\b{word_}[^\S\n]+(?:and[^\S\n]+[A-Z][a-z’'-]+[^\S\n]+)?"
        r"(?P<surname>[A-Z][a-z’'-]+)\b(?![^\S\n]+[A-Z])",
        text,
    )
    for m in surnames:
        if not _CAPITALISED_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            names.add((word, m["surname"]))  # (not the middle of "Jane Dmytro Roe")
    names = {
        n
        for n in names
        if not any(part.lower() in _NO_NAME_PART or part.endswith(("’s", "'s")) for part in n)
        and index.lookup(" ".join(n)) is None
    }
    if len(names) != 1:
        return None
    return " ".join(names.pop())
