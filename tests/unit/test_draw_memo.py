"""Repeated drawing written from the canvas's memo (reports/draw_memo.py), and tables not
measured twice for the same width (layout_cache.MeasuredTable), give exactly the PDF
reportlab writes without them, for several students in one PDF (a batch chunk),
in every language's layout; and the memo is really used."""

from __future__ import annotations

import io

import pytest
from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table

from counselor_app.reports import draw_memo, layout_cache
from counselor_app.reports.render import render_many
from counselor_app.services.report_data import build_student_report
from tests.pdf_data import make_plan, make_student, seed_catalog

NAMES = {"ar": [("محمد", "الأحمد"), ("ليلى", "حسن")], "vi": [("Thị Minh Anh", "Nguyễn"),
                                                          ("Văn", "Trần")]}
STRINGS = ("drawString", "drawRightString", "drawCentredString")


def _reports(db, language: str) -> list[object]:
    seed_catalog(db)
    reports = []
    names = NAMES.get(language, [("María José", "Núñez"), ("Zofia", "Kowalska")])
    for n, (first, last) in enumerate(names):
        pk = make_student(db, first=first, last=last, student_id=f"1234{n}", grade=10 + n)
        make_plan(db, pk)
        reports.append(build_student_report(db, pk, language=language))
    return reports


def _pdf(reports: list[object]) -> bytes:
    out = io.BytesIO()
    render_many(reports, out)
    return out.getvalue()


def _without_memo(monkeypatch: pytest.MonkeyPatch) -> None:
    """reportlab alone: no draw memo, and tables measured each time they are asked."""
    monkeypatch.setattr(layout_cache.MeasuredTable, "wrap", Table.wrap)
    for name in STRINGS:
        monkeypatch.setattr(draw_memo.MemoCanvas, name, getattr(Canvas, name))
    monkeypatch.setattr(layout_cache.CachedParagraph, "draw", Paragraph.draw)


@pytest.mark.parametrize("language", ["en", "es", "ar", "vi"])
def test_two_plans_in_one_pdf_print_the_same_bytes_with_and_without_the_memo(
        db, monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)
    layout_cache.clear()
    reports = _reports(db, language)
    with_memo = _pdf(reports)
    assert _pdf(reports) == with_memo  # a second PDF starts with an empty memo
    _without_memo(monkeypatch)
    assert _pdf(reports) == with_memo


def test_the_second_plan_draws_little_of_its_own(db, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same plan twice in one PDF: most of the second one's text and paragraphs are
    written from the memo, not laid out by reportlab again."""
    reports = _reports(db, "en")[:1]
    laid_out = {"paragraphs": 0, "strings": 0}
    para_draw, begin_text = Paragraph.draw, Canvas.beginText

    def count_para(self: Paragraph) -> None:
        laid_out["paragraphs"] += 1
        para_draw(self)

    def count_text(self: Canvas, *args: object, **kwargs: object) -> object:
        laid_out["strings"] += 1  # every string and paragraph reportlab lays out
        return begin_text(self, *args, **kwargs)

    monkeypatch.setattr(Paragraph, "draw", count_para)
    monkeypatch.setattr(Canvas, "beginText", count_text)
    _pdf(reports)
    once = dict(laid_out)
    laid_out.update(paragraphs=0, strings=0)
    _pdf(reports * 2)
    assert once["paragraphs"] > 20 and once["strings"] > 20
    # the second copy lays out only what differs (its page numbers, say), far under half
    assert laid_out["paragraphs"] < once["paragraphs"] * 1.2
    assert laid_out["strings"] < once["strings"] * 1.3


def test_strings_in_any_font_size_leading_and_alignment_match_a_plain_canvas(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The memo tells apart what changes a string's operators (font, size, leading) and
    places right-aligned and centred strings by their own width."""
    from counselor_app.reports.fonts import register_fonts

    monkeypatch.setattr(rl_config, "invariant", 1)
    fonts = register_fonts()
    calls = []
    for font in (fonts.family, fonts.bold, "Helvetica"):
        for size, leading in ((8, 9.6), (9, 9.6), (8, 11), (10, 12)):
            for method in STRINGS:
                for text in ("Full year", "Núñez · 1.5", "Full year"):
                    calls.append((font, size, leading, method, text))
    calls += calls[::-1]  # every combination again, after the others

    def draw(canvas_class: type[Canvas]) -> bytes:
        out = io.BytesIO()
        canv = canvas_class(out)
        for n, (font, size, leading, method, text) in enumerate(calls):
            canv.setFont(font, size, leading)
            getattr(canv, method)(40 + n % 7 * 31.5, 700 - n % 40 * 17.25, text)
        canv.drawString(40, 40, "مرحبا", direction="RTL")  # not memorised: reportlab's own
        canv.showPage()
        canv.save()
        return out.getvalue()

    assert draw(draw_memo.MemoCanvas) == draw(Canvas)
