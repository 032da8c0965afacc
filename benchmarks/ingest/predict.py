"""What one version of ``crpv-graph ingest`` proposes for the gold texts, as JSON on stdout.

``evaluate.py`` runs this script in a subprocess, once with this checkout's ``crpv_graph`` and
once with the one of an earlier commit (``PYTHONPATH`` at a ``git archive`` of it): both
pipelines are then measured by the same code, on the same reduced graphs built from the same
``data/`` and ontology. So it uses only what both versions offer (``Ingester``, ``Draft`` and
its ``Statement`` list); a field an older ``Statement`` lacks (``datatype``) reads as empty.

For each gold file: the graph without the article's own data files, the article drafted from
it, and out come the mentions, the reported event, the statements (the event written
``EVENT``, an entity the graph lacks ``NEW:<text>``, as in the gold), the TriG draft, which of
the gold's IRIs the reduced graph holds, and how long the drafting took. The event's class and
dates, which an older pipeline only writes into the TriG of a new event, become statements
when the pipeline does not state them itself.

Run: ``python benchmarks/ingest/predict.py --data data --ontology crpv_graph/ontology GOLD.json...``
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pyoxigraph as ox

import crpv_graph
from crpv_graph.ingest import Ingester, read_article
from crpv_graph.ingest.draft import Draft
from crpv_graph.ingest.extract import EVENT
from crpv_graph.namespaces import PREFIXES
from crpv_graph.store import dataset

ROOT = Path(__file__).resolve().parents[2]
RDF_TYPE = PREFIXES["rdf"] + "type"
DATE_TYPES = {10: "date", 7: "gYearMonth", 4: "gYear"}

Record = dict[str, Any]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="What ingest proposes for gold texts, as JSON.")
    parser.add_argument("--data", type=Path, required=True, help="the data directory")
    parser.add_argument("--ontology", type=Path, required=True, help="the ontology directory")
    parser.add_argument("--baseline", action="store_true", help="also plain spaCy's mentions")
    parser.add_argument("gold", type=Path, nargs="+", help="gold files (gold/*.json)")
    options = parser.parse_args(argv)
    start = time.perf_counter()
    texts = predict(options.gold, options.data, options.ontology, baseline=options.baseline)
    document = {
        "pipeline": str(Path(crpv_graph.__file__).resolve().parent),
        "seconds": round(time.perf_counter() - start, 1),
        "texts": texts,
    }
    json.dump(document, sys.stdout, ensure_ascii=False)


def predict(gold_files: list[Path], data: Path, ontology: Path, *, baseline: bool) -> list[Record]:
    """One record per gold file (see the module docstring), in the order given.

    The texts that share their own data files share one reduced graph and ingester, and one
    group is read at a time: each ingester holds a spaCy pipeline and a store.
    """
    groups: dict[tuple[str, ...], dict[Path, Record]] = {}
    for path in gold_files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        own = tuple(sorted(Path(name).name for name in gold["own_data_files"]))
        groups.setdefault(own, {})[path] = gold
    records: dict[Path, Record] = {}
    with tempfile.TemporaryDirectory(prefix="crpv-predict-") as scratch:
        for own, golds in groups.items():
            reduced = reduced_data(data, set(own), Path(tempfile.mkdtemp(dir=scratch)))
            records.update(predict_group(golds, dataset.load(reduced, ontology).store, baseline))
    return [records[path] for path in gold_files]


def predict_group(golds: dict[Path, Record], store: ox.Store, baseline: bool) -> dict[Path, Record]:
    """The records of gold texts that share one reduced graph."""
    ingester = Ingester.from_graph(store)
    records: dict[Path, Record] = {}
    for path, gold in golds.items():
        article = read_article(str((ROOT / gold["text"]).resolve()))
        began = time.perf_counter()
        draft = ingester.draft(article)
        record: Record = {
            "gold": path.stem,
            "seconds": round(time.perf_counter() - began, 3),  # ingester.draft alone
            "known": sorted(iri for iri in gold_iris(gold) if holds(store, iri)),
            "event": reported_event(draft),
            "mentions": [
                {"start": m.start, "end": m.end, "type": m.type, "entity": m.entity}
                for m in draft.mentions
            ],
            "statements": statements(draft),
            "new": {iri: text for iri, text, _kind in draft.new_entities.values()},
            "trig": draft.as_trig(ingester.publisher(article)),
        }
        if baseline:
            record["baseline"] = plain_spacy(article.body, ingester)
        records[path] = record
    return records


def reduced_data(data: Path, own: set[str], directory: Path) -> Path:
    """A data directory of links to every file of ``data`` but the article's own."""
    for path in dataset.data_files(data):
        if path.name not in own:
            (directory / path.name).symlink_to(path.resolve())
    return directory


def gold_iris(gold: Record) -> set[str]:
    """Every IRI the gold file names as an entity or event."""
    values = {m["entity"] for m in gold["mentions"]}
    values |= {s[end] for s in gold["statements"] for end in ("subject", "object")}
    if gold.get("event"):
        values.add(gold["event"]["iri"])
    return {v for v in values if isinstance(v, str) and "://" in v}


def holds(store: ox.Store, iri: str) -> bool:
    """Whether the graph describes ``iri`` (it is the subject of a statement)."""
    first = next(iter(store.quads_for_pattern(ox.NamedNode(iri), None, None, None)), None)
    return first is not None


def reported_event(draft: Draft) -> Record | None:
    event = draft.extraction.event
    if event is None:
        return None
    return {"iri": event.iri, "kind": event.kind, "start": event.start, "end": event.end}


def statements(draft: Draft) -> list[Record]:
    """The draft's statements with placeholders for the event and the new entities."""
    minted = {iri: key for key, (iri, _text, _kind) in draft.new_entities.items()}

    def name(value: str) -> str:
        if value == EVENT or (draft.event_iri is not None and value == draft.event_iri):
            return EVENT
        return minted.get(value, value)

    records: list[Record] = [
        {
            "subject": name(s.subject),
            "predicate": s.predicate,
            "object": name(s.object),
            "role": getattr(s, "role", "") or "",
            "datatype": getattr(s, "datatype", "") or "",
            "confidence": s.confidence,
        }
        for s in draft.extraction.statements
    ]
    event = draft.extraction.event
    if event is None:
        return records
    stated = {(r["subject"], r["predicate"]) for r in records}
    for predicate, value in (
        (RDF_TYPE, event.kind),
        (PREFIXES["schema"] + "startDate", event.start),
        (PREFIXES["schema"] + "endDate", event.end),
    ):
        if value and (EVENT, predicate) not in stated:
            kind = DATE_TYPES.get(len(value), "date")
            datatype = "" if predicate == RDF_TYPE else PREFIXES["xsd"] + kind
            records.append(
                {
                    "subject": EVENT,
                    "predicate": predicate,
                    "object": value,
                    "role": "",
                    "datatype": datatype,
                    "confidence": 1.0,
                }
            )
    return records


def plain_spacy(body: str, ingester: Ingester) -> list[Record]:
    """Plain fr_core_news_sm: its ORG and PER spans, linked by an exact label only."""
    from crpv_graph.ingest.recognise import SPACY_TYPES, base_model

    exact: dict[str, str] = {}
    for entity in ingester.gazetteer.entities.values():
        for label in entity.names:
            exact.setdefault(label, entity.iri)
    return [
        {
            "start": span.start_char,
            "end": span.end_char,
            "type": SPACY_TYPES[span.label_],
            "entity": exact.get(span.text),
        }
        for span in base_model()(body).ents
        if span.label_ in SPACY_TYPES
    ]


if __name__ == "__main__":
    main()
