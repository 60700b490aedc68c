"""A spin box for counts and credits written as the app writes them: "2", "1.5" ("1,5" in
Spanish), never "2.00"; courses are whole numbers."""

from __future__ import annotations

import re

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from counselor_app.ui.shared.words import number

_NUMBER = re.compile(r"^\s*(\d+(?:[.,]\d*)?)?\s*$")


class AmountSpinBox(QDoubleSpinBox):
    """``unit`` "courses": whole numbers, steps of 1; "credits": halves, steps of 0.5."""

    def __init__(self, unit: str = "credits", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit = ""
        self.set_unit(unit)

    def set_unit(self, unit: str) -> None:
        if unit == self.unit:
            return
        self.unit = unit
        courses = unit == "courses"
        self.setDecimals(0 if courses else 2)
        self.setSingleStep(1 if courses else 0.5)

    def textFromValue(self, value: float) -> str:  # noqa: N802
        return number(round(value) if self.unit == "courses" else value)

    def valueFromText(self, text: str) -> float:  # noqa: N802
        m = _NUMBER.match(text)
        return float(m.group(1).replace(",", ".")) if m and m.group(1) else self.minimum()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        m = _NUMBER.match(text)
        if m is None or (self.unit == "courses" and m.group(1) and
                         not m.group(1).rstrip(".,").isdigit()):
            return QValidator.State.Invalid, text, pos
        if not m.group(1) or m.group(1)[-1] in ".,":
            return QValidator.State.Intermediate, text, pos
        value = float(m.group(1).replace(",", "."))
        ok = self.minimum() <= value <= self.maximum()
        return (QValidator.State.Acceptable if ok else QValidator.State.Intermediate), text, pos
