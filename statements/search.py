"""Reader search: `?q=` as typed into the timeline's box, to a filter on statements.

A query is words and "quoted phrases"; `or` between two of them accepts either, `-word`
excludes. Each term matches a statement when it is found in any of:

- the statement's words (and the speaker as the article names them),
- its speaker's name or any alias (`Zelenskyy`, `Peskov`), resolved through the Actor and
  ActorAlias tables to `actor_id IN (...)` (a small table read first, not a vector per row),
- the name or keywords of an event it is linked to (`Kursk`),
- the title of the article it comes from.

Spellings are alike: case, accents and hyphens are ignored (`cease-fire` = `ceasefire`), and a
term also looks for the other spellings of its group in `data/spelling_variants.txt` and, when
it is an actor's alias, that actor's one-word aliases (`Zelenskyy` -> `Zelensky`, `Zelenskiy`).

PostgreSQL: full text (`websearch_to_tsquery` with the `warlog` configuration: English stems
and `unaccent`, migration 0007) over a document that also holds each hyphenated word joined,
served by the GIN indexes of that migration. SQLite: the same words, folded and crudely stemmed
in Python by a function registered on each connection (`warlog_fold`), compared whole.

A negated term is looked up like a positive one (through the indexes) and its statements are
excluded by id: `NOT (id IN (SELECT ...))`, never a text vector computed for every row.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache, reduce
from itertools import product
from operator import or_
from pathlib import Path

from django.core.cache import cache
from django.db import connections
from django.db.models import F, ForeignKey, Func, IntegerField, Lookup, Q, TextField
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .models import Actor, ActorAlias, Event, Source, Statement, normalize_alias

DATA = Path(__file__).resolve().parent / "data"
CONFIG = "warlog"  # the text search configuration migration 0007 creates
HYPHENS = "-\u2010\u2011"
# Article and event matches are passed as constants (`source_id = ANY(array)`), which PostgreSQL
# ORs with the text index in one BitmapOr; a subquery in that OR would make it scan and re-parse
# every row (43 s at 1M rows for a title word found in 7,861 articles). Beyond this many ids the
# subquery is used: correct, if slow.
MAX_IDS = 50_000
MAX_SQLITE_IDS = 5_000  # SQLite binds each as a variable (at most 32,766 a statement)
# A term's text matches are read first and passed as ids when it also names speakers, events
# or titles (see `term_filter`), up to this many; beyond, the text condition itself.
MAX_TEXT_IDS = 20_000
MAX_VARIANTS = 16
TOO_MANY = "too many"  # cached in place of an id list longer than its limit

_HYPHEN_JOIN = re.compile(rf"(?<=\w)[{HYPHENS}](?=\w)")
_POSSESSIVE = re.compile(r"['’]s\b")
_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")
_WORD = re.compile(rf"\w+(?:[{HYPHENS}'’]\w+)*")
_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')


# --------------------------------------------------------------------------- words


def _plain(text: str) -> str:
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def fold(text: str) -> str:
    """Words as search compares them: lower case, no accents, hyphenated words joined,
    possessives dropped, other punctuation a space. "Cease-fire in Kyiv's east" ->
    "ceasefire in kyiv east"."""
    text = _POSSESSIVE.sub("", _plain(text))
    text = _APOSTROPHE.sub("", _HYPHEN_JOIN.sub("", text))
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def stem(word: str) -> str:
    """A crude English stem, the same for a word in a document and in a query (SQLite only:
    PostgreSQL has its Snowball stemmer): "ceasefires" -> "ceasefire", "talks" -> "talk"."""
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


@lru_cache(maxsize=8192)  # SQLite calls it per row and per query: the rows repeat
def fold_document(*texts: str | None) -> str:
    """A text as SQLite's fallback searches it: stemmed words between single spaces, with a
    hyphenated word's parts before the word joined (" the cease fire ceasefire held ")."""
    words: list[str] = []
    for text in texts:
        for token in _WORD.findall(_POSSESSIVE.sub("", _plain(text or ""))):
            parts = [p for p in re.split(rf"[{HYPHENS}]", _APOSTROPHE.sub("", token)) if p]
            if len(parts) > 1:
                words.extend(stem(p) for p in parts)
            words.append(stem("".join(parts)))
    return f" {' '.join(words)} "


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    lines = (DATA / "search_stopwords.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines if not line.startswith("#") for w in line.split())


@lru_cache(maxsize=1)
def spelling_groups() -> dict[str, tuple[str, ...]]:
    """folded spelling -> every folded spelling of its group (itself included)."""
    groups: dict[str, tuple[str, ...]] = {}
    for line in (DATA / "spelling_variants.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        spellings = tuple(dict.fromkeys(fold(s) for s in line.split(",") if fold(s)))
        for spelling in spellings:
            groups[spelling] = spellings
    return groups


# --------------------------------------------------------------------------- parsing


@dataclass(frozen=True)
class Term:
    text: str  # as typed, without quotes or sign
    phrase: bool = False

    @property
    def folded(self) -> str:
        return fold(self.text)

    @property
    def name(self) -> str:
        """The form actor aliases are stored in (`normalize_alias`)."""
        return normalize_alias(self.text)


@dataclass
class ParsedQuery:
    groups: list[list[Term]] = field(default_factory=list)  # AND of ORs
    excluded: list[Term] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.groups or self.excluded)


def _meaningful(term: Term) -> bool:
    words = term.folded.split()
    return any(w not in stopwords() for w in words)


def parse(text: str) -> ParsedQuery:
    """`Peskov "peace talks" -Kursk kiev or kyiv` -> groups [[Peskov], ["peace talks"],
    [kiev, kyiv]], excluded [Kursk]. Stop words alone ("the") are dropped, as PostgreSQL does."""
    query = ParsedQuery()
    join_next = False
    for sign, quoted, bare in _TOKEN.findall(text):
        if bare and bare.casefold() == "or" and query.groups:
            join_next = True
            continue
        negated = bool(sign) or (bare.startswith("-") and len(bare) > 1)
        raw = quoted if quoted or sign else (bare[1:] if negated else bare)
        term = Term(raw.strip(), phrase=bool(quoted) and len(fold(quoted).split()) > 1)
        if not _meaningful(term):
            continue
        if negated:
            query.excluded.append(term)
        elif join_next:
            query.groups[-1].append(term)
        else:
            query.groups.append([term])
        join_next = False
    return query


# --------------------------------------------------------------------------- resolving


def _word_sequence(field_name: str, words: str) -> Q:
    """`field` holds `words` as whole words (the field holds normalised words)."""
    return (
        Q(**{field_name: words})
        | Q(**{f"{field_name}__startswith": f"{words} "})
        | Q(**{f"{field_name}__endswith": f" {words}"})
        | Q(**{f"{field_name}__contains": f" {words} "})
    )


def _name_sequence(words: str) -> Q:
    return (
        Q(name__iexact=words)
        | Q(name__istartswith=f"{words} ")
        | Q(name__iendswith=f" {words}")
        | Q(name__icontains=f" {words} ")
    )


def _spellings(term: Term) -> list[str]:
    """The folded spellings to look for: the term's, and its group's word by word."""
    words = term.folded.split()
    options = [spelling_groups().get(w, (w,)) for w in words]
    found = []
    for combination in product(*options):
        found.append(" ".join(combination))
        if len(found) >= MAX_VARIANTS:
            break
    return list(dict.fromkeys([term.folded, *found]))


@dataclass
class Resolved:
    """What a term matches, looked up once in the small tables."""

    term: Term
    spellings: list[str]
    actor_ids: list[int]
    event_ids: list[int]


def resolve(term: Term, events: list[tuple[int, str]]) -> Resolved:
    spellings = _spellings(term)
    names = list(dict.fromkeys([term.name, *spellings]))
    by_alias = reduce(or_, (_word_sequence("normalized", n) for n in names))
    by_name = reduce(or_, (_name_sequence(n) for n in names))
    alias_rows = list(ActorAlias.objects.filter(by_alias).values_list("actor_id", "normalized"))
    name_rows = [
        (pk, normalize_alias(name))
        for pk, name in Actor.objects.filter(by_name).values_list("pk", "name")
    ]
    actor_ids = sorted({pk for pk, _ in alias_rows + name_rows})
    # A term that is a whole alias of someone also looks for that person's other one-word
    # spellings in the text: "Zelenskyy" finds "Zelensky" and "Zelenskiy".
    exact = {pk for pk, value in alias_rows + name_rows if value in names}
    if exact and not term.phrase:
        others = ActorAlias.objects.filter(actor_id__in=exact).values_list("normalized", flat=True)
        spellings += [fold(o) for o in others if " " not in o and fold(o) not in spellings]
    wanted = [f" {' '.join(stem(w) for w in s.split())} " for s in spellings]
    event_ids = [pk for pk, words in events if any(w in words for w in wanted)]
    return Resolved(term, spellings[:MAX_VARIANTS], actor_ids, event_ids)


def _event_words() -> list[tuple[int, str]]:
    """Each event's name and keywords as `fold_document` words (a table of dozens of rows)."""
    return [
        (pk, fold_document(name, " ".join(str(k) for k in keywords or [])))
        for pk, name, keywords in Event.objects.values_list("pk", "name", "keywords")
    ]


# --------------------------------------------------------------------------- SQL


def _is_postgres(queryset) -> bool:
    return connections[queryset.db].vendor == "postgresql"


class FoldedText(Func):
    """SQLite: `warlog_fold(a, b, ...)`, see `register_sqlite_functions`."""

    function = "warlog_fold"
    output_field = TextField()


class Document(Func):
    """PostgreSQL: the text search document of some text columns, hyphenated words also joined:

    to_tsvector('warlog', D) || to_tsvector('warlog', translate(D, '-‐‑', '')), where
    D = COALESCE(a, '') || ' ' || COALESCE(b, '') ... Migration 0007 indexes exactly this.
    """

    def as_sql(self, compiler, connection, **extra):
        parts, params = [], []
        for expression in self.get_source_expressions():
            sql, p = compiler.compile(expression)
            parts.append(f"COALESCE({sql}, '')")
            params.extend(p)
        joined = " || ' ' || ".join(parts)
        sql = (
            f"(to_tsvector('{CONFIG}'::regconfig, {joined}) || "
            f"to_tsvector('{CONFIG}'::regconfig, translate({joined}, '{HYPHENS}', '')))"
        )
        return sql, params * 2


def _document(queryset, *columns: str):
    if _is_postgres(queryset):
        from django.contrib.postgres.search import SearchVectorField

        return Document(*map(F, columns), output_field=SearchVectorField())
    return FoldedText(*map(F, columns))


def _text_match(queryset, alias: str, spellings: list[str], phrase: bool) -> Q:
    """`alias` (a `_document`) contains one of `spellings`."""
    if _is_postgres(queryset):
        from django.contrib.postgres.search import SearchQuery

        queries = [
            SearchQuery(
                f'"{s}"' if phrase or " " in s else s, search_type="websearch", config=CONFIG
            )
            for s in spellings
        ]
        return Q(**{alias: reduce(or_, queries)})
    return reduce(
        or_,
        (
            Q(**{f"{alias}__contains": f" {' '.join(stem(w) for w in s.split())} "})
            for s in spellings
        ),
    )


def _ids_or_subquery(queryset, field_name: str, *, limit: int | None = None):
    """`field IN (constants)` when few (an index condition that can join a BitmapOr), else the
    subquery itself. The ids are cached like the chart (`charts.cache_key`: the lookup's SQL and
    the newest statement), so a popular title word is not read again on every page."""
    from .charts import cache_key, cache_seconds

    limit = limit or (MAX_IDS if _is_postgres(queryset) else MAX_SQLITE_IDS)
    values = queryset.values_list(field_name, flat=True)
    key = cache_key(values) + ":ids" if cache_seconds() else None
    ids = cache.get(key) if key else None
    if ids is None:
        ids = list(values[: limit + 1])
        if len(ids) > limit:
            ids = TOO_MANY  # kept as a word: not 50,001 ids read back from the cache per page
        if key:
            cache.set(key, ids, cache_seconds())
    return queryset.values(field_name) if ids == TOO_MANY or len(ids) > limit else ids


class AnyOf(Lookup):
    """`field__any_of=[ids]`: PostgreSQL's `field = ANY(%s)`, the ids one array parameter.

    The same rows as `field__in=[ids]`, whose thousands of parameters Django prepares and
    psycopg quotes one by one (a title word found in 9,000 articles: ~100 ms of a page's CPU
    at 1M statements, twice with the chart's estimate)."""

    lookup_name = "any_of"

    def get_prep_lookup(self):
        return [int(value) for value in self.rhs]

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        # The array of the column's own type: `bigint = ANY(integer[])` is not hashed, and
        # PostgreSQL then compares each row with every id in turn.
        array = f"{self.lhs.output_field.cast_db_type(connection)}[]"
        return f"{lhs} = ANY(%s::{array})", (*lhs_params, self.rhs)


IntegerField.register_lookup(AnyOf)
ForeignKey.register_lookup(AnyOf)


def _among(queryset, field_name: str, ids) -> Q:
    """`field IN ids` (a list of ids or a subquery), a list as one array on PostgreSQL."""
    if isinstance(ids, list) and _is_postgres(queryset):
        return Q(**{f"{field_name}__any_of": ids})
    return Q(**{f"{field_name}__in": ids})


def term_filter(queryset, resolved: Resolved) -> tuple[Q, Q]:
    """Statements a resolved term matches, as a Q for `queryset` (aliased `warlog_doc`), for a
    page and for counting.

    Counting is for an aggregate over all the matches (the chart, a facet) rather than a page
    of them. On PostgreSQL a text condition ORed with a subquery (an event's many links) made
    it parse every row of the table (q=strike's chart: 23 s at 1M); counting, the text
    matches are a subquery of their own, read through the GIN index, so every branch is an
    index lookup hashed once (~1 s). A page keeps the ORed condition: walking the timeline
    newest first, it stops at 50 matches."""
    term = resolved.term
    text = _text_match(queryset, "warlog_doc", resolved.spellings, term.phrase)
    others = []
    if resolved.actor_ids:
        others.append(Q(actor_id__in=resolved.actor_ids))
    if resolved.event_ids:
        links = Statement.events.through.objects.filter(event_id__in=resolved.event_ids)
        linked = _ids_or_subquery(links.order_by("statement_id"), "statement_id")
        others.append(_among(queryset, "pk", linked))
    titles = Source.objects.alias(warlog_title=_document(queryset, "title"))
    titles = titles.filter(_text_match(queryset, "warlog_title", resolved.spellings, term.phrase))
    source_ids = _ids_or_subquery(titles.order_by("pk"), "pk")
    if not isinstance(source_ids, list) or source_ids:
        others.append(_among(queryset, "source_id", source_ids))
    if resolved.actor_ids and _is_postgres(queryset):
        # A speaker's name: ORed with their statements, the text condition cannot use its GIN
        # index under the timeline's ORDER BY … LIMIT; PostgreSQL walked the timeline index
        # parsing every row until 50 matched (q=Kallas: 167,000 rows, 2.4-5 s at 1M). Its
        # matches read first (a name is rare in the text) and passed as ids make the walk
        # cheap (45-90 ms). Not for other words: a common one would be read by a scan.
        ids = _ids_or_subquery(queryset.filter(text).order_by(), "pk", limit=MAX_TEXT_IDS)
        if isinstance(ids, list):
            text = _among(queryset, "pk", ids)
            found = reduce(or_, others, text)
            return found, found
    counted = text
    if others and _is_postgres(queryset):
        counted = Q(pk__in=queryset.filter(text).values("pk"))
    return reduce(or_, others, text), reduce(or_, others, counted)


def _with_document(queryset):
    return queryset.alias(warlog_doc=_document(queryset, "text", "speaker_mention"))


@dataclass
class CompiledSearch:
    """A query resolved once (its lookups in the small tables done) and applicable to any
    Statement queryset of the same database: the timeline and each facet reuse it."""

    text: str
    using: str
    filters: list[Q] | None  # None: the query has no searchable word, nothing matches
    excluded: list[Q]
    counting: list[Q] = field(default_factory=list)  # `filters` for aggregates (term_filter)

    def apply(self, queryset, *, counting: bool = False):
        if self.filters is None:
            return queryset.none()
        if not self.filters and not self.excluded:
            return queryset
        queryset = _with_document(queryset)
        for q in self.counting if counting else self.filters:
            queryset = queryset.filter(q)
        for q in self.excluded:
            queryset = queryset.exclude(q)
        return queryset


def compile_search(text: str, *, using: str = "default") -> CompiledSearch:
    """Parse `text` and look its terms up (actors, events, titles) once."""
    query = parse(text)
    if not query:
        return CompiledSearch(text, using, None if text.strip() else [], [])
    events = _event_words()
    base = _with_document(Statement.objects.using(using))
    filters, counting = [], []
    for group in query.groups:
        found = [term_filter(base, resolve(t, events)) for t in group]
        filters.append(reduce(or_, (page for page, _ in found)))
        counting.append(reduce(or_, (counted for _, counted in found)))
    excluded = []
    for term in query.excluded:
        matched = base.filter(term_filter(base, resolve(term, events))[0])
        excluded.append(Q(pk__in=matched.values("pk")))
    return CompiledSearch(text, using, filters, excluded, counting)


def apply(queryset, text: str):
    """`queryset` narrowed to the statements `text` finds (see the module docstring)."""
    return compile_search(text, using=queryset.db).apply(queryset)


# --------------------------------------------------------------------------- display


def highlight_stems(text: str) -> frozenset[str]:
    """The stems of the words a query looks for (excluded terms and stop words left out),
    spellings from the variants file included; no database lookups."""
    stems: set[str] = set()
    for group in parse(text).groups:
        for term in group:
            for spelling in _spellings(term):
                stems.update(stem(w) for w in spelling.split() if w not in stopwords())
    return frozenset(stems)


def highlight(text: str, stems: frozenset[str]) -> SafeString:
    """`text` escaped, with the words whose stem is in `stems` in `<mark class="hit">`."""
    if not stems:
        return SafeString(escape(text))
    out, cursor = [], 0
    for found in _WORD.finditer(text):
        token = found.group(0)
        forms = fold_document(token).split()
        if any(form in stems for form in forms):
            out.append(escape(text[cursor : found.start()]))
            out.append(f'<mark class="hit">{escape(token)}</mark>')
            cursor = found.end()
    out.append(escape(text[cursor:]))
    return mark_safe("".join(out))  # noqa: S308 — every piece of `text` went through escape


def register_sqlite_functions(sender, connection, **kwargs):
    """`connection_created` receiver: SQLite's `warlog_fold(...)` for the fallback search."""
    if connection.vendor == "sqlite":
        connection.connection.create_function("warlog_fold", -1, fold_document, deterministic=True)
