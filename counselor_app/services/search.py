"""Search over clusters, pathways, programs, courses and occupations.

Text is folded (case, accents, special letters like Ł, '&' vs 'and') before it is
indexed and before it is queried. On SQLite an FTS5 index answers prefix queries;
other databases fall back to LIKE over the folded text.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select, text
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
from counselor_app.store.engine import Database
from counselor_app.text import fold, query_words, tokens

KINDS = ("cluster", "pathway", "program", "course", "occupation")
KIND_LABELS = {"cluster": "Clusters", "pathway": "Pathways and sub-clusters",
               "program": "Programs of study", "course": "Courses", "occupation": "Occupations"}


@dataclass(frozen=True)
class SearchHit:
    kind: str
    key: str  # the stable code of the thing found
    label: str
    detail: str


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


# English endings stripped so that word forms meet: "welding" finds Welders, "nursing"
# finds Registered Nurses, "teaching" finds Teachers. Longest first; a stem keeps at
# least four letters, so short words ("arts", "data") are left alone.
_SUFFIXES = ("ations", "ation", "ings", "ing", "ers", "ies", "ors", "ists", "ist", "ics",
             "ed", "er", "es", "or", "s", "e")


def stem(word: str) -> str:
    """A crude English stem, used as a search prefix (never shown)."""
    if word.isdigit() or len(word) <= 4:
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _fts_query(words: list[str]) -> str:
    parts = []
    for w in words:
        st = stem(w)
        parts.append(f'"{w}"*' if st == w else f'("{w}"* OR "{st}"*)')
    return " AND ".join(parts)


def _rank(label: str, query: str, words: list[str]) -> int:
    """0 exact title, 1 title starts with the query, 2 every word in the title, 3 other."""
    folded = " ".join(tokens(label))
    if folded == query:
        return 0
    if folded.startswith(query):
        return 1
    title_words = folded.split()
    if all(any(t.startswith(stem(w)) for t in title_words) for w in words):
        return 2
    return 3


def search(db: Database, query: str, limit_per_kind: int = 25) -> dict[str, list[SearchHit]]:
    """Hits grouped by kind, best first, in the order of ``KINDS``."""
    words = query_words(query)
    if not words:
        return {}
    with db.read() as session:
        if db.is_sqlite:
            rows = session.execute(
                text("SELECT e.kind, e.key, e.label, e.detail FROM search_fts f "
                     "JOIN search_entry e ON e.id = f.rowid WHERE search_fts MATCH :q "
                     "ORDER BY f.rank LIMIT 2000"),
                {"q": _fts_query(words)}).all()
        else:
            stmt = select(SearchEntry.kind, SearchEntry.key, SearchEntry.label,
                          SearchEntry.detail)
            for w in words:
                stmt = stmt.where(SearchEntry.folded.like(f"%{w}%")
                                  | SearchEntry.folded.like(f"%{stem(w)}%"))
            rows = list(session.execute(stmt.limit(2000)).all())
    joined = " ".join(words)
    # exact titles first, then titles that start with the query, then the index's order
    rows = sorted(rows, key=lambda r: _rank(r[2], joined, words))
    grouped: dict[str, list[SearchHit]] = {}
    for kind, key, label, detail in rows:
        bucket = grouped.setdefault(kind, [])
        if len(bucket) < limit_per_kind:
            bucket.append(SearchHit(kind, key, label, detail))
    return {k: grouped[k] for k in KINDS if k in grouped}
