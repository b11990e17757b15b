"""Search that finds: spellings, hyphens, speakers' aliases, events and article titles."""

import datetime as dt

import pytest
from django.db import connection
from django.db.models import Q

from statements.models import Actor, Statement
from statements.search import fold, fold_document, highlight, highlight_stems, parse
from tests.factories import (
    ActorAliasFactory,
    ActorFactory,
    EventFactory,
    SourceFactory,
    StatementFactory,
)


def found(text: str) -> set[int]:
    return set(Statement.objects.visible().search(text).values_list("pk", flat=True))


# --------------------------------------------------------------------------- pure functions


def test_fold_ignores_case_accents_hyphens_and_possessives():
    assert fold("Cease-fire in Kyïv's EAST") == "ceasefire in kyiv east"
    assert fold_document("The cease-fire held") == " the cease fire ceasefire held "


def test_parse_reads_phrases_or_and_negation():
    query = parse('Peskov "peace talks" -Kursk kiev or kyiv the')
    assert [[t.text for t in group] for group in query.groups] == [
        ["Peskov"],
        ["peace talks"],
        ["kiev", "kyiv"],
    ]
    assert [t.text for t in query.excluded] == ["Kursk"]
    assert query.groups[1][0].phrase is True


def test_highlight_marks_every_spelling_and_escapes_the_rest():
    html = highlight("The cease-fire near Kiev <b>", highlight_stems("ceasefire Kyiv"))
    assert html == (
        'The <mark class="hit">cease-fire</mark> near <mark class="hit">Kiev</mark> &lt;b&gt;'
    )


# --------------------------------------------------------------------------- on the seeds


def test_spellings_and_hyphens_find_the_same_statements(seeds):
    kyiv = found("Kyiv")
    visible = Statement.objects.visible()
    said = visible.filter(Q(text__icontains="kyiv") | Q(text__icontains="kiev"))
    titled = visible.filter(Q(source__title__icontains="kyiv") | Q(source__title__icontains="kiev"))
    assert said.count() == 14  # the words, either spelling
    assert set(said.values_list("pk", flat=True)) <= kyiv
    assert set(titled.values_list("pk", flat=True)) <= kyiv  # and the articles' titles
    assert found("Kiev") == kyiv
    assert found("kyïv") == kyiv
    ceasefire = found("ceasefire")
    assert len(ceasefire) == 3
    assert found("cease-fire") == ceasefire
    assert found("CEASE-FIRE") == ceasefire


def test_every_spelling_of_a_speaker_finds_all_his_statements(seeds):
    zelensky = set(
        Statement.objects.visible()
        .filter(actor__name="Volodymyr Zelensky")
        .values_list("pk", flat=True)
    )
    assert len(zelensky) == 7
    for spelling in ("Zelenskyy", "Zelensky", "Zelenskiy", "zelenskii"):
        assert zelensky <= found(spelling), spelling
    assert found("Zelenskyy") == found("Zelensky")


def test_event_names_and_article_titles_are_searched(seeds):
    kursk = found("Kursk")
    article = Statement.objects.filter(source__title__contains="Kursk")
    assert set(article.values_list("pk", flat=True)) <= kursk
    assert len(kursk) == 11


def test_a_negated_term_excludes_what_the_term_finds(seeds):
    visible = found("")
    assert found("-Putin") == visible - found("Putin")
    assert found("Kyiv -Putin") == found("Kyiv") - found("Putin")
    assert found("Kyiv -Putin")  # something is left


# --------------------------------------------------------------------------- with factories


@pytest.mark.django_db
def test_alias_and_name_words_resolve_to_the_speaker():
    shoigu = ActorFactory(name="Sergei Shoigu", affiliation="Russia")
    ActorAliasFactory(actor=shoigu, alias="Shoygu")
    theirs = StatementFactory(actor=shoigu, text="the army will hold its lines")
    other = StatementFactory(text="Shoigu was not present")
    StatementFactory(text="nothing to see")
    assert found("Shoygu") == {theirs.pk, other.pk}  # the alias, and the file's spelling
    assert found("sergei shoigu") == {theirs.pk}  # both words in the name
    assert found('"army will hold"') == {theirs.pk}
    assert found('"hold army"') == set()


@pytest.mark.django_db
def test_source_titles_and_events_match_and_and_is_across_fields():
    source = SourceFactory(
        title="Talks in Istanbul", text="He said the talks stalled. She said otherwise."
    )
    first = StatementFactory(source=source, text="the talks stalled", start=8, end=25)
    event = EventFactory(name="Odesa grain deal", starts_on=dt.date(2022, 7, 22))
    grain = StatementFactory(text="ships will sail")
    grain.events.add(event)
    assert found("Istanbul") == {first.pk}
    assert found("Odessa") == {grain.pk}
    assert found("Odessa sail") == {grain.pk}
    assert found("Odessa Istanbul") == set()
    assert found("Odessa or Istanbul") == {grain.pk, first.pk}


@pytest.mark.django_db
def test_the_page_highlights_the_matched_words(client):
    StatementFactory(text="A cease-fire is not on the table", actor=ActorFactory())
    html = client.get("/?q=ceasefire").content.decode()
    assert '<mark class="hit">cease-fire</mark> is not on the table' in html


@pytest.mark.postgres
def test_postgres_negation_reads_the_index_not_the_table(seeds):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL-only plan")
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
    plan = Statement.objects.for_reading().search("-Putin")[:10].explain()
    # "Putin" names a speaker: its text matches are read first (through the GIN index) and
    # excluded as ids with his statements, so no row's text is parsed under the page's plan.
    assert "to_tsvector" not in plan
    assert Actor.objects.filter(name="Vladimir Putin").exists()


@pytest.mark.django_db
def test_many_matching_articles_fall_back_to_a_subquery(monkeypatch):
    monkeypatch.setattr("statements.search.MAX_IDS", 2)
    monkeypatch.setattr("statements.search.MAX_SQLITE_IDS", 2)
    sources = [
        SourceFactory(title=f"Grain deal {n}", text=f"Grain {n}: it will hold. The end.")
        for n in range(3)
    ]
    made = {
        StatementFactory(
            source=source,
            text="it will hold",
            start=len("Grain 0: "),
            end=len("Grain 0: it will hold"),
        ).pk
        for source in sources
    }
    StatementFactory(text="unrelated words")
    assert found("grain") == made


@pytest.mark.django_db
def test_an_id_list_over_its_limit_is_cached_as_a_word_and_still_finds_every_match(
    monkeypatch, settings
):
    from statements import search

    settings.WARLOG_CHART_CACHE_SECONDS = 600
    monkeypatch.setattr(search, "MAX_IDS", 2)
    monkeypatch.setattr(search, "MAX_SQLITE_IDS", 2)
    kept = []
    store = search.cache.set
    monkeypatch.setattr(
        search.cache, "set", lambda key, value, *a: kept.append(value) or store(key, value, *a)
    )
    made = set()
    for n in range(3):
        source = SourceFactory(title=f"Grain deal {n}", text=f"Grain {n}: it will hold. The end.")
        made.add(StatementFactory(source=source, text="it will hold").pk)
    assert found("grain") == made
    assert search.TOO_MANY in kept  # the three titles' ids: one more than the limit
    assert found("grain") == made  # read back from the cache


@pytest.mark.django_db
def test_a_search_of_stop_words_alone_finds_nothing_without_an_error(client):
    StatementFactory(text="the war goes on")
    response = client.get('/?q="the"')
    assert response.status_code == 200
    assert 'data-count="0"' in response.content.decode()
