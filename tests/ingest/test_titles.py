"""Titles that name their body themselves: a unit fused with the title ("directeur de la ville
et de la cohésion urbaine" heads the "direction Ville et cohésion urbaine"), a commune's local
authority ("maire d'Annecy"). Read against the real graph's units, communes and role labels.

Every sentence is written from a line of ../shared/facts.md (cited above it), never from memory.
"""

from __future__ import annotations

import pytest

from crpv_graph.ingest import Ingester
from crpv_graph.ingest.article import Article
from crpv_graph.namespaces import PREFIXES

O, P, ROLE = PREFIXES["o"], PREFIXES["p"], PREFIXES["role"]


def memberships(ingester: Ingester, text: str) -> set[tuple[str, str, str]]:
    """(person, organisation, role) of each title the ingest reads in ``text``."""
    article = Article(body=text, url="https://example.org/t", date="2018-06-20")
    statements = ingester.draft(article).extraction.statements
    return {(s.subject, s.object, s.role) for s in statements if s.relation == "memberOf"}


def test_a_director_of_what_a_unit_is_named_after_heads_that_unit(ingester: Ingester) -> None:
    # facts.md: Sébastien Jallet opened the 2018 meeting; the IREV item calls him "commissaire
    # général délégué, directeur de la ville et de la cohésion urbaine".
    found = memberships(ingester, "La rencontre était ouverte par Sébastien Jallet, commissaire "
                                  "général délégué, directeur de la ville et de la cohésion "
                                  "urbaine.")  # fmt: skip
    assert (P + "sebastien-jallet", O + "cget-dvcu", ROLE + "director") in found


def test_a_delegate_director_general_heads_the_delegate_general_directorate(
    ingester: Ingester,
) -> None:
    # facts.md: at the 2021 meeting, François-Antoine Mariani, styled "directeur général
    # délégué de la politique de la ville à l'ANCT", commented on the 2020 activity report.
    found = memberships(ingester, "François-Antoine Mariani, directeur général délégué de la "
                                  "politique de la ville, a commenté le bilan 2020.")  # fmt: skip
    assert found == {
        (P + "francois-antoine-mariani", O + "anct-dgd-pv", ROLE + "director-general-delegate")
    }


def test_the_mayor_of_a_commune_holds_the_title_at_its_local_authority(
    ingester: Ingester,
) -> None:
    # facts.md: the 2018 meeting welcomed ADCF president Jean-Luc Rigaut, mayor of Annecy.
    found = memberships(ingester, "La rencontre a accueilli le président de l'ADCF, Jean-Luc "
                                  "Rigaut, maire d'Annecy.")  # fmt: skip
    assert (P + "jean-luc-rigaut", O + "ville-d-annecy", ROLE + "mayor") in found


def test_a_misspelt_commune_is_still_its_local_authority(ingester: Ingester) -> None:
    # facts.md: Jean-Luc Rigaut, mayor of Annecy from 2007 to 2020 (issue 20: "maire d'Anecy"
    # in a page).
    found = memberships(ingester, "Jean-Luc Rigaut, maire d'Anecy, a pris la parole.")
    assert (P + "jean-luc-rigaut", O + "ville-d-annecy", ROLE + "mayor") in found


def test_a_title_followed_by_a_named_body_is_not_read_as_a_unit(ingester: Ingester) -> None:
    # facts.md: the 2018 meeting welcomed ADCF president Jean-Luc Rigaut.
    found = memberships(ingester, "Jean-Luc Rigaut, président de l'ADCF, a pris la parole.")
    assert {organisation for _person, organisation, _role in found} == {O + "adcf"}


def test_a_title_of_words_no_unit_is_named_after_gives_no_unit(ingester: Ingester) -> None:
    # facts.md: Sébastien Jallet opened the 2018 meeting (the title here is not in the graph:
    # "directeur de la ville" alone is no unit's whole name).
    assert not memberships(ingester, "Sébastien Jallet, directeur de la ville, a ouvert la "
                                     "rencontre.")  # fmt: skip


def test_a_title_fused_with_its_unit_without_de_heads_that_unit(ingester: Ingester) -> None:
    # facts.md: "In June 2019 IREV calls him [François-Antoine Mariani] "Directeur Ville et
    # cohésion urbaine au CGET"."
    found = memberships(ingester, "François-Antoine Mariani, directeur Ville et cohésion urbaine "
                                  "au CGET, était à Nantes.")  # fmt: skip
    assert found == {(P + "francois-antoine-mariani", O + "cget-dvcu", ROLE + "director")}


def test_a_bare_title_before_a_units_title_is_at_the_units_parent(ingester: Ingester) -> None:
    # facts.md: Sébastien Jallet opened the 2018 meeting; the IREV item calls him "commissaire
    # général délégué, directeur de la ville et de la cohésion urbaine".
    found = memberships(ingester, "Sébastien Jallet, commissaire général délégué, directeur de "
                                  "la ville et de la cohésion urbaine, a ouvert la rencontre.")  # fmt: skip
    assert found == {
        (P + "sebastien-jallet", O + "cget-dvcu", ROLE + "director"),
        (P + "sebastien-jallet", O + "cget", ROLE + "commissaire-general-delegue"),
    }


def test_a_title_after_a_verb_of_becoming_is_read(ingester: Ingester) -> None:
    # facts.md: ANCT directors general: "Stanislas Bourron, whose appointment was published in
    # the JO of 2 December".
    found = memberships(ingester, "Stanislas Bourron devient directeur général de l'ANCT.")
    assert found == {(P + "stanislas-bourron", O + "anct", ROLE + "director-general")}


def test_a_title_after_a_verb_of_election_is_read(ingester: Ingester) -> None:
    # facts.md: ADCF presidents: "Sébastien Martin, elected on 5 November (2020)".
    found = memberships(ingester, "Sébastien Martin a été élu président de l'ADCF le 5 novembre.")
    assert found == {(P + "sebastien-martin", O + "adcf", ROLE + "president")}


def test_a_verb_that_is_no_title_gives_no_membership(ingester: Ingester) -> None:
    # facts.md: Sébastien Jallet opened the 2018 meeting.
    assert not memberships(ingester, "Sébastien Jallet a ouvert la rencontre de la direction.")


def test_a_units_title_followed_by_its_parent_says_the_unit_is_the_parents(
    ingester: Ingester,
) -> None:
    # facts.md: "In June 2019 IREV calls him [François-Antoine Mariani] "Directeur Ville et
    # cohésion urbaine au CGET"."
    article = Article(body="François-Antoine Mariani, directeur Ville et cohésion urbaine au CGET, "
                           "était à Nantes.", url="https://example.org/t", date="2019-06-26")  # fmt: skip
    statements = ingester.draft(article).extraction.statements
    found = {(s.subject, s.relation, s.object) for s in statements}
    assert (O + "cget-dvcu", "unitOf", O + "cget") in found


def test_a_title_naming_its_commune_before_the_person_is_read(ingester: Ingester) -> None:
    # facts.md: the 2018 meeting welcomed ADCF president Jean-Luc Rigaut, mayor of Annecy.
    found = memberships(ingester, "La rencontre a accueilli le maire d'Annecy, Jean-Luc Rigaut.")
    assert found == {(P + "jean-luc-rigaut", O + "ville-d-annecy", ROLE + "mayor")}


def test_a_units_title_before_the_person_is_read(ingester: Ingester) -> None:
    # facts.md: "In June 2019 IREV calls him [François-Antoine Mariani] "Directeur Ville et
    # cohésion urbaine au CGET"."
    found = memberships(ingester, "Le directeur Ville et cohésion urbaine, François-Antoine "
                                  "Mariani, était à Nantes.")  # fmt: skip
    assert (P + "francois-antoine-mariani", O + "cget-dvcu", ROLE + "director") in found


def test_a_body_whose_name_opens_like_a_commune_is_that_body(ingester: Ingester) -> None:
    # facts.md: "Cécile Dublanche: director of Villes au Carré (2007)."
    found = memberships(ingester, "Cécile Dublanche, directrice de Villes au Carré, a présenté "
                                  "le bilan.")  # fmt: skip
    assert found == {(P + "cecile-dublanche", O + "villes-au-carre", ROLE + "director")}


def test_an_office_of_one_body_after_the_name_is_at_that_body(
    ingester: Ingester,
) -> None:
    # facts.md: the charter was co-signed by the minister for the city, Patrick Kanner.
    found = memberships(ingester, "La charte a été cosignée par Patrick Kanner, ministre de la "
                                  "Ville.")  # fmt: skip
    assert (P + "patrick-kanner", O + "etat", ROLE + "minister") in found


def test_an_office_of_one_body_before_the_name_is_at_that_body(
    ingester: Ingester,
) -> None:
    # facts-part3.md: the publication directors of Horizons aquitains were the regional préfet
    # (Francis Idrac) and the president of the Aquitaine regional council (Alain Rousset).
    found = memberships(ingester, "La direction de la publication est assurée par le préfet de "
                                  "région, Francis Idrac, et par Alain Rousset.")  # fmt: skip
    assert (P + "francis-idrac", O + "etat", ROLE + "prefet") in found


def test_an_office_printed_right_before_the_name_is_that_person_s(ingester: Ingester) -> None:
    # facts.md: Villes au Carré was launched on 9 October 2007 in Poitiers; present: préfet
    # Bernard Fraigneau.
    found = memberships(ingester, "Le préfet Bernard Fraigneau avait fait le déplacement à "
                                  "Poitiers.")  # fmt: skip
    assert (P + "bernard-fraigneau", O + "etat", ROLE + "prefet") in found


def test_an_office_in_an_apposition_opening_the_sentence_is_the_subject_s(
    ingester: Ingester,
) -> None:
    # facts.md: Hélène Geoffroy, secretary of state for the city in March 2017.
    found = memberships(ingester, "En mars 2017, alors secrétaire d'Etat chargée de la Ville, "
                                  "Hélène Geoffroy avait assisté à la journée.")  # fmt: skip
    assert (P + "helene-geoffroy", O + "etat", ROLE + "secretary-of-state") in found


def test_an_office_the_ontology_holds_at_one_body_needs_no_holder_in_the_graph(
    ingester: Ingester,
) -> None:
    # facts.md: Fabienne Keller (MEP) at the Strasbourg meeting of October 2022.
    found = memberships(ingester, "Plusieurs personnalités ont pris part aux travaux, dont "
                                  "Fabienne Keller, députée européenne.")  # fmt: skip
    assert (
        P + "fabienne-keller",
        O + "parlement-europeen",
        ROLE + "member-of-european-parliament",
    ) in found


def test_a_title_of_many_bodies_printed_without_one_is_at_none(ingester: Ingester) -> None:
    # facts.md: the 2018 assembly was chaired by Daniel Barnier with Milouda Ala as vice-chair
    # for the Region (two regional councillors of one region do not make the title that
    # region's).
    found = memberships(ingester, "Milouda Ala, conseillère régionale, était vice-présidente "
                                  "pour la Région.")  # fmt: skip
    assert not any(role == ROLE + "regional-councillor" for _person, _body, role in found)


def test_an_office_of_one_body_with_its_article_after_the_name_is_at_that_body(
    ingester: Ingester,
) -> None:
    # facts.md: ANRU's new seat was inaugurated on 7 July 2022 with Olivier Klein, then minister
    # for the City and Housing.
    found = memberships(ingester, "Le siège a été inauguré en présence d'Olivier Klein, le "
                                  "ministre de la Ville et du Logement.")  # fmt: skip
    assert (P + "olivier-klein", O + "etat", ROLE + "minister") in found


def test_a_name_that_opens_a_clause_after_a_title_is_not_that_title_holder(
    ingester: Ingester,
) -> None:
    # facts.md: the 2018 assembly was chaired by préfet délégué Daniel Barnier (for the regional
    # préfet), with Milouda Ala as vice-chair for the Region.
    found = memberships(ingester, "Daniel Barnier présidait pour le préfet de région, Milouda "
                                  "Ala étant vice-présidente pour la Région.")  # fmt: skip
    assert not any(role == ROLE + "prefet" for _person, _body, role in found)


def test_a_title_printed_without_the_accent_of_its_capital_is_that_title(
    ingester: Ingester,
) -> None:
    # facts.md: the CGET made the framework official on 16 March 2017, with Hélène Geoffroy,
    # secretary of state for the city. "secrétaire d'Etat" is no "secrétaire" of the State.
    found = memberships(ingester, "Le CGET a officialisé le cadre de référence en présence "
                                  "d'Hélène Geoffroy, secrétaire d'Etat chargée de la Ville.")  # fmt: skip
    assert not any(role == ROLE + "secretary" for _person, _body, role in found)


def test_a_title_of_it_is_at_the_one_body_named_before(ingester: Ingester) -> None:
    # facts.md: Franck Martin became director general of the ERU from 3 January (2023).
    found = memberships(ingester, "L'École du renouvellement urbain (ERU) change de direction. "
                                  "Franck Martin en est le directeur général depuis le 3 "
                                  "janvier.")  # fmt: skip
    assert (P + "franck-martin", O + "eru", ROLE + "director-general") in found


def test_a_title_of_it_after_two_bodies_says_nothing(ingester: Ingester) -> None:
    # facts.md: ORIV belongs to the RECI network; its director is RECI's deputy delegate.
    found = memberships(ingester, "L'ORIV appartient au réseau RECI. Murielle Maffessoli en est "
                                  "la directrice.")  # fmt: skip
    assert found == set()


def test_a_title_after_a_pronoun_is_the_last_named_persons(ingester: Ingester) -> None:
    # facts-part3.md: Murielle Maffessoli was heard on 11 April 2013 as "directrice" of ORIV.
    found = memberships(ingester, "Les députés ont entendu Murielle Maffessoli le 11 avril. "
                                  "L'audition portait sur les quartiers. Elle est également "
                                  "directrice de l'ORIV.")  # fmt: skip
    assert (P + "murielle-maffessoli", O + "oriv", ROLE + "director") in found


def test_a_pronoun_after_two_people_names_neither(ingester: Ingester) -> None:
    # facts.md: Franck Martin became director general of the ERU, Céline Gipoulon deputy director.
    found = memberships(ingester, "Franck Martin et Céline Gipoulon arrivent. Il est désormais "
                                  "directeur général de l'École du renouvellement urbain.")  # fmt: skip
    assert found == set()


def test_a_common_noun_between_a_title_and_its_body_keeps_the_body(ingester: Ingester) -> None:
    # facts-part3.md: Murielle Maffessoli was delegate of the RECI network.
    found = memberships(ingester, "Murielle Maffessoli, déléguée du réseau RECI, a été "
                                  "entendue.")  # fmt: skip
    assert (P + "murielle-maffessoli", O + "reci", ROLE + "delegate") in found


def test_a_title_apposed_to_the_person_before_is_not_the_next_persons(
    ingester: Ingester,
) -> None:
    # facts-part3.md: Yves Dauge, then president of the Réseau des villes et des communautés
    # du Centre; Michel Lussault, then president of the University of Tours.
    found = memberships(ingester, "La mission fut confiée par Yves Dauge, alors président du "
                                  "Réseau des villes et des communautés du Centre, Michel "
                                  "Lussault, alors président de l'université de Tours, et "
                                  "d'autres.")  # fmt: skip
    assert not any(person.endswith("lussault") and role == ROLE + "president"
                   and "reseau" in body for person, body, role in found)  # fmt: skip


def test_whom_a_title_holder_succeeded_held_that_title(ingester: Ingester) -> None:
    # facts.md: Philippe Bies succeeded Alain Cacheux as head of ERU; Philippe Bies is president.
    found = memberships(ingester, "Le président de l'ERU, Philippe Bies, a succédé à Alain "
                                  "Cacheux.")  # fmt: skip
    assert (P + "alain-cacheux", O + "eru", ROLE + "president") in found


def test_whom_a_title_holder_succeeded_in_a_participle_held_that_title(
    ingester: Ingester,
) -> None:
    # facts.md: Philippe Bies succeeded Alain Cacheux as head of ERU; Philippe Bies is president.
    found = memberships(ingester, "Philippe Bies a été élu président de l'ERU en mars, succédant "
                                  "à Alain Cacheux.")  # fmt: skip
    assert (P + "alain-cacheux", O + "eru", ROLE + "president") in found


def test_the_post_a_person_occupies_is_their_title(ingester: Ingester) -> None:
    # facts.md: Franck Martin became director general (of the ERU) from 3 January 2023.
    found = memberships(ingester, "Depuis le 3 janvier, Franck Martin occupe le poste de "
                                  "directeur général de l'ERU.")  # fmt: skip
    assert found == {(P + "franck-martin", O + "eru", ROLE + "director-general")}


def test_a_title_after_a_copula_and_an_adjective_of_time_is_the_name_s(
    ingester: Ingester,
) -> None:
    # facts.md: Franck Martin became director general (of the ERU) from 3 January 2023.
    found = memberships(ingester, "Franck Martin est le nouveau directeur général de "
                                  "l'ERU.")  # fmt: skip
    assert found == {(P + "franck-martin", O + "eru", ROLE + "director-general")}


def test_a_title_in_a_relative_clause_after_dont_is_at_the_body_before(
    ingester: Ingester,
) -> None:
    # facts.md: Isabelle Melscoet was president of RésO Villes in June 2019; Franck Martin
    # became director general (of the ERU) from 3 January 2023.
    found = memberships(ingester, "RésO Villes, dont Isabelle Melscoet est la présidente, était "
                                  "à Nantes avec l'ERU, dont le directeur général est Franck "
                                  "Martin.")  # fmt: skip
    assert found == {
        (P + "isabelle-melscoet", O + "reso-villes", ROLE + "president"),
        (P + "franck-martin", O + "eru", ROLE + "director-general"),
    }


def test_a_title_after_dont_that_names_its_body_is_not_at_the_body_before(
    ingester: Ingester,
) -> None:
    # facts.md: Isabelle Melscoet, an elected official of Brest Métropole, was president (of
    # RésO Villes) in June 2019.
    found = memberships(ingester, "RésO Villes, dont Isabelle Melscoet est aussi l'élue de Brest "
                                  "Métropole, était à Nantes.")  # fmt: skip
    assert (P + "isabelle-melscoet", O + "reso-villes", ROLE + "elected-official") not in found


def test_a_successor_and_whom_they_succeeded_held_the_office_named_after(
    ingester: Ingester,
) -> None:
    # facts.md: Philippe Bies succeeded Alain Cacheux as head of ERU; Philippe Bies is president.
    found = memberships(ingester, "Philippe Bies a succédé à Alain Cacheux à la présidence de "
                                  "l'ERU.")  # fmt: skip
    assert found == {
        (P + "philippe-bies", O + "eru", ROLE + "president"),
        (P + "alain-cacheux", O + "eru", ROLE + "president"),
    }


def test_a_succession_to_an_office_of_no_named_body_gives_no_title(ingester: Ingester) -> None:
    # facts.md: Philippe Bies succeeded Alain Cacheux as head of ERU "in March".
    assert not memberships(ingester, "Philippe Bies a succédé à Alain Cacheux à la présidence "
                                     "en mars.")  # fmt: skip


