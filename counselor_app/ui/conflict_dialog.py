"""Someone else saved the same record meanwhile: Reload (theirs) or Overwrite (mine).

Whatever the counselor chooses, what they typed is never lost: the dialog shows it, with
a Copy button, and Reload copies it to the clipboard before their version replaces it on
screen, so it can be pasted back.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counselor_app.services.concurrency import ConflictError
from counselor_app.ui.words import changed_field

RELOAD, OVERWRITE, CANCEL = "reload", "overwrite", "cancel"


def typed_text(mine: Mapping[str, str]) -> str:
    """What the counselor typed, one field after another under its label."""
    if len(mine) == 1:
        return next(iter(mine.values()))
    return "\n\n".join(f"{label}:\n{text}" for label, text in mine.items())


class ConflictDialog(QDialog):
    """``mine``: field label -> the value the counselor was saving."""

    def __init__(self, parent: QWidget | None, what: str, exc: ConflictError,
                 mine: Mapping[str, str], *, can_cancel: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.choice = CANCEL if can_cancel else RELOAD
        self.mine = typed_text(mine)
        change = exc.change
        fields = ", ".join(changed_field(f) for f in change.fields) or self.tr("this record")
        self.message = QLabel(self.tr("%1 changed %2 of this %3 at %4, after you opened it.")
                              .replace("%1", change.by or self.tr("Someone else"))
                              .replace("%2", fields).replace("%3", what)
                              .replace("%4", change.at.strftime("%H:%M")))
        self.message.setWordWrap(True)
        self.help = QLabel(self.tr("Reload shows their version; what you typed is copied to "
                                   "the clipboard first, so you can paste it back. Overwrite "
                                   "saves yours over theirs."))
        self.help.setWordWrap(True)
        self.text = QPlainTextEdit(self.mine)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("What you typed"))
        self.text.setMinimumHeight(80)
        self.text.setMaximumHeight(220)
        copy = QPushButton(self.tr("&Copy what I typed"))
        copy.clicked.connect(self.copy)
        buttons = QDialogButtonBox()
        self.reload_button = buttons.addButton(self.tr("&Reload"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.overwrite_button = buttons.addButton(self.tr("&Overwrite"),
                                                  QDialogButtonBox.ButtonRole.DestructiveRole)
        self.reload_button.setDefault(True)
        self.reload_button.clicked.connect(lambda: self.choose(RELOAD))
        self.overwrite_button.clicked.connect(lambda: self.choose(OVERWRITE))
        if can_cancel:
            cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            cancel.clicked.connect(lambda: self.choose(CANCEL))
        label = QLabel(self.tr("What you typed:"))
        label.setBuddy(self.text)
        lay = QVBoxLayout(self)
        lay.addWidget(self.message)
        lay.addWidget(self.help)
        lay.addWidget(label)
        lay.addWidget(self.text, 1)
        row = QHBoxLayout()
        row.addWidget(copy)
        row.addStretch(1)
        row.addWidget(buttons)
        lay.addLayout(row)
        self.resize(520, 360)

    def copy(self) -> None:
        clipboard = QApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.mine)

    def choose(self, choice: str) -> None:
        self.choice = choice
        if choice == RELOAD:
            self.copy()
        (self.reject if choice == CANCEL else self.accept)()

    def reject(self) -> None:  # Esc or the window's close button: never loses the text
        if self.choice == RELOAD:
            self.copy()
        super().reject()


def resolve_conflict(parent: QWidget | None, what: str, exc: ConflictError,
                     mine: Mapping[str, str], *, can_cancel: bool = False) -> str:
    """Ask what to do; RELOAD, OVERWRITE or (with ``can_cancel``) CANCEL."""
    dialog = ConflictDialog(parent or QApplication.activeWindow(), what, exc, mine,
                            can_cancel=can_cancel)
    dialog.exec()
    return dialog.choice
