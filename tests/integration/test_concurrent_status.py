"""Two copies of the app (real processes) on one database: marking the same plans'
status or editing the same comments at once never silently replaces the other's
change, an approval never records a plan the approving counselor did not see while
another copy adds courses, and changes to different settings are both kept.
The same checks run on PostgreSQL (tests/integration/test_postgres.py)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from counselor_app.store.bootstrap import open_database
from counselor_app.store.engine import Database

ENV = {**os.environ, "COUNSELOR_APP_NO_LOG_FILE": "1"}
WORKER = r"""
import dataclasses, hashlib, json, sys, time
from pathlib import Path
from counselor_app.services import plans, versions
from counselor_app.services.concurrency import ConflictError, PlanChangedError
from counselor_app.services.settings import load_settings
from counselor_app.store.bootstrap import open_database
db = open_database(sys.argv[1], seed=False)
go, mode, who = Path(sys.argv[2]), sys.argv[3], sys.argv[4]
ids = [int(x) for x in sys.argv[5].split(",")]
settings = dataclasses.replace(load_settings(db), counselor_name=who)
while not go.exists():
    time.sleep(0.005)
if mode == "status":  # what this copy's editor shows, then its status choice
    for pid in ids:
        shown = plans.load_plan(db, pid)
        time.sleep(0.002)
        try:
            plans.set_plan_status(db, pid, "reviewed" if shown.status == "draft" else "draft",
                                  who, expect={"status": shown.status,
                                               "status_at": shown.status_at})
            print(pid, "ok", shown.status_by or "-", flush=True)
        except ConflictError:
            print(pid, "conflict", shown.status_by or "-", flush=True)
elif mode == "approve":
    for pid in ids:
        shown = plans.load_plan(db, pid)
        seen = hashlib.sha256(json.dumps(versions.snapshot(shown), sort_keys=True)
                              .encode()).hexdigest()
        problems = versions.check_approval(db, pid, settings).problems
        try:
            v = versions.approve_plan(db, pid, acknowledged=problems, settings=settings,
                                      seen=shown)
            print(pid, "ok", v.id, seen, flush=True)
        except (PlanChangedError, versions.ApprovalRefused):
            print(pid, "conflict", 0, seen, flush=True)
    Path(sys.argv[2] + ".done").touch()
elif mode == "comment":  # edit the comments this copy shows
    from counselor_app.services import plan_comments
    for cid in ids:
        shown = plan_comments.comment_text(db, cid)
        time.sleep(0.002)
        try:
            plan_comments.edit_comment(db, cid, f"{who} edit", expect=shown)
            print(cid, "ok", shown.split()[0], flush=True)
        except ConflictError:
            print(cid, "conflict", shown.split()[0], flush=True)
elif mode == "move":  # move the planned courses this copy shows to its own grade
    names = {11: "Alpha", 12: "Beta"}
    for pc in ids:
        shown = plans.course_field_values(db, pc, ("level",))["level"]
        time.sleep(0.002)
        try:
            plans.move_course(db, pc, 11 if who == "Alpha" else 12, expect=shown)
            print(pc, "ok", names.get(shown, "-"), flush=True)
        except ConflictError:
            print(pc, "conflict", names.get(shown, "-"), flush=True)
elif mode == "notes":  # the notes for the family this copy shows, replaced by its own
    for pid in ids:
        shown = plans.plan_field_values(db, pid, ("family_notes",))["family_notes"] or "-"
        time.sleep(0.002)
        try:
            plans.update_plan_fields(db, pid, expect={"family_notes": shown.strip("-")},
                                     family_notes=f"{who} note")
            print(pid, "ok", shown.split()[0], flush=True)
        except ConflictError:
            print(pid, "conflict", shown.split()[0], flush=True)
elif mode == "settings":  # each copy changes its own field, 30 times
    from counselor_app.services.settings import save_settings
    field = "school_name" if who == "Alpha" else "counselor_phone"
    for i in range(30):
        shown = load_settings(db)
        save_settings(db, dataclasses.replace(shown, **{field: f"{who} {i}"}), original=shown)
        print(i, "ok", flush=True)
else:  # "add": keeps adding and removing a course until the approver is done
    while not Path(sys.argv[2] + ".done").exists():
        for pid in ids:
            pc = plans.add_course(db, pid, "ZTART", 11)
            time.sleep(0.01)
            plans.remove_course(db, pc)