def test_whom_a_person_signs_for_is_the_body_they_represent(ingester: Ingester) -> None:
    # facts.md: the Pacte de Dijon was signed on 16 July 2018 at Matignon by Prime Minister
    # Édouard Philippe, Jean-Luc Rigaut (ADCF) and Jean-Luc Moudenc (France urbaine).
    found = memberships(ingester, "Le pacte a été signé à Matignon par Édouard Philippe, "
                                  "Jean-Luc Rigaut, pour l'ADCF, et Jean-Luc Moudenc, pour "
                                  "France urbaine.")  # fmt: skip
    assert {
        (P + "jean-luc-rigaut", O + "adcf", ROLE + "representative"),
        (P + "jean-luc-moudenc", O + "france-urbaine", ROLE + "representative"),
    } <= found


def test_pour_sa_part_names_no_body_represented(ingester: Ingester) -> None:
    # facts.md: the Pacte de Dijon was signed by Jean-Luc Moudenc (France urbaine).
    found = memberships(ingester, "Jean-Luc Moudenc, pour sa part, a signé le pacte au nom de "
                                  "France urbaine.")  # fmt: skip
    assert not {(p, o, r) for p, o, r in found if r == ROLE + "representative"}


def test_an_office_in_a_person_s_apposition_is_at_the_body_named_after(
    ingester: Ingester,
) -> None:
    # facts.md: Ouided Ayad became director (of RésO Villes) in January 2024.
    found = memberships(ingester, "Ouided Ayad, nommée à la direction de RésO Villes en janvier, "
                                  "a présenté le projet associatif.")  # fmt: skip
    assert found == {(P + "ouided-ayad", O + "reso-villes", ROLE + "director")}


def test_a_request_in_a_person_s_apposition_is_no_office(ingester: Ingester) -> None:
    # facts.md: Ouided Ayad became director (of RésO Villes) in January 2024.
    assert not memberships(ingester, "Ouided Ayad, à la demande de RésO Villes, a présenté le "
                                     "projet associatif.")  # fmt: skip


def test_a_person_of_a_body_is_a_member_of_it(ingester: Ingester) -> None:
    # facts-part3.md §PQA: in 2006 Hervé Castelli of PQA was editor-in-chief of Horizons
    # aquitains.
    found = memberships(ingester, "Hervé Castelli, de PQA, était le rédacteur en chef.")
    assert found == {(P + "herve-castelli", O + "pqn-a", ROLE + "member")}


def test_both_people_listed_before_tous_deux_are_members_of_the_body(ingester: Ingester) -> None:
    # facts.md §CRPV Paca: Dominique Michel and Mustapha Berra are listed under it on an
    # editorial committee.
    found = memberships(ingester, "Le comité réunit Dominique Michel et Mustapha Berra, tous "
                                  "deux du CRPV Paca.")  # fmt: skip
    assert found == {
        (P + "dominique-michel", O + "crpv-paca", ROLE + "member"),
        (P + "mustapha-berra", O + "crpv-paca", ROLE + "member"),
    }


def test_a_person_of_a_body_s_team_is_a_team_member_of_it(ingester: Ingester) -> None:
    # facts.md: the CRPV speakers of the ANRU day of 8 February 2024 were Fabien Bressan (Labo
    # Cités) and Maximilien Steindorsson (RésO Villes).
    for text in ("Maximilien Steindorsson, de l'équipe de RésO Villes, a présenté le centre.",
                 "Parmi les intervenants, Maximilien Steindorsson, membre de l'équipe de RésO "
                 "Villes.",
                 "Le centre était représenté par Maximilien Steindorsson, salarié de RésO "
                 "Villes, et par son directeur."):  # fmt: skip
        found = memberships(ingester, text)
        assert found == {(P + "maximilien-steindorsson", O + "reso-villes", ROLE + "team-member")}
    # Without a noun of its staff, the apposition says only where one comes from: a member.
    found = memberships(ingester, "Maximilien Steindorsson, de RésO Villes, a présenté le centre.")
    assert found == {(P + "maximilien-steindorsson", O + "reso-villes", ROLE + "member")}


def test_a_team_that_goes_on_with_a_complement_gives_no_membership(ingester: Ingester) -> None:
    # facts.md: Fabien Bressan (Labo Cités) spoke at the ANRU day of 8 February 2024.
    found = memberships(ingester, "Fabien Bressan, de l'équipe de rédaction de la revue de "
                                  "l'ANRU, a pris la parole.")  # fmt: skip
    assert found == set()


def test_a_title_after_et_par_belongs_to_the_next_person_not_the_apposition(
    ingester: Ingester,
) -> None:
    # facts-part3.md §PQA: the publication directors of Horizons aquitains were the regional
    # préfet (Francis Idrac) and the president of the Aquitaine regional council (Alain Rousset).
    found = memberships(ingester, "La direction de la publication est assurée par le préfet de "
                                  "région, Francis Idrac, et par le président du conseil régional "
                                  "d'Aquitaine, Alain Rousset.")  # fmt: skip
    assert (P + "alain-rousset", O + "region-aquitaine", ROLE + "president") in found
    assert (P + "francis-idrac", O + "region-aquitaine", ROLE + "president") not in found


def test_a_possessive_title_is_at_the_body_the_text_spoke_of_before(ingester: Ingester) -> None:
    # facts.md §9: Bénédicte Madelin directed Profession Banlieue for 21 years from its creation
    # in 1993.
    found = memberships(ingester, "Profession Banlieue a été créée en 1993. Sa directrice, "
                                  "Bénédicte Madelin, la dirige depuis sa création.")  # fmt: skip
    assert found == {(P + "benedicte-madelin", O + "profession-banlieue", ROLE + "director")}


def test_a_possessive_title_after_the_name_is_at_the_body_named_before(ingester: Ingester) -> None:
    # facts.md §ERU: Philippe Bies is president (of the École du renouvellement urbain).
    found = memberships(ingester, "L'ERU a changé de direction ; Philippe Bies, son président, "
                                  "reste en place.")  # fmt: skip
    assert found == {(P + "philippe-bies", O + "eru", ROLE + "president")}


def test_a_possessive_title_after_two_bodies_is_at_neither(ingester: Ingester) -> None:
    # facts.md §ERU: Philippe Bies is president (of the ERU; the sentence names two bodies).
    assert not memberships(ingester, "L'ERU et l'ANRU travaillent ensemble. Son président, "
                                     "Philippe Bies, l'a rappelé.")  # fmt: skip


def test_a_possessive_title_is_at_the_subject_of_the_sentence_before(ingester: Ingester) -> None:
    # facts-part3.md: Murielle Maffessoli was heard in 2013 as "directrice" of ORIV; she was
    # also delegate of the RECI network.
    found = memberships(ingester, "L'ORIV est membre du réseau RECI, qui fédère sept structures. "
                                  "Sa directrice, Murielle Maffessoli, a été entendue par les "
                                  "députés.")  # fmt: skip
    assert {(p, o, r) for p, o, r in found if r} == {
        (P + "murielle-maffessoli", O + "oriv", ROLE + "director")
    }


def test_a_possessive_title_after_a_sentence_not_opening_with_a_body_is_at_none(
    ingester: Ingester,
) -> None:
    # facts-part3.md: Murielle Maffessoli was heard in 2013 as "directrice" of ORIV (the
    # sentence before opens with neither body).
    found = memberships(ingester, "En 2013, les députés ont entendu l'ORIV et le réseau RECI. "
                                  "Sa directrice, Murielle Maffessoli, a témoigné.")  # fmt: skip
    assert not {(p, o, r) for p, o, r in found if r}


def test_an_office_taken_of_it_is_at_the_body_en_stands_for(ingester: Ingester) -> None:
    # facts.md: Ouided Ayad became director (of RésO Villes) in January 2024.
    found = memberships(ingester, "Chez RésO Villes, l'année marque un tournant : Ouided Ayad en "
                                  "a pris la direction en janvier.")  # fmt: skip
    assert found == {(P + "ouided-ayad", O + "reso-villes", ROLE + "director")}


def test_an_office_taken_of_it_after_two_bodies_is_at_neither(ingester: Ingester) -> None:
    # facts.md: Ouided Ayad became director (of RésO Villes) in January 2024.
    found = memberships(ingester, "RésO Villes et Labo Cités ont changé d'équipe : Ouided Ayad en "
                                  "a pris la direction en janvier.")  # fmt: skip
    assert not {(p, o, r) for p, o, r in found if p == P + "ouided-ayad"}


def test_a_second_person_sharing_en_est_holds_their_title_at_the_same_body(
    ingester: Ingester,
) -> None:
    # facts.md: Jean-Luc Michaud, publication director of Trajectoire Ressources (May 2016);
    # facts-part3.md: the May 2016 newsletter names Pauline Fattelay as editor-in-chief.
    found = memberships(ingester, "Trajectoire Ressources publie une lettre d'information ; "
                                  "Jean-Luc Michaud en est le directeur de la publication et "
                                  "Pauline Fattelay la rédactrice en chef.")  # fmt: skip
    assert found >= {
        (P + "jean-luc-michaud", O + "trajectoire-ressources", ROLE + "publication-director"),
        (P + "pauline-fattelay", O + "trajectoire-ressources", ROLE + "editor-in-chief"),
    }


def test_a_second_person_after_en_est_with_no_title_holds_none(ingester: Ingester) -> None:
    # facts.md: Jean-Luc Michaud, publication director of Trajectoire Ressources (May 2016).
    found = memberships(ingester, "Trajectoire Ressources publie une lettre d'information ; "
                                  "Jean-Luc Michaud en est le directeur de la publication et "
                                  "Pauline Fattelay la relit.")  # fmt: skip
    assert not {(p, o, r) for p, o, r in found if p == P + "pauline-fattelay"}


def test_a_title_after_the_comma_closing_an_apposition_is_the_name_s(ingester: Ingester) -> None:
    # facts.md: Isabelle Melscoet, an elected official of Brest Métropole, was president (of
    # RésO Villes) in June 2019.
    found = memberships(ingester, "La présidente de RésO Villes, Isabelle Melscoet, est élue de "
                                  "Brest Métropole.")  # fmt: skip
    assert found == {
        (P + "isabelle-melscoet", O + "reso-villes", ROLE + "president"),
        (P + "isabelle-melscoet", O + "brest-metropole", ROLE + "elected-official"),
    }


def test_a_title_en_devenir_is_at_the_body_named_before_in_the_clause(ingester: Ingester) -> None:
    # facts.md §ADCF: Jean-Luc Rigaut held the ADCF presidency from 2017 to 2020, then became
    # honorary president; Sébastien Martin was elected on 5 November 2020.
    found = memberships(ingester, "Jean-Luc Rigaut a quitté la présidence de l'ADCF en 2020 pour "
                                  "en devenir président d'honneur, et Sébastien Martin a été élu "
                                  "président de l'ADCF.")  # fmt: skip
    assert found == {
        (P + "jean-luc-rigaut", O + "adcf", ROLE + "honorary-president"),
        (P + "sebastien-martin", O + "adcf", ROLE + "president"),
    }


def test_a_person_in_a_list_of_complements_is_no_member_of_the_next_one(
    ingester: Ingester,
) -> None:
    # facts.md: the 2018 meeting's round table had ADCF president Jean-Luc Rigaut beside
    # representatives of ANRU, the ERU and EPARECA.
    assert not memberships(ingester, "La table ronde réunissait Jean-Luc Rigaut, de l'ANRU, de "
                                     "l'ERU et d'EPARECA.")  # fmt: skip


def test_a_second_title_after_a_comma_and_et_stays_in_the_apposition(ingester: Ingester) -> None:
    # facts.md: the 2018 meeting welcomed ADCF president Jean-Luc Rigaut, mayor of Annecy.
    found = memberships(ingester, "Jean-Luc Rigaut, président de l'ADCF, et maire d'Annecy, a "
                                  "pris la parole.")  # fmt: skip
    assert (P + "jean-luc-rigaut", O + "ville-d-annecy", ROLE + "mayor") in found


def test_a_title_in_brackets_after_a_name_is_that_persons(ingester: Ingester) -> None:
    # facts.md: the 2018 meeting welcomed ADCF president Jean-Luc Rigaut.
    found = memberships(ingester, "La rencontre a accueilli Jean-Luc Rigaut (président de "
                                  "l'ADCF).")  # fmt: skip
    assert found == {(P + "jean-luc-rigaut", O + "adcf", ROLE + "president")}


def test_a_pronoun_after_a_phrase_of_time_takes_both_coordinated_titles(
    ingester: Ingester,
) -> None:
    # facts.md §François-Antoine Mariani: in April 2022 he is DGD for the politique de la ville
    # at the ANCT and head of the URBACT managing authority.
    found = memberships(ingester, "François-Antoine Mariani a été entendu. En avril 2022, "
                                  "celui-ci était directeur général délégué à la politique de la "
                                  "ville de l'ANCT et responsable de l'autorité de gestion du "
                                  "programme URBACT.")  # fmt: skip
    assert found == {
        (P + "francois-antoine-mariani", O + "anct-dgd-pv", ROLE + "director-general-delegate"),
        (P + "francois-antoine-mariani", O + "urbact", ROLE + "head-of-managing-authority"),
    }


def test_a_name_among_a_titles_listed_complements_is_not_its_body(ingester: Ingester) -> None:
    # facts-part3.md §CGET notice: Patrick Kanner, minister for the City, Youth and Sport.
    found = memberships(ingester, "Patrick Kanner, ministre de la Ville, de la Jeunesse et des "
                                  "Sports, a cosigné la charte.")  # fmt: skip
    assert found == {(P + "patrick-kanner", O + "etat", ROLE + "minister")}


def test_a_possessive_title_after_an_adjective_of_time(ingester: Ingester) -> None:
    # facts.md §RésO Villes: Ouided Ayad became director in January 2024.
    found = memberships(ingester, "RésO Villes a renouvelé son bureau. Sa nouvelle directrice, "
                                  "Ouided Ayad, est arrivée en janvier 2024.")  # fmt: skip
    assert found == {(P + "ouided-ayad", O + "reso-villes", ROLE + "director")}


def test_elected_to_the_office_of_a_body_named_before_is_that_office(ingester: Ingester) -> None:
    # facts.md §ADCF: Jean-Luc Rigaut held the ADCF presidency from 2017 to 2020.
    found = memberships(ingester, "L'ADCF tenait sa convention à Nantes en octobre 2017. "
                                  "Jean-Luc Rigaut en a été élu président.")  # fmt: skip
    assert found == {(P + "jean-luc-rigaut", O + "adcf", ROLE + "president")}


def test_a_title_in_a_relative_clause_on_the_name(ingester: Ingester) -> None:
    # facts.md §ADCF: Jean-Luc Rigaut held the ADCF presidency from 2017 to 2020.
    found = memberships(ingester, "Jean-Luc Rigaut, qui était alors président de l'ADCF, a "
                                  "pris la parole à la rencontre.")  # fmt: skip
    assert found == {(P + "jean-luc-rigaut", O + "adcf", ROLE + "president")}


def test_an_office_held_at_one_body_needs_no_body_after_a_copula(ingester: Ingester) -> None:
    # facts.md §Sébastien Jallet: he left the Orne to become préfet of the Sarthe on 30 June
    # 2025 ("de la Sarthe" is a place, not a body).
    found = memberships(ingester, "Sébastien Jallet devient préfet de la Sarthe le 30 juin.")
    assert found == {(P + "sebastien-jallet", O + "etat", ROLE + "prefet")}


def test_an_office_of_many_bodies_with_no_body_gives_no_title(ingester: Ingester) -> None:
    # facts.md §Sébastien Jallet: chief of staff to the préfet of Vaucluse (no body named here).
    found = memberships(ingester, "Sébastien Jallet est devenu directeur de cabinet en 2004.")
    assert found == set()


def test_a_pronoun_stands_for_the_subject_not_for_a_person_named_in_passing(
    ingester: Ingester,
) -> None:
    # facts.md §Sébastien Jallet: chief of staff to Marlène Schiappa, then préfet of the Orne,
    # then of the Sarthe.
    found = memberships(ingester, "Le préfet Sébastien Jallet a quitté l'Orne. Il avait "
                                  "travaillé au cabinet de Marlène Schiappa. Il devient préfet "
                                  "de la Sarthe.")  # fmt: skip
    assert found == {(P + "sebastien-jallet", O + "etat", ROLE + "prefet")}


def test_whom_a_pronoun_succeeded_held_its_title(ingester: Ingester) -> None:
    # facts.md §ANRU: Anne-Claire Mialot was appointed director general in December 2021,
    # succeeding Nicolas Grivel.
    found = memberships(ingester, "L'ANRU change de direction. Anne-Claire Mialot en a été "
                                  "nommée directrice générale en décembre 2021. Elle succède à "
                                  "Nicolas Grivel.")  # fmt: skip
    assert found == {
        (P + "anne-claire-mialot", O + "anru", ROLE + "director-general"),
        (P + "nicolas-grivel", O + "anru", ROLE + "director-general"),
    }


def test_a_pronoun_with_no_title_gives_its_predecessor_none(ingester: Ingester) -> None:
    # facts.md §ANRU: Anne-Claire Mialot succeeded Nicolas Grivel.
    found = memberships(ingester, "Anne-Claire Mialot est arrivée à l'ANRU en décembre 2021. "
                                  "Elle succède à Nicolas Grivel.")  # fmt: skip
    assert found == set()


def test_elected_to_an_office_with_no_body_is_at_the_body_the_text_speaks_of(
    ingester: Ingester,
) -> None:
    # facts-part3.md §Profession Banlieue: the bureau elected on 8 April 2010 had Sylvie
    # Hautière as vice-president.
    found = memberships(ingester, "Profession Banlieue a tenu son assemblée le 8 avril 2010. "
                                  "Sylvie Hautière a été élue vice-présidente.")  # fmt: skip
    assert found == {(P + "sylvie-hautiere", O + "profession-banlieue", ROLE + "vice-president")}


def test_elected_to_an_office_of_something_else_gives_no_title(ingester: Ingester) -> None:
    # facts-part3.md §Profession Banlieue: Sylvie Hautière, vice-president (not of a
    # commission the text names no body for).
    found = memberships(ingester, "Profession Banlieue a tenu son assemblée le 8 avril 2010. "
                                  "Sylvie Hautière a été élue présidente de la commission.")  # fmt: skip
    assert found == set()


def test_whom_an_appointee_succeeded_held_the_office_appointed_to(ingester: Ingester) -> None:
    # facts.md §ANRU: Anne-Claire Mialot was appointed director general in December 2021,
    # succeeding Nicolas Grivel.
    found = memberships(ingester, "L'ANRU s'installe à Pantin. Anne-Claire Mialot a été nommée "
                                  "directrice générale en décembre 2021, succédant à Nicolas "
                                  "Grivel.")  # fmt: skip
    assert found == {
        (P + "anne-claire-mialot", O + "anru", ROLE + "director-general"),
        (P + "nicolas-grivel", O + "anru", ROLE + "director-general"),
    }


