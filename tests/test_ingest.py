"""The ingest service against the database: idempotent, in place, editors win, all or nothing."""

import datetime as dt
import json

import pytest
from django.db.models import QuerySet

from statements import curation
from statements import ingest as ingest_module
from statements.extraction import EXTRACTOR_VERSION
from statements.gazetteer import ActorIndex, gazetteer_from_db, load_fixtures
from statements.ingest import ingest_file, ingest_paths
from statements.models import Actor, ActorAlias, Event, Source, Statement
from tests.factories import ActorAliasFactory, ActorFactory

pytestmark = pytest.mark.django_db

PESKOV_QUOTE = "It is impossible to defeat Russia on the battlefield, and Washington knows it."
ZELENSKY_QUOTE = "We will not give up a single metre of our land to the occupiers."
ARTICLE = f"""Peace talks stall as both sides dig in

MOSCOW, 10 November 2023 – The Kremlin answered questions from reporters on Friday.

Dmitry Peskov said: “{PESKOV_QUOTE}”

Ukrainian President Volodymyr Zelensky said on Thursday: “{ZELENSKY_QUOTE}”
"""

ACTORS = [
    {
        "name": "Dmitry Peskov",
        "kind": "person",
        "affiliation": "Russia",
        "role": "Kremlin spokesman",
        "aliases": ["Peskov", "Dmitri Peskov"],
    },
    {
        "name": "Volodymyr Zelensky",
        "affiliation": "Ukraine",
        "role": "President of Ukraine",
        "aliases": ["Zelensky", "Zelenskyy", "Vladimir Zelensky"],
    },
    {"name": "Kremlin", "kind": "organisation", "affiliation": "Russia", "aliases": []},
]
EVENTS = [
    {
        "slug": "full-scale-invasion",
        "name": "Russia's full-scale invasion of Ukraine",
        "starts_on": "2022-02-24",
        "keywords": ["invasion"],
    }
]


@pytest.fixture(autouse=True)
def small_gazetteer(tmp_path_factory, settings):
    """A three-actor gazetteer instead of the project's fixtures: fast, and known to the test."""
    directory = tmp_path_factory.mktemp("fixtures")
    (directory / "actors.json").write_text(json.dumps(ACTORS), "utf-8")
    (directory / "events.json").write_text(json.dumps(EVENTS), "utf-8")
    settings.WARLOG_FIXTURES_DIR = directory
    return directory


def write_article(directory, name, text=ARTICLE, **sidecar):
    path = directory / name
    path.write_text(text, "utf-8")
    if sidecar:
        path.with_suffix(".json").write_text(json.dumps(sidecar), "utf-8")
    return path


def statement_quoting(text):
    return Statement.objects.get(text__contains=text[:30])


def assert_spans_match_text(source):
    for statement in source.statements.all():
        assert source.text[statement.start : statement.end] == statement.text


def row_counts():
    return {
        model.__name__: model.objects.count()
        for model in (Source, Statement, Actor, ActorAlias, Event, Statement.events.through)
    }


# --------------------------------------------------------------------------- idempotence


def test_first_run_stores_source_statements_and_fixtures(tmp_path):
    path = write_article(tmp_path, "talks.txt")
    result = ingest_file(path=path)

    assert (result.files_ingested, result.files_rejected) == (1, 0)
    source = Source.objects.get()
    assert source.text == ARTICLE
    assert source.file_name == "talks.txt"
    assert source.extractor_version == EXTRACTOR_VERSION
    assert any(PESKOV_QUOTE[:30] in s.text for s in source.statements.all())
    assert result.statements_created == source.statements.count() >= 2
    assert_spans_match_text(source)
    # Fixtures were loaded on the fly into the freshly migrated database.
    assert Actor.objects.filter(name="Dmitry Peskov").exists()
    assert Event.objects.filter(slug="full-scale-invasion").exists()


