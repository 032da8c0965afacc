"""The draft of an article, end to end on the 2018 IREV article: a source file that validate
accepts in data/, or JSON of the documented shape."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from crpv_graph.ingest import Draft, Ingester, read_article
from tests.helpers import CHECKOUT, SHARED, Cli

ARTICLE_2018 = SHARED / "sources" / "2018-06-20-irev-barcamp-crpv.txt"
O = "https://w3id.org/crpv/id/organization/"
P = "https://w3id.org/crpv/id/person/"
ROLE = "https://w3id.org/crpv/id/role/"
needs_sources = pytest.mark.skipif(not ARTICLE_2018.is_file(), reason="../shared/sources absent")


@needs_sources
def test_the_2018_article_gives_a_draft_that_validate_accepts_in_data(
    tmp_path: Path, cli: Cli
) -> None:
    data = tmp_path / "data"
    shutil.copytree(CHECKOUT / "data", data)
    # The article's own URL is the graph of the curated file already in data/: the draft comes
    # in as another source, as a new article would (two files describing one source with two
    # titles would give it no display label, which validate refuses).
    draft = data / "example.org--irev-2018-draft.trig"
    url = "https://example.org/irev-2018-draft"
    result = cli("ingest", str(ARTICLE_2018), "--format", "trig", "--url", url, "--out", str(draft))
    assert result.exit_code == 0, result.output
    text = draft.read_text(encoding="utf-8")
    assert f"<{url}> {{" in text and "crpvg:sources {" in text
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
        kinds = {"organization", "person", "place", "event", "date", "partnership", "work"}
        assert mention["type"] in kinds
        assert body[mention["start"] : mention["end"]] == mention["text"]
    for entity in document["entities"]:
        assert set(entity) == {"iri", "label", "type", "new"}
    for statement in document["statements"]:
        assert set(statement) == {"subject", "predicate", "object", "relation", "evidence",
                                  "evidence_start", "evidence_end", "confidence", "role", "title",
                                  "datatype"}  # fmt: skip
        assert 0 < statement["confidence"] <= 1 and statement["evidence"] in body
        start, end = statement["evidence_start"], statement["evidence_end"]
        assert body[start:end] == statement["evidence"]
        if statement["relation"] == "memberOf" and statement["subject"].startswith(P):
            assert statement["role"].startswith(ROLE), statement
    linked = {m["entity"] for m in document["mentions"]}
    assert {O + "cget", O + "anru", O + "eru", O + "epareca", O + "adcf"} <= linked


def test_a_new_membership_is_named_as_curators_name_one_the_person_then_the_title_printed(
    tmp_path: Path, cli: Cli
) -> None:
    # facts.md: the CRPV speakers of the ANRU day of 8 February 2024 in Aubervilliers were
    # Fabien Bressan (Labo Cités) and Maximilien Steindorsson (RésO Villes).
    article = tmp_path / "anru.txt"
    article.write_text(
        "URL: https://example.org/anru-2024\nDATE: 2024-02-09\n---\n"
        "Le 8 février 2024, l'ANRU organisait à Aubervilliers une journée. Sont intervenus "
        "Maximilien Steindorsson, de l'équipe de RésO Villes, et Fabien Bressan.\n",
        encoding="utf-8",
    )
    draft = cli("ingest", str(article)).stdout
    assert "m:maximilien-steindorsson--reso-villes--team-member a org:Membership" in draft
    assert 'skos:prefLabel "Maximilien Steindorsson, équipe de RésO Villes"@fr' in draft
    assert 'crpv:statedTitle "équipe de RésO Villes"@fr' in draft


ARTICLE_2021 = SHARED / "sources" / "2021-11-02-irev-regroupement-national-crpv.txt"
# A news site's furniture around the article: a breadcrumb, share buttons, tags, a byline, the
# links to other articles (their own events, dates, bodies and titles: facts.md, Villes au
# Carré's director Cécile Dublanche) and a footer.
FURNITURE_BEFORE = "Vous êtes ici\nAccueil \u203a Actualités \u203a Réseau\n\n"
FURNITURE_AFTER = (
    "\nPartager sur Facebook Twitter LinkedIn\n"
    "Mots-clés : Cohésion sociale, Réseau national\n"
    "Publié le 02/11/2021 par Communication\n\n"
    "À lire aussi\n"
    "Assemblée générale de Villes au Carré : retour sur la séance du 28 juin 2022\n"
    "Journée régionale du Pôle Ressources Ville et Développement Social, le 3 février 2022\n"
    "Portrait : Cécile Dublanche, directrice de Villes au Carré\n\n"
    "Mentions légales | Plan du site | Contact\n"
    "© 2021 IREV - Tous droits réservés\n"
)


@needs_sources
def test_a_news_sites_furniture_around_an_article_changes_none_of_its_statements(
    ingester: Ingester,
) -> None:
    article = read_article(str(ARTICLE_2021))
    bare = ingester.draft(article)
    page = ingester.draft(replace(article, body=FURNITURE_BEFORE + article.body + FURNITURE_AFTER))

    def triples(draft: Draft) -> set[tuple[str, str, str]]:
        return {(s.subject, s.predicate, s.object) for s in draft.extraction.statements}

    assert triples(page) == triples(bare)
    new = {
        m.text for m in page.mentions if m.entity is None and m.type in ("organization", "person")
    }
    assert new == {
        m.text for m in bare.mentions if m.entity is None and m.type in ("organization", "person")
    }
