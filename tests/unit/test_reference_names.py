"""Our Spanish names of every cluster, pathway, sub-cluster, program of study and
occupation (resources/data/translations/es), and a district's own names."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from counselor_app.config import resources_dir
from counselor_app.services.reference_names import (
    clear_cache,
    localized_name,
    localized_names,
)

SOURCES = {"clusters": ("clusters.csv", "code", "name"),
           "pathways": ("pathways.csv", "code", "name"),
           "programs": ("programs.csv", "code", "name"),
           "occupations": ("occupations.csv", "soc", "title")}


def _english(kind: str) -> dict[str, str]:
    name, key, column = SOURCES[kind]
    with open(resources_dir() / "data" / name, encoding="utf-8") as fh:
        return {row[key]: row[column] for row in csv.DictReader(fh)}


@pytest.mark.parametrize("kind", list(SOURCES))
def test_every_code_has_a_spanish_name(kind: str) -> None:
    english = _english(kind)
    spanish = localized_names(kind, "es")
    assert len(english) == {"clusters": 30, "pathways": 151, "programs": 87,
                            "occupations": 1016}[kind]
    missing = sorted(set(english) - set(spanish))
    assert not missing, f"{kind}: no Spanish name for {missing}"
    assert not set(spanish) - set(english), "names of codes that no longer exist"
    same = [code for code in english if spanish[code] == english[code]]
    assert len(same) <= 3, f"{kind}: left in English? {same}"  # "Baristas" is Spanish too


@pytest.mark.parametrize("kind", list(SOURCES))
def test_each_translation_names_the_english_it_translates(kind: str) -> None:
    """A renamed cluster or occupation shows up here: its translation needs a look."""
    english = _english(kind)
    path = resources_dir() / "data" / "translations" / "es" / f"{kind}.csv"
    with open(path, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["code"] for r in rows] == list(english)  # same order: diffs read easily
    stale = [r["code"] for r in rows if r["english"] != english[r["code"]]]
    assert not stale, f"{kind}: the English name changed for {stale}"


def test_a_name_without_a_translation_stays_in_english() -> None:
    assert localized_name("clusters", "L08", "Health Science", "es") == "Ciencias de la salud"
    assert localized_name("occupations", "51-4121", "Welders", "es") == \
        "Soldadores, cortadores, soldadores de estaño y soldadores fuertes"  # SOC detail
    assert localized_name("programs", "NOT-A-CODE", "Our Program", "es") == "Our Program"
    assert localized_name("clusters", "L08", "Health Science", "en") == "Health Science"
    assert localized_name("clusters", "L08", "Health Science", "vi") == "Health Science"
    with pytest.raises(ValueError, match="unknown kind"):
        localized_names("courses", "es")


@pytest.fixture
def district(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    import counselor_app.config

    monkeypatch.setattr(counselor_app.config, "data_dir", lambda: tmp_path)
    clear_cache()
    yield tmp_path
    clear_cache()


def test_a_district_rewords_a_name(district: Path) -> None:
    folder = district / "translations" / "names" / "es"
    folder.mkdir(parents=True)
    (folder / "programs.csv").write_text(
        "code,english,translation\nL13-05-P1,Welding and Fabrication,Soldadura industrial\n"
        "LOCAL-1,Our Program,Nuestro programa\n", encoding="utf-8")
    assert localized_name("programs", "L13-05-P1", "x", "es") == "Soldadura industrial"
    assert localized_name("programs", "LOCAL-1", "Our Program", "es") == "Nuestro programa"
    assert localized_name("programs", "L13-04-P1", "x", "es") == \
        "Tecnología de ingeniería de manufactura"  # the built-in names still there
