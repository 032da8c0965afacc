"""The served SPARQL endpoint (``crpv-graph serve``): see :mod:`crpv_graph.server.app`."""

from crpv_graph.server.app import ServerSettings, create_app

__all__ = ["ServerSettings", "create_app"]
