"""Add or edit a student. Each field shows its own error; nothing is written until valid."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counselor_app.reports.i18n import available_languages
from counselor_app.services import browse, students
from counselor_app.services.concurrency import STUDENT_FIELD_LABELS, ConflictError
from counselor_app.services.students import StudentData, StudentValidationError
from counselor_app.ui.context import AppContext
from counselor_app.ui.shared.conflict_dialog import OVERWRITE, RELOAD, resolve_conflict
from counselor_app.ui.shared.messages import shown
from counselor_app.ui.shared.words import changed_field, data_word
from counselor_app.ui.shared.write_errors import WRITE_ERRORS, show_write_error, waiting

INTEREST_FRAMEWORK = "ncc-2024"
ERROR_STYLE = "color: #b3261e; font-size: 11px;"
ERROR_FIELD_STYLE = "border: 1px solid #b3261e; border-radius: 3px;"


def expected_graduation_year(grade: int, today: dt.date | None = None) -> int:
    """Spring of grade 12 for a student now in ``grade`` (school year starts in July)."""
    today = today or dt.date.today()
    school_year_end = today.year + (1 if today.month >= 7 else 0)
    return school_year_end + (12 - grade)


class StudentDialog(QDialog):
    """The student form. ``student_pk`` is set once the student is saved."""

    def __init__(self, ctx: AppContext, pk: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.student_pk = pk
        self._year_touched = pk is not None
        self._original: StudentData | None = None  # what the form showed, and its version
        self._version: int | None = None
        self.setWindowTitle(self.tr("Edit student") if pk else self.tr("New student"))
        self.setObjectName("StudentDialog")
        self.setMinimumSize(760, 560)

        self.student_id = QLineEdit()
        self.student_id.setPlaceholderText(self.tr("The school's own ID, e.g. 204518"))
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.preferred_name = QLineEdit()
        self.preferred_name.setPlaceholderText(self.tr("Optional"))
        self.grade = QSpinBox()
        self.grade.setRange(6, 12)
        self.grade.setValue(9)
        self.graduation_year = QSpinBox()
        self.graduation_year.setRange(1950, 2150)  # the service says what is sane
        self.graduation_year.setGroupSeparatorShown(False)
        self.graduation_year.setValue(expected_graduation_year(9))
        self.school = QLineEdit()
        self.family_language = QComboBox()
        self.family_language.addItem(self.tr("Not recorded (plans print in English)"), "")
        for code, name in available_languages():
            self.family_language.addItem(f"{name} ({code})", code)
        self.counselor = QComboBox()
        self.counselor.setEditable(True)
        self.counselor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.interests = QListWidget()
        self.interests.setAlternatingRowColors(True)
        self.interests.setSpacing(1)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Private notes for counselors"))
        self.notes.setMinimumHeight(70)

        self._fields: dict[str, QWidget] = {
            "student_id": self.student_id, "first_name": self.first_name,
            "last_name": self.last_name, "preferred_name": self.preferred_name,
            "grade": self.grade, "graduation_year": self.graduation_year,
            "school": self.school, "counselor": self.counselor,
            "family_language": self.family_language,
            "career_interests": self.interests, "notes": self.notes,
        }
        self._errors: dict[str, QLabel] = {}
        labels = {
            "student_id": self.tr("Student &ID"), "first_name": self.tr("&First name"),
            "last_name": self.tr("&Last name"), "preferred_name": self.tr("&Preferred name"),
            "grade": self.tr("&Grade"), "graduation_year": self.tr("Graduation &year"),
            "school": self.tr("&School"), "counselor": self.tr("&Counselor"),
            "family_language": self.tr("Family &language"),
        }
        tips = {
            "student_id": self.tr("The school's own student ID; must be unique"),
            "first_name": self.tr("Legal first name"),
            "last_name": self.tr("Last name"),
            "preferred_name": self.tr("Name the student goes by, if different"),
            "grade": self.tr("Current grade (6-12)"),
            "graduation_year": self.tr("Expected year of high-school graduation"),
            "school": self.tr("School the student attends"),
            "counselor": self.tr("Counselor responsible for this student"),
            "family_language": self.tr("The language the family reads; the printed plan "
                                       "goes home in it"),
            "career_interests": self.tr("Career clusters the student is interested in"),
            "notes": self.tr("Notes about the student"),
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        for name, text in labels.items():
            label = QLabel(text)
            label.setBuddy(self._fields[name])
            form.addRow(label, self._with_error(name))
        for name, widget in self._fields.items():
            widget.setToolTip(tips[name])
            widget.setAccessibleName(labels.get(name, tips[name]).replace("&", ""))

        interests_box = QGroupBox(self.tr("Career &interests"))
        ib = QVBoxLayout(interests_box)
        hint = QLabel(self.tr("Clusters of the 2024 framework; Space checks one."))
        hint.setStyleSheet("color: palette(dark);")
        hint.setWordWrap(True)
        ib.addWidget(hint)
        ib.addWidget(self.interests)
        ib.addWidget(self._error_label("career_interests"))

        notes_box = QGroupBox(self.tr("&Notes"))
        nb = QVBoxLayout(notes_box)
        nb.addWidget(self.notes)

        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        top.addLayout(left, 3)
        top.addWidget(interests_box, 2)

        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setToolTip(self.tr("Save the student (Ctrl+Enter)"))
        save.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self).activated.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(notes_box)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self._fill_choices()
        if pk is not None:
            self._load(pk)
        self.grade.valueChanged.connect(self._grade_changed)
        self.graduation_year.valueChanged.connect(self._year_edited)
        for name, widget in self._fields.items():
            sig = getattr(widget, "textChanged", None) or getattr(widget, "valueChanged", None)
            if sig is not None:
                sig.connect(lambda *_, n=name: self._clear_error(n))
        self.setTabOrder(self.preferred_name, self.grade)
        self.student_id.setFocus()

    # --- building --------------------------------------------------------------------
    def _error_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{name}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        self._errors[name] = label
        return label

    def _with_error(self, name: str) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 2)
        lay.setSpacing(1)
        lay.addWidget(self._fields[name])
        lay.addWidget(self._error_label(name))
        return box

    def _fill_choices(self) -> None:
        settings = self.ctx.settings()
        self.school.setText(settings.school_name)
        names = students.list_counselors(self.ctx.db)
        if settings.counselor_name and settings.counselor_name not in names:
            names.insert(0, settings.counselor_name)
        self.counselor.addItems(names)
        self.counselor.setCurrentText(settings.counselor_name)
        frameworks = {f.code for f in browse.list_frameworks(self.ctx.db)}
        code = INTEREST_FRAMEWORK if INTEREST_FRAMEWORK in frameworks else next(
            iter(sorted(frameworks)), "")
        for cluster in browse.framework_tree(self.ctx.db, code) if code else []:
            item = QListWidgetItem(data_word(cluster.name))
            item.setData(Qt.ItemDataRole.UserRole, cluster.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.interests.addItem(item)

    def _load(self, pk: int) -> None:
        detail = students.get_student(self.ctx.db, pk)
        if detail is None:
            self.general_error.setText(self.tr("This student no longer exists."))
            self.general_error.show()
            return
        self._original, self._version = detail.data, detail.version
        self._show_data(detail.data)

    def _show_data(self, d: StudentData) -> None:
        for i in range(self.interests.count()):
            self.interests.item(i).setCheckState(Qt.CheckState.Unchecked)
        self.student_id.setText(d.student_id)
        self.first_name.setText(d.first_name)
        self.last_name.setText(d.last_name)
        self.preferred_name.setText(d.preferred_name)
        self.grade.setValue(d.grade)
        self.graduation_year.setValue(d.graduation_year)
        self.school.setText(d.school)
        self.counselor.setCurrentText(d.counselor)
        index = self.family_language.findData(d.family_language)
        if index < 0 and d.family_language:  # recorded, but no catalog for it (yet)
            self.family_language.addItem(d.family_language, d.family_language)
            index = self.family_language.count() - 1
        self.family_language.setCurrentIndex(max(0, index))
        self.notes.setPlainText(d.notes)
        wanted = set(d.career_interests)
        for i in range(self.interests.count()):
            item = self.interests.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in wanted:
                item.setCheckState(Qt.CheckState.Checked)

    # --- behaviour -------------------------------------------------------------------
    def _grade_changed(self, grade: int) -> None:
        if not self._year_touched:
            self.graduation_year.blockSignals(True)
            self.graduation_year.setValue(expected_graduation_year(grade))
            self.graduation_year.blockSignals(False)

    def _year_edited(self) -> None:
        self._year_touched = True

    def student_data(self) -> StudentData:
        interests = tuple(
            str(self.interests.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.interests.count())
            if self.interests.item(i).checkState() == Qt.CheckState.Checked)
        return StudentData(
            student_id=self.student_id.text(), first_name=self.first_name.text(),
            last_name=self.last_name.text(), grade=self.grade.value(),
            graduation_year=self.graduation_year.value(),
            preferred_name=self.preferred_name.text(), school=self.school.text(),
            counselor=self.counselor.currentText(), career_interests=interests,
            notes=self.notes.toPlainText(),
            family_language=str(self.family_language.currentData() or ""))

    def field_error(self, name: str) -> str:
        """The message shown next to field ``name`` ('' when none)."""
        label = self._errors.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    def _clear_error(self, name: str) -> None:
        label = self._errors.get(name)
        if label is not None and not label.isHidden():
            label.hide()
            label.clear()
            widget = self._fields[name]
            widget.setStyleSheet("")
            widget.setAccessibleDescription("")

    def _show_errors(self, errors: list[students.FieldError]) -> None:
        for name in self._errors:
            self._clear_error(name)
        first: QWidget | None = None
        for err in errors:
            label = self._errors.get(err.field)
            if label is None:
                self.general_error.setText(shown(err.message))
                self.general_error.show()
                continue
            message = shown(err.message)
            text = f"{label.text()} {message}".strip() if label.text() else message
            label.setText(text)
            label.show()
            widget = self._fields[err.field]
            if isinstance(widget, QLineEdit):  # a styled spin box loses its native look
                widget.setStyleSheet(ERROR_FIELD_STYLE)
            widget.setAccessibleDescription(text)
            first = first or widget
        if first is not None:
            first.setFocus()

    def _resolve_conflict(self, exc: ConflictError) -> bool:
        """Someone saved the same fields meanwhile: reload theirs, or overwrite them.

        Nothing typed is lost: the clashing fields' typed values are shown (and copied to
        the clipboard on Reload); fields only this form changed keep what was typed."""
        data = self.student_data()
        by_label = {label: field for field, label in STUDENT_FIELD_LABELS.items()}
        clash = [by_label[label] for label in exc.change.fields if label in by_label]
        mine = {changed_field(STUDENT_FIELD_LABELS[f]): _shown(getattr(data, f)) for f in clash}
        choice = resolve_conflict(self, self.tr("student"), exc, mine, can_cancel=True)
        if choice == OVERWRITE:
            return self.save(overwrite=True)
        if choice == RELOAD and self.student_pk is not None:
            detail = students.get_student(self.ctx.db, self.student_pk)
            if detail is None:
                self.general_error.setText(self.tr("This student no longer exists."))
                self.general_error.show()
                return False
            original = self._original or detail.data
            kept = {f: getattr(data, f) for f in STUDENT_FIELD_LABELS
                    if f not in clash and getattr(data, f) != getattr(original, f)}
            self._original, self._version = detail.data, detail.version
            self._show_data(replace(detail.data, **kept))
            self._year_touched = True
        return False

    def save(self, overwrite: bool = False) -> bool:
        """Validate and write; on problems show them by their fields and write nothing."""
        data = self.student_data()
        self.general_error.hide()
        try:
            with waiting():
                if self.student_pk is None:
                    self.student_pk = students.create_student(self.ctx.db, data)
                else:
                    self._version = students.update_student(
                        self.ctx.db, self.student_pk, data, original=self._original,
                        version=self._version, overwrite=overwrite)
                    self._original = data
        except ConflictError as exc:
            return self._resolve_conflict(exc)
        except WRITE_ERRORS as exc:  # busy, disk full, I/O: the form keeps what was typed
            show_write_error(self, exc)
            return False
        except StudentValidationError as exc:
            self._show_errors(exc.errors)
            return False
        except LookupError as exc:
            self.general_error.setText(shown(exc))
            self.general_error.show()
            return False
        self.ctx.bus.students_changed.emit()
        self.accept()
        return True


def _shown(value: object) -> str:
    """A form value as text for the conflict dialog (interests are a list of codes)."""
    if isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value)
    return str(value)
