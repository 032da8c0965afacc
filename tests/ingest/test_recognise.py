"""Finding mentions: spaCy's French model strengthened by the graph's own names, in texts of
any length."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crpv_graph.ingest import Ingester
from crpv_graph.ingest.article import Article
from crpv_graph.ingest.recognise import Mention, base_model
from crpv_graph.store import dataset
from tests.helpers import FIXTURE_DATA, invoke

O = "https://w3id.org/crpv/id/organization/"
ARTICLE = "URL: https://example.org/a\nDATE: 2021-11-02\n---\n"
LAST = "Le 21 octobre 2021, l'IREV a réuni les centres de ressources à Paris.\n"
FILLER = "x" * 9_999 + "\n\n"  # a paragraph of one long word: quick for spaCy to read


def test_an_article_longer_than_spacys_limit_is_read_in_pieces_with_true_offsets(
    tmp_path: Path,
) -> None:
    body = FILLER * 190 + LAST  # 1.9 million characters, under the 2 MiB limit
    article = tmp_path / "long.txt"
    article.write_text(ARTICLE + body, encoding="utf-8")
    result = invoke("ingest", str(article), "--format", "json")
    assert result.exit_code == 0, result.output
    mentions = json.loads(result.stdout)["mentions"]
    irev = next(m for m in mentions if m["entity"] == "https://w3id.org/crpv/id/organization/irev")
    assert irev["start"] > 1_000_000
    assert all(body[m["start"] : m["end"]] == m["text"] for m in mentions)


def test_the_entity_ruler_finds_names_the_model_misses(ingester: Ingester) -> None:
    text = "Question de ville et l'Ecole du Renouvellement Urbain ont rejoint l'IREV."
    plain = {span.text for span in base_model()(text).ents if span.label_ == "ORG"}
    draft = ingester.draft(Article(body=text, url="https://example.org/t", date="2021-11-02"))
    found = {m.text: m.entity for m in draft.mentions if m.type == "organization"}
    assert found["Question de ville"] == O + "question-de-ville"
    assert found["Ecole du Renouvellement Urbain"] == O + "eru"
    assert found["IREV"] == O + "irev"
    assert not {"Question de ville", "IREV"} <= plain, "the plain model alone finds these too"


@pytest.fixture(scope="module")
def unaware(real_dataset: dataset.LoadedDataset) -> Ingester:
    """An ingester over the small fixture graph, which knows none of the bodies named below:
    what it finds, it finds by how French prints names, not by the graph's labels."""
    return Ingester.from_graph(dataset.load(FIXTURE_DATA).store)


def mentions(ingester: Ingester, text: str) -> list[Mention]:
    article = Article(body=text, url="https://example.org/t", date="2019-04-11")
    return [m for m in ingester.draft(article).mentions if m.type != "date"]


def test_a_name_quoted_after_a_kind_of_body_is_that_body_and_the_kind_is_no_name(
    unaware: Ingester,
) -> None:
    # facts-part3.md §12: the convention constitutive of the GIP politique de la ville "Maore
    # Ouvoimoja" was signed on Thursday 11 April 2019.
    text = "La convention constitutive du GIP « Maore Ouvoimoja » a été signée le 11 avril 2019."
    found = [(m.text, m.type) for m in mentions(unaware, text)]
    assert found == [("Maore Ouvoimoja", "organization")]


def test_an_acronym_in_the_plural_names_a_kind_of_body_not_a_body(unaware: Ingester) -> None:
    # facts.md (IREV): other members are the EPCIs and communes that lead contrats de ville.
    text = "Le groupement compte parmi ses membres les EPCI et les communes."
    assert "EPCI" not in {m.text for m in mentions(unaware, text)}


def test_a_civility_before_a_persons_name_is_not_part_of_it(unaware: Ingester) -> None:
    # facts.md: Hélène Geoffroy, mayor of Vaulx-en-Velin, at the 2022 Strasbourg gathering.
    text = "Mme Hélène Geoffroy a pris part aux travaux à Strasbourg."
    people = [m.text for m in mentions(unaware, text) if m.type == "person"]
    assert people == ["Hélène Geoffroy"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # facts.md (Villes au Carré): Michel Lussault at the 2007 launch; facts.md 339: studied at
        # Sciences Po.
        (
            "Michel Lussault, président de l'université de Tours, était présent à Poitiers.",
            ["université de Tours"],
        ),
        # facts-part3.md §12: the founding members of the GIP of Mayotte.
        (
            "Aux côtés de l'État, on trouve le Conseil départemental de Mayotte et la communauté "
            "de communes de Petite-Terre.",
            ["Conseil départemental de Mayotte", "communauté de communes de Petite-Terre"],
        ),
        # facts.md 124: Isabelle Melscoet, an elected official of Brest Métropole.
        ("Isabelle Melscoet est élue de Brest Métropole.", ["Brest Métropole"]),
        # facts.md 271: the Métropole européenne de Lille.
        ("Les acteurs de la métropole européenne de Lille.", ["métropole européenne de Lille"]),
    ],
)
def test_a_body_named_by_a_french_naming_pattern_is_found_whole(
    unaware: Ingester, text: str, names: list[str]
) -> None:
    found = [m for m in mentions(unaware, text) if m.type == "organization"]
    assert [m.text for m in found] == names
    assert all(m.entity is None for m in found), "the graph knows none of them: new bodies"


def test_communes_named_in_a_list_or_a_mayors_title_are_bodies(unaware: Ingester) -> None:
    # facts-part3.md §12: the communes of Bandrélé, Bouéni, Chirongui, Mamoudzou,
    # M'Tsangamouji, M'Tsamboro and Sada; facts.md: Hélène Geoffroy, mayor of Vaulx-en-Velin.
    text = (
        "Le GIP réunit sept communes : Bandrélé, Bouéni, Chirongui, Mamoudzou, M'Tsangamouji, "
        "M'Tsamboro et Sada. Hélène Geoffroy, maire de Vaulx-en-Velin, était présente."
    )
    found = [m.text for m in mentions(unaware, text) if m.type == "organization"]
    assert found == ["Bandrélé", "Bouéni", "Chirongui", "Mamoudzou", "M'Tsangamouji",
                     "M'Tsamboro", "Sada", "Vaulx-en-Velin"]  # fmt: skip


def test_a_ministers_portfolio_is_not_a_body(unaware: Ingester) -> None:
    # facts.md 187: the ANCT is overseen by the ministers for regional planning, local
    # authorities and the politique de la ville.
    text = (
        "L'ANCT est placée sous la tutelle des ministres chargés de l'Aménagement du territoire, "
        "des Collectivités territoriales et de la Politique de la ville."
    )
    found = {m.text for m in mentions(unaware, text) if m.type == "organization"}
    assert found == {"ANCT"}
