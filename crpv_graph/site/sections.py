"""The sections an organisation's, a person's or an event's page adds to its statements: people
and roles over time, events taken part in (with the role), successions and renamings, partners,
and what the graph does not know about a centre.

Each is read once for the whole graph through the project's named queries (``leadership``,
``successions``, ``centres``, the network's ``participation`` and ``partnership`` projection,
the site's ``pages-memberships``) and grouped by resource here, so that a page only looks its
rows up.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from crpv_graph.namespaces import ID
from crpv_graph.network.projections import projections_dir
from crpv_graph.query import Target, load_queries, text_rows
from crpv_graph.site.facts import site_query

# networkx only names the projection's type here.
if TYPE_CHECKING:
    import networkx as nx

#: The fields a centre's page says are missing ("non renseigné"), in the order shown:
#: the facts of the ``centres`` query, and the two roles the ``leadership`` query names.
CENTRE_FACTS = ("territory", "seat", "website", "founded", "legal form")
CENTRE_ROLES = {"president": str(ID["role/president"]), "director": str(ID["role/director"])}


@dataclass
class Sections:
    """Rows of the named queries grouped by the resource whose page shows them."""

    #: organisation or member IRI -> membership rows (both sides index the same rows)
    memberships: dict[str, list[dict[str, str]]] = field(default_factory=lambda: defaultdict(list))
    #: agent or event IRI -> participation rows
    participations: dict[str, list[dict[str, str]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    #: body IRI -> succession rows it is part of (before or after)
    changes: dict[str, list[dict[str, str]]] = field(default_factory=lambda: defaultdict(list))
    #: body IRI -> partner IRI -> sources and years of the partnership
    partners: dict[str, dict[str, dict[str, list[str]]]] = field(
        default_factory=lambda: defaultdict(dict)
    )
    #: centre IRI -> field -> values with their sources
    centre_facts: dict[str, dict[str, list[dict[str, str]]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(list))
    )


def read_sections(target: Target, partnership: nx.Graph[str]) -> Sections:
    """Run each section's query once over the whole graph and group the rows; partners come
    from the ``partnership`` projection the site has already built for its network page."""
    sections = Sections()
    for row in text_rows(target, site_query("pages-memberships")):
        sections.memberships[row["organization"]].append(row)
        sections.memberships[row["member"]].append(row)
    participation = load_queries(projections_dir())["participation"]
    for row in text_rows(target, participation):
        sections.participations[row["agent"]].append(row)
        sections.participations[row["event"]].append(row)
    for row in text_rows(target, load_queries()["successions"]):
        sections.changes[row["original"]].append(row)
        if row["resulting"] != row["original"]:
            sections.changes[row["resulting"]].append(row)
    for a, b, data in partnership.edges(data=True):
        link = {"sources": list(data["sources"]), "years": [str(y) for y in data["years"]]}
        sections.partners[a][b] = link
        sections.partners[b][a] = link
    for row in text_rows(target, load_queries()["centres"]):
        if row["fact"] in CENTRE_FACTS:
            sections.centre_facts[row["centre"]][row["fact"]].append(row)
    for row in text_rows(target, load_queries()["leadership"]):
        for name, role in CENTRE_ROLES.items():
            # A named person only, as the completeness table counts (gaps.py): an office the
            # sources attest without its holder leaves the gap open.
            if row["role"] == role and row["person"]:
                sections.centre_facts[row["centre"]][name].append(
                    {
                        "value": row["person"],
                        "valueLabel": row["name"],
                        "source": row["source"],
                    }
                )
    return sections
