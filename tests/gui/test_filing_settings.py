"""Settings → General: where surnames with a particle file in batch printing."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from counselor_app.services.batch_order import batch_order
from counselor_app.services.settings import load_settings
from counselor_app.ui.admin.settings_dialog import SettingsDialog
from counselor_app.ui.context import AppContext
from tests.pdf_data import make_student


def test_the_school_chooses_where_de_la_fuente_files(ctx: AppContext, qtbot: QtBot) -> None:
    fuente = make_student(ctx.db, "Rosa", "de la Fuente", "P-1")
    diaz = make_student(ctx.db, "Luis", "Díaz", "P-2")
    gomez = make_student(ctx.db, "Ana", "Gómez", "P-3")
    settings = load_settings(ctx.db)
    assert settings.file_particles == "particle"  # the name as written, by default
    assert batch_order(ctx.db, [gomez, diaz, fuente], "es", settings.file_particles) == \
        [fuente, diaz, gomez]
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.particles.currentData() == "particle"
    dialog.particles.setCurrentIndex(dialog.particles.findData("name"))
    dialog.accept()
    settings = load_settings(ctx.db)
    assert settings.file_particles == "name"
    assert batch_order(ctx.db, [gomez, diaz, fuente], "es", settings.file_particles) == \
        [diaz, fuente, gomez]
    again = SettingsDialog(ctx)
    qtbot.addWidget(again)
    assert again.particles.currentData() == "name"
