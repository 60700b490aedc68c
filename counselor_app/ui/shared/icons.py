"""Icons from resources/icons (SVG scales cleanly on high-DPI screens)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from counselor_app.config import resources_dir


@cache
def icon(name: str) -> QIcon:
    folder = resources_dir() / "icons"
    if name == "app":
        result = QIcon()
        for size in (16, 24, 32, 48, 64, 128, 256):
            png = folder / f"app-{size}.png"
            if png.exists():
                result.addFile(str(png))
        return result
    path = folder / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()
