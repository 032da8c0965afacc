"""French first: the words people read, through gettext catalogs (Babel) and Jinja2's i18n.

Every string a page or a command shows is written in English in the code and templates (the
gettext convention: the message id) and translated by the catalog of the reader's language.
French is the default; English is the message id itself, so its catalog only exists to be
complete. Catalogs are ``locale/<lang>/LC_MESSAGES/<domain>.po``, one domain per concern (``site``,
``network``, ``serve``, ``dictionary``, ``common``) so that each part owns its file; they are
compiled in memory when first used (no generated ``.mo`` in the repository) and merged into one
:class:`babel.support.Translations` per language.

``make messages`` re-extracts the message ids (``pybabel extract``, see ``babel.cfg``) and merges
them into the catalogs; ``tests/i18n`` fails when a message shown on a page has no French.

Dates are written the French way at the precision the source gives, never more:

>>> format_date("2018-06-14"), format_date("2018-06"), format_date("2018")
('14 juin 2018', 'juin 2018', '2018')
>>> format_date("2018-06-14", "en")
'June 14, 2018'
>>> translations("fr").gettext("Search")
'Rechercher'
"""

from __future__ import annotations

import datetime
import functools
import io
import re
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import jinja2
from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import Translations

from crpv_graph.errors import CrpvError

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
DOMAINS = ("common", "dictionary", "network", "serve", "site")

_PARTIAL_DATE = re.compile(r"(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class UnknownLanguage(CrpvError, ValueError):
    """A language the project has no catalog for."""


def locale_dir() -> Path:
    """The directory of the catalogs (``<lang>/LC_MESSAGES/<domain>.po``)."""
    return Path(str(resources.files("crpv_graph.i18n") / "locale"))


def check_language(lang: str) -> str:
    """``lang`` if the project speaks it, else :class:`UnknownLanguage` naming the ones it does."""
    if lang not in LANGUAGES:
        raise UnknownLanguage(f"unknown language {lang!r}: choose one of {', '.join(LANGUAGES)}")
    return lang


@functools.cache
def translations(lang: str = DEFAULT_LANGUAGE) -> Translations:
    """Every domain's catalog for ``lang``, compiled in memory and merged into one.

    Fuzzy entries are left out, as ``msgfmt`` does: a guess is not a translation.
    """
    check_language(lang)
    merged = Translations()
    for domain in DOMAINS:
        path = locale_dir() / lang / "LC_MESSAGES" / f"{domain}.po"
        if not path.exists():
            continue
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=lang, domain=domain)
        compiled = io.BytesIO()
        write_mo(compiled, catalog, use_fuzzy=False)
        compiled.seek(0)
        merged.merge(Translations(compiled, domain=domain))
    return merged


def gettext(lang: str = DEFAULT_LANGUAGE) -> Callable[[str], str]:
    """The ``_`` function of ``lang``, for Python code that shows text.

    >>> _ = gettext("fr")
    >>> _("No results")
    'Aucun résultat'
    """
    return translations(lang).gettext


def format_date(value: str | datetime.date, lang: str = DEFAULT_LANGUAGE) -> str:
    """A date as a reader writes it, at the precision of ``value`` (``YYYY``, ``YYYY-MM`` or
    ``YYYY-MM-DD``, as ``xsd:gYear``, ``xsd:gYearMonth`` and ``xsd:date`` write them; a time or
    a time zone after the date is dropped). Text that is no date comes back as it is.

    >>> format_date("2021-04-01T00:00:00Z"), format_date("1 avril"), format_date("2022-02", "en")
    ('1 avril 2021', '1 avril', 'February 2022')
    """
    if isinstance(value, datetime.date):
        return babel_format_date(value, format="long", locale=check_language(lang))
    match = _PARTIAL_DATE.match(value.strip())
    if not match or int(match.group(1)) < 1:
        return value
    year, month, day = match.groups()
    try:
        if day:
            when = datetime.date(int(year), int(month), int(day))
            return babel_format_date(when, format="long", locale=check_language(lang))
        if month:
            when = datetime.date(int(year), int(month), 1)
            return babel_format_date(when, format="LLLL y", locale=check_language(lang))
    except ValueError:
        return value
    return year


def format_number(value: int | float, lang: str = DEFAULT_LANGUAGE) -> str:
    """A number with the language's separators (a narrow no-break space in French).

    >>> format_number(12345, "en")
    '12,345'
    """
    return format_decimal(value, locale=check_language(lang))


def language_name(lang: str) -> str:
    """The language's name in itself, for a language switch.

    >>> language_name("fr"), language_name("en")
    ('français', 'English')
    """
    return str(Locale.parse(check_language(lang)).get_display_name(lang))


def environment(loader: jinja2.BaseLoader, lang: str = DEFAULT_LANGUAGE) -> jinja2.Environment:
    """A Jinja2 environment that escapes everything, fails on an undefined name, and speaks
    ``lang``: ``{% trans %}``, ``_()``, and the filters ``date`` and ``number``.

    >>> env = environment(jinja2.DictLoader({"t": "{{ _('Search') }} {{ '2018-06' | date }}"}))
    >>> env.get_template("t").render()
    'Rechercher juin 2018'
    """
    env = jinja2.Environment(
        loader=loader,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        keep_trailing_newline=True,
    )
    env.install_gettext_translations(translations(lang), newstyle=True)  # type: ignore[attr-defined]
    env.filters["date"] = functools.partial(format_date, lang=lang)
    env.filters["number"] = functools.partial(format_number, lang=lang)
    env.globals["lang"] = lang
    return env
