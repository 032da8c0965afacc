"""Tests of :mod:`crpv_graph.ingest`."""
