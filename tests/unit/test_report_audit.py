"""The printed plan's audit section: the same words as the screen, decisions with who,
when and why, and the concentrator box (no Qt)."""

from __future__ import annotations

import dataclasses

from counselor_app.reports.audit_text import status_words
from counselor_app.services.report_audit import audit_report
from counselor_app.services.report_data import build_student_report
from counselor_app.store.engine import Database
from tests.audit_samples import WAIVER_REASON, sample_audit
from tests.pdf_data import TODAY, flat, make_plan, make_student, pdf_text, render, seed_catalog


def test_statuses_in_plain_words() -> None:
    assert status_words("on_track") == "On track"
    assert status_words("short", "1.5 credits") == "Short by 1.5 credits"
    assert status_words("short", "Algebra II") == "Needs Algebra II"
    assert status_words("short", "1 item", "checklist") == "Not done yet"
    assert status_words("met", "", "checklist") == "Done"


def test_report_rows_follow_the_audit_tree() -> None:
    report = audit_report(sample_audit())
    (block,) = report.sets
    rows = {r.label: r for r in block.rows}
    assert rows["English"].status_text == "On track"
    assert rows["English"].courses == ("English 9", "English 10", "English 11")
    assert rows["Algebra II"].depth == 1
    assert rows["Algebra II"].status_text == "Needs Algebra II (ALG2)"
    assert rows["Fine arts"].status_text == "Waived"
    (decision,) = report.exceptions
    assert (decision.kind, decision.by, decision.why) == ("Waiver", "Pat Counselor",
                                                         WAIVER_REASON)
    assert decision.what == "Sample diploma: Fine arts"
    assert report.concentrator is not None
    assert report.concentrator.status_text == "On track"
    assert "Welding Technology" in report.concentrator.summary


def test_pdf_shows_on_track_the_waiver_and_the_concentrator(db: Database) -> None:
    settings = seed_catalog(db)
    pk = make_student(db)
    make_plan(db, pk, [], program=None, goals=False)  # a plan (else a blank sheet)
    base = build_student_report(db, pk, settings, TODAY)
    report = dataclasses.replace(base, audit=audit_report(sample_audit()))
    text = pdf_text(render(report))
    squeezed = flat(text)
    for words in ("Graduation audit", "On track", "Needs Algebra II (ALG2)", "Waived",
                  WAIVER_REASON,
                  "Pat Counselor", "February 1, 2026", "CTE concentrator status",
                  "Not done yet"):
        assert flat(words) in squeezed, words
    assert "Met" not in text.replace("Met:", "")  # only the key explains the word


def test_alternatives_a_row_needs_are_joined_in_the_plans_language() -> None:
    from counselor_app.reports.audit_report import AuditRow
    from counselor_app.reports.audit_words import row_status
    from counselor_app.reports.i18n import Translator

    row = AuditRow("Algebra", 0, "courses", "short", "Needs Algebra I or Integrated Math I",
                   1, 0, 0, 0, "courses")
    assert row_status(row, Translator("es")) == "Necesita Algebra I o Integrated Math I"
    assert row_status(row, Translator("en")) == "Needs Algebra I or Integrated Math I"
