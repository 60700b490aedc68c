"""Message catalogs for the printed plan: English, Spanish, Vietnamese, Arabic, and more.

A catalog is a JSON file named by its language code (``es.json``) whose keys are the
English messages and whose values are the translations; ``_meta`` gives the language's
own name and its direction. Built-in catalogs are in ``resources/translations/pdf``. A
district adds a language, or rewords a message, with a file of the same form in the
``translations/pdf`` folder of the app's data folder (or in ``$COUNSELOR_APP_PDF_CATALOGS``):
its messages win over the built-in ones, message by message.

Messages use ``{name}`` placeholders. ``tn`` picks a plural form: a key ``"one|other"``
in the catalog, with the translation's forms separated the same way.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

ENGLISH = "en"

# Names a student information system may send in a "Home Language" column.
_NAMES = {
    "en": ("english", "eng", "en-us", "inglés", "ingles"),
    "es": ("spanish", "spa", "español", "espanol", "castilian", "es-mx", "es-us"),
    "vi": ("vietnamese", "vie", "tiếng việt", "tieng viet"),
    "ar": ("arabic", "ara", "العربية", "عربي"),
    "zh": ("chinese", "zho", "chi", "mandarin", "cantonese", "中文", "zh-cn", "zh-tw"),
    "ko": ("korean", "kor", "한국어"),
    "hi": ("hindi", "hin", "हिन्दी"),
    "so": ("somali", "som"),
    "ht": ("haitian creole", "hat", "kreyòl"),
    "tl": ("tagalog", "tgl", "filipino", "fil"),
    "ru": ("russian", "rus", "русский"),
    "pt": ("portuguese", "por", "português"),
    "fr": ("french", "fra", "fre", "français"),
}


def language_code(value: str) -> str | None:
    """'Spanish', 'spa', 'es', 'ES-mx' -> 'es'; '' -> ''; None when not recognized."""
    text = value.strip().casefold()
    if not text:
        return ""
    for code, names in _NAMES.items():
        if text == code or text in names:
            return code
    head = text.replace("_", "-").split("-")[0]
    if len(head) == 2 and head.isalpha() and head in _NAMES:
        return head
    return None


@dataclass
class Catalog:
    code: str
    name: str
    rtl: bool
    messages: dict[str, str] = field(default_factory=dict)
    months: tuple[str, ...] = ()
    date_pattern: str = "{month} {day}, {year}"
    decimal: str = "."


def _builtin_files() -> dict[str, Path]:
    from counselor_app.config import resources_dir

    folder = resources_dir() / "translations" / "pdf"
    return {p.stem: p for p in folder.glob("*.json")} if folder.is_dir() else {}


def district_folder() -> Path:
    override = os.environ.get("COUNSELOR_APP_PDF_CATALOGS")
    if override:
        return Path(override)
    from counselor_app.config import data_dir

    return data_dir() / "translations" / "pdf"


def read_catalog(source: Any, name: str) -> dict[str, Any]:
    """A catalog file's entries; {} (and a warning in the log) when it cannot be read."""
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("translation catalog %s not used: %s", name, exc)
        return {}
    return data if isinstance(data, dict) else {}


_lock = threading.Lock()
_cache: dict[str, Catalog] = {}


def clear_cache() -> None:
    """Forget catalogs read so far (a district file changed; tests)."""
    from counselor_app.reports.requirement_words import clear_cache as clear_words

    with _lock:
        _cache.clear()
    clear_words()


def _load(code: str) -> Catalog | None:
    builtin = _builtin_files()
    district = district_folder() / f"{code}.json"
    data: dict[str, Any] = {}
    if code in builtin:
        data = read_catalog(builtin[code], f"{code}.json")
    if district.is_file():
        extra = read_catalog(district, str(district))
        meta = {**data.get("_meta", {}), **extra.get("_meta", {})}
        data = {**data, **extra, "_meta": meta}
    if not data and code != ENGLISH:
        return None
    meta = data.pop("_meta", {}) if data else {}
    messages = {k: v for k, v in data.items() if isinstance(v, str)}
    return Catalog(code, str(meta.get("name", code)), bool(meta.get("rtl", False)), messages,
                   tuple(meta.get("months", ())), str(meta.get("date", "{month} {day}, {year}")),
                   str(meta.get("decimal", ".")))


