"""How wide list columns of people's names grow by themselves (Students, Dashboard)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView

NAME_WIDTH_CAP = 360
"""The widest a name column grows to fit its longest name (about 45 characters), so
"García Fernández de la Peña, María José" reads whole even in a 1024-pixel window."""
COUNSELOR_WIDTH_CAP = 220


def widest_text(view: QAbstractItemView, column: int, rows: int = 300) -> int:
    """Pixels of the longest text in ``column`` over the first ``rows`` rows of ``view``
    (the first screens: a model that fetches rows on demand is not read to the end)."""
    model, metrics = view.model(), view.fontMetrics()
    return max((metrics.horizontalAdvance(str(model.index(r, column).data() or ""))
                for r in range(min(model.rowCount(), rows))), default=0)
