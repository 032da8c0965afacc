"""The site's data dictionary page: in the menu of every page, and written with the site."""

from __future__ import annotations

from pathlib import Path


def test_the_site_has_a_dictionary_page_in_its_menu(real_site: Path) -> None:
    page = (real_site / "dictionnaire" / "index.html").read_text(encoding="utf-8")
    assert "<h1>Dictionnaire des données</h1>" in page
    assert 'id="crpv-NationalMeeting"' in page and "crpv:tookPartIn" in page
    assert (
        'href="../dictionnaire/index.html" aria-current="page">Dictionnaire des données</a>' in page
    )
    assert "Content-Security-Policy" in page and "../assets/site.css" in page
    home = (real_site / "index.html").read_text(encoding="utf-8")
    assert 'href="dictionnaire/index.html"' in home
    centre = (real_site / "id" / "organization" / "irev" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../../dictionnaire/index.html"' in centre
