"""The questions the graph must answer, asked through ``crpv-graph query`` on the real dataset.

Expected answers are written out from ../shared/facts.md and ../shared/sources/.
"""

from __future__ import annotations

from tests.helpers import Cli, query_rows

O = "https://w3id.org/crpv/id/organization/"
P = "https://w3id.org/crpv/id/person/"


def test_centres_with_territory_date_website_and_source(cli: Cli) -> None:
    rows = query_rows(cli, "centres")
    facts = {(r["centre"], r["fact"], r["value"], r["source"]) for r in rows}
    # ORIV: Grand Est, seat Strasbourg, founded 1992 (oriv.org/association/).
    oriv = "https://www.oriv.org/association/"
    assert (O + "oriv", "territory", "https://w3id.org/crpv/id/region/44", oriv) in facts
    assert (O + "oriv", "seat", "https://w3id.org/crpv/id/place/strasbourg", oriv) in facts
    assert (O + "oriv", "founded", "1992", oriv) in facts
    # Profession Banlieue: Seine-Saint-Denis, website professionbanlieue.org.
    pb = [r for r in rows if r["centre"] == O + "profession-banlieue"]
    assert {"https://w3id.org/crpv/id/departement/93"} <= {r["value"] for r in pb}
    assert any("professionbanlieue.org" in r["value"] for r in pb if r["fact"] == "website")
    # Trajectoire Ressources: labelled a CRPV in 2008 (bfc-laicite.org).
    assert (
        O + "trajectoire-ressources",
        "labelled",
        "2008",
        "https://bfc-laicite.org/trajectoire-ressources/",
    ) in facts


def test_every_centre_of_the_fact_sheet_is_listed(cli: Cli) -> None:
    centres = {r["centre"] for r in query_rows(cli, "centres")}
    expected = {
        "irev", "profession-banlieue", "pole-ressources-95", "crpv-essonne", "crpv-paris",
        "labo-cites", "oriv", "reso-villes", "villes-au-carre", "pqn-a", "crpv-paca",
        "trajectoire-ressources", "villes-et-territoires-occitanie", "normanvilles",
        "ville-caraibe", "crpv-guyane", "maore-ouvoimoja", "crpv-guadeloupe", "ressources-urbaines",
    }  # fmt: skip
    assert {O + name for name in expected} <= centres


def test_presidents_and_directors_over_time(cli: Cli) -> None:
    rows = query_rows(cli, "leadership")
    seen = {(r["centre"], r["person"], r["role"].rsplit("/", 1)[1]) for r in rows}
    assert (O + "reso-villes", P + "ouided-ayad", "director") in seen
    assert (O + "reso-villes", P + "isabelle-melscoet", "president") in seen
    assert (O + "profession-banlieue", P + "marc-ratsimba", "president") in seen
    assert (O + "villes-au-carre", P + "cecile-dublanche", "director") in seen
    assert (O + "irev", P + "antoine-sillani", "chair-of-assembly") in seen
    ayad = [r for r in rows if r["person"] == P + "ouided-ayad"]
    assert {r["begin"] for r in ayad} == {"2024-01"}
    assert {r["source"] for r in ayad} == {
        "https://resovilles.com/le-projet-associatif-de-reso-villes-2024-2030"
    }


def test_participants_of_the_october_2021_meeting_by_role(cli: Cli) -> None:
    rows = query_rows(cli, "event-participants")
    roles = {(r["agent"], r["role"]) for r in rows}
    assert (O + "accolades", "facilitator") in roles
    assert (P + "francois-antoine-mariani", "speaker") in roles
    assert (O + "anct-dgd-pv", "participant") in roles
    assert (O + "irev", "participant") in roles
    assert (O + "sgar", "participant") in roles
    assert (O + "dreets", "participant") in roles


def test_sub_events_of_the_october_2021_meeting_and_topics(cli: Cli) -> None:
    rows = query_rows(cli, "event-subevents")
    kinds = [r["kind"].replace("#", "/").rsplit("/", 1)[1] for r in rows]
    assert kinds.count("RoundTable") == 3
    assert "OpenForum" in kinds
    themes = " | ".join(r["themes"] for r in rows)
    for theme in ("outre-mer", "crise sanitaire", "cités éducatives"):
        assert theme in themes


def test_animating_body_is_the_cget_in_2019_and_no_source_says_for_other_years(cli: Cli) -> None:
    # Only the Banque des Territoires article (2019) says the CGET animates the network ("dont
    # il assure l'animation nationale"); invitation, co-organisation and labelling are not
    # animation (issue 14).
    def bodies(year: int) -> list[tuple[str, str]]:
        rows = query_rows(cli, "network-animator", "--param", f"year={year}")
        return [(r["body"], r["note"]) for r in rows]

    assert bodies(2019) == [(O + "cget", "stated for this year")]
    for year in (2018, 2020, 2022):
        assert bodies(year) == [
            ("", f"no source says who animated the network in {year}"),
            (O + "cget", f"stated for 2019, not for {year}"),
        ]


def test_anct_absorbed_cget_epareca_and_agence_du_numerique(cli: Cli) -> None:
    rows = query_rows(cli, "absorbed-bodies", "--param", "body=o:anct")
    assert {r["original"] for r in rows} == {O + "cget", O + "epareca", O + "agence-du-numerique"}
    assert all("2020-01-01" in r["dates"] for r in rows)


def test_partners_at_2018_and_2021_meetings_count_successors(cli: Cli) -> None:
    rows = query_rows(cli, "partners-in-common", "--param", "first=2018", "--param", "second=2021")
    partners = {r["partner"]: r for r in rows}
    assert O + "anct" in partners
    # The bodies it took part as, by their display labels (their full names).
    assert "Commissariat général à l'égalité des territoires" in partners[O + "anct"]["asInFirst"]
    assert "Établissement public national d'aménagement" in partners[O + "anct"]["asInFirst"]
    assert O + "irev" not in partners  # a centre is not a partner


def test_regional_state_services_of_a_centre(cli: Cli) -> None:
    rows = query_rows(cli, "centre-state-services", "--param", "centre=o:oriv")
    assert {r["service"] for r in rows} == {O + "sgar-44", O + "dreets-44"}
    idf = query_rows(cli, "centre-state-services", "--param", "centre=o:profession-banlieue")
    assert {r["service"] for r in idf} == {O + "sgar-11", O + "drieets-11"}
    overseas = query_rows(cli, "centre-state-services", "--param", "centre=o:ville-caraibe")
    assert {r["service"] for r in overseas} == {O + "sgar-02", O + "deets-02"}


def test_sources_of_a_statement_keep_disagreements(cli: Cli) -> None:
    rows = query_rows(
        cli,
        "statement-sources",
        "--param",
        "subject=o:eru",
        "--param",
        "predicate=schema:foundingDate",
    )
    by_year = {r["object"]: r["source"] for r in rows}
    assert set(by_year) == {"2004", "2005"}
    assert "union-habitat.org" in by_year["2004"]
    jallet = query_rows(
        cli, "statement-sources",
        "--param", "subject=m:sebastien-jallet--cget--commissaire-general-delegue",
        "--param", "predicate=crpv:statedTitle",
    )  # fmt: skip
    assert [r["source"] for r in jallet] == ["https://irev.fr/node/233726"]
    assert jallet[0]["issued"] == "2018-06-20"
    assert jallet[0]["publisher"] == O + "irev"
