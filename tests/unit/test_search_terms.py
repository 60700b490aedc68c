"""Search terms shared by every search box: word forms, synonyms, exact titles first."""

from __future__ import annotations

from counselor_app.services.browse import catalog, list_programs, program_keywords
from counselor_app.services.courses import catalog_order
from counselor_app.services.search import search
from counselor_app.services.search_terms import matches, query_terms, rank, ranked
from counselor_app.store.engine import Database
from counselor_app.text import tokens


def titles(db: Database, query: str) -> list[str]:
    rows = catalog(db)
    return [rows[i].title for i in catalog_order(rows, query)]


def test_the_catalog_ranks_an_exact_title_above_one_that_contains_it(db: Database) -> None:
    found = titles(db, "Theater I")
    assert found[0] == "Theater I"
    assert found.index("Theater II") < found.index("Technical Theater I: Stagecraft")
    assert titles(db, "theater")[:2] == ["Theater I", "Theater II"]  # start before contain
    assert titles(db, "02052") == ["Algebra I"]  # an exact code first (and only)
    assert titles(db, "ALGEBRA i")[0] == "Algebra I"


def test_the_catalog_still_finds_part_of_a_word_and_an_empty_query_keeps_title_order(
        db: Database) -> None:
    assert "Algebra I" in titles(db, "ebra")
    rows = catalog(db)
    assert catalog_order(rows, "") == list(range(len(rows)))
    assert titles(db, "qqqzz") == []


def test_word_forms_and_synonyms_match_like_explore_search() -> None:
    def found(query: str, text: str) -> bool:
        return matches(query_terms(query), tokens(text))

    assert found("healthcare", "Health Science")
    assert found("healthcare", "Sterile Processing and Health Care Support")
    assert found("health care", "Healthcare & Human Services")
    assert found("nursing", "Registered Nurses")
    assert found("welding", "Welders, Cutters, Solderers, and Brazers")
    assert not found("healthcare", "Welding and Fabrication")
    assert not found("nursing welding", "Registered Nurses")  # every word must match


def test_rank_orders_exact_then_start_then_title_words() -> None:
    words = ["theater", "i"]
    assert rank("Theater I", words) == 0
    assert rank("Theater II", words) == 1
    assert rank("Technical Theater I: Stagecraft", words) == 2
    items = ["Technical Theater I: Stagecraft", "Theater II", "Theater I", "Stage (theater i)"]
    assert ranked(items, "theater i", str, str) == [
        "Theater I", "Theater II", "Technical Theater I: Stagecraft", "Stage (theater i)"]


def test_the_program_picker_finds_health_programs_for_healthcare(db: Database) -> None:
    programs = list_programs(db)
    words = program_keywords(db)
    found = ranked(programs, "healthcare", lambda p: p[1],
                   lambda p: " ".join((*p, words.get(p[0], ""))))
    names = [p[1] for p in found]
    assert "Practical Nursing to Registered Nursing" in names  # sits in Health Science
    assert "Welding and Fabrication" not in names
    # a program with health in its own name comes before one found by its cluster only
    assert names.index("Sterile Processing and Health Care Support") < names.index(
        "Practical Nursing to Registered Nursing")


def test_explore_search_finds_both_frameworks_health_clusters_for_healthcare(
        db: Database) -> None:
    clusters = {h.label: h.framework for h in search(db, "healthcare")["cluster"]}
    assert clusters == {"Healthcare & Human Services": "ncc-2024",
                        "Health Science": "ncc-legacy"}


def test_cluster_and_pathway_hits_name_their_framework(db: Database) -> None:
    groups = search(db, "marketing")
    frameworks = {h.framework for h in groups["pathway"]}
    assert frameworks == {"ncc-2024", "ncc-legacy"}
    assert all(h.framework == "" for h in groups["course"])
