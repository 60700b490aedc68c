"""File > Exchange: JSON out and back in, SIS CSV, from the GUI."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from counselor_app.services import plans, students
from counselor_app.services.students import StudentData
from counselor_app.store.bootstrap import open_database
from counselor_app.ui.admin.exchange_actions import export_plans_json, export_sis, import_plans_json
from counselor_app.ui.context import AppContext, ChangeBus


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown


def test_json_round_trip_and_sis_export(ctx: AppContext, qtbot: QtBot, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch,
                                        messages: list[str]) -> None:
    pk = students.create_student(ctx.db, StudentData("J-1", "Łucja", "Nguyễn", 10, 2029))
    plans.create_plan(ctx.db, pk, "Nursing", "L08-05-P1")
    parent = QWidget()
    qtbot.addWidget(parent)
    out = tmp_path / "all.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(out), ""))
    assert export_plans_json(ctx, parent) == out
    assert "1 students and 1 plans" in messages[-1]

    fresh_path = tmp_path / "fresh.db"
    shutil.copyfile(ctx.db.path, fresh_path)  # type: ignore[arg-type]
    fresh = open_database(str(fresh_path))
    students.delete_student(fresh, students.find_student(fresh, "J-1") or 0)
    other = AppContext(fresh, QUndoStack(), ChangeBus(),
                       QSettings(str(tmp_path / "o.ini"), QSettings.Format.IniFormat))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(out), ""))
    with qtbot.waitSignal(other.bus.students_changed, timeout=10000):
        import_plans_json(other, parent)
    qtbot.waitUntil(lambda: any("Imported" in m for m in messages))
    back = students.find_student(fresh, "J-1")
    assert back is not None
    [plan] = plans.list_plans(fresh, back)
    assert plan.program_code == "L08-05-P1" and plan.is_active
    fresh.dispose()

    sis = tmp_path / "sis.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(sis), ""))
    assert export_sis(ctx, parent) == sis
    rows = list(csv.reader(sis.open(encoding="utf-8")))
    assert any("J-1" in row and "Nursing" in row for row in rows[1:])


def test_a_bad_json_file_changes_nothing(ctx: AppContext, qtbot: QtBot, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch,
                                         messages: list[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"', encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(bad), ""))
    parent: Any = QWidget()
    qtbot.addWidget(parent)
    import_plans_json(ctx, parent)
    assert "nothing was changed" in messages[-1] and "bad.json" in messages[-1]
    assert students.list_students(ctx.db) == []
