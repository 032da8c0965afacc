"""Statements an article makes: the event it reports, who took part and in which role, the
titles people hold (:mod:`.memberships`) and the relations between the bodies and people it
names (:mod:`.relations`); each with the sentence it rests on (and its offsets in the body) and
a confidence.

:func:`extract` reads the article sentence by sentence and keeps what the sentences before
said: whom a pronoun opening a sentence stands for, the people and bodies last named, the body
the text speaks of, a board's list or a programme being read. It hands each sentence and that
context to the rules of :mod:`.memberships` and :mod:`.relations`, and reads the participation
itself.

The event is read from the whole article (:mod:`crpv_graph.ingest.events`); if the graph holds
it, the statements are about that event, otherwise a new one is proposed. Roles come from French
cue words around a mention (``cues.toml`` [participation], with the relations' cues): "ouvert
par", "animé par", "à l'invitation de", "accueilli par",
"organisé par", "intervention de", "a présenté", "est revenu sur", "a rappelé"...; the cues name
roles ("opener", "host"), and the ontology says which property states each role and whether the
event is its subject or its object (:func:`participation_roles`). A participant is one the
sentence says took part: a name in the list after "réunissait", "en présence de", "l'occasion
pour", "participants :", or before "ont participé", "se sont retrouvés"; one who holds a role at
the event takes part too, unless it organised or invited (which says nothing of being there).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from crpv_graph.ingest import boards, french, memberships
from crpv_graph.ingest.article import Article, IngestError
from crpv_graph.ingest.cues import cue_tables
from crpv_graph.ingest.french import AT_OF, ITEM_OPENS, OF
from crpv_graph.ingest.gazetteer import ingest_query
from crpv_graph.ingest.recognise import Mention
from crpv_graph.ingest.relations import (
    COMPLEMENT,
    MEMBER_OF,
    listed_after,
    listed_before,
    member_sections,
    reference,
    relations,
    signatories,
)
from crpv_graph.ingest.statements import Statement
from crpv_graph.ingest.titles import TitledBodies
from crpv_graph.namespaces import PREFIXES
from crpv_graph.query import Target, text_rows

if TYPE_CHECKING:  # events.py imports this module (EVENT, sentences)
    from crpv_graph.ingest.events import ReportedEvent

SCHEMA = PREFIXES["schema"]
EVENT = "EVENT"
"""Stands for the reported event until it is linked or minted."""
MEMBER_CONFIDENCE = 0.5  # a list's layout, not a sentence, says it


# "X y a pris la parole, tout comme Y": the names after these words, closing the clause of a
# verb cue a name held, hold its role too (cues.toml [participation_likewise]).
LIKEWISE_WORDS = "(?:" + "|".join(cue_tables()["participation_likewise"]["words"]) + ")"
# The phrases the cues share, {name} in them (cues.toml [participation_phrases]), and {likewise}.
PHRASES = {
    **{"{" + name + "}": text for name, text in cue_tables()["participation_phrases"].items()},
    "{likewise}": LIKEWISE_WORDS,
}


def _phrased(cue: Any) -> Any:
    """A cue of [participation] with its shared phrases read in; a number as it is."""
    if isinstance(cue, list):
        return [_phrased(item) for item in cue]
    if isinstance(cue, str):
        for name, text in PHRASES.items():
            cue = cue.replace(name, text)
    return cue


# The cues of each role (a crpv:participationRole of the ontology): cues.toml [participation],
# its header says how they read; a cue before a list of names, a verb right after one.
PARTICIPATION: dict[str, dict[str, Any]] = {
    role: {key: _phrased(cues) for key, cues in table.items()}
    for role, table in cue_tables()["participation"].items()
}
CUES_BEFORE = [
    (re.compile("|".join(table["before"]), re.I), role, float(table["confidence"]))
    for role, table in PARTICIPATION.items()
]
# The words between a name and its verb: "qui" only right after the name ("X, qui a rappelé");
# further on it is the relative of another ("le bilan des CRPV à l'appui, qui a insisté").
CUES_AFTER = [
    (re.compile(r"^\W{0,3}(?:qui\W+)?(?:(?!qui\b)\w+\W+){0,4}?(?:" + "|".join(table["after"]) + ")",
                re.I), role, float(table["confidence"]))
    for role, table in PARTICIPATION.items()
    if "after" in table
]  # fmt: skip
# "présidée par un élu de la Région", "préparé par une étude de faisabilité de la DIV": a body
# after "un" or "une", a noun and "de" qualifies the noun, which the cue governs, not the body
# (unlike "un représentant de l'ANRU", "une centaine de représentants de l'ANRU", through whom
# it is there: [participation.participant] representatives, any word of the noun).
INDEFINITE_OF = re.compile(
    r"\b(?:un|une)\s+(?:(?!(?:"
    + "|".join(PARTICIPATION["participant"]["representatives"])
    + r")\b)[^\W\d_]+\s+){1,3}?"
    + OF
    + r"\s*$",
    re.I,
)
# "le SGAR adjoint, Serge Bouffange": a body's name that is a person's title
# ([participation.participant] titled), which holds no role.
TITLED = re.compile(r"\s+(?:" + "|".join(PARTICIPATION["participant"]["titled"]) + r")\b", re.I)
# The colon between an indefinite noun's body and the person it names ("un élu de la Région :
# Antoine Sillani").
COLON = re.compile(r"\s*:\s*")
# "signale la présence d'Hélène Geoffroy": a cue that governs people only
# ([participation.participant] people_before).
PEOPLE_BEFORE = re.compile("|".join(PARTICIPATION["participant"]["people_before"]), re.I)
# "X a signé aux côtés de Y": who stood beside one who was there ([participation.participant]
# beside); its possessive ("à ses côtés") stands for one named before.
BESIDE = re.compile("|".join(PARTICIPATION["participant"]["beside"]), re.I)
# How sure a participant is when no verb says so: named by a cue of people only, beside one who
# was there, shown by a photo's caption.
PEOPLE_CONFIDENCE = float(PARTICIPATION["participant"]["confidence"])
# The cues before a list of names: each role's (``CUES_BEFORE``), then the two that read their
# names apart, "beside" (who stood beside one who was there) and "people" (who is there).
ALL_BEFORE = [*CUES_BEFORE, (BESIDE, "beside", 0.0), (PEOPLE_BEFORE, "people", PEOPLE_CONFIDENCE)]
# "Sept communes s'y engagent à leurs côtés : A, B": a clause of members joining a body, whose
# cue before governs no one ([participation.participant] membership_clause).
MEMBERSHIP_CLAUSE = re.compile("|".join(PARTICIPATION["participant"]["membership_clause"]), re.I)
# What stands before the body of a title printed before a person's name: "Le directeur général
# délégué de la politique de la ville à l'ANCT, X, a commenté", "La présidente de RésO Villes, X,".
TITLE_OF = re.compile(r"\b" + AT_OF + r"\s*$", re.I)
# The clause of such a title: from the last mark before the body's name.
TITLE_CLAUSE = re.compile(r"[^,;:.!?()\n]{0,120}$")
# A comma alone between a body's name and the person's after it.
COMMA = re.compile(r"\s*,\s*")
LIKEWISE = re.compile(r"[^.;:!?,\n]{0,40}?,\s*" + LIKEWISE_WORDS + r"\s+", re.I)
# "Deux élues ont pris part à ces deux journées. X en faisait partie ; [...] La seconde, Y":
# a counted group that took part, then its members named (cues.toml [participation_group]).
GROUP = cue_tables()["participation_group"]
GROUP_OPENS = re.compile(
    r"\W*(?:" + "|".join(GROUP["group"]) + r")\s+(?:" + "|".join(GROUP["people"]) + r")\b", re.I
)
# The verb of one who takes part right after the group (see ``CUES_AFTER``).
GROUP_ATTENDED = next(pattern for pattern, role, _ in CUES_AFTER if role == "participant")
IN_GROUP_AFTER = re.compile(r"\W{0,3}(?:" + "|".join(GROUP["after"]) + ")", re.I)
IN_GROUP_BEFORE = re.compile(
    r"(?:(?<![\s\S])|(?<=[.;:!?]\s)|(?<=\n))(?:" + "|".join(GROUP["before"]) + r")\s*", re.I
)
GROUP_SENTENCES = 2
"""The sentences after a group's that may name its members."""
# The lines that head a list of a role's holders, one an item ("Au programme :", "Intervenants
# :", then "- X (Y) ;"): a cue of the role's heading and the line's closing colon.
HEADINGS = [
    (re.compile("|".join(table["heading"]), re.I), role)
    for role, table in PARTICIPATION.items()
    if "heading" in table
]
HEADING_ENDS = re.compile(r"[^\n]*:[ \t]*(?=\n)")
# A section's heading over a list of those who took part ("1. Participants", "II - Présents"):
# [participation.participant] section, after a number or a letter and its mark.
SECTION = re.compile(
    r"[ \t]*(?:"
    + french.SECTION_NUMBER
    + r")?(?:"
    + "|".join(PARTICIPATION["participant"]["section"])
    + r")[ \t]*:?[ \t]*",
    re.I,
)
# What opens an item of a programme before its holder: a dash or a bullet, a time ("9h30 -"),
# a civility, which a name may span or not ("- Mme Olivia Maire, directrice adjointe ;").
PROGRAMME_ITEM = re.compile(
    ITEM_OPENS.pattern + r"(?:\d{1,2}\s*h\s*\d{0,2}\s*[-–—:]?\s*)?(?P<civility>(?:M\.|Mme)\s+)?"
)
# A photo's caption and what it says before the first one it shows: see [participation.participant]
# (its {likewise}, the words of ``LIKEWISE``: "Photo 3 - Tout comme X.").
CAPTION = re.compile("|".join(PARTICIPATION["participant"]["caption"]), re.I)
CAPTION_OPENS = re.compile("|".join(PARTICIPATION["participant"]["caption_opens"]), re.I)
# The comma that closes an inserted clause before its sentence's verb ("La rencontre,
# co-organisée par X, a accueilli"), not a relative clause on the name (", qui a rappelé").
CLAUSE_CLOSES = re.compile(r",(?!\s*qui\b)", re.I)
# Roles that do not make the agent a participant: one may organise or invite from afar, and
# the data states a facilitator (a firm hired to run the day) by its role only.
NOT_THERE = frozenset({"organiser", "inviter", "facilitator", "participant"})
# The roles a body holds without being said to take part: one that hosts lends its premises or
# its name ("La rencontre était accueillie par RésO Villes"), as one that organises; its people
# attend. A person who hosts is there.
NOT_THERE_AS_BODY = NOT_THERE | {"host"}
# A participle opening its sentence: "Invités par le CGET, ...", "Réunis à l'invitation de".
PARTICIPLE_OPENS = re.compile(r"\s*(?:co-)?[^\W\d_]+(?:é|ée|és|ées|is|ie|ies)\b", re.I)
APPOSED = re.compile(r"\s*,[^.;:!?]{1,120}?,")
# "les 19 centres, membres du réseau national, se sont réunis", "Question de Ville,
# l'association qui fédère les directeurs, a coorganisé": a body's apposition opens with a common
# noun or an adjective, after its article or not, not with another name ("le CGET, l'ANRU et
# l'ERU ont").
NOUN_APPOSED = re.compile(
    r"\s*,\s*(?:(?:le|la|les)\s+|l['’]\s*)?"
    r"(?!(?:et|ou|ainsi|le|la|les|l|un|une|des|du|de|d|qui)\b)[a-zà-ÿ][^.;:!?,]{0,100},"
)
# "celui-ci", "cette dernière": the person named last, whatever the subject.
DEMONSTRATIVE = re.compile(
    memberships.PRONOUN_OPENS + r"(?:" + memberships.DEMONSTRATIVES + r")(?=\s)"
)
# "Pour ce dernier, c'est un revers": a demonstrative anywhere in a sentence.
DEMONSTRATIVE_WORD = re.compile(r"\b(?:" + memberships.DEMONSTRATIVES + r")\b")
# The titles (pattern, role, label) and the bodies that alone hold some offices: whose body one
# acting for an office ("pour le préfet de région") stands for.
Offices = tuple[list[tuple[re.Pattern[str], str, str]], TitledBodies]
# "X, pour France urbaine", "X, qui signait au nom de l'AdCF", "X, qui représentait l'Etat":
# whom one acts for at an event; "X, de Labo Cités", "X, de l'équipe de RésO Villes", "X (Labo
# Cités)": whom one comes from.
REPRESENTING = re.compile(
    r"\s*(?:,\s*(?:(?:qui\s+[^\W\d_]+\s+)?(?:pour|au\s+nom\s+" + OF + r")"
    r"|(?:qui\s+)?représent(?:e|ent|ait|aient|ant)|(?:de\s+l['’]équipe\s+)?" + OF + r")"
    r"|\()\b\s*(?:(?:le|la|les)\b\s*|l['’]\s*)?",
    re.I,
)


