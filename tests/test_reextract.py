"""`ingest --reextract` and changed articles: an editor's statements stay anchored to their
words (or are flagged for review, with the reason), never beside a new double of themselves."""

import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from statements import curation
from statements.anchoring import anchor, at_word_edges
from statements.models import Actor, Source, Statement

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
ARTICLE = "003_d1525e16e5e043e2.txt"


def test_anchor_prefers_the_exact_words_then_the_most_similar_whole_words():
    text = "He said the war would end soon. Later he said the war would surely end soon."
    assert anchor(text, "the war would end soon", near=40) == anchor(
        text, "the war would end soon", near=0
    )
    exact = anchor(text, "the war would end soon", near=40)
    assert (text[exact.start : exact.end], exact.exact) == ("the war would end soon", True)
    fuzzy = anchor(text, "the war would surely end very soon", near=50)
    assert text[fuzzy.start : fuzzy.end] == "the war would surely end soon"
    assert fuzzy.matched and not fuzzy.exact
    assert at_word_edges(text, fuzzy.start, fuzzy.end)
    far = anchor(text, "nothing of the kind was ever reported anywhere", near=0)
    assert not far.matched
    assert at_word_edges(text, far.start, far.end)


def spans_overlap(a, b):
    return a.start < b.end and b.start < a.end


def test_a_one_word_change_keeps_six_edited_statements_anchored_or_flagged(tmp_path):
    path = tmp_path / ARTICLE
    shutil.copy(SEEDS / ARTICLE, path)
    call_command("ingest", str(path), stdout=StringIO())
    source = Source.objects.get()
    rows = list(source.statements.order_by("start"))
    assert len(rows) == 15
    kremlin = Actor.objects.get(name="Kremlin")
    edited = [rows[0], rows[3], rows[6], rows[9], rows[11], rows[14]]
    first, peskov, putin, kremlin_sources, trump, zelensky = edited
    curation.reassign_speaker(statements=[first, kremlin_sources], actor=kremlin)
    curation.mark_reviewed(statements=[peskov, zelensky], status="verified")
    curation.mark_reviewed(statements=[trump], status="rejected")
    putin.refresh_from_db()
    putin.via = "Kremlin website"
    curation.save_statement_edit(
        statement=putin, submitted_version=putin.version, changed_fields=["via"]
    )
    before = {s.pk: s.text for s in Statement.objects.filter(pk__in=[s.pk for s in edited])}

    # One word changes, inside the first edited statement; every later offset moves.
    text = path.read_text("utf-8")
    assert "Moscow is close to achieving" in text
    path.write_text(
        text.replace("Moscow is close to achieving", "Moscow is near to achieving"), "utf-8"
    )
    out = StringIO()
    call_command("ingest", str(path), stdout=out)
    call_command("ingest", "--reextract", stdout=StringIO())

    source.refresh_from_db()
    new_text = source.text
    everything = list(source.statements.all())
    anchored, flagged = [], []
    for statement in Statement.objects.filter(pk__in=before):
        assert at_word_edges(new_text, statement.start, statement.end), statement.pk
        doubles = [s.pk for s in everything if s.pk != statement.pk and spans_overlap(s, statement)]
        assert doubles == [], (statement.pk, doubles)
        if new_text[statement.start : statement.end] == statement.text:
            anchored.append(statement.pk)
        else:
            assert statement.review_reason.startswith("The article changed"), statement.pk
            flagged.append(statement.pk)
    assert (len(anchored), flagged) == (6, [])
    first = Statement.objects.get(pk=first.pk)
    assert first.text.startswith("Moscow is near to achieving")
    assert first.actor == kremlin and first.curated_fields == ["actor"]
    assert Statement.objects.get(pk=trump.pk).review_status == "rejected"
    assert Statement.objects.get(pk=putin.pk).via == "Kremlin website"
    assert len(everything) == 15


def test_a_statement_whose_words_are_gone_is_flagged_with_the_reason(tmp_path):
    path = tmp_path / ARTICLE
    shutil.copy(SEEDS / ARTICLE, path)
    call_command("ingest", str(path), stdout=StringIO())
    peskov = Statement.objects.get(text__startswith="there were no “set goals")
    curation.mark_reviewed(statements=[peskov], status="verified")

    text = path.read_text("utf-8")
    cut = text.replace(peskov.text, "the Kremlin had nothing further to add on the matter")
    path.write_text(cut, "utf-8")
    out = StringIO()
    call_command("ingest", str(path), stdout=out)

    peskov.refresh_from_db()
    source = Source.objects.get()
    assert peskov.review_status == "verified"
    assert peskov.review_reason.startswith("The article changed and this statement's words")
    assert f"statement {peskov.pk} (curated) flagged" in out.getvalue()
    assert at_word_edges(source.text, peskov.start, peskov.end)
    overlapping = [
        s.pk for s in source.statements.exclude(pk=peskov.pk) if spans_overlap(s, peskov)
    ]
    assert overlapping == []
    from statements.review import awaiting_review

    assert awaiting_review().filter(pk=peskov.pk).exists()
