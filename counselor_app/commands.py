"""Headless subcommands beyond ``db``: each module registers its own."""
from counselor_app import commands_data, commands_pdf  # noqa: F401