@dataclass(frozen=True)
class Participation:
    """The participation roles the ontology declares (``ingest/participation.rq``)."""

    #: Role name (``"host"``) -> the property that states it.
    properties: dict[str, str]
    #: The properties whose subject is the event (``schema:organizer``), not the agent.
    event_first: frozenset[str]

    def statement(
        self,
        role: str,
        agent: str,
        evidence: str,
        confidence: float,
        span: tuple[int, int] = (0, 0),
    ) -> Statement:
        """The statement that ``agent`` held ``role`` at the reported event, the right way round;
        ``span``: the evidence's offsets in the body."""
        predicate = self.properties[role]
        start, end = span
        if predicate in self.event_first:
            return Statement(EVENT, predicate, agent, evidence, confidence,
                             evidence_start=start, evidence_end=end)  # fmt: skip
        return Statement(agent, predicate, EVENT, evidence, confidence,
                         evidence_start=start, evidence_end=end)  # fmt: skip


def participation_roles(target: Target) -> Participation:
    """The participation roles of the graph's ontology; an :class:`IngestError` if it lacks one
    that the cues of this module name."""
    rows = list(text_rows(target, ingest_query("participation")))
    properties = {row["role"]: row["property"] for row in rows}
    cued = {*PARTICIPATION, "participant"}
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
    """(start, end) of each sentence: split after . ! ? or a line break, not after "M." or
    "MM." (monsieur, messieurs) before a name.

    >>> sentences("Un. Deux !\\nTrois")
    [(0, 3), (4, 10), (11, 16)]
    >>> sentences("En 2019, M. Mariani y était. Il part.")
    [(0, 28), (29, 37)]
    """
    spans, start = [], 0
    for match in french.SENTENCE_END.finditer(text):
        end = match.end() if text[match.start()] != "\n" else match.start()
        if text[start:end].strip():
            spans.append((start + len(text[start:end]) - len(text[start:end].lstrip()), end))
        start = match.end()
    if text[start:].strip():
        spans.append((start + len(text[start:]) - len(text[start:].lstrip()), len(text)))
    return spans


