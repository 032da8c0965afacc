"""Reading an article: a text file with headers, an HTML page, or standard input.

A text file may open with header lines (``URL:``, ``DATE:`` or ``PUBLISHED:``, ``PUBLISHER:``,
``TITLE:``) ended by a line ``---`` or a blank line, as in ``../shared/sources/``. An HTML page's
main text and metadata are extracted with trafilatura. Bad input stops with a clear
:class:`IngestError`: a binary file, text that is not UTF-8, an empty text, a file too large.

>>> article = parse_text("URL: https://example.org/a\\nPUBLISHED: 2021-11-02\\n---\\nBonjour.\\n")
>>> article.url, article.date, article.body
('https://example.org/a', '2021-11-02', 'Bonjour.\\n')
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from datetime import date as calendar_date
from functools import lru_cache
from pathlib import Path

from crpv_graph.errors import CrpvError
from crpv_graph.ingest import french
from crpv_graph.ingest.cues import cue_tables

MAX_BYTES = 2 * 1024 * 1024
"""Larger inputs are refused: a news item is a few kilobytes, a megabyte is a mistake."""

PLAIN_SPACES = str.maketrans(dict.fromkeys("\u00a0\u202f\u2007\u2009\u200a\u2002\u2003", " "))
"""French web typography's spaces (no-break before ":" and inside « », narrow, thin, figure),
each read as a plain space: the rules and the model read "7 juillet" and "Rattachement :" as
printed with a space. One character for one, so that offsets into the body still hold."""
HEADER = re.compile(r"^(URL|DATE|PUBLISHED|PUBLISHER|TITLE):[ \t]*(.*)$", re.IGNORECASE)


class IngestError(CrpvError):
    """An article that cannot be read; the message says why, in one line."""


@dataclass(frozen=True)
class Article:
    """An article's metadata and its body text (what mention offsets refer to)."""

    body: str
    url: str = ""
    date: str = ""
    publisher: str = ""
    title: str = ""
    path: str = "-"

    @property
    def year(self) -> int | None:
        """The year of publication, if the date gives one."""
        match = re.match(r"(\d{4})", self.date)
        return int(match.group(1)) if match else None


def read_article(
    path: str,
    url: str | None = None,
    date: str | None = None,
    publisher: str | None = None,
    title: str | None = None,
) -> Article:
    """Read ``path`` (``.txt``, ``.html``/``.htm``, or ``-`` for standard input); options given
    here override what the file says."""
    if date and not is_date(date):
        raise IngestError(f"--date {date!r}: {NOT_A_DATE}")
    if path == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        name = "standard input"
    else:
        file = Path(path)
        if not file.is_file():
            raise IngestError(f"{path}: {'not a file' if file.exists() else 'no such file'}")
        if file.stat().st_size > MAX_BYTES:
            raise IngestError(
                f"{path}: {file.stat().st_size:,} bytes, more than the {MAX_BYTES:,}-byte limit "
                "for one article"
            )
        try:
            data = file.read_bytes()
        except OSError as error:  # no permission to read
            raise IngestError(f"{path}: cannot read: {error.strerror or error}") from None
        name = path
    if len(data) > MAX_BYTES:
        raise IngestError(f"{name}: more than the {MAX_BYTES:,}-byte limit for one article")
    text = decode(data, name)
    is_html = path.lower().endswith((".html", ".htm")) or (
        path == "-" and text.lstrip()[:15].lower().startswith(("<!doctype html", "<html"))
    )
    article = parse_html(text, name) if is_html else parse_text(text, name)
    overrides = {"url": url, "date": date, "publisher": publisher, "title": title}
    values = {key: value for key, value in overrides.items() if value}
    article = Article(
        body=article.body,
        url=values.get("url", article.url),
        date=values.get("date", article.date),
        publisher=values.get("publisher", article.publisher),
        title=values.get("title", article.title),
        path=name,
    )
    if not article.body.strip():
        raise IngestError(f"{name}: no text to read (the body is empty)")
    if not article.url:
        raise IngestError(f"{name}: no URL: give a 'URL:' header or --url (it names the graph)")
    if article.date and not is_date(article.date):
        raise IngestError(f"{name}: date {article.date!r}: {NOT_A_DATE}")
    return article


