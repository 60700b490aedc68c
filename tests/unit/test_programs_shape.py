"""Programs of study as districts write them: choose-one groups, elective slots, cores that
vary with the program, CTE progressing from an introduction to a capstone, credentials
with the grade they are earned, occupations, CIP codes, and every 2024 sub-cluster
reaching a program."""

from __future__ import annotations

import csv
from collections import Counter, defaultdict

import pytest

from counselor_app.config import resources_dir
from counselor_app.domain.base import parse_level
from tests.unit.test_seed_data import SHARED

DATA = resources_dir() / "data"


def rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


PROGRAMS = rows("programs.csv")
COURSES = {c["code"]: c for c in rows("courses.csv")}
PLACED = rows("program_courses.csv")
BY_PROGRAM: dict[str, list[dict[str, str]]] = defaultdict(list)
for _r in PLACED:
    BY_PROGRAM[_r["program"]].append(_r)


def default_path(program: str) -> list[dict[str, str]]:
    """What a plan started from the program holds: fixed rows and each group's first."""
    seen: set[tuple[str, str]] = set()
    out = []
    for r in sorted(BY_PROGRAM[program], key=lambda r: (parse_level(r["level"]),
                                                        int(r["order"]))):
        if r["group"]:
            if (r["level"], r["group"]) in seen:
                continue
            seen.add((r["level"], r["group"]))
        out.append(r)
    return out


def test_every_program_has_choose_one_groups_with_real_alternatives() -> None:
    for p in PROGRAMS:
        groups = Counter((r["level"], r["group"]) for r in BY_PROGRAM[p["code"]] if r["group"])
        assert any(r[1].startswith("World language") for r in groups), p["code"]
        assert ("12", "Elective") in groups, p["code"]
        assert all(n >= 2 for n in groups.values()), (p["code"], groups)


def test_academic_cores_vary_and_no_language_dominates_the_defaults() -> None:
    cores = {p["code"]: frozenset(r["course"] for r in default_path(p["code"])
                                  if COURSES[r["course"]]["cte"] == "no")
             for p in PROGRAMS}
    assert len(set(cores.values())) >= 10
    spanish = sum(1 for c in cores.values() if "24052" in c)
    assert spanish < len(PROGRAMS)  # French or ASL where the program calls for it
    nursing = cores["L08-05-P1"]
    assert "03053" in nursing  # Anatomy & Physiology in the health core
    assert "02110" in cores["L15-01-P1"] or "02203" in cores["L15-01-P1"]


def test_cte_courses_progress_from_an_introduction_to_a_capstone() -> None:
    for p in PROGRAMS:
        cte = [(parse_level(r["level"]), COURSES[r["course"]]) for r in BY_PROGRAM[p["code"]]
               if COURSES[r["course"]]["cte"] == "yes" and r["level"] != "PS"]
        levels = sorted({lv for lv, _c in cte})
        assert levels[0] <= 10 and levels[-1] == 12, p["code"]
        assert len(levels) >= 3, f"{p['code']}: CTE in too few grades"
        first = [c for lv, c in cte if lv == levels[0]]
        assert any(not c["prerequisites"] for c in first), f"{p['code']}: no entry course"


def test_grade_12_is_not_light_and_no_year_is_overloaded() -> None:
    for p in PROGRAMS:
        per: dict[int, float] = defaultdict(float)
        for r in default_path(p["code"]):
            level = parse_level(r["level"])
            if level <= 12:
                per[level] += float(COURSES[r["course"]]["credits"])
        assert per[12] >= 5.5, (p["code"], per[12])
        assert all(5.5 <= v <= 8 for v in per.values()), (p["code"], dict(per))


def test_credentials_occupations_and_options() -> None:
    creds = defaultdict(list)
    for r in rows("program_credentials.csv"):
        creds[r["program"]].append(r)
        assert r["grade"] in ("9", "10", "11", "12") and r["credential"] and r["issuer"]
    occupations = defaultdict(set)
    socs = {o["soc"] for o in rows("occupations.csv")}
    for r in rows("program_occupations.csv"):
        assert r["soc"] in socs
        occupations[r["program"]].add(r["soc"])
    kinds = defaultdict(set)
    for o in rows("program_options.csv"):
        kinds[o["program"]].add(o["kind"])
        if o["kind"] in ("associate", "bachelor", "certificate") and "any major" not in o["title"]:
            assert o["cip"], (o["program"], o["title"])
    for p in PROGRAMS:
        assert creds[p["code"]], f"{p['code']} lists no high-school credential"
        assert 2 <= len(occupations[p["code"]]) <= 12, p["code"]
        assert kinds[p["code"]] & {"associate", "bachelor", "certificate", "apprenticeship"}
    nursing = {r["credential"] for r in creds["L08-05-P1"]}
    assert any("CNA" in c for c in nursing)
    assert not any("PTIN" in r["credential"] for r in rows("program_credentials.csv"))
    assert not any("PTIN" in o["credential"] for o in rows("program_options.csv"))
    assert sum("military" in k for k in kinds.values()) >= 5
    assert sum("employment" in k for k in kinds.values()) >= 10


def test_every_2024_subcluster_reaches_a_program() -> None:
    modern = {p["code"] for p in rows("pathways.csv") if p["framework"] == "ncc-2024"}
    placed = {r["subcluster"] for r in rows("program_subclusters.csv")}
    assert placed == modern
    by_sub = defaultdict(set)
    for r in rows("program_subclusters.csv"):
        by_sub[r["subcluster"]].add(r["program"])
    assert by_sub["010301"] == {"L16-05-P1"}  # no commercial driving under Air & Space
    assert "L16-05-P2" in by_sub["010302"]


@pytest.mark.skipif(not (SHARED / "reference").is_dir(), reason="shared reference absent")
def test_cip_codes_are_official_and_titled() -> None:
    with (SHARED / "reference" / "advance-cte-2025-cip-to-subcluster.tsv").open(
            encoding="utf-8") as fh:
        official = {r["cip2020_code"]: r["cip2020_title"].rstrip(".")
                    for r in csv.DictReader(fh, delimiter="\t")}
    shipped = {r["cip"]: r["title"] for r in rows("cip_codes.csv")}
    for o in rows("program_options.csv"):
        if o["cip"]:
            assert o["cip"] in official and shipped[o["cip"]] == official[o["cip"]]
