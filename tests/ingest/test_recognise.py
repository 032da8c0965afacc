"""Finding mentions: spaCy's French model strengthened by the graph's own names, in texts of
any length."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crpv_graph.ingest import Ingester
from crpv_graph.ingest.article import Article
from crpv_graph.ingest.recognise import Mention, base_model
from crpv_graph.store import dataset
from tests.helpers import FIXTURE_DATA, invoke

O = "https://w3id.org/crpv/id/organization/"
ARTICLE = "URL: https://example.org/a\nDATE: 2021-11-02\n---\n"
LAST = "Le 21 octobre 2021, l'IREV a réuni les centres de ressources à Paris.\n"
FILLER = "x" * 9_999 + "\n\n"  # a paragraph of one long word: quick for spaCy to read


def test_an_article_longer_than_spacys_limit_is_read_in_pieces_with_true_offsets(
    tmp_path: Path,
) -> None:
    body = FILLER * 190 + LAST  # 1.9 million characters, under the 2 MiB limit
    article = tmp_path / "long.txt"
    article.write_text(ARTICLE + body, encoding="utf-8")
    result = invoke("ingest", str(article), "--format", "json")
    assert result.exit_code == 0, result.output
    mentions = json.loads(result.stdout)["mentions"]
    irev = next(m for m in mentions if m["entity"] == "https://w3id.org/crpv/id/organization/irev")
    assert irev["start"] > 1_000_000
    assert all(body[m["start"] : m["end"]] == m["text"] for m in mentions)


def test_the_entity_ruler_finds_names_the_model_misses(ingester: Ingester) -> None:
    text = "Question de ville et l'Ecole du Renouvellement Urbain ont rejoint l'IREV."
    plain = {span.text for span in base_model()(text).ents if span.label_ == "ORG"}
    draft = ingester.draft(Article(body=text, url="https://example.org/t", date="2021-11-02"))
    found = {m.text: m.entity for m in draft.mentions if m.type == "organization"}
    assert found["Question de ville"] == O + "question-de-ville"
    assert found["Ecole du Renouvellement Urbain"] == O + "eru"
    assert found["IREV"] == O + "irev"
    assert not {"Question de ville", "IREV"} <= plain, "the plain model alone finds these too"


@pytest.fixture(scope="module")
def unaware() -> Ingester:
    """An ingester over the small fixture graph, which knows none of the bodies named below:
    what it finds, it finds by how French prints names, not by the graph's labels."""
    return Ingester.from_graph(dataset.load(FIXTURE_DATA).store)


def mentions(ingester: Ingester, text: str) -> list[Mention]:
    article = Article(body=text, url="https://example.org/t", date="2019-04-11")
    return [m for m in ingester.draft(article).mentions if m.type != "date"]


def test_a_name_quoted_after_a_kind_of_body_is_that_body_and_the_kind_is_no_name(
    unaware: Ingester,
) -> None:
    # facts-part3.md §12: the convention constitutive of the GIP politique de la ville "Maore
    # Ouvoimoja" was signed on Thursday 11 April 2019.
    text = "La convention constitutive du GIP « Maore Ouvoimoja » a été signée le 11 avril 2019."
    found = [(m.text, m.type) for m in mentions(unaware, text)]
    assert found == [("Maore Ouvoimoja", "organization")]


def test_an_acronym_in_the_plural_names_a_kind_of_body_not_a_body(unaware: Ingester) -> None:
    # facts.md (IREV): other members are the EPCIs and communes that lead contrats de ville.
    text = "Le groupement compte parmi ses membres les EPCI et les communes."
    assert "EPCI" not in {m.text for m in mentions(unaware, text)}


def test_a_civility_before_a_persons_name_is_not_part_of_it(unaware: Ingester) -> None:
    # facts.md: Hélène Geoffroy, mayor of Vaulx-en-Velin, at the 2022 Strasbourg gathering.
    text = "Mme Hélène Geoffroy a pris part aux travaux à Strasbourg."
    people = [m.text for m in mentions(unaware, text) if m.type == "person"]
    assert people == ["Hélène Geoffroy"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # facts.md (Villes au Carré): Michel Lussault at the 2007 launch; facts.md 339: studied at
        # Sciences Po.
        (
            "Michel Lussault, président de l'université de Tours, était présent à Poitiers.",
            ["université de Tours"],
        ),
        # facts-part3.md §12: the founding members of the GIP of Mayotte.
        (
            "Aux côtés de l'État, on trouve le Conseil départemental de Mayotte et la communauté "
            "de communes de Petite-Terre.",
            ["Conseil départemental de Mayotte", "communauté de communes de Petite-Terre"],
        ),
        # facts.md: named in 2006 as the "centre de ressources pour la politique de la ville
        # Provence-Alpes Côte d'Azur (CRPV Paca)".
        (
            "Le centre de ressources pour la politique de la ville Provence-Alpes Côte d'Azur a "
            "répondu à un appel à projets.",
            ["centre de ressources pour la politique de la ville Provence-Alpes Côte d'Azur"],
        ),
        # facts.md 339: born in Tours; studied at Sciences Po, Iéna and the ENA.
        ("Né à Tours, il a étudié à Sciences Po.", ["Sciences Po"]),
        # facts.md 124: Isabelle Melscoet, an elected official of Brest Métropole.
        ("Isabelle Melscoet est élue de Brest Métropole.", ["Brest Métropole"]),
        # facts.md 271: the Métropole européenne de Lille.
        ("Les acteurs de la métropole européenne de Lille.", ["métropole européenne de Lille"]),
        # facts.md 340: secretary-general of the Gers prefecture from 2004 to 2009.
        (
            "De 2004 à 2009, la préfecture du Gers l'a eu pour secrétaire général.",
            ["préfecture du Gers"],
        ),
        # facts.md (RésO Villes): the centre of Brittany, which the Region and the départements
        # fund; the authority is capitalised, the territory is not.
        (
            "La Région Bretagne et le Département du Finistère financent le centre, actif dans "
            "toute la région Bretagne.",
            ["Région Bretagne", "Département du Finistère"],
        ),
        # facts.md 191: Yves Le Breton left for the Haute-Savoie prefecture.
        (
            "Yves Le Breton a rejoint la sous-préfecture de la Haute-Savoie.",
            ["sous-préfecture de la Haute-Savoie"],
        ),
    ],
)
def test_a_body_named_by_a_french_naming_pattern_is_found_whole(
    unaware: Ingester, text: str, names: list[str]
) -> None:
    found = [m for m in mentions(unaware, text) if m.type == "organization"]
    assert [m.text for m in found] == names
    assert all(m.entity is None for m in found), "the graph knows none of them: new bodies"


def test_communes_named_in_a_list_or_a_mayors_title_are_bodies(unaware: Ingester) -> None:
    # facts-part3.md §12: the communes of Bandrélé, Bouéni, Chirongui, Mamoudzou,
    # M'Tsangamouji, M'Tsamboro and Sada; facts.md: Hélène Geoffroy, mayor of Vaulx-en-Velin.
    text = (
        "Le GIP réunit sept communes : Bandrélé, Bouéni, Chirongui, Mamoudzou, M'Tsangamouji, "
        "M'Tsamboro et Sada. Hélène Geoffroy, maire de Vaulx-en-Velin, était présente."
    )
    found = [m.text for m in mentions(unaware, text) if m.type == "organization"]
    assert found == ["Bandrélé", "Bouéni", "Chirongui", "Mamoudzou", "M'Tsangamouji",
                     "M'Tsamboro", "Sada", "Vaulx-en-Velin"]  # fmt: skip


def test_a_ministers_portfolio_is_not_a_body(unaware: Ingester) -> None:
    # facts.md 187: the ANCT is overseen by the ministers for regional planning, local
    # authorities and the politique de la ville.
    text = (
        "L'ANCT est placée sous la tutelle des ministres chargés de l'Aménagement du territoire, "
        "des Collectivités territoriales et de la Politique de la ville."
    )
    found = {m.text for m in mentions(unaware, text) if m.type == "organization"}
    assert found == {"ANCT"}


def test_a_mayors_commune_is_a_mention_of_its_local_authority_even_misspelt(
    ingester: Ingester,
) -> None:
    # facts.md: Jean-Luc Rigaut, mayor of Annecy from 2007 to 2020; the merged commune of
    # Annecy from January 2017 (issue 20: "maire d'Anecy" in a page).
    for text in ("Jean-Luc Rigaut, Maire d’Annecy, a pris la parole.",
                 "Jean-Luc Rigaut, maire d'Anecy, a pris la parole."):  # fmt: skip
        article = Article(body=text, url="https://example.org/t", date="2018-06-20")
        communes = [m for m in ingester.draft(article).mentions if m.text in ("Annecy", "Anecy")]
        assert [(m.type, m.entity) for m in communes] == [("organization", O + "ville-d-annecy")]


NAMES_GRAPH = """\
@prefix crpv: <https://w3id.org/crpv/ontology#> .
@prefix crpvg: <https://w3id.org/crpv/graph/> .
@prefix o: <https://w3id.org/crpv/id/organization/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix reg: <https://w3id.org/crpv/id/place/region/> .

crpvg:sources {
    <https://example.org/names> a crpv:SourceDocument ; rdfs:label "Test"@fr .
}
<https://example.org/names> {
    o:centres-de-ressources a crpv:Collective ; crpv:collectiveOf crpv:ResourceCentre ;
        rdfs:label "centres de ressources politique de la ville"@fr .
    o:irev a crpv:ResourceCentre ; rdfs:label "IREV"@fr .
    o:cnv a org:FormalOrganization ; rdfs:label "CNV"@fr .
    o:irdsu a org:FormalOrganization ; rdfs:label "IRDSU"@fr .
    reg:06 a crpv:Region ; rdfs:label "Mayotte"@fr .
}
"""


@pytest.fixture(scope="module")
def centres_only(tmp_path_factory: pytest.TempPathFactory) -> Ingester:
    """A graph that knows the centres as a group, one centre and the place Mayotte only."""
    data = tmp_path_factory.mktemp("data")
    (data / "example.org--names.trig").write_text(NAMES_GRAPH, encoding="utf-8")
    return Ingester.from_graph(dataset.load(data).store)


def test_a_collective_acronym_and_a_proper_name_name_one_new_body(centres_only: Ingester) -> None:
    # facts.md: named in 2006 as the "centre de ressources pour la politique de la ville
    # Provence-Alpes Côte d'Azur (CRPV Paca)"; it answered a DIACT call with RésO Villes.
    text = "Le CRPV Paca a répondu à un appel à projets avec les CRPV et l'IREV."
    found = [(m.text, m.entity) for m in mentions(centres_only, text) if m.type == "organization"]
    assert found == [
        ("CRPV Paca", None),
        ("CRPV", O + "centres-de-ressources"),
        ("IREV", O + "irev"),
    ]


