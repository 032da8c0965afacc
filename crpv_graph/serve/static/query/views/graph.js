// A network of the result, for a result with two columns of IRIs (the first two: a link from
// each row's first to its second) or a CONSTRUCT/DESCRIBE result (a link for each triple whose
// object is an IRI, named by its predicate). Drawn by vis-network, pyvis's copy, loaded when
// the view is first shown; names are drawn on the canvas, never inserted as markup.
import { el, library, say } from "../dom.js";
import { iriColumns, nameOf } from "./columns.js";

const MAX_EDGES = 2000;
const network = library("/vendor/vis-network/vis-network.min.js",
  "/vendor/vis-network/vis-network.css", (global) => global.vis.Network);

function ends(result) {
  if (result.form === "graph") return ["subject", "object"];
  const columns = iriColumns(result);
  return columns.length >= 2 ? columns.slice(0, 2) : null;
}

export const graph = {
  id: "graph",
  suits: (result) => result.form !== "ask" && ends(result) !== null,
  async draw(panel, { result, labels }) {
    const [from, to] = ends(result);
    const nodes = new Map();
    const edges = [];
    for (const row of result.rows) {
      const [a, b] = [row[from], row[to]];
      if (!a || !b || b.type !== "uri" || edges.length >= MAX_EDGES) continue;
      for (const term of [a, b]) {
        if (!nodes.has(term.value)) {
          nodes.set(term.value, { id: term.value, label: nameOf(term, labels), group: term === a ? 0 : 1 });
        }
      }
      const edge = { from: a.value, to: b.value, arrows: "to" };
      if (result.form === "graph") edge.label = nameOf(row.predicate, labels);
      edges.push(edge);
    }
    const frame = el("div", { class: "network" });
    panel.append(frame);
    const Drawing = await network();
    const drawing = new Drawing(frame, { nodes: [...nodes.values()], edges }, {
      nodes: { shape: "dot", size: 10, font: { size: 14 } },
      edges: { font: { size: 10, align: "middle" }, color: { inherit: "from" } },
      physics: { stabilization: { iterations: 200 } },
      interaction: { keyboard: { enabled: true, bindToWindow: false } },
    });
    drawing.on("doubleClick", ({ nodes: chosen }) => {
      const known = chosen.length && labels[chosen[0]];
      if (known && known.href) window.location.assign(known.href);
    });
    return say("graphNote", { nodes: nodes.size, edges: edges.length, from, to });
  },
};
