"""IRIs of the project itself: its base, its named graphs and its namespaces.

The vocabulary's terms live in ``ontology/``; this module only names the namespaces so that
Python code can build IRIs without spelling them out.

>>> str(GRAPH_SOURCES)
'https://w3id.org/crpv/graph/sources'
>>> str(ID["organization/irev"])
'https://w3id.org/crpv/id/organization/irev'
"""

from __future__ import annotations

from rdflib import Namespace, URIRef

BASE = "https://w3id.org/crpv/"

CRPV = Namespace(BASE + "ontology#")
ID = Namespace(BASE + "id/")
GRAPH = Namespace(BASE + "graph/")
RULE = Namespace(BASE + "rule/")

#: Metadata graph: one description per source document.
GRAPH_SOURCES = URIRef(GRAPH["sources"])
#: Graph of the facts derived at build time by the rules in ``crpv_graph/store/rules``.
GRAPH_INFERRED = URIRef(GRAPH["inferred"])
#: Graph holding the ontology, the SKOS schemes and the SHACL shapes.
GRAPH_ONTOLOGY = URIRef(GRAPH["ontology"])
#: Where a published dataset keeps its default graph: the union of all its graphs, each triple
#: once. Stores hold it under this name because a store's own default graph cannot be relied on
#: (Virtuoso has none, others merge every graph they hold); queries name it as the default graph
#: (``default-graph-uri``), and ``serve`` reads the name as its default graph.
GRAPH_UNION = URIRef(GRAPH["union"])
#: Kept by ``push`` on a store: every graph the dataset has there (``dcterms:hasPart``).
GRAPH_PUBLICATION = URIRef(GRAPH["publication"])
#: The dataset itself, as described by VoID/DCAT.
DATASET_IRI = URIRef(BASE + "dataset")

#: Graphs that are not the graph of a source document.
PROJECT_GRAPHS = frozenset({GRAPH_SOURCES, GRAPH_INFERRED, GRAPH_ONTOLOGY})

#: Prefixes offered to every query and used when serialising.
PREFIXES: dict[str, str] = {
    "crpv": str(CRPV),
    "crpvg": str(GRAPH),
    "o": BASE + "id/organization/",
    "p": BASE + "id/person/",
    "ev": BASE + "id/event/",
    "m": BASE + "id/membership/",
    "pl": BASE + "id/place/",
    "reg": BASE + "id/region/",
    "dep": BASE + "id/departement/",
    "chg": BASE + "id/change/",
    "w": BASE + "id/work/",
    "collab": BASE + "id/collaboration/",
    "prop": BASE + "id/proposal/",
    "obs": BASE + "id/observation/",
    "role": BASE + "id/role/",
    "theme": BASE + "id/theme/",
    "form": BASE + "id/legal-form/",
    "purpose": BASE + "id/purpose/",
    "office": BASE + "id/office/",
    "grp": BASE + "id/group/",
    "org": "http://www.w3.org/ns/org#",
    "time": "http://www.w3.org/2006/time#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "schema": "https://schema.org/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "void": "http://rdfs.org/ns/void#",
    "dcat": "http://www.w3.org/ns/dcat#",
    "sh": "http://www.w3.org/ns/shacl#",
}


def sparql_prologue() -> str:
    """The ``PREFIX`` lines for :data:`PREFIXES`, to prepend to a query text.

    >>> sparql_prologue().splitlines()[0]
    'PREFIX crpv: <https://w3id.org/crpv/ontology#>'
    """
    return "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items())
