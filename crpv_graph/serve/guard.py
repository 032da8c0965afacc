r"""Checking a query before a served endpoint runs it: read-only, nothing fetched, bounded.

Oxigraph, the engine that runs served queries, makes outbound HTTP requests for ``SERVICE``
(from native code, out of reach of Python's audit hooks). ``FROM`` only selects graphs of its
store, but rdflib would fetch a remote one: ``FROM`` may only name a graph of the dataset. The
check must decide on what Oxigraph will read, and rdflib's parser reads some texts otherwise (a
comment ended by a carriage return, a keyword glued to the word before it: see
:mod:`crpv_graph.query.lexer`). So :func:`check_query`, in this order:

1. refuses a text longer than ``max_length`` characters before anything reads it;
2. lexes it as Oxigraph does, and as SPARQL 1.1 does if it holds ``\u`` escapes (which
   Oxigraph decodes only in strings and IRIs). Any ``SERVICE`` is refused (400), even glued to
   other letters or in a prefix (``service:x`` reads as ``SERVICE :x``); any Update keyword
   (``INSERT``, ``LOAD``...) too (403); ``FROM`` / ``FROM NAMED`` must name a graph of the
   dataset, its IRI resolved with the declared and predeclared prefixes and ``BASE``; a prefix
   must be declared. Nesting depth and the numbers
   of tokens, of tokens in expressions, of operators and of clauses are bounded, because both
   parsers and the engine recurse on them: past the limits (the constants below say where they
   were measured to break), rdflib hits its recursion limit or takes seconds, and Oxigraph
   overflows its stack, which kills the worker;
3. parses it with rdflib, for one-line syntax errors, and refuses it when rdflib's reading and
   the lexer's differ (a ``SERVICE`` or a ``FROM`` one of them does not see, another prefix);
4. bounds the number of triple patterns and path steps, on which the time of Oxigraph's planner
   grows about as their fourth power.

rdflib only parses here, it evaluates nothing: no rdflib setting is changed.

>>> check_query("SELECT * WHERE { ?s ?p ?o }", graphs=set())
'SELECT'
>>> check_query("ASK { # no\rSERVICE <http://example.org/> {} }", set())  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
crpv_graph.serve.guard.RefusedQuery: SERVICE is not allowed (line 2, column 1): this endpoint ...
>>> check_query("SELECT * WHERE {" * 40 + "}" * 40, set())
Traceback (most recent call last):
...
crpv_graph.serve.guard.RefusedQuery: query nests 40 levels deep; the limit is 32
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Mapping, Set
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from pyparsing import ParseException, ParseResults
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.parserutils import CompValue

from crpv_graph.errors import CrpvError
from crpv_graph.namespaces import PREFIXES
from crpv_graph.query.lexer import (
    DATA,
    PAREN,
    TOP,
    SparqlLexError,
    Token,
    expand_escapes,
    position,
    tokens,
)

#: The longest query text read, in characters (the server's body limit is 256 KiB).
MAX_LENGTH = 256 * 1024
#: Brackets ``{ ( [`` open at once. rdflib's parser takes 20 to 41 Python frames a level (at
#: the default recursion limit of 1,000 it failed from 22 nested calls); Oxigraph overflows its
#: stack from 1,024 nested calls or EXISTS, 2,048 sub-SELECTs.
MAX_DEPTH = 32
#: Tokens (words, names, literals, symbols): rdflib takes 0.15 to 0.35 ms for each (1 s for
#: 3,000 in a VALUES block of four columns).
MAX_TOKENS = 3_000
#: Tokens of expressions (in parentheses, or after SELECT, GROUP BY, ORDER BY, HAVING and
#: DESCRIBE): rdflib takes about 1 ms for each; Oxigraph takes 1.3 s to sort 6,600 rows by 512
#: keys, and overflows its stack describing 3,000 IRIs.
MAX_EXPRESSION_TOKENS = 256
#: Operators, in expressions and in property paths (``/``, ``|``, ``^``, ``*``...): rdflib takes
#: up to 2.4 ms for each ``+``, Oxigraph 7 s for a path of 512 steps.
MAX_OPERATORS = 128
#: UNION, OPTIONAL, MINUS, FILTER, BIND, GRAPH, VALUES, EXISTS, FROM and SELECT clauses: 256
#: sibling OPTIONALs take Oxigraph 5 s, 4,096 MINUS or BIND overflow its stack.
MAX_CLAUSES = 128
#: Triple patterns and path steps: 128 patterns sharing a variable take Oxigraph's planner 2 s.
MAX_PATTERNS = 64
# rdflib's parser recurses about 11 Python frames per triple pattern (84 patterns failed at the
# default limit) and up to 41 per nesting level: 20,000 frames take 1,800 patterns or 485
# levels. Python 3.11 keeps these frames off the C stack: safe on the 8 MiB main thread.
RDFLIB_RECURSION_LIMIT = 20_000

UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
    | {"DATA", "USING", "INTO"}
)
CLAUSE_KEYWORDS = frozenset(
    {"UNION", "OPTIONAL", "MINUS", "FILTER", "BIND", "GRAPH", "VALUES", "EXISTS", "FROM"}
    | {"SELECT"}
)
OPERATORS = frozenset(
    {"||", "&&", "=", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/", "!", "|", "^"}
)
EXPRESSION_CLAUSES = frozenset({"SELECT", "GROUP", "ORDER", "HAVING", "DESCRIBE"})
EXPRESSION_CLAUSES_END = frozenset({"WHERE", "FROM", "LIMIT", "OFFSET", "VALUES"})
FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")

_UCHAR = re.compile(r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}")
_LONE_CR = re.compile(r"\r(?!\n)")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_LOCAL_ESCAPE = re.compile(r"\\(.)")


class RefusedQuery(CrpvError):
    """A query the endpoint will not run; ``status`` is the HTTP status to answer with."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status

    def __reduce__(self) -> tuple[type[RefusedQuery], tuple[str, int]]:
        # Raised in worker processes: keep both fields across pickling.
        return (RefusedQuery, (self.message, self.status))


