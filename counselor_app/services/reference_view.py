"""Any reference code described as plain data (for ``counselor-app show``): what it is,
its framework, parents, children, occupations (with BLS wage and outlook) and programs."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from counselor_app.domain import Cluster, Course, Framework, Occupation, Pathway, ProgramOfStudy
from counselor_app.services import browse
from counselor_app.services.browse import OccupationInfo
from counselor_app.services.courses import course_detail
from counselor_app.services.occupations import occupation_detail
from counselor_app.store.engine import Database
from counselor_app.text import fold

View = dict[str, Any]


def occupation_row(o: OccupationInfo) -> View:
    lab = o.labor
    return {"soc": o.soc, "title": o.title, "education": o.education,
            "job_zone": o.job_zone,
            "median_annual_wage": lab.median_annual if lab else None,
            "median_hourly_wage": lab.median_hourly if lab else None,
            "growth_percent": lab.change_percent if lab else None,
            "outlook": lab.outlook if lab else "",
            "annual_openings": round(lab.openings_k * 1000) if lab and lab.openings_k
            is not None else None,
            "figures_for_soc": lab.soc if lab else None}


def _kind_of(db: Database, code: str) -> tuple[str, str] | None:
    with db.read() as s:
        if s.get(Framework, code) is not None:
            return "framework", code
        if s.scalar(select(Cluster.id).where(Cluster.code == code)) is not None:
            return "cluster", code
        if s.scalar(select(Pathway.id).where(Pathway.code == code)) is not None:
            return "pathway", code
        if s.scalar(select(ProgramOfStudy.id).where(ProgramOfStudy.code == code)) is not None:
            return "program", code
        if s.get(Course, code) is not None:
            return "course", code
        for soc in (code, f"{code}.00"):
            if s.get(Occupation, soc) is not None:
                return "occupation", soc
        # a name typed instead of a code: exactly one cluster or pathway of that name
        wanted = fold(code)
        for model, kind in ((Cluster, "cluster"), (Pathway, "pathway")):
            found = [c for c, n in s.execute(select(model.code, model.name)) if fold(n) == wanted]
            if len(found) == 1:
                return kind, found[0]
    return None


def _framework(db: Database, code: str) -> View:
    fw = next(f for f in browse.list_frameworks(db) if f.code == code)
    clusters = []
    for c in browse.framework_tree(db, code):
        onet = code == "ncc-2024"  # the 2024 codes are O*NET's six-digit codes
        clusters.append({
            "code": c.code, "onet_code": c.code if onet else None, "name": c.name,
            "cross_cutting": c.cross_cutting,
            "children": [{"code": p.code, "onet_code": p.code if onet else None,
                          "name": p.name,
                          "programs": [{"code": g.code, "name": g.name} for g in p.programs]}
                         for p in c.pathways]})
    return {"kind": "framework", "code": fw.code, "name": fw.name, "framework": fw.code,
            "child_label": fw.pathway_label, "parents": [], "clusters": clusters,
            "counts": {"clusters": len(clusters),
                       "children": sum(len(c["children"]) for c in clusters)}}


def describe(db: Database, code: str) -> View | None:
    """The view of a framework, cluster, pathway/sub-cluster, program, course or
    occupation code; None when nothing has that code."""
    found = _kind_of(db, code.strip())
    if found is None:
        return None
    kind, code = found
    if kind == "framework":
        return _framework(db, code)
    if kind == "cluster":
        d = browse.cluster_detail(db, code)
        assert d is not None
        occupations: dict[str, OccupationInfo] = {}
        programs: dict[str, str] = {}
        for pcode, _name, _n in d.pathways:
            p = browse.pathway_detail(db, pcode)
            if p is not None:
                occupations.update((o.soc, o) for o in p.occupations)
                programs.update((g.code, g.name) for g in p.programs)
        return {"kind": "cluster", "code": d.code, "name": d.name,
                "framework": d.framework.code, "cross_cutting": d.cross_cutting,
                "parents": [{"kind": "framework", "code": d.framework.code,
                             "name": d.framework.name}],
                "children": [{"kind": "pathway", "code": c, "name": n, "occupations": k}
                             for c, n, k in d.pathways],
                "occupations": [occupation_row(o) for o in sorted(
                    occupations.values(), key=lambda o: o.title)],
                "programs": [{"code": c, "name": n} for c, n in sorted(programs.items())]}
    if kind == "pathway":
        p = browse.pathway_detail(db, code)
        assert p is not None
        b = p.breadcrumb
        return {"kind": p.framework.pathway_label.lower(), "code": p.code, "name": p.name,
                "framework": p.framework.code,
                "parents": [{"kind": "framework", "code": p.framework.code,
                             "name": p.framework.name},
                            {"kind": "cluster", "code": b.cluster[0], "name": b.cluster[1]}],
                "children": [{"kind": "program", "code": g.code, "name": g.name}
                             for g in p.programs],
                "occupations": [occupation_row(o) for o in p.occupations],
                "programs": [{"code": g.code, "name": g.name} for g in p.programs],
                "related": [{"code": c, "name": n} for c, n in p.crosswalk]}
    if kind == "program":
        g = browse.program_detail(db, code)
        assert g is not None
        b = g.breadcrumb
        return {"kind": "program", "code": g.code, "name": g.name, "framework": b.framework,
                "parents": [{"kind": "cluster", "code": b.cluster[0], "name": b.cluster[1]},
                            {"kind": "pathway", "code": g.pathway_code,
                             "name": g.pathway_name}],
                "children": [{"kind": "course", "code": pc.course.code,
                              "name": pc.course.title, "level": pc.level,
                              "required": pc.required} for pc in g.courses],
                "options": [{"kind": o.kind, "title": o.title, "credential": o.credential}
                            for o in g.options],
                "occupations": [occupation_row(o) for o in g.occupations],
                "programs": []}
    if kind == "course":
        c = course_detail(db, code)
        assert c is not None
        return {"kind": "course", "code": c.course.code, "name": c.course.title,
                "framework": None, "sced": c.sced, "credits": c.course.credits,
                "subject_area": c.course.subject_area,
                "grades": [c.course.grade_low, c.course.grade_high],
                "parents": [{"kind": "course", "code": k, "name": n}
                            for k, n in c.prerequisites],
                "children": [{"kind": "course", "code": k, "name": n}
                             for k, n in c.prerequisite_for],
                "tags": list(c.tags), "occupations": [],
                "programs": [{"code": k, "name": n, "level": lv} for k, n, lv in c.programs]}
    o = occupation_detail(db, code)
    assert o is not None
    return {"kind": "occupation", "code": o.info.soc, "name": o.info.title, "framework": None,
            **occupation_row(o.info),
            "parents": [{"kind": "sub-cluster", "code": p.code, "name": p.name,
                         "framework": "ncc-2024", "basis": p.basis} for p in o.subclusters]
            + [{"kind": "pathway", "code": p.code, "name": p.name, "framework": "ncc-legacy",
                "basis": p.basis} for p in o.pathways],
            "children": [], "occupations": [],
            "programs": [{"code": c, "name": n} for c, n in o.programs]}
