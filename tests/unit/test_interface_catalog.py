"""The Spanish interface catalog is complete: every string of every context is translated,
placeholders and accelerators survive, and no visible string in ui/ escapes lupdate.

lupdate reads ``self.tr("...")`` (context: the enclosing class) and
``translate("Context", "...")``; it does not see calls inside f-strings, and it files
``parent.tr("...")`` under the context "parent" while Qt looks the text up under the
parent's class, so those show in English. The scan below finds both, and literals handed
straight to a widget.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "counselor_app" / "ui"
CATALOG = ROOT / "resources" / "translations" / "counselor_app_es.ts"

VISIBLE_METHODS = frozenset({
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setPlaceholderText",
    "setTitle", "setWhatsThis", "addTab", "insertTab", "setTabText", "setTabToolTip",
    "addAction", "addMenu", "showMessage", "setLabelText", "setAccessibleName",
    "setAccessibleDescription", "addItem", "insertItem", "setItemText", "setSpecialValueText",
    "setSuffix", "setPrefix", "setHeaderLabels", "setHorizontalHeaderLabels", "beginMacro",
    "setInformativeText", "setDetailedText", "setButtonText", "addButton", "setCancelButtonText",
    "setWindowIconText", "addSection", "setSubTitle"})
VISIBLE_CLASSES = frozenset({"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox",
                             "QAction", "QToolButton", "QCommandLinkButton", "QProgressDialog"})
MESSAGE_BOXES = frozenset({"warning", "information", "critical", "question", "about"})
WORDS = re.compile(r"[A-Za-z]{2,}")
MARKUP = re.compile(r"<[^>]*>|&\w+;")
NOT_TRANSLATED = frozenset({"English", "Español"})  # a language's own name stays as it is


@dataclass(frozen=True)
class Found:
    where: str
    context: str
    source: str


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _visible_literal(node: ast.AST) -> str | None:
    """English text written straight into the call (a literal or an f-string's words)."""
    text = _literal(node)
    if text is None and isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values
                       if isinstance(v, ast.Constant) and isinstance(v.value, str))
    if text is None or text in NOT_TRANSLATED:
        return None
    return text if WORDS.search(MARKUP.sub("", text)) else None


class _Scanner(ast.NodeVisitor):
    def __init__(self, path: Path) -> None:
        self.path = path.relative_to(ROOT)
        self.classes: list[str] = []
        self.in_fstring = 0
        self.found: list[Found] = []
        self.problems: list[str] = []

    def _at(self, node: ast.AST) -> str:
        return f"{self.path}:{getattr(node, 'lineno', 0)}"

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        self.in_fstring += 1
        self.generic_visit(node)
        self.in_fstring -= 1

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else \
            func.id if isinstance(func, ast.Name) else ""
        owner = func.value if isinstance(func, ast.Attribute) else None
        if name == "tr" and (owner is None or not (isinstance(owner, ast.Name)
                                                   and owner.id == "self")):
            who = ast.unparse(owner) if owner is not None else "a bare tr"
            self.problems.append(f"{self._at(node)}: {who}.tr(...) is filed by lupdate under "
                                 "the wrong context; use translate(\"Context\", ...)")
        elif name == "tr" and node.args:
            self._record(node, self.classes[-1] if self.classes else "", node.args[0])
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
            context = _literal(node.args[0])
            if context is not None:
                self._record(node, context, node.args[1])
            else:
                self.problems.append(f"{self._at(node)}: {name}() with a context lupdate "
                                     "cannot read; write the context as a literal")
        self._check_visible(node, name, owner)
        self.generic_visit(node)

    def _record(self, node: ast.Call, context: str, arg: ast.AST) -> None:
        source = _literal(arg)
        if source is None:
            return  # a word marked elsewhere (QT_TRANSLATE_NOOP) looked up at run time
        if self.in_fstring:
            self.problems.append(f"{self._at(node)}: {source!r} is translated inside an "
                                 "f-string, where lupdate cannot see it")
        self.found.append(Found(self._at(node), context, source))

    def _check_visible(self, node: ast.Call, name: str, owner: ast.AST | None) -> None:
        args: list[ast.AST] = []
        if name in VISIBLE_METHODS and owner is not None:
            args = list(node.args[:1]) if name != "addTab" else list(node.args[1:2])
        elif name in VISIBLE_CLASSES and owner is None:
            args = list(node.args[:1])
        elif name in MESSAGE_BOXES and isinstance(owner, ast.Name) and owner.id == "QMessageBox":
            args = list(node.args[1:3])
        for arg in args:
            text = _visible_literal(arg)
            if text is not None:
                self.problems.append(f"{self._at(node)}: {text!r} is shown without tr()")


def scan() -> tuple[list[Found], list[str]]:
    found, problems = [], []
    for path in sorted(UI.rglob("*.py")):
        scanner = _Scanner(path)
        scanner.visit(ast.parse(path.read_text(encoding="utf-8")))
        found += scanner.found
        problems += scanner.problems
    return found, problems


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]
    state: str | None  # "unfinished", "obsolete", "vanished" or None (finished)


