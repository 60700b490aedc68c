"""Newer releases of the published reference files, as they are published:

* Advance CTE's Framework Crosswalk workbook (SOC and CIP sheets): the SOC sheet replaces
  the official occupation -> 2024 sub-cluster links (basis ``advance-cte-2025``); the CIP
  sheet is checked (every sub-cluster it names must exist) and counted.
* BLS's OEWS national file (``national_M2026_dl.xlsx``: OCC_CODE, A_MEDIAN, ...; ``#``
  marks a wage at or above BLS's top code, ``*`` one BLS does not publish) and the
  Employment Projections occupation table: they update the labor-market figures per SOC.

Each import checks everything first (errors name the file, sheet, row and column), then
writes in one transaction after a backup; ``dry_run`` checks and counts only.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, select

from counselor_app.domain import Cluster, LaborMarket, Occupation, OccupationPathway, Pathway
from counselor_app.services.backups import backup_before
from counselor_app.services.imports.sheets import Sheet, column, read_sheets
from counselor_app.services.labor import SPLIT_SOC
from counselor_app.store.engine import Database

log = logging.getLogger(__name__)
OFFICIAL = "advance-cte-2025"
_SOC = re.compile(r"^\d{2}-\d{4}$")


@dataclass
class ReleaseResult:
    kind: str
    files: list[str]
    errors: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    written: bool = False
    backup: Path | None = None

    def lines(self) -> list[str]:
        head = (f"{self.kind} from {', '.join(self.files)}: "
                + ", ".join(f"{v} {k}" for k, v in self.counts.items()))
        return [head, *[f"note: {n}" for n in self.notes],
                *[f"error: {e}" for e in self.errors[:50]]]


def _fold(title: str) -> str:
    t = title.casefold().replace(",", " ").replace(" and ", " & ")
    return " ".join(t.split())


# --------------------------------------------------------------- Framework Crosswalk

def _onet_codes(s_codes: list[str]) -> dict[str, list[str]]:
    by_soc: dict[str, list[str]] = {}
    for code in s_codes:
        by_soc.setdefault(code[:7], []).append(code)
    return by_soc


def _targets(soc: str, by_soc: dict[str, list[str]]) -> list[str]:
    if soc in by_soc:
        return by_soc[soc]
    split = [o for o, old in SPLIT_SOC.items() if old == soc]
    if split:
        return [c for s in split for c in by_soc.get(s, [])]
    if soc.endswith("0"):  # an OEWS aggregate such as 13-1020
        return [c for s, codes in by_soc.items() if s.startswith(soc[:-1]) for c in codes]
    return []


def import_framework_crosswalk(db: Database, path: str | Path, *,
                               dry_run: bool = False) -> ReleaseResult:
    """Load a Framework Crosswalk workbook (or its SOC / CIP sheets saved as CSV)."""
    result = ReleaseResult("Framework Crosswalk", [Path(path).name])
    try:
        sheets = read_sheets(path, ("soc", "cip"))
    except Exception as exc:  # TabularError and unreadable files: one clear line
        result.errors.append(str(exc))
        return result
    with db.read() as s:
        subs = {(c, _fold(n)): pid for pid, n, c in s.execute(
            select(Pathway.id, Pathway.name, Cluster.code)
            .join(Cluster, Cluster.id == Pathway.cluster_id)
            .where(Cluster.framework_code == "ncc-2024"))}
        cluster_by_name = {_fold(n): c for c, n in s.execute(
            select(Cluster.code, Cluster.name).where(Cluster.framework_code == "ncc-2024"))}
        by_soc = _onet_codes(list(s.scalars(select(Occupation.soc))))
    links: set[tuple[str, int]] = set()
    soc_rows = cip_rows = 0
    for sheet in sheets:
        kind = "soc" if column(sheet, "soc") is not None else (
            "cip" if column(sheet, "cip") is not None else None)
        if kind is None:
            result.notes.append(f"{sheet.where}: neither a SOC nor a CIP sheet; skipped")
            continue
        code_col = column(sheet, f"{kind} code", f"{kind}2020", f"{kind}_code", kind)
        cl_col = column(sheet, "cluster code", "cluster_code")
        cl_name = column(sheet, "career cluster", "cluster title", "cluster_title", "cluster")
        sub_col = column(sheet, "sub-cluster", "subcluster_title", "subcluster", "sub cluster")
        if sub_col is None or code_col is None:
            result.errors.append(f"{sheet.where}: no {kind.upper()} code or sub-cluster "
                                 "column in the header row")
            continue
        for number, cells in sheet.rows:
            def cell(i: int | None, cells: list[str] = cells) -> str:
                return cells[i].strip() if i is not None and i < len(cells) else ""
            code, sub = cell(code_col), cell(sub_col)
            cluster = cell(cl_col) or cluster_by_name.get(_fold(cell(cl_name)), "")
            pid = subs.get((cluster, _fold(sub)))
            if pid is None:
                result.errors.append(f"{sheet.where}, row {number}, column "
                                     f"{sheet.headers[sub_col]!r}: no 2024 sub-cluster "
                                     f"{sub!r} in cluster {cluster or cell(cl_name)!r}")
                continue
            if kind == "cip":
                cip_rows += 1
                continue
            if not _SOC.match(code):
                result.errors.append(f"{sheet.where}, row {number}, column "
                                     f"{sheet.headers[code_col]!r}: {code!r} is not a "
                                     "6-digit SOC code like 29-1141")
                continue
            targets = _targets(code, by_soc)
            if not targets:
                result.notes.append(f"{sheet.where}, row {number}: SOC {code} matches no "
                                    "occupation in the database; left out")
            soc_rows += 1
            links |= {(t, pid) for t in targets}
    result.counts = {"SOC rows": soc_rows, "CIP rows": cip_rows, "occupation links": len(links)}
    if not soc_rows and not result.errors:
        result.errors.append(f"{result.files[0]}: no SOC sheet with occupation rows")
    if result.errors or dry_run:
        return result
    result.backup = backup_before(db, "before-crosswalk-import")
    with db.transaction() as s:
        modern = select(Pathway.id).join(Cluster, Cluster.id == Pathway.cluster_id) \
            .where(Cluster.framework_code == "ncc-2024")
        s.execute(delete(OccupationPathway).where(OccupationPathway.basis == OFFICIAL,
                                                  OccupationPathway.pathway_id.in_(modern)))
        s.flush()
        have = set(s.execute(select(OccupationPathway.soc, OccupationPathway.pathway_id))
                   .tuples().all())
        s.add_all(OccupationPathway(soc=soc, pathway_id=pid, basis=OFFICIAL)
                  for soc, pid in sorted(links) if (soc, pid) not in have)
    result.written = True
    log.info("framework crosswalk imported: %s", result.counts)
    return result


# --------------------------------------------------------------- BLS releases

def _money(raw: str) -> tuple[float | None, bool]:
    """A BLS cell: '#' is at least the top code (figure unknown), '*' not published."""
    v = raw.replace(",", "").replace("$", "").strip()
    if v in ("", "*", "**", "#", "—", "-"):
        return None, v == "#"
    return float(v), False


def _number(raw: str) -> float | None:
    return _money(raw)[0]


def _oews_vintage(file: str) -> str:
    m = re.search(r"M(20\d\d)", file)
    return f"May {m.group(1)}" if m else ""


def _ep_vintage(sheet: Sheet) -> str:
    years = sorted({int(y) for h in sheet.headers for y in re.findall(r"(20\d\d)", h)})
    return f"{years[0]}-{str(years[-1])[2:]}" if len(years) >= 2 else ""


def import_bls(db: Database, paths: list[str | Path], *, dry_run: bool = False,
               wage_vintage: str = "") -> ReleaseResult:
    """Update labor-market figures from an OEWS national file and/or an Employment
    Projections occupation table. Rows are matched by 6-digit SOC code."""
    result = ReleaseResult("BLS release", [Path(p).name for p in paths])
    figures: dict[str, dict[str, object]] = {}
    for path in paths:
        try:
            sheets = read_sheets(path, ("occ_code", "matrix code", "soc"))
        except Exception as exc:
            result.errors.append(str(exc))
            continue
        for sheet in sheets:
            occ = column(sheet, "occ_code")
            matrix = column(sheet, "matrix code", "national employment matrix code")
            if occ is not None:
                _read_oews(sheet, occ, figures, result,
                           wage_vintage or _oews_vintage(sheet.file))
            elif matrix is not None:
                _read_ep(sheet, matrix, figures, result)
    if not figures and not result.errors:
        result.errors.append("no OEWS (OCC_CODE) or Employment Projections (matrix code) "
                             "rows found")
    if result.errors or dry_run:
        result.counts.setdefault("occupations", len(figures))
        return result
    result.backup = backup_before(db, "before-bls-import")
    added = updated = 0
    with db.transaction() as s:
        existing = {r.soc: r for r in s.scalars(select(LaborMarket))}
        for soc, values in sorted(figures.items()):
            row = existing.get(soc)
            if row is None:
                row = LaborMarket(soc=soc, title=str(values.get("title", soc)), top_coded=False,
                                  entry_education="", work_experience="",
                                  on_the_job_training="", wage_vintage="",
                                  projection_vintage="")
                s.add(row)
                added += 1
            else:
                updated += 1
            for key, value in values.items():
                setattr(row, key, value)
    result.counts = {"added": added, "updated": updated}
    result.written = True
    log.info("BLS release imported: %s", result.counts)
    return result


def _read_oews(sheet: Sheet, occ: int, figures: dict[str, dict[str, object]],
               result: ReleaseResult, vintage: str) -> None:
    cols = {k: column(sheet, k.lower()) for k in (
        "OCC_TITLE", "O_GROUP", "TOT_EMP", "A_MEDIAN", "H_MEDIAN", "A_PCT10", "A_PCT90",
        "H_PCT10", "H_PCT90")}
    if not vintage:
        result.notes.append(f"{sheet.where}: the survey month is not in the file name "
                            "(national_M2026_dl.xlsx); give it with --wage-vintage")
    for number, cells in sheet.rows:
        def cell(key: str, cells: list[str] = cells) -> str:
            i = cols[key]
            return cells[i] if i is not None and i < len(cells) else ""
        code = cells[occ] if occ < len(cells) else ""
        group = cell("O_GROUP").lower()
        if group and group not in ("detailed", "broad"):  # broad: OEWS aggregates
            continue
        if not _SOC.match(code):
            continue  # totals and major groups
        values = figures.setdefault(code, {})
        values["title"] = cell("OCC_TITLE") or code
        top = False
        for key, attr in (("A_MEDIAN", "median_annual"), ("H_MEDIAN", "median_hourly"),
                          ("A_PCT10", "p10_annual"), ("A_PCT90", "p90_annual"),
                          ("H_PCT10", "p10_hourly"), ("H_PCT90", "p90_hourly")):
            try:
                amount, capped = _money(cell(key))
            except ValueError:
                result.errors.append(f"{sheet.where}, row {number}, column {key}: "
                                     f"{cell(key)!r} is not a wage")
                continue
            values[attr] = amount
            top |= capped
        emp = _number(cell("TOT_EMP"))
        values["employment"] = int(emp) if emp is not None else None
        values["top_coded"] = top
        values["wage_vintage"] = vintage
    result.counts["OEWS rows"] = result.counts.get("OEWS rows", 0) + len(sheet.rows)


def _read_ep(sheet: Sheet, matrix: int, figures: dict[str, dict[str, object]],
             result: ReleaseResult) -> None:
    vintage = _ep_vintage(sheet)
    emp = [i for i, h in enumerate(sheet.headers) if h.lower().startswith("employment, 20")]
    cols = {"title": column(sheet, "national employment matrix title", "occupation title"),
            "pct": column(sheet, "change, percent", "percent change", "employment change, percent"),
            "open": column(sheet, "openings"),
            "edu": column(sheet, "typical education"),
            "exp": column(sheet, "work experience"),
            "ojt": column(sheet, "on-the-job training")}
    for number, cells in sheet.rows:
        def cell(i: int | None, cells: list[str] = cells) -> str:
            return cells[i] if i is not None and i < len(cells) else ""
        code = cell(matrix)
        if not _SOC.match(code) or code.endswith("0000"):
            continue
        values = figures.setdefault(code, {})
        values.setdefault("title", cell(cols["title"]) or code)
        try:
            if len(emp) >= 2:
                values["employment_base_k"] = _number(cell(emp[0]))
                values["employment_projected_k"] = _number(cell(emp[1]))
            values["change_percent"] = _number(cell(cols["pct"]))
            values["openings_k"] = _number(cell(cols["open"]))
        except ValueError:
            result.errors.append(f"{sheet.where}, row {number}: a figure is not a number")
            continue
        values["entry_education"] = cell(cols["edu"])
        values["work_experience"] = cell(cols["exp"]) or "None"
        values["on_the_job_training"] = cell(cols["ojt"]) or "None"
        values["projection_vintage"] = vintage
    result.counts["projection rows"] = result.counts.get("projection rows", 0) + len(sheet.rows)
