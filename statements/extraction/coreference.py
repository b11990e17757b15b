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

from .actors import GROUP, ActorIndex
from .roles import body_of_official
from .speakers import Discourse, Speaker, group_name
from .vocabulary import UNNAMED_PEOPLE, alternation

_SINGULAR = alternation(UNNAMED_PEOPLE)
_PLURAL = alternation([f"{noun}s" for noun in UNNAMED_PEOPLE])
# "One official said", "another senior diplomat", "a second source".
ONE_OF_THEM = re.compile(
    r"(?:one|another|a\s+(?:second|third|fourth))(?:\s+(?:senior\s+|western\s+|other\s+)?"
    rf"(?P<noun>{_SINGULAR}))?(?:\s+(?:said|added|told\s+\w+))?",
    re.IGNORECASE,
)
_GROUP_PHRASE = re.compile(
    r"(?:[A-Z][\w.-]*\s+)?(?:(?:senior|western|other|several|two|three|some|many)\s+)*"
    rf"(?:[A-Z][\w.-]*\s+)?(?P<noun>{_PLURAL})\b"
)
THE_SOURCE = re.compile(r"(?:the|that|this)\s+(?P<noun>source|official|diplomat|insider)", re.I)
_A_SOURCE = re.compile(
    r"\b[Aa]n?\s+(?:[A-Z][\w.-]*\s+|[a-z][\w-]*\s+){1,4}?(?P<noun>source|official|diplomat|insider)\b"
)
_THE_GROUP = re.compile(rf"(?:the|these|those)\s+(?P<noun>{_PLURAL})", re.IGNORECASE)
_THE_DOCUMENT = re.compile(
    r"(?:the|that|this)\s+(?:statement|report|post|message|communiqu[ée]|readout|release|update)",
    re.IGNORECASE,
)


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
        if speaker is None or speaker.name is not None:
            return speaker
        mention = speaker.mention.strip()
        if the := THE_SOURCE.fullmatch(mention):
            # "the official said" after "a senior defense official said": the same one.
            return self.last_source(the.group("noun"), at) or speaker
        if group := _THE_GROUP.fullmatch(mention):
            # "the officials" after "two Ukrainian officials had confirmed ...".
            return self.last_group(group.group("noun").rstrip("s"), at) or speaker
        if _THE_DOCUMENT.fullmatch(mention):
            # "the statement said": the words of whoever issued it.
            if self.discourse.salient:
                last = self.discourse.salient[-1]
                return Speaker(last.name, mention, last.kind, speaker.start, speaker.end)
            bodies = [
                m
                for m in self.index.known_mentions(self.norm, max(0, at - 3000), at)
                if self.index.kind_of(m.actor or "") == "organisation"
            ]
            if bodies:
                return Speaker(
                    bodies[-1].actor, mention, "organisation", speaker.start, speaker.end
                )
        return speaker

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
            if m.group("noun").lower() == noun.lower():
                last = m
        if last is None:
            return None
        if body := body_of_official(last.group(), self.index):
            return Speaker(body, last.group(), "organisation", last.start(), last.end())
        if not (name := group_name(last.group())):
            return None
        return Speaker(name, last.group(), GROUP, last.start(), last.end(), False)
