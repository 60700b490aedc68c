"""Names the import and export services give in English (kinds of import, the columns an
importer reads, request layouts, changed fields), in the interface language.

Each name is listed here once with its translation context, so lupdate sees it; a test
checks that every name the services use is listed (tests/unit/test_interface_catalog.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def import_kinds() -> dict[str, str]:
    """The kinds of import (``KIND_LABELS`` values) as they read."""
    return {"Students": translate("ImportWords", "Students"),
            "Courses (course catalog)": translate("ImportWords", "Courses (course catalog)"),
            "Programs of study": translate("ImportWords", "Programs of study"),
            "Occupations": translate("ImportWords", "Occupations"),
            "O*NET files": translate("ImportWords", "O*NET files"),
            "Transcripts (completed courses)": translate("ImportWords",
                                                        "Transcripts (completed courses)")}


def columns() -> dict[str, str]:
    """The columns the importers read (``ColumnSpec.label``), in the interface language."""
    return {
        "Student ID": translate("ImportColumns", "Student ID"),
        "Last Name": translate("ImportColumns", "Last Name"),
        "First Name": translate("ImportColumns", "First Name"),
        "Preferred Name": translate("ImportColumns", "Preferred Name"),
        "Grade": translate("ImportColumns", "Grade"),
        "Graduation Year": translate("ImportColumns", "Graduation Year"),
        "School": translate("ImportColumns", "School"),
        "Counselor": translate("ImportColumns", "Counselor"),
        "Home Language": translate("ImportColumns", "Home Language"),
        "Code": translate("ImportColumns", "Code"),
        "Title": translate("ImportColumns", "Title"),
        "Credits": translate("ImportColumns", "Credits"),
        "Subject Area": translate("ImportColumns", "Subject Area"),
        "Lowest Grade": translate("ImportColumns", "Lowest Grade"),
        "Highest Grade": translate("ImportColumns", "Highest Grade"),
        "Grades": translate("ImportColumns", "Grades"),
        "CTE": translate("ImportColumns", "CTE"),
        "Prerequisites": translate("ImportColumns", "Prerequisites"),
        "Dual Credit": translate("ImportColumns", "Dual Credit"),
        "Repeatable": translate("ImportColumns", "Repeatable"),
        "Tags": translate("ImportColumns", "Tags"),
        "Description": translate("ImportColumns", "Description"),
        "Title (Spanish)": translate("ImportColumns", "Title (Spanish)"),
        "Title (Vietnamese)": translate("ImportColumns", "Title (Vietnamese)"),
        "Title (Arabic)": translate("ImportColumns", "Title (Arabic)"),
        "Program Code": translate("ImportColumns", "Program Code"),
        "Program Name": translate("ImportColumns", "Program Name"),
        "Pathway Code": translate("ImportColumns", "Pathway Code"),
        "Grade Level": translate("ImportColumns", "Grade Level"),
        "Course Code": translate("ImportColumns", "Course Code"),
        "Required or Elective": translate("ImportColumns", "Required or Elective"),
        "Order": translate("ImportColumns", "Order"),
        "Program Description": translate("ImportColumns", "Program Description"),
        "SOC Code": translate("ImportColumns", "SOC Code"),
        "Typical Entry Education": translate("ImportColumns", "Typical Entry Education"),
        "Pathway Codes": translate("ImportColumns", "Pathway Codes"),
        "Job Zone": translate("ImportColumns", "Job Zone"),
        "Course Title": translate("ImportColumns", "Course Title"),
        "School Year": translate("ImportColumns", "School Year"),
        "TermID": translate("ImportColumns", "TermID"),
        "Term": translate("ImportColumns", "Term"),
        "Mark": translate("ImportColumns", "Mark"),
        "Credits Earned": translate("ImportColumns", "Credits Earned"),
        "Transfer": translate("ImportColumns", "Transfer"),
    }


def encodings() -> tuple[tuple[str, str | None], ...]:
    """(shown name, codec) of the text encodings an import can be read in."""
    return ((translate("ImportWords", "Automatic"), None), ("UTF-8", "utf-8"),
            ("Windows-1252", "cp1252"))


def request_layouts() -> dict[str, str]:
    """The course-request export layouts (``request_layouts.LAYOUT_LABELS`` values)."""
    return {"PowerSchool schedule requests": translate("ImportWords",
                                                       "PowerSchool schedule requests"),
            "Infinite Campus course requests": translate("ImportWords",
                                                         "Infinite Campus course requests"),
            "Generic (all columns)": translate("ImportWords", "Generic (all columns)")}


def word(names: dict[str, str], english: str) -> str:
    """``english`` from one of the tables above; as it is when the table lacks it."""
    return names.get(english, english)