def test_a_name_glued_to_more_letters_is_not_that_name(centres_only: Ingester) -> None:
    # The centre of Mayotte (facts-part3.md §12, the GIP "Maore Ouvoimoja"), whose acronym
    # holds the centres' own.
    text = "Le GIP porte le sigle CRPV-CS depuis 2019."
    assert not [m for m in mentions(centres_only, text) if m.entity == O + "centres-de-ressources"]


def test_a_new_name_cut_before_its_place_goes_on_to_the_place(centres_only: Ingester) -> None:
    # facts-part3.md §12: the founding members include the Caisse de Sécurité Sociale de Mayotte.
    text = "Aux côtés de l'État, on trouve la Caisse de Sécurité Sociale de Mayotte."
    found = [m.text for m in mentions(centres_only, text) if m.type == "organization"]
    assert "Caisse de Sécurité Sociale de Mayotte" in found
    assert "Caisse de Sécurité Sociale" not in found


def test_a_name_listed_between_two_bodies_is_a_body(centres_only: Ingester) -> None:
    # facts.md: at the 2022 Strasbourg gathering, the national partners named were CNFPT, CNV,
    # Bpifrance and IRDSU.
    text = "Les partenaires nationaux étaient là : le CNV, Bpifrance et l'IRDSU."
    found = [(m.text, m.entity) for m in mentions(centres_only, text) if m.type == "organization"]
    assert found == [("CNV", O + "cnv"), ("Bpifrance", None), ("IRDSU", O + "irdsu")]


def test_a_pattern_name_stops_before_the_person_printed_after_it(unaware: Ingester) -> None:
    # facts-part3.md: in 2006 the publication directors were the regional préfet and the
    # president of the Aquitaine regional council (Alain Rousset).
    text = "Le président du conseil régional d'Aquitaine Alain Rousset dirige la publication."
    found = [(m.text, m.type) for m in mentions(unaware, text)]
    assert found == [("conseil régional d'Aquitaine", "organization"), ("Alain Rousset", "person")]


def test_a_name_opening_or_closing_a_list_of_bodies_is_a_body(
    unaware: Ingester, centres_only: Ingester
) -> None:
    # facts.md (IREV): the general assembly of 24 March 2017 admitted Lens-Liévin, Valenciennes
    # Métropole and the Pays noyonnais; the 2022 national partners were CNFPT, CNV, Bpifrance
    # and IRDSU.
    text = "L'assemblée a admis trois nouveaux membres, Lens-Liévin, Valenciennes Métropole et le "
    text += "Pays noyonnais."
    found = [m.text for m in mentions(unaware, text) if m.type == "organization"]
    assert found[:2] == ["Lens-Liévin", "Valenciennes Métropole"]
    text = "Les partenaires nationaux étaient le CNV, l'IRDSU et Bpifrance."
    found = [m.text for m in mentions(centres_only, text) if m.type == "organization"]
    assert found == ["CNV", "IRDSU", "Bpifrance"]


def test_a_person_listed_among_bodies_stays_a_person(centres_only: Ingester) -> None:
    # facts.md: Hélène Geoffroy (mayor of Vaulx-en-Velin, CNV) at the 2022 gathering.
    text = "Étaient présents le CNV, Hélène Geoffroy et l'IRDSU."
    found = [(m.text, m.type) for m in mentions(centres_only, text)]
    assert ("Hélène Geoffroy", "person") in found
    assert ("Hélène Geoffroy", "organization") not in found


def test_a_name_and_the_acronym_its_initials_spell_are_both_the_body(unaware: Ingester) -> None:
    # facts.md (Villes au Carré): background, a feasibility study by the Délégation
    # interministérielle à la ville (DIV).
    text = "Une étude de faisabilité a été menée par la Délégation interministérielle à la ville "
    text += "(DIV)."
    found = [m.text for m in mentions(unaware, text) if m.type == "organization"]
    assert found == ["Délégation interministérielle à la ville", "DIV"]


def test_a_role_of_the_vocabulary_is_a_title_never_a_body_mention(ingester: Ingester) -> None:
    # facts.md: the Pacte de Dijon was signed on 16 July 2018 at Matignon by Prime Minister
    # Édouard Philippe; the CGET reports to the Prime Minister (2014 draft decree).
    signed = "Le pacte a été signé à Matignon par Édouard Philippe, alors Premier ministre."
    reports = "Le CGET est placé auprès du Premier ministre."
    for text, bodies in ((signed, []), (reports, [O + "cget"])):
        article = Article(body=text, url="https://example.org/t", date="2018-07-16")
        found = [m.entity for m in ingester.draft(article).mentions if m.type == "organization"]
        assert found == bodies


def test_a_partnership_or_a_programme_the_graph_knows_is_named_but_no_body(
    ingester: Ingester,
) -> None:
    # facts.md: the Pacte de Dijon, signed on 16 July 2018; the ANRU was set up in 2004 to run
    # the PNRU and later the NPNRU.
    text = "Le Pacte de Dijon a reçu, le 16 juillet, la signature du Premier ministre. L'ANRU a "
    text += "été mise en place en 2004 pour conduire le PNRU, puis le NPNRU."
    article = Article(body=text, url="https://example.org/t", date="2018-07-20")
    found = [(m.text, m.type, m.entity) for m in ingester.draft(article).mentions]
    assert [(t, e) for t, kind, e in found if kind == "organization"] == [("ANRU", O + "anru")]
    pact = "https://w3id.org/crpv/id/collaboration/pacte-de-dijon"
    assert ("Pacte de Dijon", "partnership", pact) in found
    assert {t for t, kind, _ in found if kind == "work"} == {"PNRU", "NPNRU"}


def test_an_unknown_acronym_after_a_programme_is_no_body(unaware: Ingester) -> None:
    # facts.md: the ANRU was set up in 2004 to run the PNRU and later the NPNRU (law of 21
    # February 2014).
    text = "La loi du 21 février 2014 lui confie le nouveau programme, le NPNRU."
    assert not [m.text for m in mentions(unaware, text) if m.type == "organization"]


def test_an_acronym_a_role_of_the_vocabulary_is_held_at_is_a_body(unaware: Ingester) -> None:
    # facts.md (ANCT): the ANCT remains the managing authority of the EU URBACT programme; in
    # April 2022 François-Antoine Mariani headed it.
    for text in (
        "Il était alors responsable de l'autorité de gestion du programme européen URBACT.",
        "Il est aussi responsable de l'autorité de gestion d'URBACT pour 2021-2027.",
    ):
        assert "URBACT" in {m.text for m in mentions(unaware, text) if m.type == "organization"}


def test_an_acronym_after_a_programme_no_role_governs_is_still_no_body(unaware: Ingester) -> None:
    # facts.md (ANCT): the agency remains the managing authority of a European programme; a
    # programme no role is said of keeps its name a programme's (not "NPNRU", which
    # [mentions] not_bodies drops whatever precedes it).
    text = "Les crédits du programme européen LEADER sont engagés par la directrice de l'agence."
    assert not [m.text for m in mentions(unaware, text) if m.type == "organization"]


@pytest.mark.parametrize(
    "text",
    [
        "Elle est membre du comité de rédaction de VST depuis 2010.",
        "Il siège au comité de rédaction du MOCI, la revue des villes.",
        "Le comité de rédaction d'ASH a retenu le thème des quartiers.",
    ],
)
def test_the_periodical_an_editorial_committee_is_of_is_no_body(
    unaware: Ingester, text: str
) -> None:
    # facts-part3.md l.56: Brigitte Maltet sat on the editorial committee of the Horizons
    # aquitains special issue; the role is held at the committee, and what follows "comité de
    # rédaction de" is a periodical, though "membre du comité de rédaction" is a role.
    assert not [m.text for m in mentions(unaware, text) if m.type == "organization"]


def test_an_acronym_after_the_article_of_one_body_is_a_body(unaware: Ingester) -> None:
    # facts.md: some CGET central-administration staff moved to the DGCL instead; the ORIV was
    # set up by CRIPI, a body of the Fonds d'Action Sociale chaired by the regional préfet.
    text = "Une partie des agents du CGET rejoindra la DGCL plutôt que l'ANCT. L'ORIV est né à "
    text += "l'initiative du CRIPI, un organe du Fonds d'action sociale présidé par le préfet."
    found = {m.text for m in mentions(unaware, text) if m.type == "organization"}
    assert {"DGCL", "CRIPI", "Fonds d'action sociale"} <= found
    assert not [name for name in found if "présidé" in name]


def test_an_acronym_capitalised_as_a_word_is_the_graphs(ingester: Ingester) -> None:
    # facts.md: the ANCT merges the CGET, EPARECA and the Agence du numérique.
    text = "L'ANCT réunit le CGET, l'Epareca et l'Agence du numérique."
    article = Article(body=text, url="https://example.org/t", date="2020-01-01")
    linked = {m.text: m.entity for m in ingester.draft(article).mentions}
    assert linked["Epareca"] == O + "epareca"


def test_a_name_glued_by_a_hyphen_into_a_longer_word_is_not_that_name(
    ingester: Ingester,
) -> None:
    # facts.md: PQN-A, a GIP created under the 2000-2006 State-Region plan contract, renewed by
    # its founders, the State (through the SGAR) and the Region.
    glued = "Le GIP a vu le jour dans le cadre du contrat de plan Etat-Région 2000-2006."
    apart = "Ses fondateurs, l'État et la Région, l'ont renouvelé."
    for text, expected in ((glued, set()), (apart, {"État", "Région"})):
        article = Article(body=text, url="https://example.org/t", date="2021-03-01")
        found = {m.text for m in ingester.draft(article).mentions if m.type == "organization"}
        assert found == expected


def test_an_acronym_spelt_out_once_names_the_body_wherever_it_comes_back(
    unaware: Ingester,
) -> None:
    # facts-part3.md §8: the 2020 activity report was adopted at the general assembly of 1 March
    # 2021, on a page signed "Equipe PQN-A"; facts.md §2: a feasibility study by the Délégation
    # interministérielle à la ville (DIV).
    text = "Les membres de Pays et Quartiers de Nouvelle-Aquitaine (PQN-A) ont adopté le bilan "
    text += "d'activités 2020. L'équipe de PQN-A le signe. Une étude a été menée par la "
    text += "Délégation interministérielle à la ville (DIV). Michel Didier était à la DIV."
    found = [(m.text, m.type) for m in mentions(unaware, text) if m.type != "person"]
    assert found == [
        ("Pays et Quartiers de Nouvelle-Aquitaine", "organization"),
        ("PQN-A", "organization"),
        ("PQN-A", "organization"),
        ("Délégation interministérielle à la ville", "organization"),
        ("DIV", "organization"),
        ("DIV", "organization"),
    ]


