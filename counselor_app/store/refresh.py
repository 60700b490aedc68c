"""Replace the built-in reference data by a newer release's, keeping user data.

A release that changes ``resources/data`` changes its fingerprint (``data_version``).
When a database was seeded from an older built-in release, opening it reloads the
reference data in one transaction: students, plans, planned courses and settings are
untouched (plans refer to codes, and migrations have already rewritten changed codes),
and courses, programs and occupations a district imported (codes the built-in data does
not have) are kept.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from sqlalchemy import delete, inspect, select
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
    LaborMarket,
    Occupation,
    OccupationPathway,
    Pathway,
    ProgramCourse,
    ProgramCredential,
    ProgramOccupation,
    ProgramOfStudy,
    ProgramOption,
    ProgramSubcluster,
    SearchEntry,
)
from counselor_app.store.code_changes import code_changes
from counselor_app.store.seed import data_version, load_reference_data, read_rows

log = logging.getLogger(__name__)

# children before parents, so it also works where foreign keys do not cascade
_REFERENCE = (SearchEntry, ProgramSubcluster, ProgramOccupation, ProgramCredential,
              ProgramOption, ProgramCourse, ProgramOfStudy, OccupationPathway, LaborMarket,
              Occupation, CoursePrerequisite, Course, Crosswalk, Pathway, Cluster, Framework)


def needs_refresh(session: Session, folder: Path | None = None) -> bool:
    """True when the database holds an older built-in release of the reference data."""
    stored = session.get(DataInfo, "reference_version")
    return (stored is not None and stored.value.startswith("builtin-")
            and stored.value != data_version(folder))


def _columns(obj: object) -> dict[str, Any]:
    return {a.key: getattr(obj, a.key) for a in inspect(obj).mapper.column_attrs}


def refresh_reference_data(session: Session, folder: Path | None = None) -> dict[str, int]:
    """Reload the built-in reference data; returns the load counts plus what was kept."""
    # codes of built-in rows, including the old codes earlier releases used for them
    renamed = code_changes(None)
    builtin_courses = {r.get("code") for r in read_rows("courses.csv", folder)} \
        | set(renamed.get("course", {}))
    builtin_programs = {r.get("code") for r in read_rows("programs.csv", folder)} \
        | set(renamed.get("program", {}))
    builtin_socs = {r.get("soc") for r in read_rows("occupations.csv", folder)}
    pathway_code = dict(session.execute(select(Pathway.id, Pathway.code)).tuples().all())

    courses = [_columns(c) for c in session.scalars(select(Course))
               if c.code not in builtin_courses]
    kept_codes = {c["code"] for c in courses}
    prereqs = [_columns(p) for p in session.scalars(select(CoursePrerequisite))
               if p.course_code in kept_codes]
    occupations = [_columns(o) for o in session.scalars(select(Occupation))
                   if o.soc not in builtin_socs]
    kept_socs = {o["soc"] for o in occupations}
    occ_links = [(link.soc, pathway_code.get(link.pathway_id), link.basis)
                 for link in session.scalars(select(OccupationPathway))
                 if link.soc in kept_socs]
    programs = []
    for prog in session.scalars(select(ProgramOfStudy)):
        if prog.code in builtin_programs:
            continue
        programs.append((_columns(prog), pathway_code.get(prog.pathway_id),
                         [_columns(pc) for pc in session.scalars(
                             select(ProgramCourse).where(ProgramCourse.program_id == prog.id))],
                         [_columns(po) for po in session.scalars(
                             select(ProgramOption).where(ProgramOption.program_id == prog.id))]))

    for model in _REFERENCE:
        session.execute(delete(model))
    examples = list(session.scalars(select(GraduationRequirementSet.code)
                                    .where(GraduationRequirementSet.is_example)))
    session.execute(delete(GraduationRequirement)
                    .where(GraduationRequirement.set_code.in_(examples)))
    session.execute(delete(GraduationRequirementSet)
                    .where(GraduationRequirementSet.code.in_(examples)))
    session.flush()
    counts = load_reference_data(session, folder)

    known_courses = {c for c in session.scalars(select(Course.code))}
    session.add_all(Course(**c) for c in courses)
    session.flush()
    session.add_all(CoursePrerequisite(**p) for p in prereqs
                    if p["prerequisite_code"] in known_courses | kept_codes)
    session.add_all(Occupation(**o) for o in occupations)
    session.flush()
    new_ids = dict(session.execute(select(Pathway.code, Pathway.id)).tuples().all())
    session.add_all(OccupationPathway(soc=soc, pathway_id=new_ids[code], basis=basis)
                    for soc, code, basis in occ_links if code in new_ids)
    all_courses = known_courses | kept_codes
    kept_programs = 0
    for values, code, pcs, pos in programs:
        if code not in new_ids:
            log.warning("imported program %s dropped: its pathway %s is gone",
                        values["code"], code)
            continue
        values = {**values, "pathway_id": new_ids[code]}
        values.pop("id")
        prog = ProgramOfStudy(**values)
        session.add(prog)
        session.flush()
        for pc in pcs:
            if pc["course_code"] in all_courses:
                session.add(ProgramCourse(**{**pc, "id": None, "program_id": prog.id}))
        for po in pos:
            session.add(ProgramOption(**{**po, "id": None, "program_id": prog.id}))
        kept_programs += 1
    session.flush()
    counts.update(kept_courses=len(courses), kept_occupations=len(occupations),
                  kept_programs=kept_programs)
    log.info("built-in reference data refreshed: %s", counts)
    return counts
