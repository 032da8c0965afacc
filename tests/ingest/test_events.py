"""The event an article reports, read from the whole article: kinds from the ontology's names,
dates anywhere in the text or the title, partial dates resolved against the article's date, and
the graph's own event found before a new one is proposed."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from crpv_graph.ingest import Ingester, read_article
from crpv_graph.ingest.article import Article
from crpv_graph.ingest.events import EventFinder, GraphEvent, ReportedEvent
from crpv_graph.ingest.recognise import find_dates
from crpv_graph.namespaces import CRPV, PREFIXES
from crpv_graph.paths import default_ontology_dir
from crpv_graph.store import dataset
from tests.helpers import SHARED

SOURCES = SHARED / "sources"
ARTICLE_2018 = SOURCES / "2018-06-20-irev-barcamp-crpv.txt"
ARTICLE_2021 = SOURCES / "2021-11-02-irev-regroupement-national-crpv.txt"
needs_sources = pytest.mark.skipif(not SOURCES.is_dir(), reason="../shared/sources absent")
EV, PL = PREFIXES["ev"], PREFIXES["pl"]
SCHEMA, XSD = "https://schema.org/", PREFIXES["xsd"]
RDF_TYPE = PREFIXES["rdf"] + "type"
ORG = "https://w3id.org/crpv/id/organization/"


@pytest.fixture(scope="module")
def finder(real_dataset: dataset.LoadedDataset) -> EventFinder:
    return EventFinder.from_graph(real_dataset.store)


def event_of(finder: EventFinder, body: str, date: str = "", title: str = "") -> ReportedEvent:
    """The event of a small article, its dates as the ingest finds them."""
    article = Article(body=body, url="https://example.org/a", date=date, title=title)
    event = finder.reported(article, find_dates(body))
    assert event is not None, body
    return event


@pytest.mark.parametrize(
    ("body", "kind", "start"),
    [
        ("L'assemblée générale du GIP s'est tenue le 3 avril 2019.", "GeneralAssembly", "2019-04-03"),
        ("Une journée consacrée aux conseils citoyens a eu lieu le 9 mai 2019.", "NetworkGathering", "2019-05-09"),
        ("La rencontre régionale des acteurs s'est déroulée le 12 mars 2019.", "NetworkGathering", "2019-03-12"),
        ("Le regroupement des équipes aura lieu le 7 février 2019.", "NetworkGathering", "2019-02-07"),
        ("Un séminaire sur l'évaluation est prévu le 5 décembre 2019.", "NetworkGathering", "2019-12-05"),
        ("Le regroupement annuel des centres a eu lieu le 4 juillet 2019.", "NationalMeeting", "2019-07-04"),
    ],
)  # fmt: skip
def test_the_kinds_the_old_trigger_list_missed_are_found_from_the_ontologys_names(
    finder: EventFinder, body: str, kind: str, start: str
) -> None:
    event = event_of(finder, body)
    assert (event.kind, event.start) == (str(CRPV[kind]), start)


def test_national_after_a_trigger_makes_it_a_national_meeting(finder: EventFinder) -> None:
    event = event_of(finder, "Le séminaire annuel national des centres a eu lieu le 4 avril 2019.")
    assert event.kind == str(CRPV.NationalMeeting)


def test_a_date_in_another_sentence_of_the_paragraph_dates_the_event(finder: EventFinder) -> None:
    body = (
        "Le 5 mars 2019, les équipes étaient à Lyon. Le séminaire a porté sur "
        "l'évaluation des contrats de ville.\n\nUn autre paragraphe, sans date."
    )
    event = event_of(finder, body)
    assert (event.kind, event.start) == (str(CRPV.NetworkGathering), "2019-03-05")
    assert event.confidence < 0.8, "a date of another sentence is a looser pairing"
    assert event.evidence == "Le séminaire a porté sur l'évaluation des contrats de ville."


def test_a_day_and_month_without_a_year_take_the_articles_year(finder: EventFinder) -> None:
    body = "Les 14 et 15 juin, les centres ont tenu leur séminaire à Paris."
    event = event_of(finder, body, date="2019-06-20")
    assert (event.start, event.end) == ("2019-06-14", "2019-06-15")
    autumn = event_of(finder, "Le séminaire du 12 décembre a réuni les centres.", "2020-01-10")
    assert autumn.start == "2019-12-12", "December read in January is last December"


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Le séminaire des centres aura lieu le 8 fév. 2024 à Lyon.", "2024-02-08"),
        ("Journée régionale : jeudi 14/03/2019, à Marseille, de 9h à 17h.", "2019-03-14"),
        ("Rencontre régionale des acteurs de la ville, le 3.12.2019.", "2019-12-03"),
        ("Les équipes se retrouvent en séminaire le 12 déc. à Nantes.", "2019-12-12"),
    ],
)  # fmt: skip
def test_a_month_shortened_with_its_dot_or_a_date_in_figures_dates_the_event(
    finder: EventFinder, body: str, start: str
) -> None:
    assert event_of(finder, body, date="2019-11-20").start == start


def test_seven_is_no_month_and_a_date_in_figures_needs_its_year() -> None:
    body = "Le séminaire a réuni sept équipes le 14/06, score 3/5."
    assert find_dates(body) == []


def test_the_pages_publication_date_in_figures_dates_no_event(finder: EventFinder) -> None:
    body = "Retour sur la journée des centres.\n\nPublié le 20/06/2018"
    article = Article(body=body, url="https://example.org/a", date="2018-06-20")
    assert finder.reported(article, find_dates(body)) is None


def test_an_undated_page_is_dated_by_a_full_date_in_its_text(finder: EventFinder) -> None:
    body = "Retour sur la journée d'étude.\n\nElle s'est tenue le 12 octobre 2017 à Nantes."
    event = event_of(finder, body)
    assert (event.kind, event.start) == (str(CRPV.NetworkGathering), "2017-10-12")
    assert event.confidence == 0.45, "a date no trigger claimed: the loosest pairing"


def test_a_day_and_month_on_an_undated_page_date_nothing(finder: EventFinder) -> None:
    article = Article(body="Le séminaire du 14 juin.", url="https://example.org/a")
    assert finder.reported(article, find_dates(article.body)) is None


def test_the_pages_own_publication_date_dates_no_event(finder: EventFinder) -> None:
    body = "Retour sur la journée des centres.\n\nPublié le 20 juin 2018"
    article = Article(body=body, url="https://example.org/a", date="2018-06-20")
    assert finder.reported(article, find_dates(body)) is None


def test_the_title_dates_a_trigger_of_the_body(finder: EventFinder) -> None:
    title = "Retour sur le 8 octobre 2019"
    event = event_of(finder, "Le colloque a réuni cent personnes.", title=title)
    assert (event.start, event.evidence) == ("2019-10-08", "Le colloque a réuni cent personnes.")
    start = next(s for s in event.statements if s.predicate == SCHEMA + "startDate")
    assert start.evidence == title


def test_a_name_added_to_the_ontology_is_a_trigger_without_code() -> None:
    store = ox.Store()
    store.load(path=str(default_ontology_dir() / "crpv.ttl"), format=ox.RdfFormat.TURTLE)
    body = "Le symposium des centres s'est tenu le 3 mai 2019."
    article = Article(body=body, url="https://example.org/a")
    assert EventFinder.from_graph(store).reported(article, find_dates(body)) is None
    store.add(ox.Quad(ox.NamedNode(str(CRPV.GeneralAssembly)),
                      ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel"),
                      ox.Literal("symposium", language="fr")))  # fmt: skip
    event = EventFinder.from_graph(store).reported(article, find_dates(body))
    assert event is not None
    assert (event.kind, event.start, event.name) == (str(CRPV.GeneralAssembly), "2019-05-03",
                                                     "Symposium")  # fmt: skip


def test_a_meeting_is_preferred_to_the_round_table_it_holds(finder: EventFinder) -> None:
    body = (
        "Le 9 avril 2019, une table ronde a réuni les partenaires.\n\n"
        "Le 10 avril 2019, la journée était consacrée aux perspectives."
    )
    event = event_of(finder, body)
    assert (event.kind, event.start) == (str(CRPV.NetworkGathering), "2019-04-10")


def test_the_event_has_its_type_and_dates_as_typed_statements(finder: EventFinder) -> None:
    event = event_of(finder, "Le regroupement annuel a eu lieu du 3 au 4 juillet 2019.")
    found = {(s.predicate, s.object, s.datatype) for s in event.statements}
    assert found == {
        (RDF_TYPE, str(CRPV.NationalMeeting), ""),
        (SCHEMA + "startDate", "2019-07-03", XSD + "date"),
        (SCHEMA + "endDate", "2019-07-04", XSD + "date"),
    }
    month = event_of(finder, "En juin 2019, le regroupement annuel a réuni les centres.")
    assert {(s.object, s.datatype) for s in month.statements if s.datatype} == {
        ("2019-06", XSD + "gYearMonth")
    }


def test_a_month_without_a_day_is_linked_to_the_graphs_event_of_that_month(
    finder: EventFinder,
) -> None:
    event = event_of(finder, "En juin 2018, le regroupement annuel a réuni les centres.")
    assert (event.start, event.iri) == ("2018-06", EV + "2018-06-rencontre-nationale")


def test_a_loose_word_for_an_event_the_graph_holds_takes_the_graphs_kind(
    finder: EventFinder,
) -> None:
    # facts.md §0: the 19 CRPVs met in Paris in June 2018 (the graph's national meeting); a
    # "rencontre" says only a gathering.
    event = event_of(finder, "En juin 2018, une rencontre a réuni à Paris les dix-neuf centres.")
    assert event.iri == EV + "2018-06-rencontre-nationale"
    assert event.kind == str(CRPV.NationalMeeting)
    types = {s.object for s in event.statements if s.predicate == RDF_TYPE}
    assert types == {str(CRPV.NationalMeeting)}
    unlinked = event_of(finder, "En juin 2015, une rencontre a réuni à Paris les centres.")
    assert (unlinked.iri, unlinked.kind) == (None, str(CRPV.NetworkGathering))


def test_a_general_assembly_is_linked_to_the_graphs_event_of_a_broader_class(
    finder: EventFinder,
) -> None:
    body = "L'assemblée générale de l'IREV s'est tenue le mercredi 28 novembre à Lille."
    event = event_of(finder, body, date="2018-12-03")
    assert (event.kind, event.start) == (str(CRPV.GeneralAssembly), "2018-11-28")
    assert event.iri == EV + "2018-11-28-irev-assemblee-generale"  # a schema:Event in the data


def test_the_place_chooses_between_two_events_of_one_day(finder: EventFinder) -> None:
    events = [
        GraphEvent(EV + "a", "2019-05-03", "", str(CRPV.NetworkGathering), PL + "lyon"),
        GraphEvent(EV + "b", "2019-05-03", "", str(CRPV.NetworkGathering), PL + "paris"),
    ]
    two = EventFinder(finder.vocabulary, events)
    assert two.link("2019-05-03", str(CRPV.NetworkGathering), PL + "paris") == events[1]
    assert two.link("2019-05-03", str(CRPV.NetworkGathering), PL + "lyon") == events[0]
    assert two.link("2019-05-04", str(CRPV.NetworkGathering), PL + "lyon") is None


@needs_sources
def test_the_2018_article_is_linked_to_the_graphs_meeting_of_june_2018(ingester: Ingester) -> None:
    draft = ingester.draft(read_article(str(ARTICLE_2018)))
    event = draft.extraction.event
    assert event is not None
    assert event.iri == EV + "2018-06-rencontre-nationale"
    assert (event.kind, event.start, event.end) == (str(CRPV.NationalMeeting), "2018-06-14",
                                                    "2018-06-15")  # fmt: skip
    assert event.place == PL + "paris"
    assert event.name == "Regroupement annuel"
    trig = draft.as_trig()
    date = f'ev:2018-06-rencontre-nationale schema:startDate "2018-06-14"^^<{XSD}date> .'
    assert date in trig
    assert "ev:2018-06-rencontre-nationale rdf:type crpv:NationalMeeting ." in trig


@needs_sources
def test_the_2021_article_is_linked_to_the_sixth_national_meeting(ingester: Ingester) -> None:
    event = ingester.draft(read_article(str(ARTICLE_2021))).extraction.event
    assert event is not None
    assert event.iri == EV + "2021-10-rencontre-nationale"
    assert (event.kind, event.start, event.end) == (str(CRPV.NationalMeeting), "2021-10-21",
                                                    "2021-10-22")  # fmt: skip
    assert event.name == "6ème rencontre nationale"


@needs_sources
def test_a_new_event_is_minted_when_the_graph_has_none_that_day(ingester: Ingester) -> None:
    article = read_article(str(ARTICLE_2018), date="2019-06-20")  # "les 14 et 15 juin" of 2019
    draft = ingester.draft(article)
    event = draft.extraction.event
    assert event is not None and event.iri is None and event.start == "2019-06-14"
    assert draft.event_iri is not None and draft.event_iri.startswith(EV)
    assert draft.event_iri not in ingester.gazetteer.entities
    assert f"{draft.event_iri.replace(EV, 'ev:')} a crpv:NationalMeeting" in draft.as_trig()


@pytest.mark.parametrize(
    ("body", "places"),
    [
        (
            "Les 14 et 15 juin 2018, la rencontre nationale a accueilli à Paris Jean-Luc Rigaut, "
            "maire d'Annecy.",
            [PL + "paris"],
        ),
        (
            "Les 14 et 15 juin 2018, la rencontre nationale a accueilli Jean-Luc Rigaut, "
            "maire d'Annecy.",
            [],
        ),
    ],
)
def test_a_place_named_in_a_title_is_not_where_the_event_is_held(
    ingester: Ingester, body: str, places: list[str]
) -> None:
    article = Article(body=body, url="https://example.org/a", date="2018-06-20")
    statements = ingester.draft(article).extraction.statements
    assert [s.object for s in statements if s.relation == "location"] == places


def test_an_event_told_in_the_pluperfect_is_not_the_one_reported(finder: EventFinder) -> None:
    # facts.md: "A trial association ... held its founding assembly on 29 May 2007"; "It was
    # launched on 9 October 2007 in Poitiers."
    body = ("Une association de préfiguration avait tenu son assemblée constitutive le 29 mai "
            "2007. Le lancement du centre a eu lieu le 9 octobre 2007 à Poitiers.")  # fmt: skip
    event = event_of(finder, body)
    # the launch, which the graph holds as a gathering of the network
    assert (event.kind, event.start) == (str(CRPV.NetworkGathering), "2007-10-09")


def test_the_lead_event_nearest_the_articles_date_is_reported(finder: EventFinder) -> None:
    # facts.md: the general assemblies of the IREV of 28 Nov 2018 (chaired by Daniel Barnier) and
    # of 24 March 2017 (which admitted Lens-Liévin, Valenciennes Métropole, the Pays noyonnais).
    body = ("L'assemblée générale du 28 novembre a été présidée par Daniel Barnier.\n\n"
            "Lors de l'assemblée générale du 24 mars 2017, le groupement a admis Lens-Liévin, "
            "Valenciennes Métropole et le Pays noyonnais.")  # fmt: skip
    assert event_of(finder, body, date="2018-12-03").start == "2018-11-28"
    background_first = ("Lors de l'assemblée générale du 24 mars 2017, le groupement a admis "
                        "Lens-Liévin. L'assemblée générale du 28 novembre a été présidée par "
                        "Daniel Barnier.")  # fmt: skip
    assert event_of(finder, background_first, date="2018-12-03").start == "2018-11-28"


def test_a_signature_is_an_event_of_no_narrower_kind(finder: EventFinder) -> None:
    # facts.md: "It was signed on 16 July 2018 at Matignon by Prime Minister Édouard Philippe".
    event = event_of(finder, "Le Pacte de Dijon a reçu le 16 juillet la signature du Premier "
                     "ministre, Édouard Philippe.", date="2018-07-17")  # fmt: skip
    assert (event.kind, event.start) == ("https://schema.org/Event", "2018-07-16")


def drafted(ingester: Ingester, body: str, date: str) -> ReportedEvent:
    """The event of a small article, with the names the ingest finds in it."""
    event = ingester.draft(
        Article(body=body, url="https://example.org/a", date=date)
    ).extraction.event
    assert event is not None, body
    return event


def test_people_who_met_make_a_gathering_with_its_place(ingester: Ingester) -> None:
    # facts.md: "Oct 2022 | 19 CRPVs gathered in Strasbourg" ("les 20 et 21 octobre 2022 se sont
    # réunis à Strasbourg les 19 centres de ressources").
    body = "Les 20 et 21 octobre, les 19 centres de ressources se sont réunis à Strasbourg."
    event = drafted(ingester, body, "2022-10-27")
    # a gathering, which the graph holds as the national meeting of those days
    assert (event.kind, event.start, event.end) == (
        str(CRPV.NationalMeeting), "2022-10-20", "2022-10-21")  # fmt: skip
    assert event.place == PL + "strasbourg"


def test_a_body_holding_its_own_assembly_organised_it(ingester: Ingester) -> None:
    # facts.md: Profession Banlieue's Bénédicte Madelin "handed over to Damien Bertrand at the
    # general assembly of Thursday 3 April (2014)"; facts.md: "The founding assembly of the
    # association was held on 28 March 2013 in Montpellier" (Villes et Territoires).
    body = ("Pour son assemblée générale du jeudi 3 avril, Profession Banlieue a accueilli ses "
            "adhérents.")  # fmt: skip
    event = drafted(ingester, body, "2014-04-10")
    assert event.start == "2014-04-03"
    organizers = {s.object for s in event.statements if s.predicate == SCHEMA + "organizer"}
    assert organizers == {"https://w3id.org/crpv/id/organization/profession-banlieue"}
    founded = drafted(ingester, "L'association a tenu son assemblée constitutive le 28 mars 2013.",
                      "2013-04-03")  # fmt: skip
    assert (founded.kind, founded.start) == (str(CRPV.GeneralAssembly), "2013-03-28")


@pytest.mark.parametrize(
    ("page", "sentence"),
    [
        ("Profession Banlieue, centre de ressources de la Seine-Saint-Denis\n\nVie associative",
         "Le 7 avril 2011, l'assemblée générale a renouvelé le bureau."),
        ("Profession Banlieue – Notre histoire", "Notre assemblée générale s'est tenue le 7 avril "
         "2011 à Saint-Denis."),
        ("Profession Banlieue\n\nActualités", "Jeudi 7 avril 2011 : assemblée générale annuelle, "
         "suivie d'un débat."),
    ],
)  # fmt: skip
def test_an_assembly_on_a_bodys_own_page_naming_no_body_is_that_bodys(
    ingester: Ingester, page: str, sentence: str
) -> None:
    # facts.md: "the board elected on 7 April 2011" (Profession Banlieue's general assembly).
    event = drafted(ingester, f"{page}\n\n{sentence}", "2011-04-12")
    assert event.start == "2011-04-07"
    organizers = {s.object for s in event.statements if s.predicate == SCHEMA + "organizer"}
    assert organizers == {"https://w3id.org/crpv/id/organization/profession-banlieue"}


def test_an_assembly_on_a_page_about_two_bodies_has_no_organiser_by_the_page(
    ingester: Ingester,
) -> None:
    # The same fact on a page whose first line names two bodies: whose assembly is not said.
    body = ("Profession Banlieue et l'IREV\n\nLe 7 avril 2011, l'assemblée générale a renouvelé "
            "le bureau.")  # fmt: skip
    event = drafted(ingester, body, "2011-04-12")
    assert not [s for s in event.statements if s.predicate == SCHEMA + "organizer"]


def test_those_who_gather_for_leur_regroupement_did_not_organise_it(finder: EventFinder) -> None:
    # facts.md: "the 19 CRPVs met in Paris on 14–15 June (2018), at the CGET's invitation, for
    # their annual gathering".
    body = ("Les 14 et 15 juin, les centres de ressources politique de la ville se sont retrouvés "
            "à Paris pour leur regroupement annuel.")  # fmt: skip
    event = event_of(finder, body, date="2018-06-20")
    assert event.kind == str(CRPV.NationalMeeting)
    assert not [s for s in event.statements if s.predicate == SCHEMA + "organizer"]


def test_an_assembly_of_a_body_or_of_its_members_is_organised_by_that_body(
    ingester: Ingester,
) -> None:
    # facts.md: "The general assembly of Tuesday 21 March (2023 ...) was chaired by Antoine
    # Sillani"; facts-part3.md (ORIV): "The current board was elected at the general assembly of
    # 13 May 2024."
    of_body = drafted(ingester, "Mardi 21 mars, l'assemblée générale de l'IREV a adopté le "
                      "bilan 2022.", "2023-03-24")  # fmt: skip
    members = drafted(ingester, "Les adhérents de l'ORIV étaient réunis le 13 mai pour leur "
                      "assemblée générale.", "2024-05-20")  # fmt: skip
    for event, body in ((of_body, "irev"), (members, "oriv")):
        organizers = {s.object for s in event.statements if s.predicate == SCHEMA + "organizer"}
        assert organizers == {"https://w3id.org/crpv/id/organization/" + body}


def test_a_gathering_of_a_network_is_not_organised_by_the_network(ingester: Ingester) -> None:
    # facts.md: "Oct 2022 | 19 CRPVs gathered in Strasbourg", "co-organised with ANCT".
    event = drafted(ingester, "Les 20 et 21 octobre, la rencontre nationale du réseau national "
                    "des CRPV s'est tenue à Strasbourg.", "2022-10-27")  # fmt: skip
    assert not [s for s in event.statements if s.predicate == SCHEMA + "organizer"]


def test_a_date_after_depuis_dates_no_event(finder: EventFinder) -> None:
    # facts.md: the CRPVs' "annual gathering"; the ANCT, operational since 1 January 2020.
    body = ("Une rencontre nationale réunit chaque année les centres de ressources, qui "
            "travaillent avec l'ANCT depuis le 1er janvier 2020.")  # fmt: skip
    article = Article(body=body, url="https://example.org/a", date="2021-11-25")
    assert finder.reported(article, find_dates(body)) is None


def test_the_date_of_an_earlier_meeting_after_depuis_celle_de_dates_no_event(
    ingester: Ingester,
) -> None:
    # facts.md §5: "21–22 Oct 2021 | Paris | 6th national meeting | first in-person meeting
    # since June 2019".
    body = ("6e rencontre nationale des centres de ressources politique de la ville\n"
            "Paris, 21 et 22 octobre 2021\n\n"
            "Ce sera la première rencontre en présentiel depuis celle de juin 2019.")  # fmt: skip
    event = drafted(ingester, body, "2021-10-01")
    assert (event.start, event.end) == ("2021-10-21", "2021-10-22")


def test_notre_assemblee_generale_is_organised_by_the_publisher(ingester: Ingester) -> None:
    # facts.md 92: the IREV's general assembly of Tuesday 21 March 2023 adopted the 2022 report.
    body = "Le mardi 21 mars 2023, notre assemblée générale a adopté le bilan 2022."
    for publisher, expected in (("IREV (Institut régional de la ville)", [ORG + "irev"]), ("", [])):
        article = Article(body=body, url="https://example.org/a", date="2023-03-22",
                          publisher=publisher)  # fmt: skip
        event = ingester.draft(article).extraction.event
        assert event is not None
        organisers = [s.object for s in event.statements if s.predicate == SCHEMA + "organizer"]
        assert organisers == expected, publisher


def test_the_place_said_as_where_wins_over_one_named_nearer(ingester: Ingester) -> None:
    # facts.md: the 2018 gathering in Paris; "25–26 June 2019 (reception from 24 June) | Nantes".
    body = ("C'est à Nantes, après Paris en 2018, que les centres de ressources se sont "
            "retrouvés, les 25 et 26 juin.")  # fmt: skip
    event = drafted(ingester, body, "2019-07-01")
    assert event.place == PL + "nantes"


def test_a_place_after_the_building_it_is_held_in_is_where(ingester: Ingester) -> None:
    # facts-part3.md: the convention constitutive "was signed on Thursday 11 April 2019 at 9:00,
    # in the DIIC meeting room of the Mamoudzou prefecture".
    body = "Jeudi 11 avril, la convention constitutive a été signée à la préfecture de Mamoudzou."
    assert drafted(ingester, body, "2019-04-15").place == PL + "mamoudzou"


def test_the_bodies_an_events_name_gathers_attended(ingester: Ingester) -> None:
    # facts.md §0: "25–26 Jun 2019 | Nantes | third national meeting, hosted by RésO Villes".
    body = ("Les 25 et 26 juin 2019, Nantes a accueilli la troisième rencontre nationale des "
            "centres de ressources politique de la ville.")  # fmt: skip
    article = Article(body=body, url="https://example.org/a", date="2019-06-28")
    statements = ingester.draft(article).extraction.statements
    attendees = {s.object for s in statements if s.relation == "attendee"}
    assert attendees == {ORG + "centres-de-ressources"}


def test_a_body_whose_own_day_it_is_did_not_attend_by_its_name(ingester: Ingester) -> None:
    # facts.md: "the ANRU day of Thursday 8 Feb (2024) in Aubervilliers".
    body = "Le jeudi 8 février 2024, la journée de l'ANRU s'est tenue à Aubervilliers."
    article = Article(body=body, url="https://example.org/a", date="2024-02-12")
    statements = ingester.draft(article).extraction.statements
    assert not [s for s in statements if s.relation == "attendee"]


def test_a_kinds_name_qualifying_a_noun_is_no_event(finder: EventFinder) -> None:
    # facts.md §1: "20, ~Nov 2017 (CGET feature)", a presentation document of the network.
    body = (
        "Dans un document de présentation publié le 10 novembre 2017, le CGET compte vingt centres."
    )
    article = Article(body=body, url="https://example.org/a", date="2017-12-06")
    assert finder.reported(article, find_dates(body)) is None
    told = "La présentation du bilan des centres a eu lieu le 10 novembre 2017."
    assert event_of(finder, told, "2017-12-06").kind == str(CRPV.Presentation)


def test_a_morning_of_exchanges_is_a_gathering_and_a_morning_of_a_day_is_none(
    finder: EventFinder,
) -> None:
    # facts.md §2: a centre's day of exchanges with its partners.
    event = event_of(finder, "Une matinée d'échanges est prévue le 5 mars 2019 à Lille.")
    assert (event.kind, event.start) == (str(CRPV.NetworkGathering), "2019-03-05")
    body = "Le rapport a été publié dans la matinée du 5 mars 2019."
    article = Article(body=body, url="https://example.org/a", date="2019-03-06")
    assert finder.reported(article, find_dates(body)) is None


def test_a_history_of_several_past_events_reports_none(finder: EventFinder) -> None:
    # facts.md: Villes et Territoires' founding assembly of 28 March 2013 in Montpellier;
    # facts-part3.md: the GIP of Mayotte's founding agreement, signed on 11 April 2019: a
    # chronology written years later.
    body = ("Villes et Territoires a tenu son assemblée constitutive le 28 mars 2013 à "
            "Montpellier. À Mayotte, la convention constitutive du GIP a été signée le 11 avril "
            "2019.")  # fmt: skip
    article = Article(body=body, url="https://example.org/a", date="2022-01-10")
    assert finder.reported(article, find_dates(body)) is None
    titled = event_of(
        finder, body, date="2022-01-10", title="Retour sur une assemblée constitutive"
    )
    assert titled.start == "2013-03-28"


def test_one_past_event_or_a_recent_one_beside_a_history_is_reported(finder: EventFinder) -> None:
    # facts.md: the founding assembly of Villes et Territoires, 28 March 2013 in Montpellier.
    alone = "Villes et Territoires a tenu son assemblée constitutive le 28 mars 2013."
    assert event_of(finder, alone, date="2022-01-10").start == "2013-03-28"
    recent = ("Villes au Carré a tenu son assemblée générale le 28 juin 2022. Son assemblée "
              "constitutive avait eu lieu le 29 mai 2007.")  # fmt: skip
    assert event_of(finder, recent, date="2022-07-04").start == "2022-06-28"


def test_a_body_inaugurating_its_own_premises_organised_the_inauguration(
    ingester: Ingester,
) -> None:
    # facts.md: ANRU's move to Pantin "was inaugurated on 7 July (2022) with Olivier Klein".
    body = "Le 7 juillet, l'ANRU a inauguré ses nouveaux locaux à Pantin avec le ministre."
    draft = ingester.draft(Article(body=body, url="https://example.org/a", date="2022-07-08"))
    event = draft.extraction.event
    assert event is not None and event.start == "2022-07-07"
    assert {s.object for s in draft.extraction.statements
            if s.predicate == SCHEMA + "organizer"} == {ORG + "anru"}  # fmt: skip
    passive = drafted(ingester, "Le siège de l'ANRU a été inauguré le 7 juillet.", "2022-07-08")
    assert (passive.kind, passive.start) == (SCHEMA + "Event", "2022-07-07")


def test_who_inaugurates_anothers_premises_did_not_organise(ingester: Ingester) -> None:
    body = "Le 7 juillet, Olivier Klein a inauguré le siège de l'ANRU à Pantin."
    draft = ingester.draft(Article(body=body, url="https://example.org/a", date="2022-07-08"))
    assert draft.extraction.event is not None
    assert not [s for s in draft.extraction.statements if s.predicate == SCHEMA + "organizer"]


def test_a_body_met_in_congress_organised_it(ingester: Ingester) -> None:
    # facts.md: Jean-Luc Rigaut, "President of the ADCF from 4 Oct 2017 (convention in Nantes)".
    body = ("Réunie en congrès le 4 octobre à Nantes, l'AdCF a porté Jean-Luc Rigaut à sa "
            "présidence.")  # fmt: skip
    draft = ingester.draft(Article(body=body, url="https://example.org/a", date="2017-10-06"))
    event = draft.extraction.event
    assert event is not None
    assert (event.kind, event.start, event.place) == (SCHEMA + "Event", "2017-10-04", PL + "nantes")
    assert {s.object for s in draft.extraction.statements
            if s.predicate == SCHEMA + "organizer"} == {ORG + "adcf"}  # fmt: skip


def test_two_days_each_with_its_weekday_date_the_event_from_the_first(finder: EventFinder) -> None:
    # facts.md: the AdCF's "convention of 14–15 October 2021 in Clermont-Ferrand".
    body = "L'AdCF a tenu son congrès le jeudi 14 et le vendredi 15 octobre à Clermont-Ferrand."
    event = event_of(finder, body, date="2021-10-20")
    assert (event.start, event.end) == ("2021-10-14", "2021-10-15")
    other = "Le congrès de l'AdCF, prévu le 3 et reporté au vendredi 15 octobre, a eu lieu."
    assert event_of(finder, other, date="2021-10-20").end == ""


@pytest.mark.parametrize(
    "body",
    [
        "Créée par la loi n° 2019-753 du 22 juillet 2019, l'ANCT a réuni le CGET, l'Epareca et "
        "l'Agence du numérique.",
        "Le décret du 9 décembre 2020 a créé les DREETS ; la première réunion des services est "
        "prévue.",
        "Selon le Journal officiel du 2 décembre, la nomination est effective ; une cérémonie "
        "suivra.",
        "L'arrêté en date du 3 mai fixe la composition du comité ; un séminaire reste à organiser.",
    ],
)
def test_the_date_of_a_law_a_decree_or_a_journal_dates_no_event(
    finder: EventFinder, body: str
) -> None:
    # facts.md: "created by law n° 2019-753 of 22 July 2019"; "created by decree 2020-1545 of
    # 9 December 2020"; "whose appointment was published in the JO of 2 December".
    article = Article(body=body, url="https://example.org/a", date="2022-12-05")
    assert finder.reported(article, find_dates(body)) is None


def test_a_meeting_dated_beside_a_law_keeps_its_own_date(finder: EventFinder) -> None:
    # facts.md: the ANRU day of Thursday 8 Feb 2024; the NPNRU (law of 21 Feb 2014).
    body = ("L'ANRU, qui pilote le NPNRU depuis la loi du 21 février 2014, organise une journée "
            "le jeudi 8 février à Aubervilliers.")  # fmt: skip
    assert event_of(finder, body, date="2024-01-25").start == "2024-02-08"


@pytest.mark.parametrize(
    "body",
    [
        # a nomination, its hearing told as what came before it
        "Stanislas Bourron est nommé directeur général de l'ANCT. Le 16 novembre, après son "
        "audition, l'Assemblée nationale avait donné un avis favorable.",
        "Le Journal officiel a publié la nomination de Stanislas Bourron. Les députés l'avaient "
        "auditionné le mercredi 16 novembre 2022 ; la commission du Sénat l'avait approuvé avant.",
        "Nouveau directeur : Stanislas Bourron. Son audition du 16 novembre avait recueilli 36 "
        "voix pour.",
    ],
)
def test_an_event_told_only_in_the_pluperfect_is_no_reported_event(
    finder: EventFinder, body: str
) -> None:
    # facts.md: "the Assemblée nationale's favourable vote on his proposed appointment after his
    # hearing on Wednesday 16 November 2022 (36 for, 1 against)".
    article = Article(body=body, url="https://example.org/a", date="2022-12-05")
    assert finder.reported(article, find_dates(body)) is None


def test_an_event_told_in_the_pluperfect_and_again_in_the_past_is_reported(
    finder: EventFinder,
) -> None:
    # facts.md: the hearing of 16 November 2022 (above).
    body = ("Stanislas Bourron a été auditionné le 16 novembre 2022 par l'Assemblée nationale. "
            "Le Sénat l'avait approuvé avant.")  # fmt: skip
    assert event_of(finder, body, date="2022-11-20").start == "2022-11-16"


@pytest.mark.parametrize(
    ("body", "date", "start"),
    [
        ("Trois jours pour l'Europe : fin mai, Trajectoire Ressources a réuni les professionnels "
         "de la politique de la ville.", "2013-06-10", "2013-05"),
        ("Une journée d'information se tiendra début juin à Montbéliard.", "2013-05-20", "2013-06"),
        ("À la mi-octobre, les centres ont tenu leur séminaire à Lyon.", "2019-11-02", "2019-10"),
        ("Le séminaire de Trajectoire Ressources a eu lieu courant décembre.", "2014-01-15",
         "2013-12"),
        ("Fin mai 2013, Trajectoire Ressources a réuni les professionnels.", "2020-02-01",
         "2013-05"),
    ],
)  # fmt: skip
def test_a_part_of_a_month_without_its_year_dates_the_event_by_the_page(
    finder: EventFinder, body: str, date: str, start: str
) -> None:
    # facts.md: Trajectoire Ressources' "session-ressources Europe" of late May 2013, after a
    # first information day in November 2011.
    assert event_of(finder, body, date=date).start == start


@pytest.mark.parametrize(
    "body",
    [
        "Calendrier : les Engagements Quartiers 2030 doivent être signés avant le 30 juin 2024, "
        "puis évalués d'ici le 31 décembre 2027.",
        "La signature des nouveaux contrats de ville est attendue d'ici fin juin.",
        "Les candidatures au séminaire sont ouvertes jusqu'au 15 mars ; date limite : 15 mars.",
        "À compter du 1er avril 2021, les DREETS reprennent les missions des DIRECCTE ; leur "
        "lancement est prévu.",
    ],
)
def test_a_deadline_or_the_bound_of_a_state_dates_no_event(finder: EventFinder, body: str) -> None:
    # facts.md: the new contrats de ville, "Engagements Quartiers 2030", to be signed in 2024;
    # the DREETS "have existed since 1 April 2021".
    article = Article(body=body, url="https://example.org/a", date="2024-03-01")
    assert finder.reported(article, find_dates(body)) is None


@pytest.mark.parametrize(
    "body",
    [
        "L'ANRU fête ses vingt ans le jeudi 8 février à Aubervilliers.",
        "Le jeudi 8 février, l'ANRU convie les acteurs à Aubervilliers pour fêter ses vingt ans.",
        "Vingt ans de renouvellement urbain : rendez-vous le jeudi 8 février à Aubervilliers.",
        "Les centres de ressources ont rendez-vous à Aubervilliers le jeudi 8 février.",
        "L'agence célébrera ses vingt ans à Aubervilliers, jeudi 8 février.",
    ],
)
def test_an_anniversary_or_a_rendez_vous_announced_is_an_event(
    finder: EventFinder, body: str
) -> None:
    # facts.md: "the ANRU day of Thursday 8 Feb (2024) in Aubervilliers", for twenty years of
    # urban renewal.
    assert event_of(finder, body, date="2024-01-25").start == "2024-02-08"


def test_a_rendez_vous_on_a_website_is_no_event(finder: EventFinder) -> None:
    # facts.md: the national network of the CRPV and its website.
    body = "Rendez-vous sur le site du réseau national des CRPV, mis à jour le 3 février 2024."
    article = Article(body=body, url="https://example.org/a", date="2024-02-05")
    assert finder.reported(article, find_dates(body)) is None


@pytest.mark.parametrize(
    "body",
    [
        "L'ANRU a inauguré jeudi 7 juillet son siège de Pantin, en Seine-Saint-Denis.",
        "Les locaux de Pantin, en Seine-Saint-Denis, ont été inaugurés le 7 juillet par l'ANRU.",
        "Le 7 juillet, l'ANRU a inauguré ses nouveaux locaux de Pantin (Seine-Saint-Denis).",
        "Inauguration le 7 juillet, en Seine-Saint-Denis, à la mairie de Pantin.",
    ],
)
def test_a_place_after_the_premises_it_is_held_in_is_where(ingester: Ingester, body: str) -> None:
    # facts.md: the ANRU's move to Pantin, "inaugurated on 7 July (2022)".
    assert drafted(ingester, body, "2022-07-12").place == PL + "pantin"


def test_a_place_after_an_office_or_a_posting_is_not_where(ingester: Ingester) -> None:
    # facts.md: Yves Le Breton "left for the Haute-Savoie prefecture"; the ANRU's Pantin seat.
    body = ("Le maire de Pantin a inauguré le 7 juillet la nouvelle agence, à Paris ; le préfet "
            "partait pour la préfecture de la Haute-Savoie.")  # fmt: skip
    assert drafted(ingester, body, "2022-07-12").place == PL + "paris"


@pytest.mark.parametrize(
    ("body", "date", "start"),
    [
        ("L'ANRU a inauguré jeudi son nouveau siège à Pantin.", "2022-07-08", "2022-07-07"),
        ("Jeudi dernier, l'agence a inauguré ses locaux de Pantin.", "2022-07-11", "2022-07-07"),
        ("L'ANRU organise jeudi prochain une journée à Aubervilliers.", "2024-02-01",
         "2024-02-08"),
        ("Une journée se tiendra jeudi à Aubervilliers, à l'initiative de l'ANRU.", "2024-02-05",
         "2024-02-08"),
    ],
)  # fmt: skip
def test_a_weekday_without_its_date_dates_the_event_in_the_pages_week(
    finder: EventFinder, body: str, date: str, start: str
) -> None:
    # facts.md: the ANRU's Pantin seat "inaugurated on 7 July (2022)"; the ANRU day of
    # Thursday 8 Feb 2024.
    assert event_of(finder, body, date=date).start == start


def test_the_days_of_a_week_or_a_habit_date_no_event(finder: EventFinder) -> None:
    # facts.md: RésO Villes, 2 rue Meuris, Nantes.
    body = ("Le centre de ressources accueille le public du lundi au vendredi ; le jeudi, "
            "l'équipe tient sa réunion.")  # fmt: skip
    article = Article(body=body, url="https://example.org/a", date="2024-02-05")
    assert finder.reported(article, find_dates(body)) is None


@pytest.mark.parametrize(
    "body",
    [
        "Appel à projets de l'ANCT : 15 janvier, lancement de l'appel ; 15 mars, clôture des "
        "candidatures ; 30 juin, annonce des lauréats.",
        "Calendrier de l'appel à projets\n- 15 janvier 2024 : lancement\n- 15 mars 2024 : clôture "
        "des candidatures\n- 30 juin 2024 : annonce des lauréats",
        "Les Engagements Quartiers 2030 seront lancés le 15 janvier, signés le 30 juin et "
        "évalués le 31 décembre.",
    ],
)
def test_a_calendar_of_dated_steps_reports_no_event(finder: EventFinder, body: str) -> None:
    # facts.md: the new contrats de ville, "Engagements Quartiers 2030", to be signed in 2024.
    article = Article(body=body, url="https://example.org/a", date="2024-01-10")
    assert finder.reported(article, find_dates(body)) is None


def test_an_event_beside_a_calendar_is_reported(finder: EventFinder) -> None:
    # facts.md: the ANRU day of 8 Feb 2024 in Aubervilliers; the contrats de ville of 2024.
    body = ("Le jeudi 8 février, l'ANRU organise une journée à Aubervilliers.\n\nCalendrier des "
            "contrats :\n- 15 janvier : lancement\n- 15 mars : dépôt\n- 30 juin : signature")  # fmt: skip
    assert event_of(finder, body, date="2024-01-25").start == "2024-02-08"


@pytest.mark.parametrize(
    "body",
    [
        "Le n° 62 des Cahiers du DSU est paru le 3 mai 2015 ; au sommaire, une table ronde.",
        "Parution le 3 mai 2015 du n° 62 des Cahiers, avec le compte rendu d'une table ronde.",
    ],
)
def test_the_date_a_publication_appeared_dates_no_event(finder: EventFinder, body: str) -> None:
    # facts.md: the Cahiers du Développement Social Urbain, edited in Lyon in 2015.
    article = Article(body=body, url="https://example.org/a", date="2015-05-10")
    assert finder.reported(article, find_dates(body)) is None


@pytest.mark.parametrize(
    "body",
    [
        "Jeudi 8 février, près de 300 personnes étaient réunies à Aubervilliers par l'ANRU.",
        "Réunis à Aubervilliers le jeudi 8 février, les acteurs du renouvellement urbain ont "
        "fêté l'agence.",
        "Une soirée-débat sur vingt ans de renouvellement urbain est proposée le jeudi 8 février à "
        "Aubervilliers.",
        "Les acteurs seront rassemblés à Aubervilliers le jeudi 8 février.",
    ],
)
def test_people_gathered_or_an_evening_debate_make_a_gathering(
    finder: EventFinder, body: str
) -> None:
    # facts.md: the ANRU day of Thursday 8 Feb 2024 in Aubervilliers.
    assert event_of(finder, body, date="2024-02-01").start == "2024-02-08"


@pytest.mark.parametrize(
    "body",
    [
        "Villes au Carré est une association créée le 29 mai 2007. Son assemblée générale élit "
        "chaque année le conseil d'administration.",
        "Le GIP a été constitué le 8 juillet 1997 ; ses instances sont l'assemblée générale et "
        "le conseil d'administration.",
        "Trajectoire Ressources, né en mai 2006 et labellisé en juin 2008, propose des journées "
        "d'étude.",
    ],
)
def test_the_date_a_body_was_founded_dates_no_event(finder: EventFinder, body: str) -> None:
    # facts.md: Villes au Carré, "29 May 2007 (trial association)"; Trajectoire Ressources,
    # "born in 2006, labelled in 2008".
    article = Article(body=body, url="https://example.org/a", date="2024-03-01")
    assert finder.reported(article, find_dates(body)) is None


@pytest.mark.parametrize(
    "body",
    [
        "Le séminaire des centres de ressources se tiendra du 30 juin au 2 juillet à Lyon.",
        "Les 30 juin et 1er juillet, les centres de ressources tiendront leur séminaire à Lyon.",
        "Du lundi 30 juin au mercredi 2 juillet, séminaire des centres de ressources à Lyon.",
    ],
)
def test_two_days_of_two_months_are_one_range(finder: EventFinder, body: str) -> None:
    # facts.md: the centres' national meetings, held over two days (here across a month's end).
    event = event_of(finder, body, date="2025-06-10")
    assert event.start == "2025-06-30"
    assert event.end in ("2025-07-01", "2025-07-02")


def test_two_dates_weeks_apart_are_no_range(finder: EventFinder) -> None:
    # facts.md: the ANRU day of 8 Feb 2024; its anniversary on 9 February.
    body = "La journée du 8 février et le 9 mars ont réuni les acteurs à Aubervilliers."
    assert event_of(finder, body, date="2024-02-01").end == ""


@pytest.mark.parametrize(
    "body",
    [
        "Les assises des centres de ressources se sont tenues le 8 février 2024 à Aubervilliers.",
        "Le 8 février 2024, l'université d'été du réseau s'est ouverte à Aubervilliers.",
        "Une matinale consacrée au renouvellement urbain a eu lieu le 8 février 2024.",
        "L'ANRU a organisé le 8 février 2024 un webinar sur ses vingt ans.",
        "Le cycle de qualification des agents de développement a débuté le 8 février 2024.",
    ],
)
def test_the_other_names_of_a_gathering_name_an_event(finder: EventFinder, body: str) -> None:
    # facts.md: the ANRU day of 8 February 2024 in Aubervilliers, said in a programme's nouns.
    event = event_of(finder, body, date="2024-02-12")
    assert (event.kind, event.start) == (str(CRPV.NetworkGathering), "2024-02-08")


@pytest.mark.parametrize(
    "body",
    [
        "Le 21 octobre 2021, les centres de ressources ont tenu leur rencontre nationale.\n\n"
        "Les échanges se sont déroulés à Paris, dans les locaux de l'ANCT.",
        "La rencontre nationale des centres de ressources a commencé le 21 octobre 2021.\n\n"
        "Elle a réuni les équipes des 19 centres.\n\nC'est à Paris qu'elle s'est tenue.",
        "Rencontre nationale : le 21 octobre 2021, les 19 centres ont fait le point.\n\n"
        "La journée avait lieu à Paris.",
    ],
)
def test_a_sentence_saying_where_the_event_was_held_places_it(
    ingester: Ingester, body: str
) -> None:
    # facts.md: the 6th national meeting, 21-22 October (2021) in Paris.
    assert drafted(ingester, body, "2021-11-02").place == PL + "paris"


def test_a_sentence_holding_another_dated_event_does_not_place_it(ingester: Ingester) -> None:
    body = (
        "Le 21 octobre 2021, les centres de ressources ont tenu leur rencontre nationale.\n\n"
        "La précédente s'était tenue à Paris le 14 juin 2018."
    )
    assert drafted(ingester, body, "2021-11-02").place is None


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Assemblée générale de l'IREV",
         "C'était le 30 novembre 2020.\n\nLes membres ont approuvé le bilan de l'IREV."),
        ("L'assemblée générale annuelle de l'IREV : un nouveau bureau",
         "Le 30 novembre 2020, les membres de l'IREV ont élu leur bureau."),
        ("Retour sur l'assemblée générale de l'IREV",
         "Réunis le 30 novembre 2020 en visioconférence, les membres ont voté. L'IREV remercie "
         "les participants."),
    ],
)  # fmt: skip
def test_the_body_a_titles_general_assembly_is_of_organised_it(
    ingester: Ingester, title: str, body: str
) -> None:
    # facts-part3.md: the IREV's general assembly of 30 Nov 2020, held by videoconference.
    article = Article(body=body, url="https://example.org/a", date="2020-12-02", title=title)
    statements = ingester.draft(article).extraction.statements
    found = {(s.subject, s.relation, s.object) for s in statements}
    assert ("EVENT", "organizer", ORG + "irev") in found


def test_a_body_after_a_titles_general_assembly_and_a_colon_is_no_organiser(
    ingester: Ingester,
) -> None:
    article = Article(
        body="Le 30 novembre 2020, l'IREV a présenté son bilan.",
        url="https://example.org/a",
        date="2020-12-02",
        title="Assemblée générale : l'IREV présente son bilan",
    )
    statements = ingester.draft(article).extraction.statements
    assert not any(s.relation == "organizer" for s in statements)


def test_an_abbreviated_assembly_or_one_whose_members_a_body_convened_is_that_bodys(
    ingester: Ingester,
) -> None:
    # facts.md: "The general assembly of Tuesday 21 March (2023 ...)" of the IREV; the ORIV's
    # board "was elected at the general assembly of 13 May 2024" (facts-part3.md).
    abbreviated = drafted(ingester, "L'AG de l'IREV s'est tenue le mardi 21 mars.", "2023-03-24")
    convened = drafted(ingester, "L'ORIV réunissait ses adhérents en assemblée générale le 13 "
                       "mai.", "2024-05-20")  # fmt: skip
    named_with_year = drafted(ingester, "Assemblée générale 2024 de l'ORIV : le 13 mai, les "
                              "adhérents ont élu le conseil d'administration.", "2024-05-20")  # fmt: skip
    for event, body in ((abbreviated, "irev"), (convened, "oriv"), (named_with_year, "oriv")):
        assert event.kind == CRPV + "GeneralAssembly"
        organizers = {s.object for s in event.statements if s.predicate == SCHEMA + "organizer"}
        assert organizers == {"https://w3id.org/crpv/id/organization/" + body}


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("Un groupe de travail convoqué par le CGET s'est réuni cinq fois de janvier à mai pour "
         "préparer le cadre de référence des centres.", "2015-06-20"),
        ("Entre janvier et mai 2015, un groupe de travail du CGET a préparé en cinq séances le "
         "cadre de référence des centres.", "2016-01-10"),
        ("Repères :\n- 2015 : un groupe de travail du CGET se réunit cinq fois, de janvier à mai, "
         "pour préparer le cadre de référence.", "2015-09-01"),
    ],
)  # fmt: skip
def test_a_working_group_that_met_over_months_spans_them(
    ingester: Ingester, body: str, date: str
) -> None:
    # facts.md: "a CGET working group met five times between January and May 2015 to prepare
    # the framework".
    event = drafted(ingester, body, date)
    assert (event.kind, event.start, event.end) == (str(CRPV["WorkingGroup"]), "2015-01", "2015-05")


def test_the_body_that_convened_a_working_group_organised_it(ingester: Ingester) -> None:
    # facts.md: the CGET working group of January to May 2015 (above).
    body = ("Convoqué par le CGET, un groupe de travail s'est réuni cinq fois de janvier à mai "
            "pour préparer le cadre de référence des centres.")  # fmt: skip
    article = Article(body=body, url="https://example.org/a", date="2015-06-20")
    statements = ingester.draft(article).extraction.statements
    found = {(s.subject, s.relation, s.object) for s in statements}
    assert ("EVENT", "organizer", ORG + "cget") in found
    assert ("EVENT", "attendee", ORG + "cget") not in found


def test_a_committee_meeting_the_minutes_name_is_the_event(ingester: Ingester) -> None:
    # facts-part3.md: "a steering committee on 6 Dec 2012 'a acté le statut d'association loi
    # 1901'" (the Languedoc-Roussillon centre), typed schema:Event in data/.
    body = ("Objet : réunion du comité de pilotage du jeudi 6 décembre 2012\n\nLes membres ont "
            "retenu pour le futur centre de ressources le statut d'association loi 1901, "
            "envisagé depuis janvier 2012.")  # fmt: skip
    event = drafted(ingester, body, "2012-12-10")
    assert (event.kind, event.start) == (SCHEMA + "Event", "2012-12-06")


@pytest.mark.parametrize(
    ("body", "date", "start"),
    [
        ("Trajectoire Ressources a tenu cette semaine à Montbéliard une journée d'information "
         "sur les fonds européens.", "2011-11-25", "2011-11"),
        ("Une journée d'information sur les fonds européens s'est tenue hier à Montbéliard.",
         "2011-11-25", "2011-11-24"),
        ("Trajectoire Ressources organisait la semaine dernière une journée d'information sur "
         "les fonds européens.", "2011-12-02", "2011-11"),
        ("Une journée d'information sur les fonds européens s'est tenue ce matin à Montbéliard.",
         "2011-11-25", "2011-11-25"),
        ("Trajectoire Ressources réunit cet après-midi à Montbéliard les porteurs de projets "
         "pour une journée d'information.", "2011-11-25", "2011-11-25"),
    ],
)  # fmt: skip
def test_a_moment_told_from_the_pages_day_dates_the_event(
    ingester: Ingester, body: str, date: str, start: str
) -> None:
    # facts-part3.md: "An earlier information day had been held in November 2011 with Pays de
    # Montbéliard Agglomération."
    assert drafted(ingester, body, date).start == start


def test_the_quarters_of_yesterday_date_nothing(ingester: Ingester) -> None:
    body = ("Une journée d'information sur les quartiers d'hier et de demain s'est tenue le 24 "
            "novembre 2011 à Montbéliard.")  # fmt: skip
    assert drafted(ingester, body, "2011-11-30").start == "2011-11-24"


def test_an_election_on_a_day_is_the_event(ingester: Ingester) -> None:
    # facts.md: "On 16 July (2020) he also lost the Grand Annecy presidency to Frédérique
    # Lardet."
    body = ("Le 16 juillet, Frédérique Lardet a remporté l'élection à la présidence du Grand "
            "Annecy face à Jean-Luc Rigaut.")  # fmt: skip
    event = drafted(ingester, body, "2020-07-17")
    assert (event.kind, event.start) == (SCHEMA + "Event", "2020-07-16")


def test_a_meeting_told_day_by_day_spans_its_days(ingester: Ingester) -> None:
    # facts.md: "20–21 Oct 2022 | Strasbourg": the national meeting of the centres.
    body = ("La rencontre nationale des centres de ressources a commencé le 20 octobre 2022 à "
            "Strasbourg.\n\nLe 21 octobre, la rencontre nationale s'est achevée par une table "
            "ronde.")  # fmt: skip
    event = drafted(ingester, body, "2022-10-27")
    assert (event.start, event.end) == ("2022-10-20", "2022-10-21")


def test_another_kind_the_next_day_is_another_event(ingester: Ingester) -> None:
    # facts.md: the ANRU day of Thursday 8 Feb 2024 in Aubervilliers; its twentieth anniversary.
    body = ("Le jeudi 8 février 2024, l'ANRU organise à Aubervilliers une journée sur le "
            "renouvellement urbain. L'agence célébrera ses vingt ans le lendemain, le 9 février.")  # fmt: skip
    event = drafted(ingester, body, "2024-02-01")
    assert (event.start, event.end) == ("2024-02-08", "")


@pytest.mark.parametrize(
    "body",
    [
        # facts.md: Trajectoire Ressources, born in 2006, a CRPV for Bourgogne-Franche-Comté.
        "Trajectoire Ressources accompagne les acteurs de la politique de la ville. Il rencontre "
        "environ 1 500 professionnels en février 2021.",
        # facts.md: the ANCT took over the missions of the CGET, the EPARECA and the Agence du
        # numérique.
        "L'ANCT, issue du regroupement du CGET, de l'EPARECA et de l'Agence du numérique, a "
        "commencé ses activités le 1er janvier 2020.",
    ],
)
def test_a_kinds_name_as_a_verb_or_a_bodys_origin_is_no_event(
    ingester: Ingester, body: str
) -> None:
    article = Article(body=body, url="https://example.org/a", date="2021-03-02")
    assert ingester.draft(article).extraction.event is None


def test_an_events_own_name_opening_with_its_kind_is_no_body(ingester: Ingester) -> None:
    # facts.md §2: the IREV's general assembly of 28 November 2018, the heading of its minutes
    body = (
        "INSTITUT RÉGIONAL DE LA VILLE (IREV)\n"
        "Assemblée générale - séance du 28 novembre 2018\n"
        "Procès-verbal\n\n"
        "Le préfet délégué ouvre l'assemblée générale de l'IREV.\n"
    )
    draft = ingester.draft(Article(body=body, url="https://example.org/a", date="2018-11-30"))
    names = {m.text for m in draft.mentions if m.type == "organization"}
    assert not [name for name in names if name.startswith("Assemblée générale")]
    assert "IREV" in names


@pytest.mark.parametrize(
    "body",
    [
        "INSTITUT RÉGIONAL DE LA VILLE (IREV) - Groupement d'intérêt public\nAssemblée générale - "
        "séance du 28 novembre 2018\nProcès-verbal\n\nLe bilan de l'année a été adopté.",
        "IREV\nCompte rendu de l'assemblée générale du 28 novembre 2018\n\nLes membres ont adopté "
        "le bilan.",
    ],
)
def test_the_body_heading_the_minutes_of_its_assembly_organised_it(
    ingester: Ingester, body: str
) -> None:
    # facts.md: "Daniel Barnier: chaired IREV's assembly, for the State (Nov 2018)"; IREV is a GIP.
    event = drafted(ingester, body, "2018-12-10")
    organisers = {s.object for s in event.statements if s.predicate == SCHEMA + "organizer"}
    assert organisers == {ORG + "irev"}


@pytest.mark.parametrize("opening", ["\n", "\n\n", "  \n"])
def test_the_heading_of_minutes_is_read_after_blank_lines_opening_the_text(
    ingester: Ingester, opening: str
) -> None:
    # facts.md 91: IREV's general assembly of 28 Nov 2018; a text pasted with blank lines first
    # is headed by its first line all the same.
    body = (opening + "IREV\nCompte rendu de l'assemblée générale du 28 novembre 2018\n\nLes "
            "membres ont adopté le bilan.")  # fmt: skip
    event = drafted(ingester, body, "2018-12-10")
    organised = [s for s in event.statements if s.predicate == SCHEMA + "organizer"]
    assert [s.object for s in organised] == [ORG + "irev"]
    assert organised[0].evidence.startswith("IREV\n")  # read from the heading, over the page


def test_a_sentence_above_the_assembly_is_no_heading_naming_its_organiser(
    ingester: Ingester,
) -> None:
    # facts.md: IREV's assembly of November 2018; the CGET had published its report.
    body = ("Le CGET a publié son rapport.\nAssemblée générale du 28 novembre 2018 : l'ANRU a "
            "présenté le bilan.")  # fmt: skip
    event = drafted(ingester, body, "2018-12-10")
    organisers = {s.object for s in event.statements if s.predicate == SCHEMA + "organizer"}
    assert ORG + "cget" not in organisers


def test_those_under_a_heading_of_an_earlier_assembly_did_not_attend(ingester: Ingester) -> None:
    # facts.md: "Milouda Ala: chaired IREV's assembly (March 2017)"; "Daniel Barnier: chaired
    # IREV's assembly, for the State (Nov 2018)".
    body = ("Assemblée générale de l'IREV - séance du 28 novembre 2018\n\nPrésidence : Daniel "
            "Barnier.\n\nRappel de l'assemblée du 24 mars 2017\n\nMilouda Ala en assurait la "
            "présidence.\n\nDécisions\n\nKléber Arhoul était présent.")  # fmt: skip
    draft = ingester.draft(Article(body=body, url="https://example.org/a", date="2018-12-10"))
    attendees = {s.object for s in draft.extraction.statements
                 if s.predicate == SCHEMA + "attendee"}  # fmt: skip
    people = "https://w3id.org/crpv/id/person/"
    assert people + "daniel-barnier" in attendees
    assert people + "milouda-ala" not in attendees
    assert people + "kleber-arhoul" in attendees  # the next heading ends the earlier assembly's


@pytest.mark.parametrize(
    "body",
    [
        "Les 20 et 21 octobre 2022, les centres de ressources ont tenu leur rencontre nationale."
        "\n\n[Photo 1] Strasbourg, 20 octobre : ouverture des travaux.",
        "La rencontre nationale des centres de ressources s'est tenue les 20 et 21 octobre 2022."
        "\n\nStrasbourg, le jeudi 20 octobre. Les équipes arrivent.",
    ],
)
def test_a_dateline_of_the_events_day_places_it(ingester: Ingester, body: str) -> None:
    # facts.md: "Oct 2022 | 19 CRPVs gathered in Strasbourg".
    event = drafted(ingester, body, "2022-10-27")
    assert event.place == PL + "strasbourg"


def test_a_dateline_of_another_day_does_not_place_the_event(ingester: Ingester) -> None:
    # facts.md: the national meeting of 20-21 Oct 2022 in Strasbourg, told from Lyon later.
    body = ("Lyon, 2 décembre 2022. Retour sur la rencontre nationale des centres de ressources, "
            "les 20 et 21 octobre 2022.")  # fmt: skip
    event = drafted(ingester, body, "2022-12-02")
    assert event.place != PL + "lyon"


@pytest.mark.parametrize(
    ("body", "kind", "organiser"),
    [
        ("Réuni le 17 juillet, le CIMAP a décidé de créer un commissariat général.",
         SCHEMA + "Event", "cimap"),
        ("Réunie mardi 21 mars, l'assemblée générale de l'IREV a adopté le bilan.",
         str(CRPV.GeneralAssembly), "irev"),
    ],
)  # fmt: skip
def test_a_body_that_met_told_by_its_singular_participle_held_the_meeting(
    ingester: Ingester, body: str, kind: str, organiser: str
) -> None:
    # facts.md: "The [...] (CIMAP) of 17 July (2013) decided to create a CGET"; IREV's general
    # assembly of 21 March 2023.
    draft = ingester.draft(Article(body=body, url="https://example.org/a", date="2013-07-18"
                                   if "CIMAP" in body else "2023-03-24"))  # fmt: skip
    event = draft.extraction.event
    assert event is not None and event.kind == kind
    found = {(s.predicate, s.object) for s in draft.extraction.statements if s.subject == "EVENT"}
    assert (SCHEMA + "organizer", ORG + organiser) in found
    assert (SCHEMA + "attendee", ORG + organiser) not in found


def test_several_bodies_met_on_a_day_organised_nothing(ingester: Ingester) -> None:
    # facts.md: "25–26 June 2019 | Nantes": the centres met there.
    body = "Réunis le 25 juin 2019 à Nantes, les centres de ressources ont débattu de leur bilan."
    draft = ingester.draft(Article(body=body, url="https://example.org/a", date="2019-06-28"))
    assert not [s for s in draft.extraction.statements if s.predicate == SCHEMA + "organizer"]


@pytest.mark.parametrize(
    "after",
    [
        "Il rappelle que l'État a déjà été représenté à la présidence par Kléber Arhoul, "
        "tandis que Majdouline Sbai en assurait la vice-présidence.",
        "Kléber Arhoul et Majdouline Sbai ont déjà été présents à la présidence de l'IREV.",
    ],
)
def test_who_has_already_been_at_the_chair_before_did_not_attend(
    ingester: Ingester, after: str
) -> None:
    # facts.md: "Kléber Arhoul (préfet délégué ...) is named as IREV president"; "Majdouline
    # Sbai is named [...] vice-president of IREV" (about 2014), not at the 2018 assembly.
    body = "L'assemblée générale de l'IREV s'est tenue le 28 novembre 2018. " + after
    draft = ingester.draft(Article(body=body, url="https://example.org/a", date="2018-12-03"))
    attendees = {s.object for s in draft.extraction.statements
                 if s.predicate == SCHEMA + "attendee"}  # fmt: skip
    assert "https://w3id.org/crpv/id/person/majdouline-sbai" not in attendees


def test_a_bodys_name_opening_with_a_word_for_an_event_stays_a_body(finder: EventFinder) -> None:
    # A name whose first words name a kind of event, with no dash, colon or date after them, is
    # a body's ("Forum français pour la sécurité urbaine"); with one, an event's own name.
    names_a_kind = finder.vocabulary.names_a_kind
    assert not names_a_kind("Forum français pour la sécurité urbaine")
    assert not names_a_kind("Atelier parisien d'urbanisme")
    assert names_a_kind("Assemblée générale - séance du 28 novembre 2018")
    assert names_a_kind("Rencontre nationale 2019")


@pytest.mark.parametrize(
    ("body", "date", "start"),
    [
        ("Villes au Carré a été lancé hier à Poitiers.", "2007-10-10", "2007-10-09"),
        ("Le centre de ressources a été officiellement lancé le 9 octobre 2007 à Poitiers.",
         "2007-10-15", "2007-10-09"),
        ("Le lancement de Villes au Carré s'est déroulé avant-hier à Poitiers.", "2007-10-11",
         "2007-10-09"),
    ],
)  # fmt: skip
def test_a_launch_is_the_gathering_reported(
    ingester: Ingester, body: str, date: str, start: str
) -> None:
    # facts.md: Villes au Carré "was launched on 9 October 2007 in Poitiers".
    event = drafted(ingester, body, date)
    assert (event.kind, event.start) == (CRPV + "NetworkGathering", start)


def test_a_launch_is_reported_over_a_past_assembly_told_in_passing(ingester: Ingester) -> None:
    # facts.md: Villes au Carré held its founding assembly on 29 May 2007 and was launched on 9
    # October 2007.
    body = ("Villes au Carré a été lancé hier à Poitiers. L'association, qui a tenu son "
            "assemblée constitutive le 29 mai, couvre deux régions.")  # fmt: skip
    event = drafted(ingester, body, "2007-10-10")
    assert (event.kind, event.start) == (CRPV + "NetworkGathering", "2007-10-09")


@pytest.mark.parametrize(
    ("date_line", "place_line"),
    [
        ("Date : jeudi 11 avril, à 9h00", "Lieu : préfecture de Mamoudzou, salle de réunion"),
        ("Quand : le 11 avril 2019 à 9 heures", "Où : à la préfecture de Mamoudzou"),
        ("Date et heure : 11 avril, 9h", "Adresse : préfecture, 97600 Mamoudzou"),
    ],
)
def test_an_announcements_fields_date_and_place_its_event(
    ingester: Ingester, date_line: str, place_line: str
) -> None:
    # facts.md: the convention of the GIP of Mayotte signed on 11 April 2019 in Mamoudzou.
    body = ("Mamoudzou, le 9 avril 2019\n\nLa presse est invitée à la signature de la convention "
            f"constitutive du GIP.\n\n{date_line}\n{place_line}\n")  # fmt: skip
    event = drafted(ingester, body, "2019-04-09")
    assert event.start == "2019-04-11"
    assert event.place == PL + "mamoudzou"


def test_a_field_dated_the_pages_day_is_the_pages_own(ingester: Ingester) -> None:
    # facts.md: the convention of the GIP of Mayotte signed on 11 April 2019 in Mamoudzou.
    body = ("Date : 12 avril 2019\n\nLa convention constitutive du GIP a été signée le 11 avril "
            "à Mamoudzou.")  # fmt: skip
    assert drafted(ingester, body, "2019-04-12").start == "2019-04-11"


def test_a_past_meeting_told_in_the_reflexive_pluperfect_gives_no_host(
    ingester: Ingester,
) -> None:
    # facts.md: the national meeting of June 2019 in Nantes, hosted by RésO Villes; the 6th
    # national meeting of 21–22 Oct 2021 in Paris.
    body = ("Les 21 et 22 octobre 2021, les centres de ressources se sont réunis à Paris. Ils "
            "ne s'étaient plus vus depuis deux ans : les centres s'étaient alors retrouvés à "
            "Nantes, accueillis par RésO Villes.")  # fmt: skip
    draft = ingester.draft(Article(body=body, url="https://example.org/a", date="2021-11-05"))
    hosts = {s.subject for s in draft.extraction.statements if s.predicate.endswith("hosts")}
    assert ORG + "reso-villes" not in hosts


@pytest.mark.parametrize(
    "body",
    [
        "Le lancement de l'appel à projets a eu lieu le 3 mars 2020 à Lyon.",
        "La plateforme numérique a été lancée le 3 mars 2020 à Lyon.",
        "Le lancement du nouveau site internet s'est déroulé le 3 mars 2020 à Lyon.",
    ],
)
def test_a_launch_of_no_body_is_no_gathering(ingester: Ingester, body: str) -> None:
    # facts.md: Villes au Carré, launched on 9 October 2007 in Poitiers: only a body's launch is
    # the gathering that opens its work.
    draft = ingester.draft(Article(body=body, url="https://example.org/a", date="2020-03-05"))
    event = draft.extraction.event
    assert event is None or event.kind != CRPV + "NetworkGathering"


def test_the_fields_of_an_agendas_announcement_are_its_own(ingester: Ingester) -> None:
    # facts.md: the convention of the GIP of Mayotte signed on 11 April 2019 in Mamoudzou; the
    # field of another announcement on the page does not place it.
    body = ("Agenda\n\nPermanence juridique\nDate : mardi 5 mars 2019\nLieu : mairie de Lyon\n\n"
            "La convention constitutive du GIP sera signée le jeudi 11 avril 2019.\n")  # fmt: skip
    event = drafted(ingester, body, "2019-03-01")
    assert event.start == "2019-04-11"
    assert event.place != PL + "lyon"


@pytest.mark.parametrize(
    "body",
    [
        "Le 16 mars 2017 a été la toute première « journée des CRPV », à Paris.",
        "Villes de France voit dans le 16 mars 2017 la première journée des CRPV.",
        "La journée des CRPV s'est tenue le 16 mars 2017 à Paris.",
    ],
)
def test_the_day_of_the_crpv_is_their_national_meeting(finder: EventFinder, body: str) -> None:
    # facts.md §5 timeline: "16 March 2017 | Paris | first "journée des CRPV" (Villes de
    # France)": the day of all the centres is their national meeting, whose name holds them
    # (no attendee read from "des CRPV" after a bare "journée"). The graph's own day of 16
    # March left out: the kind is read from the words, not linked.
    unlinked = EventFinder(finder.vocabulary, [])
    event = event_of(unlinked, body, "2017-03-27")
    assert (event.kind, event.start) == (str(CRPV.NationalMeeting), "2017-03-16")
    attendees = {s.object for s in event.statements if s.predicate == SCHEMA + "attendee"}
    assert ORG + "centres-de-ressources" not in attendees


def test_a_day_of_one_centre_is_no_national_meeting(finder: EventFinder) -> None:
    # facts.md §5: "the ANRU day of Thursday 8 Feb (2024) in Aubervilliers": a body's day.
    unlinked = EventFinder(finder.vocabulary, [])
    body = "La journée de l'ANRU s'est tenue le 8 février 2024."
    event = event_of(unlinked, body, "2024-02-12")
    assert event.kind == str(CRPV.NetworkGathering)


@pytest.mark.parametrize(
    "sentence",
    [
        "Le terrain avait été préparé par le comité interministériel des villes de 2006.",
        "Le comité interministériel des villes de 2006, organisé par la DIV, avait ouvert la voie.",
        "Au comité interministériel des villes de 2006, la DIV a présenté une étude.",
    ],
)
def test_a_name_of_another_year_tells_another_moment(ingester: Ingester, sentence: str) -> None:
    # facts.md §2 Villes au Carré: "Background: the 2006 CIV and a feasibility study by the
    # Délégation interministérielle à la ville (DIV)": the 2006 committee is no part of the
    # 2022 assembly, nor is the DIV.
    body = "Mardi 28 juin 2022, l'assemblée générale de Villes au Carré s'est tenue. " + sentence
    article = Article(body=body, url="https://example.org/a", date="2022-07-01")
    statements = ingester.draft(article).extraction.statements
    agents = {s.object if s.subject == "EVENT" else s.subject for s in statements
              if "EVENT" in (s.subject, s.object) and s.relation != "type"}  # fmt: skip
    assert not {ORG + "civ", ORG + "div"} & agents


def test_a_span_of_years_is_no_other_moment(ingester: Ingester) -> None:
    # facts.md §5 timeline: "20–21 Oct 2022 | Strasbourg | ... co-organised with ANCT".
    body = ("Les 20 et 21 octobre 2022, les centres se sont réunis à Strasbourg. Le programme de "
            "2023 à 2025 y a été présenté par l'ANCT.")  # fmt: skip
    article = Article(body=body, url="https://example.org/a", date="2022-10-27")
    statements = ingester.draft(article).extraction.statements
    assert (ORG + "anct", "presentsAt", "EVENT") in {
        (s.subject, s.relation, s.object) for s in statements
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Le bilan de 2021 y a été présenté par l'ANCT.",
        "L'ANCT y a présenté les chiffres de 2021 des contrats de ville.",
        "Le cadre issu de la loi de 2014 y a été présenté par l'ANCT.",
    ],
)
def test_a_common_noun_of_another_year_is_what_the_meeting_spoke_of(
    ingester: Ingester, sentence: str
) -> None:
    # facts.md §5 timeline: "20–21 Oct 2022 | Strasbourg | ... co-organised with ANCT"; a
    # year after a common noun dates what is spoken of, not the sentence's moment
    body = "Les 20 et 21 octobre 2022, les centres se sont réunis à Strasbourg. " + sentence
    article = Article(body=body, url="https://example.org/a", date="2022-10-27")
    statements = ingester.draft(article).extraction.statements
    assert (ORG + "anct", "presentsAt", "EVENT") in {
        (s.subject, s.relation, s.object) for s in statements
    }


def unlinked_event(ingester: Ingester, finder: EventFinder, body: str, date: str) -> ReportedEvent:
    """The event of a small article, with the names the ingest finds in it, not linked to the
    graph's (whose own day would give its kind and place)."""
    article = Article(body=body, url="https://example.org/a", date=date)
    mentions = ingester.draft(article).mentions
    event = EventFinder(finder.vocabulary, []).reported(article, mentions)
    assert event is not None, body
    return event


