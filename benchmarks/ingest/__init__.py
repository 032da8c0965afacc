"""The ingest's evaluation on the gold standard (``make bench-ingest``)."""
