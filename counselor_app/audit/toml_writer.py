"""Write a requirement set's table back as TOML (the standard library only reads TOML).

Small tables of plain values become inline tables (``from = { areas = [...] }``); lists of
requirements become arrays of tables (``[[requirements]]``, ``[[requirements.children]]``).
``tomllib.loads(dump_toml(data)) == data`` for every table the loader accepts.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from typing import Any

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def _key(k: str) -> str:
    return k if _BARE_KEY.match(k) else json.dumps(k, ensure_ascii=False)


def _flat(v: Any) -> bool:
    """A value that fits on one line: scalars, lists of them, tables of them."""
    if isinstance(v, Mapping):
        return all(_flat(x) and not isinstance(x, Mapping) or _inline_table(x)
                   for x in v.values())
    if isinstance(v, list):
        return all(not isinstance(x, list | Mapping) or (isinstance(x, list) and _flat(x))
                   or _inline_table(x) for x in v)
    return True


def _inline_table(v: Any) -> bool:
    return isinstance(v, Mapping) and all(
        not isinstance(x, Mapping) and (not isinstance(x, list) or _flat(x))
        for x in v.values())


def _value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        return repr(v)
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    if isinstance(v, Mapping):
        return "{ " + ", ".join(f"{_key(k)} = {_value(x)}" for k, x in v.items()) + " }"
    raise TypeError(f"cannot write {type(v).__name__} as TOML")


def _is_table_array(v: Any) -> bool:
    return isinstance(v, list) and bool(v) and all(isinstance(x, Mapping) for x in v) \
        and not all(_inline_table(x) for x in v)


def _write(lines: list[str], table: Mapping[str, Any], prefix: str) -> None:
    nested = {k: v for k, v in table.items()
              if (isinstance(v, Mapping) and not _inline_table(v)) or _is_table_array(v)}
    for k, v in table.items():
        if k not in nested:
            lines.append(f"{_key(k)} = {_value(v)}")
    for k, v in nested.items():
        name = f"{prefix}{_key(k)}"
        if isinstance(v, Mapping):
            lines += ["", f"[{name}]"]
            _write(lines, v, f"{name}.")
        else:
            for item in v:
                lines += ["", f"[[{name}]]"]
                _write(lines, item, f"{name}.")


def dump_toml(data: Mapping[str, Any]) -> str:
    lines: list[str] = []
    _write(lines, data, "")
    return "\n".join(lines).lstrip("\n") + "\n"


def to_json_text(data: Mapping[str, Any]) -> str:
    """The table as JSON (dates as YYYY-MM-DD), as stored in the database."""
    return json.dumps(data, ensure_ascii=False, default=lambda d: d.isoformat()
                      if isinstance(d, dt.date) else str(d))
