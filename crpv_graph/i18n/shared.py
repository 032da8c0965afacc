"""Messages that several parts show (the site, the network pages, the server's pages): written
once here, in the ``common`` catalog, so that they read the same everywhere.

``N_`` marks a message for extraction (``make messages``) without translating it: the page
translates it when it renders, in the reader's language.
"""

from __future__ import annotations


def N_(message: str) -> str:
    """Mark ``message`` for the catalogs; return it unchanged."""
    return message


SEARCH = N_("Search")
NO_RESULTS = N_("No results")
