"""Export the active plans of many students on every core: one file each, or one PDF.

The students are cut into chunks of a few (``CHUNK``); a process pool sized to the
machine builds and renders the chunks (``batch_worker``), each worker with its own
database connection and fonts registered once. This process writes what comes back, in
the students' order: each student's file atomically, or the chunks' PDFs joined into one
combined file (``reports.pdf_merge``) without laying anything out again. At most two
chunks per worker are in flight, so memory stays flat for any caseload. A batch of one
chunk, or a database only this process can see (SQLite in memory), runs here instead.

No Qt: the GUI runs ``batch_export`` on a worker thread and cancels through ``stop`` or
by raising from ``progress``; the pool is then stopped at once and an unfinished file is
never left behind.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from counselor_app.messages import msg
from counselor_app.reports.pdf_merge import PdfJoiner
from counselor_app.reports.printable import Unprintable
from counselor_app.reports.render import write_atomically
from counselor_app.services.batch_order import batch_order
from counselor_app.services.batch_worker import (
    BLANK_SHEET,
    MISSING,
    PRINTED,
    WITHOUT_PLAN,
    ChunkResult,
    ChunkTask,
    init_worker,
    print_chunk,
    print_chunk_in_worker,
)
from counselor_app.services.settings import Settings, load_settings
from counselor_app.store.engine import Database

ProgressFn = Callable[[int, int, str], None]
# students rendered into one PDF by a worker: fonts are embedded, queries made and repeated
# text worked out (reports/draw_memo.py) once per chunk; 32 prints a batch of 400 on 2
# cores in about 7% less time than 16 (wall and processor time, alternating runs; 16 had
# been 10% better than 8), in 14 chunks of 28-29, the largest process 6 MiB bigger
CHUNK = 32
POLL_SECONDS = 0.05  # how often ``stop`` is asked while the pool works
STOP_GRACE_SECONDS = 10.0  # how long a stopped worker may take to finish its student


@dataclass(frozen=True)
class BatchResult:
    files: tuple[Path, ...]  # files written (one combined file, or one per student)
    plans: int  # plans written
    combined: bool
    missing: tuple[int, ...] = ()  # student keys that no longer exist (skipped)
    unprintable: tuple[Unprintable, ...] = ()  # characters no font draws, by student/field
    without_plan: tuple[int, ...] = ()  # student keys without a plan (skipped, or sheets)
    # "Name (ID 123)" of each student without a plan, in batch order, to list them
    without_plan_names: tuple[str, ...] = ()
    blank_sheets: int = 0  # students without a plan printed as a blank planning sheet

    @property
    def skipped_without_plan(self) -> int:
        """Students without a plan who got nothing (the batch skipped them)."""
        return len(self.without_plan) - self.blank_sheets


class BatchFailed(RuntimeError):
    """A batch stopped; the message is for the user (it names the student)."""


def machine_workers() -> int:
    """How many processes print at once: the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # Windows, macOS
        return max(1, os.cpu_count() or 1)


