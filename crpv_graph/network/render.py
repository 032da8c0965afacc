"""Interactive network pages, in the reader's language, that work offline.

pyvis builds the nodes, edges and vis-network options; the page itself comes from the project's
own template (``templates/network.html``), because pyvis 0.3.2's template pulls bootstrap from a
CDN and puts tooltips into ``innerHTML``. The page embeds the graph as JSON (Jinja's ``tojson``
escapes ``<``, ``>``, ``&`` and ``'``) and writes every name, tooltip and source into the page as
text, never as HTML. A Content Security Policy forbids any request outside the page (and its
shared assets, when it has some).

Every word is the reader's: the template and the texts below go through the ``network``
catalog, kinds, relations and roles through :mod:`crpv_graph.network.words` (the ontology's
labels), dates through :func:`crpv_graph.i18n.format_date`.

A page is one standalone file (vis-network and MiniSearch inlined), or, for a site with many
pages, references the shared copies that :func:`write_assets` writes once
(``assets_href``). Each node links to its page (``entity_href``), or to its IRI.

Nodes come with their positions (:mod:`crpv_graph.network.layout`, computed in Python and cached)
and physics is off at load: a browser laying out thousands of nodes itself blocks the page for
tens of seconds. The picture is the same from run to run; centres with no link stand in rows
under the network. A button in the page starts the physics on demand, and stops it.

>>> page_title("co-participation", (2018, 2021), "fr")
'Réseau des CRPV : co-participation aux événements (2018-2021)'
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx
from pyvis.edge import Edge
from pyvis.network import Network

from crpv_graph.i18n import environment, format_date, translations
from crpv_graph.i18n.shared import N_, NO_RESULTS, SEARCH
from crpv_graph.network import NODE_KINDS, Span, layout
from crpv_graph.network.words import word
from crpv_graph.paths import atomic_path, vis_network_dir

#: Presentation of each kind of node: colour (colour-blind-safe palette) and vis-network shape.
STYLE = {
    "centre": ("#0072b2", "dot"),
    "network": ("#cc79a7", "star"),
    "national agency": ("#d55e00", "diamond"),
    "state service": ("#e69f00", "triangle"),
    "partner": ("#009e73", "square"),
    "person": ("#56b4e9", "triangleDown"),
    "event": ("#777777", "hexagon"),
}
#: How the legend says each kind's colour and shape, for whoever does not see the swatch well.
LOOKS = {
    "centre": N_("blue circle"),
    "network": N_("pink star"),
    "national agency": N_("orange diamond"),
    "state service": N_("yellow triangle"),
    "partner": N_("green square"),
    "person": N_("light blue triangle, point down"),
    "event": N_("grey hexagon"),
}
#: What each projection is called, and what a link and its thickness mean in it.
PROJECTIONS = {
    "partnership": (
        N_("partnerships"),
        N_(
            "A link joins two bodies when a source states a relation between them: one animates "
            "the network, offers a partnership to the other, labels it, sits in its governance, "
            "is one of its units, or they host or organise an event together."
        ),
        N_("The thicker the link, the more relations the sources state."),
    ),
    "co-participation": (
        N_("co-participation in events"),
        N_("A link joins two bodies that took part in the same event (a national meeting…)."),
        N_("The thicker the link, the more events they shared."),
    ),
    "people": (
        N_("people and their roles"),
        N_("A link joins a person to a body in which they held a role (president, director…)."),
        N_("The thicker the link, the more roles the person held there."),
    ),
    "event": (
        N_("bodies and events"),
        N_("A link joins a body or a person to an event they took part in."),
        N_("The thicker the link, the more roles they held at the event."),
    ),
}
VIS_DIRECTORY = vis_network_dir()
MINISEARCH = Path(str(resources.files("crpv_graph") / "vendor" / "minisearch" / "minisearch.js"))
#: The files a page without inlined libraries references, by name (see :func:`write_assets`).
ASSETS = {
    "vis-network.min.js": VIS_DIRECTORY / "vis-network.min.js",
    "vis-network.css": VIS_DIRECTORY / "vis-network.css",
    "minisearch.js": MINISEARCH,
}

EntityHref = Callable[[str], "str | None"]


def _template(lang: str) -> jinja2.Template:
    loader = jinja2.PackageLoader("crpv_graph.network", "templates")
    return environment(loader, lang).get_template("network.html")


def _inlined(name: str) -> str:
    """An asset's text, checked safe to inline in a ``<script>`` or ``<style>`` element."""
    text = ASSETS[name].read_text(encoding="utf-8")
    if "</script" in text.lower() or "</style" in text.lower():
        raise RuntimeError(f"{name} cannot be inlined: it contains a closing tag")
    return text


