"""Beside the audit tree: what the selected row means, the counselor's decisions about it,
and for a short requirement "what could fill this" with one click to add a course.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from counselor_app.audit.results import ConcentratorResult, CourseUse, RequirementResult, SetAudit
from counselor_app.domain.base import GRADE_LEVELS
from counselor_app.services.browse import CourseRow
from counselor_app.ui.plan.audit_model import STATUS_COLORS
from counselor_app.ui.plan.models import default_level
from counselor_app.ui.shared.words import (
    amount,
    audit_status,
    concentrator_status,
    course_status_title,
    data_word,
    date_words,
    decision_text,
    grade_title,
    missing_words,
    number,
    progress,
    set_word,
    status_help,
)

Payload = SetAudit | RequirementResult | ConcentratorResult | CourseUse


class RequirementDetail(QScrollArea):
    """Shows one audit row; emits what the counselor asks for."""

    add_requested = Signal(str, int)  # course code, grade level
    waive_requested = Signal()
    substitute_requested = Signal()
    checklist_requested = Signal()
    remove_exception_requested = Signal(int)  # exception id
    select_course_requested = Signal(int)  # plan course id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.payload: Payload | None = None
        self._candidates: list[CourseRow] = []
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.setWidget(body)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setAccessibleName(self.tr("Selected requirement"))
        self.waive = QPushButton(self.tr("&Waive…"))
        self.waive.setToolTip(self.tr("Waive this requirement (or some of its credits) for "
                                      "this student, with who, when and why"))
        self.substitute = QPushButton(self.tr("S&ubstitute…"))
        self.substitute.setToolTip(self.tr("Let a course of the plan count toward this "
                                           "requirement or as a named course"))
        self.mark_done = QPushButton(self.tr("Mark &done…"))
        self.mark_done.setToolTip(self.tr("Record the date this checklist item was done"))
        self.remove_decision = QPushButton(self.tr("Remove decision"))
        self.remove_decision.setToolTip(self.tr("Take back the waiver or substitution shown "
                                                "here (undoable)"))
        self.select_course = QPushButton(self.tr("Show in &plan"))
        self.select_course.setToolTip(self.tr("Select this course in the grade columns"))
        buttons = QGridLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setHorizontalSpacing(4)
        buttons.setVerticalSpacing(2)
        for i, b in enumerate((self.waive, self.substitute, self.mark_done,
                               self.remove_decision, self.select_course)):
            buttons.addWidget(b, i // 2, i % 2)
        buttons.setColumnStretch(2, 1)

        self.fill_label = QLabel(self.tr("What could &fill this"))
        font = self.fill_label.font()
        font.setBold(True)
        self.fill_label.setFont(font)
        self.fill = QListWidget()
        self.fill.setAccessibleName(self.tr("Courses that could fill this requirement"))
        self.fill.setToolTip(self.tr("Catalog courses that would count here; double-click or "
                                     "press Enter to add the course to the chosen grade"))
        self.fill.setMinimumHeight(self.fill.fontMetrics().height() * 3)
        self.fill_label.setBuddy(self.fill)
        self.grade = QComboBox()
        for level in GRADE_LEVELS:
            self.grade.addItem(grade_title(level), level)
        self.grade.setAccessibleName(self.tr("Grade to add the course to"))
        self.grade.setToolTip(self.tr("The grade the course is added to"))
        self.grade.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.grade.setMinimumContentsLength(5)
        self.add = QPushButton(self.tr("&Add"))
        self.add.setToolTip(self.tr("Add the selected course to the chosen grade (undoable)"))
        add_row = QHBoxLayout()
        add_row.setContentsMargins(0, 0, 0, 0)
        add_row.addWidget(self.grade, 1)
        add_row.addWidget(self.add)
        self.fill_box = QWidget()
        fill_lay = QVBoxLayout(self.fill_box)
        fill_lay.setContentsMargins(0, 4, 0, 0)
        fill_lay.setSpacing(2)
        fill_lay.addWidget(self.fill_label)
        fill_lay.addLayout(add_row)  # above the list, so a short panel still shows it
        fill_lay.addWidget(self.fill, 1)

        lay = QVBoxLayout(body)
        lay.setContentsMargins(6, 2, 6, 2)
        lay.setSpacing(4)
        lay.addWidget(self.title)
        lay.addLayout(buttons)
        lay.addWidget(self.fill_box, 1)
        lay.addStretch(0)

        self.waive.clicked.connect(self.waive_requested)
        self.substitute.clicked.connect(self.substitute_requested)
        self.mark_done.clicked.connect(self.checklist_requested)
        self.remove_decision.clicked.connect(self._remove_decision)
        self.select_course.clicked.connect(self._select_course)
        self.add.clicked.connect(self._add)
        self.fill.itemActivated.connect(lambda *_: self._add())
        self.fill.currentRowChanged.connect(self._candidate_changed)
        self.show_payload(None)

    # -- showing -----------------------------------------------------------------------
    def show_payload(self, payload: Payload | None, candidates: Sequence[CourseRow] = (),
                     spare: bool = False) -> None:
        """Show one row; ``spare``: a short alternative another choice already covers."""
        self.payload = payload
        req = payload if isinstance(payload, RequirementResult) else None
        course = payload if isinstance(payload, CourseUse) else None
        self.title.setText(self._html(payload) + (
            "<br><i>" + html.escape(self.tr("Not needed: another choice already fills the "
                                            "requirement above.")) + "</i>" if spare else ""))
        self.waive.setVisible(req is not None and req.status != "waived")
        self.substitute.setVisible(req is not None and req.kind != "checklist"
                                   and req.status != "waived")
        self.mark_done.setVisible(req is not None and req.kind == "checklist")
        self.remove_decision.setVisible(req is not None and any(
            e.id is not None for e in req.exceptions))
        self.select_course.setVisible(course is not None and course.ref is not None
                                      and course.source == "plan")
        self._candidates = list(candidates)
        self.fill.clear()
        for c in self._candidates:
            item = QListWidgetItem(self.tr("%1 (%2) · %3 cr · grades %4").replace(
                "%1", c.title).replace("%2", c.code).replace("%3", number(c.credits)).replace(
                "%4", self._grades(c)))
            item.setToolTip(self.tr("%1 (%2), %3, %4").replace("%1", c.title).replace(
                "%2", c.code).replace("%3", data_word(c.subject_area)).replace(
                "%4", amount(c.credits, "credits")))
            self.fill.addItem(item)
        show_fill = (req is not None and req.status == "short" and req.kind != "checklist"
                     and not spare)
        self.fill_box.setVisible(show_fill)
        if show_fill and not self._candidates:
            item = QListWidgetItem(self.tr("No catalog course would count here."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.fill.addItem(item)
        self.add.setEnabled(bool(self._candidates))
        if self._candidates:
            self.fill.setCurrentRow(0)

    def _grades(self, c: CourseRow) -> str:
        ps = self.tr("PS")
        low = ps if c.grade_low == 13 else str(c.grade_low)
        high = ps if c.grade_high == 13 else str(c.grade_high)
        return low if low == high else f"{low}–{high}"

    @staticmethod
    def _status(words: str, status: str) -> str:
        color = STATUS_COLORS.get(status)
        return (f"<b style='color:{color.name() if color else 'palette(text)'}'>"
                f"{html.escape(words)}</b>")

    @staticmethod
    def _quiet(text: str) -> str:
        return f"<span style='color:palette(dark)'>{html.escape(text)}</span>"

    def _html(self, payload: Payload | None) -> str:
        if payload is None:
            return self._quiet(self.tr("Select a requirement to see what fills it."))
        if isinstance(payload, SetAudit):
            checked = self.tr("%1, %2. Rules checked %3 against %4.").replace(
                "%1", payload.kind.capitalize()).replace("%2", payload.state).replace(
                "%3", payload.checked.isoformat()).replace("%4", set_word(payload.source))
            return (f"<b>{html.escape(set_word(payload.name))}</b> — "
                    f"{self._status(audit_status(payload.status), payload.status)}<br>"
                    f"{html.escape(checked)}<br><i>{html.escape(set_word(payload.notice))}</i>")
        if isinstance(payload, ConcentratorResult):
            return self._concentrator_html(payload)
        if isinstance(payload, CourseUse):
            counts = self.tr("Counts %1 here; %2 in %3.").replace(
                "%1", amount(payload.credits, "credits")).replace(
                "%2", course_status_title(payload.status).lower()).replace(
                "%3", grade_title(payload.level))
            text = (f"<b>{html.escape(payload.title)} ({html.escape(payload.code)})</b><br>"
                    f"{html.escape(counts)}")
            if payload.substitutes:
                text += " " + html.escape(self.tr("Counts as %s (substitution).")
                                          % payload.substitutes)
            return text
        r = payload
        lines = [f"<b>{html.escape(set_word(r.label))}</b> — "
                 f"{self._status(audit_status(r.status, r.missing, r.kind), r.status)}"]
        if r.kind == "checklist":
            lines.append(html.escape(self.tr("Done on %s.") % date_words(r.done_on)
                                     if r.done_on else self.tr("Not marked done yet.")))
        else:
            lines.append(html.escape(progress(r.required, r.earned, r.in_progress,
                                              r.planned, r.unit)) + ".")
        if r.missing and r.status == "short":
            lines.append(html.escape(self.tr("Missing: %s.") % missing_words(r.missing, r.kind)))
        lines.append(self._quiet(status_help(r.status)))
        if r.description:
            lines.append(html.escape(set_word(r.description)))
        lines += [f"<i>{html.escape(decision_text(e))}</i>" for e in r.exceptions]
        return "<br>".join(lines)

    def _concentrator_html(self, c: ConcentratorResult) -> str:
        unit = "courses" if c.mode == "courses" else "credits"
        title = html.escape(self.tr("CTE concentrator"))
        lines = [f"<b>{title}</b> — "
                 f"{self._status(concentrator_status(c.status), c.status)}"]
        if c.program_name:
            program = self.tr("Program of study: %1 (%2), %3.").replace(
                "%1", data_word(c.program_name)).replace("%2", c.program_code or "").replace(
                "%3", c.basis)
            lines.append(html.escape(program))
        else:
            lines.append(html.escape(self.tr("No CTE course of a program of study is in the "
                                             "plan yet.")))
        lines.append(html.escape(progress(c.threshold, c.earned, c.in_progress,
                                          c.planned, unit)) + ".")
        lines.append(self._quiet(self.tr("Perkins V: a concentrator has completed the "
                                         "courses; planned courses make the student on "
                                         "track.")))
        return "<br>".join(lines)

    # -- actions -------------------------------------------------------------------------
    def _candidate_changed(self, row: int) -> None:
        if 0 <= row < len(self._candidates):
            level = default_level(self._candidates[row].grade_low)
            i = self.grade.findData(level)
            if i >= 0:
                self.grade.setCurrentIndex(i)

    def _add(self) -> None:
        row = self.fill.currentRow()
        if 0 <= row < len(self._candidates):
            self.add_requested.emit(self._candidates[row].code, int(self.grade.currentData()))

    def _remove_decision(self) -> None:
        if isinstance(self.payload, RequirementResult):
            ids = [e.id for e in self.payload.exceptions if e.id is not None]
            if ids:
                self.remove_exception_requested.emit(ids[-1])

    def _select_course(self) -> None:
        if isinstance(self.payload, CourseUse) and self.payload.ref is not None:
            self.select_course_requested.emit(self.payload.ref)