def test_an_event_is_placed_where_another_name_of_its_day_is_held(
    ingester: Ingester, finder: EventFinder
) -> None:
    # facts.md §5 timeline: "16 March 2017 | Paris | first "journée des CRPV" (Villes de
    # France)": the day in Paris and the first day of the CRPV are one event.
    body = ("Le 16 mars 2017, une journée s'est tenue à Paris.\n\nPour Villes de France, ce 16 "
            "mars a été la toute première « journée des CRPV ».")  # fmt: skip
    event = unlinked_event(ingester, finder, body, "2017-03-27")
    assert (event.kind, event.place) == (str(CRPV.NationalMeeting), PL + "paris")


def test_a_place_another_name_of_its_day_does_not_say_held_places_nothing(
    ingester: Ingester, finder: EventFinder
) -> None:
    # facts.md §2 Villes au Carré: the centre for the Centre and Poitou-Charentes regions: a
    # region named in a body's name is no venue.
    body = ("Le 16 mars 2017, le centre de ressources des régions Centre et Poitou-Charentes a "
            "tenu une journée.\n\nPour Villes de France, ce 16 mars a été la toute première « "
            "journée des CRPV ».")  # fmt: skip
    event = unlinked_event(ingester, finder, body, "2017-03-27")
    assert event.kind == str(CRPV.NationalMeeting)
    assert event.place is None


