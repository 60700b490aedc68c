"""Export the active plans of many students to a folder or one combined PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from counselor_app.services.batch_export import BatchResult, batch_export
from counselor_app.services.students import StudentRow, list_students
from counselor_app.ui.context import AppContext
from counselor_app.ui.printing.common import (
    BATCH_FOLDER_KEY,
    PDF_FILTER,
    open_location,
    remembered_folder,
    warn,
    warn_unprintable,
    with_pdf_suffix,
    write_error,
)
from counselor_app.ui.shared.messages import shown
from counselor_app.ui.shared.workers import BackgroundTask, Progress, run_with_progress


class BatchExportDialog(QDialog):
    """Export the active plans of many students to a folder or one combined PDF."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 student_pks: list[int] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.selected = list(dict.fromkeys(student_pks or []))
        self.setWindowTitle(self.tr("Export plans as PDF"))
        self.state = "idle"  # idle | running | done | cancelled | failed
        self.batch_result: BatchResult | None = None
        self._task: BackgroundTask | None = None
        self._done = 0
        self._close_when_done = False
        self._rows: list[StudentRow] = list_students(ctx.db)

        # -- who
        who = QGroupBox(self.tr("Students"))
        self.selected_radio = QRadioButton(self.tr("Selected students (%d)") % len(self.selected))
        self.grade_radio = QRadioButton(self.tr("All students in grade"))
        self.counselor_radio = QRadioButton(self.tr("All students of counselor"))
        self.all_radio = QRadioButton(self.tr("All students"))
        self.grade_combo = QComboBox()
        for grade in sorted({r.grade for r in self._rows}) or list(range(9, 13)):
            self.grade_combo.addItem(str(grade), grade)
        self.counselor_combo = QComboBox()
        for name in sorted({r.counselor for r in self._rows if r.counselor}, key=str.casefold):
            self.counselor_combo.addItem(name, name)
        self.counselor_radio.setEnabled(self.counselor_combo.count() > 0)
        self.counselor_combo.setEnabled(self.counselor_combo.count() > 0)
        self.selected_radio.setEnabled(bool(self.selected))
        self.who_group = QButtonGroup(self)
        for b in (self.selected_radio, self.grade_radio, self.counselor_radio, self.all_radio):
            self.who_group.addButton(b)
        (self.selected_radio if self.selected else self.grade_radio).setChecked(True)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: palette(mid);")

        grid = QVBoxLayout(who)
        grid.addWidget(self.selected_radio)
        for radio, combo in ((self.grade_radio, self.grade_combo),
                             (self.counselor_radio, self.counselor_combo)):
            row = QHBoxLayout()
            row.addWidget(radio)
            row.addWidget(combo, 1)
            grid.addLayout(row)
        grid.addWidget(self.all_radio)
        grid.addWidget(self.count_label)

        # -- where
        where = QGroupBox(self.tr("Save as"))
        self.folder_radio = QRadioButton(self.tr("One PDF per student, in a folder"))
        self.combined_radio = QRadioButton(self.tr("One combined PDF file (for printing)"))
        self.folder_radio.setChecked(True)
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.folder_radio)
        self.mode_group.addButton(self.combined_radio)
        self.path_edit = QLineEdit(str(remembered_folder(ctx, BATCH_FOLDER_KEY)))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        form = QFormLayout(where)
        form.addRow(self.folder_radio)
        form.addRow(self.combined_radio)
        form.addRow(self.tr("Location:"), path_row)
        self.blank_sheets = QCheckBox(self.tr("Print a blank planning &sheet for students "
                                              "without a plan"))
        self.blank_sheets.setToolTip(self.tr(
            "Off: students who have no plan yet get no file. On: each gets a blank sheet "
            "titled \"Course planning sheet\" to plan on together, never counted as a plan. "
            "Either way the result lists them."))
        form.addRow(self.blank_sheets)

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.no_plan_list = QListWidget()  # the students without a plan, after an export
        self.no_plan_list.setAccessibleName(self.tr("Students without a plan"))
        self.no_plan_list.setMaximumHeight(120)
        self.no_plan_list.setVisible(False)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button = self.buttons.addButton(self.tr("Open folder"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setVisible(False)
        self.open_file_button = self.buttons.addButton(self.tr("Open &file"),
                                                       QDialogButtonBox.ButtonRole.ActionRole)
        self.open_file_button.setVisible(False)  # a combined file: open it
        self.open_file_button.clicked.connect(
            lambda: open_location(self._target_path))
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start_export)
        self.open_button.clicked.connect(self.open_location)
        self.close_button.clicked.connect(self.reject)
        self.export_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(where)
        layout.addWidget(self.result_label)
        layout.addWidget(self.no_plan_list)
        layout.addWidget(self.buttons)

        for button in self.who_group.buttons():
            button.toggled.connect(self._update_count)
        for combo, choose in ((self.grade_combo, self._choose_grade),
                              (self.counselor_combo, self._choose_counselor)):
            combo.currentIndexChanged.connect(choose)
            combo.activated.connect(choose)  # picking the current item again also chooses
        self.combined_radio.toggled.connect(self._mode_changed)
        self._update_count()
        self.resize(520, self.sizeHint().height())

    # -- choices

    def _choose_grade(self) -> None:
        self.grade_radio.setChecked(True)
        self._update_count()

    def _choose_counselor(self) -> None:
        self.counselor_radio.setChecked(True)
        self._update_count()

    def chosen_rows(self, rows: list[StudentRow] | None = None) -> list[StudentRow]:
        rows = self._rows if rows is None else rows
        if self.selected_radio.isChecked():
            wanted = set(self.selected)
            return [r for r in rows if r.id in wanted]
        if self.grade_radio.isChecked():
            return [r for r in rows if r.grade == self.grade_combo.currentData()]
        if self.counselor_radio.isChecked():
            return [r for r in rows if r.counselor == self.counselor_combo.currentData()]
        return list(rows)

    def _update_count(self) -> None:
        n = len(self.chosen_rows())
        self.count_label.setText(self.tr("1 student") if n == 1 else self.tr("%d students") % n)
        self.export_button.setEnabled(n > 0 and self.state != "running")

    def _default_file_name(self) -> str:
        if self.grade_radio.isChecked():
            return f"plans-grade-{self.grade_combo.currentData()}.pdf"
        return "plans.pdf"

    def _mode_changed(self, combined: bool) -> None:
        text = self.path_edit.text().strip()
        path = Path(text) if text else remembered_folder(self.ctx, BATCH_FOLDER_KEY)
        if combined and path.suffix.lower() != ".pdf":
            self.path_edit.setText(str(path / self._default_file_name()))
        elif not combined and path.suffix.lower() == ".pdf":
            self.path_edit.setText(str(path.parent))

    def browse(self) -> None:
        current = self.path_edit.text().strip()
        if self.combined_radio.isChecked():
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Combined PDF"), current,
                                                    PDF_FILTER)
            if chosen:
                self.path_edit.setText(str(with_pdf_suffix(Path(chosen))))
        else:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the PDF files"),
                                                     current)
            if chosen:
                self.path_edit.setText(chosen)

    # -- running

    def _target(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            warn(self, self.windowTitle(), self.tr("Choose where to save the PDF files."))
            return None
        path = Path(text).expanduser()
        if self.combined_radio.isChecked():
            path = with_pdf_suffix(path)
            if path.is_dir():
                warn(self, self.windowTitle(), self.tr(
                    "%s is a folder. Enter a file name for the combined PDF.") % path)
                return None
            if not path.parent.is_dir():
                warn(self, self.windowTitle(), self.tr("The folder %s does not exist.")
                      % path.parent)
                return None
        elif path.exists() and not path.is_dir():
            warn(self, self.windowTitle(), self.tr(
                "%s is a file. Choose a folder, or save one combined PDF.") % path)
            return None
        return path

    def start_export(self) -> None:
        if self.state == "running":
            return
        target = self._target()
        if target is None:
            return
        pks = [r.id for r in self.chosen_rows(list_students(self.ctx.db))]
        if not pks:
            warn(self, self.windowTitle(), self.tr("No students match this choice."))
            return
        combined = self.combined_radio.isChecked()
        skip = not self.blank_sheets.isChecked()
        folder = target.parent if combined else target
        self.ctx.qsettings.setValue(BATCH_FOLDER_KEY, str(folder))
        self.state = "running"
        self._done = 0
        self.export_button.setEnabled(False)
        self.open_button.setVisible(False)
        self.open_file_button.setVisible(False)
        self.no_plan_list.clear()
        self.no_plan_list.setVisible(False)
        self.result_label.setText(self.tr("Exporting %d plans…") % len(pks))
        db = self.ctx.db
        of = self.tr("%1 of %2: %3")

        def work(progress: Progress) -> BatchResult:
            def report(done: int, total: int, message: str) -> None:
                self._done = done
                progress(done, total, of.replace("%1", str(done)).replace(
                    "%2", str(total)).replace("%3", message) if message else "")

            try:
                return batch_export(db, pks, target, combined, report,
                                    skip_without_plan=skip, stop=progress.check)
            except OSError as exc:
                raise RuntimeError(write_error(target, exc)) from exc

        self._target_path, self._combined, self._total = target, combined, len(pks)
        self._task = run_with_progress(self, self.tr("Exporting plans"), work, self._finished,
                                       self._failed, self._cancelled)

    def cancel_export(self) -> None:
        if self._task is not None and self.state == "running":
            self._task.cancel()

    def _finish(self, state: str, text: str) -> None:
        self.state = state
        self._task = None
        self.result_label.setText(text)
        self._update_count()
        if self._close_when_done:
            super().reject()

    def _finished(self, result: object) -> None:
        assert isinstance(result, BatchResult)
        self.batch_result = result
        plans = self.tr("1 plan") if result.plans == 1 else self.tr("%d plans") % result.plans
        if result.combined:
            text = self.tr("Saved %1 in one file:\n%2")
        else:
            text = self.tr("Saved %1 (one file each) in:\n%2")
        text = text.replace("%1", plans).replace("%2", str(self._target_path))
        if result.missing:
            text += "\n" + self.tr("%d students were deleted meanwhile and skipped.") % len(
                result.missing)
        if result.without_plan:
            n = len(result.without_plan)
            if result.blank_sheets:
                line = self.tr("1 student has no plan yet: a blank planning sheet was saved "
                               "(not counted as a plan):") if n == 1 else self.tr(
                    "%d students have no plan yet: a blank planning sheet was saved for each "
                    "(not counted as a plan):") % n
            else:
                line = self.tr("1 student has no plan yet and got no file:") if n == 1 else \
                    self.tr("%d students have no plan yet and got no file:") % n
            text += "\n" + line
            self.no_plan_list.addItems([shown(name) for name in result.without_plan_names])
            self.no_plan_list.setVisible(True)
        self.open_button.setVisible(True)
        self.open_file_button.setVisible(result.combined)
        self._finish("done", text)
        if not self._close_when_done:
            warn_unprintable(self, result.unprintable)

    def _failed(self, message: str) -> None:
        self._finish("failed", self.tr("The export stopped."))
        if not self._close_when_done:
            warn(self, self.windowTitle(), message)

    def _cancelled(self) -> None:
        if self._combined:
            text = self.tr("Cancelled. No file was written.")
        else:
            text = self.tr("Cancelled. %1 of %2 files were written to %3.").replace(
                "%1", str(self._done)).replace("%2", str(self._total)).replace(
                "%3", str(self._target_path))
            if self._done:
                self.open_button.setVisible(True)
        self._finish("cancelled", text)

    def open_location(self) -> None:
        path = getattr(self, "_target_path", None)
        if path is None:
            return
        open_location(path.parent if self._combined else path)

    def reject(self) -> None:
        if self.state == "running":  # stop the worker first; close when it has stopped
            self._close_when_done = True
            self.cancel_export()
            return
        super().reject()
