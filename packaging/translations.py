"""Regenerate the interface catalogs: lupdate over counselor_app/ui, then lrelease to .qm.

    /work/venv/bin/python packaging/translations.py            # update .ts, build .qm
    /work/venv/bin/python packaging/translations.py --release  # only build .qm from the .ts

Translators edit resources/translations/counselor_app_<lang>.ts (Qt Linguist or any XML
editor); lupdate keeps their work and marks texts that changed as unfinished. Both the .ts and
the built .qm are committed, so a clean clone runs in Spanish without Qt's tools.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("es",)


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (it ships {name})")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "counselor_app" / "ui").rglob("*.py"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--release", action="store_true", help="only build the .qm files")
    args = parser.parse_args(argv)
    for language in LANGUAGES:
        ts = FOLDER / f"counselor_app_{language}.ts"
        if not args.release:
            subprocess.run([_tool("pyside6-lupdate"), *sources(), "-no-obsolete",
                            "-locations", "none", "-ts", str(ts.relative_to(ROOT))],
                           cwd=ROOT, check=True)
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
