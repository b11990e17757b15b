"""The admin's "Add article" page and the worker that runs what it queues."""

import datetime as dt
from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from statements.models import Feed, Source
from tests.conftest import article_html
from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db

ADD = "admin:statements_source_add_article"
TEXT = (
    "Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow saw no basis for talks.\n\n"
    '"There is nothing to discuss," Peskov told reporters.\n'
)


# The worker commits as it claims and finishes jobs (and closes a connection it finds inside a
# transaction), so the tests that run it use real transactions; serialized rollback restores
# the Editors group, made by a data migration, after the flush.
with_worker = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def run_worker():
    """The real `db_worker`, in this process, until the queue is empty."""
    call_command(
        "db_worker",
        "--batch",
        "--no-reload",
        "--no-startup-delay",
        "--interval",
        "0",
        stdout=StringIO(),
    )


def test_editors_may_add_articles_and_manage_feeds():
    perms = set(Group.objects.get(name="Editors").permissions.values_list("codename", flat=True))
    assert {"add_source", "view_feed", "add_feed", "change_feed", "delete_feed"} <= perms
    assert "change_source" not in perms


def test_the_add_source_button_leads_to_add_article(client, editor_user):
    client.force_login(editor_user)
    response = client.get(reverse("admin:statements_source_add"))
    assert response.status_code == 302
    assert response["Location"] == reverse(ADD)
    page = client.get(reverse(ADD))
    assert page.status_code == 200
    assert b'name="url"' in page.content and b'name="text"' in page.content


def test_pasted_text_is_ingested_and_lands_on_its_statements(client, editor_user):
    client.force_login(editor_user)
    response = client.post(
        reverse(ADD),
        {
            "text": TEXT,
            "title": "Peskov: nothing to discuss",
            "outlet": "Kyiv Ledger",
            "url": "https://ledger.example/a.html?utm_source=x",
            "published": "2023-11-14",
        },
    )
    source = Source.objects.get()
    assert response.status_code == 302
    assert response["Location"] == (
        reverse("admin:statements_statement_changelist") + f"?source__id__exact={source.pk}"
    )
    assert (source.title, source.outlet, source.url, source.published_on) == (
        "Peskov: nothing to discuss",
        "Kyiv Ledger",
        "https://ledger.example/a.html",
        dt.date(2023, 11, 14),
    )
    assert source.published_evidence == "entered by ed"
    changelist = client.get(response["Location"])
    assert changelist.status_code == 200
    assert "There is nothing to discuss" in changelist.content.decode()
    assert changelist.context["cl"].result_count == source.statements.count() > 0


def test_an_empty_form_and_a_private_url_are_form_errors(client, editor_user, settings):
    settings.WARLOG_FETCH_ALLOW_PRIVATE = False
    client.force_login(editor_user)
    empty = client.post(reverse(ADD), {})
    assert empty.status_code == 200
    assert empty.context["form"].non_field_errors() == [
        "Give a URL to fetch, or paste the article's text."
    ]
    private = client.post(reverse(ADD), {"url": "http://127.0.0.1:8000/admin/"})
    assert private.status_code == 200
    assert (
        private.context["form"]
        .errors["url"][0]
        .startswith("refused: 127.0.0.1 is a private or local address")
    )


def test_a_url_already_ingested_goes_straight_to_its_statements(client, editor_user):
    source = SourceFactory(url="https://ledger.example/a.html")
    client.force_login(editor_user)
    response = client.post(
        reverse(ADD), {"url": "https://ledger.example/a.html?utm_campaign=z#top"}
    )
    assert response["Location"].endswith(f"?source__id__exact={source.pk}")


@with_worker
def test_a_url_is_queued_and_the_worker_ingests_it(client, editor_user, web):
    web.expect_request("/news/a.html").respond_with_data(
        article_html(title="Queued article"), content_type="text/html"
    )
    client.force_login(editor_user)
    response = client.post(reverse(ADD), {"url": web.url_for("/news/a.html")})
    assert response.status_code == 302
    job_page = response["Location"]
    waiting = client.get(job_page)
    assert waiting.status_code == 200
    assert b'<meta http-equiv="refresh" content="2">' in waiting.content
    assert Source.objects.count() == 0  # nothing fetched inside the request
    assert [r.path for r, _ in web.log] == []

    run_worker()

    source = Source.objects.get()
    assert source.title == "Queued article"
    done = client.get(job_page)
    assert done.status_code == 302
    assert done["Location"].endswith(f"?source__id__exact={source.pk}")


@with_worker
def test_a_queued_url_that_fails_shows_why(client, editor_user, web):
    web.expect_request("/gone.html").respond_with_data("gone", status=404)
    client.force_login(editor_user)
    job_page = client.post(reverse(ADD), {"url": web.url_for("/gone.html")})["Location"]
    run_worker()
    page = client.get(job_page)
    assert page.status_code == 200
    assert "Not added: HTTP 404 NOT FOUND" in page.content.decode()


def test_feeds_are_editable_by_editors(client, editor_user):
    client.force_login(editor_user)
    response = client.post(
        reverse("admin:statements_feed_add"),
        {
            "url": "https://ledger.example/feed.xml",
            "outlet": "Ledger",
            "active": "on",
            "poll_interval": "15",
            "next_poll_at_0": "2023-11-10",
            "next_poll_at_1": "08:00:00",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    feed = Feed.objects.get()
    assert (feed.outlet, feed.poll_interval) == ("Ledger", 15)
    changelist = client.get(reverse("admin:statements_feed_changelist"))
    assert "https://ledger.example/feed.xml" in changelist.content.decode()


@with_worker
def test_the_worker_polls_a_feed_queued_from_the_admin(client, editor_user, web):
    base = web.url_for("").rstrip("/")
    web.expect_request("/feed.xml").respond_with_data(
        f"<rss version='2.0'><channel><title>L</title><item><title>One</title>"
        f"<link>{base}/news/one.html</link></item></channel></rss>",
        content_type="application/rss+xml",
    )
    web.expect_request("/news/one.html").respond_with_data(
        article_html(title="From the feed"), content_type="text/html"
    )
    feed = Feed.objects.create(url=web.url_for("/feed.xml"))
    client.force_login(editor_user)
    client.post(
        reverse("admin:statements_feed_changelist"),
        {"action": "poll_now", "_selected_action": [feed.pk]},
    )
    run_worker()  # the poll job, then the entry job it queued
    assert list(Source.objects.values_list("title", flat=True)) == ["From the feed"]
    assert feed.entries.get().source.title == "From the feed"


def test_an_unknown_job_is_404(client, editor_user):
    client.force_login(editor_user)
    url = reverse(
        "admin:statements_source_article_job", args=["8d1e9b94-0e73-4ef6-9d1e-9b940e73ef6e"]
    )
    assert client.get(url).status_code == 404
