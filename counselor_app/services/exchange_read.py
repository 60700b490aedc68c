"""Reading an exchange (JSON) file: every value is checked by the same standard as
the student form and the CSV import, and hostile values (lone surrogates, control
characters, huge numbers, deep nesting) become errors naming the file and the
place, never exceptions."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from counselor_app.domain.base import GRADE_LEVELS
from counselor_app.domain.students import PLAN_STATUSES, STATUSES, TERMS
from counselor_app.messages import Listing, Message, msg
from counselor_app.services.exchange_audit import read_audit_docs
from counselor_app.services.exchange_records import read_matches, read_transcript, read_versions
from counselor_app.services.imports.records import bad_chars

FORMAT = "counselor-app-plans"
VERSION = 2
"""2 adds transcripts, course matches, approved versions with sign-offs, family notes and
the grade a plan starts in (``exchange_records``); version 1 files still import."""
MAX_JSON_BYTES = 200 * 1024 * 1024

STUDENT_FIELDS = ("student_id", "first_name", "last_name", "preferred_name", "grade",
                  "graduation_year", "school", "counselor", "career_interests", "notes",
                  "archived", "created_at", "updated_at")
PLAN_FIELDS = ("name", "is_active", "program_code", "career_goal_soc", "career_goal_text",
               "postsecondary_type", "postsecondary_institution", "notes", "status",
               "status_by", "status_at", "created_at", "updated_at", "diploma_set",
               "supplemental_sets", "family_notes", "first_level")
COURSE_FIELDS = ("course_code", "level", "term", "status", "final_mark", "sort_order")
COMMENT_FIELDS = ("author", "created_at", "text")


INT_LIMIT = 2**31 - 1
SORT_ORDERS = range(0, 1_000_000)


class ExchangeError(Exception):
    """A file that cannot be exported to or imported from; names the file and the place."""


# --------------------------------------------------------------------------- reading

class _Check:
    """Validates the JSON document, collecting errors that name the exact place."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.errors: list[Message] = []

    def fail(self, where: str, reason: str) -> None:
        self.errors.append(msg("{file}, {where}: {reason}", file=self.file, where=where,
                               reason=reason))

    def str_(self, obj: dict[str, Any], key: str, where: str, *, max_len: int,
             required: bool = False, nullable: bool = False, default: str = "",
             multiline: bool = False) -> Any:
        value = obj.get(key, None if nullable else default)
        if value is None and nullable:
            return None
        if not isinstance(value, str):
            self.fail(f"{where}.{key}", msg("must be text"))
            return None
        if len(value) > max_len:
            self.fail(f"{where}.{key}", msg("is longer than {max_len} characters", max_len=max_len))
            return None
        if bad_chars(value, multiline):  # the CSV import's rule: also lone surrogates
            self.fail(f"{where}.{key}", msg("holds control or unprintable characters"))
            return None
        if required and not value.strip():
            self.fail(f"{where}.{key}", msg("must not be empty"))
        return value

    def int_(self, obj: dict[str, Any], key: str, where: str, *, allowed: Any = None,
             default: int | None = None) -> int | None:
        value = obj.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(f"{where}.{key}", msg("must be a whole number"))
            return None
        if not -INT_LIMIT <= value <= INT_LIMIT:  # 2**64 would overflow the database
            self.fail(f"{where}.{key}", msg("is far too large"))
            return None
        if allowed is not None and value not in allowed:
            self.fail(f"{where}.{key}", msg("{value} is not allowed", value=value))
            return None
        return value

    def bool_(self, obj: dict[str, Any], key: str, where: str, default: bool = False) -> bool:
        value = obj.get(key, default)
        if not isinstance(value, bool):
            self.fail(f"{where}.{key}", msg("must be true or false"))
            return default
        return value

    def choice(self, obj: dict[str, Any], key: str, where: str, choices: tuple[str, ...],
               default: str) -> str:
        value = obj.get(key, default)
        if value not in choices:
            self.fail(f"{where}.{key}", msg("must be one of {value}", value=', '.join(choices)))
            return default
        return str(value)

    def time(self, obj: dict[str, Any], key: str, where: str, *,
             nullable: bool = False) -> dt.datetime | None:
        value = obj.get(key)
        if value is None:
            if nullable:
                return None
            return dt.datetime.now().replace(microsecond=0)
        if not isinstance(value, str):
            self.fail(f"{where}.{key}", msg("must be a date and time like 2026-01-05T14:03:00"))
            return None
        try:
            parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            self.fail(f"{where}.{key}", msg("{value!r} is not a date and time like "
                                            "2026-01-05T14:03:00", value=value[:40]))
            return None
        return parsed.replace(tzinfo=None) if parsed.tzinfo else parsed

    def list_(self, obj: dict[str, Any], key: str, where: str) -> list[Any]:
        value = obj.get(key, [])
        if not isinstance(value, list):
            self.fail(f"{where}.{key}", msg("must be a list"))
            return []
        return value