def test_a_title_held_at_two_bodies_joined_by_the_same_preposition(ingester: Ingester) -> None:
    # facts-part3.md §Profession Banlieue: Marc Ratsimba was then directeur général adjoint
    # renouvellement urbain at Clichy-sous-Bois and the Clichy-Montfermeil agglomeration.
    found = memberships(ingester, "Marc Ratsimba, directeur général adjoint à Clichy-sous-Bois "
                                  "et à la communauté d'agglomération de Clichy-Montfermeil, "
                                  "préside Profession Banlieue.")  # fmt: skip
    assert (P + "marc-ratsimba", O + "agglomeration-clichy-montfermeil",
            ROLE + "deputy-director-general") in found  # fmt: skip


def test_a_second_body_after_another_preposition_is_not_the_titles(ingester: Ingester) -> None:
    # facts.md §Profession Banlieue: Marc Ratsimba, its president (2010), not the IREV's.
    found = memberships(ingester, "Marc Ratsimba, président de Profession Banlieue et à l'IREV "
                                  "depuis 2010, a pris la parole.")  # fmt: skip
    assert found == {(P + "marc-ratsimba", O + "profession-banlieue", ROLE + "president")}


def test_another_prefet_named_after_his_title_is_at_the_state(ingester: Ingester) -> None:
    # facts.md §CGET: two préfets led the preparatory phase, Éric Delzant and Raphaël Le
    # Méhauté.
    found = memberships(ingester, "Raphaël Le Méhauté a préparé la création du CGET avec un "
                                  "autre préfet, Éric Delzant.")  # fmt: skip
    assert (P + "eric-delzant", O + "etat", ROLE + "prefet") in found


def test_a_career_lists_titles_after_one_copula(ingester: Ingester) -> None:
    # facts.md §Sébastien Jallet: from 2004 to 2009 he was chief of staff to the préfet of
    # Vaucluse, secretary-general of the Gers prefecture and sous-préfet in Lyon.
    found = memberships(ingester, "Le préfet Sébastien Jallet quitte l'Orne. De 2004 à 2009, il "
                                  "a été directeur de cabinet du préfet de Vaucluse, secrétaire "
                                  "général de la préfecture du Gers, puis sous-préfet à Lyon.")  # fmt: skip
    assert (P + "sebastien-jallet", O + "etat", ROLE + "sous-prefet") in found


def test_a_career_list_ends_at_a_clause_about_someone_else(ingester: Ingester) -> None:
    # facts.md §ADCF: Jean-Luc Rigaut, ADCF president (2017-2020); Marc Censi founded it.
    found = memberships(ingester, "Jean-Luc Rigaut est président de l'ADCF, et Marc Censi, son "
                                  "fondateur, est venu.")  # fmt: skip
    assert (P + "jean-luc-rigaut", O + "adcf", ROLE + "president") in found
    assert not any(person == P + "jean-luc-rigaut" and role == ROLE + "founder"
                   for person, _body, role in found)  # fmt: skip


def test_a_title_opening_the_sentence_is_its_subjects(ingester: Ingester) -> None:
    # facts.md §ADCF: Jean-Luc Rigaut, mayor of Annecy from 2007 to 2020, ADCF president.
    found = memberships(ingester, "Jean-Luc Rigaut a quitté la présidence de l'ADCF. Maire "
                                  "d'Annecy depuis 2007, il a été battu aux municipales.")  # fmt: skip
    assert (P + "jean-luc-rigaut", O + "ville-d-annecy", ROLE + "mayor") in found


def test_a_title_opening_the_sentence_before_a_name_is_that_names(ingester: Ingester) -> None:
    # facts.md §ADCF: Jean-Luc Rigaut held the ADCF presidency from 2017 to 2020.
    found = memberships(ingester, "Président de l'ADCF depuis 2017, Jean-Luc Rigaut a signé le "
                                  "pacte de Dijon.")  # fmt: skip
    assert (P + "jean-luc-rigaut", O + "adcf", ROLE + "president") in found


def test_a_pronoun_after_a_person_named_in_passing_stands_for_no_one_sure(
    ingester: Ingester,
) -> None:
    # facts.md §ADCF: Jean-Luc Rigaut succeeded Charles-Eric Lemaignen; Rigaut was mayor of
    # Annecy (the "il" may be either).
    found = memberships(ingester, "Jean-Luc Rigaut arrive à l'ADCF. Le congrès a salué "
                                  "Charles-Eric Lemaignen. Maire d'Annecy depuis 2007, il a pris "
                                  "la parole.")  # fmt: skip
    assert not any(body == O + "ville-d-annecy" for _person, body, _role in found)


def test_who_replaced_someone_at_a_post_and_whom_both_held_it(ingester: Ingester) -> None:
    # facts.md §CGET: Marie-Caroline Bonnet-Galzy had replaced Éric Delzant as commissaire
    # générale.
    found = memberships(ingester, "Le CGET existe depuis mai 2014. Marie-Caroline Bonnet-Galzy "
                                  "avait remplacé Éric Delzant au poste de commissaire "
                                  "générale.")  # fmt: skip
    assert found == {
        (P + "marie-caroline-bonnet-galzy", O + "cget", ROLE + "commissaire-general"),
        (P + "eric-delzant", O + "cget", ROLE + "commissaire-general"),
    }


def test_who_succeeded_lui_at_its_presidency_and_whom_lui_stands_for_held_it(
    ingester: Ingester,
) -> None:
    # facts.md §ADCF: presidents Marc Censi, then Daniel Delaveau (around 2008).
    found = memberships(ingester, "L'ADCF a été créée en 1989 avec Marc Censi. Daniel Delaveau "
                                  "lui a succédé à sa présidence.")  # fmt: skip
    assert {(P + "daniel-delaveau", O + "adcf", ROLE + "president"),
            (P + "marc-censi", O + "adcf", ROLE + "president")} <= found  # fmt: skip


def test_a_replacement_with_no_post_named_gives_no_title(ingester: Ingester) -> None:
    # facts.md §CGET: Marie-Caroline Bonnet-Galzy had replaced Éric Delzant (the post unsaid).
    found = memberships(ingester, "Le CGET existe depuis mai 2014. Marie-Caroline Bonnet-Galzy "
                                  "avait remplacé Éric Delzant.")  # fmt: skip
    assert found == set()


def test_who_holds_an_office_of_the_body_en_stands_for(ingester: Ingester) -> None:
    # facts.md §EPARECA: headquarters in Lille; Valérie Lasek was director general in January
    # 2019.
    found = memberships(ingester, "L'Epareca a son siège à Lille, et c'est Valérie Lasek qui en "
                                  "assure la direction générale.")  # fmt: skip
    assert found == {(P + "valerie-lasek", O + "epareca", ROLE + "director-general")}


def test_holding_the_presidency_of_an_assembly_is_not_the_bodys(ingester: Ingester) -> None:
    # facts.md §IREV: the 2018 general assembly was chaired by Daniel Barnier, Milouda Ala
    # vice-chair.
    found = memberships(ingester, "L'assemblée générale de l'IREV s'est tenue en novembre 2018. "
                                  "Milouda Ala en assurait la vice-présidence.")  # fmt: skip
    assert (P + "milouda-ala", O + "irev", ROLE + "vice-president") not in found


def test_a_person_placed_at_a_bodys_presidency_is_its_president(ingester: Ingester) -> None:
    # facts.md §Profession Banlieue: the board elected on 8 April 2010 had Marc Ratsimba as
    # president.
    found = memberships(ingester, "Profession Banlieue a tenu son assemblée le 8 avril 2010. Le "
                                  "conseil a porté Marc Ratsimba à sa présidence.")  # fmt: skip
    assert found == {(P + "marc-ratsimba", O + "profession-banlieue", ROLE + "president")}


def test_a_title_in_a_subordinate_clause_is_the_subjects(ingester: Ingester) -> None:
    # facts-part3.md §Profession Banlieue: Marc Ratsimba, president, was then directeur général
    # adjoint at the Clichy-Montfermeil agglomeration.
    found = memberships(ingester, "Marc Ratsimba a été élu en 2010, alors qu'il était directeur "
                                  "général adjoint à la communauté d'agglomération de "
                                  "Clichy-Montfermeil.")  # fmt: skip
    assert (P + "marc-ratsimba", O + "agglomeration-clichy-montfermeil",
            ROLE + "deputy-director-general") in found  # fmt: skip


def test_il_does_not_stand_for_a_woman_the_text_titled(ingester: Ingester) -> None:
    # facts-part3.md §Profession Banlieue: Sylvie Hautière, vice-president; Marc Ratsimba,
    # president, then directeur général adjoint at Clichy-Montfermeil.
    found = memberships(ingester, "Sylvie Hautière a été élue vice-présidente de Profession "
                                  "Banlieue. Un an plus tôt, le 8 avril 2010, il était "
                                  "directeur général adjoint à la communauté d'agglomération de "
                                  "Clichy-Montfermeil.")  # fmt: skip
    assert found == {(P + "sylvie-hautiere", O + "profession-banlieue", ROLE + "vice-president")}


def test_a_title_of_the_centre_is_at_the_body_the_text_speaks_of(ingester: Ingester) -> None:
    # facts.md §Labo Cités: CR•DSU (now Labo Cités); Isabelle Chenevez is named as director
    # (about 2015).
    found = memberships(ingester, "Labo Cités compte parmi les premiers centres de ressources. "
                                  "En 2015, la revue était dirigée par Isabelle Chenevez, alors "
                                  "directrice du centre.")  # fmt: skip
    assert found == {(P + "isabelle-chenevez", O + "labo-cites", ROLE + "director")}


def test_a_common_noun_after_two_bodies_stands_for_neither(ingester: Ingester) -> None:
    # facts.md §Labo Cités: Isabelle Chenevez is named as director of the CR•DSU, not of RésO
    # Villes.
    found = memberships(ingester, "Labo Cités et RésO Villes sont des centres de ressources. "
                                  "Isabelle Chenevez est directrice de l'association.")  # fmt: skip
    assert found == set()


def test_becoming_an_office_with_no_body_is_at_the_body_the_text_speaks_of(
    ingester: Ingester,
) -> None:
    # facts.md §ADCF: Jean-Luc Rigaut held the ADCF presidency from 2017 to 2020, then became
    # honorary president.
    found = memberships(ingester, "L'ADCF a renouvelé son bureau en 2020. Jean-Luc Rigaut "
                                  "quitte la présidence. Il devient président d'honneur.")  # fmt: skip
    assert (P + "jean-luc-rigaut", O + "adcf", ROLE + "honorary-president") in found


def test_becoming_the_officer_of_something_named_after_gives_no_title(ingester: Ingester) -> None:
    # facts.md §ADCF: Jean-Luc Rigaut, ADCF president; no other office of his is in the sheets.
    found = memberships(ingester, "L'ADCF a renouvelé son bureau en 2017. Jean-Luc Rigaut devient "
                                  "président de la commission des finances.")  # fmt: skip
    assert found == set()


def test_a_possessive_after_a_sentence_of_several_bodies_is_the_theme_bodys(
    ingester: Ingester,
) -> None:
    # facts.md: Isabelle Melscoet, president of RésO Villes (June 2019); CRPV Paca (2006)
    # answered a DIACT call for projects together with RésO Villes and PQA.
    found = memberships(ingester, "RésO Villes est cité en 2006. Avec le CRPV Paca et PQA, il a "
                                  "répondu à un appel de la DIACT. Sa présidente, Isabelle "
                                  "Melscoet, a ouvert la rencontre.")  # fmt: skip
    assert found == {(P + "isabelle-melscoet", O + "reso-villes", ROLE + "president")}


def test_a_body_that_has_people_for_its_titles_holds_them(ingester: Ingester) -> None:
    # facts-part3.md §Labo Cités: the review's "Directeur de la publication" Alain Grasset and
    # "Directrice de la rédaction" Isabelle Chenevez.
    found = memberships(ingester, "Labo Cités publie une revue. En 2015, le centre avait pour "
                                  "directeur de la publication Alain Grasset et pour directrice "
                                  "de la rédaction Isabelle Chenevez.")  # fmt: skip
    assert found == {
        (P + "alain-grasset", O + "labo-cites", ROLE + "publication-director"),
        (P + "isabelle-chenevez", O + "labo-cites", ROLE + "editorial-director"),
    }


def test_having_for_an_aim_gives_no_title(ingester: Ingester) -> None:
    # facts.md §IREV: Kléber Arhoul is named as IREV president (about 2014); here no title.
    found = memberships(ingester, "L'IREV a pour objectif de former Kléber Arhoul.")
    assert found == set()


def test_bare_titles_on_a_list_line_are_at_the_body_it_opens_with(ingester: Ingester) -> None:
    # facts.md §ERU: Franck Martin became director general from 3 January 2023 and Céline
    # Gipoulon deputy director from March 2023; Philippe Bies is president.
    found = memberships(ingester, "Nominations du trimestre.\n"
                                  "- ERU : directeur général depuis janvier 2023, Franck Martin "
                                  "travaille avec Céline Gipoulon, directrice adjointe. Le "
                                  "président, Philippe Bies, les soutient.")  # fmt: skip
    assert found == {
        (P + "franck-martin", O + "eru", ROLE + "director-general"),
        (P + "celine-gipoulon", O + "eru", ROLE + "deputy-director"),
        (P + "philippe-bies", O + "eru", ROLE + "president"),
    }


def test_a_list_line_naming_another_body_gives_no_bare_title_to_its_head(
    ingester: Ingester,
) -> None:
    # facts.md §ERU: Céline Gipoulon, deputy director (here beside another body's name).
    found = memberships(ingester, "Nominations.\n- ERU : Céline Gipoulon, directrice adjointe, "
                                  "a rencontré l'ANRU.")  # fmt: skip
    assert (P + "celine-gipoulon", O + "eru", ROLE + "deputy-director") not in found


def test_a_bare_title_on_a_line_with_no_heading_body_gives_nothing(ingester: Ingester) -> None:
    # facts.md §ERU: Céline Gipoulon, deputy director (the line opens with no body; the page is
    # about two bodies: on a page about the ERU alone, a bare title is held there, page_titles).
    assert not memberships(ingester, "L'ERU et l'ANRU recrutent. Au printemps : Céline Gipoulon, "
                                     "directrice adjointe, arrive.")  # fmt: skip


def test_whom_one_took_over_from_held_the_same_title(ingester: Ingester) -> None:
    # facts.md §ERU: Philippe Bies succeeded Alain Cacheux as head of ERU.
    found = memberships(ingester, "Philippe Bies, président de l'ERU, a pris la suite d'Alain "
                                  "Cacheux.")  # fmt: skip
    assert (P + "alain-cacheux", O + "eru", ROLE + "president") in found


def test_whom_this_one_took_over_from_held_the_same_title(ingester: Ingester) -> None:
    # facts.md §ADCF: Sébastien Martin, elected on 5 November 2020; Rigaut became honorary
    # president.
    found = memberships(ingester, "Sébastien Martin a été élu président de l'ADCF le 5 novembre "
                                  "2020. Celui-ci prend la suite de Jean-Luc Rigaut.")  # fmt: skip
    assert (P + "jean-luc-rigaut", O + "adcf", ROLE + "president") in found


def test_a_title_y_holds_is_at_the_body_named_before(ingester: Ingester) -> None:
    # facts.md: Sébastien Jallet opened the 2018 meeting, commissaire général délégué (CGET).
    found = memberships(ingester, "En 2018, le CGET invitait les centres à Paris. Sébastien "
                                  "Jallet y était commissaire général délégué.")  # fmt: skip
    assert (P + "sebastien-jallet", O + "cget", ROLE + "commissaire-general-delegue") in found


def test_going_there_gives_no_title(ingester: Ingester) -> None:
    # facts.md: Sébastien Jallet opened the 2018 meeting (at the CGET's invitation).
    found = memberships(ingester, "En 2018, le CGET invitait les centres à Paris. Sébastien "
                                  "Jallet y est allé.")  # fmt: skip
    assert not found


def test_a_unit_run_by_someone_gives_the_title_its_name_says(ingester: Ingester) -> None:
    # facts.md: the IREV item calls Sébastien Jallet "directeur de la ville et de la cohésion
    # urbaine" (CGET) in June 2018.
    found = memberships(ingester, "En juin 2018, la direction de la ville et de la cohésion "
                                  "urbaine, pilotée par Sébastien Jallet, invitait les "
                                  "centres.")  # fmt: skip
    assert found == {(P + "sebastien-jallet", O + "cget-dvcu", ROLE + "director")}


def test_a_body_run_by_someone_that_is_no_unit_gives_no_title(ingester: Ingester) -> None:
    # facts.md §ERU: Franck Martin became director general from 3 January 2023 ("dirigée par"
    # does not say which title).
    assert not memberships(ingester, "Depuis 2023, l'ERU est dirigée par Franck Martin.")


def test_a_title_in_this_same_unit_is_at_the_unit_named_before(ingester: Ingester) -> None:
    # facts.md §DGD PV: Éric Briat is named director of programme coordination in the same
    # department.
    found = memberships(ingester, "La direction générale déléguée à la politique de la ville "
                                  "de l'ANCT recrute. Dans cette même direction, Éric Briat est "
                                  "directeur de la coordination des programmes.")  # fmt: skip
    assert (P + "eric-briat", O + "anct-dgd-pv", ROLE + "programme-coordination-director") in found


def test_a_demonstrative_whose_noun_names_no_body_before_gives_no_title(
    ingester: Ingester,
) -> None:
    # facts.md §DGD PV: Éric Briat, director of programme coordination (no "direction" named).
    found = memberships(ingester, "L'ANCT recrute. Dans cette même direction, Éric Briat est "
                                  "directeur de la coordination des programmes.")  # fmt: skip
    assert not found


def test_a_date_between_the_verb_of_election_and_the_title_is_read(ingester: Ingester) -> None:
    # facts.md §ADCF presidents: "Sébastien Martin, elected on 5 November (2020)".
    found = memberships(ingester, "Sébastien Martin a été élu le 5 novembre président de l'ADCF.")
    assert found == {(P + "sebastien-martin", O + "adcf", ROLE + "president")}


def test_how_one_was_appointed_may_stand_before_the_title(ingester: Ingester) -> None:
    # facts.md §ANRU: "Anne-Claire Mialot was appointed director general in the Council of
    # Ministers in December 2021".
    found = memberships(ingester, "Anne-Claire Mialot a été nommée en Conseil des ministres "
                                  "directrice générale de l'ANRU.")  # fmt: skip
    assert found == {(P + "anne-claire-mialot", O + "anru", ROLE + "director-general")}


def test_a_dated_appointment_with_no_body_is_at_the_body_the_text_speaks_of(
    ingester: Ingester,
) -> None:
    # facts.md §ANCT: Stanislas Bourron, "whose appointment was published in the JO of 2
    # December".
    found = memberships(ingester, "L'ANCT a un nouveau directeur. Stanislas Bourron a été "
                                  "nommé, vendredi 2 décembre, directeur général.")  # fmt: skip
    assert found == {(P + "stanislas-bourron", O + "anct", ROLE + "director-general")}