def write_assets(directory: Path) -> list[Path]:
    """Write the libraries pages made with ``assets_href`` reference (vis-network and its style,
    MiniSearch) into ``directory``, atomically, and return their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, source in ASSETS.items():
        with atomic_path(directory / name) as scratch:
            scratch.write_bytes(source.read_bytes())
        written.append(directory / name)
    return written


def page_title(kind: str, span: Span | None = None, lang: str = "fr") -> str:
    """The title of a projection's page, with its span of years."""
    _ = translations(lang).gettext
    name = _(PROJECTIONS[kind][0]) if kind in PROJECTIONS else kind
    when = ""
    if span:
        when = f" ({span[0]})" if span[0] == span[1] else f" ({span[0]}-{span[1]})"
    return _("CRPV network: {projection}").format(projection=name) + when


def options() -> dict[str, Any]:
    """vis-network options: positions given, physics off until the reader starts it (then it
    moves the nodes in view, with no hidden stabilisation), hover tooltips as text."""
    return {
        "layout": {"improvedLayout": False},
        "physics": {
            "enabled": False,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110},
            "stabilization": {"enabled": False},
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": True,
            "keyboard": {"enabled": True, "bindToWindow": False},
        },
        "nodes": {
            "font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"},
            "widthConstraint": {"maximum": 160},
        },
        "edges": {"smooth": False, "color": {"color": "#9aa3b5", "highlight": "#0b5cad"}},
    }


def _source(url: str, sources: dict[str, dict[str, str]], lang: str) -> dict[str, str]:
    known = sources.get(url, {})
    issued = known.get("issued", "")
    return {
        "url": url,
        "title": known.get("title") or url,
        "issued": format_date(issued, lang) if issued else "",
    }


def _edge_title(
    ends: tuple[str, str], relations: list[str], events: list[str], data: dict[str, Any],
    sources: list[dict[str, str]], lang: str,
) -> str:  # fmt: skip
    """The plain-text tooltip of a link: who, what (naming the events), when, which sources."""
    _ = translations(lang).gettext
    what = ", ".join(relations)
    if events:
        what = _("{relation}: {events}").format(relation=what, events="; ".join(events))
    when = ", ".join(str(y) for y in data["years"]) or _("undated")
    lines = [f"{ends[0]} — {ends[1]}", what, when, _("Sources:")]
    lines += [f"- {s['title']}" + (f" ({s['issued']})" if s["issued"] else "") for s in sources]
    return "\n".join(lines)


def build_network(
    graph: nx.Graph[str], lang: str = "fr", entity_href: EntityHref | None = None
) -> Network:
    """A pyvis Network of the projection: positions from :func:`layout.positions`, colour and
    shape by kind, size by weighted degree, width by weight, plain-text tooltips in ``lang``, and
    the details the page's panel shows."""
    net = Network(directed=False, cdn_resources="in_line")
    where = layout.positions(graph)
    strength = dict(graph.degree(weight="weight"))
    top = max(strength.values(), default=1) or 1
    sources = graph.graph.get("sources", {})
    labels = graph.graph.get("labels", {})
    for node, data in sorted(graph.nodes.items()):
        kind = data.get("kind", "partner")
        colour, shape = STYLE.get(kind, STYLE["partner"])
        label = str(data.get("label", node))
        territory = data.get("territory", "")
        isolated = graph.degree(node) == 0
        net.add_node(
            node,
            label=str(data.get("short_label") or label),
            name=label,
            names=str(data.get("names", label)),
            title="\n".join(filter(None, [label, word(kind, lang), territory])),
            color=colour,
            shape=shape,
            size=round(8 + 30 * math.sqrt(strength.get(node, 0) / top), 1),
            kind=kind,
            kindLabel=word(kind, lang),
            territory=territory,
            collective=bool(data.get("collective")),
            href=entity_href(node) if entity_href else node,
            isolated=isolated,
            physics=not isolated,
            x=where[node][0],
            y=where[node][1],
        )
    ordered = ((min(u, v), max(u, v), data) for u, v, data in graph.edges(data=True))
    for a, b, data in sorted(ordered, key=lambda edge: edge[:2]):
        weight = data.get("weight", 1)
        ends = (graph.nodes[a].get("label", a), graph.nodes[b].get("label", b))
        relations = [word(relation, lang) for relation in data["relations"]]
        events = [{"iri": e, "label": labels.get(e, e)} for e in data["events"]]
        edge_sources = [_source(url, sources, lang) for url in data["sources"]]
        # networkx holds each undirected edge once, between nodes added above: the edge is
        # pyvis's own record, appended without Network.add_edge, which checks both by scanning
        # every edge and node already added (quadratic: minutes at 100k triples).
        edge = Edge(
            a,
            b,
            id=f"{a} {b}",
            width=round(1 + 2 * math.log2(weight), 2),
            title=_edge_title(
                ends, relations, [e["label"] for e in events], data, edge_sources, lang
            ),
            weight=weight,
            relations=relations,
            years=data["years"],
            events=events,
            sources=edge_sources,
        )
        net.edges.append(edge.options)
    return net


