"""Settings > Graduation requirements: the district's default diploma and supplemental sets,
and the library of sets (built in and the district's own) with copy, edit, import, export.
"""

from __future__ import annotations

import html
import json
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counselor_app.services.concurrency import ConflictError
from counselor_app.services.requirement_sets import SetSummary
from counselor_app.ui.requirements.set_editor import (
    EditDiscarded,
    SetEditorDialog,
    district_copy,
)
from counselor_app.ui.shared.conflict_dialog import OVERWRITE, RELOAD, resolve_conflict
from counselor_app.ui.shared.messages import shown
from counselor_app.ui.shared.words import data_word, set_word

KIND_WORDS = {"diploma": QT_TRANSLATE_NOOP("RequirementsPage", "Diploma"),
              "endorsement": QT_TRANSLATE_NOOP("RequirementsPage", "Endorsement"),
              "supplemental": QT_TRANSLATE_NOOP("RequirementsPage", "Supplemental"),
              "seal": QT_TRANSLATE_NOOP("RequirementsPage", "Distinction")}


class RequirementLibrary(Protocol):
    """What the page needs from the requirement-set service (one transaction per call)."""

    def list_sets(self) -> Sequence[SetSummary]: ...
    def set_data(self, code: str) -> dict[str, Any]: ...
    def save_set(self, data: dict[str, Any], *, overwrite: bool = False) -> None: ...
    def import_file(self, path: Path) -> str: ...
    def export_file(self, code: str, path: Path) -> None: ...
    def delete_set(self, code: str) -> None: ...
    def course_codes(self) -> Collection[str]: ...


