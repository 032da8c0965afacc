// The query page: named queries as examples, the editor, and results as a table.
// Everything received is inserted as text (textContent), never as HTML. The words shown come
// translated from the page (the #messages JSON, in the page's language).
"use strict";

(function () {
  const messages = JSON.parse(document.getElementById("messages").textContent);
  // The namespace's IRIs link to their route on this server (crpv_graph.serve.resources).
  const links = JSON.parse(document.getElementById("links").textContent);
  const say = (key, values = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name) => String(values[name] ?? whole));
  const editor = document.getElementById("editor");
  const form = document.getElementById("query-form");
  const example = document.getElementById("example");
  const description = document.getElementById("example-description");
  const status = document.getElementById("status");
  const results = document.getElementById("results");
  const library = new Map();

  fetch("/queries.json", { headers: { Accept: "application/json" } })
    .then((response) => response.json())
    .then((queries) => queries.forEach((query) => library.set(query.name, query)))
    .catch(() => { description.textContent = say("notLoaded"); });

  example.addEventListener("change", () => {
    const query = library.get(example.value);
    if (!query) return;
    editor.value = query.text;
    // In the page's language, from the page (the JSON list holds the queries as written).
    description.textContent = example.selectedOptions[0].dataset.description;
  });

  editor.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    } else if (event.key === "Tab" && !event.shiftKey) {
      event.preventDefault();
      editor.setRangeText("  ", editor.selectionStart, editor.selectionEnd, "end");
    }
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run(editor.value);
  });

  async function run(text) {
    const started = performance.now();
    status.textContent = say("running");
    status.className = "";
    results.replaceChildren();
    let response;
    try {
      response = await fetch("/sparql", {
        method: "POST",
        headers: {
          "Content-Type": "application/sparql-query",
          Accept: "application/sparql-results+json, text/turtle;q=0.9",
        },
        body: text,
      });
    } catch (error) {
      fail(say("unreachable"));
      return;
    }
    const body = await response.text();
    if (!response.ok) {
      fail(say("failed", { status: response.status, message: body.trim() }));
      return;
    }
    const elapsed = Math.round(performance.now() - started);
    const truncated = response.headers.get("X-Result-Truncated") === "true";
    const rows = response.headers.get("X-Result-Rows");
    const type = response.headers.get("Content-Type") || "";
    if (type.includes("json")) {
      showResults(JSON.parse(body));
    } else {
      const pre = document.createElement("pre");
      pre.textContent = body;
      results.append(pre);
    }
    const count = Number(rows);
    status.textContent = say(count === 1 ? "row" : "rows", {
      rows: count.toLocaleString(document.documentElement.lang),
      ms: elapsed.toLocaleString(document.documentElement.lang),
    }) + (truncated ? say("truncated") : "");
  }

  function fail(message) {
    status.textContent = message;
    status.className = "error";
  }

  function showResults(data) {
    if (typeof data.boolean === "boolean") {
      const p = document.createElement("p");
      p.className = "boolean";
      p.textContent = say(data.boolean ? "yes" : "no");
      results.append(p);
      return;
    }
    const variables = data.head.vars || [];
    const scroll = document.createElement("div");
    scroll.className = "scroll";
    const table = document.createElement("table");
    table.className = "results";
    scroll.append(table);
    const headRow = table.createTHead().insertRow();
    variables.forEach((name) => {
      const th = document.createElement("th");
      th.textContent = name;
      headRow.append(th);
    });
    const tbody = table.createTBody();
    data.results.bindings.forEach((binding) => {
      const row = tbody.insertRow();
      variables.forEach((name) => row.insertCell().append(cell(binding[name])));
    });
    results.append(scroll);
  }

  function cell(term) {
    if (!term) return document.createTextNode("");
    const rest = term.type === "uri" && term.value.startsWith(links.base)
      ? term.value.slice(links.base.length) : null;
    const local = rest !== null && links.served.some((path) => rest.startsWith(path));
    if (term.type === "uri" && (local || /^https?:\/\//.test(term.value))) {
      const a = document.createElement("a");
      a.href = local ? `/${rest}` : term.value;
      a.textContent = term.value;
      a.rel = "noopener noreferrer";
      return a;
    }
    const span = document.createElement("span");
    span.textContent = term.type === "bnode" ? `_:${term.value}` : term.value;
    if (term.datatype) span.title = term.datatype;
    if (term["xml:lang"]) span.title = `@${term["xml:lang"]}`;
    return span;
  }
})();