def _texts(lang: str) -> dict[str, Any]:
    """The words the page's script writes, in ``lang`` (plurals as [one, many])."""
    t = translations(lang)
    return {
        "lang": lang,
        "nodes": [t.ngettext("{n} node", "{n} nodes", n) for n in (1, 2)],
        "links": [t.ngettext("{n} link", "{n} links", n) for n in (1, 2)],
        "undated": t.gettext("undated"),
        "noResults": t.gettext(NO_RESULTS),
        "seePage": t.gettext("See its page"),
        "linksHeading": t.gettext("Links shown"),
        "noLinks": t.gettext("No link in the period and kinds shown."),
        "events": t.gettext("Events: {events}"),
        "hint": t.gettext("Choose a node or a link to see who, when, and which sources say so."),
        "animate": t.gettext("Animate the layout"),
        "stop": t.gettext("Stop the animation"),
    }


def render_html(
    graph: nx.Graph[str],
    title: str,
    lang: str = "fr",
    *,
    entity_href: EntityHref | None = None,
    assets_href: str | None = None,
    home_href: str | None = None,
) -> str:
    """The page for a projection, in ``lang``, as one string of HTML.

    ``entity_href`` gives the link of a node's own page (``None``: the node has none); without
    it, nodes link to their IRI. ``assets_href`` is where the shared libraries are (a relative
    URL to the directory :func:`write_assets` filled); without it, they are inlined.
    ``home_href``, for a page inside a website, links back to the site's home.
    """
    net = build_network(graph, lang, entity_href)
    nodes, edges, *_ = net.get_network_data()
    years = sorted({year for edge in edges for year in edge["years"]})
    kind = str(graph.graph.get("kind", ""))
    _name, meaning, thickness = PROJECTIONS.get(kind, ("", "", ""))
    t = translations(lang)
    data = {
        "nodes": nodes,
        "edges": edges,
        "options": options(),
        "years": years,
        "text": _texts(lang),
        "legend": [
            {
                "kind": node_kind,
                "label": word(node_kind, lang),
                "color": STYLE[node_kind][0],
                "shape": STYLE[node_kind][1],
                "looks": t.gettext(LOOKS[node_kind]),
            }
            for node_kind in NODE_KINDS
            if any(n["kind"] == node_kind for n in nodes)
        ],
    }
    summary = ", ".join(
        [
            t.ngettext("{n} node", "{n} nodes", len(nodes)).format(n=len(nodes)),
            t.ngettext("{n} link", "{n} links", len(edges)).format(n=len(edges)),
        ]
    )
    return _template(lang).render(
        title=title,
        summary=summary,
        meaning=t.gettext(meaning) if meaning else "",
        thickness=t.gettext(thickness) if thickness else "",
        search_label=t.gettext(SEARCH),
        data=data,
        assets_href=assets_href,
        home_href=home_href,
        vis_js=None if assets_href is not None else _inlined("vis-network.min.js"),
        vis_css=None if assets_href is not None else _inlined("vis-network.css"),
        minisearch_js=None if assets_href is not None else _inlined("minisearch.js"),
    )


def iframe(graph: nx.Graph[str], title: str, height: int = 620, lang: str = "fr") -> str:
    """The page inside an ``<iframe srcdoc>``, for notebooks: it works alike in JupyterLab,
    VS Code and Colab, and its scripts stay inside the frame (show it with IPython's ``HTML``).
    """
    page = html.escape(render_html(graph, title, lang), quote=True)
    return (
        f'<iframe srcdoc="{page}" title="{html.escape(title)}" '
        f'style="width: 100%; height: {int(height)}px; border: 1px solid #d7dbe3"></iframe>'
    )


def write_page(
    graph: nx.Graph[str],
    path: Path,
    title: str,
    lang: str = "fr",
    *,
    entity_href: EntityHref | None = None,
    assets_href: str | None = None,
) -> Path:
    """Write the page atomically (see :func:`render_html`) and return its path."""
    text = render_html(graph, title, lang, entity_href=entity_href, assets_href=assets_href)
    with atomic_path(path) as scratch:
        scratch.write_text(text, encoding="utf-8")
    return path
