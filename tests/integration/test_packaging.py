"""The frozen build carries every folder the app reads at run time."""

from __future__ import annotations

import ast
import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

from counselor_app.config import migrations_dir, resources_dir

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def spec_data_folders() -> list[str]:
    tree = ast.parse((PACKAGING / "counselor-app.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "DATA_FOLDERS" for t in node.targets):
            return list(ast.literal_eval(node.value))
    raise AssertionError("DATA_FOLDERS not found in the spec")


def test_spec_lists_every_data_folder_the_app_loads() -> None:
    folders = spec_data_folders()
    assert resources_dir().name in folders
    assert migrations_dir().name in folders
    for sub in ("data", "help", "icons"):
        assert (ROOT / "resources" / sub).is_dir()
    assert (ROOT / "db" / "env.py").is_file() and list((ROOT / "db" / "versions").glob("*.py"))


def test_desktop_entry_and_appstream_metadata_are_well_formed() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "counselor-app.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Exec"].startswith("counselor-app")
    root = ET.parse(PACKAGING / "org.example.CounselorApp.metainfo.xml").getroot()
    assert root.tag == "component" and root.findtext("name")


def test_icons_exist_in_every_size() -> None:
    icons = ROOT / "resources" / "icons"
    assert (icons / "app.svg").is_file() and (icons / "app.ico").is_file()
    for size in (16, 32, 48, 256):
        assert (icons / f"app-{size}.png").stat().st_size > 100


def test_windows_installer_has_shortcut_and_uninstaller() -> None:
    iss = (PACKAGING / "counselor-app.iss").read_text(encoding="utf-8")
    assert "[Icons]" in iss and "{autoprograms}" in iss  # Start menu shortcut
    assert "UninstallDisplayName" in iss  # Inno Setup writes the uninstaller


def test_every_help_link_and_stylesheet_resolves() -> None:
    import re

    help_dir = ROOT / "resources" / "help"
    pages = sorted(help_dir.glob("*.html"))
    assert {p.name for p in pages} >= {"index.html", "explore.html", "students.html",
                                       "plans.html", "print.html", "import.html",
                                       "backup.html"}
    for page in pages:
        html = page.read_text(encoding="utf-8")
        for target in re.findall(r'href="([^"#:]+)"', html):
            assert (help_dir / target).is_file(), f"{page.name} links to missing {target}"


def test_every_package_folder_is_in_the_installed_package() -> None:
    """``pip install .`` ships only the listed packages: a folder left out would be
    missing from every installed copy (it once was: counselor_app.audit)."""
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
                 ["tool"]["setuptools"]["packages"])
    folders = {".".join(p.parent.relative_to(ROOT).parts)
               for p in (ROOT / "counselor_app").rglob("__init__.py")}
    assert folders - listed == set()


def test_build_script_explains_a_missing_pyinstaller_in_one_line(tmp_path: Path) -> None:
    """Without the dev extra, build.py says what to install instead of a traceback."""
    import subprocess
    import sys

    blocker = tmp_path / "block"
    blocker.mkdir()
    # a Python where PyInstaller cannot be found (None in sys.modules: "not importable")
    (blocker / "sitecustomize.py").write_text(
        "import sys\nsys.modules['PyInstaller'] = None\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(PACKAGING / "build.py"), "--distpath", str(tmp_path / "dist"),
         "--workpath", str(tmp_path / "work")],
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(blocker), "HOME": str(tmp_path)},
        capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr + done.stdout
    failed = [line for line in done.stdout.splitlines() if "FAILED" in line]
    assert len(failed) == 1
    assert "PyInstaller is not installed" in failed[0] and "pip install -e '.[dev]'" in failed[0]
    assert not (tmp_path / "dist").exists()
