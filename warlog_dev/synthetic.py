"""A synthetic, reproducible corpus for measuring Warlog at scale.

`generate_corpus(statements=N, seed=S)` adds N statements over about N/20 sources and N/500
actors, said between 2022-02-24 and 2025-12-31, skewed like real coverage (a Zipf law over
actors and outlets: a few speakers say most things), with English sentences built from
templates (so full-text search has real words to find), valid spans (`source.text[start:end]
== statement.text`), mixed kinds, precisions and review statuses, and events linked to about a
quarter of the dated statements.

Rows are streamed in chunks of whole sources, so memory stays bounded whatever N is. On
PostgreSQL they are written with `COPY ... FROM STDIN` (psycopg 3); elsewhere with
`bulk_create`. The same seed on the same starting database gives the same corpus.

Synthetic rows bypass the model's `save()`: no history records are written for them.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import itertools
import json
import random
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from statements import summary
from statements.grouping import ensure_groups
from statements.models import Actor, ActorAlias, Cluster, Event, Source, SourceBand, Statement

FIRST_DAY = dt.date(2022, 2, 24)
LAST_DAY = dt.date(2025, 12, 31)
STATEMENTS_PER_SOURCE = (8, 32)  # uniform: about 20 on average
STATEMENTS_PER_ACTOR = 500
STATEMENTS_PER_EVENT = 5000
MAX_STATEMENTS = 50_000_000
ZIPF_ACTORS = 1.07
ZIPF_OUTLETS = 0.9
CHUNK_STATEMENTS = 20_000

# ----------------------------------------------------------------------- vocabulary

# (affiliation, weight, naming culture)
AFFILIATIONS = [
    ("Russia", 27, "ru"),
    ("Ukraine", 27, "ua"),
    ("United States", 12, "en"),
    ("United Kingdom", 6, "en"),
    ("EU", 5, "eu"),
    ("NATO", 4, "eu"),
    ("Germany", 3, "eu"),
    ("France", 3, "eu"),
    ("Poland", 2, "eu"),
    ("China", 3, "cn"),
    ("Turkey", 3, "tr"),
    ("Belarus", 1, "ru"),
    ("United Nations", 2, "eu"),
    ("Hungary", 1, "eu"),
    ("", 1, "en"),  # analysts and others who speak for no country
]
NAMES = {
    "ru": (
        "Dmitry Sergei Vladimir Maria Anna Alexei Nikolai Yuri Elena Olga Igor Andrei Pavel "
        "Tatiana Mikhail Viktor Grigory Irina Konstantin Svetlana Boris Roman Ekaterina",
        "Ivanov Petrov Smirnov Volkov Sokolov Kuznetsov Orlov Morozov Lebedev Kozlov Novikov "
        "Fedorov Pavlov Semenov Golubev Vinogradov Bogdanov Vorobyov Zakharova Belov Medvedev "
        "Gromov Tarasov Frolov Zaitsev",
    ),
    "ua": (
        "Oleksandr Andriy Iryna Olena Mykhailo Dmytro Yulia Serhiy Oksana Vitaliy Taras Kateryna "
        "Bohdan Nataliya Yuriy Ostap Halyna Vasyl Denys Lyudmyla Roman Maksym Svitlana",
        "Kovalenko Shevchenko Bondarenko Tkachenko Kravchenko Melnyk Oliynyk Lysenko Marchenko "
        "Rudenko Savchenko Petrenko Klymenko Moroz Pavlenko Kuzmenko Hrytsenko Yaremchuk "
        "Danylyuk Stefanyshyn Humeniuk Zhuk Ihnat Pidlasa Kuleba",
    ),
    "en": (
        "John Sarah Michael Emily David Jennifer James Laura Robert Karen William Linda Thomas "
        "Rachel Daniel Helen Mark Susan Paul Catherine Andrew Victoria",
        "Miller Carter Hughes Bennett Collins Foster Graham Harris Jenkins Lawson Mitchell "
        "Parker Reynolds Sullivan Turner Walsh Brooks Coleman Davies Ellison Fletcher Hayes "
        "Morgan Price Shaw",
    ),
    "eu": (
        "Anna Lars Pierre Katarzyna Jan Sophie Markus Elena Tomasz Ingrid Luca Marie Henrik "
        "Agnieszka Stefan Claire Matteo Ursula Janis Kaja Josep Annalena",
        "Jansen Müller Dubois Rossi Nowak Schmidt Lefèvre Bianchi Kowalski Andersen Novák "
        "Weber Moreau Lindqvist Horváth Wagner Fontaine Russo Svensson Kallas Ozoliņš "
        "Schneider Fischer Laurent Ricci",
    ),
    "cn": (
        "Wei Jing Ming Hua Lei Yan Jun Xiaoming Li Fang Hong Qiang Ying Tao",
        "Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Ma Zhu Hu Guo Lin He Gao Luo",
    ),
    "tr": (
        "Mehmet Ayşe Mustafa Fatma Ahmet Emine Ali Hatice Hüseyin Zeynep Hakan İbrahim Elif "
        "Murat Ömer Selin",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan "
        "Kılıç Aslan Çetin Kara Koç Kurt",
    ),
}
NAMES = {culture: (first.split(), last.split()) for culture, (first, last) in NAMES.items()}
ROLES = [
    "foreign minister",
    "defence minister",
    "foreign ministry spokesperson",
    "presidential adviser",
    "presidential spokesperson",
    "military analyst",
    "member of parliament",
    "regional governor",
    "ambassador to the United Nations",
    "chief of the general staff",
    "deputy prime minister",
    "energy minister",
    "army commander",
    "mayor",
    "national security adviser",
    "intelligence chief",
]
ORGANISATIONS = [
    "Ministry of Defence",
    "Foreign Ministry",
    "General Staff",
    "Security Council",
    "Presidential Office",
    "Energy Ministry",
    "Border Guard Service",
    "Parliament",
    "Emergency Service",
    "Prosecutor General's Office",
]
OUTLETS = [
    ("Reuters", "reuters.com"),
    ("Associated Press", "apnews.com"),
    ("Kyiv Independent", "kyivindependent.com"),
    ("BBC News", "bbc.co.uk"),
    ("TASS", "tass.com"),
    ("Ukrainska Pravda", "pravda.com.ua"),
    ("The Guardian", "theguardian.com"),
    ("Meduza", "meduza.io"),
    ("Al Jazeera", "aljazeera.com"),
    ("Deutsche Welle", "dw.com"),
    ("RIA Novosti", "ria.ru"),
    ("France 24", "france24.com"),
    ("Politico Europe", "politico.eu"),
    ("Interfax-Ukraine", "interfax.com.ua"),
    ("RFE/RL", "rferl.org"),
    ("Novaya Gazeta Europe", "novayagazeta.eu"),
    ("Anadolu Agency", "aa.com.tr"),
    ("Xinhua", "xinhuanet.com"),
    ("Euronews", "euronews.com"),
    ("The Moscow Times", "themoscowtimes.com"),
]
# via -> how a sentence names it
VIAS = {
    "Telegram": "on Telegram",
    "a televised address": "in a televised address",
    "a press conference": "at a press conference",
    "state television": "on state television",
    "a briefing": "at a briefing",
    "a video address": "in a video address",
    "X": "on X",
    "an interview": "in an interview",
}
VIA_NAMES = list(VIAS)
CITIES = [
    "Kyiv",
    "Kharkiv",
    "Odesa",
    "Kherson",
    "Zaporizhzhia",
    "Bakhmut",
    "Avdiivka",
    "Mariupol",
    "Dnipro",
    "Lviv",
    "Belgorod",
    "Kursk",
    "Pokrovsk",
    "Sevastopol",
    "Donetsk",
    "Vuhledar",
    "Kupiansk",
    "Sumy",
    "Mykolaiv",
    "Kramatorsk",
]
SUBJECTS = [
    "Russia",
    "Ukraine",
    "Moscow",
    "Kyiv",
    "the West",
    "NATO",
    "Washington",
    "the European Union",
    "our army",
    "the Kremlin",
    "the Western alliance",
    "the army",
    "Europe",
    "the government",
]
MODALS = [
    "will",
    "will not",
    "must",
    "cannot",
    "is ready to",
    "has no intention to",
    "intends to",
    "is prepared to",
    "continues to",
    "should",
]
ACTIONS = [
    "accept any ceasefire that freezes the front line",
    "supply long-range missiles to Ukraine",
    "negotiate with those who attack civilian infrastructure",
    "recognise the annexation of occupied territories",
    "extend the Black Sea grain deal",
    "strike energy infrastructure across the region",
    "defend every metre of its land",
    "lift sanctions on Russian banks",
    "deliver F-16 fighter jets before the summer",
    "withdraw troops from the Zaporizhzhia nuclear power plant",
    "send more air defence systems",
    "exchange prisoners of war",
    "restore control over its internationally recognised borders",
    "freeze the central bank's assets",
    "hold new talks in Istanbul",
    "end the war on its own terms",
    "increase drone production tenfold",
    "mobilise additional reservists",
    "guarantee the safety of grain shipments",
    "discuss security guarantees for Ukraine",
    "tolerate strikes on its territory",
    "rebuild the damaged power grid before winter",
]
TAILS = [
    "",
    "",
    " this year",
    " despite the pressure",
    " in the coming weeks",
    " as long as it takes",
    " without preconditions",
    " after the latest attacks on {city}",
    " until the occupiers withdraw",
    " if the West escalates",
]
SITUATIONS = ["difficult", "under control", "tense", "critical", "stable", "extremely hard"]
WEAPONS = [
    "tanks",
    "ATACMS missiles",
    "Patriot batteries",
    "artillery shells",
    "fighter jets",
    "cruise missiles",
    "armoured vehicles",
    "Shahed drones",
]
FILLERS = [
    "The claim could not be independently verified.",
    "Fighting continued along the front line.",
    "Officials did not provide further details.",
    "The ministry did not respond to a request for comment.",
    "Air raid alerts sounded across several regions overnight.",
    "Diplomats said talks were expected to resume next month.",
    "The remarks came a day after a wave of missile and drone attacks.",
    "Western officials have repeatedly rejected such claims.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
# Real, well-known events, then generated ones when N asks for more.
EVENT_CATALOG = [
    ("Full-scale invasion begins", "2022-02-24", ["invasion"]),
    ("Occupation of the Zaporizhzhia nuclear power plant", "2022-03-04", ["Zaporizhzhia"]),
    ("Istanbul peace talks", "2022-03-29", ["Istanbul", "talks"]),
    ("Bucha massacre revealed", "2022-04-02", ["Bucha"]),
    ("Kramatorsk railway station strike", "2022-04-08", ["Kramatorsk"]),
    ("Sinking of the cruiser Moskva", "2022-04-14", ["Moskva"]),
    ("Surrender of the Azovstal defenders", "2022-05-20", ["Azovstal", "Mariupol"]),
    ("Black Sea Grain Initiative", "2022-07-22", ["grain"]),
    ("Kharkiv counteroffensive", "2022-09-06", ["Kharkiv"]),
    ("Annexation referendums", "2022-09-23", ["referendum", "annexation"]),
    ("Kerch bridge explosion", "2022-10-08", ["Kerch", "bridge"]),
    ("Liberation of Kherson", "2022-11-11", ["Kherson"]),
    ("Fall of Bakhmut", "2023-05-20", ["Bakhmut"]),
    ("Destruction of the Kakhovka dam", "2023-06-06", ["Kakhovka", "dam"]),
    ("Wagner mutiny", "2023-06-24", ["Wagner", "mutiny"]),
    ("NATO summit in Vilnius", "2023-07-11", ["Vilnius", "NATO"]),
    ("Withdrawal from Avdiivka", "2024-02-17", ["Avdiivka"]),
    ("Okhmatdyt children's hospital strike", "2024-07-08", ["Okhmatdyt"]),
    ("NATO summit in Washington", "2024-07-09", ["NATO", "summit"]),
    ("Kursk incursion", "2024-08-06", ["Kursk", "incursion"]),
    ("Oval Office meeting", "2025-02-28", ["Oval Office"]),
    ("Jeddah ceasefire talks", "2025-03-11", ["Jeddah", "ceasefire"]),
    ("Sumy Palm Sunday strike", "2025-04-13", ["Sumy"]),
    ("Istanbul direct talks", "2025-05-16", ["Istanbul", "talks"]),
    ("Operation Spiderweb", "2025-06-01", ["drones", "airfields"]),
    ("Alaska summit", "2025-08-15", ["Alaska", "summit"]),
]


# ----------------------------------------------------------------------- results


@dataclass(frozen=True)
class SyntheticResult:
    statements: int
    sources: int
    actors: int
    events: int
    event_links: int
    seconds: float
    method: str  # "copy" or "bulk_create"


# ----------------------------------------------------------------------- writers


class _CopyWriter:
    """PostgreSQL: each chunk goes in with one `COPY table (cols) FROM STDIN` per table."""

    method = "copy"

    def __init__(self):
        self.now = timezone.now()

    def json(self, value) -> str:
        return json.dumps(value)

    def write(self, model, columns: Sequence[str], rows: Sequence[tuple]) -> None:
        if not rows:
            return
        table = model._meta.db_table
        quoted = ", ".join(connection.ops.quote_name(c) for c in columns)
        with (
            connection.cursor() as cursor,
            cursor.copy(f"COPY {connection.ops.quote_name(table)} ({quoted}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)


class _BulkWriter:
    """Any other database: `bulk_create` in batches."""

    method = "bulk_create"
    batch_size = 500

    def __init__(self):
        self.now = timezone.now()

    def json(self, value):
        return value

    def write(self, model, columns: Sequence[str], rows: Sequence[tuple]) -> None:
        objs = [model(**dict(zip(columns, row, strict=True))) for row in rows]
        model.objects.bulk_create(objs, batch_size=self.batch_size)


# ----------------------------------------------------------------------- sampling


def _cumulative(weights: Sequence[float]) -> list[float]:
    return list(itertools.accumulate(weights))


def _pick(rng: random.Random, items: Sequence, cum: Sequence[float]):
    return items[bisect.bisect_right(cum, rng.random() * cum[-1])]


def _zipf_weights(n: int, s: float) -> list[float]:
    return [1.0 / (rank**s) for rank in range(1, n + 1)]


def _day_weights() -> tuple[list[dt.date], list[float]]:
    """Every day of the period, weighted like coverage: heavy in spring 2022, bumps later."""
    bumps = [
        (dt.date(2022, 2, 24), dt.date(2022, 4, 30), 2.5),
        (dt.date(2022, 9, 1), dt.date(2022, 11, 30), 0.8),
        (dt.date(2023, 6, 1), dt.date(2023, 9, 30), 0.6),
        (dt.date(2024, 8, 1), dt.date(2024, 9, 15), 0.7),
        (dt.date(2025, 2, 15), dt.date(2025, 8, 31), 0.9),
    ]
    days, weights = [], []
    day = FIRST_DAY
    while day <= LAST_DAY:
        days.append(day)
        weights.append(1.0 + sum(w for a, b, w in bumps if a <= day <= b))
        day += dt.timedelta(days=1)
    return days, _cumulative(weights)


# ----------------------------------------------------------------------- actors and events


def _actor_specs(rng: random.Random, count: int) -> list[dict]:
    """`count` distinct actors, in Zipf rank order (the first speaks the most)."""
    aff_cum = _cumulative([w for _, w, _ in AFFILIATIONS])
    specs, names = [], set()
    for rank in range(count):
        affiliation, _, culture = _pick(rng, AFFILIATIONS, aff_cum)
        roll = rng.random()
        name = None
        if roll < 0.08 and affiliation:
            kind = Actor.Kind.ORGANISATION
            name = f"{affiliation} {rng.choice(ORGANISATIONS)}"
            role = ""
        elif roll < 0.10 and affiliation:
            kind, name, role = Actor.Kind.MEDIA, f"{affiliation} state television", ""
        if name is None or name in names:
            kind = Actor.Kind.PERSON
            first, last = NAMES[culture]
            role = f"{affiliation} {rng.choice(ROLES)}".strip()
            name = f"{rng.choice(first)} {rng.choice(last)}"
            if name in names:
                initial = chr(ord("A") + rng.randrange(26))
                name = f"{name.split(' ')[0]} {initial}. {name.split(' ', 1)[1]}"
            if name in names:
                name = f"{name} ({rank + 1})"
        names.add(name)
        specs.append({"name": name, "kind": kind, "affiliation": affiliation, "role": role})
    return specs


def _ensure_actors(specs: list[dict]) -> list[tuple[int, str, str]]:
    """The actors' (id, name, mention) in spec order; existing actors of that name are reused."""
    names = [s["name"] for s in specs]
    existing = dict(Actor.objects.filter(name__in=names).values_list("name", "id"))
    used_slugs = set(Actor.objects.values_list("slug", flat=True))
    new = []
    for spec in specs:
        if spec["name"] in existing:
            continue
        base = slugify(spec["name"]) or "actor"
        slug, n = base, 2
        while slug in used_slugs:
            slug, n = f"{base}-{n}", n + 1
        used_slugs.add(slug)
        new.append(Actor(slug=slug, **spec))
    Actor.objects.bulk_create(new, batch_size=500)
    ids = dict(Actor.objects.filter(name__in=names).values_list("name", "id"))
    result = []
    for spec in specs:
        name = spec["name"]
        mention = name if spec["kind"] != Actor.Kind.PERSON else name.split(" ")[-1]
        result.append((ids[name], name, mention))
    return result