@dataclass
class _PlanIn:
    values: dict[str, Any]
    courses: list[dict[str, Any]]
    comments: list[dict[str, Any]]
    versions: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class _StudentIn:
    values: dict[str, Any]
    plans: list[_PlanIn]
    exceptions: list[dict[str, Any]] = field(default_factory=list)
    checklist: list[dict[str, Any]] = field(default_factory=list)
    transcript: list[dict[str, Any]] = field(default_factory=list)


def read_document(path: str | Path) -> tuple[dict[str, Any], list[_StudentIn]]:
    """Read and check an exchange file; raises ExchangeError listing every problem."""
    path = Path(path)
    name = path.name
    try:
        if path.stat().st_size > MAX_JSON_BYTES:
            raise ExchangeError(msg("{name}: is too large to be an exchange file", name=name))
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ExchangeError(msg("{name}: does not exist ({path})", name=name, path=path)) from None
    except IsADirectoryError:
        raise ExchangeError(msg("{name}: is a folder, not a file", name=name)) from None
    except OSError as exc:
        raise ExchangeError(msg("{name}: cannot be read ({value})",
                                name=name, value=exc.strerror or exc)) from None
    try:
        doc = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ExchangeError(msg("{name}: is not a UTF-8 JSON file", name=name)) from None
    except json.JSONDecodeError as exc:
        raise ExchangeError(msg("{name}, line {line}, column {column}: not valid JSON ({reason})",
                                name=name, line=exc.lineno, column=exc.colno,
                                reason=exc.msg)) from None
    except RecursionError:
        raise ExchangeError(msg("{name}: is nested too deeply to be an exchange file",
                                name=name)) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ExchangeError(msg('{name}: is not a Career Pathway Planner plans file ("format" must '
                                'be "{FORMAT}")', name=name, FORMAT=FORMAT))
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ExchangeError(msg('{name}: "version" must be a whole number', name=name))
    if version > VERSION:
        raise ExchangeError(msg("{name}: was written by a newer version of Career Pathway Planner "
                                "(format version {version}); update the app to import it",
                                name=name, version=version))
    if version < 1:
        raise ExchangeError(msg("{name}: unknown format version {version}",
                                name=name, version=version))
    check = _Check(name)
    students: list[_StudentIn] = []
    seen: dict[str, int] = {}
    raw_students = check.list_(doc, "students", "document")
    for i, st in enumerate(raw_students):
        where = f"students[{i}]"
        if not isinstance(st, dict):
            check.fail(where, msg("must be an object"))
            continue
        values: dict[str, Any] = {
            "student_id": check.str_(st, "student_id", where, max_len=40, required=True),
            "first_name": check.str_(st, "first_name", where, max_len=100, required=True),
            "last_name": check.str_(st, "last_name", where, max_len=100, required=True),
            "preferred_name": check.str_(st, "preferred_name", where, max_len=100),
            "grade": check.int_(st, "grade", where),
            "graduation_year": check.int_(st, "graduation_year", where),
            "school": check.str_(st, "school", where, max_len=200),
            "counselor": check.str_(st, "counselor", where, max_len=200),
            "career_interests": check.str_(st, "career_interests", where, max_len=2000),
            "notes": check.str_(st, "notes", where, max_len=100_000, multiline=True),
            "archived": check.bool_(st, "archived", where),
            "created_at": check.time(st, "created_at", where),
            "updated_at": check.time(st, "updated_at", where),
        }
        _same_as_the_form(check, where, values)
        sid = values["student_id"]
        if isinstance(sid, str):
            sid = values["student_id"] = sid.strip()
            if sid in seen:
                check.fail(f"{where}.student_id", msg(
                    "student ID {sid} appears again (first in students[{first}])", sid=sid,
                    first=seen[sid]))
            seen[sid] = i
        plans: list[_PlanIn] = []
        active = 0
        for j, pl in enumerate(check.list_(st, "plans", where)):
            pwhere = f"{where}.plans[{j}]"
            if not isinstance(pl, dict):
                check.fail(pwhere, msg("must be an object"))
                continue
            pvalues: dict[str, Any] = {
                "name": check.str_(pl, "name", pwhere, max_len=200, required=True),
                "is_active": check.bool_(pl, "is_active", pwhere),
                "program_code": check.str_(pl, "program_code", pwhere, max_len=40,
                                           nullable=True),
                "career_goal_soc": check.str_(pl, "career_goal_soc", pwhere, max_len=16,
                                              nullable=True),
                "career_goal_text": check.str_(pl, "career_goal_text", pwhere, max_len=300),
                "postsecondary_type": check.str_(pl, "postsecondary_type", pwhere, max_len=40),
                "postsecondary_institution": check.str_(pl, "postsecondary_institution",
                                                        pwhere, max_len=300),
                "notes": check.str_(pl, "notes", pwhere, max_len=100_000, multiline=True),
                "status": check.choice(pl, "status", pwhere, PLAN_STATUSES, "draft"),
                "status_by": check.str_(pl, "status_by", pwhere, max_len=200),
                "status_at": check.time(pl, "status_at", pwhere, nullable=True),
                "created_at": check.time(pl, "created_at", pwhere),
                "updated_at": check.time(pl, "updated_at", pwhere),
                "diploma_set": check.str_(pl, "diploma_set", pwhere, max_len=40,
                                          nullable=True),
                "supplemental_sets": check.str_(pl, "supplemental_sets", pwhere,
                                                max_len=400),
                "family_notes": check.str_(pl, "family_notes", pwhere, max_len=100_000,
                                           multiline=True),
                "first_level": check.int_(pl, "first_level", pwhere, allowed=(6, 7, 8, 9),
                                          default=9),
            }
            for key in ("diploma_set", "supplemental_sets", "family_notes",
                        "first_level"):  # newer fields: keep if absent
                if key not in pl:
                    pvalues.pop(key)
            active += bool(pvalues["is_active"])
            courses = []
            for k, c in enumerate(check.list_(pl, "courses", pwhere)):
                cwhere = f"{pwhere}.courses[{k}]"
                if not isinstance(c, dict):
                    check.fail(cwhere, msg("must be an object"))
                    continue
                courses.append({
                    "course_code": check.str_(c, "course_code", cwhere, max_len=32,
                                              required=True),
                    "level": check.int_(c, "level", cwhere, allowed=(
                        *range(pvalues.get("first_level") or 9, 9), *GRADE_LEVELS)),
                    "term": check.choice(c, "term", cwhere, TERMS, "year"),
                    "status": check.choice(c, "status", cwhere, STATUSES, "planned"),
                    "final_mark": check.str_(c, "final_mark", cwhere, max_len=10),
                    "sort_order": check.int_(c, "sort_order", cwhere, default=k,
                                             allowed=SORT_ORDERS),
                })
            comments = []
            for k, c in enumerate(check.list_(pl, "comments", pwhere)):
                mwhere = f"{pwhere}.comments[{k}]"
                if not isinstance(c, dict):
                    check.fail(mwhere, msg("must be an object"))
                    continue
                comments.append({
                    "author": check.str_(c, "author", mwhere, max_len=200),
                    "created_at": check.time(c, "created_at", mwhere),
                    "text": check.str_(c, "text", mwhere, max_len=100_000, required=True,
                                       multiline=True),
                })
            plans.append(_PlanIn(pvalues, courses, comments,
                                 read_versions(check, pl, pwhere)))
        if active > 1:
            check.fail(f"{where}.plans", msg("more than one plan is marked active"))
        students.append(_StudentIn(values, plans, *read_audit_docs(check, st, where),
                                   read_transcript(check, st, where)))
    doc["course_matches"] = read_matches(check, doc)
    if check.errors:
        shown = Listing(check.errors[:10], "; ")
        raise ExchangeError(msg("{errors} (and {n} more)", errors=shown,
                                n=len(check.errors) - 10) if len(check.errors) > 10 else shown)
    return doc, students


def _same_as_the_form(check: _Check, where: str, values: dict[str, Any]) -> None:
    """The student form's own checks (grade 6-12, graduation year, names), by field."""
    from counselor_app.services.students import StudentData, validate_student

    if any(values[k] is None for k in ("student_id", "first_name", "last_name", "grade",
                                         "graduation_year")):
        return  # already reported by type
    data = StudentData(values["student_id"], values["first_name"], values["last_name"],
                       values["grade"], values["graduation_year"],
                       values["preferred_name"] or "")
    for error in validate_student(data):
        if error.field == "graduation_year" and values.get("archived"):
            continue  # an archived (graduated) student keeps the year of their class
        check.fail(f"{where}.{error.field}", error.message)
