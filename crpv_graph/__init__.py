"""crpv-graph: the knowledge graph of France's *centres de ressources politique de la ville*.

The library is what the command line, the server, the tests and the notebooks share, one
subpackage per concern:

- :mod:`crpv_graph.store`: the sources loaded into an embedded Oxigraph store, the inference
  rules, validation, the compiled dataset, publishing to a triple store;
- :mod:`crpv_graph.query`: the named queries, parameters, running SPARQL here or on an endpoint,
  result formats, labels, tables and DataFrames;
- :mod:`crpv_graph.network`: networkx projections, their metrics, pages and files;
- :mod:`crpv_graph.serve`: the SPARQL endpoint and its guard;
- :mod:`crpv_graph.ingest`: drafting a source file from a French article.

:func:`find` (from :mod:`crpv_graph.query.find`) finds entities by name, for notebooks.
"""

__version__ = "0.1.0"

# After __version__: the modules this imports read it from here.
from crpv_graph.query.find import Match, find

__all__ = ["Match", "__version__", "find"]
