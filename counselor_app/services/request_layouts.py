"""Course-request file layouts a student information system reads: the columns of each.

Plain data without imports, so the command line can list the layouts without loading the
export itself (``services.sis_export`` writes the files).
"""

from __future__ import annotations

REQUEST_LAYOUTS: dict[str, tuple[str, ...]] = {
    "powerschool": ("Student_Number", "Course_Number", "YearID"),
    "infinite-campus": ("Student Number", "Course Number", "Course Name", "Grade"),
    "generic": ("Student ID", "Last Name", "First Name", "Next Grade", "School Year",
                "Course Code", "Course Title", "Term", "Credits"),
}
LAYOUT_LABELS = {"powerschool": "PowerSchool schedule requests",
                 "infinite-campus": "Infinite Campus course requests",
                 "generic": "Generic (all columns)"}

__all__ = ["LAYOUT_LABELS", "REQUEST_LAYOUTS"]