def test_a_weekday_printed_with_its_day_tells_the_year(finder: EventFinder) -> None:
    # facts.md §2 IREV: "The general assembly of 24 March 2017", a Friday; an activity report of
    # 2017 is published in April 2018, when 24 March is a Saturday.
    unlinked = EventFinder(finder.vocabulary, [])
    body = "Vendredi 24 mars, le groupement a tenu son assemblée générale à Lille."
    assert event_of(unlinked, body, "2018-04-16").start == "2017-03-24"
    # The same day printed again without its weekday is that day: a heading over the report.
    headed = "L'assemblée générale du 24 mars\n\n" + body
    assert event_of(unlinked, headed, "2018-04-16").start == "2017-03-24"


def test_a_weekday_that_fits_the_pages_year_keeps_it(finder: EventFinder) -> None:
    # Near wording: 24 March 2018 is a Saturday, so "samedi 24 mars" is of the page's year.
    unlinked = EventFinder(finder.vocabulary, [])
    body = "Samedi 24 mars, le groupement a tenu son assemblée générale à Lille."
    assert event_of(unlinked, body, "2018-04-16").start == "2018-03-24"


@pytest.mark.parametrize(
    "body",
    [
        "Le conseil actuel est issu de l'assemblée générale du 13 mai 2024.",
        "Ce bureau, issu de l'assemblée générale du 13 mai 2024, compte 33 membres.",
        "Le conseil en place est né de l'assemblée générale du 13 mai 2024.",
    ],
)
def test_a_board_issued_from_an_assembly_names_no_event(finder: EventFinder, body: str) -> None:
    # facts-part3.md §3 ORIV's governance: "The current board was elected at the general
    # assembly of 13 May 2024", told on a page that presents the association.
    article = Article(body=body, url="https://example.org/a", date="2024-06-10")
    assert finder.reported(article, find_dates(body)) is None


