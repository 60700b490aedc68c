"""Text folding for search and sorting: case- and accent-insensitive."""

from __future__ import annotations

import re
import unicodedata

# Letters that Unicode does not decompose into a base letter plus an accent.
SPECIAL_LETTERS = _SPECIAL = str.maketrans({
    "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d",
    "ħ": "h", "Ħ": "h", "ı": "i", "ŀ": "l", "Ŀ": "l", "ŧ": "t", "Ŧ": "t",
    "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th",
})
_AMP = re.compile(r"\s*&\s*")


def fold(text: str) -> str:
    """Lower-case, strip accents, fold special letters, and spell '&' as 'and'."""
    if text.isascii():  # nothing to decompose or translate
        return _AMP.sub(" and ", text).casefold() if "&" in text else text.casefold()
    text = text.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _AMP.sub(" and ", stripped).casefold()


MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 8
"""What one search box may ask: a pasted page of text builds no giant query."""


def query_words(query: str, *, split_on_spaces: bool = False) -> list[str]:
    """The words of a search query, capped (first ``MAX_QUERY_CHARS`` characters,
    first ``MAX_QUERY_WORDS`` words)."""
    query = query[:MAX_QUERY_CHARS]
    words = fold(query).split() if split_on_spaces else tokens(query)
    return words[:MAX_QUERY_WORDS]


def tokens(text: str) -> list[str]:
    """Folded word tokens (letters and digits), the way search matches them."""
    return re.findall(r"[^\W_]+", fold(text))


def student_search_text(first: str, last: str, preferred: str, student_id: str) -> str:
    """What a student is found by: names and ID, folded (stored in Student.name_folded)."""
    return fold(" ".join(p for p in (first, last, preferred, student_id) if p))


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula (OWASP's CSV-injection list)."""
_PLAIN_NUMBER = re.compile(r"^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$")


def is_formula_like(value: str) -> bool:
    """Would a spreadsheet treat this cell text as a formula (or a DDE command)?"""
    return value.startswith(FORMULA_START) and not _PLAIN_NUMBER.match(value)


def student_sort_name(first: str, last: str, preferred: str) -> str:
    """The key the student list sorts names by: last name, first, preferred, folded
    (stored in Student.sort_name, so the list sorts in SQL)."""
    return fold(f"{last} {first} {preferred}")


STUDENT_ID_DIGITS = 40


def student_id_sort_key(student_id: str) -> str:
    """The key the student list sorts IDs by: numeric IDs in numeric order first, then
    the others in folded text order (stored in Student.sort_id)."""
    t = student_id.strip()
    if t.isascii() and t.isdigit():
        return "0" + t.zfill(STUDENT_ID_DIGITS)
    return "1" + fold(t)


def student_folded_columns(first: str, last: str, preferred: str,
                           student_id: str) -> dict[str, str]:
    """The columns a student row derives from its names and ID (search text, sort keys)."""
    return {"name_folded": student_search_text(first, last, preferred, student_id),
            "sort_name": student_sort_name(first, last, preferred),
            "sort_id": student_id_sort_key(student_id)}
