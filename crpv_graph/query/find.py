"""Finding entities by name: what people type ("reso villes", "cget", "CR-DSU") to IRIs.

Every name of every entity is read by one query (``find-queries/names.rq``): display labels,
acronyms and other names (``skos:altLabel``), labels, and former names from renamings, as the
data states them. Names and the text searched are compared in a normal form (no accents, case,
punctuation, hyphens or bullets), so that "CR-DSU", "CR•DSU" and "crdsu" are one name. Ranking,
best first:

1. the text is the entity's display label;
2. the text is another of its names (an acronym, a former name);
3. every word of the text starts a word of one name ("Labo Cites", "institut regional");
4. every word is near a word of one name (one typo or two: rapidfuzz's ``ratio``, the
   library the project already uses to compare names in ``crpv_graph.ingest``).

Ties go to what people look for first (:data:`RANKS`: centres, organisations, people, events),
then to the label. Each entity is listed once, with the name that matched best.

>>> from crpv_graph.store import compiled
>>> [m.label for m in find(compiled.open_dataset().store, "reso villes", limit=1)]
['RésO Villes']
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
import shlex
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from crpv_graph.errors import CrpvError
from crpv_graph.namespaces import CRPV, PREFIXES
from crpv_graph.query.binding import expand_iri
from crpv_graph.query.execute import QueryResult, Target, execute
from crpv_graph.query.labels import compact
from crpv_graph.query.registry import NamedQuery, QueryError, load_queries
from crpv_graph.query.table import format_table

#: How much a kind of entity counts in the ranking: what people look for first (centres, bodies,
#: people, events) before the memberships and documents that mention them. Shared with the
#: site's search (:mod:`crpv_graph.site.search`).
RANKS = (
    (str(CRPV.ResourceCentre), 3.0),
    (PREFIXES["org"] + "Organization", 2.0),
    (PREFIXES["foaf"] + "Person", 2.0),
    (PREFIXES["schema"] + "Event", 1.5),
)
#: The score of each way of matching (see the module docstring); a prefix or fuzzy match adds
#: how much of the name it covers, less than 1.
EXACT_LABEL, EXACT_NAME, PREFIXES_MATCH, FUZZY = 4.0, 3.0, 2.0, 1.0
#: How close (rapidfuzz ratio, 0-100) a word must be to a word of a name to count as a typo.
TYPO_RATIO = 80.0
#: Words shorter than this are never fuzzy: "ab" is near too many words.
TYPO_MIN_LENGTH = 4
#: The longest text searched: a name is a few words, never a page.
MAX_TEXT = 200
#: The formats :func:`matches_text` writes.
FORMATS = ("table", "csv", "json")


class FindError(QueryError):
    """A search that cannot run: empty or too long a text, an unknown kind."""


class NothingFound(CrpvError):
    """No entity has a name like the text (the command line exits 1, as grep does)."""


@dataclass(frozen=True)
class Match:
    """An entity found by name: its IRI, display label, most specific class (``kind``, an
    IRI, with its French label), the name that matched and the match's score."""

    iri: str
    label: str
    kind: str
    kind_label: str
    matched: str
    score: float

    def as_json(self) -> dict[str, str | float]:
        """The match as JSON names it (``kindLabel``): the CLI's ``--format json`` and the
        server's ``/search``."""
        return {
            "iri": self.iri,
            "label": self.label,
            "kind": self.kind,
            "kindLabel": self.kind_label,
            "matched": self.matched,
            "score": self.score,
        }


@dataclass
class Entity:
    """What find knows of an entity: its display label, every name, every class (with its
    French label) and the specific ones."""

    label: str
    names: set[str]
    kinds: dict[str, str]  # every class -> French label
    specific: set[str]
    #: Each name with its normal form, the display label first: normalised once, when the
    #: index is read, not at each search (a search is then a few milliseconds).
    forms: tuple[tuple[str, str], ...] = ()

    def normalise(self) -> None:
        """Fill :attr:`forms` from the names."""
        ordered = sorted(self.names, key=lambda n: (n != self.label, n))
        self.forms = tuple((name, normal(name)) for name in ordered)


