"""CSV and JSON exports: the same filter, the same rows, streamed."""

import csv
import datetime as dt
import io
import json
import re
import time

import pytest
from django.db import connection
from django.utils import timezone

from statements.exports import (
    COLUMNS,
    copy_csv_chunks,
    csv_chunks,
    export_batches,
    export_rows,
    neutralise,
)
from statements.models import Cluster, Statement
from tests.factories import ActorFactory, EventFactory, SourceFactory, StatementFactory

pytestmark = pytest.mark.django_db


def body(response) -> str:
    assert response.streaming
    return b"".join(response.streaming_content).decode("utf-8")


def csv_rows(response) -> list[dict]:
    text = body(response)
    assert text.startswith("\ufeff")
    reader = csv.reader(io.StringIO(text[1:]))
    header = next(reader)
    assert tuple(header) == COLUMNS
    return [dict(zip(header, row, strict=True)) for row in reader]


@pytest.fixture
def world():
    peskov = ActorFactory(name="Дмитрий Песков", affiliation="Russia")
    zelensky = ActorFactory(name="Volodymyr Zelensky", affiliation="Ukraine")
    kursk, talks = EventFactory(name="Kursk incursion"), EventFactory(name="Istanbul talks")
    direct = StatementFactory(
        actor=peskov,
        kind="direct",
        text='=HYPERLINK("http://evil")',
        said_on=dt.date(2024, 8, 9),
        via="Rossiya-1",
    )
    direct.events.add(talks, kursk)
    plain = StatementFactory(actor=zelensky, text='we hold the line, "firmly"', said_on=None)
    unattributed = StatementFactory(
        actor=None, speaker_mention="a senior official", text="-1 tanks"
    )
    StatementFactory(actor=peskov, text="hidden", review_status="rejected")
    return {
        "direct": direct,
        "plain": plain,
        "unattributed": unattributed,
        "kursk": kursk,
        "talks": talks,
        "peskov": peskov,
    }


