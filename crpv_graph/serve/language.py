"""Which language a server page speaks: French unless the reader asks for English.

The rule (README, "The served endpoint"): ``?lang=en`` or ``?lang=fr`` in the URL wins; else the
browser's ``Accept-Language`` decides between the two, French on a tie, for a language the
project does not speak, or with no header. A page reached with ``?lang=`` keeps it in its own
links, so a reader who chose a language keeps it from page to page.

>>> from starlette.requests import Request
>>> def asked(query: str = "", accept: str = "") -> str:
...     headers = [(b"accept-language", accept.encode())] if accept else []
...     scope = {"type": "http", "query_string": query.encode(), "headers": headers}
...     return request_language(Request(scope))
>>> asked(), asked(accept="en-GB,en;q=0.9"), asked("lang=fr", "en"), asked(accept="de, en;q=0.5")
('fr', 'en', 'fr', 'en')
"""

from __future__ import annotations

import urllib.parse
from typing import Any

from starlette.requests import Request
from werkzeug.datastructures import LanguageAccept
from werkzeug.http import parse_accept_header

from crpv_graph.i18n import DEFAULT_LANGUAGE, LANGUAGES, language_name

#: The URL parameter that chooses the language (never a named query's parameter).
LANG_PARAM = "lang"


def request_language(request: Request) -> str:
    """The language of the page answering ``request`` (see the module docstring)."""
    asked = request.query_params.get(LANG_PARAM, "")
    if asked in LANGUAGES:
        return asked
    accepted = parse_accept_header(request.headers.get("accept-language", ""), LanguageAccept)
    best: str = accepted.best_match(LANGUAGES, default=DEFAULT_LANGUAGE)
    return best


def page_language(request: Request) -> dict[str, Any]:
    """What every page's template needs of its language (a Jinja2 context processor):
    ``keep_lang``, the query string that keeps a chosen language in links (``?lang=en``, or
    nothing when the browser's preference decided), and ``languages``, a link to this page in
    each other language."""
    lang = request_language(request)
    chosen = LANG_PARAM in request.query_params and request.query_params[LANG_PARAM] == lang
    others = []
    for other in LANGUAGES:
        if other != lang:
            params = [(k, v) for k, v in request.query_params.multi_items() if k != LANG_PARAM]
            query = urllib.parse.urlencode([*params, (LANG_PARAM, other)])
            others.append({"code": other, "name": language_name(other), "href": f"?{query}"})
    return {"keep_lang": f"?{LANG_PARAM}={lang}" if chosen else "", "languages": others}
