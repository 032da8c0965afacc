"""The network as a static website, in French first: a page for every entity and source.

Pages mirror the IRIs they describe (:func:`page_path`), so that the site can be hosted where
``https://w3id.org/crpv/`` redirects and every IRI of the graph leads to its page.
"""

from crpv_graph.site.addresses import page_path, relative_href

__all__ = ["page_path", "relative_href"]
