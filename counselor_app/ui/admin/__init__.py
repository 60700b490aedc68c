"""Keeping the database: settings, backups and restore, the new school year, exchange."""
