"""The main window: menus, toolbar and the three pages (welcome, explore, students).

The window is built empty and painted first; ``populate`` then fills the first screen
(the Students page when there are students, else the welcome page). The Explore page
is built the first time it is shown. Nothing here needs the ORM before that (issue 15).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from counselor_app import APP_NAME
from counselor_app.services.student_list import has_students
from counselor_app.ui.context import AppContext
from counselor_app.ui.shared.icons import icon
from counselor_app.ui.shared.messages import shown

if TYPE_CHECKING:
    from counselor_app.ui.explore.page import ExplorePage
    from counselor_app.ui.students.page import StudentsPage
    from counselor_app.ui.welcome import WelcomePage

log = logging.getLogger(__name__)

TOOL_BUTTON_TEXT_BESIDE_ICON = 2
"""``Qt.ToolButtonStyle.ToolButtonTextBesideIcon`` (a test checks the value)."""


class MainWindow(QMainWindow):
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
        self._populated = False
        self._painted = False

        self.pages = QStackedWidget()
        self.pages.addWidget(QWidget())  # blank until populate()
        self.setCentralWidget(self.pages)
        self.db_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)
        self.db_label.setText((self.tr("Database: %s (read-only)") if ctx.db.read_only
                               else self.tr("Database: %s")) % ctx.db.display_name)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()

        ctx.undo.canUndoChanged.connect(self.undo_action.setEnabled)
        ctx.undo.canRedoChanged.connect(self.redo_action.setEnabled)

        self._restore_layout()
        self._update_history_actions()
        self._plan_changed(None)
        if populate:
            self.populate()

    def populate(self) -> None:
        """Fill the first screen: the Students page when there are students, else the
        welcome page. Emits ``populated``; a second call does nothing."""
        if self._populated:
            return
        self._populated = True
        if has_students(self.ctx.db):
            self.show_students()
        else:
            self._set_page(self.welcome)
        self.populated.emit()

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
        return self._students

    def current_page_name(self) -> str:
        """"welcome", "explore", "students", or "" before the first screen is filled."""
        page = self.pages.currentWidget()
        for name, widget in (("welcome", self._welcome), ("explore", self._explore),
                             ("students", self._students)):
            if page is not None and page is widget:
                return name
        return ""

    # --- actions -------------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], shortcut: QKeySequence | str |
                QKeySequence.StandardKey | None = None, tip: str = "",
                icon_name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            # setShortcuts, not setShortcut: resolving setShortcut's overloads makes PySide6
            # build its whole Qt namespace (~17 ms), which nothing before the first paint needs
            action.setShortcuts([QKeySequence(shortcut)])
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.new_student_action = self._action(self.tr("&New student…"), self.new_student,
                                                "Ctrl+N", self.tr("Add a student record"),
                                                "student")
        self.import_action = self._action(self.tr("&Import…"), self.import_data, "Ctrl+I",
                                          self.tr("Import students, courses, programs or "
                                             "occupations from CSV or Excel"), "import")
        self.template_action = self._action(self.tr("Save import &template…"), self.save_template)
        self.export_pdf_action = self._action(self.tr("&Export plan as PDF…"), self.export_pdf,
                                              "Ctrl+E", self.tr("Save the open plan as a PDF"),
                                              "pdf")
        self.preview_action = self._action(self.tr("Pre&view plan…"), self.preview_pdf,
                                           "Ctrl+Shift+P", self.tr("See the printed plan"))
        self.print_action = self._action(self.tr("&Print plan…"), self.print_pdf, K.Print,
                                         self.tr("Print the open plan"), "print")
        self.batch_action = self._action(self.tr("&Batch export…"), self.batch_export,
                                         tip=self.tr("Export the active plans of many students"))
        self.export_all_json_action = self._action(
            self.tr("Export &all students and plans (JSON)…"), self.export_all_json,
            tip=self.tr("Move students and plans to another copy of the planner"))
        self.export_student_json_action = self._action(
            self.tr("Export selected &student (JSON)…"), self.export_student_json)
        self.export_plan_json_action = self._action(self.tr("Export open &plan (JSON)…"),
                                                    self.export_plan_json)
        self.import_json_action = self._action(self.tr("&Import students and plans (JSON)…"),
                                               self.import_json)
        self.export_sis_action = self._action(self.tr("Export for the &SIS (CSV)…"),
                                              self.export_sis,
                                              tip=self.tr("Students with their active plans, for "
                                                     "your student information system"))
        self.export_requests_action = self._action(
            self.tr("Export next year's course &requests (CSV)…"), self.export_requests,
            tip=self.tr("Course requests from the active plans, for PowerSchool, Infinite Campus "
                   "or another system"))
        self.export_portable_action = self._action(
            self.tr("Export plans for another &platform…"), self.export_portable,
            tip=self.tr("The active plans in a portable layout for other planning platforms"))
        self.backup_action = self._action(self.tr("&Back up now"), self.backup_now,
                                          tip=self.tr("Save a copy of the database"),
                                          icon_name="backup")
        self.restore_action = self._action(self.tr("&Restore from backup…"), self.restore_backup)
        from counselor_app.services.school_years import current_school_year, year_label

        self.matches_action = self._action(
            self.tr("Courses &not in the catalog…"), self.show_course_matches,
            tip=self.tr("Match transcript courses to catalog courses or keep them as transfer "
                   "credit"))
        self.rollover_action = self._action(
            self.tr("Start school &year %s…") % year_label(current_school_year()),
            self.start_school_year,
            tip=self.tr("Move every active student up a grade (with a preview and a backup "
                        "first)"))
        self.quit_action = self._action(self.tr("&Quit"), self.close, K.Quit)
        self.undo_action = self._action(self.tr("&Undo"), self.ctx.undo.undo, K.Undo)
        self.redo_action = self._action(self.tr("&Redo"), self.ctx.undo.redo, "Ctrl+Shift+Z")
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.find_action = self._action(self.tr("&Find…"), self.focus_find, K.Find,
                                        self.tr("Search the framework (Ctrl+F)"), "search")
        self.settings_action = self._action(self.tr("&Settings…"), self.show_settings, "Ctrl+,")
        self.explore_action = self._action(self.tr("&Explore"), self.show_explore, "Ctrl+1",
                                           self.tr("Browse the career clusters framework"),
                                           "search")
        self.students_action = self._action(self.tr("&Students"), self.show_students, "Ctrl+2",
                                            self.tr("Students and their plans"), "student")
        self.back_action = self._action(self.tr("&Back"), lambda: self.explore.back(),
                                        "Alt+Left", self.tr("Back (Alt+Left)"), "back")
        self.forward_action = self._action(self.tr("&Forward"), lambda: self.explore.forward(),
                                           "Alt+Right", self.tr("Forward (Alt+Right)"),
                                           "forward")
        self.help_action = self._action(self.tr("&User guide"), self.show_help, K.HelpContents,
                                        self.tr("Open the user guide (F1)"), "help")
        self.about_action = self._action(self.tr("&About"), self.show_about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for a in (self.new_student_action, None, self.import_action, self.template_action,
                  None, self.export_pdf_action, self.preview_action, self.print_action,
                  self.batch_action, "exchange", None, self.backup_action,
                  self.restore_action, None, self.matches_action, self.rollover_action, None,
                  self.quit_action):
            if a == "exchange":
                exchange = file_menu.addMenu(self.tr("E&xchange"))
                for b in (self.export_all_json_action, self.export_student_json_action,
                          self.export_plan_json_action, self.import_json_action, None,
                          self.export_sis_action, self.export_requests_action,
                          self.export_portable_action):
                    exchange.addSeparator() if b is None else exchange.addAction(b)
            elif a is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(a)
        edit = bar.addMenu(self.tr("&Edit"))
        for a in (self.undo_action, self.redo_action, None, self.find_action, None,
                  self.settings_action):
            edit.addSeparator() if a is None else edit.addAction(a)
        view = bar.addMenu(self.tr("&View"))
        for a in (self.explore_action, self.students_action, None, self.back_action,
                  self.forward_action):
            view.addSeparator() if a is None else view.addAction(a)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main"))
        bar.setObjectName("mainToolbar")
        # Qt.ToolButtonStyle.ToolButtonTextBesideIcon, set by value: the Qt namespace costs
        # PySide6 ~17 ms to build and is not needed before the first paint
        bar.setProperty("toolButtonStyle", TOOL_BUTTON_TEXT_BESIDE_ICON)
        bar.setMovable(False)
        for a in (self.explore_action, self.students_action):
            a.setCheckable(True)
            bar.addAction(a)
        bar.addSeparator()
        bar.addAction(self.back_action)
        bar.addAction(self.forward_action)
        bar.addSeparator()
        bar.addAction(self.new_student_action)
        bar.addAction(self.export_pdf_action)
        bar.addAction(self.print_action)
        self.addToolBar(bar)

    # --- pages ---------------------------------------------------------------------------
    def _set_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        self.explore_action.setChecked(page is self._explore)
        self.students_action.setChecked(page is self._students)
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
        self.explore.tree.setFocus()

    def show_students(self) -> None:
        self._set_page(self.students)

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

    # --- PDF, import, backups ------------------------------------------------------------
    def export_pdf(self) -> None:
        from counselor_app.ui.printing.export import export_plan_pdf

        if self._plan_id is not None:
            export_plan_pdf(self.ctx, self, self._plan_id)

    def preview_pdf(self) -> None:
        from counselor_app.ui.printing.preview import preview_plan

        if self._plan_id is not None:
            preview_plan(self.ctx, self, self._plan_id)

    def print_pdf(self) -> None:
        from counselor_app.ui.printing.printer import print_plan

        if self._plan_id is not None:
            print_plan(self.ctx, self, self._plan_id)

    def batch_export(self) -> None:
        from counselor_app.ui.printing.batch_dialog import BatchExportDialog

        selected = self.students.selected_student_pks() or None
        BatchExportDialog(self.ctx, self, selected).exec()

    def export_all_json(self) -> None:
        from counselor_app.ui.admin.exchange_actions import export_plans_json

        export_plans_json(self.ctx, self)

    def export_student_json(self) -> None:
        from counselor_app.ui.admin.exchange_actions import export_plans_json

        selected = self.students.selected_student_pks()
        if len(selected) != 1:
            QMessageBox.information(self, self.tr("Export"),
                                    self.tr("Select one student on the Students page first."))
            return
        export_plans_json(self.ctx, self, student_pk=selected[0])

    def export_plan_json(self) -> None:
        from counselor_app.ui.admin.exchange_actions import export_plans_json

        if self._plan_id is not None:
            export_plans_json(self.ctx, self, plan_id=self._plan_id)

    def import_json(self) -> None:
        from counselor_app.ui.admin.exchange_actions import import_plans_json

        import_plans_json(self.ctx, self)

    def export_sis(self) -> None:
        from counselor_app.ui.admin.exchange_actions import export_sis

        export_sis(self.ctx, self)

    def export_requests(self) -> None:
        from counselor_app.ui.admin.exchange_actions import folder
        from counselor_app.ui.admin.requests_dialog import CourseRequestsDialog

        CourseRequestsDialog(self.ctx, folder(self.ctx), self).exec()

    def export_portable(self) -> None:
        from counselor_app.ui.admin.exchange_actions import folder
        from counselor_app.ui.admin.requests_dialog import export_portable_plans

        export_portable_plans(self.ctx, folder(self.ctx), self)

    def import_data(self) -> None:
        from counselor_app.ui.imports.wizard import ImportWizard

        ImportWizard(self.ctx, self).exec()

    def save_template(self) -> None:
        from counselor_app.ui.imports.wizard import save_import_template

        save_import_template(self.ctx, self)

    def backup_now(self) -> None:
        from counselor_app.services.backups import backup_now

        try:
            path = backup_now(self.ctx.db)
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Back up"),
                                self.tr("The backup could not be written:\n%s") % shown(exc))
            return
        self.statusBar().showMessage(self.tr("Backup saved: %s") % path, 8000)

    def show_course_matches(self) -> None:
        from counselor_app.ui.imports.course_matches import CourseMatchDialog

        CourseMatchDialog(self.ctx, self).exec()

    def start_school_year(self) -> None:
        from counselor_app.ui.admin.rollover_dialog import RolloverDialog

        dialog = RolloverDialog(self.ctx, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_ is not None:
            backup = dialog.result_.backup
            QMessageBox.information(
                self, dialog.windowTitle(),
                self.tr("School year %s started. The backup taken first is\n%s\n\nTo undo, "
                        "restore it with File > Restore from backup.")
                % (dialog.preview.label, backup or self.tr("(none: not a database file)")))

    def restore_backup(self) -> None:
        from counselor_app.ui.admin.restore_dialog import restore_backup

        restore_backup(self.ctx, self)

    # --- settings, help ------------------------------------------------------------------
    def show_settings(self) -> None:
        from counselor_app.ui.admin.settings_dialog import SettingsDialog

        SettingsDialog(self.ctx, self).exec()

    def show_help(self) -> None:
        from counselor_app.ui.help_dialog import HelpDialog

        if getattr(self, "_help", None) is None:
            self._help = HelpDialog(self)
        self._help.show()
        self._help.raise_()

    def show_about(self) -> None:
        from counselor_app.ui.help_dialog import show_about

        show_about(self, self.ctx.db)

    # --- layout memory -------------------------------------------------------------------
    def _restore_layout(self) -> None:
        q = self.ctx.qsettings
        geometry = q.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(1280, 800)

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
