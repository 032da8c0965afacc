"""Evaluate `crpv-graph ingest` on the hand-annotated gold standard, next to plain spaCy.

For each text of ``gold/``, the graph is loaded WITHOUT the data files of the article itself
(``own_data_files``), so that linking cannot simply find the article's own statements. Then:

- mentions (organisations and people): precision, recall and F1 on exact spans and types;
- linking accuracy: among the gold mentions found, the share linked to the right IRI, or
  proposed as new when the (reduced) graph does not hold the entity;
- statements: precision (and recall) of the proposed triples against the gold ones, the
  reported event written ``EVENT`` and new entities ``NEW:<text>`` on both sides.

The baseline is ``fr_core_news_sm``'s own NER (ORG and PER spans), linked by exact label.
Run: ``python benchmarks/ingest/evaluate.py`` (``make bench-ingest``); it writes
``benchmarks/ingest/results.md``.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypedDict

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from crpv_graph.ingest import Ingester, read_article  # noqa: E402
from crpv_graph.ingest.draft import Draft  # noqa: E402
from crpv_graph.ingest.extract import EVENT  # noqa: E402
from crpv_graph.ingest.recognise import SPACY_TYPES, base_model  # noqa: E402
from crpv_graph.store import dataset  # noqa: E402

GOLD = Path(__file__).parent / "gold"
KINDS = ("organization", "person")


@dataclass
class Tally:
    """Counts summed over texts."""

    true_positive: Counter[str] = field(default_factory=Counter)
    predicted: Counter[str] = field(default_factory=Counter)
    gold: Counter[str] = field(default_factory=Counter)
    linked_right: int = 0
    linked_total: int = 0
    statements_right: int = 0
    statements_predicted: int = 0
    statements_gold: int = 0

    def f1(self, kind: str | None = None) -> tuple[float, float, float]:
        kinds = [kind] if kind else list(KINDS)
        tp = sum(self.true_positive[k] for k in kinds)
        predicted = sum(self.predicted[k] for k in kinds)
        gold = sum(self.gold[k] for k in kinds)
        precision = tp / predicted if predicted else 0.0
        recall = tp / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    @property
    def linking(self) -> float:
        return self.linked_right / self.linked_total if self.linked_total else 0.0


class Results(TypedDict):
    """What :func:`evaluate` measured: the system, the baseline, and a row per text."""

    system: Tally
    baseline: Tally
    texts: list[dict[str, str | int]]


def reduced_store(own_files: list[str]) -> ox.Store:
    """The dataset without the article's own source files."""
    scratch = Path(tempfile.mkdtemp(prefix="crpv-eval-"))
    data = scratch / "data"
    shutil.copytree(ROOT / "data", data)
    for name in own_files:
        if (ROOT / name).exists():
            (data / Path(name).name).unlink()
    return dataset.load(data).store


