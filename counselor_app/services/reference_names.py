"""Names of career clusters, pathways (legacy pathways and 2024 sub-clusters), programs of
study and occupations in another language, keyed by their stable codes.

Our own translations, shipped as readable, diffable CSV files in
``resources/data/translations/<language>/<kind>.csv`` with the columns ``code``, ``english``
(the name they translate, so a reviewer sees both and a test sees a stale one) and
``translation``. A district rewords or adds names with a file of the same form in
``translations/names/<language>/`` in the app's data folder: its rows win, row by row.

Plain functions of a language (no Qt, no database): the printed plan and the interface
both ask ``localized_name``; a name without a translation stays in English.
"""

from __future__ import annotations

import csv
import functools
import logging
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from counselor_app.messages import msg

log = logging.getLogger(__name__)

KINDS = ("clusters", "pathways", "programs", "occupations")
ENGLISH = "en"


def _folders(language: str) -> list[Path]:
    from counselor_app.config import data_dir, resources_dir

    return [resources_dir() / "data" / "translations" / language,
            data_dir() / "translations" / "names" / language]


def _read(path: Path, column: str = "translation") -> dict[str, str]:
    """{code: ``column``} of a names file, rows without either left out."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            return {row["code"].strip(): row[column].strip()
                    for row in csv.DictReader(fh)
                    if (row.get("code") or "").strip() and (row.get(column) or "").strip()}
    except (OSError, KeyError, ValueError, csv.Error) as exc:
        log.warning("names file %s not used: %s", path, exc)
        return {}


@functools.lru_cache(maxsize=64)
def localized_names(kind: str, language: str) -> Mapping[str, str]:
    """{code: name} of every ``kind`` (clusters, pathways, programs, occupations) that has
    a name in ``language``; empty for English or a language without translations."""
    if kind not in KINDS:
        raise ValueError(msg("unknown kind of name {kind!r}; one of {value}",
                             kind=kind, value=', '.join(KINDS)))
    language = (language or ENGLISH).lower()
    names: dict[str, str] = {}
    if language != ENGLISH:
        for folder in _folders(language):
            if (folder / f"{kind}.csv").is_file():
                names.update(_read(folder / f"{kind}.csv"))
    return MappingProxyType(names)


def localized_name(kind: str, code: str | None, english: str, language: str) -> str:
    """The name of ``code`` in ``language``; ``english`` when there is none.

    An O*NET occupation code finds the translation of its SOC detail too ("51-4121"
    finds "51-4121.00")."""
    if not code or not english:
        return english
    names = localized_names(kind, language)
    found = names.get(code) or (names.get(f"{code}.00") if "." not in code else None)
    return found or english


@functools.lru_cache(maxsize=64)
def names_in_english(kind: str, language: str) -> Mapping[str, str]:
    """{code: the English name a translation was made from} (the files' ``english``
    column), for screens that only hold the English name."""
    names: dict[str, str] = {}
    for folder in _folders((language or ENGLISH).lower()):
        if (folder / f"{kind}.csv").is_file():
            names.update(_read(folder / f"{kind}.csv", "english"))
    return MappingProxyType(names)


def clear_cache() -> None:
    """Forget names read so far (a district file changed; tests)."""
    localized_names.cache_clear()
    names_in_english.cache_clear()
