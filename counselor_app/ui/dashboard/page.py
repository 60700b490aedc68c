"""The Dashboard page: the caseload at a glance, the first page once students exist.

The caseload (``services.caseload.compute_caseload``: every active student's plan status,
audit and CTE status) is computed on a worker, once per change of the data announced on
the change bus, and kept; choosing a grade, counselor or graduation year, clicking a
tile or a chart's bar then counts and filters the kept caseload at once, without
reading the database again. The window stays responsive while a large caseload is
audited: the last numbers stay on screen, marked as updating.

Layout, top to bottom: the scope (grade, counselor, graduation year), the count tiles,
three charts (plan status by grade, on track vs short by grade, concentrators by
program), the list of the students chosen, and the actions on the selected students.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import fields

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counselor_app.services.caseload_summary import (
    CaseloadFilter,
    CaseloadStudent,
    CaseloadSummary,
    merge,
    summarize,
)
from counselor_app.ui.context import AppContext
from counselor_app.ui.dashboard import actions
from counselor_app.ui.dashboard.chart_row import CaseloadCharts
from counselor_app.ui.dashboard.table_model import (
    COLUMNS,
    NAME,
    STUDENT_ROLE,
    CaseloadTableModel,
)
from counselor_app.ui.dashboard.tiles import CountTile
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
from counselor_app.ui.shared.name_columns import NAME_WIDTH_CAP, widest_text
from counselor_app.ui.shared.words import data_word
from counselor_app.ui.shared.workers import BackgroundTask, Progress

log = logging.getLogger(__name__)

REFRESH_DELAY_MS = 250  # changes arriving together (an import) refresh once


class DashboardPage(QWidget):
    """Counts, charts and the student list of the caseload."""

    open_plan_requested = Signal(int)  # plan id
    open_student_requested = Signal(int)  # student pk (a student without a plan)
    refreshed = Signal()  # a new caseload is on screen

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.students: list[CaseloadStudent] = []  # the whole caseload, as computed
        self.summary: CaseloadSummary = summarize([])
        self.scope = CaseloadFilter()  # the choice of grade, counselor, graduation year
        self.focus = CaseloadFilter()  # what a tile or a bar adds for the list
        self._task: BackgroundTask | None = None
        self._stale = True  # everything must be recomputed
        self._changed: set[int] = set()  # or only these students (their plans changed)
        self._again = False  # a change arrived while computing
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self._build()
        bus = ctx.bus
        for signal in (bus.students_changed, bus.reference_changed, bus.settings_changed,
                       bus.database_replaced):
            signal.connect(self.data_changed)
        bus.plan_changed.connect(self.plan_changed)

    # --- building --------------------------------------------------------------------
    def _build(self) -> None:
        self.grade_combo = self._combo(self.tr("Grade"))
        self.counselor_combo = self._combo(self.tr("Counselor"))
        self.year_combo = self._combo(self.tr("Graduation year"))
        self.status_label = QLabel()
        self.status_label.setStyleSheet("color: palette(placeholder-text);")
        scope = QHBoxLayout()
        for text, combo in ((self.tr("&Grade:"), self.grade_combo),
                            (self.tr("C&ounselor:"), self.counselor_combo),
                            (self.tr("Graduation &year:"), self.year_combo)):
            label = QLabel(text)
            label.setBuddy(combo)
            scope.addWidget(label)
            scope.addWidget(combo)
            scope.addSpacing(8)
        scope.addStretch(1)
        scope.addWidget(self.status_label)

        self.tiles: list[CountTile] = []
        tiles = QHBoxLayout()
        tiles.setSpacing(6)
        for key, color in ((("", ""), PLAN_COLORS["approved"].darker(140)),
                           *((("plan_status", k), PLAN_COLORS[k]) for k in PLAN_COLORS),
                           *((("audit", k), AUDIT_COLORS[k]) for k in ("on_track", "short",
                                                                       "errors")),
                           *((("cte", k), CTE_COLORS[k]) for k in ("yes", "on_track"))):
            tile = CountTile(key, self._tile_label(key), color)
            tile.clicked.connect(lambda _c=False, t=tile: self._tile_clicked(t))
            self.tiles.append(tile)
            tiles.addWidget(tile)

        charts = self.charts = CaseloadCharts()
        charts.focus_requested.connect(self.set_focus)
        self.plan_chart = charts.plan_chart  # the three charts, for tests and tools
        self.audit_chart = charts.audit_chart
        self.cte_chart = charts.cte_chart

        self.model = CaseloadTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Students of the caseload"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)  # Enter on a row
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection())

        self.list_label = QLabel()
        self.show_all_button = QPushButton(self.tr("Show &all"))
        self.show_all_button.setToolTip(self.tr("List every student of the chosen grade, "
                                                "counselor and graduation year"))
        self.show_all_button.clicked.connect(lambda: self.set_focus(CaseloadFilter()))
        list_head = QHBoxLayout()
        list_head.addWidget(self.list_label, 1)
        list_head.addWidget(self.show_all_button)

        self.selection_label = QLabel()
        self.create_button = QPushButton(self.tr("&Create plans from a program…"))
        self.create_button.setToolTip(self.tr("Start a plan from one program of study for "
                                              "each selected student who has no plan yet"))
        self.print_button = QPushButton(self.tr("&Print plans…"))
        self.print_button.setToolTip(self.tr("Export or print the selected students' plans "
                                             "as PDF"))
        self.export_button = QPushButton(self.tr("E&xport list (CSV)…"))
        self.export_button.setToolTip(self.tr("Save the selected students, or the whole list "
                                              "when none is selected, as a CSV file"))
        self.create_button.clicked.connect(lambda: actions.create_plans(self))
        self.print_button.clicked.connect(lambda: actions.print_plans(self))
        self.export_button.clicked.connect(lambda: actions.export_csv(self))
        bulk = QHBoxLayout()
        bulk.addWidget(self.selection_label, 1)
        for b in (self.create_button, self.print_button, self.export_button):
            bulk.addWidget(b)

        bottom = QWidget()
        lower = QVBoxLayout(bottom)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addLayout(list_head)
        lower.addWidget(self.table, 1)
        lower.addLayout(bulk)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("dashboardSplitter")
        self.splitter.setChildrenCollapsible(True)
        self.splitter.addWidget(charts)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.addLayout(scope)
        lay.addLayout(tiles)
        lay.addWidget(self.splitter, 1)
        self.grade_combo.currentIndexChanged.connect(self._scope_changed)
        self.counselor_combo.currentIndexChanged.connect(self._scope_changed)
        self.year_combo.currentIndexChanged.connect(self._scope_changed)
        self._selection()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.addItem(self.tr("All"), None)
        return combo

    def _tile_label(self, key: tuple[str, str]) -> str:
        field_, value = key
        if not field_:
            return self.tr("Students")
        if field_ == "plan_status":
            return plan_status_word(value)
        if field_ == "audit":
            return audit_word(value)
        return self.tr("CTE on track") if value == "on_track" else self.tr("Concentrators")

    # --- loading ---------------------------------------------------------------------
    def data_changed(self) -> None:
        """The data changed somewhere: recompute now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def plan_changed(self, plan_id: int) -> None:
        """One plan changed: only its student is recomputed (a plan not listed yet, such
        as a new one, recomputes everything)."""
        pk = next((st.pk for st in self.students if st.plan_id == plan_id), None)
        if pk is None:
            self.data_changed()
            return
        self._changed.add(pk)
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale or self._changed:
            self._timer.start(0)

    @property
    def loading(self) -> bool:
        return self._task is not None

    def reload(self) -> None:
        """Compute the caseload on a worker; the numbers on screen stay until it is done."""
        if self._task is not None:
            self._again = True
            return
        only = None if self._stale or not self.students else set(self._changed)
        self._stale, self._changed = False, set()
        self.status_label.setText(self.tr("Updating…"))
        db = self.ctx.db
        kept = self.students

        def work(progress: Progress) -> list[CaseloadStudent]:
            # imported here, on the worker: the ORM is not needed before the first paint
            from counselor_app.services.caseload import compute_caseload

            fresh = compute_caseload(db, student_pks=only,
                                     progress=lambda done, total: progress(done, total))
            return fresh if only is None else merge(kept, fresh, only)

        task = self._task = BackgroundTask(work, self)
        task.progressed.connect(self._progressed)
        task.finished.connect(self._loaded)
        task.failed.connect(self._failed)
        task.cancelled.connect(lambda: self._finish_task())
        task.start()

    def _progressed(self, done: int, total: int, _message: str) -> None:
        if total > 0:
            self.status_label.setText(self.tr("Updating… %1 of %2 students audited").replace(
                "%1", f"{done:,}").replace("%2", f"{total:,}"))

    def _finish_task(self) -> None:
        if self._task is not None:
            self._task.deleteLater()
        self._task = None
        if self._again:
            self._again = False
            self.reload()

    def _loaded(self, students: object) -> None:
        assert isinstance(students, list)
        self.students = students
        self.status_label.setText("")
        self._fill_scope_choices()
        self._show()
        self._finish_task()
        self.refreshed.emit()

    def _failed(self, message: str) -> None:
        log.warning("the dashboard could not be computed")
        self._stale = True  # try everything again at the next change or showing
        self.status_label.setText(self.tr("Could not update: %1").replace("%1", message))
        self._finish_task()

    def _fill_scope_choices(self) -> None:
        grades = sorted({st.grade for st in self.students})
        counselors = sorted({st.counselor for st in self.students if st.counselor},
                            key=str.casefold)
        years = sorted({st.graduation_year for st in self.students})
        for combo, choices in (
                (self.grade_combo, [(grade_word(g), g) for g in grades]),
                (self.counselor_combo, [(c, c) for c in counselors]),
                (self.year_combo, [(str(y), y) for y in years])):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for text, value in choices:
                combo.addItem(text, value)
            found = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)
        self._read_scope()

    # --- showing ---------------------------------------------------------------------
    def _read_scope(self) -> None:
        self.scope = CaseloadFilter(grade=self.grade_combo.currentData(),
                                    counselor=self.counselor_combo.currentData(),
                                    graduation_year=self.year_combo.currentData())

    def _scope_changed(self) -> None:
        self._read_scope()
        self._show()

    def set_focus(self, focus: CaseloadFilter) -> None:
        """List only the students ``focus`` selects within the scope (a tile, a bar)."""
        self.focus = focus
        self._show_list()

    def _tile_clicked(self, tile: CountTile) -> None:
        field_, value = tile.key
        if not field_ or not tile.isChecked():
            self.set_focus(CaseloadFilter())
        else:
            self.set_focus({"plan_status": CaseloadFilter(plan_status=value),
                            "audit": CaseloadFilter(audit=value),
                            "cte": CaseloadFilter(cte=value)}[field_])

    def _show(self) -> None:
        self.summary = s = summarize(self.students, self.scope)
        counts = {"": {"": s.total}, "plan_status": s.by_plan_status, "audit": s.by_audit,
                  "cte": s.by_cte}
        for tile in self.tiles:
            field_, value = tile.key
            tile.set_count(counts[field_].get(value, 0))
        self.charts.show_summary(s)
        self._show_list()

    def _listed(self) -> list[CaseloadStudent]:
        return [st for st in self.summary.students if self.focus.matches(st)]

    def _show_list(self) -> None:
        keep = set(self.selected_pks())
        listed = self._listed()
        self.model.set_students(listed)
        self._fit_columns()
        for tile in self.tiles:
            field_, value = tile.key
            focus_fields = {f.name: getattr(self.focus, f.name) for f in fields(self.focus)
                            if getattr(self.focus, f.name) is not None}
            tile.setChecked(focus_fields == ({field_: value} if field_ else {}))
        self.charts.show_focus(self.focus)
        what = self._focus_words()
        count = counted(len(listed), self.tr("1 student"), self.tr("%1 students"))
        self.list_label.setText(f"{count} · {what}" if what else count)
        self.show_all_button.setEnabled(self.focus != CaseloadFilter())
        if keep:
            self.select_pks(keep)
        self._selection()

    def _focus_words(self) -> str:
        f = self.focus
        parts = []
        if f.grade is not None:
            parts.append(grade_word(f.grade))
        if f.plan_status is not None:
            parts.append(plan_status_word(f.plan_status))
        if f.audit is not None:
            parts.append(audit_word(f.audit))
        if f.cte is not None:
            parts.append(self.tr("CTE: %1").replace("%1", cte_word(f.cte)))
        if f.cte_program is not None:
            name = next((p.name for p in self.summary.concentrators_by_program
                         if p.code == f.cte_program), f.cte_program)
            parts.append(data_word(name))
        return " · ".join(parts)

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        fm = self.table.fontMetrics()
        for col in range(len(COLUMNS) - 1):
            widest = widest_text(self.table, col, rows=200)
            title = fm.horizontalAdvance(str(self.model.headerData(
                col, Qt.Orientation.Horizontal))) + 24
            # a long name reads whole (as on the Students page); other columns stop at 240
            cap = NAME_WIDTH_CAP if col == NAME else 240
            header.resizeSection(col, min(max(widest + 16, title), cap))

    # --- selection and actions -------------------------------------------------------
    def selected_students(self) -> list[CaseloadStudent]:
        rows = sorted({row for part in self.table.selectionModel().selection()
                       for row in range(part.top(), part.bottom() + 1)})
        return [self.model.index(r, 0).data(STUDENT_ROLE) for r in rows]

    def selected_pks(self) -> list[int]:
        return [st.pk for st in self.selected_students()]

    def listed_students(self) -> list[CaseloadStudent]:
        """The list in the order shown (sorted as the table is)."""
        return [self.model.index(r, 0).data(STUDENT_ROLE) for r in range(self.model.rowCount())]

    def select_pks(self, pks: Sequence[int] | set[int]) -> None:
        """Select the rows of ``pks`` (in one selection change, whatever their number)."""
        wanted = set(pks)
        rows = [r for r in range(self.model.rowCount())
                if self.model.index(r, 0).data(STUDENT_ROLE).pk in wanted]
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        start = 0
        for i, row in enumerate(rows):  # contiguous runs of rows, one range each
            if i + 1 == len(rows) or rows[i + 1] != row + 1:
                selection.select(self.model.index(rows[start], 0), self.model.index(row, last))
                start = i + 1
        self.table.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def _selection(self) -> None:
        chosen = self.selected_students()
        without = sum(1 for st in chosen if st.plan_id is None)
        self.selection_label.setText(
            counted(len(chosen), self.tr("1 selected"), self.tr("%1 selected")) if chosen else
            self.tr("Select students (Ctrl+A: all) to act on them"))
        self.create_button.setEnabled(without > 0)
        self.print_button.setEnabled(any(st.plan_id is not None for st in chosen))
        self.export_button.setEnabled(self.model.rowCount() > 0)

    def _open(self, index: QModelIndex) -> None:
        st = index.data(STUDENT_ROLE)
        if st is None:
            return
        if st.plan_id is not None:
            self.open_plan_requested.emit(st.plan_id)
        else:
            self.open_student_requested.emit(st.pk)
