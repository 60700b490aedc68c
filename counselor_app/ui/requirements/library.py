"""The requirement-set library the Settings page works on, over the audit service."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

from counselor_app.services import browse
from counselor_app.services import requirement_sets as sets
from counselor_app.services.requirement_sets import SetSummary
from counselor_app.store.engine import Database


class ServiceLibrary:
    """Each call is one service function (its own transaction)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._opened: dict[str, int | None] = {}  # code -> its version when opened

    def set_data(self, code: str) -> dict[str, Any]:
        """A set to edit; its version is kept, so saving over a newer one is refused."""
        self._opened[code] = sets.set_version(self.db, code)
        return sets.get_set_data(self.db, code)

    def save_set(self, data: dict[str, Any], *, overwrite: bool = False) -> None:
        """Save the edited set; ConflictError when someone else saved it (or created a
        set with its code) since it was opened, unless ``overwrite``."""
        code = str(data.get("code", ""))
        sets.save_set(self.db, data, expect_version=... if overwrite
                      else self._opened.get(code))
        self._opened[code] = sets.set_version(self.db, code)

    def list_sets(self) -> Sequence[SetSummary]:
        return sets.list_sets(self.db)


    def import_file(self, path: Path) -> str:
        return sets.import_set_file(self.db, path)

    def export_file(self, code: str, path: Path) -> None:
        sets.export_set(self.db, code, path)

    def delete_set(self, code: str) -> None:
        sets.delete_set(self.db, code)

    def course_codes(self) -> Collection[str]:
        return {r.code for r in browse.catalog(self.db)}
