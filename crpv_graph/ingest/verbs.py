"""Titles a verb gives: "X a fondé Y", "X, qui a fondé l'école et l'a dirigée", "Elle codirige
aussi Y", "X a pris la direction de Y", "Y, que préside X". The verb's stem, or the office's
noun, and the role it gives come from ``cues.toml`` ([titles] role_verbs, role_nouns);
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
from functools import cache, lru_cache

from crpv_graph.ingest.french import ALSO, OF, TAKING
from crpv_graph.ingest.gazetteer import first_word, normalise
from crpv_graph.ingest.recognise import Mention
from crpv_graph.ingest.relations import COMPLEMENT, reference

# What stands between the subject and its verb: "X a fondé", "X, qui avait dirigé", "X dirige
# aussi", "c'est X qui dirige"; an auxiliary and an adverb at most; an object pronoun, which
# stands for the body the text speaks of ("X, qui le dirigeait": group ``clitic``).
SUBJECT_GAP = (
    r"\s*(?:,?\s*qui\s+)?(?P<clitic>(?:l['’]|le\s+|la\s+)(?=(?:a|avait|aura)\s|\w+(?:ait|e)\b))?"
    r"(?:(?:a|avait|aura)\s+)?(?:(?:aussi|également|longtemps)\s+)?"
)
# What stands between the verb and its object's name: an adverb, of time too ("présidait à
# l'époque l'université", "dirige depuis 2014 le centre", "préside aujourd'hui Y", "dirige
# désormais Z", "préside actuellement Y", "préside par ailleurs Y"), a phrase between commas
# opening with a lower-case word ("préside par ailleurs, sous l'étiquette UDI, le Grand Annecy";
# not a clause of its own: "X préside, Y anime, l'IREV finance"), an article, a name quoted after a
# common noun, then its acronym in brackets ("le centre de ressources « ... » Lorraine
# (CRPVL)").
OBJECT_GAP = re.compile(
    r"\s*(?:(?:" + ALSO + r"|longtemps|déjà|encore|toujours|à\s+l['’]époque"
    r"|aujourd['’]hui|actuellement|par\s+ailleurs"
    r"|(?:depuis|en|jusqu['’]en)\s+(?:19|20)\d{2})(?:\s+|(?=\s*,)))?"
    r"(?:\s*,\s*(?!(?:il|elle|ils|elles|on)\b)(?-i:[a-zà-ÿ])[^,.;:()«»]{0,39},\s*)?"
    r"(?:(?:le|la|l['’]|les)\s*)?"
    r"(?:[^.;,()«»]{0,60}«[^»()]{1,60}»[^.;,()«»]{0,30}\(\s*)?",
    re.I,
)
# "l'école", "le centre": a definite common noun standing for a body named before.
ANAPHOR = re.compile(r"\s*(?:(?:aussi|également|alors)\s+)?(?:l['’]|le\s+|la\s+)(\w+)\b", re.I)
ORGAN_NOUN = re.compile(r"assemblee|conseil|bureau|comite")
# "... et l'a dirigée": the same object again.
AGAIN = re.compile(r"\s+et\s+(?:l['’]|la\s+|le\s+)(?:a|avait)\s+", re.I)
ENDINGS = r"(?:e|es|ent|eait|eaient|ait|aient|é|ée|és|ées)\b"
# "Y, présidée par X", "Y est présidé par X": a participle between a body and a person.
PASSIVE_GAP = (
    r"\s*(?:,\s*)?(?:(?:qui\s+)?(?:est|était|a\s+été|avait\s+été|sera|fut)\s+)?"
    r"(?:(?:aussi|alors|auparavant|longtemps|désormais)\s+)?"
)
PARTICIPLE = r"(?:é|ée|és|ées)"
# "Fondée et présidée par X", "présidée et animée par Y": two participles share the agent; the
# one of a cue's stem may be either.
COORDINATED = r"(?:[^\W\d_]+" + PARTICIPLE + r"\s+et\s+)?"
COORDINATES = r"(?:\s+et\s+[^\W\d_]+" + PARTICIPLE + r")?"
# "fondée en 1989 par X", "présidée depuis le 5 novembre 2020 par X", "dirigée en 2013 par
# X": when the act was, between the participle and its agent.
DATED = (
    r"(?:\s+(?:en|depuis|dès|le|du)\s+(?:le\s+)?(?:\d{1,2}(?:er)?\s+)?"
    r"(?:[^\W\d_]+\s+)?\d{4})?"
)
# What stands for the body a text speaks of, as the subject of a passive: "elle", "il",
# "l'association", "cette structure" (the nouns: [titles] body_nouns), after a phrase and its
# comma at most ("Côté gouvernance, l'association a été présidée par X"); after a
# demonstrative, which points back to it, the noun may carry two lower-case words ("cette
# association loi 1901"; not "l'association des maires", nor "l'association voisine": a definite
# article and a qualifier single out another one), and any noun a clause between commas
# ("l'association, dont le siège est à Paris, a été fondée par X").
REFERRED_SUBJECT = (
    r"(?:[^,.;:()]{1,40},\s*)?(?:{pronouns}(?:(?:l['’]|la\s+|le\s+)(?:{nouns})"
    r"|(?:cette\s+|cet\s+|ce\s+)(?:{nouns})"
    r"(?:\s+(?!(?:de|des|du|d|a|est|était|avait|aura|sera|fut|qui)\b)(?-i:[a-zà-ÿ0-9])[\w-]*){0,2})"
    r"(?:\s*,[^,.;:()]{1,60},)?)"
)
# "Fondée en 1989 par X, alors maire de Rodez, elle ...": the apposition on the agent, then
# the subject the participle qualifies; "Présidée par X, l'IREV ...": a body's name.
FRONTED_SUBJECT = r"(?:\s*,[^.;:!?]{1,80}?)?\s*,\s*(?:{subject})\b"
FRONTED_BODY = re.compile(r"(?:\s*,[^.;:!?]{1,80}?)?\s*,\s*(?:(?:le|la|les|l['’])\s*)?", re.I)
SPACED_OF = r"\s+" + OF + r"\s*"


@dataclass(frozen=True)
class VerbTitle:
    person: Mention
    body: str  # the object's IRI
    label: str  # the role's French label (cues.toml)
    printed: str  # the words that state the office ("a fondé l'école", "l'a dirigée")
    confidence: float


@dataclass(frozen=True)
class RoleCue:
    """A verb ("dirige") or a taking of office ("a pris la direction de") that gives a role."""

    bare: re.Pattern[str]  # the cue alone
    after_subject: re.Pattern[str]  # the cue right after its subject (group "cue")
    label: str  # the role's French label


def verb_pattern(stems: Sequence[str]) -> re.Pattern[str]:
    """The conjugated forms of verbs of these stems ("dirig" reads dirige, dirigeait, dirigée;
    "fond" reads fondé but not "fonds")."""
    return re.compile(r"(?:" + "|".join(map(re.escape, stems)) + r")" + ENDINGS, re.I)


@lru_cache(maxsize=4)
def role_cues(
    verbs: tuple[tuple[str, str], ...], nouns: tuple[tuple[str, str], ...]
) -> tuple[RoleCue, ...]:
    """The cues of ``verbs`` ((stem, role label): "X dirige Y") and of ``nouns`` ((noun, role
    label): "X a pris la direction de Y", "X assure la présidence de Y"), longest first."""
    patterns = [(verb_pattern((stem,)), label) for stem, label in verbs] + [
        (re.compile(TAKING + re.escape(noun) + SPACED_OF, re.I), label) for noun, label in nouns
    ]
    patterns.sort(key=lambda item: -len(item[0].pattern))
    return tuple(
        RoleCue(bare, re.compile(SUBJECT_GAP + "(?P<cue>" + bare.pattern + ")", re.I), label)
        for bare, label in patterns
    )


def verb_titles(
    text: str,
    span: tuple[int, int],
    subjects: Sequence[tuple[Mention, int]],
    bodies: Sequence[Mention],
    earlier: Sequence[Mention],
    cues: Sequence[RoleCue],
    spoken_of: tuple[str, Sequence[str]] = ("", ()),
) -> list[VerbTitle]:
    """The titles the ``cues`` give in ``text[span]``: ``subjects`` are (person, where its verb
    may start); ``bodies`` the bodies named in the sentence, ``earlier`` those named before it
    (for "l'école"). ``spoken_of``: the body the text speaks of, and the common nouns that may
    stand for it ("X dirige l'association", "X, qui le dirigeait"), if any."""
    _start, end = span
    found = []
    for person, at in subjects:
        match, cue = next(
            ((m, c) for c in cues if (m := c.after_subject.match(text, at, end))), (None, None)
        )
        if match is None or cue is None:
            continue
        owner, nouns = spoken_of
        held = owner if match.group("clitic") else _object(text, match.end(), end, bodies, earlier)
        if not held and owner and (noun := ANAPHOR.match(text, match.end(), end)):
            held = owner if noun.group(1).lower() in nouns else ""
        if not held:
            continue
        object_end = match.end() + _object_length(text, match.end(), end, bodies)
        printed = text[match.start("cue") : object_end]
        found.append(VerbTitle(person, held, cue.label, printed, 0.6))
        again = AGAIN.match(text, object_end)
        second = next(
            ((m, c) for c in cues if again and (m := c.bare.match(text, again.end(), end))),
            None,
        )
        if second is not None and again is not None:
            printed = text[again.start() : second[0].end()].removeprefix(" et ").strip()
            found.append(VerbTitle(person, held, second[1].label, printed, 0.6))
    return found


def passive_titles(
    text: str,
    people: Sequence[Mention],
    bodies: Sequence[Mention],
    passives: Sequence[tuple[str, str]],
) -> list[VerbTitle]:
    """ "Profession Banlieue, présidée par Marc Ratsimba": the person after "<participle> par"
    holds the role at the body just before, for the verbs ``passives`` ((stem, role label))
    whose passive names the office ("présidée par"; "dirigée par" may be a director general's,
    an interim's). ``people`` and ``bodies``: those one sentence names."""
    return [
        found
        for stem, label in passives
        for found in _after_body(text, people, bodies, _passive(stem), label)
    ]


@cache
def _passive(stem: str) -> re.Pattern[str]:
    """ "présidée par " after a body and its gap, for the verb of ``stem`` (built once)."""
    return re.compile(
        PASSIVE_GAP + "(" + COORDINATED + stem + PARTICIPLE + COORDINATES + ")" + DATED
        + r"\s+par\s+$", re.I,
    )  # fmt: skip


def referred_passive_titles(
    text: str,
    span: tuple[int, int],
    people: Sequence[Mention],
    bodies: Sequence[Mention],
    owner: str,
    passives: Sequence[tuple[str, str]],
    nouns: Sequence[str],
    pronouns: bool = True,
) -> list[VerbTitle]:
    """ "L'association a été présidée par Marc Ratsimba", "Elle est présidée depuis 2020 par
    X", "Fondée en 1989 par X, alors maire de Rodez, elle ...", "Présidée par X, l'IREV ...":
    the passive of the verbs
    ``passives`` ((stem, role label)) whose subject is a pronoun or a definite common noun of a
    body (``nouns``), opening the sentence ``span``, gives the person after "par" the role at
    the body the text speaks of (``owner``, "" for none), or the body the sentence names
    as the subject of a participle opening it. ``people`` and ``bodies``: those the sentence
    names; ``pronouns``: whether "elle", "il" may stand for the body (not after a sentence on
    an assembly: "Elle était présidée par X" is the meeting's chair, :mod:`.boards`)."""
    start, _end = span
    found = []
    for stem, label in passives:
        opened, fronted, after = _referred_passive(stem, tuple(nouns), pronouns)
        for person in people:
            held = owner
            match = opened.fullmatch(text, start, person.start)
            if match is None and (match := fronted.fullmatch(text, start, person.start)):
                named = _fronted_subject(text, person, bodies)
                held = reference(named) if named else owner
                match = match if named or after.match(text, person.end) else None
            if match is not None and held:
                printed = text[match.start(1) : person.start].strip()
                found.append(VerbTitle(person, held, label, printed, 0.55))
    return found


@lru_cache(maxsize=256)  # bounded: each text's own body nouns make a key of their own
def _referred_passive(
    stem: str, nouns: tuple[str, ...], pronouns: bool
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns of :func:`referred_passive_titles` for the verb of ``stem`` (built once):
    the passive after its subject opening the sentence, the participle opening it, and the
    subject named after that participle's clause."""
    subject = REFERRED_SUBJECT.replace("{nouns}", "|".join(map(re.escape, nouns))).replace(
        "{pronouns}", "elle|il|" if pronouns else ""
    )
    agent = COORDINATED + stem + PARTICIPLE + COORDINATES + DATED + r"\s+par\s+"
    return (
        re.compile(subject + PASSIVE_GAP + "(" + agent + ")", re.I),
        re.compile("(" + agent + ")", re.I),
        re.compile(FRONTED_SUBJECT.replace("{subject}", subject), re.I),
    )


def _fronted_subject(text: str, agent: Mention, bodies: Sequence[Mention]) -> Mention | None:
    """The body named as the subject after the agent of a participle opening the sentence and
    its apposition ("Fondée par X, alors maire de Rodez, l'ADCF ..."), None for none."""
    return next(
        (
            b
            for b in bodies
            if b.start > agent.end and FRONTED_BODY.fullmatch(text, agent.end, b.start)
        ),
        None,
    )


def unit_heads(
    text: str,
    people: Sequence[Mention],
    bodies: Sequence[Mention],
    participles: Sequence[str],
) -> list[tuple[Mention, list[Mention], str]]:
    """ "La direction générale déléguée ... de l'ANCT est conduite par X": whom a body is run
    by, after one of ``participles`` ([titles] unit_heads): (person, the bodies named before
    the participle, the words that say it). Which of them is run, and in which title, is the
    caller's to read (a unit's name says its head's title:
    :meth:`.titles.TitledBodies.head_role`)."""
    verbs = "|".join(map(re.escape, participles))
    link = re.compile(PASSIVE_GAP + "(" + verbs + ")" + DATED + r"\s+par\s+$", re.I)
    found = []
    for person in people:
        before = [b for b in bodies if b.end <= person.start]
        match = link.fullmatch(text, before[-1].end, person.start) if before else None
        if match is not None:
            found.append((person, before, text[match.start(1) : person.start].strip()))
    return found


def inverted_titles(
    text: str,
    people: Sequence[Mention],
    bodies: Sequence[Mention],
    verbs: Sequence[tuple[str, str]],
) -> list[VerbTitle]:
    """ "RésO Villes, que préside Isabelle Melscoet": a relative clause whose verb comes before
    its subject gives the person after it the verb's role at the body just before "que", for
    the verbs ``verbs`` ((stem, role label): [titles] role_verbs). ``people`` and ``bodies``:
    those one sentence names."""
    return [
        found
        for stem, label in verbs
        for found in _after_body(
            text, people, bodies,
            re.compile(r"\s*,\s*(?:que|qu['’])\s*(" + verb_pattern((stem,)).pattern + r")"
                       r"\s+(?:(?:aujourd['’]hui|alors|désormais|depuis\s+\d{4})\s+)?", re.I),
            label,
        )
    ]  # fmt: skip


def _after_body(
    text: str, people: Sequence[Mention], bodies: Sequence[Mention], link: re.Pattern[str],
    label: str,
) -> list[VerbTitle]:  # fmt: skip
    """The role ``label`` for each person whom ``link`` (its group 1: the verb) joins to the
    body named just before; none where that body complements a noun ("L'assemblée générale de
    l'IREV, présidée par X": the assembly is presided)."""
    found = []
    for person in people:
        body = next((b for b in reversed(bodies) if b.end <= person.start), None)
        match = link.fullmatch(text, body.end, person.start) if body else None
        complement = body is not None and COMPLEMENT.search(text, 0, body.start)
        if body is not None and match is not None and not complement:
            printed = text[match.start(1) : person.start].strip()
            found.append(VerbTitle(person, reference(body), label, printed, 0.6))
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
    if ORGAN_NOUN.fullmatch(head):
        return ""  # "présidait l'assemblée": a body's organ, not a body named "Assemblée ..."
    named = set()
    for index, body in enumerate(earlier):
        if first_word(body.text) != head:
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
