"""Every message the layers below ui/ build for the counselor has a Spanish translation.

The templates are collected from the sources (every ``msg("...")`` and
``plural("...", "...")`` call in counselor_app outside ui/ and cli/), so a new message
cannot land untranslated; and the user-facing errors and import problems those layers
raise are checked to be built with ``msg``, so a new one cannot skip the catalog.
"""

from __future__ import annotations

import ast
import json
import pickle
import re
import string
from pathlib import Path

import pytest

from counselor_app import messages
from counselor_app.messages import Listing, Message, and_list, msg, plural, translated

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "counselor_app"
CATALOG = ROOT / "resources" / "translations" / "messages" / "es.json"
SKIPPED = ("ui", "cli")  # the interface has the Qt catalog; the command line is English
# The built-in data's loaders (their errors mean a broken release, for its developers) and
# what only the command line uses (BLS/O*NET release files: counselor-app import-release).
ENGLISH_ONLY = frozenset({"store/seed.py", "store/seed_work.py", "store/code_changes.py",
                          "services/imports/reference_releases.py"})
# Lists of problems or notes handed to the interface: what is appended must be a msg().
LISTS = ("problems", "errors", "warnings", "notes", "reasons")

# Errors the GUI shows a counselor (by str() or through a dialog) whose text must be a msg().
USER_ERRORS = frozenset({
    "TabularError", "ExchangeError", "SignoffError", "BackupError", "SetFileError",
    "MappingError", "SetInUse", "DatabaseOpenError", "DatabaseTooNewError",
    "DatabaseDamagedError", "DatabaseBusyError", "DatabaseReadOnlyError",
    "DatabaseForeignError", "DatabaseUpgradeError", "DatabaseHalfUpgradedError",
    "ApprovalRefused", "RolloverRefused", "BatchFailed", "ChunkFailed", "StudentDeleteRefused",
    "FieldError", "RowError", "fail", "warn", "driver_error", "_with_header"})
# Where a plain ValueError or LookupError is a message for the counselor (the GUI shows it).
MESSAGE_MODULES = ("services", "store", "audit")
# Programmer errors (a wrong argument, never a counselor's input): English only.
INTERNAL = {
    "a plan is approved with versions.approve_plan (it records a version)",
}


def _sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py")
                  if p.relative_to(PACKAGE).parts[0] not in SKIPPED
                  and p.relative_to(PACKAGE).as_posix() not in ENGLISH_ONLY)


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else \
        func.id if isinstance(func, ast.Name) else ""


