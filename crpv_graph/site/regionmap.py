"""The resource centres on a map of France, region by region, and the same in words.

The map is the vendored map of metropolitan départements (``crpv_graph/vendor/france-departments``,
paths named by INSEE code), its départements grouped into regions by the graph's own INSEE data
(``dep:NN schema:containedInPlace reg:NN``). The graph only holds the départements its sources
name, so the others are drawn in the region INSEE's Code officiel géographique gives them (as
Etalab's ``@etalab/decoupage-administratif`` publishes it, vendored): the drawing comes from
maintained packages, what the map says (regions, centres) from the graph. A region some centre
covers (itself or through one of its départements, as ``centres-by-territory`` reads it) is
coloured and links to its centre's page (to the region's page when it has several); the others
are grey. The overseas regions, which the map does not draw, are tiles beside it, in the same
colours. A list of regions and their centres follows the map, so that the map is never the only
way to a centre (screen readers, phones), and the centres whose territory the map cannot place
are named below it.

The SVG is parsed with the standard library and written again element by element: only the
drawing is kept (no ids, which a page could repeat), and every text the graph gives is escaped.
"""

from __future__ import annotations

import functools
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import jinja2
from markupsafe import Markup

from crpv_graph.i18n import environment, gettext
from crpv_graph.query import Target, load_queries, resolve_query, text_rows
from crpv_graph.site.gaps import completeness

SVG_NAMESPACE = "http://www.w3.org/2000/svg"
#: The vendored map: metropolitan départements, each ``<path id="INSEE code">``.
VENDOR = Path(str(resources.files("crpv_graph") / "vendor"))
MAP_FILE = VENDOR / "france-departments" / "france.departments.svg"
#: INSEE's Code officiel géographique as Etalab publishes it: each département's region code.
COG_FILE = VENDOR / "decoupage-administratif" / "departements.json"


def queries_dir() -> Path:
    """The directory of the site's own queries (``crpv_graph/site/queries``)."""
    return Path(str(resources.files("crpv_graph.site") / "queries"))


@dataclass(frozen=True)
class Centre:
    """A centre as the map names it: its IRI and display label."""

    iri: str
    label: str


@dataclass
class Region:
    """A region of the graph, the départements the map draws for it and the centres covering it."""

    iri: str
    code: str
    label: str
    departements: list[str] = field(default_factory=list)
    centres: list[Centre] = field(default_factory=list)

    def link(self, href: Callable[[str], str | None]) -> str | None:
        """Where the region leads: its one centre's page, else the region's page (or nowhere)."""
        if not self.centres:
            return None
        return href(self.centres[0].iri if len(self.centres) == 1 else self.iri)


@dataclass(frozen=True)
class Unplaced:
    """A centre the map cannot place: no territory, or one that is no region or département."""

    centre: Centre
    territories: tuple[str, ...]


def regions(target: Target) -> tuple[list[Region], list[Unplaced]]:
    """Every region with its départements and centres (by INSEE code), and the centres placed in
    no region.

    >>> from crpv_graph.store.dataset import load
    >>> found, unplaced = regions(load().store)
    >>> [c.label for r in found if r.code == "11" for c in r.centres][:2]
    ['Centre de Ressources Politique de la Ville en Essonne', 'Profession Banlieue']
    >>> sorted(u.centre.label for u in unplaced)[0]
    'Ressources Urbaines'
    """
    by_iri: dict[str, Region] = {}
    for row in text_rows(target, load_queries(queries_dir())["map-departements"]):
        region = by_iri.setdefault(
            row["region"], Region(row["region"], row["regionCode"], row["regionLabel"])
        )
        if row["departementCode"]:
            region.departements.append(row["departementCode"])
    known = {code for region in by_iri.values() for code in region.departements}
    by_code = {region.code: region for region in by_iri.values()}
    for code, region_code in _cog_regions().items():
        if code not in known and region_code in by_code:
            by_code[region_code].departements.append(code)
    placed: set[str] = set()
    for row in text_rows(target, resolve_query("centres-by-territory")):
        covered = by_iri.get(row["region"])
        centre = Centre(row["centre"], row["centreLabel"])
        if covered is None or not centre.iri or centre in covered.centres:
            continue
        covered.centres.append(centre)
        placed.add(centre.iri)
    unplaced = [
        Unplaced(Centre(row.iri, row.label), row.territory)
        for row in completeness(target)
        if row.iri not in placed
    ]
    return sorted(by_iri.values(), key=lambda r: r.code), unplaced


def region_map(target: Target, lang: str, href: Callable[[str], str | None]) -> Markup:
    """The map of the centres by region, with the overseas tiles and the list in words, as HTML
    to put in a page (styled by ``static/widgets.css``). ``href(iri)`` is the link of a centre's
    or a region's page from the page the map is on, or ``None`` when it has none."""
    found, unplaced = regions(target)
    drawn = _departement_paths()
    metropolitan = [r for r in found if any(code in drawn for code in r.departements)]
    overseas = [r for r in found if r not in metropolitan]
    svg = _svg(metropolitan, drawn, href, lang, _shades(metropolitan))
    return Markup(
        _template(lang).render(
            svg=Markup(svg), overseas=overseas, regions=found, unplaced=unplaced, href=href
        )
    )


