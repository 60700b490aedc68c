"""O*NET's own files as downloaded: Occupation Data, Job Zones and the career
cluster export; several files are read together."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counselor_app.domain import Cluster, Occupation, Pathway
from counselor_app.messages import msg
from counselor_app.services.imports.mapping import ColumnSpec, normalize_header
from counselor_app.services.imports.mapping import spec as _c
from counselor_app.services.imports.model import PreviewItem, RowError
from counselor_app.services.imports.occupations import (
    ZONE_EDUCATION,
    add_occupation,
    normalize_soc,
    pathway_links,
    set_links,
)
from counselor_app.services.imports.reading import Table
from counselor_app.services.imports.records import match_records, show
from counselor_app.services.imports.staging import Stage, diff, update_fields
from counselor_app.text import fold

_ONET_OCCUPATIONS = (
    _c("soc", "O*NET-SOC Code", (), True), _c("title", "Title", (), True),
    _c("description", "Description", (), True))
_ONET_ZONES = (
    _c("soc", "O*NET-SOC Code", (), True), _c("title", "Title", (), False),
    _c("job_zone", "Job Zone", (), True))
_ONET_CLUSTERS = (
    _c("cluster", "Career Cluster", (), True), _c("pathway", "Career Pathway", (), True),
    _c("soc", "Code", (), True), _c("title", "Occupation", (), True))



def name_key(name: str) -> str:
    """Cluster/pathway names compared loosely: '&' = 'and', case, punctuation,
    '(…)' asides and O*NET's 'Audio/Video' for our 'A/V'."""
    t = fold(re.sub(r"\([^)]*\)", " ", name))
    t = t.replace("audio/video", "a/v").replace("audio video", "a/v")
    return " ".join(re.findall(r"[a-z0-9]+", t))


class _Placer:
    """Finds our pathway for an O*NET (cluster name, pathway name) pair."""

    def __init__(self, session: Session) -> None:
        self.clusters: dict[str, list[int]] = {}
        for c in session.scalars(select(Cluster)):
            self.clusters.setdefault(name_key(c.name), []).append(c.id)
        self.in_cluster: dict[tuple[int, str], int] = {}
        self.by_name: dict[str, list[int]] = {}
        for p in session.scalars(select(Pathway)):
            key = name_key(p.name)
            self.in_cluster.setdefault((p.cluster_id, key), p.id)
            self.by_name.setdefault(key, []).append(p.id)

    def place(self, cluster: str, pathway: str) -> int | None:
        pkey = name_key(pathway)
        for cid in self.clusters.get(name_key(cluster), []):
            found = self.in_cluster.get((cid, pkey))
            if found is not None:
                return found
        candidates = self.by_name.get(pkey, [])
        return candidates[0] if len(candidates) == 1 else None


def _split_pairs(cluster_cell: str, pathway_cell: str) -> list[tuple[str, str]]:
    clusters = [c.strip() for c in cluster_cell.split(";") if c.strip()]
    pathways = [p.strip() for p in pathway_cell.split(";") if p.strip()]
    if len(clusters) == len(pathways):
        return list(zip(clusters, pathways, strict=True))
    if len(clusters) == 1:
        return [(clusters[0], p) for p in pathways]
    if len(pathways) == 1:
        return [(c, pathways[0]) for c in clusters]
    return [(c, p) for c in clusters for p in pathways]


@dataclass
class _OnetOcc:
    file: str
    row: int
    title: str | None = None
    description: str | None = None
    zone: int | None = None
    zone_title: str | None = None
    cluster_title: str | None = None
    pathway_ids: set[int] = field(default_factory=set)


def _onet_kind(table: Table) -> tuple[str, tuple[ColumnSpec, ...]] | None:
    names = {normalize_header(h) for h in table.headers}
    if {"careercluster", "careerpathway", "code", "occupation"} <= names:
        return "clusters", _ONET_CLUSTERS
    if {"onetsoccode", "jobzone"} <= names:
        return "zones", _ONET_ZONES
    if {"onetsoccode", "title", "description"} <= names:
        return "occupations", _ONET_OCCUPATIONS
    return None


