"""The plan editor's Checks tab: plan issues, the graduation audit tree, and beside it the
selected requirement with what could fill it.

The audit comes from the audit service (the same result the CLI and the PDF show);
the panel only displays it and emits what the counselor asks for.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from counselor_app.audit.results import AuditResult, CourseUse, RequirementResult
from counselor_app.services.browse import CourseRow
from counselor_app.services.plans import PlanCourseView
from counselor_app.services.rules import ERROR, WARNING, Issue, ValidationResult
from counselor_app.ui.plan.audit_bar import AuditBarDelegate
from counselor_app.ui.plan.audit_model import (
    COURSE_REF_ROLE,
    KEY_ROLE,
    KIND_ROLE,
    NOT_NEEDED_ROLE,
    PAYLOAD_ROLE,
    SET_CODE_ROLE,
    AuditTreeModel,
)
from counselor_app.ui.plan.models import ERROR_COLOR, OK_COLOR, WARNING_COLOR
from counselor_app.ui.plan.requirement_detail import RequirementDetail
from counselor_app.ui.shared.words import issue_text

# The audit reports requirement shortfalls itself; the old rule's messages are not shown.
AUDIT_RULES = frozenset({"requirement_shortfall"})

CandidatesFn = Callable[[str, str], Sequence[CourseRow]]


def plan_issues(result: ValidationResult) -> list[Issue]:
    """The issues the Checks tab lists (everything but what the audit covers)."""
    return [i for i in result.issues if i.rule not in AUDIT_RULES]


class AuditTreeView(QTreeView):
    """Enter on a course row selects it in the plan; the menu key opens the actions."""

    activated_course = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            ref = self.currentIndex().data(COURSE_REF_ROLE)
            if ref is not None:
                self.activated_course.emit(int(ref))
                event.accept()
                return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Narrow trees give the requirement names the room: the progress and status
        columns shrink to about a quarter each (the tooltip has a status whole)."""
        super().resizeEvent(event)
        width = self.viewport().width()
        header = self.header()
        header.resizeSection(1, max(92, min(104, int(width * 0.26))))
        header.resizeSection(2, max(72, min(136, int(width * 0.2))))


