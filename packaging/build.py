#!/usr/bin/env python3
"""Build the one-folder bundle with PyInstaller, then smoke-test the frozen program.

Usage (from anywhere; paths are resolved against the project root):

    python packaging/build.py               # build, then smoke-test
    python packaging/build.py --skip-build  # smoke-test an existing build only

The smoke test runs the built program headless (QT_QPA_PLATFORM=offscreen) with a
throw-away home and data folders, so it never touches a real user's database:

    counselor-app --version
    counselor-app db init --db <tmpdir>/smoke.db

and checks that the bundled resources, fonts and migrations are in place. It prints
timings and exits non-zero on the first failure.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "counselor-app"
DEFAULT_SPEC = PROJECT_ROOT / "packaging" / f"{APP_NAME}.spec"
DEFAULT_DIST = PROJECT_ROOT / "build" / "dist"
DEFAULT_WORK = PROJECT_ROOT / "build" / "work"

# Files the bundle must contain, relative to its data folder (sys._MEIPASS).
REQUIRED_DATA = (
    "resources/icons/app.svg",
    "resources/help/index.html",
    "db",
)
# Present when the build machine has them; reported, not required.
OPTIONAL_DATA = (
    "resources/fonts/DejaVuSans.ttf",
    "resources/fonts/DejaVuSans-Bold.ttf",
    "resources/fonts/NotoSansArabic-Regular.ttf",
    "resources/fonts/NotoSansDevanagari-Regular.ttf",
    "resources/fonts/wqy-zenhei.ttc",
    "resources/fonts/Symbola_hint.ttf",
)


class SmokeTestError(RuntimeError):
    """A check of the built program failed."""


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Build Career Pathway Planner with PyInstaller and smoke-test the result."
    )
    parser.add_argument(
        "--skip-build",
        action="store_true",
        help="do not run PyInstaller; smoke-test the program already in --distpath",
    )
    parser.add_argument(
        "--skip-smoke",
        action="store_true",
        help="build only; do not run the built program",
    )
    parser.add_argument(
        "--spec", type=Path, default=DEFAULT_SPEC, help="PyInstaller spec (default: %(default)s)"
    )
    parser.add_argument(
        "--distpath",
        type=Path,
        default=DEFAULT_DIST,
        help="where the bundle goes (default: %(default)s)",
    )
    parser.add_argument(
        "--workpath",
        type=Path,
        default=DEFAULT_WORK,
        help="PyInstaller's temporary files (default: %(default)s)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=120.0,
        help="seconds each smoke-test command may take (default: %(default)s)",
    )
    parser.add_argument(
        "--keep-temp",
        action="store_true",
        help="keep the smoke test's temporary folder and print its path",
    )
    args = parser.parse_args(argv)
    if args.skip_build and args.skip_smoke:
        parser.error("--skip-build and --skip-smoke together leave nothing to do")
    for name in ("spec", "distpath", "workpath"):
        path: Path = getattr(args, name)
        if not path.is_absolute():
            setattr(args, name, (Path.cwd() / path).resolve())
    return args


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


def build(spec: Path, distpath: Path, workpath: Path) -> float:
    """Run PyInstaller; return the seconds it took."""
    if not spec.is_file():
        raise SmokeTestError(f"spec not found: {spec}")
    if importlib.util.find_spec("PyInstaller") is None:
        raise SmokeTestError(
            f"PyInstaller is not installed for {sys.executable}: install the dev extra "
            "(pip install -e '.[dev]') and run this again")
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        str(spec),
        "--distpath",
        str(distpath),
        "--workpath",
        str(workpath),
    ]
    log("running: " + " ".join(cmd))
    start = time.perf_counter()
    result = subprocess.run(cmd, cwd=PROJECT_ROOT, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SmokeTestError(f"PyInstaller failed with exit code {result.returncode}")
    log(f"PyInstaller finished in {elapsed:.1f} s")
    return elapsed


def executable_path(distpath: Path) -> Path:
    name = f"{APP_NAME}.exe" if sys.platform == "win32" else APP_NAME
    return distpath / APP_NAME / name


def bundle_data_dir(bundle: Path) -> Path:
    """The folder holding the bundled data: `_internal` since PyInstaller 6."""
    internal = bundle / "_internal"
    return internal if internal.is_dir() else bundle


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def smoke_env(tmp: Path) -> dict[str, str]:
    """A headless environment whose home, config and data folders are all inside tmp."""
    env = dict(os.environ)
    home = tmp / "home"
    for sub in ("config", "data", "cache", "state", "appdata/Roaming", "appdata/Local"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(home),
            "USERPROFILE": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_STATE_HOME": str(home / "state"),
            "APPDATA": str(home / "appdata" / "Roaming"),
            "LOCALAPPDATA": str(home / "appdata" / "Local"),
            "PYTHONDONTWRITEBYTECODE": "1",
        }
    )
    # The frozen program must not pick up the build machine's Python setup.
    for var in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP"):
        env.pop(var, None)
    return env


def run_program(
    exe: Path, args: Sequence[str], env: dict[str, str], timeout: float
) -> tuple[subprocess.CompletedProcess[str], float]:
    cmd = [str(exe), *args]
    log("running: " + " ".join(cmd))
    start = time.perf_counter()
    try:
        result = subprocess.run(
            cmd,
            env=env,
            cwd=env["HOME"],  # not the project root: the program must find its own files
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise SmokeTestError(f"`{' '.join(args)}` did not finish within {timeout:.0f} s") from exc
    elapsed = time.perf_counter() - start
    for stream_name, text in (("stdout", result.stdout), ("stderr", result.stderr)):
        if text.strip():
            for line in text.strip().splitlines():
                print(f"    {stream_name}: {line}")
    log(f"`{' '.join(args)}` exited with {result.returncode} in {elapsed:.2f} s")
    if result.returncode != 0:
        raise SmokeTestError(f"`{' '.join(args)}` failed with exit code {result.returncode}")
    return result, elapsed


def check_bundle(bundle: Path) -> None:
    data_dir = bundle_data_dir(bundle)
    missing = [rel for rel in REQUIRED_DATA if not (data_dir / rel).exists()]
    if missing:
        raise SmokeTestError(f"missing from the bundle ({data_dir}): {', '.join(missing)}")
    for rel in OPTIONAL_DATA:
        if not (data_dir / rel).exists():
            log(f"note: {rel} is not in the bundle; PDFs will use a fallback font")
    log(f"bundle size: {folder_size(bundle) / 1_000_000:.0f} MB in {bundle}")


def check_sqlite_file(path: Path) -> None:
    if not path.is_file():
        raise SmokeTestError(f"`db init` exited 0 but created no database at {path}")
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        raise SmokeTestError(f"{path} is not an SQLite database")


def smoke_test(distpath: Path, timeout: float, keep_temp: bool) -> dict[str, float]:
    exe = executable_path(distpath)
    if not exe.is_file():
        raise SmokeTestError(f"built program not found: {exe}")
    check_bundle(exe.parent)

    timings: dict[str, float] = {}
    tmp = Path(tempfile.mkdtemp(prefix="counselor-smoke-"))
    try:
        env = smoke_env(tmp)
        result, timings["--version"] = run_program(exe, ["--version"], env, timeout)
        if not result.stdout.strip():
            # A windowed Windows build has no stdout; the exit code is what counts.
            log("note: --version printed nothing on stdout")

        db_path = tmp / "smoke.db"
        _, timings["db init"] = run_program(exe, ["db", "init", "--db", str(db_path)], env, timeout)
        check_sqlite_file(db_path)
        log(f"database created: {db_path.stat().st_size / 1024:.0f} KiB")

        # Start the GUI offscreen on a fresh database: it must reach the welcome page.
        gui_env = dict(env, COUNSELOR_APP_EXIT_AFTER_SHOW="1", QT_QPA_PLATFORM="offscreen")
        result, timings["gui start"] = run_program(
            exe, ["--db", str(tmp / "gui.db")], gui_env, timeout)
        if "shown page: welcome" not in result.stdout + result.stderr:
            raise SmokeTestError("the GUI did not show the welcome page on a new database")
    finally:
        if keep_temp:
            log(f"kept temporary folder {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return timings


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    timings: dict[str, float] = {}
    try:
        if not args.skip_build:
            timings["build"] = build(args.spec, args.distpath, args.workpath)
        if not args.skip_smoke:
            timings.update(smoke_test(args.distpath, args.timeout, args.keep_temp))
    except SmokeTestError as exc:
        log(f"FAILED: {exc}")
        return 1
    log("timings: " + ", ".join(f"{name} {secs:.2f} s" for name, secs in timings.items()))
    log("OK")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
