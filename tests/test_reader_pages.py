"""Reader-facing odds and ends: error pages, the CSV file name, no inline script."""

import re
from pathlib import Path

import pytest
from django.utils import timezone

from tests.factories import ActorFactory, StatementFactory

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.django_db
def test_custom_404_with_debug_off(client, settings):
    settings.DEBUG = False
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<h1 class="page-title">Page not found</h1>' in html
    assert 'href="/actors/"' in html  # the site header and a way on


def test_custom_500_with_debug_off(rf, settings):
    from django.views.defaults import server_error

    settings.DEBUG = False
    response = server_error(rf.get("/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert '<h1 class="page-title">Something went wrong</h1>' in html
    assert 'href="/static/css/warlog.css"' in html


@pytest.mark.django_db
def test_csv_file_name_reflects_the_filter(client):
    actor = ActorFactory(name="Dmitry Peskov")
    StatementFactory(actor=actor, kind="direct")
    response = client.get(f"/statements.csv?actor={actor.slug}&kind=direct")
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == (
        f'attachment; filename="warlog-statements-dmitry-peskov-direct-quote-{today}.csv"'
    )


def test_no_inline_script_or_style_attribute_in_reader_templates():
    for template in (ROOT / "templates").rglob("*.html"):
        if "admin" in template.parts:
            continue
        text = template.read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\bsrc=)", text), template
        assert " style=" not in text, template
