"""Folding and search: case, accents, special letters, '&' vs 'and', codes."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from counselor_app.domain import Occupation
from counselor_app.services.search import rebuild_index, search
from counselor_app.store.engine import Database
from counselor_app.text import fold


@pytest.mark.parametrize(("raw", "folded"), [
    ("Łukasiewicz", "lukasiewicz"),
    ("Núñez", "nunez"),
    ("Nguyễn", "nguyen"),
    ("Øster Đorđević", "oster dordevic"),
    ("Straße", "strasse"),
    ("Food & Natural", "food and natural"),
])
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw) == folded


def labels(db: Database, query: str, kind: str) -> list[str]:
    return [h.label for h in search(db, query).get(kind, [])]


def test_prefix_finds_a_nursing_occupation(db: Database) -> None:
    assert "Registered Nurses" in labels(db, "nurs", "occupation")
    assert "Registered Nurses" in labels(db, "NURS", "occupation")


def test_ampersand_and_and_are_alike(db: Database) -> None:
    assert "Agriculture, Food & Natural Resources" in labels(db, "food and natural", "cluster")
    assert "Agriculture, Food & Natural Resources" in labels(db, "food & natural", "cluster")


def test_soc_code_and_course_code_are_searchable(db: Database) -> None:
    assert labels(db, "29-1141", "occupation")[0] == "Registered Nurses"
    assert labels(db, "29-1141.00", "occupation")[0] == "Registered Nurses"
    assert labels(db, "01001", "course") == ["English 9"]


def test_results_are_grouped_by_kind_in_a_fixed_order(db: Database) -> None:
    groups = search(db, "health")
    assert list(groups) == [k for k in ("cluster", "pathway", "program", "course", "occupation")
                            if k in groups]
    assert len(groups) >= 3


def test_accents_and_special_letters_in_indexed_text(db: Database) -> None:
    with db.transaction() as s:
        s.add(Occupation(soc="99-9999.01", title="Łódź Façade Restorer", education=""))
        rebuild_index(s)
    assert labels(db, "lodz facade", "occupation") == ["Łódź Façade Restorer"]
    assert labels(db, "ŁÓDŹ", "occupation") == ["Łódź Façade Restorer"]


def test_query_syntax_characters_are_harmless(db: Database) -> None:
    for q in ('"', "nurs*", "a OR", "NEAR(", "-", "(", "'"):
        search(db, q)  # no exception
    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM search_fts")).scalar()


@pytest.mark.parametrize(("query", "kind", "expected"), [
    ("welding", "occupation", "Welders, Cutters, Solderers, and Brazers"),
    ("nursing", "occupation", "Registered Nurses"),
    ("teaching", "occupation", "Business Teachers, Postsecondary"),
    ("electrician", "occupation", "Electricians"),
])
def test_word_forms_meet(db: Database, query: str, kind: str, expected: str) -> None:
    assert expected in labels(db, query, kind)


def test_exact_titles_come_first(db: Database) -> None:
    assert labels(db, "electricians", "occupation")[0] == "Electricians"
    assert labels(db, "accounting", "pathway")[0] == "Accounting"
    assert labels(db, "marketing", "cluster")[0] == "Marketing"


def test_oxford_commas_and_ampersands_fold(db: Database) -> None:
    hits = labels(db, "arts entertainment and design", "cluster")
    assert hits == ["Arts, Entertainment & Design"]
    assert labels(db, "Arts, Entertainment, & Design", "cluster") == hits
    assert "Local, State & Federal Services" in labels(db, "local, state, and federal",
                                                        "pathway")
