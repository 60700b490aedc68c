"""The plan editor's catalog and the new-plan program picker search like Explore does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from counselor_app.services import students
from counselor_app.services.browse import catalog
from counselor_app.services.school_years import current_school_year
from counselor_app.services.students import StudentData
from counselor_app.ui.context import AppContext
from counselor_app.ui.plan.catalog_panel import CatalogPanel
from counselor_app.ui.plan.exception_dialogs import SubstitutionDialog
from counselor_app.ui.students.new_plan_dialog import NewPlanDialog
from counselor_app.ui.students.page import StudentsPage
from tests.gui.test_course_matches import open_match_dialog
from tests.gui.test_students_page import when_modal


def shown(panel: CatalogPanel) -> list[str]:
    return [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]


def test_the_plan_catalog_lists_an_exact_title_before_titles_that_contain_it(
        ctx: AppContext, qtbot: QtBot) -> None:
    panel = CatalogPanel()
    qtbot.addWidget(panel)
    panel.set_rows(catalog(ctx.db))
    panel.show()
    qtbot.keyClicks(panel.search, "Theater I")
    titles = shown(panel)
    assert titles[0] == "Theater I"
    assert titles.index("Theater II") < titles.index("Technical Theater I: Stagecraft")
    course = panel.current_course()  # what Add to plan… adds: the best match
    assert course is not None and course.title == "Theater I"
    panel.search.setText("02052")
    assert shown(panel) == ["Algebra I"]
    panel.search.clear()  # no query: the whole catalog by title again
    titles = shown(panel)
    assert len(titles) == len(catalog(ctx.db)) and titles == sorted(titles, key=str.casefold)


def test_the_program_picker_finds_health_programs_for_healthcare_and_says_when_none(
        ctx: AppContext, qtbot: QtBot) -> None:
    page = StudentsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    pk = students.create_student(ctx.db, StudentData("H-1", "Ana", "Ruiz", 9,
                                                     current_school_year() + 3))
    ctx.bus.students_changed.emit()
    page.open_student(pk)
    seen: dict[str, object] = {}

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, NewPlanDialog)
        qtbot.keyClicks(dialog.search, "healthcare")
        names = [dialog.proxy.index(r, 0).data().split("\n")[0]
                 for r in range(dialog.proxy.rowCount())]
        seen["names"] = names
        seen["chosen"] = dialog.program_code()
        seen["hint shown"] = dialog.no_match.isVisible()
        dialog.search.setText("zzqx")
        seen["none"] = dialog.proxy.rowCount()
        seen["hint"] = dialog.no_match.text() if dialog.no_match.isVisible() else ""
        seen["chosen after"] = dialog.program_code()
        dialog.reject()

    errors = when_modal(qtbot, choose)
    assert page.new_plan() is None  # cancelled
    assert errors == []
    names = seen["names"]
    assert isinstance(names, list)
    assert "Practical Nursing to Registered Nursing" in names
    assert "Sterile Processing and Health Care Support" in names
    assert "Welding and Fabrication" not in names
    assert seen["chosen"] is not None and not seen["hint shown"]
    assert seen["none"] == 0 and seen["chosen after"] is None
    assert "zzqx" in str(seen["hint"]) and "Blank plan" in str(seen["hint"])


def test_matching_a_transfer_course_pops_up_an_exact_title_first(
        ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = open_match_dialog(ctx, qtbot, tmp_path)
    combo = dialog.panel.course
    qtbot.keyClicks(combo.lineEdit(), "Theater I")
    completer = combo.completer()
    assert completer is not None
    offered = completer.completionModel()
    first = [offered.index(r, 0).data() for r in range(min(3, offered.rowCount()))]
    assert first[:2] == ["05051  Theater I", "05052  Theater II"]
    completer.popup().setCurrentIndex(offered.index(0, 0))
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert combo.currentData() == "05051"
    assert dialog.panel.save()  # XALG now counts as Theater I (the first unmatched row)


def test_the_substitution_course_picker_offers_an_exact_title_first(qtbot: QtBot) -> None:
    dialog = SubstitutionDialog("Fine arts", [("05056", "Technical Theater I: Stagecraft"),
                                              ("05057", "Theater Production"),
                                              ("05051", "Theater I")], [], "Ms. Lee")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.course.lineEdit().selectAll()  # the user types over the first course
    qtbot.keyClicks(dialog.course.lineEdit(), "theater i")
    completer = dialog.course.completer()
    assert completer is not None
    offered = completer.completionModel()
    assert [offered.index(r, 0).data() for r in range(offered.rowCount())] == [
        "Theater I (05051)", "Technical Theater I: Stagecraft (05056)"]
