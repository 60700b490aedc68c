"""Good-rows imports: the rows left out, with the reasons, in a CSV beside the source.

The file keeps the source's own columns (so it can be fixed and imported again) after
a "Row" column (the row number in the source) and before a "Reason" column.

Rows are written as the import goes (after each chunk of a streamed kind), to a private
``.part`` file that is renamed into place only when the import commits: a million
rejected rows need no memory, and a failed import leaves no file behind.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from pathlib import Path
from typing import IO, Any

from counselor_app.services.export_files import FILE_MODE, neutralize
from counselor_app.services.imports.reading import Table
from counselor_app.services.imports.records import Record


def rejects_path(source: Path) -> Path:
    folder = source.parent if source.is_file() or not source.exists() else source
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return folder / f"{source.stem}-rejected-{stamp}.csv"


class RejectsFile:
    """The rejected rows of one import, written as they are handed over."""

    def __init__(self, source: Path, tables: list[Table]) -> None:
        self.path = rejects_path(source)
        self.part = self.path.with_name(self.path.name + ".part")
        self.tables = tables
        self.headers: list[str] = []
        self.count = 0
        self._fh: IO[str] | None = None
        self._writer: Any = None

    def write(self, records: list[Record]) -> None:
        """Append these rows (in their order in the source)."""
        if not records:
            return
        if self._fh is None:
            for table in self.tables:
                for h in table.headers:
                    if h not in self.headers:
                        self.headers.append(h)
            fd = os.open(self.part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
            self._fh = open(fd, "w", encoding="utf-8-sig", newline="")  # noqa: SIM115
            self._writer = csv.writer(self._fh)
            self._writer.writerow([neutralize(h) for h in ["Row", *self.headers, "Reason"]])
        assert self._writer is not None
        for rec in records:
            table = next((t for t in self.tables if t.file == rec.file), self.tables[0])
            by_header = dict(zip(table.headers, rec.raw.values if rec.raw else [],
                                 strict=False))
            self._writer.writerow([neutralize(v) for v in [
                str(rec.number), *[by_header.get(h, "") for h in self.headers],
                "; ".join(rec.reasons)]])
        self.count += len(records)

    def finish(self) -> Path | None:
        """Put the file in place (None when no row was rejected)."""
        if self._fh is None:
            return None
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._fh.close()
        self._fh = None
        self.part.replace(self.path)
        return self.path

    def discard(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        self.part.unlink(missing_ok=True)