def test_a_date_and_a_place_after_an_election_give_no_title(ingester: Ingester) -> None:
    # facts.md §Profession Banlieue: the board elected on 8 April 2010 had Marc Ratsimba as
    # president; the sentence names no office.
    found = memberships(ingester, "Profession Banlieue a tenu son assemblée. Marc Ratsimba a "
                                  "été élu le 8 avril à Paris, devant les adhérents.")  # fmt: skip
    assert found == set()


def test_the_people_listed_after_a_heading_body_are_its_members(ingester: Ingester) -> None:
    # facts-part3.md §PQA: the 2006 editorial committee of Horizons aquitains listed Brigitte
    # Maltet (RésO Villes) and Hervé Castelli of PQA; facts.md: Fabien Bressan (Labo Cités) and
    # Maximilien Steindorsson (RésO Villes) spoke at the ANRU day of 8 February 2024.
    found = memberships(ingester, "Comité de rédaction : pour RésO Villes, Brigitte Maltet ; "
                                  "pour PQA, Hervé Castelli.")  # fmt: skip
    assert found == {
        (P + "brigitte-maltet", O + "reso-villes", ROLE + "member"),
        (P + "herve-castelli", O + "pqn-a", ROLE + "member"),
    }
    found = memberships(ingester, "Côté Labo Cités, Fabien Bressan et Frédérique Bourgeois "
                                  "ont animé l'atelier.")  # fmt: skip
    assert found == {
        (P + "fabien-bressan", O + "labo-cites", ROLE + "member"),
        (P + "frederique-bourgeois", O + "labo-cites", ROLE + "member"),
    }


def test_a_heading_of_the_centres_as_a_group_gives_no_membership(ingester: Ingester) -> None:
    # facts.md: the CRPV speakers of the ANRU day were Fabien Bressan (Labo Cités) and
    # Maximilien Steindorsson (RésO Villes): which centre each is at, "CRPV" does not say.
    found = memberships(ingester, "Côté CRPV, Fabien Bressan et Maximilien Steindorsson ont "
                                  "pris la parole.")  # fmt: skip
    assert found == set()


def test_a_heading_body_adds_no_membership_to_a_title_held_there(ingester: Ingester) -> None:
    # facts.md §ANCT: Stanislas Bourron, director general of the ANCT from December 2022.
    found = memberships(ingester, "Pour l'ANCT, Stanislas Bourron, directeur général de "
                                  "l'ANCT, a salué le travail des centres.")  # fmt: skip
    assert found == {(P + "stanislas-bourron", O + "anct", ROLE + "director-general")}


def test_whom_one_replaced_comme_a_title_held_it_too(ingester: Ingester) -> None:
    # facts.md §ERU: "Philippe Bies succeeded Alain Cacheux as head of ERU"; §ADCF presidents:
    # Sébastien Martin succeeded Jean-Luc Rigaut.
    found = memberships(ingester, "Philippe Bies a remplacé Alain Cacheux comme président de "
                                  "l'ERU.")  # fmt: skip
    assert found == {
        (P + "philippe-bies", O + "eru", ROLE + "president"),
        (P + "alain-cacheux", O + "eru", ROLE + "president"),
    }
    found = memberships(ingester, "Sébastien Martin a succédé à Jean-Luc Rigaut en tant que "
                                  "président de l'ADCF.")  # fmt: skip
    assert found == {
        (P + "sebastien-martin", O + "adcf", ROLE + "president"),
        (P + "jean-luc-rigaut", O + "adcf", ROLE + "president"),
    }


def test_ce_dernier_replaced_is_the_person_named_last_before(ingester: Ingester) -> None:
    # facts.md §ADCF presidents: Sébastien Martin, elected on 5 November (2020), succeeded
    # Jean-Luc Rigaut.
    found = memberships(ingester, "L'ADCF a tenu son congrès, en présence de Jean-Luc Rigaut. "
                                  "C'est Sébastien Martin qui a remplacé ce dernier comme "
                                  "président.")  # fmt: skip
    assert found == {
        (P + "sebastien-martin", O + "adcf", ROLE + "president"),
        (P + "jean-luc-rigaut", O + "adcf", ROLE + "president"),
    }


def test_replacing_someone_in_no_office_gives_no_title(ingester: Ingester) -> None:
    # facts.md §ADCF presidents: Sébastien Martin succeeded Jean-Luc Rigaut.
    found = memberships(ingester, "L'ADCF a tenu son congrès, en présence de Jean-Luc Rigaut. "
                                  "Sébastien Martin a remplacé ce dernier comme intervenant de "
                                  "la table ronde.")  # fmt: skip
    assert found == set()


def test_whom_a_named_successor_succeeded_held_the_title_the_text_gave_them(
    ingester: Ingester,
) -> None:
    # facts.md §ANCT: Stanislas Bourron, director general from December 2022, succeeded Yves
    # Le Breton; §ADCF presidents: Sébastien Martin succeeded Jean-Luc Rigaut.
    found = memberships(ingester, "Sébastien Martin a été élu président de l'ADCF. Sébastien "
                                  "Martin prend la suite de Jean-Luc Rigaut.")  # fmt: skip
    assert found == {
        (P + "sebastien-martin", O + "adcf", ROLE + "president"),
        (P + "jean-luc-rigaut", O + "adcf", ROLE + "president"),
    }
    found = memberships(ingester, "Stanislas Bourron devient directeur général de l'ANCT. M. "
                                  "Bourron succède à Yves Le Breton, parti pour la préfecture.")  # fmt: skip
    assert (P + "yves-le-breton", O + "anct", ROLE + "director-general") in found


def test_a_succession_to_another_office_gives_the_earlier_title_to_no_one(
    ingester: Ingester,
) -> None:
    # facts.md: Jean-Luc Rigaut, mayor of Annecy, was ADCF president after Charles-Éric
    # Lemaignen, who was never mayor of Annecy.
    found = memberships(ingester, "Jean-Luc Rigaut est maire d'Annecy. Jean-Luc Rigaut succède "
                                  "à Charles-Éric Lemaignen à la tête de l'association.")  # fmt: skip
    assert not {s for s in found if s[0] == P + "charles-eric-lemaignen"}


def test_titles_credited_in_a_list_after_a_colon_are_at_the_body_spoken_of(
    ingester: Ingester,
) -> None:
    # facts.md §Labo Cités: in 2015 its Cahiers du DSU had Alain Grasset as publication director
    # and Isabelle Chenevez as editorial director.
    for text in (
        "Labo Cités publie ses Cahiers. Ours : directeur de la publication, Alain Grasset ; "
        "directrice de la rédaction, Isabelle Chenevez.",
        "En 2015, la revue de Labo Cités était éditée à Lyon : directeur de la publication, "
        "Alain Grasset ; directrice de la rédaction, Isabelle Chenevez.",
    ):
        found = memberships(ingester, text)
        assert found == {
            (P + "alain-grasset", O + "labo-cites", ROLE + "publication-director"),
            (P + "isabelle-chenevez", O + "labo-cites", ROLE + "editorial-director"),
        }


def test_a_credited_title_whose_person_names_another_body_is_not_read(ingester: Ingester) -> None:
    # facts-part3.md §PQA: in 2006 Hervé Castelli of PQA was editor-in-chief of Horizons
    # aquitains (the review's, not the centre the text speaks of).
    found = memberships(ingester, "Labo Cités publie ses Cahiers. Rédacteur en chef : Hervé "
                                  "Castelli (PQA).")  # fmt: skip
    assert found == {(P + "herve-castelli", O + "pqn-a", ROLE + "member")}


def test_a_title_after_a_pronoun_and_comme_is_the_person_s(ingester: Ingester) -> None:
    # facts.md: François-Antoine Mariani, at the 2021 meeting "directeur général délégué de la
    # politique de la ville à l'ANCT".
    for text in (
        "Le bilan a été commenté par François-Antoine Mariani. Il se présentait comme directeur "
        "général délégué à la politique de la ville de l'ANCT.",
        "Le bilan a été commenté par François-Antoine Mariani. En avril, il intervenait en tant "
        "que directeur général délégué à la politique de la ville de l'ANCT.",
    ):
        found = memberships(ingester, text)
        assert (
            P + "francois-antoine-mariani",
            O + "anct-dgd-pv",
            ROLE + "director-general-delegate",
        ) in found


def test_a_pronoun_and_comme_with_no_title_gives_none(ingester: Ingester) -> None:
    # facts.md: François-Antoine Mariani commented on the 2020 activity report in 2021.
    found = memberships(ingester, "Le bilan a été commenté par François-Antoine Mariani. Il "
                                  "est intervenu comme grand témoin de la rencontre.")  # fmt: skip
    assert found == set()


def test_who_holds_the_interim_holds_the_departed_s_office_at_interim(ingester: Ingester) -> None:
    # facts.md §ANCT: François-Antoine Mariani was interim director general of the ANCT from
    # August, after Yves Le Breton left, until Stanislas Bourron's appointment.
    for second in (
        "Depuis août, l'intérim est assuré par François-Antoine Mariani.",
        "Depuis août, c'est François-Antoine Mariani qui assure l'intérim.",
        "François-Antoine Mariani a assuré un intérim de quatre mois.",
    ):
        found = memberships(ingester, "Yves Le Breton, directeur général de l'ANCT, a quitté "
                                      "ses fonctions. " + second)  # fmt: skip
        assert (
            P + "francois-antoine-mariani",
            O + "anct",
            ROLE + "interim-director-general",
        ) in found


def test_an_interim_after_an_office_with_no_interim_role_gives_none(ingester: Ingester) -> None:
    # facts.md §ADCF presidents: Sébastien Martin succeeded Jean-Luc Rigaut (the vocabulary has
    # no interim president).
    found = memberships(ingester, "Jean-Luc Rigaut, président de l'ADCF, est parti. Depuis, "
                                  "l'intérim est assuré par Sébastien Martin.")  # fmt: skip
    assert found == {(P + "jean-luc-rigaut", O + "adcf", ROLE + "president")}


def test_a_title_of_a_noun_a_body_s_name_opens_with_is_at_that_body(ingester: Ingester) -> None:
    # facts.md §CGET: on 9 July (2014) Raphaël Le Méhauté was appointed commissaire général
    # délégué; §IREV: Majdouline Sbai, vice-president of the Region, was its vice-president.
    found = memberships(ingester, "Le Commissariat général à l'égalité des territoires existe "
                                  "depuis mai. Raphaël Le Méhauté est commissaire général délégué "
                                  "du commissariat.")  # fmt: skip
    assert found == {(P + "raphael-le-mehaute", O + "cget", ROLE + "commissaire-general-delegue")}
    found = memberships(ingester, "L'Institut régional de la ville tient son assemblée à Lille, "
                                  "avec l'ANCT. Majdouline Sbai, vice-présidente de l'institut, "
                                  "l'a ouverte.")  # fmt: skip
    assert found == {(P + "majdouline-sbai", O + "irev", ROLE + "vice-president")}


def test_a_title_of_a_noun_no_body_opens_with_gives_none(ingester: Ingester) -> None:
    # facts.md §IREV: Majdouline Sbai was its vice-president (not of a commission).
    found = memberships(ingester, "L'Institut régional de la ville tient son assemblée. "
                                  "Majdouline Sbai est vice-présidente de la commission.")  # fmt: skip
    assert found == set()


def test_who_was_handed_over_to_holds_the_giver_s_office(ingester: Ingester) -> None:
    # facts.md §ADCF presidents: Sébastien Martin, elected on 5 November (2020), succeeded
    # Jean-Luc Rigaut, who became honorary president.
    adcf = {
        (P + "jean-luc-rigaut", O + "adcf", ROLE + "president"),
        (P + "sebastien-martin", O + "adcf", ROLE + "president"),
    }
    for text in (
        "Jean-Luc Rigaut, président de l'ADCF, a passé le relais à son successeur, Sébastien "
        "Martin.",
        "Jean-Luc Rigaut était président de l'ADCF. En novembre 2020, il a cédé sa place à "
        "Sébastien Martin.",
        "Sébastien Martin a été élu président de l'ADCF. Il a pris le relais de Jean-Luc Rigaut.",
    ):
        assert memberships(ingester, text) == adcf


def test_handing_over_something_else_gives_no_office(ingester: Ingester) -> None:
    # facts.md §ADCF presidents: Jean-Luc Rigaut, then Sébastien Martin.
    found = memberships(ingester, "Jean-Luc Rigaut, président de l'ADCF, a passé la parole à "
                                  "Sébastien Martin.")  # fmt: skip
    assert found == {(P + "jean-luc-rigaut", O + "adcf", ROLE + "president")}


def test_who_runs_a_body_holds_the_office_its_name_s_noun_gives(ingester: Ingester) -> None:
    # facts.md §ANRU: "Grivel had run ANRU since 2014"; Anne-Claire Mialot, director general
    # from December 2021; §CGET: Marie-Caroline Bonnet-Galzy, commissaire générale.
    found = memberships(ingester, "L'ANRU était alors dirigée par Nicolas Grivel.")
    assert found == {(P + "nicolas-grivel", O + "anru", ROLE + "director-general")}
    found = memberships(ingester, "L'Agence nationale pour la rénovation urbaine fête ses vingt "
                                  "ans. L'agence est dirigée depuis décembre 2021 par Anne-Claire "
                                  "Mialot.")  # fmt: skip
    assert found == {(P + "anne-claire-mialot", O + "anru", ROLE + "director-general")}
    found = memberships(ingester, "Le Commissariat général à l'égalité des territoires existe "
                                  "depuis mai. Le commissariat est désormais dirigé par "
                                  "Marie-Caroline Bonnet-Galzy.")  # fmt: skip
    assert found == {(P + "marie-caroline-bonnet-galzy", O + "cget", ROLE + "commissaire-general")}


def test_who_runs_a_body_whose_head_french_leaves_unsaid_holds_nothing(ingester: Ingester) -> None:
    # facts.md §ERU: Franck Martin, director general from 3 January (2023); §ANRU: Nicolas
    # Grivel ran ANRU (not at interim).
    assert not memberships(ingester, "L'ERU est dirigée depuis 2023 par Franck Martin.")
    assert not memberships(ingester, "L'ANRU est dirigée par intérim par Nicolas Grivel.")


def test_who_takes_the_head_of_a_body_holds_the_office_its_noun_gives(ingester: Ingester) -> None:
    # facts.md §ANRU: "Grivel had run ANRU since 2014"; §ANCT: Stanislas Bourron, director
    # general, "whose appointment was published in the JO of 2 December".
    found = memberships(ingester, "Nicolas Grivel a pris la tête de l'ANRU en 2014.")
    assert found == {(P + "nicolas-grivel", O + "anru", ROLE + "director-general")}
    found = memberships(ingester, "L'Agence nationale de la cohésion des territoires change de "
                                  "directeur. La nomination de Stanislas Bourron à la tête de "
                                  "l'agence a été publiée.")  # fmt: skip
    assert found == {(P + "stanislas-bourron", O + "anct", ROLE + "director-general")}


def test_the_head_taken_by_the_subject_is_not_a_complement_s(ingester: Ingester) -> None:
    # facts.md §ANRU: Nicolas Grivel ran ANRU from 2014; Jean-Louis Borloo founded it.
    found = memberships(ingester, "Nicolas Grivel, qui avait rejoint l'équipe de Jean-Louis "
                                  "Borloo en 2003 bien avant de prendre la tête de l'ANRU, est "
                                  "parti.")  # fmt: skip
    assert (P + "jean-louis-borloo", O + "anru", ROLE + "director-general") not in found


def test_a_title_and_its_body_then_a_copula_name_their_holder(ingester: Ingester) -> None:
    # facts.md §Labo Cités: Frédérique Bourgeois, its director (2022); §IREV: Kléber Arhoul,
    # préfet délégué, was its president.
    found = memberships(ingester, "La directrice de Labo Cités est Frédérique Bourgeois.")
    assert found == {(P + "frederique-bourgeois", O + "labo-cites", ROLE + "director")}
    found = memberships(ingester, "Une page de son site désigne comme président de l'IREV "
                                  "Kléber Arhoul, préfet délégué.")  # fmt: skip
    assert (P + "kleber-arhoul", O + "irev", ROLE + "president") in found


def test_a_title_and_its_body_then_another_verb_name_no_holder(ingester: Ingester) -> None:
    # facts.md §IREV: Kléber Arhoul was its president (not whom the president greeted).
    assert not memberships(ingester, "Le président de l'IREV a salué Kléber Arhoul.")
    assert not memberships(ingester, "La présidente de l'IREV était présente, comme Kléber "
                                     "Arhoul.")  # fmt: skip


def test_the_head_of_an_association_gives_no_title(ingester: Ingester) -> None:
    # facts.md §ADCF presidents: Jean-Luc Rigaut took the head of an association of elected
    # officials in 2017 (its president; "la tête" of an association may be its director's).
    found = memberships(ingester, "L'Association des maires de France a tenu son congrès. "
                                  "Jean-Luc Rigaut a pris la tête de l'association.")  # fmt: skip
    assert found == set()


def test_a_heading_body_listed_with_people_and_bodies_heads_none(ingester: Ingester) -> None:
    # facts.md: Fabien Bressan (Labo Cités) spoke at the ANRU day of 8 February 2024, as did
    # RésO Villes's Maximilien Steindorsson.
    found = memberships(ingester, "Trois prix ont été remis : pour RésO Villes, Fabien Bressan "
                                  "et Labo Cités.")  # fmt: skip
    assert found == set()


def test_a_noun_whose_title_goes_on_is_no_body_named_before(ingester: Ingester) -> None:
    # facts.md: Sébastien Jallet opened the 2018 meeting as "directeur de la ville et de la
    # cohésion urbaine" (the CGET's unit, not a city named before).
    found = memberships(ingester, "La rencontre a eu lieu à la Ville de Pantin. Sébastien "
                                  "Jallet, directeur de la ville et de la cohésion urbaine, a "
                                  "ouvert la séance.")  # fmt: skip
    assert found == {(P + "sebastien-jallet", O + "cget-dvcu", ROLE + "director")}


def test_a_biographys_dated_lines_are_the_posts_of_the_person_it_is_about(
    ingester: Ingester,
) -> None:
    # facts.md: Sébastien Jallet, 2004-2009 secretary-general of the Gers prefecture;
    # "commissaire général adjoint du CGET" in June 2018; préfet of the Orne from 2022.
    found = memberships(ingester, "Biographie de Sébastien Jallet\n"
                                  "- 2004-2009 : secrétaire général de la préfecture du Gers ;\n"
                                  "- juin 2018 : commissaire général adjoint du CGET ;\n"
                                  "- du 31 janvier 2022 à juin 2025 : préfet de l'Orne.")  # fmt: skip
    assert {
        (P + "sebastien-jallet", O + "prefecture-gers", ROLE + "secretary-general"),
        (P + "sebastien-jallet", O + "cget", ROLE + "commissaire-general-adjoint"),
        (P + "sebastien-jallet", O + "etat", ROLE + "prefet"),
    } <= found


