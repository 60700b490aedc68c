"""The dashboard's three charts: plan status by grade, on track vs short by grade, and
CTE concentrators by program, filled from a caseload summary."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from counselor_app.services.caseload_summary import CaseloadFilter, CaseloadSummary
from counselor_app.ui.dashboard.charts import Bar, LegendEntry, StackedBarChart
from counselor_app.ui.dashboard.words import (
    AUDIT_COLORS,
    CTE_COLORS,
    PLAN_COLORS,
    audit_word,
    counted,
    cte_word,
    grade_word,
    plan_status_word,
)
from counselor_app.ui.shared.words import data_word

TOP_PROGRAMS = 6  # bars in the concentrators chart


class CaseloadCharts(QWidget):
    """Three charts side by side; a click on a segment asks to list its students."""

    focus_requested = Signal(object)  # a CaseloadFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan_chart = StackedBarChart(self.tr("Plan status by grade"))
        self.audit_chart = StackedBarChart(self.tr("On track vs short, by grade"))
        self.cte_chart = StackedBarChart(self.tr("CTE concentrators by program"),
                                         horizontal=True)
        self.plan_chart.activated.connect(lambda grade, key: self.focus_requested.emit(
            CaseloadFilter(grade=grade, plan_status=key)))
        self.audit_chart.activated.connect(lambda grade, key: self.focus_requested.emit(
            CaseloadFilter(grade=grade, audit=key)))
        self.cte_chart.activated.connect(lambda code, key: self.focus_requested.emit(
            CaseloadFilter(cte=key, cte_program=code)))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for chart in (self.plan_chart, self.audit_chart, self.cte_chart):
            row.addWidget(chart, 1)

    def show_summary(self, s: CaseloadSummary) -> None:
        grades = list(s.plan_status_by_grade)
        plan_legend = [LegendEntry(k, plan_status_word(k), c) for k, c in PLAN_COLORS.items()]
        self.plan_chart.set_data(plan_legend, [
            Bar(g, grade_word(g), tuple(s.plan_status_by_grade[g][e.key] for e in plan_legend))
            for g in grades], self.tr("No students"))
        audit_legend = [LegendEntry(k, audit_word(k), AUDIT_COLORS[k])
                        for k in ("on_track", "short", "errors")]
        self.audit_chart.set_data(audit_legend, [
            Bar(g, grade_word(g), tuple(s.audit_by_grade[g][e.key] for e in audit_legend))
            for g in grades], self.tr("No plans yet"))
        cte_legend = [LegendEntry(k, cte_word(k), CTE_COLORS[k]) for k in ("yes", "on_track")]
        programs = s.concentrators_by_program[:TOP_PROGRAMS]
        self.cte_chart.set_data(cte_legend, [Bar(p.code, data_word(p.name), (p.yes, p.on_track))
                                             for p in programs],
                                self.tr("No concentrators yet: none has CTE courses of one "
                                        "program"))
        more = len(s.concentrators_by_program) - len(programs)
        self.cte_chart.setToolTip(counted(more, self.tr("1 more program not shown"),
                                          self.tr("%1 more programs not shown"))
                                  if more > 0 else "")

    def show_focus(self, f: CaseloadFilter) -> None:
        """Outline the segment whose students the list shows, if a chart has it."""
        self.plan_chart.set_selected((f.grade, f.plan_status) if f.plan_status and f.grade
                                     is not None and f.audit is None else None)
        self.audit_chart.set_selected((f.grade, f.audit) if f.audit and f.grade is not None
                                      and f.plan_status is None else None)
        self.cte_chart.set_selected((f.cte_program, f.cte) if f.cte_program and f.cte
                                    else None)
