"""The tidy tables (:mod:`crpv_graph.query.tables`), read from the real dataset.

Each table's columns and dtypes are checked against its documented schema (the ``# column:``
lines of its query), and a few of its rows against the sources they come from: the fact sheet
../shared/facts.md (quoted as "facts.md: ...") and the data files that transcribe the articles.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pyoxigraph as ox
import pytest

from crpv_graph.query import run
from crpv_graph.query.remote import SparqlEndpoint
from crpv_graph.query.tables import DTYPES, TABLES, TableError, markdown, parse_columns, table
from crpv_graph.store.dataset import LoadedDataset
from tests.helpers import CHECKOUT, Cli, OxigraphServer, one_line_error

SENAT_ANCT = "http://www.senat.fr/rap/a19-141-7/a19-141-76.html"
CITOYENS_MIALOT = "https://94.citoyens.com/2021/anne-claire-mialot-nommee-directrice-generale-de-lanru,09-12-2021.html"
NANTES_2019_IREV = "http://www.irev.fr/print/actualites-0/les-centres-de-ressources-politique-de-la-ville-voyagent-nantes-pour-leur-3eme"
ANCT_8E_RENCONTRE = "http://agence-cohesion-territoires.gouv.fr/8e-rencontre-nationale-des-centre-de-ressources-de-la-politique-de-la-ville-1259"
NORMANVILLES_2016 = "https://pdfslide.fr/documents/bilan-du-fonctionnement-et-des-activi-a-noter-la-production-en-juin-2016-daun.html"
#: The graphs that are not source documents: what the build infers, the ontology, the metadata.
NOT_SOURCES = "https://w3id.org/crpv/graph/"


@pytest.fixture(scope="module")
def tables(real_dataset: LoadedDataset) -> dict[str, pd.DataFrame]:
    return {name: table(real_dataset.store, name) for name in TABLES}


def rows(frame: pd.DataFrame, **values: object) -> list[dict[str, object]]:
    """The rows whose columns have these values, as records (missing values as None)."""
    selected = frame
    for column, value in values.items():
        selected = selected[selected[column] == value]
    records = selected.astype(object).where(selected.notna(), None).to_dict("records")
    return [{str(column): value for column, value in record.items()} for record in records]


def test_the_six_tables_are_there() -> None:
    assert sorted(TABLES) == ["bodies", "events", "memberships", "participations",
                              "partnerships", "successions"]  # fmt: skip


@pytest.mark.parametrize("name", sorted(TABLES))
def test_each_table_has_exactly_its_documented_columns_and_dtypes(
    name: str, tables: dict[str, pd.DataFrame]
) -> None:
    frame, spec = tables[name], TABLES[name]
    assert len(frame) > 0
    assert list(frame.columns) == [column.name for column in spec.columns]
    assert {c: str(t) for c, t in frame.dtypes.items()} == {c.name: c.dtype for c in spec.columns}
    for column in spec.columns:
        assert column.meaning and column.meaning_fr, column.name
        if column.type == "iri":  # every IRI column is followed by its display label
            assert (
                frame[f"{column.name}_label"].notna().sum() == frame[column.name].notna().sum()
            ), column.name


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_selected_variable_is_a_documented_column(
    name: str, real_dataset: LoadedDataset
) -> None:
    """The test that fails when a column goes undocumented: each variable the query selects is
    a ``# column:`` line of its header, and each such line a variable."""
    spec = TABLES[name]
    result = run(real_dataset.store, spec.query)
    assert isinstance(result, ox.QuerySolutions)
    assert [v.value for v in result.variables] == [
        c.name for c in spec.columns if c.type != "label"
    ]


def test_a_column_without_french_meaning_or_with_an_unknown_type_is_refused() -> None:
    with pytest.raises(TableError, match="no French meaning"):
        parse_columns("demo", "# column: body iri The body\nSELECT ?body {}")
    with pytest.raises(TableError, match="TYPE one of"):
        parse_columns("demo", "# column: when datetime When\n# column@fr: when Quand\nSELECT * {}")
    assert set(DTYPES) == {"iri", "label", "string", "date", "integer", "boolean"}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_no_row_comes_from_the_inferred_ontology_or_metadata_graphs(
    name: str, tables: dict[str, pd.DataFrame]
) -> None:
    frame = tables[name]
    if "source" in frame:
        assert frame["source"].notna().all()
        assert not frame["source"].str.startswith(NOT_SOURCES).any()
        assert frame["source_label"].notna().all(), "every source document has a title"


