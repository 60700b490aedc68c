"""Occupations: one row per O*NET-SOC code, with its pathway links."""

from __future__ import annotations

import re
from functools import partial
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from counselor_app.domain import Occupation, OccupationPathway, Pathway
from counselor_app.messages import msg
from counselor_app.services.imports.mapping import ColumnSpec
from counselor_app.services.imports.mapping import spec as _c
from counselor_app.services.imports.reading import Table
from counselor_app.services.imports.records import match_records, show
from counselor_app.services.imports.staging import Op, Stage, diff, stage_upsert

EDUCATION_LEVELS = ("High school diploma", "Postsecondary certificate", "Apprenticeship",
                    "Associate degree", "Bachelor's degree", "Master's degree",
                    "Doctoral or professional degree")
_EDUCATION_ALIASES = {
    "high school": 0, "high school diploma": 0, "hs diploma": 0, "hs": 0, "ged": 0,
    "high school diploma or equivalent": 0, "certificate": 1, "postsecondary certificate": 1,
    "postsecondary nondegree award": 1, "apprenticeship": 2, "associate": 3,
    "associate degree": 3, "associates degree": 3, "associate s degree": 3, "bachelor": 4,
    "bachelors": 4, "bachelor s": 4, "bachelor s degree": 4, "bachelors degree": 4,
    "bachelor degree": 4, "master": 5, "masters": 5, "master s degree": 5, "masters degree": 5,
    "master degree": 5, "doctoral": 6, "doctorate": 6, "doctoral degree": 6,
    "professional degree": 6, "doctoral or professional degree": 6,
}
ZONE_EDUCATION = {1: "High school diploma", 2: "High school diploma", 3: "Associate degree",
                  4: "Bachelor's degree", 5: "Master's degree"}
"""Typical entry education assumed from an O*NET job zone when none is given."""

_SOC = re.compile(r"^(\d{2})-?(\d{4})(?:\.(\d{2}))?$")

COLUMNS: tuple[ColumnSpec, ...] = (
    _c("soc", "SOC Code", ("SOC", "O*NET-SOC Code", "ONET SOC Code", "O*NET Code",
                           "Occupation Code", "Code"), True,
       "O*NET-SOC code like 15-1252.00 (15-1252 is read as 15-1252.00).", "15-1252.00"),
    _c("title", "Title", ("Occupation", "Occupation Title", "Name"), True, "",
       "Software Developers"),
    _c("education", "Typical Entry Education", ("Education", "Entry Education",
                                                "Typical Education", "Education Level"),
       False, "One of: " + "; ".join(EDUCATION_LEVELS) + ".", "Bachelor's degree"),
    _c("pathways", "Pathway Codes", ("Pathways", "Pathway", "Pathway Code", "Sub-clusters",
                                     "Sub-cluster Codes"), False,
       "Pathway or sub-cluster codes separated by ; (they replace the occupation's "
       "links).", "L11-03;060103"),
    _c("job_zone", "Job Zone", ("Zone",), False, "O*NET job zone 1 to 5.", "4"),
    _c("description", "Description", (), False, "", ""),
)


def normalize_soc(value: str) -> str | None:
    """'15-1252' / '15-1252.00' / '151252.00' -> '15-1252.00'; None when not a SOC code."""
    m = _SOC.match(value.strip())
    if not m:
        return None
    return f"{m.group(1)}-{m.group(2)}.{m.group(3) or '00'}"


def normalize_education(value: str) -> str | None:
    key = " ".join(re.findall(r"[a-z0-9]+", value.casefold().replace("’", "'")))
    for level in EDUCATION_LEVELS:
        if key == " ".join(re.findall(r"[a-z0-9]+", level.casefold())):
            return level
    index = _EDUCATION_ALIASES.get(key)
    return EDUCATION_LEVELS[index] if index is not None else None


def pathway_links(session: Session) -> dict[str, set[int]]:
    links: dict[str, set[int]] = {}
    for link in session.scalars(select(OccupationPathway)):
        links.setdefault(link.soc, set()).add(link.pathway_id)
    return links


def stage(session: Session, table: Table, stage: Stage) -> None:
    preview = stage.preview
    records = match_records(table, COLUMNS, preview, stage.reject)
    existing = {o.soc: o for o in session.scalars(select(Occupation))}
    pathways = {p.code: p for p in session.scalars(select(Pathway))}
    links = pathway_links(session)
    seen: dict[str, int] = {}
    for rec in records:
        raw = rec.text("soc", required=True, max_len=16)
        soc = normalize_soc(raw) if raw else None
        if raw and soc is None:
            rec.fail("soc", msg("{raw} is not an O*NET-SOC code like 15-1252.00", raw=show(raw)))
        title = rec.text("title", required=True, max_len=300)
        edu_text = rec.text("education", max_len=60)
        education = normalize_education(edu_text) if edu_text else ""
        if edu_text and education is None:
            rec.fail("education", msg("{value} is not one of: {levels}", value=show(edu_text),
                                      levels="; ".join(EDUCATION_LEVELS)))
        zone = rec.integer("job_zone", 1, 5, what=msg("a job zone (1 to 5)"))
        description = rec.text("description", max_len=5000, multiline=True)
        codes = rec.codes("pathways")
        ids: set[int] = set()
        for code in codes or ():
            pathway = pathways.get(code)
            if pathway is None:
                rec.fail("pathways", msg("unknown pathway or sub-cluster code {code}",
                                         code=show(code)))
            else:
                ids.add(pathway.id)
        if soc and soc in seen:
            rec.fail("soc", msg("occupation {soc} appears again (first on row {seen})",
                                soc=soc, seen=seen[soc]))
        if rec.failed or soc is None or title is None:
            continue
        seen[soc] = rec.number
        old = existing.get(soc)
        values: dict[str, Any] = {"title": title}
        if rec.has("job_zone"):
            values["job_zone"] = zone
        if education:
            values["education"] = education
        elif zone and (old is None or not old.education):
            values["education"] = ZONE_EDUCATION[zone]
        if description is not None:
            values["description"] = description
        new_links = ids if codes is not None else None
        changes = diff(old, values) if old is not None else []
        if new_links is not None and new_links != links.get(soc, set()):
            changes.append("pathways")
        stage_upsert(stage, rec, soc, title, old, values, changes,
                     partial(add_occupation, soc, values))
        if new_links is not None and new_links != links.get(soc, set()):
            stage.ops.append(set_links(soc, new_links, replace=True))


def add_occupation(soc: str, values: dict[str, Any]) -> Op:
    def op(s: Session) -> None:
        occ = Occupation(soc=soc, job_zone=None, education="", description="")
        for k, v in values.items():
            setattr(occ, k, v)
        s.add(occ)
        s.flush()
    return op


def set_links(soc: str, ids: set[int], *, replace: bool) -> Op:
    def op(s: Session) -> None:
        s.flush()
        have = set(s.scalars(select(OccupationPathway.pathway_id)
                             .where(OccupationPathway.soc == soc)))
        if replace:
            for pid in have - ids:
                s.execute(delete(OccupationPathway).where(OccupationPathway.soc == soc,
                                                          OccupationPathway.pathway_id == pid))
        s.add_all(OccupationPathway(soc=soc, pathway_id=pid) for pid in sorted(ids - have))
    return op
