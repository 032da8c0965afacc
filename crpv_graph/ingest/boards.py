"""Titles held on a body's board or at its general assembly, printed with no body beside them.

A press item on a general assembly names the body once and its officers after: "l'assemblée
générale de Profession Banlieue a élu son conseil. [...] Le bureau se compose ainsi : X,
vice-présidente ; Y, trésorière", "Cette assemblée générale était présidée par X ; le SGAR
adjoint, Y, en assurait la vice-présidence", "c'est Z, préfet délégué, qui présidait
l'assemblée". Each title there is at the body whose board or assembly it is (:func:`owner`): the
one named right after the board's noun ("le bureau de X"), else the last one named so before
("l'assemblée générale de X"), else the one body of the sentence before ("L'IREV a réuni ses
membres. Cette assemblée ..."). Chairing an assembly is a role of its own (the chair of the
day, ``cues.toml`` [titles]), not the body's presidency.

>>> bool(BOARD_LIST.search("Le bureau se compose ainsi : Sylvie Hautière, vice-présidente"))
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from crpv_graph.ingest.cues import cue_tables
from crpv_graph.ingest.french import CIVILITY, ITEM_OPENS, OF
from crpv_graph.ingest.recognise import Mention
from crpv_graph.ingest.relations import phrase, reference

# The bodies' organs whose members a text lists, and the link to whose organ it is.
ORGAN = r"(?:assemblée\s+générale|assemblée|bureau|conseil\s+d['’]administration|conseil)"
OWNED = re.compile(r"\b" + ORGAN + r"\s+" + OF + r"\s*$", re.I)
# "Le bureau se compose ainsi :", "le nouveau conseil d'administration est composé de",
# "Le bureau : ...": a list of its members follows.
BOARD_LIST = re.compile(
    r"\b(?:bureau|conseil\s+d['’]administration|comité\s+directeur)\b[^.;:]{0,80}?"
    r"(?:\bse\s+compos\w*|\best\s+composée?|\bcompren\w*|:)",
    re.I,
)
ASSEMBLY = re.compile(r"\bassemblée\b", re.I)
# The holder after the words that chair: a civility ("présidée par Mme X", "Présidence de
# séance : M. Y") or a title of the name's own ("par le préfet délégué X", "par une conseillère
# régionale, X", "par un élu de la Région : X") may stand between.
HOLDER = (
    r"(?:" + CIVILITY + r"\s+)?(?:(?:le|la|l['’])\s*[^\W\d_][^,;:()]{0,40}?\s+"
    r"|(?:un|une)\s+[^\W\d_][^,;:()]{0,40}?\s*[,:]\s*(?:" + CIVILITY + r"\s+)?)?$"
)
# "Cette assemblée générale était présidée par X", "L'assemblée générale de Y, présidée par X",
# "La séance était présidée par le préfet délégué X" (a title of the name's own between):
# the assembly or its sitting is what is chaired, not a body ("Y, présidée par X, a tenu son
# assemblée"); "Elle était présidée par X" right after a sentence about the assembly.
PASSIVE = r"(?:,\s*|\s+(?:était|a\s+été|est|fut|sera)\s+)présidée\s+par\s+" + HOLDER
CHAIRED_BY = re.compile(r"\b(?:assemblée|séance)\b[^,;()]{0,80}?" + PASSIVE, re.I)
# Around "assurée", an adverb of the sitting's time ([titles] assured_when) and, between "assurée"
# and "par", a phrase between commas on whose behalf (assured_for): "était alors assurée, au
# titre de la Région, par Y", "est assurée cette année par Y".
WHEN = "|".join(phrase(text) for text in cue_tables()["titles"]["assured_when"])
FOR = "|".join(phrase(text) for text in cue_tables()["titles"]["assured_for"])
ASIDE = r"(?:\s*,\s*(?:" + FOR + r")[^,;:.()]{1,40},\s*|\s+(?:" + WHEN + r")\s+|\s+)"
ASSURED = r"(?:(?:était|a\s+été|est)\s+(?:(?:" + WHEN + r")\s+)?)?assurée?" + ASIDE
# An office given to its holder ([titles] given_to): "la vice-présidence revenait à X".
GIVEN = "|".join(phrase(text) for text in cue_tables()["titles"]["given_to"])
# The office of chairing named as a noun before its holder: "À la présidence de séance : X",
# "présidence de séance par X", "vice-présidence assurée par le SGAR adjoint Y", "la
# vice-présidence : Y", "À ses côtés, la vice-présidence revenait à Y" (after a sentence on the
# sitting). With "de séance" it is the sitting's; bare, only in a sentence that
# speaks of an assembly or a sitting (else "la présidence : X" may be the body's).
CHAIRING = re.compile(
    r"\b(?P<vice>vice-)?présidence(?P<sitting>\s+de\s+(?:la\s+)?séance)?\s*"
    r"(?::|(?:"
    + ASSURED
    + r")?par|"
    + GIVEN
    + r")\s+"
    + HOLDER
    # "Présidente de séance : X", "Vice-président de séance : Y", "aux côtés de la présidente de
    # séance, X": the holder's title as a noun
    + r"|\b(?P<vice_holder>vice-)?présidente?\s+(?P<sitting_holder>de\s+(?:la\s+)?séance)\s*[:,]\s*"
    r"(?:" + CIVILITY + r"\s+)?$"
    # "L'assemblée s'est tenue sous la présidence de X" (a sitting's, as the sentence says)
    r"|\bsous\s+la\s+(?P<vice_under>vice-)?présidence\s+(?:de\s+|d['’]\s*)" + HOLDER,
    re.I,
)
SITTING = re.compile(r"\b(?:assemblée|séance)\b", re.I)
# An assembly or a sitting said as the one of the body spoken of, definite and completed by no
# noun nor place ("l'assemblée générale s'est tenue", "réunis en assemblée générale", "la
# séance était présidée"): not "une assemblée générale à Lille", "la séance du conseil
# municipal", "la séance à l'Assemblée nationale".
OWN_SITTING = re.compile(
    r"\b(?:l['’]\s*|la\s+|cette\s+|son\s+|sa\s+|leur\s+|en\s+)(?:assemblée|séance)"
    r"(?:\s+(?:générale|annuelle|plénière|ordinaire|extraordinaire|constitutive))*"
    r"(?!\s+(?:nationale|de|du|des|d['’]|à|au|aux)\b)(?!\w)",
    re.I,
)
# A name that opens an absolute clause ("X étant excusée", "X étant vice-présidente") is its
# subject, not the holder of the office the words before it give.
ABSOLUTE = re.compile(r"\s+étant\b", re.I)
# "X assurait la présidence de séance": "de séance" names the sitting, no body, and the office
# is the sitting's however the sentence goes on.
NOT_OF = r"(?:\s+de\s+(?:la\s+)?séance)?(?!\s+" + OF + r"\b)"
# The vice-chair beside a chair the sentence names ("X présidait, Y étant vice-présidente", "X
# présidait ; Y en est vice-présidente", "et Y occupait la vice-présidence"): the office right
# after the name, of no body it goes on to name ("Y étant vice-président de PQA": PQA's); or
# before it, "avec pour vice-président le SGAR adjoint, Y".
VICE_AFTER = re.compile(
    r"\s*,?\s*(?:(?:étant|(?:en\s+)?(?:est|était|fut))\s+(?:la\s+|le\s+)?vice-présidente?"
    r"|(?:occup|assur|ten)\w*\s+la\s+vice-présidence)\b" + NOT_OF,
    re.I,
)
VICE_BEFORE = re.compile(
    r"\bavec\s+pour\s+vice-présidente?\s+(?:(?:le|la|l['’])\s*[^,;:()]{1,40}?,\s*)?"
    r"(?:" + CIVILITY + r"\s+)?$",
    re.I,
)
SHE_CHAIRED_BY = re.compile(r"\s*Elle" + PASSIVE, re.I)
# "X, conseillère régionale, rappelle qu'elle avait présidé l'assemblée", "Y a indiqué qu'il la
# présidait": a verb of saying (cues.toml [titles] saying_verbs), and "que" with a pronoun
# standing for its subject, between the name and the chairing (not "X a souhaité qu'il préside
# la séance": another's chairing wished for).
SAYING = "|".join(cue_tables()["titles"]["saying_verbs"])
SAYING_SUBJECT = r"(?:(?:\s+(?:a|avait))?\s+(?:" + SAYING + r")\s+qu['’]\s*(?:il|elle)(?=\s))?"
# "X en assurait la vice-présidence", "l'assemblée, dont X assurait la vice-présidence": the
# office of the assembly that "en" or "dont" stands for (not "la vice-présidence de Y": Y's).
ASSURED = r"(?:en\s+)?assur(?:ait|e|a)\s+la\s+"
CHAIRS = re.compile(
    r"(?:\s*,[^.;]{1,150}?,)?" + SAYING_SUBJECT + r"\s*,?\s*(?:qui\s+)?(?:"
    r"(?P<chaired>(?:a\s+|avait\s+)?présid(?:ait|e|a|é|ent|aient)\s+"
    r"(?:l['’]|cette\s+|la\s+)(?:assemblée|séance))"
    # "X en a présidé les travaux", "X la présidait": the assembly the sentence before named
    r"|(?P<chair>"
    + ASSURED
    + r"présidence"
    + NOT_OF
    + r"|(?:a\s+)?présid(?:ait|a|é)(?=\s*[;,.]|\s*$)"
    r"|en\s+(?:a|avait)\s+présidé\s+les\s+(?:travaux|débats)|en\s+présid(?:ait|a|e)\s+les\s+"
    r"(?:travaux|débats)|la\s+présid(?:ait|a|era)\b|l['’](?:a|avait)\s+présidée?\b"
    # "c'est X qui menait les débats", "X a conduit les débats": whoever leads them chairs (not
    # "les débats de la table ronde": another meeting's)
    r"|(?:(?:a|avait)\s+)?(?:men|condui[st])\w*\s+les\s+débats" + NOT_OF + r")"
    r"|(?P<vice>" + ASSURED + r"vice-présidence" + NOT_OF + r"))\b",
    re.I,
)
# A sentence that opens a list of a board's officers, one a line: "Il se compose comme suit :",
# "Le nouveau bureau :" (the board named there or in the sentence before: see opens_officers).
ORGAN_NAMED = re.compile(r"\b(?:bureau|conseil\s+d['’]administration|comité\s+directeur)\b", re.I)
LIST_OPENS = re.compile(r":\s*$")
# One officer a line (after french.ITEM_OPENS): "Trésorière : Hélène Reys", "- Vice-présidente :
# Sylvie Hautière".
LINE_GAP = re.compile(r"\s*:\s*")
# The line ends after the person, or goes on with what else the person is ("Président : Marc
# Ratsimba, directeur général adjoint à Clichy-sous-Bois": read by the apposition rules).
LINE_ENDS = re.compile(r"\s*[.;,]?\s*|\s*,\s+\S.*", re.S)
# The comma of an apposition after a name: a bare title in a board's list ("X, trésorière"),
# and the titles memberships read after a name.
APPOSED = re.compile(r"\s*,\s*")
# A bare title ends there: "X, trésorière, secondée par", "Y, vice-présidente ;".
BARE_END = re.compile(r"\s*(?:[,;:.)]|et\b|$)", re.I)


@dataclass(frozen=True)
class BoardTitle:
    """A person's title at the body whose board or assembly the text names."""

    person: Mention
    body: str  # the owner's IRI
    role: str  # a role IRI
    title: str  # the words that state it ("trésorière", "assemblée générale était présidée par")
    confidence: float


