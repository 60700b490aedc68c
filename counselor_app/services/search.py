"""Search over clusters, pathways, programs, courses and occupations.

Text is folded (case, accents, special letters like Ł, '&' vs 'and') before it is
indexed and before it is queried. On SQLite an FTS5 index answers prefix queries;
other databases fall back to LIKE over the folded text.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import ColumnElement, and_, delete, or_, select, text
from sqlalchemy.orm import Session

from counselor_app.domain import (
    Cluster,
    Course,
    Framework,
    Occupation,
    Pathway,
    ProgramOfStudy,
    SearchEntry,
)
from counselor_app.services.search_terms import Term, fts_query, rank, terms_of
from counselor_app.store.engine import Database
from counselor_app.text import fold, query_words

KINDS = ("cluster", "pathway", "program", "course", "occupation")
KIND_LABELS = {"cluster": "Clusters", "pathway": "Pathways and sub-clusters",
               "program": "Programs of study", "course": "Courses", "occupation": "Occupations"}


@dataclass(frozen=True)
class SearchHit:
    kind: str
    key: str  # the stable code of the thing found
    label: str
    detail: str
    framework: str = ""  # the framework code of a cluster or pathway hit


def rebuild_index(session: Session) -> int:
    """Refill the search index from the reference data (call after a seed or import)."""
    session.execute(delete(SearchEntry))
    fw_names = {f.code: f.name for f in session.scalars(select(Framework))}
    entries: list[SearchEntry] = []

    def add(kind: str, key: str, label: str, detail: str, *extra: str) -> None:
        folded = fold(" ".join((label, key, *extra)))
        entries.append(SearchEntry(kind=kind, key=key, label=label, detail=detail, folded=folded))

    clusters = {c.id: c for c in session.scalars(select(Cluster))}
    for c in clusters.values():
        add("cluster", c.code, c.name, fw_names.get(c.framework_code, ""))
    pathways = {p.id: p for p in session.scalars(select(Pathway))}
    for p in pathways.values():
        add("pathway", p.code, p.name, clusters[p.cluster_id].name)
    for prog in session.scalars(select(ProgramOfStudy)):
        add("program", prog.code, prog.name, pathways[prog.pathway_id].name)
    for course in session.scalars(select(Course)):
        add("course", course.code, course.title, f"{course.code} · {course.subject_area}")
    for occ in session.scalars(select(Occupation)):
        add("occupation", occ.soc, occ.title, f"{occ.soc} · {occ.education}",
            occ.soc.replace("-", "").replace(".", ""))
    session.add_all(entries)
    session.flush()
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("INSERT INTO search_fts(search_fts) VALUES ('rebuild')"))
    return len(entries)


def search(db: Database, query: str, limit_per_kind: int = 25) -> dict[str, list[SearchHit]]:
    """Hits grouped by kind, best first, in the order of ``KINDS``."""
    words = query_words(query)
    if not words:
        return {}
    terms = terms_of(words)
    with db.read() as session:
        if db.is_sqlite:
            rows = session.execute(
                text("SELECT e.kind, e.key, e.label, e.detail FROM search_fts f "
                     "JOIN search_entry e ON e.id = f.rowid WHERE search_fts MATCH :q "
                     "ORDER BY f.rank LIMIT 2000"),
                {"q": fts_query(terms)}).all()
        else:
            stmt = select(SearchEntry.kind, SearchEntry.key, SearchEntry.label,
                          SearchEntry.detail).where(*_like_conditions(terms))
            rows = list(session.execute(stmt.limit(2000)).all())
        # exact titles first, then titles that start with the query, then the index's order
        rows = sorted(rows, key=lambda r: rank(r[2], words))
        grouped: dict[str, list[SearchHit]] = {}
        for kind, key, label, detail in rows:
            bucket = grouped.setdefault(kind, [])
            if len(bucket) < limit_per_kind:
                bucket.append(SearchHit(kind, key, label, detail))
        frameworks = _frameworks_of(session, grouped)
    return {k: [replace(h, framework=frameworks.get((h.kind, h.key), "")) for h in grouped[k]]
            for k in KINDS if k in grouped}


def _like_conditions(terms: list[Term]) -> list[ColumnElement[bool]]:
    """The terms as LIKE conditions over the folded text (databases without FTS5)."""
    return [or_(*(and_(*(SearchEntry.folded.like(f"%{p}%") for p in alt))
                  for alt in term.alternatives)) for term in terms]


def _frameworks_of(session: Session,
                   grouped: dict[str, list[SearchHit]]) -> dict[tuple[str, str], str]:
    """The framework of each cluster and pathway hit: both frameworks have a "Marketing"."""
    out: dict[tuple[str, str], str] = {}
    clusters = [h.key for h in grouped.get("cluster", [])]
    if clusters:
        out.update((("cluster", c), f) for c, f in session.execute(
            select(Cluster.code, Cluster.framework_code).where(Cluster.code.in_(clusters))))
    pathways = [h.key for h in grouped.get("pathway", [])]
    if pathways:
        out.update((("pathway", p), f) for p, f in session.execute(
            select(Pathway.code, Cluster.framework_code)
            .join(Cluster, Cluster.id == Pathway.cluster_id).where(Pathway.code.in_(pathways))))
    return out