def _event_specs(rng: random.Random, count: int) -> list[dict]:
    specs = [
        {"name": name, "starts_on": dt.date.fromisoformat(day), "keywords": keywords}
        for name, day, keywords in EVENT_CATALOG[:count]
    ]
    span = (LAST_DAY - FIRST_DAY).days
    seen = {s["name"] for s in specs}
    while len(specs) < count:
        day = FIRST_DAY + dt.timedelta(days=rng.randrange(span))
        city = rng.choice(CITIES)
        name = f"Strike on {city}, {day.day} {MONTHS[day.month - 1]} {day.year}"
        if name in seen:
            continue
        seen.add(name)
        specs.append({"name": name, "starts_on": day, "keywords": [city, "strike"]})
    return specs


def _ensure_events(specs: list[dict]) -> list[tuple[dt.date, int]]:
    """(starts_on, id) of every event, sorted by date; existing slugs are reused."""
    for spec in specs:
        spec["slug"] = slugify(spec["name"])[:200]
    slugs = [s["slug"] for s in specs]
    existing = set(Event.objects.filter(slug__in=slugs).values_list("slug", flat=True))
    Event.objects.bulk_create(
        [Event(precision="day", **s) for s in specs if s["slug"] not in existing], batch_size=500
    )
    return sorted(Event.objects.filter(slug__in=slugs).values_list("starts_on", "id"))