def check_query(
    text: str,
    graphs: Set[str],
    prefixes: Mapping[str, str] = PREFIXES,
    max_length: int = MAX_LENGTH,
) -> str:
    """The form of ``text`` (``SELECT``, ``ASK``...) if it is safe to run here.

    Raises :class:`RefusedQuery` otherwise, with a one-line message. ``graphs`` holds the IRIs
    of the dataset's named graphs: the only ones ``FROM`` may name. ``prefixes`` are those the
    endpoint predeclares. See the module docstring for the checks and their order.
    """
    if len(text) > max_length:
        raise RefusedQuery(f"query is {len(text):,} characters long; the limit is {max_length:,}")
    if _UCHAR.search(text):
        # SPARQL 1.1 decodes escapes before reading tokens: whatever that reading shows is
        # refused too, and stops where it stops making sense.
        try:
            for count, token in enumerate(tokens(expand_escapes(text))):
                _refuse_keywords(token)
                if count > MAX_TOKENS:
                    break
        except SparqlLexError:
            pass
    lexed = _Lexed(graphs, dict(prefixes))
    lexed.read(text)
    tree = _parse(text)
    lexed.compare(tree)
    patterns = sum(_patterns(node) for node in _walk(tree[1]) if isinstance(node, CompValue))
    if patterns > MAX_PATTERNS:
        raise RefusedQuery(
            f"query has {patterns} triple patterns and path steps; the limit is {MAX_PATTERNS}"
        )
    return lexed.form


