"""The plan in the family's language: Spanish throughout, Vietnamese, Arabic right to left,
bilingual, chosen per student or on the command line, imported as "Home Language"."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from counselor_app.cli import main
from counselor_app.config import resources_dir
from counselor_app.services.batch_export import batch_export
from counselor_app.services.imports import ImportKind, apply_import
from counselor_app.services.report_data import build_student_report, student_reports
from counselor_app.services.settings import Settings
from counselor_app.services.students import get_student, update_student
from counselor_app.store.engine import Database
from tests.catalog_messages import messages
from tests.page_images import check_snapshot, render_region
from tests.pdf_data import TODAY, flat, make_plan, make_student, pdf_text, render, seed_catalog


@pytest.fixture
def catalog(db: Database) -> Settings:
    return seed_catalog(db)


def _spanish_student(db: Database) -> int:
    pk = make_student(db)
    make_plan(db, pk)
    detail = get_student(db, pk)
    assert detail is not None
    update_student(db, pk, replace(detail.data, family_language="es"))
    return pk


def test_a_spanish_family_gets_a_complete_spanish_plan(db: Database, catalog: Settings) -> None:
    pk = _spanish_student(db)
    report = build_student_report(db, pk, catalog, TODAY)  # the family's language by default
    assert report.language == "es"
    data = render(report)
    text = pdf_text(data)
    squashed = flat(text)
    for spanish in ("Plan educativo y profesional", "Plan de cursos", "Grado 9",
                    "Revisión de graduación", "Firma del estudiante", "Parentesco",
                    "Palabras que se usan en este plan", "Generado el 4 de marzo de 2026",
                    "Página 1 de", "Todo el año", "Terminado", "Falta 1 crédito",
                    "En camino", "4 créditos", "Estado de concentrador de CTE",
                    "Agricultura, alimentos y recursos naturales", "BORRADOR"):
        assert flat(spanish) in squashed, spanish
    assert "0,5" in text  # decimal comma
    # no message of the PDF builder is left in English
    spanish = json.loads((resources_dir() / "translations" / "pdf" / "es.json")
                         .read_text(encoding="utf-8"))
    for english in messages():
        for form in english.split("|"):
            plain = re.sub(r"\{\w+\}", "", form).strip(" .:;…")
            same = plain in spanish.get(english, "")
            if len(plain) >= 12 and " " in plain and not same:
                assert flat(plain) not in squashed, f"untranslated: {plain!r}"
    reader = PdfReader(__import__("io").BytesIO(data))
    assert reader.trailer["/Root"]["/Lang"] == "es"
    assert str(reader.metadata.title).startswith("Plan educativo y profesional — María José")


def test_vietnamese_and_arabic_plans(db: Database, catalog: Settings) -> None:
    pk = make_student(db, "محمد", "الأحمد", "AR-1")
    make_plan(db, pk, goals=False)
    arabic = render(build_student_report(db, pk, catalog, TODAY, language="ar"))
    text = pdf_text(arabic)
    for word in ("الخطة", "التعليمية", "والمهنية", "الصف", "محمد", "الأحمد"):
        assert word in text, word
    check_snapshot("lang-ar-header", render_region(arabic, (40, 40, 810, 260)))
    vietnamese = pdf_text(render(build_student_report(db, pk, catalog, TODAY, language="vi")))
    assert flat("Kế hoạch học tập và nghề nghiệp") in flat(vietnamese)
    assert flat("ngày 4 tháng 3 năm 2026") in flat(vietnamese)


def _x_of(data: bytes, word: str, page: int = 0) -> float:
    """Where ``word`` starts on a page (points from the left), from the PDF's text."""
    found: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if word in text and not found:
            found.append(tm[4] * cm[0] + cm[4])

    PdfReader(__import__("io").BytesIO(data)).pages[page].extract_text(visitor_text=visit)
    assert found, word
    return found[0]


def test_arabic_tables_read_from_the_right(db: Database, catalog: Settings) -> None:
    pk = make_student(db, "محمد", "الأحمد", "AR-1")
    make_plan(db, pk, goals=False)
    english = render(build_student_report(db, pk, catalog, TODAY, language="en"))
    arabic = render(build_student_report(db, pk, catalog, TODAY, language="ar"))
    # English: the title column first (left), the code after it; Arabic: mirrored
    assert _x_of(english, "English 9") < _x_of(english, "PDFT-ENG9")
    assert _x_of(arabic, "English 9") > _x_of(arabic, "PDFT-ENG9")


