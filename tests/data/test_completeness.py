"""What the graph knows of each resource centre, counted twice: by the named query and by hand.

The completeness table (named query ``completeness``, read by ``stats`` and the website's
data-gaps page) is printed here for curators (``pytest -s tests/data/test_completeness.py``),
and its counts are checked against the data read triple by triple, without the query, so that a
mistake in the query does not hide a gap or invent a fact.
"""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox
import pytest

from crpv_graph.namespaces import PREFIXES
from crpv_graph.query import Term
from crpv_graph.site.gaps import FIELDS, CentreCompleteness, completeness, field_counts
from crpv_graph.store.dataset import LoadedDataset
from crpv_graph.store.stats import format_completeness


def term(curie: str) -> ox.NamedNode:
    """The IRI of ``prefix:local``, from the project's one table of prefixes."""
    prefix, local = curie.split(":", 1)
    return ox.NamedNode(PREFIXES[prefix] + local)


def objects(store: ox.Store, subject: ox.NamedNode, predicate: str) -> Iterator[Term]:
    return (quad.object for quad in store.quads_for_pattern(subject, term(predicate), None))


def has_french_name(store: ox.Store, node: Term) -> bool:
    return isinstance(node, ox.NamedNode) and any(
        isinstance(label, ox.Literal) and label.language == "fr"
        for label in objects(store, node, "skos:prefLabel")
    )


def named_holders(store: ox.Store, centre: ox.NamedNode, roles: set[ox.NamedNode]) -> bool:
    """Whether a membership of ``centre`` in one of ``roles`` names its member."""
    memberships = {
        q.subject for q in store.quads_for_pattern(None, term("org:organization"), centre)
    }
    return any(
        role in roles and has_french_name(store, member)
        for membership in memberships
        if isinstance(membership, ox.NamedNode)
        for role in objects(store, membership, "org:role")
        for member in objects(store, membership, "org:member")
    )


def counted_by_hand(store: ox.Store) -> dict[str, int]:
    """Each field's count, read from the triples the data model names for it."""
    centres = {
        q.subject
        for q in store.quads_for_pattern(None, term("rdf:type"), term("crpv:ResourceCentre"))
        if isinstance(q.subject, ox.NamedNode)
    }
    named = {
        "territory": "crpv:coversTerritory",
        "seat": "schema:location",
        "legal_form": "crpv:legalForm",
    }
    given = {"website": "foaf:homepage", "founding": "schema:foundingDate"}
    people = {
        "president": {term("role:president")},
        "director": {term("role:director"), term("role:director-general")},
    }
    counts = dict.fromkeys(FIELDS, 0)
    for centre in centres:
        for field, predicate in named.items():
            counts[field] += any(
                has_french_name(store, o) for o in objects(store, centre, predicate)
            )
        for field, predicate in given.items():
            counts[field] += any(True for _ in objects(store, centre, predicate))
        for field, roles in people.items():
            counts[field] += named_holders(store, centre, roles)
    return counts


@pytest.fixture(scope="module")
def rows(real_dataset: LoadedDataset) -> list[CentreCompleteness]:
    return completeness(real_dataset.store)


def test_the_table_prints_what_is_known_and_what_is_not(rows: list[CentreCompleteness]) -> None:
    table = format_completeness(rows)
    print("\n" + "\n".join(table))  # shown with `pytest -s`
    assert len(table) == 3 + len(rows)
    assert any(line.endswith("Profession Banlieue") and "-" not in line for line in table)


def test_the_query_counts_what_the_triples_say(
    rows: list[CentreCompleteness], real_dataset: LoadedDataset
) -> None:
    assert field_counts(rows) == counted_by_hand(real_dataset.store)


def test_the_counts_after_the_third_fact_sheet(rows: list[CentreCompleteness]) -> None:
    # Issue 19's "before" (issue 16's table): 20 centres, territory 18, seat 5, website 6,
    # founding 10, legal form 9, president 3, director 4. Fact sheet part 3 adds the CRPV
    # Lorraine (a 21st centre, with its territory), CR•DSU's Lyon seat and website (2015), the
    # founding years of the CRPVE (2001) and of the Mayotte GIP (2019), their legal forms, Jean-
    # Patrick Gille (Villes au Carré) and the directors of ORIV and of the CRPVE (2013).
    assert len(rows) == 21
    assert field_counts(rows) == {
        "territory": 19,
        "seat": 6,
        "website": 7,
        "founding": 12,
        "legal_form": 10,
        "president": 4,
        "director": 6,
    }


def test_what_the_third_fact_sheet_filled(rows: list[CentreCompleteness]) -> None:
    by_label = {row.label: row for row in rows}
    essonne = by_label["Centre de Ressources Politique de la Ville en Essonne"]
    assert (essonne.founding, essonne.legal_form) == (("2001",), ("association",))
    assert essonne.director == ("Évelyne Bouzzine",)
    assert essonne.seat == essonne.president == ()  # still to be found
    labo = by_label["Labo Cités"]
    assert (labo.seat, labo.website) == (("Lyon",), ("http://www.crdsu.org/",))
    mayotte = by_label["Centre de Ressources Politique de la Ville et Cohésion Sociale"]
    assert mayotte.founding == ("2019-04-11",)
    assert mayotte.seat == ()  # the page gives the place of the signing, not the seat
    assert by_label["Villes au Carré"].president == ("Jean-Patrick Gille",)
    assert (
        "Murielle Maffessoli"
        in by_label["Observatoire régional de l'intégration et de la ville"].director
    )
