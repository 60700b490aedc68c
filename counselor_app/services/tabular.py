"""Kept for callers of the old module name: reading is ``services.imports.reading``,
column matching ``services.imports.mapping``, writing ``services.export_files``."""

from counselor_app.services.export_files import write_table
from counselor_app.services.imports.mapping import (
    ColumnMatch,
    ColumnSpec,
    match_columns,
    normalize_header,
)
from counselor_app.services.imports.reading import (
    ENCODING_LABELS,
    MAX_FILE_BYTES,
    RawRow,
    Table,
    TabularError,
    column_letter,
    decode_text,
    read_table,
)

__all__ = ["ENCODING_LABELS", "MAX_FILE_BYTES", "ColumnMatch", "ColumnSpec", "RawRow", "Table",
           "TabularError", "column_letter", "decode_text", "match_columns", "normalize_header",
           "read_table", "write_table"]
