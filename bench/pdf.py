"""Printed plan speed: a caseload batch and one plan, as ratios to raw reportlab.

    python bench/pdf.py [--students 400] [--runs 5] [--skip-fallback]

Builds a temporary database (built-in catalog plus N students, each with a ~30-course
active plan started from a program of study), then measures, alternating the runs so
that machine load hits every figure alike, and prints medians:

* the floor: a whole Python process that imports reportlab and writes N one-page PDFs,
  each a plain reportlab table of one student's course rows (the same rows the plans
  print); and one such page in a process of its own;
* a second floor with the same content: raw reportlab (sample styles, plain tables,
  paragraphs only in cells that wrap) writing everything each plan prints (header, course
  grid, audit tables, review items, occupations, credentials, notes, glossary,
  signature lines), N plans in one process; and one such plan;
* the batch: ``counselor-app export-pdf --all --combined`` as a whole process (what a
  counselor waits for), on every core and on one (``--workers 1``), and one file per
  student; ratio to the floor (issue 15's target: <= 1.0 on 2 cores), and per printed
  page (the floor writes one page a student; a plan prints about five);
* fallback fonts (issue 12 item 9): the same combined batch with every fifth name in
  another script (Chinese, Korean, Arabic, Devanagari, ...) against Latin names only:
  ratio <= 1.10;
* one plan: build + render in the app's process (preview, export from the window)
  against the raw page with the same course rows and against the same content (target
  <= 2.0), and
  ``export-pdf --student`` against the one-page floor as whole processes;
* queries: how many the batch's reading takes, against one student at a time;
* memory: the maximum resident set of the batch's processes (the command and the
  largest worker) for N/4 and N students: flat means the same.

Children run with bytecode caching on (``PYTHONDONTWRITEBYTECODE`` removed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("COUNSELOR_APP_NO_LOG_FILE", "1")
sys.path.insert(0, str(ROOT))

FIRST_NAMES = ["María José", "Thị Minh Anh", "Zofia", "Liam", "Aaliyah", "Søren", "Анастасия",
               "Diego", "Chloé", "Mohammed", "Ava", "Kwame", "Yuki", "Seán", "Priya"]
LAST_NAMES = ["Núñez", "Nguyễn", "Łukasiewicz", "Smith", "Johnson", "García-Márquez",
              "Kuznetsova", "O'Brien", "Okafor", "Papadopoulos", "Kim", "Rossi", "Müller"]
TERMS = ["year", "year", "year", "sem1", "sem2"]
# (first, last) in scripts that need fallback fonts and shaping
OTHER_SCRIPTS = [("小明", "王"), ("민준", "김"), ("محمد", "الأحمد"), ("Priya", "शर्मा"),
                 ("さくら", "山田"), ("สมชาย", "ใจดี"), ("דוד", "כהן"), ("Ana 🙂", "Silva"),
                 ("அருண்", "குமார்")]
HEADER = ["Grade", "Code", "Course", "Credits", "Term", "Status"]


# ---------------------------------------------------------------- children


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
    from counselor_app.services.plans import program_defaults
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
            if program:  # as the app starts a plan from a program
                rows += [(pc.course_code, pc.level) for pc in program_defaults(s.scalars(
                    select(ProgramCourse).where(ProgramCourse.program_id == program_ids[program])
                    .order_by(ProgramCourse.level, ProgramCourse.sort_order)))]
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


def table_rows(report: Any) -> list[list[str]]:
    """The course rows of a plan as plain strings (the floor's table)."""
    rows = [HEADER]
    for level in report.levels:
        for c in level.courses:
            rows.append([level.label, c.code, c.title[:60], f"{c.credits:g}", c.term, c.status])
    return rows


def raw_table_pdf(rows: list[list[str]]) -> bytes:
    """The baseline: one plain reportlab table on a page."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.platypus import SimpleDocTemplate, Table

    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=LETTER).build([Table(rows, repeatRows=1)])
    return buffer.getvalue()


def report_content(report: Any) -> list[list[Any]]:
    """Everything a plan prints, as plain blocks: ["p", text] and ["t", rows, wrapping
    columns]. The floor with the same content lays these out with plain reportlab."""
    from counselor_app.reports.sections import GLOSSARY

    st, out = report.student, []

    def p(text: str) -> None:
        out.append(["p", text])

    def table(rows: list[list[Any]], wrap: list[int]) -> None:
        if rows:
            out.append(["t", [[str(c) for c in r] for r in rows], wrap])

    p(report.school.name), p("Educational and Career Plan"), p(report.plan_name)
    p(report.plan_status)
    table([["Student", st.full_name, "Student ID", st.student_id, "Grade", st.grade],
           ["Counselor", st.counselor, "Graduation year", st.graduation_year, "Printed",
            st.date_printed.isoformat()]], [])
    d, g = report.direction, report.goals
    table([["Career cluster", d.cluster, "Career goal", g.career],
           ["Pathway", d.pathway, "After high school", g.postsecondary_type],
           ["Program of study", d.program, "", g.postsecondary_institution]], [1, 3])
    for level in report.levels:
        p(f"{level.label} {level.school_year} {level.credits:g} credits")
        table([["Course", "Code", "Credits", "Term", "Status"]]
              + [[c.title, c.code, f"{c.credits:g}", c.term, f"{c.status} {c.final_mark}"]
                 for c in level.courses], [0])
    p(f"Total credits, grades 9-12: {report.total_credits:g}")
    if report.audit is not None:
        for block in report.audit.sets:
            p(f"{block.name} {block.status_text}"), p(block.source), p(block.notice)
            table([["Requirement", "Counted courses", "Needed", "Earned", "Planned",
                    "Status"]]
                  + [[r.label, "every counted course" if r.kind == "total" else
                      " ".join([", ".join(r.courses), r.note]), f"{r.required:g}",
                      f"{r.earned:g}",
                      f"{r.planned:g}", r.status_text] for r in block.rows], [0, 1, 5])
            for line in block.not_counted:
                p(line)
        box = report.audit.concentrator
        if box is not None:
            p(f"{box.status_text}: {box.program_name} ({box.program_code}), {box.basis}")
    for i, item in enumerate(report.review, 1):
        p(f"{i}. {item}")
    table([["SOC code", "Occupation", "Typical education", "Median pay", "Outlook"]]
          + [[o.soc, o.title, o.education, o.median_annual or "", o.outlook]
             for o in report.occupations], [1, 2, 4])
    table([["Credential", "Issued by", "Grade"]]
          + [[c.name, c.issuer, c.grade] for c in report.credentials], [0, 1])
    table([["After high school", "Program", "Leads to"]]
          + [[o.kind, o.title, o.credential] for o in report.options], [1, 2])
    p(report.notes)
    p("Words used in this plan")
    table([[term, meaning] for term, meaning in GLOSSARY], [0, 1])
    table([["Student signature", "", "Counselor signature", ""], ["Date", "", "Date", ""],
           ["Parent or guardian signature", "", "Second parent or guardian", ""],
           ["Date", "", "Date", ""]], [])
    return out


def raw_plan_pdf(content: list[list[Any]]) -> bytes:
    """The same content with plain reportlab: sample styles, plain tables, paragraphs
    only where a cell has to wrap."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    body = getSampleStyleSheet()["BodyText"]
    story: list[Any] = []
    for block in content:
        if block[0] == "p":
            story.append(Paragraph(escape(block[1]), body))
            continue
        rows, wrap = block[1], set(block[2])
        weights = [3 if i in wrap else 1 for i in range(len(rows[0]))]
        story.append(Table([[Paragraph(escape(c), body) if i in wrap else c
                             for i, c in enumerate(r)] for r in rows],
                           colWidths=[468 * w / sum(weights) for w in weights],
                           repeatRows=1))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=LETTER).build(story)
    return buffer.getvalue()