def test_two_runs_create_nothing_new(tmp_path):
    write_article(tmp_path, "a.txt")
    write_article(tmp_path, "b.txt", ARTICLE.replace("Friday", "Saturday"))
    first = ingest_paths(paths=[tmp_path])
    before = row_counts()
    updated_at = dict(Statement.objects.values_list("pk", "updated_at"))

    second = ingest_paths(paths=[tmp_path])

    assert first.files_ingested == 2
    assert (second.files_ingested, second.files_unchanged) == (0, 2)
    assert second.statements_created == second.statements_updated == 0
    assert row_counts() == before
    assert dict(Statement.objects.values_list("pk", "updated_at")) == updated_at


def test_a_sidecar_added_after_ingestion_is_applied_on_the_next_run(tmp_path):
    path = write_article(tmp_path, "talks.txt")
    ingest_file(path=path)
    assert Source.objects.get().published_on == dt.date(2023, 11, 10)

    path.with_suffix(".json").write_text(
        json.dumps({"published": "2023-11-12", "outlet": "Example News"}), "utf-8"
    )
    second = ingest_file(path=path)
    third = ingest_file(path=path)

    source = Source.objects.get()
    assert (second.files_ingested, second.files_unchanged) == (1, 0)
    assert (third.files_ingested, third.files_unchanged) == (0, 1)
    assert (source.published_on, source.outlet) == (dt.date(2023, 11, 12), "Example News")
    # Dates are re-read from the sidecar's date: "on Thursday" counts back from Sunday the 12th,
    # and the undated quote takes the story's day the sentence before it tells ("on Friday",
    # the 10th, two days before the article).
    assert statement_quoting(PESKOV_QUOTE).said_on == dt.date(2023, 11, 10)
    assert statement_quoting(ZELENSKY_QUOTE).said_on == dt.date(2023, 11, 9)


def test_sidecar_metadata_wins_over_inference(tmp_path):
    path = write_article(
        tmp_path,
        "talks.txt",
        url="https://news.example/talks",
        outlet="Example News",
        title="Talks stall",
        published="2023-11-11",
    )
    ingest_file(path=path)
    source = Source.objects.get()
    assert (source.url, source.outlet, source.title) == (
        "https://news.example/talks",
        "Example News",
        "Talks stall",
    )
    assert source.published_on == dt.date(2023, 11, 11)
    assert source.published_precision == "day"
    assert "talks.json" in source.published_evidence


def test_a_sidecar_giving_only_a_month_keeps_that_precision(tmp_path):
    text = f"Dmitry Peskov said: “{PESKOV_QUOTE}”\n"
    path = write_article(tmp_path, "month.txt", text, published="2023-11")
    ingest_file(path=path)
    source = Source.objects.get()
    assert (source.published_on, source.published_precision) == (dt.date(2023, 11, 1), "month")
    statement = statement_quoting(PESKOV_QUOTE)
    assert (statement.said_on, statement.said_on_precision) == (dt.date(2023, 11, 1), "month")

    # The same month given as a day is new metadata: the article is read again.
    write_article(tmp_path, "month.txt", text, published="2023-11-01")
    assert ingest_file(path=path).files_ingested == 1
    assert Source.objects.get().published_precision == "day"
    assert statement_quoting(PESKOV_QUOTE).said_on_precision == "day"


def test_same_url_with_changed_text_updates_the_source_in_place(tmp_path):
    path = write_article(tmp_path, "talks.txt", url="https://news.example/talks")
    ingest_file(path=path)
    source = Source.objects.get()
    old_hash = source.content_hash

    changed = "UPDATED with a correction at the top.\n\n" + ARTICLE
    write_article(tmp_path, "talks-v2.txt", changed, url="https://news.example/talks")
    result = ingest_file(path=tmp_path / "talks-v2.txt")

    assert result.files_ingested == 1
    source.refresh_from_db()
    assert Source.objects.get().pk == source.pk
    assert source.text == changed
    assert source.content_hash != old_hash
    assert source.file_name == "talks-v2.txt"
    assert_spans_match_text(source)
    assert source.statements.count() >= 2


