"""Rotating log file in the per-user log folder. Logs never carry student names."""

from __future__ import annotations

import logging
import logging.handlers
import os

from counselor_app.config import log_dir

_done = False


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
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "counselor-app.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return  # logging must never stop the app
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
