"""Newer releases of the Framework Crosswalk and of BLS's files, in their published
layouts, through the command line: checked first, written after a backup."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from counselor_app.cli import main
from counselor_app.services.labor import labor_figures
from counselor_app.store.bootstrap import open_database


def _workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(r)
    wb.save(path)
    return path


def test_crosswalk_workbook_replaces_the_official_links(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.db")
    book = _workbook(tmp_path / "Full_Framework_Crosswalk.xlsx", {
        "SOC": [["Framework Crosswalk: SOC 2018"], [],
                ["SOC Code", "SOC Title", "Cluster Code", "Career Cluster", "Sub-Cluster"],
                ["53-2012", "Commercial Pilots", "010300", "Supply Chain & Transportation",
                 "Air & Space Transportation"],
                ["13-1020", "Buyers and Purchasing Agents", "010300",
                 "Supply Chain & Transportation", "Purchasing & Warehousing"]],
        "CIP": [["CIP Code", "CIP Title", "Cluster Code", "Career Cluster", "Sub-Cluster"],
                ["49.0102", "Airline/Commercial/Professional Pilot", "010300",
                 "Supply Chain & Transportation", "Air & Space Transportation"]]})
    assert main(["import-crosswalk", str(book), "--dry-run", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "2 SOC rows" in out and "1 CIP rows" in out and "nothing written" in out
    assert main(["import-crosswalk", str(book), "--db", db]) == 0
    capsys.readouterr()
    assert main(["show", "010301", "--json", "--db", db]) == 0
    titles = {o["title"] for o in json.loads(capsys.readouterr().out)["occupations"]}
    assert "Commercial Pilots" in titles and "Air Traffic Controllers" not in titles
    assert main(["show", "010306", "--json", "--db", db]) == 0
    titles = {o["title"] for o in json.loads(capsys.readouterr().out)["occupations"]}
    # the OEWS aggregate 13-1020 covers its detailed codes
    assert "Purchasing Agents, Except Wholesale, Retail, and Farm Products" in titles
    assert list((tmp_path / "backups").glob("*before-crosswalk-import*"))


def test_a_bad_subcluster_names_sheet_row_and_column(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    book = _workbook(tmp_path / "cw.xlsx", {"SOC": [
        ["SOC Code", "SOC Title", "Cluster Code", "Career Cluster", "Sub-Cluster"],
        ["53-2012", "Commercial Pilots", "010300", "Supply Chain & Transportation",
         "Space Pirates"]]})
    assert main(["import-crosswalk", str(book), "--db", str(tmp_path / "x.db")]) == 2
    out = capsys.readouterr()
    assert "cw.xlsx, sheet 'SOC', row 2, column 'Sub-Cluster'" in out.out
    assert "nothing was imported" in out.err


def test_bls_oews_and_projections_update_the_figures(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.db")
    oews = _workbook(tmp_path / "national_M2026_dl.xlsx", {"national": [
        ["OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "H_MEDIAN", "A_MEDIAN", "A_PCT10",
         "A_PCT90", "H_PCT10", "H_PCT90"],
        ["00-0000", "All Occupations", "total", "150000000", "24", "50000", "1", "2", "1", "2"],
        ["29-1141", "Registered Nurses", "detailed", "3400000", "48.10", "100050", "70000",
         "140000", "33.65", "67.31"],
        ["11-1011", "Chief Executives", "detailed", "200000", "#", "#", "80000", "#", "38",
         "#"]]})
    ep = _workbook(tmp_path / "occupation.xlsx", {"Table 1.2": [
        ["Table 1.2 Employment by detailed occupation, 2025 and projected 2035"],
        ["2025 National Employment Matrix title", "2025 National Employment Matrix code",
         "Employment, 2025", "Employment, 2035", "Employment change, percent, 2025-35",
         "Occupational openings, 2025-35 annual average",
         "Typical education needed for entry", "Work experience in a related occupation",
         "Typical on-the-job training needed to attain competency in the occupation"],
        ["Registered nurses", "29-1141", "3400.1", "3600.2", "5.9", "190.0",
         "Bachelor's degree", "None", "None"]]})
    assert main(["import-bls", str(oews), str(ep), "--db", db]) == 0
    assert "imported" in capsys.readouterr().out
    database = open_database(db)
    try:
        with database.read() as s:
            rn = labor_figures(s, ["29-1141.00", "11-1011.00"])
    finally:
        database.dispose()
    nurse = rn["29-1141.00"]
    assert nurse.median_annual == 100050 and nurse.wage_vintage == "May 2026"
    assert nurse.change_percent == 5.9 and nurse.projection_vintage == "2025-35"
    assert nurse.outlook == "Faster than average"
    ceo = rn["11-1011.00"]
    assert ceo.median_annual is None and ceo.p10_annual == 80000  # '#': at the top code


def test_bls_import_refuses_a_file_without_bls_columns(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "wages.csv"
    f.write_text("code,wage\n1,2\n", encoding="utf-8")
    assert main(["import-bls", str(f), "--db", str(tmp_path / "x.db")]) == 2
    assert "no OEWS" in capsys.readouterr().out
