"""Start school year: everyone up a grade, in one transaction, undone by restoring."""

from __future__ import annotations

from pathlib import Path

import pytest

from counselor_app.services import backups, plans, rollover, students
from counselor_app.services.imports import apply_import
from counselor_app.services.students import StudentData
from counselor_app.store.bootstrap import open_database
from counselor_app.store.engine import Database
from tests.catalog import PROGRAM, add_test_catalog

YEAR = 2027  # the school year 2026-27 starts


def _caseload(db: Database) -> dict[str, int]:
    add_test_catalog(db)
    pks = {}
    for sid, grade in (("R9", 9), ("R10", 10), ("R11", 11), ("R12", 12)):
        pks[sid] = students.create_student(db, StudentData(sid, "Test", sid, grade,
                                                           YEAR - 1 + 12 - grade))
    return pks


def test_preview_then_start_then_undo_by_restore(db: Database, tmp_path: Path) -> None:
    pks = _caseload(db)
    plan_id = plans.create_plan(db, pks["R10"], "Main", PROGRAM)  # nothing in grade 11
    geometry = next(c for c in plans.load_plan(db, plan_id).courses if c.code == "ZTGEO")
    plans.update_course(db, geometry.id, status="in_progress")
    grades = tmp_path / "grades.csv"
    grades.write_text("Student_Number,Course_Number,Course_Name,Grade_Level,StoreCode,Grade,"
                      "EarnedCrHrs,TermID,SchoolName\nR10,ZTGEO,Geometry,10,Y1,B,1,3500,L\n",
                      encoding="utf-8")
    apply_import(db, "transcripts", grades, backup=False)

    preview = rollover.preview_rollover(db, YEAR)
    assert preview.label == "2026–27"
    moves = {m.student_id: (m.from_grade, m.to_grade) for m in preview.moves}
    assert moves == {"R9": (9, 10), "R10": (10, 11), "R11": (11, 12), "R12": (12, None)}
    assert preview.completed == 1
    assert [(g.student_id, g.grade) for g in preview.gaps] == [("R10", 11)]
    assert students.get_student(db, pks["R9"]).data.grade == 9  # a preview writes nothing

    result = rollover.start_school_year(db, YEAR)
    assert result.backup is not None and result.backup.exists()
    assert students.get_student(db, pks["R9"]).data.grade == 10
    assert students.get_student(db, pks["R11"]).data.grade == 12
    assert students.get_student(db, pks["R12"]).archived
    view = plans.load_plan(db, plan_id)
    assert next(c for c in view.courses if c.code == "ZTGEO").status == "completed"
    with pytest.raises(rollover.RolloverRefused, match="already started"):
        rollover.start_school_year(db, YEAR)

    # undo: restore the backup taken first
    path = db.path
    assert path is not None
    db.dispose()
    backups.restore(path, result.backup)
    again = open_database(str(path))
    try:
        assert students.get_student(again, pks["R9"]).data.grade == 9
        assert not students.get_student(again, pks["R12"]).archived
        assert rollover.preview_rollover(again, YEAR).already_started is False
    finally:
        again.dispose()


def test_a_failure_leaves_every_student_where_they_were(db: Database,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    pks = _caseload(db)
    from counselor_app.domain import DataInfo

    real = DataInfo.__init__

    def broken(self: DataInfo, **kw: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(DataInfo, "__init__", broken)
    with pytest.raises(OSError):
        rollover.start_school_year(db, YEAR, backup=False)
    monkeypatch.setattr(DataInfo, "__init__", real)
    assert [students.get_student(db, pk).data.grade for pk in pks.values()] == [9, 10, 11, 12]
