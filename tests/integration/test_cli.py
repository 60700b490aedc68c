"""The headless command line: version, db init, db stats."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from counselor_app import __version__
from counselor_app.cli import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_db_init_then_stats_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new.db"
    assert main(["db", "init", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "clusters" in out and "ncc-legacy: 16" in out
    assert main(["db", "stats", "--json", "--db", str(path)]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["clusters"] == {"ncc-legacy": 16, "ncc-2024": 14}
    assert stats["pathways"] == {"ncc-legacy": 79, "ncc-2024": 72}
    assert stats["frameworks"] == 2
    assert stats["programs"] >= 79 and stats["courses"] > 300 and stats["occupations"] >= 1000
    assert stats["students"] == 0 and stats["plans"] == 0


def test_environment_variable_names_the_database(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "env.db"
    monkeypatch.setenv("COUNSELOR_APP_DB", str(path))
    assert main(["db", "stats", "--json"]) == 0
    assert path.exists()
    monkeypatch.setenv("COUNSELOR_APP_DB", f"sqlite:///{tmp_path / 'url.db'}")
    assert main(["db", "init"]) == 0
    assert (tmp_path / "url.db").exists()


@pytest.mark.parametrize("content", [b"this is not a database at all" * 10, b"\x00" * 4096,
                                     b"SQLite format 3\x00" + b"\x01" * 50])
def test_damaged_file_is_refused_with_one_line_and_left_alone(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes) -> None:
    path = tmp_path / "broken.db"
    path.write_bytes(content)
    assert main(["db", "stats", "--json", "--db", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and str(path) in err
    assert path.read_bytes() == content


def test_python_dash_m_runs_headless(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "counselor_app", "db", "stats", "--json",
                             "--db", str(tmp_path / "m.db")], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["clusters"]["ncc-2024"] == 14


def test_show_the_2024_framework_with_onets_codes(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "show.db")
    assert main(["show", "ncc-2024", "--json", "--db", db]) == 0
    view = json.loads(capsys.readouterr().out)
    assert len(view["clusters"]) == 14
    subs = [p for c in view["clusters"] for p in c["children"]]
    assert len(subs) == 72
    assert {c["code"]: c["name"] for c in view["clusters"]}["030100"] == "Financial Services"
    assert {p["code"]: p["name"] for p in subs}["030101"] == "Accounting"
    assert all(p["onet_code"] == p["code"] and len(p["code"]) == 6 for p in subs)
    assert any(p["programs"] for p in subs)


def test_show_air_and_space_lists_pilots_and_controllers_and_no_drivers(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "show.db")
    assert main(["show", "010301", "--json", "--db", db]) == 0
    view = json.loads(capsys.readouterr().out)
    titles = {o["title"]: o for o in view["occupations"]}
    assert "Air Traffic Controllers" in titles and "Commercial Pilots" in titles
    assert not [t for t in titles if "Driver" in t]
    assert titles["Commercial Pilots"]["median_annual_wage"] > 0
    assert titles["Commercial Pilots"]["outlook"]
    assert [p["code"] for p in view["programs"]] == ["L16-05-P1"]
    assert view["parents"][1]["code"] == "010300"


def test_show_a_course_an_occupation_and_an_unknown_code(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "show.db")
    assert main(["show", "10157", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "AP Computer Science A" in out and "SCED code: 10157" in out
    assert main(["show", "29-1141", "--json", "--db", db]) == 0
    view = json.loads(capsys.readouterr().out)
    assert view["name"] == "Registered Nurses" and view["median_annual_wage"] == 97550
    assert {p["code"] for p in view["parents"]} >= {"040206", "L08-05"}
    assert main(["show", "no-such-code", "--db", db]) == 2
    assert "no-such-code" in capsys.readouterr().err
