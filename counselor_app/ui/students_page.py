"""The Students view: the student table, the selected student's plans, and the plan editor."""

from __future__ import annotations

import html
from collections.abc import Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counselor_app.services import browse, plans, students
from counselor_app.services.plans import PlanSummary
from counselor_app.services.students import StudentDeleteRefused, StudentRow
from counselor_app.text import fold
from counselor_app.ui.context import AppContext
from counselor_app.ui.plan.editor import PlanEditor
from counselor_app.ui.plan_models import changed_at_text
from counselor_app.ui.student_dialog import StudentDialog
from counselor_app.ui.student_table import (
    NAME,
    PK_ROLE,
    StudentFilterProxy,
    StudentTableModel,
)
from counselor_app.ui.write_errors import guarded

Index = QModelIndex | QPersistentModelIndex
PLAN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PROGRAM_ROLE = Qt.ItemDataRole.UserRole + 2


class TwoLineDelegate(QStyledItemDelegate):
    """First line of the display text in the normal font, the rest smaller and grey."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(200, fm.height() * 2 + 12)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        first, _, second = text.replace("\u2028", "\n").partition("\n")
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = (QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        color = opt.palette.color(role)
        rect = opt.rect.adjusted(8, 5, -8, -5)
        font = QFont(opt.font)
        small = QFont(opt.font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        small.setBold(False)
        fm, fm_small = QFontMetrics(font), QFontMetrics(small)
        painter.save()
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), fm.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         fm.elidedText(first, Qt.TextElideMode.ElideRight, rect.width()))
        painter.setFont(small)
        if not selected:  # secondary text: between text and background
            base = opt.palette.color(QPalette.ColorRole.Base)
            color = QColor(round(color.red() * 0.6 + base.red() * 0.4),
                           round(color.green() * 0.6 + base.green() * 0.4),
                           round(color.blue() * 0.6 + base.blue() * 0.4))
        painter.setPen(color)
        painter.drawText(QRect(rect.left(), rect.top() + fm.height() + 1, rect.width(),
                               fm_small.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         fm_small.elidedText(second, Qt.TextElideMode.ElideRight,
                                             rect.width()))
        painter.restore()


class PlanListModel(QAbstractListModel):
    """The plans of one student; the active one is marked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plans: list[PlanSummary] = []
        self._program_names: dict[str, str] = {}

    def set_plans(self, items: Sequence[PlanSummary], program_names: dict[str, str]) -> None:
        self.beginResetModel()
        self._plans = list(items)
        self._program_names = program_names
        self.endResetModel()

    def plans(self) -> list[PlanSummary]:
        return list(self._plans)

    def plan_at(self, row: int) -> PlanSummary | None:
        return self._plans[row] if 0 <= row < len(self._plans) else None

    def row_of(self, plan_id: int) -> int | None:
        return next((i for i, p in enumerate(self._plans) if p.id == plan_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._plans)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self._plans[index.row()]
        program = (self._program_names.get(p.program_code, p.program_code)
                   if p.program_code else "Blank plan")
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "★ " if p.is_active else ""
            suffix = "   (active)" if p.is_active else ""
            return (f"{mark}{p.name}{suffix}\n{p.status.capitalize()} · {program} · "
                    f"changed {changed_at_text(p.updated_at)}")
        if role == Qt.ItemDataRole.FontRole and p.is_active:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            state = "Active plan" if p.is_active else "What-if plan (not active)"
            return f"{p.name}\n{state}\nStatus: {p.status}\nProgram: {program}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{p.name}{', active' if p.is_active else ''}, {p.status}, {program}"
        if role == PLAN_ID_ROLE:
            return p.id
        return None


class ProgramListModel(QAbstractListModel):
    def __init__(self, programs: Sequence[tuple[str, str, str]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = list(programs)
        self._folded = [fold(" ".join(r)) for r in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def folded(self, row: int) -> str:
        return self._folded[row]

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


class _WordFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ProgramListModel)
        text = model.folded(source_row)
        return all(w in text for w in self._words)


class NewPlanDialog(QDialog):
    """Name a new plan and start it from a program of study, or blank."""

    def __init__(self, programs: Sequence[tuple[str, str, str]], default_name: str,
                 parent: QWidget | None = None) -> None:
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
        self.source = ProgramListModel(programs, self)
        self.proxy = _WordFilter(self)
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
        self.proxy.set_text(text)
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

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


class StudentsPage(QWidget):
    """Students list <-> plan editor.

    ``current_plan_changed`` carries the plan the PDF actions should use: the open
    plan, else the selected student's active plan (or None).
    """

    current_plan_changed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._current_plan: int | None = None
        self._program_names: dict[str, str] = {}
        self._programs: list[tuple[str, str, str]] | None = None
        self.setObjectName("StudentsPage")

        # --- student list ---
        self.model = StudentTableModel(self)
        self.proxy = StudentFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or student ID"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search students"))
        self.search.setToolTip(self.tr("Type part of a name or ID; accents and case do not "
                                       "matter. Enter moves to the table."))
        self.show_archived = QCheckBox(self.tr("Show &archived"))
        self.show_archived.setToolTip(self.tr("Include archived students in the list"))
        self.new_button = QPushButton(self.tr("&New student"))
        self.new_button.setToolTip(self.tr("Add a student (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.setToolTip(self.tr("Edit the selected student (F2)"))
        self.archive_button = QPushButton(self.tr("Arc&hive"))
        self.archive_button.setToolTip(self.tr("Archive the selected student: hidden from the "
                                               "list, nothing deleted"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the selected student for good (only "
                                              "without an approved plan)"))
        self.count = QLabel()
        self.count.setObjectName("StudentCount")
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setAccessibleName(self.tr("Students"))
        self.table.setToolTip(self.tr("Enter opens the active plan; F2 edits the student"))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(50)
        for col, width in enumerate((180, 95, 55, 75, 130, 190)):
            if col != NAME:
                # never narrower than the header's own words (longer in Spanish)
                header.resizeSection(col, max(width, header.sectionSizeHint(col)))

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_archived)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.archive_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 4, 0)
        ll.addLayout(top)
        ll.addLayout(buttons)
        ll.addWidget(self.table, 1)

        # --- selected student: card and plans ---
        self.card = QLabel()
        self.card.setObjectName("StudentCard")
        self.card.setWordWrap(True)
        self.card.setTextFormat(Qt.TextFormat.RichText)
        self.card.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.card.setAccessibleName(self.tr("Selected student"))
        self.plans_title = plans_title = QLabel(self.tr("<b>Plans</b>"))
        self.plan_model = PlanListModel(self)
        self.plan_list = QListView()
        self.plan_list.setModel(self.plan_model)
        self.plan_list.setItemDelegate(TwoLineDelegate(self.plan_list))
        self.plan_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.plan_list.setAlternatingRowColors(True)
        self.plan_list.setAccessibleName(self.tr("Plans of the selected student"))
        self.plan_list.setToolTip(self.tr("Enter or double-click opens a plan; ★ marks the "
                                          "active plan"))
        self.plan_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.new_plan_button = QPushButton(self.tr("New &plan…"))
        self.new_plan_button.setToolTip(self.tr("Start a plan from a program of study or blank "
                                                "(Ctrl+Shift+N)"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open the selected plan in the editor (Enter)"))
        self.duplicate_button = QPushButton(self.tr("D&uplicate"))
        self.duplicate_button.setToolTip(self.tr("Copy the selected plan as a what-if plan"))
        self.active_button = QPushButton(self.tr("Set ac&tive"))
        self.active_button.setToolTip(self.tr("Make the selected plan the student's active "
                                              "plan"))
        self.delete_plan_button = QPushButton(self.tr("Delete plan…"))
        self.delete_plan_button.setToolTip(self.tr("Delete the selected plan (asks first)"))
        plan_buttons = QHBoxLayout()
        for b in (self.new_plan_button, self.open_button, self.duplicate_button,
                  self.active_button, self.delete_plan_button):
            plan_buttons.addWidget(b)
        for b in (self.new_button, self.edit_button, self.archive_button, self.delete_button,
                  self.new_plan_button, self.open_button, self.duplicate_button,
                  self.active_button, self.delete_plan_button):
            b.setAutoDefault(True)  # Enter presses a focused button, as in dialogs
        self.plan_panel = QFrame()
        self.plan_panel.setObjectName("PlanPanel")
        rl = QVBoxLayout(self.plan_panel)
        rl.setContentsMargins(8, 0, 0, 0)
        rl.addWidget(self.card)
        rl.addSpacing(6)
        rl.addWidget(plans_title)
        rl.addWidget(self.plan_list, 1)
        rl.addLayout(plan_buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.plan_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([780, 480])
        self.splitter.setChildrenCollapsible(False)
        list_page = self._list_page = QWidget()
        lp = QVBoxLayout(list_page)
        lp.setContentsMargins(8, 8, 8, 8)
        lp.addWidget(self.splitter)

        self.editor = PlanEditor(ctx)
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        self.stack.addWidget(self.editor)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.stack)

        QWidget.setTabOrder(self.search, self.show_archived)
        QWidget.setTabOrder(self.show_archived, self.new_button)
        QWidget.setTabOrder(self.new_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.archive_button)
        QWidget.setTabOrder(self.archive_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.table)
        QWidget.setTabOrder(self.table, self.plan_list)
        QWidget.setTabOrder(self.plan_list, self.new_plan_button)

        # --- wiring ---
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._focus_table)
        self.show_archived.toggled.connect(lambda *_: self._reload_students())
        self.new_button.clicked.connect(self.new_student)
        self.edit_button.clicked.connect(self.edit_student)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.delete_button.clicked.connect(self.delete_student)
        self.table.selectionModel().selectionChanged.connect(self._student_selected)
        self.table.doubleClicked.connect(lambda *_: self.edit_student())
        self.table.activated.connect(lambda *_: self._open_active_or_new())
        self.plan_list.activated.connect(lambda *_: self.open_selected_plan())
        self.plan_list.doubleClicked.connect(lambda *_: self.open_selected_plan())
        self.plan_list.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.new_plan_button.clicked.connect(self.new_plan)
        self.open_button.clicked.connect(self.open_selected_plan)
        self.duplicate_button.clicked.connect(self.duplicate_plan)
        self.active_button.clicked.connect(self.set_active_plan)
        self.delete_plan_button.clicked.connect(self.delete_plan)
        self.editor.back_requested.connect(self.show_list)
        self.editor.plan_loaded.connect(lambda *_: self._emit_current_plan())
        self.stack.currentChanged.connect(lambda *_: self._emit_current_plan())
        self._shortcut("F2", self.edit_student, self.table)
        self._shortcut("Ctrl+Shift+N", self.new_plan, list_page)
        self._shortcut("Delete", self.toggle_archived, self.table)
        self._shortcut("Shift+Delete", self.delete_student, self.table)
        self._shortcut("Delete", self.delete_plan, self.plan_list)

        bus = ctx.bus
        bus.students_changed.connect(self.refresh)
        bus.plan_changed.connect(self._plan_changed)
        bus.reference_changed.connect(self._reference_changed)
        bus.database_replaced.connect(self._database_replaced)
        self.refresh()

    @staticmethod
    def _shortcut(keys: str, slot: Any, widget: QWidget) -> None:
        shortcut = QShortcut(QKeySequence(keys), widget)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    # --- public API ------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the student list, the selected student's plans and the open plan."""
        self._program_names = {}
        self._programs = None
        self._reload_students()
        if self.stack.currentWidget() is self.editor and self.editor.plan_id is not None:
            self.editor.refresh()

    def new_student(self) -> int | None:
        """Ask for a new student; select it and return its id (None when cancelled)."""
        dialog = StudentDialog(self.ctx, None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.student_pk is None:
            return None
        pk = dialog.student_pk
        self.open_student(pk)
        self.new_plan_button.setFocus()
        return pk

    def edit_student(self) -> None:
        pks = self.selected_student_pks()
        if len(pks) != 1:
            return
        dialog = StudentDialog(self.ctx, pks[0], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.open_student(pks[0])

    def open_student(self, pk: int) -> None:
        """Show the list with student ``pk`` selected (showing archived ones if needed)."""
        self.show_list()
        if self.model.row_of(pk) is None:
            self._reload_students()
        if self.model.row_of(pk) is None and not self.show_archived.isChecked():
            self.show_archived.setChecked(True)
        row = self.model.row_of(pk)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def open_plan(self, plan_id: int) -> None:
        """Open plan ``plan_id`` in the editor (selecting its student in the list)."""
        try:
            view = plans.load_plan(self.ctx.db, plan_id)
        except LookupError:
            return
        if self.selected_student_pks() != [view.student_pk]:
            self.open_student(view.student_pk)
        self.editor.load(plan_id)
        self.stack.setCurrentWidget(self.editor)
        self.editor.catalog.search.setFocus()
        self._emit_current_plan()

    def show_list(self) -> None:
        if self.stack.currentWidget() is not self.list_page():
            self.stack.setCurrentIndex(0)
            self._reload_plans()
            self.table.setFocus()
        self._emit_current_plan()

    def list_page(self) -> QWidget:
        return self._list_page

    def selected_student_pks(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [int(self.proxy.index(r, 0).data(PK_ROLE)) for r in rows]

    def current_plan_id(self) -> int | None:
        if self.stack.currentWidget() is self.editor and self.editor.plan_id is not None:
            return self.editor.plan_id
        return self._active_plan_of_selection()

    # --- student list ----------------------------------------------------------------
    def _reload_students(self) -> None:
        keep = self.selected_student_pks()
        rows = students.list_students(self.ctx.db,
                                      include_archived=self.show_archived.isChecked())
        self.model.set_rows(rows)
        self._update_count()
        for pk in keep[:1]:
            row = self.model.row_of(pk)
            if row is not None:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if index.isValid():
                    self.table.selectionModel().setCurrentIndex(
                        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows)
        self._student_selected()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown != total:
            self.count.setText(self.tr("%d of %d students") % (shown, total))
        else:
            self.count.setText(self.tr("1 student") if total == 1
                               else self.tr("%d students") % total)

    def focus_search(self) -> None:
        """Put the cursor in the search box: the student search, or the open plan's
        course catalog search."""
        if self.stack.currentWidget() is self.editor:
            self.editor.focus_search()
            return
        self.search.setFocus()
        self.search.selectAll()

    def _focus_table(self) -> None:
        self.table.setFocus()
        if self.proxy.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _selected_row(self) -> StudentRow | None:
        pks = self.selected_student_pks()
        if len(pks) != 1:
            return None
        row = self.model.row_of(pks[0])
        return self.model.row_at(row) if row is not None else None

    def _student_selected(self, *_: Any) -> None:
        self._reload_plans()
        self._update_buttons()
        self._emit_current_plan()

    def _update_buttons(self) -> None:
        pks = self.selected_student_pks()
        row = self._selected_row()
        self.edit_button.setEnabled(len(pks) == 1)
        self.archive_button.setEnabled(bool(pks))
        self.delete_button.setEnabled(len(pks) == 1)
        if row is not None and row.archived:
            self.archive_button.setText(self.tr("Unarc&hive"))
            self.archive_button.setToolTip(self.tr("Bring the student back to the list"))
        else:
            self.archive_button.setText(self.tr("Arc&hive"))
            self.archive_button.setToolTip(self.tr("Archive the selected student: hidden from "
                                                   "the list, nothing deleted (Delete)"))
        has_student = row is not None
        has_plan = self._selected_plan() is not None
        self.new_plan_button.setEnabled(has_student)
        for b in (self.open_button, self.duplicate_button, self.delete_plan_button):
            b.setEnabled(has_plan)
        plan = self._selected_plan()
        self.active_button.setEnabled(plan is not None and not plan.is_active)

    def toggle_archived(self) -> None:
        pks = self.selected_student_pks()
        if not pks:
            return
        row = self._selected_row()
        archive = not (row is not None and row.archived)
        def archive_one(pk: int) -> None:
            students.set_archived(self.ctx.db, pk, archive)

        for pk in pks:
            try:
                ok, _ = guarded(self, partial(archive_one, pk))
            except LookupError:
                continue
            if not ok:
                break
        self.ctx.bus.students_changed.emit()

    def delete_student(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        if not self.confirm(self.tr("Delete student"),
                            self.tr("Delete {name} ({id}) and all of their plans for good? "
                                    "This cannot be undone.\n\nArchiving keeps the record but "
                                    "hides it.").format(name=row.full_name, id=row.student_id)):
            return
        try:
            ok, _ = guarded(self, lambda: students.delete_student(self.ctx.db, row.id))
        except StudentDeleteRefused as exc:
            self.inform(self.tr("Student not deleted"), str(exc))
            return
        if ok:
            self.ctx.bus.students_changed.emit()

    # --- plans -----------------------------------------------------------------------
    def _reload_plans(self) -> None:
        row = self._selected_row()
        if row is None:
            self.plan_model.set_plans([], {})
            self.plans_title.setText(self.tr("<b>Plans</b>"))
            self.card.setText(self._card_html(None))
            self._update_buttons()
            return
        keep = self._selected_plan()
        items = plans.list_plans(self.ctx.db, row.id)
        self.plan_model.set_plans(items, self._program_name_map())
        self.plans_title.setText(self.tr("<b>Plans (%d)</b>") % len(items) if items else
                                 self.tr("<b>Plans</b> — none yet: press <i>New plan…</i>"))
        self.card.setText(self._card_html(row))
        target = keep.id if keep is not None else next((p.id for p in items if p.is_active),
                                                      None)
        r = self.plan_model.row_of(target) if target is not None else None
        if r is None and items:
            r = 0
        if r is not None:
            self.plan_list.setCurrentIndex(self.plan_model.index(r, 0))
        self._update_buttons()

    def _program_name_map(self) -> dict[str, str]:
        if not self._program_names:
            self._program_names = {code: name for code, name, _ in self._program_list()}
        return self._program_names

    def _program_list(self) -> list[tuple[str, str, str]]:
        if self._programs is None:
            self._programs = browse.list_programs(self.ctx.db)
        return self._programs

    def _card_html(self, row: StudentRow | None) -> str:
        if row is None:
            n = len(self.selected_student_pks())
            text = (self.tr("%d students selected.") % n if n > 1 else
                    self.tr("Select a student to see their plans, or press <b>New student</b>."))
            return f"<p style='color:gray'>{text}</p>"
        detail = students.get_student(self.ctx.db, row.id)
        name = html.escape(row.full_name)
        lines = [f"<span style='font-size:15pt; font-weight:600'>{name}</span>"
                 + (" <span style='color:gray'>(archived)</span>" if row.archived else "")]
        facts = [f"ID {html.escape(row.student_id)}", f"Grade {row.grade}",
                 f"Class of {row.graduation_year}"]
        if row.counselor:
            facts.append(f"Counselor {html.escape(row.counselor)}")
        lines.append(" · ".join(facts))
        if row.school:
            lines.append(html.escape(row.school))
        if detail is not None:
            if detail.data.career_interests:
                names = self._cluster_names()
                interests = [names.get(c, c) for c in detail.data.career_interests]
                lines.append("<i>Interests:</i> " + html.escape(", ".join(interests)))
            if detail.data.notes.strip():
                note = detail.data.notes.strip()
                lines.append("<i>Notes:</i> " + html.escape(note[:240])
                             + ("…" if len(note) > 240 else ""))
        return "<br>".join(lines)

    def _cluster_names(self) -> dict[str, str]:
        names: dict[str, str] = {}
        for f in browse.list_frameworks(self.ctx.db):
            for c in browse.framework_tree(self.ctx.db, f.code):
                names[c.code] = c.name
        return names

    def _selected_plan(self) -> PlanSummary | None:
        index = self.plan_list.currentIndex()
        return self.plan_model.plan_at(index.row()) if index.isValid() else None

    def _active_plan_of_selection(self) -> int | None:
        row = self._selected_row()
        if row is None:
            return None
        active = next((p.id for p in self.plan_model.plans() if p.is_active), None)
        return active if active is not None else row.active_plan_id

    def _emit_current_plan(self) -> None:
        current = self.current_plan_id()
        if current != self._current_plan:
            self._current_plan = current
            self.current_plan_changed.emit(current)

    def _open_active_or_new(self) -> None:
        plan_id = self._active_plan_of_selection()
        if plan_id is not None:
            self.open_plan(plan_id)
        elif self._selected_row() is not None:
            self.new_plan()

    def new_plan(self) -> int | None:
        """Ask for a name and a program of study; create the plan and open it."""
        row = self._selected_row()
        if row is None:
            return None
        existing = self.plan_model.rowCount()
        default = "Main plan" if existing == 0 else f"Plan {existing + 1}"
        dialog = NewPlanDialog(self._program_list(), default, self)
        pending, self._pending_program = getattr(self, "_pending_program", None), None
        if pending:
            dialog.select_program(pending)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.create_plan(dialog.plan_name() or default, dialog.program_code())

    def start_plan_from_program(self, program_code: str) -> None:
        """From Explore: a new plan for the selected student, this program chosen."""
        self._pending_program: str | None = program_code
        if self._selected_row() is not None:
            self.new_plan()
        else:
            self.inform(self.tr("Choose a student"),
                        self.tr("Select the student this plan is for, then choose New plan: "
                                "the program of study is chosen for you."))

    def create_plan(self, name: str, program_code: str | None) -> int | None:
        row = self._selected_row()
        if row is None:
            return None
        past = "plan"
        try:
            done = plans.past_levels(self.ctx.db, row.id) if program_code else ()
            if done:
                choice = self.ask_past_years(done)
                if choice is None:
                    return None
                past = choice
            ok, created = guarded(self, lambda: plans.create_plan(
                self.ctx.db, row.id, name, program_code, past=past))
        except LookupError as exc:
            self.inform(self.tr("Plan not created"), str(exc))
            return None
        if not ok or created is None:
            return None
        plan_id = created
        self._reload_students()
        self.ctx.bus.plan_changed.emit(plan_id)
        self.open_plan(plan_id)
        return plan_id

    def ask_past_years(self, levels: Sequence[int]) -> str | None:
        from counselor_app.ui.plan.past_years import ask_past_years

        return ask_past_years(self, levels)

    def open_selected_plan(self) -> None:
        plan = self._selected_plan()
        if plan is not None:
            self.open_plan(plan.id)

    def duplicate_plan(self) -> int | None:
        plan = self._selected_plan()
        if plan is None:
            return None
        ok, new_id = guarded(self, lambda: plans.duplicate_plan(
            self.ctx.db, plan.id, f"{plan.name} (what-if)"))
        if not ok or new_id is None:
            return None
        self.ctx.bus.plan_changed.emit(new_id)
        self._reload_plans()
        r = self.plan_model.row_of(new_id)
        if r is not None:
            self.plan_list.setCurrentIndex(self.plan_model.index(r, 0))
        return new_id

    def set_active_plan(self) -> None:
        plan = self._selected_plan()
        if plan is None or plan.is_active:
            return
        if not guarded(self, lambda: plans.set_active_plan(self.ctx.db, plan.id))[0]:
            return
        self._reload_students()
        self.ctx.bus.plan_changed.emit(plan.id)

    def delete_plan(self) -> None:
        plan = self._selected_plan()
        if plan is None:
            return
        extra = ("\n\n" + self.tr("It is the active plan; the most recently changed other "
                                    "plan becomes active.") if plan.is_active else "")
        if not self.confirm(self.tr("Delete plan"),
                            self.tr("Delete the plan “{name}” with all its courses and "
                                    "comments? This cannot be undone.").format(name=plan.name)
                            + extra):
            return
        if not guarded(self, lambda: plans.delete_plan(self.ctx.db, plan.id))[0]:
            return
        if self.editor.plan_id == plan.id:
            self.show_list()
        self._reload_students()
        self.ctx.bus.plan_changed.emit(plan.id)

    # --- bus -------------------------------------------------------------------------
    def _plan_changed(self, plan_id: int) -> None:
        if self.stack.currentWidget() is not self.editor:
            self._reload_plans()
            self._emit_current_plan()
        elif self.plan_model.row_of(plan_id) is not None:
            self._reload_plans()

    def _reference_changed(self) -> None:
        self.refresh()

    def _database_replaced(self) -> None:
        self.editor.plan_id = None
        self.stack.setCurrentIndex(0)
        self.refresh()
        self._emit_current_plan()

    # --- dialogs (tests replace these) -----------------------------------------------
    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)
