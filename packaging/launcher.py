"""Entry script for the PyInstaller bundle (see counselor-app.spec)."""

from counselor_app.cli import main

raise SystemExit(main())