def test_same_file_name_with_changed_text_updates_in_place(tmp_path):
    path = write_article(tmp_path, "talks.txt")
    ingest_file(path=path)
    path.write_text(ARTICLE + "\nThe Kremlin said: “Talks are not on the agenda at the moment.”\n")
    result = ingest_file(path=path)

    assert result.files_ingested == 1
    assert Source.objects.count() == 1
    assert_spans_match_text(Source.objects.get())


def test_an_untouched_statement_the_extractor_no_longer_finds_is_deleted(tmp_path):
    path = write_article(tmp_path, "talks.txt")
    ingest_file(path=path)
    zelensky_id = statement_quoting(ZELENSKY_QUOTE).pk

    path.write_text(ARTICLE.split("Ukrainian President")[0])
    result = ingest_file(path=path)

    assert result.statements_deleted >= 1
    assert not Statement.objects.filter(pk=zelensky_id).exists()
    assert Statement.objects.filter(text__contains=PESKOV_QUOTE[:30]).exists()


# --------------------------------------------------------------------------- editors win


def test_editors_work_survives_changed_text_and_an_extractor_upgrade(tmp_path, monkeypatch):
    path = write_article(tmp_path, "talks.txt", url="https://news.example/talks")
    ingest_file(path=path)
    peskov = statement_quoting(PESKOV_QUOTE)
    zelensky = statement_quoting(ZELENSKY_QUOTE)
    kremlin = Actor.objects.get(name="Kremlin")
    curation.mark_reviewed(statements=Statement.objects.filter(pk=peskov.pk), status="verified")
    curation.reassign_speaker(statements=Statement.objects.filter(pk=zelensky.pk), actor=kremlin)
    zelensky.refresh_from_db()
    assert zelensky.curated_fields == ["actor"]

    # 1. The article is corrected: the text shifts, the curated statements move with it.
    changed = "Correction: an earlier version misspelled a name.\n" + ARTICLE
    path.write_text(changed)
    result = ingest_file(path=path)
    assert result.files_ingested == 1
    # Both are kept; the partly curated one counts as updated if its other fields changed.
    assert result.statements_kept >= 1
    assert result.statements_kept + result.statements_updated >= 2
    peskov.refresh_from_db()
    zelensky.refresh_from_db()
    assert peskov.review_status == "verified"
    assert changed[peskov.start : peskov.end] == peskov.text
    assert zelensky.actor == kremlin
    assert changed[zelensky.start : zelensky.end] == zelensky.text

    # 2. A newer extractor reads the same text again: only untouched statements may change.
    monkeypatch.setattr(ingest_module, "EXTRACTOR_VERSION", "99.0-upgrade")
    result = ingest_file(path=path)
    assert (result.files_ingested, result.files_unchanged) == (1, 0)
    assert result.statements_kept == 2
    assert "2 kept for editors" in result.summary()
    assert Source.objects.get().extractor_version == "99.0-upgrade"
    peskov.refresh_from_db()
    zelensky.refresh_from_db()
    assert peskov.review_status == "verified"
    assert zelensky.actor == kremlin
    assert zelensky.curated_fields == ["actor"]

    # 3. And the upgraded extractor's second run is a no-op.
    assert ingest_file(path=path).files_unchanged == 1


def test_a_curated_statement_gone_from_the_new_text_is_kept_and_reported(tmp_path):
    path = write_article(tmp_path, "talks.txt")
    ingest_file(path=path)
    zelensky = statement_quoting(ZELENSKY_QUOTE)
    curation.mark_reviewed(statements=Statement.objects.filter(pk=zelensky.pk), status="rejected")

    path.write_text(ARTICLE.split("Ukrainian President")[0])
    result = ingest_file(path=path)

    zelensky.refresh_from_db()
    assert zelensky.review_status == "rejected"
    assert result.statements_kept == 1
    assert any(f"statement {zelensky.pk}" in note for note in result.notes)


