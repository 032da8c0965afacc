// What a result's columns hold, so that a view is offered only when it suits the result: IRIs,
// dates, numbers, places (the graph's regions and départements), or names.
import { XSD } from "../results.js";

const DATES = new Set(["date", "dateTime", "gYear", "gYearMonth"].map((name) => XSD + name));
const NUMBERS = new Set(["integer", "decimal", "double", "float", "int", "long", "short",
  "nonNegativeInteger", "positiveInteger", "negativeInteger", "nonPositiveInteger",
  "unsignedInt", "unsignedLong"].map((name) => XSD + name));
const DAY = /^-?\d{4}(-\d{2}(-\d{2})?)?/;

function values(result, name) {
  return result.rows.map((row) => row[name]).filter(Boolean);
}

function every(result, name, test) {
  const bound = values(result, name);
  return bound.length > 0 && bound.every(test);
}

/** The columns whose every value is an IRI. */
export function iriColumns(result) {
  return result.vars.filter((name) => every(result, name, (term) => term.type === "uri"));
}

/** A column of dates, months or years (typed so, or whole years in a column named for them). */
export function dateColumn(result) {
  return result.vars.find((name) => every(result, name, (term) =>
    term.type === "literal" && ((DATES.has(term.datatype) && DAY.test(term.value))
      || (/year|annee|année/i.test(name) && /^\d{4}$/.test(term.value)))));
}

/** A column of numbers. */
export function numberColumn(result) {
  return result.vars.find((name) => every(result, name, (term) =>
    term.type === "literal" && NUMBERS.has(term.datatype) && Number.isFinite(Number(term.value))));
}

/** A column naming things: IRIs, or plain text. */
export function nameColumn(result, except = []) {
  return result.vars.find((name) => !except.includes(name) && every(result, name, (term) =>
    term.type === "uri" || (term.type === "literal" && !NUMBERS.has(term.datatype)
      && !DATES.has(term.datatype))));
}

/** A column of regions or départements of the graph (IRIs in the `reg:` or `dep:` namespace). */
export function placeColumn(result, prefixes) {
  const places = [prefixes.reg, prefixes.dep].filter(Boolean);
  return result.vars.find((name) => every(result, name, (term) =>
    term.type === "uri" && places.some((namespace) => term.value.startsWith(namespace))));
}

/** What a table cell or a drawing calls a term: its label, else its prefixed name or value. */
export function nameOf(term, labels) {
  if (!term) return "";
  if (term.type === "uri") {
    const known = labels[term.value];
    return (known && (known.label || known.short)) || term.value;
  }
  return term.type === "bnode" ? `_:${term.value}` : term.value;
}
