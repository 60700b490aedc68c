"""Requirement sets on the family's copy: the Spanish plan prints the Spanish names,
labels and decisions of the built-in sets (pypdf), the accessible HTML copy too, and the
bilingual copy keeps the English ones in its English half."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from counselor_app.reports.html_export import plans_html
from counselor_app.services.audit_exceptions import add_exception
from counselor_app.services.report_data import build_student_report, student_reports
from counselor_app.services.settings import Settings
from counselor_app.services.students import get_student, update_student
from counselor_app.store.engine import Database
from tests.pdf_data import TODAY, flat, make_plan, make_student, pdf_text, render, seed_catalog

DIPLOMA, ENDORSEMENT = "example-24", "tx-endorsement-arts-humanities"
SPANISH = ("Ejemplo: diploma de 24 créditos (modifíquelo según su distrito)",
           "Inglés: 4 créditos", "Matemáticas: 4 créditos", "Educación física y salud: 1 crédito",
           "Idioma extranjero: 2 créditos", "Total: 24 créditos",
           "Mención de Texas: Artes y Humanidades", "Una opción de artes y humanidades",
           "Español: dos niveles", "Lenguaje de señas americano: dos niveles",
           "Optativas de inglés: 4 créditos además de Inglés I a III",
           "Conjunto de ejemplo de Career Pathway Planner; no es la norma de ningún estado",
           "Código Administrativo de Texas, título 19, §74.13(f)(4)",
           "Dispensa (por Dana Whitfield)", "cuenta como",
           "repetición de un curso que cuenta una sola vez")
ENGLISH = ("Example: 24-credit diploma", "English: 4 credits", "Mathematics: 4 credits",
           "PE and health: 1 credit", "World language: 2 credits", "Total: 24 credits",
           "Texas endorsement", "One arts and humanities option", "Spanish: two levels",
           "American Sign Language", "English electives", "example set; it is not",
           "Texas Administrative Code", "Waiver by", "counts as", "repeat of a course")


@pytest.fixture
def spanish_plan(db: Database) -> int:
    seed_catalog(db, Settings(school_name="Lincoln High School", counselor_name="Dana Whitfield",
                              requirement_set=DIPLOMA, supplemental_sets=(ENDORSEMENT,)))
    pk = make_student(db)
    plan = make_plan(db, pk)
    detail = get_student(db, pk)
    assert detail is not None
    update_student(db, pk, replace(detail.data, family_language="es"))
    add_exception(db, plan, kind="waiver", set_code=DIPLOMA, requirement="world-language",
                  credits=1, by="Dana Whitfield", on=dt.date(2026, 2, 10),
                  reason="Crédito de español de una escuela de Monterrey")
    add_exception(db, plan, kind="substitution", set_code=DIPLOMA, course="PDFT-PSY",
                  counts_as="PDFT-USH", by="Dana Whitfield", on=dt.date(2026, 2, 11),
                  reason="Curso tomado en otro distrito")
    return pk


def test_the_spanish_plan_prints_the_sets_in_spanish(db: Database, spanish_plan: int) -> None:
    report = build_student_report(db, spanish_plan, today=TODAY)
    assert report.language == "es"
    text = flat(pdf_text(render(report)))
    for spanish in SPANISH:
        assert flat(spanish) in text, spanish
    for english in ENGLISH:
        assert flat(english) not in text, f"English left on the Spanish plan: {english!r}"


def test_the_accessible_copy_names_the_sets_in_spanish(db: Database, spanish_plan: int) -> None:
    page = plans_html([build_student_report(db, spanish_plan, today=TODAY)])
    assert "Inglés: 4 créditos" in page and "Mención de Texas: Artes y Humanidades" in page
    assert "English: 4 credits" not in page and "Texas endorsement" not in page


def test_the_bilingual_copy_keeps_english_labels_in_its_english_half(
        db: Database, spanish_plan: int) -> None:
    copies = student_reports(db, spanish_plan, today=TODAY, bilingual=True)
    assert [c.language for c in copies] == ["es", "en"]
    from counselor_app.reports.render import render_many

    out = io.BytesIO()
    render_many(copies, out)
    pages = [flat(p.extract_text() or "") for p in PdfReader(io.BytesIO(out.getvalue())).pages]
    spanish_half = "".join(p for p in pages if flat("Plan educativo y profesional") in p)
    english_half = "".join(p for p in pages if flat("Educational and Career Plan") in p)
    assert flat("Inglés: 4 créditos") in spanish_half
    assert flat("English: 4 credits") not in spanish_half
    assert flat("English: 4 credits") in english_half and flat("Waiver by") in english_half
