"""Start-up of the real entry point, as ratios to a bare PySide6 window, and the first start.

Every figure is a whole process (interpreter, imports, window, exit), runs alternate
between the floors and the app, and medians are printed:

* floor "bare": a PySide6 window with a tree of 16 x 5 items, shown and painted;
* floor "bare + ORM": the same plus ``import sqlalchemy.orm``;
* the app: the installed ``counselor-app`` console script (``python -m counselor_app``
  when there is none) on an existing database of N students, with
  ``COUNSELOR_APP_EXIT_AFTER=paint`` (exit at the main window's first paint) and
  ``=populated`` (exit once the first screen is filled and painted);
* first start: the app on a database file that does not exist yet (create, migrate,
  seed, window populated), and ``counselor-app db init`` on a new file; for comparison,
  the two ways to make a new database without the prebuilt copy: seeding from the CSV
  files as before (``open_database(prebuilt=False)``), and a bulk-insert floor (migrate,
  then ``executemany`` of every reference row, taken ready-made from the prebuilt file:
  no CSV parsing, no checks, so no bulk loader can be faster).

Targets (issue 15): first paint <= 1.5x bare; populated <= 1.2x bare + ORM; maximum
resident memory <= 1.5x bare; first start < 1 s.

    python bench/startup.py [--runs 9] [--students 400]

Children run with bytecode caching on (``PYTHONDONTWRITEBYTECODE`` removed), as an
installed package and the frozen bundle have it; a first unmeasured run warms the OS
file cache and writes the bytecode.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = r"""
import sys
from PySide6.QtWidgets import QApplication, QTreeView
from PySide6.QtGui import QStandardItemModel, QStandardItem
app = QApplication(sys.argv)
model = QStandardItemModel()
for i in range(16):
    item = QStandardItem(f"Cluster {i}")
    for j in range(5):
        item.appendRow(QStandardItem(f"Pathway {j}"))
    model.appendRow(item)
view = QTreeView(); view.setModel(model); view.resize(1280, 800); view.show()
app.processEvents()
view.grab()
"""
BARE_ORM = BARE + "import sqlalchemy.orm\n"


@dataclass(frozen=True)
class Sample:
    seconds: float
    max_rss_mib: float


def entry_point() -> list[str]:
    """The console script installed beside this Python, else ``python -m counselor_app``."""
    script = Path(sys.executable).with_name("counselor-app")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "counselor_app"]


def child_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", COUNSELOR_APP_NO_LOG_FILE="1", HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"))
    env.pop("COUNSELOR_APP_DB", None)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    env.update(extra)
    return env


def run(argv: list[str], env: dict[str, str]) -> Sample:
    """Wall time and maximum resident set size of one whole child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv[:3])} failed ({proc.returncode}):\n"
                         f"{err.decode(errors='replace')[-2000:]}")
    return Sample(seconds, usage.ru_maxrss / 1024)  # Linux reports KiB


BUILD = r"""
import sys
from plans import build
from counselor_app.store.bootstrap import open_database
db = open_database(sys.argv[1])
build(db, int(sys.argv[2]), 2, 30)
db.dispose()
"""


SEED_LONG_WAY = r"""
import sys
from counselor_app.store.bootstrap import open_database
open_database(sys.argv[1], prebuilt=False).dispose()
"""

BULK_FLOOR = r"""
import gzip, sqlite3, sys
from pathlib import Path
from counselor_app.store.engine import open_engine
from counselor_app.store.migrate import migrate
from counselor_app.store.prebuilt import SEED_FILE, seed_dir
target = Path(sys.argv[1])
source = target.with_name("rows.db")
source.write_bytes(gzip.decompress((seed_dir() / SEED_FILE).read_bytes()))
db = open_engine("sqlite:///" + str(target))
migrate(db)
db.dispose()
src, dst = sqlite3.connect(source), sqlite3.connect(target)
tables = [r[0] for r in src.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
    "AND name NOT LIKE 'search_fts_%' AND name != 'alembic_version' ORDER BY rowid")]
with dst:
    for table in tables:
        rows = src.execute(f'SELECT * FROM "{table}"').fetchall()
        if rows:
            marks = ", ".join("?" * len(rows[0]))
            dst.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)
"""