def test_csv_headers_bom_filename_and_columns(client, world):
    response = client.get("/statements.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    today = timezone.localdate().isoformat()
    assert (
        response["Content-Disposition"] == f'attachment; filename="warlog-statements-{today}.csv"'
    )
    rows = csv_rows(response)
    assert [int(r["id"]) for r in rows] == [
        world["direct"].pk,
        world["unattributed"].pk,
        world["plain"].pk,
    ]
    direct = rows[0]
    assert direct["speaker"] == "Дмитрий Песков"
    assert direct["speaker_slug"] == world["peskov"].slug
    assert direct["affiliation"] == "Russia"
    assert direct["said_on"] == "2024-08-09" and direct["said_on_precision"] == "day"
    assert direct["kind"] == "direct" and direct["via"] == "Rossiya-1"
    assert direct["outlet"] == "Test Outlet" and direct["source_url"].startswith(
        "https://news.example/"
    )
    assert direct["published_on"] == "2023-11-10"
    assert direct["events"] == "; ".join(sorted([world["kursk"].slug, world["talks"].slug]))
    assert direct["review_status"] == "unreviewed"
    assert direct["permalink"] == f"http://testserver/statements/{world['direct'].pk}/"
    # Unattributed: the mention stands in for the speaker; empty cells are empty.
    assert rows[1]["speaker"] == "a senior official" and rows[1]["speaker_slug"] == ""
    assert rows[2]["said_on"] == "" and rows[2]["events"] == ""
    assert rows[2]["text"] == 'we hold the line, "firmly"'


def test_csv_neutralises_formula_cells(client, world):
    rows = {int(r["id"]): r for r in csv_rows(client.get("/statements.csv"))}
    assert rows[world["direct"].pk]["text"] == '\'=HYPERLINK("http://evil")'
    assert rows[world["unattributed"].pk]["text"] == "'-1 tanks"


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_neutralise(value):
    assert neutralise(value) == "'" + value
    assert neutralise("ok " + value) == "ok " + value


def test_csv_has_exactly_the_rows_of_the_filtered_view_across_pages(client, settings, world):
    settings.WARLOG_PAGE_SIZE = 4
    settings.WARLOG_CHART_CACHE_SECONDS = 0
    peskov = world["peskov"]
    StatementFactory.create_batch(9, actor=peskov, said_on=dt.date(2024, 1, 2))
    StatementFactory.create_batch(3, actor=peskov, said_on=None)
    query = f"actor={peskov.slug}&date_to=2024-12-31"
    on_screen = []
    for page in (1, 2, 3):
        html = client.get(f"/?{query}&page={page}").content.decode()
        on_screen += [
            int(pk)
            for pk in re.findall(r'class="meta-item permalink" href="/statements/(\d+)/"', html)
        ]
    exported = [int(r["id"]) for r in csv_rows(client.get(f"/statements.csv?{query}&page=2"))]
    assert exported == on_screen
    assert len(exported) == 10  # 9 + the direct one; undated ones fall outside a date range


def test_csv_invalid_filter_is_400_not_a_partial_file(client, world):
    response = client.get(f"/statements.csv?actor={world['peskov'].slug}&date_from=2024-99-01")
    assert response.status_code == 400
    assert "Said from (date_from)" in response.content.decode()
    assert client.get("/statements.csv?actor=ghost").status_code == 400
    assert client.get("/statements.json?kind=x").status_code == 400


def test_csv_queries_do_not_grow_with_rows(client, django_assert_max_num_queries, world):
    event = EventFactory()
    for statement in StatementFactory.create_batch(60):
        statement.events.add(event)
    with django_assert_max_num_queries(4):  # rows, events per 2,000-row chunk (not on PostgreSQL)
        rows = csv_rows(client.get("/statements.csv"))
    assert len(rows) == 63
    assert sum(1 for r in rows if r["events"] == event.slug) == 60


def test_json_export_same_rows_as_csv(client, world):
    response = client.get("/statements.json?affiliation=Russia&affiliation=Ukraine")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    data = json.loads(body(response))
    assert data["columns"] == list(COLUMNS)
    assert data["filters"] == "affiliation=Russia&affiliation=Ukraine"
    results = data["results"]
    assert [r["id"] for r in results] == [world["direct"].pk, world["plain"].pk]
    assert set(results[0]) == set(COLUMNS)
    assert results[0]["events"] == sorted([world["kursk"].slug, world["talks"].slug])
    assert results[0]["text"] == '=HYPERLINK("http://evil")'  # JSON is data, not a spreadsheet
    assert results[1]["said_on"] is None
    csv_ids = [
        int(r["id"])
        for r in csv_rows(client.get("/statements.csv?affiliation=Russia&affiliation=Ukraine"))
    ]
    assert csv_ids == [r["id"] for r in results]


def test_json_empty_result_is_valid_json(client, db):
    data = json.loads(body(client.get("/statements.json?q=nothing-matches-this")))
    assert data["results"] == []


def test_rejected_never_exported(client, world):
    assert not Statement.objects.visible().filter(text="hidden").exists()
    assert "hidden" not in body(client.get("/statements.csv"))


def test_csv_is_byte_for_byte_the_contract_for_every_cell(client, world):
    """The fast writer against the contract written out cell by cell: dates ISO, None empty,
    events joined by "; ", every text cell that could start a formula neutralised."""
    odd = ActorFactory(name="@handle", affiliation="-none-")
    tricky = StatementFactory(
        actor=odd, text='+380 said\r\nthen "more"', via="\tTelegram", said_on=dt.date(2023, 1, 2)
    )
    tricky.source.outlet, tricky.source.title, tricky.source.url = "=Outlet", "-Title", "@url"
    tricky.source.published_on = None
    tricky.source.save()
    tricky.events.add(world["kursk"])
    response = client.get("/statements.csv")

    def cell(value) -> str:
        if value is None:
            return ""
        if isinstance(value, list):
            value = "; ".join(value)
        if hasattr(value, "isoformat"):
            return value.isoformat()
        return neutralise(value) if isinstance(value, str) else str(value)

    expected = io.StringIO()
    writer = csv.writer(expected)
    writer.writerow(COLUMNS)
    rows = export_rows(
        Statement.objects.for_reading(),
        permalink=lambda pk: f"http://testserver/statements/{pk}/",
    )
    writer.writerows([cell(row[column]) for column in COLUMNS] for row in rows)
    assert body(response) == "\ufeff" + expected.getvalue()
    row = {int(r["id"]): r for r in csv_rows(client.get("/statements.csv"))}[tricky.pk]
    assert [row[k] for k in ("speaker", "affiliation", "via", "outlet", "source_title")] == [
        "'@handle",
        "'-none-",
        "'\tTelegram",
        "'=Outlet",
        "'-Title",
    ]
    assert row["source_url"] == "'@url" and row["published_on"] == ""
    assert row["text"] == '\'+380 said\r\nthen "more"'


# ------------------------------------------------- PostgreSQL: COPY against the Python writer

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the COPY writer runs on PostgreSQL only"
)
PERMALINK = ("https://warlog.example/statements/", "/")


