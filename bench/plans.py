"""Benchmark: student list and plan validation on a school-sized database.

Builds (or reuses, with --db) a database of N students with P plans of C courses
each, then prints medians (wall clock), each with its ratio to a floor measured in the
same run and, where the issue sets one, to its target:

* the student list on the real Students page (offscreen): opening it (``refresh``, which
  reads the ids in SQL order and the rows of the first screen, then painting that screen;
  target < 100 ms for 5,000 students), a header click that sorts by grade, one that sorts
  by cluster with the interface in Spanish (by the Spanish names), one search keystroke;
  floor: the ids in name order read with ``sqlite3`` plus painting a plain table model of
  as many rows. Reading every row (``list_students``, what the list did
  before it held ids) is shown for comparison;
* validating one plan right after an edit (``move_course`` then ``validate``; target
  < 5 ms), and the round trip the plan editor makes per change (edit + ``load_plan`` +
  ``validate``; target < 16 ms, one frame at 60 Hz); floor: the rules alone on a plan
  already in memory (``validate_plan``).

    python bench/plans.py [--students 5000] [--plans 3] [--courses 30] [--repeat 15]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("COUNSELOR_APP_NO_LOG_FILE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QAbstractTableModel, Qt  # noqa: E402
from sqlalchemy import func, insert, select  # noqa: E402

from counselor_app.domain import Course, Plan, PlanCourse, Student  # noqa: E402
from counselor_app.domain.base import GRADE_LEVELS  # noqa: E402
from counselor_app.services import browse, plans, students  # noqa: E402
from counselor_app.store.bootstrap import open_database  # noqa: E402
from counselor_app.store.engine import Database  # noqa: E402
from counselor_app.text import student_folded_columns  # noqa: E402

FIRST = ["Ana", "José", "Liam", "Zoë", "Noah", "Mia", "Ethan", "Chloé", "Aiden", "Sofía",
         "Lucas", "Amara", "Mateo", "Hana", "Ørjan", "Fatima", "Kai", "Nadia", "Omar", "Ivy"]
LAST = ["Núñez", "Smith", "García", "Nguyen", "Johnson", "Kim", "Martínez", "Brown",
        "O'Brien", "Dubois", "Patel", "Khan", "Sato", "Lee", "Ørsted", "Williams", "Chen"]
COUNSELORS = ["Ms. Rivera", "Mr. Chen", "Mrs. Okafor", "Mr. Schmidt"]


def _synthetic_courses(db: Database, needed: int) -> None:
    """Bench courses when the built-in catalog is too small to fill the plans."""
    with db.transaction() as s:
        for i in range(needed):
            low = 9 + i % 4
            s.add(Course(code=f"BENCH{i:03d}", title=f"Bench course {i}", credits=1.0,
                         subject_area=("English", "Mathematics", "Science",
                                       "Career & Technical Education")[i % 4],
                         grade_low=low, grade_high=12, cte=i % 4 == 3))


def build(db: Database, n_students: int, n_plans: int, n_courses: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    codes = [c.code for c in browse.catalog(db)]
    if len(codes) < n_courses:
        _synthetic_courses(db, n_courses)
        codes = [c.code for c in browse.catalog(db)]
    programs: list[str | None] = [p[0] for p in browse.list_programs(db)] or [None]
    now = dt.datetime.now().replace(microsecond=0)
    year = dt.date.today().year
    student_rows = []
    for i in range(n_students):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        sid = f"{100000 + i}"
        grade = 9 + i % 4
        student_rows.append(dict(
            student_id=sid, first_name=first, last_name=last, preferred_name="",
            grade=grade, graduation_year=year + 12 - grade, school="Bench High School",
            counselor=rng.choice(COUNSELORS), career_interests="", notes="", archived=False,
            created_at=now, updated_at=now, **student_folded_columns(first, last, "", sid)))
    with db.transaction() as s:
        s.execute(insert(Student), student_rows)
        student_ids = list(s.scalars(select(Student.id).order_by(Student.id)))
        plan_rows = [dict(student_pk=pk, name=f"Plan {j + 1}", is_active=j == 0,
                          program_code=rng.choice(programs), career_goal_text="",
                          postsecondary_type="", postsecondary_institution="", notes="",
                          status="draft", status_by="", created_at=now, updated_at=now)
                     for pk in student_ids for j in range(n_plans)]
        s.execute(insert(Plan), plan_rows)
        plan_ids = list(s.scalars(select(Plan.id).order_by(Plan.id)))
        batch: list[dict[str, object]] = []
        for plan_id in plan_ids:
            for k, code in enumerate(rng.sample(codes, n_courses)):
                batch.append(dict(plan_id=plan_id, course_code=code,
                                  level=GRADE_LEVELS[min(k * 4 // n_courses, 3)],
                                  term="year", status="planned", final_mark="",
                                  sort_order=k))
            if len(batch) >= 50_000:
                s.execute(insert(PlanCourse), batch)
                batch = []
        if batch:
            s.execute(insert(PlanCourse), batch)


CLOCK = time.perf_counter


def median_ms(fn: Callable[[], object], repeat: int, warmup: int = 1) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        start = CLOCK()
        fn()
        times.append((CLOCK() - start) * 1000)
    return statistics.median(times)


class _Plain(QAbstractTableModel):
    """The floor's model: as many rows and columns as the list, constant text, no data."""

    def __init__(self, rows: int) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: Any = None) -> int:
        return self.rows

    def columnCount(self, parent: Any = None) -> int:
        return 6

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return "Student, Example" if role == Qt.ItemDataRole.DisplayRole else None


