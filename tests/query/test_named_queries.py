"""Every named query of ``crpv_graph/query/queries``, run on both backends, against rows written out.

Each test takes the ``backend`` fixture, so it runs on the embedded pyoxigraph store and then on a
real Oxigraph server the dataset was pushed to. Expected rows come from ../shared/facts.md (quoted
in the comments, "facts.md §N: ...") and the two IREV articles of ../shared/sources/, not from the
program's output. Where the output disagrees with those sources, a test states what the sources
support and is marked ``xfail(strict=True)`` until the data or the query is fixed.

Conventions:
- :func:`table` builds expected rows from a header and tuples, so each test shows the full rows in
  the query's ORDER BY order, column names included.
- ``GROUP_CONCAT`` gives its items in whatever order the engine met them; :func:`concat_sorted`
  sorts the items of such columns on both sides before comparing.
- IRIs are compacted by ``named_rows`` (``o:irev``); IRIs turned into strings by the query (the
  ``within`` column of event-participants, source graph names) stay full.
"""

from __future__ import annotations

import pyoxigraph as ox

from crpv_graph.query import Target, resolve_query, run
from tests.helpers import CHECKOUT, named_rows, term_text

EV = "https://w3id.org/crpv/id/event/"

# --- the source documents the expected rows cite (the graph names of data/*.trig) -----------
IREV_2018 = "https://irev.fr/node/233726"
IREV_2021 = "https://irev.fr/actualites-0/regroupement-national-des-centres-de-ressources-politique-de-la-ville"
PORTAL_2021 = "http://www.reseau-crpv.fr/6eme-rencontre-nationale-des-centres-de-ressources-politique-de-la-ville-2-jours-de-remue-meninge-collectif/"
NANTES_2019_IREV = "http://www.irev.fr/print/actualites-0/les-centres-de-ressources-politique-de-la-ville-voyagent-nantes-pour-leur-3eme"
STRASBOURG_2022 = "https://www.resovilles.com/les-20-et-21-octobre-2022-se-sont-reunis-a-strasbourg-les-19-centres-de-ressources-politique-de-la-ville/"
ANCT_8E_RENCONTRE = "http://agence-cohesion-territoires.gouv.fr/8e-rencontre-nationale-des-centre-de-ressources-de-la-politique-de-la-ville-1259"
BANQUE_DES_TERRITOIRES_2019 = "https://banquedesterritoires.fr/les-centres-de-ressources-de-la-politique-de-la-ville-lheure-de-la-revoyure-des-contrats-de-ville"
SENAT_ANCT = "http://www.senat.fr/rap/a19-141-7/a19-141-76.html"
ZEPROS_DECREE_ANCT = (
    "https://territorial.zepros.fr/un-d%C3%A9cret-ent%C3%A9rine-la-cr%C3%A9ation-de-lanct--15010"
)
ATD31_ANCT = "https://www.atd31.fr/fr/publications/info-lettre/il-2019/info-lettre-238/creation-de-l-agence-nationale-de-cohesion-des-territoires.html"
WIKIPEDIA_CGET = "https://trans.hiragana.jp/ruby/https://fr.wikipedia.org/wiki/Commissariat_g%C3%A9n%C3%A9ral_%C3%A0_l%27%C3%89galit%C3%A9_des_territoires"
ARCHIVES_NATIONALES_CGET = "https://raw.githubusercontent.com/ArchivesNationalesFR/Referentiels/refs/heads/main/agents/rdf/collectivites/FRAN_Agent_050806.rdf"
CIMAP_CGET = "https://veille-emploi-formation.cariforefoccitanie.fr/Record.htm?idlist=1&record=19128626124919468089"
AEF_CGET = "https://www.aefinfo.fr/depeche/478102-le-commissariat-general-a-legalite-des-territoires-pilotera-la-reforme-de-la-politique-de-la-ville-projet-de-decret"
BATIACTU_ANRU = (
    "https://batiactu.com/edito/lelysee-choisit-prefete-anne-claire-mialot-diriger-62865.php"
)
BUSETCAR_ADCF = "https://www.busetcar.com/bibliotheque-numerique/bus-et-car/1107/lessentiel/adcf-sebastien-martin-succede-a-jean-luc-rigaut-628035.php"
FRANCE3_ANNECY = "https://france3-regions.francetvinfo.fr/auvergne-rhone-alpes/haute-savoie/annecy/election-agglo-annecy-frederique-lardet-remporte-presidence-1854524.html"
LARADIOPLUS_ANNECY = "https://www.laradioplus.com/news/locales/124626/municipales-a-annecy-jean-luc-rigaut-un-candidat-qui-veut-redonner-du-sens-aux-politiques-publiques?zone_id=33"
GAZETTE_ADCF_2021 = "https://www.lagazettedescommunes.com/769559/ladcf-change-de-peau/"
FRANCO_WIKI_ADCF = "https://franco.wiki/fr/Intercommunalit%C3%A9s_de_France.html"
ORIV_ASSOCIATION = "https://www.oriv.org/association/"
ORIV_10_ANS = "https://vdocuments.fr/1992-2002-10-ans-dactivit-oriv.html"
ORIV_VIE_ASSOCIATIVE = "https://oriv.org/vie-associative"
MAYOTTE_GIP = "https://mayotte.deets.gouv.fr/Signature-de-la-convention-constitutive-GIP-Politique-de-la-Ville-Maore"
HEARING_2013 = "http://www.assemblee-nationale.fr/14/cr-mimage/12-13/c1213012.asp"
NOSDEPUTES_2013 = "https://2012-2017.nosdeputes.fr/14/intervention/211910"
BFC_LAICITE = "https://bfc-laicite.org/trajectoire-ressources/"
RESSOURCES_VILLE = "http://ressources-ville.org/qui-sommes-nous/711"
TRAJECTOIRE_AG_2016 = "https://pdfslide.fr/documents/assemble-gnrale-vendredi-27-mai-2016-dijon-rapport-moral-a-rapport.html"
PB_REPORT_2010 = (
    "https://vdocuments.fr/rapport-dactivite-profession-banlieue-centre-animation-du-reseau.html"
)
PB_REPORT_2011 = (
    "http://doczz.fr/doc/2723697/profession-banlieue-%E2%80%A2-rapport-d-activit%C3%A9-2011"
)
PB_EDITO_2020 = "https://pdfslide.fr/documents/dito-n140-t-mouvements-p-e-l-est-directeur-gnral-dlgu-fonction-publique.html"
SEINE_SAINT_DENIS_MADELIN = "http://www.seine-saint-denis.fr/Benedicte-Madelin-21-ans-d.html"
RESO_VILLES_2024 = "https://resovilles.com/le-projet-associatif-de-reso-villes-2024-2030"
USH_ERU = "http://union-habitat.org/travailler-dans-les-hlm/les-formations/les-organismes-de-formation-de-l-union-sociale-pour-l-habit-2"
GAZETTE_ERU = "https://www.lagazettedescommunes.com/436919/lecole-du-renouvellement-urbain-un-outil-pour-former-les-membres-des-conseils-citoyens/"
TRAITS_URBAINS_ERU = "https://www.traitsurbains.fr/acteurs/78-franck-martin-et-celine-gipoulon-une-nouvelle-direction-pour-lecole-du-renouvellement-urbain.html"
LYON7_EPARECA = "https://lyon7rivegauche.com/letablissement-public-national-dam/"
JOURNAL_DES_COMMUNES_EPARECA = (
    "https://journal-des-communes.fr/lepareca-un-outil-pour-les-collectivites"
)


# --- display labels: each resource's one skos:prefLabel@fr (docs/data-model.md) --------------
# The full current names the curators chose (or the only French name the sources give).
ANCT = "Agence nationale de la cohésion des territoires"
ANRU = "Agence nationale pour la rénovation urbaine"
CGET = "Commissariat général à l'égalité des territoires"
DGD_PV = "direction générale déléguée à la politique de la ville de l'ANCT"
DREETS = "directions régionales de l'économie, de l'emploi, du travail et des solidarités"
EPARECA = "Établissement public national d'aménagement et de restructuration des espaces commerciaux et artisanaux"
INTERCOMMUNALITES = "Intercommunalités de France"  # formerly ADCF
IREV = "Institut régional de la ville"
ORIV = "Observatoire régional de l'intégration et de la ville"
RNCRPV = "Réseau national des centres de ressources politique de la ville"
#: The centres as a group ("les 19 centres de ressources", "les CRPV"), apart from their network.
CENTRES = ("o:centres-de-ressources", "les centres de ressources politique de la ville")
SGAR = "secrétariat général pour les affaires régionales"


def table(columns: str, *rows: tuple[str, ...]) -> list[dict[str, str]]:
    """Expected rows: ``columns`` is the space-separated header, each tuple one row."""
    names = columns.split()
    return [dict(zip(names, row, strict=True)) for row in rows]


def concat_sorted(
    rows: list[dict[str, str]], *columns: str, separator: str = " "
) -> list[dict[str, str]]:
    """The rows with the items of each ``GROUP_CONCAT`` column in sorted order."""
    return [
        {
            key: separator.join(sorted(value.split(separator))) if key in columns else value
            for key, value in row.items()
        }
        for row in rows
    ]


def sorted_items(row: dict[str, str]) -> list[tuple[str, str]]:
    """A row as its sorted (column, value) pairs, to compare rows regardless of their order."""
    return sorted(row.items())


def ask(target: Target, name: str, **params: str) -> bool:
    """The answer of a named ASK query."""
    return bool(run(target, resolve_query(name), params))


# --- absorbed-bodies ----------------------------------------------------------------------


