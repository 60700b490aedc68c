"""Drawing that repeats within one PDF, worked out once and written again.

A chunk of a caseload batch prints a few students' plans into one PDF, and most of what
they print is the same text: column heads, statuses, terms, course titles, glossary
entries. reportlab works each one out afresh (fonts, subsets, escaping, line layout).
Within one PDF the result for equal input is always the same string of page operators,
so the canvas keeps them:

* a string drawn with ``drawString``, ``drawRightString`` or ``drawCentredString``
  (table cells, running heads, footers): the operators after its position, by (text,
  font, size, leading), and its width; only the position is written anew;
* a paragraph (``layout_cache.CachedParagraph``): everything its ``draw`` writes. A
  flowable draws at its own origin (the caller moves the origin first), so equal
  paragraphs with equal lines, size and transparency state write the same operators.

The memo lives on the canvas, so it never outlives the PDF whose font subsets and
graphics states the operators refer to. The PDF is byte for byte what reportlab writes
without it (tests/unit/test_draw_memo.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas

_FLOWABLES = "_counselor_drawn"


def _plain(text: Any, mode: Any, char_space: Any, direction: Any, word_space: Any,
           shaping: Any) -> bool:
    """A call whose output depends only on the text and the canvas's font."""
    return (type(text) is str and mode is None and not char_space and direction is None
            and word_space is None and not shaping)


def _text_start(x: float, y: float, width: float, shift: float) -> str:
    """The operators reportlab begins a string's text object with, placed as it places a
    string ``width`` wide, ``shift`` widths left of ``x``."""
    return f"BT 1 0 0 1 {fp_str(x - shift * width if shift else x, y)} Tm "


def _memorised(name: str, shift: float) -> Callable[..., None]:
    """``Canvas.<name>`` (a string placed ``shift`` widths left of x), from the memo when
    the call is a plain one."""
    plain = getattr(Canvas, name)

    def method(self: MemoCanvas, x: float, y: float, text: Any, mode: Any = None,
               charSpace: Any = 0, direction: Any = None,  # noqa: N803 (reportlab API)
               wordSpace: Any = None, shaping: Any = False) -> None:  # noqa: N803
        if _plain(text, mode, charSpace, direction, wordSpace, shaping):
            self._memo_text(plain.__get__(self), x, y, text, shift)
        else:
            plain(self, x, y, text, mode, charSpace, direction, wordSpace, shaping)

    method.__name__ = name
    return method


class MemoCanvas(Canvas):
    """A canvas that writes a repeated string from its memo (see the module text)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._text_memo: dict[tuple[Any, ...], tuple[str, float]] = {}

    def _memo_text(self, draw: Callable[..., None], x: float, y: float, text: str,
                   shift: float) -> None:
        """Draw ``text`` placed ``shift`` widths left of ``x`` (0, 0.5 or 1)."""
        key = (text, self._fontname, self._fontsize, self._leading)
        found = self._text_memo.get(key)
        if found is not None:
            rest, width = found
            self._code.append(_text_start(x, y, width, shift) + rest)
            return
        start = len(self._code)
        draw(x, y, text)
        width = self.stringWidth(text, self._fontname, self._fontsize)
        prefix = _text_start(x, y, width, shift)
        if len(self._code) == start + 1 and self._code[start].startswith(prefix) \
                and self.bottomup:
            self._text_memo[key] = (self._code[start][len(prefix):], width)

    drawString = _memorised("drawString", 0)  # noqa: N815 (reportlab API)
    drawRightString = _memorised("drawRightString", 1)  # noqa: N815
    drawCentredString = _memorised("drawCentredString", 0.5)  # noqa: N815


def draw_flowable_once(canv: Any, key: tuple[Any, ...], draw: Callable[[], None]) -> None:
    """Run ``draw`` (a flowable drawing at its origin) or write what an equal one wrote.

    ``key`` must determine everything ``draw`` writes; the canvas's transparency state,
    which reportlab's colour setting consults, is added here."""
    memo = canv.__dict__.get(_FLOWABLES)
    if memo is None:
        memo = canv.__dict__[_FLOWABLES] = {}
    full = (key, tuple(canv._extgstate._d.items()))
    found = memo.get(full)
    if found is not None:
        canv._code.extend(found)
        return
    start = len(canv._code)
    draw()
    memo[full] = canv._code[start:]
