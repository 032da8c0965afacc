"""Each page of the site, rendered from the grouped facts through the Jinja2 templates.

A :class:`Site` knows the facts, the sections and the templates; each method gives one page
kind's HTML for a path relative to the site's root. Nothing here writes a file: the builder
(:mod:`crpv_graph.site.build`) collects the pages and writes them at once.
"""

from __future__ import annotations

import functools
import posixpath
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import jinja2
from markupsafe import Markup

from crpv_graph.dictionary import read_dictionary
from crpv_graph.dictionary.page import page
from crpv_graph.i18n import environment, gettext
from crpv_graph.namespaces import CRPV, PREFIXES
from crpv_graph.query import Target
from crpv_graph.site.addresses import page_path, relative_href
from crpv_graph.site.facts import Facts, SourceDocument, Value
from crpv_graph.site.sections import CENTRE_FACTS, CENTRE_ROLES, Sections
from crpv_graph.site.views import Presenter, Shown, date_text, web_url
from crpv_graph.site.widgets import Widgets

RESOURCE_CENTRE = str(CRPV.ResourceCentre)
NATIONAL_NETWORK = str(CRPV.NationalNetwork)
NATIONAL_MEETING = str(CRPV.NationalMeeting)
START_DATE = PREFIXES["schema"] + "startDate"
ORGANIZATION = PREFIXES["org"] + "Organization"
DESCRIPTION = PREFIXES["schema"] + "description"
#: The kinds of resources whose page has a timeline: organisations, people, events.
TIMELINES = (ORGANIZATION, PREFIXES["foaf"] + "Person", PREFIXES["schema"] + "Event")
#: The most resources a page lists as mentioning it through one property.
MENTIONS = 1_000
#: The centre fields of the "what the graph does not know" list, as the page names them.
GAP_FIELDS = (*CENTRE_FACTS, *CENTRE_ROLES)


def root_of(path: str) -> str:
    """The relative path from a page to the site's root (``""`` at the root).

    >>> root_of("id/organization/irev/index.html"), root_of("index.html")
    ('../../../', '')
    """
    depth = posixpath.dirname(path).count("/") + (1 if posixpath.dirname(path) else 0)
    return "../" * depth


def remembered(gettext: Callable[..., str]) -> Callable[..., str]:
    """The templates' ``_()``, each message translated and formatted once for the same numbers:
    a site asks for "note 1" on a hundred thousand pages. A message with a name in it (a page's
    title) is formatted each time: remembering it would keep one per page.

    >>> env = jinja2.Environment(extensions=["jinja2.ext.i18n"], autoescape=True)
    >>> env.install_null_translations(newstyle=True)  # type: ignore[attr-defined]
    >>> env.globals["gettext"] = remembered(env.globals["gettext"])
    >>> env.from_string("{{ _('note %(n)s', n=1) }} {{ _('note %(n)s', n=1) }}").render()
    'note 1 note 1'
    >>> env.from_string("{{ _('about %(name)s', name='<b>') }}").render()
    'about &lt;b&gt;'
    """
    known: dict[tuple[Any, ...], str] = {}

    @jinja2.pass_context
    def translated(context: jinja2.runtime.Context, message: str, **values: Any) -> str:
        if any(type(value) is not int for value in values.values()):
            return gettext(context, message, **values)
        key = (message, *sorted(values.items()))
        if key not in known:
            known[key] = gettext(context, message, **values)
        return known[key]

    return translated


@dataclass
class Region:
    """A region and the centres covering it, for the home and centres pages."""

    label: str
    href: str | None
    centres: list[Shown]