def test_an_assembly_that_elected_the_board_is_an_event(finder: EventFinder) -> None:
    # Near wording of the same fact: the assembly itself is told.
    body = "L'assemblée générale du 13 mai 2024 a élu le conseil actuel."
    assert event_of(finder, body, "2024-06-10").start == "2024-05-13"


def test_the_pluperfect_after_another_moment_tells_that_moment(ingester: Ingester) -> None:
    # facts.md §5 timeline: 14–16 Oct 2024 in Lille (Renaud Epstein); 20–21 Oct 2022 in
    # Strasbourg, with Fabienne Keller (MEP), who took part in that one.
    body = ("Du 14 au 16 octobre, les équipes des centres se sont retrouvées à Lille. Renaud "
            "Epstein était présent.\n\nEn octobre 2022, les centres s'étaient réunis à "
            "Strasbourg. Fabienne Keller y avait pris part.")  # fmt: skip
    draft = ingester.draft(Article(body=body, url="https://example.org/a", date="2024-10-18"))
    attendees = {s.object for s in draft.extraction.statements if s.relation == "attendee"}
    assert PREFIXES["p"] + "renaud-epstein" in attendees
    assert PREFIXES["p"] + "fabienne-keller" not in attendees


def test_the_pluperfect_after_the_events_own_sentence_is_of_the_event(ingester: Ingester) -> None:
    # Near wording: the pluperfect right after the event's own sentence tells of the event.
    body = ("Du 14 au 16 octobre, les équipes des centres se sont retrouvées à Lille. Renaud "
            "Epstein y avait fait le déplacement.")  # fmt: skip
    draft = ingester.draft(Article(body=body, url="https://example.org/a", date="2024-10-18"))
    attendees = {s.object for s in draft.extraction.statements if s.relation == "attendee"}
    assert PREFIXES["p"] + "renaud-epstein" in attendees


