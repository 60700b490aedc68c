"""How a search query matches and ranks: word forms, synonyms, exact titles first.

Pure Python over folded text (no database, no Qt), shared by Explore's search (which turns
the terms into an FTS5 query or LIKE conditions), the new-plan program picker and the plan
editor's course catalog, so that every search box finds the same things the same way.

A query is a list of terms that must all match. A term is one query word (or two words
that people also write as one, "health care" / "healthcare") with its alternatives: the
word's stem, and the phrases of ``SYNONYMS``. An alternative matches a text when each of
its prefixes starts some word of the text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from counselor_app.text import query_words, tokens

# English endings stripped so that word forms meet: "welding" finds Welders, "nursing"
# finds Registered Nurses, "teaching" finds Teachers. Longest first; a stem keeps at
# least four letters, so short words ("arts", "data") are left alone.
_SUFFIXES = ("ations", "ation", "ings", "ing", "ers", "ies", "ors", "ists", "ist", "ics",
             "ed", "er", "es", "or", "s", "e")

# What a counselor or student types -> the words the framework and catalog use instead
# (folded; a phrase's words must all match). Each entry also finds the key itself.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "healthcare": ("health care", "health science", "medical"),
    "health care": ("healthcare", "health science", "medical"),
    "medical": ("health", "medicine"),
    "medicine": ("medical", "health"),
    "doctor": ("physician",),
    "vet": ("veterinary",),
    "it": ("information technology", "digital technology", "computer"),
    "computer": ("computing", "digital technology", "information technology"),
    "computers": ("computing", "digital technology", "information technology"),
    "coding": ("programming", "software"),
    "programming": ("software", "coding"),
    "tech": ("technology", "technical"),
    "auto": ("automotive", "vehicle"),
    "cars": ("automotive", "vehicle"),
    "car": ("automotive", "vehicle"),
    "mechanic": ("mechanics", "automotive", "maintenance"),
    "ag": ("agriculture", "agricultural"),
    "farming": ("agriculture", "farm"),
    "farm": ("agriculture",),
    "teacher": ("teaching", "education"),
    "teaching": ("education", "teacher"),
    "law": ("legal", "justice", "lawyer"),
    "police": ("law enforcement", "public safety"),
    "firefighter": ("fire", "public safety"),
    "cooking": ("culinary", "cook", "food"),
    "chef": ("culinary", "cook"),
    "cook": ("culinary",),
    "money": ("finance", "financial", "banking"),
    "electrician": ("electrical",),
    "plumber": ("plumbing",),
    "building": ("construction",),
    "military": ("armed forces",),
    "drama": ("theater", "theatre"),
    "math": ("mathematics",),
    "maths": ("mathematics",),
    "pe": ("physical education",),
    "gym": ("physical education",),
}
_PHRASE_KEYS = {k for k in SYNONYMS if " " in k}


def stem(word: str) -> str:
    """A crude English stem, used as a search prefix (never shown)."""
    if word.isdigit() or len(word) <= 4:
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


@dataclass(frozen=True)
class Term:
    """One thing the text must have: any one of ``alternatives`` (each a tuple of word
    prefixes that must all start words of the text)."""

    words: tuple[str, ...]  # the query words it stands for
    alternatives: tuple[tuple[str, ...], ...]


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in text.split())


def _term(words: tuple[str, ...]) -> Term:
    key = " ".join(words)
    alternatives = [tuple(stem(w) for w in words)]
    if len(words) == 1:
        alternatives.append((words[0],))  # a stem always covers the word; kept for FTS
    for other in SYNONYMS.get(key, ()):
        alternatives.append(_phrase(other))
    unique = tuple(dict.fromkeys(a for a in alternatives if a))
    return Term(words, unique)


def query_terms(query: str) -> list[Term]:
    """The terms of a search query (folded, capped like every search box)."""
    return terms_of(query_words(query))


def terms_of(words: Sequence[str]) -> list[Term]:
    """Terms of already folded query words: two words written as a known phrase make one
    term ("health care"), every other word its own."""
    terms: list[Term] = []
    i = 0
    while i < len(words):
        pair = " ".join(words[i:i + 2])
        if i + 1 < len(words) and pair in _PHRASE_KEYS:
            terms.append(_term((words[i], words[i + 1])))
            i += 2
        else:
            terms.append(_term((words[i],)))
            i += 1
    return terms


def _has(prefixes: tuple[str, ...], text_words: Sequence[str]) -> bool:
    return all(any(t.startswith(p) for t in text_words) for p in prefixes)


def matches(terms: Sequence[Term], text_words: Sequence[str]) -> bool:
    """Does a text (its folded words, ``text.tokens``) match every term?"""
    return all(any(_has(alt, text_words) for alt in term.alternatives) for term in terms)


def rank(title: str, words: Sequence[str]) -> int:
    """0 exact title, 1 title starts with the query, 2 the title alone matches (every
    query word, its stem or a synonym starts a word of it), 3 anything else that matched
    (through another field)."""
    folded = " ".join(tokens(title))
    query = " ".join(words)
    if folded == query:
        return 0
    if folded.startswith(query):
        return 1
    if matches(terms_of(words), folded.split()):
        return 2
    return 3


T = TypeVar("T")


def ranked(items: Iterable[T], query: str, title: Callable[[T], str],
           text: Callable[[T], str], code: Callable[[T], str] | None = None, *,
           substrings: bool = False) -> list[T]:
    """The items that match ``query`` in their ``text`` (which should hold the title),
    best first by ``rank`` of their title (an exact ``code`` counts as an exact title);
    ties keep the items' own order. An empty query keeps every item in order.

    ``substrings`` also lets a text match when every query word is a part of it ("ebra"
    finds Algebra), as a catalog's "type part of a code or title" promises; a word of
    one or two letters ("i" in "Theater I") still has to start a word."""
    words = query_words(query)
    if not words:
        return list(items)
    terms = terms_of(words)
    joined = " ".join(words)
    scored: list[tuple[int, int, T]] = []
    for i, item in enumerate(items):
        text_words = tokens(text(item))
        if not matches(terms, text_words) and not (substrings and
                                                   _has_parts(words, text_words)):
            continue
        exact_code = code is not None and " ".join(tokens(code(item))) == joined
        scored.append((0 if exact_code else rank(title(item), words), i, item))
    scored.sort(key=lambda x: (x[0], x[1]))
    return [item for _r, _i, item in scored]


def _has_parts(words: Sequence[str], text_words: Sequence[str]) -> bool:
    folded = " ".join(text_words)
    return all((len(w) >= 3 and w in folded) or any(t.startswith(w) for t in text_words)
               for w in words)


def fts_query(terms: Sequence[Term]) -> str:
    """An FTS5 MATCH expression for the terms (every word quoted, so query syntax typed
    by the user is harmless)."""
    def alt(prefixes: tuple[str, ...]) -> str:
        inner = " AND ".join(f'"{p}"*' for p in prefixes)
        return f"({inner})" if len(prefixes) > 1 else inner

    return " AND ".join("(" + " OR ".join(alt(a) for a in term.alternatives) + ")"
                        for term in terms)
