"""One statement, many reports: grouping across articles, syndicated copies, editors' say."""

import datetime as dt
import json

import pytest
from django.urls import reverse

from statements import grouping, syndication
from statements.grouping import Report, same_statement
from statements.ingest import ingest_paths
from statements.models import Cluster, Source, Statement
from tests.factories import ActorFactory, StatementFactory
from tests.test_ingest import small_gazetteer, write_article  # noqa: F401 (autouse fixture)

REMARK = (
    "It is impossible to defeat Russia on the battlefield, and everyone in Kyiv and "
    "Washington must realise it"
)
ARTICLE_A = f"""Kremlin rules out defeat on the battlefield

The Kremlin answered questions from reporters on Friday, 10 November 2023.

Dmitry Peskov said: “{REMARK}.”

Peskov also said on Friday: “The grain deal will not be renewed in its current form, because our conditions were never met.”
"""
ARTICLE_B = f"""Peskov: the West must accept reality

The Kremlin spokesman spoke to journalists in Moscow on Friday, 10 November 2023.

Dmitry Peskov said on Friday that “{REMARK[0].lower()}{REMARK[1:]},” adding that the talks were frozen.

Separately, Peskov said on Friday: “Prisoner exchanges with Ukraine will continue as agreed, through the usual channels.”
"""
# ARTICLE_A as another outlet runs it: its own headline and furniture, re-wrapped.
ARTICLE_A_COPY = """KREMLIN SAYS RUSSIA CANNOT BE DEFEATED

Advertisement

The Kremlin answered questions from reporters
on Friday, 10 November 2023.

Dmitry Peskov said: “{remark}.”

Peskov also said on Friday: “The grain deal will not
be renewed in its current form, because our conditions were never met.”

Read more: Zelensky visits the front line
Share this article on Facebook
""".replace("{remark}", REMARK)

pytestmark = pytest.mark.django_db


def ingest(tmp_path, *articles):
    """Each (name, text, outlet) as an article with a sidecar, in order."""
    for name, text, outlet in articles:
        write_article(
            tmp_path,
            name,
            text,
            url=f"https://{outlet.lower()}.example/{name}",
            outlet=outlet,
            published="2023-11-10",
        )
    return ingest_paths(paths=[tmp_path / name for name, _, _ in articles])


def by_text(fragment):
    return Statement.objects.get(text__icontains=fragment)


# --------------------------------------------------------------------------- similarity


def test_the_same_quote_in_a_direct_and_a_partly_quoted_report_is_one_statement():
    direct = Report(kind="direct", text=REMARK + ".")
    mixed = Report(kind="mixed", text=f"“{REMARK.lower()},” adding that the talks were frozen")
    assert same_statement(direct, mixed) is True


def test_a_paraphrase_of_the_same_remark_is_one_statement():
    a = Report(
        kind="indirect",
        text="Russia cannot be defeated on the battlefield, Kyiv and Washington must realise",
    )
    b = Report(
        kind="indirect",
        text="Kyiv and Washington must realise that Russia cannot be defeated on the battlefield",
    )
    assert same_statement(a, b) is True


def test_different_remarks_sharing_words_are_not_one_statement():
    a = Report(kind="direct", text="The grain deal will not be renewed in its current form.")
    b = Report(kind="direct", text="Prisoner exchanges with Ukraine will continue as agreed.")
    c = Report(kind="indirect", text="the talks with Ukraine will not be renewed")
    assert [same_statement(a, b), same_statement(a, c), same_statement(b, c)] == [False] * 3


def test_a_short_scare_quote_alone_does_not_make_two_reports_one():
    a = Report(kind="mixed", text="troops will focus on the “liberation” of Donbas")
    b = Report(kind="mixed", text="the “liberation” of Kherson region was never a goal")
    assert same_statement(a, b) is False


@pytest.mark.parametrize(
    ("a", "b", "run"),
    [
        (REMARK, f"“{REMARK.lower()},” adding that the talks were frozen", 18),
        # Seven words in a row, then a different one: not a run of eight.
        (
            "the grain deal will not be renewed now, he said",
            "the grain deal will not be renewed in its current form",
            7,
        ),
        ("one two three four five six seven eight", "x one two three four five six seven eight", 8),
        ("short text", "short text", 2),
    ],
)
def test_shared_word_runs_are_the_longest_run_reaching_eight_words(a, b, run):
    words_a, words_b = grouping.text_words(a), grouping.text_words(b)
    assert grouping.longest_run(words_a, words_b) == run
    shared = not grouping.word_runs(a).isdisjoint(grouping.word_runs(b))
    assert shared is (run >= grouping.WORD_RUN)


