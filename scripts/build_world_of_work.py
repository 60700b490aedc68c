"""Derive the built-in occupation data from the published reference files.

Run from the project folder with the shared reference files beside it:

    python scripts/build_world_of_work.py [../shared/framework/reference]

It writes, in resources/data/:
- occupations.csv       every O*NET 29.3 occupation (code, title, job zone or blank for
                        "varies", BLS typical entry education of its SOC)
- occupation_links.csv  occupation -> pathway / sub-cluster links with their basis:
                        advance-cte-2025 (the official Framework Crosswalk, Sept 2025),
                        onet-legacy (O*NET's legacy cluster export) or own (our additions)
- labor_market.csv      BLS OEWS May 2025 wages and Employment Projections 2024-34 per SOC

Only codes, titles, links and figures are copied: they are facts. No description text.
Our own links are kept in OWN_LINKS below and in the legacy links of the previous
release (read from occupation_links.csv itself, rows with basis "own").
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "resources" / "data"

# SOC 2018 codes of the official crosswalk that O*NET-SOC 2019 splits into finer codes.
SOC2018_TO_ONET = {
    "21-1018": ("21-1011", "21-1014"),
    "25-2052": ("25-2055", "25-2056"),
    "25-9045": ("25-9042", "25-9043", "25-9049"),
    "51-2028": ("51-2022", "51-2023"),
    "53-1047": ("53-1042", "53-1043", "53-1044", "53-1049"),
}

# The vehicle sub-cluster has no rows in the official crosswalk: our own links.
VEHICLE = "060105"
OWN_LINKS = {
    VEHICLE: ("53-2012.00", "49-2091.00", "17-3021.00", "17-2011.00", "17-2199.08",
              "17-3024.01", "17-2199.05", "19-4099.03"),
}

BASIS_OFFICIAL = "advance-cte-2025"
BASIS_ONET = "onet-legacy"
BASIS_OWN = "own"


def fold(title: str) -> str:
    """Titles compared with case, commas and '&'/'and' folded."""
    t = title.casefold().replace(",", " ").replace(" and ", " & ")
    return " ".join(t.split())


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def soc_targets(soc: str, onet_by_soc: dict[str, list[str]]) -> list[str]:
    """O*NET codes an official SOC code covers: its detailed codes, an OEWS aggregate
    (13-1020 = every 13-102x) or a SOC 2018 code O*NET splits."""
    if soc in onet_by_soc:
        return onet_by_soc[soc]
    if soc in SOC2018_TO_ONET:
        return [c for s in SOC2018_TO_ONET[soc] for c in onet_by_soc.get(s, [])]
    if soc.endswith("0"):
        prefix = soc[:-1]
        return [c for s, codes in onet_by_soc.items() if s.startswith(prefix) for c in codes]
    return []


def bls_soc_for(soc6: str, bls: dict[str, dict[str, str]]) -> str | None:
    """The BLS row an O*NET SOC draws its figures from."""
    if soc6 in bls:
        return soc6
    for old, new in SOC2018_TO_ONET.items():
        if soc6 in new and old in bls:
            return old
    aggregate = soc6[:-1] + "0"
    return aggregate if aggregate in bls else None


def number(value: str) -> str:
    v = value.strip()
    if v in ("", "*", "#", "**"):
        return ""
    f = float(v)
    return str(int(f)) if f.is_integer() else str(f)


def main(ref: Path) -> None:
    onet = read_tsv(ref / "onet-29.3-occupations.tsv")
    zones = {r["O*NET-SOC Code"]: r["Job Zone"] for r in read_tsv(ref / "onet-29.3-job-zones.tsv")}
    onet_by_soc: dict[str, list[str]] = defaultdict(list)
    for r in onet:
        onet_by_soc[r["O*NET-SOC Code"][:7]].append(r["O*NET-SOC Code"])
    pathways = read_csv(DATA / "pathways.csv")
    clusters = {c["code"]: c for c in read_csv(DATA / "clusters.csv")}
    modern = {(p["cluster"], fold(p["name"])): p["code"] for p in pathways
              if p["framework"] == "ncc-2024"}
    legacy = {fold(p["name"]): p["code"] for p in pathways if p["framework"] == "ncc-legacy"}
    assert clusters

    links: dict[tuple[str, str], str] = {}
    for r in read_tsv(ref / "advance-cte-2025-soc-to-subcluster.tsv"):
        code = modern.get((r["cluster_code"], fold(r["subcluster_title"])))
        if code is None:
            raise SystemExit(f"no sub-cluster {r['subcluster_title']!r} in {r['cluster_code']}")
        targets = soc_targets(r["soc_code"], onet_by_soc)
        if not targets:
            raise SystemExit(f"official SOC {r['soc_code']} matches no O*NET occupation")
        for onet_code in targets:
            links[(onet_code, code)] = BASIS_OFFICIAL
    for r in read_csv(ref / "onet-legacy-cluster-occupations.csv"):
        for name in r["Career Pathway"].split("; "):
            links.setdefault((r["Code"], legacy[fold(name)]), BASIS_ONET)
    previous = DATA / "occupation_links.csv"
    known = {r["O*NET-SOC Code"] for r in onet}
    if previous.exists():
        for r in read_csv(previous):
            if r["basis"] == BASIS_OWN and r["soc"] in known:
                links.setdefault((r["soc"], r["pathway"]), BASIS_OWN)
    for code, socs in OWN_LINKS.items():
        for soc in socs:
            assert soc in known, soc
            links.setdefault((soc, code), BASIS_OWN)

    bls = {r["soc_code"]: r for r in read_csv(ref / "bls-oews2025-ep2024-34.csv")}
    occ_rows = []
    for r in onet:
        code = r["O*NET-SOC Code"]
        src = bls_soc_for(code[:7], bls)
        education = bls[src]["typical_entry_education"] if src else ""
        occ_rows.append([code, r["Title"], zones.get(code, ""), education])
    write_csv(DATA / "occupations.csv", ["soc", "title", "job_zone", "education"], occ_rows)
    order = {p["code"]: i for i, p in enumerate(pathways)}
    write_csv(DATA / "occupation_links.csv", ["soc", "pathway", "basis"],
              [[s, p, b] for (s, p), b in sorted(links.items(),
                                                   key=lambda x: (x[0][0], order[x[0][1]]))])

    lmi_rows = []
    for soc, r in sorted(bls.items()):
        lmi_rows.append([
            soc, r["occupation_title"], number(r["employment_2025"]),
            number(r["annual_median_wage_2025"]), number(r["hourly_median_wage_2025"]),
            number(r["annual_wage_p10_2025"]), number(r["annual_wage_p90_2025"]),
            number(r["hourly_wage_p10_2025"]), number(r["hourly_wage_p90_2025"]),
            number(r["employment_2024_thousands"]), number(r["employment_2034_thousands"]),
            number(r["employment_change_percent_2024_2034"]),
            number(r["annual_openings_2024_2034_thousands"]),
            r["typical_entry_education"], r["related_work_experience"] or "None",
            r["on_the_job_training"] or "None"])
    write_csv(DATA / "labor_market.csv",
              ["soc", "title", "employment", "median_annual", "median_hourly", "p10_annual",
               "p90_annual", "p10_hourly", "p90_hourly", "employment_2024_k",
               "employment_2034_k", "change_percent", "openings_k", "entry_education",
               "work_experience", "on_the_job_training"], lmi_rows)
    per = defaultdict(int)
    for (_s, p), _b in links.items():
        per[p] += 1
    print(f"{len(occ_rows)} occupations, {len(links)} links, {len(lmi_rows)} BLS rows; "
          f"fewest links: {min(per.values())}; pathways linked: {len(per)}")
    print("uncovered O*NET codes (no BLS figures):",
          sum(1 for r in onet if bls_soc_for(r['O*NET-SOC Code'][:7], bls) is None))


if __name__ == "__main__":
    default = ROOT.parent / "shared" / "framework" / "reference"
    if not default.is_dir():
        default = ROOT.parents[1] / "shared" / "framework" / "reference"
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else default)
