"""Titles a verb gives ("X a fondé Y", "Elle codirige aussi Y"), read against the real graph's
people, bodies and roles.

Every sentence is written from a line of ../shared/facts.md or facts-part3.md (cited above it),
never from memory.
"""

from __future__ import annotations

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