def normal(text: str) -> str:
    """A name in the form names are compared in: no accents, lower case, the ligatures written
    out, every run of other characters than letters and digits one space (hyphens, bullets,
    apostrophes...).

    >>> normal("RésO Villes"), normal("CR•DSU"), normal("l'Égalité des  territoires")
    ('reso villes', 'cr dsu', 'l egalite des territoires')
    >>> normal("Cœur de ville")
    'coeur de ville'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = plain.replace("œ", "oe").replace("æ", "ae")
    return " ".join(re.split(r"[^0-9a-z]+", plain)).strip()


def find_queries() -> Path:
    """The queries of find (``crpv_graph/query/find-queries``), none of them a named query."""
    return Path(str(resources.files("crpv_graph.query") / "find-queries"))


def names_query() -> NamedQuery:
    """The query reading every name of every entity."""
    return load_queries(find_queries())["names"]


@dataclass(frozen=True)
class NameIndex:
    """Every name of every entity of a dataset, read once and searched many times (the server
    keeps one for its lifetime: its dataset does not change under it)."""

    entities: Mapping[str, Entity]

    @functools.cached_property
    def vocabulary(self) -> frozenset[str]:
        """Every word of every name, in normal form."""
        return frozenset(w for e in self.entities.values() for _, f in e.forms for w in f.split())

    @classmethod
    def read(cls, result: QueryResult) -> NameIndex:
        """The index from the solutions of :func:`names_query`."""
        if not isinstance(result, ox.QuerySolutions):
            raise FindError("the names query gives solutions")
        entities: dict[str, Entity] = {}
        for row in result:
            entity, label, name, kind = row["entity"], row["label"], row["name"], row["kind"]
            if not isinstance(entity, ox.NamedNode) or not isinstance(kind, ox.NamedNode):
                continue
            found = entities.setdefault(entity.value, Entity(_text(label), set(), {}, set()))
            found.names.add(_text(name))
            found.kinds[kind.value] = _text(row["kindLabel"])
            if _text(row["specific"]) == "true":
                found.specific.add(kind.value)
        for found in entities.values():
            found.normalise()
        return cls(entities)

    def find(self, text: str, *, kind: str | None = None, limit: int = 10) -> list[Match]:
        """See :func:`find`."""
        wanted = normal(text)
        if len(text) > MAX_TEXT:
            raise FindError(f"a name to find has at most {MAX_TEXT} characters, got {len(text)}")
        if not wanted:
            raise FindError("find needs a name to look for, with at least one letter or digit")
        kind_iri = expand_iri(kind) if kind else None
        if kind_iri and not any(kind_iri in entity.kinds for entity in self.entities.values()):
            raise FindError(f"no entity is of the class {kind!r} (crpv:ResourceCentre is one)")
        near = nearness(wanted, self.vocabulary)
        matches = [
            (match, rank(entity.kinds))
            for iri, entity in self.entities.items()
            if kind_iri is None or kind_iri in entity.kinds
            for match in [_match(iri, entity, wanted, near)]
            if match is not None
        ]
        matches.sort(key=lambda m: (-m[0].score, -m[1], normal(m[0].label), m[0].iri))
        return [match for match, _ in matches[: max(limit, 0)]]

    def exact(self, text: str) -> list[Match]:
        """The entities one of whose names is ``text`` in normal form (no typo, no partial
        word): what a query parameter accepts in place of an IRI."""
        return [m for m in self.find(text, limit=len(self.entities)) if m.score >= EXACT_NAME]


def name_index(target: Target | str) -> NameIndex:
    """Every name of every entity of ``target``: the embedded store, an endpoint or an
    endpoint's URL."""
    if isinstance(target, str):
        from crpv_graph.query.remote import SparqlEndpoint  # only for a URL: it is heavier

        target = SparqlEndpoint(target)
    return NameIndex.read(execute(target, names_query().text))


