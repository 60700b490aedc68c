from __future__ import annotations

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

POSTSECONDARY = 13
"""Grade level used for postsecondary courses and plan columns."""

GRADE_LEVELS = (9, 10, 11, 12, POSTSECONDARY)


def level_label(level: int) -> str:
    return "Postsecondary" if level == POSTSECONDARY else f"Grade {level}"


def level_short(level: int) -> str:
    return "PS" if level == POSTSECONDARY else str(level)


def parse_level(text: str) -> int:
    """'9'..'12' or 'PS'/'postsecondary' -> level number; ValueError otherwise."""
    t = text.strip().upper()
    if t in ("PS", "POSTSECONDARY", "13"):
        return POSTSECONDARY
    value = int(t)
    if value not in (9, 10, 11, 12):
        raise ValueError(f"grade level must be 9-12 or PS, not {text!r}")
    return value


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
