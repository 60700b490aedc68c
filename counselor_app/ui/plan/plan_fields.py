"""What the plan editor does with the plan's own fields: name, first grade, career and
postsecondary goals, both kinds of notes (saved after a pause) and comments."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from counselor_app.services import labor
from counselor_app.services.plans import PlanView
from counselor_app.ui.context import AppContext
from counselor_app.ui.i18n import current_language
from counselor_app.ui.plan.comment_commands import (
    AddCommentCommand,
    DeleteCommentCommand,
    EditCommentCommand,
)
from counselor_app.ui.plan.details_panel import PlanDetailsPanel
from counselor_app.ui.plan.plan_commands import SetFirstLevelCommand, UpdatePlanFieldsCommand
from counselor_app.ui.shared.words import data_word, number, printed

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def career_facts(lab: labor.LaborFigures) -> str:
    """The career goal's BLS line (``labor.summary``) in the interface language."""
    if current_language() == "en":
        return labor.summary(lab)
    parts = []
    if lab.median_annual is not None:
        parts.append(translate("CareerFacts", "median wage %1 a year").replace(
            "%1", labor.money(lab.median_annual)))
    elif lab.median_hourly is not None:
        parts.append(translate("CareerFacts", "median wage %1 an hour").replace(
            "%1", labor.money(lab.median_hourly, hourly=True)))
    if lab.change_percent is not None:
        sign = "+" if lab.change_percent >= 0 else "−"
        parts.append(translate("CareerFacts", "outlook 2024-34: %1 (%2%)").replace(
            "%1", data_word(lab.outlook).lower()).replace(
            "%2", sign + number(round(abs(lab.change_percent), 1))))
    if lab.entry_education:
        parts.append(translate("CareerFacts", "entry: %1").replace(
            "%1", data_word(lab.entry_education)))
    return translate("CareerFacts", "%1 (BLS %2, projections %3)").replace(
        "%1", "; ".join(parts)).replace("%2", _month_year(lab.wage_vintage)).replace(
        "%3", lab.projection_vintage)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def _month_year(text: str) -> str:
    """'May 2024' with the month in the interface language ('mayo de 2024')."""
    month, _, year = text.partition(" ")
    months = printed().catalog.months
    if month not in _MONTHS or len(months) != 12 or not year.isdigit():
        return text
    return translate("CareerFacts", "%1 %2").replace(
        "%1", months[_MONTHS.index(month)]).replace("%2", year)


