"""File > Restore: pick a backup from the list (or another file) and put it back.

The list shows every kind of backup, the databases that earlier restores replaced,
and damaged files kept for repair (shown, but they cannot be restored)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from counselor_app.services.backups import list_backups, restore
from counselor_app.store.backup import backup_dir
from counselor_app.ui.context import AppContext
from counselor_app.ui.shared.messages import shown

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class RestoreDialog(QDialog):
    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose the copy to put back. The current database is kept "
                               "in the list first, so a restore can be undone the same way."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        layout.addWidget(self.list)
        for info in list_backups(db_path, include_damaged=True):
            item = QListWidgetItem(shown(info.label))
            item.setData(PATH_ROLE, str(info.path))
            item.setToolTip(str(info.path))
            if info.damaged:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(self.tr("Damaged; kept for repair and cannot be restored: %s")
                                % info.path)
            self.list.addItem(item)
        if not self.list.count():
            self.list.addItem(QListWidgetItem(self.tr("(no backups yet)")))
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("&Restore"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        other = buttons.addButton(self.tr("&Other file…"), QDialogButtonBox.ButtonRole.ActionRole)
        other.clicked.connect(self._other)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.itemSelectionChanged.connect(self._selection)
        self.list.itemDoubleClicked.connect(lambda _item: self._accept())
        self._selection()
        self.resize(520, 360)

    def _selection(self) -> None:
        item = self.list.currentItem()
        self.restore_button.setEnabled(bool(item and item.data(PATH_ROLE)
                                            and item.flags() & Qt.ItemFlag.ItemIsEnabled))

    def _accept(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(PATH_ROLE):
            self.chosen = Path(item.data(PATH_ROLE))
            self.accept()

    def _other(self) -> None:
        source, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a file"), str(backup_dir(self.db_path)),
            self.tr("Database backups (*.db);;All files (*)"))
        if source:
            self.chosen = Path(source)
            self.accept()


def restore_backup(ctx: AppContext, parent: QWidget) -> bool:
    """Run File > Restore; True when the database was replaced."""
    from counselor_app.store.bootstrap import open_database

    db_path = ctx.db.path
    title = translate("RestoreDialog", "Restore")
    if db_path is None:
        QMessageBox.information(parent, title, translate(
            "RestoreDialog", "Restore works for database files only."))
        return False
    dialog = RestoreDialog(db_path, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
        return False
    answer = QMessageBox.question(
        parent, title,
        translate("RestoreDialog", "Replace the current database with this backup?\n\n%s\n\n"
                  "The current database is kept as a backup first.") % dialog.chosen)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    read_only = ctx.db.read_only
    ctx.db.dispose()
    replaced = True
    try:
        restore(db_path, dialog.chosen)
    except Exception as exc:
        replaced = False
        QMessageBox.warning(parent, title,
                            translate("RestoreDialog", "Nothing was replaced:\n%s") % shown(exc))
    ctx.db = open_database(str(db_path), read_only=read_only)
    if replaced:
        ctx.undo.clear()
        ctx.bus.database_replaced.emit()
        ctx.bus.students_changed.emit()
    return replaced