# ----------------------------------------------------------------------- text


def _statement_text(rng: random.Random) -> str:
    family = rng.randrange(8)
    city = rng.choice(CITIES)
    if family <= 2:
        tail = rng.choice(TAILS).format(city=city)
        text = f"{rng.choice(SUBJECTS)} {rng.choice(MODALS)} {rng.choice(ACTIONS)}{tail}"
    elif family == 3:
        text = f"the situation near {city} remains {rng.choice(SITUATIONS)}"
    elif family == 4:
        region = rng.choice(CITIES)
        text = f"{rng.randrange(5, 120)} drones were shot down overnight over the {region} region"
    elif family == 5:
        text = f"the strike on {city} was a deliberate attack on civilians"
    elif family == 6:
        weapon = rng.choice(WEAPONS)
        text = f"deliveries of {weapon} have been delayed by {rng.randrange(2, 10)} weeks"
    else:
        text = f"talks on {rng.choice(['a ceasefire', 'prisoner exchanges', 'grain exports', 'nuclear safety', 'energy strikes'])} have reached a dead end"
    return text


def _said(rng: random.Random, published: dt.date | None) -> tuple[dt.date | None, str, str]:
    """(said_on, precision, evidence) for a statement reported on `published`."""
    roll = rng.random()
    if published is None or roll < 0.10:
        return None, "unknown", ""
    # A month or year precision is stored as its first day; none before the period starts.
    if roll < 0.16 and published.replace(day=1) >= FIRST_DAY:
        return published.replace(day=1), "month", f"in {MONTHS[published.month - 1]}"
    if roll < 0.18 and published.replace(month=1, day=1) >= FIRST_DAY:
        return published.replace(month=1, day=1), "year", f"in {published.year}"
    said = max(FIRST_DAY, published - dt.timedelta(days=rng.choice((0, 0, 0, 1, 1, 2, 3, 6))))
    return said, "day", f"on {WEEKDAYS[said.weekday()]}"


