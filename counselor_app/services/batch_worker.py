"""What one batch-printing worker does: build and render the plans of a few students.

A batch is cut into chunks of a few students. Each chunk is built from the database (in
bulk, see ``report_bulk``) and rendered: in one PDF for a combined file (the parent
joins the chunks' PDFs), or one PDF per student for a folder. The same function runs in
a worker process of the pool (``init_worker`` opens the database and registers the fonts
once per process) or in the calling process for a small batch.

Nothing here writes a file: the parent writes every file atomically, so stopping a
worker can never leave half a file behind.
"""

from __future__ import annotations

import datetime as dt
import gc
import io
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.platypus.doctemplate import LayoutError

from counselor_app.messages import exception_text, msg
from counselor_app.reports.model import PlanReport
from counselor_app.reports.printable import Unprintable, check_report
from counselor_app.reports.render import render_many
from counselor_app.services.report_bulk import StudentCopies, build_batch_reports
from counselor_app.services.settings import Settings
from counselor_app.store.engine import Database

log = logging.getLogger(__name__)

# a student without a plan is skipped (WITHOUT_PLAN), or printed as a blank planning
# sheet (BLANK_SHEET) when the counselor asks: never counted as a plan
PRINTED, MISSING, WITHOUT_PLAN, BLANK_SHEET = "printed", "missing", "without_plan", "blank_sheet"


@dataclass(frozen=True)
class ChunkTask:
    """A few students of a batch, and how to print them."""

    index: int
    student_pks: tuple[int, ...]
    combined: bool
    settings: Settings
    today: dt.date
    language: str | None = None
    bilingual: bool = False
    skip_without_plan: bool = True


@dataclass(frozen=True)
class StudentOutcome:
    pk: int
    status: str  # PRINTED, MISSING, WITHOUT_PLAN or BLANK_SHEET
    file_name: str = ""  # the file name a folder export gives the student
    label: str = ""  # the student's name (and ID), for progress messages and lists
    unprintable: tuple[Unprintable, ...] = ()
    pdf: bytes = b""  # a folder export: this student's file


@dataclass(frozen=True)
class ChunkResult:
    index: int
    students: tuple[StudentOutcome, ...] = ()
    pdf: bytes = b""  # a combined export: the pages of every printed student, in order
    error: str = ""  # why the chunk failed, naming the student (for the user)
    stopped: bool = False  # the batch was stopped before this chunk was finished


class ChunkFailed(Exception):
    """A student's plan could not be printed; the message names the student."""


class _Stopped(BaseException):
    """The batch was stopped: leave the chunk between two students (a BaseException, so
    that nothing on the way reports it as a student's failure)."""


def _check_stop() -> None:
    if _stopping is not None and _stopping.is_set():
        raise _Stopped


def _who(copies: StudentCopies) -> str:
    st = copies.reports[0].student
    name = st.full_name if len(st.full_name) <= 60 else st.full_name[:57] + "…"
    return msg("{name} (ID {student_id})", name=name, student_id=st.student_id) \
        if st.student_id else name


def _why(exc: Exception) -> str:
    if isinstance(exc, LayoutError):
        return msg("something on it is too large to fit on a page (a very long name, note or "
                   "course title?)")
    return str(exc) or exc.__class__.__name__


def _failed(copies: StudentCopies, exc: Exception) -> ChunkFailed:
    log.error("batch printing failed for student %s: %s", copies.pk, exc.__class__.__name__)
    return ChunkFailed(msg("Could not print the plan of {student}: {reason}",
                           student=_who(copies), reason=_why(exc)))


def _pdf(reports: list[PlanReport], on_report: Callable[[int], None] | None = None) -> bytes:
    buffer = io.BytesIO()
    render_many(reports, buffer, on_report)
    return buffer.getvalue()


def print_chunk(db: Database, task: ChunkTask) -> ChunkResult:
    """Build and render one chunk; a failure comes back as ``error`` (never raised)."""
    try:
        return _print_chunk(db, task)
    except ChunkFailed as exc:
        return ChunkResult(task.index, error=exception_text(exc))


def _print_chunk(db: Database, task: ChunkTask) -> ChunkResult:
    built = build_batch_reports(db, task.student_pks, task.settings, task.today,
                                language=task.language, bilingual=task.bilingual)
    outcomes: list[StudentOutcome] = []
    printed: list[StudentCopies] = []
    for pk in task.student_pks:
        _check_stop()
        copies = built.get(pk)
        if copies is None:
            outcomes.append(StudentOutcome(pk, MISSING))
            continue
        first = copies.reports[0]
        if task.skip_without_plan and not first.has_plan:
            outcomes.append(StudentOutcome(pk, WITHOUT_PLAN, label=_who(copies)))
            continue
        pdf = b""
        if not task.combined:
            try:
                pdf = _pdf(list(copies.reports))
            except Exception as exc:
                raise _failed(copies, exc) from exc
        printed.append(copies)
        status = PRINTED if first.has_plan else BLANK_SHEET
        outcomes.append(StudentOutcome(pk, status, copies.file_name,
                                       first.student.full_name if first.has_plan
                                       else _who(copies), tuple(check_report(first)), pdf))
    if not task.combined or not printed:
        return ChunkResult(task.index, tuple(outcomes))
    owners = [copies for copies in printed for _ in copies.reports]
    current = [0]

    def started(i: int) -> None:
        _check_stop()
        current[0] = i

    try:
        pdf = _pdf([r for copies in printed for r in copies.reports], started)
    except Exception as exc:
        raise _failed(owners[current[0]], exc) from exc
    return ChunkResult(task.index, tuple(outcomes), pdf)


# ---------------------------------------------------------------- in a worker process

_worker_db: Database | None = None
_stopping: Any = None  # the pool's stop flag (a multiprocessing Event), in a worker


# A worker makes millions of short-lived objects and few lasting ones: collecting the
# youngest generation every 20,000 allocations instead of 700, with what start-up made
# frozen out of every collection, takes about a tenth off printing (bench/pdf.py). A
# chunk's document, canvas and pages hold each other, so they wait for a full collection:
# one every few chunks keeps memory flat (a full collection walks the layout caches too,
# about 4 ms a student if done after every chunk).
WORKER_GC_THRESHOLDS = (20_000, 20, 20)
FULL_COLLECTION_EVERY = 4  # chunks
_chunks_since_collection = 0


def init_worker(url: str, read_only: bool, stopping: Any = None) -> None:
    """Once per worker process: open the database, register the fonts, tune the
    collector for a printing process. ``stopping``: an Event the parent sets to stop the
    batch; the worker then leaves its chunk before the next student."""
    global _worker_db, _stopping
    _stopping = stopping
    from counselor_app.reports.fonts import register_fonts
    from counselor_app.store.engine import open_engine

    register_fonts()
    _worker_db = open_engine(url, read_only=read_only)
    gc.collect()
    gc.freeze()
    gc.set_threshold(*WORKER_GC_THRESHOLDS)


def print_chunk_in_worker(task: ChunkTask) -> ChunkResult:
    if _worker_db is None:
        raise RuntimeError("the print worker was not started")
    global _chunks_since_collection
    try:
        _check_stop()
        return print_chunk(_worker_db, task)
    except _Stopped:
        return ChunkResult(task.index, stopped=True)
    finally:
        _chunks_since_collection += 1
        if _chunks_since_collection >= FULL_COLLECTION_EVERY:
            _chunks_since_collection = 0
            gc.collect()
