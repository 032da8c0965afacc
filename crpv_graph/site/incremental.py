"""A rebuild renders again only the pages whose inputs changed: recorded reads, compared digests.

Most of a site is a page per resource or source document, and one data file changed (a centre's
label corrected) changes a few of them: the resource's page and the pages that name it. Which
ones cannot be guessed from the data without re-deriving what each template looks at, so it is
recorded instead: while a page renders, every look-up it makes in the grouped facts and sections
(a subject's statements, what mentions a resource, whether a resource has a page, a source
document's title, its rows of each section, its timeline) is noted as a key ``(table, key)``.
After the build, each key's value is digested and the record kept in the cache (never in the
published site). A rebuild over that site digests the same keys in the new data: a page whose
keys all kept their digests reads what it read before, so its bytes are the earlier ones and
the earlier file is linked; the others are rendered (and recorded) anew.

A blank node's label is new each time the store is loaded: it is never a key, and a value
holding one is digested by what the blank node states instead. The record is trusted only for
the site it was made for (the digest of that site's ``manifest.json``), by the same code (a
digest of the package's files) and in the same language; anything else, or a record that
cannot be read, means a full build.

>>> reads = Reads()
>>> table = Watched(reads, "outgoing", {"a": 1, "_:b": 2})
>>> with reads.page() as keys:
...     _ = table.get("a"), "_:b" in table, table.get("c")
>>> sorted(keys)
[('outgoing', 'a'), ('outgoing', 'c')]
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import crpv_graph
from crpv_graph.paths import atomic_path
from crpv_graph.site.workers import render_all
from crpv_graph.store.compiled import cache_dir
from crpv_graph.store.directory import MANIFEST

if TYPE_CHECKING:
    from crpv_graph.site.pages import Site


#: A file's entry in a site's manifest: its size and SHA-256.
Entry = dict[str, int | str]


class Linker(Protocol):
    """The earlier build, linking one of its files into the new one (``build.Earlier``)."""

    def keep(self, name: str, path: Path) -> Entry | None: ...


FORMAT = "crpv-graph site reads 1"
#: The site's directory of downloads.
DOWNLOADS = "telecharger"
#: A key a page read: the table (``outgoing``, ``sections.partners``...) and the key in it.
Key = tuple[str, str]
#: A page to render: its path, how to render it (path and HTML), and keys it depends on that
#: the caller looked up for it.
Pending = tuple[str, Callable[[], tuple[str, str]], tuple[Key, ...]]
#: The digest of a value no page can tell from a missing one (none, empty).
NOTHING = "-"


class Reads:
    """The keys the page being rendered looks up (none recorded between pages)."""

    def __init__(self) -> None:
        self.current: set[Key] | None = None

    def note(self, table: str, key: object) -> None:
        """Record a look-up, if a page is being rendered (a blank node is never a key)."""
        if self.current is not None and isinstance(key, str) and not key.startswith("_:"):
            self.current.add((table, key))

    def keyed(self, table: str, function: Callable[[str], Any]) -> Callable[[str], Any]:
        """``function`` noted as a table of its own: a page that shows a resource's label
        depends on that label, not on every statement about the resource it is made from."""

        def watched(key: str) -> Any:
            if self.current is None or key.startswith("_:"):
                return function(key)
            self.note(table, key)
            noting, self.current = self.current, None
            try:
                return function(key)
            finally:
                self.current = noting

        return watched

    @contextmanager
    def page(self) -> Iterator[set[Key]]:
        """Record the look-ups of the block into the set it gives."""
        keys: set[Key] = set()
        self.current = keys
        try:
            yield keys
        finally:
            self.current = None


class Watched(defaultdict[str, Any]):
    """A table of the grouped facts that notes each key a page looks up (iteration, which
    only the site-wide pages do, is not noted: they are rendered every time)."""

    def __init__(self, reads: Reads, table: str, original: Mapping[str, Any]) -> None:
        super().__init__(getattr(original, "default_factory", None), original)
        self.reads, self.table = reads, table

    def __getitem__(self, key: str) -> Any:
        self.reads.note(self.table, key)
        return super().__getitem__(key)

    def get(self, key: str, default: Any = None) -> Any:
        self.reads.note(self.table, key)
        return super().get(key, default)

    def __contains__(self, key: object) -> bool:
        self.reads.note(self.table, key)
        return super().__contains__(key)


class WatchedSet(frozenset[str]):
    """A set of the grouped facts (which resources have a page) that notes membership tests."""

    reads: Reads
    table: str

    def __new__(cls, reads: Reads, table: str, items: Iterable[str]) -> WatchedSet:
        watched = super().__new__(cls, items)
        watched.reads, watched.table = reads, table
        return watched

    def __contains__(self, key: object) -> bool:
        self.reads.note(self.table, key)
        return super().__contains__(key)


def watch(site: Site) -> tuple[Reads, dict[str, Callable[[str], object]]]:
    """Make the tables of ``site`` note what each page looks up; return the recorder and, by
    table, how to look a key up without noting it (what the digests are made of)."""
    reads, facts, sections = Reads(), site.facts, site.sections
    # Derived tables are computed first, from the whole facts: their own look-ups are not a
    # page's, and each page notes the keys it asks them for.
    _ = facts.entities, facts.superclasses, site.role_labels
    tables: dict[str, Watched] = {}
    for name in ("outgoing", "incoming", "by_graph", "sources", "superclasses"):
        tables[name] = Watched(reads, name, getattr(facts, name))
        setattr(facts, name, tables[name])
    facts.has_page = WatchedSet(reads, "has_page", facts.has_page)
    site.role_labels = tables["roles"] = Watched(reads, "roles", site.role_labels)
    for field in dataclasses.fields(sections):
        name = f"sections.{field.name}"
        tables[name] = Watched(reads, name, getattr(sections, field.name))
        setattr(sections, field.name, tables[name])
    widgets = site.widgets
    tables["timeline"] = Watched(reads, "timeline", widgets._timeline_rows)
    widgets._timeline_rows = tables["timeline"]
    lookups: dict[str, Callable[[str], object]] = {
        name: functools.partial(dict.get, table) for name, table in tables.items()
    }
    for name in ("label", "kind", "term_label"):
        lookups[name] = method = getattr(facts, name)
        setattr(facts, name, reads.keyed(name, method))
    lookups["has_page"] = functools.partial(frozenset.__contains__, facts.has_page)
    return reads, lookups


class Digests:
    """Each key's digest in the data being built, made once: a blank node is digested by what
    it states, not by its label (new at each load)."""

    def __init__(self, lookups: Mapping[str, Callable[[str], object]]) -> None:
        self.lookups = lookups
        self.outgoing = lookups["outgoing"]
        self.known: dict[Key, str] = {}
        self.blanks: dict[str, str] = {}

    def __call__(self, key: Key) -> str:
        if key not in self.known:
            lookup = self.lookups.get(key[0])
            value = lookup(key[1]) if lookup else None
            text = self.text(value) if value else NOTHING
            self.known[key] = hashlib.blake2b(text.encode(), digest_size=12).hexdigest()
        return self.known[key]

    def text(self, value: object) -> str:
        """A text that is the same for equal values whatever their order in sets and dicts.

        >>> statements = {"_:x": {"p": {"v"}}}
        >>> digests = Digests({"outgoing": statements.get})
        >>> digests.text({"b": {2, 1}, "a": ("_:x", None)})
        "{'a':['_:{'p':<'v'>}',None],'b':<1,2>}"
        """
        if isinstance(value, str):
            return self.blank(value) if value.startswith("_:") else repr(value)
        if isinstance(value, Mapping):
            items = sorted(f"{self.text(k)}:{self.text(v)}" for k, v in value.items())
            return "{" + ",".join(items) + "}"
        if isinstance(value, set | frozenset):
            return "<" + ",".join(sorted(self.text(v) for v in value)) + ">"
        if isinstance(value, list | tuple):
            return "[" + ",".join(self.text(v) for v in value) + "]"
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            fields = (getattr(value, field.name) for field in dataclasses.fields(value))
            return type(value).__name__ + self.text(tuple(fields))
        return repr(value)

    def blank(self, label: str) -> str:
        if label not in self.blanks:
            self.blanks[label] = "'_:'"  # a cycle of blank nodes reads as a blank node
            self.blanks[label] = f"'_:{self.text(self.outgoing(label) or {})}'"
        return self.blanks[label]


@functools.cache
def code_digest() -> str:
    """A digest of every file of the package (code, templates, catalogs, queries, ontology):
    pages built by other code are not trusted to be the same."""
    root = Path(crpv_graph.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def record_path(out: Path) -> Path:
    """Where the record of the site at ``out`` is kept: in the cache, by the site's path."""
    name = hashlib.sha256(str(out.resolve()).encode()).hexdigest()[:24]
    return cache_dir() / "sites" / f"{name}.json"


