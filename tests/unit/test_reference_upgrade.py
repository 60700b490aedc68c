"""Opening a database made by an older release: codes in user data follow the new codes,
the built-in reference data is replaced by the new release's, district imports stay,
and a backup is taken first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlalchemy as sa
from alembic import command

from counselor_app.store.bootstrap import open_database
from counselor_app.store.code_changes import code_changes
from counselor_app.store.engine import open_engine
from counselor_app.store.migrate import alembic_config


def _old_database(path: Path) -> None:
    """A schema-0002 database holding the old sub-cluster codes, a student, a plan and a
    course a district imported."""
    db = open_engine(f"sqlite:///{path}")
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    now = dt.datetime(2026, 9, 1)
    with db.engine.begin() as conn:
        run = conn.exec_driver_sql
        run("INSERT INTO framework VALUES ('ncc-2024', 'NCC 2024', 'Sub-cluster', 1)")
        run("INSERT INTO cluster VALUES (1, '060100', 'ncc-2024', 'Digital Technology', '', 1, 0)")
        run("INSERT INTO pathway VALUES (1, '060105', 1, 'Web & Cloud', '', 0)")
        run("INSERT INTO pathway VALUES (2, '060106', 1, 'Unmanned Vehicle Technology', '', 1)")
        run("INSERT INTO course (code, title, credits, subject_area, grade_low, grade_high, "
            "cte, dual_credit, repeatable, description) VALUES "
            "('D-ROB1', 'District Robotics', 1, 'Career & Technical Education', 9, 12, 1, 0, 0, ''),"
            "('10302', 'AP Computer Science A', 1, 'Elective', 10, 12, 0, 0, 0, '')")
        run("INSERT INTO data_info VALUES ('reference_version', 'builtin-000000000000')")
        conn.execute(sa.text(
            "INSERT INTO student (id, student_id, first_name, last_name, preferred_name, grade, "
            "graduation_year, school, counselor, career_interests, notes, archived, "
            "name_folded, created_at, updated_at) VALUES (1, 'S1', 'Ana', 'Núñez', '', 9, 2030, "
            "'', '', '060105;060106;040200', '', 0, 'ana nunez', :t, :t)"), {"t": now})
        conn.execute(sa.text(
            "INSERT INTO plan (id, student_pk, name, is_active, program_code, career_goal_soc, "
            "career_goal_text, postsecondary_type, postsecondary_institution, notes, status, "
            "status_by, created_at, updated_at) VALUES (1, 1, 'Main', 1, 'L16-05-P1', "
            "'53-2012.00', '', '', '', '', 'draft', '', :t, :t)"), {"t": now})
        run("INSERT INTO plan_course (id, plan_id, course_code, level, term, status, "
            "final_mark, sort_order) VALUES (1, 1, 'D-ROB1', 9, 'year', 'planned', '', 0), "
            "(2, 1, '10302', 10, 'year', 'planned', '', 1), "
            "(3, 1, '06101', 9, 'year', 'planned', '', 2)")
    db.dispose()


def test_upgrade_rewrites_codes_reloads_reference_data_and_keeps_user_data(
        tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _old_database(path)
    db = open_database(str(path))
    try:
        with db.engine.connect() as conn:
            run = conn.exec_driver_sql
            assert run("SELECT career_interests FROM student").scalar() == \
                "060106;060105;040200"
            assert run("SELECT program_code, career_goal_soc FROM plan").one() == \
                ("L16-05-P1", "53-2012.00")
            # SCED's AP Computer Science A is 10157 (10302 is Cyber Crime); Spanish I 24052
            assert [r[0] for r in run("SELECT course_code FROM plan_course ORDER BY id")] == \
                ["D-ROB1", "10157", "24052"]
            assert run("SELECT count(*) FROM course WHERE code IN ('10302', '06101')") \
                .scalar() == 0
            assert run("SELECT sced FROM course WHERE code = '10157'").scalar() == "10157"
            names = dict(run("SELECT code, name FROM pathway WHERE code IN "
                             "('060105', '060106', '060301', '060302')").all())
            assert names == {"060105": "Unmanned Vehicle Technology", "060106": "Web & Cloud",
                             "060301": "Market Research, Analytics & Ethics",
                             "060302": "Marketing & Advertising"}
            assert run("SELECT count(*) FROM occupation").scalar() >= 1000
            # the district's own course survived the reload
            assert run("SELECT title FROM course WHERE code = 'D-ROB1'").scalar() == \
                "District Robotics"
            assert run("SELECT value FROM data_info WHERE key = 'reference_version'") \
                .scalar() != "builtin-000000000000"
    finally:
        db.dispose()
    assert list((tmp_path / "backups").glob("*before-migration-0002*"))


def test_code_changes_are_data_and_swaps_are_complete() -> None:
    pathway = code_changes("0003")["pathway"]
    assert pathway == {"060105": "060106", "060106": "060105",
                       "060301": "060302", "060302": "060301"}
    assert set(pathway) == set(pathway.values())
