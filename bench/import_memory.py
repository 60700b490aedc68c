"""Peak memory of a large import: a million-row students CSV, previewed and applied.

    python bench/import_memory.py [--rows 1000000] [--xlsx-bomb] [--xlsx-rows N]

Each step runs in its own child process, which reports its own peak resident set size
(ru_maxrss); the floor is a child that only opens the database (the app's imports loaded),
measured in the same run. Prints peak RSS per step and the ratio to the floor.
``--xlsx-bomb`` also times the refusal of a 1.5 MB workbook holding a 1.5 GB string.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import sys, time
from counselor_app.store.bootstrap import open_database
db = open_database(sys.argv[2])
step = sys.argv[1]
t = time.perf_counter()
if step == "floor":
    from counselor_app.services.imports import preview_import  # noqa: F401
elif step == "preview":
    from counselor_app.services.imports import preview_import
    p = preview_import(db, "students", sys.argv[3])
    print(p.summary(), file=sys.stderr)
elif step == "apply":
    from counselor_app.services.imports import apply_import
    r = apply_import(db, "students", sys.argv[3], backup=False)
    print(r.summary(), file=sys.stderr)
elif step == "xlsx-preview":
    from counselor_app.services.imports import preview_import
    p = preview_import(db, "students", sys.argv[3])
    print(p.summary(), file=sys.stderr)
elif step == "xlsx":
    from counselor_app.services.imports import preview_import
    p = preview_import(db, "students", sys.argv[3])
    print(p.errors[0] if p.errors else "no error", file=sys.stderr)
import resource
print(f"{time.perf_counter() - t:.1f}", file=sys.stderr)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def write_csv(path: Path, rows: int) -> None:
    rng = random.Random(1)
    last = ["Rivera", "Chen", "Okafor", "Nguyen", "Smith", "García", "Kowalski", "Haddad"]
    first = ["Ana", "Li", "Ada", "Bao", "Jo", "José", "Zoë", "Omar"]
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("Student ID,Last Name,First Name,Grade,School,Counselor\n")
        for i in range(rows):
            fh.write(f"{100000 + i:07d},{rng.choice(last)},{rng.choice(first)},"
                     f"{rng.randint(9, 12)},Lincoln High School,J. Chen\n")


def write_xlsx(path: Path, rows: int) -> None:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["Student ID", "Last Name", "First Name", "Grade", "School"])
    for i in range(rows):
        ws.append([f"{100000 + i:07d}", f"Last{i % 997}", f"First{i % 991}", 9 + i % 4,
                   "Lincoln High School"])
    wb.save(path)


def write_bomb(path: Path) -> None:
    """A workbook whose shared string unpacks to 1.5 GB (about 1.5 MB on disk)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://'
                    'schemas.openxmlformats.org/package/2006/content-types"/>')
        with zf.open("xl/sharedStrings.xml", "w", force_zip64=True) as fh:
            fh.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                     b'main"><si><t>')
            block = b"A" * (1 << 20)
            for _ in range(1536):
                fh.write(block)
            fh.write(b"</t></si></sst>")


def run(step: str, db: str, *args: str) -> tuple[float, str]:
    """Run one step in a child; its own peak RSS (MB) and what it printed."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", CHILD, step, db, *args], env=env,
                          capture_output=True, text=True, check=False)
    if proc.returncode:
        raise SystemExit(f"{step} failed:\n{proc.stderr}")
    return int(proc.stdout.split()[-1]) / 1024, proc.stderr.strip().replace("\n", "; ")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--xlsx-bomb", action="store_true")
    parser.add_argument("--xlsx-rows", type=int, default=0,
                        help="also preview an XLSX roster of this many rows")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv_path = folder / "students.csv"
        t = time.perf_counter()
        write_csv(csv_path, args.rows)
        print(f"{args.rows} rows, {csv_path.stat().st_size / 1e6:.0f} MB written in "
              f"{time.perf_counter() - t:.1f} s")
        db = str(folder / "bench.db")
        run("floor", db)  # creates and seeds the database
        floor, _ = run("floor", db)
        print(f"floor (open database, imports loaded): {floor:.0f} MB")
        if args.xlsx_bomb:
            bomb = folder / "bomb.xlsx"
            write_bomb(bomb)
            peak, out = run("xlsx", db, str(bomb))
            print(f"xlsx bomb ({bomb.stat().st_size / 1e6:.1f} MB file): peak {peak:.0f} MB "
                  f"({peak / floor:.2f}x floor); {out}")
        if args.xlsx_rows:
            book = folder / "roster.xlsx"
            write_xlsx(book, args.xlsx_rows)
            peak, out = run("xlsx-preview", db, str(book))
            print(f"xlsx preview ({args.xlsx_rows} rows, {book.stat().st_size / 1e6:.0f} MB): "
                  f"peak {peak:.0f} MB ({peak / floor:.2f}x floor); {out} s")
        for step in ("preview", "apply"):
            peak, out = run(step, db, str(csv_path))
            print(f"{step}: peak {peak:.0f} MB ({peak / floor:.2f}x floor); {out} s")


if __name__ == "__main__":
    main()
