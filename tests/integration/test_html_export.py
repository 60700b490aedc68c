"""The accessible copy (HTML): reading order, headings, table headers, languages, contrast,
and ``counselor-app export-html``."""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

from counselor_app.cli import main
from counselor_app.reports.html_export import CSS, plans_html
from counselor_app.services.report_data import build_student_report
from counselor_app.services.settings import Settings
from counselor_app.services.students import get_student, update_student
from counselor_app.store.engine import Database
from tests.pdf_data import COURSES, NORMAL_PLAN, TODAY, make_plan, make_student, seed_catalog


@pytest.fixture
def catalog(db: Database) -> Settings:
    return seed_catalog(db)


class Outline(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.headings: list[tuple[int, str]] = []
        self.langs: list[tuple[str, str]] = []
        self.th_scopes: list[str | None] = []
        self.tags: set[str] = set()
        self._heading: int | None = None
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.add(tag)
        if re.fullmatch(r"h[1-6]", tag):
            self._heading = int(tag[1])
            self.headings.append((self._heading, ""))
        if "lang" in a:
            self.langs.append((tag, str(a["lang"]) + "/" + str(a.get("dir"))))
        if tag == "th":
            self.th_scopes.append(a.get("scope"))

    def handle_endtag(self, tag: str) -> None:
        if re.fullmatch(r"h[1-6]", tag):
            self._heading = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._heading is not None:
            level, text = self.headings[-1]
            self.headings[-1] = (level, text + data)


def _luminance(hex_color: str) -> float:
    channels = [int(hex_color[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_accessible_copy_reads_in_order(db: Database, catalog: Settings) -> None:
    pk = make_student(db)
    make_plan(db, pk)
    page = plans_html([build_student_report(db, pk, catalog, TODAY)])
    outline = Outline()
    outline.feed(page)
    levels = [level for level, _ in outline.headings]
    assert levels[0] == 1 and all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))
    titles = [text for _, text in outline.headings]
    assert titles[0].endswith("María José Núñez")
    order = ["Student", "Career direction and goals", "Course plan", "Graduation audit",
             "Related occupations", "Notes", "Words used in this plan"]
    assert [t for t in titles if t in order] == order  # the printed plan's order
    assert outline.langs[0] == ("html", "en/ltr")
    assert outline.th_scopes and all(s in ("col", "row") for s in outline.th_scopes)
    assert "script" not in outline.tags and "img" not in outline.tags
    assert "caption" in outline.tags
    text = " ".join(outline.text)
    titles_by_code = {code: title for code, title, *_ in COURSES}
    for code, *_ in NORMAL_PLAN:
        assert titles_by_code[code] in text or titles_by_code[code].replace("&", "&amp;") \
            in page
    assert "DRAFT" in text  # not approved, said in words


def test_colours_meet_wcag_aa() -> None:
    text, heading, head_bg, border = "#1f2933", "#00594f", "#e0f2f1", "#8a969e"
    assert text in CSS and heading in CSS and head_bg in CSS
    assert _contrast(text, "#ffffff") >= 4.5
    assert _contrast(heading, "#ffffff") >= 4.5
    assert _contrast(text, head_bg) >= 4.5
    assert _contrast(border, "#ffffff") >= 3  # non-text contrast of table borders


def test_spanish_and_arabic_copies_and_the_command(db: Database, catalog: Settings,
                                                  tmp_path: Path) -> None:
    pk = make_student(db, "محمد", "الأحمد", "AR-1")
    make_plan(db, pk, goals=False)
    detail = get_student(db, pk)
    assert detail is not None
    update_student(db, pk, replace(detail.data, family_language="ar"))
    out = tmp_path / "plan.html"
    assert main(["export-html", "--student", "AR-1", "--out", str(out), "--bilingual",
                 "--db", db.url]) == 0
    page = out.read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in page
    assert '<article lang="ar" dir="rtl">' in page and '<article lang="en" dir="ltr">' in page
    assert "الخطة التعليمية والمهنية" in page and "Course plan" in page
    assert "محمد الأحمد" in page  # logical order: the browser lays it out
    assert main(["export-html", "--student", "NOPE", "--out", str(out), "--db", db.url]) == 2
