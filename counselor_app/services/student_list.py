"""The student list, read without the ORM: it is the first screen of the GUI.

``Database.rows`` reads a SQLite file through the ``sqlite3`` module, so the list is on
screen before SQLAlchemy is loaded (issue 15); the same SQL runs on PostgreSQL through
the engine. ``services.students`` re-exports these for everything else.
"""

from __future__ import annotations

from dataclasses import dataclass

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


_LIST = """
SELECT s.id, s.student_id, s.first_name, s.last_name, s.preferred_name, s.grade,
       s.graduation_year, s.school, s.counselor, s.archived, p.id, c.name
FROM student s
LEFT OUTER JOIN "plan" p ON p.student_pk = s.id AND p.is_active = :yes
LEFT OUTER JOIN program g ON g.code = p.program_code
LEFT OUTER JOIN pathway w ON w.id = g.pathway_id
LEFT OUTER JOIN cluster c ON c.id = w.cluster_id
"""


def _like_pattern(word: str) -> str:
    """``%word%`` with LIKE's wildcards taken literally (escape character ``/``)."""
    return "%" + word.replace("/", "//").replace("%", "/%").replace("_", "/_") + "%"


def list_students(db: Database, *, include_archived: bool = False, query: str = "",
                  grade: int | None = None, counselor: str | None = None) -> list[StudentRow]:
    """Students with the cluster of their active plan, sorted by name."""
    where: list[str] = []
    params: dict[str, object] = {"yes": True}
    if not include_archived:
        where.append("s.archived = :no")
        params["no"] = False
    for i, word in enumerate(query_words(query, split_on_spaces=True)):
        where.append(f"s.name_folded LIKE :w{i} ESCAPE '/'")
        params[f"w{i}"] = _like_pattern(word)
    if grade is not None:
        where.append("s.grade = :grade")
        params["grade"] = grade
    if counselor:
        where.append("s.counselor = :counselor")
        params["counselor"] = counselor
    sql = _LIST + (" WHERE " + " AND ".join(where) if where else "")
    rows = db.rows(sql + " ORDER BY s.last_name, s.first_name", params)
    return [StudentRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], bool(r[9]), r[10],
                       r[11] or "") for r in rows]


def has_students(db: Database) -> bool:
    """Whether any student record exists (archived ones included)."""
    return bool(db.rows("SELECT 1 FROM student LIMIT 1"))