def evaluate() -> Results:
    system, baseline = Tally(), Tally()
    per_text: list[dict[str, str | int]] = []
    cache: dict[tuple[str, ...], Ingester] = {}
    for gold_file in sorted(GOLD.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        key = tuple(gold["own_data_files"])
        if key not in cache:
            cache[key] = Ingester.from_graph(reduced_store(gold["own_data_files"]))
        ingester = cache[key]
        article = read_article(str((ROOT / gold["text"]).resolve()))
        draft = ingester.draft(article)
        known = set(ingester.gazetteer.entities)
        gold_mentions = {
            (m["start"], m["end"], m["type"]): m for m in gold["mentions"] if m["type"] in KINDS
        }
        predicted = {(m.start, m.end, m.type): m.entity for m in draft.mentions if m.type in KINDS}
        for tally, found in ((system, predicted), (baseline, _baseline(article.body, ingester))):
            for span in found:
                tally.predicted[span[2]] += 1
                if span in gold_mentions:
                    tally.true_positive[span[2]] += 1
            for span, mention in gold_mentions.items():
                tally.gold[span[2]] += 1
                if span not in found:
                    continue
                expected = mention["entity"] if mention["entity"] in known else None
                tally.linked_total += 1
                tally.linked_right += found[span] == expected
        statements = _statements(draft)
        expected_statements = {
            (s["subject"], s["predicate"], s["object"]) for s in gold["statements"]
        }
        expected_statements = {_known(t, known) for t in expected_statements}
        system.statements_predicted += len(statements)
        system.statements_gold += len(expected_statements)
        system.statements_right += len(statements & expected_statements)
        per_text.append(
            {
                "text": gold_file.stem,
                "mentions": len(gold_mentions),
                "found": len(set(predicted) & set(gold_mentions)),
                "statements": f"{len(statements & expected_statements)}/{len(statements)}",
            }
        )
    return {"system": system, "baseline": baseline, "texts": per_text}


def _baseline(body: str, ingester: Ingester) -> dict[tuple[int, int, str], str | None]:
    """Plain fr_core_news_sm: its ORG and PER spans, linked by an exact label only."""
    exact: dict[str, str] = {}
    for entity in ingester.gazetteer.entities.values():
        for name in entity.names:
            exact.setdefault(name, entity.iri)
    doc = base_model()(body)
    return {
        (span.start_char, span.end_char, SPACY_TYPES[span.label_]): exact.get(span.text)
        for span in doc.ents
        if SPACY_TYPES.get(span.label_) in KINDS
    }


def _statements(draft: Draft) -> set[tuple[str, str, str]]:
    new = {iri: key for key, (iri, _label, _kind) in draft.new_entities.items()}

    def name(value: str) -> str:
        resolved = draft.resolve(value)
        if resolved == draft.event_iri or value == EVENT:
            return EVENT
        return new.get(resolved, resolved)

    return {(name(s.subject), s.predicate, name(s.object)) for s in draft.extraction.statements}


def _known(triple: tuple[str, str, str], known: set[str]) -> tuple[str, str, str]:
    """A gold triple with entities missing from the reduced graph written as new ones."""

    def mark(v: str) -> str:
        kept = v == EVENT or v.startswith("NEW:") or "/ontology#" in v or v in known
        return v if kept or not v.startswith("https://w3id.org/crpv/id/") else f"NEW?{v}"

    subject, predicate, value = triple
    return mark(subject), mark(predicate), mark(value)


def report(results: Results, seconds: float) -> str:
    system, baseline = results["system"], results["baseline"]
    rows = []
    for label, kind in (("organisations", "organization"), ("people", "person"), ("both", None)):
        s, b = system.f1(kind), baseline.f1(kind)
        rows.append(
            f"| mentions: {label} | {s[0]:.2f} / {s[1]:.2f} / **{s[2]:.2f}** | "
            f"{b[0]:.2f} / {b[1]:.2f} / {b[2]:.2f} |"
        )
    precision = (
        system.statements_right / system.statements_predicted
        if system.statements_predicted
        else 0.0
    )
    recall = system.statements_right / system.statements_gold if system.statements_gold else 0.0
    lines = [
        "# Ingest evaluation",
        "",
        f"Gold standard: {len(results['texts'])} texts in `benchmarks/ingest/gold/` (the two IREV "
        "articles of ../shared/sources and three self-written texts), each evaluated against the",
        "graph WITHOUT its own source file. Generated by `benchmarks/ingest/evaluate.py` in "
        f"{seconds:.0f} s.",
        "",
        "| measure | crpv-graph ingest (P / R / F1) | plain fr_core_news_sm (P / R / F1) |",
        "| --- | --- | --- |",
        *rows,
        f"| linking accuracy | **{system.linking:.2f}** "
        f"({system.linked_right}/{system.linked_total}) | "
        f"{baseline.linking:.2f} ({baseline.linked_right}/{baseline.linked_total}), exact labels |",
        f"| statements: precision (recall) | **{precision:.2f}** ({recall:.2f}); "
        f"{system.statements_right} of {system.statements_predicted} right, "
        f"{system.statements_gold} in the gold | — |",
        "",
        "| text | gold mentions | found | statements right/proposed |",
        "| --- | --- | --- | --- |",
    ]
    for text in results["texts"]:
        lines.append(
            f"| {text['text']} | {text['mentions']} | {text['found']} | {text['statements']} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    start = time.perf_counter()
    results = evaluate()
    text = report(results, time.perf_counter() - start)
    (Path(__file__).parent / "results.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