def test_a_name_apposed_to_an_acronym_it_spells_is_that_body(ingester: Ingester) -> None:
    # facts.md §2: PQN-A, formerly PQA, Pays et Quartiers d'Aquitaine; created in 2002.
    text = "L'ancien PQA, Pays et Quartiers d'Aquitaine, a vu le jour en 2002. Le CGET, placé "
    text += "auprès du Premier ministre, le finance."
    article = Article(body=text, url="https://example.org/t", date="2021-03-01")
    found = [(m.text, m.entity) for m in ingester.draft(article).mentions if m.entity]
    assert found == [
        ("PQA", O + "pqn-a"),
        ("Pays et Quartiers d'Aquitaine", O + "pqn-a"),
        ("CGET", O + "cget"),
    ]


def test_a_periodical_is_not_proposed_as_a_body(unaware: Ingester) -> None:
    # facts.md: ASH calls it [Question de Ville] the network of CRPV directors.
    text = "L'hebdomadaire ASH la présente comme le réseau des directeurs des centres."
    assert not [m.text for m in mentions(unaware, text) if m.type == "organization"]


def test_a_name_joined_to_a_body_by_the_same_preposition_is_a_body(unaware: Ingester) -> None:
    # facts-part3.md: Marc Ratsimba was then directeur général adjoint renouvellement urbain at
    # Clichy-sous-Bois and the Clichy-Montfermeil agglomeration.
    text = "Marc Ratsimba est directeur général adjoint à Clichy-sous-Bois et à la communauté "
    text += "d'agglomération de Clichy-Montfermeil."
    found = [m.text for m in mentions(unaware, text) if m.type == "organization"]
    assert found == ["Clichy-sous-Bois", "communauté d'agglomération de Clichy-Montfermeil"]


def test_a_persons_name_holds_its_particle(unaware: Ingester) -> None:
    # facts.md: the partners' day of October 2024 was opened by Corinne de la Mettrie.
    text = "La journée des partenaires a été ouverte par Corinne de la Mettrie, directrice "
    text += "générale déléguée."
    people = [m.text for m in mentions(unaware, text) if m.type == "person"]
    assert people == ["Corinne de la Mettrie"]


def test_a_body_named_in_full_in_quotes_is_that_body_with_its_short_name(
    unaware: Ingester,
) -> None:
    # facts-part3.md §7: in May 2016 the newsletter gives the centre's name as "Centre de
    # Ressources Acteurs de la Ville Bourgogne - Franche-Comté"; facts.md: Normanvilles
    # (Normandie), labelled in 2015.
    named = "Sa lettre d'information le présente sous le nom de « Centre de Ressources Acteurs "
    named += "de la Ville Bourgogne - Franche-Comté »."
    short = "En Normandie, Normanvilles, de son nom complet « centre de ressources politique de "
    short += "la ville de Normandie », a reçu en 2015 le label."
    label = "Il a reçu en 2015 le label, sous le nom de « Politique de la ville »."
    for text, expected in (
        (named, ["Centre de Ressources Acteurs de la Ville Bourgogne - Franche-Comté"]),
        (short, ["Normanvilles", "centre de ressources politique de la ville de Normandie"]),
        (label, []),
    ):
        assert [m.text for m in mentions(unaware, text) if m.type == "organization"] == expected


def test_a_name_after_a_kind_of_body_in_lower_case_is_that_body(unaware: Ingester) -> None:
    # facts.md: the founding assembly of the association Villes et Territoires was held on 28
    # March 2013 in Montpellier; facts-part3.md §7: an information day with Pays de Montbéliard
    # Agglomération in November 2011.
    founded = "L'association Villes et Territoires a tenu son assemblée constitutive le 28 mars."
    day = "Une journée d'information a eu lieu en novembre 2011, avec Pays de Montbéliard "
    day += "Agglomération."
    for text, expected in (
        (founded, ["Villes et Territoires"]),
        (day, ["Pays de Montbéliard Agglomération"]),
    ):
        assert [m.text for m in mentions(unaware, text) if m.type == "organization"] == expected
    # A name that goes on in lower case is not cut after its capitalised word.
    cut = "L'association Politique de la ville a tenu son assemblée le 28 mars."
    assert "Politique" not in {m.text for m in mentions(unaware, cut)}


def test_the_gip_bears_the_name_quoted_after_porte_le_nom_de(unaware: Ingester) -> None:
    # facts.md: it is a GIP named "Centre de Ressources Politique de la Ville et Cohésion
    # Sociale" (GIP CRPV-CS).
    text = "Le GIP porte le nom de « Centre de Ressources Politique de la Ville et Cohésion "
    text += "Sociale »."
    found = [m.text for m in mentions(unaware, text) if m.type == "organization"]
    assert found == ["Centre de Ressources Politique de la Ville et Cohésion Sociale"]


def test_centres_after_a_bare_de_are_some_of_them_not_the_centres_as_a_group(
    ingester: Ingester,
) -> None:
    # facts-part3.md §2: on 11 April 2013 the mission d'information sur les immigrés âgés heard
    # Olivia Maire, of the centre de ressources « Profession Banlieue »; facts.md: the 19
    # centres met in Paris on 14 and 15 June 2018.
    some = "La mission a auditionné trois responsables de centres de ressources politique de la "
    some += "ville."
    all_of_them = "Les 19 centres de ressources politique de la ville se sont réunis à Paris."
    for text, expected in ((some, []), (all_of_them, [O + "centres-de-ressources"])):
        article = Article(body=text, url="https://example.org/t", date="2018-06-20")
        found = [m.entity for m in ingester.draft(article).mentions if m.type == "organization"]
        assert found == expected


def test_a_hyphenated_acronym_names_a_body_with_the_kind_before_it(unaware: Ingester) -> None:
    # facts.md: Normanvilles is run by ORS-CREAI Normandie (formerly the CREAI-ORS cooperation
    # group); the GIP of Mayotte is named "Centre de Ressources Politique de la Ville et
    # Cohésion Sociale" (GIP CRPV-CS).
    text = "Il est porté par l'ancien groupement de coopération CREAI-ORS. Le GIP CRPV-CS a reçu "
    text += "les directeurs des centres."
    found = [m.text for m in mentions(unaware, text) if m.type == "organization"]
    assert found == ["CREAI-ORS", "GIP CRPV-CS"]
    # Not in the plural, where it is a kind of body.
    plural = "Le groupement compte parmi ses membres les EPCI-FP et les communes."
    assert not [m.text for m in mentions(unaware, plural) if m.type == "organization"]


@pytest.mark.parametrize(
    "text",
    [
        # facts.md (RésO Villes): the centre of Brittany and the Pays de la Loire.
        "RésO Villes, le centre de ressources politique de la ville de Bretagne, publie un guide.",
        # facts-part3.md §12: the GIP's meetings at the prefecture in Mamoudzou.
        "Les membres du GIP se sont réunis à la préfecture de Mamoudzou.",
    ],
)
def test_a_kind_and_the_place_it_serves_or_stands_in_are_no_name(
    unaware: Ingester, text: str
) -> None:
    found = [m.text for m in mentions(unaware, text) if m.type == "organization"]
    assert not any(name.lower().startswith(("centre", "préfecture")) for name in found), found


def test_an_acronym_joined_by_a_bullet_and_glossed_after_pour_is_one_body(
    ingester: Ingester,
) -> None:
    # facts.md 112: CR•DSU stands for Centre de ressources et d'échanges pour le développement
    # social et urbain (the graph knows it as CR-DSU, later Labo Cités).
    text = (
        "Créé en 1993, le CR•DSU, pour Centre de ressources et d'échanges pour le développement "
        "social et urbain, travaille à l'échelle de Rhône-Alpes. Le CR·DSU a changé de nom."
    )
    found = {m.text: m.entity for m in mentions(ingester, text) if m.type == "organization"}
    assert found == {
        "CR•DSU": O + "labo-cites",
        "Centre de ressources et d'échanges pour le développement social et urbain":
            O + "labo-cites",
        "CR·DSU": O + "labo-cites",
    }  # fmt: skip


def test_a_name_printed_with_curly_apostrophes_is_the_graphs(ingester: Ingester) -> None:
    # facts.md 218: the board of the ERU brings together the ANRU, the CGET, the USH and the
    # Caisse des Dépôts.
    text = "Le conseil de l’ERU réunit l’ANRU, le CGET et l’Union sociale pour l’habitat."
    found = {m.text: m.entity for m in mentions(ingester, text) if m.type == "organization"}
    assert found["Union sociale pour l’habitat"] == O + "ush"


def test_a_lower_case_name_spelt_before_its_acronym_is_a_body_when_it_opens_like_one(
    ingester: Ingester,
) -> None:
    # facts.md 203: the CIMAP of 17 July 2013 decided to create a CGET. "comité" opens the
    # graph's own lower-case names of bodies ("comité interministériel des villes"); the
    # priority neighbourhoods are places, whatever their acronym.
    text = (
        "Le comité interministériel pour la modernisation de l'action publique (CIMAP) a décidé "
        "la création du CGET, qui suivra les quartiers prioritaires de la ville (QPV)."
    )
    found = [m.text for m in mentions(ingester, text) if m.type == "organization"]
    assert "comité interministériel pour la modernisation de l'action publique" in found
    assert not {"quartiers prioritaires de la ville", "QPV"} & set(found)


def test_a_name_the_model_reads_as_a_persons_is_a_body_when_it_holds_a_noun_of_bodies(
    ingester: Ingester,
) -> None:
    # facts.md 147 and 363 (Trajectoire Ressources, renamed here so that the graph does not
    # know it): born in 2006, labelled in 2008; Jean-Luc Michaud, its publication director.
    # "Ressources" is a word of the graph's names of bodies ("centre de ressources") and of
    # no person's: the model's PER is a body; the director stays a person.
    text = (
        "Jean-Luc Michaud est directeur de la publication ; Horizons Ressources a été labellisée "
        "en 2008."
    )
    found = {m.text: m.type for m in mentions(ingester, text)}
    assert found == {"Jean-Luc Michaud": "person", "Horizons Ressources": "organization"}


def test_an_acronym_the_model_reads_alone_takes_the_body_its_spelt_name_links_to(
    ingester: Ingester,
) -> None:
    # facts.md 246: Question de Ville co-published a report with the Fédération des centres
    # sociaux; the graph knows the federation's name, not an acronym for it.
    text = (
        "Question de Ville a coédité un rapport avec la Fédération des centres sociaux (FCS). "
        "La FCS en a publié la troisième édition."
    )
    found = [m.entity for m in mentions(ingester, text) if m.text in ("FCS",)]
    assert found == [O + "federation-centres-sociaux"] * 2