def child_build(folder: Path, students: int) -> None:
    """The databases (Latin names; every fifth name in another script) and the rows."""
    from counselor_app.domain import Student
    from counselor_app.services.report_bulk import build_batch_reports
    from counselor_app.services.settings import Settings, save_settings

    db, pks = make_database(folder / "latin.db", students)
    settings = Settings(school_name="Lincoln High School", counselor_name="Ms. Rivera")
    save_settings(db, settings)
    rows, content = [], []
    for i in range(0, len(pks), 50):
        built = build_batch_reports(db, pks[i:i + 50], settings, dt.date.today())
        rows += [table_rows(built[pk].reports[0]) for pk in pks[i:i + 50]]
        content += [report_content(built[pk].reports[0]) for pk in pks[i:i + 50]]
    (folder / "rows.json").write_text(json.dumps(rows))
    (folder / "content.json").write_text(json.dumps(content))
    db.dispose()
    shutil.copy(folder / "latin.db", folder / "scripts.db")
    from counselor_app.store.bootstrap import open_database

    other = open_database(str(folder / "scripts.db"))
    with other.transaction() as s:
        for n, pk in enumerate(pks[::5]):
            st = s.get(Student, pk)
            st.first_name, st.last_name = OTHER_SCRIPTS[n % len(OTHER_SCRIPTS)]
    other.dispose()


