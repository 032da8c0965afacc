"""Everything the two primary articles say, statement by statement, asked of their graphs.

The two IREV articles of ../shared/sources/ were read sentence by sentence; each statement
they make is one row below: the words of the article, then a SPARQL ASK that must hold in that
article's own named graph (so another source cannot make it pass). The expected answer is
written from the article, not from the program. Asked through ``crpv-graph query -q``.

Not counted as statements: navigation ("Vous êtes ici", "Précédent", "Favoris"), section
captions that only repeat a statement already listed, image file names, and the link list.
Two evaluative sentences ("Un grand moment ... aussi ressourçant qu'inspirant", "nouvelles
perspectives ambitieuses et enthousiasmantes") are read for their facts (a national meeting;
perspectives as a theme), not for the praise.
"""

from __future__ import annotations

import json

import pytest

from tests.helpers import Cli

IREV_2018 = "https://irev.fr/node/233726"
IREV_2021 = "https://irev.fr/actualites-0/regroupement-national-des-centres-de-ressources-politique-de-la-ville"

E18 = "ev:2018-06-rencontre-nationale"
E21 = "ev:2021-10-rencontre-nationale"

#: (statement as the article words it, what must hold in its graph)
ARTICLE_2018: list[tuple[str, str]] = [
    ("Les Centres de ressources Politique de la ville font leur barcamp (title)",
     f'META <{IREV_2018}> dcterms:title "Les Centres de ressources Politique de la ville font leur barcamp"@fr'),
    ("Publié le 20 juin 2018", f'META <{IREV_2018}> dcterms:issued "2018-06-20"^^xsd:date'),
    ("PUBLISHER: IREV", f"META <{IREV_2018}> dcterms:publisher o:irev"),
    ("Les 14 et 15 juin dernier",
     f'{E18} schema:startDate "2018-06-14"^^xsd:date ; schema:endDate "2018-06-15"^^xsd:date'),
    ("les 19 centres de ressources Politique de la ville se sont retrouvés",
     f"{E18} schema:attendee o:centres-de-ressources . o:centres-de-ressources a crpv:Collective ; crpv:collectiveOf crpv:ResourceCentre . o:reseau-national-crpv crpv:centreCount ?c . ?c schema:value 19"),
    ("à Paris", f"{E18} schema:location pl:paris"),
    ("à l'invitation du CGET", f"o:cget crpv:invites {E18}"),
    ("pour leur regroupement annuel", f"{E18} a crpv:NationalMeeting ; schema:name ?n FILTER CONTAINS(?n, 'annuel')"),
    ("L'occasion pour eux de mieux se connaître", f"{E18} crpv:purpose purpose:se-connaitre"),
    ("de partager", f"{E18} crpv:purpose purpose:partager"),
    ("et de rencontrer leurs partenaires", f"{E18} crpv:purpose purpose:rencontrer-partenaires"),
    ("Préparée conjointement par le CGET, le Réseau National des CRPV et Question de ville",
     f"{E18} schema:organizer o:cget , o:reseau-national-crpv , o:question-de-ville"),
    ("la rencontre était ouverte par Sébastien JALLET", f"p:sebastien-jallet crpv:opens {E18}"),
    ("commissaire général délégué",
     "?m org:member p:sebastien-jallet ; org:organization o:cget ; org:role role:commissaire-general-delegue"),
    ("directeur de la ville et de la cohésion urbaine",
     "?m org:member p:sebastien-jallet ; org:organization o:cget-dvcu ; org:role role:director . o:cget-dvcu org:unitOf o:cget"),
    ("bilan des CRPV à l'appui",
     "ev:2018-06-ouverture schema:superEvent ?e ; schema:about theme:bilan-activite . p:sebastien-jallet crpv:opens ev:2018-06-ouverture"),
    ("a insisté sur la place des CRPV aux côtés des professionnels de la politique de la ville",
     "ev:2018-06-ouverture schema:about theme:place-des-centres"),
    ("d'accueillir également le Président de l'ADCF, Jean Luc RIGAUT",
     f"{E18} schema:attendee p:jean-luc-rigaut . ?m org:member p:jean-luc-rigaut ; org:organization o:adcf ; org:role role:president"),
    ("Maire d'Annecy",
     "?m org:member p:jean-luc-rigaut ; org:organization o:ville-d-annecy ; org:role role:mayor"),
    ("des représentants de l'ANRU, de l'ERU, de l'EPARECA",
     f"{E18} schema:attendee o:anru , o:eru , o:epareca . ?g crpv:groupRole role:representative ; crpv:groupOf o:anru , o:eru , o:epareca"),
    ("tous participants à une table ronde",
     "ev:2018-06-table-ronde-partenaires a crpv:RoundTable ; schema:attendee o:adcf , p:jean-luc-rigaut , o:anru , o:eru , o:epareca"),
    ("réunissant également des Présidents des CRPV",
     "ev:2018-06-table-ronde-partenaires schema:attendee o:centres-de-ressources ; crpv:participantGroup ?g . ?g crpv:groupRole role:president ; crpv:groupOf o:centres-de-ressources"),
    ("pour échanger autour du bilan 2017 des CRPV",
     "ev:2018-06-table-ronde-partenaires schema:about w:bilan-crpv-2017 , theme:bilan-activite . w:bilan-crpv-2017 a schema:Report"),
    ("et des perspectives dans un contexte chargé et sensible",
     "ev:2018-06-table-ronde-partenaires schema:about theme:perspectives"),
    ("Table ronde avec les Partenaires des CRPV (caption)",
     'ev:2018-06-table-ronde-partenaires schema:name "Table ronde avec les Partenaires des CRPV"@fr'),
    ("Mieux se connaître, coopérer davantage, partager les enjeux",
     "ev:2018-06-table-ronde-partenaires crpv:purpose purpose:se-connaitre , purpose:cooperer , purpose:partager-enjeux"),
    ("débouchent [...] sur des propositions de partenariats renforcés",
     "?p a crpv:PartnershipProposal ; crpv:proposedAt ev:2018-06-table-ronde-partenaires , " + E18),
    ("celles de l'Ecole du Renouvellement Urbain d'intégrer son conseil d'orientation",
     "?p crpv:proposer o:eru ; crpv:proposedTo o:centres-de-ressources ; schema:about ?c . ?c org:unitOf o:eru ; rdfs:label ?l FILTER CONTAINS(?l, \"conseil d'orientation\")"),
    ("ou de l'ADCF de contribuer à la déclinaison territoriale du Pacte de Dijon",
     "?p crpv:proposer o:adcf ; crpv:proposedTo o:centres-de-ressources ; schema:about collab:pacte-de-dijon"),
    ("l'occasion pour les CRPV de pouvoir témoigner de leurs pratiques et de leurs réussites",
     "ev:2018-06-barcamp crpv:purpose purpose:temoigner-pratiques"),
    ("C'est le format #Barcamp qui a été retenu", f"ev:2018-06-barcamp a crpv:Barcamp ; schema:superEvent {E18}"),
    ("présenter en 30 seconde à travers un pitch dynamique un sujet",
     'ev:2018-06-barcamp crpv:pitchDuration "PT30S"^^xsd:duration'),
    ("puis de l'approfondir avec un petit groupe pendant 30 minutes",
     'ev:2018-06-barcamp crpv:smallGroupDuration "PT30M"^^xsd:duration'),
    ("Atelier responsables administratifs (caption)",
     "ev:2018-06-atelier-responsables-administratifs a crpv:WorkingGroup ; crpv:participantGroup ?g . ?g crpv:groupRole role:administrative-manager"),
    ("près d'une cinquantaine de projets qui ont été présentés",
     "ev:2018-06-barcamp crpv:presentedProjectCount 50 ; crpv:countWording ?w"),
    ("pour soutenir les dynamiques locales de mise en oeuvre des contrats de ville",
     "ev:2018-06-barcamp schema:about theme:contrats-de-ville"),
    ("L'IREV a ainsi présenté et mis en débat ses dernières productions",
     "o:irev crpv:presentsAt ev:2018-06-pitch-irev . ev:2018-06-pitch-irev schema:superEvent ev:2018-06-barcamp"),
    ("le notebook \"Projet urbain\"",
     "ev:2018-06-pitch-irev crpv:presented w:irev-notebook-projet-urbain . w:irev-notebook-projet-urbain schema:creator o:irev ; schema:about theme:projet-urbain"),
    ("la masterclass citoyenne",
     "ev:2018-06-pitch-irev crpv:presented w:irev-masterclass-citoyenne . w:irev-masterclass-citoyenne schema:creator o:irev"),
    ("l'accompagnement des acteurs de la métropole européenne de Lille sur l'accès au droit et les discriminations",
     "ev:2018-06-pitch-irev crpv:presented ?w . ?w schema:about o:metropole-europeenne-de-lille , theme:acces-au-droit-discriminations"),
    ("ouvert la réflexion sur les modalités de structuration des échanges au sein du Réseau",
     "ev:2018-06-pitch-irev schema:about theme:structuration-du-reseau"),
    ("à partir d'un exemple de plate-forme d'intelligence collective (DECIDIM)",
     "ev:2018-06-pitch-irev crpv:presented w:decidim ; schema:about theme:intelligence-collective"),
    ("des groupes de travail autour de thématiques comme la santé, l'éducation ou le développement économique",
     "ev:2018-06-groupes-de-travail a crpv:WorkingGroup ; schema:about theme:sante , theme:education , theme:developpement-economique"),
    ("à celles et ceux qui exercent des missions similaires dans les centres de pouvoir confronter leur pratique",
     "ev:2018-06-rencontre-nationale crpv:purpose purpose:confronter-pratiques ; crpv:participantGroup ?g . ?g crpv:groupRole role:similar-missions"),
    ("atelier CRPV ultra-marins (caption)",
     "ev:2018-06-atelier-crpv-ultramarins a crpv:WorkingGroup ; schema:about theme:outre-mer"),
    ("Un grand moment des rencontres nationales des centres de ressources", f"{E18} a crpv:NationalMeeting"),
    ("Rendez-vous sur le site du Réseau national des CRPV",
     f"w:portail-reseau-crpv a schema:WebSite ; schema:publisher o:reseau-national-crpv . <{IREV_2018}> dcterms:references w:portail-reseau-crpv"),
    ("Lire aussi : La 2e rencontre annuelle des centres de ressources de la politique de la ville (CGET)",
     f"<{IREV_2018}> dcterms:references ?w . ?w schema:publisher o:cget ; schema:name ?n FILTER STRSTARTS(?n, 'La 2e rencontre annuelle')"),
    ("Bilan annuel 2017 CRPV (link)", f"<{IREV_2018}> dcterms:references w:bilan-crpv-2017"),
]  # fmt: skip