def region_title(region: Region, lang: str) -> str:
    """What a region says when pointed at: "Région — centre, centre" or that none is known.

    >>> region_title(Region("r", "94", "Corse"), "fr")
    'Corse — aucun centre connu'
    """
    _ = gettext(lang)
    if not region.centres:
        nothing = _("no known centre")
        return f"{region.label} — {nothing}"
    return f"{region.label} — {', '.join(centre.label for centre in region.centres)}"


def _shades(regions: list[Region]) -> dict[str, int]:
    """A shade for each region, different from its neighbours' (greedily, in code order), so that
    neighbouring regions read apart on the map: two regions are neighbours when two of their
    départements share a stretch of border (two points of their outlines)."""
    points = {code: _outline_points(d) for code, d in _departement_paths().items() if code}
    region_of = {code: region.code for region in regions for code in region.departements}
    owners: dict[tuple[int, int], set[str]] = {}
    for code, outline in points.items():
        for point in outline:
            owners.setdefault(point, set()).add(region_of.get(code, ""))
    shared: dict[frozenset[str], int] = {}
    for found in owners.values():
        for a in found:
            for b in found:
                if a < b and a and b:
                    shared[frozenset((a, b))] = shared.get(frozenset((a, b)), 0) + 1
    shades: dict[str, int] = {}
    for region in regions:
        taken = {shades.get(next(iter(pair - {region.code}))) for pair, count in shared.items()
                 if count > 1 and region.code in pair}  # fmt: skip
        shades[region.code] = min(shade for shade in range(len(regions) + 1) if shade not in taken)
    return shades


def _outline_points(d: str) -> set[tuple[int, int]]:
    """The points of a département's outline, to a tenth of the map's unit. The vendored map
    writes outlines with relative moves only (``m x,y dx,dy ... z``)."""
    points: set[tuple[int, int]] = set()
    x = y = start_x = start_y = 0.0
    moving = False
    for part in re.findall(r"[mz]|-?[\d.]+(?:e-?\d+)?,-?[\d.]+(?:e-?\d+)?", d):
        if part == "z":
            x, y = start_x, start_y
            continue
        if part == "m":
            moving = True
            continue
        dx, dy = (float(value) for value in part.split(","))
        x, y = x + dx, y + dy
        if moving:
            start_x, start_y, moving = x, y, False
        points.add((round(x * 10), round(y * 10)))
    return points


@functools.cache
def _cog_regions() -> dict[str, str]:
    """Each département's region code in the Code officiel géographique, by département code:
    how the map draws the départements the graph does not name (the graph's own word comes
    first, see :func:`regions`)."""
    rows = json.loads(COG_FILE.read_text(encoding="utf-8"))
    return {row["code"]: row["region"] for row in rows}


@functools.cache
def _departement_paths() -> dict[str, str]:
    """The outline (``d``) of each département the vendored map draws, by INSEE code, and its
    ``viewBox`` under the key ``""``."""
    root = ET.parse(MAP_FILE).getroot()
    paths = {
        path.get("id", ""): path.get("d", "")
        for path in root.iter(f"{{{SVG_NAMESPACE}}}path")
        if path.get("id") and path.get("d")
    }
    paths[""] = root.get("viewBox", "")
    return paths


def _svg(
    regions: list[Region],
    drawn: dict[str, str],
    href: Callable[[str], str | None],
    lang: str,
    shades: dict[str, int],
) -> str:
    svg = ET.Element(
        "svg",
        {
            "xmlns": SVG_NAMESPACE,
            "viewBox": drawn[""],
            "class": "region-map-svg",
            "role": "group",
            "aria-labelledby": "region-map-title",
        },
    )
    _ = gettext(lang)
    ET.SubElement(svg, "title", {"id": "region-map-title"}).text = _(
        "Map of metropolitan France: the regions with a resource centre are coloured"
    )
    for region in regions:
        title = region_title(region, lang)
        link = region.link(href)
        parent = svg
        if link:
            parent = ET.SubElement(svg, "a", {"href": link, "aria-label": title})
        group = ET.SubElement(
            parent,
            "g",
            {
                "class": f"region has-centres shade-{shades[region.code]}"
                if region.centres
                else "region",
                "data-region": region.code,
            },
        )
        ET.SubElement(group, "title").text = title
        for code in region.departements:
            if code in drawn:
                ET.SubElement(group, "path", {"data-departement": code, "d": drawn[code]})
    return ET.tostring(svg, encoding="unicode")


@functools.cache
def _template(lang: str) -> jinja2.Template:
    env = environment(jinja2.PackageLoader("crpv_graph.site", "templates"), lang)
    env.globals["region_title"] = functools.partial(region_title, lang=lang)
    return env.get_template("macros/regionmap.html")
