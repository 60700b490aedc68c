"""Rotating log file in the per-user log folder (0600 in a 0700 folder).

Logs never carry student names, and never a password: every line passes through
``config.redact``, whatever a library put into an error message."""

from __future__ import annotations

import logging
import logging.handlers
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
    if os.environ.get("COUNSELOR_APP_NO_LOG_FILE"):
        return
    try:
        folder = log_dir()
        make_private_dir(folder)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "counselor-app.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return  # logging must never stop the app
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    tighten([folder])  # files of older versions were readable by others; logged