def test_memberships_keep_the_source_and_its_precision(tables: dict[str, pd.DataFrame]) -> None:
    # facts.md: "Anne-Claire Mialot was appointed director general in the Council of Ministers
    # in December 2021, succeeding Nicolas Grivel." [94.citoyens.com]
    mialot = rows(tables["memberships"], person="p:anne-claire-mialot", source=CITOYENS_MIALOT)
    assert [(r["body"], r["role"], r["title"], r["begin"], r["end"]) for r in mialot] == [
        ("o:anru", "role:director-general", "directrice générale", "2021-12", None)
    ]
    assert mialot[0]["person_label"] == "Anne-Claire Mialot"
    assert mialot[0]["body_label"] == "Agence nationale pour la rénovation urbaine"
    # facts.md: "Isabelle Melscoet: president of RésO Villes (June 2019)." [IREV, Nantes 2019]
    melscoet = rows(tables["memberships"], person="p:isabelle-melscoet", body="o:reso-villes")
    assert {(r["role"], r["attested"], r["source"]) for r in melscoet} >= {
        ("role:president", "2019-06", NANTES_2019_IREV)
    }
    people = tables["memberships"]["person"]
    assert people.str.startswith("p:").all(), "only people: a body's seat is a partnership"


def test_participations_reach_the_top_level_event_from_a_sub_event(
    tables: dict[str, pd.DataFrame],
) -> None:
    frame = tables["participations"]
    # facts.md: 25-26 June 2019, Nantes, "hosted by RésO Villes with CGET".
    hosts = rows(frame, event="ev:2019-06-rencontre-nationale", role="host")
    assert {(r["participant"], r["source"]) for r in hosts} >= {("o:reso-villes", NANTES_2019_IREV)}
    assert {r["event_kind"] for r in hosts} == {"crpv:NationalMeeting"}
    assert {r["date"] for r in hosts} == {"2019-06-25"} and {r["year"] for r in hosts} == {2019}
    # A role stated at a round table counts for the meeting, and says where it was stated.
    within = frame[(frame["part"] != frame["event"])]
    assert len(within) > 0
    assert set(within["event_kind"]) <= {"crpv:NationalMeeting", "crpv:NetworkGathering",
                                         "schema:Event"}  # fmt: skip
    assert set(frame["participant_kind"]) == {"org:Organization", "foaf:Person"}
    assert set(frame["participant_kind_label"]) == {"organisation", "personne"}


def test_events_flag_the_year_the_curators_inferred(tables: dict[str, pd.DataFrame]) -> None:
    frame = tables["events"]
    assert frame["event"].is_unique
    # facts.md: "17 Oct (2023) | Montpellier (34) | "8e rencontre nationale" | ANCT page": the
    # page prints the day, not the year.
    [montpellier] = rows(frame, event="ev:8e-rencontre-nationale-montpellier")
    assert (montpellier["kind"], montpellier["start"], montpellier["year"]) == (
        "crpv:NationalMeeting",
        "--10-17",
        2023,
    )
    assert montpellier["year_inferred"] is True and montpellier["number"] == 8
    assert montpellier["place"] == "pl:montpellier"
    [nantes] = rows(frame, event="ev:2019-06-rencontre-nationale")
    assert (nantes["start"], nantes["end"], nantes["year_inferred"]) == (
        "2019-06-25",
        "2019-06-26",
        False,
    )
    barcamp = rows(frame, event="ev:2019-06-barcamp")
    assert [r["parent"] for r in barcamp] == ["ev:2019-06-rencontre-nationale"]


def test_bodies_say_when_sources_disagree_on_a_founding_date(
    tables: dict[str, pd.DataFrame],
) -> None:
    frame = tables["bodies"]
    assert frame["body"].is_unique
    # The ANCT: the law of 22 July 2019 creates it, it exists from 1 January 2020 (two sources).
    [anct] = rows(frame, body="o:anct")
    assert (anct["kind"], anct["founded"], anct["founding_dates"]) == (
        "crpv:NationalAgency",
        "2019-07-22",
        2,
    )
    # A resource centre that is also an association is a resource centre.
    [oriv] = rows(frame, body="o:oriv")
    assert (oriv["kind"], oriv["resource_centre"], oriv["founded"]) == (
        "crpv:ResourceCentre",
        True,
        "1992",
    )
    assert frame["resource_centre"].sum() == 21


