"""Kept for callers of the old module name: the imports live in ``services.imports``."""

from counselor_app.services.imports import *  # noqa: F403
from counselor_app.services.imports import __all__  # noqa: F401
