"""The plan editor's Comments tab: dated comments signed with the counselor's name,
which can be edited (the edit is signed and dated too) and deleted."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counselor_app.services.plans import CommentView, PlanView
from counselor_app.ui.shared.words import short_date_year

ID_ROLE = Qt.ItemDataRole.UserRole
TEXT_ROLE = Qt.ItemDataRole.UserRole + 1


class CommentsPanel(QWidget):
    add_requested = Signal(str)
    edit_requested = Signal(int, str, str)  # comment id, text shown, new text
    delete_requested = Signal(int)  # comment id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(self.tr("Counselor comments"))
        self.list.setToolTip(self.tr("Dated comments on this plan, oldest first; "
                                     "double-click one to edit it"))
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(self.tr("Write a comment and press Enter"))
        self.entry.setAccessibleName(self.tr("New comment"))
        self.entry.setToolTip(self.tr("A dated comment signed with your counselor name"))
        self.add = QPushButton(self.tr("Add &comment"))
        self.add.setToolTip(self.tr("Add the comment to the plan"))
        self.edit = QPushButton(self.tr("Ed&it…"))
        self.edit.setToolTip(self.tr("Change the chosen comment's text"))
        self.delete = QPushButton(self.tr("De&lete"))
        self.delete.setToolTip(self.tr("Delete the chosen comment (Undo puts it back)"))
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.edit)
        actions.addWidget(self.delete)
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.add)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.addWidget(self.list, 1)
        lay.addLayout(actions)
        lay.addLayout(row)
        self.entry.returnPressed.connect(self._add)
        self.add.clicked.connect(self._add)
        self.edit.clicked.connect(self._edit)
        self.delete.clicked.connect(self._delete)
        self.list.itemDoubleClicked.connect(lambda _item: self._edit())
        self.list.currentItemChanged.connect(lambda *_: self._update())
        self._update()

    def _add(self) -> None:
        text = self.entry.text().strip()
        if text:
            self.entry.clear()
            self.add_requested.emit(text)

    def chosen(self) -> tuple[int, str] | None:
        """The chosen comment's id and text as shown."""
        item = self.list.currentItem()
        if item is None or item.data(ID_ROLE) is None:
            return None
        return int(item.data(ID_ROLE)), str(item.data(TEXT_ROLE))

    def _update(self) -> None:
        chosen = self.chosen() is not None
        self.edit.setEnabled(chosen)
        self.delete.setEnabled(chosen)

    def ask_text(self, old: str) -> str | None:
        """The comment's new text from a small dialog (None: cancelled)."""
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Edit comment"),
                                                 self.tr("Comment:"), old)
        return text if ok else None

    def _edit(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        new = self.ask_text(chosen[1])
        if new is not None and new.strip() and new.strip() != chosen[1]:
            self.edit_requested.emit(chosen[0], chosen[1], new.strip())

    def _delete(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            self.delete_requested.emit(chosen[0])

    def _heading(self, c: CommentView) -> str:
        when = f"{short_date_year(c.created_at.date())} {c.created_at.strftime('%H:%M')}"
        unknown = self.tr("unknown")
        heading = f"{when} — {c.author or unknown}"
        if c.edited_at is not None:
            heading += " " + self.tr("(edited by %1, %2)").replace(
                "%1", c.edited_by or unknown).replace(
                "%2", f"{short_date_year(c.edited_at.date())} {c.edited_at.strftime('%H:%M')}")
        return heading

    def set_comments(self, view: PlanView) -> None:
        chosen = self.chosen()
        self.list.clear()
        for c in view.comments:
            item = QListWidgetItem(f"{self._heading(c)}\n{c.text}")
            item.setToolTip(c.text)
            item.setData(ID_ROLE, c.id)
            item.setData(TEXT_ROLE, c.text)
            self.list.addItem(item)
            if chosen is not None and chosen[0] == c.id:
                self.list.setCurrentItem(item)
        if not view.comments:
            item = QListWidgetItem(self.tr("No comments yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        self._update()