def test_a_career_told_in_lines_without_dashes_reads_the_same(ingester: Ingester) -> None:
    # facts.md: Mariani, in 2019 director of the city and urban cohesion directorate at the
    # CGET; in Oct 2021 directeur général délégué de la politique de la ville at the ANCT.
    found = memberships(ingester, "François-Antoine Mariani est passé du CGET à l'ANCT.\n"
                                  "Son parcours\n"
                                  "2019 – directeur de la ville et de la cohésion urbaine\n"
                                  "Depuis octobre 2021 : directeur général délégué de la "
                                  "politique de la ville")  # fmt: skip
    assert {
        (P + "francois-antoine-mariani", O + "cget-dvcu", ROLE + "director"),
        (P + "francois-antoine-mariani", O + "anct-dgd-pv", ROLE + "director-general-delegate"),
    } <= found


def test_dated_lines_after_two_people_are_no_ones_posts(ingester: Ingester) -> None:
    # facts.md: two préfets led the CGET's preparatory phase, Éric Delzant and Raphaël Le
    # Méhauté; on 9 July 2014 Le Méhauté was appointed commissaire général délégué.
    found = memberships(ingester, "Éric Delzant et Raphaël Le Méhauté ont préparé le CGET.\n"
                                  "• juillet 2014 : commissaire général délégué du CGET")  # fmt: skip
    assert not {(p, o) for p, o, _role in found if o == O + "cget"}


def test_a_records_person_lines_give_bare_titles_to_the_body_the_list_is_headed_by(
    ingester: Ingester,
) -> None:
    # facts.md: Raphaël Le Méhauté, a préfet, co-led the CGET's preparatory phase and was its
    # commissaire général délégué; Marie-Caroline Bonnet-Galzy its commissaire générale.
    found = memberships(ingester, "Les personnes liées au CGET\n"
                                  "- Raphaël Le Méhauté : préfet ; commissaire général délégué "
                                  "(2014).\n"
                                  "- Marie-Caroline Bonnet-Galzy : commissaire générale.")  # fmt: skip
    assert {
        (P + "raphael-le-mehaute", O + "etat", ROLE + "prefet"),
        (P + "raphael-le-mehaute", O + "cget", ROLE + "commissaire-general-delegue"),
        (P + "marie-caroline-bonnet-galzy", O + "cget", ROLE + "commissaire-general"),
    } <= found


def test_a_records_person_line_under_a_plain_heading_is_at_the_pages_body(
    ingester: Ingester,
) -> None:
    # facts.md: "Commissaire général adjoint du CGET" (Jallet, June 2018).
    found = memberships(ingester, "Sigle : CGET\n"
                                  "Personnes\n"
                                  "Sébastien Jallet : commissaire général adjoint (juin 2018)")  # fmt: skip
    assert (P + "sebastien-jallet", O + "cget", ROLE + "commissaire-general-adjoint") in found


def test_a_records_person_line_keeps_a_title_at_its_own_body(ingester: Ingester) -> None:
    # facts.md: Ouided Ayad, director of RésO Villes from January 2024.
    found = memberships(ingester, "Sigle : CGET\n"
                                  "Personnes liées\n"
                                  "- Ouided Ayad : directrice de RésO Villes (2024)\n"
                                  "- Ouided Ayad : a rejoint le réseau en 2024")  # fmt: skip
    assert (P + "ouided-ayad", O + "reso-villes", ROLE + "director") in found
    assert not {(p, o) for p, o, _role in found if o == O + "cget"}


def test_an_office_after_sa_is_at_the_body_the_sentence_opens_with(ingester: Ingester) -> None:
    # facts.md: Jean-Luc Rigaut, president of the ADCF from 2017.
    for text in (
        "Réunie en convention à Nantes, l'ADCF a élu mercredi Jean-Luc Rigaut à sa présidence.",
        "L'ADCF a porté le 4 octobre 2017 Jean-Luc Rigaut à sa présidence.",
        "Les délégués de l'ADCF ont désigné Jean-Luc Rigaut à sa présidence.",
    ):
        assert (P + "jean-luc-rigaut", O + "adcf", ROLE + "president") in memberships(
            ingester, text
        )


def test_an_office_after_sa_is_not_at_a_body_named_after_the_person(ingester: Ingester) -> None:
    # facts.md: Jean-Luc Rigaut, president of the ADCF from 2017.
    found = memberships(ingester, "L'ADCF tenait sa convention à Nantes. Le congrès a élu "
                                  "Jean-Luc Rigaut à sa présidence, devant les élus de France "
                                  "urbaine.")  # fmt: skip
    assert (P + "jean-luc-rigaut", O + "adcf", ROLE + "president") in found
    assert not {o for _p, o, _r in found if o == O + "france-urbaine"}


def test_the_post_one_takes_up_after_ses_fonctions_de(ingester: Ingester) -> None:
    # facts.md: Jallet left the Orne to become préfet of the Sarthe on 30 June 2025; Ouided
    # Ayad became director of RésO Villes in January 2024.
    for text, expected in (
        ("Sébastien Jallet a pris ce lundi 30 juin ses fonctions de préfet de la Sarthe.",
         (P + "sebastien-jallet", O + "etat", ROLE + "prefet")),
        ("Sébastien Jallet prendra le 30 juin ses fonctions de préfet de la Sarthe.",
         (P + "sebastien-jallet", O + "etat", ROLE + "prefet")),
        ("En janvier 2024, Ouided Ayad, qui a pris officiellement ses fonctions de directrice de "
         "RésO Villes, a présenté le projet associatif.",
         (P + "ouided-ayad", O + "reso-villes", ROLE + "director")),
    ):  # fmt: skip
        assert expected in memberships(ingester, text)


def test_taking_part_is_no_post_taken(ingester: Ingester) -> None:
    # facts.md: Ouided Ayad, director of RésO Villes from January 2024.
    assert not memberships(ingester, "Ouided Ayad a pris part aux fonctions de représentation "
                                     "de la rencontre.")  # fmt: skip


def test_whom_a_pronoun_succeeded_after_a_civility_held_the_successors_post(
    ingester: Ingester,
) -> None:
    # facts.md: in the Sarthe, Jallet succeeded Emmanuel Aubry.
    found = memberships(ingester, "M. Sébastien Jallet a pris ses fonctions de préfet de la "
                                  "Sarthe. Il succède à M. Emmanuel Aubry.")  # fmt: skip
    assert (P + "emmanuel-aubry", O + "etat", ROLE + "prefet") in found


def test_an_office_held_of_it_after_tenir(ingester: Ingester) -> None:
    # facts.md: the ADCF was founded in 1989; presidents Marc Censi, then Daniel Delaveau
    # (around 2008).
    for text, who in (
        ("L'ADCF a vu le jour en 1989. Marc Censi en a tenu la présidence.", "marc-censi"),
        ("L'ADCF est née en 1989. Daniel Delaveau en tenait la présidence en 2008.",
         "daniel-delaveau"),
    ):  # fmt: skip
        assert (P + who, O + "adcf", ROLE + "president") in memberships(ingester, text)


def test_a_title_after_a_participle_of_appointment_on_a_bodys_line(ingester: Ingester) -> None:
    # facts.md §ERU: Franck Martin director general from 3 January 2023, Céline Gipoulon deputy
    # director from March 2023.
    for text in (
        "- École du renouvellement urbain (ERU) : Franck Martin est secondé par Céline "
        "Gipoulon, nommée directrice adjointe en mars.",
        "- ERU : l'équipe accueille Céline Gipoulon, nommée en mars 2023 directrice adjointe.",
        "- ERU : arrivée de Céline Gipoulon, désignée directrice adjointe depuis mars ;",
    ):
        assert (P + "celine-gipoulon", O + "eru", ROLE + "deputy-director") in memberships(
            ingester, text
        )


def test_a_participle_of_appointment_to_another_bodys_title_is_not_the_lines(
    ingester: Ingester,
) -> None:
    # facts.md §ERU: Céline Gipoulon, deputy director of the ERU.
    found = memberships(ingester, "- ANRU : la rencontre accueille Céline Gipoulon, nommée "
                                  "directrice adjointe de l'ERU.")  # fmt: skip
    assert not {o for _p, o, _r in found if o == O + "anru"}


def test_a_heading_naming_a_board_gives_the_titles_of_the_lines_under_it(
    ingester: Ingester,
) -> None:
    # facts-part3.md §2: the bureau of 8 April 2010: Sylvie Hautière, vice-president; Hélène
    # Reys, treasurer.
    found = memberships(ingester, "Le bureau de Profession Banlieue :\n"
                                  "- Sylvie Hautière, vice-présidente ;\n"
                                  "- Hélène Reys, trésorière.")  # fmt: skip
    assert {
        (P + "sylvie-hautiere", O + "profession-banlieue", ROLE + "vice-president"),
        (P + "helene-reys", O + "profession-banlieue", ROLE + "treasurer"),
    } <= found


def test_a_heading_pour_a_body_gives_its_people_their_titles_there(ingester: Ingester) -> None:
    # facts.md §ERU: Franck Martin director general, Céline Gipoulon deputy director (2023).
    found = memberships(ingester, "Les nouvelles directions en 2023.\nPour l'ERU :\n"
                                  "• Franck Martin, directeur général\n"
                                  "• Céline Gipoulon, directrice adjointe")  # fmt: skip
    assert {
        (P + "franck-martin", O + "eru", ROLE + "director-general"),
        (P + "celine-gipoulon", O + "eru", ROLE + "deputy-director"),
    } <= found


def test_a_team_heading_with_no_name_is_the_body_the_text_speaks_of(ingester: Ingester) -> None:
    # facts.md: Ouided Ayad, director of RésO Villes from January 2024; Maximilien
    # Steindorsson (RésO Villes) spoke at the ANRU day.
    found = memberships(ingester, "RésO Villes a renouvelé son projet associatif en 2024.\n"
                                  "L'équipe du centre :\n"
                                  "Ouided Ayad, directrice\n"
                                  "Maximilien Steindorsson")  # fmt: skip
    assert {
        (P + "ouided-ayad", O + "reso-villes", ROLE + "director"),
        (P + "maximilien-steindorsson", O + "reso-villes", ROLE + "member"),
    } <= found


def test_a_line_naming_another_body_is_not_the_headings(ingester: Ingester) -> None:
    # facts.md: CRPV speakers at the ANRU day were Fabien Bressan (Labo Cités) and Maximilien
    # Steindorsson (RésO Villes); Hélène Geoffroy, secrétaire d'État chargée de la ville (2017).
    found = memberships(ingester, "L'équipe de RésO Villes :\n"
                                  "- Fabien Bressan (Labo Cités) ;\n"
                                  "- Hélène Geoffroy, secrétaire d'État chargée de la ville")  # fmt: skip
    assert not {p for p, o, _r in found if o == O + "reso-villes"}


def test_a_records_fields_give_the_title_at_the_body_field_in_any_order(
    ingester: Ingester,
) -> None:
    # facts.md §ERU: Céline Gipoulon, deputy director of the ERU from March 2023.
    for text in (
        "Nom : Céline Gipoulon\nFonction : directrice adjointe\n"
        "Organisme : École du renouvellement urbain",
        "Fiche contact\nFonction : directrice adjointe\nStructure : ERU\n"
        "Nom et prénom : Céline Gipoulon",
        "- Nom : Céline Gipoulon\n- Poste : directrice adjointe (2023)\n- Employeur : ERU",
    ):
        assert (P + "celine-gipoulon", O + "eru", ROLE + "deputy-director") in memberships(
            ingester, text
        )


def test_a_records_title_field_without_a_body_field_is_at_the_pages_body(
    ingester: Ingester,
) -> None:
    # facts.md: "Commissaire général adjoint du CGET" (Jallet, June 2018).
    found = memberships(ingester, "Sigle : CGET\n\nNom : Sébastien Jallet\n"
                                  "Poste : commissaire général adjoint (juin 2018)")  # fmt: skip
    assert (P + "sebastien-jallet", O + "cget", ROLE + "commissaire-general-adjoint") in found


def test_a_record_block_naming_two_people_gives_no_one_its_title(ingester: Ingester) -> None:
    # facts.md §ERU: Franck Martin director general, Céline Gipoulon deputy director (2023).
    found = memberships(ingester, "Nom : Franck Martin\nNom : Céline Gipoulon\n"
                                  "Fonction : directrice adjointe\nOrganisme : ERU")  # fmt: skip
    assert not {o for _p, o, _r in found if o == O + "eru"}


def test_whom_a_pronoun_replaces_there_held_the_successors_office(ingester: Ingester) -> None:
    # facts.md: Jallet became préfet of the Sarthe, succeeding Emmanuel Aubry; Yves Le Breton
    # was director general of the ANCT until he left for the Haute-Savoie prefecture.
    for text, expected in (
        ("Sébastien Jallet devient préfet de la Sarthe. Il y remplace M. Emmanuel Aubry.",
         (P + "emmanuel-aubry", O + "etat", ROLE + "prefet")),
        ("Sébastien Jallet devient préfet de la Sarthe. Il remplace Emmanuel Aubry.",
         (P + "emmanuel-aubry", O + "etat", ROLE + "prefet")),
        ("Stanislas Bourron devient directeur général de l'ANCT. Il y a succédé à Yves Le Breton.",
         (P + "yves-le-breton", O + "anct", ROLE + "director-general")),
    ):  # fmt: skip
        assert expected in memberships(ingester, text)


def test_a_records_person_lines_take_the_headings_body_over_the_pages(
    ingester: Ingester,
) -> None:
    # facts.md §ERU: Franck Martin director general of the ERU from January 2023.
    found = memberships(ingester, "Sigle : CGET\n\nÉquipe de direction de l'ERU\n"
                                  "- Franck Martin : directeur général (2023)")  # fmt: skip
    assert (P + "franck-martin", O + "eru", ROLE + "director-general") in found
    assert not {o for _p, o, _r in found if o == O + "cget"}


def test_a_title_after_whom_one_stands_for_is_not_ones_own(ingester: Ingester) -> None:
    # facts.md 90: Milouda Ala, regional councillor, chaired the IREV's assembly "for the
    # Region"; the Region's president is whom she stood for, not her title.
    found = memberships(ingester, "Milouda Ala, conseillère régionale, représentant le "
                                  "président de la Région Hauts-de-France, a ouvert la séance.")  # fmt: skip
    assert not [f for f in found if f[0] == P + "milouda-ala" and f[2] == ROLE + "president"]


@pytest.mark.parametrize(
    "text",
    [
        # facts.md 90: the IREV's general assembly of 24 March 2017 was chaired by Milouda Ala
        # (regional councillor); the IREV is the Hauts-de-France's centre.
        "L'IREV, centre de ressources des Hauts-de-France, a tenu son assemblée générale le 24 "
        "mars 2017. Milouda Ala, conseillère régionale, présidait la séance.",
        "Milouda Ala, conseillère régionale des Hauts-de-France, a ouvert la séance.",
    ],
)
def test_a_regional_councillor_sits_at_the_region_the_article_or_the_title_names(
    ingester: Ingester, text: str
) -> None:
    found = memberships(ingester, text)
    councillor = (P + "milouda-ala", O + "region-hauts-de-france", ROLE + "regional-councillor")
    assert councillor in found


def test_a_regional_councillor_in_an_article_naming_no_region_sits_nowhere(
    ingester: Ingester,
) -> None:
    # facts.md 90: Milouda Ala, regional councillor; Lille is a city, no region.
    found = memberships(ingester, "À Lille, Milouda Ala, conseillère régionale, a ouvert la "
                                  "séance.")  # fmt: skip
    assert not [f for f in found if f[2] == ROLE + "regional-councillor"]


def test_the_president_of_an_intercommunal_body_holds_that_office_as_data_writes_it(
    ingester: Ingester,
) -> None:
    # facts.md 346: Jean-Luc Rigaut, president of the ADCF from 2017, was then president of the
    # Grand Annecy agglomeration; data/ gives him role:intercommunality-president there.
    annecy = memberships(ingester, "Jean-Luc Rigaut, président du Grand Annecy, a ouvert la "
                                   "séance.")  # fmt: skip
    adcf = memberships(ingester, "Jean-Luc Rigaut, président de l'ADCF, a ouvert la séance.")
    rigaut = P + "jean-luc-rigaut"
    assert annecy == {(rigaut, O + "grand-annecy", ROLE + "intercommunality-president")}
    assert adcf == {(rigaut, O + "adcf", ROLE + "president")}


@pytest.mark.parametrize(
    "text",
    [
        "École du renouvellement urbain (ERU)\nDepuis le 3 janvier, Franck Martin est notre "
        "directeur général.",
        "École du renouvellement urbain (ERU)\nNotre directeur général, Franck Martin, a pris "
        "ses fonctions le 3 janvier.",
    ],
)
def test_a_title_after_notre_is_held_at_the_body_whose_page_it_is(
    ingester: Ingester, text: str
) -> None:
    # facts.md, ERU: "Franck Martin became director general from 3 January (2023)".
    found = memberships(ingester, text)
    assert (P + "franck-martin", O + "eru", ROLE + "director-general") in found


def test_a_title_after_notre_on_a_page_about_several_bodies_is_at_none(
    ingester: Ingester,
) -> None:
    # facts.md, ERU: its board brings together ANRU, CGET, USH and the Caisse des Dépôts; Franck
    # Martin director general from 3 January (2023).
    found = memberships(ingester, "L'ANRU et l'École du renouvellement urbain (ERU)\nDepuis le "
                                  "3 janvier, Franck Martin est notre directeur général.")  # fmt: skip
    assert not [f for f in found if f[0] == P + "franck-martin"]


def test_a_bare_title_on_a_page_about_one_body_is_held_there(ingester: Ingester) -> None:
    # facts.md 131: Villes au Carré "was launched on 9 October 2007 in Poitiers. Present: préfet
    # Bernard Fraigneau, ... and director Cécile Dublanche."
    found = memberships(ingester, "Villes au Carré\nLe lancement a eu lieu le 9 octobre 2007 à "
                                  "Poitiers. La directrice Cécile Dublanche a accueilli le préfet "
                                  "Bernard Fraigneau.")  # fmt: skip
    assert (P + "cecile-dublanche", O + "villes-au-carre", ROLE + "director") in found
    # a préfet's office is the State's, not the page's body's
    assert not [
        f for f in found if f[0] == P + "bernard-fraigneau" and f[1] == O + "villes-au-carre"
    ]


def test_a_bare_title_after_the_name_on_a_page_about_one_body_is_held_there(
    ingester: Ingester,
) -> None:
    # facts.md 124: "Isabelle Melscoet ... was president in June 2019" (of RésO Villes).
    found = memberships(ingester, "RésO Villes\nEn juin 2019, Isabelle Melscoet, présidente, a "
                                  "accueilli les centres à Nantes.")  # fmt: skip
    assert (P + "isabelle-melscoet", O + "reso-villes", ROLE + "president") in found


def test_a_bare_title_on_a_page_about_several_bodies_is_held_nowhere(ingester: Ingester) -> None:
    # facts.md 131: the launch of Villes au Carré; the page names two bodies first.
    found = memberships(ingester, "Villes au Carré et la DIV\nLe lancement a eu lieu le 9 octobre "
                                  "2007 à Poitiers. La directrice Cécile Dublanche a pris la "
                                  "parole.")  # fmt: skip
    assert not [f for f in found if f[0] == P + "cecile-dublanche"]


