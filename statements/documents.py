"""Reading one article file: bytes on disk in, a `Document` (text plus metadata) out.

Everything that can be wrong with an input file is found here, before the database is touched,
and reported as a `DocumentError` naming the file and the reason:

- not a regular file: a symbolic link (its target could be any file the user running ingestion
  may read, which would then be published), a FIFO (reading it would block), a device or a
  socket. Checked by name with `lstat` before opening, and again on the opened descriptor;
- over the size limit, empty, binary, or in an encoding that cannot be told reliably (UTF-16
  and UTF-32 are read when a byte-order mark says so);
- a saved `.html`/`.htm` page from which no main text can be extracted;
- a malformed sidecar: `NAME.json` beside `NAME.txt` holding `url`, `outlet`, `title` and
  `published`, at most `SIDECAR_MAX_BYTES`. `published` is a day (`YYYY-MM-DD`, an ISO
  timestamp, an RFC 2822 date as feeds write it, or "6 March 2023" with its month spelled out),
  or only a month (`YYYY-MM`) or a year (`YYYY`) when that is all the page states. Sidecar
  values win over anything inferred from the text.

Characters XML 1.0 forbids (a stray escape or bell) are removed from the text and the metadata
(`text.xml_safe`), so every output, the Atom feed included, can carry what was stored.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import stat
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from .extraction.dates import metadata_date
from .text import xml_safe

ARTICLE_SUFFIXES = frozenset({".txt", ".html", ".htm"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
SIDECAR_SUFFIX = ".json"
SIDECAR_FIELDS = ("url", "outlet", "title", "published")
SIDECAR_MAX_BYTES = 64 * 1024  # four short strings; anything larger is not a sidecar

# Bytes that never occur in text: C0 controls other than tab, newline, form feed and carriage
# return, plus DEL. One NUL is enough to call a file binary; other controls are tolerated up to
# a small share, since real articles occasionally carry a stray escape character.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_MAX_CONTROL_SHARE = 0.01
_CONTROL_CHARS = frozenset(_CONTROL_BYTES.decode("ascii"))

_WORD = re.compile(r"[^\W\d_]+")


class DocumentError(Exception):
    """An input file that cannot be ingested; `reason` says why in words a user can act on."""

    def __init__(self, path: Path | str, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


@dataclass(frozen=True)
class Document:
    path: Path
    text: str
    encoding: str  # "utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1251", "cp1252" or "latin-1"
    url: str = ""
    outlet: str = ""
    title: str = ""
    published: dt.date | None = None  # from the sidecar (or the page's metadata): trusted
    published_precision: str = "day"  # "month" / "year": a sidecar's "2023-03" / "2023"
    published_evidence: str = ""  # where `published` was read: "sidecar a.json", "page metadata"

    @property
    def file_name(self) -> str:
        return self.path.name


def is_article_path(path: Path) -> bool:
    return path.suffix.lower() in ARTICLE_SUFFIXES


def sidecar_path(path: Path) -> Path:
    """`NAME.json` beside `NAME.txt` (or `NAME.html`)."""
    return path.with_suffix(SIDECAR_SUFFIX)


def read_document(
    path: Path | str, *, max_bytes: int | None = None, sidecar_problems: list[str] | None = None
) -> Document:
    """Read, check and decode one article file, with its sidecar metadata if there is one.

    A sidecar that cannot be used raises `DocumentError`, unless `sidecar_problems` is given:
    then the reason is appended to it and the article is read without the sidecar (`extract`
    shows what the text gives, and says why the metadata was left out)."""
    path = Path(path)
    limit = settings.WARLOG_MAX_ARTICLE_BYTES if max_bytes is None else max_bytes
    if path.suffix.lower() == SIDECAR_SUFFIX:
        raise DocumentError(path, "a .json file is sidecar metadata, not an article")
    data = _read_bytes(path, limit)
    text, encoding = decode_text(data, path=path)
    text = xml_safe(text)
    metadata: dict = {}
    if path.suffix.lower() in HTML_SUFFIXES:
        text, metadata = _main_text_of_page(text, path=path)
    if not text.strip():
        raise DocumentError(path, "empty file (no text)")
    try:
        metadata.update(read_sidecar(path))
    except DocumentError as exc:
        if sidecar_problems is None:
            raise
        sidecar_problems.append(f"{exc.reason}; the sidecar was left out")
    metadata = {k: xml_safe(v) if isinstance(v, str) else v for k, v in metadata.items()}
    return Document(path=path, text=text, encoding=encoding, **metadata)


def _read_bytes(path: Path, limit: int) -> bytes:
    data = read_regular_file(path, limit=limit, reason=lambda why: DocumentError(path, why))
    if len(data) > limit:
        raise DocumentError(path, f"larger than the size limit of {limit:,} bytes")
    if not data.strip():
        raise DocumentError(path, "empty file")
    return data


_NOT_REGULAR = (
    (stat.S_ISLNK, "is a symbolic link; only regular files are read (name the file itself)"),
    (stat.S_ISDIR, "is a directory, not a file"),
    (stat.S_ISFIFO, "is a FIFO (named pipe), not a regular file"),
    (stat.S_ISSOCK, "is a socket, not a regular file"),
    (stat.S_ISCHR, "is a character device, not a regular file"),
    (stat.S_ISBLK, "is a block device, not a regular file"),
)


def not_regular_reason(mode: int) -> str | None:
    """Why a file of this `st_mode` is not read (None for a regular file)."""
    if stat.S_ISREG(mode):
        return None
    for test, reason in _NOT_REGULAR:
        if test(mode):
            return reason
    return "is not a regular file"


def read_regular_file(path: Path, *, limit: int, reason) -> bytes:
    """Up to `limit + 1` bytes of `path`, which must be a regular file itself.

    The name is checked with `lstat` before opening (a symlink is never followed, a FIFO never
    opened), and the descriptor with `fstat` after (the name may have been swapped in between:
    O_NOFOLLOW refuses a symlink put there, O_NONBLOCK keeps a FIFO from blocking the open).
    `reason(why)` builds the exception raised.
    """
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        raise reason("no such file") from None
    except OSError as exc:
        raise reason(f"cannot be read ({exc.strerror or exc})") from None
    if why := not_regular_reason(mode):
        raise reason(why)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise reason(f"cannot be read ({exc.strerror or exc})") from None
    with os.fdopen(fd, "rb") as fh:
        if why := not_regular_reason(os.fstat(fh.fileno()).st_mode):
            raise reason(why)
        try:
            return fh.read(limit + 1)
        except OSError as exc:
            raise reason(f"cannot be read ({exc.strerror or exc})") from None


# --------------------------------------------------------------------------- encodings


# Byte-order marks of the encodings whose text holds NUL bytes (UTF-32 first: its little-endian
# mark begins with UTF-16's).
_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def decode_text(data: bytes, *, path: Path | str = "") -> tuple[str, str]:
    """Decode article bytes: UTF-8 (with or without BOM), UTF-16 or UTF-32 with a BOM, else
    cp1251 or latin-1 when the bytes tell which one reliably. Binary data and undecidable text
    raise `DocumentError`."""
    for bom, encoding in _WIDE_BOMS:
        if data.startswith(bom):
            return _decode_wide(data, encoding, path=path), encoding
    if b"\x00" in data:
        if _looks_like_utf16(data):
            raise DocumentError(
                path, "looks like UTF-16 text without a byte-order mark; save it as UTF-8"
            )
        raise DocumentError(path, "binary data (NUL bytes), not text")
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls / len(data) > _MAX_CONTROL_SHARE:
        raise DocumentError(path, f"binary data ({controls} control characters), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise DocumentError(path, f"has a UTF-8 BOM but is not valid UTF-8 ({exc})") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    cyrillic = _try_decode(data, "cp1251")
    western = _try_decode(data, "cp1252") or _latin1_without_c1(data)
    candidates = [
        (text, encoding)
        for text, encoding in (cyrillic, western)
        if text is not None and _reads_as(text, encoding)
    ]
    if len(candidates) == 1:
        return candidates[0]
    if len(candidates) == 2 and _same_letters(candidates[0][0], candidates[1][0]):
        return candidates[1]
    if not candidates:
        raise DocumentError(
            path, "not UTF-8, and not readable as cp1251 or latin-1 text (undecodable bytes)"
        )
    raise DocumentError(
        path, "not UTF-8, and cp1251 and latin-1 both look plausible: encoding is ambiguous"
    )


def _decode_wide(data: bytes, encoding: str, *, path: Path | str) -> str:
    """UTF-16/32 announced by its byte-order mark (Python's codec reads the mark)."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DocumentError(
            path, f"has a {encoding.upper()} byte-order mark but is not valid {encoding} ({exc})"
        ) from None
    if "\x00" in text:
        raise DocumentError(path, "binary data (NUL characters), not text")
    controls = sum(1 for ch in text if ch in _CONTROL_CHARS)
    if text and controls / len(text) > _MAX_CONTROL_SHARE:
        raise DocumentError(path, f"binary data ({controls} control characters), not text")
    return text


