"""Open a database for use: check, migrate (backup first), seed on first start."""

from __future__ import annotations

import logging

from sqlalchemy import func, select

from counselor_app.config import resolve_db_url
from counselor_app.domain import SearchEntry
from counselor_app.store.engine import Database, open_engine
from counselor_app.store.migrate import migrate
from counselor_app.store.refresh import needs_refresh, refresh_reference_data
from counselor_app.store.requirement_sets import sync_builtin_sets
from counselor_app.store.seed import has_reference_data, load_reference_data

log = logging.getLogger(__name__)


def open_database(db: str | None = None, *, seed: bool = True) -> Database:
    """Open (creating if needed) the database named by ``db``/environment/default.

    Raises DatabaseOpenError with a user-facing reason when the file cannot be used;
    the file is never overwritten in that case.
    """
    from counselor_app.services.search import rebuild_index

    url = resolve_db_url(db)
    database = open_engine(url)
    try:
        migrate(database)
        if seed:
            with database.transaction() as session:
                if not has_reference_data(session):
                    load_reference_data(session)
                    rebuild_index(session)
                elif needs_refresh(session):
                    refresh_reference_data(session)
                    rebuild_index(session)
                elif not session.scalar(select(func.count()).select_from(SearchEntry)):
                    rebuild_index(session)
                sync_builtin_sets(session)
    except Exception:
        database.dispose()
        raise
    return database