db.dispose()
"""


def make_plans(db: Database, n: int) -> list[int]:
    from counselor_app.services import plans, students
    from tests.approving import add_test_set
    from tests.catalog import PROGRAM, add_test_catalog

    add_test_catalog(db)
    add_test_set(db)
    year = dt.date.today().year + 3
    return [plans.create_plan(db, students.create_student(db, students.StudentData(
        f"R{i:03}", "Race", "Status", 9, year)), "Main", PROGRAM) for i in range(n)]


def run_workers(url: str, go: Path, jobs: list[tuple[str, str]], ids: list[int]
                ) -> list[list[list[str]]]:
    """Start one worker per (mode, counselor) on ``ids``; their output lines, split."""
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, url, str(go), mode, who,
                               ",".join(map(str, ids))], env=ENV, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for mode, who in jobs]
    time.sleep(1.5)  # all have opened the database and wait for the signal
    go.touch()
    out = []
    for proc in procs:
        stdout, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
        out.append([line.split() for line in stdout.splitlines()])
    return out


def _check_pairs(a: list[list[str]], b: list[list[str]], final: Callable[[int], str]) -> int:
    """Two copies saved the same records (lines: id, ok | conflict, whose value the copy
    saw): per record at least one saved, both only when the later one had seen the
    earlier one's value, and the value there is the last saver's. Returns the conflicts."""
    by_id = {int(r[0]): [r] for r in a}
    for r in b:
        by_id[int(r[0])].append(r)
    conflicts = 0
    for pk, (ra, rb) in by_id.items():
        won = [r for r in (ra, rb) if r[1] == "ok"]
        assert won, pk  # the first to save always saves
        conflicts += 2 - len(won)
        if len(won) == 2:  # the later writer saw the earlier one's value
            assert {ra[2], rb[2]} & {"Alpha", "Beta"}, (pk, ra, rb)
            assert final(pk) in ("Alpha", "Beta")
        else:  # the one that saved is the one whose value is there
            assert final(pk) == ("Alpha" if won[0] is ra else "Beta"), (pk, ra, rb)
    return conflicts


def check_status_race(url: str, db: Database, go: Path, ids: list[int]) -> int:
    """Two copies mark the same plans' status at once. Returns the conflicts seen."""
    from counselor_app.services import plans

    a, b = run_workers(url, go, [("status", "Alpha"), ("status", "Beta")], ids)
    return _check_pairs(a, b, lambda pid: plans.load_plan(db, pid).status_by)


def check_comment_race(url: str, db: Database, go: Path, ids: list[int]) -> int:
    """Two copies edit the same comments at once. Returns the conflicts seen."""
    from counselor_app.services import plan_comments, plans

    comment_ids = [plans.add_comment(db, pid, "Init", "Initial comment") for pid in ids]
    a, b = run_workers(url, go, [("comment", "Alpha"), ("comment", "Beta")], comment_ids)
    return _check_pairs(a, b, lambda cid: plan_comments.comment_text(db, cid).split()[0])


def check_move_race(url: str, db: Database, go: Path, ids: list[int]) -> int:
    """Two copies move the same planned courses at once. Returns the conflicts seen."""
    from counselor_app.services import plans

    courses = [plans.add_course(db, pid, "ZTART", 10) for pid in ids]
    a, b = run_workers(url, go, [("move", "Alpha"), ("move", "Beta")], courses)
    names = {11: "Alpha", 12: "Beta"}
    return _check_pairs(a, b, lambda pc: names[int(plans.course_field_values(
        db, pc, ("level",))["level"])])


def check_notes_race(url: str, db: Database, go: Path, ids: list[int]) -> int:
    """Two copies replace the same plans' notes for the family at once. Returns the
    conflicts seen."""
    from counselor_app.services import plans

    a, b = run_workers(url, go, [("notes", "Alpha"), ("notes", "Beta")], ids)
    return _check_pairs(a, b, lambda pid: str(plans.plan_field_values(
        db, pid, ("family_notes",))["family_notes"]).split()[0])


def check_settings_race(url: str, db: Database, go: Path) -> None:
    """Two copies change different settings 30 times each: neither change is lost."""
    from counselor_app.services.settings import load_settings

    run_workers(url, go, [("settings", "Alpha"), ("settings", "Beta")], [0])
    now = load_settings(db)
    assert (now.school_name, now.counselor_phone) == ("Alpha 29", "Beta 29")


def check_approval_race(url: str, db: Database, go: Path, ids: list[int]) -> int:
    """An approver and a copy that adds courses: every recorded version is exactly the
    plan the approver saw. Returns the refused approvals."""
    from counselor_app.services import versions

    approver, _ = run_workers(url, go, [("approve", "Alpha"), ("add", "Beta")], ids)
    refused = 0
    for pid, result, version_id, seen in approver:
        if result != "ok":
            refused += 1
            continue
        snap = versions.version_snapshot(db, int(version_id))
        stored = {k: v for k, v in snap.items()
                  if k not in ("audit", "number", "approved_by", "approved_at")}
        digest = hashlib.sha256(json.dumps(stored, sort_keys=True).encode()).hexdigest()
        assert digest == seen, pid  # approved exactly what was seen
    assert len(approver) == len(ids)
    return refused


@pytest.mark.slow
def test_two_copies_marking_status_approving_and_editing_never_overwrite_unseen(
        tmp_path: Path) -> None:
    path = tmp_path / "status.db"
    db = open_database(str(path))
    ids = make_plans(db, 60)
    conflicts = check_status_race(str(path), db, tmp_path / "go-status", ids)
    refused = check_approval_race(str(path), db, tmp_path / "go-approve", ids[:12])
    comments = check_comment_race(str(path), db, tmp_path / "go-comment", ids)
    moves = check_move_race(str(path), db, tmp_path / "go-move", ids)
    notes = check_notes_race(str(path), db, tmp_path / "go-notes", ids)
    check_settings_race(str(path), db, tmp_path / "go-settings")
    db.dispose()
    print(f"status race: {conflicts} conflicts of {2 * len(ids)} saves; "
          f"approvals refused while courses changed: {refused} of 12; "
          f"comment race: {comments} conflicts of {2 * len(ids)} edits; "
          f"move race: {moves} conflicts of {2 * len(ids)} moves; "
          f"notes race: {notes} conflicts of {2 * len(ids)} saves")
