"""Counting what the graph holds: by class, by source, by year, and where triples live.

The report also has the completeness table (what the graph knows of each resource centre and
what it does not), read from the named query ``completeness`` through
:func:`crpv_graph.site.gaps.completeness`, the one source the website's data-gaps page reads too:
curators see the same gaps on the command line and on the site.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox

from crpv_graph.namespaces import GRAPH_INFERRED, GRAPH_ONTOLOGY, GRAPH_SOURCES
from crpv_graph.query import resolve_query, text_rows
from crpv_graph.query.labels import compact
from crpv_graph.site.gaps import FIELDS, CentreCompleteness, completeness, field_counts


class Counted(Protocol):
    """What the counts are taken from: a compiled dataset, or one just loaded."""

    @property
    def store(self) -> ox.Store: ...

    @property
    def graph_files(self) -> dict[str, list[Path]]: ...


@dataclass
class Stats:
    """Counts of a loaded dataset (see :func:`compute`)."""

    #: Triples in the named graphs (what the compiled files hold).
    triples: int = 0
    #: Triples in each kind of graph: "sources" (all source graphs together), "metadata",
    #: "inferred", "ontology", and "union": the default graph, their union with each triple once.
    by_graph_kind: dict[str, int] = field(default_factory=dict)
    by_class: list[tuple[str, int]] = field(default_factory=list)
    #: (source IRI, label, triples, the data file(s) holding its graph)
    by_source: list[tuple[str, str, int, str]] = field(default_factory=list)
    by_year: list[tuple[int, str, int]] = field(default_factory=list)
    centres: list[str] = field(default_factory=list)
    meetings: list[tuple[str, str]] = field(default_factory=list)
    #: What the sources say of each resource centre (the named query ``completeness``).
    completeness: list[CentreCompleteness] = field(default_factory=list)


def _meeting_date(start: str, inferred_year: str) -> str:
    if inferred_year:
        return f"{start} ({inferred_year}, year inferred by the curators)".strip()
    return start


def compute(dataset: Counted) -> Stats:
    """Count a dataset's triples by graph kind, class, source and year."""
    store = dataset.store
    special = {
        str(GRAPH_SOURCES): "metadata",
        str(GRAPH_INFERRED): "inferred",
        str(GRAPH_ONTOLOGY): "ontology",
    }
    kinds = dict.fromkeys(("sources", "metadata", "inferred", "ontology", "union"), 0)
    for graph in store.named_graphs():
        held = sum(1 for _ in store.quads_for_pattern(None, None, None, graph))
        kinds[special.get(str(graph.value), "sources")] += held
    named = sum(kinds.values())
    kinds["union"] = len(store) - named  # the default graph, counted without reading it
    stats = Stats(triples=named, by_graph_kind=kinds)
    stats.by_class = [
        (compact(r["class"]), int(r["entities"]))
        for r in text_rows(store, resolve_query("class-counts"))
    ]
    stats.by_source = [
        (
            r["source"],
            r["label"],
            int(r["triples"]),
            ", ".join(path.name for path in dataset.graph_files.get(r["source"], [])),
        )
        for r in text_rows(store, resolve_query("source-counts"))
    ]
    stats.by_year = [
        (int(r["year"]), r["what"], int(r["count"]))
        for r in text_rows(store, resolve_query("year-counts"))
    ]
    centres = {r["centre"]: r["centreLabel"] for r in text_rows(store, resolve_query("centres"))}
    stats.centres = sorted(centres.values(), key=str.casefold)
    stats.meetings = [
        (_meeting_date(r["start"], r["inferredYear"]), r["label"])
        for r in text_rows(store, resolve_query("national-meetings"))
    ]
    stats.completeness = completeness(store)
    return stats


#: Marks of the completeness table: a field the sources fill, and a gap.
KNOWN, GAP = "x", "-"


def format_completeness(rows: list[CentreCompleteness]) -> list[str]:
    """The completeness table as text lines: the counts per field, then one line per centre.

    One column per field (``x``: the sources give it, ``-``: a gap to look for), the centre's
    display label last so that long names do not push the marks out of line.

    >>> row = CentreCompleteness("x", "ORIV", ("Grand Est",), (), (), ("1992",), (), (), ())
    >>> print("\\n".join(format_completeness([row])))
    what the graph knows of each resource centre (1; x: known, -: not found in the sources):
      known: territory 1, seat 0, website 0, founding 1, legal form 0, president 0, director 0
      territory  seat  website  founding  legal form  president  director  centre
          x       -       -        x          -           -         -      ORIV
    """
    names = [name.replace("_", " ") for name in FIELDS]
    counts = field_counts(rows)
    lines = [
        f"what the graph knows of each resource centre ({len(rows)}; "
        f"{KNOWN}: known, {GAP}: not found in the sources):",
        "  known: "
        + ", ".join(f"{name} {counts[key]}" for name, key in zip(names, FIELDS, strict=True)),
        "  " + "  ".join(names) + "  centre",
    ]
    for row in rows:
        marks = (KNOWN if row.values(key) else GAP for key in FIELDS)
        cells = "  ".join(mark.center(len(name)) for mark, name in zip(marks, names, strict=True))
        lines.append(f"  {cells}  {row.label}")
    return lines


def format_stats(stats: Stats, summary: bool = False) -> str:
    """A plain-text report of :class:`Stats`, section by section (``summary``: the first three)."""
    kinds = stats.by_graph_kind
    lines = [
        f"triples: {stats.triples}",
        f"  in source graphs: {kinds.get('sources', 0)}  metadata: {kinds.get('metadata', 0)}  "
        f"inferred: {kinds.get('inferred', 0)}  ontology: {kinds.get('ontology', 0)}",
        f"  default graph (their union, each triple once): {kinds.get('union', 0)}",
        f"sources: {len(stats.by_source)}",
        "",
        f"resource centres ({len(stats.centres)}):",
        *(f"  {name}" for name in stats.centres),
        "",
        f"national meetings ({len(stats.meetings)}):",
        *(f"  {date}  {label}" for date, label in stats.meetings),
    ]
    if summary:
        return "\n".join(lines) + "\n"
    lines += [
        "",
        *format_completeness(stats.completeness),
        "",
        "entities by class:",
        *(f"  {count:6d}  {name}" for name, count in stats.by_class),
        "",
        "by year:",
        *(f"  {year}  {count:4d}  {what}" for year, what, count in stats.by_year),
        "",
        "triples by source (and the file that states it):",
        *(
            f"  {count:6d}  {label or source}  ({files or 'no file'})"
            for source, label, count, files in stats.by_source
        ),
    ]
    return "\n".join(lines) + "\n"