def extract(
    article: Article,
    mentions: list[Mention],
    event: ReportedEvent | None,
    titles: list[tuple[re.Pattern[str], str, str]],
    participation: Participation,
    collectives: dict[str, str] | None = None,
    titled: TitledBodies | None = None,
    publisher: str = "",
) -> Extraction:
    """The statements about the reported event (found by :mod:`.events`), the titles and the
    relations (see the module docstring).

    ``collectives`` maps the entity of the centres as a group to the national network (see
    :func:`.relations.relations`); ``titled``: the units and communes a title may name by
    itself (:mod:`.titles`); ``publisher``: the IRI of the body that published the article, if
    the graph knows it, who "notre" is when the page's lines name no one body."""
    body = article.body
    collectives = collectives or {}
    titled = titled or TitledBodies()
    statements: list[Statement] = []
    linked = sorted((m for m in mentions if m.type in ("organization", "person")),
                    key=lambda m: m.start)  # fmt: skip
    starts = [m.start for m in linked]  # bisected: a long article has many sentences
    # the agreements, whose signatories are members
    agreements = sorted((m for m in mentions if m.type == "partnership"), key=lambda m: m.start)
    inside: list[Mention] = []
    officers = memberships.Officers("")  # a list of a board's officers, one a line, and its owner
    named: list[Mention] = []  # whom a pronoun opening the sentence stands for
    topic: list[Mention] = []  # whom "il", "elle" stand for: see _topic
    recent: list[Mention] = []  # the people of the last sentence that names any: "celui-ci"
    last = (0, 0)  # the sentence before
    bodied: list[Mention] = []  # the bodies of the last sentence that names any
    theme: list[Mention] = []  # the body the last sentence opening with one opened with
    heading = ""  # the role a list being read gives its items ("Intervenants :"): _heading
    group = 0  # the sentences left that may name the members of a group that took part
    page = memberships.page_body(body, linked)  # the body a record or a centre's page is about
    # whom "je" stands for: an interview's interviewee, else no one
    speaker = memberships.interviewee(body, linked)
    # who "notre" is: the page's body, else the publisher, else what the text opens with
    ours = page or publisher or memberships.opening_body(body, linked)
    # the regional authority of the region the article names: a bare "conseillère régionale"'s
    region = titled.article_region(m.text for m in mentions if m.type in ("place", "organization"))
    for start, end in sentences(body):
        sentence = body[start:end]
        first, stop = bisect_left(starts, start), bisect_left(starts, end)
        previous, inside = inside, [m for m in linked[first:stop] if m.end <= end]
        # "Le premier, alors président de A, et le second, ...": the people ordinals stand for.
        inside = memberships.ordinals(body, (start, end), inside, linked, first)
        so_far = linked[:stop]  # every name up to the sentence's end
        topic = _topic(body, last, previous, topic, recent)
        recent = [m for m in previous if m.type == "person"] or recent
        named = recent if DEMONSTRATIVE.match(body, start, end) else topic
        named = _agreeing(body, (start, end), named, statements, titles)
        if memberships.FIRST_PERSON.match(body, start, end):
            named = [speaker] if speaker else []
        # "L'assemblée s'est tenue. X en assurait la présidence": the meeting's, not the body's.
        about_assembly = bool(boards.ASSEMBLY.search(body, last[0], end))
        statements += memberships.on_boards(
            body, (start, end), so_far, previous, titles, last, (page, (bodied, theme))
        )
        officers = memberships.listed_officers(body, (start, end), inside, titles, officers)
        statements += officers.statements
        if boards.opens_officers(body, (start, end), last):
            # "Profession Banlieue [page's first line] ... L'assemblée générale élit son bureau :":
            # a board no sentence near its list names the owner of is the page's body's.
            officers = memberships.Officers(
                boards.owner(body, end, so_far, memberships.one_per_body(body, previous)) or page
            )
        bodied = [m for m in previous if m.type == "organization"] or bodied
        opening = [m for m in previous if m.type == "organization"]
        # the body the sentence before opened with, after a phrase put first if any
        opened = next((i for i, m in enumerate(opening) if memberships.opens_sentence(body, m)), -1)
        if opened >= 0:
            theme = memberships.subject(body, opening[opened:])
        statements += memberships.possessive(body, (start, end), inside, (bodied, theme), titles)
        statements += memberships.succession(body, (start, end), inside, (recent, bodied), titles)
        statements += memberships.placed(body, (start, end), inside, (bodied, theme), titles)
        statements += memberships.of_the_body(body, (start, end), so_far, bodied, titles)
        statements += memberships.had_for(body, (start, end), inside, (bodied, theme), titles)
        statements += memberships.ours(body, (start, end), inside, ours, titles)
        statements += memberships.regarded(
            body, (start, end), inside, named, (page or publisher, (bodied, theme)), titles
        )
        statements += memberships.joined(
            body, (start, end), inside, named, (page or publisher, (bodied, theme)), titles
        )
        statements += memberships.appointments(
            body, (start, end), inside, (named, bodied), titles, titled
        )
        statements += memberships.verbed(body, (start, end), so_far, named, titles, bodied)
        statements += memberships.referred_passives(
            body, (start, end), inside, (bodied, theme), titles, about_assembly
        )
        statements += memberships.unit_heads(body, (start, end), inside, titles, titled)
        statements += memberships.directed(body, (start, end), so_far, bodied, titles)
        statements += memberships.in_this_body(body, (start, end), so_far, titles, titled)
        statements += memberships.sits(body, (start, end), inside, titles, titled)
        statements += memberships.indefinite_titles(
            body, (start, end), inside, (bodied, theme), titles, titled
        )
        last = (start, end)
        statements += memberships.of_it(
            body, (start, end), inside, (bodied, theme), titles, about_assembly, named
        )
        statements += memberships.whose_titles(body, (start, end), inside, titles)
        statements += memberships.pronoun_titled(
            body, (start, end), inside, named, titles, titled, article.year
        )
        statements += memberships.labelled(body, (start, end), inside, named, titles)
        statements += memberships.prepared(body, (start, end), so_far, named, titles)
        statements += memberships.described(
            body, (start, end), inside, named, titles, titled, article.year
        )
        statements += memberships.subordinate(
            body, (start, end), inside, named, titles, titled, article.year
        )
        statements += memberships.fronted(
            body, (start, end), inside, named, titles, titled, article.year
        )
        statements += memberships.listed_posts(
            body, (start, end), so_far, named, page, titles, titled, article.year
        )
        statements += memberships.headed_people(body, (start, end), so_far, (page, bodied), titles)
        statements += memberships.record_fields(
            body, (start, end), linked, page, titles, titled, article.year
        )
        heading = _heading(body, (start, end), heading)
        told = False
        if event is not None and (start, end) not in event.elsewhere:
            statements += _participation(
                body, (start, end), inside, participation, heading, (titles, titled)
            )
            in_group = _group_members(body, (start, end), inside) if group else []
            statements += [
                participation.statement("participant", reference(m), sentence, 0.6, (start, end))
                for m in in_group
            ]
            told = _group_attended(body, (start, end), inside)
        # every sentence uses up the window of a group's members, an event's or not
        group = GROUP_SENTENCES if told else max(group - 1, 0)
        statements += memberships.apposed_titles(
            body, start, end, inside, titles, titled, article.year, region
        )
        statements += memberships.item_titles(body, (start, end), so_far, titles)
        statements += memberships.page_titles(body, (start, end), inside, page, statements, titles)
        statements += memberships.apposed_bodies(
            body, (start, end), inside, statements, titles, collectives
        )
        statements += memberships.title_is(body, (start, end), inside, titles)
        statements += memberships.presented_as(body, (start, end), inside, (bodied, theme), titles)
        statements += memberships.headed_by_body(
            body,
            (start, end),
            inside,
            [s for s in statements if s.evidence_start == start],
            (titles, collectives),
        )
        # "X a été nommée directrice générale, succédant à Y": Y held what any rule gave X.
        statements += memberships.predecessors(body, (start, end), inside, statements, titles)
        statements += memberships.succeeded_by_pronoun(
            body, (start, end), inside, named, statements, titles
        )
        statements += memberships.interim(body, (start, end), inside, statements, titles)
        statements += memberships.first_holder(body, (start, end), (previous, inside), statements)
        statements += memberships.handed_over(body, (start, end), inside, named, statements)
        statements += memberships.ceded(body, (start, end), inside, named, bodied, titles)
        earlier = linked[: bisect_left(starts, start)]
        found = relations(body, start, end, inside, collectives, earlier, titled)
        found += signatories(body, start, end, inside, earlier, agreements)
        statements += [Statement(f.subject, f.predicate, f.object, sentence, f.confidence,
                                 role=memberships.role_of_label(titles, f.role) if f.role else "",
                                 evidence_start=start, evidence_end=end)
                       for f in found]  # fmt: skip
    # "Nos membres fondateurs" then "- l'État ;": a section of a page listing a body's members,
    # whose lines ("Côté communes : A, B et C") list no one who came to the event.
    members = member_sections(body, linked, page)
    listing = {span for _member, _owner, span in members}
    statements = [s for s in statements if s.predicate != SCHEMA + "attendee"
                  or (s.evidence_start, s.evidence_end) not in listing]  # fmt: skip
    statements += [Statement(reference(member), MEMBER_OF, owner, body[s:e], MEMBER_CONFIDENCE,
                             evidence_start=s, evidence_end=e)
                   for member, owner, (s, e) in members]  # fmt: skip
    if event is not None:
        statements += [_located(body, statement) for statement in event.statements]
    if event is None:
        statements = [s for s in statements if EVENT not in (s.subject, s.object)]
    statements = memberships.intercommunal(statements, linked, titles)
    return Extraction(event, _unique(statements))


