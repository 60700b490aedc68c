"""Without a screen the GUI says so in one line instead of Qt's abort about xcb-cursor."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from counselor_app.cli.display import display_problem

LIB = Path("/usr/lib/x86_64-linux-gnu")


def files(*present: str):
    return lambda p: str(p) in present


def test_no_display_variables_on_linux_is_one_clear_line() -> None:
    line = display_problem({}, "linux", exists=files())
    assert line is not None and "\n" not in line
    assert "neither DISPLAY nor WAYLAND_DISPLAY is set" in line
    assert "QT_QPA_PLATFORM=offscreen" in line and "counselor-app --help" in line
    assert "xcb-cursor" not in line


def test_a_local_display_without_its_x_server_is_named() -> None:
    line = display_problem({"DISPLAY": ":3"}, "linux", exists=files())
    assert line is not None and "display :3" in line and "/tmp/.X11-unix/X3" in line


def test_a_running_x_server_or_wayland_or_offscreen_passes() -> None:
    ok_x = files("/tmp/.X11-unix/X0", f"{LIB}/libxcb.so.1", f"{LIB}/libxcb-cursor.so.0")
    assert display_problem({"DISPLAY": ":0"}, "linux", exists=ok_x, lib_dirs=[LIB]) is None
    assert display_problem({"DISPLAY": ":0.0"}, "linux", exists=ok_x, lib_dirs=[LIB]) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", exists=files()) is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", exists=files()) is None
    # a remote display cannot be checked from here: Qt decides
    assert display_problem({"DISPLAY": "school-server:10"}, "linux", exists=files("x"),
                           lib_dirs=[]) is None


def test_windows_and_macos_always_have_a_screen() -> None:
    assert display_problem({}, "win32", exists=files()) is None
    assert display_problem({}, "darwin", exists=files()) is None


def test_forced_platforms_without_their_display() -> None:
    line = display_problem({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"}, "linux",
                           exists=files())
    assert line is not None and "DISPLAY is not set" in line
    line = display_problem({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, "linux",
                           exists=files())
    assert line is not None and "WAYLAND_DISPLAY is not set" in line


def test_missing_xcb_cursor_names_the_package_only_where_it_can_tell() -> None:
    x0 = "/tmp/.X11-unix/X0"
    line = display_problem({"DISPLAY": ":0"}, "linux",
                           exists=files(x0, f"{LIB}/libxcb.so.1"), lib_dirs=[LIB])
    assert line is not None and "apt-get install libxcb-cursor0" in line
    # no X11 client library where we looked: an unusual layout, no false alarm
    assert display_problem({"DISPLAY": ":0"}, "linux", exists=files(x0), lib_dirs=[LIB]) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland systems")
def test_the_app_without_a_display_prints_one_line_and_exits(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    env.update(XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               COUNSELOR_APP_NO_LOG_FILE="1")
    done = subprocess.run([sys.executable, "-m", "counselor_app", "--db",
                           str(tmp_path / "c.db")], env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "no display" in lines[0] and "QT_QPA_PLATFORM=offscreen" in lines[0]
    assert "Traceback" not in done.stderr and "xcb" not in done.stderr
    assert not (tmp_path / "c.db").exists()  # nothing was created before it stopped
