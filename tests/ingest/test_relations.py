"""Relations between the bodies and people one sentence names, read from the French cues of
``cues.toml``; titles read from appositions; the centres as a group kept apart from the national
network; participants only where the sentence says they took part.

Every sentence is written from a line of ../shared/facts.md or facts-part3.md (cited above it),
never from memory.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from crpv_graph.ingest import Ingester
from crpv_graph.ingest.article import Article
from crpv_graph.ingest.draft import Draft
from crpv_graph.ingest.recognise import Mention
from crpv_graph.ingest.relations import listed_after, load_cues, relations
from crpv_graph.ingest.statements import Statement
from crpv_graph.ingest.titles import TitledBodies
from crpv_graph.namespaces import CRPV, PREFIXES
from crpv_graph.store import dataset
from tests.helpers import CHECKOUT, SHARED, Cli

O, P, ROLE = PREFIXES["o"], PREFIXES["p"], PREFIXES["role"]
ORG, SCHEMA = PREFIXES["org"], PREFIXES["schema"]
CENTRES = O + "centres-de-ressources"
NETWORK = O + "reseau-national-crpv"
ARTICLE_2021 = SHARED / "sources" / "2021-11-02-irev-regroupement-national-crpv.txt"

# A small graph that has the entity of the centres as a group (spec of issue 20), with bodies
# the fact sheet names: until the data holds that entity, the collective is tested here.
SMALL_GRAPH = """\
@prefix crpv: <https://w3id.org/crpv/ontology#> .
@prefix crpvg: <https://w3id.org/crpv/graph/> .
@prefix o: <https://w3id.org/crpv/id/organization/> .
@prefix obs: <https://w3id.org/crpv/id/observation/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

