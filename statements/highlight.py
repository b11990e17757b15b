"""Article text with statement spans marked up, built safely in Python.

Every character of the article goes through `escape`; only the `<mark>`/`<a>` tags we add are
markup. Spans may nest (a quote inside a longer reported statement) and become nested marks;
a span that starts inside an earlier one and runs past its end is marked up to that end, so
the HTML stays well formed and every statement keeps exactly one anchor (`id="s<pk>"`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class Span:
    pk: int
    start: int
    end: int
    label: str  # who said it, for the small link after the mark
    url: str


def _clip(spans: Iterable[Span], lo: int, hi: int) -> list[Span]:
    """Spans clipped to [lo, hi), outermost first; empty ones dropped."""
    clipped = [
        Span(s.pk, max(s.start, lo), min(s.end, hi), s.label, s.url)
        for s in spans
        if max(s.start, lo) < min(s.end, hi)
    ]
    return sorted(clipped, key=lambda s: (s.start, -s.end, s.pk))


def _render(text: str, lo: int, hi: int, spans: list[Span], mark: Callable) -> str:
    """Escaped text[lo:hi] with `spans` (clipped, sorted) marked; nested spans nest."""
    out, cursor, i = [], lo, 0
    while i < len(spans):
        span, i = spans[i], i + 1
        children = []
        while i < len(spans) and spans[i].start < span.end:
            children.append(spans[i])
            i += 1
        out.append(escape(text[cursor : span.start]))
        inner = _render(text, span.start, span.end, _clip(children, span.start, span.end), mark)
        out.append(mark(span, inner))
        cursor = span.end
    out.append(escape(text[cursor:hi]))
    return "".join(out)


def _article_mark(span: Span, inner: str) -> str:
    return format_html(
        '<mark id="s{}" class="span">{}<a class="span-ref" href="{}" title="Statement by {}">{}</a></mark>',
        span.pk,
        mark_safe(inner),  # noqa: S308 — `inner` was built from escaped text by _render
        span.url,
        span.label,
        span.label,
    )


def marked_text(text: str, spans: Iterable[Span]) -> SafeString:
    """The whole `text`, HTML-escaped, with each span in `<mark id="s<pk>">`.

    Spans outside the text are ignored rather than guessed at.
    """
    valid = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    return mark_safe(_render(text, 0, len(text), _clip(valid, 0, len(text)), _article_mark))  # noqa: S308


def _quote_mark(span: Span, inner: str) -> str:
    return format_html('<mark class="span">{}</mark>', mark_safe(inner))  # noqa: S308


def context_of(
    text: str, start: int, end: int, *, reach: int = 600
) -> tuple[SafeString, bool, bool]:
    """The paragraph around [start, end) with that span marked; long paragraphs are trimmed to
    about `reach` characters either side. Returns (html, trimmed_before, trimmed_after)."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end == -1 else para_end
    lo, hi = max(para_start, start - reach), min(para_end, end + reach)
    if lo > para_start:  # start at a word boundary
        space = text.find(" ", lo, start)
        lo = space + 1 if space != -1 else lo
    if hi < para_end:
        space = text.rfind(" ", end, hi)
        hi = space if space != -1 else hi
    span = Span(pk=0, start=start, end=end, label="", url="")
    html = _render(text, lo, hi, _clip([span], lo, hi), _quote_mark)
    return mark_safe(html.strip()), lo > para_start, hi < para_end  # noqa: S308
