"""Corrections readers can see, and history editors can read."""

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from statements import curation
from statements.models import Statement
from tests.factories import ActorFactory, StatementFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def reassigned(editor_user):
    statement = StatementFactory(
        actor=ActorFactory(name="NBC News"),
        speaker_mention="NBC",
        said_on=dt.date(2024, 12, 8),
        said_on_precision="day",
        said_on_evidence="the article's date",
    )
    peskov = ActorFactory(name="Dmitry Peskov")
    curation.reassign_speaker(statements=[statement], actor=peskov, user=editor_user)
    statement.refresh_from_db()
    statement.said_on = dt.date(2024, 11, 20)
    curation.save_statement_edit(
        statement=statement,
        submitted_version=statement.version,
        changed_fields=["said_on"],
        user=editor_user,
    )
    curation.mark_reviewed(statements=[statement], status="verified", user=editor_user)
    return Statement.objects.get(pk=statement.pk)


def text_of(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_a_corrected_statement_says_so_and_names_the_editors_not_the_editor(client, reassigned):
    html = client.get(reassigned.get_absolute_url()).content.decode()
    today = timezone.localdate()
    assert (
        f'<p class="notice notice--correction" id="correction">Corrected by the editors on '
        f"{today:%-d %B %Y}: speaker, date.</p>"
    ) in html
    text = text_of(html)
    assert (
        "Dmitry Peskov , spokesperson (Russia) — attributed by the editors; the article’s words: “NBC”"
        in (text)
    )
    assert "named in the article as" not in text
    assert "Date set by the editors." in text
    assert "✓ verified" in text
    assert "/admin/" not in html and "ed " not in text.split("Corrected by the editors")[1][:40]


def test_the_timeline_tells_verified_from_unreviewed_at_a_glance(client, reassigned):
    plain = StatementFactory(said_on=dt.date(2024, 12, 1))
    html = client.get(reverse("statements:timeline")).content.decode()
    assert html.count('class="tag tag--verified"') == 1
    assert html.count('class="tag tag--unreviewed"') == 1
    assert (
        html.count('class="tag tag--corrected" title="Corrected by the editors: speaker, date"')
        == 1
    )
    detail = client.get(plain.get_absolute_url()).content.decode()
    assert 'id="correction"' not in detail
    assert "named in the article as" in text_of(detail)


def test_history_reads_as_sentences(editor_client, reassigned):
    html = editor_client.get(
        reverse("admin:statements_statement_history", args=[reassigned.pk])
    ).content.decode()
    text = text_of(html)
    assert "ed changed the review status. (Marked verified)" in text
    assert "Review status : unreviewed → verified" in text
    assert "ed changed the date said." in text
    assert "Date said : 2024-12-08 → 2024-11-20" in text
    assert "ed changed the speaker. (Speaker set to Dmitry Peskov)" in text
    assert "Speaker : NBC News → Dmitry Peskov" in text
    assert "Change reason" not in text and "None" not in text
    assert "curated_fields" not in html and "said_on" not in text
    assert "<table" not in html.split('id="change-history"')[1]


def test_source_and_actor_history_read_as_sentences(editor_client, editor_user):
    from statements import sources
    from tests.factories import SourceFactory

    source = SourceFactory(outlet="", published_on=dt.date(2024, 12, 8))
    source.outlet = "Kyiv Post"
    source.published_on = dt.date(2024, 12, 9)
    sources.save_source_edit(
        source=source, changed_fields=["outlet", "published_on"], user=editor_user
    )
    html = editor_client.get(
        reverse("admin:statements_source_history", args=[source.pk])
    ).content.decode()
    text = text_of(html)
    assert (
        "ed changed the outlet, the publication date and the evidence for the publication date."
    ) in text
    assert "Outlet : (none) → Kyiv Post" in text
    assert "Publication date : 2024-12-08 → 2024-12-09" in text

    actor = ActorFactory(name="Dmitri Peskov")
    actor.name = "Dmitry Peskov"
    actor._history_user = editor_user
    actor.save()
    text = text_of(
        editor_client.get(
            reverse("admin:statements_actor_history", args=[actor.pk])
        ).content.decode()
    )
    assert "ed changed the name. " in text and "Name : Dmitri Peskov → Dmitry Peskov" in text
