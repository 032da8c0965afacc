// A map of France, for a result with a column of the graph's regions or départements: each
// département coloured by how many rows name it or its region (or by the row's number, when
// the result has one). The drawing is the vendored départements map; départements are grouped
// into regions by INSEE's Code officiel géographique (vendored, as the site's map does). Places
// the map cannot draw (overseas) are named below it; every place is also listed in words.
import { el, number, say, svg } from "../dom.js";
import { nameOf, numberColumn, placeColumn } from "./columns.js";

const MAP = "/vendor/france-departments/france.departments.svg";
const COG = "/vendor/decoupage-administratif/departements.json";
const SHADES = 4;
let drawing = null;

/** The map's outlines by département code and the code's region, fetched once. */
function france() {
  if (!drawing) {
    drawing = Promise.all([
      fetch(MAP).then((response) => response.text()),
      fetch(COG).then((response) => response.json()),
    ]).then(([text, departements]) => {
      const parsed = new DOMParser().parseFromString(text, "image/svg+xml");
      const outlines = new Map([...parsed.querySelectorAll("path[id]")]
        .map((path) => [path.id, path.getAttribute("d")]));
      return { outlines, box: parsed.documentElement.getAttribute("viewBox"), departements };
    });
  }
  return drawing;
}

export const map = {
  id: "map",
  suits: (result, { prefixes }) => result.form === "select" && Boolean(placeColumn(result, prefixes)),
  async draw(panel, { result, labels, prefixes }) {
    const column = placeColumn(result, prefixes);
    const amount = numberColumn(result);
    const places = new Map();
    for (const row of result.rows) {
      const term = row[column];
      if (!term) continue;
      const place = places.get(term.value) || { term, value: 0 };
      place.value += amount && row[amount] ? Number(row[amount].value) : 1;
      places.set(term.value, place);
    }
    const { outlines, box, departements } = await france();
    const byDepartement = new Map();
    const unplaced = [];
    for (const place of places.values()) {
      const region = place.term.value.startsWith(prefixes.reg);
      const code = place.term.value.slice((region ? prefixes.reg : prefixes.dep).length);
      const codes = departements
        .filter((d) => (region ? d.region === code : d.code === code) && outlines.has(d.code))
        .map((d) => d.code);
      if (!codes.length) unplaced.push(nameOf(place.term, labels));
      for (const dep of codes) {
        const shown = byDepartement.get(dep) || { value: 0, names: [] };
        shown.value += place.value;
        shown.names.push(`${nameOf(place.term, labels)} (${number(place.value)})`);
        byDepartement.set(dep, shown);
      }
    }
    const largest = Math.max(...[...byDepartement.values()].map((shown) => shown.value), 1);
    const figure = svg("svg", { viewBox: box, class: "map", role: "img",
      "aria-label": say("mapNote", { places: places.size, column }) });
    for (const [code, outline] of outlines) {
      const shown = byDepartement.get(code);
      const shade = shown ? Math.max(1, Math.ceil((SHADES * shown.value) / largest)) : 0;
      const name = departements.find((d) => d.code === code)?.nom || code;
      figure.append(svg("path", { d: outline, class: `shade${shade}` },
        svg("title", { text: shown ? `${name} — ${shown.names.join(", ")}` : name })));
    }
    const list = el("ul", { class: "places" }, ...[...places.values()]
      .sort((a, b) => b.value - a.value)
      .map((place) => el("li", { text: `${nameOf(place.term, labels)} (${number(place.value)})` })));
    panel.append(el("div", { class: "map-frame" }, figure), list);
    if (unplaced.length) panel.append(el("p", { class: "help", text: say("overseas", { places: unplaced.join(", ") }) }));
    return say("mapNote", { places: places.size, column });
  },
};