def test_an_intercommunality_named_grand_and_a_known_town_is_a_body(unaware: Ingester) -> None:
    # facts.md 346 and 117 (the town changed for one the fixture graph knows as a place): the
    # president of an agglomeration "Grand ..." took the head of the ADCF; the ORIV covers the
    # Grand Est region, a region, not a body.
    text = (
        "En 2017, le président du Grand Lille a pris la tête de l'AdCF. L'ORIV couvre toute la "
        "région Grand Est."
    )
    found = [m.text for m in mentions(unaware, text) if m.type == "organization"]
    assert "Grand Lille" in found and "Lille" not in found
    assert not any("Grand Est" in name for name in found)


def test_a_one_word_head_the_model_cut_goes_on_to_its_lower_case_complement(
    ingester: Ingester,
) -> None:
    # facts.md 204: the draft creation decree went to the Council of Ministers on Wednesday
    # 26 March 2014.
    text = "Le projet de décret a été présenté en Conseil des ministres le mercredi 26 mars 2014."
    found = [m.text for m in mentions(ingester, text) if m.type == "organization"]
    assert found == ["Conseil des ministres"]


def test_an_acronym_found_once_is_the_same_body_wherever_it_comes_back(unaware: Ingester) -> None:
    # facts.md (CRPV Paca): in 2006 the centre answered a DIACT call for projects with two
    # other centres; a publication supported by the DIACT. The fixture graph does not know the
    # DIACT: the model finds it once, and its other use is the same body.
    text = (
        "Une publication soutenue par la DIACT le citait déjà en 2006. Le centre avait répondu à "
        "un appel à projets de la DIACT. En juin, il a changé de nom."
    )
    found = [m for m in mentions(unaware, text) if m.text == "DIACT"]
    assert [m.start for m in found] == [text.index("DIACT"), text.rindex("DIACT")]
    assert all(m.type == "organization" for m in found)


def test_a_name_after_a_noun_that_opens_the_graphs_names_of_bodies_is_a_body(
    ingester: Ingester,
) -> None:
    # facts.md (Ville Caraïbe): a consultancy wrote the prefiguration report (renamed here so
    # that the graph does not know it). "cabinet" opens names of bodies in the graph.
    text = "Le cabinet Trajets-Conseil avait ensuite rédigé un rapport de préfiguration."
    found = [(m.text, m.entity) for m in mentions(ingester, text) if m.type == "organization"]
    assert found == [("Trajets-Conseil", None)]


def test_a_name_ends_at_its_line_break_in_a_list_of_one_officer_a_line(unaware: Ingester) -> None:
    # The board elected on 7 April 2011 (facts.md, Profession Banlieue), one office a line.
    text = (
        "Le bureau élu le 7 avril 2011 :\n"
        "Président : Marc Ratsimba\n"
        "Vice-présidente : Sylvie Hautière\n"
        "Le rapport d'activité 2011 en rend compte."
    )
    people = [m.text for m in mentions(unaware, text) if m.type == "person"]
    assert people == ["Marc Ratsimba", "Sylvie Hautière"]


def test_a_participle_opening_a_sentence_is_no_body(ingester: Ingester) -> None:
    # facts.md, Profession Banlieue: the board elected on 7 April 2011.
    text = (
        "Vie de l'association\n\n"
        "Réunis en assemblée générale le 7 avril 2011, les adhérents de Profession Banlieue "
        "ont réélu Marc Ratsimba à la présidence."
    )
    found = {m.text for m in mentions(ingester, text) if m.type == "organization"}
    assert "Réunis" not in found
    assert "Profession Banlieue" in found


def test_an_unknown_acronym_after_the_article_of_one_body_is_a_new_body(unaware: Ingester) -> None:
    # facts.md: the CESER sits in PQN-A in an advisory capacity; youth and sport went to the
    # DRAJES; a DIACT-backed publication; the IREV hosts the CRPRS; the CAUE de l'Essonne and
    # the PETR du Perche (facts-part3.md). Several wordings: a subject, "de la", "au", a place.
    text = (
        "Le CESER siège au conseil avec voix consultative. La publication, soutenue par la "
        "DIACT, est parue en 2006. Le volet jeunesse est confié au DRAJES. L'IREV porte "
        "aussi le CRPRS, un centre consacré à la prévention. Le CAUE de l'Essonne et le PETR "
        "du Perche ont rejoint le réseau."
    )
    found = {m.text: m.entity for m in mentions(unaware, text) if m.type == "organization"}
    for name in ("CESER", "DIACT", "DRAJES", "CRPRS", "CAUE de l'Essonne", "PETR du Perche"):
        assert name in found and found[name] is None, name


def test_capitals_that_name_no_body_stay_out(unaware: Ingester) -> None:
    # Print's abbreviations, a Roman numeral, programmes and zones (cues.toml [mentions]), a
    # kind, the plural, a programme's name and a heading in capitals.
    text = (
        "NB : le bilan est en ligne, le PDF et le CV du directeur aussi, avec le SIRET et le "
        "RIB ; le DGS de la ville et le PDG étaient là. Le XIe Plan couvrait "
        "le QPV et le GPV Nord Franche-Comté. Le GIP compte les EPCI du département. "
        "L'ANCT gère le programme européen URBACT.\n\n"
        "CHEZ LES PARTENAIRES\n- Une nouvelle directrice à Lyon."
    )
    assert [m.text for m in mentions(unaware, text) if m.type == "organization"] == ["ANCT"]


def test_a_national_body_named_after_its_country_is_found_whole(unaware: Ingester) -> None:
    # facts.md (ADCF): founded as the Assemblée des districts de France, renamed Intercommunalités
    # de France in 2021; facts-part3.md: Villes de France co-signed the charter. A plural before
    # "de France" names a body; a person or an event named so stays out.
    text = (
        "Fondée en 1989, elle s'appelait Assemblée des districts de France. Elle a pris le nom "
        "d'Intercommunalités de France. Villes de France et Ville et Banlieue ont signé la "
        "charte. Marie de France a écrit des lais ; le Tour de France passait à Rodez. Les "
        "Régions de France aussi."
    )
    found = {m.text: m.type for m in mentions(unaware, text)}
    assert found["Assemblée des districts de France"] == "organization"
    assert found["Intercommunalités de France"] == "organization"
    assert found["Villes de France"] == "organization"
    assert "Tour de France" not in found and found.get("Marie de France") != "organization"
    assert found["Régions de France"] == "organization" and "Les Régions de France" not in found


def test_an_intercommunality_or_a_town_named_with_its_head_noun_is_found_whole(
    unaware: Ingester,
) -> None:
    # facts-part3.md: Villes au Carré welcomed the Vierzon Sologne Berry community of communes,
    # the Giennoise one and the PETR du Perche; facts.md: a deputy director general for urban
    # renewal of a town and of its agglomeration. Head noun before a name, an adjective, a town.
    text = (
        "Nouveaux adhérents :\n- la communauté de communes Vierzon Sologne Berry ;\n"
        "- la communauté de communes giennoise.\n"
        "Il est directeur de la ville de Clichy-sous-Bois et de la communauté d'agglomération "
        "de Clichy-Montfermeil. La communauté de communes est née dans la ville de Gien."
    )
    found = [m.text for m in mentions(unaware, text) if m.type == "organization"]
    assert found == [
        "communauté de communes Vierzon Sologne Berry",
        "communauté de communes giennoise",
        "ville de Clichy-sous-Bois",
        "communauté d'agglomération de Clichy-Montfermeil",
    ]


def test_a_person_the_model_misses_is_known_by_a_title_an_office_or_a_bracketed_body(
    unaware: Ingester,
) -> None:
    # facts.md (IREV): an older page names as president the préfet délégué for equal
    # opportunities; (RésO Villes): its new director took over in January; (ANRU day): a CRPV
    # speaker listed with his centre in brackets. An apposed title, a taking of office, a list
    # line; a name after an article, or with no such words after it, stays out.
    text = (
        "Président de l'IREV Kléber Arhoul, préfet délégué à l'égalité des chances, a ouvert "
        "la journée. En janvier 2024, Ouided Ayad a pris la direction de RésO Villes.\nIntervenants :\n"
        "- Fabien Bressan (Labo Cités) ;\n"
        "La Maison Blanche, partenaire du réseau, ouvrira. Depuis Ville Caraïbe, rien. "
        "Nouvelle Aquitaine a pris la suite du dossier."
    )
    people = [m.text for m in mentions(unaware, text) if m.type == "person"]
    assert people == ["Kléber Arhoul", "Ouided Ayad", "Fabien Bressan"]


def test_a_territory_after_its_kind_and_a_label_before_a_colon_are_no_bodies(
    ingester: Ingester,
) -> None:
    # facts-part3.md (Horizons aquitains, 2006): the publication's directors were the regional
    # préfet and the president of the regional council; an editorial committee lists people
    # under their centres. A masthead's labels and the territory after "région" in lower case
    # are no bodies; an entry's body before its colon stays one.
    text = (
        "Direction de la publication : Francis Idrac, préfet de la région Aquitaine, avec "
        "Alain Rousset, président du conseil régional d'Aquitaine.\n"
        "Comité de rédaction : Hervé Castelli (PQA) ; Brigitte Maltet (RésO villes).\n"
        "- Villes et Territoires Occitanie : assemblée constitutive à Montpellier."
    )
    found = [m.text for m in mentions(ingester, text) if m.type == "organization"]
    assert "Aquitaine" not in found and "Comité de rédaction" not in found
    assert {"conseil régional d'Aquitaine", "Villes et Territoires Occitanie"} <= set(found)


def test_an_acronym_mixing_cases_spells_its_name_with_its_capitals(unaware: Ingester) -> None:
    # facts.md (ADCF): founded in 1989 by Marc Censi, based in Paris. Print writes its acronym
    # "AdCF", the small "d" for "des": the name before the bracket and each "AdCF" are one body.
    text = (
        "Fondée en 1989, l'Assemblée des communautés de France (AdCF) est installée à Paris. "
        "Marc Censi a fondé l'AdCF."
    )
    found = [m.text for m in mentions(unaware, text) if m.type == "organization"]
    assert found == ["Assemblée des communautés de France", "AdCF", "AdCF"]


