"""School-wide settings, declared once with their defaults, stored with the data.

``load_settings`` needs no ORM (the interface language is read before the first screen).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING, Any

from counselor_app.collation import PARTICLE_CHOICES
from counselor_app.messages import Listing, msg
from counselor_app.store.engine import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

PAPER_SIZES = ("letter", "a4")
CTE_MODES = ("courses", "credits")
INTERFACE_LANGUAGE_CHOICES = ("system", "en", "es")  # the program's own words, not the plan's


@dataclass(frozen=True)
class Settings:
    school_name: str = ""
    logo_path: str = ""
    counselor_name: str = ""
    counselor_email: str = ""  # printed as the family's contact
    counselor_phone: str = ""
    school_address: str = ""
    paper_size: str = "letter"
    requirement_set: str = "example-24"  # the district's default diploma set
    supplemental_sets: tuple[str, ...] = ()  # also audited by default (A-G, NCAA...)
    max_credits_per_year: float = 8.0
    cte_mode: str = "courses"  # count CTE courses or CTE credits of one program
    cte_threshold: float = 2.0  # Perkins V: two courses in one program of study
    backups_kept: int = 10
    mark_scale: str = ""  # letter marks the school's records use, by spaces; "" = default
    interface_language: str = "system"  # applied at the next start of the program
    file_particles: str = "particle"  # "de la Fuente" filed under D ("particle") or F ("name")

    def validate(self) -> list[str]:
        """Field-named problems; empty when the settings can be saved."""
        problems: list[str] = []
        if self.paper_size not in PAPER_SIZES:
            problems.append(msg("paper_size: must be letter or a4"))
        if not 1 <= self.max_credits_per_year <= 20:
            problems.append(msg("max_credits_per_year: must be between 1 and 20"))
        if self.cte_mode not in CTE_MODES:
            problems.append(msg("cte_mode: must be courses or credits"))
        if not 0.5 <= self.cte_threshold <= 20:
            problems.append(msg("cte_threshold: must be between 0.5 and 20"))
        if self.requirement_set in self.supplemental_sets:
            problems.append(msg("supplemental_sets: the default diploma set cannot also be a "
                                "supplemental set"))
        if self.interface_language not in INTERFACE_LANGUAGE_CHOICES:
            problems.append(msg("interface_language: must be system, en or es"))
        if self.file_particles not in PARTICLE_CHOICES:
            problems.append(msg("file_particles: must be particle or name"))
        if not 1 <= self.backups_kept <= 365:
            problems.append(msg("backups_kept: must be between 1 and 365"))
        return problems


_DEFAULTS = Settings()


def load_settings(db: Database) -> Settings:
    return _settings_from(dict(db.rows('SELECT "key", value FROM setting')))


def load_settings_in(s: Session) -> Settings:
    """The settings, read inside a session the caller holds (imports, one transaction)."""
    from counselor_app.domain import Setting

    return _settings_from({row.key: row.value for row in s.query(Setting).all()})


def _settings_from(stored: dict[str, str]) -> Settings:
    """The settings from the stored JSON values; a bad or missing value keeps its default."""
    values: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name in stored:
            try:
                value = json.loads(stored[f.name])
            except ValueError:
                continue
            default = getattr(_DEFAULTS, f.name)
            if isinstance(default, float) and isinstance(value, int | float):
                value = float(value)
            if isinstance(default, tuple) and isinstance(value, list) \
                    and all(isinstance(v, str) for v in value):
                value = tuple(dict.fromkeys(value))
            if isinstance(value, type(default)):
                values[f.name] = value
    return replace(_DEFAULTS, **values)


def save_settings(db: Database, settings: Settings, *, original: Settings | None = None,
                  overwrite: bool = False) -> None:
    """Save the settings. With ``original`` (the settings the dialog showed) only the
    fields changed from it are written, so another counselor's change to other fields
    is kept; a field they changed too raises ConflictError (who, when, field names)
    unless ``overwrite``."""
    problems = settings.validate()
    if problems:
        raise ValueError(Listing(problems, "; "))
    import datetime as dt

    from counselor_app.domain import Setting
    from counselor_app.services.concurrency import Change, ConflictError, current_user

    names = [f.name for f in fields(Settings) if original is None
             or getattr(settings, f.name) != getattr(original, f.name)]
    if not names:
        return
    by = current_user(db) if original is not None else ""
    with db.transaction() as s:
        rows = {row.key: row for row in s.query(Setting).filter(Setting.key.in_(names))}
        if original is not None and not overwrite:
            now = _settings_from({k: r.value for k, r in rows.items()})
            clash = [n for n in names if getattr(now, n) not in (getattr(original, n),
                                                                getattr(settings, n))]
            if clash:
                last = max((rows[n] for n in clash if n in rows), default=None,
                           key=lambda r: r.updated_at or dt.datetime.min)
                raise ConflictError("settings", Change(
                    last.updated_by if last else "", last.updated_at if last else None,
                    tuple(clash), 0))
        stamp = dt.datetime.now().replace(microsecond=0)
        for name in names:
            s.merge(Setting(key=name, value=json.dumps(getattr(settings, name)),
                            updated_by=by, updated_at=stamp))


def requirement_sets(db: Database) -> list[tuple[str, str]]:
    """(code, name) of the graduation requirement sets in the database."""
    from sqlalchemy import select

    from counselor_app.domain import GraduationRequirementSet

    with db.read() as s:
        return [(r.code, r.name) for r in s.scalars(
            select(GraduationRequirementSet).order_by(GraduationRequirementSet.name))]
