"""Cold start to a shown, populated main window, as a ratio to a bare PySide6 window.

Each run is a fresh process (python + imports + window shown + first paint), repeated;
prints medians and the ratio. The app runs on a database that already exists (the
usual start); the first start, which creates and seeds the database, is shown apart.

    python bench/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = r"""
import sys
from PySide6.QtWidgets import QApplication, QTreeView
from PySide6.QtGui import QStandardItemModel, QStandardItem
app = QApplication(sys.argv)
model = QStandardItemModel()
for i in range(16):
    item = QStandardItem(f"Cluster {i}")
    for j in range(5):
        item.appendRow(QStandardItem(f"Pathway {j}"))
    model.appendRow(item)
view = QTreeView(); view.setModel(model); view.resize(1280, 800); view.show()
app.processEvents()
view.grab()
"""

APP = r"""
import sys
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from counselor_app.store.bootstrap import open_database
from counselor_app.ui.context import AppContext, ChangeBus
from counselor_app.ui.main_window import MainWindow
db = open_database(sys.argv[1])
ctx = AppContext(db, QUndoStack(), ChangeBus(), QSettings(sys.argv[2], QSettings.Format.IniFormat))
w = MainWindow(ctx); w.show(); w.show_explore()
app.processEvents()
assert w.explore.tree_model.rowCount() in (14, 16)
w.grab()
"""


def run(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COUNSELOR_APP_NO_LOG_FILE="1")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        db, ini = str(Path(tmp) / "bench.db"), str(Path(tmp) / "ui.ini")
        first = run(APP, db, ini)  # creates, migrates and seeds
        run(BARE)  # warm the OS file cache for both
        bare = [run(BARE) for _ in range(runs)]
        app = [run(APP, db, ini) for _ in range(runs)]
    mb, ma = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window with a tree: median {mb * 1000:.0f} ms ({runs} runs)")
    print(f"Career Pathway Planner main window: median {ma * 1000:.0f} ms ({runs} runs)")
    print(f"ratio app / bare: {ma / mb:.2f}")
    print(f"first start (create + migrate + seed + window): {first * 1000:.0f} ms")


if __name__ == "__main__":
    main()