def test_absorbed_bodies_of_anct_are_agence_du_numerique_cget_and_epareca(
    backend: Target,
) -> None:
    # facts.md §3 ANCT: "A statutory decree ... The ANCT merges the CGET, EPARECA and the Agence
    # du numérique" (zepros); "A Senate report confirms it took effect on 1 January 2020 and
    # grouped CGET, EPARECA and the Agence du numérique" (senat.fr); CGET "replaced in 2020 by
    # the ANCT" (Wikipedia via hiragana). Every date of the change is shown on each row.
    rows = named_rows(backend, "absorbed-bodies")
    expected = table(
        "original originalLabel change dates sources",
        ("o:agence-du-numerique", "Agence du numérique", "chg:2020-01-01-creation-anct", "2020 2020-01-01", f"{SENAT_ANCT} {ZEPROS_DECREE_ANCT}"),
        ("o:cget", CGET, "chg:2020-01-01-creation-anct", "2020 2020-01-01", f"{SENAT_ANCT} {ZEPROS_DECREE_ANCT} {WIKIPEDIA_CGET}"),
        ("o:epareca", EPARECA, "chg:2020-01-01-creation-anct", "2020 2020-01-01", f"{SENAT_ANCT} {ZEPROS_DECREE_ANCT}"),
    )  # fmt: skip
    assert concat_sorted(rows, "dates", "sources") == concat_sorted(expected, "dates", "sources")


def test_absorbed_bodies_of_cget_are_acse_datar_and_sg_civ_with_their_own_sources(
    backend: Target,
) -> None:
    # facts.md §3 CGET: the CIMAP "was to merge the SG-CIV, the Acsé and the DATAR" (cariforef);
    # the draft decree: "the CGET replaces the Datar, SG-CIV and Acsé" (aefinfo); Wikipedia:
    # "SG-CIV and Acsé were merged into its DVCU" (no DATAR); §9: the Archives nationales record
    # "gives its start as 31 March 2014 ... records the DATAR and the Acsé as predecessors"
    # (no SG-CIV). The "since May (2014)" of banquedesterritoires has no printed year: no date.
    rows = named_rows(backend, "absorbed-bodies", body="o:cget")
    expected = table(
        "original originalLabel change dates sources",
        ("o:acse", "Acsé", "chg:creation-cget", "2014-03-31", f"{ARCHIVES_NATIONALES_CGET} {WIKIPEDIA_CGET} {CIMAP_CGET} {AEF_CGET}"),
        ("o:datar", "DATAR", "chg:creation-cget", "2014-03-31", f"{ARCHIVES_NATIONALES_CGET} {CIMAP_CGET} {AEF_CGET}"),
        ("o:sg-civ", "SG-CIV", "chg:creation-cget", "2014-03-31", f"{WIKIPEDIA_CGET} {CIMAP_CGET} {AEF_CGET}"),
    )  # fmt: skip
    assert concat_sorted(rows, "dates", "sources") == concat_sorted(expected, "dates", "sources")


# --- centre-state-services ----------------------------------------------------------------


def test_state_services_of_oriv_are_sgar_and_dreets_grand_est(backend: Target) -> None:
    # facts.md §2 ORIV: "has covered the whole Grand Est region since early 2016" (oriv.org);
    # §4: DREETS "cover the metropolitan regions other than Île-de-France" (vie-publique), and
    # the SGAR "assists the regional préfet" (rhone.gouv.fr).
    rows = named_rows(backend, "centre-state-services", centre="o:oriv")
    assert rows == table(
        "centre centreLabel region regionLabel service serviceLabel kind",
        ("o:oriv", ORIV, "reg:44", "Grand Est", "o:dreets-44", "DREETS Grand Est", "crpv:DREETS"),
        ("o:oriv", ORIV, "reg:44", "Grand Est", "o:sgar-44", "SGAR Grand Est", "crpv:SGAR"),
    )  # fmt: skip


def test_state_services_of_profession_banlieue_are_drieets_and_sgar_ile_de_france(
    backend: Target,
) -> None:
    # facts.md §2 Profession Banlieue: "the politique de la ville resource centre for
    # Seine-Saint-Denis" (93, in Île-de-France); §4: "Île-de-France has a DRIEETS instead".
    rows = named_rows(backend, "centre-state-services", centre="o:profession-banlieue")
    assert rows == table(
        "centre centreLabel region regionLabel service serviceLabel kind",
        ("o:profession-banlieue", "Profession Banlieue", "reg:11", "Île-de-France", "o:drieets-11", "DRIEETS Île-de-France", "crpv:DRIEETS"),
        ("o:profession-banlieue", "Profession Banlieue", "reg:11", "Île-de-France", "o:sgar-11", "SGAR Île-de-France", "crpv:SGAR"),
    )  # fmt: skip


def test_state_services_overseas_are_a_deets_in_martinique_and_only_the_sgar_in_guyane(
    backend: Target,
) -> None:
    # facts.md §4: "Overseas there are DEETS, which hold both regional and departmental powers in
    # Guadeloupe, Martinique, Mayotte and La Réunion" (preventech): Guyane is not among them.
    # §2: Ville Caraïbe is the Martinique centre; the CRPV de Guyane's site is crpv-guyane.org.
    martinique = named_rows(backend, "centre-state-services", centre="o:ville-caraibe")
    assert martinique == table(
        "centre centreLabel region regionLabel service serviceLabel kind",
        ("o:ville-caraibe", "Ville Caraïbe", "reg:02", "Martinique", "o:deets-02", "DEETS Martinique", "crpv:DEETS"),
        ("o:ville-caraibe", "Ville Caraïbe", "reg:02", "Martinique", "o:sgar-02", "SGAR Martinique", "crpv:SGAR"),
    )  # fmt: skip
    guyane = named_rows(backend, "centre-state-services", centre="o:crpv-guyane")
    assert guyane == table(
        "centre centreLabel region regionLabel service serviceLabel kind",
        ("o:crpv-guyane", "Centre de ressources politique de la ville de Guyane", "reg:03", "Guyane", "o:sgar-03", "SGAR Guyane", "crpv:SGAR"),
    )  # fmt: skip


def test_state_services_of_villes_et_territoires_occitanie_are_dreets_and_sgar_occitanie(
    backend: Target,
) -> None:
    # facts.md §2 overview: Villes et Territoires Occitanie, territory "Occitanie
    # (Languedoc-Roussillon until 2018)"; "renamed Villes et Territoires Occitanie in 2018"
    # (villesetterritoireslr.fr); its seat Montpellier is in the Hérault, INSEE region 76.
    rows = named_rows(backend, "centre-state-services", centre="o:villes-et-territoires-occitanie")
    assert [(r["region"], r["service"], r["kind"]) for r in rows] == [
        ("reg:76", "o:dreets-76", "crpv:DREETS"),
        ("reg:76", "o:sgar-76", "crpv:SGAR"),
    ]


# --- centres-by-territory -----------------------------------------------------------------


def test_ile_de_france_has_four_departemental_centres_and_pole_95_only_began_in_the_yvelines(
    backend: Target,
) -> None:
    # facts.md §1: "Île-de-France is the exception: there they work at département level"
    # (irev.fr); 123dok thesis: 4 IdF centres, "93, 95, 91 and Paris (75)"; §2 Pôle ressources:
    # "Val-d'Oise (95); started work in the Yvelines in 2018" (docslib); §9: the "Centre de
    # Ressources Politique de la Ville en Essonne" (docslib, Mémoire et projets en Essonne).
    # The 2018 report says Pôle ressources *began working* in the Yvelines: that is not coverage,
    # so the Yvelines do not bring it in (issue 14; before, a row via dep:78).
    rows = named_rows(backend, "centres-by-territory", region="reg:11")
    assert rows == table(
        "code region regionLabel centre centreLabel via viaLabel",
        ("11", "reg:11", "Île-de-France", "o:crpv-essonne", "Centre de Ressources Politique de la Ville en Essonne", "dep:91", "Essonne"),
        ("11", "reg:11", "Île-de-France", "o:profession-banlieue", "Profession Banlieue", "dep:93", "Seine-Saint-Denis"),
        ("11", "reg:11", "Île-de-France", "o:pole-ressources-95", "Pôle ressources Ville et développement social", "dep:95", "Val-d'Oise"),
        ("11", "reg:11", "Île-de-France", "o:crpv-paris", "centre de ressources de Paris (75)", "dep:75", "Paris"),
    )  # fmt: skip


def test_la_reunion_and_corse_show_no_centre_and_every_insee_region_is_listed(
    backend: Target,
) -> None:
    # facts.md §9: "La Réunion: no resource centre found on any page"; no line of the fact sheet
    # names a centre for Corse. ../shared/reference/regions.csv: INSEE's 18 regions.
    empty = ("", "", "", "")
    assert named_rows(backend, "centres-by-territory", region="reg:04") == table(
        "code region regionLabel centre centreLabel via viaLabel",
        ("04", "reg:04", "La Réunion", *empty),
    )
    assert named_rows(backend, "centres-by-territory", region="reg:94") == table(
        "code region regionLabel centre centreLabel via viaLabel",
        ("94", "reg:94", "Corse", *empty),
    )
    codes = [row["code"] for row in named_rows(backend, "centres-by-territory")]
    assert set(codes) == {
        "01", "02", "03", "04", "06", "11", "24", "27", "28",
        "32", "44", "52", "53", "75", "76", "84", "93", "94",
    }  # fmt: skip
    assert codes == sorted(codes)


def test_occitanie_is_covered_by_villes_et_territoires_occitanie(backend: Target) -> None:
    # facts.md §2 overview: Villes et Territoires Occitanie, territory "Occitanie
    # (Languedoc-Roussillon until 2018)"; "It was renamed Villes et Territoires Occitanie in
    # 2018" (villesetterritoireslr.fr).
    rows = named_rows(backend, "centres-by-territory", region="reg:76")
    assert [(r["region"], r["centre"]) for r in rows] == [
        ("reg:76", "o:villes-et-territoires-occitanie")
    ]


# --- centres ------------------------------------------------------------------------------


