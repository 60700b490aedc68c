"""User text made safe for the PDF: control characters removed, markup escaped, fitted.

All user text goes through ``markup_text`` (control characters removed, ``& < >``
escaped) before it enters paragraph markup.
"""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

from reportlab.pdfgen.canvas import Canvas


def clean_text(text: str) -> str:
    """Drop control characters (they break PDF text) except line breaks and tabs."""
    return "".join(c for c in text if c in "\n\t" or unicodedata.category(c) != "Cc")


def markup_text(text: str) -> str:
    """User text made safe for paragraph markup."""
    return escape(clean_text(text).replace("\t", " "))


def markup_lines(text: str) -> str:
    """User text with its line breaks kept."""
    lines = clean_text(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br/>".join(escape(line.replace("\t", " ")) for line in lines)



def fit_width(canv: Canvas, text: str, width: float) -> str:
    """Shorten text with an ellipsis to fit ``width`` at the current font."""
    if canv.stringWidth(text) <= width:
        return text
    while text and canv.stringWidth(text + "…") > width:
        text = text[:-1]
    return text + "…"

