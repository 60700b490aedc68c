"""Shared paragraph layout (reports/layout_cache.py) prints exactly what reportlab prints.

Byte-for-byte: reportlab's invariant mode fixes the dates and ids a PDF would otherwise
carry, so the same story must give the same bytes with and without the cache, however
often it is rendered, including paragraphs long enough to split across pages.
"""

from __future__ import annotations

import io

import pytest
from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from counselor_app.reports import layout_cache, tables
from counselor_app.reports.layout_cache import CachedParagraph, style_key
from counselor_app.services.report_data import build_student_report
from tests.pdf_data import make_plan, make_student, render, seed_catalog

LONG = " ".join(f"Word{i} <b>bold{i}</b> <i>italic</i>" for i in range(900))


@pytest.fixture
def invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)
    layout_cache.clear()


def _story(kind: type[Paragraph]) -> bytes:
    style = ParagraphStyle("Body", fontName="Helvetica", fontSize=10, leading=13)
    small = ParagraphStyle("Small", style, fontSize=8, leading=10)
    rows = [[kind(f"Course <b>{i % 7}</b> title that wraps in a narrow cell", style),
             kind("Met" if i % 2 else "In progress", small)] for i in range(120)]
    story = [kind("Heading", style), Table(rows, colWidths=[120, 80], repeatRows=1),
             kind(LONG, style), kind(LONG, small), kind("Heading", style)]
    out = io.BytesIO()
    SimpleDocTemplate(out).build(story)
    return out.getvalue()


def test_same_bytes_as_reportlab_alone_even_when_paragraphs_split(invariant: None) -> None:
    plain = _story(Paragraph)
    first = _story(CachedParagraph)
    again = _story(CachedParagraph)  # every parse and line break now comes from the cache
    assert plain == first == again
    parsed, broken = layout_cache.cache_sizes()
    assert parsed and broken


def test_equal_styles_share_and_a_changed_style_does_not(invariant: None) -> None:
    a = ParagraphStyle("A", fontName="Helvetica", fontSize=10, leading=12)
    b = ParagraphStyle("B", fontName="Helvetica", fontSize=10, leading=12)
    c = ParagraphStyle("C", fontName="Helvetica", fontSize=12, leading=14)
    assert style_key(a) == style_key(b) != style_key(c)
    wide = CachedParagraph("one two three four five six seven eight", a)
    wide.wrap(400, 100)
    narrow = CachedParagraph("one two three four five six seven eight", b)
    assert narrow.wrap(60, 100)[1] > wide.height  # the width is part of the key
    bigger = CachedParagraph("one two three four five six seven eight", c)
    assert bigger.wrap(400, 100)[1] > wide.height


def test_a_plan_prints_the_same_with_and_without_the_cache(
        db, invariant: None, monkeypatch: pytest.MonkeyPatch) -> None:
    seed_catalog(db)
    report = build_student_report(db, (pk := make_student(db)))
    make_plan(db, pk)
    report = build_student_report(db, pk)
    cached, again = render(report), render(report)
    monkeypatch.setattr(tables, "CachedParagraph", Paragraph)
    assert render(report) == cached == again


def test_a_table_is_measured_again_only_when_the_answer_could_differ(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from counselor_app.reports.layout_cache import MeasuredTable

    rows = [[f"Row {i}", Paragraph(f"Cell text that wraps {i} " * 4, ParagraphStyle("c"))]
            for i in range(40)]
    calls: list[tuple[float, float]] = []
    calc = Table._calc

    def counted(self: Table, width: float, height: float) -> None:
        calls.append((width, height))
        calc(self, width, height)

    monkeypatch.setattr(Table, "_calc", counted)
    table, plain = MeasuredTable(rows, colWidths=[60, 200]), Table(rows, colWidths=[60, 200])
    full = table.wrap(400, 100_000)
    assert full == plain.wrap(400, 100_000)
    assert table.wrap(400, full[1] + 1) == full  # the same width, room for every row
    assert table.wrap(400, full[1]) == full
    assert len(calls) == 2  # once each (the plain table's and ours)
    # less room than it needs (the frame is about to split it): measured again
    assert table.wrap(400, 100) == plain.wrap(400, 100)
    assert len(calls) == 4
    assert table.wrap(300, 100_000) == plain.wrap(300, 100_000)  # another width
    assert len(calls) == 6