@dataclass
class _Sizes:
    """How big a query is, by the measures the limits bound (see the constants)."""

    tokens: int = 0
    truncated: bool = False  # lexing stopped at MAX_TOKENS: the other sizes are lower bounds
    depth: int = 0
    expression: int = 0
    operators: int = 0
    clauses: int = 0
    # Depth of the SELECT, GROUP BY, ORDER BY or HAVING clause being read: rdflib reads each of
    # their tokens as an expression, as it does in parentheses.
    clause_depth: int | None = None

    def add(self, token: Token) -> bool:
        """Count ``token``; False, without counting it, once :data:`MAX_TOKENS` are counted."""
        if self.tokens == MAX_TOKENS:
            self.truncated = True
            return False
        self.tokens += 1
        self.depth = max(self.depth, token.depth)
        in_clause = self.clause_depth
        if in_clause is not None and (
            token.depth < in_clause
            or (token.depth == in_clause and token.value in EXPRESSION_CLAUSES_END)
            or (token.depth == in_clause + 1 and token.text == "{")
        ):
            self.clause_depth = in_clause = None
        if token.kind == "word" and token.value in EXPRESSION_CLAUSES:
            self.clause_depth = token.depth
        elif token.frame == PAREN or token.depth == in_clause:
            self.expression += 1
        # Not `SELECT *`, nor a negative number in VALUES.
        in_expression_or_path = token.frame not in (TOP, DATA)
        self.operators += (
            in_expression_or_path and token.kind == "punct" and token.text in OPERATORS
        )
        self.clauses += token.kind == "word" and token.value in CLAUSE_KEYWORDS
        return True

    def check(self) -> None:
        """Refuse a query past a limit."""
        if self.depth > MAX_DEPTH:
            at_least = "at least " if self.truncated else ""
            raise RefusedQuery(
                f"query nests {at_least}{self.depth:,} levels deep; the limit is {MAX_DEPTH}"
            )
        if self.truncated:
            raise RefusedQuery(f"query has more than {MAX_TOKENS:,} tokens (the limit)")
        expressions = "tokens in expressions (parentheses, SELECT, ORDER BY...)"
        clauses = "UNION, OPTIONAL, MINUS, FILTER, BIND, GRAPH, VALUES, EXISTS, FROM or SELECT"
        for size, limit, what in (
            (self.expression, MAX_EXPRESSION_TOKENS, expressions),
            (self.operators, MAX_OPERATORS, "operators"),
            (self.clauses, MAX_CLAUSES, clauses + " clauses"),
        ):
            if size > limit:
                raise RefusedQuery(f"query has {size:,} {what}; the limit is {limit}")


