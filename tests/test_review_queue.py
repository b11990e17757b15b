"""The review queue: claims (two editors never get the same statement), decisions with
optimistic locking, the admin page, the index's backlog, and the merge permission."""

import datetime as dt
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from statements import curation, review
from statements.models import Statement
from tests.factories import ActorFactory, EventFactory, SourceFactory, StatementFactory

pytestmark = pytest.mark.django_db

QUEUE = reverse("admin:statements_statement_review")


@pytest.fixture
def other_editor(django_user_model):
    user = django_user_model.objects.create_user(username="eva", password="x", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def statement_in(source, text, **kwargs):
    source.text += " " + text
    source.save()
    start = source.text.index(text)
    return StatementFactory(source=source, text=text, start=start, end=start + len(text), **kwargs)


@pytest.fixture
def queue():
    source = SourceFactory(text="Reuters story.", outlet="Reuters")
    other = SourceFactory(text="TASS story.", outlet="TASS")
    return [
        statement_in(source, "first thing said"),
        statement_in(source, "second thing said"),
        statement_in(other, "third thing said"),
        statement_in(source, "already verified", review_status="verified"),
    ]


def test_two_editors_never_get_the_same_statement(queue, editor_user, other_editor):
    first = review.claim_next(user=editor_user)
    second = review.claim_next(user=other_editor)
    assert (first.pk, second.pk) == (queue[0].pk, queue[1].pk)
    assert first.claimed_by == editor_user
    assert first.claimed_until > timezone.now() + dt.timedelta(minutes=4)
    # Asking again gives each the one they hold.
    assert review.claim_next(user=editor_user).pk == queue[0].pk
    # The claim's conditional UPDATE refuses a statement another editor holds.
    assert review._claim(queue[0].pk, user=other_editor, now=timezone.now()) is None


def test_a_lapsed_claim_is_free_again(queue, editor_user, other_editor):
    review.claim_next(user=editor_user)
    Statement.objects.filter(pk=queue[0].pk).update(
        claimed_until=timezone.now() - dt.timedelta(seconds=1)
    )
    assert review.claim_next(user=other_editor).pk == queue[0].pk


def test_filters_and_skips(queue, editor_user):
    tass = review.ReviewFilters(outlet="TASS")
    assert review.claim_next(user=editor_user, filters=tass).pk == queue[2].pk
    by_source = review.ReviewFilters(source=queue[0].source_id)
    assert review.claim_next(user=editor_user, filters=by_source, skipped=[queue[0].pk]).pk == (
        queue[1].pk
    )


def test_a_decision_is_one_locked_save_and_releases_the_claim(queue, editor_user, other_editor):
    statement = review.claim_next(user=editor_user)
    actor = ActorFactory(name="Dmitry Peskov")
    statement.actor = actor
    saved = review.decide(
        statement=statement,
        user=editor_user,
        decision=review.VERIFY,
        version=statement.version,
        changed_fields=["actor"],
    )
    saved.refresh_from_db()
    assert (saved.review_status, saved.actor, saved.claimed_by) == ("verified", actor, None)
    assert saved.curated_fields == ["actor", "review_status"]
    assert saved.history.first().history_user == editor_user

    # A stale version is refused; a statement another editor holds is left to them.
    with pytest.raises(curation.StaleEdit):
        review.decide(statement=saved, user=editor_user, decision=review.REJECT, version=1)
    held = review.claim_next(user=other_editor)
    with pytest.raises(review.ClaimLost):
        review.decide(
            statement=held, user=editor_user, decision=review.REJECT, version=held.version
        )


def test_the_queue_page_verifies_and_moves_on(queue, editor_client):
    response = editor_client.get(QUEUE)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<mark>first thing said</mark>" in html
    assert "<kbd>v</kbd> verify" in html and "<kbd>r</kbd> reject" in html
    assert "<strong>3</strong> awaiting review" in html
    # Every script is a file (the page runs under a Content-Security-Policy without inline code).
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html) == []
    assert 'src="/static/js/review.js"' in html

    first = queue[0]
    response = editor_client.post(
        QUEUE,
        {
            "statement": first.pk,
            "decision": "reject",
            "version": first.version,
            "actor": first.actor_id or "",
            "said_on": first.said_on.isoformat() if first.said_on else "",
            "kind": first.kind,
            "said_on_precision": first.said_on_precision,
        },
        follow=True,
    )
    assert f"Statement {first.pk} rejected." in [str(m) for m in response.context["messages"]]
    assert response.context["statement"].pk == queue[1].pk
    assert Statement.objects.get(pk=first.pk).review_status == "rejected"

    response = editor_client.post(
        QUEUE, {"statement": queue[1].pk, "decision": "skip"}, follow=True
    )
    assert response.context["statement"].pk == queue[2].pk
    assert Statement.objects.get(pk=queue[1].pk).review_status == "unreviewed"