class AuditChecksPanel(QWidget):
    """Issues | audit tree | selected requirement."""

    course_activated = Signal(int)  # plan course id
    add_course_requested = Signal(str, int)  # course code, grade level
    waive_requested = Signal(str, str)  # set code, requirement id
    substitute_requested = Signal(str, str)
    checklist_requested = Signal(str, str)
    remove_exception_requested = Signal(int)
    sets_chosen = Signal(str, list)  # diploma code ("" = district default), supplemental codes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: ValidationResult | None = None
        self.audit: AuditResult | None = None
        self._candidates: CandidatesFn | None = None
        self._supplemental: list[str] = []

        self.issues = QTextBrowser()
        self.issues.setOpenLinks(False)
        self.issues.setAccessibleName(self.tr("Plan checks"))
        self.issues.setToolTip(self.tr("Problems found in the plan; click a course to select "
                                       "it. Checks never block saving."))
        self.issues.anchorClicked.connect(self._anchor)

        # -- which sets ---------------------------------------------------------------
        self.diploma = QComboBox()
        self.diploma.setAccessibleName(self.tr("Diploma requirement set of this plan"))
        self.diploma.setToolTip(self.tr("The diploma this plan is audited against; the "
                                        "district default comes from Settings"))
        self.diploma.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.diploma.setMinimumContentsLength(12)
        diploma_label = QLabel(self.tr("&Diploma:"))
        diploma_label.setBuddy(self.diploma)
        self.also = QToolButton()
        self.also.setText(self.tr("Also &check…"))
        self.also.setToolTip(self.tr("Endorsements, A-G, NCAA and other sets audited beside "
                                     "the diploma"))
        self.also.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.also_menu = QMenu(self.also)
        self.also.setMenu(self.also_menu)
        choose = QHBoxLayout()
        choose.setContentsMargins(0, 0, 0, 0)
        choose.addWidget(diploma_label)
        choose.addWidget(self.diploma, 1)
        choose.addWidget(self.also)

        # -- the tree -----------------------------------------------------------------
        self.model = AuditTreeModel(self)
        self.tree = AuditTreeView()
        self.tree.setModel(self.model)
        self.tree.setItemDelegateForColumn(1, AuditBarDelegate(self.tree))
        self.tree.setAccessibleName(self.tr("Graduation audit"))
        self.tree.setToolTip(self.tr("Each requirement with what counts toward it; select one "
                                     "to see what could fill it"))
        self.tree.setUniformRowHeights(True)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 104)  # AuditTreeView narrows these two on small screens
        header.resizeSection(2, 136)  # long words are elided; the tooltip has them whole
        self.detail = RequirementDetail()

        issues_box = self._box(self.tr("Issues"), self.issues)
        tree_box = QGroupBox(self.tr("Graduation audit"))
        tree_lay = QVBoxLayout(tree_box)
        tree_lay.setContentsMargins(4, 2, 4, 4)
        tree_lay.setSpacing(3)
        tree_lay.addLayout(choose)
        tree_lay.addWidget(self.tree, 1)
        detail_box = self._box(self.tr("Selected"), self.detail)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("ChecksSplitter")
        self.splitter.addWidget(issues_box)
        self.splitter.addWidget(tree_box)
        self.splitter.addWidget(detail_box)
        issues_box.setMinimumWidth(120)
        tree_box.setMinimumWidth(320)
        detail_box.setMinimumWidth(215)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setChildrenCollapsible(False)
        self._sized = False
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(self.splitter)

        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.doubleClicked.connect(self._double_clicked)
        self.tree.activated_course.connect(self.course_activated)
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        self.diploma.activated.connect(lambda *_: self._emit_sets())
        d = self.detail
        d.add_requested.connect(self.add_course_requested)
        d.select_course_requested.connect(self.course_activated)
        d.remove_exception_requested.connect(self.remove_exception_requested)
        d.waive_requested.connect(lambda: self._for_current(self.waive_requested.emit))
        d.substitute_requested.connect(lambda: self._for_current(self.substitute_requested.emit))
        d.checklist_requested.connect(lambda: self._for_current(self.checklist_requested.emit))

    def keep_sizes(self) -> None:
        """The splitter already holds remembered sizes: do not apply the defaults."""
        self._sized = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._sized and event.size().width() > 0:  # defaults: 18% | 54% | 28%
            w = event.size().width()
            shares = (0.18, 0.54, 0.28) if w >= 900 else (0.16, 0.60, 0.24)  # small screens
            self.splitter.setSizes([int(w * share) for share in shares])
            self._sized = True

    @staticmethod
    def _box(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(4, 2, 4, 4)
        lay.addWidget(widget)
        return box

    def set_candidates_provider(self, provider: CandidatesFn) -> None:
        """``provider(set_code, requirement_id)``: catalog courses that could fill it."""
        self._candidates = provider

    # -- sets ------------------------------------------------------------------------------
    def set_choices(self, diplomas: Sequence[tuple[str, str]],
                    supplemental: Sequence[tuple[str, str]], default_name: str,
                    chosen_diploma: str, chosen_supplemental: Sequence[str]) -> None:
        """The sets a plan can choose from and the plan's choice ("" = district default)."""
        self.diploma.blockSignals(True)
        self.diploma.clear()
        self.diploma.addItem(self.tr("District default (%s)") % default_name, "")
        for code, name in diplomas:
            self.diploma.addItem(name, code)
        self.diploma.setCurrentIndex(max(0, self.diploma.findData(chosen_diploma)))
        self.diploma.blockSignals(False)
        self._supplemental = list(chosen_supplemental)
        self.also_menu.clear()
        for code, name in supplemental:
            action = self.also_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code in self._supplemental)
            action.toggled.connect(lambda on, c=code: self._toggle_supplemental(c, on))
        if not supplemental:
            self.also_menu.addAction(self.tr("No other sets are loaded")).setEnabled(False)
        count = len(self._supplemental)
        self.also.setText(self.tr("Also check (%d)…") % count if count
                          else self.tr("Also &check…"))

    def _toggle_supplemental(self, code: str, on: bool) -> None:
        chosen = [c for c in self._supplemental if c != code] + ([code] if on else [])
        self._supplemental = chosen
        self._emit_sets()

    def _emit_sets(self) -> None:
        self.sets_chosen.emit(str(self.diploma.currentData() or ""), list(self._supplemental))

    # -- showing ---------------------------------------------------------------------------
    def show_result(self, result: ValidationResult, courses: dict[int, PlanCourseView]) -> None:
        self.result = result
        self.issues.setHtml(self._issues_html(plan_issues(result), courses))

    def show_audit(self, audit: AuditResult) -> None:
        expanded = {tuple(i.data(KEY_ROLE)) for i in self.model.all_indexes()
                    if self.tree.isExpanded(i)}
        first = self.audit is None
        current = self.tree.currentIndex().data(KEY_ROLE)
        self.audit = audit
        self.model.set_audit(audit)
        for index in self.model.all_indexes():
            key = tuple(index.data(KEY_ROLE))
            if key in expanded or (first and self._open_at_first(index)):
                self.tree.setExpanded(index, True)
        if current is not None:
            index = self.model.index_of_key(current)
            if index.isValid():
                self.tree.setCurrentIndex(index)
        self._current_changed(self.tree.currentIndex())

    @staticmethod
    def _open_at_first(index: QModelIndex) -> bool:
        """At first sight: sets open, and every requirement that is not met yet."""
        kind = index.data(KIND_ROLE)
        if kind == "set":
            return True
        payload = index.data(PAYLOAD_ROLE)
        return (isinstance(payload, RequirementResult) and payload.status == "short"
                and bool(payload.children))

    def _issues_html(self, issues: list[Issue], courses: dict[int, PlanCourseView]) -> str:
        if not issues:
            none = html.escape(self.tr("✓ No problems found."))
            fine = html.escape(self.tr("Prerequisites, grade limits and credit loads all check "
                                       "out. The graduation audit is beside this list."))
            return f"<p style='color:{OK_COLOR.name()}'><b>{none}</b></p><p>{fine}</p>"
        parts = []
        for severity, title, color in ((ERROR, self.tr("Errors"), ERROR_COLOR),
                                       (WARNING, self.tr("Warnings"), WARNING_COLOR)):
            items = [i for i in issues if i.severity == severity]
            if not items:
                continue
            parts.append(f"<p style='margin:2px 0'><b style='color:{color.name()}'>{title} "
                         f"({len(items)})</b></p><ul style='margin:0 0 6px -20px'>")
            for issue in items:
                text = html.escape(issue_text(issue))
                if issue.plan_course_id is not None and issue.plan_course_id in courses:
                    text = (f"<a href='course:{issue.plan_course_id}' "
                            f"style='color:palette(text); text-decoration:none'>{text}</a>")
                parts.append(f"<li style='margin-bottom:2px'>{text}</li>")
            parts.append("</ul>")
        return "".join(parts)

    # -- selection and actions ---------------------------------------------------------------
    def _current_changed(self, index: QModelIndex) -> None:
        payload = index.data(PAYLOAD_ROLE) if index.isValid() else None
        candidates: Sequence[CourseRow] = ()
        if isinstance(payload, RequirementResult) and payload.status == "short" \
                and not index.data(NOT_NEEDED_ROLE) and self._candidates is not None:
            candidates = self._candidates(str(index.data(SET_CODE_ROLE)), payload.id)
        self.detail.show_payload(payload, candidates,
                                 bool(index.isValid() and index.data(NOT_NEEDED_ROLE)))

    def current_requirement(self) -> tuple[str, RequirementResult] | None:
        index = self.tree.currentIndex()
        payload = index.data(PAYLOAD_ROLE) if index.isValid() else None
        if isinstance(payload, RequirementResult):
            return str(index.data(SET_CODE_ROLE)), payload
        return None

    def select_requirement(self, set_code: str, requirement_id: str) -> bool:
        """Make the requirement current (expanding its parents); False if not shown."""
        for index in self.model.all_indexes():
            payload = index.data(PAYLOAD_ROLE)
            if isinstance(payload, RequirementResult) and payload.id == requirement_id \
                    and index.data(SET_CODE_ROLE) == set_code:
                parent = index.parent()
                while parent.isValid():
                    self.tree.setExpanded(parent, True)
                    parent = parent.parent()
                self.tree.setCurrentIndex(index)
                return True
        return False

    def _for_current(self, emit: Callable[[str, str], object]) -> None:
        current = self.current_requirement()
        if current is not None:
            emit(current[0], current[1].id)

    def _double_clicked(self, index: QModelIndex) -> None:
        ref = index.data(COURSE_REF_ROLE)
        if ref is not None:
            self.course_activated.emit(int(ref))

    def _tree_menu(self, pos: object) -> None:
        index = self.tree.currentIndex()
        payload = index.data(PAYLOAD_ROLE) if index.isValid() else None
        menu = QMenu(self)
        if isinstance(payload, CourseUse) and payload.ref is not None:
            menu.addAction(self.tr("Show in plan"),
                           lambda: self.course_activated.emit(int(payload.ref or 0)))
        if isinstance(payload, RequirementResult):
            d = self.detail
            for button in (d.waive, d.substitute, d.mark_done, d.remove_decision):
                if not button.isHidden():
                    menu.addAction(button.text().replace("&", ""), button.click)
        if menu.isEmpty():
            return
        menu.exec(self.tree.viewport().mapToGlobal(self.tree.visualRect(index).center()))

    def _anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("course:"):
            self.course_activated.emit(int(text.split(":", 1)[1]))

    def issue_messages(self) -> list[tuple[str, str]]:
        """(severity, message) of what the panel shows (for tests and accessibility)."""
        if self.result is None:
            return []
        return [(i.severity, issue_text(i)) for i in plan_issues(self.result)]

    def status_texts(self) -> dict[str, str]:
        """Requirement label -> status words as shown (for tests and accessibility)."""
        out: dict[str, str] = {}
        for index in self.model.all_indexes():
            if index.data(KIND_ROLE) in ("set", "requirement", "concentrator"):
                label = str(index.data(Qt.ItemDataRole.DisplayRole))
                out.setdefault(label, str(self.model.index(index.row(), 2, index.parent())
                                          .data(Qt.ItemDataRole.DisplayRole)))
        return out
