"""Validation: the real dataset passes; a failure is reported by file, resource and rule."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import Cli, invoke
from tests.store.builds import NAMELESS


def test_validate_reports_zero_violations_on_the_real_dataset(cli: Cli) -> None:
    result = cli("validate")
    assert result.exit_code == 0, result.output
    assert "valid: 0 violations" in result.output


def test_a_validation_failure_prints_its_report_then_one_line(
    fixture_copy: Path, tmp_path: Path
) -> None:
    (fixture_copy / "shacl.trig").write_text(NAMELESS, encoding="utf-8")
    out = tmp_path / "build"
    result = invoke("--data", str(fixture_copy), "build", "--out", str(out))
    assert result.exit_code == 1
    *report, summary = result.stderr.splitlines()
    assert report[0] == "1 violation(s):" and "[shape:Organization]" in report[1]
    assert summary.startswith("Error: 1 violation(s); ") and "not compiled" in summary
    assert not out.exists()


#: Three ways to break the display-label rule on the fixture dataset (docs/data-model.md,
#: "Display labels"): two preferred names, several names and none preferred, a name both
#: preferred and alternative.
BAD_NAMES = """@prefix crpv: <https://w3id.org/crpv/ontology#> .
@prefix crpvg: <https://w3id.org/crpv/graph/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix o: <https://w3id.org/crpv/id/organization/> .
crpvg:sources { <https://example.org/names> a crpv:SourceDocument ; rdfs:label "Names"@en . }
<https://example.org/names> {
    o:centre-a a crpv:ResourceCentre ; rdfs:label "Centre Alpha"@fr ;
        skos:prefLabel "Centre Alpha"@fr , "Centre A"@fr .
    o:network a crpv:NationalNetwork ; rdfs:label "Réseau national"@fr .
    o:new-agency a crpv:NationalAgency ; skos:prefLabel "New agency"@fr ;
        skos:altLabel "New agency"@fr .
}
"""


def test_the_display_label_shape_refuses_two_names_none_and_one_both_ways(
    cli: Cli, fixture_copy: Path
) -> None:
    assert cli("--data", str(fixture_copy), "validate").exit_code == 0
    (fixture_copy / "example.org--names.trig").write_text(BAD_NAMES, encoding="utf-8")
    result = cli("--data", str(fixture_copy), "validate")
    assert result.exit_code == 1
    reported = [line for line in result.output.splitlines() if "[shape:DisplayLabel]" in line]
    by_resource = {line.split("<")[1].split(">")[0].rsplit("/", 1)[1]: line for line in reported}
    assert sorted(by_resource) == ["centre-a", "network", "new-agency"], result.output
    assert "more than one skos:prefLabel in one language" in by_resource["centre-a"]
    # "Network" (fixture article) and "Réseau national": the curators must choose.
    assert "no skos:prefLabel@fr" in by_resource["network"]
    assert "also a skos:altLabel" in by_resource["new-agency"]
    assert "example.org--names.trig" in by_resource["network"]
