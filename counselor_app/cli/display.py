"""Before the GUI starts: is there a screen to show it on?

Without one, Qt's xcb plugin aborts the process after a message about ``xcb-cursor`` that
sends people looking for a missing library. On Linux (and other X11/Wayland systems) we
look first and print one line that says what is wrong and how to go on instead. Windows
and macOS always have a screen. No Qt here: this runs before PySide6 is imported.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

HEADLESS_HINT = ("run it headless with QT_QPA_PLATFORM=offscreen, or use the command line "
                 "(counselor-app --help), which needs no display")

_LOCAL_DISPLAY = re.compile(r"^(?:unix)?:(\d+)(?:\.\d+)?$")


def _x_socket(display: str) -> Path | None:
    """The socket a local X display (":0", ":1.0") listens on; None for a remote one."""
    found = _LOCAL_DISPLAY.match(display)
    return Path("/tmp/.X11-unix") / f"X{found.group(1)}" if found else None


def _lib_dirs() -> list[Path]:
    return [*Path("/usr/lib").glob("*-linux-gnu*"), Path("/usr/lib64"), Path("/usr/lib")]


def _missing_xcb_cursor(dirs: Sequence[Path], exists: Callable[[Path], bool]) -> bool:
    """Qt 6.5+ needs libxcb-cursor for X11. Said missing only where the X11 client library
    itself is found and it is not beside it, so an unusual layout never gets a false alarm."""
    for folder in dirs:
        if exists(folder / "libxcb.so.1"):
            return not exists(folder / "libxcb-cursor.so.0")
    return False


def display_problem(env: Mapping[str, str], platform: str,
                    exists: Callable[[Path], bool] = Path.exists,
                    lib_dirs: Sequence[Path] | None = None) -> str | None:
    """One line saying why the window cannot open here, or None when it can (or we cannot
    tell: then Qt decides)."""
    if platform.startswith(("win", "darwin", "cygwin")):
        return None
    qpa = env.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip().lower()
    if qpa and qpa not in {"xcb", "wayland", "wayland-egl"}:
        return None  # offscreen, vnc, eglfs, ...: the user chose
    display, wayland = env.get("DISPLAY", ""), env.get("WAYLAND_DISPLAY", "")
    if qpa.startswith("wayland") and not wayland:
        return (f"counselor-app: no display to open the window on (QT_QPA_PLATFORM={qpa} but "
                f"WAYLAND_DISPLAY is not set); start it from a desktop session, or "
                f"{HEADLESS_HINT}.")
    if qpa == "xcb" or not wayland:
        if not display:
            where = ("DISPLAY is not set" if qpa == "xcb"
                     else "neither DISPLAY nor WAYLAND_DISPLAY is set")
            return (f"counselor-app: no display to open the window on ({where}); start it "
                    f"from a desktop session, or {HEADLESS_HINT}.")
        socket = _x_socket(display)
        if socket is not None and not exists(socket):
            return (f"counselor-app: no X server is running on display {display} "
                    f"({socket} is missing); start it from a desktop session, or "
                    f"{HEADLESS_HINT}.")
        dirs = lib_dirs if lib_dirs is not None else _lib_dirs()
        if not getattr(sys, "frozen", False) and _missing_xcb_cursor(dirs, exists):
            return ("counselor-app: the X11 library libxcb-cursor0 is missing; install it "
                    "(apt-get install libxcb-cursor0, as root or with sudo) and start "
                    f"again, or {HEADLESS_HINT}.")
    return None


def check_display() -> str | None:
    return display_problem(os.environ, sys.platform)
