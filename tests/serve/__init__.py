"""Tests of :mod:`crpv_graph.serve`."""
