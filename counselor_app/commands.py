"""Headless subcommands beyond ``db``: each module registers its own."""