def find(
    target: Target | str, text: str, *, kind: str | None = None, limit: int = 10
) -> list[Match]:
    """The entities a name designates, best first (see the module docstring), at most ``limit``.

    ``target`` is the embedded store, an endpoint or an endpoint's URL; ``kind`` (a class IRI
    or prefixed name, ``crpv:ResourceCentre``) keeps the entities of that class.

    >>> from crpv_graph.store import compiled
    >>> store = compiled.open_dataset().store
    >>> [(m.iri, m.kind_label, m.matched) for m in find(store, "cget", limit=1)]
    [('https://w3id.org/crpv/id/organization/cget', "agence ou service national de l'État", 'CGET')]
    """
    return name_index(target).find(text, kind=kind, limit=limit)


def named_params(query: NamedQuery, values: Mapping[str, str]) -> list[str]:
    """The ``iri`` parameters given a name rather than an IRI or prefixed name."""
    return [
        p.name
        for p in query.params
        if p.kind == "iri" and p.name in values and not is_iri(values[p.name])
    ]


def resolve_names(
    index: Callable[[], NameIndex],
    query: NamedQuery,
    values: Mapping[str, str],
    finder: Callable[[str], str] = lambda name: f"crpv-graph find {shlex.quote(name)}",
) -> dict[str, str]:
    """The values, each name given to an ``iri`` parameter replaced by the IRI of the one
    entity of that name (IRIs and prefixed names stay as they are, and ``index()`` is only
    called when there is a name): ``--param centre=IREV`` is ``--param centre=o:irev``.

    A name that several entities have, or none, is a :class:`~crpv_graph.query.QueryError`
    listing them, or saying where to find it (``finder(name)``: ``crpv-graph find NAME``).
    """
    resolved = dict(values)
    for name in named_params(query, values):
        value = values[name]
        found = index().exact(value) if normal(value) else []
        if not found:
            raise QueryError(
                f"parameter {name}: no entity is named {value!r}; give its IRI (o:irev) "
                f"or find it with: {finder(value)}"
            )
        if len(found) > 1:
            listed = "; ".join(f"{compact(m.iri)} ({m.label}, {m.kind_label})" for m in found)
            raise QueryError(
                f"parameter {name}: {len(found)} entities are named {value!r}: {listed}; "
                "pass the IRI of the one you mean"
            )
        resolved[name] = found[0].iri
    return resolved


def is_iri(value: str) -> bool:
    """Whether a parameter's value is written as an IRI or prefixed name (``<...>``, a known
    prefix, a scheme): such a value is bound as it always was, a malformed one refused as
    such; anything else is a name.

    >>> is_iri("o:irev"), is_iri("<http://example.org/x>"), is_iri("o:o riv"), is_iri("IREV")
    (True, True, True, False)
    """
    try:
        expand_iri(value)
    except QueryError:
        return False
    return True


def _text(term: object) -> str:
    return term.value if isinstance(term, ox.Literal) else ""


#: For each word of the text searched, how near each word of the index's names is to it: 100
#: for a word it starts, a rapidfuzz ratio for a typo, absent when neither.
Nearness = Mapping[str, Mapping[str, float]]


def _match(iri: str, entity: Entity, wanted: str, near: Nearness) -> Match | None:
    """How an entity's best name matches the normal text, or None."""
    best: tuple[float, str] | None = None
    for name, form in entity.forms:
        score = _score(wanted, form, near, is_label=name == entity.label)
        if score and (best is None or score > best[0]):
            best = (score, name)
    if best is None:
        return None
    kind = _kind(entity)
    return Match(iri, entity.label, kind, entity.kinds.get(kind, ""), best[1], round(best[0], 3))