def catalog(code: str) -> Catalog:
    """The catalog for ``code``; English (the messages themselves) when there is none."""
    code = (code or ENGLISH).lower()
    with _lock:
        found = _cache.get(code)
        if found is None:
            found = _load(code) or _load(ENGLISH)
            assert found is not None
            _cache[code] = found
        return found


def available_languages() -> list[tuple[str, str]]:
    """(code, own name) of every language with a catalog, English first."""
    codes = set(_builtin_files())
    folder = district_folder()
    if folder.is_dir():
        codes |= {p.stem for p in folder.glob("*.json")}
    codes.discard(ENGLISH)
    return [(ENGLISH, "English")] + sorted(((c, catalog(c).name) for c in codes),
                                           key=lambda x: x[1])


_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


class Translator:
    """Messages, plurals, dates and numbers in one language."""

    def __init__(self, code: str = ENGLISH) -> None:
        self.catalog = catalog(code)
        self.code = self.catalog.code if self.catalog.messages else ENGLISH
        self.rtl = self.catalog.rtl

    def __call__(self, message: str, **values: Any) -> str:
        text = self.catalog.messages.get(message) or message
        return text.format(**values) if values else text

    def heading(self, message: str) -> str:
        """A column heading: the catalog's short form ("heading:Planned") when it has one."""
        return self.catalog.messages.get(f"heading:{message}") or self(message)

    def name(self, text: str) -> str:
        """A cluster, pathway or occupation name in this language (as is when unknown)."""
        return self.catalog.messages.get(text, text) if text else text

    def label(self, text: str) -> str:
        """A requirement set's name, label, description or source in this language
        (``requirement_words``; a word of the message catalog; as is when unknown)."""
        if not text or self.code == ENGLISH:
            return text
        from counselor_app.reports.requirement_words import requirement_words

        return requirement_words(self.code).get(text) or self.name(text)

    def has(self, message: str) -> bool:
        return self.code == ENGLISH or message in self.catalog.messages

    def plural(self, one: str, other: str, n: float, **values: Any) -> str:
        """``one`` or ``other`` by ``n`` (catalog key "one|other")."""
        key = f"{one}|{other}"
        forms = (self.catalog.messages.get(key) or key).split("|")
        text = forms[0] if n == 1 or len(forms) == 1 else forms[-1]
        return text.format(n=self.number(n), **values)

    def number(self, value: float) -> str:
        """1.0 -> '1', 0.5 -> '0.5' (Spanish '0,5')."""
        text = f"{value:.2f}".rstrip("0").rstrip(".")
        text = "0" if text in ("-0", "") else text
        return text.replace(".", self.catalog.decimal) if self.catalog.decimal != "." else text

    def money(self, value: float, *, hourly: bool = False) -> str:
        """$97,550 a year / $21.40 an hour, grouped as the language writes numbers."""
        text = f"{value:,.2f}" if hourly else f"{value:,.0f}"
        if self.catalog.decimal == ",":
            text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
        amount = f"${text}"
        return self("{amount} an hour", amount=amount) if hourly else \
            self("{amount} a year", amount=amount)

    def percent_change(self, value: float) -> str:
        """+4.9% (Spanish +4,9 %), the sign always shown."""
        sign = "+" if value > 0 else "−" if value < 0 else ""
        number = f"{abs(value):.1f}"
        if self.catalog.decimal != ".":
            number = number.replace(".", self.catalog.decimal)
        return self("{sign}{number}%", sign=sign, number=number)

    def date(self, day: dt.date) -> str:
        months = self.catalog.months if len(self.catalog.months) == 12 else _EN_MONTHS
        return self.catalog.date_pattern.format(month=months[day.month - 1], day=day.day,
                                                year=day.year, month_number=day.month)


def translator(code: str | None) -> Translator:
    return Translator(code or ENGLISH)
