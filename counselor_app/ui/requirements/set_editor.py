"""Edit a requirement set: its facts (code, name, state, source, date checked) and its tree
of requirements. Every change is checked at once with the audit engine's own loader, so
what the editor accepts is exactly what an import or ``requirements check`` accepts.
"""

from __future__ import annotations

import copy
import datetime as dt
import html
from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QScrollArea,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from counselor_app.audit import SetFileError, parse_set
from counselor_app.audit.model import SET_KINDS
from counselor_app.ui.requirements.node_form import NodeForm
from counselor_app.ui.requirements.node_model import PARENT_KINDS, RequirementNodeModel
from counselor_app.ui.shared.messages import shown

SaveFn = Callable[[dict[str, Any]], None]


class EditDiscarded(Exception):
    """Raised by a save function: the counselor chose someone else's newer version, so
    the editor closes without saving."""

NEW_NODES: tuple[tuple[object, dict[str, Any]], ...] = (  # (menu text, new node)
    (QT_TRANSLATE_NOOP("SetEditorDialog", "Credits from subject areas"),
     {"kind": "credits", "label": "New area", "credits": 1, "from": {"areas": ["Elective"]}}),
    (QT_TRANSLATE_NOOP("SetEditorDialog", "Named courses"),
     {"kind": "courses", "label": "Named course", "courses": []}),
    (QT_TRANSLATE_NOOP("SetEditorDialog", "Courses from a group"),
     {"kind": "group", "label": "New group", "count": 1, "from": {"tags": ["cte"]}}),
    (QT_TRANSLATE_NOOP("SetEditorDialog", "All of / any of (a group of requirements)"),
     {"kind": "any", "label": "One of these", "children": []}),
    (QT_TRANSLATE_NOOP("SetEditorDialog", "Total credits"),
     {"kind": "total", "label": "Total credits", "credits": 24}),
    (QT_TRANSLATE_NOOP("SetEditorDialog", "Checklist item"),
     {"kind": "checklist", "label": "State assessment", "item": "state-assessment"}),
)


def district_copy(data: dict[str, Any]) -> dict[str, Any]:
    """A copy of a set for the district to edit under its own code and name."""
    out = copy.deepcopy(data)
    code = str(out.get("code", "set"))
    out["code"] = (code[:31] + "-district") if not code.endswith("-district") else code
    name = str(out.get("name", ""))
    out["name"] = name if name.endswith("(district)") else f"{name} (district)"
    out["checked"] = dt.date.today()
    return out


