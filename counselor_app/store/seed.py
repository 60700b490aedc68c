"""Load the built-in reference data from ``resources/data/*.csv``.

The loader runs once, on a database that has no reference data yet. It never
touches students or plans.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counselor_app.domain import (
    Cluster,
    Course,
    CoursePrerequisite,
    Crosswalk,
    DataInfo,
    Framework,
    GraduationRequirement,
    GraduationRequirementSet,
    Pathway,
    ProgramCourse,
    ProgramOfStudy,
    ProgramOption,
)
from counselor_app.domain.base import parse_level
from counselor_app.store.fingerprints import data_dir, data_version
from counselor_app.store.seed_work import (
    load_labor_market,
    load_occupations,
    load_program_outcomes,
    load_program_subclusters,
)

log = logging.getLogger(__name__)

FRAMEWORKS = (
    ("ncc-2024", "National Career Clusters Framework (2024)", "Sub-cluster", 1),
    ("ncc-legacy", "National Career Clusters (16 clusters, legacy)", "Pathway", 2),
)



OPTION_KINDS = ("employment", "military", "certificate", "apprenticeship", "associate",
                "bachelor")


class SeedError(Exception):
    """A built-in data file is malformed; names the file, row and field."""


@dataclass(frozen=True)
class Row:
    file: str
    line: int
    values: dict[str, str]

    def get(self, field: str) -> str:
        try:
            return (self.values[field] or "").strip()
        except KeyError:
            raise SeedError(f"{self.file}: column {field!r} is missing") from None

    def fail(self, field: str, reason: str) -> SeedError:
        return SeedError(f"{self.file}, row {self.line}, field {field!r}: {reason}")

    def integer(self, field: str) -> int:
        try:
            return int(self.get(field))
        except ValueError:
            raise self.fail(field, f"{self.get(field)!r} is not a whole number") from None

    def number(self, field: str) -> float:
        try:
            return float(self.get(field))
        except ValueError:
            raise self.fail(field, f"{self.get(field)!r} is not a number") from None

    def level(self, field: str) -> int:
        try:
            return parse_level(self.get(field))
        except ValueError as exc:
            raise self.fail(field, str(exc)) from None

    def flag(self, field: str) -> bool:
        value = self.get(field).lower()
        if value in ("yes", "y", "true", "1"):
            return True
        if value in ("no", "n", "false", "0", ""):
            return False
        raise self.fail(field, f"{value!r} is not yes or no")


def read_rows(name: str, folder: Path | None = None) -> Iterator[Row]:
    path = (folder or data_dir()) / name
    with path.open(encoding="utf-8", newline="") as fh:
        for i, values in enumerate(csv.DictReader(fh), start=2):
            yield Row(name, i, values)


def course_tags(folder: Path | None = None) -> dict[str, str]:
    """Built-in course tags (``course_tags.csv``): code -> ';'-separated tags."""
    return {row.get("code"): row.get("tags") for row in read_rows("course_tags.csv", folder)}


def has_reference_data(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(Cluster)))


def load_reference_data(session: Session, folder: Path | None = None) -> dict[str, int]:
    """Insert all built-in reference data into an empty database; returns counts."""
    for code, name, label, order in FRAMEWORKS:
        session.add(Framework(code=code, name=name, pathway_label=label, sort_order=order))
    session.flush()
    frameworks = {f[0] for f in FRAMEWORKS}

    clusters: dict[str, Cluster] = {}
    for i, row in enumerate(read_rows("clusters.csv", folder)):
        fw = row.get("framework")
        if fw not in frameworks:
            raise row.fail("framework", f"unknown framework {fw!r}")
        cluster = Cluster(code=row.get("code"), framework_code=fw, name=row.get("name"),
                          description=row.get("description"),
                          cross_cutting=row.flag("cross_cutting"), sort_order=i)
        if cluster.code in clusters:
            raise row.fail("code", f"duplicate cluster code {cluster.code!r}")
        clusters[cluster.code] = cluster
        session.add(cluster)
    session.flush()

    pathways: dict[str, Pathway] = {}
    for i, row in enumerate(read_rows("pathways.csv", folder)):
        parent = clusters.get(row.get("cluster"))
        if parent is None:
            raise row.fail("cluster", f"unknown cluster {row.get('cluster')!r}")
        if parent.framework_code != row.get("framework"):
            raise row.fail("framework", "does not match the cluster's framework")
        pathway = Pathway(code=row.get("code"), cluster_id=parent.id, name=row.get("name"),
                          description=row.get("description"), sort_order=i)
        if pathway.code in pathways:
            raise row.fail("code", f"duplicate pathway code {pathway.code!r}")
        pathways[pathway.code] = pathway
        session.add(pathway)
    session.flush()
    legacy = {c.id for c in clusters.values() if c.framework_code == "ncc-legacy"}

    for row in read_rows("crosswalk.csv", folder):
        old, new = pathways.get(row.get("legacy_pathway")), pathways.get(row.get("subcluster"))
        if old is None or old.cluster_id not in legacy:
            raise row.fail("legacy_pathway", f"not a legacy pathway: {row.get('legacy_pathway')!r}")
        if new is None or new.cluster_id in legacy:
            raise row.fail("subcluster", f"not a 2024 sub-cluster: {row.get('subcluster')!r}")
        session.add(Crosswalk(legacy_pathway_id=old.id, subcluster_id=new.id,
                              basis=row.get("basis") or "own mapping"))

    courses: dict[str, Course] = {}
    prereqs: list[tuple[Row, str, str]] = []
    tags = course_tags(folder)
    for row in read_rows("courses.csv", folder):
        course = Course(code=row.get("code"), title=row.get("title"), tags=tags.get(
                            row.get("code"), ""),
                        credits=row.number("credits"), subject_area=row.get("subject_area"),
                        grade_low=row.level("grade_low"), grade_high=row.level("grade_high"),
                        cte=row.flag("cte"), dual_credit=row.flag("dual_credit"),
                        repeatable=row.flag("repeatable"), sced=row.get("sced") or None)
        if course.code in courses:
            raise row.fail("code", f"duplicate course code {course.code!r}")
        if course.grade_low > course.grade_high:
            raise row.fail("grade_high", "is below grade_low")
        courses[course.code] = course
        session.add(course)
        for p in filter(None, (x.strip() for x in row.get("prerequisites").split(";"))):
            prereqs.append((row, course.code, p))
    session.flush()
    for row, code, p in prereqs:
        if p not in courses:
            raise row.fail("prerequisites", f"unknown course {p!r}")
        session.add(CoursePrerequisite(course_code=code, prerequisite_code=p))
    session.flush()

    programs: dict[str, ProgramOfStudy] = {}
    for row in read_rows("programs.csv", folder):
        owner = pathways.get(row.get("pathway"))
        if owner is None:
            raise row.fail("pathway", f"unknown pathway {row.get('pathway')!r}")
        program = ProgramOfStudy(code=row.get("code"), pathway_id=owner.id,
                                 name=row.get("name"), description=row.get("description"))
        if program.code in programs:
            raise row.fail("code", f"duplicate program code {program.code!r}")
        programs[program.code] = program
        session.add(program)
    session.flush()
    for row in read_rows("program_courses.csv", folder):
        prog = programs.get(row.get("program"))
        if prog is None:
            raise row.fail("program", f"unknown program {row.get('program')!r}")
        if row.get("course") not in courses:
            raise row.fail("course", f"unknown course {row.get('course')!r}")
        session.add(ProgramCourse(program_id=prog.id, course_code=row.get("course"),
                                  level=row.level("level"), required=row.flag("required"),
                                  sort_order=row.integer("order"),
                                  choice_group=row.values.get("group", "") or ""))
    session.flush()
    for i, row in enumerate(read_rows("program_options.csv", folder)):
        prog = programs.get(row.get("program"))
        if prog is None:
            raise row.fail("program", f"unknown program {row.get('program')!r}")
        kind = row.get("kind")
        if kind not in OPTION_KINDS:
            raise row.fail("kind", f"{kind!r} is not one of {', '.join(OPTION_KINDS)}")
        session.add(ProgramOption(program_id=prog.id, kind=kind,
                                  title=row.get("title"), credential=row.get("credential"),
                                  sort_order=i, cip=row.values.get("cip", "") or ""))

    modern = {c.id for c in clusters.values() if c.framework_code == "ncc-2024"}
    load_program_subclusters(session, read_rows, folder, programs, pathways, modern)
    socs = load_occupations(session, read_rows, folder, pathways)
    wages = load_labor_market(session, read_rows, folder)
    load_program_outcomes(session, read_rows, folder, programs, socs)

    sets: dict[str, GraduationRequirementSet] = {}
    for i, row in enumerate(read_rows("graduation_requirements.csv", folder)):
        code = row.get("set_code")
        if code not in sets:
            sets[code] = GraduationRequirementSet(code=code, name=row.get("set_name"),
                                                  is_example=True)
            session.add(sets[code])
            session.flush()
        session.add(GraduationRequirement(set_code=code, subject_area=row.get("subject_area"),
                                          credits=row.number("credits"), sort_order=i))
    session.merge(DataInfo(key="reference_version", value=data_version(folder)))
    session.flush()
    counts = {"clusters": len(clusters), "pathways": len(pathways), "courses": len(courses),
              "programs": len(programs), "occupations": len(socs), "labor_market": wages}
    log.info("reference data loaded: %s", counts)
    return counts
