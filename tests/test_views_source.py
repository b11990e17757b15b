"""The article page: every statement span marked and linked, the text escaped."""

import pytest

from statements.highlight import Span, context_of, marked_text
from tests.factories import ActorFactory, SourceFactory, StatementFactory

pytestmark = pytest.mark.django_db


def test_marks_nest_and_cross_without_breaking_html():
    text = "Aa <b>bb</b> cc dd ee"
    html = marked_text(
        text,
        [
            Span(1, 0, 12, "One", "/s/1/"),  # "Aa <b>bb</b>"
            Span(2, 3, 6, "Two", "/s/2/"),  # "<b>" nested inside 1
            Span(3, 10, 15, "Three", "/s/3/"),  # crosses the end of 1: marked up to it
            Span(4, 16, 99, "Four", "/s/4/"),  # beyond the text: ignored
        ],
    )
    assert html.count("<mark ") == html.count("</mark>") == 3
    assert html.startswith('<mark id="s1" class="span">Aa <mark id="s2" class="span">&lt;b&gt;')
    assert '<mark id="s3" class="span">b&gt;' in html
    assert 'id="s4"' not in html
    assert "<b>" not in html


def test_context_is_the_paragraph_with_the_span_marked():
    text = "First paragraph.\nHe said <that> it was over. Then left.\nLast."
    start = text.index("<that>")
    html, before, after = context_of(text, start, start + 6)
    assert html == 'He said <mark class="span">&lt;that&gt;</mark> it was over. Then left.'
    assert (before, after) == (False, False)
    long = "word " * 400 + "needle" + " word" * 400
    html, before, after = context_of(long, 2000, 2006, reach=50)
    assert before and after and '<mark class="span">needle</mark>' in html and len(html) < 200


def test_source_page_highlights_every_visible_statement(client):
    peskov = ActorFactory(name="Dmitry Peskov")
    text = (
        "MOSCOW <script>alert(1)</script>\n"
        "Peskov said the talks were over. He added that <i>nothing</i> would change.\n"
        "A rejected line sits here."
    )
    source = SourceFactory(text=text, title="Talks <em>over</em>")

    def span(piece, **kwargs):
        start = text.index(piece)
        return StatementFactory(
            source=source, text=piece, start=start, end=start + len(piece), **kwargs
        )

    first = span("the talks were over", actor=peskov)
    second = span("<i>nothing</i> would change", actor=None, speaker_mention="he")
    rejected = span("A rejected line", actor=peskov, review_status="rejected")
    response = client.get(source.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert (
        f'<mark id="s{first.pk}" class="span">the talks were over<a class="span-ref" href="/statements/{first.pk}/"'
        in html
    )
    assert f'<mark id="s{second.pk}" class="span">&lt;i&gt;nothing&lt;/i&gt; would change' in html
    assert f'id="s{rejected.pk}"' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert" not in html
    assert "Talks &lt;em&gt;over&lt;/em&gt;</h1>" in html
    assert f'<a href="#s{first.pk}">Dmitry Peskov</a>' in html
