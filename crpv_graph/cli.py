"""The ``crpv-graph`` command line: a thin layer over the library.

Every command exits 0 on success. A user's error is one line on stderr and exit 1, reported in
one place (:class:`CrpvGroup`); a mistake in the command line itself gets click's usage message
and exit 2.
"""

from __future__ import annotations

import errno
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from crpv_graph import __version__
from crpv_graph.errors import CrpvError
from crpv_graph.i18n import DEFAULT_LANGUAGE, LANGUAGES
from crpv_graph.network import KINDS
from crpv_graph.query import (
    Target,
    formats,
    load_queries,
    parse_query_text,
    resolve_query,
    run,
    table,
)
from crpv_graph.query.find import FORMATS as FIND_FORMATS
from crpv_graph.query.find import NothingFound, find, matches_text
from crpv_graph.store import compiled
from crpv_graph.store.dataset import InvalidDataset

# The heavier modules (pyshacl, pandas, networkx, spaCy, the HTTP clients) are imported by the
# commands that use them, so that `crpv-graph query` starts about as fast as Python can import
# rdflib and pyoxigraph (benchmarks/results.md, cold start).
if TYPE_CHECKING:
    import pandas


FC = TypeVar("FC", bound=Callable[..., Any])


def _seconds(name: str, default: float, help: str) -> Callable[[FC], FC]:
    """An option for a duration in seconds (0.1 at least), its default shown by ``--help``."""
    kind = click.FloatRange(min=0.1)
    return click.option(name, type=kind, default=default, show_default=True, help=help)


def _count(name: str, least: int, default: int, help: str, **more: Any) -> Callable[[FC], FC]:
    """An option for a whole number (``least`` at least), its default shown by ``--help``."""
    kind = click.IntRange(min=least)
    return click.option(name, type=kind, default=default, show_default=True, help=help, **more)


def _directory(name: str, envvar: str, help: str) -> Callable[[FC], FC]:
    """A global option naming a directory (``--data`` gives ``data_dir``), also read from
    ``envvar``."""
    kind = click.Path(file_okay=False, path_type=Path)
    destination = name.removeprefix("--") + "_dir"
    return click.option(name, destination, type=kind, envvar=envvar, help=help)


def _language(name: str, help: str) -> Callable[[FC], FC]:
    """An option choosing the language of what a command writes (French by default)."""
    kind = click.Choice(LANGUAGES)
    return click.option(name, type=kind, default=DEFAULT_LANGUAGE, show_default=True, help=help)


def _output_directory(default: str, what: str) -> Callable[[FC], FC]:
    """``--out``: the directory a command writes whole (``out_dir``); never one it did not write."""
    return click.option(
        "--out",
        "out_dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=Path(default),
        show_default=True,
        help=f"Directory to write: missing, empty or an earlier {what} (replaced whole, "
        "atomically: a failed build leaves it as it was); any other directory is refused.",
    )


class Settings:
    """Options shared by every command (set on the group)."""

    def __init__(
        self,
        data_dir: Path | None,
        ontology_dir: Path | None,
        dataset_dir: Path | None,
        quiet: bool,
    ) -> None:
        self.data_dir = data_dir
        self.ontology_dir = ontology_dir
        self.dataset_dir = dataset_dir
        self.quiet = quiet

    def open(self, list_violations: bool = False) -> compiled.CompiledDataset:
        """The compiled dataset every command works on: the one ``--dataset`` names, as built;
        else that of ``--data``, compiled first (saying why on one line) if an input changed.

        Data that does not validate stops the command on one line that points to ``validate``;
        with ``list_violations`` (``build``) every violation is listed first.
        """
        try:
            if self.dataset_dir:
                return compiled.open_compiled(self.dataset_dir)
            return compiled.open_dataset(self.data_dir, self.ontology_dir, announce=self.step)
        except InvalidDataset as error:
            if list_violations:
                error.details = str(error.report)
            raise

    @contextmanager
    def step(self, what: str) -> Iterator[None]:
        """Say on stderr what a step is doing and how long it took (unless --quiet)."""
        start = time.perf_counter()
        if not self.quiet:
            click.echo(f"{what}...", err=True, nl=False)
        try:
            yield
        finally:
            if not self.quiet:
                click.echo(f" {time.perf_counter() - start:.1f}s", err=True)


