// Search over every page of the site, in the browser: MiniSearch (assets/minisearch.js) over
// the documents of assets/search-index.js. Accents and capitals are ignored (NFD, marks
// removed, lower case), the start of a word is enough (prefix) and small typos are forgiven
// (fuzzy). Results are written with textContent only: no label is ever parsed as HTML.
(function () {
  "use strict";
  var data = window.CRPV_SEARCH;
  var input = document.getElementById("search-input");
  var output = document.getElementById("search-results");
  if (!data || !input || !output || typeof MiniSearch === "undefined") { return; }
  var root = document.body.getAttribute("data-root") || "";
  var LIMIT = 20;

  function normalise(term) {
    return term.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  var index = new MiniSearch({
    fields: ["label", "names", "kind", "region"],
    storeFields: ["label", "names", "kind", "href", "rank"],
    processTerm: function (term) { var t = normalise(term); return t.length ? t : null; },
    searchOptions: {
      prefix: true, fuzzy: 0.2, combineWith: "AND",
      boost: { label: 3, names: 2 },
      boostDocument: function (id, term, stored) {
        var rank = (stored && stored.rank) || 1;
        if (!stored) { return rank; }
        // A name that is the word typed ("ANCT", "cget") is the body meant, before the units
        // and documents whose longer names contain it.
        var names = String(stored.names || "").split(" · ").concat([String(stored.label)]);
        for (var i = 0; i < names.length; i++) {
          if (normalise(names[i]) === normalise(term)) { return rank * 4; }
        }
        return rank;
      },
      processTerm: function (term) { var t = normalise(term); return t.length ? t : null; }
    }
  });
  index.addAll(data.documents);

  function show(query) {
    while (output.firstChild) { output.removeChild(output.firstChild); }
    if (!query.trim()) { return; }
    var results = index.search(query);
    if (!results.length) {
      var none = document.createElement("p");
      none.textContent = data.messages.none;
      output.appendChild(none);
      return;
    }
    var list = document.createElement("ol");
    results.slice(0, LIMIT).forEach(function (result) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + result.href + "index.html";
      link.textContent = result.label;
      item.appendChild(link);
      if (result.kind) {
        var kind = document.createElement("span");
        kind.className = "result-kind";
        kind.textContent = " — " + result.kind;
        item.appendChild(kind);
      }
      list.appendChild(item);
    });
    output.appendChild(list);
    if (results.length > LIMIT) {
      var more = document.createElement("p");
      more.textContent = data.messages.more.replace("%(count)s", String(LIMIT));
      output.appendChild(more);
    }
  }

  input.addEventListener("input", function () { show(input.value); });
  input.form.addEventListener("submit", function (event) {
    event.preventDefault();
    show(input.value);
    var first = output.querySelector("a");
    if (first) { first.focus(); }
  });
  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) { input.value = initial; show(initial); }
})();