def test_centre_facts_of_trajectoire_ressources_each_with_its_source(
    backend: Target,
) -> None:
    # facts.md §2 Trajectoire Ressources: "Born in 2006, it was labelled a CRPV in 2008, with
    # responsibility for Bourgogne-Franche-Comté" (bfc-laicite); "Address: ... 25200
    # Montbéliard; website ressources-ville.org" (pdfslide AG 2016); "a 1901-law association
    # whose stated aim is to serve as the CRPV for the Bourgogne and Franche-Comté regions"
    # (ressources-ville.org).
    rows = named_rows(backend, "centres", centre="o:trajectoire-ressources")
    assert rows == table(
        "centre centreLabel fact value valueLabel source",
        ("o:trajectoire-ressources", "Trajectoire Ressources", "founded", "2006", "", BFC_LAICITE),
        ("o:trajectoire-ressources", "Trajectoire Ressources", "labelled", "2008", "", BFC_LAICITE),
        ("o:trajectoire-ressources", "Trajectoire Ressources", "legal form", "form:association-loi-1901", "association loi 1901", RESSOURCES_VILLE),
        ("o:trajectoire-ressources", "Trajectoire Ressources", "seat", "pl:montbeliard", "Montbéliard", TRAJECTOIRE_AG_2016),
        ("o:trajectoire-ressources", "Trajectoire Ressources", "territory", "pl:bourgogne", "Bourgogne", RESSOURCES_VILLE),
        ("o:trajectoire-ressources", "Trajectoire Ressources", "territory", "pl:franche-comte", "Franche-Comté", RESSOURCES_VILLE),
        ("o:trajectoire-ressources", "Trajectoire Ressources", "territory", "reg:27", "Bourgogne-Franche-Comté", BFC_LAICITE),
        ("o:trajectoire-ressources", "Trajectoire Ressources", "website", "http://ressources-ville.org/", "", TRAJECTOIRE_AG_2016),
    )  # fmt: skip


def test_centre_facts_of_oriv_founding_year_from_two_sources(backend: Target) -> None:
    # facts.md §2 ORIV: "Created in 1992 ... based in Strasbourg ... covered the whole Grand Est
    # region since early 2016" (oriv.org); "It began in 1992 as the 'Observatoire Régional de
    # l'Intégration' (ORI)" (vdocuments, 10 ans d'activité). oriv.org: "it became an association
    # in 1996", its legal form (issue 14). Fact sheet part 3, §3: its statutes say it works
    # mainly in Grand Est (oriv.org/vie-associative).
    rows = named_rows(backend, "centres", centre="o:oriv")
    assert rows == table(
        "centre centreLabel fact value valueLabel source",
        ("o:oriv", ORIV, "founded", "1992", "", ORIV_10_ANS),
        ("o:oriv", ORIV, "founded", "1992", "", ORIV_ASSOCIATION),
        ("o:oriv", ORIV, "legal form", "form:association", "association", ORIV_ASSOCIATION),
        ("o:oriv", ORIV, "seat", "pl:strasbourg", "Strasbourg", ORIV_ASSOCIATION),
        ("o:oriv", ORIV, "territory", "reg:44", "Grand Est", ORIV_VIE_ASSOCIATIVE),
        ("o:oriv", ORIV, "territory", "reg:44", "Grand Est", ORIV_ASSOCIATION),
    )


# --- changes-between ----------------------------------------------------------------------


def test_changes_in_2014_are_the_creation_of_cget_and_grivel_at_anru(
    backend: Target,
) -> None:
    # facts.md §9: the Archives nationales record "gives its start as 31 March 2014"; §3 ANRU:
    # "Grivel had run ANRU since 2014" (batiactu). Le Méhauté's appointment "On 9 July (2014)"
    # and the CGET's "since May (2014)" have no printed year, so they are not dated changes.
    rows = named_rows(backend, "changes-between", first="2013", second="2014")
    assert rows == table(
        "date what subject subjectLabel detail source",
        ("2014", "role began", "p:nicolas-grivel", "Nicolas Grivel", f"directeur·rice général·e, {ANRU}", BATIACTU_ANRU),
        ("2014-03-31", "founded", "o:cget", CGET, "", ARCHIVES_NATIONALES_CGET),
        ("2014-03-31", "merger or replacement", "chg:creation-cget", "Création du CGET par fusion du SG-CIV, de l'Acsé et de la DATAR", "Création du CGET (prédécesseurs : DATAR, Acsé)", ARCHIVES_NATIONALES_CGET),
    )  # fmt: skip


def test_changes_in_2020_are_the_anct_and_the_end_of_rigauts_mandates(
    backend: Target,
) -> None:
    # facts.md §3 ANCT: "took effect on 1 January 2020 and grouped CGET, EPARECA and the Agence du
    # numérique" (senat.fr); CGET "replaced in 2020 by the ANCT" (Wikipedia); §6 Rigaut: "He held
    # the ADCF presidency from 2017 to 2020, then became honorary president" (busetcar); "Mayor
    # of Annecy from 2007 to 2020" (laradioplus); "In 2020 he lost the municipal election"
    # (france3). The law of 22 July 2019 (atd31) falls in 2019, outside the window.
    rows = named_rows(backend, "changes-between", first="2019", second="2020")
    assert rows == table(
        "date what subject subjectLabel detail source",
        ("2020", "merger or replacement", "chg:2020-01-01-creation-anct", "Création de l'ANCT par fusion du CGET, de l'EPARECA et de l'Agence du numérique", "Remplacement du CGET par l'ANCT", WIKIPEDIA_CGET),
        ("2020", "role began", "p:jean-luc-rigaut", "Jean-Luc Rigaut", f"président·e d'honneur, {INTERCOMMUNALITES}", BUSETCAR_ADCF),
        ("2020", "role ended", "p:jean-luc-rigaut", "Jean-Luc Rigaut", "maire, Ville d'Annecy", FRANCE3_ANNECY),
        ("2020", "role ended", "p:jean-luc-rigaut", "Jean-Luc Rigaut", "maire, Ville d'Annecy", LARADIOPLUS_ANNECY),
        ("2020", "role ended", "p:jean-luc-rigaut", "Jean-Luc Rigaut", f"président·e, {INTERCOMMUNALITES}", BUSETCAR_ADCF),
        ("2020-01-01", "founded", "o:anct", ANCT, "", SENAT_ANCT),
        ("2020-01-01", "merger or replacement", "chg:2020-01-01-creation-anct", "Création de l'ANCT par fusion du CGET, de l'EPARECA et de l'Agence du numérique", "Création de l'ANCT par fusion du CGET, de l'EPARECA et de l'Agence du numérique", SENAT_ANCT),
    )  # fmt: skip


def test_changes_in_2019_are_the_mayotte_gip_and_the_law_creating_the_anct(
    backend: Target,
) -> None:
    # facts.md §3 ANCT: "a State public body created by law n° 2019-753 of 22 July 2019"
    # (atd31). The decree "published in the JO of 19 November (2019)" has no printed year.
    # Fact sheet part 3, §12: the convention constitutive of the Mayotte GIP signed on 11 April
    # 2019, and its fourteen founding members (DEETS Mayotte).
    rows = named_rows(backend, "changes-between", first="2018", second="2019")
    mayotte = "Centre de Ressources Politique de la Ville et Cohésion Sociale"
    founders = [row for row in rows if row["what"] == "role began"]
    assert len(founders) == 14
    assert {row["detail"] for row in founders} == {f"membre fondateur, {mayotte}"}
    assert {row["source"] for row in founders} == {MAYOTTE_GIP}
    assert [row for row in rows if row["what"] != "role began"] == table(
        "date what subject subjectLabel detail source",
        ("2019-04-11", "founded", "o:maore-ouvoimoja", mayotte, "", MAYOTTE_GIP),
        ("2019-07-22", "founded", "o:anct", ANCT, "", ATD31_ANCT),
    )


# --- class-counts -------------------------------------------------------------------------


def test_class_counts_of_centres_meetings_regions_and_state_services(
    backend: Target,
) -> None:
    # facts.md §5: seven national meetings (Paris 2017, Paris 2018, Nantes 2019, Paris 2021,
    # Strasbourg 2022, Montpellier (2023), Lille 2024; the Mayotte week is a directors' week).
    # ../shared/reference/regions.csv: 18 regions. §4: "12 DREETS + 1 DRIEETS + 4 DEETS"; one
    # SGAR per region. "The DREETS" and "the SGAR" of the 2021 article are collectives
    # (crpv:ServiceCollective), not services: they are not counted (issue 14: 13 and 19 before).
    # §2 + §1: the 19 centres of the overview (La Réunion has none) and the "resource centre of
    # the Secrétariat général à la Ville" of 1993 (ville.gouv.fr) make 20 resource centres; fact
    # sheet part 3, §3: the "centre de ressources « Politique de la ville » Lorraine" (CRPVL,
    # 2013 hearing) makes 21.
    # Renamings: ERU 2013, Villes et Territoires LR -> Occitanie 2018, Assemblée des districts de
    # France -> ADCF, ADCF -> Intercommunalités de France 2021.
    rows = named_rows(backend, "class-counts")
    assert list(rows[0]) == ["class", "entities"]
    counts = {row["class"]: int(row["entities"]) for row in rows}
    assert len(counts) == len(rows)
    assert {k: counts.get(k) for k in (
        "crpv:NationalMeeting", "crpv:Region", "crpv:ResourceCentre", "crpv:DREETS",
        "crpv:DRIEETS", "crpv:DEETS", "crpv:SGAR", "crpv:Renaming",
    )} == {
        "crpv:NationalMeeting": 7, "crpv:Region": 18, "crpv:ResourceCentre": 21,
        "crpv:DREETS": 12, "crpv:DRIEETS": 1, "crpv:DEETS": 4, "crpv:SGAR": 18,
        "crpv:Renaming": 4,
    }  # fmt: skip
    values = [int(row["entities"]) for row in rows]
    assert values == sorted(values, reverse=True)
    assert min(values) >= 1
    # The ontology's own terms are left out; the source documents' types are not counted either.
    assert not {"owl:Class", "owl:ObjectProperty", "crpv:SourceDocument"} & set(counts)


# --- co-participation ---------------------------------------------------------------------