# --------------------------------------------------------------------------- ingestion


def test_two_articles_quoting_the_same_remark_give_one_group_of_two_reports(client, tmp_path):
    ingest(tmp_path, ("a.txt", ARTICLE_A, "Reuters"), ("b.txt", ARTICLE_B, "TASS"))

    reports = Statement.objects.filter(text__icontains="impossible to defeat Russia")
    assert reports.count() == 2
    in_a, in_b = reports.order_by("source__outlet")  # Reuters, TASS
    assert in_a.cluster_id == in_b.cluster_id is not None
    assert Cluster.objects.get(pk=in_a.cluster_id).reports == 2
    assert (in_a.is_lead, in_b.is_lead) == (True, False)  # the direct quote leads

    rows = json.loads(b"".join(client.get("/statements.json").streaming_content))["results"]
    remark_rows = [r for r in rows if "impossible to defeat" in r["text"].lower()]
    assert [(r["cluster_id"], r["reports"]) for r in remark_rows] == [(in_a.cluster_id, 2)] * 2
    others = [r["reports"] for r in rows if "impossible to defeat" not in r["text"].lower()]
    assert others == [1, 1]

    page = client.get("/").content.decode()
    assert page.count(f'id="st{in_a.pk}-who"') == 1
    assert f'id="st{in_b.pk}-who"' not in page  # one card for the group
    assert "Reported by 2 sources, first by Reuters" in page
    assert client.get("/").context["page"].count == 3  # groups, not reports

    every = client.get("/?collapse=0")
    assert every.context["page"].count == 4
    assert f'id="st{in_b.pk}-who"' in every.content.decode()


def test_a_report_that_outranks_the_lead_is_inserted_as_the_groups_lead(tmp_path):
    """The partly quoted report first, the direct quote second: the second article's report
    joins the group before it is inserted, as its lead, and the first stops leading; the
    summary's lead counts follow in the same transaction."""
    from tests.test_summary import assert_summary_is_fresh

    ingest(tmp_path, ("b.txt", ARTICLE_B, "TASS"), ("a.txt", ARTICLE_A, "Reuters"))

    reports = Statement.objects.filter(text__icontains="impossible to defeat Russia")
    in_a, in_b = reports.order_by("source__outlet")  # Reuters, TASS
    assert in_a.cluster_id == in_b.cluster_id is not None
    assert (in_a.is_lead, in_b.is_lead) == (True, False)  # the direct quote leads
    assert Cluster.objects.get(pk=in_a.cluster_id).reports == 2
    assert_summary_is_fresh()

    # What grouping wrote before the INSERT is what a refresh after it decides.
    before = list(Statement.objects.order_by("pk").values_list("pk", "cluster_id", "is_lead"))
    counts = dict(Cluster.objects.values_list("pk", "reports"))
    grouping.refresh(counts)
    assert list(Statement.objects.order_by("pk").values_list("pk", "cluster_id", "is_lead")) == (
        before
    )
    assert dict(Cluster.objects.values_list("pk", "reports")) == counts


def test_two_remarks_by_the_same_person_on_the_same_day_stay_apart(tmp_path):
    ingest(tmp_path, ("a.txt", ARTICLE_A, "Reuters"), ("b.txt", ARTICLE_B, "TASS"))
    grain, prisoners = by_text("grain deal"), by_text("Prisoner exchanges")
    assert grain.actor_id == prisoners.actor_id and grain.said_on == prisoners.said_on
    assert grain.cluster_id != prisoners.cluster_id
    assert Statement.objects.values("cluster_id").distinct().count() == 3


def test_syndicated_copy_stores_its_statements_once_and_counts_as_a_report(client, tmp_path):
    result = ingest(tmp_path, ("a.txt", ARTICLE_A, "Reuters"), ("c.txt", ARTICLE_A_COPY, "AP"))

    assert result.files_syndicated == 1
    original, copy = Source.objects.order_by("pk")
    assert copy.syndicated_from == original and copy.outlet == "AP"
    assert copy.statements.count() == 0
    assert Statement.objects.count() == 2
    assert sorted(Cluster.objects.values_list("reports", flat=True)) == [2, 2]

    page = client.get("/").content.decode()
    assert "Reported by 2 sources, first by Reuters" in page
    assert "https://ap.example/c.txt" in page  # the copy's own URL is listed as a report


