"""Programs of study: one row per course of a program, grouped by program code."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counselor_app.domain import Course, Pathway, ProgramCourse, ProgramOfStudy
from counselor_app.domain.base import level_short
from counselor_app.messages import msg
from counselor_app.services.imports.mapping import ColumnSpec
from counselor_app.services.imports.mapping import spec as _c
from counselor_app.services.imports.model import PreviewItem
from counselor_app.services.imports.reading import Table
from counselor_app.services.imports.records import ELECTIVE, YES, Record, match_records, show
from counselor_app.services.imports.staging import (
    Op,
    Stage,
    delete_op,
    diff,
    preview_item,
    update_fields,
)

COLUMNS: tuple[ColumnSpec, ...] = (
    _c("program_code", "Program Code", ("Program", "Program ID", "POS Code",
                                        "Program of Study Code"), True,
       "Your code for the program of study; one row per course of the program.",
       "IT-SWD"),
    _c("program_name", "Program Name", ("Program Title", "Program of Study",
                                        "Program of Study Name"), True, "",
       "Software Development"),
    _c("pathway", "Pathway Code", ("Pathway", "Sub-cluster Code", "Subcluster Code",
                                   "Sub-cluster", "Pathway or Sub-cluster Code",
                                   "Pathway or Sub-cluster"), True,
       "A legacy pathway code (e.g. L11-03) or a 2024 sub-cluster code (e.g. 060103).",
       "L11-03"),
    _c("level", "Grade Level", ("Grade", "Level", "Year"), True,
       "9 to 12, or PS for postsecondary.", "10"),
    _c("course_code", "Course Code", ("Course", "Course ID", "Course Number"), True,
       "A course in the catalog (import courses first).", "10152"),
    _c("required", "Required or Elective", ("Required", "Requirement", "Type",
                                            "Required/Elective"), False,
       "required or elective; empty means required.", "required"),
    _c("order", "Order", ("Sort Order", "Sequence", "Seq"), False,
       "Whole number for the order within the program; empty means file order.", "1"),
    _c("description", "Program Description", ("Description",), False, "", ""),
)


@dataclass
class _ProgramRows:
    code: str
    first: Record
    name: str
    pathway: Pathway
    description: str | None
    courses: dict[tuple[str, int], tuple[Record, bool, int]] = field(default_factory=dict)


def stage(session: Session, table: Table, stage: Stage) -> None:
    preview = stage.preview
    records = match_records(table, COLUMNS, preview, stage.reject)
    pathways = {p.code: p for p in session.scalars(select(Pathway))}
    programs = {p.code: p for p in session.scalars(select(ProgramOfStudy))}
    course_codes = set(session.scalars(select(Course.code)))
    current: dict[int, dict[tuple[str, int], ProgramCourse]] = {}
    for row in session.scalars(select(ProgramCourse)):
        current.setdefault(row.program_id, {})[(row.course_code, row.level)] = row
    groups: dict[str, _ProgramRows] = {}
    for rec in records:
        code = rec.text("program_code", required=True, max_len=40)
        name = rec.text("program_name", required=True, max_len=300)
        pw_code = rec.text("pathway", required=True, max_len=32)
        level = rec.level("level", required=True)
        course = rec.text("course_code", required=True, max_len=32)
        required = rec.flag("required", yes=YES, no=ELECTIVE, words=msg("required or elective"))
        order = rec.integer("order", -100000, 100000)
        description = rec.text("description", max_len=5000, multiline=True)
        pathway = pathways.get(pw_code) if pw_code else None
        if pw_code and pathway is None:
            rec.fail("pathway", msg("unknown pathway or sub-cluster code {pw_code}",
                                    pw_code=show(pw_code)))
        if course and course not in course_codes:
            rec.fail("course_code", msg("unknown course {course} (import the course catalog first)",
                                        course=show(course)))
        if rec.failed or not code or not name or pathway is None or level is None \
                or not course:
            continue
        group = groups.get(code)
        if group is None:
            group = groups[code] = _ProgramRows(code, rec, name, pathway, description)
        else:
            if name != group.name:
                rec.fail("program_name", msg("differs from row {row} of program {code} ({name})",
                                             row=group.first.number, code=code,
                                             name=show(group.name)))
            if pathway.code != group.pathway.code:
                rec.fail("pathway", msg("differs from row {row} of program {code} ({pathway})",
                                        row=group.first.number, code=code,
                                        pathway=group.pathway.code))
            if description and group.description is not None and \
                    description != group.description:
                if group.description:
                    rec.fail("description", msg("differs from row {number} of program {code}",
                                                number=group.first.number, code=code))
                else:
                    group.description = description
            if rec.failed:
                continue
        key = (course, level)
        if key in group.courses:
            rec.fail("course_code", msg("course {course} in grade {grade} appears again for "
                                        "program {code} (row {row})", course=course,
                                        grade=level_short(level), code=code,
                                        row=group.courses[key][0].number))
            continue
        group.courses[key] = (rec, True if required is None else required,
                              order if order is not None else len(group.courses) + 1)

    for code, group in groups.items():
        values: dict[str, Any] = {"name": group.name, "pathway_id": group.pathway.id}
        if group.description is not None:
            values["description"] = group.description
        program = programs.get(code)
        if program is None:
            stage.ops.append(_add_program(code, values, group))
            for (course, level), (rec, _req, _order) in group.courses.items():
                preview.to_add.append(preview_item(rec, f"{code} {course}",
                                                   _item_label(group.name, level)))
            continue
        program_changes = [c.replace("pathway_id", "pathway") for c in diff(program, values)]
        if program_changes:
            stage.ops.append(update_fields(program, values))
        have = current.get(program.id, {})
        for (course, level), (rec, req, order) in group.courses.items():
            item_key, label = f"{code} {course}", _item_label(group.name, level)
            pc = have.get((course, level))
            if pc is None:
                preview.to_add.append(preview_item(rec, item_key, label))
                stage.ops.append(_add_program_course(program, course, level, req, order))
                continue
            changes = diff(pc, {"required": req, "sort_order": order})
            if changes:
                stage.ops.append(update_fields(pc, {"required": req, "sort_order": order}))
            if rec is group.first:  # the program's own fields show on its first row
                changes = [*program_changes, *changes]
            if changes:
                preview.to_update.append(preview_item(rec, item_key, label, changes))
            else:
                preview.to_skip.append(preview_item(rec, item_key, label))
        for (course, level), dropped in have.items():
            if (course, level) not in group.courses:
                preview.to_remove.append(PreviewItem(
                    table.file, None, f"{code} {course}",
                    msg("{name} (not in the file)", name=_item_label(group.name, level))))
                stage.ops.append(delete_op(dropped))


def _item_label(name: str, level: int) -> str:
    """'Health Science, grade 10' / 'Health Science, postsecondary'."""
    grade = msg("postsecondary") if level_short(level) == "PS" else \
        msg("grade {level}", level=level)
    return msg("{name}, {grade}", name=name, grade=grade)


def _add_program(code: str, values: dict[str, Any], group: _ProgramRows) -> Op:
    def op(s: Session) -> None:
        program = ProgramOfStudy(code=code, description="")
        for k, v in values.items():
            setattr(program, k, v)
        s.add(program)
        s.flush()
        for (course, level), (_rec, req, order) in group.courses.items():
            s.add(ProgramCourse(program_id=program.id, course_code=course, level=level,
                                required=req, sort_order=order))
    return op


def _add_program_course(program: ProgramOfStudy, course: str, level: int, req: bool,
                        order: int) -> Op:
    def op(s: Session) -> None:
        s.add(ProgramCourse(program_id=program.id, course_code=course, level=level,
                            required=req, sort_order=order))
    return op
