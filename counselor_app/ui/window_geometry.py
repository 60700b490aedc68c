"""Where the main window opens: always inside the screen's available area.

A first start opens 1280x800 centred where that fits with room to spare, and maximized on
laptop screens (1366x768, 1280x720, 1920x1080 at 150%), where a fixed 1280x800 would put
the status bar and the bottom of the plan editor below the taskbar. A remembered geometry
comes back as it was, pulled inside the screen if the screen got smaller or a monitor
went away (Qt keeps a window it restores on *some* screen, not necessarily whole).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

DEFAULT_SIZE = QSize(1280, 800)
ROOM = QSize(80, 120)
"""Space a 1280x800 window must leave on the screen (frame, title bar, taskbar) before a
first start opens it as a window rather than maximized."""


def first_geometry(available: QRect) -> tuple[QRect, bool]:
    """(geometry, maximized) for a first start on a screen with ``available`` space."""
    fits = (available.width() >= DEFAULT_SIZE.width() + ROOM.width()
            and available.height() >= DEFAULT_SIZE.height() + ROOM.height())
    size = DEFAULT_SIZE if fits else available.size()
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(available.center())
    return rect, not fits


def kept_inside(geometry: QRect, available: QRect) -> QRect:
    """``geometry`` shrunk to fit ``available`` and moved inside it (unchanged if it is)."""
    width = min(geometry.width(), available.width())
    height = min(geometry.height(), available.height())
    left = min(max(geometry.left(), available.left()), available.right() - width + 1)
    top = min(max(geometry.top(), available.top()), available.bottom() - height + 1)
    return QRect(left, top, width, height)

