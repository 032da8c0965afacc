"""The tests, laid out as the package is: ``tests/X/test_Y.py`` tests ``crpv_graph/X/Y.py``."""
