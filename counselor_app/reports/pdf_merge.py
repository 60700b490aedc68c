"""Join PDFs that reportlab wrote into one file, without laying anything out again.

A batch renders its plans in parallel, a few students to a PDF; this module appends
those PDFs' objects to one output file, renumbered, and builds one page tree and one
outline from theirs, so the combined file has every student's bookmarks (a student at
the top level, sections under it) in order. The first part's document information
(title, author, subject) and catalog (language) are kept, as when one process wrote
the whole batch.

It reads only what reportlab writes (a classic cross-reference table, no object
streams, every object in order); anything else raises ``ValueError``. Parts are taken
one at a time and written out at once, so memory stays that of one part.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import BinaryIO

_REF = re.compile(rb"\((?:\\.|[^\\)])*\)|(\d+) 0 R")  # skips literal strings
_XREF_ROW = re.compile(rb"(\d{10}) (\d{5}) ([nf])")
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")


def _key(body: bytes, name: bytes) -> int | None:
    """The object number that ``/name N 0 R`` points to in a dictionary, if any."""
    m = re.search(rb"/" + name + rb" (\d+) 0 R", body)
    return int(m.group(1)) if m else None


def _with_key(body: bytes, name: bytes, number: int) -> bytes:
    """A dictionary with ``/name number 0 R`` added at its end."""
    body = body.rstrip()
    if not body.endswith(b">>"):
        raise ValueError("unsupported PDF: a bookmark is not a dictionary")
    return body[:-2].rstrip() + b" /" + name + b" %d 0 R\n>>" % number


def _count(body: bytes) -> int:
    m = re.search(rb"/Count (-?\d+)", body)
    return int(m.group(1)) if m else 0


def _stream_start(chunk: bytes) -> int:
    """Where ``stream`` starts after an object's dictionary (-1: not a stream)."""
    m = re.search(rb">>\s*stream\r?\n", chunk)
    return -1 if m is None else m.start() + 2


@dataclass
class _Part:
    """One input PDF split into its objects (dictionary text, stream bytes apart)."""

    header: bytes
    objects: dict[int, tuple[bytes, bytes]]  # number -> (dictionary part, stream part)
    root: int
    info: int | None

    @classmethod
    def read(cls, data: bytes) -> _Part:
        end = _STARTXREF.search(data[-64:])
        if end is None:
            raise ValueError("not a complete PDF (no startxref)")
        xref = int(end.group(1))
        if data[xref:xref + 4] != b"xref":
            raise ValueError("unsupported PDF: no classic cross-reference table")
        trailer_at = data.index(b"trailer", xref)
        offsets = sorted((int(m.group(1)), number) for number, m in enumerate(
            _XREF_ROW.finditer(data, xref, trailer_at)) if m.group(3) == b"n")
        trailer = data[trailer_at:]
        root, info = _key(trailer, b"Root"), _key(trailer, b"Info")
        if root is None:
            raise ValueError("unsupported PDF: no document catalog")
        objects: dict[int, tuple[bytes, bytes]] = {}
        bounds = [*(o for o, _ in offsets), xref]
        for (start, number), stop in zip(offsets, bounds[1:], strict=True):
            chunk = data[start:stop]
            head = f"{number} 0 obj".encode()
            if not chunk.startswith(head):
                raise ValueError(f"unsupported PDF: object {number} is not where the table "
                                 "says")
            chunk = chunk[len(head):].rstrip()
            if not chunk.endswith(b"endobj"):
                raise ValueError(f"unsupported PDF: object {number} does not end")
            chunk = chunk[:-len(b"endobj")].rstrip()
            at = _stream_start(chunk) if chunk.endswith(b"endstream") else -1
            objects[number] = (chunk, b"") if at < 0 else (chunk[:at].rstrip(), chunk[at:])
        return cls(data[:data.index(b"\n", data.index(b"\n") + 1) + 1], objects, root, info)


