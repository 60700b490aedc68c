"""The main window's actions, menus and toolbar, and what the File, Edit and Help menus do.

``MainWindow`` (main_window.py) inherits this and adds the pages, the start-up and the
layout memory; the split keeps each file about one concern. Texts translate under this
class's name (PySide6's ``tr`` tries each class of the window in turn).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QToolBar

from counselor_app.ui.context import AppContext
from counselor_app.ui.shared.icons import icon
from counselor_app.ui.shared.messages import shown

if TYPE_CHECKING:
    from counselor_app.ui.plan.editor import PlanEditor
    from counselor_app.ui.students.page import StudentsPage

TOOL_BUTTON_TEXT_BESIDE_ICON = 2
"""``Qt.ToolButtonStyle.ToolButtonTextBesideIcon`` (a test checks the value)."""


class WindowActions(QMainWindow):
    """Actions and their handlers; the pages they act on come from ``MainWindow``."""

    ctx: AppContext
    _plan_id: int | None
    _students: StudentsPage | None  # MainWindow builds the page on first use

    # MainWindow provides: explore, students (the pages, built on first use), show_explore,
    # show_students, show_dashboard, focus_find, new_student

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
        # "Undo Move Algebra I to Grade 10": the stack names the step (text and tooltip)
        self.undo_action = self.ctx.undo.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(K.Undo)])
        self.redo_action = self.ctx.undo.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z")])
        for action in (self.undo_action, self.redo_action):
            self.addAction(action)
        self.find_action = self._action(self.tr("&Find…"), self.focus_find, K.Find,
                                        self.tr("Search the framework (Ctrl+F)"), "search")
        self.settings_action = self._action(self.tr("&Settings…"), self.show_settings, "Ctrl+,")
        self.explore_action = self._action(self.tr("&Explore"), self.show_explore, "Ctrl+1",
                                           self.tr("Browse the career clusters framework"),
                                           "search")
        self.students_action = self._action(self.tr("&Students"), self.show_students, "Ctrl+2",
                                            self.tr("Students and their plans"), "student")
        self.dashboard_action = self._action(
            self.tr("&Dashboard"), self.show_dashboard, "Ctrl+3",
            self.tr("The caseload at a glance: plans, audits, CTE concentrators (Ctrl+3)"),
            "dashboard")
        self.back_action = self._action(self.tr("&Back"), lambda: self.explore.back(),
                                        "Alt+Left", self.tr("Back (Alt+Left)"), "back")
        self.forward_action = self._action(self.tr("&Forward"), lambda: self.explore.forward(),
                                           "Alt+Right", self.tr("Forward (Alt+Right)"),
                                           "forward")
        self.catalog_panel_action = self._action(
            self.tr("Course &catalog panel"), lambda: self._fold("catalog"), "F9",
            self.tr("Show or hide the plan editor's course catalog (F9)"))
        self.checks_panel_action = self._action(
            self.tr("C&hecks and notes panel"), lambda: self._fold("checks"), "Shift+F9",
            self.tr("Show or hide the plan editor's checks, goals and comments (Shift+F9)"))
        for a in (self.catalog_panel_action, self.checks_panel_action):
            a.setCheckable(True)
            a.setChecked(True)
            a.setEnabled(False)
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
        for a in (self.explore_action, self.students_action, self.dashboard_action, None,
                  self.back_action, self.forward_action, None, self.catalog_panel_action,
                  self.checks_panel_action):
            view.addSeparator() if a is None else view.addAction(a)
        view.aboutToShow.connect(self._sync_panel_actions)
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
        for a in (self.explore_action, self.students_action, self.dashboard_action):
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

    # --- the plan editor's panels (View menu) ------------------------------------------
    def _editor(self) -> PlanEditor | None:
        """The plan editor when a plan is open on the Students page (shown)."""
        students = self._students
        return students.editor if students is not None and students.editor_is_shown() \
            else None

    def _fold(self, pane: str) -> None:
        editor = self._editor()
        if editor is None:
            return
        if pane == "catalog":
            editor.show_catalog(not editor.catalog_shown())
        else:
            editor.show_checks(not editor.checks_shown())
        self._sync_panel_actions()

    def _sync_panel_actions(self) -> None:
        """Checked as the panels are (a splitter dragged shut counts as hidden)."""
        editor = self._editor()
        for action, visible in ((self.catalog_panel_action,
                                 editor.catalog_shown() if editor else True),
                                (self.checks_panel_action,
                                 editor.checks_shown() if editor else True)):
            action.setEnabled(editor is not None)
            action.setChecked(visible)