def python_csv(queryset) -> bytes:
    return "".join(csv_chunks(export_batches(queryset), permalink=PERMALINK)).encode()


def copy_csv(queryset) -> bytes:
    return b"".join(copy_csv_chunks(queryset, permalink=PERMALINK))


@pytest.fixture
def tricky():
    """Rows whose cells test every quoting and neutralising rule of the contract."""
    formula = ActorFactory(name="=cmd|' /C calc'!A0", affiliation="", slug="-minus-slug")
    cyrillic = ActorFactory(name="Дмитрий Песков", affiliation="Россия, Кремль")
    events = [
        EventFactory(name="Strike", slug="-strike"),
        EventFactory(name="Talks", slug="talks"),
        EventFactory(name="Kursk", slug="kursk-incursion"),
    ]
    texts = [
        ('He said "no", then left', cyrillic, "", dt.date(2024, 8, 9)),
        ("line one\nline two", formula, "\tTelegram", dt.date(2024, 8, 9)),
        ("lone\rcarriage return", cyrillic, "@channel", None),
        ("\rstarts with CR", cyrillic, "+7 TV", dt.date(2022, 2, 24)),
        ("+380 and\r\nthen more", formula, "-via", dt.date(2023, 1, 2)),
        ("=1+1", None, "", dt.date(2023, 1, 2)),
        ('"', cyrillic, '"quoted"', dt.date(2023, 1, 2)),
        ("\\.", cyrillic, " leading space", dt.date(2023, 1, 2)),
        ("«Ура» — 🇺🇦 ends with newline\n", cyrillic, "a;b", dt.date(2023, 1, 2)),
        ("'already quoted", cyrillic, "'", dt.date(2023, 1, 2)),
    ]
    made = []
    for text, actor, via, said_on in texts:
        made.append(StatementFactory(actor=actor, text=text, via=via, said_on=said_on))
    made[0].events.add(*events)
    made[1].events.add(events[0])
    made[2].events.add(events[1], events[2])
    unattributed = made[5]
    unattributed.speaker_mention = ""  # no actor and no mention: an empty speaker cell
    unattributed.save()
    source = made[1].source
    source.outlet, source.title, source.url = "=Outlet", "-Title, with comma", "@url"
    source.published_on = None
    source.save()
    source = made[3].source
    source.outlet, source.title, source.url = "", "", ""
    source.save()
    return made


@on_postgresql
def test_copy_writer_is_byte_for_byte_the_python_writer(tricky, monkeypatch):
    monkeypatch.setattr("statements.exports.COPY_FLUSH_ROWS", 3)  # several blocks and a rest
    group = Cluster.objects.create(reports=3)  # two reports and a syndicated copy
    Statement.objects.filter(pk=tricky[1].pk).update(cluster=group, is_lead=False)
    Statement.objects.filter(pk=tricky[0].pk).update(cluster=group)
    queryset = Statement.objects.for_reading()
    assert connection.vendor == "postgresql"
    written = copy_csv(queryset)
    assert written == python_csv(queryset)
    text = written.decode("utf-8")
    assert text.startswith("\ufeffid,said_on,")
    reader = csv.reader(io.StringIO(text[1:], newline=""))
    header = next(reader)
    rows = {int(row[0]): dict(zip(header, row, strict=True)) for row in reader}
    assert len(rows) == len(tricky)
    first, second, lone_cr, starts_cr, plus, unattributed, quote, backslash, emoji, apostrophe = [
        rows[s.pk] for s in tricky
    ]
    assert first["text"] == 'He said "no", then left'
    assert first["speaker"] == "Дмитрий Песков" and first["affiliation"] == "Россия, Кремль"
    assert first["events"] == "'-strike; kursk-incursion; talks" and first["via"] == ""
    assert second["speaker"] == "'=cmd|' /C calc'!A0" and second["speaker_slug"] == "'-minus-slug"
    assert second["affiliation"] == "" and second["via"] == "'\tTelegram"
    assert [second[k] for k in ("outlet", "source_title", "source_url", "published_on")] == [
        "'=Outlet",
        "'-Title, with comma",
        "'@url",
        "",
    ]
    assert second["text"] == "line one\nline two" and second["events"] == "'-strike"
    assert lone_cr["text"] == "lone\rcarriage return" and lone_cr["said_on"] == ""
    assert lone_cr["events"] == "kursk-incursion; talks" and lone_cr["via"] == "'@channel"
    assert starts_cr["text"] == "'\rstarts with CR" and starts_cr["via"] == "'+7 TV"
    assert starts_cr["outlet"] == starts_cr["source_title"] == starts_cr["source_url"] == ""
    assert plus["text"] == "'+380 and\r\nthen more" and plus["via"] == "'-via"
    assert unattributed["speaker"] == unattributed["speaker_slug"] == ""
    assert unattributed["text"] == "'=1+1"
    assert quote["text"] == '"' and quote["via"] == '"quoted"'
    assert backslash["text"] == "\\." and backslash["via"] == " leading space"
    assert emoji["text"] == "«Ура» — 🇺🇦 ends with newline\n" and emoji["via"] == "a;b"
    assert apostrophe["text"] == "'already quoted" and apostrophe["via"] == "'"
    assert first["permalink"] == f"https://warlog.example/statements/{tricky[0].pk}/"
    assert first["cluster_id"] == second["cluster_id"] == str(group.pk)
    assert first["reports"] == second["reports"] == "3"
    assert quote["cluster_id"] == "" and quote["reports"] == "1"  # never grouped: alone
    # Exactly one row per line outside quotes: every row, the header included, ends in CRLF.
    assert text.endswith(",1\r\n") and text.count(",unreviewed,") == len(tricky)


