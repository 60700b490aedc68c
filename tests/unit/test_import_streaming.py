"""Large student imports stream: chunks checked and written in turn inside one
transaction, a preview that keeps counts and the first rows, re-imports matched in bulk.

The chunk size is made tiny here so that a few dozen rows cross many chunk boundaries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from counselor_app.domain import Student
from counselor_app.services import students as student_service
from counselor_app.services.backups import list_backups
from counselor_app.services.imports import (
    ImportRefused,
    apply_import,
    preview_import,
)
from counselor_app.services.imports import students as student_import
from counselor_app.services.imports.model import Kept
from counselor_app.services.imports.student_writes import (
    StoredStudents,
    StudentsChanged,
    update_students,
    zero_forms,
)
from counselor_app.store.engine import Database

YEAR = dt.date.today().year
HEADER = "Student ID,Last Name,First Name,Grade,Graduation Year,Counselor\n"
CHUNK = 7


@pytest.fixture(autouse=True)
def tiny_chunks(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(student_import, "CHUNK", CHUNK)
    yield


def roster(tmp_path: Path, rows: list[str], name: str = "roster.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def row(i: int, grade: int = 9, last: str = "Rivera", counselor: str = "Ms. Chen") -> str:
    return f"S{i:04d},{last},Ana{i},{grade},{YEAR + 12 - grade},{counselor}"


def stored(db: Database) -> dict[str, tuple[str, str, int, int]]:
    with db.read() as s:
        return {st.student_id: (st.last_name, st.first_name, st.grade, st.row_version)
                for st in s.scalars(select(Student))}


def test_chunked_import_adds_then_changes_nothing_then_updates_only_what_changed(
        db: Database, tmp_path: Path) -> None:
    n = CHUNK * 6 + 3  # several full chunks and a partial one
    path = roster(tmp_path, [row(i) for i in range(n)])
    preview = preview_import(db, "students", path)
    assert (len(preview.to_add), len(preview.to_update), len(preview.errors)) == (n, 0, 0)
    assert [item.row for item in preview.to_add] == list(range(2, n + 2))
    result = apply_import(db, "students", path, backup=False)
    assert (result.added, result.updated, result.unchanged) == (n, 0, 0)
    assert len(stored(db)) == n

    again = apply_import(db, "students", path, backup=False)  # matched on student ID
    assert (again.added, again.updated, again.unchanged) == (0, 0, n)

    changed = {0, CHUNK - 1, CHUNK, 2 * CHUNK + 1, n - 1}  # on and around chunk edges
    lines = [row(i, grade=10 if i in changed else 9) for i in range(n)]
    path2 = roster(tmp_path, lines, "changed.csv")
    check = preview_import(db, "students", path2)
    assert sorted(item.key for item in check.to_update) == sorted(f"S{i:04d}" for i in changed)
    assert all(item.changes == ("grade", "graduation_year") for item in check.to_update)
    update = apply_import(db, "students", path2, backup=False)
    assert (update.added, update.updated, update.unchanged) == (0, len(changed), n - len(changed))
    after = stored(db)
    for i in range(n):
        grade, version = after[f"S{i:04d}"][2:]
        assert (grade, version) == ((10, 2) if i in changed else (9, 1))


def test_a_duplicate_in_a_later_chunk_names_both_rows(db: Database, tmp_path: Path) -> None:
    lines = [row(i) for i in range(CHUNK * 3)]
    lines[CHUNK * 2 + 2] = row(1, last="Again")  # row number 2 + index
    path = roster(tmp_path, lines)
    preview = preview_import(db, "students", path)
    assert [str(e) for e in preview.errors] == [
        f"roster.csv, row {CHUNK * 2 + 4}, column \"Student ID\": student ID S0001 appears "
        "again (first on row 3)"]


def test_an_error_after_the_first_chunks_rolls_everything_back(db: Database,
                                                               tmp_path: Path) -> None:
    apply_import(db, "students", roster(tmp_path, [row(0)], "first.csv"), backup=False)
    before = stored(db)
    lines = [row(i, grade=11) for i in range(CHUNK * 5)]
    bad = CHUNK * 4 + 1
    lines[bad] = f"S{bad:04d},Rivera,Ana,15,{YEAR + 3},Ms. Chen"
    path = roster(tmp_path, lines)
    with pytest.raises(ImportRefused) as info:
        apply_import(db, "students", path)
    assert [(e.file, e.row, e.column) for e in info.value.preview.errors] == [
        ("roster.csv", bad + 2, "Grade")]
    assert stored(db) == before  # the chunks written before the error are gone
    assert db.path is not None
    assert not [b for b in list_backups(db.path) if b.kind == "before-import"]


def test_a_broken_end_of_file_rolls_back_the_chunks_before_it(db: Database,
                                                              tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    body = "".join(row(i) + "\n" for i in range(CHUNK * 4))
    path.write_text(HEADER + body + "S9999," + "x" * 200_000 + "\n", encoding="utf-8")
    preview = preview_import(db, "students", path)
    assert [(e.row, e.reason.split(" (")[0]) for e in preview.errors] == [
        (CHUNK * 4 + 2, "cannot be read past this row")]
    assert not preview.good_rows_possible
    with pytest.raises(ImportRefused):
        apply_import(db, "students", path, backup=False)
    assert stored(db) == {}


def test_good_rows_import_goes_on_past_errors_in_later_chunks(db: Database,
                                                              tmp_path: Path) -> None:
    lines = [row(i) for i in range(CHUNK * 4)]
    for i in (CHUNK + 1, CHUNK * 3):
        lines[i] = f"S{i:04d},,Ana,9,{YEAR + 3},Ms. Chen"  # no last name
    path = roster(tmp_path, lines)
    result = apply_import(db, "students", path, backup=False, good_rows=True)
    assert (result.added, result.rejected) == (CHUNK * 4 - 2, 2)
    assert result.rejects_file is not None
    rejected = result.rejects_file.read_text(encoding="utf-8").splitlines()
    assert [line.split(",")[0] for line in rejected[1:]] == [str(CHUNK + 3), str(CHUNK * 3 + 2)]
    assert rejected[1].endswith("Last Name: is empty; a value is required")
    assert len(stored(db)) == CHUNK * 4 - 2
    assert not list(tmp_path.glob("*.part"))


def test_rejected_rows_are_written_out_chunk_by_chunk_and_only_on_commit(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from counselor_app.services.imports.rejects import RejectsFile

    handed: list[int] = []
    write = RejectsFile.write

    def counting(self: RejectsFile, records: list[Any]) -> None:
        handed.append(len(records))
        write(self, records)

    monkeypatch.setattr(RejectsFile, "write", counting)
    lines = [f"S{i:04d},,Ana,9,{YEAR + 3},Ms. Chen" if i % 2 else row(i)
             for i in range(CHUNK * 6)]
    result = apply_import(db, "students", roster(tmp_path, lines), backup=False,
                          good_rows=True)
    assert result.rejected == CHUNK * 3 and sum(handed) == CHUNK * 3
    assert max(handed) <= CHUNK  # never the whole file's rejected rows at once
    # a file error refuses the whole import: no file of rejected rows is left behind
    broken = tmp_path / "broken.csv"
    broken.write_text(HEADER + "".join(line + "\n" for line in lines) + "S9999,"
                      + "x" * 200_000 + "\n", encoding="utf-8")  # over the csv cell limit
    with pytest.raises(ImportRefused):
        apply_import(db, "students", broken, backup=False, good_rows=True)
    assert [p.name for p in tmp_path.iterdir() if "broken" in p.name] == ["broken.csv"]


def test_a_cancelled_import_writes_nothing(db: Database, tmp_path: Path) -> None:
    path = roster(tmp_path, [row(i) for i in range(CHUNK * 5)])
    seen: list[tuple[int, int]] = []

    class Stop(Exception):
        pass

    def progress(done: int, total: int, message: str) -> None:
        seen.append((done, total))
        if len(seen) == 4:  # a few chunks in
            raise Stop()

    with pytest.raises(Stop):
        apply_import(db, "students", path, backup=False, progress=progress)
    assert stored(db) == {}
    steps = [done for done, total in seen if total == 1000]
    assert steps == sorted(steps) and steps  # per mille of the file, never backwards


def test_preview_of_a_large_file_holds_the_first_rows_and_counts_the_rest(
        db: Database, tmp_path: Path) -> None:
    keep = Kept[object]().keep
    n = keep * 2 + 50
    lines = [row(i) for i in range(n)]
    for i in range(0, n, 2):  # every other row has an error
        lines[i] = f"S{i:04d},Rivera,Ana,4b,{YEAR + 3},Ms. Chen"
    path = roster(tmp_path, lines)
    preview = preview_import(db, "students", path)
    assert len(preview.to_add) == n // 2 and len(preview.errors) == n // 2
    for items in (preview.to_add, preview.errors):  # what the object holds: the first ones
        assert list.__len__(items) == keep
    assert [item.row for item in preview.to_add][:3] == [3, 5, 7]
    lines_out = preview.report_lines(limit=10)
    assert f"add: ... and {n // 2 - 10} more" in lines_out
    assert f"error: ... and {n // 2 - keep} more" in lines_out


def test_leading_zeros_are_checked_against_stored_ids_across_chunks(
        db: Database, tmp_path: Path) -> None:
    apply_import(db, "students", roster(tmp_path, [f"000123,Rivera,Ana,9,{YEAR + 3},X"],
                                        "stored.csv"), backup=False)
    lines = [f"{5000 + i},Chen,Li,9,{YEAR + 3},X" for i in range(CHUNK * 2)]
    lines.append(f"123,Rivera,Ana,9,{YEAR + 3},X")  # the stored student without zeros
    lines.insert(1, f"0777,Okafor,Ada,9,{YEAR + 3},X")  # new, and again below without zero
    lines.append(f"777,Okafor,Ada,9,{YEAR + 3},X")
    path = roster(tmp_path, lines)
    preview = preview_import(db, "students", path)
    assert [(e.column, e.reason.split(":")[0]) for e in preview.errors] == [
        ("Student ID", "student ID 123 is not in the planner, but 000123 is")]
    result = apply_import(db, "students", path, backup=False, good_rows=True)
    assert result.added == len(preview.to_add)  # applying agrees with the preview
    assert {"0777", "777"} <= set(stored(db))
    assert zero_forms("123", [3, 6]) == ["000123"]
    assert zero_forms("000123", [3, 6]) == ["123"]


def test_an_imported_change_bumps_the_version_a_form_holds(db: Database,
                                                           tmp_path: Path) -> None:
    apply_import(db, "students", roster(tmp_path, [row(1)], "a.csv"), backup=False)
    pk = student_service.find_student(db, "S0001")
    assert pk is not None
    with db.read() as s:
        before = s.scalar(select(Student.row_version).where(Student.student_id == "S0001"))
    apply_import(db, "students", roster(tmp_path, [row(1, grade=10, last="Chen")], "b.csv"),
                 backup=False)
    with db.read() as s:
        st = s.scalar(select(Student).where(Student.student_id == "S0001"))
        assert st is not None
        assert (st.row_version, st.last_name, st.grade) == ((before or 0) + 1, "Chen", 10)
        assert st.name_folded == "ana1 chen s0001"

    # a row changed by someone else between the lookup and the write is never overwritten
    with db.transaction() as s:
        old = StoredStudents(s).existing(["S0001"])["S0001"]
        s.execute(Student.__table__.update().values(row_version=old.row_version + 1))
        with pytest.raises(StudentsChanged):
            update_students(s, [(old, {"grade": 11})], dt.datetime.now())


def test_drivers_with_named_parameters_write_through_sqlalchemy(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from counselor_app.services.imports import student_writes

    monkeypatch.setattr(student_writes, "_MARKS", {})  # as if no positional markers
    path = roster(tmp_path, [row(i) for i in range(CHUNK * 2)])
    assert apply_import(db, "students", path, backup=False).added == CHUNK * 2
    changed = roster(tmp_path, [row(i, grade=10) for i in range(CHUNK * 2)], "b.csv")
    assert apply_import(db, "students", changed, backup=False).updated == CHUNK * 2
    assert {v[2:] for v in stored(db).values()} == {(10, 2)}


def test_sqlite_without_json_each_uses_in_lists(db: Database, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from counselor_app.services.imports import bulk, seen

    monkeypatch.setattr(bulk, "sqlite_has_json", lambda: False)
    monkeypatch.setattr(seen, "sqlite_has_json", lambda: False)
    monkeypatch.setattr(seen, "_IN_LIST", 3)
    lines = [row(i) for i in range(CHUNK * 3)]
    lines.append(row(CHUNK + 1, last="Again"))
    path = roster(tmp_path, lines)
    preview = preview_import(db, "students", path)
    assert [e.reason for e in preview.errors] == [
        f"student ID S{CHUNK + 1:04d} appears again (first on row {CHUNK + 3})"]
    result = apply_import(db, "students", path, backup=False, good_rows=True)
    assert (result.added, result.rejected) == (CHUNK * 3, 1)
    again = apply_import(db, "students", roster(tmp_path, lines[:-1], "b.csv"), backup=False)
    assert again.unchanged == CHUNK * 3


def test_seen_ids_live_in_a_scratch_database_not_in_memory() -> None:
    from counselor_app.services.imports.seen import SeenKeys

    with SeenKeys() as seen:
        seen.add((f"{i:07d}", i + 2) for i in range(50_000))
        seen.add([("0000001", 99)])  # the first row is kept
        assert seen.rows(["0000001", "0049999", "x"]) == {"0000001": 3, "0049999": 50_001}
