"""Paragraphs that remember their parsing and line breaking, by content; tables that
remember their measuring.

A caseload's plans repeat most of their text: column heads, statuses, course titles,
glossary entries, program tables. In a batch of 40 plans, 87% of the paragraphs are
repeats and 25,000 line breakings come down to about 1,100 distinct (text, style, width)
cases. ``CachedParagraph`` parses a (markup, style) once and breaks it into lines once
per width for the life of the process; later paragraphs with the same content share the
result. Within one PDF, a paragraph equal to one drawn before writes that one's page
operators again (``draw_memo``).

The key is the content, not the object: the markup, every attribute of the style (so two
equal styles built for two documents share entries, and a changed style never hits an old
entry) and the bullet. Shared results are only read: a paragraph that has to split across
pages (reportlab edits the words of a split) first parses its own copy again and breaks
it uncached. Both caches are bounded (the oldest entries go first).
"""

from __future__ import annotations

import threading
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table
from reportlab.platypus.paragraph import cleanBlockQuotedText

from counselor_app.reports.draw_memo import draw_flowable_once

_LIMIT = 20_000
_lock = threading.Lock()
_parsed: dict[tuple[Any, ...], tuple[Any, ...]] = {}
_lines: dict[tuple[Any, ...], tuple[Any, ...]] = {}
_KEY_ATTR = "_counselor_layout_key"


def style_key(style: ParagraphStyle) -> str:
    """Every attribute of the style, as text (computed once per style object)."""
    found = style.__dict__.get(_KEY_ATTR)
    if found is None:
        found = repr(sorted((k, repr(v)) for k, v in vars(style).items()
                            if k not in (_KEY_ATTR, "name", "parent")))
        style.__dict__[_KEY_ATTR] = found
    return found


def _put(cache: dict[tuple[Any, ...], tuple[Any, ...]], key: tuple[Any, ...],
         value: tuple[Any, ...]) -> None:
    with _lock:
        cache[key] = value
        while len(cache) > _LIMIT:  # the oldest entry first (dicts keep their order)
            del cache[next(iter(cache))]


def clear() -> None:
    with _lock:
        _parsed.clear()
        _lines.clear()


def cache_sizes() -> tuple[int, int]:
    """(parsed paragraphs, line breakings) held now."""
    with _lock:
        return len(_parsed), len(_lines)


class CachedParagraph(Paragraph):
    """A ``Paragraph`` whose parse and line breaks are shared with equal paragraphs."""

    def __init__(self, text: Any, style: ParagraphStyle | None = None,
                 bulletText: Any = None, frags: Any = None,  # noqa: N803 (reportlab API)
                 caseSensitive: int = 1, encoding: str = "utf8") -> None:  # noqa: N803
        self._uncached = frags is not None or style is None or not isinstance(text, str)
        if self._uncached:  # reportlab's own split halves, or an unusual call: as is
            super().__init__(text, style, bulletText, frags, caseSensitive, encoding)
            return
        assert style is not None
        bullet = bulletText or getattr(style, "bulletText", None)
        self._source = (text, style, bulletText)
        self._key = (text, style_key(style), caseSensitive,
                     bullet if isinstance(bullet, str) or bullet is None else id(bullet))
        self.caseSensitive = caseSensitive
        self.encoding = encoding
        found = _parsed.get(self._key) if isinstance(bullet, (str, type(None))) else None
        if found is None:
            self._setup(text, style, bullet, None, cleanBlockQuotedText)
            if isinstance(bullet, (str, type(None))):
                _put(_parsed, self._key, (self.text, self.frags, self.style, self.bulletText))
        else:
            self.text, self.frags, self.style, self.bulletText = found
            self.debug = 0
        self._parsed = self.frags  # line breaking may replace frags with its word list

    def breakLines(self, width: Any) -> Any:  # noqa: N802 (reportlab API)
        if self._uncached:
            return super().breakLines(width)
        widths = tuple(width) if isinstance(width, (list, tuple)) else (width,)
        key = (self._key, widths, self.frags is self._parsed)
        found = _lines.get(key)  # one dict lookup is atomic: no lock to read
        self._lines_key = key
        if found is not None:
            lines, self.frags, self._width_max = found
            self.height = 0
            self._splitLongWordCount = self._hyphenations = 0
            return lines
        lines = super().breakLines(width)
        _put(_lines, key, (lines, self.frags, self._width_max))
        return lines

    def draw(self) -> None:
        key = self.__dict__.get("_lines_key")
        if key is None or self._uncached:
            super().draw()
        else:  # equal lines at an equal size write equal operators (draw_memo)
            draw_flowable_once(self.canv, (key, self.width, self.height, self.debug),
                               super().draw)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        if not self._uncached:  # reportlab edits the words it splits: use our own copy
            text, style, bullet = self._source
            self._uncached = True
            self._setup(text, style, bullet or getattr(style, "bulletText", None), None,
                        cleanBlockQuotedText)
            self.__dict__.pop("blPara", None)
        return super().split(availWidth, availHeight)


class MeasuredTable(Table):
    """A ``Table`` that is not measured again for the width it was measured for.

    reportlab measures a table each time it is asked for its size: a table in a
    ``KeepTogether`` is measured with unlimited height, then again when the frame places
    it. When the last measuring was for the same width and covered every row (a long
    table's measuring stops at the bottom of the page), measuring again with at least
    that much height gives the same result, so the result stands.
    """

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self.__dict__.get("_measured_for") == availWidth and \
                self._hmax == self._nrows and self._height <= availHeight:
            self.availWidth = availWidth
            return self._width, self._height
        size = super().wrap(availWidth, availHeight)
        self._measured_for = availWidth
        return size