def test_partnerships_and_successions_read_the_sources_statements(
    tables: dict[str, pd.DataFrame],
) -> None:
    # facts.md: "Normanvilles | Normandie | ? | labelled 2015"
    labelled = rows(tables["partnerships"], body="o:normanvilles", relation="crpv:labelledBy")
    assert [(r["partner"], r["date"], r["source"]) for r in labelled] == [
        ("o:cget", "2015", NORMANVILLES_2016)
    ]
    hosted = rows(tables["partnerships"], body="o:reso-villes", relation="crpv:hosts")
    assert {(r["partner"], r["event"]) for r in hosted} == {
        ("o:cget", "ev:2019-06-rencontre-nationale")
    }
    # The Senate report dates the ANCT's creation, merging the CGET, on 1 January 2020; the
    # decree's article gives no date: each source keeps its own row.
    merged = rows(tables["successions"], original="o:cget", resulting="o:anct")
    assert (False, "2020-01-01", SENAT_ANCT) in {
        (r["renaming"], r["date"], r["source"]) for r in merged
    }
    assert len({r["source"] for r in merged}) == len(merged) >= 2
    # facts.md: the ADCF "decided to rename itself Intercommunalités de France" (October 2021).
    renamed = rows(tables["successions"], change="chg:renaming-adcf-2021")
    assert [(r["original"], r["resulting"], r["renaming"], r["new_name"], r["date"])
            for r in renamed] == [("o:adcf", "o:adcf", True, "Intercommunalités de France", "2021-10")]  # fmt: skip


@pytest.mark.parametrize("name", sorted(TABLES))
def test_a_table_read_from_an_oxigraph_server_is_the_same_table(
    name: str, tables: dict[str, pd.DataFrame], oxigraph_server: OxigraphServer
) -> None:
    """The same rows (in any order: stores may order ties differently) and the same dtypes
    from a real Oxigraph server the dataset was pushed to."""
    remote = table(SparqlEndpoint(oxigraph_server.query_url, timeout=60), name)
    local = tables[name]
    assert list(remote.dtypes.astype(str)) == list(local.dtypes.astype(str))
    ordered = [remote, local]
    for index, frame in enumerate(ordered):
        ordered[index] = frame.sort_values(list(frame.columns), na_position="first").reset_index(
            drop=True
        )
    pd.testing.assert_frame_equal(ordered[0], ordered[1])


def test_the_cli_csv_parses_back_into_the_same_columns(
    cli: Cli, tables: dict[str, pd.DataFrame]
) -> None:
    result = cli("table", "participations", "--format", "csv")
    assert result.exit_code == 0, result.output
    parsed = pd.read_csv(io.StringIO(result.stdout), dtype=str, keep_default_na=False)
    expected = tables["participations"]
    assert list(parsed.columns) == list(expected.columns)
    assert len(parsed) == len(expected)
    assert list(parsed["participant"]) == list(expected["participant"])


def test_the_cli_writes_json_to_a_file_and_lists_the_tables(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "events.json"
    result = cli("table", "events", "--format", "json", "--output", str(out))
    assert result.exit_code == 0 and result.stdout == f"{out}\n"
    records = json.loads(out.read_text(encoding="utf-8"))
    assert list(records[0]) == [c.name for c in TABLES["events"].columns]
    listing = cli("table").stdout
    for name, spec in TABLES.items():
        assert f"{name}  " in listing
        assert all(f"    {c.name} ({c.type})" in listing for c in spec.columns)


def test_an_unknown_table_is_one_line_naming_the_tables(cli: Cli) -> None:
    error = one_line_error(cli("table", "members"))
    assert "unknown table 'members'" in error and "memberships" in error


def test_docs_tables_md_is_the_schema_the_headers_document() -> None:
    assert (CHECKOUT / "docs" / "tables.md").read_text(encoding="utf-8") == markdown(), (
        'regenerate: python -c "from crpv_graph.query.tables import markdown; '
        "print(markdown(), end='')\" > docs/tables.md"
    )
