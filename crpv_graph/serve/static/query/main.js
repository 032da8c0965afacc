// The query page: the editor, the named queries as searchable examples (their parameters
// chosen by searching entities by name), running a query, its views as a tablist, downloads in
// every format, code snippets, and a permalink: the URL (`/?query=`) always holds the query
// last run, and opening it runs the query again.
import { el, fold, number, say } from "./dom.js";
import { createEditor, searchEntities, setText, terms, textOf, compact } from "./editor.js";
import { QueryFailed, labelsFor, runQuery } from "./results.js";
import { snippets } from "./snippets.js";
import { VIEWS } from "./views/index.js";

const examples = new Map(
  JSON.parse(document.getElementById("examples-data").textContent).map((q) => [q.name, q]));
const formats = JSON.parse(document.getElementById("formats").textContent);
const form = document.getElementById("query-form");
const source = document.getElementById("query-text");
const status = document.getElementById("status");
const results = document.getElementById("results");
const tabs = document.getElementById("views");
const panel = document.getElementById("view");
const note = document.getElementById("view-note");

source.hidden = true;
const editor = createEditor({
  parent: document.getElementById("editor"),
  doc: source.value,
  labelledBy: "editor-label",
  onRun: () => form.requestSubmit(),
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  run(textOf(editor));
});

// Examples: filtered as the reader types, accents and case aside.
const search = document.getElementById("example-search");
search.addEventListener("input", () => {
  const words = fold(search.value).split(/\s+/).filter(Boolean);
  let shown = 0;
  for (const item of document.querySelectorAll("#example-list li")) {
    const text = fold(item.textContent + " " + item.dataset.name);
    item.hidden = !words.every((word) => text.includes(word));
    shown += item.hidden ? 0 : 1;
  }
  document.getElementById("no-example").hidden = shown > 0;
});
document.getElementById("example-list").addEventListener("click", (event) => {
  const button = event.target.closest("button[data-name]");
  if (!button) return;
  document.querySelectorAll("#example-list [aria-current]")
    .forEach((other) => other.removeAttribute("aria-current"));
  button.setAttribute("aria-current", "true");
  choose(examples.get(button.dataset.name));
});

const chosen = document.getElementById("example-chosen");
const params = document.getElementById("params");
let example = null;

/** Show an example's description and parameters, and load its text in the editor. */
async function choose(picked) {
  example = picked;
  chosen.hidden = false;
  document.getElementById("example-title").textContent = example.title;
  document.getElementById("example-description").textContent = example.description;
  params.replaceChildren();
  document.getElementById("params-box").hidden = example.params.length === 0;
  for (const param of example.params) params.append(field(param));
  // On a phone the list stands above the editor: fold it away once an example is chosen.
  if (window.matchMedia("(max-width: 70rem)").matches) document.getElementById("examples").open = false;
  await load();
  document.getElementById("example-chosen").scrollIntoView({ block: "nearest" });
}

function field(param) {
  const id = `param-${param.name}`;
  const input = el("input", { id, name: param.name, value: param.default || "",
    placeholder: param.kind === "iri" ? say("searchEntity") : param.kind, autocomplete: "off" });
  const wrapper = el("div", { class: "param" },
    el("label", { for: id, text: param.name }),
    el("small", { text: param.doc }), input);
  if (param.kind === "iri") {
    const list = el("datalist", { id: `${id}-choices` });
    input.setAttribute("list", list.id);
    wrapper.append(list);
    let asked = 0;
    input.addEventListener("input", async () => {
      const text = input.value.trim();
      if (text.length < 2 || /^[a-z]+:[\w-]*$/.test(text)) return;
      const mine = ++asked;
      const [found, { prefixes }] = await Promise.all([searchEntities(text), terms()]);
      if (mine !== asked) return;
      list.replaceChildren(...found.map((entity) =>
        el("option", { value: compact(entity.iri, prefixes), text: `${entity.label} — ${entity.kindLabel}` })));
    });
  }
  return wrapper;
}

/** The example's text with the parameters' values bound (by the server, as its pages do). */
async function load() {
  const values = new URLSearchParams();
  for (const input of params.querySelectorAll("input")) {
    if (input.value.trim()) values.set(input.name, input.value.trim());
  }
  const response = await fetch(`/queries/${encodeURIComponent(example.name)}.rq?${values}`);
  const text = await response.text();
  if (!response.ok) {
    fail(say("loadFailed", { message: text.trim() }));
    return false;
  }
  setText(editor, text);
  return true;
}

