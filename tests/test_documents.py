"""Reading one input file: size, emptiness, binary data, encodings, HTML pages, sidecars."""

import datetime as dt
import json

import pytest

from statements.documents import DocumentError, decode_text, read_document

QUOTE = "Dmitry Peskov said: “It is impossible to defeat Russia on the battlefield.”\n"
RUSSIAN = "Песков заявил: «Победить Россию на поле боя невозможно». Об этом сообщает РИА Новости.\n"
FRENCH = "Le président Macron a déclaré à la presse : « Nous soutiendrons l'Ukraine ».\n"

PAGE = """<html><head><title>Peskov speaks | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2023-11-10T09:30:00+00:00">
<link rel="canonical" href="https://news.example/peskov-speaks"></head>
<body><nav>Home | World | Sport | Subscribe now</nav>
<article><h1>Peskov speaks</h1>
<p>Kremlin spokesman Dmitry Peskov said: “It is impossible to defeat Russia on the battlefield,”
speaking to journalists in Moscow on Friday afternoon.</p>
<p>He added that talks with Kyiv were not on the agenda and that the West should accept this
reality sooner rather than later, according to the Kremlin's transcript.</p></article>
<footer>Copyright Example News. All rights reserved. Cookie settings.</footer></body></html>"""


def write(path, data):
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def reason_for(path, **kwargs):
    with pytest.raises(DocumentError) as info:
        read_document(path, **kwargs)
    assert info.value.path == path
    return info.value.reason


# --------------------------------------------------------------------------- encodings


def test_utf8_with_and_without_bom_reads_the_same_text(tmp_path):
    plain = read_document(write(tmp_path / "a.txt", QUOTE))
    bom = read_document(write(tmp_path / "b.txt", b"\xef\xbb\xbf" + QUOTE.encode()))
    assert plain.text == bom.text == QUOTE
    assert (plain.encoding, bom.encoding) == ("utf-8", "utf-8-sig")


def test_cp1251_cyrillic_is_decoded_correctly(tmp_path):
    document = read_document(write(tmp_path / "ru.txt", RUSSIAN.encode("cp1251")))
    assert document.text == RUSSIAN
    assert document.encoding == "cp1251"


def test_latin1_western_text_is_decoded_correctly(tmp_path):
    document = read_document(write(tmp_path / "fr.txt", FRENCH.encode("latin-1")))
    assert document.text == FRENCH
    assert document.encoding in {"cp1252", "latin-1"}


def test_cp1252_quotes_and_dashes_decode(tmp_path):
    text = "Peskov said: “It is impossible” – and he meant it.\n"
    assert read_document(write(tmp_path / "q.txt", text.encode("cp1252"))).text == text


@pytest.mark.parametrize(
    "data",
    [
        b"Peskov said \x81\x8d\x98\x9d\x8f\x90 nothing at all",
        bytes(range(0x80, 0x100)) * 4,
    ],
)
def test_undecodable_bytes_are_rejected(tmp_path, data):
    reason = reason_for(write(tmp_path / "x.txt", data))
    assert "not UTF-8" in reason


def test_decode_text_names_the_problem_for_binary_data():
    with pytest.raises(DocumentError, match="NUL"):
        decode_text(b"GIF89a\x00\x01\x02 Peskov said")
    with pytest.raises(DocumentError, match="control characters"):
        decode_text(b"\x01\x02\x03\x04\x05\x06\x07\x08" * 5 + b"Peskov said something")


# --------------------------------------------------------------------------- file checks


def test_empty_and_blank_files_are_rejected(tmp_path):
    assert "empty" in reason_for(write(tmp_path / "empty.txt", b""))
    assert "empty" in reason_for(write(tmp_path / "blank.txt", b" \n\t\n"))


