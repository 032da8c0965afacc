"""Finding mentions: spaCy's French model strengthened by the graph's own names, in texts of
any length."""

from __future__ import annotations

import json
from pathlib import Path

from crpv_graph.ingest import Ingester
from crpv_graph.ingest.article import Article
from crpv_graph.ingest.recognise import base_model
from tests.helpers import invoke

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
