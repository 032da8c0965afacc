"""Tidy tables for people who do not write SPARQL: memberships, participations, events, bodies,
partnerships and successions as pandas DataFrames.

Each table is a query in ``crpv_graph/query/tables/NAME.rq`` whose header documents it: title and
description (in English, and in French with ``@fr``) and one ``# column: NAME TYPE MEANING`` line
per column with its French meaning on a ``# column@fr: NAME MEANING`` line. That header is the one
place a table's schema is written: :data:`TABLES`, ``crpv-graph table``, ``docs/tables.md`` and
the tests read it, and :func:`table` refuses a column the header does not document.

The choices, the same in every table:

- **One row per fact and source** (a membership as one source states it; two sources stating it
  are two rows), except ``events`` and ``bodies``, one row per event and per body: a researcher
  counts distinct facts with ``drop_duplicates`` on the columns they care about, and never loses
  who said what.
- **Only what the sources state.** The inferred graph (``crpv:tookPartIn``,
  ``crpv:predecessorOf``) is not read, so a row is never an inference presented as a sourced
  fact; the one value the curators inferred, a year no source prints, is flagged
  (``year_inferred``).
- **Dates are ISO text at the source's precision** (``2018``, ``2018-06``, ``2018-06-14``, or
  ``--10-17`` for a day whose year the source does not print), not pandas datetimes: a datetime
  would turn "2018" into 1 January 2018, a precision no source gave. ``year`` columns are numbers.
- **IRIs are compacted** (``o:irev``; a source document is its URL) **and each is followed by
  its display label**, ``<column>_label``: the French ``skos:prefLabel``, as every table of the
  project shows it (:mod:`crpv_graph.query.frames`).
- **Typed columns**: IRIs, labels, text and dates are pandas ``string``, numbers ``Int64``,
  flags ``boolean``; a missing value is ``<NA>``.

>>> from crpv_graph.store.dataset import load
>>> events = table(load().store, "events")
>>> montpellier = events["event"] == "ev:8e-rencontre-nationale-montpellier"
>>> events.loc[montpellier, ["start", "year", "year_inferred"]].to_dict("records")
[{'start': '--10-17', 'year': 2023, 'year_inferred': True}]
>>> str(events.dtypes["start"]), str(events.dtypes["year"])
('string', 'Int64')
>>> sorted(TABLES)
['bodies', 'events', 'memberships', 'participations', 'partnerships', 'successions']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pandas as pd

from crpv_graph.query.execute import Target, run
from crpv_graph.query.frames import result_to_dataframe
from crpv_graph.query.registry import NamedQuery, QueryError, load_queries

#: The pandas dtype of each column type a header may declare (``label`` is the type of the
#: ``<column>_label`` columns that follow ``iri`` ones).
DTYPES = {
    "iri": "string",
    "label": "string",
    "string": "string",
    "date": "string",
    "integer": "Int64",
    "boolean": "boolean",
}
_COLUMN = re.compile(r"#\s?column(@fr)?:\s*(\S+)\s+(.*)")


class TableError(QueryError):
    """An unknown table, or a table whose query does not match its documented columns."""


@dataclass(frozen=True)
class Column:
    """A column of a tidy table: its name, type (a key of :data:`DTYPES`) and meaning."""

    name: str
    type: str
    meaning: str
    meaning_fr: str

    @property
    def dtype(self) -> str:
        """The pandas dtype of the column."""
        return DTYPES[self.type]


@dataclass(frozen=True)
class Table:
    """A tidy table: its query and every column of its DataFrame, label columns included."""

    name: str
    query: NamedQuery
    columns: tuple[Column, ...]

    def localized(self, key: str, lang: str) -> str:
        """The table's ``title`` or ``description`` in ``lang`` (English when not ``fr``)."""
        return self.query.localized(key, lang)


def tables_dir() -> Path:
    """The directory of the tables' queries."""
    return Path(str(resources.files("crpv_graph.query") / "tables"))