def manifest_digest(site: Path) -> str:
    """The digest of a site's manifest: which build a record belongs to ("" without one)."""
    try:
        return hashlib.sha256((site / MANIFEST).read_bytes()).hexdigest()
    except OSError:
        return ""


@dataclasses.dataclass
class Record:
    """What each page of a build read, and the digest each key had."""

    pages: dict[str, list[Key]] = dataclasses.field(default_factory=dict)
    digests: dict[Key, str] = dataclasses.field(default_factory=dict)
    #: Other files (the projections' exports): the digest of what each was written from.
    inputs: dict[str, str] = dataclasses.field(default_factory=dict)

    @classmethod
    def of(cls, out: Path, lang: str) -> Record:
        """The record of the site at ``out``, if it is its own, else an empty one (a full
        build)."""
        try:
            kept = json.loads(record_path(out).read_text(encoding="utf-8"))
            if (kept["format"], kept["code"], kept["lang"]) != (FORMAT, code_digest(), lang):
                return cls()
            if kept["manifest"] != manifest_digest(out):
                return cls()
            keys = [((str(table), str(key)), str(digest)) for table, key, digest in kept["keys"]]
            pages = {
                str(path): [keys[i][0] for i in indices] for path, indices in kept["pages"].items()
            }
            inputs = {str(path): str(digest) for path, digest in kept["inputs"].items()}
            return cls(pages, dict(keys), inputs)
        except (OSError, ValueError, TypeError, KeyError, IndexError):
            return cls()

    def unchanged(self, path: str, now: Callable[[Key], str]) -> bool:
        """Whether the page at ``path`` was recorded and every key it read has its digest."""
        keys = self.pages.get(path)
        return keys is not None and all(self.digests.get(key) == now(key) for key in keys)

    def save(self, out: Path, manifest: str, lang: str, now: Callable[[Key], str]) -> None:
        """Keep the record of the site just written at ``out`` (the digest of its own
        manifest, taken before the swap: a build swapped in by another process at the same
        time does not match it), with the digests ``now`` gives; a record that cannot be
        written only costs the next build its shortcut."""
        index: dict[Key, int] = {}
        pages = {
            path: [index.setdefault(key, len(index)) for key in sorted(keys)]
            for path, keys in sorted(self.pages.items())
        }
        kept = {
            "format": FORMAT,
            "code": code_digest(),
            "lang": lang,
            "manifest": manifest,
            "keys": [[table, key, now((table, key))] for table, key in index],
            "pages": pages,
            "inputs": dict(sorted(self.inputs.items())),
        }
        path = record_path(out)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with atomic_path(path) as scratch:
                scratch.write_text(json.dumps(kept, separators=(",", ":")), encoding="utf-8")
        except OSError:  # CannotWrite included
            pass