def test_a_name_read_as_a_persons_with_an_abstract_noun_is_a_body(unaware: Ingester) -> None:
    # facts-part3.md (Trajectoire Ressources): its statutes recall its ties with Trajectoire
    # Formation. A name holding a noun in "-tion" is a body's, as subject or object; a person's
    # name stays one.
    for text in (
        "Ses statuts citent Trajectoire Formation comme partenaire fondateur.",
        "Trajectoire Formation a accompagné la création du centre avec Clément Martin.",
    ):
        found = {m.text: m.type for m in mentions(unaware, text)}
        assert found["Trajectoire Formation"] == "organization", text
        assert found.get("Clément Martin", "person") == "person"


def test_a_name_joining_two_words_by_et_listed_between_two_bodies_is_one_body(
    centres_only: Ingester,
) -> None:
    # facts-part3.md: the CGET notice names the bodies whose presidents co-signed the charter,
    # among them the AMGVF, Ville et Banlieue and Villes de France. The listed name holds "et";
    # a list of two names with a comma after stays two.
    text = (
        "Aux côtés du ministre, le CNV, Ville et Banlieue et l'IRDSU ont signé la charte. "
        "Étaient aussi là le CNV, Bpifrance et l'IRDSU."
    )
    found = [m.text for m in mentions(centres_only, text) if m.type == "organization"]
    assert found == ["CNV", "Ville et Banlieue", "IRDSU", "CNV", "Bpifrance", "IRDSU"]


def test_la_region_links_to_the_region_the_text_names_and_to_no_other(ingester: Ingester) -> None:
    # facts.md: the State and the Region founded the IREV (Hauts-de-France) and PQN-A
    # (Nouvelle-Aquitaine); RésO Villes covers Bretagne, whose Region the graph does not hold.
    def region(text: str) -> str | None:
        article = Article(body=text, url="https://example.org/t", date="2021-06-01")
        return next(m.entity for m in ingester.draft(article).mentions if m.text == "Région")

    assert region("En Hauts-de-France, l'IREV a pour membres l'État et la Région.") == (
        O + "region-hauts-de-france"
    )
    assert region("Le GIP, fondé par l'État et la Région, couvre la Nouvelle-Aquitaine.") == (
        O + "region-nouvelle-aquitaine"
    )
    assert region("En Bretagne, la Région soutient RésO Villes.") is None


@pytest.mark.parametrize(
    ("text", "name", "next_word"),
    [
        # facts-part3.md §12 (line 130): the communes that are members of the GIP of Mayotte.
        (
            "Ses membres sont les communes de Bandrélé, Bouéni, Chirongui et Sada\n\n"
            "Le groupement siège à Mamoudzou.",
            "Sada",
            "Le",
        ),
        # the same list, ended by a single line break before a heading
        (
            "Adhèrent aussi les communes : Mamoudzou, M'Tsamboro et Sada\nGouvernance du GIP",
            "Sada",
            "Gouvernance",
        ),
        # facts-part3.md §12: the GIP's president is the mayor of a commune of Mayotte.
        (
            "La présidence revient au maire de Chirongui\nLa vice-présidence, au préfet.",
            "Chirongui",
            "La",
        ),
    ],
)
def test_a_name_found_by_a_french_pattern_ends_at_a_line_break(
    unaware: Ingester, text: str, name: str, next_word: str
) -> None:
    found = [m.text for m in mentions(unaware, text) if m.type == "organization"]
    assert name in found
    assert not any(next_word in m for m in found)


def test_a_name_on_one_line_is_still_read_whole_across_its_spaces(unaware: Ingester) -> None:
    # facts.md: named in 2006 the centre de ressources for Provence-Alpes Côte d'Azur.
    text = "Il siège à la Région Provence-Alpes Côte d'Azur depuis 2006."
    assert "Région Provence-Alpes Côte d'Azur" in {m.text for m in mentions(unaware, text)}


@pytest.mark.parametrize(
    "text",
    [
        # facts.md 408: the Archives nationales' authority record of the CGET.
        "Sigle : CGET\nRattachement : Premier ministre\nPrédécesseurs : DATAR ; Acsé\n",
        # a notice of a publication, its fields one a line
        "Titre : Bilan annuel\nPériodicité : biennale\nÉditeur : Normanvilles\n",
        # a record whose fields are not capitalised words alone
        "Dates d'existence : 2014 - 2020\nSuccesseur : ANCT\nStatut : service central\n",
    ],
)
def test_the_one_word_label_of_a_field_in_a_form_is_no_body(unaware: Ingester, text: str) -> None:
    labels = {"Rattachement", "Prédécesseurs", "Périodicité", "Successeur", "Statut", "Titre"}
    assert not labels & {m.text for m in mentions(unaware, text)}


def test_the_bodies_a_form_gives_as_values_stay_bodies(ingester: Ingester) -> None:
    # facts.md 408: the CGET's authority record; the ANCT replaced it in 2020.
    text = (
        "Sigle : CGET\nRattachement : Premier ministre\n"
        "Successeur : Agence nationale de la cohésion des territoires\n"
    )
    found = {m.text for m in mentions(ingester, text) if m.type == "organization"}
    assert {"CGET", "Agence nationale de la cohésion des territoires"} <= found
    assert "Rattachement" not in found and "Successeur" not in found


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        # facts.md 140: PQN-A's members include the regional State directorates.
        (
            "Les autres membres :\n- DREAL ;\n- DDTM ;\n- la Caisse des Dépôts.",
            {"DREAL", "DDTM"},
        ),
        ("Ses partenaires\n• l'ANRU\n• DRFIP\n• DRAC", {"DRFIP", "DRAC"}),
        ("Siègent au comité :\n* DRIHL,\n* DDETS,\n* le CGET.", {"DRIHL", "DDETS"}),
    ],
)
def test_an_acronym_alone_on_an_item_of_a_list_of_bodies_is_a_body(
    ingester: Ingester, text: str, listed: set[str]
) -> None:
    found = {m.text for m in mentions(ingester, text) if m.type == "organization"}
    assert listed <= found


def test_an_acronym_alone_on_an_item_of_a_list_with_no_body_is_no_body(
    ingester: Ingester,
) -> None:
    text = "Pièces à fournir :\n- CERFA ;\n- PDF ;\n- RIB."
    assert not [m for m in mentions(ingester, text) if m.type == "organization"]


@pytest.mark.parametrize(
    "text",
    [
        # facts.md 140: the CESER sits in PQN-A's governance in an advisory capacity.
        "Les directions régionales de l'État en sont membres.\nLe CESER y siège avec voix "
        "consultative.",
        "La DRAAF a rejoint le groupement en 2021.",
        "L'URBACT, programme européen, a retenu Lille. Les DDETS suivent.",
    ],
)
def test_the_article_opening_a_sentence_is_not_part_of_an_acronym(
    unaware: Ingester, text: str
) -> None:
    found = [m.text for m in mentions(unaware, text) if m.type == "organization"]
    assert found
    assert not any(name.startswith(("Le ", "La ", "L'", "Les ")) for name in found)


def test_a_body_whose_name_opens_with_an_article_keeps_it(ingester: Ingester) -> None:
    # facts.md: the Caisse des Dépôts, which the graph calls by its name with no article.
    text = "La Caisse des Dépôts finance le centre."
    assert "Caisse des Dépôts" in {m.text for m in mentions(ingester, text)}


@pytest.mark.parametrize(
    "text",
    [
        # facts-part3.md §12: the GIP politique de la ville "Maore Ouvoimoja".
        "La convention du GIP politique de la ville « Maore Ouvoimoja » a été signée.",
        "Les membres de l'association de quartier « Maore Ouvoimoja » se sont réunis.",
        "Le GIP de Mayotte « Maore Ouvoimoja » est né le 11 avril 2019.",
    ],
)
def test_a_name_quoted_after_a_kind_and_its_complement_is_that_body(
    unaware: Ingester, text: str
) -> None:
    found = [(m.text, m.type) for m in mentions(unaware, text) if m.text == "Maore Ouvoimoja"]
    assert found == [("Maore Ouvoimoja", "organization")]


def test_a_name_quoted_after_a_verb_is_no_body_by_its_quotes(unaware: Ingester) -> None:
    text = "Le réseau a lancé « Pierre Dubois » en 2019, un jeu de rôle."
    found = [m.type for m in mentions(unaware, text) if m.text == "Pierre Dubois"]
    assert "organization" not in found


@pytest.mark.parametrize(
    "text",
    [
        # facts.md: Hélène Geoffroy, secrétaire d'État chargée de la ville in 2017.
        "En présence d'Hélène Geoffroy, secrétaire d'État chargée de la ville.",
        "La secrétaire d'État à la Ville, Hélène Geoffroy, a ouvert la rencontre.",
        "Hélène Geoffroy était alors secrétaire d’État.",
    ],
)
def test_the_state_in_a_title_is_no_mention_of_the_state(ingester: Ingester, text: str) -> None:
    assert not [m for m in mentions(ingester, text) if m.text == "État"]


def test_the_state_named_as_a_body_is_still_found(ingester: Ingester) -> None:
    # facts.md 140: PQN-A's founders are the State and the Nouvelle-Aquitaine Region.
    text = "Les fondateurs sont l'État et la Région Nouvelle-Aquitaine."
    assert "État" in {m.text for m in mentions(ingester, text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # facts.md: Normanvilles is carried by ORS-CREAI Normandie.
        (
            "Le kit est hébergé sur le site d'ORS-CREAI Martinique, qui porte le centre.",
            "ORS-CREAI Martinique",
        ),
        ("Le centre a reçu le soutien de la DDTM Hauts-de-France.", "DDTM Hauts-de-France"),
        ("Le CESER Île-de-France a rendu son avis.", "CESER Île-de-France"),
    ],
)
def test_a_new_acronym_followed_by_a_place_of_the_graph_names_that_places_body(
    unaware: Ingester, text: str, name: str
) -> None:
    assert name in {m.text for m in mentions(unaware, text) if m.type == "organization"}


def test_a_new_acronym_followed_by_a_persons_name_ends_at_the_acronym(unaware: Ingester) -> None:
    text = "La DRAC Valérie Martin est venue."
    found = {m.text: m.type for m in mentions(unaware, text)}
    assert found.get("DRAC") == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # facts.md: Hélène Geoffroy opened the 2022 gathering in Strasbourg.
        ("La rencontre a été ouverte par Mme Geoffroy, à Strasbourg.", "Geoffroy"),
        ("Le réseau a remercié Monsieur Lefebvre pour son accueil à Lille.", "Lefebvre"),
        ("La parole est ensuite revenue à Madame Le Breton.", "Le Breton"),
        ("M. Martin et les équipes du centre ont présenté le bilan.", "Martin"),
        ("H. Geoffroy, maire de Vaulx-en-Velin, a conclu la journée.", "H. Geoffroy"),
        ("Le mot d'accueil de J.-P. Martin a ouvert la matinée.", "J.-P. Martin"),
    ],
)
def test_a_surname_after_a_civility_or_an_initial_is_a_persons(
    unaware: Ingester, text: str, name: str
) -> None:
    people = [m.text for m in mentions(unaware, text) if m.type == "person"]
    assert name in people


