"""The editorial admin as an editor (staff, in Editors, not a superuser) uses it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from statements import admin as admin_module
from statements.models import Actor, ActorAlias, Statement
from tests.factories import (
    ActorAliasFactory,
    ActorFactory,
    EventFactory,
    SourceFactory,
    StatementFactory,
)

CHANGELIST = reverse("admin:statements_statement_changelist")
ACTOR_CHANGELIST = reverse("admin:statements_actor_changelist")


def change_url(statement):
    return reverse("admin:statements_statement_change", args=[statement.pk])


def form_data(statement, **overrides):
    """What the change form posts for `statement` unchanged, with `overrides` applied."""
    data = {
        "actor": statement.actor_id or "",
        "speaker_mention": statement.speaker_mention,
        "kind": statement.kind,
        "said_on": statement.said_on.isoformat() if statement.said_on else "",
        "said_on_precision": statement.said_on_precision,
        "said_on_evidence": statement.said_on_evidence,
        "via": statement.via,
        "events": [e.pk for e in statement.events.all()],
        "review_status": statement.review_status,
        "version": statement.version,
        "_save": "Save",
    }
    data.update(overrides)
    return data


# --------------------------------------------------------------------------- change form


def test_editor_reassigns_speaker_through_change_form(editor_client, editor_user):
    statement = StatementFactory(actor=ActorFactory(name="Wrong Speaker"))
    right = ActorFactory(name="Right Speaker")

    page = editor_client.get(change_url(statement))
    assert page.status_code == 200
    response = editor_client.post(change_url(statement), form_data(statement, actor=right.pk))

    assert response.status_code == 302, response.context["adminform"].form.errors
    statement.refresh_from_db()
    assert statement.actor == right
    assert statement.curated_fields == ["actor"]
    assert statement.version == 2
    last = statement.history.first()
    assert last.history_user == editor_user
    assert last.actor_id == right.pk


def test_untouched_fields_are_not_marked_curated(editor_client):
    statement = StatementFactory()
    event = EventFactory()
    editor_client.post(
        change_url(statement), form_data(statement, events=[event.pk], kind="direct")
    )
    statement.refresh_from_db()
    assert statement.curated_fields == ["kind", "events"]
    assert list(statement.events.all()) == [event]


def test_change_form_shows_the_escaped_paragraph_with_the_span_marked(editor_client):
    source = SourceFactory(
        text="Headline\nBefore <b>bold</b> the minister said that talks had failed. After.\nNext"
    )
    start = source.text.index("talks had failed")
    statement = StatementFactory(
        source=source, text="talks had failed", start=start, end=start + len("talks had failed")
    )
    response = editor_client.get(change_url(statement))
    html = response.content.decode()
    assert (
        "Before &lt;b&gt;bold&lt;/b&gt; the minister said that <mark>talks had failed</mark>. After."
        in html
    )
    assert "Headline" not in html.split('class="statement-context"')[1].split("</div>")[0]
    assert "<b>bold</b>" not in html
    # Evidence is shown, not editable.
    assert 'name="text"' not in html and 'name="start"' not in html
    assert 'name="actor"' in html and 'type="hidden" name="version" value="1"' in html


def test_stale_form_is_refused_and_the_newer_edit_stays(editor_client, django_user_model):
    statement = StatementFactory()
    stale = form_data(statement)  # the editor opens the form at version 1
    first, second = ActorFactory(name="First Choice"), ActorFactory(name="Second Choice")

    other = django_user_model.objects.create_superuser("colleague", password="x-long-password")
    from django.test import Client

    colleague = Client()
    colleague.force_login(other)
    assert (
        colleague.post(change_url(statement), form_data(statement, actor=first.pk)).status_code
        == 302
    )

    response = editor_client.post(change_url(statement), {**stale, "actor": second.pk})

    assert response.status_code == 200
    assert "This statement was changed by colleague at " in response.content.decode()
    assert "reload to see their edit" in response.content.decode()
    statement.refresh_from_db()
    assert statement.actor == first
    assert statement.version == 2


def test_revert_from_history_restores_the_old_speaker(editor_client, editor_user):
    original = ActorFactory(name="Original Speaker")
    statement = StatementFactory(actor=original)
    editor_client.post(change_url(statement), form_data(statement, actor=ActorFactory().pk))
    statement.refresh_from_db()
    first_record = statement.history.order_by("history_date").first()

    url = reverse(
        "admin:statements_statement_simple_history", args=[statement.pk, first_record.history_id]
    )
    page = editor_client.get(url)
    assert page.status_code == 200
    data = form_data(statement, actor=original.pk, version=statement.version)
    assert editor_client.post(url, data).status_code == 302

    statement.refresh_from_db()
    assert statement.actor == original
    assert statement.version == 3
    assert statement.history.first().history_user == editor_user


def test_history_page_names_the_editor(editor_client):
    statement = StatementFactory()
    editor_client.post(change_url(statement), form_data(statement, via="RT"))
    page = editor_client.get(reverse("admin:statements_statement_history", args=[statement.pk]))
    assert page.status_code == 200
    assert ">ed<" in page.content.decode() or "ed</td>" in page.content.decode()


def test_actor_autocomplete_works_for_an_editor(editor_client):
    ActorFactory(name="Dmitry Peskov")
    ActorAliasFactory(actor=ActorFactory(name="Volodymyr Zelensky"), alias="Zelenskyy")
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "statements",
            "model_name": "statement",
            "field_name": "actor",
            "term": "zelenskyy",
        },
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["Volodymyr Zelensky"]


# --------------------------------------------------------------------------- changelist


def changelist_queries(client, url=CHANGELIST):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


def make_statements(n, event):
    for i in range(n):
        actor = ActorFactory(affiliation=["Russia", "Ukraine"][i % 2]) if i % 3 else None
        statement = StatementFactory(
            actor=actor, speaker_mention="a spokesman" if not actor else "x"
        )
        statement.events.add(event)


def test_changelist_query_count_does_not_grow_with_rows(
    editor_client, django_assert_max_num_queries
):
    event = EventFactory()
    make_statements(5, event)
    few, response = changelist_queries(editor_client)
    assert len(response.context["cl"].result_list) == 5

    make_statements(45, event)
    with django_assert_max_num_queries(few):
        many, response = changelist_queries(editor_client)
    assert len(response.context["cl"].result_list) == 50
    assert many == few


def test_changelist_columns_filters_and_search(editor_client):
    peskov = ActorFactory(name="Dmitry Peskov", affiliation="Russia")
    StatementFactory(
        actor=peskov, text="it is impossible to defeat Russia", said_on_precision="month"
    )
    StatementFactory(actor=None, speaker_mention="an unnamed official", text="the talks failed")

    html = editor_client.get(CHANGELIST).content.decode()
    for expected in (
        "Dmitry Peskov",
        "it is impossible to defeat Russia",
        "Test Outlet",
        "(month)",
    ):
        assert expected in html
    assert "<em>an unnamed official</em>" in html

    def shown(query):
        return {s.text for s in editor_client.get(CHANGELIST + query).context["cl"].result_list}

    assert shown("?speaker=none") == {"the talks failed"}
    assert shown("?q=Peskov") == {"it is impossible to defeat Russia"}
    assert shown("?q=unnamed") == {"the talks failed"}
    assert shown("?actor__affiliation=Russia") == {"it is impossible to defeat Russia"}
    assert shown("?said_on__year=2023") == {"it is impossible to defeat Russia", "the talks failed"}


def test_admin_search_for_a_speakers_name_lists_that_speakers_statements(editor_client):
    volkov = ActorFactory(name="Elena Volkov")
    other = ActorFactory(name="Ivan Volkovsky")
    StatementFactory(actor=volkov, text="the line holds near Avdiivka")
    StatementFactory(actor=other, text="talks have reached a dead end")
    StatementFactory(actor=None, speaker_mention="an aide", text="Volkov was not consulted")

    def shown(query):
        return {s.text for s in editor_client.get(CHANGELIST + query).context["cl"].result_list}

    assert admin_module.actors_named("volkov") == [volkov.pk]
    assert admin_module.actors_named("  elena  VOLKOV.") == [volkov.pk]
    # A name is that speaker's statements; other words are a text search.
    assert shown("?q=Volkov") == {"the line holds near Avdiivka"}
    assert shown("?q=consulted") == {"Volkov was not consulted"}


def test_actor_changelist_counts_statements_without_n_plus_one(editor_client):
    busy = ActorFactory(name="Busy Actor")
    StatementFactory.create_batch(3, actor=busy)
    ActorFactory(name="Quiet Actor")
    few, response = changelist_queries(editor_client, ACTOR_CHANGELIST)
    counts = {a.name: a.statement_count for a in response.context["cl"].result_list}
    assert counts["Busy Actor"] == 3 and counts["Quiet Actor"] == 0

    for _ in range(20):
        StatementFactory(actor=ActorFactory())
    many, _ = changelist_queries(editor_client, ACTOR_CHANGELIST)
    assert many == few


# --------------------------------------------------------------------------- bulk actions


def run_action(client, action, statements, **extra):
    data = {"action": action, "_selected_action": [s.pk for s in statements], **extra}
    return client.post(CHANGELIST, data)


@pytest.mark.parametrize(
    ("action", "status"), [("mark_verified", "verified"), ("mark_rejected", "rejected")]
)
def test_review_actions(editor_client, editor_user, action, status):
    chosen = StatementFactory.create_batch(2)
    left = StatementFactory()
    assert run_action(editor_client, action, chosen, index=0).status_code == 302
    for statement in chosen:
        statement.refresh_from_db()
        assert statement.review_status == status
        assert "review_status" in statement.curated_fields
        assert statement.version == 2
        assert statement.history.first().history_user == editor_user
    left.refresh_from_db()
    assert left.review_status == "unreviewed" and left.version == 1


def test_reassign_speaker_action_asks_then_applies(editor_client, editor_user):
    chosen = StatementFactory.create_batch(2)
    target = ActorFactory(name="Chosen Actor")

    page = run_action(editor_client, "reassign_speaker", chosen)
    assert page.status_code == 200
    assert "Reassign speaker" in page.content.decode()
    assert Statement.objects.filter(actor=target).count() == 0

    done = run_action(editor_client, "reassign_speaker", chosen, apply="1", actor=target.pk)
    assert done.status_code == 302
    for statement in chosen:
        statement.refresh_from_db()
        assert statement.actor == target
        assert statement.curated_fields == ["actor"]
        assert statement.history.first().history_user == editor_user


def test_link_event_action(editor_client):
    chosen = StatementFactory.create_batch(3)
    event = EventFactory(name="Kursk incursion")
    assert run_action(editor_client, "link_event", chosen).status_code == 200
    assert (
        run_action(editor_client, "link_event", chosen, apply="1", event=event.pk).status_code
        == 302
    )
    assert set(event.statements.all()) == set(chosen)
    assert all("events" in s.curated_fields for s in Statement.objects.all())


def test_merge_action_moves_statements_and_aliases(editor_client, editor_user):
    keep = ActorFactory(name="Volodymyr Zelensky")
    dup = ActorFactory(name="Zelenskyy")
    ActorAliasFactory(actor=dup, alias="Zelenskiy")
    moved = StatementFactory.create_batch(2, actor=dup)
    StatementFactory(actor=keep)

    data = {"action": "merge_into", "_selected_action": [keep.pk, dup.pk]}
    page = editor_client.post(ACTOR_CHANGELIST, data)
    assert page.status_code == 200 and "Actor to keep" in page.content.decode()

    done = editor_client.post(ACTOR_CHANGELIST, {**data, "apply": "1", "keep": keep.pk})
    assert done.status_code == 302
    assert not Actor.objects.filter(pk=dup.pk).exists()
    assert keep.statements.count() == 3
    assert set(keep.aliases.values_list("alias", flat=True)) == {"Zelenskiy", "Zelenskyy"}
    for statement in moved:
        statement.refresh_from_db()
        assert "actor" in statement.curated_fields
        assert statement.history.first().history_user == editor_user


# --------------------------------------------------------------------------- permissions


@pytest.mark.parametrize("url", ["/admin/", CHANGELIST, ACTOR_CHANGELIST])
def test_a_reader_without_an_account_gets_the_login_page(client, db, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response.url.startswith("/admin/login/")


def test_editor_corrects_a_source_but_cannot_delete_it_or_touch_its_text(editor_client):
    source = SourceFactory(title="Old title", outlet="")
    text = source.text
    delete = reverse("admin:statements_source_delete", args=[source.pk])
    assert editor_client.get(delete).status_code == 403
    assert editor_client.post(delete, {"post": "yes"}).status_code == 403
    change = reverse("admin:statements_source_change", args=[source.pk])
    assert editor_client.get(change).status_code == 200
    response = editor_client.post(
        change,
        {
            "title": "Rewritten",
            "outlet": "Reuters",
            "url": source.url,
            "published_on": "2023-11-10",
            "published_precision": "day",
            "text": "x",
        },
    )
    assert response.status_code == 302
    source.refresh_from_db()
    assert (source.title, source.outlet, source.text) == ("Rewritten", "Reuters", text)
    assert source.curated_fields == ["title", "outlet"]
    assert source.history.first().history_user.username == "ed"


def test_editor_sees_every_curation_page(editor_client):
    actor = ActorFactory()
    event = EventFactory()
    for url in (
        reverse("admin:statements_actor_change", args=[actor.pk]),
        reverse("admin:statements_event_change", args=[event.pk]),
        reverse("admin:statements_event_changelist"),
        reverse("admin:statements_source_changelist"),
        reverse("admin:statements_statement_add"),
        reverse("admin:statements_actoralias_changelist"),
    ):
        assert editor_client.get(url).status_code == 200, url


def test_editor_adds_an_alias_inline(editor_client):
    actor = ActorFactory(name="Sergei Lavrov", slug="sergei-lavrov")
    url = reverse("admin:statements_actor_change", args=[actor.pk])
    data = {
        "name": actor.name,
        "slug": actor.slug,
        "kind": actor.kind,
        "affiliation": actor.affiliation,
        "role": actor.role,
        "wikidata_id": "",
        "description": "",
        "aliases-TOTAL_FORMS": "1",
        "aliases-INITIAL_FORMS": "0",
        "aliases-0-alias": "Lavrov",
    }
    assert editor_client.post(url, data).status_code == 302
    assert ActorAlias.objects.get(actor=actor).normalized == "lavrov"


@pytest.mark.postgres
# serialized_rollback: another transactional test's flush must not take the Editors group away.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL")
def test_concurrent_saves_of_one_version_cannot_both_win(editor_user):
    import threading

    from django.db import connections
    from django.test import Client

    statement = StatementFactory()
    actors = [ActorFactory(name=f"Racer {i}") for i in range(4)]
    data = form_data(statement)
    barrier = threading.Barrier(len(actors))
    responses = []

    def save(actor):
        client = Client()
        client.force_login(editor_user)
        barrier.wait()
        responses.append(client.post(change_url(statement), {**data, "actor": actor.pk}))
        connections.close_all()

    threads = [threading.Thread(target=save, args=(a,)) for a in actors]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    won = [r for r in responses if r.status_code == 302 and r.url == CHANGELIST]
    assert len(won) == 1
    refused = [r for r in responses if r not in won]
    assert all(
        "reload to see their edit" in r.content.decode() for r in refused if r.status_code == 200
    )
    statement.refresh_from_db()
    assert statement.version == 2
    assert statement.history.count() == 2


def test_date_hierarchy_reads_bounds_not_every_row(editor_client):
    import datetime as dt

    StatementFactory(said_on=dt.date(2022, 3, 1))
    StatementFactory(said_on=dt.date(2024, 5, 9))
    with CaptureQueriesContext(connection) as queries:
        html = editor_client.get(CHANGELIST).content.decode()
    for year in (2022, 2023, 2024):
        assert f"?said_on__year={year}" in html
    assert not any("DISTINCT" in q["sql"] and "said_on" in q["sql"] for q in queries)

    months = editor_client.get(CHANGELIST + "?said_on__year=2024").content.decode()
    assert "said_on__month=5" in months and "said_on__month=6" not in months


def test_select_across_a_filtered_list_reaches_every_match(editor_client):
    unattributed = StatementFactory.create_batch(3, actor=None)
    attributed = StatementFactory()
    target = ActorFactory(name="Unnamed Officials")
    url = CHANGELIST + "?speaker=none"
    data = {
        "action": "reassign_speaker",
        "select_across": "1",
        "_selected_action": [unattributed[0].pk],
    }

    page = editor_client.post(url, data)
    assert 'action="/admin/statements/statement/?speaker=none"' in page.content.decode()
    assert page.context["count"] == 3

    assert editor_client.post(url, {**data, "apply": "1", "actor": target.pk}).status_code == 302
    assert set(target.statements.all()) == set(unattributed)
    attributed.refresh_from_db()
    assert attributed.actor != target and attributed.version == 1


def test_an_editor_removes_an_event_link_and_it_stays_removed(editor_client):
    event = EventFactory(name="Kursk incursion", slug="kursk-incursion")
    statement = StatementFactory(event_evidence={"kursk-incursion": "names “Kursk incursion”"})
    statement.events.add(event)
    html = editor_client.get(change_url(statement)).content.decode()
    assert "<li><strong>kursk-incursion</strong>: names “Kursk incursion”</li>" in html

    response = editor_client.post(change_url(statement), form_data(statement, events=[]))
    assert response.status_code == 302
    statement.refresh_from_db()
    assert list(statement.events.all()) == []
    assert statement.curated_fields == ["events"]
    assert statement.event_evidence == {}
