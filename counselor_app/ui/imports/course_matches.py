"""Courses on transcripts that are not in the catalog: match each once.

A course number is matched to a catalog course (it then counts as that course) or kept
as transfer credit with a subject area and tags. The decision is remembered for every
later import (``transcripts.match_course``) and applied at once to the rows imported.
Shown on the import wizard's last page after a transcript import, and from
File > Transfer courses.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from counselor_app.services import browse, transcripts
from counselor_app.services.concurrency import ConflictError
from counselor_app.services.courses import catalog_order
from counselor_app.ui.context import AppContext
from counselor_app.ui.shared.conflict_dialog import OVERWRITE, resolve_conflict
from counselor_app.ui.shared.messages import shown
from counselor_app.ui.shared.ranked import RankedCompleter

_KEY = Qt.ItemDataRole.UserRole + 1


class CourseMatchPanel(QWidget):
    """The unmatched course numbers, and what the selected one stands for."""

    matched = Signal(int)  # transcript rows changed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Courses not in the catalog"))
        self.as_catalog = QRadioButton(self.tr("Counts as the &catalog course"))
        self.as_transfer = QRadioButton(self.tr("Keep as &transfer credit in"))
        group = QButtonGroup(self)
        group.addButton(self.as_catalog)
        group.addButton(self.as_transfer)
        self.course = QComboBox()
        self.course.setEditable(True)
        self.course.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.course.setAccessibleName(self.tr("Catalog course"))
        self._catalog: list[browse.CourseRow] = []
        # typing pops up the matching courses, an exact title or code first
        self.completer = RankedCompleter(self.course,
                                         lambda text: catalog_order(self._catalog, text))
        self.area = QComboBox()
        self.area.setEditable(True)
        self.area.setAccessibleName(self.tr("Subject area"))
        for box in (self.course, self.area):  # long titles never widen it past the screen
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(28)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Tags, e.g. world-language; ag:e"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.save_button = QPushButton(self.tr("&Save match"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.as_catalog, self.course)
        form.addRow(self.as_transfer, self.area)
        form.addRow(self.tr("Ta&gs"), self.tags)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.heading)
        lay.addWidget(self.list, 1)
        lay.addLayout(form)
        lay.addLayout(buttons)
        self.as_catalog.setChecked(True)
        self.list.currentItemChanged.connect(lambda *_: self._update())
        self.as_catalog.toggled.connect(lambda *_: self._update())
        self.save_button.clicked.connect(self.save)
        self.area.editTextChanged.connect(lambda *_: self.error.clear())
        self.course.editTextChanged.connect(lambda *_: self.error.clear())
        self.reload()

    def reload(self) -> None:
        rows = browse.catalog(self.ctx.db)
        self.course.clear()
        for r in rows:
            self.course.addItem(f"{r.code}  {r.title}", r.code)
        self.course.setCurrentIndex(-1)
        self._catalog = rows
        self.area.clear()
        self.area.addItems(sorted({r.subject_area for r in rows if r.subject_area}))
        self.area.setCurrentIndex(-1)
        self.list.clear()
        self._fill()

    def _fill(self) -> None:
        for u in transcripts.unmatched_courses(self.ctx.db):
            where = f" · {u.school}" if u.school else ""
            rows = self.tr("1 row") if u.rows == 1 else self.tr("%d rows") % u.rows
            title = u.title or self.tr("(no title)")
            item = QListWidgetItem(f"{u.source_code}  {title}{where} ({rows})")
            item.setData(_KEY, (u.school, u.source_code, u.title))
            self.list.addItem(item)
        n = self.list.count()
        self._heading()
        if n:
            self.list.setCurrentRow(0)
        self._update()

    def _heading(self) -> None:
        n = self.list.count()
        self.heading.setText(self.tr("%d course number(s) on transcripts are not in the "
                                     "catalog and count nowhere until matched. Each match is "
                                     "remembered for later imports.") % n if n else
                             self.tr("Every course on the transcripts is in the catalog or "
                                     "matched."))

    def _update(self) -> None:
        has = self.list.currentItem() is not None
        catalog = self.as_catalog.isChecked()
        self.course.setEnabled(has and catalog)
        self.area.setEnabled(has and not catalog)
        self.tags.setEnabled(has and not catalog)
        self.save_button.setEnabled(has)
        self.error.clear()

    def save(self) -> bool:
        item = self.list.currentItem()
        if item is None:
            return False
        school, code, title = item.data(_KEY)
        chosen = ""
        if self.as_catalog.isChecked():
            i = self.course.findText(self.course.currentText(), Qt.MatchFlag.MatchExactly)
            chosen = self.course.itemData(i) if i >= 0 else \
                self.course.currentText().split("  ")[0].strip()
            if not chosen:
                self.error.setText(self.tr("Choose the catalog course it counts as"))
                return False

        def match(unmatched: bool) -> int:
            by = self.ctx.settings().counselor_name
            if chosen:
                return transcripts.match_course(self.ctx.db, school, code,
                                                catalog_code=str(chosen), title=title, by=by,
                                                unmatched=unmatched)
            return transcripts.match_course(
                self.ctx.db, school, code, catalog_code=None,
                subject_area=self.area.currentText(),
                tags=transcripts.split_tags(self.tags.text()), title=title, by=by,
                unmatched=unmatched)
        try:
            try:
                changed = match(True)
            except ConflictError as exc:  # another counselor matched it since it was listed
                mine = self.course.currentText() if chosen else self.area.currentText()
                if resolve_conflict(self, self.tr("course number"), exc,
                                    {self.tr("Counts as"): mine}) != OVERWRITE:
                    self.reload()  # theirs applies; the number leaves the list
                    self.ctx.bus.students_changed.emit()
                    return False
                changed = match(False)
        except (LookupError, ValueError) as exc:
            self.error.setText(shown(exc))
            return False
        self.list.takeItem(self.list.row(item))
        self._heading()
        self.matched.emit(changed)
        self.ctx.bus.students_changed.emit()
        self._update()
        return True


class CourseMatchDialog(QDialog):
    """File > Transfer courses: the panel in a dialog."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Courses not in the catalog"))
        self.panel = CourseMatchPanel(ctx, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.panel, 1)
        lay.addWidget(buttons)
        self.resize(640, 460)
