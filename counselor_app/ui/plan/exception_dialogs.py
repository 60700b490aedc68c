"""Dialogs that record a counselor's decision about one requirement: waive it, substitute
a course, or mark a checklist item done. Each asks who, when and why, and returns plain
values; the caller hands them to the audit service (one transaction, undoable).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from counselor_app.services.courses import course_order
from counselor_app.ui.shared.amount_spin import AmountSpinBox
from counselor_app.ui.shared.ranked import RankedCompleter
from counselor_app.ui.shared.words import date_field_format


@dataclass(frozen=True)
class Decision:
    """Who decided, when, and why (the part every exception shares)."""

    by: str
    on: dt.date
    why: str


@dataclass(frozen=True)
class WaiverRequest:
    decision: Decision
    credits: float | None  # None: the whole requirement


@dataclass(frozen=True)
class SubstitutionRequest:
    decision: Decision
    course_code: str  # the course taken
    counts_as: str | None  # a named course it replaces, or None: counts toward the requirement


@dataclass(frozen=True)
class ChecklistRequest:
    done_on: dt.date | None  # None: not done (clears the mark)
    by: str


def _to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class _DecisionDialog(QDialog):
    """Base: a heading, the dialog's own fields, then who / when / why and the buttons."""

    def __init__(self, title: str, heading: str, counselor: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.who = QLineEdit(counselor)
        self.who.setAccessibleName(self.tr("Decided by"))
        self.who.setToolTip(self.tr("Your counselor name from Settings; change it if someone "
                                    "else decided"))
        self.when = QDateEdit(QDate.currentDate())
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(date_field_format())
        self.when.setAccessibleName(self.tr("Date of the decision"))
        self.why = QPlainTextEdit()
        self.why.setTabChangesFocus(True)
        self.why.setPlaceholderText(self.tr("Why (printed on the plan), e.g. the board "
                                            "decision or the transfer record"))
        self.why.setAccessibleName(self.tr("Reason"))
        self.why.setFixedHeight(self.why.fontMetrics().height() * 4 + 12)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.heading)
        self._layout.addLayout(self.form)

    def _finish_layout(self) -> None:
        for text, widget in ((self.tr("Decided &by"), self.who),
                             (self.tr("&Date"), self.when),
                             (self.tr("&Why"), self.why)):
            label = QLabel(text)
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self._layout.addWidget(self.error)
        self._layout.addWidget(self.buttons)
        self.resize(max(460, self.sizeHint().width()), self.sizeHint().height())

    def decision(self) -> Decision:
        return Decision(self.who.text().strip(), _to_date(self.when.date()),
                        self.why.toPlainText().strip())

    def problem(self) -> str:
        """What keeps the dialog from closing, or ''."""
        d = self.decision()
        if not d.by:
            return self.tr("Decided by: write who made the decision.")
        if not d.why:
            return self.tr("Why: write the reason; it is printed on the plan.")
        if d.on > dt.date.today():
            return self.tr("Date: the decision cannot be dated in the future.")
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            return
        super().accept()


class WaiverDialog(_DecisionDialog):
    """Waive a whole requirement, or some of its credits."""

    def __init__(self, requirement: str, short_credits: float | None, counselor: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Waive a requirement"),
                         self.tr("Waive “%s” for this student.") % requirement,
                         counselor, parent)
        self.partial = QCheckBox(self.tr("Only some &credits"))
        self.partial.setToolTip(self.tr("Waive part of the credits; the rest must still be "
                                        "earned"))
        self.credits = AmountSpinBox("credits")  # "1.5", never "1.50"
        self.credits.setRange(0.25, 40)
        self.credits.setValue(short_credits if short_credits else 1.0)
        self.credits.setAccessibleName(self.tr("Credits waived"))
        self.credits.setEnabled(False)
        self.partial.toggled.connect(self.credits.setEnabled)
        if short_credits is None:  # not a credit requirement: only the whole of it
            self.partial.hide()
            self.credits.hide()
        else:
            self.form.addRow(self.partial, self.credits)
        self._finish_layout()

    def request(self) -> WaiverRequest:
        credits = self.credits.value() if self.partial.isChecked() else None
        return WaiverRequest(self.decision(), credits)


