"""Seed sources look real: sidecar titles and outlets, and a headline where no title is known."""

import json

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from statements.ingest import ingest_paths
from statements.models import Source, headline_of
from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db

ARTICLES = settings.WARLOG_FIXTURES_DIR / "articles"


def test_seed_sources_carry_the_titles_and_outlets_their_texts_state():
    ingest_paths(paths=[ARTICLES])
    expected = {
        path.with_suffix(".txt").name: json.loads(path.read_text("utf-8"))
        for path in ARTICLES.glob("*.json")
    }
    got = {s.file_name: s for s in Source.objects.all()}
    assert set(got) == set(expected)
    for name, sidecar in expected.items():
        assert str(got[name]) == sidecar["title"]
        assert got[name].outlet == sidecar.get("outlet", "")
    assert got["004_720875782e86ab24.txt"].outlet == "Stern"


def test_a_source_without_a_title_is_called_by_its_headline():
    source = SourceFactory(
        title="", file_name="003_x.txt", text="\n\n  Kyiv says talks are off  \nBody text.\n"
    )
    assert str(source) == "Kyiv says talks are off"


def test_a_long_first_line_is_cut_at_a_word():
    line = "The head of the service said " + "very " * 40 + "much."
    assert headline_of(line) == line[:120].rsplit(" ", 1)[0] + "…"
    assert len(headline_of(line)) <= 121


def test_the_source_changelist_shows_headlines_without_reading_each_text(admin_client):
    """Headlines come from an annotation: the page costs the same queries for 2 or 8 sources."""
    url = reverse("admin:statements_source_changelist")
    counts = []
    for total in (2, 8):
        while Source.objects.count() < total:
            n = Source.objects.count()
            SourceFactory(title="", text=f"Headline number {n}\nBody.\n")
        with CaptureQueriesContext(connection) as queries:
            response = admin_client.get(url)
        counts.append(len(queries))
    assert "Headline number 7" in response.content.decode()
    assert counts[0] == counts[1]
