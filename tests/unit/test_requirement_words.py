"""Requirement sets in the family's language: every built-in set's name, labels (every
level), description and source translated into Spanish, Vietnamese and Arabic; a
district's own file wins; untranslated text stays as it is."""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from counselor_app.config import resources_dir
from counselor_app.reports import i18n
from counselor_app.reports.audit_words import missing_text, status_text
from counselor_app.reports.i18n import Translator
from counselor_app.reports.requirement_words import requirement_words, set_texts

LANGUAGES = ("es", "vi", "ar")
SETS = sorted((resources_dir() / "requirements").glob("*.toml"))


def _builtin_texts() -> Iterator[tuple[str, str]]:
    for path in SETS:
        with open(path, "rb") as fh:
            for text in set_texts(tomllib.load(fh)):
                yield path.name, text


def _catalog(code: str) -> dict[str, str]:
    path = resources_dir() / "translations" / "requirements" / f"{code}.json"
    data: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_the_built_in_sets_are_all_read() -> None:
    texts = {text for _, text in _builtin_texts()}
    assert len(SETS) >= 16 and len(texts) > 200  # names, ~163 labels, descriptions, sources
    assert "Example: 24-credit diploma (edit to match your district)" in texts
    assert "Spanish: two levels" in texts  # a label three levels down


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_text_of_every_built_in_set_is_translated(code: str) -> None:
    """A new set, or a reworded label, cannot ship without its translation."""
    catalog = _catalog(code)
    missing = sorted({f"{name}: {text!r}" for name, text in _builtin_texts()
                      if not catalog.get(text, "").strip()})
    assert not missing, f"{code}: {len(missing)} texts without a translation: {missing}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_translation_is_left_over_from_a_reworded_text(code: str) -> None:
    texts = {text for _, text in _builtin_texts()}
    stale = sorted(k for k in _catalog(code) if k not in texts)
    assert not stale, f"{code}: entries for texts no built-in set has: {stale}"


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"\d+(?:[.,]\d+)?", text.replace(",", ".")))


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_keep_every_figure(code: str) -> None:
    """'Electives: 2.5 credits' keeps its 2.5 (written 2,5 where the language does).
    Arabic says one and two in words ("وحدة واحدة", the dual "سنتان")."""
    spelled = {"1", "2"} if code == "ar" else set()
    wrong = [k for k, v in _catalog(code).items() if not _numbers(k) - spelled <= _numbers(v)]
    assert not wrong, f"{code}: figures lost in {wrong}"


def test_a_label_prints_in_the_plans_language_and_unknown_text_as_is() -> None:
    es, vi, ar, en = (Translator(c) for c in ("es", "vi", "ar", "en"))
    assert es.label("English: 4 credits") == "Inglés: 4 créditos"
    assert vi.label("English: 4 credits") == "Tiếng Anh: 4 tín chỉ"
    assert ar.label("English: 4 credits") == "اللغة الإنجليزية: 4 وحدات"
    assert en.label("English: 4 credits") == "English: 4 credits"
    assert es.label("Our district's own label") == "Our district's own label"
    assert es.label("Mathematics") == "Matemáticas"  # a word of the message catalog


def test_audit_words_that_embed_labels_use_the_translation() -> None:
    es = Translator("es")
    # a "set" requirement names the set it needs
    needs = "Needs Texas Foundation High School Program (22 credits)"
    assert status_text(needs, es, "set") == \
        "Necesita Programa Fundamental de Preparatoria de Texas (22 créditos)"
    # a group lists the labels of its short requirements
    assert missing_text("Biology; A physical science", es, "all") == \
        "Biología; Una ciencia física"
    assert missing_text("1 more of: Spanish: two levels; French: two levels", es, "some") \
        == "1 más de: Español: dos niveles; Francés: dos niveles"
    # course titles print as the course catalog has them, even when a label reads the same
    assert missing_text("Algebra I or Integrated Math I", es, "courses") == \
        "Algebra I o Integrated Math I"
    assert missing_text("1.5 credits", es, "credits") == "1,5 créditos"


def test_a_districts_file_rewords_ours_and_translates_its_own_sets(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "es.json").write_text(json.dumps({
        "English: 4 credits": "Inglés (Lengua y Literatura): 4 créditos",
        "Lincoln USD diploma": "Diploma del distrito de Lincoln"}), encoding="utf-8")
    (tmp_path / "vi.json").write_text("{not json", encoding="utf-8")  # ignored, logged
    monkeypatch.setenv("COUNSELOR_APP_REQUIREMENT_CATALOGS", str(tmp_path))
    i18n.clear_cache()
    try:
        es = Translator("es")
        assert es.label("English: 4 credits") == "Inglés (Lengua y Literatura): 4 créditos"
        assert es.label("Lincoln USD diploma") == "Diploma del distrito de Lincoln"
        assert es.label("Mathematics: 4 credits") == "Matemáticas: 4 créditos"  # ours stay
        assert Translator("vi").label("English: 4 credits") == "Tiếng Anh: 4 tín chỉ"
        assert requirement_words("en") == {}
    finally:
        monkeypatch.delenv("COUNSELOR_APP_REQUIREMENT_CATALOGS")
        i18n.clear_cache()
    assert Translator("es").label("English: 4 credits") == "Inglés: 4 créditos"