class SubstitutionDialog(_DecisionDialog):
    """Let a course of the plan count toward a requirement, or as a named course."""

    def __init__(self, requirement: str, plan_courses: Sequence[tuple[str, str]],
                 named_courses: Sequence[tuple[str, str]], counselor: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Substitute a course"),
                         self.tr("Let a course count toward “%s”.") % requirement,
                         counselor, parent)
        self.course = QComboBox()
        self.course.setAccessibleName(self.tr("Course taken"))
        for code, title in plan_courses:
            self.course.addItem(f"{title} ({code})", code)
        self.course.setEditable(True)
        self.course.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        courses = list(plan_courses)  # typing pops up the matches, an exact title first
        self.completer = RankedCompleter(self.course, lambda t: course_order(courses, t))
        self.toward = QRadioButton(self.tr("Counts toward this &requirement"))
        self.instead = QRadioButton(self.tr("Counts &as the named course"))
        self.named = QComboBox()
        self.named.setAccessibleName(self.tr("Named course it replaces"))
        for code, title in named_courses:
            self.named.addItem(f"{title} ({code})", code)
        group = QButtonGroup(self)
        group.addButton(self.toward)
        group.addButton(self.instead)
        self.toward.setChecked(True)
        self.named.setEnabled(False)
        self.instead.toggled.connect(self.named.setEnabled)
        if not named_courses:
            self.instead.setEnabled(False)
        label = QLabel(self.tr("Course &taken"))
        label.setBuddy(self.course)
        self.form.addRow(label, self.course)
        self.form.addRow(self.toward)
        self.form.addRow(self.instead, self.named)
        self._finish_layout()

    def course_code(self) -> str:
        text = self.course.currentText().strip()
        i = self.course.findText(text, Qt.MatchFlag.MatchFixedString)
        if i >= 0:
            return str(self.course.itemData(i))
        if text.endswith(")") and "(" in text:
            text = text[text.rindex("(") + 1:-1]
        return text.strip().upper()

    def problem(self) -> str:
        if not self.course_code():
            return self.tr("Course taken: choose the course that counts instead.")
        return super().problem()

    def request(self) -> SubstitutionRequest:
        counts_as = str(self.named.currentData()) if self.instead.isChecked() else None
        return SubstitutionRequest(self.decision(), self.course_code(), counts_as)


class ChecklistDialog(QDialog):
    """Mark a checklist item (an assessment, FAFSA, service hours) done on a date, or not."""

    def __init__(self, item: str, done_on: dt.date | None, counselor: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Checklist item"))
        heading = QLabel(item)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.done = QCheckBox(self.tr("&Done"))
        self.done.setChecked(done_on is not None)
        self.when = QDateEdit(QDate(done_on) if done_on else QDate.currentDate())
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(date_field_format())
        self.when.setMaximumDate(QDate.currentDate())
        self.when.setAccessibleName(self.tr("Date done"))
        self.when.setEnabled(self.done.isChecked())
        self.done.toggled.connect(self.when.setEnabled)
        self.who = QLineEdit(counselor)
        self.who.setAccessibleName(self.tr("Marked by"))
        form = QFormLayout()
        form.addRow(self.done)
        when_label = QLabel(self.tr("Done &on"))
        when_label.setBuddy(self.when)
        form.addRow(when_label, self.when)
        who_label = QLabel(self.tr("Marked &by"))
        who_label.setBuddy(self.who)
        form.addRow(who_label, self.who)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(heading)
        lay.addLayout(form)
        lay.addWidget(buttons)
        self.resize(380, self.sizeHint().height())

    def request(self) -> ChecklistRequest:
        done = _to_date(self.when.date()) if self.done.isChecked() else None
        return ChecklistRequest(done, self.who.text().strip())
