"""Font subsets embedded in a PDF, made and compressed once per set of characters.

Every PDF embeds, for each face it uses, a subset of the font file holding the
characters it printed. Cutting the subset out of the font (reportlab's ``makeSubset``)
and compressing it take about a tenth of the time of writing a plan, and the plans of a
caseload use nearly the same characters: the first 256 characters of each face are the
same letters, digits and signs in the same order on most pages. ``remember_subsets``
makes a registered font keep its last subsets and their compressed bytes, so the next PDF
with the same characters reuses them. The PDF is byte for byte what it was.
"""

from __future__ import annotations

import threading
import zlib
from collections import OrderedDict
from typing import Any

from reportlab.pdfbase.ttfonts import TTFont

SUBSETS_KEPT = 16  # per face: 16 subsets of about 20-60 KB each


class _Remembered:
    """A small LRU of bytes by key (a preview may print while a batch does)."""

    def __init__(self) -> None:
        self._kept: OrderedDict[Any, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def get_or_make(self, key: Any, make: Any) -> bytes:
        with self._lock:
            data = self._kept.get(key)
            if data is not None:
                self._kept.move_to_end(key)
                return data
        data = make()
        with self._lock:
            self._kept[key] = data
            if len(self._kept) > SUBSETS_KEPT:
                self._kept.popitem(last=False)
        return data


class _RememberingFlate:
    """reportlab's Flate filter, remembering the compressed bytes of the face's subsets."""

    pdfname = "FlateDecode"

    def __init__(self) -> None:
        self.done = _Remembered()

    def encode(self, text: bytes | str) -> bytes:
        data = text.encode("utf8") if isinstance(text, str) else text
        return self.done.get_or_make(data, lambda: zlib.compress(data))

    def decode(self, encoded: bytes) -> bytes:
        return zlib.decompress(encoded)


def remember_subsets(font: TTFont) -> TTFont:
    """Make ``font`` (registered, TrueType) reuse its subsets across PDFs; returns it."""
    face = font.face
    if getattr(face, "_remembers_subsets", False):
        return font
    made = _Remembered()
    flate = _RememberingFlate()
    make_subset = face.makeSubset
    add_subset_objects = face.addSubsetObjects

    def subset_bytes(subset: list[int]) -> bytes:
        return made.get_or_make(tuple(subset), lambda: make_subset(subset))

    def subset_objects(doc: Any, fontname: str, subset: list[int]) -> Any:
        ref = add_subset_objects(doc, fontname, subset)
        stream = doc.idToObject.get(f"fontFile:{face.filename}({fontname})")
        if stream is not None and getattr(stream, "filters", None):
            stream.filters = [flate]  # the same Flate, remembered
        return ref

    face.makeSubset = subset_bytes
    face.addSubsetObjects = subset_objects
    face._remembers_subsets = True
    return font
