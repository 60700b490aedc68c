"""Rotating log file in the per-user log folder (0600 in a 0700 folder).

Logs never carry student names, and never a password: every line passes through
``config.redact``, whatever a library put into an error message."""

from __future__ import annotations

import logging
import os

from counselor_app.config import log_dir, redact
from counselor_app.store.files import make_private_dir, tighten

_done = False


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then removes passwords (in the message and any traceback)."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def setup_logging() -> None:
    global _done
    if _done:
        return
    _done = True
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    # Without a log file, records go nowhere: never to the terminal through logging's
    # last-resort handler (a library's warning there is unredacted and breaks the
    # command line's one-line errors, e.g. psycopg's "error ignored terminating ...").
    if os.environ.get("COUNSELOR_APP_NO_LOG_FILE"):
        root.addHandler(logging.NullHandler())
        return
    from logging.handlers import RotatingFileHandler  # ~10 ms (socket, pickle, queue)

    try:
        folder = log_dir()
        make_private_dir(folder)
        handler: logging.Handler = RotatingFileHandler(
            folder / "counselor-app.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        root.addHandler(logging.NullHandler())
        return  # logging must never stop the app
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    tighten([folder])  # files of older versions were readable by others; logged
