"""Titles a verb gives ("X a fondé Y", "Elle codirige aussi Y"), read against the real graph's
people, bodies and roles.

Every sentence is written from a line of ../shared/facts.md or facts-part3.md (cited above it),
never from memory.
"""

from __future__ import annotations

import pytest

from crpv_graph.ingest import Ingester
from crpv_graph.namespaces import PREFIXES
from tests.ingest.test_titles import memberships

O, P, ROLE = PREFIXES["o"], PREFIXES["p"], PREFIXES["role"]


def test_who_founded_a_body_and_ran_it_is_its_founder_and_director(ingester: Ingester) -> None:
    # facts.md §ERU: Chantal Talland founded it and ran it.
    found = memberships(ingester, "L'École du renouvellement urbain (ERU) change de direction. "
                                  "Chantal Talland, qui a fondé l'école et l'a dirigée, part.")  # fmt: skip
    assert found == {
        (P + "chantal-talland", O + "eru", ROLE + "founder"),
        (P + "chantal-talland", O + "eru", ROLE + "director"),
    }


def test_a_pronoun_codirecting_a_named_body_is_the_person_named_before(
    ingester: Ingester,
) -> None:
    # facts-part3.md §3: Murielle Maffessoli, director of ORIV, was also co-director of the
    # centre de ressources « Politique de la ville » Lorraine (CRPVL).
    found = memberships(ingester, "Murielle Maffessoli a été entendue. Elle codirige aussi le "
                                  "centre de ressources « Politique de la ville » Lorraine "
                                  "(CRPVL).")  # fmt: skip
    assert found == {(P + "murielle-maffessoli", O + "crpv-lorraine", ROLE + "co-director")}


def test_a_body_directed_by_someone_says_no_title(ingester: Ingester) -> None:
    # facts.md §ERU: Chantal Talland ran it (a passive says less: a director general, an
    # interim, a chair).
    assert not memberships(ingester, "L'ERU a longtemps été dirigée par Chantal Talland.")


def test_a_common_noun_naming_no_body_before_gives_no_title(ingester: Ingester) -> None:
    # facts.md §ERU: Chantal Talland founded it (the text names no school before).
    assert not memberships(ingester, "Chantal Talland a fondé l'école en 2005.")


def test_taking_the_direction_of_a_body_makes_its_director(ingester: Ingester) -> None:
    # facts.md §RésO Villes: Ouided Ayad became director in January 2024.
    found = memberships(ingester, "Ouided Ayad a pris la direction de RésO Villes en janvier "
                                  "2024.")  # fmt: skip
    assert found == {(P + "ouided-ayad", O + "reso-villes", ROLE + "director")}


def test_presiding_over_a_body_makes_its_president(ingester: Ingester) -> None:
    # facts.md: Isabelle Melscoet, president of RésO Villes.
    found = memberships(ingester, "Isabelle Melscoet préside RésO Villes.")
    assert found == {(P + "isabelle-melscoet", O + "reso-villes", ROLE + "president")}


def test_presiding_over_the_assembly_is_no_presidency_of_a_body_named_assemblee(
    ingester: Ingester,
) -> None:
    # facts-part3.md §2: the Assemblée nationale's mission heard Olivia Maire on 11 April 2013;
    # §IREV: the GIP's general assembly of 30 Nov 2020 was chaired ("présidait") by Daniel
    # Barnier.
    found = memberships(ingester, "Le 11 avril 2013, l'Assemblée nationale a entendu Olivia "
                                  "Maire. Le 30 novembre 2020, Daniel Barnier présidait "
                                  "l'assemblée du GIP.")  # fmt: skip
    assert all(role != ROLE + "president" for _person, _body, role in found)


def test_the_noun_a_body_complements_is_what_is_presided(ingester: Ingester) -> None:
    # facts.md §2 IREV: the general assembly of 24 March 2017 was chaired by Milouda Ala (the
    # assembly, not IREV, is "présidée").
    found = memberships(ingester, "L'assemblée générale de l'IREV, présidée par Milouda Ala, a "
                                  "admis Lens-Liévin.")  # fmt: skip
    assert found == {(P + "milouda-ala", O + "irev", ROLE + "chair-of-assembly")}


