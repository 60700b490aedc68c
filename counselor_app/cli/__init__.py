"""The command line: ``entry`` parses and dispatches, one module per subcommand group."""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from counselor_app.cli.entry import main as entry_main

    return entry_main(argv)