def _located(body: str, statement: Statement) -> Statement:
    """The statement with the offsets of its evidence in the body, found there when whoever
    made it gave none (the reported event's statements)."""
    if statement.evidence and not statement.evidence_end:
        at = body.find(statement.evidence)
        if at >= 0:
            statement.evidence_start, statement.evidence_end = at, at + len(statement.evidence)
    return statement


def _agreeing(
    body: str, span: tuple[int, int], named: list[Mention], statements: list[Statement],
    titles: list[tuple[re.Pattern[str], str, str]],
) -> list[Mention]:  # fmt: skip
    """``named``, unless the pronoun opening the sentence ``span`` is of the other gender than
    the titles the text gave that person ("Sylvie Hautière est élue vice-présidente. [...] il
    avait été élu": not her)."""
    start, end = span
    pronoun = memberships.PRONOUN.match(body, start, end)
    people = {reference(m) for m in named}
    if pronoun is None or len(people) != 1:
        return named
    word = pronoun.group().split()[-1].lower()
    if word not in ("il", "elle"):
        return named
    who = people.pop()
    inclusive = {role: (pattern, label) for pattern, role, label in titles if "·" in label}
    for statement in statements:
        if statement.subject != who or statement.role not in inclusive:
            continue
        pattern, label = inclusive[statement.role]
        printed = pattern.match(statement.title)
        if printed is None:
            continue  # "à sa présidence": the office, not the title
        masculine = " ".join(w.split("·")[0] for w in label.split())
        if (printed.group().lower() != masculine.lower()) != (word == "elle"):
            return []
    return named


