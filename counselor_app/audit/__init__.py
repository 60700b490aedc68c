"""The graduation audit: requirement sets as data, allocation, statuses.

Pure Python over plain data: no database, no Qt, no I/O beyond reading set files.
The public API (stable; the GUI, the CLI, the PDF and the services use it):

* ``load_set_file(path, known_codes)`` / ``parse_set(data, file, known_codes)`` ->
  ``RequirementSet``, or ``SetFileError`` (file, place, reason);
  ``check_set_references(sets)``.
* ``audit(sets, AuditInput, library)`` -> ``AuditResult`` (one ``SetAudit`` per set, each a
  tree of ``RequirementResult``); ``audit_set`` for one set.
* ``concentrator_status(...)`` -> ``ConcentratorResult`` (Perkins V).
* ``could_fill(requirement, catalog)`` -> course codes that would count toward a node.
* ``audit_json(...)`` -> the JSON shape of ``counselor-app audit --json``.

The file format is in docs/requirements-format.md.
"""

from counselor_app.audit.concentrator import ProgramFacts, concentrator_status
from counselor_app.audit.engine import audit, audit_set
from counselor_app.audit.export import audit_json, could_fill, set_lines
from counselor_app.audit.loader import (
    SetFileError,
    check_set_references,
    load_set_file,
    parse_set,
    parse_text,
    read_set_data,
)
from counselor_app.audit.model import (
    Attempt,
    AuditException,
    AuditInput,
    CourseFacts,
    Passing,
    Requirement,
    RequirementSet,
    Selector,
)
from counselor_app.audit.results import (
    CONCENTRATOR,
    IN_PROGRESS,
    MET,
    ON_TRACK,
    SHORT,
    STATUS_LABELS,
    STATUSES,
    WAIVED,
    AppliedException,
    AuditResult,
    ConcentratorResult,
    CourseUse,
    NotCounted,
    RequirementResult,
    SetAudit,
    format_amount,
)

__all__ = [
    "CONCENTRATOR", "IN_PROGRESS", "MET", "ON_TRACK", "SHORT", "STATUSES", "STATUS_LABELS",
    "WAIVED", "AppliedException", "Attempt", "AuditException", "AuditInput", "AuditResult",
    "ConcentratorResult", "CourseFacts", "CourseUse", "NotCounted", "Passing", "Requirement",
    "ProgramFacts", "RequirementResult", "RequirementSet", "Selector", "SetAudit", "SetFileError",
    "audit", "audit_json", "audit_set", "check_set_references", "concentrator_status",
    "could_fill", "format_amount", "load_set_file", "parse_set", "parse_text", "read_set_data",
    "set_lines",
]
