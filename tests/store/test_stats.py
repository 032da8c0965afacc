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