def test_the_pluperfect_after_the_events_sentence_naming_another_year_is_of_the_event(
    ingester: Ingester,
) -> None:
    # facts.md §5 timeline: 14–16 Oct 2024 in Lille (Renaud Epstein); a year named in the
    # event's own sentence does not make the pluperfect after it the story of that year.
    body = ("Du 14 au 16 octobre, les équipes des centres se sont retrouvées à Lille, comme en "
            "2022. Renaud Epstein y avait fait le déplacement.")  # fmt: skip
    draft = ingester.draft(Article(body=body, url="https://example.org/a", date="2024-10-18"))
    attendees = {s.object for s in draft.extraction.statements if s.relation == "attendee"}
    assert PREFIXES["p"] + "renaud-epstein" in attendees


@pytest.mark.parametrize(
    "body",
    [
        "En juin 2019, notre présidente d'alors, Isabelle Melscoet, accueillait à Nantes la "
        "rencontre nationale des centres.",
        "En juin 2019, la présidente de l'époque, Isabelle Melscoet, accueillait à Nantes la "
        "rencontre nationale des centres.",
        "En juin 2019, Isabelle Melscoet, à l'époque présidente du centre, accueillait à Nantes "
        "la rencontre nationale des centres.",
    ],
)
def test_an_event_told_as_the_past_of_the_texts_time_is_not_reported(
    finder: EventFinder, body: str
) -> None:
    # facts.md §2 RésO Villes: Isabelle Melscoet "president in June 2019", when the centre
    # hosted the national meeting in Nantes; told as its history in a post of January 2024.
    article = Article(body=body, url="https://example.org/a", date="2024-01-22")
    assert finder.reported(article, find_dates(body)) is None


