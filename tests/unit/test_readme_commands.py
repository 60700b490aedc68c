"""The README's two opening commands work as root without sudo and as a user with sudo.

Each command runs in bash with stand-ins on PATH for id, sudo, apt-get and python3 (which
makes a .venv whose pip and counselor-app record how they were called), so the test sees
exactly what a fresh Debian/Ubuntu machine would be asked to run, without installing.
"""

from __future__ import annotations

import re
import stat
import subprocess
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[2] / "README.md"


def opening_commands() -> list[str]:
    blocks = re.findall(r"```bash\n(.*?)\n```", README.read_text(encoding="utf-8"), re.S)
    return blocks[:2]


def tool(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text("#!/bin/bash\n" + body + "\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


def run(command: str, tmp: Path, *, root: bool) -> list[str]:
    bin_ = tmp / "bin"
    bin_.mkdir()
    log = tmp / "calls.log"
    tool(bin_, "id", f'[ "$1" = -u ] && echo {0 if root else 1000} || /usr/bin/id "$@"')
    tool(bin_, "apt-get", f'echo "apt-get $* as $SUDO_AS" >> {log}')
    # a root machine has no sudo at all: calling it fails the command
    tool(bin_, "sudo", 'echo "sudo: command not found" >&2; exit 127' if root
         else 'SUDO_AS=root "$@"')
    venv = tmp / "work" / ".venv" / "bin"
    tool(bin_, "python3", f'echo "python3 $*" >> {log}; mkdir -p {venv}; '
         f'for t in pip python counselor-app; do printf \'#!/bin/bash\\necho "%s $*" >> {log}\\n\' '
         f'"$t" > {venv}/$t; chmod +x {venv}/$t; done')
    (tmp / "work").mkdir()
    env = {"PATH": f"{bin_}:/usr/bin:/bin", "HOME": str(tmp), "SUDO_AS": "user"}
    done = subprocess.run(["/bin/bash", "-c", command], cwd=tmp / "work", env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "command not found" not in done.stderr
    return log.read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("root", [True, False], ids=["root without sudo", "user with sudo"])
def test_install_and_start_command(tmp_path: Path, root: bool) -> None:
    calls = run(opening_commands()[0], tmp_path, root=root)
    # root runs apt-get itself (there is no sudo); a user goes through sudo
    who = "as user" if root else "as root"
    assert calls[0] == f"apt-get update {who}"
    install = calls[1]
    assert install.startswith("apt-get install") and install.endswith(who)
    assert "python3-venv" in install and "libxcb-cursor0" in install
    assert calls[-3:] == ["python3 -m venv .venv", "pip install .", "counselor-app "]


@pytest.mark.parametrize("root", [True, False], ids=["root without sudo", "user with sudo"])
def test_install_and_test_command(tmp_path: Path, root: bool) -> None:
    calls = run(opening_commands()[1], tmp_path, root=root)
    who = "as user" if root else "as root"
    assert calls[0] == f"apt-get update {who}"
    assert calls[1].startswith("apt-get install") and calls[1].endswith(who)
    assert "poppler-utils" in calls[1]
    assert calls[-3] == "python3 -m venv .venv"
    assert calls[-2] == "pip install -e .[test]"
    assert calls[-1] == "python -m pytest -q"


def test_ci_runs_the_second_command_exactly() -> None:
    """.ci/run takes the README's second bash block; it must be the test command."""
    ci = (README.parent / ".ci" / "run").read_text(encoding="utf-8")
    picked = subprocess.run(
        ["awk", "/^```bash$/ {n++; next} n==2 && !done {print; done=1}", str(README)],
        capture_output=True, text=True, check=True).stdout.strip()
    assert "n==2" in ci
    assert picked == opening_commands()[1] and "pytest" in picked
