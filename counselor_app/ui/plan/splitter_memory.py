"""Splitters that come back the way the counselor left them (stored in the UI settings)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QSplitter


def remember_splitter(splitter: QSplitter, qsettings: QSettings, key: str) -> bool:
    """Restore ``splitter`` from ``key`` and save it there whenever it is moved.

    Returns True when remembered sizes were applied (False: keep the defaults).
    """
    state = qsettings.value(key)
    restored = isinstance(state, QByteArray | bytes) and splitter.restoreState(
        QByteArray(state))
    splitter.splitterMoved.connect(lambda *_: qsettings.setValue(key, splitter.saveState()))
    return bool(restored)


def pane_shown(splitter: QSplitter, index: int) -> bool:
    """Pane ``index`` takes room: not folded away, not dragged shut."""
    return not splitter.widget(index).isHidden() and splitter.sizes()[index] > 0


def fold_pane(splitter: QSplitter, index: int, shown: bool, qsettings: QSettings,
              key: str) -> None:
    """Fold pane ``index`` of ``splitter`` away (hidden, so the keyboard skips it too) or
    give it back the size it had (its size hint the first time); remember it under
    ``key``."""
    if pane_shown(splitter, index) == shown:
        return
    pane = splitter.widget(index)
    sizes = splitter.sizes()
    if not shown:
        splitter.setProperty(f"folded{index}", sizes[index])
        others = [s for i, s in enumerate(sizes) if i != index]
        grown = [s + sizes[index] if i == 0 else s for i, s in enumerate(others)]
        splitter.setSizes(grown[:index] + [0] + grown[index:])  # saved as 0: folded
        qsettings.setValue(key, splitter.saveState())
        pane.hide()
        return
    total = sum(sizes)
    horizontal = splitter.orientation() == Qt.Orientation.Horizontal
    hint = pane.sizeHint().width() if horizontal else pane.sizeHint().height()
    wanted = max(80, min(int(splitter.property(f"folded{index}") or 0) or hint, total // 2))
    pane.show()
    others = [i for i in range(len(sizes)) if i != index]
    old_rest = sum(sizes[i] for i in others) or 1
    new = [sizes[i] * (total - wanted) // old_rest for i in range(len(sizes))]
    new[index] = wanted
    splitter.setSizes(new)
    qsettings.setValue(key, splitter.saveState())


def hide_folded(splitter: QSplitter) -> None:
    """After a restore: a pane remembered at size 0 is folded, so hide it (no keyboard
    focus in a pane nobody can see)."""
    for index, size in enumerate(splitter.sizes()):
        if size == 0 and splitter.isCollapsible(index):
            splitter.widget(index).hide()
