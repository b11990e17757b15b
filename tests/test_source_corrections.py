"""Editors correct a source (outlet, publication date): the correction survives `ingest` and
`ingest --reextract`, and re-dates the statements whose date was read from the publication date."""

import datetime as dt
import json
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from statements import curation, sources
from statements.models import Source, Statement

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
ARTICLE = "003_d1525e16e5e043e2.txt"  # Naryshkin, Peskov, Trump; dated "Dec. 8" (2024)


@pytest.fixture
def article(tmp_path):
    path = tmp_path / ARTICLE
    shutil.copy(SEEDS / ARTICLE, path)
    path.with_suffix(".json").write_text(
        json.dumps(
            {
                "outlet": "Kyiv Post",
                "url": "https://example.org/naryshkin",
                "published": "2024-12-08",
            }
        ),
        "utf-8",
    )
    call_command("ingest", str(path), stdout=StringIO())
    return path


def by_start(source):
    return {s.text[:30]: s for s in source.statements.order_by("start")}


def dates(source) -> dict[str, dt.date | None]:
    return {text: s.said_on for text, s in by_start(source).items()}


def test_a_corrected_outlet_and_date_survive_ingest_and_reextract_and_redate(article):
    source = Source.objects.get()
    assert (source.outlet, source.published_on) == ("Kyiv Post", dt.date(2024, 12, 8))
    statements = by_start(source)
    naryshkin = statements["Moscow is close to achieving a"]
    peskov = statements["there were no “set goals for t"]
    zelensky = statements["When we talk about effective p"]
    assert naryshkin.said_on_evidence == "the article's date"
    assert peskov.said_on == dt.date(2024, 11, 19)
    # An editor set Zelensky's date: it is theirs, whatever the article's date becomes.
    zelensky.said_on = dt.date(2024, 12, 7)
    curation.save_statement_edit(
        statement=zelensky, submitted_version=zelensky.version, changed_fields=["said_on"]
    )

    source.outlet = "Newsweek"
    source.published_on = dt.date(2024, 12, 10)
    edit = sources.save_source_edit(source=source, changed_fields=["outlet", "published_on"])

    expected = {
        "Moscow is close to achieving a": dt.date(2024, 12, 10),  # the article's date
        "the war in Ukraine was now a s": dt.date(2024, 12, 10),  # as the previous one
        "there were no “set goals for t": dt.date(2024, 11, 19),  # "Nov. 19": absolute
        "it was ready to enter negotiat": dt.date(2024, 12, 8),  # "Dec. 8": absolute
        "When we talk about effective p": dt.date(2024, 12, 7),  # the editor's
    }
    got = dates(source)
    assert {k: got[k] for k in expected} == expected
    assert edit.redated == 7
    assert source.curated_fields == ["outlet", "published_on", "published_precision"]
    naryshkin.refresh_from_db()
    assert naryshkin.history.first().history_change_reason == sources.REDATE_REASON

    # The file changes a little and is ingested again; then everything is re-extracted.
    article.write_text(article.read_text("utf-8").replace("Advertisement", "Advert", 1), "utf-8")
    out = StringIO()
    call_command("ingest", str(article), stdout=out)
    assert "1 files ingested" in out.getvalue()
    call_command("ingest", "--reextract", stdout=StringIO())
    call_command("ingest", "--reextract", str(article), stdout=StringIO())

    source = Source.objects.get()
    assert (source.outlet, source.published_on) == ("Newsweek", dt.date(2024, 12, 10))
    assert source.url == "https://example.org/naryshkin"
    got = dates(source)
    assert {k: got[k] for k in expected} == expected


def test_an_editor_can_correct_a_source_in_the_admin_and_statements_follow(article, editor_client):
    from django.urls import reverse

    source = Source.objects.get()
    response = editor_client.post(
        reverse("admin:statements_source_change", args=[source.pk]),
        {
            "title": "Naryshkin: Russia close to its goals",
            "outlet": "Kyiv Post",
            "url": source.url,
            "published_on": "2024-12-09",
            "published_precision": "day",
        },
        follow=True,
    )
    shown = [str(m) for m in response.context["messages"]]
    assert "8 statement(s) dated from the publication date were re-dated." in shown, shown
    naryshkin = Statement.objects.get(text__startswith="Moscow is close to achieving")
    assert naryshkin.said_on == dt.date(2024, 12, 9)
    assert naryshkin.history.first().history_user.username == "ed"
