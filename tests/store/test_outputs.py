"""``crpv-graph build``: its outputs, the same bytes every time; bad input, a full disk or a
directory that is not a build stop it on one line and leave everything as it was."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pyoxigraph
import pytest
import rdflib

from crpv_graph.store import dataset
from crpv_graph.store.dataset import LoadError
from tests.helpers import CHECKOUT, CRPV_GRAPH, FIXTURE_DATA, Cli, on_small_disk

BAD_PREFIX = """@prefix crpvg: <https://w3id.org/crpv/graph/> .
<https://example.org/bad> {
    <https://example.org/x> <https://example.org/p> nope:thing .
}
"""
HEADER = """@prefix crpv: <https://w3id.org/crpv/ontology#> .
@prefix crpvg: <https://w3id.org/crpv/graph/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix o: <https://w3id.org/crpv/id/organization/> .
"""
DECLARED = """crpvg:sources { <https://example.org/bad> a crpv:SourceDocument ; rdfs:label "Bad"@en . }
"""
ILL_TYPED = (
    HEADER
    + DECLARED
    + '<https://example.org/bad> {\n o:x a crpv:ResourceCentre ; rdfs:label "X"@fr ;\n'
    + '  schema:foundingDate "1993-13-45"^^xsd:date .\n}\n'
)


def built(cli: Cli, data: Path, out: Path) -> str:
    result = cli("--data", str(data), "build", "--out", str(out))
    assert result.exit_code == 0, result.output
    return (out / "manifest.json").read_text()


def test_build_writes_every_format_and_a_void_description(
    cli: Cli, fixture_copy: Path, tmp_path: Path
) -> None:
    out = tmp_path / "build"
    manifest = json.loads(built(cli, fixture_copy, out))
    assert set(manifest["files"]) == {
        "crpv.nq", "crpv.trig", "crpv.jsonld", "void.ttl", "sources.json"
    }  # fmt: skip
    assert {path.name for path in out.iterdir()} == {*manifest["files"], "manifest.json"}
    trig = rdflib.Dataset().parse(out / "crpv.trig", format="trig")
    nquads = rdflib.Dataset().parse(out / "crpv.nq", format="nquads")
    jsonld = rdflib.Dataset().parse(out / "crpv.jsonld", format="json-ld")
    reparsed = list(
        pyoxigraph.parse(path=str(out / "crpv.nq"), format=pyoxigraph.RdfFormat.N_QUADS)
    )
    assert len(reparsed) == manifest["triples"]
    # rdflib merges a few literals that Oxigraph keeps apart; the three files agree under rdflib.
    assert len(trig) == len(nquads) == len(jsonld) > 0
    assert '"@context"' in (out / "crpv.jsonld").read_text()
    void = rdflib.Graph().parse(out / "void.ttl")
    VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
    dataset_iri = rdflib.URIRef("https://w3id.org/crpv/dataset")
    assert int(void.value(dataset_iri, VOID.triples)) == manifest["triples"]
    assert rdflib.URIRef("https://example.org/fixture-article") in set(
        void.objects(dataset_iri, VOID.subset)
    )
    licence = void.value(dataset_iri, rdflib.URIRef("http://purl.org/dc/terms/license"))
    assert "etalab" in str(licence)
    assert not list(tmp_path.glob(".build-*")), "no staging directory left behind"
    assert "dcterms:modified" not in (out / "void.ttl").read_text(), "no wall-clock date"


def test_the_json_ld_holds_the_same_quads_as_the_n_quads(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "build"
    built(cli, FIXTURE_DATA, out)

    def canonical(name: str, rdf_format: pyoxigraph.RdfFormat) -> set[str]:
        quads = pyoxigraph.Dataset(pyoxigraph.parse(path=str(out / name), format=rdf_format))
        quads.canonicalize(pyoxigraph.CanonicalizationAlgorithm.RDFC_1_0)
        return {str(quad) for quad in quads}

    nquads = canonical("crpv.nq", pyoxigraph.RdfFormat.N_QUADS)
    assert canonical("crpv.jsonld", pyoxigraph.RdfFormat.JSON_LD) == nquads
    assert canonical("crpv.trig", pyoxigraph.RdfFormat.TRIG) == nquads
    assert '"o:centre-a"' in (out / "crpv.jsonld").read_text(), "IRIs are prefixed names"


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        (
            "malformed.trig",
            HEADER + '<https://example.org/bad> { o:x rdfs:label "x" \n',
            "malformed.trig:",
        ),
        ("prefix.trig", BAD_PREFIX, "prefix.trig:3: "),
        ("datatype.trig", ILL_TYPED, 'datatype.trig:10: "1993-13-45" is not a valid'),
        (
            "undeclared.trig",
            HEADER
            + '<https://example.org/undeclared> { o:x a crpv:ResourceCentre ; rdfs:label "X"@fr . }\n',
            "[declared-source]",
        ),
        (
            "shacl.trig",
            HEADER
            + DECLARED
            + "<https://example.org/bad> { o:nameless a crpv:ResourceCentre . }\n",
            "<https://w3id.org/crpv/id/organization/nameless> [shape:Organization]",
        ),
    ],
)
def test_bad_input_stops_the_build_and_keeps_the_previous_one(
    cli: Cli, fixture_copy: Path, tmp_path: Path, name: str, content: str, expected: str
) -> None:
    out = tmp_path / "build"
    before = built(cli, fixture_copy, out)
    (fixture_copy / name).write_text(content, encoding="utf-8")
    result = cli("--data", str(fixture_copy), "build", "--out", str(out))
    assert result.exit_code == 1
    assert expected in result.output
    assert name in result.output
    assert (out / "manifest.json").read_text() == before


def test_validate_reports_zero_violations_on_the_real_dataset(cli: Cli) -> None:
    result = cli("validate")
    assert result.exit_code == 0, result.output
    assert "valid: 0 violations" in result.output


def test_stats_on_the_real_dataset_covers_centres_meetings_and_provenance(cli: Cli) -> None:
    result = cli("stats")
    assert result.exit_code == 0
    out = result.output
    assert "100% of data triples inside a source's named graph; outside any graph: 0" in out
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


def test_rules_keep_blank_nodes_and_type_every_organisation() -> None:
    # An unnamed organisation is a blank node: the inferred org:Organization must land on that
    # same node (rules hand most results over as N-Triples, which would rename it).
    from crpv_graph.store.infer import apply_rules

    store = pyoxigraph.Store()
    store.load(
        b"@prefix crpv: <https://w3id.org/crpv/ontology#> . "
        b"@prefix org: <http://www.w3.org/ns/org#> . "
        b"@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . "
        b"crpv:ResourceCentre rdfs:subClassOf org:Organization . "
        b"<https://w3id.org/crpv/id/organization/irev> a crpv:ResourceCentre . "
        b"_:unnamed a crpv:ResourceCentre .",
        format=pyoxigraph.RdfFormat.TURTLE,
        to_graph=pyoxigraph.NamedNode("https://example.org/source"),
    )
    apply_rules(store)
    organisation = pyoxigraph.NamedNode("http://www.w3.org/ns/org#Organization")
    rdf_type = pyoxigraph.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    typed = {q.subject for q in store.quads_for_pattern(None, rdf_type, organisation)}
    centres = {
        q.subject
        for q in store.quads_for_pattern(
            None, rdf_type, pyoxigraph.NamedNode("https://w3id.org/crpv/ontology#ResourceCentre")
        )
    }
    assert typed == centres and len(typed) == 2


def build_process(data: Path, out: Path, cache: Path, **env: str) -> None:
    """``crpv-graph build`` in a process of its own, with its own compiled-dataset cache."""
    environment = {**os.environ, "CRPV_CACHE": str(cache), **env}
    done = subprocess.run([CRPV_GRAPH, "--quiet", "--data", str(data), "build", "--out", str(out)],
                          capture_output=True, text=True, env=environment)  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_two_builds_in_separate_processes_give_the_same_bytes(tmp_path: Path) -> None:
    # Different hash seeds, different caches: only the inputs are shared.
    first, second = tmp_path / "first", tmp_path / "second"
    build_process(CHECKOUT / "data", first, tmp_path / "cache-1", PYTHONHASHSEED="1")
    build_process(CHECKOUT / "data", second, tmp_path / "cache-2", PYTHONHASHSEED="2")
    names = sorted(path.name for path in first.iterdir())
    assert names == sorted(path.name for path in second.iterdir())
    assert len(names) == 6
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    assert "_:c14n0" in (first / "crpv.nq").read_text(), "blank nodes have canonical labels"


def test_source_date_epoch_dates_the_void_description(tmp_path: Path) -> None:
    build_process(FIXTURE_DATA, tmp_path / "build", tmp_path / "cache",
                  SOURCE_DATE_EPOCH="1700000000")  # fmt: skip
    assert 'dcterms:modified "2023-11-14"^^xsd:date' in (tmp_path / "build/void.ttl").read_text()


def listing(directory: Path) -> dict[str, bytes]:
    return {str(path.relative_to(directory)): path.read_bytes()
            for path in sorted(directory.rglob("*")) if path.is_file()}  # fmt: skip


def test_build_refuses_the_data_directory_and_deletes_nothing(cli: Cli, fixture_copy: Path) -> None:
    before = listing(fixture_copy)
    result = cli("--data", str(fixture_copy), "build", "--out", str(fixture_copy))
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "neither empty nor a crpv-graph build" in result.stderr
    assert listing(fixture_copy) == before


def test_build_refuses_the_current_directory(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = cli("--data", str(FIXTURE_DATA), "build", "--out", ".")
    assert result.exit_code == 1
    assert "refusing to write into ." in result.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["notes.txt"]


def test_a_build_someone_added_pages_to_is_refused_and_the_pages_kept(
    cli: Cli, tmp_path: Path
) -> None:
    out = tmp_path / "build"
    before = built(cli, FIXTURE_DATA, out)
    page = out / "partnership.html"
    assert cli("--data", str(FIXTURE_DATA), "network", "--out", str(page)).exit_code == 0
    result = cli("--data", str(FIXTURE_DATA), "build", "--out", str(out))
    assert result.exit_code == 1
    assert "1 file(s) crpv-graph did not write (partnership.html)" in result.stderr
    assert page.is_file() and (out / "manifest.json").read_text() == before


def test_make_demo_writes_its_pages_outside_the_build_directory() -> None:
    makefile = (CHECKOUT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\ndemo:", 1)[1].split("\n\n", 1)[0]
    (build_dir,) = re.findall(r" build --out (\S+)", recipe)
    pages = re.findall(r"--out (\S+\.html)", recipe)
    assert len(pages) == 2
    for page in pages:
        assert Path(build_dir) not in Path(page).parents, page


def test_the_staging_a_killed_build_left_is_removed_by_the_next_build(
    cli: Cli, tmp_path: Path
) -> None:
    out = tmp_path / "build"
    killed = tmp_path / ".build-build-k1ll3d"
    killed.mkdir()
    (killed / "crpv.nq").write_text("<a> <b> <c", encoding="utf-8")  # cut short
    notes = tmp_path / ".build-build-notes"
    notes.mkdir()
    (notes / "todo.txt").write_text("not written by a build", encoding="utf-8")
    built(cli, FIXTURE_DATA, out)
    assert not killed.exists()
    assert (notes / "todo.txt").is_file(), "a folder holding other files is not a build's"
    assert sorted(path.name for path in tmp_path.iterdir()) == [".build-build-notes", "build"]


def test_a_full_disk_stops_the_build_on_one_line_and_keeps_the_previous_one(
    fixture_copy: Path, tmp_path: Path
) -> None:
    # On a 1 MiB disk holding the compiled dataset (the cache) and its copy (--out), then
    # filled: writing the copy fails, then compiling changed data fails.
    kept = tmp_path / "kept"
    kept.mkdir()
    build = f'{CRPV_GRAPH} --quiet --data {fixture_copy} build --out "$0/build"'
    script = f"""
        export CRPV_CACHE="$0/cache"
        {build} > /dev/null || exit 9
        cp -r "$0/build" {kept}/before
        cat /dev/zero > "$0/filler" 2> /dev/null
        {build} 2> {kept}/copy.err; echo $? > {kept}/copy.rc
        echo "# one more line" >> {fixture_copy}/example.org--fixture-article.trig
        {build} 2> {kept}/compile.err; echo $? > {kept}/compile.rc
        cp -r "$0/build" {kept}/after
        ls -A "$0" "$0/cache" > {kept}/listing
    """
    done = on_small_disk(tmp_path / "disk", script, size="1m")
    assert done.returncode == 0, done.stderr
    for step in ("copy", "compile"):
        assert (kept / f"{step}.rc").read_text() == "1\n"
        error = (kept / f"{step}.err").read_text()
        assert error.count("\n") == 1, error
        assert error.startswith("Error: cannot write ") and "No space left on device" in error
    assert listing(kept / "after") == listing(kept / "before")
    assert ".build-" not in (kept / "listing").read_text(), "no staging left on the disk"


def test_an_ill_typed_literal_is_one_line_on_stderr_and_exit_1(fixture_copy: Path) -> None:
    # In a process of its own: a result iterator dropped on the wrong thread prints its
    # RuntimeError when the interpreter gets to it, after the command's error.
    (fixture_copy / "bad.trig").write_text(ILL_TYPED, encoding="utf-8")
    done = subprocess.run([CRPV_GRAPH, "--quiet", "--data", str(fixture_copy), "stats"],
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f'Error: {fixture_copy}/bad.trig:10: "1993-13-45" is not a valid '
        "http://www.w3.org/2001/XMLSchema#date (object of https://schema.org/foundingDate on "
        "<https://w3id.org/crpv/id/organization/x>)"
    ]


def test_the_load_error_of_an_ill_typed_literal_is_raised_on_the_calling_thread(
    fixture_copy: Path,
) -> None:
    (fixture_copy / "bad.trig").write_text(ILL_TYPED, encoding="utf-8")
    with pytest.raises(LoadError) as raised:
        dataset.load(fixture_copy)
    assert raised.value.line == 10
    passed_on = [str(entry.path) for entry in raised.traceback if "concurrent" in str(entry.path)]
    assert passed_on == [], "raised on this thread, not handed over from the worker"
