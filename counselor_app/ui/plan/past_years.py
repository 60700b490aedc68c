"""Asking what a plan from a program of study does with years that are over."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from counselor_app.domain.base import level_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("PastYears", text)


def ask_past_years(parent: QWidget | None, levels: Sequence[int]) -> str | None:
    """'empty', 'completed' or 'plan' (see ``plans.PAST_CHOICES``); None when cancelled."""
    names = ", ".join(level_label(lv) for lv in levels)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Years already over"))
    box.setText(_tr("This student has finished %s. What should the plan do with the "
                    "program's courses for those years?") % names)
    box.setInformativeText(_tr("Courses on the student's transcript show in those years "
                               "whatever you choose."))
    empty = box.addButton(_tr("Leave them &empty"), QMessageBox.ButtonRole.AcceptRole)
    done = box.addButton(_tr("Mark them &completed"), QMessageBox.ButtonRole.AcceptRole)
    plan = box.addButton(_tr("&Place them anyway"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(empty)
    box.exec()
    return {empty: "empty", done: "completed", plan: "plan"}.get(box.clickedButton())
