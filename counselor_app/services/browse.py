"""Read-only queries for the framework browser: the tree and the detail pages."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from counselor_app.domain import (
    Cluster,
    Course,
    CoursePrerequisite,
    Crosswalk,
    Framework,
    Occupation,
    OccupationPathway,
    Pathway,
    ProgramCourse,
    ProgramCredential,
    ProgramOccupation,
    ProgramOfStudy,
    ProgramOption,
    ProgramSubcluster,
)
from counselor_app.services import shared_reads as shared
from counselor_app.services.cip import cip_title
from counselor_app.services.labor import LaborFigures, labor_figures
from counselor_app.store.engine import Database


@dataclass(frozen=True)
class FrameworkInfo:
    code: str
    name: str
    pathway_label: str


@dataclass(frozen=True)
class ProgramNode:
    code: str
    name: str


@dataclass(frozen=True)
class PathwayNode:
    code: str
    name: str
    programs: tuple[ProgramNode, ...]


@dataclass(frozen=True)
class ClusterNode:
    code: str
    name: str
    cross_cutting: bool
    pathways: tuple[PathwayNode, ...]


@dataclass(frozen=True)
class OccupationInfo:
    soc: str
    title: str
    education: str
    job_zone: int | None
    labor: LaborFigures | None = None  # BLS wages and outlook, when BLS covers it


@dataclass(frozen=True)
class CourseRow:
    code: str
    title: str
    credits: float
    subject_area: str
    grade_low: int
    grade_high: int
    cte: bool
    dual_credit: bool
    repeatable: bool
    prerequisites: tuple[str, ...]


@dataclass(frozen=True)
class ProgramCourseRow:
    level: int
    required: bool
    course: CourseRow
    group: str = ""  # rows of one level sharing a group: choose one (the first is the default)


@dataclass(frozen=True)
class ProgramOptionRow:
    kind: str  # employment, military, certificate, apprenticeship, associate, bachelor
    title: str
    credential: str
    cip: str = ""  # CIP 2020 code of a postsecondary program
    cip_title: str = ""


@dataclass(frozen=True)
class CredentialRow:
    name: str
    issuer: str
    grade: int


@dataclass(frozen=True)
class Breadcrumb:
    framework: str
    cluster: tuple[str, str]  # code, name
    pathway: tuple[str, str] | None = None
    program: tuple[str, str] | None = None


@dataclass(frozen=True)
class ClusterDetail:
    code: str
    name: str
    description: str
    framework: FrameworkInfo
    cross_cutting: bool
    pathways: tuple[tuple[str, str, int], ...]  # code, name, occupation count
    occupation_count: int
    breadcrumb: Breadcrumb


@dataclass(frozen=True)
class PathwayDetail:
    code: str
    name: str
    description: str
    framework: FrameworkInfo
    programs: tuple[ProgramNode, ...]
    occupations: tuple[OccupationInfo, ...]
    crosswalk: tuple[tuple[str, str], ...]  # related pathways of the other framework
    breadcrumb: Breadcrumb


@dataclass(frozen=True)
class ProgramDetail:
    code: str
    name: str
    description: str
    pathway_code: str
    pathway_name: str
    courses: tuple[ProgramCourseRow, ...]
    options: tuple[ProgramOptionRow, ...]
    occupations: tuple[OccupationInfo, ...]
    breadcrumb: Breadcrumb
    # where it sits in the 2024 framework: (cluster code, cluster name, code, name)
    subclusters: tuple[tuple[str, str, str, str], ...] = ()
    credentials: tuple[CredentialRow, ...] = ()  # earned in high school, by grade


def list_frameworks(db: Database) -> list[FrameworkInfo]:
    with db.read() as s:
        return [FrameworkInfo(f.code, f.name, f.pathway_label)
                for f in s.scalars(select(Framework).order_by(Framework.sort_order))]


def framework_tree(db: Database, framework: str) -> list[ClusterNode]:
    """Clusters -> pathways -> programs of one framework, in display order."""
    with db.read() as s:
        clusters = s.scalars(select(Cluster).where(Cluster.framework_code == framework)
                             .order_by(Cluster.sort_order)).all()
        ids = [c.id for c in clusters]
        pathways = s.scalars(select(Pathway).where(Pathway.cluster_id.in_(ids))
                             .order_by(Pathway.sort_order)).all()
        ids_p = [p.id for p in pathways]
        if framework == "ncc-legacy":
            placed = s.execute(select(ProgramOfStudy.pathway_id, ProgramOfStudy.code,
                                      ProgramOfStudy.name)
                               .where(ProgramOfStudy.pathway_id.in_(ids_p))
                               .order_by(ProgramOfStudy.code)).all()
        else:  # programs placed in a 2024 sub-cluster (program_subclusters.csv)
            placed = s.execute(select(ProgramSubcluster.subcluster_id, ProgramOfStudy.code,
                                      ProgramOfStudy.name)
                               .join(ProgramOfStudy,
                                     ProgramOfStudy.id == ProgramSubcluster.program_id)
                               .where(ProgramSubcluster.subcluster_id.in_(ids_p))
                               .order_by(ProgramOfStudy.code)).all()
    by_pathway: dict[int, list[ProgramNode]] = defaultdict(list)
    for pathway_id, code, name in placed:
        by_pathway[pathway_id].append(ProgramNode(code, name))
    by_cluster: dict[int, list[PathwayNode]] = defaultdict(list)
    for p in pathways:
        by_cluster[p.cluster_id].append(PathwayNode(p.code, p.name, tuple(by_pathway[p.id])))
    return [ClusterNode(c.code, c.name, c.cross_cutting, tuple(by_cluster[c.id]))
            for c in clusters]


def _framework(s: Session, code: str) -> FrameworkInfo:
    f = s.get(Framework, code)
    assert f is not None
    return FrameworkInfo(f.code, f.name, f.pathway_label)


def _occupations_for(s: Session, pathway: Pathway) -> list[OccupationInfo]:
    """The occupations linked to a pathway or sub-cluster itself (for a 2024 sub-cluster:
    the official Framework Crosswalk's links; never those of crosswalked legacy pathways,
    which would bring drivers into Air & Space)."""
    rows = s.scalars(select(Occupation).join(OccupationPathway)
                     .where(OccupationPathway.pathway_id == pathway.id)
                     .order_by(Occupation.soc)).all()
    return occupation_infos(s, rows)


def occupation_infos(s: Session, rows: Sequence[Occupation]) -> list[OccupationInfo]:
    labor = labor_figures(s, [o.soc for o in rows])
    return [OccupationInfo(o.soc, o.title, o.education, o.job_zone, labor.get(o.soc))
            for o in rows]


def course_rows(s: Session, codes: list[str]) -> dict[str, CourseRow]:
    courses = shared.courses(s, codes).values()
    prereqs: dict[str, list[str]] = defaultdict(list)
    for c, p in s.execute(select(CoursePrerequisite.course_code,
                                 CoursePrerequisite.prerequisite_code)
                          .where(CoursePrerequisite.course_code.in_(codes))):
        prereqs[c].append(p)
    return {c.code: CourseRow(c.code, c.title, c.credits, c.subject_area, c.grade_low,
                              c.grade_high, c.cte, c.dual_credit, c.repeatable,
                              tuple(sorted(prereqs[c.code])))
            for c in courses}


def catalog_titles(s: Session, codes: Iterable[str]) -> dict[str, str]:
    """Titles of the catalog courses among ``codes`` (codes not in the catalog left out)."""
    wanted = sorted(set(codes))
    if not wanted:
        return {}
    return dict(s.execute(select(Course.code, Course.title).where(Course.code.in_(wanted)))
                .tuples().all())


def cluster_detail(db: Database, code: str) -> ClusterDetail | None:
    with db.read() as s:
        c = s.scalar(select(Cluster).where(Cluster.code == code))
        if c is None:
            return None
        pathways = s.scalars(select(Pathway).where(Pathway.cluster_id == c.id)
                             .order_by(Pathway.sort_order)).all()
        rows = []
        socs: set[str] = set()
        for p in pathways:
            occ = _occupations_for(s, p)
            socs.update(o.soc for o in occ)
            rows.append((p.code, p.name, len(occ)))
        return ClusterDetail(c.code, c.name, c.description, _framework(s, c.framework_code),
                             c.cross_cutting, tuple(rows), len(socs),
                             Breadcrumb(c.framework_code, (c.code, c.name)))


def pathway_detail(db: Database, code: str) -> PathwayDetail | None:
    with db.read() as s:
        p = s.scalar(select(Pathway).where(Pathway.code == code))
        if p is None:
            return None
        c = s.get(Cluster, p.cluster_id)
        assert c is not None
        legacy = c.framework_code == "ncc-legacy"
        programs = s.scalars(select(ProgramOfStudy).where(ProgramOfStudy.pathway_id == p.id)
                             .order_by(ProgramOfStudy.code)).all()
        if legacy:
            other = select(Pathway).join(Crosswalk, Crosswalk.subcluster_id == Pathway.id).where(
                Crosswalk.legacy_pathway_id == p.id)
        else:
            other = select(Pathway).join(Crosswalk, Crosswalk.legacy_pathway_id == Pathway.id)\
                .where(Crosswalk.subcluster_id == p.id)
            # programs of study are written for legacy pathways; a sub-cluster shows
            # those placed in it (program_subclusters.csv), not all of a crosswalked pathway
            programs = s.scalars(select(ProgramOfStudy).join(
                ProgramSubcluster, ProgramSubcluster.program_id == ProgramOfStudy.id)
                .where(ProgramSubcluster.subcluster_id == p.id)
                .order_by(ProgramOfStudy.code)).all()
        related = s.scalars(other.order_by(Pathway.sort_order)).all()
        return PathwayDetail(
            p.code, p.name, p.description, _framework(s, c.framework_code),
            tuple(ProgramNode(x.code, x.name) for x in programs),
            tuple(_occupations_for(s, p)),
            tuple((r.code, r.name) for r in related),
            Breadcrumb(c.framework_code, (c.code, c.name), (p.code, p.name)))


def program_detail(db: Database, code: str) -> ProgramDetail | None:
    with db.read() as s:
        prog = s.scalar(select(ProgramOfStudy).where(ProgramOfStudy.code == code))
        if prog is None:
            return None
        p = s.get(Pathway, prog.pathway_id)
        assert p is not None
        c = s.get(Cluster, p.cluster_id)
        assert c is not None
        pcs = s.scalars(select(ProgramCourse).where(ProgramCourse.program_id == prog.id)
                        .order_by(ProgramCourse.level, ProgramCourse.sort_order)).all()
        rows = course_rows(s, [pc.course_code for pc in pcs])
        courses = tuple(ProgramCourseRow(pc.level, pc.required, rows[pc.course_code],
                                         pc.choice_group)
                        for pc in pcs if pc.course_code in rows)
        options = s.scalars(select(ProgramOption).where(ProgramOption.program_id == prog.id)
                            .order_by(ProgramOption.sort_order)).all()
        placed = s.execute(select(Cluster.code, Cluster.name, Pathway.code, Pathway.name)
                           .join(Pathway, Pathway.cluster_id == Cluster.id)
                           .join(ProgramSubcluster, ProgramSubcluster.subcluster_id == Pathway.id)
                           .where(ProgramSubcluster.program_id == prog.id)
                           .order_by(Pathway.code)).tuples().all()
        creds = s.scalars(select(ProgramCredential)
                          .where(ProgramCredential.program_id == prog.id)
                          .order_by(ProgramCredential.grade, ProgramCredential.sort_order)).all()
        named = s.scalars(select(Occupation).join(
            ProgramOccupation, ProgramOccupation.soc == Occupation.soc)
            .where(ProgramOccupation.program_id == prog.id).order_by(Occupation.title)).all()
        # the occupations the program names; a program without any shows its pathway's
        occupations = occupation_infos(s, named) if named else _occupations_for(s, p)
        return ProgramDetail(
            prog.code, prog.name, prog.description, p.code, p.name, courses,
            tuple(ProgramOptionRow(o.kind, o.title, o.credential, o.cip, cip_title(o.cip))
                  for o in options),
            tuple(occupations),
            Breadcrumb(c.framework_code, (c.code, c.name), (p.code, p.name),
                       (prog.code, prog.name)), tuple(placed),
            tuple(CredentialRow(x.name, x.issuer, x.grade) for x in creds))


def occupation_info(db: Database, soc: str) -> tuple[OccupationInfo, list[tuple[str, str]]] | None:
    """An occupation and the (code, name) of the pathways it belongs to."""
    with db.read() as s:
        o = s.get(Occupation, soc)
        if o is None:
            return None
        paths = s.execute(select(Pathway.code, Pathway.name).join(OccupationPathway)
                          .where(OccupationPathway.soc == soc).order_by(Pathway.code)).all()
        return occupation_infos(s, [o])[0], [tuple(r) for r in paths]


def course_info(db: Database, code: str) -> CourseRow | None:
    with db.read() as s:
        return course_rows(s, [code]).get(code)


def pathways_holding(db: Database, soc: str) -> list[str]:
    """The codes of the pathways and sub-clusters (both frameworks) that an occupation is
    linked to, in code order."""
    with db.read() as s:
        return list(s.scalars(select(Pathway.code).join(OccupationPathway)
                              .where(OccupationPathway.soc == soc).order_by(Pathway.code)))


def list_programs(db: Database) -> list[tuple[str, str, str]]:
    """(program code, program name, pathway name) for choosing a program to start a plan."""
    with db.read() as s:
        return list(s.execute(
            select(ProgramOfStudy.code, ProgramOfStudy.name, Pathway.name)
            .join(Pathway, Pathway.id == ProgramOfStudy.pathway_id)
            .order_by(ProgramOfStudy.name)).tuples().all())


def program_keywords(db: Database) -> dict[str, str]:
    """What else finds a program when choosing one: the names of its legacy cluster and of
    the 2024 sub-clusters and clusters it is placed in ("healthcare" finds Practical
    Nursing, which sits in Healthcare & Human Services)."""
    words: dict[str, list[str]] = defaultdict(list)
    with db.read() as s:
        legacy = s.execute(select(ProgramOfStudy.code, Cluster.name)
                           .join(Pathway, Pathway.id == ProgramOfStudy.pathway_id)
                           .join(Cluster, Cluster.id == Pathway.cluster_id)).tuples().all()
        placed = s.execute(select(ProgramOfStudy.code, Pathway.name, Cluster.name)
                           .join(ProgramSubcluster,
                                 ProgramSubcluster.program_id == ProgramOfStudy.id)
                           .join(Pathway, Pathway.id == ProgramSubcluster.subcluster_id)
                           .join(Cluster, Cluster.id == Pathway.cluster_id)).tuples().all()
    for code, cluster in legacy:
        words[code].append(cluster)
    for code, subcluster, cluster in placed:
        words[code] += [subcluster, cluster]
    return {code: " ".join(dict.fromkeys(names)) for code, names in words.items()}


def list_occupations(db: Database) -> list[OccupationInfo]:
    with db.read() as s:
        return [OccupationInfo(o.soc, o.title, o.education, o.job_zone)
                for o in s.scalars(select(Occupation).order_by(Occupation.title))]


def catalog(db: Database) -> list[CourseRow]:
    """The whole course catalog, sorted by title (for the plan editor's catalog panel)."""
    with db.read() as s:
        codes = list(s.scalars(select(Course.code)))
        rows = course_rows(s, codes)
    return sorted(rows.values(), key=lambda r: (r.title.casefold(), r.code))