def _topic(
    body: str,
    span: tuple[int, int],
    mentions: list[Mention],
    topic: list[Mention],
    recent: list[Mention],
) -> list[Mention]:
    """Whom "il" or "elle" opening the next sentence stands for, after the sentence ``span``
    (its ``mentions``; ``topic``: whom they stood for before it): the person it opens with,
    its subject ("Le préfet X a fait ses adieux"), unless another shares it ("X et Y
    arrivent"); the same when it opens with a pronoun itself (not "je") or names no one ("Il
    arrivait du cabinet de Y": "il" goes on being X, Y is no subject); else the people it
    names, with the topic, which may stand too (the pronoun then stands for no one sure). A
    sentence naming no one but speaking of the person named last (``recent``) by a
    demonstrative makes "il" that person ("Pour ce dernier, c'est un revers. Maire depuis
    2007, il ...")."""
    start, _end = span
    people = [m for m in mentions if m.type == "person"]
    if not people:
        return recent[-1:] if recent and DEMONSTRATIVE_WORD.search(body, *span) else topic
    shared = len(people) > 1 and re.fullmatch(
        r"\s*(?:,|et)\s*", body[people[0].end : people[1].start]
    )
    if memberships.SUBJECT_OPENS.fullmatch(body, start, people[0].start) and not shared:
        return people[:1]
    # "Je salue X. Elle ...": "je" is no third person's, so the one it names may be "elle"
    opens = memberships.PRONOUN.match(body, start, people[0].start)
    if opens and not memberships.FIRST_PERSON.match(body, start, people[0].start):
        return topic
    return people + topic


def _heading(body: str, span: tuple[int, int], heading: str) -> str:
    """The role the items of a list hold when the sentence ``span`` is one of them, or "": a
    line that ends with a colon and says a heading of [participation] opens the list ("Au
    programme, côté CRPV :", "Intervenants :"); each next line is an item, up to a blank line
    or a line that is not a list's ("- Fabien Bressan (Labo Cités) ;"). ``heading``: the role
    of the list the sentence before was in ("" if none)."""
    start, end = span
    line = start == 0 or body[start - 1] == "\n"
    if heading and line and not body.startswith("\n", start - 2):
        return heading
    opens = body.rfind("\n", 0, start) + 1
    closes = body.find("\n", start)
    if SECTION.fullmatch(body, opens, len(body) if closes < 0 else closes):
        return "participant"  # "1. Participants", a section's heading, numbered or not
    if not HEADING_ENDS.match(body, start):
        return ""
    return next((role for pattern, role in HEADINGS if pattern.search(body, start, end)), "")


def _programme_item(
    body: str, span: tuple[int, int], inside: list[Mention], heading: str
) -> list[tuple[Mention, str]]:
    """(mention, role) of an item of a list headed by a role (:func:`_heading`): the person
    it opens with holds the role ("- Fabien Bressan (Labo Cités) ;"), and the body they come
    for, right after their name, is there through them (a participant: "Maximilien
    Steindorsson, de l'équipe de RésO Villes": see ``REPRESENTING``), not the body of a title
    ("- Mme Olivia Maire, directrice adjointe de Profession Banlieue", who is heard in person);
    a line that opens otherwise ("12h - Déjeuner") gives none."""
    opening = PROGRAMME_ITEM.match(body, *span)  # after its dash, bullet or time ("9h30 -")
    starts = {opening.end(), opening.start("civility")} if opening else set()
    holder = next((m for m in inside if m.start in starts), None)
    marked = opening is not None and opening.group().strip() != (opening["civility"] or "").strip()
    if holder is None and heading == "participant" and marked:
        # "1. Participants", then "- Les équipes de l'ANCT.": the body an item names attended
        # (an item: not a line of prose under the heading).
        named = next((m for m in inside if m.type == "organization"), None)
        if named is None:
            return []
        return [(m, heading) for m in listed_after(body, named.start, inside) or [named]]
    if holder is None or holder.type != "person":
        return []
    if body[span[0] : span[1]].rstrip().endswith(":"):
        return []
    return [(holder, heading)] + [
        (m, "participant") for m in _represented(body, inside, {reference(holder)})
    ]


