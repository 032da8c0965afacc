"""What the independent audit found (issue 14), each fix asked through ``crpv-graph query``.

Every expected answer is written from the source text (the fact sheet line quoted in the
comment). Each test failed on main before the fix, except the 2022 year of Bourron's
appointment and Mariani's interim, fixed on main beforehand and kept here so it cannot come
back. The SHACL tests add one wrong file to the small fixture dataset and expect
``crpv-graph validate`` to name the shape that catches that kind of error.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import Cli, query_rows

O = "https://w3id.org/crpv/id/organization/"
P = "https://w3id.org/crpv/id/person/"
BATIACTU = "https://batiactu.com/edito/lelysee-choisit-prefete-anne-claire-mialot-diriger-62865.php"
CITOYENS_94 = "https://94.citoyens.com/2021/anne-claire-mialot-nommee-directrice-generale-de-lanru,09-12-2021.html"
GAZETTE_PREVOST = "https://www.lagazettedescommunes.com/995345/agence-nationale-de-cohesion-des-territoires-un-nouveau-dg-pour-le-gros-temps"
AEF_BOURRON = "https://www.aefinfo.fr/depeche/682545-le-parlement-valide-largement-la-nomination-de-stanislas-bourron-propose-a-la-direction-generale-de-l-anct"
ZEPROS_BOURRON = (
    "https://territorial.zepros.fr/femmes-hommes/stanislas-bourron-nouveau-directeur-general-anct"
)
DOCSLIB_95 = "https://docslib.org/doc/5986945/lire-notre-rapport-dactivit%C3%A9-2018"


def ask(cli: Cli, query: str) -> bool:
    result = cli("query", "-q", query, "--format", "json")
    assert result.exit_code == 0, result.output
    return bool(json.loads(result.stdout)["boolean"])


def select(cli: Cli, query: str) -> list[dict[str, str]]:
    return query_rows(cli, "-q", query)


# --- statements the sources do not support --------------------------------------------------


def test_mialot_proposal_is_a_proposal_and_her_post_has_one_interval(cli: Cli) -> None:
    # facts.md §3 ANRU: Batiactu reports "a proposal (the President 'envisage de nommer' her,
    # subject to the votes of Parliament), not the appointment itself, which the 94.citoyens
    # page dates to December 2021".
    assert not ask(
        cli,
        f"ASK {{ GRAPH <{BATIACTU}> {{ ?m a org:Membership ; org:member p:anne-claire-mialot }} }}",
    )
    assert ask(
        cli,
        f"""ASK {{ GRAPH <{BATIACTU}> {{
        ?p a crpv:ProposedAppointment ; crpv:proposedPerson p:anne-claire-mialot ;
           crpv:proposedOrganization o:anru ; crpv:proposedRole role:director-general ;
           crpv:proposalDate "--10-28"^^xsd:gMonthDay ; crpv:proposer o:elysee }} }}""",
    )
    rows = select(
        cli,
        """SELECT ?interval WHERE {
        m:anne-claire-mialot--anru--director-general org:memberDuring ?interval }""",
    )
    assert len(rows) == 1
    assert ask(
        cli,
        f"""ASK {{ GRAPH <{CITOYENS_94}> {{ m:anne-claire-mialot--anru--director-general
        org:memberDuring/time:hasBeginning/time:inXSDgYearMonth "2021-12"^^xsd:gYearMonth }} }}""",
    )


def test_prevost_is_proposed_not_in_post(cli: Cli) -> None:
    # facts.md §3 ANCT: "on 24 July the Élysée *started the appointment process* for him ... he
    # 'is to arrive'. A proposal, not yet an appointment: the source gives no start date".
    assert not ask(cli, "ASK { ?m a org:Membership ; org:member p:henri-prevost }")
    assert ask(
        cli,
        f"""ASK {{ GRAPH <{GAZETTE_PREVOST}> {{
        ?p a crpv:ProposedAppointment ; crpv:proposedPerson p:henri-prevost ;
           crpv:proposedOrganization o:anct ; crpv:proposalDate "--07-24"^^xsd:gMonthDay ;
           crpv:proposer o:elysee }} }}""",
    )


def test_bourron_proposal_and_the_two_favourable_opinions(cli: Cli) -> None:
    # facts.md §3 ANCT: AEF, November 2022: "the Assemblée nationale's favourable vote on his
    # proposed appointment after his hearing on Wednesday 16 November 2022 (36 for, 1 against),
    # the Senate committee having approved two weeks earlier; the decree was to follow."
    rows = select(
        cli,
        f"""SELECT ?by ?opinion ?for ?against WHERE {{ GRAPH <{AEF_BOURRON}> {{
        ?p a crpv:ProposedAppointment ; crpv:proposedPerson p:stanislas-bourron ;
           crpv:proposedOrganization o:anct ; crpv:proposedRole role:director-general .
        ?o crpv:opinionOn ?p ; crpv:givenBy ?by ; crpv:opinion ?opinion .
        OPTIONAL {{ ?o crpv:votesFor ?for ; crpv:votesAgainst ?against }} }} }} ORDER BY ?by""",
    )
    assert rows == [
        {"by": O + "assemblee-nationale", "opinion": "favourable", "for": "36", "against": "1"},
        {"by": O + "senat", "opinion": "favourable", "for": "", "against": ""},
    ]
    assert not ask(cli, f"ASK {{ GRAPH <{AEF_BOURRON}> {{ ?m a org:Membership }} }}")
    assert ask(
        cli,
        f"""ASK {{ GRAPH <{AEF_BOURRON}> {{ ?e schema:attendee p:stanislas-bourron ;
        schema:startDate "2022-11-16"^^xsd:date }} }}""",
    )


def test_bourron_appointment_and_mariani_interim_are_2022(cli: Cli) -> None:
    # facts.md §3/§6: the JO of 2 December and the interim from August: "The year is 2022 (AEF,
    # November 2022)". (Fixed on main before issue 14; kept so that it cannot come back.)
    rows = select(
        cli,
        f"""SELECT DISTINCT ?year WHERE {{ GRAPH <{ZEPROS_BOURRON}> {{
        ?instant crpv:inferredYear ?year }} }}""",
    )
    assert [r["year"] for r in rows] == ["2022"]


def test_pole_ressources_95_began_working_in_the_yvelines_it_does_not_cover_them(cli: Cli) -> None:
    # facts.md §2: "Val-d'Oise (95); started work in the Yvelines in 2018" (docslib).
    assert not ask(cli, "ASK { o:pole-ressources-95 crpv:coversTerritory dep:78 }")
    assert ask(
        cli,
        f"""ASK {{ GRAPH <{DOCSLIB_95}> {{ o:pole-ressources-95 crpv:beganWorkingIn dep:78 ;
        crpv:qualifiedOutreach [ crpv:territory dep:78 ;
            crpv:during/time:hasBeginning/time:inXSDgYear "2018"^^xsd:gYear ] }} }}""",
    )
    rows = query_rows(cli, "centres-by-territory", "--param", "region=reg:11")
    assert {r["via"] for r in rows if r["centre"] == O + "pole-ressources-95"} == {
        "https://w3id.org/crpv/id/departement/95"
    }


def test_animation_only_where_a_source_says_it(cli: Cli) -> None:
    # Banque des Territoires 2019: "dont il assure l'animation nationale". The 2018 IREV article
    # ("à l'invitation du CGET"), Strasbourg 2022 ("co-organisée avec l'ANCT") and the ANCT page
    # ("labellisés par l'ANCT") say invitation, co-organisation and labelling.
    rows = select(cli, "SELECT ?body ?g WHERE { GRAPH ?g { ?body crpv:animatesNetwork ?n } }")
    assert [(r["body"], r["g"]) for r in rows] == [
        (
            O + "cget",
            "https://banquedesterritoires.fr/les-centres-de-ressources-de-la-politique-de-la-ville-lheure-de-la-revoyure-des-contrats-de-ville",
        )
    ]
    assert ask(cli, "ASK { o:reseau-national-crpv crpv:centresLabelledBy o:anct }")
    assert ask(cli, "ASK { o:cget crpv:invites ev:2018-06-rencontre-nationale }")


# --- modelling errors --------------------------------------------------------------------------


def test_one_iri_per_prefecture_jallet_served_in_six(cli: Cli) -> None:
    # facts.md §6 Jallet: "served in prefectures in Avignon, Lyon, Auch and the Val-d'Oise"
    # (tendanceouest); "chief of staff to the préfet of Vaucluse, secretary-general of the Gers
    # prefecture and sous-préfet in Lyon" (rcf); préfet of the Orne, then of the Sarthe.
    rows = select(
        cli,
        """SELECT DISTINCT ?prefecture WHERE {
        ?m org:member p:sebastien-jallet .
        { ?m org:organization ?prefecture } UNION { ?m crpv:postIn ?prefecture }
        ?prefecture a crpv:Prefecture } ORDER BY ?prefecture""",
    )
    assert [r["prefecture"].rsplit("/", 1)[1] for r in rows] == [
        "prefecture-gers", "prefecture-lyon", "prefecture-orne", "prefecture-sarthe",
        "prefecture-val-d-oise", "prefecture-vaucluse",
    ]  # fmt: skip
    assert not ask(cli, "ASK { { o:prefecture-auch ?p ?o } UNION { ?s ?p o:prefecture-avignon } }")


def test_prefets_are_members_of_the_state(cli: Cli) -> None:
    # One way: préfet, préfet délégué, sous-préfet = a membership of o:etat (data-model).
    rows = select(
        cli,
        """SELECT DISTINCT ?person ?org WHERE {
        ?m org:role ?role ; org:member ?person ; org:organization ?org .
        VALUES ?role { role:prefet role:prefet-delegue role:sous-prefet } } ORDER BY ?person""",
    )
    assert {r["org"] for r in rows} == {O + "etat"}
    assert {r["person"].rsplit("/", 1)[1] for r in rows} == {
        "bernard-fraigneau", "daniel-barnier", "emmanuel-aubry", "francis-idrac", "kleber-arhoul",
        "sebastien-jallet",
    }  # fmt: skip
    assert not ask(cli, 'ASK { o:sgar-11 rdfs:label "préfecture de région"@fr }')


def test_annecy_before_and_after_the_2017_merger(cli: Cli) -> None:
    # facts.md §6 Rigaut: "Mayor of Annecy from 2007 to 2020" (laradioplus); "In January 2017
    # he was elected mayor of the new merged commune of Annecy (six communes merged)" (francebleu).
    rows = query_rows(cli, "successions", "--param", "body=o:ville-d-annecy")
    assert [(r["original"], r["resulting"]) for r in rows] == [
        (O + "ancienne-commune-d-annecy", O + "ville-d-annecy")
    ]
    rows = select(
        cli,
        """SELECT DISTINCT ?org ?begin ?end WHERE { GRAPH <https://www.laradioplus.com/news/locales/124626/municipales-a-annecy-jean-luc-rigaut-un-candidat-qui-veut-redonner-du-sens-aux-politiques-publiques?zone_id=33> {
        ?m org:member p:jean-luc-rigaut ; org:role role:mayor ; org:organization ?org .
        OPTIONAL { ?m org:memberDuring/time:hasBeginning/time:inXSDgYear ?begin }
        OPTIONAL { ?m org:memberDuring/time:hasEnd/time:inXSDgYear ?end } } }
        ORDER BY ?org""",
    )
    assert [(r["org"].rsplit("/", 1)[1], r["begin"], r["end"]) for r in rows] == [
        ("ancienne-commune-d-annecy", "2007", ""),
        ("ville-d-annecy", "", "2020"),
    ]


def test_the_dreets_and_the_sgar_are_collectives_not_services(cli: Cli) -> None:
    # facts.md §4: one SGAR per region; "12 DREETS + 1 DRIEETS + 4 DEETS" [inferred] (the build
    # mints them from the regions). "Les référents ... des services régionaux de l'État (SGAR,
    # DREETS)" (IREV 2021) is a reference to all of them.
    counts = {r["class"]: r["entities"] for r in query_rows(cli, "class-counts")}
    assert (
        counts["https://w3id.org/crpv/ontology#DREETS"],
        counts["https://w3id.org/crpv/ontology#SGAR"],
    ) == ("12", "18")
    assert ask(cli, "ASK { o:dreets a crpv:ServiceCollective ; crpv:collectiveOf crpv:DREETS }")
    assert not ask(
        cli,
        "ASK { VALUES ?c { o:dreets o:sgar o:deets } { ?c a crpv:StateRegionalService } UNION { ?c crpv:servesRegion ?r } }",
    )
    assert not ask(
        cli, "ASK { ?s a crpv:StateRegionalService FILTER NOT EXISTS { ?s crpv:servesRegion ?r } }"
    )


def test_no_blank_node_people_memberships_or_organisations(cli: Cli) -> None:
    # data-model: "people, memberships and organisations are IRIs, never blank nodes".
    assert not ask(
        cli,
        """ASK { { ?x a foaf:Person } UNION { ?x a org:Membership }
        UNION { ?x a org:Organization } UNION { ?m org:member ?x } UNION { ?m org:organization ?x }
        FILTER isBlank(?x) }""",
    )
    rows = query_rows(cli, "leadership", "--param", "centre=o:ville-caraibe")
    assert [(r["person"], r["name"], r["begin"]) for r in rows] == [
        ("", "le premier directeur", "2007-10-22")
    ]


def test_legal_forms_the_sources_state(cli: Cli) -> None:
    # oriv.org: "it became an association in 1996"; villesaucarre.fr: "A trial association";
    # villecaraibe.com: "It is an association"; villesetterritoireslr.fr: "The founding assembly
    # of the association"; fact sheet part 3 (nosdeputes.fr, 11 April 2013): Profession Banlieue
    # "constituée en association depuis 1993", the CRPVE an "association créée en 2001".
    rows = query_rows(cli, "centres")
    forms = {
        r["centre"].rsplit("/", 1)[1]
        for r in rows
        if r["fact"] == "legal form" and r["value"].endswith("/association")
    }
    assert forms == {
        "oriv", "villes-au-carre", "ville-caraibe", "villes-et-territoires-occitanie",
        "profession-banlieue", "crpv-essonne",
    }  # fmt: skip


# --- SHACL: each kind of error is caught -----------------------------------------------------

HEADER = """@prefix crpv: <https://w3id.org/crpv/ontology#> .
@prefix crpvg: <https://w3id.org/crpv/graph/> .
@prefix o: <https://w3id.org/crpv/id/organization/> .
@prefix p: <https://w3id.org/crpv/id/person/> .
@prefix m: <https://w3id.org/crpv/id/membership/> .
@prefix role: <https://w3id.org/crpv/id/role/> .
@prefix reg: <https://w3id.org/crpv/id/region/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix time: <http://www.w3.org/2006/time#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
crpvg:sources { <https://example.org/wrong> a crpv:SourceDocument ; rdfs:label "wrong"@en ;
    dcterms:language "en" . }
