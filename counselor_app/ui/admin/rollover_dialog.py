"""File > Start school year YYYY-YY: preview, then move every active student up a grade.

The preview lists every student's move (grade 12 students are archived), courses in
progress the transcript shows passed, and plans with no courses for the new year. The
database is backed up first and everything runs in one transaction; the message after
names the backup, which File > Restore from backup puts back (the undo).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counselor_app.services import rollover
from counselor_app.ui.context import AppContext
from counselor_app.ui.shared.messages import shown
from counselor_app.ui.shared.words import grade_title


class RolloverDialog(QDialog):
    def __init__(self, ctx: AppContext, year: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_: rollover.RolloverResult | None = None
        self.preview = rollover.preview_rollover(ctx.db, year)
        p = self.preview
        self.setWindowTitle(self.tr("Start school year %s") % p.label)
        moving = [m for m in p.moves if m.to_grade is not None]
        head = QLabel(self.tr("<b>Start school year %s</b><br>%d student(s) move up a grade; "
                              "%d finished grade 12 and are archived; %d course(s) in "
                              "progress become completed from the transcript.")
                      % (p.label, len(moving), len(p.graduating), p.completed))
        head.setWordWrap(True)
        self.moves = QListWidget()
        self.moves.setAccessibleName(self.tr("Students moving up"))
        graduated = self.tr("graduated (archived)")
        self.moves.addItems([f"{m.student_id}  {m.name}: {grade_title(m.from_grade)} → "
                             + (grade_title(m.to_grade) if m.to_grade else graduated)
                             for m in p.moves])
        self.gaps = QListWidget()
        self.gaps.setAccessibleName(self.tr("Plans without next year's courses"))
        gap = self.tr("“%1” has no courses for %2")
        self.gaps.addItems([f"{g.student_id}  {g.name}: "
                            + gap.replace("%1", g.plan_name).replace("%2", grade_title(g.grade))
                            for g in p.gaps])
        tabs = QTabWidget()
        tabs.addTab(self.moves, self.tr("Students (%d)") % len(p.moves))
        tabs.addTab(self.gaps, self.tr("Plans without next year's courses (%d)") % len(p.gaps))
        note = QLabel(self.tr("The database is backed up first. To undo, restore that backup "
                              "(File > Restore from backup)."))
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = self.buttons.addButton(self.tr("&Start %s") % p.label,
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        if p.already_started:
            self.start_button.setEnabled(False)
            note.setText(self.tr("School year %s was already started.") % p.label)
        self.start_button.setEnabled(not p.already_started and bool(p.moves))
        self.buttons.rejected.connect(self.reject)
        self.start_button.clicked.connect(self.start)
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addWidget(tabs, 1)
        lay.addWidget(note)
        lay.addWidget(self.buttons)
        self.resize(640, 480)

    def start(self) -> None:
        try:
            self.result_ = rollover.start_school_year(self.ctx.db, self.preview.year)
        except (rollover.RolloverRefused, OSError) as exc:
            QMessageBox.warning(self, self.windowTitle(), shown(exc))
            return
        self.ctx.undo.clear()  # the edits before belong to the previous year
        self.ctx.bus.students_changed.emit()
        self.accept()
