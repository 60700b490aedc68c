"""Batch printing on a process pool gives what one process gives, and stops cleanly."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import event

from counselor_app.domain import Student, TranscriptEntry
from counselor_app.reports.pdf_merge import join_pdfs
from counselor_app.reports.render import render_many
from counselor_app.services.audit_exceptions import add_exception
from counselor_app.services.batch_export import BatchFailed, batch_export, cut_chunks
from counselor_app.services.plans import active_plan_id, update_plan_fields
from counselor_app.services.report_bulk import build_batch_reports
from counselor_app.services.report_data import student_reports
from counselor_app.services.settings import Settings
from counselor_app.services.students import StudentData, update_student
from counselor_app.store.engine import Database
from tests.pdf_data import NAMES, NORMAL_PLAN, TODAY, make_plan, make_student, seed_catalog


@pytest.fixture
def catalog(db: Database) -> Settings:
    return seed_catalog(db)


def _students(db: Database, n: int) -> list[int]:
    pks = []
    for i in range(n):
        first, last = NAMES[i % len(NAMES)]
        pk = make_student(db, first, last, f"P{i:03d}", grade=9 + i % 4)
        if i % 6 != 5:  # some students have no plan yet
            make_plan(db, pk, NORMAL_PLAN[: 4 + i % 25], goals=i % 2 == 0)
        pks.append(pk)
    return pks


def _records(db: Database, pks: list[int]) -> None:
    """Transcripts, an exception, a family language and a career goal on some students."""
    now = dt.datetime(2026, 1, 5, 9, 0)
    with db.transaction() as s:
        for pk in pks[:4]:
            s.add(TranscriptEntry(student_pk=pk, source_code="PDFT-ENG9", course_code="PDFT-ENG9",
                                  title="English 9", level=9, school_year=2024, mark="B+",
                                  credits_earned=1.0, created_at=now, updated_at=now))
            s.add(TranscriptEntry(student_pk=pk, source_code="XFER-101", course_code=None,
                                  title="Transfer Art", level=9, school_year=2024, mark="A",
                                  credits_earned=0.5, transfer=True, created_at=now,
                                  updated_at=now))
    plan = active_plan_id(db, pks[1])
    assert plan is not None
    add_exception(db, plan, kind="waiver", set_code="pdf-test", requirement="fine-arts",
                  by="Ms. Rivera", on=dt.date(2026, 1, 6), reason="Medical")
    update_plan_fields(db, plan, career_goal_soc="47-2111.00")
    update_student(db, pks[2], StudentData("P002", "Zofia", "Łukasiewicz", 11, 2027,
                                           family_language="es"))


def _content(data: bytes | Path) -> dict[str, Any]:
    """What a reader sees: each page's text, the bookmarks (level, title, page), the
    title and language."""
    reader = PdfReader(io.BytesIO(data) if isinstance(data, bytes) else str(data))

    def walk(items: list[Any], level: int = 0) -> list[tuple[int, str, int]]:
        out: list[tuple[int, str, int]] = []
        for item in items:
            if isinstance(item, list):
                out += walk(item, level + 1)
            else:
                out.append((level, item.title, reader.get_destination_page_number(item)))
        return out

    return {"pages": [page.extract_text() for page in reader.pages],
            "bookmarks": walk(reader.outline),
            "title": reader.metadata.title if reader.metadata else None,
            "language": reader.trailer["/Root"].get("/Lang")}


def _one_process(db: Database, pks: list[int], settings: Settings, skip: bool) -> bytes:
    reports = [r for pk in pks for r in student_reports(db, pk, settings, TODAY)
               if r.has_plan or not skip]
    buffer = io.BytesIO()
    render_many(reports, buffer)
    return buffer.getvalue()


def test_joined_parts_read_like_one_document(db: Database, catalog: Settings) -> None:
    pks = _students(db, 7)
    reports = [r for pk in pks for r in student_reports(db, pk, catalog, TODAY)]
    parts = []
    for piece in (reports[:3], reports[3:4], reports[4:]):
        buffer = io.BytesIO()
        render_many(piece, buffer)
        parts.append(buffer.getvalue())
    joined = io.BytesIO()
    assert join_pdfs(parts, joined) == sum(len(PdfReader(io.BytesIO(p)).pages) for p in parts)
    whole = _content(_one_process(db, pks, catalog, skip=False))
    content = _content(joined.getvalue())
    assert content == whole
    assert [b[1] for b in content["bookmarks"] if b[0] == 0] == \
        [r.student.full_name for r in reports]  # a bookmark per student, sections below
    assert any(b[0] == 1 for b in content["bookmarks"])
    with pytest.raises(ValueError):
        join_pdfs([b"%PDF-1.4 not really"], io.BytesIO())


def test_reports_read_in_bulk_are_the_reports_read_one_by_one(
        db: Database, catalog: Settings) -> None:
    pks = _students(db, 14)
    _records(db, pks)
    queries: list[str] = []
    event.listen(db.engine, "before_cursor_execute",
                 lambda conn, cursor, statement, *a: queries.append(statement))
    for language, bilingual in ((None, False), ("es", True)):
        queries.clear()
        bulk = build_batch_reports(db, [*pks, 987654], catalog, TODAY, language=language,
                                   bilingual=bilingual)
        in_bulk = len(queries)
        assert 987654 not in bulk  # deleted meanwhile: left out
        for pk in pks:
            assert bulk[pk].reports == tuple(student_reports(
                db, pk, catalog, TODAY, language=language, bilingual=bilingual))
        queries.clear()
        build_batch_reports(db, pks[:3], catalog, TODAY, language=language,
                            bilingual=bilingual)
        assert len(queries) == in_bulk  # the same queries for 3 students as for 15
    assert bulk[pks[2]].reports[0].language == "es"
    assert [r.language for r in bulk[pks[0]].reports] == ["es", "en"]


@pytest.mark.slow
def test_pool_gives_what_one_process_gives(db: Database, catalog: Settings,
                                           tmp_path: Path) -> None:
    pks = _students(db, 22)
    assert len(cut_chunks(pks, 2)) > 2  # several chunks, so both workers print
    calls: list[tuple[int, int, str]] = []
    target = tmp_path / "all.pdf"
    result = batch_export(db, pks, target, True, lambda *a: calls.append(a), today=TODAY,
                          workers=2)
    assert result.plans == len(pks) - len(result.without_plan) and len(result.without_plan) == 3
    assert [c[0] for c in calls] == list(range(1, 23))  # every student, in order
    from counselor_app.services.batch_order import batch_order

    in_name_order = batch_order(db, pks, None, "particle")  # a batch prints in name order
    assert _content(target) == _content(_one_process(db, in_name_order, catalog, skip=True))

    single = batch_export(db, pks, tmp_path / "one", False, today=TODAY, workers=1)
    pooled = batch_export(db, pks, tmp_path / "many", False, today=TODAY, workers=2)
    assert [p.name for p in pooled.files] == [p.name for p in single.files]
    for a, b in zip(single.files, pooled.files, strict=True):
        assert _content(a) == _content(b)


@pytest.mark.slow
def test_a_student_that_cannot_be_printed_is_named_and_nothing_is_left(
        db: Database, catalog: Settings, tmp_path: Path) -> None:
    pks = _students(db, 20)
    with db.transaction() as s:  # e.g. written by another program: no validation
        s.get(Student, pks[13]).last_name = "Overlong " * 2000
    out = tmp_path / "out"
    out.mkdir()
    for combined, target in ((True, out / "all.pdf"), (False, out / "folder")):
        with pytest.raises(BatchFailed) as failed:
            batch_export(db, pks, target, combined, today=TODAY, workers=2)
        message = str(failed.value)
        assert "ID P013" in message and "too large to fit on a page" in message
        assert "Traceback" not in message and len(message) < 300
    assert [p.name for p in out.iterdir()] == ["folder"]  # no combined file, no temp file
    written = list((out / "folder").iterdir())
    assert all(p.suffix == ".pdf" and PdfReader(str(p)).pages for p in written)
    assert not any("P013" in p.name for p in written)


@pytest.mark.slow
def test_stopping_stops_the_pool_and_leaves_no_file(db: Database, catalog: Settings,
                                                    tmp_path: Path) -> None:
    pks = _students(db, 24)

    class Stop(Exception):
        pass

    def stop_after_first(done: int, total: int, message: str) -> None:
        raise Stop

    out = tmp_path / "out"
    target = out / "all.pdf"
    with pytest.raises(Stop):
        batch_export(db, pks, target, True, stop_after_first, today=TODAY, workers=2)
    asked = 0

    def stop_at_once() -> None:
        nonlocal asked
        asked += 1
        raise Stop

    with pytest.raises(Stop):
        batch_export(db, pks, out / "folder", False, today=TODAY, workers=2,
                     stop=stop_at_once)
    assert asked == 1
    assert not target.exists() and not any((out / "folder").iterdir())
    assert [p.name for p in out.iterdir()] == ["folder"]  # no temporary file either


def test_a_stopped_worker_leaves_its_chunk_before_the_next_student(
        db: Database, catalog: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """Stopping never kills a worker that may be sending its answer (the pool's thread
    would wait for the rest of it for ever): the worker sees the flag and answers."""
    import threading

    from counselor_app.services import batch_worker
    from counselor_app.services.batch_worker import ChunkTask, print_chunk_in_worker

    pks = _students(db, 4)
    flag = threading.Event()
    monkeypatch.setattr(batch_worker, "_worker_db", db)
    monkeypatch.setattr(batch_worker, "_stopping", flag)
    task = ChunkTask(3, tuple(pks), True, catalog, TODAY)
    drawn: list[int] = []
    real = batch_worker.render_many

    def render_then_stop(reports: Any, out: Any, on_report: Any = None) -> None:
        def on_each(i: int) -> None:
            drawn.append(i)
            on_report(i)
            flag.set()  # stopped while the first plan is laid out
        real(reports, out, on_each)

    monkeypatch.setattr(batch_worker, "render_many", render_then_stop)
    result = print_chunk_in_worker(task)
    assert result.stopped and result.index == 3 and not result.pdf and not result.error
    assert drawn == [0, 1]  # the second plan was not laid out
    result = print_chunk_in_worker(ChunkTask(4, tuple(pks), False, catalog, TODAY))
    assert result.stopped and not result.students  # a stopped batch starts no chunk


@pytest.mark.slow
@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_workers_started_either_way_print_the_same(db: Database, catalog: Settings,
                                                   tmp_path: Path, method: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line forks its workers (they start with its imports), the GUI spawns
    them: both print exactly what one process prints, and the parent's database still
    works after a fork."""
    from counselor_app.services import batch_export as module

    monkeypatch.setattr(module, "start_method", lambda: method)
    pks = _students(db, 12)
    target = tmp_path / f"{method}.pdf"
    result = batch_export(db, pks, target, True, today=TODAY, workers=2)
    assert result.plans == 10
    from counselor_app.services.batch_order import batch_order

    in_name_order = batch_order(db, pks, None, "particle")
    assert _content(target) == _content(_one_process(db, in_name_order, catalog, skip=True))


