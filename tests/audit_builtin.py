"""The built-in catalog and requirement sets read straight from resources/ (no database),
and representative plans for the snapshot tests."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from counselor_app.audit import Attempt, CourseFacts, RequirementSet, load_set_file
from counselor_app.audit.catalog import course_facts, parse_tags
from counselor_app.config import resources_dir

SETS_DIR = resources_dir() / "requirements"


@cache
def builtin_catalog() -> dict[str, CourseFacts]:
    data = resources_dir() / "data"
    with (data / "course_tags.csv").open(encoding="utf-8", newline="") as f:
        tags = {row["code"]: parse_tags(row["tags"]) for row in csv.DictReader(f)}
    out = {}
    with (data / "courses.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            out[row["code"]] = course_facts(
                row["code"], row["title"], float(row["credits"]), row["subject_area"],
                tags.get(row["code"], ()), cte=row["cte"] == "yes",
                dual_credit=row["dual_credit"] == "yes", repeatable=row["repeatable"] == "yes")
    return out


@cache
def builtin_sets() -> dict[str, RequirementSet]:
    sets = {}
    for path in sorted(SETS_DIR.glob("*.toml")):
        rs = load_set_file(path, set(builtin_catalog()))
        sets[rs.code] = rs
    return sets


def set_file(code: str) -> Path:
    return SETS_DIR / f"{code}.toml"


def _plan(rows: str) -> tuple[Attempt, ...]:
    """Lines of 'level code status mark' (status p/i/c; mark optional)."""
    status = {"p": "planned", "i": "in_progress", "c": "completed"}
    out = []
    for line in rows.strip().splitlines():
        parts = line.split()
        level, code, st = int(parts[0]), parts[1], status[parts[2]]
        out.append(Attempt(code, level, status=st, mark=parts[3] if len(parts) > 3 else ""))
    return tuple(out)


# A 9th grader's plan as created from the Health Science program L08-01-P1: all planned.
GRADE9_PLANNED = _plan("""
9 01001 p
9 02052 p
9 03051 p
9 04001 p
9 08001 p
9 08051 p
9 05154 p
9 14001 p
10 01002 p
10 02072 p
10 03101 p
10 04051 p
10 24052 p
10 X14101 p
11 01003 p
11 02056 p
11 03056 p
11 04101 p
11 24053 p
11 X14102 p
11 X14105 p
12 01004 p
12 02203 p
12 04151 p
12 04201 p
12 X14104 p
12 24054 p
""")

# The same student in grade 12: grades 9-11 done (Chemistry failed in 10 and passed in 11;
# Spanish II finished but its mark not entered yet), grade 12 under way.
GRADE12_IN_PROGRESS = _plan("""
9 01001 c B
9 02052 c A
9 03051 c B
9 04001 c A
9 08001 c A
9 08051 c A
9 05154 c B
9 14001 c A
10 01002 c B
10 02072 c C
10 03101 c F
10 04051 c B
10 24052 c B
10 X14101 c A
11 03101 c C
11 01003 c B
11 02056 c C
11 03056 c B
11 04101 c B
11 24053 c
11 X14102 c A
11 X14105 c B
12 01004 i
12 02203 i
12 04151 i
12 04201 i
12 X14104 i
12 24054 i
""")

# A manufacturing student who finished everything, took no fine arts, and brought one
# course from another school that is not in the catalog.
CTE_GRADUATE = _plan("""
9 01001 c A
9 02052 c B
9 03051 c C
9 04001 c B
9 08001 c A
9 13001 c A
9 19258 c B
9 01151 c B
10 01002 c B
10 02072 c C
10 03008 c B
10 04051 c C
10 24052 c C
10 X13501 c A
10 08051 c A
11 01003 c C
11 X02157 c B
11 03101 c D
11 04101 c C
11 24053 c C
11 X13502 c A
11 X13301 c B
11 X22151 c A
12 01004 c B
12 02056 c C
12 04151 c B
12 04201 c B
12 X13504 c A
12 17104 c B
12 08009 c A
12 XFER-101 c A
""")

# A STEM student who finished everything: five mathematics and five science credits.
STEM_GRADUATE = _plan("""
9 01001 c A
9 02052 c A
9 03051 c A
9 03008 c B
9 04001 c A
9 24052 c A
9 08001 c A
9 05154 c B
10 01002 c A
10 02072 c A
10 02056 c B
10 03101 c B
10 04051 c A
10 24053 c B
10 08016 c A
10 10152 c A
11 01003 c A
11 02110 c B
11 03151 c B
11 04104 c B
11 24054 c B
11 08051 c A
11 10157 c A
11 X22151 c A
12 01006 c A
12 02124 c B
12 03056 c A
12 04157 c A
12 04201 c A
12 10052 c A
""")

PLANS = {"grade9-planned": GRADE9_PLANNED, "grade12-in-progress": GRADE12_IN_PROGRESS,
         "cte-graduate": CTE_GRADUATE, "stem-graduate": STEM_GRADUATE}