def _text(node: ast.expr) -> str | None:
    """English words written straight into a call (a literal or an f-string)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant)
                       and isinstance(v.value, str))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _text(node.left), _text(node.right)
        return None if left is None and right is None else (left or "") + (right or "")
    return None


def _sentence(text: str | None) -> bool:
    return text is not None and text not in INTERNAL and \
        re.search(r"[A-Za-z]{2,}[,;:]?\s+[A-Za-z]{2,}", text) is not None


def collect() -> tuple[dict[str, str], list[str]]:
    """(template -> where it is used, problems) over every source below ui/."""
    found: dict[str, str] = {}
    problems: list[str] = []
    for path in _sources():
        where = str(path.relative_to(ROOT))
        tree = ast.parse(path.read_text(encoding="utf-8"))
        ours = {a.asname or a.name for n in ast.walk(tree)
                if isinstance(n, ast.ImportFrom) and n.module == "counselor_app.messages"
                for a in n.names} | ({"msg", "plural"} if path.name == "messages.py" else set())
        for node in ast.walk(tree):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                name = _name(node.exc.func)
                if name in ("ValueError", "LookupError") and \
                        path.relative_to(PACKAGE).parts[0] in MESSAGE_MODULES and \
                        node.exc.args and _sentence(_text(node.exc.args[0])):
                    problems.append(f"{where}:{node.lineno}: {name}(...) with English text; "
                                    "build it with msg()")
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            if name in ("msg", "plural") and name in ours:
                literals = [_text(a) if isinstance(a, ast.Constant) else None
                            for a in node.args[:2 if name == "plural" else 1]]
                if len(literals) != (2 if name == "plural" else 1) or None in literals:
                    problems.append(f"{where}:{node.lineno}: {name}() needs literal templates")
                    continue
                found.setdefault("|".join(t for t in literals if t is not None),
                                 f"{where}:{node.lineno}")
            elif name == "append" and isinstance(node.func, ast.Attribute) and \
                    ast.unparse(node.func.value).split(".")[-1] in LISTS and node.args and \
                    _sentence(_text(node.args[0])):
                problems.append(f"{where}:{node.lineno}: a problem or note with English "
                                "text; build it with msg()")
            elif name in USER_ERRORS:
                args = [*node.args, *(k.value for k in node.keywords)]
                if name == "RowError":
                    args = args[3:]  # the file's own column name stays as it is written
                for arg in args:
                    if _sentence(_text(arg)):
                        problems.append(f"{where}:{node.lineno}: {name}(...) with English "
                                        "text; build it with msg()")
    return found, problems


def spanish() -> dict[str, str]:
    return json.loads(CATALOG.read_text(encoding="utf-8"))


def _fields(template: str) -> list[str]:
    return sorted(f"{name}{'!' + conv if conv else ''}{':' + spec if spec else ''}"
                  for _lit, name, spec, conv in string.Formatter().parse(template)
                  if name is not None)


def test_every_message_below_ui_is_built_with_msg() -> None:
    found, problems = collect()
    assert len(found) > 250  # the scan sees the code
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)


def test_every_message_template_has_a_spanish_translation() -> None:
    found, _ = collect()
    catalog = spanish()
    missing = [f"{where}: {template!r}" for template, where in sorted(found.items())
               if not str(catalog.get(template, "")).strip()]
    assert not missing, f"{len(missing)} messages have no Spanish in {CATALOG.name}:\n" + \
        "\n".join(missing)


def test_spanish_keeps_every_placeholder_and_plural_form() -> None:
    found, _ = collect()
    catalog = spanish()
    problems = []
    for template in found:
        text = catalog.get(template)
        if not isinstance(text, str):
            continue
        english_forms, forms = template.split("|"), text.split("|")
        if len(forms) != len(english_forms):
            problems.append(f"{template!r}: {len(english_forms)} forms, {len(forms)} in Spanish")
        wanted = sorted(set(_fields(template)))
        for form in forms:
            got = sorted(set(_fields(form)))
            if got != wanted and not ("|" in template and set(got) <= set(wanted)):
                problems.append(f"{template!r}: placeholders {wanted} became {got}")
    assert not problems, "\n".join(problems)


def test_the_catalog_holds_no_message_the_code_no_longer_uses() -> None:
    found, _ = collect()
    stale = sorted(k for k in spanish() if k != "_meta" and k not in found)
    assert not stale, "no longer used (remove from the catalog):\n" + "\n".join(stale)


def test_the_scan_catches_an_untranslatable_message(tmp_path: Path) -> None:
    tree = ast.parse("def f(rec, x):\n"
                     "    rec.fail('grade', f'{x} is not a grade')\n"
                     "    raise TabularError('a.csv', 'is empty')\n")
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
    flagged = [_name(c.func) for c in calls if any(_sentence(_text(a)) for a in c.args)]
    assert flagged == ["fail", "TabularError"]
    assert not _sentence("{place}.kind") and _sentence("is empty")


# --- the Message type ---------------------------------------------------------------


def test_a_message_is_its_english_text() -> None:
    m = msg("{file}, row {row}: {reason}", file="a.csv", row=3, reason=msg("is empty"))
    assert m == "a.csv, row 3: is empty" and isinstance(m, str)
    assert str(plural("{n} error", "{n} errors", n=1)) == "1 error"
    assert str(plural("{n} error", "{n} errors", n=2)) == "2 errors"
    assert Listing([msg("{n} to add", n=2), "x"]) == "2 to add, x"
    assert and_list(["B", "E"]) == "B and E" and and_list(["B"]) == "B"


def test_a_message_is_translated_with_its_values() -> None:
    m = msg("{file}, row {row}: {reason}", file="a.csv", row=3,
            reason=msg("{value} is not between {lo:g} and {hi:g}", value="'x'", lo=0.5,
                       hi=8.0))
    assert translated(m, "es") == "a.csv, fila 3: 'x' no está entre 0,5 y 8"
    assert translated(plural("{n} error", "{n} errors", n=2), "es") == "2 errores"
    assert translated(Listing([msg("{n} to add", n=1), msg("{n} unchanged", n=0)]), "es") == \
        "1 para agregar, 0 sin cambios"
    assert translated(ValueError(msg("is empty; a value is required")), "es") == \
        "está vacía; hace falta un valor"
    assert translated(ValueError("plain"), "es") == "plain"
    assert translated(m, "en") == str(m)
    assert translated(msg("Importing: {rows:,} rows so far…", rows=12345), "es") == \
        "Importando: 12.345 filas hasta ahora…"


def test_a_message_survives_a_worker_process() -> None:
    m = msg("{a} and {b}", a=msg("x y"), b=2)
    back = pickle.loads(pickle.dumps(ValueError(m)))
    assert isinstance(back.args[0], Message) and back.args[0].values["b"] == 2
    listing = pickle.loads(pickle.dumps(Listing([m], "; ")))
    assert listing.parts == (m,) and listing.sep == "; "


def test_a_district_rewords_a_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "es.json").write_text(json.dumps({"is empty; a value is required":
                                                  "no puede quedar vacío"}), encoding="utf-8")
    monkeypatch.setenv("COUNSELOR_APP_MESSAGE_CATALOGS", str(tmp_path))
    messages.clear_cache()
    try:
        assert translated(msg("is empty; a value is required"), "es") == "no puede quedar vacío"
        assert translated(msg("{n} to add", n=2), "es") == "2 para agregar"  # the built-in one
        (tmp_path / "es.json").write_text(json.dumps({"{n} to add": "{m} typo"}))
        messages.clear_cache()
        assert translated(msg("{n} to add", n=2), "es") == "2 to add"  # never a crash
    finally:
        messages.clear_cache()


def test_an_unprintable_character_is_reported_in_spanish_after_a_print_worker() -> None:
    from counselor_app.reports.printable import Unprintable

    problem = pickle.loads(pickle.dumps(Unprintable("Ana Silva", "1006", msg("Notes"),
                                                    ("\U0001fae0",))))
    assert str(problem.message()) == ("Ana Silva (ID 1006), Notes: \U0001fae0 (U+1FAE0 MELTING "
                                      "FACE) prints as [melting face]")
    assert translated(problem.message(), "es") == (
        "Ana Silva (ID 1006), Notas: \U0001fae0 (U+1FAE0 MELTING FACE) se imprime como "
        "[melting face]")
