"""File > Import: choose what and which file, check a preview, import in the background.

The preview lists how many rows are added, updated and unchanged, and every error by
file, row, column and reason; the Import button stays disabled while there are errors.
"Check again" re-reads the file after it was fixed in the spreadsheet program.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from counselor_app.services.imports import (
    KIND_LABELS,
    TEMPLATE_KINDS,
    ImportKind,
    ImportPreview,
    ImportResult,
    apply_import,
    preview_import,
    write_template,
)
from counselor_app.ui.context import AppContext
from counselor_app.ui.imports.mapping import ColumnMappingPage
from counselor_app.ui.imports.preview_model import PreviewModel, preview_table
from counselor_app.ui.imports.words import encodings, import_kinds, word
from counselor_app.ui.shared.messages import shown
from counselor_app.ui.shared.workers import BackgroundTask, Progress, run_with_progress

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

FILE_FILTER = ("Spreadsheets and OneRoster zips (*.csv *.xlsx *.txt *.tsv *.zip);;"
               "All files (*)")


class ChoosePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What do you want to import?"))
        self.setSubTitle(self.tr("Choose the kind of data and the file: CSV or Excel, or for "
                                 "students a OneRoster zip or folder. The next page shows "
                                 "how each column is read."))
        self.kind_combo = QComboBox()
        for kind in ImportKind:
            self.kind_combo.addItem(word(import_kinds(), KIND_LABELS[kind]), kind.value)
        self.file_edit = QLineEdit()
        self.file_edit.setPlaceholderText(self.tr("A .csv or .xlsx file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        self.encoding_combo = QComboBox()
        for label, value in encodings():
            self.encoding_combo.addItem(label, value)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Import"), self.kind_combo)
        file_label = QLabel(self.tr("&File"))
        file_label.setBuddy(self.file_edit)  # a row holding a layout gets no buddy by itself
        form.addRow(file_label, file_row)
        form.addRow(self.tr("Text &encoding"), self.encoding_combo)
        form.addRow(self.hint)
        self.file_edit.textChanged.connect(self.completeChanged)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def kind(self) -> ImportKind:
        return ImportKind(self.kind_combo.currentData())

    def set_kind(self, kind: ImportKind | str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(ImportKind(kind).value))

    def encoding(self) -> str | None:
        value = self.encoding_combo.currentData()
        return str(value) if value else None

    def paths(self) -> list[Path]:
        return [Path(p.strip()) for p in self.file_edit.text().split(";") if p.strip()]

    def _kind_changed(self) -> None:
        if self.kind() == ImportKind.ONET:
            self.hint.setText(self.tr(
                "Choose O*NET's \"Occupation Data.txt\", \"Job Zones.txt\" and/or the career "
                "cluster export (CSV), as downloaded; several files are separated by ;."))
        else:
            lines = [self.tr("CSV files may be UTF-8 or Windows-1252 (Excel's \"CSV (Comma "
                             "delimited)\"); Automatic tells them apart.")]
            if self.kind() == ImportKind.STUDENTS:
                lines.append(self.tr("Exports from PowerSchool, Infinite Campus, Skyward, "
                                     "Aeries and Synergy are read as they are. For OneRoster, "
                                     "choose the zip, the folder (type its path) or "
                                     "users.csv."))
            self.hint.setText("\n".join(lines))
        self.completeChanged.emit()

    def _browse(self) -> None:
        start = str(self.paths()[0].parent) if self.paths() else ""
        if self.kind() == ImportKind.ONET:
            files, _ = QFileDialog.getOpenFileNames(self, self.tr("O*NET files"), start,
                                                    FILE_FILTER)
            if files:
                self.file_edit.setText(";".join(files))
        else:
            file, _ = QFileDialog.getOpenFileName(self, self.tr("File to import"), start,
                                                  FILE_FILTER)
            if file:
                self.file_edit.setText(file)

    def nextId(self) -> int:
        wizard = self.wizard()
        if self.kind() == ImportKind.ONET and isinstance(wizard, ImportWizard):
            return wizard.preview_id  # O*NET files are read as downloaded: no mapping
        return super().nextId()

    def isComplete(self) -> bool:
        paths = self.paths()
        if not paths:
            return False
        if self.kind() != ImportKind.ONET and len(paths) != 1:
            return False
        folder_ok = self.kind() == ImportKind.STUDENTS  # a OneRoster export folder
        return all(p.is_file() or (folder_ok and p.is_dir()) for p in paths)


class PreviewPage(QWizardPage):
    checked = Signal()
    """A check of the file ended (done, failed or stopped)."""

    def __init__(self, ctx: AppContext, choose: ChoosePage, columns: ColumnMappingPage,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choose = choose
        self.columns = columns
        self.good_rows = False
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.task: BackgroundTask | None = None
        self.check_task: BackgroundTask | None = None
        self._check_number = 0  # which check's result the page waits for
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("What the import adds and changes, and every problem by "
                                 "row and column."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = PreviewModel(self)
        self.table = preview_table(self.model)
        self.recheck_button = QPushButton(self.tr("Check &again"))
        self.recheck_button.setToolTip(self.tr("Read the file again after fixing it"))
        self.recheck_button.clicked.connect(self.refresh)
        self.good_rows_button = QPushButton()
        self.good_rows_button.setToolTip(self.tr(
            "Import the rows without errors now; the others are written, with the reasons, "
            "to a CSV file beside the source so they can be fixed and imported later"))
        self.good_rows_button.clicked.connect(self._import_good_rows)
        self.good_rows_button.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.good_rows_button)
        buttons.addWidget(self.recheck_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def initializePage(self) -> None:
        self.result = None
        self.refresh()

    @property
    def checking(self) -> bool:
        return self.check_task is not None and self.check_task.running

    def refresh(self) -> None:
        """Check the file in the background: a large file shows progress (with Cancel)
        and the window stays responsive; the table fills in when the check is done.
        A check still running (of a file since changed on the first pages) is stopped
        and its result ignored."""
        if self.check_task is not None and self.check_task.running:
            self.check_task.cancel()
        self._check_number += 1
        number = self._check_number
        self.preview = None
        self.model.set_preview(None)
        self.summary.clear()
        self.good_rows_button.hide()
        self.recheck_button.setEnabled(False)
        self.status.setText(self.tr("Checking the file…"))
        kind = self.choose.kind()
        paths = self.choose.paths()
        source: Path | list[Path] = paths if kind == ImportKind.ONET else paths[0]
        encoding, mapping, db = self.choose.encoding(), self.columns.mapping(), self.ctx.db

        def work(progress: Progress) -> ImportPreview:
            return preview_import(db, kind, source, encoding, mapping=mapping,
                                  progress=progress)

        # a later check replaces this one: then its end is not shown
        def done(preview: object) -> None:
            if number == self._check_number:
                self._checked(preview)

        def failed(message: str) -> None:
            if number == self._check_number:
                self._check_failed(message)

        def stopped() -> None:
            if number == self._check_number:
                self._check_cancelled()

        self.check_task = run_with_progress(self, self.tr("Checking the file"), work, done,
                                            failed, stopped)
        self.completeChanged.emit()

    def _checked(self, preview: object) -> None:
        assert isinstance(preview, ImportPreview)
        self.preview = preview
        self.status.clear()
        self._show_check()

    def _check_failed(self, message: str) -> None:  # the database itself failed
        self.status.setText(self.tr("The file could not be checked: %s") % message)
        self._show_check()

    def _check_cancelled(self) -> None:
        self.status.setText(self.tr("Checking was stopped; click Check again to check the "
                                    "whole file."))
        self._show_check()

    def _show_check(self) -> None:
        self.recheck_button.setEnabled(True)
        self.model.set_preview(self.preview)
        self.summary.setText(self._summary_text())
        self._offer_good_rows()
        self.completeChanged.emit()
        self.checked.emit()

    def _offer_good_rows(self) -> None:
        p = self.preview
        if p is None or not p.good_rows_possible or not p.changes:
            self.good_rows_button.hide()
            return
        self.good_rows_button.setText(self.tr("Import the %d good rows and skip %d")
                                      % (p.changes, p.rejected_rows))
        self.good_rows_button.show()

    def _import_good_rows(self) -> None:
        p = self.preview
        if p is None or not p.good_rows_possible:
            return
        answer = QMessageBox.question(self, self.tr("Import the good rows"), self.tr(
            "Import %d rows and skip the %d rows with errors?\n\nThe skipped rows are "
            "written, with the reasons, to a CSV file beside %s. A backup is made first.")
            % (p.changes, p.rejected_rows, p.files[0]))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.good_rows = True
        self._start_import()

    def _summary_text(self) -> str:
        p = self.preview
        if p is None:
            return ""
        lines = [shown(p.summary()) + "."]
        if p.errors:
            lines.append(self.tr("Fix the errors listed below in the file, save it, then "
                                 "click Check again. Nothing is imported while there are "
                                 "errors."))
            if p.good_rows_possible and p.changes:
                lines.append(self.tr("Or import the rows without errors now: the others are "
                                     "saved, with the reasons, in a CSV file beside yours."))
        elif not p.changes:
            lines.append(self.tr("Everything in the file is already in the planner."))
        else:
            lines.append(self.tr("A backup is made before importing; the import is all or "
                                 "nothing."))
        prefix = f"{p.files[0]}: " if len(p.files) == 1 else ""

        def bare(text: str) -> str:  # one file: its name is in the title already
            return text[len(prefix):] if prefix and text.startswith(prefix) else text

        lines += [bare(shown(n)) for n in p.notes]
        lines += [self.tr("Left out, %s: %d") % (shown(why), n)
                  for why, n in p.left_out.items()]
        if p.unknown_columns:
            lines.append(self.tr("Ignored columns: %s")
                         % ", ".join(bare(c) for c in p.unknown_columns))
        return "\n".join(lines)

    def isComplete(self) -> bool:
        return (self.preview is not None and self.preview.ok and not self.checking
                and (self.task is None or not self.task.running))

    def validatePage(self) -> bool:
        if self.result is not None:
            return True
        if self.preview is None or not self.preview.ok:
            return False
        self.good_rows = False
        self._start_import()
        return False

    def _start_import(self) -> None:
        if self.task is not None and self.task.running:
            return
        kind = self.choose.kind()
        paths = self.choose.paths()
        source: Path | list[Path] = paths if kind == ImportKind.ONET else paths[0]
        encoding = self.choose.encoding()
        mapping = self.columns.mapping()
        good_rows = self.good_rows
        db = self.ctx.db

        def work(progress: Progress) -> ImportResult:
            return apply_import(db, kind, source, encoding, progress=progress,
                                mapping=mapping, good_rows=good_rows)

        self.status.setText(self.tr("Importing…"))
        self.task = run_with_progress(self, self.tr("Importing"), work, self._done,
                                      self._failed, self._cancelled)
        self.completeChanged.emit()

    def _done(self, result: object) -> None:
        assert isinstance(result, ImportResult)
        self.result = result
        self.status.clear()
        if result.kind in (ImportKind.STUDENTS, ImportKind.TRANSCRIPTS):
            self.ctx.bus.students_changed.emit()
        else:
            self.ctx.bus.reference_changed.emit()
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("Nothing was imported: %s") % message)
        self.completeChanged.emit()

    def _cancelled(self) -> None:
        self.status.setText(self.tr("Import cancelled; nothing was imported."))
        self.completeChanged.emit()


class ResultPage(QWizardPage):
    def __init__(self, preview_page: PreviewPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview_page = preview_page
        self.setTitle(self.tr("Import finished"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # the warnings scroll, so the summary and the backup line above always show
        # (a long list used to push them off a 768-pixel screen)
        self.warnings = QPlainTextEdit()
        self.warnings.setReadOnly(True)
        self.warnings.setAccessibleName(self.tr("Warnings of the import"))
        self.warnings.setMaximumHeight(150)
        self.warnings.hide()
        self.matches: QWidget | None = None  # transcripts: courses not in the catalog
        self.box = QVBoxLayout(self)
        self.box.addWidget(self.label)
        self.box.addWidget(self.warnings)
        self.box.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        result = self.preview_page.result
        if result is None:
            self.label.setText("")
            return
        lines = [self.tr("%s: %s.") % (word(import_kinds(), KIND_LABELS[result.kind]),
                                       shown(result.summary()))]
        if result.rejects_file is not None:
            lines.append(self.tr("The %d rows that were not imported are in %s, with the "
                                 "reason for each.") % (result.rejected, result.rejects_file))
        if result.backup is not None:
            lines.append(self.tr("The data as it was before the import is saved in %s.")
                         % result.backup)
        self.label.setText("\n".join(lines))
        warnings = [shown(w.message()) for w in list(result.preview.warnings)[:50]]
        self.warnings.setPlainText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        if result.kind == ImportKind.TRANSCRIPTS and result.preview.unmatched:
            from counselor_app.ui.imports.course_matches import CourseMatchPanel

            wizard = self.wizard()
            ctx = getattr(wizard, "ctx", None)
            if ctx is not None and self.matches is None:
                self.matches = CourseMatchPanel(ctx, self)
                self.box.insertWidget(2, self.matches, 1)


class ImportWizard(QWizard):
    """File > Import."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        # once the import is applied there is nothing to cancel: only Finish
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.choose_page = ChoosePage(self)
        self.columns_page = ColumnMappingPage(ctx, self.choose_page, self)
        self.preview_page = PreviewPage(ctx, self.choose_page, self.columns_page, self)
        self.result_page = ResultPage(self.preview_page, self)
        self.addPage(self.choose_page)
        self.columns_id = self.addPage(self.columns_page)
        self.preview_id = self.addPage(self.preview_page)
        self.addPage(self.result_page)
        self.resize(820, 560)

    def reject(self) -> None:
        task = self.preview_page.task
        if task is not None and task.running:
            task.cancel()  # the import rolls back; the dialog closes when it has
            return
        check = self.preview_page.check_task
        if check is not None and check.running:
            check.cancel()  # stops reading at the next chunk
        super().reject()