class Site:
    """The pages of one build, in one language."""

    def __init__(
        self,
        facts: Facts,
        sections: Sections,
        lang: str,
        by_region: list[dict[str, str]],
        target: Target,
    ) -> None:
        self.facts = facts
        self.sections = sections
        self.lang = lang
        self._ = gettext(lang)
        self.by_region = by_region
        loader = jinja2.PackageLoader("crpv_graph.site", "templates")
        self.env = environment(loader, lang)
        self.env.filters["date"] = functools.partial(date_text, lang=lang)
        # Templates are looked up once: the loader otherwise checks each file's date at every
        # lookup, and a site renders the entity template a hundred thousand times.
        self.env.auto_reload = False
        translate = self.env.globals["gettext"]
        assert callable(translate)
        self.env.globals["gettext"] = remembered(translate)
        #: The widgets: map, timelines, completeness, downloads.
        self.widgets = Widgets(target, self.env, lang)
        self._refs: dict[tuple[bool, tuple[int, ...]], Markup] = {}
        self.env.globals["refs"] = self.refs
        self._chrome: dict[tuple[str, str], dict[str, Markup]] = {}

    def render(self, template: str, path: str, **context: Any) -> str:
        """A template rendered for the page at ``path`` (links relative to it)."""
        root = root_of(path)
        chrome = self.chrome(root, path.split("/", 1)[0])
        return self.env.get_template(template).render(
            root=root, path=path, chrome=chrome, **context
        )

    def macro(self, template: str, name: str) -> Callable[..., Markup]:
        """A macro of a template, to call from Python."""
        macro: Callable[..., Markup] = getattr(self.env.get_template(template).module, name)
        return macro

    def chrome(self, root: str, section: str) -> dict[str, Markup]:
        """The header and footer of a page (``templates/chrome.html``) at ``root`` under the
        menu item ``section``, rendered once for all the pages that share them."""
        key = (root, section)
        if key not in self._chrome:
            header, footer = (self.macro("chrome.html", name) for name in ("header", "footer"))
            self._chrome[key] = {"header": header(root, section), "footer": footer(root)}
        return self._chrome[key]

    def refs(self, value: Any) -> Markup:
        """The note calls of a value (a :class:`Shown` or a table's row): the ``note_refs``
        macro of ``templates/statements.html``, rendered once for each set of notes (a hundred
        thousand pages cite "[1]" and "[2]")."""
        fields = value if isinstance(value, dict) else vars(value)
        key = (bool(fields.get("inferred")), tuple(fields["notes"]))
        if key not in self._refs:
            self._refs[key] = self.macro("statements.html", "note_refs")(*key)
        return self._refs[key]

    # -- entities ---------------------------------------------------------------------------

    def prepare(self) -> None:
        """Read what every page reads before rendering workers are forked
        (:mod:`crpv_graph.site.workers`), so that they share it rather than each read it: the
        timelines' rows, the roles' names, the compiled templates (a first page)."""
        self.widgets.read()
        self.role_labels  # noqa: B018
        if self.facts.entities:
            self.entity(self.facts.entities[0])

    def entity(self, iri: str) -> tuple[str, str]:
        """The page of a resource: its path and HTML."""
        directory = page_path(iri)
        assert directory is not None
        path = directory + "index.html"
        show = Presenter(self.facts, path, self.lang)
        rows = show.rows(self.facts.outgoing[iri])
        page = {
            "iri": iri,
            "title": self.facts.label(iri),
            "kind": self.facts.kind(iri),
            "gaps": self.gaps(iri, show) if self.facts.is_a(iri, RESOURCE_CENTRE) else [],
            "memberships": self.memberships(iri, show),
            "events": self.participations(iri, show),
            "changes": self.changes(iri, show),
            "partners": self.partners(iri, show),
            "timeline": self.widgets.timeline(iri, path)
            if any(self.facts.is_a(iri, cls) for cls in TIMELINES)
            else "",
            "rows": rows,
            "incoming": self.incoming(iri, show),
        }
        html = self.render(
            "entity.html", path, title=page["title"], page=page, notes=show.notes.notes
        )
        return path, html

    def incoming(self, iri: str, show: Presenter) -> list[dict[str, Any]]:
        """What mentions the resource, grouped by property, by name: at most :data:`MENTIONS`
        of each property, and how many more (a theme or a region is named by tens of thousands
        of resources at a million triples; the downloads have them all)."""
        groups = []
        for predicate, subjects in sorted(self.facts.incoming.get(iri, {}).items()):
            named = sorted(s for s in subjects if not s.startswith("_:"))
            if named:
                listed = set(sorted(named, key=lambda s: show.text(s).casefold())[:MENTIONS])
                # Made in the order of their IRIs, which numbers their notes.
                values = [show.shown(Value("iri", s), subjects[s]) for s in named if s in listed]
                values.sort(key=lambda shown: shown.text.casefold())
                groups.append(
                    {
                        "label": self.facts.term_label(predicate),
                        "predicate": predicate,
                        "entries": values,
                        "more": len(named) - len(values),
                    }
                )
        return sorted(groups, key=lambda group: group["label"])

    def memberships(self, iri: str, show: Presenter) -> list[dict[str, Any]]:
        """People over time (on an organisation's page) or roles held (on a person's)."""
        rows: dict[str, dict[str, Any]] = {}
        for row in self.sections.memberships.get(iri, []):
            other = row["member"] if row["organization"] == iri else row["organization"]
            entry = rows.setdefault(
                row["membership"],
                {
                    "other": show.value(Value("iri", other)),
                    "role": self.facts.label(row["role"]) if row["role"] else "",
                    "period": self.period(row),
                    "sort": row["begin"] or row["attested"] or row["end"] or "9999",
                    "notes": set(),
                },
            )
            entry["notes"].add(show.notes.cite(row["source"]))
        return _in_order(rows.values())

    def period(self, row: dict[str, str]) -> str:
        """When a role was held, in words, at the precision the source gives."""
        _ = self._
        begin, end, attested = (
            self.env.filters["date"](row[k]) if row[k] else "" for k in ("begin", "end", "attested")
        )
        if begin and end:
            return _("from %(begin)s to %(end)s") % {"begin": begin, "end": end}
        if begin:
            return _("since %(begin)s") % {"begin": begin}
        if end:
            return _("until %(end)s") % {"end": end}
        if attested:
            return _("in %(date)s") % {"date": attested}
        return _("date not given")

    def participations(self, iri: str, show: Presenter) -> list[dict[str, Any]]:
        """Events a body or person took part in, or on an event's page who took part, with the
        role (the ontology's name of the property that states it)."""
        roles = self.role_labels
        grouped: dict[tuple[str, str], dict[str, Any]] = {}
        for row in self.sections.participations.get(iri, []):
            other = row["event"] if row["agent"] == iri else row["agent"]
            if other == iri:
                continue
            key = (other, row["role"])
            entry = grouped.setdefault(
                key,
                {
                    "other": show.value(Value("iri", other)),
                    "role": roles.get(row["role"], row["role"]),
                    "date": self.env.filters["date"](row["start"]) if row["start"] else "",
                    "sort": row["start"] or "9999",
                    "notes": set(),
                },
            )
            entry["notes"].add(show.notes.cite(row["source"]))
        return _in_order(grouped.values())

    @cached_property
    def role_labels(self) -> dict[str, str]:
        """Each participation role (``crpv:participationRole``) named as the ontology names the
        property that carries it."""
        role_property = str(CRPV.participationRole)
        labels: dict[str, str] = {}
        for subject, statements in sorted(self.facts.outgoing.items()):
            for value in statements.get(role_property, {}):
                labels.setdefault(value.text, self.facts.term_label(subject))
        return labels

    def changes(self, iri: str, show: Presenter) -> list[dict[str, Any]]:
        """Successions, mergers and renamings the body took part in."""
        result = []
        for row in self.sections.changes.get(iri, []):
            notes = sorted({show.notes.cite(source) for source in row["sources"].split()})
            dates = [self.env.filters["date"](d) for d in row["dates"].split()]
            result.append(
                {
                    "change": show.value(Value("iri", row["change"])),
                    "renaming": row["kind"] == "renaming",
                    "original": show.value(Value("iri", row["original"])),
                    "resulting": show.value(Value("iri", row["resulting"])),
                    "dates": dates,
                    "notes": notes,
                }
            )
        return result

    def partners(self, iri: str, show: Presenter) -> list[dict[str, Any]]:
        """The bodies the sources state a partnership with (the ``partnership`` projection)."""
        result = []
        for partner, link in sorted(self.sections.partners.get(iri, {}).items()):
            result.append(
                {
                    "other": show.value(Value("iri", partner)),
                    "years": link["years"],
                    "notes": sorted({show.notes.cite(source) for source in link["sources"]}),
                }
            )
        return sorted(result, key=lambda entry: entry["other"].text.casefold())

    def gaps(self, iri: str, show: Presenter) -> list[dict[str, Any]]:
        """A centre's key facts, each known value with its sources or "not given"."""
        known = self.sections.centre_facts.get(iri, {})
        result = []
        for name in GAP_FIELDS:
            values: dict[str, Shown] = {}
            for row in known.get(name, []):
                text = row["value"]
                if text not in values:
                    is_iri = text.startswith(("http:", "https:"))
                    values[text] = show.value(Value("iri" if is_iri else "literal", text))
                    if row.get("valueLabel"):
                        values[text].text = row["valueLabel"]
                    elif not is_iri:
                        values[text].text = date_text(text, self.lang)
                number = show.notes.cite(row["source"])
                values[text].notes = sorted({*values[text].notes, number})
            result.append({"field": name, "entries": list(values.values())})
        return result

    # -- sources ----------------------------------------------------------------------------

    def source(self, source: SourceDocument) -> tuple[str, str]:
        """The page of a source document: what it states, subject by subject."""
        path = f"source/{source.slug}/index.html"
        show = Presenter(self.facts, path, self.lang)
        subjects: list[dict[str, Any]] = []
        for subject, statements in sorted(self.facts.by_graph.get(source.url, {}).items()):
            if subject.startswith("_:"):
                continue
            full = {p: {v: {source.url} for v in values} for p, values in statements.items()}
            subjects.append(
                {
                    "subject": show.value(Value("iri", subject)),
                    "kind": self.facts.kind(subject),
                    "rows": show.rows(full),
                }
            )
        subjects.sort(key=lambda entry: entry["subject"].text.casefold())
        html = self.render(
            "source.html",
            path,
            title=source.title,
            source=source,
            url=web_url(source.url),
            subjects=subjects,
            notes=show.notes.notes,
        )
        return path, html

    # -- indexes ----------------------------------------------------------------------------

    def regions(self, path: str) -> list[Region]:
        """Every centre under the region(s) its territory lies in; centres no source places
        under "territory not given", so that each of them is listed."""
        show = Presenter(self.facts, path, self.lang)
        placed: dict[str, list[str]] = defaultdict(list)
        labels: dict[str, str] = {}
        for row in self.by_region:
            labels[row["region"]] = row["regionLabel"]
            if row["centre"] and row["centre"] not in placed[row["region"]]:
                placed[row["region"]].append(row["centre"])
        regions = [
            Region(
                labels[region],
                show.href(region),
                sorted(
                    (show.value(Value("iri", c)) for c in centres), key=lambda s: s.text.casefold()
                ),
            )
            for region, centres in placed.items()
            if centres
        ]
        regions.sort(key=lambda region: region.label.casefold())
        somewhere = {centre for centres in placed.values() for centre in centres}
        elsewhere = [c for c in self.centres() if c not in somewhere]
        if elsewhere:
            regions.append(
                Region(
                    self._("territory not given"),
                    None,
                    [show.value(Value("iri", c)) for c in elsewhere],
                )
            )
        return regions

    def centres(self) -> list[str]:
        """Every resource centre, by name."""
        centres = [iri for iri in self.facts.entities if self.facts.is_a(iri, RESOURCE_CENTRE)]
        return sorted(centres, key=lambda iri: self.facts.label(iri).casefold())

    def home(self) -> tuple[str, str]:
        """The home page: the network in a sentence, its centres by region, the way in."""
        path = "index.html"
        show = Presenter(self.facts, path, self.lang)
        networks = [iri for iri in self.facts.entities if self.facts.is_a(iri, NATIONAL_NETWORK)]
        about = []
        for network in networks:
            for value, graphs in sorted(self.facts.outgoing[network].get(DESCRIPTION, {}).items()):
                about.append(show.shown(value, graphs))
        html = self.render(
            "home.html",
            path,
            title=self._("Home"),
            about=about,
            networks=[show.value(Value("iri", n)) for n in networks],
            centre_count=len(self.centres()),
            slots=self.widgets.home(path),
            notes=show.notes.notes,
        )
        return path, html

    def _start(self, iri: str) -> str:
        dates = self.facts.values(iri, START_DATE)
        return dates[0].text if dates else ""

    def centres_page(self) -> tuple[str, str]:
        """Every centre by region, with its territory."""
        path = "centres/index.html"
        html = self.render(
            "centres.html",
            path,
            title=self._("Resource centres"),
            regions=self.regions(path),
            centre_count=len(self.centres()),
        )
        return path, html

    def everything(self) -> tuple[str, str]:
        """Every page of the site by kind: the way to anything without searching."""
        path = "index/index.html"
        show = Presenter(self.facts, path, self.lang)
        kinds: dict[str, list[Shown]] = defaultdict(list)
        for iri in self.facts.entities:
            kinds[self.facts.kind(iri) or self._("other")].append(show.value(Value("iri", iri)))
        sources = [
            Shown(s.title, s.url, href=relative_href(path, f"source/{s.slug}/"))
            for s in sorted(self.facts.sources.values(), key=lambda s: s.title.casefold())
            if s.slug
        ]
        groups = sorted(
            ((k, sorted(v, key=lambda s: s.text.casefold())) for k, v in kinds.items()),
            key=lambda group: group[0].casefold(),
        )
        html = self.render(
            "everything.html",
            path,
            title=self._("Everything, by kind"),
            groups=groups,
            sources=sources,
        )
        return path, html

    def gaps_page(self) -> tuple[str, str]:
        """What the graph does not know about each centre, field by field, with counts."""
        path = "donnees-manquantes/index.html"
        html = self.render(
            "gaps.html", path, title=self._("Missing data"), table=self.widgets.gaps(path)
        )
        return path, html

    def dictionary_page(self) -> tuple[str, str]:
        """The data dictionary (:mod:`crpv_graph.dictionary`) in the site's language: read from
        the whole graph, so rendered at every build like the other pages of the site's own."""
        path = "dictionnaire/index.html"
        body = page(read_dictionary(self.widgets.target), self.lang)
        return self.simple("dictionary.html", path, self._("Data dictionary"), body=body)

    def simple(self, template: str, path: str, title: str, **context: Any) -> tuple[str, str]:
        """A page of the site's own (networks, downloads, missing data) from its template."""
        return path, self.render(template, path, title=title, **context)


def _in_order(entries: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows of a page's table by date (undated last), then by name; each row's notes numbered
    in order."""
    ordered = sorted(entries, key=lambda e: (e["sort"], e["other"].text.casefold()))
    for entry in ordered:
        entry["notes"] = sorted(entry["notes"])
    return ordered
