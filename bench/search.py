"""Search latency per keystroke: the service alone and the page (query + result list).

    python bench/search.py
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("COUNSELOR_APP_NO_LOG_FILE", "1")

WORDS = ["nursing", "registered nurse", "welding", "29-1141", "software developer",
         "agriculture", "łukasiewicz", "english 9", "health & medicine", "construction"]


def keystrokes() -> list[str]:
    return [w[:i] for w in WORDS for i in range(1, len(w) + 1)]


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from counselor_app.services.search import search
    from counselor_app.store.bootstrap import open_database
    from counselor_app.ui.context import AppContext, ChangeBus
    from counselor_app.ui.explore.page import ExplorePage

    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(str(Path(tmp) / "bench.db"))
        prefixes = keystrokes()
        for q in prefixes:
            search(db, q)  # warm up
        service = []
        for _ in range(3):
            for q in prefixes:
                t = time.perf_counter()
                search(db, q)
                service.append((time.perf_counter() - t) * 1000)
        ctx = AppContext(db, QUndoStack(), ChangeBus(),
                         QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat))
        page = ExplorePage(ctx)
        page.show()
        ui = []
        for q in prefixes:
            page.search_box.blockSignals(True)
            page.search_box.setText(q)
            page.search_box.blockSignals(False)
            t = time.perf_counter()
            page._run_search()
            app.processEvents()
            ui.append((time.perf_counter() - t) * 1000)
        db.dispose()
    print(f"{len(prefixes)} keystrokes over {len(WORDS)} queries")
    print(f"search service: median {statistics.median(service):.2f} ms, "
          f"p95 {pct(service, 95):.2f} ms")
    print(f"search box to result list shown: median {statistics.median(ui):.2f} ms, "
          f"p95 {pct(ui, 95):.2f} ms")


if __name__ == "__main__":
    main()