def test_co_participation_in_2021_pairs_the_seven_bodies_of_the_6th_meeting(
    backend: Target,
) -> None:
    # IREV article of 2 Nov 2021 (sources/): the meeting brought together the CRPV teams and
    # their presidents (the centres as a group, "Les centres de ressources Politique de la ville
    # se sont retrouvés", and the new "conférence des Présidents-es"), the
    # ANCT's "direction générale déléguée Politique de la ville", the SGAR and DREETS referents,
    # IREV itself ("l'IREV a participé"), and Accolades ran it ("Accolades pour l'animation").
    # Seven organisations, 21 pairs, each sharing one event.
    rows = named_rows(backend, "co-participation", year="2021")
    conference = "conférence des Présidents-es de Centres de Ressources Politique de la Ville"
    assert rows == table(
        "body bodyLabel other otherLabel sharedEvents",
        ("o:accolades", "Accolades", "o:irev", IREV, "1"),
        ("o:accolades", "Accolades", "o:conference-des-presidents-crpv", conference, "1"),
        ("o:accolades", "Accolades", "o:anct-dgd-pv", DGD_PV, "1"),
        ("o:accolades", "Accolades", "o:dreets", DREETS, "1"),
        ("o:accolades", "Accolades", *CENTRES, "1"),
        ("o:accolades", "Accolades", "o:sgar", SGAR, "1"),
        ("o:irev", IREV, "o:sgar", SGAR, "1"),
        ("o:conference-des-presidents-crpv", conference, "o:irev", IREV, "1"),
        ("o:conference-des-presidents-crpv", conference, "o:dreets", DREETS, "1"),
        ("o:conference-des-presidents-crpv", conference, "o:sgar", SGAR, "1"),
        ("o:anct-dgd-pv", DGD_PV, "o:irev", IREV, "1"),
        ("o:anct-dgd-pv", DGD_PV, "o:conference-des-presidents-crpv", conference, "1"),
        ("o:anct-dgd-pv", DGD_PV, "o:dreets", DREETS, "1"),
        ("o:anct-dgd-pv", DGD_PV, *CENTRES, "1"),
        ("o:anct-dgd-pv", DGD_PV, "o:sgar", SGAR, "1"),
        ("o:dreets", DREETS, "o:irev", IREV, "1"),
        ("o:dreets", DREETS, "o:sgar", SGAR, "1"),
        (*CENTRES, "o:irev", IREV, "1"),
        (*CENTRES, "o:conference-des-presidents-crpv", conference, "1"),
        (*CENTRES, "o:dreets", DREETS, "1"),
        (*CENTRES, "o:sgar", SGAR, "1"),
    )


def test_co_participation_in_2019_is_the_nantes_meeting_hosted_by_reso_villes_with_cget_and_nantes(
    backend: Target,
) -> None:
    # facts.md §5: 25-26 June 2019, Nantes, "hosted by RésO Villes with CGET" (reseau-crpv.fr,
    # irev.fr print): the centres ("Les CRPV voyagent à Nantes"), CGET and RésO Villes; fact
    # sheet part 3, §4 (same page): the City of Nantes's "carte blanche" at the hosts' welcome.
    rows = named_rows(backend, "co-participation", year="2019")
    nantes = ("o:ville-de-nantes", "Ville de Nantes")
    assert rows == table(
        "body bodyLabel other otherLabel sharedEvents",
        ("o:cget", CGET, "o:reso-villes", "RésO Villes", "1"),
        ("o:cget", CGET, *nantes, "1"),
        ("o:reso-villes", "RésO Villes", *nantes, "1"),
        (*CENTRES, "o:cget", CGET, "1"),
        (*CENTRES, "o:reso-villes", "RésO Villes", "1"),
        (*CENTRES, *nantes, "1"),
    )  # fmt: skip


def test_co_participation_over_all_years_puts_the_pairs_met_twice_first(
    backend: Target,
) -> None:
    # facts.md §5: the CGET invited and prepared the 2018 meeting and hosted Nantes 2019 with
    # RésO Villes, the centres taking part in both; IREV took part in 2018 (its pitches,
    # irev.fr/node/233726) and 2021 (IREV article), as did the centres: these two pairs share
    # two meetings; every other pair shares one (the network prepared only the 2018 meeting:
    # Strasbourg 2022 is "co-organised with ANCT", no other organiser named).
    rows = named_rows(backend, "co-participation")
    assert rows[:2] == table(
        "body bodyLabel other otherLabel sharedEvents",
        (*CENTRES, "o:cget", CGET, "2"),
        (*CENTRES, "o:irev", IREV, "2"),
    )  # fmt: skip
    assert {row["sharedEvents"] for row in rows[2:]} == {"1"}
    pairs = [frozenset((row["body"], row["other"])) for row in rows]
    assert len(set(pairs)) == len(pairs)
    assert all(len(pair) == 2 for pair in pairs)


# --- describe -----------------------------------------------------------------------------


def test_describe_ville_caraibe_gives_every_statement_about_it(backend: Target) -> None:
    # facts.md §2 Ville Caraïbe: "created on 6 March 2007 ... first director was recruited on
    # 22 Oct 2007"; "Address: Immeuble La Varangue, 36 bd A. Cabral, Fort-de-France; website
    # villecaraibe.com" (vdocuments.mx, 2009 report); "It is an association, created to meet the
    # needs of the Communauté d'Agglomération du Centre and the State" (villecaraibe.com), hence
    # its legal form (issue 14);
    # Martinique's SGAR and DEETS come from the inferred graph (§4, preventech), and so does
    # org:Organization, which every subclass of it entails (rule 50-organisations).
    result = run(backend, resolve_query("describe"), {"resource": "o:ville-caraibe"})
    assert not isinstance(result, ox.QuerySolutions | ox.QueryBoolean)
    triples = {(term_text(t.subject), term_text(t.predicate), term_text(t.object)) for t in result}
    assert {s for s, _, _ in triples} == {"o:ville-caraibe"}
    assert {(p, o) for _, p, o in triples} == {
        ("crpv:coversTerritory", "reg:02"),
        ("crpv:legalForm", "form:association"),
        ("crpv:regionalStateService", "o:deets-02"),
        ("crpv:regionalStateService", "o:sgar-02"),
        ("foaf:homepage", "http://villecaraibe.com/"),
        ("rdf:type", "crpv:Association"),
        ("rdf:type", "crpv:ResourceCentre"),
        ("rdf:type", "org:Organization"),
        ("rdfs:label", "Ville Caraïbe"),
        ("skos:prefLabel", "Ville Caraïbe"),
        ("schema:address", "Immeuble La Varangue, 36 bd A. Cabral, Fort-de-France"),
        ("schema:description", "Association créée pour répondre aux besoins de la Communauté d'Agglomération du Centre et de l'État."),
        ("schema:description", "Centre de ressources de Martinique, créé le 6 mars 2007 au terme d'une démarche engagée en 1999 par l'Association Martiniquaise pour le Développement Social Urbain ; premier directeur recruté le 22 octobre 2007."),
        ("schema:foundingDate", "2007-03-06"),
        ("schema:location", "pl:fort-de-france"),
    }  # fmt: skip


# --- event-participants -------------------------------------------------------------------


def test_participants_of_the_6th_national_meeting_with_role_and_source(
    backend: Target,
) -> None:
    # IREV article of 2 Nov 2021 (sources/): Accolades "pour l'animation"; SGAR and DREETS
    # referents; the ANCT's DGD Politique de la ville; IREV "a participé"; Mariani spoke on 21
    # October; the "conférence des Présidents-es" met the partners and "échanger avec
    # François-Antoine Mariani"; the CRPV teams in the afternoon open forum and on 22 October.
    # facts.md §0 (reseau-crpv.fr): the DGD PV teams and the 19 CRPVs; Mariani "commented on the
    # CRPVs' 2020 activity report".
    rows = named_rows(backend, "event-participants")
    assert rows == table(
        "agent agentLabel role within source",
        ("o:accolades", "Accolades", "facilitator", "", IREV_2021),
        ("p:francois-antoine-mariani", "François-Antoine Mariani", "participant", "", PORTAL_2021),
        ("p:francois-antoine-mariani", "François-Antoine Mariani", "participant", "", IREV_2021),
        ("p:francois-antoine-mariani", "François-Antoine Mariani", "participant", EV + "2021-10-echange-conference-des-presidents", IREV_2021),
        ("o:irev", IREV, "participant", "", IREV_2021),
        ("o:conference-des-presidents-crpv", "conférence des Présidents-es de Centres de Ressources Politique de la Ville", "participant", "", IREV_2021),
        ("o:conference-des-presidents-crpv", "conférence des Présidents-es de Centres de Ressources Politique de la Ville", "participant", EV + "2021-10-echange-conference-des-presidents", IREV_2021),
        ("o:anct-dgd-pv", DGD_PV, "participant", "", PORTAL_2021),
        ("o:anct-dgd-pv", DGD_PV, "participant", "", IREV_2021),
        ("o:dreets", DREETS, "participant", "", IREV_2021),
        (*CENTRES, "participant", "", PORTAL_2021),
        (*CENTRES, "participant", "", IREV_2021),
        (*CENTRES, "participant", EV + "2021-10-forum-ouvert", IREV_2021),
        (*CENTRES, "participant", EV + "2021-10-journee-structuration-reseau", IREV_2021),
        ("o:sgar", SGAR, "participant", "", IREV_2021),
        ("p:francois-antoine-mariani", "François-Antoine Mariani", "speaker", "", IREV_2021),
        ("p:francois-antoine-mariani", "François-Antoine Mariani", "speaker", EV + "2021-10-intervention-mariani", IREV_2021),
        ("p:francois-antoine-mariani", "François-Antoine Mariani", "speaker", EV + "2021-10-presentation-bilan-2020", PORTAL_2021),
    )  # fmt: skip


def test_participants_of_the_2022_strasbourg_meeting(backend: Target) -> None:
    # facts.md §5: 20-21 Oct 2022, Strasbourg, "co-organised with ANCT; Hélène Geoffroy (mayor
    # of Vaulx-en-Velin, CNV), Fabienne Keller (MEP)"; §3: "At the 2022 Strasbourg gathering,
    # the national partners named were CNFPT, CNV, Bpifrance and IRDSU" (resovilles.com); §1:
    # "19 CRPVs gathered in Strasbourg" (the centres as a group). No organiser is named but the
    # ANCT, so the network is not one.
    rows = named_rows(backend, "event-participants", event="ev:2022-10-rencontre-nationale")
    assert rows == table(
        "agent agentLabel role within source",
        ("o:anct", ANCT, "organiser", "", STRASBOURG_2022),
        ("o:anct", ANCT, "participant", "", STRASBOURG_2022),
        ("o:bpifrance", "Bpifrance", "participant", "", STRASBOURG_2022),
        ("o:cnfpt", "CNFPT", "participant", "", STRASBOURG_2022),
        ("o:cnv", "Conseil national des villes", "participant", "", STRASBOURG_2022),
        ("p:fabienne-keller", "Fabienne Keller", "participant", "", STRASBOURG_2022),
        ("p:helene-geoffroy", "Hélène Geoffroy", "participant", "", STRASBOURG_2022),
        ("o:irdsu", "IRDSU", "participant", "", STRASBOURG_2022),
        (*CENTRES, "participant", "", STRASBOURG_2022),
    )  # fmt: skip


