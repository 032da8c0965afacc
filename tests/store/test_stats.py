"""``crpv-graph stats`` on the real dataset."""

from __future__ import annotations

from tests.helpers import Cli, query_rows


def test_stats_on_the_real_dataset_covers_centres_meetings_and_provenance(cli: Cli) -> None:
    result = cli("stats")
    assert result.exit_code == 0
    out = result.output
    distinct = query_rows(
        cli, "-q", "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }"
    )
    assert f"default graph (their union, each triple once): {distinct[0]['n']}\n" in out
    for year in (
        "2017-03-16",
        "2018-06-14",
        "2019-06-25",
        "2021-10-21",
        "2022-10-20",
        "2024-10-14",
    ):
        assert year in out
    assert "(2023, year inferred by the curators)" in out
    assert "resource centres (2" in out


def test_stats_shows_what_the_graph_knows_of_each_centre_as_the_completeness_query(
    cli: Cli,
) -> None:
    out = cli("stats").output
    section = out.split("what the graph knows of each resource centre (", 1)[1].split("\n\n")[0]
    rows = query_rows(cli, "completeness")
    lines = section.splitlines()
    assert lines[0].startswith(f"{len(rows)}; x: known")
    presidents = sum(1 for row in rows if row["presidents"])
    assert f"president {presidents}," in lines[1]
    centres = lines[3:]
    assert len(centres) == len(rows)
    profession_banlieue = next(line for line in centres if line.endswith("Profession Banlieue"))
    assert profession_banlieue.split() == ["x"] * 7 + ["Profession", "Banlieue"]
    assert "president" not in cli("stats", "--summary").output
