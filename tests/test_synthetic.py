"""The synthetic corpus: sizes, valid spans, reproducibility, skew, and its PostgreSQL indexes."""

from collections import Counter
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from statements.models import Actor, Event, Source, Statement
from warlog_dev.synthetic import generate_corpus

N = 3000


def snapshot():
    return list(
        Statement.objects.order_by("id").values_list(
            "text", "actor__name", "said_on", "kind", "review_status", "source__title"
        )
    )


@pytest.fixture
def corpus(db):
    return generate_corpus(statements=N, seed=11)


def test_sizes_follow_n(corpus):
    assert Statement.objects.count() == N == corpus.statements
    assert Source.objects.count() == corpus.sources
    assert N / 32 <= corpus.sources <= N / 8  # 8 to 32 statements per article, ~N/20
    assert Actor.objects.count() == corpus.actors == N // 500
    assert Event.objects.count() == corpus.events >= 3
    assert Statement.events.through.objects.count() == corpus.event_links > 0
    assert corpus.method == ("copy" if connection.vendor == "postgresql" else "bulk_create")


def test_spans_point_at_the_text_in_the_source(corpus):
    rows = Statement.objects.values_list("text", "start", "end", "source__text")
    assert all(source[start:end] == text for text, start, end, source in rows)
    hashes = Source.objects.values_list("content_hash", flat=True)
    assert len(set(hashes)) == corpus.sources


def test_a_few_actors_say_most_things(corpus):
    counts = Counter(Statement.objects.exclude(actor=None).values_list("actor", flat=True))
    top, _ = zip(*counts.most_common(), strict=True)
    fair_share = N / corpus.actors
    assert counts[top[0]] > 2 * fair_share
    assert counts[top[0]] > 3 * counts[top[-1]]


def test_fields_are_mixed_like_real_coverage(corpus):
    kinds = Counter(Statement.objects.values_list("kind", flat=True))
    statuses = Counter(Statement.objects.values_list("review_status", flat=True))
    undated = Statement.objects.filter(said_on=None).count()
    assert set(kinds) == {"direct", "indirect", "mixed"}
    assert 0 < statuses["rejected"] < N * 0.06
    assert 0 < statuses["verified"] < N * 0.08
    assert N * 0.05 < undated < N * 0.15
    dated = Statement.objects.exclude(said_on=None)
    assert dated.order_by("said_on").first().said_on.isoformat() >= "2022-02-24"
    assert dated.order_by("-said_on").first().said_on.isoformat() <= "2025-12-31"
    affiliations = set(Actor.objects.values_list("affiliation", flat=True))
    assert len(affiliations) >= 3


def test_same_seed_same_corpus_other_seed_another(db):
    generate_corpus(statements=500, seed=3)
    first = snapshot()
    generate_corpus(statements=500, seed=3, replace=True)
    assert snapshot() == first
    generate_corpus(statements=500, seed=4, replace=True)
    assert snapshot() != first


def test_runs_add_to_what_exists_unless_replace(db):
    generate_corpus(statements=400, seed=1)
    generate_corpus(statements=400, seed=1)  # same actors are reused, articles are new
    assert Statement.objects.count() == 800
    assert Actor.objects.count() == 1
    generate_corpus(statements=100, seed=1, replace=True)
    assert Statement.objects.count() == 100


def test_command_reports_and_refuses_bad_n(db):
    out = StringIO()
    call_command("generate_synthetic", "--statements", "250", "--seed", "2", stdout=out)
    assert "Added 250 statements" in out.getvalue()
    assert Statement.objects.count() == 250
    with pytest.raises(CommandError, match="--statements must be"):
        call_command("generate_synthetic", "--statements", "0", stdout=StringIO())
    with pytest.raises(ValueError):
        generate_corpus(statements=-5)


@pytest.mark.postgres
def test_postgres_search_and_timeline_use_the_indexes(corpus):
    """The ORM's expressions must equal the indexed ones, or the indexes are dead weight."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL-only indexes")
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
    # search.py's document (migration 0007's statement_fulltext_idx); speakers are looked up
    # in the actor tables first, so they need no vector.
    search = Statement.objects.search("drones").values("id")
    assert search.exists()
    assert "statement_fulltext_idx" in search.explain()
    excluded = Statement.objects.search("-drones").values("id")
    assert "statement_fulltext_idx" in excluded.explain()
    # The whole timeline order is in these indexes (migration 0010): no sort on top.
    timeline = Statement.objects.for_timeline()[:50].explain()
    assert "statement_said_pub_id_idx" in timeline
    assert "Sort" not in timeline
    actor = Actor.objects.order_by("id").first()
    by_actor = Statement.objects.for_timeline().filter(actor=actor)[:50].explain()
    assert "statement_actor_said_pub_idx" in by_actor
    assert "Sort" not in by_actor
