"""The student list, read without the ORM: it is the first screen of the GUI.

``Database.rows`` reads a SQLite file through the ``sqlite3`` module, so the list is on
screen before SQLAlchemy is loaded (issue 15); the same SQL runs on PostgreSQL through
the engine. ``services.students`` re-exports these for everything else.

The Students view reads it a screen at a time: ``student_ids`` gives the ids in display
order, sorted and filtered in SQL (by the folded sort keys and search text stored on each
student), and ``student_rows`` reads the rows of the ids on screen. Opening a list of
5,000 students reads 5,000 integers and one page of rows, not 5,000 rows. Sorted by
cluster in another language, the clusters (a few dozen) are ranked in Python by their
translated names in that language's collation and the SQL orders by that rank.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from counselor_app.messages import msg
from counselor_app.store.engine import Database
from counselor_app.text import query_words


@dataclass(frozen=True)
class StudentRow:
    id: int
    student_id: str
    first_name: str
    last_name: str
    preferred_name: str
    grade: int
    graduation_year: int
    school: str
    counselor: str
    archived: bool
    active_plan_id: int | None = None
    active_cluster: str = ""

    @property
    def display_name(self) -> str:
        first = self.preferred_name or self.first_name
        return f"{self.last_name}, {first}"

    @property
    def full_name(self) -> str:
        first = self.preferred_name or self.first_name
        return f"{first} {self.last_name}"


_FROM = """
FROM student s
LEFT OUTER JOIN "plan" p ON p.student_pk = s.id AND p.is_active = :yes
LEFT OUTER JOIN program g ON g.code = p.program_code
LEFT OUTER JOIN pathway w ON w.id = g.pathway_id
LEFT OUTER JOIN cluster c ON c.id = w.cluster_id
"""
_LIST = """
SELECT s.id, s.student_id, s.first_name, s.last_name, s.preferred_name, s.grade,
       s.graduation_year, s.school, s.counselor, s.archived, p.id, c.name""" + _FROM


def _like_pattern(word: str) -> str:
    """``%word%`` with LIKE's wildcards taken literally (escape character ``/``)."""
    return "%" + word.replace("/", "//").replace("%", "/%").replace("_", "/_") + "%"


def _filter(include_archived: bool, text: str) -> tuple[list[str], dict[str, object]]:
    """The WHERE terms (and their parameters) of the archive choice and a search."""
    where: list[str] = []
    params: dict[str, object] = {"yes": True}
    if not include_archived:
        where.append("s.archived = :no")
        params["no"] = False
    for i, word in enumerate(query_words(text, split_on_spaces=True)):
        where.append(f"s.name_folded LIKE :w{i} ESCAPE '/'")
        params[f"w{i}"] = _like_pattern(word)
    return where, params


def list_students(db: Database, *, include_archived: bool = False, query: str = "",
                  grade: int | None = None, counselor: str | None = None) -> list[StudentRow]:
    """Students with the cluster of their active plan, sorted by name."""
    where, params = _filter(include_archived, query)
    if grade is not None:
        where.append("s.grade = :grade")
        params["grade"] = grade
    if counselor:
        where.append("s.counselor = :counselor")
        params["counselor"] = counselor
    sql = _LIST + (" WHERE " + " AND ".join(where) if where else "")
    rows = db.rows(sql + " ORDER BY s.last_name, s.first_name", params)
    return [_row(r) for r in rows]


def _row(r: tuple[Any, ...]) -> StudentRow:
    return StudentRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], bool(r[9]), r[10],
                      r[11] or "")


def has_students(db: Database) -> bool:
    """Whether any student record exists (archived ones included)."""
    return bool(db.rows("SELECT 1 FROM student LIMIT 1"))


SORT_KEYS = ("name", "student_id", "grade", "graduation_year", "counselor", "cluster")
"""What the list can be sorted by, in the order of the table's columns."""

_SORT_SQL = {"name": (), "student_id": ("s.sort_id",), "grade": ("s.grade",),
             "graduation_year": ("s.graduation_year",), "counselor": ("lower(s.counselor)",),
             "cluster": ("lower(coalesce(c.name, ''))",)}

MAX_IDS_PER_QUERY = 500
"""Rows are read in chunks of at most this many ids (well under any parameter limit)."""


@dataclass(frozen=True)
class StudentListQuery:
    """Which students the list shows, and in which order."""

    include_archived: bool = False
    text: str = ""  # every word must occur in the folded names or student ID
    sort: str = "name"
    descending: bool = False
    language: str = "en"  # the interface's: cluster names sort as they are shown

    def __post_init__(self) -> None:
        if self.sort not in SORT_KEYS:
            raise ValueError(msg("unknown sort key {sort!r}; use one of {value}",
                                 sort=self.sort, value=', '.join(SORT_KEYS)))


def _cluster_rank(db: Database, language: str, params: dict[str, object]) -> str | None:
    """An SQL expression ranking the active plan's cluster by its name in ``language``
    (our translated names, the English name where there is none), or None for English
    or a language without translated cluster names. Fills ``params``."""
    from counselor_app.collation import collation_key
    from counselor_app.services.reference_names import localized_names

    names = localized_names("clusters", language) if language != "en" else {}
    if not names:
        return None
    keys = {code: collation_key(names.get(code) or name, language)
            for code, name in db.rows("SELECT code, name FROM cluster")}
    ranks = {key: i for i, key in enumerate(sorted(set(keys.values())))}
    whens = []
    for i, (code, key) in enumerate(keys.items()):
        params[f"c{i}"] = code
        whens.append(f"WHEN :c{i} THEN {ranks[key]}")
    if not whens:
        return None
    return f"CASE WHEN c.code IS NULL THEN -1 ELSE CASE c.code {' '.join(whens)} END END"


def student_ids(db: Database, query: StudentListQuery = StudentListQuery()) -> list[int]:
    """The ids of the students ``query`` shows, in its order (ties by name, then id)."""
    where, params = _filter(query.include_archived, query.text)
    direction = " DESC" if query.descending else ""
    keys = _SORT_SQL[query.sort]
    if query.sort == "cluster":
        rank = _cluster_rank(db, query.language, params)
        keys = (rank,) if rank else keys
    order = [f"{key}{direction}" for key in (*keys, "s.sort_name")]
    sql = "SELECT s.id " + (_FROM if query.sort == "cluster" else "FROM student s")
    sql += (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY " + ", ".join([*order, "s.id"])
    return [r[0] for r in db.rows(sql, params)]


def count_students(db: Database, *, include_archived: bool = False) -> int:
    """How many students the list holds before any search."""
    where, params = _filter(include_archived, "")
    sql = "SELECT count(*) FROM student s" + (" WHERE " + " AND ".join(where) if where else "")
    return int(db.rows(sql, params)[0][0])


def student_rows(db: Database, ids: Sequence[int]) -> list[StudentRow]:
    """The rows of ``ids`` in the order given (ids no longer there are left out)."""
    found: dict[int, StudentRow] = {}
    for start in range(0, len(ids), MAX_IDS_PER_QUERY):
        chunk = ids[start:start + MAX_IDS_PER_QUERY]
        params: dict[str, object] = {"yes": True}
        params.update({f"i{k}": int(pk) for k, pk in enumerate(chunk)})
        marks = ", ".join(f":i{k}" for k in range(len(chunk)))
        for r in db.rows(f"{_LIST} WHERE s.id IN ({marks})", params):
            found[r[0]] = _row(r)
    return [found[pk] for pk in ids if pk in found]