def test_binary_file_is_rejected(tmp_path):
    assert "binary" in reason_for(write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00IHDR"))


def test_size_limit_from_settings_and_from_argument(tmp_path, settings):
    path = write(tmp_path / "long.txt", QUOTE * 10)
    settings.WARLOG_MAX_ARTICLE_BYTES = 100
    assert "size limit of 100 bytes" in reason_for(path)
    assert read_document(path, max_bytes=10_000).text == QUOTE * 10
    settings.WARLOG_MAX_ARTICLE_BYTES = 10_000
    assert "size limit of 50 bytes" in reason_for(path, max_bytes=50)


def test_missing_path_and_directory_are_rejected(tmp_path):
    assert reason_for(tmp_path / "nope.txt") == "no such file"
    (tmp_path / "dir.txt").mkdir()
    assert "directory" in reason_for(tmp_path / "dir.txt")


def test_a_sidecar_is_not_an_article(tmp_path):
    assert "sidecar" in reason_for(write(tmp_path / "a.json", "{}"))


# --------------------------------------------------------------------------- html pages


def test_html_page_gives_its_main_text_without_menus_and_footers(tmp_path):
    document = read_document(write(tmp_path / "page.html", PAGE))
    assert "Dmitry Peskov said: “It is impossible to defeat Russia" in document.text
    assert "Subscribe now" not in document.text
    assert "Cookie settings" not in document.text
    assert document.title.startswith("Peskov speaks")
    assert document.url == "https://news.example/peskov-speaks"
    assert document.published == dt.date(2023, 11, 10)
    assert document.published_evidence == "page metadata: article:published_time"


def test_html_page_without_article_text_is_rejected(tmp_path):
    assert "no article text" in reason_for(write(tmp_path / "blank.htm", "<html><body></body>"))


# --------------------------------------------------------------------------- sidecars


def test_sidecar_metadata_is_read(tmp_path):
    path = write(tmp_path / "a.txt", QUOTE)
    meta = {
        "url": "https://news.example/a",
        "outlet": "Example News",
        "title": "Peskov speaks",
        "published": "2023-11-10",
        "ignored": 1,
    }
    write(tmp_path / "a.json", json.dumps(meta))
    document = read_document(path)
    assert (document.url, document.outlet, document.title) == (
        "https://news.example/a",
        "Example News",
        "Peskov speaks",
    )
    assert document.published == dt.date(2023, 11, 10)
    assert document.published_evidence == "sidecar a.json"


def test_a_sidecar_url_without_its_scheme_is_a_web_address(tmp_path):
    path = write(tmp_path / "a.txt", QUOTE)
    write(tmp_path / "a.json", json.dumps({"url": "www.news.example/a?id=1"}))
    assert read_document(path).url == "https://www.news.example/a?id=1"


def test_sidecar_wins_over_the_html_page(tmp_path):
    path = write(tmp_path / "page.html", PAGE)
    sidecar = {"title": "Edited title", "outlet": "Wire", "published": "2023-11-12"}
    write(tmp_path / "page.json", json.dumps(sidecar))
    document = read_document(path)
    assert (document.title, document.outlet) == ("Edited title", "Wire")
    assert (document.published, document.published_evidence) == (
        dt.date(2023, 11, 12),
        "sidecar page.json",
    )


@pytest.mark.parametrize(
    ("published", "read"),
    [
        ("2023-03-06", (dt.date(2023, 3, 6), "day")),
        ("2023-03-06T23:30:00+02:00", (dt.date(2023, 3, 6), "day")),
        ("Mon, 06 Mar 2023 10:00:00 GMT", (dt.date(2023, 3, 6), "day")),
        ("6 March 2023", (dt.date(2023, 3, 6), "day")),
        ("March 6, 2023", (dt.date(2023, 3, 6), "day")),
        ("2023-03", (dt.date(2023, 3, 1), "month")),
        ("2023", (dt.date(2023, 1, 1), "year")),
        ("2023/03/06", (dt.date(2023, 3, 6), "day")),
        ("2023-3-6", (dt.date(2023, 3, 6), "day")),
        ("06.03.2023", (dt.date(2023, 3, 6), "day")),
        ("25/10/2022", (dt.date(2022, 10, 25), "day")),
        ("10/25/2022 1:20:00 PM", (dt.date(2022, 10, 25), "day")),
        ("1678097640", (dt.date(2023, 3, 6), "day")),
        ("Published: March 6, 2023", (dt.date(2023, 3, 6), "day")),
        ("Updated on 2023-03-06", (dt.date(2023, 3, 6), "day")),
        ("March 2023", (dt.date(2023, 3, 1), "month")),
    ],
)
def test_sidecar_published_as_feeds_and_pages_write_it(tmp_path, published, read):
    path = write(tmp_path / "a.txt", QUOTE)
    write(tmp_path / "a.json", json.dumps({"published": published}))
    document = read_document(path)
    assert (document.published, document.published_precision) == read


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('{"url": "https://news.example/a",', "not valid JSON"),
        ('["https://news.example/a"]', "JSON object"),
        ('{"published": "10/11/2023"}', "'10/11/2023' is ambiguous: day/month or month/day?"),
        ('{"published": "2023-02-30"}', "is not a date"),
        ('{"published": "31.02.2023"}', "'31.02.2023' is not a date (no such day)"),
        ('{"published": "2023-13"}', "is not a date"),
        ('{"published": "sometime in spring"}', "is not a date"),
        ('{"url": "not a url"}', "is not a URL"),
        ('{"url": "ftp://news.example/a"}', "is not a URL"),
        ('{"title": 42}', "'title' must be a string"),
    ],
)
def test_bad_sidecar_rejects_the_file_naming_sidecar_and_problem(tmp_path, content, problem):
    path = write(tmp_path / "a.txt", QUOTE)
    write(tmp_path / "a.json", content)
    reason = reason_for(path)
    assert "sidecar a.json" in reason
    assert problem in reason
