"""The user guide names buttons as the program shows them: every ``<b class="button">``
in resources/help (English and Spanish) is the text of a real button of the window, a
dialog or a wizard, read from the widgets themselves (so "OK" where the button says
"Save" fails)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget, QWizard
from pytestqt.qtbot import QtBot

from counselor_app.config import resources_dir
from counselor_app.services import plans
from counselor_app.services.students import StudentData, create_student
from counselor_app.ui.context import AppContext
from counselor_app.ui.i18n import install_translators, remove_translators
from tests.catalog import PROGRAM, add_test_catalog

HELP = resources_dir() / "help"
BUTTON = re.compile(r'<b class="button">(.*?)</b>', re.S)


def words(text: str) -> str:
    """One kind of ellipsis (none at the end), single spaces."""
    return " ".join(text.replace("...", "…").split()).rstrip("…").strip()


def plain(text: str) -> str:
    """A button's words as shown: no accelerator ("Ed&it…" -> "Edit"; "&&" is "&")."""
    return words(text.replace("&&", "\0").replace("&", "").replace("\0", "&"))


def named_in_help(folder: Path) -> dict[str, set[str]]:
    return {page.name: {words(html.unescape(m))
                        for m in BUTTON.findall(page.read_text(encoding="utf-8"))}
            for page in sorted(folder.glob("*.html"))}


def button_texts(widgets: list[QWidget]) -> set[str]:
    found: set[str] = set()
    for top in widgets:
        for w in [top, *top.findChildren(QWidget)]:
            if isinstance(w, QAbstractButton) and w.text():
                found.add(plain(w.text()))
        if isinstance(top, QWizard):
            for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton,
                          QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton,
                          QWizard.WizardButton.CommitButton):
                found.add(plain(top.buttonText(which)))
    return found


def real_buttons(ctx: AppContext, qtbot: QtBot) -> set[str]:
    """Every button of the screens and dialogs the guide describes."""
    from counselor_app.ui.admin.settings_dialog import SettingsDialog
    from counselor_app.ui.imports.wizard import ImportWizard
    from counselor_app.ui.main_window import MainWindow
    from counselor_app.ui.plan.history import HistoryDialog
    from counselor_app.ui.printing.batch_dialog import BatchExportDialog
    from counselor_app.ui.students.student_dialog import StudentDialog

    pk = create_student(ctx.db, StudentData("H1", "Ana", "Núñez", 9, 2029))
    plan_id = plans.create_plan(ctx.db, pk, "Main plan", PROGRAM)
    window = MainWindow(ctx)
    window.show_students()
    window.students.open_plan(plan_id)
    window.show_explore()
    from counselor_app.ui.printing.common import tell_saved

    widgets: list[QWidget] = [window, StudentDialog(ctx), SettingsDialog(ctx),
                              ImportWizard(ctx), BatchExportDialog(ctx),
                              HistoryDialog(ctx, plan_id),
                              tell_saved(window, Path("plan.pdf"))]  # after Ctrl+E
    for w in widgets:
        qtbot.addWidget(w)
    texts = button_texts(widgets)
    texts |= {plain(a.text()) for a in window.findChildren(type(window.undo_action))}
    return texts


@pytest.fixture
def catalog_ctx(ctx: AppContext) -> AppContext:
    add_test_catalog(ctx.db)
    return ctx


@pytest.fixture
def spanish_ui(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "es")
    yield
    remove_translators(qapp, translators)


def _unknown(named: dict[str, set[str]], real: set[str]) -> dict[str, set[str]]:
    return {page: missing for page, words in named.items() if (missing := words - real)}


def test_the_guide_names_the_buttons_the_program_shows(catalog_ctx: AppContext,
                                                       qtbot: QtBot) -> None:
    named = named_in_help(HELP)
    assert sum(len(v) for v in named.values()) >= 15  # the guide marks its buttons
    assert _unknown(named, real_buttons(catalog_ctx, qtbot)) == {}


def test_the_spanish_guide_names_the_spanish_buttons(catalog_ctx: AppContext, qtbot: QtBot,
                                                     spanish_ui: None) -> None:
    named = named_in_help(HELP / "es")
    assert sum(len(v) for v in named.values()) >= 15
    assert _unknown(named, real_buttons(catalog_ctx, qtbot)) == {}


def test_a_wrong_name_is_caught() -> None:
    assert plain("Ed&it…") == "Edit" and plain("Goals && notes") == "Goals & notes"
    assert _unknown({"x.html": {"OK"}}, {"Save", "Cancel"}) == {"x.html": {"OK"}}