def test_a_surname_after_a_civility_links_to_the_full_name_met_before(
    ingester: Ingester,
) -> None:
    # facts.md: Hélène Geoffroy, secrétaire d'État chargée de la ville in 2017.
    text = "Hélène Geoffroy a ouvert la journée. Plus tard, Mme Geoffroy a salué les centres."
    people = [m for m in mentions(ingester, text) if m.type == "person"]
    assert len({m.entity for m in people}) == 1 and people[0].entity


@pytest.mark.parametrize(
    "text",
    [
        "Les quartiers de catégorie A. Les centres de type B. Ces chiffres sont stables.",
        "M. le maire a accueilli les participants.",
    ],
)
def test_a_letter_or_a_civility_before_a_common_word_names_no_one(
    unaware: Ingester, text: str
) -> None:
    assert not [m for m in mentions(unaware, text) if m.type == "person"]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        (
            "Trajectoire Ressources : Maison des Métiers de la Ville, 13 avenue Léon Blum,"
            " 25200 Montbéliard.",
            "Léon Blum",
        ),
        (
            "Profession Banlieue, 15 rue Catulienne. Siège : 2 place Jean Jaurès, Lyon.",
            "Jean Jaurès",
        ),
    ],
)
def test_a_name_in_a_street_address_is_no_persons(
    unaware: Ingester, text: str, street: str
) -> None:
    assert street not in {m.text for m in mentions(unaware, text)}


def test_a_name_after_place_in_prose_is_not_taken_for_an_address(unaware: Ingester) -> None:
    text = "Le CGET a pris la place de la DATAR, selon Jean-Luc Michaud."
    assert {"DATAR", "Jean-Luc Michaud"} <= {m.text for m in mentions(unaware, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Rapport 2012\n\nRésumé\nQuestion de Ville et la Fédération des centres sociaux publient"
        " un rapport soutenu par le SGCIV.",
        "Contact\nProfession Banlieue, 15 rue Catulienne, Saint-Denis.",
    ],
)
def test_a_word_alone_on_its_line_is_a_heading_not_a_body(unaware: Ingester, text: str) -> None:
    assert not {"Résumé", "Contact"} & {m.text for m in mentions(unaware, text)}


# facts.md §2: Villes et Territoires Occitanie, an association; the lines around it are a web
# page's furniture, whose names are platforms, topics and services, not bodies or people
FURNITURE = (
    "Accueil \u203a Actualités \u203a Une association pour la région\n"
    "L'association Villes et Territoires tient son assemblée à Montpellier avec Ada Dupont.\n"
    "Partager sur Facebook Twitter LinkedIn\n"
    "Mots-clés : Cohésion sociale, Politique de la ville\n"
    "Publié le 12/03/2013 par Communication\n"
    "© 2013 Centre A - Tous droits réservés\n"
)


def test_a_name_the_graph_lacks_on_a_web_pages_furniture_is_no_mention(
    unaware: Ingester,
) -> None:
    found = {m.text for m in mentions(unaware, FURNITURE)}
    assert not {"Facebook Twitter LinkedIn", "Cohésion sociale", "Communication"} & found


def test_the_page_furniture_keeps_the_graphs_entities_and_the_prose_keeps_its_names(
    unaware: Ingester,
) -> None:
    found = {(m.text, m.entity) for m in mentions(unaware, FURNITURE)}
    assert {"Villes et Territoires", "Ada Dupont", "Centre A"} <= {text for text, _ in found}
    assert ("Centre A", "https://w3id.org/crpv/id/organization/centre-a") in found


@pytest.mark.parametrize(
    "text",
    [
        # facts.md (IREV): a general assembly of the GIP chaired by the préfet délégué
        "1. VIE DU GROUPEMENT - Une assemblée générale à distance\nLes membres du GIP se sont "
        "réunis.",
        "Compte rendu\n1. Participants\n- Les équipes des dix-neuf centres.",
        "II. NOS PERSPECTIVES : le programme 2021\nLe groupement adopte son programme.",
    ],
)
def test_a_numbered_sections_title_is_no_body(unaware: Ingester, text: str) -> None:
    assert not [m.text for m in mentions(unaware, text) if m.type == "organization"]


def test_a_name_after_a_headings_dash_stands_on_its_own(ingester: Ingester) -> None:
    # facts-part3.md: the DREETS, created by the decree of 9 December 2020
    text = "2. LE MOT DU GLOSSAIRE - DREETS\nLes DREETS existent depuis le 1er avril 2021."
    found = [m.text for m in mentions(ingester, text) if m.type == "organization"]
    assert found[:1] == ["DREETS"]


def test_a_name_quoted_after_a_kind_and_its_bracketed_acronym_is_that_body(
    unaware: Ingester,
) -> None:
    # facts-part3.md §12: the convention constitutive of the GIP "Maore Ouvoimoja"
    text = (
        "La presse est invitée à la signature de la convention du groupement d'intérêt public "
        "(GIP) politique de la ville « Maore Ouvoimoja »."
    )
    found = {m.text: m.type for m in mentions(unaware, text)}
    assert found.get("Maore Ouvoimoja") == "organization"


def test_a_posts_hashtags_are_no_mentions(ingester: Ingester) -> None:
    # facts.md: the network's national meeting of 2022 in Strasbourg, co-organised by the ANCT
    text = "L'ANCT a réuni les CRPV à Strasbourg.\n\n#CRPV #ANCT #PolitiqueDeLaVille"
    found = [(m.text, m.start) for m in mentions(ingester, text) if m.type == "organization"]
    assert found == [("ANCT", 2), ("CRPV", 19)]


def test_a_datelines_town_in_capitals_is_the_place_not_a_body(ingester: Ingester) -> None:
    # fact sheet (Villes au Carré): launched on 9 October 2007 in Poitiers
    text = "POITIERS\n\nVilles au Carré a été lancé hier à Poitiers."
    found = {m.text: m.type for m in mentions(ingester, text)}
    assert found["POITIERS"] == "place"
    assert found["Villes au Carré"] == "organization"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # facts-part3.md: the 20 years of urban renewal, with Labo Cités and RésO Villes
        ("Fabien Bressan (Labo Cités) y a pris la parole.", "Labo Cités"),
        ("La journée a réuni Anne Dupont (Villes au Carré) et d'autres.", "Villes au Carré"),
        (
            "Sont intervenus Jean Martin (Pays et Quartiers de Nouvelle-Aquitaine) et Ada Roy.",
            "Pays et Quartiers de Nouvelle-Aquitaine",
        ),
    ],
)
def test_a_name_in_brackets_after_a_person_is_a_body(
    unaware: Ingester, text: str, body: str
) -> None:
    found = {m.text: m.type for m in mentions(unaware, text)}
    assert found.get(body) == "organization"


def test_communes_listed_after_a_sentence_and_its_colon_are_bodies(unaware: Ingester) -> None:
    # facts-part3.md §12: the communes of the GIP of Mayotte
    text = "Sept communes s'y engagent à leurs côtés : Bandrélé, Bouéni et Sada."
    found = [m.text for m in mentions(unaware, text) if m.type == "organization"]
    assert found == ["Bandrélé", "Bouéni", "Sada"]


@pytest.mark.parametrize(
    "text",
    [
        # facts-part3.md: Franck Martin, director general of the ERU since January 2023
        "Nouvelle équipe à la direction de l'École du Renouvellement Urbain : Franck Martin.",
        "7 avril 2011 – Nouveau bureau : Marc Ratsimba est reconduit à la présidence.",
    ],
)
def test_an_adjective_capitalised_before_its_noun_is_no_body(unaware: Ingester, text: str) -> None:
    found = [m.text for m in mentions(unaware, text) if m.type == "organization"]
    assert not [name for name in found if name.startswith("Nouve")]


@pytest.mark.parametrize(
    "text",
    [
        # facts.md (IREV): its members include the départements of the Nord and the
        # Pas-de-Calais
        "S'y ajoutent les départements du Nord et du Pas-de-Calais.",
        "L'IREV compte parmi ses membres les Départements du Nord et du Pas-de-Calais, ainsi "
        "que la Caisse des Dépôts.",
    ],
)
def test_places_after_a_plural_kind_of_authority_are_those_authorities(
    ingester: Ingester, text: str
) -> None:
    found = {m.text: (m.type, m.entity) for m in mentions(ingester, text)}
    assert found["Nord"] == ("organization", O + "departement-du-nord")
    assert found["Pas-de-Calais"] == ("organization", O + "departement-du-pas-de-calais")


def test_a_role_in_brackets_after_a_person_is_no_body(unaware: Ingester) -> None:
    # facts.md: Yves Dauge was the first interministerial delegate for cities
    text = (
        "Yves Dauge (Délégué interministériel) et Hélène Geoffroy (Maire de Vaulx-en-Velin) "
        "étaient là."
    )
    found = {m.text for m in mentions(unaware, text) if m.type == "organization"}
    assert not found & {"Délégué interministériel", "Maire de Vaulx-en-Velin"}


def test_a_numbered_capitals_heading_is_read_without_its_number(unaware: Ingester) -> None:
    text = "1. NOS PERSPECTIVES : le programme 2021\nLe CGET publie un rapport."
    found = {m.text for m in mentions(unaware, text)}
    assert "NOS PERSPECTIVES" not in found and "PERSPECTIVES" not in found
    assert "CGET" in found


def test_people_listed_after_communes_and_a_colon_stay_people(unaware: Ingester) -> None:
    # facts.md: Hélène Geoffroy, mayor of Vaulx-en-Velin
    text = "Les communes y sont représentées par leurs maires : Hélène Geoffroy et Jean Blanc."
    found = {m.text: m.type for m in mentions(unaware, text)}
    assert found.get("Hélène Geoffroy") == "person"


def test_regions_named_after_their_plural_kind_are_the_regions(ingester: Ingester) -> None:
    # facts.md: RésO Villes covers Bretagne and Pays de la Loire
    text = "RésO Villes est soutenu par les Régions Bretagne et Pays de la Loire."
    found = {m.text: (m.type, m.entity) for m in mentions(ingester, text)}
    assert found["Bretagne"][0] == "organization"


def test_regions_in_lower_case_after_their_plural_kind_are_territories(ingester: Ingester) -> None:
    # facts.md: Villes au Carré covers the Centre and Poitou-Charentes regions
    text = "Villes au Carré couvre les régions Centre et Poitou-Charentes."
    found = {m.text: m.type for m in mentions(ingester, text)}
    assert found.get("Poitou-Charentes") == "place"


