"""F1: the offline user guide (HTML in resources/help), and Help > About."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl
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


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, page: str = "index.html") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("%s — User guide") % APP_NAME)
        self.resize(820, 640)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("User guide"))
        folder = resources_dir() / "help"
        self.browser.setSearchPaths([str(folder)])
        self.browser.setOpenExternalLinks(False)
        self.browser.setSource(QUrl.fromLocalFile(str(folder / page)))
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
    return (f"<h3>{APP_NAME} {__version__}</h3>"
            "<p>Career clusters, programs of study and educational plans for school "
            "counselors. Works fully offline.</p>"
            f"<p><b>Database:</b> {where}<br><b>Built-in data version:</b> "
            f"{escape(str(stats.get('data_version') or 'none'))}<br>"
            f"<b>Students:</b> {stats['students']} &nbsp; <b>Plans:</b> {stats['plans']}</p>"
            "<p><b>Data sources</b></p><ul>"
            + "".join(f"<li><b>{escape(src.name)}</b>, {escape(src.version)} "
                      f"({escape(src.license)})</li>" for src in data_sources())
            + "</ul><p>" + escape(next((src.credit for src in data_sources()
                                         if src.key == "onet"), ""))
            + "</p><p>All descriptions of clusters, pathways, programs and courses are our "
            "own writing. The full credits are in the user guide (F1), "
            "<i>Where the data comes from</i>.</p>")


def show_about(parent: QWidget, db: Database) -> None:
    QMessageBox.about(parent, parent.tr("About %s") % APP_NAME, about_text(db))
