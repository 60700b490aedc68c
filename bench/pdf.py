"""Printed plan speed and memory: one plan, and a caseload batch.

    python bench/pdf.py [--students 400] [--runs 30] [--skip-memory]

About five minutes for 400 students, most of it in the tracemalloc runs.

Builds its own temporary database (built-in catalog plus N students, each with a
~30-course active plan started from a program of study), then measures

* one plan: building the report from the database, rendering it, and a raw
  reportlab page holding the same course table (the baseline the ratio uses);
* a batch: one file per student, and one combined PDF, with the median time per
  plan (from the progress callbacks) and the peak Python memory (tracemalloc,
  measured in a separate run so it does not slow the timed one).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

os.environ.setdefault("COUNSELOR_APP_NO_LOG_FILE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FIRST_NAMES = ["María José", "Thị Minh Anh", "Zofia", "Liam", "Aaliyah", "Søren", "Анастасия",
               "Diego", "Chloé", "Mohammed", "Ava", "Kwame", "Yuki", "Seán", "Priya"]
LAST_NAMES = ["Núñez", "Nguyễn", "Łukasiewicz", "Smith", "Johnson", "García-Márquez",
              "Kuznetsova", "O'Brien", "Okafor", "Papadopoulos", "Kim", "Rossi", "Müller"]
TERMS = ["year", "year", "year", "sem1", "sem2"]
# (first, last) in scripts that need fallback fonts and shaping
OTHER_SCRIPTS = [("小明", "王"), ("민준", "김"), ("محمد", "الأحمد"), ("Priya", "शर्मा"),
                 ("さくら", "山田"), ("สมชาย", "ใจดี"), ("דוד", "כהן"), ("Ana 🙂", "Silva"),
                 ("அருண்", "குமார்")]


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def timed(fn: Callable[[], Any], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def peak_mb(fn: Callable[[], Any]) -> float:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def make_database(path: Path, students: int) -> tuple[Any, list[int]]:
    """Seeded database with ``students`` students, each with an active ~30-course plan."""
    from sqlalchemy import select

    from counselor_app.domain import (
        Course,
        Plan,
        PlanCourse,
        ProgramCourse,
        ProgramOfStudy,
        Student,
    )
    from counselor_app.store.bootstrap import open_database
    from counselor_app.text import student_search_text

    db = open_database(str(path))
    rng = random.Random(7)
    now = dt.datetime(2026, 3, 4, 9, 0)
    with db.transaction() as s:
        courses = s.execute(select(Course.code, Course.grade_low, Course.grade_high,
                                   Course.cte)).all()
        academic = [c for c in courses if not c.cte and c.grade_low <= 12]
        programs = s.scalars(select(ProgramOfStudy.code)).all()
        program_ids = {code: pid for code, pid in
                       s.execute(select(ProgramOfStudy.code, ProgramOfStudy.id))}
        pks = []
        for i in range(students):
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            grade = 9 + i % 4
            st = Student(student_id=f"B{i:05d}", first_name=first, last_name=last,
                         grade=grade, graduation_year=2026 + (12 - grade) + 1,
                         counselor=rng.choice(["Ms. Rivera", "Mr. Chen", "Dr. Okafor"]),
                         name_folded=student_search_text(first, last, "", f"B{i:05d}"),
                         created_at=now, updated_at=now)
            s.add(st)
            s.flush()
            program = rng.choice(programs) if programs else None
            plan = Plan(student_pk=st.id, name="Four-year plan", is_active=True,
                        program_code=program, notes="Reviewed with family at conference. "
                        "Interested in dual credit & work-based learning.",
                        created_at=now, updated_at=now)
            s.add(plan)
            s.flush()
            rows: list[tuple[str, int]] = []
            if program:
                rows += [(pc.course_code, pc.level) for pc in s.scalars(
                    select(ProgramCourse).where(ProgramCourse.program_id == program_ids[program])
                    .order_by(ProgramCourse.level, ProgramCourse.sort_order))]
            while len(rows) < 30 and academic:
                c = rng.choice(academic)
                level = rng.randint(max(9, c.grade_low), max(9, min(12, c.grade_high)))
                rows.append((c.code, level))
            for order, (code, level) in enumerate(rows):
                status = "completed" if level < grade else \
                    ("in_progress" if level == grade else "planned")
                s.add(PlanCourse(plan_id=plan.id, course_code=code, level=level,
                                 term=rng.choice(TERMS), status=status, sort_order=order,
                                 final_mark="A" if status == "completed" else ""))
            pks.append(st.id)
    return db, pks


def raw_table_pdf(report: Any) -> bytes:
    """The baseline: the same course rows as one plain reportlab table on a page."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.platypus import SimpleDocTemplate, Table

    rows = [["Grade", "Code", "Course", "Credits", "Term", "Status"]]
    for level in report.levels:
        for c in level.courses:
            rows.append([level.label, c.code, c.title[:60], f"{c.credits:g}", c.term, c.status])
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=LETTER).build([Table(rows, repeatRows=1)])
    return buffer.getvalue()


def _rename(db: Any, pks: list[int], names: list[tuple[str, str]]) -> None:
    from counselor_app.domain import Student

    with db.transaction() as s:
        for pk, (first, last) in zip(pks, names, strict=True):
            st = s.get(Student, pk)
            st.first_name, st.last_name = first, last


