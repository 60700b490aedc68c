"""Right-to-left lines: figures, ranges, dates and codes keep their left-to-right order;
punctuation glued to a number goes where the reader meets it (bracket mirrored); Arabic
punctuation after a Latin word stays after it."""

from __future__ import annotations

import pytest

from counselor_app.reports.bidi_words import split_word, visual_line


@pytest.mark.parametrize(("word", "units"), [
    ("2025–26", ["2025–26"]), ("9–12", ["9–12"]), ("PDFT-ENG9", ["PDFT-ENG9"]),
    ("0.5", ["0.5"]), ("+4.9%", ["+4.9%"]), ("§74.13(f)(4)", ["§74.13(f)(4)"]),
    ("§74.13(f)(4).", ["§74.13(f)(4)", "."]), ("Ms.", ["Ms", "."]), ("<Honors>", ["<Honors>"]),
    ("9–12:", ["9–12", ":"]), ("(22", ["(", "22"]), ("2026.", ["2026", "."]),
    ("(PDFT-WELD)", ["(PDFT-WELD)"]),  # brackets stay around a Latin code
    ("(51-4121)", ["(51-4121)"]), ("(51-4121),", ["(51-4121)", ","]),  # and around a figure
    ("Planner؛", ["Planner", "؛"]), ("الوحدات،", ["الوحدات،"]), ("(عدّلها", ["(عدّلها"]),
])
def test_a_word_splits_only_where_bidi_moves_its_punctuation(word: str,
                                                             units: list[str]) -> None:
    assert [word[a:b] for a, b in split_word(word)] == units


def test_ranges_dates_and_figures_read_left_to_right_in_arabic() -> None:
    # drawing order, left to right; each piece's characters as drawn
    assert visual_line(["الصف", "9", "2025–26", "·", "7", "وحدات"], True) == \
        ["وحدات", "7", "·", "2025–26", "9", "الصف"]
    assert visual_line(["أُعدّت", "في", "1", "ديسمبر", "2026"], True) == \
        ["2026", "ديسمبر", "1", "في", "أُعدّت"]


def test_a_colon_after_a_grade_range_comes_after_it_in_reading_order() -> None:
    # "grades 9–12: 26" read right to left: الصفوف, 9–12, :, 26
    assert visual_line(["مجموع", "الوحدات،", "الصفوف", "9–12:", "26"], True) == \
        ["26", ":9–12", "الصفوف", "الوحدات،", "مجموع"]


def test_a_bracket_before_a_figure_is_drawn_on_its_right_mirrored() -> None:
    # "(22 credits)": the Arabic word carries its own bracket (HarfBuzz mirrors it)
    assert visual_line(["تكساس", "(22", "وحدة)"], True) == ["وحدة)", "22)", "تكساس"]


def test_arabic_punctuation_after_latin_words_follows_them() -> None:
    words = ["مجموعة", "مثال", "من", "Career", "Pathway", "Planner؛", "وليست", "قاعدة"]
    # as UAX #9 draws it: the semicolon at the reader's end of the Latin run
    assert visual_line(words, True) == ["قاعدة", "وليست", "؛Career", "Pathway", "Planner",
                                        "من", "مثال", "مجموعة"]


def test_brackets_opened_by_an_earlier_word_close_with_the_latin_text() -> None:
    words = ["العمل", "(BLS", "OEWS", "2024-34).", "الأجر"]
    assert visual_line(words, True) == ["الأجر", ".(BLS", "OEWS", "2024-34)", "العمل"]


def test_an_english_line_in_an_arabic_table_reads_as_written() -> None:
    words = ["Welders,", "Cutters,", "and", "Brazers", "(51-4121)"]
    assert visual_line(words, True) == words
    assert visual_line(["English", "10,", "English", "11,"], True) == \
        ["English", "10,", "English", "11,"]


def test_left_to_right_lines_are_unchanged() -> None:
    words = ["Total", "credits,", "grades", "9–12:", "26", "(after", "high", "school)"]
    assert visual_line(words, None) == words
