"""Counts of what a database holds (``counselor-app db stats``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from counselor_app.domain import (
    Cluster,
    Course,
    DataInfo,
    Framework,
    Occupation,
    Pathway,
    Plan,
    ProgramOfStudy,
    Student,
)
from counselor_app.store.engine import Database


def database_stats(db: Database) -> dict[str, Any]:
    with db.read() as s:
        def count(model: Any) -> int:
            return int(s.scalar(select(func.count()).select_from(model)) or 0)

        clusters: dict[str, int] = dict(s.execute(select(Cluster.framework_code, func.count())
                                  .group_by(Cluster.framework_code)).tuples().all())
        pathways: dict[str, int] = dict(s.execute(select(Cluster.framework_code, func.count())
                                  .join(Pathway, Pathway.cluster_id == Cluster.id)
                                  .group_by(Cluster.framework_code)).tuples().all())
        version = s.get(DataInfo, "reference_version")
        return {
            "frameworks": count(Framework),
            "clusters": clusters,
            "pathways": pathways,
            "programs": count(ProgramOfStudy),
            "courses": count(Course),
            "occupations": count(Occupation),
            "students": count(Student),
            "plans": count(Plan),
            "data_version": version.value if version else None,
        }
