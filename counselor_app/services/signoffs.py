"""Student and parent/guardian sign-off of an approved version.

Typed at the conference (printed name, relationship, date) or a scanned signed page
attached (PDF, PNG or JPEG, recognised by its first bytes, at most 20 MB).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import delete

from counselor_app.domain import PlanSignoff, PlanVersion
from counselor_app.domain.records import SIGNOFF_ROLES
from counselor_app.messages import msg
from counselor_app.store.engine import Database

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
_MAGIC = ((b"%PDF-", "application/pdf"), (b"\x89PNG\r\n\x1a\n", "image/png"),
          (b"\xff\xd8\xff", "image/jpeg"))
RELATIONSHIPS = ("Parent", "Guardian", "Grandparent", "Foster parent", "Other")


class SignoffError(ValueError):
    """A sign-off that cannot be recorded; the message names the field."""


def attachment_type(data: bytes) -> str | None:
    return next((mime for magic, mime in _MAGIC if data.startswith(magic)), None)


def read_attachment(path: str | Path) -> tuple[str, str, bytes]:
    """(file name, MIME type, bytes) of a scanned page; SignoffError when unusable."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise SignoffError(msg("{name}: is {size} MB; the limit is {limit} MB",
                                   name=p.name, size=size // (1024 * 1024),
                                   limit=MAX_ATTACHMENT_BYTES // (1024 * 1024)))
        data = p.read_bytes()
    except FileNotFoundError:
        raise SignoffError(msg("{name}: no such file", name=p.name)) from None
    except IsADirectoryError:
        raise SignoffError(msg("{name}: is a folder, not a file", name=p.name)) from None
    except OSError as exc:
        raise SignoffError(msg("{name}: cannot be read ({value})",
                               name=p.name, value=exc.strerror or exc)) from None
    mime = attachment_type(data)
    if mime is None:
        raise SignoffError(msg("{name}: is not a PDF, PNG or JPEG file", name=p.name))
    return p.name[:200], mime, data


def add_signoff(db: Database, version_id: int, *, role: str, printed_name: str,
                relationship: str = "", signed_on: dt.date | None = None,
                attachment: str | Path | None = None, by: str = "") -> int:
    """Record one person's sign-off of a version (one transaction)."""
    if role not in SIGNOFF_ROLES:
        raise SignoffError(msg("role: must be student or guardian, not {role!r}", role=role))
    name = " ".join(printed_name.split())
    if not name and attachment is None:
        raise SignoffError(msg("printed name: type the name as signed, or attach the signed page"))
    if len(name) > 200:
        raise SignoffError(msg("printed name: longer than 200 characters"))
    if role == "guardian" and not relationship.strip() and attachment is None:
        raise SignoffError(msg("relationship: say how the adult is related to the student"))
    signed_on = signed_on or dt.date.today()
    if signed_on > dt.date.today():
        raise SignoffError(msg("date: {value} is in the future", value=signed_on.isoformat()))
    file_name, mime, data = (read_attachment(attachment) if attachment is not None
                             else ("", "", None))
    with db.transaction() as s:
        version = s.get(PlanVersion, version_id)
        if version is None:
            raise LookupError(msg("version {version_id} no longer exists", version_id=version_id))
        if signed_on < version.approved_at.date():
            raise SignoffError(msg("date: {date} is before the plan was approved ({approved})",
                                   date=signed_on.isoformat(),
                                   approved=version.approved_at.date().isoformat()))
        row = PlanSignoff(version_id=version_id, role=role, printed_name=name,
                          relationship=relationship.strip()[:60], signed_on=signed_on,
                          attachment=data, attachment_type=mime, attachment_name=file_name,
                          recorded_by=by, recorded_at=dt.datetime.now().replace(microsecond=0))
        s.add(row)
        s.flush()
        return row.id


def signoff_attachment(db: Database, signoff_id: int) -> tuple[str, str, bytes] | None:
    with db.read() as s:
        row = s.get(PlanSignoff, signoff_id)
        if row is None or row.attachment is None:
            return None
        return row.attachment_name, row.attachment_type, bytes(row.attachment)


def remove_signoff(db: Database, signoff_id: int) -> None:
    with db.transaction() as s:
        s.execute(delete(PlanSignoff).where(PlanSignoff.id == signoff_id))
