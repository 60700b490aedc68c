"""Remembered font subsets (reports/font_files.py) print exactly what reportlab prints."""

from __future__ import annotations

import io

import pytest
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from counselor_app.reports import font_files
from counselor_app.reports.fonts import register_fonts


@pytest.fixture
def invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)
    register_fonts()
    # reportlab answers a second font of a face already registered with the first one;
    # these tests need faces of their own
    monkeypatch.setattr(pdfmetrics, "_dynFaceNames", {})


def _page(font: str, text: str) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.setFont(font, 11)
    canvas.drawString(72, 720, text)
    canvas.save()
    return out.getvalue()


def _fresh(name: str) -> TTFont:
    """A second registration of the plan's regular face, without the memory."""
    source = pdfmetrics.getFont(register_fonts().regular)
    font = TTFont(name, source.face.filename)
    pdfmetrics.registerFont(font)
    assert pdfmetrics.getFont(name) is font
    return font


def test_a_remembered_subset_gives_the_bytes_reportlab_gives(invariant: None) -> None:
    text = "María José Núñez — Algebra II, 1.0 credit"
    font = _fresh("SameFace")
    expected = _page("SameFace", text)  # reportlab alone
    font_files.remember_subsets(font)
    first = _page("SameFace", text)
    again = _page("SameFace", text)  # subset and compressed bytes now remembered
    assert first == again == expected


def test_other_characters_make_another_subset(invariant: None) -> None:
    font = font_files.remember_subsets(_fresh("OtherFace"))
    one, two = _page("OtherFace", "Abc"), _page("OtherFace", "Xyz")
    assert one != two
    assert _page("OtherFace", "Abc") == one
    assert font_files.remember_subsets(font) is font  # applied once


def test_only_the_last_subsets_are_kept(monkeypatch: pytest.MonkeyPatch,
                                        invariant: None) -> None:
    monkeypatch.setattr(font_files, "SUBSETS_KEPT", 2)
    font = _fresh("SmallMemory")
    made: list[tuple[int, ...]] = []
    make = font.face.makeSubset
    font.face.makeSubset = lambda subset: made.append(tuple(subset)) or make(subset)
    font_files.remember_subsets(font)
    for text in ("é", "ñ", "é"):  # two kept: the third page reuses the first's subset
        _page("SmallMemory", text)
    assert len(made) == 2
    for text in ("ü", "é", "ñ"):  # ü pushed out ñ, the one used least lately
        _page("SmallMemory", text)
    assert len(made) == 4
    assert made[-1] == made[1]