def _looks_like_utf16(data: bytes) -> bool:
    """Text in UTF-16 without a mark: most of the even (or odd) bytes are NUL."""
    sample = data[:4096]
    half = len(sample) // 2
    return half >= 8 and max(sample[0::2].count(0), sample[1::2].count(0)) > 0.6 * half


def _try_decode(data: bytes, encoding: str) -> tuple[str | None, str]:
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        return None, encoding


def _latin1_without_c1(data: bytes) -> tuple[str | None, str]:
    """Latin-1 decodes any byte; C1 control characters mean it is the wrong guess."""
    text = data.decode("latin-1")
    if any("\x80" <= ch <= "\x9f" for ch in text):
        return None, "latin-1"
    return text, "latin-1"


def _script(ch: str) -> str:
    if ch.isascii():
        return "ascii"
    name = unicodedata.name(ch, "")
    return "cyrillic" if name.startswith("CYRILLIC") else "latin" if "LATIN" in name else "other"


def _reads_as(text: str, encoding: str) -> bool:
    """Whether the words of a decoded text look like real words of the encoding's languages.

    Wrongly decoded text betrays itself word by word: German "Müller" read as cp1251 gives
    "Mьller" (Cyrillic inside a Latin word); Russian "Путин" read as latin-1 gives "Ïóòèí" (a
    word of accented letters only, which no Western language writes). A decoding is plausible
    when almost none of its words containing non-ASCII letters look like that."""
    suspicious = telling = 0
    for word in _WORD.findall(text):
        scripts = {_script(ch) for ch in word}
        if scripts <= {"ascii"}:
            continue
        telling += 1
        if "other" in scripts:
            suspicious += 1
        elif encoding == "cp1251":
            suspicious += scripts != {"cyrillic"}
        else:
            accented_only = scripts == {"latin"} and len(word) >= 3
            suspicious += accented_only or "cyrillic" in scripts
    return suspicious <= telling * 0.05