class _TemplateDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save import template"))
        self.kind_combo = QComboBox()
        for kind in TEMPLATE_KINDS:
            self.kind_combo.addItem(word(import_kinds(), KIND_LABELS[kind]), kind.value)
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("Excel workbook (.xlsx) with instructions"), ".xlsx")
        self.format_combo.addItem(self.tr("CSV (.csv)"), ".csv")
        form = QFormLayout()
        form.addRow(self.tr("&Template for"), self.kind_combo)
        form.addRow(self.tr("&Format"), self.format_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def kind(self) -> ImportKind:
        return ImportKind(self.kind_combo.currentData())

    def suffix(self) -> str:
        return str(self.format_combo.currentData())


def save_import_template(ctx: AppContext, parent: QWidget | None = None) -> Path | None:
    """File > Save import template: ask what and where, write it; returns the path."""
    dialog = _TemplateDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    kind, suffix = dialog.kind(), dialog.suffix()
    start = str(Path.home() / f"{kind.value}-import-template{suffix}")
    filters = ("Excel workbook (*.xlsx)" if suffix == ".xlsx" else "CSV (*.csv)")
    title = translate("_TemplateDialog", "Save import template")
    chosen, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_name(path.name + suffix)
    try:
        write_template(kind, path)
    except OSError as exc:
        QMessageBox.warning(parent, title, translate(
            "_TemplateDialog", "The template could not be saved:\n%s") % shown(exc))
        return None
    return path
