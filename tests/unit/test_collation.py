"""Names in the order a language files them (Spanish ñ, Vietnamese letters, particles)."""

from __future__ import annotations

import pytest

from counselor_app.collation import collation_key, filing_name, name_sort_key

ISSUE_NAMES = ["Ortiz", "Ñúñez", "Nava", "Núñez", "Zamora", "Álvarez", "Nuñez", "Avila",
               "de la Fuente", "Fuentes", "Diaz", "Ólafsson", "Nguyễn", "Đặng", "Dang"]


def ordered(names: list[str], language: str = "en", particles: str = "particle") -> list[str]:
    return sorted(names, key=lambda n: name_sort_key(n, "", language=language,
                                                     particles=particles))


def test_spanish_files_enye_after_the_other_ns_and_accents_do_not_move_a_name() -> None:
    order = ordered(ISSUE_NAMES, "es")
    n_names = [n for n in order if n[0] in "NnÑñ"]
    assert n_names == ["Nava", "Nguyễn", "Nuñez", "Núñez", "Ñúñez"]  # accents: ties only
    assert order.index("Ñúñez") == order.index("Ortiz") - 2  # Ñ, then Ó(lafsson), Ortiz
    assert order.index("Álvarez") < order.index("Avila") < order.index("Dang")
    assert order[-1] == "Zamora"  # nothing after Z: no code-point order


def test_english_files_every_accented_initial_with_its_letter() -> None:
    order = ordered(ISSUE_NAMES)
    assert order[:2] == ["Álvarez", "Avila"]
    assert order.index("Ñúñez") < order.index("Ólafsson")
    assert order.index("Nava") < order.index("Nuñez") < order.index("Ñúñez") \
        < order.index("Ortiz")
    assert order.index("Dang") < order.index("Đặng") < order.index("de la Fuente")
    assert order[-1] == "Zamora"


def test_vietnamese_letters_follow_their_base_letter() -> None:
    assert ordered(["Đặng", "Dương", "Doan"], "vi") == ["Doan", "Dương", "Đặng"]
    assert ordered(["Ân", "Ăn", "An", "Ba"], "vi") == ["An", "Ăn", "Ân", "Ba"]
    # the tone marks only break ties
    assert collation_key("Hà", "vi")[0] == collation_key("Ha", "vi")[0]


def test_a_school_files_de_la_fuente_under_d_or_under_f() -> None:
    names = ["Diaz", "de la Fuente", "Fuentes", "Flores", "Garcia"]
    assert ordered(names, "es", "particle") == ["de la Fuente", "Diaz", "Flores", "Fuentes",
                                                 "Garcia"]
    assert ordered(names, "es", "name") == ["Diaz", "Flores", "de la Fuente", "Fuentes",
                                             "Garcia"]


@pytest.mark.parametrize(("name", "filed"), [
    ("de la Fuente", "Fuente"), ("Van der Berg", "Berg"), ("del Toro", "Toro"),
    ("D'Angelo", "Angelo"), ("De", "De"), ("Delgado", "Delgado"), ("  de  León ", "León")])
def test_particles_filed_under_the_name(name: str, filed: str) -> None:
    assert filing_name(name, "name") == filed


def test_case_and_then_id_break_ties_so_the_order_is_the_same_everywhere() -> None:
    a = name_sort_key("lopez", "Ana", "2")
    b = name_sort_key("López", "Ana", "1")
    c = name_sort_key("Lopez", "Ana", "3")
    assert sorted([b, c, a]) == [a, c, b]