def test_appointed_to_the_general_direction_of_a_body_makes_its_director_general(
    ingester: Ingester,
) -> None:
    # facts.md §ERU: Franck Martin became director general from 3 January (2023).
    found = memberships(ingester, "Franck Martin a été nommé à la direction générale de l'ERU "
                                  "le 3 janvier.")  # fmt: skip
    assert found == {(P + "franck-martin", O + "eru", ROLE + "director-general")}


def test_appointed_to_a_direction_named_by_no_body_gives_no_title(ingester: Ingester) -> None:
    # facts.md §ERU: Franck Martin became director general from 3 January (2023).
    assert not memberships(ingester, "Franck Martin a été nommé à la direction générale en "
                                     "janvier.")  # fmt: skip


def test_who_presides_a_body_in_an_inverted_relative_is_its_president(
    ingester: Ingester,
) -> None:
    # facts.md: Isabelle Melscoet was president of RésO Villes in June 2019.
    found = memberships(ingester, "RésO Villes, que préside Isabelle Melscoet, était à "
                                  "Nantes.")  # fmt: skip
    assert found == {(P + "isabelle-melscoet", O + "reso-villes", ROLE + "president")}


def test_an_inverted_relative_on_no_body_gives_no_title(ingester: Ingester) -> None:
    # facts.md: Isabelle Melscoet was president of RésO Villes in June 2019.
    assert not memberships(ingester, "La rencontre, que préside Isabelle Melscoet, a lieu à "
                                     "Nantes.")  # fmt: skip


def test_who_a_body_was_founded_by_is_its_founder(ingester: Ingester) -> None:
    # facts.md §ADCF: a 1901-law association founded in 1989 by Marc Censi, mayor of Rodez.
    found = memberships(ingester, "L'ADCF avait été fondée en 1989 par Marc Censi.")
    assert (P + "marc-censi", O + "adcf", ROLE + "founder") in found


def test_a_body_founded_with_no_agent_gives_no_founder(ingester: Ingester) -> None:
    # facts.md §ADCF: founded in 1989 by Marc Censi; here no one is said to found it.
    found = memberships(ingester, "L'ADCF, fondée en 1989, a reçu Marc Censi à Paris.")
    assert not any(role == ROLE + "founder" for _person, _body, role in found)


def test_a_body_noun_presided_by_someone_gives_its_president(ingester: Ingester) -> None:
    # facts.md §Profession Banlieue: the board elected on 8 April 2010 had Marc Ratsimba as
    # president.
    found = memberships(ingester, "Profession Banlieue est un centre de ressources de "
                                  "Seine-Saint-Denis. Depuis 2010, l'association est présidée "
                                  "par Marc Ratsimba.")  # fmt: skip
    assert found == {(P + "marc-ratsimba", O + "profession-banlieue", ROLE + "president")}


def test_a_pronoun_presided_since_a_date_by_someone_gives_its_president(
    ingester: Ingester,
) -> None:
    # facts.md §ADCF: Sébastien Martin, elected on 5 November 2020.
    found = memberships(ingester, "L'ADCF a changé de nom. Elle est présidée depuis le 5 "
                                  "novembre 2020 par Sébastien Martin.")  # fmt: skip
    assert found == {(P + "sebastien-martin", O + "adcf", ROLE + "president")}


def test_a_fronted_founding_by_someone_gives_the_subject_its_founder(ingester: Ingester) -> None:
    # facts.md §ADCF: a 1901-law association founded in 1989 by Marc Censi, mayor of Rodez.
    found = memberships(ingester, "L'ADCF a changé de nom. Fondée en 1989 par Marc Censi, "
                                  "alors maire de Rodez, elle est installée à Paris.")  # fmt: skip
    assert (P + "marc-censi", O + "adcf", ROLE + "founder") in found


def test_a_passive_of_a_meeting_noun_gives_no_title(ingester: Ingester) -> None:
    # facts.md §Profession Banlieue: Marc Ratsimba, president (the meeting, not the body, is
    # presided here).
    found = memberships(ingester, "Profession Banlieue a tenu son assemblée. La séance a été "
                                  "présidée par Marc Ratsimba.")  # fmt: skip
    assert (P + "marc-ratsimba", O + "profession-banlieue", ROLE + "president") not in found


