// The query page's editor (crpv_graph/serve/static/app.js): CodeMirror 6 with its SPARQL mode
// and completion, bundled into one script that sets the global `CodeMirror`. Rebuild: BUILD.md.
export { basicSetup, EditorView } from "codemirror";
export { EditorState } from "@codemirror/state";
export { keymap } from "@codemirror/view";
export { StreamLanguage } from "@codemirror/language";
export { autocompletion } from "@codemirror/autocomplete";
export { sparql } from "@codemirror/legacy-modes/mode/sparql";
