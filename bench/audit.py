"""Benchmark: the graduation audit.

Prints medians of:

* the audit engine on one 30-course plan against a diploma set and two supplemental sets
  (Florida 24-credit + UC/CSU A-G + NCAA D-I by default), next to today's rule validator
  (``services/rules.validate_plan``) on the same plan, measured in the same run (the floor);
* the same audit through the service (``audit_plan``: database reads included);
* the Texas Foundation-with-endorsement diploma (which audits the Foundation program and
  the five endorsements too) as a heavier case;
* a re-audit of a caseload of N students (``reaudit_caseload``), one session, in bulk.

Each figure is printed with its ratio to the floor (today's rule validator on the same
plan, measured in the same run) and to its target (issues 9 and 15): under 5 ms per plan,
under 2 s for 700 students (scaled to --students).

    python bench/audit.py [--students 700] [--courses 30] [--repeat 51]
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

os.environ.setdefault("COUNSELOR_APP_NO_LOG_FILE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select  # noqa: E402

from counselor_app.audit import AuditInput, audit  # noqa: E402
from counselor_app.domain import Plan, PlanCourse, ProgramCourse, ProgramOfStudy, Student  # noqa: E402
from counselor_app.services import plans as plan_service  # noqa: E402
from counselor_app.services.audit import audit_plan, reaudit_caseload, set_plan_sets  # noqa: E402
from counselor_app.services.audit_inputs import catalog_facts, student_records  # noqa: E402
from counselor_app.services.requirement_sets import library  # noqa: E402
from counselor_app.services.rules import validate_plan  # noqa: E402
from counselor_app.store.bootstrap import open_database  # noqa: E402
from counselor_app.store.engine import Database  # noqa: E402
from counselor_app.text import student_folded_columns  # noqa: E402

SETS = ("fl-standard-24", "uc-csu-a-g", "ncaa-d1-core")
MARKS = ("A", "A", "B", "B", "B", "C", "C", "D", "F", "92", "78")


def build(db: Database, n_students: int, n_courses: int, seed: int = 11) -> list[int]:
    """Students in grades 9-12, each with one active plan of ``n_courses`` courses from a
    program of study plus electives: earlier grades completed (some failed), the current
    grade in progress, later grades planned."""
    rng = random.Random(seed)
    with db.read() as s:
        programs: dict[str, list[tuple[int, str]]] = {}
        for code, level, course in s.execute(
                select(ProgramOfStudy.code, ProgramCourse.level, ProgramCourse.course_code)
                .join(ProgramCourse, ProgramCourse.program_id == ProgramOfStudy.id)
                .where(ProgramCourse.level <= 12)):
            programs.setdefault(code, []).append((level, course))
        codes = sorted({c for rows in programs.values() for _, c in rows})
    now = dt.datetime.now().replace(microsecond=0)
    with db.transaction() as s:
        rows = []
        for i in range(n_students):
            sid = f"A{100000 + i}"
            rows.append(dict(student_id=sid, first_name="Bench", last_name=f"Student {i}",
                             preferred_name="", grade=9 + i % 4, graduation_year=2030 - i % 4,
                             school="", counselor="", career_interests="", notes="",
                             archived=False, created_at=now, updated_at=now,
                             **student_folded_columns("Bench", f"Student {i}", "", sid)))
        s.execute(insert(Student), rows)
        students = list(s.execute(select(Student.id, Student.grade).order_by(Student.id)))
        names = sorted(programs)
        plan_rows = [dict(student_pk=pk, name="Main", is_active=True,
                          program_code=rng.choice(names), career_goal_text="",
                          postsecondary_type="", postsecondary_institution="", notes="",
                          status="draft", status_by="", created_at=now, updated_at=now)
                     for pk, _ in students]
        s.execute(insert(Plan), plan_rows)
        plans = list(s.execute(select(Plan.id, Plan.program_code, Student.grade)
                               .join(Student, Student.id == Plan.student_pk)))
        batch = []
        for plan_id, program, grade in plans:
            chosen = list(programs[program])
            taken = {c for _, c in chosen}
            while len(chosen) < n_courses:
                code = rng.choice(codes)
                if code not in taken:
                    taken.add(code)
                    chosen.append((9 + len(chosen) % 4, code))
            for k, (level, code) in enumerate(chosen[:n_courses]):
                status = ("completed" if level < grade else
                          "in_progress" if level == grade else "planned")
                batch.append(dict(plan_id=plan_id, course_code=code, level=level,
                                  term="year", status=status,
                                  final_mark=rng.choice(MARKS) if status == "completed"
                                  else "", sort_order=k))
        s.execute(insert(PlanCourse), batch)
    return [p for p, _, _ in plans]


CLOCK = time.perf_counter
PLAN_TARGET_MS = 5.0
CASELOAD_TARGET_S, CASELOAD_STUDENTS = 2.0, 700  # scaled to --students


def verdict(label: str, ms: float, floor: float, target: float | None = None) -> str:
    """One figure with its ratio to the floor and, when there is one, to its target."""
    text = f"  {label:<48} {ms:9.3f} ms  {ms / floor:7.1f}x floor"
    if target is not None:
        text += (f"  (target < {target:g} ms: {ms / target:4.2f}x, "
                 f"{'meets' if ms < target else 'MISSES'})")
    return text


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    fn()
    times = []
    for _ in range(repeat):
        start = CLOCK()
        fn()
        times.append((CLOCK() - start) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=700)
    parser.add_argument("--courses", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=51)
    parser.add_argument("--cpu", action="store_true",
                        help="measure process CPU time instead of wall-clock time (steadier "
                             "on a busy machine)")
    args = parser.parse_args(argv)
    global CLOCK
    if args.cpu:
        CLOCK = time.process_time
    print(f"clock: {'process CPU time' if args.cpu else 'wall clock'}")
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(str(Path(tmp) / "bench.db"))
        try:
            start = time.perf_counter()
            plan_ids = build(db, args.students, args.courses)
            print(f"built {args.students} students with {args.courses}-course plans in "
                  f"{time.perf_counter() - start:.1f} s")
            plan_id = plan_ids[len(plan_ids) // 2 + 1]  # a grade-10 student: all statuses
            with db.read() as s:
                sets = library(s)
                records = student_records(s, {plan_id: s.get(Plan, plan_id).student_pk})
                facts = catalog_facts(s)
            rec = records[plan_id]
            inp = AuditInput(tuple(rec.attempts), facts)
            rules_input = plan_service.plan_input(db, plan_id)
            chosen = [sets[c] for c in SETS]
            heavy = [sets["tx-foundation-endorsement"]]

            floor = median_ms(lambda: validate_plan(rules_input), args.repeat)
            engine = median_ms(lambda: audit(chosen, inp, sets), args.repeat)
            texas = median_ms(lambda: audit(heavy, inp, sets), args.repeat)
            set_plan_sets(db, plan_id, SETS[0], SETS[1:])
            service = median_ms(lambda: audit_plan(db, plan_id), args.repeat)
            print(f"plan of {len(inp.attempts)} courses against {', '.join(SETS)} "
                  f"(load average {os.getloadavg()[0]:.2f}):")
            print(f"  floor: today's validator on the plan in memory (validate_plan): "
                  f"{floor:.3f} ms")
            print(verdict("audit engine", engine, floor, PLAN_TARGET_MS))
            print(verdict("audit_plan (with database reads)", service, floor, PLAN_TARGET_MS))
            print(verdict("Texas Foundation + endorsement (7 sets audited)", texas, floor))
            from dataclasses import replace

            from counselor_app.services.settings import load_settings, save_settings

            save_settings(db, replace(load_settings(db), requirement_set=SETS[0],
                                      supplemental_sets=SETS[1:]))
            runs = []
            for _ in range(3):
                start = CLOCK()
                rows = reaudit_caseload(db)
                runs.append(CLOCK() - start)
            caseload = statistics.median(runs)
            target = CASELOAD_TARGET_S * 1000 * len(rows) / CASELOAD_STUDENTS
            print(f"re-audit of {len(rows)} students ({', '.join(SETS)}; "
                  f"{caseload * 1000 / max(1, len(rows)):.2f} ms each):")
            print(f"  floor: the validator over the caseload in memory ({len(rows)} x "
                  f"validate_plan): {floor * len(rows):.1f} ms")
            print(verdict("reaudit_caseload", caseload * 1000, floor * len(rows), target))
        finally:
            db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
