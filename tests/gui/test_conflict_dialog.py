"""The Reload/Overwrite dialog: no empty gaps and no talk of typed text when nothing was
typed; what was typed shown and kept when there is some."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from counselor_app.services.concurrency import Change, ConflictError
from counselor_app.ui.shared.conflict_dialog import ConflictDialog

CHANGE = Change("Ms. Chen", dt.datetime(2026, 12, 1, 9, 30), ("Status",), 3)


def test_nothing_typed_is_a_short_dialog_without_clipboard_talk(qtbot: QtBot) -> None:
    dialog = ConflictDialog(None, "plan", ConflictError("plan", CHANGE), {})
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Ms. Chen changed Status of this plan at 09:30" in dialog.message.text()
    assert "clipboard" not in dialog.help.text() and "typed" not in dialog.help.text()
    # message, help and buttons follow each other: no stretch of empty space between
    gap = dialog.reload_button.mapTo(dialog, dialog.reload_button.rect().topLeft()).y() \
        - dialog.help.geometry().bottom()
    assert gap < 24, gap
    assert dialog.height() < 200


def test_typed_text_is_shown_with_its_copy_button(qtbot: QtBot) -> None:
    dialog = ConflictDialog(None, "plan", ConflictError("plan", CHANGE),
                            {"Notes": "Talked about the welding program."})
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.text.isVisible()
    assert dialog.text.toPlainText() == "Talked about the welding program."
    assert "clipboard" in dialog.help.text()
