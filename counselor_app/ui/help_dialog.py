"""F1: the offline user guide (HTML in resources/help), and Help > About."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counselor_app import APP_NAME, __version__
from counselor_app.config import resources_dir
from counselor_app.services.sources import data_sources
from counselor_app.services.stats import database_stats
from counselor_app.store.engine import Database
from counselor_app.ui.i18n import current_language

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def help_page(page: str, language: str | None = None) -> Path:
    """The user guide's ``page`` in the interface language (resources/help/<language>/),
    the English page when that language has none."""
    folder = resources_dir() / "help"
    language = language or current_language()
    name = Path(page).name
    translated = folder / language / name
    return translated if language != "en" and translated.is_file() else folder / name


class HelpBrowser(QTextBrowser):
    """Follows links to the page in the interface language, or to the English page."""

    def doSetSource(self, name: QUrl | str,  # noqa: N802 (Qt's name)
                    type: QTextDocument.ResourceType = QTextDocument.ResourceType.UnknownResource,
                    ) -> None:
        name = QUrl(name) if isinstance(name, str) else name
        if name.isLocalFile() and name.toLocalFile().endswith(".html"):
            target = help_page(name.toLocalFile())
            fixed = QUrl.fromLocalFile(str(target))
            fixed.setFragment(name.fragment())
            name = fixed
        super().doSetSource(name, type)


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, page: str = "index.html") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("%s — User guide") % APP_NAME)
        self.resize(820, 640)
        self.browser = HelpBrowser()
        self.browser.setAccessibleName(self.tr("User guide"))
        folder = resources_dir() / "help"
        self.browser.setSearchPaths([str(folder)])
        self.browser.setOpenExternalLinks(False)
        self.browser.setSource(QUrl.fromLocalFile(str(help_page(page))))
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        back.setEnabled(False)
        home = QPushButton(self.tr("Contents"))
        home.clicked.connect(self.browser.home)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addWidget(home)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(row)


def about_text(db: Database) -> str:
    stats = database_stats(db)
    where = escape(db.display_name)

    def label(text: str) -> str:
        return f"<b>{escape(text)}</b>"

    onet = next((src.credit for src in data_sources() if src.key == "onet"), "")
    database, version = (label(translate("HelpDialog", "Database:")),
                         label(translate("HelpDialog", "Built-in data version:")))
    students, plans = (label(translate("HelpDialog", "Students:")),
                       label(translate("HelpDialog", "Plans:")))
    sources = label(translate("HelpDialog", "Data sources"))
    data_version = escape(str(stats.get("data_version") or translate("HelpDialog", "none")))
    return (f"<h3>{APP_NAME} {__version__}</h3><p>"
            + escape(translate("HelpDialog", "Career clusters, programs of study and "
                               "educational plans for school counselors. Works fully "
                               "offline.")) + "</p>"
            f"<p>{database} {where}<br>{version} {data_version}<br>"
            f"{students} {stats['students']} &nbsp; {plans} {stats['plans']}</p>"
            f"<p>{sources}</p><ul>"
            + "".join(f"<li><b>{escape(src.name)}</b>, {escape(src.version)} "
                      f"({escape(src.license)})</li>" for src in data_sources())
            + "</ul><p>" + escape(onet) + "</p><p>"
            + escape(translate("HelpDialog", "All descriptions of clusters, pathways, programs "
                               "and courses are our own writing. The full credits are in the "
                               "user guide (F1), “Where the data comes from”.")) + "</p>")


def show_about(parent: QWidget, db: Database) -> None:
    QMessageBox.about(parent, translate("HelpDialog", "About %s") % APP_NAME, about_text(db))