@pytest.mark.parametrize(
    "body",
    [
        "En juin 2019, RésO Villes accueillait à Nantes la rencontre nationale des centres, "
        "consacrée à la ville à l'époque du numérique.",
        "En juin 2019, RésO Villes accueillait à Nantes la rencontre nationale des centres, "
        "consacrée aux fractures de l'époque.",
        "En juin 2019, RésO Villes accueillait à Nantes la rencontre nationale des centres sur "
        "les quartiers à l'époque des réseaux sociaux.",
    ],
)
def test_an_era_a_meeting_speaks_of_is_no_past_of_the_texts_time(
    finder: EventFinder, body: str
) -> None:
    # facts.md §2 RésO Villes: the centre hosted the national meeting in Nantes in June 2019;
    # "l'époque" followed by its complement, or after a common noun, names an era, not a then.
    assert event_of(finder, body, "2019-07-01").start.startswith("2019-06")


def test_one_past_event_told_without_a_mark_of_the_past_is_reported(finder: EventFinder) -> None:
    # Near wording: the same meeting told plainly is still the one the text reports.
    body = ("En juin 2019, sa présidente, Isabelle Melscoet, accueillait à Nantes la rencontre "
            "nationale des centres.")  # fmt: skip
    assert event_of(finder, body, "2024-01-22").start.startswith("2019-06")


