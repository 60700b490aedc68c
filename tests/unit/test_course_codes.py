"""Course codes and SCED codes: every high-school course's ``sced`` is a SCED v12 code
meaning the same course (or empty), and a local code never looks like a SCED code."""

from __future__ import annotations

import csv
import re

import pytest

from counselor_app.config import resources_dir
from tests.unit.test_seed_data import SHARED

DATA = resources_dir() / "data"
SCED_FILE = SHARED / "reference" / "sced-v12-codes.tsv"
STOP = {"and", "the", "of", "i", "ii", "iii", "iv", "a", "to", "in", "for", "dual", "credit",
        "comprehensive", "introduction", "principles", "exploration", "fundamentals", "other"}
# pairs whose titles share no word, each checked by hand against SCED's course description
REVIEWED = {
    ("Precalculus", "02110"), ("Concert Choir", "05110"), ("Art I", "05154"),
    ("Art II", "05155"), ("JROTC Leadership Education I", "09001"),
    ("JROTC Leadership Education II", "09002"), ("JROTC Leadership Education III", "09002"),
    ("JROTC Leadership Education IV", "09002"), ("Routing and Switching", "10104"),
    ("Professional Sales", "12202"), ("Sterile Processing and Infection Control", "14201"),
    ("Nurse Aide Training", "14051"), ("Geographic Information Systems (GIS)", "21058"),
    ("Firefighter I and II Preparation", "15152"), ("Hotel Management", "16102"),
    ("Culinary Arts I", "16052"), ("Culinary Arts II", "16052"), ("Baking and Pastry", "16056"),
    ("Culinary Arts Practicum", "16098"), ("HVAC Fundamentals", "17056"),
    ("Agricultural Business and Economics", "18201"),
    ("Veterinary Assistant Practicum", "18148"),
    ("Principles of Education and Training", "19151"), ("Instructional Practices", "19152"),
}


def courses() -> list[dict[str, str]]:
    with (DATA / "courses.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _words(title: str) -> set[str]:
    found = set(re.findall(r"[a-z]+", title.lower().replace("&", " and "))) - STOP
    return {w[:5] for w in found}


def test_a_five_digit_code_is_the_courses_own_sced_code() -> None:
    for c in courses():
        if re.fullmatch(r"\d{5}", c["code"]):
            assert c["sced"] == c["code"], f"{c['code']} {c['title']} looks like SCED {c['code']}"
        else:
            assert c["code"].startswith(("X", "PS-")), c["code"]
        assert c["sced"] == "" or re.fullmatch(r"\d{5}", c["sced"]), c["code"]
        if c["grade_low"] == "PS":
            assert c["sced"] == "", f"{c['code']}: SCED codes are for secondary courses"


def test_known_codes() -> None:
    by_title = {c["title"]: c for c in courses()}
    assert by_title["AP Computer Science A"]["code"] == "10157"  # not 10302 Cyber Crime
    assert by_title["AP Psychology"]["sced"] == "04256"  # not 04255
    assert by_title["Earth and Space Science"]["sced"] == "03008"
    assert by_title["Spanish I"]["code"] == "24052"
    assert by_title["Software Development Capstone"]["sced"] == ""  # no SCED equivalent


@pytest.mark.skipif(not SCED_FILE.is_file(), reason="shared SCED list not beside the project")
def test_every_sced_code_exists_and_means_the_same_course() -> None:
    with SCED_FILE.open(encoding="utf-8", newline="") as fh:
        sced = {r["code"]: r["title"] for r in csv.DictReader(fh, delimiter="\t")}
    for c in courses():
        if not c["sced"]:
            continue
        assert c["sced"] in sced, f"{c['code']}: {c['sced']} is not a SCED v12 code"
        same = _words(c["title"]) & _words(sced[c["sced"]])
        assert same or (c["title"], c["sced"]) in REVIEWED, \
            f"{c['code']} {c['title']!r} vs SCED {c['sced']} {sced[c['sced']]!r}"
    # a local code is never a SCED code of another course
    for c in courses():
        if c["code"] in sced:
            assert c["sced"] == c["code"]
