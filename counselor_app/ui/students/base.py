"""What every part of the Students page shares: its widgets and what is selected."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QWidget,
)

from counselor_app.services.student_list import StudentRow
from counselor_app.ui.context import AppContext
from counselor_app.ui.students.plan_list import PlanListModel
from counselor_app.ui.students.table_model import StudentTableModel

if TYPE_CHECKING:  # both load the ORM, which the list does without
    from counselor_app.services.plans import PlanSummary
    from counselor_app.ui.plan.editor import PlanEditor
    from counselor_app.ui.students.archive_undo import ArchiveNotice


class StudentsPageBase(QWidget):
    """The widgets ``StudentsPage`` builds, the selection queries, and the dialogs.

    ``current_plan_changed`` carries the plan the PDF actions should use: the open
    plan, else the selected student's active plan (or None).
    """

    current_plan_changed = Signal(object)

    ctx: AppContext
    _current_plan: int | None
    _program_names: dict[str, str]
    _programs: list[tuple[str, str, str]] | None
    model: StudentTableModel
    search: QLineEdit
    show_archived: QCheckBox
    new_button: QPushButton
    edit_button: QPushButton
    archive_button: QPushButton
    archive_notice: ArchiveNotice
    delete_button: QPushButton
    count: QLabel
    table: QTableView
    card: QLabel
    plans_title: QLabel
    plan_model: PlanListModel
    plan_list: QListView
    new_plan_button: QPushButton
    open_button: QPushButton
    duplicate_button: QPushButton
    active_button: QPushButton
    delete_plan_button: QPushButton
    _editor: PlanEditor | None = None
    stack: QStackedWidget

    if TYPE_CHECKING:  # defined by the parts that make up StudentsPage
        def list_page(self) -> QWidget: ...
        def show_list(self) -> None: ...
        def open_student(self, pk: int) -> None: ...
        def open_plan(self, plan_id: int) -> None: ...
        def _reload_students(self) -> None: ...
        def _reload_plans(self) -> None: ...
        def _update_buttons(self) -> None: ...
        def _make_editor(self) -> PlanEditor: ...

    @property
    def editor(self) -> PlanEditor:
        """The plan editor, built when it is first needed (it loads the ORM)."""
        if self._editor is None:
            self._editor = self._make_editor()
        return self._editor

    def editor_is_shown(self) -> bool:
        return self._editor is not None and self.stack.currentWidget() is self._editor

    def selected_student_pks(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [pk for pk in map(self.model.pk_at, rows) if pk is not None]

    def current_plan_id(self) -> int | None:
        if self.editor_is_shown() and self.editor.plan_id is not None:
            return self.editor.plan_id
        return self._active_plan_of_selection()

    def _selected_row(self) -> StudentRow | None:
        pks = self.selected_student_pks()
        if len(pks) != 1:
            return None
        row = self.model.row_of(pks[0])
        return self.model.row_at(row) if row is not None else None

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

    # --- dialogs (tests replace these) -----------------------------------------------
    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)
