"""The served SPARQL endpoint (``crpv-graph serve``): see :mod:`crpv_graph.serve.app`."""

from crpv_graph.serve.app import create_app
from crpv_graph.serve.context import ServerSettings

__all__ = ["ServerSettings", "create_app"]
