"""Imports from spreadsheets: students, courses, programs of study, occupations, O*NET.

One module per kind (``students``, ``courses``, ``programs``, ``occupations``, ``onet``),
each with its ``COLUMNS`` and a ``stage`` function that checks rows and stages writes;
shared ``reading`` (CSV/XLSX), ``mapping`` (which column is which field), ``records``
(cell parsers), ``staging`` (write operations) and ``api`` (preview and apply).
"""

from counselor_app.services.imports.api import (
    COLUMNS,
    ColumnReport,
    apply_import,
    apply_onet,
    inspect_columns,
    preview_import,
    preview_onet,
)
from counselor_app.services.imports.model import (
    KIND_LABELS,
    REFERENCE_KINDS,
    TEMPLATE_KINDS,
    ImportKind,
    ImportPreview,
    ImportRefused,
    ImportResult,
    PreviewItem,
    ProgressFn,
    RowError,
)
from counselor_app.services.imports.occupations import (
    EDUCATION_LEVELS,
    ZONE_EDUCATION,
    normalize_education,
    normalize_soc,
)
from counselor_app.services.imports.onet import name_key
from counselor_app.services.imports.templates import template_columns, write_template

__all__ = [
    "COLUMNS", "ColumnReport", "EDUCATION_LEVELS", "KIND_LABELS", "REFERENCE_KINDS",
    "TEMPLATE_KINDS", "inspect_columns",
    "ZONE_EDUCATION", "ImportKind", "ImportPreview", "ImportRefused", "ImportResult",
    "PreviewItem", "ProgressFn", "RowError", "apply_import", "apply_onet",
    "name_key", "normalize_education", "normalize_soc", "preview_import", "preview_onet",
    "template_columns", "write_template",
]
