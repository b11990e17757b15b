"""The timeline and the list pages: what readers see, every filter, bad input, query counts."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from statements import views
from statements.models import Statement
from tests.factories import ActorAliasFactory, ActorFactory, EventFactory, StatementFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_chart_cache(settings):
    settings.WARLOG_CHART_CACHE_SECONDS = 0


def shown_ids(response) -> list[int]:
    """Statement ids in the order the page lists them (from their "Details" links)."""
    return [
        int(pk)
        for pk in re.findall(
            r'class="meta-item permalink" href="/statements/(\d+)/"', response.content.decode()
        )
    ]


@pytest.fixture
def world():
    peskov = ActorFactory(name="Dmitry Peskov", affiliation="Russia", role="Kremlin spokesman")
    zelensky = ActorFactory(name="Volodymyr Zelensky", affiliation="Ukraine")
    kursk = EventFactory(name="Kursk incursion")
    direct = StatementFactory(
        actor=peskov,
        kind="direct",
        text="the ceasefire proposal is unacceptable",
        said_on=dt.date(2024, 8, 9),
        via="Rossiya-1",
    )
    month = StatementFactory(
        actor=zelensky,
        text="the front is holding",
        said_on=dt.date(2023, 11, 1),
        said_on_precision="month",
    )
    undated = StatementFactory(actor=zelensky, text="we need more air defence", said_on=None)
    undated.source.published_on = dt.date(2023, 11, 10)
    undated.source.save()
    rejected = StatementFactory(actor=peskov, text="a misattributed line", review_status="rejected")
    direct.events.add(kursk)
    return {
        "peskov": peskov,
        "zelensky": zelensky,
        "kursk": kursk,
        "direct": direct,
        "month": month,
        "undated": undated,
        "rejected": rejected,
    }


# --------------------------------------------------------------------------- the timeline


def test_timeline_shows_statements_newest_first_rejected_hidden(client, world):
    response = client.get("/")
    assert response.status_code == 200
    assert shown_ids(response) == [world["direct"].pk, world["month"].pk, world["undated"].pk]
    assert b"a misattributed line" not in response.content


def test_timeline_item_shows_everything_a_reader_needs(client, world):
    html = client.get("/").content.decode()
    direct = world["direct"]
    # Speaker linked, direct quote marked as a quote, kind, precise date, via, outlet, source.
    assert f'href="{world["peskov"].get_absolute_url()}">Dmitry Peskov</a>' in html
    assert "<q>the ceasefire proposal is unacceptable</q>" in html
    assert "direct quote" in html
    assert '<time datetime="2024-08-09">9 Aug 2024</time>' in html
    assert "via Rossiya-1" in html
    assert f'href="/sources/{direct.source_id}/#s{direct.pk}">Test Outlet</a>' in html
    assert f'href="{world["kursk"].get_absolute_url()}">Kursk incursion</a>' in html
    # Month precision and unknown dates.
    assert '<time datetime="2023-11">Nov 2023</time>' in html
    assert 'reported <time datetime="2023-11-10">2023-11-10</time>' in html
    # Indirect statements are not dressed as quotes.
    assert "<q>the front is holding</q>" not in html


def test_timeline_groups_under_date_headings(client, world):
    html = client.get("/").content.decode()
    headings = re.findall(r'<h2 class="date-heading">([^<]+)</h2>', html)
    assert headings == ["Friday 9 August 2024", "November 2023", "Date not stated"]


def test_timeline_links_exports_with_the_current_query(client, world):
    slug = world["peskov"].slug
    html = client.get(f"/?actor={slug}&kind=direct&page=1").content.decode()
    for name, label in [
        ("statements_csv", "Download CSV"),
        ("statements_json", "JSON"),
        ("statements_atom", "Feed"),
    ]:
        url = reverse(f"statements:{name}")
        assert re.search(
            rf'href="{re.escape(url)}\?actor={slug}&amp;kind=direct"[^>]*>{label}<', html
        )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("actor={peskov}", ["direct"]),
        ("actor={peskov}&actor={zelensky}", ["direct", "month", "undated"]),
        ("affiliation=Ukraine", ["month", "undated"]),
        ("affiliation=Ukraine&affiliation=Russia", ["direct", "month", "undated"]),
        ("kind=direct", ["direct"]),
        ("event={kursk}", ["direct"]),
        ("source={source}", ["month"]),
        ("outlet=test+outlet", ["direct", "month", "undated"]),
        ("outlet=Other", []),
        ("status=unreviewed", ["direct", "month", "undated"]),
        ("status=verified", []),
        ("date_from=2023-11-01&date_to=2023-11-01", ["month"]),
        ("date_from=2024-01-01", ["direct"]),
        ("q=ceasefire", ["direct"]),
        ("q=zelensky", ["month", "undated"]),
        ("sort=said_asc", ["month", "direct", "undated"]),
        ("actor={zelensky}&date_to=2023-12-31&kind=indirect", ["month"]),
    ],
)
def test_every_filter_through_the_page(client, world, query, expected):
    query = query.format(
        peskov=world["peskov"].slug,
        zelensky=world["zelensky"].slug,
        kursk=world["kursk"].slug,
        source=world["month"].source_id,
    )
    response = client.get(f"/?{query}")
    assert response.status_code == 200
    assert shown_ids(response) == [world[name].pk for name in expected]
    count = re.search(r'data-count="(\d+)"', response.content.decode()).group(1)
    assert int(count) == len(expected)


def test_active_filters_are_described_and_removable(client, world):
    slug = world["peskov"].slug
    html = client.get(f"/?actor={slug}&kind=direct").content.decode()
    assert "Dmitry Peskov · direct quote" in html
    assert f'<input type="checkbox" name="actor" value="{slug}" checked> Dmitry Peskov' in html


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("actor=nobody", "No actor is called “nobody”"),
        ("date_from=2024-02-30", "Enter the start date as YYYY-MM-DD"),
        ("date_to=31.12.2024", "Enter the end date as YYYY-MM-DD"),
        ("date_from=2024-05-01&date_to=2024-04-01", "is after the end date"),
        ("kind=rant", "rant is not one of the available choices"),
        ("event=nope", "No event has the slug “nope”"),
        ("source=x", "No article has the id “x”"),
        ("source=12345678901234567890123", "No article has the id “12345678901234567890123”"),
        ("status=rejected", "rejected is not one of the available choices"),
        ("sort=random", "random is not one of the available choices"),
        ("affiliation=Mars", "Mars is not one of the available choices"),
        ("page=abc", "is not a page number"),
        ("page=0", "is not a page number"),
        ("page=-1", "is not a page number"),
        ("page=%D9%A3", "is not a page number"),
    ],
)
def test_bad_parameters_show_a_message_and_no_results(client, world, query, message):
    response = client.get(f"/?{query}")
    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html
    assert message in html.replace("&quot;", '"').replace("&#x27;", "'")
    assert shown_ids(response) == []  # never a half-applied filter


def test_a_valid_filter_beside_an_invalid_one_is_not_applied_alone(client, world):
    response = client.get(f"/?actor={world['peskov'].slug}&date_from=not-a-date")
    assert response.status_code == 400
    assert shown_ids(response) == []


def test_page_past_the_end_is_404_with_a_message(client, world):
    response = client.get("/?page=9")
    assert response.status_code == 404
    assert "There is no page 9; the last page is 1." in response.content.decode()


@pytest.mark.parametrize(
    "path",
    [
        "/actors/nobody/",
        "/events/nothing/",
        "/sources/999999/",
        "/statements/999999/",
        "/statements/99999999999999999999999/",
        "/sources/99999999999999999999999/",
    ],
)
def test_missing_objects_are_404(client, db, path):
    assert client.get(path).status_code == 404


def test_garbage_never_causes_a_server_error(client, world):
    for query in [
        "actor=%00",
        "q=%00",
        "q=" + "%F0%9F%92%A5" * 50,
        "q=)(*&^%25$",
        "q='; drop table x;--",
        "date_from=0000-00-00",
        "date_from=99999-01-01",
        "page=99999999999999999999999",
        "source=-1",
        "event=%00",
        "outlet=" + "o" * 500,
        "affiliation=&affiliation=%00",
        "q=a+OR+-b+%22c",
        "sort=",
        "kind=&page=",
    ]:
        response = client.get(f"/?{query}")
        assert response.status_code < 500, query


# --------------------------------------------------------------------------- pagination


def _link(html: str, rel: str) -> str | None:
    found = re.search(rf'<a rel="{rel}" href="([^"]+)"', html)
    return found.group(1).replace("&amp;", "&") if found else None


def test_pagination_keeps_the_filters(client, settings, world):
    settings.WARLOG_PAGE_SIZE = 5
    StatementFactory.create_batch(12, actor=world["peskov"], kind="direct")
    slug = world["peskov"].slug
    first = client.get(f"/?actor={slug}&kind=direct")
    html = first.content.decode()
    assert "<strong>13</strong> statements" in html
    next_link = _link(html, "next")
    params = sorted(next_link.lstrip("?").split("&"))
    assert params[0] == f"actor={slug}" and params[2] == "kind=direct"
    assert params[1].startswith("cursor=n.2.")  # Older carries a cursor, the filters stay
    second = client.get(next_link)
    third = client.get(_link(second.content.decode(), "next"))
    seen = shown_ids(first) + shown_ids(second) + shown_ids(third)
    assert len(seen) == len(set(seen)) == 13
    assert set(seen) == set(
        Statement.objects.visible()
        .filter(actor=world["peskov"], kind="direct")
        .values_list("pk", flat=True)
    )
    assert '<span aria-current="page">3</span>' in third.content.decode()
    assert _link(third.content.decode(), "next") is None
    # `page=N` (the shareable URL) lists the same rows as the cursor walk.
    assert shown_ids(client.get(f"/?actor={slug}&kind=direct&page=3")) == shown_ids(third)
    assert shown_ids(client.get(f"/?actor={slug}&kind=direct&page=2")) == shown_ids(second)
    # Newer walks back: to page 2 by a cursor, to page 1 by the plain filtered link.
    back = _link(third.content.decode(), "prev")
    assert "cursor=p.2." in back and f"actor={slug}" in back and "kind=direct" in back
    assert shown_ids(client.get(back)) == shown_ids(second)
    assert _link(second.content.decode(), "prev") == f"?actor={slug}&kind=direct"


@pytest.mark.parametrize("sort", ["said_desc", "said_asc", "published_desc", "published_asc"])
def test_cursor_walk_matches_the_sorted_list_with_ties_and_missing_dates(client, settings, sort):
    settings.WARLOG_PAGE_SIZE = 2
    days = [dt.date(2024, 1, 2), dt.date(2024, 1, 1), None]
    for said in days:
        for published in days:
            for _ in range(2):  # equal keys: the id decides
                statement = StatementFactory(said_on=said)
                statement.source.published_on = published
                statement.source.save()
    expected = [
        s.pk
        for s in views.filtered(client.get("/").wsgi_request).qs.order_by(*views.SORTS[sort][1])
    ]
    pages, url = [], f"/?sort={sort}"
    while url:
        response = client.get(url)
        assert response.status_code == 200
        pages.append(shown_ids(response))
        url = _link(response.content.decode(), "next")
    assert [pk for page in pages for pk in page] == expected
    assert len(pages) == 9
    # ... and back again from the last page, by Newer links.
    html = client.get(f"/?sort={sort}&page=9").content.decode()
    backwards = []
    while url := _link(html, "prev"):
        response = client.get(url)
        html = response.content.decode()
        backwards.append(shown_ids(response))
    assert backwards == pages[-2::-1]


@pytest.mark.parametrize(
    "cursor",
    [
        "garbage",
        "n.2.2024-13-01..5",
        "x.2.2024-01-01..5",
        "n.0..2024-01-01.5",
        "n.2...",
        "n.2..." + "9" * 30,
        "n.2.2024-02-30..5",
    ],
)
def test_malformed_cursor_is_a_400_with_a_message(client, world, cursor):
    response = client.get(f"/?actor={world['peskov'].slug}&cursor={cursor}")
    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html
    assert "Cursor (cursor)" in html
    assert shown_ids(response) == []


def test_cursor_pages_cost_the_queries_of_a_first_page(client, settings):
    settings.WARLOG_PAGE_SIZE = 5
    actor = ActorFactory()
    for statement in StatementFactory.create_batch(30, actor=actor):
        statement.events.add(EventFactory())
    first = client.get(f"/?actor={actor.slug}")
    next_link = _link(first.content.decode(), "next")
    deeper = _link(client.get(next_link).content.decode(), "next")
    assert _queries(client, f"/?actor={actor.slug}") == _queries(client, deeper)


def test_numbered_pages_stop_at_the_limit_and_cursors_go_on(client, settings, monkeypatch, world):
    settings.WARLOG_PAGE_SIZE = 2
    monkeypatch.setattr(views, "COUNT_LIMIT", 4)
    StatementFactory.create_batch(5)
    first = client.get("/")
    assert "<strong>8</strong> statements" in first.content.decode()  # exact, from the chart
    assert client.get("/?page=2").status_code == 200
    response = client.get("/?page=3")
    assert response.status_code == 404
    assert "Pages by number stop at 4 matches" in response.content.decode()
    assert "There is no page 5; the last page is 4." in client.get("/?page=5").content.decode()
    seen, url = [], "/"
    while url:  # Older links walk past the limit to the last row
        response = client.get(url)
        seen += shown_ids(response)
        url = _link(response.content.decode(), "next")
    assert len(seen) == len(set(seen)) == 8
    assert '<span aria-current="page">4</span>' in response.content.decode()


# --------------------------------------------------------------------------- escaping


def test_markup_in_statements_and_names_stays_text(client, db):
    actor = ActorFactory(name="<b>Bold</b> Actor", affiliation="<i>X</i>")
    statement = StatementFactory(
        actor=actor,
        kind="direct",
        text="<script>alert('x')</script> said",
        via="<img src=x onerror=alert(1)>",
    )
    for path in [
        "/",
        actor.get_absolute_url(),
        statement.get_absolute_url(),
        statement.source.get_absolute_url(),
    ]:
        html = client.get(path).content.decode()
        assert "<script>alert" not in html, path
        assert "<img src=x" not in html, path
        assert "<b>Bold</b>" not in html, path
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html, path


# --------------------------------------------------------------------------- query counts


def _queries(client, path) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path)
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/?q=statement&kind=indirect&date_from=2020-01-01",
        "/actors/{actor}/",
        "/events/{event}/",
    ],
)
def test_queries_per_page_do_not_grow_with_rows(client, django_assert_num_queries, path):
    actor = ActorFactory()
    event = EventFactory()
    path = path.format(actor=actor.slug, event=event.slug)

    def add(n):
        for statement in StatementFactory.create_batch(n, actor=actor):
            statement.events.add(event, EventFactory())

    add(5)
    few = _queries(client, path)
    add(45)
    with django_assert_num_queries(few):
        response = client.get(path)
    assert len(shown_ids(response)) == 50


def test_source_and_statement_pages_have_constant_queries(client, django_assert_num_queries):
    actor = ActorFactory()
    first = StatementFactory(actor=actor)
    StatementFactory(actor=actor)  # one statement nearby, so that list is not empty
    source = first.source
    statement_queries = _queries(client, first.get_absolute_url())
    source_queries = _queries(client, source.get_absolute_url())
    pieces = [f"Extra line {n}." for n in range(30)]
    source.text = source.text + " " + " ".join(pieces)
    source.save()
    for piece in pieces:
        start = source.text.index(piece)
        StatementFactory(
            actor=actor,
            source=source,
            text=piece,
            start=start,
            end=start + len(piece),
            said_on=first.said_on,
        )
    with django_assert_num_queries(statement_queries):
        client.get(first.get_absolute_url())
    with django_assert_num_queries(source_queries):
        response = client.get(source.get_absolute_url())
    assert response.content.decode().count("<mark ") == 31


# --------------------------------------------------------------------------- the other pages


def test_actor_page(client, world):
    ActorAliasFactory(actor=world["peskov"], alias="Dmitri Peskov")
    response = client.get(world["peskov"].get_absolute_url())
    html = response.content.decode()
    assert "<h1" in html and "Dmitry Peskov</h1>" in html
    assert "Kremlin spokesman" in html and "Dmitri Peskov" in html
    assert shown_ids(response) == [world["direct"].pk]
    assert '<svg class="chart"' in html
    csv_url = reverse("statements:statements_csv")
    assert f'href="{csv_url}?actor={world["peskov"].slug}"' in html


def test_actor_page_takes_the_same_filters(client, world):
    StatementFactory(actor=world["peskov"], kind="indirect", said_on=dt.date(2022, 3, 3))
    url = world["peskov"].get_absolute_url()
    assert shown_ids(client.get(url + "?kind=direct")) == [world["direct"].pk]
    assert client.get(url + "?date_from=bad").status_code == 400


def test_event_page(client, world):
    response = client.get(world["kursk"].get_absolute_url())
    assert response.status_code == 200
    assert "Kursk incursion</h1>" in response.content.decode()
    assert shown_ids(response) == [world["direct"].pk]


def test_statement_page(client, world, editor_user):
    direct = world["direct"]
    other = StatementFactory(
        actor=world["peskov"], text="talks are off", said_on=dt.date(2024, 8, 20)
    )
    far = StatementFactory(actor=world["peskov"], text="long ago", said_on=dt.date(2020, 1, 1))
    response = client.get(direct.get_absolute_url())
    html = response.content.decode()
    assert '<mark class="span">the ceasefire proposal is unacceptable</mark>' in html
    assert "Reporters heard this:" in html  # the context paragraph
    for step in ("Speaker", "Via", "Outlet", "Article"):
        assert f'<span class="provenance__role">{step}</span>' in html
    assert "Rossiya-1" in html and f"/sources/{direct.source_id}/#s{direct.pk}" in html
    assert f"/statements/{other.pk}/" in html and f"/statements/{far.pk}/" not in html
    assert "Edit in the admin" not in html
    client.force_login(editor_user)
    html = client.get(direct.get_absolute_url()).content.decode()
    assert "Edit in the admin" in html
    assert reverse("admin:statements_statement_change", args=[direct.pk]) in html


def test_rejected_statement_is_hidden_from_readers_but_not_staff(client, world, editor_user):
    url = world["rejected"].get_absolute_url()
    assert client.get(url).status_code == 404
    client.force_login(editor_user)
    response = client.get(url)
    assert response.status_code == 200
    assert "An editor rejected this statement" in response.content.decode()


def test_actor_autocomplete(client, world):
    ActorAliasFactory(actor=world["zelensky"], alias="Zelenskyy")
    data = client.get("/actors.json?q=zelenskyy").json()
    assert [row["slug"] for row in data["results"]] == [world["zelensky"].slug]
    assert data["results"][0]["name"] == "Volodymyr Zelensky"


def test_speaker_suggestions_come_from_the_autocomplete_not_the_page(client, world):
    html = client.get("/").content.decode()
    assert '<datalist id="actor-options"></datalist>' in html  # filled by warlog.js as one types
    assert 'data-autocomplete="/actors.json"' in html
    assert world["peskov"].slug not in html.split('id="id_actor_new"')[1].split("</div>")[0]
    data = client.get("/actors.json?q=pesk").json()
    assert [row["slug"] for row in data["results"]] == [world["peskov"].slug]
    # Without JavaScript a typed name works as well as a slug.
    assert client.get("/?actor=Dmitry+Peskov").status_code == 200


def test_filter_form_shows_the_chosen_values(client, world):
    kursk = world["kursk"]
    html = client.get(
        f"/?kind=direct&event={kursk.slug}&status=verified&sort=said_asc"
        "&affiliation=Russia&date_from=2024-01-01&date_to=2024-12-31"
    ).content.decode()
    assert '<option value="direct" selected>direct quote</option>' in html
    assert f'<option value="{kursk.slug}" selected>Kursk incursion</option>' in html
    assert '<option value="verified" selected>verified</option>' in html
    assert '<option value="said_asc" selected>Oldest said first</option>' in html
    assert '<input type="checkbox" name="affiliation" value="Russia" checked>' in html
    assert '<input type="checkbox" name="affiliation" value="Ukraine">' in html
    assert 'id="id_date_from" value="2024-01-01"' in html
    assert 'id="id_date_to" value="2024-12-31"' in html
    assert html.count(" selected>") == 4


def test_url_filter_gives_each_objects_absolute_url(world):
    from statements.templatetags.warlog import url

    statement = Statement.objects.for_reading().get(pk=world["direct"].pk)  # deferred source
    for obj in [statement, statement.source, statement.actor, world["kursk"]]:
        assert url(obj) == obj.get_absolute_url()


@pytest.mark.parametrize(
    ("number", "count", "expected"),
    [
        (1, 3 * 50, [1, 2, 3]),
        (1, 10_000, [1, 2, 3, None]),
        (6, 10_000, [1, None, 4, 5, 6, 7, 8, None]),
        (160, 57_000, [1, None, 160, None]),
        (7, 7 * 50, [1, None, 5, 6, 7]),
    ],
)
def test_numbered_links_stay_shallow(number, count, expected):
    page = views.BoundedPage(number=number, size=50, count=count, object_list=[])
    assert page.page_range == expected


@pytest.mark.django_db
def test_continued_quote_is_labelled_not_shown_as_a_name(client):
    st = StatementFactory(speaker_mention="(continuation)", kind="direct")
    response = client.get("/")
    assert "quote continued" in response.content.decode()
    assert "as “(continuation)”" not in response.content.decode()
    detail = client.get(st.get_absolute_url()).content.decode()
    assert "the quote continues from the previous paragraph" in detail
