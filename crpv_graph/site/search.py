"""The site's search: one document per page for MiniSearch, written as a script.

Search runs in the reader's browser, with no server: ``assets/search-index.js`` defines a global
holding every document (a script, not a JSON file fetched, since browsers refuse ``fetch`` from
``file://``), and ``assets/search.js`` builds the MiniSearch index from it. Each document has
the resource's display label, every other name the sources give it (acronyms, former names), its
kind and, for a centre, its territory, so that "cget", "reso villes" or a region's name find it.
"""

from __future__ import annotations

import json

from crpv_graph.namespaces import CRPV
from crpv_graph.query.find import RANKS
from crpv_graph.site.addresses import page_path
from crpv_graph.site.facts import Facts

COVERS = str(CRPV.coversTerritory)
#: The global the index script defines (read by ``static/search.js``).
GLOBAL = "CRPV_SEARCH"


def documents(facts: Facts, source_kind: str) -> list[dict[str, str | float]]:
    """One search document per entity page and per source page (of kind ``source_kind``, the
    reader's word for a source), in a stable order."""
    docs: list[dict[str, str | float]] = []
    for iri in facts.entities:
        label = facts.label(iri)
        names = [name for name in facts.names(iri) if name != label]
        places = [facts.label(value.text) for value in facts.values(iri, COVERS)]
        docs.append(
            {
                "id": iri,
                "label": label,
                "names": " · ".join(names),
                "kind": facts.kind(iri),
                "region": " · ".join(places),
                "href": page_path(iri) or "",
                "rank": next((rank for cls, rank in RANKS if facts.is_a(iri, cls)), 1.0),
            }
        )
    for source in sorted(facts.sources.values(), key=lambda s: s.url):
        if source.slug:
            docs.append(
                {
                    "id": source.url,
                    "label": source.title,
                    "names": source.publisher,
                    "kind": source_kind,
                    "region": "",
                    "href": f"source/{source.slug}/",
                    "rank": 0.5,
                }
            )
    return docs


def index_script(docs: list[dict[str, str | float]], messages: dict[str, str]) -> bytes:
    """The script defining the documents and the messages the search box shows.

    JSON is valid JavaScript; the script is a file of its own, never inlined in HTML, so no
    label can close a ``<script>`` element.

    >>> index_script([], {"none": "Aucun résultat"}).decode().strip()
    'window.CRPV_SEARCH = {"documents": [], "messages": {"none": "Aucun résultat"}};'
    """
    payload = {"documents": docs, "messages": messages}
    text = json.dumps(payload, ensure_ascii=False, sort_keys=False, separators=(", ", ": "))
    return f"window.{GLOBAL} = {text};\n".encode()
