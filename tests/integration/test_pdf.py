"""The printed plan as a PDF: text, fonts, page counts, hard data, batch export, CLI.

The helpers in tests/pdf_data.py build a small catalog of their own (courses prefixed ``PDFT``,
a requirement set, a program of study with occupations), so these tests do not
depend on the built-in reference rows.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from counselor_app.cli import main
from counselor_app.domain import (
    Course,
)
from counselor_app.reports.fonts import register_fonts
from counselor_app.reports.render import render_many, render_plan
from counselor_app.services.batch_export import batch_export
from counselor_app.services.plans import update_plan_fields
from counselor_app.services.report_data import build_plan_report, build_student_report
from counselor_app.services.settings import Settings
from counselor_app.store.engine import Database
from tests.pdf_data import (
    COURSES,
    NAMES,
    NORMAL_PLAN,
    REQUIREMENT_SET,
    TODAY,
    flat,
    make_plan,
    make_student,
    page_count,
    pdf_text,
    render,
    seed_catalog,
)


@pytest.fixture
def catalog(db: Database) -> Settings:
    return seed_catalog(db)


def test_normal_plan_shows_everything_on_four_pages(db: Database, catalog: Settings) -> None:
    pk = make_student(db)
    plan_id = make_plan(db, pk)
    data = render(build_plan_report(db, plan_id, catalog, TODAY))
    text = pdf_text(data)
    squashed = flat(text)
    assert page_count(data) <= 4  # 10 pt body text, glossary, two guardian lines
    assert "María José Núñez" in text
    assert "12345" in text and "Ms. Rivera" in text
    assert "Lincoln High School & Career Center" in text  # escaped, printed literally
    titles = {code: title for code, title, *_ in COURSES}
    for code, *_ in NORMAL_PLAN:
        assert code in squashed, code
        assert flat(titles[code]) in squashed, titles[code]
    assert "British Literature <Honors>" in text
    # credits per grade and in total
    for label, credits in (("Grade 9", "7 credits"), ("Grade 10", "7 credits"),
                           ("Grade 11", "6.5 credits"), ("Grade 12", "5.5 credits"),
                           ("Postsecondary", "9 college credit hours")):
        assert re.search(re.escape(label) + r" [^·]*· " + re.escape(credits),
                         text.replace("\n", " ")), label
    assert "Total credits, grades 9–12: 26" in text
    # the audit: shortfall in plain words, planned courses on track (never "Met")
    assert re.search(r"Computer Science\s+1 credit\s+0\s+0\s+Short by 1\s+credit", text)
    # counted courses by title, not by bare code (a family reads them)
    assert re.search(r"English\s+English 9.{0,60}?\s+4 credits\s+1\s+3\s+On track", text,
                     re.S)
    assert "Graduation audit" in text and "PDF test requirements" in text
    assert "CTE concentrator status" in text and flat("Counted: Introduction to Welding, Welding II: SMAW and GMAW") in squashed
    assert "Not yet a concentrator" not in text and "On track —" in text
    # goals, occupations, notes
    assert flat("Welders, Cutters, Solderers, and Brazers (51-4121)") in squashed
    assert flat("Certificate — Lakeshore Technical College") in squashed
    assert "51-4121" in text and flat("High school diploma or equivalent") in squashed
    assert "Agriculture" in text or "Pathway" in text
    assert "Wants to weld on bridges & ships." in text
    assert "Check <AWS> certification dates" in text
    for line in ("Student signature", "Parent or guardian signature",
                 "Second parent or guardian signature", "Counselor signature"):
        assert line in text
    assert text.count("Printed name") == 2 and text.count("Relationship") == 2
    assert text.count("Date\n") + text.count("Date ") >= 4
    assert "Page 1 of 4" in text and "Page 4 of 4" in text
    for word in ("Credit", "CTE", "Concentrator", "Endorsement", "Dual credit"):
        assert word in text  # the glossary
    assert "DRAFT" in text  # not approved: watermark
    assert "Generated March 4, 2026" in text


@pytest.mark.parametrize(("first", "last"), NAMES)
def test_names_in_several_scripts_print_right(db: Database, catalog: Settings, first: str,
                                              last: str) -> None:
    pk = make_student(db, first, last, f"ID-{len(first)}-{len(last)}")
    make_plan(db, pk, NORMAL_PLAN[:3])
    text = pdf_text(render(build_student_report(db, pk, catalog, TODAY)))
    assert f"{first} {last}" in text


def test_a_unicode_font_is_embedded_and_draws_all_text(db: Database,
                                                       catalog: Settings) -> None:
    fonts = register_fonts()
    assert fonts.unicode, "DejaVu Sans (fonts-dejavu-core) should be found on this system"
    pk = make_student(db, "Thị Minh Anh", "Nguyễn")
    make_plan(db, pk, NORMAL_PLAN + [("NOPE-1", 12, "year", "planned", "")])
    reader = PdfReader(io.BytesIO(render(build_student_report(db, pk, catalog, TODAY))))
    used: set[str] = set()

    def visit(text: str, cm: object, tm: object, font: object, size: object) -> None:
        if text.strip() and isinstance(font, dict):
            used.add(str(font["/BaseFont"]))

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            if "DejaVu" in str(font["/BaseFont"]):
                assert "/FontFile2" in font["/FontDescriptor"].get_object()  # embedded
    assert used and all("DejaVuSans" in name for name in used), used


def test_user_text_is_escaped(db: Database, catalog: Settings) -> None:
    pk = make_student(db, "Ana <b>", "Smith & Jones </para>", "X&1")
    plan_id = make_plan(db, pk, NORMAL_PLAN[:2])
    update_plan_fields(db, plan_id, family_notes="a < b && c > d\nsecond line <br/>",
                       career_goal_text="<font size=40>Chef</font>", career_goal_soc=None)
    text = pdf_text(render(build_plan_report(db, plan_id, catalog, TODAY)))
    assert "Ana <b> Smith & Jones </para>" in text
    assert "a < b && c > d" in text and "second line <br/>" in text
    assert "<font size=40>Chef</font>" in text


def test_a_200_character_title_wraps_and_is_not_cut(db: Database, catalog: Settings) -> None:
    words = ("Advanced Interdisciplinary Studies in Sustainable Agricultural Engineering, "
             "Environmental Science, Renewable Energy Systems & Community Development "
             "<Project-Based> Capstone Seminar with Field Research")
    title = (words + " " + "Extended" * 10)[:200]
    assert len(title) == 200
    with db.transaction() as s:
        s.add(Course(code="PDFT-LONG", title=title, credits=1, subject_area="Elective",
                     grade_low=9, grade_high=12, cte=False))
    pk = make_student(db)
    make_plan(db, pk, [("PDFT-LONG", 11, "year", "planned", "")] + NORMAL_PLAN[:5])
    data = render(build_student_report(db, pk, catalog, TODAY))
    assert flat(title) in flat(pdf_text(data))
    assert page_count(data) <= 4


def test_forty_courses_stay_bounded(db: Database, catalog: Settings) -> None:
    extra = [(code, 12, "sem2", "planned", "") for code in (
        "PDFT-YRBK", "PDFT-FIN", "PDFT-PSY", "PDFT-HLTH", "PDFT-ART1", "PDFT-SPA1",
        "PDFT-BIO", "PDFT-PE", "PDFT-WGEO", "PDFT-ALG1")]
    rows = NORMAL_PLAN + extra
    assert len(rows) == 40
    pk = make_student(db)
    plan_id = make_plan(db, pk, rows)
    report = build_plan_report(db, plan_id, catalog, TODAY)
    assert report.course_count == 40
    data = render(report)
    assert page_count(data) <= 5
    text = pdf_text(data)
    assert flat("Grade 12") in flat(text)
    assert text.count("PDFT-YRBK") >= 1 and "Total credits, grades 9–12: 34.5" in text
    assert "Counselor signature" in text


def test_empty_plan_and_missing_goals(db: Database, catalog: Settings) -> None:
    no_plan = make_student(db, "Zofia", "Łukasiewicz", "E-1", grade=9)
    data = render(build_student_report(db, no_plan, catalog, TODAY))
    text = pdf_text(data)
    assert page_count(data) <= 2
    assert "Zofia Łukasiewicz" in text and "No plan has been started" in text
    assert "Not chosen yet" in text
    # a blank planning sheet, never something that passes for a plan: its own title, no
    # totals, no audit, ruled rows to write on
    assert "Course planning sheet" in text and "Educational and Career Plan" not in text
    assert "Total credits" not in text and "Graduation audit" not in text
    assert "Parent or guardian signature" in text and "Page 1 of" in text

    empty = make_student(db, "Ivan", "Petrov", "E-2")
    make_plan(db, empty, [], program=None, goals=False)
    text = pdf_text(render(build_student_report(db, empty, catalog, TODAY)))
    assert "No courses planned yet" in text and "Not chosen yet" in text


def test_a4_paper_and_a_logo(db: Database, tmp_path: Path) -> None:
    from PIL import Image as PilImage

    logo = tmp_path / "logo.png"
    PilImage.new("RGB", (400, 200), (0, 105, 92)).save(logo)
    settings = seed_catalog(db, Settings(school_name="Escuela Núñez", paper_size="a4",
                                         logo_path=str(logo),
                                         requirement_set=REQUIREMENT_SET))
    pk = make_student(db)
    make_plan(db, pk)
    report = build_student_report(db, pk, settings, TODAY)
    reader = PdfReader(io.BytesIO(render(report)))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    assert reader.pages[0]["/Resources"].get("/XObject")  # the logo
    assert len(reader.pages) <= 4
    # a logo that has gone missing is left out, not an error
    missing = seed_catalog(db, Settings(logo_path=str(tmp_path / "gone.png"),
                                        requirement_set=REQUIREMENT_SET))
    assert page_count(render(build_student_report(db, pk, missing, TODAY))) >= 1


def test_very_long_texts_wrap_without_errors(db: Database, tmp_path: Path) -> None:
    settings = seed_catalog(db, Settings(school_name="Thomas Jefferson Memorial Regional "
                                         "Comprehensive High School and Career Academy " * 2,
                                         requirement_set=REQUIREMENT_SET))
    pk = make_student(db, "Wolfeschlegelsteinhausenbergerdorff " * 2, "Núñez-Nguyễn " * 7,
                      "ID-" + "9" * 36, counselor="Dr. Alexandria Ocasio-Montgomery " * 5)
    plan_id = make_plan(db, pk)
    update_plan_fields(db, plan_id, name="What-if plan with a summer bridge program " * 4,
                       career_goal_soc=None, career_goal_text="Pediatric nurse " * 18,
                       postsecondary_institution="University of California " * 11,
                       family_notes=("A long note. " * 120 + "\n\n") * 5)
    data = render(build_plan_report(db, plan_id, settings, TODAY))
    assert 3 <= page_count(data) <= 7
    text = flat(pdf_text(data))
    assert flat("Pediatric nurse " * 18) in text and flat("9" * 36) in text
    assert "Counselorsignature" in text


def test_render_many_restarts_page_numbers_per_student(db: Database,
                                                       catalog: Settings) -> None:
    reports = []
    for i, (first, last) in enumerate(NAMES[:3]):
        pk = make_student(db, first, last, f"M-{i}")
        if i != 1:
            make_plan(db, pk)
        reports.append(build_student_report(db, pk, catalog, TODAY))
    out = io.BytesIO()
    started: list[int] = []
    assert render_many(iter(reports), out, on_report=started.append) == 3
    assert started == [0, 1, 2]
    reader = PdfReader(io.BytesIO(out.getvalue()))
    footers = [re.search(r"Page (\d+) of (\d+)", p.extract_text() or "") for p in reader.pages]
    numbers = [(int(m.group(1)), int(m.group(2))) for m in footers if m]
    assert numbers == [(1, 4), (2, 4), (3, 4), (4, 4), (1, 2), (2, 2),  # no plan: a sheet
                       (1, 4), (2, 4), (3, 4), (4, 4)]
    first_pages = [p.extract_text() for p, n in zip(reader.pages, numbers, strict=True)
                   if n[0] == 1]
    for page, (first, last) in zip(first_pages, NAMES[:3], strict=True):
        assert f"{first} {last}" in page


def test_render_plan_to_a_path_is_atomic(db: Database, catalog: Settings,
                                         tmp_path: Path) -> None:
    pk = make_student(db)
    make_plan(db, pk)
    report = build_student_report(db, pk, catalog, TODAY)
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")

    def boom(_index: int) -> None:
        raise RuntimeError("stop")

    with pytest.raises(RuntimeError):
        render_many([report], target, on_report=boom)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("test.db")) \
        == ["plan.pdf"]
    render_plan(report, target)
    assert page_count(target) == 4


# ---------------------------------------------------------------- batch


def _students(db: Database, n: int) -> list[int]:
    pks = []
    for i in range(n):
        first, last = NAMES[i % len(NAMES)]
        pk = make_student(db, first, last, f"B{i:03d}", grade=9 + i % 4)
        if i % 5:  # every fifth student has no plan yet
            make_plan(db, pk, NORMAL_PLAN[: 5 + i % 20], goals=i % 2 == 0)
        pks.append(pk)
    return pks


def test_batch_export_of_50_students_writes_50_readable_files(db: Database, catalog: Settings,
                                                              tmp_path: Path) -> None:
    pks = _students(db, 50)
    calls: list[tuple[int, int]] = []
    out = tmp_path / "plans"
    result = batch_export(db, pks, out, False, lambda d, t, m: calls.append((d, t)),
                          skip_without_plan=False,
                          today=TODAY)
    # every fifth has no plan: a blank planning sheet each, never counted as a plan
    assert result.plans == 40 and result.blank_sheets == 10 and len(result.without_plan) == 10
    assert len(result.files) == 50 and not result.combined
    assert len([f for f in result.files if f.name.endswith("-planning-sheet.pdf")]) == 10
    assert calls[-1] == (50, 50) and len(calls) == 50
    files = sorted(out.iterdir())
    assert len(files) == 50 and all(f.suffix == ".pdf" for f in files)
    assert len({f.name.casefold() for f in files}) == 50
    assert (out / "Núñez-María-José-B001-plan.pdf").exists()
    assert (out / "Łukasiewicz-Zofia-B002-plan.pdf").exists()
    from counselor_app.services.batch_order import batch_order

    in_name_order = batch_order(db, pks, None, "particle")
    assert in_name_order != pks  # the files come in name order, not in the order given
    for path, pk in zip(result.files, in_name_order, strict=True):
        reader = PdfReader(str(path))
        assert 1 <= len(reader.pages) <= 4
        i = pks.index(pk)
        first, last = NAMES[i % len(NAMES)]
        assert f"{first} {last}" in (reader.pages[0].extract_text() or "")


def test_batch_export_combined_and_cancel(db: Database, catalog: Settings,
                                          tmp_path: Path) -> None:
    pks = _students(db, 6)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "all.pdf"
    result = batch_export(db, pks, target, True, today=TODAY, skip_without_plan=False)
    assert result.combined and result.plans == 4 and result.blank_sheets == 2  # B000, B005
    assert result.files == (target,)
    text = pdf_text(target)
    assert text.count("Page 1 of") == 6

    class Stop(Exception):
        pass

    def cancel_at_3(done: int, total: int, message: str) -> None:
        if done == 3:
            raise Stop

    other = tmp_path / "cancelled.pdf"
    with pytest.raises(Stop):
        batch_export(db, pks, other, True, cancel_at_3, skip_without_plan=False)
    folder = tmp_path / "folder"
    with pytest.raises(Stop):
        batch_export(db, pks, folder, False, cancel_at_3, skip_without_plan=False)
    assert not other.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.pdf", "folder"]
    assert len(list(folder.iterdir())) == 3  # finished files stay, nothing half-written


def test_batch_export_same_names_get_unique_files(db: Database, catalog: Settings,
                                                  tmp_path: Path) -> None:
    a = make_student(db, "Ana", "Lopez", "7/1")
    b = make_student(db, "Ana", "López", "7-1")
    c = make_student(db, "Ana", "LOPEZ", "7:1")
    result = batch_export(db, [a, b, c], tmp_path, False, today=TODAY,
                          skip_without_plan=False)
    # in name order: accents outrank case (Lopez, LOPEZ, López), as a collation does
    assert [p.name for p in result.files] == ["Lopez-Ana-7-1-planning-sheet.pdf",
                                              "LOPEZ-Ana-7-1-planning-sheet-2.pdf",
                                              "López-Ana-7-1-planning-sheet.pdf"]


# ---------------------------------------------------------------- command line


def test_cli_export_pdf(db: Database, catalog: Settings, tmp_path: Path,
                        capsys: pytest.CaptureFixture[str]) -> None:
    pk = make_student(db)
    make_plan(db, pk)
    make_student(db, "Zofia", "Łukasiewicz", "S-2", grade=10)
    make_student(db, "Ivan", "Petrov", "S-3", grade=11)
    url = db.url
    out = tmp_path / "one.pdf"
    assert main(["export-pdf", "--student", "12345", "--out", str(out), "--db", url]) == 0
    assert "María José Núñez" in pdf_text(out)
    assert str(out) in capsys.readouterr().out

    folder = tmp_path / "grade10"
    assert main(["--db", url, "export-pdf", "--all", "--grade", "10", "--out",
                 str(folder)]) == 0
    assert sorted(p.name for p in folder.iterdir()) == ["Núñez-María-José-12345-plan.pdf"]
    captured = capsys.readouterr()
    assert "wrote 1 plan " in captured.out
    # Zofia has none yet: counted apart and listed, never as a plan
    assert "1 student has no plan yet: skipped" in captured.out
    assert "\n  Zofia Łukasiewicz (ID S-2)\n" in captured.out
    assert main(["--db", url, "export-pdf", "--all", "--grade", "10", "--out",
                 str(folder), "--include-without-plan"]) == 0
    assert sorted(p.name for p in folder.iterdir()) == [
        "Núñez-María-José-12345-plan.pdf", "Łukasiewicz-Zofia-S-2-planning-sheet.pdf"]
    out_text = capsys.readouterr().out
    assert "wrote 1 plan " in out_text and "1 student has no plan yet: wrote a blank " \
        "planning sheet for each (not a plan)" in out_text and "Zofia Łukasiewicz" in out_text
    sheet = pdf_text(folder / "Łukasiewicz-Zofia-S-2-planning-sheet.pdf")
    assert "Course planning sheet" in sheet and "Educational and Career Plan" not in sheet
    assert main(["--db", url, "export-pdf", "--student", "S-3", "--out",
                 str(tmp_path / "ivan.pdf")]) == 0
    assert "blank planning sheet" in capsys.readouterr().out

    combined = tmp_path / "all.pdf"
    assert main(["export-pdf", "--all", "--combined", "--out", str(combined),
                 "--db", url]) == 0
    assert page_count(combined) >= 3


@pytest.mark.parametrize("argv", [
    ["export-pdf", "--student", "NOPE", "--out", "{tmp}/x.pdf"],
    ["export-pdf", "--student", "12345", "--grade", "9", "--out", "{tmp}/x.pdf"],
    ["export-pdf", "--all", "--grade", "4", "--out", "{tmp}/dir"],
    ["export-pdf", "--all", "--grade", "12", "--out", "{tmp}/dir"],
    ["export-pdf", "--student", "12345", "--out", "{tmp}/missing/x.pdf"],
    ["export-pdf", "--all", "--combined", "--out", "{tmp}"],
])
def test_cli_export_pdf_bad_arguments_exit_2(db: Database, catalog: Settings, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str],
                                            argv: list[str]) -> None:
    make_student(db)
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv] + ["--db", db.url]
    assert main(args) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("counselor-app: error:") and "\n" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_cli_export_pdf_needs_a_choice(db: Database, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as info:
        main(["export-pdf", "--out", str(tmp_path / "x.pdf"), "--db", db.url])
    assert info.value.code == 2
