"""Who took part in the reported event, and in which role, from the French cues around the
names: each test restates a line of the fact sheets, and a negative one where the cue could
over-fire."""

from __future__ import annotations

import pytest

from crpv_graph.ingest import Ingester
from crpv_graph.ingest.article import Article

O = "https://w3id.org/crpv/id/organization/"
P = "https://w3id.org/crpv/id/person/"


def said(ingester: Ingester, text: str, date: str) -> set[tuple[str, str, str]]:
    """(subject, relation, object) of each statement the ingest proposes for ``text``."""
    article = Article(body=text, url="https://example.org/t", date=date)
    statements = ingester.draft(article).extraction.statements
    return {(s.subject, s.relation, s.object) for s in statements}


def test_the_speakers_listed_after_parmi_les_intervenants_speak(ingester: Ingester) -> None:
    # facts.md: "the ANRU day of Thursday 8 Feb (2024) in Aubervilliers ... CRPV speakers were
    # Fabien Bressan (Labo Cités) and Maximilien Steindorsson (RésO Villes)".
    text = ("Le jeudi 8 février, une journée consacrée aux vingt ans du renouvellement urbain "
            "s'est tenue à Aubervilliers. Parmi les intervenants figuraient Fabien Bressan et "
            "Maximilien Steindorsson.")  # fmt: skip
    found = said(ingester, text, "2024-02-12")
    for person in ("fabien-bressan", "maximilien-steindorsson"):
        assert (P + person, "speaksAt", "EVENT") in found
        assert ("EVENT", "attendee", P + person) in found


def test_who_made_the_trip_as_did_others_attended(ingester: Ingester) -> None:
    # facts.md: "It was launched on 9 October 2007 in Poitiers. Present: préfet Bernard
    # Fraigneau, DIV Yves-Laurent Sapoval, Yves Dauge (the first DIV), Michel Lussault, and
    # director Cécile Dublanche."
    text = ("Le lancement de Villes au Carré a eu lieu le 9 octobre 2007 à Poitiers, autour de "
            "sa directrice, "
            "Cécile Dublanche. Le préfet Bernard Fraigneau avait fait le déplacement, tout comme "
            "Yves-Laurent Sapoval et Yves Dauge. Michel Lussault était également présent.")  # fmt: skip
    found = said(ingester, text, "2007-10-11")
    attendees = {o for s, r, o in found if s == "EVENT" and r == "attendee"}
    people = {"cecile-dublanche", "bernard-fraigneau", "yves-laurent-sapoval", "yves-dauge",
              "michel-lussault"}  # fmt: skip
    assert {P + person for person in people} <= attendees


def test_those_who_took_part_dont_a_list_attended(ingester: Ingester) -> None:
    # facts.md: "20–21 Oct 2022 | Strasbourg | ... co-organised with ANCT; Hélène Geoffroy (mayor
    # of Vaulx-en-Velin, CNV), Fabienne Keller (MEP)".
    text = ("Les 20 et 21 octobre 2022, les centres de ressources se sont réunis à Strasbourg. "
            "Plusieurs personnalités ont pris part aux travaux, dont Hélène Geoffroy et Fabienne "
            "Keller.")  # fmt: skip
    found = said(ingester, text, "2022-10-27")
    assert ("EVENT", "attendee", P + "helene-geoffroy") in found
    assert ("EVENT", "attendee", P + "fabienne-keller") in found


def test_a_body_that_a_reuni_organised_the_event(ingester: Ingester) -> None:
    # facts.md: "The CGET made the new framework official at a day held in Paris on 16 March
    # (2017), with Hélène Geoffroy, secretary of state for the city."
    text = ("Le 16 mars 2017, le CGET a réuni les centres de ressources à Paris pour officialiser "
            "leur nouveau cadre de référence, en présence d'Hélène Geoffroy.")  # fmt: skip
    found = said(ingester, text, "2017-03-20")
    assert ("EVENT", "organizer", O + "cget") in found
    assert ("EVENT", "attendee", P + "helene-geoffroy") in found


def test_no_one_takes_part_in_a_sentence_of_another_moment(ingester: Ingester) -> None:
    # facts.md: the ANRU day of 8 Feb 2024 (above); "the move was inaugurated on 7 July (2022)
    # with Olivier Klein, then minister for the City and Housing".
    text = ("Le jeudi 8 février, l'ANRU a réuni son monde à Aubervilliers pour ses vingt ans. "
            "Son nouveau siège avait été inauguré le 7 juillet 2022 en présence d'Olivier "
            "Klein.")  # fmt: skip
    found = said(ingester, text, "2024-02-12")
    assert ("EVENT", "startDate", "2024-02-08") in found
    assert not {o for s, r, o in found if r == "attendee" and "klein" in o.lower()}


def test_aux_cotes_de_opening_a_list_of_members_is_no_participation(ingester: Ingester) -> None:
    # facts-part3.md: the convention constitutive of the GIP "Maore Ouvoimoja" was signed on
    # Thursday 11 April 2019; its founding members include, beside the State, the Conseil
    # départemental de Mayotte and the Caisse des Dépôts.
    text = ("Jeudi 11 avril, la convention constitutive du GIP a été signée à Mamoudzou. Aux "
            "côtés de l'Etat, on trouve le Conseil départemental de Mayotte et la Caisse des "
            "Dépôts.")  # fmt: skip
    found = said(ingester, text, "2019-04-15")
    assert ("EVENT", "startDate", "2019-04-11") in found
    assert not {o for s, r, o in found if r == "attendee"}


def test_no_one_takes_part_in_a_sentence_of_another_year(ingester: Ingester) -> None:
    # facts-part3.md (ORIV): the general assembly of 13 May 2024; facts.md: "It was set up by
    # CRIPI, a body of the Fonds d'Action Sociale", "It began in 1992".
    text = ("Les adhérents de l'ORIV étaient réunis le 13 mai pour leur assemblée générale. "
            "Il est né en 1992 à l'initiative du CRIPI.")  # fmt: skip
    found = said(ingester, text, "2024-05-20")
    assert ("EVENT", "startDate", "2024-05-13") in found
    assert not [o for s, r, o in found if r == "organizer" and "cripi" in o.lower()]


def test_who_was_heard_at_a_hearing_spoke_there(ingester: Ingester) -> None:
    # facts-part3.md: "Murielle Maffessoli was heard on 11 April 2013 as "directrice" of ORIV."
    text = ("Lors de l'audition du 11 avril 2013, les députés ont entendu Murielle Maffessoli. "
            "Elle intervenait comme directrice de l'ORIV.")  # fmt: skip
    found = said(ingester, text, "2013-04-15")
    assert ("EVENT", "type", "https://schema.org/Event") in found
    assert (P + "murielle-maffessoli", "speaksAt", "EVENT") in found


def test_words_between_the_subject_and_pris_part_keep_the_participation(
    ingester: Ingester,
) -> None:
    # facts.md: "14–16 Oct 2024 | Lille | "9e regroupement annuel" | ... Renaud Epstein, Julien
    # Talpin".
    text = ("Du 14 au 16 octobre, Lille a accueilli le 9e regroupement annuel des centres de "
            "ressources. Renaud Epstein et Julien Talpin ont eux aussi pris part à ce "
            "regroupement.")  # fmt: skip
    found = said(ingester, text, "2024-10-20")
    assert ("EVENT", "attendee", P + "renaud-epstein") in found
    assert ("EVENT", "attendee", P + "julien-talpin") in found


def test_the_signatories_and_the_chair_of_a_meeting_attended(ingester: Ingester) -> None:
    # facts.md: the Pacte de Dijon "was signed on 16 July 2018 at Matignon by Prime Minister
    # Édouard Philippe"; "The general assembly of 24 March 2017 was chaired by Milouda Ala".
    signed = said(ingester, "La signature du Pacte de Dijon a eu lieu le 16 juillet 2018 : "
                  "Édouard Philippe l'a signé à Matignon.", "2018-07-17")  # fmt: skip
    assert ("EVENT", "attendee", P + "edouard-philippe") in signed
    chaired = said(ingester, "L'assemblée générale du 24 mars 2017 était présidée par Milouda "
                   "Ala.", "2017-03-30")  # fmt: skip
    assert ("EVENT", "attendee", P + "milouda-ala") in chaired


def test_the_president_of_a_body_is_not_the_chair_of_its_meeting(ingester: Ingester) -> None:
    # facts.md: "The board elected on 8 April 2010 had Marc Ratsimba as president."
    found = said(ingester, "Profession Banlieue, présidée par Marc Ratsimba, a tenu son "
                 "assemblée générale le 8 avril 2010.", "2010-04-15")  # fmt: skip
    assert ("EVENT", "startDate", "2010-04-08") in found
    assert ("EVENT", "attendee", P + "marc-ratsimba") not in found


def test_those_listed_after_a_verb_of_taking_part_and_a_colon_attended(
    ingester: Ingester,
) -> None:
    # facts.md: "At the 2022 Strasbourg gathering, the national partners named were CNFPT, CNV,
    # Bpifrance and IRDSU."
    text = ("Les 20 et 21 octobre, les centres de ressources se sont réunis à Strasbourg. Les "
            "partenaires nationaux avaient eux aussi fait le déplacement : le CNFPT, Bpifrance "
            "et l'IRDSU.")  # fmt: skip
    found = said(ingester, text, "2022-10-27")
    for body in ("cnfpt", "bpifrance", "irdsu"):
        assert ("EVENT", "attendee", O + body) in found


def test_the_chair_named_after_sous_la_presidence_attended(ingester: Ingester) -> None:
    # facts.md: "The general assembly of 28 Nov 2018 was chaired by préfet délégué Daniel
    # Barnier".
    found = said(ingester, "L'assemblée générale de l'IREV s'est tenue le 28 novembre 2018 sous "
                 "la présidence de Daniel Barnier.", "2018-12-03")  # fmt: skip
    assert ("EVENT", "attendee", P + "daniel-barnier") in found


def test_a_body_housed_by_another_is_no_host_of_the_event(ingester: Ingester) -> None:
    # facts.md: "The founding assembly of the association was held on 28 March 2013 in
    # Montpellier"; "IRTS-LR hosted it temporarily" (the centre, before the association).
    text = ("L'association Villes et Territoires a tenu son assemblée constitutive le 28 mars à "
            "Montpellier. Le centre a d'abord été hébergé par l'IRTS-LR.")  # fmt: skip
    found = said(ingester, text, "2013-04-03")
    assert ("EVENT", "startDate", "2013-03-28") in found
    assert not [s for s, r, o in found if r == "hosts"]


def test_a_farewell_dated_by_its_weekday_is_the_event_and_the_one_leaving_attended(
    ingester: Ingester,
) -> None:
    # facts.md §6: Sébastien Jallet's "farewell to the Orne on 25 June 2025, préfet of the Sarthe
    # on 30 June 2025"; in 2018 he opened the CRPVs' annual gathering in Paris.
    text = ("Sébastien Jallet, préfet de l'Orne, a dit au revoir aux Ornais ce mercredi 25 juin. "
            "En juin 2018, il avait ouvert à Paris la rencontre nationale des centres de "
            "ressources.")  # fmt: skip
    article = Article(body=text, url="https://example.org/t", date="2025-06-27")
    draft = ingester.draft(article)
    event = draft.extraction.event
    assert event is not None
    assert (event.kind, event.start) == ("https://schema.org/Event", "2025-06-25")
    found = {(s.subject, s.relation, s.object) for s in draft.extraction.statements}
    assert ("EVENT", "attendee", P + "sebastien-jallet") in found


def test_a_ceremony_told_as_a_plan_is_an_event_and_a_career_is_none(ingester: Ingester) -> None:
    # facts.md §6: Jallet "préfet of the Sarthe on 30 June 2025, succeeding Emmanuel Aubry".
    planned = Article(body="La cérémonie d'installation du préfet se tiendra le 30 juin 2025 au "
                      "Mans.", url="https://example.org/t", date="2025-06-20")  # fmt: skip
    event = ingester.draft(planned).extraction.event
    assert event is not None
    assert (event.kind, event.start) == ("https://schema.org/Event", "2025-06-30")
    career = Article(body="Sébastien Jallet devient préfet de la Sarthe le 30 juin 2025, où il "
                     "succède à Emmanuel Aubry.", url="https://example.org/t", date="2025-06-20")  # fmt: skip
    assert ingester.draft(career).extraction.event is None


def test_a_body_in_an_apposition_is_not_the_subject_of_the_verb_after_it(
    ingester: Ingester,
) -> None:
    # facts.md §0: "June 2018: ADCF president Jean-Luc Rigaut (mayor of Annecy) at a round table";
    # "Oct 2022 | 19 CRPVs gathered in Strasbourg", the centres members of the national network.
    mayor = ("Le 14 juin 2018, Jean-Luc Rigaut, maire d'Annecy, a participé à la rencontre "
             "nationale à Paris.")  # fmt: skip
    found = said(ingester, mayor, "2018-06-20")
    attendees = {o for s, r, o in found if s == "EVENT" and r == "attendee"}
    assert P + "jean-luc-rigaut" in attendees
    assert O + "ville-d-annecy" not in attendees
    centres = ("À Strasbourg, le 20 octobre 2022, les centres de ressources politique de la ville, "
               "tous membres du réseau national des CRPV, ont participé à un séminaire.")  # fmt: skip
    found = said(ingester, centres, "2022-10-27")
    attendees = {o for s, r, o in found if s == "EVENT" and r == "attendee"}
    assert attendees == {O + "centres-de-ressources"}


def test_the_bodies_in_the_apposition_of_a_complement_took_part(ingester: Ingester) -> None:
    # facts.md §0 (Oct 2021): "State regional services' politique de la ville referents (SGAR,
    # DREETS)" attended the sixth national meeting.
    text = ("Le 21 octobre 2021, les référents des services de l'Etat, issus du SGAR, ont "
            "participé à la rencontre nationale à Paris.")  # fmt: skip
    found = said(ingester, text, "2021-10-25")
    attendees = {o for s, r, o in found if s == "EVENT" and r == "attendee"}
    assert O + "sgar" in attendees


def test_a_president_who_hosted_in_the_imperfect_hosted_and_attended(ingester: Ingester) -> None:
    # facts.md §0: "25–26 Jun 2019 | Nantes | third national meeting, hosted by RésO Villes" and
    # its president Isabelle Melscoet.
    text = ("Le 25 juin 2019, Isabelle Melscoet, élue de Brest Métropole, accueillait à Nantes "
            "la rencontre nationale.")  # fmt: skip
    found = said(ingester, text, "2019-06-28")
    assert (P + "isabelle-melscoet", "hosts", "EVENT") in found
    assert ("EVENT", "attendee", P + "isabelle-melscoet") in found


def test_a_body_that_hosted_is_not_said_to_attend(ingester: Ingester) -> None:
    # facts.md §0: the 2019 meeting "hosted by RésO Villes".
    text = "Le 25 juin 2019, la rencontre nationale était accueillie par RésO Villes à Nantes."
    found = said(ingester, text, "2019-06-28")
    assert (O + "reso-villes", "hosts", "EVENT") in found
    assert ("EVENT", "attendee", O + "reso-villes") not in found


