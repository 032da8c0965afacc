"""The words of the network pages in the reader's language: kinds, relations and roles.

The ontology names classes, properties and roles in French and English: a kind of node that
stands for a class (a centre is a ``crpv:ResourceCentre``) and a relation or role the
projections write with its English label ("animates the network", "chief of staff") are shown
with the ontology's label in the reader's language (``queries/vocabulary.rq``). The words that
no class, property or role holds (a "partner", "took part in the same event", the roles at an
event) come from the ``network`` catalog.

>>> word("animates the network", "fr"), word("chief of staff", "fr")
('anime le réseau', 'directeur·rice de cabinet')
>>> word("partner", "fr"), word("took part in the same event", "fr"), word("hosting", "en")
('partenaire', 'ont participé au même événement', 'hosting')
>>> word("governance seat (president)", "fr")
'siège dans une instance (président·e)'
"""

from __future__ import annotations

import functools
import re

import pyoxigraph as ox

from crpv_graph.i18n import gettext
from crpv_graph.i18n.shared import N_
from crpv_graph.network.projections import projections_dir
from crpv_graph.paths import default_ontology_dir
from crpv_graph.query import execute, load_queries, term_text, with_value_rows

#: Kinds of node and relations no class or property of the ontology names (see projections.py),
#: and the roles at an event (the ontology's ``crpv:participationRole`` values, which have no
#: label): the catalog translates them.
CATALOG_WORDS = (
    N_("state service"),
    N_("partner"),
    N_("person"),
    N_("event"),
    N_("partnership offer"),
    N_("labelling"),
    N_("governance seat"),
    N_("co-organising"),
    N_("hosting"),
    N_("unit of"),
    N_("took part in the same event"),
    N_("organiser"),
    N_("participant"),
    N_("host"),
    N_("facilitator"),
    N_("speaker"),
    N_("opener"),
    N_("inviter"),
    N_("presenter"),
)

# "governance seat (chief of staff)": a relation with its detail, each translated.
_DETAILED = re.compile(r"(?P<relation>.+) \((?P<detail>[^()]+)\)")


@functools.cache
def _ontology() -> ox.Store:
    store = ox.Store()
    for name in ("crpv.ttl", "concepts.ttl"):
        store.load(path=str(default_ontology_dir() / name), format=ox.RdfFormat.TURTLE)
    return store


@functools.cache
def ontology_words(lang: str) -> dict[str, str]:
    """The ontology's label in ``lang`` of each kind and English label (the first in order)."""
    text = load_queries(projections_dir())["vocabulary"].text
    result = execute(
        _ontology(), with_value_rows(text, [ox.Variable("lang")], [[ox.Literal(lang)]])
    )
    assert isinstance(result, ox.QuerySolutions)
    words: dict[str, str] = {}
    for solution in result:
        words.setdefault(term_text(solution["key"]), term_text(solution["label"]))
    return words


def word(text: str, lang: str) -> str:
    """``text`` (a kind, relation or role as the projections write it) in ``lang``."""
    detailed = _DETAILED.fullmatch(text)
    if detailed and text not in ontology_words(lang):
        return f"{word(detailed['relation'], lang)} ({word(detailed['detail'], lang)})"
    return ontology_words(lang).get(text) or gettext(lang)(text)