def child_floor(rows_file: Path, limit: int) -> None:
    for rows in json.loads(rows_file.read_text())[:limit]:
        raw_table_pdf(rows)


def child_floor_pages(rows_file: Path, limit: int) -> None:
    """How many pages the floor writes (one a student, unless a table runs over)."""
    from pypdf import PdfReader

    print(sum(len(PdfReader(io.BytesIO(raw_table_pdf(rows))).pages)
              for rows in json.loads(rows_file.read_text())[:limit]))


def child_same(content_file: Path, limit: int) -> None:
    for content in json.loads(content_file.read_text())[:limit]:
        raw_plan_pdf(content)


def child_one_plan(db_file: Path, runs: int) -> None:
    """In-process figures: one plan against its raw page; the batch's query count."""
    from sqlalchemy import event

    from counselor_app.reports.render import render_bytes
    from counselor_app.services.batch_export import cut_chunks, machine_workers
    from counselor_app.services.report_bulk import build_batch_reports
    from counselor_app.services.report_data import build_student_report
    from counselor_app.services.settings import load_settings
    from counselor_app.services.students import list_students
    from counselor_app.store.bootstrap import open_database

    db = open_database(str(db_file))
    pks = [r.id for r in list_students(db)]
    pk = pks[len(pks) // 2]
    report = build_student_report(db, pk)
    rows = table_rows(report)
    render_bytes(report), raw_table_pdf(rows)  # warm up

    def timed(fn: Callable[[], Any]) -> float:
        samples = []
        for _ in range(runs):
            t = time.perf_counter()
            fn()
            samples.append(time.perf_counter() - t)
        return statistics.median(samples)

    content = report_content(report)
    raw_plan_pdf(content)
    both = timed(lambda: render_bytes(build_student_report(db, pk)))
    raw = timed(lambda: raw_table_pdf(rows))
    same = timed(lambda: raw_plan_pdf(content))
    queries = [0]
    event.listen(db.engine, "before_cursor_execute",
                 lambda *a: queries.__setitem__(0, queries[0] + 1))
    settings, today = load_settings(db), dt.date.today()
    for chunk in cut_chunks(pks, machine_workers()):  # as the workers read them
        build_batch_reports(db, list(chunk), settings, today)
    bulk = queries[0]
    queries[0] = 0
    for one in pks[:20]:
        build_student_report(db, one, settings, today)
    print(json.dumps({"plan": both, "raw": raw, "same": same,
                      "same_pages": len(__import__("pypdf").PdfReader(
                          io.BytesIO(raw_plan_pdf(content))).pages),
                      "courses": report.course_count,
                      "pages": len(__import__("pypdf").PdfReader(
                          io.BytesIO(render_bytes(report))).pages),
                      "bulk_queries": bulk, "one_by_one": queries[0] / 20 * len(pks),
                      "students": len(pks), "student_id": report.student.student_id}))


# ---------------------------------------------------------------- measuring


def child_env(root: Path = ROOT) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(root), env.get("PYTHONPATH")) if p)
    env["COUNSELOR_APP_NO_LOG_FILE"] = "1"
    env.pop("COUNSELOR_APP_DB", None)
    return env


