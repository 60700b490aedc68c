"""Colours and named paragraph styles of the printed plan."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from counselor_app.reports.fonts import FontSet

# Colors: teal accent as in the help pages, dark ink, quiet greys.
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#4a5560")  # 7.5:1 on white
WATERMARK = colors.HexColor("#e4e8ea")  # behind the text; reads as grey in black and white
ACCENT = colors.HexColor("#00695c")
ACCENT_LIGHT = colors.HexColor("#e0f2f1")
RULE = colors.HexColor("#b0bec5")
BAND = colors.HexColor("#eef3f3")
STRIPE = colors.HexColor("#f7f9f9")
HAIRLINE = colors.HexColor("#dde3e6")
SHORT = colors.HexColor("#b71c1c")
SHORT_BG = colors.HexColor("#fdecea")
MET = colors.HexColor("#2e7d32")
PROGRESS = colors.HexColor("#1565c0")

STATUS_COLORS = {"completed": MET, "in_progress": PROGRESS, "planned": MUTED}


class Styles:
    """Named paragraph styles of the plan document."""

    def shaped(self, style: ParagraphStyle) -> ParagraphStyle:
        """``style`` with HarfBuzz shaping on (Arabic, Indic scripts, combining marks)."""
        found = self._shaped.get(style.name)
        if found is None:
            found = self._shaped[style.name] = ParagraphStyle(f"{style.name}Shaped", style,
                                                              shaping=1)
        return found

    def __init__(self, fonts: FontSet, rtl: bool = False) -> None:
        self._shaped: dict[str, ParagraphStyle] = {}
        self.rtl = rtl
        f = fonts.family
        base = ParagraphStyle("Body", fontName=f, fontSize=10, leading=13, textColor=INK)
        self.body = base
        self.school = ParagraphStyle("School", base, fontName=fonts.bold, fontSize=16,
                                     leading=19, textColor=ACCENT)
        self.title = ParagraphStyle("Title", base, fontSize=12.5, leading=15, textColor=INK)
        self.printed = ParagraphStyle("Printed", base, fontSize=9, leading=11,
                                      textColor=MUTED, alignment=TA_RIGHT)
        self.plan_name = ParagraphStyle("PlanName", base, fontSize=10.5, leading=13,
                                         alignment=TA_RIGHT)
        self.label = ParagraphStyle("Label", base, fontSize=8, leading=10, textColor=MUTED)
        self.value = ParagraphStyle("Value", base, fontName=fonts.bold, fontSize=10.5,
                                    leading=13)
        self.h2 = ParagraphStyle("H2", base, fontName=fonts.bold, fontSize=12, leading=15,
                                 textColor=ACCENT, spaceBefore=9, spaceAfter=4,
                                 keepWithNext=1)
        self.small = ParagraphStyle("Small", base, fontSize=9, leading=11.5, textColor=MUTED)
        self.cell = ParagraphStyle("Cell", base, fontSize=10, leading=12)
        self.cell_bold = ParagraphStyle("CellBold", self.cell, fontName=fonts.bold)
        self.cell_muted = ParagraphStyle("CellMuted", self.cell, textColor=MUTED,
                                         fontName=fonts.italic)
        self.cell_right = ParagraphStyle("CellRight", self.cell, alignment=TA_RIGHT)
        self.cell_right_bold = ParagraphStyle("CellRightBold", self.cell_right,
                                              fontName=fonts.bold)
        self.col_head = ParagraphStyle("ColHead", base, fontSize=8, leading=10,
                                       textColor=MUTED)
        self.col_head_right = ParagraphStyle("ColHeadRight", self.col_head,
                                             alignment=TA_RIGHT)
        self.note = ParagraphStyle("Note", base, spaceAfter=4)
        self.total = ParagraphStyle("Total", base, alignment=TA_RIGHT, fontSize=10.5,
                                    leading=13, spaceBefore=1)
        self.band = ParagraphStyle("Band", base, fontSize=10.5, leading=13)
        self.key = ParagraphStyle("Key", base, fontSize=9, leading=12, textColor=MUTED)
        self.review = ParagraphStyle("Review", base, fontSize=10, leading=12.5, leftIndent=16,
                                     bulletIndent=0, bulletFontName=fonts.bold,
                                     bulletFontSize=10)
        self.sign_label = ParagraphStyle("SignLabel", base, fontSize=9, leading=11.5,
                                         textColor=MUTED)
        if rtl:  # right-to-left plan: what reads from the left now reads from the right
            for style in vars(self).values():
                if isinstance(style, ParagraphStyle):
                    style.alignment = TA_LEFT if style.alignment == TA_RIGHT else TA_RIGHT
