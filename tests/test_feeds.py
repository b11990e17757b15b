"""The Atom feed follows the same filter as the timeline."""

import datetime as dt
import xml.etree.ElementTree as ET

import pytest

from tests.factories import ActorFactory, EventFactory, StatementFactory

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def entries(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    return root, root.findall(f"{ATOM}entry")


def test_feed_of_a_filter(client, db):
    peskov = ActorFactory(name="Dmitry Peskov")
    event = EventFactory(name="Kursk incursion")
    wanted = StatementFactory(
        actor=peskov, kind="direct", text="<b>no</b> talks", said_on=dt.date(2024, 8, 9)
    )
    wanted.events.add(event)
    StatementFactory(actor=peskov, kind="indirect", text="other")
    StatementFactory(actor=peskov, kind="direct", text="rejected one", review_status="rejected")
    root, items = entries(client.get(f"/statements.atom?actor={peskov.slug}&kind=direct"))
    assert root.find(f"{ATOM}title").text == "Warlog: Dmitry Peskov · direct quote"
    assert len(items) == 1
    item = items[0]
    assert item.find(f"{ATOM}title").text == "Dmitry Peskov: <b>no</b> talks"  # text, not markup
    link = item.find(f"{ATOM}link").get("href")
    assert link == f"http://testserver/statements/{wanted.pk}/"
    assert item.find(f"{ATOM}published").text.startswith("2024-08-09")
    assert item.find(f"{ATOM}category").get("term") == "Kursk incursion"
    assert item.find(f"{ATOM}author/{ATOM}name").text == "Dmitry Peskov"
    self_link = root.find(f"{ATOM}link[@rel='self']").get("href")
    assert f"actor={peskov.slug}" in self_link and "kind=direct" in self_link


def test_feed_newest_said_first_and_bounded(client, db):
    for day in range(1, 61):
        StatementFactory(said_on=dt.date(2024, 1, 1) + dt.timedelta(days=day))
    _, items = entries(client.get("/statements.atom"))
    assert len(items) == 50
    published = [item.find(f"{ATOM}published").text for item in items]
    assert published == sorted(published, reverse=True)


def test_feed_invalid_filter_is_400(client, db):
    response = client.get("/statements.atom?date_from=soon")
    assert response.status_code == 400
    assert b"date_from" in response.content