def test_those_who_had_gathered_attended(ingester: Ingester) -> None:
    # facts.md §0: "14–15 Jun 2018 | Paris | the 19 CRPVs gathered".
    text = ("Les 14 et 15 juin 2018, les centres de ressources politique de la ville s'étaient "
            "retrouvés à Paris.")  # fmt: skip
    found = said(ingester, text, "2018-06-20")
    assert ("EVENT", "attendee", O + "centres-de-ressources") in found


def test_those_who_meet_in_the_present_of_an_announcement_attend(ingester: Ingester) -> None:
    # facts.md §0, the 2021 meeting (Paris, 21-22 Oct): "François-Antoine Mariani ... commented
    # on the CRPVs' 2020 activity report".
    text = ("Les 21 et 22 octobre 2021, les centres de ressources politique de la ville se "
            "retrouvent à Paris pour leur rencontre nationale. Le bilan d'activité 2020 des "
            "centres sera commenté par François-Antoine Mariani.")  # fmt: skip
    found = said(ingester, text, "2021-10-01")
    assert ("EVENT", "attendee", O + "centres-de-ressources") in found
    assert (P + "francois-antoine-mariani", "speaksAt", "EVENT") in found


@pytest.mark.parametrize(
    ("text", "date", "person"),
    [
        # facts.md 258: "The CGET made the new framework official at a day held in Paris on 16
        # March (2017), with Hélène Geoffroy"
        (
            "Le 16 mars 2017, le CGET a tenu une journée nationale à Paris. Dans l'assistance "
            "figurait Hélène Geoffroy.",
            "2017-03-17",
            "helene-geoffroy",
        ),
        # facts.md 258: a day held in Paris on 16 March (2017), with Hélène Geoffroy.
        (
            "Le 16 mars 2017, le CGET a tenu une journée nationale à Paris. Hélène Geoffroy "
            "assistait à cette journée.",
            "2017-03-17",
            "helene-geoffroy",
        ),
    ],
)
def test_who_was_in_the_audience_or_attended_in_the_imperfect_attended(
    ingester: Ingester, text: str, date: str, person: str
) -> None:
    assert ("EVENT", "attendee", P + person) in said(ingester, text, date)


def test_the_body_participants_are_members_of_does_not_take_part(ingester: Ingester) -> None:
    # facts.md: "the ANRU day of Thursday 8 Feb (2024) in Aubervilliers ... CRPV speakers were
    # Fabien Bressan (Labo Cités) and Maximilien Steindorsson (RésO Villes)".
    text = ("Le jeudi 8 février 2024, la journée d'Aubervilliers a réuni Labo Cités et RésO "
            "Villes, deux centres membres du réseau national des CRPV.")  # fmt: skip
    found = said(ingester, text, "2024-02-12")
    attendees = {o for s, r, o in found if s == "EVENT" and r == "attendee"}
    assert attendees == {O + "labo-cites", O + "reso-villes"}


def test_the_acronym_of_a_speakers_body_does_not_speak(ingester: Ingester) -> None:
    # facts-part3.md §14: Évelyne Bouzzine, director of the CRPVE, heard on 11 April 2013.
    text = ("Le 11 avril 2013, les députés ont entendu Évelyne Bouzzine, directrice du centre de "
            "ressources « Politique de la ville » en Essonne (CRPVE), lors d'une audition.")  # fmt: skip
    found = said(ingester, text, "2013-04-15")
    speakers = {s for s, r, o in found if r == "speaksAt"}
    assert O + "crpv-essonne" not in speakers
    assert len(speakers) == 1


def test_the_subject_after_a_fronted_participle_clause_is_not_its_agent(
    ingester: Ingester,
) -> None:
    # facts.md §0: "June 2018: the 19 CRPVs met in Paris at the CGET's invitation".
    text = ("Réunis le 14 juin 2018 à l'invitation du CGET, les centres de ressources politique "
            "de la ville ont tenu leur rencontre nationale.")  # fmt: skip
    found = said(ingester, text, "2018-06-20")
    inviters = {s for s, r, o in found if r == "invites"}
    assert inviters == {O + "cget"}
    listed = ("Organisée le 14 juin 2018 par le CGET, l'ANRU et l'ERU, la rencontre nationale a "
              "réuni les centres de ressources politique de la ville.")  # fmt: skip
    organisers = {o for s, r, o in said(ingester, listed, "2018-06-20") if r == "organizer"}
    assert organisers == {O + "cget", O + "anru", O + "eru"}


def test_a_complement_followed_by_an_apposition_is_not_the_subject(ingester: Ingester) -> None:
    # facts.md §0 (June 2018): "State regional services' referents (then from the DRJSCS)".
    text = ("Le 14 juin 2018, les référents des services de l'Etat, alors issus des DRJSCS, "
            "avaient fait le déplacement à la rencontre nationale.")  # fmt: skip
    found = said(ingester, text, "2018-06-20")
    attendees = {o for s, r, o in found if s == "EVENT" and r == "attendee"}
    assert O + "etat" not in attendees


def test_a_complement_before_a_verb_clause_is_the_subject(ingester: Ingester) -> None:
    # facts.md §0 (Oct 2021): SGAR and DREETS referents and the presidents' conference attended.
    text = ("Le 21 octobre 2021, à la rencontre nationale, les référents du SGAR et de la DREETS "
            "étaient présents, tout comme la conférence des Présidents-es des CRPV.")  # fmt: skip
    attendees = {o for s, r, o in said(ingester, text, "2021-10-25") if r == "attendee"}
    assert {O + "sgar", O + "dreets"} <= attendees


def test_a_body_an_event_was_co_organised_with_organised_it(ingester: Ingester) -> None:
    # facts.md §0: "20–21 Oct 2022 | Strasbourg | ... co-organised with ANCT".
    text = ("Les 20 et 21 octobre 2022, la rencontre nationale des centres, co-organisée avec "
            "l'ANCT, s'est tenue à Strasbourg.")  # fmt: skip
    found = said(ingester, text, "2022-10-27")
    assert ("EVENT", "organizer", O + "anct") in found
    assert ("EVENT", "attendee", O + "anct") not in found


def test_those_listed_after_a_relative_clause_and_the_bodies_they_act_for_attended(
    ingester: Ingester,
) -> None:
    # facts.md: the Pacte de Dijon signed on 16 July 2018 at Matignon by Édouard Philippe,
    # Jean-Luc Rigaut for the ADCF and Jean-Luc Moudenc for France urbaine.
    text = ("La signature du pacte a eu lieu le 16 juillet 2018. Édouard Philippe l'a signé aux "
            "côtés de Jean-Luc Moudenc, qui signait au nom de France urbaine, et de Jean-Luc "
            "Rigaut, pour l'AdCF.")  # fmt: skip
    found = said(ingester, text, "2018-07-20")
    attendees = {o for s, r, o in found if s == "EVENT" and r == "attendee"}
    assert {P + "jean-luc-moudenc", P + "jean-luc-rigaut"} <= attendees
    assert {O + "france-urbaine", O + "adcf"} <= attendees


def test_a_body_that_presents_itself_is_not_present(ingester: Ingester) -> None:
    # facts-part3.md: Profession Banlieue's general assembly of 8 April 2010; it presents itself
    # as the resource centre of the Seine-Saint-Denis.
    text = ("Le 8 avril 2010, l'assemblée générale de l'association a élu son conseil. Profession "
            "Banlieue se présente comme le centre de ressources de la Seine-Saint-Denis.")  # fmt: skip
    found = said(ingester, text, "2010-04-12")
    assert ("EVENT", "attendee", O + "profession-banlieue") not in found


def test_those_at_the_meeting_as_was_another_attended(ingester: Ingester) -> None:
    # facts.md §0 (Oct 2021): the ANCT's teams and the DREETS referents attended the sixth meeting.
    text = ("Le 21 octobre 2021, à la rencontre nationale, l'ANCT était du rendez-vous, tout "
            "comme la DREETS.")  # fmt: skip
    attendees = {o for s, r, o in said(ingester, text, "2021-10-25") if r == "attendee"}
    assert attendees == {O + "anct", O + "dreets"}


def test_a_hearing_told_by_entendu_par_is_the_event_the_hearer_organised(
    ingester: Ingester,
) -> None:
    # facts.md §3 (ANCT): Stanislas Bourron "heard by the Assemblée nationale on Wednesday 16
    # November 2022" before his appointment.
    text = ("Stanislas Bourron a été entendu le 16 novembre 2022 par l'Assemblée nationale, "
            "avant sa nomination à la tête de l'ANCT.")  # fmt: skip
    article = Article(body=text, url="https://example.org/t", date="2022-12-05")
    draft = ingester.draft(article)
    assert draft.extraction.event is not None
    assert draft.extraction.event.start == "2022-11-16"
    found = {(s.subject, s.relation, s.object) for s in draft.extraction.statements}
    assert ("EVENT", "organizer", O + "assemblee-nationale") in found
    assert (P + "stanislas-bourron", "speaksAt", "EVENT") in found


def test_participants_witnesses_and_round_table_guests_took_part(ingester: Ingester) -> None:
    # facts.md §0 (June 2018): Jean-Luc Rigaut (ADCF) and representatives of the ANRU, the ERU
    # and the EPARECA at a round table with CRPV presidents; Sébastien Jallet opened the day.
    text = ("Le 14 juin 2018, la rencontre nationale s'est tenue à Paris. Parmi les participants, "
            "Jean-Luc Rigaut et l'ANRU. Le grand témoin de la journée, Sébastien Jallet, a conclu "
            "les travaux. Une table ronde avec l'ERU et l'EPARECA a suivi.")  # fmt: skip
    found = said(ingester, text, "2018-06-20")
    attendees = {o for s, r, o in found if s == "EVENT" and r == "attendee"}
    assert {P + "jean-luc-rigaut", O + "anru", O + "eru", O + "epareca"} <= attendees
    assert (P + "sebastien-jallet", "speaksAt", "EVENT") in found


def test_one_who_represented_a_body_and_the_body_attended(ingester: Ingester) -> None:
    # facts.md §0 (Oct 2021): François-Antoine Mariani for the ANCT at the sixth meeting.
    text = ("Le 21 octobre 2021, à la rencontre nationale, François-Antoine Mariani a représenté "
            "l'ANCT.")  # fmt: skip
    found = said(ingester, text, "2021-10-25")
    assert ("EVENT", "attendee", P + "francois-antoine-mariani") in found
    assert ("EVENT", "attendee", O + "anct") in found


def test_the_body_the_chair_represented_attended_through_him(ingester: Ingester) -> None:
    # facts-part3.md: the IREV's general assembly of 30 Nov 2020 "was chaired by Daniel Barnier,
    # préfet délégué pour l'égalité des chances with the préfet du Nord" (for the State).
    found = said(ingester, "Le 30 novembre, l'assemblée générale de l'IREV a été présidée par "
                 "Daniel Barnier, représentant l'Etat.", "2020-12-02")  # fmt: skip
    assert ("EVENT", "attendee", P + "daniel-barnier") in found
    assert ("EVENT", "attendee", O + "etat") in found


def test_who_thanked_the_participants_attended(ingester: Ingester) -> None:
    # facts-part3.md: "Jean-Patrick Gille président" thanked about 60 participants at the general
    # assembly of 31 May.
    found = said(ingester, "Lors de l'assemblée générale du 31 mai, Jean-Patrick Gille a "
                 "chaleureusement remercié la soixantaine de participants.", "2018-06-06")  # fmt: skip
    assert ("EVENT", "attendee", P + "jean-patrick-gille") in found


def test_a_body_welcoming_new_members_is_no_host(ingester: Ingester) -> None:
    # facts-part3.md (Villes au Carré): new members admitted at the general assembly of 31 May.
    text = ("L'assemblée générale de l'association s'est tenue le 31 mai. À cette occasion, "
            "Villes au Carré a accueilli ses nouveaux adhérents.")  # fmt: skip
    found = said(ingester, text, "2018-06-06")
    assert ("EVENT", "startDate", "2018-05-31") in found
    assert not [s for s, r, o in found if r == "hosts"]


@pytest.mark.parametrize(
    "text",
    [
        "Le jeudi 8 février, l'ANRU organise à Aubervilliers une journée sur vingt ans de "
        "renouvellement urbain.",
        "L'ANRU organisera le jeudi 8 février une journée anniversaire à Aubervilliers.",
        "Une journée anniversaire à Aubervilliers, le jeudi 8 février : l'ANRU l'organise pour "
        "ses vingt ans.",
        "Le 8 février, l'Agence nationale pour la rénovation urbaine organisait à Aubervilliers "
        "une journée sur ses vingt ans.",
    ],
)
def test_a_body_that_organises_in_any_tense_organised_the_event(
    ingester: Ingester, text: str
) -> None:
    # facts.md: "the ANRU day of Thursday 8 Feb (2024) in Aubervilliers".
    found = said(ingester, text, "2024-01-25")
    assert ("EVENT", "organizer", O + "anru") in found
    assert ("EVENT", "attendee", O + "anru") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Le 16 mars 2017, le CGET convie les centres de ressources à une journée à Paris.",
        "Le CGET a convié les centres de ressources à une journée à Paris le 16 mars 2017.",
        "Conviés par le CGET, les centres de ressources se sont retrouvés à Paris le 16 mars 2017.",
        "Le CGET invite les centres de ressources à une journée à Paris le 16 mars 2017.",
        "Le CGET a invité les centres de ressources à la journée du 16 mars 2017 à Paris.",
    ],
)
def test_a_body_that_convies_others_invited_them(ingester: Ingester, text: str) -> None:
    # facts.md: "The CGET made the new framework official at a day held in Paris on 16 March
    # (2017)".
    found = said(ingester, text, "2017-03-20")
    assert (O + "cget", "invites", "EVENT") in found


@pytest.mark.parametrize(
    "text",
    [
        "Le jeudi 8 février, l'ANRU tient une journée à Aubervilliers. Les centres de ressources "
        "politique de la ville y seront représentés.",
        "Une journée de l'ANRU a lieu le jeudi 8 février à Aubervilliers ; les centres de "
        "ressources politique de la ville y sont représentés.",
        "Le jeudi 8 février, une journée s'est tenue à Aubervilliers. Les centres de ressources "
        "politique de la ville ont été représentés par deux intervenants.",
    ],
)
def test_bodies_said_to_be_represented_in_any_tense_attended(ingester: Ingester, text: str) -> None:
    # facts.md: the ANRU day of 8 Feb 2024, where two CRPV staff spoke.
    found = said(ingester, text, "2024-01-25")
    assert ("EVENT", "attendee", O + "centres-de-ressources") in found


@pytest.mark.parametrize(
    "text",
    [
        "Le jeudi 8 février, l'ANRU organise une journée à Aubervilliers.\n\nAu programme, côté "
        "CRPV :\n- Fabien Bressan (Labo Cités) ;\n- Maximilien Steindorsson, de l'équipe de RésO "
        "Villes.\n\nInscriptions auprès de votre centre.",
        "Journée de l'ANRU, jeudi 8 février à Aubervilliers. Intervenants :\nFabien Bressan "
        "(Labo Cités)\nMaximilien Steindorsson (RésO Villes)",
        "Le jeudi 8 février, une journée se tiendra à Aubervilliers. Table ronde, avec :\n• Fabien "
        "Bressan (Labo Cités), chargé de mission\n• Maximilien Steindorsson, pour RésO Villes",
        "Le jeudi 8 février, une journée se tiendra à Aubervilliers.\nProgramme de la journée :"
        "\n9h30 - Fabien Bressan (Labo Cités)\n11h - Maximilien Steindorsson (RésO Villes)",
    ],
)
def test_the_people_listed_under_a_programme_heading_speak_and_their_bodies_attend(
    ingester: Ingester, text: str
) -> None:
    # facts.md: "the ANRU day of Thursday 8 Feb (2024) in Aubervilliers ... CRPV speakers were
    # Fabien Bressan (Labo Cités) and Maximilien Steindorsson (RésO Villes)".
    found = said(ingester, text, "2024-01-25")
    for person in ("fabien-bressan", "maximilien-steindorsson"):
        assert (P + person, "speaksAt", "EVENT") in found
        assert ("EVENT", "attendee", P + person) in found
    assert ("EVENT", "attendee", O + "labo-cites") in found
    assert ("EVENT", "attendee", O + "reso-villes") in found


