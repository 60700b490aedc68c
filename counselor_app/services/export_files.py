"""Files the app writes for spreadsheets and other programs: CSV and XLSX."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from counselor_app.services.imports.reading import XLSX_SUFFIXES, column_letter


def write_table(path: str | Path, headers: Sequence[str], rows: Iterable[Sequence[object]],
                *, bom: bool = True) -> Path:
    """Write a CSV (UTF-8, with a BOM so Excel reads accents) or an XLSX by suffix."""
    path = Path(path)
    if path.suffix.lower() in XLSX_SUFFIXES:
        import openpyxl
        from openpyxl.styles import Font

        wb = openpyxl.Workbook()
        ws = wb.active
        assert ws is not None
        ws.append(list(headers))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append(list(row))
        for i, header in enumerate(headers):
            ws.column_dimensions[column_letter(i)].width = max(12, len(header) + 4)
        ws.freeze_panes = "A2"
        wb.save(path)
        return path
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(list(headers))
        for row in rows:
            writer.writerow(["" if v is None else str(v) for v in row])
    return path
