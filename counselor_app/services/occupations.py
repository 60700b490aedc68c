"""One occupation's page: education, BLS wages and outlook, the programs that lead there,
and where it sits in both frameworks."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from counselor_app.domain import (
    Cluster,
    Occupation,
    OccupationPathway,
    Pathway,
    ProgramOccupation,
    ProgramOfStudy,
    ProgramSubcluster,
)
from counselor_app.services.browse import OccupationInfo, occupation_infos
from counselor_app.store.engine import Database

BASIS_LABELS = {"advance-cte-2025": "Advance CTE Framework Crosswalk (2025)",
                "onet-legacy": "O*NET career cluster export", "own": "our own link",
                "": "imported"}


@dataclass(frozen=True)
class PathwayLink:
    code: str
    name: str
    cluster: str
    basis: str  # a BASIS_LABELS value


@dataclass(frozen=True)
class OccupationDetail:
    info: OccupationInfo
    subclusters: tuple[PathwayLink, ...]  # 2024 framework
    pathways: tuple[PathwayLink, ...]  # legacy framework
    programs: tuple[tuple[str, str], ...]  # (code, name) of programs that lead there


def occupation_detail(db: Database, soc: str) -> OccupationDetail | None:
    with db.read() as s:
        o = s.get(Occupation, soc)
        if o is None:
            return None
        links = s.execute(
            select(Pathway.id, Pathway.code, Pathway.name, Cluster.name,
                   Cluster.framework_code, OccupationPathway.basis)
            .join(OccupationPathway, OccupationPathway.pathway_id == Pathway.id)
            .join(Cluster, Cluster.id == Pathway.cluster_id)
            .where(OccupationPathway.soc == soc).order_by(Pathway.code)).all()
        modern = tuple(PathwayLink(c, n, cl, BASIS_LABELS.get(b, b))
                       for _i, c, n, cl, fw, b in links if fw == "ncc-2024")
        legacy = tuple(PathwayLink(c, n, cl, BASIS_LABELS.get(b, b))
                       for _i, c, n, cl, fw, b in links if fw != "ncc-2024")
        direct = s.execute(select(ProgramOfStudy.code, ProgramOfStudy.name)
                           .join(ProgramOccupation,
                                 ProgramOccupation.program_id == ProgramOfStudy.id)
                           .where(ProgramOccupation.soc == soc)
                           .order_by(ProgramOfStudy.name)).tuples().all()
        if direct:
            programs = list(direct)
        else:
            # no program names this occupation: those placed where it is linked
            ids = [i for i, *_rest in links]
            programs = list(s.execute(
                select(ProgramOfStudy.code, ProgramOfStudy.name).distinct()
                .outerjoin(ProgramSubcluster, ProgramSubcluster.program_id == ProgramOfStudy.id)
                .where(ProgramSubcluster.subcluster_id.in_(ids)
                       | ProgramOfStudy.pathway_id.in_(ids))
                .order_by(ProgramOfStudy.name)).tuples().all())
        return OccupationDetail(occupation_infos(s, [o])[0], modern, legacy, tuple(programs))