def test_a_line_with_a_cue_of_its_own_keeps_the_cues_role(ingester: Ingester) -> None:
    # facts.md: the ANRU day of 8 Feb 2024; Anne-Claire Mialot, ANRU's director general.
    text = ("Le jeudi 8 février, une journée se tiendra à Aubervilliers.\nAu programme :\n"
            "9h30 - Ouverture par Anne-Claire Mialot\n10h - Fabien Bressan (Labo Cités)")  # fmt: skip
    found = said(ingester, text, "2024-01-25")
    assert (P + "anne-claire-mialot", "opens", "EVENT") in found
    assert (P + "anne-claire-mialot", "speaksAt", "EVENT") not in found
    assert (P + "fabien-bressan", "speaksAt", "EVENT") in found


@pytest.mark.parametrize(
    "text",
    [
        # a list under another heading
        "Le jeudi 8 février, une journée se tiendra à Aubervilliers.\n\nNos contacts :\n- Fabien "
        "Bressan (Labo Cités) ;\n- Maximilien Steindorsson (RésO Villes).",
        # the programme's list has ended at the blank line
        "Le jeudi 8 février, une journée se tiendra à Aubervilliers.\n\nAu programme :\n- les "
        "vingt ans du renouvellement urbain.\n\nFabien Bressan (Labo Cités) et Maximilien "
        "Steindorsson (RésO Villes) en parlent dans notre lettre.",
    ],
)
def test_names_outside_a_programme_list_do_not_speak(ingester: Ingester, text: str) -> None:
    # facts.md: the ANRU day of 8 Feb 2024 (above).
    found = said(ingester, text, "2024-01-25")
    assert not {s for s, r, o in found if r == "speaksAt"}
    assert ("EVENT", "attendee", O + "labo-cites") not in found


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Le jeudi 8 février, une journée s'est tenue à Aubervilliers. Intervenants : Fabien "
         "Bressan (Labo Cités) et Maximilien Steindorsson (RésO Villes).", "speaksAt"),
        ("Le jeudi 8 février, une journée s'est tenue à Aubervilliers, avec les interventions de "
         "Fabien Bressan (Labo Cités) et de Maximilien Steindorsson (RésO Villes).", "speaksAt"),
        ("Le jeudi 8 février, la journée d'Aubervilliers a été ouverte par Fabien Bressan (Labo "
         "Cités) et Maximilien Steindorsson (RésO Villes).", "opens"),
    ],
)  # fmt: skip
def test_a_body_in_brackets_after_a_person_with_a_role_attends_without_the_role(
    ingester: Ingester, text: str, role: str
) -> None:
    # facts.md: the ANRU day of 8 Feb 2024, "CRPV speakers were Fabien Bressan (Labo Cités) and
    # Maximilien Steindorsson (RésO Villes)".
    found = said(ingester, text, "2024-01-25")
    assert (P + "maximilien-steindorsson", role, "EVENT") in found
    for body in ("labo-cites", "reso-villes"):
        assert (O + body, role, "EVENT") not in found
        assert ("EVENT", "attendee", O + body) in found


@pytest.mark.parametrize(
    "text",
    [
        "Le jeudi 8 février, une journée s'est tenue à Aubervilliers. Parmi les intervenants "
        "figuraient Fabien Bressan, de Labo Cités, et Maximilien Steindorsson, de RésO Villes.",
        "Lors de la journée du jeudi 8 février à Aubervilliers, Fabien Bressan, de l'équipe de "
        "Labo Cités, et Maximilien Steindorsson, de l'équipe de RésO Villes, sont intervenus.",
        "Jeudi 8 février, journée à Aubervilliers en présence de Fabien Bressan (Labo Cités) et "
        "de Maximilien Steindorsson (RésO Villes).",
    ],
)
def test_the_bodies_people_present_come_from_attended(ingester: Ingester, text: str) -> None:
    # facts.md: the ANRU day of 8 Feb 2024, "CRPV speakers were Fabien Bressan (Labo Cités) and
    # Maximilien Steindorsson (RésO Villes)".
    found = said(ingester, text, "2024-01-25")
    assert ("EVENT", "attendee", O + "labo-cites") in found
    assert ("EVENT", "attendee", O + "reso-villes") in found


def test_the_body_of_someone_not_said_to_be_present_does_not_attend(ingester: Ingester) -> None:
    # facts.md: the ANRU day of 8 Feb 2024 (above).
    text = ("Le jeudi 8 février, une journée s'est tenue à Aubervilliers. Fabien Bressan, de Labo "
            "Cités, en a tiré un article.")  # fmt: skip
    assert ("EVENT", "attendee", O + "labo-cites") not in said(ingester, text, "2024-01-25")


@pytest.mark.parametrize(
    "text",
    [
        "Une journée nationale, proposée par le CGET, se tiendra le 16 mars 2017 à Paris.",
        "Le 16 mars 2017, à l'initiative du CGET, les centres de ressources se retrouvent à Paris.",
        "Les centres de ressources se réuniront le 16 mars 2017 à Paris, à l'initiative du CGET.",
        "Retour sur la journée du 16 mars 2017 organisée par le CGET, en présence d'Hélène "
        "Geoffroy.",
    ],
)
def test_the_organiser_of_an_announced_gathering_and_no_one_after_another_cue(
    ingester: Ingester, text: str
) -> None:
    # facts.md: "The CGET made the new framework official at a day held in Paris on 16 March
    # (2017), with Hélène Geoffroy, secretary of state for the city."
    found = said(ingester, text, "2017-03-10")
    assert {o for s, r, o in found if r == "organizer"} == {O + "cget"}


@pytest.mark.parametrize(
    "text",
    [
        "L'ANRU a fêté ses vingt ans le jeudi 8 février à Aubervilliers.",
        "Le jeudi 8 février, l'ANRU fête ses vingt ans à Aubervilliers.",
        "L'Agence nationale pour la rénovation urbaine célébrera son anniversaire le jeudi 8 "
        "février à Aubervilliers.",
    ],
)
def test_a_body_celebrating_its_own_anniversary_organised_it(ingester: Ingester, text: str) -> None:
    # facts.md: the ANRU day of 8 Feb 2024, for twenty years of urban renewal.
    assert ("EVENT", "organizer", O + "anru") in said(ingester, text, "2024-02-01")


def test_a_round_tables_panel_in_a_programme_speaks(ingester: Ingester) -> None:
    # facts.md: the 2018 gathering: "opened by Sébastien Jallet"; "a round table with the ADCF
    # president Jean-Luc Rigaut"; Valérie Lasek, director general of the Epareca.
    text = ("Regroupement annuel des CRPV, 14 et 15 juin 2018, Paris\nAu programme :\n9h30 – "
            "Ouverture par Sébastien Jallet\n10h – Table ronde animée par Question de ville, avec "
            "Jean-Luc Rigaut (ADCF) et Valérie Lasek (Epareca)\n12h – Déjeuner")  # fmt: skip
    found = said(ingester, text, "2018-06-20")
    assert (P + "sebastien-jallet", "opens", "EVENT") in found
    assert (O + "question-de-ville", "facilitates", "EVENT") in found
    for person in ("jean-luc-rigaut", "valerie-lasek"):
        assert (P + person, "speaksAt", "EVENT") in found
    assert ("EVENT", "attendee", O + "epareca") in found
    assert not {o for s, r, o in found if r == "attendee" and o.startswith("NEW:")}


@pytest.mark.parametrize(
    "text",
    [
        "L'ANRU a fêté ses vingt ans le jeudi 8 février à Aubervilliers. Côté CRPV : Fabien "
        "Bressan (Labo Cités) et Maximilien Steindorsson (RésO Villes).",
        "Le jeudi 8 février, l'ANRU a réuni son monde à Aubervilliers ; côté centres de "
        "ressources : Fabien Bressan et Maximilien Steindorsson.",
        "Le jeudi 8 février, l'ANRU a réuni son monde à Aubervilliers. Fabien Bressan est "
        "d'abord intervenu, puis Maximilien Steindorsson est ensuite intervenu.",
    ],
)
def test_those_on_a_side_of_the_meeting_or_who_spoke_after_an_adverb_were_there(
    ingester: Ingester, text: str
) -> None:
    # facts.md: the ANRU day of 8 Feb 2024, "CRPV speakers were Fabien Bressan (Labo Cités) and
    # Maximilien Steindorsson (RésO Villes)".
    found = said(ingester, text, "2024-02-12")
    for person in ("fabien-bressan", "maximilien-steindorsson"):
        assert ("EVENT", "attendee", P + person) in found


def test_a_body_inviting_to_think_invites_to_no_meeting(ingester: Ingester) -> None:
    # facts.md: the CGET's day in Paris on 16 March 2017 (above).
    text = ("Le 16 mars 2017, les centres de ressources se sont retrouvés à Paris. Le CGET invite "
            "à réfléchir aux contrats de ville.")  # fmt: skip
    assert (O + "cget", "invites", "EVENT") not in said(ingester, text, "2017-03-20")


@pytest.mark.parametrize(
    "text",
    [
        "Les 20 et 21 octobre 2022, les centres se sont réunis à Strasbourg. La rencontre, "
        "co-organisée par le réseau national des CRPV et l'ANCT, a accueilli Hélène Geoffroy.",
        "Co-organisée par le réseau national des CRPV et l'ANCT, la rencontre des 20 et 21 "
        "octobre 2022 à Strasbourg a accueilli Hélène Geoffroy.",
    ],
)
def test_the_organisers_in_an_inserted_clause_do_not_host_and_whom_the_meeting_received_attended(
    ingester: Ingester, text: str
) -> None:
    # facts.md: "20–21 Oct 2022 | Strasbourg | ... co-organised with ANCT; Hélène Geoffroy".
    found = said(ingester, text, "2022-10-27")
    assert ("EVENT", "organizer", O + "anct") in found
    assert not {s for s, r, o in found if r == "hosts"}
    assert ("EVENT", "attendee", P + "helene-geoffroy") in found


def test_a_body_welcoming_new_members_receives_no_attendee(ingester: Ingester) -> None:
    # facts.md: the IREV's general assembly of 24 March 2017 admitted Lens-Liévin, Valenciennes
    # Métropole and the Pays noyonnais.
    text = ("Le 24 mars 2017, l'assemblée générale de l'IREV a accueilli trois nouveaux membres, "
            "dont Valenciennes Métropole.")  # fmt: skip
    found = said(ingester, text, "2017-03-30")
    assert ("EVENT", "attendee", O + "valenciennes-metropole") not in found


def test_the_members_listed_under_a_programmes_name_do_not_speak(ingester: Ingester) -> None:
    # facts.md: the ANRU day of 8 Feb 2024; Anne-Claire Mialot, the ANRU's director general.
    text = ("Le jeudi 8 février, une journée se tiendra à Aubervilliers.\nLe comité du programme "
            "national de renouvellement urbain :\n- Anne-Claire Mialot (ANRU)")  # fmt: skip
    found = said(ingester, text, "2024-01-25")
    assert (P + "anne-claire-mialot", "speaksAt", "EVENT") not in found


def test_a_topic_opened_by_cote_names_no_one_there(ingester: Ingester) -> None:
    # facts.md: the ANRU day of 8 Feb 2024; Anne-Claire Mialot heads the ANRU.
    text = ("Le jeudi 8 février, l'ANRU a réuni son monde à Aubervilliers. Côté direction, "
            "Anne-Claire Mialot pilote l'agence.")  # fmt: skip
    found = said(ingester, text, "2024-02-12")
    assert ("EVENT", "attendee", P + "anne-claire-mialot") not in found


@pytest.mark.parametrize(
    "text",
    [
        "La rencontre nationale du 14 juin 2018 a été ouverte par Sébastien Jallet et clôturée "
        "par Jean-Luc Rigaut.",
        "Le 14 juin 2018, la rencontre nationale, conclue en fin de journée par Jean-Luc Rigaut, "
        "a réuni les centres.",
        "Jean-Luc Rigaut a clôturé la rencontre nationale du 14 juin 2018.",
        "Jean-Luc Rigaut clôturera la rencontre nationale du 14 juin 2018.",
    ],
)
def test_who_closes_a_meeting_speaks_there(ingester: Ingester, text: str) -> None:
    # facts.md: the 2018 meeting "welcomed ADCF president Jean-Luc Rigaut" (here as its closer).
    found = said(ingester, text, "2018-06-10")
    assert (P + "jean-luc-rigaut", "speaksAt", "EVENT") in found
    assert (P + "jean-luc-rigaut", "opens", "EVENT") not in found


def test_a_meeting_held_in_closing_another_gives_that_ones_body_no_word(
    ingester: Ingester,
) -> None:
    # facts.md: the Pacte de Dijon, presented in Dijon at France urbaine's conference.
    text = ("Le 14 juin 2018, la rencontre nationale a réuni les centres. Le pacte avait été "
            "présenté en clôture de la conférence de France urbaine.")  # fmt: skip
    assert not any(r == "speaksAt" for _, r, _ in said(ingester, text, "2018-06-20"))


@pytest.mark.parametrize(
    "text",
    [
        "La rencontre nationale a rassemblé le 14 juin 2018 à Paris l'ANRU, l'AdCF et l'EPARECA.",
        "Le 14 juin 2018, la rencontre nationale a rassemblé plusieurs partenaires : l'ANRU, "
        "l'AdCF et l'EPARECA.",
        "Le 14 juin 2018, le CGET a rassemblé l'ANRU, l'AdCF et l'EPARECA pour la rencontre "
        "nationale.",
    ],
)
def test_those_a_meeting_rassemble_attended(ingester: Ingester, text: str) -> None:
    # facts.md: the 2018 meeting welcomed "representatives of ANRU, ERU and EPARECA" and the AdCF.
    found = said(ingester, text, "2018-06-20")
    for body in ("anru", "adcf"):
        assert ("EVENT", "attendee", O + body) in found, body


def test_who_rassemble_the_others_organised(ingester: Ingester) -> None:
    text = ("Le 14 juin 2018, le CGET a rassemblé l'ANRU et l'AdCF pour la rencontre "
            "nationale.")  # fmt: skip
    assert ("EVENT", "organizer", O + "cget") in said(ingester, text, "2018-06-20")


