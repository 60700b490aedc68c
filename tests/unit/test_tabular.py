"""Reading CSV/XLSX: encodings, delimiters, headers, formulas, broken files."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import openpyxl
import pytest

from counselor_app.services.export_files import write_table
from counselor_app.services.imports.mapping import ColumnSpec, match_columns, normalize_header
from counselor_app.services.imports.reading import TabularError, column_letter, read_table

ROWS = "Student ID,Last Name,First Name\n1001,Muñoz,José\n1002,O'Brien,Zoë\n"


def values(path: Path, encoding: str | None = None) -> list[list[str]]:
    return [r.values for r in read_table(path, encoding).rows]


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_encodings_are_detected(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "s.csv"
    path.write_bytes(ROWS.encode(codec))
    table = read_table(path)
    assert table.headers == ["Student ID", "Last Name", "First Name"]
    assert [r.values for r in table.rows] == [["1001", "Muñoz", "José"],
                                              ["1002", "O'Brien", "Zoë"]]
    assert table.encoding is not None


def test_windows_1252_smart_quotes_are_read_as_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_bytes("code,title\nA1,“Quoted” – café\n".encode("cp1252"))
    table = read_table(path)
    assert table.encoding == "cp1252"
    assert list(table.rows)[0].values == ["A1", "“Quoted” – café"]


def test_explicit_encoding_is_used_and_a_wrong_one_names_the_row(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_bytes(ROWS.encode("cp1252"))
    assert values(path, "cp1252")[0] == ["1001", "Muñoz", "José"]
    with pytest.raises(TabularError) as info:
        read_table(path, "utf-8")
    assert info.value.row == 2 and "UTF-8" in info.value.reason
    with pytest.raises(TabularError, match="unknown text encoding"):
        read_table(path, "klingon")


def test_semicolon_and_tab_delimited_files(tmp_path: Path) -> None:
    semi = tmp_path / "semi.csv"
    semi.write_text("a;b;c\n1;2,5;3\n", encoding="utf-8")
    assert values(semi) == [["1", "2,5", "3"]]
    tab = tmp_path / "tab.txt"
    tab.write_text("a\tb\n1\t\"x\n", encoding="utf-8")
    assert list(read_table(tab, quoting=False).rows)[0].values == ["1", '"x']


def test_excel_csv_quirks_quoted_newlines_blank_lines_and_row_numbers(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_bytes(b"\r\nid,notes\r\n1,\"two\r\nlines\"\r\n\r\n2,x\r\n")
    table = read_table(path)
    assert table.header_row == 2
    rows = [(r.number, r.values) for r in table.rows if not r.is_blank()]
    assert rows == [(3, ["1", "two\r\nlines"]), (5, ["2", "x"])]


def test_header_normalisation_and_aliases() -> None:
    assert normalize_header(" Student_ID ") == normalize_header("studentid") == "studentid"
    assert normalize_header("O*NET-SOC Code") == "onetsoccode"
    assert normalize_header("Career & Technical") == normalize_header("career and technical")
    specs = [ColumnSpec("student_id", "Student ID", ("StudentID", "ID"), True),
             ColumnSpec("last_name", "Last Name", ("Last", "Surname"), True),
             ColumnSpec("grade", "Grade", (), True)]
    match = match_columns(["student_id", "LAST", "Favourite Colour", "", "surname"], specs)
    assert match.mapping == {"student_id": 0, "last_name": 1}
    assert match.unknown == ["Favourite Colour"]
    assert [s.key for s in match.missing] == ["grade"]
    assert [(s.key, idx) for s, idx in match.repeated] == [("last_name", [1, 4])]


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]


def test_xlsx_values_formulas_and_errors(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["B2"], ws["C2"], ws["D2"], ws["E2"] = "ID", "Grade", "When", "Formula"
    ws["B3"], ws["C3"], ws["D3"], ws["E3"] = 100234, 9.0, dt.datetime(2026, 5, 1), "=1+1"
    ws["B4"], ws["C4"], ws["D4"], ws["E4"] = "00123", 2.5, True, "ok"
    ws["B6"] = "after a gap"
    path = tmp_path / "s.xlsx"
    wb.save(path)
    table = read_table(path)
    assert table.format == "xlsx" and table.header_row == 2
    assert table.headers[1:] == ["ID", "Grade", "When", "Formula"]
    rows = {r.number: r for r in table.rows}
    assert rows[3].values[1:4] == ["100234", "9", "2026-05-01"]
    assert "formula" in rows[3].problems[4]
    assert rows[4].values[1:5] == ["00123", "2.5", "TRUE", "ok"] and not rows[4].problems
    assert rows[6].values[1] == "after a gap"


def test_xlsx_error_cells_are_problems(tmp_path: Path) -> None:
    path = tmp_path / "e.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["a", "b"])
    ws.append(["#N/A", "x"])
    ws["A2"].data_type = "e"
    wb.save(path)
    row = list(read_table(path).rows)[0]
    assert "#N/A" in row.problems[0]


@pytest.mark.parametrize("name,content,reason", [
    ("empty.csv", b"", "empty"),
    ("blank.csv", b"\n\n  \n", "empty"),
    ("nul.csv", b"id,name\n1,\x00\x00\x00\n", "binary"),
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, ".xls"),
    ("fake.xlsx", b"not a zip file at all", "Excel"),
    ("zip.csv", b"PK\x03\x04" + os.urandom(200), "Excel"),
])
def test_unreadable_files_raise_a_clear_error(tmp_path: Path, name: str, content: bytes,
                                               reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(TabularError) as info:
        read_table(path)
    assert info.value.file == name and reason in info.value.reason


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(TabularError, match="does not exist"):
        read_table(tmp_path / "nope.csv")
    with pytest.raises(TabularError, match="folder"):
        read_table(tmp_path)


def test_a_huge_cell_stops_reading_at_its_row(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text("id,notes\n1,ok\n2," + "x" * 200_000 + "\n3,later\n", encoding="utf-8")
    table = read_table(path)
    assert [r.values for r in table.rows] == [["1", "ok"]]
    assert table.error is not None and table.error.row == 3
    assert "longer than" in table.error.reason


def test_write_table_round_trips_csv_and_xlsx(tmp_path: Path) -> None:
    rows = [["01001", "Café", "9"], ["X;Y", 'quote "q"', ""]]
    for name in ("t.csv", "t.xlsx"):
        path = write_table(tmp_path / name, ["Code", "Title", "Grade"], rows)
        table = read_table(path)
        assert table.headers == ["Code", "Title", "Grade"]
        assert [r.values[:3] for r in table.rows] == [
            ["01001", "Café", "9"], ["X;Y", 'quote "q"', ""]]
    assert (tmp_path / "t.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_xlsx_limits_apply_before_loading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import zipfile

    from counselor_app.services.imports import xlsx

    big = tmp_path / "big.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Code", "Title"])
    ws.append(["A1", "LONGCELL"])
    ws.append(["A2", "BOMBCELL"])
    wb.save(big)

    def grown(name: str, long: int, bomb: int) -> Path:
        """openpyxl cuts cells to 32,767 characters: write longer ones into the XML."""
        out = tmp_path / name
        with zipfile.ZipFile(big) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in src.infolist():
                data = src.read(info).replace(b"LONGCELL", b"y" * long)
                dst.writestr(info.filename, data.replace(b"BOMBCELL", b"z" * bomb))
        return out

    # over Excel's own 32,767 characters: that cell is a problem of its row
    rows = list(read_table(grown("long.xlsx", 40_000, 1)).rows)
    assert rows[0].values[1] == "" and "longer than 32767" in rows[0].problems[1]
    # far over: the file is refused before openpyxl parses it
    with pytest.raises(TabularError, match="far longer than 32767"):
        read_table(grown("bomb.xlsx", 1, 140_000))
    small = tmp_path / "small.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Code", "Title"])
    ws.append(["A1", "ok"])
    wb.save(small)
    total = sum(i.file_size for i in zipfile.ZipFile(small).infolist())
    monkeypatch.setattr(xlsx, "MAX_UNCOMPRESSED", total - 1)
    with pytest.raises(TabularError, match="unpacks to"):
        read_table(small)


def test_rows_are_streamed_not_held(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text("id,name\n" + "".join(f"{i},n{i}\n" for i in range(1000)), "utf-8")
    table = read_table(path)
    rows = table.rows
    assert not isinstance(rows, list)
    assert next(rows).values == ["0", "n0"]  # read as used; again from the top each time
    assert sum(1 for _ in table.rows) == 1000
