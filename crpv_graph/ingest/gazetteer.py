"""What the graph already knows: its entities' names, and linking a mention to one of them.

A mention is normalised the way French names vary in print (case, accents, elisions, leading
articles, hyphens, typographic apostrophes), then looked up exactly; failing that, matched
fuzzily with rapidfuzz against the names of entities of the same type. When several entities
share a name, the article's year decides first (an entity founded after it, or merged away
before it, is less likely), then a collective ("les SGAR": all the bodies of a kind) over one
body that also goes by the kind's name, then how often the graph mentions each.

>>> normalise("l’École du Renouvellement-Urbain")
'ecole du renouvellement urbain'
>>> normalise("d'EPARECA"), normalise("Le CGET")
('epareca', 'cget')
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from rapidfuzz import fuzz, process

from crpv_graph.ingest.acronyms import initials_of, is_acronym
from crpv_graph.namespaces import PREFIXES
from crpv_graph.query import NamedQuery, Target, load_queries, text_rows

TYPES = ("organization", "person", "place", "event", "partnership", "work")
"""The types of entity a mention may name; a named partnership ("Pacte de Dijon") and a work (a
programme, a framework document) are known so that their names are not read as bodies'."""
FUZZY_CUTOFF = 88.0
ARTICLE = re.compile(r"^(?:les|le|la|l['’])\s*(?=\w\w)", re.IGNORECASE)
LEADING_WORDS = re.compile(
    r"^(?:(?:l|d|qu|j)'|(?:le|la|les|du|des|de la|de l|de|au|aux|un|une)\s+)+"
)


