"""Tests of :mod:`crpv_graph.query`."""
