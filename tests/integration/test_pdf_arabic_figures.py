"""The Arabic plan draws figures, ranges, dates and codes left to right inside its
right-to-left lines, with the punctuation around a number where an Arabic reader meets
it: checked where each piece lands on the page (poppler's word boxes, as drawn left to
right) and in the accessible copy (a browser's bidi algorithm needs ranges isolated)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from counselor_app.reports.html_export import plans_html
from counselor_app.services.audit import set_plan_sets
from counselor_app.services.report_data import build_student_report
from counselor_app.store.engine import Database
from tests.page_images import check_snapshot, render_region
from tests.pdf_data import TODAY, make_plan, make_student, render, seed_catalog

_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">'
                   r"([^<]*)</word>")


def word_box(pdf: Path, word: str) -> tuple[int, float]:
    """(page, top in points) of the first ``word`` drawn."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    for n, page in enumerate(out.split("<page ")[1:], 1):
        for m in re.finditer(r'<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)</word>', page):
            if m.group(2) == word:
                return n, float(m.group(1))
    raise AssertionError(f"{word!r} is not on any page")


def drawn_lines(pdf: Path) -> list[list[str]]:
    """Every line of every page as its words in drawing order (left to right); a word's
    characters are as drawn, left to right."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    lines: list[list[str]] = []
    for page in out.split("<page ")[1:]:
        rows: dict[int, list[tuple[float, str]]] = {}
        for x, y, word in _WORD.findall(page):
            rows.setdefault(round(float(y) / 3), []).append((float(x), word))
        lines += [[w for _, w in sorted(row)] for _, row in sorted(rows.items())]
    return lines


@pytest.fixture
def arabic(db: Database, tmp_path: Path) -> tuple[Path, str]:
    settings = seed_catalog(db)
    pk = make_student(db, "محمد", "الأحمد", "AR-1")
    plan = make_plan(db, pk, goals=False)
    set_plan_sets(db, plan, "tx-foundation", [])  # its name ends "(22 credits)"
    report = build_student_report(db, pk, settings, TODAY, language="ar")
    path = tmp_path / "ar.pdf"
    path.write_bytes(render(report))
    return path, plans_html([report])


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_ranges_figures_and_codes_keep_their_order_in_arabic_lines(
        arabic: tuple[Path, str]) -> None:
    lines = drawn_lines(arabic[0])
    words = [w for line in lines for w in line]
    for written in ("2025–26", "2026–27", "2027–28", "PDFT-ENG9", "0.5", "AR-1"):
        assert written in words, written
    assert not any(w in words for w in ("26–2025", "27–2026", "9GNE-TFDP"))
    # "grades 9–12: 26" reads الصفوف, 9–12, the colon, then 26: the colon is drawn on
    # the range's left and 26 further left
    total = next(line for line in lines if any("9–12" in w for w in line))
    assert ":9–12" in total and total.index("26") < total.index(":9–12"), total
    # "(22 credits)": the bracket before 22 is drawn on its right, mirrored
    band = next(line for line in lines if "22)" in line or "(22" in line)
    assert "22)" in band and "(22" not in band, band


def test_the_accessible_copy_isolates_ranges_from_the_right_to_left_text(
        arabic: tuple[Path, str]) -> None:
    page = arabic[1]
    assert 'dir="rtl"' in page
    assert '<bdi dir="ltr">2025–26</bdi>' in page and '<bdi dir="ltr">9–12</bdi>' in page
    assert "<bdi" not in re.sub(r"<article.*?</article>", "", page, flags=re.S)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_arabic_total_and_set_band_look_as_reviewed(arabic: tuple[Path, str]) -> None:
    """Reference images (looked at): the total line "مجموع الوحدات، الصفوف 9–12: 26" and
    the band of a set whose name ends "(22 وحدة)"."""
    pdf, data = arabic[0], arabic[0].read_bytes()
    for name, word in (("lang-ar-total", ":9–12"), ("lang-ar-set-band", "22)")):
        page, top = word_box(pdf, word)
        y = int(top * 100 / 72) - 8
        check_snapshot(name, render_region(data, (40, y, 770, 34), page))


def test_a_word_two_fonts_can_draw_gets_the_same_font_on_every_run() -> None:
    """Arabic letters (Noto Sans Arabic) with a full stop (DejaVu Sans draws both):
    the font must not depend on Python's hash seed, or the page changes run to run."""
    import os
    import sys

    code = ("from counselor_app.reports.scripts import fonts_for_markup;"
            "print(fonts_for_markup('تحقّق من المقررات. المرشد.'))")
    outputs = {subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                              text=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
               for seed in ("1", "2", "3", "4")}
    assert len(outputs) == 1, outputs
