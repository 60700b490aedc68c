"""A window's command shortcuts work while a text field has focus.

Qt first offers a key press to the focused widget as a ``ShortcutOverride``; a text field
that claims it swallows the window's shortcut. On Linux (X11 key bindings) a line edit,
spin box or editable combo box claims Ctrl+E for "end of line", so File > Export plan as
PDF (Ctrl+E) did nothing while the catalog search or the plan name had focus. The window's
commands win over such cursor bindings; the editing keys a field really needs (undo, redo,
cut, copy, paste, select all, delete, word moves) stay the field's.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

_EDITING = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo,
            QKeySequence.StandardKey.Cut, QKeySequence.StandardKey.Copy,
            QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.SelectAll,
            QKeySequence.StandardKey.Delete, QKeySequence.StandardKey.MoveToNextWord,
            QKeySequence.StandardKey.MoveToPreviousWord,
            QKeySequence.StandardKey.SelectNextWord,
            QKeySequence.StandardKey.SelectPreviousWord,
            QKeySequence.StandardKey.DeleteStartOfWord,
            QKeySequence.StandardKey.DeleteEndOfWord)
_WATCHED = "commandKeysWatched"


def _text(seq: QKeySequence) -> str:
    return seq.toString(QKeySequence.SequenceFormat.PortableText)


class CommandKeys(QObject):
    """Lets ``window``'s own actions' shortcuts through whatever widget of it has focus."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._editing: set[str] | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and not new.property(_WATCHED) and new.window() is self.window:
            new.setProperty(_WATCHED, True)
            new.installEventFilter(self)

    def command_keys(self) -> set[str]:
        """The window's enabled one-key shortcuts that are not editing keys ("Ctrl+E")."""
        if self._editing is None:
            self._editing = {_text(seq) for key in _EDITING
                             for seq in QKeySequence.keyBindings(key) if seq.count() == 1}
        return {_text(seq) for action in self.window.actions()
                if action.isEnabled() for seq in action.shortcuts() if seq.count() == 1
                } - self._editing

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and _text(QKeySequence(event.keyCombination())) in self.command_keys():
            event.ignore()  # not overridden: the window's shortcut runs
            return True
        return False