class PlanFieldActions(QWidget):
    """The plan's own fields in the editor: name, start grade, goals, notes, comments."""

    ctx: AppContext
    plan_id: int | None
    view: PlanView | None
    name: QLineEdit
    details: PlanDetailsPanel
    _notes_timer: QTimer

    def _show_details(self, view: PlanView) -> None:
        d = self.details
        d.first_level.setCurrentIndex(max(d.first_level.findData(view.first_level), 0))
        lab = labor.occupation_labor(self.ctx.db, view.career_goal_soc)
        d.show_career_facts(self.tr("BLS: %s") % career_facts(lab) if lab else "")
        career_text = view.career_goal if view.career_goal_soc else view.career_goal_text
        if not d.career_edit.hasFocus():
            d.career.blockSignals(True)
            i = d.career.findData(view.career_goal_soc) if view.career_goal_soc else -1
            if i >= 0:
                d.career.setCurrentIndex(i)
            else:
                d.career.setCurrentIndex(-1)
                d.career.setEditText(career_text)
            d.career.blockSignals(False)
        d.ps_type.blockSignals(True)
        i = d.ps_type.findData(view.postsecondary_type)
        if i < 0:
            d.ps_type.addItem(view.postsecondary_type, view.postsecondary_type)
            i = d.ps_type.count() - 1
        d.ps_type.setCurrentIndex(i)
        d.ps_type.blockSignals(False)
        if not d.institution.hasFocus() or d.institution.text() == "":
            d.institution.setText(view.postsecondary_institution)
        if not self._notes_timer.isActive():
            for box, text in ((d.notes, view.notes), (d.family_notes, view.family_notes)):
                if box.toPlainText() == text:
                    continue
                box.blockSignals(True)
                cursor = box.textCursor().position()
                box.setPlainText(text)
                c = box.textCursor()
                c.setPosition(min(cursor, len(text)))
                box.setTextCursor(c)
                box.blockSignals(False)


    # --- plan fields -----------------------------------------------------------------
    def _push_fields(self, new: dict[str, str | None], text: str) -> None:
        if self.plan_id is None or self.view is None:
            return
        old = {key: getattr(self.view, key) for key in new}
        if old == new:
            return
        self.ctx.undo.push(UpdatePlanFieldsCommand(self.ctx, self.plan_id, old, new, text))

    def set_first_level(self, level: int) -> None:
        if self.plan_id is None or self.view is None or level == self.view.first_level:
            return
        lowest = min((c.level for c in self.view.courses if c.id > 0), default=99)
        if lowest < level:
            self.details.first_level.setCurrentIndex(
                self.details.first_level.findData(self.view.first_level))
            QMessageBox.information(self, self.tr("Plan start"),
                                    self.tr("The plan has courses in grade %d; move them "
                                            "before starting the plan in grade %d.")
                                    % (lowest, level))
            return
        self.ctx.undo.push(SetFirstLevelCommand(self.ctx, self.plan_id, level,
                                                self.view.first_level))

    def _save_name(self) -> None:
        name = self.name.text().strip()
        if not name and self.view is not None:
            self.name.setText(self.view.name)
            return
        self._push_fields({"name": name}, self.tr("Rename plan to %s") % name)

    def _save_career(self) -> None:
        soc, text = self.details.career_value()
        self._push_fields({"career_goal_soc": soc, "career_goal_text": text},
                          "Change career goal")

    def _save_postsecondary(self) -> None:
        self._push_fields({"postsecondary_type": str(self.details.ps_type.currentData() or ""),
                           "postsecondary_institution": self.details.institution.text().strip()},
                          "Change postsecondary goal")

    def _notes_edited(self) -> None:
        self._notes_timer.start()

    def _save_notes(self) -> None:
        self._notes_timer.stop()
        if self.view is None:
            return
        new: dict[str, str | None] = {"notes": self.details.notes.toPlainText(),
                                      "family_notes": self.details.family_notes.toPlainText()}
        changed = {k: v for k, v in new.items() if getattr(self.view, k) != v}
        if changed:
            self._push_fields(changed, "Edit notes for the family" if "family_notes" in changed
                              else "Edit counselor notes")

    def _flush_notes(self) -> None:
        if self._notes_timer.isActive():
            self._save_notes()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.details.notes, self.details.family_notes) and \
                event.type() == QEvent.Type.FocusOut:
            self._flush_notes()
        return super().eventFilter(watched, event)

    def counselor_name(self) -> str:
        """The name from Settings; never the computer's user name."""
        return self.ctx.settings().counselor_name.strip()

    def add_comment(self, text: str) -> None:
        if self.plan_id is None or not text.strip():
            return
        self.ctx.undo.push(AddCommentCommand(self.ctx, self.plan_id, self.counselor_name(),
                                             text.strip()))

    def edit_comment(self, comment_id: int, old: str, new: str) -> None:
        if self.plan_id is None or not new.strip() or new.strip() == old:
            return
        self.ctx.undo.push(EditCommentCommand(self.ctx, self.plan_id, comment_id, old,
                                              new.strip()))

    def delete_comment(self, comment_id: int) -> None:
        comment = next((c for c in self.view.comments if c.id == comment_id), None) \
            if self.view is not None else None
        if self.plan_id is None or comment is None:
            return
        self.ctx.undo.push(DeleteCommentCommand(self.ctx, self.plan_id, comment))
