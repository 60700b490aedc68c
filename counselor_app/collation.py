"""Alphabetical order of names as a language files them, without ICU.

In the spirit of the Unicode Collation Algorithm's three levels: names compare first by
their letters (accents and case ignored), then by accents, then by case. Each language
may treat a letter with a mark as a letter of its own, filed after the plain letter:

* English and the default (root) order: accents never move a name, so "Ñúñez" files
  as "Nunez", "Ólafur" as "Olafur", "Đặng" as "Dang".
* Spanish: ñ is its own letter after n ("Nava", "Núñez", "Ñúñez", "Ortiz").
* Vietnamese: ă and â after a, đ after d, ê after e, ô and ơ after o, ư after u; the
  tone marks only break ties.

Other scripts keep their code-point order, which groups each script together.

A surname with a particle ("de la Fuente", "van der Berg") files where the school files
it: under the particle (D, the default: the name as written) or under the main name (F).

Why not PyICU: it needs the ICU library and a compiler at install time (it is not on
every machine this program installs on, nor in the frozen bundle), for the three
tailorings a school needs here.
"""

from __future__ import annotations

import unicodedata

from counselor_app.text import SPECIAL_LETTERS

# letters after their base letter in a language: (base, combining mark) -> rank after it
_TAILORINGS: dict[str, dict[tuple[str, str], int]] = {
    "es": {("n", "\u0303"): 1},
    "vi": {("a", "\u0306"): 1, ("a", "\u0302"): 2, ("e", "\u0302"): 1, ("o", "\u0302"): 1,
           ("o", "\u031b"): 2, ("u", "\u031b"): 1},
}
_OWN_LETTERS = {"vi": {"đ": ("d", 1)}}  # letters Unicode does not decompose
_AFTER = "\U0010fff0"  # sorts after every letter: "n" + rank puts ñ after "nz…"

PARTICLES = ("de la", "de las", "de los", "del", "de", "van der", "van den", "van de",
             "van", "von der", "von", "da", "das", "do", "dos", "di", "du", "della",
             "le", "la", "st.", "d'", "d’")
FILE_UNDER_PARTICLE = "particle"  # "de la Fuente" with the Ds
FILE_UNDER_NAME = "name"  # "de la Fuente" with the Fs
PARTICLE_CHOICES = (FILE_UNDER_PARTICLE, FILE_UNDER_NAME)


def _language(code: str) -> str:
    return (code or "en").replace("_", "-").split("-")[0].lower()


def collation_key(text: str, language: str = "en") -> tuple[str, str, str]:
    """(letters, accents, case) of ``text``: compare tuples to order texts."""
    lang = _language(language)
    tailoring = _TAILORINGS.get(lang, {})
    own = _OWN_LETTERS.get(lang, {})
    primary: list[str] = []
    secondary: list[str] = []
    tertiary: list[str] = []
    for base, marks in _clusters(unicodedata.normalize("NFD", text)):
        lower = base.casefold()
        tertiary.append("1" if lower != base else "0")
        if lower in own:
            letter, rank = own[lower]
            primary.append(letter + _AFTER + chr(rank))
            secondary.append("\x01")
            continue
        letter = lower.translate(SPECIAL_LETTERS)
        rank = max((tailoring.get((letter, m), 0) for m in marks), default=0)
        accents = [m for m in marks if tailoring.get((letter, m), 0) != rank or not rank]
        primary.append(letter + (_AFTER + chr(rank) if rank else ""))
        secondary.append("".join(accents) + ("\x01" if lower != letter else "") + "\x00")
    return "".join(primary), "".join(secondary), "".join(tertiary)


def _clusters(decomposed: str) -> list[tuple[str, list[str]]]:
    """Each base character with the combining marks that follow it; punctuation and
    spaces left out of the letters (so "O'Brien" files as "OBrien", hyphens ignored)."""
    out: list[tuple[str, list[str]]] = []
    for c in decomposed:
        if unicodedata.combining(c):
            if out:
                out[-1][1].append(c)
            continue
        if unicodedata.category(c)[0] in "LN":
            out.append((c, []))
    return out


def filing_name(last_name: str, particles: str = FILE_UNDER_PARTICLE) -> str:
    """The surname as it is filed: as written, or without its leading particle."""
    name = " ".join(last_name.split())
    if particles != FILE_UNDER_NAME:
        return name
    folded = name.casefold()
    for particle in PARTICLES:
        joined = particle.endswith(("'", "’"))
        head = particle if joined else particle + " "
        if folded.startswith(head) and len(name) > len(head):
            return name[len(head):].strip()
    return name


def name_sort_key(last_name: str, first_name: str, student_id: str = "",
                  language: str = "en", particles: str = FILE_UNDER_PARTICLE
                  ) -> tuple[str, ...]:
    """Order of students by surname, then given name, as ``language`` files them."""
    last = collation_key(filing_name(last_name, particles), language)
    first = collation_key(first_name, language)
    return (last[0], first[0], last[1], first[1], last[2], first[2],
            last_name, first_name, student_id)
