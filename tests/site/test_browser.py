"""The site in Chromium, opened from disk with the network cut: search, hostile labels, phones,
accessibility."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from crpv_graph.site.build import build_site
from crpv_graph.store import compiled
from tests.helpers import CHECKOUT, FIXTURE_DATA, Watched

AXE = CHECKOUT / "tests" / "vendor" / "axe-core" / "axe.min.js"
HOSTILE = "<img src=x onerror=alert(1)> ' </script><script>alert(2)</script>"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Jallet", "Sébastien Jallet"),
        ("reso villes", "RésO Villes"),
        ("Profession Banlieue", "Profession Banlieue"),
        ("ANCT", "Agence nationale de la cohésion des territoires"),
        ("cget", "Commissariat général à l'égalité des territoires"),
    ],
)
def test_search_finds_people_and_bodies_by_part_of_a_name_acronym_or_without_accents(
    real_site: Path, offline_page: Watched, query: str, expected: str
) -> None:
    page = offline_page.page
    page.goto((real_site / "index.html").as_uri())
    page.fill("#search-input", query)
    results = page.locator("#search-results a")
    results.first.wait_for()
    labels = results.all_inner_texts()
    assert any(label.startswith(expected) for label in labels[:5]), labels[:5]
    if query.isupper() or query == "cget":  # an acronym: the body it names comes first
        assert labels[0].startswith(expected), labels[:5]
    assert offline_page.errors == []
    assert all(url.startswith("file:") for url in offline_page.requests)


def test_search_says_when_nothing_matches(real_site: Path, offline_page: Watched) -> None:
    page = offline_page.page
    page.goto((real_site / "id" / "organization" / "irev" / "index.html").as_uri())
    page.fill("#search-input", "zzqxw")
    assert page.locator("#search-results").inner_text() == "Aucun résultat"


def test_a_search_result_leads_to_its_page(real_site: Path, offline_page: Watched) -> None:
    page = offline_page.page
    page.goto((real_site / "id" / "person" / "sebastien-jallet" / "index.html").as_uri())
    page.fill("#search-input", "profession banlieue")
    page.locator("#search-results a").first.click()
    assert page.locator("h1").inner_text() == "Profession Banlieue"


@pytest.mark.parametrize(
    "page_path",
    [
        "index.html",
        "id/organization/irev/index.html",
        "id/person/sebastien-jallet/index.html",
        "dictionnaire/index.html",
    ],
)
def test_a_phone_never_scrolls_sideways(real_site: Path, browser: Browser, page_path: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, offline=True)
    page = context.new_page()
    page.goto((real_site / page_path).as_uri())
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture data with hostile labels, and ``javascript:`` URLs as a source's address and
    a centre's website."""
    data = tmp_path_factory.mktemp("hostile") / "data"
    data.mkdir()
    escaped = HOSTILE.replace("\\", "\\\\").replace('"', '\\"')
    for source in FIXTURE_DATA.glob("*.trig"):
        text = source.read_text(encoding="utf-8")
        for name in ("Centre A", "Ada Dupont", "Fixture article", "Meeting 2018"):
            text = text.replace(f'"{name}"', f'"{name} {escaped}"')
        text = text.replace("<https://example.org/fixture-article>", "<javascript:alert(3)//x>")
        text = text.replace("<http://centre-a.example/>", "<javascript:alert(4)>")
        (data / source.name).write_text(text, encoding="utf-8")
    dataset = compiled.open_dataset(data, location=data.parent / "compiled")
    return build_site(dataset, data.parent / "site").parent


def test_hostile_labels_stay_text_on_every_kind_of_page(
    hostile_site: Path, offline_page: Watched
) -> None:
    page = offline_page.page
    sources = [str(p.relative_to(hostile_site)) for p in hostile_site.glob("source/*/index.html")]
    kinds = [
        "index.html",
        "centres/index.html",
        "index/index.html",
        "donnees-manquantes/index.html",
        "dictionnaire/index.html",
        "id/organization/centre-a/index.html",
        "id/person/ada-dupont/index.html",
        "id/event/meeting-2018/index.html",
        *sources,
    ]
    for kind in kinds:
        page.goto((hostile_site / kind).as_uri())
        page.fill("#search-input", "Ada")
        page.locator("#search-results a").first.wait_for()
        assert page.locator("img").count() == 0, kind
        scripts = page.eval_on_selector_all(
            "script", "all => all.map(s => [s.getAttribute('src'), s.type])"
        )
        # Only the site's own scripts run; a timeline's items are data (application/json).
        assert all(
            (src and "assets/" in src) or media == "application/json" for src, media in scripts
        ), (kind, scripts)
        assert page.locator("a[href^='javascript:']").count() == 0, kind
    page.goto((hostile_site / "id/organization/centre-a/index.html").as_uri())
    assert page.locator("h1").inner_text() == f"Centre A {HOSTILE}"
    assert offline_page.dialogs == [] and offline_page.errors == []


@pytest.mark.parametrize(
    "page_path",
    [
        "index.html",
        "id/organization/irev/index.html",
        "id/person/sebastien-jallet/index.html",
        "id/event/2018-06-rencontre-nationale/index.html",
        "donnees-manquantes/index.html",
        "dictionnaire/index.html",
    ],
)
def test_axe_finds_no_serious_or_critical_violation(
    real_site: Path, offline_page: Watched, page_path: str
) -> None:
    page = offline_page.page
    page.goto((real_site / page_path).as_uri())
    page.evaluate(AXE.read_text(encoding="utf-8"))
    found = page.evaluate("async () => (await axe.run()).violations")
    serious = [
        (v["id"], v["impact"], len(v["nodes"]))
        for v in found
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == [], json.dumps(serious)
