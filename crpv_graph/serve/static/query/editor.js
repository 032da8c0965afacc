// The SPARQL editor: CodeMirror 6 (crpv_graph/vendor/codemirror, the global CodeMirror) with
// SPARQL highlighting, and completion of prefixes, keywords, variables, the ontology's classes
// and properties (/terms.json, labelled in the page's language) and the graph's entities by
// name (/search). Tab is left to the page (keyboard users move on with it); Ctrl+Space
// completes, Ctrl+Enter runs.
import { STYLE_NONCE, fold } from "./dom.js";

const CM = window.CodeMirror;
const LANG = document.documentElement.lang;
// The SPARQL 1.1 grammar's keywords: the language, not the vocabulary.
const KEYWORDS = `SELECT DISTINCT REDUCED WHERE FILTER OPTIONAL UNION MINUS GRAPH BIND VALUES
  SERVICE ASK CONSTRUCT DESCRIBE PREFIX BASE FROM NAMED ORDER BY ASC DESC LIMIT OFFSET GROUP
  HAVING COUNT SUM MIN MAX AVG SAMPLE GROUP_CONCAT SEPARATOR AS NOT EXISTS IN STR LANG
  LANGMATCHES DATATYPE BOUND IRI URI BNODE STRLEN SUBSTR UCASE LCASE STRSTARTS STRENDS CONTAINS
  STRBEFORE STRAFTER ENCODE_FOR_URI CONCAT REPLACE REGEX YEAR MONTH DAY NOW COALESCE IF isIRI
  isURI isBLANK isLITERAL isNUMERIC SAMETERM`.split(/\s+/);
const ENTITY = /^[A-Za-z0-9_][\w-]*$/;

let vocabulary = null;

/** The prefixes and the ontology's terms, fetched once. */
export function terms() {
  if (!vocabulary) {
    vocabulary = fetch("/terms.json", { headers: { Accept: "application/json" } })
      .then((response) => (response.ok ? response.json() : { prefixes: {}, terms: [] }))
      .catch(() => ({ prefixes: {}, terms: [] }));
  }
  return vocabulary;
}

/** The prefixed name of an IRI when a prefix fits (the longest namespace), else `<iri>`. */
export function compact(iri, prefixes) {
  let best = null;
  for (const [prefix, namespace] of Object.entries(prefixes)) {
    const local = iri.slice(namespace.length);
    if (iri.startsWith(namespace) && ENTITY.test(local)
        && (!best || namespace.length > best.namespace.length)) {
      best = { prefix, namespace, local };
    }
  }
  return best ? `${best.prefix}:${best.local}` : `<${iri}>`;
}

/** Entities whose names match `text` (the find part's /search; none when it fails). */
export async function searchEntities(text, limit = 10) {
  const url = `/search?q=${encodeURIComponent(text)}&format=json&limit=${limit}`;
  try {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    return response.ok ? (await response.json()).results : [];
  } catch (error) {
    return [];
  }
}

async function completeWords(context) {
  const { prefixes, terms: known } = await terms();
  const declaration = context.matchBefore(/PREFIX\s+[\w-]*:?$/i);
  if (declaration) {
    const from = declaration.to - declaration.text.replace(/^PREFIX\s+/i, "").length;
    return {
      from,
      options: Object.entries(prefixes).map(([prefix, namespace]) => ({
        label: `${prefix}:`, apply: `${prefix}: <${namespace}>`, detail: namespace, type: "namespace",
      })),
    };
  }
  const prefixed = context.matchBefore(/[A-Za-z][\w-]*:[\w-]*$/);
  if (prefixed) {
    const namespace = prefixes[prefixed.text.split(":")[0]];
    if (!namespace) return null;
    const options = known.filter((term) => term.iri.startsWith(namespace)).map((term) => ({
      label: term.short,
      detail: term.label[LANG] || term.label.fr || "",
      info: term.comment[LANG] || term.comment.fr || undefined,
      type: term.kind === "class" ? "class" : "property",
      boost: term.kind === "class" ? 1 : 0,
    }));
    return { from: prefixed.from, options, validFor: /^[\w-]*:[\w-]*$/ };
  }
  const word = context.matchBefore(/[?$]?\w+$/);
  if (!word && !context.explicit) return null;
  const from = word ? word.from : context.pos;
  if (word && /^[?$]/.test(word.text)) {
    const seen = new Set(context.state.doc.toString().match(/[?$]\w+/g) || []);
    seen.delete(word.text);
    return { from, options: [...seen].map((name) => ({ label: name, type: "variable" })) };
  }
  const options = [
    ...KEYWORDS.map((keyword) => ({ label: keyword, type: "keyword" })),
    ...Object.entries(prefixes).map(([prefix, namespace]) => ({
      label: `${prefix}:`, detail: namespace, type: "namespace", boost: -1,
    })),
  ];
  return { from, options, validFor: /^\w*$/ };
}

