"""Import templates: the header row of each kind, with instructions in the XLSX copy."""

from __future__ import annotations

from pathlib import Path

from counselor_app.messages import msg
from counselor_app.services.export_files import write_table
from counselor_app.services.imports.api import COLUMNS
from counselor_app.services.imports.mapping import ColumnSpec
from counselor_app.services.imports.model import KIND_LABELS, ImportKind


def template_columns(kind: ImportKind | str) -> tuple[ColumnSpec, ...]:
    kind = ImportKind(kind)
    if kind not in COLUMNS:
        raise ValueError(msg("there is no template for {kind}; O*NET files are imported as "
                             "downloaded", kind=kind))
    return COLUMNS[kind]


def write_template(kind: ImportKind | str, path: str | Path) -> Path:
    """A template: CSV (header row only) or XLSX (header row, plus an Instructions sheet
    describing each column with an example), chosen by the file's suffix."""
    specs = template_columns(kind)
    path = Path(path)
    headers = [s.label for s in specs]
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return write_table(path, headers, [])
    import openpyxl
    from openpyxl.styles import Font

    write_table(path, headers, [])
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws.title = KIND_LABELS[ImportKind(kind)].split(" (")[0]
    info = wb.create_sheet("Instructions")
    info.append(["Column", "Required", "What to enter", "Example"])
    for cell in info[1]:
        cell.font = Font(bold=True)
    for s in specs:
        row = [s.label, "yes" if s.required else "no", s.help, s.example]
        info.append(row)
        info.cell(info.max_row, 4).data_type = "s"
    info.append([])
    info.append(["Fill in the first sheet, one row per item. Column names may be in any "
                 "order; extra columns are ignored. Only the first sheet is imported."])
    for letter, width in zip("ABCD", (26, 10, 80, 24), strict=True):
        info.column_dimensions[letter].width = width
    wb.save(path)
    return path
