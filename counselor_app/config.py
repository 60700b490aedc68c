"""Paths and database location.

The database URL comes, in order, from ``--db``, the ``COUNSELOR_APP_DB`` variable
(a file path or a SQLAlchemy URL) or the per-user data folder.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from counselor_app import APP_ID

ENV_DB = "COUNSELOR_APP_DB"
DEFAULT_DB_NAME = "counselor.db"


# platformdirs is imported when a folder is asked for: loading it costs about 7 ms, which
# a start with --db and no log file does without before its first paint (issue 15)


def data_dir() -> Path:
    """The per-user data folder; its name is always ``APP_ID``."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def _bundle_root() -> Path | None:
    root = getattr(sys, "_MEIPASS", None)
    return Path(root) if root else None


def resources_dir() -> Path:
    """The built-in resources, from a source tree, an installed wheel or a frozen bundle."""
    candidates = []
    bundle = _bundle_root()
    if bundle:
        candidates.append(bundle / "resources")
    package = Path(__file__).resolve().parent
    candidates += [package.parent / "resources", package / "resources"]
    for c in candidates:
        if (c / "data").is_dir():
            return c
    raise FileNotFoundError("built-in resources folder not found (looked in "
                            + ", ".join(str(c) for c in candidates) + ")")


def migrations_dir() -> Path:
    candidates = []
    bundle = _bundle_root()
    if bundle:
        candidates.append(bundle / "db")
    package = Path(__file__).resolve().parent
    candidates += [package.parent / "db", package / "migrations"]
    for c in candidates:
        if (c / "env.py").is_file():
            return c
    raise FileNotFoundError("database migrations folder not found")


def is_url(value: str) -> bool:
    return "://" in value


def resolve_db_url(db: str | None = None) -> str:
    """Turn ``--db``/environment/default into a SQLAlchemy URL."""
    value = db or os.environ.get(ENV_DB) or str(data_dir() / DEFAULT_DB_NAME)
    if is_url(value):
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and memory."""
    if not url.startswith("sqlite"):
        return None
    path = url.split(":///", 1)[1] if ":///" in url else ""
    if not path or path == ":memory:":
        return None
    return Path(path)


_URL_PASSWORD = re.compile(r"(?P<head>\b[a-z][\w+.-]*://[^:/@\s]*:)[^@\s]*@", re.IGNORECASE)
_KEY_PASSWORD = re.compile(r"(?P<head>\bpass(word)?\s*=\s*)('[^']*'|\"[^\"]*\"|[^\s&;,)]+)",
                           re.IGNORECASE)


def redact(text: str) -> str:
    """``text`` with every password in a URL or ``password=`` setting replaced by ***."""
    text = _URL_PASSWORD.sub(lambda m: m["head"] + "***@", text)
    return _KEY_PASSWORD.sub(lambda m: m["head"] + "***", text)
