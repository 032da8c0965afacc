"""The library of named SPARQL queries: reading their documented headers.

Every query of the library is a ``.rq`` file in ``crpv_graph/query/queries/`` whose first comment
lines form a header::

    # title: Resource centres and the territories they cover
    # description: Every resource centre with its territory, seat, website and founding date,
    #   with the source of each statement.
    # param: centre iri o:irev  The centre to describe (default: all)
    # example: crpv-graph query centres --param centre=o:irev

A field may be given again in another language (``# title@fr:``, ``# description@fr:``), for the
server's pages in that language. A line starting with ``#`` and two spaces continues the previous
field. A parameter's description is given in another language by ``# param@fr: NAME DOC``.
Each directory of queries is read once per process (:func:`load_queries` is cached): the
server resolves names per request.

>>> q = parse_query_text("demo", "# title: Demo\\n# param: year integer 2021 A year\\nSELECT * {}")
>>> q.title, q.params[0].name, q.params[0].kind, q.params[0].default
('Demo', 'year', 'integer', '2021')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

from crpv_graph.errors import CrpvError

PARAM_KINDS = ("iri", "string", "integer", "year", "date")
#: The first word of a SPARQL Update (and of no query).
UPDATE_OPERATIONS = r"\s*(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b"


class QueryError(CrpvError):
    """A query that cannot be run: unknown name, bad parameter, syntax error."""


@dataclass(frozen=True)
class Param:
    """A parameter of a named query: ``?name`` in the query text."""

    name: str
    kind: str
    default: str | None
    doc: str
    #: The description in other languages: ``(("fr", "Le centre"),)``.
    translations: tuple[tuple[str, str], ...] = ()

    def localized_doc(self, lang: str) -> str:
        """The description in ``lang`` (``# param@fr:``), else as written (in English).

        >>> text = "# param: year year - A year\\n# param@fr: year Une année\\nSELECT * {}"
        >>> param = parse_query_text("q", text).params[0]
        >>> param.localized_doc("fr"), param.localized_doc("en")
        ('Une année', 'A year')
        """
        return dict(self.translations).get(lang) or self.doc


@dataclass(frozen=True)
class NamedQuery:
    """A SPARQL query with its documented header."""

    name: str
    text: str
    title: str = ""
    description: str = ""
    params: tuple[Param, ...] = ()
    examples: tuple[str, ...] = ()
    fields: Mapping[str, str] = field(default_factory=dict)

    def localized(self, key: str, lang: str) -> str:
        """A header field in ``lang`` (``# title@fr:``), else as written (in English).

        >>> q = parse_query_text("q", "# title: Centres\\n# title@fr: Les centres\\nSELECT * {}")
        >>> q.localized("title", "fr"), q.localized("title", "en")
        ('Les centres', 'Centres')
        """
        return self.fields.get(f"{key}@{lang}") or self.fields.get(key, "")

    @property
    def form(self) -> str:
        """The query form: ``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``."""
        return query_form(self.text)


def query_form(text: str) -> str:
    """The form of a query text, its comments and prologue skipped (``SELECT`` if unclear).

    >>> query_form("# describes a class\\nPREFIX ask: <http://example.org/>\\nCONSTRUCT WHERE {}")
    'CONSTRUCT'
    """
    match = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", _statement(text), re.IGNORECASE)
    return match.group(1).upper() if match else "SELECT"


def is_update(text: str) -> bool:
    """Whether a text is a SPARQL Update: its first word, after comments and prologue, names
    an Update operation (no query starts so).

    >>> is_update("# empty it\\nDROP ALL"), is_update("PREFIX d: <http://example.org/>\\nASK {}")
    (True, False)
    """
    return bool(re.match(UPDATE_OPERATIONS, _statement(text), re.IGNORECASE))


def _statement(text: str) -> str:
    """The text without its comments and prologue (``PREFIX`` and ``BASE`` lines)."""
    body = re.sub(r"(?m)^\s*#.*$|#[^\n<>\"']*$", "", text)
    return re.sub(r"(?im)^\s*(PREFIX|BASE)\s+[^\n]*", "", body)


def parse_query_text(name: str, text: str) -> NamedQuery:
    """Read the comment header of a query text (see the module docstring)."""
    fields: dict[str, str] = {}
    params: list[Param] = []
    examples: list[str] = []
    translated: dict[tuple[str, str], str] = {}  # (param, lang) -> its description
    last: str | None = None
    last_translated: tuple[str, str] = ("", "")
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        continuation = re.match(r"#\s{2,}(\S.*)", line)
        header = re.match(r"#\s?([a-z]+(?:@[a-z]{2})?):\s*(.*)", line)
        if header and not continuation:
            key, value = header.group(1), header.group(2).strip()
            if key == "param":
                params.append(_parse_param(name, value))
            elif key.startswith("param@"):
                param_name, _, doc = value.partition(" ")
                last_translated = (param_name, key.split("@")[1])
                translated[last_translated] = doc.strip()
            elif key == "example":
                examples.append(value)
            else:
                fields[key] = value
            last = key
        elif continuation and last and last.startswith("param@"):
            translated[last_translated] += " " + continuation.group(1).strip()
        elif continuation and last and last not in ("param", "example"):
            fields[last] = f"{fields[last]} {continuation.group(1).strip()}"
        elif continuation and last == "param":
            previous = params[-1]
            params[-1] = Param(
                previous.name,
                previous.kind,
                previous.default,
                f"{previous.doc} {continuation.group(1).strip()}",
            )
    unknown = sorted({param for param, _ in translated} - {p.name for p in params})
    if unknown:
        raise QueryError(f"{name}: a param@ line names no parameter: {', '.join(unknown)}")
    params = [
        replace(
            p,
            translations=tuple((lang, doc) for (n, lang), doc in translated.items() if n == p.name),
        )
        for p in params
    ]
    return NamedQuery(
        name=name,
        text=text,
        title=fields.get("title", ""),
        description=fields.get("description", ""),
        params=tuple(params),
        examples=tuple(examples),
        fields=fields,
    )


def _parse_param(query_name: str, value: str) -> Param:
    parts = value.split(None, 3)
    if len(parts) < 2 or parts[1] not in PARAM_KINDS:
        raise QueryError(
            f"{query_name}: a param line reads 'param: NAME KIND [DEFAULT|-] DOC' with KIND one of "
            f"{', '.join(PARAM_KINDS)}; got {value!r}"
        )
    default = parts[2] if len(parts) > 2 and parts[2] != "-" else None
    return Param(parts[0], parts[1], default, parts[3] if len(parts) > 3 else "")


def queries_dir() -> Path:
    """The directory of the package's named queries."""
    return Path(str(resources.files("crpv_graph.query") / "queries"))


def load_queries(directory: Path | None = None) -> dict[str, NamedQuery]:
    """All named queries of a directory, by name (the file name without ``.rq``)."""
    return dict(_library(directory or queries_dir()))


@functools.cache
def _library(directory: Path) -> tuple[tuple[str, NamedQuery], ...]:
    return tuple(
        (path.stem, parse_query_text(path.stem, path.read_text(encoding="utf-8")))
        for path in sorted(directory.glob("*.rq"))
    )


def resolve_query(name_or_file: str) -> NamedQuery:
    """A named query by name, or a query read from a ``.rq`` file path."""
    path = Path(name_or_file)
    if path.suffix == ".rq":
        return parse_query_text(path.stem, _read(path))
    library = load_queries()
    if name_or_file in library:
        return library[name_or_file]
    raise QueryError(
        f"unknown query {name_or_file!r}: not a .rq file, nor one of {', '.join(sorted(library))}"
    )


def _read(path: Path) -> str:
    """The text of a query file, or a QueryError naming the file and what is wrong with it."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        data = path.read_bytes()
        raise QueryError(
            f"{path}: not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from None
    except OSError as error:
        raise QueryError(f"{path}: cannot read the query: {error.strerror or error}") from None