def entry_point() -> list[str]:
    script = Path(sys.executable).with_name("counselor-app")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "counselor_app"]


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(argv: list[str], root: Path = ROOT) -> tuple[float, float, str]:
    """Wall time, processor time (the command and every process it started, such as the
    workers: on a busy machine the steadier figure) and the command's output."""
    cpu = _cpu()
    start = time.perf_counter()
    # in the tree's own folder: ``python -m`` and ``-c`` look there first
    proc = subprocess.run(argv, env=child_env(root), capture_output=True, text=True,
                          cwd=root)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv[:4])} failed ({proc.returncode}):\n"
                         f"{proc.stderr[-2000:]}")
    return seconds, _cpu() - cpu, proc.stdout


def me(*args: str) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), *args]


def medians(commands: dict[str, list[str]], runs: int,
            roots: dict[str, Path] | None = None) -> dict[str, tuple[float, float]]:
    """Median wall and processor time of each command, alternating run by run."""
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, argv in commands.items():
            wall, cpu, _ = run(argv, (roots or {}).get(name, ROOT))
            samples[name].append((wall, cpu))
    return {name: (statistics.median(w for w, _ in values),
                   statistics.median(c for _, c in values))
            for name, values in samples.items()}


def peak_rss(argv: list[str]) -> float:
    """The largest resident set of one process of the command's tree (MiB): measured in a
    fresh helper so that earlier children do not count."""
    code = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
            "capture_output=True); print(resource.getrusage(resource.RUSAGE_CHILDREN)"
            ".ru_maxrss / 1024)")
    return float(run([sys.executable, "-c", code, *argv])[2])