def owner(text: str, end: int, earlier: Sequence[Mention], previous: Sequence[Mention]) -> str:
    """The body whose board or assembly the sentence ending at ``end`` speaks of: named after
    the organ's noun in the sentence or, failing that, before it (``earlier``: the mentions up to
    ``end``); else the one body the sentence before names (``previous``); "" when none or
    several."""
    bodies = [m for m in earlier if m.type == "organization" and m.end <= end]
    for mention in reversed(bodies):
        if OWNED.search(text, max(0, mention.start - 60), mention.start):
            return reference(mention)
    held = {reference(m) for m in previous if m.type == "organization"}
    return held.pop() if len(held) == 1 else ""


def board_titles(
    text: str,
    span: tuple[int, int],
    people: Sequence[Mention],
    title_spans: Sequence[tuple[int, int, str]],
    body: str,
) -> list[BoardTitle]:
    """The titles of the board list in ``text[span]`` ("Le bureau se compose ainsi : X,
    vice-présidente ; Y, trésorière"): each person listed after the cue whose apposition opens
    with a bare title (one of ``title_spans``, nothing after it but a comma or "et"), at
    ``body``."""
    start, end = span
    cue = BOARD_LIST.search(text, start, end)
    if cue is None or not body:
        return []
    found = []
    for person in (p for p in people if p.start >= cue.end()):
        comma = APPOSED.match(text, person.end, end)
        opening = next((s for s in title_spans if comma and s[0] == comma.end()), None)
        if comma is None or opening is None or not comma.group().strip():
            continue
        title_start, title_end, role = opening
        if not BARE_END.match(text, title_end, end):
            continue  # "X, trésorière de Y", "X, maire de Lille": that title's body is named
        found.append(BoardTitle(person, body, role, text[title_start:title_end], 0.65))
    return found


