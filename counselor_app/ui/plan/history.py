"""A plan's history: every approved version, its sign-offs, reprint, compare.

Reprinting writes the PDF stored at approval, byte for byte. Comparing shows two
versions (or a version and the plan as it is now) side by side with the list of
differences above them.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counselor_app.services import plans, versions
from counselor_app.services.signoffs import signoff_attachment
from counselor_app.ui.context import AppContext
from counselor_app.ui.plan.approval import SignoffDialog
from counselor_app.ui.shared.messages import shown
from counselor_app.ui.shared.words import (
    approval_headline,
    change_text,
    course_status_title,
    date_words,
    field_title,
    grade_title,
    number,
)

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

_Index = QModelIndex | QPersistentModelIndex
CURRENT = -1  # the plan as it is now, in the compare choices


def _date(value: Any) -> str:
    return date_words(value.date() if isinstance(value, dt.datetime) else value)


def _who(s: versions.SignoffView) -> str:
    if s.role == "student":
        return translate("HistoryDialog", "student")
    return (s.relationship or translate("HistoryDialog", "guardian")).lower()


class VersionModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("VersionModel", "Version"),
               QT_TRANSLATE_NOOP("VersionModel", "Approved by"),
               QT_TRANSLATE_NOOP("VersionModel", "Approved"),
               QT_TRANSLATE_NOOP("VersionModel", "Sign-offs"),
               QT_TRANSLATE_NOOP("VersionModel", "PDF checksum"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[versions.VersionSummary] = []

    def set_rows(self, rows: list[versions.VersionSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(self.HEADERS[section]))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        v = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"SHA-256 {v.checksum}" if index.column() == 4 else None
        signed = ", ".join(f"{s.printed_name or s.attachment_name} ({_who(s)})"
                           for s in v.signoffs)
        return (f"{v.number}" + (" " + self.tr("(current)") if v.current else ""),
                v.approved_by, f"{_date(v.approved_at)} {v.approved_at.strftime('%H:%M')}",
                signed or "—", v.checksum[:12] + "…")[index.column()]


def snapshot_html(data: dict[str, Any], highlight: set[tuple[str, int]] | None = None,
                  title: str = "") -> str:
    """One frozen plan as a readable page; courses in ``highlight`` are marked."""
    highlight = highlight or set()
    e = html.escape
    out = [f"<h3>{e(title)}</h3>"] if title else []
    goals = [(field_title("program_name"), data.get("program_name") or ""),
             (field_title("career_goal"), data.get("career_goal") or ""),
             (field_title("postsecondary_type"), " · ".join(
                 x for x in (data.get("postsecondary_type"),
                             data.get("postsecondary_institution")) if x))]
    out.append("<table cellspacing=0 cellpadding=2>")
    out += [f"<tr><td><i>{e(k)}</i></td><td>{e(v) or '—'}</td></tr>" for k, v in goals]
    out.append("</table>")
    levels: dict[int, list[dict[str, Any]]] = {}
    for c in data.get("courses", []):
        levels.setdefault(int(c["level"]), []).append(c)
    out.append("<table cellspacing=0 cellpadding=2>")
    for level in sorted(levels):
        out.append(f"<tr><td colspan=4 style='padding-top:8px'><b>{e(grade_title(level))}"
                   "</b></td></tr>")
        for c in levels[level]:
            mark = (c.get("code"), level) in highlight
            style = " style='background:#fff3c4'" if mark else ""
            status = course_status_title(c.get("status", ""))
            extra = f" {e(c['mark'])}" if c.get("mark") else ""
            out.append(f"<tr{style}><td>{e(c['code'])}&nbsp;&nbsp;</td>"
                       f"<td>{e(c.get('title', ''))}&nbsp;&nbsp;</td>"
                       f"<td align=right>{number(float(c.get('credits', 0)))}"
                       f"&nbsp;&nbsp;</td><td>{e(status)}{extra}</td></tr>")
    out.append("</table>")
    if data.get("family_notes"):
        notes = field_title("family_notes") + ":"
        out.append(f"<p><i>{e(notes)}</i> {e(data['family_notes'])}</p>")
    return "".join(out)


def _changed_courses(old: dict[str, Any], new: dict[str, Any]) -> tuple[set[Any], set[Any]]:
    old_set = {(c["code"], int(c["level"]), c.get("status"), c.get("mark") or "")
               for c in old.get("courses", [])}
    new_set = {(c["code"], int(c["level"]), c.get("status"), c.get("mark") or "")
               for c in new.get("courses", [])}
    return ({(k[0], k[1]) for k in old_set - new_set}, {(k[0], k[1]) for k in new_set - old_set})


class CompareDialog(QDialog):
    """Two frozen plans side by side, differences listed above them."""

    def __init__(self, ctx: AppContext, plan_id: int, older: int, newer: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare versions"))
        left = versions.version_snapshot(ctx.db, older)
        if newer == CURRENT:
            right = versions.snapshot(plans.load_plan(ctx.db, plan_id))
            right_title = self.tr("The plan now")
        else:
            right = versions.version_snapshot(ctx.db, newer)
            right_title = self.tr("Version %d, approved %s") % (
                right["number"], _date(dt.datetime.fromisoformat(right["approved_at"])))
        left_title = self.tr("Version %d, approved %s") % (
            left["number"], _date(dt.datetime.fromisoformat(left["approved_at"])))
        self.changes = [change_text(c) for c in versions.diff_snapshots(left, right)]
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Differences"))
        self.list.addItems(self.changes or [self.tr("No differences")])
        self.list.setMaximumHeight(140)
        gone, came = _changed_courses(left, right)
        self.left = QTextBrowser()
        self.left.setHtml(snapshot_html(left, gone, left_title))
        self.right = QTextBrowser()
        self.right.setHtml(snapshot_html(right, came, right_title))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.left)
        split.addWidget(self.right)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("%d difference(s); changed courses are highlighted")
                             % len(self.changes)))
        lay.addWidget(self.list)
        lay.addWidget(split, 1)
        lay.addWidget(buttons)
        self.resize(980, 640)


class HistoryDialog(QDialog):
    """Versions of one plan: view, reprint exactly, record sign-offs, compare."""

    def __init__(self, ctx: AppContext, plan_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.plan_id = ctx, plan_id
        self.setWindowTitle(self.tr("Plan history"))
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.changes = QListWidget()
        self.changes.setAccessibleName(self.tr("Changes since approval"))
        self.changes.setMaximumHeight(110)
        self.model = VersionModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Approved versions"))
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Selected version"))
        self.reprint_button = QPushButton(self.tr("&Reprint PDF…"))
        self.reprint_button.setToolTip(self.tr("Save the PDF exactly as it was printed at "
                                               "approval"))
        self.signoff_button = QPushButton(self.tr("Record &sign-off…"))
        self.attachment_button = QPushButton(self.tr("Save scanned &page…"))
        self.compare_button = QPushButton(self.tr("&Compare…"))
        self.compare_button.setToolTip(self.tr("Select two versions to compare them, or one "
                                               "to compare it with the plan now"))
        row = QHBoxLayout()
        for b in (self.reprint_button, self.signoff_button, self.attachment_button,
                  self.compare_button):
            row.addWidget(b)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.preview)
        split.setSizes([160, 320])
        lay = QVBoxLayout(self)
        lay.addWidget(self.state_label)
        lay.addWidget(self.changes)
        lay.addWidget(split, 1)
        lay.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.reprint_button.clicked.connect(lambda: self.reprint())
        self.signoff_button.clicked.connect(self.record_signoff)
        self.attachment_button.clicked.connect(lambda: self.save_attachment())
        self.compare_button.clicked.connect(self.compare)
        self.compare_dialog: CompareDialog | None = None
        self.refresh()
        self.resize(900, 620)

    def refresh(self) -> None:
        state = versions.approval_state(self.ctx.db, self.plan_id)
        self.model.set_rows(versions.list_versions(self.ctx.db, self.plan_id))
        if state.last is None:
            self.state_label.setText(self.tr("This plan has not been approved yet."))
        else:
            self.state_label.setText(f"<b>{html.escape(approval_headline(state))}</b>")
        self.changes.clear()
        self.changes.addItems([change_text(c) for c in state.changes])
        self.changes.setVisible(bool(state.changes))
        if self.model.rows:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> list[versions.VersionSummary]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r] for r in rows]

    def _selection_changed(self) -> None:
        chosen = self.selected()
        one = len(chosen) == 1
        self.reprint_button.setEnabled(one)
        self.signoff_button.setEnabled(one)
        self.attachment_button.setEnabled(one and any(s.attachment_name
                                                      for s in chosen[0].signoffs))
        self.compare_button.setEnabled(len(chosen) in (1, 2))
        if one:
            v = chosen[0]
            data = versions.version_snapshot(self.ctx.db, v.id)
            page = snapshot_html(data, title=self.tr("Version %d, approved by %s on %s")
                                 % (v.number, v.approved_by, _date(v.approved_at)))
            if v.acknowledged:
                page += ("<p><b>" + html.escape(self.tr("Approved with these problems:"))
                         + "</b><br>" + "<br>".join(html.escape(a) for a in v.acknowledged)
                         + "</p>")
            for s in v.signoffs:
                signed = self.tr("Signed by %1 (%2) on %3").replace(
                    "%1", s.printed_name or "—").replace("%2", _who(s)).replace(
                    "%3", _date(s.signed_on))
                if s.attachment_name:
                    signed += "; " + self.tr("scanned page %s") % s.attachment_name
                page += f"<p>{html.escape(signed)}</p>"
            self.preview.setHtml(page)
        else:
            self.preview.clear()

    def reprint(self, path: str | None = None) -> Path | None:
        chosen = self.selected()
        if len(chosen) != 1:
            return None
        v = chosen[0]
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Reprint PDF"), f"{v.plan_name} v{v.number}.pdf",
                self.tr("PDF (*.pdf)"))
            if not path:
                return None
        try:
            data = versions.version_pdf(self.ctx.db, v.id)
            Path(path).write_bytes(data)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Reprint PDF"), shown(exc))
            return None
        return Path(path)

    def record_signoff(self) -> SignoffDialog | None:
        chosen = self.selected()
        if len(chosen) != 1:
            return None
        dialog = SignoffDialog(self.ctx, chosen[0], self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def save_attachment(self, path: str | None = None) -> Path | None:
        chosen = self.selected()
        signoff = next((s for v in chosen[:1] for s in v.signoffs if s.attachment_name), None)
        if signoff is None:
            return None
        found = signoff_attachment(self.ctx.db, signoff.id)
        if found is None:
            return None
        name, _mime, data = found
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save scanned page"), name)
            if not path:
                return None
        Path(path).write_bytes(data)
        return Path(path)

    def compare(self) -> CompareDialog | None:
        chosen = self.selected()
        if len(chosen) == 2:
            older, newer = sorted(chosen, key=lambda v: v.number)
            dialog = CompareDialog(self.ctx, self.plan_id, older.id, newer.id, self)
        elif len(chosen) == 1:
            dialog = CompareDialog(self.ctx, self.plan_id, chosen[0].id, CURRENT, self)
        else:
            return None
        self.compare_dialog = dialog
        dialog.open()
        return dialog
