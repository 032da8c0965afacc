"""Tests of :mod:`crpv_graph.store`."""