def assembly_chairs(
    text: str,
    span: tuple[int, int],
    people: Sequence[Mention],
    roles: tuple[str, str],
    body: str,
    about_assembly: bool,
) -> list[BoardTitle]:
    """Who chaired or vice-chaired the general assembly the sentence ``text[span]`` speaks of
    ("présidée par X", "X, ..., qui présidait l'assemblée", "X en assurait la
    vice-présidence", "À la présidence de séance : X", "vice-présidence par Y": CHAIRING):
    ``roles`` are (chair, vice-chair); ``about_assembly`` says that a
    sentence opening with "Elle" speaks of the assembly the sentence before named."""
    start, end = span
    chair, vice = roles
    if not body:
        return []
    found = []
    for person in people:
        if ABSOLUTE.match(text, person.end, end):
            continue  # "présidée par une conseillère régionale, X étant excusée": X is away
        chaired = (about_assembly and SHE_CHAIRED_BY.fullmatch(text, start, person.start)) or (
            CHAIRED_BY.search(text, start, person.start)
        )
        if chaired:
            printed = _printed(text[chaired.start() : person.start])
            found.append(BoardTitle(person, body, chair, printed, 0.7))
            continue
        noun = CHAIRING.search(text, start, person.start)
        sitting = noun and (noun.group("sitting") or noun.group("sitting_holder"))
        if noun and (sitting or about_assembly or SITTING.search(text, start, end)):
            role = vice if noun.group("vice", "vice_holder", "vice_under") != (None,) * 3 else chair
            found.append(BoardTitle(person, body, role, _printed(noun.group()), 0.65))
            continue
        chairs = CHAIRS.match(text, person.end, end)
        if chairs is None:
            continue
        # "en assurait la présidence": "en" is the assembly the sentence named before.
        if chairs.group("chaired") or about_assembly or SITTING.search(text, start, end):
            role = vice if chairs.group("vice") else chair
            printed = next(g for g in chairs.group("chaired", "chair", "vice") if g)
            found.append(BoardTitle(person, body, role, printed, 0.65))
    return [f for f in found if f.role] + _beside_chair(text, span, people, found, vice)