@pytest.mark.parametrize(
    "text",
    [
        # facts.md (IREV): the assembly of 24 March 2017 admitted Lens-Liévin, Valenciennes
        # Métropole and the Pays noyonnais
        "Le 24 mars 2017, Lens-Liévin et le Pays noyonnais sont entrés dans le groupement.",
        "L'assemblée a approuvé l'adhésion du Pays noyonnais.",
        "Trois nouveaux membres : Valenciennes Métropole, Lens-Liévin et le Pays noyonnais.",
    ],
)
def test_a_pays_named_by_the_adjective_of_its_town_is_a_body(unaware: Ingester, text: str) -> None:
    found = {m.text: m.type for m in mentions(unaware, text)}
    assert found.get("Pays noyonnais") == "organization"


@pytest.mark.parametrize(
    "line",
    [
        "Politique de la ville | Cohésion sociale | Habitat",  # a post's tagline
        "Contact presse : Service communication - presse@exemple.fr",
        "Service communication : www.exemple.fr",
        "J'aime Commenter Republier Envoyer",  # a post's buttons
        "Par la Direction de la communication du Département de la Seine-Saint-Denis",
    ],
)
def test_a_pages_furniture_names_no_new_body(ingester: Ingester, line: str) -> None:
    # facts.md (Trajectoire Ressources): the centre of Bourgogne-Franche-Comté
    text = f"{line}\n\nTrajectoire Ressources tient son assemblée générale à Dijon."
    found = {m.text for m in mentions(ingester, text) if m.type == "organization"}
    assert not {"Cohésion", "Commenter Republier Envoyer"} & found
    assert not [name for name in found if "@" in name or "www" in name or name.endswith(" du")]
    assert "Trajectoire Ressources" in found


@pytest.mark.parametrize(
    "letterhead",
    [
        "RÉGION | CENTRE-VAL DE LOIRE",  # a regional daily's section
        "PRÉFET DU NORD\nLiberté – Égalité – Fraternité",  # a State service's letterhead
        "Liberté - Égalité - Fraternité",
    ],
)
def test_a_letterhead_or_a_section_label_names_no_body(ingester: Ingester, letterhead: str) -> None:
    # facts.md §2 (Villes au Carré): from 2017 it covers only Centre-Val de Loire
    text = f"{letterhead}\n\nVilles au Carré couvre désormais le seul Centre-Val de Loire."
    found = {m.text for m in mentions(ingester, text) if m.type == "organization"}
    assert found == {"Villes au Carré"}


def test_the_region_named_in_prose_is_still_its_regional_council(ingester: Ingester) -> None:
    # facts.md §2 (IREV): the GIP's founding members are the State and the Région
    text = "Le GIP des Hauts-de-France a deux membres fondateurs, l'État et la Région."
    linked = {m.text: m.entity for m in mentions(ingester, text) if m.type == "organization"}
    assert linked["Région"] == O + "region-hauts-de-france"


def test_a_buildings_name_is_no_body(unaware: Ingester) -> None:
    # facts.md (meetings): the national meeting of October 2023 was held in Montpellier
    text = "La rencontre s'est tenue à l'Hôtel de Ville de Montpellier, puis à l'hôtel du Port."
    found = {m.text for m in mentions(unaware, text) if m.type == "organization"}
    assert not found


@pytest.mark.parametrize(
    "text",
    [
        # facts.md (meetings): the network's national meetings from 2017 to 2024
        "Les Rencontres nationales des CRPV se tiennent chaque année.",
        "Retour sur les Assemblées générales de 2018 et 2020.",
    ],
)
def test_the_plural_of_a_kind_of_event_is_no_body(ingester: Ingester, text: str) -> None:
    found = {m.text for m in mentions(ingester, text) if m.type == "organization"}
    assert not {"Rencontres nationales", "Assemblées générales"} & found


@pytest.mark.parametrize(
    "text",
    [
        # facts-part3.md (Trajectoire Ressources, May 2016): Pauline Fattelay, editor-in-chief
        "Directeur de la publication : Jean-Luc Michaud. Rédactrice en chef : Pauline Fattelay.",
        "Trajectoire Ressources\nRédactrice en chef : Pauline Fattelay\nTirage : 500 exemplaires",
    ],
)
def test_a_name_after_a_role_and_its_colon_is_a_persons(unaware: Ingester, text: str) -> None:
    found = {m.text: m.type for m in mentions(unaware, text)}
    assert found.get("Pauline Fattelay") == "person"


@pytest.mark.parametrize(
    "text",
    [
        # facts.md (meetings, June 2019): the reception of 24 June in Nantes included Cités Cap,
        # a national forum on economic development and the politique de la ville
        "Les hôtes avaient préparé un temps d'accueil comprenant Cités Cap, forum national sur "
        "le développement économique.",
        "Le 24 juin, Cités Cap, le forum national du développement économique, ouvrait la soirée.",
        "Les hôtes avaient préparé Cités Cap, un forum sur l'économie des quartiers.",
    ],
)
def test_a_name_set_before_a_kind_of_event_is_the_events_not_a_body(
    unaware: Ingester, text: str
) -> None:
    assert "Cités Cap" not in {m.text for m in mentions(unaware, text)}


@pytest.mark.parametrize(
    "text",
    [
        # facts.md line 101: Marc Ratsimba was Profession Banlieue's president in 2010; a name a
        # preposition governs closes a fronted phrase, the sentence's subject follows its comma
        "Présidée par Marc Ratsimba, l'assemblée générale a réuni les adhérents en 2010.",
        "Animée par Marc Ratsimba, la rencontre a réuni les adhérents en 2010.",
        "Pour Marc Ratsimba, la journée a été un succès.",
    ],
)
def test_a_name_before_a_fronted_phrases_comma_is_no_events_own_name(
    unaware: Ingester, text: str
) -> None:
    assert "Marc Ratsimba" in {m.text for m in mentions(unaware, text)}


def test_a_body_set_before_what_it_is_stays_a_body(ingester: Ingester) -> None:
    # facts.md (Ville Caraïbe): the resource centre of the Antilles and Guyane
    text = "Ville Caraïbe, centre de ressources politique de la ville, a tenu un forum."
    found = {m.text: m.type for m in mentions(ingester, text)}
    assert found.get("Ville Caraïbe") == "organization"


def test_the_article_opening_a_sentence_is_no_part_of_a_bodys_name(ingester: Ingester) -> None:
    # facts.md (ADCF): the Assemblée des Communautés de France, now Intercommunalités de France
    text = (
        "AdCF : la Convention en ligne de mire\n\n"
        "L'Assemblée des Communautés de France (AdCF) tiendra sa Convention à Clermont-Ferrand."
    )
    found = {m.text: m.entity for m in mentions(ingester, text) if m.type == "organization"}
    assert found.get("Assemblée des Communautés de France") == O + "adcf"
    assert "L'Assemblée des Communautés de France" not in found


def test_the_article_of_a_name_the_graph_does_not_know_stays_in_it(ingester: Ingester) -> None:
    # no fact-sheet line: a body outside the graph whose name holds its article ("La Poste"),
    # which is left out only before a known body's name
    text = (
        "Le 12 mars 2021, à Paris, la rencontre nationale des centres a réuni 80 personnes. "
        "La Poste et La Cimade y ont participé."
    )
    found = {m.text for m in mentions(ingester, text) if m.type == "organization"}
    assert "Poste" not in found


@pytest.mark.parametrize(
    "caption",
    [
        # facts.md (meetings, Oct 2024): Renaud Epstein and Julien Talpin at the Lille gathering
        "Photo 2 - Atelier du mardi : Renaud Epstein et Julien Talpin à Lille.",
        "Photo 1 - Journée des partenaires : c'est Julien Talpin qui l'a animée.",
    ],
)
def test_a_captions_number_is_no_part_of_a_persons_name(unaware: Ingester, caption: str) -> None:
    people = {m.text for m in mentions(unaware, caption) if m.type == "person"}
    assert "Julien Talpin" in people
    assert not [name for name in people if "Photo" in name]


@pytest.mark.parametrize(
    "text",
    [
        # facts.md (Sébastien Jallet): his farewell to the Orne on 25 June 2025
        "Communiqué de presse - 27 juin 2025\n\nDépart de M. Sébastien Jallet, nommé préfet "
        "de la Sarthe",
        # facts.md (ADCF's hearing): the mission d'information heard Olivia Maire in 2013
        "Mission d'information sur les immigrés âgés\nCompte rendu - Séance du jeudi 11 avril 2013",
    ],
)
def test_common_words_opening_a_heading_are_no_body(unaware: Ingester, text: str) -> None:
    found = {m.text for m in mentions(unaware, text) if m.type == "organization"}
    assert not [name for name in found if name.startswith(("Départ", "Compte"))]


def test_a_name_cut_before_its_elided_article_is_no_body(unaware: Ingester) -> None:
    # facts.md (IREV): the general assembly of 28 Nov 2018
    text = "Assemblée générale de l'IREV\n\nLe 28 novembre 2018, l'IREV a tenu son assemblée."
    found = {m.text for m in mentions(unaware, text) if m.type == "organization"}
    assert found == {"IREV"}


@pytest.mark.parametrize(
    "text",
    [
        # facts.md (Normanvilles, IREV): regional days of the resource centres
        "Retour sur la Journée Régionale de la Politique de la Ville, tenue à Lille avec l'IREV.",
    ],
)
def test_a_field_the_graph_prints_in_lower_case_is_no_body(ingester: Ingester, text: str) -> None:
    found = {m.text for m in mentions(ingester, text) if m.type == "organization"}
    assert found == {"IREV"}


@pytest.mark.parametrize(
    "text",
    [
        # facts.md (IREV): the assembly of 28 Nov 2018 chaired by the préfet délégué
        "Mme la Préfète a ouvert la séance, puis M. le Maire a salué Milouda Ala.",
        "Monsieur le Préfet a remercié Daniel Barnier et Milouda Ala.",
    ],
)
def test_an_office_addressed_by_a_civility_names_no_one(unaware: Ingester, text: str) -> None:
    people = {m.text for m in mentions(unaware, text) if m.type == "person"}
    assert "Milouda Ala" in people
    assert not [name for name in people if "Préf" in name or "Maire" in name]


def test_a_civilitys_capitalised_particle_stays_in_the_surname(unaware: Ingester) -> None:
    # facts.md (ANCT): Yves Le Breton, until he left for the Haute-Savoie prefecture
    text = "Le 3 mars, Madame Dupont et Monsieur Le Breton ont rejoint la séance."
    assert "Le Breton" in {m.text for m in mentions(unaware, text) if m.type == "person"}


