// Code that runs the current query elsewhere: curl, Python's SPARQLWrapper, and this project's
// crpv_graph.query.frames.to_dataframe (a DataFrame with labels beside IRIs). The project's
// prefixes are predeclared by this server and by to_dataframe, so the text is sent as it is.

function python(text) {
  return `"""\n${text.replace(/\\/g, "\\\\").replace(/"""/g, '\\"\\"\\"')}\n"""`;
}

/** The snippets for `text` sent to the endpoint at `endpoint`: [[title, code]]. */
export function snippets(text, endpoint, graph) {
  const accept = graph ? "text/turtle" : "text/csv";
  const format = graph ? "TURTLE" : "JSON";
  const read = graph
    ? "turtle = endpoint.queryAndConvert()  # bytes"
    : 'rows = endpoint.queryAndConvert()["results"]["bindings"]';
  return [
    ["curl", `curl ${endpoint} -H 'Accept: ${accept}' \\\n  -H 'Content-Type: application/sparql-query' --data-binary @- <<'SPARQL'\n${text}\nSPARQL`],
    ["Python (SPARQLWrapper)", `from SPARQLWrapper import ${format}, SPARQLWrapper\n\nendpoint = SPARQLWrapper("${endpoint}")\nendpoint.setQuery(${python(text)})\nendpoint.setReturnFormat(${format})\n${read}`],
    ["Python (crpv_graph)", `from crpv_graph.query.frames import to_dataframe\nfrom crpv_graph.query.remote import SparqlEndpoint\n\nframe = to_dataframe(SparqlEndpoint("${endpoint}"), ${python(text)})`],
  ];
}
