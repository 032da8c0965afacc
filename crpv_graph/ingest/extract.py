"""Statements an article makes: the event it reports, who took part, in which role, with which
title; each with the sentence it rests on and a confidence.

The event is read from the whole article (:mod:`crpv_graph.ingest.events`); if the graph holds
it, the statements are about that event, otherwise a new one is proposed. Roles come from French
cue words around a mention: "ouvert par", "animé par", "à l'invitation de", "accueilli par",
"organisé par", "intervention de", "a présenté"...; the cues name roles ("opener", "host"), and
the ontology says which property states each role and whether the event is its subject or its
object (:func:`participation_roles`). Titles come from appositions: "X, président de l'IREV" or
"le président de l'IREV, X", read against the vocabulary's role labels.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from crpv_graph.ingest.article import Article, IngestError
from crpv_graph.ingest.gazetteer import ingest_query
from crpv_graph.ingest.recognise import Mention
from crpv_graph.query import Target, text_rows

if TYPE_CHECKING:  # events.py builds its statements with this module's Statement
    from crpv_graph.ingest.events import ReportedEvent

SCHEMA = "https://schema.org/"
ORG = "http://www.w3.org/ns/org#"
EVENT = "EVENT"
"""Stands for the reported event until it is linked or minted."""


# The cues of each role (a crpv:participationRole of the ontology), and the confidence they give:
# - before a mention, a cue ending with its particle ("ouverte par"); between it and the mention
#   may only stand a list of other names ("par le CGET, le Réseau ... et Question de ville"), so
#   a name later in the sentence does not inherit the role;
# - right after a mention ("X a ouvert la journée"), a verb within four words.
CUES = {
    "opener": (r"\b(?:ouvert|ouverte|ouverts|ouvertes|ouverture|introduit\w*)\b[^.;]{0,30}?\bpar\b", r"(?:a|ont) (?:ouvert|introduit)\b", 0.8),
    "facilitator": (r"\banim(?:é|ée|és|ées|ation)\b[^.;]{0,30}?\bpar\b", r"(?:a|ont) animé\b", 0.8),
    "inviter": (r"\b(?:invitation|invité\w*)\s+(?:de|du|des|par|d['’])", None, 0.8),
    "host": (r"\b(?:accueilli\w*|hébergé\w*|dans les locaux)\s+(?:par|de|du|des|d['’])", r"(?:a|ont) (?:accueilli|hébergé)\b", 0.7),
    "organiser": (r"\b(?:organisé\w*|co-?organisé\w*|préparé\w*|à l['’]initiative)\s+(?:conjointement\s+)?(?:par|de|du|des|d['’])", r"(?:a|ont) (?:organisé|co-organisé)\b", 0.7),
    "speaker": (r"\b(?:intervention|interventions|allocution|discours|témoignage)\s+(?:de|du|des|d['’])", r"(?:est|sont) intervenu\w*\b", 0.7),
    "presenter": (r"\bprésent(?:é|ée|és|ées|ation)\b[^.;]{0,30}?\bpar\b", r"(?:a|ont) présenté\b", 0.7),
}  # fmt: skip
CUES_BEFORE = [(re.compile(before, re.I), role, c) for role, (before, _, c) in CUES.items()]
CUES_AFTER = [
    (re.compile(r"^\W{0,3}(?:\w+\W+){0,4}?" + after, re.I), role, c)
    for role, (_, after, c) in CUES.items()
    if after is not None
]
ARTICLE = r"(?:(?:le|la|les|l['’]|d['’]|de la|du|des|de)\s*)?"
LIST_TAIL = re.compile(rf"\s*{ARTICLE}(?:[^.;:]{{1,80}}?(?:,|\bet\b)\s*{ARTICLE}){{0,5}}", re.I)
PARTICIPATION = re.compile(
    r"\b(?:réuni\w*|rassembl\w*|particip\w*|présents?|présentes?|en présence|étaient|"
    r"partenaires?|invités?|table ronde|regroupement|rencontre)\b",
    re.I,
)
TITLE_LINK = re.compile(
    r"[\s\w'’·-]{0,40}?\b(?:de la|de l['’]|du|des|de|d['’]|à l['’]|au|à la)\s*", re.I
)


@dataclass
class Statement:
    """A proposed triple, the sentence it rests on, and a confidence in [0, 1]."""

    subject: str
    predicate: str
    object: str
    evidence: str
    confidence: float
    title: str = ""  # for org:memberOf: the title as printed
    role: str = ""  # for org:memberOf: the role concept the title reads as
    datatype: str = ""  # for a literal object (a date): its XSD datatype IRI

    def as_json(self) -> dict[str, str | float]:
        return {"subject": self.subject, "predicate": self.predicate, "object": self.object,
                "evidence": self.evidence, "confidence": round(self.confidence, 2)}  # fmt: skip


@dataclass(frozen=True)
class Participation:
    """The participation roles the ontology declares (``ingest/participation.rq``)."""

    #: Role name (``"host"``) -> the property that states it.
    properties: dict[str, str]
    #: The properties whose subject is the event (``schema:organizer``), not the agent.
    event_first: frozenset[str]

    def statement(self, role: str, agent: str, evidence: str, confidence: float) -> Statement:
        """The statement that ``agent`` held ``role`` at the reported event, the right way round."""
        predicate = self.properties[role]
        if predicate in self.event_first:
            return Statement(EVENT, predicate, agent, evidence, confidence)
        return Statement(agent, predicate, EVENT, evidence, confidence)


def participation_roles(target: Target) -> Participation:
    """The participation roles of the graph's ontology; an :class:`IngestError` if it lacks one
    that the cues of this module name."""
    rows = list(text_rows(target, ingest_query("participation")))
    properties = {row["role"]: row["property"] for row in rows}
    cued = {*CUES, "participant"}
    missing = sorted(cued - set(properties))
    if missing:
        raise IngestError(
            f"the ontology declares no participation role {', '.join(missing)} "
            "(crpv:participationRole)"
        )
    event_first = frozenset(row["property"] for row in rows if row["eventFirst"] == "true")
    return Participation(properties, event_first)


@dataclass
class Extraction:
    event: ReportedEvent | None
    statements: list[Statement] = field(default_factory=list)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: split after . ! ? or a line break.

    >>> sentences("Un. Deux !\\nTrois")
    [(0, 3), (4, 10), (11, 16)]
    """
    spans, start = [], 0
    for match in re.finditer(r"[.!?](?=\s)|\n", text):
        end = match.end() if text[match.start()] != "\n" else match.start()
        if text[start:end].strip():
            spans.append((start + len(text[start:end]) - len(text[start:end].lstrip()), end))
        start = match.end()
    if text[start:].strip():
        spans.append((start + len(text[start:]) - len(text[start:].lstrip()), len(text)))
    return spans