def test_a_reports_assembly_naming_no_body_is_the_reports_bodys(ingester: Ingester) -> None:
    # facts.md §2 IREV: a GIP whose general assembly of 24 March 2017 admitted three members,
    # told in its activity report, whose first lines name no body.
    body = ("Rapport d'activité\n\nLa vie de la structure\n\nQui sommes-nous ?\nL'Institut "
            "régional de la ville (IREV) est un groupement d'intérêt public.\n\nVendredi 24 "
            "mars, les membres du groupement se sont réunis en assemblée générale.")  # fmt: skip
    draft = ingester.draft(Article(body=body, url="https://example.org/a", date="2017-04-10"))
    organizers = {s.object for s in draft.extraction.statements if s.relation == "organizer"}
    assert organizers == {ORG + "irev"}


def test_a_reports_first_sentence_naming_two_bodies_gives_no_organizer(
    ingester: Ingester,
) -> None:
    # Near wording: a first sentence that names two bodies says whose the report is not.
    body = ("Rapport d'activité\n\nLa vie de la structure\n\nQui sommes-nous ?\nL'État et la "
            "Région ont fondé l'Institut régional de la ville (IREV).\n\nVendredi 24 mars, les "
            "membres du groupement se sont réunis en assemblée générale.")  # fmt: skip
    draft = ingester.draft(Article(body=body, url="https://example.org/a", date="2017-04-10"))
    assert not [s for s in draft.extraction.statements if s.relation == "organizer"]


