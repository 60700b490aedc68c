"""The interface language: Qt Linguist catalogs (resources/translations) installed at start."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from counselor_app.config import resources_dir

log = logging.getLogger(__name__)

CATALOG = "counselor_app"
INTERFACE_LANGUAGES = ("en", "es")  # English is the source text; the rest have catalogs


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
