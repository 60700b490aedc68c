"""Undoable audit decisions on a plan: its requirement sets, waivers and substitutions,
checklist items. Each step calls one audit service function (one transaction)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from counselor_app.services import audit as audit_service
from counselor_app.services import audit_exceptions
from counselor_app.ui.context import AppContext
from counselor_app.ui.plan.commands import FieldsCommand, PlanCommand
from counselor_app.ui.shared.messages import shown
from counselor_app.ui.shared.words import short_date_year

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

SetChoice = tuple[str | None, Sequence[str] | None]  # None: follow the Settings default


class SetPlanSetsCommand(FieldsCommand):
    """Choose the plan's diploma set and supplemental sets (None: the district default),
    checked against the choice the editor showed."""

    def __init__(self, ctx: AppContext, plan_id: int, old: SetChoice,
                 new: SetChoice) -> None:
        super().__init__(ctx, plan_id, translate("PlanCommands",
                                                 "Change the plan's requirement sets"))
        self.old, self.new = {"sets": old}, {"sets": new}

    def redo(self) -> None:
        self._undoing = False
        self._run(lambda: audit_service.set_plan_sets(self.ctx.db, self.plan_id,
                                                      *self.new["sets"],
                                                      expect=self.old["sets"]))

    def undo(self) -> None:
        self._undoing = True
        self._run(lambda: audit_service.set_plan_sets(self.ctx.db, self.plan_id,
                                                      *self.old["sets"],
                                                      expect=self.new["sets"]))

    def _shown(self, target: dict[str, Any]) -> dict[str, str]:
        diploma, extra = target["sets"]
        default = translate("PlanCommands", "the district's default")
        return {translate("PlanCommands", "Diploma set"): diploma or default,
                translate("PlanCommands", "Supplemental sets"):
                    default if extra is None else ", ".join(extra)
                    or translate("PlanCommands", "none")}

    def _theirs(self, keys: tuple[str, ...]) -> dict[str, Any]:
        return {"sets": tuple(audit_service.plan_sets(self.ctx.db, self.plan_id))}

    def _overwrite(self, target: dict[str, Any]) -> None:
        audit_service.set_plan_sets(self.ctx.db, self.plan_id, *target["sets"])


class AddExceptionCommand(PlanCommand):
    """Record a waiver, exemption or substitution (who, when, why)."""

    def __init__(self, ctx: AppContext, plan_id: int, text: str, **fields: Any) -> None:
        super().__init__(ctx, plan_id, text)
        self.fields = fields
        self.exception_id: int | None = None
        self.removed: Any = None

    def redo(self) -> None:
        def step() -> None:
            try:
                if self.removed is not None:
                    self.exception_id = audit_exceptions.restore_exception(self.ctx.db,
                                                                           self.removed)
                else:
                    self.exception_id = audit_exceptions.add_exception(
                        self.ctx.db, self.plan_id, **self.fields)
            except audit_exceptions.DuplicateGrantError as exc:
                # recorded meanwhile elsewhere: said, and this step leaves the stack
                self.failed = True
                self.setObsolete(True)
                QMessageBox.information(None, translate("PlanCommands", "Already recorded"),
                                        shown(exc))
        self._run(step)

    def undo(self) -> None:
        def step() -> None:
            if self.exception_id is not None:
                self.removed = audit_exceptions.remove_exception(self.ctx.db, self.exception_id)
        self._run(step)


class RemoveExceptionCommand(PlanCommand):
    def __init__(self, ctx: AppContext, plan_id: int, exception_id: int) -> None:
        super().__init__(ctx, plan_id, translate("PlanCommands",
                                                 "Remove a waiver or substitution"))
        self.exception_id = exception_id
        self.removed: Any = None

    def redo(self) -> None:
        def step() -> None:
            self.removed = audit_exceptions.remove_exception(self.ctx.db, self.exception_id)
        self._run(step)

    def undo(self) -> None:
        def step() -> None:
            if self.removed is not None:
                self.exception_id = audit_exceptions.restore_exception(self.ctx.db, self.removed)
        self._run(step)


class MarkChecklistCommand(FieldsCommand):
    """Mark a checklist item done on a date (``None``: not done), checked against the
    date the editor showed: over someone else's mark, Reload or Overwrite."""

    def __init__(self, ctx: AppContext, plan_id: int, set_code: str, requirement_id: str,
                 old: tuple[dt.date | None, str], new: tuple[dt.date | None, str],
                 label: str) -> None:
        text = (translate("PlanCommands", "Mark “%s” done") if new[0]
                else translate("PlanCommands", "Mark “%s” not done")) % label
        super().__init__(ctx, plan_id, text)
        self.set_code, self.requirement_id, self.label = set_code, requirement_id, label
        self.old = {"done_on": old[0], "by": old[1]}
        self.new = {"done_on": new[0], "by": new[1]}

    def _mark(self, value: dict[str, Any], expect: dict[str, Any] | None) -> None:
        audit_exceptions.mark_checklist_item(
            self.ctx.db, self.plan_id, self.set_code, self.requirement_id,
            value["done_on"], value["by"], expect=expect["done_on"] if expect else ...)

    def redo(self) -> None:
        self._undoing = False
        self._run(lambda: self._mark(self.new, self.old))

    def undo(self) -> None:
        self._undoing = True
        self._run(lambda: self._mark(self.old, self.new))

    def _shown(self, target: dict[str, Any]) -> dict[str, str]:
        done = target["done_on"]
        return {self.label: short_date_year(done) if done
                else translate("PlanCommands", "not done")}

    def _theirs(self, keys: tuple[str, ...]) -> dict[str, Any]:
        done_on, by = audit_exceptions.checklist_mark(self.ctx.db, self.plan_id,
                                                      self.set_code, self.requirement_id)
        return {"done_on": done_on, "by": by}

    def _overwrite(self, target: dict[str, Any]) -> None:
        self._mark(target, None)