def parse_columns(name: str, text: str) -> tuple[Column, ...]:
    """The columns a table's header documents, each IRI column followed by its label column.

    >>> header = "# column: body iri The body\\n# column@fr: body L'organisme\\nSELECT ?body {}"
    >>> [(c.name, c.type, c.meaning_fr) for c in parse_columns("demo", header)]
    [('body', 'iri', "L'organisme"), ('body_label', 'label', 'Nom affiché de « body »')]
    """
    english: dict[str, tuple[str, str]] = {}
    french: dict[str, str] = {}
    for line in text.splitlines():
        match = _COLUMN.match(line)
        if not match:
            continue
        if match.group(1):
            french[match.group(2)] = match.group(3).strip()
            continue
        kind, _, meaning = match.group(3).partition(" ")
        if kind not in DTYPES or kind == "label":
            raise TableError(
                f"{name}: a column line reads 'column: NAME TYPE MEANING' with TYPE one of "
                f"iri, string, date, integer, boolean; got {line!r}"
            )
        english[match.group(2)] = (kind, meaning.strip())
    columns: list[Column] = []
    for column, (kind, meaning) in english.items():
        if column not in french:
            raise TableError(f"{name}: column {column} has no French meaning (column@fr:)")
        columns.append(Column(column, kind, meaning, french[column]))
        if kind == "iri":
            columns.append(
                Column(
                    f"{column}_label",
                    "label",
                    f"Display label of “{column}” (its French skos:prefLabel)",
                    f"Nom affiché de « {column} »",
                )
            )
    return tuple(columns)


class _Tables(dict[str, Table]):
    """The tables by name; an unknown name is a :class:`TableError` that lists them."""

    def __missing__(self, name: str) -> Table:
        raise TableError(f"unknown table {name!r}: one of {', '.join(sorted(self))}")


TABLES = _Tables(
    (name, Table(name, query, parse_columns(name, query.text)))
    for name, query in load_queries(tables_dir()).items()
)
"""Every tidy table by name: its query and documented columns."""


def table(target: Target, name: str) -> pd.DataFrame:
    """The tidy table ``name`` as a DataFrame, read from ``target`` (the embedded store or a
    SPARQL endpoint holding the dataset), its columns typed as its header documents them."""
    spec = TABLES[name]
    frame = result_to_dataframe(run(target, spec.query), labels_from=target)
    documented = [column.name for column in spec.columns]
    undocumented = [column for column in frame.columns if column not in documented]
    if undocumented:
        raise TableError(
            f"{name}: column(s) {', '.join(undocumented)} not documented in its header"
        )
    # A label column is added only where an IRI column holds at least one IRI.
    frame = frame.reindex(columns=documented)
    return frame.astype({column.name: column.dtype for column in spec.columns})


def markdown() -> str:
    """Every table's schema as Markdown, in English and French: ``docs/tables.md`` is this text
    (a test keeps it current; regenerate it with
    ``python -c "from crpv_graph.query.tables import markdown; print(markdown(), end='')"``).

    >>> markdown().splitlines()[0]
    '# Tidy tables'
    """
    lines = [
        "# Tidy tables",
        "",
        "Generated from the headers of `crpv_graph/query/tables/*.rq` by",
        "`crpv_graph.query.tables.markdown()`; do not edit by hand. Read a table with",
        "`crpv_graph.query.tables.table(store, NAME)` or `crpv-graph table NAME --format csv`.",
        "Dates are ISO text at the source's precision; `<NA>` (empty in CSV, `null` in JSON) is",
        "a value no source gives.",
    ]
    for spec in TABLES.values():
        lines += [
            "",
            f"## `{spec.name}`: {spec.localized('title', 'en')}",
            "",
            spec.localized("description", "en"),
            "",
            f"*{spec.localized('title', 'fr')}* : {spec.localized('description', 'fr')}",
            "",
            "| column | type | meaning | sens |",
            "| --- | --- | --- | --- |",
        ]
        lines += [
            f"| `{column.name}` | {column.type} ({column.dtype}) | {column.meaning} "
            f"| {column.meaning_fr} |"
            for column in spec.columns
        ]
    return "\n".join(lines) + "\n"
