"""Every script on the printed plan: on the page (snapshots), in extracted text, warnings.

The reference images in tests/snapshots/pages/ were looked at one by one before they
were committed; ``UPDATE_SNAPSHOTS=1`` makes them anew after a deliberate change.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from counselor_app.cli import main
from counselor_app.reports.printable import check_report
from counselor_app.services.batch_export import batch_export
from counselor_app.services.report_data import build_student_report
from counselor_app.services.settings import Settings
from counselor_app.store.engine import Database
from tests.page_images import check_snapshot, render_region
from tests.pdf_data import (
    NORMAL_PLAN,
    TODAY,
    make_plan,
    make_student,
    pdf_text,
    render,
    seed_catalog,
)

# script key, first name, last name, the name as printed
SCRIPTS = [
    ("chinese", "小明", "王", "王小明"),
    ("korean", "민준", "김", "김민준"),
    ("japanese", "さくら", "山田", "山田さくら"),
    ("arabic", "محمد", "الأحمد", "محمد الأحمد"),
    ("hebrew", "דוד", "כהן", "דוד כהן"),
    ("devanagari", "Priya", "शर्मा", "Priya शर्मा"),
    ("tamil", "அருண்", "குமார்", "அருண் குமார்"),
    ("thai", "สมชาย", "ใจดี", "สมชาย ใจดี"),
    ("vietnamese", "Thị Đặng", "Nguyễn", "Thị Đặng Nguyễn"),
    ("icelandic", "Ólafur", "Jónsson", "Ólafur Jónsson"),
    ("greek", "Ἀριστοτέλης", "Παπαδόπουλος", "Ἀριστοτέλης Παπαδόπουλος"),
    ("cyrillic", "Анастасия", "Кузнецова", "Анастасия Кузнецова"),
    ("emoji", "Ana 🙂", "Silva", "Ana 🙂 Silva"),
]
NAME_BOX = (55, 122, 400, 46)  # the student's name in the student block, 100 dpi


@pytest.fixture
def catalog(db: Database) -> Settings:
    return seed_catalog(db)


def _words(text: str) -> set[str]:
    return set(unicodedata.normalize("NFC", text).split())


@pytest.mark.parametrize(("key", "first", "last", "printed"), SCRIPTS,
                         ids=[s[0] for s in SCRIPTS])
def test_each_script_prints_and_extracts(db: Database, catalog: Settings, key: str,
                                         first: str, last: str, printed: str) -> None:
    pk = make_student(db, first, last, "S-1")
    make_plan(db, pk, NORMAL_PLAN[:3], goals=False)
    report = build_student_report(db, pk, catalog, TODAY)
    assert report.student.full_name == printed
    assert check_report(report) == []  # every character has a font
    data = render(report)
    text = pdf_text(data)
    if key in ("arabic", "hebrew"):
        # pypdf gives right-to-left words in drawing order, each word intact
        assert f"{last} {first}" in text
    else:
        assert printed in text
    assert _words(printed) <= _words(text)
    check_snapshot(f"name-{key}", render_region(data, NAME_BOX))


def test_fallback_fonts_are_embedded(db: Database, catalog: Settings) -> None:
    pk = make_student(db, "小明", "王", "S-1")
    make_plan(db, pk, NORMAL_PLAN[:2], goals=False)
    reader = PdfReader(__import__("io").BytesIO(render(
        build_student_report(db, pk, catalog, TODAY))))
    fonts = {str(f.get_object()["/BaseFont"]) for page in reader.pages
             for f in page["/Resources"]["/Font"].values()}
    assert any("WenQuanYi" in f or "wqy" in f.lower() for f in fonts), fonts


def test_a_word_in_two_fonts_and_a_reph_extract_as_typed(db: Database,
                                                          catalog: Settings) -> None:
    pk = make_student(db, "Mei (王)", "शर्मा-Lee", "S-1")
    make_plan(db, pk, NORMAL_PLAN[:2], goals=False)
    text = pdf_text(render(build_student_report(db, pk, catalog, TODAY)))
    assert "Mei (王) शर्मा-Lee" in text
    assert "\x00" not in text and "\ue000" not in text


def test_unprintable_characters_are_named_by_student_and_field(
        db: Database, catalog: Settings, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    melting = "\U0001FAE0"  # Unicode 14: in no font we ship
    pk = make_student(db, f"Ana {melting}", "Silva", "S-9")
    make_plan(db, pk, NORMAL_PLAN[:2], goals=False)
    report = build_student_report(db, pk, catalog, TODAY)
    problems = check_report(report)
    assert [(p.field, p.chars) for p in problems] == [("Student name", (melting,))]
    assert "[melting face]" in pdf_text(render(report))

    out = tmp_path / "ana.pdf"
    assert main(["export-pdf", "--student", "S-9", "--out", str(out), "--db", db.url]) == 0
    err = capsys.readouterr().err
    assert "S-9" in err and "Student name" in err and "MELTING FACE" in err

    result = batch_export(db, [pk], tmp_path / "all", False)
    assert [p.field for p in result.unprintable] == ["Student name"]


@pytest.mark.slow
def test_one_batch_prints_every_name(db: Database, catalog: Settings, tmp_path: Path) -> None:
    """The issue's batch: each name correct in the extracted text of one combined file."""
    pks = []
    for i, (_key, first, last, _printed) in enumerate(SCRIPTS):
        pk = make_student(db, first, last, f"B-{i}")
        make_plan(db, pk, NORMAL_PLAN[:4], goals=False)
        pks.append(pk)
    out = tmp_path / "batch.pdf"
    result = batch_export(db, pks, out, True, today=TODAY)
    assert result.plans == len(SCRIPTS) and not result.unprintable
    text = pdf_text(out)
    for _key, _first, _last, printed in SCRIPTS:
        assert _words(printed) <= _words(text), printed
