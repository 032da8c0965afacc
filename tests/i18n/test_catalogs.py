"""The catalogs are complete: every message the code or a template shows has its French, and
the catalogs hold nothing the code no longer says."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from crpv_graph.i18n import DOMAINS, LANGUAGES, locale_dir

PACKAGE = Path(__file__).resolve().parents[2] / "crpv_graph"
METHODS = [("**.py", "python"), ("**/templates/**.html", "jinja2")]
OPTIONS = {"**/templates/**.html": {"extensions": "jinja2.ext.i18n"}}


def _package(domain: str) -> Path:
    return PACKAGE / ("i18n" if domain == "common" else domain)


def _extracted(domain: str) -> set[str]:
    directory = _package(domain)
    if not directory.is_dir():
        return set()
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(directory), METHODS, OPTIONS
    ):
        found.add(message if isinstance(message, str) else message[0])
    return found


def _catalog(lang: str, domain: str) -> dict[str, object]:
    """The catalog's messages; an entry babel cannot read (a msgid with no msgstr, as a merge
    can leave) fails the test instead of being dropped with a warning."""
    with (locale_dir() / lang / "LC_MESSAGES" / f"{domain}.po").open("rb") as handle:
        catalog = read_po(handle, locale=lang, abort_invalid=True)
    return {m.id if isinstance(m.id, str) else m.id[0]: m for m in catalog if m.id}


@pytest.mark.parametrize("domain", DOMAINS)
def test_every_message_shown_has_its_french(domain: str) -> None:
    catalog = _catalog("fr", domain)
    missing = sorted(_extracted(domain) - set(catalog))
    assert not missing, f"run `make messages`; not in fr/{domain}.po: {missing}"
    untranslated = sorted(
        message_id
        for message_id, message in catalog.items()
        if not message.string or getattr(message, "fuzzy", False)  # type: ignore[attr-defined]
    )
    assert not untranslated, f"fr/{domain}.po has no French for {untranslated}"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("domain", DOMAINS)
def test_catalogs_hold_only_what_the_code_says(lang: str, domain: str) -> None:
    stale = sorted(set(_catalog(lang, domain)) - _extracted(domain))
    assert not stale, f"run `make messages`; {lang}/{domain}.po has messages no code shows: {stale}"
