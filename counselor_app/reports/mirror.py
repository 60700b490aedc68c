"""Tables laid out right to left: the first column on the right, the whole style mirrored.

A right-to-left plan (Arabic) reads each table from the right, so the columns are
reversed: the data of every row, the column widths, and every style command's column
range (with left and right swapped: padding, lines before and after, alignment).
Text in plain cells is right aligned unless a command says otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

_SWAPPED_OPS = {"LINEBEFORE": "LINEAFTER", "LINEAFTER": "LINEBEFORE",
                "LEFTPADDING": "RIGHTPADDING", "RIGHTPADDING": "LEFTPADDING"}
_SWAPPED_ALIGN = {"LEFT": "RIGHT", "RIGHT": "LEFT"}

StyleCommand = tuple[Any, ...]


def mirror_column(col: int, count: int) -> int:
    """The index of column ``col`` (negative counts from the end) once mirrored."""
    return count - 1 - (col if col >= 0 else count + col)


def mirror_commands(commands: Sequence[StyleCommand], count: int) -> list[StyleCommand]:
    """Table style commands for the same table with its ``count`` columns reversed."""
    out: list[StyleCommand] = [("ALIGN", (0, 0), (-1, -1), "RIGHT")]
    for command in commands:
        op, (c0, r0), (c1, r1), *args = command
        a, b = mirror_column(c0, count), mirror_column(c1, count)
        if op in ("ALIGN", "HALIGN") and args:
            args = [_SWAPPED_ALIGN.get(str(args[0]).upper(), args[0]), *args[1:]]
        out.append((_SWAPPED_OPS.get(op, op), (min(a, b), r0), (max(a, b), r1), *args))
    return out


def mirror_rows(data: Sequence[Sequence[Any]]) -> list[list[Any]]:
    return [list(row)[::-1] for row in data]