class RequirementsPage(QWidget):
    """Chosen defaults are read back by the Settings dialog (``diploma``, ``supplemental``)."""

    def __init__(self, library: RequirementLibrary, diploma: str,
                 supplemental: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._diploma = diploma
        self._supplemental = list(supplemental)
        self.default = QComboBox()
        self.default.setAccessibleName(self.tr("District default diploma set"))
        self.default.setToolTip(self.tr("Plans without their own choice are audited against "
                                        "this set"))
        self.also = QListWidget()
        self.also.setAccessibleName(self.tr("Sets also audited by default"))
        self.also.setToolTip(self.tr("Endorsements, A-G, NCAA: ticked sets are audited beside "
                                     "the diploma on every plan that has not chosen others"))
        self.also.setMaximumHeight(self.also.fontMetrics().height() * 6)
        form = QFormLayout()
        default_label = QLabel(self.tr("District &default diploma:"))
        default_label.setBuddy(self.default)
        also_label = QLabel(self.tr("Also &audit by default:"))
        also_label.setBuddy(self.also)
        form.addRow(default_label, self.default)
        form.addRow(also_label, self.also)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Set"), self.tr("Kind"), self.tr("State"),
                                              self.tr("Rules checked"), self.tr("Origin")])
        self.table.setAccessibleName(self.tr("Requirement sets"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.copy = QPushButton(self.tr("Co&py and edit…"))
        self.copy.setToolTip(self.tr("Start the district's own set from the selected one"))
        self.edit = QPushButton(self.tr("&Edit…"))
        self.edit.setToolTip(self.tr("Edit the district's set (built-in sets are copied first)"))
        self.import_ = QPushButton(self.tr("&Import file…"))
        self.import_.setToolTip(self.tr("Load a set file (TOML or JSON); it is checked first "
                                        "and refused whole if anything is wrong"))
        self.export = QPushButton(self.tr("E&xport file…"))
        self.export.setToolTip(self.tr("Save the selected set as a file to share or keep"))
        self.delete = QPushButton(self.tr("Delete"))
        self.delete.setToolTip(self.tr("Delete the district's set (built-in sets stay)"))
        buttons = QHBoxLayout()
        for b in (self.copy, self.edit, self.import_, self.export, self.delete):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        lay.addWidget(self.message)
        self.copy.clicked.connect(self.copy_selected)
        self.edit.clicked.connect(self.edit_selected)
        self.import_.clicked.connect(self._import)
        self.export.clicked.connect(self._export)
        self.delete.clicked.connect(self._delete)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda *_: self.edit_selected())
        self.refresh()

    # -- reading back ----------------------------------------------------------------
    @property
    def diploma(self) -> str:
        return str(self.default.currentData() or self._diploma)

    @property
    def supplemental(self) -> tuple[str, ...]:
        out = []
        for i in range(self.also.count()):
            item = self.also.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(c for c in out if c != self.diploma)

    # -- showing ---------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        if self.default.count():  # keep what the counselor chose so far
            self._diploma, self._supplemental = self.diploma, list(self.supplemental)
        sets = sorted(self.library.list_sets(),
                      key=lambda s: (s.kind != "diploma", set_word(s.name).casefold()))
        self._sets = list(sets)
        self.default.clear()
        for s in sets:
            if s.kind == "diploma":
                self.default.addItem(set_word(s.name), s.code)
        self.default.setCurrentIndex(max(0, self.default.findData(self._diploma)))
        self.also.clear()
        for s in sets:
            if s.kind != "diploma":
                item = QListWidgetItem(f"{set_word(s.name)} ({self._kind(s.kind)})")
                item.setToolTip(set_word(s.description))
                item.setData(Qt.ItemDataRole.UserRole, s.code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if s.code in self._supplemental
                                   else Qt.CheckState.Unchecked)
                self.also.addItem(item)
        self.table.setRowCount(len(sets))
        for row, s in enumerate(sets):
            cells = (set_word(s.name), self._kind(s.kind), data_word(s.state),
                     s.checked.isoformat(),
                     self.tr("Built in") if s.builtin else self.tr("District"))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(self._tooltip(s))
                self.table.setItem(row, col, item)
            if s.code == select:
                self.table.selectRow(row)
        if select is None and sets:
            self.table.selectRow(0)
        self._selection_changed()

    def _tooltip(self, s: SetSummary) -> str:
        """Name (code), source and description; the English name too when translated (the
        editor shows the English text)."""
        name = set_word(s.name)
        text = self.tr("%1 (%2). Source: %3").replace("%1", name).replace(
            "%2", s.code).replace("%3", set_word(s.source))
        if name != s.name:
            text += "\n" + self.tr("In the set's file: %s") % s.name
        return text + (f"\n\n{set_word(s.description)}" if s.description else "")

    def _kind(self, kind: str) -> str:
        words = KIND_WORDS.get(kind)
        return self.tr(str(words)) if words else kind

    def selected(self) -> SetSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self._sets[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        s = self.selected()
        for b in (self.copy, self.edit, self.export):
            b.setEnabled(s is not None)
        self.delete.setEnabled(s is not None and not s.builtin)

    # -- actions ---------------------------------------------------------------------
    def _open_editor(self, data: dict[str, Any]) -> bool:
        dialog = SetEditorDialog(data, self.library.course_codes(), self._save_edited, self)
        self.editor = dialog  # tests reach the open editor
        if dialog.exec():
            code = dialog.set_data()["code"]
            self.refresh(select=code)
            self.message.setText(self.tr("Saved the set %s.") % dialog.set_data()["name"])
            return True
        if dialog.discarded:  # their newer version shows
            self.refresh(select=str(data.get("code", "")))
        return False

    def _save_edited(self, data: dict[str, Any]) -> None:
        """Save from the editor. Over someone else's newer save: Reload (the editor
        closes and their set shows; the edited set is copied as text to the clipboard),
        Overwrite, or Cancel (keep editing)."""
        try:
            self.library.save_set(data)
            return
        except ConflictError as exc:
            mine = json.dumps(data, indent=2, ensure_ascii=False, default=str)
            choice = resolve_conflict(self.editor, self.tr("requirement set"), exc,
                                      {self.tr("Requirement set"): mine}, can_cancel=True)
        if choice == OVERWRITE:
            self.library.save_set(data, overwrite=True)
            return
        if choice == RELOAD:
            raise EditDiscarded
        raise ValueError(self.tr("Not saved: someone else saved this set after you opened "
                                 "it."))

    def copy_selected(self) -> bool:
        s = self.selected()
        return s is not None and self._open_editor(district_copy(self.library.set_data(s.code)))

    def edit_selected(self) -> bool:
        s = self.selected()
        if s is None:
            return False
        data = self.library.set_data(s.code)
        return self._open_editor(district_copy(data) if s.builtin else data)

    def _show_problem(self, exc: BaseException) -> None:
        self.message.setText(f"<span style='color:#b00020'>{html.escape(shown(exc))}</span>")

    def import_path(self, path: Path) -> bool:
        try:
            code = self.library.import_file(path)
        except (OSError, ValueError) as exc:
            self._show_problem(exc)
            return False
        self.refresh(select=code)
        self.message.setText(self.tr("Imported %s.") % path.name)
        return True

    def _import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a requirement set"), "",
                                              self.tr("Requirement sets (*.toml *.json)"))
        if path:
            self.import_path(Path(path))

    def export_to(self, path: Path) -> bool:
        s = self.selected()
        if s is None:
            return False
        try:
            self.library.export_file(s.code, path)
        except (OSError, ValueError) as exc:
            self._show_problem(exc)
            return False
        self.message.setText(self.tr("Exported %s to %s.") % (set_word(s.name), path))
        return True

    def _export(self) -> None:
        s = self.selected()
        if s is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the requirement set"),
                                              f"{s.code}.json",
                                              self.tr("Requirement sets (*.json *.toml)"))
        if path:
            self.export_to(Path(path))

    def _delete(self) -> None:
        s = self.selected()
        if s is None or s.builtin:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete set"),
            self.tr("Delete the district's set “%s”? Plans that chose it go back to the "
                    "district default.") % set_word(s.name))
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self.library.delete_set(s.code)
            except ValueError as exc:
                self._show_problem(exc)
                return
            self.refresh()
