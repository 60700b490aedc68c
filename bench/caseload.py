"""Benchmark: the caseload dashboard (``services.caseload``).

Builds caseloads of N students (``bench/audit.py``'s plans: 30 courses from a program of
study, earlier grades completed) in mixed states: a tenth without a plan, a fifth
approved (half of those changed since), and prints medians of:

* ``compute_caseload``: everything the dashboard shows, read and audited in bulk;
* ``summarize`` of the computed caseload with a filter (what a click on a tile costs);

each next to the floor measured in the same run: ``reaudit_caseload`` (the re-audit of
the same caseload, which the dashboard's audit column reuses). Target: the dashboard of
700 students under 2 s, like the re-audit (issue 16).

    python bench/caseload.py [--students 700 5000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import importlib.util
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("COUNSELOR_APP_NO_LOG_FILE", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import delete, insert, select, update  # noqa: E402

from counselor_app.domain import Plan, PlanCourse, PlanVersion  # noqa: E402
from counselor_app.services.audit import reaudit_caseload  # noqa: E402
from counselor_app.services.caseload import (  # noqa: E402
    CaseloadFilter,
    compute_caseload,
    summarize,
)
from counselor_app.services.plan_view import load_plans  # noqa: E402
from counselor_app.services.versions import snapshot  # noqa: E402
from counselor_app.store.bootstrap import open_database  # noqa: E402
from counselor_app.store.engine import Database  # noqa: E402

TARGET_S, TARGET_STUDENTS = 2.0, 700


def _bench_audit() -> object:
    spec = importlib.util.spec_from_file_location("bench_audit", ROOT / "bench" / "audit.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(db: Database, n: int) -> None:
    plan_ids = _bench_audit().build(db, n, 30)  # type: ignore[attr-defined]
    without = plan_ids[::10]
    approved = [p for i, p in enumerate(plan_ids) if i % 5 == 1]
    now = dt.datetime.now().replace(microsecond=0)
    with db.transaction() as s:
        s.execute(delete(PlanCourse).where(PlanCourse.plan_id.in_(without)))
        s.execute(delete(Plan).where(Plan.id.in_(without)))
        views = load_plans(s, approved)
        s.execute(insert(PlanVersion), [
            dict(plan_id=p, number=1, approved_by="Bench", approved_at=now,
                 snapshot=json.dumps(snapshot(views[p]), sort_keys=True), audit="{}",
                 acknowledged="", pdf=b"", checksum=hashlib.sha256(b"").hexdigest())
            for p in approved])
        s.execute(update(Plan).where(Plan.id.in_(approved))
                  .values(status="approved", status_by="Bench", status_at=now))
        # half of them changed since: a course added in grade 12
        s.execute(insert(PlanCourse), [
            dict(plan_id=p, course_code="01004", level=12, term="year", status="planned",
                 final_mark="", sort_order=99) for p in approved[::2]])


def median_s(fn: Callable[[], object], repeat: int) -> float:
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run(n: int, repeat: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(str(Path(folder) / "bench.db"))
        build(db, n)
        with db.read() as s:
            plans = len(s.scalars(select(Plan.id).where(Plan.is_active)).all())
        floor = median_s(lambda: reaudit_caseload(db), repeat)
        dash = median_s(lambda: compute_caseload(db), repeat)
        students = compute_caseload(db)
        click = median_s(lambda: summarize(students, CaseloadFilter(grade=10, audit="short")),
                         repeat * 4)
        counts = summarize(students).by_plan_status
        target = TARGET_S * n / TARGET_STUDENTS
        print(f"{n} students ({plans} active plans; {counts}):")
        print(f"  reaudit_caseload (floor)      {floor:8.3f} s")
        print(f"  compute_caseload (dashboard)  {dash:8.3f} s  {dash / floor:5.2f}x floor  "
              f"(target < {target:g} s: {'meets' if dash < target else 'MISSES'})")
        print(f"  summarize, one filter (click) {click * 1000:8.3f} ms  "
              f"{click / floor:7.4f}x floor")
        db.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--students", type=int, nargs="+", default=[700, 5000])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    for n in args.students:
        run(n, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