def test_notre_on_a_page_that_names_several_bodies_is_the_publishers(ingester: Ingester) -> None:
    # facts-part3.md §3: Murielle Maffessoli was heard on 11 April 2013 as "directrice" of ORIV;
    # she was also co-director of the CRPVL. The publisher (ORIV) is who says "notre".
    text = ("L'ORIV et le CRPVL ont été entendus le 11 avril 2013.\nMurielle Maffessoli, notre "
            "directrice, a répondu aux questions.")  # fmt: skip
    for publisher, expected in (("ORIV", {O + "oriv"}), ("", set())):
        article = Article(body=text, url="https://example.org/t", date="2013-04-12",
                          publisher=publisher)  # fmt: skip
        statements = ingester.draft(article).extraction.statements
        held = {s.object for s in statements
                if s.subject == P + "murielle-maffessoli" and s.role == ROLE + "director"}  # fmt: skip
        assert held == expected, publisher


def test_a_body_named_alone_after_a_persons_comma_or_dash_is_theirs(ingester: Ingester) -> None:
    # facts.md: "the ANRU day of Thursday 8 Feb (2024) in Aubervilliers ... CRPV speakers were
    # Fabien Bressan (Labo Cités) and Maximilien Steindorsson (RésO Villes)".
    found = memberships(ingester, "Intervenants :\n- Fabien Bressan, Labo Cités\n"
                                  "- Maximilien Steindorsson – RésO Villes\n")  # fmt: skip
    assert found == {
        (P + "fabien-bressan", O + "labo-cites", ROLE + "member"),
        (P + "maximilien-steindorsson", O + "reso-villes", ROLE + "member"),
    }
    # a body that goes on into a clause is no affiliation ("X, l'ANRU organise")
    assert not memberships(ingester, "Le 8 février, avec Fabien Bressan, l'ANRU a réuni les "
                                     "centres à Aubervilliers.")  # fmt: skip


def test_the_posts_listed_after_a_colon_are_the_subject_s_titles(ingester: Ingester) -> None:
    # facts.md §Sébastien Jallet: he served in prefectures in Auch and Lyon (the Gers's
    # prefecture; sous-préfet).
    found = memberships(ingester, "Sébastien Jallet a occupé plusieurs postes : secrétaire "
                                  "général de la préfecture du Gers, puis sous-préfet à "
                                  "Lyon.")  # fmt: skip
    assert (P + "sebastien-jallet", O + "prefecture-gers", ROLE + "secretary-general") in found
    assert (P + "sebastien-jallet", O + "etat", ROLE + "sous-prefet") in found


def test_a_list_after_a_colon_with_no_noun_of_posts_gives_no_titles(ingester: Ingester) -> None:
    # facts.md §Sébastien Jallet: he served in prefectures (a list of places, not of his posts).
    found = memberships(ingester, "Sébastien Jallet connaît les lieux : la préfecture du Gers, "
                                  "puis Lyon.")  # fmt: skip
    assert not found


def test_the_post_one_took_up_in_a_relative_clause_is_the_subject_s(ingester: Ingester) -> None:
    # facts.md §Sébastien Jallet: he left the Orne to become préfet of the Sarthe.
    found = memberships(ingester, "Sébastien Jallet a pris son poste de préfet de la Sarthe "
                                  "le 30 juin 2025.")  # fmt: skip
    assert (P + "sebastien-jallet", O + "etat", ROLE + "prefet") in found


def test_a_verb_of_office_after_an_apposition_on_its_subject_gives_the_title(
    ingester: Ingester,
) -> None:
    # facts-part3.md: Yves Dauge, then president of the Réseau des villes et des communautés du
    # Centre; facts.md: Yves Dauge, the first DIV.
    found = memberships(ingester, "Yves Dauge, ancien délégué interministériel, préside le "
                                  "Réseau des villes et des communautés du Centre.")  # fmt: skip
    assert (P + "yves-dauge", O + "reseau-des-villes-et-des-communautes-du-centre",
            ROLE + "president") in found  # fmt: skip


def test_a_list_of_people_before_a_verb_of_office_is_no_apposition(ingester: Ingester) -> None:
    # facts.md: Yves Dauge and Michel Lussault were present at the launch (neither presides).
    found = memberships(ingester, "Yves Dauge, Michel Lussault, préside le Réseau des villes et "
                                  "des communautés du Centre.")  # fmt: skip
    assert (P + "yves-dauge", O + "reseau-des-villes-et-des-communautes-du-centre",
            ROLE + "president") not in found  # fmt: skip


def test_a_body_named_in_an_opening_phrase_of_place_holds_the_title_after(
    ingester: Ingester,
) -> None:
    # facts.md §DGD PV: Éric Briat is named director of programme coordination in the same
    # department.
    found = memberships(ingester, "À la direction générale déléguée à la politique de la ville "
                                  "de l'ANCT, Éric Briat occupe le poste de directeur de la "
                                  "coordination des programmes.")  # fmt: skip
    assert (P + "eric-briat", O + "anct-dgd-pv", ROLE + "programme-coordination-director") in found


def test_a_title_naming_its_own_body_after_a_phrase_of_place_stays_there(
    ingester: Ingester,
) -> None:
    # facts.md §CNV: Hélène Geoffroy, mayor of Vaulx-en-Velin, co-vice-president of the CNV.
    found = memberships(ingester, "Au CNV, Hélène Geoffroy est maire de Vaulx-en-Velin.")
    assert (P + "helene-geoffroy", O + "cnv", ROLE + "mayor") not in found


def test_a_masthead_line_on_a_body_s_page_gives_its_title_there(ingester: Ingester) -> None:
    # facts.md §Trajectoire Ressources: Jean-Luc Michaud is named as publication director (May
    # 2016); facts-part3.md: Pauline Fattelay, editor-in-chief.
    found = memberships(ingester, "Trajectoire Ressources\n\nSa lettre paraît en mai. Directeur "
                                  "de la publication : Jean-Luc Michaud. Rédactrice en chef : "
                                  "Pauline Fattelay.")  # fmt: skip
    assert (P + "jean-luc-michaud", O + "trajectoire-ressources",
            ROLE + "publication-director") in found  # fmt: skip
    assert (P + "pauline-fattelay", O + "trajectoire-ressources", ROLE + "editor-in-chief") in found


def test_an_object_pronoun_after_an_apposition_gives_no_title(ingester: Ingester) -> None:
    # facts.md: Yves Dauge, the first DIV; he was present at the launch of the centre (which
    # "la" may stand for: a meeting, not a body he heads).
    found = memberships(ingester, "Le Réseau des villes et des communautés du Centre a tenu son "
                                  "assemblée. Yves Dauge, ancien délégué interministériel, la "
                                  "présidait.")  # fmt: skip
    assert not {f for f in found if f[2] == ROLE + "president"}


def test_who_ceded_a_post_and_whom_to_both_held_it(ingester: Ingester) -> None:
    # facts.md §CGET: Marie-Caroline Bonnet-Galzy had replaced Éric Delzant as commissaire
    # générale.
    found = memberships(ingester, "Éric Delzant a cédé le poste de commissaire général du CGET "
                                  "à Marie-Caroline Bonnet-Galzy.")  # fmt: skip
    assert found == {
        (P + "eric-delzant", O + "cget", ROLE + "commissaire-general"),
        (P + "marie-caroline-bonnet-galzy", O + "cget", ROLE + "commissaire-general"),
    }


def test_an_office_handed_over_by_a_pronoun_is_at_the_body_spoken_of(ingester: Ingester) -> None:
    # facts.md §CGET: it has existed since May 2014; Bonnet-Galzy replaced Delzant as
    # commissaire générale.
    found = memberships(ingester, "Le CGET existe depuis mai 2014. Éric Delzant en fut le "
                                  "premier commissaire général. Il a depuis laissé son poste de "
                                  "commissaire général à Marie-Caroline Bonnet-Galzy.")  # fmt: skip
    assert (P + "marie-caroline-bonnet-galzy", O + "cget", ROLE + "commissaire-general") in found


def test_a_place_handed_over_names_no_office_of_its_own(ingester: Ingester) -> None:
    # facts.md §Profession Banlieue: Marc Ratsimba, president (the text says nothing of an
    # office handed to someone).
    found = memberships(ingester, "Marc Ratsimba a cédé le poste à Sylvie Hautière.")
    assert not found


def test_a_minister_s_title_and_portfolio_before_the_name_are_the_name_s(
    ingester: Ingester,
) -> None:
    # facts-part3.md: the presidents co-signed the charter with Patrick Kanner (minister for the
    # City, Youth and Sport).
    found = memberships(ingester, "Les présidents de l'ARF et de l'ADF ont signé la charte aux "
                                  "côtés du ministre de la Ville, de la Jeunesse et des Sports, "
                                  "Patrick Kanner.")  # fmt: skip
    assert (P + "patrick-kanner", O + "etat", ROLE + "minister") in found


def test_a_title_before_a_list_of_names_is_none_of_theirs(ingester: Ingester) -> None:
    # facts.md: Patrick Kanner co-signed the charter with the presidents of the associations
    # (a list of places after "ministre", then a name: no portfolio).
    found = memberships(ingester, "Le ministre, Paris, Lyon, Patrick Kanner et d'autres ont "
                                  "signé la charte.")  # fmt: skip
    assert not found


def test_whom_one_succeeded_who_held_the_interim_held_the_office_at_interim(
    ingester: Ingester,
) -> None:
    # facts.md §ANCT: Stanislas Bourron, director general; François-Antoine Mariani had held the
    # interim since August.
    found = memberships(ingester, "Stanislas Bourron est le nouveau directeur général de "
                                  "l'ANCT. Il prend la suite de François-Antoine Mariani, qui "
                                  "assurait l'intérim depuis août.")  # fmt: skip
    assert (P + "francois-antoine-mariani", O + "anct", ROLE + "interim-director-general") in found
    assert (P + "francois-antoine-mariani", O + "anct", ROLE + "director-general") not in found


def test_a_named_successor_of_an_interim_leaves_the_predecessor_at_interim(
    ingester: Ingester,
) -> None:
    # facts.md §ANCT: Stanislas Bourron succeeded François-Antoine Mariani, interim since August.
    found = memberships(ingester, "Stanislas Bourron a été nommé directeur général de l'ANCT, "
                                  "succédant à François-Antoine Mariani, qui en assurait "
                                  "l'intérim.")  # fmt: skip
    assert (P + "francois-antoine-mariani", O + "anct", ROLE + "director-general") not in found
    assert (P + "francois-antoine-mariani", O + "anct", ROLE + "interim-director-general") in found


def test_a_possessive_title_before_a_copula_is_the_person_s_after_it(ingester: Ingester) -> None:
    # facts.md §ANRU: Nicolas Grivel was its director general (in post from 2014).
    found = memberships(ingester, "L'ANRU a été créée en 2004. Son directeur général "
                                  "s'appelait alors Nicolas Grivel.")  # fmt: skip
    assert found == {(P + "nicolas-grivel", O + "anru", ROLE + "director-general")}


def test_a_possessive_title_whose_complement_goes_on_is_not_read(ingester: Ingester) -> None:
    # facts.md §ANRU: Nicolas Grivel, director general (of no "communication" department).
    found = memberships(ingester, "L'ANRU a été créée en 2004. Son directeur de la "
                                  "communication est Nicolas Grivel.")  # fmt: skip
    assert not found


def test_an_office_opening_the_sentence_is_its_subject_s(ingester: Ingester) -> None:
    # facts.md §ERU: Philippe Bies succeeded Alain Cacheux as head of ERU; Philippe Bies is
    # president.
    found = memberships(ingester, "L'ERU forme les professionnels de la ville. À la présidence, "
                                  "Philippe Bies a succédé à Alain Cacheux.")  # fmt: skip
    assert (P + "philippe-bies", O + "eru", ROLE + "president") in found
    assert (P + "alain-cacheux", O + "eru", ROLE + "president") in found


def test_the_chair_of_a_sitting_opening_the_sentence_holds_no_office(ingester: Ingester) -> None:
    # facts.md §IREV: the 2020 assembly was chaired by Daniel Barnier (a sitting's chair).
    found = memberships(ingester, "L'IREV a tenu son assemblée. À la présidence de séance, "
                                  "Daniel Barnier ouvre les débats.")  # fmt: skip
    assert (P + "daniel-barnier", O + "irev", ROLE + "president") not in found


def test_a_participle_of_appointment_in_apposition_gives_its_title(ingester: Ingester) -> None:
    # facts.md §ERU: Céline Gipoulon became deputy director from March 2023.
    found = memberships(ingester, "L'ERU a recruté Céline Gipoulon, nommée directrice adjointe "
                                  "en mars.")  # fmt: skip
    assert found == {(P + "celine-gipoulon", O + "eru", ROLE + "deputy-director")}


def test_an_appointment_in_apposition_to_an_office_of_another_body_gives_none(
    ingester: Ingester,
) -> None:
    # facts.md §Sébastien Jallet: préfet of the Sarthe (an office of the State, not of the CGET).
    found = memberships(ingester, "Le CGET a salué Sébastien Jallet, nommé préfet de la "
                                  "Sarthe.")  # fmt: skip
    assert (P + "sebastien-jallet", O + "cget", ROLE + "prefet") not in found


def test_il_after_a_sentence_on_ce_dernier_stands_for_the_person_named_last(
    ingester: Ingester,
) -> None:
    # facts.md §Jean-Luc Rigaut: mayor of Annecy from 2007; Frédérique Lardet succeeded him at
    # the head of the Grand Annecy.
    found = memberships(ingester, "Frédérique Lardet prend la tête de l'agglomération. Elle "
                                  "succède à Jean-Luc Rigaut. Pour ce dernier, c'est un revers. "
                                  "Maire d'Annecy depuis 2007, il avait été réélu.")  # fmt: skip
    assert (P + "jean-luc-rigaut", O + "ville-d-annecy", ROLE + "mayor") in found
    assert (P + "frederique-lardet", O + "ville-d-annecy", ROLE + "mayor") not in found


def test_a_compound_title_printed_without_its_hyphen_is_read(ingester: Ingester) -> None:
    # facts.md §CNV: Hélène Geoffroy, co-vice-president of the CNV.
    found = memberships(ingester, "Hélène Geoffroy est aussi covice-présidente du Conseil "
                                  "national des villes.")  # fmt: skip
    assert found == {(P + "helene-geoffroy", O + "cnv", ROLE + "co-vice-president")}


def test_en_after_a_sentence_naming_no_body_stands_for_the_last_body_named(
    ingester: Ingester,
) -> None:
    # facts.md §RésO Villes: Ouided Ayad became director in January 2024; its seat is in Nantes.
    found = memberships(ingester, "RésO Villes entame un nouveau cycle. Son siège est à Nantes. "
                                  "Ouided Ayad en a pris la direction en janvier 2024.")  # fmt: skip
    assert found == {(P + "ouided-ayad", O + "reso-villes", ROLE + "director")}


def test_en_after_a_sentence_naming_two_bodies_stands_for_neither(ingester: Ingester) -> None:
    # facts.md §RésO Villes: Ouided Ayad became director (of RésO Villes, not of the IREV).
    found = memberships(ingester, "RésO Villes et l'IREV travaillent ensemble. Le projet avance. "
                                  "Ouided Ayad en a pris la direction en janvier 2024.")  # fmt: skip
    assert not found


def test_an_office_of_one_body_after_a_phrase_of_place_stays_at_that_body(
    ingester: Ingester,
) -> None:
    # facts.md §CGET: Raphaël Le Méhauté, a préfet (an office of the State), was appointed at
    # the CGET.
    found = memberships(ingester, "Au CGET, Raphaël Le Méhauté était préfet.")
    assert (P + "raphael-le-mehaute", O + "cget", ROLE + "prefet") not in found


def test_a_news_items_own_day_may_stand_between_the_appointment_and_the_title(
    ingester: Ingester,
) -> None:
    # facts.md §ANRU: "Anne-Claire Mialot was appointed director general in the Council of
    # Ministers in December 2021, succeeding Nicolas Grivel."
    for text in (
        "Anne-Claire Mialot a été nommée, ce mois de décembre, directrice générale de l'ANRU.",
        "Anne-Claire Mialot a été nommée cette semaine directrice générale de l'ANRU.",
        "Anne-Claire Mialot a été nommée hier en Conseil des ministres directrice générale de "
        "l'ANRU.",
    ):
        found = memberships(ingester, text)
        assert (P + "anne-claire-mialot", O + "anru", ROLE + "director-general") in found, text


def test_a_title_before_a_name_reads_past_the_civility(ingester: Ingester) -> None:
    # facts.md §IREV: "Kléber Arhoul (préfet délégué à l'égalité des chances du Nord)".
    found = memberships(ingester, "La journée a été ouverte par un préfet délégué à l'égalité "
                                  "des chances du Nord, M. Kléber Arhoul.")  # fmt: skip
    assert (P + "kleber-arhoul", O + "etat", ROLE + "prefet-delegue") in found


def test_a_title_one_is_regarded_as_is_at_the_body_that_regards(ingester: Ingester) -> None:
    # facts.md §Villes au Carré: "Yves Dauge is named as its founder."
    founder = (P + "yves-dauge", O + "villes-au-carre", ROLE + "founder")
    for text in (
        # "que" on the name, the subject a common noun standing for the body spoken of
        "Villes au Carré a été lancé en 2007 à Poitiers. Yves Dauge, que l'association "
        "considère comme son fondateur, y assistait.",
        # an object pronoun for the person named last; "de notre centre": the page's body
        "Villes au Carré\nLe lancement, en images. Sur la photo, Yves Dauge. Nous le tenons pour "
        "le fondateur de notre centre.",
        # the body named after the title
        "Yves Dauge, que l'on présente souvent comme le fondateur de Villes au Carré, était à "
        "Poitiers le 9 octobre 2007.",
    ):
        assert founder in memberships(ingester, text), text


def test_a_bare_title_or_another_word_one_is_regarded_as_gives_no_title(
    ingester: Ingester,
) -> None:
    # facts.md §ADCF: "founded in 1989 by Marc Censi, mayor of Rodez" (who regards him says no
    # body; nor does "un élu discret").
    for text in (
        "Marc Censi, que beaucoup considèrent comme son fondateur, était maire de Rodez.",
        "Marc Censi, qu'on présente comme un élu discret, était maire de Rodez.",
    ):
        found = memberships(ingester, text)
        assert not any(role == ROLE + "founder" for _p, _o, role in found), text


def test_a_title_after_comme_is_held_at_the_body_one_joins_or_represents(
    ingester: Ingester,
) -> None:
    # facts.md §ERU: "Céline Gipoulon deputy director from March 2023"; facts-part3.md: Murielle
    # Maffessoli was "delegate of the RECI network".
    for text, expected in (
        ("Céline Gipoulon rejoint l'ERU en tant que directrice adjointe.",
         (P + "celine-gipoulon", O + "eru", ROLE + "deputy-director")),
        # the object pronoun: the page's body
        ("École du renouvellement urbain (ERU)\nFranck Martin est notre directeur général. En "
         "mars, Céline Gipoulon l'a rejoint comme directrice adjointe.",
         (P + "celine-gipoulon", O + "eru", ROLE + "deputy-director")),
        # a pronoun opening the sentence stands for the person named last
        ("Murielle Maffessoli dirigeait l'ORIV. Elle représentait aussi le réseau RECI en "
         "qualité de déléguée.", (P + "murielle-maffessoli", O + "reci", ROLE + "delegate")),
    ):  # fmt: skip
        assert expected in memberships(ingester, text), text


