"""The 2024 framework's occupation links are Advance CTE's official Framework Crosswalk
(Sept 2025), occupation by occupation; codes follow O*NET's numbering."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest

from counselor_app.config import resources_dir
from tests.unit.test_seed_data import SHARED

DATA = resources_dir() / "data"
REFERENCE = SHARED / "reference"
VEHICLE = "060105"


def rows(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=delimiter))


PATHWAYS = rows(DATA / "pathways.csv")
MODERN = {p["code"]: p for p in PATHWAYS if p["framework"] == "ncc-2024"}
TITLES = {o["soc"]: o["title"] for o in rows(DATA / "occupations.csv")}
LINKS = rows(DATA / "occupation_links.csv")
BY_SUBCLUSTER: dict[str, set[str]] = defaultdict(set)
for _link in LINKS:
    if _link["pathway"] in MODERN:
        BY_SUBCLUSTER[_link["pathway"]].add(TITLES[_link["soc"]])


def fold(title: str) -> str:
    t = title.casefold().replace(",", " ").replace(" and ", " & ")
    return " ".join(t.split())


def test_no_occupation_in_an_unrelated_subcluster() -> None:
    air = BY_SUBCLUSTER["010301"]
    assert "Airline Pilots, Copilots, and Flight Engineers" in air
    assert "Commercial Pilots" in air and "Air Traffic Controllers" in air
    assert not [t for t in air if "Driver" in t or "Captains" in t or "Bus " in t]
    ground = BY_SUBCLUSTER["010302"]
    assert "Heavy and Tractor-Trailer Truck Drivers" in ground
    assert not [t for t in ground if "Pilot" in t]
    military = BY_SUBCLUSTER["040304"]
    assert "Infantry" in military
    assert not [t for t in military if "Economist" in t]


def test_codes_follow_onets_numbering() -> None:
    # confirmed by O*NET sources
    assert MODERN["030101"]["name"] == "Accounting"
    assert MODERN["010101"]["name"] == "Engineering"
    assert MODERN["010104"]["name"] == "Robotics"
    assert MODERN["060101"]["name"] == "Data Science & AI"
    # the documented rule elsewhere: cluster prefix + alphabetical rank within the cluster
    by_cluster: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for code, p in MODERN.items():
        by_cluster[p["cluster"]].append((code, p["name"]))
    for cluster, subs in by_cluster.items():
        ranked = sorted(subs, key=lambda s: s[1].casefold())
        assert [c for c, _ in ranked] == [f"{cluster[:4]}{i:02d}" for i in
                                          range(1, len(subs) + 1)], cluster
    assert MODERN["060105"]["name"] == "Unmanned Vehicle Technology"
    assert MODERN["060301"]["name"] == "Market Research, Analytics & Ethics"


def test_the_vehicle_subcluster_has_our_own_labelled_links() -> None:
    links = [x for x in LINKS if x["pathway"] == VEHICLE]
    assert len(links) >= 5 and {x["basis"] for x in links} == {"own"}
    assert all(x["basis"] == "advance-cte-2025" for x in LINKS
               if x["pathway"] in MODERN and x["pathway"] != VEHICLE)


@pytest.mark.skipif(not REFERENCE.is_dir(), reason="shared reference files not beside the project")
def test_links_are_exactly_the_official_crosswalk() -> None:
    by_title = {(p["cluster"], fold(p["name"])): code for code, p in MODERN.items()}
    onet_by_soc: dict[str, set[str]] = defaultdict(set)
    for soc in TITLES:
        onet_by_soc[soc[:7]].add(soc)
    # SOC 2018 codes O*NET-SOC 2019 splits (the rest are OEWS aggregates, xx-xxx0)
    split = {"21-1018": {"21-1011", "21-1014"}, "25-2052": {"25-2055", "25-2056"},
             "25-9045": {"25-9042", "25-9043", "25-9049"}, "51-2028": {"51-2022", "51-2023"},
             "53-1047": {"53-1042", "53-1043", "53-1044", "53-1049"}}
    expected: set[tuple[str, str]] = set()
    for r in rows(REFERENCE / "advance-cte-2025-soc-to-subcluster.tsv", "\t"):
        code = by_title[(r["cluster_code"], fold(r["subcluster_title"]))]
        soc = r["soc_code"]
        if soc in onet_by_soc:
            socs = onet_by_soc[soc]
        elif soc in split:
            socs = {o for s in split[soc] for o in onet_by_soc[s]}
        else:
            socs = {o for s, codes in onet_by_soc.items() if s.startswith(soc[:-1])
                    for o in codes}
        assert socs, soc
        expected |= {(o, code) for o in socs}
    ours = {(x["soc"], x["pathway"]) for x in LINKS
            if x["pathway"] in MODERN and x["pathway"] != VEHICLE}
    assert ours == expected
    # every detailed O*NET code follows its SOC: all of 15-1299.xx where 15-1299 goes
    assert {p for s, p in ours if s == "15-1299.08"} == {p for s, p in ours if s == "15-1299.00"}
