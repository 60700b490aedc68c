"""Final marks: does a mark pass, and does it reach a node's minimum."""

from __future__ import annotations

from counselor_app.audit.model import Passing

PASS = "pass"
FAIL = "fail"
NONE = "none"  # no mark recorded


def _number(mark: str) -> float | None:
    try:
        return float(mark)
    except ValueError:
        return None


def _letter(mark: str, letters: tuple[str, ...]) -> str | None:
    """'B+' -> 'B' when B is one of the letters; None for anything else."""
    base = mark.rstrip("+-")
    return base if base in letters and len(mark) - len(base) <= 1 else None


def classify(mark: str, passing: Passing) -> str:
    m = mark.strip().upper()
    if not m:
        return NONE
    if m in passing.also or _letter(m, passing.letters) is not None:
        return PASS
    value = _number(m)
    if value is not None:
        return PASS if value >= passing.minimum else FAIL
    return FAIL


def reaches(mark: str, minimum: str, passing: Passing) -> bool:
    """True when ``mark`` is at least ``minimum`` (both letters, or both numbers)."""
    if not minimum:
        return True
    m = mark.strip().upper()
    wanted_number = _number(minimum)
    if wanted_number is not None:
        value = _number(m)
        return value is not None and value >= wanted_number
    letters = passing.letters
    wanted = _letter(minimum, letters)
    have = _letter(m, letters)
    if wanted is None or have is None:
        return False
    return letters.index(have) <= letters.index(wanted)


def mark_rank(mark: str, passing: Passing) -> float:
    """Smaller is better; for choosing the best of repeated attempts."""
    m = mark.strip().upper()
    value = _number(m)
    if value is not None:
        return -value
    letter = _letter(m, passing.letters)
    if letter is not None:
        return passing.letters.index(letter) - 1000.0
    return 0.0
