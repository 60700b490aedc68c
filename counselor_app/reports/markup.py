"""User text made safe for the PDF: control characters removed, markup escaped, fitted.

All user text goes through ``markup_text`` (control characters removed, ``& < >``
escaped, fallback fonts and right-to-left order applied by ``scripts.markup_runs``)
before it enters paragraph markup. ``draw_line`` draws one line on a canvas (footers,
running heads) with the same care.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from counselor_app.reports.scripts import is_simple, markup_runs, needs_shaping

# Unicode's control characters (category Cc: U+0000-U+001F, U+007F-U+009F) but the line
# break and the tab
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_text(text: str) -> str:
    """Drop control characters (they break PDF text) except line breaks and tabs."""
    return _CONTROL.sub("", text)


def markup_text(text: str) -> str:
    """User text made safe for paragraph markup."""
    return markup_runs(clean_text(text).replace("\t", " ").replace("\n", " "))


def markup_lines(text: str) -> str:
    """User text with its line breaks kept."""
    lines = clean_text(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br/>".join(markup_runs(line.replace("\t", " ")) for line in lines)



def fit_width(canv: Canvas, text: str, width: float) -> str:
    """Shorten text with an ellipsis to fit ``width`` at the current font."""
    if canv.stringWidth(text) <= width:
        return text
    while text and canv.stringWidth(text + "…") > width:
        text = text[:-1]
    return text + "…"


def draw_line(canv: Canvas, x: float, y: float, text: str, width: float,
              font: str, size: float, color: Any, right: bool = False) -> None:
    """One line of user text at baseline ``y``, shortened with an ellipsis to ``width``.

    Text the main font draws as is goes straight to the canvas; anything else (another
    script, right to left, emoji) goes through a one-line paragraph.
    """
    text = clean_text(text).replace("\n", " ").replace("\t", " ")
    canv.setFillColor(color)
    canv.setFont(font, size)
    if is_simple(text):
        text = fit_width(canv, text, width)
        if right:
            canv.drawRightString(x, y, text)
        else:
            canv.drawString(x, y, text)
        return
    style = ParagraphStyle("Line", fontName=font, fontSize=size, leading=size * 1.25,
                           textColor=color, shaping=1 if needs_shaping(text) else 0)
    shown = text
    while True:
        para = Paragraph(markup_runs(shown, visual=True), style)
        w, h = para.wrap(width, size * 10)
        if len(para.blPara.lines) <= 1 or not shown:
            break
        shown = shown[:-2] + "…" if len(shown) > 2 else ""
    used = max((line_width(para)), 0.0)
    left = x - used if right else x
    para.drawOn(canv, left, y - (h - size))


def line_width(para: Paragraph) -> float:
    """Width of the first line of a wrapped paragraph."""
    lines = para.blPara.lines
    if not lines:
        return 0.0
    first = lines[0]
    extra = first.extraSpace if hasattr(first, "extraSpace") else first[0]
    return float(para.width - extra)

