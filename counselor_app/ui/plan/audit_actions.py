"""What the Checks panel's requests do: dialogs that ask who, when and why, then undoable
commands that call the audit service. Keeps the plan editor itself small."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from counselor_app.audit.results import RequirementResult
from counselor_app.services import audit as audit_service
from counselor_app.services import requirement_sets
from counselor_app.services.audit_fill import fill_candidates, named_courses
from counselor_app.services.browse import CourseRow
from counselor_app.ui.plan.audit_commands import (
    AddExceptionCommand,
    MarkChecklistCommand,
    RemoveExceptionCommand,
    SetPlanSetsCommand,
)
from counselor_app.ui.plan.audit_panel import AuditChecksPanel
from counselor_app.ui.plan.exception_dialogs import (
    ChecklistDialog,
    SubstitutionDialog,
    WaiverDialog,
)
from counselor_app.ui.shared.words import set_word

if TYPE_CHECKING:
    from counselor_app.ui.plan.editor import PlanEditor


class AuditActions(QObject):
    """Connects the panel's signals to dialogs and commands for the editor's plan."""

    def __init__(self, editor: PlanEditor, panel: AuditChecksPanel) -> None:
        super().__init__(editor)
        self.editor = editor
        self.panel = panel
        self.ctx = editor.ctx
        self.choice: tuple[str | None, tuple[str, ...] | None] = (None, None)
        self.effective: tuple[str, ...] = ()
        panel.set_candidates_provider(self.candidates)
        panel.add_course_requested.connect(self.add_course)
        panel.waive_requested.connect(self.waive)
        panel.substitute_requested.connect(self.substitute)
        panel.checklist_requested.connect(self.checklist)
        panel.remove_exception_requested.connect(self.remove_exception)
        panel.sets_chosen.connect(self.choose_sets)

    # -- showing ---------------------------------------------------------------------
    def show(self, plan_id: int) -> None:
        """Audit the plan (one read) and show it with the sets it may choose from."""
        db = self.ctx.db
        settings = self.ctx.settings()
        chosen = audit_service.plan_sets(db, plan_id)
        self.choice = (chosen.diploma, chosen.supplemental)
        self.effective = audit_service.effective_sets(db, plan_id, settings)
        summaries = requirement_sets.list_sets(db)
        names = {s.code: set_word(s.name) for s in summaries}
        self.panel.set_choices(
            [(s.code, names[s.code]) for s in summaries if s.kind == "diploma"],
            [(s.code, names[s.code]) for s in summaries if s.kind != "diploma"],
            names.get(settings.requirement_set, settings.requirement_set),
            chosen.diploma or "", self.effective[1:])
        self.panel.show_audit(audit_service.audit_plan(db, plan_id, settings=settings).result)

    def candidates(self, set_code: str, requirement_id: str) -> Sequence[CourseRow]:
        plan_id = self.editor.plan_id
        if plan_id is None:
            return ()
        return fill_candidates(self.ctx.db, plan_id, set_code, requirement_id)

    # -- requests ----------------------------------------------------------------------
    def _requirement(self, set_code: str, requirement_id: str) -> RequirementResult | None:
        audit = self.panel.audit
        found = audit.set(set_code) if audit is not None else None
        return found.find(requirement_id) if found is not None else None

    def add_course(self, code: str, level: int) -> None:
        self.editor.add_course(code, level)

    def choose_sets(self, diploma: str, supplemental: list[str]) -> None:
        """The panel's choice; "" / an unchanged default list keep following Settings."""
        plan_id = self.editor.plan_id
        if plan_id is None:
            return
        wanted = tuple(c for c in supplemental if c != diploma)
        follows_default = self.choice[1] is None and wanted == tuple(self.effective[1:])
        new = (diploma or None, None if follows_default else wanted)
        if new != self.choice:
            self.ctx.undo.push(SetPlanSetsCommand(self.ctx, plan_id, self.choice, new))

    def waive(self, set_code: str, requirement_id: str) -> None:
        req = self._requirement(set_code, requirement_id)
        plan_id = self.editor.plan_id
        if req is None or plan_id is None:
            return
        short = None
        if req.unit == "credits":
            short = max(0.5, req.required - req.earned - req.in_progress - req.planned)
        label = set_word(req.label)
        dialog = WaiverDialog(label, short, self.editor.counselor_name(), self.editor)
        if not dialog.exec():
            return
        r = dialog.request()
        self.ctx.undo.push(AddExceptionCommand(
            self.ctx, plan_id, self.tr("Waive %s") % label, kind="waiver",
            set_code=set_code,
            requirement=requirement_id, course=None, counts_as=None,
            credits=r.credits, by=r.decision.by,
            on=r.decision.on, reason=r.decision.why))

    def substitute(self, set_code: str, requirement_id: str) -> None:
        req = self._requirement(set_code, requirement_id)
        plan_id, view = self.editor.plan_id, self.editor.view
        if req is None or plan_id is None or view is None:
            return
        plan_courses = list(dict.fromkeys((c.code, c.title) for c in view.courses))
        named = [(c, self._title(c)) for c in named_courses(
            self.ctx.db, set_code, requirement_id)]
        label = set_word(req.label)
        dialog = SubstitutionDialog(label, plan_courses, named,
                                    self.editor.counselor_name(), self.editor)
        if not dialog.exec():
            return
        r = dialog.request()
        self.ctx.undo.push(AddExceptionCommand(
            self.ctx, plan_id, self.tr("Substitute %1 for %2").replace(
                "%1", r.course_code).replace("%2", label),
            kind="substitution", set_code=set_code,
            requirement=None if r.counts_as else requirement_id, course=r.course_code,
            counts_as=r.counts_as, credits=None, by=r.decision.by, on=r.decision.on,
            reason=r.decision.why))

    def _title(self, code: str) -> str:
        course = self.editor.catalog_course(code)
        return course.title if course is not None else code

    def checklist(self, set_code: str, requirement_id: str) -> None:
        req = self._requirement(set_code, requirement_id)
        plan_id = self.editor.plan_id
        if req is None or plan_id is None:
            return
        dialog = ChecklistDialog(set_word(req.label), req.done_on, self.editor.counselor_name(),
                                 self.editor)
        if not dialog.exec():
            return
        r = dialog.request()
        if r.done_on == req.done_on:
            return
        self.ctx.undo.push(MarkChecklistCommand(self.ctx, plan_id, set_code, requirement_id,
                                                (req.done_on, ""), (r.done_on, r.by),
                                                set_word(req.label)))

    def remove_exception(self, exception_id: int) -> None:
        plan_id = self.editor.plan_id
        if plan_id is not None:
            self.ctx.undo.push(RemoveExceptionCommand(self.ctx, plan_id, exception_id))