def _beside_chair(
    text: str,
    span: tuple[int, int],
    people: Sequence[Mention],
    found: Sequence[BoardTitle],
    vice: str,
) -> list[BoardTitle]:
    """The vice-chair (``vice``) a sentence that gives an assembly's chair (``found``) names
    beside them, another person (VICE_AFTER, VICE_BEFORE), at the chair's body: "le préfet
    délégué X présidait, Y étant vice-présidente pour la Région"."""
    start, end = span
    chairs = [f for f in found if f.role and f.role != vice]
    if not vice or len({f.body for f in chairs}) != 1:
        return []
    held = {f.person.start for f in found}
    beside = []
    for person in (p for p in people if p.start not in held):
        words = VICE_AFTER.match(text, person.end, end) or VICE_BEFORE.search(
            text, start, person.start
        )
        if words is not None:
            printed = words.group().strip(" ,")
            beside.append(BoardTitle(person, chairs[0].body, vice, printed, 0.6))
    return beside


PRINTED_CIVILITY = re.compile(r"\s*(?::\s*)?(?:(?<![^\s:])" + CIVILITY + r")?\s*$")
"""A civility ending the words that state a chair, a word of its own ("Présidence de séance :
M."), with the colon before it."""


def _printed(words: str) -> str:
    """The words that state a chair, less the civility before its holder's name ("Présidence de
    séance : M." is "Présidence de séance"): a word of its own, not the end of an acronym ("par
    le délégué de la F.R.A.M." or "de la FRAM." keep their "M.")."""
    return PRINTED_CIVILITY.sub("", words).strip(" :")


def opens_officers(text: str, span: tuple[int, int], before: tuple[int, int]) -> bool:
    """Whether the sentence ``text[span]`` opens a list of a board's officers, one a line: it
    ends with a colon, and it or the sentence ``before`` names the board ("Les adhérents ont élu
    leur bureau. Il se compose comme suit :").

    >>> text = "Les adhérents ont élu leur bureau. Il se compose comme suit :"
    >>> opens_officers(text, (35, 61), (0, 34)), opens_officers(text, (0, 34), (0, 0))
    (True, False)
    """
    start, end = span
    if not LIST_OPENS.search(text, start, end):
        return False
    return bool(ORGAN_NAMED.search(text, start, end) or ORGAN_NAMED.search(text, *before))


def officer_line(
    text: str,
    span: tuple[int, int],
    people: Sequence[Mention],
    title_spans: Sequence[tuple[int, int, str]],
    body: str,
) -> list[BoardTitle]:
    """The officer a line of a board's list states ("Trésorière : Hélène Reys"): the line is a
    bare title, a colon and one person, perhaps in apposition to what else they are, at
    ``body`` (the board's owner, :func:`owner` where the list opened, else the page's body)."""
    start, end = span
    opening = ITEM_OPENS.match(text, start, end)
    title = next((s for s in title_spans if opening and s[0] == opening.end()), None)
    if title is None or not body or len(people) != 1:
        return []
    gap = LINE_GAP.match(text, title[1], end)
    person = people[0]
    if gap is None or gap.end() != person.start or not LINE_ENDS.fullmatch(text, person.end, end):
        return []
    return [BoardTitle(person, body, title[2], text[title[0] : title[1]], 0.65)]