document.getElementById("use-params").addEventListener("click", async () => {
  if (example && await load()) form.requestSubmit();
});

function fail(message) {
  status.textContent = message;
  status.className = "error";
}

let current = null;

async function run(text) {
  status.textContent = say("running");
  status.className = "";
  const address = new URL(window.location.href);
  address.search = "";
  address.searchParams.set("query", text);
  const lang = new URLSearchParams(window.location.search).get("lang");
  if (lang) address.searchParams.set("lang", lang);
  window.history.replaceState(null, "", address);
  let answer;
  try {
    answer = await runQuery(text);
  } catch (error) {
    results.hidden = true;
    fail(error instanceof QueryFailed
      ? say("failed", { status: error.status, message: error.message }) : say("unreachable"));
    return;
  }
  const { prefixes } = await terms();
  current = { ...answer, text, prefixes, labels: await labelsFor(answer.result) };
  status.textContent = say(answer.rows === 1 ? "row" : "rows", {
    rows: number(answer.rows), ms: number(answer.ms),
  }) + (answer.truncated ? say("truncated") : "");
  results.hidden = false;
  showTabs();
  showDownloads();
  showSnippets();
}

function showTabs() {
  const { result } = current;
  const suited = VIEWS.filter((view) => view.suits(result, current));
  tabs.replaceChildren(...suited.map((view) => el("button", {
    type: "button", role: "tab", id: `tab-${view.id}`, "aria-controls": "view",
    "aria-selected": "false", tabindex: "-1", "data-view": view.id, text: say(view.id),
  })));
  tabs.hidden = result.form === "ask";
  if (result.form === "ask") {
    panel.replaceChildren(el("p", { class: "boolean", text: say(result.boolean ? "yes" : "no") }));
    panel.removeAttribute("aria-labelledby");
    note.textContent = "";
    return;
  }
  select(suited[0]);
}

async function select(view) {
  for (const tab of tabs.children) {
    const on = tab.dataset.view === view.id;
    tab.setAttribute("aria-selected", String(on));
    tab.tabIndex = on ? 0 : -1;
  }
  panel.setAttribute("aria-labelledby", `tab-${view.id}`);
  panel.replaceChildren();
  panel.dataset.view = view.id;
  note.textContent = (await view.draw(panel, current)) || "";
}

tabs.addEventListener("click", (event) => {
  const tab = event.target.closest("[role=tab]");
  if (tab) select(VIEWS.find((view) => view.id === tab.dataset.view));
});
tabs.addEventListener("keydown", (event) => {
  const all = [...tabs.children];
  const at = all.indexOf(document.activeElement);
  const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: all.length - 1 }[event.key];
  if (next === undefined || at < 0) return;
  event.preventDefault();
  const tab = all[(next + all.length) % all.length];
  tab.focus();
  select(VIEWS.find((view) => view.id === tab.dataset.view));
});

function showDownloads() {
  const downloads = document.getElementById("downloads");
  downloads.querySelector("input[name=query]").value = current.text;
  const offered = current.result.form === "graph" ? formats.graph : formats.select;
  downloads.querySelector(".formats").replaceChildren(...offered.map((name) => el("button", {
    type: "submit", class: "secondary",
    formaction: `/sparql?format=${encodeURIComponent(name)}&download=query`, text: name,
  })));
}

function showSnippets() {
  const endpoint = `${window.location.origin}/sparql`;
  const code = snippets(current.text, endpoint, current.result.form === "graph");
  document.getElementById("snippet-list").replaceChildren(...code.map(([title, text]) => {
    const copy = el("button", { type: "button", class: "secondary", text: say("copy") });
    copy.addEventListener("click", async () => {
      await navigator.clipboard.writeText(text);
      copy.textContent = say("copied");
    });
    return el("div", { class: "snippet" }, el("h3", { text: title }), el("pre", {}, el("code", { text })), copy);
  }));
}

// A permalink: `/?query=...` runs its query as the page opens.
const asked = new URLSearchParams(window.location.search).get("query");
if (asked) {
  setText(editor, asked);
  run(asked);
}