def fallback_batches(db: Any, pks: list[int], tmp: Path, runs: int) -> None:
    """Item 9: one combined batch with every fifth name in another script (fallback
    fonts, shaping, right to left) against the same batch with Latin names only."""
    from counselor_app.domain import Student
    from counselor_app.services.report_data import batch_export

    chosen = pks[::5]
    with db.transaction() as s:
        latin = [(s.get(Student, pk).first_name, s.get(Student, pk).last_name) for pk in chosen]
    other = [OTHER_SCRIPTS[i % len(OTHER_SCRIPTS)] for i in range(len(chosen))]
    _rename(db, chosen, other)
    batch_export(db, pks[:20], tmp / "warm.pdf", True)  # load the fallback fonts once
    without: list[float] = []
    with_fallback: list[float] = []
    for _ in range(runs):  # alternate so that machine load hits both alike
        for names, samples in ((latin, without), (other, with_fallback)):
            _rename(db, chosen, names)
            t = time.perf_counter()
            batch_export(db, pks, tmp / "scripts.pdf", True)
            samples.append(time.perf_counter() - t)
    _rename(db, chosen, latin)
    a, b = statistics.median(without), statistics.median(with_fallback)
    print(f"\nbatch with other scripts ({len(chosen)} of {len(pks)} names: Chinese, Korean, "
          f"Arabic, Devanagari, ...), median of {runs}:")
    print(f"  Latin names only          {a:7.2f} s")
    print(f"  with fallback fonts       {b:7.2f} s")
    print(f"  ratio with / without      {b / a:7.2f}x (goal: at most 1.10)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=400)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--skip-memory", action="store_true",
                        help="skip the (slow) tracemalloc runs of the batches")
    args = parser.parse_args()

    from pypdf import PdfReader

    from counselor_app.reports.fonts import register_fonts
    from counselor_app.reports.render import render_bytes, render_plan
    from counselor_app.services.report_data import batch_export, build_student_report
    from counselor_app.services.settings import Settings, save_settings

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        t = time.perf_counter()
        db, pks = make_database(tmp / "bench.db", args.students)
        save_settings(db, Settings(school_name="Lincoln High School", counselor_name="Ms. Rivera"))
        print(f"setup: {args.students} students with plans in {time.perf_counter() - t:.1f} s")

        t = time.perf_counter()
        fonts = register_fonts()
        print(f"font: {fonts.source} (registered in {(time.perf_counter() - t) * 1000:.0f} ms)")

        # -- one plan
        pk = pks[len(pks) // 2]
        report = build_student_report(db, pk)
        data = render_bytes(report)  # warm up
        raw_table_pdf(report)
        pages = len(PdfReader(io.BytesIO(data)).pages)
        build = timed(lambda: build_student_report(db, pk), args.runs)
        render = timed(lambda: render_bytes(report), args.runs)
        raw = timed(lambda: raw_table_pdf(report), args.runs)
        both = timed(lambda: render_bytes(build_student_report(db, pk)), args.runs)
        print(f"\none plan ({report.course_count} courses, {pages} pages, "
              f"{len(data) / 1024:.0f} KiB), median of {args.runs}:")
        print(f"  build report (database)   {median_ms(build):7.1f} ms")
        print(f"  render PDF                {median_ms(render):7.1f} ms")
        print(f"  build + render            {median_ms(both):7.1f} ms")
        print(f"  raw reportlab table page  {median_ms(raw):7.1f} ms")
        print(f"  ratio render / raw        {median_ms(render) / median_ms(raw):7.2f}x")
        print(f"  ratio build+render / raw  {median_ms(both) / median_ms(raw):7.2f}x")
        peak = peak_mb(lambda: render_bytes(build_student_report(db, pk)))
        print(f"  peak memory, one plan     {peak:7.1f} MB")

        # -- batch
        for combined in (False, True):
            out = tmp / ("all.pdf" if combined else "plans")
            stamps: list[float] = []

            def progress(done: int, total: int, message: str,
                         stamps: list[float] = stamps) -> None:
                stamps.append(time.perf_counter())

            start = time.perf_counter()
            result = batch_export(db, pks, out, combined, progress)
            total = time.perf_counter() - start
            per_plan = [b - a for a, b in zip([start, *stamps], stamps, strict=False)]
            label = "one combined PDF" if combined else "one file per student"
            size = sum(f.stat().st_size for f in result.files) / 1e6
            print(f"\nbatch, {label}: {result.plans} plans in {total:.1f} s "
                  f"({len(result.files)} file{'s' if len(result.files) != 1 else ''}, "
                  f"{size:.1f} MB)")
            print(f"  median per plan           {median_ms(per_plan):7.1f} ms "
                  f"({median_ms(per_plan) / median_ms(raw):.2f}x the raw table page)")
            print(f"  mean per plan             {total / len(pks) * 1000:7.1f} ms")
            if combined:
                print(f"  pages                     {len(PdfReader(str(out)).pages):7d}")
            if not args.skip_memory:
                again = tmp / ("again.pdf" if combined else "again")
                peak = peak_mb(partial(batch_export, db, pks, again, combined))
                print(f"  peak memory (tracemalloc) {peak:7.1f} MB")

        fallback_batches(db, pks, tmp, max(3, args.runs // 10))
        render_plan(report, tmp / "sample.pdf")
        db.dispose()
    if sys.platform != "win32":
        import resource

        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
        print(f"\nprocess peak RSS (everything, incl. Python and SQLite): {rss:.0f} MB")


if __name__ == "__main__":
    main()