def test_a_fronted_passive_before_a_named_body_gives_that_body_its_president(
    ingester: Ingester,
) -> None:
    # facts.md §Profession Banlieue: the board elected on 7 April 2011 again had Marc Ratsimba
    # as president.
    found = memberships(ingester, "Présidée depuis 2011 par Marc Ratsimba, Profession Banlieue "
                                  "anime le réseau.")  # fmt: skip
    assert found == {(P + "marc-ratsimba", O + "profession-banlieue", ROLE + "president")}


def test_a_fronted_passive_before_a_meeting_gives_no_title(ingester: Ingester) -> None:
    # facts.md §Profession Banlieue: Marc Ratsimba, president (here a meeting is presided).
    assert not memberships(ingester, "Présidée par Marc Ratsimba, la réunion a rassemblé "
                                     "l'IREV.")  # fmt: skip


def test_who_runs_an_agency_named_by_its_common_noun_is_its_director_general(
    ingester: Ingester,
) -> None:
    # facts.md §ANRU: "Grivel had run ANRU since 2014"; "Nicolas Grivel was ANRU's director
    # general then" (data/ writes the head of an agency as its director general).
    for text in (
        "L'Agence nationale pour la rénovation urbaine (ANRU) déménage. Depuis 2014, c'est "
        "Nicolas Grivel qui dirige l'agence.",
        "L'ANRU change de tête. Nicolas Grivel, qui la dirigeait depuis 2014, laisse la place.",
    ):
        found = memberships(ingester, text)
        assert found == {(P + "nicolas-grivel", O + "anru", ROLE + "director-general")}, text


def test_who_runs_an_association_named_by_its_common_noun_is_its_director(
    ingester: Ingester,
) -> None:
    # facts.md 403: "Profession Banlieue: Bénédicte Madelin directed it for 21 years from its
    # creation in 1993".
    found = memberships(ingester, "Profession Banlieue est née en 1993. Bénédicte Madelin dirige "
                                  "l'association depuis sa création.")  # fmt: skip
    assert found == {(P + "benedicte-madelin", O + "profession-banlieue", ROLE + "director")}


def test_who_became_its_director_after_en_and_who_its_deputy_after_a_date(
    ingester: Ingester,
) -> None:
    # facts.md §ERU: "Franck Martin became director general from 3 January (2023) and Céline
    # Gipoulon deputy director from March 2023".
    found = memberships(ingester, "L'École du renouvellement urbain a changé de direction : "
                                  "Franck Martin en est devenu directeur général le 3 janvier, et "
                                  "Céline Gipoulon directrice adjointe en mars.")  # fmt: skip
    assert found == {
        (P + "franck-martin", O + "eru", ROLE + "director-general"),
        (P + "celine-gipoulon", O + "eru", ROLE + "deputy-director"),
    }


def test_a_time_between_the_verb_and_its_object_keeps_the_title(ingester: Ingester) -> None:
    # facts.md: Michel Lussault was present at the launch (facts-part3.md: then president of the
    # université de Tours).
    found = memberships(ingester, "Le centre a été lancé avec Michel Lussault, qui présidait à "
                                  "l'époque l'université de Tours.")  # fmt: skip
    assert (P + "michel-lussault", O + "universite-de-tours", ROLE + "president") in found


def test_a_time_before_an_indefinite_object_gives_no_title(ingester: Ingester) -> None:
    # facts.md: Bénédicte Madelin ran Profession Banlieue from its creation (a study is no body).
    assert not memberships(ingester, "Bénédicte Madelin dirige en 1993 une étude sur la ville.")


def test_two_participles_sharing_their_agent_give_each_its_title(ingester: Ingester) -> None:
    # facts.md §ERU: "Chantal Talland founded it (2005, per this source) and ran it";
    # facts-part3.md §2: Marc Ratsimba, president of Profession Banlieue.
    for text, expected in (
        ("Fondée et dirigée par Chantal Talland, l'ERU a changé de direction en 2023.",
         {(P + "chantal-talland", O + "eru", ROLE + "founder")}),
        ("Profession Banlieue, présidée et représentée par Marc Ratsimba, a élu son bureau.",
         {(P + "marc-ratsimba", O + "profession-banlieue", ROLE + "president")}),
    ):  # fmt: skip
        assert memberships(ingester, text) == expected, text


