"""Requirement-set files: what is accepted, and every refusal names file, place, reason."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from counselor_app.audit import SetFileError, check_set_references, load_set_file, parse_set
from tests.audit_data import CATALOG, make_set

GOOD = """\
code = "good"
name = "A good set"
state = "district"
kind = "diploma"
source = "tests"
checked = 2026-11-30

[passing]
minimum = 70

[define.math]
kind = "credits"
label = "Mathematics"
credits = 2
from = { areas = ["Mathematics"] }

[[requirements]]
kind = "credits"
label = "English"
credits = 4
from = { areas = ["English"] }

[[requirements]]
kind = "ref"
ref = "math"

[[requirements]]
kind = "any"
label = "Arts or CTE"
[[requirements.children]]
kind = "courses"
label = "Art"
courses = ["ART"]
[[requirements.children]]
kind = "group"
label = "A CTE course"
count = 1
from = { tags = ["cte"] }
"""


def write(tmp_path: Path, text: str, name: str = "set.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_file_loads(tmp_path):
    rs = load_set_file(write(tmp_path, GOOD), set(CATALOG))
    assert (rs.code, rs.kind, rs.state, rs.checked) == ("good", "diploma", "district",
                                                        dt.date(2026, 11, 30))
    assert [n.id for n in rs.root.walk()][1:] == [
        "english", "mathematics", "arts-or-cte", "arts-or-cte/art", "arts-or-cte/a-cte-course"]
    assert rs.passing.minimum == 70
    assert rs.find("arts-or-cte/art").slots == (("ART",),)


@pytest.mark.parametrize(("change", "place", "reason"), [
    (('credits = 4', 'credit = 4'), "requirements[0]", "unknown key 'credit' (did you mean "
     "'credits'?)"),
    (('label = "English"\n', ''), "requirements[0]", "missing 'label'"),
    (('credits = 4', 'credits = -1'), "requirements[0].credits", "must not be negative"),
    (('courses = ["ART"]', 'courses = ["ART", "NOPE"]'), "requirements[2].children[0]."
     "courses[1]", "unknown course code 'NOPE'"),
    (('kind = "diploma"', 'kind = "degree"'), "kind", "'degree': one of diploma"),
    (('ref = "math"', 'ref = "maths"'), "requirements[1].ref", "no definition 'maths'"),
    (('count = 1', 'count = 1.5'), "requirements[2].children[1].count",
     "must be a whole number"),
    (('from = { tags = ["cte"] }', 'from = { tag = ["cte"] }'),
     "requirements[2].children[1].from", "unknown key 'tag'"),
    (('checked = 2026-11-30', 'checked = "soon"'), "checked", "must be a date"),
    (('code = "good"', 'code = "Good Set"'), "code", "use lower-case letters"),
    (('name = "A good set"\n', ''), "", "missing 'name'"),
    (('[[requirements]]\nkind = "credits"', '[[requirements]]\nkind = "credit"'),
     "requirements[0].kind", "'credit': one of"),
])
def test_bad_files_are_refused_with_file_place_and_reason(tmp_path, change, place, reason):
    old, new = change
    assert old in GOOD
    path = write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(SetFileError) as info:
        load_set_file(path, set(CATALOG))
    assert info.value.file == "set.toml"
    assert info.value.place == place
    assert reason in info.value.reason
    assert str(info.value).startswith(f"set.toml: {place}: " if place else "set.toml: ")


def test_definition_cycle_is_refused(tmp_path):
    text = GOOD + '\n[define.loop]\nkind = "ref"\nref = "loop2"\n' \
                  '[define.loop2]\nkind = "ref"\nref = "loop"\n'
    with pytest.raises(SetFileError, match="reference cycle: loop -> loop2 -> loop"):
        load_set_file(write(tmp_path, text), set(CATALOG))


def test_set_reference_cycle_and_unknown_set_are_refused():
    a = make_set({"kind": "set", "label": "Needs B", "set": "b"}, code="a")
    b = make_set({"kind": "set", "label": "Needs A", "set": "a"}, code="b")
    with pytest.raises(SetFileError, match="reference cycle: a -> b -> a"):
        check_set_references({"a": a, "b": b})
    with pytest.raises(SetFileError, match="no requirement set 'b'"):
        check_set_references({"a": a})


def test_toml_syntax_error_names_the_line(tmp_path):
    with pytest.raises(SetFileError) as info:
        load_set_file(write(tmp_path, GOOD.replace("credits = 4", "credits = = 4")))
    assert info.value.place == "line 20"


def test_json_file_with_same_structure_loads(tmp_path):
    import json

    data = {"code": "j", "name": "J", "state": "CA", "kind": "supplemental", "source": "x",
            "checked": "2026-11-30", "requirements": [
                {"kind": "credits", "label": "English", "credits": 1,
                 "from": {"areas": ["English"]}}]}
    rs = load_set_file(write(tmp_path, json.dumps(data), "set.json"))
    assert rs.kind == "supplemental"


def test_need_more_than_listed_is_refused():
    with pytest.raises(SetFileError, match="needs 3 but only 2 are listed"):
        parse_set({"code": "x", "name": "X", "state": "TX", "kind": "diploma", "source": "s",
                   "checked": "2026-01-01", "requirements": [
                       {"kind": "courses", "label": "C", "courses": ["ALG1", "GEO"],
                        "need": 3}]}, "x.toml")


def test_every_built_in_set_survives_a_toml_round_trip():
    import tomllib

    from counselor_app.audit.toml_writer import dump_toml
    from tests.audit_builtin import SETS_DIR

    for path in sorted(SETS_DIR.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        text = dump_toml(data)
        assert tomllib.loads(text) == data, path.name
        assert parse_set(tomllib.loads(text), path.name).code == data["code"]