def test_a_title_after_comme_that_names_its_own_body_is_not_the_joined_ones(
    ingester: Ingester,
) -> None:
    # facts.md §ERU: Céline Gipoulon, deputy director of the ERU (not of the ANRU).
    found = memberships(ingester, "Céline Gipoulon rejoint l'ANRU comme directrice adjointe de "
                                  "l'ERU.")  # fmt: skip
    assert (P + "celine-gipoulon", O + "anru", ROLE + "deputy-director") not in found


def test_a_title_as_the_subject_of_a_copula_speaks_of_the_person_named_last(
    ingester: Ingester,
) -> None:
    # facts.md (journées des CRPV, 2022): "Hélène Geoffroy (mayor of Vaulx-en-Velin, CNV)".
    found = memberships(ingester, "Hélène Geoffroy a pris la parole à Strasbourg. La maire de "
                                  "Vaulx-en-Velin est également covice-présidente du Conseil "
                                  "national des villes.")  # fmt: skip
    assert (P + "helene-geoffroy", O + "cnv", ROLE + "co-vice-president") in found
    assert (P + "helene-geoffroy", O + "ville-de-vaulx-en-velin", ROLE + "mayor") in found


def test_a_title_as_a_subject_with_no_title_after_it_gives_the_person_named_last_none(
    ingester: Ingester,
) -> None:
    # facts.md (journées des CRPV, 2022): Hélène Geoffroy at Strasbourg (the préfet who opened
    # the day is another person).
    found = memberships(ingester, "Hélène Geoffroy a pris la parole à Strasbourg. Le préfet a "
                                  "ouvert la journée.")  # fmt: skip
    assert not any(person == P + "helene-geoffroy" for person, _o, _r in found)


def test_who_led_the_making_of_a_body_to_be_co_led_its_preparation(ingester: Ingester) -> None:
    # facts.md §CGET: "Two préfets led the preparatory phase: Éric Delzant and Raphaël Le
    # Méhauté."
    expected = {(P + "eric-delzant", O + "cget", ROLE + "preparation-co-lead"),
                (P + "raphael-le-mehaute", O + "cget", ROLE + "preparation-co-lead")}  # fmt: skip
    for text in (
        # a list after a colon
        "Le CGET existe depuis mai 2014. Auparavant, deux préfets ont piloté la phase de "
        "préfiguration du CGET : Éric Delzant et Raphaël Le Méhauté.",
        # "il": the person named before; the body a common noun ("du commissariat") stands for
        "Le Commissariat général à l'égalité des territoires (CGET) existe depuis mai. Raphaël Le "
        "Méhauté y a été nommé le 9 juillet. Avec Éric Delzant, il avait conduit les travaux de "
        "préparation du commissariat.",
        # the body named
        "Raphaël Le Méhauté avait copiloté, avec Éric Delzant, la phase de préfiguration du CGET.",
    ):
        assert expected <= memberships(ingester, text), text


def test_leading_the_preparation_of_what_is_no_body_gives_no_role(ingester: Ingester) -> None:
    # facts.md §CGET: the two préfets (the text names a project, not a body; or no body at all,
    # the sentence before speaking of another).
    for text in (
        "Le CGET existe depuis mai. Éric Delzant a conduit la phase de préparation du projet "
        "avec Raphaël Le Méhauté.",
        "L'ANRU a gardé son autonomie. Deux préfets ont mené les travaux de préfiguration : Éric "
        "Delzant et Raphaël Le Méhauté.",
    ):
        found = memberships(ingester, text)
        assert not any(role == ROLE + "preparation-co-lead" for _p, _o, role in found), text


def test_an_office_handed_over_with_remettre_is_held_by_both(ingester: Ingester) -> None:
    # facts.md §Profession Banlieue (line 403): Bénédicte Madelin directed it for 21 years, then
    # handed over to Damien Bertrand at the general assembly.
    expected = {(P + "benedicte-madelin", O + "profession-banlieue", ROLE + "director"),
                (P + "damien-bertrand", O + "profession-banlieue", ROLE + "director")}  # fmt: skip
    for text in (
        # the office of the body named
        "Au bout de vingt et un ans, Bénédicte Madelin a remis la direction de Profession "
        "Banlieue à Damien Bertrand.",
        # "y", the common noun of the body spoken of
        "Profession Banlieue tenait son assemblée générale. Bénédicte Madelin y remettait la "
        "direction de l'association à Damien Bertrand.",
        # a common noun of several words: "du centre de ressources"
        "Une page se tourne à Profession Banlieue. Lors de l'assemblée générale, Bénédicte "
        "Madelin remet la direction du centre de ressources à Damien Bertrand.",
    ):
        assert expected <= memberships(ingester, text), text


def test_what_is_handed_over_of_a_noun_that_goes_on_is_no_office_there(
    ingester: Ingester,
) -> None:
    # facts.md §Profession Banlieue (line 403): Madelin handed over to Bertrand (here the text
    # names another centre, a social one, or hands over no office).
    for text in (
        "Une page se tourne à Profession Banlieue. Bénédicte Madelin a remis la direction du "
        "centre social à Damien Bertrand.",
        "Une page se tourne à Profession Banlieue. Bénédicte Madelin a remis son rapport à "
        "Damien Bertrand.",
    ):
        assert not memberships(ingester, text), text


def test_the_direction_of_an_agency_is_its_director_general_s(ingester: Ingester) -> None:
    # facts.md §ANRU (lines 214-215): Anne-Claire Mialot was put forward, then appointed director
    # general of the ANRU.
    found = memberships(ingester, "L'ANRU a quitté Paris pour Pantin. En décembre 2021, le "
                                  "gouvernement a nommé Anne-Claire Mialot à la direction de "
                                  "l'agence.")  # fmt: skip
    assert (P + "anne-claire-mialot", O + "anru", ROLE + "director-general") in found
    assert (P + "anne-claire-mialot", O + "anru", ROLE + "director") not in found


def test_the_deputy_of_an_office_named_after_it_is_its_deputy(ingester: Ingester) -> None:
    # facts.md §IREV (line 90): the assembly of 24 March 2017 had Serge Bouffange (deputy SGAR)
    # as vice-chair; §SGAR: a deputy SGAR was vice-chair of IREV in 2017.
    expected = (P + "serge-bouffange", O + "sgar-32", ROLE + "deputy-sgar")
    for text in (
        # after the name
        "Serge Bouffange, SGAR adjoint des Hauts-de-France, était vice-président de séance.",
        # before the name, with its article
        "L'IREV, centre de ressources des Hauts-de-France, réunissait ses membres : le SGAR "
        "adjoint des Hauts-de-France, Serge Bouffange, assurait la vice-présidence de séance.",
        # before the name, past a civility
        "Pour les Hauts-de-France, le SGAR adjoint, M. Serge Bouffange, était vice-président de "
        "séance.",
    ):
        assert expected in memberships(ingester, text), text


def test_a_deputy_of_a_kind_of_bodies_is_the_deputy_of_none(ingester: Ingester) -> None:
    # facts.md §SGAR (line 290): a deputy SGAR sat at IREV (here "SGAR" names no one SGAR, the
    # services as a group).
    found = memberships(ingester, "Serge Bouffange, SGAR adjoint, était vice-président de séance.")
    assert not {f for f in found if f[2] == ROLE + "deputy-sgar"}


def test_the_delegate_of_a_delegation_named_by_the_title_is_its_director(
    ingester: Ingester,
) -> None:
    # facts.md §Villes au Carré (line 131): at the 2007 launch, the DIV Yves-Laurent Sapoval and
    # Yves Dauge, the first DIV.
    for text, person in (
        ("Au lancement était présent le délégué interministériel à la ville, Yves-Laurent "
         "Sapoval.", "yves-laurent-sapoval"),
        ("Yves-Laurent Sapoval, délégué interministériel à la ville, assistait au lancement.",
         "yves-laurent-sapoval"),
        ("Yves Dauge, le tout premier délégué interministériel à la ville, était au lancement.",
         "yves-dauge"),
    ):  # fmt: skip
        found = memberships(ingester, text)
        assert (P + person, O + "div", ROLE + "director") in found, text
        assert not {f for f in found if f[2] == ROLE + "delegate"}, text


def test_a_delegate_to_a_commune_heads_no_delegation(ingester: Ingester) -> None:
    # facts.md §Villes au Carré (line 131): Yves-Laurent Sapoval, at the launch (here a delegate
    # of no delegation of the graph).
    found = memberships(ingester, "Yves-Laurent Sapoval, délégué à la ville de Poitiers, "
                                  "assistait au lancement.")  # fmt: skip
    assert not {f for f in found if f[1] == O + "div"}


def test_the_first_to_hold_this_post_held_the_office_named_before(ingester: Ingester) -> None:
    # facts.md §Villes au Carré (line 131): at the 2007 launch, the DIV Yves-Laurent Sapoval and
    # Yves Dauge, the first DIV.
    expected = (P + "yves-dauge", O + "div", ROLE + "director")
    for text in (
        # a relative clause on the name, the post named in the same sentence
        "Au lancement se tenaient le délégué interministériel à la ville, Yves-Laurent Sapoval, "
        "et Yves Dauge, qui avait été le tout premier à occuper ce poste.",
        # the phrase opening the sentence, the post named in the sentence before
        "Yves-Laurent Sapoval, délégué interministériel à la ville, assistait au lancement. Le "
        "premier à avoir occupé ce poste, Yves Dauge, y assistait aussi.",
        # an apposition on the name
        "Yves-Laurent Sapoval, délégué interministériel à la ville, était au lancement. Yves "
        "Dauge, le premier à tenir ce poste, s'y trouvait aussi.",
    ):
        assert expected in memberships(ingester, text), text


def test_the_first_to_hold_a_post_of_no_one_named_holds_nothing(ingester: Ingester) -> None:
    # facts.md §Villes au Carré (line 131): Yves Dauge, at the launch (here no one named before
    # him holds a post).
    found = memberships(ingester, "Le centre a été lancé à Poitiers. Yves Dauge, le premier à "
                                  "occuper ce poste, était présent.")  # fmt: skip
    assert not found


def test_the_first_to_hold_this_post_holds_not_the_post_of_someone_before(
    ingester: Ingester,
) -> None:
    # facts.md §Villes au Carré (line 131): préfet Bernard Fraigneau, the DIV Yves-Laurent
    # Sapoval and Yves Dauge, the first DIV, at the launch (here Sapoval's post goes unsaid).
    found = memberships(ingester, "Le préfet Bernard Fraigneau ouvrait la journée. Yves-Laurent "
                                  "Sapoval y assistait, tout comme Yves Dauge, qui avait été le "
                                  "premier à occuper ce poste.")  # fmt: skip
    assert (P + "yves-dauge", O + "etat", ROLE + "prefet") not in found


def test_the_first_to_hold_this_post_somewhere_said_holds_not_the_post_named_before(
    ingester: Ingester,
) -> None:
    # facts.md §Villes au Carré (line 131): the DIV Yves-Laurent Sapoval and Yves Dauge at the
    # 2007 launch (here "ce poste" is qualified by a place, another post than the DIV's).
    for text in (
        "Yves-Laurent Sapoval, délégué interministériel à la ville, accueillait Yves Dauge, le "
        "premier à occuper ce poste à Poitiers.",
        "Yves-Laurent Sapoval, délégué interministériel à la ville, assistait au lancement. Yves "
        "Dauge, qui avait été le premier à tenir ce poste dans une préfecture, y assistait aussi.",
    ):
        found = memberships(ingester, text)
        assert not {f for f in found if f[0] == P + "yves-dauge"}, text


def test_a_bare_office_taken_up_is_at_the_body_spoken_of(ingester: Ingester) -> None:
    # facts.md §ERU (line 221): Céline Gipoulon deputy director from March 2023.
    expected = (P + "celine-gipoulon", O + "eru", ROLE + "deputy-director")
    for text in (
        # a relative clause on the name
        "L'ERU change de direction. Franck Martin est secondé par Céline Gipoulon, qui a pris "
        "ses fonctions de directrice adjointe.",
        # the present
        "L'ERU se renouvelle. En mars 2023, Céline Gipoulon prend ses fonctions de directrice "
        "adjointe.",
        # the future, the day between
        "L'ERU se renouvelle. Céline Gipoulon prendra en mars ses fonctions de directrice "
        "adjointe.",
    ):
        assert expected in memberships(ingester, text), text


def test_an_office_taken_up_elsewhere_is_not_at_the_body_spoken_of(ingester: Ingester) -> None:
    # facts.md §ERU (line 221): Céline Gipoulon, deputy director (here of a town hall named, or
    # speaking as one).
    for text in (
        "L'ERU se renouvelle. Céline Gipoulon prend ses fonctions de directrice adjointe à la "
        "mairie de Pantin.",
        "L'ERU se renouvelle. Céline Gipoulon prend la parole comme directrice adjointe.",
    ):
        assert (P + "celine-gipoulon", O + "eru", ROLE + "deputy-director") not in memberships(
            ingester, text
        ), text


def test_whom_a_person_speaks_for_is_the_body_they_represent(ingester: Ingester) -> None:
    # facts.md §Pacte de Dijon (line 241): Jean-Luc Moudenc signed for France urbaine (here he
    # speaks for it about the pact).
    for text in (
        "Jean-Luc Moudenc, pour France urbaine, a rappelé que le pacte de Dijon engageait les "
        "métropoles.",
        "Au sujet du pacte, Jean-Luc Moudenc, pour France urbaine, a souligné son ambition.",
    ):
        expected = (P + "jean-luc-moudenc", O + "france-urbaine", ROLE + "representative")
        assert expected in memberships(ingester, text), text


def test_one_seated_for_a_body_in_no_signing_nor_saying_represents_none(
    ingester: Ingester,
) -> None:
    # facts.md line 91: at the assembly of 28 November 2018, Milouda Ala was vice-chair for the
    # Region (a seat, which the gold texts do not read as a representative's role).
    found = memberships(ingester, "L'IREV a tenu son assemblée générale le 28 novembre 2018. La "
                                  "vice-présidence revenait à Milouda Ala, pour la Région "
                                  "Hauts-de-France.")  # fmt: skip
    assert not {f for f in found if f[2] == ROLE + "representative"}


@pytest.mark.parametrize(
    "text",
    [
        # the page's first line a paragraph naming two bodies, its first sentence one
        "Mardi 28 juin, l'assemblée générale de Villes au Carré a marqué un départ : notre "
        "directrice-fondatrice, Cécile Dublanche, a quitté le centre. L'après-midi, Voix "
        "Publiques a animé une rétrospective.",
        "Le 28 juin, Villes au Carré a réuni ses adhérents. La DIV a pris la parole.\nNotre "
        "directrice, Cécile Dublanche, a quitté le centre ce jour-là.",
        "Villes au Carré a tenu son assemblée générale le 28 juin. Cécile Dublanche, notre "
        "directrice, y a fait ses adieux aux côtés de Voix Publiques.",
    ],
)
def test_notre_in_a_text_of_no_page_is_the_body_it_opens_with(
    ingester: Ingester, text: str
) -> None:
    # facts.md line 362: Cécile Dublanche, director of Villes au Carré.
    expected = (P + "cecile-dublanche", O + "villes-au-carre", ROLE + "director")
    assert expected in memberships(ingester, text)


def test_notre_in_a_text_opening_with_two_bodies_is_none(ingester: Ingester) -> None:
    # facts.md line 362: Cécile Dublanche, director of Villes au Carré (here the text opens
    # with two bodies, and says not whose "notre" is).
    found = memberships(ingester, "Villes au Carré et la DIV ont réuni leurs partenaires le 28 "
                                  "juin, puis Voix Publiques a animé la journée. Notre directrice, "
                                  "Cécile Dublanche, a quitté le centre.")  # fmt: skip
    assert not [f for f in found if f[0] == P + "cecile-dublanche"]


@pytest.mark.parametrize(
    "text",
    [
        # an apposition on the name, "y"
        "À une journée d'étude sur la loi de 2014, Kléber Arhoul, préfet délégué, y était "
        "présenté comme président de l'IREV.",
        # an article before the title, the present
        "Sur l'ancien site du centre, Kléber Arhoul est présenté comme le président de l'IREV.",
        # the compound past, the body's full name
        "Kléber Arhoul a été présenté comme président de l'Institut régional de la ville lors "
        "d'une journée d'étude.",
    ],
)
def test_a_title_one_is_presented_as_with_its_body_is_held(ingester: Ingester, text: str) -> None:
    # facts.md line 88: Kléber Arhoul is named as IREV president at a study day.
    assert (P + "kleber-arhoul", O + "irev", ROLE + "president") in memberships(ingester, text)


@pytest.mark.parametrize(
    "text",
    [
        # the present, "son"
        "Villes au Carré a été lancée à Poitiers le 9 octobre 2007. Yves Dauge est présenté "
        "comme son fondateur.",
        # an adverb, another participle
        "Villes au Carré couvre le Centre-Val de Loire. Yves Dauge est souvent considéré comme "
        "son fondateur, et Cécile Dublanche l'a dirigée.",
        # an apposition on the name, the compound past
        "En 2009, Villes au Carré est devenue un centre de ressources. Yves Dauge, ancien "
        "délégué interministériel, a été décrit comme son fondateur.",
    ],
)
def test_a_bare_title_after_son_one_is_presented_as_is_at_the_body_spoken_of(
    ingester: Ingester, text: str
) -> None:
    # facts.md line 133: Yves Dauge is named as Villes au Carré's founder.
    found = memberships(ingester, text)
    assert (P + "yves-dauge", O + "villes-au-carre", ROLE + "founder") in found


def test_a_title_after_son_one_is_presented_as_with_no_body_spoken_of_is_held_nowhere(
    ingester: Ingester,
) -> None:
    # facts.md line 133: Yves Dauge, Villes au Carré's founder (here no body is named before).
    found = memberships(ingester, "Yves Dauge est présenté comme son fondateur.")
    assert not [f for f in found if f[0] == P + "yves-dauge"]


def test_a_bare_title_one_is_presented_as_is_held_nowhere(ingester: Ingester) -> None:
    # facts.md line 88: Kléber Arhoul, IREV president (here the title names no body).
    found = memberships(ingester, "L'IREV a tenu une journée d'étude. Kléber Arhoul y était "
                                  "présenté comme le président.")  # fmt: skip
    assert (P + "kleber-arhoul", O + "irev", ROLE + "president") not in found


