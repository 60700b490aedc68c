"""The import wizard's column page: every column of the file, what the planner reads it
as, and a choice per column (a field, or ignore). Required fields are marked with *.

The guess comes from the service (SIS synonyms, the specific-ID rule); a mapping the
user chose before for the same layout is offered again. The page hands the preview a
mapping only when it differs from the guess, so a file that needs nothing keeps none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from counselor_app.services.imports import ColumnReport, ImportKind, inspect_columns
from counselor_app.ui.context import AppContext
from counselor_app.ui.imports.words import columns, word
from counselor_app.ui.shared.messages import shown

if TYPE_CHECKING:
    from counselor_app.ui.imports.wizard import ChoosePage

IGNORE = ""


class ColumnMappingPage(QWizardPage):
    """Which column is which field."""

    def __init__(self, ctx: AppContext, choose: ChoosePage,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choose = choose
        self.report: ColumnReport | None = None
        self.combos: list[QComboBox] = []
        self.setTitle(self.tr("Which column is which?"))
        self.setSubTitle(self.tr("The planner's guess for each column of the file. Change a "
                                 "choice if it is wrong; fields marked * are required. Your "
                                 "choices are remembered for files with the same columns."))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"),
                                              self.tr("First value"), self.tr("Read as")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    # ------------------------------------------------------------------ loading

    def initializePage(self) -> None:
        kind = self.choose.kind()
        paths = self.choose.paths()
        self.report = None
        if kind != ImportKind.ONET and paths:
            try:
                self.report = inspect_columns(self.ctx.db, kind, paths[0],
                                              self.choose.encoding())
            except Exception as exc:  # the database itself: say so; the preview retries
                self.status.setText(self.tr("The columns could not be read: %s") % shown(exc))
        self._fill()

    def _fill(self) -> None:
        report = self.report
        self.table.setRowCount(0)
        self.combos = []
        if report is None:
            self.status.setText(self.tr("The file's columns cannot be read; the next page "
                                        "says why."))
            self.completeChanged.emit()
            return
        remembered = report.remembered or {}
        for i, header in enumerate(report.headers):
            self.table.insertRow(i)
            name = QTableWidgetItem(header.strip() or self.tr("(no header)"))
            sample = QTableWidgetItem(report.samples[i] if i < len(report.samples) else "")
            sample.setToolTip(sample.text())
            self.table.setItem(i, 0, name)
            self.table.setItem(i, 1, sample)
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.addItem(self.tr("(ignore)"), IGNORE)
            for spec in report.specs:
                label = word(columns(), spec.label) + (" *" if spec.required else "")
                combo.addItem(label, spec.key)
            choice = remembered.get(header, report.guessed.get(i, IGNORE))
            combo.setCurrentIndex(max(0, combo.findData(self._key(choice))))
            combo.currentIndexChanged.connect(self._changed)
            combo.setAccessibleName(self.tr("Read column %s as") % header)
            self.table.setCellWidget(i, 2, combo)
            self.combos.append(combo)
        self.table.resizeRowsToContents()
        self._changed()

    def _key(self, choice: str) -> str:
        """A remembered choice may name a field by key or label."""
        assert self.report is not None
        for spec in self.report.specs:
            if choice in (spec.key, spec.label):
                return spec.key
        return IGNORE

    # ------------------------------------------------------------------ state

    def choices(self) -> dict[int, str]:
        return {i: str(c.currentData()) for i, c in enumerate(self.combos)}

    def problems(self) -> list[str]:
        report = self.report
        if report is None:
            return []
        chosen = self.choices()
        out = []
        missing = [word(columns(), s.label) for s in report.specs
                   if s.required and s.key not in chosen.values()]
        if missing:
            out.append(self.tr("Choose the columns that hold the required fields: %s.")
                       % ", ".join(missing))
        for spec in report.specs:
            chosen_in = [report.headers[i] for i, k in chosen.items() if k == spec.key]
            if len(chosen_in) > 1:
                out.append(self.tr("%s is chosen for more than one column (%s); keep one.")
                           % (word(columns(), spec.label), ", ".join(chosen_in)))
        return out

    def mapping(self) -> dict[str, str] | None:
        """The user's mapping, or None when it is the planner's own guess."""
        report = self.report
        if report is None or not self.combos:
            return None
        chosen = self.choices()
        if chosen == {i: report.guessed.get(i, IGNORE) for i in chosen}:
            return None
        return {report.headers[i]: key or "ignore" for i, key in chosen.items()}

    def _changed(self) -> None:
        report = self.report
        lines = list(report.notes) if report is not None else []
        if report is not None and report.remembered:
            lines.insert(0, self.tr("The columns you chose last time for a file laid out "
                                    "like this one are selected."))
        problems = self.problems()
        if problems:
            lines += problems
            self.status.setStyleSheet("color: #b71c1c;")
        else:
            self.status.setStyleSheet("")
        self.status.setText("\n".join(lines))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.report is None or not self.problems()
