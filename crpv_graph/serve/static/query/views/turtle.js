// A CONSTRUCT or DESCRIBE result as the server writes it in Turtle (with the project's
// prefixes), asked for again in that format when the view is chosen.
import { el } from "../dom.js";

export const turtle = {
  id: "turtle",
  suits: (result) => result.form === "graph",
  async draw(panel, { text }) {
    const response = await fetch("/sparql", {
      method: "POST",
      headers: { "Content-Type": "application/sparql-query", Accept: "text/turtle" },
      body: text,
    });
    panel.append(el("pre", { class: "turtle", text: await response.text() }));
  },
};
