"""Archiving students: one undoable step (Edit > Undo "Archive Ana Núñez"), and a line on
the Students page saying what was archived, with Undo in place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from counselor_app.ui.context import AppContext

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def who(names: list[str]) -> str:
    """'Ana Núñez', or '3 students' for several."""
    return names[0] if len(names) == 1 else \
        translate("ArchiveStudents", "%d students") % len(names)


class ArchiveStudentsCommand(QUndoCommand):
    """Archive (or bring back) students; undo restores exactly those it changed."""

    def __init__(self, ctx: AppContext, pks: list[int], names: list[str],
                 archive: bool) -> None:
        text = translate("ArchiveStudents", "Archive %s") if archive else \
            translate("ArchiveStudents", "Unarchive %s")
        super().__init__(text % who(names))
        self.ctx, self.pks, self.archive = ctx, list(pks), archive
        self.changed: list[int] = []
        self.failed = False

    def _set(self, pks: list[int], archived: bool) -> list[int] | None:
        from counselor_app.services import students  # the ORM: loaded only when archiving
        from counselor_app.ui.shared.write_errors import guarded

        ok, changed = guarded(None, lambda: students.set_archived_many(self.ctx.db, pks,
                                                                       archived))
        self.ctx.bus.students_changed.emit()
        return changed if ok else None

    def redo(self) -> None:
        changed = self._set(self.pks, self.archive)
        if changed is None:  # not written (busy, read-only...): said; leaves the stack
            self.failed = True
            self.setObsolete(True)
            return
        self.changed = changed

    def undo(self) -> None:
        if self._set(self.changed, not self.archive) is None:
            self.setObsolete(True)


class ArchiveNotice(QFrame):
    """"Ana Núñez archived. [Undo]" under the student list, until the next change."""

    def __init__(self, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ArchiveNotice")
        self.undo_stack = undo
        self.command: ArchiveStudentsCommand | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Bring back what was just archived (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 2, 2, 2)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.undo_button)
        self.setStyleSheet("#ArchiveNotice { background: palette(alternate-base); "
                           "border: 1px solid palette(mid); border-radius: 3px; }")
        undo.indexChanged.connect(self._stack_moved)
        self.hide()

    def show_done(self, command: ArchiveStudentsCommand, names: list[str]) -> None:
        self.command = command
        text = self.tr("%s archived: hidden from the list, nothing deleted.") if command.archive \
            else self.tr("%s is back in the list.") if len(names) == 1 else \
            self.tr("%s are back in the list.")
        self.label.setText(text % who(names))
        self.show()

    def undo(self) -> None:
        if self.command is not None and self.undo_stack.command(
                self.undo_stack.index() - 1) is self.command:
            self.undo_stack.undo()
        self.hide()

    def _stack_moved(self, _index: int) -> None:
        """Anything else done or undone: the line no longer says what Undo would do."""
        stack = self.undo_stack
        if self.command is None or stack.index() == 0 or \
                stack.command(stack.index() - 1) is not self.command:
            self.command = None
            self.hide()
