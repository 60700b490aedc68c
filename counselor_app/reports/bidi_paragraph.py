"""A paragraph that puts the words of each broken line in drawing order (UAX #9 by word).

reportlab breaks lines left to right and has no bidirectional layout without its
optional ``rlbidi``. Here lines are broken in logical order, as for any paragraph, and
then the words of each line are reordered: right-to-left runs reversed, numbers and
left-to-right runs kept readable. Each word keeps its letters in logical order, so
HarfBuzz still joins and shapes them. A right-to-left plan uses ``rtl=True``: its base
direction is right to left and its styles are right aligned.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from reportlab.platypus import Paragraph

from counselor_app.reports.scripts import direction, visual_order

_WORD = re.compile(r"\S+")


class BidiParagraph(Paragraph):
    def __init__(self, text: str, style: Any, rtl: bool = False, **kwargs: Any) -> None:
        self.rtl_base = rtl
        super().__init__(text, style, **kwargs)

    def breakLines(self, width: Any) -> Any:  # noqa: N802 (reportlab API)
        bl = super().breakLines(width)
        base = True if self.rtl_base else None
        if bl.kind == 0:
            bl.lines = [(extra, [words[i] for i in visual_order(
                [_shaped_direction(w) for w in words], base)]) for extra, words in bl.lines]
            return bl
        for line in bl.lines:
            words = _split_words(line.words)
            if len(words) < 2:
                continue
            order = visual_order([_shaped_direction("".join(str(f.text) for f in w))
                                  for w in words], base)
            line.words = _join([words[i] for i in order])
        return bl


def _shaped_direction(text: str) -> str:
    """Direction of a word that may already be shaped: its glyph codes are then partly
    private-use characters (which count as left to right), so any right-to-left letter
    decides."""
    if any(unicodedata.bidirectional(c) in ("R", "AL") for c in text):
        return "R"
    return direction("".join(c for c in text if unicodedata.category(c) != "Co"))


def _split_words(frags: list[Any]) -> list[list[Any]]:
    """The frags of one line grouped into words (a word may span several frags)."""
    words: list[list[Any]] = []
    joined = True  # the next piece continues the current word
    for frag in frags:
        text = frag.text
        if not hasattr(frag, "text") or hasattr(frag, "cbDefn"):
            return [[f] for f in frags]  # images, links: leave the line alone
        raw = str(text)
        pieces = list(_WORD.finditer(raw))
        if not pieces:
            joined = False
            continue
        for k, m in enumerate(pieces):
            part = frag.clone(text=text[m.start():m.end()])
            starts_word = m.start() > 0 or not joined or not words
            if starts_word and not (k == 0 and joined and m.start() == 0 and words):
                words.append([part])
            else:
                words[-1].append(part)
        joined = pieces[-1].end() == len(raw)
    return words


def _join(words: list[list[Any]]) -> list[Any]:
    """Frags of the reordered words, one space between words."""
    out: list[Any] = []
    for i, word in enumerate(words):
        for j, frag in enumerate(word):
            if i > 0 and j == 0:
                frag = frag.clone(text=" " + frag.text)
            out.append(frag)
    return out