def test_vietnamese_snapshot(db: Database, catalog: Settings) -> None:
    pk = make_student(db, "Thị Minh Anh", "Nguyễn", "VI-1")
    make_plan(db, pk)
    data = render(build_student_report(db, pk, catalog, TODAY, language="vi"))
    text = flat(pdf_text(data))
    for words in ("Kế hoạch học tập và nghề nghiệp", "Nguyễn", "Thị Minh Anh", "Lớp 9"):
        assert flat(words) in text, words
    check_snapshot("lang-vi-header", render_region(data, (40, 40, 810, 420)))


def test_spanish_snapshot(db: Database, catalog: Settings) -> None:
    pk = _spanish_student(db)
    data = render(build_student_report(db, pk, catalog, TODAY))
    check_snapshot("lang-es-header", render_region(data, (40, 40, 810, 260)))


def test_bilingual_copy_and_command_line(db: Database, catalog: Settings, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    _spanish_student(db)
    pk2 = make_student(db, "Ana", "Silva", "S-2")
    make_plan(db, pk2, goals=False)
    copies = student_reports(db, pk2, catalog, TODAY, language="es", bilingual=True)
    assert [c.language for c in copies] == ["es", "en"]
    out = tmp_path / "one.pdf"
    assert main(["export-pdf", "--student", "12345", "--out", str(out), "--bilingual",
                 "--db", db.url]) == 0
    text = pdf_text(out)
    assert "Plan de cursos" in text and "Course plan" in text
    english = tmp_path / "en.pdf"
    assert main(["export-pdf", "--student", "12345", "--out", str(english), "--language",
                 "en", "--db", db.url]) == 0
    assert "Plan de cursos" not in pdf_text(english)
    assert main(["export-pdf", "--student", "12345", "--out", str(english), "--language",
                 "xx", "--db", db.url]) == 2
    assert "no catalog" in capsys.readouterr().err


def test_home_language_imports_from_the_sis(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "students.csv"
    path.write_text("Student ID,Last Name,First Name,Grade,Home Language\n"
                    "H1,Núñez,Ana,9,Spanish\nH2,Nguyen,Lan,10,vie\n", encoding="utf-8")
    apply_import(db, ImportKind.STUDENTS, path)
    from counselor_app.services.students import find_student

    languages = []
    for sid in ("H1", "H2"):
        pk = find_student(db, sid)
        assert pk is not None
        detail = get_student(db, pk)
        assert detail is not None
        languages.append(detail.data.family_language)
    assert languages == ["es", "vi"]


def _student_bookmarks(path: Path) -> list[str]:
    reader = PdfReader(str(path))
    return [item.title for item in reader.outline if not isinstance(item, list)]


@pytest.mark.parametrize(("language", "particles", "expected"), [
    ("es", "particle", ["Rosa de la Fuente", "Luis Díaz", "Pedro Nava", "Ana Núñez",
                        "Iker Nuzum", "Lucía Ñúñez", "Inés Ortiz", "Zoe Zamora"]),
    ("es", "name", ["Luis Díaz", "Rosa de la Fuente", "Pedro Nava", "Ana Núñez",
                    "Iker Nuzum", "Lucía Ñúñez", "Inés Ortiz", "Zoe Zamora"]),
    (None, "particle", ["Rosa de la Fuente", "Luis Díaz", "Pedro Nava", "Ana Núñez",
                        "Lucía Ñúñez", "Iker Nuzum", "Inés Ortiz", "Zoe Zamora"]),
])
def test_a_batch_comes_out_in_the_languages_name_order(
        db: Database, catalog: Settings, tmp_path: Path, language: str | None,
        particles: str, expected: list[str]) -> None:
    pks = []
    for i, (first, last) in enumerate([("Zoe", "Zamora"), ("Lucía", "Ñúñez"),
                                       ("Inés", "Ortiz"), ("Ana", "Núñez"), ("Pedro", "Nava"),
                                       ("Rosa", "de la Fuente"), ("Luis", "Díaz"),
                                       ("Iker", "Nuzum")]):
        pk = make_student(db, first, last, f"O-{i}")
        make_plan(db, pk, goals=False)
        pks.append(pk)
    out = tmp_path / "batch.pdf"
    settings = replace(catalog, file_particles=particles)
    batch_export(db, pks, out, True, settings=settings, today=TODAY, language=language)
    # English files Ñúñez as "Nunez" (with Núñez, before Nuzum); Spanish after every N,
    # before O; a code-point order would put Ñúñez after Zamora
    assert _student_bookmarks(out) == expected
