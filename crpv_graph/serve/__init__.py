"""The served SPARQL endpoint (``crpv-graph serve``): see :mod:`crpv_graph.serve.app`."""

from crpv_graph.serve.app import ServerSettings, create_app

__all__ = ["ServerSettings", "create_app"]
