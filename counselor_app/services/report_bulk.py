"""The printed plans of many students at once, for a batch.

``build_batch_reports`` gives, per student, the copies ``student_reports`` would give
(the family's language, then English with ``bilingual``), and the file name a folder
export uses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from counselor_app.reports.model import PlanReport
from counselor_app.services.report_data import ReportCache, report_filename, student_reports
from counselor_app.services.settings import Settings
from counselor_app.store.engine import Database


@dataclass(frozen=True)
class StudentCopies:
    """One student's copies to print, and the file name of a folder export."""

    pk: int
    reports: tuple[PlanReport, ...]
    file_name: str


def build_batch_reports(db: Database, student_pks: Sequence[int], settings: Settings,
                        today: dt.date, *, language: str | None = None,
                        bilingual: bool = False) -> dict[int, StudentCopies]:
    """The copies of each student's plan; students that no longer exist are left out."""
    cache = ReportCache(settings)
    out: dict[int, StudentCopies] = {}
    for pk in student_pks:
        try:
            copies = student_reports(db, pk, settings, today, cache=cache, language=language,
                                     bilingual=bilingual)
        except LookupError:
            continue
        out[pk] = StudentCopies(pk, tuple(copies), report_filename(copies[0]))
    return out
