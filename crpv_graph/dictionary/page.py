"""The dictionary as HTML, in the reader's language: the content of ``/dictionary`` on ``serve``
and of the site's ``dictionnaire/`` page, which each put it in their own page around it.

Rendered by a Jinja2 environment of its own (``templates/dictionary.html``, messages of the
``dictionary`` catalog), escaped like every page: the labels, comments and query texts come from
the data.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import jinja2
from markupsafe import Markup

from crpv_graph.dictionary import text
from crpv_graph.dictionary.model import Dictionary
from crpv_graph.i18n import environment, format_number, gettext


def page(
    dictionary: Dictionary, lang: str, query_href: Callable[[str], str] | None = None
) -> Markup:
    """The dictionary's content in ``lang``; ``query_href`` gives the link that runs an example
    query's text (none: the examples are shown, not linked)."""
    d, _ = dictionary, gettext(lang)
    w = d.worked
    n = functools.partial(format_number, lang=lang)
    described = sum(x.statements for x in d.derived if x.describes_rules)
    prose = {
        "intro": _(text.INTRO) % {"classes": n(len(d.classes)), "properties": n(len(d.properties))},
        "union": _(text.UNION)
        % {"stated": n(d.stated), "statements": n(d.statements), "inferred": n(d.inferred)},
        "rules": _(text.RULES),
        "described": _(text.RULES_DESCRIBED) % {"statements": n(described)},
    }
    if w is not None:
        numbers = {"centre": w.centre_label, "meetings": n(w.meetings), "events": n(w.top_level)}
        prose.update(question=_(text.WORKED_QUESTION) % numbers, why=_(text.WORKED_WHY))
    template = _environment(lang).get_template("dictionary.html")
    return Markup(template.render(d=d, prose=prose, title=_(text.TITLE), query_href=query_href))


@functools.cache
def _environment(lang: str) -> jinja2.Environment:
    return environment(jinja2.PackageLoader("crpv_graph.dictionary", "templates"), lang)
