"""Message catalogs of the printed plan: complete Spanish, Vietnamese and Arabic, with the
same placeholders and plural forms; a district's own catalog; language names from a SIS."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from counselor_app.config import resources_dir
from counselor_app.reports import i18n
from counselor_app.reports.i18n import Translator, available_languages, language_code
from tests.catalog_messages import messages

CATALOGS = resources_dir() / "translations" / "pdf"


def _catalog(code: str) -> dict[str, str]:
    data = json.loads((CATALOGS / f"{code}.json").read_text(encoding="utf-8"))
    data.pop("_meta")
    return data


def _fields(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", text))


@pytest.mark.parametrize("code", ["es", "vi", "ar"])
def test_every_message_of_the_printed_plan_is_translated(code: str) -> None:
    catalog = _catalog(code)
    wanted = messages()
    assert len(wanted) > 100  # the scan of the PDF builder found its messages
    missing = sorted(m for m in wanted if m not in catalog)
    assert not missing, f"{code}: {len(missing)} messages without a translation: {missing}"
    for english, translated in catalog.items():
        assert translated.strip(), english
        assert _fields(translated) == _fields(english), english
        if "|" in english:
            assert 1 <= translated.count("|") + 1 <= 2, english


def test_dates_numbers_and_plurals_follow_the_language() -> None:
    day = dt.date(2026, 3, 4)
    es, vi, ar, en = Translator("es"), Translator("vi"), Translator("ar"), Translator("en")
    assert es.date(day) == "4 de marzo de 2026" and en.date(day) == "March 4, 2026"
    assert vi.date(day) == "ngày 4 tháng 3 năm 2026" and ar.date(day) == "4 مارس 2026"
    assert es.number(0.5) == "0,5" and en.number(0.5) == "0.5" and es.number(24.0) == "24"
    assert es.plural("{n} credit", "{n} credits", 1) == "1 crédito"
    assert es.plural("{n} credit", "{n} credits", 6.5) == "6,5 créditos"
    assert ar.rtl and not es.rtl
    assert Translator("xx").code == "en"  # no catalog: English


def test_a_district_adds_a_language_and_rewords_a_message(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "fr.json").write_text(json.dumps({
        "_meta": {"name": "Français"}, "Course plan": "Plan des cours"}), encoding="utf-8")
    (tmp_path / "es.json").write_text(json.dumps({"Course plan": "Cursos del plan"}),
                                      encoding="utf-8")
    monkeypatch.setenv("COUNSELOR_APP_PDF_CATALOGS", str(tmp_path))
    i18n.clear_cache()
    try:
        assert ("fr", "Français") in available_languages()
        assert Translator("fr")("Course plan") == "Plan des cours"
        assert Translator("es")("Course plan") == "Cursos del plan"  # the district's words
        assert Translator("es")("Notes") == "Notas"  # the rest stays
    finally:
        i18n.clear_cache()


@pytest.mark.parametrize(("value", "code"), [
    ("Spanish", "es"), ("spa", "es"), ("ES-mx", "es"), ("Español", "es"), ("vie", "vi"),
    ("Arabic", "ar"), ("", ""), ("Klingon", None)])
def test_home_language_values_from_a_sis(value: str, code: str | None) -> None:
    assert language_code(value) == code
