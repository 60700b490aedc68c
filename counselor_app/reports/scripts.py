"""Text of any script made ready for reportlab: font runs, right-to-left order, fallbacks.

``markup_runs`` turns raw user text into paragraph markup: escaped, with every run of
characters the main font cannot draw wrapped in ``<font name="Fallback-...">``, words of
right-to-left runs put in visual order (each word stays in logical order, so the shaper
joins its letters), and characters no font has replaced by a bracketed name such as
``[slightly smiling face]``. ``unprintable`` lists those characters, so an export can
warn before the family sees a gap.

``needs_shaping`` tells when a paragraph must go through HarfBuzz (Arabic joining,
Indic conjuncts and vowel signs, combining marks); other text skips it, which keeps
Latin-only caseloads fast.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from xml.sax.saxutils import escape, unescape

from reportlab.lib.fonts import tt2ps

from counselor_app.reports.fallback import FALLBACKS, GENERAL, script_font_key
from counselor_app.reports.fonts import register_fonts

# Characters that only steer other characters: dropped quietly when no font has them.
_STEERING = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x200E, 0x200F, 0x061C}
_COMPLEX = ((0x0590, 0x08FF), (0x0900, 0x0DFF), (0x0E00, 0x0FFF), (0x1000, 0x109F),
            (0x1100, 0x11FF), (0x1780, 0x17FF), (0xA8E0, 0xA8FF), (0xFB1D, 0xFDFF),
            (0xFE70, 0xFEFF))
_WORDS = re.compile(r"\S+")


def _is_steering(cp: int) -> bool:
    return cp in _STEERING or 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF


@lru_cache(maxsize=8192)
def _is_complex(ch: str) -> bool:
    cp = ord(ch)
    if any(a <= cp <= b for a, b in _COMPLEX):
        return True
    return unicodedata.category(ch) in ("Mn", "Me")


def needs_shaping(text: str) -> bool:
    """True when ``text`` holds characters that only print right after shaping."""
    return not text.isascii() and any(_is_complex(c) for c in text)


@lru_cache(maxsize=4096)
def font_for(ch: str) -> str | None:
    """The registered font to draw ``ch`` with; None when no font we have draws it."""
    main = register_fonts()
    cp = ord(ch)
    key = script_font_key(cp)
    if key is not None:
        cover = FALLBACKS.coverage(key)
        if cover is not None and cp in cover:
            return f"Fallback-{key}"
    if cp in main.coverage:
        return main.family
    for key in GENERAL:
        cover = FALLBACKS.coverage(key)
        if cover is not None and cp in cover:
            return f"Fallback-{key}"
    return None


def fallback_text(ch: str) -> str:
    """What prints instead of a character no font has: '[slightly smiling face]'."""
    name = unicodedata.name(ch, "")
    return f"[{name.lower()}]" if name else f"[U+{ord(ch):04X}]"


def unprintable(text: str) -> list[str]:
    """Characters of ``text`` that no available font draws (in order, once each)."""
    if text.isascii():
        return []
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in "\n\r\t" or unicodedata.category(ch) == "Cc" or _is_steering(ord(ch)):
            continue
        if font_for(ch) is None and ch not in out:
            out.append(ch)
    return out


# ---------------------------------------------------------------- right to left


def direction(word: str) -> str:
    """'R', 'L', 'EN' (a number, no strong character) or 'N', by the first strong
    character."""
    number = False
    for ch in word:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
        number = number or kind in ("EN", "AN")
    return "EN" if number else "N"


def has_rtl(text: str) -> bool:
    return not text.isascii() and any(unicodedata.bidirectional(c) in ("R", "AL")
                                      for c in text)


def visual_words(text: str, rtl_base: bool | None = None) -> list[str]:
    """The words of one line in left-to-right drawing order (rules of UAX #9 by word;
    punctuation glued to a number placed as ``bidi_words`` says).

    ``rtl_base`` None takes the direction of the first strong word, as UAX #9 does.
    """
    from counselor_app.reports.bidi_words import visual_line

    return visual_line(_WORDS.findall(text), rtl_base)


def visual_order(dirs: list[str], rtl_base: bool | None) -> list[int]:
    """Drawing order (indexes) of words with directions 'R', 'L', 'EN' or 'N'."""
    return visual_levels(dirs, rtl_base)[0]


def visual_levels(dirs: list[str], rtl_base: bool | None) -> tuple[list[int], list[int]]:
    """Drawing order (indexes) of words with directions 'R', 'L', 'EN' or 'N', and the
    embedding level each word resolved to (odd: right to left)."""
    if rtl_base is None:
        rtl_base = next((d for d in dirs if d in ("L", "R")), "L") == "R"
    base = "R" if rtl_base else "L"
    dirs = list(dirs)
    for i, d in enumerate(dirs):  # UAX #9 W7: a number after left-to-right text joins it
        if d == "EN":
            before = next((x for x in reversed(dirs[:i]) if x in ("L", "R")), base)
            dirs[i] = "L" if before == "L" else "N"
    resolved = []
    for i, d in enumerate(dirs):  # a neutral between two words of one direction takes it
        if d == "N":
            before = next((x for x in reversed(dirs[:i]) if x != "N"), base)
            after = next((x for x in dirs[i + 1:] if x != "N"), base)
            d = before if before == after else base
        resolved.append(d)
    levels = [(1 if d == "R" else 0) if base == "L" else (1 if d == "R" else 2)
              for d in resolved]
    order = list(range(len(dirs)))
    for level in range(max(levels, default=0), 0, -1):  # UAX #9 rule L2
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order, levels


# ---------------------------------------------------------------- markup


def _runs(text: str) -> list[tuple[str | None, str]]:
    """Consecutive characters grouped by font; spaces and marks stay in the run before."""
    main = register_fonts().family
    runs: list[tuple[str | None, str]] = []
    for ch in text:
        if ch == " " or (runs and unicodedata.category(ch) in ("Mn", "Me", "Cf")
                         and runs[-1][0] is not None):
            font = runs[-1][0] if runs else main
        else:
            font = font_for(ch)
            if font is None and _is_steering(ord(ch)):
                continue
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + ch)
        else:
            runs.append((font, ch))
    return runs


def _word_font(word: str) -> str | None:
    """One font for a whole word when some font draws all of it (shaping needs that):
    the first, in the order the word's characters ask for them, so the same word is drawn
    in the same font on every run (a set's order changes with Python's hash seed)."""
    fonts = list(dict.fromkeys(font_for(c) for c in word if not _is_steering(ord(c))))
    if len(fonts) <= 1:
        return fonts[0] if fonts else None
    named = [f for f in fonts if f is not None]
    if len(named) < len(fonts):  # a character no font draws
        return None
    for font in named:
        from reportlab.pdfbase.pdfmetrics import getFont

        glyphs = getFont(font).face.charToGlyph
        if all(ord(c) in glyphs or _is_steering(ord(c)) for c in word):
            return font
    return None


def _markup_line(line: str, rtl_base: bool | None, visual: bool) -> str:
    main = register_fonts().family
    if visual and (has_rtl(line) or rtl_base):
        words = visual_words(line, rtl_base)
    else:
        words = line.split(" ")
    out = []
    for word in words:
        font = _word_font(word) if word else main
        if font == main:
            out.append(escape(word))
            continue
        runs = [(font, word)] if font is not None else _runs(word)
        parts = []
        for run_font, chunk in runs:
            if run_font is None:
                parts.append(escape("".join(fallback_text(c) for c in chunk)))
            elif run_font == main:
                parts.append(escape(chunk))
            else:
                parts.append(f'<font name="{run_font}">{escape(chunk)}</font>')
        out.append("".join(parts))
    return " ".join(out)


def markup_runs(text: str, rtl_base: bool | None = None, visual: bool = False) -> str:
    """Escaped paragraph markup for one line of raw text (see the module docstring).

    ``visual``: words in drawing order, for a line drawn as is (footers). Otherwise
    words stay in logical order and ``BidiParagraph`` orders each line once it is broken.
    """
    if text.isascii():
        return escape(text)
    text = unicodedata.normalize("NFC", text)
    main = register_fonts()
    if all(ord(c) in main.coverage and not _is_complex(c)
                            and unicodedata.bidirectional(c) not in ("R", "AL") for c in text):
        return escape(text)
    return _markup_line(text, rtl_base, visual)


_FALLBACK_TAG = re.compile(r'<font name="(Fallback-[A-Za-z0-9]+)">')
_BOLD_SPAN = re.compile(r"<b>.*?</b>", re.S)


def _bold_tag(match: re.Match[str]) -> str:
    return f'<font name="{tt2ps(match.group(1), 1, 0)}">'


def embolden(markup: str, whole: bool) -> str:
    """Fallback runs in bold where the text around them is bold.

    A ``<font name=...>`` tag resets reportlab's bold flag, so a bold style or a
    ``<b>`` span would print its fallback runs in the regular weight.
    """
    if "Fallback-" not in markup:
        return markup
    if whole:
        return _FALLBACK_TAG.sub(_bold_tag, markup)
    return _BOLD_SPAN.sub(lambda m: _FALLBACK_TAG.sub(_bold_tag, m.group(0)), markup)


_TAG_OR_TEXT = re.compile(r"(<[^>]*>)|([^<]+)")


def fonts_for_markup(markup: str) -> str:
    """Fallback-font runs for text anywhere in paragraph markup that lacks them (labels
    from a catalog, text another section wrote); runs already marked stay as they are."""
    if markup.isascii():
        return markup
    out = []
    inside = 0  # depth of <font name="Fallback-..."> tags
    for tag, text in _TAG_OR_TEXT.findall(markup):
        if tag:
            if tag.startswith('<font name="Fallback-'):
                inside += 1
            elif tag == "</font>" and inside:
                inside -= 1
            out.append(tag)
        elif inside or text.isascii():
            out.append(text)
        else:
            out.append(markup_runs(unescape(text)))
    return "".join(out)


def is_simple(text: str) -> bool:
    """True when canvas.drawString with the main font prints ``text`` exactly."""
    if text.isascii():
        return True
    main = register_fonts()
    return all(ord(c) in main.coverage and not _is_complex(c)
               and unicodedata.bidirectional(c) not in ("R", "AL") for c in text)