class PdfJoiner:
    """Writes parts into ``out`` as they come; ``close()`` adds the page tree, outline,
    catalog and cross-reference table."""

    CATALOG, PAGES, OUTLINES, INFO = 1, 2, 3, 4

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.offsets: dict[int, int] = {}
        self.next_number = 5
        self.pages: list[int] = []
        self.outline_count = 0
        self.outline_first: int | None = None
        self.held: tuple[int, bytes] | None = None  # last top-level bookmark, for /Next
        self.catalog: bytes | None = None
        self.info: bytes | None = None
        self.written = 0
        self.digest = hashlib.md5(usedforsecurity=False)

    def _write(self, data: bytes) -> None:
        self.out.write(data)
        self.written += len(data)
        self.digest.update(data[:256])

    def _object(self, number: int, body: bytes, stream: bytes = b"") -> None:
        self.offsets[number] = self.written
        self._write(b"%d 0 obj\n" % number + body.strip() + b"\n"
                    + (stream + b"\n" if stream else b"") + b"endobj\n")

    def add(self, data: bytes) -> None:
        """Append one PDF's pages and bookmarks."""
        part = _Part.read(data)
        if not self.written:
            self._write(part.header)
        catalog = part.objects[part.root][0]
        pages_root = _key(catalog, b"Pages")
        outlines_root = _key(catalog, b"Outlines")
        if pages_root is None:
            raise ValueError("unsupported PDF: no page tree")
        dropped = {part.root, pages_root, outlines_root, part.info}
        numbers = {n: self._allocate() for n in sorted(part.objects) if n not in dropped}
        numbers[pages_root] = self.PAGES
        if outlines_root is not None:
            numbers[outlines_root] = self.OUTLINES

        def renumber(body: bytes) -> bytes:
            def one(m: re.Match[bytes]) -> bytes:
                if m.group(1) is None:
                    return m.group(0)
                old = int(m.group(1))
                if old not in numbers:
                    raise ValueError(f"unsupported PDF: reference to object {old}")
                return b"%d 0 R" % numbers[old]
            return _REF.sub(one, body)

        kids = part.objects[pages_root][0]
        if b"/Kids" not in kids or b"/Type /Pages" not in kids:
            raise ValueError("unsupported PDF: page tree")
        listed = kids[kids.index(b"/Kids"):]
        self.pages += [numbers[int(n)] for n in
                       re.findall(rb"(\d+) 0 R", listed[:listed.index(b"]")])]

        first = last = None
        if outlines_root is not None:
            root_body = part.objects[outlines_root][0]
            first, last = _key(root_body, b"First"), _key(root_body, b"Last")
            self.outline_count += _count(root_body)
        if self.catalog is None:
            self.catalog = renumber(catalog)
            self.info = renumber(part.objects[part.info][0]) if part.info else None
        for old in sorted(part.objects):
            if old in dropped:
                continue
            body, stream = part.objects[old]
            body = renumber(body)
            if old == first:
                if self.held is not None:
                    previous = self.held[0]
                    self._release(numbers[old])
                    body = _with_key(body, b"Prev", previous)
                else:
                    self.outline_first = numbers[old]
            if old == last:
                self.held = (numbers[old], body)
                continue
            self._object(numbers[old], body, stream)

    def _allocate(self) -> int:
        self.next_number += 1
        return self.next_number - 1

    def _release(self, next_number: int | None) -> None:
        """Write the held bookmark, pointing on to ``next_number`` when there is one."""
        if self.held is None:
            return
        number, body = self.held
        if next_number is not None:
            body = _with_key(body, b"Next", next_number)
        self._object(number, body)
        self.held = None

    def close(self) -> int:
        """Finish the file; returns the number of pages."""
        if self.catalog is None:
            raise ValueError("nothing to join")
        last_outline = self.held[0] if self.held is not None else None
        self._release(None)
        kids = b" ".join(b"%d 0 R" % n for n in self.pages)
        self._object(self.PAGES, b"\n<<\n/Count %d /Kids [ %s ] /Type /Pages\n>>\n"
                     % (len(self.pages), kids))
        if self.outline_first is not None and last_outline is not None:
            self._object(self.OUTLINES, b"\n<<\n/Count %d /First %d 0 R /Last %d 0 R "
                         b"/Type /Outlines\n>>\n"
                         % (self.outline_count, self.outline_first, last_outline))
        else:
            self._object(self.OUTLINES, b"\n<<\n/Count 0 /Type /Outlines\n>>\n")
        self._object(self.CATALOG, self.catalog)
        if self.info is not None:
            self._object(self.INFO, self.info)
        size = self.next_number
        xref_at = self.written
        rows = [b"0000000000 65535 f \n"]
        rows += [b"%010d 00000 n \n" % self.offsets[n] if n in self.offsets
                 else b"0000000000 65535 f \n" for n in range(1, size)]
        file_id = self.digest.hexdigest().encode()
        info = b"/Info %d 0 R\n" % self.INFO if self.info is not None else b""
        self._write(b"xref\n0 %d\n" % size + b"".join(rows)
                    + b"trailer\n<<\n/ID [<%s><%s>]\n%s/Root %d 0 R\n/Size %d\n>>\n"
                    % (file_id, file_id, info, self.CATALOG, size)
                    + b"startxref\n%d\n%%%%EOF\n" % xref_at)
        return len(self.pages)


def join_pdfs(parts: Iterable[bytes], out: BinaryIO) -> int:
    """Write ``parts`` (PDFs from reportlab) as one PDF into ``out``; returns its pages."""
    joiner = PdfJoiner(out)
    for data in parts:
        joiner.add(data)
    return joiner.close()