def role_titles(target: Target) -> list[tuple[re.Pattern[str], str, str]]:
    """(pattern, role IRI, label) for each role, longest label first: "directeur·rice général·e
    délégué·e" reads "directeur général délégué" and "directrice générale déléguée"."""
    titles = []
    for row in text_rows(target, ingest_query("roles")):
        words = [_inclusive(word) for word in row["label"].split()]
        pattern = re.compile(r"\b" + r"\s+".join(words) + r"\b", re.I)
        titles.append((pattern, row["role"], row["label"]))
    return sorted(titles, key=lambda item: -len(item[2]))


def _inclusive(word: str) -> str:
    """A regex for both genders of an inclusive word.

    >>> _inclusive("directeur·rice"), _inclusive("délégué·e")
    ('(?:directeur|directrice)', '(?:délégué|déléguée)')
    """
    if "·" not in word:
        return re.escape(word)
    masculine, suffix = word.split("·", 1)
    suffix = suffix.split("·")[0]
    if suffix.startswith("r") and masculine.endswith("eur"):
        feminine = masculine[:-3] + suffix
    else:
        feminine = masculine + suffix
    return f"(?:{re.escape(masculine)}|{re.escape(feminine)})"


def extract(
    article: Article,
    mentions: list[Mention],
    event: ReportedEvent | None,
    titles: list[tuple[re.Pattern[str], str, str]],
    participation: Participation,
) -> Extraction:
    """The statements about the reported event (found by :mod:`.events`) and the titles."""
    body = article.body
    statements: list[Statement] = []
    linked = sorted((m for m in mentions if m.type in ("organization", "person")),
                    key=lambda m: m.start)  # fmt: skip
    starts = [m.start for m in linked]  # bisected: a long article has many sentences
    for start, end in sentences(body):
        sentence = body[start:end]
        after = linked[bisect_left(starts, start) : bisect_left(starts, end)]
        inside = [m for m in after if m.end <= end]
        for mention in inside:
            subject = _ref(mention)
            roles = _roles(body, start, mention)
            found = [participation.statement(role, subject, sentence, c) for role, c in roles]
            statements += sorted(found, key=lambda statement: statement.predicate)
            if event is not None and (
                roles or PARTICIPATION.search(sentence) or event.named_between(start, end)
            ):
                statements.append(participation.statement("participant", subject, sentence,
                                                          0.6 if not roles else 0.7))  # fmt: skip
        statements += _titles(body, start, end, inside, titles)
    if event is not None:
        statements += event.statements
    if event is None:
        statements = [s for s in statements if EVENT not in (s.subject, s.object)]
    return Extraction(event, _unique(statements))