# --- event-subevents ----------------------------------------------------------------------


def test_sub_events_of_the_2018_meeting_are_the_barcamp_round_table_and_workshops(
    backend: Target,
) -> None:
    # IREV article of 20 June 2018 (sources/): "Table ronde avec les Partenaires des CRPV" on the
    # "bilan 2017"; "le format #Barcamp" for practices supporting the "contrats de ville"; IREV
    # presented its "notebook 'Projet urbain', la masterclass citoyenne, l'accompagnement ... sur
    # l'accès au droit et les discriminations", the "structuration des échanges au sein du
    # Réseau" and "plate-forme d'intelligence collective (DECIDIM)"; "groupes de travail autour
    # de thématiques comme la santé, l'éducation ou le développement économique"; the photo
    # captions "Atelier responsables administratifs" and "atelier CRPV ultra-marins". The
    # article dates only the whole meeting (14-15 June), so no sub-event has a date.
    # Jallet's opening, "bilan des CRPV à l'appui", insisted "sur la place des CRPV aux côtés des
    # professionnels" (issue 14: a sub-event of its own); the round table was also about "des
    # perspectives".
    rows = named_rows(backend, "event-subevents", event="ev:2018-06-rencontre-nationale")
    expected = table(
        "subEvent label kind date themes sources",
        ("ev:2018-06-atelier-crpv-ultramarins", "Atelier CRPV ultra-marins (2018)", "crpv:WorkingGroup", "", "outre-mer", IREV_2018),
        ("ev:2018-06-atelier-responsables-administratifs", "Atelier responsables administratifs (2018)", "crpv:WorkingGroup", "", "", IREV_2018),
        ("ev:2018-06-barcamp", "Barcamp des CRPV (2018)", "crpv:Barcamp", "", "contrats de ville", IREV_2018),
        ("ev:2018-06-groupes-de-travail", "Groupes de travail thématiques (2018)", "crpv:WorkingGroup", "", "santé | éducation | développement économique", IREV_2018),
        ("ev:2018-06-ouverture", "Ouverture de la rencontre par Sébastien Jallet (2018)", "crpv:Presentation", "", "bilan d'activité des centres | place des centres de ressources", IREV_2018),
        ("ev:2018-06-pitch-irev", "Présentations de l'IREV au barcamp (2018)", "crpv:Pitch", "", "projet urbain | participation citoyenne | accès au droit et discriminations | structuration du réseau national | intelligence collective", IREV_2018),
        ("ev:2018-06-table-ronde-partenaires", "Table ronde avec les partenaires des CRPV (2018)", "crpv:RoundTable", "", "bilan d'activité des centres | perspectives des centres et du réseau", IREV_2018),
    )  # fmt: skip
    assert concat_sorted(rows, "themes", separator=" | ") == concat_sorted(
        expected, "themes", separator=" | "
    )


# Facts and article behind the 2021 sub-events: facts.md §0 (reseau-crpv.fr): "three round tables
# (overseas centres, the health crisis, cités éducatives), then open-forum group work in the
# afternoon" and Mariani "commented on the CRPVs' 2020 activity report"; IREV article of
# 2 Nov 2021 (sources/): the same on 21 October, plus the "conférence des Présidents-es" meeting
# the partners and Mariani, and "Le 22 octobre, la journée était dédiée aux perspectives
# d'évolution et de structuration du réseau national".
SUB_EVENTS_2021_TYPED = table(
    "subEvent label kind date themes",
    ("ev:2021-10-forum-ouvert", "Forum ouvert des équipes des CRPV (2021)", "crpv:OpenForum", "2021-10-21", "intelligence collective | politique de la ville | place des centres de ressources"),
    ("ev:2021-10-presentation-bilan-2020", "Présentation des chiffres clés du bilan d'activité 2020 des centres de ressources (2021)", "crpv:Presentation", "2021-10-21", "bilan d'activité des centres"),
    ("ev:2021-10-table-ronde-cites-educatives", "Table ronde : la mobilisation des centres pour le déploiement local des cités éducatives (2021)", "crpv:RoundTable", "2021-10-21", "cités éducatives"),
    ("ev:2021-10-table-ronde-crise-sanitaire", "Table ronde : l'adaptation des centres de ressources à la crise sanitaire (2021)", "crpv:RoundTable", "2021-10-21", "crise sanitaire"),
    ("ev:2021-10-table-ronde-outre-mer", "Table ronde : l'activité des centres de ressources en outre-mer (2021)", "crpv:RoundTable", "2021-10-21", "outre-mer"),
)  # fmt: skip


def test_round_tables_forum_and_report_of_the_6th_meeting_are_sub_events_from_both_sources(
    backend: Target,
) -> None:
    # See SUB_EVENTS_2021_TYPED: each of these five is described by both the IREV article and
    # the national portal. (The two other parts of the meeting: see the next test.)
    rows = named_rows(backend, "event-subevents")
    typed = [
        row for row in rows if row["subEvent"] in {e["subEvent"] for e in SUB_EVENTS_2021_TYPED}
    ]
    assert [
        {k: v for k, v in row.items() if k != "sources"}
        for row in concat_sorted(typed, "themes", separator=" | ")
    ] == concat_sorted(SUB_EVENTS_2021_TYPED, "themes", separator=" | ")
    assert {row["sources"] for row in concat_sorted(typed, "sources")} == {
        f"{PORTAL_2021} {IREV_2021}"
    }


def test_all_eight_parts_of_the_6th_meeting_are_sub_events(backend: Target) -> None:
    # See SUB_EVENTS_2021_TYPED; the IREV article adds the exchange of the "conférence des
    # Présidents-es" with the partners and Mariani (21 October), Mariani's talk "sur l'activité
    # et le partenariat fort avec les centres de ressources" (issue 14: a part of its own) and
    # the 22 October day on the network's structuring.
    rows = named_rows(backend, "event-subevents")
    assert [row["subEvent"] for row in rows] == [
        "ev:2021-10-echange-conference-des-presidents",
        "ev:2021-10-forum-ouvert",
        "ev:2021-10-intervention-mariani",
        "ev:2021-10-presentation-bilan-2020",
        "ev:2021-10-table-ronde-cites-educatives",
        "ev:2021-10-table-ronde-crise-sanitaire",
        "ev:2021-10-table-ronde-outre-mer",
        "ev:2021-10-journee-structuration-reseau",
    ]


def test_partners_day_is_a_sub_event_of_the_9th_meeting(backend: Target) -> None:
    # facts.md §5: 14-16 Oct 2024, Lille, "9e regroupement annuel", "partners' day opened by
    # Corinne de la Mettrie" (reseau-crpv.fr; villes-et-territoires.fr).
    rows = named_rows(backend, "event-subevents", event="ev:2024-10-regroupement-national")
    assert [row["subEvent"] for row in rows] == ["ev:2024-10-journee-partenaires"]


# --- labels -------------------------------------------------------------------------------


def test_one_display_label_per_resource_a_renamed_body_showing_its_current_name(
    backend: Target,
) -> None:
    # facts.md §2: CR•DSU, "Labo Cités is the name the network uses now" and the acronym means
    # "Centre de ressources et d'échanges pour le développement social et urbain" (lyonbondyblog);
    # §3 ADCF: "first called the Assemblée des districts de France" (franco.wiki), renamed
    # "Intercommunalités de France" in October 2021 (Gazette); ERU "renamed 'École du
    # Renouvellement Urbain' in 2013" (USH), "École de la Rénovation Urbaine" before;
    # Villes et Territoires LR "renamed Villes et Territoires Occitanie in 2018". Each has one
    # display label, its skos:prefLabel@fr, whatever the other names sort like (before, the
    # labels sorted first could win: "CR-DSU Rhône-Alpes" for Labo Cités).
    def display_labels(resource: str) -> list[str]:
        rows = named_rows(backend, "labels", resource=resource)
        assert {row["resource"] for row in rows} == {resource}
        return [row["label"] for row in rows]

    assert display_labels("o:labo-cites") == ["Labo Cités"]
    assert display_labels("o:adcf") == ["Intercommunalités de France"]
    assert display_labels("o:eru") == ["École du renouvellement urbain"]
    assert display_labels("o:villes-et-territoires-occitanie") == [
        "Villes et Territoires Occitanie"
    ]
    # Several names, none preferred by the sources: the curators chose IREV's full name, stated
    # by its 2018 article (irev.fr/node/233726), over the acronym.
    assert display_labels("o:irev") == [IREV]
    # French, not English: the theme of the 2021 round table on overseas centres.
    assert display_labels("theme:outre-mer") == ["outre-mer"]
    assert display_labels("p:francois-antoine-mariani") == ["François-Antoine Mariani"]
    # facts.md §3 Decidim: "first built for the Barcelona city government's participation
    # website" (rubydoc.info, in English): no source names it in French, so nothing is
    # translated.
    assert display_labels("o:ville-de-barcelone") == ["Barcelona city government"]