def _participation(
    body: str,
    span: tuple[int, int],
    inside: list[Mention],
    participation: Participation,
    heading: str,
    offices: Offices,
) -> list[Statement]:
    """The roles the cues of a sentence give the names they govern, and who took part; on a
    line of a list headed by a role (``heading``), the role its item gives (:func:`_programme_item`)
    unless a cue of the line gives one ("9h30 - Ouverture par X"); ``offices``: the titles and
    the bodies that alone hold some offices, whose body one acting for the office stands for
    (:func:`_offices_represented`)."""
    start, end = span
    held: dict[tuple[str, str], float] = {}
    bodies: set[str] = set()  # the agents that are bodies

    def hold(mention: Mention, role: str, confidence: float) -> None:
        if mention.type == "organization" and TITLED.match(body, mention.end):
            return  # "le SGAR adjoint, Serge Bouffange": a title, the person's
        key = (reference(mention), role)
        held[key] = max(confidence, held.get(key, 0.0))
        if mention.type == "organization":
            bodies.add(key[0])

    # "organisée par le CGET, en présence d'Hélène Geoffroy": a list ends at the next cue.
    cues = sorted(cue.start() for pattern, _, _ in ALL_BEFORE
                  for cue in pattern.finditer(body, start, end))  # fmt: skip
    complements: set[int] = set()  # where the names a cue governs start: "organisée par X"
    joining = [m.span() for m in MEMBERSHIP_CLAUSE.finditer(body, start, end)]
    beside: list[tuple[re.Match[str], list[Mention]]] = []  # "aux côtés de Y": read last
    for pattern, role, confidence in ALL_BEFORE:
        for cue in pattern.finditer(body, start, end):
            if any(a <= cue.start() < b for a, b in joining):
                continue  # "s'y engagent à leurs côtés : A, B": members, not attendees
            bound = next((at for at in cues if at >= cue.end()), end)
            after = [m for m in listed_after(body, cue.end(), inside) if m.start < bound]
            governed = _indefinite_named(body, cue.end(), after, inside)
            if PARTICIPLE_OPENS.match(body, start, cue.end()):
                governed = _participle_governs(body, governed)
            complements.update(m.start for m in governed)
            if role == "beside":
                beside.append((cue, governed))
                continue
            if role == "people":  # "signale la présence d'Hélène Geoffroy"
                governed, role = [m for m in governed if m.type == "person"], "participant"
            for index, mention in enumerate(governed):
                hold(mention, _bracketed(body, governed[:index], mention) or role, confidence)
    appositions = _appositions(body, end, inside)
    # body start -> the person after it: "À l'invitation de l'ORIV, X", "La présidente de
    # RésO Villes, X" (neither the subject of X's verb); titled: the body of X's title
    fronted = _fronted_bodies(body, start, inside)
    titled_people = _titled_people(body, fronted, offices[0])
    for mention in inside:
        # "X, président de l'ADCF et maire d'Annecy, avait pris part": the verb is X's, not
        # Annecy's; X's is read past the apposition. "Les services de l'Etat, issus du SGAR,
        # ont participé": the SGAR's, not the Etat's.
        if mention.type != "person" and (
            any(a < mention.start < b for a, b in appositions)
            or _complement_apposed(body, end, mention, inside)
        ):
            continue
        following = body[mention.end : min(end, mention.end + 160)]
        # "La rencontre, co-organisée par le réseau et l'ANCT, a accueilli X": the names a cue
        # governs in an inserted clause are not the subject of the verb after its comma.
        closes = CLAUSE_CLOSES.search(following) if mention.start in complements else None
        following = following[: closes.start()] if closes else following
        if mention.start in fronted:
            continue
        apposed = next((b for a, b in appositions if a == mention.end), None)
        tails = [(mention.end, following[:60])]
        tails += [(apposed, body[apposed:end][:60])] if apposed else []
        for pattern, role, confidence in CUES_AFTER:
            found = next(((at, verb) for at, tail in tails if (verb := pattern.search(tail))), None)
            if found is None:
                continue
            # "organisées avec le CGET, RésO Villes reçoit": what another cue governs before
            # the comma is not listed with the verb's subject.
            for listed in listed_before(body, mention, inside):
                if listed.start in fronted:
                    continue
                if listed is mention or listed.start not in complements:
                    # "A (B) y a pris la parole": B, A's body, is there through A
                    earlier = [m for m in inside if m.end <= listed.start]
                    hold(listed, _bracketed(body, earlier, listed) or role, confidence)
            likewise = _likewise(body, found[0] + found[1].end(), end, inside)
            for index, other in enumerate(likewise):
                hold(other, _bracketed(body, likewise[:index], other) or role, confidence)
    for mention in _captioned(body, span, inside):
        hold(mention, "participant", PEOPLE_CONFIDENCE)
    if heading and not held:
        for mention, role in _programme_item(body, span, inside, heading):
            hold(mention, role, float(PARTICIPATION[heading]["confidence"]))
    for mention in _beside(beside, inside, {agent for agent, _role in held}):
        hold(mention, "participant", PEOPLE_CONFIDENCE)
    for (agent, role), _confidence in list(held.items()):
        if role not in (NOT_THERE_AS_BODY if agent in bodies else NOT_THERE):
            held[(agent, "participant")] = max(0.7, held.get((agent, "participant"), 0.0))
    present = {a for a, r in held if r == "participant"}
    for body_mention in _represented(body, inside, present):
        hold(body_mention, "participant", 0.6)
    # "Le président de l'AdCF, X, a pris la parole": the body attends through its head.
    for body_mention in inside:
        person = titled_people.get(body_mention.start)
        if person is not None and reference(person) in present:
            hold(body_mention, "participant", 0.6)
    for office_body in _offices_represented(body, inside, present, offices):
        held[(office_body, "participant")] = max(0.6, held.get((office_body, "participant"), 0.0))
    sentence = body[start:end]
    statements = [
        participation.statement(role, agent, sentence, confidence, span)
        for (agent, role), confidence in held.items()
    ]
    return sorted(statements, key=lambda statement: (statement.predicate, statement.subject))