def stage(session: Session, tables: list[Table], stage: Stage) -> None:
    preview = stage.preview
    placer = _Placer(session)
    occ: dict[str, _OnetOcc] = {}
    unplaced: dict[tuple[str, str], list[tuple[str, int]]] = {}
    have_occupation_file = False
    for table in tables:
        found = _onet_kind(table)
        if found is None:
            preview.errors.append(RowError(
                table.file, table.header_row, None,
                msg('is not one of O*NET\'s files: expected "Occupation Data" (O*NET-SOC Code, '
                    'Title, Description), "Job Zones" (O*NET-SOC Code, Title, Job Zone) or the '
                    "career cluster export (Career Cluster, Career Pathway, Code, Occupation)")))
            continue
        kind, specs = found
        have_occupation_file |= kind == "occupations"
        seen: dict[str, int] = {}
        for rec in match_records(table, specs, preview, stage.reject):
            raw = rec.text("soc", required=True, max_len=16)
            soc = normalize_soc(raw) if raw else None
            if raw and soc is None:
                rec.fail("soc", msg("{raw} is not an O*NET-SOC code like 15-1252.00",
                                    raw=show(raw)))
            title = rec.text("title", required=kind != "zones", max_len=300)
            if kind in ("occupations", "zones"):
                if kind == "occupations":
                    description = rec.text("description", max_len=20000, multiline=True)
                else:
                    zone = rec.integer("job_zone", 1, 5, required=True,
                                       what=msg("a job zone (1 to 5)"))
                if soc and soc in seen:
                    rec.fail("soc", msg("occupation {soc} appears again (first on row {seen})",
                                        soc=soc, seen=seen[soc]))
                if rec.failed or soc is None:
                    continue
                seen[soc] = rec.number
                entry = occ.setdefault(soc, _OnetOcc(rec.file, rec.number))
                if kind == "occupations":
                    entry.title, entry.description = title, description
                else:
                    entry.zone, entry.zone_title = zone, title
            else:
                cluster_cell = rec.text("cluster", required=True, max_len=1000)
                pathway_cell = rec.text("pathway", required=True, max_len=1000)
                if rec.failed or soc is None or not cluster_cell or not pathway_cell:
                    continue
                entry = occ.setdefault(soc, _OnetOcc(rec.file, rec.number))
                entry.cluster_title = entry.cluster_title or title
                for cluster, pathway in _split_pairs(cluster_cell, pathway_cell):
                    pid = placer.place(cluster, pathway)
                    if pid is None:
                        unplaced.setdefault((cluster, pathway), []).append(
                            (rec.file, rec.number))
                    else:
                        entry.pathway_ids.add(pid)
    for (cluster, pathway), where in unplaced.items():
        rows = ", ".join(str(r) for _f, r in where[:5]) + (" …" if len(where) > 5 else "")
        preview.warnings.append(RowError(
            where[0][0], where[0][1], "Career Pathway",
            msg("cannot place O*NET cluster {cluster!r}, pathway {pathway!r} in our frameworks; "
                "those links are left out (rows {rows})",
                cluster=cluster, pathway=pathway, rows=rows)))

    existing = {o.soc: o for o in session.scalars(select(Occupation))}
    links = pathway_links(session)
    for soc, entry in sorted(occ.items()):
        old = existing.get(soc)
        title = entry.title or (old.title if old else None) or entry.zone_title \
            or entry.cluster_title
        if old is None and (entry.title is None and have_occupation_file):
            preview.warnings.append(RowError(
                entry.file, entry.row, None,
                msg("occupation {soc} is not in Occupation Data or the database; left out",
                    soc=soc)))
            continue
        if not title:
            preview.errors.append(RowError(entry.file, entry.row, "Title",
                                           msg("occupation {soc} has no title", soc=soc)))
            continue
        values: dict[str, Any] = {"title": title}
        if entry.description is not None:
            values["description"] = entry.description
        if entry.zone is not None:
            values["job_zone"] = entry.zone
            if old is None or not old.education:
                values["education"] = ZONE_EDUCATION[entry.zone]
        add_links = entry.pathway_ids - links.get(soc, set())
        changes = diff(old, values) if old is not None else []
        if add_links:
            changes.append("pathways")
        item = PreviewItem(entry.file, entry.row, soc, title, tuple(changes))
        if old is None:
            preview.to_add.append(item)
            stage.ops.append(add_occupation(soc, values))
        elif changes:
            preview.to_update.append(item)
            stage.ops.append(update_fields(old, values))
        else:
            preview.to_skip.append(item)
        if add_links:
            stage.ops.append(set_links(soc, add_links, replace=False))