def test_an_editor_added_alias_is_used_by_later_ingestion(tmp_path):
    load_fixtures()
    peskov = Actor.objects.get(name="Dmitry Peskov")
    ActorAliasFactory(actor=peskov, alias="Kremlin mouthpiece Peskoff")

    gazetteer = gazetteer_from_db()
    entry = next(a for a in gazetteer.actors if a.name == "Dmitry Peskov")
    assert "Kremlin mouthpiece Peskoff" in entry.aliases
    assert ActorIndex.from_db().resolve("kremlin mouthpiece PESKOFF") == peskov.pk

    text = "Kremlin mouthpiece Peskoff said: “The special operation continues as planned, fully.”\n"
    ingest_file(path=write_article(tmp_path, "alias.txt", text))
    statement = Statement.objects.get()
    assert not Actor.objects.filter(name__icontains="Peskoff").exists()
    assert statement.actor == peskov


def test_an_unchanged_gazetteer_is_read_as_the_same_object_and_a_changed_one_is_not():
    """Extraction indexes a gazetteer once per object: a worker ingesting page after page
    reuses the index while editors change nothing, and reads their change at once."""
    load_fixtures()
    first = gazetteer_from_db()
    assert gazetteer_from_db() is first
    ActorAliasFactory(actor=Actor.objects.get(name="Dmitry Peskov"), alias="Peskoff the Elder")
    changed = gazetteer_from_db()
    assert changed is not first
    entry = next(a for a in changed.actors if a.name == "Dmitry Peskov")
    assert "Peskoff the Elder" in entry.aliases
    assert gazetteer_from_db() is changed


def test_a_new_speaker_becomes_an_auto_created_actor_once(tmp_path):
    load_fixtures()
    index = ActorIndex.from_db()
    assert index.resolve("Zelenskyy") == Actor.objects.get(name="Volodymyr Zelensky").pk
    assert index.resolve("Vladimir Zelensky") == index.resolve("volodymyr zelensky")
    assert index.resolve("Somebody Unknown") is None

    text = "Oleksandr Novyimen said: “The front line held again last night near the river.”\n"
    write_article(tmp_path, "one.txt", text)
    write_article(tmp_path, "two.txt", "Monday.\n" + text)
    ingest_paths(paths=[tmp_path])
    auto = Actor.objects.filter(auto_created=True)
    assert (
        list(Statement.objects.values_list("actor__name", flat=True)) == ["Oleksandr Novyimen"] * 2
    )
    assert auto.count() == 1
    assert ActorAlias.objects.filter(actor=auto.get(), alias=auto.get().name).exists()


def test_a_merged_away_actor_resolves_to_the_kept_one_and_is_not_recreated():
    load_fixtures()
    zelensky = Actor.objects.get(name="Volodymyr Zelensky")
    duplicate = ActorFactory(name="V. Zelenskyi")
    ActorAliasFactory(actor=duplicate, alias="V. Zelenskyi")
    curation.merge_actors(keep=zelensky, merge=duplicate)
    # An editor also merged a fixture actor (the Kremlin) into Peskov's entry, say.
    peskov = Actor.objects.get(name="Dmitry Peskov")
    curation.merge_actors(keep=peskov, merge=Actor.objects.get(name="Kremlin"))

    counts = load_fixtures()

    assert counts.actors == 0
    assert counts.skipped_actors == ["Kremlin"]
    assert not Actor.objects.filter(name__in=["Kremlin", "V. Zelenskyi"]).exists()
    index = ActorIndex.from_db()
    assert index.resolve("V. Zelenskyi") == zelensky.pk
    assert index.resolve("Kremlin") == peskov.pk


