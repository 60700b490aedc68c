"""Settings > Graduation requirements over an in-memory set library (the service's own
tests cover storage): defaults, copy and edit, import refusal, export, delete."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from counselor_app.audit import parse_set
from counselor_app.services.requirement_sets import SetSummary
from counselor_app.ui.requirements.settings_page import RequirementsPage
from tests.audit_data import CATALOG
from tests.audit_samples import REQUIREMENTS


class Library:
    def __init__(self) -> None:
        base = {"code": "sample", "name": "Sample diploma", "state": "TX", "kind": "diploma",
                "source": "tests", "checked": dt.date(2026, 1, 1),
                "requirements": list(REQUIREMENTS)}
        ag = {"code": "ag", "name": "A-G", "state": "CA", "kind": "supplemental",
              "source": "tests", "checked": dt.date(2026, 1, 1),
              "requirements": [REQUIREMENTS[0]]}
        self.sets: dict[str, tuple[dict[str, Any], bool]] = {"sample": (base, True),
                                                             "ag": (ag, True)}

    def list_sets(self) -> list[SetSummary]:
        return [SetSummary(d["code"], d["name"], d["state"], d["kind"], d["source"],
                        d["checked"], b) for d, b in self.sets.values()]

    def set_data(self, code: str) -> dict[str, Any]:
        return copy.deepcopy(self.sets[code][0])

    def save_set(self, data: dict[str, Any]) -> None:
        if self.sets.get(data["code"], ({}, False))[1]:
            raise ValueError(f"{data['code']}: a built-in set cannot be replaced")
        self.sets[data["code"]] = (copy.deepcopy(data), False)

    def import_file(self, path: Path) -> str:
        data = json.loads(path.read_text())
        data["checked"] = dt.date.fromisoformat(data["checked"])
        parse_set(data, path.name, set(CATALOG))
        self.save_set(data)
        return str(data["code"])

    def export_file(self, code: str, path: Path) -> None:
        path.write_text(json.dumps(self.sets[code][0], default=str))

    def delete_set(self, code: str) -> None:
        del self.sets[code]

    def course_codes(self) -> set[str]:
        return set(CATALOG)


@pytest.fixture
def page(qtbot: QtBot) -> RequirementsPage:
    p = RequirementsPage(Library(), "sample", ["ag"])
    qtbot.addWidget(p)
    return p


def test_defaults_come_from_settings_and_are_read_back(page: RequirementsPage) -> None:
    assert page.diploma == "sample"
    assert page.supplemental == ("ag",)
    page.also.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert page.supplemental == ()


def test_copy_a_built_in_set_edit_and_save_it_as_the_districts(page: RequirementsPage,
                                                                qtbot: QtBot) -> None:
    page.table.selectRow(0)
    assert page.selected().code == "sample"
    assert not page.delete.isEnabled()  # built in

    def edit() -> None:
        editor = page.editor
        editor.tree.setCurrentIndex(editor.model.index(0, 0))
        editor.form.credits.setValue(4)
        editor.accept()

    QTimer.singleShot(0, edit)
    assert page.copy_selected()
    saved, builtin = page.library.sets["sample-district"]
    assert not builtin
    assert saved["requirements"][0]["credits"] == 4
    assert page.selected().code == "sample-district"
    assert page.delete.isEnabled()
    assert page.default.findData("sample-district") >= 0  # now a choice of default


def test_import_refuses_a_bad_file_whole_and_exports_a_good_one(page: RequirementsPage,
                                                                tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"code": "bad", "name": "Bad", "state": "TX",
                               "kind": "diploma", "source": "x", "checked": "2026-01-01",
                               "requirements": [{"kind": "credits", "credits": 1,
                                                 "from": {"any": True}}]}))
    assert not page.import_path(bad)
    assert "bad.json" in page.message.text() and "label" in page.message.text()
    assert "bad" not in page.library.sets
    page.table.selectRow(0)
    out = tmp_path / "out.json"
    assert page.export_to(out)
    assert json.loads(out.read_text())["code"] == page.selected().code


def test_delete_a_district_set_after_asking(page: RequirementsPage,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    page.library.save_set({**page.library.set_data("sample"), "code": "mine",
                           "name": "Mine"})
    page.refresh(select="mine")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete.click()
    assert "mine" not in page.library.sets


def test_settings_dialog_saves_the_district_default_sets(ctx: Any, qtbot: QtBot,
                                                          tmp_path: Path) -> None:
    """Over the real service: built-in sets listed, defaults saved, a copy exported."""
    from counselor_app.services.settings import load_settings
    from counselor_app.ui.admin.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    page = dialog.requirements
    codes = {s.code for s in page._sets}
    assert {"tx-foundation", "fl-standard-24", "uc-csu-a-g", "ncaa-d1-core"} <= codes
    page.default.setCurrentIndex(page.default.findData("tx-foundation"))
    for i in range(page.also.count()):
        item = page.also.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == "tx-endorsement-stem":
            item.setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(ctx.bus.settings_changed):
        dialog.accept()
    saved = load_settings(ctx.db)
    assert saved.requirement_set == "tx-foundation"
    assert saved.supplemental_sets == ("tx-endorsement-stem",)
    page.refresh(select="tx-foundation")
    out = tmp_path / "tx.toml"
    assert page.export_to(out)
    assert 'code = "tx-foundation"' in out.read_text()
