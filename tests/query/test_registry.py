"""The library of named queries, and query files: one that cannot be read is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from crpv_graph.query import load_queries
from crpv_graph.query.registry import QueryError, parse_query_text
from tests.helpers import invoke, one_line_error


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("SELECT * { ?s ?p ?o } # é".encode("latin-1"), "not UTF-8 text (byte 0xe9 at offset 24)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff", "not UTF-8 text (byte 0x89 at offset 0)"),
        (b"", "invalid SPARQL"),
    ],
)
def test_a_query_file_that_cannot_be_read_is_named(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "question.rq"
    path.write_bytes(content)
    message = one_line_error(invoke("query", str(path)))
    assert expected in message
    assert "question" in message


def test_a_missing_query_file_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "missing.rq"
    assert f"{missing}: cannot read the query" in one_line_error(invoke("query", str(missing)))


def test_every_parameter_of_the_library_is_described_in_french() -> None:
    untranslated = [
        f"{query.name}:{param.name}"
        for query in load_queries().values()
        for param in query.params
        if param.localized_doc("fr") == param.doc
    ]
    assert not untranslated


def test_a_french_description_must_name_a_parameter_of_the_query() -> None:
    with pytest.raises(QueryError, match="names no parameter: yaer"):
        parse_query_text(
            "q", "# param: year year - A year\n# param@fr: yaer Une année\nSELECT * {}"
        )