def _indefinite_named(
    body: str, cue_end: int, listed: list[Mention], inside: list[Mention]
) -> list[Mention]:
    """The names a cue ending at ``cue_end`` governs among those ``listed`` after it: not a body
    that qualifies a noun after "un" or "une" (see ``INDEFINITE_OF``: "présidée par un élu de
    la Région"), but the person a colon names right after it ("présidée par un élu de la
    Région : Antoine Sillani")."""
    governed = []
    for mention in listed:
        if not INDEFINITE_OF.search(body, max(cue_end, mention.start - 60), mention.start):
            governed.append(mention)
            continue
        named = next((m for m in inside if m.start >= mention.end), None)
        if named and named.type == "person" and COLON.fullmatch(body, mention.end, named.start):
            governed.append(named)
    return governed


def _beside(
    beside: list[tuple[re.Match[str], list[Mention]]], inside: list[Mention], holders: set[str]
) -> list[Mention]:
    """Those ``beside`` cues govern (a cue of [participation.participant] beside, the names it
    lists) who attended: beside one of ``holders`` (who hold a role) named before the cue in
    its sentence ("X a signé aux côtés de Y"), or one its possessive stands for ("avec à ses
    côtés Y"); not one that holds a role of its own ("à ses côtés : X a coorganisé les deux
    journées"), nor beside one the sentence does not say was there ("l'ANRU siège à son
    conseil, aux côtés de l'USH")."""
    found = []
    for cue, governed in beside:
        there = cue["possessive"] or any(
            reference(m) in holders for m in inside if m.end <= cue.start()
        )
        if there:
            found += [m for m in governed if reference(m) not in holders]
    return found


def _captioned(body: str, span: tuple[int, int], inside: list[Mention]) -> list[Mention]:
    """Those a photo's caption shows, when the sentence ``span`` is its first ("Photo 1. Au
    premier rang, le préfet X, aux côtés de Y"): the person it opens with (see
    ``CAPTION_OPENS``) and those listed with them; a photo of the event is of those who were
    there (not of the bodies their titles name: "X, directrice de Villes au Carré")."""
    start = span[0]
    line = body.rfind("\n", 0, start) + 1
    mark = CAPTION.match(body, line)
    if not mark or not mark.group().strip() or body[mark.end() : start].strip():
        return []
    first = next((m for m in inside if m.start >= mark.end()), None)
    if first is None or not CAPTION_OPENS.fullmatch(body, max(start, mark.end()), first.start):
        return []
    shown = [first, *listed_after(body, first.end, inside)]
    return [m for m in shown if m.type == "person"]


def _fronted_bodies(body: str, start: int, inside: list[Mention]) -> dict[int, Mention]:
    """{start of a body: the person} for each body after a preposition (``TITLE_OF``) and before
    a person's name a comma apart, in the sentence from ``start``: "À l'invitation de l'ORIV,
    X a pris la parole", "Avec le soutien de l'ANCT, X a ouvert", "La présidente de RésO
    Villes, X, a ouvert": the verb after the name is the person's, not the body's."""
    fronted = {}
    for mention, following in pairwise(inside):
        if mention.type != "organization" or following.type != "person":
            continue
        if COMMA.fullmatch(body, mention.end, following.start) and TITLE_OF.search(
            body, max(start, mention.start - 12), mention.start
        ):
            fronted[mention.start] = following
    return fronted


def _titled_people(
    body: str, fronted: dict[int, Mention], titles: list[tuple[re.Pattern[str], str, str]]
) -> dict[int, Mention]:
    """Those of ``fronted`` (:func:`_fronted_bodies`) whose title, printed before their name,
    ends with the body ("Le directeur général délégué de la politique de la ville à l'ANCT, X,
    a commenté", "La présidente de RésO Villes, X, a ouvert"): a title of ``titles`` in the
    clause before the body's preposition, not any words ("À l'invitation de l'ORIV, X a pris
    la parole", "avec le soutien de la Région, X a ouvert"). The body attends through them as a
    body through its head ("en présence du président de l'AdCF, X")."""
    people = {}
    for at, person in fronted.items():
        link = TITLE_OF.search(body, max(0, at - 12), at)
        if link is None:
            continue
        # TITLE_CLAUSE may match no character: it always finds where the clause opens
        clause = TITLE_CLAUSE.search(body, 0, link.start())
        if clause and any(p.search(body, clause.start(), link.start()) for p, _, _ in titles):
            people[at] = person
    return people


def _group_attended(body: str, span: tuple[int, int], inside: list[Mention]) -> bool:
    """Whether the sentence ``span`` says a counted group took part, naming no one (see
    ``GROUP_OPENS``): "Deux élues ont pris part à ces deux journées", "Plusieurs personnalités
    avaient fait le déplacement"; the names of the next sentences may be its members
    (:func:`_group_members`)."""
    start, end = span
    opens = GROUP_OPENS.match(body, start, end)
    if inside or opens is None:
        return False
    return GROUP_ATTENDED.search(body[opens.end() : end]) is not None


