from __future__ import annotations


class DatabaseOpenError(Exception):
    """A database that cannot be used; the message is meant for the user."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class DatabaseTooNewError(DatabaseOpenError):
    pass
