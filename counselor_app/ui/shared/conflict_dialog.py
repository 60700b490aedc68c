"""Someone else saved the same record meanwhile: Reload (theirs) or Overwrite (mine).

Whatever the counselor chooses, what they typed is never lost: the dialog shows it, with
a Copy button, and Reload copies it to the clipboard before their version replaces it on
screen, so it can be pasted back.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

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
from counselor_app.ui.shared.words import changed_field

RELOAD, OVERWRITE, CANCEL = "reload", "overwrite", "cancel"


def typed_text(mine: Mapping[str, str]) -> str:
    """What the counselor typed, one field after another under its label."""
    if len(mine) == 1:
        return next(iter(mine.values()))
    return "\n\n".join(f"{label}:\n{text}" for label, text in mine.items())


class ConflictDialog(QDialog):
    """``mine``: field label -> the value the counselor was saving (nothing typed: the
    typed-text box is left out). ``details``: what the other counselor changed, one line
    each; ``overwrite_text``: the Overwrite button's text when another word fits better
    (approving a plan: "Approve it as it is now")."""

    def __init__(self, parent: QWidget | None, what: str, exc: ConflictError,
                 mine: Mapping[str, str], *, can_cancel: bool = False,
                 details: Sequence[str] = (), overwrite_text: str = "",
                 help_text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.choice = CANCEL if can_cancel else RELOAD
        self.mine = typed_text(mine) if mine else ""
        self.typed = bool(mine)
        change = exc.change
        fields = ", ".join(changed_field(f) for f in change.fields) or self.tr("this record")
        template = (self.tr("%1 deleted %2 after you opened it.") if change.gone
                    else self.tr("%1 changed %2 of this %3 at %4, after you opened it.")
                    if change.at else self.tr("%1 changed %2 of this %3 after you opened it."))
        self.message = QLabel(template.replace("%1", change.by or self.tr("Someone else"))
                              .replace("%2", fields).replace("%3", what)
                              .replace("%4", change.at.strftime("%H:%M") if change.at else ""))
        self.message.setWordWrap(True)
        self.help = QLabel(help_text or (self.tr(
            "Reload shows their version; what you typed is copied to the clipboard first, "
            "so you can paste it back. Overwrite saves yours over theirs.") if mine else
            self.tr("Reload shows their version; Overwrite saves yours over theirs.")))
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
        self.overwrite_button = buttons.addButton(overwrite_text or self.tr("&Overwrite"),
                                                  QDialogButtonBox.ButtonRole.DestructiveRole)
        self.reload_button.setDefault(True)
        self.reload_button.clicked.connect(lambda: self.choose(RELOAD))
        self.overwrite_button.clicked.connect(lambda: self.choose(OVERWRITE))
        if change.gone:  # nothing to save over: theirs is gone, what was typed is kept
            self.overwrite_button.hide()
            self.help.setText(self.tr("Reload shows the record without it; what you typed "
                                      "is copied to the clipboard first, so you can paste "
                                      "it elsewhere.") if mine else
                              self.tr("Nothing was changed. Reload shows what is there now."))
        if can_cancel:
            cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            cancel.clicked.connect(lambda: self.choose(CANCEL))
        label = QLabel(self.tr("What you typed:"))
        label.setBuddy(self.text)
        self.details = QPlainTextEdit("\n".join(f"\u2022 {d}" for d in details))
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("What they changed"))
        self.details.setMaximumHeight(220)
        details_label = QLabel(self.tr("What they changed:"))
        details_label.setBuddy(self.details)
        lay = QVBoxLayout(self)
        lay.addWidget(self.message)
        if details:
            lay.addWidget(details_label)
            lay.addWidget(self.details, 1)
        lay.addWidget(self.help)
        if self.typed:
            lay.addWidget(label)
            lay.addWidget(self.text, 1)
        else:
            for widget in (label, self.text, copy):
                widget.hide()
        row = QHBoxLayout()
        row.addWidget(copy)
        row.addStretch(1)
        row.addWidget(buttons)
        lay.addLayout(row)
        if self.typed or details:
            self.resize(520, 360)
        else:  # only sentences and buttons: as tall as they are, no gaps between them
            self.resize(520, self.heightForWidth(520) if self.hasHeightForWidth()
                        else self.sizeHint().height())

    def copy(self) -> None:
        if not self.typed:  # nothing typed: the clipboard keeps what it holds
            return
        clipboard = QApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.mine)

    def choose(self, choice: str) -> None:
        if choice == OVERWRITE and self.overwrite_button.isHidden():
            choice = RELOAD  # theirs is gone: nothing to save over
        self.choice = choice
        if choice == RELOAD:
            self.copy()
        (self.reject if choice == CANCEL else self.accept)()

    def reject(self) -> None:  # Esc or the window's close button: never loses the text
        if self.choice == RELOAD:
            self.copy()
        super().reject()


def resolve_conflict(parent: QWidget | None, what: str, exc: ConflictError,
                     mine: Mapping[str, str], *, can_cancel: bool = False,
                     details: Sequence[str] = (), overwrite_text: str = "",
                     help_text: str = "") -> str:
    """Ask what to do; RELOAD, OVERWRITE or (with ``can_cancel``) CANCEL."""
    dialog = ConflictDialog(parent or QApplication.activeWindow(), what, exc, mine,
                            can_cancel=can_cancel, details=details,
                            overwrite_text=overwrite_text, help_text=help_text)
    dialog.exec()
    return dialog.choice
