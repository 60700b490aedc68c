"""A second process that holds a lock on a database file until told to stop."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HOLDER = r"""
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "exclusive":   # nobody else may even read
    con.execute("PRAGMA locking_mode=EXCLUSIVE")
    con.execute("BEGIN EXCLUSIVE")
elif sys.argv[2] == "write":     # a long write transaction (an import); readers go on
    con.execute("BEGIN IMMEDIATE")
    con.execute("UPDATE student SET notes = notes")
else:                            # just open, idle, as another window would be
    con.execute("SELECT count(*) FROM sqlite_master").fetchone()
print("LOCKED", flush=True)
sys.stdin.read()                 # until the test closes our stdin
con.close()
"""


@contextmanager
def holding_lock(path: Path, how: str = "exclusive") -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), how],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "COUNSELOR_APP_NO_LOG_FILE": "1"})
    assert proc.stdout is not None and proc.stdin is not None
    try:
        assert proc.stdout.readline().strip() == "LOCKED"
        yield proc
    finally:
        if proc.stdin and not proc.stdin.closed:
            proc.stdin.close()
        proc.wait(timeout=30)
