"""BLS labor-market figures for occupations: wages, outlook, entry requirements.

Figures are kept per 6-digit SOC code; an O*NET-SOC occupation (xx-xxxx.yy) uses the row
of its SOC, of the OEWS aggregate that holds it (13-1021 -> 13-1020) or of the SOC 2018
code O*NET splits (21-1011 -> 21-1018). ``LaborFigures.soc`` says which row it is, so a
page can say "figures for SOC 13-1020".
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from counselor_app.domain import LaborMarket
from counselor_app.store.engine import Database

WAGE_SOURCE = "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics"
PROJECTION_SOURCE = "U.S. Bureau of Labor Statistics, Employment Projections"

# SOC 2018 codes that O*NET-SOC 2019 divides into finer codes (BLS publishes the 2018 code)
SPLIT_SOC = {"21-1011": "21-1018", "21-1014": "21-1018", "25-2055": "25-2052",
             "25-2056": "25-2052", "25-9042": "25-9045", "25-9043": "25-9045",
             "25-9049": "25-9045", "51-2022": "51-2028", "51-2023": "51-2028",
             "53-1042": "53-1047", "53-1043": "53-1047", "53-1044": "53-1047",
             "53-1049": "53-1047"}

# BLS's words for projected growth (Occupational Outlook Handbook, 2024-34: the average
# for all occupations is about 3 percent)
_OUTLOOK = ((7.0, "Much faster than average"), (5.0, "Faster than average"),
            (3.0, "As fast as average"), (1.0, "Slower than average"),
            (-1.0, "Little or no change"))


def outlook_words(change_percent: float | None) -> str:
    if change_percent is None:
        return ""
    for floor, words in _OUTLOOK:
        if change_percent >= floor:
            return words
    return "Decline"


@dataclass(frozen=True)
class LaborFigures:
    soc: str  # the BLS row used (6-digit SOC or OEWS aggregate)
    title: str  # BLS's title of that row
    exact: bool  # True when the occupation is that SOC itself (xx-xxxx.00, same code)
    employment: int | None
    median_annual: float | None
    median_hourly: float | None
    p10_annual: float | None
    p90_annual: float | None
    employment_base_k: float | None
    employment_projected_k: float | None
    change_percent: float | None
    openings_k: float | None
    entry_education: str
    work_experience: str
    on_the_job_training: str
    wage_vintage: str
    projection_vintage: str

    @property
    def outlook(self) -> str:
        return outlook_words(self.change_percent)

    @property
    def has_wage(self) -> bool:
        return self.median_annual is not None or self.median_hourly is not None

    @property
    def source(self) -> str:
        return (f"{WAGE_SOURCE} ({self.wage_vintage}); {PROJECTION_SOURCE} "
                f"({self.projection_vintage})")


def candidate_socs(onet_code: str) -> tuple[str, ...]:
    """The BLS rows an O*NET-SOC code may draw on, best first."""
    soc = onet_code[:7]
    out = [soc]
    if soc in SPLIT_SOC:
        out.append(SPLIT_SOC[soc])
    out.append(soc[:-1] + "0")
    return tuple(dict.fromkeys(out))


def _figures(row: LaborMarket, onet_code: str) -> LaborFigures:
    return LaborFigures(
        row.soc, row.title, onet_code in (row.soc, f"{row.soc}.00"), row.employment,
        row.median_annual, row.median_hourly, row.p10_annual, row.p90_annual,
        row.employment_base_k, row.employment_projected_k, row.change_percent,
        row.openings_k, row.entry_education, row.work_experience, row.on_the_job_training,
        row.wage_vintage, row.projection_vintage)


def labor_figures(s: Session, codes: list[str] | set[str]) -> dict[str, LaborFigures]:
    """Figures for each O*NET-SOC code that BLS covers (others are left out)."""
    wanted = {c: candidate_socs(c) for c in codes}
    keys = {k for ks in wanted.values() for k in ks}
    rows: dict[str, LaborMarket] = {}
    key_list = sorted(keys)
    for i in range(0, len(key_list), 500):
        rows.update((r.soc, r) for r in s.scalars(
            select(LaborMarket).where(LaborMarket.soc.in_(key_list[i:i + 500]))))
    out = {}
    for code, ks in wanted.items():
        row = next((rows[k] for k in ks if k in rows), None)
        if row is not None:
            out[code] = _figures(row, code)
    return out


def occupation_labor(db: Database, soc: str | None) -> LaborFigures | None:
    """BLS figures for one O*NET-SOC code (a plan's career goal), or None."""
    if not soc:
        return None
    with db.read() as s:
        return labor_figures(s, [soc]).get(soc)


def summary(lab: LaborFigures) -> str:
    """One line for a career goal: median wage, outlook, entry education, vintage."""
    parts = []
    if lab.median_annual is not None:
        parts.append(f"median wage {money(lab.median_annual)} a year")
    elif lab.median_hourly is not None:
        parts.append(f"median wage {money(lab.median_hourly, hourly=True)} an hour")
    if lab.change_percent is not None:
        parts.append(f"outlook 2024-34: {lab.outlook.lower()} ({lab.change_percent:+.1f}%)")
    if lab.entry_education:
        parts.append(f"entry: {lab.entry_education}")
    return "; ".join(parts) + f" (BLS {lab.wage_vintage}, projections {lab.projection_vintage})"


def money(value: float | None, hourly: bool = False) -> str:
    if value is None:
        return "—"
    return f"${value:,.2f}" if hourly else f"${value:,.0f}"
