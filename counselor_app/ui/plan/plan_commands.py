"""Undoable edits of the plan itself (not its courses): name, goals and notes, status,
the grade the plan starts in. Each step calls one service (one transaction)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from counselor_app.services import plans
from counselor_app.services.plan_status import STATUS_KEYS
from counselor_app.ui.context import AppContext
from counselor_app.ui.plan.commands import FieldsCommand
from counselor_app.ui.shared.words import grade_title, plan_status_title

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
_NOTES_MERGE_ID = 4711


class UpdatePlanFieldsCommand(FieldsCommand):
    """Goals, notes or name. Consecutive notes edits of one plan merge into one step."""

    def __init__(self, ctx: AppContext, plan_id: int, old: dict[str, str | None],
                 new: dict[str, str | None], text: str) -> None:
        super().__init__(ctx, plan_id, text)
        self.old, self.new = old, new

    def id(self) -> int:
        return _NOTES_MERGE_ID if set(self.new) == {"notes"} else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UpdatePlanFieldsCommand) or other.plan_id != self.plan_id:
            return False
        if other.isObsolete():  # it failed: nothing of it may reach this step
            return False
        if set(other.new) != {"notes"}:
            return False
        self.new = dict(other.new)
        return True

    def redo(self) -> None:
        self._undoing = False
        self._run(lambda: plans.update_plan_fields(self.ctx.db, self.plan_id,
                                                   expect=self.old, **self.new))

    def undo(self) -> None:
        self._undoing = True
        self._run(lambda: plans.update_plan_fields(self.ctx.db, self.plan_id,
                                                   expect=self.new, **self.old))

    def _shown(self, target: dict[str, Any]) -> dict[str, str]:
        return {plan_field_label(k): v or "" for k, v in target.items()}

    def _theirs(self, keys: tuple[str, ...]) -> dict[str, Any]:
        return dict(plans.plan_field_values(self.ctx.db, self.plan_id, keys))

    def _overwrite(self, target: dict[str, Any]) -> None:
        plans.update_plan_fields(self.ctx.db, self.plan_id, expect=None, **target)


def plan_field_label(key: str) -> str:
    """A plan field's name as the editor labels it (for the conflict dialog)."""
    translate = QCoreApplication.translate
    labels = {"name": translate("PlanCommands", "Plan name"),
              "notes": translate("PlanCommands", "Counselor-only notes"),
              "family_notes": translate("PlanCommands", "Notes for the family"),
              "career_goal_soc": translate("PlanCommands", "Career goal (occupation code)"),
              "career_goal_text": translate("PlanCommands", "Career goal"),
              "postsecondary_type": translate("PlanCommands", "After high school"),
              "postsecondary_institution": translate("PlanCommands", "Institution / program")}
    return labels.get(key, key)


class SetPlanStatusCommand(FieldsCommand):
    """Mark the plan draft or reviewed, checked against the status the editor showed:
    over someone else's status change, Reload (theirs) or Overwrite (mine)."""

    def __init__(self, ctx: AppContext, plan_id: int, status: str, by: str,
                 old: tuple[str, str, dt.datetime | None]) -> None:
        super().__init__(ctx, plan_id, translate("PlanCommands", "Mark plan %s")
                         % plan_status_title(status).lower())
        self.old = dict(zip(STATUS_KEYS, old, strict=True))
        self.new = {"status": status, "status_by": by, "status_at": None}

    def _set(self, expect: dict[str, Any] | None) -> None:
        self.new["status_at"] = plans.set_plan_status(
            self.ctx.db, self.plan_id, self.new["status"], self.new["status_by"],
            expect=expect)

    def redo(self) -> None:
        self._undoing = False
        self._run(lambda: self._set(self.old))

    def undo(self) -> None:
        self._undoing = True
        self._run(lambda: plans.restore_plan_status(self.ctx.db, self.plan_id, *(
            self.old[k] for k in STATUS_KEYS), expect=self.new))

    def _shown(self, target: dict[str, Any]) -> dict[str, str]:
        return {translate("PlanCommands", "Status"): plan_status_title(target["status"])}

    def _theirs(self, keys: tuple[str, ...]) -> dict[str, Any]:
        return plans.plan_status_values(self.ctx.db, self.plan_id)

    def _overwrite(self, target: dict[str, Any]) -> None:
        if self._undoing:
            plans.restore_plan_status(self.ctx.db, self.plan_id,
                                      *(target[k] for k in STATUS_KEYS))
        else:
            self._set(None)


class SetFirstLevelCommand(FieldsCommand):
    """Start the plan in grade 6, 7, 8 or 9, checked against the start grade the editor
    showed: over another copy's start grade, Reload (theirs) or Overwrite (mine)."""

    def __init__(self, ctx: AppContext, plan_id: int, level: int, old: int) -> None:
        super().__init__(ctx, plan_id, translate("PlanCommands", "Start the plan in grade %d")
                         % level)
        self.old: dict[str, Any] = {"first_level": old}
        self.new: dict[str, Any] = {"first_level": level}

    def redo(self) -> None:
        self._undoing = False
        self._run(lambda: plans.set_first_level(self.ctx.db, self.plan_id,
                                                self.new["first_level"],
                                                expect=self.old["first_level"]))

    def undo(self) -> None:
        self._undoing = True
        self._run(lambda: plans.set_first_level(self.ctx.db, self.plan_id,
                                                self.old["first_level"],
                                                expect=self.new["first_level"]))

    def _shown(self, target: dict[str, Any]) -> dict[str, str]:
        return {translate("PlanCommands", "Plan starts in"): grade_title(target["first_level"])}

    def _theirs(self, keys: tuple[str, ...]) -> dict[str, Any]:
        return {"first_level": plans.first_level(self.ctx.db, self.plan_id)}

    def _overwrite(self, target: dict[str, Any]) -> None:
        plans.set_first_level(self.ctx.db, self.plan_id, target["first_level"])