def cut_chunks(pks: Sequence[int], workers: int) -> list[tuple[int, ...]]:
    """The students in chunks of up to ``CHUNK`` (smaller for a small batch, so that
    every worker gets several and progress moves), as many chunks as a multiple of the
    workers, their sizes within one of each other: the workers finish together instead of
    one printing a last chunk while the others wait (13 chunks of 32 on 2 cores would keep
    one core idle for most of a chunk; 14 of 28-29 do not)."""
    size = max(1, min(CHUNK, -(-len(pks) // (workers * 4))))
    count = -(-len(pks) // size)
    if workers > 1:
        count = min(len(pks), -(-count // workers) * workers)
    base, longer = divmod(len(pks), max(1, count))
    out, start = [], 0
    for i in range(count):
        end = start + base + (1 if i < longer else 0)
        out.append(tuple(pks[start:end]))
        start = end
    return out


def unique_name(name: str, used: set[str]) -> str:
    """``name``, or ``stem-2.pdf``, ``stem-3.pdf``... if taken (case-insensitively)."""
    candidate, n = name, 1
    stem, dot, ext = name.rpartition(".")
    while candidate.casefold() in used:
        n += 1
        candidate = f"{stem}-{n}{dot}{ext}"
    used.add(candidate.casefold())
    return candidate


# ---------------------------------------------------------------- running the chunks


def start_method() -> str:
    """How the print workers start: ``fork`` where that is safe, so that each worker
    starts with what this process has imported (about half a second of processor time
    a worker otherwise spends importing): on Linux, with this thread the only one and no
    Qt loaded (the command line). Elsewhere (the GUI has Qt's threads; macOS and Windows
    cannot fork safely or at all) ``spawn``: a fresh interpreter per worker."""
    if sys.platform.startswith("linux") and threading.active_count() == 1 \
            and "PySide6.QtCore" not in sys.modules:
        return "fork"
    return "spawn"


class _Runner:
    """Runs chunk tasks here or in a process pool and yields their results in order."""

    def __init__(self, db: Database, workers: int, stop: Callable[[], None] | None) -> None:
        self.db, self.workers, self.stop = db, workers, stop
        self.executor: ProcessPoolExecutor | None = None
        self.stopping: Any = None  # the workers' stop flag (an Event of the pool's context)

    def __enter__(self) -> _Runner:
        if self.workers > 1:
            method = start_method()
            if method == "fork":  # no database connection of ours crosses into a worker
                self.db.engine.dispose()
            context = multiprocessing.get_context(method)
            self.stopping = context.Event()
            self.executor = ProcessPoolExecutor(
                self.workers, mp_context=context, initializer=init_worker,
                initargs=(self.db.url, self.db.read_only, self.stopping))
        return self

    def __exit__(self, kind: object, exc: object, tb: object) -> None:
        executor, self.executor = self.executor, None
        if executor is None:
            return
        if exc is None:
            executor.shutdown(wait=True)
        else:  # cancelled or failed: stop the workers now
            _stop_now(executor, self.stopping)

    def results(self, tasks: Sequence[ChunkTask]) -> Iterator[ChunkResult]:
        if self.executor is None:
            for task in tasks:
                if self.stop is not None:
                    self.stop()
                yield print_chunk(self.db, task)
            return
        queued: deque[Future[ChunkResult]] = deque()
        waiting = iter(tasks)
        for task in waiting:
            queued.append(self.executor.submit(print_chunk_in_worker, task))
            if len(queued) >= 2 * self.workers:
                break
        while queued:
            head = queued.popleft()
            while not head.done():
                wait([head], timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
                if self.stop is not None:
                    self.stop()
            try:
                result = head.result()
            except BrokenProcessPool as exc:
                raise BatchFailed(msg("A printing process stopped unexpectedly; the batch was not "
                                      "finished.")) from exc
            following = next(waiting, None)
            if following is not None:
                queued.append(self.executor.submit(print_chunk_in_worker, following))
            yield result


def _stop_now(executor: ProcessPoolExecutor, stopping: Any) -> None:
    """Stop the pool within about one student's printing: each worker leaves its chunk
    before the next student, sends its (short) answer and exits. Killing a worker instead
    could cut its answer in half, and the pool's own thread would wait for the rest for
    ever: the program could not exit. A worker still busy after ``STOP_GRACE_SECONDS``
    (one enormous plan) is killed all the same."""
    stopping.set()
    processes = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    deadline = time.monotonic() + STOP_GRACE_SECONDS
    for process in processes:
        process.join(max(0.0, deadline - time.monotonic()))
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(5)


def _checked(result: ChunkResult) -> ChunkResult:
    if result.error:
        raise BatchFailed(result.error)
    return result


# ---------------------------------------------------------------- the export


def batch_export(db: Database, student_pks: Sequence[int], out: Path, combined: bool,
                 progress: ProgressFn | None = None, *, settings: Settings | None = None,
                 today: dt.date | None = None, language: str | None = None,
                 bilingual: bool = False, skip_without_plan: bool = True,
                 workers: int | None = None,
                 stop: Callable[[], None] | None = None) -> BatchResult:
    """Export the active plans of ``student_pks``.

    ``combined=False``: ``out`` is a folder (created if needed) that receives one file
    per student, named like ``Nunez-Maria-12345-plan.pdf`` (unique within the batch;
    an earlier export of the same student is replaced). ``combined=True``: ``out`` is
    one PDF holding every plan, each numbering its own pages.

    ``progress(done, total, message)`` is called after each student; it may raise to
    cancel, and so may ``stop()``, which is called often while the workers print.
    Files already finished stay; an unfinished file is never left behind. ``workers``:
    how many processes print (default: every core). A student whose plan cannot be
    printed stops the batch with ``BatchFailed`` naming the student.
    """
    out = Path(out)
    if not student_pks:
        raise ValueError(msg("no students to export"))
    settings = settings or load_settings(db)
    # in name order, as the batch's language files names (Settings: particles)
    pks = batch_order(db, student_pks, language, settings.file_particles)
    today = today or dt.date.today()
    wanted = machine_workers() if workers is None else max(1, workers)
    if db.is_sqlite and db.path is None:  # in memory: other processes cannot see it
        wanted = 1
    chunks = cut_chunks(pks, wanted)
    tasks = [ChunkTask(i, chunk, combined, settings, today, language, bilingual,
                       skip_without_plan) for i, chunk in enumerate(chunks)]
    tally = _Tally(len(pks), progress)
    with _Runner(db, min(wanted, len(tasks)), stop) as runner:
        if combined:
            out.parent.mkdir(parents=True, exist_ok=True)

            def write(fh: BinaryIO) -> None:
                joiner = PdfJoiner(fh)
                for result in runner.results(tasks):
                    tally.add(_checked(result), lambda outcome: outcome.label)
                    if result.pdf:
                        joiner.add(result.pdf)
                if not tally.printed and not tally.blank_sheets:
                    raise ValueError(msg("none of the students has a plan to print (or they were "
                                         "deleted)"))
                joiner.close()

            write_atomically(out, write)
            return tally.result((out,), True)

        out.mkdir(parents=True, exist_ok=True)
        used: set[str] = set()
        files: list[Path] = []

        def save(pdf: bytes, name: str) -> str:
            path = out / unique_name(name, used)
            write_atomically(path, lambda fh: fh.write(pdf))
            files.append(path)
            return path.name

        for result in runner.results(tasks):
            tally.add(_checked(result), lambda outcome: save(outcome.pdf, outcome.file_name))
        return tally.result(tuple(files), False)


class _Tally:
    """Counts what was printed and skipped, and tells ``progress`` after each student."""

    def __init__(self, total: int, progress: ProgressFn | None) -> None:
        self.total, self.progress = total, progress
        self.done = self.printed = 0
        self.missing: list[int] = []
        self.without_plan: list[int] = []
        self.without_plan_names: list[str] = []
        self.blank_sheets = 0
        self.unprintable: list[Unprintable] = []

    def add(self, result: ChunkResult, handle: Callable[..., str]) -> None:
        for outcome in result.students:
            message = ""
            if outcome.status in (PRINTED, BLANK_SHEET):
                message = handle(outcome)
                self.unprintable.extend(outcome.unprintable)
            if outcome.status == PRINTED:
                self.printed += 1
            elif outcome.status == MISSING:
                self.missing.append(outcome.pk)
            elif outcome.status in (WITHOUT_PLAN, BLANK_SHEET):
                self.without_plan.append(outcome.pk)
                self.without_plan_names.append(outcome.label)
                self.blank_sheets += outcome.status == BLANK_SHEET
            self.done += 1
            if self.progress is not None:
                self.progress(self.done, self.total, message)

    def result(self, files: tuple[Path, ...], combined: bool) -> BatchResult:
        return BatchResult(files, self.printed, combined, tuple(self.missing),
                           tuple(self.unprintable), tuple(self.without_plan),
                           tuple(self.without_plan_names), self.blank_sheets)
