"""Docs are a contract: every command, option and named query is in the README."""

from __future__ import annotations

import re
import tomllib

import click

from crpv_graph.cli import main
from crpv_graph.query import load_queries
from tests.helpers import CHECKOUT

README = (CHECKOUT / "README.md").read_text(encoding="utf-8")


def test_every_command_and_option_is_documented() -> None:
    ctx = click.Context(main)
    for option in main.params:
        for flag in option.opts:
            if flag.startswith("--"):
                assert flag in README, f"global option {flag} is not in the README"
    for name, command in main.commands.items():
        assert f"`{name}" in README, f"command {name} is not in the README"
        for param in command.get_params(ctx):
            for flag in param.opts:
                if flag.startswith("--") and flag != "--help":
                    assert flag in README, f"{name} {flag} is not in the README"


def test_every_named_query_is_documented_with_a_header() -> None:
    for name, query in load_queries().items():
        assert f"`{name}`" in README, f"named query {name} is not in the README"
        assert query.title and query.description, f"{name}.rq lacks a title or description"
        assert query.examples, f"{name}.rq lacks an example"


def test_every_served_route_is_documented() -> None:
    from starlette.routing import Mount, Route

    from crpv_graph.serve import ServerSettings, create_app

    app = create_app(ServerSettings(dataset=b""))
    for route in app.routes:
        assert isinstance(route, Route | Mount)
        path = re.sub(r"\{(\w+)(?::\w+)?\}", lambda match: match.group(1).upper(), route.path)
        assert f"`{path}" in README, f"route {path} is not in the README"


def test_every_response_header_is_documented() -> None:
    for header in (
        "X-Result-Rows",
        "X-Result-Truncated",
        "X-Query-Timed-Out",
        "X-Query-Too-Large",
        "Retry-After",
    ):
        assert f"`{header}" in README, f"header {header} is not in the README"


def test_network_output_shapes_are_documented() -> None:
    from crpv_graph.network import metrics

    for column in [*metrics.CENTRALITY_COLUMNS, *metrics.COMPARE_COLUMNS, *metrics.CHANGE_ORDER]:
        assert column in README, f"network output column {column} is not in the README"


def test_every_picture_the_readme_shows_is_in_the_repository() -> None:
    pictures = re.findall(r"\]\((docs/img/[^)]+\.png)\)", README)
    assert "docs/img/site-network-desktop.png" in pictures
    missing = [picture for picture in pictures if not (CHECKOUT / picture).is_file()]
    assert not missing


def test_every_relation_the_ingest_reads_is_documented() -> None:
    cues = tomllib.loads((CHECKOUT / "crpv_graph/ingest/cues.toml").read_text(encoding="utf-8"))
    page = (CHECKOUT / "docs/ingest.md").read_text(encoding="utf-8")
    for table in cues:
        if ":" in table:  # a property's cues, not a shared table ([between], [events]...)
            assert f"`{table}`" in page, f"{table} (cues.toml) is not in docs/ingest.md"
    assert "(docs/ingest.md)" in README, "the README does not link to docs/ingest.md"
