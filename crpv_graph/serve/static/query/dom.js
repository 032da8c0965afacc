// What every part of the query page shares: its words (translated by the server, in the page's
// language) and building elements whose text is always set as text, never parsed as HTML.

const messages = JSON.parse(document.getElementById("messages").textContent);

/** A message of the page's language, `{name}` replaced by `values.name`. */
export function say(key, values = {}) {
  return messages[key].replace(/\{(\w+)\}/g, (whole, name) => String(values[name] ?? whole));
}

/** An element with attributes (`text` sets its textContent) and children (nodes or text). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "text") element.textContent = value;
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  element.append(...children);
  return element;
}

/** An SVG element, as `el` does for HTML. */
export function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "text") element.textContent = value;
    else element.setAttribute(name, String(value));
  }
  element.append(...children);
  return element;
}

/** A number in the page's language. */
export function number(value) {
  return Number(value).toLocaleString(document.documentElement.lang);
}

const loaded = new Map();

/** The nonce the page's policy allows inline styles with (crpv_graph.serve.querypage). */
export const STYLE_NONCE = document.querySelector("meta[name=style-nonce]").content;

/** Load a script of this server once; resolves when it has run. A library that writes its
 * styles in a <style> element as it loads (vis-timeline's bundle) gets the page's nonce on it:
 * while the script runs, the style elements created carry it. */
export function loadScript(src) {
  if (!loaded.has(src)) {
    loaded.set(src, new Promise((resolve, reject) => {
      const create = document.createElement;
      document.createElement = function (tag, ...rest) {
        const element = create.call(this, tag, ...rest);
        if (String(tag).toLowerCase() === "style") element.nonce = STYLE_NONCE;
        return element;
      };
      const restore = () => { document.createElement = create; };
      const script = create.call(document, "script");
      script.src = src;
      script.addEventListener("load", () => { restore(); resolve(); });
      script.addEventListener("error", () => { restore(); reject(new Error(`${src} did not load`)); });
      document.head.append(script);
    }));
  }
  return loaded.get(src);
}

/** Load a style sheet of this server once. */
export function loadStyle(href) {
  if (!document.querySelector(`link[href="${href}"]`)) {
    document.head.append(el("link", { rel: "stylesheet", href }));
  }
}

/** A class of a vendored library (its script and style sheet loaded once), picked from the
 * library's global right after its script runs: vis-network and vis-timeline both set `vis`. */
export function library(script, style, pick) {
  let picked = null;
  return async () => {
    if (!picked) {
      loadStyle(style);
      await loadScript(script);
      picked = pick(window);
    }
    return picked;
  };
}

/** Text folded for matching: lower case, no accents. */
export function fold(text) {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}