def test_different_articles_on_the_same_remark_are_not_syndicated_copies():
    a, b = syndication.shingles(ARTICLE_A), syndication.shingles(ARTICLE_B)
    assert syndication.is_copy(a, b) is False
    assert syndication.is_copy(a, syndication.shingles(ARTICLE_A_COPY)) is True


def test_statement_page_lists_every_report_with_a_link_to_its_span(client, tmp_path):
    ingest(tmp_path, ("a.txt", ARTICLE_A, "Reuters"), ("b.txt", ARTICLE_B, "TASS"))
    in_a, in_b = Statement.objects.filter(text__icontains="impossible").order_by("source__outlet")
    page = client.get(in_a.get_absolute_url()).content.decode()
    assert "Reported by 2 sources" in page
    assert f'href="{in_b.source.get_absolute_url()}#s{in_b.pk}"' in page
    assert f'href="{in_a.source.get_absolute_url()}#s{in_a.pk}"' in page


def test_grouping_queries_do_not_depend_on_the_table(tmp_path, django_assert_max_num_queries):
    """Placing a source's statements is a fixed number of queries (candidates come through the
    (actor, said_on) index)."""
    ingest(tmp_path, ("a.txt", ARTICLE_A, "Reuters"))
    source = Source.objects.get()
    Statement.objects.filter(source=source).update(cluster=None, is_lead=True)
    # 10, and up to 3 reading which (speaker, day) counts the lead changes touch (summary.py)
    with django_assert_max_num_queries(13):
        grouping.place_source(source)
    assert Statement.objects.filter(source=source, cluster__isnull=True).count() == 0


# --------------------------------------------------------------------------- editors


@pytest.fixture
def editor_client(client, editor_user):
    assert client.login(username="ed", password="correct-horse-battery")
    return client


def test_editor_splits_a_report_out_and_reingestion_keeps_it_apart(
    editor_client, editor_user, tmp_path, monkeypatch
):
    ingest(tmp_path, ("a.txt", ARTICLE_A, "Reuters"), ("b.txt", ARTICLE_B, "TASS"))
    in_a, in_b = Statement.objects.filter(text__icontains="impossible").order_by("source__outlet")
    group = in_a.cluster_id
    page = editor_client.get(reverse("admin:statements_cluster_change", args=[group]))
    assert page.status_code == 200 and "Split out" in page.content.decode()

    response = editor_client.post(reverse("admin:statements_cluster_split", args=[group, in_b.pk]))
    assert response.status_code == 302
    in_b.refresh_from_db()
    assert in_b.cluster_id != group and "cluster" in in_b.curated_fields
    assert in_b.history.first().history_change_reason == f"split out of group {group}"
    assert Cluster.objects.get(pk=group).reports == 1

    # Re-ingesting (a newer extractor reads both again) and re-grouping change nothing.
    monkeypatch.setattr("statements.ingest.EXTRACTOR_VERSION", "next")
    ingest_paths(paths=[tmp_path / "a.txt", tmp_path / "b.txt"])
    grouping.place(Statement.objects.select_related("source"))
    in_a, in_b = Statement.objects.filter(text__icontains="impossible").order_by("source__outlet")
    assert in_a.cluster_id == group and in_b.cluster_id != group


def test_editor_merges_two_groups_and_reingestion_keeps_them_merged(
    editor_client, tmp_path, monkeypatch
):
    ingest(tmp_path, ("a.txt", ARTICLE_A, "Reuters"), ("b.txt", ARTICLE_B, "TASS"))
    grain, prisoners = by_text("grain deal"), by_text("Prisoner exchanges")
    response = editor_client.post(
        reverse("admin:statements_cluster_changelist"),
        {"action": "merge_groups", "_selected_action": [grain.cluster_id, prisoners.cluster_id]},
    )
    assert response.status_code == 302
    grain.refresh_from_db()
    prisoners.refresh_from_db()
    assert grain.cluster_id == prisoners.cluster_id
    assert Cluster.objects.get(pk=grain.cluster_id).reports == 2
    assert "cluster" in prisoners.curated_fields

    monkeypatch.setattr("statements.ingest.EXTRACTOR_VERSION", "next")
    ingest_paths(paths=[tmp_path / "a.txt", tmp_path / "b.txt"])
    grouping.place(Statement.objects.select_related("source"))
    assert by_text("grain deal").cluster_id == by_text("Prisoner exchanges").cluster_id
    assert Statement.objects.count() == 4


