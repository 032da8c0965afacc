"""The gold set of ``benchmarks/ingest/gold`` is sound: what its scores are measured against.

Each gold file annotates one text: mentions at character offsets of the article body, and the
statements the text makes, in the relations of issue 20's design. A wrong offset, an
IRI the graph lacks or a relation outside that list would silently lower every score, so they
are checked here, against the real dataset and its ontology.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from benchmarks.ingest.evaluate import check_gold
from crpv_graph.ingest import read_article
from crpv_graph.namespaces import PREFIXES
from crpv_graph.store import dataset
from tests.helpers import CHECKOUT

GOLD = CHECKOUT / "benchmarks" / "ingest" / "gold"
GOLD_FILES = sorted(GOLD.glob("*.json"))
ENTITY_BASE = PREFIXES["o"].removesuffix("organization/")

# Placeholders of the gold format: the reported event, and an entity the graph lacks.
EVENT = "EVENT"
NEW = "NEW:"

# Named before their branches of issue 20 are merged: the centres as a group (vocab branch,
# data/) and the general-assembly event class (events branch, ontology/crpv.ttl).
PENDING = {
    PREFIXES["o"] + "centres-de-ressources",
    PREFIXES["crpv"] + "GeneralAssembly",
}


def expand(name: str) -> str:
    prefix, local = name.split(":", 1)
    return PREFIXES[prefix] + local


# The relation types the ingest states and the gold annotates (issue 20's design).
RELATIONS = {
    expand(name)
    for name in (
        *("rdf:type", "schema:startDate", "schema:endDate", "schema:location"),
        *("schema:organizer", "schema:attendee", "crpv:hosts", "crpv:facilitates"),
        *("crpv:speaksAt", "crpv:opens", "crpv:invites", "crpv:presentsAt"),
        *("org:memberOf", "org:unitOf", "crpv:labelledBy", "crpv:centresLabelledBy"),
        *("schema:funder", "crpv:animatesNetwork", "crpv:partnerOf", "crpv:collaboratesWith"),
        *("crpv:coordinatedBy", "crpv:appointedBy", "crpv:invitedBy"),
        "crpv:activityTransferredTo",
    )
}
# Literal objects: ISO dates at the source's precision.
DATES = {
    expand("xsd:date"): r"\d{4}-\d{2}-\d{2}",
    expand("xsd:gYearMonth"): r"\d{4}-\d{2}",
    expand("xsd:gYear"): r"\d{4}",
}
TYPE, START = expand("rdf:type"), expand("schema:startDate")
#: schema.org's properties of an event: the event is their subject, never their object.
OF_AN_EVENT = {
    expand(f"schema:{name}")
    for name in ("organizer", "attendee", "startDate", "endDate", "location")
}
MEMBER_OF = expand("org:memberOf")
PERSON = expand("foaf:Person")
ROLES = ox.NamedNode(expand("crpv:roles"))
IN_SCHEME = ox.NamedNode(expand("skos:inScheme"))
SUBCLASS_OF = ox.NamedNode(expand("rdfs:subClassOf"))
RDF_TYPE = ox.NamedNode(TYPE)
SCHEMA_EVENT = ox.NamedNode(expand("schema:Event"))


def load(path: Path) -> dict[str, Any]:
    gold: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return gold


def text_path(gold: dict[str, Any]) -> Path:
    return (CHECKOUT / str(gold["text"])).resolve()


def entities(gold: dict[str, Any]) -> Iterator[str]:
    """Every graph IRI the file names: linked mentions, the event, statement ends."""
    yield from (m["entity"] for m in gold["mentions"] if m["entity"])
    if gold.get("event") and gold["event"]["iri"]:
        yield gold["event"]["iri"]
    for statement in gold["statements"]:
        for end in (statement["subject"], statement["object"]):
            if end.startswith(ENTITY_BASE):
                yield end


def described(store: ox.Store, iri: str) -> bool:
    return next(store.quads_for_pattern(ox.NamedNode(iri), None, None), None) is not None


def is_event_class(store: ox.Store, iri: str) -> bool:
    """``iri`` is schema:Event or one of its subclasses in the ontology."""
    seen: set[ox.NamedNode] = set()
    todo = [ox.NamedNode(iri)]
    while todo:
        node = todo.pop()
        if node == SCHEMA_EVENT:
            return True
        if node not in seen:
            seen.add(node)
            todo.extend(
                q.object
                for q in store.quads_for_pattern(node, SUBCLASS_OF, None)
                if isinstance(q.object, ox.NamedNode)
            )
    return False


@pytest.fixture(scope="module")
def store(real_dataset: dataset.LoadedDataset) -> ox.Store:
    return real_dataset.store


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_every_mention_spans_its_words_in_the_article_body(path: Path) -> None:
    gold = load(path)
    if not text_path(gold).is_file():
        pytest.skip(f"{gold['text']} absent (../shared/sources)")
    body = read_article(str(text_path(gold))).body
    for mention in gold["mentions"]:
        assert body[mention["start"] : mention["end"]] == mention["text"], mention
        assert mention["type"] in ("organization", "person"), mention
    starts = sorted((m["start"], m["end"]) for m in gold["mentions"])
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(starts)), "overlapping mentions"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_every_iri_of_the_gold_is_in_the_graph(path: Path, store: ox.Store) -> None:
    gold = load(path)
    missing = sorted(
        {iri for iri in entities(gold) if iri not in PENDING and not described(store, iri)}
    )
    assert not missing, f"not in the graph: {missing}"
    for name in gold["own_data_files"]:
        assert (CHECKOUT / name).is_file(), name
    kinds = [s["object"] for s in gold["statements"] if s["predicate"] == TYPE]
    if gold.get("event"):
        kinds.append(gold["event"]["kind"])
    for kind in kinds:
        assert kind in PENDING or is_event_class(store, kind), kind


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_statements_use_the_relations_of_issue_20(path: Path, store: ox.Store) -> None:
    gold = load(path)
    keys: set[tuple[str, str, str, str]] = set()
    for statement in gold["statements"]:
        subject, predicate, value = (
            statement["subject"],
            statement["predicate"],
            statement["object"],
        )
        assert predicate in RELATIONS, statement
        if predicate in OF_AN_EVENT:
            assert subject == EVENT or "/event/" in subject, statement
        literal = "datatype" in statement
        for end in (subject,) if literal else (subject, value):
            assert end == EVENT or end.startswith((NEW, "http")), statement
        if literal:
            assert re.fullmatch(DATES[statement["datatype"]], value), statement
        role = statement.get("role", "")
        if predicate == MEMBER_OF and described(store, subject):
            is_person = store.quads_for_pattern(
                ox.NamedNode(subject), RDF_TYPE, ox.NamedNode(PERSON)
            )
            # A person's membership carries its role; a body's membership has none (spec.md).
            assert bool(role) == (next(is_person, None) is not None), statement
        if role:
            assert predicate == MEMBER_OF, statement
            in_roles = store.quads_for_pattern(ox.NamedNode(role), IN_SCHEME, ROLES)
            assert next(in_roles, None) is not None, role
        key = (subject, predicate, value, role)
        assert key not in keys, f"twice: {key}"
        keys.add(key)
    if gold.get("event"):
        event = gold["event"]
        assert (EVENT, TYPE, event["kind"], "") in keys
        assert (EVENT, START, event["start"], "") in keys


def test_the_gold_set_has_at_least_15_texts_and_200_statements() -> None:
    golds = [load(path) for path in GOLD_FILES]
    assert len(golds) >= 15
    assert sum(len(gold["statements"]) for gold in golds) >= 200


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_held_out_texts_and_only_they_are_marked_held_out(path: Path) -> None:
    """A held-out text (``heldout-NN``), written blind to the rules, is marked with the number of
    its set (``"heldout": 1``) so that results.md scores each set on its own row; a text the
    rules were developed on is not marked."""
    gold = load(path)
    marked = gold.get("heldout", 0)
    assert isinstance(marked, int) and not isinstance(marked, bool), marked
    assert (marked >= 1) == path.stem.startswith("heldout-")
    check_gold(path, gold)


def test_the_held_out_set_has_at_least_8_texts_with_their_own_statements() -> None:
    held_out = [load(path) for path in GOLD_FILES if load(path).get("heldout")]
    assert len(held_out) >= 8
    assert all(gold["statements"] and gold["mentions"] for gold in held_out)