@on_postgresql
def test_csv_view_is_the_copy_of_exactly_the_filtered_view(client, tricky):
    speaker = tricky[0].actor
    response = client.get(f"/statements.csv?actor={speaker.slug}&date_from=2023-01-01")
    assert response.status_code == 200
    expected = Statement.objects.for_reading().filter(
        actor=speaker, said_on__gte=dt.date(2023, 1, 1)
    )
    assert expected.count() == 5  # undated and 2022 statements fall outside the range
    written = b"".join(response.streaming_content)
    reference = csv_chunks(
        export_batches(expected), permalink=("http://testserver/statements/", "/")
    )
    assert written == "".join(reference).encode()


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_copy_closed_early_leaves_the_connection_usable(monkeypatch):
    """A reader who disconnects closes the stream mid-COPY: the COPY is cancelled and the
    connection answers the next query (autocommit, as in a request)."""
    monkeypatch.setattr("statements.exports.COPY_FLUSH_ROWS", 10)
    source = SourceFactory(text="x" * 3001)
    Statement.objects.bulk_create(
        Statement(source=source, text="x", speaker_mention="someone", start=i, end=i + 1)
        for i in range(3000)
    )
    stream = copy_csv_chunks(Statement.objects.for_reading(), permalink=PERMALINK)
    header, first_block = next(stream), next(stream)
    assert header.startswith(b"\xef\xbb\xbfid,") and first_block.count(b"\r\n") == 10
    stream.close()
    assert connection.in_atomic_block is False
    assert Statement.objects.count() == 3000


@on_postgresql
def test_copy_writer_of_a_filter_that_matches_nothing_is_the_header(world):
    for empty in (Statement.objects.none(), Statement.objects.filter(pk__in=[])):
        assert (
            copy_csv(empty) == python_csv(empty) == ("\ufeff" + ",".join(COLUMNS) + "\r\n").encode()
        )


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_a_slow_readers_download_is_never_cut_by_the_statement_timeout(client, settings):
    """Once its 200 is sent a download arrives whole, however slowly it is read: the COPY runs
    without a statement timeout (the export's applies to the queries before it), so the server
    never ends a stream mid-way (a cut stream would still say 200 OK)."""
    source = SourceFactory(text="x" * 3001)
    Statement.objects.bulk_create(  # ~24 MB: more than the socket buffers hold
        Statement(source=source, text="y" * 8000, start=i, end=i + 1) for i in range(3000)
    )
    settings.WARLOG_EXPORT_STATEMENT_TIMEOUT_MS = 200
    response = client.get("/statements.csv")
    assert response.status_code == 200
    chunks = iter(response.streaming_content)
    body = next(chunks) + next(chunks)
    time.sleep(0.5)  # a slow reader: the COPY waits on a full socket meanwhile
    body += b"".join(chunks)
    rows = body.decode("utf-8-sig").splitlines()
    assert len(rows) == 3001
    assert rows[-1].split(",")[7] == "y" * 8000
