"""Asking what a plan from a program of study does with years that are over."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from counselor_app.ui.shared.words import grade_title

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")



def ask_past_years(parent: QWidget | None, levels: Sequence[int]) -> str | None:
    """'empty', 'completed' or 'plan' (see ``plans.PAST_CHOICES``); None when cancelled."""
    names = ", ".join(grade_title(lv) for lv in levels)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("PastYears", "Years already over"))
    box.setText(translate("PastYears", "This student has finished %s. What should the plan "
                          "do with the program's courses for those years?") % names)
    box.setInformativeText(translate("PastYears", "Courses on the student's transcript show "
                                     "in those years whatever you choose."))
    role = QMessageBox.ButtonRole.AcceptRole
    empty = box.addButton(translate("PastYears", "Leave them &empty"), role)
    done = box.addButton(translate("PastYears", "Mark them &completed"), role)
    plan = box.addButton(translate("PastYears", "&Place them anyway"), role)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(empty)
    box.exec()
    return {empty: "empty", done: "completed", plan: "plan"}.get(box.clickedButton())