@dataclass
class _Lexed:
    """What the lexer reads of a query: its form, prologue, FROM clauses and sizes."""

    graphs: Set[str]
    prefixes: dict[str, str]
    form: str = ""
    base: str | None = None
    prologue: list[tuple[str, str, str]] = field(default_factory=list)
    datasets: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    sizes: _Sizes = field(default_factory=_Sizes)

    def read(self, text: str) -> None:
        """Lex ``text``, refusing what the module docstring says, in that order."""
        problem: RefusedQuery | None = None
        expecting: str = ""  # the keyword whose argument comes next
        name = ""
        try:
            for token in tokens(text):
                if not self.sizes.add(token):
                    break
                _refuse_keywords(token)
                if expecting:
                    expecting, name = self._argument(expecting, name, token)
                elif token.kind == "word" and token.value in ("PREFIX", "BASE", "FROM"):
                    expecting = token.value
                elif token.kind == "word" and token.value in FORMS and not self.form:
                    self.form = token.value
                elif token.kind == "pname":
                    self._expand(token)
        except SparqlLexError as error:
            where = f"line {error.line}, column {error.column}"
            problem = RefusedQuery(f"syntax error at {where}: {error.message}")
        except _SyntaxProblem as error:
            problem = error.refusal
        self.sizes.check()
        if problem:
            raise problem
        if expecting:
            raise RefusedQuery(f"syntax error: {expecting} lacks its IRI at the end of the query")
        if not self.sizes.tokens:
            raise RefusedQuery("empty query: send a SPARQL query")

    def _argument(self, keyword: str, name: str, token: Token) -> tuple[str, str]:
        """Read the argument of PREFIX, BASE or FROM; return what is expected next."""
        if keyword == "PREFIX" and token.kind == "pname" and token.text.endswith(":"):
            return "PREFIX IRI", token.text[:-1]
        if keyword == "FROM" and token.kind == "word" and token.value == "NAMED":
            return "FROM NAMED", ""
        if keyword.startswith("FROM") and token.kind in ("iri", "pname"):
            self._dataset(keyword, token)
            return "", ""
        if keyword in ("PREFIX IRI", "BASE") and token.kind == "iri":
            iri = _resolve(self.base, token.value)
            if iri is None:
                raise _SyntaxProblem(f"relative IRI <{token.value}> and no BASE", token)
            self.prologue.append((keyword.split()[0], name, token.value))
            if keyword == "BASE":
                self.base = iri
            else:
                self.prefixes[name] = iri
            return "", ""
        if keyword.startswith("FROM"):
            raise RefusedQuery(
                f"cannot tell which graph {keyword} names (`{token.text}` at line {token.line}, "
                f"column {token.column}); it may only name a graph of this dataset"
            )
        raise _SyntaxProblem(f"unexpected `{token.text}` after {keyword.split()[0]}", token)

    def _dataset(self, keyword: str, token: Token) -> None:
        if token.kind == "iri":
            written: tuple[str, ...] = ("iri", token.value)
            iri = _resolve(self.base, token.value)
        else:
            prefix, _, local = token.text.partition(":")
            written = ("pname", prefix, local)
            iri = self._expand(token) + _LOCAL_ESCAPE.sub(r"\1", local)
        if iri is None:
            raise RefusedQuery(
                f"cannot tell which graph {keyword} <{token.value}> names without a BASE "
                f"(line {token.line}, column {token.column}); it may only name a graph of "
                "this dataset"
            )
        if iri not in self.graphs:
            raise RefusedQuery(
                f"{keyword} <{iri}> is not a graph of this dataset; the endpoint never "
                "fetches remote data"
            )
        self.datasets.append((keyword, written))

    def _expand(self, token: Token) -> str:
        """The namespace of a prefixed name's prefix, which must be declared or predeclared."""
        prefix = token.text.partition(":")[0]
        if prefix not in self.prefixes:
            raise _SyntaxProblem(f"unknown prefix `{prefix}:`", token, syntax=False)
        return self.prefixes[prefix]

    def compare(self, tree: ParseResults) -> None:
        """Refuse the query if rdflib read it otherwise (see the module docstring)."""
        query = tree[1]
        if any(
            isinstance(node, CompValue) and node.name == "ServiceGraphPattern"
            for node in _walk(query)
        ):
            raise RefusedQuery("SERVICE is not allowed: this endpoint never queries another one")
        prologue = [
            (
                "BASE" if node.name == "Base" else "PREFIX",
                _field(node, "prefix"),
                _field(node, "iri"),
            )
            for node in tree[0]
        ]
        datasets = [
            ("FROM", _written(clause["default"]))
            if "default" in clause
            else ("FROM NAMED", _written(clause["named"]))
            for clause in _get(query, "datasetClause") or []
        ]
        form = str(query.name).removesuffix("Query").upper()
        for what, mine, rdflibs in (
            ("the query form", self.form, form),
            ("PREFIX and BASE declarations", self.prologue, prologue),
            ("FROM clauses", self.datasets, datasets),
        ):
            if mine != rdflibs:
                raise RefusedQuery(
                    f"the query's {what} read differently to the two parsers that check it; "
                    "it is refused rather than guessed at"
                )


class _SyntaxProblem(Exception):
    """A syntax error (or an unknown prefix) found while lexing, reported after the sizes."""

    def __init__(self, message: str, token: Token, syntax: bool = True) -> None:
        super().__init__(message)
        at = f"at line {token.line}, column {token.column}"
        self.refusal = RefusedQuery(
            f"syntax error {at}: {message}" if syntax else f"{message} {at}"
        )