def test_labels_cover_every_centre_and_region_and_only_iris(backend: Target) -> None:
    # facts.md §2: the centres; ../shared/reference/regions.csv: the 18 INSEE regions.
    rows = named_rows(backend, "labels")
    assert list(rows[0]) == ["resource", "label"]
    resources = {row["resource"] for row in rows}
    assert len(resources) == len(rows), "one display label per resource"
    assert not any(resource.startswith("_:") for resource in resources)
    assert all(row["label"] for row in rows)
    centres = {
        "o:irev", "o:profession-banlieue", "o:pole-ressources-95", "o:crpv-essonne",
        "o:crpv-paris", "o:labo-cites", "o:oriv", "o:reso-villes", "o:villes-au-carre",
        "o:pqn-a", "o:crpv-paca", "o:trajectoire-ressources",
        "o:villes-et-territoires-occitanie", "o:normanvilles", "o:ville-caraibe",
        "o:crpv-guyane", "o:maore-ouvoimoja", "o:crpv-guadeloupe", "o:ressources-urbaines",
    }  # fmt: skip
    regions = {f"reg:{code}" for code in (
        "01", "02", "03", "04", "06", "11", "24", "27", "28",
        "32", "44", "52", "53", "75", "76", "84", "93", "94",
    )}  # fmt: skip
    assert centres | regions <= resources
    label = {row["resource"]: row["label"] for row in rows}
    assert label["reg:44"] == "Grand Est"
    assert label["o:oriv"] == ORIV


# --- leadership ---------------------------------------------------------------------------


def test_leadership_of_profession_banlieue_over_time(backend: Target) -> None:
    # facts.md §9: Bénédicte Madelin "directed it for 21 years from its creation in 1993, and
    # handed over to Damien Bertrand at the general assembly of Thursday 3 April (2014, by
    # deduction)" (seine-saint-denis.fr): no printed year for the hand-over, so no dates for it;
    # §2: "The board elected on 8 April 2010 had Marc Ratsimba as president" (vdocuments);
    # §9: "the board elected on 7 April 2011 again had Marc Ratsimba as president and Sylvie
    # Hautière as vice-president" (doczz); §2: "A new (female) president wrote her first
    # editorial in February 2020. Her name is not in the excerpt" (pdfslide): an attested office,
    # no person (issue 14; before, a blank-node person "_:"). Fact sheet part 3, §2: Sylvie
    # Hautière vice-president in the 2010 bureau too (vdocuments); Olivia Maire "directrice
    # adjointe" heard on 11 April 2013 (Assemblée nationale and nosdeputes.fr). The leadership
    # query shows presidents, vice-presidents and directors: the treasurers and secretaries of
    # 2010 are not in it.
    rows = named_rows(backend, "leadership", centre="o:profession-banlieue")
    pb = ("o:profession-banlieue", "Profession Banlieue")
    assert rows == table(
        "centre centreLabel person name role title begin end attested source",
        (*pb, "p:damien-bertrand", "Damien Bertrand", "role:director", "directeur", "", "", "", SEINE_SAINT_DENIS_MADELIN),
        (*pb, "p:benedicte-madelin", "Bénédicte Madelin", "role:director", "directrice", "1993", "", "", SEINE_SAINT_DENIS_MADELIN),
        (*pb, "p:marc-ratsimba", "Marc Ratsimba", "role:president", "président", "2010-04-08", "", "", PB_REPORT_2010),
        (*pb, "p:sylvie-hautiere", "Sylvie Hautière", "role:vice-president", "vice-president", "2010-04-08", "", "", PB_REPORT_2010),
        (*pb, "p:marc-ratsimba", "Marc Ratsimba", "role:president", "président", "2011-04-07", "", "", PB_REPORT_2011),
        (*pb, "p:sylvie-hautiere", "Sylvie Hautière", "role:vice-president", "vice-présidente", "2011-04-07", "", "", PB_REPORT_2011),
        (*pb, "p:olivia-maire", "Olivia Maire", "role:deputy-director", "directrice adjointe du centre de ressources « Profession Banlieue »", "", "", "2013-04-11", HEARING_2013),
        (*pb, "p:olivia-maire", "Olivia Maire", "role:deputy-director", "directrice adjointe du centre de ressources « Profession Banlieue »", "", "", "2013-04-11", NOSDEPUTES_2013),
        (*pb, "", "la nouvelle présidente, autrice de son premier éditorial", "role:president", "présidente", "", "", "2020-02", PB_EDITO_2020),
    )  # fmt: skip


def test_leadership_of_reso_villes_president_2019_and_director_from_2024(
    backend: Target,
) -> None:
    # facts.md §2 RésO Villes: "Isabelle Melscoet ... was president in June 2019" (irev.fr
    # print, Nantes 2019); "Ouided Ayad became director in January 2024" (resovilles.com).
    rows = named_rows(backend, "leadership", centre="o:reso-villes")
    rv = ("o:reso-villes", "RésO Villes")
    assert rows == table(
        "centre centreLabel person name role title begin end attested source",
        (*rv, "p:isabelle-melscoet", "Isabelle Melscoet", "role:president", "", "", "", "2019-06", NANTES_2019_IREV),
        (*rv, "p:ouided-ayad", "Ouided Ayad", "role:director", "director", "2024-01", "", "", RESO_VILLES_2024),
    )  # fmt: skip


# --- national-meetings --------------------------------------------------------------------


def test_national_meetings_from_2017_to_2024_with_place_and_number(
    backend: Target,
) -> None:
    # facts.md §5 timeline: 16 March 2017 Paris, "first 'journée des CRPV'" (Villes de France);
    # 14-15 June 2018 Paris, "2nd"; 25-26 June 2019 Nantes, "3rd"; 21-22 Oct 2021 Paris, "6th";
    # 20-21 Oct 2022 Strasbourg, "no number given"; 17 Oct (2023) Montpellier, "8e rencontre
    # nationale", the year inferred; 14-16 Oct 2024 Lille, "9e regroupement annuel".
    rows = named_rows(backend, "national-meetings")
    assert rows == table(
        "meeting label start end placeLabel number inferredYear",
        ("ev:2017-03-16-journee-crpv", "Journée d'officialisation du cadre de référence des CRPV, Paris, 16 mars 2017", "2017-03-16", "", "Paris", "1", ""),
        ("ev:2018-06-rencontre-nationale", "2e rencontre nationale des équipes des CRPV, Paris, 14-15 juin 2018", "2018-06-14", "2018-06-15", "Paris", "2", ""),
        ("ev:2019-06-rencontre-nationale", "3e rencontre nationale des CRPV, Nantes, 25-26 juin 2019", "2019-06-25", "2019-06-26", "Nantes", "3", ""),
        ("ev:2021-10-rencontre-nationale", "6e rencontre nationale des CRPV, Paris, 21-22 octobre 2021", "2021-10-21", "2021-10-22", "Paris", "6", ""),
        ("ev:2022-10-rencontre-nationale", "Rencontre nationale des 19 CRPV, Strasbourg, 20-21 octobre 2022", "2022-10-20", "2022-10-21", "Strasbourg", "", ""),
        ("ev:8e-rencontre-nationale-montpellier", "8e rencontre nationale des CRPV, Montpellier, 17 octobre", "--10-17", "", "Montpellier", "8", "2023"),
        ("ev:2024-10-regroupement-national", "9e regroupement national des équipes des CRPV, Lille, 14-16 octobre 2024", "2024-10-14", "2024-10-16", "Lille", "9", ""),
    )  # fmt: skip


# --- network-animator ---------------------------------------------------------------------


def test_network_animator_2019_is_the_cget_as_the_banque_des_territoires_says(
    backend: Target,
) -> None:
    # facts.md §3 CGET: "The CGET ran the national network of CRPVs (bilan 2018, published
    # 2019)" (banquedesterritoires: "dont il assure l'animation nationale"). The only source
    # saying who animates the network; it is dated 2019. (Issue 14: the 2018 IREV article's
    # "à l'invitation du CGET" / "préparée conjointement" is invitation and co-organisation.)
    rows = named_rows(backend, "network-animator", year="2019")
    assert rows == table(
        "body bodyLabel statedFor source note",
        ("o:cget", CGET, "2019", BANQUE_DES_TERRITOIRES_2019, "stated for this year"),
    )
    default = named_rows(backend, "network-animator")  # default year: 2021
    assert default == named_rows(backend, "network-animator", year="2021")
    assert default[0]["note"] == "no source says who animated the network in 2021"


def test_network_animator_says_no_source_covers_2018(backend: Target) -> None:
    # No source of the fact sheet says who animated the network in 2018: the answer says so,
    # then gives the 2019 statement as one for another year.
    rows = named_rows(backend, "network-animator", year="2018")
    assert rows == table(
        "body bodyLabel statedFor source note",
        ("", "", "", "", "no source says who animated the network in 2018"),
        ("o:cget", CGET, "2019", BANQUE_DES_TERRITOIRES_2019, "stated for 2019, not for 2018"),
    )


def test_network_animator_is_not_the_anct_from_labelling_or_co_organisation(
    backend: Target,
) -> None:
    # facts.md §1: "By 2023 the labelling body is the ANCT" (ANCT, 8e rencontre: "labellisés par
    # l'ANCT"); §5: the 2022 meeting was "co-organised with ANCT" (resovilles.com). Labelling
    # and co-organisation are not animation: for 2020-2024 no source says who animates.
    for year in ("2020", "2021", "2022", "2023"):
        rows = named_rows(backend, "network-animator", year=year)
        assert [(r["body"], r["note"]) for r in rows] == [
            ("", f"no source says who animated the network in {year}"),
            ("o:cget", f"stated for 2019, not for {year}"),
        ]
    assert all(r["body"] != "o:anct" for r in named_rows(backend, "network-animator"))


# --- partners-in-common -------------------------------------------------------------------


def test_partners_common_to_2018_and_2021_are_anct_and_dreets_through_their_predecessors(
    backend: Target,
) -> None:
    # 2018 (irev.fr/node/233726; villesaucarre.org): CGET and EPARECA, and the DRJSCS referents
    # ("Before 2021 the regional State referents for CRPVs were DRJSCS representatives; they
    # attended the 2018 meeting"); 2021 (IREV article; reseau-crpv.fr): the ANCT's DGD PV and the
    # DREETS. §3: "The ANCT merges the CGET, EPARECA and the Agence du numérique"; §4: the social
    # cohesion part of the DRJSCS "went to the DREETS" (irev.fr glossary).
    rows = named_rows(backend, "partners-in-common")
    expected = table(
        "partner partnerLabel asInFirst asInSecond",
        ("o:anct", ANCT, f"{CGET} | {EPARECA}", DGD_PV),
        ("o:dreets", DREETS, "DRJSCS", DREETS),
    )
    assert concat_sorted(rows, "asInFirst", "asInSecond", separator=" | ") == concat_sorted(
        expected, "asInFirst", "asInSecond", separator=" | "
    )


