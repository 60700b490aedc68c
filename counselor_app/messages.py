"""Messages for the counselor from the layers below ui/, in English and in translation.

A service builds a message from a template with named values, ``msg("{file}: row {row} is
empty", file=name, row=3)``. The result is a :class:`Message`: a ``str`` whose text is the
English sentence (what the command line prints, logs keep and tests compare), which also
keeps its template and values, so the interface can look the template up in a catalog
and fill the values in, in its own language. A value that is itself a Message (a reason
inside a larger sentence, or a word such as a field name made with ``msg("Grade")``) is
translated too; numbers follow the language (2,5 in Spanish).

``plural("{n} row", "{n} rows", n=n)`` picks a form by ``n``; its catalog key is the two
English forms joined by ``|``, and the translation gives its forms the same way.

Catalogs are JSON files named by language code (``es.json``): keys are the English
templates, values the translations, ``_meta`` gives the decimal mark. The built-in ones are
in ``resources/translations/messages``; a district adds a language or rewords a message
with a file of the same form in ``translations/messages`` in the app's data folder (or in
``$COUNSELOR_APP_MESSAGE_CATALOGS``), message by message. A template a catalog lacks is
shown in English (tests/unit/test_message_catalog.py fails on any built-in one missing).
"""

from __future__ import annotations

import json
import logging
import os
import string
import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

ENGLISH = "en"


class Message(str):
    """English text that remembers its template and values (see the module's docstring)."""

    template: str
    values: dict[str, Any]
    forms: tuple[str, ...]  # (one, other) for a plural, () otherwise

    def __new__(cls, template: str, values: Mapping[str, Any] | None = None,
                forms: tuple[str, ...] = ()) -> Message:
        values = dict(values or {})
        chosen = _form(forms, values) if forms else template
        self = super().__new__(cls, chosen.format_map(values) if values else chosen)
        self.template, self.values, self.forms = template, values, forms
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # a worker process hands it back intact
        return (Message, (self.template, self.values, self.forms))

    def with_values(self, change: Callable[[Any], Any]) -> Message:
        """The same message with ``change`` applied to every plain text value (nested
        messages too), e.g. to redact a password."""
        def one(value: Any) -> Any:
            if isinstance(value, Message):
                return value.with_values(change)
            return change(value) if isinstance(value, str) else value

        return Message(self.template, {k: one(v) for k, v in self.values.items()},
                       self.forms)


def msg(template: str, /, **values: Any) -> Message:
    """A message from an English template with ``{name}`` placeholders."""
    return Message(template, values)


def plural(one: str, other: str, /, n: int, **values: Any) -> Message:
    """``one`` when ``n`` is 1, ``other`` otherwise; both may use ``{n}``."""
    return Message(f"{one}|{other}", {"n": n, **values}, (one, other))


class Listing(Message):
    """Messages joined by ``sep`` ("3 to add, 1 to update, 2 errors"); each part is
    translated on its own."""

    parts: tuple[str, ...]
    sep: str

    def __new__(cls, parts: Sequence[str], sep: str = ", ") -> Listing:
        self = str.__new__(cls, sep.join(parts))
        self.template, self.values, self.forms = "", {}, ()
        self.parts, self.sep = tuple(parts), sep
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Listing, (self.parts, self.sep))

    def with_values(self, change: Callable[[Any], Any]) -> Message:
        return Listing([p.with_values(change) if isinstance(p, Message) else change(p)
                        for p in self.parts], self.sep)


def and_list(items: Sequence[str]) -> str:
    """'A', 'A and C', 'A, B and C' (and in the catalog's language)."""
    if len(items) < 2:
        return "".join(items)
    return msg("{first} and {last}", first=", ".join(items[:-1]), last=items[-1])


def _form(forms: tuple[str, ...], values: Mapping[str, Any]) -> str:
    return forms[0] if values.get("n") == 1 else forms[-1]


def message_of(value: object) -> object:
    """The message an exception carries (its first argument), or ``value`` itself."""
    if isinstance(value, BaseException):
        found = getattr(value, "message", None)
        if isinstance(found, Message):
            return found
        if value.args and isinstance(value.args[0], Message):
            return value.args[0]
        return str(value) or value.__class__.__name__
    return value


def exception_text(exc: BaseException) -> str:
    """What an exception says: its Message when it carries one (so a worker's result can
    still be translated), its text otherwise."""
    found = message_of(exc)
    return found if isinstance(found, str) else str(found)


# --- catalogs ---------------------------------------------------------------------------

def _builtin_folder() -> Path:
    from counselor_app.config import resources_dir

    return resources_dir() / "translations" / "messages"


def district_folder() -> Path:
    override = os.environ.get("COUNSELOR_APP_MESSAGE_CATALOGS")
    if override:
        return Path(override)
    from counselor_app.config import data_dir

    return data_dir() / "translations" / "messages"


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("message catalog %s not used: %s", path.name, exc)
        return {}
    return data if isinstance(data, dict) else {}


_lock = threading.Lock()
_catalogs: dict[str, dict[str, Any]] = {}


def clear_cache() -> None:
    with _lock:
        _catalogs.clear()


def catalog(language: str) -> dict[str, Any]:
    """The messages of ``language`` (built-in, then the district's), with ``_meta``."""
    with _lock:
        found = _catalogs.get(language)
        if found is None:
            found = {}
            for folder in (_builtin_folder(), district_folder()):
                path = folder / f"{language}.json"
                if path.is_file():
                    data = _read(path)
                    meta = {**found.get("_meta", {}), **data.get("_meta", {})}
                    found = {**found, **data, "_meta": meta}
            _catalogs[language] = found
        return found


class _Formatter(string.Formatter):
    def __init__(self, decimal: str) -> None:
        self.decimal = decimal

    def format_field(self, value: Any, format_spec: str) -> str:
        text = super().format_field(value, format_spec)
        if isinstance(value, int | float) and not isinstance(value, bool) and \
                self.decimal == ",":  # 1,234.5 -> 1.234,5
            text = text.translate(_SWAP)
        return text


_SWAP = str.maketrans(".,", ",.")


def translated(value: object, language: str) -> str:
    """``value`` (a Message, an exception carrying one, or any text) in ``language``;
    English where the catalog has no translation."""
    value = message_of(value)
    if language == ENGLISH or not isinstance(value, Message):
        return str(value)
    if isinstance(value, Listing):
        return value.sep.join(translated(p, language) for p in value.parts)
    messages = catalog(language)
    text = messages.get(value.template)
    if not isinstance(text, str) or not text.strip():
        if messages:
            log.warning("no %s translation for a message: %r", language, value.template)
        return str(value)
    values = {k: translated(v, language) if isinstance(v, Message) else v
              for k, v in value.values.items()}
    if value.forms:
        forms = text.split("|")
        text = forms[0] if values.get("n") == 1 else forms[-1]
    decimal = str(messages.get("_meta", {}).get("decimal", "."))
    try:
        return _Formatter(decimal).vformat(text, (), values)
    except (KeyError, IndexError, ValueError) as exc:  # a district's typo: never a crash
        log.warning("%s translation of %r not used: %s", language, value.template, exc)
        return str(value)