@pytest.mark.parametrize(
    "text",
    [
        "Placée sous l'égide du CGET, la rencontre nationale s'est tenue le 14 juin 2018.",
        "La rencontre nationale du 14 juin 2018, sous le haut patronage du CGET, a réuni les "
        "centres.",
        "Le 14 juin 2018, les centres se sont réunis sous l'égide du CGET pour leur "
        "rencontre nationale.",
    ],
)
def test_the_body_a_meeting_is_held_under_organised_it(ingester: Ingester, text: str) -> None:
    # facts.md: the 2018 meeting, "at the CGET's invitation", prepared jointly by the CGET.
    assert ("EVENT", "organizer", O + "cget") in said(ingester, text, "2018-06-20")


def test_a_body_under_whose_aegis_another_acts_outside_a_meeting_organises_nothing(
    ingester: Ingester,
) -> None:
    text = "Le 14 juin 2018, le CGET a publié un guide. Le réseau travaille sous l'égide de l'ANCT."
    assert not any(r == "organizer" for _, r, _ in said(ingester, text, "2018-06-20"))


@pytest.mark.parametrize(
    "text",
    [
        "La rencontre nationale s'est tenue le 14 juin 2018. Sont intervenus : Sébastien Jallet "
        "et Jean-Luc Rigaut.",
        "La rencontre nationale s'est tenue le 14 juin 2018. Ont ensuite pris la parole "
        "Sébastien Jallet et Jean-Luc Rigaut.",
        "Le 14 juin 2018, lors de la rencontre nationale, intervenaient notamment Sébastien "
        "Jallet et Jean-Luc Rigaut.",
        "Le 14 juin 2018, la rencontre nationale a donné la parole à Sébastien Jallet et à "
        "Jean-Luc Rigaut.",
        "La rencontre nationale s'est tenue le 14 juin 2018. La parole a d'abord été donnée à "
        "Sébastien Jallet et à Jean-Luc Rigaut.",
        "La rencontre nationale du 14 juin 2018 a permis d'entendre les témoignages de Sébastien "
        "Jallet et de Jean-Luc Rigaut.",
    ],
)
def test_the_speakers_after_a_verb_before_its_subjects_or_the_floor_given_speak(
    ingester: Ingester, text: str
) -> None:
    # facts.md: Sébastien Jallet opened the 2018 meeting, which welcomed Jean-Luc Rigaut.
    found = said(ingester, text, "2018-06-20")
    for person in ("sebastien-jallet", "jean-luc-rigaut"):
        assert (P + person, "speaksAt", "EVENT") in found, person


def test_a_verb_of_speaking_before_a_complement_gives_its_names_no_word(
    ingester: Ingester,
) -> None:
    text = ("La rencontre nationale s'est tenue le 14 juin 2018. Sont intervenus sur la place du "
            "CGET plusieurs directeurs.")  # fmt: skip
    assert (O + "cget", "speaksAt", "EVENT") not in said(ingester, text, "2018-06-20")


@pytest.mark.parametrize(
    "text",
    [
        "La rencontre nationale s'est tenue le 14 juin 2018. Étaient également présents l'ANRU "
        "et l'AdCF.",
        "La rencontre nationale s'est tenue le 14 juin 2018. Participaient notamment : l'ANRU et "
        "l'AdCF.",
        "Le 14 juin 2018, à la rencontre nationale, assistaient l'ANRU et l'AdCF.",
    ],
)
def test_those_after_a_verb_of_presence_before_its_subjects_attended(
    ingester: Ingester, text: str
) -> None:
    # facts.md: the 2018 meeting welcomed representatives of ANRU and the AdCF's president.
    found = said(ingester, text, "2018-06-20")
    for body in ("anru", "adcf"):
        assert ("EVENT", "attendee", O + body) in found, body


@pytest.mark.parametrize(
    "text",
    [
        "Le 14 juin 2018, la rencontre nationale s'est tenue chez RésO Villes, à Nantes.",
        "Le 14 juin 2018, RésO Villes était l'hôte de la rencontre nationale, à Nantes.",
        "Les centres se sont réunis chez RésO Villes le 14 juin 2018 pour leur rencontre "
        "nationale.",
    ],
)
def test_the_body_a_meeting_is_held_at_hosts_it(ingester: Ingester, text: str) -> None:
    # facts.md: RésO Villes, the centre of Bretagne and Pays de la Loire, in Nantes.
    assert (O + "reso-villes", "hosts", "EVENT") in said(ingester, text, "2018-06-20")


def test_chez_before_people_or_a_host_of_another_meeting_hosts_nothing(
    ingester: Ingester,
) -> None:
    text = ("Le 14 juin 2018, la rencontre nationale a réuni les centres à Paris. Le chômage "
            "reste élevé chez les jeunes que suit RésO Villes.")  # fmt: skip
    assert not any(r == "hosts" for _, r, _ in said(ingester, text, "2018-06-20"))


@pytest.mark.parametrize(
    "text",
    [
        "Le CGET a invité les centres à Paris pour leur rencontre nationale du 14 juin 2018.",
        "Le 14 juin 2018, le CGET invitait les équipes pour une journée d'étude à Paris.",
    ],
)
def test_who_invites_others_for_a_meeting_invites_to_it(ingester: Ingester, text: str) -> None:
    # facts.md: the 19 CRPVs met in Paris "at the CGET's invitation".
    assert (O + "cget", "invites", "EVENT") in said(ingester, text, "2018-06-20")


@pytest.mark.parametrize(
    "text",
    [
        "Rencontre nationale, le 14 juin 2018 à Paris.\n\nProgramme :\n9h30 : accueil\n10h : "
        "Ouverture, Sébastien Jallet\n16h : Conclusion – Jean-Luc Rigaut",
        "Le 14 juin 2018, rencontre nationale à Paris. Introduction : Sébastien Jallet. Clôture "
        "de la journée : Jean-Luc Rigaut.",
        "Rencontre nationale du 14 juin 2018. Mot d'accueil, Sébastien Jallet ; synthèse, "
        "Jean-Luc Rigaut.",
    ],
)
def test_a_programmes_steps_give_their_holders_roles(ingester: Ingester, text: str) -> None:
    # facts.md: Sébastien Jallet opened the 2018 meeting, which welcomed Jean-Luc Rigaut.
    found = said(ingester, text, "2018-06-20")
    assert (P + "sebastien-jallet", "opens", "EVENT") in found
    assert (P + "jean-luc-rigaut", "speaksAt", "EVENT") in found


@pytest.mark.parametrize(
    "text",
    [
        "La rencontre nationale s'est tenue le 14 juin 2018. En conclusion, la rencontre a "
        "rappelé le rôle du CGET.",
        "La rencontre nationale s'est tenue le 14 juin 2018. Conclusion : le CGET recommande "
        "de poursuivre.",
    ],
)
def test_a_conclusion_before_no_name_gives_the_bodies_after_it_no_word(
    ingester: Ingester, text: str
) -> None:
    assert (O + "cget", "speaksAt", "EVENT") not in said(ingester, text, "2018-06-20")


@pytest.mark.parametrize(
    "text",
    [
        "L'assemblée générale de l'IREV s'est tenue le 28 novembre 2018. À la présidence de "
        "séance : Daniel Barnier. Vice-présidence : Milouda Ala.",
        "L'assemblée générale de l'IREV s'est tenue le 28 novembre 2018. La présidence de la "
        "séance a été confiée à Daniel Barnier ; la vice-présidence revenait à Milouda Ala.",
        "L'assemblée générale de l'IREV s'est tenue le 28 novembre 2018. Daniel Barnier "
        "présidait les débats et Milouda Ala en assurait la vice-présidence.",
    ],
)
def test_who_chairs_a_meeting_attended_it(ingester: Ingester, text: str) -> None:
    # facts.md: the IREV's general assembly of 28 Nov 2018, chaired by Daniel Barnier, with
    # Milouda Ala as vice-chair.
    found = said(ingester, text, "2018-12-03")
    for person in ("daniel-barnier", "milouda-ala"):
        assert ("EVENT", "attendee", P + person) in found, person


def test_who_presides_over_a_body_is_not_said_to_chair_the_meeting(ingester: Ingester) -> None:
    text = ("L'assemblée générale de l'IREV s'est tenue le 28 novembre 2018. Milouda Ala "
            "présidait alors l'association Villes au Carré.")  # fmt: skip
    assert ("EVENT", "attendee", P + "milouda-ala") not in said(ingester, text, "2018-12-03")


@pytest.mark.parametrize(
    "listing",
    [
        "Intervenants : Fabien Bressan (Labo Cités) ; Maximilien Steindorsson (RésO Villes).",
        "Au micro se sont succédé Fabien Bressan et Maximilien Steindorsson.",
    ],
)
def test_speakers_a_semicolon_apart_or_who_followed_each_other_speak(
    ingester: Ingester, listing: str
) -> None:
    # facts.md 321: the ANRU day of Thursday 8 Feb 2024 in Aubervilliers; CRPV speakers were
    # Fabien Bressan (Labo Cités) and Maximilien Steindorsson (RésO Villes).
    text = "Le jeudi 8 février, l'ANRU a réuni à Aubervilliers une journée. " + listing
    found = said(ingester, text, "2024-02-12")
    for person in ("fabien-bressan", "maximilien-steindorsson"):
        assert (P + person, "speaksAt", "EVENT") in found


def test_the_subject_of_the_main_clause_closes_a_fronted_list_of_organisers(
    ingester: Ingester,
) -> None:
    # facts.md 321: the ANRU day of 8 Feb 2024 in Aubervilliers, where Fabien Bressan spoke.
    text = ("Lors de la journée du jeudi 8 février organisée par l'ANRU à Aubervilliers, Fabien "
            "Bressan a pris la parole.")  # fmt: skip
    found = said(ingester, text, "2024-02-12")
    assert ("EVENT", "organizer", O + "anru") in found
    assert ("EVENT", "organizer", P + "fabien-bressan") not in found


def test_the_lines_of_a_section_of_members_list_no_one_who_came(ingester: Ingester) -> None:
    # facts-part3.md §12: the convention of the GIP Maore Ouvoimoja signed on 11 April 2019; its
    # founding members included CADEMA and the communes of Bandrélé and Sada.
    text = ("Maore Ouvoimoja, c'est le groupement d'intérêt public politique de la ville de "
            "Mayotte. Sa convention constitutive a été signée le jeudi 11 avril 2019.\n\n"
            "Nos membres fondateurs\nCôté intercommunalités : la CADEMA.\nCôté communes : "
            "Bandrélé et Sada.")  # fmt: skip
    found = said(ingester, text, "2019-04-12")
    assert not [o for s, r, o in found if r == "attendee"]
    assert [s for s, r, o in found if r == "memberOf" and o == O + "maore-ouvoimoja"]


def test_a_room_where_something_was_signed_holds_no_audience(ingester: Ingester) -> None:
    # facts-part3.md 124: the convention constitutive of the GIP "Maore Ouvoimoja" was signed on
    # Thursday 11 April 2019 at 9:00, in the DIIC meeting room of the Mamoudzou prefecture.
    found = said(ingester, "Jeudi 11 avril 2019, à 9 heures, la convention constitutive du GIP "
                           "« Maore Ouvoimoja » a été signée dans la salle de réunion de la DIIC, "
                           "à la préfecture de Mamoudzou.", "2019-04-12")  # fmt: skip
    assert not [o for s, r, o in found if r == "attendee" and "diic" in o.lower()]


@pytest.mark.parametrize(
    "heading",
    ["Avec la participation de :", "Ont participé à la rencontre :", "En présence de :"],
)
def test_the_people_listed_under_a_participation_heading_attended(
    ingester: Ingester, heading: str
) -> None:
    # facts.md: "20–21 Oct 2022 | Strasbourg | ... Hélène Geoffroy (mayor of Vaulx-en-Velin,
    # CNV), Fabienne Keller (MEP)".
    text = (f"Les 20 et 21 octobre 2022, la rencontre nationale des centres s'est tenue à "
            f"Strasbourg.\n\n{heading}\n- Hélène Geoffroy\n- Fabienne Keller")  # fmt: skip
    found = said(ingester, text, "2022-10-27")
    assert ("EVENT", "attendee", P + "helene-geoffroy") in found
    assert ("EVENT", "attendee", P + "fabienne-keller") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Les partenaires nationaux étaient au rendez-vous : le CNFPT, le CNV, Bpifrance et "
        "l'IRDSU.",
        "Quatre partenaires du réseau étaient aussi de la partie : le CNFPT, le CNV, Bpifrance "
        "et l'IRDSU.",
        "Le CNFPT, le CNV, Bpifrance et l'IRDSU étaient eux aussi de la partie.",
    ],
)
def test_the_bodies_said_to_be_of_the_party_attended(ingester: Ingester, sentence: str) -> None:
    # facts.md: "At the 2022 Strasbourg gathering, the national partners named were CNFPT, CNV,
    # Bpifrance and IRDSU."
    text = f"Les 20 et 21 octobre 2022, les centres se sont réunis à Strasbourg. {sentence}"
    found = said(ingester, text, "2022-10-27")
    for partner in ("cnfpt", "cnv", "bpifrance", "irdsu"):
        assert ("EVENT", "attendee", O + partner) in found


def test_the_centres_that_have_a_meeting_somewhere_attend_it(ingester: Ingester) -> None:
    # facts.md: "20–21 Oct 2022 | Strasbourg": the national meeting of the centres.
    text = ("Les 20 et 21 octobre 2022, les équipes des centres de ressources politique de la "
            "ville ont rendez-vous à Strasbourg pour leur rencontre nationale.")  # fmt: skip
    found = said(ingester, text, "2022-10-10")
    assert ("EVENT", "attendee", O + "centres-de-ressources") in found


def test_the_body_that_gives_the_centres_a_meeting_does_not_attend_by_it(
    ingester: Ingester,
) -> None:
    # facts.md: "16 Mar 2017 | Paris | CGET | first 'day of the CRPVs'".
    text = ("Le 16 mars 2017, le CGET donne rendez-vous à Paris aux centres de ressources "
            "politique de la ville pour leur première journée.")  # fmt: skip
    found = said(ingester, text, "2017-03-01")
    assert ("EVENT", "attendee", O + "cget") not in found


def test_the_people_a_hearing_lists_speak_and_the_bodies_of_their_titles_do_not_attend(
    ingester: Ingester,
) -> None:
    # facts-part3.md: the hearing of Thursday 11 April 2013 by the Assemblée nationale's mission
    # on elderly immigrants: Olivia Maire, deputy director of Profession Banlieue, Murielle
    # Maffessoli, director of the ORIV.
    text = ("Séance du jeudi 11 avril 2013 de la mission d'information sur les immigrés âgés\n\n"
            "Personnes auditionnées :\n- Mme Murielle Maffessoli, directrice de l'ORIV ;\n- Mme "
            "Olivia Maire, directrice adjointe de Profession Banlieue.")  # fmt: skip
    found = said(ingester, text, "2013-04-12")
    for person in ("murielle-maffessoli", "olivia-maire"):
        assert (P + person, "speaksAt", "EVENT") in found
    assert ("EVENT", "attendee", O + "oriv") not in found
    assert ("EVENT", "attendee", O + "profession-banlieue") not in found


def test_the_one_heard_after_a_participle_clause_speaks_and_the_hearer_organised(
    ingester: Ingester,
) -> None:
    # facts.md / synthetic-11's sheet: Stanislas Bourron heard by the Assemblée nationale on 16
    # November 2022 before his appointment at the head of the ANCT.
    text = ("Auditionné le mercredi 16 novembre 2022 par l'Assemblée nationale, Stanislas Bourron "
            "a obtenu un avis favorable des députés.")  # fmt: skip
    found = said(ingester, text, "2022-11-18")
    assert (P + "stanislas-bourron", "speaksAt", "EVENT") in found
    assert ("EVENT", "organizer", O + "assemblee-nationale") in found
    assert ("EVENT", "organizer", P + "stanislas-bourron") not in found