def test_partners_common_to_2018_and_2022_is_only_anct(backend: Target) -> None:
    # 2022 (resovilles.com): "co-organised with ANCT", partners CNFPT, CNV, Bpifrance, IRDSU,
    # none of which was named in 2018.
    rows = named_rows(backend, "partners-in-common", first="2018", second="2022")
    expected = table(
        "partner partnerLabel asInFirst asInSecond",
        ("o:anct", ANCT, f"{CGET} | {EPARECA}", ANCT),
    )
    assert concat_sorted(rows, "asInFirst", separator=" | ") == concat_sorted(
        expected, "asInFirst", separator=" | "
    )


# --- source-counts ------------------------------------------------------------------------


def test_source_counts_list_every_source_with_the_two_irev_articles_dated(
    backend: Target,
) -> None:
    # sources/2018-06-20-irev-barcamp-crpv.txt: "PUBLISHED: 2018-06-20", "PUBLISHER: IREV";
    # sources/2021-11-02-irev-regroupement-national-crpv.txt: "PUBLISHED: 2021-11-02"; facts.md
    # §0: the portal item "dated 23 Nov 2021". One source per data file, less INSEE's register
    # (reference data, not a source document).
    rows = named_rows(backend, "source-counts")
    assert list(rows[0]) == ["source", "label", "issued", "publisher", "triples"]
    assert (
        len(rows)
        == len({row["source"] for row in rows})
        == len(list((CHECKOUT / "data").glob("*.trig"))) - 1
    )
    triples = [int(row["triples"]) for row in rows]
    assert triples == sorted(triples, reverse=True)
    assert min(triples) > 0
    by_source = {row["source"]: row for row in rows}
    assert {k: v for k, v in by_source[IREV_2018].items() if k != "triples"} == {
        "source": IREV_2018,
        "label": "IREV, 20 juin 2018 : les CRPV font leur barcamp",
        "issued": "2018-06-20",
        "publisher": "o:irev",
    }
    assert {k: v for k, v in by_source[IREV_2021].items() if k != "triples"} == {
        "source": IREV_2021,
        "label": "IREV, 2 novembre 2021 : regroupement national des centres de ressources politique de la ville (6e rencontre nationale)",
        "issued": "2021-11-02",
        "publisher": "o:irev",
    }
    assert by_source[PORTAL_2021]["issued"] == "2021-11-23"
    assert "https://www.insee.fr/fr/information/2560452" not in by_source


# --- statement-sources --------------------------------------------------------------------


def test_eru_founding_year_2004_by_ush_and_2005_by_two_sources(backend: Target) -> None:
    # facts.md §7: "ERU founding year: 2004 (USH page) vs 2005 (Gazette des communes; Traits
    # urbains)".
    rows = named_rows(backend, "statement-sources", predicate="schema:foundingDate")
    assert rows == table(
        "subject predicate object source label issued publisher",
        ("o:eru", "schema:foundingDate", "2004", USH_ERU, "Union sociale pour l'habitat : les organismes de formation de l'USH (École du renouvellement urbain)", "", "o:ush"),
        ("o:eru", "schema:foundingDate", "2005", GAZETTE_ERU, "Gazette des communes : l'École du renouvellement urbain, un outil pour former les membres des conseils citoyens", "", "lagazettedescommunes.com"),
        ("o:eru", "schema:foundingDate", "2005", TRAITS_URBAINS_ERU, "Traits urbains : Franck Martin et Céline Gipoulon, une nouvelle direction pour l'École du renouvellement urbain", "", "traitsurbains.fr"),
    )  # fmt: skip


def test_epareca_founding_by_the_1996_law_and_in_1998(backend: Target) -> None:
    # facts.md §3 EPARECA: "Created by the law of 14 Nov 1996" (lyon7rivegauche); §7: "vs
    # 'created in 1998' (journal-des-communes)".
    rows = named_rows(
        backend, "statement-sources", subject="o:epareca", predicate="schema:foundingDate"
    )
    assert rows == table(
        "subject predicate object source label issued publisher",
        ("o:epareca", "schema:foundingDate", "1996-11-14", LYON7_EPARECA, "Lyon 7 Rive Gauche : l'Établissement public national d'aménagement et de restructuration des espaces commerciaux et artisanaux", "", "lyon7rivegauche.com"),
        ("o:epareca", "schema:foundingDate", "1998", JOURNAL_DES_COMMUNES_EPARECA, "Journal des communes : l'EPARECA, un outil pour les collectivités", "", "journal-des-communes.fr"),
    )  # fmt: skip


def test_sources_stating_that_cget_animated_the_network(backend: Target) -> None:
    # facts.md §3 CGET: "The CGET ran the national network of CRPVs (bilan 2018, published
    # 2019)" (banquedesterritoires: "dont il assure l'animation nationale"). The IREV article of
    # 20 June 2018 says "à l'invitation du CGET" and "Préparée conjointement par le CGET":
    # invitation and co-organisation, not animation (issue 14: before, a second row from it).
    rows = named_rows(
        backend,
        "statement-sources",
        subject="o:cget",
        predicate="crpv:animatesNetwork",
        object="o:reseau-national-crpv",
    )
    assert rows == table(
        "subject predicate object source label issued publisher",
        ("o:cget", "crpv:animatesNetwork", "o:reseau-national-crpv", BANQUE_DES_TERRITOIRES_2019, "Banque des Territoires (2019) : les centres de ressources de la politique de la ville à l'heure de la revoyure des contrats de ville", "2019", "banquedesterritoires.fr"),
    )  # fmt: skip


# --- sub-event-themes ---------------------------------------------------------------------


def test_sub_event_themes_of_2021(backend: Target) -> None:
    # IREV article of 2 Nov 2021 (sources/): the three round tables (outre-mer, crise sanitaire,
    # cités éducatives); the 2020 "bilan de l'activité"; the open forum and the 22 October day,
    # both "en intelligence collective", the latter on the "structuration du réseau national";
    # the conférence des Présidents-es on "les enjeux attachés à la politique de la ville et aux
    # contrats de ville"; Mariani's talk "sur l'activité et le partenariat fort avec les centres";
    # the forum's "sujets qui concernent à la fois la Politique de la ville et la place des
    # centres de ressources"; the 22 October "perspectives d'évolution".
    rows = named_rows(backend, "sub-event-themes", year="2021")
    assert rows == table(
        "theme themeLabel subEvents years",
        ("theme:bilan-activite", "bilan d'activité des centres", "2", "2021"),
        ("theme:intelligence-collective", "intelligence collective", "2", "2021"),
        ("theme:politique-de-la-ville", "politique de la ville", "2", "2021"),
        ("theme:cites-educatives", "cités éducatives", "1", "2021"),
        ("theme:contrats-de-ville", "contrats de ville", "1", "2021"),
        ("theme:crise-sanitaire", "crise sanitaire", "1", "2021"),
        ("theme:outre-mer", "outre-mer", "1", "2021"),
        ("theme:partenariat", "partenariat avec les centres de ressources", "1", "2021"),
        ("theme:perspectives", "perspectives des centres et du réseau", "1", "2021"),
        ("theme:place-des-centres", "place des centres de ressources", "1", "2021"),
        ("theme:structuration-du-reseau", "structuration du réseau national", "1", "2021"),
    )  # fmt: skip


def test_sub_event_themes_of_2018(backend: Target) -> None:
    # IREV article of 20 June 2018 (sources/): see the 2018 sub-events test; one sub-event each
    # but the CRPVs' report, in Jallet's opening ("bilan des CRPV à l'appui") and the round table.
    rows = named_rows(backend, "sub-event-themes", year="2018")
    assert rows == table(
        "theme themeLabel subEvents years",
        ("theme:bilan-activite", "bilan d'activité des centres", "2", "2018"),
        ("theme:acces-au-droit-discriminations", "accès au droit et discriminations", "1", "2018"),
        ("theme:contrats-de-ville", "contrats de ville", "1", "2018"),
        ("theme:developpement-economique", "développement économique", "1", "2018"),
        ("theme:intelligence-collective", "intelligence collective", "1", "2018"),
        ("theme:outre-mer", "outre-mer", "1", "2018"),
        ("theme:participation-citoyenne", "participation citoyenne", "1", "2018"),
        ("theme:perspectives", "perspectives des centres et du réseau", "1", "2018"),
        ("theme:place-des-centres", "place des centres de ressources", "1", "2018"),
        ("theme:projet-urbain", "projet urbain", "1", "2018"),
        ("theme:sante", "santé", "1", "2018"),
        ("theme:structuration-du-reseau", "structuration du réseau national", "1", "2018"),
        ("theme:education", "éducation", "1", "2018"),
    )  # fmt: skip


def test_sub_event_themes_of_all_years_add_up_2018_2019_and_2021(backend: Target) -> None:
    # The two tests above together: the themes both meetings took up come first. Fact sheet
    # part 3, §4: Cités Cap, "a national forum on economic development and politique de la
    # ville", at the hosts' welcome of the 2019 meeting (IREV, print) adds 2019 to both themes.
    rows = named_rows(backend, "sub-event-themes")
    assert concat_sorted(rows[:9], "years") == table(
        "theme themeLabel subEvents years",
        ("theme:bilan-activite", "bilan d'activité des centres", "4", "2018 2021"),
        ("theme:intelligence-collective", "intelligence collective", "3", "2018 2021"),
        ("theme:politique-de-la-ville", "politique de la ville", "3", "2019 2021"),
        ("theme:contrats-de-ville", "contrats de ville", "2", "2018 2021"),
        ("theme:developpement-economique", "développement économique", "2", "2018 2019"),
        ("theme:outre-mer", "outre-mer", "2", "2018 2021"),
        ("theme:perspectives", "perspectives des centres et du réseau", "2", "2018 2021"),
        ("theme:place-des-centres", "place des centres de ressources", "2", "2018 2021"),
        ("theme:structuration-du-reseau", "structuration du réseau national", "2", "2018 2021"),
    )  # fmt: skip
    assert len(rows) == 17
    assert {row["subEvents"] for row in rows[9:]} == {"1"}


