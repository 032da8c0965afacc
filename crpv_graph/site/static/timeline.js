/* Timelines of the site (crpv_graph/site/timeline.py, macros/timeline.html): each element with
   a data-timeline attribute gets a vis-timeline (vendored, global `vis`) drawn from the JSON
   items of the <script type="application/json"> it names. An item's text is put in the page as
   text (a DOM node built with textContent: vis-timeline would read a string as HTML), and a
   click on an item follows its link. The list beside the drawing says the same in words. */
(function () {
  "use strict";

  function textElement(text) {
    var span = document.createElement("span");
    span.textContent = text;
    return span;
  }

  function draw(container) {
    var source = document.getElementById(container.getAttribute("data-timeline"));
    if (!source || typeof vis === "undefined") {
      return;
    }
    var rows = JSON.parse(source.textContent);
    var links = {};
    var items = rows.map(function (row, index) {
      links[index] = row.href;
      var item = { id: index, content: textElement(row.content), start: row.start, type: row.type };
      if (row.end) {
        item.end = row.end;
      }
      return item;
    });
    // Room before the first item and after the last, whose name runs on to the right.
    var times = rows.map(function (row) { return Date.parse(row.end || row.start); })
      .concat(rows.map(function (row) { return Date.parse(row.start); }));
    var first = Math.min.apply(null, times);
    var last = Math.max.apply(null, times);
    var span = Math.max(last - first, 30 * 24 * 3600 * 1000);
    var timeline = new vis.Timeline(container, new vis.DataSet(items), {
      start: new Date(first - span * 0.05),
      end: new Date(last + span * 0.4),
      locale: container.getAttribute("data-lang") || "fr",
      stack: true,
      zoomable: true,
      moveable: true,
      selectable: true,
      showCurrentTime: false,
      margin: { item: 6 },
      orientation: { axis: "top" },
    });
    timeline.on("click", function (properties) {
      var href = properties.item === null ? null : links[properties.item];
      if (href) {
        window.location.href = href;
      }
    });
    container.timeline = timeline;
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-timeline]"), draw);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
