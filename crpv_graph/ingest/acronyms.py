"""Acronyms and the names they spell: how French print introduces a body and then shortens it.

A body is introduced by its name and its acronym in brackets ("la Délégation interministérielle
à la ville (DIV)"), or by its acronym and its name in apposition ("l'ancien PQA, Pays et
Quartiers d'Aquitaine, ..."); from then on, the acronym alone stands for it ("une étude menée
par la DIV"). Each letter of the acronym is the initial of one word of the name, articles and
prepositions left out; a hyphenated word gives one initial or one per part ("Pays et Quartiers
de Nouvelle-Aquitaine (PQN-A)"). Letters that spell nothing around them are a code or a
product ("une plate-forme collective (DECIDIM)"), not a body's acronym.

Print joins the parts of an acronym with a hyphen or with a bullet, a middle dot or another
dash ("CR-DSU", "CR•DSU", "CR·DSU"), and glosses it in apposition with or without "pour"
("CR•DSU, pour Centre de ressources et d'échanges pour le développement social et urbain"),
where the acronym may leave out a word of its name ("échanges").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

Span = tuple[int, int]

JOINERS = "-\u2010\u2011\u2013•·"
"""What joins the parts of an acronym in print: a hyphen, the typographic and non-breaking
hyphens, an en dash, a bullet, a middle dot ("CR-DSU", "CR•DSU", "CR·DSU")."""

BRACKETED_ACRONYM = re.compile(r"\s\((?P<acronym>[A-ZÀ-Ý][A-Za-zÀ-ÿ-]*[A-Z])\)")
WORD = re.compile(r"(?:[ldLD]['’])?(?P<word>[\w-]+)[\s,]*")
JOINING_WORDS = frozenset(
    {"à", "au", "aux", "de", "du", "des", "la", "le", "les", "et", "pour", "en", "sur", "par"}
)
APPOSITION = re.compile(r",\s*(?:pour\s+)?")
NAME_ENDS = re.compile(r"\s*(?:[,;:.)]|$)")
REACH = 120
"""How far from its acronym a name is looked for, in characters."""


def _letters(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if not unicodedata.combining(c)).lower()


def _acronym_letters(acronym: str) -> str:
    """The letters of an acronym, lower case, without what joins its parts.

    >>> _acronym_letters("CR•DSU"), _acronym_letters("PQN-A")
    ('crdsu', 'pqna')
    """
    return "".join(c for c in _letters(acronym) if c not in JOINERS)


def _spells_but_one(letters: str, initials: str) -> bool:
    """Whether an acronym's letters are the initials with one word left out, not the first
    ("CRDSU" of "Centre de ressources et d'échanges pour le développement social et urbain").

    >>> _spells_but_one("crdsu", "credsu"), _spells_but_one("rdsu", "credsu")
    (True, False)
    """
    return len(initials) == len(letters) + 1 and any(
        initials[:skipped] + initials[skipped + 1 :] == letters
        for skipped in range(1, len(initials))
    )


def _initials(words: list[re.Match[str]]) -> Iterator[str]:
    """The initials the words give, a hyphenated word as one initial or one per part."""
    for split in (False, True):
        yield "".join(
            _letters(part)[0]
            for word in words
            if word["word"].lower() not in JOINING_WORDS
            for part in (word["word"].split("-") if split else [word["word"]])
            if part
        )


def initials_of(name: str) -> set[str]:
    """The acronyms of four letters or more a name spells, lower case: one initial per word but
    the joining words, a hyphenated word giving one initial or one per part. Three letters
    spell too many names by chance ("Assemblée des districts de France" is not the ADF,
    "Assemblée des départements de France").

    >>> sorted(initials_of("Agence nationale pour la rénovation urbaine"))
    ['anru']
    >>> initials_of("Pays et Quartiers de Nouvelle-Aquitaine"), initials_of("Ville de Nantes")
    ({'pqna'}, set())
    """
    return {found for found in _initials(list(WORD.finditer(name))) if len(found) >= 4}


def spelling(text: str, start: int, end: int) -> Span | None:
    """The span of the words before the bracket that an acronym in brackets at ``start:end``
    spells, or None: letters that spell nothing before them are a code, a product or a
    shorthand, not a body's acronym.

    >>> text = "l'Union sociale pour l'habitat (USH) et une plate-forme collective (DECIDIM)"
    >>> [spelling(text, text.index(a), text.index(a) + len(a)) for a in ("USH", "DECIDIM")]
    [(2, 30), None]
    >>> text = "les membres de Pays et Quartiers de Nouvelle-Aquitaine (PQN-A)"
    >>> text[slice(*spelling(text, 56, 61))]
    'Pays et Quartiers de Nouvelle-Aquitaine'
    >>> text = "l'Assemblée des communautés de France (AdCF)"
    >>> text[slice(*spelling(text, 39, 43))]
    'Assemblée des communautés de France'
    """
    spelt = _spellings(text[start:end])
    words = list(WORD.finditer(text, max(0, start - REACH), text.rindex("(", 0, start)))
    for first in range(len(words) - 1, -1, -1):
        if spelt & set(_initials(words[first:])):
            return words[first].start("word"), words[-1].end("word")
    return None


def _spellings(acronym: str) -> set[str]:
    """The letters an acronym spells its name with: all of them, and, where print mixes the
    cases, its capitals alone, a small letter standing for a joining word ("AdCF": Assemblée
    des Communautés de France, whose initials are "ACF" once "des" and "de" are left out).

    >>> sorted(_spellings("AdCF")), _spellings("CR•DSU")
    (['acf', 'adcf'], {'crdsu'})
    """
    capitals = "".join(c for c in acronym if not c.islower())
    mixed = capitals != acronym and len(_acronym_letters(capitals)) > 1
    return {_acronym_letters(acronym)} | ({_acronym_letters(capitals)} if mixed else set())


def spelled_after(text: str, start: int, end: int) -> Span | None:
    """The span of the capitalised name in apposition after an acronym at ``start:end`` that
    the acronym spells ("l'ancien PQA, Pays et Quartiers d'Aquitaine, avait vu le jour"), or
    None. The name ends at a punctuation mark, so it is all that the apposition holds; the
    acronym may leave out one of its words (:func:`_spells_but_one`).

    >>> text = "L'ancien PQA, Pays et Quartiers d'Aquitaine, avait vu le jour en 2000."
    >>> text[slice(*spelled_after(text, 9, 12))]
    "Pays et Quartiers d'Aquitaine"
    >>> spelled_after("Le CGET, placé auprès du Premier ministre, ...", 3, 7) is None
    True
    >>> text = "Le CR•DSU, pour Centre de ressources et d'échanges pour le développement social "
    >>> text += "et urbain, est né en 1993."
    >>> text[slice(*spelled_after(text, 3, 9))]
    "Centre de ressources et d'échanges pour le développement social et urbain"
    """
    spelt_as = _spellings(text[start:end])
    apposed = APPOSITION.match(text, end)
    if apposed is None or not text[apposed.end() : apposed.end() + 1].isupper():
        return None
    words: list[re.Match[str]] = []
    for word in WORD.finditer(text, apposed.end(), min(len(text), end + REACH)):
        if word.start() != (words[-1].end() if words else apposed.end()):
            break  # "[\s,]*" ends each word: a gap is a character no name holds
        words.append(word)
        spelt = any(
            letters == initials or _spells_but_one(letters, initials)
            for initials in _initials(words)
            for letters in spelt_as
        )
        if spelt and NAME_ENDS.match(text, word.end("word")):
            return words[0].start("word"), word.end("word")
        if "," in word.group():
            break
    return None


def occurrences(text: str, acronym: str) -> list[Span]:
    """Where ``acronym`` is printed as a word of its own: not inside a longer word or joined to
    one by a hyphen ("DIV" is not in "DIVA", "CRPV" not in "CRPV-CS").

    >>> occurrences("la DIV, puis la DIVA et la DIV-X ; la DIV.", "DIV")
    [(3, 6), (38, 41)]
    """
    pattern = re.compile(r"(?<![\w-])" + re.escape(acronym) + r"(?![\w-])")
    return [match.span() for match in pattern.finditer(text)]


def is_acronym(name: str) -> bool:
    """Whether a name is an acronym: capitals (a hyphen or a bullet may join them,
    :data:`JOINERS`), two letters at least.

    >>> is_acronym("PQN-A"), is_acronym("CR•DSU"), is_acronym("DIV"), is_acronym("Epareca")
    (True, True, True, False)
    >>> is_acronym("A")
    False
    """
    return bool(re.fullmatch(rf"[A-ZÀ-Ý][A-ZÀ-Ý{re.escape(JOINERS)}]*[A-ZÀ-Ý]", name))
