"""The plan editor's approval line: state, what changed since approval, and buttons."""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from counselor_app.services import versions
from counselor_app.services.plans import PlanView
from counselor_app.ui.context import AppContext
from counselor_app.ui.plan.approval import ApprovalDialog
from counselor_app.ui.plan.history import HistoryDialog
from counselor_app.ui.shared.words import approval_headline, change_text

CHANGED_COLOR = "#b45f06"


class ApprovalBar(QObject):
    """'Approved by … on …' or 'Changed since approval on … (3 changes)', Approve, History.

    Holds the label and the two buttons; the editor lays them out in its header."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.parent_widget = ctx, parent
        self.view: PlanView | None = None
        self.state: versions.ApprovalState | None = None
        self.dialog: ApprovalDialog | None = None
        self.history_dialog: HistoryDialog | None = None
        self.label = QLabel()
        self.label.setObjectName("ApprovalState")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.approve_button = QPushButton(self.tr("A&pprove…"))
        self.approve_button.setToolTip(self.tr("Approve this plan: keeps a copy of it, its "
                                               "checks and the printed PDF"))
        self.history_button = QPushButton(self.tr("Histor&y…"))
        self.history_button.setToolTip(self.tr("Approved versions, sign-offs, reprint and "
                                               "compare"))
        self.approve_button.clicked.connect(lambda: self.approve())
        self.history_button.clicked.connect(lambda: self.history())

    def show_plan(self, view: PlanView) -> None:
        self.view = view
        self.state = versions.approval_state(self.ctx.db, view.id, view)
        state = self.state
        if state.last is None:
            self.label.setText("")
            self.label.setToolTip("")
        elif state.changes:
            n = len(state.changes)
            count = self.tr("1 change") if n == 1 else self.tr("%d changes") % n
            self.label.setText(f"<b style='color:{CHANGED_COLOR}'>"
                               f"{html.escape(approval_headline(state))}</b> · "
                               f"{html.escape(count)}")
            self.label.setToolTip("\n".join(change_text(c) for c in state.changes[:30]))
        else:
            self.label.setText(html.escape(approval_headline(state)))
            self.label.setToolTip(self.tr("Version %d; PDF checksum %s")
                                  % (state.last.number, state.last.checksum[:16]))
        self.approve_button.setEnabled(view.status != "approved")
        self.history_button.setEnabled(state.last is not None)

    def change_lines(self) -> list[str]:
        return [change_text(c) for c in self.state.changes] if self.state else []

    def approve(self) -> ApprovalDialog | None:
        if self.view is None:
            return None
        self.dialog = ApprovalDialog(self.ctx, self.view.id, self.view.name,
                                     self.parent_widget.window(), seen=self.view)
        self.dialog.open()
        return self.dialog

    def history(self) -> HistoryDialog | None:
        if self.view is None:
            return None
        self.history_dialog = HistoryDialog(self.ctx, self.view.id, self.parent_widget.window())
        self.history_dialog.open()
        return self.history_dialog
