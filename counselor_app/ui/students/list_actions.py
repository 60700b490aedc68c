"""The student list's actions: reload, search, count, selection, archive and delete."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel

from counselor_app.text import query_words
from counselor_app.ui.shared.messages import shown
from counselor_app.ui.students.base import StudentsPageBase

# Editing services and the write-error guard are imported where they are used: they load
# the ORM, which filling the list does without.


class StudentListActions(StudentsPageBase):
    """The left half of the Students page: the table of students and its buttons."""

    def _reload_students(self) -> None:
        keep = self.selected_student_pks()
        self.model.reload(include_archived=self.show_archived.isChecked(),
                          text=self.search.text())
        self._update_count()
        for pk in keep[:1]:
            row = self.model.row_of(pk)
            if row is not None:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
        self._student_selected()

    def _search_changed(self, text: str) -> None:
        """Filter in SQL; the selected students still shown stay selected."""
        if query_words(text, split_on_spaces=True) == query_words(
                self.model.query().text, split_on_spaces=True):
            return
        selection = self.table.selectionModel()
        keep = self.selected_student_pks()
        current = self.model.pk_at(selection.currentIndex().row())
        self.model.reload(text=text)
        rows = [r for r in (self.model.row_of(pk) for pk in keep) if r is not None]
        for r in rows:
            selection.select(self.model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)
        row = self.model.row_of(current) if current is not None else None
        if row is not None:
            selection.setCurrentIndex(self.model.index(row, 0),
                                      QItemSelectionModel.SelectionFlag.NoUpdate)
        if self.selected_student_pks() != keep:
            self._student_selected()
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        if shown != total:
            self.count.setText(self.tr("%d of %d students") % (shown, total))
        else:
            self.count.setText(self.tr("1 student") if total == 1
                               else self.tr("%d students") % total)

    def focus_search(self) -> None:
        """Put the cursor in the search box: the student search, or the open plan's
        course catalog search."""
        if self.editor_is_shown():
            self.editor.focus_search()
            return
        self.search.setFocus()
        self.search.selectAll()

    def _focus_table(self) -> None:
        self.table.setFocus()
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

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
            self.archive_button.setText(self.tr("Una&rchive"))
            self.archive_button.setToolTip(self.tr("Bring the student back to the list"))
        else:
            self.archive_button.setText(self.tr("A&rchive"))
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
        """Archive the selected students after asking (naming them), as one undoable step
        with Undo in place; an archived student comes back without asking."""
        from counselor_app.ui.students.archive_undo import ArchiveStudentsCommand

        pks = self.selected_student_pks()
        if not pks:
            return
        row = self._selected_row()
        archive = not (row is not None and row.archived)
        rows = [r for r in (self.model.row_at(i) for i in (
            self.model.row_of(pk) for pk in pks) if i is not None) if r is not None]
        names = [f"{r.full_name} ({r.student_id})" if r.student_id else r.full_name
                 for r in rows]
        if not names:
            return
        if archive:
            text = self.tr("Archive %s? The student leaves the list (Show archived brings "
                           "the record back into view); nothing is deleted, and Undo "
                           "restores it.") % names[0] if len(names) == 1 else self.tr(
                "Archive these %d students? They leave the list; nothing is deleted, and "
                "Undo restores them.\n\n%s") % (len(names), "\n".join(names[:10]) + (
                    "\n…" if len(names) > 10 else ""))
            if not self.confirm(self.tr("Archive students") if len(names) > 1
                                else self.tr("Archive student"), text):
                return
        command = ArchiveStudentsCommand(self.ctx, [r.id for r in rows],
                                         [r.full_name for r in rows], archive)
        self.ctx.undo.push(command)
        if not command.failed:
            self.archive_notice.show_done(command, [r.full_name for r in rows])

    def delete_student(self) -> None:
        from counselor_app.services import students
        from counselor_app.services.students import StudentDeleteRefused
        from counselor_app.ui.shared.write_errors import guarded

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
            self.inform(self.tr("Student not deleted"), shown(exc))
            return
        if ok:
            self.ctx.bus.students_changed.emit()