@pytest.mark.parametrize(
    "opening",
    [
        "Le guide publié par l'Institut régional de la ville (IREV) a été largement diffusé.",
        "Le soutien de l'Institut régional de la ville (IREV) a été décisif cette année.",
        "L'Institut régional de la ville (IREV) nous a accompagnés tout au long de l'année.",
    ],
)
def test_a_reports_first_body_named_in_passing_gives_no_organizer(
    ingester: Ingester, opening: str
) -> None:
    # Near wording of a report's assembly (facts.md §2 IREV, a GIP): a body the first sentence
    # names without presenting it ("X est un groupement") says whose the report is not.
    body = ("Rapport d'activité\n\nLa vie de la structure\n\nQui sommes-nous ?\n" + opening
            + "\n\nVendredi 24 mars, les membres du groupement se sont réunis en assemblée "
            "générale.")  # fmt: skip
    draft = ingester.draft(Article(body=body, url="https://example.org/a", date="2017-04-10"))
    assert not [s for s in draft.extraction.statements if s.relation == "organizer"]


@pytest.mark.parametrize(
    "title",
    ["Qui sommes-nous ? | ORIV", "L'association - Qui sommes-nous ?", "QUI SOMMES NOUS"],
)
def test_a_page_presenting_its_body_reports_no_gathering(finder: EventFinder, title: str) -> None:
    # facts-part3.md §3 ORIV (governance): "The current board was elected at the general
    # assembly of 13 May 2024"; facts.md §2 ORIV: based in Strasbourg, an office in Reims.
    body = ("L'ORIV a son siège à Strasbourg et une antenne à Reims. Son conseil en place a été "
            "désigné par l'assemblée générale du 13 mai 2024.")  # fmt: skip
    article = Article(body=body, url="https://example.org/a", date="2024-06-12", title=title)
    assert finder.reported(article, find_dates(body)) is None


def test_a_presentation_section_inside_a_report_keeps_its_event(finder: EventFinder) -> None:
    # The same fact in a report whose title names the assembly, one of its sections presenting
    # the body: the assembly is still the event reported.
    body = ("Qui sommes-nous ?\nL'ORIV a son siège à Strasbourg.\n\nL'assemblée générale s'est "
            "tenue le 13 mai 2024 ; elle a désigné le conseil en place.")  # fmt: skip
    event = event_of(finder, body, date="2024-05-20", title="Compte rendu de l'assemblée générale")
    assert event.start == "2024-05-13"


def test_another_name_of_the_assembly_says_whose_it_is(ingester: Ingester) -> None:
    # facts-part3.md §5 Villes au Carré: "'Jean-Patrick Gille président' thanked about 60
    # participants at the general assembly of 31 May" (2018).
    body = ("Réuni en assemblée générale le 31 mai, le centre régional a reçu de nouveaux "
            "adhérents.\n\nLe 31 mai, une soixantaine de personnes ont assisté à l'assemblée "
            "générale de Villes au Carré.")  # fmt: skip
    event = drafted(ingester, body, "2018-06-02")
    organizers = {s.object for s in event.statements if s.predicate == SCHEMA + "organizer"}
    assert organizers == {ORG + "villes-au-carre"}


def test_an_assembly_of_another_day_does_not_say_whose_the_assembly_is(
    ingester: Ingester,
) -> None:
    # The same assembly; another body's assembly of another year says nothing of whose it is.
    body = (
        "Vie du réseau\n\nBrèves\n\nRéuni en assemblée générale le 31 mai, le centre régional "
        "a reçu de nouveaux adhérents.\n\nLe 2 juin 2017, l'assemblée générale de l'IREV a "
        "adopté son bilan."
    )
    event = drafted(ingester, body, "2018-06-02")
    assert event.start == "2018-05-31"
    assert not [s for s in event.statements if s.predicate == SCHEMA + "organizer"]


@pytest.mark.parametrize(
    ("title", "opening"),
    [
        ("Entretien avec François-Antoine Mariani", "Il dirige la politique de la ville à l'ANCT."),
        ("Politique de la ville : la parole à l'ANCT", "ENTRETIEN\n\nIl dirige la politique de la ville."),
        ("La parole à l'ANCT", "Entretien. François-Antoine Mariani dirige la politique de la ville."),
    ],
)  # fmt: skip
def test_an_interview_naming_a_past_meeting_in_passing_reports_none(
    finder: EventFinder, title: str, opening: str
) -> None:
    # facts.md §0: "At the 2021 meeting, François-Antoine Mariani [...] commented on the CRPVs'
    # 2020 activity report" (21–22 Oct 2021, Paris); §6: head of URBACT's authority in April 2022.
    body = (f"{opening}\n\nVous les avez revus ? Oui, les 21 et 22 octobre, à Paris, lors de "
            "leur rencontre nationale.")  # fmt: skip
    article = Article(body=body, url="https://example.org/a", date="2022-04-14", title=title)
    assert finder.reported(article, find_dates(body)) is None


def test_an_interview_whose_title_names_the_meeting_reports_it(finder: EventFinder) -> None:
    # The same fact, the title naming the meeting the interview follows.
    body = ("ENTRETIEN\n\nVous les avez revus ? Oui, les 21 et 22 octobre, à Paris, lors de leur "
            "rencontre nationale.")  # fmt: skip
    event = event_of(finder, body, date="2021-10-25",
                     title="Entretien, au lendemain de la rencontre nationale")  # fmt: skip
    assert event.start == "2021-10-21"


def test_an_interview_named_further_on_in_the_first_line_keeps_the_event(
    finder: EventFinder,
) -> None:
    # facts.md §5 timeline, 20–21 Oct 2022 in Strasbourg: "Hélène Geoffroy (mayor of
    # Vaulx-en-Velin, CNV)"; the first line reports the meeting, an interview one of its parts.
    body = ("Le 20 octobre, les centres de ressources se sont retrouvés à Strasbourg pour leur "
            "rencontre nationale, ouverte par un entretien avec Hélène Geoffroy.\n\nLes "
            "échanges ont porté sur les quartiers.")  # fmt: skip
    event = event_of(finder, body, date="2022-10-24", title="Actualités")
    assert event.start == "2022-10-20"


@pytest.mark.parametrize(
    "besides",
    [
        "Le même jour se tenait l'assemblée générale de Labo Cités.",
        "L'assemblée générale de Labo Cités se tenait aussi le 31 mai, à Saint-Denis.",
    ],
)
def test_another_assembly_of_the_day_told_besides_does_not_say_whose_it_is(
    ingester: Ingester, besides: str
) -> None:
    # facts-part3.md §5 Villes au Carré: about 60 participants at the general assembly of 31 May
    # (2018); another body's assembly told besides it, the same day, is not the one reported.
    body = ("Le 31 mai, l'assemblée générale a réuni à Tours une soixantaine de personnes, "
            "dont des représentants de l'IREV. "
            f"{besides}")  # fmt: skip
    event = drafted(ingester, body, "2018-06-02")
    organizers = {s.object for s in event.statements if s.predicate == SCHEMA + "organizer"}
    assert ORG + "labo-cites" not in organizers