@pytest.mark.parametrize(
    "text",
    [
        # facts.md (Profession Banlieue): the board elected on 8 April 2010, Marc Ratsimba president
        "Notre Équipe\nPrésidence : Marc Ratsimba, Profession Banlieue",
    ],
)
def test_capitals_opening_with_a_possessive_are_a_heading_no_body(
    unaware: Ingester, text: str
) -> None:
    found = {m.text for m in mentions(unaware, text)}
    assert "Marc Ratsimba" in found
    assert not [name for name in found if name.startswith(("Notre", "Nos"))]


def test_a_bylines_bullet_is_no_part_of_a_persons_name(unaware: Ingester) -> None:
    # facts.md (meetings, Oct 2024): Renaud Epstein at the Lille gathering
    text = "Réagir · Commenter\nRenaud Epstein • Sociologue • 2 j\nRetour sur Lille."
    people = {m.text for m in mentions(unaware, text) if m.type == "person"}
    assert people == {"Renaud Epstein"}
    assert "Commenter" not in {m.text for m in mentions(unaware, text)}


@pytest.mark.parametrize(
    "text",
    [
        # facts.md (Profession Banlieue): the board elected on 8 April 2010
        "Retour sur l'Assemblée Générale de Profession Banlieue, tenue le 8 avril 2010.",
        "Le 8 avril 2010 : Assemblée Générale de Profession Banlieue à Saint-Denis.",
    ],
)
def test_a_kind_of_event_and_its_complement_is_no_body(unaware: Ingester, text: str) -> None:
    found = {m.text for m in mentions(unaware, text) if m.type == "organization"}
    assert not [name for name in found if name.startswith("Assemblée")]


def test_a_first_name_read_alone_goes_on_to_its_particle_and_surname(unaware: Ingester) -> None:
    # facts.md (meetings, Oct 2024): the partners' day opened by Corinne de la Mettrie
    text = "Photo 1 - Journée des partenaires : c'est Corinne de la Mettrie qui l'a ouverte."
    people = {m.text for m in mentions(unaware, text) if m.type == "person"}
    assert people == {"Corinne de la Mettrie"}


@pytest.mark.parametrize(
    "text",
    [
        # facts.md (ORIV): it belongs to the RECI network; a body the graph does not know,
        # opening its sentence before a verb in the present ending as a participle may
        "Le 3 mars 2016.\nCerema salue le travail du réseau RECI.",
        "Le 3 mars 2016.\nCerema continue son travail avec le réseau RECI.",
        "Le 3 mars 2016.\nCerema crée avec le réseau RECI un groupe de travail.",
    ],
)
def test_a_body_opening_a_sentence_before_its_verb_is_no_common_word(
    unaware: Ingester, text: str
) -> None:
    assert "Cerema" in {m.text for m in mentions(unaware, text) if m.type == "organization"}


def test_a_head_the_model_cut_before_its_complement_is_no_common_word(
    ingester: Ingester,
) -> None:
    # facts.md (ORIV): it began in 1992 as the "Observatoire Régional de l'Intégration"
    text = "Le 3 mars 2016.\nObservatoire des inégalités publie un rapport sur l'intégration."
    found = {m.text for m in mentions(ingester, text) if m.type == "organization"}
    assert "Observatoire des inégalités" in found


def test_a_body_of_the_form_noun_du_noun_alone_on_its_line_is_no_common_word(
    unaware: Ingester,
) -> None:
    # facts.md (Ville Caraïbe): set up for the Communauté d'Agglomération du Centre and the State
    text = "Le 3 mars 2016, Ville Caraïbe a réuni ses partenaires :\nAgglomération du Centre\n"
    found = {m.text for m in mentions(unaware, text) if m.type == "organization"}
    assert "Agglomération du Centre" in found


def test_a_possessive_in_a_bodys_name_after_its_kind_is_no_heading(unaware: Ingester) -> None:
    # facts.md (Profession Banlieue): the board elected on 8 April 2010, Marc Ratsimba president
    text = (
        "Le 8 avril 2010, l'association Nos Quartiers ont du Talent a rejoint Profession Banlieue."
    )
    found = {m.text for m in mentions(unaware, text) if m.type == "organization"}
    assert [name for name in found if name.startswith("Nos Quartiers")]


@pytest.mark.parametrize(
    "text",
    [
        # facts.md (ANCT): the DGD PV, "Direction Déléguée Politique de la ville"; a town's own
        # unit of that name, after its kind in lower case
        "Le 3 mars 2021, Marie Durand, cheffe du service Politique de la Ville, a rejoint l'IREV.",
    ],
)
def test_a_units_own_name_after_its_kind_is_no_field(ingester: Ingester, text: str) -> None:
    found = {m.text for m in mentions(ingester, text) if m.type == "organization"}
    assert "Politique de la Ville" in found


def test_a_photos_reserved_rights_mark_is_no_body(unaware: Ingester) -> None:
    # facts.md (Profession Banlieue): Bénédicte Madelin directed it from its creation in 1993
    text = (
        "Photo : Bénédicte Madelin (DR)\n\n"
        "Bénédicte Madelin a dirigé Profession Banlieue dès sa création en 1993."
    )
    assert "DR" not in {m.text for m in mentions(unaware, text)}


def test_the_centres_named_after_reseau_des_are_the_network(ingester: Ingester) -> None:
    # facts.md (national partners): CNFPT, CNV, Bpifrance and IRDSU at the 2022 gathering
    text = (
        "À Strasbourg, les partenaires nationaux du réseau des CRPV étaient là : le CNFPT, "
        "le CNV, Bpifrance et l'IRDSU."
    )
    found = {m.text: m.entity for m in mentions(ingester, text) if m.type == "organization"}
    assert found.get("réseau des CRPV") == O + "reseau-national-crpv"
    assert "CRPV" not in found


@pytest.mark.parametrize(
    "text",
    [
        # facts.md (CGET): it animated the national network of the centres
        "Jusqu'en 2019, le CGET assurait l'animation du réseau national des centres.",
        "Jusqu'en 2019, le CGET animait le réseau national des centres de ressources.",
    ],
)
def test_the_national_network_named_short_of_its_field_is_the_network(
    ingester: Ingester, text: str
) -> None:
    found = {m.entity for m in mentions(ingester, text) if "réseau" in m.text}
    assert found == {O + "reseau-national-crpv"}


@pytest.mark.parametrize(
    "text",
    [
        "Question de Ville travaille avec le réseau national des centres sociaux.",
        "Question de Ville travaille avec le réseau national des centres Léo Lagrange.",
        "Question de Ville travaille avec le réseau national des centres médico-sociaux.",
        "Question de Ville travaille avec le réseau national des centres ressources autisme.",
    ],
)
def test_a_national_network_of_other_centres_is_not_the_centres_network(
    ingester: Ingester, text: str
) -> None:
    # facts.md (Question de Ville) works with the Fédération des centres sociaux; the network
    # of centres of another field or name is not the centres' network cut short.
    assert not [m for m in mentions(ingester, text) if m.entity == O + "reseau-national-crpv"]


@pytest.mark.parametrize(
    "text",
    [
        # facts-part3.md §12: the founding agreement of the GIP politique de la ville "Maore
        # Ouvoimoja" was signed on 11 April 2019
        "Signature de la convention constitutive du GIP politique de la ville « Maore Ouvoimoja »",
        "Le 11 avril 2019, le GIP politique de la ville « Maore Ouvoimoja » est constitué.",
    ],
)
def test_a_graph_name_quoting_a_body_after_its_kind_is_a_mention_of_the_quoted_name(
    ingester: Ingester, text: str
) -> None:
    found = [(m.text, m.entity) for m in mentions(ingester, text) if m.type == "organization"]
    assert found == [("Maore Ouvoimoja", O + "maore-ouvoimoja")]


def test_a_full_name_before_its_acronym_in_brackets_is_one_body(unaware: Ingester) -> None:
    # facts.md (Maoré Ouvoimoja): a GIP named "Centre de Ressources Politique de la Ville et
    # Cohésion Sociale" (GIP CRPV-CS)
    text = (
        "Constitué en 2019, le GIP porte le nom de Centre de Ressources Politique de la Ville "
        "et Cohésion Sociale (GIP CRPV-CS)."
    )
    found = {m.text for m in mentions(unaware, text) if m.type == "organization"}
    assert "Centre de Ressources Politique de la Ville et Cohésion Sociale" in found
    assert "Cohésion Sociale" not in found


def test_the_project_of_a_body_to_be_is_no_body(ingester: Ingester) -> None:
    # facts-part3.md §7: the Institut des Métiers de la Ville project "dès 2001"
    text = "Ses statuts citent le projet d'Institut des Métiers de la Ville engagé dès 2001."
    found = {m.text for m in mentions(ingester, text) if m.type == "organization"}
    assert not [name for name in found if name.startswith("Institut")]


@pytest.mark.parametrize(
    "text",
    [
        "PQN-A réunit la DREAL, la DIRECCTE et la DRAAF.",
        "Au groupement siègent la DIRECCTE et la DREAL.",
        "Ses membres : DREAL, DRDJSCS, DIRECCTE et DRAAF.",
    ],
)
def test_a_kinds_acronym_listed_with_a_regions_bodies_is_that_regions(
    ingester: Ingester, text: str
) -> None:
    # facts.md §2 PQN-A: its members include the regional State directorates (DREAL, DRDJSCS,
    # DIRECCTE, DRAAF) of Nouvelle-Aquitaine.
    found = {m.text: m.entity for m in mentions(ingester, text) if m.type == "organization"}
    assert found["DIRECCTE"] == O + "direccte-75"


def test_a_kinds_acronym_named_alone_is_the_kind(ingester: Ingester) -> None:
    # facts.md §2 PQN-A: the DIRECCTE is one of its members; named alone, it is the kind.
    found = {m.text: m.entity for m in mentions(ingester, "La DIRECCTE a publié un bilan.")}
    assert found["DIRECCTE"] == O + "direccte"


@pytest.mark.parametrize(
    "text",
    [
        "En Occitanie, la DREAL et la DIRECCTE soutiennent le centre de ressources.",
        "La DIRECCTE et la DREAL des Hauts-de-France financent le centre de ressources.",
    ],
)
def test_a_kinds_acronym_listed_where_another_region_is_named_is_not_one_regions(
    ingester: Ingester, text: str
) -> None:
    # facts.md §2 PQN-A: the DIRECCTE of Nouvelle-Aquitaine is one of its members; a text naming
    # another region speaks of that region's, which the graph does not hold.
    found = {m.text: m.entity for m in mentions(ingester, text) if m.type == "organization"}
    assert found["DIRECCTE"] == O + "direccte"
