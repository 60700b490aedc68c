"""The plan editor's Checks tab: issues, graduation requirement progress, CTE concentrator."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counselor_app.services.plans import PlanCourseView
from counselor_app.services.rules import ERROR, WARNING, ValidationResult, format_number
from counselor_app.ui.plan.requirements_model import RequirementsModel
from counselor_app.ui.plan_models import ERROR_COLOR, OK_COLOR, WARNING_COLOR


class ChecksPanel(QWidget):
    """Issues (errors, then warnings), requirement progress and CTE concentrator status."""

    course_activated = Signal(int)  # plan course id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: ValidationResult | None = None
        self.issues = QTextBrowser()
        self.issues.setOpenLinks(False)
        self.issues.setAccessibleName(self.tr("Plan checks"))
        self.issues.setToolTip(self.tr("Problems found in the plan; click a course to select "
                                       "it. Checks never block saving."))
        self.issues.anchorClicked.connect(self._anchor)
        self.requirements = RequirementsModel(self)
        self.req_view = QTableView()
        self.req_view.setModel(self.requirements)
        self.req_view.setAccessibleName(self.tr("Graduation requirements"))
        self.req_view.setToolTip(self.tr("Credits toward graduation requirements (grades 9-12)"))
        self.req_view.verticalHeader().hide()
        self.req_view.setAlternatingRowColors(True)
        self.req_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.req_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.req_view.setShowGrid(False)
        header = self.req_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.req_view.verticalHeader().setMinimumSectionSize(1)
        self.req_view.verticalHeader().setDefaultSectionSize(
            self.req_view.fontMetrics().height() + 2)
        self.cte = QLabel()
        self.cte.setWordWrap(True)
        self.cte.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.cte.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cte.setAccessibleName(self.tr("CTE concentrator status"))

        issues_box = self._box(self.tr("Issues"), self.issues)
        req_box = self._box(self.tr("Graduation requirements"), self.req_view)
        cte_box = self._box(self.tr("CTE concentrator"), self.cte)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(issues_box, 11)
        lay.addWidget(req_box, 9)
        lay.addWidget(cte_box, 5)

    @staticmethod
    def _box(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(4, 2, 4, 4)
        lay.addWidget(widget)
        return box

    def show_result(self, result: ValidationResult, courses: dict[int, PlanCourseView]) -> None:
        self.result = result
        self.issues.setHtml(self._issues_html(result, courses))
        self.requirements.set_rows(result.requirements)
        self.cte.setText(self._cte_html(result))

    @staticmethod
    def _issues_html(result: ValidationResult, courses: dict[int, PlanCourseView]) -> str:
        if not result.issues:
            return (f"<p style='color:{OK_COLOR.name()}'><b>✓ No problems found.</b></p>"
                    "<p>Prerequisites, grade limits, credit loads and graduation "
                    "requirements all check out.</p>")
        parts = []
        for severity, title, color in ((ERROR, "Errors", ERROR_COLOR),
                                       (WARNING, "Warnings", WARNING_COLOR)):
            items = [i for i in result.issues if i.severity == severity]
            if not items:
                continue
            parts.append(f"<p style='margin:2px 0'><b style='color:{color.name()}'>{title} "
                         f"({len(items)})</b></p><ul style='margin:0 0 6px -20px'>")
            for issue in items:
                text = html.escape(issue.message)
                if issue.plan_course_id is not None and issue.plan_course_id in courses:
                    text = (f"<a href='course:{issue.plan_course_id}' "
                            f"style='color:palette(text); text-decoration:none'>{text}</a>")
                parts.append(f"<li style='margin-bottom:2px'>{text}</li>")
            parts.append("</ul>")
        return "".join(parts)

    @staticmethod
    def _cte_html(result: ValidationResult) -> str:
        c = result.concentrator
        unit = "CTE courses" if c.mode == "courses" else "CTE credits"
        amount = f"{format_number(c.amount)} {unit} ({format_number(c.threshold)} needed)"
        if c.met:
            head = f"<b style='color:{OK_COLOR.name()}'>✓ Concentrator</b>"
        else:
            head = f"<b style='color:{WARNING_COLOR.name()}'>Not yet a concentrator</b>"
        lines = [head, amount]
        if c.program_code:
            lines.append(f"in <i>{html.escape(c.program_name)}</i> "
                         f"({html.escape(c.program_code)})")
        else:
            lines.append("No CTE courses of a program of study in the plan.")
        if c.counted:
            lines.append("Counted: " + html.escape(", ".join(c.counted)))
        return "<br>".join(lines)

    def _anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("course:"):
            self.course_activated.emit(int(text.split(":", 1)[1]))

    def issue_messages(self) -> list[tuple[str, str]]:
        """(severity, message) of what the panel shows (for tests and accessibility)."""
        if self.result is None:
            return []
        return [(i.severity, i.message) for i in self.result.issues]


