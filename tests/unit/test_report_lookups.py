"""A printed plan's program lookups, read in bulk, say what the program's detail says.

Both a batch and a single plan fill their occupations, credentials and options with
``report_bulk.fill_lookups``; the program's page in the browser reads them through
``browse.program_detail``. For every built-in program the two must agree, or a family's
copy would list other occupations than the counselor sees on screen.
"""

from __future__ import annotations

from sqlalchemy import select

from counselor_app.domain import ProgramOfStudy
from counselor_app.reports.model import CredentialLine, OptionLine
from counselor_app.services.browse import program_detail
from counselor_app.services.report_bulk import fill_lookups
from counselor_app.services.report_data import ReportCache, occupation_line
from counselor_app.store.engine import Database


def test_every_program_reads_the_same_in_bulk_as_in_its_detail(db: Database) -> None:
    with db.read() as s:
        codes = list(s.scalars(select(ProgramOfStudy.code)))
    assert len(codes) > 50
    cache = ReportCache()
    with db.read() as s:
        fill_lookups(s, cache, codes, [])
    with_credentials = with_options = 0
    for code in codes:
        detail = program_detail(db, code)
        assert detail is not None
        assert cache.occupations[code] == tuple(
            occupation_line(o.soc, o.title, o.education, o.labor) for o in detail.occupations)
        credentials, options = cache.paths[code]
        assert credentials == tuple(CredentialLine(c.name, c.issuer, c.grade)
                                    for c in detail.credentials)
        assert options == tuple(OptionLine(o.kind, o.title, o.credential)
                                for o in detail.options)
        with_credentials += bool(credentials)
        with_options += bool(options)
    assert with_credentials and with_options  # the comparison saw real rows
