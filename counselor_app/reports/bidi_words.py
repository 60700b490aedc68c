"""Units of right-to-left lines: words, with the punctuation around a number split off.

The printed plan orders the words of a line by UAX #9, a word at a time, so that every
word keeps its letters in logical order (HarfBuzz shapes it) and a code, a date or a
figure keeps its left-to-right order inside Arabic text: "2025–26", "9–12", "PDFT-ENG9",
"0.5" read as written. Punctuation glued to a number is not part of it: in "الصفوف 9–12:"
the colon follows the number in reading order, so it is drawn on the number's left; in
"(22 وحدة)" the bracket before 22 is drawn on its right, mirrored. Arabic punctuation
glued to a Latin word ("Planner؛") likewise goes where the reader meets it.

``split_word`` cuts a word into such units, ``arrange`` gives the drawing order of the
units and of the spaces between words (which UAX #9 moves too), and ``mirrored`` swaps
brackets drawn inside right-to-left text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from counselor_app.reports.scripts import direction, visual_levels

_MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")
_STRONG = frozenset(("L", "R", "AL", "EN", "AN"))
_RTL = frozenset(("R", "AL"))


def _is_core(c: str) -> bool:
    """A letter or digit: what a word's direction comes from (punctuation is not, even
    Arabic punctuation, which Unicode classes as right to left)."""
    return unicodedata.bidirectional(c) in _STRONG and not unicodedata.category(c).startswith("P")


def _is_affix(c: str) -> bool:
    """Punctuation that may leave its number: brackets, colons, commas, full stops,
    dashes, quotation marks; not %, $ or + (they belong to the figure)."""
    return unicodedata.category(c).startswith("P") and \
        unicodedata.bidirectional(c) in ("ON", "CS", "R", "AL")


_PAIRS = (("(", ")"), ("[", "]"), ("{", "}"))


def split_word(text: str, opened: dict[str, int] | None = None) -> list[tuple[int, int]]:
    """Character spans of the units of one word (the whole word when nothing splits):
    the punctuation before and after a number; the punctuation after a Latin word (and
    Arabic punctuation before it). Brackets stay with what they enclose: "(PDFT-WELD)",
    "§74.13(f)(4)" and "(51-4121)" are one unit, and a bracket closing one that an
    earlier word of the line ``opened`` ({"(": 1}) stays with its word."""
    core = [i for i, c in enumerate(text) if _is_core(c)]
    if not core:
        return [(0, len(text))]
    a, b = _bracketed(text, core[0], core[-1] + 1, opened or {})
    if not all(_is_affix(c) for c in text[:a] + text[b:]):
        return [(0, len(text))]
    kind = word_direction(text[a:b])
    rtl = any(unicodedata.bidirectional(c) in _RTL for c in text[:a])
    start = a if a and (kind == "EN" or (kind == "L" and rtl)) else 0
    end = b if kind in ("EN", "L") else len(text)
    return ([(0, start)] if start else []) + [(start, end)] + \
        ([(end, len(text))] if end < len(text) else [])


def _bracketed(text: str, a: int, b: int, opened: dict[str, int]) -> tuple[int, int]:
    """``a``..``b`` widened to take in the brackets that open before or close after it
    when their partner is inside (or, for a closing one, in an earlier word)."""
    for opening, closing in _PAIRS:
        while b < len(text) and text[b] == closing and \
                text[:b].count(opening) + opened.get(opening, 0) > text[:b].count(closing):
            b += 1
        while a > 0 and text[a - 1] == opening and \
                text[a - 1:].count(closing) >= text[a - 1:].count(opening):
            a -= 1
    return a, b


def has_rtl(texts: Sequence[str]) -> bool:
    return any(unicodedata.bidirectional(c) in _RTL for t in texts for c in t)


def word_direction(text: str) -> str:
    """'R', 'L', 'EN' or 'N' of a unit that may already be shaped: glyph codes of shaped
    text are partly private-use characters, which say nothing about direction."""
    found = direction("".join(c for c in text if unicodedata.category(c) != "Co"))
    if found in ("L", "R"):
        return found
    return "R" if any(unicodedata.bidirectional(c) in _RTL for c in text) else found


@dataclass(frozen=True)
class Arrangement:
    order: list[int]  # token indexes in drawing order, left to right
    mirror: list[bool]  # per token: brackets to draw mirrored (a neutral in RTL text)


def arrange(tokens: Sequence[str], rtl_base: bool | None) -> Arrangement:
    """Drawing order of the tokens of one line (units and the spaces between words, in
    logical order): spaces are neutrals like any other, so they land where UAX #9 puts
    them and a unit glued to its neighbour stays glued."""
    dirs = [word_direction(t) for t in tokens]
    order, levels = visual_levels(dirs, rtl_base)
    return Arrangement(order, [levels[i] % 2 == 1 and dirs[i] == "N" for i in range(len(dirs))])


def mirrored(text: str) -> str:
    return text.translate(_MIRROR)


def still_open(text: str, opened: dict[str, int]) -> None:
    """Count the brackets ``text`` leaves open (for the next words of the line)."""
    for opening, closing in _PAIRS:
        opened[opening] = max(0, opened.get(opening, 0) + text.count(opening)
                              - text.count(closing))


def tokens_of(words: Sequence[str]) -> list[str]:
    """Units of ``words`` with a space token between words; a line without right-to-left
    text keeps its words whole (an English title in an Arabic table reads as written)."""
    split = has_rtl(words)
    out: list[str] = []
    opened: dict[str, int] = {}
    for n, word in enumerate(words):
        if n:
            out.append(" ")
        out += [word[a:b] for a, b in split_word(word, opened)] if split else [word]
        still_open(word, opened)
    return out


def visual_line(words: Sequence[str], rtl_base: bool | None) -> list[str]:
    """The words of one line of plain text in drawing order, punctuation placed."""
    tokens = tokens_of(words)
    plan = arrange(tokens, rtl_base)
    text = "".join(mirrored(tokens[i]) if plan.mirror[i] else tokens[i] for i in plan.order)
    return text.strip(" ").split(" ") if text.strip(" ") else []
