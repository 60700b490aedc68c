"""A paragraph that puts the words of each broken line in drawing order (UAX #9 by word).

reportlab breaks lines left to right and has no bidirectional layout without its
optional ``rlbidi``. Here lines are broken in logical order, as for any paragraph, and
then the words of each line are reordered: right-to-left runs reversed, numbers and
left-to-right runs kept readable, punctuation glued to a number placed where the reader
meets it (``bidi_words``). Each word keeps its letters in logical order, so HarfBuzz
still joins and shapes them. A right-to-left plan uses ``rtl=True``: its base direction
is right to left and its styles are right aligned.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.platypus import Paragraph

from counselor_app.reports.bidi_words import (
    arrange,
    has_rtl,
    mirrored,
    split_word,
    still_open,
    visual_line,
)

_SPACE = None  # a space token between words (its frag is the next unit's)

_WORD = re.compile(r"\S+")


class BidiParagraph(Paragraph):
    def __init__(self, text: str, style: Any, rtl: bool = False, **kwargs: Any) -> None:
        self.rtl_base = rtl
        super().__init__(text, style, **kwargs)

    def breakLines(self, width: Any) -> Any:  # noqa: N802 (reportlab API)
        bl = super().breakLines(width)
        base = True if self.rtl_base else None
        if bl.kind == 0:
            bl.lines = [(extra, visual_line(words, base)) for extra, words in bl.lines]
            return bl
        for line in bl.lines:
            tokens = _tokens(_split_words(line.words))
            if len(tokens) < 2:
                continue
            plan = arrange([" " if t is _SPACE else "".join(str(f.text) for f in t)
                            for t in tokens], base)
            drawn = [tokens[i] if tokens[i] is _SPACE or not plan.mirror[i]
                     else [_mirrored(f) for f in tokens[i]] for i in plan.order]
            line.words = _join(drawn)
        return bl


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


def _tokens(words: list[list[Any]]) -> list[Any]:
    """The words cut into units (``bidi_words.split_word``; lists of frags) with a
    ``_SPACE`` between words; whole words on a line without right-to-left text."""
    tokens: list[Any] = []
    split = has_rtl([str(getattr(f, "text", "")) for word in words for f in word])
    opened: dict[str, int] = {}
    for n, word in enumerate(words):
        if n:
            tokens.append(_SPACE)
        if not split or any(not hasattr(f, "text") or hasattr(f, "cbDefn") for f in word):
            tokens.append(word)
            continue
        text = "".join(str(f.text) for f in word)
        spans = split_word(text, opened)
        still_open(text, opened)
        tokens += [_slice(word, a, b) for a, b in spans] if len(spans) > 1 else [word]
    return tokens


def _slice(word: list[Any], start: int, end: int) -> list[Any]:
    """The frags of characters ``start``..``end`` of a word."""
    out, at = [], 0
    for frag in word:
        size = len(frag.text)
        a, b = max(start, at), min(end, at + size)
        if a < b:
            out.append(frag.clone(text=frag.text[a - at:b - at]))
        at += size
    return out


def _mirrored(frag: Any) -> Any:
    text = frag.text
    if isinstance(text, ShapedStr):
        return frag.clone(text=ShapedStr(mirrored(str(text)), shapeData=text.__shapeData__))
    return frag.clone(text=mirrored(text))


def _join(tokens: list[Any]) -> list[Any]:
    """Frags of the reordered tokens: a space token becomes a space before the next unit
    (none at either end of the line)."""
    out: list[Any] = []
    space = False
    for token in tokens:
        if token is _SPACE:
            space = bool(out)
            continue
        for j, frag in enumerate(token):
            if space and j == 0:
                frag = frag.clone(text=" " + frag.text)
            out.append(frag)
        space = False
    return out