def _score(wanted: str, name: str, near: Nearness, *, is_label: bool) -> float:
    """The score of a name for the text, both in normal form; 0 when it does not match.

    >>> def score(wanted, name, is_label=True):
    ...     return _score(wanted, name, nearness(wanted, name.split()), is_label=is_label)
    >>> score("labo cites", "labo cites"), score("crdsu", "cr dsu", is_label=False)
    (4.0, 3.0)
    >>> score("inst reg", "institut regional de la ville")
    2.28
    >>> score("profesion banlieue", "profession banlieue") > 1, score("zut", "labo cites")
    (True, 0.0)
    """
    if not name:
        return 0.0
    if wanted == name or wanted.replace(" ", "") == name.replace(" ", ""):
        return EXACT_LABEL if is_label else EXACT_NAME
    name_words = name.split()
    ratios = []
    for word in wanted.split():
        ratio = max((near[word].get(other, 0.0) for other in name_words), default=0.0)
        if not ratio:
            return 0.0
        ratios.append(ratio)
    coverage = min(len(wanted.replace(" ", "")) / len(name.replace(" ", "")), 1.0) * 0.999
    if min(ratios) == 100.0:
        return round(PREFIXES_MATCH + coverage, 3)
    return round(FUZZY + coverage * sum(ratios) / len(ratios) / 100, 3)


def nearness(wanted: str, vocabulary: Iterable[str]) -> dict[str, dict[str, float]]:
    """For each word of the normal text, the words of the vocabulary near it: 100 for a word it
    starts, the rapidfuzz ratio (at least :data:`TYPO_RATIO`) of a word a typo away (compared
    with as many letters of it, and one more, so that a word cut short still matches).

    >>> nearness("profesion cit", ["profession", "cites", "ville"])
    {'profesion': {'profession': 94.73684210526316}, 'cit': {'cites': 100.0}}
    """
    from rapidfuzz import fuzz  # here: `import crpv_graph` stays as quick as it was

    words = sorted(set(vocabulary))
    near: dict[str, dict[str, float]] = {}
    for word in dict.fromkeys(wanted.split()):
        found = near[word] = {}
        for other in words:
            if other.startswith(word):
                found[other] = 100.0
            elif len(word) >= TYPO_MIN_LENGTH:
                ratio = fuzz.ratio(word, other[: len(word) + 1], score_cutoff=TYPO_RATIO)
                if ratio:
                    found[other] = ratio
    return near


def rank(kinds: Iterable[str]) -> float:
    """How much an entity of these classes counts in the ranking (:data:`RANKS`).

    >>> rank([PREFIXES["org"] + "Organization", str(CRPV.Association)]), rank([])
    (2.0, 1.0)
    """
    classes = set(kinds)
    return next((value for cls, value in RANKS if cls in classes), 1.0)


def _kind(entity: Entity) -> str:
    """The entity's most telling class: a specific one, what people look for first
    (:data:`RANKS`: a centre that is also an association is shown as a centre), the project's
    own, then by label."""
    candidates = entity.specific or set(entity.kinds)
    return min(
        candidates,
        key=lambda c: (-rank([c]), not c.startswith(str(CRPV)), entity.kinds.get(c, ""), c),
    )


def matches_text(matches: Sequence[Match], fmt: str) -> str:
    """Matches as text: an aligned ``table`` for people (compact IRI, kind, label), or ``csv``
    and ``json`` with every field and full IRIs, for programs.

    >>> m = Match("https://w3id.org/crpv/id/organization/irev", "Institut régional de la ville",
    ...           "http://example.org/C", "centre", "IREV", 3.0)
    >>> print(matches_text([m], "table"), end="")
    iri    | kind   | label
    -------+--------+------------------------------
    o:irev | centre | Institut régional de la ville
    >>> print(matches_text([m], "csv"), end="")
    iri,label,kind,kindLabel,matched,score
    https://w3id.org/crpv/id/organization/irev,Institut régional de la ville,http://example.org/C,centre,IREV,3.0
    """
    if fmt == "json":
        return json.dumps([m.as_json() for m in matches], ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, ["iri", "label", "kind", "kindLabel", "matched", "score"])
        writer.writeheader()
        writer.writerows(m.as_json() for m in matches)
        return out.getvalue().replace("\r\n", "\n")
    rows = [
        [ox.Literal(compact(m.iri)), ox.Literal(m.kind_label), ox.Literal(m.label)] for m in matches
    ]
    return format_table(["iri", "kind", "label"], rows, {})
