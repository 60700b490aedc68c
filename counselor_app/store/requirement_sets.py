"""Built-in requirement sets (``resources/requirements/*.toml``) in the database.

On opening, when the shipped files differ from what the database last loaded, the
built-in rows are replaced by the files' sets in one transaction. A district's own set
(``builtin`` false) is never touched, even when it has a built-in set's code.
"""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from counselor_app.audit.loader import load_set_file, read_set_data
from counselor_app.audit.toml_writer import to_json_text
from counselor_app.domain import DataInfo, RequirementSetRecord
from counselor_app.store.fingerprints import SETS_VERSION_KEY as VERSION_KEY
from counselor_app.store.fingerprints import builtin_set_files, builtin_sets_version

log = logging.getLogger(__name__)

REVISION_KEY = "requirement_sets_revision"
"""Bumped on every change to the requirement_set table, so parsed sets can be cached."""


def bump_revision(session: Session) -> None:
    row = session.get(DataInfo, REVISION_KEY)
    if row is None:
        session.add(DataInfo(key=REVISION_KEY, value="1"))
    else:
        row.value = str(int(row.value or "0") + 1)


def sync_builtin_sets(session: Session) -> int:
    """Load the shipped sets when they changed; returns how many were (re)loaded."""
    version = builtin_sets_version()
    stored = session.get(DataInfo, VERSION_KEY)
    if stored is not None and stored.value == version:
        return 0
    now = dt.datetime.now().replace(microsecond=0)
    district = set(session.scalars(select(RequirementSetRecord.code)
                                   .where(RequirementSetRecord.builtin.is_(False))))
    shipped: set[str] = set()
    for path in builtin_set_files():
        rs = load_set_file(path)  # structure only: a district catalog may lack codes
        shipped.add(rs.code)
        if rs.code in district:
            log.info("built-in requirement set %s not loaded: the district has its own",
                     rs.code)
            continue
        row = session.get(RequirementSetRecord, rs.code) or RequirementSetRecord(code=rs.code)
        row.name, row.state, row.kind, row.source = rs.name, rs.state, rs.kind, rs.source
        row.checked, row.builtin, row.updated_at = rs.checked, True, now
        row.body = to_json_text(read_set_data(path))
        session.merge(row)
    session.execute(delete(RequirementSetRecord).where(
        RequirementSetRecord.builtin.is_(True), RequirementSetRecord.code.not_in(shipped)))
    if stored is None:
        session.add(DataInfo(key=VERSION_KEY, value=version))
    else:
        stored.value = version
    bump_revision(session)
    return len(shipped)
