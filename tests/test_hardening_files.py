"""Issue 10, files: only regular files are read (symlinks, FIFOs, devices refused by name and
never opened), sidecars are bounded, UTF-16 is read, controls XML forbids are stripped, and an
over-long title is reported."""

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from statements.documents import SIDECAR_MAX_BYTES, DocumentError, decode_text, read_document
from statements.ingest import ingest_paths
from statements.models import Source, Statement
from tests.ingest_cli import run

ARTICLE = (
    "Talks stall\n\n"
    "Dmitry Peskov said: “It is impossible to defeat Russia on the battlefield, everyone knows.”\n"
)
SECRET = "root:$6$secret-hash-of-the-server:19000:0:99999:7:::\n"
ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.usefixtures("small_gazetteer")


def reason_for(path):
    with pytest.raises(DocumentError) as info:
        read_document(path)
    return info.value.reason


@pytest.fixture
def secret(tmp_path):
    """A file that must never be published (stands in for /etc/shadow)."""
    path = tmp_path / "private" / "shadow"
    path.parent.mkdir()
    path.write_text(SECRET)
    return path


# --------------------------------------------------------------------------- not regular files


@pytest.mark.django_db
def test_a_symlink_named_on_the_command_line_is_refused_and_its_target_not_stored(tmp_path, secret):
    link = tmp_path / "x.txt"
    link.symlink_to(secret)
    _, stderr, error = run(link)
    assert f"rejected {link}: is a symbolic link" in stderr
    assert error is not None and error.returncode == 1
    assert Source.objects.count() == 0


@pytest.mark.django_db
def test_a_symlink_inside_an_ingested_folder_is_refused_by_name(tmp_path, secret):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE)
    (folder / "leak.txt").symlink_to(secret)
    _, stderr, error = run(folder)
    assert f"rejected {folder / 'leak.txt'}: is a symbolic link" in stderr
    assert list(Source.objects.values_list("file_name", flat=True)) == ["good.txt"]
    assert not Source.objects.filter(text__contains="secret-hash").exists()
    assert error.returncode == 1


@pytest.mark.django_db
def test_a_symlinked_sidecar_is_refused(tmp_path, secret):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "a.json").symlink_to(secret)
    assert (
        reason_for(tmp_path / "a.txt")
        == "sidecar a.json is a symbolic link; only regular files are read (name the file itself)"
    )


def test_a_fifo_named_on_the_command_line_is_refused_without_blocking(tmp_path):
    """In a subprocess with a timeout: before the fix, opening the FIFO blocked forever."""
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True, timeout=120
    )
    done = subprocess.run(
        [sys.executable, "manage.py", "ingest", str(fifo)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert f"rejected {fifo}: is a FIFO (named pipe), not a regular file" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.django_db
def test_a_fifo_and_a_device_inside_a_folder_are_refused_by_name(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    (folder / "null.txt").symlink_to("/dev/null")
    result = ingest_paths(paths=[folder])
    assert sorted((p.name, reason) for p, reason in result.rejected) == [
        ("null.txt", "is a symbolic link; only regular files are read (name the file itself)"),
        ("pipe.txt", "is a FIFO (named pipe), not a regular file"),
    ]


def test_a_device_is_refused(tmp_path):
    assert reason_for(Path("/dev/null")) == "is a character device, not a regular file"


# --------------------------------------------------------------------------- sidecars


def test_a_sidecar_over_the_limit_is_refused_with_a_clear_reason(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "a.json").write_text(json.dumps({"title": "x" * (SIDECAR_MAX_BYTES + 1)}))
    assert reason_for(tmp_path / "a.txt") == (
        f"sidecar a.json is larger than the sidecar limit of {SIDECAR_MAX_BYTES:,} bytes"
    )


@pytest.mark.django_db
def test_an_over_long_title_is_stored_cut_with_a_warning_in_the_output(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "a.json").write_text(json.dumps({"title": "T" * 2000}))
    stdout, _, error = run(tmp_path / "a.txt")
    assert error is None
    assert (
        f"{tmp_path / 'a.txt'}: the title is 2,000 characters long; only its first 500 were stored"
        in stdout
    )
    assert Source.objects.get().title == "T" * 500


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_decoded(tmp_path, encoding):
    data = ARTICLE.encode(encoding)
    if encoding.endswith(("-le", "-be")):  # these codecs write no mark: add it
        data = ("\ufeff").encode(encoding) + data
    document = read_document(_write(tmp_path / "a.txt", data))
    assert document.text == ARTICLE
    assert document.encoding == encoding[:6]


def test_utf16_without_a_byte_order_mark_is_refused_naming_the_real_reason():
    with pytest.raises(DocumentError) as info:
        decode_text(ARTICLE.encode("utf-16-le"))
    assert info.value.reason == "looks like UTF-16 text without a byte-order mark; save it as UTF-8"


def test_real_binary_data_is_still_binary():
    with pytest.raises(DocumentError, match=r"binary data \(NUL bytes\)"):
        decode_text(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


# --------------------------------------------------------------------------- control characters


@pytest.mark.django_db
def test_escape_and_bell_are_stripped_at_ingestion(tmp_path):
    article = ARTICLE + "He spoke to reporters in Moscow on Friday afternoon. " * 8 + "\n"
    text = article.replace("impossible", "impos\x1b[0msible\x07")  # a copy from a terminal
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "a.json").write_text(json.dumps({"title": "Talks\x1b stall", "outlet": "A\x07P"}))
    result = ingest_paths(paths=[tmp_path / "a.txt"])
    assert result.files_ingested == 1
    source = Source.objects.get()
    assert source.text == article.replace("impossible", "impos[0msible")
    assert (source.title, source.outlet) == ("Talks stall", "AP")
    assert "\x1b" not in Statement.objects.get().text


# --------------------------------------------------------------------------- quiet


@pytest.mark.django_db
def test_html_without_text_is_rejected_without_noise_on_stderr(tmp_path, capfd, caplog):
    page = _write(tmp_path / "empty.html", b"<html><body><p></p></body></html>")
    with caplog.at_level(logging.DEBUG):
        _, stderr, _ = run(page)
    assert stderr.strip() == f"rejected {page}: no article text found in the HTML page"
    assert "discarding data" not in capfd.readouterr().err
    assert not [r for r in caplog.records if r.name.startswith("trafilatura")]


def _write(path, data: bytes):
    path.write_bytes(data)
    return path