FURNITURE_LENGTH = 160
"""The longest line of a page's furniture: a title among links to other articles, maybe with
its date and summary's first words, a row of tags. A longer line is prose, as is a sentence
(:func:`_prose`)."""


@lru_cache(maxsize=1)
def related_heading() -> re.Pattern[str]:
    """The heading of a page's links to other articles, alone on its line or before a colon
    (``cues.toml`` [page] related_headings): "À lire aussi", "Sur le même sujet :"."""
    return _line_opening("related_headings", r"[ \t]*(?::.*)?$")


@lru_cache(maxsize=1)
def furniture_line() -> re.Pattern[str]:
    """A line of a page's furniture (``cues.toml`` [page] furniture): "Partager sur",
    "Mots-clés :", "Publié le", "©"."""
    return _line_opening("furniture", r".*$")


@lru_cache(maxsize=1)
def motto_line() -> re.Pattern[str]:
    """A line holding the Republic's motto and nothing else (``cues.toml`` [page] motto):
    "Liberté – Égalité – Fraternité" under a State service's letterhead; not a heading it opens
    ("Liberté, égalité : le CIDFF du Nord lance un cycle")."""
    return _line_opening("motto", r"[ \t.!]*$")


@lru_cache(maxsize=1)
def buttons_line() -> re.Pattern[str]:
    """A line of a post's buttons (``cues.toml`` [page] buttons): one alone, or before a mark, a
    count or another ("Réagir · Commenter", "J'aime (12)"); not a heading a verb of them opens
    ("Réagir face aux discriminations : ...")."""
    return _line_opening("buttons", rf"[ \t]*(?:[·•|(\d]|(?:{_openings('buttons')})).*$|[ \t]*$")


def _openings(cues: str) -> str:
    """The [page] table's ``cues`` as alternatives, a word's cue not running into another word."""
    return "|".join(
        re.escape(cue).replace(r"\ ", r"\s*").replace("'", "['’]")
        + (r"(?![\w-])" if cue[-1].isalpha() else "")
        for cue in cue_tables()["page"][cues]
    )


def _line_opening(cues: str, rest: str) -> re.Pattern[str]:
    """A line opening, after any bullet, with one of the [page] table's ``cues``."""
    return re.compile(
        rf"^{french.ITEM_OPENS.pattern}(?:{_openings(cues)})(?:{rest})",
        re.IGNORECASE | re.MULTILINE,
    )


def without_page_furniture(body: str) -> str:
    """``body`` with a web page's furniture blanked: its short lines of sharing buttons, tags,
    byline and footer (:func:`furniture_line`), a line of the Republic's motto
    (:func:`motto_line`), and each block of links to other articles, a
    heading (:func:`related_heading`) and the short lines after it. Spaces replace what is
    blanked, so that offsets into the body still hold. What the furniture names is no part of
    the article: the links' titles name other articles' events and dates.

    >>> page = "Le 14 juin, la journée.\\nÀ lire aussi\\nAG du 28 novembre 2018\\n\\n"
    >>> page += "Le centre vous répond du lundi au vendredi, de 9 h à 17 h.\\nPartager sur X"
    >>> [line[:12] for line in without_page_furniture(page).split("\\n")]
    ['Le 14 juin, ', '            ', '            ', '', 'Le centre vo', '            ']
    """
    blanked = list(body)

    def blank(start: int, end: int) -> None:
        for index in range(start, end):
            if body[index] != "\n":
                blanked[index] = " "

    for pattern in (furniture_line(), buttons_line(), motto_line()):
        for line in pattern.finditer(body):
            if not _prose(line.group(0)):
                blank(line.start(), line.end())
    end = 0
    for heading in related_heading().finditer(body):
        if heading.start() < end:
            continue  # a heading inside the block just blanked: each line is read once
        end = heading.end()
        if not ONE_LINK.search(heading.group(0)):  # "Lire aussi : un titre" is one link
            end = _block_end(body, end)
        blank(heading.start(), end)
    return "".join(blanked)


ONE_LINK = re.compile(r":\s*\S")
"""A heading's colon and the one title it introduces on its line: "Lire aussi : Un titre"."""