@pytest.mark.parametrize(
    "text",
    [
        # the body named in the clause before, the apposition naming another
        "Kléber Arhoul présidait alors l'IREV ; Majdouline Sbai, vice-présidente de la Région "
        "Hauts-de-France, en était la vice-présidente.",
        # the body of the sentence before
        "L'IREV avait alors pour président Kléber Arhoul. Majdouline Sbai, vice-présidente de la "
        "Région Hauts-de-France, en était la vice-présidente.",
        # an apposition that names no body
        "L'IREV a tenu une journée d'étude. Majdouline Sbai, élue régionale, en est la "
        "vice-présidente.",
    ],
)
def test_a_title_of_it_past_an_apposition_is_of_the_body_named_before(
    ingester: Ingester, text: str
) -> None:
    # facts.md line 89: Majdouline Sbai, vice-president of the Region and of IREV.
    found = memberships(ingester, text)
    assert (P + "majdouline-sbai", O + "irev", ROLE + "vice-president") in found


def test_a_title_taken_of_it_past_an_apposition_may_be_a_meeting_s(ingester: Ingester) -> None:
    # facts.md line 89: Majdouline Sbai, vice-president of IREV (here "en assurait la
    # vice-présidence" after an apposition: the sitting's, not read as the body's office).
    found = memberships(ingester, "L'IREV a tenu une journée d'étude. Majdouline Sbai, élue "
                                  "régionale, en assurait la vice-présidence.")  # fmt: skip
    assert (P + "majdouline-sbai", O + "irev", ROLE + "vice-president") not in found


def test_a_title_of_it_right_after_the_name_is_of_the_body_named_after_the_name(
    ingester: Ingester,
) -> None:
    # facts.md line 347: Rigaut held the ADCF presidency to 2020, then became honorary president
    # (the body is named after the name, in what he left: no apposition to pass over).
    found = memberships(ingester, "En 2020, Jean-Luc Rigaut a quitté la présidence de l'ADCF "
                                  "pour en devenir président d'honneur.")  # fmt: skip
    assert (P + "jean-luc-rigaut", O + "adcf", ROLE + "honorary-president") in found


@pytest.mark.parametrize(
    "text",
    [
        # the body named after "à la tête de", its name opening with an accented noun
        "Le préfet Bernard Fraigneau était là, tout comme Yves-Laurent Sapoval, à la tête de la "
        "Délégation interministérielle à la ville.",
        # the common noun standing for it
        "La Délégation interministérielle à la ville a changé de chef. Yves-Laurent Sapoval a "
        "pris la tête de la délégation.",
        # "dirigée par"
        "En 2007, la Délégation interministérielle à la ville était dirigée par Yves-Laurent "
        "Sapoval.",
    ],
)
def test_the_head_of_a_delegation_is_its_director(ingester: Ingester, text: str) -> None:
    # facts.md line 131: the DIV Yves-Laurent Sapoval at the 2007 launch of Villes au Carré.
    expected = (P + "yves-laurent-sapoval", O + "div", ROLE + "director")
    assert expected in memberships(ingester, text)


@pytest.mark.parametrize(
    "text",
    [
        # an adjective: a group sent somewhere, no body
        "La Délégation interministérielle à la ville a lancé une étude. Yves-Laurent Sapoval "
        "était à la tête de la délégation française.",
        # a complement: the group it is of
        "La Délégation interministérielle à la ville a lancé une étude. Yves-Laurent Sapoval a "
        "pris la tête de la délégation des élus du Nord.",
        # an agency of a place, not the one named before
        "L'Agence nationale pour la rénovation urbaine a ouvert la journée. Yves-Laurent Sapoval "
        "était à la tête de l'agence de Poitiers.",
    ],
)
def test_the_head_of_a_qualified_common_noun_heads_not_the_body_named_before(
    ingester: Ingester, text: str
) -> None:
    # facts.md line 131: Yves-Laurent Sapoval, the DIV in 2007 (here the noun after "la tête de"
    # is qualified, another group or body than the one the text named).
    found = memberships(ingester, text)
    assert not {f for f in found if f[0] == P + "yves-laurent-sapoval"}


@pytest.mark.parametrize(
    "adverb",
    ["successivement", "tour à tour", "ensuite"],
)
def test_a_career_lists_titles_after_an_adverb_of_sequence(ingester: Ingester, adverb: str) -> None:
    # facts.md 340: from 2004 to 2009 Sébastien Jallet was chief of staff to the préfet of
    # Vaucluse, secretary-general of the Gers prefecture and sous-préfet in Lyon.
    found = memberships(ingester, "Le préfet Sébastien Jallet quitte l'Orne. De 2004 à 2009, il "
                                  f"a été {adverb} secrétaire général de la préfecture du Gers "
                                  "et sous-préfet à Lyon.")  # fmt: skip
    assert {
        (P + "sebastien-jallet", O + "prefecture-gers", ROLE + "secretary-general"),
        (P + "sebastien-jallet", O + "etat", ROLE + "sous-prefet"),
    } <= found


@pytest.mark.parametrize(
    "text",
    [
        "Jean-Luc Rigaut, élu le 4 octobre 2017 à la présidence de l'ADCF, y a succédé à "
        "Charles-Eric Lemaignen.",
        "Jean-Luc Rigaut, élu en 2017 à la présidence de l'ADCF, succède à Charles-Eric Lemaignen.",
        "Jean-Luc Rigaut a été élu le 4 octobre 2017 à la présidence de l'ADCF, succédant à "
        "Charles-Eric Lemaignen.",
    ],
)
def test_one_elected_to_a_presidency_holds_it_and_is_no_elected_official_there(
    ingester: Ingester, text: str
) -> None:
    # facts.md 236: ADCF presidents Charles-Eric Lemaignen, then Jean-Luc Rigaut from 4 Oct 2017.
    found = memberships(ingester, text)
    assert {
        (P + "jean-luc-rigaut", O + "adcf", ROLE + "president"),
        (P + "charles-eric-lemaignen", O + "adcf", ROLE + "president"),
    } <= found
    assert not {f for f in found if f[2] == ROLE + "elected-official"}


def test_an_elected_official_of_a_body_is_still_read(ingester: Ingester) -> None:
    # facts.md §RésO Villes: Isabelle Melscoet, its president, an elected official of Brest
    # Métropole.
    found = memberships(ingester, "Isabelle Melscoet, élue de Brest Métropole, a accueilli la "
                                  "rencontre.")  # fmt: skip
    assert (P + "isabelle-melscoet", O + "brest-metropole", ROLE + "elected-official") in found


@pytest.mark.parametrize(
    "text",
    [
        "Sébastien Jallet, directeur de cabinet du préfet de Vaucluse, a pris la parole.",
        "Le préfet Sébastien Jallet quitte l'Orne. En 2004, il a été directeur de cabinet du "
        "préfet de Vaucluse, puis secrétaire général de la préfecture du Gers.",
        "En 2004, Sébastien Jallet était directeur de cabinet du préfet de Vaucluse.",
    ],
)
def test_the_chief_of_staff_of_a_departements_prefet_works_at_its_prefecture(
    ingester: Ingester, text: str
) -> None:
    # facts.md 340: from 2004 Sébastien Jallet was chief of staff to the préfet of Vaucluse.
    found = memberships(ingester, text)
    assert (P + "sebastien-jallet", O + "prefecture-vaucluse", ROLE + "chief-of-staff") in found


def test_the_chief_of_staff_of_a_prefet_of_no_departement_named_is_at_no_prefecture(
    ingester: Ingester,
) -> None:
    # facts.md 340: Sébastien Jallet, chief of staff to a préfet (here the département is unsaid).
    found = memberships(ingester, "Sébastien Jallet, directeur de cabinet du préfet, a pris la "
                                  "parole.")  # fmt: skip
    assert not {f for f in found if f[2] == ROLE + "chief-of-staff"}


@pytest.mark.parametrize(
    "text",
    [
        "Jean-Luc Rigaut est maire d'Annecy. Il présidait alors le Grand Annecy sous l'étiquette "
        "UDI.",
        "Jean-Luc Rigaut est maire d'Annecy. Il préside aussi, sous l'étiquette UDI, le Grand "
        "Annecy.",
        "Jean-Luc Rigaut préside le Grand Annecy sous l'étiquette de l'UDI.",
    ],
)
def test_who_holds_an_office_under_a_partys_label_is_its_member(
    ingester: Ingester, text: str
) -> None:
    # facts.md 346: Jean-Luc Rigaut, UDI president of the Grand Annecy agglomeration in 2017.
    found = memberships(ingester, text)
    assert {
        (P + "jean-luc-rigaut", O + "udi", ROLE + "member"),
        (P + "jean-luc-rigaut", O + "grand-annecy", ROLE + "intercommunality-president"),
    } <= found


def test_a_partys_label_after_two_people_makes_neither_its_member(ingester: Ingester) -> None:
    # facts.md 346: Jean-Luc Rigaut, UDI president of the Grand Annecy (here whose label is
    # unsaid: two people are named before it).
    found = memberships(ingester, "Jean-Luc Rigaut a succédé à Charles-Eric Lemaignen, élu sous "
                                  "l'étiquette UDI.")  # fmt: skip
    assert not {f for f in found if f[1] == O + "udi"}


@pytest.mark.parametrize(
    ("text", "who", "role"),
    [
        (
            "L'ADCF a élu Sébastien Martin. Son prédécesseur, Jean-Luc Rigaut, en est devenu "
            "président d'honneur.",
            "jean-luc-rigaut",
            "honorary-president",
        ),
        (
            "L'ADCF a élu Sébastien Martin. Le président sortant, Jean-Luc Rigaut, en est devenu "
            "président d'honneur.",
            "jean-luc-rigaut",
            "honorary-president",
        ),
        (
            "L'ADCF a changé de nom. Son fondateur, Marc Censi, en était le président.",
            "marc-censi",
            "president",
        ),
    ],
)
def test_a_name_in_apposition_to_the_sentences_subject_holds_the_office_of_en(
    ingester: Ingester, text: str, who: str, role: str
) -> None:
    # facts.md §ADCF: founded by Marc Censi, its first president; Sébastien Martin elected in
    # 2020, Jean-Luc Rigaut became honorary president.
    assert (P + who, O + "adcf", ROLE + role) in memberships(ingester, text)


def test_a_name_after_another_name_and_a_comma_holds_no_office_of_en(ingester: Ingester) -> None:
    # facts.md §ADCF: presidents Marc Censi, then Daniel Delaveau (here a list of two names, no
    # apposition).
    found = memberships(ingester, "L'ADCF a changé de nom. Marc Censi, Daniel Delaveau, en était "
                                  "le président.")  # fmt: skip
    assert (P + "daniel-delaveau", O + "adcf", ROLE + "president") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Jean-Luc Rigaut, élu sous l'étiquette UDI, préside le Grand Annecy.",
        "Jean-Luc Rigaut est maire d'Annecy. Il a été réélu en 2020 sous l'étiquette UDI.",
    ],
)
def test_who_was_elected_under_a_partys_label_is_its_member(ingester: Ingester, text: str) -> None:
    # facts.md 346: Jean-Luc Rigaut, UDI president of the Grand Annecy agglomeration in 2017.
    assert (P + "jean-luc-rigaut", O + "udi", ROLE + "member") in memberships(ingester, text)


@pytest.mark.parametrize(
    "text",
    [
        # an opponent: the label is the other candidate's
        "Contre Jean-Luc Rigaut, le candidat sous l'étiquette UDI a gagné la présidence du Grand "
        "Annecy.",
        "Jean-Luc Rigaut a battu le candidat élu sous l'étiquette UDI.",
        # a negation, a verb that holds no office
        "Jean-Luc Rigaut ne s'est pas présenté sous l'étiquette UDI.",
        "Jean-Luc Rigaut est maire d'Annecy. Il refuse de se présenter sous l'étiquette UDI.",
    ],
)
def test_a_partys_label_not_on_the_persons_own_office_makes_them_no_member(
    ingester: Ingester, text: str
) -> None:
    # facts.md 346: Jean-Luc Rigaut, UDI president of the Grand Annecy (here the label is
    # another's, or denied).
    assert not {f for f in memberships(ingester, text) if f[1] == O + "udi"}


def test_a_label_a_person_published_under_makes_them_no_member(ingester: Ingester) -> None:
    # facts.md 355: Milouda Ala, vice-chair of the IREV's assembly (here she only publishes
    # under its banner).
    found = memberships(ingester, "Milouda Ala a publié sous l'étiquette de l'IREV un guide sur "
                                  "les quartiers.")  # fmt: skip
    assert (P + "milouda-ala", O + "irev", ROLE + "member") not in found


@pytest.mark.parametrize(
    "text",
    [
        # "y" for the body of the question, the elided "j'"
        "ENTRETIEN\n\nTrois questions à François-Antoine Mariani\n\nEn 2019, vous étiez au "
        "CGET ?\n\nOui. J'y étais commissaire général délégué.",
        # "en", "je" after a phrase of time
        "Entretien avec François-Antoine Mariani\n\nLe CGET vous a-t-il marqué ?\n\nEn 2019, "
        "j'en étais le commissaire général délégué.",
        # a title that names its body, no "y" nor "en"
        "Deux questions à François-Antoine Mariani\n\nQuel était votre rôle en 2019 ?\n\nJ'étais "
        "commissaire général délégué du Commissariat général à l'égalité des territoires.",
    ],
)
def test_je_in_an_interviews_answers_is_the_interviewee(ingester: Ingester, text: str) -> None:
    # facts.md line 328: in 2019 François-Antoine Mariani was commissaire général délégué à
    # l'égalité des territoires at the CGET.
    found = memberships(ingester, text)
    assert (
        P + "francois-antoine-mariani",
        O + "cget",
        ROLE + "commissaire-general-delegue",
    ) in found


def test_je_in_a_text_that_is_no_interview_is_no_one(ingester: Ingester) -> None:
    # facts.md line 328: François-Antoine Mariani, commissaire général délégué at the CGET in
    # 2019 (here "je" is the writer's: no heading names an interviewee).
    found = memberships(ingester, "François-Antoine Mariani a préfacé le bilan du CGET en 2019. "
                                  "J'y étais chargé de mission.")  # fmt: skip
    assert not [f for f in found if f[0] == P + "francois-antoine-mariani"]


@pytest.mark.parametrize(
    "text",
    [
        # a signature: the staff noun, the body, a comma
        "Le bilan d'activités 2020 a été adopté le 1er mars 2021.\n\nÉquipe PQN-A, Anne-Sophie "
        "Gillion",
        # the article and "de", a colon
        "Le bilan d'activités 2020 est en ligne.\nL'équipe de PQN-A : Anne-Sophie Gillion",
        # an item of a list, the body's full name
        "Ont contribué au bilan 2020 :\n- Équipe de Pays et Quartiers de Nouvelle-Aquitaine, "
        "Anne-Sophie Gillion",
    ],
)
def test_people_after_a_line_opening_with_a_bodys_team_are_its_team(
    ingester: Ingester, text: str
) -> None:
    # facts-part3.md line 101: the PQN-A page of 2021 is signed "Equipe PQN-A, Anne-Sophie
    # Gillion": she was on its team.
    found = memberships(ingester, text)
    assert (P + "anne-sophie-gillion", O + "pqn-a", ROLE + "team-member") in found


def test_a_team_line_that_lists_a_body_with_the_people_is_no_team(ingester: Ingester) -> None:
    # facts-part3.md line 101: Anne-Sophie Gillion on PQN-A's team (here a body is listed with
    # her: the line is no team's).
    found = memberships(ingester, "Le bilan est en ligne.\nÉquipe PQN-A, Anne-Sophie Gillion et "
                                  "la Région Nouvelle-Aquitaine")  # fmt: skip
    assert (P + "anne-sophie-gillion", O + "pqn-a", ROLE + "team-member") not in found


def test_questions_put_to_someone_in_minutes_make_no_interviewee(ingester: Ingester) -> None:
    # facts.md line 328: François-Antoine Mariani, commissaire général délégué at the CGET in
    # 2019 (here minutes name him after "questions à" in a sentence, no interview's heading:
    # the "je" of a speaker quoted later is not his).
    found = memberships(ingester, "Compte rendu de la réunion du 3 mars\n\nLes habitants ont "
                                  "posé leurs questions à François-Antoine Mariani.\n\nUn élu a "
                                  "pris la parole. Je suis commissaire général délégué du CGET, "
                                  "a-t-il dit.")  # fmt: skip
    assert not [f for f in found if f[0] == P + "francois-antoine-mariani"]


@pytest.mark.parametrize(
    "text",
    [
        # the congress of another body, put first
        "Villes au Carré couvre le Centre-Val de Loire. Lors du congrès de RésO Villes, Yves "
        "Dauge a été présenté comme son fondateur.",
        # another body's website
        "Villes au Carré couvre le Centre-Val de Loire. Sur le site de RésO Villes, Yves Dauge "
        "est présenté comme son fondateur.",
        # a festival, no body, the subject of the sentence before
        "Villes au Carré couvre le Centre-Val de Loire. Le festival de Chinon existe depuis "
        "1990. Yves Dauge est présenté comme son fondateur.",
    ],
)
def test_son_after_a_sentence_naming_another_body_is_not_the_body_spoken_of(
    ingester: Ingester, text: str
) -> None:
    # facts.md line 133: Yves Dauge, Villes au Carré's founder (here "son" may be RésO Villes,
    # the body the sentence names, or the festival the sentence before speaks of).
    found = memberships(ingester, text)
    assert (P + "yves-dauge", O + "villes-au-carre", ROLE + "founder") not in found


@pytest.mark.parametrize(
    "text",
    [
        # a participle after the comma: the team was received by her
        "Le bilan est en ligne.\nL'équipe de PQN-A, reçue par Anne-Sophie Gillion, a rencontré "
        "les élus.",
        # a photo credit after the comma
        "Le bilan est en ligne.\nÉquipe PQN-A, photo : Anne-Sophie Gillion",
        # a sentence whose subjects the team and she are
        "Le bilan est en ligne.\nL'équipe de PQN-A, Anne-Sophie Gillion et le préfet ont visité "
        "le quartier.",
        # a sentence after the colon
        "Le bilan est en ligne.\nL'équipe de PQN-A : Anne-Sophie Gillion a quitté le centre en "
        "2019.",
    ],
)
def test_a_team_line_that_is_no_signature_makes_no_team_member(
    ingester: Ingester, text: str
) -> None:
    # facts-part3.md line 101: Anne-Sophie Gillion on PQN-A's team (here the line after the
    # team's name goes on as a sentence or a credit, not a signature ending with her name).
    found = memberships(ingester, text)
    assert (P + "anne-sophie-gillion", O + "pqn-a", ROLE + "team-member") not in found


def test_she_after_a_sentence_opening_with_je_that_names_her_is_not_the_earlier_topic(
    ingester: Ingester,
) -> None:
    # facts.md line 133: Yves Dauge founded Villes au Carré (here "elle" after a sentence
    # opening with "je" that names Cécile Dublanche is not he: "je" keeps no topic).
    found = memberships(ingester, "Villes au Carré couvre le Centre-Val de Loire. Yves Dauge "
                                  "l'a fondée en 2007. Je salue Cécile Dublanche, qui nous "
                                  "rejoint. Elle en est la directrice.")  # fmt: skip
    assert not [f for f in found if f[0] == P + "yves-dauge" and f[2] == ROLE + "director"]
