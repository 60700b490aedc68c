"""Without a log file, a library's warning never reaches the terminal: the command line's
errors stay one line (psycopg warns "error ignored terminating ..." when two PostgreSQL
imports collide) and nothing unredacted is printed."""

from __future__ import annotations

import os
import subprocess
import sys


def test_a_library_warning_is_not_printed_when_there_is_no_log_file() -> None:
    code = ("import logging\n"
            "from counselor_app.logging_setup import setup_logging\n"
            "setup_logging()\n"
            "logging.getLogger('psycopg').warning('error ignored terminating pipeline')\n")
    env = dict(os.environ, COUNSELOR_APP_NO_LOG_FILE="1")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                         text=True, check=True)
    assert out.stderr == ""
