"""Benchmark: student list and plan validation on a school-sized database.

Builds (or reuses, with --db) a database of N students with P plans of C courses
each, then prints medians of:

* opening the student list: ``list_students`` + filling ``StudentTableModel`` behind
  its sorted filter proxy (what the Students view does);
* validating one plan right after an edit (``move_course`` then ``validate``), and the
  whole round trip the plan editor makes per change (edit + ``load_plan`` + ``validate``).

    python bench/plans.py [--students 5000] [--plans 3] [--courses 30] [--repeat 15]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("COUNSELOR_APP_NO_LOG_FILE", "1")

from sqlalchemy import func, insert, select  # noqa: E402

from counselor_app.domain import Course, Plan, PlanCourse, Student  # noqa: E402
from counselor_app.domain.base import GRADE_LEVELS  # noqa: E402
from counselor_app.services import browse, plans, students  # noqa: E402
from counselor_app.store.bootstrap import open_database  # noqa: E402
from counselor_app.store.engine import Database  # noqa: E402
from counselor_app.text import student_search_text  # noqa: E402

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
            name_folded=student_search_text(first, last, "", sid), created_at=now,
            updated_at=now))
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


def median_ms(fn: Callable[[], object], repeat: int, warmup: int = 1) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=5000)
    parser.add_argument("--plans", type=int, default=3)
    parser.add_argument("--courses", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--db", help="database file to build or reuse (default: temporary)")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QCoreApplication, Qt

    from counselor_app.ui.students.table_model import NAME, StudentFilterProxy, StudentTableModel

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
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
                n_students = s.scalar(select(func.count()).select_from(Student))
                n_plans = s.scalar(select(func.count()).select_from(Plan))
                n_courses = s.scalar(select(func.count()).select_from(PlanCourse))
                plan_id = s.scalar(select(Plan.id).order_by(Plan.id.desc()).limit(1))
            assert plan_id is not None
            print(f"database: {n_students} students, {n_plans} plans, "
                  f"{n_courses} planned courses")

            model = StudentTableModel()
            proxy = StudentFilterProxy()
            proxy.setSourceModel(model)
            proxy.sort(NAME, Qt.SortOrder.AscendingOrder)
            rows: list[students.StudentRow] = []

            def query() -> None:
                rows[:] = students.list_students(db)

            def fill() -> None:
                model.set_rows(rows)
                proxy.rowCount()

            def open_list() -> None:
                query()
                fill()

            t_query = median_ms(query, args.repeat)
            t_fill = median_ms(fill, args.repeat)
            t_open = median_ms(open_list, args.repeat)

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
                start = time.perf_counter()
                plans.validate(db, plan_id)
                validations.append((time.perf_counter() - start) * 1000)
            t_validate = statistics.median(validations[1:])
            t_edit_validate = median_ms(edit_then_validate, args.repeat)
            t_round = median_ms(editor_round_trip, args.repeat)
        finally:
            db.dispose()
    del app

    print(f"medians of {args.repeat} runs:")
    print(f"  open student list (list_students + table model): {t_open:8.1f} ms")
    print(f"    list_students query:                           {t_query:8.1f} ms")
    print(f"    fill table model + sorted proxy:               {t_fill:8.1f} ms")
    print(f"  validate one plan after an edit:                 {t_validate:8.1f} ms")
    print(f"    edit + validate:                               {t_edit_validate:8.1f} ms")
    print(f"    edit + load_plan + validate (editor per change): {t_round:6.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
