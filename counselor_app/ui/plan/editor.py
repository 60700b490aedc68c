"""The plan editor: five grade columns, a course catalog, live rule checks, plan details.

Every edit is a ``QUndoCommand`` on ``ctx.undo`` whose steps call one service each
(one transaction, saved at once). The editor never holds a session: after each
change it reloads the plan (``load_plan``) and its checks (``validate``). What the
course cards and the plan's fields do lives in ``course_actions`` and ``plan_fields``.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.base import GRADE_LEVELS, POSTSECONDARY
from counselor_app.domain.students import PLAN_STATUSES
from counselor_app.services import browse, plans
from counselor_app.services.browse import CourseRow
from counselor_app.services.plans import PlanCourseView, PlanView
from counselor_app.services.rules import ValidationResult
from counselor_app.services.school_years import year_label
from counselor_app.ui.context import AppContext
from counselor_app.ui.plan.approval_bar import ApprovalBar
from counselor_app.ui.plan.audit_actions import AuditActions
from counselor_app.ui.plan.audit_panel import AuditChecksPanel
from counselor_app.ui.plan.catalog_panel import CatalogPanel
from counselor_app.ui.plan.comments_panel import CommentsPanel
from counselor_app.ui.plan.course_actions import PlanCourseActions
from counselor_app.ui.plan.details_panel import PlanDetailsPanel
from counselor_app.ui.plan.grade_column import GradeColumn, GradeColumns
from counselor_app.ui.plan.models import NOTES_DELAY_MS, changed_at_text, credits_words
from counselor_app.ui.plan.plan_commands import SetPlanStatusCommand
from counselor_app.ui.plan.plan_fields import PlanFieldActions
from counselor_app.ui.plan.splitter_memory import (
    fold_pane,
    hide_folded,
    pane_shown,
    remember_splitter,
)
from counselor_app.ui.plan.summary import checks_tab_text, summary_html
from counselor_app.ui.shared.words import data_word, grade_title, issue_text, plan_status_title

ALL_LEVELS = (6, 7, 8, *GRADE_LEVELS)
"""Every column the editor has; grades 6-8 show when a plan starts there."""



class PlanEditor(PlanCourseActions, PlanFieldActions):
    """Edit one plan. ``load(plan_id)`` shows it; every change is saved and undoable."""

    back_requested = Signal()
    plan_loaded = Signal(object)  # plan id or None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan_id: int | None = None
        self.view: PlanView | None = None
        self.result: ValidationResult | None = None
        self._catalog: dict[str, CourseRow] = {}
        self._catalog_loaded = False
        self._occupations_loaded = False
        self._pending_select: int | None = None
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_DELAY_MS)
        self._notes_timer.timeout.connect(self._save_notes)
        self.setObjectName("PlanEditor")

        # --- header ---
        self.back = QToolButton()
        self.back.setText(self.tr("← Students"))
        self.back.setToolTip(self.tr("Back to the student list (Esc)"))
        self.back.setAccessibleName(self.tr("Back to students"))
        self.back.setAutoRaise(True)
        self.name = QLineEdit()
        self.name.setObjectName("PlanName")
        self.name.setAccessibleName(self.tr("Plan name"))
        self.name.setToolTip(self.tr("Name of this plan; press Enter to rename"))
        name_font = self.name.font()
        name_font.setPointSizeF(name_font.pointSizeF() * 1.3)
        name_font.setBold(True)
        self.name.setFont(name_font)
        self.name.setFrame(False)
        self.name.setMinimumWidth(200)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("PlanSubtitle")
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QComboBox()
        for s in PLAN_STATUSES:
            self.status.addItem(plan_status_title(s), s)
        self.status.setAccessibleName(self.tr("Plan status"))
        self.status.setToolTip(self.tr("Draft, reviewed or approved; records your name and "
                                       "the time"))
        self.status_info = QLabel()
        self.status_info.setObjectName("StatusInfo")
        self.saved = QLabel()
        self.saved.setObjectName("SavedLabel")
        self.saved.setToolTip(self.tr("Every change is saved at once; Ctrl+Z undoes, "
                                      "Ctrl+Shift+Z redoes"))
        self.summary = QLabel()
        self.summary.setObjectName("PlanSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        # long lines are cut at the window's edge rather than widening it (1024 px screens)
        for label in (self.summary, self.subtitle):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        title_col = QVBoxLayout()
        title_col.setSpacing(0)
        title_col.addWidget(self.name)
        title_col.addWidget(self.subtitle)
        status_label = QLabel(self.tr("&Status"))
        status_label.setBuddy(self.status)
        right_col = QVBoxLayout()
        right_col.setSpacing(2)
        status_row = QHBoxLayout()
        status_row.addStretch(1)
        status_row.addWidget(status_label)
        status_row.addWidget(self.status)
        self.approval = ApprovalBar(ctx, self)
        status_row.addWidget(self.approval.approve_button)
        status_row.addWidget(self.approval.history_button)
        right_col.addLayout(status_row)
        info_row = QHBoxLayout()
        info_row.addStretch(1)
        info_row.addWidget(self.approval.label)
        info_row.addWidget(self.status_info)
        right_col.addLayout(info_row)
        header = QHBoxLayout()
        header.addWidget(self.back, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(title_col, 1)
        header.addLayout(right_col)

        self.past_banner = QLabel()
        self.past_banner.setObjectName("PastPlanned")
        self.past_banner.setTextFormat(Qt.TextFormat.RichText)
        self.past_banner.setWordWrap(True)
        self.past_banner.setAccessibleName(self.tr("Courses still planned in a past year"))
        self.past_banner.linkActivated.connect(lambda _link: self._show_first_past_planned())
        self.past_banner.hide()
        self._past_first: int | None = None

        status_bar = QHBoxLayout()
        status_bar.setContentsMargins(4, 0, 4, 0)
        status_bar.addWidget(self.summary, 1)
        status_bar.addWidget(self.saved)

        # --- catalog ---
        self.catalog = CatalogPanel()
        self.catalog.setMinimumWidth(220)

        # --- grade columns ---
        self.columns_scroll = GradeColumns(ALL_LEVELS)
        self.columns: dict[int, GradeColumn] = self.columns_scroll.columns
        for level, col in self.columns.items():
            col.model.codes_dropped.connect(self._codes_dropped)
            col.model.courses_dropped.connect(self._courses_dropped)
            col.view.move_requested.connect(lambda step, lv=level: self.move_selected(lv, step))
            col.view.remove_requested.connect(lambda lv=level: self.remove_selected(lv))
            col.view.neighbour_requested.connect(
                lambda step, lv=level: self._focus_neighbour(lv, step))
            col.view.menu_requested.connect(lambda pos, lv=level: self._course_menu(lv, pos))
        self.total = QLabel()
        self.total.setObjectName("TotalCredits")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        columns_box = QWidget()
        cb = QVBoxLayout(columns_box)
        cb.setContentsMargins(0, 0, 0, 0)
        cb.setSpacing(2)
        cb.addWidget(self.columns_scroll, 1)
        cb.addWidget(self.total)

        # --- bottom tabs ---
        self.rules = AuditChecksPanel()
        self.audit_actions = AuditActions(self, self.rules)
        self.details = PlanDetailsPanel()
        self.comments = CommentsPanel()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.rules, self.tr("Checks"))
        self.tabs.addTab(self.details, self.tr("Goals && notes"))
        self.tabs.addTab(self.comments, self.tr("Comments"))
        self.tabs.setAccessibleName(self.tr("Plan checks and details"))

        self.vsplit = QSplitter(Qt.Orientation.Vertical)
        self.vsplit.addWidget(columns_box)
        self.vsplit.addWidget(self.tabs)
        self.vsplit.setStretchFactor(0, 3)
        self.vsplit.setStretchFactor(1, 0)
        self.vsplit.setCollapsible(0, False)  # the columns never; the tabs to give them room
        self.hsplit = QSplitter(Qt.Orientation.Horizontal)
        self.hsplit.addWidget(self.catalog)
        self.hsplit.addWidget(self.vsplit)
        self.hsplit.setStretchFactor(0, 0)
        self.hsplit.setStretchFactor(1, 1)
        self.hsplit.setSizes([270, 1000])
        self.vsplit.setSizes([440, 255])
        self.hsplit.setCollapsible(1, False)  # the catalog folds away (F9); the plan never
        for splitter, key in ((self.hsplit, "plan/catalog_splitter"),
                              (self.vsplit, "plan/checks_height")):
            if remember_splitter(splitter, ctx.qsettings, key):
                hide_folded(splitter)
        if remember_splitter(self.rules.splitter, ctx.qsettings, "plan/checks_splitter"):
            self.rules.keep_sizes()

        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.setSpacing(4)
        lay.addLayout(header)
        lay.addLayout(status_bar)
        lay.addWidget(self.past_banner)
        lay.addWidget(self.hsplit, 1)
        self.setStyleSheet(
            "#GradeColumn { background: palette(window); border: 1px solid palette(mid);"
            " border-radius: 6px; }"
            "#GradeColumn QListView { border: none; background: palette(window); }"
            "#GradeColumn[phase=\"past\"], #GradeColumn[phase=\"past\"] QListView"
            " { background: #f1f3f4; }"
            "#GradeColumn[phase=\"current\"] { border: 2px solid palette(highlight); }"
            "#PlanSubtitle, #StatusInfo, #SavedLabel { color: palette(dark); }"
            "#PlanName { background: transparent; border: 1px solid transparent;"
            " border-radius: 3px; }"
            "#PlanName:hover { border-color: palette(mid); }"
            "#PlanName:focus { background: palette(base); border-color: palette(highlight); }"
            "#TotalCredits { font-weight: bold; padding: 2px 4px; }"
            "#PastPlanned { background: #fff4e0; border: 1px solid #d48a00;"
            " border-radius: 4px; padding: 3px 6px; }")

        # --- wiring ---
        self.back.clicked.connect(self._back)
        # (Ctrl+F belongs to the main window's Find; it can call focus_search().)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._back)
        self.catalog.add_requested.connect(self._catalog_add)
        self.rules.course_activated.connect(self.select_course)
        self.name.editingFinished.connect(self._save_name)
        self.status.activated.connect(self._status_chosen)
        self.details.career.activated.connect(lambda *_: self._save_career())
        self.details.career_edit.editingFinished.connect(self._save_career)
        self.details.ps_type.activated.connect(lambda *_: self._save_postsecondary())
        self.details.first_level.activated.connect(lambda *_: self.set_first_level(
            int(self.details.first_level.currentData())))
        self.details.institution.editingFinished.connect(self._save_postsecondary)
        for box in (self.details.notes, self.details.family_notes):
            box.textChanged.connect(self._notes_edited)
            box.installEventFilter(self)
        self.comments.add_requested.connect(self.add_comment)
        self.comments.edit_requested.connect(self.edit_comment)
        self.comments.delete_requested.connect(self.delete_comment)
        self.ctx.bus.plan_changed.connect(self._plan_changed)
        self.ctx.bus.reference_changed.connect(self._reference_changed)
        self.ctx.bus.settings_changed.connect(self._settings_changed)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.back, self.name, self.status, self.catalog.search,
                                self.catalog.subject, self.catalog.view,
                                self.catalog.add_button]
        chain += [self.columns[level].view for level in ALL_LEVELS]
        chain += [self.tabs]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    # --- loading ---------------------------------------------------------------------
    def load(self, plan_id: int) -> None:
        self._flush_notes()
        if not self._catalog_loaded:
            self._load_catalog()
        if not self._occupations_loaded:
            self.details.set_occupations(browse.list_occupations(self.ctx.db))
            self._occupations_loaded = True
        changed = plan_id != self.plan_id
        self.plan_id = plan_id
        if changed:  # a search typed for the last student's plan is not this one's
            self.catalog.clear_filter()
        self.refresh()
        if changed:
            self.tabs.setCurrentIndex(0)
            self.plan_loaded.emit(self.plan_id)
            QTimer.singleShot(0, self.columns_scroll.show_current_year)

    # --- panels that fold away -------------------------------------------------------
    def catalog_shown(self) -> bool:
        return pane_shown(self.hsplit, 0)

    def checks_shown(self) -> bool:
        return pane_shown(self.vsplit, 1)

    def show_catalog(self, shown: bool) -> None:
        """Fold the course catalog away (the columns get its width) or bring it back."""
        fold_pane(self.hsplit, 0, shown, self.ctx.qsettings, "plan/catalog_splitter")

    def show_checks(self, shown: bool) -> None:
        """Fold the Checks, Goals and Comments tabs away or bring them back."""
        fold_pane(self.vsplit, 1, shown, self.ctx.qsettings, "plan/checks_height")

    def _load_catalog(self) -> None:
        rows = browse.catalog(self.ctx.db)
        self._catalog = {r.code: r for r in rows}
        self.catalog.set_rows(rows)
        self._catalog_loaded = True

    def refresh(self) -> None:
        """Reload the plan and its checks from the database."""
        if self.plan_id is None:
            return
        try:
            view = plans.load_plan(self.ctx.db, self.plan_id)
        except LookupError:
            self.view = None
            self.plan_id = None
            self.plan_loaded.emit(None)
            self.back_requested.emit()
            return
        result = plans.validate(self.ctx.db, self.plan_id, self.ctx.settings())
        self.audit_actions.show(self.plan_id)
        self._show(view, result)

    def _show(self, view: PlanView, result: ValidationResult) -> None:
        selected = self._pending_select
        focus_level: int | None = None
        if selected is None:
            for level, col in self.columns.items():
                if col.view.hasFocus():
                    focus_level = level
                    courses = col.selected_courses()
                    selected = courses[0].id if courses else None
        self.view, self.result = view, result
        by_id = {c.id: c for c in view.courses}
        issues = {c.id: result.issues_for(c.id) for c in view.courses}
        over = {i.level: issue_text(i) for i in result.issues
                if i.rule == "credit_load" and i.level is not None}
        for level, col in self.columns.items():
            col.setVisible(level >= view.first_level)
            col.set_year(view.years.get(level))
            col.model.set_courses(view.courses_at(level), issues, frozenset(view.past_planned))
            col.set_credits(result.credits_by_level.get(level, 0.0), over.get(level, ""))
        ps = result.credits_by_level.get(POSTSECONDARY, 0.0)
        total = self.tr("Total, grades 9–12: %s") % credits_words(result.total_credits)
        early = sum(result.credits_by_level.get(lv, 0.0) for lv in ALL_LEVELS[:3])
        if early:
            total += "   ·   " + self.tr("Before grade 9: %s") % credits_words(early)
        if ps:
            total += "   ·   " + self.tr("Postsecondary: %s") % credits_words(ps)
        self.total.setText(total)
        self.rules.show_result(result, by_id)
        self._show_past_planned(view, by_id)
        self._show_summary(result)
        self._show_header(view)
        self._show_details(view)
        self.comments.set_comments(view)
        if selected is not None and selected in by_id:
            course = by_id[selected]
            focus = self._pending_select is not None or focus_level is not None
            self.columns[course.level].select_course(selected, focus=focus)
        elif focus_level is not None:
            col = self.columns[focus_level]
            if col.model.rowCount():
                col.view.setCurrentIndex(col.model.index(0, 0))
        self._pending_select = None

    def _show_past_planned(self, view: PlanView, by_id: dict[int, PlanCourseView]) -> None:
        """The banner over the columns: courses still planned in a year that is over."""
        courses = [by_id[i] for i in view.past_planned if i in by_id]
        self.past_banner.setVisible(bool(courses))
        if not courses:
            return
        years = ", ".join(dict.fromkeys(year_label(view.years[c.level].school_year)
                                        for c in courses if c.level in view.years))
        if len(courses) == 1:
            text = self.tr("%1 is still planned in %2: mark it completed, or move it.") \
                .replace("%1", html.escape(courses[0].title)).replace("%2", years)
        else:
            text = self.tr("%1 courses are still planned in %2: mark them completed, or "
                           "move them.").replace("%1", str(len(courses))).replace("%2", years)
        show = self.tr("Show")
        self.past_banner.setText(f"⚠ {text} <a href='show'>{show}</a>")
        self._past_first = courses[0].id

    def _show_first_past_planned(self) -> None:
        if self._past_first is not None:
            self.select_course(self._past_first)

    def _show_summary(self, result: ValidationResult) -> None:
        self.summary.setText(summary_html(result, self.rules.audit))
        self.tabs.setTabText(0, checks_tab_text(result, self.rules.audit))

    def catalog_course(self, code: str) -> CourseRow | None:
        return self._catalog.get(code)

    def _show_header(self, view: PlanView) -> None:
        if not self.name.hasFocus():
            self.name.setText(view.name)
        student = self._student_name(view.student_pk)
        program = view.program_name or self.tr("Blank plan")
        if view.cluster_name:
            program += f" — {data_word(view.cluster_name)}"
        active = self.tr("Active plan") if view.is_active else self.tr("What-if plan")
        self.subtitle.setText(f"{student}   ·   {program}   ·   {active}")
        self.status.blockSignals(True)
        self.status.setCurrentIndex(max(self.status.findData(view.status), 0))
        self.status.blockSignals(False)
        when = changed_at_text(view.status_at) if view.status_at is not None else ""
        if view.status_at is not None and view.status != "draft":
            state = (self.tr("%1 by %2").replace("%1", plan_status_title(view.status)).replace(
                "%2", view.status_by) if view.status_by else plan_status_title(view.status))
            self.status_info.setText(f"{state} · {when}")
        elif view.status_at is not None:
            back = (self.tr("Back to draft by %s") % view.status_by if view.status_by
                    else self.tr("Back to draft"))
            self.status_info.setText(f"{back} · {when}")
        else:
            self.status_info.setText(self.tr("Not reviewed yet"))
        self.saved.setText(self.tr("Saved · last change %s") % changed_at_text(view.updated_at))
        self.approval.show_plan(view)

    def _student_name(self, student_pk: int) -> str:
        from counselor_app.services import students

        detail = students.get_student(self.ctx.db, student_pk)
        if detail is None:
            return ""
        d = detail.data
        return f"{d.preferred_name or d.first_name} {d.last_name} ({d.student_id}), " \
               + grade_title(d.grade).lower()

    # --- bus -------------------------------------------------------------------------
    def _plan_changed(self, plan_id: int) -> None:
        if plan_id == self.plan_id:
            self.refresh()

    def _reference_changed(self) -> None:
        self._catalog_loaded = False
        self._occupations_loaded = False
        if self.plan_id is not None:
            self._load_catalog()
            self.details.set_occupations(browse.list_occupations(self.ctx.db))
            self._occupations_loaded = True
            self.refresh()

    def _settings_changed(self) -> None:
        if self.plan_id is not None:
            self.refresh()

    # --- status ----------------------------------------------------------------------
    def _status_chosen(self) -> None:
        status = str(self.status.currentData())
        self.set_status(status)

    def set_status(self, status: str) -> None:
        if self.plan_id is None or self.view is None or status == self.view.status:
            return
        if status == "approved":  # a recorded version, never a silent status change
            self.approval.approve()
            self._show_header(self.view)
            return
        old = (self.view.status, self.view.status_by, self.view.status_at)
        self.ctx.undo.push(SetPlanStatusCommand(self.ctx, self.plan_id, status,
                                                self.counselor_name(), old))

    # --- navigation ------------------------------------------------------------------
    def focus_search(self) -> None:
        """Put the cursor in the catalog search box."""
        self.catalog.search.setFocus()
        self.catalog.search.selectAll()

    def _back(self) -> None:
        self._flush_notes()
        if self.name.hasFocus():
            self._save_name()
        self.back_requested.emit()

    def hideEvent(self, event: Any) -> None:
        self._flush_notes()
        super().hideEvent(event)

    def column(self, level: int) -> GradeColumn:
        return self.columns[level]

    def sizeHint(self) -> QSize:
        return QSize(1280, 800)


__all__ = ["PlanEditor"]