def messages(path: Path = CATALOG) -> list[Message]:
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = tuple(forms) if forms else (translation.text or "",)
            out.append(Message(name, message.findtext("source") or "", texts,
                               translation.get("type")))
    return out


_PLACEHOLDERS = re.compile(r"%(?:\d+|[sdn]|L\d+)|\{[a-z_]*\}")
_TAGS = re.compile(r"</?([a-z0-9]+)[^>]*>")


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)(?=\w)", text.replace("&&", "").replace("&nbsp;", "")))


def problems_of(message: Message) -> list[str]:
    where = f"{message.context}: {message.source!r}"
    if message.state is not None or not all(t.strip() for t in message.translations):
        return [f"{where} has no finished Spanish"]
    out = []
    wanted = sorted(_PLACEHOLDERS.findall(message.source))
    for text in message.translations:
        got = sorted(_PLACEHOLDERS.findall(text))
        plural = "%n" in message.source
        if (got != wanted) and not (plural and sorted(set(got)) == sorted(set(wanted))):
            out.append(f"{where}: placeholders {wanted} became {got} in {text!r}")
        if _accelerators(text) != _accelerators(message.source):
            out.append(f"{where}: the & accelerator is lost or doubled in {text!r}")
        if sorted(_TAGS.findall(text)) != sorted(_TAGS.findall(message.source)):
            out.append(f"{where}: the markup differs in {text!r}")
    return out


def test_every_string_of_every_context_is_in_spanish() -> None:
    found = [p for m in messages() for p in problems_of(m)]
    assert not found, f"{len(found)} problems:\n" + "\n".join(found)


def test_no_visible_string_in_ui_escapes_lupdate() -> None:
    strings, problems = scan()
    assert len(strings) > 600  # the scan sees the code
    catalog = {(m.context, m.source) for m in messages()}
    problems += [f"{f.where}: {f.context}: {f.source!r} is not in the catalog"
                 for f in strings if (f.context, f.source) not in catalog]
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)


def test_the_scan_catches_what_lupdate_misses(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "class Page:\n"
        "    def build(self, parent):\n"
        "        self.setWindowTitle(self.tr('Plans'))\n"
        "        parent.tr('Export')\n"
        "        label = QLabel('Grade 9')\n"
        "        x = f\"{translate('Words', 'Draft')}\"\n", encoding="utf-8")
    scanner = _Scanner.__new__(_Scanner)
    scanner.path, scanner.classes, scanner.in_fstring = sample.name, [], 0
    scanner.found, scanner.problems = [], []
    scanner.visit(ast.parse(sample.read_text()))
    assert [(f.context, f.source) for f in scanner.found] == [("Page", "Plans"),
                                                              ("Words", "Draft")]
    assert [p.split(": ", 1)[1][:20] for p in scanner.problems] == [
        "parent.tr(...) is fi", "'Grade 9' is shown w", "'Draft' is translate"]


def test_placeholder_check_catches_a_lost_one() -> None:
    good = Message("C", "Saved %d students to\n%s", ("Se guardaron %d estudiantes en\n%s",),
                   None)
    lost = Message("C", "Saved %d students to\n%s", ("Se guardaron los estudiantes",), None)
    accel = Message("C", "&Open", ("Abrir",), None)
    assert problems_of(good) == []
    assert "placeholders" in problems_of(lost)[0]
    assert "accelerator" in problems_of(accel)[0]


def _tool(name: str) -> str | None:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else shutil.which(name)


@pytest.mark.skipif(_tool("pyside6-lupdate") is None, reason="needs PySide6's lupdate")
def test_the_catalog_is_up_to_date_with_the_sources(tmp_path: Path) -> None:
    """lupdate over ui/ adds nothing: a new string must be translated before it lands."""
    copy = tmp_path / CATALOG.name
    shutil.copy(CATALOG, copy)
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run([str(_tool("pyside6-lupdate")), *sources, "-no-obsolete", "-locations",
                    "none", "-ts", str(copy)], check=True, capture_output=True)
    before = {(m.context, m.source) for m in messages()}
    new = [f"{m.context}: {m.source!r}" for m in messages(copy)
           if (m.context, m.source) not in before]
    gone = before - {(m.context, m.source) for m in messages(copy)}
    assert not new, "run packaging/translations.py and translate:\n" + "\n".join(new)
    assert not gone, f"no longer in the sources (run packaging/translations.py): {gone}"


@pytest.mark.skipif(_tool("pyside6-lrelease") is None, reason="needs PySide6's lrelease")
def test_the_built_catalog_matches_the_ts(tmp_path: Path) -> None:
    built = tmp_path / "es.qm"
    subprocess.run([str(_tool("pyside6-lrelease")), str(CATALOG), "-qm", str(built)],
                   check=True, capture_output=True)
    assert built.read_bytes() == CATALOG.with_suffix(".qm").read_bytes(), \
        "the committed .qm is stale: run packaging/translations.py --release"