def _block_end(body: str, end: int) -> int:
    """Where the links after a heading ending at ``end`` stop: before the first line of prose,
    or one ended as a sentence or a list's item is ("Le bureau a été élu.", "- A ;"), which a
    title is not."""
    while end < len(body):
        line_end = body.find("\n", end + 1)
        line_end = len(body) if line_end < 0 else line_end
        line = body[end + 1 : line_end]
        if _prose(line) or line.rstrip().endswith((".", ";", "!")):
            break
        end = line_end
    return end


def _prose(line: str) -> bool:
    """Whether a line is prose, which furniture is not: longer than :data:`FURNITURE_LENGTH`,
    or a sentence of eight words or more ended by a full stop or "!" ("Les inscriptions sont
    ouvertes jusqu'au 30 mai sur notre site.")."""
    line = line.strip()
    return len(line) > FURNITURE_LENGTH or (line.endswith((".", "!")) and len(line.split()) >= 8)


NOT_A_DATE = "not a date of the calendar written YYYY, YYYY-MM or YYYY-MM-DD"


def is_date(text: str) -> bool:
    """Whether ``text`` is a year, a month or a day that exists, as the draft's XSD types need.

    >>> [is_date(text) for text in ("2021", "2021-02", "2021-02-28")]
    [True, True, True]
    >>> [is_date(text) for text in ("2021-13-45", "2021-02-31", "2021-13", "21", "2 nov. 2021")]
    [False, False, False, False, False]
    """
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        return False
    try:
        calendar_date.fromisoformat((text + "-01-01")[:10])  # a year or month: its first day
    except ValueError:
        return False
    return True


def decode(data: bytes, name: str) -> str:
    """UTF-8 text, or an IngestError saying the file is binary or in another encoding.

    >>> try:
    ...     decode("é".encode("latin-1"), "a.txt")
    ... except IngestError as error:
    ...     print(error)
    a.txt: not UTF-8 text (byte 0xe9 at offset 0); convert it, e.g. iconv -f latin1 -t utf-8
    """
    if b"\x00" in data[:8192]:
        raise IngestError(f"{name}: a binary file, not an article (it holds NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        byte = data[error.start]
        raise IngestError(
            f"{name}: not UTF-8 text (byte 0x{byte:02x} at offset {error.start}); convert it, "
            "e.g. iconv -f latin1 -t utf-8"
        ) from None
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\t\n\r\f")
    if controls > 10:
        raise IngestError(f"{name}: a binary file, not an article ({controls} control characters)")
    return text.replace("\r\n", "\n")


def parse_text(text: str, name: str = "-") -> Article:
    """Headers, then the body after a ``---`` line (or the first blank line after headers), its
    typographic spaces plain (:data:`PLAIN_SPACES`).

    >>> parse_text("URL: https://example.org/a\\n---\\nObjet\\u00a0: le 7\\u202fjuillet").body
    'Objet : le 7 juillet'
    """
    lines = text.split("\n")
    fields: dict[str, str] = {}
    index = 0
    while index < len(lines):
        match = HEADER.match(lines[index])
        if not match:
            break
        key = match.group(1).upper()
        fields["DATE" if key == "PUBLISHED" else key] = match.group(2).strip()
        index += 1
    if fields and index < len(lines) and lines[index].strip() in ("---", ""):
        index += 1
    elif fields and index < len(lines):
        raise IngestError(f"{name}: end the header lines with '---' or a blank line")
    body = "\n".join(lines[index:]).translate(PLAIN_SPACES)
    return Article(
        body=body,
        url=fields.get("URL", ""),
        date=fields.get("DATE", ""),
        publisher=fields.get("PUBLISHER", ""),
        title=fields.get("TITLE", ""),
        path=name,
    )


def parse_html(html: str, name: str = "-") -> Article:
    """The main text and metadata of an HTML page, extracted by trafilatura."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    body = trafilatura.extract(html, include_comments=False, include_tables=False) or ""
    body = body.translate(PLAIN_SPACES)
    metadata = trafilatura.extract_metadata(html)
    return Article(
        body=body + ("\n" if body and not body.endswith("\n") else ""),
        url=(metadata.url if metadata and metadata.url else ""),
        date=(metadata.date if metadata and metadata.date else ""),
        publisher=(metadata.sitename if metadata and metadata.sitename else ""),
        title=(metadata.title if metadata and metadata.title else ""),
        path=name,
    )
