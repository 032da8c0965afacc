r"""Tokens of a SPARQL query as Oxigraph, the engine that runs served queries, reads them.

:mod:`crpv_graph.serve.guard` decides whether a query may run by what the engine will see, and
rdflib's parser does not always see the same thing. This lexer follows the terminals of the
SPARQL 1.1 grammar where Oxigraph (pyoxigraph 0.5) does, and Oxigraph where the two differ.
Measured:

* ``\uXXXX`` and ``\UXXXXXXXX`` escapes are decoded only inside strings and IRIs, not over the
  whole text first as SPARQL 1.1 (section 19.2) and rdflib do: ``\u0053ERVICE`` is a syntax
  error, not ``SERVICE``; ``'\u0027'`` is a one-character string and ``<http://x/\u0041>``
  names ``http://x/A``, whatever the case of the hex digits; an escaped line feed does not end
  a comment. :func:`expand_escapes` gives the SPARQL 1.1 reading, for checks that want both.
* A comment runs from ``#`` to the next line feed *or carriage return* (rdflib: line feed only,
  so ``# c\rSERVICE ...`` ran a SERVICE rdflib never saw). Whitespace is space, tab, CR and LF
  only; a form feed or a no-break space is an error.
* Keywords match case-insensitively (ASCII only) and need no separator: ``SERVICESILENT``,
  ``trueSERVICE``, ``1.SERVICE``, ``FILTERNOTEXISTS`` and ``SERVICEex:x`` all run a SERVICE.
  So a run of letters is one ``word`` token here, and the guard looks for keywords *inside*
  words and prefixes. Variable names, local names, blank node labels and language tags are read
  greedily (``?trueSERVICE`` and ``ex:aSERVICE`` are a variable and a name), as here.
* ``<`` starts an IRI (up to the next ``>``) or compares, by context: Oxigraph compares only in
  an expression, which is always inside parentheses, after an operand, so that
  ``FILTER(?a<b:c)SERVICE#>`` runs a SERVICE while an IRI-first lexer reads ``<b:c)SERVICE#>``.
  In that position a ``<`` that reads both ways is an error here when the two readings differ
  (a ``#``, a ``'``, ``SERVICE`` or ``FROM`` between ``<`` and ``>``); else it is an IRI, which
  yields the same keywords either way. The content of ``VALUES`` blocks holds no expression.

The lexer runs in linear time, without recursion, and reports the line and column of every
token (lines end at LF, CR or CRLF; columns count characters from 1).

>>> [t.text for t in tokens("ASK { ?s <http://x/#a> 'b' } # comment")]
['ASK', '{', '?s', '<http://x/#a>', "'b'", '}']
>>> [(t.kind, t.text) for t in tokens("ASK { # comment\rSERVICE<http://x/>{} }")][2]
('word', 'SERVICE')
>>> [t.value for t in tokens(r"ASK { ?s ?p '\u0027', <http://x/\u0041> }")][2:7]
['s', 'p', "'", ',', 'http://x/A']
>>> word = [t for t in tokens("SELECT * {\n  ?s ?p true\tSERVICE <http://x/> {} }")][6]
>>> (word.text, word.line, word.column)
('SERVICE', 2, 14)
>>> list(tokens(r"ASK { \u0053ERVICE <http://x/> {} }"))
Traceback (most recent call last):
...
crpv_graph.query.lexer.SparqlLexError: unexpected `\` at line 1, column 7
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

#: Kinds of the innermost open bracket around a token (:attr:`Token.frame`).
TOP, GROUP, PAREN, DATA = "top", "group", "paren", "data"

_BASE = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_U = _BASE + "_"
_CHARS = _U + r"\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
_UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
_ECHAR = r"""\\[tbnrf"'\\]"""
_PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"

_SPACE = re.compile(r"[ \t\r\n]+")
_LINE_BREAK = re.compile(r"\r\n?|\n")
_COMMENT = re.compile(r"#[^\r\n]*")
_IRIREF = re.compile(rf"<((?:[^<>\"{{}}|^`\\\x00-\x20]|{_UCHAR})*+)>")
_STRINGS = {
    "'''": re.compile(rf"'''((?:'{{0,2}}(?:[^'\\]|{_ECHAR}|{_UCHAR}))*+)'''"),
    '"""': re.compile(rf'"""((?:"{{0,2}}(?:[^"\\]|{_ECHAR}|{_UCHAR}))*+)"""'),
    "'": re.compile(rf"'((?:[^'\\\r\n]|{_ECHAR}|{_UCHAR})*+)'"),
    '"': re.compile(rf'"((?:[^"\\\r\n]|{_ECHAR}|{_UCHAR})*+)"'),
}
_VAR = re.compile(rf"[?$]([{_U}0-9][{_U}0-9\u00b7\u0300-\u036f\u203f-\u2040]*)")
_BNODE = re.compile(rf"_:[{_U}0-9](?:[{_CHARS}.]*[{_CHARS}])?")
_PNAME = re.compile(
    rf"(?:[{_BASE}](?:[{_CHARS}.]*[{_CHARS}])?)?:"
    rf"(?:(?:[{_U}:0-9]|{_PLX})(?:(?:[{_CHARS}.:]|{_PLX})*(?:[{_CHARS}:]|{_PLX}))?)?"
)
_WORD = re.compile(rf"[{_U}][{_CHARS}]*")
_NUMBER = re.compile(
    r"[0-9]+\.[0-9]*[eE][+-]?[0-9]+|\.?[0-9]+[eE][+-]?[0-9]+|[0-9]*\.[0-9]+|[0-9]+"
)
_LANGTAG = re.compile(r"@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*(?:--[a-zA-Z]+)?")
_PUNCT = re.compile(r"\^\^|&&|\|\||!=|<=|>=|[{}()\[\],;.=<>!+\-*/^|?~]")
_ESCAPE = re.compile(rf"{_UCHAR}|{_ECHAR}")
_UCHAR_RE = re.compile(_UCHAR)
_ECHARS = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f"}
_CLOSING = {"}": "{", ")": "(", "]": "["}
# After these, `<` can only start an operand: an IRI, never a comparison.
_OPERAND_NEXT = frozenset(
    {"(", ",", "=", "!=", "<", ">", "<=", ">=", "&&", "||", "!", "+", "-", "*", "/", "^^", "^"}
    | {"|", "{", "[", ";", ".", "~"}
)
# Between `<` and `>`, what makes the comparison reading differ from the IRI reading.
_READS_OTHERWISE = re.compile(r"[#']|SERVICE|FROM", re.IGNORECASE)


class SparqlLexError(ValueError):
    """Text that is not a sequence of SPARQL tokens, or whose tokens depend on the parse."""

    def __init__(self, message: str, line: int, column: int) -> None:
        super().__init__(f"{message} at line {line}, column {column}")
        self.message = message
        self.line = line
        self.column = column


@dataclass(frozen=True, slots=True)
class Token:
    """One token. ``kind`` is ``iri``, ``pname``, ``var``, ``bnode``, ``string``, ``langtag``,
    ``number``, ``word`` (keywords, function names, ``a``, ``true``: any run of name characters
    that is not a prefixed name) or ``punct``.

    ``value`` is the IRI or the string with its escapes decoded, a variable's name, a word in
    upper case, or else the text. ``depth`` counts the brackets open after the token, ``frame``
    is the kind of the innermost one around it (:data:`GROUP` for ``{`` and ``[``,
    :data:`PAREN` for ``(``, :data:`DATA` inside ``VALUES``, :data:`TOP` outside all).
    """

    kind: str
    text: str
    value: str
    line: int
    column: int
    depth: int
    frame: str


def tokens(text: str) -> Iterator[Token]:
    """The tokens of ``text``, comments and whitespace skipped.

    Raises :class:`SparqlLexError` at the first character that starts no token, at an
    unbalanced bracket, and at a ``<`` whose reading depends on the parse (module docstring).
    """
    pos, line, line_start = 0, 1, 0
    brackets: list[tuple[str, str, int, int]] = []  # (bracket, frame kind, line, column)
    previous: Token | None = None
    in_values = False  # after VALUES, until its block opens

    while True:
        space = _SPACE.match(text, pos) or _COMMENT.match(text, pos)
        if space:
            for brk in _LINE_BREAK.finditer(text, pos, space.end()):
                line, line_start = line + 1, brk.end()
            pos = space.end()
            continue
        if pos >= len(text):
            break
        start, column, char = pos, pos - line_start + 1, text[pos]
        frame = brackets[-1][1] if brackets else TOP
        kind, value = "punct", None
        try:
            if char == "<" and (iri := _IRIREF.match(text, pos)):
                if frame == PAREN and _may_compare(previous) and _READS_OTHERWISE.search(iri[1]):
                    raise ValueError("ambiguous `<` (an IRI or a comparison?)")
                kind, value, pos = "iri", _unescape(iri[1]), iri.end()
            elif char in "'\"":
                quote = char * 3 if text.startswith(char * 3, pos) else char
                if (string := _STRINGS[quote].match(text, pos)) is None:
                    raise ValueError("unterminated or invalid string")
                kind, value, pos = "string", _unescape(string[1]), string.end()
            elif char in "?$" and (var := _VAR.match(text, pos)):
                kind, value, pos = "var", var[1], var.end()
            elif text.startswith("_:", pos):
                if (bnode := _BNODE.match(text, pos)) is None:
                    raise ValueError("invalid blank node label")
                kind, pos = "bnode", bnode.end()
            elif pname := _PNAME.match(text, pos):
                kind, pos = "pname", pname.end()
            elif word := _WORD.match(text, pos):
                kind, value, pos = "word", word[0].upper(), word.end()
            elif number := _NUMBER.match(text, pos):
                kind, pos = "number", number.end()
            elif char == "@":
                if (langtag := _LANGTAG.match(text, pos)) is None:
                    raise ValueError("invalid language tag")
                kind, pos = "langtag", langtag.end()
            elif punct := _PUNCT.match(text, pos):
                pos = punct.end()
            else:
                raise ValueError(f"unexpected `{char}`")
            token_text = text[start:pos]
            if kind == "punct" and token_text in ("{", "[", "("):
                brackets.append((token_text, _frame(token_text, frame, in_values), line, column))
            elif kind == "punct" and token_text in _CLOSING:
                if not brackets or brackets[-1][0] != _CLOSING[token_text]:
                    raise ValueError(f"unexpected `{token_text}`")
                brackets.pop()
        except ValueError as error:
            raise SparqlLexError(str(error), line, column) from None
        in_values = (kind == "word" and value == "VALUES") or (
            in_values and (kind == "var" or token_text in ("(", ")"))
        )
        value = token_text if value is None else value
        previous = Token(kind, token_text, value, line, column, len(brackets), frame)
        yield previous
        if kind == "string":  # only a long string spans lines
            for brk in _LINE_BREAK.finditer(text, start, pos):
                line, line_start = line + 1, brk.end()
    if brackets:
        bracket, _, open_line, open_column = brackets[-1]
        raise SparqlLexError(f"`{bracket}` is never closed", open_line, open_column)


def expand_escapes(text: str) -> str:
    r"""``text`` with every ``\u``/``\U`` escape decoded, as SPARQL 1.1 reads it before tokens.

    Oxigraph does not do this (module docstring), rdflib does; the guard lexes both readings.
    An escape beyond U+10FFFF stays as it is.

    >>> expand_escapes(r"\u0053ERVICE \\u0041 '\U0001F600'")
    "SERVICE \\A '😀'"
    """

    def decode(match: re.Match[str]) -> str:
        code = int(match[0][2:], 16)
        return chr(code) if code <= 0x10FFFF else match[0]

    return _UCHAR_RE.sub(decode, text)


def position(text: str, offset: int) -> tuple[int, int]:
    r"""The line and column (both from 1) of ``offset`` in ``text``, as tokens report them.

    >>> position("ASK\r\n{\r}", 7)
    (3, 1)
    """
    line, line_start = 1, 0
    for brk in _LINE_BREAK.finditer(text, 0, offset):
        line, line_start = line + 1, brk.end()
    return line, offset - line_start + 1


def _frame(bracket: str, outer: str, in_values: bool) -> str:
    """The kind of frame a bracket opens: a ``VALUES`` block and its rows hold data only."""
    if (in_values and bracket != "[") or (outer == DATA and bracket == "("):
        return DATA
    return PAREN if bracket == "(" else GROUP


def _may_compare(previous: Token | None) -> bool:
    """Whether a ``<`` after ``previous`` (inside parentheses) may be a comparison."""
    if previous is None:
        return False
    return not (previous.kind == "punct" and previous.text in _OPERAND_NEXT)


def _unescape(raw: str) -> str:
    """An IRI's or a string's content with its escapes decoded (ValueError for a surrogate)."""
    if "\\" not in raw:
        return raw

    def decode(match: re.Match[str]) -> str:
        escape = match[0]
        if escape[1] not in "uU":
            return _ECHARS.get(escape[1], escape[1])
        code = int(escape[2:], 16)
        if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            raise ValueError(f"escape {escape} names no character")
        return chr(code)

    return _ESCAPE.sub(decode, raw)
