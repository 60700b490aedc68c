"""The main window: menus, toolbar and the pages (welcome, dashboard, explore, students).

The window is built empty and painted first; ``populate`` then fills the first screen
(the Dashboard when there are students, else the welcome page; the dashboard computes
its numbers on a worker). The other pages are built the first time they are shown.
Nothing here needs the ORM before that (issue 15).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QLabel,
    QStackedWidget,
    QWidget,
)

from counselor_app import APP_NAME
from counselor_app.ui.context import AppContext
from counselor_app.ui.shared.command_keys import CommandKeys
from counselor_app.ui.shared.icons import icon
from counselor_app.ui.window_actions import WindowActions

if TYPE_CHECKING:
    from counselor_app.ui.dashboard.page import DashboardPage
    from counselor_app.ui.explore.page import ExplorePage
    from counselor_app.ui.students.page import StudentsPage
    from counselor_app.ui.welcome import WelcomePage

log = logging.getLogger(__name__)

class MainWindow(WindowActions):
    first_painted = Signal()
    """The window has been painted once (the start-up fills it in after that)."""
    populated = Signal()
    """The first screen is filled (emitted once, by ``populate``)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 populate: bool = True) -> None:
        """``populate=False`` leaves the pages empty until ``populate()`` is called (the
        start-up paints the window first); tests and tools get a filled window at once."""
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon("app"))
        self._plan_id: int | None = None
        self._welcome: WelcomePage | None = None
        self._explore: ExplorePage | None = None
        self._students: StudentsPage | None = None
        self._dashboard: DashboardPage | None = None
        self._populated = False
        self._painted = False
        self.opens_maximized = False

        self.pages = QStackedWidget()
        self.pages.addWidget(QWidget())  # blank until populate()
        self.setCentralWidget(self.pages)
        self.db_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)
        self.show_database_name()

        self._build_actions()
        self._build_menus()
        self._build_toolbar()

        # Ctrl+E and the other commands also while a text field has focus
        self.command_keys = CommandKeys(self)

        self._restore_layout()
        self._update_history_actions()
        self._plan_changed(None)
        if populate:
            self.populate()

    def populate(self) -> None:
        """Fill the first screen: the Dashboard when there are students, else the
        welcome page. Emits ``populated``; a second call does nothing."""
        if self._populated:
            return
        self._populated = True
        from counselor_app.services.student_list import has_students  # after the first paint

        if has_students(self.ctx.db):
            self.show_dashboard()
        else:
            self._set_page(self.welcome)
        self.populated.emit()

    def show_database_name(self) -> None:
        """The status bar names the database (and says when it is read-only)."""
        db = self.ctx.db
        self.db_label.setText((self.tr("Database: %s (read-only)") if db.read_only
                               else self.tr("Database: %s")) % db.display_name)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    @property
    def is_populated(self) -> bool:
        return self._populated

    @property
    def welcome(self) -> WelcomePage:
        """The first-run page, built when it is first shown."""
        if self._welcome is None:
            from counselor_app.ui.welcome import WelcomePage

            page = self._welcome = WelcomePage()
            self.pages.addWidget(page)
            page.explore_requested.connect(self.show_explore)
            page.add_student_requested.connect(self.new_student)
            page.import_requested.connect(self.import_data)
            page.help_requested.connect(self.show_help)
        return self._welcome

    @property
    def explore(self) -> ExplorePage:
        """The Explore page, built the first time it is needed."""
        if self._explore is None:
            from counselor_app.ui.explore.page import ExplorePage

            page = self._explore = ExplorePage(self.ctx)
            self.pages.addWidget(page)
            page.history_changed.connect(self._update_history_actions)
            page.start_plan_requested.connect(self._start_plan_from_program)
            q = self.ctx.qsettings
            state = q.value("explore/splitter")
            if isinstance(state, QByteArray | bytes):
                page.splitter.restoreState(QByteArray(state))
            framework = q.value("explore/framework")
            if isinstance(framework, str):
                page.show_framework(framework)
        return self._explore

    @property
    def students(self) -> StudentsPage:
        """The Students page, built the first time it is needed."""
        if self._students is None:
            from counselor_app.ui.students.page import StudentsPage

            page = self._students = StudentsPage(self.ctx)
            self.pages.addWidget(page)
            page.current_plan_changed.connect(self._plan_changed)
            page.stack.currentChanged.connect(lambda *_: self._sync_panel_actions())
        return self._students

    @property
    def dashboard(self) -> DashboardPage:
        """The caseload dashboard, built the first time it is needed."""
        if self._dashboard is None:
            from counselor_app.ui.dashboard.page import DashboardPage

            page = self._dashboard = DashboardPage(self.ctx)
            self.pages.addWidget(page)
            page.open_plan_requested.connect(self._open_plan)
            page.open_student_requested.connect(self._open_student)
        return self._dashboard

    def current_page_name(self) -> str:
        """"welcome", "dashboard", "explore", "students", or "" before the first screen is
        filled."""
        page = self.pages.currentWidget()
        for name, widget in (("welcome", self._welcome), ("dashboard", self._dashboard),
                             ("explore", self._explore), ("students", self._students)):
            if page is not None and page is widget:
                return name
        return ""

    # --- pages ---------------------------------------------------------------------------
    def _set_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        self.explore_action.setChecked(page is self._explore)
        self.students_action.setChecked(page is self._students)
        self.dashboard_action.setChecked(page is not None and page is self._dashboard)
        self._update_history_actions()

    def _start_plan_from_program(self, program_code: str) -> None:
        self._set_page(self.students)
        self.students.start_plan_from_program(program_code)

    def show_explore(self) -> None:
        self._set_page(self.explore)
        if not self.explore.detail.toPlainText():
            first = self.explore.tree_model.index(0, 0)
            if first.isValid():
                self.explore.tree.setCurrentIndex(first)
        # the search results when a search is showing them (the search box when it found
        # nothing), else the tree
        page = self.explore
        shown = page.left_stack.currentWidget()
        (page.search_box if shown is page.no_results else shown).setFocus()

    def show_students(self) -> None:
        self._set_page(self.students)

    def show_dashboard(self) -> None:
        self._set_page(self.dashboard)

    def _open_plan(self, plan_id: int) -> None:
        self.show_students()
        self.students.open_plan(plan_id)

    def _open_student(self, student_pk: int) -> None:
        self.show_students()
        self.students.open_student(student_pk)

    def focus_find(self) -> None:
        """Ctrl+F: the student (or catalog) search on the Students page, else the framework."""
        if self._students is not None and self.pages.currentWidget() is self._students:
            self.students.focus_search()
            return
        self.show_explore()
        self.explore.focus_search()

    def new_student(self) -> None:
        self.show_students()
        self.students.new_student()

    def _update_history_actions(self) -> None:
        page = self._explore
        on_explore = page is not None and self.pages.currentWidget() is page
        self.back_action.setEnabled(on_explore and page is not None and page.can_go_back())
        self.forward_action.setEnabled(on_explore and page is not None
                                       and page.can_go_forward())

    def _plan_changed(self, plan_id: object) -> None:
        self._plan_id = plan_id if isinstance(plan_id, int) else None
        for a in (self.export_pdf_action, self.preview_action, self.print_action,
                  self.export_plan_json_action):
            a.setEnabled(self._plan_id is not None)
        self._sync_panel_actions()

    # --- layout memory -------------------------------------------------------------------
    def _restore_layout(self) -> None:
        """The remembered geometry, kept inside the screen; a first start fits the screen
        (maximized on a laptop: ``show_window`` shows it so)."""
        from counselor_app.ui import window_geometry as wg

        screen = self.screen()
        available = screen.availableGeometry() if screen is not None else None
        geometry = self.ctx.qsettings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(
                QByteArray(geometry)):
            if available is not None and not available.contains(self.geometry()):
                self.setGeometry(wg.kept_inside(self.geometry(), available))
            return
        if available is None:
            self.resize(wg.DEFAULT_SIZE)
            return
        rect, self.opens_maximized = wg.first_geometry(available)
        self.setGeometry(rect)

    def show_window(self) -> None:
        """Show the window as ``_restore_layout`` decided (maximized on a laptop screen)."""
        if self.opens_maximized:
            self.showMaximized()
        else:
            self.show()

    def save_layout(self) -> None:
        q = self.ctx.qsettings
        q.setValue("window/geometry", self.saveGeometry())
        if self._explore is not None:  # an Explore page never opened keeps what was saved
            q.setValue("explore/splitter", self._explore.splitter.saveState())
            q.setValue("explore/framework", self._explore.framework)
        q.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_layout()
        super().closeEvent(event)
