"""The importer fuzzer runs and finds nothing (a short run; ``bench/fuzz.py`` does 100,000)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_a_short_fuzz_run_of_every_importer_finds_no_crash() -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "fuzz.py"), "--inputs", "240",
                           "--workers", "1", "--seed", "3"], capture_output=True, text=True,
                          timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr[-3000:]
    lines = {line.split()[0]: line for line in proc.stdout.splitlines() if line.strip()}
    for kind in ("students", "courses", "programs", "occupations", "transcripts", "onet",
                 "json", "requirements"):
        assert kind in lines and " 0 crashes" in lines[kind], proc.stdout
    assert "240 inputs" in lines["total"]