# --- successions --------------------------------------------------------------------------


def test_successions_of_cget_its_creation_and_its_merger_into_anct(
    backend: Target,
) -> None:
    # facts.md §3 CGET: created from the SG-CIV, the Acsé and the DATAR (cariforef, aefinfo;
    # Archives nationales §9: DATAR and Acsé, start 31 March 2014); Wikipedia: "SG-CIV and Acsé
    # were merged into its direction de la Ville et de la Cohésion urbaine (DVCU)" and the CGET
    # was "replaced in 2020 by the ANCT"; §3 ANCT: the merger of CGET, EPARECA and the Agence du
    # numérique on 1 January 2020 (senat.fr, zepros).
    rows = named_rows(backend, "successions", body="o:cget")
    dvcu = ("o:cget-dvcu", "Direction de la ville et de la cohésion urbaine")
    anct_sources = f"{SENAT_ANCT} {ZEPROS_DECREE_ANCT}"
    expected = table(
        "change kind original originalLabel resulting resultingLabel dates sources",
        ("chg:creation-cget", "change", "o:acse", "Acsé", "o:cget", CGET, "2014-03-31", f"{ARCHIVES_NATIONALES_CGET} {WIKIPEDIA_CGET} {CIMAP_CGET} {AEF_CGET}"),
        ("chg:creation-cget", "change", "o:acse", "Acsé", *dvcu, "2014-03-31", WIKIPEDIA_CGET),
        ("chg:creation-cget", "change", "o:datar", "DATAR", "o:cget", CGET, "2014-03-31", f"{ARCHIVES_NATIONALES_CGET} {CIMAP_CGET} {AEF_CGET}"),
        ("chg:creation-cget", "change", "o:sg-civ", "SG-CIV", "o:cget", CGET, "2014-03-31", f"{WIKIPEDIA_CGET} {CIMAP_CGET} {AEF_CGET}"),
        ("chg:creation-cget", "change", "o:sg-civ", "SG-CIV", *dvcu, "2014-03-31", WIKIPEDIA_CGET),
        ("chg:2020-01-01-creation-anct", "change", "o:agence-du-numerique", "Agence du numérique", "o:anct", ANCT, "2020 2020-01-01", anct_sources),
        ("chg:2020-01-01-creation-anct", "change", "o:cget", CGET, "o:anct", ANCT, "2020 2020-01-01", f"{anct_sources} {WIKIPEDIA_CGET}"),
        ("chg:2020-01-01-creation-anct", "change", "o:epareca", EPARECA, "o:anct", ANCT, "2020 2020-01-01", anct_sources),
    )  # fmt: skip
    actual = concat_sorted(rows, "dates", "sources")
    expected = concat_sorted(expected, "dates", "sources")
    # ORDER BY ?dates ?change ?originalLabel leaves the two rows of one original body in either
    # order: compare the order of the sort keys, then the rows.
    key = ("dates", "change", "originalLabel")
    assert [tuple(r[k] for k in key) for r in actual] == [
        tuple(r[k] for k in key) for r in expected
    ]
    assert sorted(map(sorted_items, actual)) == sorted(map(sorted_items, expected))


def test_successions_of_adcf_are_two_renamings(backend: Target) -> None:
    # facts.md §3 ADCF: "first called the Assemblée des districts de France" (franco.wiki, no
    # date); "At its convention of 14-15 October 2021 ... decided to rename itself
    # Intercommunalités de France" (Gazette). The body keeps its IRI (docs/design.md, "Identifiers").
    rows = named_rows(backend, "successions", body="o:adcf")
    assert rows == table(
        "change kind original originalLabel resulting resultingLabel dates sources",
        ("chg:renaming-adcf-assemblee-des-districts", "renaming", "o:adcf", INTERCOMMUNALITES, "o:adcf", INTERCOMMUNALITES, "", FRANCO_WIKI_ADCF),
        ("chg:renaming-adcf-2021", "renaming", "o:adcf", INTERCOMMUNALITES, "o:adcf", INTERCOMMUNALITES, "2021-10", GAZETTE_ADCF_2021),
    )  # fmt: skip


# --- took-part ----------------------------------------------------------------------------


def test_took_part_is_true_for_bodies_and_people_named_at_the_meeting(
    backend: Target,
) -> None:
    # IREV article of 20 June 2018: "des représentants de l'ANRU, de l'ERU, de l'EPARECA" and
    # IREV's own pitches (a sub-event, the barcamp); IREV article of 2 Nov 2021: Mariani spoke.
    assert ask(backend, "took-part") is True  # default: ERU at the June 2018 meeting
    assert ask(backend, "took-part", body="o:irev", event="ev:2018-06-rencontre-nationale")
    assert ask(
        backend,
        "took-part",
        body="p:francois-antoine-mariani",
        event="ev:2021-10-rencontre-nationale",
    )


def test_took_part_is_false_for_bodies_no_source_places_at_the_meeting(
    backend: Target,
) -> None:
    # The 2021 articles name no other body than those above, only unnamed "partenaires
    # nationaux": no source puts ANRU there; the CGET had been merged into the ANCT on
    # 1 January 2020 (senat.fr); Jallet, who opened the 2018 meeting, is not named in 2021 (he
    # was then Marlène Schiappa's chief of staff, facts.md §6).
    event = "ev:2021-10-rencontre-nationale"
    assert ask(backend, "took-part", body="o:anru", event=event) is False
    assert ask(backend, "took-part", body="o:cget", event=event) is False
    assert ask(backend, "took-part", body="p:sebastien-jallet", event=event) is False


# --- year-counts --------------------------------------------------------------------------


def test_year_counts_of_2018_and_2021(backend: Target) -> None:
    # 2018 events: the national meeting of 14-15 June, France urbaine's Dijon conference of
    # 5-6 April, the Pacte de Dijon signature of 16 July, IREV's assembly of 28 Nov (facts.md
    # §3, §5, §2); its sub-events carry no date. 2018 roles: Rigaut (ADCF president, mayor of
    # Annecy) and Jallet's three titles in June; the five Pacte de Dijon signatories and
    # Philippe as Prime Minister on 16 July; Barnier (préfet délégué, chair) and Ala
    # (vice-chair) on 28 Nov: 14. One source published: the IREV article of 20 June 2018.
    # 2021 events: the 6th meeting and its eight parts (IREV article, Mariani's talk included),
    # the ADCF convention of 14-15 Oct 2021 (Gazette): 10. Roles: ANCT managing URBACT 2021-2027, Mariani DGD PV
    # (Oct 2021), Mialot DG of ANRU (Dec 2021): 3. Published: the IREV article (2 Nov) and the
    # portal item (23 Nov); fact sheet part 3, §11: the Normandie kit of January 2021 (pdfslide).
    rows = named_rows(backend, "year-counts")
    assert list(rows[0]) == ["year", "what", "count"]
    assert [row for row in rows if row["year"] in {"2018", "2021"}] == table(
        "year what count",
        ("2018", "events", "4"),
        ("2018", "events (year inferred)", "1"),
        ("2018", "roles attested or begun", "14"),
        ("2018", "sources published", "1"),
        ("2021", "events", "10"),
        ("2021", "events (year inferred)", "1"),
        ("2021", "roles attested or begun", "3"),
        ("2021", "sources published", "3"),
    )


def test_year_counts_keep_inferred_years_apart(backend: Target) -> None:
    # Years in parentheses in facts.md are not printed by the source: the CIMAP of 17 July
    # (2013); Profession Banlieue's assembly of 3 April (2014) and IREV's undated study day
    # ("about 2014", [old]); the Grand Annecy vote of 16 July (2020); ANRU's move inaugurated on
    # 7 July (2022); the Montpellier meeting of 17 Oct (2023). Fact sheet part 3: Villes au
    # Carré's assembly of 31 May (2018) (§5) and PQN-A's of 1 March (2021) (§8).
    rows = named_rows(backend, "year-counts")
    assert [row for row in rows if row["what"] == "events (year inferred)"] == table(
        "year what count",
        ("2013", "events (year inferred)", "1"),
        ("2014", "events (year inferred)", "2"),
        ("2018", "events (year inferred)", "1"),
        ("2020", "events (year inferred)", "1"),
        ("2021", "events (year inferred)", "1"),
        ("2022", "events (year inferred)", "1"),
        ("2023", "events (year inferred)", "1"),
    )
    whats = {row["what"] for row in rows}
    assert whats == {
        "events", "events (year inferred)", "sources published", "roles attested or begun",
    }  # fmt: skip
    keys = [(int(row["year"]), row["what"]) for row in rows]
    assert keys == sorted(keys)
    assert all(int(row["count"]) >= 1 for row in rows)


# --- centre-counts ------------------------------------------------------------------------


def test_centre_counts_keep_each_sources_number(backend: Target) -> None:
    # facts.md §1 "How many centres": 16 (2009, Villes au Carré), 19 (31 May 2012, ville.gouv.fr),
    # 19 (Sept. 2017 portal launch), 20 (~Nov 2017, CGET feature), 18 (March 2017, ASH),
    # 19 (June 2018, IREV), 19 (2019, CGET report), 19 (Oct 2021 IREV; Nov 2021 portal),
    # 19 (Oct 2022, RésO Villes), 20 incl. 4 overseas (17 Oct (2023), ANCT: year inferred),
    # 20 with 4 in Île-de-France (undated thesis, 123dok).
    rows = named_rows(backend, "centre-counts")
    assert [(r["count"], r["overseas"], r["asOf"], r["inferredYear"]) for r in rows] == [
        ("16", "", "2009", ""),
        ("19", "", "2012-05-31", ""),
        ("19", "", "--09", "2017"),
        ("20", "", "2017", ""),
        ("18", "", "2017-03", ""),
        ("19", "", "2018-06", ""),
        ("19", "", "2019", ""),
        ("19", "", "2021-10", ""),
        ("19", "", "2021-11", ""),
        ("19", "", "2022-10", ""),
        ("20", "4", "--10-17", "2023"),
        ("20", "", "", ""),
    ]
    assert rows[5]["source"] == IREV_2018
    assert rows[9]["source"] == STRASBOURG_2022
    assert {r["count"] for r in rows} == {"16", "18", "19", "20"}
