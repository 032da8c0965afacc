"""The centres as a group are one node and their national network another (issue 20, point 4).

"Les 19 centres de ressources se sont retrouvés" is said of the centres together; "préparée par
le Réseau National des CRPV" of the network. The data keeps the two apart, so that "the centres
are members of the network" can be said at all, and the shapes refuse the confusions: a network
typed as a collective, a collective of its own kind, relations between agents that point
elsewhere.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import Cli

IREV_2018 = "https://irev.fr/node/233726"
IREV_2021 = "https://irev.fr/actualites-0/regroupement-national-des-centres-de-ressources-politique-de-la-ville"
NETWORK_PAGE = "https://www.irev.fr/propos-de-lirev/le-reseau-national-des-centres-de-ressources-politique-de-la-ville"
VILLES_AU_CARRE_PORTAL = "https://www.villesaucarre.org/centres-de-ressources-des-facilitateurs-et-inspirateurs-de-terrain/"


def ask(cli: Cli, query: str) -> bool:
    result = cli("query", "-q", query, "--format", "json")
    assert result.exit_code == 0, result.output
    return bool(json.loads(result.stdout)["boolean"])


def test_the_centres_as_a_group_are_a_collective_of_centres_not_the_network(cli: Cli) -> None:
    assert ask(
        cli,
        """ASK { o:centres-de-ressources a crpv:Collective ;
        crpv:collectiveOf crpv:ResourceCentre ; skos:altLabel "CRPV"@fr ;
        skos:prefLabel "les centres de ressources politique de la ville"@fr ;
        rdfs:label "the urban-policy resource centres"@en }""",
    )
    assert not ask(cli, "ASK { o:centres-de-ressources a crpv:NationalNetwork }")
    assert not ask(cli, "ASK { o:reseau-national-crpv a crpv:Collective }")
    assert not ask(cli, "ASK { o:centres-de-ressources a crpv:ResourceCentre }")


def test_the_collective_is_defined_outside_the_two_primary_articles(cli: Cli) -> None:
    # The evaluation of issue 20 removes an article's own file: the collective must survive it.
    assert ask(
        cli,
        f"""ASK {{ GRAPH <{NETWORK_PAGE}> {{ o:centres-de-ressources a crpv:Collective ;
        crpv:collectiveOf crpv:ResourceCentre ; skos:prefLabel ?label }} }}""",
    )
    assert ask(
        cli,
        f"""ASK {{ GRAPH ?g {{ o:centres-de-ressources a crpv:Collective }}
        FILTER (?g NOT IN (<{IREV_2018}>, <{IREV_2021}>, <{NETWORK_PAGE}>)) }}""",
    )


def test_the_centres_are_members_of_the_network_where_a_source_says_the_network_of_the_19(
    cli: Cli,
) -> None:
    # Villes au Carré: "réseau national des 19 CRPV".
    assert ask(
        cli,
        f"""ASK {{ GRAPH <{VILLES_AU_CARRE_PORTAL}> {{
        o:centres-de-ressources org:memberOf o:reseau-national-crpv }} }}""",
    )


def test_the_centres_attend_the_meetings_and_the_network_only_prepares_them(cli: Cli) -> None:
    # Every "les centres ... se sont retrouvés" of the sources now reads as the centres; the
    # network keeps what the sources say of it: it prepared 2018. Of 2022 the fact sheet says
    # only "co-organised with ANCT", naming no other organiser, so the network is not one.
    assert not ask(cli, "ASK { ?event schema:attendee o:reseau-national-crpv }")
    for event in ("2018-06-rencontre-nationale", "2019-06-rencontre-nationale",
                  "2021-10-rencontre-nationale", "2022-10-rencontre-nationale",
                  "8e-rencontre-nationale-montpellier", "2024-10-regroupement-national"):  # fmt: skip
        assert ask(cli, f"ASK {{ ev:{event} schema:attendee o:centres-de-ressources }}"), event
    assert ask(
        cli, "ASK { ev:2018-06-rencontre-nationale schema:organizer o:reseau-national-crpv }"
    )
    assert not ask(
        cli, "ASK { ev:2022-10-rencontre-nationale schema:organizer o:reseau-national-crpv }"
    )
    assert ask(cli, "ASK { ev:2022-10-rencontre-nationale schema:organizer o:anct }")


#: Each of the confusions the shapes refuse, on the fixture dataset.
CONFUSED = """@prefix crpv: <https://w3id.org/crpv/ontology#> .
@prefix crpvg: <https://w3id.org/crpv/graph/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix o: <https://w3id.org/crpv/id/organization/> .
@prefix p: <https://w3id.org/crpv/id/person/> .
@prefix ev: <https://w3id.org/crpv/id/event/> .
crpvg:sources { <https://example.org/confused> a crpv:SourceDocument ; rdfs:label "Confused"@en . }
<https://example.org/confused> {
    o:network a crpv:Collective ; crpv:collectiveOf crpv:ResourceCentre .
    o:all-centres a crpv:Collective , crpv:ResourceCentre ; rdfs:label "Tous les centres"@fr ;
        crpv:collectiveOf crpv:ResourceCentre .
    o:centre-a crpv:partnerOf p:ada-dupont ; crpv:coordinatedBy ev:meeting-2021 ;
        crpv:invitedBy ev:meeting-2021 .
}
"""


def test_the_shapes_refuse_a_network_collective_a_collective_of_its_kind_and_stray_relations(
    cli: Cli, fixture_copy: Path
) -> None:
    (fixture_copy / "example.org--confused.trig").write_text(CONFUSED, encoding="utf-8")
    result = cli("--data", str(fixture_copy), "validate")
    assert result.exit_code == 1
    lines = result.output.splitlines()

    def reported(resource: str, shape: str) -> list[str]:
        return [line for line in lines if f"/{resource}>" in line and f"[shape:{shape}]" in line]

    assert any("is not a network" in line for line in reported("network", "Collective"))
    assert any("not one of the bodies" in line for line in reported("all-centres", "Collective"))
    assert any("two organisations" in line for line in reported("centre-a", "Partners"))
    assert any(
        "crpv:coordinatedBy points to" in line for line in reported("centre-a", "Coordination")
    )
    assert any(
        "crpv:invitedBy points to" in line for line in reported("centre-a", "AgentRelations")
    )
