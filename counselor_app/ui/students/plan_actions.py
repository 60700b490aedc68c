"""The selected student's card and plans: new, open, duplicate, set active, delete."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from counselor_app.services.student_list import StudentRow
from counselor_app.ui.shared.messages import shown
from counselor_app.ui.students.base import StudentsPageBase

if TYPE_CHECKING:
    from counselor_app.services.plan_view import PlanSummary

# The services, the dialog and the write-error guard are imported where they are used:
# they load the ORM, which the first screen (the list, nothing selected) does without.


class PlanActions(StudentsPageBase):
    """The right half of the Students page: the student card and the plan list."""

    def _reload_plans(self) -> None:
        row = self._selected_row()
        if row is None:
            self.plan_model.set_plans([], {})
            self.plans_title.setText(self.tr("<b>Plans</b>"))
            self.card.setText(self._card_html(None))
            self._update_buttons()
            return
        from counselor_app.services import plans

        keep = self._selected_plan()
        items = plans.list_plans(self.ctx.db, row.id)
        self.plan_model.set_plans(items, self._program_name_map())
        self.plans_title.setText(self.tr("<b>Plans (%d)</b>") % len(items) if items else
                                 self.tr("<b>Plans</b> — none yet: press <i>New plan…</i>"))
        self.card.setText(self._card_html(row))
        target = keep.id if keep is not None else next((p.id for p in items if p.is_active),
                                                      None)
        r = self.plan_model.row_of(target) if target is not None else None
        if r is None and items:
            r = 0
        if r is not None:
            self.plan_list.setCurrentIndex(self.plan_model.index(r, 0))
        self._update_buttons()

    def _program_name_map(self) -> dict[str, str]:
        if not self._program_names:
            self._program_names = {code: name for code, name, _ in self._program_list()}
        return self._program_names

    def _program_list(self) -> list[tuple[str, str, str]]:
        from counselor_app.services import browse

        if self._programs is None:
            self._programs = browse.list_programs(self.ctx.db)
        return self._programs

    def _card_html(self, row: StudentRow | None) -> str:
        if row is None:
            n = len(self.selected_student_pks())
            text = (self.tr("%d students selected.") % n if n > 1 else
                    self.tr("Select a student to see their plans, or press <b>New student</b>."))
            return f"<p style='color:gray'>{text}</p>"
        from counselor_app.services import students

        detail = students.get_student(self.ctx.db, row.id)
        name = html.escape(row.full_name)
        lines = [f"<span style='font-size:15pt; font-weight:600'>{name}</span>"
                 + (" <span style='color:gray'>(archived)</span>" if row.archived else "")]
        facts = [f"ID {html.escape(row.student_id)}", f"Grade {row.grade}",
                 f"Class of {row.graduation_year}"]
        if row.counselor:
            facts.append(f"Counselor {html.escape(row.counselor)}")
        lines.append(" · ".join(facts))
        if row.school:
            lines.append(html.escape(row.school))
        if detail is not None:
            if detail.data.career_interests:
                names = self._cluster_names()
                interests = [names.get(c, c) for c in detail.data.career_interests]
                lines.append("<i>Interests:</i> " + html.escape(", ".join(interests)))
            if detail.data.notes.strip():
                note = detail.data.notes.strip()
                lines.append("<i>Notes:</i> " + html.escape(note[:240])
                             + ("…" if len(note) > 240 else ""))
        return "<br>".join(lines)

    def _cluster_names(self) -> dict[str, str]:
        from counselor_app.services import browse

        names: dict[str, str] = {}
        for f in browse.list_frameworks(self.ctx.db):
            for c in browse.framework_tree(self.ctx.db, f.code):
                names[c.code] = c.name
        return names

    def _open_active_or_new(self) -> None:
        plan_id = self._active_plan_of_selection()
        if plan_id is not None:
            self.open_plan(plan_id)
        elif self._selected_row() is not None:
            self.new_plan()

    def new_plan(self) -> int | None:
        """Ask for a name and a program of study; create the plan and open it."""
        from counselor_app.services.browse import program_keywords
        from counselor_app.ui.students.new_plan_dialog import NewPlanDialog

        row = self._selected_row()
        if row is None:
            return None
        existing = self.plan_model.rowCount()
        default = "Main plan" if existing == 0 else f"Plan {existing + 1}"
        dialog = NewPlanDialog(self._program_list(), default, self,
                               keywords=program_keywords(self.ctx.db))
        pending, self._pending_program = getattr(self, "_pending_program", None), None
        if pending:
            dialog.select_program(pending)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.create_plan(dialog.plan_name() or default, dialog.program_code())

    def start_plan_from_program(self, program_code: str) -> None:
        """From Explore: a new plan for the selected student, this program chosen."""
        self._pending_program: str | None = program_code
        if self._selected_row() is not None:
            self.new_plan()
        else:
            self.inform(self.tr("Choose a student"),
                        self.tr("Select the student this plan is for, then choose New plan: "
                                "the program of study is chosen for you."))

    def create_plan(self, name: str, program_code: str | None) -> int | None:
        from counselor_app.services import plans
        from counselor_app.ui.shared.write_errors import guarded

        row = self._selected_row()
        if row is None:
            return None
        past = "plan"
        try:
            done = plans.past_levels(self.ctx.db, row.id) if program_code else ()
            if done:
                choice = self.ask_past_years(done)
                if choice is None:
                    return None
                past = choice
            ok, created = guarded(self, lambda: plans.create_plan(
                self.ctx.db, row.id, name, program_code, past=past))
        except LookupError as exc:
            self.inform(self.tr("Plan not created"), shown(exc))
            return None
        if not ok or created is None:
            return None
        plan_id = created
        self._reload_students()
        self.ctx.bus.plan_changed.emit(plan_id)
        self.open_plan(plan_id)
        return plan_id

    def ask_past_years(self, levels: Sequence[int]) -> str | None:
        from counselor_app.ui.plan.past_years import ask_past_years

        return ask_past_years(self, levels)

    def open_selected_plan(self) -> None:
        plan = self._selected_plan()
        if plan is not None:
            self.open_plan(plan.id)

    def duplicate_plan(self) -> int | None:
        from counselor_app.services import plans
        from counselor_app.ui.shared.write_errors import guarded

        plan = self._selected_plan()
        if plan is None:
            return None
        ok, new_id = guarded(self, lambda: plans.duplicate_plan(
            self.ctx.db, plan.id, f"{plan.name} (what-if)"))
        if not ok or new_id is None:
            return None
        self.ctx.bus.plan_changed.emit(new_id)
        self._reload_plans()
        r = self.plan_model.row_of(new_id)
        if r is not None:
            self.plan_list.setCurrentIndex(self.plan_model.index(r, 0))
        return new_id

    def set_active_plan(self) -> None:
        from counselor_app.services import plans

        plan = self._selected_plan()
        if plan is None or plan.is_active:
            return
        if not self._checked_write(plan, lambda expect: plans.set_active_plan(
                self.ctx.db, plan.id, expect=expect), self.tr("&Make it active anyway")):
            return
        self._reload_students()
        self.ctx.bus.plan_changed.emit(plan.id)

    def delete_plan(self) -> None:
        from counselor_app.services import plans

        plan = self._selected_plan()
        if plan is None:
            return
        extra = ("\n\n" + self.tr("It is the active plan; the most recently changed other "
                                    "plan becomes active.") if plan.is_active else "")
        if not self.confirm(self.tr("Delete plan"),
                            self.tr("Delete the plan “{name}” with all its courses and "
                                    "comments? This cannot be undone.").format(name=plan.name)
                            + extra):
            return
        if not self._checked_write(plan, lambda expect: plans.delete_plan(
                self.ctx.db, plan.id, expect=expect), self.tr("&Delete it anyway")):
            return
        if self._editor is not None and self._editor.plan_id == plan.id:
            self.show_list()
        self._reload_students()
        self.ctx.bus.plan_changed.emit(plan.id)

    def _checked_write(self, plan: PlanSummary, write: Callable[[int | None], object],
                       overwrite_text: str) -> bool:
        """Run ``write(expect)`` checked against the plan's version as listed. Changed by
        another copy meanwhile: Reload (the list shows theirs; nothing done) or the
        overwrite button (``write(None)``); deleted meanwhile: said, and the list reloads."""
        from counselor_app.services.concurrency import ConflictError
        from counselor_app.ui.shared.conflict_dialog import OVERWRITE, resolve_conflict
        from counselor_app.ui.shared.write_errors import (
            WRITE_ERRORS,
            guarded,
            show_write_error,
            waiting,
        )

        try:
            with waiting():
                write(plan.row_version or None)
            return True
        except ConflictError as exc:
            choice = resolve_conflict(self, self.tr("student"), exc, {},
                                      overwrite_text=overwrite_text, help_text=self.tr(
                                          "Nothing was done. Reload shows the plans as they "
                                          "are now, so you can look at their change first."))
            if choice == OVERWRITE and guarded(self, lambda: write(None))[0]:
                return True
        except WRITE_ERRORS as exc:
            show_write_error(self, exc)
        self._reload_students()
        self.ctx.bus.plan_changed.emit(plan.id)
        return False
