"""Render a ``PlanReport`` to PDF with reportlab platypus. Never touches the database.

``render_plan`` writes one plan; ``render_many`` writes several plans into one PDF,
each starting on a new page with its own "Page X of Y". Reports given to
``render_many`` may be a lazy iterator: each is built only when the previous one
has been laid out, so memory stays flat for a whole caseload.

The pieces: ``page`` (geometry, templates, footers), ``styles`` (colours, paragraph
styles), ``markup`` (user text made safe), ``tables`` (table helpers, the course grid),
``sections`` (the other blocks), ``story`` (their order).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, BinaryIO

from counselor_app.reports.model import PlanReport
from counselor_app.reports.page import MoreReports, PlanCanvas, PlanDocument
from counselor_app.reports.story import plan_story

# reportlab keeps some shared state (font subsets, caches) that is not meant for
# concurrent builds; one build at a time keeps a background batch and a preview safe.
_build_lock = threading.RLock()


def _current_umask() -> int:
    mask = os.umask(0o022)  # read it (there is no other way) and put it back at once
    os.umask(mask)
    return mask


_UMASK = _current_umask()  # at import, before any worker threads write files


# ---------------------------------------------------------------- entry points


def _build(reports: Iterable[PlanReport], out: str | BinaryIO,
           on_report: Callable[[int], None] | None) -> int:
    """Lay out reports into ``out``; returns how many were written."""
    source = enumerate(iter(reports))
    first = next(source, None)
    if first is None:
        raise ValueError("no plans to render")
    index, report = first
    with _build_lock:
        doc = PlanDocument(out, report.paper_size, on_report, plan_story)
        doc.start_report(index, report)
        story = plan_story(report, doc)
        story.append(MoreReports(source))
        doc.build(story, canvasmaker=PlanCanvas)
        return doc.report_index + 1


def write_atomically(path: Path, write: Callable[[BinaryIO], Any]) -> None:
    """Write a file through a temporary file beside it, then rename it into place."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem[:40]}-", suffix=".tmp", dir=path.parent)
    try:
        with contextlib.suppress(OSError):  # mkstemp makes 0600; give the usual permissions
            os.chmod(tmp, 0o666 & ~_UMASK)
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def render_plan(report: PlanReport, out: Path | str | BinaryIO) -> None:
    """Render one plan to a file (written atomically) or a binary stream."""
    render_many([report], out)


def render_many(reports: Iterable[PlanReport], out: Path | str | BinaryIO,
                on_report: Callable[[int], None] | None = None) -> int:
    """Render plans one after another into one PDF; returns the number of plans.

    Every plan starts on a new page and numbers its own pages ("Page 1 of 2").
    ``on_report(i)`` is called as plan ``i`` (0-based) starts; it may raise to stop.
    """
    if isinstance(out, str | Path):
        count = 0

        def write(fh: BinaryIO) -> None:
            nonlocal count
            count = _build(reports, fh, on_report)

        write_atomically(Path(out), write)
        return count
    return _build(reports, out, on_report)


def render_bytes(report: PlanReport) -> bytes:
    """One plan as PDF bytes (preview, print)."""
    import io

    buffer = io.BytesIO()
    render_plan(report, buffer)
    return buffer.getvalue()
