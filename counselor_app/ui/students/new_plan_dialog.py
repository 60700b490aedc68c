"""The New plan dialog: a name, and a program of study to start from (searchable) or blank."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from counselor_app.services.search_terms import ranked
from counselor_app.ui.shared.ranked import RankedRows
from counselor_app.ui.students.delegate import TwoLineDelegate

Index = QModelIndex | QPersistentModelIndex
PROGRAM_ROLE = Qt.ItemDataRole.UserRole + 2


class ProgramListModel(QAbstractListModel):
    def __init__(self, programs: Sequence[tuple[str, str, str]],
                 parent: QObject | None = None,
                 keywords: Mapping[str, str] | None = None) -> None:
        super().__init__(parent)
        self._rows = list(programs)
        words = keywords or {}
        # what a program is found by: code, name, pathway, and its clusters' names
        self._text = [" ".join((*r, words.get(r[0], ""))) for r in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def order(self, query: str) -> list[int]:
        """The rows matching ``query`` the way Explore's search matches (word forms,
        synonyms), best first (services.search_terms)."""
        return ranked(range(len(self._rows)), query, lambda i: self._rows[i][1],
                      lambda i: self._text[i], lambda i: self._rows[i][0])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        code, name, pathway = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{name}\n{pathway} · {code}"
        if role == PROGRAM_ROLE:
            return code
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{name} ({code})\nPathway: {pathway}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{name}, {pathway}"
        return None


class NewPlanDialog(QDialog):
    """Name a new plan and start it from a program of study, or blank."""

    def __init__(self, programs: Sequence[tuple[str, str, str]], default_name: str,
                 parent: QWidget | None = None, *,
                 keywords: Mapping[str, str] | None = None) -> None:
        """``keywords``: more words that find a program, by code (its clusters' names,
        services.browse.program_keywords)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("New plan"))
        self.setMinimumSize(560, 520)
        self.name = QLineEdit(default_name)
        self.name.setAccessibleName(self.tr("Plan name"))
        self.name.setToolTip(self.tr("A name for this plan, e.g. Main plan or What-if: "
                                     "nursing"))
        self.from_program = QRadioButton(self.tr("From a &program of study"))
        self.from_program.setToolTip(self.tr("Pre-fill the plan with the program's courses, "
                                             "grade by grade"))
        self.blank = QRadioButton(self.tr("&Blank plan"))
        self.blank.setToolTip(self.tr("Start with no courses"))
        group = QButtonGroup(self)
        group.addButton(self.from_program)
        group.addButton(self.blank)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search programs…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search programs of study"))
        self.search.setToolTip(self.tr("Type part of a program or pathway name; Down moves "
                                       "to the list"))
        self.source = ProgramListModel(programs, self, keywords)
        self.proxy = RankedRows(self.source.order, self)
        self.proxy.setSourceModel(self.source)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(self.tr("Programs of study"))
        self.list.setToolTip(self.tr("The program whose courses start the plan"))
        self.empty = QLabel(self.tr("No programs of study are loaded; start a blank plan."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(not programs)
        self.no_match = QLabel()
        self.no_match.setWordWrap(True)
        self.no_match.setAccessibleName(self.tr("No matching program"))
        self.no_match.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create plan"))
        ok.setToolTip(self.tr("Create the plan and open it (Enter)"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        name_label = QLabel(self.tr("Plan &name"))
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.from_program)
        lay.addWidget(self.search)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.empty)
        lay.addWidget(self.no_match)
        lay.addWidget(self.blank)
        lay.addWidget(self.buttons)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.list.doubleClicked.connect(lambda *_: self._accept())
        self.list.clicked.connect(lambda *_: self.from_program.setChecked(True))
        self.from_program.toggled.connect(self._mode)
        if programs:
            self.from_program.setChecked(True)
            self.list.setCurrentIndex(self.proxy.index(0, 0))
            self.search.setFocus()
        else:
            self.from_program.setEnabled(False)
            self.blank.setChecked(True)
            self.name.setFocus()
        self._mode()

    def _mode(self) -> None:
        on = self.from_program.isChecked()
        self.search.setEnabled(on)
        self.list.setEnabled(on)

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        found = self.proxy.rowCount() > 0
        if found:
            self.list.setCurrentIndex(self.proxy.index(0, 0))
        self.no_match.setText("" if found else self.tr(
            "No program of study matches “%s”. Try part of a word or a career area "
            "(health, welding, business), or choose Blank plan.") % text.strip())
        self.no_match.setVisible(not found)

    def eventFilter(self, watched: QObject, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if watched is self.search and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            row = self.list.currentIndex().row() + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= row < self.proxy.rowCount():
                self.list.setCurrentIndex(self.proxy.index(row, 0))
            return True
        return super().eventFilter(watched, event)

    def select_program(self, code: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(PROGRAM_ROLE) == code:
                self.from_program.setChecked(True)
                self.list.setCurrentIndex(index)
                return True
        return False

    def program_code(self) -> str | None:
        if not self.from_program.isChecked():
            return None
        index = self.list.currentIndex()
        return str(index.data(PROGRAM_ROLE)) if index.isValid() else None

    def plan_name(self) -> str:
        return self.name.text().strip()

    def _accept(self) -> None:
        if self.from_program.isChecked() and self.program_code() is None:
            self.search.setFocus()
            return
        self.accept()