ARTICLE_2021: list[tuple[str, str]] = [
    ("PUBLISHED: 2021-11-02 ; Publié le 02 novembre 2021", f'META <{IREV_2021}> dcterms:issued "2021-11-02"^^xsd:date'),
    ("PUBLISHER: IREV", f"META <{IREV_2021}> dcterms:publisher o:irev"),
    ("modifié le 02/11/2021 - 14:41", f'META <{IREV_2021}> dcterms:modified "2021-11-02T14:41:00"^^xsd:dateTime'),
    ("Type d'actualites: Actu de l'IREV", f'META <{IREV_2021}> schema:articleSection "Actu de l\'IREV"@fr'),
    ("Les centres de ressources Politique de la ville se sont retrouvés",
     f"{E21} schema:attendee o:centres-de-ressources . o:centres-de-ressources a crpv:Collective ; crpv:collectiveOf crpv:ResourceCentre"),
    ("se sont retrouvés les 21 et 22 octobre derniers",
     f'{E21} schema:startDate "2021-10-21"^^xsd:date ; schema:endDate "2021-10-22"^^xsd:date'),
    ("à Paris", f"{E21} schema:location pl:paris"),
    ("à l'occasion de la 6ème rencontre nationale", f"{E21} a crpv:NationalMeeting ; crpv:meetingNumber 6"),
    ("l'IREV a participé à ces deux journées", f"{E21} schema:attendee o:irev"),
    ("riches en échanges et en réflexions pour l'avenir du réseau national des CRPV",
     f"{E21} schema:about theme:perspectives , theme:structuration-du-reseau"),
    ("réunir les équipes des 19 centres de ressources",
     f"{E21} crpv:participantGroup ?g . ?g crpv:groupRole role:team-member ; crpv:groupOf o:centres-de-ressources . o:reseau-national-crpv crpv:centreCount ?c . ?c schema:value 19"),
    ("et leurs présidents",
     f"{E21} crpv:participantGroup ?g . ?g crpv:groupRole role:president ; crpv:groupOf o:centres-de-ressources"),
    ("les équipes de la direction générale déléguée Politique de la ville au sein de l'ANCT",
     f"{E21} schema:attendee o:anct-dgd-pv ; crpv:participantGroup ?g . ?g crpv:groupOf o:anct-dgd-pv ; crpv:groupRole role:team-member . o:anct-dgd-pv org:unitOf o:anct"),
    ("les référents politique de la ville des services régionaux de l'État (SGAR, DREETS)",
     f"{E21} crpv:participantGroup ?g . ?g crpv:groupRole role:regional-state-referent ; crpv:groupOf o:sgar , o:dreets . o:sgar crpv:collectiveOf crpv:SGAR . o:dreets crpv:collectiveOf crpv:DREETS"),
    ("et les partenaires nationaux", f"{E21} crpv:participantGroup ?g . ?g crpv:groupRole role:national-partner"),
    ("Le 21 octobre, François-Antoine Mariani",
     'ev:2021-10-intervention-mariani schema:startDate "2021-10-21"^^xsd:date . p:francois-antoine-mariani crpv:speaksAt ev:2021-10-intervention-mariani'),
    ("directeur général délégué de la politique de la ville",
     "?m org:member p:francois-antoine-mariani ; org:organization o:anct-dgd-pv ; org:role role:director-general-delegate"),
    ("a pu revenir sur l'activité et le partenariat fort avec les centres de ressources",
     "ev:2021-10-intervention-mariani schema:about theme:bilan-activite , theme:partenariat"),
    ("illustrés ensuite par la présentation des chiffres clés du bilan de l'activité 2020",
     "ev:2021-10-presentation-bilan-2020 a crpv:Presentation ; crpv:presented w:bilan-crpv-2020 ; crpv:follows ev:2021-10-intervention-mariani"),
    ("avant de laisser la place à trois tables-rondes",
     "SELECT (COUNT(?t) AS ?n) WHERE { ?t a crpv:RoundTable ; crpv:follows ev:2021-10-presentation-bilan-2020 } HAVING (COUNT(?t) = 3)"),
    ("l'activité des centres de ressources en outre-mer", "ev:2021-10-table-ronde-outre-mer schema:about theme:outre-mer"),
    ("s'adapter et tirer des enseignements de la crise sanitaire et les mesures d'adaptation des centres",
     "ev:2021-10-table-ronde-crise-sanitaire schema:about theme:crise-sanitaire"),
    ("leur mobilisation pour accompagner le déploiement local des cités éducatives",
     "ev:2021-10-table-ronde-cites-educatives schema:about theme:cites-educatives"),
    ("L'organisation d'un forum ouvert [...] a permis de poursuivre les échanges",
     "ev:2021-10-forum-ouvert a crpv:OpenForum ; crpv:follows ev:2021-10-table-ronde-cites-educatives"),
    ("sur des thématiques proposées en amont par les participants",
     "ev:2021-10-forum-ouvert crpv:topicsProposedBy ?g . ?g crpv:groupRole role:participant"),
    ("L'après-midi, les équipes des CRPV ont pu travaillé ensemble autour d'un forum ouvert",
     'ev:2021-10-forum-ouvert crpv:partOfDay "après-midi"@fr ; crpv:participantGroup ?g . ?g crpv:groupRole role:team-member ; crpv:groupOf o:centres-de-ressources'),
    ("sujets qui concernent à la fois la Politique de la ville et la place des centres de ressources",
     "ev:2021-10-forum-ouvert schema:about theme:politique-de-la-ville , theme:place-des-centres"),
    ("les sujets ont été choisis par les équipes",
     "ev:2021-10-forum-ouvert crpv:topicsChosenBy ?g . ?g crpv:groupRole role:team-member"),
    ("un vrai temps de cohésion et d'intelligence collective pour l'ensemble des équipes et de leurs partenaires",
     "ev:2021-10-forum-ouvert crpv:purpose purpose:cohesion ; schema:about theme:intelligence-collective ; crpv:participantGroup ?g . ?g crpv:groupRole role:partner"),
    ("après une année particulière de crise sanitaire", "ev:2021-10-forum-ouvert crpv:inContextOf theme:crise-sanitaire"),
    ("la nouvelle conférence des Présidents-es de Centres de Ressources Politique de la Ville",
     "o:conference-des-presidents-crpv crpv:newAsOf ?d ; crpv:composedOf ?g . ?g crpv:groupRole role:president ; crpv:groupOf o:centres-de-ressources"),
    ("de se faire connaître et faire connaissance avec les partenaires nationaux",
     "ev:2021-10-echange-conference-des-presidents schema:attendee o:conference-des-presidents-crpv ; crpv:purpose purpose:se-faire-connaitre , purpose:se-connaitre ; crpv:participantGroup ?g . ?g crpv:groupRole role:national-partner"),
    ("d'échanger avec François-Antoine Mariani sur les enjeux attachés à la politique de la ville et aux contrats de ville",
     "ev:2021-10-echange-conference-des-presidents schema:attendee p:francois-antoine-mariani ; schema:about theme:contrats-de-ville , theme:politique-de-la-ville"),
    ("dans cette période de bilan, d'évaluation et de renouvellement de la contractualisation",
     "ev:2021-10-echange-conference-des-presidents crpv:inContextOf theme:renouvellement-contractualisation"),
    ("DR A. KEITA ANCT (photo credit)",
     f'?w a schema:Photograph ; schema:creditText "DR A. KEITA ANCT" ; schema:isPartOf <{IREV_2021}>'),
    ("Le 22 octobre, la journée était dédiée aux perspectives d'évolution et de structuration du réseau national",
     'ev:2021-10-journee-structuration-reseau schema:startDate "2021-10-22"^^xsd:date ; schema:about theme:structuration-du-reseau , theme:perspectives'),
    ("toujours en intelligence collective", "ev:2021-10-journee-structuration-reseau schema:about theme:intelligence-collective"),
    ("Encore merci à l'équipe organisatrice", f"{E21} crpv:participantGroup ?g . ?g crpv:groupRole role:organising-team"),
    ("et à Accolades pour l'animation de ces deux journées", f"o:accolades crpv:facilitates {E21}"),
    ("qui amènent à de nouvelles perspectives", f"{E21} schema:about theme:perspectives"),
]  # fmt: skip


