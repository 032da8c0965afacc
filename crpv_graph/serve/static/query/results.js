// Running a query on /sparql and reading its answer into one shape for every view:
// {form: "select" | "ask" | "graph", vars, rows: [{variable: term}], boolean}, a term being a
// SPARQL JSON term ({type: "uri" | "literal" | "bnode", value, datatype, "xml:lang"}).
// CONSTRUCT and DESCRIBE answers come as N-Triples, read here as subject/predicate/object rows.

export const XSD = "http://www.w3.org/2001/XMLSchema#";
const MAX_LABELLED = 10000;

/** A query the server refused or could not answer: its HTTP status and one-line message. */
export class QueryFailed extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Run `text`; resolves to {result, rows, truncated, ms}. */
export async function runQuery(text) {
  const started = performance.now();
  const response = await fetch("/sparql", {
    method: "POST",
    headers: {
      "Content-Type": "application/sparql-query",
      Accept: "application/sparql-results+json, application/n-triples;q=0.9",
    },
    body: text,
  });
  const body = await response.text();
  if (!response.ok) throw new QueryFailed(response.status, body.trim());
  const type = response.headers.get("Content-Type") || "";
  return {
    result: type.includes("json") ? fromJson(JSON.parse(body)) : fromNTriples(body),
    rows: Number(response.headers.get("X-Result-Rows")),
    truncated: response.headers.get("X-Result-Truncated") === "true",
    ms: Math.round(performance.now() - started),
  };
}

function fromJson(data) {
  if (typeof data.boolean === "boolean") return { form: "ask", vars: [], rows: [], boolean: data.boolean };
  return { form: "select", vars: data.head.vars || [], rows: data.results.bindings };
}

const TERM = /\s*(?:<([^>]*)>|_:(\S+)|"((?:[^"\\]|\\.)*)"(?:@([\w-]+)|\^\^<([^>]*)>)?)/y;
const ESCAPES = { t: "\t", b: "\b", n: "\n", r: "\r", f: "\f", '"': '"', "'": "'", "\\": "\\" };

function unescape(text) {
  return text.replace(/\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))/g, (whole, u, big, char) =>
    u || big ? String.fromCodePoint(parseInt(u || big, 16)) : ESCAPES[char] ?? char);
}

/** N-Triples (as the server writes them: one triple a line) into subject/predicate/object rows. */
export function fromNTriples(text) {
  const vars = ["subject", "predicate", "object"];
  const rows = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    TERM.lastIndex = 0;
    const row = {};
    for (const name of vars) {
      const match = TERM.exec(line);
      if (!match) break;
      const [, iri, bnode, literal, lang, datatype] = match;
      if (iri !== undefined) row[name] = { type: "uri", value: unescape(iri) };
      else if (bnode !== undefined) row[name] = { type: "bnode", value: bnode };
      else {
        row[name] = { type: "literal", value: unescape(literal) };
        if (lang) row[name]["xml:lang"] = lang;
        if (datatype) row[name].datatype = datatype;
      }
    }
    if (row.object) rows.push(row);
  }
  return { form: "graph", vars, rows };
}

/** Labels, prefixed names and links on this server of the result's IRIs (/labels). */
export async function labelsFor(result) {
  const iris = new Set();
  for (const row of result.rows) {
    for (const term of Object.values(row)) {
      if (term.type === "uri" && iris.size < MAX_LABELLED) iris.add(term.value);
    }
  }
  if (!iris.size) return {};
  try {
    const response = await fetch("/labels", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify([...iris]),
    });
    return response.ok ? await response.json() : {};
  } catch (error) {
    return {};
  }
}