@pytest.mark.parametrize("led", ["a été mené", "a été animé", "a été conduit"])
def test_the_one_a_step_of_the_meeting_was_led_with_attended(ingester: Ingester, led: str) -> None:
    # facts-part3.md: "The assembly [of Villes au Carré, 28 June 2022] included a retrospective
    # on Villes au Carré's 15 years, led with Bernard Bensoussan, founder of Voix Publiques."
    text = ("L'assemblée générale de Villes au Carré s'est tenue le 28 juin 2022. Un retour sur "
            f"ses quinze années d'existence {led} avec Bernard Bensoussan.")  # fmt: skip
    found = said(ingester, text, "2022-07-01")
    assert ("EVENT", "attendee", P + "bernard-bensoussan") in found


def test_the_one_a_meeting_elected_attended(ingester: Ingester) -> None:
    # facts.md: Jean-Luc Rigaut "President of the ADCF from 4 Oct 2017 (convention in Nantes)".
    text = ("Le 4 octobre 2017, le congrès de l'AdCF, réuni à Nantes, a élu Jean-Luc Rigaut "
            "président de l'association.")  # fmt: skip
    found = said(ingester, text, "2017-10-06")
    assert ("EVENT", "attendee", P + "jean-luc-rigaut") in found


def test_a_study_carried_out_with_a_body_is_no_attendance(ingester: Ingester) -> None:
    # facts-part3.md: the assembly of Villes au Carré of 28 June 2022 (above).
    text = ("L'assemblée générale de Villes au Carré s'est tenue le 28 juin 2022. Elle a adopté "
            "une étude réalisée avec Voix Publiques.")  # fmt: skip
    found = said(ingester, text, "2022-07-01")
    assert ("EVENT", "attendee", O + "voix-publiques") not in found


def test_the_body_that_gives_the_centres_a_meeting_organised_it(ingester: Ingester) -> None:
    # facts.md: "16 Mar 2017 | Paris | CGET | first 'day of the CRPVs'".
    text = ("Le 16 mars 2017, le CGET donne rendez-vous à Paris aux centres de ressources "
            "politique de la ville pour leur première journée.")  # fmt: skip
    found = said(ingester, text, "2017-03-01")
    assert ("EVENT", "organizer", O + "cget") in found


def test_those_who_give_each_other_a_meeting_organise_nothing(ingester: Ingester) -> None:
    # facts.md: "20–21 Oct 2022 | Strasbourg": the national meeting of the centres.
    text = ("Les 20 et 21 octobre 2022, le réseau national des CRPV et l'ANCT se donnent "
            "rendez-vous à Strasbourg pour la rencontre nationale.")  # fmt: skip
    found = said(ingester, text, "2022-10-10")
    assert not {o for s, r, o in found if r == "organizer"}


@pytest.mark.parametrize(
    "text",
    [
        "Le lancement de Villes au Carré a eu lieu le 9 octobre 2007 à Poitiers.\n\nPhoto 1. Au "
        "premier rang, "
        "le préfet Bernard Fraigneau.\n\nPhoto 2. Yves Dauge et Michel Lussault.",
        "Le lancement du centre de ressources a eu lieu le mardi 9 octobre 2007.\n\n[Photo 1] "
        "Bernard "
        "Fraigneau, préfet, lors de la journée.\n\n[Photo 2] De gauche à droite : Yves Dauge et "
        "Michel Lussault.",
        "Retour en images sur le lancement de Villes au Carré, le 9 octobre 2007.\n\nImage 1 : le "
        "préfet Bernard Fraigneau salue la salle.\nImage 2 - Ici, Yves Dauge aux côtés de Michel "
        "Lussault.",
    ],
)
def test_the_people_a_photos_caption_opens_with_attended(ingester: Ingester, text: str) -> None:
    # facts.md: Villes au Carré "was launched on 9 October 2007 in Poitiers. Present: préfet
    # Bernard Fraigneau, [...] Yves Dauge (the first DIV), Michel Lussault".
    found = said(ingester, text, "2007-10-15")
    attendees = {o for s, r, o in found if s == "EVENT" and r == "attendee"}
    assert {P + "bernard-fraigneau", P + "yves-dauge", P + "michel-lussault"} <= attendees


def test_an_archive_photo_or_a_name_inside_a_caption_shows_no_one_there(
    ingester: Ingester,
) -> None:
    # facts.md: Villes au Carré's launch on 9 October 2007; Yves Dauge was the first DIV.
    text = ("Le lancement de Villes au Carré a eu lieu le 9 octobre 2007.\n\n[Photo 3, archives] Yves Dauge "
            "au temps de la DIV.\n\nPhoto 4. La salle, où l'on a salué le travail de Michel "
            "Lussault.")  # fmt: skip
    found = said(ingester, text, "2007-10-15")
    assert ("EVENT", "attendee", P + "yves-dauge") not in found
    assert ("EVENT", "attendee", P + "michel-lussault") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Les 25 et 26 juin 2019, les centres de ressources se sont retrouvés à Nantes pour la "
        "rencontre nationale. L'hôte de la rencontre, RésO Villes, couvre la Bretagne.",
        "Les 25 et 26 juin 2019, la rencontre nationale s'est tenue à Nantes. Hôte de ces deux "
        "journées : RésO Villes.",
        "Les 25 et 26 juin 2019, RésO Villes reçoit à Nantes les équipes des centres de "
        "ressources pour la rencontre nationale.",
        "Le 25 juin 2019, RésO Villes recevait les participants de la rencontre nationale.",
    ],
)
def test_the_host_named_in_apposition_or_who_receives_the_participants_hosts(
    ingester: Ingester, text: str
) -> None:
    # facts.md: "25–26 June 2019 | Nantes | [...] hosted by RésO Villes with CGET".
    found = said(ingester, text, "2019-06-28")
    assert (O + "reso-villes", "hosts", "EVENT") in found


def test_a_body_that_received_support_or_a_label_hosts_nothing(ingester: Ingester) -> None:
    # facts.md: the 2019 meeting in Nantes; RésO Villes is a labelled centre.
    text = ("Le 25 juin 2019, la rencontre nationale s'est tenue à Nantes. RésO Villes a reçu le "
            "soutien de la Région, et reçoit des subventions de l'État.")  # fmt: skip
    found = said(ingester, text, "2019-06-28")
    assert (O + "reso-villes", "hosts", "EVENT") not in found


def test_a_name_a_cue_governs_before_the_comma_is_not_the_verbs_subject(
    ingester: Ingester,
) -> None:
    # facts.md: the 2019 meeting "hosted by RésO Villes with CGET".
    text = ("Les 25 et 26 juin 2019, pour la rencontre nationale organisée avec le CGET, RésO "
            "Villes reçoit les équipes à Nantes.")  # fmt: skip
    found = said(ingester, text, "2019-06-28")
    assert (O + "reso-villes", "hosts", "EVENT") in found
    assert (O + "cget", "hosts", "EVENT") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Les 25 et 26 juin 2019, les centres se sont retrouvés à Nantes. Le déplacement a aussi "
        "été fait par François-Antoine Mariani.",
        "Les 25 et 26 juin 2019, la rencontre nationale s'est tenue à Nantes. Le voyage avait "
        "également été fait par François-Antoine Mariani, du CGET.",
    ],
)
def test_who_the_trip_was_made_by_attended(ingester: Ingester, text: str) -> None:
    # facts.md: the 2019 meeting in Nantes, with "F.-A. Mariani (CGET)".
    found = said(ingester, text, "2019-06-28")
    assert ("EVENT", "attendee", P + "francois-antoine-mariani") in found


def test_the_bodies_those_present_came_from_attended(ingester: Ingester) -> None:
    # facts.md: the 2019 meeting in Nantes gathered "80 professionals".
    text = ("Quatre-vingts professionnels venus des centres de ressources politique de la ville "
            "se sont retrouvés à Nantes les 25 et 26 juin 2019.")  # fmt: skip
    found = said(ingester, text, "2019-06-28")
    assert ("EVENT", "attendee", O + "centres-de-ressources") in found


@pytest.mark.parametrize(
    "text",
    [
        "La rencontre nationale s'est tenue à Nantes les 25 et 26 juin 2019. Sa nouvelle "
        "directrice, venue de l'ANRU, prendra ses fonctions en septembre.",
        "La rencontre nationale s'est tenue à Nantes les 25 et 26 juin 2019. Des initiatives "
        "venues de l'ANRU avaient nourri son programme.",
    ],
)
def test_where_one_came_from_in_a_career_or_an_idea_did_not_attend(
    ingester: Ingester, text: str
) -> None:
    # facts.md: the 2019 meeting in Nantes.
    found = said(ingester, text, "2019-06-28")
    assert ("EVENT", "attendee", O + "anru") not in found


@pytest.mark.parametrize(
    "text",
    [
        "L'assemblée générale de l'IREV s'est tenue le 28 novembre 2018.\nPrésidence de séance :"
        " M. Daniel Barnier, préfet délégué.",
        "Le 28 novembre 2018, l'assemblée générale de l'IREV réunissait M. Daniel Barnier et Mme "
        "Milouda Ala.",
    ],
)
def test_a_person_named_after_the_civility_m_is_listed(ingester: Ingester, text: str) -> None:
    # facts.md: "Daniel Barnier: chaired IREV's assembly, for the State (Nov 2018)".
    found = said(ingester, text, "2018-12-03")
    assert ("EVENT", "attendee", P + "daniel-barnier") in found


@pytest.mark.parametrize(
    "text",
    [
        "L'assemblée générale de l'IREV s'est tenue le 28 novembre 2018.\nPrésidence de séance :"
        " Daniel Barnier, préfet délégué, pour le préfet de région.",
        "Le 28 novembre 2018, l'assemblée générale de l'IREV était présidée par Daniel Barnier, "
        "au nom du préfet de région.",
        "Le 28 novembre 2018, Daniel Barnier, qui siégeait pour le préfet de région, a participé "
        "à l'assemblée générale de l'IREV.",
    ],
)
def test_one_acting_for_an_office_held_at_one_body_brings_that_body(
    ingester: Ingester, text: str
) -> None:
    # facts.md: "Daniel Barnier: chaired IREV's assembly, for the State (Nov 2018)".
    found = said(ingester, text, "2018-12-03")
    assert ("EVENT", "attendee", P + "daniel-barnier") in found
    assert ("EVENT", "attendee", O + "etat") in found


def test_one_acting_for_an_office_of_many_bodies_brings_none(ingester: Ingester) -> None:
    # facts.md: "Milouda Ala: chaired IREV's assembly (March 2017)".
    text = ("Le 24 mars 2017, l'assemblée générale de l'IREV était présidée par Milouda Ala, pour "
            "la présidente.")  # fmt: skip
    found = said(ingester, text, "2017-03-27")
    assert ("EVENT", "attendee", P + "milouda-ala") in found
    assert not {o for s, r, o in found if r == "attendee" and o.startswith(O)}


@pytest.mark.parametrize(
    "text",
    [
        "Le CGET a officialisé le nouveau cadre de référence des centres lors d'une journée "
        "nationale à Paris, le 16 mars 2017.",
        "Lors de la journée nationale du 16 mars 2017 à Paris, le CGET a rendu public le nouveau "
        "cadre de référence.",
        "Le 16 mars 2017, à Paris, le CGET a dévoilé devant les centres le nouveau cadre de "
        "référence, au cours d'une journée nationale.",
    ],
)
def test_a_body_making_a_text_official_at_the_meeting_presented_it(
    ingester: Ingester, text: str
) -> None:
    # facts.md: "16 Mar 2017 | Paris | CGET | first 'day of the CRPVs'" (the new framework).
    found = said(ingester, text, "2017-03-20")
    assert (O + "cget", "presentsAt", "EVENT") in found
    assert ("EVENT", "attendee", O + "cget") in found


@pytest.mark.parametrize(
    "line",
    [
        "Ouverture : Sébastien Jallet, commissaire général délégué (Commissariat général à "
        "l'égalité des territoires).",
        "La journée a été ouverte par Sébastien Jallet, directeur de la ville et de la cohésion "
        "urbaine (CGET), et par Hélène Geoffroy.",
    ],
)
def test_the_body_in_brackets_after_a_persons_title_holds_no_role(
    ingester: Ingester, line: str
) -> None:
    # facts.md: "Sébastien Jallet opened the 2018 meeting", then "commissaire général délégué,
    # directeur de la ville et de la cohésion urbaine" (of the CGET).
    text = "Les 14 et 15 juin 2018, les centres de ressources se sont retrouvés à Paris.\n" + line
    found = said(ingester, text, "2018-06-20")
    assert (P + "sebastien-jallet", "opens", "EVENT") in found
    assert (O + "cget", "opens", "EVENT") not in found


def test_a_meeting_concluded_by_a_thing_has_no_speaker_in_it(ingester: Ingester) -> None:
    # facts.md: Villes au Carré's general assembly of 28 June 2022 ended with a retrospective of
    # its fifteen years, led with Bernard Bensoussan.
    text = ("L'assemblée générale du 28 juin 2022 s'est conclue par une rétrospective des quinze "
            "années de Villes au Carré.")  # fmt: skip
    found = said(ingester, text, "2022-07-01")
    assert (O + "villes-au-carre", "speaksAt", "EVENT") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Le lancement de Villes au Carré a eu lieu le 9 octobre 2007. Yves Dauge, qu'on "
        "présente comme le fondateur du centre, présidait alors un réseau de villes.",
        "Le lancement de Villes au Carré a eu lieu le 9 octobre 2007. Yves Dauge, on le "
        "présente comme son fondateur.",
    ],
)
def test_one_the_text_presents_as_something_is_not_present(ingester: Ingester, text: str) -> None:
    # facts.md: Yves Dauge, whom Villes au Carré presents as its founder.
    found = said(ingester, text, "2007-10-15")
    assert ("EVENT", "attendee", P + "yves-dauge") not in found


def test_a_line_opening_with_a_word_of_photos_is_no_caption(ingester: Ingester) -> None:
    # facts.md: Villes au Carré's launch on 9 October 2007; Yves Dauge, its founder.
    text = ("Le lancement de Villes au Carré a eu lieu le 9 octobre 2007.\n\nPhotographie d'Yves "
            "Dauge en 1990.\nImages de Michel Lussault au temps de l'université.")  # fmt: skip
    found = said(ingester, text, "2007-10-15")
    assert ("EVENT", "attendee", P + "yves-dauge") not in found
    assert ("EVENT", "attendee", P + "michel-lussault") not in found


