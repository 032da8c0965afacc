"""The data dictionary: every class and property the data uses, what it means in French and
English, how the data uses it, an example query for each class, and how the union of the
sources and the inferred graph change the counts.

Generated, never written by hand: :func:`read_dictionary` reads it from a compiled dataset and
the shapes; :func:`markdown` writes ``docs/data-dictionary.md`` (``crpv-graph dictionary``), and
:func:`page` the HTML that ``serve`` (``/dictionary``) and the site (``dictionnaire/``) show.
"""

from crpv_graph.dictionary.model import Dictionary, read_dictionary

__all__ = ["Dictionary", "read_dictionary"]
