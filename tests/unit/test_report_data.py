"""The printed plan's data, built from a database (no PDF, no Qt)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from counselor_app.reports.audit_report import ConcentratorBox
from counselor_app.reports.model import (
    POSTSECONDARY,
    PlanReport,
    format_credits,
    format_date,
)
from counselor_app.services.plans import update_plan_fields
from counselor_app.services.report_data import (
    MAX_OCCUPATIONS,
    build_plan_report,
    build_student_report,
    report_filename,
    safe_filename,
)
from counselor_app.services.settings import Settings
from counselor_app.store.engine import Database
from tests.approving import approve
from tests.pdf_data import (
    NORMAL_PLAN,
    OCCUPATIONS,
    PROGRAM,
    TODAY,
    make_plan,
    make_student,
    seed_catalog,
)


@pytest.fixture
def settings(db: Database) -> Settings:
    return seed_catalog(db)


def normal_report(db: Database, settings: Settings) -> PlanReport:
    pk = make_student(db)
    return build_plan_report(db, make_plan(db, pk), settings, TODAY)


def test_student_block_school_and_dates(db: Database, settings: Settings) -> None:
    r = normal_report(db, settings)
    st = r.student
    assert (st.first_name, st.last_name, st.student_id) == ("María José", "Núñez", "12345")
    assert st.full_name == "María José Núñez"
    assert st.grade == 10 and st.counselor == "Ms. Rivera" and st.date_printed == TODAY
    assert r.generated == TODAY and r.paper_size == "letter"
    assert r.school.name == "Lincoln High School & Career Center" and r.school.logo_path == ""
    assert r.plan_name == "Four-year plan" and r.plan_status == "Draft" and r.has_plan


def test_grid_levels_credits_and_totals(db: Database, settings: Settings) -> None:
    r = normal_report(db, settings)
    assert [lv.level for lv in r.levels] == [9, 10, 11, 12, POSTSECONDARY]
    assert [lv.label for lv in r.levels][::4] == ["Grade 9", "Postsecondary"]
    assert r.course_count == len(NORMAL_PLAN) == 30
    assert [lv.credits for lv in r.levels] == [7, 7, 6.5, 5.5, 9]
    assert r.total_credits == 26 and r.postsecondary_credits == 9
    grad = r.student.graduation_year
    assert r.levels[3].school_year == f"{grad - 1}–{grad % 100:02d}"
    assert r.levels[4].school_year == "After graduation"
    first = r.levels[0].courses[0]
    assert (first.code, first.title, first.credits, first.term, first.status,
            first.status_key, first.final_mark) == ("PDFT-ENG9", "English 9", 1, "Full year",
                                                    "Completed", "completed", "A")
    health = next(c for c in r.levels[1].courses if c.code == "PDFT-HLTH")
    assert health.term == "Semester 1" and health.status == "In progress"
    assert [c.code for c in r.levels[0].courses if c.cte] == ["PDFT-WLD1"]


def test_audit_with_shortfall_and_concentrator_on_track(db: Database,
                                                        settings: Settings) -> None:
    r = normal_report(db, settings)
    assert r.audit is not None
    (block,) = r.audit.sets
    assert block.name == "PDF test requirements" and block.kind == "diploma"
    rows = {row.label: row for row in block.rows}
    english = rows["English"]
    assert (english.earned, english.in_progress, english.planned) == (1, 1, 2)
    assert english.status_text == "On track"  # planned courses never make it met
    assert rows["Computer Science"].status_text == "Short by 1 credit"
    total = rows["Total credits"]
    assert (total.required, total.earned) == (24, 7) and total.status_text == "On track"
    assert block.short_count == 1
    c = r.audit.concentrator
    assert c is not None and c.program_code == PROGRAM
    assert c.status_text == "On track"  # one Welding course completed, two needed
    assert c.counted == ("Introduction to Welding", "Welding II: SMAW and GMAW",
                         "Welding III: Fabrication", "Welding Capstone and Work-Based Learning")
    assert c.summary.startswith("1 CTE course completed, 1 in progress and 2 planned in "
                                "Welding Technology (PDFT-WELD)")
    assert r.review == ()  # nothing else to flag in the normal plan


def test_direction_goals_occupations_and_notes(db: Database, settings: Settings) -> None:
    r = normal_report(db, settings)
    assert r.direction.program == "Welding Technology" and r.direction.program_code == PROGRAM
    assert r.direction.pathway and r.direction.cluster
    assert r.goals.career == "Welders, Cutters, Solderers, and Brazers (51-4121)"
    assert r.goals.postsecondary_type == "Certificate"
    assert r.goals.postsecondary_institution == "Lakeshore Technical College"
    assert r.occupations[0].soc == "51-4121"  # the career goal comes first
    assert len(r.occupations) == MAX_OCCUPATIONS
    assert len({o.soc for o in r.occupations}) == len(r.occupations)
    assert r.occupations_more >= len(OCCUPATIONS) - MAX_OCCUPATIONS
    assert r.notes.startswith("Wants to weld on bridges & ships.")


def test_missing_goals_unknown_course_and_approved_status(db: Database,
                                                          settings: Settings) -> None:
    pk = make_student(db)
    plan_id = make_plan(db, pk, [("NOPE-1", 9, "year", "planned", ""),
                                 ("PDFT-ENG9", 9, "year", "planned", ""),
                                 ("PDFT-ENG9", 10, "year", "planned", "")],
                        program=None, goals=False)
    approve(db, plan_id, "Dana Whitfield", settings)
    r = build_plan_report(db, plan_id, settings, TODAY)
    assert r.goals.career == "" and r.goals.postsecondary_type == ""
    assert r.direction.program == "" and r.direction.cluster == ""
    assert r.occupations == () and r.occupations_more == 0
    unknown = r.levels[0].courses[0]
    assert not unknown.known and unknown.credits == 0
    assert r.levels[0].credits == 1  # unknown courses count nothing
    assert any("NOPE-1" in m for m in r.review)
    assert any("already planned" in m for m in r.review)
    assert r.plan_status.startswith("Approved by Dana Whitfield on ")
    assert r.audit is not None and r.audit.concentrator is not None
    assert r.audit.concentrator.status == "short"
    update_plan_fields(db, plan_id, career_goal_text="Chef")
    assert build_plan_report(db, plan_id, settings, TODAY).goals.career == "Chef"


def test_student_without_a_plan_gets_an_empty_report(db: Database, settings: Settings) -> None:
    pk = make_student(db, "Zofia", "Łukasiewicz", "Z-1", grade=9, counselor="")
    r = build_student_report(db, pk, settings, TODAY)
    assert not r.has_plan and r.plan_name == "" and r.course_count == 0
    assert [lv.courses for lv in r.levels] == [()] * 5
    assert r.total_credits == 0 and r.audit is None  # no plan: nothing to audit yet
    assert r.student.counselor == "Dana Whitfield"  # the settings' counselor name
    assert r.notes == "" and r.review == ()


def test_student_report_uses_the_active_plan(db: Database, settings: Settings) -> None:
    pk = make_student(db)
    first = make_plan(db, pk, NORMAL_PLAN[:2])
    make_plan(db, pk, NORMAL_PLAN[:5])  # a second, not active, plan
    r = build_student_report(db, pk, settings, TODAY)
    assert r.course_count == 2
    assert r == build_plan_report(db, first, settings, TODAY)


def test_missing_plan_or_student_raises_lookup_error(db: Database, settings: Settings) -> None:
    with pytest.raises(LookupError):
        build_plan_report(db, 99999, settings, TODAY)
    with pytest.raises(LookupError):
        build_student_report(db, 99999, settings, TODAY)


def test_settings_choose_paper_and_defaults(db: Database) -> None:
    seed_catalog(db, Settings(paper_size="a4", requirement_set="pdf-test"))
    pk = make_student(db)
    r = build_student_report(db, pk)  # settings from the database, today by default
    assert r.paper_size == "a4" and r.generated == dt.date.today()
    assert r.school.name == ""


def test_report_is_frozen(db: Database, settings: Settings) -> None:
    r = normal_report(db, settings)
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.notes = "x"  # type: ignore[misc]


@pytest.mark.parametrize(("last", "first", "sid", "expected"), [
    ("Núñez", "María", "12345", "Núñez-María-12345-plan.pdf"),
    ("Łukasiewicz", "Zofia", "S-2", "Łukasiewicz-Zofia-S-2-plan.pdf"),
    ("Nguyễn", "Thị Minh Anh", "7", "Nguyễn-Thị-Minh-Anh-7-plan.pdf"),
    ("शर्मा", "Priya", "8", "शर्मा-Priya-8-plan.pdf"),  # vowel signs and virama kept
    ("Nguye\u0302\u0303n", "Lan", "8", "Nguyễn-Lan-8-plan.pdf"),  # NFC,
    ("O'Brien", "Seán", "9", "OBrien-Seán-9-plan.pdf"),
    ("../../etc", "pass/wd", "..\\x:y*?", "etc-pass-wd-x-y-plan.pdf"),
    ("Straße", "Æsa", "1", "Straße-Æsa-1-plan.pdf"),
    ("Κυρίακος", "Ἀριστοτέλης", "G1", "Κυρίακος-Ἀριστοτέλης-G1-plan.pdf"),
    ("", "", "", "student-plan.pdf"),
    ("<>:\"|?*", ".", ".", "student-plan.pdf"),
])
def test_safe_filename(last: str, first: str, sid: str, expected: str) -> None:
    assert safe_filename(last, first, sid) == expected


def test_safe_filename_limits_length(db: Database, settings: Settings) -> None:
    name = safe_filename("A" * 100, "B" * 100, "C" * 40)
    assert len(name) < 130 and name.endswith("-plan.pdf")
    r = normal_report(db, settings)
    assert report_filename(r) == "Núñez-María-José-12345-plan.pdf"


def test_model_formatting_helpers() -> None:
    assert format_date(dt.date(2026, 3, 4)) == "March 4, 2026"
    assert [format_credits(x) for x in (1.0, 0.5, 3.25, 0.0, 26.0)] == \
        ["1", "0.5", "3.25", "0", "26"]
    one = ConcentratorBox("short", "Not yet a concentrator", "Nursing", "HS-1", "", "courses",
                          2, 1, 0, 0, ("X",))
    assert one.summary == "1 CTE course completed in Nursing (HS-1); 2 courses must be completed."
    credits = ConcentratorBox("on_track", "On track", "", "", "", "credits", 1, 0, 0.5, 3, ())
    assert credits.summary == ("0 CTE credits completed, 0.5 in progress and 3 planned; "
                               "1 credit must be completed.")


def test_one_printed_plan_is_read_from_one_snapshot(db: Database,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The plan, its checks and its audit come from one read session, so an edit saved in
    another window between them cannot print half old, half new."""
    from counselor_app.services.report_data import build_plan_report
    from counselor_app.services.settings import load_settings

    seed_catalog(db)
    pk = make_student(db)
    plan_id = make_plan(db, pk)
    settings = load_settings(db)
    opened: list[int] = []
    real = Database.read

    def counting(self: Database):  # type: ignore[no-untyped-def]
        opened.append(1)
        return real(self)

    monkeypatch.setattr(Database, "read", counting)
    report = build_plan_report(db, plan_id, settings)
    assert report.course_count > 0
    assert len(opened) == 1