def ratio_line(label: str, figure: tuple[float, float], floor: tuple[float, float]) -> str:
    return (f"  {label:<44} {figure[0]:7.2f} s {figure[0] / floor[0]:6.2f}x   "
            f"cpu {figure[1]:7.2f} s {figure[1] / floor[1]:6.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=400)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-fallback", action="store_true")
    parser.add_argument("--before", type=Path, metavar="TREE",
                        help="also time export-pdf --all --combined from this source tree "
                             "(a checkout of the code before a change), alternating")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "build":
            child_build(Path(rest[0]), int(rest[1]))
        elif kind == "floor":
            child_floor(Path(rest[0]), int(rest[1]))
        elif kind == "same":
            child_same(Path(rest[0]), int(rest[1]))
        elif kind == "floor-pages":
            child_floor_pages(Path(rest[0]), int(rest[1]))
        elif kind == "one-plan":
            child_one_plan(Path(rest[0]), int(rest[1]))
        return

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"machine: {cores} cores, load average {os.getloadavg()[0]:.2f} at start")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        t = time.perf_counter()
        run(me("--child", "build", str(tmp), str(args.students)))
        print(f"setup: {args.students} students with plans in {time.perf_counter() - t:.1f} s")
        n = args.students
        rows, latin, scripts = tmp / "rows.json", tmp / "latin.db", tmp / "scripts.db"
        content = tmp / "content.json"
        app = entry_point()

        def batch(db: Path, out: str, *extra: str) -> list[str]:
            return [*app, "export-pdf", "--all", "--out", str(tmp / out), "--db", str(db),
                    *extra]

        one = json.loads(run(me("--child", "one-plan", str(latin), "20"))[2])
        run(batch(latin, "warm.pdf", "--combined"))  # bytecode, file cache
        commands = {
            "floor": me("--child", "floor", str(rows), str(n)),
            "same": me("--child", "same", str(content), str(n)),
            "combined": batch(latin, "all.pdf", "--combined"),
            "one core": batch(latin, "one.pdf", "--combined", "--workers", "1"),
            "folder": batch(latin, "folder"),
            "floor page": me("--child", "floor", str(rows), "1"),
            "one plan": [*app, "export-pdf", "--student", one["student_id"], "--out",
                         str(tmp / "one-plan.pdf"), "--db", str(latin)],
        }
        roots = {}
        if args.before is not None:
            # the same entry point, launched the same way, importing the other tree's code
            commands["before"] = batch(latin, "before.pdf", "--combined")
            roots["before"] = args.before.resolve()
            run(commands["before"], roots["before"])
        timed = medians(commands, args.runs, roots)
        from pypdf import PdfReader

        pages = len(PdfReader(str(tmp / "all.pdf")).pages)
        floor = timed["floor"]
        print(f"\nbatch of {n} students ({pages} pages), whole processes, median of "
              f"{args.runs} (wall time, ratio; processor time of all its processes, ratio):")
        print(ratio_line(f"floor: raw reportlab, {n} one-page tables", floor, floor))
        lines = (("combined", f"export-pdf --all --combined ({cores} cores)"),
                 ("one core", "the same with --workers 1"),
                 ("folder", "export-pdf --all (one file each)"),
                 ("before", f"before: {args.before}"))
        for name, label in lines:
            if name in timed:
                print(ratio_line(label, timed[name], floor))
        print("  target: combined <= 1.00x the floor (wall time) on 2 cores")
        floor_pages = int(run(me("--child", "floor-pages", str(rows), str(n)))[2])
        per_floor, per_batch = floor[0] / floor_pages, timed["combined"][0] / pages
        print(f"  per printed page: the floor {per_floor * 1000:.2f} ms a page ({floor_pages} "
              f"pages), the combined batch {per_batch * 1000:.2f} ms a page ({pages} pages): "
              f"{per_batch / per_floor:.2f}x")
        same = timed["same"]
        print(f"\nthe same batch against raw reportlab writing the same content ({n} plans in "
              f"one process, {one['same_pages']} pages for the plan below, sample styles):")
        print(ratio_line("floor: raw reportlab, the same content", same, same))
        for name, label in lines:
            if name in timed:
                print(ratio_line(label, timed[name], same))

        print(f"\none plan ({one['courses']} courses, {one['pages']} pages):")
        print(f"  build + render, in the app's process   {one['plan'] * 1000:7.1f} ms")
        print(f"  raw reportlab page, same course rows   {one['raw'] * 1000:7.1f} ms")
        print(f"  ratio                                  {one['plan'] / one['raw']:7.2f}x "
              "(target <= 2.0)")
        print(f"  raw reportlab, the same content        {one['same'] * 1000:7.1f} ms "
              f"({one['same_pages']} pages)")
        print(f"  ratio                                  {one['plan'] / one['same']:7.2f}x "
              "(target <= 2.0)")
        print(f"  export-pdf --student, whole process    {timed['one plan'][0]:7.2f} s  "
              f"{timed['one plan'][0] / timed['floor page'][0]:5.2f}x a whole process "
              f"writing the raw page ({timed['floor page'][0]:.2f} s)")

        print(f"\nqueries to read the batch: {one['bulk_queries']} for {one['students']} "
              f"students (one student at a time: about {one['one_by_one']:.0f})")

        small = max(8, n // 4)
        other_db = tmp / "small.db"
        shutil.copy(latin, other_db)
        with_all = peak_rss(batch(latin, "rss.pdf", "--combined"))
        with sqlite3.connect(other_db) as conn:  # the first N/4 students only
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("DELETE FROM student WHERE id NOT IN "
                         "(SELECT id FROM student ORDER BY id LIMIT ?)", (small,))
        with_small = peak_rss(batch(other_db, "rss-small.pdf", "--combined"))
        print(f"\nlargest process of the batch: {with_small:.0f} MiB for {small} students, "
              f"{with_all:.0f} MiB for {n}")

        if not args.skip_fallback:
            fb = medians({"latin": batch(latin, "latin.pdf", "--combined"),
                          "scripts": batch(scripts, "scripts.pdf", "--combined")}, args.runs)
            print(f"\nfallback fonts: every fifth of {n} names in another script "
                  f"(Chinese, Korean, Arabic, Devanagari, ...), median of {args.runs}:")
            print(ratio_line("Latin names only", fb["latin"], fb["latin"]))
            print(ratio_line("with fallback fonts", fb["scripts"], fb["latin"]))
            print("  target: with / without <= 1.10")
    print(f"\nload average at the end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