def test_the_admin_index_shows_the_backlog_per_source(queue, editor_client):
    html = editor_client.get(reverse("admin:index")).content.decode()
    backlog = html[html.index('id="review-backlog"') :][:2000]
    assert (
        f'{QUEUE}?source={queue[0].source_id}">{queue[0].source}</a></th><td class="count">2<'
        in (backlog)
    )
    assert (
        f'{QUEUE}?source={queue[2].source_id}">{queue[2].source}</a></th><td class="count">1<'
        in (backlog)
    )


def test_editors_see_why_an_event_link_was_made_and_their_own_links_say_so(editor_client, queue):
    event = EventFactory(name="Kursk incursion", slug="kursk-incursion")
    statement = queue[0]
    statement.event_evidence = {"old-event": "names “x”"}
    statement.save()
    curation.link_event(statements=[statement], event=event)
    statement.refresh_from_db()
    today = timezone.localdate().isoformat()
    assert statement.event_evidence == {"kursk-incursion": f"linked by an editor on {today}"}
    assert statement.curated_fields == ["events"]
    html = editor_client.get(
        reverse("admin:statements_statement_change", args=[statement.pk])
    ).content.decode()
    assert f"<li><strong>kursk-incursion</strong>: linked by an editor on {today}</li>" in html


def test_merging_actors_needs_the_merge_permission(editor_client, editor_user):
    changelist = reverse("admin:statements_actor_changelist")
    keep, dup = ActorFactory(), ActorFactory()
    assert 'value="merge_into"' in editor_client.get(changelist).content.decode()
    Group.objects.get(name="Editors").permissions.remove(
        Permission.objects.get(codename="merge_actor")
    )
    assert 'value="merge_into"' not in editor_client.get(changelist).content.decode()
    response = editor_client.post(
        changelist,
        {
            "action": "merge_into",
            "_selected_action": [keep.pk, dup.pk],
            "apply": "1",
            "keep": keep.pk,
        },
    )
    assert response.status_code in (200, 302)
    assert type(dup).objects.filter(pk=dup.pk).exists()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="concurrent claims need PostgreSQL",
)
def test_editors_claiming_at_the_same_moment_get_different_statements(django_user_model):
    import threading

    from django.db import connections

    source = SourceFactory(text="A story.")
    statements = [statement_in(source, f"claim number {n} said") for n in range(6)]
    users = [django_user_model.objects.create_user(username=f"racer{n}") for n in range(6)]
    barrier = threading.Barrier(len(users))
    claimed = []

    def claim(user):
        barrier.wait()
        got = review.claim_next(user=user)
        claimed.append((user.pk, got.pk if got else None))
        connections.close_all()

    threads = [threading.Thread(target=claim, args=(u,)) for u in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(pk for _, pk in claimed) == sorted(s.pk for s in statements)
    holders = dict(Statement.objects.values_list("pk", "claimed_by"))
    assert sorted(holders[pk] for _, pk in claimed) == sorted(u.pk for u in users)
