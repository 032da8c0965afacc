"""Titles a verb gives: "X a fondé Y", "X, qui a fondé l'école et l'a dirigée", "Elle codirige
aussi Y". The verb's stem and the role it gives come from ``cues.toml`` ([titles] role_verbs);
the person is the verb's subject, right before it (or the one person the text last named, for
"Il", "Elle"); the body its object: a name, or a definite common noun that opens the name of a
body the text named before ("l'école" for the "École du renouvellement urbain"), and "l'a
dirigée" after "a fondé Y et" is Y again. Active verbs only: "dirigée par X" says less of the
title (a director general, an interim).

>>> [bool(verb_pattern(("fond",)).fullmatch(word)) for word in ("fondée", "fondait", "fonds")]
[True, True, False]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from crpv_graph.ingest.gazetteer import normalise
from crpv_graph.ingest.recognise import Mention
from crpv_graph.ingest.relations import reference

# What stands between the subject and its verb: "X a fondé", "X, qui avait dirigé", "X dirige
# aussi"; an auxiliary and an adverb at most.
SUBJECT_GAP = r"\s*(?:,\s*qui\s+)?(?:(?:a|avait|aura)\s+)?(?:(?:aussi|également|longtemps)\s+)?"
# What stands between the verb and its object's name: an adverb, an article, a name quoted
# after a common noun, then its acronym in brackets ("le centre de ressources « ... » Lorraine
# (CRPVL)").
OBJECT_GAP = re.compile(
    r"\s*(?:(?:aussi|également|alors|longtemps)\s+)?(?:(?:le|la|l['’]|les)\s*)?"
    r"(?:[^.;,()«»]{0,60}«[^»()]{1,60}»[^.;,()«»]{0,30}\(\s*)?",
    re.I,
)
# "l'école", "le centre": a definite common noun standing for a body named before.
ANAPHOR = re.compile(r"\s*(?:(?:aussi|également|alors)\s+)?(?:l['’]|le\s+|la\s+)(\w+)\b", re.I)
# "... et l'a dirigée": the same object again.
AGAIN = re.compile(r"\s+et\s+(?:l['’]|la\s+|le\s+)(?:a|avait)\s+", re.I)
ENDINGS = r"(?:e|es|ent|eait|eaient|ait|aient|é|ée|és|ées)\b"


@dataclass(frozen=True)
class VerbTitle:
    person: Mention
    body: str  # the object's IRI
    label: str  # the role's French label (cues.toml)
    printed: str  # the verb as printed
    confidence: float


def verb_pattern(stems: Sequence[str]) -> re.Pattern[str]:
    """The conjugated forms of verbs of these stems ("dirig" reads dirige, dirigeait, dirigée;
    "fond" reads fondé but not "fonds")."""
    return re.compile(r"(?:" + "|".join(map(re.escape, stems)) + r")" + ENDINGS, re.I)


def verb_titles(
    text: str,
    span: tuple[int, int],
    subjects: Sequence[tuple[Mention, int]],
    bodies: Sequence[Mention],
    earlier: Sequence[Mention],
    verbs: Sequence[tuple[str, str]],
) -> list[VerbTitle]:
    """The titles the verbs ``verbs`` ((stem, role label), longest stem first) give in
    ``text[span]``: ``subjects`` are (person, where its verb may start); ``bodies`` the bodies
    named in the sentence, ``earlier`` those named before it (for "l'école")."""
    _start, end = span
    found = []
    for person, at in subjects:
        for stem, label in verbs:
            verb = re.compile(SUBJECT_GAP + "(" + verb_pattern((stem,)).pattern + ")", re.I)
            match = verb.match(text, at, end)
            if match is None:
                continue
            held = _object(text, match.end(), end, bodies, earlier)
            if not held:
                break
            found.append(VerbTitle(person, held, label, match.group(1), 0.6))
            again = AGAIN.match(text, match.end() + _object_length(text, match.end(), end, bodies))
            if again is not None:
                for other_stem, other_label in verbs:
                    second = verb_pattern((other_stem,)).match(text, again.end(), end)
                    if second is not None:
                        found.append(VerbTitle(person, held, other_label, second.group(), 0.6))
                        break
            break
    return found


def _object(
    text: str, position: int, end: int, bodies: Sequence[Mention], earlier: Sequence[Mention]
) -> str:
    """The IRI of the body a verb at ``position`` governs ("" for none)."""
    gap = OBJECT_GAP.match(text, position, end)
    for body in bodies:
        if body.start >= position and gap and OBJECT_GAP.fullmatch(text, position, body.start):
            return reference(body)
    noun = ANAPHOR.match(text, position, end)
    if noun is None:
        return ""
    head = normalise(noun.group(1))
    named = set()
    for index, body in enumerate(earlier):
        if _first_word(body.text) != head:
            continue
        # "L'École du renouvellement urbain (ERU)": the acronym, which the graph may know alone.
        acronym = earlier[index + 1] if index + 1 < len(earlier) else None
        bracketed = acronym and re.fullmatch(r"\s*\(\s*", text[body.end : acronym.start])
        named.add(reference(acronym if acronym and bracketed else body))
    return named.pop() if len(named) == 1 else ""


def _object_length(text: str, position: int, end: int, bodies: Sequence[Mention]) -> int:
    """How far the object of a verb at ``position`` runs: to the end of its name, else of the
    common noun standing for it."""
    named = next((b for b in bodies if b.start >= position
                  and OBJECT_GAP.fullmatch(text, position, b.start)), None)  # fmt: skip
    if named is not None:
        return named.end - position
    noun = ANAPHOR.match(text, position, end)
    return noun.end() - position if noun else 0


def _first_word(name: str) -> str:
    """The first word of a name, normalised, its article dropped ("L'École du ..." -> "ecole")."""
    words = re.findall(r"\w+", normalise(name).replace("'", " "))
    words = [w for w in words if w not in ("l", "le", "la", "les")]
    return words[0] if words else ""
