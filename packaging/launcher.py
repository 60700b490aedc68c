"""Entry script for the PyInstaller bundle (see counselor-app.spec)."""

import multiprocessing

from counselor_app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # batch printing's worker processes start here too
    raise SystemExit(main())
