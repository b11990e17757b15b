"""Text that every output can carry: characters XML 1.0 forbids removed.

XML 1.0 allows tab, line feed and carriage return among the C0 controls, and nothing else;
U+FFFE and U+FFFF are not characters at all. Articles occasionally hold a stray escape or bell
(a copy-paste from a terminal, a broken CMS export): those are removed at ingestion, and once
more when the Atom feed is written, so no stored or typed value can break the XML.
"""

from __future__ import annotations

import re

# Vertical tab and form feed break lines: they become a line feed. Everything else XML 1.0
# forbids is dropped.
_LINE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(value: str) -> str:
    """`value` without the characters XML 1.0 forbids (VT and FF become line feeds)."""
    if not XML_FORBIDDEN.search(value):
        return value
    return XML_FORBIDDEN.sub("", value.translate(_LINE_BREAKS))


def has_xml_forbidden(value: str) -> bool:
    return XML_FORBIDDEN.search(value) is not None
