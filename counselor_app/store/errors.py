"""Why a database cannot be used. Each kind gets its own message and its own way out:
only a damaged or half-upgraded file is offered a restore."""

from __future__ import annotations


class DatabaseOpenError(Exception):
    """A database that cannot be used; the message is meant for the user."""

    def __init__(self, path: str, reason: str) -> None:
        from counselor_app.config import redact
        from counselor_app.messages import Message, msg

        path = redact(path)  # never a password in a message
        reason = reason.with_values(redact) if isinstance(reason, Message) else redact(reason)
        super().__init__(msg("{path}: {reason}", path=path, reason=reason))
        self.path = path
        self.reason = reason


class DatabaseTooNewError(DatabaseOpenError):
    """Made by a newer version of the app: update the app (never restore)."""


class DatabaseDamagedError(DatabaseOpenError):
    """Fails its integrity check (or is empty/unreadable beside backups): restore is offered."""


class DatabaseBusyError(DatabaseOpenError):
    """Locked by another program: retry, or open read-only. Never called damaged."""


class DatabaseReadOnlyError(DatabaseOpenError):
    """The file or its folder cannot be written by this account: open it read-only."""


class DatabaseForeignError(DatabaseOpenError):
    """A SQLite file of another program: open another file or create a new one."""


class DatabaseUpgradeError(DatabaseOpenError):
    """A schema upgrade failed; the file was left exactly as it was."""


class DatabaseHalfUpgradedError(DatabaseUpgradeError):
    """An older app's interrupted upgrade left tables of a later schema that cannot be
    verified: the file is left alone and its backups are offered (restore)."""


def is_busy(exc: BaseException) -> bool:
    """Whether a driver error means another connection holds a lock."""
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def is_disk_full(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "disk is full" in text or "no space left" in text or getattr(exc, "errno", 0) == 28


def explain(exc: BaseException) -> str:
    """One line for the command line about a failed database or file operation."""
    from counselor_app.config import redact

    first = (str(getattr(exc, "orig", None) or exc).splitlines() or [""])[0]
    if is_busy(exc):
        return ("the database is in use by another program (it held a lock longer than the "
                "busy timeout); nothing was changed; try again when it has finished")
    if is_disk_full(exc):
        return "the disk is full; nothing was changed; free some space and try again"
    if "unique" in first.lower() or "duplicate key" in first.lower():
        return ("another copy of the app changed the same records at the same moment; "
                "nothing was changed; run the command again")
    filename = getattr(exc, "filename", None)
    if isinstance(exc, OSError) and filename:
        return redact(f"{filename}: {exc.strerror or first}")
    return redact(f"the database could not be used ({first or exc.__class__.__name__}); "
                  "nothing was changed")
