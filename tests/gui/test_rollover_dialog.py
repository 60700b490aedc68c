"""File > Start school year: the preview dialog, then everyone up a grade."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from counselor_app.services import students
from counselor_app.services.students import StudentData
from counselor_app.store.engine import Database
from counselor_app.ui.admin.rollover_dialog import RolloverDialog
from counselor_app.ui.context import AppContext, ChangeBus


def test_preview_then_start(db: Database, tmp_path: Path, qtbot: QtBot) -> None:
    ctx = AppContext(db, QUndoStack(), ChangeBus(),
                     QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    a = students.create_student(db, StudentData("G9", "Ann", "Bee", 9, 2030))
    b = students.create_student(db, StudentData("G12", "Cy", "Dee", 12, 2027))
    dialog = RolloverDialog(ctx, 2028)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Start school year 2027–28"
    assert dialog.moves.count() == 2
    assert "graduated (archived)" in dialog.moves.item(1).text()
    with qtbot.waitSignal(ctx.bus.students_changed):
        dialog.start_button.click()
    assert dialog.result_ is not None and dialog.result_.backup is not None
    assert students.get_student(db, a).data.grade == 10
    assert students.get_student(db, b).archived
    again = RolloverDialog(ctx, 2028)
    qtbot.addWidget(again)
    assert not again.start_button.isEnabled()
