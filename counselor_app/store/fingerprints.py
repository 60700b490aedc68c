"""Fingerprints of the shipped data, compared with what a database last loaded.

Kept apart from the loaders (no SQLAlchemy here) so opening a database that is already
up to date can check them without loading the ORM.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from counselor_app.config import resources_dir

DATA_FILES = ("clusters.csv", "pathways.csv", "crosswalk.csv", "courses.csv", "course_tags.csv",
              "programs.csv",
              "program_courses.csv", "program_options.csv", "program_subclusters.csv",
              "program_credentials.csv", "program_occupations.csv",
              "occupations.csv", "occupation_links.csv", "labor_market.csv", "sources.csv",
              "graduation_requirements.csv")
"""The built-in reference data files (``resources/data``), in loading order."""

REFERENCE_VERSION_KEY = "reference_version"
SETS_VERSION_KEY = "requirement_sets_version"
"""``data_info`` keys holding the fingerprints a database was last loaded from."""


def data_dir() -> Path:
    return resources_dir() / "data"


def data_version(folder: Path | None = None) -> str:
    """A short fingerprint of the built-in data files."""
    digest = hashlib.sha256()
    for name in DATA_FILES:
        digest.update(((folder or data_dir()) / name).read_bytes())
    return "builtin-" + digest.hexdigest()[:12]


def builtin_set_files() -> list[Path]:
    return sorted((resources_dir() / "requirements").glob("*.toml"))


def builtin_sets_version() -> str:
    """A short fingerprint of the built-in requirement sets (``resources/requirements``)."""
    digest = hashlib.sha256()
    for path in builtin_set_files():
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return "builtin-" + digest.hexdigest()[:12]
