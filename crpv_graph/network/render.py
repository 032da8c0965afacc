"""Interactive network pages: one self-contained HTML file that works offline.

pyvis builds the nodes, edges and vis-network options; the page itself comes from the project's
own template (``templates/network.html``), because pyvis 0.3.2's template pulls bootstrap from a
CDN and puts tooltips into ``innerHTML``. The template inlines the copy of vis-network that pyvis
ships, embeds the graph as JSON (Jinja's ``tojson`` escapes ``<``, ``>``, ``&`` and ``'``), and
writes every name, tooltip and source into the page as text, never as HTML. A Content Security
Policy forbids any request from the page.

The layout is seeded and physics stops once the layout has stabilised (at most
:data:`STABILISATION_ITERATIONS`), so the picture is the same from run to run and settles fast.
"""

from __future__ import annotations

import html
import math
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx
from pyvis.network import Network

from crpv_graph.network import NODE_KINDS
from crpv_graph.paths import atomic_path

# Presentation of each kind of node: colour (colour-blind-safe palette) and vis-network shape.
STYLE = {
    "centre": ("#0072b2", "dot"),
    "network": ("#cc79a7", "star"),
    "national agency": ("#d55e00", "diamond"),
    "state service": ("#e69f00", "triangle"),
    "partner": ("#009e73", "square"),
    "person": ("#56b4e9", "triangleDown"),
    "event": ("#777777", "hexagon"),
}
SEED = 42
STABILISATION_ITERATIONS = 300
VIS_DIRECTORY = Path(str(resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2"))


def _template() -> jinja2.Template:
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("crpv_graph.network", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    return environment.get_template("network.html")


def _vis_library() -> tuple[str, str]:
    """vis-network's script and style, from pyvis's bundled copy, checked safe to inline."""
    script = (VIS_DIRECTORY / "vis-network.min.js").read_text(encoding="utf-8")
    style = (VIS_DIRECTORY / "vis-network.css").read_text(encoding="utf-8")
    if "</script" in script.lower() or "</style" in style.lower():
        raise RuntimeError("vis-network cannot be inlined: it contains a closing tag")
    return script, style


def options() -> dict[str, Any]:
    """vis-network options: seeded layout, capped stabilisation, hover tooltips as text."""
    return {
        "layout": {"randomSeed": SEED, "improvedLayout": True},
        "physics": {
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110},
            "stabilization": {
                "enabled": True,
                "iterations": STABILISATION_ITERATIONS,
                "updateInterval": 50,
                "fit": True,
            },
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True},
        "nodes": {"font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"}},
        "edges": {"smooth": False, "color": {"color": "#9aa3b5", "highlight": "#0b5cad"}},
    }


def build_network(graph: nx.Graph[str]) -> Network:
    """A pyvis Network of the projection: colour and shape by kind, size by weighted degree,
    width by weight, plain-text tooltips, and the details the page's panel shows."""
    net = Network(directed=False, cdn_resources="in_line")
    strength = dict(graph.degree(weight="weight"))
    top = max(strength.values(), default=1) or 1
    sources = graph.graph.get("sources", {})
    labels = graph.graph.get("labels", {})
    for node, data in sorted(graph.nodes.items()):
        kind = data.get("kind", "partner")
        colour, shape = STYLE.get(kind, STYLE["partner"])
        label = str(data.get("label", node))
        years = sorted({y for _, _, e in graph.edges(node, data=True) for y in e["years"]})
        net.add_node(
            node,
            label=str(data.get("short_label") or label),
            name=label,
            title="\n".join(filter(None, [label, kind, data.get("territory", "")])),
            color=colour,
            shape=shape,
            size=round(8 + 30 * math.sqrt(strength.get(node, 0) / top), 1),
            kind=kind,
            territory=data.get("territory", ""),
            years=years,
        )
    ordered = ((min(u, v), max(u, v), data) for u, v, data in graph.edges(data=True))
    for a, b, data in sorted(ordered, key=lambda edge: edge[:2]):
        weight = data.get("weight", 1)
        a_label, b_label = graph.nodes[a].get("label", a), graph.nodes[b].get("label", b)
        when = ", ".join(str(y) for y in data["years"]) or "undated"
        event_names = [labels.get(e, e) for e in data["events"]]
        source_lines = [f"- {sources.get(url, {}).get('title') or url}" for url in data["sources"]]
        net.add_edge(
            a,
            b,
            id=f"{a} {b}",
            width=round(1 + 2 * math.log2(weight), 2),
            title="\n".join(
                [f"{a_label} — {b_label}", ", ".join(data["relations"]), when]
                + ([f"Events: {'; '.join(event_names)}"] if event_names else [])
                + ["Sources (click the link to open them):", *source_lines]
            ),
            weight=weight,
            relations=data["relations"],
            years=data["years"],
            events=[{"iri": e, "label": labels.get(e, e)} for e in data["events"]],
            sources=[
                {"url": url, **sources.get(url, {"title": "", "issued": ""})}
                for url in data["sources"]
            ],
        )
    return net


def render_html(graph: nx.Graph[str], title: str) -> str:
    """The page for a projection, as one string of self-contained HTML."""
    net = build_network(graph)
    nodes, edges, *_ = net.get_network_data()
    kinds = [kind for kind in NODE_KINDS if any(n["kind"] == kind for n in nodes)]
    years = sorted({year for edge in edges for year in edge["years"]})
    span = graph.graph.get("years")
    summary = (
        f"{len(nodes)} nodes, {len(edges)} links"
        + (f", {span[0]}-{span[1]}" if span and span[0] != span[1] else "")
        + (f", {span[0]}" if span and span[0] == span[1] else "")
    )
    script, style = _vis_library()
    data = {
        "nodes": nodes,
        "edges": edges,
        "options": options(),
        "years": years,
        "legend": [
            {
                "kind": kind,
                "color": STYLE[kind][0],
                "shape": STYLE[kind][1],
                "count": sum(1 for n in nodes if n["kind"] == kind),
            }
            for kind in kinds
        ],
    }
    return _template().render(title=title, summary=summary, data=data, vis_js=script, vis_css=style)


def iframe(graph: nx.Graph[str], title: str, height: int = 620) -> str:
    """The page inside an ``<iframe srcdoc>``, for notebooks: it works alike in JupyterLab,
    VS Code and Colab, and its scripts stay inside the frame (show it with IPython's ``HTML``).
    """
    page = html.escape(render_html(graph, title), quote=True)
    return (
        f'<iframe srcdoc="{page}" title="{html.escape(title)}" '
        f'style="width: 100%; height: {int(height)}px; border: 1px solid #d7dbe3"></iframe>'
    )


def write_page(graph: nx.Graph[str], path: Path, title: str) -> Path:
    """Write the page atomically and return its path."""
    html = render_html(graph, title)
    with atomic_path(path) as scratch:
        scratch.write_text(html, encoding="utf-8")
    return path