class Rebuild:
    """The pages of one build that have a recorded read-set: which to keep, which to render."""

    def __init__(self, site: Site, out: Path) -> None:
        self.lang = site.lang
        self.reads, lookups = watch(site)
        self.now = Digests(lookups)
        self.earlier = Record.of(out, site.lang)
        self.record = Record()
        #: The downloads linked from the earlier build, with their manifest entries.
        self.linked: dict[str, Entry] = {}
        #: How many pages were rendered, how many kept from the earlier build.
        self.rendered = self.kept = 0

    def unchanged(self, path: str) -> bool:
        """Whether the earlier build's page at ``path`` read what this build would give it."""
        return self.earlier.unchanged(path, self.now)

    def keep(self, path: str) -> None:
        """The earlier page at ``path`` is kept: so is what it read."""
        self.record.pages[path] = self.earlier.pages[path]
        self.kept += 1

    def render_all(
        self, pages: Sequence[Pending], workers: int | None = None
    ) -> Iterator[tuple[str, str]]:
        """Render each page (path and HTML, in their order) on every core (``workers``
        processes when given), recording what it reads and the keys the caller looked up for
        it: each worker records its pages' reads and sends them back with their HTML."""

        def recorded(index: int) -> tuple[str, str, list[Key]]:
            path, render, _ = pages[index]
            with self.reads.page() as keys:
                made, html = render()
            assert made == path, (made, path)
            return path, html, sorted(keys)

        for index, (path, html, keys) in enumerate(
            render_all(recorded, range(len(pages)), workers)
        ):
            self.record.pages[path] = sorted({*keys, *pages[index][2]})
            self.rendered += 1
            yield path, html

    def reuse(self, earlier: Linker, staging: Path) -> Callable[[str, str], bool]:
        """For the downloads: put the earlier build's download ``name`` in the staging site if
        it was written from the same ``digest`` (and say whether it did)."""

        def reuse(name: str, digest: str) -> bool:
            path = f"{DOWNLOADS}/{name}"
            self.record.inputs[path] = digest
            if self.earlier.inputs.get(path) != digest:
                return False
            entry = earlier.keep(path, staging / path)
            if entry is not None:
                self.linked[path] = entry
            return entry is not None

        return reuse

    def save(self, out: Path, manifest: str) -> None:
        """Keep the record of the site written at ``out`` whose manifest has that digest."""
        self.record.save(out, manifest, self.lang, self.now)