def _refuse_keywords(token: Token) -> None:
    """Refuse SERVICE anywhere in a word or a prefix, an Update keyword, a glued FROM."""
    if token.kind not in ("word", "pname"):
        return
    letters = token.value if token.kind == "word" else token.text.partition(":")[0].upper()
    at = f"line {token.line}, column {token.column}"
    if "SERVICE" in letters:
        raise RefusedQuery(
            f"SERVICE is not allowed ({at}): this endpoint never queries another one"
        )
    if token.kind == "word" and letters in UPDATE_KEYWORDS:
        raise RefusedQuery(
            f"SPARQL Update is not allowed (`{token.text}` at {at}): this endpoint is read-only",
            403,
        )
    if token.kind == "word" and "FROM" in letters and letters != "FROM":
        raise RefusedQuery(
            f"`{token.text}` at {at}: write FROM apart from other words; it may only name a "
            "graph of this dataset"
        )


def _parse(text: str) -> ParseResults:
    """rdflib's parse of ``text``, its recursion limit raised; one-line syntax errors."""
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, RDFLIB_RECURSION_LIMIT))
    try:
        # A lone CR ends a line for Oxigraph, not for rdflib's comments: make it a LF.
        return parseQuery(_LONE_CR.sub("\n", text))
    except ParseException as error:
        offset = _original_offset(text, error.loc)
        line, column = position(text, offset)
        rest = " ".join(text[offset:].split())  # the rest of the query, on one line
        if not rest:
            reason = "unexpected end of query"
        elif "end of text" in str(error.msg):
            reason = f"unexpected `{rest.split()[0][:30]}`"
        else:
            reason = f"cannot read `{rest[:30]}{'…' if len(rest) > 30 else ''}`"
        raise RefusedQuery(f"syntax error at line {line}, column {column}: {reason}") from None
    except (TypeError, ValueError) as error:
        # rdflib decodes every \U escape, even in comments, and fails on some literals (-.1).
        first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise RefusedQuery(
            f"cannot check this query: rdflib's parser fails ({first_line})"
        ) from None
    except RecursionError:
        raise RefusedQuery("query is too complex to check") from None
    finally:
        sys.setrecursionlimit(limit)


def _original_offset(text: str, offset: int) -> int:
    """The offset in ``text`` of ``offset`` in rdflib's text, whose escapes are decoded."""
    for escape in _UCHAR.finditer(text):
        if escape.start() >= offset:
            break
        offset += len(escape[0]) - 1
    return offset


def _resolve(base: str | None, iri: str) -> str | None:
    """``iri`` resolved against ``base``; None when it is relative and cannot be resolved."""
    if _SCHEME.match(iri):
        return iri
    if base is None or urlsplit(base).scheme not in ("http", "https"):
        return None
    return urljoin(base, iri)


def _written(term: Any) -> tuple[str, ...]:
    """How rdflib read a FROM clause's IRI, as the lexer records it."""
    if isinstance(term, CompValue) and term.name == "pname":
        return ("pname", _field(term, "prefix"), _field(term, "localname"))
    return ("iri", str(term))


def _field(node: CompValue, key: str) -> str:
    return str(_get(node, key) or "")


def _get(node: CompValue, key: str) -> Any:
    # CompValue.get() answers the key itself for a missing key (an empty prefix has none).
    return dict.get(node, key)


def _patterns(node: CompValue) -> int:
    """Triple patterns of a block or template, and path steps beyond a path's first."""
    if node.name in ("PathSequence", "PathAlternative"):
        return len(node["part"]) - 1
    blocks = [node[key] for key in ("triples", "template") if key in node]
    return sum(len(triples) // 3 for block in blocks for triples in block or [])


def _walk(node: Any) -> Iterator[Any]:
    """Every node of an rdflib parse tree, depth first."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        if isinstance(current, dict):
            stack.extend(current.values())
        elif isinstance(current, list | tuple | ParseResults):
            stack.extend(current)
