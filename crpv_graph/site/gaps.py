"""What the graph does not know about each resource centre: the completeness table.

Curators look for the facts a centre's page should show (territory, seat, website, founding
date, legal form, president, director); a gap is what to look for next in the sources. The named
query ``completeness`` is the one place that says where each fact lives in the graph, so that
the site's table, researchers (``crpv-graph query completeness``) and ``stats`` count the same.

>>> from crpv_graph.store.dataset import load
>>> rows = completeness(load().store)
>>> len(rows), field_counts(rows)["territory"]
(21, 19)
>>> [row.seat for row in rows if row.label == "Profession Banlieue"]
[('Saint-Denis',)]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from crpv_graph.query import Target, resolve_query, text_rows

#: The facts of the table, in its order: each a field of :class:`CentreCompleteness`.
FIELDS = ("territory", "seat", "website", "founding", "legal_form", "president", "director")
#: The column of the named query that holds each field.
_COLUMNS = {
    "territory": "territories",
    "seat": "seats",
    "website": "websites",
    "founding": "foundingDates",
    "legal_form": "legalForms",
    "president": "presidents",
    "director": "directors",
}
#: How the named query joins several values of a field (sources may disagree).
SEPARATOR = " ; "


@dataclass(frozen=True)
class CentreCompleteness:
    """One resource centre and the values the sources give for each field (empty: a gap)."""

    iri: str
    label: str
    territory: tuple[str, ...]
    seat: tuple[str, ...]
    website: tuple[str, ...]
    founding: tuple[str, ...]
    legal_form: tuple[str, ...]
    president: tuple[str, ...]
    director: tuple[str, ...]

    def values(self, field: str) -> tuple[str, ...]:
        """The values of ``field`` (one of :data:`FIELDS`), sorted; empty when unknown.

        >>> CentreCompleteness("x", "X", ("A",), (), (), (), (), (), ()).values("seat")
        ()
        """
        if field not in FIELDS:
            raise ValueError(f"unknown field {field!r}; one of {', '.join(FIELDS)}")
        value: tuple[str, ...] = getattr(self, field)
        return value

    @property
    def known(self) -> int:
        """How many of the fields the sources fill."""
        return sum(1 for field in FIELDS if self.values(field))


def completeness(target: Target) -> list[CentreCompleteness]:
    """Every resource centre with what the sources say of each field, by label."""
    return [
        CentreCompleteness(
            row["centre"],
            row["centreLabel"],
            *(_split(row[_COLUMNS[field]]) for field in FIELDS),
        )
        for row in text_rows(target, resolve_query("completeness"))
    ]


def field_counts(rows: Sequence[CentreCompleteness]) -> dict[str, int]:
    """For each field, how many centres have at least one value ("18 sur 20").

    >>> field_counts([CentreCompleteness("x", "X", ("A",), (), (), (), (), (), ())])["territory"]
    1
    """
    return {field: sum(1 for row in rows if row.values(field)) for field in FIELDS}


def _split(joined: str) -> tuple[str, ...]:
    """The values a ``GROUP_CONCAT`` joined, in a stable order (the engine's order is not)."""
    return tuple(sorted(value for value in joined.split(SEPARATOR) if value))