def build_database(path: Path, students: int, env: dict[str, str]) -> None:
    """In a child process: a parent that had loaded the app would make every child's
    maximum RSS at least its own (the fork counts until exec)."""
    env = dict(env, PYTHONPATH=os.pathsep.join((str(ROOT / "bench"), env["PYTHONPATH"])))
    subprocess.run([sys.executable, "-c", BUILD, str(path), str(students)], env=env,
                   check=True)


def median(samples: list[Sample]) -> Sample:
    return Sample(statistics.median(s.seconds for s in samples),
                  statistics.median(s.max_rss_mib for s in samples))


def line(label: str, s: Sample) -> str:
    return f"  {label:<34} {s.seconds * 1000:7.0f} ms  {s.max_rss_mib:6.1f} MiB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--students", type=int, default=400)
    args = parser.parse_args()
    app = entry_point()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="startup-bench-") as tmp:
        home = Path(tmp)
        db = home / "school.db"
        build_database(db, args.students, child_env(home))
        bare_cmd = [sys.executable, "-c", BARE]
        orm_cmd = [sys.executable, "-c", BARE_ORM]
        app_cmd = [*app, "--db", str(db)]
        paint_env = child_env(home, COUNSELOR_APP_EXIT_AFTER="paint")
        full_env = child_env(home, COUNSELOR_APP_EXIT_AFTER="populated")
        plain_env = child_env(home)
        # warm the file cache, write bytecode, take the day's automatic backup
        for cmd, env in ((bare_cmd, plain_env), (orm_cmd, plain_env), (app_cmd, full_env)):
            run(cmd, env)
        runs: dict[str, list[Sample]] = {"bare": [], "orm": [], "paint": [], "full": []}
        for _ in range(args.runs):
            runs["bare"].append(run(bare_cmd, plain_env))
            runs["paint"].append(run(app_cmd, paint_env))
            runs["orm"].append(run(orm_cmd, plain_env))
            runs["full"].append(run(app_cmd, full_env))
        first: dict[str, list[Sample]] = {"gui": [], "init": [], "long": [], "bulk": []}
        for i in range(max(3, args.runs // 2)):
            fresh = home / f"first-{i}"
            fresh.mkdir()
            first["gui"].append(run([*app, "--db", str(fresh / "gui.db")], full_env))
            first["init"].append(run([*app, "db", "init", "--db", str(fresh / "cli.db")],
                                     plain_env))
            first["long"].append(run([sys.executable, "-c", SEED_LONG_WAY,
                                      str(fresh / "long.db")], plain_env))
            first["bulk"].append(run([sys.executable, "-c", BULK_FLOOR,
                                      str(fresh / "bulk.db")], plain_env))
            shutil.rmtree(fresh, ignore_errors=True)
    load_after = os.getloadavg()
    m = {k: median(v) for k, v in runs.items()}
    gui, init = median(first["gui"]), median(first["init"])
    print(f"start-up of {' '.join(Path(a).name for a in app)} on {args.students} students "
          f"({args.runs} alternating runs each, medians; bytecode cached)")
    print(line("bare PySide6 window with a tree", m["bare"]))
    print(line("bare window + import sqlalchemy.orm", m["orm"]))
    print(line("app: first paint", m["paint"]))
    print(line("app: shown and populated", m["full"]))
    print(line("first start: GUI on a new database", gui))
    print(line("first start: db init", init))
    print(line("new database seeded from the CSVs", median(first["long"])))
    print(line("new database, bulk-insert floor", median(first["bulk"])))
    paint_ratio = m["paint"].seconds / m["bare"].seconds
    full_ratio = m["full"].seconds / m["orm"].seconds
    rss_ratio = m["full"].max_rss_mib / m["bare"].max_rss_mib
    print(f"ratio first paint / bare:            {paint_ratio:5.2f}  (target <= 1.5)")
    print(f"ratio populated / (bare + ORM):      {full_ratio:5.2f}  (target <= 1.2)")
    print(f"ratio max RSS populated / bare:      {rss_ratio:5.2f}  (target <= 1.5)")
    print(f"first start (GUI, new database):     {gui.seconds:5.2f} s (target < 1 s)")
    print("load average before / after: " + " / ".join(
        ", ".join(f"{x:.2f}" for x in load) for load in (load_before, load_after)))


if __name__ == "__main__":
    main()