def test_load_fixtures_skips_aliases_that_belong_to_another_actor():
    other = ActorFactory(name="Somebody Else")
    ActorAliasFactory(actor=other, alias="Peskov")
    counts = load_fixtures()
    # "Peskov" already names another actor, so the fixture's Peskov is not created at all.
    assert "Dmitry Peskov" in counts.skipped_actors
    assert ActorAlias.objects.get(normalized="peskov").actor == other
    assert counts.actors == 2
    assert load_fixtures().actors == 0


# --------------------------------------------------------------------------- all or nothing


def test_a_failure_mid_file_leaves_no_partial_rows(tmp_path, monkeypatch):
    write_article(tmp_path, "a-breaks.txt")
    write_article(tmp_path, "b-lands.txt", ARTICLE.replace("Friday", "Sunday"))
    real_bulk_create = QuerySet.bulk_create
    calls = []

    def failing_once(self, objs, *args, **kwargs):
        if self.model is Statement and not calls:
            calls.append(1)
            assert Source.objects.filter(file_name="a-breaks.txt").exists()  # written already
            raise RuntimeError("disk on fire")
        return real_bulk_create(self, objs, *args, **kwargs)

    monkeypatch.setattr(QuerySet, "bulk_create", failing_once)
    result = ingest_paths(paths=[tmp_path])

    assert calls == [1]
    assert [(p.name, r) for p, r in result.rejected] == [
        ("a-breaks.txt", "ingestion failed (RuntimeError: disk on fire)")
    ]
    assert list(Source.objects.values_list("file_name", flat=True)) == ["b-lands.txt"]
    assert not Statement.objects.exclude(source__file_name="b-lands.txt").exists()
    assert result.files_ingested == 1


def test_a_directory_given_as_a_file_is_rejected(tmp_path):
    (tmp_path / "folder.txt").mkdir()
    result = ingest_file(path=tmp_path / "folder.txt")
    assert result.rejected == [(tmp_path / "folder.txt", "is a directory, not a file")]
    assert not Source.objects.exists()


def test_dry_run_reports_what_would_change_and_writes_nothing(tmp_path):
    write_article(tmp_path, "talks.txt")
    result = ingest_paths(paths=[tmp_path], dry_run=True)

    assert result.files_ingested == 1
    assert result.statements_created >= 2
    assert row_counts() == dict.fromkeys(row_counts(), 0)  # not even the fixtures


def test_dry_run_after_a_real_run_reports_the_update(tmp_path):
    path = write_article(tmp_path, "talks.txt")
    ingest_file(path=path)
    before = row_counts()
    path.write_text(ARTICLE.split("Ukrainian President")[0])

    result = ingest_file(path=path, dry_run=True)

    assert result.statements_deleted >= 1
    assert row_counts() == before
    assert Source.objects.get().text == ARTICLE


# --------------------------------------------------------------------------- speed


def test_queries_per_file_are_few_and_do_not_grow_with_statements(
    tmp_path, django_assert_max_num_queries
):
    for n in range(5):
        quotes = (
            f"Dmitry Peskov said: “Statement number {n}-{k} about the talks is final.”"
            for k in range(20)
        )
        write_article(tmp_path, f"{n}.txt", "\n".join(quotes))
    load_fixtures()
    # Once per run: the gazetteer (actors, aliases, events). Per file: a savepoint, the
    # article's lock (an advisory lock on PostgreSQL), one lookup of the stored article, the
    # source and its history row, the statements (grouped before they are inserted) and their
    # history in bulk, event links in bulk; near-copy lookup and band keys (2-3); grouping:
    # candidates, new groups, the joined groups' members, copies, counts and leads (2-6);
    # the counts summary: its lock, one read and its writes (3-5 on SQLite, 3 on PostgreSQL).
    with django_assert_max_num_queries(10 + 5 * 20):
        result = ingest_paths(paths=[tmp_path])
    assert result.statements_created >= 5 * 20