def normalise(text: str) -> str:
    """Lower case, no accents, no elision or leading article, single spaces."""
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[-‐–—_/·•.]", " ", text)
    text = re.sub(r"[^\w' ]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    previous = None
    while previous != text:
        previous, text = text, LEADING_WORDS.sub("", text).strip()
    return text


def first_word(name: str) -> str:
    """The first word of a name, normalised, its article dropped ("L'École du ..." -> "ecole")."""
    words = re.findall(r"\w+", normalise(name).replace("'", " "))
    words = [w for w in words if w not in ("l", "le", "la", "les")]
    return words[0] if words else ""


def acronym_key(name: str) -> str:
    """An acronym's normalised name without what joins its parts, so that print's "SG-CIV" and
    "SGCIV" are one name; "" for a name that is no acronym.

    >>> acronym_key("SG-CIV"), acronym_key("du SGCIV"), acronym_key("Question de ville")
    ('sgciv', 'sgciv', '')
    """
    word = re.sub(r"^.*[\s'’]", "", name.strip())  # after an article: "le SG-CIV", "l'ANCT"
    if not is_acronym(word) or normalise(word) != normalise(name):
        return ""
    return normalise(word).replace(" ", "")


def plural(name: str) -> str:
    """The plural of a French noun phrase's head word, for collective names.

    >>> plural("centre de ressources politique de la ville"), plural("CRPV")
    ('centres de ressources politique de la ville', 'CRPV')
    """
    head, _, rest = name.partition(" ")
    if not rest or head.isupper() or head.endswith(("s", "x")):
        return name
    return f"{head}s {rest}"


def without_parent(name: str, parent: str) -> str:
    """A unit's name without the name of the body it belongs to, which print often puts
    elsewhere ("la direction X au sein de l'ANCT"); "" if the name does not end with it, or
    too little is left to be a name (two words at least).

    >>> without_parent("direction générale déléguée politique de la ville de l'ANCT", "ANCT")
    'direction générale déléguée politique de la ville'
    >>> without_parent("DVCU du CGET", "CGET"), without_parent("direction de l'ANCT", "CGET")
    ('', '')
    """
    match = re.fullmatch(
        r"(?P<unit>.+?)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|à\s+la|à\s+l['’]|au)\s*"
        + re.escape(parent),
        name.strip(),
        re.IGNORECASE,
    )
    if match is None or len(match.group("unit").split()) < 2:
        return ""
    return match.group("unit")


OWN_NAME = re.compile(r"[a-zà-ÿ]+\s+(?P<name>[A-ZÀ-Ý][\w'’-]*(?:\s+[\w'’-]+)+)")


def own_name(name: str) -> str:
    """A unit's own name after the common noun of its kind, "" if it has none: the "direction
    Ville et cohésion urbaine" is called "Ville et cohésion urbaine" after a title ("directeur
    Ville et cohésion urbaine au CGET"), a name of two words or more printed capitalised.

    >>> own_name("direction Ville et cohésion urbaine"), own_name("conseil d'administration")
    ('Ville et cohésion urbaine', '')
    """
    match = OWN_NAME.fullmatch(name.strip())
    return match.group("name") if match else ""


def kind_names(labels: Iterable[str]) -> set[str]:
    """The normalised names of kinds of organisation, from the vocabulary's labels: a label
    that spells its acronym in brackets gives both.

    >>> sorted(kind_names(["groupement d'intérêt public (GIP)", "préfecture"]))
    ['gip', "groupement d'interet public", 'prefecture']
    """
    names: set[str] = set()
    for label in labels:
        match = re.fullmatch(r"(?P<name>.+?)\s*\((?P<acronym>[^()]+)\)", label.strip())
        parts = [match.group("name"), match.group("acronym")] if match else [label]
        names.update(normalise(part) for part in parts)
    return names - {""}


@dataclass
class Entity:
    """An entity of the graph, with its names."""

    iri: str
    type: str
    names: set[str] = field(default_factory=set)
    first_year: int | None = None
    last_year: int | None = None
    statements: int = 0
    collective: bool = False  # all the bodies of a kind (crpv:collectiveOf)
    region: str | None = None  # the region a body serves (crpv:servesRegion), or a region's own

    @property
    def label(self) -> str:
        """The longest name: the most explicit one, for a reviewer."""
        return max(self.names, key=lambda name: (len(name), name)) if self.names else self.iri


@dataclass(frozen=True)
class Link:
    """The entity a mention refers to, and how sure the linker is (1.0 for an exact name)."""

    entity: Entity
    score: float


def ingest_queries_dir() -> Path:
    """The directory of the ingest's SPARQL queries."""
    return Path(str(resources.files("crpv_graph.ingest")))


def ingest_query(name: str) -> NamedQuery:
    """One of the ingest's SPARQL queries (``crpv_graph/ingest/NAME.rq``)."""
    return load_queries(ingest_queries_dir())[name]


class Gazetteer:
    """The graph's entities by normalised name, built once from a store or an endpoint.

    ``collectives`` maps the entity of the resource centres as a group to the national network
    that counts them ("" if the graph has none); ``kinds`` holds the normalised names of the
    vocabulary's kinds of organisation (:func:`kind_names`), which say what a body is, not which;
    ``roles`` the normalised French titles of its roles ("premier ministre"), some of which are
    also the name of a body; ``heads`` the first words of its names of bodies of two words or
    more ("comité interministériel des villes", "Caisse des Dépôts"): the nouns that open a
    body's name in French (:meth:`opens_a_name`); ``nouns`` the words its names of bodies print
    in lower case and no name of a person holds ("ressources", "ville", "agence"), which say
    that a name is a body's (:meth:`holds_a_noun`); ``tails`` the ends of its names of bodies
    that open with a word in lower case after another ("politique de la ville" in "centre de
    ressources politique de la ville"): what bodies work on (:meth:`a_common_phrase`).
    """

    def __init__(
        self,
        entities: Iterable[Entity],
        collectives: dict[str, str] | None = None,
        kinds: Iterable[str] = (),
        roles: Iterable[str] = (),
    ) -> None:
        self.entities = {entity.iri: entity for entity in entities}
        self.collectives = dict(collectives or {})
        self.kinds = frozenset(kinds)
        self.roles = frozenset(roles)
        self.by_name: dict[str, list[Entity]] = {}
        for entity in self.entities.values():
            for name in entity.names:
                for key in {normalise(name), acronym_key(name)} - {""}:
                    if entity not in self.by_name.setdefault(key, []):
                        self.by_name[key].append(entity)
        self.heads = frozenset(
            normalise(name).split(" ")[0]
            for entity in self.entities.values()
            if entity.type == "organization"
            for name in entity.names
            if " " in name.strip()
        )
        in_people = {
            word for entity in self.entities.values() if entity.type == "person"
            for name in entity.names for word in normalise(name).split()
        }  # fmt: skip
        self.nouns = (
            frozenset(
                normalise(word)
                for entity in self.entities.values()
                if entity.type == "organization"
                for name in entity.names
                for word in name.split()
                if word[:1].islower() and word.isalpha() and len(word) > 3
            )
            - in_people
        )
        self.tails = frozenset(
            normalise(" ".join(words[at:]))
            for entity in self.entities.values()
            if entity.type == "organization"
            for words in (name.split() for name in entity.names)
            for at in range(1, len(words))
            if words[at][:1].islower() and words[at - 1][:1].islower()
        )
        # each tail's openings of two words or more, for :meth:`a_common_phrase`
        self._tail_openings = frozenset(
            " ".join(words[:count])
            for words in (tail.split() for tail in self.tails)
            for count in range(2, len(words) + 1)
        )
        self._choices = {
            kind: [key for key, found in self.by_name.items() if any(e.type == kind for e in found)]
            for kind in TYPES
        }

    @classmethod
    def from_graph(cls, target: Target) -> Gazetteer:
        """Read every organisation, person, place and event name of the graph."""
        entities: dict[str, Entity] = {}
        for row in text_rows(target, ingest_query("names")):
            entity = entities.setdefault(row["entity"], Entity(row["entity"], row["type"]))
            entity.names.add(row["name"])
            if row["from"]:
                entity.first_year = int(row["from"])
            if row["until"]:
                entity.last_year = int(row["until"])
        collectives: dict[str, str] = {}
        for row in text_rows(target, ingest_query("collective")):
            # "CRPV", "les centres de ressources politique de la ville", "les SGAR": all the
            # bodies of a kind. The plural only: "un centre de ressources" is one of them.
            entity = entities.setdefault(row["entity"], Entity(row["entity"], "organization"))
            entity.collective = True
            if row["name"]:
                entity.names.add(plural(row["name"]))
            collectives[row["entity"]] = max(collectives.get(row["entity"], ""), row["network"])
        for row in text_rows(target, ingest_query("regions")):
            if row["entity"] in entities:
                entities[row["entity"]].region = row["region"]
        shortened: dict[str, set[tuple[str, str]]] = {}
        owned: dict[str, set[str]] = {}  # unit IRI -> its own names (:func:`own_name`)
        for row in text_rows(target, ingest_query("unit-names")):
            short = without_parent(row["name"], row["parentName"])
            if short and row["entity"] in entities:
                shortened.setdefault(normalise(short), set()).add((row["entity"], short))
            if (own := own_name(row["name"])) and row["entity"] in entities:
                owned.setdefault(row["entity"], set()).add(own)
        # "service Politique de la ville": words other names hold ("centre de ressources
        # politique de la ville") name what the unit works on, not the unit. The graph's names
        # are normalised once, before any own name joins them.
        if owned:
            named = [(e.iri, f" {normalise(n)} ") for e in entities.values() for n in e.names]
            for iri, owns in owned.items():
                for own in owns:
                    words = f" {normalise(own)} "
                    if not any(words in name for holder, name in named if holder != iri):
                        entities[iri].names.add(own)
        for found in shortened.values():
            # "conseil d'administration" without "de l'ORIV" or "de l'ANCT": an organ every
            # body has is a name of none of them once its parent is left out.
            if len({iri for iri, _ in found}) == 1:
                for iri, short in found:
                    entities[iri].names.add(short)
        for row in text_rows(target, ingest_query("mentions-count")):
            if row["entity"] in entities:
                entities[row["entity"]].statements = int(row["statements"])
        kinds = kind_names(row["name"] for row in text_rows(target, ingest_query("kinds")))
        roles = {normalise(row["label"]) for row in text_rows(target, ingest_query("roles"))}
        return cls(entities.values(), collectives, kinds, roles)

    def names(self, kind: str) -> list[tuple[str, Entity]]:
        """Every (name, entity) of a type, for the entity ruler; a name that opens with an
        article ("les CRPV") without it, as a mention is printed ("les 19 CRPV", "des CRPV").

        >>> Gazetteer([Entity("https://example.org/c", "organization", {"les CRPV"})]).names(
        ...     "organization")[0][0]
        'CRPV'
        """
        return [
            (name, entity)
            for entity in self.entities.values()
            if entity.type == kind
            for name in sorted({ARTICLE.sub("", name) or name for name in entity.names})
        ]

    def opens_a_name(self, name: str) -> bool:
        """Whether a name opens with a noun that opens the graph's own names of bodies ("comité
        interministériel pour la modernisation de l'action publique", "caisse d'allocations
        familiales"), not with one that names places or programmes ("quartiers prioritaires").

        >>> gazetteer = Gazetteer([Entity("https://example.org/c", "organization",
        ...                               {"comité interministériel des villes"})])
        >>> gazetteer.opens_a_name("comité de pilotage"), gazetteer.opens_a_name("quartiers")
        (True, False)
        """
        return normalise(name).split(" ")[0] in self.heads

    def holds_a_noun(self, name: str) -> bool:
        """Whether a capitalised word of a name is a common noun of the graph's names of bodies
        that no person's name holds: "Trajectoire Ressources" (as in "centre de ressources") is
        a body's name, whatever the model reads.

        >>> gazetteer = Gazetteer([Entity("https://example.org/c", "organization",
        ...                               {"centre de ressources"})])
        >>> gazetteer.holds_a_noun("Trajectoire Ressources"), gazetteer.holds_a_noun("Anne Dupont")
        (True, False)
        """
        return any(normalise(word) in self.nouns for word in name.split() if word[:1].isupper())

    def holds_a_body(self, name: str) -> bool:
        """Whether a name holds the name of an organisation of the graph ("nouveau cadre de
        référence des centres de ressources politique de la ville"): print names such a work
        after the body, which is then the mention.

        >>> gazetteer = Gazetteer([Entity("https://example.org/c", "organization", {"CRPV"})])
        >>> gazetteer.holds_a_body("charte des CRPV"), gazetteer.holds_a_body("Pacte de Dijon")
        (True, False)
        """
        words = f" {normalise(name)} "
        return any(f" {key} " in words for key in self._choices["organization"])

    def a_common_phrase(self, name: str) -> bool:
        """Whether a name is words the graph's names of bodies print in lower case after their
        head ("politique de la ville" in "centre de ressources politique de la ville",
        "cohésion sociale"): what bodies work on, not a body, however a heading or an event's
        title capitalises it ("la Journée Régionale de la Politique de la Ville").

        >>> gazetteer = Gazetteer([Entity("https://example.org/c", "organization",
        ...                               {"centre de ressources politique de la ville"})])
        >>> gazetteer.a_common_phrase("Politique de la Ville")
        True
        >>> gazetteer.a_common_phrase("Ressources Ville"), gazetteer.a_common_phrase("Ressources")
        (False, False)
        """
        phrase = normalise(name)
        if " " not in phrase:
            return False  # "École": one word may open a body's name as well ("l'École du ...")
        return phrase in self._tail_openings

    def holds_words(self, words: str) -> bool:
        """Whether the graph's names of bodies print these words together, whatever their case:
        "Politique de la ville" is a phrase of "centre de ressources politique de la ville", so
        a name the model cut before "de la ville" goes on to it.

        >>> gazetteer = Gazetteer([Entity("https://example.org/c", "organization",
        ...                               {"centre de ressources politique de la ville"})])
        >>> gazetteer.holds_words("Politique de la ville"), gazetteer.holds_words("Ville de Nantes")
        (True, False)
        """
        phrase = f" {normalise(words)} "
        return any(phrase in f" {key} " for key in self._choices["organization"])

    def link(self, mention: str, kind: str | None = None, year: int | None = None) -> Link | None:
        """The entity a mention names, or None for an entity the graph does not know.

        ``kind`` restricts the candidates to a type; ``year`` is the article's year.
        """
        key = normalise(mention)
        if not key:
            return None
        named = self.by_name.get(key) or self.by_name.get(acronym_key(mention), [])
        exact = [e for e in named if kind is None or e.type == kind]
        if exact:
            return Link(self._best(exact, year), 1.0)
        spelt = self._spelling(mention) if kind in (None, "organization") else []
        if spelt:
            return Link(self._best(spelt, year), 0.9)
        # "PQN-A", which the graph calls "PQA" but whose IRI was made from this very acronym
        spelled = self.entities.get(PREFIXES["o"] + slug(mention)) if is_acronym(mention) else None
        if spelled is not None and kind in (None, spelled.type):
            return Link(spelled, 1.0)
        if len(key) <= 5 or (" " not in key and kind != "person"):
            return None  # acronyms and single words only match exactly
        kinds = [kind] if kind else list(TYPES)
        best: Link | None = None
        for candidate_kind in kinds:
            found = process.extractOne(
                key, self._choices[candidate_kind], scorer=fuzz.token_sort_ratio,
                score_cutoff=FUZZY_CUTOFF,
            )  # fmt: skip
            if found is None:
                continue
            candidates = [e for e in self.by_name[found[0]] if e.type == candidate_kind]
            link = Link(self._best(candidates, year), round(found[1] / 100, 3))
            if best is None or link.score > best.score:
                best = link
        return best

    def _spelling(self, name: str) -> list[Entity]:
        """The bodies whose acronym a name spells ("Agence nationale pour la rénovation
        urbaine": the graph's "ANRU"), when the graph knows the acronym and not the name.

        >>> gazetteer = Gazetteer([Entity("https://example.org/anru", "organization", {"ANRU"})])
        >>> [e.iri for e in gazetteer._spelling("l'Agence nationale pour la rénovation urbaine")]
        ['https://example.org/anru']
        """
        return [
            entity
            for initials in initials_of(name)
            for entity in self.by_name.get(initials, [])
            if entity.type == "organization"
            and any(acronym_key(known) == initials for known in entity.names)
        ]

    @staticmethod
    def _best(candidates: list[Entity], year: int | None) -> Entity:
        def rank(entity: Entity) -> tuple[int, int, int, str]:
            existed = True
            if year is not None:
                if entity.first_year is not None and entity.first_year > year:
                    existed = False
                if entity.last_year is not None and entity.last_year < year:
                    existed = False
            # A kind's bare name ("SGAR") is all of them, not the one that also goes by it.
            return (0 if existed else 1, 0 if entity.collective else 1, -entity.statements,
                    entity.iri)  # fmt: skip

        return min(candidates, key=rank)


def slug(name: str) -> str:
    """The words of a name as the project's IRIs spell them: normalised, without articles and
    prepositions, joined by hyphens ("" for none).

    >>> slug("Pays et Quartiers de Nouvelle-Aquitaine"), slug("PQN-A")
    ('pays-quartiers-nouvelle-aquitaine', 'pqn-a')
    """
    words = [
        w
        for w in normalise(name).replace("'", " ").split()
        if w not in {"de", "des", "du", "la", "le", "les", "et", "l", "d"}
    ]
    return "-".join(words)[:60].strip("-")
