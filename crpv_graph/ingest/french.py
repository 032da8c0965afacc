"""Pieces of French that the ingest's patterns share: written once, so that a form added here
("de l'" with a typographic apostrophe) is read the same way by every rule.

>>> import re
>>> [bool(re.fullmatch(OF, form)) for form in ("de la", "de l’", "du", "des", "d'", "à la")]
[True, True, True, True, True, False]
"""

from __future__ import annotations

OF = r"(?:de\s+la|de\s+l['’]|du|des|de|d['’])"
"""The preposition "de" and its forms with an article: "de la", "de l'", "du", "des", "d'"."""
