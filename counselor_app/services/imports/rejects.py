"""Good-rows imports: the rows left out, with the reasons, in a CSV beside the source.

The file keeps the source's own columns (so it can be fixed and imported again) after
a "Row" column (the row number in the source) and before a "Reason" column.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from counselor_app.services.export_files import write_table
from counselor_app.services.imports.reading import Table
from counselor_app.services.imports.staging import Stage


def rejects_path(source: Path) -> Path:
    folder = source.parent if source.is_file() or not source.exists() else source
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return folder / f"{source.stem}-rejected-{stamp}.csv"


def write_rejects(source: Path, tables: list[Table], stage: Stage) -> Path:
    """Write the rejected rows of ``stage``; returns the file written."""
    headers: list[str] = []
    for table in tables:
        for h in table.headers:
            if h not in headers:
                headers.append(h)
    rows = []
    for rec in sorted(stage.rejected, key=lambda r: (r.file, r.number)):
        table = next((t for t in tables if t.file == rec.file), tables[0])
        by_header = dict(zip(table.headers, rec.raw.values if rec.raw else [], strict=False))
        rows.append([str(rec.number), *[by_header.get(h, "") for h in headers],
                     "; ".join(rec.reasons)])
    path = rejects_path(source)
    write_table(path, ["Row", *headers, "Reason"], rows)
    return path