class SetEditorDialog(QDialog):
    """``save(data)`` stores the set (it may raise ValueError with a message to show)."""

    def __init__(self, data: dict[str, Any], known_codes: Collection[str], save: SaveFn,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Requirement set"))
        self._extra = {k: copy.deepcopy(v) for k, v in data.items()
                       if k not in ("code", "name", "state", "kind", "source", "checked",
                                    "description", "notice", "requirements",
                                    "hs_credit_grades")}
        self._known = set(known_codes)
        self._save = save
        self.problem = ""
        self.discarded = False  # closed for someone else's newer version

        # -- the set's facts --------------------------------------------------------
        self.code = QLineEdit(str(data.get("code", "")))
        self.code.setToolTip(self.tr("Lower-case letters, digits and -; plans refer to it"))
        self.name = QLineEdit(str(data.get("name", "")))
        self.state = QLineEdit(str(data.get("state", "district")))
        self.state.setToolTip(self.tr("Two-letter state (TX), district or national"))
        self.kind = QComboBox()
        for kind in SET_KINDS:
            self.kind.addItem(kind.capitalize(), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.get("kind", "diploma"))))
        self.source = QLineEdit(str(data.get("source", "")))
        self.source.setPlaceholderText(self.tr("Board policy, state rule or URL"))
        checked = data.get("checked")
        if isinstance(checked, str):
            try:
                checked = dt.date.fromisoformat(checked)
            except ValueError:
                checked = None
        self.checked = QDateEdit(QDate(checked) if isinstance(checked, dt.date)
                                 else QDate.currentDate())
        self.checked.setCalendarPopup(True)
        self.checked.setDisplayFormat("yyyy-MM-dd")
        self.description = QLineEdit(str(data.get("description", "")))
        early = data.get("hs_credit_grades")
        early = set(early) if isinstance(early, list) else set()
        self.hs_credit: dict[int, QCheckBox] = {}
        early_row = QHBoxLayout()
        for grade in (6, 7, 8):
            box = QCheckBox(self.tr("Grade %d") % grade)
            box.setChecked(grade in early)
            box.setToolTip(self.tr("High-school courses taken for high-school credit in this "
                                   "middle-school grade count toward this set"))
            box.toggled.connect(lambda *_: self._check_timer.start())
            self.hs_credit[grade] = box
            early_row.addWidget(box)
        early_row.addStretch(1)
        facts = QFormLayout()
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        row1 = QHBoxLayout()
        row1.addWidget(self.name, 3)
        row1.addWidget(QLabel(self.tr("Code:")))
        row1.addWidget(self.code, 2)
        row2 = QHBoxLayout()
        row2.addWidget(self.kind)
        row2.addWidget(QLabel(self.tr("State:")))
        row2.addWidget(self.state)
        row2.addWidget(QLabel(self.tr("Rules checked:")))
        row2.addWidget(self.checked)
        row2.addStretch(1)
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name)
        kind_label = QLabel(self.tr("&Kind:"))
        kind_label.setBuddy(self.kind)
        facts.addRow(name_label, row1)
        facts.addRow(kind_label, row2)
        facts.addRow(self.tr("&Source:"), self.source)
        facts.addRow(self.tr("&Description:"), self.description)
        facts.addRow(self.tr("Counts high-school credit from:"), early_row)
        for w, text in ((self.code, self.tr("Set code")), (self.name, self.tr("Set name")),
                        (self.state, self.tr("State")), (self.kind, self.tr("Kind of set")),
                        (self.source, self.tr("Source")),
                        (self.checked, self.tr("Date the rules were checked")),
                        (self.description, self.tr("Description"))):
            w.setAccessibleName(text)

        # -- the tree -----------------------------------------------------------------
        self.model = RequirementNodeModel(list(data.get("requirements", [])), self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Requirements of the set"))
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().resizeSection(1, 140)
        self.tree.header().resizeSection(2, 170)
        self.tree.expandAll()
        self.add = QToolButton()
        self.add.setText(self.tr("&Add"))
        self.add.setToolTip(self.tr("Add a requirement after the selected one (or inside "
                                    "a group)"))
        self.add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        add_menu = QMenu(self.add)
        for menu_text, template in NEW_NODES:
            add_menu.addAction(self.tr(str(menu_text)), lambda t=template: self.add_node(t))
        self.add.setMenu(add_menu)
        self.remove = QToolButton()
        self.remove.setText(self.tr("&Remove"))
        self.up = QToolButton()
        self.up.setText(self.tr("Move &up"))
        self.down = QToolButton()
        self.down.setText(self.tr("Move do&wn"))
        tools = QHBoxLayout()
        for b in (self.add, self.remove, self.up, self.down):
            tools.addWidget(b)
        tools.addStretch(1)
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addLayout(tools)
        left_lay.addWidget(self.tree, 1)
        self.form = NodeForm()
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(form_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("Check of the set"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(facts)
        lay.addWidget(self.splitter, 1)
        lay.addWidget(self.status)
        lay.addWidget(self.buttons)
        self.resize(980, 640)

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(250)
        self._check_timer.timeout.connect(self.check)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.form.changed.connect(self._node_edited)
        self.form.kind_changed.connect(self._node_edited)
        self.remove.clicked.connect(self.remove_current)
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down.clicked.connect(lambda: self.move_current(1))
        for w in (self.code, self.name, self.state, self.source, self.description):
            w.textEdited.connect(self._check_timer.start)
        self.kind.activated.connect(self._check_timer.start)
        self.checked.dateChanged.connect(self._check_timer.start)
        if self.model.rowCount():
            self.tree.setCurrentIndex(self.model.index(0, 0))
        self.check()

    # -- data ------------------------------------------------------------------------
    def set_data(self) -> dict[str, Any]:
        """The set as its file would hold it."""
        d = self.checked.date()
        out: dict[str, Any] = {
            "code": self.code.text().strip(), "name": self.name.text().strip(),
            "state": self.state.text().strip(), "kind": str(self.kind.currentData()),
            "source": self.source.text().strip(),
            "checked": dt.date(d.year(), d.month(), d.day()),
        }
        if self.description.text().strip():
            out["description"] = self.description.text().strip()
        early = [grade for grade, box in self.hs_credit.items() if box.isChecked()]
        if early:
            out["hs_credit_grades"] = early
        out.update(copy.deepcopy(self._extra))
        out["requirements"] = self.model.requirements()
        return out

    def check(self) -> bool:
        """Validate with the engine; show the first problem (place and reason) or ✓."""
        self._check_timer.stop()
        data = self.set_data()
        try:
            parse_set(data, f"{data['code'] or 'set'} (editor)", self._known)
        except SetFileError as exc:
            self.problem = shown(exc)
            self.status.setText(f"<span style='color:#b00020'>{html.escape(self.problem)}</span>")
            return False
        self.problem = ""
        count = sum(1 for _ in _walk(data["requirements"]))
        valid = self.tr("✓ %d requirements; the set is valid.") % count
        self.status.setText(f"<span style='color:#2e7d32'>{html.escape(valid)}</span>")
        return True

    def accept(self) -> None:
        if not self.check():
            return
        try:
            self._save(self.set_data())
        except EditDiscarded:
            self.discarded = True
            self.reject()
            return
        except ValueError as exc:
            self.problem = shown(exc)
            self.status.setText(f"<span style='color:#b00020'>{html.escape(self.problem)}</span>")
            return
        super().accept()

    # -- tree editing ----------------------------------------------------------------
    def _current_changed(self, index: QModelIndex) -> None:
        node = self.model.node(index) if index.isValid() else None
        self.form.load(node.data if node is not None else None)
        self.remove.setEnabled(node is not None)

    def _node_edited(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self.model.node_changed(self.model.node(index))
        self._check_timer.start()

    def add_node(self, template: dict[str, Any]) -> QModelIndex:
        """Add after the current node, or inside it when it is a group of requirements."""
        current = self.tree.currentIndex().siblingAtColumn(0)
        if current.isValid() and self.model.node(current).kind in PARENT_KINDS:
            parent, row = current, self.model.rowCount(current)
        elif current.isValid():
            parent, row = current.parent(), current.row() + 1
        else:
            parent, row = QModelIndex(), self.model.rowCount()
        index = self.model.insert(parent, row, copy.deepcopy(template))
        if parent.isValid():
            self.tree.expand(parent)
        self.tree.setCurrentIndex(index)
        self.form.label.setFocus()
        self.form.label.selectAll()
        self._check_timer.start()
        return index

    def remove_current(self) -> None:
        index = self.tree.currentIndex().siblingAtColumn(0)
        if index.isValid():
            self.model.remove(index)
            self._check_timer.start()

    def move_current(self, step: int) -> None:
        index = self.tree.currentIndex().siblingAtColumn(0)
        if index.isValid():
            self.tree.setCurrentIndex(self.model.move(index, step))
            self._check_timer.start()


def _walk(nodes: list[dict[str, Any]]) -> Any:
    for n in nodes:
        yield n
        yield from _walk(n.get("children", []))