crpvg:sources {
    <https://example.org/centres> a crpv:SourceDocument ; rdfs:label "Test"@fr .
}
<https://example.org/centres> {
    o:centres-de-ressources a crpv:Collective , org:Organization ;
        crpv:collectiveOf crpv:ResourceCentre ;
        rdfs:label "les centres de ressources politique de la ville"@fr .
    o:reseau-national-crpv a crpv:NationalNetwork ;
        rdfs:label "réseau national des CRPV"@fr ;
        crpv:centreCount obs:count .
    obs:count a crpv:NetworkSizeObservation ; schema:value 19 .
    o:anct a crpv:NationalAgency ; rdfs:label "ANCT"@fr .
    o:cget a crpv:NationalAgency ; rdfs:label "CGET"@fr .
    o:question-de-ville a crpv:Association ; rdfs:label "Question de ville"@fr .
}
"""


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Ingester:
    data = tmp_path_factory.mktemp("small") / "data"
    data.mkdir()
    (data / "example.org--centres.trig").write_text(SMALL_GRAPH, encoding="utf-8")
    return Ingester.from_graph(dataset.load(data).store)


def draft(ingester: Ingester, text: str, date: str = "2024-01-01") -> Draft:
    return ingester.draft(Article(body=text, url="https://example.org/t", date=date))


def said(ingester: Ingester, text: str, date: str = "2024-01-01") -> set[tuple[str, str, str]]:
    """(subject, relation, object) of each statement the ingest proposes for ``text``."""
    statements = draft(ingester, text, date).extraction.statements
    return {(s.subject, s.relation, s.object) for s in statements}


def memberships(ingester: Ingester, text: str) -> set[tuple[str, str, str]]:
    """(person, organisation, role) of each title the ingest reads in ``text``."""
    statements = draft(ingester, text).extraction.statements
    return {(s.subject, s.object, s.role) for s in statements if s.relation == "memberOf"}


# --- one test per cue family ---------------------------------------------------------------


def test_labelled_by_names_the_labelling_body(ingester: Ingester) -> None:
    # facts.md: Normanvilles "was labelled by the CGET in 2015".
    found = said(ingester, "Normanvilles a été labellisé par le CGET en 2015.")
    assert (O + "normanvilles", "labelledBy", O + "cget") in found


@pytest.mark.parametrize(
    "text",
    [
        "La labellisation de Normanvilles par le CGET remonte à 2015.",
        "Normanvilles a obtenu en 2015 la labellisation du CGET.",
    ],
)
def test_a_labelling_said_with_the_noun_names_the_labelling_body(
    ingester: Ingester, text: str
) -> None:
    # facts.md: Normanvilles "was labelled by the CGET in 2015".
    assert (O + "normanvilles", "labelledBy", O + "cget") in said(ingester, text)


@pytest.mark.parametrize(
    ("text", "labelled", "labeller"),
    [
        # facts.md §1, row "after Oct 2023 (ANCT)": 20 centres, 4 overseas, labelled by the ANCT
        (
            "L'ANCT réunit les centres à Lille. Le réseau national des CRPV compte vingt centres, "
            "dont quatre outre-mer, tous labellisés par l'agence.",
            NETWORK,
            O + "anct",
        ),
        # facts.md §2 Normanvilles: "It was labelled by the CGET in 2015"
        (
            "Le CGET anime la politique de la ville. Normanvilles a été labellisé par le "
            "commissariat en 2015.",
            O + "normanvilles",
            O + "cget",
        ),
        (
            "Le CGET anime la politique de la ville. En 2015, Normanvilles a obtenu le label du "
            "commissariat.",
            O + "normanvilles",
            O + "cget",
        ),
    ],
)
def test_a_noun_of_bodies_as_the_labeller_is_the_body_of_that_name_named_before(
    ingester: Ingester, text: str, labelled: str, labeller: str
) -> None:
    found = {(s.subject, s.object) for s in draft(ingester, text).extraction.statements}
    assert (labelled, labeller) in found


def test_a_noun_of_bodies_for_a_body_the_graph_lacks_names_no_new_body(ingester: Ingester) -> None:
    text = (
        "L'Association des maires de Bretagne soutient les centres. Le CGET a labellisé "
        "l'association en 2015."
    )
    assert not any("NEW:association" in (s, o) for s, _r, o in said(ingester, text))


@pytest.mark.parametrize("agency", ["l'agence régionale de santé", "l'agence de Caen"])
def test_a_noun_of_bodies_named_or_qualified_after_is_another_labeller(
    ingester: Ingester, agency: str
) -> None:
    text = f"L'ANCT réunit les centres. Normanvilles a été labellisé par {agency} en 2015."
    assert not any(r == "labelledBy" for _s, r, _o in said(ingester, text))


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        # facts.md §2 Normanvilles: "It was labelled by the CGET in 2015"
        (
            "C'est le CGET qui, en 2015, avait accordé son label à Normanvilles.",
            (O + "normanvilles", "labelledBy", O + "cget"),
        ),
        (
            "Le CGET, en 2015, a labellisé Normanvilles.",
            (O + "normanvilles", "labelledBy", O + "cget"),
        ),
        (
            "Normanvilles, en 2015, a été labellisé par le CGET.",
            (O + "normanvilles", "labelledBy", O + "cget"),
        ),
        # facts.md §2 IREV: "IREV hosts a centre on the prevention of social radicalisation"
        ("L'IREV, depuis 2018, héberge le CRPRS.", (O + "crprs", "unitOf", O + "irev")),
    ],
)
def test_a_time_set_apart_by_commas_keeps_a_subject_with_its_verb(
    ingester: Ingester, text: str, statement: tuple[str, str, str]
) -> None:
    assert statement in said(ingester, text)


@pytest.mark.parametrize(
    "text",
    [
        # the verb's subject is the person; the body only completes the noun
        "La directrice de l'ORIV, en 2015, a rejoint le réseau RECI.",
        "Le directeur du CGET, en 2015, a labellisé l'ORIV.",
    ],
)
def test_a_time_set_apart_by_commas_after_a_nouns_complement_leaves_the_body_out(
    ingester: Ingester, text: str
) -> None:
    found = said(ingester, text)
    assert not any(relation in ("memberOf", "labelledBy") for _s, relation, _o in found)


def test_the_centres_labelled_as_a_group_is_said_of_the_network(small: Ingester) -> None:
    # facts.md: "By 2023 the labelling body is the ANCT."
    statements = draft(small, "Les CRPV sont labellisés par l'ANCT.").extraction.statements
    found = {(s.subject, s.predicate, s.object) for s in statements}
    assert (NETWORK, str(CRPV.centresLabelledBy), O + "anct") in found
    assert not any(s.subject == CENTRES and s.relation == "labelledBy" for s in statements)


def test_coordinated_by_takes_the_coordinator_not_a_body_named_after_it(small: Ingester) -> None:
    # facts.md: Question de Ville "coordinated the 19 centres, with the CGET, to build the
    # national portal".
    found = said(small, "Les 19 CRPV, coordonnés par Question de ville avec le CGET, ont "
                        "construit le portail national.")  # fmt: skip
    assert (CENTRES, "coordinatedBy", O + "question-de-ville") in found
    assert (CENTRES, "coordinatedBy", O + "cget") not in found


def test_animated_at_national_level_is_coordination_not_facilitation(small: Ingester) -> None:
    # facts.md: "The CGET ran the national network of CRPVs (bilan 2018, published 2019)."
    found = said(small, "En 2019, les CRPV étaient animés au niveau national par le CGET.")
    assert (CENTRES, "coordinatedBy", O + "cget") in found
    assert not any(relation == "facilitates" for _s, relation, _o in found)


def test_animating_the_network_is_said_of_the_network(ingester: Ingester) -> None:
    # facts.md: "The CGET ran the national network of CRPVs."
    found = said(ingester, "Le CGET assure l'animation nationale du réseau national des CRPV.")
    assert (O + "cget", "animatesNetwork", NETWORK) in found


def test_appointed_by_reads_a_list_of_people(ingester: Ingester) -> None:
    # facts-part3.md §5: Cécile Dublanche was "missionnée" by Yves Dauge, Michel Lussault and
    # Michel Didier.
    found = said(ingester, "Cécile Dublanche a été missionnée par Yves Dauge, Michel Lussault "
                           "et Michel Didier.")  # fmt: skip
    for person in ("yves-dauge", "michel-lussault", "michel-didier"):
        assert (P + "cecile-dublanche", "appointedBy", P + person) in found


def test_an_invitation_is_a_relation_and_the_inviters_role_at_a_reported_event(
    small: Ingester,
) -> None:
    # facts.md: "the 19 CRPVs met in Paris on 14–15 June (2018), at the CGET's invitation, for
    # their annual gathering".
    plain = "Les centres de ressources politique de la ville se sont retrouvés à Paris, à " \
            "l'invitation du CGET."  # fmt: skip
    assert (CENTRES, "invitedBy", O + "cget") in said(small, plain)
    dated = "Les 14 et 15 juin 2018, les centres de ressources politique de la ville se sont " \
            "retrouvés à Paris, à l'invitation du CGET, pour leur regroupement annuel."  # fmt: skip
    found = said(small, dated, "2018-06-20")
    assert (O + "cget", "invites", "EVENT") in found
    assert ("EVENT", "attendee", CENTRES) in found
    assert (CENTRES, "invitedBy", O + "cget") in found


def test_a_purpose_phrase_between_the_invited_and_the_invitation_keeps_them_related(
    small: Ingester,
) -> None:
    # facts.md: "the 19 CRPVs met in Paris on 14–15 June (2018), at the CGET's invitation, for
    # their annual gathering"; "pour leur regroupement" is no clause, unlike "pour" + a verb.
    found = said(small, "Les 14 et 15 juin 2018, les 19 CRPV se sont retrouvés à Paris pour "
                        "leur regroupement annuel, à l'invitation du CGET.")  # fmt: skip
    assert (CENTRES, "invitedBy", O + "cget") in found


def test_partners_listed_before_the_cue_are_each_partners(ingester: Ingester) -> None:
    # facts.md: "At the 2022 Strasbourg gathering, the national partners named were CNFPT, CNV,
    # Bpifrance and IRDSU."
    found = said(ingester, "Le CNFPT, le CNV, Bpifrance et l'IRDSU, partenaires nationaux du "
                           "réseau national des CRPV, étaient à Strasbourg.")  # fmt: skip
    partners = {(s, o) for s, relation, o in found if relation == "partnerOf"}
    assert partners == {
        tuple(sorted((O + body, NETWORK))) for body in ("cnfpt", "cnv", "bpifrance", "irdsu")
    }


def test_collaboration_in_lien_avec_is_symmetric(ingester: Ingester) -> None:
    # facts.md: the Pôle ressources (95) "began reaching out to actors in the Yvelines, with the
    # CGET and the regional prefecture".
    found = said(ingester, "Le Pôle ressources Ville et développement social a commencé en 2018 "
                           "à intervenir dans les Yvelines en lien avec le CGET.")  # fmt: skip
    assert (O + "cget", "collaboratesWith", O + "pole-ressources-95") in found


@pytest.mark.parametrize("cue", ["conjointement avec", "en étroite collaboration avec"])
def test_working_jointly_with_a_body_is_collaboration(ingester: Ingester, cue: str) -> None:
    # facts.md: "That 2018 meeting was prepared jointly by the CGET, the Réseau National des
    # CRPV and Question de ville."
    found = said(ingester, f"En 2018, le CGET a préparé la rencontre {cue} Question de ville.")
    assert (O + "cget", "collaboratesWith", O + "question-de-ville") in found


def test_avec_a_body_opening_the_sentence_is_collaboration_with_its_subject(
    ingester: Ingester,
) -> None:
    # facts.md: Question de Ville "co-published a report with the Fédération des centres
    # sociaux, supported by the SGCIV" (2012).
    found = said(ingester, "Avec la Fédération des centres sociaux, Question de ville a publié "
                           "un rapport en 2012.")  # fmt: skip
    assert (O + "federation-centres-sociaux", "collaboratesWith", O + "question-de-ville") in found
    # Support is not the body itself, nor is "avec" inside the sentence.
    found = said(ingester, "Avec le soutien du SGCIV, Question de ville a publié un rapport. "
                           "Question de ville a publié, avec la Fédération des centres sociaux, "
                           "un rapport.")  # fmt: skip
    assert not any(relation == "collaboratesWith" for _s, relation, _o in found)


def test_avec_after_a_time_and_before_il_is_collaboration_with_the_body_spoken_of(
    ingester: Ingester,
) -> None:
    # facts.md: Question de Ville "co-published a report with the Fédération des centres
    # sociaux" (2012); "il" is the body the text is about, not a person named just before; the
    # acronym in brackets ends the name.
    found = said(ingester, "Question de ville réunit les directeurs des centres. Question de "
                           "ville anime leur réseau. En 2012, avec la Fédération des centres "
                           "sociaux (FCSF), il a publié un rapport.")  # fmt: skip
    assert (O + "federation-centres-sociaux", "collaboratesWith", O + "question-de-ville") in found
    found = said(ingester, "Question de ville a reçu Catherine Foret. En 2012, avec la "
                           "Fédération des centres sociaux, elle a publié un rapport.")  # fmt: skip
    assert not any(relation == "collaboratesWith" for _s, relation, _o in found)


@pytest.mark.parametrize(
    "text",
    [
        "RésO Villes est installé à Nantes. En 2006, l'association répondait à un appel à "
        "projets de la DIACT, avec le CRPV Paca et Pays et Quartiers d'Aquitaine (PQA).",
        "En 2006, RésO Villes a répondu avec le CRPV Paca et PQA à l'appel à projets de la DIACT.",
        "En 2006, RésO Villes a candidaté avec le CRPV Paca et PQA à un appel de la DIACT.",
    ],
)
def test_a_call_for_projects_answered_with_bodies_is_collaboration_with_each(
    ingester: Ingester, text: str
) -> None:
    # facts.md §9, CRPV Paca (2006): "it answered a DIACT call for projects together with RésO
    # Villes and PQA".
    found = said(ingester, text)
    for other in ("crpv-paca", "pqn-a"):
        assert (O + other, "collaboratesWith", O + "reso-villes") in found


@pytest.mark.parametrize(
    "text",
    [
        # an interview: the answers are to questions, no call for projects
        "Le directeur de l'ORIV répond à nos questions avec l'IREV.",
        "Le CGET a répondu à la demande de l'ORIV avec l'IREV.",
    ],
)
def test_an_answer_with_a_body_to_no_call_is_no_collaboration(
    ingester: Ingester, text: str
) -> None:
    assert not any(relation == "collaboratesWith" for _s, relation, _o in said(ingester, text))


def test_a_call_answered_with_a_bodys_support_is_no_collaboration(ingester: Ingester) -> None:
    found = said(ingester, "En 2006, RésO Villes a répondu avec le soutien de la DIACT à un appel.")
    assert not any(relation == "collaboratesWith" for _s, relation, _o in found)


@pytest.mark.parametrize(
    "text",
    [
        "En 2017, Villes au Carré a transféré son activité en Poitou-Charentes à PQA.",
        "En 2017, Villes au Carré a cédé son activité en Poitou-Charentes à PQA.",
        "Le transfert de l'activité de Villes au Carré en Poitou-Charentes à PQA date de 2017.",
    ],
)
def test_a_transfer_of_activity_goes_from_the_old_body_to_the_new(
    ingester: Ingester, text: str
) -> None:
    # facts.md: "From 2017 it [Villes au Carré] ... handed its Poitou-Charentes work to PQA."
    assert (O + "villes-au-carre", "activityTransferredTo", O + "pqn-a") in said(ingester, text)


@pytest.mark.parametrize(
    "text",
    [
        "L'ANCT est issue de la fusion du CGET, de l'EPARECA et de l'Agence du numérique.",
        "L'ANCT est issue du regroupement du CGET, de l'EPARECA et de l'Agence du numérique.",
        # an item of the body's card, the body named by the card's heading
        "L'ANCT en bref\n• un établissement public de l'État\n• issu du regroupement du CGET, "
        "de l'EPARECA et de l'Agence du numérique",
    ],
)
def test_a_body_born_of_a_merger_takes_over_the_activity_of_each(
    ingester: Ingester, text: str
) -> None:
    # facts.md 186: "The ANCT merges the CGET, EPARECA and the Agence du numérique"; 188: "grouped
    # CGET, EPARECA and the Agence du numérique".
    found = said(ingester, text)
    for body in ("cget", "epareca", "agence-du-numerique"):
        assert (O + body, "activityTransferredTo", O + "anct") in found


@pytest.mark.parametrize(
    "text",
    [
        # facts.md, CGET: the CIMAP "decided to create a CGET by early 2014. It was to merge the
        # SG-CIV, the Acsé and the DATAR"; "the CGET replaces the Datar, SG-CIV and Acsé".
        "En 2013, le CIMAP a décidé de créer le CGET en fusionnant le SG-CIV, l'Acsé et la DATAR.",
        "Selon le projet de décret, le CGET remplace la DATAR, le SG-CIV et l'Acsé.",
        "Le CGET est né en 2014 de la fusion de la DATAR, du SG-CIV et de l'Acsé.",
    ],
)
def test_a_body_made_by_merging_or_replacing_others_takes_over_their_activity(
    ingester: Ingester, text: str
) -> None:
    found = said(ingester, text)
    for body in ("sg-civ", "acse", "datar"):
        assert (O + body, "activityTransferredTo", O + "cget") in found


def test_bodies_merged_into_a_unit_hand_it_their_activity(ingester: Ingester) -> None:
    # facts.md, CGET: "SG-CIV and Acsé were merged into its direction de la Ville et de la
    # Cohésion urbaine (DVCU)". The body "au sein de" which they merge is not one of them.
    found = said(ingester, "Au sein du CGET, le SG-CIV et l'Acsé ont été fusionnés dans la "
                           "direction de la Ville et de la Cohésion urbaine.")  # fmt: skip
    for body in ("sg-civ", "acse"):
        assert (O + body, "activityTransferredTo", O + "cget-dvcu") in found
    assert (O + "cget", "activityTransferredTo", O + "cget-dvcu") not in found


def test_a_body_replaced_by_another_hands_it_its_activity(ingester: Ingester) -> None:
    # facts.md, CGET: "a central-administration service replaced in 2020 by the ANCT".
    found = said(ingester, "Service d'administration centrale, le CGET a été remplacé en 2020 "
                           "par l'ANCT.")  # fmt: skip
    assert (O + "cget", "activityTransferredTo", O + "anct") in found


def test_a_body_that_ends_in_favour_of_another_hands_it_its_activity(ingester: Ingester) -> None:
    # facts.md: the CGET "replaces the Datar, SG-CIV and Acsé"; EPARECA "was merged into the
    # ANCT on 1 January 2020"; the CGET "replaced in 2020 by the ANCT".
    for text, before, after in (
        ("En 2014, la DATAR s'efface au profit du CGET.", "datar", "cget"),
        ("L'Acsé a disparu en 2014 au profit du CGET.", "acse", "cget"),
        ("L'EPARECA, dissous le 1er janvier 2020 au profit de l'ANCT, avait son siège à Lille.",
         "epareca", "anct"),
        ("Le CGET est supprimé au profit de l'ANCT, opérationnelle depuis le 1er janvier 2020.",
         "cget", "anct"),
    ):  # fmt: skip
        assert (O + before, "activityTransferredTo", O + after) in said(ingester, text)


def test_a_records_predecessors_and_successor_hand_over_the_activity(ingester: Ingester) -> None:
    # facts.md, CGET: it "replaces the Datar, SG-CIV and Acsé"; "replaced in 2020 by the ANCT".
    record = ("Nom : Commissariat général à l'égalité des territoires\nSigle : CGET\n"
              "Prédécesseurs : DATAR\nSuccesseur : Agence nationale de la cohésion des "
              "territoires (ANCT)")  # fmt: skip
    listed = ("Commissariat général à l'égalité des territoires (CGET)\n- Créé en 2014 ; "
              "organismes précédents : DATAR, SG-CIV, Acsé\n- Remplacé par : ANCT")  # fmt: skip
    prose = ("Le CGET est créé en 2014. Il a pour prédécesseurs la DATAR, le SG-CIV et l'Acsé. "
             "Son successeur, l'ANCT, est créé en 2020.")  # fmt: skip
    heir = "Le CGET est un service du Premier ministre. Le CGET a pour successeur l'ANCT."
    moved = "activityTransferredTo"
    for text in (record, listed, prose):
        found = said(ingester, text)
        assert {(O + "datar", moved, O + "cget"), (O + "cget", moved, O + "anct")} <= found
    for text in (listed, prose):
        assert (O + "acse", moved, O + "cget") in said(ingester, text)
    assert (O + "cget", moved, O + "anct") in said(ingester, heir)


def test_a_persons_successor_takes_over_no_activity(ingester: Ingester) -> None:
    # facts.md, Profession Banlieue: Bénédicte Madelin, director for twenty-one years.
    found = said(ingester, "Profession Banlieue a été dirigée par Bénédicte Madelin. Elle a "
                           "passé le relais à son successeur, Damien Bertrand.")  # fmt: skip
    assert not any(relation == "activityTransferredTo" for _s, relation, _o in found)


def test_an_action_for_the_benefit_of_a_body_hands_over_no_activity(ingester: Ingester) -> None:
    # facts.md: the CGET and the centres; a call for projects "au profit des" centres.
    found = said(ingester, "Le CGET a lancé un appel à projets au profit de l'IREV.")
    assert not any(relation == "activityTransferredTo" for _s, relation, _o in found)


def test_a_person_replacing_another_hands_over_no_activity(ingester: Ingester) -> None:
    # facts.md, CGET: "Marie-Caroline Bonnet-Galzy had replaced Éric Delzant".
    found = said(ingester, "Marie-Caroline Bonnet-Galzy a remplacé Éric Delzant au CGET.")
    assert not any(relation == "activityTransferredTo" for _s, relation, _o in found)


def test_a_label_received_after_a_quoted_full_name_is_the_bodys(ingester: Ingester) -> None:
    # facts.md, Normanvilles: "labelled by the CGET in 2015"; its full name, quoted.
    found = said(ingester, "Normanvilles, ou « centre de ressources politique de la ville et "
                           "développement territorial de Normandie », a obtenu en 2015 le "
                           "label du CGET.")  # fmt: skip
    assert (O + "normanvilles", "labelledBy", O + "cget") in found


def test_il_is_the_body_the_text_is_about_when_no_one_was_named(ingester: Ingester) -> None:
    # facts.md: Villes au Carré "became the 16th CRPV" (2009); "From 2017 it [...] handed its
    # Poitou-Charentes work to PQA."
    found = said(ingester, "En 2009, Villes au Carré devient le 16e centre de ressources. Depuis "
                           "2017, le centre ne couvre plus que le Centre-Val de Loire. Cette "
                           "année-là, il a transmis son activité en Poitou-Charentes à PQA.")  # fmt: skip
    assert (O + "villes-au-carre", "activityTransferredTo", O + "pqn-a") in found
    # After a person, "elle" may be hers: no body is made the subject.
    found = said(ingester, "Murielle Maffessoli dirige l'ORIV. Elle est aussi membre du réseau "
                           "RECI.")  # fmt: skip
    assert (O + "oriv", "memberOf", O + "reci") not in found


def test_ces_structures_are_the_bodies_counted_before(ingester: Ingester) -> None:
    # facts.md: the network counted "currently 18" CRPVs in March 2017; "The centres grew out
    # of local initiatives and are labelled by the State."
    found = said(ingester, "Le réseau compte actuellement 18 CRPV. Ces structures sont nées "
                           "d'initiatives locales et sont labellisées par l'Etat.")  # fmt: skip
    assert (NETWORK, "centresLabelledBy", O + "etat") in found
    # "Ils" after one body named alone is not that body.
    found = said(ingester, "Le CGET a publié le bilan. Ils sont labellisés par l'Etat.")
    assert not any(relation == "labelledBy" for _s, relation, _o in found)


def test_a_directorate_of_a_body_is_its_unit(ingester: Ingester) -> None:
    # The 2021 IREV article (../shared/sources): "les équipes de la direction générale déléguée
    # Politique de la ville au sein de l'ANCT"; facts.md: the DGD PV is the ANCT's.
    found = said(ingester, "Les équipes de la direction générale déléguée Politique de la ville "
                           "au sein de l'ANCT étaient réunies.")  # fmt: skip
    assert (O + "anct-dgd-pv", "unitOf", O + "anct") in found


def test_an_organ_named_by_a_common_noun_is_a_unit_of_the_body_the_text_is_about(
    ingester: Ingester,
) -> None:
    # facts-part3.md §3: the ORIV "is run by a conseil d'administration of 33 elected full
    # members"; facts.md: RésO Villes' "board's bureau was renewed on 20 June 2024".
    found = said(ingester, "L'ORIV est une association de Strasbourg. Elle est administrée par "
                           "son conseil d'administration, élu par l'assemblée générale.")  # fmt: skip
    assert (O + "oriv-conseil-d-administration", "unitOf", O + "oriv") in found
    found = said(ingester, "Le bureau de RésO Villes a été renouvelé le 20 juin 2024.")
    assert (O + "reso-villes-bureau", "unitOf", O + "reso-villes") in found


def test_an_organ_of_another_body_than_the_graphs_owner_is_left_alone(ingester: Ingester) -> None:
    # facts-part3.md §3, the ORIV's board; an organ named after another body, or the organ of a
    # text's own body, which the graph lacks, is not the ORIV's.
    found = said(ingester, "L'ORIV a écrit au conseil d'administration de la fondation.")
    assert not any(relation == "unitOf" for _s, relation, _o in found)
    found = said(ingester, "Le directeur de l'IREV a rencontré l'ORIV. L'IREV a ensuite réuni "
                           "son conseil d'administration.")  # fmt: skip
    assert {(s, o) for s, relation, o in found if relation == "unitOf"} == {
        ("NEW:conseil d'administration (IREV)", O + "irev")
    }


def test_an_organ_the_graph_lacks_is_a_new_unit_of_its_body(ingester: Ingester) -> None:
    # facts.md: Profession Banlieue, "The board elected on 8 April 2010 had Marc Ratsimba as
    # president"; ADCF, "le nouveau bureau de l'AdCF"; Villes et Territoires LR, "a steering
    # committee on 6 Dec 2012 a acté le statut d'association"; IREV "is organised as a GIP".
    for text, unit, body in (
        ("Profession Banlieue a élu son nouveau bureau le 8 avril 2010.",
         "bureau (Profession Banlieue)", "profession-banlieue"),
        ("Le bureau de l'AdCF a été renouvelé autour de Daniel Delaveau.",
         "bureau (AdCF)", "adcf"),
        ("Le 6 décembre 2012, le comité de pilotage de Villes et Territoires LR a acté le statut "
         "d'association loi 1901.", "comité de pilotage (Villes et Territoires LR)",
         "villes-et-territoires-occitanie"),
        ("L'IREV est un groupement d'intérêt public ; les décisions y sont prises par le conseil "
         "d'administration du groupement.", "conseil d'administration (IREV)", "irev"),
        # facts.md, Villes au Carré "created a funders' committee at the State's request" (the
        # graph has that one): the same set-up, said of Profession Banlieue.
        ("Profession Banlieue a mis en place, à la demande de l'Etat, un comité d'orientation.",
         "comité d'orientation (Profession Banlieue)", "profession-banlieue"),
        ("Chez Profession Banlieue aussi, l'année 2010 marque un tournant : le bureau de "
         "l'association a été élu le 8 avril.", "bureau (Profession Banlieue)",
         "profession-banlieue"),
    ):  # fmt: skip
        assert ("NEW:" + unit, "unitOf", O + body) in said(ingester, text)


def test_a_new_organ_is_of_the_sentences_subject_not_of_a_source_or_an_object(
    ingester: Ingester,
) -> None:
    # facts.md, ERU: "Its board brings together ANRU, CGET, USH and the Caisse des Dépôts",
    # according to the USH; Villes au Carré "handed its Poitou-Charentes work to PQA".
    found = said(ingester, "Profession Banlieue forme les professionnels. Selon l'USH, son "
                           "conseil d'administration s'est réuni en mars.")  # fmt: skip
    assert ("NEW:conseil d'administration (Profession Banlieue)", "unitOf",
            O + "profession-banlieue") in found  # fmt: skip
    found = said(ingester, "Profession Banlieue a changé de statuts. Elle a confié une étude à "
                           "l'ORIV et a constitué un comité d'orientation.")  # fmt: skip
    units = {(s, o) for s, relation, o in found if relation == "unitOf"}
    assert units == {("NEW:comité d'orientation (Profession Banlieue)", O + "profession-banlieue")}


def test_a_new_organ_gathering_bodies_has_them_as_members(ingester: Ingester) -> None:
    # facts.md, IREV: "The State and the Region are its founding members", as a GIP's board.
    found = said(ingester, "L'IREV est un groupement d'intérêt public. Son conseil "
                           "d'administration réunit l'État et la Région.")  # fmt: skip
    board = "NEW:conseil d'administration (IREV)"
    assert {(O + "etat", "memberOf", board), (board, "unitOf", O + "irev")} <= found


def test_a_body_sitting_on_son_conseil_sits_on_the_board_of_the_body_spoken_of_before(
    ingester: Ingester,
) -> None:
    # facts.md, ERU: "Its board brings together ANRU, CGET, USH and the Caisse des Dépôts. It
    # trains people working in housing, urban renewal and politique de la ville."
    found = said(ingester, "L'École du renouvellement urbain forme les professionnels de "
                           "l'habitat ; l'ANRU siège à son conseil d'administration, aux côtés "
                           "de l'USH et de la Caisse des Dépôts.")  # fmt: skip
    board = O + "eru-conseil-d-administration"
    members = {s for s, relation, o in found if relation == "memberOf" and o == board}
    assert members == {O + "anru", O + "ush", O + "caisse-des-depots"}
    assert not [o for s, relation, o in found if relation == "unitOf" and o == O + "anru"]


def test_the_bodies_listed_with_a_member_after_avec_are_members_too(ingester: Ingester) -> None:
    # facts.md, ERU: "Its board brings together ANRU, CGET, USH and the Caisse des Dépôts."
    found = said(ingester, "- École du renouvellement urbain (ERU) : le CGET siégeait à son "
                           "conseil d'administration, avec l'ANRU, l'USH et la Caisse des "
                           "Dépôts.")  # fmt: skip
    board = O + "eru-conseil-d-administration"
    members = {s for s, relation, o in found if relation == "memberOf" and o == board}
    assert members == {O + "cget", O + "anru", O + "ush", O + "caisse-des-depots"}


@pytest.mark.parametrize(
    ("alike", "members"),
    [
        ("au même titre que l'USH", {"anru", "ush"}),
        ("de même que l'USH et la Caisse des Dépôts", {"anru", "ush", "caisse-des-depots"}),
        ("avec l'appui de l'USH", {"anru"}),
    ],
)
def test_the_bodies_said_alike_right_after_a_seat_on_a_board_sit_on_it_too(
    ingester: Ingester, alike: str, members: set[str]
) -> None:
    # facts.md, ERU: "Its board brings together ANRU, CGET, USH and the Caisse des Dépôts."
    found = said(ingester, "L'École du renouvellement urbain forme les professionnels de "
                           "l'habitat ; l'ANRU siège à son conseil d'administration, "
                           f"{alike}.")  # fmt: skip
    board = O + "eru-conseil-d-administration"
    on_board = {s for s, relation, o in found if relation == "memberOf" and o == board}
    assert on_board == {O + member for member in members}


def test_a_room_or_a_firm_called_bureau_is_no_organ(ingester: Ingester) -> None:
    # facts.md: Profession Banlieue, Marc Ratsimba its president; a room, a design firm, an
    # office abroad.
    for text in (
        "Marc Ratsimba a reçu l'ORIV dans son bureau.",
        "Le bureau d'études a remis son rapport à Profession Banlieue.",
        "Profession Banlieue a ouvert un bureau à Saint-Denis.",
        # an organ of no one said: "un comité de pilotage a acté"
        "Le 6 décembre, un comité de pilotage a acté le statut d'association de Profession "
        "Banlieue.",
    ):
        assert not any(relation == "unitOf" for _s, relation, _o in said(ingester, text))


def test_the_signatories_of_an_agreement_are_its_members(ingester: Ingester) -> None:
    # facts.md, Pacte de Dijon: "signed on 16 July 2018 at Matignon by Prime Minister Édouard
    # Philippe, Jean-Luc Rigaut (ADCF) and Jean-Luc Moudenc (France urbaine)".
    statements = draft(ingester, "Le Pacte de Dijon a été signé le 16 juillet 2018 à Matignon "
                                 "par Édouard Philippe, par Jean-Luc Rigaut pour l'ADCF et par "
                                 "Jean-Luc Moudenc pour France urbaine.").extraction.statements  # fmt: skip
    pact = PREFIXES["collab"] + "pacte-de-dijon"
    found = {(s.subject, s.object, s.role) for s in statements if s.relation == "memberOf"}
    for person in ("edouard-philippe", "jean-luc-rigaut", "jean-luc-moudenc"):
        assert (P + person, pact, ROLE + "signatory") in found
    for body in ("adcf", "france-urbaine"):
        assert (O + body, pact, "") in found


def test_an_agreement_referred_to_is_the_one_named_before(ingester: Ingester) -> None:
    # facts.md, Jean-Luc Rigaut: "He signed the Pacte de Dijon for the ADCF on 16 July 2018."
    statements = draft(ingester, "Le Pacte de Dijon engage l'État et les grandes villes. Ce "
                                 "pacte, Jean-Luc Rigaut l'a signé le 16 juillet 2018.").extraction.statements  # fmt: skip
    pact = PREFIXES["collab"] + "pacte-de-dijon"
    found = {(s.subject, s.object, s.role) for s in statements if s.relation == "memberOf"}
    assert (P + "jean-luc-rigaut", pact, ROLE + "signatory") in found


def test_people_present_at_a_signature_or_an_agreement_unsigned_give_no_signatory(
    ingester: Ingester,
) -> None:
    # facts.md, Pacte de Dijon: "presented [...] in Dijon on 5-6 April 2018, with Jean-Louis
    # Borloo present".
    for text in (
        "Le Pacte de Dijon a été présenté à Dijon en présence de Jean-Louis Borloo.",
        "Le Pacte de Dijon a été signé à Matignon en présence de Jean-Louis Borloo.",
        "Jean-Louis Borloo a salué la signature du Pacte de Dijon.",
    ):
        statements = draft(ingester, text).extraction.statements
        assert not any(s.subject == P + "jean-louis-borloo" and s.relation == "memberOf"
                       for s in statements)  # fmt: skip


def test_a_unit_of_the_graph_named_by_its_acronym_is_a_unit_of_its_parent(
    ingester: Ingester,
) -> None:
    # facts.md, CGET: "SG-CIV and Acsé were merged into its direction de la Ville et de la
    # Cohésion urbaine (DVCU)". Not of another body the text puts it in.
    found = said(ingester, "La DVCU, au sein du CGET, reprend les missions du SG-CIV.")
    assert (O + "cget-dvcu", "unitOf", O + "cget") in found
    found = said(ingester, "La DVCU de l'ANCT reprend les missions du SG-CIV.")
    assert not any(relation == "unitOf" for _s, relation, _o in found)


def test_a_body_member_of_a_network_has_no_role(ingester: Ingester) -> None:
    # facts.md: "ORIV also belongs to the RECI network (7 structures)".
    statements = draft(ingester, "L'ORIV est membre du réseau RECI.").extraction.statements
    member = [s for s in statements if s.relation == "memberOf"]
    assert [(s.subject, s.object, s.role) for s in member] == [(O + "oriv", O + "reci", "")]


@pytest.mark.parametrize(
    ("text", "member", "network"),
    [
        # facts.md §2 overview: RésO Villes, the centre of Bretagne + Pays de la Loire (one of the
        # network's centres, §1); ORIV: "ORIV also belongs to the RECI network".
        (
            "RésO Villes est le centre de ressources de la Bretagne et des Pays de la Loire, et "
            "l'un des membres du réseau national des CRPV.",
            "reso-villes",
            "reseau-national-crpv",
        ),
        ("L'ORIV est une association de droit local et membre du réseau RECI.", "oriv", "reci"),
        (
            "Profession Banlieue est un centre de ressources de Seine-Saint-Denis et l'un des "
            "membres du réseau national des CRPV.",
            "profession-banlieue",
            "reseau-national-crpv",
        ),
    ],
)
def test_a_copula_carries_over_to_a_second_predicate_of_membership(
    ingester: Ingester, text: str, member: str, network: str
) -> None:
    assert (O + member, "memberOf", O + network) in said(ingester, text)


def test_a_second_clause_with_its_own_subject_is_no_predicate_of_the_first(
    ingester: Ingester,
) -> None:
    found = said(ingester, "RésO Villes est installé à Nantes et l'ORIV est membre du réseau RECI.")
    assert (O + "reso-villes", "memberOf", O + "reci") not in found


@pytest.mark.parametrize(
    "text",
    [
        # the copula's subject is the person; the body only completes the noun
        "Le directeur de l'ORIV est sociologue, et membre du réseau RECI.",
        "La présidente de l'ORIV est élue à Strasbourg, et membre du réseau RECI.",
        # a plural after "et" is the subject of a clause of its own
        "L'ORIV est une association et les membres du réseau RECI l'ont soutenue.",
    ],
)
def test_a_copula_is_carried_over_only_from_the_body_that_is_its_subject(
    ingester: Ingester, text: str
) -> None:
    assert (O + "oriv", "memberOf", O + "reci") not in said(ingester, text)


def test_belonging_said_with_a_verb_or_a_qualified_membre(ingester: Ingester) -> None:
    # facts.md: "ORIV also belongs to the RECI network"; IREV: "The State and the Region are
    # its founding members."
    assert (O + "oriv", "memberOf", O + "reci") in said(
        ingester, "L'ORIV fait aussi partie du réseau RECI."
    )
    found = said(ingester, "L'Etat et la Région sont les membres fondateurs de l'IREV.")
    assert (O + "etat", "memberOf", O + "irev") in found
    assert (O + "region-hauts-de-france", "memberOf", O + "irev") in found


def test_members_of_a_body_after_a_verb_of_another_are_not_its_subject(
    ingester: Ingester,
) -> None:
    # facts.md: the 2021 gathering "brought together the teams and governing bodies of the 19
    # CRPVs and the teams of the ANCT's direction générale déléguée politique de la ville".
    found = said(ingester, "En 2021, l'ANCT a réuni à Paris les membres du réseau national des "
                           "CRPV.")  # fmt: skip
    assert not any(relation == "memberOf" for _s, relation, _o in found)


def test_joining_a_body_is_membership_but_not_for_a_noun_complement(
    ingester: Ingester,
) -> None:
    # facts.md: IREV's assembly of 24 March 2017 "admitted Lens-Liévin, Valenciennes Métropole
    # and the Pays noyonnais"; "some CGET central-administration staff moved to the DGCL".
    found = said(ingester, "En 2017, Valenciennes Métropole et le Pays noyonnais rejoignent "
                           "ainsi l'IREV.")  # fmt: skip
    for member in ("valenciennes-metropole", "pays-noyonnais"):
        assert (O + member, "memberOf", O + "irev") in found
    found = said(ingester, "Une partie des agents d'administration centrale du CGET a toutefois "
                           "rejoint la DGCL.")  # fmt: skip
    assert not any(relation == "memberOf" for _s, relation, _o in found)


def test_a_body_dont_les_membres_sont_a_list(ingester: Ingester) -> None:
    # facts.md: IREV "is organised as a GIP"; "The State and the Region are its founding
    # members."
    found = said(ingester, "L'IREV, dont les membres fondateurs sont l'Etat et la Région, est "
                           "un groupement d'intérêt public.")  # fmt: skip
    for member in ("etat", "region-hauts-de-france"):
        assert (O + member, "memberOf", O + "irev") in found


def test_a_participle_or_noun_after_a_verb_and_its_object_qualifies_the_object(
    ingester: Ingester,
) -> None:
    # facts.md: the CRPVs "are labelled by the State"; a CGET report on the 2018 activity of
    # 19 CRPVs (2019); the 2022 Strasbourg gathering was "co-organised with ANCT" and "the
    # national partners named were CNFPT, CNV, Bpifrance and IRDSU".
    found = said(ingester, "En 2019, le CGET a publié le bilan d'activité des centres labellisés "
                           "par l'Etat. En 2022, l'ANCT a co-organisé à Strasbourg la rencontre "
                           "des partenaires nationaux du réseau.")  # fmt: skip
    assert not any(s in (O + "cget", O + "anct") for s, _relation, _o in found)


def test_a_body_named_before_dont_has_the_members_named_after_it(ingester: Ingester) -> None:
    # facts.md: "ORIV also belongs to the RECI network (7 structures); its director is RECI's
    # deputy delegate."
    found = said(ingester, "Sa directrice est déléguée adjointe du réseau RECI, dont l'ORIV est "
                           "membre.")  # fmt: skip
    assert (O + "oriv", "memberOf", O + "reci") in found


def test_en_and_le_groupement_are_the_body_the_text_is_about(ingester: Ingester) -> None:
    # facts.md: IREV "is organised as a GIP"; "The State and the Region are its founding
    # members. Other members: [...] the Caisse des Dépôts and the URH."
    found = said(ingester, "L'IREV est un groupement d'intérêt public. L'Etat et la Région en "
                           "sont les membres fondateurs. Le groupement compte aussi parmi ses "
                           "membres les EPCI et les communes qui portent des contrats de ville, "
                           "la Caisse des Dépôts et l'URH.")  # fmt: skip
    members = {s for s, relation, o in found if relation == "memberOf" and o == O + "irev"}
    assert {O + "etat", O + "region-hauts-de-france", O + "caisse-des-depots"} <= members
    # "les EPCI" names a kind of body, not one.
    assert not any(s.startswith("NEW:EPCI") for s in members)
    # The last body named before "le groupement" (the Region) is a member, not the group.
    assert not any(relation == "memberOf" and o != O + "irev" for _s, relation, o in found)


def test_a_body_just_before_ses_membres_is_the_one_they_belong_to(ingester: Ingester) -> None:
    # facts.md: IREV's "other members: [...] the Caisse des Dépôts and the URH".
    found = said(ingester, "Créé par l'Etat, l'IREV compte parmi ses membres la Caisse des Dépôts.")
    assert (O + "caisse-des-depots", "memberOf", O + "irev") in found
    assert not any(relation == "memberOf" and o == O + "etat" for _s, relation, o in found)


def test_ses_autres_membres_sont_lists_more_members_of_the_body_named_before(
    ingester: Ingester,
) -> None:
    # facts.md 87: IREV, "The State and the Region are its founding members. Other members: ...
    # the Nord and Pas-de-Calais départements, the Caisse des Dépôts and the URH."
    found = said(ingester, "L'IREV compte deux membres fondateurs, l'État et la Région. Ses autres "
                           "membres sont la Caisse des Dépôts et l'URH.")  # fmt: skip
    members = {s for s, relation, o in found if relation == "memberOf" and o == O + "irev"}
    assert {O + "caisse-des-depots", O + "urh"} <= members


def test_new_members_admitted_are_members_of_the_body_named_before(ingester: Ingester) -> None:
    # facts.md: "The general assembly of 24 March 2017 [of IREV] [...] admitted Lens-Liévin,
    # Valenciennes Métropole and the Pays noyonnais."
    found = said(ingester, "L'IREV a tenu son assemblée générale le 24 mars 2017. L'assemblée a "
                           "admis trois nouveaux membres, Valenciennes Métropole et le Pays "
                           "noyonnais.")  # fmt: skip
    for member in ("valenciennes-metropole", "pays-noyonnais"):
        assert (O + member, "memberOf", O + "irev") in found


def test_a_paragraph_about_members_goes_on_listing_them(ingester: Ingester) -> None:
    # facts-part3.md §12: the convention of the GIP "Maore Ouvoimoja" was signed on 11 April
    # 2019 in the Mamoudzou prefecture; "The founding members were: the State, the Conseil
    # départemental de Mayotte, [...] the Caisse des Dépôts and the association of mayors; two
    # intercommunal bodies: CADEMA and the Petite-Terre community of communes".
    found = said(ingester, "Jeudi 11 avril, la convention constitutive du GIP politique de la "
                           "ville Maore Ouvoimoja a été signée à la préfecture de Mamoudzou. Le "
                           "groupement compte de nombreux membres fondateurs. Aux côtés de "
                           "l'Etat, on trouve le Conseil départemental de Mayotte, la Caisse des "
                           "Dépôts et l'Association des maires de Mayotte. Deux "
                           "intercommunalités y participent également, la CADEMA et la "
                           "communauté de communes de Petite-Terre.")  # fmt: skip
    members = {s for s, relation, o in found if relation == "memberOf"}
    assert members == {
        O + "etat",
        O + "conseil-departemental-de-mayotte",
        O + "caisse-des-depots",
        O + "association-des-maires-de-mayotte",
        O + "cadema",
        O + "communaute-de-communes-de-petite-terre",
    }
    assert {o for _s, relation, o in found if relation == "memberOf"} == {O + "maore-ouvoimoja"}
    # Without a word of members before, "y participent" is taking part, not belonging
    # (facts.md: the June 2018 meeting of the 19 CRPVs in Paris "welcomed [...]
    # representatives of ANRU, ERU and EPARECA").
    found = said(ingester, "En juin 2018, les 19 CRPV se retrouvent à Paris. L'ANRU, l'ERU et "
                           "l'EPARECA y participent.")  # fmt: skip
    assert not any(relation == "memberOf" for _s, relation, _o in found)


def test_no_body_to_refer_to_gives_no_membership(ingester: Ingester) -> None:
    # facts.md: IREV's "other members: [...] the Caisse des Dépôts and the URH"; without the
    # body named before, "ses membres" is nobody's.
    found = said(ingester, "Le groupement compte parmi ses membres la Caisse des Dépôts.")
    assert not any(relation == "memberOf" for _s, relation, _o in found)


def test_the_bodies_a_body_counts_are_its_members(small: Ingester) -> None:
    # facts.md, the network's size in March 2017: "currently 18" (ASH).
    found = said(small, "En mars 2017, le réseau compte actuellement 18 centres de ressources.")
    assert (CENTRES, "memberOf", NETWORK) in found
    # "pour le compte de" counts nobody; a body before another clause is not the counter.
    found = said(small, "Pour le compte de l'ANCT, le CGET a publié 2 rapports. Organisée par "
                        "l'ANCT, la rencontre regroupe les 19 CRPV.")  # fmt: skip
    assert not any(relation == "memberOf" for _s, relation, _o in found)


def test_centres_counted_in_words_after_an_elided_adverb_are_the_group(small: Ingester) -> None:
    # facts.md, the network's size table: "19 regional centres" (31 May 2012), written out.
    found = said(small, "En mai 2012, le réseau compte aujourd'hui dix-neuf centres régionaux.")
    assert (CENTRES, "memberOf", NETWORK) in found


def test_a_count_after_the_names_stands_for_the_bodies_named_last(ingester: Ingester) -> None:
    # facts.md, the centres' table: Labo Cités (Auvergne-Rhône-Alpes) and RésO Villes (Bretagne
    # and Pays de la Loire) are centres, members of the CRPV network; Fabien Bressan is of Labo
    # Cités.
    found = said(ingester, "Fabien Bressan, de Labo Cités, a répondu à l'appel de RésO Villes, "
                           "deux centres membres du réseau national des CRPV.")  # fmt: skip
    for body in ("labo-cites", "reso-villes"):
        assert (O + body, "memberOf", NETWORK) in found
    # "les deux centres" are two of them, not the centres as a group.
    found = said(ingester, "Labo Cités et RésO Villes, les deux centres labellisés par l'État, "
                           "ont publié un rapport.")  # fmt: skip
    assert (O + "labo-cites", "labelledBy", O + "etat") in found
    assert not any(relation == "centresLabelledBy" for _s, relation, _o in found)


def test_each_item_of_a_list_repeating_par_is_an_object(ingester: Ingester) -> None:
    # facts-part3.md §5: Cécile Dublanche was "missionnée" by Yves Dauge, Michel Lussault and
    # Michel Didier; each "par" names one of them.
    found = said(ingester, "Cécile Dublanche a été missionnée par Yves Dauge, par Michel "
                           "Lussault et par Michel Didier.")  # fmt: skip
    for person in ("yves-dauge", "michel-lussault", "michel-didier"):
        assert (P + "cecile-dublanche", "appointedBy", P + person) in found


def test_funding_needs_the_word_funding(ingester: Ingester) -> None:
    # facts.md: Question de Ville "co-published a report with the Fédération des centres
    # sociaux, supported by the SGCIV": support is not funding. (No line of the fact sheets
    # says that a body funds another; the funding cues are checked by this negative case.)
    found = said(ingester, "En 2012, Question de ville a publié un rapport avec le soutien du "
                           "SGCIV.")  # fmt: skip
    assert not any(relation == "funder" for _s, relation, _o in found)


# --- titles --------------------------------------------------------------------------------


def test_titles_chained_and_with_words_before_the_body(ingester: Ingester) -> None:
    # facts.md: "Isabelle Melscoet, an elected official of Brest Métropole, was president in
    # June 2019" (of RésO Villes).
    found = memberships(ingester, "Isabelle Melscoet, élue de Brest Métropole et présidente en "
                                  "juin 2019 de RésO Villes, a accueilli les centres.")  # fmt: skip
    melscoet = P + "isabelle-melscoet"
    assert (melscoet, O + "brest-metropole", ROLE + "elected-official") in found
    assert (melscoet, O + "reso-villes", ROLE + "president") in found


def test_a_title_after_comme_and_a_body_in_quotes(ingester: Ingester) -> None:
    # facts-part3.md §2-3: on 11 April 2013 the mission heard Olivia Maire, "directrice adjointe
    # du centre de ressources « Profession Banlieue »", and Murielle Maffessoli as "directrice"
    # of ORIV.
    found = memberships(ingester, "Olivia Maire, directrice adjointe du centre de ressources « "
                                  "Profession Banlieue », a été entendue. Murielle Maffessoli "
                                  "intervenait comme directrice de l'ORIV.")  # fmt: skip
    assert found == {
        (P + "olivia-maire", O + "profession-banlieue", ROLE + "deputy-director"),
        (P + "murielle-maffessoli", O + "oriv", ROLE + "director"),
    }


def test_a_title_before_the_name(ingester: Ingester) -> None:
    # facts-part3.md §4 quotes "la présidente de RésoVilles, Isabelle Melscoet, élue de Brest
    # Métropole".
    found = memberships(ingester, "La présidente de RésO Villes, Isabelle Melscoet, a parlé.")
    assert found == {(P + "isabelle-melscoet", O + "reso-villes", ROLE + "president")}


def test_respectively_gives_each_person_their_title(ingester: Ingester) -> None:
    # facts.md: the board elected on 7 April 2011 "again had Marc Ratsimba as president and
    # Sylvie Hautière as vice-president" (of Profession Banlieue).
    found = memberships(ingester, "Marc Ratsimba et Sylvie Hautière, respectivement président et "
                                  "vice-présidente de Profession Banlieue, ont été élus en 2011.")  # fmt: skip
    assert found == {
        (P + "marc-ratsimba", O + "profession-banlieue", ROLE + "president"),
        (P + "sylvie-hautiere", O + "profession-banlieue", ROLE + "vice-president"),
    }


def test_a_body_in_parentheses_after_a_person_is_their_membership(ingester: Ingester) -> None:
    # facts.md: the portal "mentions 'Fabien Bressan (Labo Cités)' as a member of the CRPV
    # network".
    found = memberships(ingester, "Fabien Bressan (Labo Cités) est intervenu à Aubervilliers.")
    assert found == {(P + "fabien-bressan", O + "labo-cites", ROLE + "member")}


def test_a_title_after_a_verb_is_not_the_persons(ingester: Ingester) -> None:
    # facts.md: Ouided Ayad "became director in January 2024" (of RésO Villes); she is not
    # Profession Banlieue's president.
    found = memberships(ingester, "Ouided Ayad, qui a rencontré la présidente de Profession "
                                  "Banlieue, dirige RésO Villes.")  # fmt: skip
    assert found == {(P + "ouided-ayad", O + "reso-villes", ROLE + "director")}


# --- the centres as a group ------------------------------------------------------------------


def test_the_centres_as_a_group_are_not_the_network(small: Ingester) -> None:
    gazetteer = small.gazetteer
    for name in ("CRPV", "les CRPV", "centres de ressources politique de la ville"):
        link = gazetteer.link(name, "organization", 2021)
        assert link is not None and link.entity.iri == CENTRES, name
    network = gazetteer.link("le réseau national des CRPV", "organization", 2021)
    assert network is not None and network.entity.iri == NETWORK
    # facts.md: the 2021 meeting "brought together the teams and governing bodies of the 19
    # CRPVs"; the centres are then sayable as members of the network.
    found = said(small, "Les CRPV, membres du réseau national des CRPV, se sont réunis en 2021.")
    assert (CENTRES, "memberOf", NETWORK) in found


def test_without_the_collective_the_centres_are_not_linked_to_the_network(
    ingester: Ingester,
) -> None:
    for name in ("CRPV", "centres de ressources politique de la ville"):
        link = ingester.gazetteer.link(name, "organization", 2021)
        assert link is None or link.entity.iri != NETWORK, name


# --- participation ---------------------------------------------------------------------------


def test_participants_are_the_list_after_the_cue_and_no_one_else(ingester: Ingester) -> None:
    # facts.md §5: 20–21 Oct 2022, Strasbourg, "co-organised with ANCT; Hélène Geoffroy ...,
    # Fabienne Keller (MEP)"; "the national partners named were CNFPT, CNV, Bpifrance and IRDSU".
    text = ("Les 20 et 21 octobre 2022, la rencontre nationale des centres de ressources à "
            "Strasbourg réunissait Hélène Geoffroy, Fabienne Keller, le CNFPT, le CNV, Bpifrance "
            "et l'IRDSU, co-organisée avec l'ANCT.")  # fmt: skip
    found = said(ingester, text, "2022-10-25")
    attendees = {o for s, relation, o in found if s == "EVENT" and relation == "attendee"}
    assert attendees == {P + "helene-geoffroy", P + "fabienne-keller", O + "cnfpt", O + "cnv",
                         O + "bpifrance", O + "irdsu"}  # fmt: skip


@pytest.mark.parametrize("verb", ["est revenu sur", "a pu revenir sur", "a rappelé", "a souligné"])
def test_a_speaking_verb_after_a_person_and_their_title_makes_them_a_speaker(
    ingester: Ingester, verb: str
) -> None:
    # facts.md: "At the 2021 meeting, François-Antoine Mariani, styled there \"directeur général
    # délégué de la politique de la ville à l'ANCT\", commented on the CRPVs' 2020 activity
    # report."
    text = ("Les 21 et 22 octobre 2021, la rencontre nationale des centres de ressources s'est "
            "tenue à Paris. Le 21 octobre, François-Antoine Mariani, directeur général délégué de "
            f"la politique de la ville à l'ANCT, {verb} le bilan de l'activité 2020 des centres "
            "de ressources.")  # fmt: skip
    found = said(ingester, text, "2021-11-02")
    mariani = P + "francois-antoine-mariani"
    assert {(mariani, "speaksAt", "EVENT"), ("EVENT", "attendee", mariani)} <= found


def test_a_relative_clause_further_on_is_not_the_names(ingester: Ingester) -> None:
    # facts.md: "Sébastien Jallet opened the 2018 meeting"; the IREV item (../shared/sources)
    # goes on: "qui, bilan des CRPV à l'appui, qui a insisté sur la place des CRPV". The second
    # "qui" is his too, not the centres'.
    text = ("Le 14 juin 2018, la rencontre nationale des centres de ressources à Paris était "
            "ouverte par Sébastien Jallet qui, bilan des CRPV à l'appui, qui a insisté sur la "
            "place des CRPV.")  # fmt: skip
    found = said(ingester, text, "2018-06-20")
    assert (P + "sebastien-jallet", "opens", "EVENT") in found
    assert not {(s, r, o) for s, r, o in found if r == "speaksAt" and s == CENTRES}


def test_the_occasion_for_a_body_to_meet_others_makes_it_a_participant(ingester: Ingester) -> None:
    # facts.md: the 21–22 Oct 2021 gathering in Paris "brought together the teams and governing
    # bodies of the 19 CRPVs and the teams of the ANCT's direction générale déléguée politique
    # de la ville".
    text = ("Les 21 et 22 octobre 2021, la rencontre nationale des centres de ressources à Paris "
            "a été l'occasion pour les équipes de la direction générale déléguée politique de la "
            "ville de l'ANCT de rencontrer les équipes des 19 centres de ressources.")  # fmt: skip
    found = said(ingester, text, "2021-11-02")
    assert ("EVENT", "attendee", O + "anct-dgd-pv") in found


@pytest.mark.skipif(not ARTICLE_2021.is_file(), reason="../shared/sources absent")
def test_a_body_named_after_the_centres_is_not_the_centres(small: Ingester) -> None:
    # facts.md: the *conférence des Présidents-es* rests only on the IREV 2021 article, whose
    # sentence this is: the conference the graph lacks is a new participant, not the centres.
    from crpv_graph.ingest import read_article

    article = read_article(str(ARTICLE_2021))
    drafted = small.draft(article)
    name = "conférence des Présidents-es de Centres de Ressources Politique de la Ville"
    at = article.body.index(name)
    around = [m for m in drafted.mentions if m.start < at + len(name) and at < m.end]
    assert [(m.text, m.type, m.entity) for m in around] == [(name, "organization", None)]
    attendees = {s.object for s in drafted.extraction.statements if s.relation == "attendee"}
    assert {CENTRES, f"NEW:{name}"} <= attendees


@pytest.mark.skipif(not ARTICLE_2021.is_file(), reason="../shared/sources absent")
def test_the_2021_list_of_participants_skips_the_bodies_that_qualify_an_item(
    ingester: Ingester,
) -> None:
    from crpv_graph.ingest import read_article

    statements = ingester.draft(read_article(str(ARTICLE_2021))).extraction.statements
    attendees = {s.object for s in statements if s.relation == "attendee"}
    assert {O + "irev", O + "anct-dgd-pv", O + "sgar", O + "dreets"} <= attendees
    assert not {O + "anct", O + "etat"} & attendees
    assert (O + "anct-dgd-pv", ORG + "unitOf", O + "anct") in {
        (s.subject, s.predicate, s.object) for s in statements
    }


# --- the model and its outputs ---------------------------------------------------------------


def test_every_cue_names_a_property_of_the_spec() -> None:
    spec = {str(CRPV[name]) for name in ("partnerOf", "collaboratesWith", "coordinatedBy",
                                         "appointedBy", "invitedBy", "activityTransferredTo",
                                         "labelledBy", "centresLabelledBy", "animatesNetwork")}  # fmt: skip
    spec |= {ORG + "unitOf", ORG + "memberOf", SCHEMA + "funder"}
    cues = load_cues().cues
    assert {cue.predicate for cue in cues} | {c.collective for c in cues if c.collective} == spec


def test_a_statement_knows_its_relation_and_evidence_offsets(ingester: Ingester) -> None:
    text = "Avant. Normanvilles a été labellisé par le CGET en 2015."
    statement = next(s for s in draft(ingester, text).extraction.statements
                     if s.relation == "labelledBy")  # fmt: skip
    assert text[statement.evidence_start : statement.evidence_end] == statement.evidence
    assert statement.evidence.startswith("Normanvilles")
    assert set(statement.as_json()) == {"subject", "predicate", "object", "relation", "evidence",
                                        "evidence_start", "evidence_end", "confidence", "role",
                                        "title", "datatype"}  # fmt: skip


def test_a_literal_statement_is_written_with_its_datatype(ingester: Ingester) -> None:
    xsd_date = PREFIXES["xsd"] + "date"
    result = draft(ingester, "Normanvilles a été labellisé par le CGET en 2015.")
    result.extraction.statements.append(
        Statement(
            O + "normanvilles",
            SCHEMA + "foundingDate",
            "2015-01-01",
            "évidence",
            0.5,
            datatype=xsd_date,
        )
    )
    assert f'schema:foundingDate "2015-01-01"^^<{xsd_date}>' in result.as_trig()
    assert json.loads(result.as_json())["statements"][-1]["datatype"] == xsd_date


RELATED = (
    "Le CNFPT, le CNV, Bpifrance et l'IRDSU, partenaires nationaux du réseau national des CRPV, "
    "étaient à Strasbourg. L'ORIV est membre du réseau RECI. Normanvilles a été labellisé par le "
    "CGET en 2015. Marc Ratsimba et Sylvie Hautière, respectivement président et vice-présidente "
    "de Profession Banlieue, ont été élus en 2011. La présidente de RésO Villes, Isabelle "
    "Melscoet, a parlé.\n"
)


def test_the_json_of_a_draft_has_role_iris_and_every_field(tmp_path: Path, cli: Cli) -> None:
    article = tmp_path / "a.txt"
    article.write_text("URL: https://example.org/r\nDATE: 2024-01-01\n---\n" + RELATED, "utf-8")
    document = json.loads(cli("ingest", str(article), "--format", "json").stdout)
    statements = document["statements"]
    roles = {(s["subject"], s["role"]) for s in statements if s["relation"] == "memberOf"}
    assert (P + "sylvie-hautiere", ROLE + "vice-president") in roles
    assert (O + "oriv", "") in roles
    assert {s["relation"] for s in statements} >= {"partnerOf", "labelledBy"}


def test_a_draft_with_new_relations_parses_and_validates_in_data(tmp_path: Path, cli: Cli) -> None:
    import shutil

    data = tmp_path / "data"
    shutil.copytree(CHECKOUT / "data", data)
    article = tmp_path / "a.txt"
    article.write_text("URL: https://example.org/r\nDATE: 2024-01-01\n---\n" + RELATED, "utf-8")
    out = data / "example.org--r.trig"
    assert cli("ingest", str(article), "--out", str(out)).exit_code == 0
    quads = list(ox.parse(path=str(out), format=ox.RdfFormat.TRIG))
    predicates = {quad.predicate.value for quad in quads}
    assert {str(CRPV.partnerOf), str(CRPV.labelledBy), ORG + "memberOf", ORG + "role"} <= predicates
    validation = cli("--data", str(data), "validate")
    assert validation.exit_code == 0, validation.output
    assert "valid: 0 violations" in validation.output


# --- references a name does not make, and a name that is another participle's agent ---------


def test_the_counted_centres_are_the_centres_as_a_group(small: Ingester) -> None:
    # facts.md: Question de Ville "coordinated the 19 centres, with the CGET, to build the
    # national portal".
    found = said(small, "Question de ville a coordonné les 19 centres pour construire, avec le "
                        "CGET, le portail national.")  # fmt: skip
    assert (CENTRES, "coordinatedBy", O + "question-de-ville") in found


def test_cette_derniere_is_the_body_named_last_before_it(small: Ingester) -> None:
    # facts.md: Question de Ville, "the association of the centres' directors", "coordinated
    # the national portal with the CGET" and "coordinated the 19 centres".
    found = said(small, "Le portail a été construit avec Question de ville, l'association des "
                        "directeurs des centres. Cette dernière a coordonné les 19 centres.")  # fmt: skip
    assert (CENTRES, "coordinatedBy", O + "question-de-ville") in found


def test_the_agent_of_a_participle_clause_is_not_the_subject_after_it(ingester: Ingester) -> None:
    # facts.md: Normanvilles "was labelled by the CGET in 2015 and is run by ORS-CREAI Normandie".
    found = said(ingester, "Normanvilles, porté par ORS-CREAI Normandie, a été labellisé par le "
                           "CGET en 2015.")  # fmt: skip
    assert (O + "normanvilles", "labelledBy", O + "cget") in found
    assert not any(
        relation == "labelledBy" and s != O + "normanvilles" for s, relation, _o in found
    )


def test_a_relative_clause_makes_the_agent_the_subject(ingester: Ingester) -> None:
    # facts.md: "The CGET ran the national network of CRPVs (bilan 2018, published 2019)."
    found = said(ingester, "Le bilan 2018 a été publié par le CGET, qui assure l'animation du "
                           "réseau national des CRPV.")  # fmt: skip
    assert (O + "cget", "animatesNetwork", NETWORK) in found


def test_the_partners_of_the_network_listed_after_a_colon(small: Ingester) -> None:
    # facts.md: "At the 2022 Strasbourg gathering, the national partners named were CNFPT, CNV,
    # Bpifrance and IRDSU."
    found = said(small, "À Strasbourg en 2022, les partenaires nationaux du réseau étaient "
                        "présents : le CNFPT, le CNV, Bpifrance et l'IRDSU.")  # fmt: skip
    partners = {s if o == NETWORK else o for s, relation, o in found if relation == "partnerOf"}
    assert {"NEW:CNFPT", "NEW:CNV"} <= partners  # the names the French model finds
    assert NETWORK not in partners


def test_the_centres_named_alone_before_a_link_word_are_the_group(ingester: Ingester) -> None:
    # facts.md: the centres' national reference framework: "An annex covers collaboration with
    # ANRU."
    found = said(ingester, "Une annexe du cadre de référence porte sur la collaboration des "
                           "centres avec l'ANRU.")  # fmt: skip
    assert (O + "anru", "collaboratesWith", CENTRES) in found or (
        CENTRES, "collaboratesWith", O + "anru") in found  # fmt: skip
    sociaux = said(ingester, "La collaboration des centres sociaux avec l'ANRU.")
    assert not any(relation == "collaboratesWith" for _s, relation, _o in sociaux)


# --- round 2: lists after a colon, possessives, nouns of bodies ----------------------------


def test_the_partners_a_body_cites_parmi_ses_partenaires_are_each_its_partner(
    ingester: Ingester,
) -> None:
    # facts.md: "At the 2022 Strasbourg gathering, the national partners named were CNFPT, CNV,
    # Bpifrance and IRDSU."
    found = said(ingester, "En 2022, à Strasbourg, le réseau a cité parmi ses partenaires "
                           "nationaux le CNFPT, le Conseil national des villes, Bpifrance et "
                           "l'IRDSU.")  # fmt: skip
    partners = {s if o == NETWORK else o for s, relation, o in found if relation == "partnerOf"}
    assert {O + "cnfpt", O + "cnv", O + "bpifrance", O + "irdsu"} <= partners
    # The partners listed are not partners of one another.
    assert not any(relation == "partnerOf" and NETWORK not in (s, o) for s, relation, o in found)


def test_the_labelling_body_said_with_the_active_verb(ingester: Ingester) -> None:
    # facts.md: "By 2023 the labelling body is the ANCT."; the CGET published the centres'
    # activity report (heldout sources: "dont il a publié ... le bilan d'activité 2018").
    found = said(ingester, "L'ANCT est aussi l'organisme qui labellise les centres.")
    assert (NETWORK, "centresLabelledBy", O + "anct") in found
    # A body named before a verb and its object is not the subject of "qui labellise".
    found = said(ingester, "Le CGET a publié le bilan de l'ANCT, qui labellise les centres.")
    assert (NETWORK, "centresLabelledBy", O + "anct") in found
    assert (NETWORK, "centresLabelledBy", O + "cget") not in found


def test_a_new_body_called_by_a_noun_takes_over_the_missions_listed_after_a_colon(
    ingester: Ingester,
) -> None:
    # facts.md: "A statutory decree published in the JO of 19 November (2019) formally created
    # it. The ANCT merges the CGET, EPARECA and the Agence du numérique".
    found = said(ingester, "Le décret de l'Agence nationale de la cohésion des territoires est "
                           "paru au Journal officiel du 19 novembre.\n\nLe nouvel opérateur "
                           "reprend les missions de trois structures : le CGET, l'EPARECA et "
                           "l'Agence du numérique.")  # fmt: skip
    for body in ("cget", "epareca", "agence-du-numerique"):
        assert (O + body, "activityTransferredTo", O + "anct") in found


@pytest.mark.parametrize(
    "text",
    [
        "L'ANCT, qui a repris les missions du CGET, compte parmi ses membres la Caisse des Dépôts.",
        "L'ANCT a repris l'activité du CGET ; la Caisse des Dépôts est membre de l'ANCT.",
        "Héritière du CGET, l'ANCT compte parmi ses membres la Caisse des Dépôts.",
    ],
)
def test_a_member_of_a_body_that_took_over_another_is_still_its_member(
    ingester: Ingester, text: str
) -> None:
    # facts.md, ANCT: it merges the CGET, EPARECA and the Agence du numérique; half of its
    # board represents the State and the Caisse des dépôts.
    found = said(ingester, text)
    assert (O + "cget", "activityTransferredTo", O + "anct") in found
    assert (O + "caisse-des-depots", "memberOf", O + "anct") in found
    assert (O + "caisse-des-depots", "activityTransferredTo", O + "anct") not in found


def test_il_and_le_centre_are_one_body_of_the_paragraph_never_the_centres_as_a_group(
    ingester: Ingester,
) -> None:
    # facts.md: "The centres grew out of local initiatives and are labelled by the State.";
    # Villes au Carré: "From 2017 it covers only Centre-Val de Loire: it handed its
    # Poitou-Charentes work to PQA".
    found = said(ingester, "Les centres de ressources politique de la ville sont nés "
                           "d'initiatives locales. Les centres de ressources politique de la "
                           "ville sont labellisés par l'Etat.\n\nVilles au Carré a fait le chemin "
                           "inverse. Depuis 2017, le centre ne couvre plus que le Centre-Val de "
                           "Loire. Il a transmis son activité en Poitou-Charentes à PQA.")  # fmt: skip
    assert (O + "villes-au-carre", "activityTransferredTo", O + "pqn-a") in found
    assert (CENTRES, "activityTransferredTo", O + "pqn-a") not in found


def test_founders_and_members_listed_after_a_colon_are_members_of_the_body(
    ingester: Ingester,
) -> None:
    # facts.md, PQN-A: "Created in 2002 and renewed for seven years (2021–2027) by its founders,
    # the State (through the SGAR) and the Region."; "Its members include the regional State
    # directorates (DREAL, DRDJSCS, DIRECCTE, DRAAF); the CESER sits in an advisory capacity."
    found = said(ingester, "Pays et Quartiers de Nouvelle-Aquitaine (PQN-A) est un groupement "
                           "d'intérêt public. Créé en 2002, PQN-A a été reconduit pour sept ans "
                           "par ses deux fondateurs : l'Etat, au travers du SGAR, et la Région."
                           "\n\nPlusieurs directions régionales figurent aussi parmi les membres"
                           " : la DREAL, la DRDJSCS, la DIRECCTE et la DRAAF. Le CESER y siège "
                           "avec voix consultative.")  # fmt: skip
    members = {s for s, relation, o in found if relation == "memberOf" and o == O + "pqn-a"}
    assert O + "etat" in members
    assert any("region" in member for member in members)
    assert {"dreal", "drdjscs", "direccte", "draaf", "ceser"} <= {
        member.rsplit("/", 1)[-1].split("-")[0].removeprefix("NEW:").lower() for member in members
    }
    # Through whom the State acts is not a member.
    assert not any("sgar" in member for member in members)


def test_members_of_no_body_named_in_the_lead_or_more_than_once_belong_to_none(
    ingester: Ingester,
) -> None:
    # facts.md, PQN-A (as above): bodies named once each, after the lead, are not what
    # "parmi les membres" speaks of.
    found = said(ingester, "Le groupement d'intérêt public a été créé en 2002.\n\nIl a été "
                           "reconduit par l'Etat et la Région.\n\nPlusieurs directions "
                           "régionales figurent aussi parmi les membres : la DREAL et la "
                           "DRAAF.")  # fmt: skip
    assert not any(relation == "memberOf" for _s, relation, _o in found)


def test_appointed_by_people_counted_then_listed_with_their_titles(ingester: Ingester) -> None:
    # facts-part3.md: she was "missionnée" to lead what became Villes au Carré by three people:
    # Yves Dauge, then president of the Réseau des villes et des communautés du Centre; Michel
    # Lussault; Michel Didier, then chargé de mission at the DIV.
    found = said(ingester, "Cécile Dublanche a été missionnée pour porter le projet par trois "
                           "personnalités : Yves Dauge, alors président du Réseau des villes et "
                           "des communautés du Centre, Michel Lussault et Michel Didier, alors "
                           "chargé de mission à la DIV.")  # fmt: skip
    appointers = {o for s, relation, o in found if relation == "appointedBy"}
    assert appointers == {P + "yves-dauge", P + "michel-lussault", P + "michel-didier"}


def test_an_invitation_put_first_relates_the_invited_named_after_it(ingester: Ingester) -> None:
    # facts.md: "the 19 CRPVs met in Paris on 14–15 June (2018), at the CGET's invitation";
    # "The 2018 meeting also welcomed ADCF president Jean-Luc Rigaut".
    found = said(ingester, "Réunis à l'invitation du CGET, les 19 CRPV avaient alors accueilli "
                           "Jean-Luc Rigaut, président de l'AdCF.")  # fmt: skip
    assert (CENTRES, "invitedBy", O + "cget") in found
    assert not any(
        relation == "invitedBy" and s == P + "jean-luc-rigaut" for s, relation, _o in found
    )


def test_a_body_the_graph_lacks_named_in_the_lead_is_the_one_ses_membres_speak_of(
    small: Ingester,
) -> None:
    # facts-part3.md §12: the convention constitutive of the GIP "Maore Ouvoimoja" was signed
    # on 11 April 2019 in the DIIC meeting room; its founding members include the State, the
    # Conseil départemental de Mayotte and the Caisse des Dépôts. (The small graph lacks them.)
    found = said(small, "La convention constitutive du GIP « Maore Ouvoimoja » a été signée le "
                        "11 avril 2019 dans la salle de réunion de la DIIC.\n\nLe groupement "
                        "compte de nombreux membres fondateurs. Aux côtés de l'Etat, on trouve "
                        "le Conseil départemental de Mayotte et la Caisse des Dépôts.")  # fmt: skip
    bodies = {o for _s, relation, o in found if relation == "memberOf"}
    assert bodies == {"NEW:Maore Ouvoimoja"}
    assert len([1 for _s, relation, _o in found if relation == "memberOf"]) >= 2


def test_appointed_by_after_a_long_purpose_clause_and_people_with_their_titles(
    ingester: Ingester,
) -> None:
    # facts-part3.md §5: "missionnée" to lead what became Villes au Carré, for the Centre and
    # Poitou-Charentes regions, by three people: Yves Dauge, then president of the Réseau des
    # villes et des communautés du Centre; Michel Lussault, then president of the University of
    # Tours; Michel Didier, then chargé de mission at the DIV.
    found = said(ingester, "Cécile Dublanche avait été missionnée pour mener ce qui allait devenir "
                           "Villes au Carré, pour les régions Centre et Poitou-Charentes, par "
                           "trois personnes : Yves Dauge, alors président du Réseau des villes et "
                           "des communautés du Centre, Michel Lussault, alors président de "
                           "l'université de Tours, et Michel Didier, alors chargé de mission à la "
                           "DIV.")  # fmt: skip
    appointers = {o for s, relation, o in found if relation == "appointedBy"}
    assert appointers == {P + "yves-dauge", P + "michel-lussault", P + "michel-didier"}


def test_a_label_received_from_a_body_is_labelling_by_it(ingester: Ingester) -> None:
    # facts.md, Normanvilles: "It was labelled by the CGET in 2015".
    found = said(ingester, "En Normandie, Normanvilles a reçu en 2015 le label du Commissariat "
                           "général à l'égalité des territoires.")  # fmt: skip
    assert (O + "normanvilles", "labelledBy", O + "cget") in found
    # The label of a body named after a verb and its object is not the verb's subject's.
    found = said(ingester, "Le CGET a publié le bilan de Normanvilles, qui a obtenu le label.")
    assert not any(relation == "labelledBy" for _s, relation, _o in found)


def test_bodies_listed_then_membres_du_groupement_are_members_of_the_body_it_stands_for(
    ingester: Ingester,
) -> None:
    # facts.md, IREV: "The State and the Region are its founding members. Other members: [...]
    # the Caisse des Dépôts and the URH."
    found = said(ingester, "L'Institut régional de la ville (IREV) est un groupement d'intérêt "
                           "public. L'Etat et la Région en sont les membres fondateurs. La Caisse "
                           "des Dépôts, ainsi que l'URH, sont aussi membres du groupement.")  # fmt: skip
    for body in ("etat", "caisse-des-depots", "urh"):
        assert (O + body, "memberOf", O + "irev") in found
    # Those a body gathers are not said to be members by a verb of that body.
    found = said(ingester, "L'Institut régional de la ville (IREV) est un groupement d'intérêt "
                           "public. Le CGET a réuni les membres du groupement.")  # fmt: skip
    assert not any(relation == "memberOf" for _s, relation, _o in found)


def test_a_noun_phrase_between_commas_before_et_describes_the_body_before_it(
    ingester: Ingester,
) -> None:
    # facts.md: CRPV Paca "answered a DIACT call for projects together with RésO Villes and PQA".
    found = said(ingester, "Le CRPV Paca a répondu à un appel à projets en lien avec deux autres "
                           "centres : RésO Villes, le centre de ressources de Bretagne-Pays de la "
                           "Loire, et PQA.")  # fmt: skip
    partners = {o for s, relation, o in found if relation == "collaboratesWith"} | {
        s for s, relation, o in found if relation == "collaboratesWith"
    }
    assert {O + "crpv-paca", O + "reso-villes", O + "pqn-a"} <= partners
    # The description is no body of its own.
    assert not any("NEW:" in s + o for s, relation, o in found if relation == "collaboratesWith")


def test_members_and_partners_named_after_ses_membres_or_ses_partenaires_and_a_colon(
    ingester: Ingester,
) -> None:
    # facts.md, IREV: "The State and the Region are its founding members. Other members: [...]
    # the Caisse des Dépôts and the URH."; "At the 2022 Strasbourg gathering, the national
    # partners named were CNFPT, CNV, Bpifrance and IRDSU."
    found = said(ingester, "L'Institut régional de la ville (IREV) a réuni ses membres : l'Etat, "
                           "la Caisse des Dépôts et l'URH. En 2022, le réseau a présenté ses "
                           "partenaires nationaux : le CNFPT, Bpifrance et l'IRDSU.")  # fmt: skip
    for body in ("etat", "caisse-des-depots", "urh"):
        assert (O + body, "memberOf", O + "irev") in found
    for body in ("cnfpt", "bpifrance", "irdsu"):
        assert (O + body, "partnerOf", NETWORK) in found or (
            NETWORK,
            "partnerOf",
            O + body,
        ) in found
    # The partners are not members, nor the members partners.
    assert not any(relation == "memberOf" and o == NETWORK for _s, relation, o in found)
    assert not any(relation == "partnerOf" and O + "irev" in (s, o) for s, relation, o in found)


def test_a_body_said_to_be_an_organ_of_another_is_its_unit(ingester: Ingester) -> None:
    # facts.md, ORIV: "It was set up by CRIPI, a body of the Fonds d'Action Sociale chaired by
    # the regional préfet."
    found = said(ingester, "L'ORIV est né en 1992 à l'initiative du CRIPI, un organe du Fonds "
                           "d'action sociale présidé par le préfet de région.")  # fmt: skip
    assert (O + "cripi", "unitOf", O + "fonds-d-action-sociale") in found
    # "l'organe de" after a verb and its subject is not the subject's.
    found = said(ingester, "Le CGET a présenté l'organe du Fonds d'action sociale.")
    assert not any(relation == "unitOf" for _s, relation, _o in found)


def test_founding_members_in_apposition_are_members_of_the_body_spoken_of(
    ingester: Ingester,
) -> None:
    # facts.md: IREV "is organised as a GIP"; "The State and the Region are its founding
    # members."
    found = said(ingester, "L'IREV réunit son assemblée générale chaque année. L'IREV y rend "
                           "compte à ses deux membres fondateurs, l'Etat et la Région, de son "
                           "bilan.")  # fmt: skip
    for member in ("etat", "region-hauts-de-france"):
        assert (O + member, "memberOf", O + "irev") in found


def test_founders_of_another_body_named_after_the_phrase_are_not_the_bodys(
    ingester: Ingester,
) -> None:
    # facts.md: "The State and the Region are its founding members" (of IREV): "les membres
    # fondateurs du groupement" names whose they are, not a list.
    found = said(ingester, "L'IREV a présenté son bilan. Les membres fondateurs du groupement "
                           "sont là.")  # fmt: skip
    assert not any(relation == "memberOf" for _s, relation, _o in found)


def test_dont_after_a_description_of_the_body_is_the_bodys(ingester: Ingester) -> None:
    # facts.md: IREV "is organised as a GIP"; "The State and the Region are its founding
    # members."
    found = said(ingester, "Dans les Hauts-de-France, l'IREV, un groupement d'intérêt public "
                           "dont l'Etat et la Région sont les membres fondateurs, accompagne "
                           "les acteurs.")  # fmt: skip
    for member in ("etat", "region-hauts-de-france"):
        assert (O + member, "memberOf", O + "irev") in found


def test_dont_after_a_clause_on_the_body_is_not_the_bodys(ingester: Ingester) -> None:
    # facts.md: "ORIV also belongs to the RECI network (7 structures)".
    found = said(ingester, "L'ORIV, qui a rejoint un réseau européen dont l'Etat est membre, "
                           "travaille à Strasbourg.")  # fmt: skip
    assert (O + "etat", "memberOf", O + "oriv") not in found


def test_the_head_of_a_list_entry_is_the_subject_of_its_description(ingester: Ingester) -> None:
    # facts.md: Pôle ressources (95) "started work in the Yvelines in 2018", "with the CGET and
    # the regional prefecture"; Trajectoire Ressources "was labelled a CRPV in 2008".
    found = said(ingester, "Quelques centres :\n\n- Pôle ressources Ville et développement "
                           "social (Val-d'Oise) : depuis 2018, le centre intervient aussi dans "
                           "les Yvelines, en lien avec le CGET.\n- Trajectoire Ressources : "
                           "centre créé en 2006 à Montbéliard, labellisé en 2008 par l'Etat.")  # fmt: skip
    assert (O + "cget", "collaboratesWith", O + "pole-ressources-95") in found
    assert (O + "trajectoire-ressources", "labelledBy", O + "etat") in found
    # facts.md: "ORIV also belongs to the RECI network (7 structures)".
    found = said(ingester, "Les centres du Grand Est :\n• ORIV – association née en 1992 à "
                           "Strasbourg, membre du réseau RECI.")  # fmt: skip
    assert (O + "oriv", "memberOf", O + "reci") in found


def test_an_entry_whose_description_has_its_own_subject_is_not_the_heads(
    ingester: Ingester,
) -> None:
    # facts.md: "ORIV also belongs to the RECI network (7 structures)"; the ANCT replaced the
    # CGET in 2020.
    found = said(ingester, "Quelques centres :\n- ORIV (Grand Est) : un ancien chargé de "
                           "mission du centre a rejoint l'ANCT en 2020.")  # fmt: skip
    assert (O + "oriv", "memberOf", O + "anct") not in found


def test_a_name_inside_a_line_heads_no_entry(ingester: Ingester) -> None:
    # facts.md: Pôle ressources (95) began work in the Yvelines in 2018 "with the CGET and the
    # regional prefecture": here the actors work with the prefecture, not the CGET.
    found = said(ingester, "Le rapport cite le CGET : en 2018, les acteurs associatifs et les "
                           "élus des Yvelines ont commencé à travailler ensemble, en lien avec "
                           "la préfecture de région.")  # fmt: skip
    assert not any(relation == "collaboratesWith" for _s, relation, _o in found)


@pytest.mark.parametrize(
    "text",
    [
        "En 2019, le CGET animait le réseau national des centres de ressources politique de la "
        "ville.",
        "Le bilan 2018 des centres de ressources politique de la ville, dont le CGET animait le "
        "réseau national, a paru en 2019.",
        "Le CGET assurait alors l'animation du réseau national des centres de ressources "
        "politique de la ville.",
    ],
)
def test_animating_the_network_in_any_tense(ingester: Ingester, text: str) -> None:
    # facts.md: "The CGET ran the national network of CRPVs (bilan 2018, published 2019)."
    assert (O + "cget", "animatesNetwork", NETWORK) in said(ingester, text)


def test_animating_a_workshop_with_a_body_is_not_animating_it(ingester: Ingester) -> None:
    # facts.md: "That 2018 meeting was prepared jointly by the CGET, the Réseau National des
    # CRPV and Question de ville."
    found = said(ingester, "En 2018, le CGET anime un atelier avec Question de ville.")
    assert not any(relation == "animatesNetwork" for _s, relation, _o in found)


def test_the_items_of_a_bulleted_list_of_members_are_members(ingester: Ingester) -> None:
    # facts-part3.md: "New members welcomed in (2018): Orléans Métropole, [...] the Giennoise
    # community of communes, and the PETR du Perche."
    found = said(ingester, "L'association s'élargit. Villes au Carré présente ses nouveaux "
                           "adhérents 2018 :\n- Orléans Métropole ;\n- la communauté de "
                           "communes giennoise ;\n- le PETR du Perche.")  # fmt: skip
    for member in ("orleans-metropole", "cc-giennoises", "petr-du-perche"):
        assert (O + member, "memberOf", O + "villes-au-carre") in found


def test_a_bulleted_list_after_another_colon_names_no_members(ingester: Ingester) -> None:
    # facts-part3.md: the 2018 general assembly of Villes au Carré presented the "orientations
    # 2018"; Orléans Métropole is one of the new members.
    found = said(ingester, "Villes au Carré a présenté ses orientations 2018 :\n- un cycle "
                           "avec Orléans Métropole ;\n- des rencontres avec le PETR du "
                           "Perche.")  # fmt: skip
    assert not any(relation == "memberOf" for _s, relation, _o in found)


@pytest.mark.parametrize("cue", ["a pris la suite", "prend le relais"])
def test_a_body_taking_over_from_others_receives_their_activity(
    ingester: Ingester, cue: str
) -> None:
    # facts.md: "The ANCT merges the CGET, EPARECA and the Agence du numérique"; operational
    # from 1 January 2020.
    found = said(ingester, f"Au 1er janvier 2020, l'ANCT {cue} du CGET, de l'EPARECA et de "
                           "l'Agence du numérique.")  # fmt: skip
    for former in ("cget", "epareca"):
        assert (O + former, "activityTransferredTo", O + "anct") in found


def test_a_person_taking_over_from_another_is_no_transfer_of_activity(
    ingester: Ingester,
) -> None:
    # facts.md: Bénédicte Madelin "handed over to Damien Bertrand at the general assembly".
    found = said(ingester, "En 2014, Damien Bertrand a pris la suite de Bénédicte Madelin à "
                           "Profession Banlieue.")  # fmt: skip
    assert not any(relation == "activityTransferredTo" for _s, relation, _o in found)


@pytest.mark.parametrize(
    "text",
    [
        "L'IREV est un groupement d'intérêt public. Le GIP a deux membres fondateurs : l'Etat "
        "et la Région.",
        "Les membres fondateurs de l'IREV sont l'Etat et la Région.",
        "L'IREV a pour membres fondateurs l'Etat et la Région.",
        "L'IREV est un groupement d'intérêt public. Il réunit deux membres fondateurs, l'Etat "
        "et la Région.",
    ],
)
def test_the_founding_members_of_a_body_in_common_wordings(ingester: Ingester, text: str) -> None:
    # facts.md: IREV "is organised as a GIP"; "The State and the Region are its founding
    # members."
    found = said(ingester, text)
    for member in ("etat", "region-hauts-de-france"):
        assert (O + member, "memberOf", O + "irev") in found


def test_members_gathered_with_a_body_are_not_its_members(ingester: Ingester) -> None:
    # facts.md: IREV's founding members are the State and the Region; the 2024 national
    # gathering was held in Lille.
    found = said(ingester, "Les membres du conseil d'administration de l'IREV sont réunis à "
                           "Lille avec l'ANRU. L'IREV a réuni ses membres fondateurs, réunis à "
                           "Lille avec l'ANRU.")  # fmt: skip
    assert not any(relation == "memberOf" for _s, relation, _o in found)


def test_a_pour_partenaires_lists_the_partners(ingester: Ingester) -> None:
    # facts.md: "At the 2022 Strasbourg gathering, the national partners named were CNFPT, CNV,
    # Bpifrance and IRDSU."
    found = said(ingester, "Le réseau national a pour partenaires le CNFPT et Bpifrance.")
    partners = {frozenset((s, o)) for s, relation, o in found if relation == "partnerOf"}
    assert frozenset((NETWORK, O + "cnfpt")) in partners


def test_celles_de_goes_on_with_a_list_of_former_bodies(ingester: Ingester) -> None:
    # facts.md: "The ANCT merges the CGET, EPARECA and the Agence du numérique".
    found = said(ingester, "En 2020, l'ANCT reprend les missions du CGET ainsi que celles de "
                           "l'EPARECA.")  # fmt: skip
    for former in ("cget", "epareca"):
        assert (O + former, "activityTransferredTo", O + "anct") in found


@pytest.mark.parametrize(
    "text",
    [
        "Créées en 2020, les DREETS existent depuis le 1er avril 2021. Elles reprennent les "
        "missions des DIRECCTE ainsi que celles des DRCS.",
        "Les DREETS ont été créées par décret en 2020. Elles succèdent aux DIRECCTE et aux DRCS.",
        "Les DREETS existent depuis avril 2021 ; elles remplacent les DIRECCTE et les DRCS.",
    ],
)
def test_elles_after_bodies_named_in_the_plural_takes_over_their_predecessors(
    ingester: Ingester, text: str
) -> None:
    # facts.md: DREETS "took over the missions of the DIRECCTE and of the regional
    # social-cohesion services (DRCS)"; "They have existed since 1 April 2021".
    found = said(ingester, text)
    transfers = {s for s, relation, o in found if relation == "activityTransferredTo"}
    assert O + "drcs" in transfers
    assert all(o == O + "dreets" for _s, r, o in found if r == "activityTransferredTo")


def test_elles_after_a_body_named_in_the_singular_stands_for_no_body(ingester: Ingester) -> None:
    # facts.md: DREETS "report to the regional préfet"; they took over the DIRECCTE's missions.
    found = said(ingester, "La DREETS dépend du préfet de région. Elles reprennent les missions "
                           "des DIRECCTE.")  # fmt: skip
    assert not any(relation == "activityTransferredTo" for _s, relation, _o in found)


@pytest.mark.parametrize(
    "text",
    [
        "Le préfet dirige aussi la direction de la ville et de la cohésion urbaine (DVCU), où "
        "sont regroupés les anciens services du SG-CIV et de l'Acsé.",
        "Créée en 2014, la DVCU regroupe les anciens services du SG-CIV et de l'Acsé.",
        "Au sein du CGET, la DVCU a réuni en 2014 les anciennes équipes du SG-CIV et de l'Acsé.",
    ],
)
def test_former_bodies_gathered_into_another_transfer_their_activity(
    ingester: Ingester, text: str
) -> None:
    # facts.md: "SG-CIV and Acsé were merged into its direction de la Ville et de la Cohésion
    # urbaine (DVCU)".
    found = said(ingester, text)
    for former in ("sg-civ", "acse"):
        assert (O + former, "activityTransferredTo", O + "cget-dvcu") in found
    assert (O + "cget", "activityTransferredTo", O + "cget-dvcu") not in found


def test_bodies_gathered_without_being_former_ones_transfer_nothing(ingester: Ingester) -> None:
    # facts.md: the CGET's DVCU; "some CGET central-administration staff moved to the DGCL".
    found = said(ingester, "L'ANCT regroupe ses anciens agents au sein de la DVCU. Le réseau "
                           "regroupe les centres de ressources.")  # fmt: skip
    assert not any(relation == "activityTransferredTo" for _s, relation, _o in found)


@pytest.mark.parametrize(
    "text",
    [
        "En 2020, les missions de l'EPARECA ont été confiées à l'ANCT.",
        "Les activités de l'EPARECA sont désormais reprises par l'ANCT.",
        "Le 1er janvier 2020, l'ANCT a absorbé l'EPARECA.",
    ],
)
def test_missions_handed_to_a_body_or_a_body_absorbed_is_a_transfer(
    ingester: Ingester, text: str
) -> None:
    # facts.md: "The ANCT merges the CGET, EPARECA and the Agence du numérique"; in effect on
    # 1 January 2020.
    assert (O + "epareca", "activityTransferredTo", O + "anct") in said(ingester, text)


@pytest.mark.parametrize(
    "text",
    [
        "L'appel à projets de la DIACT a suscité une réponse commune de trois centres de "
        "ressources : Pays et Quartiers d'Aquitaine (PQA), RésO Villes et le CRPV Paca.",
        "En 2006, RésO Villes, PQA et le CRPV Paca ont coédité un numéro spécial de revue.",
        "Ce numéro spécial a été coproduit en 2006 par RésO Villes, PQA et le CRPV Paca, avec "
        "le soutien de la DIACT.",
    ],
)
def test_bodies_named_together_as_authors_collaborate_pairwise(
    ingester: Ingester, text: str
) -> None:
    # facts.md §9: CRPV Paca answered the DIACT call for projects with RésO Villes and PQA.
    found = said(ingester, text)
    pairs = {frozenset((s, o)) for s, relation, o in found if relation == "collaboratesWith"}
    centres = (O + "reso-villes", O + "pqn-a", O + "crpv-paca")
    assert pairs == {frozenset((a, b)) for a in centres for b in centres if a < b}


@pytest.mark.parametrize(
    "text",
    [
        "Question de Ville et la Fédération des centres sociaux publient un rapport commun.",
        "En 2012, Question de Ville et la Fédération des centres sociaux ont publié un rapport "
        "avec le soutien du SGCIV.",
        "Question de Ville ainsi que la Fédération des centres sociaux éditent ce rapport.",
    ],
)
def test_bodies_publishing_as_one_subject_collaborate(ingester: Ingester, text: str) -> None:
    # facts.md, Question de Ville: "In 2012 it co-published a report with the Fédération des
    # centres sociaux".
    found = said(ingester, text)
    pairs = {frozenset((s, o)) for s, relation, o in found if relation == "collaboratesWith"}
    assert frozenset((O + "question-de-ville", O + "federation-centres-sociaux")) in pairs


def test_the_bodies_a_publication_is_about_do_not_collaborate(ingester: Ingester) -> None:
    # facts.md: the CGET published the centres' 2018 activity report.
    found = said(ingester, "Le CGET a publié le bilan de RésO Villes et de PQA.")
    assert not any(relation == "collaboratesWith" for _s, relation, _o in found)
    found = said(ingester, "Le CGET et l'ANCT ont publié le bilan de RésO Villes et de PQA.")
    pairs = {frozenset((s, o)) for s, relation, o in found if relation == "collaboratesWith"}
    assert pairs == {frozenset((O + "cget", O + "anct"))}


def test_a_body_acting_alone_collaborates_with_no_one(ingester: Ingester) -> None:
    # facts.md: RésO Villes, cited in 2006 in a DIACT-backed publication.
    found = said(ingester, "RésO Villes, qui a coédité un guide en 2006, a rejoint le réseau.")
    assert not any(relation == "collaboratesWith" for _s, relation, _o in found)


def test_il_after_a_body_noun_is_the_body_even_after_a_person(ingester: Ingester) -> None:
    # facts-part3/facts.md: Évelyne Bouzzine directed the CRPVE in 2013; the CRPVE is behind the
    # exhibition "Mémoire et projets en Essonne" with the CAUE de l'Essonne and CINEAM.
    found = said(ingester, "En 2013, le CRPVE était dirigé par Évelyne Bouzzine.\n\nLe centre "
                           "ne travaille pas seul. Avec le CAUE de l'Essonne et CINEAM, il a "
                           "porté une exposition.")  # fmt: skip
    pairs = {frozenset((s, o)) for s, relation, o in found if relation == "collaboratesWith"}
    assert frozenset((O + "crpv-essonne", O + "caue-essonne")) in pairs
    assert frozenset((O + "crpv-essonne", O + "cineam")) in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Le centre RésO Villes, soutenu par la DIACT, a publié un guide en 2006.",
        "En 2006, RésO Villes a reçu le soutien financier de la DIACT.",
        "RésO Villes bénéficie depuis 2006 du soutien de la DIACT.",
    ],
)
def test_a_body_supported_by_another_has_it_for_funder(ingester: Ingester, text: str) -> None:
    # facts.md: RésO Villes was "cited in 2006 as the CRPV for Bretagne-Pays de la Loire, in a
    # DIACT-backed publication".
    assert (O + "reso-villes", "funder", O + "diact") in said(ingester, text)


def test_support_received_by_a_bodys_director_is_not_the_bodys(ingester: Ingester) -> None:
    # facts.md: RésO Villes, a DIACT-backed publication in 2006.
    found = said(ingester, "Le directeur de RésO Villes a reçu le soutien de la DIACT.")
    assert not any(relation == "funder" for _s, relation, _o in found)


@pytest.mark.parametrize(
    "text",
    [
        "Le 1er janvier 2020, le CGET a laissé la place à l'ANCT.",
        "L'ANCT, héritière du CGET, anime le réseau national.",
        "L'ANCT a hérité en 2020 des missions du CGET.",
        "Issue du CGET, l'ANCT anime le réseau national depuis 2020.",
        "L'ANCT (anciennement CGET) anime le réseau national.",
        "En 2020, l'ANCT a repris l'activité du CGET.",
    ],
)
def test_a_body_taking_another_s_place_or_inheriting_from_it_receives_its_activity(
    ingester: Ingester, text: str
) -> None:
    # facts.md: "Wikipedia ... describes the CGET as a central-administration service replaced
    # in 2020 by the ANCT."
    found = said(ingester, text)
    assert (O + "cget", "activityTransferredTo", O + "anct") in found
    assert (O + "anct", "activityTransferredTo", O + "cget") not in found


def test_the_former_bodies_a_merger_put_first_names_all_transfer(ingester: Ingester) -> None:
    # facts.md: "The ANCT merges the CGET, EPARECA and the Agence du numérique".
    found = said(ingester, "Née de la fusion du CGET et de l'EPARECA, l'ANCT anime le réseau.")
    for former in ("cget", "epareca"):
        assert (O + former, "activityTransferredTo", O + "anct") in found


def test_an_origin_phrase_that_names_no_body_first_transfers_nothing(ingester: Ingester) -> None:
    # facts.md: the ANCT, created by the law of 22 July 2019; the CGET before it.
    found = said(ingester, "Issue d'une loi de 2019, l'ANCT a repris le personnel du CGET.")
    assert not any(relation == "activityTransferredTo" for _s, relation, _o in found)


@pytest.mark.parametrize(
    "text",
    [
        "Le CRPVE travaille depuis 2010 avec le CAUE de l'Essonne.",
        "Le CRPVE a porté l'exposition avec le concours du CAUE de l'Essonne.",
        "Le CRPVE s'est associé au CAUE de l'Essonne pour porter une exposition.",
        "Le CRPVE coopère avec le CAUE de l'Essonne sur les grands ensembles.",
    ],
)
def test_working_with_another_body_in_several_wordings_is_collaboration(
    ingester: Ingester, text: str
) -> None:
    # facts.md: the CRPVE is one of four associations behind the exhibition "Mémoire et projets
    # en Essonne", with the CAUE de l'Essonne.
    found = said(ingester, text)
    pairs = {frozenset((s, o)) for s, relation, o in found if relation == "collaboratesWith"}
    assert frozenset((O + "crpv-essonne", O + "caue-essonne")) in pairs


@pytest.mark.parametrize(
    "text",
    [
        "En 2015, le CGET a attribué le label de centre de ressources à Normanvilles.",
        "Normanvilles a obtenu en 2015 le label CRPV du CGET.",
        "Normanvilles a été reconnu en 2015 par le CGET.",
        "Le CGET a accordé en 2015 son label à Normanvilles.",
    ],
)
def test_a_label_granted_obtained_or_a_recognition_names_the_labelling_body(
    ingester: Ingester, text: str
) -> None:
    # facts.md: Normanvilles "was labelled by the CGET in 2015".
    assert (O + "normanvilles", "labelledBy", O + "cget") in said(ingester, text)


@pytest.mark.parametrize(
    "text",
    [
        "L'ERU est une école. Son conseil d'administration réunit l'ANRU, le CGET, l'USH et la "
        "Caisse des Dépôts.",
        "L'ERU est une école. L'ANRU, le CGET, l'USH et la Caisse des Dépôts siègent à son "
        "conseil d'administration.",
        "L'ERU est une école. L'ANRU, le CGET, l'USH et la Caisse des Dépôts siègent aussi au "
        "conseil d'administration de l'ERU.",
    ],
)
def test_the_bodies_a_board_gathers_or_that_sit_on_it_are_its_members(
    ingester: Ingester, text: str
) -> None:
    # facts.md (ERU): "Its board brings together ANRU, CGET, USH and the Caisse des Dépôts."
    found = said(ingester, text)
    board = O + "eru-conseil-d-administration"
    for member in ("anru", "cget", "ush", "caisse-des-depots"):
        assert (O + member, "memberOf", board) in found


def test_a_meeting_that_gathers_bodies_makes_no_members(ingester: Ingester) -> None:
    # facts.md: the 2018 meeting welcomed representatives of ANRU, ERU and EPARECA.
    found = said(ingester, "La rencontre de l'ERU réunit l'ANRU et l'EPARECA. Le bureau de "
                           "l'ANRU réunit l'USH.")  # fmt: skip
    assert not any(relation == "memberOf" for _s, relation, _o in found)


def test_a_membership_put_first_is_the_subject_s(ingester: Ingester) -> None:
    # facts.md: the ORIV is a member of the RECI network.
    found = said(ingester, "Membre du réseau RECI, l'ORIV anime des formations.")
    assert (O + "oriv", "memberOf", O + "reci") in found


@pytest.mark.parametrize(
    "text",
    [
        "Le CRPV Paca a répondu à un appel à projets de la DIACT en lien avec RésO Villes.",
        "En 2006, le CRPV Paca a préparé une réponse à l'appel de la DIACT en partenariat avec "
        "RésO Villes.",
    ],
)
def test_a_manner_phrase_after_a_complement_qualifies_the_sentence_subject(
    ingester: Ingester, text: str
) -> None:
    # facts.md §9: CRPV Paca answered the DIACT call for projects with RésO Villes and PQA.
    found = said(ingester, text)
    pairs = {frozenset((s, o)) for s, r, o in found if r in ("collaboratesWith", "partnerOf")}
    assert frozenset((O + "crpv-paca", O + "reso-villes")) in pairs
    assert frozenset((O + "diact", O + "reso-villes")) not in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Depuis 2014, la DVCU est rattachée au CGET.",
        "La DVCU, l'une des directions du CGET, anime le réseau.",
        "La DVCU, créée au sein du CGET en 2014, anime le réseau.",
    ],
)
def test_a_unit_attached_to_or_created_within_a_body_is_its_unit(
    ingester: Ingester, text: str
) -> None:
    # facts.md: SG-CIV and Acsé "were merged into its direction de la Ville et de la Cohésion
    # urbaine (DVCU)" (the CGET's).
    assert (O + "cget-dvcu", "unitOf", O + "cget") in said(ingester, text)


def test_a_person_attached_to_a_unit_is_no_unit(ingester: Ingester) -> None:
    # facts.md: Raphaël Le Méhauté, DVCU director from July 2014.
    found = said(ingester, "Raphaël Le Méhauté, rattaché à la DVCU, anime le réseau.")
    assert not any(relation == "unitOf" for _s, relation, _o in found)


def test_a_verb_after_a_body_completing_a_noun_is_not_the_body_s(ingester: Ingester) -> None:
    # facts.md: the CRPVE and the CAUE de l'Essonne behind one exhibition.
    found = said(ingester, "La directrice du CRPVE travaille avec le CAUE de l'Essonne.")
    assert not any(relation == "collaboratesWith" for _s, relation, _o in found)


@pytest.mark.parametrize(
    "text",
    [
        "L'ANCT regroupe trois anciennes structures : le CGET, l'EPARECA et l'Agence du numérique.",
        "L'ANCT remplace depuis 2020 trois structures nationales : le CGET, l'EPARECA et "
        "l'Agence du numérique.",
        "Le 1er janvier 2020, le CGET, l'EPARECA et l'Agence du numérique ont laissé la place à "
        "l'ANCT.",
    ],
)
def test_former_bodies_counted_then_listed_after_a_colon_all_transfer(
    ingester: Ingester, text: str
) -> None:
    # facts.md: "A Senate report confirms it took effect on 1 January 2020 and grouped CGET,
    # EPARECA and the Agence du numérique."
    found = said(ingester, text)
    for former in ("cget", "epareca", "agence-du-numerique"):
        assert (O + former, "activityTransferredTo", O + "anct") in found


@pytest.mark.parametrize(
    "text",
    [
        "Depuis 2017, Villes au Carré fonctionne grâce au financement de l'ANCT.",
        "L'ANCT apporte son soutien financier à Villes au Carré.",
        "En 2018, l'ANCT a accordé une subvention à Villes au Carré.",
    ],
)
def test_funding_said_of_the_funded_body_or_by_the_funder(ingester: Ingester, text: str) -> None:
    # facts.md: Villes au Carré "created a funders' committee at the State's request" (from
    # 2017, covering only Centre-Val de Loire).
    assert (O + "villes-au-carre", "funder", O + "anct") in said(ingester, text)


def test_the_bodies_sitting_on_a_committee_named_before_ou_are_its_members(
    ingester: Ingester,
) -> None:
    # facts.md: Villes au Carré "created a funders' committee at the State's request".
    found = said(ingester, "Villes au Carré a mis en place un comité des financeurs, où siègent "
                           "l'Etat et l'ANCT.")  # fmt: skip
    committee = O + "villes-au-carre-comite-des-financeurs"
    assert (O + "etat", "memberOf", committee) in found
    assert (O + "anct", "memberOf", committee) in found


def test_a_body_depending_on_another_s_funds_is_no_unit_of_it(ingester: Ingester) -> None:
    # facts.md: Villes au Carré created a funders' committee at the State's request.
    found = said(ingester, "Villes au Carré dépend des subventions de l'ANCT.")
    assert not any(relation == "unitOf" for _s, relation, _o in found)


def test_a_recognition_of_public_utility_is_no_label(ingester: Ingester) -> None:
    # facts.md: Normanvilles "was labelled by the CGET in 2015".
    found = said(ingester, "Normanvilles a été reconnu d'utilité publique par l'Etat.")
    assert not any(relation == "labelledBy" for _s, relation, _o in found)


def members_of(ingester: Ingester, text: str, body: str) -> set[str]:
    """The bodies the ingest proposes as members of ``body`` in ``text``."""
    statements = ingester.draft(Article(body=text, url="https://example.org/m")).extraction
    return {s.subject for s in statements.statements
            if s.predicate == ORG + "memberOf" and s.object == body}  # fmt: skip


def test_a_section_of_a_bodys_page_lists_its_members_under_group_heads(
    ingester: Ingester,
) -> None:
    # facts-part3.md §12: the founding members of the GIP Maore Ouvoimoja were the State, the
    # Caisse des Dépôts, ... and the communes of Bandrélé, Bouéni, ... and Sada.
    text = ("Maore Ouvoimoja, c'est le groupement d'intérêt public politique de la ville de "
            "Mayotte.\n\nNos membres fondateurs\nLe GIP a été constitué par les partenaires "
            "suivants.\nCôté institutions :\n- l'État ;\n- la Caisse des Dépôts.\nCôté communes : "
            "Bandrélé, Bouéni et Sada.\n\nContact : Mamoudzou.")  # fmt: skip
    found = members_of(ingester, text, O + "maore-ouvoimoja")
    communes = {"NEW:Bandrélé", "NEW:Bouéni", "NEW:Sada"}  # the graph names them "commune de X"
    assert found == {O + "etat", O + "caisse-des-depots"} | communes


def test_a_members_item_names_its_member_not_what_it_acts_through(ingester: Ingester) -> None:
    # facts.md 139: PQN-A was renewed by its founders, the State (through the SGAR) and the
    # Region; the SGAR is the State's means, no member. The page's first line names the body.
    text = (
        "Pays et Quartiers de Nouvelle-Aquitaine (PQN-A) est un centre de ressources.\n\n"
        "Les fondateurs :\n- l'État, au travers du SGAR ;\n- la Région Nouvelle-Aquitaine."
    )
    found = members_of(ingester, text, O + "pqn-a")
    assert O + "etat" in found
    assert not [member for member in found if "sgar" in member]


def test_a_list_of_a_days_guests_is_no_section_of_members(ingester: Ingester) -> None:
    # facts.md 90: the assembly of 24 March 2017 admitted three bodies; a list of who came, with
    # no word of members over it, says nothing of membership.
    text = (
        "L'IREV a tenu son assemblée générale le 24 mars 2017.\n\nÉtaient présents :\n"
        "- Lens-Liévin ;\n- Valenciennes Métropole."
    )
    assert not members_of(ingester, text, O + "irev")


@pytest.mark.parametrize(
    "text",
    [
        # facts.md 90: the assembly of 24 March 2017 admitted Lens-Liévin, Valenciennes
        # Métropole and the Pays noyonnais.
        "L'assemblée générale de l'IREV s'est tenue le 24 mars 2017. Elle a accueilli trois "
        "nouveaux membres : Lens-Liévin, Valenciennes Métropole et le Pays noyonnais.",
        "Nouveaux adhérents de l'IREV : Lens-Liévin, Valenciennes Métropole et le Pays noyonnais.",
        "L'IREV a tenu son assemblée générale le 24 mars 2017. Valenciennes Métropole et le Pays "
        "noyonnais ont rejoint le groupement.",
    ],
)
def test_new_members_are_members_of_the_body_the_text_is_about(
    ingester: Ingester, text: str
) -> None:
    found = members_of(ingester, text, O + "irev")
    assert {O + "valenciennes-metropole", O + "pays-noyonnais"} <= found


def test_a_body_that_associates_others_or_a_board_composed_of_them_has_them_as_members(
    ingester: Ingester,
) -> None:
    # facts.md 87: the State and the Region are IREV's founding members; others: the Caisse des
    # Dépôts and the URH. facts.md 218: the ERU's board brings together ANRU, USH and the CDC.
    irev = "L'IREV associe l'État, la Région Hauts-de-France, la Caisse des Dépôts et l'URH."
    assert members_of(ingester, irev, O + "irev") == {
        O + "etat", O + "region-hauts-de-france", O + "caisse-des-depots", O + "urh"
    }  # fmt: skip
    board = ("Le conseil d'administration de l'ERU est composé de l'ANRU, de l'USH et de la "
             "Caisse des Dépôts.")  # fmt: skip
    assert members_of(ingester, board, O + "eru-conseil-d-administration") == {
        O + "anru", O + "ush", O + "caisse-des-depots"
    }  # fmt: skip


# --- bodies referred to by a pronoun, a noun of bodies or the centres as a group ------------


@pytest.mark.parametrize(
    "text",
    [
        "Le commissariat est créé en 2014 ; placé auprès du Premier ministre, il prend la place "
        "de la DATAR, du SG-CIV et de l'Acsé.",
        "Le CGET relèvera du Premier ministre ; il se substitue à trois structures existantes, "
        "la Datar, le SG-CIV et l'Acsé.",
    ],
)
def test_a_pronoun_standing_for_a_body_takes_over_the_activity_of_those_it_replaces(
    ingester: Ingester, text: str
) -> None:
    # facts.md, CGET: "the CGET replaces the Datar, SG-CIV and Acsé and reports to the Prime
    # Minister".
    found = said(ingester, "Le CGET est né d'une décision du CIMAP. " + text)
    for body in ("datar", "sg-civ", "acse"):
        assert (O + body, "activityTransferredTo", O + "cget") in found


def test_il_after_a_body_named_in_a_complement_stands_for_no_body(ingester: Ingester) -> None:
    found = said(ingester, "Le projet de décret du CGET est publié. Il remplace l'Acsé.")
    assert not any(relation == "activityTransferredTo" for _s, relation, _o in found)


@pytest.mark.parametrize(
    "text",
    [
        "Les centres sont nés d'initiatives locales, mais ils sont labellisés par l'ANCT.",
        "Depuis 1998, ces centres se multiplient, après les pionniers, Profession Banlieue ou "
        "le CR-DSU. Tous sont nés d'initiatives locales et sont labellisés par l'ANCT.",
        "Selon le CGET, qui les labellise, le réseau national des CRPV compte dix-neuf centres.",
        "Les centres sont nés d'initiatives locales. L'ANCT les a labellisés.",
    ],
)
def test_the_centres_referred_to_by_a_pronoun_are_labelled_as_a_group(
    small: Ingester, text: str
) -> None:
    # facts.md: "The centres grew out of local initiatives and are labelled by the State."
    labellers = {o for s, relation, o in said(small, text) if relation == "centresLabelledBy"}
    assert labellers & {O + "anct", O + "cget"}


def test_a_plural_pronoun_after_another_plural_body_is_not_the_centres(small: Ingester) -> None:
    text = "Les centres travaillent avec les DREETS. Elles sont labellisées par l'ANCT."
    assert not any(relation == "centresLabelledBy" for _s, relation, _o in said(small, text))


def test_a_network_gathering_a_count_of_centres_has_them_as_members(small: Ingester) -> None:
    # facts.md: the national network of the centres counts them.
    found = said(small, "Le réseau national des CRPV rassemble dix-neuf centres.")
    assert (CENTRES, "memberOf", NETWORK) in found


# --- collaboration, units and members ------------------------------------------------------


def test_a_work_copublished_with_a_body_is_collaboration(ingester: Ingester) -> None:
    # facts.md, Question de Ville: "In 2012 it co-published a report with the Fédération des
    # centres sociaux".
    found = said(ingester, "Question de Ville, qui a copublié en 2012 avec la Fédération des "
                           "centres sociaux un rapport, fête ses vingt ans.")  # fmt: skip
    assert (O + "federation-centres-sociaux", "collaboratesWith", O + "question-de-ville") in found


def test_a_copublication_by_a_persons_body_is_no_collaboration_of_the_body(
    ingester: Ingester,
) -> None:
    found = said(ingester, "La directrice de l'IREV a coédité avec l'ORIV un guide.")
    assert not any(relation == "collaboratesWith" for _s, relation, _o in found)


@pytest.mark.parametrize(
    "text",
    [
        "Au sein du CGET, le dossier relève de la direction de la ville et de la cohésion urbaine.",
        "Le CGET est créé en 2014. Au sein du commissariat, le dossier relève de la direction "
        "de la ville et de la cohésion urbaine.",
    ],
)
def test_a_unit_named_after_its_parent_put_first_is_its_unit(ingester: Ingester, text: str) -> None:
    # facts.md, CGET: "SG-CIV and Acsé were merged into its direction de la Ville et de la
    # Cohésion urbaine (DVCU)".
    assert (O + "cget-dvcu", "unitOf", O + "cget") in said(ingester, text)


def test_a_body_put_first_is_no_parent_of_other_bodies(ingester: Ingester) -> None:
    found = said(ingester, "Au sein du CGET, le SG-CIV et l'Acsé travaillent ensemble.")
    assert not any(relation == "unitOf" for _s, relation, _o in found)


@pytest.mark.parametrize(
    "text",
    [
        "Le réseau RECI regroupe l'ORIV, le CRPVE et Profession Banlieue.",
        "Parmi les membres du réseau RECI figurent l'ORIV, le CRPVE et Profession Banlieue.",
    ],
)
def test_a_network_named_before_its_members_has_them_as_members(
    ingester: Ingester, text: str
) -> None:
    # facts.md, ORIV: "ORIV also belongs to the RECI network (7 structures)".
    found = said(ingester, text)
    for body in ("oriv", "crpv-essonne", "profession-banlieue"):
        assert (O + body, "memberOf", O + "reci") in found


def test_an_agency_gathering_former_bodies_has_no_members(ingester: Ingester) -> None:
    found = said(ingester, "Depuis 2020, l'ANCT regroupe le CGET, l'EPARECA et l'Agence du "
                           "numérique.")  # fmt: skip
    assert not any(relation == "memberOf" for _s, relation, _o in found)


@pytest.mark.parametrize(
    "text",
    [
        "Depuis sa création, l'ANCT regroupe le CGET, l'EPARECA et l'Agence du numérique.",
        "L'Agence nationale de la cohésion des territoires (ANCT) est née en 2020. Elle a réuni "
        "en son sein trois structures : le CGET, l'EPARECA et l'Agence du numérique.",
        "L'Agence nationale de la cohésion des territoires (ANCT) est née en 2020.\n\nL'agence "
        "est un établissement public de l'État. Elle regroupe le CGET, l'EPARECA et l'Agence du "
        "numérique.",
    ],
)
def test_a_body_gathering_bodies_that_ended_as_it_began_takes_over_their_activity(
    ingester: Ingester, text: str
) -> None:
    # facts.md: the CGET was "replaced in 2020 by the ANCT"; the graph has the CGET, the EPARECA
    # and the Agence du numérique end in 2020, the ANCT begin in 2019.
    found = said(ingester, text)
    for body in ("cget", "epareca", "agence-du-numerique"):
        assert (O + body, "activityTransferredTo", O + "anct") in found
        assert (O + body, "memberOf", O + "anct") not in found


def test_a_board_gathering_a_body_that_ended_later_has_it_as_a_member(ingester: Ingester) -> None:
    # facts.md, ERU: its board gathered the ANRU, the CGET, the USH and the Caisse des Dépôts.
    found = said(ingester, "Le conseil d'administration de l'ERU réunit l'ANRU et le CGET.")
    assert (O + "cget", "memberOf", O + "eru-conseil-d-administration") in found
    assert not any(relation == "activityTransferredTo" for _s, relation, _o in found)


def test_a_phrase_set_apart_by_commas_leaves_the_body_the_subject_of_the_verb(
    ingester: Ingester,
) -> None:
    # facts.md: the ANCT took over from the CGET in 2020.
    found = said(ingester, "L'ANCT, créée par la loi du 22 juillet 2019 et opérationnelle depuis "
                           "le 1er janvier 2020, a repris les missions du CGET.")  # fmt: skip
    assert (O + "cget", "activityTransferredTo", O + "anct") in found


@pytest.mark.parametrize(
    "text",
    [
        "Le réseau RECI, dont sont membres l'ORIV et le CRPVE, se réunit à Metz.",
        "Le réseau RECI, dont font partie l'ORIV et le CRPVE, se réunit à Metz.",
        "L'ORIV, le CRPVE et Profession Banlieue composent le réseau RECI.",
    ],
)
def test_members_named_after_dont_or_before_composent_are_members(
    ingester: Ingester, text: str
) -> None:
    # facts.md, ORIV: "ORIV also belongs to the RECI network (7 structures)".
    found = said(ingester, text)
    for body in ("oriv", "crpv-essonne"):
        assert (O + body, "memberOf", O + "reci") in found


@pytest.mark.parametrize(
    "text",
    [
        "PQN-A est un groupement d'intérêt public. PQN-A couvre la Nouvelle-Aquitaine.\n\n"
        "En 2017, Villes au Carré nous a transmis ses activités en Poitou-Charentes.",
        "PQN-A est un groupement d'intérêt public. Depuis 2017, PQN-A a repris les activités "
        "que Villes au Carré conduisait en Poitou-Charentes.",
    ],
)
def test_a_body_handing_its_work_to_the_page_body_or_to_a_named_one_transfers_activity(
    ingester: Ingester, text: str
) -> None:
    # facts.md, Villes au Carré: "it handed its Poitou-Charentes work to PQA".
    assert (O + "villes-au-carre", "activityTransferredTo", O + "pqn-a") in said(ingester, text)


def test_taking_on_work_a_body_entrusts_now_is_no_transfer(ingester: Ingester) -> None:
    found = said(ingester, "PQN-A est un GIP. PQN-A reprend les activités que l'État lui confie.")
    assert not any(relation == "activityTransferredTo" for _s, relation, _o in found)


def test_a_section_heading_calling_the_body_by_a_noun_lists_its_members(
    ingester: Ingester,
) -> None:
    # facts.md, IREV: a groupement d'intérêt public whose founding members are the State and
    # the Region.
    text = ("Assemblée générale à Lille.\n\nL'IREV a réuni ses adhérents dans les locaux de "
            "l'ANRU.\n\nLes membres fondateurs du groupement :\n• l'État\n"
            "• la Région Hauts-de-France")  # fmt: skip
    found = said(ingester, text)
    assert {(O + "etat", "memberOf", O + "irev"),
            (O + "region-hauts-de-france", "memberOf", O + "irev")} <= found  # fmt: skip


def test_a_section_heading_without_a_body_lists_no_members_of_one(ingester: Ingester) -> None:
    text = "L'IREV organise une journée.\n\nLes participants :\n- l'État ;\n- l'ANRU."
    assert not any(relation == "memberOf" for _s, relation, _o in said(ingester, text))


@pytest.mark.parametrize(
    "text",
    [
        "L'IREV est un groupement d'intérêt public. Le groupement héberge aussi le CRPRS.",
        "Depuis 2016, l'IREV abrite le CRPRS.",
    ],
)
def test_a_body_hosting_one_of_its_units_has_it_as_its_unit(ingester: Ingester, text: str) -> None:
    # facts.md, IREV: "IREV hosts a centre on the prevention of social radicalisation (CRPRS)".
    assert (O + "crprs", "unitOf", O + "irev") in said(ingester, text)


def test_a_body_hosting_another_body_has_no_unit(ingester: Ingester) -> None:
    found = said(ingester, "La Maison des métiers de la ville héberge Trajectoire Ressources.")
    assert not any(relation == "unitOf" for _s, relation, _o in found)


def test_a_few_centres_counted_then_named_are_those_named_not_the_group(
    ingester: Ingester,
) -> None:
    # facts.md, PQA: it answered a DIACT call for projects jointly with RésO Villes and the CRPV
    # PACA. The subject opens an entry of a list ("- Europe : PQA ...").
    found = said(ingester, "- Europe : en 2006, PQA a répondu à un appel à projets de la DIACT, "
                           "conjointement avec deux centres de ressources politique de la ville, "
                           "RésO Villes et le CRPV Paca.")  # fmt: skip
    pairs = {(s, o) for s, relation, o in found if relation == "collaboratesWith"}
    assert (O + "pqn-a", O + "reso-villes") in pairs
    assert not any(CENTRES in pair or O + "diact" in pair for pair in pairs)


def test_the_signed_document_is_the_agreement_named_before(ingester: Ingester) -> None:
    # facts.md, Pacte de Dijon: "signed on 16 July 2018 at Matignon by Prime Minister Édouard
    # Philippe, Jean-Luc Rigaut (ADCF) and Jean-Luc Moudenc (France urbaine)".
    statements = draft(ingester, "Le Pacte de Dijon porte sur la cohésion urbaine. Le document a "
                                 "été signé le 16 juillet 2018 par Édouard Philippe, Jean-Luc "
                                 "Rigaut et Jean-Luc Moudenc.").extraction.statements  # fmt: skip
    pact = PREFIXES["collab"] + "pacte-de-dijon"
    found = {(s.subject, s.object, s.role) for s in statements if s.relation == "memberOf"}
    for person in ("edouard-philippe", "jean-luc-rigaut", "jean-luc-moudenc"):
        assert (P + person, pact, ROLE + "signatory") in found


@pytest.mark.parametrize(
    "text",
    [
        "L'IREV est un groupement d'intérêt public. Deux membres fondateurs en sont à "
        "l'origine : l'État et la Région.",
        "L'IREV est un groupement d'intérêt public. Ses membres fondateurs en sont restés les "
        "mêmes depuis 1993 : l'État et la Région.",
        "L'IREV a tenu son assemblée générale. Deux membres y ont siégé dès l'origine : l'État "
        "et la Région.",
    ],
)
def test_members_listed_after_the_colon_of_a_clause_saying_en_or_y(
    ingester: Ingester, text: str
) -> None:
    # facts.md, IREV: "The State and the Region are its founding members."
    found = said(ingester, text)
    for member in ("etat", "region-hauts-de-france"):
        assert (O + member, "memberOf", O + "irev") in found


def test_adhesions_voted_there_are_members_of_the_body_the_text_is_about(
    ingester: Ingester,
) -> None:
    # facts-part3.md, Villes au Carré: "New members welcomed in (2018): Orléans Métropole, ..."
    found = said(ingester, "Villes au Carré a tenu son assemblée générale à Orléans. Villes au "
                           "Carré y a fait le bilan de 2017. Une adhésion y a été votée : Orléans "
                           "Métropole.")  # fmt: skip
    assert (O + "orleans-metropole", "memberOf", O + "villes-au-carre") in found


def test_a_meeting_held_somewhere_before_a_colon_lists_no_members(ingester: Ingester) -> None:
    found = said(ingester, "L'IREV a tenu son assemblée générale. Les membres se sont réunis en "
                           "assemblée à Lille : l'État a présenté le bilan.")  # fmt: skip
    assert not any(relation == "memberOf" for _s, relation, _o in found)


@pytest.mark.parametrize(
    "opening", ["Siègent à leurs côtés", "À leurs côtés siègent", "Siègent aussi à leurs côtés"]
)
def test_bodies_sitting_beside_the_members_named_are_members_too(
    ingester: Ingester, opening: str
) -> None:
    # facts.md, IREV: "Other members: [...] the Caisse des Dépôts and the URH."
    found = said(ingester, "L'IREV est un groupement d'intérêt public dont l'État et la Région "
                           f"sont les membres fondateurs. {opening} la Caisse des Dépôts et "
                           "l'URH.")  # fmt: skip
    for member in ("caisse-des-depots", "urh"):
        assert (O + member, "memberOf", O + "irev") in found


@pytest.mark.parametrize(
    "text",
    [
        "L'ORIV compte parmi les sept structures du réseau RECI.",
        "L'ORIV figure parmi les membres du réseau RECI.",
        "L'ORIV est l'une des sept structures du réseau RECI.",
    ],
)
def test_a_body_counted_among_a_networks_structures_is_its_member(
    ingester: Ingester, text: str
) -> None:
    # facts.md, ORIV: "ORIV also belongs to the RECI network (7 structures)".
    assert (O + "oriv", "memberOf", O + "reci") in said(ingester, text)


def test_a_body_counted_among_a_bodys_partners_is_no_member(ingester: Ingester) -> None:
    found = said(ingester, "L'ORIV compte parmi les partenaires du réseau RECI.")
    assert not any(relation == "memberOf" for _s, relation, _o in found)


@pytest.mark.parametrize(
    "text",
    [
        "L'ORIV a été mis en place par la CRIPI, une instance du Fonds d'action sociale.",
        "La CRIPI, instance régionale du Fonds d'action sociale, a créé l'ORI.",
        "La CRIPI est une instance du Fonds d'action sociale.",
        # the agent of a participle, the noun in apposition with no article
        "En 1992, l'ORI est créé par la CRIPI, instance régionale du Fonds d'action sociale.",
    ],
)
def test_a_body_said_to_be_an_instance_of_another_is_its_unit(
    ingester: Ingester, text: str
) -> None:
    # facts.md, ORIV: "It was set up by CRIPI, a body of the Fonds d'Action Sociale".
    assert (O + "cripi", "unitOf", O + "fonds-d-action-sociale") in said(ingester, text)


@pytest.mark.parametrize(
    "text",
    [
        "L'ORIV est installé à Strasbourg. Nous disposons aussi d'une antenne à Reims.",
        "L'ORIV est une association. Installée à Strasbourg, avec une antenne à Reims, elle "
        "couvre le Grand Est.",
        "L'ORIV a son siège à Strasbourg et son antenne à Reims.",
    ],
)
def test_a_branch_named_by_its_place_is_a_unit_of_the_body(small: Ingester, text: str) -> None:
    # facts.md: ORIV, "Strasbourg, antenna in Reims" (a graph without the ORIV's units).
    found = said(small, text)
    assert ("NEW:antenne à Reims (ORIV)", "unitOf", "NEW:ORIV") in found


def test_a_branch_without_a_place_name_is_no_unit(small: Ingester) -> None:
    found = said(small, "L'ORIV est installé à Strasbourg. Nous disposons d'une antenne à "
                        "proximité de la gare.")  # fmt: skip
    assert not any(relation == "unitOf" for _s, relation, _o in found)


def test_an_organ_opening_an_item_of_a_list_is_the_bodys(small: Ingester) -> None:
    # facts.md, ERU: "Its board brings together ANRU, CGET, USH and the Caisse des Dépôts."
    found = said(small, "L'ANCT en bref :\n- un conseil d'administration qui réunit le CGET et "
                        "Question de ville ;\n- une équipe basée à Paris.")  # fmt: skip
    board = "NEW:conseil d'administration (ANCT)"
    assert (board, "unitOf", O + "anct") in found
    assert {(O + "cget", "memberOf", board), (O + "question-de-ville", "memberOf", board)} <= found


def test_an_organ_with_an_indefinite_article_in_prose_has_no_owner(small: Ingester) -> None:
    found = said(small, "L'ANCT existe. Un conseil d'administration réunit le CGET.")
    assert not any(relation == "unitOf" for _s, relation, _o in found)


@pytest.mark.parametrize(
    "text",
    [
        "L'IREV est un groupement. Le groupement héberge aussi le CRIS, un centre consacré à "
        "la prévention des radicalisations.",
        "L'IREV est un groupement. Daniel Barnier rappelle que le centre de ressources abrite "
        "aussi le CRIS, centre consacré à la prévention des radicalisations.",
    ],
)
def test_a_hosted_body_described_as_a_centre_is_a_unit_of_its_host(
    ingester: Ingester, text: str
) -> None:
    # facts.md, IREV: "IREV hosts a centre on the prevention of social radicalisation (CRPRS)"
    # (here under another acronym, which the graph lacks).
    assert ("NEW:CRIS", "unitOf", O + "irev") in said(ingester, text)


@pytest.mark.parametrize(
    "text",
    [
        "La Région Hauts-de-France héberge l'IREV, centre de ressources politique de la ville.",
        "La Région Hauts-de-France abrite l'IREV, un centre régional de ressources pour la "
        "politique de la ville.",
        "La Région Hauts-de-France a hébergé l'IREV, le centre de ressources de la politique "
        "de la ville.",
    ],
)
def test_a_hosted_resource_centre_is_no_unit_of_its_host(ingester: Ingester, text: str) -> None:
    # facts.md, IREV: "It presents itself as the CRPV for Hauts-de-France"; "The State and the
    # Region are its founding members" (a body of its own, not a unit of the Region).
    assert (O + "irev", "unitOf", O + "region-hauts-de-france") not in said(ingester, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le programme URBACT, dont l'ANCT demeure l'autorité de gestion, soutient les villes.",
        "URBACT, le programme européen dont l'ANCT est l'autorité de gestion pour 2021-2027.",
        "Les villes rejoignent URBACT, dont l'ANCT reste aussi l'autorité de gestion.",
    ],
)
def test_the_managing_authority_of_a_programme_is_its_member(ingester: Ingester, text: str) -> None:
    # facts.md: "The ANCT remains the managing authority of the EU URBACT programme".
    assert (O + "anct", "memberOf", O + "urbact") in said(ingester, text)


@pytest.mark.parametrize(
    "text",
    [
        "L'IREV est un groupement d'intérêt public. Plusieurs membres en ont discuté à Lille : "
        "l'ANRU a présenté son bilan.",
        "L'IREV est un groupement d'intérêt public. Les membres de l'ANRU en ont débattu : l'État "
        "et la Région.",
    ],
)
def test_a_clause_of_members_then_a_sentence_or_of_another_body_lists_no_members(
    ingester: Ingester, text: str
) -> None:
    found = said(ingester, text)
    assert not any(relation == "memberOf" for _s, relation, _o in found)


@pytest.mark.parametrize(
    "text",
    [
        "L'IREV tient son assemblée générale. Trois membres en sont partis : Valenciennes "
        "Métropole, la Caisse des Dépôts et le Pays noyonnais.",
        "L'IREV tient son assemblée générale. Deux membres s'en sont retirés cette année : "
        "Valenciennes Métropole et la Caisse des Dépôts.",
        "L'IREV tient son assemblée générale. Deux adhérents y ont renoncé : Valenciennes "
        "Métropole et la Caisse des Dépôts.",
        "L'IREV tient son assemblée générale. Trois membres en sont sortis : Valenciennes "
        "Métropole, la Caisse des Dépôts et le Pays noyonnais.",
    ],
)
def test_a_clause_of_members_leaving_lists_no_members(ingester: Ingester, text: str) -> None:
    # facts.md, IREV: other members are the Caisse des Dépôts; the 2017 assembly admitted
    # Valenciennes Métropole and the Pays noyonnais (here said to leave: no membership).
    found = said(ingester, text)
    assert not any(relation == "memberOf" for _s, relation, _o in found)


def test_bodies_that_joined_it_after_a_colon_are_members_of_the_body(ingester: Ingester) -> None:
    # facts.md, IREV: members voted in 2017: Lens-Liévin, Valenciennes Métropole, Pays noyonnais.
    found = said(ingester, "L'IREV est un groupement d'intérêt public créé en 1993. Trois "
                           "intercommunalités l'ont rejoint en 2017 : Lens-Liévin, Valenciennes "
                           "Métropole et le Pays noyonnais.")  # fmt: skip
    for member in ("lens-lievin", "valenciennes-metropole", "pays-noyonnais"):
        assert (O + member, "memberOf", O + "irev") in found


def test_bodies_gathered_with_one_that_ended_in_the_heir_all_transfer() -> None:
    # facts.md: the ANCT "grouped CGET, EPARECA and the Agence du numérique"; here a graph that
    # knows the CGET's end only.
    text = "L'ANCT regroupe trois structures : le CGET, l'EPARECA et l'Agence du numérique."
    named = [("ANCT", O + "anct"), ("CGET", O + "cget"), ("EPARECA", None),
             ("Agence du numérique", None)]  # fmt: skip
    mentions = [Mention(n, text.index(n), text.index(n) + len(n), "organization", e)
                for n, e in named]  # fmt: skip
    titled = TitledBodies(lifespans=((O + "anct", 2019, None), (O + "cget", 2014, 2020)))
    found = {(r.subject, r.predicate.rsplit("#")[-1], r.object)
             for r in relations(text, 0, len(text), mentions, {}, [], titled)}  # fmt: skip
    for former in (O + "cget", "NEW:EPARECA", "NEW:Agence du numérique"):
        assert (former, "activityTransferredTo", O + "anct") in found
    assert not any(relation.endswith("memberOf") for _s, relation, _o in found)


@pytest.mark.parametrize(
    "text",
    [
        "L'ERU est une école. À son conseil d'administration siègent l'ANRU, le CGET, l'USH et "
        "la Caisse des Dépôts.",
        "L'ERU est une école. Son conseil d'administration compte l'ANRU, le CGET, l'USH et la "
        "Caisse des Dépôts.",
        "L'ERU est une école. Le conseil d'administration est composé pour moitié de "
        "représentants de l'ANRU, du CGET, de l'USH et de la Caisse des Dépôts.",
    ],
)
def test_the_members_of_a_board_after_a_verb_of_sitting_counting_or_composing(
    ingester: Ingester, text: str
) -> None:
    # facts.md, ERU: "Its board brings together ANRU, CGET, USH and the Caisse des Dépôts."
    found = said(ingester, text)
    for member in ("anru", "cget", "ush", "caisse-des-depots"):
        assert (O + member, "memberOf", O + "eru-conseil-d-administration") in found


def test_a_board_sitting_somewhere_names_no_members(ingester: Ingester) -> None:
    found = said(ingester, "L'ERU est une école. Son conseil d'administration siège à Paris, "
                           "avec l'ANRU.")  # fmt: skip
    assert not any(relation == "memberOf" for _s, relation, _o in found)


def test_bodies_taken_in_with_one_that_ended_in_the_heir_all_transfer() -> None:
    # facts.md: the ANCT "grouped CGET, EPARECA and the Agence du numérique"; here a graph that
    # knows the CGET's end only.
    text = "L'ANCT est un établissement public. Elle a réuni en son sein le CGET, l'EPARECA et "
    text += "l'Agence du numérique."
    named = [("ANCT", O + "anct"), ("CGET", O + "cget"), ("EPARECA", None),
             ("Agence du numérique", None)]  # fmt: skip
    mentions = [Mention(n, text.index(n), text.index(n) + len(n), "organization", e)
                for n, e in named]  # fmt: skip
    titled = TitledBodies(lifespans=((O + "anct", 2019, None), (O + "cget", 2014, 2020)))
    start = text.index("Elle")
    found = {(r.subject, r.predicate.rsplit("#")[-1], r.object)
             for r in relations(text, start, len(text), mentions[1:], {}, mentions[:1], titled)}  # fmt: skip
    for former in (O + "cget", "NEW:EPARECA", "NEW:Agence du numérique"):
        assert (former, "activityTransferredTo", O + "anct") in found


def test_members_listed_after_a_colon_of_bodies_named_by_a_noun_completed_by_a_body(
    ingester: Ingester,
) -> None:
    # facts.md, PQN-A: "Its members include the regional State directorates (DREAL, DRDJSCS,
    # DIRECCTE, DRAAF); the CESER sits in an advisory capacity."
    found = said(ingester, "PQN-A est un groupement d'intérêt public. Les directions régionales "
                           "de l'État en sont membres : la DREAL et la DRAAF. Le CESER, lui, y "
                           "siège avec voix consultative.")  # fmt: skip
    members = {s for s, relation, o in found if relation == "memberOf" and o == O + "pqn-a"}
    assert O + "etat" not in members
    assert len(members) == 3  # the DREAL, the DRAAF and the CESER, whichever the graph links


def test_founders_in_apposition_leave_out_whom_one_acts_through(ingester: Ingester) -> None:
    # facts.md, PQN-A: renewed to 2027 by its two founders, the State (through the SGAR) and the
    # Region.
    found = said(ingester, "PQN-A est un groupement d'intérêt public. Ses deux fondateurs, "
                           "l'État – par l'intermédiaire du secrétariat général pour les affaires "
                           "régionales (SGAR) – et la Région Nouvelle-Aquitaine, l'ont renouvelé.")  # fmt: skip
    members = {s for s, relation, o in found if relation == "memberOf" and o == O + "pqn-a"}
    assert {O + "etat", O + "region-nouvelle-aquitaine"} <= members
    assert not any("sgar" in member for member in members)


def test_a_line_after_a_list_of_members_goes_on_with_its_heading(ingester: Ingester) -> None:
    # facts.md, PQN-A: "Its members include the regional State directorates (DREAL, DRDJSCS,
    # DIRECCTE, DRAAF); the CESER sits in an advisory capacity."
    found = said(ingester, "PQN-A est un groupement d'intérêt public.\n\nLes autres membres :\n"
                           "- la DREAL ;\n- la DRAAF.\nLe CESER y siège avec voix consultative.")  # fmt: skip
    members = {s for s, relation, o in found if relation == "memberOf" and o == O + "pqn-a"}
    assert any("ceser" in member.lower() for member in members)
    found = said(ingester, "PQN-A est un groupement d'intérêt public.\nLes autres membres :\n"
                           "- la DREAL ;\n- la DRAAF.\nLe CESER y siège avec voix consultative.")  # fmt: skip
    members = {s for s, relation, o in found if relation == "memberOf" and o == O + "pqn-a"}
    assert any("ceser" in member.lower() for member in members)


def test_a_line_after_a_list_of_another_heading_is_no_member_of_a_body_said_before(
    ingester: Ingester,
) -> None:
    # facts.md, IREV: "Other members: ... the Caisse des Dépôts"; "The 2024 national gathering
    # was held in Lille." Lines without blank lines between: the list's heading is the
    # paragraph, not the whole text.
    found = said(ingester, "L'IREV compte de nombreux membres.\nL'ANCT organise une journée "
                           "d'étude à Lille.\nAu programme :\n- une table ronde ;\n- des "
                           "ateliers.\nLa Caisse des Dépôts y participe.")  # fmt: skip
    assert (O + "caisse-des-depots", "memberOf", O + "irev") not in found


@pytest.mark.parametrize(
    "text",
    [
        "PQN-A est un groupement d'intérêt public. Ses deux membres fondateurs sont l'État et la "
        "Région ; s'y ajoutent la DREAL et la DRAAF.",
        "PQN-A est un groupement d'intérêt public. Ses membres fondateurs sont l'État et la "
        "Région. La DREAL et la DRAAF s'y joindront en 2020.",
        "PQN-A est un groupement d'intérêt public. Ses trois membres fondateurs sont l'État, la "
        "Région et la DREAL. La DRAAF y siégera avec voix consultative.",
    ],
)
def test_members_added_with_y_after_the_founders_are_members_too(
    ingester: Ingester, text: str
) -> None:
    # facts.md, PQN-A: "Its members include the regional State directorates (DREAL, DRDJSCS,
    # DIRECCTE, DRAAF)"; founded by the State and the Region.
    found = said(ingester, text)
    members = {s for s, relation, o in found if relation == "memberOf" and o == O + "pqn-a"}
    assert O + "etat" in members
    assert any("draaf" in member for member in members)


@pytest.mark.parametrize(
    "text",
    [
        "Le GIP Maore Ouvoimoja est créé. La CADEMA figure parmi les fondateurs. Sept communes "
        "s'y engagent à leurs côtés : Bandrélé, Bouéni et Sada.",
        "Le GIP Maore Ouvoimoja est créé. L'État est l'un de ses fondateurs. Y siègent aussi "
        "trois communes : Bandrélé, Bouéni et Sada.",
    ],
)
def test_bodies_listed_beside_the_founders_just_named_are_members_too(
    ingester: Ingester, text: str
) -> None:
    # facts-part3.md §12: the communes of Bandrélé, Bouéni, ... and Sada are founding members
    # of the GIP "Maore Ouvoimoja", whose convention was signed on 11 April 2019.
    found = said(ingester, text, "2019-04-09")
    members = {
        s for s, relation, o in found if relation == "memberOf" and o == O + "maore-ouvoimoja"
    }
    assert {"NEW:Bandrélé", "NEW:Sada"} <= members


@pytest.mark.parametrize(
    "joins",
    [
        "La DRAAF s'y joint en 2020.",
        "La DRAAF s'y est jointe en 2020.",
        "La DREAL et la DRAAF s'y sont ajoutées en 2020.",
        "La DREAL et la DRAAF s'y joignent en 2020.",
    ],
)
def test_a_body_that_joins_the_founders_later_is_a_member(ingester: Ingester, joins: str) -> None:
    # facts.md, PQN-A: founded by the State and the Region; "Its members include the regional
    # State directorates (DREAL, DRDJSCS, DIRECCTE, DRAAF)".
    found = said(ingester, "PQN-A est un groupement d'intérêt public. Ses membres fondateurs "
                           f"sont l'État et la Région. {joins}")  # fmt: skip
    members = {s for s, relation, o in found if relation == "memberOf" and o == O + "pqn-a"}
    assert any("draaf" in member.lower() for member in members)


def test_s_y_ajoutent_without_members_spoken_of_makes_no_members(ingester: Ingester) -> None:
    # facts.md: the ANCT, the ANRU and the USH are national partners of the centres.
    found = said(ingester, "L'ANCT a publié un rapport sur les quartiers. S'y ajoutent des fiches "
                           "de l'ANRU et de l'USH.")  # fmt: skip
    assert not any(relation == "memberOf" for _s, relation, _o in found)


@pytest.mark.parametrize("missions", ["les missions", "les activités"])
def test_bodies_named_in_full_with_their_acronym_then_elles_take_over_missions(
    ingester: Ingester, missions: str
) -> None:
    # facts.md: the DREETS "took over the missions of the DIRECCTE"; created by decree 2020-1545.
    found = said(ingester, "Les directions régionales de l'économie, de l'emploi, du travail et "
                           "des solidarités (DREETS) ont été créées par décret. Elles reprendront "
                           f"{missions} des DIRECCTE.")  # fmt: skip
    assert any(
        relation == "activityTransferredTo" and "direccte" in s and o == O + "dreets"
        for s, relation, o in found
    )


def test_a_body_associated_with_several_named_after_a_repeated_a_collaborates_with_each(
    ingester: Ingester,
) -> None:
    # facts.md: the CRPVE is one of four associations behind "Mémoire et projets en Essonne"
    # (with the CAUE de l'Essonne, CINEAM and the Maison de Banlieue et de l'Architecture).
    found = said(ingester, "Pour l'exposition, le CRPVE s'est associé au CAUE de l'Essonne, à "
                           "CINEAM et à la Maison de Banlieue et de l'Architecture.")  # fmt: skip
    pairs = {frozenset((s, o)) for s, relation, o in found if relation == "collaboratesWith"}
    for other in ("caue-essonne", "cineam", "maison-de-banlieue-et-de-l-architecture"):
        assert frozenset((O + "crpv-essonne", O + other)) in pairs


@pytest.mark.parametrize(
    ("text", "alike"),
    [
        ("PQN-A est un groupement d'intérêt public. L'État en est membre fondateur, tout comme "
         "la Région Nouvelle-Aquitaine.", "region-nouvelle-aquitaine"),
        ("PQN-A est un groupement d'intérêt public. La Région Nouvelle-Aquitaine en sera membre "
         "dès 2020, aux côtés de l'État.", "etat"),
        ("PQN-A est un groupement d'intérêt public. La DREAL en est membre, comme la DRAAF.",
         "draaf"),
        ("PQN-A est un groupement d'intérêt public. La DREAL en est membre, au même titre que "
         "la DRAAF.", "draaf"),
        ("PQN-A est un groupement d'intérêt public. L'État en est membre fondateur, de même que "
         "la Région Nouvelle-Aquitaine.", "region-nouvelle-aquitaine"),
    ],
)  # fmt: skip
def test_bodies_said_alike_after_a_clause_of_membership_are_members_too(
    ingester: Ingester, text: str, alike: str
) -> None:
    # facts.md, PQN-A: founded by the State and the Region; "Its members include the regional
    # State directorates (DREAL, DRDJSCS, DIRECCTE, DRAAF)".
    found = said(ingester, text)
    members = {s for s, relation, o in found if relation == "memberOf" and o == O + "pqn-a"}
    assert any(alike in member for member in members)


@pytest.mark.parametrize(
    "aside",
    [
        "comme l'a rappelé l'ANCT",
        "comme le rappelle l'ANCT",
        "avec l'appui de l'ANCT",
        "avec le soutien financier de l'ANCT",
    ],
)
def test_a_body_named_in_an_aside_after_a_membership_is_no_member(
    ingester: Ingester, aside: str
) -> None:
    # facts.md, PQN-A: founded by the State and the Region.
    found = said(ingester, "PQN-A est un groupement d'intérêt public. L'État en est membre "
                           f"fondateur, {aside}.")  # fmt: skip
    assert (O + "anct", "memberOf", O + "pqn-a") not in found
    assert (O + "etat", "memberOf", O + "pqn-a") in found


@pytest.mark.parametrize("alike", ["comme la Région", "avec le soutien de la Région"])
def test_bodies_said_alike_after_another_relation_take_no_part_in_it(
    ingester: Ingester, alike: str
) -> None:
    # facts.md: from 2017 Villes au Carré "handed its Poitou-Charentes work to PQA"; only the
    # clauses of membership read bodies said alike.
    found = said(ingester, "PQN-A est un centre de ressources. En 2017, Villes au Carré nous "
                           f"transmet son activité en Poitou-Charentes, {alike}.")  # fmt: skip
    givers = {s for s, relation, _o in found if relation == "activityTransferredTo"}
    assert O + "villes-au-carre" in givers
    assert not any("gion" in giver.lower() for giver in givers)


@pytest.mark.parametrize(
    "text",
    [
        "En 2006, le CRPV Paca a travaillé en lien avec RésO Villes (Nantes) et PQA (Bordeaux) "
        "sur un appel à projets de la DIACT.",
        "En 2006, le CRPV Paca a répondu conjointement avec RésO Villes (Bretagne - Pays de la "
        "Loire) et PQA à un appel à projets.",
    ],
)
def test_a_list_goes_on_after_an_aside_in_brackets(ingester: Ingester, text: str) -> None:
    # facts.md: the CRPV Paca "answered a DIACT call for projects together with RésO Villes and
    # PQA".
    found = said(ingester, text)
    pairs = {frozenset((s, o)) for s, relation, o in found if relation == "collaboratesWith"}
    for other in ("reso-villes", "pqn-a"):
        assert frozenset((O + "crpv-paca", O + other)) in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Le CRPVE est un centre de ressources de l'Essonne. L'exposition « Mémoire et projets en "
        "Essonne », conçue avec le CAUE de l'Essonne, a ouvert en 2006.",
        "Le CRPVE est un centre de ressources de l'Essonne. Cette exposition s'est faite avec le "
        "CAUE de l'Essonne.",
        "Le CRPVE est un centre de ressources de l'Essonne. Une première exposition, réalisée "
        "avec le CAUE de l'Essonne, portait sur les grands ensembles.",
    ],
)
def test_a_work_carried_out_with_a_body_is_collaboration_of_the_body_spoken_of(
    ingester: Ingester, text: str
) -> None:
    # facts.md: the CRPVE is one of four associations behind the exhibition "Mémoire et projets
    # en Essonne", with the CAUE de l'Essonne.
    found = said(ingester, text)
    pairs = {frozenset((s, o)) for s, relation, o in found if relation == "collaboratesWith"}
    assert frozenset((O + "crpv-essonne", O + "caue-essonne")) in pairs


@pytest.mark.parametrize("support", ["le soutien", "le soutien financier", "l'appui"])
def test_a_work_carried_out_with_a_body_s_support_is_no_collaboration(
    ingester: Ingester, support: str
) -> None:
    # facts.md: the ANCT labels and funds the centres; Trajectoire Ressources is the centre of
    # Bourgogne-Franche-Comté.
    found = said(ingester, "Trajectoire Ressources est un centre de ressources. Cette étude, "
                           f"réalisée avec {support} de l'ANCT, est parue en 2021.")  # fmt: skip
    assert not any(
        relation == "collaboratesWith" and O + "anct" in (s, o) for s, relation, o in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "L'ANCT a été créée en 2019. Après le départ d'Yves Le Breton pour la préfecture de la "
        "Haute-Savoie, François-Antoine Mariani en assure la direction générale par intérim.",
        "L'ANCT fonctionne depuis 2020. Depuis août, François-Antoine Mariani en est le "
        "directeur général par intérim.",
        "L'ANCT fonctionne depuis 2020. Après le départ de M. Le Breton pour la Haute-Savoie, "
        "François-Antoine Mariani en assure la direction générale par intérim.",
    ],
)
def test_an_office_of_it_par_interim_is_the_acting_office(ingester: Ingester, text: str) -> None:
    # facts.md: François-Antoine Mariani, interim director general of the ANCT from August
    # (2022), after Yves Le Breton left for the Haute-Savoie prefecture.
    found = memberships(ingester, text)
    assert (P + "francois-antoine-mariani", O + "anct", ROLE + "interim-director-general") in found
    assert (P + "francois-antoine-mariani", O + "anct", ROLE + "director-general") not in found


def test_one_who_left_for_a_body_held_the_office_of_it_there_not_at_that_body(
    ingester: Ingester,
) -> None:
    # facts.md: Yves Le Breton led the ANCT until he left for the Haute-Savoie prefecture.
    found = memberships(ingester, "L'ANCT a été créée en 2019. Après le départ d'Yves Le Breton "
                                  "pour la préfecture de la Haute-Savoie, François-Antoine "
                                  "Mariani en assure la direction générale.")  # fmt: skip
    assert (P + "yves-le-breton", O + "anct", ROLE + "director-general") in found
    assert {body for _who, body, _role in found} == {O + "anct"}


def test_a_body_named_after_pour_with_no_departure_is_still_the_one_of_en(
    ingester: Ingester,
) -> None:
    # facts.md: Franck Martin, director general of the ERU from 3 January 2023.
    found = memberships(ingester, "Pour l'ERU, Franck Martin en est le directeur général.")
    assert (P + "franck-martin", O + "eru", ROLE + "director-general") in found


@pytest.mark.parametrize(
    "text",
    [
        "Hélène Geoffroy, maire de Vaulx-en-Velin, a pris la parole ; elle est aussi "
        "co-vice-présidente du Conseil national des villes.",
        "Hélène Geoffroy était à Strasbourg ; depuis 2020, elle est co-vice-présidente du CNV.",
    ],
)
def test_a_pronoun_after_a_semicolon_is_the_one_person_named_before_it(
    ingester: Ingester, text: str
) -> None:
    # facts.md: Hélène Geoffroy, mayor of Vaulx-en-Velin and co-vice-president of the CNV in
    # October 2022.
    assert (P + "helene-geoffroy", O + "cnv", ROLE + "co-vice-president") in memberships(
        ingester, text
    )


def test_a_pronoun_after_a_semicolon_between_two_people_gives_no_title(
    ingester: Ingester,
) -> None:
    # facts.md: Hélène Geoffroy (CNV) and Fabienne Keller (MEP) at the 2022 meeting.
    found = memberships(ingester, "Hélène Geoffroy et Fabienne Keller sont venues ; elle est "
                                  "aussi co-vice-présidente du CNV.")  # fmt: skip
    assert not {m for m in found if m[2] == ROLE + "co-vice-president"}


@pytest.mark.parametrize(
    "text",
    [
        "L'École du renouvellement urbain forme les élus. Sa présidence revient à Philippe "
        "Bies, successeur d'Alain Cacheux.",
        "L'École du renouvellement urbain forme les élus. Côté gouvernance, sa présidence est "
        "assurée par Philippe Bies, successeur d'Alain Cacheux.",
        "La présidence de l'École du renouvellement urbain est confiée à Philippe Bies, "
        "successeur d'Alain Cacheux.",
    ],
)
def test_an_office_given_to_someone_and_their_predecessor(ingester: Ingester, text: str) -> None:
    # facts.md: Philippe Bies is president of the ERU; he succeeded Alain Cacheux as its head.
    found = memberships(ingester, text)
    assert (P + "philippe-bies", O + "eru", ROLE + "president") in found
    assert (P + "alain-cacheux", O + "eru", ROLE + "president") in found


def test_a_presidency_of_nothing_named_given_to_someone_is_no_office(ingester: Ingester) -> None:
    # facts.md: the IREV's 2019 general assembly (its chair of the sitting is no president).
    found = memberships(ingester, "L'assemblée générale de l'IREV s'est tenue à Lille. La "
                                  "présidence revient à Milouda Ala.")  # fmt: skip
    assert not {m for m in found if m[2] == ROLE + "president"}


@pytest.mark.parametrize(
    "text",
    [
        "L'École du renouvellement urbain forme les élus. L'école a été fondée par Chantal "
        "Talland.",
        "L'École du renouvellement urbain forme les élus. L'école avait été fondée en 2005 par "
        "Chantal Talland, qui l'a dirigée.",
    ],
)
def test_a_passive_whose_subject_is_the_noun_its_name_opens_with(
    ingester: Ingester, text: str
) -> None:
    # facts.md: Chantal Talland founded the ERU (2005, per this source) and ran it.
    assert (P + "chantal-talland", O + "eru", ROLE + "founder") in memberships(ingester, text)


@pytest.mark.parametrize(
    "text",
    [
        "Yves Dauge et Michel Lussault étaient là. Le premier, alors président du Réseau des "
        "villes et des communautés du Centre, et le second, alors président de l'université de "
        "Tours, avaient lancé le projet.",
        "Yves Dauge était présent. Michel Lussault aussi. Ces deux derniers ont porté le projet : "
        "le premier, alors président du Réseau des villes et des communautés du Centre, et le "
        "second, alors président de l'université de Tours.",
    ],
)
def test_an_ordinal_stands_for_the_person_of_its_rank_in_the_group_named_before(
    ingester: Ingester, text: str
) -> None:
    # facts-part3.md §5: Yves Dauge, then president of the Réseau des villes et des
    # communautés du Centre; Michel Lussault, then president of the University of Tours.
    found = memberships(ingester, text)
    network = O + "reseau-des-villes-et-des-communautes-du-centre"
    assert (P + "yves-dauge", network, ROLE + "president") in found
    assert (P + "michel-lussault", O + "universite-de-tours", ROLE + "president") in found
    assert (P + "michel-lussault", network, ROLE + "president") not in found


def test_an_ordinal_after_a_pair_and_a_sentence_naming_one_keeps_the_pair(
    ingester: Ingester,
) -> None:
    # facts.md: the CGET's preparation was entrusted to two préfets, Éric Delzant and Raphaël
    # Le Méhauté; the latter became commissaire général délégué in July 2014.
    found = memberships(ingester, "L'installation est confiée à deux préfets, Éric Delzant et "
                                  "Raphaël Le Méhauté. Marie-Caroline Bonnet-Galzy arrive en "
                                  "2014. Le second est nommé commissaire général délégué du "
                                  "CGET.")  # fmt: skip
    assert (P + "raphael-le-mehaute", O + "cget", ROLE + "commissaire-general-delegue") in found
    assert not {m for m in found if m[0] == P + "marie-caroline-bonnet-galzy"}


@pytest.mark.parametrize(
    "pair",
    [
        "M. Éric Delzant et M. Raphaël Le Méhauté",
        "MM. Éric Delzant et Raphaël Le Méhauté",
        "Éric Delzant et M. Raphaël Le Méhauté",
    ],
)
def test_an_ordinal_after_a_pair_with_civilities_stands_for_its_person(
    ingester: Ingester, pair: str
) -> None:
    # facts.md: two préfets, Éric Delzant and Raphaël Le Méhauté, prepared the CGET; the latter
    # became its commissaire général délégué in July 2014. "M." ends no sentence.
    found = memberships(ingester, f"La préparation est confiée à deux préfets, {pair}. Le "
                                  "second est nommé commissaire général délégué du CGET.")  # fmt: skip
    assert (P + "raphael-le-mehaute", O + "cget", ROLE + "commissaire-general-delegue") in found
    assert not {m for m in found if m[0] == P + "eric-delzant"}


@pytest.mark.parametrize(
    "then",
    [
        ", puis Michel Lussault a pris la parole.",
        " ; Michel Lussault avait lancé l'idée.",
        " et Michel Lussault les a accueillis.",
    ],
)
def test_the_last_ones_are_the_people_named_last_whoever_was_named_first(
    ingester: Ingester, then: str
) -> None:
    # facts-part3.md §5: Yves Dauge, then president of the Réseau des villes et des
    # communautés du Centre; Michel Lussault, then president of the University of Tours. Named
    # last: Dauge, then Lussault again, not Éric Delzant.
    found = memberships(ingester, "Michel Lussault, Éric Delzant et Yves Dauge étaient là"
                                  f"{then} Ces deux derniers ont porté le projet : le premier, "
                                  "alors président du Réseau des villes et des communautés du "
                                  "Centre, et le second, alors président de l'université de "
                                  "Tours.")  # fmt: skip
    network = O + "reseau-des-villes-et-des-communautes-du-centre"
    assert (P + "yves-dauge", network, ROLE + "president") in found
    assert (P + "michel-lussault", O + "universite-de-tours", ROLE + "president") in found
    assert not {m for m in found if m[0] == P + "eric-delzant"}


def test_an_ordinal_with_a_name_or_a_complement_stands_for_no_one(ingester: Ingester) -> None:
    # facts.md: Yves-Laurent Sapoval and Yves Dauge at the 2007 launch; Dauge the first DIV.
    found = memberships(ingester, "Yves-Laurent Sapoval et Michel Lussault étaient là. Le "
                                  "premier à avoir occupé ce poste, Yves Dauge, est président "
                                  "du Réseau des villes et des communautés du Centre.")  # fmt: skip
    assert not {m for m in found if m[0] in (P + "yves-laurent-sapoval", P + "michel-lussault")}


@pytest.mark.parametrize(
    "text",
    [
        "Fabienne Keller siège au Parlement européen.",
        "Deux élues étaient là. La seconde, Fabienne Keller, siège au Parlement européen.",
        "Fabienne Keller, qui siège aussi au Parlement européen, a pris la parole.",
    ],
)
def test_one_who_sits_at_a_body_holds_its_one_office(ingester: Ingester, text: str) -> None:
    # facts.md: Fabienne Keller (MEP) at the 2022 national meeting in Strasbourg.
    assert (
        P + "fabienne-keller",
        O + "parlement-europeen",
        ROLE + "member-of-european-parliament",
    ) in memberships(ingester, text)


@pytest.mark.parametrize(
    "sits",
    ["siège au Parlement européen", "siège aussi au Parlement européen",
     "a siégé au Parlement européen", "siégera désormais au Parlement européen"],
)  # fmt: skip
def test_an_ordinal_before_a_verb_of_sitting_stands_for_the_one_who_sits(
    ingester: Ingester, sits: str
) -> None:
    # facts.md: Hélène Geoffroy (mayor of Vaulx-en-Velin) and Fabienne Keller (MEP) at the 2022
    # national meeting in Strasbourg.
    found = memberships(ingester, "Hélène Geoffroy et Fabienne Keller ont pris la parole à "
                                  f"Strasbourg. La seconde {sits}.")  # fmt: skip
    mep = ROLE + "member-of-european-parliament"
    assert (P + "fabienne-keller", O + "parlement-europeen", mep) in found
    assert (P + "helene-geoffroy", O + "parlement-europeen", mep) not in found


def test_one_who_sits_at_a_body_has_its_office_s_label_for_title(ingester: Ingester) -> None:
    # facts.md: Fabienne Keller (MEP); the sentence prints no title, the office's label is one.
    statements = draft(ingester, "Fabienne Keller siège au Parlement européen.").extraction
    titles = {s.title for s in statements.statements if s.subject == P + "fabienne-keller"}
    assert titles == {"député·e européen·ne"}


def test_one_who_sits_at_a_body_with_no_office_of_its_own_holds_none(ingester: Ingester) -> None:
    # facts.md: the ANRU sits on the ERU's board; its offices are held at other bodies too.
    found = memberships(ingester, "Anne-Claire Mialot siège à l'ANRU.")
    assert not found


@pytest.mark.parametrize(
    "text",
    [
        "Villes au Carré a été lancé à Poitiers. Yves Dauge était lui aussi présent : "
        "l'association le considère comme son fondateur.",
        "Villes au Carré a été lancé à Poitiers. Yves Dauge était là. La structure le présente "
        "comme son fondateur.",
    ],
)
def test_a_body_noun_regarding_someone_by_a_pronoun_gives_its_title_there(
    ingester: Ingester, text: str
) -> None:
    # facts.md §2: Villes au Carré names Yves Dauge as its founder.
    assert (P + "yves-dauge", O + "villes-au-carre", ROLE + "founder") in memberships(
        ingester, text
    )


def test_a_pronoun_regarded_as_a_title_between_two_people_is_no_one(ingester: Ingester) -> None:
    # facts.md §2: Yves Dauge and Michel Lussault at the launch; Dauge the founder.
    found = memberships(ingester, "Villes au Carré a été lancé à Poitiers. Yves Dauge et Michel "
                                  "Lussault étaient là : l'association le considère comme son "
                                  "fondateur.")  # fmt: skip
    assert not {m for m in found if m[2] == ROLE + "founder"}


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Villes au Carré a été lancé à Poitiers. Cécile Dublanche a bâti le centre. Elle en est "
         "la directrice.", ("cecile-dublanche", "villes-au-carre", "director")),
        ("L'ERU forme les élus. Depuis mars, Céline Gipoulon est arrivée. Depuis 2023, elle en "
         "est la directrice adjointe.", ("celine-gipoulon", "eru", "deputy-director")),
    ],
)  # fmt: skip
def test_a_pronoun_holding_an_office_of_it_is_the_person_named_last(
    ingester: Ingester, text: str, held: tuple[str, str, str]
) -> None:
    # facts-part3.md §5: Cécile Dublanche, director of Villes au Carré; facts.md: Céline
    # Gipoulon, the ERU's deputy director from March 2023.
    who, body, role = held
    assert (P + who, O + body, ROLE + role) in memberships(ingester, text)


@pytest.mark.parametrize(
    "text",
    [
        "L'École du renouvellement urbain change de direction. Depuis mars, elle peut compter "
        "sur une directrice adjointe, Céline Gipoulon.",
        "L'École du renouvellement urbain s'est dotée d'une nouvelle directrice adjointe, Céline "
        "Gipoulon.",
        "L'École du renouvellement urbain forme les élus.\nL'école en bref :\n- une directrice "
        "adjointe, Céline Gipoulon, arrivée en mars ;\n- un siège à Aubervilliers.",
    ],
)
def test_a_bare_title_after_un_une_before_a_name_is_at_the_body_spoken_of(
    ingester: Ingester, text: str
) -> None:
    # facts.md: Céline Gipoulon, the ERU's deputy director from March 2023.
    assert (P + "celine-gipoulon", O + "eru", ROLE + "deputy-director") in memberships(
        ingester, text
    )


def test_a_title_after_un_naming_its_own_body_is_not_the_body_spoken_of(
    ingester: Ingester,
) -> None:
    # facts.md: Anne-Claire Mialot, director general of the ANRU (not of the ERU).
    found = memberships(ingester, "L'École du renouvellement urbain forme les élus. Elle "
                                  "accueille une directrice générale de l'ANRU, Anne-Claire "
                                  "Mialot.")  # fmt: skip
    assert (P + "anne-claire-mialot", O + "eru", ROLE + "director-general") not in found


@pytest.mark.parametrize(
    "text",
    [
        "L'ANRU a vingt ans. Sa directrice générale, Anne-Claire Mialot, a été nommée en 2021 à "
        "la suite de Nicolas Grivel.",
        "Anne-Claire Mialot, nommée directrice générale de l'ANRU à la suite de Nicolas Grivel, "
        "était là.",
    ],
)
def test_whom_one_was_appointed_a_la_suite_de_held_the_office(
    ingester: Ingester, text: str
) -> None:
    # facts.md §3: Anne-Claire Mialot appointed director general of the ANRU in December
    # 2021, succeeding Nicolas Grivel.
    assert (P + "nicolas-grivel", O + "anru", ROLE + "director-general") in memberships(
        ingester, text
    )


def test_en_after_bodies_in_complements_is_the_body_a_sentence_opened_with(
    ingester: Ingester,
) -> None:
    # facts.md: the ANCT, a public body of the State created in 2019, took over the CGET's and
    # EPARECA's missions; Yves Le Breton, then François-Antoine Mariani at interim, led it.
    found = memberships(ingester, "Établissement public de l'État, l'Agence nationale de la "
                                  "cohésion des territoires a été créée en 2019. Elle a repris "
                                  "les missions du CGET et de l'EPARECA. Depuis août, Yves Le "
                                  "Breton en assure la direction générale.")  # fmt: skip
    assert (P + "yves-le-breton", O + "anct", ROLE + "director-general") in found


def test_an_ordinal_after_a_sentence_naming_bodies_stands_for_no_person(
    ingester: Ingester,
) -> None:
    # facts.md: Profession Banlieue and RésO Villes, two centres; Michel Lussault, then
    # president of the University of Tours, at Villes au Carré's launch.
    found = memberships(ingester, "Yves Dauge et Michel Lussault étaient là. Profession "
                                  "Banlieue et RésO Villes aussi. Le second est président de "
                                  "l'université de Tours.")  # fmt: skip
    assert not {m for m in found if m[0] in (P + "michel-lussault", P + "yves-dauge")}


def test_a_unit_fused_with_a_persons_title_is_no_item_of_the_list() -> None:
    # facts.md (Nantes, June 2019): F.-A. Mariani, "directeur Ville et cohésion urbaine" at the
    # CGET, and RésO Villes's president Isabelle Melscoet
    text = (
        "en présence de François-Antoine Mariani, directeur Ville et cohésion urbaine au CGET, "
        "et d'Isabelle Melscoet, présidente de RésO Villes."
    )
    names = [
        ("François-Antoine Mariani", "person"),
        ("Ville et cohésion urbaine", "organization"),
        ("CGET", "organization"),
        ("Isabelle Melscoet", "person"),
        ("RésO Villes", "organization"),
    ]
    mentions = [
        Mention(name, text.index(name), text.index(name) + len(name), kind) for name, kind in names
    ]
    listed = [m.text for m in listed_after(text, len("en présence de "), mentions)]
    assert listed == ["François-Antoine Mariani", "Isabelle Melscoet"]


@pytest.mark.parametrize(
    "text",
    [
        "Groupement d'intérêt public, l'IREV a été fondé par l'État et la Région Hauts-de-France.",
        "L'IREV, fondé par l'État et la Région Hauts-de-France, est le centre de ressources "
        "des Hauts-de-France.",
        "L'IREV avait été cofondé par l'État et la Région Hauts-de-France.",
    ],
)
def test_the_bodies_a_body_was_founded_by_are_its_members(ingester: Ingester, text: str) -> None:
    # facts.md §2 IREV: "The State and the Region are its founding members."
    found = said(ingester, text)
    assert {(O + "etat", "memberOf", O + "irev"),
            (O + "region-hauts-de-france", "memberOf", O + "irev")} <= found  # fmt: skip


def test_a_body_created_by_another_or_founded_by_a_person_has_no_member(
    ingester: Ingester,
) -> None:
    # facts.md §3 ADCF: founded in 1989 by Marc Censi (a person: a title, not a member body);
    # the ANCT was created by the law of 22 July 2019 (made, not joined, by the State).
    for text in ("L'AdCF a été fondée en 1989 par Marc Censi, maire de Rodez.",
                 "L'ANCT a été créée par l'État en 2019."):  # fmt: skip
        found = said(ingester, text)
        assert not any(relation == "memberOf" and s.startswith(O) for s, relation, _o in found)


@pytest.mark.parametrize(
    "text",
    [
        "L'IREV a été fondé puis financé par la Région Hauts-de-France.",
        "L'IREV a été fondé pour être porté par la Région Hauts-de-France.",
        "L'IREV a été fondé avant d'être repris par la Région Hauts-de-France.",
    ],
)
def test_the_agent_of_another_predicate_after_fonde_is_no_founder(
    ingester: Ingester, text: str
) -> None:
    # facts.md §2 IREV: the Region is a founding member, but these sentences say only that it
    # funds or carries the body, which makes no member of it.
    found = said(ingester, text)
    assert not any(relation == "memberOf" for _s, relation, _o in found)


@pytest.mark.parametrize(
    "sitting",
    [
        "Autour de ces deux membres fondateurs siègent la Caisse des Dépôts et l'URH.",
        "Aux côtés de ses fondateurs siègent la Caisse des Dépôts et l'URH.",
        "À côté des deux fondateurs siégeaient la Caisse des Dépôts et l'URH.",
    ],
)
def test_bodies_sitting_beside_the_founders_are_members_too(
    ingester: Ingester, sitting: str
) -> None:
    # facts.md §2 IREV: other members besides the State and the Region include the Caisse des
    # Dépôts and the URH.
    found = said(ingester, "L'IREV est un groupement d'intérêt public, fondé par l'État et la "
                           f"Région Hauts-de-France. {sitting}")  # fmt: skip
    for member in ("caisse-des-depots", "urh"):
        assert (O + member, "memberOf", O + "irev") in found


def test_bodies_sitting_round_a_table_are_no_members(ingester: Ingester) -> None:
    found = said(ingester, "L'IREV a tenu son assemblée générale. Autour de la table siègent la "
                           "Caisse des Dépôts et l'URH.")  # fmt: skip
    assert not {(s, o) for s, relation, o in found if relation == "memberOf" and o == O + "irev"}


@pytest.mark.parametrize(
    "joining",
    [
        "Le 24 mars 2017, Lens-Liévin et Valenciennes Métropole ont fait leur entrée dans le "
        "groupement.",
        "Lens-Liévin et Valenciennes Métropole y avaient fait leur entrée le 24 mars 2017.",
        "Le 24 mars 2017, Valenciennes Métropole a fait son entrée dans l'IREV, tout comme "
        "Lens-Liévin.",
    ],
)
def test_bodies_making_their_entry_into_a_body_join_it(ingester: Ingester, joining: str) -> None:
    # facts.md §2 IREV: the assembly of 24 March 2017 admitted Lens-Liévin, Valenciennes
    # Métropole and the Pays noyonnais.
    found = said(ingester, f"L'IREV est un groupement d'intérêt public. {joining}")
    assert (O + "valenciennes-metropole", "memberOf", O + "irev") in found


def test_making_an_entry_into_a_network_named_after_its_noun_joins_it(ingester: Ingester) -> None:
    # facts.md 120: "ORIV also belongs to the RECI network".
    found = said(ingester, "En 2005, l'ORIV a fait son entrée dans le réseau RECI.")
    assert (O + "oriv", "memberOf", O + "reci") in found


@pytest.mark.parametrize(
    "entry",
    [
        "L'ANRU a fait son entrée dans les locaux de la Caisse des dépôts.",
        "Valenciennes Métropole a fait son entrée dans les bureaux de l'IREV.",
    ],
)
def test_making_an_entry_into_a_bodys_premises_is_no_joining(
    ingester: Ingester, entry: str
) -> None:
    # facts.md §3 ANRU, §2 IREV (here a place of a body entered, which says no membership).
    found = said(ingester, f"L'IREV est un groupement d'intérêt public. {entry}")
    assert not any(relation == "memberOf" for _s, relation, _o in found)


def test_the_institut_opening_a_sentence_is_the_body_it_names(ingester: Ingester) -> None:
    # facts.md §2 IREV: "IREV hosts a centre on the prevention of social radicalisation (CRPRS)".
    text = (
        "L'Institut régional de la ville (IREV) est un groupement d'intérêt public. L'institut "
        "abrite en outre le CRPRS, un centre voué à la prévention de la radicalisation."
    )
    assert (O + "crprs", "unitOf", O + "irev") in said(ingester, text)


@pytest.mark.parametrize(
    "handing",
    [
        "Nos activités en Poitou-Charentes sont passées à PQA.",
        "En 2017, notre activité en Poitou-Charentes a été transférée à PQA.",
        "En 2017, nous avons transmis notre activité en Poitou-Charentes à PQA.",
    ],
)
def test_the_page_body_handing_its_activity_to_a_body_transfers_it(
    ingester: Ingester, handing: str
) -> None:
    # facts.md §2 Villes au Carré: "From 2017 it covers only Centre-Val de Loire: it handed its
    # Poitou-Charentes work to PQA".
    text = f"Villes au Carré est le centre de ressources du Centre-Val de Loire.\n\n{handing}"
    assert (O + "villes-au-carre", "activityTransferredTo", O + "pqn-a") in said(ingester, text)


@pytest.mark.parametrize(
    "handing",
    [
        "En 2017, nous avons confié une activité de formation à PQA.",
        "Nous avons transféré une activité d'observation à PQA en 2017.",
    ],
)
def test_the_page_body_handing_one_task_to_a_body_transfers_no_activity(
    ingester: Ingester, handing: str
) -> None:
    # facts.md §2 Villes au Carré: its Poitou-Charentes work went to PQA (here one task only,
    # "une activité", which is not the body's activity).
    text = f"Villes au Carré est le centre de ressources du Centre-Val de Loire.\n\n{handing}"
    assert not any(relation == "activityTransferredTo" for _s, relation, _o in said(ingester, text))


def test_the_page_body_s_activity_moving_to_no_body_is_no_transfer(ingester: Ingester) -> None:
    text = (
        "Villes au Carré est le centre de ressources du Centre-Val de Loire.\n\nNos activités "
        "en Poitou-Charentes sont passées à la vitesse supérieure, avec l'ANCT."
    )
    assert not any(relation == "activityTransferredTo" for _s, relation, _o in said(ingester, text))


def test_an_organ_set_up_by_nous_is_the_page_body_s_not_a_body_named_before(
    small: Ingester,
) -> None:
    # facts.md §2 Villes au Carré: it handed its Poitou-Charentes work to PQA, revised its
    # statutes and created a funders' committee at the State's request (told here by another
    # body of the small graph, which has no such committee).
    text = (
        "Question de ville est une association.\n\nEn 2017, nos activités sont passées à "
        "l'ANCT, nous avons révisé nos statuts et, à la demande du CGET, installé un comité "
        "des financeurs."
    )
    units = {(s, o) for s, relation, o in said(small, text) if relation == "unitOf"}
    assert {o for _s, o in units} == {O + "question-de-ville"}


@pytest.mark.parametrize(
    "field",
    [
        "Réseau : membre du réseau national des centres de ressources politique de la ville",
        "Réseaux : adhérent du réseau national des centres de ressources politique de la ville",
        "Membre de : réseau national des centres de ressources politique de la ville",
    ],
)
def test_a_record_field_of_membership_makes_the_record_s_body_a_member(
    ingester: Ingester, field: str
) -> None:
    # facts.md §2 Profession Banlieue: the politique de la ville resource centre for
    # Seine-Saint-Denis, one of the network's centres (§1). Under a directory's heading naming
    # the centres as a group, the record's body is the centre, not the group.
    text = ("ANNUAIRE DES CENTRES DE RESSOURCES POLITIQUE DE LA VILLE\n\nÎle-de-France\n"
            f"Profession Banlieue\nTerritoire : Seine-Saint-Denis\n{field}\n")  # fmt: skip
    found = said(ingester, text)
    assert (O + "profession-banlieue", "memberOf", O + "reseau-national-crpv") in found
    assert not any(s == CENTRES and relation == "memberOf" for s, relation, _o in found)


@pytest.mark.parametrize(
    "founding",
    [
        "Deux intercommunalités, la CADEMA et la communauté de communes de Petite-Terre, "
        "figurent parmi les fondateurs.",
        "La CADEMA et la communauté de communes de Petite-Terre comptent parmi les fondateurs, "
        "avec l'État.",
        "La CADEMA figure parmi les fondateurs du GIP Maore Ouvoimoja ; Petite-Terre aussi.",
    ],
)
def test_bodies_counted_among_the_founders_are_members(ingester: Ingester, founding: str) -> None:
    # facts-part3.md §12: the GIP's founding members include CADEMA and the Petite-Terre
    # community of communes.
    text = (
        "Le GIP « Maore Ouvoimoja » est le centre de ressources politique de la ville de "
        f"Mayotte. {founding}"
    )
    assert (O + "cadema", "memberOf", O + "maore-ouvoimoja") in said(ingester, text)


def test_bodies_counted_among_another_body_s_founders_are_its_members(ingester: Ingester) -> None:
    # facts-part3.md §12: CADEMA among the GIP's founding members.
    text = (
        "L'ANCT a signé une convention. La CADEMA figure parmi les fondateurs du GIP « Maore "
        "Ouvoimoja »."
    )
    found = said(ingester, text)
    assert (O + "cadema", "memberOf", O + "maore-ouvoimoja") in found
    assert (O + "cadema", "memberOf", O + "anct") not in found


def test_a_record_s_list_of_successors_hands_them_the_body_s_activity(ingester: Ingester) -> None:
    # facts.md §3 CGET: "a central-administration service replaced in 2020 by the ANCT".
    text = ("Le Commissariat général à l'égalité des territoires (CGET) a existé de 2014 à 2020."
            "\n\nSuccesseur :\n- l'ANCT ;\n")  # fmt: skip
    found = said(ingester, text)
    assert (O + "cget", "activityTransferredTo", O + "anct") in found
    assert (O + "anct", "activityTransferredTo", O + "cget") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Les centres de ressources politique de la ville étaient conviés par le CGET à Paris.",
        "Conviés par le CGET, les centres de ressources politique de la ville se sont "
        "retrouvés à Paris.",
        "Les équipes des centres de ressources politique de la ville se sont retrouvées à Paris. "
        "Elles y étaient conviées par le CGET.",
    ],
)
def test_bodies_bidden_by_another_are_invited_by_it(small: Ingester, text: str) -> None:
    # facts.md §0: "the 19 CRPVs met in Paris on 14–15 June (2018), at the CGET's invitation".
    assert (CENTRES, "invitedBy", O + "cget") in said(small, text)


def test_elles_after_a_body_named_with_a_plural_article_is_not_the_centres(
    ingester: Ingester,
) -> None:
    text = ("Les centres de ressources politique de la ville ont travaillé avec les DREETS. "
            "Elles y étaient conviées par le CGET.")  # fmt: skip
    assert not any(
        s == CENTRES and relation == "invitedBy" for s, relation, _o in said(ingester, text)
    )


@pytest.mark.parametrize(
    "board",
    [
        "Son conseil d'administration fait pour moitié place à l'État et à la Caisse des dépôts.",
        "Son conseil d'administration fait une place à l'État et à la Caisse des dépôts.",
        "Son conseil d'administration faisait place à l'État et à la Caisse des dépôts.",
    ],
)
def test_a_board_making_room_for_bodies_has_them_as_members(ingester: Ingester, board: str) -> None:
    # facts.md §3 ANCT: "Half of its board represents the State and the Caisse des dépôts."
    found = said(ingester, f"L'ANCT est un établissement public de l'État. {board}")
    boards = {o for s, relation, o in found if relation == "memberOf" and s == O + "etat"}
    assert boards and all(o.startswith(("NEW:conseil", O + "anct-conseil")) for o in boards)
    assert {(O + "caisse-des-depots", "memberOf", o) for o in boards} <= found


def test_a_body_making_room_for_another_is_no_member_of_it(ingester: Ingester) -> None:
    # facts.md §3 CGET: "replaced in 2020 by the ANCT".
    found = said(ingester, "En 2020, le CGET a fait place à l'ANCT.")
    assert not any(relation == "memberOf" for _s, relation, _o in found)


def test_a_record_s_lines_of_fields_name_the_body_it_is_about(ingester: Ingester) -> None:
    # facts.md §3 CGET: "a central-administration service replaced in 2020 by the ANCT"; it
    # merged the SG-CIV, the Acsé and the DATAR.
    text = ("Type : service d'administration centrale\nSigle : CGET\nPrédécesseurs : DATAR ; "
            "Acsé\nSuccesseur : Agence nationale de la cohésion des territoires (ANCT)\n\n"
            "Historique\nLe CIMAP du 17 juillet 2013 décide de créer le commissariat, en "
            "fusionnant le SG-CIV, l'Acsé et la DATAR.")  # fmt: skip
    assert (O + "cget", "activityTransferredTo", O + "anct") in said(ingester, text)


@pytest.mark.parametrize(
    "hosting",
    [
        "L'IREV héberge un centre consacré à la prévention de la radicalisation sociale, le CRIS.",
        "Le groupement abrite aussi un centre dédié à la prévention des radicalisations, le CRIS.",
        "L'IREV a hébergé un service de prévention de la radicalisation, le CRIS, en 2020.",
    ],
)
def test_a_hosted_unit_described_before_its_name_is_a_unit_of_its_host(
    ingester: Ingester, hosting: str
) -> None:
    # facts.md §2 IREV: "IREV hosts a centre on the prevention of social radicalisation (CRPRS)"
    # (here under another acronym, which the graph lacks).
    text = f"L'IREV est un groupement d'intérêt public. {hosting}"
    assert ("NEW:CRIS", "unitOf", O + "irev") in said(ingester, text)


@pytest.mark.parametrize(
    "text",
    [
        "La Région héberge un centre de ressources politique de la ville, l'IREV.",
        # a resource centre a place or a body is home to, however it is called
        "La Région abrite un centre de ressources, l'IREV.",
        "La Région Hauts-de-France abrite un centre régional de ressources, l'IREV.",
    ],
)
def test_a_hosted_resource_centre_described_before_its_name_is_no_unit(
    ingester: Ingester, text: str
) -> None:
    # facts.md §2 IREV: "It presents itself as the CRPV for Hauts-de-France".
    assert not any(relation == "unitOf" for _s, relation, _o in said(ingester, text))


def test_a_body_opening_a_clause_after_a_hosted_unit_is_no_unit(ingester: Ingester) -> None:
    # facts.md §2 IREV: "IREV hosts a centre on the prevention of social radicalisation (CRPRS)";
    # the State is one of its founding members, no unit of it.
    found = said(ingester, "L'IREV héberge un centre consacré à la prévention de la "
                           "radicalisation, le CRIS, et l'État y siège.")  # fmt: skip
    assert ("NEW:CRIS", "unitOf", O + "irev") in found
    assert not {(s, r) for s, r, _o in found if s == O + "etat" and r == "unitOf"}


@pytest.mark.parametrize(
    "described",
    [
        "Question de ville est l'association des directeurs des centres. La presse la présente "
        "comme l'association nationale des 19 centres.",
        "Question de ville est l'association des directeurs des centres. Elle est aussi décrite "
        "comme l'association nationale des centres de ressources politique de la ville.",
        "Question de ville, que l'on présente comme la fédération des 19 centres, réunit leurs "
        "directeurs.",
        # "d'autres" standing for the describing verb said before
        "Question de ville est l'association des directeurs des centres. Certains la disent un "
        "réseau de directeurs, d'autres comme l'association nationale des 19 centres.",
    ],
)
def test_the_bodies_a_body_is_said_to_be_the_association_of_are_its_members(
    small: Ingester, described: str
) -> None:
    # facts.md §3 Question de Ville: "the association of the directors of the politique de la
    # ville resource centres"; "It coordinated the 19 centres".
    assert (CENTRES, "memberOf", O + "question-de-ville") in said(small, described)


@pytest.mark.parametrize(
    "text",
    [
        # "comme" of example after a plural noun
        "Elle travaille avec des réseaux comme la fédération des centres de ressources politique "
        "de la ville.",
        # a description denied
        "Elle ne se présente pas comme l'association des centres de ressources politique de la "
        "ville.",
        # "comme" of likeness
        "Elle agit auprès de l'ANRU comme l'association des centres de ressources politique de la "
        "ville le ferait.",
    ],
)
def test_comme_l_association_des_with_no_describing_verb_makes_no_members(
    small: Ingester, text: str
) -> None:
    # facts.md §3 Question de Ville: the association of the CRPVs' directors (here nothing says
    # what it is: an example, a denial, a likeness).
    found = said(small, f"Question de Ville est l'association des directeurs des centres. {text}")
    assert not any(relation == "memberOf" for _s, relation, _o in found)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # facts.md §3 DGD PV: "Direction Déléguée Politique de la ville" of the ANCT, here with
        # its name cut short by the recogniser.
        ("Elle dirige la Direction Déléguée Politique de la ville de l'ANCT.", None),
        ("Elle dirige la Direction Déléguée Politique de l'ANCT.", "Direction Déléguée Politique"),
    ],
)
def test_a_units_parent_follows_the_preposition_and_an_article_at_most(
    text: str, unit: str | None
) -> None:
    named = ["Direction Déléguée Politique", "ANCT"]
    mentions = [Mention(n, text.index(n), text.index(n) + len(n), "organization") for n in named]
    found = {(r.subject, r.predicate.rsplit("#")[-1], r.object)
             for r in relations(text, 0, len(text), mentions, {})}  # fmt: skip
    units = {s for s, predicate, _o in found if predicate == "unitOf"}
    assert units == ({f"NEW:{unit}"} if unit else set())


@pytest.mark.parametrize(
    "text",
    [
        # facts-part3.md §3: the ORIV "is run by a conseil d'administration of 33 elected full
        # members in three colleges" (a graph without the ORIV's units).
        "L'ORIV est une association. Un conseil d'administration de 33 membres élus, répartis en "
        "trois collèges, dirige l'association.",
        "L'ORIV est une association. Elle est administrée par un conseil d'administration de 33 "
        "membres élus.",
        "L'ORIV est une association dirigée par un conseil d'administration de 33 membres.",
    ],
)
def test_an_organ_named_with_an_indefinite_article_that_governs_the_body_is_its_unit(
    small: Ingester, text: str
) -> None:
    found = said(small, text)
    assert ("NEW:conseil d'administration (ORIV)", "unitOf", "NEW:ORIV") in found


@pytest.mark.parametrize(
    "text",
    [
        "L'ORIV est une association. Un conseil d'administration de 33 membres a été élu.",
        "L'ORIV réunit les centres. Un conseil d'administration dirige les débats.",
        # another body, named after the noun of bodies
        "L'ORIV est une association. Un conseil d'administration dirige l'association des "
        "maires du Bas-Rhin.",
        # a passive of governing said of a project, not of a body
        "L'ORIV est une association. Le projet est dirigé par un comité de pilotage.",
    ],
)
def test_an_organ_with_an_indefinite_article_that_governs_no_body_is_none(
    small: Ingester, text: str
) -> None:
    assert not any(relation == "unitOf" for _s, relation, _o in said(small, text))


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        # facts.md §9, CRPV Paca (2006): it answered a DIACT call with RésO Villes and PQA
        (
            "RésO Villes se trouve à Nantes. Sa présidente, Isabelle Melscoet, est élue à Brest "
            "Métropole. Le centre coopère avec ses homologues : en 2006, il avait répondu à un "
            "appel à projets de la DIACT avec le CRPV Paca.",
            (O + "crpv-paca", "collaboratesWith", O + "reso-villes"),
        ),
        # facts.md §2 Villes au Carré: "it handed its Poitou-Charentes work to PQA" (2017)
        (
            "Villes au Carré couvre le Centre-Val de Loire. Sa directrice, Cécile Dublanche, a "
            "parlé. L'association a changé : en 2017, elle a transmis son activité en "
            "Poitou-Charentes à PQA.",
            (O + "villes-au-carre", "activityTransferredTo", O + "pqn-a"),
        ),
        # facts.md §2 Normanvilles: "It was labelled by the CGET in 2015"
        (
            "Normanvilles couvre la Normandie. Sa directrice, Cécile Dublanche, a parlé. Le "
            "centre a grandi : en 2015, il a été labellisé par le CGET.",
            (O + "normanvilles", "labelledBy", O + "cget"),
        ),
    ],
)
def test_il_after_a_person_then_a_noun_of_bodies_stands_for_the_body(
    ingester: Ingester, text: str, statement: tuple[str, str, str]
) -> None:
    assert statement in said(ingester, text)


def test_il_right_after_a_person_named_is_not_the_body(ingester: Ingester) -> None:
    text = ("RésO Villes se trouve à Nantes. Sa présidente, Isabelle Melscoet, est élue à Brest "
            "Métropole. En 2006, elle avait répondu à un appel de la DIACT avec le CRPV Paca.")  # fmt: skip
    assert not any(relation == "collaboratesWith" for _s, relation, _o in said(ingester, text))


@pytest.mark.parametrize("joined", ["ainsi que", "ainsi qu'à", "ainsi qu’au"])
def test_a_list_goes_on_after_ainsi_que_elided_or_not(joined: str) -> None:
    # facts.md §3 Other bodies: "the national partners named were CNFPT, CNV, Bpifrance and
    # IRDSU" (at the 2022 Strasbourg gathering).
    text = f"Merci au CNV, partenaire national, {joined} IRDSU d'avoir été là."
    names = [
        Mention(n, text.index(n), text.index(n) + len(n), "organization") for n in ("CNV", "IRDSU")
    ]
    assert [m.text for m in listed_after(text, text.index("CNV"), names)] == ["CNV", "IRDSU"]


def test_a_relative_clause_on_an_item_of_a_list_binds_only_that_item(ingester: Ingester) -> None:
    # facts-part3.md §5 (Villes au Carré, 2018): new members Orléans Métropole, the Vierzon
    # Sologne Berry community of communes (succeeding the City of Vierzon) and the PETR du Perche.
    found = said(ingester, "Villes au Carré s'élargit. Le PETR du Perche, la communauté de "
                           "communes Vierzon Sologne Berry, qui remplace la Ville de Vierzon, et "
                           "Orléans Métropole ont rejoint l'association.")  # fmt: skip
    for member in ("petr-du-perche", "cc-vierzon-sologne-berry", "orleans-metropole"):
        assert (O + member, "memberOf", O + "villes-au-carre") in found
    assert not any(o == "NEW:Ville de Vierzon" for _s, _r, o in found)
    transfers = {s for s, relation, _o in found if relation == "activityTransferredTo"}
    assert not transfers & {O + "petr-du-perche", O + "orleans-metropole"}


def test_a_relative_clause_on_the_only_body_reads_its_whole_list(ingester: Ingester) -> None:
    # facts.md §3 ANCT: the ANCT merges the CGET, EPARECA and the Agence du numérique.
    found = said(ingester, "L'ANCT, qui remplace le CGET et l'EPARECA, est opérationnelle depuis "
                           "le 1er janvier 2020.")  # fmt: skip
    transfers = {s for s, relation, o in found if relation == "activityTransferredTo"}
    assert O + "cget" in transfers and len(transfers) == 2


@pytest.mark.parametrize("cue", ["rejoignent désormais l'association", "ont aussi rejoint le GIP"])
def test_bodies_joining_the_body_with_an_adverb_are_members(ingester: Ingester, cue: str) -> None:
    # facts-part3.md §5: new members of Villes au Carré (2018): Orléans Métropole, the PETR du
    # Perche.
    found = said(
        ingester, f"Villes au Carré s'élargit. Orléans Métropole et le PETR du Perche {cue}."
    )
    for member in ("orleans-metropole", "petr-du-perche"):
        assert (O + member, "memberOf", O + "villes-au-carre") in found


def test_the_body_that_completes_the_members_noun_is_not_the_one_they_join(
    ingester: Ingester,
) -> None:
    # facts.md §2 PQN-A: "Its members include the regional State directorates (DREAL, DRDJSCS,
    # DIRECCTE, DRAAF)"; the State and the Region are its founders.
    found = said(ingester, "PQN-A est un groupement d'intérêt public. L'État et la Région l'ont "
                           "fondé. Les directions régionales de l'État sont aussi membres du "
                           "groupement : la DREAL et la DRAAF.")  # fmt: skip
    assert (O + "dreal-75", "memberOf", O + "pqn-a") in found
    assert not any(o == O + "etat" for _s, relation, o in found if relation == "memberOf")


@pytest.mark.parametrize(
    "text",
    [
        "Nos deux fondateurs, l'État et la Région Nouvelle-Aquitaine, ont reconduit le GIP.",
        "Nos fondateurs : l'État et la Région Nouvelle-Aquitaine.",
        "Le GIP compte parmi nos membres l'État et la Région Nouvelle-Aquitaine.",
    ],
)
def test_our_founders_are_members_of_the_body_whose_page_it_is(
    ingester: Ingester, text: str
) -> None:
    # facts.md §2 PQN-A: renewed for 2021-2027 by its founders, the State and the Region.
    found = said(ingester, "PQN-A est un groupement d'intérêt public. " + text)
    for founder in ("etat", "region-nouvelle-aquitaine"):
        assert (O + founder, "memberOf", O + "pqn-a") in found


def test_our_partners_in_apposition_are_no_members(ingester: Ingester) -> None:
    # facts.md §2 PQN-A: the State and the Region found it; partners are not said members.
    found = said(ingester, "PQN-A est un groupement d'intérêt public. Nos partenaires, l'État et "
                           "la Région Nouvelle-Aquitaine, nous soutiennent.")  # fmt: skip
    assert not any(relation == "memberOf" for _s, relation, _o in found)


@pytest.mark.parametrize(
    "sentence",
    ["Une antenne nous représente à Reims.", "Une antenne est installée à Reims.",
     "Une antenne se trouve à Reims."],
)  # fmt: skip
def test_a_branch_said_to_be_at_its_place_is_a_unit_of_the_body(
    small: Ingester, sentence: str
) -> None:
    # facts.md §2 ORIV: "based in Strasbourg with an office in Reims" (a graph without its units).
    found = said(small, "L'ORIV est installé à Strasbourg. " + sentence)
    assert ("NEW:antenne à Reims (ORIV)", "unitOf", "NEW:ORIV") in found


@pytest.mark.parametrize(
    "sentence",
    ["Une antenne sera installée à Reims en 2025.",
     "Une antenne était installée à Reims jusqu'en 2015."],
)  # fmt: skip
def test_a_branch_to_be_or_once_at_a_place_is_no_unit(small: Ingester, sentence: str) -> None:
    # facts.md §2 ORIV: "based in Strasbourg with an office in Reims"; a plan or a closed office
    # elsewhere is not it.
    found = said(small, "L'ORIV est installé à Strasbourg. " + sentence)
    assert not any(relation == "unitOf" for _s, relation, _o in found)


def test_a_branch_with_other_words_before_a_place_is_no_unit(small: Ingester) -> None:
    # facts.md §2 ORIV: "antenna in Reims"; an aerial put up there is no branch.
    found = said(
        small, "L'ORIV est installé à Strasbourg. Une antenne relais a été montée à Reims."
    )
    assert not any(relation == "unitOf" for _s, relation, _o in found)


@pytest.mark.parametrize(
    "text",
    [
        "Le réseau en bref :\n• des centres labellisés par l'ANCT.",
        "Le réseau national rassemble des centres labellisés par l'ANCT.",
        "Les 20 centres se réunissent. Le bilan des centres labellisés par l'ANCT est publié.",
    ],
)
def test_centres_said_to_be_labelled_are_the_centres_as_a_group(small: Ingester, text: str) -> None:
    # facts.md §1 (common line 5): the centres are labelled by the State (the ANCT by 2023).
    statements = draft(small, text).extraction.statements
    found = {(s.subject, s.predicate, s.object) for s in statements}
    assert (NETWORK, str(CRPV.centresLabelledBy), O + "anct") in found


def test_centres_of_another_kind_said_to_be_labelled_are_not_the_group(small: Ingester) -> None:
    # facts.md §1: the resource centres are labelled; social centres are other bodies.
    statements = draft(small, "Des centres sociaux labellisés par l'ANCT ont ouvert.").extraction
    assert not any(s.predicate == str(CRPV.centresLabelledBy) for s in statements.statements)


def test_a_body_succeeding_another_as_it_joins_with_others_takes_its_seat_not_its_activity(
    ingester: Ingester,
) -> None:
    # facts-part3.md §5: the Vierzon Sologne Berry community of communes, succeeding the City of
    # Vierzon, is a new member of Villes au Carré (2018), with the PETR du Perche.
    found = said(ingester, "Villes au Carré s'élargit. La communauté de communes Vierzon Sologne "
                           "Berry, qui succède à la Ville de Vierzon, et le PETR du Perche ont "
                           "rejoint l'association.")  # fmt: skip
    assert (O + "cc-vierzon-sologne-berry", "memberOf", O + "villes-au-carre") in found
    assert not any(relation == "activityTransferredTo" for _s, relation, _o in found)


@pytest.mark.parametrize("joins", ["a rejoint le réseau national", "a rejoint le GIP"])
def test_a_body_succeeding_another_as_it_joins_alone_takes_over_its_activity(
    ingester: Ingester, joins: str
) -> None:
    # facts.md §3 ANCT: since 1 January 2020 the ANCT takes over the CGET's missions.
    found = said(ingester, f"L'ANCT, qui succède au CGET, {joins}.")
    assert (O + "cget", "activityTransferredTo", O + "anct") in found


def test_a_heir_that_counts_members_keeps_its_forebears_activity(ingester: Ingester) -> None:
    # facts.md §3 ANCT: the ANCT takes over the CGET's missions; the Caisse des Dépôts sits on
    # its board.
    found = said(ingester, "L'ANCT, qui succède au CGET, compte parmi ses membres la Caisse des "
                           "Dépôts.")  # fmt: skip
    assert (O + "cget", "activityTransferredTo", O + "anct") in found


def test_a_body_sitting_beside_members_of_the_groupement_is_a_member_of_it(
    ingester: Ingester,
) -> None:
    # facts.md §2 PQN-A (line 140): "Its members include the regional State directorates
    # (DREAL, DRDJSCS, DIRECCTE, DRAAF); the CESER sits in an advisory capacity."
    found = said(ingester, "PQN-A est un groupement d'intérêt public. L'État en est membre. Les "
                           "directions régionales de l'État sont aussi membres du groupement : la "
                           "DREAL et la DRAAF. Le CESER y siège avec voix consultative.")  # fmt: skip
    members = {s for s, relation, o in found if relation == "memberOf" and o == O + "pqn-a"}
    assert len(members - {O + "etat"}) == 3  # the DREAL, the DRAAF and the CESER
    assert not any(o == O + "etat" for _s, relation, o in found if relation == "memberOf")


@pytest.mark.parametrize(
    "text",
    [
        "Les centres labellisés par l'ARS accueillent les malades.",
        "Le département finance des centres labellisés par la CAF.",
    ],
)
def test_centres_labelled_in_a_text_silent_on_the_centres_are_not_the_group(
    small: Ingester, text: str
) -> None:
    # facts.md §1 (common line 5): the resource centres are labelled by the State; health or
    # family centres labelled by another body are not they.
    statements = draft(small, text).extraction.statements
    assert not any(s.predicate == str(CRPV.centresLabelledBy) for s in statements)


def test_a_body_named_in_the_joiners_relative_clause_is_not_the_one_joined(
    ingester: Ingester,
) -> None:
    # facts.md §3 ANCT: the ANCT succeeds the CGET (1 January 2020); it is no member of it.
    found = said(ingester, "L'ANCT, qui succède au CGET, a rejoint le GIP.")
    assert (O + "anct", "memberOf", O + "cget") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Orléans Métropole et le PETR du Perche ont aussi rejoint l'association des maires.",
        "Orléans Métropole et le PETR du Perche rejoignent l'association Centre Europe.",
        "Orléans Métropole et le PETR du Perche ont rejoint le GIP Europe.",
    ],
)
def test_bodies_joining_another_body_named_after_its_noun_are_not_members_of_this_one(
    ingester: Ingester, text: str
) -> None:
    # facts-part3.md §5: Orléans Métropole and the PETR du Perche joined Villes au Carré (2018);
    # a body named after "l'association", "le GIP" is another one.
    found = said(ingester, "Villes au Carré s'élargit. " + text)
    assert (O + "orleans-metropole", "memberOf", O + "villes-au-carre") not in found


def test_a_clause_of_members_of_another_named_body_gives_y_no_antecedent(
    ingester: Ingester,
) -> None:
    # facts.md §2 PQN-A: the CESER sits in an advisory capacity in PQN-A, not in a mayors' body.
    found = said(ingester, "PQN-A est un groupement d'intérêt public. Les communes sont membres "
                           "de l'association des maires. Le CESER y siège.")  # fmt: skip
    assert not any(relation == "memberOf" for _s, relation, _o in found)