def _group_members(body: str, span: tuple[int, int], inside: list[Mention]) -> list[Mention]:
    """The people of the sentence ``span`` said to be members of a group that took part, told
    in a sentence before (:func:`_group_attended`): before "en faisait partie", after their
    apposition or not ("X, maire de Y, en faisait partie"), or right after "La seconde,",
    "L'autre,", "Parmi eux," opening a sentence or a clause ("La seconde, Y, siège ...")."""
    start, end = span
    members = []
    for person in (m for m in inside if m.type == "person"):
        apposed = APPOSED.match(body, person.end, end)
        after = [person.end] + ([apposed.end()] if apposed else [])
        if any(IN_GROUP_AFTER.match(body, at, end) for at in after):
            members.append(person)
            continue
        opening = IN_GROUP_BEFORE.search(body, max(start, person.start - 30), person.start)
        if opening is not None and opening.end() == person.start:
            members.append(person)
    return members


def _likewise(body: str, cue_end: int, end: int, inside: list[Mention]) -> list[Mention]:
    """The names listed after "tout comme" (see ``LIKEWISE``) closing the clause of the verb cue
    that ends at ``cue_end``, before the sentence's ``end``: they did as the verb's subject did
    ("Le préfet était là, tout comme X", "A (B) y a pris la parole, tout comme C (D)")."""
    likewise = LIKEWISE.match(body, cue_end, end)
    if likewise is None:
        return []
    return [m for m in listed_after(body, likewise.end(), inside) if m.end <= end]


def _bracketed(body: str, before: list[Mention], mention: Mention) -> str:
    """ "participant" for a body in brackets right after a person listed before it
    ("Intervenants : Fabien Bressan (Labo Cités), ..."): the person's body, there through them,
    which holds no role of its own; "" otherwise."""
    person = before[-1] if before else None
    if mention.type != "organization" or person is None or person.type != "person":
        return ""
    return "participant" if re.fullmatch(r"\s*\(\s*", body[person.end : mention.start]) else ""


def _represented(body: str, inside: list[Mention], present: set[str]) -> list[Mention]:
    """The bodies the people present act for ("X, pour France urbaine", "X, qui signait au nom
    de l'AdCF", "X, préfet délégué, pour la Région"): a body is there through its
    representative."""
    bodies = []
    for acting in _acting(body, inside, present):
        named = next((m for m in inside if m.start == acting.end()), None)
        if named and named.type == "organization":
            bodies.append(named)
    return bodies


def _acting(body: str, inside: list[Mention], present: set[str]) -> list[re.Match[str]]:
    """Whom each person present acts for (:func:`_acting_for`): a body named there for
    :func:`_represented`, an office that stands for one (a title, no name after it) for
    :func:`_offices_represented`."""
    people = (p for p in inside if p.type == "person" and reference(p) in present)
    acting = (_acting_for(body, person) for person in people)
    return [match for match in acting if match is not None]


def _acting_for(body: str, person: Mention) -> re.Match[str] | None:
    """Whom a person acts for, right after their name or after their title in apposition ("X,
    pour France urbaine", "X, préfet délégué, pour le préfet de région"), up to the name or
    the title of what they act for."""
    apposed = APPOSED.match(body, person.end)
    return REPRESENTING.match(body, person.end) or (
        REPRESENTING.match(body, apposed.end() - 1) if apposed else None
    )


def _offices_represented(
    body: str, inside: list[Mention], present: set[str], offices: Offices
) -> list[str]:
    """The bodies (IRIs) whose office the people present act for, an office the ontology holds
    at one body only ("X, préfet délégué, pour le préfet de région", "X, au nom du ministre":
    the State, crpv:heldAt): the body is there through them, as through its representative."""
    titles, titled = offices
    found = []
    for acting in _acting(body, inside, present):
        if any(m.start == acting.end() for m in inside):
            continue  # a name follows: the body :func:`_represented` reads
        role = next((r for pattern, r, _ in titles if pattern.match(body, acting.end())), "")
        if held := titled.usual_body(role) if role else "":
            found.append(held)
    return found


def _appositions(body: str, end: int, inside: list[Mention]) -> list[tuple[int, int]]:
    """(start, end) of the apposition after each name that has one in its sentence: a person's
    title ("X, président de l'ADCF et maire d'Annecy,"), a body's common noun ("les centres,
    membres du réseau national,")."""
    spans = []
    for mention in inside:
        if mention.type != "person" and _complement(body, mention):
            continue
        pattern = APPOSED if mention.type == "person" else NOUN_APPOSED
        apposed = pattern.match(body[: min(end, mention.end + 160)], mention.end)
        if apposed:
            spans.append((mention.end, apposed.end()))
    return spans


def _complement(body: str, mention: Mention) -> bool:
    """Whether a name stands after "de", the complement of a noun before it ("les services de
    l'Etat")."""
    return bool(COMPLEMENT.search(body, max(0, mention.start - 8), mention.start))


def _complement_apposed(body: str, end: int, mention: Mention, inside: list[Mention]) -> bool:
    """Whether a name is a complement followed by an apposition that names bodies: "les services
    de l'Etat, issus du SGAR et de la DREETS, étaient présents": the apposition names the
    subject's own, and the complement is not the noun the verb is of (the DREETS, followed by
    ", étaient présents, tout comme", is)."""
    apposed = NOUN_APPOSED.match(body[: min(end, mention.end + 160)], mention.end)
    return (
        _complement(body, mention)
        and apposed is not None
        and any(mention.end < other.start < apposed.end() for other in inside)
    )


def _participle_governs(body: str, listed: list[Mention]) -> list[Mention]:
    """The names of a participle clause that opens its sentence: up to the one after "et" ("Invités
    par le CGET, l'ANRU et l'ERU, les centres ..."), else the first: the name after its comma is
    the sentence's subject ("Invités par le CGET, les 19 CRPV ont ...")."""
    for index, mention in enumerate(listed[1:], 1):
        if re.search(r"\b(?:et|ainsi\s+que)\b", body[listed[index - 1].end : mention.start]):
            return listed[: index + 1]
    return listed[:1]


def _unique(statements: list[Statement]) -> list[Statement]:
    """One statement per triple (and role): the most confident, with its first evidence."""
    best: dict[tuple[str, str, str, str], Statement] = {}
    for statement in statements:
        key = (statement.subject, statement.predicate, statement.object, statement.role)
        if key not in best or statement.confidence > best[key].confidence:
            best[key] = statement
    return list(best.values())
