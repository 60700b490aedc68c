"""Load the ORM in the background once the first screen is up.

The first screen is filled without SQLAlchemy (issue 15); the first click on a student
needs it. Importing it, the models and setting up their mappers takes about half a
second, so it runs on a thread while the counselor looks at the list. Only libraries
and the models are imported here (no services or views), so the thread never waits on
a module the main thread is importing in turn.
"""

from __future__ import annotations

import logging
import threading

from counselor_app.store.engine import Database

log = logging.getLogger(__name__)


def preload_orm(db: Database) -> None:
    """Import SQLAlchemy and the models, configure the mappers, open the engine."""
    from sqlalchemy.orm import configure_mappers

    import counselor_app.domain  # noqa: F401  (the models)

    configure_mappers()
    with db.engine.connect():
        pass  # the pool's first connection, with its pragmas


def start_preload(db: Database) -> threading.Thread:
    """``preload_orm`` on a thread; a failure is only logged (the next use will say)."""

    def run() -> None:
        try:
            preload_orm(db)
        except Exception as exc:
            log.info("background ORM preload failed: %s", exc.__class__.__name__)

    thread = threading.Thread(target=run, name="orm-preload", daemon=True)
    thread.start()
    return thread
