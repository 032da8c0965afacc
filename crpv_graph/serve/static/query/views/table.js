// The result as a table: each IRI by its label, its prefixed name beside it, linked to its page
// on this server (the project's IRIs) or to the web (others); literals as text, their language
// or datatype as a tooltip. Graph results are subject/predicate/object rows.
import { el, say } from "../dom.js";
import { nameOf } from "./columns.js";

export const table = {
  id: "table",
  suits: (result) => result.form !== "ask",
  draw(panel, { result, labels }) {
    const headings = result.form === "graph" ? result.vars.map((name) => say(name)) : result.vars;
    const head = el("tr", {}, ...headings.map((name) => el("th", { scope: "col", text: name })));
    const body = el("tbody");
    for (const row of result.rows) {
      body.append(el("tr", {}, ...result.vars.map((name) => el("td", {}, cell(row[name], labels)))));
    }
    panel.append(el("div", { class: "scroll" }, el("table", { class: "results" },
      el("thead", {}, head), body)));
  },
};

function cell(term, labels) {
  if (!term) return "";
  if (term.type !== "uri") {
    const title = term["xml:lang"] ? `@${term["xml:lang"]}` : term.datatype;
    return el("span", { text: nameOf(term, labels), title });
  }
  const known = labels[term.value] || {};
  const href = known.href || (/^https?:\/\//.test(term.value) ? term.value : null);
  const name = known.label || known.short || term.value;
  const link = href
    ? el("a", { href, title: term.value, rel: "noopener noreferrer", text: name })
    : el("span", { title: term.value, text: name });
  if (!known.label || !known.short || known.short.startsWith("<")) return link;
  return el("span", { class: "iri" }, link, " ", el("code", { text: known.short }));
}