async function completeEntities(context) {
  // A name being typed: letters of any alphabet, or a prefixed name of the graph's entities.
  const word = context.matchBefore(/(?:[A-Za-z][\w-]*:)?[\p{L}\p{N}][\p{L}\p{N}'’-]*$/u);
  if (!word || (word.text.length < 3 && !context.explicit)) return null;
  // Not a variable, a language tag, a datatype, inside an IRI, nor a prefix being declared.
  if (/[?$@^<\w]/.test(context.state.sliceDoc(word.from - 1, word.from))) return null;
  if (/PREFIX\s+$/i.test(context.state.sliceDoc(Math.max(0, word.from - 10), word.from))) return null;
  const [prefix, local] = word.text.includes(":") ? word.text.split(":") : [null, word.text];
  const { prefixes } = await terms();
  if (prefix && (!prefixes[prefix] || prefixes[prefix].includes("#"))) return null;
  // A name of several words ("Profession Banl"): the longest run of words the search knows is
  // replaced whole, so that the words before the cursor do not stay in front of the name.
  let from = word.from;
  let found = [];
  if (!prefix) {
    const run = context.matchBefore(/(?:[\p{L}\p{N}][\p{L}\p{N}'’-]*[ \t]+){1,3}\S+$/u);
    const starts = run ? [...run.text.matchAll(/(?:^|[ \t])(?=\S)/g)].map((m) => run.from + m.index + m[0].length) : [];
    for (const start of starts.filter((at) => at < word.from)) {
      const first = context.state.sliceDoc(start, context.pos).split(/[ \t]/)[0];
      if (/[?$@^<\w:]/.test(context.state.sliceDoc(start - 1, start))) continue;
      if (KEYWORDS.some((keyword) => fold(keyword) === fold(first))) continue;
      found = await searchEntities(context.state.sliceDoc(start, context.pos).replace(/-/g, " "));
      if (found.length) { from = start; break; }
    }
  }
  if (!found.length) {
    if (!prefix && KEYWORDS.some((keyword) => fold(keyword).startsWith(fold(local)))) return null;
    found = await searchEntities(local.replace(/-/g, " "));
  }
  if (context.aborted || !found.length) return null;
  return {
    from,
    filter: false,
    options: found.map((entity, rank) => ({
      label: entity.label,
      apply: compact(entity.iri, prefixes),
      detail: `${entity.kindLabel} · ${compact(entity.iri, prefixes)}`,
      type: "constant",
      boost: -rank,
    })),
  };
}

/** The editor in `parent`, its text `doc`; `onRun` on Ctrl+Enter. */
export function createEditor({ parent, doc, labelledBy, onRun }) {
  terms();
  return new CM.EditorView({
    parent,
    state: CM.EditorState.create({
      doc,
      extensions: [
        CM.keymap.of([{ key: "Mod-Enter", run: () => { onRun(); return true; } }]),
        CM.basicSetup,
        CM.StreamLanguage.define(CM.sparql),
        CM.autocompletion({ override: [completeWords, completeEntities], activateOnTypingDelay: 200 }),
        CM.EditorView.lineWrapping,
        // The page's policy allows inline styles only with this nonce (crpv_graph.serve.querypage).
        CM.EditorView.cspNonce.of(STYLE_NONCE),
        CM.EditorView.contentAttributes.of({ "aria-labelledby": labelledBy, spellcheck: "false" }),
      ],
    }),
  });
}

/** The editor's text. */
export function textOf(view) {
  return view.state.doc.toString();
}

/** Replace the editor's text. */
export function setText(view, text) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}
