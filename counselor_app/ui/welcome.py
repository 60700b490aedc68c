"""First-run page: what a counselor can do, one click away."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, SignalInstance
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from counselor_app import APP_NAME
from counselor_app.ui.shared.icons import icon


class WelcomePage(QWidget):
    explore_requested = Signal()
    add_student_requested = Signal()
    import_requested = Signal()
    help_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(QSize(96, 96)))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("Welcome to %s") % APP_NAME)
        title.setObjectName("welcomeTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        title.setStyleSheet("font-size: 20pt; font-weight: 600; color: #1a3a4a;")
        intro = QLabel(self.tr(
            "Plan each student's path from high school courses to a credential and a career. "
            "Everything stays on this computer; no internet connection is needed."))
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro.setStyleSheet("font-size: 11pt; color: #37474f;")

        self.explore_button = self._button(
            "search", self.tr("Explore the framework"),
            self.tr("Browse career clusters, pathways, programs of study and occupations"),
            self.explore_requested)
        self.add_button = self._button(
            "student", self.tr("Add a student"),
            self.tr("Create a student record and start an educational plan"),
            self.add_student_requested)
        self.import_button = self._button(
            "import", self.tr("Import a roster"),
            self.tr("Load students from your SIS export (CSV or Excel)"), self.import_requested)
        self.help_button = self._button(
            "help", self.tr("Read the user guide (F1)"),
            self.tr("Short, task-by-task help"), self.help_requested)

        box = QVBoxLayout()
        box.setSpacing(10)
        for b in (self.explore_button, self.add_button, self.import_button, self.help_button):
            box.addWidget(b)
        column = QWidget()
        column.setFixedWidth(620)  # a fixed width keeps the wrapped labels' height right
        cv = QVBoxLayout(column)
        cv.addWidget(logo)
        cv.addWidget(title)
        cv.addWidget(intro)
        cv.addSpacing(18)
        cv.addLayout(box)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def _button(self, icon_name: str, text: str, tip: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(icon(icon_name), f"  {text}")
        button.setIconSize(QSize(22, 22))
        button.setMinimumHeight(46)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.setAccessibleDescription(tip)
        button.setStyleSheet("QPushButton { text-align: left; padding: 6px 14px; "
                             "font-size: 12pt; }")
        button.clicked.connect(signal.emit)
        return button