def test_a_meeting_that_reunit_the_bodies_named_after_a_date_has_them_attend(
    ingester: Ingester,
) -> None:
    # facts.md §5: the 2019 national meeting in Nantes, hosted by RésO Villes with the CGET
    # ("réunit le 25 juin, à Nantes, ..." is no committee's own meeting: it gathers those named)
    found = said(ingester, "La rencontre nationale réunit le 25 juin, à Nantes, le CGET et RésO"
                           " Villes.", "2019-06-20")  # fmt: skip
    assert {("EVENT", "attendee", O + "cget"), ("EVENT", "attendee", O + "reso-villes")} <= found


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        ("Hélène Geoffroy y a pris la parole, tout comme Fabienne Keller.", "speaksAt"),
        ("Hélène Geoffroy était présente, de même que Fabienne Keller.", "attendee"),
        ("Hélène Geoffroy avait fait le déplacement en voisine, au même titre que Fabienne "
         "Keller.", "attendee"),
    ],
)  # fmt: skip
def test_who_did_likewise_holds_the_role_the_verb_gave(
    ingester: Ingester, sentence: str, relation: str
) -> None:
    # facts.md: "20–21 Oct 2022 | Strasbourg | ... Hélène Geoffroy (mayor of Vaulx-en-Velin,
    # CNV), Fabienne Keller (MEP)".
    text = "Les 20 et 21 octobre 2022, les centres de ressources se sont réunis à Strasbourg. "
    found = said(ingester, text + sentence, "2022-10-27")
    for person in ("helene-geoffroy", "fabienne-keller"):
        if relation == "speaksAt":
            assert (P + person, "speaksAt", "EVENT") in found
        assert ("EVENT", "attendee", P + person) in found


def test_the_bodies_in_brackets_of_who_did_likewise_attend(ingester: Ingester) -> None:
    # facts.md: "CRPV speakers were Fabien Bressan (Labo Cités) and Maximilien Steindorsson
    # (RésO Villes)" at the ANRU day of 8 Feb 2024 in Aubervilliers.
    text = ("Le jeudi 8 février 2024, l'ANRU a réuni à Aubervilliers les acteurs du "
            "renouvellement urbain. Fabien Bressan (Labo Cités) est intervenu sur les quartiers, "
            "tout comme Maximilien Steindorsson (RésO Villes).")  # fmt: skip
    found = said(ingester, text, "2024-02-12")
    assert (P + "maximilien-steindorsson", "speaksAt", "EVENT") in found
    assert ("EVENT", "attendee", O + "reso-villes") in found
    assert (O + "reso-villes", "speaksAt", "EVENT") not in found


def test_a_body_named_after_tout_comme_without_a_verb_cue_takes_no_part(
    ingester: Ingester,
) -> None:
    # facts.md: the GIP of Mayotte, whose founders include the Caisse des Dépôts.
    text = ("La convention constitutive du GIP a été signée le 11 avril 2019 à Mamoudzou. Le "
            "Conseil départemental de Mayotte en est membre fondateur, tout comme la Caisse des "
            "Dépôts.")  # fmt: skip
    found = said(ingester, text, "2019-04-12")
    assert ("EVENT", "attendee", O + "caisse-des-depots") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Le préfet Bernard Fraigneau était là.",
        "Bernard Fraigneau et Yves-Laurent Sapoval étaient bien là.",
        "Bernard Fraigneau était aussi là, au premier rang.",
    ],
)
def test_who_was_there_attended(ingester: Ingester, sentence: str) -> None:
    # facts.md: "It was launched on 9 October 2007 in Poitiers. Present: préfet Bernard
    # Fraigneau, DIV Yves-Laurent Sapoval, ...".
    text = "Le lancement de Villes au Carré a eu lieu le 9 octobre 2007 à Poitiers. "
    found = said(ingester, text + sentence, "2007-10-11")
    assert ("EVENT", "attendee", P + "bernard-fraigneau") in found


def test_who_is_there_to_help_does_not_attend(ingester: Ingester) -> None:
    # facts.md: Villes au Carré, launched on 9 October 2007 in Poitiers; its director Cécile
    # Dublanche.
    text = ("Le lancement de Villes au Carré a eu lieu le 9 octobre 2007 à Poitiers. Au "
            "quotidien, Cécile Dublanche est là pour accompagner les professionnels.")  # fmt: skip
    found = said(ingester, text, "2007-10-11")
    assert ("EVENT", "attendee", P + "cecile-dublanche") not in found


@pytest.mark.parametrize(
    ("sentences", "people"),
    [
        ("Plusieurs élues avaient fait le déplacement. Hélène Geoffroy, maire de Vaulx-en-Velin, "
         "était du nombre.", ("helene-geoffroy",)),
        ("Deux personnalités étaient présentes. La première, Hélène Geoffroy, est maire de "
         "Vaulx-en-Velin ; l'autre, Fabienne Keller, siège au Parlement européen.",
         ("helene-geoffroy", "fabienne-keller")),
        ("Quelques élues ont participé aux travaux. Parmi elles, Fabienne Keller.",
         ("fabienne-keller",)),
    ],
)  # fmt: skip
def test_the_members_named_of_a_group_that_took_part_attended(
    ingester: Ingester, sentences: str, people: tuple[str, ...]
) -> None:
    # facts.md: "20–21 Oct 2022 | Strasbourg | ... Hélène Geoffroy (mayor of Vaulx-en-Velin,
    # CNV), Fabienne Keller (MEP)".
    text = "Les 20 et 21 octobre 2022, les centres de ressources se sont réunis à Strasbourg. "
    found = said(ingester, text + sentences, "2022-10-27")
    for person in people:
        assert ("EVENT", "attendee", P + person) in found


def test_a_member_of_a_body_counted_took_no_part(ingester: Ingester) -> None:
    # facts.md: Hélène Geoffroy, co-vice-president of the CNV.
    text = ("Les 20 et 21 octobre 2022, les centres de ressources se sont réunis à Strasbourg. "
            "Le CNV compte deux vice-présidentes. Hélène Geoffroy en fait partie.")  # fmt: skip
    found = said(ingester, text, "2022-10-27")
    assert ("EVENT", "attendee", P + "helene-geoffroy") not in found


@pytest.mark.parametrize(
    ("sentence", "person", "body"),
    [
        ("Le directeur général délégué de la politique de la ville à l'ANCT, François-Antoine "
         "Mariani, a pris la parole.", "francois-antoine-mariani", "anct"),
        ("La présidente de RésO Villes, Isabelle Melscoet, a ouvert la rencontre.",
         "isabelle-melscoet", "reso-villes"),
        ("Le directeur de la DIV, Yves-Laurent Sapoval, était présent.", "yves-laurent-sapoval",
         "div"),
    ],
)  # fmt: skip
def test_the_body_of_a_title_before_the_name_holds_not_the_persons_role(
    ingester: Ingester, sentence: str, person: str, body: str
) -> None:
    # facts.md: "François-Antoine Mariani, directeur général délégué de la politique de la ville
    # (ANCT)"; Isabelle Melscoet, president of RésO Villes; Yves-Laurent Sapoval at the DIV. The
    # body attends through them, as "en présence du président de l'AdCF, X" says (gold data).
    text = "Les 21 et 22 octobre 2021, les centres de ressources se sont réunis à Paris. "
    found = said(ingester, text + sentence, "2021-11-05")
    assert ("EVENT", "attendee", P + person) in found
    held = {r for s, r, o in found if {"EVENT", O + body} == {s, o}}
    assert held <= {"attendee"}, held


def test_bodies_listed_before_their_verb_still_take_part(ingester: Ingester) -> None:
    # facts.md: the meeting of the 19 centres in Strasbourg in October 2022, with the CNFPT, the
    # CNV, Bpifrance and the IRDSU.
    text = ("Les 20 et 21 octobre 2022, les centres de ressources se sont réunis à Strasbourg. "
            "Le CNV, l'IRDSU et l'ANCT ont participé aux travaux.")  # fmt: skip
    found = said(ingester, text, "2022-10-27")
    assert {("EVENT", "attendee", O + b) for b in ("cnv", "irdsu", "anct")} <= found


@pytest.mark.parametrize(
    "heading",
    ["1. Participants", "Liste des participants", "II - Présents", "Personnes présentes :"],
)
def test_the_bodies_listed_under_a_participants_heading_attended(
    ingester: Ingester, heading: str
) -> None:
    # facts.md: the 6th national meeting, 21–22 Oct 2021 in Paris, with the centres and the
    # ANCT's teams.
    text = ("Compte rendu de la 6e rencontre nationale\nParis, 21 et 22 octobre 2021\n\n"
            f"{heading}\n- Les équipes de l'ANCT.\n- Les représentants du CNV et de l'IRDSU.\n\n"
            "Déroulé\nTravail en groupes.")  # fmt: skip
    found = said(ingester, text, "2021-11-05")
    assert {("EVENT", "attendee", O + b) for b in ("anct", "cnv", "irdsu")} <= found


def test_a_body_under_another_heading_takes_no_part(ingester: Ingester) -> None:
    # facts.md: the 6th national meeting, 21–22 Oct 2021 in Paris.
    text = ("Compte rendu de la 6e rencontre nationale\nParis, 21 et 22 octobre 2021\n\n"
            "1. Contexte\n- Les missions de l'ANCT.\n\n2. Déroulé\nTravail en groupes.")  # fmt: skip
    found = said(ingester, text, "2021-11-05")
    assert ("EVENT", "attendee", O + "anct") not in found


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("À l'invitation de l'ORIV, Hélène Geoffroy a pris la parole.", "oriv"),
        ("Avec le soutien de l'ANCT, Fabienne Keller a ouvert la rencontre.", "anct"),
        ("Grâce au CNV, Hélène Geoffroy était présente.", "cnv"),
    ],
)
def test_a_body_before_a_name_without_a_title_does_not_attend_through_them(
    ingester: Ingester, sentence: str, body: str
) -> None:
    # facts.md: the meeting of the 19 centres in Strasbourg in October 2022, with Hélène
    # Geoffroy and Fabienne Keller: the body a name follows, with no title before it, is not
    # the body of their post.
    text = "Les 20 et 21 octobre 2022, les centres de ressources se sont réunis à Strasbourg. "
    found = said(ingester, text + sentence, "2022-10-27")
    assert ("EVENT", "attendee", O + body) not in found


def test_a_line_of_prose_under_a_participants_heading_lists_no_one(ingester: Ingester) -> None:
    # facts.md: the 6th national meeting, 21–22 Oct 2021 in Paris.
    text = ("Compte rendu de la 6e rencontre nationale\nParis, 21 et 22 octobre 2021\n\n"
            "1. Participants\nLes échanges ont porté sur le rapport de l'ANCT.\n\n"
            "2. Déroulé\nTravail en groupes.")  # fmt: skip
    found = said(ingester, text, "2021-11-05")
    assert ("EVENT", "attendee", O + "anct") not in found


@pytest.mark.parametrize(
    "sentences",
    [
        "Deux ans plus tard, trois cents personnes étaient présentes. La première, Hélène "
        "Geoffroy, est maire de Vaulx-en-Velin.",
        "Trois projets étaient présents au salon. Parmi eux, Hélène Geoffroy a cité celui de "
        "Vaulx-en-Velin.",
        "Plusieurs dossiers ont pris part au débat. Parmi eux, Hélène Geoffroy.",
    ],
)
def test_a_count_of_things_or_a_verb_away_from_it_makes_no_group(
    ingester: Ingester, sentences: str
) -> None:
    # facts.md: "20–21 Oct 2022 | Strasbourg | ... Hélène Geoffroy (mayor of Vaulx-en-Velin)".
    text = "Les 20 et 21 octobre 2022, les centres de ressources se sont réunis à Strasbourg. "
    found = said(ingester, text + sentences, "2022-10-27")
    assert ("EVENT", "attendee", P + "helene-geoffroy") not in found


def test_the_sentences_of_another_moment_use_up_a_groups_window(ingester: Ingester) -> None:
    # facts.md: "20–21 Oct 2022 | Strasbourg | ... Fabienne Keller (MEP)".
    text = ("Les 20 et 21 octobre 2022, les centres de ressources se sont réunis à Strasbourg. "
            "Deux élues ont pris part à ces deux journées. En 2019, les centres s'étaient réunis "
            "à Nantes. En 2018, ils s'étaient retrouvés à Paris. La seconde, Fabienne Keller, "
            "siège au Parlement européen.")  # fmt: skip
    found = said(ingester, text, "2022-10-27")
    assert ("EVENT", "attendee", P + "fabienne-keller") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "L'ANCT et la Région y sont représentées ; le CNV et l'IRDSU s'y engagent à leurs côtés.",
        "L'ANCT et la Région en sont membres. Deux réseaux y siègent à leurs côtés : le CNV et "
        "l'IRDSU.",
        "L'ANCT et la Région en sont membres. Deux réseaux en font partie à leurs côtés : le CNV "
        "et l'IRDSU.",
    ],
)
def test_bodies_joining_members_a_leurs_cotes_take_no_part(
    ingester: Ingester, sentence: str
) -> None:
    # facts-part3.md: the GIP of Mayotte, whose convention was signed on 11 April 2019 by the
    # State and its partners; those named as joining its members ("y", "en": the body) are
    # members, not the signature's attendees.
    text = ("Le 11 avril 2019, la convention constitutive du groupement a été signée à "
            "Mamoudzou. " + sentence)  # fmt: skip
    found = said(ingester, text, "2019-04-15")
    assert not {("EVENT", "attendee", O + b) for b in ("cnv", "irdsu")} & found


@pytest.mark.parametrize(
    "sentence",
    [
        "Hélène Geoffroy a signé la convention aux côtés de Fabienne Keller.",
        "Hélène Geoffroy a ouvert la séance et, à ses côtés, Fabienne Keller a pris la parole.",
    ],
)
def test_who_stood_beside_a_signatory_attended(ingester: Ingester, sentence: str) -> None:
    # facts.md: "20–21 Oct 2022 | Strasbourg | ... Hélène Geoffroy, Fabienne Keller".
    text = "Les 20 et 21 octobre 2022, les centres de ressources se sont réunis à Strasbourg. "
    found = said(ingester, text + sentence, "2022-10-27")
    assert ("EVENT", "attendee", P + "fabienne-keller") in found


@pytest.mark.parametrize(
    "sentence",
    [
        # facts.md §3 ERU: "Its board brings together ANRU, CGET, USH and the Caisse des Dépôts".
        "L'ANRU siège au conseil d'administration de l'école, aux côtés de l'Union sociale pour "
        "l'habitat et de la Caisse des Dépôts.",
        "L'ANRU compte parmi les administrateurs de l'école, aux côtés de la Caisse des Dépôts "
        "et de l'Union sociale pour l'habitat.",
        "L'école a pour administrateur l'ANRU, aux côtés de l'Union sociale pour l'habitat et de "
        "la Caisse des Dépôts.",
    ],
)
def test_who_stood_beside_one_not_said_to_be_there_took_no_part(
    ingester: Ingester, sentence: str
) -> None:
    # facts.md §5: "the ANRU day of Thursday 8 Feb (2024) in Aubervilliers": beside a body the
    # sentence does not say was there (a board's members), no one attended.
    text = ("Le jeudi 8 février 2024, l'ANRU organise à Aubervilliers une journée consacrée aux "
            "vingt ans du renouvellement urbain. " + sentence)  # fmt: skip
    found = said(ingester, text, "2024-02-12")
    attendees = {o for s, r, o in found if s == "EVENT" and r == "attendee"}
    assert not {O + "ush", O + "caisse-des-depots"} & attendees


