"""Pieces of French that the ingest's patterns share: written once, so that a form added here
("de l'" with a typographic apostrophe) is read the same way by every rule.

>>> import re
>>> [bool(re.fullmatch(OF, form)) for form in ("de la", "de l’", "du", "des", "d'", "à la")]
[True, True, True, True, True, False]
>>> [ITEM_OPENS.match(line).end() for line in ("- CGET ;", "➡️ un siège", "► Zepros", "ANRU")]
[2, 3, 2, 0]
"""

from __future__ import annotations

import re

OF = r"(?:de\s+la|de\s+l['’]|du|des|de|d['’])"
"""The preposition "de" and its forms with an article: "de la", "de l'", "du", "des", "d'"."""

AT_OF = r"(?:à\s+la|à\s+l['’]|au|aux|" + OF + ")"
"""The prepositions before a body's name that a title or a post links it by: "à la", "à l'",
"au", "aux" and those of :data:`OF` ("directeur à l'ANCT", "présidente de RésO Villes"); not a
bare "à", which names a place ("à Paris")."""

SENTENCE_END = re.compile(r"(?<!\bM)(?<!\bMM)[.!?](?=\s)|\n")
"""Where a sentence ends: after . ! ? or at a line break, not after "M." or "MM." (monsieur,
messieurs) before a name ("deux préfets, M. Paul Bon et M. Jean Cat.")."""

CIVILITY = r"(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame)"
"""A civility before a name, which is not part of it: "il succède à M. Emmanuel Aubry",
"Présidence de séance : Mme Milouda Ala"."""

# The dash or bullet that opens an item of a list, and the opening of a line up to its item:
# "- ", "• ", or nothing. Posts and newsletters bullet with arrows, ticks and squares ("► ",
# "➡️ ", "✅ "), an emoji's variation selector after them.
ITEM_MARK = "(?:[-–—•*►▶▸➡→✓✔✅👉■▪◆]\ufe0f?)"
ITEM_OPENS = re.compile(r"[ \t]*(?:" + ITEM_MARK + r"[ \t]*)?")
# The opening of a line up to where an item's name starts: "- " after a line break.
ENTRY_OPENS = re.compile(r"(?:^|\n)" + ITEM_OPENS.pattern + "$")
# A section's number or letter and its mark before its title: "1. ", "II - ", "b) ", "A. ".
SECTION_NUMBER = r"(?:\d{1,2}|[IVX]{1,4}|[A-Za-z])[ \t]*[.)–—-][ \t]*"

ALSO = r"(?:aussi|également|désormais|alors)"
"""The adverbs that may stand between a verb and the office or body it gives: "est aussi
président de", "en est désormais la directrice", "préside également Y", "était alors maire"."""

TAKING = (
    r"(?:(?:prend\w*|pris|reprend\w*|repris|assur\w*)\s+la\s+"
    r"|(?:été\s+)?(?:nommé|élu|désigné|appelé)e?s?"
    r"(?:\s+(?:le|en)\s+(?:\d{1,2}(?:er)?\s+|[^\W\d_]+\s+){0,2}(?:19|20)\d{2})?\s+à\s+la\s+)"
)
"""The taking of an office before its noun: "a pris la direction de", "assure la présidence
du", "reprend la présidence de l'", "a été nommée à la direction de", "élu à la présidence de",
"a été élu le 4 octobre 2017 à la présidence de" (the year one was, between)."""

POSSESSIVE = re.compile(r"(?:Mon|Ma|Mes|Ton|Ta|Tes|Son|Sa|Ses|Notre|Nos|Votre|Vos|Leurs?)\b")
"""A possessive determiner opening capitalised words ("Notre Équipe", "Nos Partenaires"): a
page's heading, as no proper name opens with one."""
