"""Fuzz every importer with generated inputs and count crashes.

    python bench/fuzz.py [--inputs 100000] [--seed 14] [--workers 2]

Kinds: students, courses, programs, occupations, transcripts (CSV and XLSX), O*NET
text files, JSON exchange files and requirement-set files (TOML and JSON). Each input
starts from
a valid file of its kind and is mutated (cells replaced by hostile values: control
characters, lone surrogates, huge numbers, very long text, wrong types; bytes flipped,
cut or inserted; structure broken). Every input goes through the same entry point
the app uses (``preview_import`` / ``preview_onet`` / ``preview_json`` /
``parse_set``). The documented outcomes are a preview with errors, ``ExchangeError``
or ``SetFileError``; anything else raised is a crash and is printed with its input.
Prints the number of inputs, crashes per kind, the speed and the peak memory; exits 1
when anything crashed (the crashing inputs are kept and their paths printed).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import multiprocessing
import os
import random
import resource
import shutil
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

os.environ.setdefault("COUNSELOR_APP_NO_LOG_FILE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

HOSTILE = ["", " ", "\x00", "\x07bell", "\ud800", "\udfff", "A\u0000B", "\u202eevil", "💥",
           "9" * 400, str(2**64), str(-2**63), "-1", "0", "1e308", "nan", "inf", "1,5",
           "=cmd|' /C calc'!A0", "\"", "\"\"\"", ",", ";", "\t", "\r\n", "\n\n", "Ł" * 300,
           "x" * 70_000, "2029", "9", "12", "PS", "13", "K", "null", "true", "[]", "{}",
           "../../etc/passwd", "%s%n", "\\N", "<b>bold</b>", "&amp;", "29-1141.00", "Ｎ"]
KINDS = ("students", "courses", "programs", "occupations", "transcripts", "onet", "json",
         "requirements")
WEIGHTS = (13, 9, 5, 5, 8, 5, 28, 27)
"""Share of the inputs per kind: a preview of programs, occupations or O*NET files
checks against the whole catalog (20-50 ms each), JSON and requirement files parse in
under a millisecond, so they get more of the inputs in the same time."""
FORMATS = {"students": ("csv", "xlsx"), "courses": ("csv", "xlsx"),
           "programs": ("csv", "xlsx"), "occupations": ("csv", "xlsx"),
           "transcripts": ("csv", "xlsx"), "onet": ("txt",),
           "json": ("json",), "requirements": ("toml", "json")}


def _seed_rows(kind: str) -> tuple[list[str], list[list[str]]]:
    from counselor_app.services.imports import template_columns

    headers = [c.label for c in template_columns(kind)]
    examples = [getattr(c, "example", "") or "x" for c in template_columns(kind)]
    return headers, [list(examples) for _ in range(3)]


ONET = ("O*NET-SOC Code\tTitle\tDescription\n29-1141.00\tRegistered Nurses\tCare.\n"
        "15-1252.00\tSoftware Developers\tBuild.\n")


def _mutate_cells(rng: random.Random, headers: list[str],
                  rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    headers, rows = list(headers), [list(r) for r in rows]
    for _ in range(rng.randint(1, 6)):
        roll = rng.random()
        if roll < 0.6 and rows:
            row = rng.choice(rows)
            if row:
                row[rng.randrange(len(row))] = rng.choice(HOSTILE)
        elif roll < 0.7:
            headers[rng.randrange(len(headers))] = rng.choice(HOSTILE)
        elif roll < 0.8:
            rows.append([rng.choice(HOSTILE) for _ in range(rng.randint(0, len(headers) + 3))])
        elif roll < 0.9 and rows:
            rows.pop(rng.randrange(len(rows)))
        else:
            rng.shuffle(headers)
    return headers, rows


def _mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        roll = rng.random()
        if roll < 0.4 and b:
            b[rng.randrange(len(b))] = rng.randrange(256)
        elif roll < 0.6 and b:
            del b[rng.randrange(len(b)):][: rng.randint(1, 64)]
        elif roll < 0.8:
            pos = rng.randrange(len(b) + 1)
            b[pos:pos] = rng.choice([b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\"", b"\r",
                                     b"\n", b",,,", os.urandom(rng.randint(1, 32))])
        else:
            b = b[: rng.randrange(len(b) + 1)]
    return bytes(b)


def _csv_bytes(rng: random.Random, headers: list[str], rows: list[list[str]],
               sep: str = ",") -> bytes:
    import csv

    out = io.StringIO()
    writer = csv.writer(out, delimiter=sep)
    writer.writerow(headers)
    writer.writerows(rows)
    text = out.getvalue()
    encoding = rng.choice(["utf-8", "utf-8-sig", "cp1252", "utf-16"])
    return text.encode(encoding, errors="surrogatepass" if encoding.startswith("utf-8")
                       else "replace")


def _xlsx_bytes(rng: random.Random, headers: list[str], rows: list[list[str]]) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for r in [headers, *rows]:
        cells: list[Any] = []
        for v in r:
            v = v.encode("utf-8", "replace").decode("utf-8")  # openpyxl refuses surrogates
            v = "".join(c for c in v if c >= " " or c in "\t\n\r")[:32_000]
            roll = rng.random()
            cells.append(int(v) if roll < 0.2 and v.lstrip("-").isdigit() and len(v) < 18
                         else float(v) if roll < 0.25 and v.replace(".", "", 1).isdigit()
                         else v)
        ws.append(cells)
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    if rng.random() < 0.5:
        return _mutate_bytes(rng, data)
    if rng.random() < 0.3:  # a valid zip with a damaged member
        src = zipfile.ZipFile(io.BytesIO(data))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as dst:
            for item in src.infolist():
                content = src.read(item)
                if item.filename.endswith(".xml") and rng.random() < 0.4:
                    content = _mutate_bytes(rng, content)
                dst.writestr(item, content)
        return out.getvalue()
    return data


def _json_doc(rng: random.Random) -> bytes:
    year = time.localtime().tm_year
    doc: dict[str, Any] = {"format": "counselor-app-plans", "version": 1, "students": [{
        "student_id": "F1", "first_name": "Ana", "last_name": "Ruiz", "grade": 9,
        "graduation_year": year + 3, "notes": "n", "plans": [{
            "name": "Main", "is_active": True, "status": "draft",
            "courses": [{"course_code": "ENG1", "level": 9, "term": "year",
                         "sort_order": 1}],
            "comments": [{"author": "a", "text": "t", "created_at": "2026-01-05T14:03:00"}]}]}]}
    values: list[Any] = [*HOSTILE, None, True, False, 2**64, -2**70, 1.5, float("1e308"),
                         [], {}, [1, [2, [3]]], {"a": {"b": {}}}]
    for _ in range(rng.randint(1, 6)):
        target: Any = doc
        path = rng.choice([["students", 0], ["students", 0, "plans", 0],
                           ["students", 0, "plans", 0, "courses", 0],
                           ["students", 0, "plans", 0, "comments", 0], []])
        try:
            for step in path:
                target = target[step]
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation replaced this part
        if not isinstance(target, dict):
            continue
        key = rng.choice(list(target.keys()) + ["extra"])
        target[key] = rng.choice(values)
        if rng.random() < 0.05:
            doc = rng.choice(values)  # not even an object
            break
    text = json.dumps(doc, ensure_ascii=rng.random() < 0.5)
    data = text.encode("utf-8", "surrogatepass")
    return _mutate_bytes(rng, data) if rng.random() < 0.3 else data


def _requirement_doc(rng: random.Random, seeds: list[str], fmt: str) -> bytes:
    import tomllib

    base = tomllib.loads(rng.choice(seeds))
    values: list[Any] = [*HOSTILE[:30], 0, -1, 2**64, 1.5, True, [], {}, ["x"], {"kind": "x"}]

    def walk(node: Any, depth: int = 0) -> None:
        if isinstance(node, dict) and node:
            if rng.random() < 0.3:
                node[rng.choice(list(node))] = rng.choice(values)
            for v in list(node.values())[:6]:
                walk(v, depth + 1)
        elif isinstance(node, list) and node:
            if rng.random() < 0.2:
                node[rng.randrange(len(node))] = rng.choice(values)
            for v in node[:6]:
                walk(v, depth + 1)

    walk(base)
    if fmt == "json":
        data = json.dumps(base, default=str).encode()
    else:
        data = _to_toml(base).encode("utf-8", "surrogatepass")
    return _mutate_bytes(rng, data) if rng.random() < 0.3 else data


def _to_toml(data: dict[str, Any]) -> str:
    """A small TOML writer (inline tables), enough for generated inputs."""
    def value(v: Any) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, int | float):
            return repr(v) if abs(v) < 2**63 else f'"{v}"'
        if isinstance(v, str):
            return json.dumps(v)
        if isinstance(v, list):
            return "[" + ", ".join(value(x) for x in v) + "]"
        if isinstance(v, dict):
            return "{" + ", ".join(f"{json.dumps(str(k))} = {value(x)}"
                                   for k, x in v.items()) + "}"
        return json.dumps(str(v))  # dates and times as text
    return "\n".join(f"{json.dumps(str(k))} = {value(v)}" for k, v in data.items()) + "\n"


def _make_input(rng: random.Random, kind: str, seeds: list[str]) -> tuple[str, bytes]:
    fmt = rng.choice(FORMATS[kind])
    if kind == "json":
        return fmt, _json_doc(rng)
    if kind == "requirements":
        return fmt, _requirement_doc(rng, seeds, fmt)
    if kind == "onet":
        lines = [ln.split("\t") for ln in ONET.strip().split("\n")]
        headers, rows = _mutate_cells(rng, lines[0], lines[1:])
        text = "\n".join("\t".join(r) for r in [headers, *rows]) + "\n"
        data = text.encode("utf-8", "surrogatepass")
        return fmt, _mutate_bytes(rng, data) if rng.random() < 0.3 else data
    headers, rows = _mutate_cells(rng, *_seed_rows(kind))
    if fmt == "xlsx":
        return fmt, _xlsx_bytes(rng, headers, rows)
    data = _csv_bytes(rng, headers, rows, rng.choice([",", ",", ";", "\t"]))
    return fmt, _mutate_bytes(rng, data) if rng.random() < 0.3 else data


def _check(db: Any, kind: str, path: Path) -> None:
    """Run one input through the app's entry point; documented failures are fine."""
    from counselor_app.audit.loader import SetFileError, parse_set, read_set_data
    from counselor_app.services.exchange import ExchangeError, preview_json
    from counselor_app.services.imports import preview_import, preview_onet

    if kind == "json":
        with contextlib.suppress(ExchangeError):
            preview_json(db, path)
    elif kind == "requirements":
        with contextlib.suppress(SetFileError):
            parse_set(read_set_data(path), path.name)
    elif kind == "onet":
        preview_onet(db, [path.with_name("Occupation Data.txt")])
    else:
        preview_import(db, kind, path)


