"""The caseload dashboard: first page, tiles that match the CLI, filtering, bulk actions."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from counselor_app.cli import main
from counselor_app.services.caseload import CaseloadFilter
from counselor_app.services.plans import create_plan
from counselor_app.services.students import StudentData, create_student
from counselor_app.ui.context import AppContext
from counselor_app.ui.dashboard.page import DashboardPage
from counselor_app.ui.main_window import MainWindow
from tests.caseload_data import PROGRAM, build_caseload


def _page(ctx: AppContext, qtbot: QtBot) -> DashboardPage:
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    with qtbot.waitSignal(page.refreshed, timeout=20000):
        page.show()
    return page


def _listed_ids(page: DashboardPage) -> list[str]:
    return [st.student_id for st in page.listed_students()]


def test_dashboard_is_the_first_page_once_students_exist(ctx: AppContext, qtbot: QtBot) -> None:
    empty = MainWindow(ctx)
    qtbot.addWidget(empty)
    assert empty.current_page_name() == "welcome"
    create_student(ctx.db, StudentData("D1", "Ana", "Núñez", 10, 2029))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.current_page_name() == "dashboard"
    assert window.dashboard_action.isChecked() and not window.students_action.isChecked()
    qtbot.waitUntil(lambda: not window.dashboard.loading and bool(window.dashboard.students),
                    timeout=20000)
    assert _listed_ids(window.dashboard) == ["D1"]
    window.students_action.trigger()
    assert window.current_page_name() == "students"
    window.dashboard_action.trigger()
    assert window.current_page_name() == "dashboard"


def test_tiles_show_the_numbers_of_caseload_json(ctx: AppContext, qtbot: QtBot,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    build_caseload(ctx.db)
    page = _page(ctx, qtbot)
    assert main(["caseload", "--json", "--db", str(ctx.db.path)]) == 0
    counts = json.loads(capsys.readouterr().out)
    shown = {tile.key: tile.count for tile in page.tiles}
    assert shown[("", "")] == counts["total"] == 7
    for field_ in ("plan_status", "audit", "cte"):
        for key, n in counts["counts"][field_].items():
            if (field_, key) in shown:
                assert shown[(field_, key)] == n, (field_, key)
    assert shown[("plan_status", "changed")] == 1
    assert [b.values for b in page.plan_chart.bars] == [
        tuple(counts["plan_status_by_grade"][str(g)][k]
              for k in ("none", "draft", "approved", "changed")) for g in (9, 10, 11, 12)]
    # the scope: grade 9 only, as `caseload --grade 9`
    page.grade_combo.setCurrentIndex(page.grade_combo.findData(9))
    assert main(["caseload", "--grade", "9", "--json", "--db", str(ctx.db.path)]) == 0
    nine = json.loads(capsys.readouterr().out)
    assert {t.key: t.count for t in page.tiles}[("", "")] == nine["total"] == 3
    assert sorted(_listed_ids(page)) == sorted(s["student_id"] for s in nine["students"])


def test_clicking_a_bar_or_a_tile_filters_the_list(ctx: AppContext, qtbot: QtBot) -> None:
    build_caseload(ctx.db)
    page = _page(ctx, qtbot)
    chart = page.plan_chart
    grades = [b.key for b in chart.bars]
    bar, segment = grades.index(9), [e.key for e in chart.legend].index("draft")
    rect = chart.segment_rect(bar, segment)
    assert rect is not None
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert sorted(_listed_ids(page)) == ["C03", "C06"]  # grade 9, draft
    assert "Grade 9" in page.list_label.text() and page.show_all_button.isEnabled()
    qtbot.mouseClick(page.show_all_button, Qt.MouseButton.LeftButton)
    assert len(_listed_ids(page)) == 7
    # by keyboard: the audit chart, first bar (grade 9), Enter on its first segment
    page.audit_chart.setFocus()
    qtbot.keyClick(page.audit_chart, Qt.Key.Key_Return)
    assert _listed_ids(page) == ["C03"]  # grade 9, on track
    short = next(t for t in page.tiles if t.key == ("audit", "short"))
    qtbot.mouseClick(short, Qt.MouseButton.LeftButton)
    assert sorted(_listed_ids(page)) == ["C04", "C05"] and short.isChecked()
    qtbot.mouseClick(short, Qt.MouseButton.LeftButton)  # again: everyone
    assert len(_listed_ids(page)) == 7 and not short.isChecked()
    cte = page.cte_chart
    rect = cte.segment_rect(0, 1)  # the program's on-track segment
    assert rect is not None and cte.bars[0].key == PROGRAM
    qtbot.mouseClick(cte, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert _listed_ids(page) == ["C03"]


def test_list_sorts_by_audit_most_urgent_first(ctx: AppContext, qtbot: QtBot) -> None:
    build_caseload(ctx.db)
    page = _page(ctx, qtbot)
    from counselor_app.ui.dashboard.table_model import AUDIT

    page.table.sortByColumn(AUDIT, Qt.SortOrder.AscendingOrder)
    audits = [st.audit for st in page.listed_students()]
    assert audits == sorted(audits, key=("errors", "short", "on_track", "none").index)
    assert audits[0] == "errors"


def test_bulk_create_plans_for_the_selected_students(ctx: AppContext, qtbot: QtBot,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from counselor_app.ui.dashboard import actions
    from counselor_app.ui.students.new_plan_dialog import NewPlanDialog

    built = build_caseload(ctx.db)
    page = _page(ctx, qtbot)
    page.select_pks([*built.none, built.draft])
    assert page.create_button.isEnabled()
    seen: dict[str, str] = {}

    def accept(dialog: NewPlanDialog) -> int:
        seen["title"] = dialog.windowTitle()
        assert dialog.select_program(PROGRAM) and not dialog.blank.isVisible()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewPlanDialog, "exec", accept)
    monkeypatch.setattr("counselor_app.ui.plan.past_years.ask_past_years",
                        lambda _parent, _levels: "plan")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    with qtbot.waitSignal(page.refreshed, timeout=20000):
        assert actions.create_plans(page) == 2
    assert seen["title"] == "Plans for 2 students"
    assert told == ["2 plans created from Biotechnology Laboratory Science\n"
                    "1 selected student already had a plan and kept it."]
    rows = {st.student_id: st for st in page.students}
    assert rows["C01"].plan_status == rows["C02"].plan_status == "draft"
    assert {t.key: t.count for t in page.tiles}[("plan_status", "none")] == 0
    assert sorted(page.selected_pks()) == sorted([*built.none, built.draft])  # kept


def test_export_csv_of_the_filtered_list(ctx: AppContext, qtbot: QtBot,
                                         tmp_path: Path) -> None:
    from counselor_app.ui.dashboard import actions

    build_caseload(ctx.db)
    create_student(ctx.db, StudentData("=1+1", "Zed", "=cmd|calc", 9, 2030))
    page = _page(ctx, qtbot)
    page.set_focus(CaseloadFilter(plan_status="none"))
    path = actions.export_csv(page, tmp_path / "none")
    assert path == tmp_path / "none.csv"
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][0] == "Student ID" and rows[0][8] == "Plan status"
    assert len(rows) == 1 + len(page.listed_students()) == 4
    by_id = {r[0]: r for r in rows[1:]}
    assert set(by_id) == {"C01", "C02", "'=1+1"}  # a formula is written as text
    assert by_id["'=1+1"][1:3] == ["'=cmd|calc", "Zed"]
    assert {r[8] for r in rows[1:]} == {"No plan"}


def test_double_click_opens_the_plan_and_changes_refresh(ctx: AppContext,
                                                         qtbot: QtBot) -> None:
    pk = create_student(ctx.db, StudentData("D9", "Luz", "García", 11, 2028))
    plan = create_plan(ctx.db, pk, "Main", PROGRAM)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.dashboard
    qtbot.waitUntil(lambda: bool(page.students) and not page.loading, timeout=20000)
    table = page.table
    rect = table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page_name() == "students"
    assert window.students.editor_is_shown() and window.students.editor.plan_id == plan
    # a change announced on the bus refreshes the dashboard when it is next shown
    other = create_student(ctx.db, StudentData("D10", "Max", "Ortiz", 9, 2030))
    ctx.bus.students_changed.emit()
    with qtbot.waitSignal(page.refreshed, timeout=20000):
        window.dashboard_action.trigger()
    assert {st.pk for st in page.students} == {pk, other}


def test_print_opens_the_batch_dialog_with_the_selected_students(
        ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from counselor_app.ui.dashboard import actions
    from counselor_app.ui.printing.batch_dialog import BatchExportDialog

    built = build_caseload(ctx.db)
    page = _page(ctx, qtbot)
    page.select_pks([built.none[0], built.draft, built.approved])
    assert page.print_button.isEnabled() and page.selection_label.text() == "3 selected"
    opened: list[BatchExportDialog] = []
    monkeypatch.setattr(BatchExportDialog, "exec", lambda d: opened.append(d) or 0)
    actions.print_plans(page)
    assert opened[0].selected == [built.draft, built.approved]  # the ones with a plan
    assert opened[0].selected_radio.isChecked()


def test_a_changed_plan_recomputes_only_its_student(ctx: AppContext, qtbot: QtBot,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from counselor_app.services import caseload
    from counselor_app.services.plans import add_course

    built = build_caseload(ctx.db)
    page = _page(ctx, qtbot)
    asked: list[object] = []
    real = caseload.compute_caseload

    def spy(db, *, student_pks=None, progress=None):  # type: ignore[no-untyped-def]
        asked.append(student_pks)
        return real(db, student_pks=student_pks, progress=progress)

    monkeypatch.setattr(caseload, "compute_caseload", spy)
    draft = next(st for st in page.students if st.pk == built.draft)
    assert draft.audit == "on_track"
    add_course(ctx.db, draft.plan_id, "01003", 9)  # English 11 in grade 9: an error
    with qtbot.waitSignal(page.refreshed, timeout=20000):
        ctx.bus.plan_changed.emit(draft.plan_id)
    assert asked == [{built.draft}]
    rows = {st.pk: st for st in page.students}
    assert rows[built.draft].audit == "errors" and len(rows) == 7
    assert {t.key: t.count for t in page.tiles}[("audit", "errors")] == 3
    # a new plan is not listed yet: everything is read again
    with qtbot.waitSignal(page.refreshed, timeout=20000):
        ctx.bus.plan_changed.emit(create_plan(ctx.db, built.none[0], "Main"))
    assert asked[-1] is None
    assert {t.key: t.count for t in page.tiles}[("plan_status", "none")] == 1


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720), (1024, 768)])
def test_the_dashboard_fits_a_laptop_screen(ctx: AppContext, qtbot: QtBot,
                                            size: tuple[int, int]) -> None:
    from tests.gui.test_window_fits import problems

    build_caseload(ctx.db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    page = window.dashboard
    qtbot.waitUntil(lambda: bool(page.students) and not page.loading, timeout=20000)
    assert window.current_page_name() == "dashboard"
    key = [*page.tiles, page.plan_chart, page.audit_chart, page.cte_chart, page.table,
           page.grade_combo, page.counselor_combo, page.year_combo, page.create_button,
           page.print_button, page.export_button]
    assert problems(key, window) == []
    assert not page.table.horizontalScrollBar().isVisible()  # no sideways scrolling
    assert window.minimumSizeHint().width() <= 1024


def test_a_long_name_reads_whole_in_the_list_at_1024(ctx: AppContext, qtbot: QtBot) -> None:
    build_caseload(ctx.db)
    create_student(ctx.db, StudentData("D99", "Thị Minh Anh", "García Fernández de la Peña",
                                       10, 2029))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    page = window.dashboard
    qtbot.waitUntil(lambda: bool(page.students) and not page.loading, timeout=20000)
    model, header = page.table.model(), page.table.horizontalHeader()
    names = [str(model.index(r, 0).data()) for r in range(model.rowCount())]
    longest = max(names, key=page.table.fontMetrics().horizontalAdvance)
    assert longest == "García Fernández de la Peña, Thị Minh Anh"
    assert header.sectionSize(0) >= page.table.fontMetrics().horizontalAdvance(longest) + 12
    assert not page.table.horizontalScrollBar().isVisible()
