"""Cell defaults folded out of table styles (reports/cell_styles.py) print exactly what
reportlab prints from the commands, in every language's layout."""

from __future__ import annotations

import pytest
from reportlab import rl_config
from reportlab.lib import colors

from counselor_app.reports import layout_cache, tables
from counselor_app.reports.cell_styles import cell_styles
from counselor_app.services.report_data import build_student_report
from tests.pdf_data import make_plan, make_student, render, seed_catalog


def commands_only(style, rows, cols):
    """reportlab's own way: every command applied cell by cell."""
    from reportlab.platypus.tables import CellStyle

    return [[CellStyle("") for _ in range(cols)] for _ in range(rows)], list(style)


@pytest.mark.parametrize("language", ["en", "es", "ar", "vi"])
def test_a_plan_prints_the_same_bytes_with_and_without_folding(
        db, monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)
    layout_cache.clear()
    seed_catalog(db)
    pk = make_student(db, first="محمد" if language == "ar" else "María José")
    make_plan(db, pk)
    report = build_student_report(db, pk, language=language)
    folded = render(report)
    monkeypatch.setattr(tables, "cell_styles", commands_only)
    assert render(report) == folded


def test_only_whole_table_commands_nothing_earlier_overrides_become_defaults() -> None:
    style = [("FONTSIZE", (0, 0), (-1, -1), 9),
             ("TOPPADDING", (0, 0), (-1, 0), 4),        # the heading row
             ("TOPPADDING", (0, 0), (-1, -1), 2),       # later, whole table: wins over it
             ("BACKGROUND", (0, 0), (-1, 0), colors.red),
             ("TEXTCOLOR", (0, 0), (-1, -1), colors.blue)]
    cells, rest = cell_styles(style, rows=3, cols=2)
    assert [c[0] for c in rest] == ["TOPPADDING", "TOPPADDING", "BACKGROUND"]
    assert len(cells) == 3 and all(len(row) == 2 for row in cells)
    assert cells[0][0] is not cells[0][1]  # each cell its own (commands change it in place)
    assert cells[2][1].fontsize == 9 and cells[2][1].color == colors.blue
    assert cells[2][1].topPadding == 3  # reportlab's default until the kept commands run
    again, _ = cell_styles(list(style), rows=1, cols=1)
    assert type(again[0][0]) is type(cells[0][0])  # one class per set of defaults


def test_a_table_without_whole_table_commands_keeps_reportlab_cells() -> None:
    from reportlab.platypus.tables import CellStyle

    cells, rest = cell_styles([("ALIGN", (1, 0), (1, -1), "RIGHT")], rows=2, cols=2)
    assert type(cells[0][0]) is CellStyle and rest == [("ALIGN", (1, 0), (1, -1), "RIGHT")]
