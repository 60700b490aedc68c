"""A Spanish plan names clusters, pathways, programs and occupations in Spanish, and prints
a course's Spanish title (from the course import) under its catalog title."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from counselor_app.domain import CourseTitle
from counselor_app.reports.html_export import plans_html as render_html
from counselor_app.services.imports import ImportKind, apply_import, preview_import
from counselor_app.services.report_data import build_plan_report
from counselor_app.services.settings import Settings
from counselor_app.store.engine import Database
from tests.pdf_data import TODAY, flat, make_plan, make_student, pdf_text, render, seed_catalog


@pytest.fixture
def catalog(db: Database) -> Settings:
    return seed_catalog(db)


def _welding_plan(db: Database) -> int:
    pk = make_student(db)
    plan_id = make_plan(db, pk, [("X13501", 10, "year", "planned", ""),
                                 ("PDFT-ENG9", 9, "year", "completed", "A")],
                        program="L13-05-P1")  # Welding and Fabrication, a built-in program
    return plan_id


def test_the_spanish_plan_names_the_career_direction_and_occupations_in_spanish(
        db: Database, catalog: Settings) -> None:
    plan_id = _welding_plan(db)
    english = build_plan_report(db, plan_id, catalog, TODAY, language="en")
    spanish = build_plan_report(db, plan_id, catalog, TODAY, language="es")
    assert (english.direction.cluster, english.direction.pathway) == \
        ("Manufacturing", "Production")
    assert (spanish.direction.cluster, spanish.direction.pathway, spanish.direction.program) \
        == ("Manufactura", "Producción", "Soldadura y fabricación")
    assert spanish.goals.career == \
        "Soldadores, cortadores, soldadores de estaño y soldadores fuertes (51-4121)"
    assert [o.soc for o in spanish.occupations] == [o.soc for o in english.occupations]
    assert all(o.title != e.title for o, e in zip(spanish.occupations, english.occupations,
                                                  strict=True))  # every one in Spanish
    text = flat(pdf_text(render(spanish)))
    for words in ("Manufactura", "Producción", "Soldadura y fabricación (L13-05-P1)",
                  "Soldadores, cortadores"):
        assert flat(words) in text, words
    assert "Welding and Fabrication" not in pdf_text(render(spanish))
    html = render_html([spanish])
    assert "Soldadura y fabricación" in html and "Producción" in html


def test_a_spanish_title_column_in_the_course_import(db: Database, catalog: Settings,
                                                     tmp_path: Path) -> None:
    path = tmp_path / "courses.csv"
    path.write_text("Code,Title,Title (Spanish),Subject Area\n"
                    "PDFT-ENG9,English 9,Inglés 9,English\n"
                    "PDFT-BIO,Biology,,Science\n", encoding="utf-8")
    preview = preview_import(db, ImportKind.COURSES, path)
    assert not preview.errors
    assert [(i.key, i.changes) for i in preview.to_update] == [("PDFT-ENG9", ("title_es",))]
    apply_import(db, ImportKind.COURSES, path, backup=False)
    with db.read() as s:
        stored = [(t.course_code, t.language, t.title) for t in s.scalars(select(CourseTitle))]
    assert stored == [("PDFT-ENG9", "es", "Inglés 9")]
    # other spellings of the column: "Spanish Title", "title_es"
    again = tmp_path / "again.csv"
    again.write_text("Code,Title,Subject Area,title_es\nPDFT-ENG9,English 9,English,Inglés I\n",
                     encoding="utf-8")
    apply_import(db, ImportKind.COURSES, again, backup=False)
    plan_id = _welding_plan(db)
    spanish = build_plan_report(db, plan_id, catalog, TODAY, language="es")
    (line,) = [c for lv in spanish.levels for c in lv.courses if c.code == "PDFT-ENG9"]
    assert (line.title, line.translated_title) == ("English 9", "Inglés I")
    text = pdf_text(render(spanish))
    assert "English 9" in text and "Inglés I" in text  # the catalog title, then Spanish
    assert text.index("English 9") < text.index("Inglés I")
    assert "Inglés I" not in pdf_text(render(build_plan_report(db, plan_id, catalog, TODAY,
                                                               language="en")))
    html = render_html([spanish])
    assert '<span lang="en">English 9</span><br>Inglés I' in html


def test_translated_titles_survive_a_reload_of_the_built_in_catalog(db: Database,
                                                                     catalog: Settings,
                                                                     tmp_path: Path) -> None:
    from counselor_app.store.refresh import refresh_reference_data

    path = tmp_path / "courses.csv"
    path.write_text("Code,Title,Spanish Title,Subject Area\nX13501,Welding I,Soldadura I,"
                    "Career & Technical Education\n", encoding="utf-8")
    apply_import(db, ImportKind.COURSES, path, backup=False)
    with db.transaction() as s:
        refresh_reference_data(s)
    with db.read() as s:
        kept = s.get(CourseTitle, ("X13501", "es"))
        assert kept is not None and kept.title == "Soldadura I"


def test_the_programs_credentials_and_options_after_high_school(db: Database,
                                                                catalog: Settings) -> None:
    plan_id = _welding_plan(db)
    english = build_plan_report(db, plan_id, catalog, TODAY, language="en")
    assert [c.name for c in english.credentials][:1] == ["OSHA 10-Hour General Industry"]
    assert {o.kind for o in english.options} >= {"employment", "apprenticeship", "associate"}
    text = flat(pdf_text(render(english)))
    for words in ("Where this program of study leads", "AWS Certified Welder (3G plate)",
                  "American Welding Society", "Registered Apprenticeship: Welder",
                  "Journeyworker certificate", "Associate of Applied Science in Welding"):
        assert flat(words) in text, words
    spanish = flat(pdf_text(render(build_plan_report(db, plan_id, catalog, TODAY,
                                                     language="es"))))
    for words in ("Adónde lleva este programa de estudios", "Programa de aprendiz",
                  "Empleo directo después de la preparatoria", "Otorgada por"):
        assert flat(words).casefold() in spanish.casefold(), words  # headings in capitals
    html = render_html([english])
    assert '<th scope="row">AWS Certified Welder (3G plate)</th>' in html
    assert "<h2>Where this program of study leads</h2>" in html or \
        "Where this program of study leads</h" in html