def ask(cli: Cli, graph: str, pattern: str) -> bool:
    """True when ``pattern`` holds in ``graph`` (a SELECT with HAVING: when it has a row).

    A pattern marked ``META`` is about the document itself (title, date, publisher): it is
    asked of the metadata graph, where the data model keeps the description of each source.
    """
    if pattern.startswith("META "):
        graph, pattern = "https://w3id.org/crpv/graph/sources", pattern[5:]
    if pattern.startswith("SELECT"):
        query = f"ASK {{ GRAPH <{graph}> {{ {{ {pattern} }} }} }}"
    else:
        query = f"ASK {{ GRAPH <{graph}> {{ {pattern} }} }}"
    result = cli("query", "-q", query, "--format", "json")
    assert result.exit_code == 0, result.output
    return bool(json.loads(result.stdout)["boolean"])


@pytest.mark.parametrize(("statement", "pattern"), ARTICLE_2018, ids=[s for s, _ in ARTICLE_2018])
def test_2018_article_statement_is_structured(cli: Cli, statement: str, pattern: str) -> None:
    assert ask(cli, IREV_2018, pattern), statement


@pytest.mark.parametrize(("statement", "pattern"), ARTICLE_2021, ids=[s for s, _ in ARTICLE_2021])
def test_2021_article_statement_is_structured(cli: Cli, statement: str, pattern: str) -> None:
    assert ask(cli, IREV_2021, pattern), statement


def test_coverage_counts(cli: Cli) -> None:
    """N/N per article: every statement listed is structured in its article's graph."""
    covered_2018 = sum(ask(cli, IREV_2018, p) for _, p in ARTICLE_2018)
    covered_2021 = sum(ask(cli, IREV_2021, p) for _, p in ARTICLE_2021)
    assert (covered_2018, len(ARTICLE_2018)) == (49, 49)
    assert (covered_2021, len(ARTICLE_2021)) == (40, 40)