pass_settings = click.make_pass_decorator(Settings)


class CrpvGroup(click.Group):
    """The command group, where every :class:`~crpv_graph.errors.CrpvError` is reported.

    The one place errors are translated: a command lets the library's errors rise, and they
    end here as ``Error: MESSAGE`` on one line of stderr (as click reports its own), after the
    error's details if it has some, and the error's exit code. A full disk met while writing
    standard output (files are written by :func:`~crpv_graph.paths.atomic_path`, which says
    which) is reported the same way. Anything else is a bug: it keeps its traceback.
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except CrpvError as error:
            if error.details:
                click.echo(error.details, err=True)
            click.echo(f"Error: {' '.join(str(error).split())}", err=True)
            ctx.exit(error.exit_code)
        except OSError as error:
            if error.errno not in (errno.ENOSPC, errno.EDQUOT):
                raise
            click.echo(f"Error: cannot write the output: {error.strerror}", err=True)
            ctx.exit(1)


@click.group(cls=CrpvGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="crpv-graph")
@_directory(
    "--data",
    "CRPV_DATA",
    "Directory of source TriG files (default: ./data, else the checkout's; env CRPV_DATA).",
)
@_directory(
    "--ontology",
    "CRPV_ONTOLOGY",
    "Directory of the ontology and shapes (default: the package's own; env CRPV_ONTOLOGY).",
)
@_directory(
    "--dataset",
    "CRPV_DATASET",
    "Open this compiled dataset (written by `build --out`) as it was built, without the "
    "sources (env CRPV_DATASET; default: the compiled dataset of --data, kept up to date).",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress messages on stderr.")
@click.pass_context
def main(
    ctx: click.Context,
    data_dir: Path | None,
    ontology_dir: Path | None,
    dataset_dir: Path | None,
    quiet: bool,
) -> None:
    """crpv-graph: the knowledge graph of the CRPV network.

    \b
    Examples:
      crpv-graph build                      # compile, validate and write build/
      crpv-graph query centres              # a named query, as a table
      crpv-graph query -q 'SELECT * { ?s a crpv:ResourceCentre }' --format csv
    """
    ctx.obj = Settings(data_dir, ontology_dir, dataset_dir, quiet)


@main.command()
@_output_directory("build", "build")
@pass_settings
def build(settings: Settings, out_dir: Path) -> None:
    """Compile the dataset (load, infer, validate) and write a copy of it to OUT.

    Writes crpv.nq, crpv.trig, crpv.jsonld, void.ttl (VoID/DCAT), sources.json and
    manifest.json, the same bytes for the same inputs. Exits 1 without touching OUT if a file
    does not parse, the data does not validate, or the disk is full.

    \b
    Example:
      crpv-graph build --out build
    """
    dataset = settings.open(list_violations=True)
    with settings.step(f"writing {out_dir}"):
        written = compiled.export_dataset(dataset, out_dir)
    click.echo(f"built {out_dir}: {written.triples} triples from {written.sources} sources")
    for path in written.files:
        click.echo(f"  {path}")


@main.command(name="validate")
@pass_settings
def validate_command(settings: Settings) -> None:
    """Check parsing, provenance and SHACL shapes; report each violation.

    Each line names the file(s), the resource and the rule broken. Exits 1 on any violation.
    Validation runs when the dataset is compiled: on unchanged inputs this reports the result
    of the last compilation at once.

    \b
    Example:
      crpv-graph validate
    """
    try:
        settings.open()
    except InvalidDataset as error:
        click.echo(str(error.report))  # the violations are this command's output
        raise
    click.echo("valid: 0 violations")


@main.command(name="stats")
@click.option("--summary", is_flag=True, help="Only totals, centres and national meetings.")
@pass_settings
def stats_command(settings: Settings, summary: bool) -> None:
    """Count triples, entities by class, triples by source and things by year.

    Also lists every resource centre and every national meeting.

    \b
    Example:
      crpv-graph stats
    """
    from crpv_graph.store import stats

    click.echo(stats.format_stats(stats.compute(settings.open()), summary=summary), nl=False)


@main.command()
@pass_settings
def queries(settings: Settings) -> None:
    """List the named queries with their title, description and parameters.

    \b
    Example:
      crpv-graph queries
    """
    for named in load_queries().values():
        click.echo(f"{named.name}  ({named.form})")
        click.echo(f"    {named.title}")
        if named.description:
            click.echo(f"    {named.description}")
        for param in named.params:
            default = f" (default {param.default})" if param.default else ""
            click.echo(f"    --param {param.name}=<{param.kind}>{default}  {param.doc}")
        for example in named.examples:
            click.echo(f"    e.g. {example}")


def _parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"expected NAME=VALUE, got {pair!r}", param_hint="--param")
        values[name.strip()] = value
    return values


@main.command()
@click.argument("name_or_file", required=False)
@click.option(
    "-q", "--query", "inline", help="A SPARQL query given inline instead of NAME-or-FILE."
)
@click.option(
    "-p", "--param", "params", multiple=True, metavar="NAME=VALUE", help="Bind a query parameter."
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(formats.FORMATS),
    default="table",
    show_default=True,
    help="Output format: table, SPARQL results (json, xml, csv, tsv) or RDF for graph results.",
)
@click.option(
    "--endpoint",
    metavar="URL",
    help="Send the query to this SPARQL 1.1 endpoint instead of the embedded store.",
)
@_seconds("--timeout", 30.0, "Seconds to wait for an --endpoint's answer.")
@pass_settings
def query(
    settings: Settings,
    name_or_file: str | None,
    inline: str | None,
    params: tuple[str, ...],
    fmt: str,
    endpoint: str | None,
    timeout: float,
) -> None:
    """Run a named query, a .rq file or an inline query over the union of all graphs.

    The project's prefixes (crpv:, o:, p:, ev:, org:, schema:...) are predeclared. With
    --endpoint, the same query goes to a remote SPARQL endpoint (whose default graph should be
    the union of its graphs, as after `crpv-graph push`) and prints the same output.

    \b
    Examples:
      crpv-graph query leadership --param centre=o:irev
      crpv-graph query my-question.rq --format csv
      crpv-graph query -q 'ASK { o:cget crpv:predecessorOf o:anct }'
      crpv-graph query centres --endpoint http://localhost:7878/query
    """
    from crpv_graph.query import remote

    if bool(name_or_file) == bool(inline):
        raise click.UsageError("give either NAME-or-FILE or --query, not both or neither")
    named = parse_query_text("inline", inline) if inline else resolve_query(str(name_or_file))
    values = _parse_params(params)
    target: Target = (
        remote.SparqlEndpoint(endpoint, timeout=timeout) if endpoint else settings.open().store
    )
    result = run(target, named, values)
    table.write_result(target, result, fmt, sys.stdout)


@main.command(name="find")
@click.argument("text")
@click.option("--kind", metavar="CLASS", help="Only entities of this class (crpv:ResourceCentre).")
@_count("--limit", 1, 10, "How many entities to list at most.")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(FIND_FORMATS),
    default="table",
    show_default=True,
    help="table (compact IRI, kind, label) or csv/json (every field, full IRIs).",
)
@click.option("--endpoint", metavar="URL", help="Search this SPARQL endpoint instead.")
@_seconds("--timeout", 30.0, "Seconds to wait for an --endpoint's answer.")
@pass_settings
def find_command(
    settings: Settings,
    text: str,
    kind: str | None,
    limit: int,
    fmt: str,
    endpoint: str | None,
    timeout: float,
) -> None:
    """Find entities by name: accents, case, punctuation, acronyms, former names and the first
    letters of words do not matter, and a typo or two is forgiven. Best match first.

    Exits 1, saying so on one line, when nothing matches.

    \b
    Examples:
      crpv-graph find "reso villes"
      crpv-graph find CR-DSU
      crpv-graph find paris --kind crpv:ResourceCentre --format csv
    """
    from crpv_graph.query import remote

    target: Target = (
        remote.SparqlEndpoint(endpoint, timeout=timeout) if endpoint else settings.open().store
    )
    matches = find(target, text, kind=kind, limit=limit)
    if not matches:
        raise NothingFound(f"no entity is named like {text!r} (try fewer or shorter words)")
    click.echo(matches_text(matches, fmt), nl=False)


@main.command()
@click.option(
    "--endpoint",
    metavar="URL",
    required=True,
    help="Graph Store Protocol URL of the triple store (Oxigraph: http://HOST:PORT/store; "
    "Virtuoso: http://HOST:8890/sparql-graph-crud-auth).",
)
@click.option(
    "--update-endpoint",
    metavar="URL",
    help="SPARQL Update URL (default: derived for Oxigraph, Virtuoso and Fuseki).",
)
@click.option(
    "--query-endpoint",
    metavar="URL",
    help="SPARQL query URL (default: derived for Oxigraph, Virtuoso and Fuseki).",
)
@click.option(
    "--prune", is_flag=True, help="Drop the graphs of sources no longer in the data directory."
)
@click.option(
    "--user",
    metavar="NAME",
    help="User for the store's basic or digest authentication; the password is read from "
    "CRPV_PASSWORD, else asked.",
)
@_seconds("--timeout", 60.0, "Seconds to wait for each request.")
@pass_settings
def push(
    settings: Settings,
    endpoint: str,
    update_endpoint: str | None,
    query_endpoint: str | None,
    prune: bool,
    user: str | None,
    timeout: float,
) -> None:
    """Publish the dataset to a triple store, all at once or not at all.

    Opens the compiled dataset (validated when compiled, like build), uploads every named
    graph (one per source, the metadata, inferred and ontology graphs) and the union graph
    <https://w3id.org/crpv/graph/union> under staging names with the Graph Store Protocol,
    checks that the store kept each one whole, then switches them in with one SPARQL Update
    request (MOVE). Readers see the old version or the new one. The version (the build
    fingerprint) is written in the metadata graph and printed. Graphs of sources no longer in
    the data are listed, and dropped with --prune.

    \b
    Examples:
      oxigraph serve --location store &
      crpv-graph push --endpoint http://localhost:7878/store
      CRPV_PASSWORD=... crpv-graph push --user dba --prune \\
          --endpoint http://localhost:8890/sparql-graph-crud-auth
    """
    from crpv_graph.store import publish

    services = publish.StoreServices.of(endpoint, update_endpoint, query_endpoint)
    auth = None
    if user:
        password = os.environ.get("CRPV_PASSWORD") or click.prompt(
            f"password of {user}", hide_input=True, err=True
        )
        auth = publish.ChallengeAuth(user, password)
    dataset = settings.open()
    with settings.step("pushing"):
        result = publish.push(dataset, services, prune=prune, auth=auth, timeout=timeout)
    click.echo(
        f"pushed version {result.version}: {result.triples} triples in {result.graphs} graphs "
        f"to {result.endpoint}"
    )
    if result.stale:
        what = "dropped" if result.pruned else "still published (drop them with --prune)"
        click.echo(f"{len(result.stale)} graph(s) of sources no longer in the data {what}:")
        for graph in result.stale:
            click.echo(f"  {graph}")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@_seconds("--timeout", 10.0, "Seconds a query may run in all before it is stopped (answer 503).")
@_seconds(
    "--quick-time",
    1.0,
    "Seconds a query may hold one of the --workers seats; past it, it goes on in the "
    "long lane if there is room, else it is stopped (answer 503, Retry-After).",
)
@_count(
    "--long-queries",
    0,
    1,
    "Queries that may run past --quick-time at once (one per client), at low priority.",
)
@_count("--workers", 1, 2, "Query worker seats (processes, each holding the dataset in memory).")
@_count(
    "--queue", 0, 64, "Queries that may wait for a seat; more are answered 503 with Retry-After."
)
@_count(
    "--max-memory",
    64,
    1024,
    "Memory a worker may use (MiB); a query past it answers 503 X-Query-Too-Large.",
    metavar="MIB",
)
@_count(
    "--max-rows", 1, 10_000, "Rows (or triples) a result may hold; longer ones are cut and say so."
)
@click.option(
    "--cors-origin",
    "cors_origins",
    multiple=True,
    metavar="ORIGIN",
    help="Let pages from this origin query the endpoint (repeatable; default: none).",
)
@click.option(
    "--unconfined-workers",
    is_flag=True,
    help="Serve even where the workers cannot be kept off the network (no seccomp: macOS, "
    "Windows). Only on a trusted network.",
)
@_seconds(
    "--header-timeout",
    10.0,
    "Seconds a client has to send a request's line and headers, from connecting (or "
    "from the first byte of its next request); then 408 or, if it sent nothing, closed.",
)
@_seconds(
    "--body-timeout",
    30.0,
    "Seconds a client has to send a request's body, from the end of its headers; then 408.",
)
@_count(
    "--max-connections",
    1,
    1024,
    "Open connections; past it, the one that has waited longest for a request is closed "
    "(503 if every one is busy with a request).",
)
@click.option(
    "--site",
    "site_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Serve this already built site (crpv-graph site --out DIR) at /site/ (default: build "
    "the dataset's site into the cache on the first start, reuse it after).",
)
@_language(
    "--site-lang",
    "Language of the site built for /site/ (the server's own pages follow each reader).",
)
@pass_settings
def serve(
    settings: Settings,
    host: str,
    port: int,
    timeout: float,
    quick_time: float,
    long_queries: int,
    workers: int,
    queue: int,
    max_memory: int,
    max_rows: int,
    cors_origins: tuple[str, ...],
    unconfined_workers: bool,
    header_timeout: float,
    body_timeout: float,
    max_connections: int,
    site_dir: Path | None,
    site_lang: str,
) -> None:
    """Serve the dataset: a read-only SPARQL endpoint, a query page and the named queries.

    SPARQL 1.1 Protocol at /sparql (GET and POST, content negotiation), the query page at /,
    every named query at /queries/NAME (HTML, .json, .csv, .tsv...), /health for a monitor;
    the project's IRIs at /id/... (RDF by content negotiation, or the site's page), the
    ontology at /ontology, the static site at /site/.
    Updates, SERVICE and remote FROM are refused; each query runs in a worker process that
    cannot open a network socket, is bounded in memory, and is stopped at --timeout.
    Idle, slow and oversized requests are cut short (--header-timeout, --body-timeout,
    --max-connections; URL over 64 KiB: 414, headers over 32 KiB: 431).

    \b
    Examples:
      crpv-graph serve
      crpv-graph serve --port 8080 --timeout 20 --cors-origin https://example.org
    """
    from crpv_graph.serve import ServerSettings, create_app
    from crpv_graph.serve.executor import MIB, Limits
    from crpv_graph.serve.http import ConnectionLimits
    from crpv_graph.serve.http import serve as serve_http
    from crpv_graph.serve.sandbox import confinement_problem
    from crpv_graph.serve.site import built_site

    limits = Limits(
        workers=workers,
        timeout=timeout,
        quick_time=min(quick_time, timeout),
        long_queries=long_queries,
        queue=queue,
        max_memory=max_memory * MIB,
        max_rows=max_rows,
        confined=not unconfined_workers,
    )
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    if limits.processes * limits.max_memory > memory:
        raise CrpvError(
            f"{limits.processes} worker processes x {max_memory} MiB is more than this "
            f"machine's {memory // MIB} MiB: lower --max-memory, --workers or --long-queries"
        )
    if limits.confined:
        problem = confinement_problem()
        if problem:
            raise CrpvError(
                f"the query workers cannot be kept off the network here ({problem}); "
                "pass --unconfined-workers to serve anyway on a trusted network"
            )
    opened = settings.open()
    if site_dir is not None and not (site_dir / "index.html").is_file():
        raise CrpvError(f"{site_dir} holds no site (no index.html): build it with crpv-graph site")
    site = site_dir or built_site(opened, site_lang)
    app = create_app(ServerSettings(opened.nquads(), limits, cors_origins=cors_origins, site=site))
    if not settings.quiet:
        click.echo(f"serving http://{host}:{port}/ (SPARQL at /sparql)", err=True)
    connections = ConnectionLimits(header_timeout, body_timeout, max_connections)
    serve_http(app, host, port, connections, "warning" if settings.quiet else "info")


def _period(text: str) -> tuple[int, int]:
    """``2021`` or ``2018-2021`` as (first, last) years."""
    first, _, last = text.partition("-")
    try:
        return int(first), int(last or first)
    except ValueError:
        raise click.BadParameter(f"expected YEAR or YEAR-YEAR, got {text!r}") from None


@main.command(name="network")
@click.option(
    "--kind",
    type=click.Choice(KINDS),
    default="partnership",
    show_default=True,
    help="Projection: stated partnerships, co-participation in events, people, body-event.",
)
@click.option("--year", type=int, help="Only links of this year.")
@click.option("--from", "first", type=int, help="Only links from this year on.")
@click.option("--to", "last", type=int, help="Only links up to this year.")
@click.option(
    "--out",
    "outputs",
    multiple=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the projection: .html (interactive page), .graphml, .gexf, .edges.csv, "
    ".nodes.csv (repeatable).",
)
@click.option("--metrics", is_flag=True, help="Print centralities, brokers and communities.")
@click.option(
    "--compare",
    nargs=2,
    metavar="PERIOD PERIOD",
    help="Print what changed between two periods (YEAR or YEAR-YEAR), successors merged.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="Format of --metrics and --compare.",
)
@click.option("--endpoint", metavar="URL", help="Build from this SPARQL endpoint instead.")
@_language("--lang", "Language of the .html page.")
@pass_settings
def network_command(
    settings: Settings,
    kind: str,
    year: int | None,
    first: int | None,
    last: int | None,
    outputs: tuple[Path, ...],
    metrics: bool,
    compare: tuple[str, str] | None,
    fmt: str,
    endpoint: str | None,
    lang: str,
) -> None:
    """Build a partnership network, measure it, compare periods, write pages and exports.

    \b
    Examples:
      crpv-graph network --kind partnership --out pages/partnership.html
      crpv-graph network --kind co-participation --year 2018 --metrics
      crpv-graph network --kind co-participation --compare 2017-2019 2021-2024
      crpv-graph network --kind people --out people.graphml --out people.edges.csv
      crpv-graph network --kind people --lang en --out people-en.html
    """
    from crpv_graph import network as network_module
    from crpv_graph.network import export, render
    from crpv_graph.network import metrics as metrics_module
    from crpv_graph.query import remote

    if year is not None and (first is not None or last is not None):
        raise click.UsageError("give --year, or --from/--to, not both")
    span = (year, year) if year is not None else None
    if first is not None or last is not None:
        span = (first if first is not None else 0, last if last is not None else 9999)
    for path in outputs:
        try:
            export.suffix_of(path)
        except ValueError as error:
            raise click.BadParameter(str(error), param_hint="--out") from None
    target: Target = remote.SparqlEndpoint(endpoint) if endpoint else settings.open().store
    with settings.step(f"projecting {kind}"):
        graph = network_module.project(target, kind, span)
    title = render.page_title(kind, span, lang)
    for path in outputs:
        click.echo(str(export.write(graph, path, title, lang)))
    if metrics:
        _print_table(metrics_module.centralities(graph), fmt)
    if compare:
        before, after = (
            metrics_module.with_continuity(
                target, network_module.project(target, kind, _period(period))
            )
            for period in compare
        )
        _print_table(metrics_module.compare(before, after), fmt)
    if not (outputs or metrics or compare):
        kinds = Counter(kind for _, kind in graph.nodes(data="kind"))
        click.echo(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} links")
        for name, count in sorted(kinds.items(), key=lambda item: (-item[1], item[0])):
            click.echo(f"  {name}: {count}")


def _print_table(table: pandas.DataFrame, fmt: str) -> None:
    import pandas

    if fmt == "csv":
        click.echo(table.to_csv(index=False), nl=False)
    elif fmt == "json":
        click.echo(table.to_json(orient="records", force_ascii=False, indent=1))
    else:
        with pandas.option_context("display.max_rows", None, "display.width", 200,
                                   "display.max_colwidth", 40):  # fmt: skip
            click.echo(table.drop(columns=[c for c in ("node", "other") if c in table])
                       .to_string(index=False))  # fmt: skip


@main.command(name="site")
@_output_directory("site", "site")
@_language("--lang", "Language of the pages (the data's own words stay as the sources wrote them).")
@pass_settings
def site_command(settings: Settings, out_dir: Path, lang: str) -> None:
    """Write the static website of the graph: a page for every centre, person, event and
    source, the networks, search; it opens from disk and from any static host.

    \b
    Example:
      crpv-graph site --out site     # then open site/index.html
    """
    from crpv_graph.site.build import build_site

    dataset = settings.open()
    with settings.step(f"writing the site to {out_dir}"):
        home = build_site(dataset, out_dir, lang)
    click.echo(str(home))


@main.command(name="ingest")
@click.argument("article", metavar="ARTICLE")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["trig", "json"]),
    default="trig",
    show_default=True,
    help="A draft source file for data/ (trig) or the mentions, entities and statements (json).",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the draft to this file (atomically) instead of standard output.",
)
@click.option("--url", help="The article's URL (names its graph); overrides a 'URL:' header.")
@click.option("--date", help="Publication date, YYYY[-MM[-DD]]; overrides a 'DATE:' header.")
@click.option("--publisher", help="Who published it; overrides a 'PUBLISHER:' header.")
@click.option("--title", help="The article's title; overrides a 'TITLE:' header.")
@pass_settings
def ingest_command(
    settings: Settings,
    article: str,
    fmt: str,
    out: Path | None,
    url: str | None,
    date: str | None,
    publisher: str | None,
    title: str | None,
) -> None:
    """Read a French article and propose its statements as a draft source graph.

    ARTICLE is a .txt file (optional 'URL:', 'DATE:'/'PUBLISHED:', 'PUBLISHER:', 'TITLE:' header
    lines, then '---'), an .html page, or - for standard input. Mentions are linked to the
    graph's entities; the event, participants, roles and titles become statements, each with
    its evidence sentence and confidence in the draft's comments. Review it, then move it to
    data/.

    \b
    Examples:
      crpv-graph ingest ../shared/sources/2018-06-20-irev-barcamp-crpv.txt --out data/draft.trig
      crpv-graph ingest page.html --format json
      curl -s URL | crpv-graph ingest - --url URL --date 2024-10-14
    """
    from crpv_graph.ingest import Ingester, read_article
    from crpv_graph.paths import atomic_path

    source = read_article(article, url=url, date=date, publisher=publisher, title=title)
    store = settings.open().store
    with settings.step("reading the article"):
        ingester = Ingester.from_graph(store)
        draft = ingester.draft(source)
    text = draft.as_json() if fmt == "json" else draft.as_trig(ingester.publisher(source))
    if out is None:
        click.echo(text, nl=False)
        return
    with atomic_path(out) as scratch:
        scratch.write_text(text, encoding="utf-8")
    click.echo(str(out))
