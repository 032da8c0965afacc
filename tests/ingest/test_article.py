"""`crpv-graph ingest`: reading articles, finding and linking mentions, the draft it writes."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from crpv_graph.cli import main
from crpv_graph.ingest import Ingester, IngestError, read_article
from crpv_graph.ingest.article import MAX_BYTES
from crpv_graph.ingest.gazetteer import Entity, Gazetteer
from crpv_graph.ingest.recognise import base_model
from crpv_graph.store import dataset
from tests.helpers import CHECKOUT, SHARED, Cli

SOURCES = SHARED / "sources"
ARTICLE_2018 = SOURCES / "2018-06-20-irev-barcamp-crpv.txt"
O = "https://w3id.org/crpv/id/organization/"
needs_sources = pytest.mark.skipif(not ARTICLE_2018.is_file(), reason="../shared/sources absent")


@pytest.fixture(scope="module")
def ingester(real_dataset: dataset.LoadedDataset) -> Ingester:
    return Ingester.from_graph(real_dataset.store)


def write(tmp_path: Path, name: str, content: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


# --- input -----------------------------------------------------------------------------------

HEADED = "URL: https://example.org/a\nPUBLISHED: 2021-11-02\nPUBLISHER: Ex\nTITLE: T\n---\n"


def test_headers_give_the_source_and_the_body_follows_the_separator(tmp_path: Path) -> None:
    article = read_article(str(write(tmp_path, "a.txt", HEADED + "L'IREV a réuni.\n")))
    assert (article.url, article.date, article.publisher, article.title) == (
        "https://example.org/a", "2021-11-02", "Ex", "T",
    )  # fmt: skip
    assert article.body == "L'IREV a réuni.\n"


def test_options_override_headers(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", HEADED + "Texte.\n")
    article = read_article(str(path), url="https://example.org/b", date="2020-01-01")
    assert (article.url, article.date) == ("https://example.org/b", "2020-01-01")


def test_html_main_text_and_metadata_are_extracted(tmp_path: Path) -> None:
    page = """<!doctype html><html><head><title>Rencontre des CRPV</title>
    <link rel="canonical" href="https://example.org/rencontre">
    <meta property="article:published_time" content="2021-11-02"></head>
    <body><nav>Menu Accueil Contact</nav><article><h1>Rencontre des CRPV</h1>
    <p>Les 21 et 22 octobre 2021, l'IREV et le réseau national des CRPV ont réuni les centres à
    Paris, en présence de François-Antoine Mariani, directeur général délégué.</p>
    <p>La journée était animée par Accolades et ouverte par l'ANCT.</p></article>
    <footer>Mentions légales</footer></body></html>"""
    article = read_article(str(write(tmp_path, "page.html", page)))
    assert "l'IREV et le réseau national des CRPV" in article.body
    assert "Menu" not in article.body and "Mentions légales" not in article.body
    assert article.url == "https://example.org/rencontre"
    assert article.date == "2021-11-02"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "latin1.txt",
            (HEADED + "Évènement à Paris").encode("latin-1"),
            "not UTF-8 text (byte 0xc9",
        ),
        ("empty.txt", HEADED + "   \n\n", "no text to read"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary file"),
        ("huge.txt", HEADED + "x" * (MAX_BYTES + 10), "byte limit"),
        ("nourl.txt", "PUBLISHED: 2021-01-01\n---\nTexte.\n", "no URL"),
        (
            "unended.txt",
            "URL: https://example.org/a\nTexte sans séparateur.\n",
            "end the header lines",
        ),
        (
            "baddate.txt",
            HEADED.replace("2021-11-02", "2 nov. 2021") + "Texte.\n",
            "not a date of the",
        ),
    ],
)
def test_bad_input_is_one_clear_line_and_exit_1(
    tmp_path: Path, name: str, content: bytes | str, message: str
) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(IngestError, match=re.escape(message)):
        read_article(str(path))
    result = CliRunner().invoke(main, ["--quiet", "ingest", str(path)])
    assert result.exit_code == 1
    assert message.split(" (")[0] in result.stderr and result.stderr.strip().count("\n") == 0


def test_a_missing_file_is_a_clear_error() -> None:
    with pytest.raises(IngestError, match="no such file"):
        read_article("/nonexistent/article.txt")


def test_standard_input_with_url_and_date_options(cli: Cli) -> None:
    text = "Les 21 et 22 octobre 2021, l'IREV a réuni les CRPV à Paris."
    result = CliRunner().invoke(
        main, ["--quiet", "ingest", "-", "--url", "https://example.org/s", "--date", "2021-11-02",
               "--format", "json"], input=text,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["source"]["url"] == "https://example.org/s"
    assert any(m["entity"] == O + "irev" for m in document["mentions"])


# --- recognition and linking ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("mention", "iri"),
    [
        ("l'IREV", O + "irev"),
        ("l’IREV", O + "irev"),
        ("d'EPARECA", O + "epareca"),
        ("le CGET", O + "cget"),
        ("l'Ecole du Renouvellement Urbain", O + "eru"),
        ("École du renouvellement urbain", O + "eru"),
        ("Intercommunalites de France", O + "adcf"),
        ("Etat", O + "etat"),
        ("centres de ressources politique de la ville", O + "reseau-national-crpv"),
        ("direction générale déléguée à la politique de la ville", O + "anct-dgd-pv"),
    ],
)
def test_elided_accented_and_varied_names_link_to_the_graph(
    ingester: Ingester, mention: str, iri: str
) -> None:
    link = ingester.gazetteer.link(mention, "organization", 2021)
    assert link is not None and link.entity.iri == iri


def test_unknown_names_are_not_forced_onto_known_entities(ingester: Ingester) -> None:
    assert ingester.gazetteer.link("Association des maires ruraux", "organization", 2021) is None
    assert ingester.gazetteer.link("CNRS", "organization", 2021) is None


def test_the_articles_year_prefers_the_body_that_existed_then() -> None:
    old = Entity("https://example.org/old", "organization", {"Agence"}, 1990, 2019, statements=50)
    new = Entity("https://example.org/new", "organization", {"Agence"}, 2020, None, statements=5)
    gazetteer = Gazetteer([old, new])
    assert gazetteer.link("l'Agence", "organization", 2015).entity is old  # type: ignore[union-attr]
    assert gazetteer.link("l'Agence", "organization", 2021).entity is new  # type: ignore[union-attr]


def test_the_entity_ruler_finds_names_the_model_misses(ingester: Ingester) -> None:
    text = "Question de ville et l'Ecole du Renouvellement Urbain ont rejoint l'IREV."
    plain = {span.text for span in base_model()(text).ents if span.label_ == "ORG"}
    draft = ingester.draft(read_article_text(text))
    found = {m.text: m.entity for m in draft.mentions if m.type == "organization"}
    assert found["Question de ville"] == O + "question-de-ville"
    assert found["Ecole du Renouvellement Urbain"] == O + "eru"
    assert found["IREV"] == O + "irev"
    assert not {"Question de ville", "IREV"} <= plain, "the plain model alone finds these too"


def read_article_text(text: str):  # type: ignore[no-untyped-def]
    from crpv_graph.ingest.article import Article

    return Article(body=text, url="https://example.org/t", date="2021-11-02")


# --- the 2018 article, end to end ----------------------------------------------------------


@needs_sources
def test_the_2018_article_gives_a_draft_that_validate_accepts_in_data(
    tmp_path: Path, cli: Cli
) -> None:
    data = tmp_path / "data"
    shutil.copytree(CHECKOUT / "data", data)
    draft = data / "irev.fr--2018-06-20-barcamp-crpv.draft.trig"
    result = cli("ingest", str(ARTICLE_2018), "--format", "trig", "--out", str(draft))
    assert result.exit_code == 0, result.output
    text = draft.read_text(encoding="utf-8")
    assert "<https://irev.fr/node/233726> {" in text and "crpvg:sources {" in text
    assert "o:cget crpv:invites ev:2018-06-rencontre-nationale ." in text
    assert "p:sebastien-jallet crpv:opens ev:2018-06-rencontre-nationale ." in text
    assert "# evidence (" in text
    validation = cli("--data", str(data), "validate")
    assert validation.exit_code == 0, validation.output
    assert "valid: 0 violations" in validation.output


@needs_sources
def test_the_json_output_has_the_documented_shape(cli: Cli) -> None:
    result = cli("ingest", str(ARTICLE_2018), "--format", "json")
    document = json.loads(result.stdout)
    assert set(document) == {"source", "mentions", "entities", "statements"}
    body = read_article(str(ARTICLE_2018)).body
    for mention in document["mentions"]:
        assert set(mention) == {"text", "start", "end", "type", "entity", "label", "score"}
        assert mention["type"] in {"organization", "person", "place", "event", "date"}
        assert body[mention["start"] : mention["end"]] == mention["text"]
    for entity in document["entities"]:
        assert set(entity) == {"iri", "label", "type", "new"}
    for statement in document["statements"]:
        assert set(statement) == {"subject", "predicate", "object", "evidence", "confidence"}
        assert 0 < statement["confidence"] <= 1 and statement["evidence"] in body
    linked = {m["entity"] for m in document["mentions"]}
    assert {O + "cget", O + "anru", O + "eru", O + "epareca", O + "adcf"} <= linked