@dataclass
class _Chunk:
    sources: list[tuple]
    statements: list[tuple]
    links: list[tuple]

    def __len__(self) -> int:
        return len(self.statements)


SOURCE_COLUMNS = (
    "id",
    "title",
    "outlet",
    "url",
    "published_on",
    "published_precision",
    "published_evidence",
    "date_warning",
    "text",
    "content_hash",
    "file_name",
    "extractor_version",
    "ingested_at",
    "updated_at",
    "curated_fields",
)
STATEMENT_COLUMNS = (
    "id",
    "source_id",
    "actor_id",
    "speaker_mention",
    "kind",
    "text",
    "start",
    "end",
    "said_on",
    "said_on_precision",
    "said_on_evidence",
    "via",
    "published_on",  # copied from the source (models.copied_from_source)
    "review_status",
    "curated_fields",
    "version",
    "created_at",
    "updated_at",
    "event_evidence",
    "review_reason",
)
LINK_COLUMNS = ("statement_id", "event_id")


class _Corpus:
    """Streams chunks of whole sources (with their statements and event links)."""

    def __init__(self, *, rng, writer, actors, events, first_source_id, first_statement_id):
        self.rng = rng
        self.writer = writer
        self.actors = actors
        self.actor_cum = _cumulative(_zipf_weights(len(actors), ZIPF_ACTORS))
        self.outlet_cum = _cumulative(_zipf_weights(len(OUTLETS), ZIPF_OUTLETS))
        self.days, self.day_cum = _day_weights()
        self.event_days = [day for day, _ in events]
        self.event_ids = [pk for _, pk in events]
        self.source_id = first_source_id
        self.statement_id = first_statement_id
        self.links = 0
        self.empty = writer.json([])
        self.no_reasons = writer.json({})

    def chunks(self, total: int, chunk_size: int = CHUNK_STATEMENTS) -> Iterator[_Chunk]:
        remaining = total
        chunk = _Chunk([], [], [])
        while remaining > 0:
            count = min(remaining, self.rng.randint(*STATEMENTS_PER_SOURCE))
            self._source(chunk, count)
            remaining -= count
            if len(chunk) >= chunk_size:
                yield chunk
                chunk = _Chunk([], [], [])
        if chunk.statements:
            yield chunk

    def _source(self, chunk: _Chunk, count: int) -> None:
        rng, now = self.rng, self.writer.now
        source_id = self.source_id
        self.source_id += 1
        outlet, domain = _pick(rng, OUTLETS, self.outlet_cum)
        published = _pick(rng, self.days, self.day_cum)
        precision = "day"
        if rng.random() < 0.01:
            published, precision = None, "unknown"
        dateline = (
            f"{MONTHS[published.month - 1]} {published.day}, {published.year}"
            if published
            else "undated"
        )
        parts: list[str] = []
        offset = 0

        def add(piece: str) -> int:
            nonlocal offset
            at = offset
            parts.append(piece)
            offset += len(piece)
            return at

        title = None
        for i in range(count):
            actor = _pick(rng, self.actors, self.actor_cum) if rng.random() > 0.02 else None
            mention = actor[2] if actor else "A senior official"
            text = _statement_text(rng)
            kind = rng.choices(("direct", "indirect", "mixed"), (40, 45, 15))[0]
            said_on, said_precision, evidence = _said(rng, published)
            via = rng.choice(VIA_NAMES) if rng.random() < 0.35 else ""
            said = " ".join(filter(None, ("said", evidence, VIAS.get(via))))
            if i == 0:
                title = f"{mention}: {text[0].upper()}{text[1:]}"[:200]
                add(f"{title}\n\n{rng.choice(CITIES).upper()}, {dateline} ({outlet}) — ")
            elif rng.random() < 0.4:
                add(rng.choice(FILLERS) + "\n\n")
            if kind == "direct":
                text = text[0].upper() + text[1:]
                add('"')
                start = add(text)
                add(f'," {mention} {said}.\n\n')
            elif kind == "indirect":
                add(f"{mention} {said} that ")
                start = add(text)
                add(".\n\n")
            else:
                words = text.split(" ")
                cut = max(1, len(words) // 2)
                text = " ".join(words[:cut]) + ' "' + " ".join(words[cut:]) + '"'
                add(f"{mention} {said} that ")
                start = add(text)
                add(".\n\n")
            status = rng.random()
            review = (
                "rejected" if status < 0.03 else ("verified" if status < 0.07 else "unreviewed")
            )
            sid = self.statement_id
            self.statement_id += 1
            chunk.statements.append(
                (
                    sid,
                    source_id,
                    actor[0] if actor else None,
                    mention if actor else "",
                    kind,
                    text,
                    start,
                    start + len(text),
                    said_on,
                    said_precision,
                    evidence,
                    via,
                    published,
                    review,
                    self.empty,
                    1,
                    now,
                    now,
                    self.no_reasons,
                    "",
                )
            )
            if said_on is not None and self.event_ids and rng.random() < 0.3:
                for event_id in self._events_near(said_on):
                    chunk.links.append((sid, event_id))
        add(f"Reference {domain.split('.')[0].upper()}-{source_id}.\n")
        body = "".join(parts)
        slug = slugify(title)[:80]
        chunk.sources.append(
            (
                source_id,
                title,
                outlet,
                f"https://{domain}/{published.year if published else 'undated'}/{slug}-{source_id}",
                published,
                precision,
                f"dateline: {dateline}" if published else "",
                "",
                body,
                hashlib.sha256(body.encode()).hexdigest(),
                f"synthetic/{source_id:08d}.txt",
                SYNTHETIC_VERSION,
                now,
                now,
                self.empty,
            )
        )

    def _events_near(self, day: dt.date) -> list[int]:
        """One event (sometimes two) that started within 90 days before `day`."""
        i = bisect.bisect_right(self.event_days, day)
        candidates = [
            self.event_ids[j]
            for j in range(max(0, i - 3), i)
            if (day - self.event_days[j]).days <= 90
        ]
        if not candidates:
            return []
        picked = [self.rng.choice(candidates)]
        if len(candidates) > 1 and self.rng.random() < 0.15:
            other = self.rng.choice(candidates)
            if other != picked[0]:
                picked.append(other)
        self.links += len(picked)
        return picked


# ----------------------------------------------------------------------- the service


def _wipe() -> None:
    """Delete every statement, source, event and actor (with aliases and links)."""
    tables = [
        Statement.events.through._meta.db_table,
        Statement._meta.db_table,
        Cluster._meta.db_table,
        SourceBand._meta.db_table,
        Source._meta.db_table,
        Event._meta.db_table,
        ActorAlias._meta.db_table,
        Actor._meta.db_table,
    ]
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Deferred foreign-key checks pending in this transaction would block TRUNCATE.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute(
                f"TRUNCATE {', '.join(quote(t) for t in tables)} RESTART IDENTITY CASCADE"
            )
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        else:
            for table in tables:
                cursor.execute(f"DELETE FROM {quote(table)}")


SYNTHETIC_VERSION = "synthetic"  # the extractor_version of every synthetic source


class ReplaceRefused(ValueError):
    """`replace` would delete data that is not synthetic."""


def real_data() -> dict[str, int]:
    """What the database holds that this module did not make: sources it did not write
    (ingested articles) and actors with aliases (the gazetteer's, ingestion's; synthetic
    actors have none). Empty when everything is synthetic."""
    counts = {
        "sources": Source.objects.exclude(extractor_version=SYNTHETIC_VERSION).count(),
        "actors": Actor.objects.filter(aliases__isnull=False).distinct().count(),
    }
    return {name: n for name, n in counts.items() if n}


def _next_id(model) -> int:
    last = model.objects.order_by("-id").values_list("id", flat=True).first()
    return (last or 0) + 1


def _reset_sequences(models_: Sequence) -> None:
    if connection.vendor != "postgresql":
        return  # SQLite's rowid allocation follows the largest id by itself
    with connection.cursor() as cursor:
        for model in models_:
            table = model._meta.db_table
            cursor.execute(
                "SELECT setval(pg_get_serial_sequence(%s, 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {connection.ops.quote_name(table)}), 0) + 1, false)",
                [table],
            )


def generate_corpus(
    *,
    statements: int,
    seed: int = 1,
    replace: bool = False,
    delete_real_data: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> SyntheticResult:
    """Add `statements` synthetic statements (and their sources, actors, events).

    `replace` first deletes every statement, source, event and actor, and is refused
    (`ReplaceRefused`) when any of them is not synthetic unless `delete_real_data` says so.
    `progress(done, total)` is called after each chunk.
    """
    if not isinstance(statements, int) or statements < 1 or statements > MAX_STATEMENTS:
        raise ValueError(f"statements must be an integer from 1 to {MAX_STATEMENTS:,}.")
    if replace and not delete_real_data and (found := real_data()):
        what = " and ".join(f"{n:,} {name}" for name, n in found.items())
        raise ReplaceRefused(
            f"the database holds data that is not synthetic ({what}); replacing would delete it"
        )
    started = time.perf_counter()
    rng = random.Random(seed)
    writer = _CopyWriter() if connection.vendor == "postgresql" else _BulkWriter()
    actor_count = max(1, round(statements / STATEMENTS_PER_ACTOR))
    event_count = max(3, round(statements / STATEMENTS_PER_EVENT))
    with transaction.atomic():
        if replace:
            _wipe()
        if connection.vendor == "postgresql":
            # Ids are assigned here, so no one else may insert meanwhile (reads go on).
            with connection.cursor() as cursor:
                for model in (Source, Statement, Statement.events.through):
                    cursor.execute(f"LOCK TABLE {model._meta.db_table} IN EXCLUSIVE MODE")
        actors = _ensure_actors(_actor_specs(rng, actor_count))
        events = _ensure_events(_event_specs(rng, event_count))
        corpus = _Corpus(
            rng=rng,
            writer=writer,
            actors=actors,
            events=events,
            first_source_id=_next_id(Source),
            first_statement_id=_next_id(Statement),
        )
        first_source, done = corpus.source_id, 0
        for chunk in corpus.chunks(statements):
            writer.write(Source, SOURCE_COLUMNS, chunk.sources)
            writer.write(Statement, STATEMENT_COLUMNS, chunk.statements)
            writer.write(Statement.events.through, LINK_COLUMNS, chunk.links)
            done += len(chunk)
            if progress:
                progress(done, statements)
        _reset_sequences([Source, Statement, Statement.events.through, Actor, Event])
        ensure_groups()  # each synthetic statement a group of its own, as ingestion would
        summary.rebuild()  # COPY went behind the summary's back
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            for model in (Source, Statement, Statement.events.through, Actor, Event):
                cursor.execute(f"ANALYZE {model._meta.db_table}")
    return SyntheticResult(
        statements=statements,
        sources=corpus.source_id - first_source,
        actors=len(actors),
        events=len(events),
        event_links=corpus.links,
        seconds=time.perf_counter() - started,
        method=writer.method,
    )
