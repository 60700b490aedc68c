"""The plan editor's Comments tab: dated comments signed with the counselor's name."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counselor_app.services.plans import PlanView
from counselor_app.ui.words import short_date_year


class CommentsPanel(QWidget):
    add_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(self.tr("Counselor comments"))
        self.list.setToolTip(self.tr("Dated comments on this plan, oldest first"))
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(self.tr("Write a comment and press Enter"))
        self.entry.setAccessibleName(self.tr("New comment"))
        self.entry.setToolTip(self.tr("A dated comment signed with your counselor name"))
        self.add = QPushButton(self.tr("Add &comment"))
        self.add.setToolTip(self.tr("Add the comment to the plan"))
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.add)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.addWidget(self.list, 1)
        lay.addLayout(row)
        self.entry.returnPressed.connect(self._add)
        self.add.clicked.connect(self._add)

    def _add(self) -> None:
        text = self.entry.text().strip()
        if text:
            self.entry.clear()
            self.add_requested.emit(text)

    def set_comments(self, view: PlanView) -> None:
        self.list.clear()
        for c in view.comments:
            when = f"{short_date_year(c.created_at.date())} {c.created_at.strftime('%H:%M')}"
            author = c.author or self.tr("unknown")
            item = QListWidgetItem(f"{when} — {author}\n{c.text}")
            item.setToolTip(c.text)
            self.list.addItem(item)
        if not view.comments:
            item = QListWidgetItem(self.tr("No comments yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)




