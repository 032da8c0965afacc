"""``python -m crpv_graph``: the command line, as ``crpv-graph``."""

from crpv_graph.cli import main

main(prog_name="crpv-graph")
