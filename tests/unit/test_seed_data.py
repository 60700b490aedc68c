"""Integrity of the built-in data in resources/data (no Qt, no database)."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

import pytest

from counselor_app.config import resources_dir
from counselor_app.domain.base import parse_level

DATA = resources_dir() / "data"


def _shared() -> Path:
    """../shared/framework beside the checkout (main) or beside the worktrees folder."""
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "shared" / "framework"
        if candidate.is_dir():
            return candidate
    return Path("/nonexistent/shared/framework")


SHARED = _shared()


def rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


CLUSTERS = rows("clusters.csv")
PATHWAYS = rows("pathways.csv")
COURSES = {r["code"]: r for r in rows("courses.csv")}
PROGRAMS = rows("programs.csv")
PROGRAM_COURSES = rows("program_courses.csv")
OCCUPATIONS = rows("occupations.csv")
LINKS = rows("occupation_links.csv")
CROSSWALK = rows("crosswalk.csv")
LEGACY = [p for p in PATHWAYS if p["framework"] == "ncc-legacy"]
MODERN = [p for p in PATHWAYS if p["framework"] == "ncc-2024"]


def test_framework_counts_are_exact() -> None:
    per_fw = defaultdict(int)
    for c in CLUSTERS:
        per_fw[c["framework"]] += 1
    assert per_fw == {"ncc-legacy": 16, "ncc-2024": 14}
    assert len(LEGACY) == 79
    assert len(MODERN) == 72
    cross = [c["name"] for c in CLUSTERS if c["cross_cutting"] == "yes"]
    assert sorted(cross) == ["Digital Technology", "Management & Entrepreneurship",
                             "Marketing & Sales"]


def test_legacy_pathways_per_cluster_match_the_framework() -> None:
    counts = defaultdict(int)
    for p in LEGACY:
        counts[p["cluster"]] += 1
    assert [counts[f"L{i:02d}"] for i in range(1, 17)] == [7, 3, 6, 5, 3, 5, 7, 5, 4, 5, 4, 5,
                                                           6, 5, 2, 7]


@pytest.mark.skipif(not SHARED.is_dir(), reason="shared framework facts not beside the project")
def test_names_match_the_published_lists_exactly() -> None:
    with (SHARED / "legacy-16-clusters-79-pathways.csv").open(encoding="utf-8") as fh:
        legacy = [(r["cluster"], r["pathway"]) for r in csv.DictReader(fh)]
    names = {c["code"]: c["name"] for c in CLUSTERS}
    # Advance CTE's official name of the legacy cluster is "Marketing" (the list adds
    # the older "Marketing, Sales & Service" in parentheses)
    legacy = [("Marketing" if c.startswith("Marketing (") else c, p) for c, p in legacy]
    assert [(names[p["cluster"]], p["name"]) for p in LEGACY] == legacy
    with (SHARED / "ncc2024-14-clusters-72-subclusters.csv").open(encoding="utf-8") as fh:
        modern = [(r["cluster"], r["sub_cluster"]) for r in csv.DictReader(fh)]
    # ours are in code order (O*NET's numbering), the list in the Framework's order
    assert sorted((names[p["cluster"]], p["name"]) for p in MODERN) == sorted(modern)


def test_codes_are_unique_and_nothing_is_orphaned() -> None:
    for table, key in ((CLUSTERS, "code"), (PATHWAYS, "code"), (PROGRAMS, "code"),
                       (OCCUPATIONS, "soc"), (rows("courses.csv"), "code")):
        codes = [r[key] for r in table]
        assert len(codes) == len(set(codes)), f"duplicate {key}"
    cluster_codes = {c["code"] for c in CLUSTERS}
    pathway_codes = {p["code"] for p in PATHWAYS}
    assert all(p["cluster"] in cluster_codes for p in PATHWAYS)
    assert all(p["pathway"] in pathway_codes for p in PROGRAMS)
    program_codes = {p["code"] for p in PROGRAMS}
    assert all(r["program"] in program_codes and r["course"] in COURSES for r in PROGRAM_COURSES)
    assert all(r["program"] in program_codes for r in rows("program_options.csv"))
    for course in COURSES.values():
        for p in filter(None, course["prerequisites"].split(";")):
            assert p in COURSES, f"{course['code']} needs unknown {p}"
    socs = {o["soc"] for o in OCCUPATIONS}
    for link in LINKS:
        assert link["soc"] in socs and link["pathway"] in pathway_codes, link


def test_every_description_is_written() -> None:
    for table in (CLUSTERS, PATHWAYS, PROGRAMS):
        for r in table:
            assert len(r["description"].split()) >= 8, f"{r['code']} has no real description"


def test_crosswalk_is_labelled_as_our_own_and_covers_both_sides() -> None:
    assert all(r["basis"] == "own mapping" for r in CROSSWALK)
    legacy = {p["code"] for p in LEGACY}
    modern = {p["code"] for p in MODERN}
    assert {r["legacy_pathway"] for r in CROSSWALK} == legacy
    assert {r["subcluster"] for r in CROSSWALK} == modern


def test_every_legacy_pathway_has_a_program_covering_grades_9_to_12_and_beyond() -> None:
    by_pathway = defaultdict(list)
    for p in PROGRAMS:
        by_pathway[p["pathway"]].append(p["code"])
    assert set(by_pathway) >= {p["code"] for p in LEGACY}
    levels = defaultdict(set)
    for r in PROGRAM_COURSES:
        levels[r["program"]].add(parse_level(r["level"]))
    for p in PROGRAMS:
        assert levels[p["code"]] >= {9, 10, 11, 12, 13}, p["code"]
    options = defaultdict(set)
    for o in rows("program_options.csv"):
        options[o["program"]].add(o["kind"])
        assert o["kind"] in ("employment", "military", "certificate", "apprenticeship",
                             "associate", "bachelor")
    assert all(options[p["code"]] for p in PROGRAMS)


def test_prerequisites_are_acyclic() -> None:
    graph = {code: [p for p in c["prerequisites"].split(";") if p] for code, c in COURSES.items()}
    state: dict[str, int] = {}

    def visit(code: str, path: tuple[str, ...]) -> None:
        if state.get(code) == 2:
            return
        assert state.get(code) != 1, f"prerequisite cycle: {' -> '.join(path + (code,))}"
        state[code] = 1
        for p in graph[code]:
            visit(p, path + (code,))
        state[code] = 2

    for code in graph:
        visit(code, ())


def test_programs_place_prerequisites_earlier_and_courses_in_their_grade_range() -> None:
    placed: dict[str, dict[str, int]] = defaultdict(dict)
    for r in PROGRAM_COURSES:
        placed[r["program"]][r["course"]] = parse_level(r["level"])
    for program, courses in placed.items():
        for code, level in courses.items():
            c = COURSES[code]
            assert parse_level(c["grade_low"]) <= level <= parse_level(c["grade_high"]), \
                f"{program}: {code} outside its grades"
            for p in filter(None, c["prerequisites"].split(";")):
                assert p in courses, f"{program}: {code} needs {p}, not in the program"
                assert courses[p] < level, f"{program}: {p} not before {code}"


def test_courses_are_well_formed() -> None:
    areas = {"English", "Mathematics", "Science", "Social Studies", "PE/Health", "Fine Arts",
             "World Language", "Career & Technical Education", "Elective"}
    for c in COURSES.values():
        assert c["title"].strip()
        assert c["subject_area"] in areas, c["code"]
        assert 0 < float(c["credits"]) <= 6
        assert parse_level(c["grade_low"]) <= parse_level(c["grade_high"])
        assert c["cte"] in ("yes", "no") and c["dual_credit"] in ("yes", "no")


SOC = re.compile(r"^\d{2}-\d{4}\.\d{2}$")
BLS_EDUCATION = {"", "No formal educational credential", "High school diploma or equivalent",
                 "Some college, no degree", "Postsecondary nondegree award",
                 "Associate's degree", "Bachelor's degree", "Master's degree",
                 "Doctoral or professional degree"}


def test_occupations_have_valid_codes_and_bls_education() -> None:
    for o in OCCUPATIONS:
        assert SOC.match(o["soc"]), o["soc"]
        assert o["job_zone"] in ("", "1", "2", "3", "4", "5"), o["soc"]
        assert o["education"] in BLS_EDUCATION, o["soc"]
    nurses = next(o for o in OCCUPATIONS if o["soc"] == "29-1141.00")
    assert nurses["education"] == "Bachelor's degree"  # BLS's own entry level
    assert any(o["soc"].startswith("55-") for o in OCCUPATIONS)  # military included


@pytest.mark.skipif(not SHARED.is_dir(), reason="shared O*NET reference not beside the project")
def test_every_onet_occupation_with_its_exact_title_and_zone() -> None:
    with (SHARED / "reference" / "onet-29.3-occupations.tsv").open(encoding="utf-8") as fh:
        titles = {r["O*NET-SOC Code"]: r["Title"] for r in csv.DictReader(fh, delimiter="\t")}
    with (SHARED / "reference" / "onet-29.3-job-zones.tsv").open(encoding="utf-8") as fh:
        zones = {r["O*NET-SOC Code"]: r["Job Zone"] for r in csv.DictReader(fh, delimiter="\t")}
    assert {o["soc"]: o["title"] for o in OCCUPATIONS} == titles
    for o in OCCUPATIONS:
        assert o["job_zone"] == zones.get(o["soc"], ""), o["soc"]


@pytest.mark.skipif(not SHARED.is_dir(), reason="shared O*NET reference not beside the project")
def test_legacy_links_include_every_link_of_onets_export() -> None:
    names = {p["name"].casefold().replace(" and ", " & "): p["code"] for p in LEGACY}
    ours = {(r["soc"], r["pathway"]): r["basis"] for r in LINKS}
    path = SHARED / "reference" / "onet-legacy-cluster-occupations.csv"
    with path.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            for name in r["Career Pathway"].split("; "):
                key = (r["Code"], names[name.casefold().replace(" and ", " & ")])
                assert ours.get(key) == "onet-legacy", key


def test_occupation_coverage_per_pathway_and_subcluster() -> None:
    per_pathway: dict[str, set[str]] = defaultdict(set)
    for link in LINKS:
        per_pathway[link["pathway"]].add(link["soc"])
    for p in LEGACY:
        assert len(per_pathway[p["code"]]) >= 5, p["name"]
    for p in MODERN:
        assert len(per_pathway[p["code"]]) >= 1, p["name"]
    assert all(link["basis"] in ("advance-cte-2025", "onet-legacy", "own") for link in LINKS)


def test_example_graduation_requirements() -> None:
    reqs = {r["subject_area"]: float(r["credits"]) for r in rows("graduation_requirements.csv")}
    assert reqs == {"English": 4, "Mathematics": 4, "Science": 3, "Social Studies": 3,
                    "PE/Health": 1, "Fine Arts": 1, "World Language": 2, "*": 24}
    assert all("xample" in r["set_name"] for r in rows("graduation_requirements.csv"))
