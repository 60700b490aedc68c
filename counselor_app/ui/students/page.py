"""The Students view: the student table, the selected student's plans, and the plan editor."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counselor_app.ui.context import AppContext
from counselor_app.ui.shared.name_columns import (
    COUNSELOR_WIDTH_CAP,
    NAME_WIDTH_CAP,
    widest_text,
)
from counselor_app.ui.students.archive_undo import ArchiveNotice
from counselor_app.ui.students.delegate import TwoLineDelegate
from counselor_app.ui.students.list_actions import StudentListActions
from counselor_app.ui.students.plan_actions import PlanActions
from counselor_app.ui.students.plan_list import PlanListModel
from counselor_app.ui.students.table_model import (
    COUNSELOR,
    NAME,
    DatabaseStudents,
    StudentTableModel,
)

if TYPE_CHECKING:  # the editor, the student form and plans load the ORM: built when used
    from counselor_app.ui.plan.editor import PlanEditor




class StudentsPage(StudentListActions, PlanActions):
    """Students list <-> plan editor.

    ``current_plan_changed`` carries the plan the PDF actions should use: the open
    plan, else the selected student's active plan (or None).
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._current_plan: int | None = None
        self._program_names: dict[str, str] = {}
        self._programs: list[tuple[str, str, str]] | None = None
        self.setObjectName("StudentsPage")

        # --- student list ---
        self.model = StudentTableModel(DatabaseStudents(ctx), self)
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
        self.edit_button = QPushButton(self.tr("Ed&it"))
        self.edit_button.setToolTip(self.tr("Edit the selected student (F2)"))
        self.archive_button = QPushButton(self.tr("A&rchive"))
        self.archive_button.setToolTip(self.tr("Archive the selected student: hidden from the "
                                               "list, nothing deleted"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the selected student for good (only "
                                              "without an approved plan)"))
        self.count = QLabel()
        self.count.setObjectName("StudentCount")
        self.table = QTableView()
        self.table.setModel(self.model)
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
        # the name keeps its room in a narrow window; the last column (the active plan's
        # cluster) takes what is left over
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(50)
        for col, width in enumerate((220, 95, 55, 75, 120, 190)):
            # never narrower than the header's own words (longer in Spanish)
            header.resizeSection(col, max(width, header.sectionSizeHint(col)))
        self.model.modelReset.connect(self._fit_names)

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
        self.archive_notice = ArchiveNotice(ctx.undo)  # "Ana Núñez archived. [Undo]"
        ll.addWidget(self.archive_notice)
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

        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
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

    def _make_editor(self) -> PlanEditor:
        from counselor_app.ui.plan.editor import PlanEditor

        editor = PlanEditor(self.ctx)
        self.stack.addWidget(editor)
        editor.back_requested.connect(self.show_list)
        editor.plan_loaded.connect(lambda *_: self._emit_current_plan())
        return editor

    @staticmethod
    def _shortcut(keys: str, slot: Any, widget: QWidget) -> None:
        shortcut = QShortcut(QKeySequence(keys), widget)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    # --- public API ------------------------------------------------------------------
    def _fit_names(self) -> None:
        """Widen the name and counselor columns to the longest name on the first screens
        of the list (up to their caps), so "García Fernández de la Peña, María José" reads
        whole even in a 1024-pixel window; the other columns scroll instead."""
        header = self.table.horizontalHeader()
        for column, cap in ((NAME, NAME_WIDTH_CAP), (COUNSELOR, COUNSELOR_WIDTH_CAP)):
            widest = widest_text(self.table, column)
            needed = min(widest + 16, cap)
            if header.sectionSize(column) < needed:
                header.resizeSection(column, needed)

    def refresh(self) -> None:
        """Reload the student list, the selected student's plans and the open plan."""
        self._program_names = {}
        self._programs = None
        self._reload_students()
        if self.editor_is_shown() and self.editor.plan_id is not None:
            self.editor.refresh()

    def new_student(self) -> int | None:
        """Ask for a new student; select it and return its id (None when cancelled)."""
        from counselor_app.ui.students.student_dialog import StudentDialog

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
        from counselor_app.ui.students.student_dialog import StudentDialog

        dialog = StudentDialog(self.ctx, pks[0], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.open_student(pks[0])

    def open_student(self, pk: int) -> None:
        """Show the list with student ``pk`` selected (showing archived ones if needed)."""
        self.show_list()
        if self.model.row_of(pk) is None:
            self._reload_students()
        if self.model.row_of(pk) is None and self.search.text():
            self.search.clear()  # the search hid the student
        if self.model.row_of(pk) is None and not self.show_archived.isChecked():
            self.show_archived.setChecked(True)
        row = self.model.row_of(pk)
        if row is None:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def open_plan(self, plan_id: int) -> None:
        """Open plan ``plan_id`` in the editor (selecting its student in the list)."""
        from counselor_app.services import plans

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

    # --- bus -------------------------------------------------------------------------
    def _plan_changed(self, plan_id: int) -> None:
        if not self.editor_is_shown():
            self._reload_plans()
            self._emit_current_plan()
        elif self.plan_model.row_of(plan_id) is not None:
            self._reload_plans()

    def _reference_changed(self) -> None:
        self.refresh()

    def _database_replaced(self) -> None:
        if self._editor is not None:
            self._editor.plan_id = None
        self.stack.setCurrentIndex(0)
        self.refresh()
        self._emit_current_plan()
