"""Speed and peak memory of a large student import, measured as whole processes.

    python bench/imports.py [--rows 1000000] [--repeat 1] [--xlsx-rows N]

Generates a roster CSV (``--rows`` students), then runs each step as its own process,
the way a counselor waits for it: ``counselor-app import students FILE --dry-run`` (the
preview) and ``counselor-app import students FILE`` (the apply, with its backup), on a
fresh seeded database, then again on the filled one (the same file: all unchanged), then
a file in which every student's grade changed (all updated). For each it prints the wall
time, rows per second and peak resident memory (the child's own ``ru_maxrss``), with the
ratios to the targets (>= 20,000 rows/s, < 300 MB) and to floors measured in the same
run: Python's csv module reading the file (for the preview) and reading it plus a raw
sqlite3 ``executemany`` of the same rows into the same table in one transaction (for the
apply). Medians over ``--repeat`` alternating runs. Report the load average with the
figures (the script prints it).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_ROWS_PER_S = 20_000
TARGET_MB = 300

FLOOR = r"""
import csv, sqlite3, sys, datetime as dt
path, db, write = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
con = sqlite3.connect(db)
now = dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")
cols = ("student_id, first_name, last_name, preferred_name, grade, graduation_year, school, "
        "counselor, family_language, career_interests, notes, archived, name_folded, "
        "created_at, updated_at, row_version, updated_by")
sql = f"INSERT INTO student ({cols}) VALUES ({', '.join('?' * 17)})"
rows = 0
with open(path, newline="", encoding="utf-8") as fh:
    reader = csv.reader(fh)
    next(reader)
    chunk = []
    for sid, last, first, grade, school, counselor in reader:
        rows += 1
        if write:
            chunk.append((sid, first, last, "", int(grade), 2030, school, counselor, "", "",
                          "", 0, f"{first} {last} {sid}".lower(), now, now, 1, ""))
            if len(chunk) >= 2000:
                con.executemany(sql, chunk)
                chunk = []
    if chunk:
        con.executemany(sql, chunk)
con.commit()
print(rows)
"""


def write_roster(path: Path, rows: int, seed: int = 1) -> None:
    """A roster as an SIS exports it; ``seed`` changes the grades (an updated file)."""
    rng = random.Random(seed)
    last = ["Rivera", "Chen", "Okafor", "Nguyen", "Smith", "García", "Kowalski", "Haddad"]
    first = ["Ana", "Li", "Ada", "Bao", "Jo", "José", "Zoë", "Omar"]
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("Student ID,Last Name,First Name,Grade,School,Counselor\n")
        for i in range(rows):
            grade = 9 + (i + seed) % 4
            fh.write(f"{100000 + i:07d},{rng.choice(last)},{rng.choice(first)},{grade},"
                     "Lincoln High School,J. Chen\n")


def measured(args: list[str]) -> tuple[float, float, float]:
    """Run a process; its wall time (s), its own peak RSS (MB) and its CPU time (user +
    system, s), from wait4."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), COUNSELOR_APP_NO_LOG_FILE="1")
    with tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=err,
                                text=True)
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode:
            err.seek(0)
            raise SystemExit(f"{' '.join(args[-5:])} failed ({proc.returncode}):\n"
                             f"{err.read()[-2000:]}")
    return wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "counselor_app", *args]


def seeded(folder: Path) -> Path:
    """A fresh seeded database (made once, copied for each run)."""
    base = folder / "seeded.db"
    if not base.exists():
        measured(cli("db", "init", "--db", str(base)))
    return base


def fresh(folder: Path, name: str) -> Path:
    db = folder / name
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    shutil.rmtree(folder / "backups", ignore_errors=True)
    shutil.copy(seeded(folder), db)
    return db


@dataclass
class Step:
    name: str
    walls: list[float] = field(default_factory=list)
    peaks: list[float] = field(default_factory=list)
    cpus: list[float] = field(default_factory=list)
    ratios: list[float] = field(default_factory=list)  # wall / the floor run just before

    def add(self, argv: list[str], floor: float | None = None) -> float:
        wall, peak, cpu = measured(argv)
        self.walls.append(wall)
        self.peaks.append(peak)
        self.cpus.append(cpu)
        if floor:
            self.ratios.append(wall / floor)
        return wall

    def report(self, rows: int) -> None:
        wall, peak, cpu = (statistics.median(self.walls), max(self.peaks),
                           statistics.median(self.cpus))
        rate = rows / wall
        line = (f"{self.name:<26} {wall:6.1f} s {rate:9,.0f} rows/s "
                f"({rate / TARGET_ROWS_PER_S:4.2f}x target)  peak {peak:4.0f} MB "
                f"({peak / TARGET_MB:4.2f}x limit)  cpu {cpu:5.1f} s "
                f"({rows / cpu:7,.0f} rows/cpu-s)")
        if self.ratios:
            line += f"  {statistics.median(self.ratios):5.2f}x floor"
        print(line, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--xlsx-rows", type=int, default=0,
                        help="also preview and apply an XLSX roster of this many rows")
    args = parser.parse_args()
    n = args.rows
    print(f"load average before: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} "
          f"{os.getloadavg()[2]:.2f} on {os.cpu_count()} cores", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        roster, changed = folder / "roster.csv", folder / "roster-changed.csv"
        write_roster(roster, n)
        write_roster(changed, n, seed=2)
        print(f"{n:,} rows, {roster.stat().st_size / 1e6:.0f} MB", flush=True)
        seeded(folder)
        read, write = Step("floor: csv read"), Step("floor: csv + executemany")
        steps = [Step(name) for name in ("preview (all new)", "apply (all new)",
                                         "preview (all unchanged)", "apply (all unchanged)",
                                         "apply (all updated)")]
        for _ in range(args.repeat):
            db = str(fresh(folder, "bench.db"))
            for step, source, dry in zip(steps, (roster, roster, roster, roster, changed),
                                         (True, False, True, False, False), strict=True):
                # each step right after its floor: a change of load hits both alike
                floor = (read if dry else write).add(
                    [sys.executable, "-c", FLOOR, str(source), str(fresh(folder, "floor.db")),
                     "0" if dry else "1"])
                step.add(cli("import", "students", str(source), "--db", db,
                             *(["--dry-run"] if dry else [])), floor)
        for step in (read, write, *steps):
            step.report(n)
        if args.xlsx_rows:
            sys.path.insert(0, str(ROOT / "bench"))
            from import_memory import write_xlsx

            book = folder / "roster.xlsx"
            write_xlsx(book, args.xlsx_rows)
            db = str(fresh(folder, "xlsx.db"))
            for name, extra in (("xlsx preview", ["--dry-run"]), ("xlsx apply", [])):
                xlsx = Step(name)
                xlsx.add(cli("import", "students", str(book), "--db", db, *extra))
                xlsx.report(args.xlsx_rows)
    print(f"load average after: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} "
          f"{os.getloadavg()[2]:.2f}", flush=True)


if __name__ == "__main__":
    main()
