"""A Unicode TrueType font for the printed plan, registered once (thread-safe).

reportlab's built-in Type 1 fonts only cover Latin-1, and its bundled Vera lacks
Vietnamese (Nguyễn), Greek and most of Latin Extended-B. We look for DejaVu Sans
first in the bundle (``resources/fonts``), then on the system, then for other
Unicode system fonts (Segoe UI, Arial), and fall back to Vera so that a PDF is
always produced.
"""

from __future__ import annotations

import logging
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from counselor_app.reports import shaping
from counselor_app.reports.font_files import remember_subsets

log = logging.getLogger(__name__)

FAMILY = "PlanSans"


@dataclass(frozen=True)
class FontSet:
    """Registered reportlab font names; ``family`` makes <b> and <i> markup work."""

    family: str
    regular: str
    bold: str
    italic: str
    bold_italic: str
    source: str  # file of the regular face, or "Vera" for the fallback
    unicode: bool  # False when we fell back to Vera
    coverage: frozenset[int] = frozenset()  # code points the regular face draws


@dataclass(frozen=True)
class _Candidate:
    regular: Path
    bold: Path
    italic: Path | None = None
    bold_italic: Path | None = None


_DEJAVU = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
           "DejaVuSans-BoldOblique.ttf")


def _dejavu(folder: Path) -> _Candidate:
    r, b, i, bi = (folder / name for name in _DEJAVU)
    return _Candidate(r, b, i, bi)


def bundle_font_dirs() -> list[Path]:
    dirs = []
    root = getattr(sys, "_MEIPASS", None)
    if root:
        dirs.append(Path(root) / "resources" / "fonts")
    package = Path(__file__).resolve().parent.parent
    dirs += [package.parent / "resources" / "fonts", package / "resources" / "fonts"]
    return dirs


def candidates() -> list[_Candidate]:
    """Font files to try, best first."""
    found = [_dejavu(d) for d in bundle_font_dirs()]
    for folder in ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu",
                   "/usr/share/fonts/TTF", "/usr/local/share/fonts",
                   "/Library/Fonts", str(Path.home() / "Library" / "Fonts"),
                   "C:/Windows/Fonts"):
        found.append(_dejavu(Path(folder)))
    win = Path("C:/Windows/Fonts")
    found.append(_Candidate(win / "segoeui.ttf", win / "segoeuib.ttf", win / "segoeuii.ttf",
                            win / "segoeuiz.ttf"))
    found.append(_Candidate(win / "arial.ttf", win / "arialbd.ttf", win / "ariali.ttf",
                            win / "arialbi.ttf"))
    mac = Path("/System/Library/Fonts/Supplemental")
    found.append(_Candidate(mac / "Arial.ttf", mac / "Arial Bold.ttf", mac / "Arial Italic.ttf",
                            mac / "Arial Bold Italic.ttf"))
    return found


_lock = threading.Lock()
_registered: FontSet | None = None


def _register(candidate: _Candidate) -> FontSet:
    names = (FAMILY, f"{FAMILY}-Bold", f"{FAMILY}-Italic", f"{FAMILY}-BoldItalic")
    italic = candidate.italic if candidate.italic and candidate.italic.is_file() \
        else candidate.regular
    bold_italic = candidate.bold_italic if candidate.bold_italic \
        and candidate.bold_italic.is_file() else candidate.bold
    # Build all four first so that a broken file registers nothing.
    faces = [TTFont(name, str(path)) for name, path in
             zip(names, (candidate.regular, candidate.bold, italic, bold_italic), strict=True)]
    for face in faces:
        pdfmetrics.registerFont(remember_subsets(face))
    _map_family(*names)
    return FontSet(FAMILY, *names, source=str(candidate.regular), unicode=True,
                   coverage=frozenset(faces[0].face.charToGlyph))


def _map_family(regular: str, bold: str, italic: str, bold_italic: str) -> None:
    for b, i, name in ((0, 0, regular), (1, 0, bold), (0, 1, italic), (1, 1, bold_italic)):
        addMapping(FAMILY, b, i, name)


def _register_vera() -> FontSet:
    names = (FAMILY, f"{FAMILY}-Bold", f"{FAMILY}-Italic", f"{FAMILY}-BoldItalic")
    faces = [TTFont(name, file) for name, file in  # found on reportlab's own font path
             zip(names, ("Vera.ttf", "VeraBd.ttf", "VeraIt.ttf", "VeraBI.ttf"), strict=True)]
    for face in faces:
        pdfmetrics.registerFont(remember_subsets(face))
    _map_family(*names)
    return FontSet(FAMILY, *names, source="Vera", unicode=False,
                   coverage=frozenset(faces[0].face.charToGlyph))


def register_fonts() -> FontSet:
    """Register the plan font family once and return its names (safe from any thread);
    the first call also sets up reportlab for our PDFs (shaping, binary streams)."""
    global _registered
    if _registered is not None:
        return _registered
    with _lock:
        if _registered is None:
            shaping.install()
            # binary page streams: smaller files, and no time spent on ASCII85 encoding
            rl_config.useA85 = 0
            _registered = _find_and_register()
        return _registered


def _find_and_register() -> FontSet:
    for candidate in candidates():
        try:
            if not (candidate.regular.is_file() and candidate.bold.is_file()):
                continue
            fonts = _register(candidate)
        except Exception as exc:  # a damaged or unsupported font file: try the next
            log.warning("cannot use font %s: %s", candidate.regular, exc)
            continue
        log.info("PDF font: %s", fonts.source)
        return fonts
    log.warning("no Unicode font found; PDFs use Vera (some names may not print)")
    return _register_vera()