def test_who_signed_beside_whom_a_note_details_took_no_part(ingester: Ingester) -> None:
    # facts-part3.md §"CGET notice": "The CGET notice of Thursday 23 March 2017 names the bodies
    # whose presidents co-signed the CRPV partnership charter with Patrick Kanner": the note
    # says who signed, naming no one there.
    text = ("Le 16 mars 2017, à Paris, le CGET a officialisé le cadre de référence des centres. "
            "Dans sa note, le Commissariat précise qui a signé la charte aux côtés de Patrick "
            "Kanner.")  # fmt: skip
    found = said(ingester, text, "2017-03-27")
    assert not {o for s, r, o in found if s == "EVENT" and r == "attendee" and "kanner" in o}


def test_a_co_organiser_beside_another_organised_and_did_not_merely_attend(
    ingester: Ingester,
) -> None:
    # facts.md §3 Question de Ville: "It co-organised the 2018 national gathering", with the
    # CGET that invited the centres (§5 timeline, 14-15 June 2018).
    text = ("Les 14 et 15 juin 2018, le CGET a convié à Paris les équipes des centres pour leur "
            "rencontre nationale. À ses côtés : Question de Ville a coorganisé les deux "
            "journées.")  # fmt: skip
    found = said(ingester, text, "2018-06-20")
    assert ("EVENT", "organizer", O + "question-de-ville") in found
    assert ("EVENT", "attendee", O + "question-de-ville") not in found


@pytest.mark.parametrize("verb", ["a coorganisé", "a co-organisé", "ont coorganisé"])
def test_who_coorganised_a_meeting_organised_it(ingester: Ingester, verb: str) -> None:
    # facts.md §3 Question de Ville: "It co-organised the 2018 national gathering".
    subject = "Question de Ville et le CGET" if verb.startswith("ont") else "Question de Ville"
    text = (f"{subject} {verb} la rencontre nationale des centres, les 14 et 15 juin 2018 à "
            "Paris.")  # fmt: skip
    found = said(ingester, text, "2018-06-20")
    assert ("EVENT", "organizer", O + "question-de-ville") in found


def test_the_body_in_brackets_of_a_speaker_attends_without_speaking(ingester: Ingester) -> None:
    # facts.md §5: "the ANRU day of Thursday 8 Feb (2024) in Aubervilliers [...] CRPV speakers
    # were Fabien Bressan (Labo Cités) and Maximilien Steindorsson (RésO Villes)".
    text = ("Le jeudi 8 février 2024, l'ANRU organise à Aubervilliers une journée consacrée aux "
            "vingt ans du renouvellement urbain. Fabien Bressan (Labo Cités) y a pris la "
            "parole.")  # fmt: skip
    found = said(ingester, text, "2024-02-12")
    assert (P + "fabien-bressan", "speaksAt", "EVENT") in found
    assert ("EVENT", "attendee", O + "labo-cites") in found
    assert (O + "labo-cites", "speaksAt", "EVENT") not in found


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        # facts.md §2 IREV: "The general assembly of Tuesday 21 March (2023 ...) was chaired by
        # Antoine Sillani, regional councillor": a councillor of the Region chaired, not the
        # Region itself.
        ("La séance était présidée par un élu de la Région Hauts-de-France.",
         "region-hauts-de-france"),
        # facts.md §2 Villes au Carré: "Background: the 2006 CIV and a feasibility study by the
        # Délégation interministérielle à la ville (DIV)": the study prepared, not the DIV.
        ("Elle avait été préparée par une étude de faisabilité de la DIV.", "div"),
        ("La séance a été ouverte par une vidéo de la Région Hauts-de-France.",
         "region-hauts-de-france"),
    ],
)  # fmt: skip
def test_a_body_qualifying_a_noun_after_un_or_une_holds_no_role(
    ingester: Ingester, sentence: str, body: str
) -> None:
    text = "Mardi 21 mars 2023, l'assemblée générale de l'IREV s'est tenue à Lille. " + sentence
    found = said(ingester, text, "2023-03-24")
    assert not {(s, r, o) for s, r, o in found if O + body in (s, o)} & {
        (s, r, o) for s, r, o in found if "EVENT" in (s, o)
    }


def test_a_representative_of_a_body_brings_it_to_the_meeting(ingester: Ingester) -> None:
    # facts.md §5 timeline, 14-15 June 2018 (Paris): "ANRU, ERU, EPARECA" were there, through
    # their representatives.
    text = ("Les 14 et 15 juin 2018, les équipes des centres se sont retrouvées à Paris, en "
            "présence d'un représentant de l'ANRU.")  # fmt: skip
    found = said(ingester, text, "2018-06-20")
    assert ("EVENT", "attendee", O + "anru") in found


@pytest.mark.parametrize(
    "representatives",
    [
        "une centaine de représentants de l'ANRU",
        "un groupe de représentants de l'ANRU",
        "une dizaine de délégués de l'ANRU",
    ],
)
def test_representatives_named_after_another_noun_bring_their_body(
    ingester: Ingester, representatives: str
) -> None:
    # facts.md §5 timeline, 14-15 June 2018 (above): a representative's noun after "un/une" and
    # another noun still says through whom the body is there
    text = ("Les 14 et 15 juin 2018, les équipes des centres se sont retrouvées à Paris, en "
            f"présence d'{representatives}.")  # fmt: skip
    found = said(ingester, text, "2018-06-20")
    assert ("EVENT", "attendee", O + "anru") in found


@pytest.mark.parametrize("prepared", ["préparée avec", "organisée avec", "co-organisée avec"])
def test_the_body_a_meeting_was_prepared_with_organised_it(
    ingester: Ingester, prepared: str
) -> None:
    # facts.md §5 timeline: the 2019 meeting in Nantes, "hosted by RésO Villes with CGET".
    text = (f"Les 25 et 26 juin 2019, la rencontre nationale, {prepared} le CGET, s'est tenue à "
            "Nantes.")  # fmt: skip
    found = said(ingester, text, "2019-06-28")
    assert ("EVENT", "organizer", O + "cget") in found
    assert ("EVENT", "attendee", O + "cget") not in found


@pytest.mark.parametrize(
    "slot",
    [
        "Carte blanche à la Ville de Nantes.",
        "Au programme, une « carte blanche » laissée à la Ville de Nantes.",
        "Le programme prévoit une carte blanche donnée à la Ville de Nantes.",
    ],
)
def test_the_body_given_a_carte_blanche_presents(ingester: Ingester, slot: str) -> None:
    # facts.md §5 timeline: the 2019 meeting in Nantes, "hosted by RésO Villes with CGET,
    # reception from 24 June"; the city of Nantes, the host city, had a free slot.
    text = "Les 25 et 26 juin 2019, les centres se sont retrouvés à Nantes. " + slot
    found = said(ingester, text, "2019-06-28")
    assert (O + "ville-de-nantes", "presentsAt", "EVENT") in found


def test_a_free_hand_is_no_carte_blanche_at_the_meeting(ingester: Ingester) -> None:
    # facts.md §5 timeline (the 2019 meeting in Nantes, above).
    text = ("Les 25 et 26 juin 2019, les centres se sont retrouvés à Nantes. La Ville de Nantes "
            "a carte blanche pour son programme d'été.")  # fmt: skip
    found = said(ingester, text, "2019-06-28")
    assert (O + "ville-de-nantes", "presentsAt", "EVENT") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "La séance était présidée par un élu de la Région : Antoine Sillani.",
        "La séance s'est tenue en présence d'un élu de la Région : Antoine Sillani.",
        "La séance était présidée par un conseiller de la Région : Antoine Sillani, délégué à "
        "la jeunesse.",
    ],
)
def test_the_person_a_colon_names_after_an_indefinite_noun_holds_the_role(
    ingester: Ingester, sentence: str
) -> None:
    # facts.md §2 IREV: "The general assembly of Tuesday 21 March (2023 ...) was chaired by
    # Antoine Sillani, regional councillor delegated to youth and associations."
    text = "Mardi 21 mars 2023, l'assemblée générale de l'IREV s'est tenue à Lille. " + sentence
    found = said(ingester, text, "2023-03-24")
    assert ("EVENT", "attendee", P + "antoine-sillani") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Le SGAR adjoint, Serge Bouffange, en assurait la vice-présidence.",
        "Serge Bouffange, SGAR adjoint, en assurait la vice-présidence.",
        "Étaient présents : Serge Bouffange, SGAR adjoint, et Milouda Ala.",
    ],
)
def test_a_body_named_in_a_deputys_title_holds_no_role(ingester: Ingester, sentence: str) -> None:
    # facts.md §2 IREV: the general assembly of 24 March 2017, "vice-chair Serge Bouffange,
    # deputy SGAR": the deputy attended, his title names the SGAR, which holds no role.
    text = "Le 24 mars 2017, l'assemblée générale de l'IREV s'est tenue à Lille. " + sentence
    found = said(ingester, text, "2017-03-27")
    assert ("EVENT", "attendee", P + "serge-bouffange") in found
    assert not {(s, r, o) for s, r, o in found if "EVENT" in (s, o) and O + "sgar" in (s, o)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Question de Ville, l'association qui fédère les directeurs des centres, a coorganisé "
        "les deux journées.",
        "Question de Ville, la fédération des directeurs des centres, a coorganisé les deux "
        "journées.",
        "Question de Ville, l'association des directeurs, a organisé les deux journées.",
    ],
)
def test_a_bodys_apposition_after_its_article_is_read_past(
    ingester: Ingester, sentence: str
) -> None:
    # facts.md §3 Question de Ville: "It co-organised the 2018 national gathering" (the
    # association of the centres' directors; §5 timeline, 14-15 June 2018 in Paris).
    text = "Les 14 et 15 juin 2018, les centres se sont retrouvés à Paris. " + sentence
    found = said(ingester, text, "2018-06-20")
    assert ("EVENT", "organizer", O + "question-de-ville") in found


def test_a_list_of_bodies_after_their_articles_is_no_apposition(ingester: Ingester) -> None:
    # facts.md §5 timeline, 14-15 June 2018 (Paris): "ANRU, ERU, EPARECA" were there.
    text = ("Les 14 et 15 juin 2018, les centres se sont retrouvés à Paris. Le CGET, l'ANRU et "
            "l'EPARECA ont participé aux deux journées.")  # fmt: skip
    found = said(ingester, text, "2018-06-20")
    assert {("EVENT", "attendee", O + b) for b in ("cget", "anru", "epareca")} <= found


@pytest.mark.parametrize(
    "sentence",
    [
        "On a croisé dans les allées des représentants de l'ANRU et de l'EPARECA.",
        "Dans les allées, on croisait des représentants de l'ANRU et de l'EPARECA.",
        "Dans la salle, on a croisé des représentants de l'ANRU et de l'EPARECA.",
    ],
)
def test_those_met_about_the_venue_attended(ingester: Ingester, sentence: str) -> None:
    # facts.md §5 timeline, 14-15 June 2018 (Paris): "ANRU, ERU, EPARECA" were there.
    text = "Les 14 et 15 juin 2018, les centres se sont retrouvés à Paris. " + sentence
    found = said(ingester, text, "2018-06-20")
    assert {("EVENT", "attendee", O + b) for b in ("anru", "epareca")} <= found


def test_crossing_figures_is_no_meeting_of_bodies(ingester: Ingester) -> None:
    # facts.md §5 timeline, 14-15 June 2018 (Paris), above: no venue, no one met.
    text = ("Les 14 et 15 juin 2018, les centres se sont retrouvés à Paris. On a croisé les "
            "chiffres de l'ANRU et de l'EPARECA.")  # fmt: skip
    found = said(ingester, text, "2018-06-20")
    assert not {("EVENT", "attendee", O + b) for b in ("anru", "epareca")} & found


@pytest.mark.parametrize(
    "sentence",
    [
        "L'hebdomadaire signale la présence d'Hélène Geoffroy, secrétaire d'État chargée de la "
        "ville.",
        "Le journal a noté la présence d'Hélène Geoffroy.",
        "La présence d'Hélène Geoffroy a été remarquée.",
    ],
)
def test_the_person_whose_presence_is_noted_attended(ingester: Ingester, sentence: str) -> None:
    # facts.md §5 timeline: "16 March 2017 | Paris | ... cadre de référence made official;
    # Hélène Geoffroy".
    text = (
        "Le 16 mars 2017, le CGET a tenu une journée à Paris sur le cadre de référence. " + sentence
    )
    found = said(ingester, text, "2017-03-27")
    assert ("EVENT", "attendee", P + "helene-geoffroy") in found


def test_a_bodys_presence_in_the_districts_is_no_attendance(ingester: Ingester) -> None:
    # facts.md §5 timeline, 16 March 2017 (above).
    text = ("Le 16 mars 2017, le CGET a tenu une journée à Paris sur le cadre de référence. Le "
            "cadre renforce la présence de l'ANRU dans les quartiers.")  # fmt: skip
    found = said(ingester, text, "2017-03-27")
    assert ("EVENT", "attendee", O + "anru") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "L'hebdomadaire ne signale pas la présence d'Hélène Geoffroy.",
        "Le maire a regretté la présence d'Hélène Geoffroy au gouvernement.",
        "Le cadre doit beaucoup à la présence d'Hélène Geoffroy au ministère.",
    ],
)
def test_a_presence_not_noted_at_the_meeting_is_no_attendance(
    ingester: Ingester, sentence: str
) -> None:
    # facts.md §5 timeline, 16 March 2017 (above): a presence the sentence denies or judges
    # elsewhere says nothing of who came
    text = (
        "Le 16 mars 2017, le CGET a tenu une journée à Paris sur le cadre de référence. " + sentence
    )
    found = said(ingester, text, "2017-03-27")
    assert ("EVENT", "attendee", P + "helene-geoffroy") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Une note préparée avec le CGET y a été distribuée.",
        "Le rapport, préparé par le CGET, y a été présenté.",
        "Les participants y ont reçu un dossier préparé avec le CGET.",
        "Préparé par le CGET, le rapport y a été présenté.",
    ],
)
def test_a_work_prepared_for_the_meeting_names_no_organiser(
    ingester: Ingester, sentence: str
) -> None:
    # facts.md §5 timeline: the 2019 meeting in Nantes, "hosted by RésO Villes with CGET" (above);
    # what was prepared here is a paper handed out, not the meeting
    text = "Les 25 et 26 juin 2019, la rencontre nationale s'est tenue à Nantes. " + sentence
    found = said(ingester, text, "2019-06-28")
    assert ("EVENT", "organizer", O + "cget") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Préparée conjointement par le CGET et Question de ville, la rencontre était ouverte par "
        "le commissaire général délégué.",
        "Préparée avec le CGET, cette rencontre a réuni les équipes.",
        "La rencontre avait été préparée par le CGET.",
    ],
)
def test_who_prepared_the_meeting_said_of_it_organised_it(
    ingester: Ingester, sentence: str
) -> None:
    # facts.md §5 timeline: the 2019 meeting in Nantes, "hosted by RésO Villes with CGET" (above)
    text = "Les 25 et 26 juin 2019, les centres se sont retrouvés à Nantes. " + sentence
    found = said(ingester, text, "2019-06-28")
    assert ("EVENT", "organizer", O + "cget") in found


@pytest.mark.parametrize(
    "text",
    [
        "Mercredi 25 juin, Sébastien Jallet, préfet de l'Orne, a pris congé des Ornais.",
        "Sébastien Jallet prend congé de l'Orne ce mercredi 25 juin.",
        "Le 25 juin, le préfet Sébastien Jallet prenait congé des services de l'État.",
    ],
)
def test_one_who_takes_leave_attends_the_farewell(ingester: Ingester, text: str) -> None:
    # facts.md §6 Sébastien Jallet: "He left the Orne (farewell on 25 June 2025) to become
    # préfet of the Sarthe on 30 June 2025."
    found = said(ingester, text, "2025-06-26")
    assert ("EVENT", "startDate", "2025-06-25") in found
    assert ("EVENT", "attendee", P + "sebastien-jallet") in found