def line(label: str, ms: float, floor: float, target: float | None = None) -> str:
    text = f"  {label:<52} {ms:8.2f} ms  {ms / floor:6.1f}x floor"
    if target is not None:
        verdict = "meets" if ms < target else "MISSES"
        text += f"  (target < {target:g} ms: {ms / target:4.2f}x, {verdict})"
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=5000)
    parser.add_argument("--plans", type=int, default=3)
    parser.add_argument("--courses", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--db", help="database file to build or reuse (default: temporary)")
    parser.add_argument("--cpu", action="store_true",
                        help="measure process CPU time instead of wall-clock time (steadier "
                             "on a busy machine)")
    args = parser.parse_args(argv)
    global CLOCK
    if args.cpu:
        CLOCK = time.process_time

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication, QTableView

    from counselor_app.services.rules import validate_plan
    from counselor_app.services.settings import load_settings
    from counselor_app.ui.context import AppContext, ChangeBus
    from counselor_app.ui.i18n import install_translators, remove_translators
    from counselor_app.ui.students.page import StudentsPage
    from counselor_app.ui.students.table_model import CLUSTER, GRADE, NAME

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.db) if args.db else Path(tmp) / "bench.db"
        db = open_database(str(path))
        try:
            with db.read() as s:
                existing = s.scalar(select(func.count()).select_from(Student)) or 0
            if not existing:
                start = time.perf_counter()
                build(db, args.students, args.plans, args.courses)
                print(f"built {args.students} students x {args.plans} plans x "
                      f"{args.courses} courses in {time.perf_counter() - start:.1f} s")
            with db.read() as s:
                n_students = s.scalar(select(func.count()).select_from(Student)) or 0
                n_plans = s.scalar(select(func.count()).select_from(Plan))
                n_courses = s.scalar(select(func.count()).select_from(PlanCourse))
                plan_id = s.scalar(select(Plan.id).order_by(Plan.id.desc()).limit(1))
            assert plan_id is not None
            print(f"database: {n_students} students, {n_plans} plans, "
                  f"{n_courses} planned courses")

            # --- the student list -----------------------------------------------------
            ctx = AppContext(db, QUndoStack(), ChangeBus(),
                             QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
            page = StudentsPage(ctx)
            page.resize(1280, 800)
            page.show()
            app.processEvents()
            table, model = page.table, page.model
            shown = table.rowAt(table.viewport().height() - 1) + 1

            def paint(view: QTableView) -> None:
                view.viewport().grab()  # paints what is on screen, as the window would

            plain = QTableView()
            plain.setModel(_Plain(n_students))
            plain.resize(table.size())
            plain.show()
            app.processEvents()
            con = sqlite3.connect(str(path))

            def floor_list() -> None:  # the least any list of these students does
                con.execute("SELECT id FROM student WHERE archived = 0 ORDER BY sort_name, id"
                            ).fetchall()
                paint(plain)

            def open_list() -> None:
                page.refresh()
                paint(table)

            def sort_by_grade() -> None:
                order = (Qt.SortOrder.DescendingOrder
                         if model.query().sort == "grade" and not model.query().descending
                         else Qt.SortOrder.AscendingOrder)
                table.sortByColumn(GRADE, order)
                paint(table)

            def sort_by_cluster() -> None:  # the names the interface shows: Spanish here
                order = (Qt.SortOrder.DescendingOrder
                         if model.query().sort == "cluster" and not model.query().descending
                         else Qt.SortOrder.AscendingOrder)
                table.sortByColumn(CLUSTER, order)
                paint(table)

            words = iter(["n", "nu", "nun", "nune", "nunez", ""] * (3 * args.repeat + 9))

            def search_keystroke() -> None:
                page.search.setText(next(words))
                paint(table)

            def every_row() -> None:  # what the list read before it held ids
                students.list_students(db)

            t_floor_list = median_ms(floor_list, args.repeat)
            t_open = median_ms(open_list, args.repeat)
            rows_read = model.cached_rows()
            t_sort = median_ms(sort_by_grade, args.repeat)
            spanish = install_translators(app, "es")
            t_cluster = median_ms(sort_by_cluster, args.repeat)
            remove_translators(app, spanish)
            table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
            t_search = median_ms(search_keystroke, args.repeat)
            page.search.clear()
            t_every = median_ms(every_row, args.repeat)
            con.close()
            page.close()
            plain.close()

            # --- plan validation --------------------------------------------------------
            rules_input = plans.plan_input(db, plan_id, load_settings(db))
            t_floor_rules = median_ms(lambda: validate_plan(rules_input), args.repeat * 10)
            courses = plans.load_plan(db, plan_id).courses
            target = courses[0]
            level = iter(GRADE_LEVELS * (4 * args.repeat + 8))

            def edit() -> None:
                plans.move_course(db, target.id, next(level))

            def edit_then_validate() -> None:
                edit()
                plans.validate(db, plan_id)

            def editor_round_trip() -> None:
                edit()
                plans.load_plan(db, plan_id)
                plans.validate(db, plan_id)

            validations = []
            for _ in range(args.repeat + 1):
                edit()
                start = CLOCK()
                plans.validate(db, plan_id)
                validations.append((CLOCK() - start) * 1000)
            t_validate = statistics.median(validations[1:])
            t_edit = median_ms(edit, args.repeat)
            t_edit_validate = median_ms(edit_then_validate, args.repeat)
            t_round = median_ms(editor_round_trip, args.repeat)
        finally:
            db.dispose()
    del app

    clock = "process CPU time" if args.cpu else "wall clock"
    print(f"medians of {args.repeat} runs ({clock}; load average {os.getloadavg()[0]:.2f}):")
    print(f"student list ({n_students} students; {shown} rows on screen, "
          f"{rows_read} rows read to open it):")
    print(f"  floor: ids in name order (sqlite3) + painting a plain {n_students}-row table: "
          f"{t_floor_list:.2f} ms")
    print(line("open the list (page refresh + first screen painted)", t_open, t_floor_list,
               100))
    print(line("sort by grade (header click, in SQL) + paint", t_sort, t_floor_list))
    print(line("sort by cluster, interface in Spanish (Spanish names) + paint", t_cluster,
               t_floor_list))
    print(line("one search keystroke (in SQL) + paint", t_search, t_floor_list))
    print(line("for comparison: reading every row (list_students)", t_every, t_floor_list))
    print("plan validation (one plan of "
          f"{len(rules_input.courses)} courses):")
    print(f"  floor: the rules on a plan already in memory (validate_plan): "
          f"{t_floor_rules:.3f} ms")
    print(line("validate one plan after an edit", t_validate, t_floor_rules, 5))
    print(line("  the edit alone (move_course)", t_edit, t_floor_rules))
    print(line("  edit + validate", t_edit_validate, t_floor_rules))
    print(line("  edit + load_plan + validate (editor per change)", t_round, t_floor_rules,
               16))
    return 0


if __name__ == "__main__":
    sys.exit(main())