<https://example.org/wrong> {
    o:a a crpv:PublicBody ; rdfs:label "A"@en .
    p:x a foaf:Person ; foaf:name "X" ; rdfs:label "X" .
    role:director a skos:Concept ; skos:prefLabel "director"@en ; skos:inScheme crpv:roles .
    crpv:roles a skos:ConceptScheme .
"""
INTERVAL = (
    '[ a time:Interval ; time:inside [ a time:Instant ; time:inXSDgYear "2020"^^xsd:gYear ] ]'
)
WRONG = {
    "post and proposal on one membership": (
        "shape:Membership",
        f"""
    m:x a org:Membership , crpv:ProposedAppointment ; rdfs:label "X"@en ; org:member p:x ;
        org:organization o:a ; org:role role:director ; org:memberDuring {INTERVAL} ;
        crpv:proposedPerson p:x ; crpv:proposedOrganization o:a ; crpv:proposedRole role:director .""",
    ),
    "regional service without a region": (
        "shape:RegionalService",
        """
    o:some-dreets a crpv:DREETS ; rdfs:label "Some DREETS"@en .""",
    ),
    "blank-node person": (
        "shape:Person",
        f"""
    m:x a org:Membership ; rdfs:label "X"@en ; org:member [ a foaf:Person ; rdfs:label "?" ] ;
        org:organization o:a ; org:role role:director ; org:memberDuring {INTERVAL} .""",
    ),
    "blank-node membership": (
        "shape:Membership",
        f"""
    [] a org:Membership ; rdfs:label "X"@en ; org:member p:x ;
        org:organization o:a ; org:role role:director ; org:memberDuring {INTERVAL} .""",
    ),
    "two organisations with the same label and type": (
        "shape:DistinctOrganisations",
        """
    o:b a crpv:PublicBody ; rdfs:label "A"@en .""",
    ),
}


@pytest.mark.parametrize("kind", sorted(WRONG))
def test_validate_catches(cli: Cli, fixture_copy: Path, kind: str) -> None:
    shape, body = WRONG[kind]
    assert cli("--data", str(fixture_copy), "validate").exit_code == 0
    (fixture_copy / "example.org--wrong.trig").write_text(HEADER + body + "\n}\n", encoding="utf-8")
    result = cli("--data", str(fixture_copy), "validate")
    assert result.exit_code != 0
    assert shape in result.output, result.output
