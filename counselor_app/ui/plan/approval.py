"""Approve a plan (name from Settings, problems acknowledged) and record sign-offs.

The dialog never uses the computer's user name: without a counselor name in Settings
it asks for one and saves it there. With errors or shortfalls in the checks, Approve
stays disabled until the counselor ticks that they approve anyway; the problems are
stored with the version.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counselor_app.services import versions
from counselor_app.services.concurrency import PlanChangedError
from counselor_app.services.plans import PlanView, load_plan
from counselor_app.services.settings import save_settings
from counselor_app.services.signoffs import RELATIONSHIPS, SignoffError, add_signoff
from counselor_app.ui.context import AppContext
from counselor_app.ui.shared.conflict_dialog import OVERWRITE, resolve_conflict
from counselor_app.ui.shared.messages import shown
from counselor_app.ui.shared.words import (
    change_text,
    date_field_format,
    date_words,
    issue_text,
    plan_status_title,
    short_date_year,
    shortfall_text,
)


class ApprovalDialog(QDialog):
    """Confirm an approval; ``version`` holds the recorded version once accepted."""

    def __init__(self, ctx: AppContext, plan_id: int, plan_name: str,
                 parent: QWidget | None = None, *, seen: PlanView | None = None) -> None:
        """``seen``: the plan as the editor shows it; a plan someone else changed since
        is not approved without the counselor seeing what they changed."""
        super().__init__(parent)
        self.ctx, self.plan_id, self.seen = ctx, plan_id, seen
        self.version: versions.VersionSummary | None = None
        self.setWindowTitle(self.tr("Approve plan"))
        self.check = versions.check_approval(ctx.db, plan_id, ctx.settings())
        heading = QLabel(self.tr("Approve \u201c%s\u201d") % plan_name)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        self.name = QLineEdit(self.check.counselor)
        self.name.setAccessibleName(self.tr("Approved by"))
        self.name.setPlaceholderText(self.tr("Your name as it prints on the plan"))
        self.name.setReadOnly(bool(self.check.counselor))
        name_note = QLabel(self.tr("From Settings (Counselor name)") if self.check.counselor
                           else self.tr("Not set yet: it is saved in Settings as your "
                                        "counselor name"))
        name_note.setObjectName("Hint")
        form = QFormLayout()
        form.addRow(self.tr("Approved &by"), self.name)
        form.addRow("", name_note)
        form.addRow(self.tr("Date"), QLabel(date_words(dt.date.today())))
        lay = QVBoxLayout(self)
        lay.addWidget(heading)
        lay.addLayout(form)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems in the checks"))
        self.problems.setWordWrap(True)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.anyway = QCheckBox(self.tr("I have gone over these problems and approve the "
                                        "plan anyway"))
        if self.check.problems:
            warn = QLabel(self.tr("<b>The checks show %d problem(s).</b> They are kept with "
                                  "the approved version.") % len(self.check.problems))
            warn.setWordWrap(True)
            warn.setObjectName("ApprovalWarning")
            lay.addWidget(warn)
            checks = {i.message: i for i in self.check.issues}
            self.problems.addItems([issue_text(checks[e]) if e in checks else shown(e)
                                    for e in self.check.errors]
                                   + [shortfall_text(s) for s in self.check.short])
            lay.addWidget(self.problems, 1)
            lay.addWidget(self.anyway)
        else:
            ok = QLabel(self.tr("✓ The checks show no errors and no shortfalls."))
            lay.addWidget(ok)
        about = QLabel(self.tr("Approving keeps a copy of this plan, its checks and the "
                               "printed PDF, with your name and today's date. Any later "
                               "change starts a new draft; the approved copy can always "
                               "be reprinted from the history."))
        about.setWordWrap(True)
        about.setObjectName("Hint")
        lay.addWidget(about)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        lay.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.approve_button = self.buttons.addButton(self.tr("&Approve"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        lay.addWidget(self.buttons)
        self.setStyleSheet("#Hint { color: palette(dark); } "
                           "#ApprovalWarning { color: #8a5a00; }")
        self.buttons.rejected.connect(self.reject)
        self.approve_button.clicked.connect(self.approve)
        self.name.textChanged.connect(self._update)
        self.anyway.toggled.connect(self._update)
        self._update()
        self.resize(560, 420 if self.check.problems else 260)

    def _update(self) -> None:
        ready = bool(self.name.text().strip()) and (not self.check.problems
                                                    or self.anyway.isChecked())
        self.approve_button.setEnabled(ready)

    def approve(self) -> None:
        name = " ".join(self.name.text().split())
        if not name:
            return
        settings = self.ctx.settings()
        try:
            if name != settings.counselor_name.strip():
                shown, settings = settings, dataclasses.replace(settings, counselor_name=name)
                save_settings(self.ctx.db, settings, original=shown, overwrite=True)
                self.ctx.bus.settings_changed.emit()
            self.version = versions.approve_plan(self.ctx.db, self.plan_id,
                                                 acknowledged=self.check.problems,
                                                 settings=settings, seen=self.seen)
        except PlanChangedError as exc:
            self._changed_meanwhile(exc)
            return
        except versions.ApprovalNeedsConfirmation as exc:
            self.error.setText(self.tr("The checks changed; look again before approving: "
                                       "%s") % "; ".join(exc.problems))
            self.check = versions.check_approval(self.ctx.db, self.plan_id, settings)
            return
        except (versions.ApprovalRefused, ValueError, LookupError) as exc:
            self.error.setText(shown(exc))
            return
        self.ctx.bus.plan_changed.emit(self.plan_id)
        self.accept()

    def _changed_meanwhile(self, exc: PlanChangedError) -> None:
        """Someone else changed the plan since the editor showed it: list what they
        changed; Reload shows the plan as it is now (nothing approved), or approve it as
        it is now, having seen the list."""
        details = [change_text(c) for c in exc.changes]
        if exc.status:
            details.insert(0, self.tr("Status: %1 \u2192 %2")
                           .replace("%1", plan_status_title(exc.status[0]))
                           .replace("%2", plan_status_title(exc.status[1])))
        choice = resolve_conflict(
            self, self.tr("plan"), exc, {}, details=details,
            overwrite_text=self.tr("&Approve it as it is now"),
            help_text=self.tr("Nothing was approved. Reload shows the plan as it is now, so "
                              "you can look it over before approving it; or approve it as "
                              "it is now, with the changes listed above."))
        if choice == OVERWRITE:  # the checks are run again: new problems still stop it
            self.seen = load_plan(self.ctx.db, self.plan_id)
            self.approve()
            return
        self.ctx.bus.plan_changed.emit(self.plan_id)  # the editor shows the plan as it is
        self.reject()


class SignoffDialog(QDialog):
    """A student's or a parent's/guardian's sign-off of one approved version."""

    def __init__(self, ctx: AppContext, version: versions.VersionSummary,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.version = ctx, version
        self.attachment: Path | None = None
        self.signoff_id: int | None = None
        self.setWindowTitle(self.tr("Record sign-off"))
        self.role = QComboBox()
        self.role.addItem(self.tr("Student"), "student")
        self.role.addItem(self.tr("Parent or guardian"), "guardian")
        self.printed = QLineEdit()
        self.printed.setPlaceholderText(self.tr("Name as signed"))
        self.relationship = QComboBox()
        self.relationship.setEditable(True)
        self.relationship.addItems(["", *RELATIONSHIPS])
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_field_format())
        self.date.setMaximumDate(QDate.currentDate())
        self.file_label = QLabel(self.tr("No scanned page"))
        attach = QPushButton(self.tr("Attach &signed page…"))
        attach.setToolTip(self.tr("A scan or photo of the signed page: PDF, PNG or JPEG"))
        attach.clicked.connect(self.choose_attachment)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(attach)
        form = QFormLayout()
        form.addRow(self.tr("&Who"), self.role)
        form.addRow(self.tr("Printed &name"), self.printed)
        form.addRow(self.tr("&Relationship"), self.relationship)
        form.addRow(self.tr("&Date signed"), self.date)
        form.addRow(self.tr("Scanned page"), file_row)
        intro = QLabel(self.tr("Version %d, approved by %s on %s") % (
            version.number, version.approved_by,
            short_date_year(version.approved_at.date())))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        self.resize(480, 280)

    def _role_changed(self) -> None:
        guardian = self.role.currentData() == "guardian"
        self.relationship.setEnabled(guardian)
        if not guardian:
            self.relationship.setCurrentText("")

    def choose_attachment(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Signed page"), "",
                                              self.tr("Scans (*.pdf *.png *.jpg *.jpeg)"))
        if path:
            self.set_attachment(Path(path))

    def set_attachment(self, path: Path | None) -> None:
        self.attachment = path
        self.file_label.setText(path.name if path else self.tr("No scanned page"))

    def save(self) -> None:
        qd = self.date.date()
        try:
            self.signoff_id = add_signoff(
                self.ctx.db, self.version.id, role=str(self.role.currentData()),
                printed_name=self.printed.text(), relationship=self.relationship.currentText(),
                signed_on=dt.date(qd.year(), qd.month(), qd.day()),
                attachment=self.attachment, by=self.ctx.settings().counselor_name)
        except (SignoffError, LookupError) as exc:
            self.error.setText(shown(exc))
            return
        self.ctx.bus.plan_changed.emit(self.version.plan_id)
        self.accept()


__all__ = ["ApprovalDialog", "SignoffDialog"]