def test_run_by_a_fronted_agent_gives_no_office_the_bodys_name_does_not_say(
    ingester: Ingester,
) -> None:
    # facts.md §ERU: Chantal Talland ran the ERU (an école: a director? a director general?);
    # §ANRU: Anne-Claire Mialot, its director general.
    assert memberships(ingester, "Dirigée par Chantal Talland, l'ERU a formé les élus.") == set()
    found = memberships(ingester, "Dirigée par Anne-Claire Mialot, l'ANRU a quitté Paris.")
    assert found == {(P + "anne-claire-mialot", O + "anru", ROLE + "director-general")}


@pytest.mark.parametrize(
    "subject",
    [
        "Cette association loi 1901",
        "Cette association, dont le siège est à Paris,",
        "L'association, basée à Paris,",
    ],
)
def test_a_body_noun_with_its_qualifier_or_clause_founded_by_someone_gives_its_founder(
    ingester: Ingester, subject: str
) -> None:
    # facts.md §ADCF line 1: a 1901-law association founded in 1989 by Marc Censi, based in Paris.
    found = memberships(ingester, f"L'ADCF a changé de nom. {subject} a été fondée en 1989 par "
                                  "Marc Censi.")  # fmt: skip
    assert found == {(P + "marc-censi", O + "adcf", ROLE + "founder")}


def test_a_body_noun_complemented_by_another_body_gives_no_founder(ingester: Ingester) -> None:
    # facts.md §ADCF line 1: founded in 1989 by Marc Censi (here the association is another one,
    # the mayors').
    found = memberships(ingester, "L'ADCF a changé de nom. L'association des maires, basée à "
                                  "Paris, a été fondée en 1989 par Marc Censi.")  # fmt: skip
    assert (P + "marc-censi", O + "adcf", ROLE + "founder") not in found


@pytest.mark.parametrize("adverb", ["aujourd'hui", "désormais", "actuellement"])
def test_an_adverb_of_the_present_between_the_verb_and_its_object_keeps_the_title(
    ingester: Ingester, adverb: str
) -> None:
    # facts.md §ADCF: Sébastien Martin, elected president on 5 November 2020.
    found = memberships(ingester, f"Sébastien Martin préside {adverb} l'ADCF.")
    assert found == {(P + "sebastien-martin", O + "adcf", ROLE + "president")}


def test_a_phrase_between_commas_before_the_object_keeps_the_title(ingester: Ingester) -> None:
    # facts.md 346: Jean-Luc Rigaut, president of the Grand Annecy agglomeration in 2017.
    found = memberships(ingester, "Jean-Luc Rigaut préside par ailleurs, depuis 2017, le Grand "
                                  "Annecy.")  # fmt: skip
    assert (P + "jean-luc-rigaut", O + "grand-annecy", ROLE + "intercommunality-president") in found


@pytest.mark.parametrize("subject", ["L'association voisine", "L'association sœur, basée à Lyon,"])
def test_a_definite_body_noun_singled_out_by_a_qualifier_gives_no_founder(
    ingester: Ingester, subject: str
) -> None:
    # facts.md §ADCF line 1: founded in 1989 by Marc Censi (here a neighbouring or sister
    # association, another one, is said to be founded).
    found = memberships(ingester, f"L'ADCF a changé de nom. {subject} a été fondée en 1989 par "
                                  "Marc Censi.")  # fmt: skip
    assert (P + "marc-censi", O + "adcf", ROLE + "founder") not in found


def test_a_clause_of_its_own_between_commas_after_the_verb_gives_it_no_object(
    ingester: Ingester,
) -> None:
    # facts.md 346: Jean-Luc Rigaut, president of the Grand Annecy agglomeration (here he chairs
    # something unsaid; the Grand Annecy is the subject of the last clause).
    found = memberships(ingester, "Jean-Luc Rigaut préside, Sébastien Martin anime, le Grand "
                                  "Annecy finance.")  # fmt: skip
    assert not {f for f in found if f[0] == P + "jean-luc-rigaut"}
