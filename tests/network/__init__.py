"""Tests of :mod:`crpv_graph.network`."""