def _same_letters(a: str, b: str) -> bool:
    """Two decodings that differ only in punctuation (cp1251 and cp1252 share their quotes and
    dashes) are equally right, so the choice between them does not matter."""
    return [ch for ch in a if ch.isalpha()] == [ch for ch in b if ch.isalpha()]


# --------------------------------------------------------------------------- html pages


def _main_text_of_page(html: str, *, path: Path, url: str | None = None) -> tuple[str, dict]:
    """The article body of a saved web page (without menus, teasers and footers) and what the
    page says about itself (title, site name, canonical URL, date). `url`: where the page was
    fetched from (a date in its path counts)."""
    import trafilatura  # imported here: slow to import, and only HTML input needs it

    with _quiet("trafilatura"):  # "discarding data: None" on stderr says what our error says
        extracted = trafilatura.bare_extraction(
            html,
            url=url,
            include_comments=False,
            include_tables=False,
            with_metadata=True,
            # Only a date the page states about itself, not one guessed from its footer.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    text = (getattr(extracted, "text", None) or "").strip() if extracted else ""
    if not text:
        raise DocumentError(path, "no article text found in the HTML page")
    metadata: dict = {}
    title = getattr(extracted, "title", None)
    if title:
        metadata["title"] = title.strip()
    sitename = getattr(extracted, "sitename", None)
    if sitename:
        metadata["outlet"] = sitename.strip()
    url = getattr(extracted, "url", None)
    if url and _is_url(url):
        metadata["url"] = url
    date = getattr(extracted, "date", None)
    if date and (published := _parse_date(date)):
        metadata["published"] = published
        metadata["published_evidence"] = date_evidence(html, published, url=url)
    return text + "\n", metadata


# Where a page states its publication date, in the order they are looked at. Each is
# (what the evidence says, attribute holding the key, key) for <meta> tags.
PAGE_DATE_META = (
    ("article:published_time", "property", "article:published_time"),
    ("og:published_time", "property", "og:published_time"),
    ("itemprop datePublished", "itemprop", "datepublished"),
    ("meta date", "name", "date"),
    ("meta pubdate", "name", "pubdate"),
    ("meta publishdate", "name", "publishdate"),
    ("meta dc.date.issued", "name", "dc.date.issued"),
    ("meta dcterms.created", "name", "dcterms.created"),
    ("meta parsely-pub-date", "name", "parsely-pub-date"),
    ("meta sailthru.date", "name", "sailthru.date"),
)
_JSON_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')


def date_evidence(html: str, published: dt.date, *, url: str | None = None) -> str:
    """Where the page states `published`: "page metadata: article:published_time", "page
    metadata: JSON-LD datePublished", "page URL: /2023/11/10/"...; "page metadata" when the
    date was read from elsewhere in the page."""
    from lxml import html as lxml_html

    day = published.isoformat()
    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return "page metadata"
    for label, attribute, key in PAGE_DATE_META:
        for meta in tree.iter("meta"):
            if (meta.get(attribute) or "").strip().lower() == key and (
                meta.get("content") or ""
            ).strip().startswith(day):
                return f"page metadata: {label}"
    for script in tree.iter("script"):
        is_json_ld = (script.get("type") or "").lower() == "application/ld+json"
        if is_json_ld and any(v.startswith(day) for v in _JSON_LD_DATE.findall(script.text or "")):
            return "page metadata: JSON-LD datePublished"
    for time_tag in tree.iter("time"):
        if (time_tag.get("datetime") or "").startswith(day):
            return "page metadata: <time datetime>"
    path_date = f"/{published:%Y/%m/%d}/"
    if url and path_date in urlsplit(url).path + "/":
        return f"page URL: {path_date}"
    return "page metadata"


def read_page(*, content: bytes, url: str, charset: str | None = None) -> Document:
    """A page fetched from the web: its bytes as received, the URL they came from (after
    redirects, normalised) and the charset the server declared. What the page says about itself
    is trusted like a sidecar; the URL is the one fetched, not the page's canonical link."""
    name = Path(urlsplit(url).path.rstrip("/")).name or (urlsplit(url).hostname or "page")
    label = Path(name)
    if not content.strip():
        raise DocumentError(label, "empty page")
    text, encoding = _decode_page(content, charset, label)
    text, metadata = _main_text_of_page(text, path=label, url=url)
    metadata["url"] = url
    return Document(path=label, text=text, encoding=encoding, **metadata)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _decode_page(content: bytes, charset: str | None, label: Path) -> tuple[str, str]:
    """The charset the server declared, else the page's <meta charset>, else the file rules."""
    if b"\x00" in content:
        raise DocumentError(label, "binary data (NUL bytes), not text")
    declared = [charset] if charset else []
    if match := _META_CHARSET.search(content[:4096]):
        declared.append(match.group(1).decode("ascii"))
    for name in declared:
        try:
            return content.decode(name), name.lower()
        except (LookupError, UnicodeDecodeError):
            continue
    return decode_text(content, path=label)


@contextmanager
def _quiet(name: str):
    """Silence a library's logger (and its children) for the duration of a call."""
    logger = logging.getLogger(name)
    disabled = logger.disabled
    logger.disabled = True
    children = [
        child
        for key, child in logging.Logger.manager.loggerDict.items()
        if key.startswith(name + ".") and isinstance(child, logging.Logger)
    ]
    states = [child.disabled for child in children]
    for child in children:
        child.disabled = True
    try:
        yield
    finally:
        logger.disabled = disabled
        for child, state in zip(children, states, strict=True):
            child.disabled = state


# --------------------------------------------------------------------------- sidecars


def read_sidecar(path: Path) -> dict:
    """The metadata in `NAME.json` beside `path`, as `Document` keyword arguments ({} if none)."""
    sidecar = sidecar_path(path)
    if not os.path.lexists(sidecar):
        return {}
    data = read_regular_file(
        sidecar,
        limit=SIDECAR_MAX_BYTES,
        reason=lambda why: DocumentError(path, f"sidecar {sidecar.name} {why}"),
    )
    if len(data) > SIDECAR_MAX_BYTES:
        raise DocumentError(
            path,
            f"sidecar {sidecar.name} is larger than the sidecar limit of "
            f"{SIDECAR_MAX_BYTES:,} bytes",
        )
    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise DocumentError(path, f"sidecar {sidecar.name} cannot be read ({exc})") from None
    except json.JSONDecodeError as exc:
        raise DocumentError(path, f"sidecar {sidecar.name} is not valid JSON ({exc})") from None
    if not isinstance(raw, dict):
        raise DocumentError(path, f"sidecar {sidecar.name} must hold a JSON object")
    metadata: dict = {}
    for key in SIDECAR_FIELDS:
        value = raw.get(key)
        if value in (None, ""):
            continue
        if not isinstance(value, str):
            raise DocumentError(path, f"sidecar {sidecar.name}: {key!r} must be a string")
        metadata[key] = value.strip()
    if "url" in metadata and not _is_url(metadata["url"]):
        # "www.example.com/a" as copied from an address bar: the web address it names.
        if "://" not in metadata["url"] and _is_url(f"https://{metadata['url']}"):
            metadata["url"] = f"https://{metadata['url']}"
        else:
            raise DocumentError(path, f"sidecar {sidecar.name}: {metadata['url']!r} is not a URL")
    if "published" in metadata:
        try:
            published, precision = metadata_date(metadata["published"])
        except ValueError as exc:
            raise DocumentError(
                path, f"sidecar {sidecar.name}: published {metadata['published']!r} {exc}"
            ) from None
        metadata["published"] = published
        metadata["published_precision"] = precision
        metadata["published_evidence"] = f"sidecar {sidecar.name}"
    return metadata


def _parse_date(value: str) -> dt.date | None:
    """A day a page's or a feed's metadata gives (`extraction.dates.metadata_date`'s forms);
    None for anything else, a month or a year alone included."""
    try:
        day, precision = metadata_date(value)
    except ValueError:
        return None
    return day if precision == "day" else None


def _is_url(value: str) -> bool:
    try:
        URLValidator(schemes=["http", "https"])(value)
    except ValidationError:
        return False
    return True


def outlet_from_url(url: str) -> str:
    """A guess at the outlet when nothing names it: the site's host ("www.bbc.com" → "bbc.com")."""
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")
