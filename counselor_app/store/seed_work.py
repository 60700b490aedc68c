"""Built-in world-of-work data: occupations, their framework links, BLS figures, and
where programs of study sit in the 2024 framework.

Called by :func:`counselor_app.store.seed.load_reference_data`; same rules: a bad row
raises SeedError naming file, row and field.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol

from sqlalchemy.orm import Session

from counselor_app.domain import (
    LaborMarket,
    Occupation,
    OccupationPathway,
    Pathway,
    ProgramCredential,
    ProgramOccupation,
    ProgramOfStudy,
    ProgramSubcluster,
)

LINK_BASES = ("advance-cte-2025", "onet-legacy", "own")


class _Row(Protocol):
    file: str
    line: int

    def get(self, field: str) -> str: ...
    def fail(self, field: str, reason: str) -> Exception: ...


Reader = Callable[[str, Path | None], Iterator[_Row]]


def sources(read: Reader, folder: Path | None) -> dict[str, dict[str, str]]:
    """The data sources named in ``sources.csv`` (key -> name, version, license, credit)."""
    return {row.get("key"): {k: row.get(k) for k in ("name", "version", "license", "credit")}
            for row in read("sources.csv", folder)}


def _optional(row: _Row, field: str, kind: type[int] | type[float]) -> float | int | None:
    value = row.get(field)
    if value in ("", "*", "#"):
        return None
    try:
        return kind(float(value)) if kind is int else float(value)
    except ValueError:
        raise row.fail(field, f"{value!r} is not a number") from None


def load_occupations(session: Session, read: Reader, folder: Path | None,
                     pathways: dict[str, Pathway]) -> set[str]:
    socs: set[str] = set()
    for row in read("occupations.csv", folder):
        soc = row.get("soc")
        if soc in socs:
            raise row.fail("soc", f"duplicate SOC code {soc!r}")
        socs.add(soc)
        zone = row.get("job_zone")
        if zone and zone not in "12345":
            raise row.fail("job_zone", f"{zone!r} is not a job zone 1 to 5 (blank: varies)")
        session.add(Occupation(soc=soc, title=row.get("title"),
                               job_zone=int(zone) if zone else None,
                               education=row.get("education")))
    session.flush()
    seen: set[tuple[str, str]] = set()
    for row in read("occupation_links.csv", folder):
        soc, code, basis = row.get("soc"), row.get("pathway"), row.get("basis")
        if soc not in socs:
            raise row.fail("soc", f"unknown occupation {soc!r}")
        linked = pathways.get(code)
        if linked is None:
            raise row.fail("pathway", f"unknown pathway {code!r}")
        if basis not in LINK_BASES:
            raise row.fail("basis", f"{basis!r} is not one of {', '.join(LINK_BASES)}")
        if (soc, code) in seen:
            raise row.fail("pathway", f"{soc} is linked to {code} twice")
        seen.add((soc, code))
        session.add(OccupationPathway(soc=soc, pathway_id=linked.id, basis=basis))
    session.flush()
    return socs


def load_labor_market(session: Session, read: Reader, folder: Path | None) -> int:
    src = sources(read, folder)
    wages, projections = src["bls-oews"]["version"], src["bls-ep"]["version"]
    count = 0
    for row in read("labor_market.csv", folder):
        session.add(LaborMarket(
            soc=row.get("soc"), title=row.get("title"),
            employment=_optional(row, "employment", int),
            median_annual=_optional(row, "median_annual", float),
            median_hourly=_optional(row, "median_hourly", float),
            p10_annual=_optional(row, "p10_annual", float),
            p90_annual=_optional(row, "p90_annual", float),
            p10_hourly=_optional(row, "p10_hourly", float),
            p90_hourly=_optional(row, "p90_hourly", float),
            top_coded=False,
            employment_base_k=_optional(row, "employment_2024_k", float),
            employment_projected_k=_optional(row, "employment_2034_k", float),
            change_percent=_optional(row, "change_percent", float),
            openings_k=_optional(row, "openings_k", float),
            entry_education=row.get("entry_education"),
            work_experience=row.get("work_experience"),
            on_the_job_training=row.get("on_the_job_training"),
            wage_vintage=wages, projection_vintage=projections))
        count += 1
    session.flush()
    return count


def load_program_subclusters(session: Session, read: Reader, folder: Path | None,
                             programs: dict[str, ProgramOfStudy],
                             pathways: dict[str, Pathway], modern: set[int]) -> None:
    for row in read("program_subclusters.csv", folder):
        prog = programs.get(row.get("program"))
        if prog is None:
            raise row.fail("program", f"unknown program {row.get('program')!r}")
        sub = pathways.get(row.get("subcluster"))
        if sub is None or sub.cluster_id not in modern:
            raise row.fail("subcluster", f"not a 2024 sub-cluster: {row.get('subcluster')!r}")
        session.add(ProgramSubcluster(program_id=prog.id, subcluster_id=sub.id))
    session.flush()


def load_program_outcomes(session: Session, read: Reader, folder: Path | None,
                          programs: dict[str, ProgramOfStudy], socs: set[str]) -> None:
    """Credentials earned in high school (with the grade) and occupations a program
    leads to."""
    for i, row in enumerate(read("program_credentials.csv", folder)):
        prog = programs.get(row.get("program"))
        if prog is None:
            raise row.fail("program", f"unknown program {row.get('program')!r}")
        grade = row.get("grade")
        if grade not in ("9", "10", "11", "12"):
            raise row.fail("grade", f"{grade!r} is not a high-school grade 9 to 12")
        session.add(ProgramCredential(program_id=prog.id, name=row.get("credential"),
                                      issuer=row.get("issuer"), grade=int(grade),
                                      sort_order=i))
    seen: set[tuple[int, str]] = set()
    for row in read("program_occupations.csv", folder):
        prog = programs.get(row.get("program"))
        if prog is None:
            raise row.fail("program", f"unknown program {row.get('program')!r}")
        soc = row.get("soc")
        if soc not in socs:
            raise row.fail("soc", f"unknown occupation {soc!r}")
        if (prog.id, soc) in seen:
            raise row.fail("soc", f"{soc} is listed twice for {prog.code}")
        seen.add((prog.id, soc))
        session.add(ProgramOccupation(program_id=prog.id, soc=soc))
    session.flush()
