"""Two copies of the app on one database: a plan comment, a district requirement set and
the settings are never silently written over another counselor's newer change."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from counselor_app.services import plan_comments, plans, students
from counselor_app.services import requirement_sets as sets
from counselor_app.services.concurrency import ConflictError
from counselor_app.services.settings import load_settings, save_settings
from counselor_app.services.students import StudentData
from counselor_app.store.engine import Database
from tests.approving import TEST_SET, add_test_set
from tests.catalog import add_test_catalog
from tests.two_copies import as_counselor


def _plan(db: Database) -> int:
    pk = students.create_student(db, StudentData("E1", "Eli", "Nakamura", 9,
                                                 dt.date.today().year + 4))
    return plans.create_plan(db, pk, "Main")


def _comment(db: Database, comment_id: int) -> plans.CommentView | None:
    return next((c for c in plans.load_plan(db, _plan_of(db, comment_id)).comments
                 if c.id == comment_id), None)


def _plan_of(db: Database, comment_id: int) -> int:
    from counselor_app.domain import PlanComment

    with db.read() as s:
        row = s.get(PlanComment, comment_id)
        assert row is not None
        return row.plan_id


def test_a_comment_edited_elsewhere_is_neither_replaced_nor_deleted(
        db: Database, other: Database) -> None:
    plan_id = _plan(db)
    cid = plans.add_comment(db, plan_id, "Ms. Rivera", "Call home Monday")
    as_counselor(other, "Mr. Okafor")
    plan_comments.edit_comment(other, cid, "Called home; call again Friday",
                               expect="Call home Monday")
    edited = _comment(db, cid)
    assert edited is not None and edited.edited_by == "Mr. Okafor" and edited.edited_at
    assert edited.author == "Ms. Rivera"  # the author stays
    with pytest.raises(ConflictError) as info:  # this window still shows the old text
        plan_comments.edit_comment(db, cid, "Call home Tuesday", expect="Call home Monday")
    assert info.value.change.by == "Mr. Okafor"
    assert info.value.change.fields == ("the comment",)
    with pytest.raises(ConflictError):
        plan_comments.delete_comment(db, cid, expect="Call home Monday")
    assert plan_comments.comment_text(db, cid) == "Called home; call again Friday"
    plan_comments.edit_comment(db, cid, "Call home Tuesday")  # Overwrite
    assert plan_comments.comment_text(other, cid) == "Call home Tuesday"


def test_a_comment_deleted_elsewhere_is_not_brought_back_by_an_edit(
        db: Database, other: Database) -> None:
    plan_id = _plan(db)
    cid = plans.add_comment(db, plan_id, "Ms. Rivera", "Ask about the summer course")
    plan_comments.delete_comment(other, cid, expect="Ask about the summer course")
    with pytest.raises(ConflictError) as info:
        plan_comments.edit_comment(db, cid, "Ask about it in May",
                                   expect="Ask about the summer course")
    assert info.value.change.gone
    assert "deleted this comment after you opened it" in str(info.value)
    plan_comments.delete_comment(db, cid, expect="Ask about the summer course")  # gone: ok
    assert plans.load_plan(db, plan_id).comments == ()


def test_a_deleted_comment_put_back_keeps_its_author_and_date(db: Database) -> None:
    plan_id = _plan(db)
    cid = plans.add_comment(db, plan_id, "Ms. Rivera", "First meeting")
    shown = plans.load_plan(db, plan_id).comments[0]
    plan_comments.delete_comment(db, cid, expect=shown.text)
    back = plan_comments.restore_comment(db, plan_id, shown.author, shown.created_at,
                                         shown.text)
    [again] = plans.load_plan(db, plan_id).comments
    assert (again.id, again.author, again.created_at, again.text) == (
        back, "Ms. Rivera", shown.created_at, "First meeting")


def _changed_set(name: str) -> dict[str, object]:
    return {**TEST_SET, "name": name}


def test_a_requirement_set_saved_elsewhere_is_not_replaced(
        db: Database, other: Database) -> None:
    add_test_catalog(db)
    add_test_set(db)
    code = str(TEST_SET["code"])
    opened = sets.set_version(db, code)  # this copy's editor opens the set
    as_counselor(other, "Mr. Okafor")
    sets.save_set(other, _changed_set("Their name"), expect_version=sets.set_version(other,
                                                                                   code))
    with pytest.raises(ConflictError) as info:
        sets.save_set(db, _changed_set("My name"), expect_version=opened)
    assert info.value.change.by == "Mr. Okafor"
    assert "Mr. Okafor changed the requirements of this requirement set" in str(info.value)
    assert sets.get_set_data(db, code)["name"] == "Their name"
    sets.save_set(db, _changed_set("My name"))  # Overwrite
    assert sets.get_set_data(other, code)["name"] == "My name"
    with pytest.raises(ConflictError):  # a "new" set whose code someone took meanwhile
        sets.save_set(db, _changed_set("Mine, new"), expect_version=None)


def test_settings_changed_elsewhere_merge_and_the_same_field_is_a_conflict(
        db: Database, other: Database) -> None:
    shown = load_settings(db)  # this copy's Settings dialog opens
    as_counselor(other, "Mr. Okafor")
    theirs = load_settings(other)
    save_settings(other, dataclasses.replace(theirs, school_name="Lincoln High"),
                  original=theirs)
    save_settings(db, dataclasses.replace(shown, paper_size="a4"), original=shown)
    now = load_settings(db)
    assert (now.school_name, now.paper_size) == ("Lincoln High", "a4")  # both kept
    with pytest.raises(ConflictError) as info:
        save_settings(db, dataclasses.replace(shown, school_name="Roosevelt High"),
                      original=shown)
    assert info.value.change.by == "Mr. Okafor"
    assert info.value.change.fields == ("school_name",)
    assert load_settings(db).school_name == "Lincoln High"
    save_settings(db, dataclasses.replace(shown, school_name="Roosevelt High"),
                  original=shown, overwrite=True)
    now = load_settings(other)
    assert (now.school_name, now.paper_size, now.counselor_name) == (
        "Roosevelt High", "a4", "Mr. Okafor")  # only the field changed here was written


def test_the_command_line_ends_a_conflict_with_one_line_and_exit_2(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A command that saves over another copy's newer change (here the set import, made
    to meet one) prints one line and exits 2, writing nothing."""
    import json

    from counselor_app.cli import main
    from counselor_app.services.concurrency import Change

    def refused(*_a: object, **_k: object) -> str:
        raise ConflictError("requirement set", Change("Mr. Okafor", dt.datetime(2026, 12, 1,
                                                                            9, 5),
                                                      ("the requirements",), 2))

    path = tmp_path / "set.json"
    path.write_text(json.dumps(TEST_SET), encoding="utf-8")
    monkeypatch.setattr(sets, "import_set_file", refused)
    assert db.path is not None
    assert main(["requirements", "import", str(path), "--db", str(db.path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["counselor-app: error: not saved: Mr. Okafor changed the requirements of "
                   "this requirement set at 09:05 after you opened it."]


def test_a_course_number_matched_elsewhere_keeps_their_match(
        db: Database, other: Database) -> None:
    from counselor_app.services import transcripts

    add_test_catalog(db)
    transcripts.match_course(other, "", "XALG", catalog_code="ZTGEO", by="Mr. Okafor")
    with pytest.raises(ConflictError) as info:  # this window listed it as unmatched
        transcripts.match_course(db, "", "XALG", catalog_code="ZTALG1", by="Ms. Rivera",
                                 unmatched=True)
    assert info.value.change.by == "Mr. Okafor"
    [theirs] = [m for m in transcripts.list_matches(db) if m.source_code == "XALG"]
    assert theirs.catalog_code == "ZTGEO"
    transcripts.match_course(db, "", "XALG", catalog_code="ZTALG1", by="Ms. Rivera")
    [mine] = [m for m in transcripts.list_matches(db) if m.source_code == "XALG"]
    assert (mine.catalog_code, mine.decided_by) == ("ZTALG1", "Ms. Rivera")