def _worker(args: tuple[int, int, int, str]) -> dict[str, Any]:
    index, count, seed, template = args
    from counselor_app.config import resources_dir
    from counselor_app.store.bootstrap import open_database

    folder = Path(tempfile.mkdtemp(prefix=f"fuzz{index}-"))
    shutil.copyfile(template, folder / "fuzz.db")
    db = open_database(str(folder / "fuzz.db"))
    seeds = [p.read_text(encoding="utf-8")
             for p in sorted((resources_dir() / "requirements").glob("*.toml"))]
    rng = random.Random(seed * 1000 + index)
    done: Counter[str] = Counter()
    crashes: Counter[str] = Counter()
    examples: list[str] = []
    for n in range(count):
        kind = rng.choices(KINDS, WEIGHTS)[0] if n >= len(KINDS) else KINDS[n]
        fmt, data = _make_input(rng, kind, seeds)
        name = "Occupation Data.txt" if kind == "onet" else f"input.{fmt}"
        path = folder / name
        path.write_bytes(data)
        try:
            _check(db, kind, path)
        except Exception:
            crashes[kind] += 1
            if len(examples) < 5:
                keep = folder / f"crash-{kind}-{n}.{fmt}"
                keep.write_bytes(data)
                examples.append(f"{keep}\n{traceback.format_exc(limit=6)}")
        done[kind] += 1
    db.dispose()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if not crashes:
        shutil.rmtree(folder, ignore_errors=True)
    return {"done": done, "crashes": crashes, "examples": examples, "peak_kb": peak_kb}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--workers", type=int, default=max(1, min(2, os.cpu_count() or 1)))
    args = parser.parse_args(argv)
    from counselor_app.store.bootstrap import open_database

    base = Path(tempfile.mkdtemp(prefix="fuzz-template-"))
    template = base / "template.db"
    db = open_database(str(template))
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    per = [args.inputs // args.workers + (1 if i < args.inputs % args.workers else 0)
           for i in range(args.workers)]
    start = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(args.workers) as pool:
        results = pool.map(_worker, [(i, n, args.seed, str(template))
                                     for i, n in enumerate(per)])
    elapsed = time.perf_counter() - start
    done: Counter[str] = Counter()
    crashes: Counter[str] = Counter()
    for r in results:
        done.update(r["done"])
        crashes.update(r["crashes"])
        for example in r["examples"]:
            print("CRASH", example, file=sys.stderr)
    shutil.rmtree(base, ignore_errors=True)
    total = sum(done.values())
    for kind in KINDS:
        print(f"{kind:13} {done[kind]:7} inputs  {crashes[kind]:4} crashes")
    print(f"total         {total:7} inputs  {sum(crashes.values()):4} crashes  "
          f"({total / elapsed:.0f} inputs/s on {args.workers} workers, {elapsed:.0f} s; "
          f"peak memory per worker {max(r['peak_kb'] for r in results) / 1024:.0f} MB)")
    return 1 if crashes else 0


if __name__ == "__main__":
    raise SystemExit(main())
