"""Text of any script: right-to-left word order, font runs, fallbacks, shaping needs."""

from __future__ import annotations

from counselor_app.reports.scripts import (
    embolden,
    fallback_text,
    markup_runs,
    needs_shaping,
    unprintable,
    visual_words,
)


def test_rtl_words_are_drawn_right_to_left_and_numbers_stay_readable() -> None:
    assert visual_words("محمد الأحمد") == ["الأحمد", "محمد"]
    assert visual_words("Plan · محمد الأحمد") == ["Plan", "·", "الأحمد", "محمد"]
    # base direction right to left: an English word keeps its own order inside
    assert visual_words("محمد John Smith الأحمد") == ["الأحمد", "John", "Smith", "محمد"]
    assert visual_words("الصف 10 عام") == ["عام", "10", "الصف"]
    assert visual_words("John Smith", rtl_base=True) == ["John", "Smith"]


def test_latin_text_passes_untouched_and_is_escaped() -> None:
    assert markup_runs("Núñez & <Co>") == "Núñez &amp; &lt;Co&gt;"
    assert not needs_shaping("Nguyễn Thị Đặng")


def test_other_scripts_get_fallback_fonts() -> None:
    assert markup_runs("王小明") == '<font name="Fallback-CJK">王小明</font>'
    assert 'name="Fallback-Devanagari"' in markup_runs("शर्मा")
    assert 'name="Fallback-Arabic"' in markup_runs("محمد")
    assert needs_shaping("शर्मा") and needs_shaping("محمد") and not needs_shaping("王小明")


def test_characters_without_a_font_get_a_clear_fallback() -> None:
    melting = "\U0001FAE0"
    assert unprintable(f"Ana {melting} 🙂") == [melting]
    assert fallback_text(melting) == "[melting face]"
    assert "[melting face]" in markup_runs(f"Ana {melting}")
    # variation selectors and joiners no font has are dropped quietly
    assert unprintable("❤\ufe0f") == []


def test_bold_reaches_fallback_runs() -> None:
    markup = markup_runs("王小明")
    assert embolden(markup, whole=True) == markup.replace("Fallback-CJK", "Fallback-CJK")
    arabic = markup_runs("محمد")
    assert "Fallback-Arabic-Bold" in embolden(arabic, whole=True)
    assert "Fallback-Arabic-Bold" in embolden(f"<b>{arabic}</b> x", whole=False)
