"""Matching transcript courses that are not in the catalog, in the GUI."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from counselor_app.services import students, transcripts
from counselor_app.services.imports import apply_import
from counselor_app.services.students import StudentData
from counselor_app.store.engine import Database
from counselor_app.ui.context import AppContext, ChangeBus
from counselor_app.ui.imports.course_matches import CourseMatchDialog
from tests.catalog import add_test_catalog

GRADES = ("Student_Number,Course_Number,Course_Name,Grade_Level,StoreCode,Grade,EarnedCrHrs,"
          "TermID,SchoolName\nM1,XFER1,Spanish I,9,Y1,A,1,3300,Ridgeview\n"
          "M1,XALG,Algebra 1 (old code),9,Y1,B,1,3300,Ridgeview\n")


def open_match_dialog(ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> CourseMatchDialog:
    """Student M1's transcript with two courses not in the catalog, and the dialog open."""
    students.create_student(ctx.db, StudentData("M1", "Mo", "Ali", 10, 2029))
    path = tmp_path / "grades.csv"
    path.write_text(GRADES, encoding="utf-8")
    apply_import(ctx.db, "transcripts", path, backup=False)
    dialog = CourseMatchDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_match_to_catalog_and_keep_as_transfer(db: Database, tmp_path: Path,
                                               qtbot: QtBot) -> None:
    add_test_catalog(db)
    pk = students.create_student(db, StudentData("M1", "Mo", "Ali", 10, 2029))
    path = tmp_path / "grades.csv"
    path.write_text(GRADES, encoding="utf-8")
    apply_import(db, "transcripts", path, backup=False)
    ctx = AppContext(db, QUndoStack(), ChangeBus(),
                     QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    dialog = CourseMatchDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.panel
    assert panel.list.count() == 2 and "XALG" in panel.list.item(0).text()
    panel.course.setCurrentIndex(panel.course.findData("ZTALG1"))
    assert panel.save()
    assert panel.list.count() == 1
    panel.as_transfer.setChecked(True)
    assert not panel.save()  # transfer credit needs a subject area
    assert "subject area" in panel.error.text()
    panel.area.setCurrentText("World Languages")
    panel.tags.setText("world-language")
    if SHOTS := __import__("os").environ.get("COUNSELOR_APP_SHOTS"):
        dialog.grab().save(str(Path(SHOTS) / "course-matches.png"))
    assert panel.save()
    assert panel.list.count() == 0 and "Every course" in panel.heading.text()
    lines = {ln.source_code: ln for ln in transcripts.list_transcript(db, pk)}
    assert lines["XALG"].course_code == "ZTALG1"
    assert lines["XFER1"].subject_area == "World Languages" and lines["XFER1"].matched
