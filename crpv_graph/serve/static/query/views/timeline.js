// A timeline, for a result with a column of dates, months or years: one item a row, named by
// the row's first column naming things. Drawn by vis-timeline (vendored), loaded when the view
// is first shown; each item's content is an element holding text, never markup.
import { el, library, say } from "../dom.js";
import { dateColumn, nameColumn, nameOf } from "./columns.js";

const MAX_ITEMS = 1000;
const timelineClass = library("/vendor/vis-timeline/vis-timeline-graph2d.min.js",
  "/vendor/vis-timeline/vis-timeline-graph2d.min.css", (global) => global.vis.Timeline);

/** A date of the result as vis-timeline takes it: years and months start on their first day. */
function start(value) {
  const [year, month = "01", day = "01"] = value.slice(0, 10).split("-");
  return `${year}-${month}-${day}`;
}

export const timeline = {
  id: "timeline",
  suits: (result) => result.form === "select" && Boolean(dateColumn(result)),
  async draw(panel, { result, labels }) {
    const column = dateColumn(result);
    const name = nameColumn(result, [column]);
    const items = result.rows.filter((row) => row[column]).slice(0, MAX_ITEMS).map((row, id) => ({
      id,
      start: start(row[column].value),
      content: el("span", { text: name ? nameOf(row[name], labels) : row[column].value }),
    }));
    const frame = el("div", { class: "timeline" });
    panel.append(frame);
    const Drawing = await timelineClass();
    new Drawing(frame, items, {
      locale: document.documentElement.lang,
      stack: true,
      maxHeight: 520,
      zoomKey: "ctrlKey",
    });
    return say("timelineNote", { items: items.length, column });
  },
};
