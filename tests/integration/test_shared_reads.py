"""Printing a plan reads the plan, its courses and the transcript once, not once per
service (the page, the rules and the audit), and never serves an old read later."""

from __future__ import annotations

import re

from sqlalchemy import event

from counselor_app.services import shared_reads as shared
from counselor_app.services.plans import add_course
from counselor_app.services.report_data import build_plan_report
from counselor_app.store.engine import Database
from tests.pdf_data import TODAY, make_plan, make_student, seed_catalog


def _tables_read(db: Database) -> list[str]:
    """The first table each statement reads from."""
    seen: list[str] = []

    def record(conn: object, cur: object, statement: str, *args: object) -> None:
        found = re.search(r"\bFROM\s+\"?(\w+)", statement)
        seen.append(found.group(1) if found else statement)

    event.listen(db.engine, "before_cursor_execute", record)
    return seen


def test_a_printed_plan_reads_its_plan_courses_and_transcript_once(db: Database) -> None:
    settings = seed_catalog(db)
    plan_id = make_plan(db, make_student(db))
    seen = _tables_read(db)
    report = build_plan_report(db, plan_id, settings, TODAY)
    assert report.course_count > 0 and report.audit is not None
    assert seen.count("plan_course") == 1
    assert seen.count("transcript_entry") == 1
    assert seen.count("plan") == 2  # the active plan's row; the student's plan list


def test_what_is_remembered_ends_with_the_block(db: Database) -> None:
    settings = seed_catalog(db)
    plan_id = make_plan(db, make_student(db))
    with db.read() as s:
        with shared.shared_reads(s):
            before = len(shared.plan_course_rows(s, [plan_id])[plan_id])
            with shared.shared_reads(s):  # nested: the same memory
                assert len(shared.plan_course_rows(s, [plan_id])[plan_id]) == before
        assert "counselor_app.shared_reads" not in s.info
    add_course(db, plan_id, "MATH-ALG2", 11)
    report = build_plan_report(db, plan_id, settings, TODAY)
    assert report.course_count == before + 1  # a new print reads the new course


def test_rows_that_do_not_exist_are_left_out_and_asked_once(db: Database) -> None:
    seed_catalog(db)
    seen = _tables_read(db)
    with db.read() as s, shared.shared_reads(s):
        assert shared.plans(s, [987654]) == {}
        assert shared.plans(s, [987654]) == {}
        assert shared.courses(s, ["NO-SUCH-COURSE"]) == {}
        assert shared.plan_course_rows(s, [987654]) == {987654: []}
        assert shared.transcripts(s, [987654]) == {987654: []}
    assert seen.count("plan") == 1
    assert seen.count("course") == 1
