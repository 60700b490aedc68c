"""The interface language: Qt Linguist catalogs (resources/translations) installed at start."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from counselor_app.config import resources_dir

log = logging.getLogger(__name__)

CATALOG = "counselor_app"
INTERFACE_LANGUAGES = ("en", "es")  # English is the source text; the rest have catalogs
_current = ["en"]  # the language whose catalogs are installed
_locale_before: list[QLocale] = []  # the default locale to put back with English


def current_language() -> str:
    """The language the interface shows now ("en" until a catalog is installed)."""
    return _current[0]


def interface_language(choice: str, system: QLocale | None = None) -> str:
    """The language the interface shows for a setting ("system", "en", "es")."""
    if choice in INTERFACE_LANGUAGES:
        return choice
    name = (system or QLocale.system()).name()  # "es_MX", "en_US", "C"
    code = name.split("_")[0].lower()
    return code if code in INTERFACE_LANGUAGES else "en"


def install_translators(app: QCoreApplication, choice: str) -> list[QTranslator]:
    """Install our catalog and Qt's own (dialog buttons) for the chosen language.

    Returns the installed translators; the caller keeps them alive as long as the app runs.
    A missing catalog leaves the interface in English and is logged, never fatal.
    """
    language = interface_language(choice)
    if language == "en":
        return []
    installed = []
    ours = QTranslator(app)
    folder = resources_dir() / "translations"
    if ours.load(f"{CATALOG}_{language}", str(folder)):
        app.installTranslator(ours)
        installed.append(ours)
        _current[0] = language
        # dates in date fields and decimal commas in number fields follow the language
        _locale_before[:] = [QLocale()]
        QLocale.setDefault(QLocale(language))
    else:
        log.warning("no interface catalog for %s in %s", language, folder)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    _current[0] = "en"
    if _locale_before:
        QLocale.setDefault(_locale_before.pop())
