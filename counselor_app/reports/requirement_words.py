"""Requirement sets in another language: set names, requirement labels (every level),
descriptions and sources.

Requirement sets are data a district writes and edits, in English; they are translated
where they are shown, never in the set itself (the editor, the audit record and the
exported file keep the English text). A catalog is a JSON file named by its language code
(``es.json``) whose keys are the English text as the set has it and whose values are the
translation. Ours, for every built-in set, are in ``resources/translations/requirements``;
a district translates its own sets, or rewords ours, with a file of the same form in the
``translations/requirements`` folder of the app's data folder (or in
``$COUNSELOR_APP_REQUIREMENT_CATALOGS``): its entries win, entry by entry. Text without an
entry is shown as it is.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from counselor_app.reports.i18n import ENGLISH, read_catalog


def builtin_folder() -> Path:
    from counselor_app.config import resources_dir

    return resources_dir() / "translations" / "requirements"


def district_folder() -> Path:
    override = os.environ.get("COUNSELOR_APP_REQUIREMENT_CATALOGS")
    if override:
        return Path(override)
    from counselor_app.config import data_dir

    return data_dir() / "translations" / "requirements"


@functools.lru_cache(maxsize=16)
def requirement_words(language: str) -> Mapping[str, str]:
    """{English text: translation} for ``language``; empty for English."""
    language = (language or ENGLISH).lower()
    words: dict[str, str] = {}
    if language == ENGLISH:
        return MappingProxyType(words)
    for folder in (builtin_folder(), district_folder()):
        path = folder / f"{language}.json"
        if path.is_file():
            words.update({k: v.strip() for k, v in read_catalog(path, str(path)).items()
                          if isinstance(v, str) and v.strip() and not k.startswith("_")})
    return MappingProxyType(words)


def clear_cache() -> None:
    requirement_words.cache_clear()


def set_texts(data: Mapping[str, Any]) -> Iterator[str]:
    """Every text of a set (as its file has it) that a family or counselor reads: name,
    description, source, notice, and every requirement's label and description."""
    for key in ("name", "description", "source", "notice"):
        if isinstance(data.get(key), str) and data[key].strip():
            yield data[key]

    def walk(nodes: Any) -> Iterator[str]:
        for node in nodes or ():
            if not isinstance(node, Mapping):
                continue
            for key in ("label", "description"):
                if isinstance(node.get(key), str) and node[key].strip():
                    yield node[key]
            yield from walk(node.get("children"))

    yield from walk(data.get("requirements"))
