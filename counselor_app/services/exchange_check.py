"""What the JSON readers of the exchange share: the checker they report through, dates."""

from __future__ import annotations

import datetime as dt
from typing import Any, Protocol

from counselor_app.messages import msg


class Checker(Protocol):
    """Collects errors by place (``exchange_read``'s checker implements it)."""

    def fail(self, where: str, reason: str) -> None: ...

    def str_(self, obj: dict[str, Any], key: str, where: str, *, max_len: int,
             required: bool = False, nullable: bool = False, default: str = "") -> Any: ...

    def int_(self, obj: dict[str, Any], key: str, where: str, *, allowed: Any = None,
             default: int | None = None) -> Any: ...

    def list_(self, obj: dict[str, Any], key: str, where: str) -> list[Any]: ...

    def time(self, obj: dict[str, Any], key: str, where: str, *,
             nullable: bool = False) -> Any: ...


def read_date(check: Checker, obj: dict[str, Any], key: str, where: str) -> dt.date | None:
    """``obj[key]`` as a date (None when absent); anything else is reported by place."""
    value = obj.get(key)
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        pass
    check.fail(f"{where}.{key}", msg("must be a date like 2026-01-05"))
    return None