def _ref(mention: Mention) -> str:
    return mention.entity or f"NEW:{mention.text}"


def _roles(body: str, sentence_start: int, mention: Mention) -> list[tuple[str, float]]:
    """The roles the cues around a mention give it, each with its best confidence."""
    before = body[sentence_start : mention.start][-200:]
    after = body[mention.end : mention.end + 60]
    found = []
    for pattern, role, confidence in CUES_BEFORE:
        cues = list(pattern.finditer(before))
        if cues and LIST_TAIL.fullmatch(before[cues[-1].end() :]):
            found.append((role, confidence))
    found += [(role, c) for pattern, role, c in CUES_AFTER if pattern.search(after)]
    seen: dict[str, float] = {}
    for role, confidence in found:
        seen[role] = max(confidence, seen.get(role, 0))
    return list(seen.items())


def _titles(
    body: str, start: int, end: int, inside: list[Mention],
    titles: list[tuple[re.Pattern[str], str, str]],
) -> list[Statement]:  # fmt: skip
    """Person–title–organisation appositions within a sentence."""
    statements = []
    sentence = body[start:end]
    people = [m for m in inside if m.type == "person"]
    bodies = [m for m in inside if m.type == "organization"]
    for person in people:
        # "X, directrice générale déléguée ... de l'ANCT" (up to the next full stop or ';').
        tail_end = min([m.start for m in people if m.start > person.end] + [end])
        tail = body[person.end : tail_end]
        # "la présidente de l'IREV, X": the title just before the person.
        head_start = max([m.end for m in people if m.end <= person.start] + [start])
        head = body[head_start : person.start]
        candidates = []
        if tail.startswith(","):  # "X, directrice générale déléguée de l'ANCT"
            candidates.append(
                (tail, person.end, [b for b in bodies if person.end <= b.start < tail_end])
            )
        if head.rstrip().endswith(","):  # "la présidente de l'IREV, X"
            candidates.append(
                (head, head_start, [b for b in bodies if head_start <= b.start < person.start])
            )
        for text, offset, organisations in candidates:
            if not organisations:
                continue
            for pattern, role, _label in titles:
                match = pattern.search(text)
                if match is None:
                    continue
                title_start, title_end = offset + match.start(), offset + match.end()
                # The body must follow the title closely: "présidente de l'IREV", not a body
                # named later in the sentence.
                after_title = [
                    b
                    for b in organisations
                    if b.start >= title_end and TITLE_LINK.fullmatch(body[title_end : b.start])
                ]
                if not after_title:
                    continue
                organisation = after_title[0]
                printed = body[title_start : organisation.end].strip(" ,")
                statements.append(Statement(_ref(person), ORG + "memberOf", _ref(organisation),
                                            sentence, 0.75, title=printed, role=role))  # fmt: skip
                break
    return statements


def _unique(statements: list[Statement]) -> list[Statement]:
    """One statement per triple: the most confident, with its first evidence."""
    best: dict[tuple[str, str, str], Statement] = {}
    for statement in statements:
        key = (statement.subject, statement.predicate, statement.object)
        if key not in best or statement.confidence > best[key].confidence:
            best[key] = statement
    return list(best.values())