@pytest.mark.parametrize(
    "text",
    [
        "Sébastien Jallet a pris un congé le 25 juin.",
        "Le 25 juin, Sébastien Jallet a pris congé maladie.",
        "Sébastien Jallet prend congé parental le 25 juin.",
    ],
)
def test_leave_taken_as_days_off_is_no_farewell(ingester: Ingester, text: str) -> None:
    # Near wording: days off, no farewell (leave is taken "de" someone or somewhere).
    found = said(ingester, text, "2025-06-26")
    assert not {o for s, r, o in found if r == "attendee"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Autour de la table : Édouard Philippe ; Jean-Luc Moudenc ; et Jean-Luc Rigaut.",
        "Autour de la table, Édouard Philippe, Jean-Luc Moudenc et Jean-Luc Rigaut.",
        "Autour de la table se trouvaient Édouard Philippe, Jean-Luc Moudenc et Jean-Luc Rigaut.",
    ],
)
def test_those_around_the_table_attended(ingester: Ingester, sentence: str) -> None:
    # facts.md §3 Pacte de Dijon: "signed on 16 July 2018 at Matignon by Prime Minister Édouard
    # Philippe, Jean-Luc Rigaut (ADCF) and Jean-Luc Moudenc (France urbaine)".
    text = "Le pacte de Dijon a été signé le 16 juillet à Matignon. " + sentence
    found = said(ingester, text, "2018-07-20")
    attendees = {o for s, r, o in found if r == "attendee"}
    names = ("edouard-philippe", "jean-luc-moudenc", "jean-luc-rigaut")
    assert {P + name for name in names} <= attendees


def test_a_table_as_a_figure_names_no_one_there(ingester: Ingester) -> None:
    # Near wording: the table of negotiations is a figure, no one's presence.
    text = ("Le 16 juillet, Jean-Luc Rigaut a remis autour de la table des négociations le pacte "
            "de Dijon.")  # fmt: skip
    found = said(ingester, text, "2018-07-20")
    assert not {o for s, r, o in found if r == "attendee"}


def test_a_second_title_after_a_persons_body_is_no_item(ingester: Ingester) -> None:
    # facts.md §6 Jean-Luc Rigaut: ADCF president from October 2017 and mayor of Annecy; he
    # signed the Pacte de Dijon for the ADCF with Jean-Luc Moudenc on 16 July 2018.
    text = ("Le pacte de Dijon a été signé le 16 juillet à Matignon, en présence de Jean-Luc "
            "Moudenc et de Jean-Luc Rigaut, président de l'AdCF et maire d'Annecy.")  # fmt: skip
    found = said(ingester, text, "2018-07-20")
    attendees = {o for s, r, o in found if r == "attendee"}
    assert {P + "jean-luc-moudenc", P + "jean-luc-rigaut"} <= attendees
    assert O + "ville-d-annecy" not in attendees


@pytest.mark.parametrize(
    "text",
    [
        "Fin mai, Trajectoire Ressources a organisé une session sur l'Europe et les quartiers.",
        "C'est fin mai que Trajectoire Ressources a organisé une session sur l'Europe.",
        "Fin mai, Trajectoire Ressources a organisé une session de trois jours sur l'Europe.",
    ],
)
def test_what_a_body_organised_is_an_event_it_organised(ingester: Ingester, text: str) -> None:
    # facts-part3.md §7 Trajectoire Ressources: "At the end of May 2013 it ran a three-day
    # 'session-ressources Europe et politique de la ville'".
    found = said(ingester, text, "2013-06-17")
    assert ("EVENT", "startDate", "2013-05") in found
    assert ("EVENT", "organizer", O + "trajectoire-ressources") in found


@pytest.mark.parametrize(
    "text",
    [
        "Le 3 mai, l'ANCT a publié son rapport. Chaque année, Trajectoire Ressources organise "
        "une session sur l'Europe.",
        "Le 3 mai, l'ANCT a publié son rapport. Depuis 2010, Trajectoire Ressources organise une "
        "veille sur l'Europe.",
        "Le 3 mai, l'ANCT a publié son rapport. Trajectoire Ressources organisait une "
        "session annuelle sur l'Europe.",
    ],
)
def test_what_a_body_organises_as_its_work_or_habit_is_no_event(
    ingester: Ingester, text: str
) -> None:
    # Near wording: the present and the imperfect of "organiser" tell a body's work or habit
    # (facts-part3.md §7 Trajectoire Ressources: its sessions), no event of a day.
    found = said(ingester, text, "2013-06-17")
    assert ("EVENT", "organizer", O + "trajectoire-ressources") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Du 14 au 16 octobre, les équipes des centres de ressources politique de la ville ont "
        "tenu leur regroupement national à Lille.",
        "Du 14 au 16 octobre, à Lille, les centres de ressources politique de la ville y "
        "tenaient leur regroupement national.",
    ],
)
def test_the_many_who_held_their_meeting_attended(ingester: Ingester, text: str) -> None:
    # facts.md §5 timeline: "14–16 Oct 2024 | Lille | '9e regroupement annuel'" of the centres.
    found = said(ingester, text, "2024-10-18")
    assert ("EVENT", "attendee", O + "centres-de-ressources") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Les élus de France urbaine ont tenu leurs engagements.",
        "Les élus de France urbaine y tenaient leur rôle.",
        "Les élus de France urbaine ont tenu leur promesse de venir.",
    ],
)
def test_those_who_kept_their_word_attend_nothing(ingester: Ingester, sentence: str) -> None:
    # Near wording of those holding their meeting: what one holds is no gathering (facts.md §5
    # timeline: "14–16 Oct 2024 | Lille", the centres' yearly gathering).
    text = "Du 14 au 16 octobre, les centres de ressources se sont retrouvés à Lille. " + sentence
    found = said(ingester, text, "2024-10-18")
    assert ("EVENT", "attendee", O + "france-urbaine") not in found


def test_members_holding_their_assembly_attend_no_assembly_of_their_body(
    ingester: Ingester,
) -> None:
    # facts.md §2 IREV: "The general assembly of 24 March 2017": the IREV held it.
    found = said(ingester, "Le 24 mars, les membres de l'IREV ont tenu leur assemblée générale.",
                 "2017-04-10")  # fmt: skip
    assert ("EVENT", "organizer", O + "irev") in found
    assert ("EVENT", "attendee", O + "irev") not in found


@pytest.mark.parametrize(
    "caption",
    [
        "Photo 2 - Tout comme Julien Talpin.",
        "Photo 2. De même que le sociologue Julien Talpin.",
        "[Photo 2] Au même titre que Julien Talpin, venu de Lille.",
    ],
)
def test_a_caption_opening_like_the_one_before_shows_one_there(
    ingester: Ingester, caption: str
) -> None:
    # facts.md §5 timeline: "14–16 Oct 2024 | Lille | ... Renaud Epstein, Julien Talpin".
    text = ("Du 14 au 16 octobre, les centres de ressources se sont retrouvés à Lille.\n\n"
            "Photo 1 - Renaud Epstein était du rendez-vous.\n\n" + caption)  # fmt: skip
    found = said(ingester, text, "2024-10-18")
    assert ("EVENT", "attendee", P + "julien-talpin") in found


@pytest.mark.parametrize(
    "caption",
    [
        "Photo 2 - Tout comme le disait Julien Talpin, la salle était comble.",
        "Photo 2 - Tout comme l'écrivait Julien Talpin, la ville est un laboratoire.",
        "Photo 2 - De même que l'a rappelé Julien Talpin, la salle était comble.",
    ],
)
def test_a_caption_opening_with_what_one_said_shows_no_one_there(
    ingester: Ingester, caption: str
) -> None:
    # Near wording: one who said or wrote what the caption repeats is not in the picture.
    text = ("Du 14 au 16 octobre, les centres de ressources se sont retrouvés à Lille.\n\n"
            "Photo 1 - Renaud Epstein était du rendez-vous.\n\n" + caption)  # fmt: skip
    found = said(ingester, text, "2024-10-18")
    assert ("EVENT", "attendee", P + "julien-talpin") not in found


def test_a_caption_naming_one_further_in_shows_no_one_there(ingester: Ingester) -> None:
    # Near wording: a name further in the caption is not the one it shows.
    text = ("Du 14 au 16 octobre, les centres de ressources se sont retrouvés à Lille.\n\n"
            "Photo 2 - Une salle comble, tout comme lors de la venue de Julien Talpin.")  # fmt: skip
    found = said(ingester, text, "2024-10-18")
    assert ("EVENT", "attendee", P + "julien-talpin") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Autour de la table étaient posés les dossiers de l'ANRU et de France urbaine.",
        "Autour de la table étaient évoqués l'ANRU et France urbaine.",
        "Autour de la table étaient mis en débat les choix de l'ANRU et de France urbaine.",
    ],
)
def test_what_lay_on_the_table_attended_nothing(ingester: Ingester, sentence: str) -> None:
    # Near wording of those around the table (facts.md §3 Pacte de Dijon, signed on 16 July
    # 2018 at Matignon): a participle after "étaient" says what was on it, not who sat there.
    text = "Le pacte de Dijon a été signé le 16 juillet à Matignon. " + sentence
    found = said(ingester, text, "2018-07-20")
    assert not {o for s, r, o in found if r == "attendee"}


@pytest.mark.parametrize(
    "heading", ["Qui sera présent ?", "Qui était là ?", "Qui étaient les participants ?"]
)
def test_those_listed_under_the_question_of_who_is_there_attended(
    ingester: Ingester, heading: str
) -> None:
    # facts.md §5 timeline, 20–21 Oct 2022 in Strasbourg: "Hélène Geoffroy (mayor of
    # Vaulx-en-Velin, CNV)"; §3 Other bodies: "the national partners named were CNFPT, CNV,
    # Bpifrance and IRDSU".
    text = ("Rencontre nationale des centres de ressources\nStrasbourg, 20 et 21 octobre 2022\n\n"
            f"{heading}\n• Hélène Geoffroy, maire de Vaulx-en-Velin ;\n"
            "• nos partenaires : le CNV et l'IRDSU.\n\nProgramme à venir.")  # fmt: skip
    found = said(ingester, text, "2022-10-03")
    assert ("EVENT", "attendee", P + "helene-geoffroy") in found
    assert {("EVENT", "attendee", O + b) for b in ("cnv", "irdsu")} <= found


def test_a_question_on_who_a_body_is_heads_no_list_of_participants(ingester: Ingester) -> None:
    # The same meeting; a question on who the centres are lists no one who came.
    text = ("Rencontre nationale des centres de ressources\nStrasbourg, 20 et 21 octobre 2022\n\n"
            "Qui sommes-nous ?\n• nos partenaires : le CNV et l'IRDSU.\n\nProgramme à venir.")  # fmt: skip
    found = said(ingester, text, "2022-10-03")
    assert ("EVENT", "attendee", O + "irdsu") not in found


@pytest.mark.parametrize(
    "thanks",
    [
        "Merci à Hélène Geoffroy et Fabienne Keller d'avoir été des nôtres !",
        "Un grand merci à Hélène Geoffroy, maire de Vaulx-en-Velin, ainsi qu'à Fabienne Keller, "
        "députée européenne, d'avoir pris part à nos travaux.",
    ],
)
def test_those_thanked_for_having_come_attended(ingester: Ingester, thanks: str) -> None:
    # facts.md §5 timeline, 20–21 Oct 2022 in Strasbourg: "Hélène Geoffroy (mayor of
    # Vaulx-en-Velin, CNV), Fabienne Keller (MEP)".
    text = ("Les 20 et 21 octobre, les centres de ressources se sont retrouvés à Strasbourg "
            f"pour leur rencontre nationale. {thanks}")  # fmt: skip
    found = said(ingester, text, "2022-10-24")
    assert ("EVENT", "attendee", P + "helene-geoffroy") in found


@pytest.mark.parametrize(
    "thanks",
    [
        "Merci à Hélène Geoffroy pour son soutien.",
        "Merci à Hélène Geoffroy d'avoir participé au financement de l'étude.",
        "Merci à Hélène Geoffroy d'avoir pris part à l'enquête sur les quartiers.",
        "Merci à Hélène Geoffroy pour son soutien, et à Fabienne Keller d'avoir été des nôtres.",
    ],
)
def test_those_thanked_for_another_thing_did_not_attend(ingester: Ingester, thanks: str) -> None:
    # The same meeting; thanks for a support, for a share in a study or a survey, say nothing
    # of who came (the list of those thanked for coming ends at "pour").
    text = ("Les 20 et 21 octobre, les centres de ressources se sont retrouvés à Strasbourg "
            f"pour leur rencontre nationale. {thanks}")  # fmt: skip
    found = said(ingester, text, "2022-10-24")
    assert ("EVENT", "attendee", P + "helene-geoffroy") not in found


def attendees(found: set[tuple[str, str, str]]) -> str:
    """The attendees of the event, in one lowercase string to search."""
    return " ".join(o for s, r, o in found if s == "EVENT" and r == "attendee").lower()


@pytest.mark.parametrize(
    "handover",
    [
        "Jeudi 3 avril, lors de l'assemblée générale de Profession Banlieue, Bénédicte Madelin a "
        "passé le relais à Damien Bertrand.",
        "Le 3 avril, lors de l'assemblée générale de l'association, Bénédicte Madelin a remis la "
        "direction du centre à Damien Bertrand.",
    ],
)
def test_who_acts_and_takes_over_at_the_meeting_put_first_attended(
    ingester: Ingester, handover: str
) -> None:
    # facts.md §2 Profession Banlieue: Bénédicte Madelin handed over to Damien Bertrand at the
    # general assembly of Thursday 3 April (2014).
    present = attendees(said(ingester, handover, "2014-04-10"))
    assert "madelin" in present and "bertrand" in present


def test_who_acts_at_no_meeting_put_first_did_not_attend(ingester: Ingester) -> None:
    # The same fact, the handover told at a nomination, the assembly in another sentence.
    text = ("Le 3 avril, l'assemblée générale de Profession Banlieue a adopté son rapport. Lors "
            "de sa nomination, Bénédicte Madelin a passé le relais à Damien Bertrand.")  # fmt: skip
    present = attendees(said(ingester, text, "2014-04-10"))
    assert "madelin" not in present and "bertrand" not in present


@pytest.mark.parametrize(
    "later",
    [
        "Lors de la réunion du bureau de juin, Bénédicte Madelin passera le relais à Damien "
        "Bertrand.",
        "Lors de la réunion suivante du bureau, Bénédicte Madelin passera le relais.",
    ],
)
def test_who_acts_at_a_meeting_of_another_time_put_first_did_not_attend(
    ingester: Ingester, later: str
) -> None:
    # The same fact told ahead: the handover at a meeting given a time of its own, not the
    # assembly the page reports.
    text = f"Le 3 avril, l'assemblée générale de Profession Banlieue a adopté son rapport. {later}"
    present = attendees(said(ingester, text, "2014-04-10"))
    assert "madelin" not in present and "bertrand" not in present