def test_only_a_single_threaded_process_without_qt_forks_its_workers(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import threading

    from counselor_app.services.batch_export import start_method

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    monkeypatch.delitem(sys.modules, "PySide6.QtCore", raising=False)
    assert start_method() == "fork"
    monkeypatch.setitem(sys.modules, "PySide6.QtCore", object())  # the GUI
    assert start_method() == "spawn"
    monkeypatch.delitem(sys.modules, "PySide6.QtCore")
    monkeypatch.setattr(threading, "active_count", lambda: 2)  # another thread running
    assert start_method() == "spawn"
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    for other in ("darwin", "win32"):
        monkeypatch.setattr(sys, "platform", other)
        assert start_method() == "spawn"


@pytest.mark.parametrize(("students", "workers", "chunks", "sizes"), [
    (400, 2, 14, {28, 29}),  # not 13 of 32: one worker would print the last alone
    (400, 1, 13, {30, 31}),
    (400, 3, 15, {26, 27}),
    (22, 2, 8, {2, 3}),  # a small batch: several chunks a worker
    (3, 2, 3, {1}),
    (1, 4, 1, {1}),
])
def test_chunks_share_the_batch_evenly_between_the_workers(
        students: int, workers: int, chunks: int, sizes: set[int]) -> None:
    cut = cut_chunks(list(range(students)), workers)
    assert len(cut) == chunks and {len(c) for c in cut} == sizes
    assert [pk for chunk in cut for pk in chunk] == list(range(students))  # in order, once
