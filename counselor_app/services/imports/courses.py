"""Courses (the catalog): one row per course, matched by course code.

Plans refer to courses by code without a foreign key: a course import only adds and
updates courses and never deletes one, so plans keep every course they use.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from counselor_app.audit.catalog import parse_tags
from counselor_app.domain import Course, CoursePrerequisite, CourseTitle
from counselor_app.domain.base import level_short
from counselor_app.messages import msg, plural
from counselor_app.services.imports.mapping import ColumnSpec
from counselor_app.services.imports.mapping import spec as _c
from counselor_app.services.imports.reading import Table
from counselor_app.services.imports.records import Record, match_records, show
from counselor_app.services.imports.staging import Op, Stage, diff, stage_upsert

# the catalog title in a family's language, printed under the catalog title on that
# language's copy of the plan: "Title (Spanish)", "Spanish Title", "title_es"...
TRANSLATED_TITLES = {"es": ("Spanish", ("Título", "Título del curso", "Titulo en espanol",
                                        "Título en español")),
                     "vi": ("Vietnamese", ("Tên môn học",)),
                     "ar": ("Arabic", ())}  # headers compare in Latin letters only
TITLE_COLUMNS: tuple[ColumnSpec, ...] = tuple(
    _c(f"title_{code}", f"Title ({name})", (f"{name} Title", f"Title {name}",
                                           f"Course Title ({name})", f"{name} Course Title",
                                           f"Title_{code}", *own), False,
       f"Optional: the course title in {name}, printed under the catalog title on the "
       f"{name} copy of the plan.", "Introducción a la programación" if code == "es" else "")
    for code, (name, own) in TRANSLATED_TITLES.items())

COLUMNS: tuple[ColumnSpec, ...] = (
    _c("code", "Code", ("Course Code", "Course ID", "Course Number", "Course No",
                        "SCED Code", "Local Code"), True,
       "The district's course code (kept as text, so 01001 stays 01001).", "10152"),
    _c("title", "Title", ("Course Title", "Course Name", "Name"), True, "",
       "Introduction to Programming"),
    _c("credits", "Credits", ("Credit", "Credit Value", "Carnegie Units", "Units",
                                      "Credit Hours", "Credit Amount"), False,
       "Credits earned; empty means 1.", "1"),
    _c("subject_area", "Subject Area", ("Subject", "Department", "Dept"), True,
       "Used by graduation requirements, e.g. English, Mathematics, Science, "
       "Social Studies, Career & Technical Education, Elective.",
       "Career & Technical Education"),
    _c("grade_low", "Lowest Grade", ("Low Grade", "Grade Low", "Min Grade", "From Grade",
                                     "Grade From"), False,
       "9 to 12, or PS for postsecondary; empty means 9.", "10"),
    _c("grade_high", "Highest Grade", ("High Grade", "Grade High", "Max Grade", "To Grade",
                                       "Grade To"), False,
       "9 to 12, or PS; empty means 12.", "12"),
    _c("grades", "Grades", ("Grade Range", "Grade Levels", "Eligible Grades", "Grade Span",
                            "Grade Levels Offered"), False,
       "Both grades in one column: 9-12, 9–12, 10 - 12 or 11 (used when the file has no "
       "Lowest Grade / Highest Grade columns).", "10-12"),
    _c("cte", "CTE", ("CTE Flag", "Is CTE", "Career and Technical Education"), False,
       "yes or no; empty means no.", "yes"),
    _c("prerequisites", "Prerequisites", ("Prerequisite", "Prereqs", "Prereq",
                                          "Prerequisite Codes"), False,
       "Course codes separated by ; (each must be in the catalog or in the file).",
       "10011"),
    _c("dual_credit", "Dual Credit", ("Dual Enrollment",), False,
       "yes or no; empty means no.", "no"),
    _c("repeatable", "Repeatable", ("Can Repeat",), False, "yes or no; empty means no.",
       "no"),
    _c("tags", "Tags", ("Course Tags", "Attributes", "Course Attributes"), False,
       "Tags the graduation audit selects by, separated by ; (for example lab-science; "
       "ag:d). CTE and dual-credit courses get cte and dual-credit anyway.",
       "lab-science; ag:d"),
    _c("description", "Description", ("Course Description",), False, "", ""),
    *TITLE_COLUMNS,
)


def stage(session: Session, table: Table, stage: Stage) -> None:
    preview = stage.preview
    existing = {c.code: c for c in session.scalars(select(Course))}
    prereqs: dict[str, set[str]] = {}
    for cp in session.scalars(select(CoursePrerequisite)):
        prereqs.setdefault(cp.course_code, set()).add(cp.prerequisite_code)
    translated = {(t.course_code, t.language): t.title for t in session.scalars(
        select(CourseTitle))}
    titles: dict[str, dict[str, str]] = {}  # code -> language -> title from the file
    seen: dict[str, int] = {}
    parsed: list[tuple[Record, str, dict[str, Any], list[str] | None]] = []
    in_file: dict[str, Record] = {}  # every code of the file, rows with errors included
    asked: list[tuple[Record, str | None, list[str]]] = []  # prerequisites of every row
    for rec in match_records(table, COLUMNS, preview, stage.reject):
        code = rec.identifier("code", required=True, max_len=32)
        if code and (";" in code or "," in code):
            rec.fail("code", msg("{code} holds ; or , (one code per row)", code=show(code)))
        title = rec.text("title", required=True, max_len=300)
        credits = rec.number_("credits", 0, 60)
        subject = rec.text("subject_area", required=True, max_len=60)
        low = rec.level("grade_low")
        high = rec.level("grade_high")
        span = rec.level_range("grades")
        cte = rec.flag("cte")
        dual = rec.flag("dual_credit")
        repeatable = rec.flag("repeatable")
        description = rec.text("description", max_len=5000, multiline=True)
        tags = rec.text("tags", max_len=300)
        pre = rec.codes("prerequisites")
        own = {lang: text for lang in TRANSLATED_TITLES
               if (text := rec.text(f"title_{lang}", max_len=300))}
        if code and code in seen:
            rec.fail("code", msg("course {code} appears again (first on row {seen})",
                                 code=code, seen=seen[code]))
        if code:
            in_file.setdefault(code, rec)
        if pre:
            asked.append((rec, code, pre))
        if rec.failed or code is None or title is None or subject is None:
            continue
        seen[code] = rec.number
        titles[code] = own
        old = existing.get(code)
        values: dict[str, Any] = {"title": title, "subject_area": subject}
        if rec.has("credits"):
            values["credits"] = credits if credits is not None else 1.0
        if span is not None and not rec.has("grade_low"):
            values["grade_low"] = span[0]
        if span is not None and not rec.has("grade_high"):
            values["grade_high"] = span[1]
        if rec.has("grade_low"):
            values["grade_low"] = low if low is not None else 9
        if rec.has("grade_high"):
            values["grade_high"] = high if high is not None else 12
        for key, value in (("cte", cte), ("dual_credit", dual), ("repeatable", repeatable)):
            if rec.has(key):
                values[key] = bool(value)
        if description is not None:
            values["description"] = description
        if tags is not None and rec.has("tags"):
            values["tags"] = ";".join(parse_tags(tags))
        lo = values.get("grade_low", old.grade_low if old else 9)
        hi = values.get("grade_high", old.grade_high if old else 12)
        if lo > hi:
            rec.fail("grade_high" if rec.has("grade_high") else "grade_low",
                     msg("highest grade {value} is below lowest grade {value2}",
                         value=level_short(hi), value2=level_short(lo)))
            continue
        if pre is not None and code in pre:
            rec.fail("prerequisites", msg("course {code} cannot be its own prerequisite",
                                          code=code))
            continue
        parsed.append((rec, code, values, pre))

    # cross-row checks run on every row, those with cell errors too, so one pass
    # reports everything
    known = set(existing) | set(in_file)
    for rec, _code, pre in asked:
        missing = [p for p in pre if p not in known]
        if missing:
            rec.fail("prerequisites", plural(
                "unknown course code {codes} (not in the catalog or this file)",
                "unknown course codes {codes} (not in the catalog or this file)",
                n=len(missing), codes=", ".join(missing)))
    changed = True
    while changed:  # a prerequisite defined only on a row with errors is not imported
        changed = False
        for rec, _code, pre in asked:
            if rec.failed:
                continue
            broken = [p for p in pre if p not in existing and p in in_file
                      and in_file[p].failed]
            if broken:
                rows = ", ".join(str(in_file[p].number) for p in broken)
                rec.fail("prerequisites", msg("prerequisite {codes} is defined on row {rows}, "
                                              "which has errors", codes=", ".join(broken),
                                              rows=rows))
                changed = True
    graph = {code: set(v) for code, v in prereqs.items()}
    for _rec, code, _values, pre in parsed:
        if pre is not None:
            graph[code] = set(pre)
    for rec, code, _values, pre in parsed:
        if pre and not rec.failed:
            loop = _find_loop(graph, code)
            if loop:
                rec.fail("prerequisites", msg("prerequisites go round in a loop: {loop}",
                                              loop=" → ".join(loop)))
    prereq_ops: list[Op] = []
    for rec, code, values, pre in parsed:
        if rec.failed:
            continue
        old = existing.get(code)
        changes = diff(old, values) if old is not None else []
        pre_changed = pre is not None and set(pre) != prereqs.get(code, set())
        if pre_changed:
            changes.append("prerequisites")
        new_titles = {lang: text for lang, text in titles.get(code, {}).items()
                      if translated.get((code, lang)) != text}  # an empty cell keeps one
        changes += [f"title_{lang}" for lang in new_titles]
        label = str(values["title"])
        stage_upsert(stage, rec, code, label, old, values, changes,
                     partial(_add_course, code, values))
        if new_titles:
            stage.ops.append(_set_titles(code, new_titles))
        if pre_changed and pre is not None:
            prereq_ops.append(_set_prerequisites(code, pre))
    if prereq_ops:
        stage.ops.append(lambda s: s.flush())
        stage.ops += prereq_ops


def _find_loop(graph: dict[str, set[str]], start: str) -> list[str] | None:
    stack: list[tuple[str, list[str]]] = [(start, [start])]
    visited: set[str] = set()
    while stack:
        node, path = stack.pop()
        for nxt in sorted(graph.get(node, ())):
            if nxt == start:
                return [*path, start]
            if nxt not in visited:
                visited.add(nxt)
                stack.append((nxt, [*path, nxt]))
    return None


def _add_course(code: str, values: dict[str, Any]) -> Op:
    def op(s: Session) -> None:
        course = Course(code=code, credits=1.0, grade_low=9, grade_high=12, cte=False,
                        dual_credit=False, repeatable=False, description="")
        for k, v in values.items():
            setattr(course, k, v)
        s.add(course)
    return op


def _set_titles(code: str, titles: dict[str, str]) -> Op:
    def op(s: Session) -> None:
        for language, title in titles.items():
            s.merge(CourseTitle(course_code=code, language=language, title=title))
    return op


def _set_prerequisites(code: str, pre: list[str]) -> Op:
    def op(s: Session) -> None:
        s.execute(delete(CoursePrerequisite).where(CoursePrerequisite.course_code == code))
        s.add_all(CoursePrerequisite(course_code=code, prerequisite_code=p) for p in pre)
    return op
