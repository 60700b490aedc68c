"""The student list reads ids, then only the rows on screen; sorted and filtered in SQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from counselor_app.services import students
from counselor_app.services.student_list import StudentListQuery
from counselor_app.services.students import StudentData, StudentRow
from counselor_app.store.engine import Database
from counselor_app.ui.students.table_model import (
    GRADE,
    NAME,
    PAGE_SIZE,
    STUDENT_ID,
    DatabaseStudents,
    StudentTableModel,
)

YEAR = dt.date.today().year


class CountingStudents(DatabaseStudents):
    """The real services, counting the rows read."""

    def __init__(self, db: Database) -> None:
        super().__init__(self)
        self.db = db
        self.rows_read: list[int] = []
        self.id_reads = 0

    def ids(self, query: StudentListQuery) -> list[int]:
        self.id_reads += 1
        return super().ids(query)

    def rows(self, ids: Sequence[int]) -> list[StudentRow]:
        self.rows_read.extend(ids)
        return super().rows(ids)


def add(db: Database, sid: str, first: str, last: str, grade: int = 9,
        archived: bool = False) -> int:
    pk = students.create_student(db, StudentData(sid, first, last, grade, YEAR + 12 - grade))
    if archived:
        students.set_archived(db, pk, True)
    return pk


def column(model: StudentTableModel, col: int) -> list[str]:
    return [str(model.index(r, col).data()) for r in range(model.rowCount())]


def test_sorted_and_filtered_in_the_database_accents_and_case_ignored(
        db: Database, qtbot: QtBot) -> None:
    for sid, first, last, grade in [("1", "José", "Núñez", 11), ("2", "Zoë", "Ørsted", 9),
                                    ("30", "Ann", "Lee", 10), ("A-7", "Émile", "Zola", 12),
                                    ("4", "bea", "de la Cruz", 9)]:
        add(db, sid, first, last, grade)
    add(db, "99", "Old", "Archer", archived=True)
    model = StudentTableModel(CountingStudents(db))
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.reload()
    assert model.rowCount() == 5 and model.columnCount() == 6 and model.total() == 5
    # names by folded last name: "de la Cruz" among the Ds, "Ørsted" as "orsted"
    assert column(model, NAME) == ["de la Cruz, bea", "Lee, Ann", "Núñez, José",
                                   "Ørsted, Zoë", "Zola, Émile"]
    model.sort(STUDENT_ID, Qt.SortOrder.AscendingOrder)  # numeric IDs in numeric order
    assert column(model, STUDENT_ID) == ["1", "2", "4", "30", "A-7"]
    model.sort(GRADE, Qt.SortOrder.DescendingOrder)
    assert column(model, GRADE) == ["12", "11", "10", "9", "9"]
    model.sort(NAME, Qt.SortOrder.DescendingOrder)
    assert column(model, NAME)[0] == "Zola, Émile"
    model.sort(NAME, Qt.SortOrder.AscendingOrder)
    model.reload(text="jose NUNEZ")
    assert column(model, NAME) == ["Núñez, José"] and model.total() == 5
    model.reload(text="orsted")
    assert column(model, STUDENT_ID) == ["2"]
    model.reload(text="3")  # part of a student ID
    assert column(model, STUDENT_ID) == ["30"]
    model.reload(text="", include_archived=True)
    assert "Archer, Old (archived)" in column(model, NAME) and model.total() == 6
    add(db, "5", "New", "Comer")  # another counselor adds one; the next sort shows it
    model.sort(NAME, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == 7 and column(model, NAME)[0] == "Archer, Old (archived)"
    assert column(model, NAME)[1] == "Comer, New"


def test_rows_are_read_only_when_shown(db: Database, qtbot: QtBot) -> None:
    n = PAGE_SIZE * 3 + 5
    pks = [add(db, f"{1000 + i}", "Pat", f"Student {i:03d}") for i in range(n)]
    source = CountingStudents(db)
    model = StudentTableModel(source)
    model.reload()
    assert model.rowCount() == n and source.rows_read == [] and model.cached_rows() == 0
    assert model.index(0, NAME).data() == "Student 000, Pat"
    assert len(source.rows_read) == PAGE_SIZE  # the first page, not the whole list
    for r in range(PAGE_SIZE):  # the rest of the page is already there
        model.index(r, STUDENT_ID).data()
    assert len(source.rows_read) == PAGE_SIZE
    assert model.index(n - 1, NAME).data() == f"Student {n - 1:03d}, Pat"
    assert len(source.rows_read) == PAGE_SIZE + 5  # the last (short) page
    assert model.row_of(pks[PAGE_SIZE + 1]) == PAGE_SIZE + 1  # found without reading rows
    assert model.index(PAGE_SIZE + 1, 0).data(Qt.ItemDataRole.UserRole + 1) == pks[
        PAGE_SIZE + 1]
    assert len(source.rows_read) == PAGE_SIZE + 5
    # an edit, then a reload: the row is read again, fresh
    students.update_student(db, pks[0], StudentData("1000", "Pat", "Aardvark", 9, YEAR + 3))
    model.reload()
    assert model.cached_rows() == 0
    assert model.index(0, NAME).data() == "Aardvark, Pat"


def test_sorted_by_cluster_in_the_interface_language(db: Database, qtbot: QtBot,
                                                      qapp: object) -> None:
    from counselor_app.services import plans
    from counselor_app.ui.i18n import install_translators, remove_translators
    from counselor_app.ui.students.table_model import CLUSTER

    for sid, program in [("1", "L04-01-P1"), ("2", "L08-01-P1"), ("3", "L06-01-P1"),
                         ("4", "L11-01-P1")]:
        plans.create_plan(db, add(db, sid, "Ana", f"Student {sid}"), "Main plan", program)
    add(db, "5", "Sin", "Plan")
    model = StudentTableModel(CountingStudents(db))
    model.reload()
    model.sort(CLUSTER, Qt.SortOrder.AscendingOrder)
    assert column(model, STUDENT_ID) == ["5", "1", "3", "2", "4"]  # Business, Finance, Health
    translators = install_translators(qapp, "es")  # type: ignore[arg-type]
    try:
        model.sort(CLUSTER, Qt.SortOrder.AscendingOrder)
        assert column(model, CLUSTER) == ["—", "Ciencias de la salud", "Finanzas",
                                          "Gestión y administración de empresas",
                                          "Tecnologías de la información"]
        model.sort(CLUSTER, Qt.SortOrder.DescendingOrder)
        assert column(model, STUDENT_ID) == ["4", "1", "3", "2", "5"]
    finally:
        remove_translators(qapp, translators)  # type: ignore[arg-type]
