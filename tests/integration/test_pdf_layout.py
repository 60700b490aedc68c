"""Readable layout: numbered review items with marks on their course rows, "(continued)",
the DRAFT watermark, the counselor's contact, college credit hours."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from counselor_app.domain import Plan
from counselor_app.services.report_data import build_plan_report
from counselor_app.services.settings import Settings, save_settings
from counselor_app.store.engine import Database
from tests.pdf_data import (
    NORMAL_PLAN,
    TODAY,
    flat,
    make_plan,
    make_student,
    pdf_text,
    render,
    seed_catalog,
)


@pytest.fixture
def catalog(db: Database) -> Settings:
    return seed_catalog(db)


def test_every_review_item_is_numbered_and_marks_its_course(db: Database,
                                                            catalog: Settings) -> None:
    pk = make_student(db)
    rows = [*NORMAL_PLAN[:3], ("PDFT-ENG9", 10, "year", "planned", ""),  # a duplicate
            *[(f"NOPE-{i}", 11, "year", "planned", "") for i in range(9)]]  # unknown
    plan_id = make_plan(db, pk, rows, goals=False)
    report = build_plan_report(db, plan_id, catalog, TODAY)
    assert len(report.review) >= 10  # none cut off ("see the plan in the planner")
    marked = [c for level in report.levels for c in level.courses if c.marks]
    assert marked and all(m <= len(report.review) for c in marked for m in c.marks)
    text = pdf_text(render(report))
    assert "see the plan in the planner" not in text
    for number in range(1, len(report.review) + 1):
        assert f"{number}." in text
    assert f"[{marked[0].marks[0]}]" in text


def test_split_grade_says_continued_and_total_stays_with_the_last_table(
        db: Database, catalog: Settings) -> None:
    pk = make_student(db)
    many = [(code, 10, "year", "planned", "") for code, *_ in NORMAL_PLAN] * 2
    plan_id = make_plan(db, pk, [*many[:40], ("PDFT-WLDC", 13, "year", "planned", "")],
                        goals=False)
    text = pdf_text(render(build_plan_report(db, plan_id, catalog, TODAY)))
    assert "(continued)" in text
    total_at = text.index("Total credits, grades 9–12")
    assert text.rfind("Postsecondary", 0, total_at) > text.rfind("Page ", 0, total_at)


def test_draft_watermark_only_until_approved_and_counselor_contact(db: Database,
                                                                   catalog: Settings) -> None:
    save_settings(db, replace(catalog, counselor_email="dana@lincoln.example",
                              counselor_phone="(555) 010-2000",
                              school_address="100 Main St, Springfield"))
    settings = replace(catalog, counselor_email="dana@lincoln.example",
                       counselor_phone="(555) 010-2000",
                       school_address="100 Main St, Springfield")
    pk = make_student(db)
    plan_id = make_plan(db, pk, NORMAL_PLAN[:5], goals=False)
    draft = pdf_text(render(build_plan_report(db, plan_id, settings, TODAY)))
    assert "DRAFT" in draft
    for part in ("dana@lincoln.example", "(555) 010-2000", "100 Main St, Springfield"):
        assert flat(part) in flat(draft)
    with db.transaction() as s:
        plan = s.get(Plan, plan_id)
        assert plan is not None
        plan.status = "approved"
    approved = pdf_text(render(build_plan_report(db, plan_id, settings, TODAY)))
    assert "DRAFT" not in approved


def _pages(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [p.extract_text() or "" for p in PdfReader(__import__("io").BytesIO(data)).pages]


@pytest.mark.parametrize("notes", [True, False])
def test_the_signatures_never_stand_alone_on_a_page(db: Database, catalog: Settings,
                                                    notes: bool) -> None:
    pk = make_student(db)
    plan_id = make_plan(db, pk, goals=notes)
    pages = _pages(render(build_plan_report(db, plan_id, catalog, TODAY)))
    (page,) = [p for p in pages if "Student signature" in p]
    before = page[:page.index("Signatures")]
    # beyond the running head, the page holds what comes before the signatures
    assert "AP and honors" in before or "Dual credit" in before
    assert "Words used in this plan" in "".join(pages)


def test_a_very_long_name_never_pushes_the_id_out_of_the_footer(db: Database,
                                                                catalog: Settings) -> None:
    long_first = "Maximiliana Guadalupe Esperanza Concepción Inmaculada Rosario"  # 100 max
    pk = make_student(db, long_first, "Villaseñor-Castellanos de la Fuente y Montenegro",
                      "ID-98765")
    plan_id = make_plan(db, pk, goals=False)
    for page in _pages(render(build_plan_report(db, plan_id, catalog, TODAY))):
        footer = page[page.rindex("Generated") - 200:]
        assert "ID ID-98765" in page and "ID-98765" in footer
        assert "Page " in footer


def test_split_tables_say_continued_in_the_plan_language(db: Database,
                                                         catalog: Settings) -> None:
    pk = make_student(db)
    many = [(code, 10, "year", "planned", "") for code, *_ in NORMAL_PLAN] * 2
    plan_id = make_plan(db, pk, many[:40], goals=False)
    text = pdf_text(render(build_plan_report(db, plan_id, catalog, TODAY, language="es")))
    assert "(continuación)" in text and "(continued)" not in text
    assert "Paragraph(" not in text  # the heading itself, not a dump of it
    assert re.search(r"Grado 10 [^\n]*créditos\s+\(continuación\)", text)
    first_page = text[:text.index("Página 1 de")]
    assert "Grado 10" in first_page and "(continuación)" not in first_page  # only after


def test_rule_messages_name_courses_by_title_on_screen_and_paper(db: Database,
                                                                 catalog: Settings) -> None:
    from counselor_app.services.plans import validate

    pk = make_student(db)
    plan_id = make_plan(db, pk, [("01002", 10, "year", "planned", ""),
                                 ("NOPE-1", 11, "year", "planned", "")], program=None,
                        goals=False)  # English 10 without English 9 (01001) before it
    messages = [i.message for i in validate(db, plan_id, catalog).issues
                if i.rule == "prerequisite_missing"]
    assert messages == ["Grade 10: English 10 (01002) needs English 9 (01001), which is not "
                        "in the plan."]
    assert flat("needs English 9 (01001)") in flat(pdf_text(render(
        build_plan_report(db, plan_id, catalog, TODAY))))
    spanish = flat(pdf_text(render(build_plan_report(db, plan_id, catalog, TODAY,
                                                     language="es"))))
    assert flat("English 10 (01002) necesita English 9 (01001), que no está en el plan.") \
        in spanish  # both courses by title and code
    assert flat("NOPE-1 ya no está en el catálogo") in spanish  # by its code, not in English


def test_a_substitution_names_both_courses_by_title(db: Database, catalog: Settings) -> None:
    import datetime as dt

    from counselor_app.services.audit import set_plan_sets
    from counselor_app.services.audit_exceptions import add_exception

    pk = make_student(db)
    plan_id = make_plan(db, pk, [("X02157", 11, "year", "planned", "")], program=None,
                        goals=False)
    set_plan_sets(db, plan_id, "fl-standard-24", [])
    add_exception(db, plan_id, kind="substitution", course="X02157", counts_as="02072",
                  by="Ms. Rivera", on=dt.date(2026, 4, 2), reason="district equivalence")
    report = build_plan_report(db, plan_id, catalog, TODAY)
    assert report.audit is not None
    whats = [e.what for e in report.audit.exceptions]
    assert any("Financial Mathematics (X02157) counts as Geometry (02072)" in w
               for w in whats), whats
    text = flat(pdf_text(render(report)))
    assert flat("Financial Mathematics (X02157) counts as Geometry (02072)") in text
    assert flat("district equivalence") in text and "Ms. Rivera" in pdf_text(render(report))
