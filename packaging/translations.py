"""Regenerate the interface catalogs: lupdate over counselor_app/ui, then lrelease to .qm.

    /work/venv/bin/python packaging/translations.py            # update .ts, build .qm
    /work/venv/bin/python packaging/translations.py --release  # only build .qm from the .ts

Translators edit resources/translations/counselor_app_<lang>.ts (Qt Linguist or any XML
editor); lupdate keeps their work and marks texts that changed as unfinished. Both the .ts and
the built .qm are committed, so a clean clone runs in Spanish without Qt's tools.

Code moved from one class to another (a refactor) keeps its translations: a text lupdate
now finds in a new class, left unfinished, gets the translation the same English text had
before anywhere in the catalog, when every earlier translation of it agrees.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
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


def _translations(ts: Path) -> dict[tuple[str, str], str]:
    """(class, English text) -> its finished translation in ``ts``."""
    known: dict[tuple[str, str], str] = {}
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source, translation = message.find("source"), message.find("translation")
            if source is None or translation is None or translation.get("type") or \
                    not translation.text or message.get("numerus"):
                continue
            known[(name, source.text or "")] = translation.text
    return known


def _carry_over(ts: Path, before: dict[tuple[str, str], str]) -> int:
    """Fill unfinished messages with the translation their English text had in the class it
    moved out of (or, failing that, anywhere, when every translation of it agrees)."""
    tree = ET.parse(ts)
    now = {(c.findtext("name") or "", m.findtext("source") or "")
           for c in tree.iter("context") for m in c.iter("message")}
    moved: dict[str, set[str]] = {}
    anywhere: dict[str, set[str]] = {}
    for (name, text), translation in before.items():
        anywhere.setdefault(text, set()).add(translation)
        if (name, text) not in now:
            moved.setdefault(text, set()).add(translation)
    filled = 0
    for message in tree.iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if source is None or translation is None or translation.get("type") != "unfinished":
            continue
        text = source.text or ""
        choices = moved.get(text) or anywhere.get(text) or set()
        if len(choices) == 1:
            translation.text = next(iter(choices))
            del translation.attrib["type"]
            filled += 1
    if filled:
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                      encoding="utf-8")
    return filled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--release", action="store_true", help="only build the .qm files")
    args = parser.parse_args(argv)
    for language in LANGUAGES:
        ts = FOLDER / f"counselor_app_{language}.ts"
        if not args.release:
            before = _translations(ts) if ts.exists() else {}
            lupdate = [_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations",
                       "none", "-ts", str(ts.relative_to(ROOT))]
            subprocess.run(lupdate, cwd=ROOT, check=True)
            if filled := _carry_over(ts, before):
                print(f"{ts.name}: {filled} moved text(s) kept their translation")
                subprocess.run(lupdate, cwd=ROOT, check=True, capture_output=True)  # its layout
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
