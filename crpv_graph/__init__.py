"""crpv-graph: the knowledge graph of France's *centres de ressources politique de la ville*.

The library is what the command line, the tests and the notebooks share:

- :mod:`crpv_graph.dataset` loads the ontology and the per-source TriG files into an embedded
  Oxigraph store and applies the inference rules;
- :mod:`crpv_graph.validate` checks parse errors, provenance and SHACL shapes;
- :mod:`crpv_graph.sparql` reads the named queries and runs SPARQL with bound parameters;
- :mod:`crpv_graph.build` writes the compiled dataset and its VoID/DCAT description;
- :mod:`crpv_graph.stats` counts what the graph holds.
"""

__version__ = "0.1.0"
