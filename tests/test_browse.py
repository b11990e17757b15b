"""Speakers, events, articles, about and compare: the pages beside the timeline."""

import datetime as dt
import re

import pytest

from statements.models import Statement
from tests.factories import ActorAliasFactory, ActorFactory, EventFactory, StatementFactory


def test_every_browse_page_answers_and_the_header_links_them(client, seeds):
    urls = [
        "/actors/",
        "/events/",
        "/sources/",
        "/about/",
        "/compare/",
        "/compare/?actor=vladimir-putin&actor=volodymyr-zelensky",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        nav = re.search(r'<nav class="site-nav".*?</nav>', html, re.S).group(0)
        assert re.findall(r'href="([^"]+)"', nav) == [
            "/",
            "/actors/",
            "/events/",
            "/sources/",
            "/compare/",
            "/about/",
        ]


@pytest.mark.django_db
def test_actor_index_counts_searches_and_filters(client):
    zelensky = ActorFactory(name="Volodymyr Zelensky", affiliation="Ukraine")
    ActorAliasFactory(actor=zelensky, alias="Zelenskyy")
    peskov = ActorFactory(name="Dmitry Peskov", affiliation="Russia")
    StatementFactory(actor=zelensky, said_on=dt.date(2024, 3, 1))
    StatementFactory(actor=zelensky, said_on=dt.date(2024, 5, 2))
    StatementFactory(actor=zelensky, said_on=dt.date(2024, 6, 2), review_status="rejected")
    StatementFactory(actor=peskov, said_on=dt.date(2023, 1, 1))
    ActorFactory(name="Silent Person")
    html = client.get("/actors/").content.decode()
    rows = re.findall(r'<th scope="row"><a href="[^"]+">([^<]+)</a>.*?</tr>', html, re.S)
    assert rows == ["Volodymyr Zelensky", "Dmitry Peskov"]  # by count; nobody without one
    assert '<td class="num">2</td><td><time datetime="2024-05-02">2 May 2024</time>' in html
    assert "Volodymyr Zelensky" in client.get("/actors/?q=zelenskyy").content.decode()
    russia = client.get("/actors/?affiliation=Russia").content.decode()
    assert "Dmitry Peskov" in russia and "Volodymyr Zelensky</a>" not in russia
    assert '<option value="Ukraine">Ukraine (2)</option>' in html


@pytest.mark.django_db
def test_event_index_is_a_time_line_with_counts(client):
    first = EventFactory(name="First", starts_on=dt.date(2022, 2, 24))
    EventFactory(name="Quiet", starts_on=dt.date(2023, 6, 1))
    StatementFactory.create_batch(2)[0].events.add(first)
    html = client.get("/events/").content.decode()
    assert re.findall(r'<h2 class="event-line__heading">(\d+)</h2>', html) == ["2022", "2023"]
    assert "1 statement</span>" in html
    assert "no statements" in html


def test_source_index_by_outlet_and_date(client, seeds):
    html = client.get("/sources/").content.decode()
    dates = re.findall(r'<time datetime="(\d{4}-\d\d-\d\d)">', html)
    assert dates == sorted(dates, reverse=True)
    # Two seeds state their date; the other three do not, and are listed as such.
    assert dates == ["2023-11-10", "2022-03-25"]
    assert html.count("<tr><td>unknown</td>") == 3


@pytest.mark.django_db
def test_compare_puts_speakers_side_by_side_by_month(client):
    a = ActorFactory(name="Speaker A")
    b = ActorFactory(name="Speaker B")
    StatementFactory(actor=a, text="a in march", said_on=dt.date(2024, 3, 5))
    for day in range(1, 6):
        StatementFactory(actor=b, text=f"b in march {day}", said_on=dt.date(2024, 3, day))
    StatementFactory(actor=b, text="b in may", said_on=dt.date(2024, 5, 1))
    response = client.get(f"/compare/?actor={a.slug}&actor={b.slug}")
    html = response.content.decode()
    assert re.findall(r'<tr><th scope="row">([^<]+)</th>', html) == ["May 2024", "March 2024"]
    march = html[html.index("March 2024") :]
    assert "a in march" in march
    assert "b in march 1" in march and "b in march 3" in march and "b in march 4" not in march
    assert f"/?actor={b.slug}&amp;date_from=2024-03-01&amp;date_to=2024-03-31" in march
    assert "all 5" in march
    narrowed = client.get(f"/compare/?actor={a.slug}&actor={b.slug}&q=may").content.decode()
    assert re.findall(r'<tr><th scope="row">([^<]+)</th>', narrowed) == ["May 2024"]


@pytest.mark.django_db
def test_compare_refuses_more_than_four(client):
    slugs = [ActorFactory(name=f"Person {n}").slug for n in range(5)]
    response = client.get("/compare/?" + "&".join(f"actor={s}" for s in slugs))
    assert response.status_code == 400
    assert "Compare at most 4 speakers at once." in response.content.decode()


def test_about_gives_the_measured_figures(client, seeds):
    html = client.get("/about/").content.decode()
    visible = Statement.objects.visible().count()
    assert f"Warlog holds {visible} statements" in html
    assert (
        "34 of those take it from the article's publication date or, when the article states none"
        in html
    )
    assert '<td class="num">1,449</td><td class="num">93 %</td><td class="num">86 %</td>' in html
