"""Table cell styles built once per kind of table instead of command by command.

reportlab applies a table style's cell commands (fonts, padding, alignment, colours) to
every cell in their range, one call per cell and command: a plan's tables made 88,000
such calls, about 4% of printing a plan. A command over the whole table that nothing
before it overrides on part of the table can instead be a default of the cells
themselves: ``cell_styles`` folds those into a ``CellStyle`` subclass (made once per
distinct set of defaults) and returns the table's cells and the commands left to apply.
The PDF is byte for byte the same (tests/unit/test_cell_styles.py).
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus.tables import CellStyle, _setCellStyle

CELL_OPS = frozenset({
    "FONT", "FONTNAME", "FACE", "SIZE", "FONTSIZE", "LEADING", "TEXTCOLOR", "ALIGN",
    "ALIGNMENT", "VALIGN", "LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING",
    "HREF", "DESTINATION"})
"""The commands reportlab applies cell by cell (``_setCellStyle``), which a default can
stand for; backgrounds, lines and spans are drawn from the commands and stay commands."""

WHOLE = ((0, 0), (-1, -1))
_classes: dict[tuple[tuple[str, Any], ...], type[CellStyle]] = {}
_by_commands: dict[tuple[tuple[Any, ...], ...], type[CellStyle]] = {}  # the same, by commands


FIELDS = ("fontname", "fontsize", "leading", "leftPadding", "rightPadding", "topPadding",
          "bottomPadding", "firstLineIndent", "color", "alignment", "background", "valign",
          "href", "direction", "shaping", "destination")
"""What ``_setCellStyle`` sets on a cell (reportlab's ``CellStyle`` class attributes)."""


def _fields(style: CellStyle) -> tuple[tuple[str, Any], ...]:
    return tuple((name, getattr(style, name)) for name in FIELDS)


def _cell_class(defaults: list[tuple[Any, ...]]) -> type[CellStyle]:
    key = tuple(tuple(command) for command in defaults)
    found = _by_commands.get(key)
    if found is not None:
        return found
    probe = CellStyle("defaults")
    for command in defaults:
        _setCellStyle([[probe]], 0, 0, command[0], command[3:])
    fields = _fields(probe)
    found = _classes.get(fields)
    if found is None:
        found = _classes[fields] = type("DefaultedCellStyle", (CellStyle,), dict(fields))
    _by_commands[key] = found
    return found


def cell_styles(commands: list[tuple[Any, ...]], rows: int, cols: int
                ) -> tuple[list[list[CellStyle]], list[tuple[Any, ...]]]:
    """(the table's cell styles, the commands still to apply) for ``commands``.

    A whole-table cell command becomes a default unless an earlier command that stays
    sets the same thing on part of the table (the later whole-table one would win)."""
    defaults: list[tuple[Any, ...]] = []
    rest: list[tuple[Any, ...]] = []
    kept_ops: set[str] = set()
    for command in commands:
        op = command[0]
        if op in CELL_OPS and tuple(command[1:3]) == WHOLE and op not in kept_ops:
            defaults.append(command)
        else:
            rest.append(command)
            if op in CELL_OPS:
                kept_ops.add(op)
    cls = _cell_class(defaults) if defaults else CellStyle
    return [[cls("") for _ in range(cols)] for _ in range(rows)], rest
