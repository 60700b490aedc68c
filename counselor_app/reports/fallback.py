"""Fallback fonts for characters the main font lacks, found and loaded on first need.

The main font (DejaVu Sans) covers Latin with Vietnamese, Greek, Cyrillic, Arabic and
Hebrew. For other scripts we use redistributable TrueType fonts: Noto Sans per script
(Debian ``fonts-noto-core``), WenQuanYi Zen Hei for Chinese, Japanese and Korean
(``fonts-wqy-zenhei``; Noto CJK's CFF outlines do not load in reportlab), Droid Sans
Fallback for rarer Han characters, and Symbola (``fonts-symbola``) for emoji drawn in
black and white. A font file is parsed only when a character first needs it, so a
caseload of Latin names prints as fast as before.

Arabic and Hebrew prefer their Noto fonts (better letter forms) over DejaVu.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from counselor_app.reports.font_files import remember_subsets
from counselor_app.reports.fonts import bundle_font_dirs

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FontFile:
    """One fallback face: file names tried in each folder; a .ttc names its subfont."""

    key: str  # registered as "Fallback-<key>" (and "-Bold")
    regular: str
    bold: str = ""
    subfont: int = 0


# Dedicated fonts by Unicode block (first, last code point): tried before the main font.
_SCRIPT_FONTS: tuple[tuple[int, int, str], ...] = (
    (0x0590, 0x05FF, "Hebrew"), (0xFB1D, 0xFB4F, "Hebrew"),
    (0x0600, 0x06FF, "Arabic"), (0x0750, 0x077F, "Arabic"), (0x08A0, 0x08FF, "Arabic"),
    (0xFB50, 0xFDFF, "Arabic"), (0xFE70, 0xFEFF, "Arabic"),
    (0x0900, 0x097F, "Devanagari"), (0xA8E0, 0xA8FF, "Devanagari"),
    (0x0980, 0x09FF, "Bengali"), (0x0A00, 0x0A7F, "Gurmukhi"), (0x0A80, 0x0AFF, "Gujarati"),
    (0x0B00, 0x0B7F, "Oriya"), (0x0B80, 0x0BFF, "Tamil"), (0x0C00, 0x0C7F, "Telugu"),
    (0x0C80, 0x0CFF, "Kannada"), (0x0D00, 0x0D7F, "Malayalam"), (0x0D80, 0x0DFF, "Sinhala"),
    (0x0E00, 0x0E7F, "Thai"), (0x0E80, 0x0EFF, "Lao"), (0x1000, 0x109F, "Myanmar"),
    (0x10A0, 0x10FF, "Georgian"), (0x0530, 0x058F, "Armenian"), (0x1200, 0x139F, "Ethiopic"),
    (0x1780, 0x17FF, "Khmer"), (0x13A0, 0x13FF, "Cherokee"),
)

_NOTO_SCRIPTS = sorted({key for _, _, key in _SCRIPT_FONTS})
FONT_FILES: dict[str, FontFile] = {
    key: FontFile(key, f"NotoSans{key}-Regular.ttf", f"NotoSans{key}-Bold.ttf")
    for key in _NOTO_SCRIPTS
}
FONT_FILES["Myanmar"] = FontFile("Myanmar", "NotoSansMyanmar-Regular.ttf",
                                 "NotoSansMyanmar-Bold.ttf")
# Tried in this order for anything the main font and the script fonts do not cover.
GENERAL = ("CJK", "Han", "Symbols", "Symbols2", "Math", "Emoji")
FONT_FILES.update({
    "CJK": FontFile("CJK", "wqy-zenhei.ttc", subfont=0),
    "Han": FontFile("Han", "DroidSansFallbackFull.ttf"),
    "Symbols": FontFile("Symbols", "NotoSansSymbols-Regular.ttf", "NotoSansSymbols-Bold.ttf"),
    "Symbols2": FontFile("Symbols2", "NotoSansSymbols2-Regular.ttf"),
    "Math": FontFile("Math", "NotoSansMath-Regular.ttf"),
    "Emoji": FontFile("Emoji", "Symbola_hint.ttf"),
})

_SYSTEM_DIRS = (
    "/usr/share/fonts/truetype/noto", "/usr/share/fonts/truetype/wqy",
    "/usr/share/fonts/truetype/droid", "/usr/share/fonts/truetype/ancient-scripts",
    "/usr/share/fonts/noto", "/usr/share/fonts/google-noto", "/usr/share/fonts/wqy-zenhei",
    "/usr/share/fonts/TTF", "/usr/local/share/fonts", "/Library/Fonts",
    str(Path.home() / "Library" / "Fonts"), "C:/Windows/Fonts",
)


def font_dirs() -> list[Path]:
    """Folders searched for fallback fonts: the bundle first, then the system's."""
    return bundle_font_dirs() + [Path(d) for d in _SYSTEM_DIRS]


def find_file(name: str) -> Path | None:
    return next((d / name for d in font_dirs() if (d / name).is_file()), None)


def script_font_key(cp: int) -> str | None:
    for first, last, key in _SCRIPT_FONTS:
        if first <= cp <= last:
            return key
    return None


class Fallbacks:
    """Registered fallback faces and the characters each covers (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loaded: dict[str, frozenset[int] | None] = {}  # None: not available

    def coverage(self, key: str) -> frozenset[int] | None:
        """The code points of fallback ``key``, loading it on first use; None if absent."""
        if key in self._loaded:
            return self._loaded[key]
        with self._lock:
            if key not in self._loaded:
                self._loaded[key] = self._load(FONT_FILES[key])
            return self._loaded[key]

    @staticmethod
    def _load(spec: FontFile) -> frozenset[int] | None:
        path = find_file(spec.regular)
        if path is None:
            return None
        name = f"Fallback-{spec.key}"
        try:
            regular = TTFont(name, str(path), subfontIndex=spec.subfont)
            bold_path = find_file(spec.bold) if spec.bold else None
            bold = TTFont(f"{name}-Bold", str(bold_path)) if bold_path else None
        except Exception as exc:  # a damaged font: print without it
            log.warning("cannot use font %s: %s", path, exc)
            return None
        pdfmetrics.registerFont(remember_subsets(regular))
        bold_name = name
        if bold is not None:
            pdfmetrics.registerFont(remember_subsets(bold))
            bold_name = f"{name}-Bold"
        for b, i, face in ((0, 0, name), (1, 0, bold_name), (0, 1, name), (1, 1, bold_name)):
            addMapping(name, b, i, face)
        return frozenset(regular.face.charToGlyph)

    def loaded_names(self) -> list[str]:
        return [f"Fallback-{k}" for k, v in self._loaded.items() if v is not None]


FALLBACKS = Fallbacks()


def available_files() -> list[Path]:
    """Every fallback font file found (for the packaging step and diagnostics)."""
    out = []
    for spec in FONT_FILES.values():
        for name in (spec.regular, spec.bold):
            path = find_file(name) if name else None
            if path is not None:
                out.append(path)
    return out
