"""The participation roles are declared once, in the ontology: a role declared there reaches the
named queries, the crpv:tookPartIn rule, the network projections and the ingest."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from crpv_graph import network
from crpv_graph.ingest import IngestError
from crpv_graph.ingest.extract import participation_roles
from crpv_graph.namespaces import CRPV
from crpv_graph.paths import default_ontology_dir
from crpv_graph.query import execute
from crpv_graph.store import dataset
from tests.helpers import FIXTURE_DATA, named_rows

SCHEMA = "https://schema.org/"
CHAIRS = """
crpv:chairs a owl:ObjectProperty ;
    rdfs:subPropertyOf crpv:participatesIn ;
    crpv:participationRole "chair" ;
    rdfs:label "préside"@fr , "chairs"@en ;
    rdfs:comment "L'agent préside la séance."@fr , "The agent chairs the session."@en ;
    rdfs:range schema:Event .
"""
CHAIRED = """@prefix crpv: <https://w3id.org/crpv/ontology#> .
@prefix crpvg: <https://w3id.org/crpv/graph/> .
@prefix o: <https://w3id.org/crpv/id/organization/> .
@prefix ev: <https://w3id.org/crpv/id/event/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
crpvg:sources { <https://example.org/chaired> a crpv:SourceDocument ; rdfs:label "Chaired"@en . }
<https://example.org/chaired> { o:network crpv:chairs ev:meeting-2021-round-table . }
"""


@pytest.fixture
def ontology(tmp_path: Path) -> Path:
    """A writable copy of the ontology."""
    copy = tmp_path / "ontology"
    shutil.copytree(default_ontology_dir(), copy)
    return copy


def test_the_ontology_declares_the_eight_roles_and_their_direction(
    real_dataset: dataset.LoadedDataset,
) -> None:
    roles = participation_roles(real_dataset.store)
    assert roles.properties == {
        "organiser": SCHEMA + "organizer",
        "participant": SCHEMA + "attendee",
        "inviter": str(CRPV.invites),
        "host": str(CRPV.hosts),
        "facilitator": str(CRPV.facilitates),
        "opener": str(CRPV.opens),
        "speaker": str(CRPV.speaksAt),
        "presenter": str(CRPV.presentsAt),
    }
    assert roles.event_first == {SCHEMA + "organizer", SCHEMA + "attendee"}


def test_a_role_declared_in_the_ontology_reaches_queries_rule_networks_and_ingest(
    ontology: Path, tmp_path: Path
) -> None:
    with (ontology / "crpv.ttl").open("a", encoding="utf-8") as turtle:
        turtle.write(CHAIRS)
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, data)
    (data / "example.org--chaired.trig").write_text(CHAIRED, encoding="utf-8")
    store = dataset.load(data, ontology).store

    rows = named_rows(store, "event-participants", event="ev:meeting-2021")
    assert {"agent": "o:network", "agentLabel": "Network", "role": "chair",
            "within": "https://w3id.org/crpv/id/event/meeting-2021-round-table",
            "source": "https://example.org/chaired"} in rows  # fmt: skip
    assert execute(store, "ASK { o:network crpv:tookPartIn ev:meeting-2021 }")
    graph = network.project(store, "event")
    event = "https://w3id.org/crpv/id/event/meeting-2021"
    assert graph.edges["https://w3id.org/crpv/id/organization/network", event]["relations"] == [
        "chair"
    ]
    assert participation_roles(store).properties["chair"] == str(CRPV.chairs)


def test_an_ontology_without_a_role_the_ingest_reads_is_a_one_line_error(ontology: Path) -> None:
    turtle = ontology / "crpv.ttl"
    text = turtle.read_text(encoding="utf-8")
    turtle.write_text(text.replace('crpv:participationRole "host" ;', ""), encoding="utf-8")
    store = dataset.load(FIXTURE_DATA, ontology).store
    with pytest.raises(IngestError, match="no participation role host"):
        participation_roles(store)
