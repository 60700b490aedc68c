"""Messages from the layers below ui/ (import problems, refusals, database errors) in the
interface language: ``shown(exc)`` or ``shown(row_error.reason)``.

The services build them as ``counselor_app.messages.Message`` (English text that keeps its
template and values); this looks the template up in the message catalog of the language
the interface shows (resources/translations/messages) and fills the values in.
"""

from __future__ import annotations

from counselor_app.messages import translated
from counselor_app.ui.i18n import current_language


def shown(value: object) -> str:
    """A message, an exception carrying one, or plain text, as the counselor reads it."""
    language = current_language()
    if type(value).__name__ == "ConflictError" and language != "en":
        from counselor_app.ui.shared.write_errors import describe_write_error  # who changed what

        assert isinstance(value, BaseException)
        return describe_write_error(value)
    return translated(value, language)
