"""Three fixes to reportlab's HarfBuzz shaping, installed once by ``install()``.

1. A word drawn in two fonts (a Chinese name in brackets) is shaped font by font;
   reportlab shapes the whole word with its first font, which draws wrong glyphs.
2. Copy-paste and text extraction give back what was typed: glyphs that stand for
   several characters (a Devanagari conjunct, the reph, an Arabic ligature) get their
   own codes whose ToUnicode entry is the whole cluster's text, and the other glyphs of
   the cluster map to nothing. reportlab maps such glyphs to private-use characters.
   ToUnicode entries beyond U+FFFF (emoji) are written as UTF-16, as PDF requires.
3. Discretionary ligatures are off: with them Noto Sans Arabic draws "محمد" as the
   ornamental ﷴ sign with vowel marks, which is not how a family writes the name.
"""

from __future__ import annotations

import threading
from typing import Any

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.platypus import paragraph

_lock = threading.Lock()
_installed = False
# face key ("NotoSansDevanagari-Regular") -> {code: text} for the codes we allocated
_ACTUAL: dict[str, dict[int, str]] = {}
_CODES: dict[tuple[str, int, str], int] = {}  # (face key, glyph id, text) -> code
_PRIVATE_FIRST, _PRIVATE_LAST = 0xF0000, 0xFFFFD  # plane 15: never typed by anyone


def _face_key(face: Any) -> str:
    name = face.name.decode("latin-1") if isinstance(face.name, bytes) else str(face.name)
    return name + (face.subfontNameX.decode("latin-1") if face.subfontNameX else "")


def _code_for(font: Any, gid: int, text: str, width: int) -> int:
    """A code that draws glyph ``gid`` and extracts as ``text`` (allocated once)."""
    face = font.face
    key = (_face_key(face), gid, text)
    code = _CODES.get(key)
    if code is None:
        taken = _ACTUAL.setdefault(key[0], {})
        code = _PRIVATE_FIRST + len(taken)
        if code > _PRIVATE_LAST:
            raise ValueError("too many shaped glyphs")
        face.charToGlyph[code] = gid
        face.charWidths[code] = width
        taken[code] = text
        _CODES[key] = code
    return code


def _retext(word: list[Any], text: str) -> list[Any]:
    """Give the glyphs of a shaped word codes that extract as their clusters' text."""
    out = [word[0]]
    glyph_rows: list[tuple[Any, str, Any]] = []
    for frag, shaped in word[1:]:
        data = getattr(shaped, "__shapeData__", None)
        if data is None:
            return word
        glyph_rows += [(frag, ch, d) for ch, d in zip(shaped, data, strict=True)]
    starts = sorted({d.cluster for _, _, d in glyph_rows})
    ends = {s: (starts[i + 1] if i + 1 < len(starts) else len(text))
            for i, s in enumerate(starts)}
    seen: set[int] = set()
    fixed: list[tuple[Any, str, Any]] = []
    for frag, ch, d in glyph_rows:
        cluster_text = text[d.cluster:ends[d.cluster]]
        first = d.cluster not in seen
        seen.add(d.cluster)
        wanted = cluster_text if first else ""
        if wanted != ch:
            font = pdfmetrics.getFont(frag.fontName)
            gid = font.face.charToGlyph.get(ord(ch))
            if gid is not None:
                ch = chr(_code_for(font, gid, wanted, font.face.charWidths.get(ord(ch), 0)))
        fixed.append((frag, ch, d))
    for frag, ch, d in fixed:  # regroup consecutive glyphs of one frag
        if len(out) > 1 and out[-1][0] is frag:
            prev = out[-1][1]
            out[-1] = (frag, ttfonts.ShapedStr(str(prev) + ch,
                                               shapeData=[*prev.__shapeData__, d]))
        else:
            out.append((frag, ttfonts.ShapedStr(ch, shapeData=[d])))
    return word.__class__(out)


def _source_text(word: list[Any]) -> str:
    return "".join(s for f, s in word[1:] if not hasattr(f, "cbDefn"))


def _shape_one_font(original: Any, word: list[Any]) -> list[Any]:
    text = _source_text(word)
    shaped = original(word)
    if shaped is word or not isinstance(shaped, ttfonts.ShapedFragWord):
        return shaped
    return _retext(shaped, text)


def _make_shaper(original: Any) -> Any:
    def shape(w: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(w, ttfonts.ShapedFragWord) or len(w) < 3:
            return _shape_one_font(original, w) if len(w) >= 2 else w
        fonts = {f.fontName for f, _ in w[1:] if not hasattr(f, "cbDefn")}
        if len(fonts) <= 1:
            return _shape_one_font(original, w)
        # split into runs of one font, shape each, join them again
        groups: list[list[Any]] = []
        for item in w[1:]:
            name = getattr(item[0], "fontName", None)
            if groups and getattr(groups[-1][-1][0], "fontName", None) == name:
                groups[-1].append(item)
            else:
                groups.append([item])
        joined = ttfonts.ShapedFragWord([0.0])
        for group in groups:
            width = sum(pdfmetrics.stringWidth(s, f.fontName, f.fontSize)
                        for f, s in group if not hasattr(f, "cbDefn"))
            part = _shape_one_font(original, [width, *group])
            joined[0] += part[0]
            joined.extend(tuple(x) if not isinstance(x, tuple) else x for x in part[1:])
        return joined

    return shape


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with cluster texts and UTF-16 beyond the BMP."""
    face = fontname.split("+", 1)[-1]
    actual = _ACTUAL.get(face, {})

    def utf16(text: str) -> str:
        return text.encode("utf-16-be").hex().upper()

    rows = [f"<{i:02X}> <{utf16(actual.get(v, chr(v)))}>" for i, v in enumerate(subset)]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})",
        "/Supplement 0", ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar", *rows, "endbfchar", "endcmap",
        "CMapName currentdict /CMap defineresource pop", "end", "end"])


def install() -> None:
    """Patch reportlab once (idempotent, thread-safe)."""
    global _installed
    if _installed:
        return
    with _lock:
        if _installed:
            return
        original = ttfonts.shapeFragWord
        if ttfonts.uharfbuzz is not None and original.__defaults__:
            features = original.__defaults__[0]
            if isinstance(features, dict):
                features["dlig"] = False
        shaper = _make_shaper(original)
        paragraph.shapeFragWord = shaper  # paragraph imported the name itself
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        _installed = True
