"""Building a dataset in the store's tests, and source files that must stop a build."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import Cli

HEADER = """@prefix crpv: <https://w3id.org/crpv/ontology#> .
@prefix crpvg: <https://w3id.org/crpv/graph/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix o: <https://w3id.org/crpv/id/organization/> .
"""
#: The source document <https://example.org/bad>, declared as every source must be.
DECLARED = """crpvg:sources { <https://example.org/bad> a crpv:SourceDocument ; rdfs:label "Bad"@en . }
"""
#: A prefix used without being declared (line 3).
BAD_PREFIX = """@prefix crpvg: <https://w3id.org/crpv/graph/> .
<https://example.org/bad> {
    <https://example.org/x> <https://example.org/p> nope:thing .
}
"""
#: A date that does not exist, on line 10.
ILL_TYPED = (
    HEADER
    + DECLARED
    + '<https://example.org/bad> {\n o:x a crpv:ResourceCentre ; rdfs:label "X"@fr ;\n'
    + '  schema:foundingDate "1993-13-45"^^xsd:date .\n}\n'
)
#: A resource without a label: SHACL's shape:Organization refuses it.
NAMELESS = HEADER + DECLARED + "<https://example.org/bad> { o:nameless a crpv:ResourceCentre . }\n"


def built(cli: Cli, data: Path, out: Path) -> str:
    """Build ``data`` into ``out``, which must succeed; the build's manifest."""
    result = cli("--data", str(data), "build", "--out", str(out))
    assert result.exit_code == 0, result.output
    return (out / "manifest.json").read_text()


def listing(directory: Path) -> dict[str, bytes]:
    """Every file below ``directory`` and its bytes, to compare a directory before and after."""
    return {str(path.relative_to(directory)): path.read_bytes()
            for path in sorted(directory.rglob("*")) if path.is_file()}  # fmt: skip