def test_verifying_a_report_offers_to_verify_its_group(editor_client, tmp_path):
    from tests.test_admin import form_data

    ingest(tmp_path, ("a.txt", ARTICLE_A, "Reuters"), ("b.txt", ARTICLE_B, "TASS"))
    in_a, in_b = Statement.objects.filter(text__icontains="impossible").order_by("source__outlet")
    url = reverse("admin:statements_statement_change", args=[in_a.pk])
    assert (
        "Apply to the 1 other report of this statement" in editor_client.get(url).content.decode()
    )

    response = editor_client.post(
        url, form_data(in_a, review_status="verified", apply_to_group="on")
    )
    assert response.status_code == 302
    in_b.refresh_from_db()
    assert in_b.review_status == "verified" and "review_status" in in_b.curated_fields
    assert by_text("grain deal").review_status == "unreviewed"  # another group: untouched


def test_rejecting_the_lead_report_hands_the_card_to_another(client, editor_user, tmp_path):
    from statements import curation

    ingest(tmp_path, ("a.txt", ARTICLE_A, "Reuters"), ("b.txt", ARTICLE_B, "TASS"))
    in_a, in_b = Statement.objects.filter(text__icontains="impossible").order_by("source__outlet")
    assert in_a.is_lead
    curation.mark_reviewed(statements=[in_a], status="rejected", user=editor_user)
    in_b.refresh_from_db()
    assert in_b.is_lead is True
    page = client.get("/").content.decode()
    assert f'id="st{in_b.pk}-who"' in page and f'id="st{in_a.pk}-who"' not in page


def test_group_statements_command_groups_what_was_stored_before(tmp_path):
    from io import StringIO

    from django.core.management import call_command

    ingest(tmp_path, ("a.txt", ARTICLE_A, "Reuters"), ("b.txt", ARTICLE_B, "TASS"))
    Statement.objects.update(cluster=None, is_lead=True)  # as before grouping existed
    Cluster.objects.all().delete()
    out = StringIO()
    call_command("group_statements", stdout=out)
    assert "4 statements given a group of their own; 2 articles grouped." in out.getvalue()
    reports = Statement.objects.filter(text__icontains="impossible")
    assert len({r.cluster_id for r in reports}) == 1
    assert Cluster.objects.get(pk=reports[0].cluster_id).reports == 2
    assert Statement.objects.values("cluster_id").distinct().count() == 3


def test_group_page_in_the_admin_lists_syndicated_copies(editor_client, tmp_path):
    ingest(tmp_path, ("a.txt", ARTICLE_A, "Reuters"), ("c.txt", ARTICLE_A_COPY, "AP"))
    grain = by_text("grain deal")
    page = editor_client.get(reverse("admin:statements_cluster_change", args=[grain.cluster_id]))
    assert page.status_code == 200
    copy = Source.objects.get(outlet="AP")
    assert reverse("admin:statements_source_change", args=[copy.pk]) in page.content.decode()


def test_candidates_are_the_nearest_reports_in_time_on_each_side_of_the_day(monkeypatch):
    monkeypatch.setattr(grouping, "NEAREST", 2)
    speaker, other = ActorFactory(name="Candidate Speaker"), ActorFactory(name="Someone Else")
    day = dt.date(2023, 11, 10)
    stored = {}
    for offset in (-4, -3, -2, -1, -1, 0, 0, 0, 1, 3, 4):
        said = day + dt.timedelta(days=offset)
        statement = StatementFactory(actor=speaker, said_on=said, cluster=Cluster.objects.create())
        stored.setdefault(offset, []).append(statement.pk)
    StatementFactory(actor=other, said_on=day, cluster=Cluster.objects.create())
    StatementFactory(
        actor=speaker,
        said_on=day,
        cluster=Cluster.objects.create(),
        review_status=Statement.ReviewStatus.REJECTED,
    )
    new = StatementFactory(actor=speaker, said_on=day, cluster=None)

    found = sorted(c.pk for c in grouping.candidates([new]))

    # On the day or after: the two earliest (day 0, lowest ids first); before it: the two
    # latest (day -1). Nothing beyond the window, by another speaker, rejected, or itself.
    assert found == sorted(stored[0][:2] + stored[-1])
