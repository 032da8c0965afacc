"""Every source of the fact sheet and both articles has its file; provenance holds."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest

from crpv_graph.namespaces import GRAPH_SOURCES, PREFIXES
from crpv_graph.query import Term
from crpv_graph.store.dataset import LoadedDataset
from tests.helpers import SHARED, term_text


@pytest.mark.skipif(
    not (SHARED / "facts.md").exists(), reason="../shared/facts.md not beside the checkout"
)
def test_every_url_of_the_fact_sheet_is_a_source_graph(real_dataset: LoadedDataset) -> None:
    facts = (SHARED / "facts.md").read_text(encoding="utf-8")
    urls = set(re.findall(r"https?://[^\] ;|)]+", facts))
    articles = {
        line.split(":", 1)[1].strip()
        for path in (SHARED / "sources").glob("*.txt")
        for line in path.read_text(encoding="utf-8").splitlines()[:1]
    }
    graphs = set(real_dataset.graph_files)
    missing = sorted((urls | articles) - graphs)
    assert not missing, f"no source file for: {missing}"


def test_each_data_file_holds_one_source_graph(real_dataset: LoadedDataset) -> None:
    for path in real_dataset.data_files:
        graphs = [g for g, files in real_dataset.graph_files.items() if path in files]
        assert "https://w3id.org/crpv/graph/sources" in graphs, path
        assert len(graphs) == 2, (path, graphs)


#: Each page the third fact sheet adds, with the date its lines give the page (None: no date
#: is given, so none may be recorded) and its publisher (an organisation of the graph when the
#: site is that organisation's, else the site's host).
PART3_PAGES: dict[str, tuple[str | None, str]] = {
    "https://irev.fr/actualites-0/le-programme-de-2021-annonce-en-assemblee-generale": (
        None, "o:irev"),
    "http://www.assemblee-nationale.fr/14/cr-mimage/12-13/c1213012.asp": (
        None, "o:assemblee-nationale"),
    "https://2012-2017.nosdeputes.fr/14/intervention/211910": (None, "2012-2017.nosdeputes.fr"),
    "https://oriv.org/vie-associative": (None, "o:oriv"),
    "https://www.villesaucarre.org/15-ans-et-apres/": (None, "o:villes-au-carre"),
    "https://www.villesaucarre.org/31-mai-assemblee-generale-de-villes-carre-orleans/": (
        None, "o:villes-au-carre"),
    "https://doczz.fr/doc/394403/imprimer-un-extrait-du-cahier-du-d%C3%A9veloppement-social-urb...": (
        "2015", "doczz.fr"),
    "http://www.europe-urbain.fr/former-les-professionnels-a-la-demarche-urbaine-integree/": (
        "2013", "europe-urbain.fr"),
    "https://www.pqn-a.fr/fr/actualites/articles/bilan-d-activites-2020-une-annee-inedite-pour-pqn-a": (
        None, "o:pqn-a"),
    "https://pdfslide.fr/documents/kit-politique-de-la-ville-de-normandie-janvier-2-ville-et-la-cohsion-urbaine.html": (
        "2021-01", "pdfslide.fr"),
    "https://mayotte.deets.gouv.fr/Signature-de-la-convention-constitutive-GIP-Politique-de-la-Ville-Maore": (
        None, "o:deets-06"),
    "https://pdfprof.com/PDFV2/Documents1/6029/20/8": ("2015-12-02", "pdfprof.com"),
    "https://ancien.irdsu.net/repere-pour-vous/documents/crpve-mobiliser-le-droit-commun-synthese-du-cycle-dechange-anime-par-thomas-kirszbaum-en-essonne": (
        None, "o:irdsu"),
    "http://www.cget.gouv.fr/print/4410": ("2017-03-23", "o:cget"),
}  # fmt: skip


def _urls(sheet: str) -> set[str]:
    return set(re.findall(r"https?://[^\] ;|)]+", (SHARED / sheet).read_text(encoding="utf-8")))


@pytest.mark.skipif(
    not (SHARED / "facts-part3.md").exists(),
    reason="../shared/facts-part3.md not beside the checkout",
)
def test_every_url_of_the_third_fact_sheet_is_a_source_graph(real_dataset: LoadedDataset) -> None:
    urls = _urls("facts-part3.md")
    assert not sorted(urls - set(real_dataset.graph_files))
    new = urls - (_urls("facts.md") if (SHARED / "facts.md").exists() else set())
    assert new == set(PART3_PAGES)


@pytest.mark.parametrize("url", sorted(PART3_PAGES))
def test_each_new_page_is_described_as_far_as_the_sheet_gives(
    real_dataset: LoadedDataset, url: str
) -> None:
    date, publisher = PART3_PAGES[url]
    store, page, sources = real_dataset.store, ox.NamedNode(url), ox.NamedNode(str(GRAPH_SOURCES))

    def values(predicate: str) -> list[Term]:
        prefix, local = predicate.split(":", 1)
        found = store.quads_for_pattern(page, ox.NamedNode(PREFIXES[prefix] + local), None, sources)
        return [quad.object for quad in found]

    assert ox.NamedNode(PREFIXES["crpv"] + "SourceDocument") in values("rdf:type")
    (label,) = values("rdfs:label")
    assert isinstance(label, ox.Literal) and label.language == "fr"
    assert [term_text(value) for value in values("dcterms:language")] == ["fr"]
    assert [term_text(value) for value in values("dcterms:publisher")] == [publisher]
    assert [term_text(value) for value in values("dcterms:issued")] == ([date] if date else [])
    assert any(store.quads_for_pattern(None, None, None, page)), "the page's own graph is empty"
